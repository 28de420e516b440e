/**
 * A prior ledger kept by another system may hold grants without pay-once keys
 * (`basisKeys`: our key format is ours). Such a grant of the training-package grant or the
 * apprenticeship subsidy must still say what it paid — its package (`trainingPackageId`),
 * its apprenticeship (`apprenticeshipId`) — or the basis it may have paid is paid twice
 * (readings pay-once-basis, earlier-grant-says-what-it-paid).
 */
import { describe, expect, it } from "vitest";
import { evaluateBatch, jiaxingPolicy } from "../src/index.js";
import { apprentice, E1, period } from "./support/apprenticeship.js";
import { outcome } from "./support/outcome.js";
import { parsed as parse } from "./support/world.js";

const policy = jiaxingPolicy();

type O = Record<string, unknown>;


describe("jx2019 五(十)二 「开发职业技能培训包，给予每个不超过5万元补助」: a package paid under another system's ledger is not paid again", () => {
  const pkg = (o: O = {}): O => ({ id: "PK-1", developerKind: "vocationalCollege", commissioned: true, ...o });
  const claimOf = (id: string, o: O = {}): O => ({ id, measure: "trainingPackageGrant", traineeId: "P1", claimant: { kind: "organizer", id: "SCHOOL-1" }, submittedOn: "2020-09-01", amountClaimed: "50000.00", trainingPackage: pkg(), ...o });
  const contact = { id: "P1", birthDate: "1980-01-01", statuses: [] };
  /** A grant of the package grant as another system keeps it: no `basisKeys`; filed under another contact person. */
  const keyless = (o: O = {}): O => ({ id: "G-9", claimId: "OLD-1", traineeId: "P9", measure: "trainingPackageGrant", provision: "jx2019.package-grant", payee: { kind: "organizer", id: "SCHOOL-1" }, amount: "50000.00", basisDate: "2020-06-01", ...o });
  const decide = (grant: O, claim: O = claimOf("K1")) => evaluateBatch(policy, parse({ trainees: [contact], claims: [claim], ledger: [grant] })).decisions[0];

  it("a grant without keys that names the package claimed (trainingPackageId) paid it: the claim is denied, basis_already_paid", () => {
    const d = decide(keyless({ trainingPackageId: "PK-1" }));
    // 每个: PK-1 was paid on OLD-1; nothing is paid again
    expect(outcome(d)).toBe("denied:0.00:basis_already_paid");
    expect(d?.reasons[0]?.facts).toEqual({ basis: ["package PK-1"], earlierClaims: ["OLD-1"] });
  });
  it("a grant without keys that names another package is no question: the claim is paid, capped at 50,000", () => {
    // 50,000.00 claimed, 每个不超过5万元: 50,000.00
    expect(outcome(decide(keyless({ trainingPackageId: "PK-2" })))).toBe("granted:50000.00:package_grant");
  });
  it("a grant without keys to the same developer that names no package leaves the claim undecidable, asking for that grant's package", () => {
    const d = decide(keyless());
    // it may have paid PK-1: not paid on the guess that it did not
    expect([d?.outcome, d?.amount, d?.missingFacts]).toEqual(["undecidable", null, ["grant G-9: trainingPackageId"]]);
    expect(d?.reasons.map((r) => [r.code, r.citation.provision])).toEqual([["missing_record", "jx2019.package-grant"]]);
  });
  it("a grant without keys to another developer, naming no package, is no question: the claim is paid", () => {
    // SCHOOL-2's grant paid a package SCHOOL-2 developed; 50,000.00 to SCHOOL-1 for its own
    expect(outcome(decide(keyless({ payee: { kind: "organizer", id: "SCHOOL-2" } })))).toBe("granted:50000.00:package_grant");
  });
  it("a certain denial stands: the package already paid under its key is basis_already_paid, and a developer of another kind is refused, whatever the unnamed grant", () => {
    const ledger = [keyless(), keyless({ id: "G-1", claimId: "OLD-0", basisKeys: ["trainingPackageGrant|*|package PK-1"] })];
    const paid = evaluateBatch(policy, parse({ trainees: [contact], claims: [claimOf("K1")], ledger })).decisions[0];
    expect(outcome(paid)).toBe("denied:0.00:basis_already_paid");
    expect(outcome(decide(keyless(), claimOf("K1", { trainingPackage: pkg({ developerKind: "otherDeveloper" }) })))).toBe("denied:0.00:package_developer_not_eligible");
  });
});

