import { describe, expect, it } from "vitest";
import { cite } from "../../core/citation.js";
import { Evaluation } from "../../core/decision.js";
import type { Policy } from "../../core/layer.js";
import { buildPolicy, defineLayer, replaceParameter } from "../../core/layer.js";
import { nationalFrameworksPolicy, nationalPolicy } from "../../jurisdictions/policies.js";
import { evaluateClaim } from "../../engine.js";
import { d, input, pensionBrief, trainee, withExampleCatalogue, withProvinceWidening } from "../../../test/support/national.js";
import type { Trainee } from "../../records/trainee.js";
import type { ScopeAdjustment } from "./trainingSubsidyGroups.js";
import { trainingSubsidyGroupIds, trainingSubsidyGroups } from "./trainingSubsidyGroups.js";

const judge = (policy: Policy, t: Trainee, date = "2020-06-01") => new Evaluation(policy, d(date)).use(trainingSubsidyGroups, { trainee: t, date: d(date) });

/** The national chain with a province widening the scope from 2020-01-01 (test/support/national.ts). */
const widened = (value: ScopeAdjustment): Policy => withProvinceWidening(value);

describe("trainingSubsidyGroups — who may receive the training subsidy under gbf2019 §(十一)", () => {
  it("the free-training groups and the subsidy groups (college graduates, enterprise employees) qualify", () => {
    expect(judge(nationalPolicy(), trainee({ statuses: ["disabled"] })).pass).toBe(true);
    expect(judge(nationalPolicy(), trainee({ statuses: ["collegeGraduate"] })).pass).toBe(true);
  });
  it("a graduation-year student does not qualify under gbf2019 alone (plan2021 brings them in)", () => {
    expect(judge(nationalPolicy(), trainee({ statuses: ["graduationYearStudent"] })).pass).toBe(false);
  });
});

describe("trainingSubsidyGroups — gbf2019.scope-adjustment: a province may widen the scope", () => {
  it("nationally nothing is widened: a person with no status and no pension is not in scope", () => {
    expect(judge(nationalPolicy(), trainee({ statuses: [], receivesMonthlyPension: false })).pass).toBe(false);
  });
  it("a province that includes people 「不具有按月领取养老金资格」 lets in a person whose record says he is not entitled to one, citing the adjustment", () => {
    const check = judge(widened({ statuses: [], withoutMonthlyPension: true }), trainee({ statuses: [], monthlyPensionEntitled: false }));
    expect(check).toMatchObject({ pass: true, reason: { citation: { provision: "gbf2019.scope-adjustment" } } });
  });
  it("…but not a person who receives a monthly pension", () => {
    expect(judge(widened({ statuses: [], withoutMonthlyPension: true }), trainee({ statuses: [], receivesMonthlyPension: true })).pass).toBe(false);
  });
  it("…and when the entitlement is not known, the claim waits for that fact (资格, not whether he draws one)", () => {
    const check = judge(widened({ statuses: [], withoutMonthlyPension: true }), trainee({ statuses: [] }));
    expect(check.pass).toBe("unknown");
    expect(check.missing).toEqual(["trainee.monthlyPensionEntitled"]);
  });
  it("a province may add a status: professional farmers in scope from the day the widening is in force", () => {
    const policy = widened({ statuses: ["professionalFarmer"], withoutMonthlyPension: false });
    expect(judge(policy, trainee({ statuses: ["professionalFarmer"] }), "2019-12-31").pass).toBe(false);
    expect(judge(policy, trainee({ statuses: ["professionalFarmer"] }), "2020-01-01").pass).toBe(true);
    // the widening lets in those with the added status only
    expect(judge(policy, trainee({ statuses: ["rural"] }), "2020-01-01").pass).toBe(false);
  });
});

