import { describe, expect, it } from "vitest";
import type { Trainee } from "../../records/trainee.js";
import { keyGroups2021 } from "./keyGroups2021.js";

const person = (statuses: Trainee["statuses"]): Trainee => ({ id: "p1", birthDate: "1990-01-01" as Trainee["birthDate"], statuses });

describe("keyGroups2021 — plan2021 §(六) names as key groups", () => {
  it.each(["graduationYearStudent", "collegeGraduate", "nonContinuingGraduate", "veteran", "ruralTransferWorker", "returningMigrantWorker", "liftedOutOfPoverty", "unemployed", "yangtzeFishingBanFisher", "inCustody", "compulsoryRehab", "communityCorrection", "disabled"] as const)("%s is in the group", (status) => {
    expect(keyGroups2021.test(person([status]))).toBe(true);
    expect(keyGroups2021.check(person([status]))).toMatchObject({ pass: true, reason: { code: "in_group", facts: { matched: [status] } } });
  });
  it.each(["enterpriseEmployee"] as const)("%s alone is not in it (enterprise employees are covered by \u00a7(\u4e94), not the key-group list)", (status) => {
    expect(keyGroups2021.test(person([status]))).toBe(false);
  });
  it("a person with no certified status is not in the group, and the denial cites the clause", () => {
    const check = keyGroups2021.check(person([]));
    expect(check.pass).toBe(false);
    expect(check.reason.code).toBe("not_in_group");
    expect(check.reason.citation.provision).toBe("plan2021.groups");
  });
});
