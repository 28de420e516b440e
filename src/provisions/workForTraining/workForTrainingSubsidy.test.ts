/**
 * 以工代训 as a claim (gbf2019.work-for-training §(十一)): 「吸纳贫困劳动力就业并开展以工代训」 …
 * 「给予一定期限的职业培训补贴，最长不超过6个月」. The monthly amount is local.
 */
import { describe, expect, it } from "vitest";
import { cite } from "../../core/citation.js";
import type { Policy } from "../../core/layer.js";
import { buildPolicy, defineLayer, replaceParameter } from "../../core/layer.js";
import { evaluateBatch, evaluateClaim } from "../../engine.js";
import { nationalPolicy } from "../../jurisdictions/policies.js";
import { Ledger } from "../../core/ledger.js";
import { resolveParameter } from "../../core/decision.js";
import type { Claim, Grant } from "../../records/claim.js";
import type { Enterprise } from "../../records/training.js";
import { d, HERE, trainee, withExampleStandard } from "../../../test/support/national.js";
import { workForTrainingMaxMonthsPerEmployer, workForTrainingMonthlyRate } from "./workForTraining.js";

const workshop: Enterprise = { id: "E-1", name: "扶贫车间（示例）" };
/** A 贫困劳动力 the workshop took on: its employee on record (reading employer-of-record). */
const poor = trainee({ statuses: ["povertyRegistered"], employerId: "E-1" });
const claim = (over: Partial<Claim> = {}): Claim => ({
  id: "W-1", measure: "workForTrainingSubsidy", traineeId: "p1", claimant: { kind: "enterprise", id: "E-1" }, enterpriseId: "E-1",
  months: ["2020-03", "2020-04", "2020-05"], submittedOn: d("2020-06-01"), ...over,
});
const paid = (id: string, months: string[]): Grant => ({
  id, claimId: id, traineeId: "p1", measure: "workForTrainingSubsidy", provision: "gbf2019.work-for-training",
  payee: { kind: "enterprise", id: "E-1" }, amount: "1.00", basisDate: d(`${months[0]}-01`), months,
});

/** A prefecture that sets 500 yuan per person per month from 2020-01-01 (illustrative), and (`perEmployer`) counts the six months per employer. */
function withRate(rate = "500.00", perEmployer = false): Policy {
  const monthly = replaceParameter(workForTrainingMonthlyRate, { label: { zh: "每人每月 500 元（示意）", en: "500 a month (illustrative)" }, citation: cite("gbf2019.local-standards", "§(十二)"), values: [{ from: "2020-01-01", value: rate }], lastVerifiedOn: "2026-11-25" });
  const perEach = replaceParameter(workForTrainingMaxMonthsPerEmployer, { label: { zh: "按单位分别计算（示意）", en: "per employer (illustrative)" }, citation: cite("gbf2019.work-for-training", "§(十一)"), values: [{ from: "2020-01-01", value: true }], lastVerifiedOn: "2026-12-04" });
  const city = defineLayer({
    id: "example.city", level: "prefecture", region: HERE, label: { zh: "示例市（示意）", en: "example city (illustrative)" }, documents: ["gbf2019"],
    scope: cite("gbf2019.local-standards", "§(十二)"),
    parameterOverrides: perEmployer ? [monthly, perEach] : [monthly],
  });
  return buildPolicy({ id: "example", label: { zh: "示例", en: "example" }, layers: [...nationalPolicy().layers, city] });
}
const decide = (policy: Policy, c: Claim = claim(), ledger: readonly Grant[] = [], worker = poor) =>
  evaluateClaim(policy, { claim: c, trainee: worker, enterprise: workshop, ledger: Ledger.from(ledger) });

