/**
 * skills-subsidy — China's vocational-skills training subsidy policy as code.
 *
 * Parse records once at the boundary, pick a policy, decide claims:
 *
 * ```ts
 * import { parseClaimsDocument, jiaxingPolicy, evaluateBatch } from "skills-subsidy";
 * const parsed = parseClaimsDocument(JSON.parse(text));
 * if (parsed.ok) evaluateBatch(jiaxingPolicy(), parsed.document).decisions;
 * ```
 * @packageDocumentation
 */

// core
export type { CivilDate } from "./core/date.js";
export { addMonths, civilDate, compareDates, daysBetween, inclusiveDays, isCivilDate, isWithin, yearOf } from "./core/date.js";
export type { Amount, Yuan } from "./core/money.js";
export { amount, toYuan } from "./core/money.js";
export type { Citation, ProvisionId } from "./core/citation.js";
export { cite } from "./core/citation.js";
export type { DatedValue, Label, Parameter, ValueAt } from "./core/parameter.js";
export { defineParameter, valueAt, withValues } from "./core/parameter.js";
export type {
  Constraint,
  Layer,
  Level,
  MeasureBinding,
  OverrideKind,
  ParameterOverride,
  Policy,
  Resolved,
  Rule,
  RuleContext,
  RuleOverride,
  Unresolved,
} from "./core/layer.js";
export {
  bindMeasure,
  buildPolicy,
  capParameter,
  defineLayer,
  defineRule,
  LEVELS,
  replaceParameter,
  replaceRule,
  ruleException,
  topUpParameter,
} from "./core/layer.js";
export { Ledger, occupationKey } from "./core/ledger.js";
export type {
  Check,
  Decision,
  ExplainedReason,
  Finding,
  Line,
  LineDraft,
  Outcome,
  ParameterUse,
  Payee,
  Provenance,
  Reason,
  TraceStep,
} from "./core/decision.js";
export { combineChecks, isResolved, resolveParameter } from "./core/decision.js";
export type { Fact, Facts, Message, ParseResult, ReasonCode, ValidationCode, ValidationIssue } from "./core/issues.js";
export { REASON_CODES, VALIDATION_CODES } from "./core/issues.js";
export { ERROR_PREFIX, SkillsSubsidyError } from "./core/assert.js";

// records
export {
  AmountSchema,
  CivilDateSchema,
  Id,
  isWithinRegion,
  Measure,
  MEASURES,
  Occupation,
  Party,
  PayeeKind,
  RegionId,
  SKILL_LEVELS,
  SkillLevel,
} from "./records/common.js";
export { hasStatus, Trainee, TRAINEE_STATUSES, TraineeStatus } from "./records/trainee.js";
export { Apprenticeship, Certificate, CERTIFICATE_KINDS, CertificateKind, Course, COURSE_KINDS, CourseKind, Enterprise, isLeveled } from "./records/training.js";
export { Claim, Grant } from "./records/claim.js";
export type { CollectionName, RecordName } from "./records/parse.js";
export {
  COLLECTIONS,
  parseApprenticeship,
  parseCertificate,
  parseClaim,
  parseCourse,
  parseEnterprise,
  parseGrant,
  parseTrainee,
  issueAt as validationIssue,
  recordJsonSchema,
  recordSchemas,
} from "./records/parse.js";
export type { ClaimsDocument, DocumentResult, InvalidRecord, RecordIndex } from "./records/document.js";
export { MAX_RECORDS_PER_COLLECTION, parseClaimsDocument } from "./records/document.js";

// engine
export type { BatchOptions, BatchResult, BatchStep, ClaimInput, ClaimsElsewhere, EvaluateOptions } from "./engine.js";
export { claimContentKey, decideBatch, evaluateBatch, evaluateClaim, explainReason } from "./engine.js";

// provisions
export { residency, residencyBases, residencyJiaxing } from "./provisions/eligibility/residency.js";
export { livingAllowanceGroupCheck, livingAllowanceGroups, livingAllowanceGroupsOf } from "./provisions/livingAllowance/livingAllowanceGroups.js";
export { livingAllowance, livingAllowanceDailyRate } from "./provisions/livingAllowance/livingAllowance.js";
export type { AppraisalStandards } from "./provisions/appraisal/appraisalSubsidy.js";
export { appraisalSubsidy, appraisalSubsidyStandards } from "./provisions/appraisal/appraisalSubsidy.js";

// jurisdictions
export { gbf2019 } from "./jurisdictions/national/gbf2019.js";
export { JIAXING, jx2019 } from "./jurisdictions/jiaxing/jx2019.js";
export { jiaxingPolicy, nationalPolicy, POLICIES } from "./jurisdictions/policies.js";
export { documents } from "./catalogue/documents.js";
export type { DocumentKey } from "./catalogue/documents.js";

export { VERSION } from "./version.js";
