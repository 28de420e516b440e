/**
 * 大龄、超龄农民工培训项目 — training projects for older and over-age migrant workers.
 *
 * op2025.older-migrants (九): 「挖掘老龄人力资源潜力,根据大龄、超龄农民工培训就业意愿,
 * 开发适合其就业的职业技能培训项目」. The text sets no age; where a pack has an age
 * ceiling for subsidised training, the ceiling must not exclude a migrant worker from a
 * project developed for older migrant workers. Migrant workers are matched as
 * `migrantWorker`, `returningMigrantWorker` or `ruralTransferWorker` (the text's
 * 「农村转移劳动力、返乡农民工」).
 */
import { cite } from "../../core/citation.js";
import type { Citation } from "../../core/citation.js";
import type { CivilDate } from "../../core/date.js";
import { monthDayOf, yearOf } from "../../core/date.js";
import type { Check } from "../../core/decision.js";
import { defineParameter } from "../../core/parameter.js";
import type { Trainee } from "../../records/trainee.js";
import { defineGroup } from "./group.js";
import { Code, Count, listOf } from "../values.js";

export const OLDER_MIGRANTS = cite("op2025.older-migrants", "(九)");

/**
 * 农民工 (migrant workers). Encodes `op2025.older-migrants` ((九)).
 * @example migrantWorkers.test(trainee({ birthDate: "1960-01-01", statuses: ["returningMigrantWorker"] })) // → true
 */
export const migrantWorkers = defineGroup({
  id: "op2025.older-migrants",
  label: { zh: "农民工（含农村转移劳动力、返乡农民工）", en: "migrant workers (incl. rural transfer labour, returning migrants)" },
  citation: OLDER_MIGRANTS,
  members: ["migrantWorker", "returningMigrantWorker", "ruralTransferWorker"],
});

/**
 * Whole years of age on `on`: one year more from the birthday on (compared on month and
 * day; a 29 February birthday counts from 1 March in a common year).
 * @example
 * ageOn(civilDate("1965-06-30"), civilDate("2025-06-30")) // → 60
 * ageOn(civilDate("1965-06-30"), civilDate("2025-06-29")) // → 59
 */
export function ageOn(birthDate: CivilDate, on: CivilDate): number {
  // read in place (no slices): asked of every trainee the over-retirement and age rules judge
  const years = yearOf(on) - yearOf(birthDate);
  return monthDayOf(on) >= monthDayOf(birthDate) ? years : years - 1;
}

/**
 * Whether a pack's age ceiling lets the trainee in: no ceiling, or at or under it, or
 * — op2025.older-migrants — a migrant worker in a project for older migrant workers.
 * `ceilingCitation` is where the pack sets its ceiling. Encodes `op2025.older-migrants` ((九)).
 * @example
 * const sixty = trainee({ birthDate: "1965-01-01", statuses: ["migrantWorker"] });
 * ageCeilingCheck(sixty, civilDate("2025-07-01"), { ceiling: 55, olderMigrantProject: true }).reason.code // → "older_migrant_project"
 * ageCeilingCheck(sixty, civilDate("2025-07-01"), { ceiling: 55, olderMigrantProject: false }).pass // → false
 */
export function ageCeilingCheck(
  trainee: Trainee,
  on: CivilDate,
  rule: { readonly ceiling: number | null; readonly olderMigrantProject: boolean; readonly ceilingCitation?: Citation },
): Check {
  const age = ageOn(trainee.birthDate, on);
  const citation = rule.ceilingCitation ?? OLDER_MIGRANTS;
  const facts = { age, ceiling: rule.ceiling, olderMigrantProject: rule.olderMigrantProject };
  if (rule.ceiling === null || age <= rule.ceiling) return { pass: true, reason: { code: "within_age_ceiling", citation, facts } };
  if (rule.olderMigrantProject && migrantWorkers.test(trainee)) {
    return { pass: true, reason: { code: "older_migrant_project", citation: OLDER_MIGRANTS, facts: { ...facts, matched: migrantWorkers.of(trainee) } } };
  }
  return { pass: false, reason: { code: "over_age_ceiling", citation, facts } };
}

/**
 * A pack's age ceiling for subsidised training (years; a person older than it on the
 * certificate's issue date is out). Provinces set conditions (gbf2019.scope-adjustment
 * §(十二): 「调整……人员范围和条件要求」); nationally there is none, so the slot has no values.
 * Encodes `gbf2019.scope-adjustment` (§(十二)).
 * Parameter `eligibility.ageCeiling`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalFrameworksPolicy(), ageCeiling, civilDate("2025-07-01"));
 * isResolved(r) ? r.value : r.reason // → "no_values"
 */
export const ageCeiling = defineParameter<number>({
  id: "eligibility.ageCeiling",
  label: { zh: "参加补贴性培训的年龄上限（周岁）", en: "age ceiling for subsidised training (years)" },
  citation: cite("gbf2019.scope-adjustment", "§(十二)"),
  values: [],
  lastVerifiedOn: "2026-11-25",
  unit: "years",
  valueSchema: Count,
});

/**
 * The codes of the training projects developed for older and over-age migrant workers
 * (op2025.older-migrants); the op2025 layer declares the list empty from 2025-06-20 and
 * a pack names its projects. Before op2025 the list is not in force and no exception applies.
 * Encodes `op2025.older-migrants` ((九)).
 * Parameter `eligibility.olderMigrantProjects`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalFrameworksPolicy(), olderMigrantProjects, civilDate("2025-07-01"));
 * isResolved(r) ? r.value : r.reason // → []
 */
export const olderMigrantProjects = defineParameter<readonly string[]>({
  id: "eligibility.olderMigrantProjects",
  label: { zh: "面向大龄、超龄农民工的培训项目", en: "training projects for older migrant workers" },
  citation: OLDER_MIGRANTS,
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: listOf(Code),
});
