/**
 * Cold review 37 (2026-12-05) of 62eecfa "Mends of cold audit 20": two mends of money, each tried cold.
 *
 * Angle: (1) the training subsidy now refuses a claim whose claimant is of kind `trainee` but is another person than the
 * claim's trainee (`payee_not_trainee`, src/provisions/trainingSubsidy/trainingSubsidy.ts); (2) gf2018.groups
 * (src/provisions/groups/employmentSkillsGroups.ts) now holds `returningMigrantWorker` (返乡农民工) beside `migrantWorker`.
 *
 * Read first: gbf2019 §(十一), §(十二) (「符合条件的劳动者在户籍地、常住地、求职就业地参加培训后取得证书……的，按规定给予职业培训补贴，
 * 原则上每人每年可享受不超过 3次」), gf2018 §(五), §(八), §(十八), jx2019 五(十一) (「对具有当地户籍、当地常住并办有居住证、在当地就业
 * 创业或在当地办理失业登记的城乡劳动者提供普惠同等的培训补贴」, 「职业培训补贴原则上每人每年可享受不超过 3 次」). My reading before
 * the code: the subsidy on a certificate is the 劳动者's who trained and earned it (or, by the texts' other clauses, an
 * enterprise's for its employee, a 组织单位's for training it organised); nothing in the texts names an agent filing for a
 * person, so a person filing for another's certificate is not paid it; such a claim is no 享受 and takes none of the
 * trainee's three a year. §(五)'s 「农民工职业技能提升计划」 covers 农民工 whether they work away or have come home: a 返乡农民工
 * working locally off the farm is still a 农民工 (本地农民工), and §(八) names 「返乡下乡创业人员」 beside 「农村转移就业」.
 * Then the diff, test/audit20.test.ts (F1–F3, header), law/readings/trainee-claims-own-training.yaml and
 * gf2018-chain-groups.yaml, trainingSubsidy.ts (run), engine.ts (decideBatch, held claims), annualCap.ts (placesHeld).
 *
 * What I tried (all figures ILLUSTRATIVE: fixtures/jiaxing/catalogue-2020.json EX-ELEC 初级工 1000.00, 中级工 1500.00,
 * EX-WELD 初级工 1200.00, 中级工 1800.00; the example city's and the Jieyang pack's EX-ELEC 初级工 1000.00; Jiaxing 鉴定补贴
 * 120.00 is jx2019's own figure): the ordinary trainee (Jiaxing, national-frameworks, Jieyang pack); the employer, an
 * organiser, Jiaxing's pre-job (组织单位), safety (个人或组织单位) and project routes; a stranger first and the trainee later,
 * in one batch, through the command line in one run, partitioned (spilled), and chained (--grants-out / --ledger) both ways;
 * the appraisal subsidy, living allowance and insured skill-upgrade subsidy claimed by a stranger; the reason's messages
 * (zh, en) and its facts against the web service's schema; a stranger's claim held for a missing record (FINDING 1); the
 * 返乡农民工 under every shipped policy and the places gf2018.groups reaches.
 *
 * Considered and not recorded:
 * - The appraisal subsidy and the living allowance, claimed by another person as the trainee, pay the TRAINEE (payee is the
 *   trainee whoever files) and then refuse the trainee's own claim as already paid; the training subsidy refuses the same
 *   stranger's claim. Inconsistent, but no money wrong: the trainee is paid once either way, the stranger never (controls).
 * - The insured skill-upgrade subsidy refuses a stranger with `not_insured_employee`, a message that says something false of
 *   an insured employee (the check also covers claimant ≠ trainee). Message only, no money.
 * - A mistyped claimant id (the trainee's own claim under "P1x") is refused, not held. Refusal is defensible: the trainee's
 *   correctly filed claim is paid in the same or a later run; holding would keep a place (see FINDING 1). Not recorded.
 * - A grant paid to a stranger under the old library, read back as the ledger, still bars the trainee's own claim on the
 *   certificate (the basis was paid once): recovery is outside the rules. Not recorded.
 * - Returning-migrant mend: I agree with it (about 65 %): a 返乡农民工 is a 农民工 of the 「农民工职业技能提升计划」. It reaches
 *   only the jieyang-2018 policy (the only shipped policy with the gf2018 layer; nationally gbf2019 §(十一)'s
 *   「农村转移就业劳动者」 and plan2021's groups already held returningMigrantWorker), and there only certificates issued
 *   2018-05-03 … 2019-05-17 (the chain's framework then ends: held). Controls below.
 * Time: about 30 minutes.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateBatch, nationalFrameworksPolicy, POLICIES } from "../src/index.js";
import type { Decision, Policy } from "../src/index.js";
import { gf2018 } from "../src/jurisdictions/index.js";
import { REASON_FACTS } from "../src/server/reasonFacts.js";
import { offenders } from "../scripts/quotations.mjs";
import { cli, evaluateSpilled, summaryOf } from "./cli-helpers.js";
import { parsed } from "./support/world.js";
import { jieyangPackPolicy } from "./support/national.js";
import { appraisal, cert, jxProjectDoc, cityCert, cityCourse, cityTs, cityWorker, course, E1, JX, NF, ordinary, skillUpgrade, ts, withIllustrativeLocal, worker } from "./support/ordinary.js";
import { ability, employee, enterprises, operations, preJob, safety } from "./support/enterpriseRoutes.js";

type O = Record<string, unknown>;
const P2 = { kind: "trainee", id: "P2" };
const WELD = { code: "EX-WELD", name: "焊工（示意）" };
const decide = (p: Policy, doc: O): Record<string, Decision> => Object.fromEntries(evaluateBatch(p, parsed(doc)).decisions.map((d) => [d.claimId, d]));
const sum = (d: Decision | undefined) => `${d?.outcome}:${d?.amount}:${d?.payee ? `${d.payee.kind}:${d.payee.id}` : "-"}`;
const codes = (d: Decision | undefined) => d?.reasons.map((r) => r.code) ?? [];
/** Jiaxing: the ordinary worker P1 and a second person P2 (the stranger), both Nanhu enterprise employees of E1. */
const twoPeople = { ...ordinary, trainees: [worker(), worker({ id: "P2" })] };
const STRANGER_THEN_TRAINEE = { ...twoPeople, claims: [ts("A", "C1", { claimant: P2 }), ts("B", "C1", { submittedOn: "2020-07-02" })] };

