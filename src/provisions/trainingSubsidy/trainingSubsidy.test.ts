import { describe, expect, it } from "vitest";
import type { Certificate } from "../../records/training.js";
import { Evaluation } from "../../core/decision.js";
import { cite } from "../../core/citation.js";
import { buildPolicy, defineLayer } from "../../core/layer.js";
import type { Parameter } from "../../core/parameter.js";
import { withValues } from "../../core/parameter.js";
import { capAtFeeCharged } from "./costSharing.js";
import { shortageTierPricing } from "./differentiatedStandard.js";
import { evaluateClaim } from "../../engine.js";
import { trainingSubsidy } from "./trainingSubsidy.js";
import { nationalPolicy } from "../../jurisdictions/policies.js";
import { CATALOGUE_SOURCE, HERE, input, withExampleCatalogue } from "../../../test/support/national.js";

const national = () => nationalPolicy();
const withCatalogue = () => withExampleCatalogue(nationalPolicy());
const codes = (decision: { reasons: readonly { code: string }[] }) => decision.reasons.map((r) => r.code);

describe("trainingSubsidy — gbf2019.certificate-basis: a certificate earned in one's hukou, residence or job place earns the subsidy", () => {
  it("under the national texts alone there is no standard: undecidable, naming the missing local standard, never zero", () => {
    const decision = evaluateClaim(national(), input({ course: {} }));
    expect(decision.outcome).toBe("undecidable");
    expect(decision.amount).toBeNull();
    expect(decision.reasons[0]).toMatchObject({ code: "no_local_standard", facts: { parameter: "trainingSubsidy.catalogue" }, citation: { provision: "gbf2019.local-standards" } });
  });

  it("an unemployed trainee with a 初级工 certificate in the catalogue gets the row's standard, paid to the trainee", () => {
    const decision = evaluateClaim(withCatalogue(), input({ course: {} }));
    expect(decision.outcome).toBe("granted");
    // EX-ELEC 初级工 row: 1000 yuan (illustrative catalogue), one certificate
    expect(decision.amount).toBe("1000.00");
    expect(decision.payee).toEqual({ kind: "trainee", id: "p1" });
    expect(codes(decision)).toEqual(expect.arrayContaining(["residency_basis", "in_group", "catalogue_entry", "within_annual_cap", "first_for_occupation_level"]));
  });

  it("a training organiser that claims is the payee (the payee: the organising unit)", () => {
    const decision = evaluateClaim(withCatalogue(), input({ claim: { claimant: { kind: "organizer", id: "school-a" } }, course: { organizerId: "school-a" } }));
    // EX-ELEC 初级工 1000 yuan (illustrative), paid to the organiser instead of the trainee
    expect(decision.amount).toBe("1000.00");
    expect(decision.payee).toEqual({ kind: "organizer", id: "school-a" });
  });

  it("the trace names the layer the standard came from and the national framework in force", () => {
    const decision = evaluateClaim(withCatalogue(), input({ course: {} }));
    const uses = decision.trace.flatMap((s) => s.parameters);
    expect(uses.find((u) => u.parameter === "trainingSubsidy.catalogue")).toMatchObject({ layer: CATALOGUE_SOURCE.layer, inForceFrom: "2019-06-01" });
    expect(uses.find((u) => u.parameter === "national.framework")).toMatchObject({ value: "gbf2019", layer: "national.gbf2019" });
    // EX-ELEC 初级工 row 1000 (illustrative catalogue) × 1 certificate
    expect(decision.lines[0]).toMatchObject({ layer: CATALOGUE_SOURCE.layer, amount: "1000.00" });
  });

  it("each of the five certificate kinds earns the subsidy when its row accepts it", () => {
    // EX-CARE special-ability row 600; EX-SAFE special-operations row 300 (illustrative)
    const care = evaluateClaim(withCatalogue(), input({ course: {}, certificate: { kind: "specialAbilityCertificate", occupation: { code: "EX-CARE", name: "x" }, level: undefined as never } }));
    expect(care.amount).toBe("600.00");
    const safe = evaluateClaim(withCatalogue(), input({ course: {}, certificate: { kind: "specialOperationsCertificate", occupation: { code: "EX-SAFE", name: "x" }, level: undefined as never } }));
    expect(safe.amount).toBe("300.00");
    // EX-ELEC 初级工 row 1000 accepts a qualification certificate too (illustrative)
    const qualification = evaluateClaim(withCatalogue(), input({ course: {}, certificate: { kind: "qualificationCertificate" } }));
    expect(qualification.amount).toBe("1000.00");
  });

  it("a certificate kind the row does not accept earns nothing (a training-completion certificate for a leveled row)", () => {
    const decision = evaluateClaim(withCatalogue(), input({ certificate: { kind: "trainingCompletionCertificate", occupation: { code: "EX-CARE", name: "x" }, level: undefined as never } }));
    expect(decision.outcome).toBe("denied");
    expect(codes(decision)).toContain("certificate_kind_not_accepted");
  });

  it("gbf2019.catalogues §(十七): training outside the catalogue is not subsidised", () => {
    const decision = evaluateClaim(withCatalogue(), input({ certificate: { occupation: { code: "EX-NONE", name: "x" } } }));
    expect(decision.outcome).toBe("denied");
    // a denial pays nothing
    expect(decision.amount).toBe("0.00");
    expect(decision.reasons.find((r) => r.code === "not_in_catalogue")?.citation.provision).toBe("gbf2019.catalogues");
  });

  it("a certificate issued before the catalogue's first edition is in force has no standard: undecidable", () => {
    // the edition is in force from 2019-06-01; issued 2019-05-31
    const decision = evaluateClaim(withCatalogue(), input({ course: {}, certificate: { issuedOn: "2019-05-31" as never } }));
    expect(decision.outcome).toBe("undecidable");
    expect(decision.reasons[0]).toMatchObject({ code: "no_local_standard", facts: { parameter: "trainingSubsidy.catalogue" } });
  });

  it("a certificate issued before gbf2019 (2019-05-18) is not judged under it: undecidable, no provision in force", () => {
    const decision = evaluateClaim(withCatalogue(), input({ certificate: { issuedOn: "2019-05-17" as never } }));
    expect(decision.outcome).toBe("undecidable");
    expect(decision.reasons[0]).toMatchObject({ code: "provision_not_in_force", facts: { parameter: "national.framework" } });
  });

  it("no residency basis in the place of training: denied", () => {
    const decision = evaluateClaim(withCatalogue(), input({ course: {}, trainee: { hukouRegion: "sichuan.chengdu", residenceRegion: "sichuan.chengdu", employmentRegion: "sichuan.chengdu", unemploymentRegisteredAt: "sichuan.chengdu" } }));
    expect(decision.outcome).toBe("denied");
    expect(codes(decision)).toContain("no_residency_basis");
  });

  it("a habitual residence or a job in the place of training is a basis as good as the hukou", () => {
    expect(evaluateClaim(withCatalogue(), input({ course: {}, trainee: { hukouRegion: "sichuan.chengdu", residenceRegion: HERE } })).outcome).toBe("granted");
    expect(evaluateClaim(withCatalogue(), input({ course: {}, trainee: { hukouRegion: "sichuan.chengdu", employmentRegion: `${HERE}.district` } })).outcome).toBe("granted");
  });

  it("without the course, a national policy cannot tell where the training took place: undecidable", () => {
    const decision = evaluateClaim(withCatalogue(), input());
    expect(decision.outcome).toBe("undecidable");
    expect(decision.missingFacts).toEqual(["claim.courseId"]);
    expect(decision.reasons).toEqual([expect.objectContaining({ code: "missing_record", citation: expect.objectContaining({ provision: "gbf2019.certificate-basis" }), facts: { field: "claim.courseId" } })]);
  });

  it("a person in none of the groups (no certified status) is denied, citing the groups", () => {
    const decision = evaluateClaim(withCatalogue(), input({ course: {}, trainee: { statuses: [] } }));
    expect(decision.outcome).toBe("denied");
    expect(codes(decision)).toContain("not_in_group");
  });

  it("a certificate of another person is not the claimant's", () => {
    const decision = evaluateClaim(withCatalogue(), input({ course: {}, certificate: { traineeId: "p2" } }));
    expect(decision.outcome).toBe("denied");
    expect(codes(decision)).toEqual(["certificate_not_of_trainee"]);
  });

  it("a claim without its certificate cannot be judged: undecidable, naming claim.certificateId and citing the certificate basis", () => {
    const decision = evaluateClaim(withCatalogue(), input({ course: {}, certificate: null }));
    expect(decision.outcome).toBe("undecidable");
    expect(decision.amount).toBeNull();
    expect(decision.missingFacts).toEqual(["claim.certificateId"]);
    expect(decision.reasons).toMatchObject([{ code: "missing_record", citation: { provision: "gbf2019.certificate-basis" }, facts: { field: "claim.certificateId" } }]);
  });

  it("the rule's own finding for a claim without its certificate pays no line and names no payee", () => {
    const finding = new Evaluation(withCatalogue(), "2020-04-01" as never).use(trainingSubsidy, input({ course: {}, certificate: null }));
    expect(finding).toMatchObject({ outcome: "undecidable", payee: null, lines: [], missingFacts: ["claim.certificateId"] });
  });

  it("a course of another person is not the claimant's: denied on that ground alone, citing the certificate basis", () => {
    const decision = evaluateClaim(withCatalogue(), input({ course: { traineeId: "p2" } }));
    expect(decision.outcome).toBe("denied");
    expect(decision.reasons).toMatchObject([{ code: "course_not_of_trainee", citation: { provision: "gbf2019.certificate-basis" }, facts: { courseId: "k1", traineeId: "p1" } }]);
  });

  it("a certificate of another person is denied with the ids of both, citing the certificate basis", () => {
    const decision = evaluateClaim(withCatalogue(), input({ course: {}, certificate: { traineeId: "p2" } }));
    expect(decision.reasons).toMatchObject([{ code: "certificate_not_of_trainee", citation: { provision: "gbf2019.certificate-basis" }, facts: { certificateId: "c1", traineeId: "p1" } }]);
  });

  it("a 首席技师 certificate in 2020 is on gbf2019's ladder (「鼓励企业设立首席技师、特级技师等」, reading chief-technician-from-2019), a 学徒工 one is not", () => {
    // EX-ELEC 首席技师 row: 3000 yuan (illustrative)
    expect(evaluateClaim(withCatalogue(), input({ course: {}, certificate: { level: "chiefTechnician" } })).amount).toBe("3000.00");
    const apprentice = evaluateClaim(withCatalogue(), input({ course: {}, certificate: { level: "apprentice" } }));
    expect(apprentice.outcome).toBe("denied");
    expect(codes(apprentice)).toContain("level_not_on_ladder");
  });
});

