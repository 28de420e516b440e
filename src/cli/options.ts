/** Options shared by the commands (policy, date, language, input format, ledger, catalogue) and the readers behind them. */
import { statSync } from "node:fs";
import type { CivilDate, Policy } from "../index.js";
import type { SubsidyCatalogue } from "../index.js";
import { catalogueEditionsFor, catalogueSourceFor, isCivilDate, parseSubsidyCatalogue, POLICIES, subsidyCatalogue, withCatalogue } from "../index.js";
import type { Lang } from "./format.js";
import type { OptionSpec } from "./frame.js";
import { oneStdin } from "./frame.js";
import type { BadItem, InputFormat, Item, Read } from "./input.js";
import { formatOf, INPUT_FORMATS, INPUT_LIMITS, notJsonDetail, readItems, readRouted, readWholeInput, RecordCounter, rejectDuplicateKeys, withoutSchemaKey } from "./input.js";
import type { Io } from "./io.js";
import { InputError, UsageError } from "./io.js";

export function pickPolicy(id: string | undefined): Policy {
  const key = id ?? "jiaxing-2019";
  const make = Object.hasOwn(POLICIES, key) ? POLICIES[key] : undefined;
  if (make === undefined) throw new UsageError("not_a_choice", { option: "--policy", value: key, choices: Object.keys(POLICIES) });
  return make();
}

export function pickDate(on: string | undefined): CivilDate | undefined {
  if (on === undefined) return undefined;
  if (!isCivilDate(on)) throw new UsageError("invalid_value", { option: "--on", value: on, expected: { zh: "YYYY-MM-DD 格式的有效日期", en: "a date YYYY-MM-DD" } });
  return on;
}

export function pickLang(lang: string | undefined): Lang {
  if (lang === undefined || lang === "zh") return "zh";
  if (lang === "en") return "en";
  throw new UsageError("not_a_choice", { option: "--lang", value: lang, choices: ["zh", "en"] });
}

/** The options of every command that reads claims (evaluate, explain, diff): the same inputs, the same limits. */
export const CLAIMS_OPTIONS = {
  input: { type: "string", choices: INPUT_FORMATS, section: "Input", help: "read the input in this format (default: by extension, .json,\n.ndjson/.jsonl or .csv; standard input is JSON)" },
  ledger: { type: "string", value: "<file|->", file: "read", section: "Input", help: "prior grants: a JSON array, NDJSON or CSV of grant records\n(what evaluate --grants-out writes)" },
  "ledger-format": { type: "string", choices: INPUT_FORMATS, section: "Input", help: "read --ledger in this format (default: by extension, else JSON)" },
  catalogue: { type: "string", value: "<file|->", file: "read", section: "Input", help: "a subsidy catalogue edition (JSON object) or editions (array):\nthe standards of the training subsidy (gf2018.catalogues)" },
  policy: { type: "string", value: "<id>", section: "Judging", help: `${Object.keys(POLICIES).join(", ")}\n(default jiaxing-2019)` },
  on: { type: "string", value: "YYYY-MM-DD", section: "Judging", help: "judge every claim on this date (default: each claim's submittedOn)" },
  "max-records": { type: "string", value: "<n>", section: "Input", help: `stop with exit 2 past n records in one run, input and ledger\ntogether (default ${INPUT_LIMITS.maxRecords.toLocaleString("en")})` },
} as const satisfies Readonly<Record<string, OptionSpec>>;

/**
 * `--max-records`: the records one run may read before it stops (exit 2). The default,
 * {@link INPUT_LIMITS.maxRecords}, stops a runaway input; a run of more records (a
 * 10M-claim file holds about 2.5 records per claim) names its own limit.
 */
export function pickMaxRecords(value: string | undefined): number {
  if (value === undefined) return INPUT_LIMITS.maxRecords;
  const n = /^[1-9]\d{0,11}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n)) throw new UsageError("invalid_value", { option: "--max-records", value, expected: { zh: "大于 0 的整数（记录条数）", en: "a whole number of records above 0" } });
  return n;
}

/** The most threads `--threads` takes. */
export const MAX_THREADS = 64;

/**
 * `--threads`: how many threads decide the parts of a large input (see threads.ts): a
 * whole number from 1 to {@link MAX_THREADS}, or `auto` for the machine's available
 * parallelism (at most {@link MAX_THREADS}).
 */
export function pickThreads(value: string | undefined, auto: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (value === "auto") return Math.max(1, Math.min(MAX_THREADS, auto));
  const n = /^[1-9]\d{0,1}$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= MAX_THREADS)) {
    throw new UsageError("invalid_value", { option: "--threads", value, expected: { zh: `auto 或 1 至 ${MAX_THREADS} 的整数`, en: `auto or a whole number from 1 to ${MAX_THREADS}` } });
  }
  return n;
}

