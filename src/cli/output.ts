/**
 * Output formats of `evaluate`: a table for people, or JSON, NDJSON or CSV for
 * programs. Each decision is turned into one line (a "payload") as soon as it is
 * decided; the pipeline sorts and merges those lines, and {@link Writer} frames them.
 */
import { RECEIVED_WORDS, TYPE_WORDS } from "../locales/typeWords.js";
import { terms as zhTerms } from "../locales/zh-CN.js";
import type { Decision, Policy, RecordName, TraceTables, ValidationIssue } from "../index.js";
import { amount, toYuan, traceTables, VERSION, writtenDecision } from "../index.js";
import { recordJsonSchema, recordSchemas } from "../schemas/index.js";
import type { RecordType } from "./input.js";
import { nearest } from "./suggest.js";
import type { Column } from "../text/format.js";
import { csvOutputCell, displayWidth, fitColumns, printable, tableHead, tableRow, truncate, wrap } from "../text/format.js";
import type { Lang } from "./format.js";
import { measureName, OUTCOME, reasonWords } from "./format.js";
import type { OutputBuffer } from "./io.js";
import { textOf } from "./io.js";
import { UsageError } from "./usage.js";
import type { InvalidReport } from "./pipeline.js";

export type OutputFormat = "table" | "json" | "ndjson" | "csv";

export function pickFormat(format: string | undefined, json: boolean | undefined): OutputFormat {
  if (format === undefined) return json === true ? "json" : "table";
  if (format === "table" || format === "json" || format === "ndjson" || format === "csv") {
    if (json === true && format !== "json") throw new UsageError("options_conflict", { option: "--json", other: `--format ${format}`, why: { zh: "--json 即 --format json", en: "--json is --format json" } });
    return format;
  }
  throw new UsageError("not_a_choice", { option: "--format", value: format, choices: ["table", "json", "ndjson", "csv"] });
}

/** A {@link Summary}'s totals as data. */
export interface SummaryData {
  readonly claims: number;
  readonly granted: number;
  readonly denied: number;
  readonly undecidable: number;
  readonly total: string;
  readonly conflicts: number;
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
  /** The totals as data (another thread sends them so: {@link Summary.from}). */
  toData(): SummaryData {
    return { claims: this.claims, granted: this.granted, denied: this.denied, undecidable: this.undecidable, total: this.total, conflicts: this.conflicts };
  }
  /** The summary {@link Summary.toData} describes. */
  static from(data: SummaryData): Summary {
    const summary = new Summary();
    summary.claims = data.claims;
    summary.granted = data.granted;
    summary.denied = data.denied;
    summary.undecidable = data.undecidable;
    summary.conflicts = data.conflicts;
    summary.#total = amount(data.total);
    return summary;
  }
  toJSON(invalid: number) {
    return { ...this.toData(), invalid };
  }
}

export const CSV_HEADER = ["claimId", "measure", "outcome", "payeeKind", "payeeId", "amount", "reasons", "provisions", "missingFacts", "judgedOn", "policy", "policyHash"] as const;

function provisions(d: Decision): string[] {
  return [...new Set([...d.lines.map((l) => l.citation.provision), ...d.reasons.map((r) => r.citation.provision)])];
}

/**
 * A table row's cells: claim, measure, outcome, payee, amount, the reasons in words, and
 * (for --wide) the reason codes and the provisions. Every payload holds them all, so the
 * writer picks the view at the end without the parts knowing it.
 */
function tableCells(d: Decision, lang: Lang): string[] {
  const zh = lang === "zh";
  return [
    d.claimId,
    measureName(d.measure, lang),
    OUTCOME[lang][d.outcome],
    d.payee === null ? "—" : zh ? `${zhTerms[d.payee.kind] ?? d.payee.kind} ${d.payee.id}` : `${d.payee.kind}:${d.payee.id}`,
    d.amount ?? "—",
    reasonWords(d, lang),
    d.reasons.map((r) => r.code).join(", "),
    provisions(d).join(", "),
  ].map((c) => printable(c.replace(/[\r\n]+/g, " ")));
}

