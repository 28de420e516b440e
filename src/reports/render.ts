/**
 * Progress reports as JSON (for systems), Markdown (for people) and a self-contained
 * HTML page: inline CSS, inline SVG charts, no scripts, fonts or network. Pure
 * functions from a {@link ProgressReport} to a string.
 */
import { checkArgument, isObject } from "../arguments.js";
import type { Citation, ProvisionId } from "../core/citation.js";
import { PROVISION_CLAUSES } from "../law/provisionIds.js";
import type { Label } from "../core/parameter.js";
import type { Share, ProgressReport, RowProgress, SpendLine, TableProgress, TargetProgress } from "./progress.js";
import { FUND_LABELS, labelOf, MEASURE_LABELS } from "./labels.js";
import { METRIC_LABELS, UNIT_LABELS } from "../targets/target.js";
import { displayWidth, escapeHtml, markdownCode, markdownTable, markdownText } from "../text/format.js";
import { REGION_NAMES } from "../locales/regions.js";

/** The regions whose records alone a target counts (a city's targets), each once, as `嘉兴市 Jiaxing (zhejiang.jiaxing)`. */
function targetRegions(report: ProgressReport): string[] {
  const regions = [...new Set(report.targets.map((t) => t.region).filter((r): r is string => r !== null))];
  return regions.map((r) => {
    const name = REGION_NAMES[r];
    return name === undefined ? r : `${name.zh} ${name.en} (${r})`;
  });
}

/** The note on what the targets count: the period's days within each span; a city's targets, its region's records only. */
function targetsNote(report: ProgressReport): { zh: string; en: string } {
  const regions = targetRegions(report);
  const zh = `“本期实际”只计本期与目标期间重合的日子；比例是占整个目标的份额，不按时间折算。${regions.length === 0 ? "" : `地方目标只计该地区的记录：${regions.join("、")}。`}`;
  const en = `Actuals count the period's days within the target's span; the share is of the whole target, not pro-rated.${regions.length === 0 ? "" : ` A city's targets count only the records of its region: ${regions.join(", ")}.`}`;
  return { zh, en };
}

/** At most this many grant ids are named in a note (the JSON report lists them all). */
const NAMED_GRANTS = 10;

/** The note on the period's grants whose training is not among the records, `null` when there are none. */
function unlinkedNote(report: ProgressReport): { zh: string; en: string } | null {
  const ids = report.spend.unlinked;
  if (ids.length === 0) return null;
  const named = `${ids.slice(0, NAMED_GRANTS).join(", ")}${ids.length > NAMED_GRANTS ? ` …（+${ids.length - NAMED_GRANTS}）` : ""}`;
  return {
    zh: `注：本期 ${ids.length} 笔补贴所指的培训（courseId）不在培训记录中，未计入补贴性培训人次：${named}。`,
    en: `Note: ${ids.length} of the period's grants name a training (courseId) not among their trainee's records; it is not counted as a subsidised person-time: ${named}.`,
  };
}

/**
 * The report as JSON: every figure, exact strings for money and fractions.
 * @example
 * import { readFileSync } from "node:fs";
 * const doc = parseProgressDocument(JSON.parse(readFileSync("fixtures/jiaxing/ledger-2020.json", "utf8")));
 * const period = parsePeriod("2020Q3");
 * if (!doc.ok || !period.ok) throw new Error("unreadable input");
 * const report = progressReport(doc.value, period.value, jiaxingReportReference);
 * JSON.parse(reportJson(report)).period.id // → "2020Q3"
 */
