import { describe, expect, it, test } from "vitest";
import { evaluateBatch, parseClaimsDocument } from "../../index.js";
import { cli, evaluateSpilled, summaryOf } from "../../../test/cli-helpers.js";
import { Ledger } from "../../core/ledger.js";
import { evaluateClaim } from "../../engine.js";
import { jiaxingPolicy, nationalPolicy } from "../policies.js";
import { Claim } from "../../records/claim.js";
import { Trainee } from "../../records/trainee.js";
import { Evaluation } from "../../core/decision.js";
import { trainingPackageGrant } from "./packageGrant.js";

/** A package a vocational college developed on commission (委托职业院校…开发职业技能培训包). */
const PACKAGE = { id: "PK-1", developerKind: "vocationalCollege", commissioned: true };
const contact = Trainee.parse({ id: "p1", birthDate: "1980-01-01", statuses: [] });
const decide = (o: Record<string, unknown>, policy = jiaxingPolicy()) =>
  evaluateClaim(policy, { claim: Claim.parse({ id: "pk1", measure: "trainingPackageGrant", traineeId: "p1", claimant: { kind: "organizer", id: "school-1" }, submittedOn: "2020-09-01", trainingPackage: PACKAGE, ...o }), trainee: contact, ledger: Ledger.empty });

describe("jx2019.package-grant: at most 50,000 yuan per training package", () => {
  it("49,999.99 and 50,000 are paid as claimed; 50,001 is capped at 50,000.00", () => {
    // the claimed development cost, up to the text's 50,000 cap
    expect(decide({ amountClaimed: "49999.99" }).amount).toBe("49999.99");
    expect(decide({ amountClaimed: "50000.00" }).amount).toBe("50000.00");
    const over = decide({ amountClaimed: "50001.00" });
    // 50,001 > 50,000 → 50,000
    expect([over.amount, over.reasons.map((r) => r.code), over.lines[0]?.citation.provision]).toEqual(["50000.00", ["package_grant_over_cap"], "jx2019.package-grant"]);
  });
  it("without the amount claimed the claim is undecidable; a trainee cannot claim it; nationally there is no such measure", () => {
    expect(decide({}).missingFacts).toEqual(["claim.amountClaimed"]);
    expect(decide({ amountClaimed: "1000.00", claimant: { kind: "trainee", id: "p1" } }).outcome).toBe("denied");
    expect(decide({ amountClaimed: "1000.00" }, nationalPolicy()).reasons[0]?.code).toBe("measure_not_provided");
  });
  it("after the action (filed 2022-01-01) no cap is in force and the claim is undecidable", () => {
    expect(decide({ amountClaimed: "1000.00", submittedOn: "2022-01-01" }).outcome).toBe("undecidable");
  });
});

describe("what a training-package decision says", () => {
  it("a grant names the amount claimed, the cap and the amount paid; the line is one package to the organiser", () => {
    const d = decide({ amountClaimed: "12345.6" });
    // 12,345.60 claimed, under the 50,000 cap: paid as claimed
    expect(d.reasons).toMatchObject([{ code: "package_grant", citation: { provision: "jx2019.package-grant" }, facts: { amountClaimed: "12345.60", cap: "50000.00", amount: "12345.60" } }]);
    expect(d.payee).toEqual({ kind: "organizer", id: "school-1" });
    expect(d.missingFacts).toEqual([]);
    expect(d.lines).toEqual([expect.objectContaining({ quantity: 1, unit: "package", rate: "12345.60", amount: "12345.60", layer: "zhejiang.jiaxing.jx2019" })]);
  });
  it("a trainee's claim is denied naming who claimed; a missing amount names the field", () => {
    expect(decide({ amountClaimed: "1000.00", claimant: { kind: "trainee", id: "p1" } }).reasons).toMatchObject([{ code: "payee_not_organiser", facts: { claimant: "trainee" } }]);
    expect(decide({}).reasons).toMatchObject([{ code: "missing_record", citation: { provision: "jx2019.package-grant" }, facts: { field: "claim.amountClaimed" } }]);
    expect(decide({ amountClaimed: "1000.00", submittedOn: "2022-01-01" }).reasons.map((r) => r.code)).toEqual(["provision_not_in_force"]);
  });
});

describe("the training-package rule's own findings", () => {
  const use = (o: Record<string, unknown>) =>
    new Evaluation(jiaxingPolicy(), "2020-09-01" as never).use(trainingPackageGrant, {
      claim: Claim.parse({ id: "pk1", measure: "trainingPackageGrant", traineeId: "p1", claimant: { kind: "organizer", id: "school-1" }, submittedOn: "2020-09-01", trainingPackage: PACKAGE, ...o }),
      trainee: contact,
      ledger: Ledger.empty,
    });
  it("a grant enters the claim history under the filing date", () => {
    expect(use({ amountClaimed: "1000.00" })).toMatchObject({ outcome: "granted", basis: { date: "2020-09-01", keys: ["trainingPackageGrant|*|package PK-1"] } });
  });
  it("without the amount claimed nothing is paid and no payee named", () => {
    expect(use({})).toMatchObject({ outcome: "undecidable", payee: null, lines: [] });
  });
});