describe("以工代训 is claimable (gbf2019.work-for-training)", () => {
  it("a workshop employing a poverty-registered laborer, under the national texts alone: undecidable, no local monthly standard", () => {
    const decision = decide(nationalPolicy());
    expect(decision.outcome).toBe("undecidable");
    expect(decision.reasons.map((r) => r.code)).toContain("no_local_standard");
    expect(decision.missingFacts).toContain("parameter workForTraining.monthlyRate");
  });
  it("with a local standard of 500 a month, three months pay the enterprise 1500.00", () => {
    // 3 months × 500 yuan (illustrative local standard) = 1500.00, to the employer
    const decision = decide(withRate());
    expect([decision.outcome, decision.amount, decision.payee]).toEqual(["granted", "1500.00", { kind: "enterprise", id: "E-1" }]);
    expect(decision.lines[0]).toMatchObject({ quantity: 3, unit: "month", rate: "500.00" });
  });
  it("「最长不超过6个月」: five months already paid, two asked: the sixth is paid, the seventh is not", () => {
    // 1 month × 500 = 500.00
    const prior = paid("OLD", ["2019-10", "2019-11", "2019-12", "2020-01", "2020-02"]);
    const decision = decide(withRate(), claim({ months: ["2020-03", "2020-04"] }), [prior]);
    expect([decision.outcome, decision.amount]).toEqual(["granted", "500.00"]);
    expect(decision.lines[0]?.quantity).toBe(1);
  });
  it("six months already paid: the seventh is denied", () => {
    const prior = paid("OLD", ["2019-09", "2019-10", "2019-11", "2019-12", "2020-01", "2020-02"]);
    const decision = decide(withRate(), claim({ months: ["2020-03"] }), [prior]);
    expect(decision.outcome).toBe("denied");
    expect(decision.reasons.map((r) => r.code)).toContain("work_for_training_months_used");
  });
  it("a worker in none of the groups is denied; a claim by the worker, not the employer, is denied", () => {
    expect(decide(withRate(), claim(), [], trainee({ statuses: ["veteran"], employerId: "E-1" })).reasons.map((r) => r.code)).toContain("not_work_for_training_employer");
    const byWorker = decide(withRate(), claim({ claimant: { kind: "trainee", id: "p1" } }));
    expect(byWorker.outcome).toBe("denied");
    expect(byWorker.reasons.map((r) => r.code)).toContain("payee_not_enterprise");
  });
  // 「吸纳贫困劳动力就业并开展以工代训」: the enterprise that took the worker on (cold audits 12b, 55 %, and 12c, 65 %: any
  // enterprise filing first was paid, and the worker's employer then refused her months as used).
  it("the workshop that took her on, her employer on record, is paid 3 × 500.00 = 1500.00; another enterprise, or none on record, is held asking for the employer — not paid, not refused", () => {
    const mine = decide(withRate(), claim());
    expect([mine.outcome, mine.amount]).toEqual(["granted", "1500.00"]); // March–May 2020 × 500.00 (illustrative)
    expect(mine.reasons.find((r) => r.code === "payee_is_employer")).toMatchObject({ citation: { provision: "gbf2019.work-for-training" }, facts: { employer: "E-1" } });
    const other = decide(withRate(), claim(), [], { ...poor, employerId: "E-9" });
    // the record is undated: she may have left E-1's employ since these months
    expect([other.outcome, other.amount, other.reasons.map((r) => r.code), other.missingFacts]).toEqual(["undecidable", null, ["payee_not_employer"], ["trainee.employerId"]]);
    const { employerId: _none, ...unrecorded } = poor;
    const held = decide(withRate(), claim(), [], unrecorded);
    expect([held.outcome, held.amount, held.missingFacts]).toEqual(["undecidable", null, ["trainee.employerId"]]);
  });
  it("a claim that names no months is undecidable, asking for claim.months", () => {
    const { months: _omit, ...rest } = claim();
    const decision = decide(withRate(), rest as Claim);
    expect(decision.outcome).toBe("undecidable");
    expect(decision.missingFacts).toContain("claim.months");
  });
  it("in one batch, two claims of four months each: the second is paid two (the six-month cap counts months per person)", () => {
    const doc = {
      claims: [claim({ id: "W-1", months: ["2020-01", "2020-02", "2020-03", "2020-04"] }), claim({ id: "W-2", months: ["2020-05", "2020-06", "2020-07", "2020-08"], submittedOn: d("2020-09-01") })],
      trainees: new Map([["p1", poor]]), courses: new Map(), certificates: new Map(), enterprises: new Map([["E-1", workshop]]), apprenticeships: new Map(), ledger: [],
    };
    const result = evaluateBatch(withRate(), doc);
    // 4 × 500 = 2000.00; then 2 × 500 = 1000.00 (months 5 and 6)
    expect(result.decisions.map((x) => x.amount)).toEqual(["2000.00", "1000.00"]);
    expect(result.grants[1]?.months).toEqual(["2020-05", "2020-06"]);
  });
});

