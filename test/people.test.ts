/**
 * Who is eligible and who is paid (issue #14 items 1, 5, 8, 9, 10, 11), each test named
 * after the sentence of the text it follows. The catalogue is the ILLUSTRATIVE 2020
 * Jiaxing fixture (EX- codes, figures chosen for arithmetic, not official standards).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Decision } from "../src/core/decision.js";
import { evaluateClaim } from "../src/engine.js";
import { withJiaxingCatalogue } from "../src/jurisdictions/jiaxing/catalogue.js";
import { nationalFrameworksPolicy, nationalPolicy } from "../src/jurisdictions/policies.js";
import { parseSubsidyCatalogue } from "../src/records/parse.js";
import type { Certificate, Course, Grant, TraineeStatus } from "../src/index.js";
import { cite } from "../src/core/citation.js";
import { buildPolicy, defineLayer, replaceParameter } from "../src/core/layer.js";
import { livingAllowanceScopeAdjustment } from "../src/provisions/livingAllowance/livingAllowanceGroups.js";
import { Ledger } from "../src/index.js";
import { certificate, claim, course, grant, trainee } from "./builders.js";
import { input as nationalInput, pensionBrief, regionalPolicy } from "./support/national.js";

const edition = parseSubsidyCatalogue(JSON.parse(readFileSync("fixtures/jiaxing/catalogue-2020.json", "utf8")));
if (!edition.ok) throw new Error("unreadable catalogue");
const jiaxing = () => withJiaxingCatalogue(edition.value);
const codes = (d: Decision) => d.reasons.map((r) => r.code);

const elec = (over: Record<string, unknown> = {}): Certificate => certificate({ occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", issuedOn: "2020-07-15", ...over });
const training = (over: Record<string, unknown> = {}) => claim({ measure: "trainingSubsidy", certificateId: "K1", ...over });
const paid = (id: string, code: string, level: string, basisDate = "2020-03-01"): Grant =>
  grant({ id, claimId: id, measure: "trainingSubsidy", provision: "jx2019.catalogue", amount: "800.00", basisDate, occupationCode: code, level });
/** A Jiaxing-hukou worker with none of the statuses of 二 (the builder's trainee: hukou 南湖区, no statuses). */
const ordinary = (over: Record<string, unknown> = {}) => trainee({ statuses: [], ...over });
const decide = (t: ReturnType<typeof trainee>, cert: Certificate, ledger: readonly Grant[] = [], extra: { claim?: Record<string, unknown>; course?: Course } = {}) =>
  evaluateClaim(jiaxing(), { claim: training(extra.claim), trainee: t, certificate: cert, ...(extra.course === undefined ? {} : { course: extra.course }), ledger: Ledger.from(ledger) });

