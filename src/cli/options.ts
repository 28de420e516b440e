/** Options shared by the commands: policy, date, language, input format, ledger, catalogue. */
import { statSync } from "node:fs";
import { readTextFile } from "../node/index.js";
import type { CivilDate, Policy } from "../index.js";
import type { SubsidyCatalogue } from "../index.js";
import { catalogueSourceFor, isCivilDate, parseSubsidyCatalogue, POLICIES, SkillsSubsidyError, subsidyCatalogue, withCatalogue } from "../index.js";
import type { Lang } from "./format.js";
import type { BadItem, InputFormat, Item } from "./input.js";
import { formatOf, INPUT_LIMITS, notJsonDetail, readItems, RecordCounter, rejectDuplicateKeys } from "./input.js";
import type { Io } from "./io.js";
import { InputError, ReadError, UsageError } from "./io.js";

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
 * `--catalogue <file>`: one subsidy-catalogue edition (a JSON object) or several (an
 * array), each checked against the catalogue schema, applied to the policy with
 * `withCatalogue` as a layer of its own, where `catalogueSourceFor` puts it (in Jiaxing:
 * jx2019.catalogue, ending with the three-year action) — the same place a scenario's
 * catalogue goes. The trace names that layer as where each standard came from.
 */
export function applyCatalogue(file: string | undefined, policy: Policy): Policy {
  if (file === undefined) return policy;
  if (policy.parameter(subsidyCatalogue.id) === undefined) {
    throw new UsageError(`policy ${policy.id} has no subsidy catalogue (${subsidyCatalogue.id}); --catalogue does not apply to it`);
  }
  let text: string;
  try {
    text = readTextFile(file, INPUT_LIMITS.maxJsonBytes); // counts the bytes read: /dev/zero stops at the limit
  } catch (error) {
    if (error instanceof SkillsSubsidyError) throw new InputError(file, "input_too_large", { limit: INPUT_LIMITS.maxJsonBytes });
    throw new ReadError(file, error);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(file, "not_json", { detail: notJsonDetail(text) });
  }
  rejectDuplicateKeys(text, file);
  const raw = Array.isArray(value) ? value : [value];
  if (raw.length === 0) throw new InputError(file, "invalid_input");
  const editions: SubsidyCatalogue[] = [];
  for (const [i, item] of raw.entries()) {
    const parsed = parseSubsidyCatalogue(item);
    if (!parsed.ok) {
      const first = parsed.issues[0];
      const where = [...(Array.isArray(value) ? [i] : []), ...(first?.path ?? [])].join(".");
      throw new UsageError(`${file}: not a subsidy catalogue: ${where}: ${first?.code} — ${first?.message.zh} / ${first?.message.en}`);
    }
    editions.push(parsed.value);
  }
  return withCatalogue(policy, editions, catalogueSourceFor(policy));
}
