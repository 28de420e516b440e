import { describe, expect, it } from "vitest";
import { cite } from "../../core/citation.js";
import { Evaluation } from "../../core/decision.js";
import { amount } from "../../core/money.js";
import { jiaxingPolicy, nationalPolicy } from "../../jurisdictions/policies.js";
import { d, input, trainee, withExampleCatalogue } from "../../../test/support/national.js";
import { isSafetyCourse, safetyTraining, safetyTrainingTerms } from "./safetyTraining.js";
import { buildPolicy, defineLayer, extend } from "../../core/layer.js";
import { withValues } from "../../core/parameter.js";
import { evaluateClaim } from "../../engine.js";
import { trainingSubsidyRoutes } from "../../provisions/trainingSubsidy/trainingSubsidy.js";
import { upliftStandard } from "./tradeFrictionUplift.js";

const JX = "zhejiang.jiaxing";
const SAFETY = cite("jx2019.safety-training", "三(一)三");
const EMPLOYEE = { pass: true, reason: { code: "employee_training", citation: SAFETY, facts: { basis: "safety" } } };
const route = (months: Readonly<Record<string, number>> | undefined, policy = jiaxingPolicy(), date = "2020-06-01", statuses: Parameters<typeof trainee>[0] = { statuses: ["enterpriseEmployee"] }) =>
  new Evaluation(policy, d(date)).use(safetyTraining, { trainee: trainee({ ...statuses, ...(months === undefined ? {} : { unemploymentInsuranceMonths: months }) }), region: JX, date: d(date) });

describe("safetyTraining — jx2019.safety-training: 「在本市缴纳失业保险 1 年以上」, paid at the 初级工 row", () => {
  it("12 insured months in the city meet the term; the route pays the 初级工 row, says how many months were counted, and shows the local tie the year of insurance is", () => {
    expect(route({ "zhejiang.jiaxing.haining": 7, [JX]: 5, "zhejiang.hangzhou": 30 })).toEqual({
      route: "safety",
      level: "junior",
      paysOrganisingUnit: true,
      checks: [EMPLOYEE, { pass: true, reason: { code: "insured_months_met", citation: SAFETY, facts: { insuredMonths: 12, minInsuredMonths: 12, region: JX } } }],
      showsLocalTie: "insuredInRegion", // reading employment-basis-is-employment-region
    });
  });
  it("11 months do not, and show no local tie", () => {
    expect(route({ [JX]: 11 })?.checks).toEqual([EMPLOYEE, { pass: false, reason: { code: "too_few_insured_months", citation: SAFETY, facts: { insuredMonths: 11, minInsuredMonths: 12, region: JX } } }]);
    expect(route({ [JX]: 11 })?.showsLocalTie).toBeUndefined();
    expect(route(undefined)?.showsLocalTie).toBeUndefined();
  });
  it("without the insured months the route waits for them, naming the region", () => {
    expect(route(undefined)?.checks).toEqual([EMPLOYEE, { pass: "unknown", reason: { code: "insured_months_unknown", citation: SAFETY, facts: { region: JX } }, missing: ["trainee.unemploymentInsuranceMonths"] }]);
  });
  it("「企业职工按初级工标准」: a person who is not an enterprise employee fails, however long insured (reading safety-training-employee)", () => {
    expect(route({ [JX]: 24 }, jiaxingPolicy(), "2020-06-01", { statuses: ["unemployed"] })?.checks[0]).toEqual({ pass: false, reason: { code: "not_enterprise_employee", citation: SAFETY, facts: { statuses: ["unemployed"] } } });
  });
  it("where no terms are in force (nationally, or after the action ended on 2021-12-31) there is no route", () => {
    expect(route({ [JX]: 24 }, nationalPolicy())).toBeNull();
    expect(route({ [JX]: 24 }, jiaxingPolicy(), "2022-01-01")).toBeNull();
  });
});