describe("jx2019 五(十一) 「对具有当地户籍、当地常住并办有居住证、在当地就业创业或在当地办理失业登记的城乡劳动者提供普惠同等的培训补贴」 (reading jiaxing-ordinary-worker)", () => {
  it("an ordinary Jiaxing-hukou worker with no listed status and a certificate in the catalogue is granted the catalogue standard", () => {
    const d = decide(ordinary(), elec());
    expect(d.outcome).toBe("granted");
    expect(d.amount).toBe("1000.00");
    expect(d.payee).toEqual({ kind: "trainee", id: "P1" });
    expect(codes(d)).not.toContain("not_in_group");
  });
  it("the same holds for each other residency basis: a resident with a residence permit, a local employee, a person registered unemployed locally", () => {
    for (const t of [
      ordinary({ hukouRegion: "anhui.hefei", residenceRegion: "zhejiang.jiaxing.haining", hasResidencePermit: true }),
      ordinary({ hukouRegion: "anhui.hefei", employmentRegion: "zhejiang.jiaxing.tongxiang" }),
      ordinary({ hukouRegion: "anhui.hefei", unemploymentRegisteredAt: "zhejiang.jiaxing.nanhu" }),
    ]) expect(decide(t, elec()).outcome).toBe("granted");
  });
  it("without any residency basis the worker is still refused (the residency rule, not a group list, decides)", () => {
    const d = decide(ordinary({ hukouRegion: "anhui.hefei", residenceRegion: "anhui.hefei", employmentRegion: "anhui.hefei", unemploymentRegisteredAt: "anhui.hefei" }), elec());
    expect(d.outcome).toBe("denied");
    expect(codes(d)).toContain("no_residency_basis");
  });
  it("「职业培训补贴原则上每人每年可享受不超过 3 次」: the same worker's 4th certificate in a year is refused by the annual cap", () => {
    const d = decide(ordinary(), elec(), [paid("G1", "EX-SEW", "junior"), paid("G2", "EX-WELD", "junior"), paid("G3", "EX-FORK", "junior")]);
    expect(d.outcome).toBe("denied");
    expect(codes(d)).toContain("annual_cap_reached");
    expect(decide(ordinary(), elec(), [paid("G1", "EX-SEW", "junior"), paid("G2", "EX-WELD", "junior")]).outcome).toBe("granted");
  });
  it("「但同一职业（项目）同一等级不可重复享受」: the same worker's second 电工 初级工 certificate is refused", () => {
    const d = decide(ordinary(), elec(), [paid("G1", "EX-ELEC", "junior", "2019-12-20")]);
    expect(d.outcome).toBe("denied");
    expect(codes(d)).toContain("occupation_level_already_subsidised");
  });
  it("「按照同一工种、同一等级、同一补贴标准」: the ordinary worker and an unemployed worker get the same standard for the same row", () => {
    expect(decide(ordinary(), elec({ level: "intermediate" })).amount).toBe("1500.00");
    expect(decide(ordinary({ statuses: ["unemployed"] }), elec({ level: "intermediate" })).amount).toBe("1500.00");
  });
});

describe("gbf2019 §(十一)/(十二) national scope (reading national-training-subsidy-scope)", () => {
  it("「对高校毕业生和企业职工按规定给予职业培训补贴」: under the national texts alone an enterprise employee is in scope", () => {
    expect(evaluateClaim(regionalPolicy(nationalPolicy()), nationalInput({ trainee: { statuses: ["enterpriseEmployee"] } })).outcome).toBe("granted");
  });
  it("under the national texts alone a person in none of §(十一)'s groups is not (the province widens the scope, §(十二))", () => {
    const d = evaluateClaim(regionalPolicy(nationalPolicy()), nationalInput({ trainee: { statuses: [] } }));
    expect(d.outcome).toBe("denied");
    expect(codes(d)).toContain("not_in_group");
  });
  // The illustrative catalogue's EX-ELEC junior row pays 1000.00 (regionalPolicy), whoever the group member is.
  it.each(["newGenerationMigrantWorker", "migrantWorker", "returningMigrantWorker"] as const)("§(四) 「农村转移就业劳动者特别是新生代农民工」: a %s is a 农村转移就业劳动者 of §(十一)'s free-training list and is paid 1000.00", (status) => {
    const d = evaluateClaim(regionalPolicy(nationalPolicy()), nationalInput({ trainee: { statuses: [status] } }));
    expect(d.outcome).toBe("granted");
    expect(d.amount).toBe("1000.00");
    expect(d.reasons.find((r) => r.code === "in_group")?.facts["matched"]).toEqual([`gbf2019.free-training-groups:${status}`]);
  });
  it.each(["employmentDifficulty", "zeroEmploymentHousehold"] as const)("§(十一) 「在培训期间按规定通过就业补助资金同时给予生活费补贴」: a %s, given the living allowance during training, is in the training subsidy's scope too and is paid 1000.00", (status) => {
    const d = evaluateClaim(regionalPolicy(nationalPolicy()), nationalInput({ trainee: { statuses: [status] } }));
    expect(d.outcome).toBe("granted");
    expect(d.amount).toBe("1000.00");
    expect(d.reasons.find((r) => r.code === "in_group")?.citation.provision).toBe("gbf2019.living-allowance-groups");
  });
  it("a city 两后生 not on dibao is in the free-training list (「“两后生”」) whatever the living-allowance list says", () => {
    expect(evaluateClaim(regionalPolicy(nationalPolicy()), nationalInput({ trainee: { statuses: ["nonContinuingGraduate"] } })).outcome).toBe("granted");
  });
  it("under plan2021 (2022) the same 就业困难人员 stays in scope: the plan's list keeps gbf2019's and adds graduation-year students", () => {
    const d = evaluateClaim(regionalPolicy(nationalFrameworksPolicy()), nationalInput({ trainee: { statuses: ["employmentDifficulty"] }, certificate: { issuedOn: "2022-03-01" as Certificate["issuedOn"] }, claim: { submittedOn: "2022-04-01" as Certificate["issuedOn"] } }));
    expect(d.reasons.find((r) => r.code === "in_group")?.citation.provision).toBe("gbf2019.living-allowance-groups");
  });
  it("a professional farmer (职业农民) in none of the lists is still refused nationally: the province may widen the scope (§(十二))", () => {
    const d = evaluateClaim(regionalPolicy(nationalPolicy()), nationalInput({ trainee: { statuses: ["professionalFarmer"] } }));
    expect(d.outcome).toBe("denied");
    expect(codes(d)).toContain("not_in_group");
  });
});

