/**
 * A decision as it is written out (the command line's JSON and NDJSON, the web service):
 * what every trace would repeat is written once per output, in two tables, and a trace
 * names its entries by a short content key.
 *
 * - Each parameter the trace read names its value entry (value, citation, layer,
 *   overrides) in the `parameters` table. A trace that read the 217-row subsidy catalogue
 *   in every training-subsidy claim writes the catalogue once, not once per claim.
 * - Each step names its rule entry (the rule's id, label, citation and layer, and the
 *   override that decided, if one did) in the `rules` table: the same few entries in
 *   every decision of an output, written once.
 *
 * A key is the first {@link TRACE_KEY_LENGTH} hex digits of the SHA-256 of the entry's
 * JSON with object keys sorted. The writer never lets two different entries share a key
 * in one table: it throws `trace_key_collision` instead (see {@link writtenDecision}).
 *
 * In memory a {@link Decision} keeps every {@link TraceStep} and {@link ParameterUse}
 * whole (values, labels and citations are the policy's own objects, shared, never copied);
 * {@link writtenDecision} turns it into the written form, collecting the entries it refers
 * to, and {@link rebuildDecision} turns the written form and the tables back into the
 * decision, equal to the one decided.
 */
import { SkillsSubsidyError } from "./assert.js";
import type { Citation } from "./citation.js";
import type { CivilDate } from "./date.js";
import type { Decision, ParameterUse, TraceStep } from "./decision.js";
import { sha256 } from "./hash.js";
import type { Fact } from "./issues.js";
import type { OverrideKind } from "./layer.js";
import { canonicalJson } from "./layer.js";
import type { Label } from "./parameter.js";

/**
 * Hex digits of an entry's SHA-256 that make its key in an output's table: 16, i.e. 64
 * bits. One output's tables hold hundreds of entries, a few thousand at most (every
 * parameter value and rule of a policy over the dates a batch spans); the chance that two
 * of n = 10,000 entries share 64 bits by accident is about n² / 2⁶⁵ ≈ 3 × 10⁻¹², and the
 * writer checks every key anyway ({@link writtenDecision}).
 * @example TRACE_KEY_LENGTH // → 16
 */
export const TRACE_KEY_LENGTH = 16;

/** A parameter's value entry in force, as the trace read it: what {@link WrittenParameterUse.hash} names. */
export interface ParameterEntry {
  /** The value in force, or `null` when none is. */
  readonly value: unknown;
  /**
   * First day of the value in force, or `null` when none is. (An entry of an output
   * written before 2026-12-07 has none: its uses carried it; {@link rebuildDecision} reads
   * both.)
   */
  readonly inForceFrom: CivilDate | null;
  /** Where that value is written (or, when none is in force, the parameter's provision). */
  readonly citation: Citation;
  /** The layer whose value decided. */
  readonly layer: string;
  /** The overrides that shaped the value. */
  readonly via: readonly { readonly layer: string; readonly kind: OverrideKind }[];
}

/** A rule as a trace step applied it: what {@link WrittenTraceStep.hash} names. */
export interface RuleEntry {
  /** The rule's id. */
  readonly rule: string;
  /** The rule's label. */
  readonly label: Label;
  /** The provision of the rule (or of the override that decided). */
  readonly citation: Citation;
  /** The layer whose rule (or override) decided. */
  readonly layer: string;
  /** The override that decided, when one did. */
  readonly override?: { readonly kind: OverrideKind; readonly label: Label };
}

/**
 * One parameter read, as written out: the entry in force named by its key. The entry
 * (value, first day, citation, layer, overrides) is in the output's `parameters` table,
 * once; the use says only which parameter, on which day, and why none is in force when
 * none is.
 */
export interface WrittenParameterUse {
  /** The parameter's id. */
  readonly parameter: string;
  /** The date it was read for. */
  readonly on: CivilDate;
  /** The key of the entry in force in the output's `parameters` table: the first 16 hex digits of its SHA-256 ({@link parameterEntryHash}). */
  readonly hash: string;
  /** Why no value is in force, when none is. */
  readonly missing?: "no_values" | "not_yet" | "ended";
}

