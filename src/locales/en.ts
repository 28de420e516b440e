/** English messages: reason codes and validation codes. */
import type { Facts, ReasonMessages, RecordValidationCode, ValidationCode } from "../core/issues.js";
import { factWriter, items, membership, percent, recordsWriter } from "./terms.js";
import { terms } from "./en.terms.js";

/** The terms a message names codes by: en.terms.ts. */
export { terms };

/**
 * Groups a message names by their own English label (src/provisions/groups) after "the": "the groups entitled to
 * free vocational training", "the key groups of the 14th five-year training plan".
 */
const THE_GROUPS: ReadonlySet<string> = new Set([
  "gbf2019.free-training-groups",
  "gbf2019.subsidy-groups",
  "gbf2019.living-allowance-groups",
  "gbf2019.poverty-support",
  "gbf2019.project-training-groups",
  "plan2021.groups",
  "gf2018.groups",
  "op2025.unemployed-priority",
]);
const s = factWriter(terms, ", ", "en", THE_GROUPS);
/** ` to E-1` when work-for-training months were counted per employer (the reason's `employer`), else nothing. */
const toEmployer = (f: Readonly<Record<string, unknown>>) => (f["employer"] === undefined ? "" : ` to ${s(f["employer"])}`);
/** Facts as they are: the parameter and provision ids a user writes in a reform or scenario file. */
const raw = /* @__PURE__ */ factWriter({}, ", ");
/** A level after an occupation (with the words before it), or nothing for a certificate without levels. */
const lv = (level: unknown, before: string): string => (level == null ? "" : `${before}${s(level)}`);
/** The groups a check tried, named, joined with "or". */
const groups = (v: unknown): string => items(v).map((g) => s(g)).join(" or ");
/** What an earlier grant leaves unsaid, in words (`grant G1: occupationCode`: reading earlier-grant-says-what-it-paid). */
const GRANT_FIELDS: Readonly<Record<string, string>> = { record: "valid record (it was set aside as invalid)", occupationCode: "occupation", level: "level", certificateId: "certificate paid", months: "months paid", apprenticeshipId: "apprenticeship paid", trainingPackageId: "training package paid", provision: "provision it was paid under", "basisKeys (its period)": "period paid", "basisKeys (its days)": "days paid" };
/** The records a hold asks for, in words: a record field, or what an earlier grant leaves unsaid. */
const records = recordsWriter(s, (id, field) => `the ${GRANT_FIELDS[field] ?? s(field)} of grant ${s(id)}`, ", ");

