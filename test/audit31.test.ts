/**
 * Cold audit 31 (2026-12-06): which national text governs the day — gbf2019 → plan2021 → op2025 under
 * `nationalFrameworksPolicy()`, at and either side of 2019-05-18, 2022-01-01, 2025-06-20 and 2028-01-01.
 *
 * What I read, before the code: law/sources/op2025.txt whole; gbf2019 §(二), §(十一)–(十三); plan2021 §(六), §(十),
 * §(十三), §(二十六). Then src/jurisdictions/national/*.ts and their .params.yaml, src/jurisdictions/policies.ts,
 * trainingSubsidy.ts (the framework and fee cap are asked on the certificate's issue day) and costSharing.ts; only then
 * the readings national-measures-end-with-framework, before-first-day-denied-after-last-undecidable and
 * cost-sharing-market-priced-only.
 *
 * My reading of the texts: gbf2019 is issued on 2019-05-18 and runs 「2019 年至 2021 年」; plan2021 carries its subsidies
 * on (「按规定对符合条件的参训人员给予职业培训补贴、技能提升补贴和生活费补贴」) and adds one group (「积极为毕业年度学生提供职业技能培训服务并纳入职业培训补贴范畴」);
 * op2025 runs 「从2025年到2027年底」, adds no group and no amount, and says 「按规定落实各项补贴政策」. The training subsidy is
 * paid on a certificate (「参加培训后取得证书」), so the text in force on the certificate's day governs it; the living allowance
 * is paid 「在培训期间」, so the text in force on each day trained governs that day; 以工代训 is paid by month. Before
 * 2019-05-18 none of the three texts is in force for any measure it creates; after 2027 none is.
 *
 * Figures: ILLUSTRATIVE (not any city's standards). The example city's catalogue of test/support/national.ts (EX-ELEC
 * 初级工 1000.00, 学徒工 500.00), here as an edition in force from 2019-01-01 so that the first boundary is the texts' and
 * not the catalogue's; a living allowance of 50.00 a day and 以工代训 of 500.00 a month (from 2019-05-18 unless a test says
 * otherwise); the skill-upgrade standards of test/support/world.ts (初级工 1000.00 from 2019-06-01).
 *
 * Controls first (passing), then the records (`it.fails`, each run once as `it` to see it fail at its own assertion).
 * src/ untouched.
 */
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, livingAllowanceDailyRate, nationalFrameworksPolicy, workForTrainingMonthlyRate } from "../src/index.js";
import { SubsidyCatalogue } from "../src/records/catalogue.js";
import { parsed, withSkillUpgradeStandards } from "./support/world.js";
import { cityWorker, cityCourse, cityCert, ts, skillUpgrade, kept, TRAINEE, HERE } from "./support/ordinary.js";
import { illustrativeCatalogue, regionalPolicy, withExampleStandard } from "./support/national.js";

type O = Record<string, unknown>;

/** The example catalogue (ILLUSTRATIVE figures) as an edition in force from 2019-01-01. */
const CAT = SubsidyCatalogue.parse({ ...illustrativeCatalogue, id: "example-2019-01", effectiveFrom: "2019-01-01" });

/** The national frameworks with the example catalogue and ILLUSTRATIVE local rates: living allowance `la` a day, 以工代训 `wt` a month, each from `from`. */
function nf(from = "2019-05-18", la = "50.00", wt = "500.00"): Policy {
  const base = withSkillUpgradeStandards(regionalPolicy(nationalFrameworksPolicy(), CAT));
  const withLa = withExampleStandard(base, "living-allowance", livingAllowanceDailyRate, { zh: "生活费补贴标准（示意）", en: "living-allowance standard (illustrative)" }, [{ from, value: la }]);
  return withExampleStandard(withLa, "work-for-training", workForTrainingMonthlyRate, { zh: "以工代训补贴标准（示意）", en: "work-for-training standard (illustrative)" }, [{ from, value: wt }]);
}
const NF = nf();
/** The same with the local rates in force from 2019-01-01, before gbf2019 (a city's standing rate, ILLUSTRATIVE). */
const NF_EARLY_RATES = nf("2019-01-01");