/** A use of the second written form (outputs of 2026-12-03 to 2026-12-06): the entry's layer and first day repeated beside its key. */
interface UseWithEntryDates extends WrittenParameterUse {
  readonly layer: string;
  readonly inForceFrom: CivilDate | null;
}

/** One step of a written trace: which rule ran (its entry named by key), the parameters it read, what it returned. */
export interface WrittenTraceStep {
  /** Nesting: 0 for the measure's rule, 1 for a rule it used, … */
  readonly depth: number;
  /** The rule's id (also in the entry; here so a reader of one line sees it). */
  readonly rule: string;
  /** The key of the step's rule entry (label, citation, layer, override) in the output's `rules` table: the first 16 hex digits of its SHA-256 ({@link ruleEntryHash}). */
  readonly hash: string;
  /** The parameters the step read, each naming its entry by key. */
  readonly parameters: readonly WrittenParameterUse[];
  /** What the rule returned, summarised. */
  readonly result: Fact;
}

/** A decision as written out: a {@link Decision} whose trace names rule and parameter entries by key. */
export interface WrittenDecision extends Omit<Decision, "trace"> {
  /** Every rule that ran and every parameter it read, by key, with what each returned. */
  readonly trace: readonly WrittenTraceStep[];
}

/** The parameter entries an output refers to, by key: `{ [key]: entry }`. */
export type ParameterTable = Readonly<Record<string, ParameterEntry>>;

/** The rule entries an output refers to, by key: `{ [key]: entry }`. */
export type RuleTable = Readonly<Record<string, RuleEntry>>;

/** The tables a writer fills ({@link writtenDecision}): one per output, shared by all its decisions. */
export interface TraceTables {
  /** Parameter entries by key, in the order first read. */
  readonly parameters: Map<string, ParameterEntry>;
  /** Rule entries by key, in the order first applied. */
  readonly rules: Map<string, RuleEntry>;
}

/** The tables a reader has ({@link rebuildDecision}): as read from JSON, or as a writer filled them. */
export interface WrittenTables {
  /** Parameter entries by key (JSON: the output's `parameters`). */
  readonly parameters: ParameterTable | ReadonlyMap<string, ParameterEntry>;
  /** Rule entries by key (JSON: the output's `rules`); absent only for an output of the first written form, whose steps carry their rule inline. */
  readonly rules?: RuleTable | ReadonlyMap<string, RuleEntry>;
}

/**
 * Two empty tables for one output.
 * @example traceTables().rules.size // → 0
 */
export function traceTables(): TraceTables {
  return { parameters: new Map(), rules: new Map() };
}

/** Hashes already worked out, by the use's `via` list (the engine shares one per resolution), with what they were worked out from. */
const known = new WeakMap<object, { readonly value: unknown; readonly inForceFrom: CivilDate | null | undefined; readonly citation: Citation; readonly layer: string; readonly hash: string }>();

/** Rule entries' hashes already worked out, by the entry's JSON (a few dozen distinct entries a policy; bounded below). */
const knownRules = new Map<string, string>();
const KNOWN_RULES_LIMIT = 10_000;

/** The full SHA-256 of each entry the writer put in a table, so a key already taken is compared without hashing again. */
const fullHashes = new WeakMap<object, string>();

/** Table entries already checked against their key, once each across every rebuild (the entries are read-only). */
const checkedParameters = new WeakMap<object, string>();
const checkedRules = new WeakMap<object, string>();

/**
 * The entry a use read: its value, the first day of that value, citation, layer and overrides.
 * @example
 * parameterEntryOf({ parameter: "trainingSubsidy.annualCap", on: civilDate("2020-03-02"), value: 3, inForceFrom: civilDate("2019-05-18"), layer: "national.gbf2019", citation: cite("gbf2019.annual-cap", "§(十二)"), via: [] }) // → {"value":3,"inForceFrom":"2019-05-18","citation":{"provision":"gbf2019.annual-cap","document":"gbf2019","clause":"§(十二)"},"layer":"national.gbf2019","via":[]}
 */
export function parameterEntryOf(use: ParameterUse): ParameterEntry {
  return { value: use.value, inForceFrom: use.inForceFrom, citation: use.citation, layer: use.layer, via: use.via };
}

