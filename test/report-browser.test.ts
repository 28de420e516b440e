/**
 * The HTML report in a real browser: headless Debian Chromium driven by playwright-core.
 * Skipped, with a message, only when /usr/bin/chromium is absent (CI installs it: .ci/run).
 * `UPDATE_DOCS_SCREENSHOT=1 npx vitest run test/report-browser.test.ts` refreshes
 * docs/report-2020Q3.png.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  parsePeriod,
  parseProgressDocument,
  progressReport,
  reportHtml,
  jiaxingReportReference,
} from "../src/index.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`report-browser.test.ts: SKIPPED — ${CHROMIUM} is absent (apt-get install -y chromium fonts-noto-cjk; .ci/run does this)`);

function html(): string {
  const parsed = parseProgressDocument(JSON.parse(readFileSync("fixtures/jiaxing/ledger-2020.json", "utf8")));
  const period = parsePeriod("2020Q3");
  if (!parsed.ok || !period.ok) throw new Error("fixture or period unreadable");
  return reportHtml(
    progressReport(parsed.value, period.value, jiaxingReportReference),
  );
}

describe.skipIf(!hasChromium)(`the HTML report in headless Chromium (skipped when ${CHROMIUM} is absent)`, () => {
  let context: BrowserContext;
  let profile: string;
  const requests: string[] = [];

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), "skills-subsidy-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1100, height: 900 },
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  });

  test("renders the four charts with bars and the key figures, and asks the network for nothing", async () => {
    const page = await context.newPage();
    page.on("request", (r) => {
      if (!r.url().startsWith("data:") && r.url() !== "about:blank") requests.push(r.url());
    });
    await page.setContent(html(), { waitUntil: "load" });

    const charts = await page.$$eval("svg[data-chart]", (els) => els.map((e) => ({ id: e.getAttribute("data-chart"), bars: e.querySelectorAll("rect.bar, rect.bar2").length, width: e.getBoundingClientRect().width })));
    expect(charts.map((c) => c.id)).toEqual(["region-progress", "department-progress", "spend-by-provision", "quarters"]);
    for (const c of charts) {
      expect(c.bars, c.id ?? "").toBeGreaterThan(0);
      expect(c.width, c.id ?? "").toBeGreaterThan(300);
    }
    // 9 regions, 11 departments, 4 provisions, 3 quarters × 2 series (+2 legend swatches)
    expect(charts.map((c) => c.bars)).toEqual([9, 11, 4, 8]);

    // the spend bar for 4000.00 yuan is the longest, and the 270.00 one is 270/4000 of it
    const spendWidths = await page.$$eval('svg[data-chart="spend-by-provision"] rect.bar', (els) => els.map((e) => Number(e.getAttribute("width"))));
    expect(spendWidths[0]).toBeGreaterThan(spendWidths[3] as number);
    expect((spendWidths[3] as number) / (spendWidths[0] as number)).toBeCloseTo(270 / 4000, 2);

    const text = await page.innerText("body");
    expect(text).toContain("83.33 %"); // pass rate 5/6
    expect(text).toContain("66.67 %"); // employment rate 2/3
    expect(text).toContain("5603.33"); // spend in the quarter
    expect(text).toContain("嘉善县");
    expect(text).toContain("市应急管理局");

    // Chinese labels in the SVG take real width (a missing font would still give boxes, so the
    // screenshot in docs/ is checked by eye; this catches labels that did not render at all)
    const labelWidth = await page.$eval('svg[data-chart="region-progress"] text.label', (e) => (e as unknown as { getBBox(): { width: number } }).getBBox().width);
    expect(labelWidth).toBeGreaterThan(20);

    const shot = await page.screenshot({ fullPage: true });
    expect(shot.length).toBeGreaterThan(10_000);
    if (process.env.UPDATE_DOCS_SCREENSHOT === "1") writeFileSync("docs/report-2020Q3.png", shot);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);
});
