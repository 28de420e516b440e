/** Labels for report output: measures, funds, course kinds (glossary names, Chinese and English). */
import type { Label } from "../core/parameter.js";
import type { Measure } from "../records/common.js";
import type { Fund } from "../records/progress.js";

/**
 * Each measure's name in Chinese and English (glossary names).
 * @example MEASURE_LABELS.livingAllowance // → {"zh":"生活费补贴","en":"living allowance"}
 */
export const MEASURE_LABELS: Readonly<Record<Measure, Label>> = {
  trainingSubsidy: { zh: "职业培训补贴", en: "training subsidy" },
  insuredSkillUpgradeSubsidy: { zh: "参保职工技能提升补贴", en: "insured-worker skill-upgrade subsidy" },
  livingAllowance: { zh: "生活费补贴", en: "living allowance" },
  appraisalSubsidy: { zh: "职业技能鉴定补贴", en: "appraisal subsidy" },
  apprenticeshipSubsidy: { zh: "新型学徒制培训补贴", en: "apprenticeship subsidy" },
  workForTrainingSubsidy: { zh: "以工代训补贴", en: "work-for-training subsidy" },
  trainingPackageGrant: { zh: "培训包开发补助", en: "training-package grant" },
};

/**
 * Each fund's name in Chinese and English, and `unspecified` for grants without one.
 * @example FUND_LABELS.unspecified.en // → "not stated"
 */
export const FUND_LABELS: Readonly<Record<Fund | "unspecified", Label>> = {
  employmentSubsidyFund: { zh: "就业补助资金", en: "employment subsidy fund" },
  unemploymentInsuranceFund: { zh: "失业保险基金", en: "unemployment insurance fund" },
  skillsActionAccount: { zh: "职业技能提升行动专账", en: "skills-action account" },
  unspecified: { zh: "未注明", en: "not stated" },
};

export function labelOf<K extends string>(table: Readonly<Record<K, Label>>, key: string): Label {
  return Object.hasOwn(table, key) ? table[key as K] : { zh: key, en: key };
}
