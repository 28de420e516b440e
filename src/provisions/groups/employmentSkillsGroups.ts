/**
 * 就业技能培训重点群体 — key groups for employment-skills training.
 *
 * gf2018.groups §(五) (paraphrase, the groups named across the clause): 高校毕业生、农村转移就业人员和新生代农民工、失业人员和转岗职工、新型职业农民、城乡未继续升学的初高中毕业生（劳动预备制培训）、即将退役的军人和退役军人、建档立卡贫困家庭、农村“低保”家庭、困难职工家庭和残疾人、服刑人员、强制隔离戒毒人员. Reading: the 建档立卡贫困家庭 are matched by their members — a `povertyRegistered` labourer or a `childOfPoorFamily` (reading gf2018-chain-groups); a `returningMigrantWorker` (返乡农民工) is a 农民工 of the 「农民工职业技能提升计划」 like a `migrantWorker` (reading gf2018-chain-groups; cold audit 20); soon-to-retire soldiers, rural-dibao and worker-in-difficulty families carry no status of their own in the trainee record and are not matched; a layer that needs them adds them through the scope parameters.
 */
import { cite } from "../../core/citation.js";
import { POVERTY_LABOURER_STATUSES } from "../../records/kinds.js";
import { defineGroup } from "./group.js";

/**
 * 就业技能培训重点群体 (key groups for employment-skills training). Encodes `gf2018.groups` (§(五)).
 * @example employmentSkillsGroups.test(trainee({ birthDate: "1990-01-01", statuses: ["professionalFarmer"] })) // → true
 */
export const employmentSkillsGroups = defineGroup({
  id: "gf2018.groups",
  label: { zh: "就业技能培训重点群体", en: "key groups for employment-skills training" },
  citation: cite("gf2018.groups", "§(五)"),
  // 「建档立卡贫困家庭」: every status of the register (reading poverty-labourer-register; review 20b)
  // 「农民工职业技能提升计划」: every 农民工 the record names — one who has returned home (返乡) too (cold audit 20)
  members: ["collegeGraduate", "ruralTransferWorker", "migrantWorker", "newGenerationMigrantWorker", "returningMigrantWorker", "unemployed", "jobTransferWorker", "professionalFarmer", "nonContinuingGraduate", "veteran", ...POVERTY_LABOURER_STATUSES, "childOfPoorFamily", "disabled", "inCustody", "compulsoryRehab"],
});
