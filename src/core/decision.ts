/**
 * Decisions and how they are made. A measure's rule returns a {@link Finding}: its
 * outcome, payee, paid lines, reasons and missing facts. The engine wraps it into a
 * {@link Decision} with the trace of every rule used and parameter read, the layer
 * each came from, and a provenance stamp.
 */
import type { Citation } from "./citation.js";
import type { CivilDate } from "./date.js";
import type { Fact, Message, ReasonCode, ReasonFacts } from "./issues.js";
import type { ExtensionEntry, ExtensionPoint, Layer, OverrideKind, Policy, Resolved, Rule, RuleContext, RuleDays, Unresolved } from "./layer.js";
import { extensionsOf, overrideInForce } from "./layer.js";
import type { Amount, Yuan } from "./money.js";
import { amount, yuanOf } from "./money.js";
import type { Label, Parameter } from "./parameter.js";
import { valueAt } from "./parameter.js";
import { isCivilDate } from "./date.js";
import { checkArgument, checkPolicy, isObject } from "../arguments.js";

/** A decision's outcome. `undecidable` is never a zero in disguise: it lists the missing facts. */
export type Outcome = "granted" | "denied" | "undecidable";

/** Who is paid: the trainee, the training organizer, or the enterprise. */
export interface Payee {
  /** The kind of payee. */
  readonly kind: "trainee" | "organizer" | "enterprise";
  /** The payee's record id. */
  readonly id: string;
}

/** One reason with the code `C`: the code, the provision and clause, and the facts of that code. */
export interface ReasonOf<C extends ReasonCode> {
  /** The reason code, one of {@link REASON_CODES}. */
  readonly code: C;
  /** The provision and clause the reason applies. */
  readonly citation: Citation;
  /** The facts that decided, by name (they fill in the messages): {@link ReasonFacts} of the code. */
  readonly facts: ReasonFacts[C];
}

/**
 * One reason for a decision: a code, the provision and clause, the facts that decided.
 * A union over the codes: testing `code` narrows `facts` to that code's {@link ReasonFacts}.
 * @example
 * const r: Reason = reason("living_allowance_days", cite("gbf2019.local-standards", "§(十二)"), { rate: ["40.00"], days: 7 });
 * r.code === "living_allowance_days" ? r.facts.days : 0 // → 7
 */
export type Reason = { [C in ReasonCode]: ReasonOf<C> }[ReasonCode];

/**
 * A reason, its facts checked against its code: what a rule returns.
 * @example reason("duplicate_claim", cite("gbf2019.annual-cap", "§(十二)"), { claimId: "A1" }).facts.claimId // → "A1"
 */
export function reason<C extends ReasonCode>(code: C, citation: Citation, facts: ReasonFacts[C]): ReasonOf<C> {
  return { code, citation, facts };
}

/** A reason with the code `C` and its messages in Chinese and English. */
export interface ExplainedReasonOf<C extends ReasonCode> extends ReasonOf<C> {
  /** The reason in words, Chinese and English. */
  readonly message: Message;
}

/** A reason with its messages in Chinese and English (a union over the codes, as {@link Reason}). */
export type ExplainedReason = { [C in ReasonCode]: ExplainedReasonOf<C> }[ReasonCode];

/** A paid line as a rule computes it: exact, not yet rounded. */
export interface LineDraft {
  /** What is paid, in Chinese and English. */
  readonly label: Label;
  /** The provision that sets the rate. */
  readonly citation: Citation;
  /** Who is paid. */
  readonly payee: Payee;
  /** How many units (days, months, certificates …). */
  readonly quantity: number;
  /** The unit of `quantity`, e.g. `day`. */
  readonly unit: string;
  /** Yuan per unit, exact. */
  readonly rate: Amount;
  /** Defaults to `rate × quantity`. */
  readonly amount?: Amount;
  /** The fund that pays, when the text names one (see {@link SUBSIDY_FUNDS}). */
  readonly fund?: string;
  /** The layer whose parameter set the rate. */
  readonly layer: string;
}