/** Which cells of {@link tableCells} each view shows. */
const VIEW = { narrow: [0, 1, 2, 3, 4, 5], wide: [0, 1, 2, 3, 4, 6, 7] } as const;

/** The table's columns: the narrow view fits the terminal (ids and reasons give way), the wide one is the full record. */
export function tableColumns(lang: Lang, wide: boolean): Column[] {
  const zh = lang === "zh";
  const [claim, measure, outcome, payee, amount] = zh ? ["申请", "补贴", "结果", "补贴发放对象", "金额（元）"] : ["claim", "measure", "outcome", "payee", "amount"];
  const head: Column[] = [
    { header: claim as string, shrink: "truncate", min: 10 },
    { header: measure as string, shrink: "truncate", min: zh ? 10 : 12 },
    { header: outcome as string },
    { header: payee as string, shrink: "truncate", min: 12 },
    { header: amount as string, align: "right" },
  ];
  return wide ? [...head, { header: zh ? "理由" : "reasons" }, { header: zh ? "依据" : "provisions" }] : [...head, { header: zh ? "理由" : "reason", shrink: "wrap", min: 16 }];
}

export function tableHeader(lang: Lang, wide = false): string[] {
  return tableColumns(lang, wide).map((c) => c.header);
}

/**
 * A JSON or NDJSON payload: the decision's JSON, then (after a tab, which JSON text never
 * holds unescaped) the keys of the parameter entries its trace names, comma-separated, and
 * (after another tab) the keys of its rule entries.
 * @example splitPayload('{"claimId":"A"}\tab12,cd34\tef56') // → {"json":"{\"claimId\":\"A\"}","parameters":["ab12","cd34"],"rules":["ef56"]}
 */
export function splitPayload(payload: string): { json: string; parameters: string[]; rules: string[] } {
  const tab = payload.indexOf("\t");
  if (tab < 0) return { json: payload, parameters: [], rules: [] };
  const second = payload.indexOf("\t", tab + 1);
  const list = (text: string) => (text === "" ? [] : text.split(","));
  return { json: payload.slice(0, tab), parameters: list(payload.slice(tab + 1, second)), rules: list(payload.slice(second + 1)) };
}

/** {@link splitPayload} of a payload as text or as bytes; bytes stay bytes (the keys after the tabs are hex digits). */
function splitAnyPayload(payload: string | Buffer): { json: string | Buffer; parameters: string[]; rules: string[] } {
  if (typeof payload === "string") return splitPayload(payload);
  const tab = payload.indexOf(9);
  if (tab < 0) return { json: payload, parameters: [], rules: [] };
  const { parameters, rules } = splitPayload(payload.toString("latin1", tab));
  return { json: payload.subarray(0, tab), parameters, rules };
}

/** A payload as three pieces of text, joined in order (see {@link Formatter.payloadPieces}). */
export type PayloadPieces = readonly [string, string, string];

