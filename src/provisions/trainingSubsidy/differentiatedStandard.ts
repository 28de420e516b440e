/**
 * 差异化补贴 — standards differentiated by how short the occupation is.
 *
 * op2025.differentiated-subsidy (十七): 「进一步健全根据职业(工种)急需紧缺程度、培训成本等
 * 情况确定的差异化补贴机制」. The catalogue row carries a shortage tier; the layer prices
 * each tier ({@link shortageTierPricing}): a factor on the row's standard, or an amount
 * that replaces it. A row without a tier, or a tier the layer does not price, keeps
 * its standard; before the layer's values are in force, tiers have no effect.
 */
import { cite } from "../../core/citation.js";
import type { Amount } from "../../core/money.js";
import { amount } from "../../core/money.js";
import { defineParameter } from "../../core/parameter.js";
import { AmountShape, DecimalString, objectOf, recordOf, unionOf } from "../values.js";

export const DIFFERENTIATED = cite("op2025.differentiated-subsidy", "(十七)");

/** How a tier is priced: a factor (decimal string, e.g. `"1.2"`) or an amount in yuan. */
export type TierPricing = { readonly factor: string } | { readonly amount: string };

/**
 * How each shortage tier is priced (declared empty by op2025; a pack prices its tiers).
 * Encodes `op2025.differentiated-subsidy` (十七).
 * Parameter `trainingSubsidy.shortageTierPricing`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalFrameworksPolicy(), shortageTierPricing, civilDate("2025-07-01"));
 * isResolved(r) ? r.value : r.reason // → "no_values"
 */
export const shortageTierPricing = defineParameter<Readonly<Record<string, TierPricing>>>({
  id: "trainingSubsidy.shortageTierPricing",
  label: { zh: "按急需紧缺程度确定的补贴标准", en: "standard by shortage tier" },
  citation: DIFFERENTIATED,
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: recordOf(unionOf(objectOf({ factor: DecimalString }), objectOf({ amount: AmountShape }))),
});

/**
 * The standard after the tier's pricing, exact (not rounded). Encodes
 * `op2025.differentiated-subsidy` (十七).
 * @example
 * tieredStandard("1000.00", "A", { A: { factor: "1.2" } }).toFixed(2) // → "1200.00"
 * tieredStandard("1000.00", "B", { A: { factor: "1.2" }, B: { amount: "900" } }).toFixed(2) // → "900.00"
 * tieredStandard("1000.00", "C", { A: { factor: "1.2" } }).toFixed(2) // → "1000.00"
 */
export function tieredStandard(standard: string, tier: string | undefined, pricing: Readonly<Record<string, TierPricing>> | undefined): Amount {
  const rule = tier === undefined || pricing === undefined ? undefined : pricing[tier];
  if (rule === undefined) return amount(standard);
  return "factor" in rule ? amount(standard).times(amount(rule.factor)) : amount(rule.amount);
}
