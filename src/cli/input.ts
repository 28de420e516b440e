/**
 * Input formats of the command line and their limits. Every format becomes one stream
 * of items: a record with its type and where it was read (`line 12`, `row 5`,
 * `claims[3]`), or a bad record with typed, bilingual issues. Nothing here decides
 * anything; records are validated by the library's schemas later.
 *
 * Formats (see docs/cli.md):
 * - `json`: a claims document `{ "trainees": [...], ..., "claims": [...] }`, read whole.
 * - `ndjson`: one record per line, `{"type":"claim", ...the claim's fields}`.
 * - `csv`: one record per row, a `type` column and the columns of `csv.ts`.
 */
import { isUtf8 } from "node:buffer";
import { createReadStream, statSync } from "node:fs";
import { Readable } from "node:stream";
import { parse as parseCsv } from "csv-parse";
import type { ValidationIssue } from "../index.js";
import { COLLECTIONS, MAX_RECORDS_PER_COLLECTION, validationIssue } from "../index.js";
import { parseGrant } from "../records/parse.js";
import { csvDuplicateKey, csvRecord, checkCsvHeader } from "./csv.js";
import type { Io } from "./io.js";
import { InputError, ReadError, UsageError } from "./io.js";
import { duplicateKey, duplicateKeyOf, jsonErrorOffset, jsonShape } from "../text/json.js";
import { Utf8Check } from "../text/utf8.js";
import { isId } from "../records/kinds.js";

// Browser-safe, in src/text/json.ts (the web service's Fetch handler uses them too); re-exported for the command line.
export { duplicateKey, jsonErrorOffset } from "../text/json.js";

/** Documented limits of one run (docs/cli.md, "Limits"). */
export const INPUT_LIMITS = {
  /** Bytes in one NDJSON line or one CSV row. */
  maxLineBytes: 256 * 1024,
  /** Nesting of objects and arrays inside one record (records need 3). */
  maxDepth: 8,
  /** Records in one run, over the input and the ledger together, unless `--max-records` says otherwise. */
  maxRecords: 10_000_000,
  /** Bytes of a JSON claims document or JSON ledger, which is read whole. */
  maxJsonBytes: 16 * 1024 * 1024,
  /** Records in one collection of a JSON claims document (the library's limit). */
  maxRecordsPerCollection: MAX_RECORDS_PER_COLLECTION,
} as const;

export const RECORD_TYPES = ["trainee", "course", "certificate", "enterprise", "apprenticeship", "grant", "claim"] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
const RECORD_TYPE_SET: ReadonlySet<string> = new Set(RECORD_TYPES);

export type InputFormat = "json" | "ndjson" | "csv";

/** A record read from the input: its place in reading order, where it was, its type, its raw value. */
export interface Item {
  readonly seq: number;
  readonly at: string;
  readonly type: RecordType;
  readonly record: Record<string, unknown>;
  /**
   * A CSV grant row of the header's width whose ids, measure, provision or payee are not valid (`mayBeShifted`): its
   * id-shaped cells, any of which may be the claim or the trainee it names (a cell lost and another added keep the row's
   * width and shift its columns: cold review 62), read as a damaged grant's pieces are ({@link BadItem.cells}). The record
   * itself is still decided invalid where it lands.
   */
  readonly cells?: readonly string[];
}

/** A record that could not be read as one. */
export interface BadItem {
  readonly seq: number;
  readonly at: string;
  readonly type: RecordType | null;
  readonly id: string | null;
  readonly issues: readonly ValidationIssue[];
  /**
   * A prior grant that cannot be read as one record (a CSV row of the wrong width or quoted wrongly, an NDJSON line cut
   * short, a line over the limit, …): its id-shaped pieces, any of which may be the claim or the trainee it names (which
   * is which cannot be told). The pipeline holds what they name, as an invalid grant holds (reading
   * earlier-grant-unreadable; cold reviews 54–57: such a record held nothing, and its claim was paid again).
   */
  readonly cells?: readonly string[];
}

/** A bad item; `cells` (a damaged grant's pieces, see {@link BadItem.cells}) only when given and not empty. */
function badItem(seq: number, at: string, id: string | null, issues: readonly ValidationIssue[], cells?: readonly string[] | null): BadItem {
  return cells === undefined || cells === null || cells.length === 0 ? { seq, at, type: null, id, issues } : { seq, at, type: null, id, issues, cells };
}

export function isBad(item: Item | BadItem | RawLine): item is BadItem {
  return "issues" in item;
}

/**
 * An NDJSON line of the input, routed by the command line without being parsed: its type
 * and its trainee's id (a trainee's own id) read by {@link scanLine}. It is parsed once,
 * by {@link ndjsonItem}, where its part is decided; until then it travels as its bytes,
 * never decoded.
 */
export interface RawLine {
  readonly seq: number;
  readonly at: string;
  readonly type: RecordType;
  /** The trainee id the line is routed by. */
  readonly key: string;
  /**
   * The line's bytes as read are `chunk[start, end)` (untrimmed, so a `not_json` offset is
   * counted as before; no newline): the chunk they were read in and where, not a view of
   * it (a view is an object the garbage collector tracks, made for every line).
   */
  readonly chunk: Buffer;
  readonly start: number;
  readonly end: number;
}

/** A raw line's text (see {@link RawLine}). */
export function rawText(line: RawLine): string {
  return line.chunk.toString("utf8", line.start, line.end);
}

/** What the input yields to the pipeline: a parsed record, a bad one, or a line still to parse. */
export type Read = Item | BadItem | RawLine;

export function isRaw(item: Read): item is RawLine {
  return "chunk" in item;
}

/** The input formats, as `--input` and `--ledger-format` name them. */
export const INPUT_FORMATS = ["json", "ndjson", "csv"] as const;

/**
 * The format a file is read as: `--input` (or `--ledger-format`), else its extension
 * (`.ndjson`/`.jsonl`, `.csv`), else JSON.
 * @example formatOf("grants.csv", undefined) // → "csv"
 */
