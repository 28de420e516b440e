import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { jiaxingReportReference } from "../jurisdictions/jiaxing/reportReference.js";
import { parseProgressDocument } from "../records/parseProgress.js";
import { civilDate } from "../core/date.js";
import { parsePeriod } from "./period.js";
import { progressReport } from "./progress.js";
import { niceMax, reportHtml, reportMarkdown } from "./render.js";
import { PROVISION_TEXTS } from "../law/provisionTexts.js";

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

  test("text from the ledger file is escaped in the Markdown report too (Markdown passes raw HTML through)", () => {
    const md = reportMarkdown(emptyReport('<script>alert("x")</script> & <img src=x> | cell'));
    expect(md).not.toContain("<script");
    expect(md).not.toContain("<img");
    expect(md).toContain('数据来源 Source: &lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;img src=x&gt; \\| cell');
  });

  test("plan bars are drawn against the target: the axis ends at 100 %, so a small share is a small bar", () => {
    const doc = parseProgressDocument(JSON.parse(readFileSync("fixtures/jiaxing/ledger-2020.json", "utf8")));
    const p = parsePeriod("2020Q3");
    if (!doc.ok || !p.ok) throw new Error("unreadable fixture");
    const report = progressReport(doc.value, p.value, jiaxingReportReference);
    const html = reportHtml(report);
    for (const chart of ["region-progress", "department-progress"]) {
      const svg = html.slice(html.indexOf(`data-chart="${chart}"`), html.indexOf("</svg>", html.indexOf(`data-chart="${chart}"`)));
      const ticks = [...svg.matchAll(/class="tick"[^>]*>([^<]*)</g)].map((m) => m[1]);
      expect(ticks.at(-1), chart).toBe("100%");
      const track = Number(/class="track"/.test(svg) ? /width="([\d.]+)" height="16" class="track"/.exec(svg)?.[1] : NaN);
      const widths = [...svg.matchAll(/width="([\d.]+)" height="16" class="bar"/g)].map((m) => Number(m[1]));
      // every share in this quarter is far below 1 % of the plan: every bar under 1 % of the track (± rounding)
      const table = chart === "region-progress" ? report.byRegion : report.byDepartment;
      table?.rows.forEach((r, i) => {
        const share = r.share === null ? 0 : Number(r.share.numerator) / Number(r.share.denominator);
        expect(widths[i], `${chart} ${r.id}`).toBeCloseTo(share * track, 0);
      });
      expect(Math.max(...widths)).toBeLessThan(track / 100);
    }
  });

  test("the spend chart names each provision by the measures paid under it, with its document and clause", () => {
    const doc = parseProgressDocument(JSON.parse(readFileSync("fixtures/jiaxing/ledger-2020.json", "utf8")));
    const p = parsePeriod("2020Q3");
    if (!doc.ok || !p.ok) throw new Error("unreadable fixture");
    const report = progressReport(doc.value, p.value, jiaxingReportReference);
    const living = report.spend.byProvision.find((l) => l.key === "jx2019.living-allowance");
    expect(living?.label).toEqual({ zh: "生活费补贴（jx2019 四(三)四）", en: "living allowance (jx2019 四(三)四)" });
    const html = reportHtml(report);
    const svg = html.slice(html.indexOf('data-chart="spend-by-provision"'), html.indexOf("</svg>", html.indexOf('data-chart="spend-by-provision"')));
    expect(svg).toContain('class="label" text-anchor="end">生活费补贴（jx2019 四(三)四）</text>');
    expect(reportMarkdown(report)).toContain("| 生活费补贴（jx2019 四(三)四） living allowance (jx2019 四(三)四) `jx2019.living-allowance` |");
  });

  test("given the catalogue's passages, the report ends with the texts it cites, each verbatim in 「」 (issue #19); without them, it does not", () => {
    const doc = parseProgressDocument(JSON.parse(readFileSync("fixtures/jiaxing/ledger-2020.json", "utf8")));
    const p = parsePeriod("2020Q3");
    if (!doc.ok || !p.ok) throw new Error("unreadable fixture");
    const report = progressReport(doc.value, p.value, jiaxingReportReference);
    const passageOf = (id: string) => (Object.hasOwn(PROVISION_TEXTS, id) ? PROVISION_TEXTS[id as keyof typeof PROVISION_TEXTS].passage : undefined);
    const md = reportMarkdown(report, { passageOf });
    const texts = md.slice(md.indexOf("## 依据原文 The texts cited"));
    // the performance clauses, the targets, the plan tables and every provision money was paid under
    for (const id of ["gf2018.performance", "jx2019.performance", "jx2019.targets", "jx2019.plan-by-region", "jx2019.plan-by-department", ...report.spend.byProvision.map((l) => l.key)]) {
      expect(texts, id).toContain(`\`${id}\``);
    }
    expect(texts).toContain("`jx2019.living-allowance` 四(三)四：「对建档立卡低收入农户家庭劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员，在培训期间通过就业补助资金按每人每天50元标准给予生活费补贴。」");
    const html = reportHtml(report, { passageOf });
    expect(html).toContain('<blockquote class="passage" data-provision="jx2019.performance"><p>「市里将根据省里绩效评价办法，对各地培训人数、质量和资金使用情况实施绩效评价。」</p>');
    expect(reportMarkdown(report)).not.toContain("依据原文");
    expect(reportHtml(report)).not.toContain('class="passage"');
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
