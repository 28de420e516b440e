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
import { bindMeasure, defineLayer, replaceParameter, replaceRule } from "../../core/layer.js";
import { withValues } from "../../core/parameter.js";
import type { AppraisalStandards } from "../../provisions/appraisal/appraisalSubsidy.js";
import { appraisalSubsidy, appraisalSubsidyStandards } from "../../provisions/appraisal/appraisalSubsidy.js";
import { residency, residencyJiaxing } from "../../provisions/eligibility/residency.js";
import { livingAllowanceDailyRate } from "../../provisions/livingAllowance/livingAllowance.js";
import type { RetirementAgeRule } from "../../provisions/eligibility/overRetirement.js";
import { overRetirement, retirementAgeRule } from "../../provisions/eligibility/overRetirement.js";
import { enterpriseUiLocality, uiLocality } from "../../provisions/eligibility/uiLocality.js";
import { annualCap } from "../../provisions/trainingSubsidy/annualCap.js";
import { certificateBasis, competitionCertificates, occupationCertificateKinds, projectCertificateKinds, projectTrainingStatuses } from "../../provisions/trainingSubsidy/certificateBasis.js";
import { noRepeat } from "../../provisions/trainingSubsidy/noRepeat.js";
import type { PreJobTrainingTerms } from "../../provisions/trainingSubsidy/preJobTraining.js";
import { preJobTraining, preJobTrainingTerms } from "../../provisions/trainingSubsidy/preJobTraining.js";
import type { SafetyTrainingTerms } from "../../provisions/trainingSubsidy/safetyTraining.js";
import { safetyTraining, safetyTrainingTerms } from "../../provisions/trainingSubsidy/safetyTraining.js";
import type { Uplift } from "../../provisions/trainingSubsidy/tradeFrictionUplift.js";
import { tradeFrictionUplift } from "../../provisions/trainingSubsidy/tradeFrictionUplift.js";
import { trainingSubsidyGroups } from "../../provisions/trainingSubsidy/trainingSubsidyGroups.js";
import type { CertificateKind } from "../../records/training.js";
import type { TraineeStatus } from "../../records/trainee.js";
import type { Check } from "../../core/decision.js";
import type { EmployeeApprenticeTerms, StudentApprenticeTerms } from "../../provisions/apprenticeship/apprenticeshipSubsidy.js";
import { apprenticeshipSubsidy, employeeApprenticeTerms, studentApprenticeTerms } from "../../provisions/apprenticeship/apprenticeshipSubsidy.js";
import { packageGrantCap, trainingPackageGrant } from "../../provisions/packageGrant/packageGrant.js";
import { JX_PROJECT_TRAINING_STATUSES, jxFreeTrainingGroups, jxFreeTrainingStatuses } from "./groups.js";
import { JX_SCOPE, jiaxingScope } from "./scope.js";
import { openMarket, outsideCatalogue } from "../../provisions/trainingSubsidy/subsidyCatalogue.js";

/**
 * Jiaxing's region id.
 * @example isWithinRegion("zhejiang.jiaxing.haining", JIAXING) // → true
 */
export const JIAXING = "zhejiang.jiaxing";
/** The plan's first day: printed 2019-12-13, in force from issue (jx2019.supersession). */
export const JX2019_IN_FORCE = "2019-12-13";
/** The day after the three-year action ends (reading of jx2019.supersession). */
export const JX2019_ACTION_END = "2022-01-01";
const VERIFIED = "2026-11-25";

const SUPERSESSION = cite("jx2019.supersession", "closing");
const LIVING_ALLOWANCE = cite("jx2019.living-allowance", "四(三)四");
const APPRAISAL = cite("jx2019.appraisal-subsidy", "五(十一)");
const ANNUAL_CAP = cite("jx2019.annual-cap", "五(十一)");
const OVER_RETIREMENT = cite("jx2019.over-retirement", "五(十一)");

