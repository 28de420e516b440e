/**
 * Cold audit 29 — a person's certificates over the years: the annual cap and the no-repeat rule of the training subsidy, the
 * appraisal subsidy's first-time rule and the one-or-the-other of the training and skill-upgrade subsidies, against a second
 * implementation.
 *
 * Angle: gbf2019 §(十二) 「原则上每人每年可享受不超过 3次，但同一职业同一等级不可重复享受」 (jx2019 五(十一)'s restatement
 * 「同一职业（项目）同一等级」); jx2019 五(十一) the appraisal subsidy 「通过初次职业技能鉴定并取得证书（不含培训合格证书）」
 * from 2020-01-01 「以证书发放日期为准」; gbf2019 §(十一) 「按规定给予职业培训补贴或参保职工技能提升补贴」.
 *
 * What I read first: law/sources gbf2019 §(十一)–(十二), jx2019 三, 五(十)–(十一) and its 施行 paragraph, gf2018 §(六)'s
 * 「支持符合条件的参保职工提升职业技能」, plan2021 (二十六), op2025 (十七); law/sources.json (in-force notes); the record schemas
 * (src/records). Then I wrote test/support/audit29-oracle.ts (integer fen, one pass per person in issue-date order, counters by
 * year and by occupation@level; readings R1–R10 at its top) BEFORE reading src/provisions/trainingSubsidy/annualCap.ts,
 * noRepeat.ts, src/provisions/skillUpgrade/insuredSkillUpgrade.ts, src/jurisdictions/jiaxing/appraisalSubsidy.ts and the
 * readings annual-cap-calendar-year, no-repeat-whole-history, claim-order-by-issue-date, appraisal-first-by-certificates,
 * training-or-skill-upgrade.
 *
 * What I tried: test/support/audit29-gen.ts (seeded, test/support/rng.ts) makes 1,650 one-person documents under jiaxingPolicy
 * with the ILLUSTRATIVE catalogue fixtures/jiaxing/catalogue-2020.json (certificates 2019-12 … 2022) and the national
 * frameworks with the ILLUSTRATIVE example city (example catalogue, skill-upgrade 1000/1500/2000; certificates 2019-06 …
 * 2026): the ordinary first certificate; 3–6 certificates in a year; one certificate claimed twice; two certificates of one
 * occupation and level (levelled and level-less); higher levels after lower; prior grants in the ledger (keyed, unkeyed,
 * naming a certificate, naming no level); the 12-31/01-01 boundary (claims filed in the next year); several on one day;
 * appraisal beside training subsidy; the skill-upgrade subsidy beside the training subsidy; Jiaxing before its catalogue and
 * after its action; the employer claiming some of a person's certificates; a held claim (employer not on record) among
 * three others. Every document goes through parseClaimsDocument → evaluateBatch and through the oracle.
 *
 * Result: every claim agrees on outcome and amount (granted, refused, held — the cap counted from the ledger and the batch,
 * a held claim keeping its place, refusals taking none, the year of the issue date, the whole-history no-repeat, the
 * appraisal's 「初次」 by certificates held) except one group, triaged by name and recorded below: the library makes
 * 「职业培训补贴或参保职工技能提升补贴」 an alternative per occupation@level, not per training (certificate): a skill-upgrade
 * subsidy paid on one certificate refuses the training subsidy on a second certificate (a second course) of the same
 * occupation and level, and the other way round; the cap disagreements that follow from it in the same worlds are triaged
 * with it.
 *
 * Considered and not recorded: the skill-upgrade subsidy refused on a second certificate of an occupation and level it paid
 * (basis_already_paid, reading pay-once-basis): no text in law/sources says how often that subsidy is paid, so none decides
 * it (my oracle paid it; triaged). A ledger training grant naming an occupation but no level read as a level-less
 * certificate's (my R6 too; the other reading would hold). Ties of issue date ordered by claim id (mine by filing date then
 * id; the generator's ids follow filing, so they coincide; the text orders nothing). An appraisal claim whose only earlier
 * certificate of the occupation and level is known from a prior training grant not naming a certificate is held
 * (missing_record), not refused: safe, weighed by cold audit 12d and review 23.
 * Figures a city sets are ILLUSTRATIVE (the catalogues' and skill-upgrade standards; jx2019's appraisal 120/150/180 are its own).
 */
