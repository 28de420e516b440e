/** Options shared by the commands: policy, date, language, input format, ledger, catalogue. */
import { readFileSync, statSync } from "node:fs";
import type { CivilDate, Policy } from "../index.js";
import { isCivilDate, POLICIES } from "../index.js";
import type { Lang } from "./format.js";
import type { BadItem, InputFormat, Item } from "./input.js";
import { formatOf, INPUT_LIMITS, readItems, RecordCounter } from "./input.js";
import type { Io } from "./io.js";
import { InputError, UsageError } from "./io.js";

export function pickPolicy(id: string | undefined): Policy {
  const key = id ?? "jiaxing-2019";
  const make = Object.hasOwn(POLICIES, key) ? POLICIES[key] : undefined;
  if (make === undefined) throw new UsageError(`unknown policy ${JSON.stringify(id)}; known: ${Object.keys(POLICIES).join(", ")}`);
  return make();
}

export function pickDate(on: string | undefined): CivilDate | undefined {
  if (on === undefined) return undefined;
  if (!isCivilDate(on)) throw new UsageError(`--on ${JSON.stringify(on)} is not a date YYYY-MM-DD`);
  return on;
}

export function pickLang(lang: string | undefined): Lang {
  if (lang === undefined || lang === "zh") return "zh";
  if (lang === "en") return "en";
  throw new UsageError(`--lang must be zh or en, not ${JSON.stringify(lang)}`);
}

/** The record streams of a run: the prior ledger (if any) first, then the input. */
export function sourcesOf(file: string, input: string | undefined, ledger: string | undefined, io: Io): { sources: AsyncIterable<Item | BadItem>[]; format: InputFormat; size: number | null } {
  const counter = new RecordCounter();
  const format = formatOf(file === "-" ? "" : file, input);
  const sources: AsyncIterable<Item | BadItem>[] = [];
  if (ledger !== undefined) {
    if (ledger === "-" && file === "-") throw new UsageError("the input and the ledger cannot both be standard input");
    sources.push(readItems(ledger, formatOf(ledger, undefined), io, counter, true));
  }
  sources.push(readItems(file, format, io, counter));
  let size: number | null = null;
  try {
    size = file === "-" ? null : statSync(file).size + (ledger === undefined || ledger === "-" ? 0 : statSync(ledger).size);
  } catch {
    size = null;
  }
  return { sources, format, size };
}

/**
 * `--catalogue <file>`: read and checked (JSON, an object or an array, within the JSON
 * size limit). The library's policies have no subsidy-catalogue mechanism yet, so the
 * catalogue is not applied, and the command says so on standard error.
 */
export function noteCatalogue(file: string | undefined, policy: Policy, io: Io): void {
  if (file === undefined) return;
  let text: string;
  try {
    if (statSync(file).size > INPUT_LIMITS.maxJsonBytes) throw new InputError(file, "input_too_large", { limit: INPUT_LIMITS.maxJsonBytes });
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, "not_json", { detail: (error as Error).message.slice(0, 200) });
  }
  if (value === null || typeof value !== "object") throw new InputError(file, "invalid_input");
  const entries = Array.isArray(value) ? value.length : Array.isArray((value as { entries?: unknown }).entries) ? (value as { entries: unknown[] }).entries.length : Object.keys(value).length;
  io.stderr(
    `skills-subsidy: 补贴目录 ${file} 已读取（${entries} 条），但政策 ${policy.id} 尚无补贴目录机制，目录未被应用。\n` +
      `skills-subsidy: catalogue ${file} read (${entries} entries), but policy ${policy.id} has no subsidy-catalogue mechanism yet: the catalogue was not applied.\n`,
  );
}