export function formatOf(file: string, override: string | undefined, option = "--input"): InputFormat {
  if (override !== undefined) {
    if (override === "json" || override === "ndjson" || override === "csv") return override;
    throw new UsageError("not_a_choice", { option, value: override, choices: INPUT_FORMATS });
  }
  const lower = file.toLowerCase();
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  if (lower.endsWith(".csv")) return "csv";
  return "json";
}

/** True when a value nests objects and arrays deeper than `limit`; iterative, so hostile depth cannot overflow the stack. */
export function tooDeep(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== "object") continue;
    if (depth > limit) return true;
    for (const child of Object.values(v)) if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
  }
  return false;
}

/** Throws an InputError (exit 2) naming a key given twice in a JSON document read whole. */
export function rejectDuplicateKeys(text: string, source: string): void {
  const dup = duplicateKey(text);
  if (dup === null) return;
  const where = dup.path.slice(0, -1).join(".");
  throw new InputError(where === "" ? source : `${source} ${where}`, "duplicate_key", { key: JSON.stringify(dup.key) });
}

/**
 * A hint when a text read as a JSON document is plainly another format: NDJSON (its first
 * line is a JSON object and more lines follow) or CSV (a header row of names and commas).
 * Looks only at the text's shape; never quotes it.
 */
export function formatHint(text: string, ledger = false): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const first = (lines[0] ?? "").trim();
  let firstIsObject = false;
  try {
    const v: unknown = JSON.parse(first);
    firstIsObject = v !== null && typeof v === "object" && !Array.isArray(v);
  } catch {
    firstIsObject = false;
  }
  const how = (format: string) =>
    ledger
      ? { zh: `把文件名改为 .${format}`, en: `name the file .${format}` }
      : { zh: `加 --input ${format}（或把文件名改为 .${format}）`, en: `add --input ${format} (or name the file .${format})` };
  if (firstIsObject && lines.length > 1) {
    const h = how("ndjson");
    return `；看起来是 NDJSON（每行一条记录）：${h.zh} / it looks like NDJSON (one record per line): ${h.en}`;
  }
  if (!first.startsWith("{") && !first.startsWith("[") && /^[A-Za-z_.]+(,[A-Za-z_.]+)+$/.test(first)) {
    const h = how("csv");
    return `；看起来是 CSV（首行为列名）：${h.zh} / it looks like CSV (a header row first): ${h.en}`;
  }
  return "";
}

/** The detail of a `not_json` issue: the byte offset where the text stops being JSON, never the text itself (it may be a name and an ID number). */
export function notJsonDetail(text: string): string {
  const offset = Buffer.byteLength(text.slice(0, jsonErrorOffset(text)), "utf8");
  return `at byte ${offset}`;
}

function readableId(record: unknown): string | null {
  if (record === null || typeof record !== "object" || !Object.hasOwn(record, "id")) return null;
  const id = (record as { id: unknown }).id;
  return typeof id === "string" && id.length <= 64 ? id : null;
}

/** The chunks of an input without a leading UTF-8 byte-order mark, so a file and the same bytes on stdin read alike. */
async function* withoutBom(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let head: Buffer | null = Buffer.alloc(0);
  for await (const raw of chunks) {
    const chunk = typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
    if (head === null) {
      yield chunk;
      continue;
    }
    head = Buffer.concat([head, chunk]);
    if (head.length < 3) continue;
    yield head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head;
    head = null;
  }
  if (head !== null && head.length > 0 && !(head.length === 3 && head[0] === 0xef)) yield head;
}

/**
 * The chunks of an input, passed on unchanged once their bytes are checked to be UTF-8
 * (src/text/utf8.ts, one check for every file the command line reads): bytes that are not
 * (a file saved as GBK) stop the read with an InputError `not_utf8` naming the source and the
 * byte's offset, before the chunk that holds them is passed on, instead of each character
 * being decoded as U+FFFD.
 */
async function* utf8Checked(chunks: AsyncIterable<Buffer | string>, source: string): AsyncGenerator<Buffer | string> {
  const check = new Utf8Check(isUtf8);
  for await (const chunk of chunks) {
    const at = check.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
    if (at >= 0) throw new InputError(source, "not_utf8", { offset: at });
    yield chunk;
  }
  const at = check.end();
  if (at >= 0) throw new InputError(source, "not_utf8", { offset: at });
}

/**
 * Chunks of a file or of standard input (checked to be UTF-8, without a byte-order mark); an
 * unreadable file is a ReadError (exit 2). A pipe or device (`<(…)`, /dev/stdin) is read as a
 * stream, its size unknown: the limits count the bytes read.
 */
export function openChunks(file: string, io: Io): { chunks: AsyncIterable<Buffer | string>; size: number | null } {
  if (file === "-") return { chunks: withoutBom(utf8Checked(io.stdin(), "stdin")), size: null };
  let size: number | null;
  try {
    const stat = statSync(file);
    if (!stat.isFile() && !stat.isFIFO() && !stat.isCharacterDevice()) throw Object.assign(new Error("not a regular file"), { code: "ENOTFILE" });
    size = stat.isFile() ? stat.size : null;
  } catch (error) {
    throw new ReadError(file, error);
  }
  return { chunks: withoutBom(utf8Checked(createReadStream(file, { highWaterMark: 1 << 20 }), file)), size };
}

