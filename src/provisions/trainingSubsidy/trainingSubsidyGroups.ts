/**
 * 职业培训补贴对象 — who may receive the certificate-based training subsidy.
 *
 * - gbf2019.free-training-groups and gbf2019.subsidy-groups §(十一): the free-training
 *   groups (the migrant workers among 农村转移就业劳动者, by §(四)), college graduates and
 *   enterprise employees; and gbf2019.living-allowance-groups §(十一), the people given the
 *   living allowance 「在培训期间……同时」, so trained on subsidy (就业困难人员, 零就业家庭成员;
 *   reading national-training-subsidy-scope).
 * - plan2021.graduation-year-students §(十): from the plan's period graduation-year
 *   students come in (the plan2021 layer replaces the dated list
 *   {@link trainingSubsidyGroupIds}); §(六)'s key groups (`plan2021.groups`) are training
 *   targets, not in the list (reading plan2021-subsidy-groups).
 * - Reading (national-training-subsidy-scope): under the national texts alone the scope is
 *   the groups §(十一) names; §(十二)'s 「符合条件的劳动者」 points back to them, and the
 *   province widens the scope ({@link scopeAdjustment}). A city layer may replace the rule
 *   (e.g. with every worker who has a residency basis).
 * - gbf2019.scope-adjustment §(十二): a province may widen the scope, including people
 *   who need training and are not entitled to a monthly pension
 *   ({@link scopeAdjustment}, declared `{ statuses: [], withoutMonthlyPension: false }`
 *   nationally). The widening is keyed on the entitlement ({@link pensionEntitlement}): a
 *   record saying he is not entitled is let in; one silent on it (drawing none, or saying
 *   nothing) is asked `trainee.monthlyPensionEntitled` (reading national-pension-scope).
 * - Reading (national-pension-scope): the same clause keeps people entitled to a monthly
 *   pension out of the scope, even as widened: from gbf2019's day a trainee whose record
 *   says he draws or is entitled to one is refused, in any group ({@link pensionRefusal});
 *   a record silent on the pension is not asked. A city layer that replaces this rule judges
 *   the pension by its own text (e.g. reading pension-entitlement-test).
 */
import { cite } from "../../core/citation.js";
import type { CivilDate } from "../../core/date.js";
import type { Check } from "../../core/decision.js";
import { isResolved } from "../../core/decision.js";
import { defineRule } from "../../core/layer.js";
import { defineParameter } from "../../core/parameter.js";
import type { Trainee } from "../../records/trainee.js";
import { hasStatus, pensionEntitlement } from "../../records/kinds.js";
import { employmentSkillsGroups } from "../groups/employmentSkillsGroups.js";
import { freeTrainingGroups } from "../groups/freeTrainingGroups.js";
import type { Group } from "../groups/group.js";
import { graduationYearStudents } from "../groups/graduationYearStudents.js";
import { keyGroups2021 } from "../groups/keyGroups2021.js";
import { livingAllowanceTrainees } from "../groups/livingAllowanceTrainees.js";
import { ageOn, migrantWorkers } from "../groups/olderMigrants.js";
import { povertySupport } from "../groups/povertySupport.js";
import { projectTrainingGroups } from "../groups/projectTrainingGroups.js";
import { subsidyGroups } from "../groups/subsidyGroups.js";
import { unemployedPriority } from "../groups/unemployedPriority.js";
import { unresolvedReason } from "../common.js";
import { Bool, listOf, objectOf, referenceTo, TraineeStatusShape } from "../values.js";
import type { TraineeStatus } from "../../records/trainee.js"; // type only: erased, no zod at run time

/**
 * The groups a layer can name in {@link trainingSubsidyGroupIds}, by provision id.
 * @example Object.keys(GROUPS) // → ["gbf2019.free-training-groups","gbf2019.subsidy-groups","gbf2019.living-allowance-groups","gbf2019.project-training-groups","gf2018.groups","plan2021.groups","plan2021.graduation-year-students","gbf2019.poverty-support","op2025.unemployed-priority","op2025.older-migrants"]
 */
export const GROUPS: Readonly<Record<string, Group>> = Object.fromEntries(
  [freeTrainingGroups, subsidyGroups, livingAllowanceTrainees, projectTrainingGroups, employmentSkillsGroups, keyGroups2021, graduationYearStudents, povertySupport, unemployedPriority, migrantWorkers].map((g) => [g.id, g]),
);

export const SCOPE_ADJUSTMENT = cite("gbf2019.scope-adjustment", "§(十二)");

/**
 * The groups whose members may receive the training subsidy (provision ids of {@link GROUPS}).
 * Encodes `gbf2019.free-training-groups`, `gbf2019.subsidy-groups`, `gbf2019.living-allowance-groups` (§(十一)) and, from
 * plan2021, `plan2021.graduation-year-students` (§(十)).
 * Parameter `trainingSubsidy.groups`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), trainingSubsidyGroupIds, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → ["gbf2019.free-training-groups","gbf2019.subsidy-groups","gbf2019.living-allowance-groups"]
 */
export const trainingSubsidyGroupIds = defineParameter<readonly string[]>({
  id: "trainingSubsidy.groups",
  label: { zh: "职业培训补贴对象范围", en: "groups eligible for the training subsidy" },
  citation: cite("gbf2019.subsidy-groups", "§(十一)"),
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: listOf(referenceTo(Object.keys(GROUPS))),
});

