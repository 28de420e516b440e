/**
 * Cold review 24 (2026-12-05) of the mends after cold audit 12d and cold review 23 (BASE a14bb7d, HEAD 8a7677c): Jiaxing's
 * first-appraisal rule reading prior training and skill-upgrade grants (appraisalSubsidy.ts certificatePaidBy,
 * earlierPaidCertificate, earlierGrantQuestions); a living-allowance grant with days left unpaid keying only the days it
 * paid (livingAllowance.ts); a grant under gbf2019.apprenticeship-floor counted as an employee apprentice's year
 * (apprenticeshipSubsidy.ts apprenticeKind).
 *
 * What I read: law/sources jx2019 三(一)二 (学徒), 四(三)四 (生活费), 五(十一) (鉴定补贴); gbf2019 §(十一) (生活费, 学徒制 floor),
 * §(十二); the diff `git diff a14bb7d..8a7677c -- src law`; readings appraisal-first-by-certificates, pay-once-basis,
 * national-measures-end-with-framework, apprenticeship-years-over-history; src/core/ledger.ts grantKeys, src/engine.ts
 * grantOf (what the library's own grants carry), src/provisions/common.ts priceAttendedDays / grantsWithoutLevel,
 * test/audit12d.test.ts and test/review23.test.ts (the records the change answers).
 *
 * What I tried: the ordinary worker (test/support/ordinary.ts) paid her training subsidy, skill-upgrade subsidy and
 * appraisal subsidy on one certificate in one batch and across runs (the library's own grants as the ledger); a second
 * certificate of the same occupation and level in a later run (only in the document; the first only in the ledger); the
 * pre-job route's grant (no level) before a 初级工 appraisal; grants kept by another system: same-day, naming this
 * certificate's course, naming a certificate only by key; a living allowance across Jiaxing's end paid under Jiaxing
 * then the frameworks, duplicates in the same batch and in later runs under both policies, a count-only re-filing, a
 * grant kept with only a courseId, and a grant written by the library before this change (course key beside the paid
 * days); a gbf2019-floor apprenticeship year before a Jiaxing student apprentice's claim.
 *
 * Figures: Jiaxing's own 50.00 a day (jx2019 四(三)四) and its appraisal subsidy 初级工 120 元 (五(十一)) are the text's; the
 * Jiaxing fixture catalogue (EX-ELEC 初级工 1000.00), the skill-upgrade 初级工 1000.00, the frameworks' 50.00 a day for a
 * Jiaxing-region frameworks policy, the student's monthly allowance 2000.00 are ILLUSTRATIVE.
 *
 * Considered and not recorded: (a) a second living-allowance claim on a course whose payable days were paid, in the same
 * batch or a later run under the same policy, is now held (`parameter livingAllowance.dailyRate`) where it was refused
 * (basis_already_paid): its other days have no rate, and the reading undecidable-never-zero holds such days — no money,
 * the reason changes; (b) a training grant kept by another system naming the occupation but no level is read as an
 * unleveled certificate's and asks nothing of the appraisal (documented; the library's own pre-job / safety grants are
 * such, so holding on them would hold the ordinary claimant); (c) the holds' messages render the grant field by code in
 * both languages (“缺少记录：grant G1: certificateId” / "missing record: grant G1: certificateId") — pre-existing for
 * every `grant X: field` hold since cold audit 12a, not new here (mended 2026-12-05, second stop: “缺少记录：已发放补贴 G1 所补贴的证书”,
 * test/hold-messages.test.ts); (d) a kept grant with no certificate dated after the
 * certificate (a payment date, not the certificate's) is not asked about — the ledger's basisDate is documented as the
 * basis's date.
 */
import { describe, expect, it } from "vitest";
import type { Grant, Policy } from "../src/index.js";
import { evaluateBatch } from "../src/index.js";
import { apprentice, E1 as APPR_E1, period } from "./support/apprenticeship.js";
import { ability, employee, enterprises, preJob } from "./support/enterpriseRoutes.js";
import { frameworksForJiaxing } from "./support/national.js";
import { appraisal, cert, course, E1, JX, kept, TRAINEE, ts, worker } from "./support/ordinary.js";
import { parsed, withSkillUpgradeStandards } from "./support/world.js";

type O = Record<string, unknown>;