describe("trainingSubsidy — gbf2019.employee-training: an enterprise claims for its employee's training", () => {
  const enterpriseClaim = { claimant: { kind: "enterprise" as const, id: "e1" } };
  it("an employee's safety training is paid to the enterprise", () => {
    const decision = evaluateClaim(withCatalogue(), input({ claim: enterpriseClaim, trainee: { statuses: ["enterpriseEmployee"], employerId: "e1" }, course: { kind: "safety" }, certificate: { kind: "specialOperationsCertificate", occupation: { code: "EX-SAFE", name: "x" }, level: undefined as never } }));
    expect(decision.outcome).toBe("granted");
    // EX-SAFE row 300 yuan (illustrative)
    expect(decision.amount).toBe("300.00");
    expect(decision.payee).toEqual({ kind: "enterprise", id: "e1" });
  });
  it("a 初级工 certificate is leveled training whatever the course kind", () => {
    const decision = evaluateClaim(withCatalogue(), input({ claim: enterpriseClaim, trainee: { statuses: ["enterpriseEmployee"], employerId: "e1" }, course: { kind: "skillUpgrade" } }));
    expect(decision.outcome).toBe("granted");
  });
  it("an enterprise cannot claim for someone who is not its employee", () => {
    const decision = evaluateClaim(withCatalogue(), input({ claim: enterpriseClaim, trainee: { statuses: ["unemployed"] }, course: {} }));
    expect(decision.outcome).toBe("denied");
    expect(codes(decision)).toContain("not_employee_training");
  });
  it("an unleveled certificate from entrepreneurship training is not employee training of the listed kinds", () => {
    const decision = evaluateClaim(withCatalogue(), input({ claim: enterpriseClaim, trainee: { statuses: ["enterpriseEmployee"], employerId: "e1" }, course: { kind: "entrepreneurship" }, certificate: { kind: "specialAbilityCertificate", occupation: { code: "EX-CARE", name: "x" }, level: undefined as never } }));
    expect(decision.outcome).toBe("denied");
    expect(codes(decision)).toContain("not_employee_training");
  });
});