/** A paid line of a decision, rounded once, half-up to the fen. */
export interface Line {
  /** What is paid, in Chinese and English. */
  readonly label: Label;
  /** The provision that sets the rate. */
  readonly citation: Citation;
  /** Who is paid. */
  readonly payee: Payee;
  /** How many units. */
  readonly quantity: number;
  /** The unit of `quantity`, e.g. `day`. */
  readonly unit: string;
  /** Yuan per unit. */
  readonly rate: Yuan;
  /** The line's amount in yuan (rate × quantity unless the rule capped it). */
  readonly amount: Yuan;
  /** The fund that pays, when the text names one. */
  readonly fund?: string;
  /** The layer whose parameter set the rate. */
  readonly layer: string;
}

/** What a measure's rule finds. */
export interface Finding {
  /** Granted, denied or undecidable. */
  readonly outcome: Outcome;
  /** Who is paid when granted. */
  readonly payee: Payee | null;
  /** The paid lines, exact. */
  readonly lines: readonly LineDraft[];
  /** Why: the checks that decided. */
  readonly reasons: readonly Reason[];
  /** For `undecidable`: the record fields that would decide the claim. */
  readonly missingFacts: readonly string[];
  /**
   * Keys for the ledger when granted: the basis date, the occupation-and-level, and the
   * pay-once keys (reading: pay-once-basis) — what the claim pays for (a course's days, an
   * apprenticeship's months, a certificate, a package), each paid at most once.
   */
  readonly basis?: { readonly date: CivilDate; readonly occupationCode?: string; readonly level?: string; readonly keys?: readonly string[]; readonly months?: readonly string[]; readonly courseId?: string };
}

/** One parameter read during a decision, as the trace records it. */
export interface ParameterUse {
  /** The parameter's id. */
  readonly parameter: string;
  /** The date it was read for. */
  readonly on: CivilDate;
  /** The value in force, or `null` when none is. */
  readonly value: unknown;
  /** First day of the entry in force. */
  readonly inForceFrom: CivilDate | null;
  /** The layer whose value decided. */
  readonly layer: string;
  /** Where that value is written. */
  readonly citation: Citation;
  /** The overrides that shaped the value. */
  readonly via: readonly { readonly layer: string; readonly kind: OverrideKind }[];
  /** Why no value is in force, when none is. */
  readonly missing?: "no_values" | "not_yet" | "ended";
}

/** One step of a trace: a rule that ran, where it came from, the parameters it read, what it returned. */
export interface TraceStep {
  /** Nesting: 0 for the measure's rule, 1 for a rule it used, … */
  readonly depth: number;
  /** The rule's id. */
  readonly rule: string;
  /** The rule's label. */
  readonly label: Label;
  /** The provision of the rule (or of the override that decided). */
  readonly citation: Citation;
  /** The layer whose rule (or override) decided this step. */
  readonly layer: string;
  /** The override that decided, when one did. */
  readonly override?: { readonly kind: OverrideKind; readonly label: Label };
  /** The parameters the step read. */
  readonly parameters: readonly ParameterUse[];
  /** What the rule returned, summarised (`true`, `false`, `"unknown"`, an outcome …). */
  readonly result: Fact;
}

/** What produced a decision: the library and version, the policy and its content hash, the day judged on. */
export interface Provenance {
  /** Always `skills-subsidy`. */
  readonly library: string;
  /** The library version ({@link VERSION}). */
  readonly version: string;
  /** The policy's id, content hash and layer ids. */
  readonly policy: { readonly id: string; readonly hash: string; readonly layers: readonly string[] };
  /** The date the claim was judged on. */
  readonly judgedOn: CivilDate;
}