describe("「吸纳贫困劳动力就业并开展以工代训……最长不超过6个月」 and a change of employer (reading: work-for-training-per-person)", () => {
  const factory: Enterprise = { id: "E-2", name: "扶贫车间二（示例）" };
  const paidTo = (id: string, employer: string, months: string[]): Grant => ({ ...paid(id, months), payee: { kind: "enterprise", id: employer } });
  const atFactory = (months: string[]) => claim({ id: "W-9", claimant: { kind: "enterprise", id: "E-2" }, enterpriseId: "E-2", months });
  // she has moved to the factory: it is her employer on record now
  const decideAt = (policy: Policy, c: Claim, ledger: readonly Grant[]) => evaluateClaim(policy, { claim: c, trainee: { ...poor, employerId: "E-2" }, enterprise: factory, ledger: Ledger.from(ledger) });
  const sixAtWorkshop = paidTo("OLD", "E-1", ["2019-09", "2019-10", "2019-11", "2019-12", "2020-01", "2020-02"]);

  it("the national texts count the six months per person: after six months at one workshop, a second employer is paid nothing", () => {
    expect(resolveParameter(nationalPolicy(), workForTrainingMaxMonthsPerEmployer, d("2020-03-01"))).toMatchObject({ value: false, layer: "national.gbf2019" });
    const decision = decideAt(withRate(), atFactory(["2020-03", "2020-04"]), [sixAtWorkshop]);
    expect(decision.outcome).toBe("denied");
    expect(decision.reasons.find((r) => r.code === "work_for_training_months_used")?.facts).toEqual({ maxMonths: 6, priorMonths: 6, requested: ["2020-03", "2020-04"] });
  });

  it("a layer that counts them per employer: the second employer is paid its own months (2 × 500 = 1000.00), and the reason names it", () => {
    // per employer: E-2 has had no month paid; 2020-03 and 2020-04 × 500 yuan (illustrative) = 1000.00
    const decision = decideAt(withRate("500.00", true), atFactory(["2020-03", "2020-04"]), [sixAtWorkshop]);
    expect([decision.outcome, decision.amount, decision.payee]).toEqual(["granted", "1000.00", { kind: "enterprise", id: "E-2" }]);
    const reason = decision.reasons.find((r) => r.code === "work_for_training_months");
    expect(reason?.facts).toMatchObject({ priorMonths: 0, maxMonths: 6, employer: "E-2" });
    expect(reason?.message.zh).toContain("此前向单位 E-2 已补贴 0 个月");
    expect(reason?.message.en).toContain("0 months paid before to E-2");
  });

  it("per employer, a month already paid to another employer is still not paid again, and does not count toward this employer's six", () => {
    // 2020-02 was paid to E-1: not again. E-2 had 5 months of its own (2019-07 … 2019-11): 2020-03 is its 6th (500.00), 2020-04 a 7th (refused)
    const own = paidTo("MINE", "E-2", ["2019-07", "2019-08", "2019-09", "2019-10", "2019-11"]);
    const decision = decideAt(withRate("500.00", true), atFactory(["2020-02", "2020-03", "2020-04"]), [sixAtWorkshop, own]);
    expect([decision.outcome, decision.amount]).toEqual(["granted", "500.00"]);
    expect(decision.reasons.find((r) => r.code === "work_for_training_months")?.facts).toMatchObject({ months: ["2020-03"], priorMonths: 5, employer: "E-2" });
  });

  it("per employer, the employer's own six months used: refused, the reason naming the employer", () => {
    const own = paidTo("MINE", "E-2", ["2019-07", "2019-08", "2019-09", "2019-10", "2019-11", "2019-12"]);
    const decision = decideAt(withRate("500.00", true), atFactory(["2020-03"]), [own]);
    expect(decision.outcome).toBe("denied");
    const reason = decision.reasons.find((r) => r.code === "work_for_training_months_used");
    expect(reason?.facts).toEqual({ maxMonths: 6, priorMonths: 6, requested: ["2020-03"], employer: "E-2" });
    expect(reason?.message.zh).toBe("以工代训补贴最长 6 个月（此前向单位 E-2 已补贴 6 个月），每月只补贴一次，本次申请月份无可补贴");
    expect(reason?.message.en).toBe("work-for-training is paid for at most 6 months (6 paid before to E-2) and once a month: none of the months claimed can be paid");
  });

  it("per employer, a claim only for a month already paid to another employer is refused, the reason saying a month is paid once", () => {
    // 2020-02 was paid to E-1 (sixAtWorkshop); E-2 has had no month: the six months are not the reason, the month is
    const decision = decideAt(withRate("500.00", true), atFactory(["2020-02"]), [sixAtWorkshop]);
    expect(decision.outcome).toBe("denied");
    const reason = decision.reasons.find((r) => r.code === "work_for_training_months_used");
    expect(reason?.facts).toEqual({ maxMonths: 6, priorMonths: 0, requested: ["2020-02"], employer: "E-2" });
    expect(reason?.message.en).toBe("work-for-training is paid for at most 6 months (0 paid before to E-2) and once a month: none of the months claimed can be paid");
  });

  it("a month before the texts (2019-05-18): refused as before the subsidy applies, the per-employer setting not asked", () => {
    // April 2019 begins before gbf2019 (「2019年5月18日」): nothing to pay; until 2026-12-05 undecidable, asking for the maximum
    const decision = decideAt(withRate("500.00", true), atFactory(["2019-04"]), []);
    expect([decision.outcome, decision.missingFacts]).toEqual(["denied", []]);
    expect(decision.reasons.map((r) => r.code)).toEqual(["before_provision_start"]);
    expect(decision.trace.flatMap((t) => t.parameters.map((p) => p.parameter))).not.toContain("workForTraining.maxMonthsPerEmployer");
  });
});