/** `--lang`, as most commands take it. */
export const LANG_OPTION = { type: "string", choices: ["zh", "en"], help: "language of the output and messages (default zh)" } as const satisfies OptionSpec;

/** `--quiet`, for every command that can run long. */
export const QUIET_OPTION = { type: "boolean", help: "no progress lines on standard error" } as const satisfies OptionSpec;

/** The record streams of a run: the prior ledger (if any) first, then the input. */
export function sourcesOf(
  file: string,
  values: { readonly input?: string | undefined; readonly ledger?: string | undefined; readonly "ledger-format"?: string | undefined; readonly "max-records"?: string | undefined },
  io: Io,
  /** Told the bytes of each chunk read, over the ledger and the input (for progress). */
  onBytes?: (n: number) => void,
): { sources: AsyncIterable<Item | BadItem>[]; format: InputFormat; size: number | null } {
  return sourcesFor(file, values, io, onBytes, (counter, format) => readItems(file, format, io, counter, false, onBytes));
}

/**
 * The record streams of a run for the pipeline ({@link runBatch}): as {@link sourcesOf},
 * but an NDJSON input's lines come in batches and routed unparsed where they can be
 * (input.ts, `readRouted`), each parsed once, where its part is decided.
 */
export function routedSourcesOf(
  file: string,
  values: { readonly input?: string | undefined; readonly ledger?: string | undefined; readonly "ledger-format"?: string | undefined; readonly "max-records"?: string | undefined },
  io: Io,
  onBytes?: (n: number) => void,
): { sources: AsyncIterable<Item | BadItem | Read[]>[]; format: InputFormat; size: number | null } {
  return sourcesFor<Item | BadItem | Read[]>(file, values, io, onBytes, (counter, format) => readRouted(file, format, io, counter, onBytes));
}

function sourcesFor<T>(
  file: string,
  values: { readonly input?: string | undefined; readonly ledger?: string | undefined; readonly "ledger-format"?: string | undefined; readonly "max-records"?: string | undefined },
  io: Io,
  onBytes: ((n: number) => void) | undefined,
  input: (counter: RecordCounter, format: InputFormat) => AsyncIterable<T>,
): { sources: AsyncIterable<Item | BadItem | T>[]; format: InputFormat; size: number | null } {
  const { ledger } = values;
  const counter = new RecordCounter(pickMaxRecords(values["max-records"]));
  const format = formatOf(file === "-" ? "" : file, values.input);
  const sources: AsyncIterable<Item | BadItem | T>[] = [];
  if (ledger !== undefined) {
    oneStdin([
      ["<file|->", file],
      ["--ledger", ledger],
    ]);
    const ledgerFormat = formatOf(ledger === "-" ? "" : ledger, values["ledger-format"], "--ledger-format");
    const items = readItems(ledger, ledgerFormat, io, counter, true, onBytes);
    sources.push(values["ledger-format"] === undefined ? withFormatHint(items, ledgerFormat, ledger === "-") : items);
  }
  sources.push(input(counter, format));
  let size: number | null = null;
  try {
    size = file === "-" ? null : statSync(file).size + (ledger === undefined || ledger === "-" ? 0 : statSync(ledger).size);
  } catch {
    size = null;
  }
  return { sources, format, size };
}

/** A ledger whose format was guessed from its name: when it cannot be read as that, the error says how to name the format. */
async function* withFormatHint(items: AsyncGenerator<Item | BadItem>, guessed: InputFormat, stdin: boolean): AsyncGenerator<Item | BadItem> {
  try {
    yield* items;
  } catch (error) {
    if (error instanceof InputError) {
      const format = guessed.toUpperCase();
      throw error.withHint(
        stdin
          ? `标准输入按 ${format} 读取，可用 --ledger-format 指定格式 / standard input is read as ${format}; say its format with --ledger-format json|ndjson|csv`
          : `按文件名读作 ${format}，可用 --ledger-format 指定格式 / read as ${format}, guessed from its name; say its format with --ledger-format json|ndjson|csv`,
      );
    }
    throw error;
  }
}

/** A JSON document read whole (up to the JSON limit), with keys given twice refused and its `$schema` key set aside. */
export async function readJsonDocument(file: string, io: Io): Promise<unknown> {
  const source = file === "-" ? "stdin" : file;
  const text = await readWholeInput(file, io);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(source, "not_json", { detail: notJsonDetail(text) });
  }
  rejectDuplicateKeys(text, source);
  return withoutSchemaKey(value);
}

