/**
 * 参保职工技能提升补贴 as a claim: gbf2019.employee-training §(十一) 「按规定给予职业培训补贴或参保
 * 职工技能提升补贴」, on the basis of gf2018 §(六) 「发挥失业保险促进就业作用，支持符合条件的参保职工
 * 提升职业技能」. The standards are local; one training earns one or the other.
 */
import { describe, expect, it } from "vitest";
import { cite } from "../../core/citation.js";
import type { Policy } from "../../core/layer.js";
import { buildPolicy, defineLayer, replaceParameter } from "../../core/layer.js";
import { evaluateBatch, evaluateClaim } from "../../engine.js";
import { nationalPolicy } from "../../jurisdictions/policies.js";
import type { Claim, Grant } from "../../records/claim.js";
import { certificate, d, grant, HERE, input, regionalPolicy, trainee } from "../../../test/support/national.js";
import { insuredSkillUpgradeStandards } from "./insuredSkillUpgrade.js";

const employee = { statuses: ["enterpriseEmployee" as const], unemploymentInsuranceMonths: { [HERE]: 24 } };
const upgrade = (over: Partial<Claim> = {}) => ({ measure: "insuredSkillUpgradeSubsidy" as const, certificateId: "c1", ...over });

/** A prefecture that sets the skill-upgrade standards (illustrative), over the national layer with the example catalogue. */
function withStandards(): Policy {
  const city = defineLayer({
    id: "example.city.upgrade", level: "reform", region: null, label: { zh: "示例技能提升补贴标准（示意）", en: "example skill-upgrade standards (illustrative)" }, documents: ["gbf2019"],
    scope: cite("gbf2019.local-standards", "§(十二)"),
    parameterOverrides: [replaceParameter(insuredSkillUpgradeStandards, { label: { zh: "技能提升补贴标准（示意）", en: "skill-upgrade standards (illustrative)" }, citation: cite("gbf2019.local-standards", "§(十二)"), values: [{ from: "2019-06-01", value: { junior: "1000.00", intermediate: "1500.00" } }], lastVerifiedOn: "2026-11-25" })],
  });
  const base = regionalPolicy(nationalPolicy());
  return buildPolicy({ id: "example-upgrade", label: { zh: "示例", en: "example" }, layers: [...base.layers, city] });
}

describe("参保职工技能提升补贴 is claimable", () => {
  it("an insured employee with a 初级工 certificate, under the national texts alone: undecidable, no local standard", () => {
    const decision = evaluateClaim(regionalPolicy(nationalPolicy()), input({ claim: upgrade(), trainee: employee }));
    expect(decision.outcome).toBe("undecidable");
    expect(decision.reasons.map((r) => r.code)).toContain("no_local_standard");
    expect(decision.missingFacts).toContain("parameter insuredSkillUpgrade.standards");
  });
  it("with a local standard, the insured employee is paid the 初级工 standard, 1000.00, from the unemployment insurance fund", () => {
    // the county's 初级工 standard, 1000 (illustrative)
    const decision = evaluateClaim(withStandards(), input({ claim: upgrade(), trainee: employee }));
    expect([decision.outcome, decision.amount, decision.payee]).toEqual(["granted", "1000.00", { kind: "trainee", id: "p1" }]);
    expect(decision.lines[0]?.fund).toBe("unemploymentInsuranceFund");
  });
  it("a person who is not an enterprise employee, or not insured, is denied; insurance unknown is undecidable", () => {
    expect(evaluateClaim(withStandards(), input({ claim: upgrade(), trainee: { statuses: ["unemployed"], unemploymentInsuranceMonths: { [HERE]: 24 } } })).outcome).toBe("denied");
    expect(evaluateClaim(withStandards(), input({ claim: upgrade(), trainee: { statuses: ["enterpriseEmployee"], unemploymentInsuranceMonths: { [HERE]: 0 } } })).outcome).toBe("denied");
    const unknown = evaluateClaim(withStandards(), input({ claim: upgrade(), trainee: { statuses: ["enterpriseEmployee"] } }));
    expect(unknown.outcome).toBe("undecidable");
    expect(unknown.missingFacts).toContain("trainee.unemploymentInsuranceMonths");
  });
  it("a level the standards do not list is denied no_skill_upgrade_standard", () => {
    // the county lists 初级工 and 中级工 only
    const decision = evaluateClaim(withStandards(), input({ claim: upgrade(), trainee: employee, certificate: { level: "senior" } }));
    expect(decision.outcome).toBe("denied");
    expect(decision.reasons.map((r) => r.code)).toContain("no_skill_upgrade_standard");
  });
});

