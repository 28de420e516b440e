/**
 * A decision as it is written out (the command line's JSON and NDJSON, the web service):
 * each parameter the trace read names its value entry by a content hash instead of
 * copying the value, and the entries are written once per output, in a table keyed by
 * hash. A trace that read the 217-row subsidy catalogue in every training-subsidy claim
 * writes the catalogue once, not once per claim.
 *
 * In memory a {@link Decision} keeps every {@link ParameterUse} whole (its value is the
 * policy's own object, shared, never copied); {@link writtenDecision} turns it into the
 * written form, collecting the entries it refers to, and {@link rebuildDecision} turns the
 * written form and the table back into the decision, equal to the one decided.
 */
import { SkillsSubsidyError } from "./assert.js";
import type { Citation } from "./citation.js";
import type { CivilDate } from "./date.js";
import type { Decision, ParameterUse, TraceStep } from "./decision.js";
import { sha256 } from "./hash.js";
import type { OverrideKind } from "./layer.js";
import { canonicalJson } from "./layer.js";

/** A parameter's value entry in force, as the trace read it: what {@link WrittenParameterUse.hash} names. */
export interface ParameterEntry {
  /** The value in force, or `null` when none is. */
  readonly value: unknown;
  /** Where that value is written (or, when none is in force, the parameter's provision). */
  readonly citation: Citation;
  /** The layer whose value decided. */
  readonly layer: string;
  /** The overrides that shaped the value. */
  readonly via: readonly { readonly layer: string; readonly kind: OverrideKind }[];
}

/** One parameter read, as written out: the entry in force named by its content hash. */
export interface WrittenParameterUse {
  /** The parameter's id. */
  readonly parameter: string;
  /** The date it was read for. */
  readonly on: CivilDate;
  /** SHA-256 (hex) of the entry in force ({@link parameterEntryHash}): the key of the output's parameter table. */
  readonly hash: string;
  /** The layer whose value decided (also in the entry; here so a reader of one line sees it). */
  readonly layer: string;
  /** First day of the entry in force, or `null` when none is. */
  readonly inForceFrom: CivilDate | null;
  /** Why no value is in force, when none is. */
  readonly missing?: "no_values" | "not_yet" | "ended";
}

/** One step of a written trace: a {@link TraceStep} whose parameters are {@link WrittenParameterUse}s. */
export interface WrittenTraceStep extends Omit<TraceStep, "parameters"> {
  /** The parameters the step read, each naming its entry by hash. */
  readonly parameters: readonly WrittenParameterUse[];
}

/** A decision as written out: a {@link Decision} whose trace names parameter entries by hash. */
export interface WrittenDecision extends Omit<Decision, "trace"> {
  /** Every rule that ran and every parameter it read (by hash), with the layer each came from. */
  readonly trace: readonly WrittenTraceStep[];
}

/** The parameter entries an output refers to, by hash: `{ [hash]: entry }`. */
export type ParameterTable = Readonly<Record<string, ParameterEntry>>;

/** Hashes already worked out, by the use's `via` list (the engine shares one per resolution), with what they were worked out from. */
const known = new WeakMap<object, { readonly value: unknown; readonly citation: Citation; readonly layer: string; readonly hash: string }>();

/** Table entries already checked against their hash, once each across every rebuild (the entries are read-only). */
const checked = new WeakMap<ParameterEntry, string>();

/**
 * The entry a use read: its value, citation, layer and overrides.
 * @example
 * parameterEntryOf({ parameter: "trainingSubsidy.annualCap", on: civilDate("2020-03-02"), value: 3, inForceFrom: civilDate("2019-05-18"), layer: "national.gbf2019", citation: cite("gbf2019.annual-cap", "§(十二)"), via: [] }).value // → 3
 */
export function parameterEntryOf(use: ParameterUse): ParameterEntry {
  return { value: use.value, citation: use.citation, layer: use.layer, via: use.via };
}

/**
 * The content hash of a parameter entry: SHA-256 (hex) of its JSON with object keys
 * sorted (`canonicalJson`) — the value, citation, layer and overrides, nothing else.
 * Equal entries hash the same in any output; a reader checks an entry against its key by
 * hashing it again.
 * @example
 * const entry = { value: 3, citation: { provision: "gbf2019.annual-cap", document: "gbf2019", clause: "§(十二)" }, layer: "national.gbf2019", via: [] };
 * parameterEntryHash(entry) === parameterEntryHash({ ...entry }) // → true
 * parameterEntryHash(entry) === parameterEntryHash({ ...entry, value: "40.00" }) // → false
 * parameterEntryHash(entry).length // → 64
 */
