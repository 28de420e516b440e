/**
 * Decisions and how they are made. A measure's rule returns a {@link Finding}: its
 * outcome, payee, paid lines, reasons and missing facts. The engine wraps it into a
 * {@link Decision} with the trace of every rule used and parameter read, the layer
 * each came from, and a provenance stamp.
 */
import type { Citation } from "./citation.js";
import type { CivilDate } from "./date.js";
import type { Fact, Facts, Message, ReasonCode } from "./issues.js";
import type { Layer, OverrideKind, Policy, Resolved, Rule, RuleContext, Unresolved } from "./layer.js";
import type { Amount, Yuan } from "./money.js";
import { amount, toYuan } from "./money.js";
import type { Label, Parameter } from "./parameter.js";
import { valueAt } from "./parameter.js";

export type Outcome = "granted" | "denied" | "undecidable";

export interface Payee {
  readonly kind: "trainee" | "organizer" | "enterprise";
  readonly id: string;
}

/** One reason for a decision: a code, the provision and clause, the facts that decided. */
export interface Reason {
  readonly code: ReasonCode;
  readonly citation: Citation;
  readonly facts: Facts;
}

/** A reason with its messages in Chinese and English. */
export interface ExplainedReason extends Reason {
  readonly message: Message;
}

/** A paid line as a rule computes it: exact, not yet rounded. */
export interface LineDraft {
  readonly label: Label;
  readonly citation: Citation;
  readonly payee: Payee;
  readonly quantity: number;
  readonly unit: string;
  readonly rate: Amount;
  /** Defaults to `rate × quantity`. */
  readonly amount?: Amount;
  readonly fund?: string;
  /** The layer whose parameter set the rate. */
  readonly layer: string;
}

/** A paid line of a decision, rounded once, half-up to the fen. */
export interface Line {
  readonly label: Label;
  readonly citation: Citation;
  readonly payee: Payee;
  readonly quantity: number;
  readonly unit: string;
  readonly rate: Yuan;
  readonly amount: Yuan;
  readonly fund?: string;
  readonly layer: string;
}

/** What a measure's rule finds. */
export interface Finding {
  readonly outcome: Outcome;
  readonly payee: Payee | null;
  readonly lines: readonly LineDraft[];
  readonly reasons: readonly Reason[];
  /** For `undecidable`: the record fields that would decide the claim. */
  readonly missingFacts: readonly string[];
  /** Keys for the ledger when granted: the basis date and the occupation-and-level. */
  readonly basis?: { readonly date: CivilDate; readonly occupationCode?: string; readonly level?: string };
}

export interface ParameterUse {
  readonly parameter: string;
  readonly on: CivilDate;
  /** The value in force, or `null` when none is. */
  readonly value: unknown;
  readonly inForceFrom: CivilDate | null;
  readonly layer: string;
  readonly citation: Citation;
  readonly via: readonly { readonly layer: string; readonly kind: OverrideKind }[];
  /** Why no value is in force, when none is. */
  readonly missing?: "no_values" | "not_yet" | "ended";
}

/** One step of a trace: a rule that ran, where it came from, the parameters it read, what it returned. */
export interface TraceStep {
  readonly depth: number;
  readonly rule: string;
  readonly label: Label;
  readonly citation: Citation;
  /** The layer whose rule (or override) decided this step. */
  readonly layer: string;
  readonly override?: { readonly kind: OverrideKind; readonly label: Label };
  readonly parameters: readonly ParameterUse[];
  readonly result: Fact;
}

export interface Provenance {
  readonly library: string;
  readonly version: string;
  readonly policy: { readonly id: string; readonly hash: string; readonly layers: readonly string[] };
  /** The date the claim was judged on. */
  readonly judgedOn: CivilDate;
}

/** A decision on one claim: everything needed to check it against the texts. */
export interface Decision {
  readonly claimId: string;
  readonly measure: string;
  readonly outcome: Outcome;
  readonly payee: Payee | null;
  /** Sum of the lines for `granted`, `"0.00"` for `denied`, `null` for `undecidable`. */
  readonly amount: Yuan | null;
  readonly lines: readonly Line[];
  readonly reasons: readonly ExplainedReason[];
  readonly missingFacts: readonly string[];
  readonly trace: readonly TraceStep[];
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
    // A route (pre-job, safety training) carries its checks.
    if (Array.isArray(v["checks"])) return summarise(v["checks"]);
  }
  return null;
}

/**
 * The engine's implementation of {@link RuleContext}: resolves parameters and rules
 * through the policy's chain and writes the trace.
 */
export class Evaluation implements RuleContext {
  readonly on: CivilDate;
  readonly policy: Policy;
  readonly steps: TraceStep[] = [];
  #frames: ParameterUse[][] = [];

  constructor(policy: Policy, on: CivilDate) {
    this.policy = policy;
    this.on = on;
  }

