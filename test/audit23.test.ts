/**
 * Cold audit 23 (2026-12-06): one field at a time — a METAMORPHIC audit. For every shipped policy and every measure it
 * pays, start from the ORDINARY claimant the text is written for, whose claim is paid; change ONE field of one record to
 * each value that matters; decide from the text, before running, whether the change should (a) move nothing, (b)
 * refuse, (c) hold (a fact the text needs is missing), or (d) change the amount (to what); then compare.
 *
 * Policies: jiaxing-2019 with the ILLUSTRATIVE catalogue fixtures/jiaxing/catalogue-2020.json (withJiaxingCatalogue:
 * EX-ELEC 初级工 1000.00 / 中级工 1500.00 / 高级工 2000.00, EX-FORK 初级工 900.00, EX-SEW 初级工 800.00 …); the national
 * frameworks and the national texts with the example city's ILLUSTRATIVE catalogue and local standards
 * (test/support/ordinary.ts NF, withIllustrativeLocal: living allowance 50.00 a day, 以工代训 500.00 a month, skill
 * upgrade 1000/1500/2000); Jieyang as test/support/national.ts jieyangPackPolicy builds it (rows of exampleEdition2018,
 * ILLUSTRATIVE). Every figure a text leaves to a city is ILLUSTRATIVE, not an official standard.
 *
 * Read first: jx2019 二、三、四、五 (whole); gbf2019 §(十一)–(十三); op2025 (十七) (the fee cap) and what op2025/plan2021 change
 * of who and how much; gf2018 §(四)–(六), yf2018, jf2018 for the Jieyang chain. Then src/records/*.ts (every field), the
 * readings the probes touched (jiaxing-ordinary-worker, employment-basis-is-employment-region, insured-where-the-fund-is,
 * national-pension-scope, living-allowance-in-territory, pre-job-within-12-months, student-apprentice-amount,
 * apprenticeship-month-count, appraisal-first-by-certificates), and the rule files the findings point at.
 *
 * What I tried (about 300 single-field changes through parseClaimsDocument → evaluateBatch, the controls below keep the
 * ones whose answer the text gives plainly):
 * - Jiaxing, the local enterprise employee's own training subsidy and appraisal subsidy on one EX-ELEC 初级工 certificate:
 *   every trainee field (name, birth either side of 60 with and without the pension facts, each status family, each of
 *   the four residency bases alone, a city-level and a district-level place, no employer / another employer, insured
 *   months absent / 0), every course field (each kind, level absent / other, 0 and 39 class hours, a fee with and
 *   without market pricing, organiser absent, hire date, region inside / outside / the province), every certificate
 *   field (each kind, each level, issue dates either side of 2019-12-13, 2020-01-01, 2021-12-31, course absent,
 *   competition, direct recognition), claim fields (course, enterprise, amount claimed, submitted years later) and the
 *   employer's record (insured elsewhere, high-risk, sector).
 * - Jiaxing's enterprise routes: the pre-job route (E1's new hire, EX-SEW 800.00) and the safety route (EX-FORK 900.00)
 *   under the same changes plus hire date either side of 12 months, 39 / 40 hours, insured months 11 / 12 / absent /
 *   elsewhere / under the province, the organiser's and the employer's identity; the living allowance (10 × 50.00) for
 *   each group of 四(三)四 and each status outside it, days attended, a course across the plan's first and last day;
 *   the employee apprenticeship (6000.00 a year) and the student's; the package grant (5万 cap, developer kinds).
 * - National frameworks: the insured employee's training subsidy and skill-upgrade subsidy, the living allowance,
 *   以工代训 (each group, the 参保企业 condition, 6 months, the framework's dates), op2025's fee cap either side of
 *   2025-06-20. Jieyang: each status of gf2018 §(五), residency, the chain's first day and 2019-05-18.
 * - A property test (fast-check) that fields no text reads — a name, a certificate's kind name, a fee not market-priced,
 *   class hours and days off the pre-job route, the course's level, explicit `false` flags, a claim's course, enterprise
 *   and amount, a later filing date, claim order — move no money under Jiaxing, the frameworks and Jieyang.
 *
 * Found (records below): one field — a place recorded at the PROVINCE, a region that holds the city's — decides money
 * four ways, where the library's own reading insured-where-the-fund-is (the skill-upgrade subsidy) says such a place
 * "may have been insured here" and asks. The same 24 months recorded under "zhejiang" are asked about for the
 * skill-upgrade subsidy (control) and refused for the safety route (F1, 65 %); a course recorded in "zhejiang" is refused
 * as outside the city (F2, 50 %); a place of work recorded as "zhejiang" is no residency basis (F3, 45 %); an employer
 * insured under "zhejiang" is insured elsewhere (F4, 40 %).
 *
 * Considered and not recorded (each already a reading or an earlier audit's record, or the text does not decide it):
 * - A course outside the city refuses the training subsidy however local the person (audits 12c, 15, 20; readings
 *   certificate-names-its-course, living-allowance-in-territory) — F2 is only about a place that may be inside.
 * - Jiaxing's living allowance asks no residency (audit 5's record); no status of the Jieyang chain is 企业职工 or none
 *   (audits 6, 20); a safety-route enterprise recorded `highRiskIndustry: false` is paid (reading
 *   safety-training-certificate-shows-high-risk); a pre-job course whose certificate is of another occupation is paid
 *   at the certificate's row (review 39).
 * - An employee apprentice whose trainee record says `unemployed` (no employer on record) or names another employer is
 *   paid 6000.00 to the apprenticeship's enterprise: 「职工学徒」 is the enterprise's employee, but statuses carry no dates
 *   (the apprenticeship may lie before the unemployment), so the record does not contradict it (30 %, not recorded).
 * - A living-allowance claim filed by the course's organiser is granted to the trainee (payee trainee): no money moves.
 * - A special-operations certificate paid 「按初级工标准」 and a later 初级工 skill-level certificate of the same occupation
 *   are both paid (900.00 each): the certificate of the safety route carries no 等级, so 「同一职业（项目）同一等级」 does
 *   not bar the second; I agree.
 * - An enterprise's UI place and a trainee's hukou recorded at the province are rare in real records; F3 and F4 are held
 *   lower for it.
 * - Claim ids move money at the annual cap: four Jiaxing certificates issued the same day (EX-ELEC 1000.00, EX-WELD
 *   1200.00, EX-FORK 900.00, EX-SEW 800.00, illustrative) claimed as A1..A4 refuse EX-SEW (paid 3100.00); the same claims
 *   named A4..A1 refuse EX-ELEC (paid 2900.00). The tie-break by claim id is reading claim-order-by-issue-date's
 *   convention; 「每人每年可享受不超过 3 次」 does not order same-day certificates (25 % that the text asks another rule).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { nationalFrameworksPolicy, type Decision, type Policy } from "../src/index.js";
import { appraisal, cert, cityCert, cityCourse, cityTs, cityWorker, course, decideById, E1, JX, NANHU, NF, skillUpgrade, TRAINEE, ts, withIllustrativeLocal, worker } from "./support/ordinary.js";
import { ability, employee, enterprises, operations, preJob, safety } from "./support/enterpriseRoutes.js";
import { jieyangPackPolicy } from "./support/national.js";
import { withSkillUpgradeStandards } from "./support/world.js";
import { lawPath } from "./support/law.js";

type O = Record<string, unknown>;

// ── What a decision says, briefly ──
/** `outcome:amount`, and for a hold the facts it asks. */
const brief = (d: Decision | undefined): string => (d === undefined ? "none" : d.outcome === "undecidable" ? `undecidable?${d.missingFacts.join(",")}` : `${d.outcome}:${d.amount}`);
const run = (policy: Policy, doc: O): Record<string, string> => Object.fromEntries(Object.entries(decideById(policy, doc)).map(([k, d]) => [k, brief(d)]));
const G = (amount: string) => `granted:${amount}`;
const DENIED = "denied:0.00";