export const reasons: ReasonMessages = {
  in_living_allowance_group: (f) => `in a living-allowance group: ${s(f["groups"])}`,
  living_allowance_days: (f) => `${s(f["rate"])} yuan per training day for ${s(f["days"])} days`,
  appraisal_first_time: (f) => `first appraisal passed with a certificate in this occupation at this level (${s(f["occupation"])}${lv(f["level"], ", ")})`,
  residency_basis: (f) => `meets a local residency basis: ${s(f["bases"])}`,
  course_in_jurisdiction: (f) => `the training took place in ${s(f["courseRegion"])}, inside ${f["policyRegion"] == null ? "the country" : s(f["policyRegion"])} where this policy applies`,
  no_attended_days: () => "no attended days",
  not_in_living_allowance_group: () =>
    "not in a living-allowance group (poverty-registered, employment-difficulty, zero-employment household, or a 两后生 who is rural or from an urban dibao family)",
  course_outside_jurisdiction: (f) => `the training took place in ${s(f["courseRegion"])}, outside ${s(f["policyRegion"])} where this policy applies`,
  course_region_unknown: (f) => `the training place is recorded only as ${s(f["courseRegion"])}, not whether within ${s(f["policyRegion"])} where this policy applies`,
  before_provision_start: (f) => `${s(f["date"])} is before the subsidy applies${f["startsOn"] === null ? "" : ` (from ${s(f["startsOn"])})`}${f["months"] ? `: ${s(f["months"])} not paid` : ""}`,
  training_completion_certificate_excluded: () => "a training-completion certificate does not earn the appraisal subsidy",
  level_has_no_standard: (f) => (f["level"] == null ? "the certificate has no level and there is no appraisal-subsidy standard for it" : `there is no appraisal-subsidy standard for level ${s(f["level"])}`),
  appraisal_already_granted: (f) => `an appraisal subsidy was already paid for this occupation at this level (grants ${s(f["earlierGrants"])})`,
  appraisal_not_first: (f) =>
    `not the first appraisal in this occupation at this level: the trainee already holds certificate ${s(f["earlierCertificate"])} (${s(f["occupation"])}${lv(f["level"], ", ")}), issued ${s(f["earlierIssuedOn"])}`,
  no_residency_basis: (f) =>
    f["scheme"] === "national"
      ? `the training place ${s(f["region"])} is not the trainee's hukou place, habitual residence or job-seeking/employment place (work or unemployment registration)`
      : "no local hukou, no local residence with a residence permit, not employed or self-employed locally, not registered unemployed locally",
  certificate_not_of_trainee: (f) => `certificate ${s(f["certificateId"])} is not the claimant trainee's (${s(f["traineeId"])})`,
  course_not_certificate_occupation: (f) => `course ${s(f["courseId"])} (${s(f["courseOccupation"])}) did not earn certificate ${s(f["certificateId"])} (${s(f["certificateOccupation"])})`,
  course_not_certificate_course: (f) => `the claim names course ${s(f["courseId"])}, but certificate ${s(f["certificateId"])} says course ${s(f["certificateCourseId"])} led to it: which training earned it is asked`,
  course_not_of_trainee: (f) => `course ${s(f["courseId"])} is not the claimant trainee's (${s(f["traineeId"])})`,
  no_local_standard: (f) => `no local standard: ${s(f["parameter"])} (set by prefecture-level or higher HR and finance departments)${f["months"] ? `; ${s(f["months"])} held until one is set` : ""}`,
  provision_not_in_force: (f) => `no provision in force on ${s(f["date"])}: ${s(f["parameter"])}${f["months"] ? `; ${s(f["months"])} held until one is` : ""}`,
  attendance_dates_needed: (f) => `${f["parameter"] === "national.framework" ? "the national framework in force ends" : "the rate changes"} during the course (${s(f["changesOn"])}); the attended dates are needed`,
  course_not_ended: (f) => `course ${s(f["courseId"])} ends on ${s(f["endDate"])}, after ${s(f["on"])}: the allowance for its days is judged once the course has ended`,
  missing_record: (f) => `missing record: ${records(f["field"])}`,
  measure_not_provided: (f) => `this policy provides no ${s(f["measure"])}`,
  residency_unknown: (f) =>
    f["unknown"] !== undefined
      ? `${s(f["unknown"])} unknown${f["wider"] !== undefined ? ` (${s(f["wider"])} recorded only as a wider region, not whether within ${s(f["region"])})` : ""}: whether a local basis holds cannot be told`
      : f["scheme"] === "national"
      ? "hukou place, habitual residence and job-seeking/employment place (work or unemployment registration) are unknown"
      : "hukou, residence (with permit), employment and unemployment-registration places are all unknown",
  duplicate_claim: (f) => `duplicate claim: ${s(f["claimId"])} was already decided and pays once`,
  days_already_paid: (f) => `${s(f["days"])} already paid on claim ${s(f["earlierClaims"])}, not paid again; the other ${s(f["paidDays"])} days are paid`,
  basis_already_paid: (f) => `one basis is paid once: ${s(f["basis"])} was already paid on claim ${s(f["earlierClaims"])}`,
  claim_conflict: (f) => `claim id ${s(f["claimId"])} names claims with different contents (two copies, or a prior grant paid under it for another claim); not paid`,
  // national layers (issue 3)
  // a status that puts the person in two of the groups is named once
  in_group: (f) => `in ${groups(f["group"])}: ${s([...new Set(items(f["matched"]).map(membership))])}`,
  not_in_group: (f) => `not in ${groups(f["group"])} (statuses: ${items(f["statuses"]).length === 0 ? "none recorded" : s(f["statuses"])})`,
  catalogue_entry: (f) => `in the subsidy catalogue ${s(f["catalogue"])}: ${s(f["occupation"])}${lv(f["level"], " ")}, standard ${s(f["standard"])} yuan`,
  not_in_catalogue: (f) => `${s(f["occupation"])}${lv(f["level"], " ")} is not in the subsidy catalogue ${s(f["catalogue"])} in force on ${s(f["date"])}; training outside the catalogue is not subsidised`,
  certificate_kind_not_accepted: (f) => `the catalogue accepts ${s(f["accepted"])} for this entry, not a ${s(f["kind"])}`,
  institution_in_catalogue: (f) => `training institution ${s(f["institution"])} is in the training-institution catalogue`,
  institution_not_in_catalogue: (f) => `training institution ${s(f["institution"])} is not in the training-institution catalogue ${s(f["catalogue"])}`,
  institution_unknown: () => "the training institution is unknown (the course and its organiser are needed)",
  within_annual_cap: (f) => `training subsidy ${s(f["count"])} of at most ${s(f["cap"])} in ${s(f["year"])}`,
  annual_cap_reached: (f) => `already ${s(f["cap"])} training subsidies in ${s(f["year"])} (grants ${s(f["earlierGrants"])})`,
  earlier_claim_undecided: (f) => `waits for earlier claim ${s(f["heldClaims"])}: undecided, it may be paid first`,
  first_for_occupation_level: (f) => `first training subsidy for ${s(f["occupation"])}${lv(f["level"], " at level ")}`,
  occupation_level_already_subsidised: (f) => `a training subsidy was already paid for ${s(f["occupation"])}${lv(f["level"], " at level ")} (grants ${s(f["earlierGrants"])}); the same occupation at the same level is not subsidised twice`,
  residency_waived_veteran: () => "a veteran may train outside the home province; the residency basis is waived",
  employee_training: (f) => `enterprise employee training of a subsidised kind: ${f["basis"] === "level" ? `a ${s(f["level"])} certificate` : s(f["basis"])}`,
  not_employee_training: (f) => `not an enterprise employee in pre-job, safety, job-transfer or 初级工–高级技师 training (${f["detail"] === "courseKind" ? `the training is ${s(f["courseKind"])}` : s(f["detail"])})`,
  level_on_ladder: (f) => `level ${s(f["level"])} is on the skill ladder in force`,
  level_not_on_ladder: (f) => `${f["level"] == null ? "a certificate without a level is" : `level ${s(f["level"])} is`} not on the skill ladder in force on ${s(f["date"])} (${s(f["ladder"])})`,
  training_subsidy_standard: (f) => `standard ${s(f["standard"])} yuan${f["tier"] == null ? (Number(f["tiered"]) === Number(f["standard"]) ? "" : ", adjusted") : `, shortage tier ${s(f["tier"])}`}${f["feeCharged"] == null ? "" : `, fee charged ${s(f["feeCharged"])} yuan`}: ${s(f["amount"])} yuan`,
  work_for_training_employer: (f) => `${s(f["employer"])} employs a worker who is ${s(f["group"])}, under work-for-training`,
  not_work_for_training_employer: (f) => `work-for-training needs an employer of a poverty-registered laborer, or an insured enterprise employing an employment-difficulty person or zero-employment household member (${s(f["detail"])})`,
  post_not_licensed: (f) => `${s(f["occupation"])} is not an access-type occupation`,
  licensed_post_qualified: (f) => `${s(f["occupation"])} is an access-type occupation and certificate ${s(f["certificate"])} qualifies the worker`,
  licensed_post_unqualified: (f) => `${s(f["occupation"])} is an access-type occupation: the worker must be trained and qualified before taking the post`,
  within_age_ceiling: (f) => `age ${s(f["age"])} is within the age ceiling (${f["ceiling"] == null ? "none" : s(f["ceiling"])})`,
  over_age_ceiling: (f) => `age ${s(f["age"])} is over the age ceiling of ${s(f["ceiling"])}`,
  older_migrant_project: (f) => `a migrant worker aged ${s(f["age"])} in a project for older migrant workers: the age ceiling of ${s(f["ceiling"])} does not exclude them`,
  within_retirement_age: (f) => `aged ${s(f["age"])}, under ${s(f["pensionAskedFromAge"])}: presumed not entitled to a monthly pension`,
  monthly_pension_entitled: (f) =>
    f["entitlement"] === "unknown" ? `aged ${s(f["age"])}: whether entitled to a monthly pension must be stated` : `entitled to a monthly pension (aged ${s(f["age"])}): outside the scope`,
  no_monthly_pension_entitlement: (f) => `not entitled to a monthly pension (aged ${s(f["age"])}): within the training subsidy`,
  in_scope: (f) => `a worker with a local residency basis: the training subsidy is for all such workers alike${items(f["matched"]).length > 0 ? ` (target groups: ${s(f["matched"])})` : ""}`,
  not_enterprise_employee: (f) => `the safety-training subsidy is for enterprise employees; this person is not one (statuses: ${s(f["statuses"])})`,
  project_training_paid_to_provider: (f) =>
    f["provider"] === undefined ? "project-based training is bought by government and its provider is paid: the course and its provider are needed" : `project-based training is bought by government: the provider (${s(f["provider"])}) is paid, not ${s(f["claimant"])}`,
  project_training_provider: (f) => `claimed by the provider of the project-based training, ${s(f["provider"])}`,
  enterprise_ui_unknown: (f) => `where enterprise ${s(f["enterprise"])} pays unemployment insurance is not known${f["uiRegion"] !== undefined ? ` (recorded only as ${s(f["uiRegion"])}, not whether within ${s(f["policyRegion"])})` : ""}`,
  enterprise_ui_local: (f) => `enterprise ${s(f["enterprise"])} pays unemployment insurance in ${s(f["uiRegion"])}, within ${s(f["policyRegion"])}`,
  enterprise_ui_elsewhere: (f) => `enterprise ${s(f["enterprise"])} pays unemployment insurance in ${s(f["uiRegion"])}, outside ${s(f["policyRegion"])}: it claims there`,
  certificate_is_basis: (f) => `a ${s(f["kind"])} is a basis for the subsidy of ${s(f["rowKind"])}`,
  certificate_not_basis: (f) => `a ${s(f["kind"])} is no basis for the subsidy of ${s(f["rowKind"])} (accepted: ${s(f["accepted"])})`,
  in_project_training_group: (f) => `in a group project-based training serves: ${s(f["matched"])}`,
  not_in_project_training_group: (f) => `in no group project-based training serves (${s(f["groups"])})`,
  class_hours_met: (f) => `${s(f["classHours"])} class hours, at least ${s(f["minClassHours"])}`,
  too_few_class_hours: (f) => `${s(f["classHours"])} class hours, fewer than ${s(f["minClassHours"])}`,
  class_hours_beyond_span: (f) => `${s(f["classHours"])} class hours do not fit in the ${s(f["days"])} ${f["days"] === 1 ? "day" : "days"} attended (at most ${s(f["perDay"])} a day)`,
  hire_date_unknown: (f) => `the hire date is not given for course ${s(f["courseId"])}`,
  within_months_of_hire: (f) => `training ${s(f["startDate"])}–${s(f["endDate"])} within ${s(f["withinMonths"])} months of hire on ${s(f["hireDate"])} (by ${s(f["latestEnd"])})`,
  not_within_months_of_hire: (f) => `training ${s(f["startDate"])}–${s(f["endDate"])} is not within ${s(f["withinMonths"])} months of hire on ${s(f["hireDate"])} (by ${s(f["latestEnd"])})`,
  payee_not_organiser: (f) => (f["organiser"] === undefined ? `this subsidy is paid to the unit that organised the training, not to the ${s(f["claimant"])}` : "the claimant did not organise this training: the subsidy is paid to the unit that did"),
  payee_is_organiser: (f) => `claimed by the unit that organised the training (the ${s(f["claimant"])})`,
  payee_not_employer: () => "the claiming enterprise is not the trainee's employer on record",
  course_free_to_trainee: (f) => `course ${s(f["courseId"])} was free to the trainee: its training subsidy is not the trainee's to claim${f["organiser"] === undefined ? "" : `; its organiser ${s(f["organiser"])} may claim it`}`,
  course_free_organised_by_other: (f) => `course ${s(f["courseId"])} was free training organised by ${s(f["organiser"])}: its training subsidy is the organiser's to claim, not ${s(f["claimant"])}'s`,
  course_pricing_contradicts_fee: (f) => `course ${s(f["courseId"])} is recorded free to the trainee and as charging her ${s(f["feeCharged"])} yuan: which is true decides who may claim`,
  payee_not_trainee: (f) => `the claimant ${s(f["claimant"])} is not the trainee ${s(f["trainee"])}, to whom the subsidy is paid`,
  payee_is_employer: () => "claimed by the trainee's employer on record",
  insured_months_unknown: (f) => `months of unemployment insurance in ${s(f["region"])} not given`,
  insured_months_met: (f) => `${s(f["insuredMonths"])} months of unemployment insurance in ${s(f["region"])}, at least ${s(f["minInsuredMonths"])}`,
  too_few_insured_months: (f) => `${s(f["insuredMonths"])} months of unemployment insurance in ${s(f["region"])}, fewer than ${s(f["minInsuredMonths"])}`,
  trade_friction_uplift: (f) => `employee affected by economic and trade friction: standard ${s(f["standard"])} yuan raised by ${percent(f["rate"])} % to ${s(f["raised"])} yuan`,
  payee_not_enterprise: (f) => (f["enterprise"] === undefined ? `this subsidy is paid to the enterprise, not to the ${s(f["claimant"])}` : "the claiming enterprise does not train this apprentice: the subsidy is paid to the one that does"),
  apprenticeship_period_too_short: (f) => `the claim covers no whole month (${s(f["startDate"])}–${s(f["endDate"])})`,
  apprenticeship_year_within_term: (f) => `at most ${s(f["maxYears"])} years: ${s(f["monthsPaid"])} months paid before, ${s(f["monthsLeft"])} left`,
  apprenticeship_term_used: (f) => `the ${s(f["maxYears"])}-year term is used up (${s(f["monthsPaid"])} months paid before; grants ${s(f["earlierGrants"])})`,
  apprenticeship_year_not_begun: (f) => `year ${s(f["year"])} of apprenticeship ${s(f["apprenticeship"])} begins on ${s(f["firstDay"])}, after ${s(f["on"])}: a year is paid once it has begun`,
  apprenticeship_year_partly_paid: (f) => `year ${s(f["year"])} of apprenticeship ${s(f["apprenticeship"])} (${s(f["firstDay"])}–${s(f["lastDay"])}) is partly paid already (claims ${s(f["earlierClaims"])}): which of its months are still owed is not said`,
  apprenticeship_standard_unknown: (f) => `the standard of apprenticeship ${s(f["apprenticeship"])} is not given`,
  apprenticeship_standard: (f) => `apprenticeship standard ${s(f["standard"])} yuan a year`,
  apprenticeship_standard_out_of_range: (f) => `standard ${s(f["standard"])} is outside ${s(f["min"])}–${s(f["max"])} yuan a year`,
  student_apprentice_standard: (f) => `student apprentice: the monthly internship allowance of ${s(f["allowance"])} yuan sets the year's amount, at most ${s(f["cap"])} a year: ${s(f["yearly"])} yuan for the year`,
  package_claimant_not_developer: (f) => `package ${s(f["package"])} was developed by ${s(f["developerKind"])}, which the claimant (${s(f["claimant"])}) is not: the grant goes to the developer`,
  package_developer_not_eligible: (f) => `the package's developer is ${s(f["developerKind"])}: the grant goes only to commissioned vocational colleges, industry associations and key enterprises`,
  package_not_commissioned: (f) => `training package ${s(f["package"])} was not developed on commission: no grant`,
  package_claimed_by_others: (f) => `training package ${s(f["package"])} is also claimed by another party (claim ${s(f["claims"])}): the grant is the commissioned developer's, which the claims do not record; held until it is known`,
  package_grant: (f) => `training package grant ${s(f["amount"])} yuan (at most ${s(f["cap"])})`,
  package_grant_over_cap: (f) => `${s(f["amountClaimed"])} yuan claimed for a training package exceeds ${s(f["cap"])}: the grant is capped at ${s(f["amount"])}`,
  competition_certificate: (f) => `certificate ${s(f["certificate"])} was awarded for a competition and counts as earned individually`,
  competition_certificate_not_subsidised: (f) => `certificate ${s(f["certificate"])} was awarded for a competition and this policy does not subsidise it as individually earned`,
  judged_before_basis: (f) => `judged on ${s(f["on"])}, before ${s(f["basis"])} ${s(f["date"])}: on that day the claim had nothing to rely on`,
  work_for_training_months: (f) => `work-for-training: ${s(f["rate"])} yuan per person per month for ${s(f["paid"])} months (${s(f["priorMonths"])} months paid before${toEmployer(f)}, at most ${s(f["maxMonths"])})`,
  work_for_training_months_not_begun: (f) => `a month is paid once begun: ${s(f["months"])} not begun on ${s(f["on"])}`,
  work_for_training_months_used: (f) => `work-for-training is paid for at most ${s(f["maxMonths"])} months (${s(f["priorMonths"])} paid before${toEmployer(f)}) and once a month: none of the months claimed can be paid`,
  insured_employee: (f) => `an enterprise employee with ${s(f["insuredMonths"])} months of unemployment insurance`,
  not_insured_employee: (f) =>
    ({
      "not an enterprise employee": "not an enterprise employee",
      "insurance unknown": "months of unemployment insurance not given",
      "claimant is not the insured employee": "this subsidy is claimed by the insured employee",
      "draws a monthly pension": "draws a monthly pension: out of unemployment insurance",
      "pension drawn unknown": "entitled to a pension: whether drawn not given",
      "insured elsewhere": "insured against unemployment only outside this policy's area",
    })[f["detail"] as string] ?? "not insured against unemployment",
  skill_upgrade_standard: (f) => `insured employees' skill-upgrade subsidy for ${s(f["level"])}: ${s(f["standard"])} yuan`,
  no_skill_upgrade_standard: (f) => `there is no skill-upgrade subsidy standard for ${f["level"] === null ? "a certificate without a level" : s(f["level"])}`,
  other_measure_already_paid: (f) => `the same training (${f["course"] === undefined ? "" : `course ${s(f["course"])}, on which `}certificate ${s(f["certificate"])}${f["course"] === undefined ? "" : " was earned"}) was already paid as ${s(f["paidMeasure"])}: the training subsidy and the insured employees' skill-upgrade subsidy are one or the other`,
  directly_recognised: (f) => `certificate ${s(f["certificate"])}: the level ${f["level"] === null ? "" : s(f["level"])} was recognised directly, with no training and no appraisal, and earns no training or appraisal subsidy`,
  nothing_to_pay: (f) => `the subsidy works out to ${s(f["amount"])} yuan: there is nothing to pay`,
};