export function reportJson(report: ProgressReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const bi = (l: Label) => `${l.zh} ${l.en}`;
/** Bilingual text for Markdown, escaped ({@link markdownText}: HTML and Markdown's inline syntax). */
const biMd = (l: Label) => markdownText(bi(l));
const citeText = (c: Citation, where?: string) => `${markdownCode(c.provision)} ${markdownText(c.clause)}${where === undefined ? "" : `（${markdownText(where)}）`}`;
const pct = (s: Share | null) => (s === null ? "—" : `${s.percent} %`);
const frac = (s: Share | null) => (s === null ? "—" : `${s.numerator}/${s.denominator} = ${s.percent} %`);

/** Options of {@link reportMarkdown} and {@link reportHtml}. */
export interface ReportRenderOptions {
  /**
   * The passage of the text a provision stands for (verbatim), by provision id. When given,
   * the report ends with the texts it cites — each provision of its targets, plan tables,
   * performance evaluation and spend, with its passage in 「」. The command line's `report`
   * passes the provision catalogue's passages (law/provisions.json); the library does not
   * bundle them into the core.
   */
  readonly passageOf?: (provision: string) => string | undefined;
}

/** `reportMarkdown`'s and `reportHtml`'s arguments, checked at their entry (cold review 110 F12: a TypeError otherwise). */
function checkRenderArguments(report: unknown, options: unknown): void {
  checkArgument(isObject(report) && isObject(report["counts"]) && isObject(report["spend"]) && isObject(report["period"]), "report", { zh: "进度报告（由 progressReport 返回）", en: "a progress report (as progressReport returns one)" }, report);
  checkArgument(isObject(options), "options", { zh: "选项对象或不给出", en: "an options object or absent" }, options);
  const passageOf = (options as Record<string, unknown>)["passageOf"];
  checkArgument(passageOf === undefined || typeof passageOf === "function", "options.passageOf", { zh: "函数或不给出", en: "a function or absent" }, passageOf);
}

/** The provisions a report cites, in the order it cites them, each once: performance, targets, plan tables, spend. */
function citedProvisions(report: ProgressReport): { readonly provision: string; readonly clause: string | null }[] {
  const out = new Map<string, string | null>();
  const add = (provision: string, clause: string | null) => {
    if (!out.has(provision) || out.get(provision) === null) out.set(provision, clause ?? out.get(provision) ?? null);
  };
  for (const c of report.performance) add(c.provision, c.clause);
  for (const t of report.targets) add(t.target.citation.provision, t.target.citation.clause);
  for (const t of [report.byRegion, report.byDepartment]) if (t !== null) add(t.table.citation.provision, t.table.citation.clause);
  for (const l of report.spend.byProvision) add(l.key, Object.hasOwn(PROVISION_CLAUSES, l.key) ? PROVISION_CLAUSES[l.key as ProvisionId] : null);
  return [...out].map(([provision, clause]) => ({ provision, clause }));
}

/** The texts cited, with their passages, where `passageOf` knows them. */
function citedTexts(report: ProgressReport, options: ReportRenderOptions): { readonly provision: string; readonly clause: string | null; readonly passage: string }[] {
  const passageOf = options.passageOf;
  if (passageOf === undefined) return [];
  return citedProvisions(report).flatMap((c) => {
    const passage = passageOf(c.provision);
    return passage === undefined ? [] : [{ ...c, passage }];
  });
}

function periodTitle(report: ProgressReport): string {
  return `${report.period.id}（${report.period.start} – ${report.period.end}）`;
}

interface Figure {
  readonly label: Label;
  readonly value: string;
}

function overview(report: ProgressReport): Figure[] {
  const c = report.counts;
  return [
    { label: { zh: "培训人次", en: "person-times trained" }, value: String(c.trained) },
    { label: { zh: "补贴性培训人次", en: "subsidised person-times" }, value: String(c.subsidised) },
    { label: { zh: "其中农民工", en: "of which migrant workers" }, value: String(c.migrantWorkerSubsidised) },
    { label: { zh: "新增职业资格/技能等级证书", en: "new qualification / skill-level certificates" }, value: String(report.newCertificates) },
    { label: { zh: "其中高级工及以上", en: "of which senior and above" }, value: String(report.highSkilledCertificates) },
    { label: { zh: "新型学徒", en: "new apprentices" }, value: String(report.newApprentices) },
    { label: { zh: "培训合格率", en: "pass rate" }, value: `${pct(c.passRate)}（合格 ${c.passed} / 考核 ${c.passed + c.failed}，待考核 ${c.pending}）` },
    { label: { zh: "就业创业成功率", en: "employment / entrepreneurship rate" }, value: `${pct(c.employmentRate)}（就业创业 ${c.employed} / 跟踪 ${c.followedUp}）` },
    { label: { zh: "补贴支出（元）", en: "subsidy spend (yuan)" }, value: `${report.spend.total}（${report.spend.grants} 笔）` },
  ];
}

function targetValue(t: TargetProgress): string {
  const q = t.target.quantity;
  return `${q.atLeast ? "≥ " : ""}${q.value} ${UNIT_LABELS[q.unit].zh}`;
}

/** A Markdown table of plain-text cells (each escaped by {@link markdownText}). */
function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return markdownTable(head.map(markdownText), rows.map((r) => r.map(markdownText)));
}

