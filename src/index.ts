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

// core
export type { CivilDate } from "./core/date.js";
export { addDays, addMonths, civilDate, compareDates, daysBetween, inclusiveDays, isCivilDate, isWithin, yearOf } from "./core/date.js";
export type { Amount, Yuan } from "./core/money.js";
export { amount, toYuan } from "./core/money.js";
export type { Citation, ProvisionId } from "./core/citation.js";
export { PROVISION_CLAUSES } from "./law/provisionIds.js";
export { cite } from "./core/citation.js";
export type { DatedValue, Label, Parameter, ValueAt } from "./core/parameter.js";
export { defineParameter, valueAt, withValues } from "./core/parameter.js";
export type { LayerParameterData, OverrideData, ParameterData } from "./core/parameterData.js";
export { declareFromData, overrideFromData } from "./core/parameterData.js";
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
  RuleOverride,
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
  replaceParameter,
  replaceRule,
  ruleException,
  topUpParameter,
} from "./core/layer.js";
export { basisOfKey, grantKeys, Ledger, ledgerCitation, occupationKey, payOnceKey, periodOfKey } from "./core/ledger.js";
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
  PLAUSIBLE_DATES,
  RegionId,
  SKILL_LEVELS,
  SkillLevel,
} from "./records/common.js";
export { hasStatus, Trainee, TRAINEE_STATUSES, TraineeStatus } from "./records/trainee.js";
export { Apprenticeship, Certificate, CERTIFICATE_KINDS, CertificateKind, Course, COURSE_KINDS, COURSE_PRICING, CourseKind, CoursePricing, Enterprise, isLeveled, SECTORS } from "./records/training.js";
export { CalendarMonth, Claim, Grant } from "./records/claim.js";
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
  otherJsonSchema,
  otherSchemas,
} from "./records/parse.js";
export type { ClaimsDocument, DocumentResult, InvalidRecord, RecordIndex } from "./records/document.js";
export { claimsDocumentJsonSchema, MAX_RECORDS_PER_COLLECTION, parseClaimsDocument } from "./records/document.js";

// engine
export type { BatchOptions, BatchResult, BatchStep, ClaimInput, ClaimsElsewhere, EvaluateOptions } from "./engine.js";
export { claimContentKey, decideBatch, evaluateBatch, evaluateClaim, explainReason } from "./engine.js";

// provisions
export type { ResidencyBasis, ResidencyInput } from "./provisions/eligibility/residency.js";
export { regionWithin, residency, residencyBases, residencyCheck } from "./provisions/eligibility/residency.js";
export { residencyJiaxing } from "./jurisdictions/jiaxing/residency.js";
export { livingAllowanceGroupCheck, livingAllowanceGroups, livingAllowanceGroupsOf, livingAllowanceScopeAdjustment } from "./provisions/livingAllowance/livingAllowanceGroups.js";
export { attendedDayKeys, livingAllowance, livingAllowanceDailyRate } from "./provisions/livingAllowance/livingAllowance.js";
export type { AppraisalStandards } from "./jurisdictions/jiaxing/appraisalSubsidy.js";
export { appraisalSubsidy, appraisalSubsidyStandards } from "./jurisdictions/jiaxing/appraisalSubsidy.js";

// jurisdictions
export { gbf2019 } from "./jurisdictions/national/gbf2019.js";
export { JIAXING, jx2019 } from "./jurisdictions/jiaxing/jx2019.js";
export { nationalPolicy, POLICIES, policiesOf } from "./jurisdictions/policies.js";
export { jiaxingPolicy } from "./jurisdictions/jiaxing/policy.js";
export type { JurisdictionPack } from "./jurisdictions/pack.js";
export { definePack, lazyPolicy } from "./jurisdictions/pack.js";
export { documents } from "./catalogue/documents.js";
export type { DocumentKey } from "./catalogue/documents.js";

export { VERSION } from "./version.js";