/** Counts records over a whole run and stops it as soon as one too many arrives (past `limit`: `--max-records`, by default {@link INPUT_LIMITS.maxRecords}). */
export class RecordCounter {
  #count = 0;
  readonly #limit: number;
  constructor(limit: number = INPUT_LIMITS.maxRecords) {
    this.#limit = limit;
  }
  next(source: string): number {
    this.#count += 1;
    if (this.#count > this.#limit) throw new InputError(source, "too_many_records", { limit: this.#limit });
    return this.#count;
  }
  get count(): number {
    return this.#count;
  }
}

/** Checks one raw record (depth, type) and makes it an item. `defaultType` is for ledger files, whose lines may omit `type`. */
function toItem(seq: number, at: string, value: unknown, defaultType: RecordType | null, typeFromField: boolean, deeper?: boolean): Item | BadItem {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    // A grant wrapped in a list (`[{…}]`) still names whom it paid (cold review 56).
    const wrapped = Array.isArray(value) && (defaultType === "grant" || value.some((v) => looksLikeGrant(v)));
    return badItem(seq, at, null, [validationIssue([], "invalid_input")], wrapped ? value.flatMap(grantIds) : null);
  }
  // `deeper`: the caller walked the value already (jsonShape) and knows.
  if (deeper ?? tooDeep(value, INPUT_LIMITS.maxDepth)) {
    // A grant nested too deep to read still names whom it paid at its top (as the library holds it: cold review 56).
    const grant = defaultType === "grant" || looksLikeGrant(value);
    return badItem(seq, at, readableId(value), [validationIssue([], "nesting_too_deep", { limit: INPUT_LIMITS.maxDepth })], grant ? grantIds(value) : null);
  }
  let record = value as Record<string, unknown>;
  let type: unknown = defaultType;
  if (typeFromField && Object.hasOwn(record, "type")) {
    const { type: given, ...rest } = record;
    type = given;
    record = rest;
  }
  if (typeof type !== "string" || !RECORD_TYPE_SET.has(type) || (defaultType !== null && type !== defaultType)) {
    // A file of one type (a grants file, `--ledger`) names the one type it expects, not the list of every type (cold review 52).
    const facts = defaultType === null ? { type: JSON.stringify(type ?? null) } : { type: JSON.stringify(type ?? null), expected: defaultType };
    // Every record of a ledger is a grant, whatever its type says; in a claims file a type misspelt from `grant` (`Grant`,
    // `grants`, a stray byte-order mark) is one: it still names whom it paid (cold review 56).
    const grant = defaultType === "grant" || grantLike(type);
    return badItem(seq, at, readableId(record), [validationIssue(["type"], "unknown_record_type", facts)], grant ? grantIds(record) : null);
  }
  return { seq, at, type: type as RecordType, record };
}

/** One line of an NDJSON input: its number and its bytes, `chunk[start, end)` (no newline), or a `null` chunk when it was over the line limit (skipped unread). */
interface Line {
  readonly line: number;
  readonly chunk: Buffer | null;
  readonly start: number;
  readonly end: number;
  /** A line over the limit (`chunk` null): its first {@link LINE_HEAD_BYTES} bytes, where a grant's ids are. */
  readonly head?: Buffer;
}

/** How much of a line over the limit is kept: enough for a grant's type and ids, which come first. */
const LINE_HEAD_BYTES = 4096;

/** The first {@link LINE_HEAD_BYTES} bytes of a line's pieces, copied (the pieces' chunk is reused). */
const headOf = (pieces: readonly Buffer[]): Buffer => Buffer.from(Buffer.concat(pieces).subarray(0, LINE_HEAD_BYTES));

/**
 * Splits byte chunks into lines, never holding more than one line (up to the limit) in
 * memory besides the chunk: the lines each chunk completes, as one array (so a run pays
 * one step of the async iteration per chunk, not per line). A line is its place in its chunk
 * (a copy only when it spans chunks), decoded by whoever needs its text.
 */
async function* lineBatches(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Line[]> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  // The first bytes of a line being skipped (over the limit), kept for what they name (see Line.head).
  let head: Buffer | null = null;
  let line = 0;
  const limit = INPUT_LIMITS.maxLineBytes;
  for await (const raw of chunks) {
    const chunk = typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
    const batch: Line[] = [];
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      if (nl === -1) {
        if (!skipping) {
          const piece = chunk.subarray(start);
          if (pendingBytes + piece.length > limit) {
            skipping = true;
            head = headOf([...pending, piece]);
            pending = [];
            pendingBytes = 0;
          } else if (piece.length > 0) {
            pending.push(Buffer.from(piece));
            pendingBytes += piece.length;
          }
        }
        break;
      }
      line += 1;
      if (skipping || pendingBytes + (nl - start) > limit) {
        batch.push({ line, chunk: null, start: 0, end: 0, head: head ?? headOf([...pending, chunk.subarray(start, nl)]) });
      } else if (pending.length === 0) {
        batch.push({ line, chunk, start, end: nl });
      } else {
        const whole = Buffer.concat([...pending, chunk.subarray(start, nl)]);
        batch.push({ line, chunk: whole, start: 0, end: whole.length });
      }
      pending = [];
      pendingBytes = 0;
      skipping = false;
      head = null;
      start = nl + 1;
    }
    if (batch.length > 0) yield batch;
  }
  if (skipping) yield [head === null ? { line: line + 1, chunk: null, start: 0, end: 0 } : { line: line + 1, chunk: null, start: 0, end: 0, head }];
  else if (pendingBytes > 0) {
    const whole = Buffer.concat(pending);
    yield [{ line: line + 1, chunk: whole, start: 0, end: whole.length }];
  }
}

/**
 * The bad item of a line over the line limit. A grant's (a ledger's line, or one saying `"type":"grant"` in its first
 * bytes) carries the id-shaped pieces of its first bytes: it may record a payment, and its claim id is near its start
 * (reading earlier-grant-unreadable; cold review 56: such a line held nothing, and its claim was paid again).
 */
function tooLong(seq: number, at: string, head: Buffer | undefined, ledger = false): BadItem {
  const text = head === undefined ? "" : head.toString("utf8");
  return badItem(seq, at, null, [validationIssue([], "line_too_long", { limit: INPUT_LIMITS.maxLineBytes })], ledger || GRANT_TYPE.test(text) ? idTokens(text) : null);
}

/**
 * One NDJSON line (not blank) as an item: parsed, checked for keys given twice, for depth
 * and for its type. The only place an NDJSON line is parsed, whether read by
 * {@link readNdjson} or routed raw and parsed where its part is decided.
 */
/** A type that is `grant` misspelt: another case, a plural, stray characters around it (a byte-order mark). */
const grantLike = (type: unknown): boolean => typeof type === "string" && /^[^A-Za-z0-9]*grants?[^A-Za-z0-9]*$/i.test(type);