/**
 * The rule entry of a trace step (or a copy of a rule entry): the rule's id, label,
 * citation and layer, and the override that decided (only when one did), nothing else.
 * @example
 * ruleEntryOf({ depth: 0, rule: "livingAllowance", label: { zh: "生活费补贴", en: "living allowance" }, citation: cite("gbf2019.living-allowance-groups", "§(十一)"), layer: "national.gbf2019", parameters: [], result: "granted" }).rule // → "livingAllowance"
 */
export function ruleEntryOf(step: Pick<TraceStep, "rule" | "label" | "citation" | "layer" | "override">): RuleEntry {
  const { rule, label, citation, layer, override } = step;
  return override === undefined ? { rule, label, citation, layer } : { rule, label, citation, layer, override };
}

/**
 * The content hash of a parameter entry: SHA-256 (hex, all 64 digits) of its JSON with
 * object keys sorted (`canonicalJson`) — the value, its first day, citation, layer and
 * overrides, nothing else (an entry of an output written before 2026-12-07 has no first
 * day, and is hashed without it, as it was). Equal entries hash the same in any output;
 * an output's key for the entry is its first {@link TRACE_KEY_LENGTH} digits, and a
 * reader checks an entry against its key by hashing it again.
 * @example
 * const entry = { value: 3, inForceFrom: civilDate("2019-05-18"), citation: { provision: "gbf2019.annual-cap", document: "gbf2019", clause: "§(十二)" }, layer: "national.gbf2019", via: [] };
 * parameterEntryHash(entry) === parameterEntryHash({ ...entry }) // → true
 * parameterEntryHash(entry) === parameterEntryHash({ ...entry, value: "40.00" }) // → false
 * parameterEntryHash(entry) === parameterEntryHash({ ...entry, inForceFrom: civilDate("2021-01-01") }) // → false
 * parameterEntryHash(entry).length // → 64
 */
export function parameterEntryHash(entry: Omit<ParameterEntry, "inForceFrom"> & { readonly inForceFrom?: CivilDate | null }): string {
  const { value, inForceFrom, citation, layer, via } = entry;
  const seen = known.get(via);
  if (seen !== undefined && seen.value === value && seen.inForceFrom === inForceFrom && seen.citation === citation && seen.layer === layer) return seen.hash;
  const hash = sha256(canonicalJson(inForceFrom === undefined ? { value, citation, layer, via } : { value, inForceFrom, citation, layer, via }));
  // Only a frozen list is a safe key: nobody can change it after it was hashed (the engine freezes the lists it shares).
  if (Object.isFrozen(via)) known.set(via, { value, inForceFrom, citation, layer, hash });
  return hash;
}

/**
 * The content hash of a rule entry: SHA-256 (hex, all 64 digits) of its JSON with object
 * keys sorted — the rule's id, label, citation, layer and override, nothing else. An
 * output's key for the entry is its first {@link TRACE_KEY_LENGTH} digits.
 * @example
 * const entry = { rule: "livingAllowance", label: { zh: "生活费补贴", en: "living allowance" }, citation: { provision: "gbf2019.living-allowance-groups", document: "gbf2019", clause: "§(十一)" }, layer: "national.gbf2019" };
 * ruleEntryHash(entry) === ruleEntryHash({ ...entry, override: undefined }) // → true
 * ruleEntryHash(entry) === ruleEntryHash({ ...entry, layer: "national.plan2021" }) // → false
 */
export function ruleEntryHash(entry: RuleEntry): string {
  const { rule, label, citation, layer, override } = entry;
  // The memo's key is the entry's own JSON (cheap next to SHA-256 in JavaScript, and never stale: content, not identity).
  const json = JSON.stringify([rule, label, citation, layer, override]);
  let hash = knownRules.get(json);
  if (hash === undefined) {
    hash = sha256(canonicalJson(override === undefined ? { rule, label, citation, layer } : { rule, label, citation, layer, override }));
    if (knownRules.size >= KNOWN_RULES_LIMIT) knownRules.clear();
    knownRules.set(json, hash);
  }
  return hash;
}

/**
 * The key of an entry in its table, after checking that no other entry holds it: the
 * first `length` digits of `full`. A key held by a different entry (another full hash)
 * is `trace_key_collision`, never a silent merge of two entries.
 */