describe("gbf2019 §(十二) 「符合条件的劳动者在户籍地、常住地、求职就业地参加培训」 (reading job-seeking-place)", () => {
  const elsewhere = { hukouRegion: "anhui.hefei", residenceRegion: "anhui.hefei", employmentRegion: "anhui.hefei" } as const;
  it("a person registered unemployed at the training place trains in a 求职就业地 and is paid under the national policy", () => {
    const d = evaluateClaim(regionalPolicy(nationalPolicy()), nationalInput({ trainee: { ...elsewhere, unemploymentRegisteredAt: "example.city" } }));
    expect(d.outcome).toBe("granted");
    expect(d.reasons.find((r) => r.code === "residency_basis")?.facts["bases"]).toEqual(["unemploymentRegisteredAt"]);
  });
  it("a person with no basis is refused, and the message names the national bases only (no residence permit, which the national text does not ask for)", () => {
    const d = evaluateClaim(regionalPolicy(nationalPolicy()), nationalInput({ trainee: { ...elsewhere, unemploymentRegisteredAt: "anhui.hefei" } }));
    expect(d.outcome).toBe("denied");
    const reason = d.reasons.find((r) => r.code === "no_residency_basis");
    expect(reason?.citation.provision).toBe("gbf2019.certificate-basis");
    expect(reason?.message.zh).not.toContain("居住证");
    expect(reason?.message.zh).toContain("求职就业地");
  });
});