/** The national policy with the example catalogue and a national layer `id` giving one op2025 (十七) parameter a value from 2019-05-18. */
function withOp2025Value<T>(id: string, parameter: Parameter<T>, provision: "op2025.cost-sharing" | "op2025.differentiated-subsidy", value: T) {
  const layer = defineLayer({
    id,
    level: "national",
    region: null,
    label: { zh: "示例", en: "example" },
    documents: ["op2025"],
    scope: cite(provision, "(十七)"),
    parameters: [withValues(parameter, { citation: cite(provision, "(十七)"), values: [{ from: "2019-05-18", value }], lastVerifiedOn: "2026-11-25" })],
  });
  return withExampleCatalogue(buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [...nationalPolicy().layers, layer] }));
}

describe("trainingSubsidy — op2025.cost-sharing applies only where a layer switches it on", () => {
  it("a layer that says the subsidy is not capped at the fee leaves the standard, whatever the fee", () => {
    const policy = withOp2025Value("example.no-fee-cap", capAtFeeCharged, "op2025.cost-sharing", false);
    // EX-ELEC 初级工 row 1000 yuan (illustrative); the 800 yuan fee does not cap it
    expect(evaluateClaim(policy, input({ course: { feeCharged: "800.00" } })).amount).toBe("1000.00");
  });
});