/** A parsed value that says it is a grant (its `type`, perhaps misspelt). */
const looksLikeGrant = (value: unknown): boolean => value !== null && typeof value === "object" && !Array.isArray(value) && grantLike((value as Record<string, unknown>)["type"]);

/** The ids a grant that cannot be used names at its top — its claim, its trainee, its own id — read as the claim ids it may name (reading earlier-grant-unreadable). */
function grantIds(value: unknown): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  const out: string[] = [];
  for (const key of ["claimId", "traineeId", "id"]) {
    const v = (value as Record<string, unknown>)[key];
    if (isId(v) && !out.includes(v)) out.push(v);
  }
  return out;
}

/** A line that says it is a prior grant (`"type":"grant"`), read without parsing it. */
const GRANT_TYPE = /"type"\s*:\s*"grant"/;

/** At most this many pieces of a damaged grant are read as the claim ids it may name. */
const MAX_ID_TOKENS = 64;

/**
 * The pieces of a damaged prior grant's text that could be ids (runs of the characters an id is written in), each once,
 * at most {@link MAX_ID_TOKENS}: which of them is its claim id cannot be told, so each is read as one (reading
 * earlier-grant-unreadable; cold reviews 54–55: a grant line cut short, given a key twice, or quoted wrongly held nothing,
 * and the claim it paid was paid again). A piece naming no claim holds nothing.
 * @example idTokens('{"type":"grant","id":"JX-0006","claimId":"JX-0006","amount":"150.0') // → ["type","grant","id","JX-0006","claimId","amount","150.0"]
 */
export function idTokens(text: string): string[] {
  const out = new Set<string>();
  for (const piece of text.split(/[^A-Za-z0-9._:-]+/)) {
    if (piece === "" || !isId(piece)) continue;
    out.add(piece);
    if (out.size >= MAX_ID_TOKENS) break;
  }
  return [...out];
}

export function ndjsonItem(seq: number, at: string, text: string, ledger: boolean): Item | BadItem {
  const trimmed = text.trim();
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return badItem(seq, at, null, [validationIssue([], "not_json", { detail: notJsonDetail(text) })], ledger || GRANT_TYPE.test(trimmed) ? idTokens(trimmed) : null);
  }
  // One walk of the value answers both checks: its keys (for the duplicate-key check) and its depth (toItem's).
  const shape = jsonShape(value, INPUT_LIMITS.maxDepth);
  const dup = duplicateKeyOf(trimmed, shape.keys);
  if (dup !== null) {
    return badItem(seq, at, readableId(value), [validationIssue(dup.path, "duplicate_key", { key: JSON.stringify(dup.key) })], ledger || GRANT_TYPE.test(trimmed) ? idTokens(trimmed) : null);
  }
  return toItem(seq, at, value, ledger ? "grant" : null, true, shape.deeper);
}


/**
 * The type and routing key (a trainee's `id`, any other record's `traineeId`) of an NDJSON
 * line, read from its top level without parsing it: the same strings `JSON.parse` would
 * give, or `null` whenever that is not certain or the line must be parsed now — a
 * backslash anywhere (an escape could spell any key or value), a key of interest given
 * twice or not a plain string, an unknown type, an enterprise (kept aside, validated
 * once), a prior grant or a claim naming a training package (they may join parts), or a
 * line not shaped as one object. The line is then parsed at once, as before. A line the
 * scan accepts may still be bad JSON inside a value: that is found, and reported the same,
 * when the line is parsed where it is decided.
 * @example
 * scanLine('{"type":"claim","id":"A-1","traineeId":"P-1"}') // → {"type":"claim","key":"P-1"}
 * scanLine('{"type":"enterprise","id":"E-1"}') // → null
 */
export function scanLine(text: string): { type: RecordType; key: string } | null {
  const bytes = Buffer.from(text, "utf8");
  const scanned = scanLineBytes(bytes, 0, bytes.length);
  return typeof scanned === "string" ? null : scanned;
}

/** Bytes of the ASCII names {@link scanLineBytes} looks for: the type and routing keys, and the top-level keys it must see parsed (they name a basis no person owns: see the pipeline's part joins). */
const NAME = { type: Buffer.from("type"), id: Buffer.from("id"), traineeId: Buffer.from("traineeId"), trainingPackage: Buffer.from("trainingPackage"), basisKeys: Buffer.from("basisKeys") } as const;

