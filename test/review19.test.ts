/**
 * Review 19 (2026-12-05, 06:15–06:50 UTC), cold, of the mends of reviews 18a–c:
 * (1) 0408b6d, 028c4b8 — a held claim keeps only the place it may take (annualCap.ts placesHeld / neverPaid, heldInYear's
 *     one place per occupation@level while 「同一职业同一等级不可重复享受」 counts training subsidies; insuredSkillUpgrade.ts
 *     otherMeasureGrant); reading claim-order-by-issue-date.
 * (2) 3eca820, a07ac4f, bb149dc — gbf2019 §(十二) 「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」 keyed on the
 *     资格 (pensionEntitlement); reading national-pension-scope.
 * (3) 22bee23 — Jiaxing's exception jxLivingAllowanceDisabled widened to refuse the 对口支援地区建档立卡贫困人员 (jx2019 四(三)四).
 * (4) 6236985, 1627258 — 以工代训: a month before the city's monthly standard is set aside (before_provision_start), the
 *     months it prices paid (workForTraining.ts firstPriced).
 *
 * Tried and found sound (controls): a skill-upgrade grant of ANOTHER person on the same occupation@level, and a grant kept by
 * another system without keys, leave a held claim its place (the 4th is held); the ordinary worker of a group under a
 * widened province is paid unasked; a not-entitled person is let in, an unstated one asked; in Jiaxing a paired-region person
 * who is also 就业困难人员 or disabled is paid the living allowance, one who is only paired-region refused citing 四(三)四.
 * Found: neverPaid and the one-place count read 「同一职业同一等级不可重复享受」 on the JUDGED claim's date, not on the held
 * claims' dates: where the rule starts within a year, two held claims of one occupation@level made before it may both be
 * paid, yet take one place (a claim paid into a full year); where it ends, two made while it was in force take two places
 * (a payable claim held). No shipped policy moves the rule within a year today (it and the cap both start 2019-05-18, and
 * the national chain decides no training subsidy before), so the money is a province's pack's.
 * 以工代训: the standard from 2019-07-01 pays June–November's priced five (2500.00) naming June, and on 2019-09-15 July–September
 * (1500.00) naming June and the months not begun (control). Found: only months BEFORE the first priced month are set aside;
 * a standard that ends mid-claim, or a gap in it, holds the whole claim undecidable (provision_not_in_force), the months it
 * prices unpaid (1500.00; 2200.00 with a gap; 30–35 %) — mended 2026-12-07 (cold review 85 F2).
 * Jiaxing's messages: the refusal of the paired-region person cites 四(三)四 but lists 「贫困劳动力」 — a group 22bee23 itself says he
 * is in — rather than Jiaxing's 「建档立卡低收入农户家庭劳动力」 (no money, 55 %); a disabled person's grant shows the raw
 * code employmentDifficulty(disabled) in zh and en (before 22bee23; no money, 50 %).
 * The widening's held claim (entitlement unstated) reads "不属于省级调整后的补贴人员范围" / "not in the province's widened subsidy
 * scope" while it waits on the entitlement: a message that decides what the outcome leaves open (before 3eca820; 45 %).
 * Full suite at 06:23–06:25 UTC: 161 files, 3,351 passed, 50 expected fail (8 here), 1 skipped, none failed.
 * Not tried: the CLI and decideBatch orders for these cases; a month counted by another grant across the gap.
 */
import { describe, expect, it } from "vitest";
import type { Decision, Grant, Policy } from "../src/index.js";
import { cite, civilDate, evaluateBatch, evaluateClaim, nationalPolicy, workForTrainingMonthlyRate } from "../src/index.js";
import { replaceParameter } from "../src/core/layer.js";
import { noRepeatMeasures } from "../src/provisions/trainingSubsidy/noRepeat.js";
import type { ScopeAdjustment } from "../src/provisions/trainingSubsidy/trainingSubsidyGroups.js";
import { d, grant, heldDocument, input, regionalPolicy, withExampleCatalogue, withExampleLayer, withExampleStandard, withProvinceWidening } from "./support/national.js";
import { parsed } from "./support/world.js";
import { JX, worker, course, TRAINEE, NF, cityWorker, HERE } from "./support/ordinary.js";

