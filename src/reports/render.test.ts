import { describe, expect, test } from "vitest";
import { civilDate } from "../core/date.js";
import { parsePeriod } from "./period.js";
import { progressReport } from "./progress.js";
import { niceMax, reportHtml, reportMarkdown } from "./render.js";

function emptyReport(source: string) {
  const p = parsePeriod("2020Q3");
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return progressReport({ source, trainings: [], grants: [] }, p.value);
}

describe("report rendering", () => {
  test("chart axes end on a round number at or above the largest value", () => {
    expect(niceMax(0.0153)).toBe(0.02);
    expect(niceMax(4000)).toBe(5000);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(2.5)).toBe(2.5);
    expect(niceMax(0)).toBe(1);
  });

  test("text from the ledger file is escaped in the HTML page, so it cannot add markup or scripts", () => {
    const html = reportHtml(emptyReport('<script>alert("x")</script> & <img src=x>'));
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x&gt;");
  });

  test("an empty ledger gives zeros and no rates, not a division by zero", () => {
    const report = emptyReport("empty");
    expect(report.counts.trained).toBe(0);
    expect(report.counts.passRate).toBeNull();
    expect(report.spend.total).toBe("0.00");
    expect(reportMarkdown(report)).toContain("| 培训合格率 pass rate | —（合格 0 / 考核 0，待考核 0） |");
    expect(report.quarters.map((q) => q.start)).toEqual([civilDate("2020-01-01"), civilDate("2020-04-01"), civilDate("2020-07-01")]);
  });
});