/** A Markdown table whose cells are Markdown already (built with markdownText and markdownCode). */
const mdTableRaw = markdownTable;

function tableRowsMd(t: TableProgress, idHead: string): string {
  const unit = UNIT_LABELS[t.table.unit].zh;
  const row = (r: RowProgress, plannedWan: string) => [
    markdownText(r.label.zh),
    r.id === "total" || r.id === "unplanned" ? "" : markdownCode(r.id),
    plannedWan,
    r.planned ?? "—",
    String(r.counts.trained),
    String(r.counts.subsidised),
    pct(r.counts.passRate),
    pct(r.share),
  ];
  return mdTableRaw(
    [idHead, "id", `计划（${unit}）`, "计划（人次）", "培训", "补贴性", "合格率", "完成计划"],
    [
      ...t.rows.map((r) => row(r, wanOf(r.planned))),
      row(t.total, wanOf(t.total.planned)),
      row(t.unplanned, "—"),
    ],
  );
}

/** Person-times back to 万人次 for display, exact (13000 → 1.3). */
function wanOf(personTimes: string | null): string {
  if (personTimes === null) return "—";
  const digits = personTimes.padStart(5, "0");
  const int = digits.slice(0, -4).replace(/^0+(?=\d)/, "");
  const frac = digits.slice(-4).replace(/0+$/, "");
  return frac === "" ? int : `${int}.${frac}`;
}

function tableNote(t: TableProgress): string {
  const base = `依据 Source: ${citeText(t.table.citation)} ${markdownText(t.table.label.zh)}（${t.table.span.start} – ${t.table.span.end}）。计数区间 Counted: ${t.counted.start} – ${t.counted.end}。`;
  return t.carriedForward
    ? `${base}\n\n> 注：文本只给出 2019 年分解计划，本期不在其年度内，以该计划为参照（carried forward）。Note: the texts give only the 2019 plan; this period lies outside it, so the 2019 plan is the reference.`
    : base;
}

const unlinkedMd = (report: ProgressReport): string => {
  const note = unlinkedNote(report);
  return note === null ? "" : `\n\n${markdownText(`${note.zh}${note.en}`)}`;
};
const unlinkedHtml = (report: ProgressReport): string => {
  const note = unlinkedNote(report);
  return note === null ? "" : `<p class="note">${escapeHtml(note.zh)} ${escapeHtml(note.en)}</p>`;
};

/** A spend table; `label` gives each line's name as Markdown. */
function spendMd(title: string, lines: readonly SpendLine[], label: (line: SpendLine) => string): string {
  return `### ${title}\n\n${mdTableRaw(["项目", "金额（元）", "笔数"], lines.map((l) => [label(l), l.amount, String(l.grants)]))}`;
}

/**
 * The report as Markdown.
 * @example
 * import { readFileSync } from "node:fs";
 * const doc = parseProgressDocument(JSON.parse(readFileSync("fixtures/jiaxing/ledger-2020.json", "utf8")));
 * const period = parsePeriod("2020Q3");
 * if (!doc.ok || !period.ok) throw new Error("unreadable input");
 * const report = progressReport(doc.value, period.value, jiaxingReportReference);
 * reportMarkdown(report).split("\n")[0] // → "# 职业技能培训进度报告 Training progress report — 2020Q3（2020-07-01 – 2020-09-30）"
 * @throws SkillsSubsidyError `invalid_argument` when `report` is not a progress report or `options` not an object.
 */
