/**
 * The policy explorer (issue #19) in a real browser: headless Debian Chromium driven by
 * playwright-core, as test/report-browser.test.ts does. The site is built first (beforeAll,
 * into a temporary folder, with scripts/build-site.mjs) and loaded from file://, as an
 * official would open it from a disk. Skipped, with a message, only when /usr/bin/chromium
 * is absent (CI installs it: .ci/run).
 *
 * `UPDATE_DOCS_SCREENSHOT=1 npx vitest run test/site.browser.test.ts` refreshes the
 * screenshots docs/explorer-*.png (1280 px wide and a 390 px phone).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../scripts/build-site.mjs";
import { readCatalogue } from "../scripts/law.mjs";
import type { Decision } from "../src/index.js";
import { civilDate, evaluateBatch, jiaxingPolicy, parseClaimsDocument, parseSubsidyCatalogue, withJiaxingCatalogue } from "../src/index.js";
import { compare, listParameters, reform } from "../src/reform/index.js";
import { toCsv, toNdjson } from "./cli-helpers.js";
import type { Doc } from "./cli-helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`site.browser.test.ts: SKIPPED — ${CHROMIUM} is absent (apt-get install -y chromium fonts-noto-cjk; .ci/run does this)`);

const UPDATE = process.env.UPDATE_DOCS_SCREENSHOT === "1";
const json = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
/** The provision catalogue (law/provisions.json): each provision's passage of the text, verbatim. */
const provisionCatalogue = new Map(readCatalogue().map((p) => [p.id, p]));

/** The worked example's decisions, decided here in Node by the library, with the illustrative catalogue as the pages use it. */
function workedExampleDecisions(): Map<string, Decision> {
  const catalogue = parseSubsidyCatalogue(json("fixtures/jiaxing/catalogue-2020.json"));
  const doc = parseClaimsDocument(json("fixtures/jiaxing/worked-example.json"));
  if (!catalogue.ok || !doc.ok) throw new Error("fixtures unreadable");
  return new Map(evaluateBatch(withJiaxingCatalogue(catalogue.value), doc.value.document).decisions.map((d) => [d.claimId, d]));
}

