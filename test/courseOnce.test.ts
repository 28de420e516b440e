/**
 * Reading course-trained-once: the training subsidy pays the training that earned a certificate
 * (gbf2019 §(十二) 「参加培训后取得证书……的，按规定给予职业培训补贴」), so a course whose training was paid is not
 * paid again for another certificate that names it — in one batch, across runs, or after another system's grant that
 * names the course. Found by cold audit 7 (2026-12-05, 50 % / 40 %) and cold review 64 (2026-12-06, 65 % / 50 %): one
 * 初级工 course named by a 初级工 and a 中级工 certificate was paid 1000.00 + 1500.00.
 *
 * Figures: the ILLUSTRATIVE Jiaxing catalogue (fixtures/jiaxing/catalogue-2020.json): EX-ELEC 初级工 1000.00,
 * 中级工 1500.00; EX-WELD 初级工 1200.00. Not official figures. The national frameworks: test/support/ordinary.ts
 * (example.city's illustrative catalogue, EX-ELEC 初级工 1000.00, 中级工 1500.00).
 */
import { describe, expect, it } from "vitest";
import type { Decision } from "../src/index.js";
import { evaluateBatch } from "../src/index.js";
import { parsed } from "./support/world.js";
import { JX, NF, cert, cityCert, cityCourse, cityDoc, cityTs, course, decideById, kept, plain, ts } from "./support/ordinary.js";

type O = Record<string, unknown>;

const junior = cert("C1"); // EX-ELEC 初级工, issued 2020-06-20, names course K1
const intermediate = cert("C2", { level: "intermediate", issuedOn: "2020-06-25" }); // EX-ELEC 中级工, names K1 too
const doc = (o: O): O => ({ trainees: [plain], courses: [course("K1")], certificates: [junior], ...o });
const brief = (d: Decision | undefined) => [d?.outcome, d?.amount, d?.reasons.map((r) => r.code).filter((c) => c === "basis_already_paid")];
const paidFacts = (d: Decision | undefined) => d?.reasons.find((r) => r.code === "basis_already_paid")?.facts;