/**
 * Reading (pension-entitlement-test, jx2019.over-retirement): the test is entitlement to a
 * monthly pension, not an age; a record that does not say is asked for it from age 60 (the
 * highest statutory retirement age of 2019–2021, men's, a figure outside the text: below it an
 * ordinary worker is presumed not yet entitled). A pack may replace {@link retirementAgeRule}.
 * @example JX_PENSION_ASKED_FROM_AGE // → 60
 */
export const JX_PENSION_ASKED_FROM_AGE = 60;

/** Values in force for the plan's three-year action only (jx2019.supersession). */
function during<T>(value: T): { from: string; value: T | null; citation?: ReturnType<typeof cite> }[] {
  return [
    { from: JX2019_IN_FORCE, value },
    { from: JX2019_ACTION_END, value: null, citation: SUPERSESSION },
  ];
}

/**
 * The Jiaxing layer (嘉兴市职业技能提升行动实施方案 2019–2021) over the national texts: the
 * living allowance of 50 yuan a day, the appraisal subsidy, its own groups, residency and
 * apprenticeship terms, pre-job and safety training, the trade-friction uplift and the
 * package grant. Encodes the `jx2019.*` provisions (see docs/provisions.md).
 * @example
 * [jx2019.id, jx2019.level, jx2019.region] // → ["zhejiang.jiaxing.jx2019","prefecture","zhejiang.jiaxing"]
 * (jx2019.measures ?? []).map((m) => m.measure) // → ["appraisalSubsidy","apprenticeshipSubsidy","trainingPackageGrant"]
 */