const line = (x: Decision | undefined) => (x === undefined ? "missing" : `${x.outcome}:${x.amount}:${x.outcome === "granted" ? "" : x.reasons.map((r) => r.code).join("+")}`);
const NAT = regionalPolicy(nationalPolicy());
const lines = (doc: Parameters<typeof evaluateBatch>[1], p: Policy = NAT) => Object.fromEntries(evaluateBatch(p, doc).decisions.map((x) => [x.claimId, line(x)]));

/** A province layer over the national chain setting 「同一职业同一等级不可重复享受」's measures by date. */
function noRepeatFrom(values: { from: string; value: readonly string[] | null }[]): Policy {
  const at = cite("gbf2019.no-repeat", "§(十二)");
  return regionalPolicy(withExampleLayer(nationalPolicy(), "province", at, [replaceParameter(noRepeatMeasures, { label: { zh: "示例", en: "example" }, citation: at, values: values as never, lastVerifiedOn: "2026-11-25" })]));
}

// National chain, illustrative catalogue (test/support/national.ts): EX-ELEC 初级工 1000.00, 中级工 1500.00, EX-WELD 初级工
// 1200.00, EX-COOK 初级工 900.00. A claim listed as held names another course (course_not_certificate_course).
const FOUR = [["a", "EX-ELEC", "junior", "2020-03-01"], ["b", "EX-ELEC", "intermediate", "2020-04-01"], ["c", "EX-WELD", "junior", "2020-05-01"], ["d", "EX-COOK", "junior", "2020-06-01"]] as const;

describe("controls (held right) — 「原则上每人每年可享受不超过3次，但同一职业同一等级不可重复享受」: a held claim judged never paid only on its own trainee's grants that name it", () => {
  it("a skill-upgrade grant of ANOTHER person on EX-ELEC 初级工 leaves the ordinary trainee's held EX-ELEC 初级工 claim its place: the 4th of 2020 (EX-COOK) is held", () => {
    // a held (1 place), b 1500.00, c 1200.00; d: 2 grants + 1 place = 3, held. p2's grant is not p1's.
    const other: Grant = grant({ id: "z2", traineeId: "p2", measure: "insuredSkillUpgradeSubsidy", certificateId: "c-a", occupationCode: "EX-ELEC", level: "junior", payee: { kind: "trainee", id: "p2" } });
    expect(lines(heldDocument(FOUR, ["a"], { ledger: [other] }))).toMatchObject({ b: "granted:1500.00:", c: "granted:1200.00:", d: "undecidable:null:earlier_claim_undecided" });
    // a training-subsidy grant of p2 on EX-ELEC 初级工 (no-repeat is per person): the same
    const repeat: Grant = grant({ id: "g2", traineeId: "p2", occupationCode: "EX-ELEC", level: "junior", basisDate: "2019-08-01" as never, payee: { kind: "trainee", id: "p2" } });
    expect(lines(heldDocument(FOUR, ["a"], { ledger: [repeat] }))).toMatchObject({ d: "undecidable:null:earlier_claim_undecided" });
  });

  it("a skill-upgrade grant kept by another system without keys (no certificate, no occupation) does not make the held claim 'never paid': the 4th of 2020 is not paid on it", () => {
    const kept = { id: "z9", claimId: "OLD-9", traineeId: "p1", measure: "insuredSkillUpgradeSubsidy", provision: "gbf2019.employee-training", payee: { kind: "trainee", id: "p1" }, amount: "1000.00", basisDate: "2019-08-01" } as unknown as Grant;
    expect(lines(heldDocument(FOUR, ["a"], { ledger: [kept] }))["d"]).not.toMatch(/^granted/);
  });

  it("a skill-upgrade grant of the trainee on another certificate of EX-ELEC 初级工: the held claim meets other_measure_already_paid when refiled, so it takes no place and the 4th (EX-COOK 900.00) is paid", () => {
    const z: Grant = grant({ id: "z1", measure: "insuredSkillUpgradeSubsidy", certificateId: "c-old", occupationCode: "EX-ELEC", level: "junior", basisDate: "2019-08-01" as never });
    expect(lines(heldDocument(FOUR, ["a"], { ledger: [z] }))).toMatchObject({ b: "granted:1500.00:", c: "granted:1200.00:", d: "granted:900.00:" });
    // refiled naming its own course: a is refused for the other measure (the two doors agree)
    expect(lines(heldDocument(FOUR, [], { ledger: [z] }))["a"]).toContain("other_measure_already_paid");
  });
});

