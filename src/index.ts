/**
 * skills-subsidy — China's vocational-skills training subsidy policy as code.
 *
 * Parse records once at the boundary, pick a policy, decide claims:
 *
 * ```ts
 * import { parseClaimsDocument, jiaxingPolicy, evaluateBatch } from "skills-subsidy";
 * const parsed = parseClaimsDocument(JSON.parse(text));
 * if (parsed.ok) evaluateBatch(jiaxingPolicy(), parsed.value.document).decisions;
 * ```
 *
 * **Reading the examples.** Every export's `@example` is run by the test suite
 * (`test/api-examples.test.ts`) and its stated results are checked: `expression // → value`
 * shows the expression's value (strings and objects as JSON), and
 * `console.log(…); // → text` the text printed. Examples run from the package root (so
 * `fixtures/…` paths resolve) with every export of `skills-subsidy` and
 * `skills-subsidy/node` in scope, and five record builders from the library's tests:
 * `trainee()`, `course()`, `certificate()`, `claim()` and `grant()` return a valid record
 * (a trainee `P1` with a hukou in Jiaxing, a 7-day course `C1` in March 2020, an
 * intermediate 电工 certificate `K1`, a living-allowance claim `CL1`, an appraisal grant
 * `G1`) with the fields you pass replaced, and `input({ claim, trainee, … })` is a claim
 * input with an empty ledger. In your own code, build records with `parseTrainee` and the
 * other parsers, as in the getting-started guide.
 * @packageDocumentation
 */

// ── Records: civil dates, money, the records' types and their parsers (the records as zod
//    schemas and their JSON Schemas: skills-subsidy/schemas) ─────────────────────────────
// (money before dates, and the records' kinds after the ledger below: the order esbuild lays these modules out in the
// built core chunk, which the one-claim browser bundle's gzip is sensitive to — docs/performance.md, issue #16)
export type { Amount, AmountLike, Yuan } from "./core/money.js";
export { amount, toYuan } from "./core/money.js";
export type { CivilDate } from "./core/date.js";
export { civilDate, daysBetween, inclusiveDays, isCivilDate } from "./core/date.js";
export { addDays, addMonths, compareDates, isWithin, yearOf } from "./core/dateArguments.js";
export type { Measure, Occupation, Party, PayeeKind, RegionId, SkillLevel } from "./records/common.js";
export type { Trainee, TraineeStatus } from "./records/trainee.js";
export type { Apprenticeship, Certificate, CertificateKind, Course, CourseKind, CoursePricing, Enterprise } from "./records/training.js";
export type { CalendarMonth, Claim, Grant } from "./records/claim.js";
export type { CatalogueEntry, SubsidyCatalogue } from "./records/catalogue.js";
export type { EducationFundFigures } from "./records/educationFund.js";
export type { CollectionName, RecordName } from "./records/parse.js";
export {
  COLLECTIONS,
  parseApprenticeship,
  parseCertificate,
  parseClaim,
  parseCourse,
  parseEducationFundFigures,
  parseEnterprise,
  parseGrant,
  parseSubsidyCatalogue,
  parseTrainee,
} from "./records/parse.js";
export type { ClaimsDocument, InvalidRecord, ParsedClaimsDocument, RecordIndex, UnreadCertificate, UnreadGrant } from "./records/document.js";
export { MAX_RECORDS_PER_COLLECTION, parseClaimsDocument } from "./records/document.js";

// ── Results and errors: one result shape, bilingual coded issues, one coded error ──────
export type { Message, Result, ValidationCode, ValidationIssue } from "./core/issues.js";
export { VALIDATION_CODES } from "./core/issues.js";
export { issueAt as validationIssue } from "./records/parse.js";
export type { ErrorCode, ErrorDetails } from "./core/assert.js";
export { ERROR_CODES, ERROR_PREFIX, SkillsSubsidyError } from "./core/assert.js";

