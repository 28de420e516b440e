/**
 * jx2019.employee-apprentice and jx2019.student-apprentice under the Jiaxing policy.
 * The per-apprenticeship standards below are examples of data a caller supplies; the
 * range 4000–10000, the cap 3000 and the terms of 2 and 1 years are the text's.
 */
import { describe, expect, it } from "vitest";
import type { Decision } from "../src/core/decision.js";
import { Ledger } from "../src/core/ledger.js";
import { evaluateClaim } from "../src/engine.js";
import { jiaxingPolicy, nationalPolicy } from "../src/jurisdictions/policies.js";
import { apprenticeshipSubsidy, wholeMonths } from "../src/jurisdictions/jiaxing/apprenticeshipSubsidy.js";
import { Evaluation } from "../src/core/decision.js";
import { Claim, Grant } from "../src/records/claim.js";
import { Trainee } from "../src/records/trainee.js";
import { Apprenticeship, Enterprise } from "../src/records/training.js";
import { buildPolicy, defineLayer, replaceParameter } from "../src/core/layer.js";
import { employeeApprenticeTerms } from "../src/jurisdictions/jiaxing/apprenticeshipSubsidy.js";
import { cite } from "../src/core/citation.js";
import { explainReason } from "../src/engine.js";
import type { CivilDate } from "../src/core/date.js";
import { fault } from "./support/fault.js";
import { evaluateBatch } from "../src/engine.js";
import { apprentice, E1, period } from "./support/apprenticeship.js";
import { outcome } from "./support/outcome.js";
import { parsed } from "./support/world.js";

type O = Record<string, unknown>;
const HERE = "zhejiang.jiaxing.tongxiang";
const LOCAL_ENTERPRISE: O = { id: "e1", name: "嘉兴示例企业", unemploymentInsuranceRegion: "zhejiang.jiaxing.tongxiang" };
function decide(a: O = {}, o: { claim?: O; ledger?: O[]; policy?: ReturnType<typeof jiaxingPolicy>; enterprise?: O | null } = {}): Decision {
  return evaluateClaim(o.policy ?? jiaxingPolicy(), {
    claim: Claim.parse({ id: "ap1", measure: "apprenticeshipSubsidy", traineeId: "p1", claimant: { kind: "enterprise", id: "e1" }, apprenticeshipId: "a1", submittedOn: "2021-01-15", ...o.claim }),
    trainee: Trainee.parse({ id: "p1", birthDate: "1998-05-01", statuses: ["enterpriseEmployee"], hukouRegion: HERE }),
    apprenticeship: Apprenticeship.parse({ id: "a1", traineeId: "p1", enterpriseId: "e1", kind: "employee", occupation: { code: "EX-WELD", name: "焊工（示意）" }, startDate: "2020-01-01", endDate: "2020-12-31", annualStandard: "6000.00", ...a }),
    ...(o.enterprise === null ? {} : { enterprise: Enterprise.parse(o.enterprise ?? LOCAL_ENTERPRISE) }),
    ledger: Ledger.from((o.ledger ?? []).map((g) => Grant.parse(g))),
  });
}
const prior = (id: string, provision = "jx2019.employee-apprentice"): O => ({ id, claimId: id, traineeId: "p1", measure: "apprenticeshipSubsidy", provision, payee: { kind: "enterprise", id: "e-other" }, amount: "6000.00", basisDate: "2019-01-01" });
const codes = (d: Decision) => d.reasons.map((r) => r.code);

describe("wholeMonths counts whole calendar months of a period", () => {
  it("a calendar year is 12, half a year 6, a month less a day 0", () => {
    const m = (a: string, b: string) => wholeMonths(a as CivilDate, b as CivilDate);
    expect([m("2020-01-01", "2020-12-31"), m("2020-01-01", "2020-06-30"), m("2020-01-01", "2020-06-29"), m("2020-03-15", "2020-04-13"), m("2020-03-15", "2020-04-14")]).toEqual([12, 6, 5, 0, 1]);
  });
  it("counting stops at 1200 months (a hundred years), however long the period", () => {
    const m = (a: string, b: string) => wholeMonths(a as CivilDate, b as CivilDate);
    expect(m("1900-01-01", "1999-12-31")).toBe(1200);
    expect(m("1900-01-01", "2099-12-31")).toBe(1200);
  });
});

