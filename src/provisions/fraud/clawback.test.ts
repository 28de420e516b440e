import { describe, expect, it } from "vitest";
import { Ledger } from "../../core/ledger.js";
import type { Grant } from "../../records/claim.js";
import type { Course } from "../../records/training.js";
import { clawback, FRAUD } from "./clawback.js";

const g = (id: string, payee: Grant["payee"], amount: string, extra: Partial<Grant> = {}): Grant => ({
  id,
  claimId: id,
  traineeId: "p1",
  measure: "trainingSubsidy",
  provision: "gbf2019.local-standards",
  payee,
  amount,
  basisDate: "2020-05-01" as Grant["basisDate"],
  ...extra,
});
const ledger = Ledger.from([
  g("a", { kind: "organizer", id: "school-a" }, "1000.00", { courseId: "k1" }),
  g("b", { kind: "organizer", id: "school-a" }, "1500.50"),
  g("c", { kind: "trainee", id: "p1" }, "350.00", { measure: "livingAllowance" }),
  g("d", { kind: "enterprise", id: "e1" }, "600.00", { courseId: "k2" }),
  g("e", { kind: "trainee", id: "p2" }, "120.00"),
]);

describe("clawback — gbf2019.fraud / op2025.fraud: every amount paid on false claims is recovered", () => {
  it("recovers every grant on the false claims, totalled by payee, and leaves honest claims alone", () => {
    const result = clawback(ledger, ["a", "b", "c", "d"]);
    expect(result.byPayee).toEqual([
      { payee: { kind: "enterprise", id: "e1" }, grants: ["d"], amount: "600.00", citations: [FRAUD] },
      // 1000.00 + 1500.50 = 2500.50 from school-a
      { payee: { kind: "organizer", id: "school-a" }, grants: ["a", "b"], amount: "2500.50", citations: [FRAUD] },
      // the living allowance paid on a false training is recovered too
      { payee: { kind: "trainee", id: "p1" }, grants: ["c"], amount: "350.00", citations: [FRAUD] },
    ]);
    // 600.00 + 2500.50 + 350.00 = 3450.50; grant e (120.00) is untouched
    expect(result.total).toBe("3450.50");
  });
  it("the institutions paid on false claims, and those that ran the false courses, lose their qualification", () => {
    const courses = new Map<string, Course>([["k2", { organizerId: "centre-b" } as Course]]);
    expect(clawback(ledger, ["a", "d"], { courses }).institutionsToDisqualify).toEqual(["centre-b", "school-a"]);
  });
  it("a false claim on which nothing was paid is reported, not silently dropped", () => {
    const result = clawback(ledger, ["zzz"]);
    // nothing paid on zzz, so nothing to recover
    expect(result.total).toBe("0.00");
    expect(result.byPayee).toEqual([]);
    expect(result.unpaidClaims).toEqual(["zzz"]);
  });
  it("only the false claims with no grant are reported unpaid, in order of id", () => {
    // a and b were paid; zzz and yyy were not
    expect(clawback(ledger, ["zzz", "a", "yyy", "b"]).unpaidClaims).toEqual(["yyy", "zzz"]);
  });
  it("cites the text in force on the grants' date (2020 here: gbf2019 §(十四), not op2025), and nothing when nothing is recovered", () => {
    expect(clawback(ledger, ["a", "e"]).citations.map((c) => c.provision)).toEqual(["gbf2019.fraud"]);
    expect(clawback(ledger, []).citations).toEqual([]);
  });
  it("recovers one payment per grant id: two contents of one grant to one payee at the lesser amount, to two payees not at all, each named", () => {
    const twoContents = Ledger.from([g("x", { kind: "trainee", id: "p1" }, "1000.00"), g("x", { kind: "trainee", id: "p1" }, "900.00", { courseId: "k9" })]);
    // one payment x; which content is true is unknown: at most the lesser, 900.00, is certainly demanded
    expect(clawback(twoContents, ["x"])).toMatchObject({ total: "900.00", conflictingGrants: ["x"], unpaidClaims: [] });
    const twoPayees = Ledger.from([g("y", { kind: "trainee", id: "p1" }, "1000.00"), g("y", { kind: "organizer", id: "school-a" }, "1000.00")]);
    // whom it was paid to is unknown: nothing demanded of either, and no institution disqualified on it
    expect(clawback(twoPayees, ["y"])).toMatchObject({ total: "0.00", byPayee: [], conflictingGrants: ["y"], institutionsToDisqualify: [] });
  });
  it("recovers nothing on a false claim id that names two people's grants (another system's claim under the id), and names it", () => {
    const shared = Ledger.from([g("g1", { kind: "trainee", id: "p1" }, "120.00", { claimId: "A" }), g("g2", { kind: "trainee", id: "p2" }, "120.00", { claimId: "A", traineeId: "p2" }), ...ledger.grants()]);
    // A names p1's and p2's grants: whose claim was false is not known; a, listed with it, is recovered as ever (1000.00)
    expect(clawback(shared, ["A", "a"])).toMatchObject({ total: "1000.00", ambiguousClaims: ["A"], unpaidClaims: [] });
  });
  it("cites gf2018 §(十八) for a grant of before gbf2019's issue (2019-05-17), gbf2019 §(十四) from 2019-05-18", () => {
    const early = Ledger.from([g("a", { kind: "trainee", id: "p1" }, "1.00", { basisDate: "2019-05-17" as Grant["basisDate"] }), g("b", { kind: "trainee", id: "p1" }, "1.00", { basisDate: "2019-05-18" as Grant["basisDate"] })]);
    expect(clawback(early, ["a", "b"]).citations.map((c) => c.provision)).toEqual(["gf2018.fraud", "gbf2019.fraud"]);
  });
});
