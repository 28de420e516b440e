import { describe, expect, it } from "vitest";
import type { Trainee } from "../../records/trainee.js";
import { unemployedPriority } from "./unemployedPriority.js";

const person = (statuses: Trainee["statuses"]): Trainee => ({ id: "p1", birthDate: "1990-01-01" as Trainee["birthDate"], statuses });

describe("unemployedPriority — op2025 (七) places first", () => {
  it.each(["unemployed"] as const)("%s is in the group", (status) => {
    expect(unemployedPriority.test(person([status]))).toBe(true);
    expect(unemployedPriority.check(person([status]))).toMatchObject({ pass: true, reason: { code: "in_group", facts: { matched: [status] } } });
  });
  it.each(["jobTransferWorker"] as const)("%s alone is not in it (a job-transfer worker still employed is not an unemployed worker)", (status) => {
    expect(unemployedPriority.test(person([status]))).toBe(false);
  });
  it("a person with no certified status is not in the group, and the denial cites the clause", () => {
    const check = unemployedPriority.check(person([]));
    expect(check.pass).toBe(false);
    expect(check.reason.code).toBe("not_in_group");
    expect(check.reason.citation.provision).toBe("op2025.unemployed-priority");
  });
});