describe("jx2019.employee-apprentice: 4000–10000 yuan a year to the enterprise, at most 2 years", () => {
  it("a full year at the apprenticeship's 6000 standard pays 6000.00 to the enterprise", () => {
    const d = decide();
    // 6000 yuan/year (the record's standard, within 4000–10000) × 12/12
    expect([d.outcome, d.amount, d.payee]).toEqual(["granted", "6000.00", { kind: "enterprise", id: "e1" }]);
    expect(d.lines[0]?.citation.provision).toBe("jx2019.employee-apprentice");
  });
  it("part of a year is prorated by whole months: 7 months of 6000 = 3500.00; 5 months of 4001 = 1667.08", () => {
    // 6000 × 7 ÷ 12 = 3500
    expect(decide({ endDate: "2020-07-31" }).amount).toBe("3500.00");
    // 4001 × 5 ÷ 12 = 1667.0833… → 1667.08 (rounded once)
    expect(decide({ endDate: "2020-05-31", annualStandard: "4001.00" }).amount).toBe("1667.08");
  });
  // Changed (reading apprenticeship-standard-out-of-range, cold review 109 F1): a standard one fen outside is held
  // (undecidable, asking for apprenticeship.annualStandard), no longer denied.
  it("the range's ends are allowed and one fen outside is held for a standard within it", () => {
    // 4000 and 10000 yuan/year × 12/12
    expect(decide({ annualStandard: "4000.00" }).amount).toBe("4000.00");
    expect(decide({ annualStandard: "10000.00" }).amount).toBe("10000.00");
    expect(codes(decide({ annualStandard: "3999.99" }))).toContain("apprenticeship_standard_out_of_range");
    expect(decide({ annualStandard: "10000.01" }).outcome).toBe("undecidable");
    expect(decide({ annualStandard: "10000.01" }).missingFacts).toEqual(["apprenticeship.annualStandard"]);
    expect(decide({ annualStandard: "10000.01" }).reasons).toMatchObject([{ code: "apprenticeship_standard_out_of_range", citation: { provision: "jx2019.employee-apprentice" }, facts: { standard: "10000.01", min: "4000.00", max: "10000.00" } }]);
    expect(decide().reasons.find((r) => r.code === "apprenticeship_standard")?.facts).toEqual({ standard: "6000.00", min: "4000.00", max: "10000.00" });
  });
  it("year 2 is paid, year 3 is not, counted over the person's history with any enterprise (reading: apprenticeship-years-over-history)", () => {
    // second year: 6000 yuan
    expect(decide({}, { ledger: [prior("g1")] }).amount).toBe("6000.00");
    const third = decide({}, { ledger: [prior("g1"), prior("g2")] });
    expect([third.outcome, codes(third)]).toEqual(["denied", expect.arrayContaining(["apprenticeship_term_used"])]);
    expect(third.reasons).toMatchObject([{ code: "apprenticeship_term_used", citation: { provision: "jx2019.employee-apprentice" }, facts: { year: 3, maxYears: 2, earlierGrants: ["g1", "g2"] } }]);
    expect(decide({}, { ledger: [prior("g1")] }).reasons.find((r) => r.code === "apprenticeship_year_within_term")?.facts).toEqual({ year: 2, maxYears: 2, monthsPaid: 12, monthsLeft: 12, earlierGrants: ["g1"] });
    // a student-apprentice year does not count against the employee term
    expect(decide({}, { ledger: [prior("g1"), prior("g2", "jx2019.student-apprentice")] }).outcome).toBe("granted");
  });
  it("without a standard the claim is undecidable; only the enterprise is paid", () => {
    expect(decide({ annualStandard: undefined }).missingFacts).toEqual(["apprenticeship.annualStandard"]);
    expect(codes(decide({}, { claim: { claimant: { kind: "trainee", id: "p1" } } }))).toContain("payee_not_enterprise");
  });
  it("「补助原则上不超过2年」 with 「每人每年」: an ordinary two-year apprenticeship recorded as one period is paid its first year, 6000.00, not refused (reading apprenticeship-month-count)", () => {
    const d = decide({ endDate: "2021-12-31" });
    // 6000 yuan/year × min(24 whole months, 12 a claim) ÷ 12 = 6000.00
    expect([d.outcome, d.amount, d.payee]).toEqual(["granted", "6000.00", { kind: "enterprise", id: "e1" }]);
    expect(d.lines[0]).toMatchObject({ quantity: 12, unit: "month", rate: "500.00", amount: "6000.00" });
  });
  it("a claim pays at most 12 months however long the period (30 months: 6000.00), and no more than the term left (after 18 months paid elsewhere, 6 left: 3000.00)", () => {
    // 6000 × min(30, 12) ÷ 12 = 6000.00
    expect(decide({ endDate: "2022-06-30" }).amount).toBe("6000.00");
    // 24 − 18 (a grant with its 18-month period) = 6 left: 6000 × 6 ÷ 12 = 3000.00
    const eighteen = { ...prior("g18"), basisKeys: ["apprenticeshipSubsidy|p1|apprenticeship a0", "apprenticeshipSubsidy|p1|period 2018-01-01..2019-06-30"] };
    const d = decide({ endDate: "2021-12-31" }, { ledger: [eighteen] });
    expect([d.outcome, d.amount, d.lines[0]?.quantity]).toEqual(["granted", "3000.00", 6]);
  });
  it("a 12-month period after 24 months paid is refused, the term used; after 12 paid it is paid (6000.00)", () => {
    const year = (id: string, period: string) => ({ ...prior(id), basisKeys: [`apprenticeshipSubsidy|p1|apprenticeship ${id}`, `apprenticeshipSubsidy|p1|period ${period}`] });
    const used = decide({}, { ledger: [year("y1", "2018-01-01..2018-12-31"), year("y2", "2019-01-01..2019-12-31")] });
    expect(codes(used)).toContain("apprenticeship_term_used");
    // 24 − 12 = 12 left: 6000 × 12 ÷ 12 = 6000.00
    expect(decide({}, { ledger: [year("y1", "2018-01-01..2018-12-31")] }).amount).toBe("6000.00");
  });
  it("under the national texts alone there is no measure for it", () => {
    expect(decide({}, { policy: nationalPolicy() }).outcome).toBe("undecidable");
  });
});

describe("jx2019.student-apprentice: the monthly internship allowance standard as the yearly amount, at most 3000, 1 year", () => {
  const student = { kind: "student", annualStandard: undefined };
  it("an allowance of 2500 pays 2500.00 for a year; 3000 pays 3000.00; 3001 is capped at 3000.00", () => {
    // 2500 ≤ 3000 → 2500 × 12/12
    expect(decide({ ...student, monthlyInternshipAllowance: "2500.00" }).amount).toBe("2500.00");
    expect(decide({ ...student, monthlyInternshipAllowance: "3000.00" }).amount).toBe("3000.00");
    // 3001 > 3000 → capped at 3000
    expect(decide({ ...student, monthlyInternshipAllowance: "3001.00" }).amount).toBe("3000.00");
    expect(decide({ ...student, monthlyInternshipAllowance: "3000.00" }).lines[0]?.citation.provision).toBe("jx2019.student-apprentice");
  });
  it("「补助不超过1年」: a student apprenticeship recorded over two years is paid its one year, 2500.00, not refused (reading apprenticeship-month-count)", () => {
    const d = decide({ ...student, monthlyInternshipAllowance: "2500.00", endDate: "2021-12-31" });
    // 2500 (≤ 3000) a year × min(24, 12 months left) ÷ 12 = 2500.00
    expect([d.outcome, d.amount, d.lines[0]?.quantity]).toEqual(["granted", "2500.00", 12]);
  });
  it("a second year is not paid", () => {
    const d = decide({ ...student, monthlyInternshipAllowance: "2000.00" }, { ledger: [prior("s1", "jx2019.student-apprentice")] });
    expect([d.outcome, codes(d)]).toEqual(["denied", expect.arrayContaining(["apprenticeship_term_used"])]);
  });
  it("without the allowance the claim is undecidable", () => {
    expect(decide(student).missingFacts).toEqual(["apprenticeship.monthlyInternshipAllowance"]);
  });
});

