/**
 * The national layer of 国办发〔2019〕24号 (gbf2019): the living-allowance groups, the
 * residency bases and the certificate-based training subsidy with its claim-history
 * rules (3 a year, no repeat), with every amount left to local standards
 * (gbf2019.local-standards: prefecture-level or higher HR and finance departments set
 * them). The subsidy catalogue slot is declared empty: a city supplies it
 * ({@link withCatalogue}). Also: the apprenticeship floor of 4000 yuan/year and the
 * advance-payment share of 0–100 % as constraints on whatever layer sets them, the
 * 6-month work-for-training limit, the education-fund rates (60 %, 8 %), the skill
 * ladder of five levels with 特级技师 and 首席技师 (§(十八)), and empty slots for the local apprenticeship standard,
 * work-for-training monthly rate, advance share and access-type occupations.
 *
 * Reading (time): the action plan covers 2019–2021, so the framework marker
 * (`national.framework`) runs from the issue date 2019-05-18 to 2021-12-31; the later
 * frameworks (plan2021, op2025) continue its rules by reference (按规定) and take the
 * marker over. The rules' own parameters (the cap of 3, the no-repeat rule) do not end
 * with the marker.
 */
import { cite } from "../../core/citation.js";
import type { TraineeStatus } from "../../records/trainee.js";
import { bindMeasure, defineLayer } from "../../core/layer.js";
import { withValues } from "../../core/parameter.js";
import type { SkillLevel } from "../../records/common.js";
import { residency } from "../../provisions/eligibility/residency.js";
import { nationalFramework } from "../../provisions/framework.js";
import { skillLadder } from "../../provisions/levels/skillLadder.js";
import { livingAllowance, livingAllowanceDailyRate } from "../../provisions/livingAllowance/livingAllowance.js";
import { livingAllowanceGroups, livingAllowanceScopeAdjustment } from "../../provisions/livingAllowance/livingAllowanceGroups.js";
import { ANNUAL_CAP, annualCap, annualCapLimit, annualCapMeasures } from "../../provisions/trainingSubsidy/annualCap.js";
import { NO_REPEAT, noRepeat, noRepeatMeasures } from "../../provisions/trainingSubsidy/noRepeat.js";
import { CATALOGUES_2019, outsideCatalogue, subsidyCatalogue } from "../../provisions/trainingSubsidy/subsidyCatalogue.js";
import { trainingSubsidy } from "../../provisions/trainingSubsidy/trainingSubsidy.js";
import type { ScopeAdjustment } from "../../provisions/trainingSubsidy/trainingSubsidyGroups.js";
import { SCOPE_ADJUSTMENT, scopeAdjustment, trainingSubsidyGroupIds, trainingSubsidyGroups } from "../../provisions/trainingSubsidy/trainingSubsidyGroups.js";
import type { Measure } from "../../records/common.js";
import { advancePaymentShare, advancePaymentShareConstraint } from "../../provisions/advancePayment/advancePayment.js";
import { apprenticeshipAnnualStandard, apprenticeshipFloorConstraint, employeeApprenticeFloorConstraint } from "../../provisions/apprenticeship/apprenticeshipFloor.js";
import { deductionLimitShare, EDUCATION_FUND, frontLineShareMinimum } from "../../provisions/educationFund/educationFund.js";
import { licensedOccupations } from "../../provisions/eligibility/licensedOccupations.js";
import { ageCeiling } from "../../provisions/groups/olderMigrants.js";
import { WORK_FOR_TRAINING, workForTrainingMaxMonths, workForTrainingMonthlyRate, workForTrainingSubsidy } from "../../provisions/workForTraining/workForTraining.js";
import { insuredSkillUpgrade, insuredSkillUpgradeStandards } from "../../provisions/skillUpgrade/insuredSkillUpgrade.js";

/**
 * Issued 2019-05-18 (国办发〔2019〕24号).
 * @example GBF2019_ISSUED // → "2019-05-18"
 */
export const GBF2019_ISSUED = "2019-05-18";
/**
 * The day after the three-year action 2019–2021.
 * @example GBF2019_ACTION_END // → "2022-01-01"
 */
export const GBF2019_ACTION_END = "2022-01-01";
const VERIFIED = "2026-11-25";

/**
 * The old five levels of §(十一): 「初级工、中级工、高级工、技师、高级技师」.
 * @example FIVE_LEVELS.length // → 5
 */
export const FIVE_LEVELS: readonly SkillLevel[] = ["junior", "intermediate", "senior", "technician", "seniorTechnician"];

/**
 * The national layer of 国办发〔2019〕24号 (the 2019–2021 skills-upgrading action): the
 * measures, target groups, claim-history rules and parameter slots every policy builds
 * on. Encodes the `gbf2019.*` provisions (see docs/provisions.md).
 * @example
 * [gbf2019.id, gbf2019.level, gbf2019.documents] // → ["national.gbf2019","national",["gbf2019"]]
 * (gbf2019.parameters ?? []).length // → 20
 */