describe("「发挥失业保险促进就业作用，支持符合条件的参保职工提升职业技能」: the fund of the policy's region pays its own insured (reading insured-where-the-fund-is)", () => {
  const insured = (months: Record<string, number>) => ({ statuses: ["enterpriseEmployee" as const], unemploymentInsuranceMonths: months });
  const decide = (months: Record<string, number>, policy: Policy = withStandards()) => evaluateClaim(policy, input({ claim: upgrade(), trainee: insured(months) }));
  it("insured in the city (or a district of it) is paid the 初级工 standard, 1000.00 (illustrative), whatever months elsewhere", () => {
    expect(decide({ [HERE]: 24 }).amount).toBe("1000.00");
    expect(decide({ [`${HERE}.east`]: 12 }).amount).toBe("1000.00");
    // one month here is insured here: the text sets no number of months (a local route may ask more)
    expect(decide({ [HERE]: 1, "other.city": 23 }).amount).toBe("1000.00");
  });
  it("insured only in another city is refused, not_insured_employee 'insured elsewhere', in both languages (before: paid 1000.00, which that city's fund may pay too)", () => {
    const d = decide({ "other.city": 24, [`${HERE}x`]: 6 });
    expect([d.outcome, d.amount]).toEqual(["denied", "0.00"]);
    const reason = d.reasons.find((r) => r.code === "not_insured_employee");
    expect(reason?.facts).toEqual({ detail: "insured elsewhere" });
    expect(reason?.message).toEqual({ zh: "仅在本政策适用范围以外参加失业保险", en: "insured against unemployment only outside this policy's area" });
  });
  it("months recorded only under a wider region that holds the city's (the province) may be here: undecidable, asking for the months", () => {
    const d = decide({ example: 24 });
    expect([d.outcome, d.missingFacts]).toEqual(["undecidable", ["trainee.unemploymentInsuranceMonths"]]);
    // with a pension entitlement too, both are asked
    const both = evaluateClaim(withStandards(), input({ claim: upgrade(), trainee: { ...insured({ example: 24 }), monthlyPensionEntitled: true } }));
    expect(both.missingFacts).toEqual(["trainee.unemploymentInsuranceMonths", "trainee.receivesMonthlyPension"]);
  });
  it("zero months here and months elsewhere: refused as insured elsewhere; zero months anywhere: not insured", () => {
    expect(decide({ [HERE]: 0, "other.city": 24 }).reasons.find((r) => r.code === "not_insured_employee")?.facts).toEqual({ detail: "insured elsewhere" });
    expect(decide({ [HERE]: 0 }).reasons.find((r) => r.code === "not_insured_employee")?.facts).toEqual({ detail: "not insured" });
  });
});

describe("a directly recognised level (op2025.direct-recognition) earns no skill-upgrade subsidy", () => {
  it("denied directly_recognised", () => {
    const decision = evaluateClaim(withStandards(), input({ claim: upgrade(), trainee: employee, certificate: { directlyRecognised: true } }));
    expect(decision.outcome).toBe("denied");
    expect(decision.reasons.map((r) => r.code)).toEqual(["directly_recognised"]);
  });
  it("the paid line cites where the standard is set; the insurance check cites gf2018.insured-skill-upgrade", () => {
    const decision = evaluateClaim(withStandards(), input({ claim: upgrade(), trainee: employee }));
    expect(decision.reasons.find((r) => r.code === "insured_employee")?.citation.provision).toBe("gf2018.insured-skill-upgrade");
  });
});