describe("what an apprenticeship decision says when it is not paid", () => {
  it("a claim without its apprenticeship record is undecidable, naming claim.apprenticeshipId", () => {
    const d = evaluateClaim(jiaxingPolicy(), {
      claim: Claim.parse({ id: "ap1", measure: "apprenticeshipSubsidy", traineeId: "p1", claimant: { kind: "enterprise", id: "e1" }, submittedOn: "2021-01-15" }),
      trainee: Trainee.parse({ id: "p1", birthDate: "1998-05-01", statuses: ["enterpriseEmployee"], hukouRegion: HERE }),
      ledger: Ledger.empty,
    });
    expect([d.outcome, d.amount, d.missingFacts]).toEqual(["undecidable", null, ["claim.apprenticeshipId"]]);
    expect(d.reasons).toMatchObject([{ code: "missing_record", facts: { field: "claim.apprenticeshipId" } }]);
  });
  it("the rule's own finding without the record pays no line and names no payee", () => {
    const finding = new Evaluation(jiaxingPolicy(), "2021-01-15" as CivilDate).use(apprenticeshipSubsidy, {
      claim: Claim.parse({ id: "ap1", measure: "apprenticeshipSubsidy", traineeId: "p1", claimant: { kind: "enterprise", id: "e1" }, submittedOn: "2021-01-15" }),
      trainee: Trainee.parse({ id: "p1", birthDate: "1998-05-01", statuses: ["enterpriseEmployee"], hukouRegion: HERE }),
      ledger: Ledger.empty,
    });
    expect(finding).toMatchObject({ outcome: "undecidable", payee: null, lines: [] });
  });
  it("an apprenticeship that starts before the plan (2019-12-13) finds no terms in force: undecidable, not paid", () => {
    const d = decide({ startDate: "2019-12-01", endDate: "2020-11-30" });
    expect([d.outcome, d.amount]).toEqual(["undecidable", null]);
    expect(codes(d)).toEqual(["provision_not_in_force"]);
  });
  it("reading apprenticeship-terms-at-start: the terms in force on the first day govern the whole period — one starting 2021-12-31, the plan's last day, is paid 6000.00; one starting 2019-12-12, the day before the plan, is undecidable", () => {
    // 6000 yuan/year × 12/12 under the terms of 2021-12-31 (months after 2022-01-01 included: an open question, see the reading)
    expect(decide({ startDate: "2021-12-31", endDate: "2022-12-30" }).amount).toBe("6000.00");
    // the first day in force, 2019-12-13: 6000 yuan/year × 12/12
    expect(decide({ startDate: "2019-12-13", endDate: "2020-12-12" }).amount).toBe("6000.00");
    expect(codes(decide({ startDate: "2019-12-12", endDate: "2020-12-11" }))).toEqual(["provision_not_in_force"]);
    // from 2022-01-01 no Jiaxing terms: undecidable
    expect(codes(decide({ startDate: "2022-01-01", endDate: "2022-12-31" }))).toEqual(["provision_not_in_force"]);
  });
  it("a claim by the apprentice is denied: only the enterprise is paid, and the reason names who claimed", () => {
    const d = decide({}, { claim: { claimant: { kind: "trainee", id: "p1" } } });
    expect(d.outcome).toBe("denied");
    expect(d.reasons).toMatchObject([{ code: "payee_not_enterprise", citation: { provision: "jx2019.employee-apprentice" }, facts: { claimant: "trainee" } }]);
  });
  it("13 whole months are paid their first 12 (6000.00); less than one whole month is too short: denied, with the period", () => {
    // 6000 × min(13, 12) ÷ 12 = 6000.00
    expect(decide({ endDate: "2021-01-31" }).amount).toBe("6000.00");
    // 2020-01-01 to 2020-01-30: not a whole month
    const short = decide({ endDate: "2020-01-30" });
    expect(short.outcome).toBe("denied");
    expect(short.reasons).toMatchObject([{ code: "apprenticeship_period_too_short", facts: { startDate: "2020-01-01", endDate: "2020-01-30", months: 0 } }]);
    // exactly one whole month: 6000 × 1 ÷ 12 = 500.00
    expect(decide({ endDate: "2020-01-31" }).amount).toBe("500.00");
  });
  it("the rule's own finding for a denied claim pays no line and names no payee, even with a standard given", () => {
    const finding = new Evaluation(jiaxingPolicy(), "2021-01-15" as CivilDate).use(apprenticeshipSubsidy, {
      claim: Claim.parse({ id: "ap1", measure: "apprenticeshipSubsidy", traineeId: "p1", claimant: { kind: "trainee", id: "p1" }, apprenticeshipId: "a1", submittedOn: "2021-01-15" }),
      trainee: Trainee.parse({ id: "p1", birthDate: "1998-05-01", statuses: ["enterpriseEmployee"], hukouRegion: HERE }),
      apprenticeship: Apprenticeship.parse({ id: "a1", traineeId: "p1", enterpriseId: "e1", kind: "employee", occupation: { code: "EX-WELD", name: "焊工（示意）" }, startDate: "2020-01-01", endDate: "2020-12-31", annualStandard: "6000.00" }),
      ledger: Ledger.empty,
    });
    expect(finding).toMatchObject({ outcome: "denied", payee: null, lines: [] });
  });
  it("a granted apprenticeship enters the claim history under its start date and occupation", () => {
    const finding = new Evaluation(jiaxingPolicy(), "2021-01-15" as CivilDate).use(apprenticeshipSubsidy, {
      claim: Claim.parse({ id: "ap1", measure: "apprenticeshipSubsidy", traineeId: "p1", claimant: { kind: "enterprise", id: "e1" }, apprenticeshipId: "a1", submittedOn: "2021-01-15" }),
      trainee: Trainee.parse({ id: "p1", birthDate: "1998-05-01", statuses: ["enterpriseEmployee"], hukouRegion: HERE }),
      apprenticeship: Apprenticeship.parse({ id: "a1", traineeId: "p1", enterpriseId: "e1", kind: "employee", occupation: { code: "EX-WELD", name: "焊工（示意）" }, startDate: "2020-01-01", endDate: "2020-12-31", annualStandard: "6000.00" }),
      enterprise: Enterprise.parse(LOCAL_ENTERPRISE),
      ledger: Ledger.empty,
    });
    expect(finding).toMatchObject({ outcome: "granted", payee: { kind: "enterprise", id: "e1" }, basis: { date: "2020-01-01", occupationCode: "EX-WELD" } });
  });
  it("an employee apprenticeship without its standard names the apprenticeship", () => {
    expect(decide({ annualStandard: undefined }).reasons).toMatchObject([{ code: "apprenticeship_standard_unknown", citation: { provision: "jx2019.employee-apprentice" }, facts: { apprenticeship: "a1" } }]);
  });
  it("the paid line is months at a twelfth of the yearly standard, to the enterprise, under the Jiaxing layer; the basis is the start date and occupation", () => {
    const d = decide({ endDate: "2020-07-31" });
    // 6000 yuan/year ÷ 12 = 500 yuan/month × 7 months = 3500
    expect(d.lines).toEqual([expect.objectContaining({ quantity: 7, unit: "month", rate: "500.00", amount: "3500.00", payee: { kind: "enterprise", id: "e1" }, layer: "zhejiang.jiaxing.jx2019" })]);
  });
  it("a student apprenticeship's standard reason shows the allowance, the cap and the yearly amount paid", () => {
    // 3001 capped at 3000 (jx2019.student-apprentice)
    expect(decide({ kind: "student", annualStandard: undefined, monthlyInternshipAllowance: "3001.00" }).reasons.find((r) => r.code === "student_apprentice_standard")?.facts).toEqual({ allowance: "3001.00", cap: "3000.00", yearly: "3000.00" });
  });
  it("a student apprenticeship without its allowance names the apprenticeship", () => {
    const d = decide({ kind: "student", annualStandard: undefined });
    expect(d.reasons).toMatchObject([{ code: "apprenticeship_standard_unknown", citation: { provision: "jx2019.student-apprentice" }, facts: { apprenticeship: "a1" } }]);
  });
});

