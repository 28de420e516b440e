/**
 * Who is in scope for the training subsidy in Jiaxing.
 *
 * Reading (jiaxing-ordinary-worker): jx2019 五(十一) grants the subsidy to every worker with a
 * local residency basis — 
 * 「对具有当地户籍、当地常住并办有居住证、在当地就业创业或在当地办理失业登记的城乡劳动者提供普惠同等的培训补贴」
 * — and does not refer back to 二. The target groups of 二
 * (「以及今后文件另有规定的对象」) say whom the action is aimed at; they are an open list, not a
 * gate. So the Jiaxing layer replaces the national groups rule (`trainingSubsidy.groups`)
 * with {@link jiaxingScope}: it passes for every worker, naming the groups of 二 the worker
 * is in (for the record). The residency basis is judged by `eligibility.residency`
 * (jx2019.residency), and people entitled to a monthly pension are judged by
 * `eligibility.overRetirement` (jx2019.over-retirement); the annual cap, the no-repeat rule
 * and the catalogue's standard apply to everyone alike.
 */
import { cite } from "../../core/citation.js";
import type { Check } from "../../core/decision.js";
import type { GroupsInput } from "../../provisions/trainingSubsidy/trainingSubsidyGroups.js";
import { jxTargetGroups } from "./groups.js";

/**
 * 五(十一): 普惠同等的培训补贴 for 城乡劳动者 with a residency basis.
 * @example JX_SCOPE.provision // → "jx2019.residency"
 */
export const JX_SCOPE = cite("jx2019.residency", "五(十一)");

/**
 * The Jiaxing scope check: every worker is in (reading jiaxing-ordinary-worker). Encodes
 * `jx2019.residency` (五(十一)) and `jx2019.target-groups` (二, as an open list).
 * @example
 * jiaxingScope({ trainee: trainee({ statuses: [] }), date: civilDate("2020-06-01") }).pass // → true
 * jiaxingScope({ trainee: trainee({ statuses: ["veteran"] }), date: civilDate("2020-06-01") }).reason.facts // → {"group":"jx2019.residency","matched":["veteran"]}
 */
export function jiaxingScope(input: GroupsInput): Check {
  return { pass: true, reason: { code: "in_scope", citation: JX_SCOPE, facts: { group: JX_SCOPE.provision, matched: jxTargetGroups.of(input.trainee) } } };
}