  param<T>(parameter: Parameter<T>, date: CivilDate): Resolved<T> | Unresolved {
    const result = resolveParameter(this.policy, parameter, date);
    const frame = this.#frames[this.#frames.length - 1];
    if (frame !== undefined) {
      frame.push({
        parameter: parameter.id,
        on: date,
        value: "value" in result ? result.value : null,
        inForceFrom: "value" in result ? result.from : null,
        layer: result.layer,
        citation: result.citation,
        via: "via" in result ? result.via.map((v) => ({ layer: v.layer, kind: v.kind })) : [],
        ...("reason" in result ? { missing: result.reason } : {}),
      });
    }
    return result;
  }

  use<I, O>(rule: Rule<I, O>, input: I): O {
    const chain = this.policy.ruleChains.get(rule.id);
    let run = rule.run as (ctx: RuleContext, input: I) => O;
    let layer = chain?.layer.id ?? "(unbound)";
    let override: TraceStep["override"];
    let citation = rule.citation;
    for (const entry of chain?.overrides ?? []) {
      const o = entry.override;
      if (o.kind === "replace" || (o.applies as (ctx: RuleContext, input: I) => boolean)(this, input)) {
        run = o.run as (ctx: RuleContext, input: I) => O;
        layer = entry.layer.id;
        override = { kind: o.kind, label: o.label };
        citation = o.citation;
        break;
      }
    }
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
    this.steps[index] = {
      depth,
      rule: rule.id,
      label: rule.label,
      citation,
      layer,
      ...(override === undefined ? {} : { override }),
      parameters: frame,
      result: summarise(output),
    };
    return output;
  }
}

/**
 * A parameter's value on `date` as the policy's chain decides it: the declaring
 * layer's value, then each override from the most general layer down.
 */
export function resolveParameter<T>(policy: Policy, parameter: Parameter<T>, date: CivilDate): Resolved<T> | Unresolved {
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

/** True when a parameter resolved to a value in force. */
export function isResolved<T>(r: Resolved<T> | Unresolved): r is Resolved<T> {
  return "value" in r;
}

/** Rounds a drafted line once and writes it out. */
export function finishLine(draft: LineDraft): Line {
  const exact = draft.amount ?? draft.rate.times(draft.quantity);
  return {
    label: draft.label,
    citation: draft.citation,
    payee: draft.payee,
    quantity: draft.quantity,
    unit: draft.unit,
    rate: toYuan(draft.rate),
    amount: toYuan(exact),
    ...(draft.fund === undefined ? {} : { fund: draft.fund }),
    layer: draft.layer,
  };
}

/** The layer ids of a policy, most general first. */
export function layerIds(layers: readonly Layer[]): string[] {
  return layers.map((l) => l.id);
}

/** The result of one eligibility check: passed, failed, or cannot tell (with the facts that would tell). */
export interface Check {
  readonly pass: boolean | "unknown";
  readonly reason: Reason;
  /** Record fields that would decide an `unknown` check, e.g. `trainee.hukouRegion`. */
  readonly missing?: readonly string[];
}

/**
 * Folds checks into an outcome: any failed check denies (whatever else is unknown);
 * otherwise any unknown check makes the claim undecidable; otherwise all passed.
 * A denial lists the failed checks, an undecidable the unknown ones, a grant all.
 */
export function combineChecks(checks: readonly Check[]): { outcome: Outcome; reasons: Reason[]; missingFacts: string[] } {
  const failed = checks.filter((c) => c.pass === false);
  if (failed.length > 0) return { outcome: "denied", reasons: failed.map((c) => c.reason), missingFacts: [] };
  const unknown = checks.filter((c) => c.pass === "unknown");
  if (unknown.length > 0) {
    return { outcome: "undecidable", reasons: unknown.map((c) => c.reason), missingFacts: [...new Set(unknown.flatMap((c) => c.missing ?? []))] };
  }
  return { outcome: "granted", reasons: checks.map((c) => c.reason), missingFacts: [] };
}

/**
 * The days in `[start, end]` on which the parameter's value may change, start first,
 * across the declaring layer and every override: the pieces over which one value holds.
 */
export function parameterChangePoints(policy: Policy, parameter: Parameter<unknown>, start: CivilDate, end: CivilDate): CivilDate[] {
  const chain = policy.parameterChains.get(parameter.id);
  const dates = new Set<string>();
  for (const entry of chain?.parameter.values ?? parameter.values) dates.add(entry.from);
  for (const { override } of chain?.overrides ?? []) {
    for (const entry of override.values) dates.add(entry.from);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: adding an absent until (undefined) would change nothing, as it is never inside the span
    if (override.kind === "replace" && override.until !== undefined) dates.add(override.until);
  }
  const inside = [...dates].filter((d) => d > start && d <= end).sort() as CivilDate[];
  return [start, ...inside];
}
