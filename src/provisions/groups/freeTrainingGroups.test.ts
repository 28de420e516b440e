import { describe, expect, it } from "vitest";
import type { Trainee } from "../../records/trainee.js";
import { freeTrainingGroups } from "./freeTrainingGroups.js";

const person = (statuses: Trainee["statuses"]): Trainee => ({ id: "p1", birthDate: "1990-01-01" as Trainee["birthDate"], statuses });

describe("freeTrainingGroups — gbf2019 §(十一) gives free vocational training to", () => {
  it.each(["childOfPoorFamily", "povertyRegistered", "pairedRegionPovertyRegistered", "liftedOutOfPoverty", "nonContinuingGraduate", "ruralTransferWorker", "newGenerationMigrantWorker", "migrantWorker", "returningMigrantWorker", "unemployed", "jobTransferWorker", "veteran", "disabled"] as const)("%s is in the group", (status) => {
    expect(freeTrainingGroups.test(person([status]))).toBe(true);
    expect(freeTrainingGroups.check(person([status]))).toMatchObject({ pass: true, reason: { code: "in_group", facts: { matched: [status] } } });
  });
  it.each(["collegeGraduate", "enterpriseEmployee"] as const)("%s alone is not in it (college graduates and enterprise employees get the subsidy by local rules, not free training)", (status) => {
    expect(freeTrainingGroups.test(person([status]))).toBe(false);
  });
  it("a person with no certified status is not in the group, and the denial cites the clause", () => {
    const check = freeTrainingGroups.check(person([]));
    expect(check.pass).toBe(false);
    expect(check.reason.code).toBe("not_in_group");
    expect(check.reason.citation.provision).toBe("gbf2019.free-training-groups");
  });
});