describe("jx2019 五(十一) 「对超过退休年龄，不具有按月领取养老金资格，但确有培训需求的人员」 「可纳入培训补贴政策范围」 (reading pension-entitlement-test)", () => {
  it("a pensioner aged 60 drawing a monthly pension is not paid", () => {
    const d = decide(ordinary({ birthDate: "1960-01-01", receivesMonthlyPension: true }), elec());
    expect(d.outcome).toBe("denied");
    expect(codes(d)).toContain("monthly_pension_entitled");
  });
  it("a woman of 55 drawing a monthly pension is not paid", () => {
    const d = decide(ordinary({ birthDate: "1965-03-01", receivesMonthlyPension: true }), elec());
    expect(d.outcome).toBe("denied");
    expect(codes(d)).toContain("monthly_pension_entitled");
  });
  it("a person entitled to a monthly pension who has not claimed it is not paid: the test is entitlement, not receipt", () => {
    expect(decide(ordinary({ birthDate: "1955-03-01", receivesMonthlyPension: false, monthlyPensionEntitled: true }), elec()).outcome).toBe("denied");
  });
  it("a person of 66 with no entitlement to a monthly pension is paid the catalogue standard", () => {
    const d = decide(ordinary({ birthDate: "1954-03-01", receivesMonthlyPension: false, monthlyPensionEntitled: false }), elec());
    expect(d.outcome).toBe("granted");
    expect(d.amount).toBe("1000.00");
  });
  it("an ordinary worker of 52 whose record says nothing of a pension is paid: under 60 no entitlement is presumed (1000 yuan, the row's standard)", () => {
    const d = decide(ordinary({ birthDate: "1968-01-01" }), elec());
    expect(d.outcome).toBe("granted");
    expect(d.amount).toBe("1000.00"); // EX-ELEC 初级工 row of the illustrative catalogue: 1000 yuan
    expect(decide(ordinary({ birthDate: "1990-01-01" }), elec()).outcome).toBe("granted");
  });
  it("a person of 60 whose entitlement is not known waits for it; one day short of 60 is not asked", () => {
    // issued 2020-07-15: born 1960-07-15 is 60 that day, born 1960-07-16 is 59
    const at60 = decide(ordinary({ birthDate: "1960-07-15" }), elec());
    expect(at60.outcome).toBe("undecidable");
    expect(at60.missingFacts).toContain("trainee.monthlyPensionEntitled");
    expect(decide(ordinary({ birthDate: "1960-07-16" }), elec()).outcome).toBe("granted");
  });
  it("no message presents 法定 (not in jx2019) or the invented exclusion sentence as the text", () => {
    const d = decide(ordinary({ birthDate: "1960-01-01", receivesMonthlyPension: true }), elec());
    for (const r of d.reasons) {
      expect(r.message.zh).not.toContain("法定");
      expect(r.message.zh).not.toContain("按月领取养老金的不纳入");
    }
  });
});

describe("jx2019 三(一)三 「在本市缴纳失业保险 1 年以上的企业职工按初级工标准给予个人或组织单位补贴」 (reading safety-training-employee)", () => {
  const safety = (statuses: string[], claimant = { kind: "trainee", id: "P1" }) =>
    decide(
      ordinary({ statuses, unemploymentInsuranceMonths: { "zhejiang.jiaxing.nanhu": 14 } }),
      elec({ kind: "specialOperationsCertificate", occupation: { code: "EX-WELD", name: "焊工（示意）" }, level: undefined }),
      [],
      { claim: { claimant }, course: course({ kind: "safety", occupation: { code: "EX-WELD", name: "焊工（示意）" }, startDate: "2020-06-01", endDate: "2020-06-10", attendedDays: 10, organizerId: "ORG-1" }) },
    );
  it("an enterprise employee insured 14 months in the city is paid the 初级工 standard, to the person", () => {
    const d = safety(["enterpriseEmployee"]);
    expect(d.outcome).toBe("granted");
    expect(d.amount).toBe("1200.00");
    expect(d.payee).toEqual({ kind: "trainee", id: "P1" });
  });
  it("or to the organising unit", () => {
    const d = safety(["enterpriseEmployee"], { kind: "organizer", id: "ORG-1" });
    expect([d.outcome, d.payee]).toEqual(["granted", { kind: "organizer", id: "ORG-1" }]);
  });
  it("an unemployed person with the same certificate and insured months is not an 企业职工: refused", () => {
    const d = safety(["unemployed"]);
    expect(d.outcome).toBe("denied");
    expect(codes(d)).toContain("not_enterprise_employee");
  });
});

