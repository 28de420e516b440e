/**
 * Codes: why a decision came out as it did (reason codes), and why an input was
 * rejected (validation codes). Messages live apart, one file per language
 * (`src/locales/zh-CN.ts`, `src/locales/en.ts`).
 */

/**
 * Why a decision came out as it did. Each reason in a decision also names its provision;
 * every code has a Chinese and an English message ({@link explainReason}).
 * @example
 * REASON_CODES.length // → 118
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
  "course_region_unknown",
  "no_attended_days",
  "before_provision_start",
  "training_completion_certificate_excluded",
  "level_has_no_standard",
  "appraisal_already_granted",
  "appraisal_not_first",
  "no_residency_basis",
  "certificate_not_of_trainee",
  "course_not_of_trainee",
  "course_not_certificate_course",
  "course_not_certificate_occupation",
  // undecidable
  "no_local_standard",
  "provision_not_in_force",
  "attendance_dates_needed",
  "course_not_ended",
  "missing_record",
  "measure_not_provided",
  "residency_unknown",
  // batch
  "duplicate_claim",
  "claim_conflict",
  "basis_already_paid",
  "days_already_paid",
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
  // a claim held undecidable earlier in the batch may take the place (reading: claim-order-by-issue-date)
  "earlier_claim_undecided",
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
  "class_hours_beyond_span",
  "hire_date_unknown",
  "within_months_of_hire",
  "not_within_months_of_hire",
  "payee_not_organiser",
  "payee_is_organiser",
  "payee_not_employer",
  "payee_is_employer",
  "payee_not_trainee",
  "course_free_to_trainee",
  "course_free_organised_by_other",
  "course_pricing_contradicts_fee",
  "insured_months_unknown",
  "insured_months_met",
  "too_few_insured_months",
  "trade_friction_uplift",
  "payee_not_enterprise",
  "apprenticeship_period_too_short",
  "apprenticeship_year_within_term",
  "apprenticeship_term_used",
  // a record claimed year by year (reading apprenticeship-month-count): a year not begun, a year partly paid
  "apprenticeship_year_not_begun",
  "apprenticeship_year_partly_paid",
  "apprenticeship_standard_unknown",
  "apprenticeship_standard",
  "apprenticeship_standard_out_of_range",
  "student_apprentice_standard",
  "package_developer_not_eligible",
  "package_claimant_not_developer",
  "package_not_commissioned",
  // claims of different parties on one package: the commission decides (reading package-grant-per-package)
  "package_claimed_by_others",
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
  "work_for_training_months_not_begun",
  "insured_employee",
  "not_insured_employee",
  "skill_upgrade_standard",
  "no_skill_upgrade_standard",
  "other_measure_already_paid",
  "directly_recognised",
] as const satisfies readonly (keyof ReasonFacts)[];
/** One of {@link REASON_CODES}. */
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * The facts each reason code carries, by code: what the rule that gives the reason
 * records, and all that its messages may read (a message reading a fact not listed
 * here does not compile). Dates are `YYYY-MM-DD`, amounts yuan strings, and codes
 * (levels, statuses, certificate kinds, groups, regions) as the records write them.
 * An optional fact is given by some of the rules that use the code and not others.
 * @example
 * const facts: ReasonFacts["living_allowance_days"] = { rate: ["50.00"], days: 7 };
 * facts.days // → 7
 */
