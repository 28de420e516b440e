/**
 * 超过退休年龄人员 — people over retirement age in subsidised training.
 *
 * jx2019.over-retirement 五(十一): 
 * 「对超过退休年龄，不具有按月领取养老金资格，但确有培训需求的人员，根据我市经济社会发展实际需要，可纳入培训补贴政策范围」.
 *
 * Reading (pension-entitlement-test): the text's test is entitlement to a monthly pension,
 * not an age. A person entitled to a monthly pension (drawing one, or entitled and not
 * drawing it) is outside the training subsidy (and the appraisal subsidy of the same
 * paragraph), whatever their age; a person with no such
 * entitlement is in, whether below retirement age (an ordinary worker) or over it (the
 * clause includes them; taking the training and obtaining the certificate shows the
 * 培训需求). No age of retirement is needed, so the record needs no sex.
 *
 * The record says `trainee.monthlyPensionEntitled` (具有按月领取养老金资格); drawing a monthly
 * pension (`receivesMonthlyPension: true`) shows entitlement, whatever the record states of it
 * ({@link pensionEntitlement}). Where neither says so, a
 * person younger than {@link RetirementAgeRule.pensionAskedFromAge} (Jiaxing: 60, the highest
 * statutory retirement age of 2019–2021 under 国发〔1978〕104号 — a figure outside the text, a
 * reading a pack may change) is presumed not entitled; an older person's entitlement is asked
 * for (`undecidable`).
 *
 * The Jiaxing layer declares {@link retirementAgeRule} and appends {@link overRetirement} to
 * the training subsidy's extra checks (`trainingSubsidy.checks`); the appraisal subsidy of the
 * same paragraph runs it too (reading appraisal-needs-residency). While no rule is in force
 * on the date it returns `null` and adds no check. (The national scope adjustment has its
 * own flag, `gbf2019.scope-adjustment`; the national groups rule, which this layer replaces,
 * refuses the same entitlement without asking, and so does the living allowance: reading
 * national-pension-scope.)
 */
import type { CivilDate } from "../../core/date.js";
import type { Check } from "../../core/decision.js";
import { isResolved } from "../../core/decision.js";
import { defineRule } from "../../core/layer.js";
import { cite } from "../../core/citation.js";
import { defineParameter } from "../../core/parameter.js";
import type { Trainee } from "../../records/trainee.js";
import { pensionEntitlement } from "../../records/kinds.js";
import { ageOn } from "../../provisions/groups/olderMigrants.js";
import { Count, objectOf } from "../../provisions/values.js";

/** Whether the record shows entitlement to a monthly pension (the national test of gbf2019.scope-adjustment too): see records/kinds.ts. */
export { pensionEntitlement };

/** The over-retirement rule of a pack (reading pension-entitlement-test). */
export interface RetirementAgeRule {
  /** Whole years: from this age a record that does not say whether the person is entitled to a monthly pension is asked for it; below it, no entitlement is presumed. */
  readonly pensionAskedFromAge: number;
}

/**
 * The over-retirement rule, declared by the Jiaxing layer. Encodes
 * `jx2019.over-retirement` (五(十一)).
 * Parameter `eligibility.retirementAge`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(jiaxingPolicy(), retirementAgeRule, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → {"pensionAskedFromAge":60}
 */
export const retirementAgeRule = defineParameter<RetirementAgeRule>({
  id: "eligibility.retirementAge",
  label: { zh: "不具有按月领取养老金资格的人员纳入规则", en: "the over-retirement rule: entitlement to a monthly pension" },
  citation: cite("jx2019.over-retirement", "五(十一)"),
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: objectOf({ pensionAskedFromAge: Count }),
});

/** What {@link overRetirement} looks at. */
export interface OverRetirementInput {
  /** The trainee. */
  readonly trainee: Trainee;
  /** The certificate's issue date. */
  readonly date: CivilDate;
}

/**
 * The check as a pure function. Encodes `jx2019.over-retirement` (五(十一)).
 * @example
 * const rule = { pensionAskedFromAge: 45 };
 * const at = cite("jx2019.over-retirement", "五(十一)");
 * overRetirementCheck(trainee({ birthDate: "1960-01-01", receivesMonthlyPension: true }), civilDate("2020-06-01"), rule, at).pass // → false
 * overRetirementCheck(trainee({ birthDate: "1955-01-01", monthlyPensionEntitled: false }), civilDate("2020-06-01"), rule, at).pass // → true
 * overRetirementCheck(trainee({ birthDate: "1990-01-01" }), civilDate("2020-06-01"), rule, at).pass // → true
 * overRetirementCheck(trainee({ birthDate: "1968-01-01" }), civilDate("2020-06-01"), rule, at).missing // → ["trainee.monthlyPensionEntitled"]
 */
export function overRetirementCheck(trainee: Trainee, date: CivilDate, rule: RetirementAgeRule, citation: ReturnType<typeof cite>): Check {
  const age = ageOn(trainee.birthDate, date);
  const entitled = pensionEntitlement(trainee);
  const facts = { age, pensionAskedFromAge: rule.pensionAskedFromAge };
  if (entitled === true) return { pass: false, reason: { code: "monthly_pension_entitled", citation, facts } };
  if (entitled === false) return { pass: true, reason: { code: "no_monthly_pension_entitlement", citation, facts } };
  if (age < rule.pensionAskedFromAge) return { pass: true, reason: { code: "within_retirement_age", citation, facts } };
  return { pass: "unknown", reason: { code: "monthly_pension_entitled", citation, facts: { ...facts, entitlement: "unknown" } }, missing: ["trainee.monthlyPensionEntitled"] };
}

/**
 * The over-retirement rule: `null` when no rule is in force on the date.
 * Encodes `jx2019.over-retirement` (五(十一)).
 * @example [overRetirement.id, overRetirement.citation.provision] // → ["eligibility.overRetirement","jx2019.over-retirement"]
 */
export const overRetirement = defineRule({
  id: "eligibility.overRetirement",
  label: { zh: "超过退休年龄、不具有按月领取养老金资格的人员", en: "people over retirement age without a monthly-pension entitlement" },
  citation: cite("jx2019.over-retirement", "五(十一)"),
  run: (ctx, input: OverRetirementInput): Check | null => {
    const rule = ctx.param(retirementAgeRule, input.date);
    if (!isResolved(rule)) return null;
    return overRetirementCheck(input.trainee, input.date, rule.value, rule.citation);
  },
});
