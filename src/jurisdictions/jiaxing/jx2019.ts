/**
 * The Jiaxing layer of the city's implementation plan 2019–2021 (jx2019), over the
 * national layer. It supplies numbers and labelled exceptions only; the rules live in
 * `provisions/`.
 *
 * Reading (reading: jiaxing-plan-in-force): the plan is in force from its issue (printed
 * 2019-12-13), citywide, for the three-year action 2019–2021, so its amounts run until
 * 2021-12-31; from 2022-01-01 a claim finds no Jiaxing standard in force and is
 * `undecidable`. A later Jiaxing text would be a new layer or a reform that extends them.
 */
import { cite } from "../../core/citation.js";
import type { CatalogueSource } from "../../core/layer.js";
import { bindMeasure, defineLayer, extend, replaceRule } from "../../core/layer.js";
import { declareFromData, overrideFromData } from "../../core/parameterData.js";
import { JX2019_PARAMS } from "./jx2019.params.js";
import { JX2019_ACTION_END, JX2019_IN_FORCE } from "./planPeriod.js";
import { appraisalSubsidy, appraisalSubsidyStandards } from "./appraisalSubsidy.js";
import { residency } from "../../provisions/eligibility/residency.js";
import { residencyJiaxing } from "./residency.js";
import { livingAllowanceDailyRate } from "../../provisions/livingAllowance/livingAllowance.js";
import { jxLivingAllowanceDisabled } from "./livingAllowanceGroups.js";
import { overRetirement, retirementAgeRule } from "./overRetirement.js";
import { enterpriseUiLocality, uiLocality } from "./uiLocality.js";
import { annualCap } from "../../provisions/trainingSubsidy/annualCap.js";
import { certificateBasis, competitionCertificates, occupationCertificateKinds, projectCertificateKinds, projectTrainingStatuses } from "./certificateBasis.js";
import { noRepeat } from "../../provisions/trainingSubsidy/noRepeat.js";
import { isPreJobCourse, preJobTraining, preJobTrainingTerms } from "./preJobTraining.js";
import { isSafetyCertificateWithoutCourse, isSafetyCourse, safetyTraining, safetyTrainingTerms } from "./safetyTraining.js";
import { tradeFrictionAdjustment, tradeFrictionUplift } from "./tradeFrictionUplift.js";
import { trainingSubsidyGroups } from "../../provisions/trainingSubsidy/trainingSubsidyGroups.js";
import { trainingSubsidyAdjustments, trainingSubsidyChecks, trainingSubsidyRoutes, trainingSubsidyRowChecks } from "../../provisions/trainingSubsidy/trainingSubsidy.js";
import type { Check, Reason } from "../../core/decision.js";
import { nationalApprenticeshipSubsidy } from "../../provisions/apprenticeship/nationalApprenticeship.js";
import { apprenticeshipSubsidy, employeeApprenticeFloorConstraint, employeeApprenticeTerms, studentApprenticeTerms } from "./apprenticeshipSubsidy.js";
import { packageGrantCap, trainingPackageGrant } from "./packageGrant.js";
import { jxFreeTrainingStatuses } from "./groups.js";
import { JX_SCOPE, jiaxingScope } from "./scope.js";
import { openMarket, outsideCatalogue } from "../../provisions/trainingSubsidy/subsidyCatalogue.js";

/**
 * Jiaxing's region id.
 * @example isWithinRegion("zhejiang.jiaxing.haining", JIAXING) // → true
 */
export const JIAXING = "zhejiang.jiaxing";
/** The layer's parameter values, from jx2019.params.yaml. */
const P = JX2019_PARAMS.parameters;
const O = JX2019_PARAMS.overrides;

export { JX2019_ACTION_END, JX2019_IN_FORCE } from "./planPeriod.js";

const ANNUAL_CAP = cite("jx2019.annual-cap", "五(十一)");

/**
 * 「本方案自印发之日起施行」 for 「三年行动计划期间」: the days the plan's own rules govern (reading local-rules-govern-their-days):
 * a claim whose basis falls outside them is judged by the national rules.
 */
const PLAN_DAYS = { from: JX2019_IN_FORCE, until: JX2019_ACTION_END } as const;

/**
 * Where a Jiaxing catalogue edition comes from: the layer it becomes and `jx2019.catalogue`
 * (五(十)一); the last edition ends with the plan's three-year action. The Jiaxing layer's
 * `catalogue`.
 * @example [JIAXING_CATALOGUE_SOURCE.layer, JIAXING_CATALOGUE_SOURCE.endsOn] // → ["zhejiang.jiaxing.catalogue","2022-01-01"]
 */