const apClaim = (id: string, apprenticeshipId: string, o: O = {}): O => ({ id, measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, apprenticeshipId, enterpriseId: "E1", submittedOn: "2021-07-10", ...o });
/** An apprenticeship-subsidy grant as another system keeps it: no `basisKeys`; the basis date is its period's first day. */
const keylessAp = (o: O = {}): O => ({ id: "G-9", claimId: "OLD-1", traineeId: "P1", measure: "apprenticeshipSubsidy", provision: "jx2019.employee-apprentice", payee: { kind: "enterprise", id: "E1" }, amount: "3000.00", basisDate: "2021-01-01", ...o });

describe("jx2019 三(一)二 「职工学徒按每人每年4000元至10000元的标准给予企业补贴，补助原则上不超过2年」: an apprenticeship paid under another system's ledger is not paid again", () => {
  // The claim: A1, 2021-01-01..2021-06-30, six whole months at 6000 a year.
  const decide = (grants: O[], claim: O = apClaim("X1", "A1"), apprenticeships: O[] = [period("A1", "2021-01-01", "2021-06-30")]) =>
    evaluateBatch(policy, parse({ trainees: [apprentice], enterprises: [E1], apprenticeships, claims: [claim], ledger: grants })).decisions[0];

  it("a grant without keys that names the apprenticeship claimed (apprenticeshipId) paid it: the claim is denied, basis_already_paid", () => {
    const d = decide([keylessAp({ apprenticeshipId: "A1" })]);
    expect(outcome(d)).toBe("denied:0.00:basis_already_paid");
    expect(d?.reasons[0]?.facts).toEqual({ basis: ["apprenticeship A1"], earlierClaims: ["OLD-1"] });
  });
  it("a grant without keys naming no apprenticeship, whose period may meet the one claimed, leaves the claim undecidable, asking for that grant's apprenticeship", () => {
    const d = decide([keylessAp()]);
    // it may have paid A1's months: not paid on the guess that it did not
    expect([d?.outcome, d?.amount, d?.missingFacts]).toEqual(["undecidable", null, ["grant G-9: apprenticeshipId"]]);
    expect(d?.reasons.map((r) => [r.code, r.citation.provision])).toEqual([["missing_record", "jx2019.employee-apprentice"]]);
  });
  it("its period may meet the claimed one when its basis date is on or before the claimed last day and its twelve months reach the claimed first day", () => {
    // A grant naming neither its period nor its months is one subsidy year from its basis date (as the term counts it):
    // from 2020-01-02 the 12th month ends 2021-01-01, the claimed first day: a question
    expect(decide([keylessAp({ basisDate: "2020-01-02" })])?.missingFacts).toEqual(["grant G-9: apprenticeshipId"]);
    // from 2020-01-01 it ends 2020-12-31, the day before: no question; 12 months of the 24
    // counted, 12 left: 6000 × 6 ÷ 12 = 3000.00
    expect(outcome(decide([keylessAp({ basisDate: "2020-01-01" })]))).toContain("granted:3000.00");
    // from 2021-06-30, the claimed last day: a question; from 2021-07-01, after it: none
    expect(decide([keylessAp({ basisDate: "2021-06-30" })])?.missingFacts).toEqual(["grant G-9: apprenticeshipId"]);
    expect(outcome(decide([keylessAp({ basisDate: "2021-07-01" })]))).toContain("granted:3000.00");
  });
  it("a grant without keys naming another apprenticeship, whose period may meet the one claimed, asks for that grant's period", () => {
    const d = decide([keylessAp({ apprenticeshipId: "A0", basisDate: "2020-07-01" })]);
    // A0's months from 2020-07-01 may reach into 2021-01..06: which were paid is not said
    expect([d?.outcome, d?.missingFacts]).toEqual(["undecidable", ["grant G-9: basisKeys (its period)"]]);
    // the same grant with its period key, 2020-07-01..2020-12-31 (6 months): no overlap; 6 + 6 of 24 months,
    // 6000 × 6 ÷ 12 = 3000.00
    expect(outcome(decide([keylessAp({ apprenticeshipId: "A0", basisDate: "2020-07-01", basisKeys: ["apprenticeshipSubsidy|P1|apprenticeship A0", "apprenticeshipSubsidy|P1|period 2020-07-01..2020-12-31"] })]))).toContain("granted:3000.00");
  });
  it("a grant without keys naming the months it paid (another system's 2021-01…2021-06, to another enterprise) paid the claimed days: denied, basis_already_paid", () => {
    const d = decide([keylessAp({ payee: { kind: "enterprise", id: "E2" }, months: ["2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06"] })]);
    // 「每人每年」: the person's months 2021-01..06 were paid; A1 covers the same days
    expect(outcome(d)).toBe("denied:0.00:basis_already_paid");
    // one named month inside the period: the other five are not paid, which the period still owes is asked, not refused
    // whole (reading apprenticeship-month-count: a year partly paid)
    expect(outcome(decide([keylessAp({ months: ["2021-06"] })]))).toBe("undecidable:null:apprenticeship_year_partly_paid");
    // months before the period do not meet it: 6 named months of the 24 used, 18 left; 6000 × 6 ÷ 12 = 3000.00
    expect(outcome(decide([keylessAp({ basisDate: "2020-01-01", months: ["2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06"] })]))).toContain("granted:3000.00");
  });
  it("the months a grant names are the months it used of the term: six named months leave 18, so after a year claimed the last 6 are paid (3000.00), not refused", () => {
    const sixMonths = keylessAp({ basisDate: "2020-01-01", amount: "3000.00", months: ["2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06"] });
    const r = evaluateBatch(
      policy,
      parse({
        trainees: [apprentice],
        enterprises: [E1],
        apprenticeships: [period("M1", "2020-07-01", "2021-06-30"), period("M2", "2021-07-01", "2022-06-30")],
        claims: [apClaim("Y1", "M1"), apClaim("Y2", "M2", { submittedOn: "2022-07-05" })],
        ledger: [sixMonths],
      }),
    ).decisions;
    // Y1: 12 whole months, 18 left: 6000 × 12 ÷ 12 = 6000.00
    expect(outcome(r.find((d) => d.claimId === "Y1"))).toContain("granted:6000.00");
    // Y2: 24 − 6 − 12 = 6 months left: 6000 × 6 ÷ 12 = 3000.00 (the terms in force on 2021-07-01, its first day)
    expect(outcome(r.find((d) => d.claimId === "Y2"))).toContain("granted:3000.00");
  });
  it("a certain denial stands: a period already paid under its key, or a claimant who is not the enterprise, is denied whatever the unnamed grant", () => {
    const keyed = keylessAp({ id: "G-1", claimId: "OLD-0", basisDate: "2020-12-01", basisKeys: ["apprenticeshipSubsidy|P1|apprenticeship A7", "apprenticeshipSubsidy|P1|period 2020-12-01..2021-08-31"] });
    expect(outcome(decide([keylessAp(), keyed]))).toBe("denied:0.00:basis_already_paid");
    expect(outcome(decide([keylessAp()], apClaim("X1", "A1", { claimant: { kind: "trainee", id: "P1" } })))).toBe("denied:0.00:payee_not_enterprise");
  });
});