/**
 * The messages of the validation codes a record can raise: its schema (`src/records/generated/validators.ts`,
 * `checks.ts`) and the claims document's checks (`parseClaimsDocument`). Kept apart from the others
 * (reforms, scenarios, report periods, the command line's input) so that a bundle that only parses
 * and decides claims carries only these (issue #16).
 */
export const recordValidation: Record<RecordValidationCode, (p: Facts) => string> = {
  id_format: () => "an id is letters, digits and ._:- and starts with a letter or digit",
  invalid_date: () => "expected a date that exists, written YYYY-MM-DD",
  invalid_amount: () => "expected a non-negative amount in yuan with at most two decimals",
  region_format: () => "expected a region id of lowercase pinyin segments joined by dots, e.g. zhejiang.jiaxing.haining",
  duplicate_status: () => "status listed twice",
  end_before_start: () => "the end date is before the start date",
  attended_days_exceed_span: (p) => `${s(p["attendedDays"])} attended days exceed the ${s(p["span"])} calendar days from start to end`,
  date_outside_course: () => "the attended date is outside the course's start and end dates",
  // the attended dates' and the calendar months' (claim.months): the path says which list
  duplicate_date: () => "date or month listed twice",
  attended_dates_count_mismatch: (p) => `${s(p["listed"])} attended dates listed but attendedDays is ${s(p["attendedDays"])}`,
  level_required: () => "qualification and skill-level certificates must name a level",
  level_not_allowed: () => "this kind of certificate has no level",
  kind_name_required: () => "a certificate of another kind must name its kind (kindName)",
  unknown_reference: (p) => `no record with id ${s(p["id"])}`,
  reference_mismatch: (p) => `record ${s(p["id"])} belongs to another trainee`,
  duplicate_id: (p) => `id ${s(p["id"])} appears twice`,
  invalid_input: () => "invalid input",
  forbidden_key: (p) => `the key ${s(p["key"])} is not allowed`,
  duplicate_catalogue_entry: (p) => `the catalogue lists ${s(p["key"])} twice`,
  front_line_exceeds_fund: () => "the front-line spend is part of the education fund and cannot exceed it",
  invalid_month: () => "a month YYYY-MM from 1900-01 to 2099-12",
  certificate_before_training: (p) => `the certificate is dated before the training started${p["courseId"] === undefined ? "" : ` (${s(p["issuedOn"])}; ${s(p["courseId"])} began ${s(p["date"])})`}`,
  date_out_of_range: () => "a date must lie between 1900-01-01 and 2099-12-31",
  submitted_before_basis: (p) => `submitted on ${s(p["submittedOn"])}, before ${s(p["basis"])} ${s(p["date"])} that the claim relies on`,
  born_after_basis: (p) => `birthDate ${s(p["birthDate"])} is after ${s(p["basis"])} ${s(p["date"])}`,
};

