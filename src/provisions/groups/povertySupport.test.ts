import { describe, expect, it } from "vitest";
import type { Trainee } from "../../records/trainee.js";
import { povertySupport } from "./povertySupport.js";

const person = (statuses: Trainee["statuses"]): Trainee => ({ id: "p1", birthDate: "1990-01-01" as Trainee["birthDate"], statuses });

describe("povertySupport — gbf2019 §(五) directs skills poverty support to", () => {
  it.each(["povertyRegistered", "childOfPoorFamily"] as const)("%s is in the group", (status) => {
    expect(povertySupport.test(person([status]))).toBe(true);
    expect(povertySupport.check(person([status]))).toMatchObject({ pass: true, reason: { code: "in_group", facts: { matched: [status] } } });
  });
  it.each(["liftedOutOfPoverty"] as const)("%s alone is not in it (the post-2021 lifted-out-of-poverty status is not the 2019 poverty registration)", (status) => {
    expect(povertySupport.test(person([status]))).toBe(false);
  });
  it("a person with no certified status is not in the group, and the denial cites the clause", () => {
    const check = povertySupport.check(person([]));
    expect(check.pass).toBe(false);
    expect(check.reason.code).toBe("not_in_group");
    expect(check.reason.citation.provision).toBe("gbf2019.poverty-support");
  });
});