/** True when `bytes[start, end)` are the bytes of `name`. */
function isName(bytes: Buffer, start: number, end: number, name: Buffer): boolean {
  if (end - start !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (bytes[start + k] !== name[k]) return false;
  return true;
}

/** The first index from `i` (up to `end`) that is not JSON whitespace (space, tab, LF, CR). */
function skipSpace(bytes: Buffer, i: number, end: number): number {
  while (i < end) {
    const c = bytes[i];
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    i++;
  }
  return i;
}

/** The record types' names as bytes, each with its string. */
const TYPE_NAMES: readonly (readonly [Buffer, RecordType])[] = RECORD_TYPES.map((t) => [Buffer.from(t), t] as const);

/** The record type whose name is `bytes[start, end)`, `null` when none is. */
function recordTypeAt(bytes: Buffer, start: number, end: number): RecordType | null {
  for (const [name, type] of TYPE_NAMES) if (isName(bytes, start, end, name)) return type;
  return null;
}

/**
 * {@link scanLine} on a line's bytes, `bytes[start, end)`, never decoding more than the
 * type and the routing key: their strings when the line can be routed unparsed;
 * `"parse"` when it must be parsed (as {@link scanLine} would say of its text); `"text"`
 * when its bytes cannot tell — a blank line, or whitespace other than space, tab, CR or LF
 * around the object (`String.prototype.trim` removes more: read it as text). Bytes and
 * text agree: a quote, backslash, brace or any ASCII byte never occurs inside a UTF-8
 * sequence, so every position the scan stops at is the same character either way.
 */
export function scanLineBytes(bytes: Buffer, start: number, end: number): { type: RecordType; key: string } | "parse" | "text" {
  // `i` is a plain local, moved by skipSpace's result (a closure over it would keep it in a context object: every step a store).
  let i = skipSpace(bytes, start, end);
  if (i >= end || bytes[i] !== 0x7b) return "text";
  // A backslash anywhere in the line (looked for in the line alone: `bytes` may be the whole chunk it was read in).
  for (let at = i; at < end; at++) if (bytes[at] === 0x5c) return "parse";
  i++;
  let type: RecordType | null = null;
  let id: string | null = null;
  let traineeId: string | null = null;
  let seenType = false;
  let seenId = false;
  let seenTrainee = false;
  i = skipSpace(bytes, i, end);
  if (bytes[i] === 0x7d) return "parse";
  for (;;) {
    if (i >= end || bytes[i] !== 0x22) return "parse";
    const keyEnd = bytes.indexOf(0x22, i + 1);
    if (keyEnd === -1 || keyEnd >= end) return "parse";
    const keyStart = i + 1;
    if (isName(bytes, keyStart, keyEnd, NAME.trainingPackage) || isName(bytes, keyStart, keyEnd, NAME.basisKeys)) return "parse";
    i = keyEnd + 1;
    i = skipSpace(bytes, i, end);
    if (i >= end || bytes[i] !== 0x3a) return "parse";
    i++;
    i = skipSpace(bytes, i, end);
    if (i >= end) return "parse";
    const c = bytes[i];
    let valueStart = -1;
    let valueEnd = -1;
    if (c === 0x22) {
      const close = bytes.indexOf(0x22, i + 1);
      if (close === -1 || close >= end) return "parse";
      valueStart = i + 1;
      valueEnd = close;
      i = close + 1;
    } else if (c === 0x7b || c === 0x5b) {
      let depth = 0;
      for (; i < end; i++) {
        const d = bytes[i];
        if (d === 0x22) {
          i = bytes.indexOf(0x22, i + 1);
          if (i === -1 || i >= end) return "parse";
        } else if (d === 0x7b || d === 0x5b) depth++;
        else if (d === 0x7d || d === 0x5d) {
          depth--;
          if (depth === 0) break;
        }
      }
      if (i >= end) return "parse";
      i++;
    } else {
      // a number, true, false or null: up to the next separator
      while (i < end) {
        const d = bytes[i];
        if (d === 0x2c || d === 0x7d || d === 32 || d === 9 || d === 10 || d === 13) break;
        i++;
      }
    }
    if (isName(bytes, keyStart, keyEnd, NAME.type)) {
      if (seenType) return "parse";
      seenType = true;
      // One of the record types, read as its constant string (no decoding); any other value is parsed.
      type = valueStart < 0 ? null : recordTypeAt(bytes, valueStart, valueEnd);
      if (type === null) return "parse";
    } else if (isName(bytes, keyStart, keyEnd, NAME.id)) {
      if (seenId) return "parse";
      seenId = true;
      id = valueStart < 0 ? null : bytes.toString("utf8", valueStart, valueEnd);
    } else if (isName(bytes, keyStart, keyEnd, NAME.traineeId)) {
      if (seenTrainee) return "parse";
      seenTrainee = true;
      traineeId = valueStart < 0 ? null : bytes.toString("utf8", valueStart, valueEnd);
    }
    i = skipSpace(bytes, i, end);
    const sep = bytes[i];
    if (i < end && sep === 0x2c) {
      i++;
      i = skipSpace(bytes, i, end);
      continue;
    }
    if (i >= end || sep !== 0x7d) return "parse";
    i++;
    i = skipSpace(bytes, i, end);
    if (i !== end) return "text";
    break;
  }
  if (type === null || type === "enterprise" || type === "grant") return "parse";
  const key = type === "trainee" ? id : traineeId;
  return key === null ? "parse" : { type, key };
}

/**
 * NDJSON input for the pipeline: the lines of each chunk, each a {@link RawLine} (its
 * bytes, undecoded) when {@link scanLineBytes} (or, for a line its bytes cannot tell,
 * {@link scanLine} of its text) can route it unparsed, else parsed at once
 * ({@link ndjsonItem}); blank lines are skipped. Not for ledgers (their lines may omit `type`: {@link readNdjson}).
 */
export async function* readNdjsonRouted(chunks: AsyncIterable<Buffer | string>, source: string, counter: RecordCounter): AsyncGenerator<Read[]> {
  for await (const batch of lineBatches(chunks)) {
    const out: Read[] = [];
    for (const { line, chunk, start, end, head } of batch) {
      const at = `${source} line ${line}`;
      if (chunk === null) {
        out.push(tooLong(counter.next(source), at, head));
        continue;
      }
      // Most lines are routed from their bytes, never decoded; the rest read as before, as text.
      const route = scanLineBytes(chunk, start, end);
      if (typeof route === "object") {
        out.push({ seq: counter.next(source), at, type: route.type, key: route.key, chunk, start, end });
        continue;
      }
      const text = chunk.toString("utf8", start, end);
      const trimmed = text.trim();
      if (trimmed === "") continue;
      const seq = counter.next(source);
      const again = route === "text" ? scanLine(trimmed) : null;
      if (again === null) out.push(ndjsonItem(seq, at, text, false));
      else {
        const bytes = Buffer.from(text, "utf8");
        out.push({ seq, at, type: again.type, key: again.key, chunk: bytes, start: 0, end: bytes.length });
      }
    }
    if (out.length > 0) yield out;
  }
}

/** NDJSON: one record per line with a `type` field; blank lines are skipped. A ledger's lines may omit `type`. */
export async function* readNdjson(chunks: AsyncIterable<Buffer | string>, source: string, counter: RecordCounter, ledger: boolean): AsyncGenerator<Item | BadItem> {
  for await (const batch of lineBatches(chunks)) {
    for (const { line, chunk, start, end, head } of batch) {
      const at = `${source} line ${line}`;
      if (chunk === null) {
        yield tooLong(counter.next(source), at, head, ledger);
        continue;
      }
      const text = chunk.toString("utf8", start, end);
      if (text.trim() === "") continue;
      yield ndjsonItem(counter.next(source), at, text, ledger);
    }
  }
}

async function readWhole(chunks: AsyncIterable<Buffer | string>, source: string): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const raw of chunks) {
    const chunk = typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
    size += chunk.length;
    if (size > INPUT_LIMITS.maxJsonBytes) throw new InputError(source, "input_too_large", { limit: INPUT_LIMITS.maxJsonBytes });
    parts.push(chunk);
  }
  return Buffer.concat(parts).toString("utf8");
}

