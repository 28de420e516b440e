/**
 * 项目制培训对象 — groups served by project-based training.
 *
 * gbf2019.project-training-groups §(十二): 「各地可对贫困劳动力、去产能失业人员、退役军人等群体开展项目制培训」. Reading: workers laid off by capacity cuts hold the `unemployed` status (the record carries no cause of unemployment); the list ends in 等 (and others), so a layer may name more groups through the parameters that use this one.
 */
import { cite } from "../../core/citation.js";
import { POVERTY_LABOURER_STATUSES } from "../../records/kinds.js";
import { defineGroup } from "./group.js";

/**
 * 项目制培训对象 (groups served by project-based training). Encodes `gbf2019.project-training-groups` (§(十二)).
 * @example projectTrainingGroups.test(trainee({ birthDate: "1990-01-01", statuses: ["povertyRegistered"] })) // → true
 */
export const projectTrainingGroups = defineGroup({
  id: "gbf2019.project-training-groups",
  label: { zh: "项目制培训对象", en: "groups served by project-based training" },
  citation: cite("gbf2019.project-training-groups", "§(十二)"),
  // 贫困劳动力 as §(十一) defines it: every status of the register (reading poverty-labourer-register; review 20b)
  members: [...POVERTY_LABOURER_STATUSES, "unemployed", "veteran"],
});
