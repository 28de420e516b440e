import { describe, expect, it } from "vitest";
import type { Trainee } from "../../records/trainee.js";
import type { Enterprise } from "../../records/training.js";
import { nationalPolicy } from "../../jurisdictions/policies.js";
import { resolveParameter } from "../../core/decision.js";
import { workForTrainingEmployerCheck, workForTrainingMaxMonths, workForTrainingMonths } from "./workForTraining.js";

const worker = (statuses: Trainee["statuses"]): Trainee => ({ id: "w1", birthDate: "1980-01-01" as Trainee["birthDate"], statuses });
const workshop: Enterprise = { id: "e1", name: "扶贫车间（示例）" };
const insured: Enterprise = { id: "e2", name: "参保企业（示例）", unemploymentInsuranceRegion: "example.city" };
const months = (n: number, start = 1) => Array.from({ length: n }, (_, i) => `2020-${String(start + i).padStart(2, "0")}`);

describe("workForTrainingMonths — gbf2019.work-for-training: at most 6 months per person", () => {
  it("the national layer sets the maximum at 6 months", () => {
    expect(resolveParameter(nationalPolicy(), workForTrainingMaxMonths, "2020-01-01" as never)).toMatchObject({ value: 6 });
  });
  it("month 6 is paid, month 7 is not", () => {
    // 5 months already subsidised; the 6th reaches the limit, the 7th exceeds it
    expect(workForTrainingMonths({ priorMonths: months(5), requested: ["2020-06", "2020-07"], maxMonths: 6 })).toEqual({ paid: ["2020-06"], unpaid: ["2020-07"], alreadyPaid: [] });
  });
  it("seven months asked at once: the first six in calendar order are paid", () => {
    const result = workForTrainingMonths({ priorMonths: [], requested: [...months(7)].reverse(), maxMonths: 6 });
    expect(result.paid).toEqual(months(6));
    expect(result.unpaid).toEqual(["2020-07"]);
  });
  it("a month already subsidised is not paid again and still counts toward the six", () => {
    const result = workForTrainingMonths({ priorMonths: months(6), requested: ["2020-06", "2020-07"], maxMonths: 6 });
    expect(result).toEqual({ paid: [], unpaid: ["2020-07"], alreadyPaid: ["2020-06"] });
  });
});

describe("workForTrainingEmployerCheck — which employers and workers qualify", () => {
  it("any producer (here a poverty-alleviation workshop) employing a poverty-registered laborer", () => {
    expect(workForTrainingEmployerCheck(workshop, worker(["povertyRegistered"])).pass).toBe(true);
  });
  it("「建档立卡贫困劳动力（以下简称贫困劳动力）」: a 对口支援地区建档立卡贫困人员 is on the register too — any producer employing one qualifies, named by that group (reading poverty-labourer-register)", () => {
    expect(workForTrainingEmployerCheck(workshop, worker(["pairedRegionPovertyRegistered"])).reason).toMatchObject({ code: "work_for_training_employer", facts: { employer: "e1", group: "pairedRegionPovertyRegistered" } });
  });
  it("「建档立卡贫困劳动力（以下简称贫困劳动力）」: a 脱贫劳动力, on the register after leaving poverty, is one too — any producer employing one qualifies, named by that group (reading poverty-labourer-register)", () => {
    expect(workForTrainingEmployerCheck(workshop, worker(["liftedOutOfPoverty"])).reason).toMatchObject({ code: "work_for_training_employer", facts: { employer: "e1", group: "liftedOutOfPoverty" } });
  });
  it("an insured enterprise employing an employment-difficulty person or a zero-employment household member", () => {
    expect(workForTrainingEmployerCheck(insured, worker(["employmentDifficulty"])).pass).toBe(true);
    expect(workForTrainingEmployerCheck(insured, worker(["zeroEmploymentHousehold"])).pass).toBe(true);
  });
  it("an employment-difficulty person at an employer whose insurance is unknown: the insured status is needed", () => {
    const check = workForTrainingEmployerCheck(workshop, worker(["employmentDifficulty"]));
    expect(check.pass).toBe("unknown");
    expect(check.missing).toEqual(["enterprise.unemploymentInsuranceRegion"]);
  });
  it("a worker in none of the groups does not qualify", () => {
    expect(workForTrainingEmployerCheck(insured, worker(["veteran"])).pass).toBe(false);
  });
});

describe("what the work-for-training checks say (the facts their messages show)", () => {
  it("each check names the employer and the group, or why the employer does not qualify", () => {
    expect(workForTrainingEmployerCheck(workshop, worker(["povertyRegistered"])).reason).toMatchObject({ code: "work_for_training_employer", citation: { provision: "gbf2019.work-for-training" }, facts: { employer: "e1", group: "povertyRegistered" } });
    expect(workForTrainingEmployerCheck(insured, worker(["employmentDifficulty"])).reason).toMatchObject({ code: "work_for_training_employer", facts: { employer: "e2", group: "employmentDifficulty" } });
    expect(workForTrainingEmployerCheck(insured, worker(["zeroEmploymentHousehold"])).reason.facts).toEqual({ employer: "e2", group: "zeroEmploymentHousehold" });
    expect(workForTrainingEmployerCheck(insured, worker(["veteran"])).reason).toMatchObject({ code: "not_work_for_training_employer", citation: { provision: "gbf2019.work-for-training" }, facts: { employer: "e2", detail: "workerInNoGroup" } });
    expect(workForTrainingEmployerCheck(workshop, worker(["zeroEmploymentHousehold"])).reason).toMatchObject({
      code: "not_work_for_training_employer",
      citation: { provision: "gbf2019.work-for-training" },
      facts: { employer: "e1", detail: "enterpriseInsuranceUnknown" },
    });
  });
  it("a prior month that is not a YYYY-MM month is not counted toward the six", () => {
    // five real months and one malformed entry: the sixth month requested is still paid
    expect(workForTrainingMonths({ priorMonths: [...months(5), "2020-13"], requested: ["2020-06"], maxMonths: 6 })).toEqual({ paid: ["2020-06"], unpaid: [], alreadyPaid: [] });
  });
});