const E = [{ id: "E1", name: "示例企业（示意）", region: HERE, unemploymentInsuranceRegion: HERE }];
const decide = (policy: Policy, doc: O): Record<string, Decision> => Object.fromEntries(evaluateBatch(policy, parsed(doc)).decisions.map((d) => [d.claimId, d]));
const paid = (d: Decision | undefined): string => `${d?.outcome}:${d?.amount}`;
const held = (d: Decision | undefined): string => `${d?.outcome}:${d?.amount ?? "null"}:${d?.reasons[0]?.code}`;
const framework = (d: Decision | undefined): unknown => d?.reasons.find((r) => r.code === "training_subsidy_standard")?.facts["framework"];

/** One training-subsidy claim of an uninsured example-city resident with `statuses`: a course `start`…`end`, its certificate issued `issuedOn`, filed `filed`. */
function tsClaim(statuses: string[], start: string, end: string, issuedOn: string, opts: { filed?: string; course?: O; level?: string; claim?: O } = {}): Decision | undefined {
  return decide(NF, {
    trainees: [cityWorker({ statuses, unemploymentInsuranceMonths: undefined })],
    courses: [cityCourse("K1", { startDate: start, endDate: end, ...opts.course })],
    certificates: [cityCert("C1", { issuedOn, ...(opts.level === undefined ? {} : { level: opts.level }) })],
    claims: [ts("TS", "C1", { submittedOn: opts.filed ?? "2029-03-01", ...opts.claim })],
  })["TS"];
}
/** A 贫困劳动力's living allowance for a 20-day course `start`…`end` under `policy`. */
function la(policy: Policy, start: string, end: string, statuses = ["povertyRegistered"]): Decision | undefined {
  return decide(policy, {
    trainees: [cityWorker({ statuses, unemploymentInsuranceMonths: undefined })],
    courses: [cityCourse("K1", { startDate: start, endDate: end, attendedDays: 20 })],
    claims: [{ id: "LA", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2029-03-01" }],
  })["LA"];
}
/** E1's 以工代训 claim for a 贫困劳动力 it employs, for `months`. */
function wt(policy: Policy, months: string[]): Decision | undefined {
  return decide(policy, {
    trainees: [cityWorker({ statuses: ["povertyRegistered"], employerId: "E1" })],
    enterprises: E,
    claims: [{ id: "WT", measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", months, submittedOn: "2029-03-05" }],
  })["WT"];
}

describe("controls: the text in force on the claim's basis governs (passing)", () => {
  it("the ordinary 下岗失业人员's certificate is judged by the text in force on its issue day, whatever the course's days or the filing: held on 2019-05-17, paid 1000.00 under gbf2019 on 2019-05-18 and 2021-12-31, plan2021 on 2022-01-01 and 2025-06-19, op2025 on 2025-06-20 and 2027-12-31, held on 2028-01-01", () => {
    // the course ends in the earlier framework each time (the day before the certificate's month), and every claim is filed in 2029
    const cases = [
      ["2019-04-20", "2019-05-09", "2019-05-18", "gbf2019"],
      ["2021-12-01", "2021-12-20", "2021-12-31", "gbf2019"],
      ["2021-12-01", "2021-12-20", "2022-01-01", "plan2021"],
      ["2025-05-01", "2025-05-20", "2025-06-19", "plan2021"],
      ["2025-05-01", "2025-05-20", "2025-06-20", "op2025"],
      ["2027-12-01", "2027-12-20", "2027-12-31", "op2025"],
    ] as const;
    for (const [start, end, issued, text] of cases) {
      const d = tsClaim(["unemployed"], start, end, issued);
      // EX-ELEC 初级工 row of the example catalogue: 1000.00 (ILLUSTRATIVE); 下岗失业人员 are in gbf2019 §(十一)'s 免费职业技能培训 list
      expect([issued, paid(d), framework(d)]).toEqual([issued, "granted:1000.00", text]);
    }
    // before gbf2019's issue and after 「2027年底」 no national text of the chain is in force: held for a text not held, not refused
    expect(held(tsClaim(["unemployed"], "2019-04-20", "2019-05-09", "2019-05-17"))).toBe("undecidable:null:provision_not_in_force");
    expect(held(tsClaim(["unemployed"], "2027-12-01", "2027-12-20", "2028-01-01"))).toBe("undecidable:null:provision_not_in_force");
  });

  it("a 毕业年度学生 comes into the subsidy only with plan2021 (「积极为毕业年度学生提供职业技能培训服务并纳入职业培训补贴范畴」): a December 2021 course's certificate of 2021-12-31 is refused under gbf2019 §(十一), of 2022-01-01 paid 1000.00 even when filed in 2029, of 2028-01-01 held; the worker in no group is refused on both sides of 2022-01-01", () => {
    const student = (issued: string) => tsClaim(["graduationYearStudent"], "2021-12-01", "2021-12-20", issued);
    const r = student("2021-12-31");
    expect([held(r), r?.reasons.find((x) => x.code === "not_in_group")?.citation.provision]).toEqual(["denied:0.00:not_in_group", "gbf2019.subsidy-groups"]);
    const p = student("2022-01-01");
    // EX-ELEC 初级工 1000.00 (ILLUSTRATIVE); the group passes under plan2021's clause
    expect([paid(p), p?.reasons.find((x) => x.code === "in_group")?.citation.provision]).toEqual(["granted:1000.00", "plan2021.graduation-year-students"]);
    expect(held(student("2028-01-01"))).toBe("undecidable:null:provision_not_in_force");
    for (const issued of ["2021-12-31", "2022-01-01"]) expect([issued, held(tsClaim([], "2021-12-01", "2021-12-20", issued))]).toEqual([issued, "denied:0.00:not_in_group"]);
  });

  it("the fee cap of op2025 (「收费实行市场调节价的培训项目,可探索建立“市场化收费+政府补贴”相结合的培训成本分摊机制」) is asked on the certificate's day: a market-priced May 2025 course that charged 600.00 is paid 1000.00 on a certificate of 2025-06-19 and 600.00 on one of 2025-06-20, whether filed in 2025 or 2027; a free course is paid 1000.00 on 2025-06-20", () => {
    const market = { pricing: "market", feeCharged: "600.00" };
    for (const filed of ["2025-06-25", "2027-06-01"]) {
      const before = tsClaim(["unemployed"], "2025-05-01", "2025-05-20", "2025-06-19", { filed, course: market });
      const after = tsClaim(["unemployed"], "2025-05-01", "2025-05-20", "2025-06-20", { filed, course: market });
      // plan2021's day: the EX-ELEC 初级工 standard 1000.00 (ILLUSTRATIVE), no cap
      expect([filed, paid(before)]).toEqual([filed, "granted:1000.00"]);
      // op2025's day: min(1000.00, 600.00) = 600.00, the line citing op2025's cost sharing
      expect([filed, paid(after), after?.reasons.find((x) => x.code === "training_subsidy_standard")?.citation.provision]).toEqual([filed, "granted:600.00", "op2025.cost-sharing"]);
    }
    // free training is not 「收费实行市场调节价」: 1000.00
    // Changed (reading course-free-to-trainee, cold review 109 F2): paid to the free course's organiser, not the trainee
    expect(paid(tsClaim(["unemployed"], "2025-05-01", "2025-05-20", "2025-06-20", { course: { pricing: "free", organizerId: "ORG1" }, claim: { claimant: { kind: "organizer", id: "ORG1" } } }))).toBe("granted:1000.00");
  });

  it("the living allowance asks its days trained: a 贫困劳动力's 20-day course of December 2021 is paid 1000.00 whatever day its certificate bears; with a rate from 2019-05-18, a course of 2019-05-09…05-28 is paid its 11 days from 2019-05-18; a 下岗失业人员 (not in 「对贫困劳动力、就业困难人员、零就业家庭成员」) is refused", () => {
    // 2021-12-01 … 12-20: 20 days × 50.00 = 1000.00 (ILLUSTRATIVE rate)
    expect(paid(la(NF, "2021-12-01", "2021-12-20"))).toBe("granted:1000.00");
    // 2019-05-18 … 05-28 = 11 days × 50.00 = 550.00 (the rate's first day here is gbf2019's)
    expect(paid(la(NF, "2019-05-09", "2019-05-28"))).toBe("granted:550.00");
    expect(held(la(NF, "2021-12-01", "2021-12-20", ["unemployed"]))).toBe("denied:0.00:not_in_living_allowance_group");
  });

  it("以工代训 (「给予一定期限的职业培训补贴，最长不超过6个月」) is a measure of the frameworks: June 2019 is paid 500.00, April 2019 refused as before the subsidy's start, December 2027 paid 500.00 with January 2028 left for a later text", () => {
    expect(paid(wt(NF, ["2019-06"]))).toBe("granted:500.00"); // 1 month × 500.00 (ILLUSTRATIVE)
    expect(held(wt(NF_EARLY_RATES, ["2019-04"]))).toBe("denied:0.00:before_provision_start");
    const end = wt(NF, ["2027-12", "2028-01"]);
    // December 2027 only: 1 × 500.00 = 500.00; January 2028 named not in force
    expect([paid(end), end?.reasons.some((r) => r.code === "provision_not_in_force")]).toEqual(["granted:500.00", true]);
  });

  it("「原则上每人每年可享受不超过 3次，但同一职业同一等级不可重复享受」 counts the subsidies a person enjoyed in 2019 before gbf2019's issue: three grants of February–April 2019 leave no place for a June 2019 certificate, and an EX-ELEC 初级工 grant of February 2019 bars a second", () => {
    // my reading: the sentence counts 职业培训补贴 a person 「每年可享受」, not only those paid under this text; 55 %
    const g = (id: string, basisDate: string, occupationCode: string) => kept({ id, claimId: `O-${id}`, measure: "trainingSubsidy", provision: "example.earlier-rule", amount: "500.00", basisDate, occupationCode, level: "junior", certificateId: `OC-${id}` });
    const doc = (ledger: O[]) => ({ trainees: [cityWorker({ statuses: ["unemployed"], unemploymentInsuranceMonths: undefined })], courses: [cityCourse("K1", { startDate: "2019-05-20", endDate: "2019-06-08" })], certificates: [cityCert("C1", { issuedOn: "2019-06-15" })], claims: [ts("TS", "C1", { submittedOn: "2019-07-01" })], ledger });
    expect(held(decide(NF, doc([g("G1", "2019-02-01", "EX-A"), g("G2", "2019-03-01", "EX-B"), g("G3", "2019-04-01", "EX-C")]))["TS"])).toBe("denied:0.00:annual_cap_reached");
    expect(held(decide(NF, doc([g("G1", "2019-02-01", "EX-ELEC")]))["TS"])).toBe("denied:0.00:occupation_level_already_subsidised");
    // control of the control: with two earlier grants the June certificate is the third, paid 1000.00 (ILLUSTRATIVE)
    expect(paid(decide(NF, doc([g("G1", "2019-02-01", "EX-A"), g("G2", "2019-03-01", "EX-B")]))["TS"])).toBe("granted:1000.00");
  });

  it("the skill-upgrade subsidy, resting on the unemployment insurance, is paid an insured 企业职工 1000.00 on either side of 2025-06-20 and of 2028-01-01", () => {
    for (const issued of ["2025-06-19", "2025-06-20", "2027-12-31", "2028-01-01"]) {
      const d = decide(NF, {
        trainees: [cityWorker({ statuses: ["enterpriseEmployee"], employerId: "E1" })],
        enterprises: E,
        courses: [cityCourse("K1", { startDate: `${issued.slice(0, 4)}-05-01`, endDate: `${issued.slice(0, 4)}-05-20` })],
        certificates: [cityCert("C1", { issuedOn: issued })],
        claims: [{ ...skillUpgrade("SU", "C1"), submittedOn: "2029-03-01" }],
      })["SU"];
      expect([issued, paid(d)]).toEqual([issued, "granted:1000.00"]); // 初级工 skill-upgrade standard 1000.00 (ILLUSTRATIVE)
    }
  });

  it("the apprenticeship subsidy is never paid under the national frameworks alone (「给予企业每人每年 4000 元以上的职业培训补贴」 leaves the amount local): an apprenticeship begun in 2019, 2021 or 2027 is held; no money moves at any boundary", () => {
    for (const [start, end] of [["2019-03-01", "2020-02-28"], ["2021-06-01", "2023-05-31"], ["2027-06-01", "2029-05-31"]]) {
      const d = decide(NF, {
        trainees: [cityWorker({ statuses: ["enterpriseEmployee"], employerId: "E1" })],
        enterprises: E,
        apprenticeships: [{ id: "AP1", traineeId: "P1", enterpriseId: "E1", kind: "employee", occupation: { code: "EX-WELD", name: "示例焊工" }, startDate: start, endDate: end, annualStandard: "5000.00" }],
        claims: [{ id: "AS", measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, apprenticeshipId: "AP1", enterpriseId: "E1", submittedOn: "2029-06-15" }],
      })["AS"];
      expect([start, d?.outcome, d?.amount ?? null]).toEqual([start, "undecidable", null]);
    }
  });
});

describe("records: departures from the texts (it.fails)", () => {
  // What: with a city's living-allowance rate in force before gbf2019 (ILLUSTRATIVE 50.00 a day from 2019-01-01), a
  // 贫困劳动力's course wholly in April 2019 is paid its 20 days, 1000.00, under the national frameworks — though no text of
  // the chain is in force on any of those days; the training subsidy of a certificate of 2019-05-17 is held
  // (provision_not_in_force) and 以工代训 for April 2019 refused (before_provision_start) under the same policy.
  // Why: the allowance is gbf2019's — 「对贫困劳动力、就业困难人员、零就业家庭成员……在培训期间按规定通过就业补助资金同时给予生活费补贴」 —
  // and gbf2019 is dated 「2019年5月18日」; the library's own reading (national-measures-end-with-framework) says a local rate
  // with no end date does not answer for a later text, and by the same token a local rate with an earlier start does not put
  // gbf2019 in force before its issue. The framework is asked on each day only at the end, not at the start.
  // Alternatives: refuse the days before 2019-05-18 as before the subsidy's start (as 以工代训's months are; what I assert:
  // not granted); hold them for an earlier text not held (as the training subsidy of 2019-05-17 is); pay them (as shipped:
  // the local rate answers).
  // Confidence: 70 %.
  // Money: 20 days × 50.00 = 1000.00 paid (ILLUSTRATIVE) where 0.00 is due under the texts held.
  // Mended 2026-12-06: the living allowance prices a day only while a national framework is in force, before as after (reading national-measures-end-with-framework).
  it("a living allowance for a course wholly before gbf2019's issue (2019-04-09 … 04-28) is not paid under the national frameworks, whatever the local rate's first day", () => {
    const d = la(NF_EARLY_RATES, "2019-04-09", "2019-04-28");
    expect(d?.outcome).not.toBe("granted");
  });

  // What: the same rate (ILLUSTRATIVE 50.00 from 2019-01-01); a course 2019-05-09 … 05-28 is paid all 20 days, 1000.00,
  // including the 9 days 2019-05-09 … 05-17 before gbf2019's issue.
  // Why: as above — 「在培训期间」 accrues the allowance day by day (reading living-allowance-day-by-day), and on 9 of those
  // days no text of the chain is in force (「2019年5月18日」); the library pays a course across the END of the frameworks its
  // days before the end only, but a course across their START all its days.
  // Alternatives: pay 11 days (what I assert); hold the claim for the 9 earlier days; pay all 20 (as shipped).
  // Confidence: 65 %.
  // Money: 9 days × 50.00 = 450.00 overpaid (ILLUSTRATIVE): 1000.00 paid, 11 × 50.00 = 550.00 due.
  // Mended 2026-12-06: the living allowance prices a day only while a national framework is in force, before as after (reading national-measures-end-with-framework).
  it("a living allowance for a course of 2019-05-09 … 05-28 is paid its 11 days from 2019-05-18, 550.00, not its 20", () => {
    expect(paid(la(NF_EARLY_RATES, "2019-05-09", "2019-05-28"))).toBe("granted:550.00");
  });

  // What: 以工代训 for May 2019 is refused whole (before_provision_start, dated 2019-05-01) though gbf2019 is in force from
  // 2019-05-18, 14 of the month's 31 days; the living allowance of the same fortnight is paid by day.
  // Why: 「吸纳贫困劳动力就业并开展以工代训……给予一定期限的职业培训补贴，最长不超过 6个月」 counts months of 以工代训 and sets no rule
  // that a month must begin inside the text's days; the enterprise's work-for-training in late May 2019 was done under it.
  // Dating the month by its first day refuses what the text covers for half the month.
  // Alternatives: pay the month whole (what I assert, 500.00); pay 14/31 of it (225.81); refuse it (as shipped, symmetric
  // with January 2028 held by its first day).
  // Confidence: 35 %.
  // Money: 500.00 a claim (ILLUSTRATIVE, 1 month × 500.00), and the month counts toward the six.
  it.fails("以工代训 for May 2019, a month in part under gbf2019, is paid 500.00 rather than refused as before its start", () => {
    expect(paid(wt(NF_EARLY_RATES, ["2019-05"]))).toBe("granted:500.00");
  });
});