describe("reading apprenticeship-month-count: a month of the period ends the day before the same day of the next month, or that month's last day when it has no such day", () => {
  const m = (a: string, b: string) => wholeMonths(a as CivilDate, b as CivilDate);
  it("a period starting on the 1st: a month is the calendar month; ending on the 30th of a 31-day month leaves that month incomplete", () => {
    // 2020-01-01..2020-12-31: 12 months; ..12-30: December is one day short
    expect([m("2020-01-01", "2020-12-31"), m("2020-01-01", "2020-12-30"), m("2020-01-01", "2020-06-30"), m("2020-01-01", "2020-06-29")]).toEqual([12, 11, 6, 5]);
  });
  it("a period starting on the 31st: into a 30-day month the month ends on its 30th, not a day earlier", () => {
    // 2020-03-31 + 1 month: April has no 31st, so the month ends 2020-04-30
    expect([m("2020-03-31", "2020-04-30"), m("2020-03-31", "2020-04-29")]).toEqual([1, 0]);
    // into a 31-day month the month ends the day before the 31st
    expect([m("2020-01-31", "2020-03-30"), m("2020-01-31", "2020-03-29")]).toEqual([2, 1]);
    expect([m("2019-10-31", "2019-11-30"), m("2019-10-31", "2019-11-29")]).toEqual([1, 0]);
  });
  it("February, leap year and not: a month from 01-29/30/31 ends on February's last day", () => {
    // 2020 is a leap year: February ends on the 29th
    expect([m("2020-01-31", "2020-02-29"), m("2020-01-31", "2020-02-28"), m("2020-01-30", "2020-02-29"), m("2020-01-29", "2020-02-28"), m("2020-01-29", "2020-02-27")]).toEqual([1, 0, 1, 1, 0]);
    // 2021 is not: February ends on the 28th
    expect([m("2021-01-31", "2021-02-28"), m("2021-01-31", "2021-02-27"), m("2021-01-29", "2021-02-28"), m("2021-01-28", "2021-02-27")]).toEqual([1, 0, 1, 1]);
    // a year from 29 February: 2020-02-29..2021-02-28 is 12 months
    expect([m("2020-02-29", "2021-02-28"), m("2020-02-29", "2021-02-27")]).toEqual([12, 11]);
  });
  it("a 12-month period from the 31st of a month is paid 12 months, not 13", () => {
    // 2019-12-31..2020-12-30: 12 months (the 12th ends the day before 2020-12-31)
    expect(m("2019-12-31", "2020-12-30")).toBe(12);
    expect(decide({ startDate: "2019-12-31", endDate: "2020-12-30" }).amount).toBe("6000.00");
  });
});

describe("jx2019 五(十一) 「享受职业技能培训补贴的企业，按属地原则由失业保险参保地进行管理」: the enterprise is insured in Jiaxing", () => {
  it("an enterprise insured in Jiaxing is paid; one insured elsewhere is denied; without its record the claim is undecidable", () => {
    expect(decide().outcome).toBe("granted");
    const elsewhere = decide({}, { enterprise: { id: "e1", name: "外地企业", unemploymentInsuranceRegion: "anhui.hefei" } });
    expect([elsewhere.outcome, codes(elsewhere)]).toEqual(["denied", ["enterprise_ui_elsewhere"]]);
    expect(elsewhere.reasons[0]?.citation.provision).toBe("jx2019.ui-locality");
    const unknown = decide({}, { enterprise: null });
    expect([unknown.outcome, unknown.missingFacts]).toEqual(["undecidable", ["claim.enterpriseId"]]);
  });
});

describe("gbf2019 §(十一) 「给予企业每人每年4000元以上的职业培训补贴」: the floor binds the terms the rule reads", () => {
  const countyWith = (min: string) => () =>
    buildPolicy({
      id: "t",
      label: { zh: "测试", en: "test" },
      layers: [
        ...jiaxingPolicy().layers,
        defineLayer({
          id: "test.county",
          level: "county",
          region: "zhejiang.jiaxing.tongxiang",
          label: { zh: "示例县（示意）", en: "example county (illustrative)" },
          documents: ["jx2019"],
          scope: cite("jx2019.employee-apprentice", "三(一)二"),
          parameterOverrides: [
            replaceParameter(employeeApprenticeTerms, {
              label: { zh: "示例学徒补贴区间", en: "example apprentice range" },
              citation: cite("jx2019.employee-apprentice", "三(一)二"),
              values: [{ from: "2020-01-01", value: { min, max: "10000.00", maxYears: 2 } }],
              lastVerifiedOn: "2026-11-25",
            }),
          ],
        }),
      ],
    });
  it("a layer setting the employee-apprentice range from 4000 loads; from 3999.99 it fails, naming the floor", () => {
    expect(countyWith("4000.00")).not.toThrow();
    // 3999.99 < 「4000元以上」
    expect(countyWith("3999.99")).toThrow(fault("breaks_constraint", { provision: "gbf2019.apprenticeship-floor" }));
  });
});

describe("reading student-apprentice-amount: 「学生学徒补贴金额一般可按学徒月实习津贴标准确定，每人每年不高于3000元」", () => {
  it("the yearly amount is one month's internship allowance, at most 3000; the message calls the allowance monthly", () => {
    const d = decide({ kind: "student", annualStandard: undefined, monthlyInternshipAllowance: "2500.00" });
    // one month's allowance 2500 ≤ 3000: 2500 for a year of 12 months
    expect(d.amount).toBe("2500.00");
    const reason = d.reasons.find((r) => r.code === "student_apprentice_standard");
    expect(reason?.facts).toEqual({ allowance: "2500.00", cap: "3000.00", yearly: "2500.00" });
    expect(reason?.message.zh).toContain("月实习津贴");
    expect(reason?.message.zh).not.toMatch(/每人每年 ?2500/);
    void explainReason;
  });
});

