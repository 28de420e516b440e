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
import { bindMeasure, defineLayer } from "../../core/layer.js";
import { declareFromData } from "../../core/parameterData.js";
import { GBF2019_PARAMS } from "./gbf2019.params.js";
import type { SkillLevel } from "../../records/common.js";
import { residency } from "../../provisions/eligibility/residency.js";
import { nationalFramework } from "../../provisions/framework.js";
import { skillLadder } from "../../provisions/levels/skillLadder.js";
import { livingAllowance, livingAllowanceDailyRate } from "../../provisions/livingAllowance/livingAllowance.js";
import { livingAllowanceGroups, livingAllowanceScopeAdjustment } from "../../provisions/livingAllowance/livingAllowanceGroups.js";
import { annualCap, annualCapLimit, annualCapMeasures } from "../../provisions/trainingSubsidy/annualCap.js";
import { noRepeat, noRepeatMeasures } from "../../provisions/trainingSubsidy/noRepeat.js";
import { outsideCatalogue, subsidyCatalogue } from "../../provisions/trainingSubsidy/subsidyCatalogue.js";
import { trainingSubsidy } from "../../provisions/trainingSubsidy/trainingSubsidy.js";
import { scopeAdjustment, trainingSubsidyGroupIds, trainingSubsidyGroups } from "../../provisions/trainingSubsidy/trainingSubsidyGroups.js";
import { advancePaymentShare, advancePaymentShareConstraint } from "../../provisions/advancePayment/advancePayment.js";
import { apprenticeshipAnnualStandard, apprenticeshipFloorConstraint } from "../../provisions/apprenticeship/apprenticeshipFloor.js";
import { nationalApprenticeshipSubsidy } from "../../provisions/apprenticeship/nationalApprenticeship.js";
import { deductionLimitShare, frontLineShareMinimum } from "../../provisions/educationFund/educationFund.js";
import { licensedOccupations } from "../../provisions/eligibility/licensedOccupations.js";
import { ageCeiling } from "../../provisions/groups/olderMigrants.js";
import { workForTrainingMaxMonths, workForTrainingMaxMonthsPerEmployer, workForTrainingMonthlyRate, workForTrainingSubsidy } from "../../provisions/workForTraining/workForTraining.js";
import { insuredSkillUpgrade, insuredSkillUpgradeStandards } from "../../provisions/skillUpgrade/insuredSkillUpgrade.js";

/** The layer's parameter values, from gbf2019.params.yaml. */
const P = GBF2019_PARAMS.parameters;

// The constants below read P in pure calls: a property read at the top level is kept by a bundler
// even when nothing reads the constant (the one-claim browser bundle reads none of them, issue #16).

/**
 * Issued 2019-05-18 (国办发〔2019〕24号).
 * @example GBF2019_ISSUED // → "2019-05-18"
 */
export const GBF2019_ISSUED: string = /* @__PURE__ */ (() => P["national.framework"].values[0].from)();
/**
 * The day after the three-year action 2019–2021.
 * @example GBF2019_ACTION_END // → "2022-01-01"
 */
export const GBF2019_ACTION_END: string = /* @__PURE__ */ (() => P["national.framework"].values[1].from)();
/**
 * The old five levels of §(十一): 「初级工、中级工、高级工、技师、高级技师」 (from gbf2019.params.yaml).
 * @example FIVE_LEVELS.length // → 5
 */
export const FIVE_LEVELS: readonly SkillLevel[] = /* @__PURE__ */ (() => P["levels.skillLadder"].values[0].value.slice(0, 5))();

/**
 * The national layer of 国办发〔2019〕24号 (the 2019–2021 skills-upgrading action): the
 * measures, target groups, claim-history rules and parameter slots every policy builds
 * on. Encodes the `gbf2019.*` provisions (see docs/provisions.md).
 * @example
 * [gbf2019.id, gbf2019.level, gbf2019.documents] // → ["national.gbf2019","national",["gbf2019"]]
 * (gbf2019.parameters ?? []).length // → 21
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
    declareFromData(nationalFramework, P["national.framework"]),
    declareFromData(outsideCatalogue, P["trainingSubsidy.outsideCatalogue"]),
    declareFromData(annualCapLimit, P["trainingSubsidy.annualCap"]),
    declareFromData(annualCapMeasures, P["trainingSubsidy.annualCapMeasures"]),
    declareFromData(noRepeatMeasures, P["trainingSubsidy.noRepeatMeasures"]),
    declareFromData(trainingSubsidyGroupIds, P["trainingSubsidy.groups"]),
    declareFromData(scopeAdjustment, P["trainingSubsidy.scopeAdjustment"]),
    declareFromData(livingAllowanceScopeAdjustment, P["livingAllowance.scopeAdjustment"]),
    declareFromData(skillLadder, P["levels.skillLadder"]),
    // Local amounts and lists: declared without values (gbf2019.local-standards, advance-payment, licensed-occupations).
    apprenticeshipAnnualStandard,
    advancePaymentShare,
    workForTrainingMonthlyRate,
    insuredSkillUpgradeStandards,
    licensedOccupations,
    ageCeiling,
    declareFromData(workForTrainingMaxMonths, P["workForTraining.maxMonths"]),
    declareFromData(workForTrainingMaxMonthsPerEmployer, P["workForTraining.maxMonthsPerEmployer"]),
    declareFromData(frontLineShareMinimum, P["educationFund.frontLineShareMinimum"]),
    declareFromData(deductionLimitShare, P["educationFund.deductionLimitShare"]),
  ],
  // 每人每年 4000 元以上; the province sets the advance share (0–100 %).
  constraints: [apprenticeshipFloorConstraint, advancePaymentShareConstraint],
  rules: [residency, livingAllowanceGroups, trainingSubsidyGroups, annualCap, noRepeat],
  measures: [
    bindMeasure("livingAllowance", livingAllowance),
    bindMeasure("trainingSubsidy", trainingSubsidy),
    // 以工代训 and 参保职工技能提升补贴 (§(十一)); their amounts are local: undecidable until a layer sets them.
    bindMeasure("workForTrainingSubsidy", workForTrainingSubsidy),
    bindMeasure("insuredSkillUpgradeSubsidy", insuredSkillUpgrade),
    // 企业新型学徒制培训 (§(十一)): the standard is local; undecidable until a layer binds a rule that pays it.
    bindMeasure("apprenticeshipSubsidy", nationalApprenticeshipSubsidy),
  ],
});