describe("what the group check says (the facts its message shows)", () => {
  it("a match names each group and the status that put the person in it, as group:status, among the groups in force", () => {
    expect(judge(nationalPolicy(), trainee({ statuses: ["disabled", "enterpriseEmployee"] }))).toEqual({
      pass: true,
      reason: {
        code: "in_group",
        citation: cite("gbf2019.free-training-groups", "§(十一)"),
        facts: { group: "gbf2019.free-training-groups | gbf2019.subsidy-groups | gbf2019.living-allowance-groups", matched: ["gbf2019.free-training-groups:disabled", "gbf2019.subsidy-groups:enterpriseEmployee"] },
      },
    });
  });

  it("a status the province adds is matched under the adjustment, by name", () => {
    const check = judge(widened({ statuses: ["professionalFarmer"], withoutMonthlyPension: false }), trainee({ statuses: ["professionalFarmer"] }));
    expect(check).toEqual({ pass: true, reason: { code: "in_group", citation: cite("gbf2019.scope-adjustment", "§(十二)"), facts: { group: "gbf2019.scope-adjustment", matched: ["professionalFarmer"] } } });
  });

  it("people not entitled to a monthly pension are matched as such; when the entitlement is unknown the reason lists the person's statuses", () => {
    const policy = widened({ statuses: [], withoutMonthlyPension: true });
    expect(judge(policy, trainee({ statuses: [], monthlyPensionEntitled: false }))).toEqual({
      pass: true,
      reason: { code: "in_group", citation: cite("gbf2019.scope-adjustment", "§(十二)"), facts: { group: "gbf2019.scope-adjustment", matched: ["withoutMonthlyPension"] } },
    });
    expect(judge(policy, trainee({ statuses: ["rural"] }))).toEqual({
      pass: "unknown",
      reason: { code: "not_in_group", citation: cite("gbf2019.scope-adjustment", "§(十二)"), facts: { group: "gbf2019.scope-adjustment", statuses: ["rural"] } },
      missing: ["trainee.monthlyPensionEntitled"],
    });
  });

  it("no match names the groups in force and the person's statuses", () => {
    expect(judge(nationalPolicy(), trainee({ statuses: ["rural"] }))).toEqual({
      pass: false,
      reason: { code: "not_in_group", citation: cite("gbf2019.subsidy-groups", "§(十一)"), facts: { group: "gbf2019.free-training-groups | gbf2019.subsidy-groups | gbf2019.living-allowance-groups", statuses: ["rural"] } },
    });
  });
});

describe("trainingSubsidyGroups — the list of groups in force", () => {
  it("before gbf2019 (2019-05-18) no list is in force: the check waits, citing the provision not yet in force", () => {
    expect(judge(nationalPolicy(), trainee({ statuses: ["disabled"] }), "2019-05-17")).toMatchObject({ pass: "unknown", reason: { code: "provision_not_in_force", facts: { parameter: "trainingSubsidy.groups" } } });
  });
  it("a group id the library does not know is refused when the policy is built, naming it and the groups it knows; the known groups alone decide", () => {
    const province = defineLayer({
      id: "example.province",
      level: "province",
      region: "example",
      label: { zh: "示例省", en: "example province" },
      documents: ["gbf2019"],
      scope: cite("gbf2019.subsidy-groups", "§(十一)"),
      parameterOverrides: [replaceParameter(trainingSubsidyGroupIds, { label: { zh: "示例", en: "example" }, citation: cite("gbf2019.subsidy-groups", "§(十一)"), values: [{ from: "2020-01-01", value: ["example.unknown-group", "gbf2019.free-training-groups"] }], lastVerifiedOn: "2026-11-25" })],
    });
    // Changed 2026-12-08 (cold review 110 F7: buildPolicy reads each value against its parameter's shape, a list of the groups
    // the library knows, as reform() does): the unknown id was passed over in silence, its members refused as in no group.
    let error: unknown;
    try {
      buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [...nationalPolicy().layers, province] });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "invalid_parameter", facts: { parameter: "trainingSubsidy.groups", field: "values[0].value[0]", layer: "example.province" } });
    expect((error as { messages: { en: string } }).messages.en).toContain('must be one of gbf2019.free-training-groups');
    const known = defineLayer({ ...province, parameterOverrides: [replaceParameter(trainingSubsidyGroupIds, { label: { zh: "示例", en: "example" }, citation: cite("gbf2019.subsidy-groups", "§(十一)"), values: [{ from: "2020-01-01", value: ["gbf2019.free-training-groups"] }], lastVerifiedOn: "2026-11-25" })] });
    const policy = buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [...nationalPolicy().layers, known] });
    expect(judge(policy, trainee({ statuses: ["disabled"] }))).toMatchObject({ pass: true, reason: { facts: { group: "gbf2019.free-training-groups", matched: ["gbf2019.free-training-groups:disabled"] } } });
    expect(judge(policy, trainee({ statuses: ["enterpriseEmployee"] })).pass).toBe(false);
  });
});