/** A decision on one claim: everything needed to check it against the texts. */
export interface Decision {
  /** The claim decided. */
  readonly claimId: string;
  /** Its measure. */
  readonly measure: string;
  /** Granted, denied or undecidable. */
  readonly outcome: Outcome;
  /** Who is paid when granted. */
  readonly payee: Payee | null;
  /** Sum of the lines for `granted`, `"0.00"` for `denied`, `null` for `undecidable`. */
  readonly amount: Yuan | null;
  /** What the amount is made of: rate × quantity, provision, layer. */
  readonly lines: readonly Line[];
  /** Why, with the provision, the deciding facts and messages in Chinese and English. */
  readonly reasons: readonly ExplainedReason[];
  /** For `undecidable`: the record fields (or `parameter <id>`) that would decide. */
  readonly missingFacts: readonly string[];
  /** Every rule that ran and every parameter it read, with the layer each came from. */
  readonly trace: readonly TraceStep[];
  /** Library version, policy id and hash, the date judged on. */
  readonly provenance: Provenance;
}

/** Summarises a rule's return value for the trace. */
function summarise(value: unknown): Fact {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  // A list of checks (a rule that adds several): false if any fails, else unknown if any is unknown, else true; an empty list is null.
  if (Array.isArray(value)) {
    const passes = value.map((c) => (c as { readonly pass?: unknown } | null | undefined)?.pass);
    if (passes.length === 0 || passes.some((p) => p !== true && p !== false && p !== "unknown")) return null;
    return passes.includes(false) ? false : passes.includes("unknown") ? "unknown" : true;
  }
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v["outcome"] === "string") return v["outcome"];
    if (typeof v["pass"] === "boolean" || v["pass"] === "unknown") return v["pass"] as Fact;
    // A route carries its checks.
    if (Array.isArray(v["checks"])) return summarise(v["checks"]);
    // An adjustment (a standard with its reason) is summarised by its reason's code.
    const reason = v["reason"] as { readonly code?: unknown } | null | undefined;
    if (typeof reason?.code === "string") return reason.code;
  }
  return null;
}

/** The overrides of a resolution as the trace lists them: one frozen list per resolution, shared by every use of it (and the key of its content hash, see trace.ts). */
const vias = new WeakMap<Resolved<unknown> | Unresolved, ParameterUse["via"]>();

function tracedVia(result: Resolved<unknown> | Unresolved): ParameterUse["via"] {
  let via = vias.get(result);
  if (via === undefined) {
    via = Object.freeze("via" in result ? result.via.map((v) => Object.freeze({ layer: v.layer, kind: v.kind })) : []);
    vias.set(result, via);
  }
  return via;
}

/**
 * The engine's implementation of {@link RuleContext}: resolves parameters and rules
 * through the policy's chain and writes the trace.
 */
export class Evaluation implements RuleContext {
  readonly on: CivilDate;
  readonly policy: Policy;
  readonly steps: TraceStep[] = [];
  /** False when the caller wants the finding only: no trace steps are written. */
  readonly #trace: boolean;
  readonly #timelines: Timelines;
  /** The day a dated rule override is asked about when the rule's caller names no days: the claim's basis, else the day judged. */
  readonly #basis: RuleDays;
  #frames: ParameterUse[][] = [];

  constructor(policy: Policy, on: CivilDate, options: { readonly trace?: boolean; readonly basis?: CivilDate } = {}) {
    this.policy = policy;
    this.on = on;
    this.#trace = options.trace ?? true;
    this.#timelines = timelinesOf(policy);
    const day = options.basis ?? on;
    this.#basis = { first: day, last: day };
  }

