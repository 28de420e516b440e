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
export { jiaxingPolicy, jieyang2018Policy, nationalFrameworksPolicy, nationalPolicy, POLICIES } from "./policies.js";
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
export { JIAXING_DEPARTMENTS, JIAXING_REGION_NAMES, JIAXING_REGIONS, jx2019PlanByDepartment, jx2019PlanByRegion, jx2019Targets } from "./jiaxing/targets.js";
export { jiaxingReportReference } from "./jiaxing/reportReference.js";