// Reading national-pension-scope. The illustrative catalogue (test/support/national.ts) pays EX-ELEC 初级工 1000.00; the
// certificate is issued 2020-03-01 after a course in the example city, the trainee's hukou there (residency basis), so
// every enterprise employee below is paid 1000.00 unless the pension keeps him out.
describe("gbf2019 §(十二) 「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」: a person entitled to a monthly pension is outside the training subsidy's scope (reading national-pension-scope)", () => {
  const policy = () => withExampleCatalogue(nationalPolicy());
  /** An enterprise employee born on `birthDate`, with what the record says of the pension. */
  const employee = (birthDate: string, pension: Partial<Trainee> = {}) => evaluateClaim(policy(), input({ course: {}, trainee: { birthDate: d(birthDate), statuses: ["enterpriseEmployee"], ...pension } }));
  const brief = pensionBrief;

  it("control: an ordinary enterprise employee of 31 (§(十一) 「对高校毕业生和企业职工按规定给予职业培训补贴」) is paid the row's 1000.00", () => {
    // born 1989-01-01: 31 on 2020-03-01; EX-ELEC 初级工 1000.00 × one certificate
    expect(brief(employee("1989-01-01"))).toEqual(["granted", "1000.00", []]);
  });

  it("an enterprise employee of 65 drawing a monthly pension is refused (0.00), the reason naming the clause and his age", () => {
    // born 1955-01-01: 65 on 2020-03-01; in the employees' group, but entitled to a monthly pension: outside the scope, nothing paid
    const r = employee("1955-01-01", { receivesMonthlyPension: true, monthlyPensionEntitled: true });
    expect(brief(r)).toEqual(["denied", "0.00", ["monthly_pension_entitled"]]);
    expect(r.reasons.find((x) => x.code === "monthly_pension_entitled")).toMatchObject({ citation: { provision: "gbf2019.scope-adjustment" }, facts: { age: 65 } });
    expect(r.reasons.find((x) => x.code === "monthly_pension_entitled")?.message.en).toBe("entitled to a monthly pension (aged 65): outside the scope");
  });

  it("the test is 资格, entitlement: entitled but not drawing it is refused; drawing it, the record silent on the entitlement, is refused (drawing shows it)", () => {
    // 65, entitled, not drawing: outside the scope all the same, 0.00
    expect(brief(employee("1955-01-01", { receivesMonthlyPension: false, monthlyPensionEntitled: true }))).toEqual(["denied", "0.00", ["monthly_pension_entitled"]]);
    // 65, drawing, entitlement not stated: drawing a monthly pension is having the 资格 to draw it, 0.00
    expect(brief(employee("1955-01-01", { receivesMonthlyPension: true }))).toEqual(["denied", "0.00", ["monthly_pension_entitled"]]);
  });

  it("an enterprise employee of 65 whose record says he is not entitled to a monthly pension is paid the row's 1000.00", () => {
    // no entitlement: the clause does not keep him out; EX-ELEC 初级工 1000.00
    expect(brief(employee("1955-01-01", { receivesMonthlyPension: false, monthlyPensionEntitled: false }))).toEqual(["granted", "1000.00", []]);
  });

  it("a record silent on the pension is not asked: the employee of 65 is paid 1000.00 as before (the national texts set no retirement age)", () => {
    expect(brief(employee("1955-01-01"))).toEqual(["granted", "1000.00", []]);
  });

  it("no age is read: at 59 and at 60 a person drawing a monthly pension is refused and a silent record is paid 1000.00", () => {
    // born 1960-03-02: 59 on 2020-03-01 (60 the next day); born 1960-03-01: 60 that day. Drawing: 0.00; silent: EX-ELEC 初级工 1000.00
    for (const birthDate of ["1960-03-02", "1960-03-01"]) {
      expect(brief(employee(birthDate, { receivesMonthlyPension: true }))).toEqual(["denied", "0.00", ["monthly_pension_entitled"]]);
      expect(brief(employee(birthDate))).toEqual(["granted", "1000.00", []]);
    }
  });

  it("a province's widening to people 「不具有按月领取养老金资格」 does not bring in a person entitled to one who does not draw it", () => {
    const wide = widened({ statuses: [], withoutMonthlyPension: true });
    // not drawing, and not entitled: let in by the widening (control)
    expect(judge(wide, trainee({ statuses: [], receivesMonthlyPension: false, monthlyPensionEntitled: false })).pass).toBe(true);
    // not drawing, but entitled: outside the scope even as widened
    expect(judge(wide, trainee({ statuses: [], receivesMonthlyPension: false, monthlyPensionEntitled: true }))).toMatchObject({ pass: false, reason: { code: "monthly_pension_entitled" } });
  });

  it("the clause is gbf2019's, from 「2019年5月18日」: under plan2021 (2022) and op2025 (2026) the pensioner is refused alike", () => {
    const frameworks = withExampleCatalogue(nationalFrameworksPolicy());
    for (const issuedOn of ["2022-03-01", "2026-03-01"]) {
      const at = (pension: Partial<Trainee>) => evaluateClaim(frameworks, input({ course: { startDate: d(issuedOn), endDate: d(issuedOn), attendedDays: 1 }, certificate: { issuedOn: d(issuedOn) }, claim: { submittedOn: d(issuedOn) }, trainee: { birthDate: d("1955-01-01"), statuses: ["enterpriseEmployee"], ...pension } }));
      // the ordinary employee, silent on the pension: EX-ELEC 初级工 1000.00; the same drawing a pension: 0.00
      expect(brief(at({})), issuedOn).toEqual(["granted", "1000.00", []]);
      expect(brief(at({ receivesMonthlyPension: true })), issuedOn).toEqual(["denied", "0.00", ["monthly_pension_entitled"]]);
    }
  });
});