// Jieyang pack over gf2018 → yf2018 → jf2018 (test/support/national.ts), as cold audit 20 builds it.
const RONGCHENG = "guangdong.jieyang.rongcheng";
const person = (id: string, o: O = {}): O => ({ id, birthDate: "1985-01-01", statuses: [], hukouRegion: RONGCHENG, ...o });
const jcert = (id: string, traineeId: string, o: O = {}): O => ({ id, traineeId, kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", issuedOn: "2018-11-20", ...o });
const jts = (id: string, traineeId: string, certificateId: string, o: O = {}): O => ({ id, measure: "trainingSubsidy", traineeId, claimant: { kind: "trainee", id: traineeId }, certificateId, submittedOn: "2019-07-01", ...o });

/** P1's four certificates of 2020 (Jiaxing); C2's record names course K2, which the document lacks. */
const fourCertificates = {
  trainees: [worker(), worker({ id: "P2" })],
  enterprises: [E1],
  courses: [course("K1"), course("K3", { occupation: WELD }), course("K4", { occupation: WELD, level: "intermediate" })],
  certificates: [
    cert("C1", { issuedOn: "2020-06-20" }), // EX-ELEC 初级工, course K1
    cert("C2", { level: "intermediate", issuedOn: "2020-06-21", courseId: "K2" }), // its course K2 is not in the document
    cert("C3", { occupation: WELD, issuedOn: "2020-06-22", courseId: "K3" }),
    cert("C4", { occupation: WELD, level: "intermediate", issuedOn: "2020-06-23", courseId: "K4" }),
  ],
};
/** P1's own claims on C1, C3, C4. */
const ownThree = [ts("A", "C1"), ts("B", "C3"), ts("D", "C4")];

describe("review 37 — controls (tried to break, found right)", () => {
  it("the ordinary trainee claiming her own certificate is still paid, in Jiaxing, national-frameworks and a Jieyang pack", () => {
    expect(sum(decide(JX, { ...ordinary, claims: [ts("A", "C1")] })["A"])).toBe("granted:1000.00:trainee:P1"); // EX-ELEC 初级工 row 1000.00 (ILLUSTRATIVE)
    expect(sum(decide(NF, { trainees: [cityWorker()], courses: [cityCourse("K1")], certificates: [cityCert("C1")], claims: [cityTs("A", "C1")] })["A"])).toBe("granted:1000.00:trainee:P1"); // example city EX-ELEC 初级工 1000.00
    expect(sum(decide(jieyangPackPolicy(), { trainees: [person("P1", { statuses: ["unemployed"] })], certificates: [jcert("K1", "P1")], claims: [jts("A", "P1", "K1")] })["A"])).toBe("granted:1000.00:trainee:P1"); // pack row 1000.00
  });

  it("a stranger filing first is refused payee_not_trainee and the trainee filing later is paid, in one batch (Jiaxing and national-frameworks)", () => {
    const r = decide(JX, STRANGER_THEN_TRAINEE);
    expect(sum(r["A"])).toBe("denied:0.00:-");
    expect(codes(r["A"])).toEqual(["payee_not_trainee"]);
    expect(sum(r["B"])).toBe("granted:1000.00:trainee:P1"); // 1000.00 row, to the trainee
    const n = decide(NF, { trainees: [cityWorker(), cityWorker({ id: "P2" })], courses: [cityCourse("K1")], certificates: [cityCert("C1")], claims: [{ ...cityTs("A", "C1"), claimant: P2 }, { ...cityTs("B", "C1"), submittedOn: "2022-08-06" }] });
    expect([sum(n["A"]), sum(n["B"])]).toEqual(["denied:0.00:-", "granted:1000.00:trainee:P1"]); // 1000.00 to P1 only
  });

  it("other claimants untouched: the employer on record, the organiser of record, and a stranger whose other facts are unknown is still refused (a false check wins)", () => {
    expect(sum(decide(JX, { ...ordinary, claims: [ts("A", "C1", { claimant: { kind: "enterprise", id: "E1" } })] })["A"])).toBe("granted:1000.00:enterprise:E1"); // 1000.00 row to the employer
    expect(sum(decide(JX, { ...ordinary, claims: [ts("A", "C1", { claimant: { kind: "organizer", id: "ORG1" } })] })["A"])).toBe("granted:1000.00:organizer:ORG1"); // 1000.00 row to the organiser
    // the stranger's trainee with no residency known: still refused, not held
    const r = decide(JX, { ...twoPeople, trainees: [worker({ hukouRegion: undefined }), worker({ id: "P2" })], claims: [ts("A", "C1", { claimant: P2 })] });
    expect(r["A"]?.outcome).toBe("denied");
    expect(codes(r["A"])).toContain("payee_not_trainee");
  });

  it("Jiaxing's routes: pre-job paid to the organising enterprise, safety paid to the person or the organising unit, project to the provider; a stranger on safety refused", () => {
    const pre = decide(JX, { trainees: [employee], enterprises, courses: [preJob()], certificates: [ability()], claims: [{ id: "A", measure: "trainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, certificateId: "K1", courseId: "C1", submittedOn: "2020-05-01" }] });
    expect(sum(pre["A"])).toBe("granted:800.00:enterprise:E1"); // EX-SEW 初级工 800.00 (「按初级工标准给予组织单位补贴」)
    const safe = (claimant: O, id = "A") => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant, certificateId: "K1", courseId: "C1", submittedOn: "2020-05-01" });
    const s = decide(JX, { trainees: [employee, { ...employee, id: "P2" }], enterprises, courses: [safety()], certificates: [operations], claims: [safe({ kind: "trainee", id: "P1" })] });
    expect(sum(s["A"])).toBe("granted:900.00:trainee:P1"); // EX-FORK 初级工 900.00 (「按初级工标准给予个人或组织单位补贴」)
    const u = decide(JX, { trainees: [employee], enterprises, courses: [safety()], certificates: [operations], claims: [safe({ kind: "organizer", id: "E1" })] });
    expect(sum(u["A"])).toBe("granted:900.00:organizer:E1"); // the same 900.00 to the organising unit
    const x = decide(JX, { trainees: [employee, { ...employee, id: "P2" }], enterprises, courses: [safety()], certificates: [operations], claims: [safe(P2, "S"), { ...safe({ kind: "trainee", id: "P1" }), submittedOn: "2020-05-02" }] });
    expect([sum(x["S"]), sum(x["A"])]).toEqual(["denied:0.00:-", "granted:900.00:trainee:P1"]); // 900.00 to P1 only
    expect(sum(decide(JX, jxProjectDoc(["unemployed"]))["A"])).toBe("granted:500.00:organizer:ORG1"); // EX-ECOM project row 500.00, to the provider
  });

  it("other measures never pay the stranger and pay the trainee once: appraisal (120.00 to the trainee), living allowance, insured skill upgrade", () => {
    const a = decide(JX, { ...twoPeople, claims: [appraisal("A", "C1", { claimant: P2 }), appraisal("B", "C1", { submittedOn: "2020-07-02" })] });
    // jx2019 五(十一) 「初级工、中级工 120 元」: paid to the trainee on the stranger's claim, once
    expect([sum(a["A"]), a["B"]?.outcome]).toEqual(["granted:120.00:trainee:P1", "denied"]);
    const LA = withIllustrativeLocal(nationalFrameworksPolicy());
    const la = (id: string, claimant: O, submittedOn: string): O => ({ id, measure: "livingAllowance", traineeId: "P1", claimant, courseId: "K1", submittedOn });
    const l = decide(LA, { trainees: [cityWorker({ statuses: ["employmentDifficulty"] }), cityWorker({ id: "P2" })], courses: [cityCourse("K1")], claims: [la("A", P2, "2022-07-25"), la("B", { kind: "trainee", id: "P1" }, "2022-07-26")] });
    // 20 days × 50.00 (ILLUSTRATIVE daily rate) = 1000.00, to the trainee, once
    expect([sum(l["A"]), l["B"]?.outcome]).toEqual(["granted:1000.00:trainee:P1", "denied"]);
    const u = decide(NF, { trainees: [cityWorker(), cityWorker({ id: "P2" })], courses: [cityCourse("K1")], certificates: [cityCert("C1")], claims: [{ ...skillUpgrade("A", "C1"), claimant: P2 }, skillUpgrade("B", "C1")] });
    expect([sum(u["A"]), sum(u["B"])]).toEqual(["denied:0.00:-", "granted:1000.00:trainee:P1"]); // ILLUSTRATIVE 初级工 skill-upgrade 1000.00
  });

  it("the reason names both people in Chinese and English, and its facts pass the web service's schema", () => {
    const r = decide(JX, STRANGER_THEN_TRAINEE)["A"]!;
    const reason = r.reasons.find((x) => x.code === "payee_not_trainee")!;
    expect(reason.facts).toEqual({ claimant: "P2", trainee: "P1" });
    expect(REASON_FACTS.payee_not_trainee.safeParse(reason.facts).success).toBe(true);
    expect(REASON_FACTS.payee_not_trainee.safeParse({ claimant: "P2" }).success).toBe(false);
    expect(reason.message.zh).toContain("P2");
    expect(reason.message.zh).toContain("P1");
    expect(reason.message.en).toContain("P2");
    expect(reason.message.en).toContain("P1");
    expect(reason.citation.provision).toBe("gbf2019.certificate-basis");
  });

  it("the command line: one run (whole and partitioned), and chained runs both ways, pay the trainee once and the stranger never", async () => {
    const d = mkdtempSync(join(tmpdir(), "review37-"));
    const file = (name: string, doc: O) => { const p = join(d, name); writeFileSync(p, JSON.stringify(doc)); return p; };
    const CAT = ["--catalogue", "fixtures/jiaxing/catalogue-2020.json", "--format", "json"];
    const both = file("both.json", STRANGER_THEN_TRAINEE);
    const whole = await cli(["evaluate", both, ...CAT]);
    expect(whole.code).toBe(0);
    expect(summaryOf(whole.out)).toMatchObject({ A: "denied:0.00:payee_not_trainee", B: expect.stringMatching(/^granted:1000\.00:/) }); // 1000.00 row
    const spilled = await evaluateSpilled([both, ...CAT]);
    expect(summaryOf(spilled.out)).toEqual(summaryOf(whole.out));
    // stranger first, alone; then the trainee with the first run's grants as the ledger
    const g1 = join(d, "g1.json");
    expect((await cli(["evaluate", file("s.json", { ...twoPeople, claims: [ts("A", "C1", { claimant: P2 })] }), ...CAT, "--grants-out", g1])).code).toBe(0);
    const then = await cli(["evaluate", file("t.json", { ...twoPeople, claims: [ts("B", "C1", { submittedOn: "2020-07-02" })] }), ...CAT, "--ledger", g1]);
    expect(summaryOf(then.out)["B"]).toMatch(/^granted:1000\.00:/);
    // the trainee first; the stranger later is refused
    const g2 = join(d, "g2.json");
    expect((await cli(["evaluate", file("t2.json", { ...twoPeople, claims: [ts("B", "C1")] }), ...CAT, "--grants-out", g2])).code).toBe(0);
    const later = await cli(["evaluate", file("s2.json", { ...twoPeople, claims: [ts("A", "C1", { claimant: P2, submittedOn: "2020-07-02" })] }), ...CAT, "--ledger", g2]);
    expect(summaryOf(later.out)["A"]).toMatch(/^denied:0\.00:.*payee_not_trainee/);
  });

  it("gf2018.groups' 返乡农民工: paid as a 农民工 in a Jieyang pack (2018-05-03 … 2019-05-17), held after; the gf2018 layer is in no other shipped policy", () => {
    const r = decide(jieyangPackPolicy(), {
      trainees: [person("P1", { statuses: ["migrantWorker"] }), person("P2", { statuses: ["returningMigrantWorker"] }), person("P3", { statuses: ["returningMigrantWorker"] })],
      certificates: [jcert("K1", "P1"), jcert("K2", "P2"), jcert("K3", "P3", { issuedOn: "2019-06-01" })],
      claims: [jts("A", "P1", "K1"), jts("B", "P2", "K2"), jts("C", "P3", "K3")],
    });
    expect(sum(r["A"])).toBe("granted:1000.00:trainee:P1"); // pack row 1000.00
    expect(sum(r["B"])).toBe("granted:1000.00:trainee:P2"); // the same row for the 返乡农民工
    expect(r["C"]?.outcome).toBe("undecidable"); // the chain's framework ends 2019-05-18
    const withGf2018 = Object.entries(POLICIES).filter(([, make]) => make().layers.some((l) => l.id === gf2018.id)).map(([id]) => id);
    expect(withGf2018).toEqual(["jieyang-2018"]);
  });

  it("elsewhere the 返乡农民工 was and is paid as the 农民工 is (national-frameworks, Jiaxing)", () => {
    for (const status of ["migrantWorker", "returningMigrantWorker"]) {
      const n = decide(NF, { trainees: [cityWorker({ statuses: [status] })], courses: [cityCourse("K1")], certificates: [cityCert("C1")], claims: [cityTs("A", "C1")] });
      expect(sum(n["A"]), status).toBe("granted:1000.00:trainee:P1"); // example city 1000.00
      const j = decide(JX, { ...ordinary, trainees: [worker({ statuses: [status], employerId: undefined })], claims: [ts("A", "C1")] });
      expect(sum(j["A"]), status).toBe("granted:1000.00:trainee:P1"); // Jiaxing 1000.00 row
    }
  });

  it("F1's control: without the stranger's claim, P1's three certificates of 2020 are each paid (and P1's own claim on C2 would be held for its course)", () => {
    const r = decide(JX, { ...fourCertificates, claims: ownThree });
    // 1000.00 (EX-ELEC 初级工) + 1200.00 (EX-WELD 初级工) + 1800.00 (EX-WELD 中级工) = 4000.00, three in 2020 (「不超过 3 次」)
    expect([sum(r["A"]), sum(r["B"]), sum(r["D"])]).toEqual(["granted:1000.00:trainee:P1", "granted:1200.00:trainee:P1", "granted:1800.00:trainee:P1"]);
  });

  it("every 「」 passage in this file is verbatim in law/sources", () => {
    expect(offenders(["test/review37.test.ts"])).toEqual([]);
  });
});

describe("review 37 — findings (each fails at its own assertion on the code as it stands)", () => {
  // F1 — What: P2 files as the trainee for P1's certificate C2, whose record names course K2 that the document lacks. The
  //   rule returns early, undecidable (missing_record certificate.courseId), before it reaches payee_not_trainee, so the
  //   claim is held — and decideBatch keeps it among P1's held claims (engine.ts heldOf, keyed by the claim's traineeId).
  //   It then takes one of P1's three places a year (annualCap.ts placesHeld: a held claim on another certificate takes a
  //   place unless the ledger shows it can never be paid). P1's own claims on C1 and C3 are paid; her third, on C4, is held
  //   earlier_claim_undecided "claim S: decision" — waiting on a claim the library itself will refuse whatever its missing
  //   record says (a stranger is never paid), and which only the stranger can complete. Without S, C4 is paid 1800.00.
  //   The same with a stranger's claim naming no certificate at all (missing claim.certificateId).
  // Why: jx2019 五(十一) 「职业培训补贴原则上每人每年可享受不超过 3 次」 (gbf2019 §(十二) likewise) counts what a person
  //   享受s; a claim by another person is no 享受 of hers and, under the mend's own reading (trainee-claims-own-training:
  //   “paid to no one else who files as a trainee”), can never be paid. The library's own rule (neverPaid) is that a held
  //   claim that can never be paid takes no place. So P1's third certificate is paid.
  // Alternatives: keep holding (the library's order: records first, then who claims) — defensible only if a missing record
  //   could make the stranger payable, which the mend rules out; or hold C4 only until the stranger's claim is decided
  //   (what it does now: in practice indefinitely, as the stranger need never supply the course).
  // Confidence: 65 % that the texts require P1's third certificate paid here.
  // Money: 1800.00 per claim held (not refused) — EX-WELD 中级工 row 1800.00 (ILLUSTRATIVE Jiaxing catalogue); in the
  //   national policies the same, at the row of the third certificate.
  // Fix: src/provisions/trainingSubsidy/trainingSubsidy.ts:trainingSubsidy (run) — decide the payee_not_trainee refusal first
  //   (claimant.kind === "trainee" && claimant.id !== trainee.id → findingOf([...]) denied), before the early holds for a
  //   missing certificate, course or framework, as certificate_not_of_trainee already is; then the claim is never held and
  //   never kept in heldOf.
  // Mended before the mend landed (2026-12-05, 23:00 UTC): payee_not_trainee is decided first, before any record is asked for.
  it("jx2019 五(十一) 「职业培训补贴原则上每人每年可享受不超过 3 次」: another person's claim as the trainee, which can never be paid, takes none of the trainee's three places — her third certificate of the year is paid, not held behind it", () => {
    const r = decide(JX, { ...fourCertificates, claims: [ts("S", "C2", { claimant: P2 }), ...ownThree] });
    expect(sum(r["A"])).toBe("granted:1000.00:trainee:P1"); // EX-ELEC 初级工 1000.00, 1st of 3
    expect(sum(r["B"])).toBe("granted:1200.00:trainee:P1"); // EX-WELD 初级工 1200.00, 2nd of 3
    expect(r["S"]?.outcome).not.toBe("granted"); // P2 is never paid P1's certificate (held now, refused after the fix)
    expect(sum(r["D"])).toBe("granted:1800.00:trainee:P1"); // EX-WELD 中级工 1800.00, 3rd of 3: 1000 + 1200 + 1800 = 4000.00 in 2020
  });
});
