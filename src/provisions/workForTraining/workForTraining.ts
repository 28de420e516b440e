/**
 * 以工代训 — work-for-training subsidy: who qualifies and for how many months.
 *
 * gbf2019.work-for-training §(十一): 「企业、农民专业合作社和扶贫车间等各类生产经营主体吸纳贫困
 * 劳动力就业并开展以工代训，以及参保企业吸纳就业困难人员、零就业家庭成员就业并开展以工代训的，
 * 给予一定期限的职业培训补贴，最长不超过 6 个月」.
 *
 * - {@link workForTrainingEmployerCheck}: any producer employing a poverty-registered
 *   laborer; an *insured* enterprise (one that pays unemployment insurance somewhere)
 *   employing an employment-difficulty person or a zero-employment household member.
 * - {@link workForTrainingMonths}: at most {@link workForTrainingMaxMonths} (6) months
 *   per person over the whole history, whatever the employer (reading: work-for-training-per-person),
 *   counted in calendar months `YYYY-MM`, in order; a month already subsidised is not
 *   paid again. The monthly amount is local ({@link workForTrainingMonthlyRate}).
 */
import { cite } from "../../core/citation.js";
import type { Check } from "../../core/decision.js";
import { defineParameter } from "../../core/parameter.js";
import type { Trainee } from "../../records/trainee.js";
import { hasStatus } from "../../records/trainee.js";
import type { Enterprise } from "../../records/training.js";
import { Count } from "../values.js";
import { AmountSchema } from "../../records/common.js";

export const WORK_FOR_TRAINING = cite("gbf2019.work-for-training", "§(十一)");

/**
 * 最长不超过 6 个月: the most months of work-for-training subsidy per person. Encodes
 * `gbf2019.work-for-training` (§(十一)).
 * Parameter `workForTraining.maxMonths`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), workForTrainingMaxMonths, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → 6
 */
export const workForTrainingMaxMonths = defineParameter<number>({
  id: "workForTraining.maxMonths",
  label: { zh: "以工代训补贴最长月数", en: "work-for-training subsidy, most months per person" },
  citation: WORK_FOR_TRAINING,
  values: [],
  lastVerifiedOn: "2026-11-25",
  unit: "months",
  valueSchema: Count,
});

/**
 * Yuan per person per month; local (declared without values nationally). Encodes
 * `gbf2019.work-for-training` (§(十一)).
 * Parameter `workForTraining.monthlyRate`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), workForTrainingMonthlyRate, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → "no_values"
 */
export const workForTrainingMonthlyRate = defineParameter<string>({
  id: "workForTraining.monthlyRate",
  label: { zh: "以工代训补贴标准（元/人·月）", en: "work-for-training subsidy per person per month (yuan)" },
  citation: WORK_FOR_TRAINING,
  values: [],
  lastVerifiedOn: "2026-11-25",
  unit: "yuan/month",
  valueSchema: AmountSchema,
});

/**
 * Whether the employer and the worker fit §(十一)'s two cases. Encodes `gbf2019.work-for-training` (§(十一)).
 * @example
 * const workshop = Enterprise.parse({ id: "E-1", name: "扶贫车间" });
 * workForTrainingEmployerCheck(workshop, trainee({ statuses: ["povertyRegistered"] })).pass // → true
 * workForTrainingEmployerCheck(workshop, trainee({ statuses: ["employmentDifficulty"] })).pass // → "unknown"
 */
export function workForTrainingEmployerCheck(employer: Enterprise, worker: Trainee): Check {
  if (hasStatus(worker, "povertyRegistered")) {
    return { pass: true, reason: { code: "work_for_training_employer", citation: WORK_FOR_TRAINING, facts: { employer: employer.id, group: "povertyRegistered" } } };
  }
  const group = hasStatus(worker, "employmentDifficulty") ? "employmentDifficulty" : hasStatus(worker, "zeroEmploymentHousehold") ? "zeroEmploymentHousehold" : null;
  if (group === null) {
    return { pass: false, reason: { code: "not_work_for_training_employer", citation: WORK_FOR_TRAINING, facts: { employer: employer.id, detail: "workerInNoGroup" } } };
  }
  if (employer.unemploymentInsuranceRegion === undefined) {
    return { pass: "unknown", reason: { code: "not_work_for_training_employer", citation: WORK_FOR_TRAINING, facts: { employer: employer.id, detail: "enterpriseInsuranceUnknown" } }, missing: ["enterprise.unemploymentInsuranceRegion"] };
  }
  return { pass: true, reason: { code: "work_for_training_employer", citation: WORK_FOR_TRAINING, facts: { employer: employer.id, group } } };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Which requested months are paid: in calendar order, until the person's subsidised
 * months reach the maximum; months already subsidised are never paid twice.
 * Encodes `gbf2019.work-for-training` (§(十一)).
 * @example workForTrainingMonths({ priorMonths: ["2020-01", "2020-02", "2020-03", "2020-04", "2020-05"], requested: ["2020-05", "2020-06", "2020-07"], maxMonths: 6 }) // → {"paid":["2020-06"],"unpaid":["2020-07"],"alreadyPaid":["2020-05"]}
 */
export function workForTrainingMonths(input: { readonly priorMonths: readonly string[]; readonly requested: readonly string[]; readonly maxMonths: number }): {
  readonly paid: readonly string[];
  readonly unpaid: readonly string[];
  readonly alreadyPaid: readonly string[];
} {
  const prior = new Set(input.priorMonths.filter((m) => MONTH.test(m)));
  const paid: string[] = [];
  const unpaid: string[] = [];
  const alreadyPaid: string[] = [];
  for (const month of [...new Set(input.requested)].sort()) {
    if (prior.has(month)) alreadyPaid.push(month);
    else if (MONTH.test(month) && prior.size + paid.length < input.maxMonths) paid.push(month);
    else unpaid.push(month);
  }
  return { paid, unpaid, alreadyPaid };
}