describe("upliftStandard — jx2019.trade-friction-uplift: 上浮 30% for employees of trade-friction-affected enterprises, to 2021-12-31", () => {
  const uplift = (statuses: Parameters<typeof trainee>[0], date: string) => upliftStandard(new Evaluation(jiaxingPolicy(), d(date)), amount("1000.00"), trainee(statuses), d(date));
  it("an affected employee's 1000 becomes 1300, and the reason shows the standard, the rate, the result and the date", () => {
    const r = uplift({ statuses: ["enterpriseEmployee", "tradeFrictionAffected"] }, "2021-12-31");
    // 1000 × (1 + 0.30) = 1300
    expect(r.standard.toFixed(2)).toBe("1300.00");
    expect(r.reason).toEqual({ code: "trade_friction_uplift", citation: cite("jx2019.trade-friction-uplift", "三(二)"), facts: { standard: "1000.00", rate: "0.30", raised: "1300.00", date: "2021-12-31" } });
  });
  it("no uplift without the status, or from 2022-01-01", () => {
    expect(uplift({ statuses: ["enterpriseEmployee"] }, "2021-06-01")).toEqual({ standard: amount("1000.00"), reason: null });
    const after = uplift({ statuses: ["tradeFrictionAffected"] }, "2022-01-01");
    expect([after.standard.toFixed(2), after.reason]).toEqual(["1000.00", null]);
  });
  it("「受经贸摩擦影响的企业职工」: the status names an employee — held alone it raises 1000 to 1300; held by a person the record calls unemployed (a 失业人员) it raises nothing (reading trade-friction-employee)", () => {
    // the status alone: its holder is an affected 企业职工, 1000 × (1 + 0.30) = 1300
    expect(uplift({ statuses: ["tradeFrictionAffected"] }, "2021-06-01").standard.toFixed(2)).toBe("1300.00");
    // laid off: unemployed beside the status, the catalogue's 1000 unraised, and no uplift reason
    expect(uplift({ statuses: ["unemployed", "tradeFrictionAffected"] }, "2021-06-01")).toEqual({ standard: amount("1000.00"), reason: null });
    // an employee who is also a job-transfer worker (转岗职工, still employed) keeps it: 1300
    expect(uplift({ statuses: ["jobTransferWorker", "tradeFrictionAffected"] }, "2021-06-01").standard.toFixed(2)).toBe("1300.00");
  });
});

describe("the safety route needs a region whose insurance months it can count", () => {
  it("under a policy with safety-training terms and the route but no region, a special-operations certificate is paid its own row", () => {
    const terms = defineLayer({
      id: "example.national-terms",
      level: "national",
      region: null,
      label: { zh: "示例", en: "example" },
      documents: ["jx2019"],
      scope: cite("jx2019.safety-training", "三(一)三"),
      parameters: [withValues(safetyTrainingTerms, { citation: cite("jx2019.safety-training", "三(一)三"), values: [{ from: "2019-12-13", value: { minInsuredMonths: 12, standardLevel: "junior" } }], lastVerifiedOn: "2026-11-25" })],
      extensions: [extend(trainingSubsidyRoutes, safetyTraining, { applies: (_ctx, claim) => isSafetyCourse(claim) })],
    });
    const policy = withExampleCatalogue(buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [...nationalPolicy().layers, terms] }));
    const decision = evaluateClaim(policy, input({ trainee: { statuses: ["enterpriseEmployee"] }, course: { kind: "safety" }, certificate: { kind: "specialOperationsCertificate", occupation: { code: "EX-SAFE", name: "x" }, level: undefined as never } }));
    // EX-SAFE special-operations row: 300 yuan (illustrative); no insured months asked for
    expect([decision.outcome, decision.amount]).toEqual(["granted", "300.00"]);
    expect(decision.reasons.map((r) => r.code)).not.toContain("insured_months_unknown");
    // the route was not tried: no region
    expect(decision.trace.map((s) => s.rule)).not.toContain("trainingSubsidy.safetyTraining");
  });
});