export const JIAXING_CATALOGUE_SOURCE: CatalogueSource = {
  layer: "zhejiang.jiaxing.catalogue",
  label: { zh: "嘉兴市职业培训补贴目录", en: "Jiaxing training-subsidy catalogue" },
  citation: cite("jx2019.catalogue", "五(十)一"),
  lastVerifiedOn: "2026-11-25",
  endsOn: JX2019_ACTION_END,
};

/**
 * Reading (pension-entitlement-test, jx2019.over-retirement): the test is entitlement to a
 * monthly pension, not an age; a record that does not say is asked for it from age 60 (the
 * highest statutory retirement age of 2019–2021, men's, a figure outside the text: below it an
 * ordinary worker is presumed not yet entitled). A pack may replace {@link retirementAgeRule}.
 * From jx2019.params.yaml, read in a pure call: a property read at the top level is kept by a
 * bundler even when nothing reads the constant (the one-claim browser bundle does not, issue #16).
 * @example JX_PENSION_ASKED_FROM_AGE // → 60
 */
export const JX_PENSION_ASKED_FROM_AGE: number = /* @__PURE__ */ (() => P["eligibility.retirementAge"].values[0].value.pensionAskedFromAge)();

/**
 * The Jiaxing layer (嘉兴市职业技能提升行动实施方案 2019–2021) over the national texts: the
 * living allowance of 50 yuan a day, the appraisal subsidy, its own groups, residency and
 * apprenticeship terms, pre-job and safety training, the trade-friction uplift and the
 * package grant. Encodes the `jx2019.*` provisions (see docs/provisions.md).
 * @example
 * [jx2019.id, jx2019.level, jx2019.region] // → ["zhejiang.jiaxing.jx2019","prefecture","zhejiang.jiaxing"]
 * (jx2019.measures ?? []).map((m) => m.measure) // → ["appraisalSubsidy","trainingPackageGrant"]
 */
