/**
 * Who is paid (reading organiser-of-record): a training subsidy claimed by an organiser is paid to
 * it only for training it organised — the course the claim names says so (`course.organizerId`).
 * Found by a cold audit (2026-12-04): any organiser that filed first was paid the worker's
 * subsidy, and the worker, or the unit that organised the training, was then refused.
 *
 * Figures: the ILLUSTRATIVE Jiaxing catalogue (fixtures/jiaxing/catalogue-2020.json): EX-ELEC
 * 初级工 1000.00, EX-SEW 初级工 800.00; the national policy with the example prefecture
 * catalogue of test/support/world.ts (EX-ELEC 初级工 1000.00).
 */
import { describe, expect, it } from "vitest";
import type { Decision } from "../src/index.js";
import { evaluateBatch, withJiaxingCatalogue } from "../src/index.js";
import { ability, employee, enterprises, NANHU, operations, preJob, safety } from "./support/enterpriseRoutes.js";
import { jiaxingCatalogue, parsed as parse, POLICY_CASES } from "./support/world.js";

type O = Record<string, unknown>;
const jx = withJiaxingCatalogue(jiaxingCatalogue);
const byId = (ds: readonly Decision[]) => Object.fromEntries(ds.map((d) => [d.claimId, d]));
const worker = { id: "P1", birthDate: "1995-05-01", statuses: [], hukouRegion: "zhejiang.jiaxing.nanhu" };
const junior = { id: "K1", traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", issuedOn: "2020-06-20", courseId: "C1" };
// The course, delivered by ORG-1.
const course = { id: "C1", traineeId: "P1", kind: "employmentSkills", occupation: { code: "EX-ELEC", name: "电工（示意）" }, classHours: 80, startDate: "2020-05-01", endDate: "2020-05-20", attendedDays: 20, region: "zhejiang.jiaxing.nanhu", organizerId: "ORG-1" };
const subsidy = (id: string, claimant: O, o: O = {}): O => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant, certificateId: "K1", courseId: "C1", submittedOn: "2020-07-01", ...o });
const decide = (claims: O[], courses: O[] = [course], certificates: O[] = [junior]) => byId(evaluateBatch(jx, parse({ trainees: [worker], courses, certificates, claims })).decisions);
const outcome = (d: Decision | undefined) => [d?.outcome, d?.amount, d?.payee?.id, d?.reasons.map((r) => r.code).filter((c) => c.startsWith("payee") || c === "missing_record")];

