/**
 * 「退役军人跨省异地培训」 — veterans may train outside their home province.
 *
 * plan2021.veterans-cross-province §(六): 「推动各地对接共享优质教育培训资源，逐步实现退役军人
 * 跨省异地培训」. "逐步实现" sets a direction, not a rule in force everywhere, so the
 * library reads it as a flag ({@link veteransCrossProvince}) that the plan2021 layer
 * declares off and a pack turns on; when on, a veteran's claim needs no residency basis.
 */
import { cite } from "../../core/citation.js";
import type { Check } from "../../core/decision.js";
import { defineParameter } from "../../core/parameter.js";
import type { Trainee } from "../../records/trainee.js";
import { hasStatus } from "../../records/kinds.js";
import { Bool } from "../values.js";

export const VETERANS_CROSS_PROVINCE = cite("plan2021.veterans-cross-province", "§(六)");

/**
 * Whether veterans' training is subsidised without a residency basis (off unless a pack
 * turns it on). Encodes `plan2021.veterans-cross-province` (§(六)).
 * Parameter `eligibility.veteransCrossProvince`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalFrameworksPolicy(), veteransCrossProvince, civilDate("2022-06-01"));
 * isResolved(r) ? r.value : r.reason // → false
 */
export const veteransCrossProvince = defineParameter<boolean>({
  id: "eligibility.veteransCrossProvince",
  label: { zh: "退役军人跨省异地培训", en: "veterans may train outside their home province" },
  citation: VETERANS_CROSS_PROVINCE,
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: Bool,
});

/**
 * The residency waiver: a passing check when the flag is on and the trainee is a
 * veteran, else `null` (the residency rule decides). Encodes `plan2021.veterans-cross-province` (§(六)).
 * @example
 * veteranResidencyWaiver(trainee({ statuses: ["veteran"] }), true)?.pass // → true
 * veteranResidencyWaiver(trainee({ statuses: ["veteran"] }), false) // → null
 */
export function veteranResidencyWaiver(trainee: Trainee, flagOn: boolean): Check | null {
  if (!flagOn || !hasStatus(trainee, "veteran")) return null;
  return { pass: true, reason: { code: "residency_waived_veteran", citation: VETERANS_CROSS_PROVINCE, facts: { traineeId: trainee.id } } };
}