describe("an earlier work-for-training grant that names no months (reading: earlier-grant-says-what-it-paid)", () => {
  const { months: _m, ...unnamed } = paid("OLD", ["2020-01"]);

  it("makes the claim undecidable, asking for that grant's months: it may have paid these months, or all six", () => {
    // before: paid 3 × 500 = 1500.00 although the earlier grant may have paid 2020-03 … 2020-05 already
    const decision = decide(withRate(), claim(), [unnamed]);
    expect(decision.outcome).toBe("undecidable");
    expect(decision.amount).toBeNull();
    expect(decision.missingFacts).toEqual(["grant OLD: months"]);
  });

  it("months named by its pay-once keys count as its months: five months by key, three asked, one paid (500.00)", () => {
    // keys 2019-10 … 2020-02: five months; 2020-03 is the sixth (1 × 500 = 500.00), 2020-04 and 2020-05 are over the most
    const keys = ["2019-10", "2019-11", "2019-12", "2020-01", "2020-02"].map((m) => `workForTrainingSubsidy|p1|month ${m}`);
    const decision = decide(withRate(), claim(), [{ ...unnamed, basisKeys: keys }]);
    expect([decision.outcome, decision.amount]).toEqual(["granted", "500.00"]);
  });

  it("a month key that cannot be read (2020-3) is no known month: the claim asks for the grant's months", () => {
    const decision = decide(withRate(), claim(), [{ ...unnamed, basisKeys: ["workForTrainingSubsidy|p1|month 2020-3"] }]);
    expect(decision.missingFacts).toEqual(["grant OLD: months"]);
  });

  it("months and month keys together: both count (five between them, three asked, one paid: 500.00)", () => {
    // months 2019-10, 2019-11 and keys 2019-12, 2020-01, 2020-02: five; 2020-03 is the sixth (1 × 500 = 500.00)
    const keys = ["2019-12", "2020-01", "2020-02"].map((m) => `workForTrainingSubsidy|p1|month ${m}`);
    const decision = decide(withRate(), claim(), [{ ...unnamed, months: ["2019-10", "2019-11"], basisKeys: keys }]);
    expect([decision.outcome, decision.amount]).toEqual(["granted", "500.00"]);
  });

  it("six months known to be paid already: denied whatever the unnamed grant paid", () => {
    const six = paid("SIX", ["2019-09", "2019-10", "2019-11", "2019-12", "2020-01", "2020-02"]);
    const decision = decide(withRate(), claim(), [six, { ...unnamed, id: "OLD2", claimId: "OLD2" }]);
    expect(decision.outcome).toBe("denied");
    expect(decision.reasons.map((r) => r.code)).toContain("work_for_training_months_used");
  });

  it("per employer too, an unnamed grant to another employer leaves the months open (a month is paid once whoever was paid)", () => {
    const elsewhere = { ...unnamed, payee: { kind: "enterprise" as const, id: "E-2" } };
    expect(decide(withRate("500.00", true), claim(), [elsewhere]).missingFacts).toEqual(["grant OLD: months"]);
  });
});