describe("「职业培训补贴或参保职工技能提升补贴」: one or the other for the same training", () => {
  const trainingPaid: Grant = grant({ id: "OLD-T", certificateId: "c1", occupationCode: "EX-ELEC", level: "junior", basisDate: d("2020-03-01") });
  const upgradePaid: Grant = grant({ id: "OLD-U", measure: "insuredSkillUpgradeSubsidy", provision: "gbf2019.employee-training", certificateId: "c1", occupationCode: "EX-ELEC", level: "junior", basisDate: d("2020-03-01") });
  it("a training subsidy already paid on the certificate: the skill-upgrade subsidy is denied", () => {
    const decision = evaluateClaim(withStandards(), input({ claim: upgrade(), trainee: employee, ledger: [trainingPaid] }));
    expect(decision.outcome).toBe("denied");
    expect(decision.reasons.map((r) => r.code)).toContain("other_measure_already_paid");
  });
  it("a skill-upgrade subsidy already paid on the certificate: the training subsidy is denied", () => {
    const decision = evaluateClaim(withStandards(), input({ trainee: employee, ledger: [upgradePaid] }));
    expect(decision.outcome).toBe("denied");
    expect(decision.reasons.map((r) => r.code)).toContain("other_measure_already_paid");
  });
  it("a skill-upgrade subsidy on another certificate does not stop the training subsidy", () => {
    // EX-ELEC 初级工 standard 1000 (illustrative catalogue)
    const other = { ...upgradePaid, certificateId: "c9", occupationCode: "EX-COOK" };
    expect(evaluateClaim(withStandards(), input({ trainee: employee, ledger: [other] })).amount).toBe("1000.00");
  });
  it("reading: earlier-grant-says-what-it-paid — a skill-upgrade subsidy naming neither an occupation nor the certificate leaves the training subsidy undecidable", () => {
    // before: the training subsidy was paid (1000.00) although that grant may have paid this very training
    const { occupationCode: _o, level: _l, certificateId: _c, ...unnamed } = upgradePaid;
    const decision = evaluateClaim(withStandards(), input({ trainee: employee, ledger: [unnamed] }));
    expect(decision.outcome).toBe("undecidable");
    expect(decision.missingFacts).toEqual(["grant OLD-U: occupationCode"]);
    expect(decision.reasons.find((r) => r.code === "missing_record")?.citation.provision).toBe("gbf2019.employee-training");
  });
  it("reading: earlier-grant-says-what-it-paid — and the other way round: a training subsidy naming neither leaves the skill-upgrade subsidy undecidable", () => {
    const { occupationCode: _o, level: _l, certificateId: _c, ...unnamed } = trainingPaid;
    const decision = evaluateClaim(withStandards(), input({ claim: upgrade(), trainee: employee, ledger: [unnamed] }));
    expect(decision.outcome).toBe("undecidable");
    expect(decision.missingFacts).toEqual(["grant OLD-T: occupationCode"]);
  });
  it("reading pay-once-basis — a skill-upgrade subsidy recorded by another system (no keys) on another certificate of the same occupation and level: the second is refused", () => {
    // before: paid 1000.00 again (the grant was keyed by its certificate only)
    const { basisKeys: _k, ...foreign } = { ...upgradePaid, certificateId: "c9" } as Grant;
    const decision = evaluateClaim(withStandards(), input({ claim: upgrade(), trainee: employee, ledger: [foreign] }));
    expect(decision.outcome).toBe("denied");
    expect(decision.reasons.find((r) => r.code === "basis_already_paid")?.facts).toEqual({ basis: ["level EX-ELEC@junior"], earlierClaims: ["OLD-U"] });
  });
  it("reading earlier-grant-says-what-it-paid — a skill-upgrade subsidy naming no occupation, on another certificate, leaves the next one undecidable", () => {
    const { occupationCode: _o, level: _l, ...unnamed } = { ...upgradePaid, certificateId: "c9" } as Grant;
    const decision = evaluateClaim(withStandards(), input({ claim: upgrade(), trainee: employee, ledger: [unnamed] }));
    expect(decision.outcome).toBe("undecidable");
    expect(decision.missingFacts).toEqual(["grant OLD-U: occupationCode"]);
  });
  it("both claimed in one batch: the first judged is paid, the second denied", () => {
    const t = trainee(employee);
    const doc = {
      claims: [
        { id: "A-T", measure: "trainingSubsidy", traineeId: "p1", claimant: { kind: "trainee", id: "p1" }, certificateId: "c1", submittedOn: d("2020-04-01") },
        { id: "B-U", measure: "insuredSkillUpgradeSubsidy", traineeId: "p1", claimant: { kind: "trainee", id: "p1" }, certificateId: "c1", submittedOn: d("2020-04-01") },
      ] as Claim[],
      trainees: new Map([["p1", t]]), courses: new Map(), certificates: new Map([["c1", certificate()]]), enterprises: new Map(), apprenticeships: new Map(), ledger: [],
    };
    const result = evaluateBatch(withStandards(), doc);
    expect(result.decisions.map((x) => x.outcome)).toEqual(["granted", "denied"]);
    expect(result.decisions[1]?.reasons.map((r) => r.code)).toContain("other_measure_already_paid");
  });
});

describe("one basis is paid once (reading pay-once-basis): the skill-upgrade subsidy pays a certificate, and an occupation at a level, once", () => {
  const t = trainee(employee);
  const claims = (...ids: string[]) => ids.map((id) => ({ id, measure: "insuredSkillUpgradeSubsidy", traineeId: "p1", claimant: { kind: "trainee", id: "p1" }, certificateId: "c1", submittedOn: d("2020-04-01") })) as Claim[];
  const doc = (claimList: Claim[], ledger: Grant[] = []) => ({
    claims: claimList,
    trainees: new Map([["p1", t]]), courses: new Map(), certificates: new Map([["c1", certificate()]]), enterprises: new Map(), apprenticeships: new Map(), ledger,
  });
  it("the same certificate claimed again under a new claim id in one batch: the first is paid 1000.00, the second denied basis_already_paid", () => {
    // the county's 初级工 standard, 1000 (illustrative); paid once
    const result = evaluateBatch(withStandards(), doc(claims("U-1", "U-2")));
    expect(result.decisions.map((x) => [x.claimId, x.outcome, x.amount])).toEqual([["U-1", "granted", "1000.00"], ["U-2", "denied", "0.00"]]);
    expect(result.decisions[1]?.reasons.map((r) => r.code)).toContain("basis_already_paid");
  });
  it("claimed again in a later run with the first grant in the ledger: nothing new is paid", () => {
    const first = evaluateBatch(withStandards(), doc(claims("U-1")));
    expect(first.decisions[0]?.amount).toBe("1000.00");
    const again = evaluateBatch(withStandards(), doc(claims("U-9"), [...first.grants]));
    expect(again.decisions.map((x) => [x.outcome, x.amount])).toEqual([["denied", "0.00"]]);
  });
});

