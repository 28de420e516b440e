/**
 * A grant's pay-once keys under another person are read as none, beside its own keys as alone (reading
 * earlier-grant-says-what-it-paid; cold review 48, record 1, mended 2026-12-06). A grant of P-002 kept by another system
 * whose `basisKeys` also spell P-003's certificate refused P-003's appraisal subsidy when the batch was decided in one
 * document, and paid it when the command line split the batch by trainee (the grant routed to P-002's part alone).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { grant } from "./builders.js";
import { Ledger, grantKeys, ownKeys } from "../src/core/ledger.js";
import { evaluateBatch, jiaxingPolicy, parseClaimsDocument } from "../src/index.js";

const FIXTURE = JSON.parse(readFileSync("fixtures/jiaxing/claims.json", "utf8")) as Record<string, unknown>;

/** The fixture's batch with one prior grant of P-002 carrying `keys`, decided in one document. */
function decided(g: Record<string, unknown>): Map<string, { outcome: string; amount: string | null; reasons: string[] }> {
  const parsed = parseClaimsDocument({ ...FIXTURE, ledger: [g] });
  if (!parsed.ok) throw new Error("the fixture does not parse");
  expect(parsed.value.invalid).toEqual([]);
  const { decisions } = evaluateBatch(jiaxingPolicy(), parsed.value.document);
  return new Map(decisions.map((d) => [d.claimId, { outcome: d.outcome, amount: d.amount, reasons: d.reasons.map((r) => r.code) }]));
}

const OTHER_SYSTEM = { id: "G-X", claimId: "OLD-1", traineeId: "P-002", payee: { kind: "trainee", id: "P-002" } };

describe("a key under another person is read as none", () => {
  it("ownKeys keeps the grant's own keys and `*` keys, and drops those spelled under another person", () => {
    expect(ownKeys(["appraisalSubsidy|P1|certificate C1", "appraisalSubsidy|P2|certificate C2"], "P1")).toEqual(["appraisalSubsidy|P1|certificate C1"]);
    expect(ownKeys(["trainingPackageGrant|*|package PK-1", "trainingPackageGrant|P12|package PK-2"], "P1")).toEqual(["trainingPackageGrant|*|package PK-1"]);
    // P1 is a prefix of P12 and P12 of P1 is not: owners compared whole
    expect(ownKeys(["livingAllowance|P12|day 2020-03-02", "livingAllowance|P1|day 2020-03-03"], "P1")).toEqual(["livingAllowance|P1|day 2020-03-03"]);
    expect(ownKeys(["livingAllowance|P1|day 2020-03-02", "livingAllowance|*|day 2020-03-03"], "P12")).toEqual(["livingAllowance|*|day 2020-03-03"]);
    // another system's scheme is no person's key: kept as it was (read as none by its form)
    expect(ownKeys(["OTHER-SYSTEM:PK-1", "appraisalSubsidy|P1|certificate C1"], "P1")).toEqual(["OTHER-SYSTEM:PK-1", "appraisalSubsidy|P1|certificate C1"]);
    const clean = ["appraisalSubsidy|P1|certificate C1"];
    expect(ownKeys(clean, "P1")).toBe(clean); // nothing dropped: the list itself
  });

  it("the ledger finds the grant by its own key, not by the other person's", () => {
    const g = grant({ id: "G-X", claimId: "OLD-1", measure: "appraisalSubsidy", occupationCode: "4-10-01-01", level: "junior", basisKeys: ["appraisalSubsidy|P1|certificate OLD-K", "appraisalSubsidy|P3|certificate K-201"] });
    const ledger = Ledger.from([g]);
    expect(ledger.paidOn("appraisalSubsidy|P1|certificate OLD-K").map((x) => x.id)).toEqual(["G-X"]);
    expect(ledger.paidOn("appraisalSubsidy|P3|certificate K-201")).toEqual([]);
    expect(grantKeys(g)).toEqual(["appraisalSubsidy|P1|certificate OLD-K"]);
    const growing = Ledger.growing([]);
    growing.add(g);
    expect(growing.ledger.paidOn("appraisalSubsidy|P3|certificate K-201")).toEqual([]);
  });

  it("P-002's grant naming P-003's certificate K-201 beside its own does not refuse P-003's appraisal subsidy JX-0005", () => {
    const d = decided({ ...OTHER_SYSTEM, measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", amount: "120.00", basisDate: "2019-07-15", occupationCode: "4-10-01-01", level: "junior", basisKeys: ["appraisalSubsidy|P-002|certificate OLD-K", "appraisalSubsidy|P-003|certificate K-201"] });
    // jx2019 五(十一) 「补贴标准为初级工、中级工120元」 (the fixture's K-201 is a 中级工 certificate): 120.00, as without the grant
    expect(d.get("JX-0005")).toMatchObject({ outcome: "granted", amount: "120.00" });
    expect(decided({ ...OTHER_SYSTEM, measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", amount: "120.00", basisDate: "2019-07-15", occupationCode: "4-10-01-01", level: "junior", basisKeys: ["appraisalSubsidy|P-002|certificate OLD-K"] }).get("JX-0005")).toEqual(d.get("JX-0005"));
  });

  it("P-002's living-allowance grant naming P-001's day 2020-03-02 beside its own does not take that day from P-001's course", () => {
    const d = decided({ ...OTHER_SYSTEM, measure: "livingAllowance", provision: "jx2019.living-allowance", amount: "50.00", basisDate: "2019-03-02", basisKeys: ["livingAllowance|P-002|day 2019-03-02", "livingAllowance|P-001|day 2020-03-02"] });
    // jx2019 四(三)四 「按每人每天50元标准给予生活费补贴」: JX-0001's 7 days attended × 50.00 = 350.00 (300.00, 6 days, before the mend)
    expect(d.get("JX-0001")).toMatchObject({ outcome: "granted", amount: "350.00" });
    expect(d.get("JX-0001")?.reasons).not.toContain("days_already_paid");
  });
});