export function reportMarkdown(report: ProgressReport, options: ReportRenderOptions = {}): string {
  checkRenderArguments(report, options);
  const parts: string[] = [];
  parts.push(`# 职业技能培训进度报告 Training progress report — ${periodTitle(report)}`);
  if (report.source !== null) parts.push(`数据来源 Source: ${markdownText(report.source)}`);
  parts.push(`## 总体情况 Overview\n\n${mdTable(["指标 Figure", "本期 This period"], overview(report).map((f) => [bi(f.label), f.value]))}`);
  parts.push(`绩效评价口径 Evaluated on: ${report.performance.map((c) => citeText(c)).join("；")}（培训合格率、就业创业成功率）。`);
  parts.push(
    `## 目标完成情况 Targets\n\n${mdTableRaw(
      ["目标 Target", "目标值", "目标期间", "本期实际", "完成比例", "依据 Citation"],
      report.targets.map((t) => [
        markdownText(`${t.target.label.zh}（${METRIC_LABELS[t.target.metric].en}）`),
        markdownText(targetValue(t)),
        `${t.target.span.start} – ${t.target.span.end}`,
        t.actual === null ? "未计量 not measured" : String(t.actual),
        t.actual === null ? "—" : frac(t.share),
        citeText(t.target.citation, t.target.where),
      ]),
    )}\n\n${markdownText(Object.values(targetsNote(report)).join(""))}`,
  );
  if (report.byRegion !== null) parts.push(`## 分地区 By region\n\n${tableRowsMd(report.byRegion, "地区")}\n\n${tableNote(report.byRegion)}`);
  if (report.byDepartment !== null) parts.push(`## 分部门 By department\n\n${tableRowsMd(report.byDepartment, "部门")}\n\n${tableNote(report.byDepartment)}`);
  parts.push(
    [
      `## 补贴支出 Spend\n\n合计 Total: **${report.spend.total} 元**（${report.spend.grants} 笔 grants）${unlinkedMd(report)}`,
      spendMd("按条款 By provision", report.spend.byProvision, (l) => (l.label === undefined ? markdownCode(l.key) : `${biMd(l.label)} ${markdownCode(l.key)}`)),
      spendMd("按资金 By fund", report.spend.byFund, (l) => biMd(labelOf(FUND_LABELS, l.key))),
      spendMd("按补贴类别 By measure", report.spend.byMeasure, (l) => biMd(labelOf(MEASURE_LABELS, l.key))),
    ].join("\n\n"),
  );
  parts.push(
    `## 季度对比 Quarter over quarter\n\n${mdTable(
      ["季度", "期间", "培训", "补贴性", "支出（元）"],
      report.quarters.map((q) => [q.id, `${q.start} – ${q.end}`, String(q.trained), String(q.subsidised), q.spend]),
    )}`,
  );
  const texts = citedTexts(report, options);
  if (texts.length > 0) {
    parts.push(
      `## 依据原文 The texts cited\n\n${texts.map((t) => `- ${markdownCode(t.provision)}${t.clause === null ? "" : ` ${markdownText(t.clause)}`}：\u300c${markdownText(t.passage)}\u300d`).join("\n")}`,
    );
  }
  return `${parts.join("\n\n")}\n`;
}

// ---------------------------------------------------------------- HTML

const num = (s: string) => Number(s);

/**
 * A round axis maximum at or above `max` (1, 2, 2.5, 5 × 10ⁿ).
 * @example [niceMax(7), niceMax(180), niceMax(2400)] // → [10,200,2500]
 */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

const FONT = `"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif`;

interface Bar {
  readonly label: string;
  readonly value: number;
  readonly text: string;
  /** More for the bar's tooltip (e.g. the provision id behind a name). */
  readonly title?: string;
}

/**
 * Horizontal bars. `scale`: the value a full bar stands for — a plan share is drawn
 * against 100 % (the target), so 0.015 % of a target is a sliver, not three quarters of
 * a bar; without it the axis is a round number above the largest bar (spend in yuan).
 */
function hbarChart(id: string, title: string, bars: readonly Bar[], axisUnit: string, scale?: number): string {
  const width = 760;
  const left = Math.min(320, Math.max(100, Math.ceil(Math.max(0, ...bars.map((b) => labelPx(b.label)))) + 16));
  const right = 200;
  const rowH = 26;
  const top = 30;
  const plotW = width - left - right;
  const largest = Math.max(0, ...bars.map((b) => b.value));
  const max = scale === undefined ? niceMax(largest) : largest > scale ? niceMax(largest) : scale;
  const height = top + bars.length * rowH + 30;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" data-chart="${id}" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`);
  out.push(`<title>${escapeHtml(title)}</title>`);
  for (const t of ticks) {
    const x = left + (t / max) * plotW;
    out.push(`<line x1="${x.toFixed(1)}" y1="${top - 6}" x2="${x.toFixed(1)}" y2="${top + bars.length * rowH}" class="grid"/>`);
    out.push(`<text x="${x.toFixed(1)}" y="${top - 10}" class="tick" text-anchor="middle">${escapeHtml(`${trimNumber(t)}${axisUnit}`)}</text>`);
  }
  bars.forEach((b, i) => {
    const y = top + i * rowH;
    const w = max === 0 ? 0 : (b.value / max) * plotW;
    out.push(`<text x="${left - 8}" y="${y + 17}" class="label" text-anchor="end">${escapeHtml(b.label)}</text>`);
    out.push(`<rect x="${left}" y="${y + 5}" width="${plotW}" height="16" class="track"/>`);
    out.push(`<rect x="${left}" y="${y + 5}" width="${w.toFixed(1)}" height="16" class="bar"><title>${escapeHtml(`${b.label}${b.title === undefined ? "" : ` (${b.title})`}: ${b.text}`)}</title></rect>`);
    out.push(`<text x="${left + plotW + 8}" y="${y + 17}" class="value">${escapeHtml(b.text)}</text>`);
  });
  out.push(`</svg>`);
  return out.join("");
}