/** Jiaxing with its fixture catalogue and the ILLUSTRATIVE skill-upgrade standards (初级工 1000.00). */
const JXS = withSkillUpgradeStandards(JX);
/** The national frameworks for Jiaxing after its plan (ILLUSTRATIVE figures: test/support/national.ts). */
const NF_JX = frameworksForJiaxing();

function run(policy: Policy, doc: O): { decided: Record<string, string>; grants: readonly Grant[] } {
  const r = evaluateBatch(policy, parsed(doc));
  const decided: Record<string, string> = {};
  for (const d of r.decisions) decided[d.claimId] = `${d.outcome}:${d.amount}${d.outcome === "granted" ? "" : `:${d.outcome === "undecidable" ? d.missingFacts.join(",") : d.reasons.filter((x) => x.code.includes("paid") || x.code.includes("first") || x.code.includes("granted") || x.code.includes("term")).map((x) => x.code).join(",")}`}`;
  return { decided, grants: r.grants };
}

const la = (id: string, courseId: string, submittedOn: string): O => ({ id, measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId, submittedOn });
const su = (id: string, certificateId: string): O => ({ id, measure: "insuredSkillUpgradeSubsidy", traineeId: "P1", claimant: TRAINEE, certificateId, submittedOn: "2020-07-01" });
const apClaim = (id: string, apprenticeshipId: string, submittedOn: string): O => ({ id, measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, apprenticeshipId, enterpriseId: "E1", submittedOn });
/** A 贫困劳动力 (a living-allowance group) on the ordinary worker's record. */
const poor = worker({ statuses: ["povertyRegistered"], employerId: undefined });
/** A course of ten days across Jiaxing's end, 2021-12-27 … 2022-01-05, every day attended. */
const across = course("K1", { startDate: "2021-12-27", endDate: "2022-01-05", attendedDays: 10 });
const ordinaryDoc = { trainees: [worker()], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")] };

describe("controls (each passes on the code as it stands)", () => {
  it("jx2019 五(十一) 「通过初次职业技能鉴定并取得证书」: the ordinary worker's training subsidy and appraisal subsidy on her one EX-ELEC 初级工 certificate are both paid (1000.00 illustrative; 120.00), and a later run holding only the training grant pays the appraisal, the grant naming this certificate", () => {
    const first = run(JXS, { ...ordinaryDoc, claims: [ts("A", "C1"), appraisal("B", "C1")] });
    // 1000.00: fixture EX-ELEC 初级工 (illustrative); 120.00: jx2019 五(十一) 初级工 120 元
    expect(first.decided).toEqual({ A: "granted:1000.00", B: "granted:120.00" });
    const later = run(JXS, { ...ordinaryDoc, claims: [appraisal("B2", "C1")], ledger: first.grants.filter((g) => g.measure === "trainingSubsidy") });
    expect(later.decided).toEqual({ B2: "granted:120.00" }); // 初级工 120 元
    // the appraisal grant itself refuses a second filing
    expect(run(JXS, { ...ordinaryDoc, claims: [appraisal("B3", "C1")], ledger: first.grants }).decided).toEqual({ B3: "denied:0.00:appraisal_already_granted" });
  });

  it("jx2019 五(十一) with gbf2019 §(十一) 「职业培训补贴或参保职工技能提升补贴」: the library's own skill-upgrade grant on her certificate (1000.00 illustrative) leaves the appraisal of the same certificate paid (120.00)", () => {
    const s = run(JXS, { ...ordinaryDoc, claims: [su("S", "C1")] });
    expect(s.decided).toEqual({ S: "granted:1000.00" }); // 初级工 1000.00 (illustrative)
    expect(run(JXS, { ...ordinaryDoc, claims: [appraisal("B", "C1")], ledger: s.grants }).decided).toEqual({ B: "granted:120.00" }); // 初级工 120 元
  });

  it("jx2019 五(十一) 「同一职业（工种）同一技能等级」: her 2020 EX-ELEC 初级工 certificate paid the training subsidy in an earlier run (only in the ledger); a second EX-ELEC 初级工 certificate of 2021, only in the document, is not the first (0.00)", () => {
    const first = run(JXS, { ...ordinaryDoc, claims: [ts("A", "C1")] });
    const doc = { trainees: [worker()], enterprises: [E1], courses: [course("K2", { startDate: "2021-03-01", endDate: "2021-03-10" })], certificates: [cert("C2", { issuedOn: "2021-03-20", courseId: "K2" })] };
    expect(run(JXS, { ...doc, claims: [appraisal("B", "C2", { submittedOn: "2021-04-01" })], ledger: first.grants }).decided).toEqual({ B: "denied:0.00:appraisal_not_first" });
  });

  it("jx2019 三(一)一 pre-job route (「专项职业能力证书（或培训合格证书）」, no level) then 五(十一): the enterprise's pre-job grant (800.00 illustrative, EX-SEW) does not hold her later EX-SEW 初级工 appraisal — paid 120.00", () => {
    const ent = { claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1" };
    const pj = run(JXS, { trainees: [{ ...employee, employerId: "E1" }], enterprises, courses: [preJob()], certificates: [ability()], claims: [ts("A", "K1", { ...ent, submittedOn: "2020-05-01" })] });
    expect(pj.decided).toEqual({ A: "granted:800.00" }); // fixture EX-SEW at the 初级工 standard (illustrative)
    const sew = { code: "EX-SEW", name: "缝纫工（示意）" };
    const doc = { trainees: [{ ...employee, employerId: "E1" }], enterprises, courses: [course("K2", { occupation: sew })], certificates: [cert("C2", { occupation: sew, courseId: "K2" })] };
    expect(run(JXS, { ...doc, claims: [appraisal("B", "C2")], ledger: pj.grants }).decided).toEqual({ B: "granted:120.00" }); // 初级工 120 元
  });

  it("jx2019 五(十一) 「以证书发放日期为准」: a grant kept by another system for EX-ELEC 初级工 naming no certificate, dated the day her certificate was issued, is not an earlier appraisal (120.00); dated the day before, it holds the claim asking its certificate", () => {
    const g = (basisDate: string) => kept({ id: "G1", measure: "trainingSubsidy", provision: "gbf2019.certificate-basis", amount: "1000.00", basisDate, occupationCode: "EX-ELEC", level: "junior" });
    expect(run(JXS, { ...ordinaryDoc, claims: [appraisal("B", "C1")], ledger: [g("2020-06-20")] }).decided).toEqual({ B: "granted:120.00" }); // 初级工 120 元
    expect(run(JXS, { ...ordinaryDoc, claims: [appraisal("B", "C1")], ledger: [g("2020-06-19")] }).decided).toEqual({ B: "undecidable:null:grant G1: certificateId" });
  });

  it("jx2019 四(三)四 「按每人每天 50 元标准给予生活费补贴」 across Jiaxing's end: Jiaxing pays the five days of 2021 (5 × 50.00 = 250.00) and keys them alone; a duplicate in that batch is not paid; the frameworks pay the five of 2022 once (5 × 50.00 illustrative = 250.00) and refuse the duplicate; later runs under either policy refuse", () => {
    const jx = run(JX, { trainees: [poor], courses: [across], claims: [la("L1", "K1", "2022-01-10"), la("L1b", "K1", "2022-01-11")] });
    // 2021-12-27 … 31: 5 × 50.00 (jx2019 四(三)四) = 250.00; the duplicate's other days have no rate: held, nothing paid
    expect(jx.decided).toEqual({ L1: "granted:250.00", L1b: "undecidable:null:parameter livingAllowance.dailyRate" });
    expect(jx.grants[0]?.basisKeys?.some((k) => k.includes("|course "))).toBe(false);
    const nf = run(NF_JX, { trainees: [poor], courses: [across], claims: [la("L2", "K1", "2022-01-10"), la("L2b", "K1", "2022-01-12")], ledger: jx.grants });
    // 2022-01-01 … 05: 5 × 50.00 (illustrative) = 250.00
    expect(nf.decided).toEqual({ L2: "granted:250.00", L2b: "denied:0.00:basis_already_paid" });
    const all = [...jx.grants, ...nf.grants];
    expect(run(NF_JX, { trainees: [poor], courses: [across], claims: [la("L3", "K1", "2022-03-10")], ledger: all }).decided).toEqual({ L3: "denied:0.00:basis_already_paid" });
    expect(run(JX, { trainees: [poor], courses: [across], claims: [la("L4", "K1", "2022-03-10")], ledger: all }).decided).toEqual({ L4: "denied:0.00:basis_already_paid" });
    // the same course re-filed by count alone (9 of 10 days) after Jiaxing's grant: its dates are asked, nothing paid on a guess
    const countOnly = course("K1", { startDate: "2021-12-27", endDate: "2022-01-05", attendedDays: 9 });
    expect(run(NF_JX, { trainees: [poor], courses: [countOnly], claims: [la("L5", "K1", "2022-03-10")], ledger: jx.grants }).decided).toEqual({ L5: "undecidable:null:course.attendedDates" });
  });

  it("jx2019 四(三)四 「每人每天」: a living allowance kept by another system with only a courseId is the course paid — the frameworks refuse it whole, and Jiaxing too", () => {
    const other = kept({ id: "G1", measure: "livingAllowance", provision: "other.system", amount: "500.00", basisDate: "2022-01-05", courseId: "K1" });
    expect(run(NF_JX, { trainees: [poor], courses: [across], claims: [la("L2", "K1", "2022-01-10")], ledger: [other] }).decided).toEqual({ L2: "denied:0.00:basis_already_paid" });
    expect(run(JX, { trainees: [poor], courses: [across], claims: [la("L1", "K1", "2022-01-10")], ledger: [other] }).decided).toEqual({ L1: "denied:0.00:basis_already_paid" });
  });

  it("jx2019 三(一)二 「学生学徒补贴金额一般可按学徒月实习津贴标准确定」: a gbf2019-floor year (「职工参加企业新型学徒制培训的」, an employee's) does not use a student apprentice's years — her student year is paid (one month's allowance 2000.00, illustrative, under the 3000 cap)", () => {
    const national = { id: "G0", claimId: "OLD", traineeId: "P1", measure: "apprenticeshipSubsidy", provision: "gbf2019.apprenticeship-floor", payee: { kind: "enterprise", id: "E1" }, amount: "12000.00", basisDate: "2018-01-01", apprenticeshipId: "A0", basisKeys: ["apprenticeshipSubsidy|P1|period 2018-01-01..2019-12-31"] };
    const doc = { trainees: [{ ...apprentice, employerId: "E1" }], enterprises: [APPR_E1], apprenticeships: [period("A1", "2020-01-01", "2020-12-31", { kind: "student", annualStandard: undefined, monthlyInternshipAllowance: "2000.00" })] };
    // 12 months × 2000.00 / 12 = 2000.00
    expect(run(JX, { ...doc, claims: [apClaim("Y1", "A1", "2021-01-15")], ledger: [national] }).decided).toEqual({ Y1: "granted:2000.00" });
  });
});

describe("findings (it.fails: each asserts what the text requires and fails on the code as it stands)", () => {
  // F1. What: a training subsidy kept by another system for EX-ELEC 初级工 that names the course K1 (courseId) but no
  // certificate, dated K1's last day (2020-06-10) — the course her certificate C1 names as the training that led to it
  // (certificate.courseId = K1) — holds her appraisal of C1, asking `grant G1: certificateId`
  // (earlierGrantQuestions puts a grant of the occupation and level naming no certificate in `certificateId` whatever
  // course it names). The same grant naming C1 asks nothing.
  // Why: 「对同一职业（工种）同一技能等级通过初次职业技能鉴定并取得证书（不含培训合格证书）的参训人员，给予职业技能鉴定补贴」:
  // the training subsidy is paid 「参加培训后取得证书」 (gbf2019 §(十二)) for the certificate the course led to; the record
  // already says which course led to C1, so a grant of that course paid C1 — not an earlier certificate. The reading's own
  // rule "a grant naming a certificate the document holds, or this one, asks nothing: the record says" applies: the
  // grant names this certificate's course, and the document says whose course it is. Holding asks a field the ledger
  // and document already answer (as audit 12d F4 found of a stated provision).
  // Alternatives: (a) hold (the library): a course might, in principle, have led to an earlier certificate too — but then
  // that certificate would name the course, and C1 would not be her first anyway only if it were in her history, which
  // the document would show; (b) pay as the first (mine).
  // Fix: src/jurisdictions/jiaxing/appraisalSubsidy.ts earlierGrantQuestions (and certificatePaidBy) — read a grant
  // naming `certificate.courseId` (its courseId, or a `|course ` key of its measure) as this certificate's: skip it.
  // Confidence 55 %. Money: 120.00 per claim held (jx2019 五(十一) 初级工 120 元), with no field the other system can
  // add but a certificate id it may not keep.
  // mended 2026-12-05 (the lead, after this review): earlierGrantQuestions reads a grant naming the course this
  // certificate names as a grant on this certificate. Now it(...).
  it("jx2019 五(十一) 「对同一职业（工种）同一技能等级通过初次职业技能鉴定并取得证书（不含培训合格证书）的参训人员，给予职业技能鉴定补贴」: a prior EX-ELEC 初级工 training subsidy kept by another system that names the course her certificate names (「参加培训后取得证书」) paid this certificate — her appraisal is paid 120.00 as the first, not held asking the grant's certificate", () => {
    const g = kept({ id: "G1", measure: "trainingSubsidy", provision: "gbf2019.certificate-basis", amount: "1000.00", basisDate: "2020-06-10", occupationCode: "EX-ELEC", level: "junior", courseId: "K1" });
    // jx2019 五(十一): 初级工 120 元
    expect(run(JXS, { ...ordinaryDoc, claims: [appraisal("B", "C1")], ledger: [g] }).decided).toEqual({ B: "granted:120.00" });
  });

  // F2. What: a Jiaxing living-allowance grant written by this library BEFORE the change (an earlier run: the grant keyed
  // `livingAllowance|P1|course K1` beside the five day keys of 2021 it paid, leaving 2022-01-01 … 05 unpaid) makes the
  // frameworks refuse the five days of 2022 whole (basis_already_paid naming course K1): paidDaysOf returns null on the
  // course key and the new `paidCourse` refusal takes it as the course paid whole. The same grant as this version
  // writes it (day keys alone) pays 250.00 (audit 12d F1, now a control there).
  // Why: 「在培训期间……按每人每天 50 元标准给予生活费补贴」 pays a person-day; the grant itself lists the days it paid, and
  // the reading pay-once-basis now says the course is keyed only "once every attended day of it was paid". A grant that
  // names the course and also names days, fewer than the course's attended days, says it did not pay the others —
  // these ledgers exist: every Jiaxing run of 2022 across 2021-12-31 wrote one.
  // Alternatives: (a) a course key is the course paid whole, whatever days its grant names (the library) — right for a
  // grant naming the course alone (another system's, control above); (b) judge the days of a grant naming the course and
  // some of its days day by day (mine); (c) hold such a claim asking which days were paid.
  // Fix: src/provisions/livingAllowance/livingAllowance.ts paidDaysOf and the `paidCourse` refusal — treat a course key
  // whose grant also carries day keys of this course as those days only (refuse whole only when the grant names the
  // course without days, or names every attended day).
  // Confidence 45 % (the library may fairly answer that the ledger must be rewritten). Money: 5 days × 50.00
  // (illustrative frameworks rate; jx2019 四(三)四's own 50 元) = 250.00 per such claim, refused.
  it.fails("jx2019 四(三)四 「在培训期间通过就业补助资金按每人每天 50 元标准给予生活费补贴」: a Jiaxing grant written before the change, naming the course beside the five days of 2021 it paid, did not pay the five days of 2022 — the frameworks pay them (5 × 50.00 = 250.00), not refused as the course paid", () => {
    const days = ["2021-12-27", "2021-12-28", "2021-12-29", "2021-12-30", "2021-12-31"];
    const old = { id: "L1", claimId: "L1", traineeId: "P1", measure: "livingAllowance", provision: "jx2019.living-allowance", payee: TRAINEE, amount: "250.00", basisDate: "2022-01-05", occupationCode: "EX-ELEC", level: "junior", courseId: "K1", basisKeys: ["livingAllowance|P1|course K1", ...days.map((d) => `livingAllowance|P1|day ${d}`)] };
    // 2022-01-01 … 05: 5 × 50.00 (illustrative frameworks rate) = 250.00
    expect(run(NF_JX, { trainees: [poor], courses: [across], claims: [la("L2", "K1", "2022-01-10")], ledger: [old] }).decided).toEqual({ L2: "granted:250.00" });
  });
});
