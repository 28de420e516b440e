/** A progress report as the command line makes it, for tests of the reports (cold reviews 52, 55). */
import type { ProgressReport } from "../../src/index.js";
import { jiaxingReportReference, parsePeriod, parseProgressDocument, PLAN_PERIODS, progressReport } from "../../src/index.js";

/** The plans a period may be named by: the national ones and Jiaxing's. */
export const PLANS = { ...PLAN_PERIODS, ...jiaxingReportReference.periods };

/** The report of `doc` over `period` (Jiaxing's reference); throws on a bad input. */
export function reportOf(doc: unknown, period: string): ProgressReport {
  const d = parseProgressDocument(doc);
  if (!d.ok) throw new Error(JSON.stringify(d.issues.map((i) => `${i.path.join(".")} ${i.code}`)));
  const p = parsePeriod(period, PLANS);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return progressReport(d.value, p.value, jiaxingReportReference);
}
