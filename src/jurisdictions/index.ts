/**
 * skills-subsidy/jurisdictions — the policies and the layers they are built from: the
 * national texts (gbf2019, gf2018, plan2021, op2025), Guangdong → Jieyang 2018 and Jiaxing
 * 2019–2021, their plans' targets, and the policy registry ({@link POLICIES}). Everything
 * here is also exported by `skills-subsidy`.
 *
 * ```ts
 * import { jiaxingPolicy, POLICIES } from "skills-subsidy/jurisdictions";
 * ```
 * @packageDocumentation
 */
export { nationalFrameworksPolicy, nationalPolicy, POLICIES } from "./policies.js";
export { jiaxingPolicy } from "./jiaxing/policy.js";
export { jieyang2018Policy } from "./guangdong/policy.js";
export { catalogueSourceFor } from "./catalogueSource.js";
export { FIVE_LEVELS, GBF2019_ACTION_END, GBF2019_ISSUED, gbf2019 } from "./national/gbf2019.js";
export { GF2018_ISSUED, gf2018 } from "./national/gf2018.js";
export { PLAN2021_END, PLAN2021_FROM, plan2021, plan2021Layer, SEVEN_LEVELS } from "./national/plan2021.js";
export { EIGHT_LEVELS, OP2025_END, OP2025_FROM, op2025 } from "./national/op2025.js";
export { gbf2019Targets, op2025Targets, plan2021Targets } from "./national/targets.js";
export { GUANGDONG, yf2018 } from "./guangdong/yf2018.js";
export { JIEYANG, jf2018 } from "./guangdong/jf2018.js";
export { JIAXING, JX_PENSION_ASKED_FROM_AGE, jx2019 } from "./jiaxing/jx2019.js";
export { JIAXING_CATALOGUE_SOURCE, withJiaxingCatalogue } from "./jiaxing/catalogue.js";
export { JX_PROJECT_TRAINING_STATUSES, jxFreeTrainingGroups, jxFreeTrainingStatuses, jxTargetGroups } from "./jiaxing/groups.js";
export { JX_SCOPE, jiaxingScope } from "./jiaxing/scope.js";
export { JIAXING_DEPARTMENTS, jx2019PlanByDepartment, jx2019PlanByRegion, jx2019Targets } from "./jiaxing/targets.js";
export { JIAXING_REGION_NAMES, JIAXING_REGIONS } from "./jiaxing/regions.js";
export { jiaxingReportReference } from "./jiaxing/reportReference.js";

// Jiaxing's own measures and checks (jx2019), appended to the national rules' extension points
export type { AppraisalStandards } from "./jiaxing/appraisalSubsidy.js";
export { appraisalSubsidy, appraisalSubsidyStandards } from "./jiaxing/appraisalSubsidy.js";
export { residencyJiaxing } from "./jiaxing/residency.js";
export type { EmployeeApprenticeTerms, StudentApprenticeTerms } from "./jiaxing/apprenticeshipSubsidy.js";
export { apprenticeshipSubsidy, employeeApprenticeFloorConstraint, employeeApprenticeTerms, studentApprenticeTerms } from "./jiaxing/apprenticeshipSubsidy.js";
export { packageBasisKey, packageGrantCap, trainingPackageGrant } from "./jiaxing/packageGrant.js";
export type { RetirementAgeRule, OverRetirementInput } from "./jiaxing/overRetirement.js";
export { overRetirement, overRetirementCheck, pensionEntitlement, retirementAgeRule } from "./jiaxing/overRetirement.js";
export type { UiLocalityInput } from "./jiaxing/uiLocality.js";
export { enterpriseUiLocality, uiLocality } from "./jiaxing/uiLocality.js";
export type { CertificateBasisInput } from "./jiaxing/certificateBasis.js";
export { certificateBasis, competitionCertificates, occupationCertificateKinds, projectCertificateKinds, projectProviderCheck, projectTrainingStatuses } from "./jiaxing/certificateBasis.js";
export type { PreJobTrainingInput, PreJobTrainingTerms } from "./jiaxing/preJobTraining.js";
export { isPreJobCourse, preJobTraining, preJobTrainingChecks, preJobTrainingTerms } from "./jiaxing/preJobTraining.js";
export type { SafetyTrainingInput, SafetyTrainingTerms } from "./jiaxing/safetyTraining.js";
export { isSafetyCertificateWithoutCourse, isSafetyCourse, safetyTraining, safetyTrainingTerms } from "./jiaxing/safetyTraining.js";
export type { Uplift } from "./jiaxing/tradeFrictionUplift.js";
export { tradeFrictionAdjustment, tradeFrictionUplift } from "./jiaxing/tradeFrictionUplift.js";
// city packs: a folder and one registry line (docs/adding-a-city.md)
export type { JurisdictionPack } from "./pack.js";
export { definePack, lazyPolicy } from "./pack.js";
export { policiesOf } from "./policies.js";