export function parameterEntryHash(entry: ParameterEntry): string {
  const { value, citation, layer, via } = entry;
  const seen = known.get(via);
  if (seen !== undefined && seen.value === value && seen.citation === citation && seen.layer === layer) return seen.hash;
  const hash = sha256(canonicalJson({ value, citation, layer, via }));
  // Only a frozen list is a safe key: nobody can change it after it was hashed (the engine freezes the lists it shares).
  if (Object.isFrozen(via)) known.set(via, { value, citation, layer, hash });
  return hash;
}

/**
 * A decision in its written form: each parameter use names its entry by
 * {@link parameterEntryHash}, and the entries it refers to are added to `table` (by
 * hash, in the order first read). A decision without parameter reads (no trace, or a
 * trace that read none) is its own written form and is returned as it is.
 * @example
 * import { readFileSync } from "node:fs";
 * const parsed = parseClaimsDocument(JSON.parse(readFileSync("docs/examples/my-first-claims.json", "utf8")));
 * const decision = parsed.ok ? evaluateBatch(nationalPolicy(), parsed.value.document).decisions[0] : undefined;
 * const table = new Map();
 * const written = decision === undefined ? undefined : writtenDecision(decision, table);
 * const use = written?.trace.flatMap((step) => step.parameters)[0];
 * [written?.claimId, use?.parameter, use?.hash.length, "value" in (use ?? {})] // → ["ME-LA","livingAllowance.dailyRate",64,false]
 * table.get(use?.hash ?? "")?.value // → null
 */
export function writtenDecision(decision: Decision, table: Map<string, ParameterEntry>): WrittenDecision {
  let steps: WrittenTraceStep[] | null = null;
  const trace = decision.trace;
  for (let i = 0; i < trace.length; i++) {
    const step = trace[i] as TraceStep;
    if (step.parameters.length === 0) {
      steps?.push(step as unknown as WrittenTraceStep); // no parameters: the same shape
      continue;
    }
    steps ??= trace.slice(0, i) as unknown as WrittenTraceStep[]; // the steps before read no parameter
    const parameters: WrittenParameterUse[] = [];
    for (const use of step.parameters) {
      const hash = parameterEntryHash(use);
      if (!table.has(hash)) table.set(hash, parameterEntryOf(use));
      // Keys in the order the schema lists them; `missing` only when none is in force.
      parameters.push(
        use.missing === undefined
          ? { parameter: use.parameter, on: use.on, hash, layer: use.layer, inForceFrom: use.inForceFrom }
          : { parameter: use.parameter, on: use.on, hash, layer: use.layer, inForceFrom: use.inForceFrom, missing: use.missing },
      );
    }
    // The step's keys in the engine's order (literals of fixed shape: JSON.stringify is fastest on those).
    const { depth, rule, label, citation, layer, override, result } = step;
    steps.push(override === undefined ? { depth, rule, label, citation, layer, parameters, result } : { depth, rule, label, citation, layer, override, parameters, result });
  }
  if (steps === null) return decision as unknown as WrittenDecision; // no parameter read: the same shape
  const { claimId, measure, outcome, payee, amount, lines, reasons, missingFacts, provenance } = decision;
  return { claimId, measure, outcome, payee, amount, lines, reasons, missingFacts, trace: steps, provenance };
}

/**
 * A decision rebuilt from its written form and the output's parameter table: every
 * {@link ParameterUse} whole again (value, citation, layer, overrides from the entry its
 * hash names), equal to the decision as it was decided. Each entry is checked against
 * its hash once (the table's entries are read-only: one checked is not checked again). Throws a
 * {@link SkillsSubsidyError} (`invalid_argument`, naming the trace step and the hash)
 * when the table has no entry for a hash, or the entry does not hash to its key.
 * @example
 * import { readFileSync } from "node:fs";
 * const parsed = parseClaimsDocument(JSON.parse(readFileSync("docs/examples/my-first-claims.json", "utf8")));
 * const decision = parsed.ok ? evaluateBatch(nationalPolicy(), parsed.value.document).decisions[0] : undefined;
 * const table = new Map();
 * const written = decision === undefined ? undefined : writtenDecision(decision, table);
 * const rebuilt = written === undefined ? undefined : rebuildDecision(JSON.parse(JSON.stringify(written)), Object.fromEntries(table));
 * JSON.stringify(rebuilt) === JSON.stringify(decision) // → true
 */