// national layers (issue 3): catalogue, groups, training subsidy, claim history
export { CatalogueEntry, SubsidyCatalogue } from "./records/catalogue.js";
export { parseSubsidyCatalogue } from "./records/parse.js";
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
export { ageCeiling, ageCeilingCheck, ageOn, migrantWorkers, olderMigrantProjects } from "./provisions/groups/olderMigrants.js";
export { nationalFramework } from "./provisions/framework.js";
export { veteranResidencyWaiver, veteransCrossProvince } from "./provisions/eligibility/veteransCrossProvince.js";
export { ladderCitation, levelOnLadder, skillLadder } from "./provisions/levels/skillLadder.js";
export { catalogueEntryCheck, catalogueEntryFor, institutionCheck, openMarket, outsideCatalogue, subsidyCatalogue, withCatalogue } from "./provisions/trainingSubsidy/subsidyCatalogue.js";
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
export { FIVE_LEVELS, GBF2019_ACTION_END, GBF2019_ISSUED } from "./jurisdictions/national/gbf2019.js";
export { PLAN2021_END, PLAN2021_FROM, plan2021, plan2021Layer, SEVEN_LEVELS } from "./jurisdictions/national/plan2021.js";
export { EIGHT_LEVELS, OP2025_END, OP2025_FROM, op2025 } from "./jurisdictions/national/op2025.js";
export { nationalFrameworksPolicy } from "./jurisdictions/policies.js";
export type { ApprenticeshipStandard } from "./provisions/apprenticeship/apprenticeshipFloor.js";
export { APPRENTICESHIP_FLOOR_YUAN, apprenticeshipAnnualStandard, apprenticeshipFloorConstraint, meetsApprenticeshipFloor } from "./provisions/apprenticeship/apprenticeshipFloor.js";
export type { AdvanceTraining } from "./provisions/advancePayment/advancePayment.js";
export { advancePayment, advancePaymentShare, advancePaymentShareConstraint } from "./provisions/advancePayment/advancePayment.js";
export { workForTrainingEmployerCheck, workForTrainingMaxMonths, workForTrainingMonthlyRate, workForTrainingMonths, workForTrainingSubsidy } from "./provisions/workForTraining/workForTraining.js";
export { directlyRecognised, insuredEmployeeCheck, insuredSkillUpgrade, insuredSkillUpgradeStandards, oneOrTheOther } from "./provisions/skillUpgrade/insuredSkillUpgrade.js";
export { EducationFundFigures } from "./records/educationFund.js";
export { parseEducationFundFigures } from "./records/parse.js";
export type { EducationFundResult } from "./provisions/educationFund/educationFund.js";
export { deductionLimitShare, educationFund, educationFundUnder, frontLineShareMinimum } from "./provisions/educationFund/educationFund.js";
export type { Clawback, ClawbackLine } from "./provisions/fraud/clawback.js";
export { clawback, fraudClauseFor } from "./jurisdictions/clawback.js";
export { licensedOccupations, mayTakePost } from "./provisions/eligibility/licensedOccupations.js";
export { GF2018_ISSUED, gf2018 } from "./jurisdictions/national/gf2018.js";
export { GUANGDONG, yf2018 } from "./jurisdictions/guangdong/yf2018.js";
export { JIEYANG, jf2018 } from "./jurisdictions/guangdong/jf2018.js";
export { jieyang2018Policy } from "./jurisdictions/guangdong/policy.js";
// targets and progress reports (issue 7)
export type { BaseUnit, Metric, PlanRow, PlanTable, Quantity, Span, Target, TargetSet, Unit } from "./targets/target.js";
export { baseQuantity, definePlanTable, defineTargets, MEASURED_METRICS, METRIC_LABELS, METRICS, planRowsTotal, UNIT_LABELS, UNITS } from "./targets/target.js";
export { gbf2019Targets, op2025Targets, plan2021Targets } from "./jurisdictions/national/targets.js";
export { JIAXING_DEPARTMENTS, JIAXING_REGION_NAMES, JIAXING_REGIONS, jx2019PlanByDepartment, jx2019PlanByRegion, jx2019Targets } from "./jurisdictions/jiaxing/targets.js";
export { DepartmentId, Fund, FUNDS, parseProgressDocument, ProgressDocument, progressDocumentJsonSchema, ReportGrant, TRAINING_OUTCOMES, TrainingOutcome, TrainingRecord } from "./records/progress.js";
export type { Period } from "./reports/period.js";
export { parsePeriod, PLAN_PERIODS, quartersOverlapping, trendQuarters } from "./reports/period.js";
export type { Counts, ProgressOptions, ProgressReport, QuarterProgress, RowProgress, Share, Spend, SpendLine, TableProgress, TargetProgress } from "./reports/progress.js";
export { progressReport, share } from "./reports/progress.js";
export { FUND_LABELS, MEASURE_LABELS } from "./reports/labels.js";
export { niceMax, reportHtml, reportJson, reportMarkdown } from "./reports/render.js";
// reforms (issue 6): patches of parameters, and comparing a policy with its reform
export type { PatchInput, ReformResult } from "./reform/reform.js";
export { change, ParameterChange, Patch, patchJsonSchema, reform, reformAll, reformLayerId, reformLayers, reformSteps } from "./reform/reform.js";
export type { Attribution, ClaimDifference, ClaimSide, Comparison, ReformTotal, TotalRow } from "./reform/compare.js";
export { claimRegion, compare } from "./reform/compare.js";
// the parameter browser (issue 15): every parameter, its values, citations and readers
export type { ParameterInForce, ParameterListing, ParameterValueRow } from "./reform/parameters.js";
export { listParameters } from "./reform/parameters.js";