export interface ReasonFacts {
  // granted
  /** The living-allowance groups the trainee is in. */
  in_living_allowance_group: { readonly groups: readonly string[] };
  /** The daily rate of each priced piece of the course, the days paid, and attended days no rate was in force on. */
  living_allowance_days: { readonly rate: readonly string[]; readonly days: number; readonly unpaidDates?: readonly string[] };
  /** The certificate's occupation code and level (`null`: a certificate without levels). */
  appraisal_first_time: { readonly occupation: string; readonly level: string | null };
  /** The residency bases that hold, and the region they were tested against. */
  residency_basis: { readonly bases: readonly string[]; readonly region: string };
  /** The course's region, and the policy's (`null`: a national policy). */
  course_in_jurisdiction: { readonly courseRegion: string; readonly policyRegion: string | null };
  // denied
  /** The trainee's statuses, none of which is a living-allowance group. */
  not_in_living_allowance_group: { readonly statuses: readonly string[] };
  /** The course's region, and the policy's. */
  course_outside_jurisdiction: { readonly courseRegion: string; readonly policyRegion: string | null };
  /** The course's region as recorded, a wider region that holds the policy's (reading place-recorded-wider). */
  course_region_unknown: { readonly courseRegion: string; readonly policyRegion: string };
  /** The per-day parameter not in force on any attended day (no rule gives this code today). */
  /** The course with no attended day. */
  no_attended_days: { readonly courseId: string };
  /** The basis date, the first day the subsidy applies (`null` when unknown), and the months refused (work-for-training: `date` is the last one's first day). */
  before_provision_start: { readonly date: string; readonly startsOn: string | null; readonly months?: readonly string[] };
  /** The training-completion certificate. */
  training_completion_certificate_excluded: { readonly certificateId: string; readonly kind: string };
  /** The certificate's level (`null`: no level) and kind. */
  level_has_no_standard: { readonly level: string | null; readonly kind: string };
  /** The earlier grants and claims for the occupation and level. */
  appraisal_already_granted: { readonly earlierGrants: readonly string[]; readonly earlierClaims: readonly string[]; readonly occupation: string; readonly level: string | null };
  /** The trainee's earlier certificate of the occupation and level, its issue date, and the occupation and level. */
  appraisal_not_first: { readonly earlierCertificate: string; readonly earlierIssuedOn: string; readonly occupation: string; readonly level: string | null };
  /** The region tested, and the scheme of bases (`national`, or a layer's own). */
  no_residency_basis: { readonly region: string; readonly scheme: string };
  /** The certificate, and the claimant trainee it does not belong to. */
  certificate_not_of_trainee: { readonly certificateId: string; readonly traineeId: string };
  /** The course, and the claimant trainee it does not belong to. */
  course_not_of_trainee: { readonly courseId: string; readonly traineeId: string };
  /** The course a claim names is not the one its certificate's record says led to it. */
  course_not_certificate_course: { readonly courseId: string; readonly certificateId: string; readonly certificateCourseId: string };
  /** The course read as the training, the certificate, and the occupation (or project) of each. */
  course_not_certificate_occupation: { readonly courseId: string; readonly certificateId: string; readonly courseOccupation: string; readonly certificateOccupation: string };
  // undecidable
  /** The parameter no layer gives a value, and the layer that declares it. */
  no_local_standard: { readonly parameter: string; readonly layer: string; readonly months?: readonly string[] };
  /** The parameter not in force on the date, and its layer. */
  provision_not_in_force: { readonly parameter: string; readonly date: string; readonly layer: string; readonly months?: readonly string[] };
  /** The days the rate changes on during the course, and the parameter. */
  attendance_dates_needed: { readonly changesOn: readonly string[]; readonly parameter: string };
  /** A living allowance judged during its course (on or after its first day, before its last): held until the course has ended. */
  course_not_ended: { readonly courseId: string; readonly endDate: string; readonly on: string };
  /** The claim field naming the record that is missing (e.g. `claim.courseId`). */
  missing_record: { readonly field: string; readonly claimId?: string };
  /** The measure the policy does not provide. */
  measure_not_provided: { readonly measure: string };
  /**
   * The region tested, and the scheme of bases. `unknown`: the bases the records cannot tell (every other basis does not
   * hold); absent in reasons written before it was added. `wider`: of those, the bases whose record names only a wider
   * region holding the place (reading place-recorded-wider).
   */
  residency_unknown: { readonly region: string; readonly scheme: string; readonly unknown?: readonly string[]; readonly wider?: readonly string[] };
  // batch
  /** The claim decided already. */
  duplicate_claim: { readonly claimId: string };
  /** The claim id given twice with different contents. */
  claim_conflict: { readonly claimId: string };
  /** The pay-once bases already paid, and the claims that were paid them. */
  basis_already_paid: { readonly basis: readonly string[]; readonly earlierClaims: readonly string[] };
  /** Days of a living-allowance claim another claim already paid (those are not paid again; the claim's other days are). */
  days_already_paid: { readonly days: readonly string[]; readonly earlierClaims: readonly string[]; readonly paidDays: number };
  // national layers: training subsidy, groups, claim history
  /** The group (the provision listing it; several joined with ` | `) and the memberships found. */
  in_group: { readonly group: string; readonly matched: readonly string[] };
  /** The group tried, and the trainee's statuses. */
  not_in_group: { readonly group: string; readonly statuses: readonly string[] };
  /** The catalogue row found: catalogue edition, occupation, level, standard; `route` when a route chose it. */
  catalogue_entry: { readonly catalogue: string; readonly occupation: string; readonly level: string | null; readonly standard: string; readonly illustrative: boolean; readonly route?: string };
  /** The catalogue edition, the occupation and level not in it, and the date. */
  not_in_catalogue: { readonly catalogue: string; readonly occupation: string; readonly level: string | null; readonly date: string };
  /** The certificate kinds the row accepts, and the kind given. */
  certificate_kind_not_accepted: { readonly catalogue: string; readonly occupation: string; readonly level: string | null; readonly kind: string; readonly accepted: readonly string[] };
  /** The training institution and the institution catalogue. */
  institution_in_catalogue: { readonly institution: string; readonly catalogue: string };
  /** The training institution and the institution catalogue it is not in. */
  institution_not_in_catalogue: { readonly institution: string; readonly catalogue: string };
  /** The institution catalogue. */
  institution_unknown: { readonly catalogue: string };
  /** The calendar year, the cap, the earlier grants counted, the measures counted, and this subsidy's place in the year. */
  within_annual_cap: { readonly year: number; readonly cap: number; readonly earlierGrants: readonly string[]; readonly measures: readonly string[]; readonly count: number };
  /** The calendar year, the cap, the earlier grants counted, and the measures counted. */
  annual_cap_reached: { readonly year: number; readonly cap: number; readonly earlierGrants: readonly string[]; readonly measures: readonly string[] };
  /** The claims judged earlier in the batch, held undecidable, that may take the place this claim needs (a year's training subsidy, an occupation at its level). */
  earlier_claim_undecided: { readonly heldClaims: readonly string[] };
  /** The occupation and level. */
  first_for_occupation_level: { readonly occupation: string; readonly level: string | null };
  /** The earlier grants and claims for the occupation and level. */
  occupation_level_already_subsidised: { readonly earlierGrants: readonly string[]; readonly earlierClaims: readonly string[]; readonly occupation: string; readonly level: string | null };
  /** The veteran. */
  residency_waived_veteran: { readonly traineeId: string };
  /** What makes it employee training: `level` (with the certificate's level) or the kind of training. */
  employee_training: { readonly basis: string; readonly level?: string | null };
  /** Why not: `notEnterpriseEmployee`, `courseKindUnknown`, or `courseKind` (with the course's kind). */
  not_employee_training: { readonly detail: "notEnterpriseEmployee" | "courseKindUnknown" | "courseKind"; readonly courseKind?: string };
  /** The certificate's level. */
  level_on_ladder: { readonly level: string };
  /** The certificate's level, the date, and the ladder in force then. */
  level_not_on_ladder: { readonly level: string | null; readonly date: string; readonly ladder: readonly string[] };
  /** The standard, the shortage tier and the standard for it, the fee charged when it caps the amount, the amount, the framework and catalogue. */
  training_subsidy_standard: { readonly standard: string; readonly tier: string | null; readonly tiered: string; readonly feeCharged: string | null; readonly amount: string; readonly framework: string; readonly catalogue: string };
  /** The employer and the worker's group. */
  work_for_training_employer: { readonly employer: string; readonly group: string };
  /** The employer and why not (`workerInNoGroup`, `enterpriseInsuranceUnknown`). */
  not_work_for_training_employer: { readonly employer: string; readonly detail: "workerInNoGroup" | "enterpriseInsuranceUnknown" };
  /** The occupation. */
  post_not_licensed: { readonly occupation: string };
  /** The access-type occupation and the certificate that qualifies for it. */
  licensed_post_qualified: { readonly occupation: string; readonly certificate: string };
  /** The access-type occupation and the date. */
  licensed_post_unqualified: { readonly occupation: string; readonly date: string };
  /** The age, the ceiling (`null`: none), and whether older migrants' projects are exempt. */
  within_age_ceiling: { readonly age: number; readonly ceiling: number | null; readonly olderMigrantProject: boolean };
  /** The age, the ceiling, and whether older migrants' projects are exempt. */
  over_age_ceiling: { readonly age: number; readonly ceiling: number | null; readonly olderMigrantProject: boolean };
  /** The age, the ceiling, and the migrant-worker statuses that exempt the trainee. */
  older_migrant_project: { readonly age: number; readonly ceiling: number | null; readonly olderMigrantProject: boolean; readonly matched: readonly string[] };
  /** The age, and the age from which a monthly pension is asked about. */
  within_retirement_age: { readonly age: number; readonly pensionAskedFromAge: number };
  /** The age (and, under a pack's over-retirement rule, the age from which the pension is asked); `entitlement: "unknown"` when the record does not say. */
  monthly_pension_entitled: { readonly age: number; readonly pensionAskedFromAge?: number; readonly entitlement?: "unknown" };
  /** The age. */
  no_monthly_pension_entitlement: { readonly age: number; readonly pensionAskedFromAge: number };
  /** The scope's provision, and the target groups the trainee is in. */
  in_scope: { readonly group: string; readonly matched: readonly string[] };
  /** The trainee's statuses. */
  not_enterprise_employee: { readonly statuses: readonly string[] };
  /** Who claimed, and the provider that is paid (absent: the course or provider is unknown). */
  project_training_paid_to_provider: { readonly claimant: string; readonly provider?: string };
  /** The provider that claimed. */
  project_training_provider: { readonly provider: string };
  /** The enterprise; where it pays unemployment insurance and the policy's region when the place is recorded only as a wider region. */
  enterprise_ui_unknown: { readonly enterprise: string; readonly uiRegion?: string; readonly policyRegion?: string };
  /** The enterprise, where it pays unemployment insurance, and the policy's region. */
  enterprise_ui_local: { readonly enterprise: string; readonly uiRegion: string; readonly policyRegion: string };
  /** The enterprise, where it pays unemployment insurance, and the policy's region. */
  enterprise_ui_elsewhere: { readonly enterprise: string; readonly uiRegion: string; readonly policyRegion: string };
  /** The certificate's kind, the kinds accepted, and the kind of catalogue row. */
  certificate_is_basis: { readonly kind: string; readonly accepted: readonly string[]; readonly rowKind: string };
  /** The certificate's kind, the kinds accepted, and the kind of catalogue row. */
  certificate_not_basis: { readonly kind: string; readonly accepted: readonly string[]; readonly rowKind: string };
  /** The groups project-based training serves, and those the trainee is in. */
  in_project_training_group: { readonly groups: readonly string[]; readonly matched: readonly string[] };
  /** The groups project-based training serves (the trainee is in none). */
  not_in_project_training_group: { readonly groups: readonly string[]; readonly matched: readonly string[] };
  /** The course's class hours and the least required. */
  class_hours_met: { readonly classHours: number; readonly minClassHours: number };
  /** The course's class hours and the least required. */
  too_few_class_hours: { readonly classHours: number; readonly minClassHours: number };
  /** The class hours, the days attended (at most the span's calendar days), and the most 课时 one day holds. */
  class_hours_beyond_span: { readonly classHours: number; readonly days: number; readonly perDay: number };
  /** The course without a hire date. */
  hire_date_unknown: { readonly courseId: string };
  /** The hire date, the training's dates, the months after hire the policy allows, and the last day it may end. */
  within_months_of_hire: { readonly hireDate: string; readonly startDate: string; readonly endDate: string; readonly withinMonths: number; readonly latestEnd: string };
  /** The hire date, the training's dates, the months after hire the policy allows, and the last day it may end. */
  not_within_months_of_hire: { readonly hireDate: string; readonly startDate: string; readonly endDate: string; readonly withinMonths: number; readonly latestEnd: string };
  /** Who claimed. */
  payee_not_organiser: { readonly claimant: string; readonly organiser?: string };
  /** Who claimed. */
  payee_is_organiser: { readonly claimant: string };
  /** The trainee's employer on record (another enterprise than the claimant). */
  payee_not_employer: { readonly employer: string };
  /** The trainee's employer on record (the claimant). */
  payee_is_employer: { readonly employer: string };
  /** The person who claimed as the trainee, and the trainee whose certificate it is. */
  payee_not_trainee: { readonly claimant: string; readonly trainee: string };
  /** The course recorded free to the trainee (`pricing: "free"`), and its organiser where the course names one. */
  course_free_to_trainee: { readonly courseId: string; readonly organiser?: string };
  /** The free course, its organiser and the enterprise claiming: an enterprise that did not organise a free course is not paid for it. */
  course_free_organised_by_other: { readonly courseId: string; readonly organiser: string; readonly claimant: string };
  /** A course recorded free to the trainee that also records a fee charged to her: which is true is asked. */
  course_pricing_contradicts_fee: { readonly courseId: string; readonly feeCharged: string };
  /** The region where the months are counted. */
  insured_months_unknown: { readonly region: string };
  /** The months insured, the least required, and the region. */
  insured_months_met: { readonly insuredMonths: number; readonly minInsuredMonths: number; readonly region: string };
  /** The months insured, the least required, and the region. */
  too_few_insured_months: { readonly insuredMonths: number; readonly minInsuredMonths: number; readonly region: string };
  /** The standard, the uplift (a decimal share), the raised standard, and the date. */
  trade_friction_uplift: { readonly standard: string; readonly rate: string; readonly raised: string; readonly date: string };
  /** Who claimed. */
  payee_not_enterprise: { readonly claimant: string; readonly enterprise?: string };
  /** The period claimed and its whole months. */
  apprenticeship_period_too_short: { readonly startDate: string; readonly endDate: string; readonly months: number };
  /** The year of the term, the most years, the months paid before and left, and the earlier grants. */
  apprenticeship_year_within_term: { readonly year: number; readonly maxYears: number; readonly monthsPaid: number; readonly monthsLeft: number; readonly earlierGrants: readonly string[] };
  /** The year of the term, the most years, the months paid before and left, and the earlier grants. */
  apprenticeship_term_used: { readonly year: number; readonly maxYears: number; readonly monthsPaid: number; readonly monthsLeft: number; readonly earlierGrants: readonly string[] };
  /** The record, the year of it claimed (1 = its first), that year's first day, and the day the claim is judged (before it). */
  apprenticeship_year_not_begun: { readonly apprenticeship: string; readonly year: number; readonly firstDay: string; readonly on: string };
  /** The record, its year claimed (1 = its first), the days of that year's whole months, and the claims whose grants paid some of those days. */
  apprenticeship_year_partly_paid: { readonly apprenticeship: string; readonly year: number; readonly firstDay: string; readonly lastDay: string; readonly earlierClaims: readonly string[] };
  /** The apprenticeship without a standard. */
  apprenticeship_standard_unknown: { readonly apprenticeship: string };
  /** The standard a year, and the range it must lie in. */
  apprenticeship_standard: { readonly standard: string; readonly min: string; readonly max: string };
  /** The standard a year, and the range it is outside. */
  apprenticeship_standard_out_of_range: { readonly standard: string; readonly min: string; readonly max: string };
  /** The monthly internship allowance, the yearly cap, and the year's amount. */
  student_apprentice_standard: { readonly allowance: string; readonly cap: string; readonly yearly: string };
  /** The package and the kind of unit that developed it. */
  package_developer_not_eligible: { readonly package: string; readonly developerKind: string };
  /** The package, the kind of party claiming it, and the kind of its developer (which that party cannot be). */
  package_claimant_not_developer: { readonly package: string; readonly claimant: string; readonly developerKind: string };
  /** The package. */
  package_not_commissioned: { readonly package: string };
  /** The package, and the claims on it in the batch of parties other than the claimant (at most ten, in code-unit order). */
  package_claimed_by_others: { readonly package: string; readonly claims: readonly string[] };
  /** The amount claimed, the cap, and the grant. */
  package_grant: { readonly amountClaimed: string; readonly cap: string; readonly amount: string };
  /** The amount claimed, the cap, and the grant. */
  package_grant_over_cap: { readonly amountClaimed: string; readonly cap: string; readonly amount: string };
  /** The competition certificate. */
  competition_certificate: { readonly certificate: string };
  /** The competition certificate. */
  competition_certificate_not_subsidised: { readonly certificate: string };
  /** The amount that came to nothing. */
  nothing_to_pay: { readonly amount: string };
  /** The day judged on, the record field the claim relies on, and its date. */
  judged_before_basis: { readonly on: string; readonly basis: string; readonly date: string };
  /** The monthly rate of each month paid, the months paid, paid before (to `employer` alone when the most counts per employer), and at most, and the months. */
  work_for_training_months: { readonly rate: readonly string[]; readonly paid: number; readonly priorMonths: number; readonly maxMonths: number; readonly months: readonly string[]; readonly employer?: string };
  /** The most months, the months paid before (to `employer` alone when the most counts per employer), and the months asked for. */
  work_for_training_months_used: { readonly maxMonths: number; readonly priorMonths: number; readonly requested: readonly string[]; readonly employer?: string };
  /** The months claimed that begin after the day the claim is judged (not paid now), and that day. */
  work_for_training_months_not_begun: { readonly months: readonly string[]; readonly on: string };
  /** The months insured (within the policy's region, when it has one: reading insured-where-the-fund-is). */
  insured_employee: { readonly insuredMonths: number };
  /** Why not. */
  not_insured_employee: { readonly detail: "not an enterprise employee" | "insurance unknown" | "not insured" | "claimant is not the insured employee" | "draws a monthly pension" | "pension drawn unknown" | "insured elsewhere" };
  /** The certificate's level and the standard. */
  skill_upgrade_standard: { readonly level: string | null; readonly standard: string };
  /** The certificate's level (`null`: no level). */
  no_skill_upgrade_standard: { readonly level: string | null };
  /** The certificate, the measure that paid its training, and that grant; `course`, when what was paid is the course the certificate was earned on (through another certificate). */
  other_measure_already_paid: { readonly certificate: string; readonly paidMeasure: string; readonly grant: string; readonly course?: string };
  /** The certificate and its level. */
  directly_recognised: { readonly certificate: string; readonly level: string | null };
}