/**
 * JSON: a claims document (or, for a ledger, an array of grants), read whole, so it
 * is limited to {@link INPUT_LIMITS.maxJsonBytes}. A document that is not an object
 * of known collections, each an array within the collection limit, is rejected whole.
 */
export async function* readJson(chunks: AsyncIterable<Buffer | string>, source: string, size: number | null, counter: RecordCounter, ledger: boolean): AsyncGenerator<Item | BadItem> {
  if (size !== null && size > INPUT_LIMITS.maxJsonBytes) throw new InputError(source, "input_too_large", { limit: INPUT_LIMITS.maxJsonBytes });
  let text = await readWhole(chunks, source);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const error = new InputError(source, "not_json", { detail: notJsonDetail(text) });
    if (!ledger) error.message += formatHint(text); // a ledger gets its own hint (--ledger-format), from options.ts
    throw error;
  }
  rejectDuplicateKeys(text, source);
  text = ""; // let the source text go while the records stream on
  const collections: [string, unknown][] = ledger && Array.isArray(value) ? [["ledger", value]] : [];
  if (collections.length === 0) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) throw new InputError(source, "invalid_input");
    for (const [key, list] of Object.entries(value)) {
      if (key === "$schema" && typeof list === "string") continue; // the document's schema, for editors
      if (!Object.hasOwn(COLLECTIONS, key)) throw new InputError(source, "unknown_collection", { collection: JSON.stringify(key) });
      if (!Array.isArray(list)) throw new InputError(source, "invalid_input");
      collections.push([key, list]);
    }
    if (!ledger && !Object.hasOwn(value, "claims")) throw new InputError(source, "invalid_input");
  }
  for (const [name, list] of collections) {
    const records = list as unknown[];
    if (records.length > INPUT_LIMITS.maxRecordsPerCollection) throw new InputError(source, "too_many_records", { limit: INPUT_LIMITS.maxRecordsPerCollection });
    const type = COLLECTIONS[name as keyof typeof COLLECTIONS] as RecordType;
    for (let i = 0; i < records.length; i++) {
      const record = records[i];
      records[i] = undefined; // each record is held once: by the run, not also by the document
      yield toItem(counter.next(source), ledger ? `${source} ${name}[${i}]` : `${name}[${i}]`, record, type, false);
    }
  }
}

/** A row put in place of an over-long CSV record: one cell no real row has, reported as `line_too_long`. */
const TOO_LONG_ROW = "\u0000skills-subsidy:line_too_long";
/**
 * A row put in place of a CSV record quoted wrongly — a quoted cell followed by other text (`"李强" (Tony)`), or a quote
 * inside a cell not quoted (`李"强`) — reported as `malformed_row`: one invalid record, the parser never reading it (its
 * recovery from a closing quote followed by text read on inside the quote to the end of the file: cold review 50).
 */
const BAD_QUOTES_ROW = "\u0000skills-subsidy:bad_quotes";

/**
 * Splits CSV bytes into records (a newline ends a record only outside a quoted field) and
 * replaces each record over the line limit with {@link TOO_LONG_ROW}, holding no more than
 * the limit: the parser then skips that one record and reads every other, in step. A quote opened and never closed
 * would make the rest of the input one cell, every record after it unread — a ledger's grants, which paid their bases
 * again (cold review 75 F6): the input is refused (`unclosed_quote`, naming the line the quote opened on; exit 2).
 */
async function* csvLimited(chunks: AsyncIterable<Buffer | string>, source: string): AsyncGenerator<Buffer> {
  const limit = INPUT_LIMITS.maxLineBytes;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  let quoted = false;
  let quoteSeen = false; // a quote inside a quoted field: an escape ("") or the field's end
  let fieldStart = true;
  let badQuotes = false; // this record is quoted wrongly (BAD_QUOTES_ROW)
  // The marker rows have as many cells as the header (the first record), so the parser takes them as rows.
  let fields = 1;
  let header = true;
  let marker = TOO_LONG_ROW;
  let badMarker = BAD_QUOTES_ROW;
  // The first bytes of a record being skipped (over the limit): its id-shaped pieces follow the marker's cells.
  let head: Buffer | null = null;
  // The physical line (LF, CRLF or CR ends one) and the line the open quote opened on.
  let line = 1;
  let afterCr = false;
  let quoteLine = 0;
  for await (const raw of chunks) {
    const chunk = typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      if (byte === 0x0a) {
        if (!afterCr) line += 1;
        afterCr = false;
      } else if (byte === 0x0d) {
        line += 1;
        afterCr = true;
      } else afterCr = false;
      if (quoted) {
        if (quoteSeen) {
          quoteSeen = false;
          if (byte === 0x22) continue; // "" inside a quoted field
          quoted = false; // the field ended at the quote before; this byte is outside it
          // and must end the field or the record: other text after a closing quote is bad quoting
          if (byte !== 0x2c && byte !== 0x0a && byte !== 0x0d) badQuotes = true;
        } else {
          if (byte === 0x22) quoteSeen = true;
          continue;
        }
      }
      if (byte === 0x22) {
        // a quote opens a quoted field only at its start; anywhere else it is bad quoting
        if (fieldStart) {
          quoted = true;
          quoteLine = line;
        } else badQuotes = true;
        fieldStart = false;
      } else if (byte === 0x2c) {
        fieldStart = true;
        if (header) fields += 1;
      } else if (byte === 0x0a || byte === 0x0d) {
        // A record ends at LF, or at CR (a CRLF's LF then passes as a piece of its own, and
        // the parser, which sees the bytes unchanged, reads CRLF, CR or LF as it detects).
        const wasHeader = header;
        if (header) {
          header = false;
          marker = `${TOO_LONG_ROW}${",".repeat(fields - 1)}`;
          badMarker = `${BAD_QUOTES_ROW}${",".repeat(fields - 1)}`;
        }
        const piece = chunk.subarray(start, i + 1);
        const end = byte === 0x0a ? "\n" : "\r";
        if (skipping || pendingBytes + piece.length > limit + 1) yield Buffer.from(`${marker},${idTokens((head ?? headOf([...pending, piece])).toString("utf8")).join(",")}${end}`, "utf8");
        // the marker row carries the row's id-shaped pieces after its cells (a damaged grant row holds what they name)
        else if (badQuotes && !wasHeader) yield Buffer.from(`${badMarker},${idTokens(Buffer.concat([...pending, piece]).toString("utf8")).join(",")}${end}`, "utf8");
        else yield pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
        pending = [];
        pendingBytes = 0;
        skipping = false;
        head = null;
        badQuotes = false;
        fieldStart = true;
        start = i + 1;
      } else fieldStart = false;
    }
    if (!skipping && start < chunk.length) {
      const piece = chunk.subarray(start);
      if (pendingBytes + piece.length > limit) {
        skipping = true;
        head = headOf([...pending, piece]);
        pending = [];
        pendingBytes = 0;
      } else {
        pending.push(Buffer.from(piece));
        pendingBytes += piece.length;
      }
    }
  }
  if (quoted && !quoteSeen) throw new InputError(source, "unclosed_quote", { line: quoteLine });
  if (skipping) yield Buffer.from(`${marker},${idTokens((head ?? Buffer.alloc(0)).toString("utf8")).join(",")}`, "utf8");
  else if (pendingBytes > 0) yield badQuotes && !header ? Buffer.from(badMarker, "utf8") : Buffer.concat(pending);
}

