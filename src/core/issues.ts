/**
 * Codes: why a decision came out as it did (reason codes), and why an input was
 * rejected (validation codes). Messages live apart, one file per language
 * (`src/locales/zh-CN.ts`, `src/locales/en.ts`).
 */

/**
 * Why a decision came out as it did. Each reason in a decision also names its provision;
 * every code has a Chinese and an English message ({@link explainReason}).
 * @example
 * REASON_CODES.length // → 101
 * REASON_CODES.includes("in_living_allowance_group") // → true
 */
export const REASON_CODES = [
  // granted
  "in_living_allowance_group",
  "living_allowance_days",
  "appraisal_first_time",
  "residency_basis",
  "course_in_jurisdiction",
  // denied
  "not_in_living_allowance_group",
  "course_outside_jurisdiction",
  "no_attended_days_in_force",
  "no_attended_days",
  "before_provision_start",
  "training_completion_certificate_excluded",
  "level_has_no_standard",
  "appraisal_already_granted",
  "no_residency_basis",
  "certificate_not_of_trainee",
  "course_not_of_trainee",
  // undecidable
  "no_local_standard",
  "provision_not_in_force",
  "attendance_dates_needed",
  "missing_record",
  "measure_not_provided",
  "residency_unknown",
  // batch
  "duplicate_claim",
  "claim_conflict",
  "basis_already_paid",
  // national layers (issue 3): training subsidy, groups, claim history
  "in_group",
  "not_in_group",
  "catalogue_entry",
  "not_in_catalogue",
  "certificate_kind_not_accepted",
  "institution_in_catalogue",
  "institution_not_in_catalogue",
  "institution_unknown",
  "within_annual_cap",
  "annual_cap_reached",
  "first_for_occupation_level",
  "occupation_level_already_subsidised",
  "residency_waived_veteran",
  "employee_training",
  "not_employee_training",
  "level_on_ladder",
  "level_not_on_ladder",
  "training_subsidy_standard",
  "work_for_training_employer",
  "not_work_for_training_employer",
  "post_not_licensed",
  "licensed_post_qualified",
  "licensed_post_unqualified",
  "within_age_ceiling",
  "over_age_ceiling",
  "older_migrant_project",
  "within_retirement_age",
  "monthly_pension_entitled",
  "no_monthly_pension_entitlement",
  "in_scope",
  "not_enterprise_employee",
  "project_training_paid_to_provider",
  "project_training_provider",
  "enterprise_ui_unknown",
  "enterprise_ui_local",
  "enterprise_ui_elsewhere",
  "certificate_is_basis",
  "certificate_not_basis",
  "in_project_training_group",
  "not_in_project_training_group",
  "class_hours_met",
  "too_few_class_hours",
  "hire_date_unknown",
  "within_months_of_hire",
  "not_within_months_of_hire",
  "payee_not_organiser",
  "payee_is_organiser",
  "insured_months_unknown",
  "insured_months_met",
  "too_few_insured_months",
  "trade_friction_uplift",
  "payee_not_enterprise",
  "apprenticeship_period_too_long",
  "apprenticeship_period_too_short",
  "apprenticeship_year_within_term",
  "apprenticeship_term_used",
  "apprenticeship_standard_unknown",
  "apprenticeship_standard",
  "apprenticeship_standard_out_of_range",
  "student_apprentice_standard",
  "package_developer_not_eligible",
  "package_not_commissioned",
  "package_grant",
  "package_grant_over_cap",
  "competition_certificate",
  "competition_certificate_not_subsidised",
  // a granted amount that comes to 0.00 is not a grant (every measure)
  "nothing_to_pay",
  // judged on a date before the record the claim relies on (reading: plausible-record-dates)
  "judged_before_basis",
  // 以工代训 and 参保职工技能提升补贴 as claims (gbf2019 §(十一), gf2018 §(六))
  "work_for_training_months",
  "work_for_training_months_used",
  "insured_employee",
  "not_insured_employee",
  "skill_upgrade_standard",
  "no_skill_upgrade_standard",
  "other_measure_already_paid",
  "directly_recognised",
] as const;
/** One of {@link REASON_CODES}. */
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * Why an input was rejected, beyond zod's own codes (`invalid_type`, `too_big`, …).
 * @example VALIDATION_CODES.slice(0, 3) // → ["id_format","invalid_date","invalid_amount"]
 */
export const VALIDATION_CODES = [
  "id_format",
  "invalid_date",
  "invalid_amount",
  "region_format",
  "duplicate_status",
  "end_before_start",
  "attended_days_exceed_span",
  "date_outside_course",
  "duplicate_date",
  "attended_dates_count_mismatch",
  "level_required",
  "level_not_allowed",
  "unknown_reference",
  "reference_mismatch",
  "duplicate_id",
  "not_json",
  "invalid_input",
  "forbidden_key",
  "duplicate_catalogue_entry",
  "front_line_exceeds_fund",
  // reforms and scenario files
  "unknown_parameter",
  "parameter_not_reformable",
  "overlapping_changes",
  "breaks_constraint",
  "unknown_policy",
  "claim_required",
  "unknown_claim",
  // input files (the command line): formats and limits
  "unknown_record_type",
  "line_too_long",
  "nesting_too_deep",
  "malformed_row",
  "unknown_column",
  "too_many_records",
  "input_too_large",
  "unknown_collection",
  "duplicate_key",
  // dates that cannot be (reading: plausible-record-dates)
  "date_out_of_range",
  "submitted_before_basis",
  "born_after_basis",
  "invalid_month",
  // progress documents and report periods
  "certificate_before_training",
  "invalid_period",
] as const;
/** One of {@link VALIDATION_CODES}. */
export type ValidationCode = (typeof VALIDATION_CODES)[number];

/** A value a message may interpolate, and a fact a reason reports. */
export type Fact = string | number | boolean | null | readonly Fact[];
/** The facts of a reason, by name. */
export type Facts = Readonly<Record<string, Fact>>;

/** Chinese and English text of one message. */
export interface Message {
  /** Chinese. */
  readonly zh: string;
  /** English. */
  readonly en: string;
}

/** One problem with an input: which field, which code, and a message in both languages. */
export interface ValidationIssue {
  /** Path from the top of the parsed value, e.g. `["courses", 2, "attendedDays"]`. */
  readonly path: readonly (string | number)[];
  /** One of {@link VALIDATION_CODES} or a zod issue code. */
  readonly code: string;
  /** What is wrong, in Chinese and English. */
  readonly message: Message;
}

/**
 * The one result shape of every function that reads input and can fail (parsers,
 * `parseClaimsDocument`, `parseProgressDocument`, `parsePeriod`, `reform`, `reformAll`):
 * the typed value, or the issues that stopped it, each with a path, a code and a
 * message in Chinese and English. Where a function returns more than one thing (a claims
 * document and the records set aside, a reformed policy and its layer), `value` is an
 * object holding them.
 * @example
 * const r: Result<number> = { ok: true, value: 1 };
 * r.ok ? r.value : r.issues.length // → 1
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };
