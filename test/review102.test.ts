/**
 * Cold review 102 (2026-12-07) of HEAD 8ede19f: the mends of 68e3660 to cold review 99's findings — claw-back recovering
 * one payment per grant id (`conflictingGrants`) and nothing on a claim id naming two people (`ambiguousClaims`), gf2018
 * (十八) for grants before gbf2019's issue; the education fund's requirement rounded up to the fen and typed errors naming
 * a bad figure (educationFund, educationFundUnder, advancePayment); a progress document keeping an identical repeated
 * grant once (`report --grants`). Amounts are ILLUSTRATIVE (hand-made grants; the Jiaxing fixture catalogue
 * fixtures/jiaxing/catalogue-2020.json and its showcase), not official figures.
 *
 * Read first, before the code: law/sources/op2025.txt (十八) (「应追回补贴资金并依法查处」, 「对 发生违规违法行为的机构,要依法取消培训和评价资质」),
 * gbf2019 §(十四), gf2018 (十八) (「依法加强对培训补贴资金的监督,防止骗取、挪用」), jx2019's 「对骗取职业培训补贴资金的单位和个人，依法依纪严」
 * and its ledger 「建立培训全过程台账，确保可追溯」; gbf2019 §(十三) and op2025 (十七) (「60%以上」); gbf2019 §(十二).
 * Readings: clawback-text-in-force (as changed), ledger-grant-identity, claim-id-reused; docs/reports.md (a grant with an
 * optional `fund`), docs/cli.md (report, --grants).
 * What I wrote down from the texts before the code:
 *  - claw-back: what was paid on a claim found false is recovered, once, from whom it was paid; nothing from a payee on a
 *    claim nobody found false; what is recovered for claim A does not depend on whether another claim B is also listed
 *    (listing one more false claim can only add); the 机构 that committed the fraud lose 资质 — the same 机构 however the
 *    ledger's records happen to be ordered.
 *  - the education fund: 「60%以上」 is met by a spend in whole fen at or above 60 % of the fund exactly; compliant ⇔ nothing
 *    more is needed; the figures are amounts ≥ 0, the front-line spend part of the fund.
 *  - the report: the period's spend is each payment once; a payment given twice (two files holding it) is one; two
 *    different payments are never merged.
 * Code read: `git show 68e3660`; src/provisions/fraud/clawback.ts, src/jurisdictions/clawback.ts, src/core/ledger.ts
 * (grantIdentity, with, growing), src/engine.ts (grantOf, refiledGrantId, contradicts), src/records/claim.ts (Grant),
 * src/records/progress.ts (ReportGrant: a Grant with an optional `fund`), src/records/parseProgress.ts, src/cli/report.ts,
 * src/provisions/educationFund/educationFund.ts, src/provisions/advancePayment/advancePayment.ts, src/records/checks.ts
 * (isAmount, educationFundChecks). The library's own grants never put two trainees under one claim id: grantOf gives a
 * grant its claim's id and trainee, a refile keeps the claim id (`A:2`) and the trainee, and a claim under an id a grant of
 * another trainee/measure/basis holds is refused claim_conflict (engine.ts `contradicts`) — so `ambiguousClaims` only
 * meets merged ledgers (another system's ids), and no enterprise, organiser or package claim of the library's is affected.
 * Ran: npm run build; probes through src/index.ts (Ledger.from/growing, clawback, educationFund, educationFundUnder,
 * advancePayment, parseClaimsDocument → evaluateBatch) and the command line in process (`cli`: evaluate --grants-out
 * json/ndjson/csv → report, with a progress document and --grants), `node dist/cli.js report` by hand.
 *
 * F1 (1000.00 demanded where the mend's own rule demands 900.00 or nothing, and G1 not named; 45 %) — a grant id held in
 *    two contents whose OTHER content is under a claim not listed false is not seen as conflicting: G1 {claim A, S1,
 *    1000.00} and G1 {claim B, S1, 900.00}. Listing A alone recovers 1000.00 and names nothing; listing A and B recovers
 *    900.00 and names G1 — listing one more false claim LOWERS the demand. With two payees (G1 {A, S1} / G1 {B, S2}) A alone
 *    takes 1000.00 from S1 and disqualifies it; A and B take nothing. 「应追回补贴资金」 (op2025 (十八)) recovers what was
 *    paid on the false claim; which content of G1 is true (paid on A, or on B) is exactly what is unknown. Cause:
 *    src/provisions/fraud/clawback.ts:123 and 132-138 (contents gathered only from `found`, the listed claims' grants).
 *    Mend: gather each found grant id's contents from the whole ledger; a conflicting id is recovered (at the least
 *    amount, one payee) only when every content's claim is listed false, else held and named in `conflictingGrants`.
 * F2 (1000.00 recovered from an organiser on a claim nobody found false, and the organiser disqualified; 40 %) — the
 *    ambiguity test compares the trainee only. A merged ledger: system X's claim A, P1's appraisal subsidy on
 *    certificate K1 (120.00 to P1), and system Y's claim A, P1's project training on course C9 (1000.00 to school S9).
 *    The reading claim-id-reused: an id names two claims when a grant under it records «another trainee or another measure,
 *    or another certificate, course, apprenticeship or training package» — the library's own engine refuses such a claim
 *    (engine.ts `contradicts`). Listing A false recovers 1120.00 and disqualifies S9. Cause: clawback.ts:124-130 (`people`
 *    keyed by traineeId alone). Mend: a false id is ambiguous when two of its grants `contradict` each other as the engine
 *    reads claim-id-reused (trainee, measure, or a named certificate/course/apprenticeship/package differing; months or
 *    days alone do not: a refile A / A:2 stays one claim).
 * F3 (a sanction and a citation follow the ledger's order; no money; 50 %) — two contents of G1 with the same least amount
 *    (1000.00) but different courses (C1 of S1, C2 of S2): Ledger.from([a, b]) disqualifies S1, Ledger.from([b, a]) S2;
 *    differing provisions likewise flip the clause cited (jx2019 六(十三) / gbf2019 §(十四)). 「要依法取消培训和评价资质」
 *    names the 机构 that committed the fraud, not the one listed first. Cause: clawback.ts:148 (`reduce` keeps the first of
 *    equal amounts; the ledger keeps insertion order within a trainee's date and id) and :163. Mend: break ties on
 *    grantIdentity (compareCodeUnits), and for a conflicting grant list a course organiser only when every content names
 *    that course (else none, the grant being named).
 * F4 (no payment moved; the report refused; 30 %) — a progress document whose grants name their `fund` (as
 *    docs/reports.md and fixtures/jiaxing/ledger-2020.json write them), given with `--grants` of the same run's grants-out
 *    (which never carry a fund: docs/cli.md «a grant of evaluate --ledger has none»), is refused, exit 1, duplicate_id for
 *    every grant: the same payment, once with its fund and once without, reads as two contents. Cause:
 *    src/records/parseProgress.ts:39-44 (grantIdentity compares `fund` too). Mend: read a repeat that differs only by a
 *    `fund` one side lacks as the same grant, keeping the one that names its fund; differing funds stay duplicate_id.
 *
 * Controls that hold (plain `it`): three contents of one grant with identical repeats (1000 and "1000.00") and one more
 * differing only in course are recovered once at the least; contents in other field order are one; two payees → nothing,
 * no disqualification, named; a refile A, A:2 with A:2 in two contents → A + the lesser A:2; unpaid, ambiguous and
 * conflicting lists sorted and disjoint; an unpaid id beside an ambiguous one; gf2018 (十八) on 2019-05-17, gbf2019 §(十四) on
 * 2019-05-18; an end-to-end batch never gives two trainees' grants one claim id (a reused id is claim_conflict);
 * educationFund's requirement is the ceiling of 60 % to the fen and compliant ⇔ shortfall "0.00" for every fund 0.00 …
 * 30.00 and spend either side (strings and numbers), at 999999999999.99, at 0; bad figures (0.1 + 0.2, 1e21, -0, NaN,
 * three decimals, above the fund) are invalid_argument naming the field, in educationFundUnder too; advancePayment names
 * subsidy; report of a document plus --grants in JSON, NDJSON and CSV, a CSV with its rows twice, keys reordered and
 * amounts as numbers, basisKeys reversed → 4500.00, 8 grants; an amended amount under one id → exit 1 duplicate_id
 * (no payment dropped).
 * Noted, not filed: a grant dated before 2018-05-03 (gf2018's own date) is recovered under gf2018 (十八), the objection of
 * cold review 99 F6 one text earlier (citation only; the ledger accepts basis dates from 1900). A ledger built with
 * Ledger.growing().add keeps an identical repeat (Ledger.with would not), and clawback then names the grant in
 * `conflictingGrants` though it has one content (no money: the amounts are equal).
 * A progress document whose grants carry no basisKeys (another system's), given with the run's grants, is refused
 * duplicate_id too (the derived keys of an appraisal grant add a level key the run's grant does not list): F4's family,
 * no money. educationFundUnder returns null (no rate in force, e.g. 2018-12-31) before it looks at the figures, so a bad
 * figure is named only on dates with rates.
 * MENDED (2026-12-07, the lead): F1 (a grant's contents read from the whole ledger; a grant held in several contents is
 *    recovered only when every content is a false claim's and names one payee, at the least amount, and named either
 *    way), F2 (a false id is ambiguous when two of its grants of different ids name two claims as the engine's
 *    `contradicts` reads them: person, measure, certificate, course, apprenticeship, package; months aside), F3 (ties
 *    broken by the grant's identity; a conflicting grant's course organiser disqualified only when every content names
 *    that course), F4 (a progress document's grant is the same payment whatever keys it lists and with its fund named in
 *    one copy, the copy naming it kept; two funds, or two payments, are still duplicate_id).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Ledger, advancePayment, civilDate, clawback, educationFund, educationFundUnder, evaluateBatch, nationalFrameworksPolicy, parseClaimsDocument } from "../src/index.js";
import { grant } from "./builders.js";
import { cli } from "./cli-helpers.js";
import { JX, ordinary, ts } from "./support/ordinary.js";

const P = (id: string) => ({ kind: "trainee", id });
const ORG = (id: string) => ({ kind: "organizer", id });
const RATES = { frontLineShare: "0.60", deductionLimit: "0.08" };
const errorOf = (f: () => unknown): { code: string | undefined; facts: unknown } | null => {
  try {
    f();
    return null;
  } catch (e) {
    const x = e as { code?: string; facts?: unknown };
    return { code: x.code, facts: x.facts };
  }
};
const summary = (c: ReturnType<typeof clawback>) => ({
  total: c.total,
  byPayee: c.byPayee.map((l) => [l.payee.id, l.grants, l.amount]),
  disqualify: c.institutionsToDisqualify,
  citations: c.citations.map((x) => x.provision),
  conflicting: c.conflictingGrants,
  ambiguous: c.ambiguousClaims,
  unpaid: c.unpaidClaims,
});

describe("claw-back, one payment per grant id: controls that hold", () => {
  it("three contents of one grant (1000, \"1000.00\", 900.00, 800.00 on another course) to one payee are recovered once, at the least", () => {
    const ledger = Ledger.from([
      grant({ id: "G1", claimId: "A", amount: 1000 }),
      grant({ id: "G1", claimId: "A", amount: "1000.00" }), // the same content: one
      grant({ id: "G1", claimId: "A", amount: "900.00" }),
      grant({ id: "G1", claimId: "A", amount: "800.00", courseId: "K" }),
    ]);
    expect(ledger.size).toBe(3);
    // one payment G1; the least content 800.00 is what was certainly paid
    expect(summary(clawback(ledger, ["A"]))).toMatchObject({ total: "800.00", byPayee: [["P1", ["G1"], "800.00"]], conflicting: ["G1"] });
  });

  it("a content written with its fields in another order is the same content: not conflicting, recovered once", () => {
    const g = grant({ id: "G1", claimId: "A", amount: "1000.00" });
    const reordered = Object.fromEntries(Object.entries(g).reverse()) as typeof g;
    // 1000.00 once, nothing named
    expect(summary(clawback(Ledger.from([g, reordered]), ["A"]))).toMatchObject({ total: "1000.00", conflicting: [] });
  });

  it("two contents naming two payees recover nothing from either, disqualify no one on it, and name it", () => {
    const ledger = Ledger.from([grant({ id: "G1", claimId: "A", payee: P("P1"), amount: "1000.00" }), grant({ id: "G1", claimId: "A", payee: ORG("S1"), amount: "1000.00" })]);
    expect(summary(clawback(ledger, ["A"]))).toMatchObject({ total: "0.00", byPayee: [], disqualify: [], conflicting: ["G1"], unpaid: [] });
  });

  it("a refiled claim (A, A:2) whose A:2 is held in two contents recovers A and the lesser A:2", () => {
    const ledger = Ledger.from([
      grant({ id: "A", claimId: "A", amount: "300.00" }),
      grant({ id: "A:2", claimId: "A", amount: "200.00", basisDate: "2020-06-01" }),
      grant({ id: "A:2", claimId: "A", amount: "250.00", basisDate: "2020-06-01" }),
    ]);
    // 300.00 + 200.00 (the lesser of A:2's two contents) = 500.00
    expect(summary(clawback(ledger, ["A"]))).toMatchObject({ total: "500.00", byPayee: [["P1", ["A", "A:2"], "500.00"]], conflicting: ["A:2"] });
  });

  it("the lists are sorted and disjoint: unpaid ids, ambiguous ids and conflicting grant ids, whatever the order given", () => {
    const ledger = Ledger.from([
      grant({ id: "g-z", claimId: "Z", traineeId: "P1", payee: P("P1") }),
      grant({ id: "g-z2", claimId: "Z", traineeId: "P2", payee: P("P2") }),
      grant({ id: "g-b", claimId: "B", traineeId: "P1", payee: P("P1") }),
      grant({ id: "g-b2", claimId: "B", traineeId: "P3", payee: P("P3") }),
      grant({ id: "y", claimId: "C", amount: "10.00" }),
      grant({ id: "y", claimId: "C", amount: "11.00" }),
      grant({ id: "x", claimId: "C", amount: "20.00" }),
      grant({ id: "x", claimId: "C", amount: "21.00" }),
    ]);
    const c = clawback(ledger, ["Z", "NONE-2", "C", "B", "NONE-1"]);
    // C: x 20.00 + y 10.00 = 30.00; B and Z name two people each: nothing
    expect(summary(c)).toMatchObject({ total: "30.00", ambiguous: ["B", "Z"], conflicting: ["x", "y"], unpaid: ["NONE-1", "NONE-2"] });
  });

  it("gf2018 (十八) is cited for a grant of 2019-05-17, gbf2019 §(十四) for 2019-05-18 (the citations in the order of issue)", () => {
    const ledger = Ledger.from([grant({ id: "a", claimId: "A", basisDate: "2019-05-18", provision: "gbf2019.local-standards" }), grant({ id: "b", claimId: "A", basisDate: "2019-05-17", provision: "gbf2019.local-standards" })]);
    expect(clawback(ledger, ["A"]).citations.map((x) => `${x.provision} ${x.clause}`)).toEqual(["gf2018.fraud §(十八)", "gbf2019.fraud §(十四)"]);
  });

  it("end to end: the engine never pays two trainees under one claim id (a reused id is claim_conflict), so the library's own grants are never ambiguous", () => {
    const prior = { id: "A", claimId: "A", traineeId: "P2", measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", payee: { kind: "trainee", id: "P2" }, amount: "120.00", basisDate: "2020-05-01", certificateId: "K-OTHER" };
    const p = parseClaimsDocument({ ...ordinary, claims: [ts("A", "C1")], ledger: [prior] });
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    const r = evaluateBatch(JX, p.value.document);
    expect(r.decisions.map((d) => [d.claimId, d.outcome, d.reasons[0]?.code])).toEqual([["A", "denied", "claim_conflict"]]);
    expect(r.grants).toEqual([]);
  });
});

describe("claw-back: findings", () => {
  // F1 — 1000.00 demanded, G1 not named; 45 %. op2025 (十八) 「应追回补贴资金并依法查处」. Cause clawback.ts:123, 132-138.
  it("F1 a grant id whose other content is under a claim not listed false is named and not demanded above what listing both claims demands", () => {
    const ledger = Ledger.from([grant({ id: "G1", claimId: "A", payee: ORG("S1"), amount: "1000.00" }), grant({ id: "G1", claimId: "B", payee: ORG("S1"), amount: "900.00" })]);
    const both = clawback(ledger, ["A", "B"]);
    const onlyA = clawback(ledger, ["A"]);
    // the mend's rule with both listed: one payment, the lesser 900.00, named — holds
    expect([both.total, both.conflictingGrants]).toEqual(["900.00", ["G1"]]);
    // right: listing fewer false claims never demands more (≤ 900.00), and G1 is named for the official to settle
    expect(onlyA.conflictingGrants).toEqual(["G1"]);
    expect(Number(onlyA.total)).toBeLessThanOrEqual(900);
  });

  it("F1 (two payees) claim A alone does not take 1000.00 from S1 and disqualify it for a grant whose other content paid S2 on claim B", () => {
    const ledger = Ledger.from([grant({ id: "G1", claimId: "A", payee: ORG("S1"), amount: "1000.00" }), grant({ id: "G1", claimId: "B", traineeId: "P2", payee: ORG("S2"), amount: "1000.00" })]);
    // with A and B listed nothing is recovered (two payees) — holds
    expect(clawback(ledger, ["A", "B"]).total).toBe("0.00");
    // right: with A alone, no more than that: whom G1 paid, and on which claim, is what is unknown
    expect(summary(clawback(ledger, ["A"]))).toMatchObject({ total: "0.00", disqualify: [], conflicting: ["G1"] });
  });

  // F2 — 1000.00 from S9 and S9 disqualified; 40 %. Reading claim-id-reused. Cause clawback.ts:124-130.
  it("F2 a false claim id naming two claims of ONE person (another measure, another basis: two systems' claim A) is recovered from neither payee", () => {
    const x = grant({ id: "G1", claimId: "A", certificateId: "K1", amount: "120.00" }); // system X: P1's appraisal subsidy, paid to P1
    const y = grant({ id: "Y-7", claimId: "A", measure: "trainingSubsidy", provision: "jx2019.project-training", courseId: "C9", occupationCode: undefined, level: undefined, payee: ORG("S9"), amount: "1000.00" }); // system Y: P1's project training, paid to S9
    const c = clawback(Ledger.from([x, y]), ["A"]);
    // the library demands 120.00 + 1000.00 = 1120.00 and disqualifies S9
    // right: A names two claims (reading claim-id-reused: another measure, another basis); whose was false is not known
    expect(summary(c)).toMatchObject({ total: "0.00", disqualify: [], ambiguous: ["A"] });
  });

  it("F2 control: a refile under one claim id (same measure and course, other months) stays one claim and is recovered whole", () => {
    const wft = { measure: "workForTrainingSubsidy", provision: "gbf2019.work-for-training", occupationCode: undefined, level: undefined, payee: ORG("S1") };
    const ledger = Ledger.from([grant({ id: "A", claimId: "A", months: ["2020-03"], amount: "500.00", ...wft }), grant({ id: "A:2", claimId: "A", months: ["2020-04"], amount: "500.00", basisDate: "2020-06-01", ...wft })]);
    // 500.00 + 500.00 = 1000.00 from S1
    expect(summary(clawback(ledger, ["A"]))).toMatchObject({ total: "1000.00", ambiguous: [], disqualify: ["S1"] });
  });

  // F3 — a sanction and a citation follow input order; no money; 50 %. op2025 (十八) 「对 发生违规违法行为的机构,要依法取消培训和评价资质」.
  // Cause clawback.ts:148, 163.
  it("F3 which institution is disqualified, and which clause is cited, does not depend on the order the ledger's records were given", () => {
    const courses = new Map([["C1", { organizerId: "S1" }], ["C2", { organizerId: "S2" }]]) as never;
    const a = grant({ id: "G1", claimId: "A", amount: "1000.00", courseId: "C1" });
    const b = grant({ id: "G1", claimId: "A", amount: "1000.00", courseId: "C2", provision: "gbf2019.local-standards" });
    const ab = clawback(Ledger.from([a, b]), ["A"], { courses });
    const ba = clawback(Ledger.from([b, a]), ["A"], { courses });
    // the money agrees: 1000.00 either way (holds)
    expect([ab.total, ba.total]).toEqual(["1000.00", "1000.00"]);
    // right: the same ledger gives the same sanction and citation (the library: ["S1"] / ["S2"], jx2019.fraud / gbf2019.fraud)
    expect(summary(ab)).toEqual(summary(ba));
  });
});

describe("the education fund (op2025 (十七) 「确保60%以上用于一线职工教育 和培训」, gbf2019 §(十三)) and the advance: controls that hold", () => {
  // exact fen arithmetic, independent of the library: ceil(60 % of fund) in fen
  const requiredFen = (fundFen: number) => Math.floor((fundFen * 3 + 4) / 5); // ⌈0.60 × fundFen⌉ = ⌈3 × fundFen / 5⌉, in integers
  const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;

  it("for every fund 0.00 … 30.00 the requirement is 60 % rounded UP to the fen, and compliant ⇔ shortfall \"0.00\" either side of it (strings and numbers)", () => {
    for (let fundFen = 0; fundFen <= 3000; fundFen++) {
      const need = requiredFen(fundFen);
      for (const frontFen of [need - 1, need, need + 1].filter((f) => f >= 0 && f <= fundFen)) {
        for (const asNumber of [false, true]) {
          const fund = asNumber ? fundFen / 100 : yuan(fundFen);
          const front = asNumber ? frontFen / 100 : yuan(frontFen);
          const r = educationFund({ fund, frontLineSpend: front, totalWages: "100000" } as never, RATES);
          // the least whole-fen spend at or above 0.60 × fund; short by (need − front) fen below it
          expect([fundFen, frontFen, r.requiredFrontLine, r.compliant, r.shortfall]).toEqual([fundFen, frontFen, yuan(need), frontFen >= need, yuan(Math.max(0, need - frontFen))]);
        }
      }
    }
  });

  it("at the largest fund, 999999999999.99: 60 % is 599999999999.994, so 600000000000.00 is needed; 0.01 less falls short by 0.01", () => {
    const at = (front: string | number) => educationFund({ fund: "999999999999.99", frontLineSpend: front, totalWages: "0" } as never, RATES);
    expect([at("599999999999.99").compliant, at("599999999999.99").requiredFrontLine, at("599999999999.99").shortfall]).toEqual([false, "600000000000.00", "0.01"]);
    expect([at("600000000000.00").compliant, at("600000000000.00").shortfall]).toEqual([true, "0.00"]);
    // a fund of 0: nothing required, compliant, no share
    expect(educationFund({ fund: 0, frontLineSpend: "0", totalWages: "0" } as never, RATES)).toMatchObject({ compliant: true, requiredFrontLine: "0.00", shortfall: "0.00", frontLineShare: null });
  });

  it("an impossible figure is invalid_argument naming its field — in educationFund, educationFundUnder and advancePayment", () => {
    const fig = { fund: "10000", frontLineSpend: "6000", totalWages: "125000" };
    const cases: [() => unknown, string][] = [
      [() => educationFund({ ...fig, fund: 0.1 + 0.2 } as never, RATES), "fund"], // 0.30000000000000004: not two decimals
      [() => educationFund({ ...fig, fund: 1e21 } as never, RATES), "fund"],
      [() => educationFund({ ...fig, fund: -0 } as never, RATES), "fund"],
      [() => educationFund({ ...fig, fund: Number.NaN } as never, RATES), "fund"],
      [() => educationFund({ ...fig, frontLineSpend: "5999.995" }, RATES), "frontLineSpend"],
      [() => educationFund({ ...fig, frontLineSpend: "10000.01" }, RATES), "frontLineSpend"], // above the fund by a fen
      [() => educationFund({ ...fig, totalWages: "1e3" }, RATES), "totalWages"],
      [() => educationFundUnder(nationalFrameworksPolicy(), civilDate("2020-12-31"), { ...fig, fund: "abc" }), "fund"],
      [() => advancePayment(0.1 + 0.2 as never, "30", "projectBased"), "subsidy"],
      [() => advancePayment(" 1" as never, "30", "other"), "subsidy"],
    ];
    for (const [f, field] of cases) expect(errorOf(f)).toMatchObject({ code: "invalid_argument", facts: { argument: field } });
    // the front-line spend equal to the fund, and numbers with two decimals, are figures
    expect(educationFund({ fund: 100, frontLineSpend: "100.00", totalWages: 1250.5 } as never, RATES)).toMatchObject({ compliant: true, deductionLimit: "100.04", deductible: "100.00" });
    // 30 % of 1000 (a number) = 300.00; the rest 700.00
    expect(advancePayment(1000 as never, "30", "projectBased")).toEqual({ advance: "300.00", balance: "700.00" });
  });
});

describe("report --grants: each payment once, no distinct payment dropped", () => {
  const dir = mkdtempSync(join(tmpdir(), "review102-"));
  const args = ["fixtures/jiaxing/showcase.json", "--catalogue", "fixtures/jiaxing/catalogue-2020.json"];
  const spendOf = (out: string) => (JSON.parse(out) as { spend: { total: string; grants: number } }).spend;
  const report = (more: string[]) => cli(["report", "--period", "2000-01-01..2099-12-31", "--format", "json", ...more]);
  const grantsOut = async (ext: string) => {
    const file = join(dir, `g.${ext}`);
    const run = await cli(["evaluate", ...args, "--grants-out", file, "--format", "json"]);
    expect(run.code).toBe(0);
    return file;
  };

  it("a progress document plus --grants of the same grants (JSON, NDJSON, CSV), a CSV with its rows twice, keys reordered, amounts as numbers: 4500.00, 8 grants", async () => {
    const json = await grantsOut("json");
    const grants = JSON.parse(readFileSync(json, "utf8")) as Record<string, unknown>[];
    const doc = join(dir, "doc.json");
    writeFileSync(doc, JSON.stringify({ trainings: [], grants }));
    const csv = await grantsOut("csv");
    const [header, ...rows] = readFileSync(csv, "utf8").trim().split("\n");
    const twice = join(dir, "twice.csv");
    writeFileSync(twice, `${[header, ...rows, ...rows].join("\n")}\n`);
    const reordered = join(dir, "reordered.ndjson");
    writeFileSync(reordered, grants.map((g) => JSON.stringify({ type: "grant", ...Object.fromEntries(Object.entries({ ...g, amount: Number(g["amount"]) }).reverse()) })).join("\n") + "\n");
    const keysReversed = join(dir, "keys.ndjson");
    writeFileSync(keysReversed, grants.map((g) => JSON.stringify({ type: "grant", ...g, basisKeys: [...((g["basisKeys"] as string[] | undefined) ?? [])].reverse() })).join("\n") + "\n");
    for (const more of [[doc], [doc, "--grants", json], [doc, "--grants", await grantsOut("ndjson")], [doc, "--grants", csv], ["--grants", twice], [doc, "--grants", reordered], [doc, "--grants", keysReversed]]) {
      const r = await report(more);
      // the showcase's 8 illustrative grants, 4500.00, each once
      expect([more.length, r.code, spendOf(r.out).total, spendOf(r.out).grants]).toEqual([more.length, 0, "4500.00", 8]);
    }
  });

  it("one grant id in two contents (an amended amount) is refused duplicate_id, never read as one and dropped", async () => {
    const ndjson = await grantsOut("ndjson");
    const lines = readFileSync(ndjson, "utf8").trim().split("\n");
    const first = JSON.parse(lines[0] as string) as Record<string, unknown>;
    const amended = join(dir, "amended.ndjson");
    writeFileSync(amended, `${[...lines, JSON.stringify({ ...first, amount: "140.00" })].join("\n")}\n`);
    const r = await report(["--grants", amended]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/duplicate_id/);
  });

  // F4 — no payment moved, the report refused; 30 %. Cause src/records/parseProgress.ts:39-44.
  it("F4 a progress document whose grants name their fund, given with --grants of the same run, reports 4500.00 (not exit 1 duplicate_id)", async () => {
    const json = await grantsOut("json");
    const grants = JSON.parse(readFileSync(json, "utf8")) as Record<string, unknown>[];
    const doc = join(dir, "doc-fund.json");
    writeFileSync(doc, JSON.stringify({ trainings: [], grants: grants.map((g) => ({ ...g, fund: "employmentSubsidyFund" })) }));
    const r = await report([doc, "--grants", json]);
    // the same 8 payments, their fund named once: 4500.00
    expect(r.code).toBe(0);
    expect(spendOf(r.out).total).toBe("4500.00");
  });
});
