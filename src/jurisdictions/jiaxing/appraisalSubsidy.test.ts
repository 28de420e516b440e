import { describe, expect, test } from "vitest";
import { appraisalSubsidy, evaluateClaim, jiaxingPolicy, Ledger } from "../../index.js";
import { Evaluation } from "../../core/decision.js";
import { certificate, claim, grant, input, trainee } from "../../../test/builders.js";

const jiaxing = jiaxingPolicy();
const apClaim = claim({ measure: "appraisalSubsidy", certificateId: "K1" });

function decide(certOver: Record<string, unknown> = {}, ledger = Ledger.empty, traineeOver: Record<string, unknown> = {}) {
  return evaluateClaim(jiaxing, input({ claim: apClaim, trainee: trainee(traineeOver), certificate: certificate(certOver), ledger }));
}

describe("jx2019.appraisal-subsidy: first-time appraisal with a certificate, 120/120/150/150/180 yuan from 2020-01-01", () => {
  test.each([
    ["junior", "120.00"], // 初级工 120 元
    ["intermediate", "120.00"], // 中级工 120 元
    ["senior", "150.00"], // 高级工 150 元
    ["technician", "150.00"], // 技师 150 元
    ["seniorTechnician", "180.00"], // 高级技师 180 元
  ])("a first %s certificate is paid %s yuan to the trainee", (level, expected) => {
    const d = decide({ level });
    expect(d.outcome).toBe("granted");
    expect(d.amount).toBe(expected);
    expect(d.payee).toEqual({ kind: "trainee", id: "P1" });
    expect(d.lines[0]).toMatchObject({ quantity: 1, unit: "certificate", rate: expected, citation: { provision: "jx2019.appraisal-subsidy", clause: "五(十一)" } });
  });

  test("a qualification certificate counts like a skill-level certificate", () => {
    expect(decide({ kind: "qualificationCertificate", level: "senior" }).amount).toBe("150.00"); // 高级工 150 元
  });

  test("the subsidy applies by issue date: 2019-12-31 is denied, 2020-01-01 is granted, 2020-01-02 is granted", () => {
    const before = decide({ issuedOn: "2019-12-31" });
    expect(before.outcome).toBe("denied");
    expect(before.reasons).toEqual([expect.objectContaining({ code: "before_provision_start", facts: { date: "2019-12-31", startsOn: "2020-01-01" } })]);
    expect(decide({ issuedOn: "2020-01-01" }).amount).toBe("120.00"); // 中级工 120 元, first day in force
    expect(decide({ issuedOn: "2020-01-02" }).amount).toBe("120.00");
  });

  test("a training-completion certificate is denied (不含培训合格证书)", () => {
    const d = decide({ kind: "trainingCompletionCertificate", level: undefined });
    expect(d.outcome).toBe("denied");
    expect(d.reasons.map((r) => r.code)).toEqual(["training_completion_certificate_excluded"]);
  });

  test("「通过初次职业技能鉴定并取得证书」: a level recognised directly (直接认定) passed no appraisal and is denied; one appraised (directlyRecognised false or absent) is paid", () => {
    const direct = decide({ directlyRecognised: true });
    expect(direct.outcome).toBe("denied");
    expect(direct.amount).toBe("0.00");
    expect(direct.reasons.map((r) => [r.code, r.facts, r.citation.provision])).toContainEqual(["directly_recognised", { certificate: "K1", level: "intermediate" }, "jx2019.appraisal-subsidy"]);
    expect(direct.reasons[0]?.message.en).toContain("appraisal");
    expect(decide({ directlyRecognised: false }).amount).toBe("120.00"); // 中级工 120 元: an appraisal passed
    expect(decide().amount).toBe("120.00"); // 中级工 120 元: the ordinary certificate, the attribute absent
  });

  test("a second appraisal for the same occupation and level is denied, naming the earlier grant", () => {
    const ledger = Ledger.from([grant({ id: "G-7", claimId: "OLD-7", occupationCode: "6-29-01-01", level: "intermediate" })]);
    const d = decide({}, ledger);
    expect(d.outcome).toBe("denied");
    expect(d.reasons).toEqual([expect.objectContaining({ code: "appraisal_already_granted", facts: expect.objectContaining({ earlierGrants: ["G-7"], earlierClaims: ["OLD-7"] }) })]);
    // The words are under test (code and facts are asserted above): the Chinese message names the earlier grant.
    expect(d.reasons[0]?.message.zh).toContain("G-7");
  });

  test("an earlier appraisal at another level or in another occupation does not block", () => {
    const otherLevel = Ledger.from([grant({ level: "junior" })]);
    expect(decide({}, otherLevel).amount).toBe("120.00"); // 中级工 120 元: first time at this level
    const otherOccupation = Ledger.from([grant({ occupationCode: "6-18-02-04" })]);
    expect(decide({}, otherOccupation).amount).toBe("120.00"); // 中级工 120 元: first time in this occupation
  });

  describe("an earlier appraisal subsidy that names no occupation (reading: earlier-grant-says-what-it-paid)", () => {
    const unnamed = (over: Record<string, unknown> = {}) => grant({ id: "G-9", claimId: "OLD-9", occupationCode: undefined, level: undefined, ...over });

    test("makes a first-time claim undecidable, asking for that grant's occupation: it may have been for this one", () => {
      // before: paid 120.00 (中级工 120 元) although the earlier grant may have been for 电工 中级工 too
      const d = decide({}, Ledger.from([unnamed()]));
      expect(d.outcome).toBe("undecidable");
      expect(d.amount).toBeNull();
      expect(d.missingFacts).toEqual(["grant G-9: occupationCode"]);
      expect(d.reasons.map((r) => [r.code, r.facts])).toEqual([["missing_record", { field: "grant G-9: occupationCode" }]]);
    });

    test("once the ledger names another occupation, the claim is paid 120.00; naming this one, it is denied", () => {
      expect(decide({}, Ledger.from([unnamed({ occupationCode: "6-18-02-04", level: "intermediate" })])).amount).toBe("120.00"); // 中级工 120 元: first time in 电工
      expect(decide({}, Ledger.from([unnamed({ occupationCode: "6-29-01-01", level: "intermediate" })])).outcome).toBe("denied");
    });

    test("a grant on the very certificate claimed is not a question: that certificate was paid (basis_already_paid)", () => {
      const d = decide({}, Ledger.from([unnamed({ certificateId: "K1" })]));
      expect(d.outcome).toBe("denied");
      expect(d.reasons.map((r) => r.code)).toEqual(["basis_already_paid"]);
    });

    // Until 2026-12-05 a training subsidy naming no occupation was read as no appraisal (paid 120.00); since cold audit 12d
    // (55 %) it may have paid an earlier certificate of this occupation and level, as the training subsidy's own rules ask.
    test("a denial on other grounds stays a denial; an earlier training subsidy that names no occupation is asked for it, one of another occupation is not", () => {
      expect(decide({ kind: "trainingCompletionCertificate", level: undefined }, Ledger.from([unnamed()])).outcome).toBe("denied");
      const ts = (o: Record<string, unknown> = {}) => unnamed({ measure: "trainingSubsidy", provision: "jx2019.catalogue", ...o });
      expect(decide({}, Ledger.from([ts()])).missingFacts).toEqual(["grant G-9: occupationCode"]);
      expect(decide({}, Ledger.from([ts({ occupationCode: "6-18-02-04" })])).amount).toBe("120.00"); // 中级工 120 元
      // of this occupation with no level: an unleveled certificate's (cold audit 7), no appraisal at a level — 中级工 120 元
      expect(decide({}, Ledger.from([ts({ occupationCode: "6-29-01-01" })])).amount).toBe("120.00");
    });
  });

  test("a level with no standard is not paid: 特级技师, and an unleveled special-ability certificate", () => {
    const top = decide({ level: "principalTechnician" });
    expect(top.outcome).toBe("denied");
    expect(top.reasons).toEqual([expect.objectContaining({ code: "level_has_no_standard", facts: expect.objectContaining({ level: "principalTechnician" }) })]);
    const unleveled = decide({ kind: "specialAbilityCertificate", level: undefined });
    expect(unleveled.outcome).toBe("denied");
    expect(unleveled.reasons.map((r) => r.code)).toEqual(["level_has_no_standard"]);
  });

  test("after the three-year action no standard is in force: undecidable, not a zero", () => {
    expect(decide({ issuedOn: "2021-12-31" }).amount).toBe("120.00"); // 中级工 120 元, last day of the action
    const d = decide({ issuedOn: "2022-01-01" });
    expect(d.outcome).toBe("undecidable");
    expect(d.amount).toBeNull();
    expect(d.reasons.map((r) => r.code)).toEqual(["provision_not_in_force"]);
  });

  test("a trainee with no Jiaxing residency basis is denied; one with unknown places is undecidable and told what to supply", () => {
    const outsider = decide({}, Ledger.empty, { hukouRegion: "anhui.fuyang", residenceRegion: "anhui.fuyang", employmentRegion: "anhui.fuyang", unemploymentRegisteredAt: "anhui.fuyang" });
    expect(outsider.outcome).toBe("denied");
    expect(outsider.reasons.map((r) => r.code)).toEqual(["no_residency_basis"]);
    const unknown = decide({}, Ledger.empty, { hukouRegion: "anhui.fuyang" });
    expect(unknown.outcome).toBe("undecidable");
    expect(unknown.missingFacts).toEqual(["trainee.residenceRegion", "trainee.hasResidencePermit", "trainee.employmentRegion", "trainee.unemploymentRegisteredAt"]);
  });

  describe("「对超过退休年龄，不具有按月领取养老金资格，但确有培训需求的人员，根据我市经济社会发展实际需要，可纳入培训补贴政策范围」: the same paragraph's 参训人员 for the appraisal subsidy too (reading appraisal-needs-residency)", () => {
    // The certificate is issued 2020-07-15 (an 中级工 level: 「中级工 120 元」); the rule asks about a pension from 60 (eligibility.retirementAge).
    test("the ordinary worker (25, nothing recorded of a pension) is paid 120.00, the sentence named among the reasons", () => {
      const d = decide();
      expect([d.outcome, d.amount]).toEqual(["granted", "120.00"]); // 中级工 120 元 × 1 certificate
      expect(d.reasons.find((r) => r.code === "within_retirement_age")).toMatchObject({ citation: { provision: "jx2019.over-retirement" }, facts: { age: 25, pensionAskedFromAge: 60 } });
    });

    test("a 65-year-old entitled to a monthly pension is denied (before: paid 120.00); one with no entitlement is paid 120.00", () => {
      const pensioner = decide({}, Ledger.empty, { birthDate: "1955-01-01", monthlyPensionEntitled: true, receivesMonthlyPension: true });
      expect([pensioner.outcome, pensioner.amount, pensioner.reasons.map((r) => r.code)]).toEqual(["denied", "0.00", ["monthly_pension_entitled"]]);
      // 「不具有按月领取养老金资格」: included, 中级工 120 元
      expect(decide({}, Ledger.empty, { birthDate: "1955-01-01", monthlyPensionEntitled: false }).amount).toBe("120.00");
    });

    test("drawing a monthly pension shows the entitlement at any age: denied at 45 too", () => {
      const d = decide({}, Ledger.empty, { birthDate: "1975-01-01", receivesMonthlyPension: true });
      expect([d.outcome, d.reasons.map((r) => r.code)]).toEqual(["denied", ["monthly_pension_entitled"]]);
    });

    test("nothing recorded of a pension: paid the day before the 60th birthday; asked for it on the birthday and after", () => {
      // 59 on 2020-07-15 (born 1960-07-16): presumed not entitled, 中级工 120 元
      expect(decide({}, Ledger.empty, { birthDate: "1960-07-16" }).amount).toBe("120.00");
      for (const birthDate of ["1960-07-15", "1960-07-14"]) {
        const d = decide({}, Ledger.empty, { birthDate });
        expect([d.outcome, d.missingFacts]).toEqual(["undecidable", ["trainee.monthlyPensionEntitled"]]);
      }
    });
  });

  test("denial beats undecidable: a training-completion certificate is denied even when residency is unknown", () => {
    const d = decide({ kind: "trainingCompletionCertificate", level: undefined }, Ledger.empty, { hukouRegion: "anhui.fuyang" });
    expect(d.outcome).toBe("denied");
  });

  test("another person's certificate is not paid", () => {
    const d = decide({ traineeId: "P2" });
    expect(d.outcome).toBe("denied");
    expect(d.reasons.map((r) => r.code)).toEqual(["certificate_not_of_trainee"]);
  });

  test("a claim without a certificate names the missing field", () => {
    const d = evaluateClaim(jiaxing, input({ claim: claim({ measure: "appraisalSubsidy" }), trainee: trainee() }));
    expect(d.outcome).toBe("undecidable");
    expect(d.missingFacts).toEqual(["claim.certificateId"]);
  });

  test("the rule's own finding for a claim without a certificate pays no line and names no payee", () => {
    const finding = new Evaluation(jiaxing, "2020-08-01" as never).use(appraisalSubsidy, input({ claim: claim({ measure: "appraisalSubsidy" }), trainee: trainee() }));
    expect(finding).toEqual({
      outcome: "undecidable",
      payee: null,
      lines: [],
      reasons: [{ code: "missing_record", citation: expect.objectContaining({ provision: "jx2019.appraisal-subsidy" }), facts: { field: "claim.certificateId" } }],
      missingFacts: ["claim.certificateId"],
    });
  });

  test("the rule's own finding for a denied claim pays no line and names no payee, even where the level has a standard", () => {
    const ledger = Ledger.from([grant({ id: "G-1", claimId: "OLD-1", measure: "appraisalSubsidy", occupationCode: "6-29-01-01", level: "intermediate" })]);
    const finding = new Evaluation(jiaxing, "2020-08-01" as never).use(appraisalSubsidy, input({ claim: apClaim, trainee: trainee(), certificate: certificate(), ledger }));
    expect(finding).toMatchObject({ outcome: "denied", payee: null, lines: [] });
  });

  test("the national texts alone provide no appraisal subsidy", async () => {
    const { nationalPolicy } = await import("../../index.js");
    const d = evaluateClaim(nationalPolicy(), input({ claim: apClaim, trainee: trainee(), certificate: certificate() }));
    expect(d.outcome).toBe("undecidable");
    expect(d.reasons.map((r) => r.code)).toEqual(["measure_not_provided"]);
  });
});