// ── Policies: layers, parameters, rules, the ledger (building or extending a policy) ──
export type {
  Constraint,
  CatalogueSource,
  Extension,
  ExtensionEntry,
  ExtensionPoint,
  FraudClause,
  Layer,
  Level,
  MeasureBinding,
  OverrideBase,
  OverrideKind,
  ParameterOverride,
  ParameterValue,
  Policy,
  PolicyParameter,
  PolicyParameterChange,
  Resolved,
  Rule,
  RuleContext,
  RuleDays,
  RuleOverride,
  RuleOverridePeriod,
  Unresolved,
} from "./core/layer.js";
export {
  bindMeasure,
  buildPolicy,
  capParameter,
  defineExtensionPoint,
  defineLayer,
  defineRule,
  extend,
  extensionsOf,
  LEVELS,
  overrideInForce,
  replaceParameter,
  replaceRule,
  ruleException,
  topUpParameter,
} from "./core/layer.js";
export type { DatedValue, Label, Parameter, ValueAt } from "./core/parameter.js";
export type { ValueShape, ValueShapeNode } from "./provisions/values.js";
export { defineParameter, valueAt, withValues } from "./core/parameter.js";
export type { LayerParameterData, OverrideData, ParameterData } from "./core/parameterData.js";
export { declareFromData, overrideFromData } from "./core/parameterData.js";
export { Ledger, ledgerCitation, occupationKey, payOnceKey } from "./core/ledger.js";
export type { HeldApprenticeship, HeldClaim } from "./core/ledger.js";
export { CERTIFICATE_KINDS, COURSE_KINDS, COURSE_PRICING, hasStatus, isWithinRegion, MEASURES, PLAUSIBLE_DATES, POVERTY_LABOURER_STATUSES, SECTORS, SKILL_LEVELS, TRAINEE_STATUSES } from "./records/kinds.js";
// the jurisdictions: national texts, Guangdong → Jieyang, Jiaxing, their targets, the registry
export * from "./jurisdictions/index.js";

// ── Deciding claims ───────────────────────────────────────────────────────────────────
export type { BatchOptions, BatchResult, BatchStep, ClaimIdCopy, ClaimInput, ClaimsElsewhere, EvaluateOptions } from "./engine.js";
export { claimContentKey, claimIdFacts, decideBatch, evaluateBatch, evaluateClaim } from "./engine.js";
export type {
  Check,
  Decision,
  ExplainedReason,
  ExplainedReasonOf,
  Finding,
  Line,
  LineDraft,
  Outcome,
  ParameterUse,
  Payee,
  Provenance,
  Reason,
  ReasonOf,
  TraceStep,
} from "./core/decision.js";
export { combineChecks, isResolved, reason, resolveParameter } from "./core/decision.js";
export type { ParameterEntry, ParameterTable, RuleEntry, RuleTable, TraceTables, WrittenDecision, WrittenParameterUse, WrittenTables, WrittenTraceStep } from "./core/trace.js";
export { mergeTraceTables, parameterEntryHash, parameterEntryOf, rebuildDecision, ruleEntryHash, ruleEntryOf, TRACE_KEY_LENGTH, traceTables, writtenDecision } from "./core/trace.js";

// ── Explaining: reasons, their messages, citations of the texts ───────────────────────
export type { Fact, Facts, ReasonCode, ReasonFacts, ReasonMessages } from "./core/issues.js";
export { REASON_CODES } from "./core/issues.js";
export { explainReason } from "./engine.js";
export type { Citation, ProvisionId } from "./core/citation.js";
export { cite } from "./core/citationArguments.js";
export { PROVISION_CLAUSES } from "./law/provisionIds.js";
export type { DocumentKey } from "./catalogue/documents.js";
export { documents } from "./catalogue/documents.js";

// ── Progress reports (also skills-subsidy/reports) ────────────────────────────────────
export * from "./reports/index.js";