/** A rough width in px of 13px text: 7.5px per terminal column (a CJK character, two columns, ~15px). */
function labelPx(text: string): number {
  return displayWidth(text) * 7.5;
}

function trimNumber(n: number): string {
  return String(Number(n.toPrecision(6)));
}

function quarterChart(report: ProgressReport): string {
  const qs = report.quarters;
  const width = 720;
  const height = 300;
  const left = 50;
  const bottom = 70;
  const top = 40;
  const plotH = height - top - bottom;
  const plotW = width - left - 20;
  const max = niceMax(Math.max(1, ...qs.flatMap((q) => [q.trained, q.subsidised])));
  const slot = qs.length === 0 ? plotW : plotW / qs.length;
  const barW = Math.min(36, slot / 3);
  const title = "季度对比：培训与补贴性培训人次 Quarter over quarter: trained and subsidised";
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" data-chart="quarters" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`);
  out.push(`<title>${escapeHtml(title)}</title>`);
  for (const f of [0, 0.5, 1]) {
    const y = top + plotH - f * plotH;
    out.push(`<line x1="${left}" y1="${y.toFixed(1)}" x2="${left + plotW}" y2="${y.toFixed(1)}" class="grid"/>`);
    out.push(`<text x="${left - 6}" y="${(y + 4).toFixed(1)}" class="tick" text-anchor="end">${trimNumber(f * max)}</text>`);
  }
  qs.forEach((q, i) => {
    const cx = left + slot * i + slot / 2;
    const h1 = (q.trained / max) * plotH;
    const h2 = (q.subsidised / max) * plotH;
    const current = q.id === report.period.id ? " current" : "";
    out.push(`<rect x="${(cx - barW - 2).toFixed(1)}" y="${(top + plotH - h1).toFixed(1)}" width="${barW.toFixed(1)}" height="${h1.toFixed(1)}" class="bar${current}"><title>${q.id} 培训 ${q.trained}</title></rect>`);
    out.push(`<rect x="${(cx + 2).toFixed(1)}" y="${(top + plotH - h2).toFixed(1)}" width="${barW.toFixed(1)}" height="${h2.toFixed(1)}" class="bar2"><title>${q.id} 补贴性 ${q.subsidised}</title></rect>`);
    out.push(`<text x="${(cx - barW / 2 - 2).toFixed(1)}" y="${(top + plotH - h1 - 4).toFixed(1)}" class="tick" text-anchor="middle">${q.trained}</text>`);
    out.push(`<text x="${(cx + barW / 2 + 2).toFixed(1)}" y="${(top + plotH - h2 - 4).toFixed(1)}" class="tick" text-anchor="middle">${q.subsidised}</text>`);
    out.push(`<text x="${cx.toFixed(1)}" y="${top + plotH + 18}" class="label" text-anchor="middle">${q.id}</text>`);
    out.push(`<text x="${cx.toFixed(1)}" y="${top + plotH + 36}" class="tick" text-anchor="middle">支出 ${q.spend} 元</text>`);
  });
  out.push(`<rect x="${left}" y="10" width="12" height="12" class="bar"/><text x="${left + 18}" y="21" class="label">培训人次 trained</text>`);
  out.push(`<rect x="${left + 170}" y="10" width="12" height="12" class="bar2"/><text x="${left + 188}" y="21" class="label">补贴性培训人次 subsidised</text>`);
  out.push(`</svg>`);
  return out.join("");
}

function htmlTable(head: readonly string[], rows: readonly (readonly string[])[], numericFrom = 1): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const tr = rows.map((r) => `<tr>${r.map((c, i) => `<td${i >= numericFrom ? ' class="n"' : ""}>${escapeHtml(c)}</td>`).join("")}</tr>`).join("");
  return `<table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`;
}