describe("what an appraisal decision records", () => {
  test("each reason carries the facts that decided it", () => {
    expect(decide({ kind: "trainingCompletionCertificate", level: undefined }).reasons[0]?.facts).toEqual({ certificateId: "K1", kind: "trainingCompletionCertificate" });
    expect(decide({ traineeId: "P2" }).reasons[0]?.facts).toEqual({ certificateId: "K1", traineeId: "P1" });
    expect(decide({ kind: "specialAbilityCertificate", level: undefined }).reasons[0]?.facts).toEqual({ level: null, kind: "specialAbilityCertificate" });
    const ledger = Ledger.from([grant({ id: "G-7", claimId: "OLD-7" })]);
    expect(decide({}, ledger).reasons[0]?.facts).toEqual({ earlierGrants: ["G-7"], earlierClaims: ["OLD-7"], occupation: "6-29-01-01", level: "intermediate" });
    const granted = decide();
    expect(granted.reasons.map((r) => [r.code, r.facts])).toEqual([
      ["residency_basis", { bases: ["hukouRegion"], region: "zhejiang.jiaxing" }],
      ["within_retirement_age", { age: 25, pensionAskedFromAge: 60 }],
      ["appraisal_first_time", { occupation: "6-29-01-01", level: "intermediate" }],
    ]);
    const none = evaluateClaim(jiaxing, input({ claim: claim({ measure: "appraisalSubsidy" }), trainee: trainee() }));
    expect(none.reasons[0]).toMatchObject({ code: "missing_record", facts: { field: "claim.certificateId" } });
    expect(none.lines).toEqual([]);
  });

  test("the paid line names the Jiaxing layer and its standard", () => {
    expect(decide({ level: "seniorTechnician" }).lines).toEqual([
      // 高级技师 180 元 × 1 certificate
      { label: { zh: "职业技能鉴定补贴", en: "appraisal subsidy" }, citation: { provision: "jx2019.appraisal-subsidy", document: "jx2019", clause: "五(十一)" }, payee: { kind: "trainee", id: "P1" }, quantity: 1, unit: "certificate", rate: "180.00", amount: "180.00", layer: "zhejiang.jiaxing.jx2019" },
    ]);
  });
});