describe("findings — 「同一职业同一等级不可重复享受」 read on the held claims' own dates", () => {
  // what: 0408b6d (annualCap.ts heldInYear `once`, neverPaid's forOccupation) reads trainingSubsidy.noRepeatMeasures on the
  //   JUDGED claim's date (trainingSubsidy.ts `ctx.param(noRepeatMeasures, date)`), and treats every held claim of the year
  //   as if the rule were in force on ITS date. Where the rule begins within the year (a province's pack), two claims held
  //   on two EX-ELEC 初级工 certificates issued before it each may be paid (nothing forbids the repeat on their dates), but
  //   are counted as one place.
  // why: the cap 「原则上每人每年可享受不超过3次」 counts every training subsidy of the year; 「同一职业同一等级不可重复享受」
  //   can only merge two held claims where it is in force on the later one's date (the held claims are judged on their own
  //   basis dates, reading claim-order-by-issue-date).
  // fix: in heldInYear, key a held claim by occupation@level only when noRepeatMeasures resolved on its OWN basisDate holds
  //   its measure; likewise neverPaid's forOccupation test (pass a date → measures reader, or resolve per held claim).
  // money: a (03-01) and e (03-15) EX-ELEC 初级工 held, the rule in force from 2020-07-01; b 2020-08-01 (1500.00) paid;
  //   c EX-WELD 2020-09-01: 1 grant + 2 places = 3 → must be held; today paid 1200.00, and if a and e are then both paid the
  //   year has four training subsidies. Confidence 45 % (the mechanism is sure; no shipped policy starts the rule mid-year).
  it.fails("where 「同一职业同一等级不可重复享受」 begins mid-year, two claims held on EX-ELEC 初级工 certificates issued before it may both be paid: two places — the 3rd of 2020 (EX-WELD) is held, not paid 1200.00", () => {
    const starts = noRepeatFrom([{ from: "2019-05-18", value: null }, { from: "2020-07-01", value: ["trainingSubsidy"] }]);
    const rows = [["a", "EX-ELEC", "junior", "2020-03-01"], ["e", "EX-ELEC", "junior", "2020-03-15"], ["b", "EX-ELEC", "intermediate", "2020-08-01"], ["c", "EX-WELD", "junior", "2020-09-01"]] as const;
    const out = lines(heldDocument(rows, ["a", "e"]), starts);
    expect(out["b"]).toBe("granted:1500.00:");
    expect(out["c"]).toBe("undecidable:null:earlier_claim_undecided");
  });

  // what/why/fix as above, the other way: the rule in force on the held claims' dates and ended by the judged claim's.
  // money: a (03-01) and e (03-15) EX-ELEC 初级工 held while the rule is in force (e is refused if a is paid, and e's own
  //   date keeps the rule when refiled): one place; b 2020-08-01 paid 1500.00; c EX-WELD 2020-09-01: 1 + 1 = 2 < 3 → paid
  //   1200.00; today held. Confidence 40 % (a province ending the rule is hypothetical).
  it.fails("where 「同一职业同一等级不可重复享受」 ends mid-year, two claims held on EX-ELEC 初级工 certificates issued while it was in force are paid once between them: one place — the 3rd of 2020 (EX-WELD 1200.00) is paid", () => {
    const ends = noRepeatFrom([{ from: "2019-05-18", value: ["trainingSubsidy"] }, { from: "2020-07-01", value: null }]);
    const rows = [["a", "EX-ELEC", "junior", "2020-03-01"], ["e", "EX-ELEC", "junior", "2020-03-15"], ["b", "EX-ELEC", "intermediate", "2020-08-01"], ["c", "EX-WELD", "junior", "2020-09-01"]] as const;
    const out = lines(heldDocument(rows, ["a"]), ends);
    expect(out["e"]).toBe("undecidable:null:earlier_claim_undecided");
    expect(out["b"]).toBe("granted:1500.00:");
    expect(out["c"]).toBe("granted:1200.00:");
  });
  // what/why/fix as above, neverPaid's side: a held claim whose occupation@level an earlier grant paid is judged 'never paid'
  //   by the rule read on the judged claim's date, though on the held claim's own date the rule is not in force.
  // money: EX-ELEC 初级工 paid 2019-08-01 (the ledger; another year, not counted); a (EX-ELEC 初级工 2020-03-01) held before the
  //   rule's start (2020-07-01): refiled, nothing forbids the repeat on its date, so it may be paid — a place; b 1500.00 (0 + 1),
  //   c 1200.00 (1 + 1), d EX-COOK 2020-10-01: 2 grants + 1 place = 3 → must be held; today paid 900.00 (a 4th if a is paid).
  //   Confidence 40 %.
  it.fails("where 「同一职业同一等级不可重复享受」 begins mid-year, a claim held on EX-ELEC 初级工 issued before it is not 'never paid' for an EX-ELEC 初级工 grant of an earlier year: it keeps its place — the 4th of 2020 (EX-COOK) is held, not paid 900.00", () => {
    const starts = noRepeatFrom([{ from: "2019-05-18", value: null }, { from: "2020-07-01", value: ["trainingSubsidy"] }]);
    const g0: Grant = grant({ id: "g0", occupationCode: "EX-ELEC", level: "junior", basisDate: "2019-08-01" as never });
    const rows = [["a", "EX-ELEC", "junior", "2020-03-01"], ["b", "EX-ELEC", "intermediate", "2020-08-01"], ["c", "EX-WELD", "junior", "2020-09-01"], ["d", "EX-COOK", "junior", "2020-10-01"]] as const;
    const out = lines(heldDocument(rows, ["a"], { ledger: [g0] }), starts);
    expect([out["b"], out["c"]]).toEqual(["granted:1500.00:", "granted:1200.00:"]);
    expect(out["d"]).toBe("undecidable:null:earlier_claim_undecided");
  });
});