describe("jx2019 三(一)二 「职工学徒按每人每年4000元至10000元的标准给予企业补贴，补助原则上不超过2年」: one record is claimed year by year, each year once it has begun (reading apprenticeship-month-count)", () => {
  /** A second enterprise insured in Jiaxing (海宁). */
  const E2 = { id: "E2", name: "嘉兴另一示例企业", region: "zhejiang.jiaxing.haining", unemploymentInsuranceRegion: "zhejiang.jiaxing.haining" };
  const apClaim = (id: string, apprenticeshipId: string, submittedOn: string, o: O = {}): O => ({ id, measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, apprenticeshipId, enterpriseId: "E1", submittedOn, ...o });
  const twoYears = period("A2", "2020-01-01", "2021-12-31");
  const run = (claims: O[], apprenticeships: O[] = [twoYears], ledger: O[] = [], on?: string) =>
    evaluateBatch(jiaxingPolicy(), parsed({ trainees: [apprentice], enterprises: [E1, E2], apprenticeships, claims, ledger }), on === undefined ? {} : { on: on as CivilDate });
  const byId = (r: ReturnType<typeof run>) => Object.fromEntries(r.decisions.map((d) => [d.claimId, d]));
  /** A grant kept by another system: no pay-once keys, the record and months it names given in `o`. */
  const foreign = (o: O): O => ({ id: "G-9", claimId: "OLD-1", traineeId: "P1", measure: "apprenticeshipSubsidy", provision: "jx2019.employee-apprentice", payee: { kind: "enterprise", id: "E1" }, amount: "6000.00", basisDate: "2021-01-01", ...o });
  const monthsOf = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);

  it("an ordinary two-year apprenticeship recorded as one record is paid its second year on a second claim (6000.00 each); a third claim is refused", () => {
    const r = run([apClaim("Y1", "A2", "2021-01-05"), apClaim("Y2", "A2", "2022-01-05"), apClaim("Y3", "A2", "2022-02-05")]);
    const d = byId(r);
    // Y1: year 1, 2020-01-01..2020-12-31: 6000 × 12 ÷ 12 = 6000.00
    expect(outcome(d["Y1"])).toContain("granted:6000.00");
    // Y2: year 2, 2021-01-01..2021-12-31, begun before 2022-01-05: 6000 × 12 ÷ 12 = 6000.00 (24 months of the term, 12 paid)
    expect(outcome(d["Y2"])).toContain("granted:6000.00");
    // Y3: both years paid
    expect(outcome(d["Y3"])).toBe("denied:0.00:basis_already_paid");
    expect(d["Y3"]?.reasons[0]?.facts).toEqual({ basis: ["apprenticeship A2"], earlierClaims: ["Y1", "Y2"] });
    // each grant names the record and the days of the year it paid, dated on that year's first day
    expect(r.grants.map((g) => [g.claimId, g.apprenticeshipId, g.basisDate, g.basisKeys])).toEqual([
      ["Y1", "A2", "2020-01-01", ["apprenticeshipSubsidy|P1|period 2020-01-01..2020-12-31"]],
      ["Y2", "A2", "2021-01-01", ["apprenticeshipSubsidy|P1|period 2021-01-01..2021-12-31"]],
    ]);
    // the second year in a later run, against the ledger the first wrote (read back as JSON): 6000.00, then refused
    const first = run([apClaim("Y1", "A2", "2021-01-05")]);
    const later = byId(run([apClaim("Y2", "A2", "2022-01-05"), apClaim("Y3", "A2", "2022-02-05")], [twoYears], JSON.parse(JSON.stringify(first.ledger.grants())) as O[]));
    expect(outcome(later["Y2"])).toContain("granted:6000.00");
    expect(outcome(later["Y3"])).toBe("denied:0.00:basis_already_paid");
  });

  it("the second year is paid once it has begun: a claim judged the day before its first day is denied; on that day and the day after it is paid 6000.00", () => {
    // the record 2020-03-15..2022-03-14: year 2 begins 2021-03-15 (12 months from the record's first day)
    const a = period("A3", "2020-03-15", "2022-03-14");
    const yearOne = run([apClaim("Y1", "A3", "2020-04-01")], [a]).ledger.grants() as unknown as O[];
    const second = (submittedOn: string, on?: string) => run([apClaim("Y2", "A3", submittedOn)], [a], yearOne, on).decisions[0];
    const before = second("2021-03-14");
    expect(outcome(before)).toBe("denied:0.00:apprenticeship_year_not_begun");
    expect(before?.reasons[0]?.facts).toEqual({ apprenticeship: "A3", year: 2, firstDay: "2021-03-15", on: "2021-03-14" });
    // 6000 × 12 ÷ 12 = 6000.00 for 2021-03-15..2022-03-14
    expect(outcome(second("2021-03-15"))).toContain("granted:6000.00");
    expect(outcome(second("2021-03-16"))).toContain("granted:6000.00");
    // judged on a given day (options.on), that day decides, not the filing date
    expect(outcome(second("2021-03-16", "2021-03-14"))).toBe("denied:0.00:apprenticeship_year_not_begun");
    expect(outcome(second("2021-03-14", "2021-03-15"))).toContain("granted:6000.00");
  });

  it("the same claim filed twice (two claim ids) four days into the first year pays the first year once: the second year has not begun (6000.00, not 12000.00 at once)", () => {
    const r = byId(run([apClaim("X1", "A2", "2020-01-05"), apClaim("X2", "A2", "2020-01-05")]));
    // X1: 6000 × 12 ÷ 12 = 6000.00 for 2020; X2 would be 2021, which begins 2021-01-01
    expect(outcome(r["X1"])).toContain("granted:6000.00");
    expect(outcome(r["X2"])).toBe("denied:0.00:apprenticeship_year_not_begun");
    // refiled once 2021 has begun, it is paid: 6000 × 12 ÷ 12 = 6000.00
    expect(outcome(byId(run([apClaim("X1", "A2", "2020-01-05"), apClaim("X2", "A2", "2020-01-05"), apClaim("X3", "A2", "2021-01-01")]))["X3"])).toContain("granted:6000.00");
  });

  it("another system's grant naming the record's second year's months: a claim pays the first year (6000.00), not the second again; then the record is paid", () => {
    const paidYearTwo = foreign({ apprenticeshipId: "A2", months: monthsOf(2021) });
    const r = byId(run([apClaim("Y1", "A2", "2022-01-05"), apClaim("Y2", "A2", "2022-02-05")], [twoYears], [paidYearTwo]));
    // Y1: 2020 unpaid, 2021 paid on OLD-1: 6000 × 12 ÷ 12 = 6000.00 for 2020 (24 − 12 months of the term left)
    expect(outcome(r["Y1"])).toContain("granted:6000.00");
    expect(outcome(r["Y2"])).toBe("denied:0.00:basis_already_paid");
    // the same with the second year's period in our own key format
    const keyed = foreign({ apprenticeshipId: "A2", basisKeys: ["apprenticeshipSubsidy|P1|period 2021-01-01..2021-12-31"] });
    expect(outcome(run([apClaim("Y1", "A2", "2022-01-05")], [twoYears], [keyed]).decisions[0])).toContain("granted:6000.00");
    expect(run([apClaim("Y1", "A2", "2022-01-05")], [twoYears], [keyed]).grants[0]?.basisKeys).toEqual(["apprenticeshipSubsidy|P1|period 2020-01-01..2020-12-31"]);
  });

  it("another system's grant of the record that names neither its period nor its months: which year it paid is asked, never guessed; of a one-year record it paid the record", () => {
    const d = run([apClaim("Y1", "A2", "2022-01-05")], [twoYears], [foreign({ apprenticeshipId: "A2" })]).decisions[0];
    expect([d?.outcome, d?.amount, d?.missingFacts]).toEqual(["undecidable", null, ["grant G-9: basisKeys (its period)"]]);
    // a grant an earlier version keyed by the record alone: asked the same way
    const old = foreign({ basisKeys: ["apprenticeshipSubsidy|P1|apprenticeship A2"] });
    expect(run([apClaim("Y1", "A2", "2022-01-05")], [twoYears], [old]).decisions[0]?.missingFacts).toEqual(["grant G-9: basisKeys (its period)"]);
    // one an earlier version keyed by the record and its first year's period: the second year is paid, 6000.00
    const olderYearOne = foreign({ basisDate: "2020-01-01", basisKeys: ["apprenticeshipSubsidy|P1|apprenticeship A2", "apprenticeshipSubsidy|P1|period 2020-01-01..2020-12-31"] });
    expect(outcome(run([apClaim("Y2", "A2", "2022-01-05")], [twoYears], [olderYearOne]).decisions[0])).toContain("granted:6000.00");
    // a one-year record: the grant paid its one year
    expect(outcome(run([apClaim("Y1", "A1", "2021-01-05")], [period("A1", "2020-01-01", "2020-12-31")], [foreign({ apprenticeshipId: "A1" })]).decisions[0])).toBe("denied:0.00:basis_already_paid");
  });

  it("a year some of whose months another system paid is asked, not paid on a guess nor refused", () => {
    const half = foreign({ apprenticeshipId: "A2", months: monthsOf(2021).slice(6) });
    const ledger = [...(run([apClaim("Y1", "A2", "2021-01-05")]).ledger.grants() as unknown as O[]), half];
    const d = run([apClaim("Y2", "A2", "2022-01-05")], [twoYears], ledger).decisions[0];
    // 2021-07..12 paid on OLD-1; 2021-01..06 not: which months the year still owes is for an official
    expect(outcome(d)).toBe("undecidable:null:apprenticeship_year_partly_paid");
    expect(d?.reasons[0]?.facts).toEqual({ apprenticeship: "A2", year: 2, firstDay: "2021-01-01", lastDay: "2021-12-31", earlierClaims: ["OLD-1"] });
  });

  it("a record starting at a month's end: its second year runs from the same day a year on, and its key never runs past the record's end", () => {
    const r = run([apClaim("Y1", "A5", "2020-02-05"), apClaim("Y2", "A5", "2021-02-05")], [period("A5", "2020-01-31", "2021-03-30")]);
    // year 1 2020-01-31..2021-01-30: 6000 × 12 ÷ 12 = 6000.00; year 2 2021-01-31..2021-03-30, two whole months
    // (to 2021-02-28, February's last day, and to 2021-03-30): 6000 × 2 ÷ 12 = 1000.00
    expect(r.decisions.map(outcome).map((s) => s.split(":").slice(0, 2).join(":"))).toEqual(["granted:6000.00", "granted:1000.00"]);
    expect(r.grants.map((g) => g.basisKeys?.[0])).toEqual(["apprenticeshipSubsidy|P1|period 2020-01-31..2021-01-30", "apprenticeshipSubsidy|P1|period 2021-01-31..2021-03-30"]);
    // from 29 February 2020 to 28 April 2021: year 2 begins 1 March 2021 (February 2021 has no 29th); its months, counted
    // from that day, are one whole (to 2021-03-31; to 2021-04-30 is past the record's end): 6000 × 1 ÷ 12 = 500.00, its key
    // within the record (counted from the record's first day it would be two, to 03-28 and 04-28: an alternative of the
    // reading, whose key would count back one month fewer than it paid)
    const leap = run([apClaim("Y1", "A6", "2020-03-05"), apClaim("Y2", "A6", "2021-03-05")], [period("A6", "2020-02-29", "2021-04-28")]);
    expect(leap.decisions.map((d) => d.amount)).toEqual(["6000.00", "500.00"]);
    expect(leap.grants.map((g) => g.basisKeys?.[0])).toEqual(["apprenticeshipSubsidy|P1|period 2020-02-29..2021-02-28", "apprenticeshipSubsidy|P1|period 2021-03-01..2021-03-31"]);
  });

  it("reading apprenticeship-terms-at-start: a record begun under the plan is paid its second year under the terms of its first day, though that year begins after 2021-12-31", () => {
    const late = period("A7", "2021-06-01", "2023-05-31");
    const r = byId(run([apClaim("Z1", "A7", "2021-07-01"), apClaim("Z2", "A7", "2022-06-01")], [late]));
    // Z1: 2021-06-01..2022-05-31 under the terms of 2021-06-01: 6000 × 12 ÷ 12 = 6000.00
    expect(outcome(r["Z1"])).toContain("granted:6000.00");
    // Z2: 2022-06-01..2023-05-31, begun on 2022-06-01, under the same terms (the record's first day): 6000.00
    expect(outcome(r["Z2"])).toContain("granted:6000.00");
    expect(r["Z2"]?.lines[0]?.layer).toBe("zhejiang.jiaxing.jx2019");
  });

  it("「补助不超过1年」: a student's two-year record is paid its first year (2500.00); its second year is refused, the term used", () => {
    const student = period("S1", "2020-01-01", "2021-12-31", { kind: "student", annualStandard: undefined, monthlyInternshipAllowance: "2500.00" });
    const r = byId(run([apClaim("Y1", "S1", "2021-01-05"), apClaim("Y2", "S1", "2022-01-05")], [student]));
    // 2500 (≤ 3000) a year × 12 ÷ 12 = 2500.00; then 12 of the student's 12 months paid
    expect(outcome(r["Y1"])).toContain("granted:2500.00");
    expect(outcome(r["Y2"])).toBe("denied:0.00:apprenticeship_term_used");
  });

  it("24 months per person across enterprises: 18 months with E1 leave 6 with E2 (3000.00); E2's record's second year is refused", () => {
    const withE1 = period("B1", "2020-01-01", "2021-06-30");
    const withE2 = period("B2", "2021-07-01", "2022-12-31", { enterpriseId: "E2" });
    const e2 = (id: string, submittedOn: string) => apClaim(id, "B2", submittedOn, { claimant: { kind: "enterprise", id: "E2" }, enterpriseId: "E2" });
    const r = byId(run([apClaim("B1-1", "B1", "2020-02-01"), apClaim("B1-2", "B1", "2021-07-01"), e2("B2-1", "2021-07-05"), e2("B2-2", "2022-07-05")], [withE1, withE2]));
    // B1: 2020 (12 months, 6000.00), then 2021-01..06 (6 months: 6000 × 6 ÷ 12 = 3000.00)
    expect([outcome(r["B1-1"]), outcome(r["B1-2"])].map((s) => s.split(":").slice(0, 2).join(":"))).toEqual(["granted:6000.00", "granted:3000.00"]);
    // B2: 24 − 18 = 6 months left of its first year's 12: 6000 × 6 ÷ 12 = 3000.00
    expect(outcome(r["B2-1"])).toContain("granted:3000.00");
    expect(r["B2-1"]?.lines[0]?.quantity).toBe(6);
    // B2's second year (from 2022-07-01): the 24 months are paid
    expect(outcome(r["B2-2"])).toBe("denied:0.00:apprenticeship_term_used");
  });
});