describe("jx2019 四(三)三 「对口支援地区建档立卡贫困人员等相 关群体以及企业职工」 「由符合规定的购买主体通过政府购买服务形式开展培训」 (reading project-training-open-list)", () => {
  const ecom = (over: Record<string, unknown> = {}) => elec({ kind: "trainingCompletionCertificate", occupation: { code: "EX-ECOM", name: "农村电商（项目制培训，示意）" }, level: undefined, ...over });
  const ecomCourse = course({ kind: "employmentSkills", occupation: { code: "EX-ECOM", name: "农村电商（项目制培训，示意）" }, organizerId: "ORG-1", startDate: "2020-06-01", endDate: "2020-06-10", attendedDays: 10 });
  it("an unemployed person in rural e-commerce project training is in the related groups: the provider the purchase names is paid", () => {
    const d = decide(ordinary({ statuses: ["unemployed"] }), ecom(), [], { claim: { claimant: { kind: "organizer", id: "ORG-1" } }, course: ecomCourse });
    expect(d.outcome).toBe("granted");
    expect(d.amount).toBe("500.00");
    expect(d.payee).toEqual({ kind: "organizer", id: "ORG-1" });
  });
  it("the trainee is not paid for project training", () => {
    const d = decide(ordinary({ statuses: ["unemployed"] }), ecom(), [], { course: ecomCourse });
    expect(d.outcome).toBe("denied");
    expect(codes(d)).toContain("project_training_paid_to_provider");
  });
  it("a migrant worker (农民工) born in 1972, not of the new generation, is a 农村转移就业劳动者 (gbf2019 「面向农村转移就业劳动者特别是新生代农民工」) and so in the related groups: the provider is paid", () => {
    const migrant = ordinary({ birthDate: "1972-03-01", statuses: ["migrantWorker"], hukouRegion: "anhui.hefei", employmentRegion: "zhejiang.jiaxing.nanhu" });
    const d = decide(migrant, ecom(), [], { claim: { claimant: { kind: "organizer", id: "ORG-1" } }, course: ecomCourse });
    // 500 yuan: the EX-ECOM project row's standard (illustrative catalogue), paid once to ORG-1, the provider that delivered the course
    expect([d.outcome, d.amount, d.payee]).toEqual(["granted", "500.00", { kind: "organizer", id: "ORG-1" }]);
    expect(d.reasons.find((r) => r.code === "in_project_training_group")?.facts).toMatchObject({ matched: ["migrantWorker"] });
  });
  it("a local worker in none of the groups — flexibly employed or self-employed, not an enterprise employee — is not served by project training (「以及企业职工」 would be idle if 「相关群体」 meant every worker)", () => {
    const d = decide(ordinary(), ecom(), [], { claim: { claimant: { kind: "organizer", id: "ORG-1" } }, course: ecomCourse });
    expect(d.outcome).toBe("denied");
    expect(codes(d)).toContain("not_in_project_training_group");
  });
  it("a professional farmer (职业农民) is not among the related groups: 四(三) does not name the group, and farmers' training is the agriculture department's (gbf2019 「农业农村部门负责职业农民培训」)", () => {
    const d = decide(ordinary({ statuses: ["professionalFarmer"] }), ecom(), [], { claim: { claimant: { kind: "organizer", id: "ORG-1" } }, course: ecomCourse });
    expect(d.outcome).toBe("denied");
    expect(codes(d)).toContain("not_in_project_training_group");
  });
  it("a provider other than the one that delivered the course is not paid", () => {
    const d = decide(ordinary({ statuses: ["unemployed"] }), ecom(), [], { claim: { claimant: { kind: "organizer", id: "ORG-2" } }, course: ecomCourse });
    expect(d.outcome).toBe("denied");
    expect(codes(d)).toContain("project_training_paid_to_provider");
    // judged once: the provider check compares the claimant with the course's organiser (reading organiser-of-record)
    expect(codes(d)).not.toContain("payee_not_organiser");
  });
});

describe("plan2021: no date of issue in the text; §(十) 「积极为毕业年度学生提供职业技能培训服务并纳入职业培训补贴范畴」 (readings plan2021-start, plan2021-subsidy-groups)", () => {
  const frameworks = () => regionalPolicy(nationalFrameworksPolicy());
  const at = (issuedOn: string, statuses: string[]) => evaluateClaim(frameworks(), nationalInput({ trainee: { statuses: statuses as never }, certificate: { issuedOn: issuedOn as never } }));
  const framework = (d: Decision) => d.trace.flatMap((s) => s.parameters).find((u) => u.parameter === "national.framework")?.value;
  it("during 2021 gbf2019 (「2019—2021年」) governs, not plan2021", () => {
    expect(framework(at("2021-06-01", ["unemployed"]))).toBe("gbf2019");
    expect(framework(at("2022-01-01", ["unemployed"]))).toBe("plan2021");
  });
  it("a graduation-year student is in scope under plan2021", () => {
    expect(at("2022-03-01", ["graduationYearStudent"]).outcome).toBe("granted");
  });
  it("§(六)'s training targets are not entitled by it: a person serving a sentence (服刑人员) is not in scope", () => {
    const d = at("2022-03-01", ["inCustody"]);
    expect(d.outcome).toBe("denied");
    expect(codes(d)).toContain("not_in_group");
  });
});