/** The national chain with a province widening the scope from 2020-01-01 (test/support/national.ts). */
const widened = (value: ScopeAdjustment): Policy => withExampleCatalogue(withProvinceWidening(value));

describe("controls (held right) — 「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」 keyed on the 资格", () => {
  const wide = widened({ statuses: [], withoutMonthlyPension: true });
  const claimOf = (trainee: Record<string, unknown>, issuedOn = "2020-03-01") => evaluateClaim(wide, input({ course: { startDate: d("2019-12-01"), endDate: d("2019-12-20") }, certificate: { issuedOn: d(issuedOn) }, trainee: trainee as never }));
  it("the ordinary unemployed trainee, and an enterprise employee, in a group of §(十一) are paid EX-ELEC 初级工 1000.00 under the widening, unasked of the pension (on 2019-12-31, 2020-01-01, 2020-01-02)", () => {
    for (const issuedOn of ["2019-12-31", "2020-01-01", "2020-01-02"]) {
      for (const t of [{}, { statuses: ["enterpriseEmployee"] }]) {
        const x = claimOf(t, issuedOn);
        expect([x.outcome, x.amount, x.missingFacts], `${issuedOn} ${JSON.stringify(t)}`).toEqual(["granted", "1000.00", []]);
      }
    }
  });
  it("a person of no group: not entitled paid 1000.00; silent asked trainee.monthlyPensionEntitled; entitled refused monthly_pension_entitled", () => {
    const none = { statuses: [], birthDate: d("1955-01-01") };
    expect(claimOf({ ...none, monthlyPensionEntitled: false }).amount).toBe("1000.00");
    expect(claimOf(none).missingFacts).toEqual(["trainee.monthlyPensionEntitled"]);
    expect(claimOf({ ...none, monthlyPensionEntitled: true }).reasons.map((r) => r.code)).toContain("monthly_pension_entitled");
  });
});