describe("gbf2019 §(十二) 「参加培训后取得证书」: one course's training is paid once", () => {
  it("the ordinary worker's one course and one certificate are paid the row once: 1000.00", () => {
    const r = decideById(JX, doc({ claims: [ts("A", "C1")] }));
    // EX-ELEC 初级工 row (illustrative): 1000.00, to the trainee
    expect(brief(r["A"])).toEqual(["granted", "1000.00", []]);
  });

  it("a 初级工 and a 中级工 certificate naming one course: the first judged is paid 1000.00, the second refused basis_already_paid (course K1), in either order of the input", () => {
    for (const claims of [[ts("A", "C1"), ts("B", "C2")], [ts("B", "C2"), ts("A", "C1")]]) {
      const r = decideById(JX, doc({ certificates: [junior, intermediate], claims }));
      // C1 issued 2020-06-20 is judged first (claim-order-by-issue-date): EX-ELEC 初级工 row, 1000.00
      expect(brief(r["A"])).toEqual(["granted", "1000.00", []]);
      // C2's training is K1's, already paid on A: 0.00 (not the 中级工 row's 1500.00)
      expect(brief(r["B"])).toEqual(["denied", "0.00", ["basis_already_paid"]]);
      expect(paidFacts(r["B"])).toEqual({ basis: ["course K1"], earlierClaims: ["A"] });
    }
  });

  it("the two sides: a 中级工 certificate from a second course K2 is paid its own row, 1500.00", () => {
    const second = course("K2", { level: "intermediate", startDate: "2020-06-11", endDate: "2020-06-21" });
    const r = decideById(JX, doc({ courses: [course("K1"), second], certificates: [junior, cert("C2", { level: "intermediate", issuedOn: "2020-06-25", courseId: "K2" })], claims: [ts("A", "C1"), ts("B", "C2")] }));
    expect(brief(r["A"])).toEqual(["granted", "1000.00", []]); // EX-ELEC 初级工 row
    expect(brief(r["B"])).toEqual(["granted", "1500.00", []]); // EX-ELEC 中级工 row: another course, another training
  });

  it("across runs: the second certificate claimed in a later run, the first run's grants as its ledger, is refused (course K1)", () => {
    const first = evaluateBatch(JX, parsed(doc({ claims: [ts("A", "C1")] })));
    expect(first.grants.map((g) => [g.claimId, g.amount])).toEqual([["A", "1000.00"]]); // EX-ELEC 初级工 row
    expect(first.grants[0]?.basisKeys).toEqual(["trainingSubsidy|P1|certificate C1", "trainingSubsidy|P1|course K1"]);
    const later = decideById(JX, doc({ certificates: [junior, intermediate], claims: [ts("B", "C2", { submittedOn: "2020-08-01" })], ledger: first.ledger.grants() }));
    // nothing more for K1's training: 0.00 (not 1500.00)
    expect(brief(later["B"])).toEqual(["denied", "0.00", ["basis_already_paid"]]);
    expect(paidFacts(later["B"])).toEqual({ basis: ["course K1"], earlierClaims: ["A"] });
  });

  it("a certificate whose record names no course is judged with the claim's course of its occupation, and that course is keyed too", () => {
    // a 中级工 certificate, so that 「同一职业同一等级不可重复享受」 does not refuse it before its course is read
    const unnamed = cert("C3", { courseId: undefined, level: "intermediate", issuedOn: "2020-06-22" });
    const r = decideById(JX, doc({ certificates: [junior, unnamed], claims: [ts("A", "C1"), ts("B", "C3", { courseId: "K1" })] }));
    expect(brief(r["A"])).toEqual(["granted", "1000.00", []]); // EX-ELEC 初级工 row
    expect(brief(r["B"])).toEqual(["denied", "0.00", ["basis_already_paid"]]); // K1's training, paid on A (not the 中级工 row's 1500.00)
    expect(paidFacts(r["B"])).toEqual({ basis: ["course K1"], earlierClaims: ["A"] });
  });

  it("certificates that name no course at all are each their own basis: an EX-ELEC 初级工 and an EX-WELD 初级工 are paid 1000.00 and 1200.00", () => {
    const elec = cert("C1", { courseId: undefined });
    const weld = cert("C4", { courseId: undefined, occupation: { code: "EX-WELD", name: "焊工（示意）" }, issuedOn: "2020-06-22" });
    const r = decideById(JX, { trainees: [plain], certificates: [elec, weld], claims: [ts("A", "C1"), ts("B", "C4")] });
    expect(brief(r["A"])).toEqual(["granted", "1000.00", []]); // EX-ELEC 初级工 row
    expect(brief(r["B"])).toEqual(["granted", "1200.00", []]); // EX-WELD 初级工 row
  });

  // With its level too (EX-ELEC 初级工) the same grant is refused first by 「同一职业同一等级不可重复享受」; without its occupation,
  // the claim is held asking it (reading earlier-grant-says-what-it-paid). Cold audit 7's record: the occupation without a level.
  it("a training-subsidy grant kept by another system that names course K1 and EX-ELEC but no level, no certificate, no keys, refuses the certificate K1 earned", () => {
    const other = kept({ measure: "trainingSubsidy", provision: "jx2019.catalogue", amount: "1000.00", basisDate: "2020-06-20", courseId: "K1", occupationCode: "EX-ELEC" });
    const r = decideById(JX, doc({ claims: [ts("A", "C1")], ledger: [other] }));
    // K1's training was paid on OLD-9: 0.00 (not the EX-ELEC 初级工 row's 1000.00 again)
    expect(brief(r["A"])).toEqual(["denied", "0.00", ["basis_already_paid"]]);
    expect(paidFacts(r["A"])).toEqual({ basis: ["course K1"], earlierClaims: ["OLD-9"] });
    // the same grant naming another course K9 refuses nothing: 1000.00
    const elsewhere = decideById(JX, doc({ claims: [ts("A", "C1")], ledger: [{ ...other, courseId: "K9" }] }));
    expect(brief(elsewhere["A"])).toEqual(["granted", "1000.00", []]); // EX-ELEC 初级工 row: K1 unpaid
  });

  // Cold review 70 (F2's caveat, mended 2026-12-07): a grant kept elsewhere naming only a certificate — no course, no keys —
  // whose record here names K1 paid K1's training.
  it("a training-subsidy grant kept by another system naming only the 初级工 certificate, whose record names K1, refuses the 中级工 certificate K1 earned", () => {
    const other = kept({ measure: "trainingSubsidy", provision: "jx2019.catalogue", amount: "1000.00", basisDate: "2020-06-20", certificateId: "C1", occupationCode: "EX-ELEC", level: "junior" });
    const r = decideById(JX, doc({ certificates: [junior, intermediate], claims: [ts("B", "C2")], ledger: [other] }));
    // K1's training was paid on OLD-9 (through C1): 0.00, not the EX-ELEC 中级工 row's 1500.00
    expect(brief(r["B"])).toEqual(["denied", "0.00", ["basis_already_paid"]]);
    expect(paidFacts(r["B"])).toEqual({ basis: ["course K1"], earlierClaims: ["OLD-9"] });
    // C1's record naming another course K9, or not in the batch: nothing says K1 was paid — 1500.00 (EX-ELEC 中级工 row)
    const k9 = decideById(JX, doc({ courses: [course("K1"), course("K9")], certificates: [cert("C1", { courseId: "K9" }), intermediate], claims: [ts("B", "C2")], ledger: [other] }));
    expect(brief(k9["B"])).toEqual(["granted", "1500.00", []]);
    const absent = decideById(JX, doc({ certificates: [intermediate], claims: [ts("B", "C2")], ledger: [other] }));
    expect(brief(absent["B"])).toEqual(["granted", "1500.00", []]);
  });

  it("under the national frameworks too: an employee's 初级工 and 中级工 certificates on one course are paid 1000.00 once", () => {
    const r = decideById(NF, { ...cityDoc, certificates: [cityCert("C1"), cityCert("C2", { level: "intermediate", issuedOn: "2022-08-03" })], claims: [cityTs("A", "C1"), cityTs("B", "C2")] });
    expect(brief(r["A"])).toEqual(["granted", "1000.00", []]); // example.city EX-ELEC 初级工 row (illustrative)
    expect(brief(r["B"])).toEqual(["denied", "0.00", ["basis_already_paid"]]); // K1's training, paid on A (not 1500.00)
    // a second course K2 for the 中级工: paid 1500.00 (example.city EX-ELEC 中级工 row)
    const two = decideById(NF, { ...cityDoc, courses: [cityCourse("K1"), cityCourse("K2", { startDate: "2022-07-21", endDate: "2022-07-30", attendedDays: 10 })], certificates: [cityCert("C1"), cityCert("C2", { level: "intermediate", issuedOn: "2022-08-03", courseId: "K2" })], claims: [cityTs("A", "C1"), cityTs("B", "C2")] });
    expect(brief(two["B"])).toEqual(["granted", "1500.00", []]);
  });
});