// jx2019 五(十)二 「委托职业院校、行业协会和骨干企业依据有关职业标准或岗位技术规范开发职业技能培训包，给予每个不超过5万元补助」: the grant is
// the COMMISSIONED developer's, once a package. No record of the commission is in the claims: each claim only says who it says
// developed the package. Claims of two parties on one package in one batch cannot both be right, and filing first settles
// nothing: all are held (package_claimed_by_others) until the commission is recorded; the same party filing twice is the
// ordinary repeat, paid once (reading package-grant-per-package; cold review 111 F2, second look 111 Q2). The 50,000 cap is
// the text's; the amounts claimed are ILLUSTRATIVE development costs.
describe("one package claimed by two parties (reading package-grant-per-package; cold review 111 F2)", () => {
  type R = Record<string, unknown>;
  const party = (kind: string, id: string) => ({ kind, id });
  const pc = (id: string, claimant: { kind: string; id: string }, developerKind: string, day: string, o: R = {}): R => ({
    id, measure: "trainingPackageGrant", traineeId: "p1", claimant, submittedOn: `2020-08-${day}`, amountClaimed: "50000.00", trainingPackage: { id: "PK1", developerKind, commissioned: true }, ...o,
  });
  const doc = (claims: R[], extra: R = {}): R => ({ trainees: [{ id: "p1", birthDate: "1980-01-01", statuses: [] }, { id: "p9", birthDate: "1975-01-01", statuses: [] }], claims, ...extra });
  const batch = (raw: R) => {
    const parsed = parseClaimsDocument(raw);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    return evaluateBatch(jiaxingPolicy(), parsed.value.document, { trace: false });
  };
  const brief = (raw: R) => Object.fromEntries(batch(raw).decisions.map((d) => [d.claimId, `${d.outcome}:${d.amount}:${d.reasons.map((r) => r.code).join("+")}`]));
  const E1 = party("enterprise", "E1");
  const COL = party("organizer", "COL");
  const COL2 = party("organizer", "COL2");

  it("the ordinary case: the college that developed PK1 claims it, 50,000.00; filing again (either day first) is refused as paid", () => {
    // 50,000.00 claimed, at the cap 「不超过5万元」: 50,000.00; 「每个」: once
    expect(brief(doc([pc("Y", COL, "vocationalCollege", "05")]))).toEqual({ Y: "granted:50000.00:package_grant" });
    expect(brief(doc([pc("Y", COL, "vocationalCollege", "05"), pc("Y2", COL, "vocationalCollege", "09", { traineeId: "p9" })]))).toEqual({ Y: "granted:50000.00:package_grant", Y2: "denied:0.00:basis_already_paid" });
    expect(brief(doc([pc("Y", COL, "vocationalCollege", "09"), pc("Y2", COL, "vocationalCollege", "05", { traineeId: "p9" })]))).toEqual({ Y: "denied:0.00:basis_already_paid", Y2: "granted:50000.00:package_grant" });
  });

  it("the case: an enterprise saying a key enterprise (itself) developed PK1 and the college saying it did — neither paid, both held naming the other, in either order of filing", () => {
    // was: X (filed first) 50,000.00 to E1, Y refused basis_already_paid. Now 0.00 paid until the commission is recorded.
    for (const [dx, dy] of [["01", "05"], ["05", "01"]] as const) {
      const r = batch(doc([pc("X", E1, "keyEnterprise", dx), pc("Y", COL, "vocationalCollege", dy, { traineeId: "p9" })]));
      const by = Object.fromEntries(r.decisions.map((d) => [d.claimId, d]));
      expect(by["X"]?.outcome).toBe("undecidable");
      expect(by["Y"]?.outcome).toBe("undecidable");
      expect(by["X"]?.reasons).toMatchObject([{ code: "package_claimed_by_others", citation: { provision: "jx2019.package-grant" }, facts: { package: "PK1", claims: ["Y"] } }]);
      expect(by["Y"]?.reasons).toMatchObject([{ code: "package_claimed_by_others", facts: { package: "PK1", claims: ["X"] } }]);
      expect(by["X"]?.missingFacts).toEqual(["package PK1: commissioned developer"]);
      expect(r.grants).toEqual([]);
    }
  });

  it("whatever developer kind each names: two colleges on one package are held; a claimant refused on its own word stays refused and still holds the other; amounts at, below and above the cap pay nothing while held", () => {
    // two colleges (the reading's old «Left»): which one the city commissioned is not recorded
    expect(brief(doc([pc("A", COL, "vocationalCollege", "01", { amountClaimed: "49999.99" }), pc("B", COL2, "vocationalCollege", "02", { amountClaimed: "50001.00" })]))).toEqual({ A: "undecidable:null:package_claimed_by_others", B: "undecidable:null:package_claimed_by_others" });
    // E1 says a college developed PK1: refused on its own word (package_claimant_not_developer); COL's claim is held by it
    expect(brief(doc([pc("X", E1, "vocationalCollege", "01"), pc("Y", COL, "vocationalCollege", "05")]))).toEqual({ X: "denied:0.00:package_claimant_not_developer", Y: "undecidable:null:package_claimed_by_others" });
    // three claims, two parties: the same party's two claims name only the other party's
    const r = batch(doc([pc("X", E1, "keyEnterprise", "01"), pc("Y", COL, "vocationalCollege", "05"), pc("Y2", COL, "vocationalCollege", "06")]));
    expect(r.decisions.map((d) => [d.claimId, d.outcome, d.reasons[0]?.facts])).toEqual([
      ["X", "undecidable", { package: "PK1", claims: ["Y", "Y2"] }],
      ["Y", "undecidable", { package: "PK1", claims: ["X"] }],
      ["Y2", "undecidable", { package: "PK1", claims: ["X"] }],
    ]);
    // a trainee can be no developer (「职业院校、行业协会和骨干企业」): her claim is refused and holds no one; COL paid 50,000.00
    expect(brief(doc([pc("T", party("trainee", "p1"), "vocationalCollege", "01"), pc("Y", COL, "vocationalCollege", "05")]))).toEqual({ T: "denied:0.00:payee_not_organiser", Y: "granted:50000.00:package_grant" });
  });

  it("chained runs: run 1 holds both (no grant); run 2 (run 1's grants as ledger) pays the college alone 50,000.00; run 3 refuses E1 as paid — the money is out", () => {
    const r1 = batch(doc([pc("X", E1, "keyEnterprise", "01"), pc("Y", COL, "vocationalCollege", "05")]));
    expect(r1.grants).toEqual([]);
    const r2 = batch(doc([pc("Y", COL, "vocationalCollege", "20")], { ledger: r1.grants }));
    // 50,000.00 claimed, at the cap: 50,000.00
    expect(r2.decisions.map((d) => [d.claimId, d.outcome, d.amount])).toEqual([["Y", "granted", "50000.00"]]);
    const r3 = batch(doc([pc("X3", E1, "keyEnterprise", "25")], { ledger: [...r2.ledger.grants()] }));
    expect(r3.decisions.map((d) => [d.claimId, d.outcome, d.reasons[0]?.code])).toEqual([["X3", "denied", "basis_already_paid"]]);
    // a package paid in an earlier run claimed by two others in one batch: refused as paid, not held (the grant stands)
    const r4 = batch(doc([pc("X4", E1, "keyEnterprise", "25"), pc("Z4", COL2, "vocationalCollege", "26")], { ledger: [...r2.ledger.grants()] }));
    expect(r4.decisions.map((d) => [d.claimId, d.reasons[0]?.code])).toEqual([["X4", "basis_already_paid"], ["Z4", "basis_already_paid"]]);
  });

  test("the built command line, whole and split into 2, 3 and 5 parts: the two claims, under trainees far apart, meet in one part and are both held", async () => {
    // p1 and p9 fall in different parts by trainee; the package joins them (docs/cli.md), so the rule sees both claims
    const raw = doc([pc("X", E1, "keyEnterprise", "01"), pc("Y", COL, "vocationalCollege", "05", { traineeId: "p9" }), pc("K", COL2, "industryAssociation", "03", { traineeId: "p9", trainingPackage: { id: "PK2", developerKind: "industryAssociation", commissioned: true }, amountClaimed: "30000.00" })]);
    const input = JSON.stringify(raw);
    const args = ["-", "--policy", "jiaxing-2019", "--format", "json"];
    const memory = summaryOf((await cli(["evaluate", ...args], input)).out);
    // PK2 has one claimant: 30,000.00 claimed, under the cap
    expect(memory).toEqual({ X: "undecidable:null:package_claimed_by_others", K: "granted:30000.00:package_grant", Y: "undecidable:null:package_claimed_by_others" });
    for (const parts of [2, 3, 5]) expect(summaryOf((await evaluateSpilled(args, input, parts)).out), `${parts} parts`).toEqual(memory);
  });
});