describe("gbf2019 is issued 「2019年5月18日」: each month of 以工代训 is judged on its own first day (reading: work-for-training-per-person-months)", () => {
  /** 500.00 a person a month from gbf2019's first day (ILLUSTRATIVE, not any city's standard). */
  const fromIssue = withExampleStandard(nationalPolicy(), "work-for-training", workForTrainingMonthlyRate, { zh: "以工代训补贴标准（示意）", en: "work-for-training standard (illustrative)" }, [{ from: "2019-05-18", value: "500.00" }]);
  const months = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `2019-${String(from + i).padStart(2, "0")}`);
  const refused = (decision: ReturnType<typeof decide>) => decision.reasons.find((r) => r.code === "before_provision_start")?.facts;

  it("April 2019 alone, a month wholly before the text: denied, the reason naming April; nothing paid", () => {
    const decision = decide(fromIssue, claim({ months: ["2019-04"], submittedOn: d("2019-06-01") }));
    expect([decision.outcome, decision.amount, decision.missingFacts]).toEqual(["denied", "0.00", []]);
    expect(refused(decision)).toEqual({ date: "2019-04-01", startsOn: "2019-05-18", months: ["2019-04"] });
  });

  it("May 2019 alone, the month of 「2019年5月18日」: its first day (2019-05-01) is before the text, so it is denied, the reason naming May", () => {
    const decision = decide(fromIssue, claim({ months: ["2019-05"], submittedOn: d("2019-06-01") }));
    expect([decision.outcome, decision.amount, decision.missingFacts]).toEqual(["denied", "0.00", []]);
    const reason = decision.reasons.find((r) => r.code === "before_provision_start");
    expect(reason?.facts).toEqual({ date: "2019-05-01", startsOn: "2019-05-18", months: ["2019-05"] });
    expect(reason?.message.en).toBe("2019-05-01 is before the subsidy applies (from 2019-05-18): 2019-05 not paid");
    expect(reason?.message.zh).toBe("2019-05-01 早于该补贴的施行日期 2019-05-18：2019-05 不予补贴");
  });

  it("June 2019 alone, the first month wholly under the text: paid 500.00", () => {
    // one month × 500.00 (illustrative standard from 2019-05-18, read on 2019-06-01) = 500.00
    expect(decide(fromIssue, claim({ months: ["2019-06"], submittedOn: d("2019-07-01") })).amount).toBe("500.00");
  });

  it("May–October 2019 filed 2019-11-01: June–October are paid 5 × 500.00 = 2500.00, May is named as refused", () => {
    // 「最长不超过6个月」: June–October are five months, none paid before; 5 × 500.00 (illustrative) = 2500.00; May begins before the text
    const decision = decide(fromIssue, claim({ months: months(5, 10), submittedOn: d("2019-11-01") }));
    expect([decision.outcome, decision.amount]).toEqual(["granted", "2500.00"]);
    expect(decision.reasons.find((r) => r.code === "work_for_training_months")?.facts).toMatchObject({ months: months(6, 10), paid: 5, priorMonths: 0, maxMonths: 6 });
    expect(refused(decision)).toEqual({ date: "2019-05-01", startsOn: "2019-05-18", months: ["2019-05"] });
    // April–October: the same 2500.00, the reason naming April and May
    const wider = decide(fromIssue, claim({ months: months(4, 10), submittedOn: d("2019-11-01") }));
    expect([wider.amount, refused(wider)]).toEqual(["2500.00", { date: "2019-05-01", startsOn: "2019-05-18", months: ["2019-04", "2019-05"] }]);
  });

  it("judged with on in May 2019 (the 17th, the 18th): May is denied as before the text, not as a month not begun; June, not begun, is named as such", () => {
    for (const on of ["2019-05-17", "2019-05-18"]) {
      const may = evaluateClaim(fromIssue, { claim: claim({ months: ["2019-05"], submittedOn: d("2019-05-10") }), trainee: poor, enterprise: workshop, ledger: Ledger.empty }, { on: d(on) });
      expect([may.outcome, may.reasons.map((r) => r.code)]).toEqual(["denied", ["before_provision_start"]]);
    }
    const both = evaluateClaim(fromIssue, { claim: claim({ months: ["2019-05", "2019-06"], submittedOn: d("2019-05-10") }), trainee: poor, enterprise: workshop, ledger: Ledger.empty }, { on: d("2019-05-31") });
    expect([both.outcome, both.reasons.map((r) => r.code)]).toEqual(["denied", ["before_provision_start", "work_for_training_months_not_begun"]]);
    // on 2019-06-01 June has begun: one month × 500.00 = 500.00, May still refused
    const june = evaluateClaim(fromIssue, { claim: claim({ months: ["2019-05", "2019-06"], submittedOn: d("2019-05-10") }), trainee: poor, enterprise: workshop, ledger: Ledger.empty }, { on: d("2019-06-01") });
    expect([june.outcome, june.amount, refused(june)]).toEqual(["granted", "500.00", { date: "2019-05-01", startsOn: "2019-05-18", months: ["2019-05"] }]);
  });

  it("the six months counted across a claim naming May: May–December 2019 pays June–November (6 × 500.00 = 3000.00); a later claim for January 2020 is refused, six months used", () => {
    const doc = {
      claims: [claim({ id: "W-1", months: months(5, 12), submittedOn: d("2020-01-02") }), claim({ id: "W-2", months: ["2020-01"], submittedOn: d("2020-02-01") })],
      trainees: new Map([["p1", poor]]), courses: new Map(), certificates: new Map(), enterprises: new Map([["E-1", workshop]]), apprenticeships: new Map(), ledger: [],
    };
    const result = evaluateBatch(fromIssue, doc);
    // May refused (before the text) and not counted; June–November are the six of 「最长不超过6个月」: 6 × 500.00 = 3000.00; December is a seventh
    expect(result.decisions.map((x) => [x.outcome, x.amount])).toEqual([["granted", "3000.00"], ["denied", "0.00"]]);
    expect(result.grants[0]?.months).toEqual(months(6, 11));
    expect(result.decisions[1]?.reasons.find((r) => r.code === "work_for_training_months_used")?.facts).toEqual({ maxMonths: 6, priorMonths: 6, requested: ["2020-01"] });
  });
});