describe("jx2019 三(一)二 「对于实施培养计划的新型学徒」 … 「给予企业补贴」: the subsidy goes to the enterprise that trains the apprentice, the one its record names", () => {
  const E2 = { ...E1, id: "E2", name: "另一企业（示意）" };
  const claim = (id: string, e: string): Record<string, unknown> => ({ id, measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: e }, apprenticeshipId: "A1", enterpriseId: e, submittedOn: "2021-01-05" });
  // A1: P1's employee apprenticeship with E1 (the record's enterpriseId), 2020-01-01..2020-12-31, at 6000 a year.
  const decide = (claims: Record<string, unknown>[]) =>
    Object.fromEntries(evaluateBatch(jiaxingPolicy(), parsed({ trainees: [apprentice], enterprises: [E1, E2], apprenticeships: [period("A1", "2020-01-01", "2020-12-31")], claims })).decisions.map((d) => [d.claimId, d]));

  it("the enterprise the record names is paid its year: 6000 × 12 ÷ 12 = 6000.00", () => {
    const d = decide([claim("X2", "E1")])["X2"];
    expect([d?.outcome, d?.amount, d?.payee?.id]).toEqual(["granted", "6000.00", "E1"]);
  });

  it("another enterprise claiming the record is denied, payee_not_enterprise naming the record's enterprise, and the record's enterprise is then paid 6000.00", () => {
    const r = decide([claim("X1", "E2"), claim("X2", "E1")]);
    expect([r["X1"]?.outcome, r["X1"]?.amount]).toEqual(["denied", "0.00"]);
    expect(r["X1"]?.reasons.map((x) => [x.code, x.facts])).toEqual([["payee_not_enterprise", { claimant: "enterprise", enterprise: "E1" }]]);
    // 6000 × 12 ÷ 12 = 6000.00, to E1: the stranger's claim paid no month
    expect([r["X2"]?.outcome, r["X2"]?.amount, r["X2"]?.payee?.id]).toEqual(["granted", "6000.00", "E1"]);
  });
});