/**
 * `--catalogue <file|->`: one subsidy-catalogue edition (a JSON object) or several (an
 * array), each checked against the catalogue schema, applied to the policy with
 * `withCatalogue` as a layer of its own, where `catalogueSourceFor` puts it (in Jiaxing:
 * jx2019.catalogue, ending with the three-year action) — the same place a scenario's
 * catalogue goes. The trace names that layer as where each standard came from.
 */
export async function applyCatalogue(file: string | undefined, policy: Policy, io: Io, notices?: { readonly lang: "zh" | "en"; readonly quiet: boolean }): Promise<Policy> {
  const value = await readCatalogues(file, policy, io);
  const applied = withCatalogues(policy, value, catalogueName(file));
  // an edition set aside is said on standard error, as evaluate says it (review 20a)
  if (notices !== undefined && !notices.quiet) for (const line of setAsideNotices(policy, value, catalogueName(file), notices.lang)) io.stderr(`skills-subsidy: ${line}\n`);
  return applied;
}

/** How a `--catalogue` file is named in messages: `stdin` for `-`. */
export function catalogueName(file: string | undefined): string {
  return file === "-" ? "stdin" : (file ?? "--catalogue");
}

/**
 * How a run's policy is made, as data another thread can make it from: the `--policy`
 * id and the `--catalogue` document as read (a JSON value; `undefined` without the option).
 */
export interface PolicySource {
  readonly policy: string | undefined;
  readonly catalogue: unknown;
}

/** The `--catalogue` document as read (a JSON value, its `$schema` key set aside), `undefined` without the option. */
export async function readCatalogues(file: string | undefined, policy: Policy, io: Io): Promise<unknown> {
  if (file === undefined) return undefined;
  if (policy.parameter(subsidyCatalogue.id) === undefined) {
    throw new UsageError("options_conflict", {
      option: "--catalogue",
      other: `--policy ${policy.id}`,
      why: { zh: `政策 ${policy.id} 没有补贴目录（${subsidyCatalogue.id}），--catalogue 对它不适用`, en: `policy ${policy.id} has no subsidy catalogue (${subsidyCatalogue.id}); --catalogue does not apply to it` },
    });
  }
  return readJsonDocument(file, io);
}

/** The policy with a `--catalogue` document applied: one edition (an object) or several (an array), each checked against the catalogue schema; the policy itself for `undefined`. */
export function withCatalogues(policy: Policy, value: unknown, source: string): Policy {
  if (value === undefined) return policy;
  return withCatalogue(policy, catalogueEditions(value, source), catalogueSourceFor(policy));
}

/**
 * One line for each edition of a `--catalogue` document that the policy's catalogue sets aside: one taking effect on or
 * after the day it ends (catalogueEditionsFor) — in `lang`; none without the option.
 */
export function setAsideNotices(policy: Policy, value: unknown, source: string, lang: "zh" | "en"): string[] {
  if (value === undefined) return [];
  const endsOn = catalogueSourceFor(policy).endsOn;
  return catalogueEditionsFor(catalogueEditions(value, source), endsOn).setAside.map((e) =>
    lang === "zh" ? `${source}：目录版本 ${e.id} 自 ${e.effectiveFrom} 施行，在本政策目录止日 ${endsOn} 当日或之后，属于此后的文件，未予采用` : `${source}: edition ${e.id} takes effect on ${e.effectiveFrom}, on or after ${endsOn}, when this policy's catalogue ends: it belongs to a later text and is set aside`,
  );
}

/** The editions of a `--catalogue` document (one edition, an object, or several, an array), each checked against the catalogue schema: a usage error naming the file and the place for one that is not an edition. */
export function catalogueEditions(value: unknown, source: string): SubsidyCatalogue[] {
  const raw = Array.isArray(value) ? value.map(withoutSchemaKey) : [value];
  if (raw.length === 0) throw new InputError(source, "invalid_input");
  const editions: SubsidyCatalogue[] = [];
  for (const [i, item] of raw.entries()) {
    const parsed = parseSubsidyCatalogue(item);
    if (!parsed.ok) {
      const first = parsed.issues[0];
      const where = [...(Array.isArray(value) ? [i] : []), ...(first?.path ?? [])].join(".");
      throw new UsageError("unusable_file", {
        field: "--catalogue",
        file: source,
        why: { zh: `不是补贴目录：${where}：${first?.code}——${first?.message.zh}`, en: `not a subsidy catalogue: ${where}: ${first?.code} — ${first?.message.en}` },
      });
    }
    editions.push(parsed.value);
  }
  return editions;
}

/** The policy a {@link PolicySource} describes (throws as the command line does for a bad one). */
export function policyFromSource(source: PolicySource): Policy {
  return withCatalogues(pickPolicy(source.policy), source.catalogue, catalogueName(undefined));
}