function planSection(t: TableProgress, heading: string, chartId: string): string {
  const unit = UNIT_LABELS[t.table.unit].zh;
  const rows = [...t.rows, t.total, t.unplanned].map((r) => [
    r.label.zh,
    r.id === "total" || r.id === "unplanned" ? "" : r.id,
    r.id === "unplanned" ? "—" : wanOf(r.planned),
    String(r.counts.trained),
    String(r.counts.subsidised),
    pct(r.counts.passRate),
    pct(r.share),
  ]);
  const chart = hbarChart(
    chartId,
    `${heading}：培训人次占计划（满格为计划的 100 %）Trained as a share of the plan (a full bar is 100 % of it)`,
    t.rows.map((r) => ({ label: r.label.zh, value: r.share === null ? 0 : (num(r.share.numerator) / num(r.share.denominator)) * 100, text: `${r.counts.trained} / ${r.planned ?? "—"} 人次 · ${pct(r.share)}` })),
    "%",
    100,
  );
  const note = t.carriedForward
    ? `<p class="note">注：文本只给出 2019 年分解计划，本期不在其年度内，以该计划为参照。Note: the texts give only the 2019 plan; it stands as the reference for this period.</p>`
    : "";
  return `<section><h2>${escapeHtml(heading)}</h2>${chart}${htmlTable(["名称", "id", `计划（${unit}）`, "培训", "补贴性", "合格率", "完成计划"], rows, 2)}<p class="cite">依据 Source: <code>${escapeHtml(t.table.citation.provision)}</code> ${escapeHtml(t.table.citation.clause)} ${escapeHtml(t.table.label.zh)}（${t.table.span.start} – ${t.table.span.end}）；计数区间 ${t.counted.start} – ${t.counted.end}</p>${note}</section>`;
}

// (pure: it shares dist/'s core chunk, and a bundle that renders no report leaves it out)
const CSS = /* @__PURE__ */ (() => `
body{font-family:${FONT};margin:24px auto;max-width:1000px;color:#1f2933;background:#fff;line-height:1.5;padding:0 16px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:2px solid #d9e2ec;padding-bottom:4px}
.meta,.cite,.note{color:#52606d;font-size:13px}.note{background:#fff8e1;padding:6px 10px;border-left:3px solid #f0b429}
table{border-collapse:collapse;width:100%;font-size:14px;margin:8px 0}th,td{border:1px solid #d9e2ec;padding:4px 8px;text-align:left}
th{background:#f0f4f8}td.n{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{border:1px solid #d9e2ec;border-radius:6px;padding:8px 12px;min-width:150px}
.card .k{font-size:12px;color:#52606d}.card .v{font-size:22px;font-weight:bold}
svg{display:block;margin:8px 0;max-width:100%;height:auto}svg text{font-family:${FONT};fill:#1f2933}
svg .label{font-size:13px}svg .tick,svg .value{font-size:11px;fill:#52606d}svg .grid{stroke:#e4e7eb;stroke-width:1}
svg .track{fill:#f0f4f8}svg .bar{fill:#2680c2}svg .bar.current{fill:#0b4f8a}svg .bar2{fill:#f0b429}
code{font-size:12px;background:#f0f4f8;padding:0 3px}
.passage{margin:6px 0;padding:4px 10px;border-left:3px solid #bf8700;background:#fff8e6}.passage p{margin:0}.passage cite{font-style:normal;font-size:12px;color:#52606d}
`)();

/**
 * The report as a self-contained HTML page (UTF-8, no scripts, no external resources).
 * @example
 * import { readFileSync } from "node:fs";
 * const doc = parseProgressDocument(JSON.parse(readFileSync("fixtures/jiaxing/ledger-2020.json", "utf8")));
 * const period = parsePeriod("2020Q3");
 * if (!doc.ok || !period.ok) throw new Error("unreadable input");
 * const report = progressReport(doc.value, period.value, jiaxingReportReference);
 * const html = reportHtml(report);
 * [html.startsWith("<!DOCTYPE html>"), html.includes("<script")] // → [true,false]
 * @throws SkillsSubsidyError `invalid_argument` when `report` is not a progress report or `options` not an object.
 */