// Review 18b (findings 2 and 3), fixed 2026-12-05: a province's widening to 「不具有按月领取养老金资格的人员」 is keyed on the
// 资格 (reading national-pension-scope). The illustrative catalogue pays EX-ELEC 初级工 1000.00; the certificate is issued
// 2020-03-01 (unless said) after a course in the example city, the trainee's hukou there. He is in no group of §(十一)
// (statuses []), so only the province's widening (in force from 2020-01-01) can let him in.
describe("gbf2019 §(十二) 「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」: a province's widening is keyed on the 资格, not on drawing a pension (reading national-pension-scope)", () => {
  const wide = () => withExampleCatalogue(widened({ statuses: [], withoutMonthlyPension: true }));
  /** A person of no group born 1955-01-01 (65 on 2020-03-01), with what the record says of the pension, his certificate issued on `issuedOn`. */
  const claimOf = (policy: Policy, pension: Partial<Trainee>, issuedOn = "2020-03-01") =>
    evaluateClaim(policy, input({ course: { startDate: d("2019-12-01"), endDate: d("2019-12-20") }, certificate: { issuedOn: d(issuedOn) }, trainee: { birthDate: d("1955-01-01"), statuses: [], ...pension } }));
  const brief = (x: { outcome: string; amount: string | null; missingFacts: readonly string[]; reasons: readonly { code: string }[] }) => [x.outcome, x.amount, x.missingFacts, x.reasons.map((r) => r.code).filter((c) => c === "monthly_pension_entitled" || c === "not_in_group")];

  it("a person of 65 whose record says he is not entitled to a monthly pension is let in and paid the row's 1000.00, unasked whether he draws one", () => {
    // not entitled (资格 false), receipt unstated: 「不具有按月领取养老金资格的人员」, let in; EX-ELEC 初级工 1000.00 × one certificate
    expect(brief(claimOf(wide(), { monthlyPensionEntitled: false }))).toEqual(["granted", "1000.00", [], []]);
    // not entitled and not drawing: let in alike, 1000.00
    expect(brief(claimOf(wide(), { monthlyPensionEntitled: false, receivesMonthlyPension: false }))).toEqual(["granted", "1000.00", [], []]);
  });

  it("a person of 65 whose record says only that he draws no pension is not let in unasked: his 资格 is asked (trainee.monthlyPensionEntitled), nothing paid yet", () => {
    // not drawing, entitlement unstated: not drawing is not 不具有资格 (one entitled and not drawing is refused); held, no amount
    const x = claimOf(wide(), { receivesMonthlyPension: false });
    expect(x.outcome).toBe("undecidable");
    expect(x.missingFacts).toEqual(["trainee.monthlyPensionEntitled"]);
    // a record silent on both is asked the same fact
    expect(claimOf(wide(), {}).missingFacts).toEqual(["trainee.monthlyPensionEntitled"]);
  });

  it("a person of 65 entitled to a monthly pension is refused (0.00) even as widened: entitled and not drawing, drawing, and drawing with the entitlement recorded false", () => {
    // entitled: outside the scope however a province widens it; 0.00
    for (const pension of [{ monthlyPensionEntitled: true }, { monthlyPensionEntitled: true, receivesMonthlyPension: false }, { receivesMonthlyPension: true }, { receivesMonthlyPension: true, monthlyPensionEntitled: false }]) {
      expect(brief(claimOf(wide(), pension)), JSON.stringify(pension)).toEqual(["denied", "0.00", [], ["monthly_pension_entitled"]]);
    }
  });

  it("the widening from 2020-01-01: a certificate of 2019-12-31 of the person not entitled is refused (not in a group, 0.00); of 2020-01-01 and 2020-01-02 paid 1000.00", () => {
    // 2019-12-31: no widening in force, statuses [] in no group of §(十一): not_in_group, 0.00
    expect(brief(claimOf(wide(), { monthlyPensionEntitled: false }, "2019-12-31"))).toEqual(["denied", "0.00", [], ["not_in_group"]]);
    // from the widening's day: EX-ELEC 初级工 1000.00
    for (const issuedOn of ["2020-01-01", "2020-01-02"]) expect(brief(claimOf(wide(), { monthlyPensionEntitled: false }, issuedOn)), issuedOn).toEqual(["granted", "1000.00", [], []]);
  });

  it("the reason names the widening by its test, the 资格, true of a person of 40 not entitled as of one of 65 (no age is read)", () => {
    // born 1980-01-01: 40 on 2020-03-01, not entitled; let in by the widening alike, EX-ELEC 初级工 1000.00
    const x = evaluateClaim(wide(), input({ course: { startDate: d("2019-12-01"), endDate: d("2019-12-20") }, trainee: { birthDate: d("1980-01-01"), statuses: [], monthlyPensionEntitled: false } }));
    expect(brief(x)).toEqual(["granted", "1000.00", [], []]);
    const inGroup = x.reasons.find((r) => r.code === "in_group");
    expect(inGroup?.message.en).toBe("in the province's widened subsidy scope: not entitled to a monthly pension");
    expect(inGroup?.message.zh).toBe("属于省级调整后的补贴人员范围：不具有按月领取养老金资格的人员");
  });

  it("with no widening in force (the national policy alone) nothing changes: the person of no group is refused not_in_group (0.00) whatever the record says of the pension, and not asked", () => {
    const national = withExampleCatalogue(nationalPolicy());
    for (const pension of [{ monthlyPensionEntitled: false }, { receivesMonthlyPension: false }, {}]) {
      expect(brief(claimOf(national, pension)), JSON.stringify(pension)).toEqual(["denied", "0.00", [], ["not_in_group"]]);
    }
    // the province widening statuses only (withoutMonthlyPension false) lets in no one by the pension: not_in_group, 0.00
    const statusesOnly = withExampleCatalogue(widened({ statuses: ["professionalFarmer"], withoutMonthlyPension: false }));
    expect(brief(claimOf(statusesOnly, { monthlyPensionEntitled: false }))).toEqual(["denied", "0.00", [], ["not_in_group"]]);
  });
});