/**
 * A language's messages for the reason codes: the message of a code is given that
 * code's {@link ReasonFacts} and can read no other fact.
 */
export type ReasonMessages = { readonly [C in ReasonCode]: (facts: ReasonFacts[C]) => string };

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
  "kind_name_required",
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
  "incomplete_table",
  "range_top_below_bottom",
  "invalid_decimal",
  "invalid_share",
  "invalid_percent",
  "unknown_policy",
  "claim_required",
  "unknown_claim",
  // input files (the command line): formats and limits
  "unknown_record_type",
  "line_too_long",
  "nesting_too_deep",
  "malformed_row",
  "unclosed_quote",
  "unknown_column",
  "too_many_records",
  "input_too_large",
  "not_utf8",
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
/**
 * The validation codes a record can raise: its schema (the generated validators and `checks.ts`)
 * and the claims document's own checks (`parseClaimsDocument`). Their messages are kept apart
 * (`recordValidation` in each locale), so a bundle that only parses records and decides claims
 * does not carry the messages of reforms, scenarios and the command line's input (issue #16).
 */
export type RecordValidationCode = Extract<
  ValidationCode,
  | "id_format"
  | "invalid_date"
  | "invalid_amount"
  | "region_format"
  | "duplicate_status"
  | "end_before_start"
  | "attended_days_exceed_span"
  | "date_outside_course"
  | "duplicate_date"
  | "attended_dates_count_mismatch"
  | "level_required"
  | "level_not_allowed"
  | "kind_name_required"
  | "unknown_reference"
  | "reference_mismatch"
  | "duplicate_id"
  | "invalid_input"
  | "forbidden_key"
  | "duplicate_catalogue_entry"
  | "front_line_exceeds_fund"
  | "date_out_of_range"
  | "submitted_before_basis"
  | "born_after_basis"
  | "invalid_month"
  | "certificate_before_training"
>;

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
