import { describe, expect, it } from "vitest";
import type { Trainee } from "../../records/trainee.js";
import { employmentSkillsGroups } from "./employmentSkillsGroups.js";

const person = (statuses: Trainee["statuses"]): Trainee => ({ id: "p1", birthDate: "1990-01-01" as Trainee["birthDate"], statuses });

describe("employmentSkillsGroups — gf2018 §(五) names for employment-skills training", () => {
  it.each(["collegeGraduate", "ruralTransferWorker", "migrantWorker", "newGenerationMigrantWorker", "unemployed", "jobTransferWorker", "professionalFarmer", "nonContinuingGraduate", "veteran", "povertyRegistered", "childOfPoorFamily", "disabled", "inCustody", "compulsoryRehab"] as const)("%s is in the group (a 建档立卡 household's child is a member of 「建档立卡贫困家庭」)", (status) => {
    expect(employmentSkillsGroups.test(person([status]))).toBe(true);
    expect(employmentSkillsGroups.check(person([status]))).toMatchObject({ pass: true, reason: { code: "in_group", facts: { matched: [status] } } });
  });
  it.each(["communityCorrection", "yangtzeFishingBanFisher"] as const)("%s alone is not in it (community correction and Yangtze fishers are first named in plan2021)", (status) => {
    expect(employmentSkillsGroups.test(person([status]))).toBe(false);
  });
  it("a person with no certified status is not in the group, and the denial cites the clause", () => {
    const check = employmentSkillsGroups.check(person([]));
    expect(check.pass).toBe(false);
    expect(check.reason.code).toBe("not_in_group");
    expect(check.reason.citation.provision).toBe("gf2018.groups");
  });
});
