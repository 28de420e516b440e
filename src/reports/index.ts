/**
 * skills-subsidy/reports — progress against the plans' targets: targets and plan tables,
 * the report input ({@link parseProgressDocument}), periods ({@link parsePeriod}), the
 * report ({@link progressReport}) and its renderings (HTML, Markdown, JSON). The plans'
 * own targets (`jx2019Targets`, …) are in `skills-subsidy/jurisdictions`. Everything here
 * is also exported by `skills-subsidy`.
 *
 * ```ts
 * import { parsePeriod, parseProgressDocument, progressReport, reportHtml } from "skills-subsidy/reports";
 * ```
 * @packageDocumentation
 */
export type { BaseUnit, Metric, PlanRow, PlanTable, Quantity, Span, Target, TargetSet, Unit } from "../targets/target.js";
export { baseQuantity, definePlanTable, defineTargets, MEASURED_METRICS, METRIC_LABELS, METRICS, UNIT_LABELS, UNITS } from "../targets/target.js";
export type { DepartmentId, Fund, ProgressDocument, ReportGrant, TrainingOutcome, TrainingRecord } from "../records/progress.js";
export { FUNDS, TRAINING_OUTCOMES } from "../records/kinds.js";
export { parseProgressDocument } from "../records/parseProgress.js";
export type { Period, PlanSpan } from "./period.js";
export { parsePeriod, PLAN_PERIODS, quartersOverlapping, trendQuarters } from "./period.js";
export type { Counts, ProgressOptions, ProgressReport, QuarterProgress, RowProgress, Share, Spend, SpendLine, TableProgress, TargetProgress } from "./progress.js";
export { progressReport, share } from "./progress.js";
export { FUND_LABELS, MEASURE_LABELS } from "./labels.js";
export type { ReportRenderOptions } from "./render.js";
export { reportHtml, reportJson, reportMarkdown } from "./render.js";
