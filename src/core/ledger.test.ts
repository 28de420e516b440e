import { describe, expect, test } from "vitest";
import { grant } from "../../test/builders.js";
import type { Grant } from "../records/claim.js";
import { Ledger } from "./ledger.js";

const TRAINING = new Set(["trainingSubsidy"]);
const APPRAISAL = new Set(["appraisalSubsidy"]);

describe("the ledger of past grants", () => {
  const ledger = Ledger.from([
    grant({ id: "G1", claimId: "C1", measure: "trainingSubsidy", basisDate: "2020-12-31", occupationCode: "A", level: "junior" }),
    grant({ id: "G2", claimId: "C2", measure: "trainingSubsidy", basisDate: "2021-01-01", occupationCode: "A", level: "intermediate" }),
    grant({ id: "G3", claimId: "C3", measure: "appraisalSubsidy", basisDate: "2021-06-01", occupationCode: "A", level: "intermediate" }),
    grant({ id: "G4", claimId: "C4", traineeId: "P2", payee: { kind: "trainee", id: "P2" }, measure: "trainingSubsidy", basisDate: "2021-03-01", occupationCode: "A", level: "junior" }),
  ]);

  test("per year means the calendar year of the basis date: 31 Dec and 1 Jan fall in different years", () => {
    expect(ledger.inYear("P1", 2020, TRAINING).map((g) => g.id)).toEqual(["G1"]);
    expect(ledger.inYear("P1", 2021, TRAINING).map((g) => g.id)).toEqual(["G2"]);
  });

  test("only the measures asked about are counted, and only the person's own grants", () => {
    expect(ledger.inYear("P1", 2021, APPRAISAL).map((g) => g.id)).toEqual(["G3"]);
    expect(ledger.inYear("P2", 2021, TRAINING).map((g) => g.id)).toEqual(["G4"]);
    expect(ledger.inYear("P3", 2021, TRAINING)).toEqual([]);
  });

  test("the same occupation at the same level is found across years; another level is not", () => {
    expect(ledger.forOccupation("P1", TRAINING, "A", "junior").map((g) => g.id)).toEqual(["G1"]);
    expect(ledger.forOccupation("P1", TRAINING, "A", "senior")).toEqual([]);
    expect(ledger.forOccupation("P1", APPRAISAL, "A", "intermediate").map((g) => g.id)).toEqual(["G3"]);
  });

  test("a trainee's grants are kept in order of basis date, then id, whatever order they were given in", () => {
    const g = (id: string, basisDate: string) => grant({ id, claimId: `C-${id}`, measure: "trainingSubsidy", basisDate, occupationCode: "A", level: "junior" });
    const given = [g("G9", "2021-05-01"), g("G2", "2020-01-01"), g("G1", "2021-05-01"), g("G5", "2019-07-01")];
    const ids = (l: Ledger) => l.grantsOf("P1").map((x) => x.id);
    expect(ids(Ledger.from(given))).toEqual(["G5", "G2", "G1", "G9"]);
    expect(ids(Ledger.from([...given].reverse()))).toEqual(["G5", "G2", "G1", "G9"]);
    const growing = Ledger.growing(given.slice(0, 2));
    growing.add(given[3] as Grant);
    growing.add(given[2] as Grant);
    expect(ids(growing.ledger)).toEqual(["G5", "G2", "G1", "G9"]);
  });

  test("adding grants returns a new ledger and leaves the old one unchanged", () => {
    const more = ledger.with([grant({ id: "G5", claimId: "C5", measure: "trainingSubsidy", basisDate: "2021-02-01", occupationCode: "B", level: "junior" })]);
    expect(more.size).toBe(5);
    expect(ledger.size).toBe(4);
    expect(ledger.hasClaim("C5")).toBe(false);
    expect(more.hasClaim("C5")).toBe(true);
    expect(more.inYear("P1", 2021, TRAINING).map((g) => g.id)).toEqual(["G2", "G5"]);
    expect(ledger.inYear("P1", 2021, TRAINING).map((g) => g.id)).toEqual(["G2"]);
  });

  test("every grant is kept", () => {
    expect(ledger.grants().map((g) => g.id).sort()).toEqual(["G1", "G2", "G3", "G4"]);
  });
});

describe("the occupation-and-level key", () => {
  test("is the occupation alone for unleveled certificates, occupation@level otherwise", async () => {
    const { occupationKey } = await import("./ledger.js");
    expect(occupationKey("A", undefined)).toBe("A");
    expect(occupationKey("A", "junior")).toBe("A@junior");
  });

  test("a trainee with no grants has none, and a growing ledger starts each trainee's list empty", () => {
    expect(Ledger.empty.grantsOf("nobody")).toEqual([]);
    const { ledger, add } = Ledger.growing([]);
    add(grant({ id: "N1", claimId: "NC1", traineeId: "PX", payee: { kind: "trainee", id: "PX" } }));
    expect(ledger.grantsOf("PX").map((g) => g.id)).toEqual(["N1"]);
    expect(ledger.size).toBe(1);
    expect(ledger.hasClaim("NC1")).toBe(true);
  });

  test("a grant without an occupation never matches an occupation question", () => {
    const l = Ledger.from([grant({ id: "U1", occupationCode: undefined, level: undefined })]);
    expect(l.forOccupation("P1", APPRAISAL, "undefined", undefined)).toEqual([]);
  });
});

describe("one grant, one payment (reading ledger-grant-identity)", () => {
  // gbf2019 §(十二) 「原则上每人每年可享受不超过3次」 counts payments: a grant listed twice is still one.
  const g1 = grant({ id: "G1", claimId: "C1", measure: "trainingSubsidy", basisDate: "2020-04-01", occupationCode: "EX-ELEC", level: "junior", amount: "1000.00" });
  const g2 = grant({ id: "G2", claimId: "C2", measure: "trainingSubsidy", basisDate: "2020-06-01", occupationCode: "EX-WELD", level: "junior", amount: "1200.00" });
  /** The same grant as another system writes it: the same fields in another order. */
  const reordered = (g: Grant): Grant => Object.fromEntries(Object.entries(g).reverse()) as Grant;

  test("the same grant given twice (the same id and content, in any key order) is one payment: two grants of 2020, not four", () => {
    const twice = Ledger.from([g1, g2, reordered(g1), { ...g2 }]);
    expect([twice.size, twice.inYear("P1", 2020, TRAINING).map((g) => g.id)]).toEqual([2, ["G1", "G2"]]);
    expect(twice.paidOn("trainingSubsidy|P1|level EX-ELEC@junior")).toHaveLength(1);
  });

  test("a grant already held is not added again by a later with(): a grants file read as a ledger twice counts once", () => {
    expect(Ledger.from([g1, g2]).with([reordered(g1), g2]).size).toBe(2);
  });

  test("two grants with one id and different contents are both kept: which is true is unknown, and dropping either could pay its basis again", () => {
    const amended = { ...g1, amount: "900.00" };
    expect(Ledger.from([g1, amended]).inYear("P1", 2020, TRAINING).map((g) => g.amount)).toEqual(["1000.00", "900.00"]);
  });

  test("grants of different ids are each a payment, however alike", () => {
    expect(Ledger.from([g1, { ...g1, id: "G1-b" }]).size).toBe(2);
  });
});