describe("controls (held right) — Jiaxing jx2019 四(三)四 「对建档立卡低收入农户家庭劳动力、就业困难人员、零就业家庭成员」 and the paired-region person", () => {
  const allowance = (statuses: string[]) =>
    evaluateBatch(JX, parsed({ trainees: [worker({ statuses })], courses: [course("K1")], claims: [{ id: "L", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2020-07-01" }] })).decisions[0];
  it("a 对口支援地区建档立卡贫困人员 who is also 就业困难人员, or disabled, or of a 零就业家庭, is not refused by the widened exception; one who is only paired-region is refused citing 四(三)四", () => {
    const only = allowance(["pairedRegionPovertyRegistered"]);
    expect(only?.outcome).toBe("denied");
    expect(only?.reasons.find((r) => r.code === "not_in_living_allowance_group")?.citation).toMatchObject({ provision: "jx2019.living-allowance" });
    for (const other of ["employmentDifficulty", "disabled", "zeroEmploymentHousehold"]) {
      const x = allowance(["pairedRegionPovertyRegistered", other]);
      expect(x?.reasons.map((r) => r.code), other).not.toContain("not_in_living_allowance_group");
      expect(allowance([other])?.outcome, other).toBe(x?.outcome);
    }
  });
});

// ---- 以工代训 under the national frameworks with an illustrative local monthly standard (gbf2019 §(十二)
// 「市（地）以上人力资源社会保障部门、财政部门可在规定的原则下结合实际确定职业培训补贴标准」) ----
const STANDARD_LABEL = { zh: "以工代训补贴标准（示意）", en: "work-for-training standard (illustrative)" };
const EC = { id: "E1", name: "示例扶贫车间", region: HERE, unemploymentInsuranceRegion: HERE };
const wft = (months: string[]) => ({ id: "W", measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", months, submittedOn: "2020-01-05" });
const months = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => `2019-${String(from + i).padStart(2, "0")}`);
const standard = (values: { from: string; value: string | null }[]): Policy => withExampleStandard(NF, "work-for-training", workForTrainingMonthlyRate, STANDARD_LABEL, values as never);
const wf = (policy: Policy, claimed: string[], on?: string): Decision =>
  evaluateBatch(policy, parsed({ trainees: [cityWorker({ statuses: ["povertyRegistered"], employerId: "E1" })], enterprises: [EC], claims: [wft(claimed)] }), on === undefined ? {} : { on: civilDate(on) }).decisions[0]!;
const paidMonths = (x: Decision) => x.reasons.find((r) => r.code === "work_for_training_months")?.facts["months"];

describe("controls (held right) — 以工代训 「最长不超过6个月」 with the city's standard from 2019-07-01", () => {
  it("June–November claimed: July–November paid, 5 × 500.00 = 2500.00, June named before the standard; judged on 2019-09-15, July–September, 3 × 500.00 = 1500.00, June and October–November named", () => {
    const july = standard([{ from: "2019-07-01", value: "500.00" }]);
    const all = wf(july, months(6, 11));
    expect([all.outcome, all.amount, paidMonths(all)]).toEqual(["granted", "2500.00", months(7, 11)]);
    expect(all.reasons.find((r) => r.code === "before_provision_start")?.facts).toEqual({ date: "2019-06-01", startsOn: "2019-07-01", months: ["2019-06"] });
    const early = wf(july, months(6, 12), "2019-09-15");
    expect([early.outcome, early.amount, paidMonths(early)]).toEqual(["granted", "1500.00", months(7, 9)]);
    expect(early.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["before_provision_start", "work_for_training_months_not_begun"]));
  });
});

describe("findings — 以工代训 months after the city's standard ends, or in a gap", () => {
  // what: 6236985 sets aside only months BEFORE the first month the standard prices (workForTraining.ts firstPriced /
  //   sorted.splice(0, firstPriced)); a month after the standard ends stays among the months to pay and the rate loop returns
  //   the whole claim unresolved (provision_not_in_force, missing parameter workForTraining.monthlyRate).
  // why: the standard is the city's, 「结合实际确定职业培训补贴标准」; the commit's own rule (a month the standard does not price
  //   is not paid and not counted, the months it prices are paid) holds as much for a month after it ends as before it begins.
  // fix: filter every unpriced month (not just a leading run) out of `sorted` before workForTrainingMonths, naming them (a
  //   second reason, e.g. provision_not_in_force/before_provision_start with the months); hold only when no month is priced.
  // money: standard 500.00 from 2019-05-18 ended 2019-10-01, July–December claimed: July–September 3 × 500.00 = 1500.00 held
  //   today. Confidence 35 % (holding for a standard the data may lack is defensible; but the leading case now pays).
  // Mended 2026-12-07 (cold review 85 F2 found it again: workForTraining.ts leaves every later month no standard prices
  // unpaid and uncounted); seen passing as `it.fails` no more.
  it("a standard that ends on 2019-10-01: July–December claimed pays the priced July–September, 3 × 500.00 = 1500.00, and does not hold the claim whole", () => {
    const ended = standard([{ from: "2019-05-18", value: "500.00" }, { from: "2019-10-01", value: null }]);
    const x = wf(ended, months(7, 12));
    expect([x.outcome, x.amount, paidMonths(x)]).toEqual(["granted", "1500.00", months(7, 9)]);
  });

  // what/why/fix as above. money: 500.00 to July, none August–September, 600.00 from October; June–November claimed: June,
  //   July 2 × 500.00 + October, November 2 × 600.00 = 2200.00 held today. Confidence 30 %.
  // Mended 2026-12-07 (cold review 85 F2 found it again: workForTraining.ts leaves every later month no standard prices
  // unpaid and uncounted); seen passing as `it.fails` no more.
  it("a standard with a gap (none in August and September 2019): June–November claimed pays June–July at 500.00 and October–November at 600.00, 2200.00", () => {
    const gap = standard([{ from: "2019-05-18", value: "500.00" }, { from: "2019-08-01", value: null }, { from: "2019-10-01", value: "600.00" }]);
    const x = wf(gap, months(6, 11));
    expect([x.outcome, x.amount, paidMonths(x)]).toEqual(["granted", "2200.00", ["2019-06", "2019-07", "2019-10", "2019-11"]]);
  });
});

describe("findings — Jiaxing jx2019 四(三)四's messages", () => {
  const allowance = (statuses: string[]) =>
    evaluateBatch(JX, parsed({ trainees: [worker({ statuses })], courses: [course("K1")], claims: [{ id: "L", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2020-07-01" }] })).decisions[0];
  // what: 22bee23 refuses the 对口支援地区建档立卡贫困人员 the living allowance citing jx2019 四(三)四, with the national message of
  //   not_in_living_allowance_group: "不属于生活费补贴对象（贫困劳动力、就业困难人员、零就业家庭成员、…）" — yet the same commit
  //   reads him as a 贫困劳动力 (「建档立卡贫困劳动力（以下简称贫困劳动力）」, reading poverty-labourer-register). The message tells
  //   him he is not in a group he is in; what Jiaxing's list names and he is not is 「建档立卡低收入农户家庭劳动力」.
  // why: jx2019 四(三)四 「四是对建档立卡低收入农户家庭劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员」.
  // fix: Jiaxing's refusal (jxLivingAllowanceGroupCheck) carries its own list (facts.groups, or a message key) naming
  //   建档立卡低收入农户家庭劳动力 / poverty-registered low-income rural households; zh and en alike.
  // money: none (the refusal stands). Confidence 55 %.
  it.fails("jx2019 四(三)四 refusing a 对口支援地区建档立卡贫困人员 names Jiaxing's list, 「建档立卡低收入农户家庭劳动力」, not 「贫困劳动力」, a group the reading puts him in", () => {
    const r = allowance(["pairedRegionPovertyRegistered"])?.reasons.find((x) => x.code === "not_in_living_allowance_group");
    expect(r?.citation).toMatchObject({ provision: "jx2019.living-allowance", clause: "四(三)四" });
    expect(r?.message.zh).toContain("建档立卡低收入农户家庭劳动力");
    expect(r?.message.zh).not.toContain("（贫困劳动力、");
  });

  // what: jxDisabledLivingAllowanceCheck (before 22bee23; now reached by a paired-region person who is disabled too) puts the
  //   code employmentDifficulty(disabled) into the grant's message: "属于生活费补贴对象：employmentDifficulty(disabled)".
  // why: jx2019's group is 就业困难人员 (the layer's label: "嘉兴：就业困难人员（含残疾人）给予生活费补贴"); the message should say so.
  // fix: a label for JX_DISABLED_LIVING_ALLOWANCE_GROUP in the locales (zh 就业困难人员（残疾人）, en employment-difficulty (disabled)).
  // money: none (500.00 paid, right). Confidence 50 %.
  // fixed 2026-12-05 (the lead: the locales' terms name JX_DISABLED_LIVING_ALLOWANCE_GROUP, zh 就业困难人员（残疾人）, en
  // employment-difficulty (disabled)): now it(...).
  it("a disabled person in Jiaxing paid the living allowance (10 × 50.00 = 500.00) is told so in words, not in the code employmentDifficulty(disabled)", () => {
    const x = allowance(["pairedRegionPovertyRegistered", "disabled"]);
    expect(x?.amount).toBe("500.00");
    const r = x?.reasons.find((y) => y.code === "in_living_allowance_group");
    expect(r?.message.zh).not.toContain("employmentDifficulty");
    expect(r?.message.en).not.toContain("employmentDifficulty");
    expect([r?.message.zh, r?.message.en]).toEqual(["属于生活费补贴对象：就业困难人员（残疾人）", "in a living-allowance group: employment-difficulty (disabled)"]);
  });
});

describe("findings — the widening's message while the entitlement is asked", () => {
  // what: trainingSubsidyGroups.ts (the unknown branch kept by 3eca820) holds a person of no group, his entitlement
  //   unstated, with reason not_in_group, whose message says flatly "不属于省级调整后的补贴人员范围（身份：未登记任何人员类别）" /
  //   "not in the province's widened subsidy scope (statuses: none recorded)" — yet the outcome is undecidable and he IS in
  //   the scope if he is not entitled: the message decides what the claim leaves open, and does not say what is asked.
  // why: gbf2019 §(十二) 「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」 — in or out turns on the 资格 asked.
  // fix: a message (or code) for the unknown branch naming the fact asked: whether he is entitled to a monthly pension
  //   (是否具有按月领取养老金资格), zh and en.
  // money: none (held, 1000.00 waits). Confidence 45 %.
  it.fails("a person of no group whose entitlement is unstated, held under 「不具有按月领取养老金资格的人员」, is told the entitlement is asked, not that he is outside the scope", () => {
    const wide = widened({ statuses: [], withoutMonthlyPension: true });
    const x = evaluateClaim(wide, input({ course: { startDate: d("2019-12-01"), endDate: d("2019-12-20") }, trainee: { birthDate: d("1955-01-01"), statuses: [] } as never }));
    expect([x.outcome, x.missingFacts]).toEqual(["undecidable", ["trainee.monthlyPensionEntitled"]]);
    const r = x.reasons.find((y) => y.code === "not_in_group" || y.code === "in_group");
    expect(r?.message.zh).toContain("养老金");
    expect(r?.message.en).toContain("pension");
  });
});