  param<T>(parameter: Parameter<T>, date: CivilDate): Resolved<T> | Unresolved {
    const result = resolvedOn(this.policy, parameter, date, this.#timelines);
    // Frames are pushed only when tracing: a lean evaluation records nothing.
    if (!this.#trace) return result;
    const frame = this.#frames[this.#frames.length - 1];
    if (frame !== undefined) {
      // Two literals rather than a conditional spread (a slow path in V8); `missing` last.
      if ("value" in result) frame.push({ parameter: parameter.id, on: date, value: result.value, inForceFrom: result.from, layer: result.layer, citation: result.citation, via: tracedVia(result) });
      else frame.push({ parameter: parameter.id, on: date, value: null, inForceFrom: null, layer: result.layer, citation: result.citation, via: tracedVia(result), missing: result.reason });
    }
    return result;
  }

  use<I, O>(rule: Rule<I, O>, input: I, days?: RuleDays): O {
    const chain = this.policy.ruleChains.get(rule.id);
    let run = rule.run as (ctx: RuleContext, input: I) => O;
    // The override that decides, if one does (what the trace names is written only when tracing).
    let decided: NonNullable<typeof chain>["overrides"][number] | undefined;
    if (chain !== undefined) {
      for (const entry of chain.overrides) {
        const o = entry.override;
        // A dated override governs its own days: on the days asked (by default the claim's basis) or not at all.
        if ((o.from !== undefined || o.until !== undefined) && !overrideInForce(o, days ?? this.#basis)) continue;
        if (o.kind === "replace" || (o.applies as (ctx: RuleContext, input: I) => boolean)(this, input)) {
          run = o.run as (ctx: RuleContext, input: I) => O;
          decided = entry;
          break;
        }
      }
    }
    if (!this.#trace) return run(this, input);
    const layer = decided !== undefined ? decided.layer.id : (chain?.layer.id ?? "(unbound)");
    const override: TraceStep["override"] = decided === undefined ? undefined : { kind: decided.override.kind, label: decided.override.label };
    const citation = decided === undefined ? rule.citation : decided.override.citation;
    const depth = this.#frames.length;
    const index = this.steps.length;
    this.steps.push(undefined as unknown as TraceStep); // keep the step's place before its children
    const frame: ParameterUse[] = [];
    this.#frames.push(frame);
    let output: O;
    try {
      output = run(this, input);
    } finally {
      this.#frames.pop();
    }
    // Two literals rather than a conditional spread; `override` between `layer` and `parameters`.
    this.steps[index] =
      override === undefined
        ? { depth, rule: rule.id, label: rule.label, citation, layer, parameters: frame, result: summarise(output) }
        : { depth, rule: rule.id, label: rule.label, citation, layer, override, parameters: frame, result: summarise(output) };
    return output;
  }

  extended<I, O>(point: ExtensionPoint<I, O>, input: I, date: CivilDate): O[] {
    const out: O[] = [];
    this.fold(point, input, date, (same, output) => {
      out.push(output);
      return same;
    });
    return out;
  }

  fold<I, O>(point: ExtensionPoint<I, O>, input: I, date: CivilDate, next: (input: I, output: O) => I): I {
    let current = input;
    for (const entry of extensionsOn(this.policy, point as unknown as ExtensionPoint<never, unknown>, date, this.#timelines)) {
      if (entry.applies !== undefined && !(entry.applies as (ctx: RuleContext, input: I) => boolean)(this, current)) continue;
      current = next(current, this.use(entry.rule as unknown as Rule<I, O>, current));
    }
    return current;
  }
}

/**
 * The pieces of a parameter's timeline under one policy: `starts[i]` is the first day
 * of piece i (the first piece starts at the beginning of time), `answers[i]` the
 * resolution that holds throughout it. Built once per policy and parameter, so a
 * batch resolves a parameter by a search over a few dates instead of re-walking the
 * chain of layers for every claim.
 */
interface Timeline {
  readonly starts: readonly string[];
  readonly answers: (Resolved<unknown> | Unresolved | undefined)[];
}

/** A policy's timelines: by parameter object (the usual lookup), and by id for parameters the chains declare; and its extension points' entries by point id. */
interface Timelines {
  readonly byObject: Map<Parameter<unknown>, Timeline>;
  readonly byId: Map<string, Timeline>;
  readonly extensions: Map<string, ExtensionPieces>;
}

/**
 * An extension point's entries under one policy, by piece of time: `starts[i]` is the
 * first day of piece i (the first piece starts at the beginning of time), `inForce[i]`
 * the entries in force throughout it, as {@link extensionsOf} lists them for any date
 * of the piece. Built once per policy and point, each piece's list on first use.
 */
interface ExtensionPieces {
  readonly all: readonly ExtensionEntry[];
  readonly starts: readonly string[];
  readonly inForce: (readonly ExtensionEntry[] | undefined)[];
}

/** {@link extensionsOf} on a date, answered from the point's pieces (the lists are shared and read-only). */
function extensionsOn(policy: Policy, point: ExtensionPoint<never, unknown>, date: string, cache: Timelines): readonly ExtensionEntry[] {
  let pieces = cache.extensions.get(point.id);
  if (pieces === undefined) {
    const all = extensionsOf(policy, point);
    const points = new Set<string>(["0000-01-01"]);
    for (const e of all) {
      if (e.from !== null) points.add(e.from);
      if (e.until !== null) points.add(e.until);
    }
    const starts = [...points].sort();
    pieces = { all, starts, inForce: starts.map(() => undefined) };
    cache.extensions.set(point.id, pieces);
  }
  if (pieces.all.length === 0) return pieces.all;
  const { starts, inForce } = pieces;
  const lo = pieceOf(starts, date);
  let list = inForce[lo];
  if (list === undefined) {
    // The same test as extensionsOf's, for the piece's first day: no entry starts or ends inside a piece.
    const day = starts[lo] as string;
    list = pieces.all.filter((e) => !((e.from !== null && day < e.from) || (e.until !== null && day >= e.until)));
    inForce[lo] = list;
  }
  return list;
}

/** The piece of a timeline `date` falls in: the last of the sorted first days `starts` (the first is the beginning of time) on or before it. */
function pieceOf(starts: readonly string[], date: string): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as string) <= date) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const timelines = new WeakMap<Policy, Timelines>();

/** The timelines of a policy, made on first use. */
export function timelinesOf(policy: Policy): Timelines {
  let cache = timelines.get(policy);
  if (cache === undefined) {
    cache = { byObject: new Map(), byId: new Map(), extensions: new Map() };
    timelines.set(policy, cache);
  }
  return cache;
}

function timelineOf(policy: Policy, parameter: Parameter<unknown>, cache: Timelines = timelinesOf(policy)): Timeline {
  const known = cache.byObject.get(parameter);
  if (known !== undefined) return known;
  // Copies of one declared parameter (a layer's `withValues`) share the chain's timeline.
  const chain = policy.parameterChains.get(parameter.id);
  let timeline = chain === undefined ? undefined : cache.byId.get(parameter.id);
  if (timeline === undefined) {
    const points = new Set<string>(["0000-01-01"]);
    for (const entry of chain?.parameter.values ?? parameter.values) points.add(entry.from);
    for (const { override } of chain?.overrides ?? []) {
      for (const entry of override.values) points.add(entry.from);
      if (override.kind === "replace" && override.until !== undefined) points.add(override.until);
    }
    const starts = [...points].sort();
    timeline = { starts, answers: starts.map(() => undefined) };
    if (chain !== undefined) cache.byId.set(parameter.id, timeline);
  }
  cache.byObject.set(parameter, timeline);
  return timeline;
}

/**
 * {@link resolveParameter}, answered from the parameter's timeline: the same result for
 * every date of one piece, computed once per piece and shared (results are read-only).
 */
export function resolvedOn<T>(policy: Policy, parameter: Parameter<T>, date: CivilDate, cache?: Timelines): Resolved<T> | Unresolved {
  const timeline = timelineOf(policy, parameter as Parameter<unknown>, cache);
  const { starts, answers } = timeline;
  const lo = pieceOf(starts, date);
  const known = answers[lo];
  if (known !== undefined) return known as Resolved<T> | Unresolved;
  const answer = resolveParameterOn(policy, parameter, starts[lo] as CivilDate);
  answers[lo] = answer;
  return answer;
}

/**
 * A parameter's value on `date` as the policy's chain decides it: the declaring
 * layer's value, then each override from the most general layer down.
 * @example
 * const r = resolveParameter(nationalPolicy(), annualCapLimit, civilDate("2020-03-02"));
 * isResolved(r) && [r.value, r.layer, r.citation.provision] // → [3,"national.gbf2019","gbf2019.annual-cap"]
 * resolveParameter(nationalPolicy(), livingAllowanceDailyRate, civilDate("2020-03-02")).layer // → "national.gbf2019"
 * @throws SkillsSubsidyError `invalid_argument` naming the argument when `policy` is not a policy, `parameter` not a
 * parameter, or `date` not a date `YYYY-MM-DD` that exists (`2021-02-29`, `2020-6-1`, a `Date` are refused: the value
 * in force on a day that does not exist is no answer).
 */
export function resolveParameter<T>(policy: Policy, parameter: Parameter<T>, date: CivilDate): Resolved<T> | Unresolved {
  checkPolicy(policy);
  checkArgument(isObject(parameter) && typeof parameter["id"] === "string", "parameter", PARAMETER, parameter);
  checkArgument(isCivilDate(date), "date", CIVIL_DATE, date);
  return resolveParameterOn(policy, parameter, date);
}

const PARAMETER = { zh: "参数（如 livingAllowanceDailyRate）", en: "a parameter (as livingAllowanceDailyRate)" };
const CIVIL_DATE = { zh: "存在的日期 YYYY-MM-DD（字符串）", en: "a date YYYY-MM-DD that exists (a string)" };

/**
 * `resolveParameter` of arguments already known good (the engine's and the library's own calls, on the deciding path):
 * not checked again.
 */
export function resolveParameterOn<T>(policy: Policy, parameter: Parameter<T>, date: CivilDate): Resolved<T> | Unresolved {
  const chain = policy.parameterChains.get(parameter.id);
  const base = chain?.parameter ?? (parameter as Parameter<unknown>);
  const declaredBy = chain?.layer.id ?? "(not in policy)";
  const first = valueAt(base, date);
  let current: Resolved<unknown> | Unresolved = first.inForce
    ? { parameter: parameter.id, value: first.value, from: first.from, layer: declaredBy, citation: first.citation, via: [] }
    : { parameter: parameter.id, reason: first.reason, layer: declaredBy, citation: base.citation };

  for (const { override, layer } of chain?.overrides ?? []) {
    const own = valueAt({ ...base, values: override.values as Parameter<unknown>["values"], citation: override.citation }, date);
    if (override.kind === "replace") {
      if (override.until !== undefined && date >= override.until) continue; // the override's window is over
      if (own.inForce) {
        current = { parameter: parameter.id, value: own.value, from: own.from, layer: layer.id, citation: own.citation, via: [...viaOf(current), { layer: layer.id, kind: "replace", label: override.label }] };
      } else if (own.reason === "ended") {
        current = { parameter: parameter.id, reason: "ended", layer: layer.id, citation: override.citation };
      }
      continue;
    }
    if (!own.inForce || !("value" in current)) continue;
    const mine = own.value as string;
    const above = current.value as string;
    const next = override.kind === "cap" ? capAmount(above, mine) : addAmounts(above, mine);
    current = {
      parameter: parameter.id,
      value: next,
      from: own.from > current.from ? own.from : current.from,
      layer: layer.id,
      citation: own.citation,
      via: [...current.via, { layer: layer.id, kind: override.kind, label: override.label }],
    };
  }
  return current as Resolved<T> | Unresolved;
}

function viaOf(r: Resolved<unknown> | Unresolved): Resolved<unknown>["via"] {
  return "via" in r ? r.via : [];
}

function capAmount(value: string, cap: string): string {
  return amount(value).lessThanOrEqualTo(amount(cap)) ? value : cap;
}

/** Exact sum of two decimal strings (no rounding: parameters carry at most two decimals). */
function addAmounts(a: string, b: string): string {
  return amount(a).plus(amount(b)).toString();
}

/**
 * True when a parameter resolved to a value in force.
 * @example isResolved(resolveParameter(nationalPolicy(), livingAllowanceDailyRate, civilDate("2020-03-02"))) // → false
 */
export function isResolved<T>(r: Resolved<T> | Unresolved): r is Resolved<T> {
  return "value" in r;
}

/** Rounds a drafted line once and writes it out. */
export function finishLine(draft: LineDraft): Line {
  const exact = draft.amount ?? draft.rate.times(draft.quantity);
  const { label, citation, payee, quantity, unit, fund, layer } = draft;
  const rate = yuanOf(draft.rate);
  const paid = yuanOf(exact);
  // Two literals rather than a conditional spread (a slow path in V8); `fund` stays before `layer`.
  return fund === undefined ? { label, citation, payee, quantity, unit, rate, amount: paid, layer } : { label, citation, payee, quantity, unit, rate, amount: paid, fund, layer };
}

/** The layer ids of a policy, most general first. */
export function layerIds(layers: readonly Layer[]): string[] {
  return layers.map((l) => l.id);
}

/** The result of one eligibility check: passed, failed, or cannot tell (with the facts that would tell). */
export interface Check {
  /** Passed, failed, or cannot tell. */
  readonly pass: boolean | "unknown";
  /** The reason, whichever way the check went. */
  readonly reason: Reason;
  /** Record fields that would decide an `unknown` check, e.g. `trainee.hukouRegion`. */
  readonly missing?: readonly string[];
}

/**
 * The outcome {@link combineChecks} folds the checks into, without listing reasons or facts
 * (for a rule that only asks whether to go on).
 * @example
 * const c = cite("gbf2019.living-allowance-groups", "§(十一)");
 * outcomeOf([{ pass: true, reason: reason("in_living_allowance_group", c, { groups: ["povertyRegistered"] }) }]) // → "granted"
 * outcomeOf([]) // → "granted"
 */
export function outcomeOf(checks: readonly Check[]): Outcome {
  let unknown = false;
  for (const c of checks) {
    if (c.pass === false) return "denied";
    if (c.pass === "unknown") unknown = true;
  }
  return unknown ? "undecidable" : "granted";
}

/**
 * Folds checks into an outcome: any failed check denies (whatever else is unknown);
 * otherwise any unknown check makes the claim undecidable; otherwise all passed.
 * A denial lists the failed checks, an undecidable the unknown ones, a grant all.
 * @example
 * const c = cite("gbf2019.living-allowance-groups", "§(十一)");
 * const ok: Check = { pass: true, reason: reason("in_living_allowance_group", c, { groups: ["povertyRegistered"] }) };
 * const unsure: Check = { pass: "unknown", reason: reason("residency_unknown", c, { region: "example.city", scheme: "national" }), missing: ["trainee.hukouRegion"] };
 * combineChecks([ok, unsure]).outcome // → "undecidable"
 * combineChecks([ok, unsure]).missingFacts // → ["trainee.hukouRegion"]
 * combineChecks([ok]).outcome // → "granted"
 */
export function combineChecks(checks: readonly Check[]): { outcome: Outcome; reasons: Reason[]; missingFacts: string[] } {
  // The outcome first (no list made), then the reasons it lists: most claims pass every check, so the common case allocates one list.
  const outcome = outcomeOf(checks);
  const reasons: Reason[] = [];
  if (outcome === "denied") {
    for (const c of checks) if (c.pass === false) reasons.push(c.reason);
    return { outcome, reasons, missingFacts: [] };
  }
  if (outcome === "undecidable") {
    const missing = new Set<string>();
    for (const c of checks) {
      if (c.pass !== "unknown") continue;
      reasons.push(c.reason);
      for (const field of c.missing ?? []) missing.add(field);
    }
    return { outcome, reasons, missingFacts: [...missing] };
  }
  for (const c of checks) reasons.push(c.reason);
  return { outcome: "granted", reasons, missingFacts: [] };
}

/**
 * The days in `[start, end]` on which the parameter's value may change, start first,
 * across the declaring layer and every override: the pieces over which one value holds.
 */
export function parameterChangePoints(policy: Policy, parameter: Parameter<unknown>, start: CivilDate, end: CivilDate): CivilDate[] {
  const points = [start];
  for (const day of timelineOf(policy, parameter).starts) if (day > start && day <= end) points.push(day as CivilDate);
  return points;
}
