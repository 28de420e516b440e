/**
 * 按规定给予职业培训补贴的对象 — groups given the training subsidy per local rules.
 *
 * gbf2019.subsidy-groups §(十一): 「对高校毕业生和企业职工按规定给予职业培训补贴」. An 企业职工 is recorded
 * `enterpriseEmployee`, or `tradeFrictionAffected` (「受经贸摩擦影响的企业职工」, a part of them: reading
 * trade-friction-employee).
 */
import { cite } from "../../core/citation.js";
import { defineGroup } from "./group.js";

/**
 * 按规定给予职业培训补贴的对象 (groups given the training subsidy per local rules). Encodes `gbf2019.subsidy-groups` (§(十一)).
 * @example subsidyGroups.test(trainee({ birthDate: "1990-01-01", statuses: ["enterpriseEmployee"] })) // → true
 */
export const subsidyGroups = defineGroup({
  id: "gbf2019.subsidy-groups",
  label: { zh: "按规定给予职业培训补贴的对象", en: "groups given the training subsidy per local rules" },
  citation: cite("gbf2019.subsidy-groups", "§(十一)"),
  members: ["collegeGraduate", "enterpriseEmployee", "tradeFrictionAffected"],
});
