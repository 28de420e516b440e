/**
 * 免费职业技能培训对象 — groups entitled to free vocational training.
 *
 * gbf2019.free-training-groups §(十一): 「对贫困家庭子女、贫困劳动力、“两后生”、农村转移就业劳动者、下岗失业人员和转岗职工、退役军人、残疾人开展免费职业技能培训行动」.
 *
 * 农村转移就业劳动者 takes in the migrant workers: the same text's §(四) names
 * 「农村转移就业劳动者特别是新生代农民工」 and runs 「返乡创业培训计划」 for them, so a
 * `newGenerationMigrantWorker`, a `migrantWorker` (of any age) and a `returningMigrantWorker`
 * are members as `ruralTransferWorker` is (reading national-training-subsidy-scope). 贫困劳动力 is defined by
 * the register, 「建档立卡贫困劳动力（以下简称贫困劳动力）」, so a `pairedRegionPovertyRegistered` person (on the register
 * of a region a city supports: 「对口支援地区建档立卡贫困人员」) is one as `povertyRegistered` is, and so is a `liftedOutOfPoverty`
 * person, a 脱贫劳动力 of the later texts, who stays on the register (reading poverty-labourer-register).
 */
import { cite } from "../../core/citation.js";
import { POVERTY_LABOURER_STATUSES } from "../../records/kinds.js";
import { defineGroup } from "./group.js";

/**
 * 免费职业技能培训对象 (groups entitled to free vocational training). Encodes `gbf2019.free-training-groups` (§(十一)).
 * @example freeTrainingGroups.test(trainee({ birthDate: "1990-01-01", statuses: ["veteran"] })) // → true
 */
export const freeTrainingGroups = defineGroup({
  id: "gbf2019.free-training-groups",
  label: { zh: "免费职业技能培训对象", en: "groups entitled to free vocational training" },
  citation: cite("gbf2019.free-training-groups", "§(十一)"),
  members: ["childOfPoorFamily", ...POVERTY_LABOURER_STATUSES, "nonContinuingGraduate", "ruralTransferWorker", "newGenerationMigrantWorker", "migrantWorker", "returningMigrantWorker", "unemployed", "jobTransferWorker", "veteran", "disabled"],
});
