/**
 * 企业新型学徒制培训补贴下限 — the apprenticeship floor.
 *
 * gbf2019.apprenticeship-floor §(十一): 「职工参加企业新型学徒制培训的，给予企业每人每年 4000 元
 * 以上的职业培训补贴，由企业自主用于学徒培训工作」. The standard is local: the national layer
 * declares {@link apprenticeshipAnnualStandard} without values and the constraint
 * {@link apprenticeshipFloorConstraint}, so a layer that sets any standard below
 * 4000 yuan per apprentice per year fails when the policy is built.
 *
 * A standard may be one amount, or a table of amounts by category (industry, apprentice
 * type, level: a local text may vary it by such factors); every amount in a table must
 * meet the floor. A layer with its own apprenticeship terms binds them to the floor with a
 * constraint of its own ({@link meetsApprenticeshipFloor}, citing `gbf2019.apprenticeship-floor`).
 */
import { cite } from "../../core/citation.js";
import type { Constraint } from "../../core/layer.js";
import { amount } from "../../core/money.js";
import { defineParameter } from "../../core/parameter.js";
import { AmountShape, recordOf, unionOf } from "../values.js";

export const APPRENTICESHIP_FLOOR = cite("gbf2019.apprenticeship-floor", "§(十一)");

/**
 * 每人每年 4000 元以上: the floor in yuan per apprentice per year. Encodes `gbf2019.apprenticeship-floor` (§(十一)).
 * @example APPRENTICESHIP_FLOOR_YUAN // → "4000.00"
 */
export const APPRENTICESHIP_FLOOR_YUAN = "4000.00";

/** Yuan per apprentice per year: one amount, or amounts by category. */
export type ApprenticeshipStandard = string | Readonly<Record<string, string>>;

/**
 * The yearly apprenticeship standard (local; no value nationally), checked against the
 * floor by {@link apprenticeshipFloorConstraint}. Encodes `gbf2019.apprenticeship-floor` (§(十一)).
 * Parameter `apprenticeship.annualStandard`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), apprenticeshipAnnualStandard, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → "no_values"
 */
export const apprenticeshipAnnualStandard = defineParameter<ApprenticeshipStandard>({
  id: "apprenticeship.annualStandard",
  label: { zh: "企业新型学徒制培训补贴标准（元/人·年）", en: "apprenticeship subsidy per apprentice per year (yuan)" },
  citation: APPRENTICESHIP_FLOOR,
  values: [],
  lastVerifiedOn: "2026-11-25",
  unit: "yuan/person/year",
  valueSchema: unionOf(AmountShape, recordOf(AmountShape)),
});

/**
 * True when every amount of the standard is at least 4000 yuan. Encodes `gbf2019.apprenticeship-floor` (§(十一)).
 * @example
 * meetsApprenticeshipFloor("3999.99") // → false
 * meetsApprenticeshipFloor({ manufacturing: "6000", services: "4000" }) // → true
 */
export function meetsApprenticeshipFloor(standard: ApprenticeshipStandard): boolean {
  const amounts = typeof standard === "string" ? [standard] : Object.values(standard);
  return amounts.length > 0 && amounts.every((a) => amount(a).greaterThanOrEqualTo(amount(APPRENTICESHIP_FLOOR_YUAN)));
}

/**
 * The constraint the national layer places on every layer's apprenticeship standard: a
 * layer setting less than 4000 yuan fails when the policy is built. Encodes
 * `gbf2019.apprenticeship-floor` (§(十一)).
 * @example
 * apprenticeshipFloorConstraint.test("3500.00") // → false
 * apprenticeshipFloorConstraint.label.en // → "at least 4000 yuan per apprentice per year"
 */
export const apprenticeshipFloorConstraint: Constraint = {
  parameter: apprenticeshipAnnualStandard as Constraint["parameter"],
  citation: APPRENTICESHIP_FLOOR,
  label: { zh: "每人每年 4000 元以上", en: "at least 4000 yuan per apprentice per year" },
  test: (value) => meetsApprenticeshipFloor(value as ApprenticeshipStandard),
};
