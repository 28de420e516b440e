/**
 * 先行拨付 — advance payment of part of a training subsidy.
 *
 * gbf2019.advance-payment §(十二): 「对企业开展培训或者培训机构开展项目制培训的，可先行拨付一定
 * 比例的培训补贴资金，具体比例由各省（区、市）根据实际情况确定」. The share is a province's
 * parameter ({@link advancePaymentShare}, a percentage 0–100, declared without values
 * nationally, constrained to 0–100 at build time); {@link advancePayment} splits a
 * subsidy into the advance and the balance.
 */
import { assert } from "../../core/assert.js";
import { cite } from "../../core/citation.js";
import type { Constraint } from "../../core/layer.js";
import type { Yuan } from "../../core/money.js";
import { amount, yuanOf } from "../../core/money.js";
import { defineParameter } from "../../core/parameter.js";
import { amountArgument } from "../../records/checks.js";
import { Percent } from "../values.js";

export const ADVANCE_PAYMENT = cite("gbf2019.advance-payment", "§(十二)");

/**
 * The share paid in advance, in percent (`"30"` = 30 %); a province's figure (no value
 * nationally). Encodes `gbf2019.advance-payment` (§(十二)).
 * Parameter `advancePayment.sharePercent`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), advancePaymentShare, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → "no_values"
 */
export const advancePaymentShare = defineParameter<string>({
  id: "advancePayment.sharePercent",
  label: { zh: "培训补贴先行拨付比例（%）", en: "share of the training subsidy paid in advance (%)" },
  citation: ADVANCE_PAYMENT,
  values: [],
  lastVerifiedOn: "2026-11-25",
  unit: "%",
  valueSchema: Percent,
});

/** True for a percentage from 0 to 100 inclusive. */
export function isPercent(value: string): boolean {
  if (!/^\d{1,3}(\.\d{1,4})?$/.test(value)) return false;
  const v = amount(value);
  return v.greaterThanOrEqualTo(0) && v.lessThanOrEqualTo(100);
}

/**
 * The constraint that any layer's advance share is a percentage from 0 to 100. Encodes
 * `gbf2019.advance-payment` (§(十二)).
 * @example
 * advancePaymentShareConstraint.test("30") // → true
 * advancePaymentShareConstraint.test("130") // → false
 */
export const advancePaymentShareConstraint: Constraint = {
  parameter: advancePaymentShare as Constraint["parameter"],
  citation: ADVANCE_PAYMENT,
  label: { zh: "先行拨付比例在 0—100% 之间", en: "advance share between 0 and 100 %" },
  test: (value) => typeof value === "string" && isPercent(value),
};

/** Who delivers the training: only enterprise training and project-based training may be advanced. */
export type AdvanceTraining = "enterpriseTraining" | "projectBased" | "other";

/**
 * Splits a subsidy into the advance (rounded half-up to the fen) and the balance
 * (the rest, so the two always add up to the subsidy).
 * @throws SkillsSubsidyError `invalid_argument` naming the argument when the share is not a percentage 0–100 (a
 * configuration fault), the subsidy not an amount in yuan ≥ 0 with at most two decimals, or `training` not one of the three.
 * Encodes `gbf2019.advance-payment` (§(十二)).
 * @example
 * advancePayment("1000.00", "30", "projectBased") // → {"advance":"300.00","balance":"700.00"}
 * advancePayment("1000.00", "30", "other") // → {"advance":"0.00","balance":"1000.00"}
 */
export function advancePayment(subsidy: Yuan, sharePercent: string, training: AdvanceTraining): { readonly advance: Yuan; readonly balance: Yuan } {
  assert(isPercent(sharePercent), "invalid_argument", { zh: `预支比例应为 0–100 的百分数，实际为 ${JSON.stringify(sharePercent)}`, en: `advance payment share must be a percentage 0–100, got ${JSON.stringify(sharePercent)}` }, { argument: "sharePercent" });
  // the subsidy and who trains are the caller's too: an impossible one is named, never computed on (cold review 99 F5)
  const total = amountArgument(subsidy, "subsidy");
  assert(training === "enterpriseTraining" || training === "projectBased" || training === "other", "invalid_argument", { zh: `training 应为 "enterpriseTraining"、"projectBased" 或 "other"，实际为 ${JSON.stringify(training)}`, en: `training must be "enterpriseTraining", "projectBased" or "other", got ${JSON.stringify(training)}` }, { argument: "training" });
  if (training === "other") return { advance: yuanOf(amount(0)), balance: yuanOf(total) };
  const advance = amount(yuanOf(total.times(amount(sharePercent)).dividedBy(100)));
  return { advance: yuanOf(advance), balance: yuanOf(total.minus(advance)) };
}