export const jx2019 = defineLayer({
  id: "zhejiang.jiaxing.jx2019",
  level: "prefecture",
  region: JIAXING,
  label: { zh: "嘉兴市职业技能提升行动实施方案（2019—2021年）", en: "Jiaxing skills-upgrading implementation plan 2019–2021" },
  documents: ["jx2019"],
  scope: cite("jx2019.supersession", "closing"),
  // 补贴目录 (五(十)一): a caller's catalogue editions become the city's catalogue layer.
  catalogue: JIAXING_CATALOGUE_SOURCE,
  // 「实行实名制管理，建立培训全过程台账，确保可追溯」
  ledger: cite("jx2019.ledger", "五(十)三"),
  // 「对骗取职业培训补贴资金的单位和个人，依法依纪严肃查处」, while the plan runs (reading clawback-text-in-force).
  fraud: { citation: cite("jx2019.fraud", "六(十三)"), from: JX2019_IN_FORCE, until: JX2019_ACTION_END },
  parameters: [
    declareFromData(appraisalSubsidyStandards, P["appraisalSubsidy.standards"]),
    // 「对超过退休年龄，不具有按月领取养老金资格，但确有培训需求的人员」 … 「可纳入培训补贴政策范围」 (reading pension-entitlement-test)
    declareFromData(retirementAgeRule, P["eligibility.retirementAge"]),
    declareFromData(enterpriseUiLocality, P["eligibility.enterpriseUiLocality"]),
    declareFromData(openMarket, P["trainingSubsidy.openMarket"]),
    declareFromData(competitionCertificates, P["trainingSubsidy.competitionCertificates"]),
    declareFromData(occupationCertificateKinds, P["trainingSubsidy.occupationCertificateKinds"]),
    declareFromData(projectCertificateKinds, P["trainingSubsidy.projectCertificateKinds"]),
    declareFromData(projectTrainingStatuses, P["trainingSubsidy.projectTrainingStatuses"]),
    declareFromData(preJobTrainingTerms, P["trainingSubsidy.preJobTraining"]),
    declareFromData(safetyTrainingTerms, P["trainingSubsidy.safetyTraining"]),
    declareFromData(tradeFrictionUplift, P["trainingSubsidy.tradeFrictionUplift"]),
    declareFromData(jxFreeTrainingStatuses, P["jiaxing.freeTrainingGroups"]),
    declareFromData(employeeApprenticeTerms, P["apprenticeship.employeeTerms"]),
    declareFromData(studentApprenticeTerms, P["apprenticeship.studentTerms"]),
    declareFromData(packageGrantCap, P["trainingPackage.grantCap"]),
  ],
  // gbf2019's floor (每人每年 4000 元以上) binds the employee-apprentice range.
  constraints: [employeeApprenticeFloorConstraint],
  measures: [bindMeasure("appraisalSubsidy", appraisalSubsidy), bindMeasure("trainingPackageGrant", trainingPackageGrant)],
  parameterOverrides: [
    // 补贴目录 (五(十)一): the city's merged catalogue says what is subsidised; training outside it is not.
    overrideFromData(outsideCatalogue, O["trainingSubsidy.outsideCatalogue"]),
    // 每人每天 50 元
    overrideFromData(livingAllowanceDailyRate, O["livingAllowance.dailyRate"]),
  ],
  // What the city adds to the national training subsidy (its extension points).
  extensions: [
    // 按属地原则由失业保险参保地进行管理: an enterprise claims where it pays unemployment insurance.
    extend(trainingSubsidyChecks, uiLocality),
    // 超过退休年龄、不具有按月领取养老金资格的人员 (reading pension-entitlement-test).
    extend(trainingSubsidyChecks, overRetirement),
    // 以获取职业资格证书……为主要依据; 项目制培训以培训合格证书、特种作业操作证书为依据; who project training serves; competition certificates.
    extend(trainingSubsidyRowChecks, certificateBasis),
    // 岗前培训: new hires' pre-job training, paid at the occupation's 初级工 row.
    extend(trainingSubsidyRoutes, preJobTraining, { applies: (_ctx, claim) => isPreJobCourse(claim) }),
    // 安全技能培训: insured employees' special-operations certificates, paid at the 初级工 row.
    // A special-operations certificate claimed with no course is tried too: the route asks for the course (reading safety-certificate-without-course).
    extend(trainingSubsidyRoutes, safetyTraining, { applies: (_ctx, claim) => isSafetyCourse(claim) || isSafetyCertificateWithoutCourse(claim) }),
    // 受经贸摩擦影响的企业职工培训补贴标准……上浮 30%.
    extend(trainingSubsidyAdjustments, tradeFrictionAdjustment),
  ],
  ruleOverrides: [
    // 三(一)二: the apprenticeship subsidy gbf2019 §(十一) provides, paid by Jiaxing's terms
    replaceRule(nationalApprenticeshipSubsidy, {
      label: { zh: "嘉兴：职工学徒、学生学徒的补贴标准和期限", en: "Jiaxing: the employee- and student-apprentice standards and terms" },
      citation: apprenticeshipSubsidy.citation,
      run: apprenticeshipSubsidy.run,
    }),
    replaceRule(residency, {
      ...PLAN_DAYS,
      label: { zh: "嘉兴：户籍、常住并办有居住证、就业创业、失业登记", en: "Jiaxing: hukou, residence with permit, local employment, local unemployment registration" },
      citation: cite("jx2019.residency", "五(十一)"),
      run: (_ctx, input) => residencyJiaxing(input),
    }),
    // 「城乡劳动者提供普惠同等的培训补贴」: every worker with a residency basis (reading jiaxing-ordinary-worker).
    replaceRule(trainingSubsidyGroups, {
      ...PLAN_DAYS,
      label: { zh: "嘉兴：城乡劳动者普惠同等的培训补贴", en: "Jiaxing: every worker with a residency basis" },
      citation: JX_SCOPE,
      run: (_ctx, input) => jiaxingScope(input),
    }),
    // 「职业培训补贴原则上每人每年可享受不超过 3 次，但同一职业（项目）同一等级不可重复享受」: Jiaxing restates the
    // national rules (same numbers, same keys: a project is keyed by its code), citing its own text.
    replaceRule(annualCap, {
      ...PLAN_DAYS,
      label: { zh: "嘉兴：每人每年不超过 3 次", en: "Jiaxing: at most 3 a year" },
      citation: ANNUAL_CAP,
      run: (ctx, input) => recite(annualCap.run(ctx, input)),
    }),
    replaceRule(noRepeat, {
      ...PLAN_DAYS,
      label: { zh: "嘉兴：同一职业（工种）同一等级（项目）不可重复享受", en: "Jiaxing: same occupation or project at the same level never twice" },
      citation: ANNUAL_CAP,
      run: (ctx, input) => recite(noRepeat.run(ctx, input)),
    }),
    // 「四是对建档立卡低收入农户家庭劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员」: its 就业困难人员 is the
    // paragraph's 「就业困难人员（含残疾人）」, so a disabled trainee gets the living allowance (reading jiaxing-living-allowance-disabled).
    jxLivingAllowanceDisabled,
  ],
});

/** A national check restated by Jiaxing's own text (jx2019.annual-cap). */
function recite(check: Check | null): Check | null {
  if (check === null) return null;
  // The same code and facts under another citation (a union of codes cannot say that the code and facts still go together).
  const reason = { code: check.reason.code, citation: ANNUAL_CAP, facts: check.reason.facts } as Reason;
  return check.missing === undefined ? { pass: check.pass, reason } : { pass: check.pass, reason, missing: check.missing };
}
