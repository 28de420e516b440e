/**
 * Final review 3 (2026-12-05, 01:10–01:52 UTC), cold, of 02929f3..658f07e.
 *
 * Findings as `it.fails` records (each fails on the code as it stands; when one is fixed its record starts failing:
 * turn it into `it(...)`). Setup as test/review11.test.ts (the national frameworks with the example catalogue and the
 * illustrative skill-upgrade standards: 初级工 1000.00). Not official figures.
 */
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, nationalFrameworksPolicy, withJiaxingCatalogue } from "../src/index.js";
import { regionalPolicy } from "./support/national.js";
import { jiaxingCatalogue, parsed, withSkillUpgradeStandards } from "./support/world.js";

type O = Record<string, unknown>;
const decide = (policy: Policy, doc: O): Record<string, Decision> => Object.fromEntries(evaluateBatch(policy, parsed(doc)).decisions.map((d) => [d.claimId, d]));
const brief = (d: Decision | undefined) => [d?.outcome, d?.amount, d?.missingFacts];

const HERE = "example.city";
const NF = withSkillUpgradeStandards(regionalPolicy(nationalFrameworksPolicy()));
const TRAINEE = { kind: "trainee", id: "P1" };
const cityWorker = { id: "P1", birthDate: "1990-05-05", statuses: ["enterpriseEmployee"], hukouRegion: HERE, unemploymentInsuranceMonths: { [HERE]: 24 } };
const cityCourse = (id: string, o: O = {}): O => ({ id, traineeId: "P1", kind: "employmentSkills", occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", classHours: 80, startDate: "2022-07-01", endDate: "2022-07-20", attendedDays: 20, region: HERE, ...o });
const cityCert = (id: string, o: O = {}): O => ({ id, traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", issuedOn: "2022-08-01", courseId: "K1", ...o });
const skillUpgrade = (id: string, certificateId: string): O => ({ id, measure: "insuredSkillUpgradeSubsidy", traineeId: "P1", claimant: TRAINEE, certificateId, submittedOn: "2022-08-05" });
const kept = (o: O): O => ({ id: "G9", claimId: "OLD-9", traineeId: "P1", payee: TRAINEE, basisDate: "2021-08-01", ...o });

// ——— Jiaxing with its illustrative catalogue and the ordinary Nanhu worker (as test/review11.test.ts) ———
const JX = withJiaxingCatalogue(jiaxingCatalogue);
const NANHU = "zhejiang.jiaxing.nanhu";
const worker = { id: "P1", birthDate: "1990-05-05", statuses: ["enterpriseEmployee"], hukouRegion: NANHU, employerId: "E1", unemploymentInsuranceMonths: { [NANHU]: 24 } };
const E1 = { id: "E1", name: "嘉兴示例企业", region: NANHU, unemploymentInsuranceRegion: NANHU };
const course = (id: string, o: O = {}): O => ({ id, traineeId: "P1", kind: "employmentSkills", occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", classHours: 80, startDate: "2020-06-01", endDate: "2020-06-10", attendedDays: 10, region: NANHU, organizerId: "ORG1", ...o });
const cert = (id: string, o: O = {}): O => ({ id, traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", issuedOn: "2020-06-20", courseId: "K1", ...o });

describe("findings (it.fails: each fails on the code as it stands)", () => {
  // F1 — what (new in c0ca76e, the mend of review 11): grantsWithoutLevel passes every grant naming a certificate the
  // document holds, whatever that certificate's level. A skill-upgrade grant kept by another system names EX-ELEC and
  // certificate C0 but no level; the document holds C0 as the worker's EX-ELEC 初级工 certificate. The worker's second
  // EX-ELEC 初级工 certificate C1 is then paid the skill-upgrade subsidy again (1000.00), and the training subsidy on C1
  // passes one-or-the-other. Without C0 in the document both are held (`grant G9: level`); with `level: "junior"` on the
  // grant the skill-upgrade claim is denied basis_already_paid — so giving the record that says the level pays twice.
  // Why: the subsidy is read as paid once per occupation and level (reading pay-once-basis, gbf2019 「但同一职业同一等级
  // 不可重复享受」); the grant's own certificate says it paid EX-ELEC 初级工, the level claimed.
  // Money: 1000.00 (illustrative 初级工 skill-upgrade standard) paid twice. Confidence 55 %.
  // Fix: in grantsWithoutLevel, pass a grant naming a held certificate only when that certificate's level differs from
  // the one claimed (or it has none); when it is the same level, refuse it as the grant with that level would be.
  // fixed 2026-12-05 (the lead's mend of final review 3: grantsWithoutLevel passes a held certificate only at another level than the claimed one; carriesKeys reads a package grant's keys only when one keys a package under '*'): now it(...).
  it("gbf2019 §(十一) 「按规定给予职业培训补贴或参保职工技能提升补贴」 with 「但同一职业同一等级不可重复享受」: a skill-upgrade grant naming EX-ELEC and certificate C0, which the document holds at 初级工, refuses the skill-upgrade claim on another EX-ELEC 初级工 certificate — not paid 1000.00 again", () => {
    const c0 = cityCert("C0", { issuedOn: "2021-07-01", courseId: "K0" });
    const g9 = kept({ measure: "insuredSkillUpgradeSubsidy", provision: "gf2018.insured-skill-upgrade", amount: "1000.00", occupationCode: "EX-ELEC", certificateId: "C0" });
    const doc = { trainees: [cityWorker], courses: [cityCourse("K0", { startDate: "2021-06-01", endDate: "2021-06-20" }), cityCourse("K1")], certificates: [c0, cityCert("C1")], ledger: [g9], claims: [skillUpgrade("S", "C1")] };
    // control: the same grant with its level is refused (basis_already_paid, the key level EX-ELEC@junior)
    expect(decide(NF, { ...doc, ledger: [{ ...g9, level: "junior" }] })["S"]?.outcome).toBe("denied");
    // at stake: 1000.00 (illustrative 初级工 standard), EX-ELEC 初级工 paid twice; today granted 1000.00
    expect(brief(decide(NF, doc)["S"])[0]).not.toBe("granted");
  });
  // F1, its other half — the same grant and document, the training subsidy on C1: one-or-the-other (reading
  // training-or-skill-upgrade) denies it other_measure_already_paid when the grant names its level (初级工), holds it
  // (`grant G9: level`) when the document does not hold C0, and pays it (1000.00) when the document says C0 is 初级工.
  // Money: 1000.00 (EX-ELEC 初级工 row of the example catalogue) paid beside the skill-upgrade subsidy for one occupation
  // and level. Confidence 50 % (the same root as F1: grantsWithoutLevel's held-certificate pass ignores the level).
  // fixed 2026-12-05 (the lead's mend of final review 3: grantsWithoutLevel passes a held certificate only at another level than the claimed one; carriesKeys reads a package grant's keys only when one keys a package under '*'): now it(...).
  it("gbf2019 §(十一) 「按规定给予职业培训补贴或参保职工技能提升补贴」: after a skill-upgrade grant naming EX-ELEC and certificate C0, which the document holds at 初级工, the training subsidy on another EX-ELEC 初级工 certificate is not paid 1000.00", () => {
    const c0 = cityCert("C0", { issuedOn: "2021-07-01", courseId: "K0" });
    const g9 = kept({ measure: "insuredSkillUpgradeSubsidy", provision: "gf2018.insured-skill-upgrade", amount: "1000.00", occupationCode: "EX-ELEC", certificateId: "C0" });
    const cityTs = { id: "T", measure: "trainingSubsidy", traineeId: "P1", claimant: TRAINEE, certificateId: "C1", submittedOn: "2022-08-05" };
    const doc = { trainees: [cityWorker], courses: [cityCourse("K0", { startDate: "2021-06-01", endDate: "2021-06-20" }), cityCourse("K1")], certificates: [c0, cityCert("C1")], ledger: [g9], claims: [cityTs] };
    // control: the grant with its level is the other measure already paid
    expect(decide(NF, { ...doc, ledger: [{ ...g9, level: "junior" }] })["T"]?.reasons.map((r) => r.code)).toEqual(["other_measure_already_paid"]);
    // at stake: 1000.00 (EX-ELEC 初级工 of the example catalogue); today granted 1000.00
    expect(decide(NF, doc)["T"]?.outcome).not.toBe("granted");
  });
  // F1, for the appraisal subsidy — an appraisal grant kept by another system names EX-ELEC and certificate C0 but no
  // level; the document holds C0 at 初级工, issued after C1. The 初级工 appraisal claim on C1 is paid 120.00: the
  // held-certificate pass skips the grant, and the first-time rule by certificates (appraisal_not_first) looks only at
  // certificates issued before C1. The same grant with `level: "junior"` is appraisal_already_granted; without C0 in the
  // document the claim is held. Money: 120.00 (「补贴标准为初级工、中级工120元」) paid for a level already paid. Confidence
  // 40 % (a ledger that paid the later certificate of one level is odd; the library's own reading refuses it).
  // fixed 2026-12-05 (the lead's mend of final review 3: grantsWithoutLevel passes a held certificate only at another level than the claimed one; carriesKeys reads a package grant's keys only when one keys a package under '*'): now it(...).
  it("jx2019 五(十一) 「对同一职业（工种）同一技能等级通过初次职业技能鉴定并取得证书（不含培训合格证书）的参训人员，给予职业技能鉴定补贴」: an appraisal grant naming EX-ELEC and certificate C0, which the document holds at 初级工, refuses the 初级工 appraisal claim on C1 — not paid 120.00 again", () => {
    const c0 = cert("C0", { issuedOn: "2020-10-20", courseId: "K0" });
    const g9 = kept({ measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", amount: "120.00", basisDate: "2020-11-01", occupationCode: "EX-ELEC", certificateId: "C0" });
    const claim = { id: "AP", measure: "appraisalSubsidy", traineeId: "P1", claimant: TRAINEE, certificateId: "C1", submittedOn: "2020-12-01" };
    const doc = { trainees: [worker], enterprises: [E1], courses: [course("K1"), course("K0", { startDate: "2020-10-01", endDate: "2020-10-10" })], certificates: [cert("C1"), c0], ledger: [g9], claims: [claim] };
    // control: the grant with its level is appraisal_already_granted
    expect(decide(JX, { ...doc, ledger: [{ ...g9, level: "junior" }] })["AP"]?.reasons.map((r) => r.code)).toEqual(["appraisal_already_granted"]);
    // at stake: 120.00 (「初级工、中级工120元」); today granted 120.00
    expect(decide(JX, doc)["AP"]?.outcome).not.toBe("granted");
  });
  // F2 — what (left by c0ca76e): spellsKeys reads a package grant's list as its own when any key has the library's form
  // under the grant's trainee, of any kind a person's key may have (`trainingPackageGrant|P1|course PK-1`), though the
  // library keys a package under `*` alone (「每个」: a package is no person's). Such a grant naming `trainingPackageId`
  // PK-1 is keyed by the person's key only, so PK-1 is never recorded as paid and is paid again. Review 11 closed the
  // same hole for keys under the payee, under `*` of another kind and `package` under the trainee (review11.test.ts),
  // not for the trainee's other kinds. Money: 40,000.00 (claimed, under 「给予每个不超过5万元补助」). Confidence 30 %
  // (another system writing the library's form under the trainee with another kind is unlikely). Fix: for
  // trainingPackageGrant, read only `trainingPackageGrant|*|package …` as spelled (KEY_FORM's person kinds are no
  // package's), or add the named package's key to a spelled list.
  // fixed 2026-12-05 (the lead's mend of final review 3: grantsWithoutLevel passes a held certificate only at another level than the claimed one; carriesKeys reads a package grant's keys only when one keys a package under '*'): now it(...).
  it("jx2019 五(十)二 「开发职业技能培训包，给予每个不超过5万元补助」: a package grant naming PK-1 whose only key is in the library's form under its trainee, of a person's kind, refuses PK-1 — not paid 40,000.00 again", () => {
    const earlier = kept({ measure: "trainingPackageGrant", provision: "jx2019.package-grant", payee: { kind: "organizer", id: "SCHOOL-9" }, amount: "40000.00", basisDate: "2020-03-01", trainingPackageId: "PK-1", basisKeys: ["trainingPackageGrant|P1|course PK-1"] });
    const claim = { id: "PK", measure: "trainingPackageGrant", traineeId: "P1", claimant: { kind: "organizer", id: "SCHOOL-1" }, submittedOn: "2020-09-01", amountClaimed: "40000.00", trainingPackage: { id: "PK-1", developerKind: "vocationalCollege", commissioned: true } };
    const doc = { trainees: [worker], claims: [claim] };
    // control: the same grant kept without keys refuses PK-1
    expect(decide(JX, { ...doc, ledger: [{ ...earlier, basisKeys: undefined }] })["PK"]?.outcome).not.toBe("granted");
    // at stake: 40,000.00 (claimed, under the 50,000 cap), PK-1 paid twice; today granted 40000.00
    expect(decide(JX, { ...doc, ledger: [earlier] })["PK"]?.outcome).not.toBe("granted");
  });
});