/**
 * The pieces of a CSV row that cannot be read as a record, when it may be a grant's — a ledger's row, or a claims file's
 * row with a cell `grant`, unless the cells that may be its type cell (`typeCells`) name another record type and none of
 * them `grant` — each once; else null (see {@link BadItem.cells}). A row whose type cell says `claim` is not a grant's
 * because another cell reads `grant` (cold review 59); a row whose likely type cells name no type at all is still read
 * as a grant's when any cell says `grant`, since cells both lost and added can move the type cell further than the
 * row's width tells (cold review 61: a grant row lacking its id and trainee and one cell long held nothing, and the
 * claim it paid was paid again).
 */
function grantRowPieces(cells: readonly string[], ledger: boolean, typeCells: readonly string[] = cells): string[] | null {
  const pieces = cells.filter((c) => c !== "");
  // `grant`, or a type misspelt from it (`Grant`, `grants`: cold review 62), as toItem reads a type cell
  if (ledger || typeCells.some(grantLike)) return [...new Set(pieces)];
  return pieces.some(grantLike) && !typeCells.some((c) => RECORD_TYPE_SET.has(c)) ? [...new Set(pieces)] : null;
}

/**
 * The fields of a grant that say what it is and whose (its ids, measure, provision, payee): a shifted row breaks at least
 * one of them, where a grant invalid for an ordinary reason (an amount `150.001`, a date) keeps them.
 */
const GRANT_IDENTITY: ReadonlySet<string> = new Set(["id", "claimId", "traineeId", "measure", "provision", "payee"]);

/**
 * Whether a grant row of the header's width may have its columns shifted (a cell lost and another added): it is not a
 * valid grant, and one of the fields that say what it is and whose is what breaks — not only an amount or a date, which
 * hold what its claim and trainee cells name, as before (cold review 63: such a grant's other cells held claims of other
 * trainees a system numbering its payments apart from its claims had never paid).
 */
function mayBeShifted(record: Record<string, unknown>): boolean {
  const parsed = parseGrant(record);
  return !parsed.ok && parsed.issues.some((issue) => GRANT_IDENTITY.has(String(issue.path[0])));
}

/**
 * The cells of a row most likely to be its type cell: the header's `type` column, moved left by as many cells as the
 * row lacks (lost before it) or right by as many as it has too many (added before it) — at the header's width, the
 * `type` cell alone; every cell when the header has no `type` column.
 */
function typeCellsOf(header: readonly string[], row: readonly string[]): readonly string[] {
  const at = header.indexOf("type");
  if (at < 0) return row;
  const shift = row.length - header.length;
  return row.slice(Math.max(0, at + Math.min(0, shift)), Math.max(0, at + Math.max(0, shift) + 1));
}