function keyIn<E extends object>(table: Map<string, E>, full: string, length: number, make: () => E, hashOf: (entry: E) => string, what: { readonly table: "parameters" | "rules"; readonly id: string }): string {
  const key = length >= full.length ? full : full.slice(0, length);
  const had = table.get(key);
  if (had === undefined) {
    const entry = make();
    fullHashes.set(entry, full);
    table.set(key, entry);
    return key;
  }
  let other = fullHashes.get(had);
  if (other === undefined) {
    other = hashOf(had); // an entry put in the table by someone else: hashed once, then known
    fullHashes.set(had, other);
  }
  if (other === full) return key;
  const kind = what.table === "parameters" ? { zh: "参数值", en: "parameter" } : { zh: "规则", en: "rule" };
  throw new SkillsSubsidyError(
    "trace_key_collision",
    {
      zh: `写出决定：两个不同的${kind.zh}条目共用键 ${key}（${what.id}；完整散列值 ${other} 与 ${full}），同一输出中的键必须唯一`,
      en: `writing decisions: two different ${kind.en} entries share the key ${key} in one output (${what.id}; full hashes ${other} and ${full})`,
    },
    { facts: { table: what.table, key, hash: full, other, id: what.id } },
  );
}

/**
 * Adds the entries another writer of the same output put in its tables (the command
 * line's worker threads each write some of an output's decisions) to `into`, each under
 * its key and checked as the writer checks its own: an entry already held under the key
 * is kept when it is the same entry, and a different entry is `trace_key_collision`.
 * @example
 * const entry = { value: 3, inForceFrom: civilDate("2019-05-18"), citation: { provision: "gbf2019.annual-cap", document: "gbf2019", clause: "§(十二)" }, layer: "national.gbf2019", via: [] };
 * const into = traceTables();
 * const key = parameterEntryHash(entry).slice(0, TRACE_KEY_LENGTH);
 * mergeTraceTables(into, { parameters: [[key, entry]], rules: [] });
 * mergeTraceTables(into, { parameters: [[key, { ...entry }]], rules: [] });
 * [into.parameters.size, into.parameters.get(key)?.value] // → [1,3]
 */
export function mergeTraceTables(into: TraceTables, from: { readonly parameters: Iterable<readonly [string, ParameterEntry]>; readonly rules: Iterable<readonly [string, RuleEntry]> }): void {
  for (const [key, entry] of from.parameters) keyIn(into.parameters, parameterEntryHash(entry), key.length, () => entry, parameterEntryHash, { table: "parameters", id: key });
  for (const [key, entry] of from.rules) keyIn(into.rules, ruleEntryHash(entry), key.length, () => entry, ruleEntryHash, { table: "rules", id: entry.rule });
}

/** {@link writtenDecision} with a key of `keyLength` digits: the library writes {@link TRACE_KEY_LENGTH}; a test forces collisions with fewer. */
export function writtenDecisionWithKeyLength(decision: Decision, tables: TraceTables, keyLength: number): WrittenDecision {
  const trace = decision.trace;
  if (trace.length === 0) return decision as unknown as WrittenDecision; // no trace: the same shape
  const steps: WrittenTraceStep[] = new Array<WrittenTraceStep>(trace.length);
  for (let i = 0; i < trace.length; i++) {
    const step = trace[i] as TraceStep;
    const rule = keyIn(tables.rules, ruleEntryHash(step), keyLength, () => ruleEntryOf(step), ruleEntryHash, { table: "rules", id: step.rule });
    let parameters: WrittenParameterUse[] = [];
    if (step.parameters.length > 0) {
      parameters = new Array<WrittenParameterUse>(step.parameters.length);
      for (let p = 0; p < step.parameters.length; p++) {
        const use = step.parameters[p] as ParameterUse;
        const hash = keyIn(tables.parameters, parameterEntryHash(use), keyLength, () => parameterEntryOf(use), parameterEntryHash, { table: "parameters", id: use.parameter });
        // Keys in the order the schema lists them; `missing` only when none is in force.
        parameters[p] = use.missing === undefined ? { parameter: use.parameter, on: use.on, hash } : { parameter: use.parameter, on: use.on, hash, missing: use.missing };
      }
    }
    // A literal of fixed shape: JSON.stringify is fastest on those.
    steps[i] = { depth: step.depth, rule: step.rule, hash: rule, parameters, result: step.result };
  }
  const { claimId, measure, outcome, payee, amount, lines, reasons, missingFacts, provenance } = decision;
  return { claimId, measure, outcome, payee, amount, lines, reasons, missingFacts, trace: steps, provenance };
}