describe("gbf2019 §(十二) 「市（地）以上人力资源社会保障部门、财政部门可在规定的原则下结合实际确定职业培训补贴标准」: a month before the city's monthly standard is in force on its first day is not paid, not counted toward 「最长不超过6个月」, and named; the months the standard prices are paid (review 18c; reading work-for-training-per-person-months)", () => {
  const months = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `2019-${String(from + i).padStart(2, "0")}`);
  const from = (day: string) => withExampleStandard(nationalPolicy(), "work-for-training", workForTrainingMonthlyRate, { zh: "以工代训补贴标准（示意）", en: "work-for-training standard (illustrative)" }, [{ from: day, value: "500.00" }]);
  const june = (p: Policy, ms = months(6, 10)) => decide(p, claim({ months: ms, submittedOn: d("2019-11-01") }));
  const standardReason = (x: ReturnType<typeof decide>) => x.reasons.filter((r) => r.code === "before_provision_start").map((r) => r.facts);

  it("the standard from 2019-06-30, 07-01 or 07-02, June–October 2019 claimed: June (first day 06-01) is named each time and July–October paid 4 × 500.00 = 2000.00 — but from 07-02 July's first day is before it too, and August–October are paid 3 × 500.00 = 1500.00", () => {
    for (const day of ["2019-06-30", "2019-07-01"]) {
      const x = june(from(day));
      // July–October: 4 months × 500.00 (illustrative) = 2000.00
      expect([x.outcome, x.amount, x.missingFacts]).toEqual(["granted", "2000.00", []]);
      expect(standardReason(x)).toEqual([{ date: "2019-06-01", startsOn: day, months: ["2019-06"] }]);
    }
    const x = june(from("2019-07-02"));
    // August–October: 3 months × 500.00 = 1500.00; July's first day, 07-01, is before 07-02
    expect([x.outcome, x.amount]).toEqual(["granted", "1500.00"]);
    expect(standardReason(x)).toEqual([{ date: "2019-07-01", startsOn: "2019-07-02", months: ["2019-06", "2019-07"] }]);
    expect(x.reasons.find((r) => r.code === "before_provision_start")?.message.en).toBe("2019-07-01 is before the subsidy applies (from 2019-07-02): 2019-06, 2019-07 not paid");
  });

  it("June, unpriced, is not one of the six: June–December 2019 with the standard from 2019-07-01 pays July–December, 6 × 500.00 = 3000.00", () => {
    const doc = {
      claims: [claim({ months: months(6, 12), submittedOn: d("2020-01-02") })],
      trainees: new Map([["p1", poor]]), courses: new Map(), certificates: new Map(), enterprises: new Map([["E-1", workshop]]), apprenticeships: new Map(), ledger: [],
    };
    const result = evaluateBatch(from("2019-07-01"), doc);
    // 「最长不超过6个月」: July–December are six months at 500.00 (illustrative) = 3000.00; June had no standard on 2019-06-01
    expect(result.decisions.map((x) => [x.outcome, x.amount])).toEqual([["granted", "3000.00"]]);
    expect(result.grants[0]?.months).toEqual(months(7, 12));
  });

  it("April–October 2019 with the standard from 2019-07-01: April and May are named as before the text (from 2019-05-18), June as before the standard (from 2019-07-01); July–October paid 4 × 500.00 = 2000.00", () => {
    const x = june(from("2019-07-01"), months(4, 10));
    expect([x.outcome, x.amount]).toEqual(["granted", "2000.00"]);
    expect(standardReason(x)).toEqual([
      { date: "2019-05-01", startsOn: "2019-05-18", months: ["2019-04", "2019-05"] },
      { date: "2019-06-01", startsOn: "2019-07-01", months: ["2019-06"] },
    ]);
  });

  it("no month priced — the standard from 2019-11-01, June–October claimed — the claim is held for the standard, as before", () => {
    const x = june(from("2019-11-01"));
    expect([x.outcome, x.amount, x.missingFacts]).toEqual(["undecidable", null, ["parameter workForTraining.monthlyRate"]]);
  });
});
