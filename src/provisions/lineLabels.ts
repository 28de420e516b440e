/**
 * The names of the measures' lines, in Chinese and English, in a module that imports nothing: the rules' modules name
 * their lines with them and the message tables (`src/locales`) name the measures with them, and the message tables —
 * which the record parsers load — then never load a rule's module (a ledger that checks its grants with `parseGrant`
 * would otherwise close a loop: rule → ledger → parser → messages → rule).
 * @example LINE_LABELS.livingAllowance.en // → "living allowance"
 */
export const LINE_LABELS = {
  trainingSubsidy: { zh: "职业培训补贴", en: "training subsidy" },
  insuredSkillUpgradeSubsidy: { zh: "参保职工技能提升补贴", en: "insured employees' skill-upgrade subsidy" },
  livingAllowance: { zh: "生活费补贴", en: "living allowance" },
  appraisalSubsidy: { zh: "职业技能鉴定补贴", en: "appraisal subsidy" },
  apprenticeshipSubsidy: { zh: "企业新型学徒制培训补贴", en: "apprenticeship subsidy" },
  workForTrainingSubsidy: { zh: "以工代训补贴", en: "work-for-training subsidy" },
  trainingPackageGrant: { zh: "培训包开发补助", en: "training-package grant" },
} as const;