/**
 * A decision in its written form: each trace step names its rule entry by key, each
 * parameter use its value entry, and the entries are added to `tables` (by key, in the
 * order first met). Pass one pair of tables for a whole output: an entry is written once
 * however many decisions name it. A decision without a trace (`trace: false`) is its own
 * written form and is returned as it is.
 *
 * A key is the first {@link TRACE_KEY_LENGTH} hex digits of the entry's SHA-256. Should
 * a different entry already hold that key in `tables` (two 64-bit prefixes equal by
 * chance), this throws a {@link SkillsSubsidyError} `trace_key_collision` naming the
 * table, the key and both full hashes: an output never names two entries by one key.
 * @example
 * import { readFileSync } from "node:fs";
 * const parsed = parseClaimsDocument(JSON.parse(readFileSync("docs/examples/my-first-claims.json", "utf8")));
 * const decision = parsed.ok ? evaluateBatch(nationalPolicy(), parsed.value.document).decisions[0] : undefined;
 * const tables = traceTables();
 * const written = decision === undefined ? undefined : writtenDecision(decision, tables);
 * const step = written?.trace[0];
 * const use = written?.trace.flatMap((s) => s.parameters)[0];
 * [written?.claimId, step?.rule, step?.hash.length, "label" in (step ?? {}), use?.parameter, use?.hash.length, "value" in (use ?? {})] // → ["ME-LA","livingAllowance",16,false,"livingAllowance.dailyRate",16,false]
 * tables.rules.get(step?.hash ?? "")?.label.en // → "living allowance"
 * tables.parameters.get(use?.hash ?? "")?.value // → null
 */
export function writtenDecision(decision: Decision, tables: TraceTables): WrittenDecision {
  return writtenDecisionWithKeyLength(decision, tables, TRACE_KEY_LENGTH);
}

/** A key as a writer writes it: 16 lowercase hex digits (or, in the first written form, all 64). */
const KEY = /^(?:[0-9a-f]{16}|[0-9a-f]{64})$/;

/** A step of the first written form: its rule inline (label, citation, layer, override), no rule key. */
interface InlineRuleStep extends Omit<TraceStep, "parameters"> {
  readonly parameters: readonly WrittenParameterUse[];
}

/** A table lookup that works on a plain object read from JSON (own keys only) and on a Map. */
function lookupIn<E>(table: Readonly<Record<string, E>> | ReadonlyMap<string, E>): (key: string) => E | undefined {
  return table instanceof Map ? (key) => (table as ReadonlyMap<string, E>).get(key) : (key) => (Object.hasOwn(table, key) ? (table as Readonly<Record<string, E>>)[key] : undefined);
}

/** An entry's own fields, nothing else a table read from JSON may hold beside them: what its key is the hash of. */
function entryFields(e: ParameterEntry): Parameters<typeof parameterEntryHash>[0] {
  const { value, inForceFrom, citation, layer, via } = e as Parameters<typeof parameterEntryHash>[0];
  return inForceFrom === undefined ? { value, citation, layer, via } : { value, inForceFrom, citation, layer, via };
}

/** The first day a use of the second written form carries (its entry has none): a date or `null`, else the coded error naming the place. */
function firstDayOnUse(use: WrittenParameterUse, claimId: string, at: string): CivilDate | null {
  const day = (use as Partial<UseWithEntryDates>).inForceFrom;
  if (day === null || typeof day === "string") return day;
  throw new SkillsSubsidyError(
    "invalid_argument",
    { zh: `${claimId} 的 ${at}：参数条目没有生效日期，参数使用处也没有`, en: `${claimId} ${at}: neither the parameter entry nor its use gives the first day in force` },
    { facts: { claimId, path: at, parameter: use.parameter } },
  );
}