export function reportHtml(report: ProgressReport, options: ReportRenderOptions = {}): string {
  checkRenderArguments(report, options);
  const c = report.counts;
  const cards: [string, string][] = [
    ["培训人次 trained", String(c.trained)],
    ["补贴性培训 subsidised", String(c.subsidised)],
    ["培训合格率 pass rate", pct(c.passRate)],
    ["就业创业成功率 employment rate", pct(c.employmentRate)],
    ["补贴支出 spend (元)", report.spend.total],
  ];
  const sections: string[] = [];
  sections.push(
    `<section><h2>总体情况 Overview</h2><div class="cards">${cards.map(([k, v]) => `<div class="card" data-figure="${escapeHtml(k.split(" ")[0] as string)}"><div class="k">${escapeHtml(k)}</div><div class="v">${escapeHtml(v)}</div></div>`).join("")}</div>` +
      htmlTable(["指标 Figure", "本期 This period"], overview(report).map((f) => [bi(f.label), f.value])) +
      `<p class="cite">绩效评价口径 Evaluated on: ${report.performance.map((p) => `<code>${escapeHtml(p.provision)}</code> ${escapeHtml(p.clause)}`).join("；")}</p></section>`,
  );
  sections.push(
    `<section><h2>目标完成情况 Targets</h2>${htmlTable(
      ["目标 Target", "目标值", "目标期间", "本期实际", "完成比例", "依据"],
      report.targets.map((t) => [
        t.target.label.zh,
        targetValue(t),
        `${t.target.span.start} – ${t.target.span.end}`,
        t.actual === null ? "未计量" : String(t.actual),
        t.actual === null ? "—" : pct(t.share),
        `${t.target.citation.provision} ${t.target.citation.clause}${t.target.where === undefined ? "" : `（${t.target.where}）`}`,
      ]),
    )}<p class="cite">${escapeHtml(targetsNote(report).zh)}</p></section>`,
  );
  if (report.byRegion !== null) sections.push(planSection(report.byRegion, "分地区 By region", "region-progress"));
  if (report.byDepartment !== null) sections.push(planSection(report.byDepartment, "分部门 By department", "department-progress"));
  sections.push(
    `<section><h2>补贴支出 Spend</h2>${hbarChart(
      "spend-by-provision",
      "按条款的补贴支出（元） Spend by provision (yuan)",
      report.spend.byProvision.map((l) => ({ label: l.label?.zh ?? l.key, value: num(l.amount), text: `${l.amount} 元 · ${l.grants} 笔`, title: `${l.key}${l.label === undefined ? "" : ` · ${l.label.en}`}` })),
      "",
    )}${htmlTable(
      ["资金 Fund", "金额（元）", "笔数"],
      report.spend.byFund.map((l) => [bi(labelOf(FUND_LABELS, l.key)), l.amount, String(l.grants)]),
    )}${htmlTable(
      ["补贴类别 Measure", "金额（元）", "笔数"],
      report.spend.byMeasure.map((l) => [bi(labelOf(MEASURE_LABELS, l.key)), l.amount, String(l.grants)]),
    )}<p class="cite">合计 Total ${escapeHtml(report.spend.total)} 元</p>${unlinkedHtml(report)}</section>`,
  );
  sections.push(
    `<section><h2>季度对比 Quarter over quarter</h2>${quarterChart(report)}${htmlTable(
      ["季度", "期间", "培训", "补贴性", "支出（元）"],
      report.quarters.map((q) => [q.id, `${q.start} – ${q.end}`, String(q.trained), String(q.subsidised), q.spend]),
      2,
    )}</section>`,
  );
  const texts = citedTexts(report, options);
  if (texts.length > 0) {
    sections.push(
      `<section class="texts"><h2>依据原文 The texts cited</h2>${texts
        .map((t) => `<blockquote class="passage" data-provision="${escapeHtml(t.provision)}"><p>\u300c${escapeHtml(t.passage)}\u300d</p><cite><code>${escapeHtml(t.provision)}</code>${t.clause === null ? "" : ` ${escapeHtml(t.clause)}`}</cite></blockquote>`)
        .join("")}</section>`,
    );
  }
  const title = `职业技能培训进度报告 ${periodTitle(report)}`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">Training progress report · ${escapeHtml(report.period.start)} – ${escapeHtml(report.period.end)}${report.source === null ? "" : ` · ${escapeHtml(report.source)}`}</p>
${sections.join("\n")}
<p class="meta">skills-subsidy · 数字为精确十进制；金额单位元，保留两位小数。Figures are exact decimals; money in yuan to the fen.</p>
</body>
</html>
`;
}