/** Turns a decision into its one-line payload, and tracks what framing needs (column widths, the entries traces name). */
export class Formatter {
  readonly format: OutputFormat;
  readonly lang: Lang;
  /** Table column widths so far. */
  readonly widths: number[];
  /**
   * The rule and parameter entries the run's traces named, by key: shared by the
   * formatters of every part of a run (pass the run's own), so the writer can write each
   * entry once and no two entries of the run share a key.
   */
  readonly tables: TraceTables;
  constructor(format: OutputFormat, lang: Lang, tables: TraceTables = traceTables()) {
    this.format = format;
    this.lang = lang;
    this.widths = new Array<number>(8).fill(0);
    this.tables = tables;
  }
  /**
   * The decision as written (entries by key) in three pieces that join to its payload: `head`,
   * its JSON from `from` on, and (for a traced decision) the keys it names after tabs (see
   * {@link splitPayload}). Kept apart so a writer can encode each piece in place, never
   * copying the long JSON text into one joined string first.
   */
  #written(d: Decision, head: string, from: 0 | 1): PayloadPieces {
    const written = writtenDecision(d, this.tables);
    const json = JSON.stringify(written);
    const body = from === 0 ? json : json.slice(1);
    if (written.trace.length === 0) return [head, body, ""];
    let rules = "";
    let parameters = "";
    const seen = new Set<string>();
    for (const step of written.trace) {
      if (!seen.has(step.hash)) {
        seen.add(step.hash);
        rules = rules === "" ? step.hash : `${rules},${step.hash}`;
      }
    }
    seen.clear();
    for (const step of written.trace) {
      for (const use of step.parameters) {
        if (seen.has(use.hash)) continue;
        seen.add(use.hash);
        parameters = parameters === "" ? use.hash : `${parameters},${use.hash}`;
      }
    }
    return [head, body, `\t${parameters}\t${rules}`];
  }
  payload(d: Decision): string {
    const [head, body, tail] = this.payloadPieces(d);
    return `${head}${body}${tail}`;
  }
  /** {@link Formatter.payload} in pieces, joined in order (JSON and NDJSON: the long JSON text apart; other formats: the payload, then two empty pieces). */
  payloadPieces(d: Decision): PayloadPieces {
    switch (this.format) {
      case "json":
        return this.#written(d, "", 0);
      case "ndjson":
        return this.#written(d, '{"type":"decision",', 1); // = JSON.stringify({ type: "decision", ...written }), without the copy
      case "csv":
        return [
          [
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
            .map((c) => csvOutputCell(c.replace(/[\r\n]+/g, " ")))
            .join(","),
          "",
          "",
        ];
      default: {
        const cells = tableCells(d, this.lang);
        cells.forEach((c, i) => (this.widths[i] = Math.max(this.widths[i] ?? 0, displayWidth(c))));
        return [JSON.stringify(cells), "", ""];
      }
    }
  }
  mergeWidths(widths: readonly number[]): void {
    widths.forEach((w, i) => (this.widths[i] = Math.max(this.widths[i] ?? 0, w)));
  }
}

/** The fields a record of this type may have (its JSON Schema's properties). */
function fieldsOf(type: RecordType | null): string[] {
  if (type === null || !Object.hasOwn(recordSchemas, type)) return [];
  const schema = recordJsonSchema(type as RecordName) as { properties?: Record<string, unknown> };
  return Object.keys(schema.properties ?? {});
}

/**
 * An issue of the schema in plain words, for people (the JSON output keeps the library's
 * message): a missing field is "missing", a wrong type says what is expected, an unknown
 * key gets the nearest field as a suggestion. Other issues keep their message.
 */
export function plainIssue(i: ValidationIssue, type: RecordType | null, lang: Lang): string {
  const zh = lang === "zh";
  const field = i.path.join(".");
  if (i.code === "invalid_type") {
    const m = /expected (\w+), received (\w+)/.exec(i.message.en);
    if (m !== null) {
      const want = TYPE_WORDS[m[1] as string] ?? { zh: m[1] as string, en: m[1] as string };
      if (m[2] === "undefined") return zh ? `缺少必填字段 ${field}（应为${want.zh}）` : `the required field ${field} is missing (${want.en})`;
      // a number where a whole number is asked is «not a whole number»; the type received in the reader's words (cold review 75 F2)
      if (m[1] === "int" && m[2] === "number") return zh ? `${field} 应为整数，不是整数以外的数字` : `${field} should be a whole number, not a fraction`;
      const got = RECEIVED_WORDS[m[2] as string] ?? { zh: ` ${m[2] as string}`, en: m[2] as string };
      return zh ? `${field} 应为${want.zh}，不是${got.zh}` : `${field} should be ${want.en}, not ${got.en}`;
    }
  }
  if (i.code === "unrecognized_keys") {
    const keys = [...i.message.en.matchAll(/"([^"]*)"/g)].map((k) => k[1] as string);
    const known = fieldsOf(type);
    const parts = keys.map((k) => {
      const guess = nearest(k, known);
      return zh ? `未知字段 "${k}"${guess === undefined ? "" : `——是否应为 "${guess}"？`}` : `unknown field "${k}"${guess === undefined ? "" : ` — did you mean "${guess}"?`}`;
    });
    if (parts.length > 0) return parts.join(zh ? "；" : "; ");
  }
  return zh ? i.message.zh : i.message.en;
}