/**
 * A decision rebuilt from its written form and the output's tables: every
 * {@link TraceStep} whole again (label, citation, layer and override from the rule entry
 * its key names) and every {@link ParameterUse} (value, citation, layer, overrides from
 * the parameter entry), equal to the decision as it was decided. Each entry is checked
 * against its key once (the first digits of its SHA-256 must be the key; the tables'
 * entries are read-only: one checked is not checked again), and a rule entry must be of
 * the rule the step names. Throws a {@link SkillsSubsidyError} (`invalid_argument`,
 * naming the claim, the place in the trace and the key) when a table has no entry for a
 * key, an entry does not hash to its key, or the written form is not one.
 *
 * Outputs of the first written form (unreleased, written by the development versions of
 * 2026-12-03: keys of all 64 digits, steps with their rule inline, no `rules` table) are
 * read too: a 64-digit key is checked against the whole hash, and a step without a rule
 * key is taken as it is written. So are outputs of the second (2026-12-03 to 2026-12-06),
 * whose parameter entries have no first day and whose uses repeat it with the layer: the
 * first day is then the use's, the layer the entry's.
 * @example
 * import { readFileSync } from "node:fs";
 * const parsed = parseClaimsDocument(JSON.parse(readFileSync("docs/examples/my-first-claims.json", "utf8")));
 * const decision = parsed.ok ? evaluateBatch(nationalPolicy(), parsed.value.document).decisions[0] : undefined;
 * const tables = traceTables();
 * const written = decision === undefined ? undefined : writtenDecision(decision, tables);
 * const read = JSON.parse(JSON.stringify({ decision: written, parameters: Object.fromEntries(tables.parameters), rules: Object.fromEntries(tables.rules) }));
 * const rebuilt = rebuildDecision(read.decision, read);
 * JSON.stringify(rebuilt) === JSON.stringify(decision) // → true
 */
export function rebuildDecision(written: WrittenDecision, tables: WrittenTables): Decision {
  assertWrittenShape(written, tables);
  const parameterAt = lookupIn(tables.parameters);
  const ruleAt: (key: string) => RuleEntry | undefined = tables.rules === undefined ? () => undefined : lookupIn(tables.rules);
  const claimId = written.claimId;
  const trace = written.trace.map((step, s): TraceStep => {
    const parameters =
      step.parameters.length === 0
        ? (step.parameters as unknown as ParameterUse[])
        : step.parameters.map((use, p): ParameterUse => {
            const at = `trace[${s}].parameters[${p}].hash`;
            const entry = checkedEntry(parameterAt(use.hash), use.hash, checkedParameters, (e) => parameterEntryHash(entryFields(e)), { claimId, at, table: "parameters", id: use.parameter });
            // The first day is the entry's; an output of the second written form (before 2026-12-07) kept it on the use.
            const inForceFrom = (entry as { inForceFrom?: unknown }).inForceFrom === undefined ? firstDayOnUse(use, claimId, `trace[${s}].parameters[${p}].inForceFrom`) : entry.inForceFrom;
            // Keys in the order the engine writes them (value, inForceFrom, layer, citation, via, missing).
            const full = { parameter: use.parameter, on: use.on, value: entry.value, inForceFrom, layer: entry.layer, citation: entry.citation, via: entry.via };
            return use.missing === undefined ? full : { ...full, missing: use.missing };
          });
    const { depth, rule, result } = step;
    let label: Label, citation: Citation, layer: string, override: RuleEntry["override"];
    if (typeof (step as { hash?: unknown }).hash === "string") {
      const at = `trace[${s}].hash`;
      const entry = checkedEntry(ruleAt(step.hash), step.hash, checkedRules, (e) => ruleEntryHash(ruleEntryOf(e)), { claimId, at, table: "rules", id: rule });
      if (entry.rule !== rule) {
        throw new SkillsSubsidyError(
          "invalid_argument",
          { zh: `${claimId} 的 ${at}：该步骤是规则 ${rule}，但规则表中 ${step.hash} 下的条目是规则 ${String(entry.rule)}`, en: `${claimId} ${at}: the step is rule ${rule}, but the rules table's entry ${step.hash} is rule ${String(entry.rule)}` },
          { facts: { claimId, path: at, hash: step.hash, rule, entryRule: String(entry.rule) } },
        );
      }
      ({ label, citation, layer, override } = entry);
    } else ({ label, citation, layer, override } = step as unknown as InlineRuleStep); // the first written form: the rule inline
    // Keys in the order the engine writes them.
    return override === undefined ? { depth, rule, label, citation, layer, parameters, result } : { depth, rule, label, citation, layer, override, parameters, result };
  });
  const { measure, outcome, payee, amount, lines, reasons, missingFacts, provenance } = written;
  return { claimId, measure, outcome, payee, amount, lines, reasons, missingFacts, trace, provenance };
}

