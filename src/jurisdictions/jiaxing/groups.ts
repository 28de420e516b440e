/**
 * Jiaxing's groups: who the plan's training serves (jx2019.target-groups 二), who gets
 * free training (jx2019.free-training 四(三)) and whom project-based training serves
 * (jx2019.project-training 四(三)三), as statuses of the trainee record.
 *
 * Readings: 新生代农民工 is `newGenerationMigrantWorker`; 农村转移就业劳动者 `ruralTransferWorker`
 * (for project training also 农民工 `migrantWorker`: reading project-training-open-list);
 * 两后生 `nonContinuingGraduate`; 失业人员 `unemployed`; 退役军人 `veteran`; 就业困难人员
 * (含残疾人) `employmentDifficulty` or `disabled`; 「有培训需求的高校毕业生」 `collegeGraduate`
 * (for free training, the text says 「本市高校毕业生」: the residency rule judges locality);
 * 职业农民 `professionalFarmer`; 企业职工 `enterpriseEmployee` (「受经贸摩擦影响的企业职工」
 * `tradeFrictionAffected`); 「建档立卡低收入农户家庭劳动力」 `povertyRegistered`; 「对口支援地区建档立卡
 * 贫困人员」 `pairedRegionPovertyRegistered`.
 */
import { cite } from "../../core/citation.js";
import { defineParameter } from "../../core/parameter.js";
import { defineGroup } from "../../provisions/groups/group.js";
import { JX2019_PARAMS } from "./jx2019.params.js";
import { listOf, TraineeStatusShape } from "../../provisions/values.js";
import type { TraineeStatus } from "../../records/trainee.js"; // type only: erased, no zod at run time

/**
 * 二、培训对象: Jiaxing's target groups. Encodes `jx2019.target-groups` (二).
 * @example jxTargetGroups.test(trainee({ statuses: ["newGenerationMigrantWorker"] })) // → true
 */
export const jxTargetGroups = defineGroup({
  id: "jx2019.target-groups",
  label: { zh: "嘉兴：职业技能提升行动培训对象", en: "Jiaxing: the plan's target groups" },
  citation: cite("jx2019.target-groups", "二"),
  members: [
    "enterpriseEmployee",
    "tradeFrictionAffected",
    "newGenerationMigrantWorker",
    "ruralTransferWorker",
    "nonContinuingGraduate",
    "unemployed",
    "veteran",
    "employmentDifficulty",
    "disabled",
    "collegeGraduate",
    "professionalFarmer",
  ],
});

/**
 * 四(三) 免费培训 (free training): Jiaxing's free-training groups. Encodes `jx2019.free-training` (四(三)).
 * Built in a pure call: its members are a property read of the layer's data, which a bundler keeps even when
 * nothing reads the group (the one-claim browser bundle does not; both locales name the group by a term).
 * @example jxFreeTrainingGroups.test(trainee({ statuses: ["veteran"] })) // → true
 */
export const jxFreeTrainingGroups = /* @__PURE__ */ (() => defineGroup({
  id: "jx2019.free-training",
  label: { zh: "嘉兴：免费职业技能培训对象", en: "Jiaxing: free-training groups" },
  citation: cite("jx2019.free-training", "四(三)"),
  // the free-training statuses of jx2019.params.yaml (the parameter jiaxing.freeTrainingGroups)
  members: JX2019_PARAMS.parameters["jiaxing.freeTrainingGroups"].values[0].value,
}))();

/**
 * 四(三)三 项目制培训对象: the statuses project-based training serves in Jiaxing. Encodes
 * `jx2019.project-training` (四(三)三); from jx2019.params.yaml, read in a pure call (as jxFreeTrainingGroups is
 * built: the one-claim browser bundle does not read it).
 *
 * Reading (project-training-open-list): 「等相 关群体以及企业职工」 is open. The related groups are
 * the key groups 四(三) itself names for free training (新生代农民工, 农村转移就业劳动者, 两后生,
 * 失业人员, 退役军人, 就业困难人员（含残疾人）, 本市高校毕业生) beside the four listed groups and
 * enterprise employees. A 农民工 (`migrantWorker`) of any generation is a 农村转移就业劳动者, as
 * gbf2019 uses the words (「面向农村转移就业劳动者特别是新生代农民工」), so is served; 职业农民 and
 * workers in no group (灵活就业, 个体工商户 not employed by an enterprise) are not.
 * @example
 * JX_PROJECT_TRAINING_STATUSES.includes("veteran") // → true
 * JX_PROJECT_TRAINING_STATUSES.includes("unemployed") // → true
 * JX_PROJECT_TRAINING_STATUSES.includes("migrantWorker") // → true
 * JX_PROJECT_TRAINING_STATUSES.includes("professionalFarmer") // → false
 */
export const JX_PROJECT_TRAINING_STATUSES: readonly TraineeStatus[] = /* @__PURE__ */ (() => JX2019_PARAMS.parameters["trainingSubsidy.projectTrainingStatuses"].values[0].value)();

/**
 * The free-training statuses as a parameter of the Jiaxing layer, listing who jx2019 四(三)
 * trains free. No rule reads it (a decision's free-training groups come from the rules'
 * own tests), so a reform of it changes no decision, as `diff` warns. Encodes
 * `jx2019.free-training` (四(三)).
 * Parameter `jiaxing.freeTrainingGroups`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(jiaxingPolicy(), jxFreeTrainingStatuses, civilDate("2020-06-01"));
 * isResolved(r) && r.value.length // → 8
 */
export const jxFreeTrainingStatuses = defineParameter<readonly TraineeStatus[]>({
  id: "jiaxing.freeTrainingGroups",
  label: { zh: "嘉兴：免费职业技能培训对象", en: "Jiaxing: free-training groups" },
  citation: cite("jx2019.free-training", "四(三)"),
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: listOf(TraineeStatusShape),
});