describe("gbf2019 §(十二) 「可在规定的原则下结合实际调整享受职业培训补贴、生活费补贴人员范围和条件要求」: the living allowance too (reading living-allowance-scope-adjustment)", () => {
  const widen = (statuses: readonly TraineeStatus[]) => {
    const province = defineLayer({
      id: "example.province",
      level: "province",
      region: "zhejiang",
      label: { zh: "示例省（示意）", en: "example province (illustrative)" },
      documents: ["gbf2019"],
      scope: cite("gbf2019.scope-adjustment", "§(十二)"),
      parameterOverrides: [
        replaceParameter(livingAllowanceScopeAdjustment, { label: { zh: "示例：扩大生活费补贴人员范围", en: "example: wider living allowance" }, citation: cite("gbf2019.scope-adjustment", "§(十二)"), values: [{ from: "2019-06-01", value: statuses }], lastVerifiedOn: "2026-12-03" }),
      ],
    });
    return buildPolicy({ id: "widened", label: { zh: "示例", en: "example" }, layers: [...jiaxing().layers.slice(0, 1), province, ...jiaxing().layers.slice(1)] });
  };
  const veteran = trainee({ statuses: ["veteran"] });
  const allowance = (policy: ReturnType<typeof jiaxing>) => evaluateClaim(policy, { claim: claim({ measure: "livingAllowance", courseId: "C1" }), trainee: veteran, course: course(), ledger: Ledger.empty });
  it("under the national and Jiaxing groups a veteran gets no living allowance", () => {
    expect(allowance(jiaxing()).outcome).toBe("denied");
  });
  it("a province that widens the living allowance to veterans pays one 50 yuan a day (7 days: 350)", () => {
    const d = allowance(widen(["veteran"]));
    expect([d.outcome, d.amount]).toEqual(["granted", "350.00"]);
    expect(d.reasons.find((r) => r.code === "in_living_allowance_group")?.citation.provision).toBe("gbf2019.scope-adjustment");
  });
});

describe("gbf2019 §(十二) 「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」 in Jiaxing's living allowance (reading national-pension-scope)", () => {
  it("Jiaxing's allowance (jx2019 names gbf2019's groups and widens none) leaves out the pensioner too: 7 days × 50.00 = 350.00 for the 就业困难人员 of 65, 0.00 drawing a pension", () => {
    // test/builders.ts: a course of 7 attended days, 2020-03-02 – 03-08, in 南湖区; Jiaxing pays 50 yuan a day (jx2019 四(三)四)
    const of = (pension: Record<string, unknown>) => evaluateClaim(jiaxing(), { claim: claim({ measure: "livingAllowance", courseId: "C1" }), trainee: trainee({ birthDate: "1955-01-01", statuses: ["employmentDifficulty"], ...pension }), course: course(), ledger: Ledger.empty });
    const brief = pensionBrief;
    // silent on the pension: not asked, 7 × 50.00 = 350.00; drawing one (or entitled): 0.00
    expect(brief(of({}))).toEqual(["granted", "350.00", []]);
    expect(brief(of({ receivesMonthlyPension: true }))).toEqual(["denied", "0.00", ["monthly_pension_entitled"]]);
    expect(brief(of({ receivesMonthlyPension: false, monthlyPensionEntitled: true }))).toEqual(["denied", "0.00", ["monthly_pension_entitled"]]);
  });
});
