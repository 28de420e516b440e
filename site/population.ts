/**
 * A population of claims pasted or uploaded in the browser, in the command line's three
 * formats: a JSON claims document, NDJSON (one record a line with a `type` field), or CSV (a
 * `type` column and the columns of docs/cli.md). The rows are turned into a raw claims
 * document and parsed by the library (`parseClaimsDocument`); the CSV columns are read by
 * the command line's own cell rules (src/cli/csv.ts, which uses no Node API) after csv-parse
 * (already a dependency of the library; its browser build, with the options the command line
 * uses) splits the rows.
 */
import { parse as parseCsvText } from "csv-parse/browser/esm/sync";
import { COLLECTIONS } from "../src/index.js";
import { checkCsvHeader, csvRecord } from "../src/cli/csv.js";

export type PopulationFormat = "json" | "ndjson" | "csv";

/** A read population: the raw document for `parseClaimsDocument`, or what stopped it (in Chinese and English). */
export type ReadPopulation = { readonly ok: true; readonly raw: unknown; readonly format: PopulationFormat } | { readonly ok: false; readonly message: { readonly zh: string; readonly en: string } };

const COLLECTION_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(COLLECTIONS).map(([collection, type]) => [type, collection]));

/** The format of a text: a JSON object, else NDJSON when the first line is an object, else CSV. */
export function detectFormat(text: string, fileName?: string): PopulationFormat {
  const lower = fileName?.toLowerCase() ?? "";
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  const trimmed = text.trimStart();
  if (!trimmed.startsWith("{")) return "csv";
  const firstLine = trimmed.split("\n", 1)[0]?.trim() ?? "";
  try {
    JSON.parse(firstLine);
    return firstLine.length < trimmed.trim().length ? "ndjson" : "json";
  } catch {
    return "json";
  }
}

function byType(records: readonly Record<string, unknown>[], where: (i: number) => string): ReadPopulation {
  const doc: Record<string, unknown[]> = {};
  for (const [i, r] of records.entries()) {
    const type = r["type"];
    // own keys only: a type named "constructor" or "__proto__" is an unknown type, not Object's
    const collection = typeof type === "string" && Object.hasOwn(COLLECTION_OF, type) ? COLLECTION_OF[type] : undefined;
    if (collection === undefined) {
      return { ok: false, message: { zh: `${where(i)}：type 须为 ${Object.keys(COLLECTION_OF).join("、")} 之一，而不是 ${JSON.stringify(type ?? null)}`, en: `${where(i)}: type must be one of ${Object.keys(COLLECTION_OF).join(", ")}, not ${JSON.stringify(type ?? null)}` } };
    }
    const { type: _type, ...fields } = r;
    (doc[collection] ??= []).push(fields);
  }
  return { ok: true, raw: doc, format: "json" };
}

/** Reads a population text in the given format (or the detected one). */
export function readPopulation(text: string, format: PopulationFormat | "auto", fileName?: string): ReadPopulation {
  const f = format === "auto" ? detectFormat(text, fileName) : format;
  if (f === "json") {
    try {
      return { ok: true, raw: JSON.parse(text) as unknown, format: f };
    } catch (e) {
      const m = e instanceof Error ? e.message : String(e);
      return { ok: false, message: { zh: `不是有效的 JSON：${m}`, en: `not valid JSON: ${m}` } };
    }
  }
  if (f === "ndjson") {
    const records: Record<string, unknown>[] = [];
    const lines = text.split(/\r?\n/);
    for (const [i, line] of lines.entries()) {
      if (line.trim() === "") continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        const m = e instanceof Error ? e.message : String(e);
        return { ok: false, message: { zh: `第 ${i + 1} 行不是有效的 JSON：${m}`, en: `line ${i + 1} is not valid JSON: ${m}` } };
      }
      if (value === null || typeof value !== "object" || Array.isArray(value)) return { ok: false, message: { zh: `第 ${i + 1} 行须为一个 JSON 对象`, en: `line ${i + 1} must be a JSON object` } };
      records.push(value as Record<string, unknown>);
    }
    const r = byType(records, (k) => `NDJSON #${k + 1}`);
    return r.ok ? { ...r, format: f } : r;
  }
  let rows: string[][];
  try {
    rows = parseCsvText(text, { bom: true, skip_empty_lines: true, relax_quotes: false, relax_column_count: true }) as string[][];
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e);
    return { ok: false, message: { zh: `CSV 无法读取：${m}`, en: `unreadable CSV: ${m}` } };
  }
  const [header, ...body] = rows;
  if (header === undefined) return { ok: false, message: { zh: "CSV 为空", en: "the CSV is empty" } };
  const bad = checkCsvHeader(header, false);
  if (bad !== null) return { ok: false, message: { zh: `CSV 表头中的列 ${JSON.stringify(bad)} 不可用（见 docs/cli.md）`, en: `CSV header column ${JSON.stringify(bad)} is not a known column (see docs/cli.md)` } };
  const short = body.findIndex((row) => row.length !== header.length);
  if (short !== -1) {
    const n = body[short]?.length ?? 0;
    return { ok: false, message: { zh: `CSV 第 ${short + 2} 行有 ${n} 个单元格，表头有 ${header.length} 个`, en: `CSV row ${short + 2} has ${n} cells, the header has ${header.length}` } };
  }
  const r = byType(
    body.map((row) => csvRecord(header, row)),
    (k) => `CSV row ${k + 2}`,
  );
  return r.ok ? { ...r, format: f } : r;
}
