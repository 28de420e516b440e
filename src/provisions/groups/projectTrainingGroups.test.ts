import { describe, expect, it } from "vitest";
import type { Trainee } from "../../records/trainee.js";
import { projectTrainingGroups } from "./projectTrainingGroups.js";

const person = (statuses: Trainee["statuses"]): Trainee => ({ id: "p1", birthDate: "1990-01-01" as Trainee["birthDate"], statuses });

describe("projectTrainingGroups — gbf2019 §(十二) allows project-based training for", () => {
  it.each(["povertyRegistered", "unemployed", "veteran"] as const)("%s is in the group", (status) => {
    expect(projectTrainingGroups.test(person([status]))).toBe(true);
    expect(projectTrainingGroups.check(person([status]))).toMatchObject({ pass: true, reason: { code: "in_group", facts: { matched: [status] } } });
  });
  it.each(["enterpriseEmployee"] as const)("%s alone is not in it (enterprise employees are not named)", (status) => {
    expect(projectTrainingGroups.test(person([status]))).toBe(false);
  });
  it("a person with no certified status is not in the group, and the denial cites the clause", () => {
    const check = projectTrainingGroups.check(person([]));
    expect(check.pass).toBe(false);
    expect(check.reason.code).toBe("not_in_group");
    expect(check.reason.citation.provision).toBe("gbf2019.project-training-groups");
  });
});