/** The entry a key names, checked against the key (once per entry and key): else the coded bilingual error naming the place. */
function checkedEntry<E extends object>(
  entry: E | undefined,
  key: string,
  checked: WeakMap<object, string>,
  hashOf: (entry: E) => string,
  where: { readonly claimId: string; readonly at: string; readonly table: "parameters" | "rules"; readonly id: string },
): E {
  const { claimId, at, table, id } = where;
  const facts = { claimId, path: at, hash: key, [table === "parameters" ? "parameter" : "rule"]: id };
  const name = table === "parameters" ? { zh: "参数表", en: "parameter table", what: "参数" } : { zh: "规则表", en: "rules table", what: "规则" };
  if (entry === undefined) {
    throw new SkillsSubsidyError(
      "invalid_argument",
      { zh: `${claimId} 的 ${at}：${name.zh}中没有键为 ${key} 的条目（${name.what} ${id}）`, en: `${claimId} ${at}: the ${name.en} has no entry ${key} (${table === "parameters" ? "parameter" : "rule"} ${id})` },
      { facts },
    );
  }
  if (typeof entry === "object" && entry !== null && checked.get(entry) === key) return entry;
  // A table read from JSON may hold anything under a key: only an object can be the entry.
  if (typeof entry !== "object" || entry === null || !hashOf(entry).startsWith(key)) {
    throw new SkillsSubsidyError(
      "invalid_argument",
      { zh: `${claimId} 的 ${at}：${name.zh}中键 ${key} 下的条目与其键不符`, en: `${claimId} ${at}: the ${name.en}'s entry ${key} does not hash to its key` },
      { facts },
    );
  }
  checked.set(entry, key);
  return entry;
}

/**
 * What {@link rebuildDecision} reads of its input, checked before it reads it: a written
 * decision read from JSON may be anything, and a bad one is the coded, bilingual
 * `invalid_argument` naming the place, never a TypeError.
 */
function assertWrittenShape(written: unknown, tables: unknown): asserts written is WrittenDecision {
  const bad = (at: string): never => {
    throw new SkillsSubsidyError("invalid_argument", { zh: `重建决定：${at} 的形式不对`, en: `rebuilding a decision: ${at} is not of the written form` }, { facts: { path: at } });
  };
  const isTable = (t: unknown) => t !== null && typeof t === "object";
  if (!isTable(tables)) bad("tables");
  const { parameters, rules } = tables as { parameters?: unknown; rules?: unknown };
  if (!isTable(parameters)) bad("tables.parameters");
  // An output of the first written form has no rules table (its steps carry their rule inline).
  if (rules !== undefined && !isTable(rules)) bad("tables.rules");
  if (written === null || typeof written !== "object" || Array.isArray(written)) bad("decision");
  const trace = (written as { trace?: unknown }).trace;
  if (!Array.isArray(trace)) bad("trace");
  (trace as unknown[]).forEach((step, s) => {
    if (step === null || typeof step !== "object") bad(`trace[${s}]`);
    const key = (step as { hash?: unknown }).hash;
    // A step names its rule entry by key; one of the first written form carries its rule inline instead.
    if (key === undefined ? typeof (step as { label?: unknown }).label !== "object" : typeof key !== "string" || !KEY.test(key)) bad(`trace[${s}].hash`);
    const parameters = (step as { parameters?: unknown }).parameters;
    if (!Array.isArray(parameters)) bad(`trace[${s}].parameters`);
    (parameters as unknown[]).forEach((use, p) => {
      const hash = use === null || typeof use !== "object" ? undefined : (use as { hash?: unknown }).hash;
      if (typeof hash !== "string" || !KEY.test(hash)) bad(`trace[${s}].parameters[${p}].hash`);
    });
  });
}
