/** English messages: reason codes and validation codes. */
import type { Facts, ReasonCode, ValidationCode } from "../core/issues.js";

const s = (v: unknown): string => (Array.isArray(v) ? v.join(", ") : String(v));

export const reasons: Record<ReasonCode, (f: Facts) => string> = {
  in_living_allowance_group: (f) => `in a living-allowance group: ${s(f["groups"])}`,
  living_allowance_days: (f) => `${s(f["rate"])} yuan per training day for ${s(f["days"])} days`,
  appraisal_first_time: (f) => `first appraisal passed with a certificate in this occupation at this level (${s(f["occupation"])}, ${s(f["level"])})`,
  residency_basis: (f) => `meets a local residency basis: ${s(f["bases"])}`,
  course_in_jurisdiction: (f) => `the training took place in ${s(f["courseRegion"])}, inside ${s(f["policyRegion"])} where this policy applies`,
  no_attended_days: () => "no attended days",
  not_in_living_allowance_group: () =>
    "not in a living-allowance group (poverty-registered, employment-difficulty, zero-employment household, or a 两后生 who is rural or from an urban dibao family)",
  course_outside_jurisdiction: (f) => `the training took place in ${s(f["courseRegion"])}, outside ${s(f["policyRegion"])} where this policy applies`,
  no_attended_days_in_force: (f) => `no attended day falls in a period when the living-allowance rate (${s(f["parameter"])}) is in force`,
  before_provision_start: (f) => `${s(f["date"])} is before the subsidy applies (from ${s(f["startsOn"])})`,
  training_completion_certificate_excluded: () => "a training-completion certificate does not earn the appraisal subsidy",
  level_has_no_standard: (f) => `there is no appraisal-subsidy standard for level ${s(f["level"])}`,
  appraisal_already_granted: (f) => `an appraisal subsidy was already paid for this occupation at this level (grants ${s(f["earlierGrants"])})`,
  no_residency_basis: () => "no local hukou, no local residence with a residence permit, not employed or self-employed locally, not registered unemployed locally",
  certificate_not_of_trainee: (f) => `certificate ${s(f["certificateId"])} is not the claimant trainee's (${s(f["traineeId"])})`,
  course_not_of_trainee: (f) => `course ${s(f["courseId"])} is not the claimant trainee's (${s(f["traineeId"])})`,
  no_local_standard: (f) => `no local standard: ${s(f["parameter"])} (set by prefecture-level or higher HR and finance departments)`,
  provision_not_in_force: (f) => `no provision in force on ${s(f["date"])}: ${s(f["parameter"])}`,
  attendance_dates_needed: (f) => `the rate changes during the course (${s(f["changesOn"])}); the attended dates are needed`,
  missing_record: (f) => `missing record: ${s(f["field"])}`,
  measure_not_provided: (f) => `this policy provides no ${s(f["measure"])}`,
  residency_unknown: () => "hukou, residence (with permit), employment and unemployment-registration places are all unknown",
  duplicate_claim: (f) => `duplicate claim: ${s(f["claimId"])} was already decided and pays once`,
  claim_conflict: (f) => `claim id ${s(f["claimId"])} was submitted twice with different contents; neither is paid`,
};

export const validation: Record<ValidationCode, (p: Facts) => string> = {
  id_format: () => "an id is letters, digits and ._:- and starts with a letter or digit",
  invalid_date: () => "expected a date that exists, written YYYY-MM-DD",
  invalid_amount: () => "expected a non-negative amount in yuan with at most two decimals",
  region_format: () => "expected a region id of lowercase pinyin segments joined by dots, e.g. zhejiang.jiaxing.haining",
  duplicate_status: () => "status listed twice",
  end_before_start: () => "the end date is before the start date",
  attended_days_exceed_span: (p) => `${s(p["attendedDays"])} attended days exceed the ${s(p["span"])} calendar days from start to end`,
  date_outside_course: () => "the attended date is outside the course's start and end dates",
  duplicate_date: () => "attended date listed twice",
  attended_dates_count_mismatch: (p) => `${s(p["listed"])} attended dates listed but attendedDays is ${s(p["attendedDays"])}`,
  level_required: () => "qualification and skill-level certificates must name a level",
  level_not_allowed: () => "this kind of certificate has no level",
  unknown_reference: (p) => `no record with id ${s(p["id"])}`,
  reference_mismatch: (p) => `record ${s(p["id"])} belongs to another trainee`,
  duplicate_id: (p) => `id ${s(p["id"])} appears twice`,
  not_json: (p) => `not valid JSON: ${s(p["detail"])}`,
  invalid_input: () => "invalid input",
  unknown_record_type: (p) => `unknown record type ${s(p["type"])}; expected trainee, course, certificate, enterprise, apprenticeship, grant or claim`,
  line_too_long: (p) => `the line is longer than ${s(p["limit"])} bytes`,
  nesting_too_deep: (p) => `nested deeper than ${s(p["limit"])} levels`,
  malformed_row: (p) => `not a well-formed CSV row: ${s(p["detail"])}`,
  unknown_column: (p) => `unknown column ${s(p["column"])}`,
  too_many_records: (p) => `more than ${s(p["limit"])} records in one input`,
  input_too_large: (p) => `the input is larger than ${s(p["limit"])} bytes`,
};