export function rebuildDecision(written: WrittenDecision, table: ParameterTable | ReadonlyMap<string, ParameterEntry>): Decision {
  assertWrittenShape(written, table);
  const lookup = table instanceof Map ? (hash: string) => (table as ReadonlyMap<string, ParameterEntry>).get(hash) : (hash: string) => (Object.hasOwn(table, hash) ? (table as ParameterTable)[hash] : undefined);
  const trace = written.trace.map((step, s) => {
    if (step.parameters.length === 0) return step as unknown as TraceStep;
    const parameters = step.parameters.map((use, p): ParameterUse => {
      const at = `trace[${s}].parameters[${p}].hash`;
      const entry = lookup(use.hash);
      if (entry === undefined) {
        throw new SkillsSubsidyError(
          "invalid_argument",
          { zh: `${written.claimId} 的 ${at}：参数表中没有散列值为 ${use.hash} 的参数值（参数 ${use.parameter}）`, en: `${written.claimId} ${at}: the parameter table has no entry ${use.hash} (parameter ${use.parameter})` },
          { facts: { claimId: written.claimId, path: at, hash: use.hash, parameter: use.parameter } },
        );
      }
      if (typeof entry !== "object" || entry === null || checked.get(entry) !== use.hash) {
        // A table read from JSON may hold anything under a hash: only an object can be the entry.
        if (typeof entry !== "object" || entry === null || parameterEntryHash({ value: entry.value, citation: entry.citation, layer: entry.layer, via: entry.via }) !== use.hash) {
          throw new SkillsSubsidyError(
            "invalid_argument",
            { zh: `${written.claimId} 的 ${at}：参数表中散列值 ${use.hash} 下的参数值与其散列值不符`, en: `${written.claimId} ${at}: the parameter table's entry ${use.hash} does not hash to its key` },
            { facts: { claimId: written.claimId, path: at, hash: use.hash, parameter: use.parameter } },
          );
        }
        checked.set(entry, use.hash);
      }
      // Keys in the order the engine writes them (value, inForceFrom, layer, citation, via, missing).
      const full = { parameter: use.parameter, on: use.on, value: entry.value, inForceFrom: use.inForceFrom, layer: use.layer, citation: entry.citation, via: entry.via };
      return use.missing === undefined ? full : { ...full, missing: use.missing };
    });
    const { depth, rule, label, citation, layer, override, result } = step;
    return override === undefined ? { depth, rule, label, citation, layer, parameters, result } : { depth, rule, label, citation, layer, override, parameters, result };
  });
  const { claimId, measure, outcome, payee, amount, lines, reasons, missingFacts, provenance } = written;
  return { claimId, measure, outcome, payee, amount, lines, reasons, missingFacts, trace, provenance };
}

/**
 * What {@link rebuildDecision} reads of its input, checked before it reads it: a written
 * decision read from JSON may be anything, and a bad one is the coded, bilingual
 * `invalid_argument` naming the place, never a TypeError.
 */
function assertWrittenShape(written: unknown, table: unknown): asserts written is WrittenDecision {
  const bad = (at: string): never => {
    throw new SkillsSubsidyError("invalid_argument", { zh: `重建决定：${at} 的形式不对`, en: `rebuilding a decision: ${at} is not of the written form` }, { facts: { path: at } });
  };
  if (table === null || typeof table !== "object") bad("table");
  if (written === null || typeof written !== "object" || Array.isArray(written)) bad("decision");
  const trace = (written as { trace?: unknown }).trace;
  if (!Array.isArray(trace)) bad("trace");
  (trace as unknown[]).forEach((step, s) => {
    if (step === null || typeof step !== "object") bad(`trace[${s}]`);
    const parameters = (step as { parameters?: unknown }).parameters;
    if (!Array.isArray(parameters)) bad(`trace[${s}].parameters`);
    (parameters as unknown[]).forEach((use, p) => {
      if (use === null || typeof use !== "object" || typeof (use as { hash?: unknown }).hash !== "string") bad(`trace[${s}].parameters[${p}].hash`);
    });
  });
}