// ── The law as code: the national measures, groups and checks ─────────────────────────
export { nationalFramework } from "./provisions/framework.js";
export type { ResidencyBasis, ResidencyInput } from "./provisions/eligibility/residency.js";
export { regionWithin, residency, residencyBases, residencyCheck } from "./provisions/eligibility/residency.js";
export { veteranResidencyWaiver, veteransCrossProvince } from "./provisions/eligibility/veteransCrossProvince.js";
export { licensedOccupations, mayTakePost } from "./provisions/eligibility/licensedOccupations.js";
export { livingAllowanceGroupCheck, livingAllowanceGroups, livingAllowanceGroupsOf, livingAllowanceScopeAdjustment } from "./provisions/livingAllowance/livingAllowanceGroups.js";
export { livingAllowance, livingAllowanceDailyRate } from "./provisions/livingAllowance/livingAllowance.js";
export type { Group, Membership } from "./provisions/groups/group.js";
export { defineGroup } from "./provisions/groups/group.js";
export { freeTrainingGroups } from "./provisions/groups/freeTrainingGroups.js";
export { subsidyGroups } from "./provisions/groups/subsidyGroups.js";
export { projectTrainingGroups } from "./provisions/groups/projectTrainingGroups.js";
export { employmentSkillsGroups } from "./provisions/groups/employmentSkillsGroups.js";
export { keyGroups2021 } from "./provisions/groups/keyGroups2021.js";
export { graduationYearStudents } from "./provisions/groups/graduationYearStudents.js";
export { povertySupport } from "./provisions/groups/povertySupport.js";
export { unemployedPriority } from "./provisions/groups/unemployedPriority.js";
export { ageCeiling, ageCeilingCheck, migrantWorkers, olderMigrantProjects } from "./provisions/groups/olderMigrants.js";
export { levelOnLadder, skillLadder } from "./provisions/levels/skillLadder.js";
export { catalogueEditionsFor, catalogueEntryCheck, catalogueEntryFor, institutionCheck, openMarket, outsideCatalogue, subsidyCatalogue } from "./provisions/trainingSubsidy/subsidyCatalogue.js";
export { withCatalogue } from "./provisions/trainingSubsidy/withCatalogue.js";
export type { GroupsInput, ScopeAdjustment } from "./provisions/trainingSubsidy/trainingSubsidyGroups.js";
export { GROUPS, scopeAdjustment, trainingSubsidyGroupIds, trainingSubsidyGroups } from "./provisions/trainingSubsidy/trainingSubsidyGroups.js";
export type { AnnualCapInput } from "./provisions/trainingSubsidy/annualCap.js";
export { annualCap, annualCapCheck, annualCapLimit, annualCapMeasures } from "./provisions/trainingSubsidy/annualCap.js";
export type { NoRepeatInput } from "./provisions/trainingSubsidy/noRepeat.js";
export { noRepeat, noRepeatCheck, noRepeatMeasures } from "./provisions/trainingSubsidy/noRepeat.js";
export type { TierPricing } from "./provisions/trainingSubsidy/differentiatedStandard.js";
export { shortageTierPricing, tieredStandard } from "./provisions/trainingSubsidy/differentiatedStandard.js";
export { capAtFee, capAtFeeCharged } from "./provisions/trainingSubsidy/costSharing.js";
export type { AdjustedStandard, StandardRoute, StandardToAdjust, TrainingSubsidyClaim, TrainingSubsidyRow } from "./provisions/trainingSubsidy/trainingSubsidy.js";
export { trainingSubsidy, trainingSubsidyAdjustments, trainingSubsidyChecks, trainingSubsidyRoutes, trainingSubsidyRowChecks } from "./provisions/trainingSubsidy/trainingSubsidy.js";
export { employeeTrainingCheck } from "./provisions/trainingSubsidy/employeeTraining.js";
export type { SubsidyFund, SubsidyKinds } from "./provisions/funding/subsidyKinds.js";
export { fundMayPay, SUBSIDY_FUNDS, subsidyKinds } from "./provisions/funding/subsidyKinds.js";
export type { Sector } from "./provisions/sectors/prioritySectors.js";
export { isPrioritySector, prioritySectors } from "./provisions/sectors/prioritySectors.js";
export type { ApprenticeshipStandard } from "./provisions/apprenticeship/apprenticeshipFloor.js";
export { APPRENTICESHIP_FLOOR_YUAN, apprenticeshipAnnualStandard, apprenticeshipFloorConstraint, meetsApprenticeshipFloor } from "./provisions/apprenticeship/apprenticeshipFloor.js";
export type { AdvanceTraining } from "./provisions/advancePayment/advancePayment.js";
export { advancePayment, advancePaymentShare, advancePaymentShareConstraint } from "./provisions/advancePayment/advancePayment.js";
export { workForTrainingEmployerCheck, workForTrainingMaxMonths, workForTrainingMonthlyRate, workForTrainingMonths, workForTrainingSubsidy } from "./provisions/workForTraining/workForTraining.js";
export { insuredEmployeeCheck, insuredSkillUpgrade, insuredSkillUpgradeStandards } from "./provisions/skillUpgrade/insuredSkillUpgrade.js";
export { directlyRecognised, oneOrTheOther } from "./provisions/skillUpgrade/trainingOrSkillUpgrade.js";
export type { EducationFundResult } from "./provisions/educationFund/educationFund.js";
export { deductionLimitShare, educationFund, educationFundUnder, frontLineShareMinimum } from "./provisions/educationFund/educationFund.js";
export type { Clawback, ClawbackLine } from "./provisions/fraud/clawback.js";
export { clawback, fraudClauseFor } from "./jurisdictions/clawback.js";

// Jiaxing's own measures and checks (jx2019) are in src/jurisdictions/jiaxing/ and exported
// with the jurisdictions above.

export { VERSION } from "./version.js";
