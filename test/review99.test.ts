/**
 * Cold review 99 (2026-12-07) of HEAD a8cf891: the money computations BESIDE the decisions — claw-back (追回补贴资金),
 * advance payment (先行拨付), the employee education fund (职工教育经费) and the totals `report --grants` gives officials.
 * Amounts are ILLUSTRATIVE (hand-made grants; the Jiaxing fixture catalogue fixtures/jiaxing/catalogue-2020.json), not
 * official figures.
 *
 * Read first, before the code: law/sources/gbf2019.txt §(十二) (「可先行拨付一定比例的培训补贴资金」, the share
 * 「根据实际情况确定」 by each province), §(十三) (「其中 60%以上用于一线职工培训」, 「税前扣除限额提高至工资薪金总额 8%」), §(十四)
 * (「对以虚假培训等套取、骗取资金的依法依纪严惩」); law/sources/op2025.txt (十七) (「确保60%以上用于一线职工教育 和培训」) and
 * (十八) (「应追回补贴资金并依法查处」, 「对 发生违规违法行为的机构,要依法取消培训和评价资质」); jx2019 六(十三); gf2018 (十八).
 * Readings: clawback-text-in-force, ledger-grant-identity, claim-id-reused, round-once-half-up,
 * national-measures-end-with-framework; docs/cli.md (--grants-out, report), docs/parameters.md.
 * What I wrote down from the texts before the code:
 *  - claw-back: every yuan PAID on a claim found false is recovered, once (one payment = one grant); nothing else — not a
 *    held or denied claim, not another claim of the person, not another person's claim; the clause cited is the one in
 *    force on the grant's date (op2025 from 2025-06-20, its date); the 机构 that committed the fraud lose 资质.
 *  - advance: advance + balance = the subsidy to the fen, at any share 0–100 %; the share is the province's.
 *  - education fund: 「60%以上」 includes 60 % exactly; the least compliant spend is a whole fen at or above 60 % of the fund;
 *    the 8 % limit is of total wages; op2025 restates the 60 % only (from 2025-06-20), never the 8 %.
 *  - report: the period's total = the sum of its grants' amounts, by measure and provision too, each payment once.
 * Code read: src/provisions/fraud/clawback.ts, src/jurisdictions/clawback.ts, src/core/ledger.ts (with, grantIdentity,
 * grants), src/provisions/advancePayment/advancePayment.ts, src/provisions/educationFund/educationFund.ts,
 * src/records/checks.ts (educationFundChecks), src/reports/progress.ts (spendOf), src/records/parseProgress.ts,
 * src/cli/report.ts, src/cli/grants.ts, src/engine.ts (refiledGrantId). The command line exposes neither `clawback`,
 * `advancePayment` nor `educationFund` (`node dist/cli.js --help`: no such command; nor the web service): they are API only.
 * Ran: npm run build; probes through src/index.ts (Ledger.from/with, clawback, advancePayment, educationFund,
 * educationFundUnder, parseEducationFundFigures, evaluateBatch) and the command line in process (`cli`: evaluate
 * --grants-out json/ndjson/csv → report --grants, --ledger) and `node dist/cli.js` by hand.
 *
 * F1 (1000.00 over-recovered in the case; 55 %) — one grant id held in two contents (an amended amount, or one grant
 *    written by two library versions: reviews 71/72 noted the course field changed) is recovered TWICE: G1 1000.00 and G1
 *    900.00 → 1900.00 demanded for one payment. 「应追回补贴资金」 recovers what was paid; a grant id names one payment (the
 *    engine gives a refiled grant its own id so that «a ledger's grants keep one id each», src/engine.ts:944-949). The
 *    reading ledger-grant-identity keeps both contents so that NEITHER BASIS IS PAID AGAIN (pay-once); it says nothing of
 *    claw-back, where keeping both doubles the demand. Cause: src/provisions/fraud/clawback.ts:105-116 (every grant of
 *    ledger.grants() summed). Mend: in clawback, one payment per grant id; an id in several contents recovered once (the
 *    largest, or held back) and named in the result (e.g. `conflictingGrants`) for the official to settle.
 * F2 (120.00 recovered from a person not found false; 30 %) — a claim id that names two claims in a merged ledger (P1's and
 *    P2's, from two systems: the case the reading claim-id-reused foresees) is recovered from both people when the official
 *    lists it false. Cause: clawback.ts:104-105 (falseClaimIds matched on claimId alone). Mend: report such an id as naming
 *    several trainees (and recover nothing on it until the list says whose), or take (claimId, traineeId) pairs.
 * F3 (a compliance verdict; 60 %) — 「60%以上」 of a fund of 10000.02 is 6000.012: the least spend in whole fen that meets it
 *    is 6000.02. The library says requiredFrontLine "6000.01" and, for a spend of 6000.01, compliant false with shortfall
 *    "0.00" — the enterprise is told it fails and that it needs nothing more. Cause:
 *    src/provisions/educationFund/educationFund.ts:95-103 (the exact requirement and shortfall rounded half-up by toYuan).
 *    Mend: round requiredFrontLine and shortfall UP to the fen (ceiling), so that compliant ⇔ shortfall "0.00".
 * F4 (no payment moved; the period's spend cannot be reported; 50 %) — `report --grants` refuses (exit 1, duplicate_id) a
 *    grants file in which a grant is listed twice (the same id and content), the case the reading ledger-grant-identity
 *    names («a grants file written by one run reaches the next run twice … or two ledgers that share grants are put
 *    together») and which `evaluate --ledger` reads as one payment; so is a progress document given with --grants of the
 *    same grants («their records are put together»: docs of `report`). Review 10 noted it (N5), not filed. Cause:
 *    src/records/parseProgress.ts:26-35 (every repeated grant id an issue). Mend: read the grants of a progress document as
 *    the ledger does (Ledger.with / grantIdentity): an identical repeat is one grant; keep duplicate_id for differing
 *    contents.
 * F5 (bad input; 45 %) — the public `educationFund` and `advancePayment` compute on impossible figures in silence: a
 *    negative fund (deductible "-100.00", compliant true), front-line spend above the fund (compliant, share 2),
 *    negative wages (deductionLimit "-0.40"), a negative subsidy (advance "-300.00"), an unknown training kind ("typo" is
 *    advanced as project training); and a figure that is not a number throws invalid_argument naming the value, not the
 *    field ("not a decimal number: \"abc\""). parseEducationFundFigures names the field, but nothing says educationFund
 *    trusts its input. Cause: educationFund.ts:92-94, advancePayment.ts:72-75. Mend: assert each figure is an amount
 *    ≥ 0 (AMOUNT_PATTERN) naming the field (`{ argument: "fund" }`, as sharePercent is), front-line ≤ fund, and the
 *    training kind one of the three.
 * F6 (citation only; 30 %) — a grant dated before 2019-05-18 is recovered under gbf2019 §(十四), a text issued after it
 *    (the very objection the reading raises against citing op2025 for a 2020 fraud). gf2018 (十八) was in force:
 *    「依法加强对培训补贴资金的监督,防止骗取、挪用」. Cause: src/provisions/fraud/clawback.ts:44-54 (FRAUD for every date before
 *    op2025). Mend: cite gf2018 (十八) (a catalogue entry gf2018.fraud) for a grant before 2019-05-18, or say in the reading
 *    that gbf2019 is cited for earlier grants and why.
 * F7 (a sanction, no money; 35 %) — an organiser paid on a false claim of 2020 is listed to lose its 资质
 *    (institutionsToDisqualify ["S1"]) while the only text cited is gbf2019 §(十四) 「对以虚假培训等套取、骗取资金的依法依纪严惩」,
 *    which says nothing of 资质; only op2025 (十八) does: 「对 发生违规违法行为的机构,要依法取消培训和评价资质」. The sanction is
 *    listed for grants of any date with no text of its own. Cause: clawback.ts:118-120 and 131 (the disqualification carries
 *    no citation; the citations are the recovery clauses per grant date). Mend: cite op2025 (十八) for the disqualification
 *    (a citation on the list), or list it only under op2025, or write the choice into the reading clawback-text-in-force.
 *
 * MENDED (2026-12-07, by the lead): F1 (a grant id in several contents is one payment, recovered once at the least amount
 *    when one payee, else not at all, and named in `conflictingGrants`), F2 (a false claim id naming two people's grants is
 *    recovered from neither and named in `ambiguousClaims`), F3 (the requirement rounded up to the fen), F4 (an identical
 *    repeated grant is one in a progress document), F5 (typed errors naming fund, frontLineSpend, totalWages, subsidy,
 *    training), F6 (gf2018 (十八), a new catalogue entry gf2018.fraud, before 2019-05-18). Not mended: F7 — the reading
 *    clawback-text-in-force says why the list cites no clause of its own.
 * Controls that hold (plain `it`): a grant listed twice (1000 and "1000.00") and a claim id given twice are recovered
 * once; a refiled claim's two grants (A, A:2) both and only they; held and unpaid claims are reported, nothing recovered;
 * another claim of the person and another measure's grant on the same certificate are untouched; by-payee totals exact in
 * fen; two ledgers sharing grants put together recover each once; the clause on 2025-06-19/20/21 and on Jiaxing's span;
 * organisers paid are disqualified, a trainee or enterprise payee is not; advance + balance = subsidy at 0 %, 100 %,
 * fractional shares, odd fen, 12-digit yuan; a bad share is a typed bilingual error naming sharePercent; 60 % exactly is
 * compliant, 0.01 short is not; 8 % of wages at and either side of the fund; op2025 cited for the 60 % from 2025-06-20
 * (frameworks), gbf2019 for the 8 % both sides, nothing before 2019-05-18; report --grants of a run's grants in JSON,
 * NDJSON and CSV (whole and split runs) gives the sum of the grants, by measure and provision too; a quarter's edges; an NDJSON with claims is refused by name.
 * Noted, not filed: the advance is rounded half-up, so 50 % of 0.01 advances the whole 0.01 (a province's share exceeded
 * by half a fen at most; rounding down would keep the advance within the share: 20 %). The report has no by-payee
 * breakdown and byFund is "unspecified" for every grant evaluate writes (grants carry no fund).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  Ledger,
  advancePayment,
  civilDate,
  clawback,
  educationFund,
  educationFundUnder,
  evaluateBatch,
  nationalFrameworksPolicy,
  parseClaimsDocument,
  parseEducationFundFigures,
} from "../src/index.js";
import { parsePeriod, parseProgressDocument, progressReport } from "../src/reports/index.js";
import { grant } from "./builders.js";
import { cli, evaluateSpilled } from "./cli-helpers.js";
import { JX, appraisal, ordinary, ts } from "./support/ordinary.js";

const P = (id: string) => ({ kind: "trainee", id });
const ORG = (id: string) => ({ kind: "organizer", id });
const RATES = { frontLineShare: "0.60", deductionLimit: "0.08" };
const errorOf = (f: () => unknown): { code: string | undefined; zh: string | undefined; en: string | undefined; facts: unknown } | null => {
  try {
    f();
    return null;
  } catch (e) {
    const x = e as { code?: string; messages?: { zh: string; en: string }; facts?: unknown };
    return { code: x.code, zh: x.messages?.zh, en: x.messages?.en, facts: x.facts };
  }
};

describe("claw-back (gbf2019 §(十四), op2025 (十八) 「应追回补贴资金」): controls that hold", () => {
  it("a payment listed twice in a ledger (1000 and \"1000.00\") and a claim id given twice in the false list are recovered once", () => {
    const ledger = Ledger.from([grant({ id: "G1", claimId: "A", amount: "1000.00" }), grant({ id: "G1", claimId: "A", amount: 1000 })]);
    // one payment of 1000.00 → 1000.00
    expect(clawback(ledger, ["A", "A"]).total).toBe("1000.00");
    expect(clawback(ledger, ["A", "A"]).byPayee.map((l) => l.grants)).toEqual([["G1"]]);
  });

  it("a refiled claim's two grants (A and A:2, both of claim A) are both recovered, and nothing of the honest claim or another measure", () => {
    const ledger = Ledger.from([
      grant({ id: "A", claimId: "A", measure: "workForTrainingSubsidy", provision: "gbf2019.work-for-training", amount: "1000.00", occupationCode: undefined, level: undefined }),
      grant({ id: "A:2", claimId: "A", measure: "workForTrainingSubsidy", provision: "gbf2019.work-for-training", amount: "500.00", basisDate: "2020-06-01", occupationCode: undefined, level: undefined }),
      grant({ id: "B", claimId: "B", amount: "120.00" }), // the same person's honest appraisal claim
    ]);
    const c = clawback(ledger, ["A", "HELD-1"]);
    // 1000.00 + 500.00 = 1500.00; B's 120.00 untouched; HELD-1 (held, nothing paid) reported unpaid
    expect([c.total, c.byPayee.map((l) => l.grants), c.unpaidClaims]).toEqual(["1500.00", [["A", "A:2"]], ["HELD-1"]]);
  });

  it("by payee the amounts are summed exactly in fen, and the total is the sum of the payees' lines", () => {
    const ledger = Ledger.from([
      grant({ id: "G1", claimId: "A", payee: ORG("S1"), amount: "0.01" }),
      grant({ id: "G2", claimId: "B", payee: ORG("S1"), amount: "1234.57" }),
      grant({ id: "G3", claimId: "C", payee: P("P1"), amount: "0.02" }),
      grant({ id: "G4", claimId: "D", traineeId: "P2", payee: P("P2"), amount: "999999999999.99" }),
      grant({ id: "G5", claimId: "E", payee: P("P1"), amount: "77.77" }), // not false
    ]);
    const c = clawback(ledger, ["A", "B", "C", "D"]);
    // S1: 0.01 + 1234.57 = 1234.58; P1: 0.02; P2: 999999999999.99; total 1000000001234.59 (0.01+1234.57+0.02+999999999999.99)
    expect(c.byPayee.map((l) => [l.payee.id, l.amount])).toEqual([["S1", "1234.58"], ["P1", "0.02"], ["P2", "999999999999.99"]]);
    expect(c.total).toBe("1000000001234.59");
    // organisers paid on a false claim lose 资质; trainees are not 机构
    expect(c.institutionsToDisqualify).toEqual(["S1"]);
  });

  it("two ledgers that share grants, put together, recover each payment once", () => {
    const g1 = grant({ id: "G1", claimId: "A", amount: "1000.00" });
    const g2 = grant({ id: "G2", claimId: "B", amount: "800.00", basisDate: "2020-07-01" });
    const merged = Ledger.from([g1, g2]).with(Ledger.from([g2, g1]).grants());
    // 1000.00 + 800.00 = 1800.00
    expect(clawback(merged, ["A", "B"]).total).toBe("1800.00");
  });

  it("the clause in force on the grant's date: gbf2019 §(十四) on 2025-06-19, op2025 (十八) on 2025-06-20 and 2025-06-21; Jiaxing's own 六(十三) within its plan", () => {
    const cited = (basisDate: string, provision = "gbf2019.local-standards") =>
      clawback(Ledger.from([grant({ id: "G1", claimId: "A", basisDate, provision })]), ["A"]).citations.map((c) => `${c.provision} ${c.clause}`);
    expect(cited("2025-06-19")).toEqual(["gbf2019.fraud §(十四)"]);
    expect(cited("2025-06-20")).toEqual(["op2025.fraud (十八)"]);
    expect(cited("2025-06-21")).toEqual(["op2025.fraud (十八)"]);
    expect(cited("2019-12-12", "jx2019.appraisal-subsidy")).toEqual(["gbf2019.fraud §(十四)"]);
    expect(cited("2019-12-13", "jx2019.appraisal-subsidy")).toEqual(["jx2019.fraud 六(十三)"]);
    expect(cited("2021-12-31", "jx2019.appraisal-subsidy")).toEqual(["jx2019.fraud 六(十三)"]);
    expect(cited("2022-01-01", "jx2019.appraisal-subsidy")).toEqual(["gbf2019.fraud §(十四)"]);
  });

  it("end to end: a false training-subsidy claim decided by evaluateBatch is recovered, the same certificate's appraisal grant is not", () => {
    const p = parseClaimsDocument({ ...ordinary, claims: [ts("A", "C1"), appraisal("B", "C1")] });
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    const r = evaluateBatch(JX, p.value.document);
    const paid = Object.fromEntries(r.decisions.map((d) => [d.claimId, d.amount]));
    const c = clawback(r.ledger, ["A"]);
    // what A was paid (the illustrative EX-ELEC 初级工 standard), no more; B's grant stays
    expect(c.total).toBe(paid["A"]);
    expect(Number(c.total)).toBeGreaterThan(0);
    expect(c.byPayee.flatMap((l) => l.grants)).toEqual(r.grants.filter((g) => g.claimId === "A").map((g) => g.id));
  });
});

describe("claw-back: findings", () => {
  // F1 — 1000.00 over-recovered; 55 %. 「应追回补贴资金」 (op2025 (十八)): what was paid, once. Cause clawback.ts:105-116.
  it("F1 one grant id held in two contents (1000.00 and an amended 900.00) is one payment: recovered once, not 1900.00", () => {
    const ledger = Ledger.from([grant({ id: "G1", claimId: "A", amount: "1000.00" }), grant({ id: "G1", claimId: "A", amount: "900.00" })]);
    const c = clawback(ledger, ["A"]);
    // one payment G1: at most 1000.00 (which content is true is unknown); the library demands 1000.00 + 900.00 = 1900.00
    expect(c.byPayee.flatMap((l) => l.grants)).toEqual(["G1"]);
    expect(Number(c.total)).toBeLessThanOrEqual(1000);
    // Mended: recovered once at the lesser, 900.00 (one payee), and named for the official to settle
    expect([c.total, c.conflictingGrants]).toEqual(["900.00", ["G1"]]);
  });

  // F2 — 120.00 recovered from P2, whose claim nobody found false; 30 %. Cause clawback.ts:104-105.
  it("F2 a claim id naming claims of two people in a merged ledger is not recovered from both in silence", () => {
    const ledger = Ledger.from([
      grant({ id: "G1", claimId: "A", traineeId: "P1", payee: P("P1"), amount: "120.00" }),
      grant({ id: "X-9", claimId: "A", traineeId: "P2", payee: P("P2"), amount: "120.00" }), // another system's claim A
    ]);
    const c = clawback(ledger, ["A"]);
    // right: the id is named as ambiguous and nothing demanded of P2 until the list says whose claim A was
    expect(c.byPayee.map((l) => l.payee.id)).not.toContain("P2");
    // Mended: neither person is asked to repay until the list says whose claim A was; A is named, not reported unpaid
    expect([c.total, c.ambiguousClaims, c.unpaidClaims]).toEqual(["0.00", ["A"], []]);
  });

  // F6 — citation only; 30 %. gf2018 (十八) 「依法加强对培训补贴资金的监督,防止骗取、挪用」. Cause clawback.ts:44-54.
  it("F6 a grant of 2019-05-17 is not recovered under gbf2019, a text issued the day after", () => {
    const c = clawback(Ledger.from([grant({ id: "G1", claimId: "A", basisDate: "2019-05-17", provision: "gbf2019.local-standards" })]), ["A"]);
    expect(c.citations.map((x) => x.provision)).not.toContain("gbf2019.fraud");
    // Mended: gf2018 (十八) 「依法加强对培训补贴资金的监督,防止骗取、挪用」, the national text of the day
    expect(c.citations.map((x) => `${x.provision} ${x.clause}`)).toEqual(["gf2018.fraud §(十八)"]);
  });

  // F7 — a sanction, no money; 35 %. Cause clawback.ts:118-120, 131.
  it.fails("F7 a disqualification for a false claim of 2020 cites the one text that speaks of 资质, op2025 (十八)", () => {
    const c = clawback(Ledger.from([grant({ id: "G1", claimId: "A", payee: ORG("S1"), basisDate: "2020-05-01", provision: "gbf2019.local-standards" })]), ["A"]);
    expect(c.institutionsToDisqualify).toEqual(["S1"]); // holds
    // right: the list of 机构 to lose 资质 cites 「要依法取消培训和评价资质」 (op2025 (十八)) — or is empty before that text
    expect(c.citations.map((x) => x.provision)).toContain("op2025.fraud");
  });
});

describe("advance payment (gbf2019 §(十二) 「可先行拨付一定比例的培训补贴资金」)", () => {
  it("advance + balance = the subsidy to the fen at 0 %, 100 %, fractional shares, odd fen and 12-digit yuan", () => {
    const cases: [string, string, string, string][] = [
      ["1000.00", "0", "0.00", "1000.00"], // 0 % → nothing advanced
      ["1000.00", "100", "1000.00", "0.00"], // 100 % → all
      ["1000.00", "30", "300.00", "700.00"],
      ["0.03", "50", "0.02", "0.01"], // 1.5 fen → 2 fen half-up; the balance the rest
      ["0.05", "10", "0.01", "0.04"], // 0.5 fen → 1 fen
      ["1234.57", "33.3333", "411.52", "823.05"], // 411.52292… → 411.52; 1234.57 − 411.52
      ["999999999999.99", "99.9999", "999998999999.99", "1000000.00"], // 999998999999.9900… ; the rest exact
    ];
    for (const [subsidy, share, advance, balance] of cases) {
      const r = advancePayment(subsidy, share, "projectBased");
      expect([subsidy, share, r.advance, r.balance]).toEqual([subsidy, share, advance, balance]);
    }
    // every share from 0 to 100 in steps of 0.37 % on an odd subsidy: the two always add up
    for (let s = 0; s <= 100; s += 0.37) {
      const share = s.toFixed(2);
      const r = advancePayment("777.77", share, "enterpriseTraining");
      expect(Math.round(Number(r.advance) * 100) + Math.round(Number(r.balance) * 100)).toBe(77777);
    }
    expect(advancePayment("1000.00", "30", "other")).toEqual({ advance: "0.00", balance: "1000.00" });
  });

  it("a share that is not a percentage 0–100 is a typed bilingual error naming sharePercent", () => {
    for (const share of ["-1", "100.00001", "101", "abc", "30%", " 30"]) {
      const e = errorOf(() => advancePayment("1000.00", share, "projectBased"));
      expect(e?.code).toBe("invalid_argument");
      expect(e?.facts).toEqual({ argument: "sharePercent" });
      expect(e?.zh).toMatch(/预支比例/);
      expect(e?.en).toMatch(/advance payment share/);
    }
  });
});

describe("the employee education fund (gbf2019 §(十三), op2025 (十七))", () => {
  it("「60%以上」 includes 60 % exactly; 0.01 short is not compliant, with a shortfall of 0.01", () => {
    const at = (front: string) => educationFund({ fund: "10000", frontLineSpend: front, totalWages: "200000" }, RATES);
    // 60 % of 10000 = 6000.00
    expect([at("6000").compliant, at("6000").shortfall, at("6000").requiredFrontLine]).toEqual([true, "0.00", "6000.00"]);
    expect([at("6000.01").compliant, at("6000.01").shortfall]).toEqual([true, "0.00"]);
    expect([at("5999.99").compliant, at("5999.99").shortfall]).toEqual([false, "0.01"]);
  });

  it("8 % of total wages at and either side of the fund; deductible + over the limit = the fund", () => {
    const at = (wages: string) => educationFund({ fund: "10000", frontLineSpend: "6000", totalWages: wages }, RATES);
    // 8 % of 125000.00 = 10000.00: the whole fund deductible
    expect([at("125000").deductionLimit, at("125000").deductible, at("125000").overLimit]).toEqual(["10000.00", "10000.00", "0.00"]);
    // 8 % of 125000.01 = 10000.0008: the fund, 10000.00
    expect([at("125000.01").deductible, at("125000.01").overLimit]).toEqual(["10000.00", "0.00"]);
    // 8 % of 100000.00 = 8000.00: 8000.00 deductible, 2000.00 over
    expect([at("100000").deductible, at("100000").overLimit]).toEqual(["8000.00", "2000.00"]);
    // 8 % of 99999.99 = 7999.9992 → 8000.00 written; over 2000.0008 → 2000.00: still adds up to 10000.00
    expect([at("99999.99").deductible, at("99999.99").overLimit]).toEqual(["8000.00", "2000.00"]);
  });

  it("the rates are read on the right dates: op2025 cited for the 60 % from 2025-06-20 (frameworks), gbf2019 for the 8 % both sides, nothing before gbf2019", () => {
    const figures = { fund: "10000", frontLineSpend: "6000", totalWages: "100000" };
    const cite = (d: string) => {
      const r = educationFundUnder(nationalFrameworksPolicy(), civilDate(d), figures);
      return r === null ? null : [r.citations.frontLineShare.provision, r.citations.deductionLimit.provision, r.compliant, r.deductible];
    };
    expect(cite("2019-05-17")).toBeNull();
    expect(cite("2019-05-18")).toEqual(["gbf2019.education-fund", "gbf2019.education-fund", true, "8000.00"]);
    expect(cite("2025-06-19")).toEqual(["gbf2019.education-fund", "gbf2019.education-fund", true, "8000.00"]);
    expect(cite("2025-06-20")).toEqual(["op2025.education-fund", "gbf2019.education-fund", true, "8000.00"]);
    expect(cite("2025-06-21")).toEqual(["op2025.education-fund", "gbf2019.education-fund", true, "8000.00"]);
  });

  it("parseEducationFundFigures names the field of a bad figure (the boundary holds)", () => {
    const base = { enterpriseId: "E-1", year: 2020, fund: "1000", frontLineSpend: "600", totalWages: "50000" };
    expect(parseEducationFundFigures({ ...base, fund: "-100" })).toMatchObject({ ok: false, issues: [{ path: ["fund"] }] });
    expect(parseEducationFundFigures({ ...base, frontLineSpend: "2000" })).toMatchObject({ ok: false, issues: [{ path: ["frontLineSpend"] }] });
  });

  // F3 — a compliance verdict; 60 %. Cause educationFund.ts:95-103 (half-up on the requirement and the shortfall).
  it("F3 60 % of a 10000.02 fund (6000.012) needs 6000.02 in whole fen: a spend of 6000.01 falls short by 0.01, not 0.00", () => {
    const r = educationFund({ fund: "10000.02", frontLineSpend: "6000.01", totalWages: "200000" }, RATES);
    expect(r.compliant).toBe(false); // 6000.01 < 6000.012: holds
    // the least whole-fen spend at or above 6000.012 is 6000.02; 6000.02 − 6000.01 = 0.01
    expect([r.requiredFrontLine, r.shortfall]).toEqual(["6000.02", "0.01"]);
  });

  // F5 — bad input; 45 %. Cause educationFund.ts:92-94, advancePayment.ts:72-75.
  it("F5 impossible figures are typed errors naming the field, not silent results", () => {
    const fig = { fund: "10000", frontLineSpend: "6000", totalWages: "125000" };
    const cases: [() => unknown, string][] = [
      [() => educationFund({ ...fig, fund: "-100" }, RATES), "fund"], // was: deductible "-100.00", compliant true
      [() => educationFund({ ...fig, frontLineSpend: "20000" }, RATES), "frontLineSpend"], // was: compliant, share "2"
      [() => educationFund({ ...fig, totalWages: "-5" }, RATES), "totalWages"], // was: deductionLimit "-0.40"
      [() => educationFund({ ...fig, fund: "abc" }, RATES), "fund"], // was: "not a decimal number: \"abc\"", no field
      [() => advancePayment("-1000", "30", "projectBased"), "subsidy"], // was: advance "-300.00"
      [() => advancePayment("1000.00", "30", "typo" as never), "training"], // was: advance "300.00"
    ];
    for (const [f, field] of cases) {
      const e = errorOf(f);
      expect(e?.code).toBe("invalid_argument");
      expect(e?.facts).toMatchObject({ argument: field });
    }
  });
});

describe("report --grants: the officials' totals", () => {
  const dir = mkdtempSync(join(tmpdir(), "review99-"));
  const args = ["fixtures/jiaxing/showcase.json", "--catalogue", "fixtures/jiaxing/catalogue-2020.json"];
  const fen = (a: string) => Math.round(Number(a) * 100);
  const spendOf = (out: string) => (JSON.parse(out) as { spend: { total: string; grants: number; byMeasure: { amount: string; grants: number }[]; byProvision: { amount: string }[] } }).spend;

  it("a run's grants in JSON, NDJSON and CSV report their sum, by measure and provision too (4500.00, 8 grants)", async () => {
    for (const ext of ["json", "ndjson", "csv"]) {
      const file = join(dir, `g.${ext}`);
      const run = await cli(["evaluate", ...args, "--grants-out", file, "--format", "json"]);
      const summary = (JSON.parse(run.out) as { summary: { total: string; granted: number } }).summary;
      const r = await cli(["report", "--period", "2000-01-01..2099-12-31", "--grants", file, "--format", "json"]);
      expect(r.code).toBe(0);
      const s = spendOf(r.out);
      // the showcase's illustrative decisions: 8 granted, 4500.00 (the run's own summary)
      expect([s.total, s.grants]).toEqual([summary.total, summary.granted]);
      expect([s.total, s.grants]).toEqual(["4500.00", 8]);
      expect(s.byMeasure.reduce((a, l) => a + fen(l.amount), 0)).toBe(fen(s.total));
      expect(s.byProvision.reduce((a, l) => a + fen(l.amount), 0)).toBe(fen(s.total));
      expect(s.byMeasure.reduce((a, l) => a + l.grants, 0)).toBe(8);
    }
  });

  it("the grants a split (spilled) run writes report the same 4500.00, in JSON, NDJSON and CSV", async () => {
    for (const ext of ["json", "ndjson", "csv"]) {
      const file = join(dir, `spilled.${ext}`);
      const run = await evaluateSpilled([...args, "--grants-out", file, "--format", "json"], "", 3);
      expect(run.code).toBe(0);
      const r = await cli(["report", "--period", "2000-01-01..2099-12-31", "--grants", file, "--format", "json"]);
      // the same 8 illustrative grants as the whole run: 4500.00
      expect([r.code, spendOf(r.out).total, spendOf(r.out).grants]).toEqual([0, "4500.00", 8]);
    }
  });

  it("an NDJSON of claims and grants given as --grants is refused by name, not half read", async () => {
    const claims = readFileSync(join(dir, "g.ndjson"), "utf8");
    const file = join(dir, "mixed.ndjson");
    writeFileSync(file, `{"type":"trainee","id":"P-X","birthDate":"1990-01-01","statuses":[]}\n${claims}`);
    const r = await cli(["report", "--period", "2020", "--grants", file, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/unknown_record_type/);
  });

  it("a quarter's spend counts the grants dated within it, its first and last day included, exactly in fen", () => {
    const g = (id: string, basisDate: string, amount: string) => ({ id, claimId: id, traineeId: "P1", measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", payee: { kind: "trainee", id: "P1" }, amount, basisDate });
    const d = parseProgressDocument({ trainings: [], grants: [g("a", "2020-06-30", "0.01"), g("b", "2020-07-01", "0.02"), g("c", "2020-09-30", "1234.57"), g("d", "2020-10-01", "5")] });
    const p = parsePeriod("2020Q3");
    if (!d.ok || !p.ok) throw new Error("unreadable");
    const r = progressReport(d.value, p.value);
    // 2020Q3 = 2020-07-01..2020-09-30: b 0.02 + c 1234.57 = 1234.59; a (06-30) and d (10-01) outside
    expect([r.spend.total, r.spend.grants]).toEqual(["1234.59", 2]);
  });

  // F4 — no payment moved, the report refused; 50 %. Cause src/records/parseProgress.ts:26-35.
  it("F4 a grants file in which a grant is listed twice (one payment, as --ledger reads it) reports 4500.00, not exit 1 duplicate_id", async () => {
    const once = readFileSync(join(dir, "g.ndjson"), "utf8");
    const twice = join(dir, "twice.ndjson");
    const firstLine = once.split("\n")[0] as string;
    writeFileSync(twice, `${once}${firstLine}\n`);
    const r = await cli(["report", "--period", "2000-01-01..2099-12-31", "--grants", twice, "--format", "json"]);
    // the same 8 payments: 4500.00
    expect(r.code).toBe(0);
    expect(spendOf(r.out).total).toBe("4500.00");
  });
});

