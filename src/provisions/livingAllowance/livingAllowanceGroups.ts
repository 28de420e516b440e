/**
 * 生活费补贴对象 — who gets the living allowance during training.
 *
 * gbf2019.living-allowance-groups §(十一): 「贫困劳动力、就业困难人员、零就业家庭成员、
 * “两后生”中的农村学员和城市低保家庭学员」. A local text that names the same groups keeps
 * this rule and only supplies the daily rate; one that names others replaces or makes an
 * exception to it (gbf2019.scope-adjustment).
 */
import { cite } from "../../core/citation.js";
import type { Check } from "../../core/decision.js";
import { defineRule } from "../../core/layer.js";
import { defineParameter } from "../../core/parameter.js";
import type { Trainee } from "../../records/trainee.js";
import type { TraineeStatus } from "../../records/trainee.js"; // type only: erased, no zod at run time
import { livingAllowanceTrainees } from "../groups/livingAllowanceTrainees.js";
import { listOf, TraineeStatusShape } from "../values.js";

export const LIVING_ALLOWANCE_GROUPS = cite("gbf2019.living-allowance-groups", "§(十一)");

/**
 * gbf2019.scope-adjustment §(十二): 
 * 「省级人力资源社会保障部门、财政部门可在规定的原则下结合实际调整享受职业培训补贴、生活费补贴人员范围和条件要求」
 * — the province may widen the living allowance too:
 * further statuses whose holders get it (none nationally; a provincial or city layer
 * replaces the value). Read on the course's first day.
 * Parameter `livingAllowance.scopeAdjustment`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), livingAllowanceScopeAdjustment, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → []
 */
export const livingAllowanceScopeAdjustment = defineParameter<readonly TraineeStatus[]>({
  id: "livingAllowance.scopeAdjustment",
  label: { zh: "省级调整的生活费补贴人员范围", en: "province's widening of the living-allowance groups" },
  citation: cite("gbf2019.scope-adjustment", "§(十二)"),
  values: [],
  lastVerifiedOn: "2026-12-03",
  valueSchema: listOf(TraineeStatusShape),
});

/**
 * The living-allowance groups a trainee belongs to (empty when none). Encodes
 * `gbf2019.living-allowance-groups` (§(十一)).
 * @example livingAllowanceGroupsOf(trainee({ statuses: ["nonContinuingGraduate", "rural", "veteran"] })) // → ["nonContinuingGraduate+rural"]
 */
export function livingAllowanceGroupsOf(trainee: Trainee): string[] {
  return livingAllowanceTrainees.of(trainee);
}

/**
 * Passes when the trainee is in a living-allowance group. Encodes
 * `gbf2019.living-allowance-groups` (§(十一)).
 * @example
 * livingAllowanceGroupCheck(trainee({ statuses: ["nonContinuingGraduate", "rural"] })).pass // → true
 * // a city 两后生 not on dibao:
 * livingAllowanceGroupCheck(trainee({ statuses: ["nonContinuingGraduate"] })).pass // → false
 */
export function livingAllowanceGroupCheck(trainee: Trainee): Check {
  const groups = livingAllowanceGroupsOf(trainee);
  return groups.length > 0
    ? { pass: true, reason: { code: "in_living_allowance_group", citation: LIVING_ALLOWANCE_GROUPS, facts: { groups } } }
    : { pass: false, reason: { code: "not_in_living_allowance_group", citation: LIVING_ALLOWANCE_GROUPS, facts: { statuses: trainee.statuses } } };
}

/**
 * The living-allowance group rule (`livingAllowance.groups`), which a layer may widen
 * with a {@link ruleException}. Encodes `gbf2019.living-allowance-groups` (§(十一)).
 * @example [livingAllowanceGroups.id, livingAllowanceGroups.citation.provision] // → ["livingAllowance.groups","gbf2019.living-allowance-groups"]
 */
export const livingAllowanceGroups = defineRule({
  id: "livingAllowance.groups",
  label: { zh: "生活费补贴对象", en: "living-allowance groups" },
  citation: LIVING_ALLOWANCE_GROUPS,
  run: (_ctx, trainee: Trainee): Check => livingAllowanceGroupCheck(trainee),
});