/** A province's widening of the scope (`gbf2019.scope-adjustment`). */
export interface ScopeAdjustment {
  /** Further statuses whose holders qualify. */
  readonly statuses: readonly TraineeStatus[];
  /** Whether people not entitled to a monthly pension qualify (「不具有按月领取养老金资格的人员」: the record's `monthlyPensionEntitled: false`, and not drawing one; {@link pensionEntitlement}). */
  readonly withoutMonthlyPension: boolean;
}

/**
 * A province's widening of the scope (nothing nationally). Encodes `gbf2019.scope-adjustment` (§(十二)).
 * Parameter `trainingSubsidy.scopeAdjustment`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), scopeAdjustment, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → {"statuses":[],"withoutMonthlyPension":false}
 */
export const scopeAdjustment = defineParameter<ScopeAdjustment>({
  id: "trainingSubsidy.scopeAdjustment",
  label: { zh: "省级调整的补贴人员范围", en: "province's widening of the subsidy scope" },
  citation: SCOPE_ADJUSTMENT,
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: objectOf({ statuses: listOf(TraineeStatusShape), withoutMonthlyPension: Bool }),
});

/**
 * gbf2019.scope-adjustment §(十二) 「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」: a person entitled to
 * a monthly pension (drawing one, or entitled and not drawing it: {@link pensionEntitlement}) is outside the scope of the
 * training subsidy and the living allowance, even as a province widens it (reading national-pension-scope). The refusal,
 * for a record that shows the entitlement while the clause is in force (the policy resolves a parameter of
 * gbf2019.scope-adjustment on the date: not before gbf2019, nor on the gf2018 chain); a record silent on it is not asked.
 * @example pensionRefusal(trainee({ birthDate: "1957-03-01", receivesMonthlyPension: true }), civilDate("2022-03-01")).reason.facts // → {"age":65}
 */
export function pensionRefusal(trainee: Trainee, date: CivilDate): Check {
  return { pass: false, reason: { code: "monthly_pension_entitled", citation: SCOPE_ADJUSTMENT, facts: { age: ageOn(trainee.birthDate, date) } } };
}

/** What {@link trainingSubsidyGroups} looks at. */
export interface GroupsInput {
  /** The trainee. */
  readonly trainee: Trainee;
  /** The date the groups are read on (the certificate's issue date). */
  readonly date: CivilDate;
}

/**
 * Passes when the trainee is in one of the groups in force on the date, or is let in
 * by the province's scope adjustment. Encodes `gbf2019.free-training-groups`,
 * `gbf2019.subsidy-groups` (§(十一)) and `gbf2019.scope-adjustment` (§(十二)).
 * @example [trainingSubsidyGroups.id, trainingSubsidyGroups.citation.provision] // → ["trainingSubsidy.groups","gbf2019.subsidy-groups"]
 */
export const trainingSubsidyGroups = defineRule({
  id: "trainingSubsidy.groups",
  label: { zh: "职业培训补贴对象", en: "training-subsidy groups" },
  citation: cite("gbf2019.subsidy-groups", "§(十一)"),
  run: (ctx, input: GroupsInput): Check => {
    const { trainee, date } = input;
    const ids = ctx.param(trainingSubsidyGroupIds, date);
    if (!isResolved(ids)) return unresolvedReason(ids, date).check;
    // §(十二): a person entitled to a monthly pension is outside the scope, in any group (reading national-pension-scope);
    // the adjustment is read only for such a record, so an ordinary claim's trace is unchanged.
    if (pensionEntitlement(trainee) && isResolved(ctx.param(scopeAdjustment, date))) return pensionRefusal(trainee, date);
    const groups = ids.value.map((id) => GROUPS[id]).filter((g): g is Group => g !== undefined);
    const matched = groups.flatMap((g) => g.of(trainee).map((m) => `${g.id}:${m}`));
    if (matched.length > 0) return { pass: true, reason: { code: "in_group", citation: (groups.find((g) => g.test(trainee)) as Group).citation, facts: { group: ids.value.join(" | "), matched } } };
    const scope = ctx.param(scopeAdjustment, date);
    if (isResolved(scope)) {
      const extra = scope.value.statuses.filter((s) => hasStatus(trainee, s));
      if (extra.length > 0) return { pass: true, reason: { code: "in_group", citation: scope.citation, facts: { group: SCOPE_ADJUSTMENT.provision, matched: extra } } };
      // 「不具有按月领取养老金资格的人员」: the widening is keyed on the 资格 (entitlement), not on drawing (reading
      // national-pension-scope, review 18b): a record saying he is not entitled is let in, unasked whether he draws one;
      // a record silent on the entitlement (drawing none, or saying nothing) is asked for it. One entitled was refused above.
      const entitled = pensionEntitlement(trainee);
      if (scope.value.withoutMonthlyPension && entitled === false) {
        return { pass: true, reason: { code: "in_group", citation: scope.citation, facts: { group: SCOPE_ADJUSTMENT.provision, matched: ["withoutMonthlyPension"] } } };
      }
      if (scope.value.withoutMonthlyPension && entitled === undefined) {
        return { pass: "unknown", reason: { code: "not_in_group", citation: scope.citation, facts: { group: SCOPE_ADJUSTMENT.provision, statuses: [...trainee.statuses] } }, missing: ["trainee.monthlyPensionEntitled"] };
      }
    }
    return { pass: false, reason: { code: "not_in_group", citation: ids.citation, facts: { group: ids.value.join(" | "), statuses: [...trainee.statuses] } } };
  },
});