// ── The ordinary claimants ──
const ENT = { kind: "enterprise", id: "E1" };
const HZ = "zhejiang.hangzhou";
/** Jiaxing: the local enterprise employee (Nanhu hukou, employer E1) claims the training subsidy (A) and the appraisal subsidy (B) on C1, EX-ELEC 初级工. */
const jx = (o: { t?: O; k?: O; c?: O; cl?: O; e?: O } = {}): O => ({
  trainees: [worker(o.t)], enterprises: [{ ...E1, ...o.e }], courses: [course("K1", o.k)], certificates: [cert("C1", o.c)],
  claims: [ts("A", "C1", o.cl), appraisal("B", "C1", o.cl)],
});
/** Jiaxing pre-job route: E1, the organising unit, claims for its new hire P1 (hired 2020-03-15, 40 hours in April 2020), EX-SEW special-ability certificate. */
const pj = (o: { t?: O; k?: O; c?: O; e?: O; claimant?: O } = {}): O => ({
  trainees: [{ ...employee, ...o.t }], enterprises: [{ ...enterprises[0], ...o.e }, enterprises[1]], courses: [preJob(o.k)], certificates: [ability(o.c)],
  claims: [{ id: "PJ", measure: "trainingSubsidy", traineeId: "P1", claimant: o.claimant ?? ENT, certificateId: "K1", submittedOn: "2020-05-01" }],
});
/** Jiaxing safety route: the insured enterprise employee P1 (24 months in Nanhu) claims on her EX-FORK special-operations certificate. */
const sf = (o: { t?: O; k?: O; claimant?: O } = {}): O => ({
  trainees: [{ ...employee, ...o.t }], enterprises, courses: [safety(o.k)], certificates: [operations],
  claims: [{ id: "S", measure: "trainingSubsidy", traineeId: "P1", claimant: o.claimant ?? TRAINEE, certificateId: "K1", submittedOn: "2020-05-01" }],
});
/** Jiaxing living allowance: a local 建档立卡低收入农户家庭劳动力 on K1, 2020-06-01..06-10, ten days attended. */
const la = (o: { t?: O; k?: O } = {}): O => ({
  trainees: [worker({ statuses: ["povertyRegistered"], employerId: undefined, ...o.t })], enterprises: [E1], courses: [course("K1", o.k)],
  claims: [{ id: "L", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2020-07-01" }],
});
/** Jiaxing employee apprenticeship of P1 with E1 through 2020 at an ILLUSTRATIVE 6000.00 a year (within 4000–10000). */
const ap = (o: { a?: O; t?: O; e?: O } = {}): O => ({
  trainees: [worker(o.t)], enterprises: [{ ...E1, ...o.e }],
  apprenticeships: [{ id: "AP1", traineeId: "P1", enterpriseId: "E1", kind: "employee", occupation: { code: "EX-WELD", name: "焊工（示意）" }, startDate: "2020-01-01", endDate: "2020-12-31", annualStandard: "6000.00", ...o.a }],
  claims: [{ id: "AP", measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: ENT, apprenticeshipId: "AP1", submittedOn: "2021-01-15" }],
});
/** Jiaxing package grant: a vocational college commissioned to develop package PK-1 claims 30000.00. */
const pk = (p: O = {}, cl: O = {}): O => ({
  trainees: [worker()], enterprises: [E1],
  claims: [{ id: "PK", measure: "trainingPackageGrant", traineeId: "P1", claimant: { kind: "organizer", id: "DEV-1" }, submittedOn: "2020-09-01", amountClaimed: "30000.00", trainingPackage: { id: "PK-1", developerKind: "vocationalCollege", commissioned: true, ...p }, ...cl }],
});
/** National frameworks (example city): the insured enterprise employee's training subsidy (A) and skill-upgrade subsidy (B) on C1. */
const nf = (o: { t?: O; k?: O; c?: O; sub?: string } = {}): O => ({
  trainees: [cityWorker(o.t)], courses: [cityCourse("K1", o.k)], certificates: [cityCert("C1", o.c)],
  claims: [cityTs("A", "C1"), skillUpgrade("B", "C1")].map((c) => (o.sub === undefined ? c : { ...c, submittedOn: o.sub })),
});
const NFX = withIllustrativeLocal(nationalFrameworksPolicy());
/** National frameworks living allowance: a 贫困劳动力 of the example city, 20 days in June 2020. */
const nla = (o: { t?: O; k?: O } = {}): O => ({
  trainees: [cityWorker({ statuses: ["povertyRegistered"], ...o.t })], courses: [cityCourse("K1", { startDate: "2020-06-01", endDate: "2020-06-20", ...o.k })],
  claims: [{ id: "L", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2020-07-01" }],
});
/** Jieyang (2018 chain + example pack): an unemployed worker of Rongcheng, EX-ELEC 初级工 certificate of 2018-09-01. */
const JP = jieyangPackPolicy();
const RC = "guangdong.jieyang.rongcheng";
const jy = (o: { t?: O; k?: O; c?: O; cl?: O } = {}): O => ({
  trainees: [worker({ hukouRegion: RC, statuses: ["unemployed"], employerId: undefined, unemploymentInsuranceMonths: undefined, ...o.t })],
  courses: [course("K1", { region: RC, startDate: "2018-08-01", endDate: "2018-08-10", ...o.k })], certificates: [cert("C1", { issuedOn: "2018-09-01", ...o.c })],
  claims: [ts("A", "C1", { submittedOn: "2018-10-01", ...o.cl })],
});

/** One row: a single-field change, the policy, the decisions the text gives (by claim id), and why. */
interface Row { readonly change: string; readonly policy: Policy; readonly doc: O; readonly want: Record<string, string>; readonly why: string }

const JX_BASE = { A: G("1000.00"), B: G("120.00") }; // A: EX-ELEC 初级工 row 1000.00 (illustrative); B: 初级工 120 (jx2019 五(十一))
const JX_ROWS: Row[] = [
  { change: "none (the ordinary claimant)", policy: JX, doc: jx(), want: JX_BASE, why: "五(十一) 普惠同等; 鉴定补贴 初级工 120, certificate of 2020-06-20 ≥ 2020-01-01" },
  { change: "trainee.name added", policy: JX, doc: jx({ t: { name: "张三" } }), want: JX_BASE, why: "no rule reads a name" },
  { change: "trainee.statuses [] and no employer", policy: JX, doc: jx({ t: { statuses: [], employerId: undefined } }), want: JX_BASE, why: "五(十一) names no group (reading jiaxing-ordinary-worker)" },
  { change: "trainee.statuses [unemployed]", policy: JX, doc: jx({ t: { statuses: ["unemployed"], employerId: undefined } }), want: JX_BASE, why: "普惠同等: the same standard" },
  { change: "trainee.statuses + veteran", policy: JX, doc: jx({ t: { statuses: ["enterpriseEmployee", "veteran"] } }), want: JX_BASE, why: "二 lists targets; no status moves the standard" },
  { change: "trainee.statuses [tradeFrictionAffected]", policy: JX, doc: jx({ t: { statuses: ["tradeFrictionAffected"] } }), want: { A: G("1300.00"), B: G("120.00") }, why: "三(二) 上浮30%: 1000.00 × 1.3 = 1300.00; the appraisal subsidy is not a 培训补贴标准" },
  { change: "trainee.hukouRegion absent", policy: JX, doc: jx({ t: { hukouRegion: undefined } }), want: { A: "undecidable?trainee.hukouRegion,trainee.residenceRegion,trainee.hasResidencePermit,trainee.employmentRegion,trainee.unemploymentRegisteredAt", B: "undecidable?trainee.hukouRegion,trainee.residenceRegion,trainee.hasResidencePermit,trainee.employmentRegion,trainee.unemploymentRegisteredAt" }, why: "五(十一) needs one of four bases; none known" },
  { change: "trainee.hukouRegion Hefei + employmentRegion Nanhu", policy: JX, doc: jx({ t: { hukouRegion: "anhui.hefei", employmentRegion: NANHU } }), want: JX_BASE, why: "在当地就业创业" },
  { change: "trainee.hukouRegion Hefei + residence Nanhu with permit", policy: JX, doc: jx({ t: { hukouRegion: "anhui.hefei", residenceRegion: NANHU, hasResidencePermit: true } }), want: JX_BASE, why: "当地常住并办有居住证" },
  { change: "trainee.hukouRegion Hefei + unemployment registered in Nanhu", policy: JX, doc: jx({ t: { hukouRegion: "anhui.hefei", unemploymentRegisteredAt: NANHU } }), want: JX_BASE, why: "在当地办理失业登记" },
  { change: "trainee.hukouRegion the city itself (zhejiang.jiaxing)", policy: JX, doc: jx({ t: { hukouRegion: "zhejiang.jiaxing" } }), want: JX_BASE, why: "当地户籍" },
  { change: "trainee.receivesMonthlyPension true", policy: JX, doc: jx({ t: { receivesMonthlyPension: true } }), want: { A: DENIED, B: DENIED }, why: "五(十一) 不具有按月领取养老金资格 (reading pension-entitlement-test)" },
  { change: "trainee.birthDate 1955 + monthlyPensionEntitled false", policy: JX, doc: jx({ t: { birthDate: "1955-01-01", monthlyPensionEntitled: false } }), want: JX_BASE, why: "超过退休年龄，不具有按月领取养老金资格 … 可纳入" },
  { change: "trainee.unemploymentInsuranceMonths absent", policy: JX, doc: jx({ t: { unemploymentInsuranceMonths: undefined } }), want: JX_BASE, why: "the person's own claim asks no insurance" },
  { change: "enterprise insured in Hangzhou", policy: JX, doc: jx({ e: { unemploymentInsuranceRegion: HZ } }), want: JX_BASE, why: "属地原则 governs enterprises that claim, not the worker's own claim" },
  ...(["preJob", "skillUpgrade", "jobTransfer", "safety", "entrepreneurship", "projectBased"] as const).map((kind): Row => ({ change: `course.kind ${kind}`, policy: JX, doc: jx({ k: { kind } }), want: JX_BASE, why: "the person's certificate is the basis (以获取职业资格证书…为主要依据), whatever the course's kind" })),
  { change: "course.level absent", policy: JX, doc: jx({ k: { level: undefined } }), want: JX_BASE, why: "the certificate's level is the standard's" },
  { change: "course.classHours 0", policy: JX, doc: jx({ k: { classHours: 0 } }), want: JX_BASE, why: "不低于40课时 is the pre-job route's" },
  { change: "course.feeCharged 500.00, market-priced (2020)", policy: JX, doc: jx({ k: { feeCharged: "500.00", pricing: "market" } }), want: JX_BASE, why: "op2025 (十七) is not in Jiaxing's 2019 plan" },
  { change: "certificate.level intermediate", policy: JX, doc: jx({ c: { level: "intermediate" } }), want: { A: G("1500.00"), B: G("120.00") }, why: "row 中级工 1500.00 (illustrative); 中级工 120" },
  { change: "certificate.level senior", policy: JX, doc: jx({ c: { level: "senior" } }), want: { A: G("2000.00"), B: G("150.00") }, why: "row 高级工 2000.00 (illustrative); 高级工 150" },
  { change: "certificate.kind qualificationCertificate", policy: JX, doc: jx({ c: { kind: "qualificationCertificate" } }), want: JX_BASE, why: "职业资格证书 (the row lists it)" },
  { change: "certificate.kind trainingCompletionCertificate", policy: JX, doc: jx({ c: { kind: "trainingCompletionCertificate", level: undefined } }), want: { A: DENIED, B: DENIED }, why: "the row lists no 培训合格证书; 鉴定补贴 「不含培训合格证书」" },
  { change: "certificate.kindName added", policy: JX, doc: jx({ c: { kindName: "职业技能等级证书" } }), want: JX_BASE, why: "a name, not a kind" },
  { change: "claim.submittedOn 2023-01-01", policy: JX, doc: jx({ cl: { submittedOn: "2023-01-01" } }), want: JX_BASE, why: "no deadline; judged by the certificate's date" },
];

const ENTERPRISE_ROWS: Row[] = [
  { change: "pre-job: none", policy: JX, doc: pj(), want: { PJ: G("800.00") }, why: "三(一)一 按初级工标准给予组织单位补贴: EX-SEW 初级工 800.00 (illustrative)" },
  { change: "pre-job: course.classHours 39", policy: JX, doc: pj({ k: { classHours: 39 } }), want: { PJ: DENIED }, why: "培训时间不低于40课时" },
  { change: "pre-job: course.hireDate absent", policy: JX, doc: pj({ k: { hireDate: undefined } }), want: { PJ: "undecidable?course.hireDate" }, why: "在员工入职12个月内 needs the hire date" },
  { change: "pre-job: hired 2019-03-31 (course 2020-04-01..10)", policy: JX, doc: pj({ k: { hireDate: "2019-03-31" } }), want: { PJ: DENIED }, why: "outside 12 months of hire" },
  { change: "pre-job: certificate a 培训合格证书", policy: JX, doc: pj({ c: { kind: "trainingCompletionCertificate" } }), want: { PJ: G("800.00") }, why: "专项职业能力证书（或培训合格证书）" },
  { change: "pre-job: the trainee claims", policy: JX, doc: pj({ claimant: TRAINEE }), want: { PJ: DENIED }, why: "给予组织单位补贴" },
  { change: "pre-job: trainee.unemploymentInsuranceMonths absent", policy: JX, doc: pj({ t: { unemploymentInsuranceMonths: undefined } }), want: { PJ: G("800.00") }, why: "the pre-job route asks no insured months of the new hire" },
  { change: "safety: none", policy: JX, doc: sf(), want: { S: G("900.00") }, why: "三(一)三 按初级工标准: EX-FORK 初级工 900.00 (illustrative), not its special-operations row 400.00" },
  { change: "safety: insured 12 months in Nanhu", policy: JX, doc: sf({ t: { unemploymentInsuranceMonths: { [NANHU]: 12 } } }), want: { S: G("900.00") }, why: "1年以上: 12 months" },
  { change: "safety: insured 11 months in Nanhu", policy: JX, doc: sf({ t: { unemploymentInsuranceMonths: { [NANHU]: 11 } } }), want: { S: DENIED }, why: "short of 1 年" },
  { change: "safety: insured months absent", policy: JX, doc: sf({ t: { unemploymentInsuranceMonths: undefined } }), want: { S: "undecidable?trainee.unemploymentInsuranceMonths" }, why: "the year in the city unknown" },
  { change: "safety: insured 24 months in Hangzhou only", policy: JX, doc: sf({ t: { unemploymentInsuranceMonths: { [HZ]: 24 } } }), want: { S: DENIED }, why: "not 在本市" },
  { change: "safety: the organising unit E1 claims", policy: JX, doc: sf({ claimant: ENT }), want: { S: G("900.00") }, why: "给予个人或组织单位补贴" },
  { change: "safety: trainee.statuses [] (no employer on record)", policy: JX, doc: sf({ t: { statuses: [] } }), want: { S: DENIED }, why: "的企业职工" },
  { change: "living allowance: none", policy: JX, doc: la(), want: { L: G("500.00") }, why: "四(三)四: 10 days × 50.00 = 500.00" },
  ...([["employmentDifficulty"], ["zeroEmploymentHousehold"], ["nonContinuingGraduate", "rural"], ["nonContinuingGraduate", "urbanDibaoFamily"], ["disabled"]] as const).map((statuses): Row => ({ change: `living allowance: statuses [${statuses.join(", ")}]`, policy: JX, doc: la({ t: { statuses } }), want: { L: G("500.00") }, why: "a group of 四(三)四 (就业困难人员（含残疾人）): 10 × 50.00 = 500.00" })),
  ...([["nonContinuingGraduate"], ["unemployed"], ["veteran"], ["pairedRegionPovertyRegistered"], []] as const).map((statuses): Row => ({ change: `living allowance: statuses [${statuses.join(", ")}]`, policy: JX, doc: la({ t: { statuses } }), want: { L: DENIED }, why: "not in 四(三)四's list (两后生 only 农村学员和城市低保家庭学员)" })),
  { change: "living allowance: course.attendedDays 5", policy: JX, doc: la({ k: { attendedDays: 5 } }), want: { L: G("250.00") }, why: "5 × 50.00 = 250.00" },
  { change: "living allowance: course 2019-12-10..19 (plan issued 12-13)", policy: JX, doc: la({ k: { startDate: "2019-12-10", endDate: "2019-12-19" } }), want: { L: G("350.00") }, why: "本方案自印发之日起施行: 12-13..12-19 = 7 × 50.00 = 350.00" },
  { change: "living allowance: course.kind safety", policy: JX, doc: la({ k: { kind: "safety" } }), want: { L: G("500.00") }, why: "在培训期间: any training" },
  { change: "apprenticeship: none", policy: JX, doc: ap(), want: { AP: G("6000.00") }, why: "三(一)二: 12 months × 6000.00 / 12 = 6000.00 (illustrative standard)" },
  { change: "apprenticeship: ends 2020-06-30", policy: JX, doc: ap({ a: { endDate: "2020-06-30" } }), want: { AP: G("3000.00") }, why: "6 months × 6000.00 / 12 = 3000.00" },
  // Changed (reading apprenticeship-standard-out-of-range, cold review 109 F1): outside the range the year is held, not refused.
  { change: "apprenticeship: annualStandard 3999.99", policy: JX, doc: ap({ a: { annualStandard: "3999.99" } }), want: { AP: "undecidable?apprenticeship.annualStandard" }, why: "below 4000元至10000元" },
  { change: "apprenticeship: annualStandard 10000.01", policy: JX, doc: ap({ a: { annualStandard: "10000.01" } }), want: { AP: "undecidable?apprenticeship.annualStandard" }, why: "above 4000元至10000元" },
  { change: "apprenticeship: trainee draws a pension", policy: JX, doc: ap({ t: { receivesMonthlyPension: true } }), want: { AP: G("6000.00") }, why: "给予企业补贴: the pension clause is the person's subsidies'" },
  { change: "apprenticeship: trainee.hukouRegion Hefei", policy: JX, doc: ap({ t: { hukouRegion: "anhui.hefei" } }), want: { AP: G("6000.00") }, why: "the enterprise's measure asks no residency of the apprentice" },
  { change: "apprenticeship: enterprise insured in Hangzhou", policy: JX, doc: ap({ e: { unemploymentInsuranceRegion: HZ } }), want: { AP: DENIED }, why: "按属地原则由失业保险参保地进行管理" },
  { change: "apprenticeship: student, 200.00 a month", policy: JX, doc: ap({ a: { kind: "student", annualStandard: undefined, monthlyInternshipAllowance: "200.00" } }), want: { AP: G("200.00") }, why: "按学徒月实习津贴标准确定 (reading student-apprentice-amount)" },
  { change: "package: none", policy: JX, doc: pk(), want: { PK: G("30000.00") }, why: "五(十)二 每个不超过5万元" },
  { change: "package: 50000.01 claimed", policy: JX, doc: pk({}, { amountClaimed: "50000.01" }), want: { PK: G("50000.00") }, why: "capped at 50000.00" },
  { change: "package: another kind of developer", policy: JX, doc: pk({ developerKind: "otherDeveloper" }), want: { PK: DENIED }, why: "委托职业院校、行业协会和骨干企业" },
  { change: "package: not commissioned", policy: JX, doc: pk({ commissioned: false }), want: { PK: DENIED }, why: "委托" },
];

const NF_BASE = { A: G("1000.00"), B: DENIED }; // A: EX-ELEC 初级工 1000.00 (illustrative); B: 职业培训补贴或参保职工技能提升补贴 — one of them
const NATIONAL_ROWS: Row[] = [
  { change: "frameworks: none", policy: NF, doc: nf(), want: NF_BASE, why: "gbf2019 §(十一) 企业职工 … 职业培训补贴或参保职工技能提升补贴" },
  { change: "frameworks: certificate.level intermediate", policy: NF, doc: nf({ c: { level: "intermediate" } }), want: { A: G("1500.00"), B: DENIED }, why: "row 中级工 1500.00 (illustrative)" },
  { change: "frameworks: trainee.receivesMonthlyPension true", policy: NF, doc: nf({ t: { receivesMonthlyPension: true } }), want: { A: DENIED, B: DENIED }, why: "§(十二) 不具有按月领取养老金资格 (reading national-pension-scope)" },
  { change: "frameworks: market fee 500.00 after op2025", policy: NF, doc: nf({ k: { feeCharged: "500.00", pricing: "market", startDate: "2025-07-01", endDate: "2025-07-20" }, c: { issuedOn: "2025-08-01" }, sub: "2025-08-05" }), want: { A: G("500.00"), B: DENIED }, why: "op2025 (十七) 市场化收费+政府补贴: min(1000.00, 500.00) = 500.00" },
  { change: "frameworks: the same fee not market-priced", policy: NF, doc: nf({ k: { feeCharged: "500.00", startDate: "2025-07-01", endDate: "2025-07-20" }, c: { issuedOn: "2025-08-01" }, sub: "2025-08-05" }), want: { A: G("1000.00"), B: DENIED }, why: "only 收费实行市场调节价的培训项目" },
  { change: "frameworks living allowance: none", policy: NFX, doc: nla(), want: { L: G("1000.00") }, why: "§(十一) 贫困劳动力 在培训期间: 20 × 50.00 (illustrative) = 1000.00" },
  { change: "frameworks living allowance: enterprise employee only", policy: NFX, doc: nla({ t: { statuses: ["enterpriseEmployee"] } }), want: { L: DENIED }, why: "not a group of the allowance" },
  { change: "frameworks living allowance: 5 days attended", policy: NFX, doc: nla({ k: { attendedDays: 5 } }), want: { L: G("250.00") }, why: "5 × 50.00 = 250.00" },
  { change: "Jieyang: none", policy: JP, doc: jy(), want: { A: G("1000.00") }, why: "gf2018 §(五) 失业人员; row EX-ELEC 初级工 1000.00 (illustrative)" },
  { change: "Jieyang: veteran", policy: JP, doc: jy({ t: { statuses: ["veteran"] } }), want: { A: G("1000.00") }, why: "gf2018 §(五) 退役军人" },
  { change: "Jieyang: certificate 2018-05-03", policy: JP, doc: jy({ k: { startDate: "2018-04-01", endDate: "2018-04-10" }, c: { issuedOn: "2018-05-03" }, cl: { submittedOn: "2018-06-01" } }), want: { A: G("1000.00") }, why: "gf2018 issued 2018-05-03" },
  { change: "Jieyang: the course's organiser claims", policy: JP, doc: jy({ cl: { claimant: { kind: "organizer", id: "ORG1" } } }), want: { A: G("1000.00") }, why: "the organiser of her course claims in her stead" },
];

// ── The passages quoted in the findings, checked against law/sources (whitespace removed) ──
const QUOTES: readonly (readonly [string, string])[] = [
  ["jx2019", "在本市缴纳失业保险 1 年以上的企业职工按初级工标准给予个人或组织单位补贴"],
  ["jx2019", "本方案自印发之日起施行，适用范围为全市"],
  ["jx2019", "对具有当地户籍、当地常住并办有居住证、在当地就业创业或在当地办理失业登记的城乡劳动者提供普惠同等的培训补贴"],
  ["jx2019", "享受职业技能培训补贴的企业，按属地原则由失业保险参保地进行管理"],
];
const squash = (s: string) => s.replace(/\s+/g, "");

describe("cold audit 23 — controls: one field changed, the text's answer, and the library gives it", () => {
  it("every passage the findings quote is in law/sources, character for character", () => {
    for (const [source, text] of QUOTES) expect(squash(readFileSync(lawPath("sources", `${source}.txt`), "utf8"))).toContain(squash(text));
  });

  for (const [table, rows] of [["Jiaxing, the ordinary worker's own claims", JX_ROWS], ["Jiaxing, the routes paid to units and the allowance", ENTERPRISE_ROWS], ["national frameworks and Jieyang", NATIONAL_ROWS]] as const) {
    describe(table, () => {
      it.each(rows.map((r) => [r.change, r] as const))("%s", (_change, r) => {
        expect(run(r.policy, r.doc), r.why).toEqual(r.want);
      });
    });
  }

  it("the yardstick of the findings: 24 months recorded under the province (zhejiang) are ASKED about for Jiaxing's skill-upgrade subsidy (reading insured-where-the-fund-is), not refused", () => {
    const doc = { trainees: [worker({ unemploymentInsuranceMonths: { zhejiang: 24 } })], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")], claims: [{ id: "U", measure: "insuredSkillUpgradeSubsidy", traineeId: "P1", claimant: TRAINEE, certificateId: "C1", submittedOn: "2020-07-01" }] };
    expect(run(withSkillUpgradeStandards(JX), doc)).toEqual({ U: "undecidable?trainee.unemploymentInsuranceMonths" });
    // and with Nanhu months it is paid: 初级工 1000.00 (illustrative skill-upgrade standard)
    expect(run(withSkillUpgradeStandards(JX), { ...doc, trainees: [worker()] })).toEqual({ U: G("1000.00") });
  });

  // Changed (reading course-free-to-trainee, cold review 109 F2): a course's pricing "free" is read now — the trainee's own
  // claim on a free course is refused — so the property no longer draws it.
  it("fields no text reads move no money (property: Jiaxing, national frameworks, Jieyang)", () => {
    const cases = [
      { name: "jiaxing", policy: JX, doc: () => jx() },
      { name: "frameworks", policy: NF, doc: () => nf() },
      { name: "jieyang", policy: JP, doc: () => jy() },
    ];
    const change = fc.record({
      name: fc.boolean(), kindName: fc.boolean(), fee: fc.constantFrom(undefined, "5000.00", "2000.00"), pricing: fc.constantFrom(undefined, "governmentGuided"),
      classHours: fc.constantFrom(undefined, 0, 39, 400), courseLevel: fc.constantFrom(undefined, "intermediate", null), attendedDays: fc.constantFrom(undefined, 0, 5),
      falseFlags: fc.boolean(), claimCourse: fc.boolean(), claimEnterprise: fc.boolean(), amountClaimed: fc.boolean(), laterDays: fc.constantFrom(0, 30, 400), reverse: fc.boolean(),
    });
    for (const c of cases) {
      const base = run(c.policy, c.doc());
      fc.assert(
        fc.property(change, (m) => {
          const d = c.doc() as { trainees: O[]; courses: O[]; certificates: O[]; claims: O[]; enterprises?: O[] };
          const [t, k, ce] = [d.trainees[0]!, d.courses[0]!, d.certificates[0]!];
          if (m.name) t["name"] = "张三";
          if (m.kindName) ce["kindName"] = "职业技能等级证书";
          if (m.fee !== undefined) k["feeCharged"] = m.fee; // not market-priced: op2025 (十七) caps only 市场调节价
          if (m.pricing !== undefined) k["pricing"] = m.pricing;
          if (m.classHours !== undefined) k["classHours"] = m.classHours; // 40 课时 is the pre-job route's
          if (m.courseLevel === null) delete k["level"];
          else if (m.courseLevel !== undefined) k["level"] = m.courseLevel;
          if (m.attendedDays !== undefined) k["attendedDays"] = m.attendedDays; // days pay the allowance, not the certificate
          if (m.falseFlags) Object.assign(ce, { viaCompetition: false, directlyRecognised: false });
          for (const cl of d.claims) {
            if (m.claimCourse) cl["courseId"] = "K1";
            if (m.claimEnterprise) { cl["enterpriseId"] = "E1"; d.enterprises ??= [E1]; }
            if (m.amountClaimed) cl["amountClaimed"] = "1.00";
            if (m.laterDays > 0) { const at = new Date(`${cl["submittedOn"] as string}T00:00:00Z`); at.setUTCDate(at.getUTCDate() + m.laterDays); cl["submittedOn"] = at.toISOString().slice(0, 10); }
          }
          if (m.reverse) d.claims.reverse();
          expect(run(c.policy, d as O), c.name).toEqual(base);
        }),
        { numRuns: 120, seed: 23 },
      );
    }
  });
});

describe("cold audit 23 — findings: a place recorded at the province decides money the record does not decide", () => {
  // F1 — What: a local enterprise employee on the safety route whose 24 months of unemployment insurance are recorded
  //   under "zhejiang" (the province, which holds the city) is REFUSED (too_few_insured_months, 0 months counted in
  //   the city); the same months are asked about for the skill-upgrade subsidy (control above).
  // Why: 「在本市缴纳失业保险 1 年以上」 asks a year insured in Jiaxing; months recorded under the province may have been
  //   paid in Jiaxing or in Hangzhou. The record does not say, so the claim is undecidable, asking the months by region
  //   (the library's own reasoning in reading insured-where-the-fund-is: "Refusing refuses on a guess someone who may be
  //   insured here"). Alternatives: refuse (province months are not 本市's — the library now), or count them (pays on
  //   a guess). Also {Nanhu 6, zhejiang 18}: 6 < 12 refused, though the 18 may make up the year.
  // Confidence: 65 %. Money: 900.00 per claim — 「按初级工标准」: EX-FORK 初级工 row 900.00 (illustrative catalogue).
  // Fix: src/jurisdictions/jiaxing/safetyTraining.ts, the insured-months check (insuredMonthsWithin then; insuredMonthsByPlace since): when the city's
  //   months fall short of minInsuredMonths but months under a region holding the city (isWithinRegion(region, at))
  //   could make them up, return pass "unknown" asking trainee.unemploymentInsuranceMonths, as insuredEmployeeCheck does.
  // Mended 2026-12-06 (the lead): safetyTraining counts the months under a region holding the city; short of the year
  // without them and a year with them, the claim is held asking for them (insured_months_unknown).
  it("「在本市缴纳失业保险 1 年以上的企业职工按初级工标准给予个人或组织单位补贴」: 24 months recorded under the province (zhejiang) may be 本市's — the safety-route claim is held asking the months, not refused", () => {
    const d = decideById(JX, sf({ t: { unemploymentInsuranceMonths: { zhejiang: 24 } } }))["S"]!;
    expect(brief(d)).toBe("undecidable?trainee.unemploymentInsuranceMonths");
    // 6 in Nanhu + 18 under the province: the 18 may make up the year (6 + 18 = 24 ≥ 12), so asked
    expect(brief(decideById(JX, sf({ t: { unemploymentInsuranceMonths: { "zhejiang.jiaxing.nanhu": 6, zhejiang: 18 } } }))["S"]!)).toBe("undecidable?trainee.unemploymentInsuranceMonths");
    // 6 in Nanhu + 5 under the province: 11 < 12 whatever the 5 were, refused
    expect(brief(decideById(JX, sf({ t: { unemploymentInsuranceMonths: { "zhejiang.jiaxing.nanhu": 6, zhejiang: 5 } } }))["S"]!)).toMatch(/^denied/);
    // 12 in Nanhu: the year met here, paid the EX-FORK 初级工 row 「按初级工标准」 900.00 (illustrative), whatever the province's
    expect(brief(decideById(JX, sf({ t: { unemploymentInsuranceMonths: { "zhejiang.jiaxing.nanhu": 12, zhejiang: 18 } } }))["S"]!)).toMatch(/^granted:900\.00/);
  });

  // F2 — What: a course recorded in "zhejiang" is refused course_outside_jurisdiction (training subsidy 0.00, the
  //   appraisal subsidy on the same certificate still paid); the same for the living allowance and, under the national
  //   frameworks, a course recorded in "example" (the province of example.city).
  // Why: the library reads 「适用范围为全市」 as training in the city (readings certificate-names-its-course,
  //   living-allowance-in-territory). A course recorded at the province may have been held in Jiaxing: the record does not
  //   show it outside, so by the library's own reading the place is unknown — held asking course.region, never refused
  //   on a guess (reading undecidable-never-zero). Alternatives: refuse (the library now: the record is not precise
  //   enough, so the claimant fails), or no place test at all (audits 12c/15/20: then nothing turns on it).
  // Confidence: 50 % (that a province-level course place must be asked rather than refused, given the library's reading).
  // Money: 1000.00 per training-subsidy claim (EX-ELEC 初级工 row, illustrative); a living allowance 10 × 50.00 (四(三)四) = 500.00.
  // Fix: src/provisions/common.ts courseInJurisdiction: when the policy's region lies within course.region (a wider
  //   region), return pass "unknown" with missing ["course.region"] instead of course_outside_jurisdiction.
  // Mended 2026-12-07 (reading place-recorded-wider: course_region_unknown)
  it("「本方案自印发之日起施行，适用范围为全市」: a course recorded only as in the province (zhejiang) may have been in the city — the training-subsidy claim is held asking course.region, not refused as outside", () => {
    const d = decideById(JX, jx({ k: { region: "zhejiang" } }))["A"]!;
    expect(brief(d)).toBe("undecidable?course.region");
  });

  // F3 — What: a migrant (Hefei hukou, living in Hangzhou without a permit, registered unemployed nowhere local) whose
  //   place of work is recorded as "zhejiang" is refused no_residency_basis.
  // Why: 「在当地就业创业」 is the place of work (reading employment-basis-is-employment-region); "zhejiang" may be
  //   Jiaxing. The record leaves the one basis that could hold unknown: held asking trainee.employmentRegion. The same
  //   field at a wider region is read as unknown for insured months (insured-where-the-fund-is) but as elsewhere here.
  //   Alternatives: refuse (the library now). Confidence: 45 % (records at the province are rare; the text plainly
  //   needs the city). Money: 1000.00 per claim (EX-ELEC 初级工 row, illustrative), the appraisal 120.00 likewise held.
  // Fix: src/provisions/eligibility/residency.ts regionWithin: "unknown" when the recorded region holds the policy's
  //   region (isWithinRegion(region, value) and value !== region), so residencyCheck asks that field.
  // Mended 2026-12-07 (reading place-recorded-wider; cold review 96 F3 and F4)
  it("「在当地就业创业」 in 「对具有当地户籍、当地常住并办有居住证、在当地就业创业或在当地办理失业登记的城乡劳动者提供普惠同等的培训补贴」: a place of work recorded as the province (zhejiang) may be the city — held asking trainee.employmentRegion, not refused", () => {
    const away = { hukouRegion: "anhui.hefei", residenceRegion: HZ, hasResidencePermit: false, unemploymentRegisteredAt: HZ, employmentRegion: "zhejiang" };
    const d = decideById(JX, jx({ t: away }))["A"]!;
    expect(brief(d)).toBe("undecidable?trainee.employmentRegion");
  });

  // F4 — What: E1, the organising unit of its new hire's pre-job course, recorded as insured under "zhejiang", is refused
  //   enterprise_ui_elsewhere; the employee apprenticeship subsidy alike (6000.00).
  // Why: 「按属地原则由失业保险参保地进行管理」: a claim of an enterprise insured in the city is Jiaxing's. A place recorded at
  //   the province may be Jiaxing (held) — or the province's own pool (省本级参保), which is not the city's (refused).
  //   The record does not say which: held asking enterprise.unemploymentInsuranceRegion, as the library asks a person's
  //   months under the province. Alternatives: refuse (the library now, right if "zhejiang" means the provincial pool).
  // Confidence: 40 %. Money: 800.00 per pre-job claim (「按初级工标准给予组织单位补贴」: EX-SEW 初级工 row 800.00,
  //   illustrative); 12 × 6000.00 / 12 = 6000.00 per apprenticeship year (illustrative standard).
  // Fix: src/jurisdictions/jiaxing/uiLocality.ts (the rule's check after isWithinRegion): when input.region lies within
  //   uiRegion, return pass "unknown" with missing ["enterprise.unemploymentInsuranceRegion"].
  // Mended 2026-12-07 (reading place-recorded-wider; cold review 96 F3)
  it("「享受职业技能培训补贴的企业，按属地原则由失业保险参保地进行管理」: an enterprise recorded as insured in the province (zhejiang) may be insured in the city — its pre-job claim is held asking its insurance place, not refused", () => {
    const d = decideById(JX, pj({ e: { unemploymentInsuranceRegion: "zhejiang" } }))["PJ"]!;
    expect(brief(d)).toBe("undecidable?enterprise.unemploymentInsuranceRegion");
  });
});