// scenario files (issue 6): policy tests as data; file reading lives in skills-subsidy/node
export type { Coverage, Mismatch, RunScenarioOptions, ScenarioInput, ScenarioResult } from "./scenario/scenario.js";
export {
  decisionProvisions,
  ExpectedDecision,
  ExpectedStep,
  policyProvisions,
  provisionCoverage,
  runScenario,
  Scenario,
  ScenarioFile,
  scenarioJsonSchema,
  scenarioReport,
} from "./scenario/scenario.js";

// Issue 4: the Jiaxing city layer in full.
export type { RetirementAgeRule, OverRetirementInput } from "./jurisdictions/jiaxing/overRetirement.js";
export { overRetirement, overRetirementCheck, pensionEntitlement, retirementAgeRule } from "./jurisdictions/jiaxing/overRetirement.js";
export type { UiLocalityInput } from "./jurisdictions/jiaxing/uiLocality.js";
export { enterpriseUiLocality, uiLocality } from "./jurisdictions/jiaxing/uiLocality.js";
export type { CertificateBasisInput } from "./jurisdictions/jiaxing/certificateBasis.js";
export { projectProviderCheck } from "./jurisdictions/jiaxing/certificateBasis.js";
export { certificateBasis, occupationCertificateKinds, projectCertificateKinds, projectTrainingStatuses } from "./jurisdictions/jiaxing/certificateBasis.js";
export type { PreJobTrainingInput, PreJobTrainingTerms } from "./jurisdictions/jiaxing/preJobTraining.js";
export { isPreJobCourse, preJobTraining, preJobTrainingChecks, preJobTrainingTerms } from "./jurisdictions/jiaxing/preJobTraining.js";
export type { SafetyTrainingInput, SafetyTrainingTerms } from "./jurisdictions/jiaxing/safetyTraining.js";
export { insuredMonthsWithin, isSafetyCourse, safetyTraining, safetyTrainingTerms } from "./jurisdictions/jiaxing/safetyTraining.js";
export type { Uplift } from "./jurisdictions/jiaxing/tradeFrictionUplift.js";
export { tradeFrictionAdjustment, tradeFrictionUplift, upliftStandard } from "./jurisdictions/jiaxing/tradeFrictionUplift.js";
export { JIAXING_CATALOGUE_SOURCE, withJiaxingCatalogue } from "./jurisdictions/jiaxing/catalogue.js";
export { catalogueSourceFor } from "./jurisdictions/catalogueSource.js";
export { JX_PROJECT_TRAINING_STATUSES, jxFreeTrainingGroups, jxTargetGroups } from "./jurisdictions/jiaxing/groups.js";
export { JX_PENSION_ASKED_FROM_AGE } from "./jurisdictions/jiaxing/jx2019.js";
export { JX_SCOPE, jiaxingScope } from "./jurisdictions/jiaxing/scope.js";
export type { EmployeeApprenticeTerms, StudentApprenticeTerms } from "./jurisdictions/jiaxing/apprenticeshipSubsidy.js";
export { apprenticeshipSubsidy, employeeApprenticeFloorConstraint, employeeApprenticeTerms, monthEnd, periodKey, studentApprenticeTerms, wholeMonths } from "./jurisdictions/jiaxing/apprenticeshipSubsidy.js";
export { packageGrantCap, trainingPackageGrant } from "./jurisdictions/jiaxing/packageGrant.js";
export { jxFreeTrainingStatuses } from "./jurisdictions/jiaxing/groups.js";
export { competitionCertificates } from "./jurisdictions/jiaxing/certificateBasis.js";
export { jiaxingReportReference } from "./jurisdictions/jiaxing/reportReference.js";