/** One invalid record as text lines: where, which field, why in plain words (input echoed only through `printable`, text/format.ts). */
export function invalidLines(r: InvalidReport, lang: Lang | "both"): string[] {
  const words = (i: ValidationIssue) => (lang === "both" ? `${plainIssue(i, r.recordType, "zh")} / ${plainIssue(i, r.recordType, "en")}` : plainIssue(i, r.recordType, lang));
  return r.issues.map((i) => printable(`  ${r.at}${r.id === null ? "" : ` (${r.id})`} ${i.path.length === 0 ? "" : `${i.path.join(".")}: `}${i.code} — ${words(i)}`));
}

/** How a table for people is laid out. */
export interface TableView {
  /** Codes and provisions instead of reasons in words, every column whole (wider than a terminal). */
  readonly wide?: boolean;
  /** Columns the table may take (see `terminalWidth`); the narrow view fits it. */
  readonly width?: number;
}

/** Frames payloads into the chosen output format. */
export class Writer {
  readonly #out: OutputBuffer;
  readonly #f: Formatter;
  readonly #policy: Policy;
  readonly #wide: boolean;
  readonly #width: number;
  readonly #columns: Column[];
  #widths: number[] = [];
  #first = true;
  /** Keys of the parameter entries written (NDJSON) or to be written in the table at the end (JSON), in the order first named. */
  readonly #namedParameters = new Set<string>();
  /** Keys of the rule entries, likewise. */
  readonly #namedRules = new Set<string>();
  constructor(out: OutputBuffer, formatter: Formatter, policy: Policy, view: TableView = {}) {
    this.#out = out;
    this.#f = formatter;
    this.#policy = policy;
    this.#wide = view.wide === true;
    this.#width = this.#wide ? Infinity : (view.width ?? 120);
    this.#columns = tableColumns(formatter.lang, this.#wide);
  }
  /** The cells (or their widths) of a table payload in this view. */
  #cells<T extends string | number>(all: readonly T[]): T[] {
    return (this.#wide ? VIEW.wide : VIEW.narrow).map((i) => all[i] as T);
  }
  /** Text lines of the table's own (title, summary, invalid records), wrapped to the table's width. */
  #lines(text: string, indent = ""): string {
    if (this.#width === Infinity) return text;
    const lead = /^ */.exec(text)?.[0] ?? "";
    return wrap(text.slice(lead.length), this.#width - Math.max(lead.length, displayWidth(indent)))
      .map((l, i) => (i === 0 ? `${lead}${l}` : `${indent}${l}`))
      .join("\n");
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
      this.#widths = fitColumns(this.#columns, this.#cells(f.widths), this.#width);
      await this.#out.add(`${this.#width === Infinity ? title : truncate(title, this.#width)}\n\n${tableHead(this.#columns, this.#widths).join("\n")}\n`);
    }
  }
  /** An entry of the run's parameter table as JSON (`{"value":…,"inForceFrom":…,"citation":…,"layer":…,"via":[…]}`). */
  #parameter(key: string): string {
    const entry = this.#f.tables.parameters.get(key);
    if (entry === undefined) throw new Error(`no parameter entry ${key} in the run's table`); // a fault of the command, not of the input
    return JSON.stringify({ value: entry.value, inForceFrom: entry.inForceFrom, citation: entry.citation, layer: entry.layer, via: entry.via });
  }
  /** An entry of the run's rules table as JSON (`{"rule":…,"label":…,"citation":…,"layer":…,"override":…}`, `override` only when one decided). */
  #rule(key: string): string {
    const entry = this.#f.tables.rules.get(key);
    if (entry === undefined) throw new Error(`no rule entry ${key} in the run's table`); // a fault of the command, not of the input
    const { rule, label, citation, layer, override } = entry;
    return JSON.stringify(override === undefined ? { rule, label, citation, layer } : { rule, label, citation, layer, override });
  }
  /** Writes one decision's payload (text, or bytes from a spilled run's files: written as they are, never decoded). */
  async decision(payload: string | Buffer): Promise<void> {
    const f = this.#f;
    if (f.format === "json" || f.format === "ndjson") {
      const { json, parameters, rules } = splitAnyPayload(payload);
      if (f.format === "json") {
        for (const key of rules) this.#namedRules.add(key);
        for (const key of parameters) this.#namedParameters.add(key);
        await this.#out.add(this.#first ? "\n" : ",\n");
        await this.#out.add(json);
        this.#first = false;
        return;
      }
      // Each entry once, on its own line before the first decision that names it: its rules, then its parameters.
      for (const key of rules) {
        if (this.#namedRules.has(key)) continue;
        this.#namedRules.add(key);
        await this.#out.add(`{"type":"rule","hash":"${key}",${this.#rule(key).slice(1)}\n`);
      }
      for (const key of parameters) {
        if (this.#namedParameters.has(key)) continue;
        this.#namedParameters.add(key);
        await this.#out.add(`{"type":"parameter","hash":"${key}",${this.#parameter(key).slice(1)}\n`);
      }
      await this.#out.add(json);
      await this.#out.add("\n");
    } else if (f.format === "table") await this.#out.add(`${tableRow(this.#cells(JSON.parse(textOf(payload)) as string[]), this.#columns, this.#widths).join("\n")}\n`);
    else {
      await this.#out.add(payload);
      await this.#out.add("\n");
    }
  }
  /** Ends the decisions and writes the invalid records (not for CSV, which holds decisions only) and the summary. */
  async end(summary: Summary, invalid: AsyncIterable<InvalidReport> | Iterable<InvalidReport>, invalidCount: number): Promise<void> {
    const f = this.#f;
    const zh = f.lang === "zh";
    if (f.format === "json") {
      // The tables: each entry the decisions' traces name, once, by key.
      await this.#out.add(`${this.#first ? "" : "\n"}],\n"parameters":{`);
      let firstEntry = true;
      for (const key of this.#namedParameters) {
        await this.#out.add(`${firstEntry ? "\n" : ",\n"}"${key}":${this.#parameter(key)}`);
        firstEntry = false;
      }
      await this.#out.add(`${firstEntry ? "" : "\n"}},\n"rules":{`);
      firstEntry = true;
      for (const key of this.#namedRules) {
        await this.#out.add(`${firstEntry ? "\n" : ",\n"}"${key}":${this.#rule(key)}`);
        firstEntry = false;
      }
      await this.#out.add(`${firstEntry ? "" : "\n"}},\n"invalid":[`);
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
        `\n${this.#lines(
          zh
            ? `给予 ${summary.granted} 项，共 ${summary.total} 元；不予 ${summary.denied} 项；无法判定 ${summary.undecidable} 项${summary.conflicts > 0 ? `；其中申请编号冲突 ${summary.conflicts} 项（退出码 1）` : ""}。`
            : `granted ${summary.granted}, total ${summary.total} yuan; denied ${summary.denied}; undecidable ${summary.undecidable}${summary.conflicts > 0 ? `; of them claim-id conflicts ${summary.conflicts} (exit 1)` : ""}.`,
        )}\n`,
      );
      if (!this.#wide && summary.claims > 0) {
        await this.#out.add(
          `${this.#lines(
            zh
              ? "理由：不予和无法判定的列出全部理由，给予的列出最后一条（最接近金额的一步）。理由代码和依据条款：--wide；一项申请的全部理由和推理过程：skills-subsidy explain <文件> <申请>。"
              : "reason: every reason of a denied or undecidable claim, the last of a granted one (the step nearest the amount). Codes and provisions: --wide; all of one claim's reasons and its trace: skills-subsidy explain <file> <claim>.",
          )}\n`,
        );
      }
      if (invalidCount > 0) {
        await this.#out.add(`\n${zh ? `无效记录 ${invalidCount} 条：` : `${invalidCount} invalid records:`}\n`);
        for await (const r of invalid) await this.#out.add(`${invalidLines(r, f.lang).map((l) => this.#lines(l, "      ")).join("\n")}\n`);
      }
    }
    await this.#out.flush();
  }
}