describe("jx2019 五(十一) 「对具有当地户籍、当地常住并办有居住证、在当地就业创业或在当地办理失业登记的城乡劳动者提供普惠同等的培训补贴」: the subsidy for a worker's training goes to the worker, or to the organiser that ran the training", () => {
  it("the ordinary worker claiming the certificate is paid: 1000.00 (EX-ELEC 初级工 row)", () => {
    expect(outcome(decide([subsidy("B", { kind: "trainee", id: "P1" })])["B"])).toEqual(["granted", "1000.00", "P1", []]);
  });

  it("the organiser the course names (ORG-1) may claim instead, and is paid 1000.00 (EX-ELEC 初级工 row), saying it organised the training", () => {
    expect(outcome(decide([subsidy("A", { kind: "organizer", id: "ORG-1" })])["A"])).toEqual(["granted", "1000.00", "ORG-1", ["payee_is_organiser"]]);
  });

  it("an organiser the course does not name (ORG-X) is denied, payee_not_organiser naming the course's organiser, and the worker is then paid 1000.00", () => {
    const r = decide([subsidy("A", { kind: "organizer", id: "ORG-X" }), subsidy("B", { kind: "trainee", id: "P1" })]);
    expect(outcome(r["A"])).toEqual(["denied", "0.00", undefined, ["payee_not_organiser"]]);
    expect(r["A"]?.reasons.find((x) => x.code === "payee_not_organiser")?.facts).toEqual({ claimant: "organizer", organiser: "ORG-1" });
    // EX-ELEC 初级工 row: 1000.00, to the worker (the stranger's claim paid nothing, so the level is still unpaid)
    expect(outcome(r["B"])).toEqual(["granted", "1000.00", "P1", []]);
  });

  it("an organiser's claim naming no course, or a course that does not say who organised it, is undecidable, asking for it; never paid on a guess", () => {
    // neither the claim nor the certificate names a course (a certificate naming one gives the claim its course: reading certificate-names-its-course)
    const { courseId: __, ...unsourced } = junior;
    const noCourse = decide([subsidy("A", { kind: "organizer", id: "ORG-1" }, { courseId: undefined })], [course], [unsourced])["A"];
    expect([noCourse?.outcome, noCourse?.missingFacts]).toEqual(["undecidable", ["claim.courseId"]]);
    const { organizerId: _, ...unsaid } = course;
    const noOrganiser = decide([subsidy("A", { kind: "organizer", id: "ORG-1" })], [unsaid])["A"];
    expect([noOrganiser?.outcome, noOrganiser?.missingFacts]).toEqual(["undecidable", ["course.organizerId"]]);
  });

  it("jx2019 三(一)一 「按初级工标准给予组织单位补贴」: the 组织单位 of pre-job training is the one that organised it — a stranger is denied, ORG-1 is paid 800.00 (EX-SEW 初级工 row)", () => {
    const preJob = { id: "C2", traineeId: "P1", kind: "preJob", occupation: { code: "EX-SEW", name: "缝纫工（示意）" }, classHours: 40, startDate: "2020-04-01", endDate: "2020-04-10", attendedDays: 10, hireDate: "2020-03-15", region: "zhejiang.jiaxing.nanhu", organizerId: "ORG-1" };
    const ability = { id: "K2", traineeId: "P1", kind: "specialAbilityCertificate", occupation: { code: "EX-SEW", name: "缝纫工（示意）" }, issuedOn: "2020-04-20" };
    const r = decide([subsidy("A", { kind: "organizer", id: "ORG-X" }, { certificateId: "K2", courseId: "C2" }), subsidy("B", { kind: "organizer", id: "ORG-1" }, { certificateId: "K2", courseId: "C2" })], [preJob], [ability]);
    expect(outcome(r["A"])).toEqual(["denied", "0.00", undefined, ["payee_not_organiser"]]);
    // 「按初级工标准」: EX-SEW 初级工 row, 800.00, to ORG-1; the route names the payee once
    expect(outcome(r["B"])).toEqual(["granted", "800.00", "ORG-1", ["payee_is_organiser"]]);
  });

  it("gbf2019 §(十二) 「符合条件的劳动者在户籍地、常住地、求职就业地参加培训后取得证书」: under the national texts too, an unemployed worker's subsidy is not paid to a provider that did not train them", () => {
    const policy = POLICY_CASES[2]!.policy; // the national texts with the example prefecture catalogue (EX-ELEC 初级工 1000.00)
    const u = { id: "p1", birthDate: "1990-01-01", statuses: ["unemployed"], hukouRegion: "example.city" };
    const k = { id: "c1", traineeId: "p1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", issuedOn: "2020-03-01" };
    const c = { id: "k1", traineeId: "p1", kind: "employmentSkills", occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", classHours: 80, startDate: "2020-02-01", endDate: "2020-02-20", attendedDays: 20, region: "example.city", organizerId: "ORG-1" };
    const claim = (id: string, claimant: O): O => ({ id, measure: "trainingSubsidy", traineeId: "p1", claimant, certificateId: "c1", courseId: "k1", submittedOn: "2020-03-05" });
    const r = byId(evaluateBatch(policy, parse({ trainees: [u], courses: [c], certificates: [k], claims: [claim("A", { kind: "organizer", id: "ORG-X" }), claim("B", { kind: "trainee", id: "p1" })] })).decisions);
    expect(outcome(r["A"])).toEqual(["denied", "0.00", undefined, ["payee_not_organiser"]]);
    // EX-ELEC 初级工 row of the example catalogue: 1000.00, to the worker
    expect(outcome(r["B"])).toEqual(["granted", "1000.00", "p1", []]);
  });
});

/**
 * An enterprise claiming a route that pays the 组织单位 (pre-job and safety training) is the unit the course names as
 * organising it (reading organiser-of-record). Found by a cold audit (audit 5, 2026-12-04: 80 % pre-job, 75 % safety):
 * an enterprise named on no record of the training filed first and was paid, and the unit that organised the course —
 * or the worker — was then refused as already subsidised.
 */
describe("jx2019 三(一)一 「按初级工标准给予组织单位补贴」 and 三(一)三 「按初级工标准给予个人或组织单位补贴」: an enterprise is paid the route only as the unit that organised the training", () => {
  const by = (id: string) => ({ kind: "enterprise", id });
  const claim = (id: string, claimant: O): O => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant, certificateId: "K1", courseId: "C1", submittedOn: "2020-04-25", ...(claimant["kind"] === "enterprise" ? { enterpriseId: claimant["id"] } : {}) });
  const run = (claims: O[], course: O, certificate: O) => byId(evaluateBatch(jx, parse({ trainees: [employee], enterprises, courses: [course], certificates: [certificate], claims })).decisions);

  it("the ordinary case: the enterprise that organised its new hire's pre-job training is paid 800.00 (EX-SEW 初级工 row, 「按初级工标准」)", () => {
    expect(outcome(run([claim("B-E1", by("E1"))], preJob(), ability())["B-E1"])).toEqual(["granted", "800.00", "E1", ["payee_is_organiser"]]);
  });

  it("an enterprise the course does not name (E2) is denied payee_not_organiser, naming E1, and E1 is then paid 800.00 (EX-SEW 初级工 row)", () => {
    // A-E2 files first (its id sorts first): before the fix it was paid 800.00 and E1 was refused occupation_level_already_subsidised
    const r = run([claim("A-E2", by("E2")), claim("B-E1", by("E1"))], preJob(), ability());
    expect(outcome(r["A-E2"])).toEqual(["denied", "0.00", undefined, ["payee_not_organiser"]]);
    expect(r["A-E2"]?.reasons.find((x) => x.code === "payee_not_organiser")?.facts).toEqual({ claimant: "enterprise", organiser: "E1" });
    expect(outcome(r["B-E1"])).toEqual(["granted", "800.00", "E1", ["payee_is_organiser"]]);
  });

  it("a pre-job course that does not say who organised it leaves an enterprise's claim undecidable, asking course.organizerId; never paid on a guess", () => {
    const d = run([claim("B-E1", by("E1"))], preJob({ organizerId: undefined }), ability())["B-E1"];
    expect([d?.outcome, d?.amount, d?.missingFacts]).toEqual(["undecidable", null, ["course.organizerId"]]);
  });

  it("jx2019 三(一)一 「对于企业新招用人员」: the enterprise that organised the pre-job training of a new hire the course records (hireDate) is paid 800.00 (EX-SEW 初级工 row) though the person's record shows no employment — as an institution organising it would be; a record saying the person is unemployed still refuses it", () => {
    // cold audit 16, finding 2: a veteran with no employer on record and no enterpriseEmployee status; before the mend
    // E1 was denied not_employee_training (gbf2019's employee check on the person's statuses) while ORG1 was paid
    const hire = { id: "P1", birthDate: "1990-05-05", statuses: ["veteran"], hukouRegion: NANHU };
    const decideFor = (claimant: O, organizerId: string) => byId(evaluateBatch(jx, parse({ trainees: [hire], enterprises, courses: [preJob({ organizerId })], certificates: [ability()], claims: [claim("B", claimant)] })).decisions)["B"];
    expect(outcome(decideFor(by("E1"), "E1"))).toEqual(["granted", "800.00", "E1", ["payee_is_organiser"]]); // 1 × EX-SEW 初级工 800.00
    expect(outcome(decideFor({ kind: "organizer", id: "ORG1" }, "ORG1"))).toEqual(["granted", "800.00", "ORG1", ["payee_is_organiser"]]); // the same 800.00
    expect(decideFor(by("E1"), "E1")?.reasons.map((r) => r.code)).not.toContain("not_employee_training");
    // the record contradicts the hire (reading employer-on-record-is-employee: `unemployed` is no 企业职工): refused, 0 × 800.00
    const laidOff = byId(evaluateBatch(jx, parse({ trainees: [{ ...hire, statuses: ["unemployed"] }], enterprises, courses: [preJob()], certificates: [ability()], claims: [claim("B", by("E1"))] })).decisions)["B"];
    expect([laidOff?.outcome, laidOff?.amount, laidOff?.reasons[0]?.code]).toEqual(["denied", "0.00", "not_employee_training"]);
  });

  it("jx2019 三(一)三 「在本市缴纳失业保险1年以上的企业职工」: safety training is still only for an 企业职工 — the enterprise organising it for a person who is not one is refused by the route's own check", () => {
    const notEmployee = { id: "P1", birthDate: "1990-05-05", statuses: [], hukouRegion: NANHU, unemploymentInsuranceMonths: { [NANHU]: 24 } };
    const d = byId(evaluateBatch(jx, parse({ trainees: [notEmployee], enterprises, courses: [safety()], certificates: [operations], claims: [claim("B", by("E1"))] })).decisions)["B"];
    expect([d?.outcome, d?.amount]).toEqual(["denied", "0.00"]); // no 企业职工: 0 × 900.00
    expect(d?.reasons.map((r) => r.code)).toContain("not_enterprise_employee");
  });

  it("jx2019 三(一)三 「在本市缴纳失业保险1年以上的企业职工」 with 五(十一) 「在当地就业创业」: a migrant employee whose record leaves the place of work empty is paid 900.00 (EX-FORK 初级工 row) on the year of insurance paid in the city; 11 months are no year; a record saying she works elsewhere is refused, not answered by the insurance", () => {
    // reading employment-basis-is-employment-region: the route's own condition met is a local tie answering a residency the record leaves unknown
    const migrant = (o: O) => ({ id: "P1", birthDate: "1990-05-05", statuses: ["enterpriseEmployee"], hukouRegion: "anhui.fuyang", ...o });
    const mine = (trainee: O) => byId(evaluateBatch(jx, parse({ trainees: [trainee], enterprises, courses: [safety()], certificates: [operations], claims: [claim("B", { kind: "trainee", id: "P1" })] })).decisions)["B"];
    const year = mine(migrant({ unemploymentInsuranceMonths: { [NANHU]: 12 } }));
    expect([year?.outcome, year?.amount]).toEqual(["granted", "900.00"]); // 1 × EX-FORK 初级工 900.00 (三(一)三 「按初级工标准」)
    expect(year?.reasons.find((r) => r.code === "residency_basis")?.facts).toEqual({ bases: ["insuredInRegion"], region: "zhejiang.jiaxing" });
    const eleven = mine(migrant({ unemploymentInsuranceMonths: { [NANHU]: 11 } }));
    expect([eleven?.outcome, eleven?.amount]).toEqual(["denied", "0.00"]); // too_few_insured_months: 0 × 900.00
    const elsewhere = mine(migrant({ unemploymentInsuranceMonths: { [NANHU]: 12 }, employmentRegion: "zhejiang.hangzhou", residenceRegion: "zhejiang.hangzhou", hasResidencePermit: false, unemploymentRegisteredAt: "zhejiang.hangzhou" }));
    expect([elsewhere?.outcome, elsewhere?.reasons[0]?.code]).toEqual(["denied", "no_residency_basis"]); // known to be tied elsewhere: 0 × 900.00
  });

  it("safety training: the worker (「个人」) is paid 900.00 (EX-FORK 初级工 row) after an enterprise the course does not name is denied", () => {
    const r = run([claim("A-E2", by("E2")), claim("B-P1", { kind: "trainee", id: "P1" })], safety(), operations);
    expect(outcome(r["A-E2"])).toEqual(["denied", "0.00", undefined, ["payee_not_organiser"]]);
    expect(outcome(r["B-P1"])).toEqual(["granted", "900.00", "P1", []]);
  });

  it("safety training: the enterprise the course names (「组织单位」) is paid 900.00 (EX-FORK 初级工 row), saying it organised the training", () => {
    expect(outcome(run([claim("B-E1", by("E1"))], safety(), operations)["B-E1"])).toEqual(["granted", "900.00", "E1", ["payee_is_organiser"]]);
  });

  it("an enterprise's claim on an ordinary skill-level certificate is judged by the employer on record, not by this route (reading employer-of-record; test/employer.test.ts): with none recorded and a course naming no organiser it is held asking trainee.employerId", () => {
    // before 2026-12-04 (night): paid 1000.00 (EX-ELEC 初级工 row) to any enterprise, the records naming no employer
    const course2 = { id: "C1", traineeId: "P1", kind: "skillUpgrade", occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", classHours: 80, startDate: "2020-04-01", endDate: "2020-04-10", attendedDays: 10, region: NANHU };
    const skill = { id: "K1", traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", issuedOn: "2020-04-20", courseId: "C1" };
    expect(outcome(run([claim("B-E1", by("E1"))], course2, skill)["B-E1"])).toEqual(["undecidable", null, undefined, ["missing_record"]]);
    expect(run([claim("B-E1", by("E1"))], course2, skill)["B-E1"]?.missingFacts).toEqual(["trainee.employerId"]);
  });
});
