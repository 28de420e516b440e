/**
 * Reading training-or-skill-upgrade with course-trained-once: gbf2019 §(十一)
 * 「符合条件的企业职工参加岗前培训、安全技能培训、转岗转业培训或初级工、中级工、高级工、技师、高级技师培训，按规定给予职业培训补贴或参保职工技能提升补贴」
 * makes the two subsidies alternatives for one training, and one course is one training: a course paid under one of them
 * (through a certificate whose record names it) is not paid under the other through another certificate. Found by cold
 * review 67 (F5, 35 %), read again cold (second reading 70, 60 %): an insured worker's course K1, paid 1000.00 as the
 * skill-upgrade subsidy on her 初级工 certificate, was paid again 1500.00 as the training subsidy on her 中级工
 * certificate from the same course.
 *
 * Only where the records name the course: a certificate whose record names no course, claimed with no course, is judged
 * by the certificate and its occupation at its level, as before.
 *
 * Figures, all ILLUSTRATIVE (test/support/ordinary.ts, test/support/world.ts; not official): example.city's catalogue
 * EX-ELEC 初级工 1000.00, 中级工 1500.00; the skill-upgrade standards 初级工 1000.00, 中级工 1500.00.
 */
import { describe, expect, it } from "vitest";
import type { Decision } from "../src/index.js";
import { NF, cityCert, cityCourse, cityDoc, cityTs, decideById, kept, skillUpgrade } from "./support/ordinary.js";

type O = Record<string, unknown>;

const brief = (d: Decision | undefined) => `${d?.outcome}:${d?.amount}:${(d?.reasons ?? []).map((r) => r.code).filter((c) => c === "other_measure_already_paid" || c === "basis_already_paid").join("+")}`;
const decide = (o: O) => decideById(NF, { ...cityDoc, ...o });
/** The 中级工 certificate C2 from the same course K1, issued two days after C1 (2022-08-01). */
const middle = (o: O = {}) => cityCert("C2", { level: "intermediate", issuedOn: "2022-08-03", ...o });

describe("the ordinary insured worker, one certificate from one course", () => {
  it("is paid the skill-upgrade subsidy on her 初级工 certificate: 1000.00", () => {
    // skill-upgrade 初级工 1000.00 (illustrative standards)
    expect(brief(decide({ claims: [skillUpgrade("S", "C1")] })["S"])).toBe("granted:1000.00:");
  });
  it("or, instead, the training subsidy on it: 1000.00", () => {
    // example.city EX-ELEC 初级工 row, 1000.00
    expect(brief(decide({ claims: [cityTs("B", "C1")] })["B"])).toBe("granted:1000.00:");
  });
  it("and not both on one certificate: the one judged first is paid (unchanged)", () => {
    // one basis day, claim ids B < S: B judged first, 1000.00; S refused
    const r = decide({ claims: [skillUpgrade("S", "C1"), cityTs("B", "C1")] });
    expect([brief(r["B"]), brief(r["S"])]).toEqual(["granted:1000.00:", "denied:0.00:other_measure_already_paid"]);
  });
});