export const gbf2019 = defineLayer({
  id: "national.gbf2019",
  level: "national",
  region: null,
  label: { zh: "职业技能提升行动方案（2019—2021年）", en: "national skills-upgrading action plan 2019–2021" },
  documents: ["gbf2019"],
  scope: cite("gbf2019.local-standards", "§(十二)"),
  parameters: [
    livingAllowanceDailyRate,
    subsidyCatalogue,
    withValues<string>(nationalFramework, {
      citation: cite("gbf2019.certificate-basis", "§(十二)"),
      values: [
        { from: GBF2019_ISSUED, value: "gbf2019" },
        { from: GBF2019_ACTION_END, value: null },
      ],
      lastVerifiedOn: VERIFIED,
    }),
    // 「对补贴性职业技能培训实施目录清单管理」 (§(十七)): training outside the catalogue is not subsidised.
    withValues<"denied" | "undecidable">(outsideCatalogue, { citation: CATALOGUES_2019, values: [{ from: GBF2019_ISSUED, value: "denied" }], lastVerifiedOn: VERIFIED }),
    // 「原则上每人每年可享受不超过 3 次」
    withValues<number>(annualCapLimit, { citation: ANNUAL_CAP, values: [{ from: GBF2019_ISSUED, value: 3 }], lastVerifiedOn: VERIFIED }),
    // reading: annual-cap-calendar-year — only training subsidies count.
    withValues<readonly Measure[]>(annualCapMeasures, { citation: ANNUAL_CAP, values: [{ from: GBF2019_ISSUED, value: ["trainingSubsidy"] }], lastVerifiedOn: VERIFIED }),
    // 「同一职业同一等级不可重复享受」 (reading: no-repeat-whole-history)
    withValues<readonly Measure[]>(noRepeatMeasures, { citation: NO_REPEAT, values: [{ from: GBF2019_ISSUED, value: ["trainingSubsidy"] }], lastVerifiedOn: VERIFIED }),
    // 「对贫困家庭子女……开展免费职业技能培训行动，对高校毕业生和企业职工按规定给予职业培训补贴」
    withValues<readonly string[]>(trainingSubsidyGroupIds, {
      citation: cite("gbf2019.subsidy-groups", "§(十一)"),
      values: [{ from: GBF2019_ISSUED, value: ["gbf2019.free-training-groups", "gbf2019.subsidy-groups"] }],
      lastVerifiedOn: VERIFIED,
    }),
    // 「省级……可……调整享受职业培训补贴、生活费补贴人员范围」: nothing widened nationally.
    withValues<ScopeAdjustment>(scopeAdjustment, {
      citation: SCOPE_ADJUSTMENT,
      values: [{ from: GBF2019_ISSUED, value: { statuses: [], withoutMonthlyPension: false } }],
      lastVerifiedOn: VERIFIED,
    }),
    // 「调整享受职业培训补贴、生活费补贴人员范围」: the living allowance too; nothing widened nationally.
    withValues<readonly TraineeStatus[]>(livingAllowanceScopeAdjustment, { citation: SCOPE_ADJUSTMENT, values: [{ from: GBF2019_ISSUED, value: [] }], lastVerifiedOn: VERIFIED }),
    // 「初级工、中级工、高级工、技师、高级技师」 (the levels as §(十一) lists them for employees; a
    // non-employee's level check cites §(十二) instead, see trainingSubsidy.ts)
    // and 「鼓励企业设立首席技师、特级技师等」 (§(十八); the words plan2021 §(二十) repeats): reading chief-technician-from-2019.
    withValues<readonly SkillLevel[]>(skillLadder, {
      citation: cite("gbf2019.employee-training", "§(十一)"),
      values: [{ from: GBF2019_ISSUED, value: [...FIVE_LEVELS, "principalTechnician", "chiefTechnician"] }],
      lastVerifiedOn: VERIFIED,
    }),
    // Local amounts and lists: declared without values (gbf2019.local-standards, advance-payment, licensed-occupations).
    apprenticeshipAnnualStandard,
    advancePaymentShare,
    workForTrainingMonthlyRate,
    insuredSkillUpgradeStandards,
    licensedOccupations,
    ageCeiling,
    // 最长不超过 6 个月
    withValues<number>(workForTrainingMaxMonths, { citation: WORK_FOR_TRAINING, values: [{ from: GBF2019_ISSUED, value: 6 }], lastVerifiedOn: VERIFIED }),
    // 「其中 60% 以上用于一线职工培训」
    withValues<string>(frontLineShareMinimum, { citation: EDUCATION_FUND, values: [{ from: GBF2019_ISSUED, value: "0.60" }], lastVerifiedOn: VERIFIED }),
    // 「税前扣除限额提高至工资薪金总额」 8%
    withValues<string>(deductionLimitShare, { citation: EDUCATION_FUND, values: [{ from: GBF2019_ISSUED, value: "0.08" }], lastVerifiedOn: VERIFIED }),
  ],
  // 每人每年 4000 元以上; the province sets the advance share (0–100 %).
  constraints: [apprenticeshipFloorConstraint, employeeApprenticeFloorConstraint, advancePaymentShareConstraint],
  rules: [residency, livingAllowanceGroups, trainingSubsidyGroups, annualCap, noRepeat],
  measures: [
    bindMeasure("livingAllowance", livingAllowance),
    bindMeasure("trainingSubsidy", trainingSubsidy),
    // 以工代训 and 参保职工技能提升补贴 (§(十一)); their amounts are local: undecidable until a layer sets them.
    bindMeasure("workForTrainingSubsidy", workForTrainingSubsidy),
    bindMeasure("insuredSkillUpgradeSubsidy", insuredSkillUpgrade),
  ],
});
