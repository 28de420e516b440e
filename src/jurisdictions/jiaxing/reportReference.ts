/**
 * What a Jiaxing progress report is measured against (jx2019.performance 六(十三)): the
 * 2019 plan tables by region and by department, Jiaxing's own targets, and the national
 * targets of the texts in force over the plan (gbf2019, plan2021, op2025). The `report`
 * command uses it; callers of `progressReport` can pass it as its options.
 */
import { cite } from "../../core/citation.js";
import type { ProgressOptions } from "../../reports/progress.js";
import { gbf2019Targets, op2025Targets, plan2021Targets } from "../national/targets.js";
import { jx2019PlanByDepartment, jx2019PlanByRegion, jx2019Targets } from "./targets.js";

/**
 * The plan tables, target sets and evaluation clause a Jiaxing report is measured against
 * (the report cites jx2019.performance after the national gf2018.performance), and the plan
 * a period may be named by (`jx2019`: 2019–2021, like gbf2019's action). Encodes
 * `jx2019.performance` (六(十三)), `jx2019.plan-by-region` (附件1), `jx2019.plan-by-department` (附件2).
 * @example jiaxingReportReference.targetSets?.map((s) => s.id) // → ["jx2019.targets","gbf2019.targets","plan2021.targets","op2025.targets"]
 */
export const jiaxingReportReference: ProgressOptions = {
  planByRegion: jx2019PlanByRegion,
  planByDepartment: jx2019PlanByDepartment,
  targetSets: [jx2019Targets, gbf2019Targets, plan2021Targets, op2025Targets],
  performance: [/* @__PURE__ */ cite("jx2019.performance", "六(十三)")],
  periods: { jx2019: { start: "2019-01-01", end: "2021-12-31" } },
};