describe("one course, two certificates, the two halves of 「或」", () => {
  it("refuses the training subsidy on the 中级工 certificate of a course the skill-upgrade subsidy paid through the 初级工 one", () => {
    const r = decide({ certificates: [cityCert("C1"), middle()], claims: [skillUpgrade("S", "C1"), cityTs("B", "C2")] });
    expect(brief(r["S"])).toBe("granted:1000.00:"); // skill-upgrade 初级工, C1 issued 2022-08-01, judged first
    expect(brief(r["B"])).toBe("denied:0.00:other_measure_already_paid"); // before: granted 1500.00 (中级工 row)
    expect(r["B"]?.reasons.find((x) => x.code === "other_measure_already_paid")?.facts).toEqual({ certificate: "C2", paidMeasure: "insuredSkillUpgradeSubsidy", grant: "S", course: "K1" });
    // the message says what was paid: the course C2 was earned on (cold review 70 F3)
    expect(r["B"]?.reasons.find((x) => x.code === "other_measure_already_paid")?.message.zh).toBe("同一培训（课程 K1，即取得证书 C2 的培训）已享受参保职工技能提升补贴，职业培训补贴与参保职工技能提升补贴只能享受其一");
  });

  it("refuses the skill-upgrade subsidy on the 中级工 certificate of a course the training subsidy paid through the 初级工 one", () => {
    const r = decide({ certificates: [cityCert("C1"), middle()], claims: [cityTs("B", "C1"), skillUpgrade("S", "C2")] });
    expect(brief(r["B"])).toBe("granted:1000.00:"); // 初级工 row, C1 judged first (2022-08-01)
    expect(brief(r["S"])).toBe("denied:0.00:other_measure_already_paid"); // before: granted 1500.00 (skill-upgrade 中级工)
  });

  it("pays both when the certificates came from two courses: 1000.00 and 1500.00", () => {
    const r = decide({ courses: [cityCourse("K1"), cityCourse("K2", { level: "intermediate" })], certificates: [cityCert("C1"), middle({ courseId: "K2" })], claims: [skillUpgrade("S", "C1"), cityTs("B", "C2")] });
    // skill-upgrade 初级工 1000.00 on K1's certificate; training subsidy 中级工 row 1500.00 on K2's
    expect([brief(r["S"]), brief(r["B"])]).toEqual(["granted:1000.00:", "granted:1500.00:"]);
  });

  it("pays both when the 中级工 certificate's record names no course and its claim names none (the records do not say the training was one)", () => {
    const r = decide({ certificates: [cityCert("C1"), middle({ courseId: undefined })], claims: [skillUpgrade("S", "C1"), cityTs("B", "C2")] });
    // 1000.00 (skill-upgrade 初级工) and 1500.00 (中级工 row): compared by certificate and occupation at level only, as before
    expect([brief(r["S"]), brief(r["B"])]).toEqual(["granted:1000.00:", "granted:1500.00:"]);
  });
});

describe("across runs and ledgers kept elsewhere", () => {
  const upgradeGrant = (o: O) => kept({ id: "G1", claimId: "OLD-1", measure: "insuredSkillUpgradeSubsidy", provision: "gf2018.insured-skill-upgrade", amount: "1000.00", basisDate: "2022-08-01", occupationCode: "EX-ELEC", level: "junior", ...o });

  it("refuses the training subsidy when a prior skill-upgrade grant paid the certificate whose record names the course", () => {
    const r = decide({ certificates: [cityCert("C1"), middle()], ledger: [upgradeGrant({ certificateId: "C1" })], claims: [cityTs("B", "C2")] });
    expect(brief(r["B"])).toBe("denied:0.00:other_measure_already_paid"); // before: 1500.00
  });

  it("refuses it when the prior skill-upgrade grant names the course itself, its certificate not in the batch", () => {
    const r = decide({ certificates: [middle()], ledger: [upgradeGrant({ certificateId: "ELSEWHERE-1", courseId: "K1" })], claims: [cityTs("B", "C2")] });
    expect(brief(r["B"])).toBe("denied:0.00:other_measure_already_paid"); // before: 1500.00
  });

  it("pays it when the prior skill-upgrade grant's certificate is not in the batch and the grant names no course: 1500.00", () => {
    const r = decide({ certificates: [middle()], ledger: [upgradeGrant({ certificateId: "ELSEWHERE-1" })], claims: [cityTs("B", "C2")] });
    expect(brief(r["B"])).toBe("granted:1500.00:"); // 中级工 row: nothing says the earlier grant's training was K1
  });

  it("refuses the skill-upgrade subsidy when a run before paid the training subsidy on the course (its grant, as the library wrote it)", () => {
    const run1 = decide({ claims: [cityTs("B", "C1")] });
    expect(brief(run1["B"])).toBe("granted:1000.00:"); // 初级工 row
    const grant = { id: "B", claimId: "B", traineeId: "P1", measure: "trainingSubsidy", provision: run1["B"]?.lines[0]?.citation.provision, payee: run1["B"]?.payee, amount: "1000.00", basisDate: "2022-08-01", occupationCode: "EX-ELEC", level: "junior", courseId: "K1", certificateId: "C1" };
    const r = decide({ certificates: [cityCert("C1"), middle()], ledger: [grant], claims: [skillUpgrade("S", "C2")] });
    expect(brief(r["S"])).toBe("denied:0.00:other_measure_already_paid"); // before: 1500.00 (skill-upgrade 中级工)
  });
});