describe.skipIf(!hasChromium)(`the policy explorer in headless Chromium, from file:// (skipped when ${CHROMIUM} is absent)`, () => {
  let context: BrowserContext;
  let profile: string;
  let outDir: string;
  let url: string;
  /** Console errors and uncaught page errors, over every test: none is allowed. */
  const errors: string[] = [];
  /** Requests that leave the site's own files: none is allowed (the pages work offline). */
  const requests: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), "skills-subsidy-site-"));
    await buildSite({ outDir, quiet: true });
    url = pathToFileURL(join(outDir, "index.html")).href;
    profile = mkdtempSync(join(tmpdir(), "skills-subsidy-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: "zh-CN",
      args: ["--headless", "--lang=zh-CN", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1280, height: 900 },
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
    if (outDir !== undefined) rmSync(outDir, { recursive: true, force: true });
  });

  async function open(hash = "", width = 1280): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`page: ${e.message}`));
    page.on("request", (r) => {
      if (!r.url().startsWith(pathToFileURL(outDir).href) && !r.url().startsWith("data:")) requests.push(r.url());
    });
    await page.goto(`${url}${hash}`, { waitUntil: "load" });
    return page;
  }

  test("the parameters page shows which standard was in force on 2020-06-01, from which layer, clause and text, and its timeline", async () => {
    const page = await open();
    // Chinese first
    expect(await page.textContent("h1")).toBe("职业技能培训补贴政策浏览器");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");

    // every parameter of the Jiaxing policy is listed
    const all = listParameters(jiaxingPolicy(), civilDate("2020-06-01"));
    expect(await page.locator(".param-item").count()).toBe(all.length);

    // jx2019.living-allowance 四(三)四: 50 yuan a person a day, from the plan's day of issue 2019-12-13
    // until the three-year action ends (2022-01-01, jx2019.supersession)
    await page.fill("input[name=filter]", "dailyRate");
    await page.click('.param-item[data-id="livingAllowance.dailyRate"]');
    await page.fill("input[name=on]", "2020-06-01");
    await page.dispatchEvent("input[name=on]", "change");
    const inForce = page.locator(".param-detail .in-force");
    expect(await inForce.locator(".in-force-value").textContent()).toBe("50.00");
    const inForceText = await inForce.innerText();
    expect(inForceText).toContain("zhejiang.jiaxing.jx2019");
    expect(inForceText).toContain("jx2019.living-allowance 四(三)四");
    expect(inForceText).toContain("2019-12-13");
    // the passage shown is the library's passage for that value, in corner brackets
    const rate = all.find((p) => p.id === "livingAllowance.dailyRate");
    const passage = rate?.inForce?.inForce === true ? rate.inForce.passage : null;
    expect(passage).not.toBeNull();
    expect(await inForce.locator(".passage").innerText()).toContain(`\u300c${passage}\u300d`);

    // the timeline: one bar while the value holds, one (ended) from 2022-01-01, and a line on the day asked for
    const timeline = page.locator('svg.timeline[data-parameter="livingAllowance.dailyRate"]');
    expect(await timeline.locator("g.seg").count()).toBe(2);
    expect(await timeline.locator("g.seg.ended").count()).toBe(1);
    expect(await timeline.locator("line.on-line").count()).toBe(1);
    const rows = await page.$$eval(".param-detail table.values tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 2).map((td) => td.textContent)));
    expect(rows).toEqual([
      ["2019-12-13", "2022-01-01"],
      ["2022-01-01", "—"],
    ]);

    // on 2022-06-01 the value has ended with the action (jx2019.supersession)
    await page.fill("input[name=on]", "2022-06-01");
    await page.dispatchEvent("input[name=on]", "change");
    expect(await page.locator(".param-detail .in-force.not").innerText()).toContain("已停止");

    // a value set by the national layer and kept: the annual cap of 3 (gbf2019 §(十二))
    await page.fill("input[name=filter]", "");
    await page.fill("input[name=on]", "2020-06-01");
    await page.dispatchEvent("input[name=on]", "change");
    await page.click('.param-item[data-id="trainingSubsidy.annualCap"]');
    expect(await page.locator(".param-detail .in-force-value").textContent()).toBe("3");
    expect(await page.locator(".param-detail .in-force").innerText()).toContain("national.gbf2019");

    if (UPDATE) {
      await page.click('.param-item[data-id="livingAllowance.dailyRate"]');
      writeFileSync("docs/explorer-parameters.png", await page.screenshot({ fullPage: false }));
    }
    await page.close();
  }, 60_000);

  test("the claim form decides the worked example's WX-1 as the library does: 1300.00 yuan, with the reasons in Chinese and their passages", async () => {
    const expected = workedExampleDecisions();
    const page = await open("#claim");
    await page.click("#decide");
    const decision = page.locator('.decision[data-claim="WX-1"]');
    await decision.waitFor();
    // 1000 yuan (EX-ELEC 初级工 in the illustrative catalogue) × (1 + 30 %) for a trade-friction-affected
    // employee (jx2019.trade-friction-uplift 三(二)) = 1300.00
    expect(await decision.getAttribute("data-outcome")).toBe("granted");
    expect(await decision.locator(".amount").getAttribute("data-amount")).toBe("1300.00");
    const text = await decision.innerText();
    expect(text).toContain("给予");
    expect(text).toContain("培训学员本人 P-WX");
    expect(text).toContain("受经贸摩擦影响的企业职工：补贴标准 1000.00 元上浮 30% 至 1300.00 元");
    expect(text).toContain("2021 年第 1 次职业培训补贴（每人每年不超过 3 次）");
    // the same reasons, in the same order, as the library decides in Node
    const wx1 = expected.get("WX-1");
    const shown = await decision.locator("ol.reasons > li .message").allInnerTexts();
    expect(shown).toEqual(wx1?.reasons.map((r) => r.message.zh));
    // every reason and line carries the text: its provision's passage in corner brackets, verbatim as the
    // catalogue records it (law/provisions.json, checked against law/sources/ by test/law.test.ts), first;
    // the catalogue's English summary beside it, labelled as paraphrase
    const shownTexts = await decision.locator("ol.reasons > li, ul.lines > li").evaluateAll((lis) =>
      lis.map((li) => ({
        provision: li.getAttribute("data-provision") ?? "",
        passage: li.querySelector(".passages > .passage")?.firstChild?.textContent ?? null,
        paraphrase: li.querySelector(".passages > .paraphrase")?.textContent ?? null,
      })),
    );
    expect(shownTexts.length).toBe((wx1?.reasons.length ?? 0) + (wx1?.lines.length ?? 0));
    for (const s of shownTexts) {
      expect(s.passage, s.provision).toBe(`\u300c${provisionCatalogue.get(s.provision)?.passage}\u300d`);
      expect(s.paraphrase, s.provision).toContain("（大意，英文摘要，非原文）");
    }

    // the same decision in English after the switch
    await page.click("#lang");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    const english = await page.locator('.decision[data-claim="WX-1"] ol.reasons > li .message').allInnerTexts();
    expect(english).toEqual(wx1?.reasons.map((r) => r.message.en));
    await page.click("#lang");

    if (UPDATE) {
      // the form and the top of the decision: outcome, amount, payee, the line and the first reasons
      await page.setViewportSize({ width: 1280, height: 1700 });
      writeFileSync("docs/explorer-claim.png", await page.screenshot({ fullPage: false }));
      await page.setViewportSize({ width: 1280, height: 900 });
    }

    // the form decides what is typed: WX-2 with 5 days attended instead of 8 →
    // 50 yuan a day (jx2019.living-allowance 四(三)四) × 5 = 250.00
    await page.selectOption("select[name=example]", "WX-2");
    await page.fill("input[name='course.attendedDays']", "5");
    await page.click("#decide");
    expect(await page.locator('.decision[data-claim="WX-2"] .amount').getAttribute("data-amount")).toBe("250.00");

    // WX-4 is decided after the example's other claims of 沈建华, as its history: 1200 (EX-WELD 初级工,
    // illustrative) × 1.3 = 1560.00, the second training subsidy of 2021 (at most 3 a year, jx2019.annual-cap 五(十一))
    await page.selectOption("select[name=example]", "WX-4");
    await page.click("#decide");
    const wx4 = page.locator('.decision[data-claim="WX-4"]');
    expect(await wx4.locator(".amount").getAttribute("data-amount")).toBe("1560.00");
    expect(await wx4.locator("ol.reasons > li .message").allInnerTexts()).toEqual(expected.get("WX-4")?.reasons.map((r) => r.message.zh));
    expect(await wx4.innerText()).toContain("2021 年第 2 次职业培训补贴");
    expect(await page.locator(".decisions .history li").count()).toBe(3);

    // the apprenticeship subsidy: an employee apprentice's first year at the standard the enterprise set,
    // 6000 yuan (within jx2019.employee-apprentice 三(一)二's 4000–10000 a person a year), paid to the enterprise
    await page.selectOption("select[name=example]", "J-1");
    await page.click("#decide");
    const apprentice = page.locator('.decision[data-claim="J-1"]');
    expect(await apprentice.locator(".amount").getAttribute("data-amount")).toBe("6000.00");
    expect(await apprentice.innerText()).toContain("E-1");

    // the same apprenticeship as a student apprenticeship: one month's internship allowance for the year, at most 3000
    // (「学生学徒补贴金额一般可按学徒月实习津贴标准确定，每人每年不高于3000元」, reading student-apprentice-amount): 2750.00
    await page.selectOption("select[name='apprenticeship.kind']", "student");
    await page.fill("input[name='apprenticeship.annualStandard']", "");
    await page.fill("input[name='apprenticeship.monthlyInternshipAllowance']", "2750.00");
    await page.click("#decide");
    expect(await apprentice.locator(".amount").getAttribute("data-amount")).toBe("2750.00");

    // WX-1's 沈建华 typed in as local only by living in Tongxiang with a residence permit (jx2019 五(十一)
    // 「当地常住并办有居住证」): hukou and employment region cleared, the claim is held for residency; with the
    // residence and the permit typed in, it is paid 1300.00 again (1000 × 1.3, as above)
    await page.selectOption("select[name=example]", "WX-1");
    await page.fill("input[name='trainee.hukouRegion']", "anhui.hefei");
    await page.fill("input[name='trainee.employmentRegion']", "");
    await page.click("#decide");
    expect(await page.locator('.decision[data-claim="WX-1"]').getAttribute("data-outcome")).toBe("undecidable");
    await page.fill("input[name='trainee.residenceRegion']", "zhejiang.jiaxing.tongxiang");
    await page.selectOption("select[name='trainee.hasResidencePermit']", "true");
    await page.click("#decide");
    expect(await page.locator('.decision[data-claim="WX-1"] .amount').getAttribute("data-amount")).toBe("1300.00");

    // a field left empty is named, in Chinese, with its path; nothing is decided
    await page.selectOption("select[name=example]", "WX-2");
    await page.fill("input[name='trainee.birthDate']", "");
    await page.click("#decide");
    const error = await page.locator(".decisions .error").innerText();
    expect(error).toContain("trainees.0.birthDate");
    expect(await page.locator(".decisions .decision").count()).toBe(0);

    // the whole worked example: 1300.00 + 400.00 (50 × 8 days) + 120.00 (初级工 appraisal, 五(十一))
    // + 1560.00 (1200 × 1.3, the second training subsidy of 2021) = 3380.00
    await page.click("details.json summary");
    await page.click("#whole-example");
    const amounts = await page.$$eval(".decisions .decision", (els) => els.map((e) => [e.getAttribute("data-claim"), e.querySelector(".amount")?.getAttribute("data-amount")]));
    expect(Object.fromEntries(amounts)).toEqual({ "WX-1": "1300.00", "WX-2": "400.00", "WX-3": "120.00", "WX-4": "1560.00" });
    expect(Object.fromEntries(amounts)).toEqual(Object.fromEntries([...expected].map(([id, d]) => [id, d.amount])));
    expect(await page.locator(".decisions .summary").innerText()).toContain("3380.00");
    await page.close();
  }, 60_000);

  test("the reform page compares the shipped population under a living allowance of 60 yuan from 2021 as compare() does, from JSON, NDJSON and CSV", async () => {
    const population = json("fixtures/jiaxing/reform-population.json") as Doc;
    const parsed = parseClaimsDocument(population);
    const patch = json("fixtures/reforms/living-allowance-60.json");
    const reformed = reform(jiaxingPolicy(), patch);
    if (!parsed.ok || !reformed.ok) throw new Error("fixtures unreadable");
    const c = compare(jiaxingPolicy(), reformed.value.policy, parsed.value.document);
    // 50 → 60 yuan a day (jx2019.living-allowance 四(三)四) for training days from 2021-01-01; four claims change:
    // RF-02 (8 days, 5 of them in 2021): 8 × 50 = 400.00 → 3 × 50 + 5 × 60 = 450.00 (+50);
    // RF-03 (10 days in 2021): 500.00 → 600.00 (+100); RF-05 (3 days in 2021): 150.00 → 180.00 (+30);
    // RF-06 (4 days over New Year, no list of dates, but all 4 days of the span attended): 4 × 50 = 200.00 → 2 × 50 + 2 × 60 = 220.00 (+20).
    // 2420.00 + 50 + 100 + 30 + 20 = 2620.00
    expect(c.totals.all).toMatchObject({ base: "2420.00", reformed: "2620.00", delta: "200.00", claims: 12, changed: 4 });

    const page = await open("#reform");
    // the page starts on livingAllowance.dailyRate → "60.00" from 2021-01-01 until 2022-01-01, the shipped population
    expect(await page.inputValue("select[name=parameter]")).toBe("livingAllowance.dailyRate");
    await page.click("#compare");
    const result = page.locator(".comparison");
    await result.waitFor();
    expect(await result.getAttribute("data-delta")).toBe(c.totals.all.delta);
    const table = async (kind: string) => page.$$eval(`table[data-totals="${kind}"] tbody tr`, (trs) => trs.map((tr) => [tr.getAttribute("data-key"), ...[...tr.querySelectorAll("td")].map((td) => td.textContent)]));
    const expectRows = (rows: readonly { key: string; base: string; reformed: string; delta: string; claims: number; changed: number }[]) => rows.map((r) => [r.key, r.base, r.reformed, r.delta, String(r.claims), String(r.changed)]);
    expect(await table("provision")).toEqual(expectRows(c.totals.byProvision));
    expect(await table("region")).toEqual(expectRows(c.totals.byRegion));
    expect(await table("occupation")).toEqual(expectRows(c.totals.byOccupation));
    // the chart: a pair of bars per provision
    expect(await page.locator('svg[data-chart="by-provision"] rect.bar').count()).toBe(2 + 2 * c.totals.byProvision.length);
    // the claims that changed, each with both sides
    await page.click("details.changed-claims summary");
    expect(await page.$$eval('table[data-totals="claims"] tbody tr', (trs) => trs.map((tr) => tr.getAttribute("data-key")))).toEqual(c.claims.filter((d) => d.changed).map((d) => d.claimId));
    // region names in Chinese
    expect(await page.locator('table[data-totals="region"]').innerText()).toContain("海宁市");
    if (UPDATE) writeFileSync("docs/explorer-reform.png", await page.screenshot({ fullPage: true }));

    // the same population as NDJSON and as CSV (the command line's formats) gives the same totals
    for (const [format, text] of [
      ["ndjson", toNdjson(population)],
      ["csv", toCsv(population)],
    ] as const) {
      await page.fill("textarea[name=population]", text);
      await page.selectOption("select[name=format]", "auto");
      await page.click("#compare");
      await page.locator(".comparison").waitFor();
      expect(await page.locator(".comparison").getAttribute("data-delta"), format).toBe(c.totals.all.delta);
      expect(await table("region"), format).toEqual(expectRows(c.totals.byRegion));
    }

    // a CSV file uploaded is read by its name and gives the same totals
    await page.setInputFiles("input[name=file]", { name: "population.csv", mimeType: "text/csv", buffer: Buffer.from(toCsv(population), "utf8") });
    await page.waitForFunction('document.querySelector("textarea[name=population]").value.startsWith("type,")');
    await page.click("#compare");
    await page.locator(".comparison").waitFor();
    expect(await page.locator(".comparison").getAttribute("data-delta")).toBe(c.totals.all.delta);

    // a value of the wrong shape is refused with the field named, never decided
    await page.fill("textarea[name=value]", '"sixty"');
    await page.click("#compare");
    expect(await page.locator(".reform-out .error").innerText()).toContain("changes.0.value");
    await page.close();
  }, 90_000);

  test("keyboard: tabs are buttons moved by arrow keys, every control has a label, focus is visible", async () => {
    const page = await open();
    await page.focus("#tab-params");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate("document.activeElement?.id")).toBe("tab-claim");
    expect(await page.getAttribute("#tab-claim", "aria-selected")).toBe("true");
    // Enter on the decide button decides (a real button, in a form)
    await page.focus("#decide");
    await page.keyboard.press("Enter");
    await page.locator('.decision[data-claim="WX-1"]').waitFor();
    // focus moves to the decision, so a screen reader reads it next
    expect(await page.evaluate("document.activeElement?.id")).toBe("decision-head");
    for (const hash of ["#params", "#claim", "#reform"]) {
      await page.goto(`${url}${hash}`);
      const unlabelled = await page.evaluate(`[...document.querySelectorAll("input, select, textarea")].filter((e) => e.labels.length === 0 && !e.hasAttribute("aria-label")).map((e) => e.name)`);
      expect(unlabelled, hash).toEqual([]);
      // nothing clickable that is not a button, a link or a form control
      expect(await page.$$eval("[onclick], div[tabindex], span[tabindex]", (els) => els.length), hash).toBe(0);
    }
    // the focus outline is drawn
    await page.focus("#tab-params");
    const outline = await page.evaluate('getComputedStyle(document.getElementById("tab-params")).outlineStyle');
    expect(outline).not.toBe("none");
    await page.close();
  }, 60_000);

  test("on a 390 px phone every page fits the width", async () => {
    const page = await open("#params", 390);
    for (const hash of ["#params", "#claim", "#reform"]) {
      await page.goto(`${url}${hash}`);
      if (hash === "#claim") await page.click("#decide");
      if (hash === "#reform") await page.click("#compare");
      const overflow = await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
      expect(overflow, hash).toBeLessThanOrEqual(0);
      if (UPDATE && hash === "#claim") {
        // the decision as a phone shows it: outcome, amount, payee, the line and the first reasons
        await page.evaluate('document.querySelector(".decision").scrollIntoView()');
        writeFileSync("docs/explorer-phone.png", await page.screenshot({ fullPage: false }));
      }
    }
    await page.close();
  }, 60_000);

  test("with ?lang=en every page is in English, and the reform runs", async () => {
    const page = await open("?lang=en#params");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toBe("Vocational-skills training subsidy: policy explorer");
    expect(await page.locator(".param-detail .in-force").innerText()).toContain("Value in force");
    await page.click("#tab-reform");
    await page.click("#compare");
    expect(await page.locator(".comparison .headline").innerText()).toContain("Difference");
    await page.click("#tab-claim");
    await page.click("#decide");
    expect(await page.locator('.decision[data-claim="WX-1"] .verdict').innerText()).toContain("granted");
    await page.close();
  }, 60_000);

  test("no console error, no page error, and no request outside the site's own files", () => {
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });
});
