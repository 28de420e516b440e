/**
 * Cold audit 16 (2026-12-05) — WHO IS PAID when the payee is NOT the trainee, under Jiaxing (jx2019), checked by a second
 * implementation.
 *
 * Angle. Audits 14 and 15 checked the measures a trainee claims. This one checks Jiaxing's measures paid to an enterprise,
 * an organiser (组织单位) or a training provider: the pre-job training of new hires (三(一)一), the new-style
 * apprenticeship (三(一)二), the safety training of high-risk industries (三(一)三) and project training (四(三)三). I wrote,
 * from the texts alone, the smallest decision function I could for them (test/support/audit16-oracle.ts, integer fen,
 * committed first as "oracle written cold", before I opened src/provisions, src/jurisdictions or law/readings), generated
 * claimants (test/support/audit16-gen.ts, seed 16), decided every document with the library (parseClaimsDocument →
 * evaluateBatch under `withJiaxingCatalogue(jiaxingCatalogue)`, test/support/ordinary.ts `JX`) and with the oracle, and
 * triaged every disagreement. Figures: the text leaves them to the catalogue (「按初级工标准」, the project 「培训补贴目录清单」)
 * and to the apprenticeship (「4000 元至 10000 元」): they are those of the ILLUSTRATIVE catalogue
 * fixtures/jiaxing/catalogue-2020.json (EX-SEW 初级工 800.00, EX-FORK 初级工 900.00, EX-CARE 初级工 900.00, EX-ELEC 初级工
 * 1000.00, project EX-ECOM 500.00, in force from 2020-01-01) and each apprenticeship record's own `annualStandard` /
 * `monthlyInternshipAllowance` — illustrative, not Jiaxing's.
 *
 * What I read first: jx2019 whole (三(一)一–三, 三(二), 四(三)三–四, 五(四), 五(十)–(十一), the closing 「本方案自印发之日起施行」 and
 * the print date 2019-12-13); gbf2019 §(十一)–(十三) (「职工参加企业新型学徒制培训的，给予企业每人每年 4000 元以上的职业培训补贴」,
 * 以工代训, §(十二) certificates, 「对企业开展培训或者培训机构开展项目制培训的，可先行拨付一定比例」). Then the record schemas
 * (src/records) and docs/ for the input format.
 *
 * My reading, cold (before the code):
 * - In force from 2019-12-13 to 2021-12-31 (the three-year action); the catalogue prices from 2020-01-01.
 * - Pre-job (三(一)一). The ORDINARY case: a Jiaxing enterprise hires a worker and, within 12 months, after the hire
 *   (「先招用、再培训、后上岗」), trains them ≥ 40 课时 (「不低于」 includes 40); the worker obtains a 专项职业能力证书 or
 *   培训合格证书; the 组织单位 — the unit the course names as its organiser, the enterprise itself or a training organiser —
 *   is paid the occupation's 初级工 row (EX-SEW: 800.00). The trainee is never the payee. An enterprise is managed where it
 *   is insured (五(十一) 「按属地原则由失业保险参保地进行管理」): insured outside Jiaxing → refused.
 * - Safety (三(一)三): an 企业职工 with a 特种作业操作证 obtained through training and ≥ 12 months of unemployment insurance in
 *   Jiaxing; the occupation's 初级工 row (EX-FORK: 900.00, not the 400.00 special-operations row); to the person OR the
 *   组织单位, once. Cold, I also required the employer to be a 高危行业 enterprise (「面向高危行业企业从业人员」).
 * - Project training (四(三)三, 五(十一) 「对项目制培训以培训合格证书、特种作业操作证书为依据进行补贴」): the listed groups and
 *   企业职工; paid to the provider the government bought it from (the course's organiser); the project row's standard.
 * - Apprenticeship (三(一)二): to the training enterprise (the one the record names), insured in Jiaxing; 职工学徒 at the
 *   record's yearly standard, which must lie in 4000–10000, at most 2 years of the person; 学生学徒 at the monthly
 *   internship allowance as the year's amount, at most 3000 a year, at most 1 year; per whole month (rate ÷ 12).
 * - Limits (五(十一)): 「每人每年可享受不超过3次」, 「同一职业（项目）同一等级不可重复享受」, each basis paid once to anyone.
 *
 * Disagreement table. Cold oracle (commit "oracle written cold") against the library over 1,500 generated people (the final
 * generator, seed 16): 5,476 claims decided by both, 2,076 disagreements, grouped by (route, library outcome and first
 * reason, oracle outcome and why) and triaged:
 * | group | count | verdict |
 * | any route: lib undecidable provision_not_in_force / no_local_standard (basis outside 2019-12-13..2021-12-31, or before the catalogue) vs oracle denied on another fact | 1,637 | ORACLE WRONG in form (adopted): no standard in force, the claim is held whole (no money either way). |
 * | apprenticeship granted vs granted, other amounts | 91 | OPEN, adopted: the library pays a record year by year (a claim pays the earliest unpaid year once begun), under the terms of the record's first day (readings apprenticeship-month-count, apprenticeship-terms-at-start); I paid every in-plan month on one claim. Both within 「每人每年…不超过2年」. |
 * | apprenticeship: student's term used by an employee apprentice's months; a ledger's calendar months covering a one-month record | 40 | ORACLE WRONG: the two terms are each kind's own; months that cover every day pay the year. Fixed. |
 * | safety: oracle refused/held, employer not (known to be) high-risk | 49 | OPEN, adopted (reading safety-training-certificate-shows-high-risk). I hold my cold reading at 45 %: the annex lists 「高危行业领域安全技能培训和特种作业人员安全作业培训工作」 as two tasks, the payment sentence names only 企业职工. |
 * | pre-job/safety/project course ending in another certificate (a skill-level certificate, an occupation row) | 126 | ORACLE TOO WIDE: such a certificate is paid by its own row as any certificate (the general subsidy, outside my oracle); 专项能力证书 is no project basis (五(十一) names two kinds). Fixed. |
 * | project: 失业人员 etc. served | 4 | OPEN, adopted (reading project-training-open-list: 「等相关群体」 are the groups 四(三) serves). 60 % for the library. |
 * | order of judging two claims on one basis (basis date, then id; an apprenticeship by its filing day) | 12 | OPEN, adopted (reading claim-order-by-issue-date): which claim of a pair is paid, never how much. |
 * | pre-job course ending on the hire's anniversary | (in the first row) | ORACLE WRONG: 「入职12个月内」 counted from the day after the hire ends on the anniversary (the library: pre-job-within-12-months). Fixed. |
 * | any route: lib held (residency_unknown, missing_record, enterprise_ui_unknown) vs oracle refused on a known fact, or the other way | 69 | PRECEDENCE, no money: which of a hold and a refusal is reported. Excluded (group G1 below). |
 * | pre-job/safety: lib held residency_unknown vs oracle paid — the trainee's employer on record is a Jiaxing enterprise | 23 | RECORDED: findings 1 and 3. |
 * | pre-job: lib denied not_employee_training vs oracle paid — the course records the hire, the trainee record no employment | 7 | RECORDED: finding 2. |
 * | apprenticeship: lib held apprenticeship_year_partly_paid — a ledger's calendar month of one record runs into the next record's days | 34 (4 after the fixes) | OPEN / generator artefact (the library pays a person's days once across records; it asks). Excluded (group G4). |
 * After the triage (the oracle as committed here), over the same 1,500 people: 3,954 claims decided by both (the oracle's
 * scope narrowed by the fixes above), 314 paid by both, 211 disagreements, all in the groups of `EXCLUDED` below — G1
 * precedence 181, G2 findings 1 and 3: 19, G3 finding 2: 7, G4 ledger months across records 4 — and none outside them
 * (the agreement test). The generator was also changed once: a person's second apprenticeship starts after the first ends
 * (two overlapping records are refused by the library as the person's days paid once — right, and an artefact).
 *
 * What the oracle reads differently where the text is open (kept in it, switchable): an employer on record that is a
 * Jiaxing enterprise shows 「在当地就业」 (EMPLOYER_SHOWS_LOCAL_EMPLOYMENT; findings 1 and 3).
 *
 * What I tried by hand and found right (controls below): the ordinary pre-job claim by the enterprise and by an organiser;
 * the trainee refused; a second claim for the same course refused; 39 class hours refused, 40 paid; the anniversary of
 * the hire inside, the day after outside; an enterprise insured in Hangzhou refused; an enterprise the course does not
 * name refused; the safety subsidy at the 初级工 row to the person or the organiser and once; 11 insured months refused;
 * the apprenticeship year by year (6000, 6000, then refused), claimed by the trainee or another enterprise refused, a
 * standard of 3999.99 or 10000.01 refused, a student's 2500 a year and a 3500 allowance capped at 3000 a year prorated.
 *
 * Considered and not recorded: (1) a pre-job course that ends in both a 专项职业能力证书 (800.00 to the 组织单位) and a 初级工
 * certificate of the same occupation (800.00 to the worker) pays both — reading pre-job-no-repeat, argued and open; 50 %.
 * (2) The enterprise field `highRiskIndustry` ("True for a high-risk industry (safety training)") is read by no rule: dead
 * input under the library's reading. (3) A pre-job claim filed by the trainee, whose residency is unknown, is held
 * (residency_unknown) though the trainee can never be the payee of that route: a hold, no money. (4) An employee
 * apprenticeship is paid for a person whose record says `unemployed` and no employer (the record's kind decides), while
 * the same record refuses the same enterprise's pre-job claim (finding 2) — the two measures read the same record two ways.
 * (5) An apprenticeship begun before 2019-12-13 is held whole, even for its months inside the plan (reading
 * apprenticeship-terms-at-start): a hold, documented, 50/50.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Decision } from "../src/index.js";
import { evaluateBatch, parseClaimsDocument } from "../src/index.js";
import { JX } from "./support/ordinary.js";
import type { Row } from "./support/audit16-gen.js";
import { compare, disagrees, generate, groupKey } from "./support/audit16-gen.js";
import { within } from "./support/audit16-oracle.js";

type O = Record<string, any>;
const NANHU = "zhejiang.jiaxing.nanhu";
/** A Jiaxing enterprise (Nanhu), insured there. */
const E1 = { id: "E1", name: "嘉兴示例企业（示意）", region: NANHU, unemploymentInsuranceRegion: NANHU };
const EHZ = { id: "EHZ", name: "杭州参保的企业（示意）", region: "zhejiang.hangzhou", unemploymentInsuranceRegion: "zhejiang.hangzhou" };
const E2 = { id: "E2", name: "另一家嘉兴企业（示意）", region: NANHU, unemploymentInsuranceRegion: NANHU };
/** An ordinary new hire of E1 with a Nanhu hukou. */
const worker = (o: O = {}): O => ({ id: "P1", birthDate: "1995-05-05", statuses: ["enterpriseEmployee"], hukouRegion: NANHU, employerId: "E1", unemploymentInsuranceMonths: { [NANHU]: 12 }, ...o });
/** E1's pre-job training of P1, hired 2020-03-15: 40 class hours, 2020-04-01..10. */
const preJob = (o: O = {}): O => ({ id: "C1", traineeId: "P1", kind: "preJob", occupation: { code: "EX-SEW", name: "缝纫工（示意）" }, classHours: 40, startDate: "2020-04-01", endDate: "2020-04-10", attendedDays: 10, region: NANHU, organizerId: "E1", hireDate: "2020-03-15", ...o });
const ability = (o: O = {}): O => ({ id: "K1", traineeId: "P1", kind: "specialAbilityCertificate", occupation: { code: "EX-SEW", name: "缝纫工（示意）" }, issuedOn: "2020-04-20", courseId: "C1", ...o });
/** A safety course organised by ORG1 and the 特种作业操作证 it led to (EX-FORK). */
const safety = (o: O = {}): O => ({ id: "C1", traineeId: "P1", kind: "safety", occupation: { code: "EX-FORK", name: "叉车司机（示意）" }, classHours: 40, startDate: "2020-04-01", endDate: "2020-04-10", attendedDays: 10, region: NANHU, organizerId: "ORG1", ...o });
const operations = (o: O = {}): O => ({ id: "K1", traineeId: "P1", kind: "specialOperationsCertificate", occupation: { code: "EX-FORK", name: "叉车司机（示意）" }, issuedOn: "2020-04-20", courseId: "C1", ...o });
const ts = (id: string, claimant: O, o: O = {}): O => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant, certificateId: "K1", courseId: "C1", submittedOn: "2020-05-01", ...o });
/** E1's employee apprenticeship of P1, two years from 2020-03-01, 6000.00 a year (illustrative, within 4000–10000). */
const appr = (o: O = {}): O => ({ id: "AP1", traineeId: "P1", enterpriseId: "E1", kind: "employee", occupation: { code: "EX-WELD", name: "焊工（示意）" }, startDate: "2020-03-01", endDate: "2022-02-28", annualStandard: "6000.00", ...o });
const ac = (id: string, o: O = {}): O => ({ id, measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, apprenticeshipId: "AP1", submittedOn: "2020-03-20", ...o });
const ENT = { kind: "enterprise", id: "E1" };
const ORG = { kind: "organizer", id: "ORG1" };
const TRAINEE = { kind: "trainee", id: "P1" };

