/**
 * Cold review 39 (2026-12-05) of c518538, the mend of cold audit 22's F1 and review 38's F4/F5: in the training subsidy, a
 * course the claim alone names (certificate.courseId absent) whose occupation.code differs from the certificate's is HELD
 * (course_not_certificate_occupation, missing claim.courseId) for every claimant but an organiser (refused)
 * (src/provisions/trainingSubsidy/trainingSubsidy.ts, trainingSubsidy.run).
 *
 * Angle: try to break the mend from the ordinary trainee's side — money wrongly held or refused.
 * Read first: gbf2019 §(十二) 「符合条件的劳动者在户籍地、常住地、求职就业地参加培训后取得证书」; op2025 (十七) (「市场化收费+政府补贴」
 * cost sharing); jx2019 三(一)三 (safety, 「对经培训取得特种作业操作证」). My reading before the code: the text pays the training
 * after which the certificate was obtained; the course record is evidence of where/what/cost of THAT training. A claim
 * naming a course that did not earn the certificate tells nothing about the certificate; where the policy pays the
 * certificate without any course (Jiaxing), the natural consequence is to judge the claim as if it named none, not to hold.
 * Then read: the diff of c518538, reading certificate-names-its-course, test/audit22.test.ts F1, test/review38.test.ts
 * (F4, F5, the employer control), test/support/{ordinary,national,enterpriseRoutes}.ts, annualCap tests.
 * Tried: the ordinary trainee naming the course that earned her certificate (same code) in Jiaxing, the national
 * frameworks (example city) and a Jieyang pack; naming no course; a certificate whose own record names a course of
 * another code (never compared); the appraisal subsidy and living allowance beside a mismatched course; pre-job, safety
 * and project routes from the fixtures; the annual cap with the held claim first in the year; the command line; every
 * shipped scenario file through `verify` (none has a claim-named course of another code: scanned).
 *
 * Found (records): the comparison is of literal codes and the hold asks only `claim.courseId`, so (F1) a Jiaxing trainee
 * naming an unrelated course is held where naming none pays 1000.00; (F2) a course coded at the small class of the
 * classification (6-29-01) beside a certificate coded 6-29-01-01 is held (paid 1000.00 before the mend, and without the
 * course); (F3) a safety course coded otherwise than its 特种作业操作证 is held with the course and held without it
 * (missing_record): a hold the worker cannot answer, 900.00 (before the mend: paid).
 *
 * Considered and not recorded:
 * - Pre-job (EX-PREJOB-coded course, certificate naming none): E1 is held with the course and held without it
 *   (not_employee_training) — same as before for the no-course claim, and the worker is paid the 专项 row 500.00 herself;
 *   no money moved by this commit (before: E1 refused). Not recorded.
 * - The held claim takes one of her three places (「原则上每人每年可享受不超过3次」): it may yet be paid once answered, so the
 *   4th certificate of the year is held behind it, not refused (reading claim-order-by-issue-date) — right (control).
 * - An organiser refused (not held) for a course coded by small class where the certificate names none: pre-existing
 *   since review 38's mend; the worker can still claim; folded into F2's comment.
 * - test/support/national.ts `input` now gives a course the certificate's occupation by default: tests written before it
 *   that meant a course of another occupation now silently test a matching one. I found none that meant it; not a finding.
 * Figures are ILLUSTRATIVE (fixtures/jiaxing/catalogue-2020.json: EX-ELEC 初级工 1000.00, EX-WELD 1200.00, EX-FORK 初级工
 * 900.00; EX-SEW 专项 500.00; one added row 6-29-01-01 初级工 1000.00; example city and Jieyang pack catalogues EX-ELEC
 * 初级工 1000.00); the appraisal subsidy's 120.00 is jx2019's 「初级工、中级工120元」. Time: about 25 minutes.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateBatch, evaluateClaim, parseClaimsDocument } from "../src/index.js";
import type { Decision, Policy } from "../src/index.js";
import { cli } from "./cli-helpers.js";
import { ability, employee, enterprises, preJob, safety } from "./support/enterpriseRoutes.js";
import { appraisal, cert, cityCert, cityCourse, cityWorker, course, E1, jiaxingWithClassRow, JX, NF, TRAINEE, ts, worker } from "./support/ordinary.js";
import { d, input, jieyangPackPolicy } from "./support/national.js";
import { offenders } from "../scripts/quotations.mjs";

type O = Record<string, unknown>;
function decide(policy: Policy, doc: O): Record<string, Decision> {
  const p = parseClaimsDocument(doc);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  if (p.value.invalid.length > 0) throw new Error(JSON.stringify(p.value.invalid));
  return Object.fromEntries(evaluateBatch(policy, p.value.document).decisions.map((x) => [x.claimId, x]));
}
const brief = (x: Decision | undefined) => `${x?.outcome}:${x?.amount}:${x?.payee ? `${x.payee.kind}:${x.payee.id}` : "-"}`;
const codes = (x: Decision | undefined) => x?.reasons.map((r) => r.code) ?? [];
const ENT = (id: string) => ({ kind: "enterprise", id });
const COOK = { code: "EX-COOK", name: "中式烹调师（示意）" };
const routes = { trainees: [{ ...employee, employerId: "E1" }], enterprises };
const sub = (id: string, claimant: O, o: O = {}): O => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant, certificateId: "K1", submittedOn: "2020-05-01", ...o });
const JXG = jiaxingWithClassRow();

const noCourse = { trainees: [worker()], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1", { courseId: undefined })] };
const forkOps = { id: "K1", traineeId: "P1", kind: "specialOperationsCertificate", occupation: { code: "EX-FORK", name: "叉车司机（示意）" }, issuedOn: "2020-04-20" };

describe("cold review 39 — controls: the ordinary trainee is still paid, and the hold touches only a course of another occupation", () => {
  it("the quotations of this file are the texts, character for character", () => {
    expect(offenders(["test/review39.test.ts"])).toEqual([]);
  });

  it("Jiaxing: a claim naming the course that earned the certificate (same code), or naming none, is paid 1000.00; the certificate's own course is never compared", () => {
    expect(brief(decide(JX, { ...noCourse, claims: [ts("A", "C1", { courseId: "K1" })] })["A"])).toBe("granted:1000.00:trainee:P1"); // EX-ELEC 初级工 row 1000.00
    expect(brief(decide(JX, { ...noCourse, claims: [ts("A", "C1")] })["A"])).toBe("granted:1000.00:trainee:P1"); // EX-ELEC 初级工 row 1000.00
    const named = { ...noCourse, courses: [course("K1", { occupation: COOK })], certificates: [cert("C1")] }; // the certificate's record names K1, coded EX-COOK
    expect(brief(decide(JX, { ...named, claims: [ts("A", "C1", { courseId: "K1" })] })["A"])).toBe("granted:1000.00:trainee:P1"); // EX-ELEC 初级工 row 1000.00
  });

  it("the appraisal subsidy (「初级工、中级工120元」) and the living allowance are untouched by a course of another occupation", () => {
    const doc = { ...noCourse, courses: [course("K1", { occupation: COOK })], certificates: [cert("C1")] };
    const r = decide(JX, { ...doc, claims: [appraisal("B", "C1", { courseId: "K1" }), { id: "L", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2020-07-01" }] });
    expect(brief(r["B"])).toBe("granted:120.00:trainee:P1"); // 初级工 120 yuan
    expect(codes(r["L"])).toEqual(["not_in_living_allowance_group"]); // an employee is not in the living allowance's group, as before
  });

  it("national frameworks (example city) and a Jieyang pack: the course that earned the certificate (same code) is paid 1000.00; a cooking course is held", () => {
    const doc = { trainees: [cityWorker()], courses: [cityCourse("K1")], certificates: [cityCert("C1", { courseId: undefined })] };
    expect(brief(decide(NF, { ...doc, claims: [ts("A", "C1", { submittedOn: "2022-08-05", courseId: "K1" })] })["A"])).toBe("granted:1000.00:trainee:P1"); // EX-ELEC 初级工 1000.00 (illustrative)
    const held = decide(NF, { ...doc, courses: [cityCourse("K1", { occupation: COOK })], claims: [ts("A", "C1", { submittedOn: "2022-08-05", courseId: "K1" })] })["A"];
    expect([held?.outcome, held?.missingFacts]).toEqual(["undecidable", ["claim.courseId", "certificate.courseId"]]);
    const J = jieyangPackPolicy();
    const j = (o: O) => evaluateClaim(J, input({ trainee: { hukouRegion: "guangdong.jieyang.rongcheng", statuses: ["unemployed"] }, course: { region: "guangdong.jieyang.rongcheng", startDate: d("2018-11-01"), endDate: d("2018-11-10"), attendedDays: 10, ...o }, certificate: { issuedOn: d("2018-12-01") }, claim: { submittedOn: d("2018-12-10"), courseId: "k1" } }));
    expect([j({}).outcome, j({}).amount]).toEqual(["granted", "1000.00"]); // EX-ELEC 初级工 1000.00 (pack's illustrative edition)
    expect(j({ occupation: COOK }).reasons.map((r) => r.code)).toEqual(["course_not_certificate_occupation"]);
  });

  it("the fixtures' routes, the certificate naming no course and the claim naming the route's course of the same code: pre-job E1 800.00, safety worker 900.00, project provider 500.00", () => {
    expect(brief(decide(JX, { ...routes, courses: [preJob()], certificates: [ability({ courseId: undefined })], claims: [sub("A", ENT("E1"), { courseId: "C1" })] })["A"])).toBe("granted:800.00:enterprise:E1"); // EX-SEW 初级工 row 800.00 (「按初级工标准」)
    expect(brief(decide(JX, { ...routes, courses: [safety()], certificates: [forkOps], claims: [sub("A", TRAINEE, { courseId: "C1" })] })["A"])).toBe("granted:900.00:trainee:P1"); // EX-FORK 初级工 row 900.00 (「按初级工标准」)
    const ECOM = { code: "EX-ECOM", name: "农村电商（项目制培训，示意）" };
    const doc = { trainees: [worker({ statuses: ["employmentDifficulty"] })], enterprises: [E1], courses: [course("K1", { kind: "projectBased", occupation: ECOM, level: undefined })], certificates: [cert("C1", { kind: "trainingCompletionCertificate", occupation: ECOM, level: undefined, courseId: undefined })] };
    expect(brief(decide(JX, { ...doc, claims: [ts("B", "C1", { claimant: { kind: "organizer", id: "ORG1" }, courseId: "K1" })] })["B"])).toBe("granted:500.00:organizer:ORG1"); // EX-ECOM project row 500.00
  });

  it("「原则上每人每年可享受不超过3次」: the held claim keeps one of her places — the 2nd and 3rd of 2020 are paid (1200.00, 900.00), the 4th is held behind it, not refused", () => {
    const c = (id: string, code: string, issuedOn: string) => cert(id, { occupation: { code, name: "示意" }, issuedOn, courseId: undefined });
    const doc = { trainees: [worker()], enterprises: [E1], courses: [course("K9", { occupation: COOK })], certificates: [c("C1", "EX-ELEC", "2020-06-20"), c("C2", "EX-WELD", "2020-07-01"), c("C3", "EX-FORK", "2020-08-01"), c("C4", "EX-SEW", "2020-09-01")] };
    const r = decide(JX, { ...doc, claims: [ts("A", "C1", { courseId: "K9" }), ts("B", "C2", { submittedOn: "2020-10-01" }), ts("C", "C3", { submittedOn: "2020-10-01" }), ts("D", "C4", { submittedOn: "2020-10-01" })] });
    expect(["A", "B", "C", "D"].map((k) => brief(r[k]))).toEqual(["undecidable:null:-", "granted:1200.00:trainee:P1", "granted:900.00:trainee:P1", "undecidable:null:-"]); // EX-WELD 1200.00, EX-FORK 900.00
    expect(codes(r["D"])).toEqual(["earlier_claim_undecided"]);
  });

  it("the command line: the mismatched claim is held (claim.courseId), the matching one paid 1000.00; every shipped scenario file still verifies", async () => {
    const doc = { ...noCourse, courses: [course("K1"), course("K2", { occupation: COOK })], certificates: [cert("C1", { courseId: undefined }), cert("C2", { courseId: undefined, issuedOn: "2020-06-21", occupation: { code: "EX-WELD", name: "焊工（示意）" } })], claims: [ts("A", "C1", { courseId: "K1" }), ts("B", "C2", { courseId: "K2" })] };
    const r = await cli(["evaluate", "-", "--format", "json", "--catalogue", "fixtures/jiaxing/catalogue-2020.json"], JSON.stringify(doc));
    const ds = Object.fromEntries((JSON.parse(r.out) as { decisions: Decision[] }).decisions.map((x) => [x.claimId, x]));
    expect(brief(ds["A"])).toBe("granted:1000.00:trainee:P1"); // EX-ELEC 初级工 1000.00
    expect([ds["B"]?.outcome, ds["B"]?.missingFacts]).toEqual(["undecidable", ["claim.courseId", "certificate.courseId"]]);
    for (const f of readdirSync("fixtures/scenarios/jiaxing")) {
      const v = await cli(["verify", `fixtures/scenarios/jiaxing/${f}`, "--allow-paths"]);
      expect(v.code, `${f}: ${v.out}`).toBe(0);
    }
  });
});

describe("cold review 39 — records: the hold compares literal codes and asks only claim.courseId", () => {
  // F1. What: in Jiaxing a worker's EX-ELEC 初级工 certificate names no course; she claims it naming her cooking course K2.
  // Held (course_not_certificate_occupation, claim.courseId); the same claim naming no course is paid 1000.00. Why: gbf2019
  // §(十二) pays training 「参加培训后取得证书」; by the mend's own reading K2 did not earn the certificate and says nothing of
  // it — so it is no evidence either way, and the claim is the certificate's claim, judged as one naming no course (as
  // the mend does for review 38's F5, where that is a hold). Jiaxing pays the certificate without any course. Alternatives:
  // ignore the course (my expectation); hold asking which course (today: defensible — the claimant's word and the records
  // conflict); refuse. Confidence 35 %. Money: 1000.00 (EX-ELEC 初级工 row, illustrative) held per claim, and the held claim
  // keeps one of her three places of the year. Fix: src/provisions/trainingSubsidy/trainingSubsidy.ts trainingSubsidy.run:
  // for a non-organiser, drop the mismatched course (judge with course undefined) instead of returning the hold.
  it.fails("gbf2019 §(十二) 「参加培训后取得证书」: a Jiaxing worker naming a course that did not earn her certificate is judged as if she named none, and paid 1000.00", () => {
    const doc = { ...noCourse, courses: [course("K2", { occupation: COOK })] };
    expect(brief(decide(JX, { ...doc, claims: [ts("A", "C1")] })["A"])).toBe("granted:1000.00:trainee:P1"); // without a course: EX-ELEC 初级工 1000.00
    expect(brief(decide(JX, { ...doc, claims: [ts("A", "C1", { courseId: "K2" })] })["A"])).toBe("granted:1000.00:trainee:P1"); // today: undecidable, course_not_certificate_occupation
  });

  // F2. What: a worker's course K1 is recorded under the small class of the classification (6-29-01), her certificate C1
  // (naming no course) under the occupation 6-29-01-01; she claims naming K1. Held course_not_certificate_occupation —
  // before c518538 paid 1000.00, and paid without the course. An organiser naming K1 is refused (since review 38's mend).
  // Why: 「参加培训后取得证书」 — K1 trained the class that contains the certificate's occupation; two records spelling one
  // occupation at different granularity are not another training (review 38's F2, mended only where the certificate names
  // the course). Alternatives: compare by classification prefix at a '-' boundary (expected); ignore the course (F1); hold
  // (today). Confidence 45 %. Money: 1000.00 (6-29-01-01 初级工 row, added, illustrative) held per claim. Fix:
  // trainingSubsidy.ts trainingSubsidy.run: treat a course whose code is the certificate's or a '-'-bounded prefix of it as
  // the same occupation in the course_not_certificate_occupation test.
  // Mended before the mend landed (2026-12-05, 00:00 UTC): a code one of the other's classes is the same occupation.
  it("gbf2019 §(十二) 「参加培训后取得证书」: a worker naming her course coded 6-29-01 for a certificate coded 6-29-01-01 (naming no course) is paid 1000.00", () => {
    const doc = { trainees: [worker()], enterprises: [E1], courses: [course("K1", { occupation: { code: "6-29-01", name: "电工类（示意）" } })], certificates: [cert("C1", { occupation: { code: "6-29-01-01", name: "电工（示意）" }, courseId: undefined })] };
    expect(brief(decide(JXG, { ...doc, claims: [ts("A", "C1", { courseId: "K1" })] })["A"])).toBe("granted:1000.00:trainee:P1"); // 6-29-01-01 初级工 row 1000.00 (illustrative); today: undecidable
  });

  // F3. What: E1's safety course C1 is recorded as safety training (EX-SAFETY); the worker's 特种作业操作证 K1 (EX-FORK)
  // names no course. Claiming without the course she is held (missing_record: the safety route needs the course); naming
  // C1 she is held course_not_certificate_occupation, asking claim.courseId — which she has given. No answer to either
  // hold pays her (only re-coding a record or adding certificate.courseId does); before c518538 she was paid 900.00. Why:
  // jx2019 三(一)三 「对经培训取得特种作业操作证，在本市缴纳失业保险1年以上的企业职工按初级工标准给予个人或组织单位补贴」 pays the
  // certificate's occupation at 初级工, never the course's code; C1 is the only training there is. Alternatives: pay (the
  // safety kind is itself the link to a 特种作业操作证; expected); hold asking certificate.courseId (an answerable hold); hold
  // as today. Confidence 45 % (a city may well require the course coded as its certificate). Money: 900.00 (EX-FORK 初级工
  // row, 「按初级工标准」) held per claim, to the worker or E1. Fix: trainingSubsidy.ts trainingSubsidy.run: exempt a safety
  // course beside a specialOperationsCertificate from the code comparison (or at least ask certificate.courseId).
  it.fails("jx2019 「对经培训取得特种作业操作证，在本市缴纳失业保险1年以上的企业职工按初级工标准给予个人或组织单位补贴」: a worker naming the safety course that trained her, coded otherwise than her certificate, is paid 900.00", () => {
    const r = decide(JX, { ...routes, courses: [safety({ occupation: { code: "EX-SAFETY", name: "安全技能培训（示意）" } })], certificates: [forkOps], claims: [sub("A", TRAINEE, { courseId: "C1" })] });
    expect(brief(r["A"])).toBe("granted:900.00:trainee:P1"); // EX-FORK 初级工 row 900.00 (「按初级工标准」); today: undecidable
  });
});
