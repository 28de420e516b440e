/**
 * 超过法定退休年龄人员 — people over retirement age in subsidised training.
 *
 * 超过法定退休年龄但未按月领取养老金、有培训需求的人员可纳入补贴范围；按月领取养老金的不纳入
 * (jx2019.over-retirement 五(十一)): people over retirement age who do not draw a monthly
 * pension may be included; those who draw one are not.
 *
 * The rule is off unless a layer sets {@link retirementAgeRule}: nationally there is no
 * value, so {@link overRetirement} returns `null` and adds no check.
 *
 * Reading (retirement age): the text does not say which age. The records carry no sex,
 * so a pack sets one age in whole years (the Jiaxing layer sets 60, the statutory
 * retirement age of men in 2019–2021, as a labelled reading a pack may change). Age is
 * counted in whole years on the certificate's issue date ({@link ageOn}).
 */
import type { CivilDate } from "../../core/date.js";
import type { Check } from "../../core/decision.js";
import { isResolved } from "../../core/decision.js";
import { defineRule } from "../../core/layer.js";
import { cite } from "../../core/citation.js";
import { defineParameter } from "../../core/parameter.js";
import type { Trainee } from "../../records/trainee.js";
import { ageOn } from "../groups/olderMigrants.js";
import * as z from "zod";
import { Count } from "../values.js";

/** The retirement age a pack counts from, and whether people over it without a monthly pension are included. */
export interface RetirementAgeRule {
  /** Whole years; a person older than this on the date is over retirement age. */
  readonly age: number;
  /** 未按月领取养老金的可纳入: whether such people are included. */
  readonly withoutPensionIncluded: boolean;
}

/**
 * 法定退休年龄 and the over-retirement rule; declared by a pack (no national value).
 * Encodes `jx2019.over-retirement` (五(十一)).
 * Parameter `eligibility.retirementAge`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(jiaxingPolicy(), retirementAgeRule, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → {"age":60,"withoutPensionIncluded":true}
 */
export const retirementAgeRule = defineParameter<RetirementAgeRule>({
  id: "eligibility.retirementAge",
  label: { zh: "法定退休年龄及超龄人员纳入规则", en: "retirement age and the over-retirement rule" },
  citation: cite("jx2019.over-retirement", "五(十一)"),
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: z.strictObject({ age: Count, withoutPensionIncluded: z.boolean() }),
});

/** What {@link overRetirement} looks at. */
export interface OverRetirementInput {
  /** The trainee. */
  readonly trainee: Trainee;
  /** The certificate's issue date. */
  readonly date: CivilDate;
}

/**
 * The over-retirement check as a pure function. Encodes `jx2019.over-retirement` (五(十一)).
 * @example
 * const rule = { age: 60, withoutPensionIncluded: true };
 * const at = cite("jx2019.over-retirement", "五(十一)");
 * overRetirementCheck(trainee({ birthDate: "1955-01-01", receivesMonthlyPension: true }), civilDate("2020-06-01"), rule, at).pass // → false
 * overRetirementCheck(trainee({ birthDate: "1955-01-01", receivesMonthlyPension: false }), civilDate("2020-06-01"), rule, at).pass // → true
 * overRetirementCheck(trainee({ birthDate: "1955-01-01" }), civilDate("2020-06-01"), rule, at).missing // → ["trainee.receivesMonthlyPension"]
 */
export function overRetirementCheck(trainee: Trainee, date: CivilDate, rule: RetirementAgeRule, citation: ReturnType<typeof cite>): Check {
  const age = ageOn(trainee.birthDate, date);
  const facts = { age, retirementAge: rule.age };
  if (age <= rule.age) return { pass: true, reason: { code: "within_retirement_age", citation, facts } };
  if (trainee.receivesMonthlyPension === true) return { pass: false, reason: { code: "receives_monthly_pension", citation, facts } };
  if (trainee.receivesMonthlyPension === undefined) {
    return { pass: "unknown", reason: { code: "receives_monthly_pension", citation, facts: { ...facts, pension: "unknown" } }, missing: ["trainee.receivesMonthlyPension"] };
  }
  if (!rule.withoutPensionIncluded) return { pass: false, reason: { code: "over_retirement_age", citation, facts } };
  return { pass: true, reason: { code: "over_retirement_without_pension", citation, facts } };
}

/**
 * The over-retirement rule: `null` when no retirement-age rule is in force on the date.
 * Encodes `jx2019.over-retirement` (五(十一)).
 * @example [overRetirement.id, overRetirement.citation.provision] // → ["eligibility.overRetirement","jx2019.over-retirement"]
 */
export const overRetirement = defineRule({
  id: "eligibility.overRetirement",
  label: { zh: "超过法定退休年龄人员", en: "people over retirement age" },
  citation: cite("jx2019.over-retirement", "五(十一)"),
  run: (ctx, input: OverRetirementInput): Check | null => {
    const rule = ctx.param(retirementAgeRule, input.date);
    if (!isResolved(rule)) return null;
    return overRetirementCheck(input.trainee, input.date, rule.value, rule.citation);
  },
});
