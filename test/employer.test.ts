/**
 * Who is paid an enterprise's training-subsidy claim on an ordinary certificate (reading
 * employer-of-record): gbf2019 §(十一) pays the subsidy for 「符合条件的企业职工参加……培训」, and
 * jx2019 五(十一) speaks of 「享受职业技能培训补贴的企业」 — an enterprise is paid for its own
 * employees' training. The enterprise claiming must be the worker's employer on record
 * (`trainee.employerId`); an employer on record that is another enterprise refuses the claim, and
 * no employer on record holds it, asking for the employer — whoever the course names as its
 * organiser (review 8 dropped a first version's organiser fallback). Found by cold audits 5 (jx2019, 60 %) and 6 (op2025,
 * 55 %): an enterprise named on no record filed first and was paid the worker's certificate, and
 * the worker was then refused as already subsidised.
 *
 * Figures: the ILLUSTRATIVE Jiaxing catalogue (fixtures/jiaxing/catalogue-2020.json), EX-ELEC
 * 初级工 1000.00; the example prefecture catalogue of the national frameworks (test/support/national.ts),
 * EX-ELEC 初级工 1000.00. Not official figures.
 */
import { describe, expect, it } from "vitest";
import type { Decision } from "../src/index.js";
import { evaluateBatch, withJiaxingCatalogue } from "../src/index.js";
import { employee, enterprises, NANHU } from "./support/enterpriseRoutes.js";
import { jiaxingCatalogue, parsed as parse } from "./support/world.js";

type O = Record<string, unknown>;
const jx = withJiaxingCatalogue(jiaxingCatalogue);
const byId = (ds: readonly Decision[]) => Object.fromEntries(ds.map((d) => [d.claimId, d]));
/** Outcome, amount, payee id and the payee reasons (and any missing record). */
const outcome = (d: Decision | undefined) => [d?.outcome, d?.amount, d?.payee?.id, d?.reasons.map((r) => r.code).filter((c) => c.startsWith("payee") || c === "missing_record")];

/** A skill-upgrade course of the worker's, ending in EX-ELEC 初级工; organised by the training institution ORG-1 unless told. */
const course = (o: O = {}): O => ({ id: "C1", traineeId: "P1", kind: "skillUpgrade", occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", classHours: 80, startDate: "2020-04-01", endDate: "2020-04-10", attendedDays: 10, region: NANHU, organizerId: "ORG-1", ...o });
const certificate = { id: "K1", traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", issuedOn: "2020-04-20", courseId: "C1" };
const by = (id: string): O => ({ kind: "enterprise", id });
const worker = { kind: "trainee", id: "P1" };
const claim = (id: string, claimant: O): O => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant, certificateId: "K1", courseId: "C1", submittedOn: "2020-04-25", ...(claimant["kind"] === "enterprise" ? { enterpriseId: claimant["id"] } : {}) });
const run = (claims: O[], trainee: O = employee, c: O = course()) => byId(evaluateBatch(jx, parse({ trainees: [trainee], enterprises, courses: [c], certificates: [certificate], claims })).decisions);

describe("gbf2019 §(十一) 「符合条件的企业职工参加岗前培训、安全技能培训、转岗转业培训或初级工、中级工、高级工、技师、高级技师培训，按规定给予职业培训补贴」: an enterprise is paid for its own employees' training", () => {
  it("the ordinary case: the worker's employer on record (E1) claims the 初级工 certificate of training it sent the worker to, and is paid 1000.00 (EX-ELEC 初级工 row)", () => {
    const r = run([claim("B-E1", by("E1"))], { ...employee, employerId: "E1" });
    expect(outcome(r["B-E1"])).toEqual(["granted", "1000.00", "E1", ["payee_is_employer"]]); // EX-ELEC 初级工 row of the illustrative catalogue: 1000.00 × 1 certificate
    expect(r["B-E1"]?.reasons.find((x) => x.code === "payee_is_employer")).toMatchObject({ citation: { provision: "gbf2019.employee-training" }, facts: { employer: "E1" } });
  });

  it("no employer recorded, the enterprise that organised the course (E1) is held asking trainee.employerId: organising a course is no record of employing its trainees (op2025 (十) 「为本企业、产业链上下游企业职工开展职业技能培训」; review 8)", () => {
    const r = run([claim("B-E1", by("E1"))], employee, course({ organizerId: "E1" }));
    expect(outcome(r["B-E1"])).toEqual(["undecidable", null, undefined, ["missing_record"]]);
    expect(r["B-E1"]?.missingFacts).toEqual(["trainee.employerId"]);
  });

  it("another enterprise (E2) than the employer on record (E1) is denied payee_not_employer, and the worker filing the same day is then paid 1000.00 (before: E2 paid 1000.00, the worker refused)", () => {
    // A-E2 sorts first on the same basis date, so it is judged first
    const r = run([claim("A-E2", by("E2")), claim("B-P1", worker)], { ...employee, employerId: "E1" });
    expect(outcome(r["A-E2"])).toEqual(["denied", "0.00", undefined, ["payee_not_employer"]]);
    expect(r["A-E2"]?.reasons.find((x) => x.code === "payee_not_employer")?.facts).toEqual({ employer: "E1" });
    expect(outcome(r["B-P1"])).toEqual(["granted", "1000.00", "P1", []]); // EX-ELEC 初级工 row
  });

  it("no tie on record (no employer, the course organised by an institution): an enterprise's claim is held asking trainee.employerId, never paid on a guess, and the worker is paid 1000.00", () => {
    const r = run([claim("A-E2", by("E2")), claim("B-P1", worker)]);
    expect(outcome(r["A-E2"])).toEqual(["undecidable", null, undefined, ["missing_record"]]);
    expect(r["A-E2"]?.missingFacts).toEqual(["trainee.employerId"]);
    expect(outcome(r["B-P1"])).toEqual(["granted", "1000.00", "P1", []]); // the hold took nothing: EX-ELEC 初级工 row
  });

  it("the same with the employer supplied: the held enterprise, now on record as the employer, is paid 1000.00", () => {
    expect(outcome(run([claim("A-E2", by("E2"))], { ...employee, employerId: "E2" })["A-E2"])).toEqual(["granted", "1000.00", "E2", ["payee_is_employer"]]); // EX-ELEC 初级工 row of the illustrative catalogue: 1000.00 × 1 certificate
  });

  it("an enterprise that organised the course but is not the employer on record is denied as an enterprise: the employer is who the record names", () => {
    expect(outcome(run([claim("A-E2", by("E2"))], { ...employee, employerId: "E1" }, course({ organizerId: "E2" }))["A-E2"])).toEqual(["denied", "0.00", undefined, ["payee_not_employer"]]);
  });

  it("the worker's own claim is not judged by the employer on record: paid 1000.00 whoever employs them (EX-ELEC 初级工 row)", () => {
    for (const employerId of [undefined, "E1", "E2"]) {
      const trainee = employerId === undefined ? employee : { ...employee, employerId };
      expect(outcome(run([claim("B-P1", worker)], trainee)["B-P1"])).toEqual(["granted", "1000.00", "P1", []]); // EX-ELEC 初级工 row of the illustrative catalogue: 1000.00 × 1 certificate
    }
  });

  it("a trainee record with an employer that is not an id is refused at the boundary, naming the field", () => {
    const r = evaluateBatch(jx, parse({ trainees: [employee], claims: [] }));
    expect(r.decisions).toEqual([]);
    expect(() => parse({ trainees: [{ ...employee, employerId: "" }], claims: [] })).toThrow(/employerId/);
  });
});
