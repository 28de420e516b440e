/**
 * 市场化收费＋政府补贴 — cost sharing for market-priced training.
 *
 * op2025.cost-sharing (十七): 「收费实行市场调节价的培训项目,可探索建立“市场化收费+政府补贴”
 * 相结合的培训成本分摊机制」. Reading (reading: cost-sharing-market-priced-only): when the fee
 * actually charged for a market-priced course (`course.pricing === "market"`) is known, the
 * subsidy for that training never exceeds it; free training and training at a
 * government-guided price are not touched. The op2025 layer turns the cap on
 * ({@link capAtFeeCharged}) from its first day.
 */
import { cite } from "../../core/citation.js";
import type { Amount } from "../../core/money.js";
import { amount, min } from "../../core/money.js";
import { defineParameter } from "../../core/parameter.js";
import { Bool } from "../values.js";

export const COST_SHARING = cite("op2025.cost-sharing", "(十七)");

/**
 * Whether the training subsidy is capped at the fee charged (on from op2025).
 * Encodes `op2025.cost-sharing` (十七).
 * Parameter `trainingSubsidy.capAtFeeCharged`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalFrameworksPolicy(), capAtFeeCharged, civilDate("2025-07-01"));
 * isResolved(r) ? r.value : r.reason // → true
 */
export const capAtFeeCharged = defineParameter<boolean>({
  id: "trainingSubsidy.capAtFeeCharged",
  label: { zh: "补贴不超过实际收费", en: "subsidy capped at the fee charged" },
  citation: COST_SHARING,
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: Bool,
});

/**
 * The subsidy capped at the fee charged, when the fee is known. Encodes `op2025.cost-sharing` (十七).
 * @example
 * capAtFee(amount("1000"), "800.00").toFixed(2) // → "800.00"
 * capAtFee(amount("1000"), undefined).toFixed(2) // → "1000.00"
 */
export function capAtFee(subsidy: Amount, feeCharged: string | undefined): Amount {
  return feeCharged === undefined ? subsidy : min(subsidy, amount(feeCharged));
}
