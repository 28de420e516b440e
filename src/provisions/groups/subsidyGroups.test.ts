import { describe, expect, it } from "vitest";
import type { Trainee } from "../../records/trainee.js";
import { subsidyGroups } from "./subsidyGroups.js";

const person = (statuses: Trainee["statuses"]): Trainee => ({ id: "p1", birthDate: "1990-01-01" as Trainee["birthDate"], statuses });

describe("subsidyGroups — gbf2019 §(十一) gives the training subsidy by local rules to", () => {
  it.each(["collegeGraduate", "enterpriseEmployee", "tradeFrictionAffected"] as const)("%s is in the group (a trade-friction-affected employee is an 企业职工: reading trade-friction-employee)", (status) => {
    expect(subsidyGroups.test(person([status]))).toBe(true);
    expect(subsidyGroups.check(person([status]))).toMatchObject({ pass: true, reason: { code: "in_group", facts: { matched: [status] } } });
  });
  it.each(["veteran", "graduationYearStudent"] as const)("%s alone is not in it (veterans are in the free-training list instead, and graduation-year students only come in with plan2021)", (status) => {
    expect(subsidyGroups.test(person([status]))).toBe(false);
  });
  it("a person with no certified status is not in the group, and the denial cites the clause", () => {
    const check = subsidyGroups.check(person([]));
    expect(check.pass).toBe(false);
    expect(check.reason.code).toBe("not_in_group");
    expect(check.reason.citation.provision).toBe("gbf2019.subsidy-groups");
  });
});