describe("trainingSubsidy — what a granted claim records", () => {
  it("the amount reason names the row's shortage tier only where the policy prices it; the line is one certificate at the tiered standard, citing what set its rate", () => {
    const weld = input({ course: {}, certificate: { occupation: { code: "EX-WELD", name: "x" } } });
    const decision = evaluateClaim(withCatalogue(), weld);
    // EX-WELD 初级工 row: 1200 yuan, tier A (illustrative); no tier pricing in force in 2020, so 1200 stands and no tier is
    // said to have priced it (cold audit 25)
    expect(decision.reasons.find((r) => r.code === "training_subsidy_standard")?.facts).toMatchObject({ standard: "1200.00", tier: null, tiered: "1200", feeCharged: null, amount: "1200.00", framework: "gbf2019" });
    expect(decision.lines).toEqual([expect.objectContaining({ quantity: 1, unit: "certificate", rate: "1200.00", amount: "1200.00", citation: expect.objectContaining({ provision: decision.reasons.find((r) => r.code === "training_subsidy_standard")?.citation.provision }) })]);
    // a layer pricing tier A at × 1.2 (illustrative; op2025 (十七) 「差异化补贴机制」): 1200 × 1.2 = 1440.00, named and cited on the line
    const priced = evaluateClaim(withOp2025Value("example.tiers", shortageTierPricing, "op2025.differentiated-subsidy", { A: { factor: "1.2" } }), weld);
    expect(priced.reasons.find((r) => r.code === "training_subsidy_standard")?.facts).toMatchObject({ standard: "1200.00", tier: "A", tiered: "1440", amount: "1440.00" });
    expect(priced.lines).toEqual([expect.objectContaining({ rate: "1440.00", amount: "1440.00", citation: expect.objectContaining({ provision: "op2025.differentiated-subsidy" }), layer: "example.tiers" })]);
  });
  it("the basis for the claim history is the issue date and occupation, and the level only for a leveled certificate", () => {
    const use = (certificate: Partial<Certificate>) => new Evaluation(withCatalogue(), "2020-04-01" as never).use(trainingSubsidy, input({ course: {}, certificate }));
    // readings pay-once-basis and course-trained-once: the certificate, and the course that earned it, are paid once
    expect(use({}).basis).toEqual({ date: "2020-03-01", occupationCode: "EX-ELEC", level: "junior", keys: ["trainingSubsidy|p1|certificate c1", "trainingSubsidy|p1|course k1"] });
    const care = use({ kind: "specialAbilityCertificate", occupation: { code: "EX-CARE", name: "x" }, level: undefined as never });
    expect(care.basis).toEqual({ date: "2020-03-01", occupationCode: "EX-CARE", keys: ["trainingSubsidy|p1|certificate c1", "trainingSubsidy|p1|course k1"] });
    expect("level" in (care.basis ?? {})).toBe(false);
  });
});