import { describe, expect, it } from "vitest";
import { evaluateBatch } from "../src/index.js";
import type { Policy } from "../src/index.js";
import { JX, NF, decideById, worker, E1, course, cert, ts, appraisal, cityWorker, cityCourse, cityCert, skillUpgrade, cityTs } from "./support/ordinary.js";
import { add, generate } from "./support/audit29-gen.js";
import { keyOf, oracle } from "./support/audit29-oracle.js";
import { parsed } from "./support/world.js";

type O = Record<string, any>;
const POL: Record<string, Policy> = { jx: JX, nat: NF };
const fen = (a: string | null | undefined) => (a == null ? null : Math.round(Number(a) * 100));
const HERE = "example.city";
const insured = cityWorker({ unemploymentInsuranceMonths: { [HERE]: 48 } });

describe("audit29 controls: the cap, the no-repeat rule and the appraisal's first time as the texts decide them (these pass)", () => {
  it("agreement run: 1,650 generated documents decided claim by claim as the oracle decides them; never more than three training subsidies a person a year, no occupation@level paid twice", () => {
    const worlds = generate(29, 1650);
    let claims = 0, agreed = 0, granted = 0, denied = 0, held = 0;
    const triaged: Record<string, number> = { oneOrTheOtherByOccupationLevel: 0, skillUpgradeOncePerOccupationLevel: 0, capAfterThose: 0 };
    const other: string[] = [];
    for (const w of worlds) {
      const result = evaluateBatch(POL[w.regime]!, parsed(w.doc));
      const expected = oracle(w.doc, w.regime);
      const certs = new Map<string, O>((w.doc["certificates"] as O[]).map((c) => [c["id"], c]));
      const claimOf = new Map<string, O>((w.doc["claims"] as O[]).map((c) => [c["id"], c]));
      // invariants on the library's own decisions (with the ledger's training grants)
      const perYear = new Map<string, number>();
      const perKey = new Map<string, number>();
      for (const g of (w.doc["ledger"] ?? []) as O[]) if (g["measure"] === "trainingSubsidy") {
        perYear.set(g["basisDate"].slice(0, 4), (perYear.get(g["basisDate"].slice(0, 4)) ?? 0) + 1);
        if (g["occupationCode"] !== undefined) perKey.set(keyOf(g["occupationCode"], g["level"]), (perKey.get(keyOf(g["occupationCode"], g["level"])) ?? 0) + 1);
      }
      let worldHasF1 = false;
      const pending: { id: string; why: string }[] = [];
      for (const d of result.decisions) {
        claims++;
        const c = claimOf.get(d.claimId)!;
        const k = certs.get(c["certificateId"])!;
        if (d.outcome === "granted") granted++; else if (d.outcome === "denied") denied++; else held++;
        if (d.outcome === "granted" && c["measure"] === "trainingSubsidy") {
          const y = k["issuedOn"].slice(0, 4);
          perYear.set(y, (perYear.get(y) ?? 0) + 1);
          const key = keyOf(k["occupation"]["code"], k["level"]);
          perKey.set(key, (perKey.get(key) ?? 0) + 1);
        }
        const e = expected.get(d.claimId)!;
        if (d.outcome === e.outcome && (d.outcome !== "granted" || fen(d.amount) === e.fen)) { agreed++; continue; }
        const code = d.reasons.find((r) => r.code === "other_measure_already_paid" || r.code === "basis_already_paid" || r.code === "annual_cap_reached" || r.code === "within_annual_cap")?.code;
        if (code === "other_measure_already_paid" && e.outcome === "granted") { triaged["oneOrTheOtherByOccupationLevel"]!++; worldHasF1 = true; }
        else if (code === "basis_already_paid" && c["measure"] === "insuredSkillUpgradeSubsidy" && e.outcome === "granted") { triaged["skillUpgradeOncePerOccupationLevel"]!++; worldHasF1 = true; }
        else pending.push({ id: d.claimId, why: `${w.regime}/${w.tag} ${d.claimId} library ${d.outcome} (${code}) oracle ${e.outcome}/${e.why}` });
      }
      // a cap decision that differs only because the library refused one of those earlier in the same year
      for (const p of pending) {
        if (worldHasF1 && /annual/.test(p.why)) triaged["capAfterThose"]!++;
        else other.push(p.why);
      }
      for (const [y, n] of perYear) expect(n, `${JSON.stringify(w.doc).slice(0, 200)} ${y}`).toBeLessThanOrEqual(3);
      for (const [key, n] of perKey) expect(n, `${key} paid twice`).toBeLessThanOrEqual(1);
    }
    expect(other).toEqual([]);
    // 1,650 documents, seed 29: 5,998 claims, 5,935 agree (3,804 paid, 1,595 refused, 599 held over both); 63 triaged by name
    expect(claims).toBe(agreed + triaged["oneOrTheOtherByOccupationLevel"]! + triaged["skillUpgradeOncePerOccupationLevel"]! + triaged["capAfterThose"]!);
    expect({ claims, agreed, granted, denied, held, ...triaged }).toEqual({ claims: 5998, agreed: 5935, granted: 3804, denied: 1595, held: 599, oneOrTheOtherByOccupationLevel: 53, skillUpgradeOncePerOccupationLevel: 7, capAfterThose: 3 });
  });

  it("the ordinary case: a local Jiaxing worker's first certificate (EX-ELEC 初级工) earns the training subsidy and the appraisal subsidy", () => {
    const d = decideById(JX, { trainees: [worker()], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A", "C1"), appraisal("B", "C1")] });
    expect([d.A!.outcome, d.A!.amount]).toEqual(["granted", "1000.00"]); // EX-ELEC 初级工 1000.00 (ILLUSTRATIVE catalogue row)
    expect([d.B!.outcome, d.B!.amount]).toEqual(["granted", "120.00"]); // jx2019 五(十一) 初级工 120 元
  });

  it("four certificates in one year: the first three by issue date paid, the fourth refused whatever the filing order; a fifth on 01-01 of the next year paid", () => {
    const occ = [["EX-ELEC", "junior", "2020-02-01"], ["EX-FORK", "junior", "2020-05-01"], ["EX-SEW", "junior", "2020-08-01"], ["EX-CARE", "junior", "2020-12-31"], ["EX-WELD", "junior", "2021-01-01"]] as const;
    const courses = occ.map(([code, level, on], i) => course(`K${i + 1}`, { occupation: { code, name: "示意" }, level, startDate: add(on, -20), endDate: add(on, -11) }));
    const certificates = occ.map(([code, level, on], i) => cert(`C${i + 1}`, { occupation: { code, name: "示意" }, level, issuedOn: on, courseId: `K${i + 1}` }));
    // filed in reverse: the 2020-12-31 certificate first
    const claims = [ts("A1", "C4", { submittedOn: "2021-01-05" }), ts("A2", "C3", { submittedOn: "2021-01-06" }), ts("A3", "C2", { submittedOn: "2021-01-07" }), ts("A4", "C1", { submittedOn: "2021-01-08" }), ts("A5", "C5", { submittedOn: "2021-01-09" })];
    const d = decideById(JX, { trainees: [worker()], enterprises: [E1], courses, certificates, claims });
    expect(["A4", "A3", "A2", "A1", "A5"].map((id) => [d[id]!.outcome, d[id]!.amount])).toEqual([
      ["granted", "1000.00"], // EX-ELEC 初级工 1000.00 (ILLUSTRATIVE)
      ["granted", "900.00"], // EX-FORK 初级工 900.00 (ILLUSTRATIVE)
      ["granted", "800.00"], // EX-SEW 初级工 800.00 (ILLUSTRATIVE)
      ["denied", "0.00"], // the fourth of 2020: 「每人每年可享受不超过 3 次」
      ["granted", "1200.00"], // EX-WELD 初级工 1200.00 (ILLUSTRATIVE), 2021's first
    ]);
    expect(d["A1"]!.reasons.map((r) => r.code)).toContain("annual_cap_reached");
  });

  it("a higher level after a lower is paid (中级工 after 初级工 of one occupation); a second 初级工 certificate of it is not, in a later year either", () => {
    const d = decideById(JX, {
      trainees: [worker()], enterprises: [E1],
      courses: [course("K1"), course("K2", { level: "intermediate", startDate: "2020-09-01", endDate: "2020-09-10" }), course("K3", { startDate: "2021-03-01", endDate: "2021-03-10" })],
      certificates: [cert("C1"), cert("C2", { level: "intermediate", issuedOn: "2020-09-20", courseId: "K2" }), cert("C3", { kind: "qualificationCertificate", issuedOn: "2021-03-20", courseId: "K3" })],
      claims: [ts("A", "C1"), ts("B", "C2", { submittedOn: "2020-10-01" }), ts("C", "C3", { submittedOn: "2021-04-01" })],
    });
    expect([d.A!.amount, d.B!.amount]).toEqual(["1000.00", "1500.00"]); // 初级工 1000.00, 中级工 1500.00 (ILLUSTRATIVE)
    expect(d.C!.outcome).toBe("denied"); // 「同一职业同一等级不可重复享受」, whatever the year
  });

  it("a prior training grant that names no occupation holds the next training-subsidy claim (it may have paid this occupation and level)", () => {
    const g = { id: "G1", claimId: "OLD-1", traineeId: "P1", measure: "trainingSubsidy", provision: "jx2019.equal-standard", payee: { kind: "trainee", id: "P1" }, amount: "1000.00", basisDate: "2020-03-01" };
    const d = decideById(JX, { trainees: [worker()], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A", "C1")], ledger: [g] });
    expect(d.A!.outcome).toBe("undecidable");
  });

  it("the appraisal subsidy's 「初次」: a 2020 初级工 certificate after a 2019 one of the same occupation is refused; the 2019 one is before 「2020 年 1 月 1 日」", () => {
    const d = decideById(JX, {
      trainees: [worker()], enterprises: [E1],
      courses: [course("K1", { startDate: "2019-11-01", endDate: "2019-11-10" }), course("K2")],
      certificates: [cert("C1", { issuedOn: "2019-12-20" }), cert("C2", { kind: "qualificationCertificate", courseId: "K2" })],
      claims: [appraisal("A", "C1", { submittedOn: "2020-01-05" }), appraisal("B", "C2")],
    });
    expect([d.A!.outcome, d.B!.outcome]).toEqual(["denied", "denied"]);
  });
});

describe("audit29 findings (expected to fail until fixed)", () => {
  // What: the library refuses the training subsidy on a second certificate (a second course) of an occupation and level when the
  // insured skill-upgrade subsidy was paid on an EARLIER certificate of that occupation and level: otherMeasureGrant
  // (src/provisions/skillUpgrade/insuredSkillUpgrade.ts) matches the other measure's grant on the certificate OR on
  // `occupationCode === … && level === …`; the reading training-or-skill-upgrade says “for one training” but adds
  // “(or on the same occupation and level)” without argument. The mirror: a skill-upgrade claim on a second certificate is
  // refused after a training subsidy on the first. 20–40 claims of the 1,650-document run.
  // Why: gbf2019 §(十一) puts the alternative on the training: 「符合条件的企业职工参加…初级工、中级工…培训，按规定给予职业培训补贴
  // 或参保职工技能提升补贴」 — this training earns one of the two. §(十二)'s 「同一职业同一等级不可重复享受」 bars a second
  // 职业培训补贴 for the occupation and level; the training subsidy has never been paid for it here, and §(十二) speaks of
  // 职业培训补贴 only (the library's own noRepeatMeasures is ["trainingSubsidy"]).
  // Alternatives: the library's — 或 read with §(十二)'s purpose, one public subsidy per occupation and level across the two
  // funds (a person re-certified at a level they were already subsidised for gets nothing more); it is a plausible policy
  // reading, and a second certificate at the same level is uncommon. Confidence that the text requires paying: 35 %.
  // Money per claim: EX-ELEC 初级工 1000.00 (example catalogue, ILLUSTRATIVE) refused; in the mirror, 1000.00 (skill-upgrade
  // 初级工 standard, ILLUSTRATIVE) refused.
  // Fix: src/provisions/skillUpgrade/insuredSkillUpgrade.ts:otherMeasureGrant — match the other measure's grant on the
  // certificate (or the course it names) only, not on occupation and level (and neverPaid in annualCap.ts follows it).
  it.fails("「按规定给予职业培训补贴或参保职工技能提升补贴」 is one or the other for a training: a skill-upgrade subsidy paid on one 初级工 certificate does not refuse the training subsidy on a second course's certificate of that occupation and level, which 「同一职业同一等级不可重复享受」 has not yet paid", () => {
    const d = decideById(NF, {
      trainees: [insured],
      courses: [cityCourse("K1"), cityCourse("K2", { startDate: "2022-09-01", endDate: "2022-09-20" })],
      certificates: [cityCert("C1"), cityCert("C2", { issuedOn: "2022-10-01", courseId: "K2" })],
      claims: [skillUpgrade("A", "C1"), { ...cityTs("B", "C2"), submittedOn: "2022-10-05" }],
    });
    expect([d.A!.outcome, d.A!.amount]).toEqual(["granted", "1000.00"]); // skill-upgrade 初级工 1000.00 (ILLUSTRATIVE standard)
    expect([d.B!.outcome, d.B!.amount]).toEqual(["granted", "1000.00"]); // example catalogue EX-ELEC 初级工 1000.00 (ILLUSTRATIVE)
  });
});
