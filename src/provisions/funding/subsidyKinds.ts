/**
 * 补贴种类与资金渠道 — which subsidies are paid, and from which funds.
 *
 * plan2021.subsidy-kinds §(二十六): 「统筹利用就业补助资金、失业保险基金和已有职业培训资金（含
 * 职业技能提升行动专账结余资金），按规定对符合条件的参训人员给予职业培训补贴、技能提升补贴和
 * 生活费补贴。建立培训补贴标准动态评估调整机制，适时调整补贴标准」. The kinds and funds are
 * the parameter {@link subsidyKinds}; "dynamically adjusted" standards are why every
 * standard in the library is a dated parameter.
 */
import { cite } from "../../core/citation.js";
import { defineParameter } from "../../core/parameter.js";
import { enumOf, listOf, MeasureShape, objectOf } from "../values.js";
import type { Measure } from "../../records/kinds.js";

export const SUBSIDY_KINDS = /* @__PURE__ */ cite("plan2021.subsidy-kinds", "§(二十六)");

/**
 * The funds that pay subsidies: 就业补助资金 / 失业保险基金 / 「职业技能提升行动专账」.
 * Encodes `plan2021.subsidy-kinds` (§(二十六)).
 * @example SUBSIDY_FUNDS // → ["employmentSubsidyFund","unemploymentInsuranceFund","skillsActionAccount"]
 */
export const SUBSIDY_FUNDS = ["employmentSubsidyFund", "unemploymentInsuranceFund", "skillsActionAccount"] as const;
/** A fund, one of {@link SUBSIDY_FUNDS}. */
export type SubsidyFund = (typeof SUBSIDY_FUNDS)[number];

/** The subsidy kinds and the funds that may pay them. */
export interface SubsidyKinds {
  /** The measures (subsidy kinds). */
  readonly measures: readonly Measure[];
  /** The funds. */
  readonly funds: readonly SubsidyFund[];
}

/**
 * The subsidy kinds and funds in force (from plan2021). Encodes `plan2021.subsidy-kinds` (§(二十六)).
 * Parameter `funding.subsidyKinds`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalFrameworksPolicy(), subsidyKinds, civilDate("2022-06-01"));
 * isResolved(r) ? r.value : r.reason // → {"measures":["trainingSubsidy","insuredSkillUpgradeSubsidy","livingAllowance"],"funds":["employmentSubsidyFund","unemploymentInsuranceFund","skillsActionAccount"]}
 */
export const subsidyKinds = /* @__PURE__ */ defineParameter<SubsidyKinds>({
  id: "funding.subsidyKinds",
  label: { zh: "补贴种类与资金渠道", en: "subsidy kinds and funds" },
  citation: SUBSIDY_KINDS,
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: objectOf({ measures: listOf(MeasureShape), funds: listOf(enumOf(SUBSIDY_FUNDS)) }),
});

/**
 * True when the kinds in force name both the measure and the fund.
 * Encodes `plan2021.subsidy-kinds` (§(二十六)).
 * @example
 * fundMayPay({ measures: ["livingAllowance"], funds: ["employmentSubsidyFund"] }, "livingAllowance", "employmentSubsidyFund") // → true
 * fundMayPay({ measures: ["livingAllowance"], funds: ["employmentSubsidyFund"] }, "livingAllowance", "skillsActionAccount") // → false
 */
export function fundMayPay(kinds: SubsidyKinds, measure: Measure, fund: SubsidyFund): boolean {
  return kinds.measures.includes(measure) && kinds.funds.includes(fund);
}