// Built in a pure call: an object spread is kept by a bundler even when nothing reads it.
export const validation: Record<ValidationCode, (p: Facts) => string> = /* @__PURE__ */ (() => ({
  ...recordValidation,
  not_json: (p) => `not valid JSON: ${s(p["detail"])}`,
  unknown_parameter: (p) => `no parameter ${raw(p["parameter"])} in this policy (known: ${raw(p["known"])})`,
  parameter_not_reformable: (p) => `parameter ${raw(p["parameter"])} declares no value shape, so a reform cannot set it`,
  overlapping_changes: (p) => `two changes of ${raw(p["parameter"])} in one patch overlap from ${s(p["from"])}; split them into two patches or make them consecutive`,
  breaks_constraint: (p) => `the value breaks ${raw(p["provision"])}: ${s(p["rule"])}`,
  incomplete_table: (p) =>
    `the new value of ${raw(p["parameter"])} leaves out ${raw(p["missing"])}, which the value in force from ${s(p["from"])} gives; a patch replaces the whole value (a table, a catalogue, a list), so give every entry, the unchanged ones too (an entry left out would no longer apply), or end the change before ${s(p["from"])}`,
  range_top_below_bottom: (p) => `the top of the range, ${raw(p["top"])} ${s(p["topValue"])}, is below its bottom, ${raw(p["bottom"])} ${s(p["bottomValue"])}: no value lies in it`,
  invalid_decimal: () => 'a non-negative decimal written as a string, at most four decimals, e.g. "1.2"',
  invalid_share: () => 'a share from 0 to 1 written as a string, at most four decimals, e.g. "0.60"',
  invalid_percent: () => 'a percentage from 0 to 100 written as a string, e.g. "30"',
  unknown_policy: (p) => `no policy ${raw(p["policy"])} (known: ${raw(p["known"])})`,
  claim_required: () => "the records hold several claims: say which one this expectation is about",
  unknown_claim: (p) => `no claim ${s(p["id"])} in the records`,
  unknown_record_type: (p) => (p["expected"] === undefined ? `unknown record type ${s(p["type"])}; expected trainee, course, certificate, enterprise, apprenticeship, grant or claim` : `record type ${s(p["type"])} where this input holds only ${s(p["expected"])} records`),
  line_too_long: (p) => `the line is longer than ${s(p["limit"])} bytes`,
  nesting_too_deep: (p) => `nested deeper than ${s(p["limit"])} levels`,
  malformed_row: (p) => `not a well-formed CSV row: ${s(p["detail"])}`,
  unknown_column: (p) => `unknown column ${s(p["column"])}`,
  too_many_records: (p) => `more than ${s(p["limit"])} records in one input`,
  input_too_large: (p) => `the input is larger than ${s(p["limit"])} bytes`,
  unclosed_quote: (p) => `the quote opened on line ${s(p["line"])} is never closed: everything after it would read as one cell, so the file is not read (a quote inside a quoted cell is written "")`,
  not_utf8: (p) => `not UTF-8 text: the byte at offset ${s(p["offset"])} is not UTF-8 (a file saved as GBK or in another encoding must be saved again as UTF-8)`,
  duplicate_key: (p) => `the key ${s(p["key"])} is given twice in one object (a JSON reader would silently keep only the last)`,
  invalid_period: (p) => `${s(p["text"])} is not a period: write a quarter (2020Q3), a year (2020), a plan (${s(p["plans"])}) or a span YYYY-MM-DD..YYYY-MM-DD`,
  unknown_collection: (p) => `unknown collection ${s(p["collection"])}; expected trainees, courses, certificates, enterprises, apprenticeships, ledger or claims`,
}))();
