/**
 * 优先安排培训的失业职工 — unemployed workers placed first.
 *
 * op2025.unemployed-priority (七): 「对失业职工,根据其技能水平、就业需求,积极提供培训信息,推荐培训项目,优先安排参加培训。将失业青年纳入技工院校招生范围,适当放宽招生年龄限制」. A pack that ranks applicants for a project ranks members of this group first.
 */
import { cite } from "../../core/citation.js";
import { defineGroup } from "./group.js";

/**
 * 优先安排培训的失业职工 (unemployed workers placed first). Encodes `op2025.unemployed-priority` ((七)).
 * @example unemployedPriority.test(trainee({ birthDate: "1990-01-01", statuses: ["unemployed"] })) // → true
 */
export const unemployedPriority = defineGroup({
  id: "op2025.unemployed-priority",
  label: { zh: "优先安排培训的失业职工", en: "unemployed workers placed first" },
  citation: cite("op2025.unemployed-priority", "(七)"),
  members: ["unemployed"],
});
