/**
 * 大龄、超龄农民工培训项目 — training projects for older and over-age migrant workers.
 *
 * op2025.older-migrants (九): 挖掘老龄人力资源潜力，根据大龄、超龄农民工培训就业意愿，
 * 开发适合其就业的职业技能培训项目. The text sets no age; where a pack has an age
 * ceiling for subsidised training, the ceiling must not exclude a migrant worker from a
 * project developed for older migrant workers. Migrant workers are matched as
 * `migrantWorker`, `returningMigrantWorker` or `ruralTransferWorker` (the text's
 * 农村转移劳动力、返乡农民工).
 */
import { cite } from "../../core/citation.js";
import type { CivilDate } from "../../core/date.js";
import type { Check } from "../../core/decision.js";
import type { Trainee } from "../../records/trainee.js";
import { defineGroup } from "./group.js";

export const OLDER_MIGRANTS = cite("op2025.older-migrants", "(九)");

/**
 * 农民工 (migrant workers) for op2025.older-migrants.
 * @example migrantWorkers.test({ id: "p1", birthDate: "1960-01-01", statuses: ["returningMigrantWorker"] }) // true
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
 * @example ageOn("1965-06-30", "2025-06-30") // 60
 */
export function ageOn(birthDate: CivilDate, on: CivilDate): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/**
 * Whether a pack's age ceiling lets the trainee in: no ceiling, or at or under it, or
 * — op2025.older-migrants — a migrant worker in a project for older migrant workers.
 * @example
 * ageCeilingCheck(t60, "2025-07-01", { ceiling: 55, olderMigrantProject: true }).pass // true for a migrant worker
 */
export function ageCeilingCheck(trainee: Trainee, on: CivilDate, rule: { readonly ceiling: number | null; readonly olderMigrantProject: boolean }): Check {
  const age = ageOn(trainee.birthDate, on);
  const facts = { age, ceiling: rule.ceiling, olderMigrantProject: rule.olderMigrantProject };
  if (rule.ceiling === null || age <= rule.ceiling) return { pass: true, reason: { code: "in_group", citation: OLDER_MIGRANTS, facts: { group: "age-ceiling", matched: [`age ${age}`], ...facts } } };
  if (rule.olderMigrantProject && migrantWorkers.test(trainee)) return migrantWorkers.check(trainee);
  return { pass: false, reason: { code: "not_in_group", citation: OLDER_MIGRANTS, facts: { group: "age-ceiling", statuses: [...trainee.statuses], ...facts } } };
}