/** CSV: a header row naming known columns (one of them `type`), then one record per row. */
export async function* readCsv(chunks: AsyncIterable<Buffer | string>, source: string, counter: RecordCounter, ledger: boolean): AsyncGenerator<Item | BadItem> {
  const skipped: { at: string; detail: string }[] = [];
  // Records end at CRLF, LF or CR, each row as it comes (a ledger saved on Windows and appended to by this tool mixes
  // them: detected once from the first row, every later row was one record: cold review 50). A row of the wrong width
  // is read and reported here by its row, not skipped by the parser (whose count of records then misnamed every later row).
  const parser = parseCsv({ bom: true, skip_empty_lines: true, max_record_size: INPUT_LIMITS.maxLineBytes, skip_records_with_error: true, info: true, relax_quotes: false, relax_column_count: true, record_delimiter: ["\r\n", "\n", "\r"] });
  parser.on("skip", (error: Error & { lines?: number; code?: string }) => {
    // The parser's message may quote the cell read so far (a name, an ID number): its code and words without the quotes.
    const words = error.message.replace(/"(?:[^"\\]|\\.)*"/g, "…").slice(0, 200);
    skipped.push({ at: `${source} line ${error.lines ?? "?"}`, detail: words });
  });
  function* drain(): Generator<BadItem> {
    for (const { at, detail } of skipped.splice(0)) yield { seq: counter.next(source), at, type: null, id: null, issues: [validationIssue([], "malformed_row", { detail })] };
  }
  const input = Readable.from(csvLimited(chunks, source));
  input.on("error", (error) => parser.destroy(error));
  input.pipe(parser);
  let header: string[] | null = null;
  try {
    for await (const entry of parser as AsyncIterable<{ record: string[]; info: { records: number; lines: number } }>) {
      yield* drain();
      if (header === null) {
        header = entry.record;
        const unknown = checkCsvHeader(header, ledger);
        if (unknown !== null) throw new InputError(source, "unknown_column", { column: JSON.stringify(unknown) });
        continue;
      }
      const seq = counter.next(source);
      const at = `${source} row ${entry.info.records}`;
      if (entry.record[0] === TOO_LONG_ROW) {
        // its first bytes' id-shaped pieces follow the marker's cells (csvLimited): a grant row's claim id is among them
        yield badItem(seq, at, null, [validationIssue([], "line_too_long", { limit: INPUT_LIMITS.maxLineBytes })], grantRowPieces(entry.record.slice(header.length), ledger));
        continue;
      }
      if (entry.record[0] === BAD_QUOTES_ROW) {
        // its id-shaped pieces follow the marker's cells (csvLimited)
        yield badItem(seq, at, null, [validationIssue([], "malformed_row", { detail: "bad quoting: a quoted cell must end at a comma or the row's end, and a quote inside a cell is written \"\" in a quoted cell" })], grantRowPieces(entry.record.slice(header.length), ledger));
        continue;
      }
      if (entry.record.length !== header.length) {
        // which column holds what cannot be told (a cell lost or added): every cell may be the grant's claim id
        const cells = entry.record.map((c) => c.trim());
        yield badItem(seq, at, null, [validationIssue([], "malformed_row", { detail: `${entry.record.length} cells, header has ${header.length}` })], grantRowPieces(cells, ledger, typeCellsOf(header, cells)));
        continue;
      }
      const duplicate = csvDuplicateKey(header, entry.record);
      if (duplicate !== null) {
        yield { seq, at, type: null, id: readableId(csvRecord(header, entry.record)), issues: [validationIssue([duplicate.column, duplicate.key], "duplicate_key", { key: JSON.stringify(duplicate.key) })] };
        continue;
      }
      const item = toItem(seq, at, csvRecord(header, entry.record), ledger ? "grant" : null, true);
      // A grant row of the right width may still be shifted (a cell lost, another added): when a field that says what it
      // is and whose is not valid (mayBeShifted), or its type cell names no type while another cell says `grant`, every
      // id-shaped cell of it may name its claim or trainee (cold review 62: one shifted by a cell held only the id in its
      // trainee's column, or nothing, and the trainee's next claim on the same certificate was paid again).
      const shifted = isBad(item) ? item.cells === undefined : item.type === "grant" && mayBeShifted(item.record);
      if (shifted) {
        const cells = entry.record.map((c) => c.trim());
        const pieces = isBad(item) ? grantRowPieces(cells, ledger, typeCellsOf(header, cells)) : grantRowPieces(cells, true);
        yield pieces === null || pieces.length === 0 ? item : { ...item, cells: pieces };
      } else yield item;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(source, "malformed_row", { detail: (error as Error).message.slice(0, 200) });
  }
  yield* drain();
}

/**
 * A whole file (or standard input for `-`) as text, read up to `limit` bytes counted as
 * read (so /dev/zero stops at the limit), without a byte-order mark: for the documents
 * read whole (catalogue, patch, scenario, progress document, provisions table).
 * Unreadable: a ReadError (exit 2); too large: an InputError (exit 2).
 */
export async function readWholeInput(file: string, io: Io, limit: number = INPUT_LIMITS.maxJsonBytes): Promise<string> {
  const source = file === "-" ? "stdin" : file;
  const { chunks, size } = openChunks(file, io);
  if (size !== null && size > limit) throw new InputError(source, "input_too_large", { limit });
  const parts: Buffer[] = [];
  let read = 0;
  try {
    for await (const raw of chunks) {
      const chunk = typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
      read += chunk.length;
      if (read > limit) throw new InputError(source, "input_too_large", { limit });
      parts.push(chunk);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new ReadError(source, error);
  }
  return Buffer.concat(parts).toString("utf8");
}

/**
 * A document's value without its top-level `"$schema"` key (the address of its JSON
 * Schema, for editors), which every input document may carry and nothing decides on.
 * @example withoutSchemaKey({ $schema: "schemas/claims-document.json", claims: [] }) // → {"claims":[]}
 */
export function withoutSchemaKey(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value) || !Object.hasOwn(value, "$schema")) return value;
  const { $schema: _schema, ...rest } = value as Record<string, unknown>;
  return rest;
}

/** Chunks passed on unchanged, their bytes counted for progress. */
async function* counted(chunks: AsyncIterable<Buffer | string>, onBytes: (n: number) => void): AsyncGenerator<Buffer | string> {
  for await (const chunk of chunks) {
    onBytes(typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length);
    yield chunk;
  }
}

/**
 * The records of one file for the pipeline, in batches where the format allows: NDJSON
 * lines routed unparsed ({@link readNdjsonRouted}); a ledger, CSV or JSON as items.
 */
export function readRouted(file: string, format: InputFormat, io: Io, counter: RecordCounter, onBytes?: (n: number) => void): AsyncIterable<Item | BadItem | Read[]> {
  if (format !== "ndjson") return readItems(file, format, io, counter, false, onBytes);
  const opened = openChunks(file, io);
  const chunks = onBytes === undefined ? opened.chunks : counted(opened.chunks, onBytes);
  return readNdjsonRouted(chunks, file === "-" ? "stdin" : file, counter);
}

/** The items of one file in its format. */
export function readItems(file: string, format: InputFormat, io: Io, counter: RecordCounter, ledger = false, onBytes?: (n: number) => void): AsyncGenerator<Item | BadItem> {
  const opened = openChunks(file, io);
  const { size } = opened;
  const chunks = onBytes === undefined ? opened.chunks : counted(opened.chunks, onBytes);
  const source = file === "-" ? "stdin" : file;
  if (format === "ndjson") return readNdjson(chunks, source, counter, ledger);
  if (format === "csv") return readCsv(chunks, source, counter, ledger);
  return readJson(chunks, source, size, counter, ledger);
}