describe("jx2019 三(一)二 「职工学徒按每人每年4000元至10000元的标准给予企业补贴，补助原则上不超过2年」: a held apprentice year keeps its place in the two-year term, first years first (reading claim-order-by-issue-date; cold review 111 F1, second look 111 Q1)", { timeout: 120_000 }, () => {
  // One employee apprentice P1: A1 with E1 (2020, one year) and A2 with E2 (2021–2022, two years). Standards are ILLUSTRATIVE
  // (6000.00 within the text's 4000–10000; 12000.00 outside it, a wrong record held by reading apprenticeship-standard-out-of-range).
  const E2 = { id: "E2", name: "嘉兴另一示例企业", region: "zhejiang.jiaxing.haining", unemploymentInsuranceRegion: "zhejiang.jiaxing.haining" };
  const a1 = (o: O = {}) => period("A1", "2020-01-01", "2020-12-31", o);
  const a2 = period("A2", "2021-01-01", "2022-12-31", { enterpriseId: "E2" });
  const c = (id: string, record: string, e: string, submittedOn: string): O => ({ id, measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: e }, apprenticeshipId: record, enterpriseId: e, submittedOn });
  const AS1 = c("AS1", "A1", "E1", "2021-01-05");
  const B1 = c("B1", "A2", "E2", "2022-01-05");
  const B2 = c("B2", "A2", "E2", "2023-01-05");
  const doc = (claims: O[], records: O[] = [a1({ annualStandard: "12000.00" }), a2], ledger: O[] = []) => ({ trainees: [apprentice], enterprises: [E1, E2], apprenticeships: records, claims, ledger });
  const run = (d: ReturnType<typeof doc>) => evaluateBatch(jiaxingPolicy(), parsed(d));
  /** "granted:6000.00", or the outcome and the reasons that decide it ("undecidable:earlier_claim_undecided"): the passing checks left out. */
  const PASSING = new Set(["enterprise_ui_local", "apprenticeship_year_within_term", "apprenticeship_standard", "student_apprentice_standard"]);
  const brief = (x: Decision) => (x.outcome === "granted" ? `granted:${x.amount}` : `${x.outcome}:${codes(x).filter((k) => !PASSING.has(k)).join("+")}`);
  const byId = (r: ReturnType<typeof run>) => Object.fromEntries(r.decisions.map((x) => [x.claimId, brief(x)]));

  it("the ordinary case: both records right, the apprentice's first two years are paid (E1 2020, E2 2021) and his third refused", () => {
    // 6000 × 12 ÷ 12 = 6000.00 for 2020 (E1) and for 2021 (E2); 2022 is a third year: 24 months paid, apprenticeship_term_used
    expect(byId(run(doc([AS1, B1, B2], [a1(), a2])))).toEqual({ AS1: "granted:6000.00", B1: "granted:6000.00", B2: "denied:apprenticeship_term_used" });
  });

  it("the case: A1's 2020 held for its wrong standard keeps its place — E2's 2021 is paid (6000.00), its 2022 is held behind AS1 (earlier_claim_undecided), not paid", () => {
    const r = run(doc([AS1, B1, B2]));
    const d = Object.fromEntries(r.decisions.map((x) => [x.claimId, x]));
    expect(d["AS1"]?.outcome).toBe("undecidable");
    expect(codes(d["AS1"]!)).toContain("apprenticeship_standard_out_of_range");
    // B1: months left 24 − 0 paid = 24; AS1's year may take 12 → 12 left ≥ B1's 12: 6000 × 12 ÷ 12 = 6000.00
    expect(outcome(d["B1"])).toContain("granted:6000.00");
    // B2: 24 − 12 (B1) = 12 left; AS1's 12 → 0 left < 12: held, naming AS1, asking its decision
    expect(d["B2"]?.outcome).toBe("undecidable");
    expect(d["B2"]?.reasons.find((x) => x.code === "earlier_claim_undecided")?.facts).toEqual({ heldClaims: ["AS1"] });
    expect(d["B2"]?.missingFacts).toEqual(["claim AS1: decision"]);
    expect(r.grants.map((g) => [g.claimId, g.amount])).toEqual([["B1", "6000.00"]]);
  });

  it("at the threshold: the months left after the grants and the held year against the year claimed — 13 and 12 left pay E2's 2021 whole (6000.00), 11 left hold it", () => {
    // a prior grant of another record A0 paying m whole months of 2019 (its period key), A1 held with h whole months
    const prior = (m: number): O[] => (m === 0 ? [] : [{ id: "G0", claimId: "OLD-0", traineeId: "P1", measure: "apprenticeshipSubsidy", provision: "jx2019.employee-apprentice", payee: { kind: "enterprise", id: "E0" }, amount: "500.00", basisDate: "2019-01-01", apprenticeshipId: "A0", basisKeys: [`apprenticeshipSubsidy|P1|period 2019-01-01..2019-${String(m).padStart(2, "0")}-${m === 1 ? "31" : "28"}`] }]);
    const b1 = (h: number, m: number) => byId(run(doc([AS1, B1], [a1({ annualStandard: "12000.00", endDate: h === 12 ? "2020-12-31" : "2020-11-30" }), a2], prior(m))))["B1"];
    // 24 − 0 − 11 = 13 ≥ 12: 6000 × 12 ÷ 12 = 6000.00
    expect(b1(11, 0)).toBe("granted:6000.00");
    // 24 − 0 − 12 = 12 ≥ 12 (at): 6000.00
    expect(b1(12, 0)).toBe("granted:6000.00");
    // 24 − 1 − 12 = 11 < 12 (one over): held, never paid 11 months ahead of the held year
    expect(b1(12, 1)).toBe("undecidable:earlier_claim_undecided");
    expect(run(doc([AS1, B1], [a1({ annualStandard: "12000.00" }), a2], prior(1))).decisions.find((x) => x.claimId === "B1")?.missingFacts).toEqual(["claim AS1: decision"]);
    // 24 − 2 − 11 = 11 < 12: held; 24 − 1 − 11 = 12: paid
    expect(b1(11, 2)).toBe("undecidable:earlier_claim_undecided");
    expect(b1(11, 1)).toBe("granted:6000.00");
  });

  it("both orders of filing: AS1 filed after B1 and B2 (or in any order in the document) still comes first in time and holds B2", () => {
    const late = { ...AS1, submittedOn: "2023-02-01" };
    const want = { AS1: "undecidable:apprenticeship_standard_out_of_range", B1: "granted:6000.00", B2: "undecidable:earlier_claim_undecided" };
    for (const claims of [[AS1, B1, B2], [B2, B1, AS1], [B1, B2, late], [late, B2, B1]]) {
      const r = run(doc(claims));
      expect(byId(r)).toEqual(want);
      expect(r.decisions.find((x) => x.claimId === "B2")?.reasons.some((x) => x.code === "earlier_claim_undecided")).toBe(true);
    }
  });

  it("chained runs: A1 corrected (6000.00), the first run's grants as the ledger: E1's 2020 is paid 6000.00 and E2's 2022 refused — 12000.00 in all, the text's two years; AS1 not refiled, B2 is paid", () => {
    const r1 = run(doc([AS1, B1, B2]));
    const ledger = JSON.parse(JSON.stringify(r1.grants)) as O[];
    // run 2: 12 months paid (B1) → 12 left; AS1 6000 × 12 ÷ 12 = 6000.00; B2: 24 paid, apprenticeship_term_used
    expect(byId(run(doc([AS1, B2], [a1(), a2], ledger)))).toEqual({ AS1: "granted:6000.00", B2: "denied:apprenticeship_term_used" });
    // the order of the two runs' claims does not matter within run 2
    expect(byId(run(doc([B2, AS1], [a1(), a2], ledger)))).toEqual({ AS1: "granted:6000.00", B2: "denied:apprenticeship_term_used" });
    // run 2 without AS1 (withdrawn): no held year before B2's 2022: 24 − 12 = 12 left, 6000 × 12 ÷ 12 = 6000.00
    expect(byId(run(doc([B2], [a1({ annualStandard: "12000.00" }), a2], ledger)))).toEqual({ B2: "granted:6000.00" });
  });

  it("a held STUDENT apprentice's year takes no place in an employee apprentice's term (each kind its own: 「补助原则上不超过2年」, 「补助不超过1年」)", () => {
    // A1 a student record with no internship allowance: held (apprenticeship_standard_unknown); B1, B2 of A2 (employee):
    // 6000 × 12 ÷ 12 = 6000.00 each, the employee term's 24 months
    const student = a1({ kind: "student", annualStandard: undefined });
    expect(byId(run(doc([AS1, B1, B2], [student, a2])))).toEqual({ AS1: "undecidable:apprenticeship_standard_unknown", B1: "granted:6000.00", B2: "granted:6000.00" });
  });

  it("the built command line, whole and split into 3 parts, and a chained run through --grants-out / --ledger: B2 held, then refused once A1 is corrected", async () => {
    const { cli, evaluateSpilled } = await import("./cli-helpers.js");
    const { mkdtempSync, writeFileSync, readFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const args = ["--format", "json", "--no-trace", "--lang", "en", "--quiet", "--policy", "jiaxing-2019", "--catalogue", "fixtures/jiaxing/catalogue-2020.json"];
    const summary = (out: string) => Object.fromEntries((JSON.parse(out) as { decisions: { claimId: string; outcome: string; amount: string }[] }).decisions.map((x) => [x.claimId, `${x.outcome}:${x.amount ?? "-"}`]));
    // AS1 held; B1 6000 × 12 ÷ 12 = 6000.00; B2 held behind AS1
    const want = { AS1: "undecidable:-", B1: "granted:6000.00", B2: "undecidable:-" };
    const whole = await cli(["evaluate", "-", ...args], JSON.stringify(doc([AS1, B1, B2])));
    expect(whole.code).toBe(0);
    expect(summary(whole.out)).toEqual(want);
    const split = await evaluateSpilled(["-", ...args], JSON.stringify(doc([B2, AS1, B1])), 3);
    expect(split.code).toBe(0);
    expect(summary(split.out)).toEqual(want);
    const dir = mkdtempSync(join(tmpdir(), "mendA111-"));
    const run1 = join(dir, "run1.json");
    const g1 = join(dir, "g1.json");
    writeFileSync(run1, JSON.stringify(doc([AS1, B1, B2])));
    expect((await cli(["evaluate", run1, ...args, "--grants-out", g1])).code).toBe(0);
    expect((JSON.parse(readFileSync(g1, "utf8")) as { claimId: string }[]).map((g) => g.claimId)).toEqual(["B1"]);
    // run 2, A1 corrected to 6000.00: AS1 6000 × 12 ÷ 12 = 6000.00; B2 the third year, refused
    const run2 = join(dir, "run2.json");
    writeFileSync(run2, JSON.stringify({ ...doc([AS1, B2], [a1(), a2]), ledger: [] }));
    const r2 = await cli(["evaluate", run2, ...args, "--ledger", g1]);
    expect(r2.code).toBe(0);
    expect(summary(r2.out)).toEqual({ AS1: "granted:6000.00", B2: "denied:0.00" });
  });
});
