/**
 * Output formats of `evaluate`: a table for people, or JSON, NDJSON or CSV for
 * programs. Each decision is turned into one line (a "payload") as soon as it is
 * decided; the pipeline sorts and merges those lines, and {@link Writer} frames them.
 */
import { terms as zhTerms } from "../locales/zh-CN.js";
import type { Decision, Policy } from "../index.js";
import { amount, toYuan, VERSION } from "../index.js";
import { csvCell } from "./csv.js";
import type { Lang } from "./format.js";
import { displayWidth, MEASURE_ZH, OUTCOME } from "./format.js";
import type { OutputBuffer } from "./io.js";
import type { InvalidReport } from "./pipeline.js";

export type OutputFormat = "table" | "json" | "ndjson" | "csv";

export function pickFormat(format: string | undefined, json: boolean | undefined): OutputFormat {
  if (format === undefined) return json === true ? "json" : "table";
  if (format === "table" || format === "json" || format === "ndjson" || format === "csv") {
    if (json === true && format !== "json") throw new Error(`--json and --format ${format} disagree`);
    return format;
  }
  throw new Error(`--format must be table, json, ndjson or csv, not ${JSON.stringify(format)}`);
}

/** Totals over a run, kept while decisions stream past. */
export class Summary {
  claims = 0;
  granted = 0;
  denied = 0;
  undecidable = 0;
  conflicts = 0;
  #total = amount(0);
  add(d: Decision): void {
    this.claims += 1;
    this[d.outcome] += 1;
    if (d.outcome === "granted" && d.amount !== null) this.#total = this.#total.plus(amount(d.amount));
    if (d.reasons.some((r) => r.code === "claim_conflict")) this.conflicts += 1;
  }
  merge(other: Summary): void {
    this.claims += other.claims;
    this.granted += other.granted;
    this.denied += other.denied;
    this.undecidable += other.undecidable;
    this.conflicts += other.conflicts;
    this.#total = this.#total.plus(amount(other.total));
  }
  get total(): string {
    return toYuan(this.#total);
  }
  toJSON(invalid: number) {
    return { claims: this.claims, granted: this.granted, denied: this.denied, undecidable: this.undecidable, total: this.total, conflicts: this.conflicts, invalid };
  }
}

export const CSV_HEADER = ["claimId", "measure", "outcome", "payeeKind", "payeeId", "amount", "reasons", "provisions", "missingFacts", "judgedOn", "policy", "policyHash"] as const;

function provisions(d: Decision): string[] {
  return [...new Set([...d.lines.map((l) => l.citation.provision), ...d.reasons.map((r) => r.citation.provision)])];
}

function tableCells(d: Decision, lang: Lang): string[] {
  const zh = lang === "zh";
  return [
    d.claimId,
    zh ? (MEASURE_ZH[d.measure] ?? d.measure) : d.measure,
    OUTCOME[lang][d.outcome],
    d.payee === null ? "—" : zh ? `${zhTerms[d.payee.kind] ?? d.payee.kind} ${d.payee.id}` : `${d.payee.kind}:${d.payee.id}`,
    d.amount ?? "—",
    d.reasons.map((r) => r.code).join(", "),
    provisions(d).join(", "),
  ];
}

export function tableHeader(lang: Lang): string[] {
  return lang === "zh" ? ["申请", "补贴", "结果", "补贴发放对象", "金额（元）", "理由", "依据"] : ["claim", "measure", "outcome", "payee", "amount", "reasons", "provisions"];
}

/** Turns a decision into its one-line payload, and tracks what framing needs (column widths). */
export class Formatter {
  readonly format: OutputFormat;
  readonly lang: Lang;
  /** Table column widths so far. */
  readonly widths: number[];
  constructor(format: OutputFormat, lang: Lang) {
    this.format = format;
    this.lang = lang;
    this.widths = tableHeader(lang).map(displayWidth);
  }
  payload(d: Decision): string {
    switch (this.format) {
      case "json":
        return JSON.stringify(d);
      case "ndjson":
        return `{"type":"decision",${JSON.stringify(d).slice(1)}`; // = JSON.stringify({ type: "decision", ...d }), without the copy
      case "csv":
        return [
          d.claimId,
          d.measure,
          d.outcome,
          d.payee?.kind ?? "",
          d.payee?.id ?? "",
          d.amount ?? "",
          d.reasons.map((r) => r.code).join(";"),
          provisions(d).join(";"),
          d.missingFacts.join(";"),
          d.provenance.judgedOn,
          d.provenance.policy.id,
          d.provenance.policy.hash,
        ]
          .map((c) => csvCell(c.replace(/[\r\n]+/g, " ")))
          .join(",");
      default: {
        const cells = tableCells(d, this.lang);
        cells.forEach((c, i) => (this.widths[i] = Math.max(this.widths[i] ?? 0, displayWidth(c))));
        return JSON.stringify(cells);
      }
    }
  }
  mergeWidths(widths: readonly number[]): void {
    widths.forEach((w, i) => (this.widths[i] = Math.max(this.widths[i] ?? 0, w)));
  }
}

function pad(text: string, width: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** One invalid record as text lines: where, which field, why. */
export function invalidLines(r: InvalidReport, lang: Lang): string[] {
  return r.issues.map((i) => `  ${r.at}${r.id === null ? "" : ` (${r.id})`} ${i.path.length === 0 ? "" : `${i.path.join(".")}: `}${i.code} — ${lang === "zh" ? i.message.zh : i.message.en}`);
}

/** Frames payloads into the chosen output format. */
export class Writer {
  readonly #out: OutputBuffer;
  readonly #f: Formatter;
  readonly #policy: Policy;
  #first = true;
  constructor(out: OutputBuffer, formatter: Formatter, policy: Policy) {
    this.#out = out;
    this.#f = formatter;
    this.#policy = policy;
  }
  async begin(claims: number): Promise<void> {
    const f = this.#f;
    if (f.format === "json") await this.#out.add('{"decisions":[');
    else if (f.format === "csv") await this.#out.add(`${CSV_HEADER.join(",")}\n`);
    else if (f.format === "table") {
      const p = this.#policy;
      const title =
        f.lang === "zh"
          ? `skills-subsidy ${VERSION} · 政策 ${p.id}（${p.hash.slice(0, 12)}）· ${claims} 项申请`
          : `skills-subsidy ${VERSION} · policy ${p.id} (${p.hash.slice(0, 12)}) · ${claims} claims`;
      await this.#out.add(`${title}\n\n${this.#row(tableHeader(f.lang))}\n${f.widths.map((w) => "-".repeat(w)).join("  ")}\n`);
    }
  }
  #row(cells: readonly string[]): string {
    return cells
      .map((c, i) => pad(c, this.#f.widths[i] ?? 0, i === 4))
      .join("  ")
      .trimEnd();
  }
  async decision(payload: string): Promise<void> {
    const f = this.#f;
    if (f.format === "json") {
      await this.#out.add(`${this.#first ? "\n" : ",\n"}${payload}`);
      this.#first = false;
    } else if (f.format === "table") await this.#out.add(`${this.#row(JSON.parse(payload) as string[])}\n`);
    else await this.#out.add(`${payload}\n`);
  }
  /** Ends the decisions and writes the invalid records (not for CSV, which holds decisions only) and the summary. */
  async end(summary: Summary, invalid: AsyncIterable<InvalidReport> | Iterable<InvalidReport>, invalidCount: number): Promise<void> {
    const f = this.#f;
    const zh = f.lang === "zh";
    if (f.format === "json") {
      await this.#out.add(`${this.#first ? "" : "\n"}],\n"invalid":[`);
      let first = true;
      for await (const r of invalid) {
        await this.#out.add(`${first ? "\n" : ",\n"}${JSON.stringify(r)}`);
        first = false;
      }
      await this.#out.add(`${first ? "" : "\n"}],\n"summary":${JSON.stringify(summary.toJSON(invalidCount))}}\n`);
    } else if (f.format === "ndjson") {
      for await (const r of invalid) await this.#out.add(`${JSON.stringify({ type: "invalid", ...r })}\n`);
      await this.#out.add(`${JSON.stringify({ type: "summary", ...summary.toJSON(invalidCount) })}\n`);
    } else if (f.format === "table") {
      await this.#out.add(
        `\n${
          zh
            ? `给予 ${summary.granted} 项，共 ${summary.total} 元；不予 ${summary.denied} 项；无法判定 ${summary.undecidable} 项。`
            : `granted ${summary.granted}, total ${summary.total} yuan; denied ${summary.denied}; undecidable ${summary.undecidable}.`
        }\n`,
      );
      if (invalidCount > 0) {
        await this.#out.add(`\n${zh ? `无效记录 ${invalidCount} 条：` : `${invalidCount} invalid records:`}\n`);
        for await (const r of invalid) await this.#out.add(`${invalidLines(r, f.lang).join("\n")}\n`);
      }
    }
    await this.#out.flush();
  }
}
