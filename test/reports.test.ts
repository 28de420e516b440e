/**
 * The Jiaxing 2020 sample ledger (fixtures/jiaxing/ledger-2020.json) worked out by hand.
 * Records T01–T15, grants G01–G10; a record counts in the period of its last day.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { cli as runCli } from "./cli-helpers.js";
import type { ProgressDocument, ProgressReport, RowProgress } from "../src/index.js";
import {
  parsePeriod,
  PLAN_PERIODS,
  parseProgressDocument,
  progressReport,
  reportHtml,
  reportMarkdown,
  jiaxingReportReference,
} from "../src/index.js";

const FIXTURE = "fixtures/jiaxing/ledger-2020.json";

function load(): ProgressDocument {
  const parsed = parseProgressDocument(JSON.parse(readFileSync(FIXTURE, "utf8")));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

function reportFor(period: string, document: ProgressDocument = load()): ProgressReport {
  const p = parsePeriod(period, { ...PLAN_PERIODS, ...jiaxingReportReference.periods });
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return progressReport(document, p.value, jiaxingReportReference);
}

function row(rows: readonly RowProgress[] | undefined, id: string): RowProgress | undefined {
  return rows?.find((r) => r.id === id);
}

describe("progress of the Jiaxing 2020 sample ledger in 2020Q3 (2020-07-01 – 2020-09-30)", () => {
  const report = reportFor("2020Q3");

  test("counts person-times by the training's last day: T06 T07 T08 T09 T10 T11 T13 end in the quarter", () => {
    // T04 ends 2020-06-12 (Q2) and T12 ends 2021-06-30, so neither is in: 7 trained
    expect(report.counts.trained).toBe(7);
    // subsidised: T06 T07 T09 T11 by their flag, T08 by grant G05 (courseId T08); T10 and T13 say false = 5
    expect(report.counts.subsidised).toBe(5);
    // of the subsidised, migrant workers: T06 T07 = 2
    expect(report.counts.migrantWorkerSubsidised).toBe(2);
  });

  test("pass rate and employment rate are worked out over the records that have them", () => {
    // passed T06 T08 T10 T11 T13 = 5; failed T07 = 1; pending T09 left out: 5 of 6 = 83.33 %
    expect(report.counts.passRate).toEqual({ numerator: "5", denominator: "6", percent: "83.33" });
    expect(report.counts.pending).toBe(1);
    // followed up T08 (yes) T10 (no) T11 (yes): 2 of 3 = 66.67 %
    expect(report.counts.employmentRate).toEqual({ numerator: "2", denominator: "3", percent: "66.67" });
  });

  test("certificates count on their issue date and apprentices on their first day", () => {
    // leveled certificates issued in Q3: T04 intermediate (07-15), T11 technician (09-30) = 2;
    // T06 special-operations and T08 training-completion are not qualification/skill-level certificates
    expect(report.newCertificates).toBe(2);
    // 高级工 and above: T11 technician = 1
    expect(report.highSkilledCertificates).toBe(1);
    // T12 starts 2020-07-01 as an employee apprentice = 1 (it ends in 2021 and is not yet trained)
    expect(report.newApprentices).toBe(1);
  });

  test("by region, each row counts its own records against its 附件1 plan in person-times", () => {
    const rows = report.byRegion?.rows;
    // 嘉善县: T06 T07 = 2 trained of 1.3 万 = 13000 planned: 2/13000 = 0.0153… % → 0.02 %
    expect(row(rows, "zhejiang.jiaxing.jiashan")).toMatchObject({ planned: "13000", counts: { trained: 2, subsidised: 2, passed: 1, failed: 1 }, share: { percent: "0.02" } });
    // 嘉善县 pass rate: 1 passed of 2 assessed = 50.00 %
    expect(row(rows, "zhejiang.jiaxing.jiashan")?.counts.passRate?.percent).toBe("50.00");
    // 平湖市: T11 = 1 of 15000; 海宁市: T08 = 1 of 17000; 南湖区: T09 = 1 of 9000 (subsidised, pending)
    expect(row(rows, "zhejiang.jiaxing.pinghu")).toMatchObject({ planned: "15000", counts: { trained: 1, subsidised: 1 } });
    expect(row(rows, "zhejiang.jiaxing.haining")).toMatchObject({ planned: "17000", counts: { trained: 1, subsidised: 1 } });
    expect(row(rows, "zhejiang.jiaxing.nanhu")).toMatchObject({ planned: "9000", counts: { trained: 1, subsidised: 1, pending: 1 } });
    // 秀洲区: T10 = 1 trained, not subsidised
    expect(row(rows, "zhejiang.jiaxing.xiuzhou")).toMatchObject({ counts: { trained: 1, subsidised: 0 } });
    // 嘉兴港区: T12 ends in 2021 = 0; 0.15 万 = 1500 planned
    expect(row(rows, "zhejiang.jiaxing.gangqu")).toMatchObject({ planned: "1500", counts: { trained: 0 }, share: { percent: "0.00" } });
    // plan rows together: 2 + 1 + 1 + 1 + 1 = 6 of 10 万 = 100000 planned: 6/100000 = 0.006 % → 0.01 %
    expect(report.byRegion?.total).toMatchObject({ planned: "100000", counts: { trained: 6 }, share: { numerator: "6", denominator: "100000", percent: "0.01" } });
    // T13 was trained in Hangzhou, outside every row: 1 unplanned
    expect(report.byRegion?.unplanned.counts.trained).toBe(1);
  });

  test("the 2019 plan stands as the reference for a 2020 quarter, and says so", () => {
    expect(report.byRegion?.carriedForward).toBe(true);
    expect(report.byRegion?.table.citation).toEqual({ provision: "jx2019.plan-by-region", document: "jx2019", clause: "附件1" });
    expect(report.byRegion?.counted).toEqual({ start: "2020-07-01", end: "2020-09-30" });
  });

  test("by department, each row counts its own records against its 附件2 plan", () => {
    const rows = report.byDepartment?.rows;
    // 市应急管理局: T06 T07 = 2 of 2.3 万 = 23000
    expect(row(rows, "jiaxing.emergency-management")).toMatchObject({ planned: "23000", counts: { trained: 2 } });
    // 市民政局: T08 = 1 of 0.12 万 = 1200: 1/1200 = 0.0833… % → 0.08 %
    expect(row(rows, "jiaxing.civil-affairs")).toMatchObject({ planned: "1200", counts: { trained: 1 }, share: { percent: "0.08" } });
    // 市教育局: T09 = 1 of 0.1361 万 = 1361: 1/1361 = 0.0734… % → 0.07 %
    expect(row(rows, "jiaxing.education")).toMatchObject({ planned: "1361", share: { percent: "0.07" } });
    // 市国资委: T11 = 1 of 0.125 万 = 1250
    expect(row(rows, "jiaxing.state-assets")).toMatchObject({ planned: "1250", counts: { trained: 1 } });
    // plan rows together: 2 + 1 + 1 + 1 = 5 of 5.2849 万 = 52849
    expect(report.byDepartment?.total).toMatchObject({ planned: "52849", counts: { trained: 5 } });
    // T10 and T13 name no department: 2 unplanned
    expect(report.byDepartment?.unplanned.counts.trained).toBe(2);
  });

  test("spend is summed exactly in yuan, by provision and by fund, over grants whose basis date is in the quarter", () => {
    // G04 120.00 + G05 500.00 + G06 150.00 + G08 4000.00 + G10 833.33 = 5603.33
    expect(report.spend.total).toBe("5603.33");
    expect(report.spend.grants).toBe(5);
    expect(report.spend.byProvision).toEqual([
      { key: "jx2019.employee-apprentice", amount: "4000.00", grants: 1, label: { zh: "新型学徒制培训补贴（jx2019 三(一)二）", en: "apprenticeship subsidy (jx2019 三(一)二)" } }, // G08
      { key: "gbf2019.work-for-training", amount: "833.33", grants: 1, label: { zh: "以工代训补贴（gbf2019 §(十一)）", en: "work-for-training subsidy (gbf2019 §(十一))" } }, // G10
      { key: "jx2019.living-allowance", amount: "500.00", grants: 1, label: { zh: "生活费补贴（jx2019 四(三)四）", en: "living allowance (jx2019 四(三)四)" } }, // G05
      { key: "jx2019.appraisal-subsidy", amount: "270.00", grants: 2, label: { zh: "职业技能鉴定补贴（jx2019 五(十一)）", en: "appraisal subsidy (jx2019 五(十一))" } }, // G04 120 + G06 150
    ]);
    expect(report.spend.byFund).toEqual([
      { key: "skillsActionAccount", amount: "4000.00", grants: 1 }, // G08
      { key: "unemploymentInsuranceFund", amount: "953.33", grants: 2 }, // G04 120 + G10 833.33
      { key: "employmentSubsidyFund", amount: "500.00", grants: 1 }, // G05
      { key: "unspecified", amount: "150.00", grants: 1 }, // G06 names no fund
    ]);
  });

  test("quarter over quarter runs from 2020Q1 to the reported quarter", () => {
    expect(report.quarters.map((q) => [q.id, q.trained, q.subsidised, q.spend])).toEqual([
      ["2020Q1", 3, 3, "850.00"], // T01 T02 T03; T01 T02 via G01 G02, T03 by flag; G01 350 + G02 350 + G07 150
      ["2020Q2", 2, 2, "500.00"], // T04 (via G03) T05 (flag); G03 500
      ["2020Q3", 7, 5, "5603.33"],
    ]);
  });

  test("each measured figure is set against the targets whose span holds the quarter, with their citations", () => {
    const ids = report.targets.map((t) => t.target.id);
    // the 2019-only target and the 2021–2025 and 2025–2027 targets do not touch 2020Q3
    expect(ids).not.toContain("gbf2019.targets.subsidisedTraining2019");
    expect(ids.some((id) => id.startsWith("plan2021.") || id.startsWith("op2025."))).toBe(false);
    // Jiaxing's targets count Jiaxing's records only: 7 trained less T13 (Hangzhou) = 6 of 50 万
    expect(report.targets.find((t) => t.target.id === "jx2019.targets.trained")).toMatchObject({ actual: 6, share: { numerator: "6", denominator: "500000" } });
    const jxSubsidised = report.targets.find((t) => t.target.id === "jx2019.targets.subsidisedTraining");
    // 5 subsidised of 30 万 = 300000: 5/300000
    expect(jxSubsidised).toMatchObject({ actual: 5, base: { unit: "personTimes", value: "300000" }, share: { numerator: "5", denominator: "300000", percent: "0.00" } });
    expect(jxSubsidised?.target.citation).toEqual({ provision: "jx2019.targets", document: "jx2019", clause: "一(二)" });
    // 1 new apprentice of 6000: 1/6000 = 0.0166… % → 0.02 %
    expect(report.targets.find((t) => t.target.id === "jx2019.targets.newApprentices")).toMatchObject({ actual: 1, share: { percent: "0.02" } });
    // the share of skilled workers cannot be measured from training records
    expect(report.targets.find((t) => t.target.id === "jx2019.targets.skilledWorkerShare")).toMatchObject({ actual: null, share: null, base: { unit: "share", value: "0.27" } });
  });
});

describe("progress of the Jiaxing 2020 sample ledger over the year 2020", () => {
  const report = reportFor("2020");

  test("the year's figures", () => {
    // every record but T12 (ends 2021-06-30) ends in 2020: 15 - 1 = 14
    expect(report.counts.trained).toBe(14);
    // not subsidised: T10 T13 → 14 - 2 = 12
    expect(report.counts.subsidised).toBe(12);
    // passed 11 (all but T02 T07 failed and T09 pending) of 13 assessed = 84.615… → 84.62 %
    expect(report.counts.passRate).toEqual({ numerator: "11", denominator: "13", percent: "84.62" });
    // followed up T01 T02 T04 T08 T10 T11 T14 = 7; employed T01 T04 T08 T11 T14 = 5: 5/7 = 71.43 %
    expect(report.counts.employmentRate).toEqual({ numerator: "5", denominator: "7", percent: "71.43" });
    // leveled certificates T03 senior, T04 intermediate, T11 technician, T15 junior = 4; senior+ T03 T11 = 2
    expect([report.newCertificates, report.highSkilledCertificates]).toEqual([4, 2]);
    // apprentices T12 (2020-07-01) and T15 (2020-10-08) = 2
    expect(report.newApprentices).toBe(2);
    // 350 + 350 + 500 + 120 + 500 + 150 + 150 + 4000 + 120 + 833.33 = 7073.33
    expect(report.spend.total).toBe("7073.33");
    expect(report.quarters.map((q) => q.id)).toEqual(["2020Q1", "2020Q2", "2020Q3", "2020Q4"]);
  });
});

describe("progress over the whole jx2019 plan (2019–2021)", () => {
  test("the 2019 plan tables count only the plan's own year, 2019, and are not carried forward", () => {
    const report = reportFor("jx2019");
    expect(report.byRegion?.carriedForward).toBe(false);
    expect(report.byRegion?.counted).toEqual({ start: "2019-01-01", end: "2019-12-31" });
    // the sample ledger holds no 2019 training
    expect(report.byRegion?.total.counts.trained).toBe(0);
    // the 2019-only national target now applies, and also finds nothing in 2019
    expect(report.targets.find((t) => t.target.id === "gbf2019.targets.subsidisedTraining2019")).toMatchObject({ actual: 0 });
    // T12 ends in 2021, inside the plan: 15 records trained
    expect(report.counts.trained).toBe(15);
  });
});

describe("the ledger file", () => {
  test("a record in a sub-region counts for its district's plan row", () => {
    const document = load();
    const moved = { ...document, trainings: document.trainings.map((t) => (t.id === "T13" ? { ...t, region: "zhejiang.jiaxing.haining.xiashi" } : t)) };
    const report = reportFor("2020Q3", moved);
    // 海宁市: T08 and now T13 = 2; nothing left outside the rows
    expect(row(report.byRegion?.rows, "zhejiang.jiaxing.haining")?.counts.trained).toBe(2);
    expect(report.byRegion?.unplanned.counts.trained).toBe(0);
  });

  test("a record that is explicitly not subsidised stays so even when a grant names it", () => {
    const document = load();
    const t08 = document.trainings.find((t) => t.id === "T08");
    if (t08 === undefined) throw new Error("fixture lost T08");
    const changed = { ...document, trainings: document.trainings.map((t) => (t.id === "T08" ? { ...t, subsidised: false } : t)) };
    expect(reportFor("2020Q3", changed).counts.subsidised).toBe(4);
  });

  test("a bad record fails the file with its path, and duplicate ids are refused", () => {
    const raw = JSON.parse(readFileSync(FIXTURE, "utf8")) as { trainings: Record<string, unknown>[]; grants: unknown[] };
    const bad = { ...raw, trainings: [{ ...raw.trainings[0], endDate: "2020-02-30" }, ...raw.trainings.slice(1)] };
    const r = parseProgressDocument(bad);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => `${i.path.join(".")} ${i.code}`)).toContain("trainings.0.endDate invalid_date");
    const dup = parseProgressDocument({ ...raw, trainings: [raw.trainings[0], raw.trainings[0]] });
    expect(!dup.ok && dup.issues.map((i) => [i.path.join("."), i.code])).toEqual([["trainings.1.id", "duplicate_id"]]);
  });

  test("its issues are the library's: a code, a path, and a message in Chinese and English", () => {
    const raw = JSON.parse(readFileSync(FIXTURE, "utf8")) as { trainings: Record<string, unknown>[]; grants: unknown[] };
    const early = { ...raw, trainings: [{ ...raw.trainings[0], certificate: { kind: "trainingCompletionCertificate", issuedOn: "2000-01-01" } }, ...raw.trainings.slice(1)] };
    const r = parseProgressDocument(early);
    expect(r.ok ? [] : r.issues).toEqual([
      { path: ["trainings", 0, "certificate", "issuedOn"], code: "certificate_before_training", message: { zh: "证书日期早于培训开始日期", en: "the certificate is dated before the training started" } },
    ]);
  });

  test("a __proto__ key is refused, as by every other parser, not silently dropped", () => {
    const raw = JSON.parse(readFileSync(FIXTURE, "utf8")) as { trainings: Record<string, unknown>[]; grants: unknown[] };
    const hostile = JSON.parse(JSON.stringify({ ...raw, trainings: [{ ...raw.trainings[0], x: 1 }, ...raw.trainings.slice(1)] }).replace('"x":1', '"__proto__":{"subsidised":true}')) as unknown;
    const r = parseProgressDocument(hostile);
    expect(r.ok ? [] : r.issues.map((i) => [i.path.join("."), i.code])).toEqual([["trainings.0.__proto__", "forbidden_key"]]);
  });
});

describe("report output", () => {
  const report = reportFor("2020Q3");

  test("Markdown carries the key figures and the citations", () => {
    const md = reportMarkdown(report);
    expect(md).toContain("# 职业技能培训进度报告 Training progress report — 2020Q3（2020-07-01 – 2020-09-30）");
    expect(md).toContain("| 培训合格率 pass rate | 83.33 %（合格 5 / 考核 6，待考核 1） |");
    expect(md).toContain("| 嘉善县 | `zhejiang.jiaxing.jiashan` | 1.3 | 13000 | 2 | 2 | 50.00 % | 0.02 % |");
    expect(md).toContain("| 市退役军人事务局 | `jiaxing.veterans-affairs` | 0.0889 | 889 | 0 | 0 | — | 0.00 % |");
    expect(md).toContain("`jx2019.plan-by-department` 附件2");
    expect(md).toContain("| 以工代训补贴（gbf2019 §(十一)） work-for-training subsidy (gbf2019 §(十一)) `gbf2019.work-for-training` | 833.33 | 1 |");
  });

  test("HTML is one self-contained page: inline CSS and SVG, no script, no external resource", () => {
    const html = reportHtml(report);
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|@import|url\(|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain('font-family:"Noto Sans CJK SC"');
    expect(html).toContain('"WenQuanYi Zen Hei"');
    for (const chart of ["region-progress", "department-progress", "spend-by-provision", "quarters"]) expect(html).toContain(`data-chart="${chart}"`);
    expect(html).toContain("5603.33");
  });
});

describe("skills-subsidy report", () => {
  /** `skills-subsidy report …` in process, through the command table. */
  function cli(args: string[], stdin = "") {
    expect(args[0]).toBe("report");
    return runCli(args, stdin);
  }

  test("--format json prints the report object", async () => {
    const r = await cli(["report", "--period", "2020Q3", "--format", "json", FIXTURE]);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as ProgressReport;
    expect(parsed.counts.passRate?.percent).toBe("83.33");
    expect(parsed.spend.total).toBe("5603.33");
  });

  test("--period names Jiaxing's plan (jx2019) as well as the national ones: the command measures against Jiaxing's reference", async () => {
    const r = await cli(["report", "--period", "jx2019", "--format", "json", FIXTURE]);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as ProgressReport;
    expect(parsed.period).toEqual({ id: "jx2019", kind: "plan", start: "2019-01-01", end: "2021-12-31" });
    expect(parsed.performance.map((c) => c.provision)).toEqual(["gf2018.performance", "jx2019.performance"]);
    expect((await cli(["report", "--period", "2020Q5", FIXTURE])).err).toContain("a plan (gbf2019, jx2019, plan2021, op2025)");
  });

  test("--format html and the default Markdown print their pages, reading standard input for -", async () => {
    expect((await cli(["report", "--period", "2020Q3", "--format", "html", FIXTURE])).out).toContain("<svg");
    const md = await cli(["report", "--period", "2020", "-"], readFileSync(FIXTURE, "utf8"));
    expect(md.code).toBe(0);
    expect(md.out).toContain("| 2020Q4 | 2020-10-01 – 2020-12-31 | 2 | 2 | 120.00 |"); // T14 T15; G09 120
  });

  test("a missing or bad period, an unknown format and a missing file are usage errors (exit 2)", async () => {
    expect((await cli(["report", FIXTURE])).code).toBe(2);
    expect((await cli(["report", "--period", "2020Q5", FIXTURE])).err).toContain("is not a period");
    expect((await cli(["report", "--period", "2020", "--format", "pdf", FIXTURE])).code).toBe(2);
    expect((await cli(["report", "--period", "2020", "no-such-file.json"])).code).toBe(2);
  });

  test("docs/reports.md shows the command's real, current output for 2020Q3", async () => {
    const md = (await cli(["report", "--period", "2020Q3", "--format", "md", FIXTURE])).out;
    const shifted = md.replace(/^#/gm, "##");
    expect(readFileSync("docs/reports.md", "utf8")).toContain(shifted);
  });

  test("a ledger's source holding a link and emphasis comes out as text in the Markdown report, not as a live link (cold audit 4)", async () => {
    // docs/reports.md: "Text from the ledger file (`source`, names) is escaped in HTML and in Markdown alike."
    const ledger = JSON.parse(readFileSync(FIXTURE, "utf8")) as Record<string, unknown>;
    const stdin = JSON.stringify({ ...ledger, source: "[请点此核对](http://example.invalid/phish) *加急*" });
    const r = await cli(["report", "--period", "2020Q3", "--format", "md", "-"], stdin);
    expect(r.code).toBe(0);
    expect(r.out).toContain("数据来源 Source: \\[请点此核对\\](http\\://example.invalid/phish) \\*加急\\*\n");
    expect(r.out).not.toContain("[请点此核对](http://example.invalid/phish)");
    expect(r.out).not.toContain(" *加急*");
    // in HTML the same text is inert already: escaped as HTML, never a link
    const html = (await cli(["report", "--period", "2020Q3", "--format", "html", "-"], stdin)).out;
    expect(html).not.toContain("<a ");
    expect(html).toContain("[请点此核对](http://example.invalid/phish) *加急*");
  });

  test("an invalid ledger file exits 1 and names the bad field", async () => {
    const r = await cli(["report", "--period", "2020", "-"], JSON.stringify({ trainings: [{ id: "X" }], grants: [] }));
    expect(r.code).toBe(1);
    expect(r.err).toContain("trainings.0.traineeId");
    expect(r.err).toContain("- 不是有效的台账文件 / - is not a valid ledger file");
    // each issue in both languages, after its code
    expect(r.err.split("\n").find((l) => l.includes("trainings.0.traineeId"))).toMatch(/: \w+ — .*[\u4e00-\u9fff].* \/ [A-Za-z]/);
  });
});

describe("jx2019.performance", () => {
  test("the progress report says which texts evaluate localities on numbers trained, quality and fund use", () => {
    // 六(十三): localities are evaluated on numbers trained, quality and fund use; gf2018 adds pass and employment rates
    expect(reportFor("2020Q3").performance.map((c) => c.provision)).toEqual(["gf2018.performance", "jx2019.performance"]);
  });

  test("the city's clause comes with the city's reference: a report measured against none cites the national text only", () => {
    const p = parsePeriod("2020Q3");
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    expect(progressReport(load(), p.value).performance.map((c) => c.provision)).toEqual(["gf2018.performance"]);
    expect(progressReport(load(), p.value, { performance: jiaxingReportReference.performance ?? [] }).performance.map((c) => c.provision)).toEqual(["gf2018.performance", "jx2019.performance"]);
  });
});
