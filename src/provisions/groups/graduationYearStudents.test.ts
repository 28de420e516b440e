import { describe, expect, it } from "vitest";
import type { Trainee } from "../../records/trainee.js";
import { graduationYearStudents } from "./graduationYearStudents.js";

const person = (statuses: Trainee["statuses"]): Trainee => ({ id: "p1", birthDate: "1990-01-01" as Trainee["birthDate"], statuses });

describe("graduationYearStudents — plan2021 §(十) brings into the training-subsidy scope", () => {
  it.each(["graduationYearStudent"] as const)("%s is in the group", (status) => {
    expect(graduationYearStudents.test(person([status]))).toBe(true);
    expect(graduationYearStudents.check(person([status]))).toMatchObject({ pass: true, reason: { code: "in_group", facts: { matched: [status] } } });
  });
  it.each(["collegeGraduate"] as const)("%s alone is not in it (a graduate who has left school is not a graduation-year student)", (status) => {
    expect(graduationYearStudents.test(person([status]))).toBe(false);
  });
  it("a person with no certified status is not in the group, and the denial cites the clause", () => {
    const check = graduationYearStudents.check(person([]));
    expect(check.pass).toBe(false);
    expect(check.reason.code).toBe("not_in_group");
    expect(check.reason.citation.provision).toBe("plan2021.graduation-year-students");
  });
});
