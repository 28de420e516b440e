import { describe, expect, it } from "vitest";
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