/** Decides a document under Jiaxing with its ILLUSTRATIVE catalogue; the decisions by claim id. */
function decide(doc: O): Map<string, Decision> {
  const parsed = parseClaimsDocument(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  if (parsed.value.invalid.length > 0) throw new Error(JSON.stringify(parsed.value.invalid));
  return new Map(evaluateBatch(JX, parsed.value.document).decisions.map((d) => [d.claimId, d]));
}
const got = (d: Decision | undefined) => [d?.outcome, d?.amount, d?.payee === null || d === undefined ? null : `${d.payee.kind}:${d.payee.id}`];

// ---------------------------------------------------------------------------------------------------------------------
// The groups excluded from the agreement test, each with why (the table in the header).
const employerHere = (r: Row): boolean => {
  const t = r.doc.trainees[0];
  const e = (r.doc.enterprises as O[]).find((x) => x.id === t.employerId);
  return e !== undefined && within(e.unemploymentInsuranceRegion, "zhejiang.jiaxing") && !t.statuses.includes("unemployed");
};
const EXCLUDED: readonly { readonly name: string; readonly why: string; readonly test: (r: Row) => boolean }[] = [
  {
    name: "G1 precedence",
    why: "neither pays: a hold and a refusal reported in another order (the library refuses a known fact before the plan's dates, or holds on residency before a pay-once refusal) — no money moves",
    test: (r) =>
      r.lib.outcome !== "granted" &&
      r.ora.outcome !== "granted" &&
      ((r.lib.outcome === "denied" && ["outside_plan_period", "no_catalogue_in_force", "organiser_unknown", "hire_date_unknown"].includes(r.ora.why)) || (r.lib.outcome === "undecidable" && r.lib.first === "residency_unknown")),
  },
  { name: "G2 findings 1 and 3", why: "RECORDED: a Jiaxing enterprise's employee on record is held for residency (在当地就业)", test: (r) => (r.route === "preJob" || r.route === "safety") && r.lib.outcome === "undecidable" && r.lib.first === "residency_unknown" && r.ora.outcome === "granted" && employerHere(r) },
  { name: "G3 finding 2", why: "MENDED but for a record saying `unemployed`: the new hire the course records was refused as no 企业职工 when the enterprise claimed; one whose record says unemployed still is (OPEN: reading organiser-of-record, review 18c's control and review 34 hold the refusal; the oracle pays)", test: (r) => r.route === "preJob" && r.lib.outcome === "denied" && r.lib.first === "not_employee_training" && r.ora.outcome === "granted" },
  { name: "G5 the safety route's year of insurance", why: "MENDED wider than the oracle (finding 3): a year of unemployment insurance paid in the city, the route's own condition, answers a residency the record leaves unknown (reading employment-basis-is-employment-region); the oracle still holds it — the library pays, or refuses on another ground (then neither pays)", test: (r) => r.route === "safety" && r.ora.outcome === "undecidable" && r.ora.why === "residency_unknown" && ((r.lib.outcome === "granted" && r.lib.codes.includes("residency_basis")) || r.lib.outcome === "denied") },
  { name: "G4 ledger months across records", why: "OPEN / generator artefact: a ledger's calendar month of one record runs into the next record's days; the library pays a person's days once and asks", test: (r) => r.route === "apprenticeship" && r.lib.first === "apprenticeship_year_partly_paid" },
];

describe("cold audit 16 — controls", () => {
  it("agreement: the library and the oracle agree on 1,500 generated claimants outside the excluded groups", () => {
    const rows = compare(generate(1500));
    expect(rows.length).toBeGreaterThan(3000);
    // every route is reached, and paid
    for (const route of ["preJob", "safety", "project", "apprenticeship"]) expect(rows.some((r) => r.route === route && r.ora.outcome === "granted" && r.lib.outcome === "granted")).toBe(true);
    const dis = rows.filter(disagrees);
    const unexplained = dis.filter((r) => !EXCLUDED.some((g) => g.test(r)));
    expect(unexplained.map((r) => `${r.claimId}: ${groupKey(r)}`)).toEqual([]);
    // the recorded groups are reached by the generator
    expect(dis.filter(EXCLUDED[1]!.test).length).toBeGreaterThan(0);
    // Finding 2, mended: its group holds only records saying `unemployed`, and the generator still reaches the mended case — an enterprise organising the pre-job
    // training of a person whose record shows no employment is paid as the organising unit
    expect(dis.filter(EXCLUDED[2]!.test).filter((r) => !r.doc.trainees[0].statuses.includes("unemployed"))).toEqual([]);
    const notEmployee = (r: Row) => { const t = r.doc.trainees[0]; return t.employerId === undefined && !t.statuses.includes("enterpriseEmployee"); };
    expect(rows.filter((r) => r.route === "preJob" && r.lib.outcome === "granted" && r.lib.payee?.startsWith("enterprise:") === true && notEmployee(r)).length).toBeGreaterThan(0);
  });

  it("the ordinary pre-job claim: the enterprise that organised its new hire's 40 课时 is paid the 初级工 row", () => {
    const d = decide({ trainees: [worker()], enterprises: [E1], courses: [preJob()], certificates: [ability()], claims: [ts("A", ENT)] });
    expect(got(d.get("A"))).toEqual(["granted", "800.00", "enterprise:E1"]); // EX-SEW 初级工 row 800.00 (illustrative) × 1 (三(一)一 「按初级工标准给予组织单位补贴」)
  });

  it("pre-job: a training organiser the course names is the 组织单位; the trainee is never paid", () => {
    const doc = { trainees: [worker()], enterprises: [E1], courses: [preJob({ organizerId: "ORG1" })], certificates: [ability()] };
    expect(got(decide({ ...doc, claims: [ts("A", ORG)] }).get("A"))).toEqual(["granted", "800.00", "organizer:ORG1"]); // 800.00 初级工 row
    expect(got(decide({ ...doc, claims: [ts("A", TRAINEE)] }).get("A"))).toEqual(["denied", "0.00", null]);
  });

  it("pre-job: paid once — a second claim on the course, the organiser after the enterprise, and a ledger grant refuse", () => {
    const doc = { trainees: [worker()], enterprises: [E1], courses: [preJob()], certificates: [ability()] };
    const twice = decide({ ...doc, claims: [ts("A", ENT), ts("B", ENT, { submittedOn: "2020-05-02" })] });
    expect([got(twice.get("A")), got(twice.get("B"))]).toEqual([["granted", "800.00", "enterprise:E1"], ["denied", "0.00", null]]); // 800.00 once
    const other = decide({ ...doc, claims: [ts("A", ENT), ts("B", ORG)] });
    expect(got(other.get("B"))).toEqual(["denied", "0.00", null]);
    const kept = { id: "G1", claimId: "OLD", traineeId: "P1", measure: "trainingSubsidy", provision: "jx2019.pre-job-training", payee: ENT, amount: "800.00", basisDate: "2020-04-20", occupationCode: "EX-SEW", certificateId: "K1", courseId: "C1" };
    expect(got(decide({ ...doc, claims: [ts("A", ENT)], ledger: [kept] }).get("A"))).toEqual(["denied", "0.00", null]);
  });

  it("pre-job thresholds: 39 课时 refused (「不低于 40 课时」); the hire's anniversary inside 「入职 12 个月内」, the day after outside", () => {
    const doc = (c: O) => ({ trainees: [worker()], enterprises: [E1], courses: [c], certificates: [ability()], claims: [ts("A", ENT)] });
    expect(got(decide(doc(preJob({ classHours: 39 }))).get("A"))[0]).toBe("denied");
    expect(got(decide(doc(preJob({ hireDate: "2019-04-10" }))).get("A"))).toEqual(["granted", "800.00", "enterprise:E1"]); // ends 2020-04-10 = hire + 12 months
    expect(got(decide(doc(preJob({ hireDate: "2019-04-09" }))).get("A"))[0]).toBe("denied");
  });

  it("pre-job: an enterprise insured in Hangzhou, or one the course does not name, is refused", () => {
    const hz = decide({ trainees: [worker({ employerId: "EHZ" })], enterprises: [E1, EHZ], courses: [preJob({ organizerId: "EHZ" })], certificates: [ability()], claims: [ts("A", { kind: "enterprise", id: "EHZ" })] });
    expect(got(hz.get("A"))).toEqual(["denied", "0.00", null]); // 五(十一) 「按属地原则由失业保险参保地进行管理」
    const e2 = decide({ trainees: [worker()], enterprises: [E1, E2], courses: [preJob()], certificates: [ability()], claims: [ts("A", { kind: "enterprise", id: "E2" })] });
    expect(got(e2.get("A"))).toEqual(["denied", "0.00", null]);
  });

  it("safety: the 初级工 row (not the special-operations row) to the person or the 组织单位, once; 11 insured months refused", () => {
    const doc = (t: O = worker()) => ({ trainees: [t], enterprises: [E1], courses: [safety()], certificates: [operations()] });
    expect(got(decide({ ...doc(), claims: [ts("A", TRAINEE)] }).get("A"))).toEqual(["granted", "900.00", "trainee:P1"]); // EX-FORK 初级工 900.00, not the 400.00 特种作业 row (「按初级工标准」)
    expect(got(decide({ ...doc(), claims: [ts("A", ORG)] }).get("A"))).toEqual(["granted", "900.00", "organizer:ORG1"]);
    const both = decide({ ...doc(), claims: [ts("A", TRAINEE), ts("B", ORG)] });
    expect([got(both.get("A")), got(both.get("B"))]).toEqual([["granted", "900.00", "trainee:P1"], ["denied", "0.00", null]]); // 「个人或组织单位」: 900.00 once
    expect(got(decide({ ...doc(worker({ unemploymentInsuranceMonths: { [NANHU]: 11 } })), claims: [ts("A", TRAINEE)] }).get("A"))[0]).toBe("denied"); // 11 < 12 (「1 年以上」)
  });

  it("apprenticeship: the training enterprise is paid year by year within two years; the trainee or another enterprise is refused", () => {
    const doc = { trainees: [worker()], enterprises: [E1, EHZ], apprenticeships: [appr()] };
    const three = decide({ ...doc, claims: [ac("X"), ac("Y", { submittedOn: "2021-03-05" }), ac("Z", { submittedOn: "2022-03-05" })] });
    // 6000.00 × 12/12 for each year (「每人每年」), no third year (「补助原则上不超过 2 年」)
    expect([got(three.get("X")), got(three.get("Y")), got(three.get("Z"))]).toEqual([["granted", "6000.00", "enterprise:E1"], ["granted", "6000.00", "enterprise:E1"], ["denied", "0.00", null]]);
    expect(got(decide({ ...doc, claims: [ac("X", { claimant: TRAINEE })] }).get("X"))[0]).toBe("denied");
    expect(got(decide({ ...doc, claims: [ac("X", { claimant: { kind: "enterprise", id: "EHZ" } })] }).get("X"))[0]).toBe("denied");
    expect(got(decide({ ...doc, apprenticeships: [appr({ enterpriseId: "EHZ" })], claims: [ac("X", { claimant: { kind: "enterprise", id: "EHZ" } })] }).get("X"))[0]).toBe("denied"); // insured in Hangzhou
  });

  // Changed (reading apprenticeship-standard-out-of-range, cold review 109 F1): outside the range the year is held, not refused.
  it("apprenticeship standards: 3999.99 and 10000.01 held; a student's allowance is the year's amount, at most 3000, one year", () => {
    const doc = (a: O, claims: O[] = [ac("X")]) => decide({ trainees: [worker()], enterprises: [E1], apprenticeships: [a], claims });
    expect(got(doc(appr({ annualStandard: "3999.99" })).get("X"))[0]).toBe("undecidable"); // 「4000 元至 10000 元」
    expect(got(doc(appr({ annualStandard: "10000.01" })).get("X"))[0]).toBe("undecidable");
    const student = doc(appr({ kind: "student", annualStandard: undefined, monthlyInternshipAllowance: "2500.00" }), [ac("X"), ac("Y", { submittedOn: "2021-03-05" })]);
    expect([got(student.get("X")), got(student.get("Y"))]).toEqual([["granted", "2500.00", "enterprise:E1"], ["denied", "0.00", null]]); // 2500 × 12/12; 「补助不超过 1 年」
    // 3500 capped at 3000 (「每人每年不高于 3000 元」) × 6 whole months / 12 = 1500.00
    expect(got(doc(appr({ kind: "student", annualStandard: undefined, monthlyInternshipAllowance: "3500.00", endDate: "2020-08-31" })).get("X"))).toEqual(["granted", "1500.00", "enterprise:E1"]);
    // 4000 × 7 whole months (2020-03-01..2020-09-30) / 12 = 2333.33
    expect(got(doc(appr({ annualStandard: "4000.00", endDate: "2020-09-30" })).get("X"))).toEqual(["granted", "2333.33", "enterprise:E1"]);
  });

  it("every passage quoted in a finding below is in law/sources/jx2019.txt (line breaks removed)", () => {
    const jx = readFileSync(new URL("../law/sources/jx2019.txt", import.meta.url), "utf8").replace(/\n/g, "");
    for (const q of [
      "对于企业新招用人员，在员工入职 12 个月内",
      "按初级工标准给予组织单位补贴",
      "对具有当地户籍、当地常住并办有居住证、在当地就业创业或在当地办理失业登记的城乡劳动者提供普惠同等的培训补贴",
      "对经培训取得特种作业操作证，在本市缴纳失业保险 1 年以上的企业职工按初级工标准给予个人或组织单位补贴",
    ])
      expect(jx.includes(q), q).toBe(true);
  });
});

describe("cold audit 16 — findings", () => {
  // Finding 1. What: an ordinary migrant new hire (hukou in Anhui) of E1 — a Jiaxing enterprise registered and insured in
  // Nanhu, the trainee's employer on record — trained by E1 in its pre-job course: E1's claim is held residency_unknown,
  // asking for trainee.employmentRegion (and residence, permit, unemployment registration). The same with
  // employmentRegion: Nanhu is paid 800.00. Why: 五(十一) pays 「在当地就业创业」 workers; a new hire of a Jiaxing enterprise,
  // on record, trained by that enterprise in Jiaxing, works in Jiaxing — the record already says what the hold asks. And
  // 三(一)一 pays the 组织单位 for its 企业新招用人员, whose employment by the enterprise is the very condition of the route.
  // Alternatives: the employer's region is not the place of work (a branch elsewhere) — but the enterprise is insured in
  // Jiaxing and 五(十一) manages it there; or residency is not a condition of the 组织单位 routes at all (my cold reading).
  // Confidence 55 % that the text requires payment here rather than a hold. Money: 800.00 held per claim
  // (EX-SEW 初级工 row 800.00, illustrative × 1, 三(一)一); every migrant new hire whose record lacks employmentRegion.
  // Fix: src/jurisdictions/jiaxing/residency.ts residencyJiaxing — count an employer on record (trainee.employerId) whose
  // enterprise is insured (and registered) within the region as the 「在当地就业」 basis (the input would need the enterprise).
  it.fails("「对具有当地户籍、当地常住并办有居住证、在当地就业创业或在当地办理失业登记的城乡劳动者提供普惠同等的培训补贴」 and 「对于企业新招用人员，在员工入职 12 个月内」: the new hire of a Jiaxing enterprise, employed by it on record, works in Jiaxing — its pre-job 组织单位 is paid, not held for the worker's employment region", () => {
    const migrant = worker({ hukouRegion: "anhui.fuyang" });
    const d = decide({ trainees: [migrant], enterprises: [E1], courses: [preJob()], certificates: [ability()], claims: [ts("A", ENT)] });
    expect(got(d.get("A"))).toEqual(["granted", "800.00", "enterprise:E1"]); // EX-SEW 初级工 800.00 (illustrative) × 1
  });

  // Finding 2. What: a veteran hired by E1 on 2020-03-15 (the pre-job course records the hire: course.hireDate) whose
  // person record lists only `veteran` (no enterpriseEmployee, no employer): E1's claim as the 组织单位 is DENIED
  // not_employee_training (gbf2019 §(十一) employee-training check), while the same course organised by ORG1 is paid
  // 800.00 to ORG1 — the same new hire, the same training, refused only when the enterprise is the organiser. Why:
  // 三(一)一 turns on 「企业新招用人员」, and the course record says the person was hired (hireDate); a veteran or a
  // registered unemployed person newly hired is exactly who the route serves, and the person record's statuses can lag
  // the hire. gbf2019 §(十一) 「符合条件的企业职工参加岗前培训」 names the same people — a new hire is an 企业职工 from the hire.
  // Alternatives: the statuses are what the person is certified as, and a status not listed does not hold — then the
  // claim should at most be held asking for the employment, not refused while the organiser is paid. Confidence 60 %.
  // Money: 800.00 refused per claim (EX-SEW 初级工 row, illustrative × 1, 三(一)一).
  // Fix: src/provisions/trainingSubsidy/employeeTraining.ts employeeTrainingCheck — on a pre-job course with a hireDate
  // (the route of jx2019.pre-job-training), read the hire on the course as employment by the enterprise (or hold,
  // asking trainee.employerId), rather than refusing on the person's statuses.
  // Mended (2026-12-05): an enterprise claiming a route that pays the 组织单位 claims as the unit that organised the
  // training; the route judges who its trainees are (pre-job: the hire the course records), not gbf2019's employee
  // check on the person's statuses (src/provisions/trainingSubsidy/trainingSubsidy.ts; reading organiser-of-record).
  it("「对于企业新招用人员，在员工入职 12 个月内」…「按初级工标准给予组织单位补贴」: a veteran the enterprise hired (the course records the hire) is its 新招用人员, and the enterprise that organised the training is paid as an organiser would be", () => {
    const veteran = worker({ statuses: ["veteran"], employerId: undefined });
    const byOrganiser = decide({ trainees: [veteran], enterprises: [E1], courses: [preJob({ organizerId: "ORG1" })], certificates: [ability()], claims: [ts("A", ORG)] });
    expect(got(byOrganiser.get("A"))).toEqual(["granted", "800.00", "organizer:ORG1"]); // passes today: 800.00 to ORG1
    const byEnterprise = decide({ trainees: [veteran], enterprises: [E1], courses: [preJob()], certificates: [ability()], claims: [ts("A", ENT)] });
    expect(got(byEnterprise.get("A"))).toEqual(["granted", "800.00", "enterprise:E1"]); // EX-SEW 初级工 800.00 (illustrative) × 1
  });

  // Finding 3. What: a migrant (hukou in Anhui) 企业职工 of E1 (employer on record, a Jiaxing enterprise) with 12 months
  // of unemployment insurance in Nanhu and a 特种作业操作证 from a safety course in Nanhu: the person's claim is held
  // residency_unknown. Why: the route's own condition, 「在本市缴纳失业保险 1 年以上的企业职工」, is an employee insured in
  // Jiaxing for a year — employed in Jiaxing; with the employer on record in Jiaxing, 五(十一)'s 「在当地就业创业」 holds.
  // Alternatives: past insurance need not mean present employment (but the employer on record is here); residency is
  // asked because employmentRegion is the field for it. Confidence 55 %. Money: 900.00 held per claim (EX-FORK 初级工 row
  // 900.00, illustrative × 1, 三(一)三). Fix: as finding 1 (src/jurisdictions/jiaxing/residency.ts residencyJiaxing).
  // Mended (2026-12-05): the safety route's own condition met — a year of unemployment insurance paid in the city — answers
  // a residency the record leaves unknown (reading employment-basis-is-employment-region; a second cold reader 75 %). The
  // employer on record alone still does not (finding 1, left).
  it("「对经培训取得特种作业操作证，在本市缴纳失业保险 1 年以上的企业职工按初级工标准给予个人或组织单位补贴」: an employee of a Jiaxing enterprise insured a year in Jiaxing is employed there — paid the 初级工 row, not held for residency", () => {
    const migrant = worker({ hukouRegion: "anhui.fuyang" });
    const d = decide({ trainees: [migrant], enterprises: [E1], courses: [safety()], certificates: [operations()], claims: [ts("A", TRAINEE)] });
    expect(got(d.get("A"))).toEqual(["granted", "900.00", "trainee:P1"]); // EX-FORK 初级工 900.00 (illustrative) × 1
  });
});