export const jx2019 = defineLayer({
  id: "zhejiang.jiaxing.jx2019",
  level: "prefecture",
  region: JIAXING,
  label: { zh: "嘉兴市职业技能提升行动实施方案（2019—2021年）", en: "Jiaxing skills-upgrading implementation plan 2019–2021" },
  documents: ["jx2019"],
  scope: SUPERSESSION,
  parameters: [
    withValues<AppraisalStandards>(appraisalSubsidyStandards, {
      citation: APPRAISAL,
      // 「补贴标准为初级工、中级工 120 元，高级工、技师 150 元，高级技师 180 元，职业技能鉴定补贴从 2020 年 1 月 1 日起执行，以证书发放日期为准」
      values: [
        { from: "2020-01-01", value: { junior: "120.00", intermediate: "120.00", senior: "150.00", technician: "150.00", seniorTechnician: "180.00" } },
        { from: JX2019_ACTION_END, value: null, citation: SUPERSESSION },
      ],
      lastVerifiedOn: VERIFIED,
    }),
    // 「对超过退休年龄，不具有按月领取养老金资格，但确有培训需求的人员」 … 「可纳入培训补贴政策范围」 (reading pension-entitlement-test)
    withValues<RetirementAgeRule>(retirementAgeRule, { citation: OVER_RETIREMENT, values: during({ pensionAskedFromAge: JX_PENSION_ASKED_FROM_AGE }), lastVerifiedOn: VERIFIED }),
    // 「享受职业技能培训补贴的企业，按属地原则由失业保险参保地进行管理」
    withValues<boolean>(enterpriseUiLocality, { citation: cite("jx2019.ui-locality", "五(十一)"), values: during(true), lastVerifiedOn: VERIFIED }),
    // 「政府补贴的职业技能培训项目全部向具备资质的社会职业培训机构开放」 (五(八))
    withValues<boolean>(openMarket, { citation: cite("jx2019.open-market", "五(八)"), values: during(true), lastVerifiedOn: "2026-12-03" }),
    // 「对经职业技能竞赛活动产生的优秀选手，可按个人获证方式给予补贴」
    withValues<boolean>(competitionCertificates, { citation: cite("jx2019.competition", "五(五)"), values: during(true), lastVerifiedOn: VERIFIED }),
    // 「获取职业资格证书（职业技能等级证书、专项能力证书，下同）为主要依据」 (the three kinds)
    withValues<readonly CertificateKind[]>(occupationCertificateKinds, {
      citation: cite("jx2019.equal-standard", "五(十一)"),
      values: during<readonly CertificateKind[]>(["qualificationCertificate", "skillLevelCertificate", "specialAbilityCertificate"]),
      lastVerifiedOn: VERIFIED,
    }),
    // 「对项目制培训以培训合格证书、特种作业操作证书为依据进行补贴」
    withValues<readonly CertificateKind[]>(projectCertificateKinds, {
      citation: cite("jx2019.project-certificate", "五(十一)"),
      values: during<readonly CertificateKind[]>(["trainingCompletionCertificate", "specialOperationsCertificate"]),
      lastVerifiedOn: VERIFIED,
    }),
    // 「对建档立卡低收入农户家庭劳动力、退役军人、就业困难人员、对口支援地区建档立卡贫困人员等相关群体以及企业职工」
    withValues<readonly TraineeStatus[]>(projectTrainingStatuses, { citation: cite("jx2019.project-training", "四(三)三"), values: during(JX_PROJECT_TRAINING_STATUSES), lastVerifiedOn: VERIFIED }),
    // 「在员工入职 12 个月内……培训时间不低于 40 课时，培训后取得专项职业能力证书（或培训合格证书），按初级工标准给予组织单位补贴」
    withValues<PreJobTrainingTerms>(preJobTrainingTerms, {
      citation: cite("jx2019.pre-job-training", "三(一)一"),
      values: during<PreJobTrainingTerms>({ minClassHours: 40, withinMonths: 12, certificateKinds: ["specialAbilityCertificate", "trainingCompletionCertificate"], standardLevel: "junior" }),
      lastVerifiedOn: VERIFIED,
    }),
    // 「对经培训取得特种作业操作证，在本市缴纳失业保险 1 年以上的企业职工按初级工标准给予个人或组织单位补贴」
    withValues<SafetyTrainingTerms>(safetyTrainingTerms, {
      citation: cite("jx2019.safety-training", "三(一)三"),
      values: during<SafetyTrainingTerms>({ minInsuredMonths: 12, standardLevel: "junior" }),
      lastVerifiedOn: VERIFIED,
    }),
    // 「2021 年底前，受经贸摩擦影响的企业职工培训补贴标准参照同类职业（工种）补贴标准上浮 30%」 (reading: trade-friction-until-end-2021 — issued on or before 2021-12-31)
    withValues<Uplift>(tradeFrictionUplift, { citation: cite("jx2019.trade-friction-uplift", "三(二)"), values: during<Uplift>({ rate: "0.30", status: "tradeFrictionAffected" }), lastVerifiedOn: VERIFIED }),
    // 四(三): 「面向新生代农民工、农村转移就业劳动者、“两后生”、失业人员、退役军人、就业困难人员（含残疾人）、本市高校毕业生持续实施……免费培训」
    withValues<readonly TraineeStatus[]>(jxFreeTrainingStatuses, {
      citation: cite("jx2019.free-training", "四(三)"),
      values: during(jxFreeTrainingGroups.members as readonly TraineeStatus[]),
      lastVerifiedOn: VERIFIED,
    }),
    // 「职工学徒按每人每年 4000 元至 10000 元的标准给予企业补贴，补助原则上不超过 2 年」 (read on the apprenticeship's first day)
    withValues<EmployeeApprenticeTerms>(employeeApprenticeTerms, {
      citation: cite("jx2019.employee-apprentice", "三(一)二"),
      values: during<EmployeeApprenticeTerms>({ min: "4000.00", max: "10000.00", maxYears: 2 }),
      lastVerifiedOn: VERIFIED,
    }),
    // 「学生学徒补贴金额一般可按学徒月实习津贴标准确定，每人每年不高于 3000 元，补助不超过 1 年」
    withValues<StudentApprenticeTerms>(studentApprenticeTerms, {
      citation: cite("jx2019.student-apprentice", "三(一)二"),
      values: during<StudentApprenticeTerms>({ cap: "3000.00", maxYears: 1 }),
      lastVerifiedOn: VERIFIED,
    }),
    // 「委托职业院校、行业协会和骨干企业……开发职业技能培训包，给予每个不超过 5 万元补助」 (read on the claim's filing date)
    withValues<string>(packageGrantCap, { citation: cite("jx2019.package-grant", "五(十)二"), values: during("50000.00"), lastVerifiedOn: VERIFIED }),
  ],
  rules: [uiLocality, overRetirement, certificateBasis, preJobTraining, safetyTraining],
  measures: [bindMeasure("appraisalSubsidy", appraisalSubsidy), bindMeasure("apprenticeshipSubsidy", apprenticeshipSubsidy), bindMeasure("trainingPackageGrant", trainingPackageGrant)],
  parameterOverrides: [
    // 补贴目录 (五(十)一): the city's merged catalogue says what is subsidised; training outside it is not.
    replaceParameter(outsideCatalogue, {
      label: { zh: "嘉兴：目录外培训不予补贴", en: "Jiaxing: training outside the catalogue is not subsidised" },
      citation: cite("jx2019.catalogue", "五(十)一"),
      values: [{ from: JX2019_IN_FORCE, value: "denied" }],
      lastVerifiedOn: VERIFIED,
    }),
    replaceParameter(livingAllowanceDailyRate, {
      label: { zh: "嘉兴：每人每天 50 元", en: "Jiaxing: 50 yuan per person per training day" },
      citation: LIVING_ALLOWANCE,
      // 「在培训期间通过就业补助资金按每人每天 50 元标准给予生活费补贴」
      values: [
        { from: JX2019_IN_FORCE, value: "50.00" },
        { from: JX2019_ACTION_END, value: null, citation: SUPERSESSION },
      ],
      lastVerifiedOn: VERIFIED,
    }),
  ],
  ruleOverrides: [
    replaceRule(residency, {
      label: { zh: "嘉兴：户籍、常住并办有居住证、就业创业、失业登记", en: "Jiaxing: hukou, residence with permit, local employment, local unemployment registration" },
      citation: cite("jx2019.residency", "五(十一)"),
      run: (_ctx, input) => residencyJiaxing(input),
    }),
    // 「城乡劳动者提供普惠同等的培训补贴」: every worker with a residency basis (reading jiaxing-ordinary-worker).
    replaceRule(trainingSubsidyGroups, {
      label: { zh: "嘉兴：城乡劳动者普惠同等的培训补贴", en: "Jiaxing: every worker with a residency basis" },
      citation: JX_SCOPE,
      run: (_ctx, input) => jiaxingScope(input),
    }),
    // 「职业培训补贴原则上每人每年可享受不超过 3 次，但同一职业（项目）同一等级不可重复享受」: Jiaxing restates the
    // national rules (same numbers, same keys: a project is keyed by its code), citing its own text.
    replaceRule(annualCap, {
      label: { zh: "嘉兴：每人每年不超过 3 次", en: "Jiaxing: at most 3 a year" },
      citation: ANNUAL_CAP,
      run: (ctx, input) => recite(annualCap.run(ctx, input)),
    }),
    replaceRule(noRepeat, {
      label: { zh: "嘉兴：同一职业（工种）同一等级（项目）不可重复享受", en: "Jiaxing: same occupation or project at the same level never twice" },
      citation: ANNUAL_CAP,
      run: (ctx, input) => recite(noRepeat.run(ctx, input)),
    }),
  ],
});

/** A national check restated by Jiaxing's own text (jx2019.annual-cap). */
function recite(check: Check | null): Check | null {
  if (check === null) return null;
  const reason = { code: check.reason.code, citation: ANNUAL_CAP, facts: check.reason.facts };
  return check.missing === undefined ? { pass: check.pass, reason } : { pass: check.pass, reason, missing: check.missing };
}
