/**
 * Jurisdiction layers. A policy is a chain of layers from the national texts down to
 * a prefecture (national → province → prefecture → county). A layer declares the
 * parameters and rules it introduces, and labelled overrides of what the layers above
 * declared (after Catala's `exception` and OpenFisca's reforms):
 *
 * - parameters: `replace` (its dated values take over where they are in force),
 *   `cap` (the value never exceeds the override's), `topUp` (the override's value is added);
 * - rules: `replace` (its function decides instead), `exception` (its function decides
 *   when its condition holds, else the rule above does);
 * - extension points: a rule (a measure's, typically) declares what a layer below may add
 *   to it — extra checks, routes to a standard, adjustments of the standard — as dated,
 *   list-valued {@link ExtensionPoint}s (after PolicyEngine's `adds`); a layer appends its
 *   own rules to them with {@link extend}. The national rule names no layer: it runs
 *   whatever the policy's layers appended, in force on the date, most general layer first.
 *
 * Configuration faults are found when the policy is built ({@link buildPolicy}), never
 * while deciding: a target not declared above, a parameter declared twice, two layers
 * of one level overriding the same thing, levels out of order, a value that breaks a
 * parameter's constraint.
 */
import { assert, type ErrorCode } from "./assert.js";
import type { Facts } from "./issues.js";
import type { Citation } from "./citation.js";
import type { CivilDate } from "./date.js";
import { isCivilDate } from "./date.js";
import type { DatedValue, Label, Parameter } from "./parameter.js";
import { defineParameter } from "./parameter.js";
import { checkParameterValues } from "../provisions/shapeCheck.js";
import { sha256 } from "./hash.js";
import { canonicalJson } from "./order.js";

/**
 * Layer levels, most general first. `reform` is not a level of government: it is a
 * labelled patch of parameter values appended after the most specific layer (see
 * `reform/`), so that "what if" questions run on the same chain and every value a
 * reform sets is named in the trace. Reform layers may only override parameters, and
 * several reform layers may override the same parameter: they stack, later over earlier.
 * @example LEVELS // → ["national","province","prefecture","county","reform"]
 */
export const LEVELS = ["national", "province", "prefecture", "county", "reform"] as const;
/** A layer's level: one of {@link LEVELS}. */
export type Level = (typeof LEVELS)[number];

/**
 * A rule: a named, cited function. `run` receives the evaluation context (parameters,
 * other rules, the ledger) and a typed input. Rules are pure: same input, same output.
 */
export interface Rule<I, O> {
  /** Stable id, e.g. `livingAllowance`; overrides and the trace name the rule by it. */
  readonly id: string;
  /** What the rule decides, in Chinese and English. */
  readonly label: Label;
  /** The provision the rule encodes. */
  readonly citation: Citation;
  /** The rule itself: pure, given the context and its input. */
  readonly run: (ctx: RuleContext, input: I) => O;
  /**
   * What a layer may add to the rule: the extension points it runs
   * ({@link RuleContext.extended}). Declared, with the rule, by the layer that declares or
   * binds it; a layer at or below it appends to them ({@link extend}).
   */
  readonly extensionPoints?: readonly ExtensionPoint<never, unknown>[];
}

/**
 * Declares a rule (an identity function that fixes the rule's types).
 * @example
 * const positive = defineRule({
 *   id: "example.positive", label: { zh: "正数", en: "positive" }, citation: cite("gbf2019.local-standards", "§(十二)"),
 *   run: (_ctx, n: number) => n > 0,
 * });
 * positive.id // → "example.positive"
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineRule<I, O>(rule: Rule<I, O>): Rule<I, O> {
  return rule;
}

/** A parameter value as resolved through the chain of layers, with where it came from. */
export interface Resolved<T> {
  /** The parameter's id. */
  readonly parameter: string;
  /** The value in force. */
  readonly value: T;
  /** First day of the entry in force. */
  readonly from: CivilDate;
  /** The layer whose value decided (the last override that applied, else the declaring layer). */
  readonly layer: string;
  /** Where the value is written. */
  readonly citation: Citation;
  /** The overrides that shaped the value, in the order they applied. */
  readonly via: readonly { readonly layer: string; readonly kind: OverrideKind; readonly label: Label }[];
}

/** Why no value is in force. */
export interface Unresolved {
  /** The parameter's id. */
  readonly parameter: string;
  /** No values at all (left to a lower level), none yet on the date, or ended. */
  readonly reason: "no_values" | "not_yet" | "ended";
  /** The layer whose answer this is. */
  readonly layer: string;
  /** The provision of that layer. */
  readonly citation: Citation;
}

/**
 * What a rule sees while it runs: the date the claim is judged on, parameters and
 * other rules resolved through the policy's layers, the ledger. Every parameter read
 * and every rule used is written into the decision's trace.
 */
export interface RuleContext {
  /** The date the claim is judged on. */
  readonly on: CivilDate;
  /** The policy deciding. */
  readonly policy: Policy;
  /** The parameter's value on `date` through the layers (overrides applied), or why there is none; traced. */
  param<T>(parameter: Parameter<T>, date: CivilDate): Resolved<T> | Unresolved;
  /**
   * Runs another rule through the layers (the most specific override in force that applies decides); traced.
   * `days`: the days its answer governs, where an override is dated ({@link RuleOverridePeriod}); by default the claim's
   * basis (a certificate's issue, a course's last day, an apprenticeship's first day), else the day judged.
   */
  use<I, O>(rule: Rule<I, O>, input: I, days?: RuleDays): O;
  /**
   * Runs every rule the policy's layers appended to an extension point and in force on
   * `date` (whose `applies`, if any, holds for the input), most general layer first and in
   * the order each layer lists them, each through {@link RuleContext.use} (so each is
   * traced and a lower layer may override it); returns their outputs in that order. A
   * point nothing was appended to returns `[]` and leaves no trace.
   */
  extended<I, O>(point: ExtensionPoint<I, O>, input: I, date: CivilDate): O[];
  /**
   * Runs the same rules as {@link RuleContext.extended}, each on the input as the ones
   * before it left it: `next` makes the next input from an input and the output of the
   * rule run on it (e.g. adjustments of a standard, each applied to the standard the one
   * before returned). Returns the last input.
   */
  fold<I, O>(point: ExtensionPoint<I, O>, input: I, date: CivilDate, next: (input: I, output: O) => I): I;
}

/** How a layer changes what a layer above it set: see {@link replaceParameter}, {@link capParameter}, {@link topUpParameter}, {@link replaceRule}, {@link ruleException}. */
export type OverrideKind = "replace" | "cap" | "topUp" | "exception";

/** What every override carries: a label saying what it does, and where the text says so. */
export interface OverrideBase {
  /** What the override does, in Chinese and English. */
  readonly label: Label;
  /** The provision that makes the change. */
  readonly citation: Citation;
}

/** A layer's change to a parameter declared above it: replace its values, cap it, or top it up. Build one with {@link replaceParameter}, {@link capParameter} or {@link topUpParameter}. */
export type ParameterOverride =
  | (OverrideBase & {
      readonly kind: "replace";
      readonly target: Parameter<unknown>;
      readonly values: readonly DatedValue<unknown>[];
      readonly lastVerifiedOn: string;
      /** First day the override no longer applies: from then on the value above it holds again. */
      readonly until?: string;
    })
  | (OverrideBase & { readonly kind: "cap" | "topUp"; readonly target: Parameter<string>; readonly values: readonly DatedValue<string>[]; readonly lastVerifiedOn: string });

/** A layer's change to a rule declared above it: replace it, or make an exception. Build one with {@link replaceRule} or {@link ruleException}. */
export type RuleOverride =
  | (OverrideBase &
      RuleOverridePeriod & {
        readonly kind: "replace";
        readonly target: Rule<never, unknown>;
        /** Decides instead of the rule. */
        readonly run: (ctx: RuleContext, input: never) => unknown;
      })
  | (OverrideBase &
      RuleOverridePeriod & {
        readonly kind: "exception";
        readonly target: Rule<never, unknown>;
        /** True when the exception applies to this input. */
        readonly applies: (ctx: RuleContext, input: never) => boolean;
        /** Decides when the exception applies. */
        readonly run: (ctx: RuleContext, input: never) => unknown;
      });

/**
 * The days a rule override is in force, as an extension's ({@link extend}): a text's own rule governs
 * the days the text is in force, and the rule above it the others. Undated, it is in force always.
 * Which days are asked is {@link RuleContext.use}'s `days` (by default the claim's basis, else the day judged).
 */
export interface RuleOverridePeriod {
  /** First day in force (omitted: from the beginning). */
  readonly from?: string;
  /** First day no longer in force (omitted: never ends). */
  readonly until?: string;
}

/**
 * The days a rule's answer governs ({@link RuleContext.use}): the first and the last, both included
 * (a course's days, say). A dated override decides when it is in force on one of them.
 */
export interface RuleDays {
  /** The first day. */
  readonly first: CivilDate;
  /** The last day (not before `first`). */
  readonly last: CivilDate;
}

/**
 * True when an override is in force on one of the days (an undated one always is).
 * @example
 * overrideInForce({ from: "2019-12-13", until: "2022-01-01" }, { first: "2022-03-01", last: "2022-03-10" }) // → false
 * overrideInForce({ from: "2019-12-13", until: "2022-01-01" }, { first: "2019-12-01", last: "2019-12-20" }) // → true
 */
export function overrideInForce(o: RuleOverridePeriod, days: { readonly first: string; readonly last: string }): boolean {
  return (o.from === undefined || days.last >= o.from) && (o.until === undefined || days.first < o.until);
}

/**
 * Replaces a parameter's values where the layer's values are in force (a layer's own
 * standard where the text above leaves it local, e.g. `gbf2019.local-standards`).
 * @example
 * const o = replaceParameter(livingAllowanceDailyRate, {
 *   label: { zh: "每人每天 40 元", en: "40 yuan per day" }, citation: cite("gbf2019.local-standards", "§(十二)"),
 *   values: [{ from: "2024-01-01", value: "40.00" }], lastVerifiedOn: "2026-11-25",
 * });
 * [o.kind, o.target.id] // → ["replace","livingAllowance.dailyRate"]
 */
/* @__NO_SIDE_EFFECTS__ */
export function replaceParameter<T>(
  target: Parameter<T>,
  o: OverrideBase & { readonly values: readonly DatedValue<T>[]; readonly lastVerifiedOn: string; readonly until?: string },
): ParameterOverride {
  return { kind: "replace", target: target as Parameter<unknown>, ...o };
}

/**
 * Caps an amount parameter: the value in force never exceeds the layer's.
 * @example
 * const o = capParameter(livingAllowanceDailyRate, {
 *   label: { zh: "每天最多 30 元", en: "at most 30 yuan a day" }, citation: cite("gbf2019.local-standards", "§(十二)"),
 *   values: [{ from: "2024-01-01", value: "30.00" }], lastVerifiedOn: "2026-11-25",
 * });
 * o.kind // → "cap"
 */
/* @__NO_SIDE_EFFECTS__ */
export function capParameter(
  target: Parameter<string>,
  o: OverrideBase & { readonly values: readonly DatedValue<string>[]; readonly lastVerifiedOn: string },
): ParameterOverride {
  return { kind: "cap", target, ...o };
}

/**
 * Tops up an amount parameter: the layer's value is added to the value above.
 * @example
 * const o = topUpParameter(livingAllowanceDailyRate, {
 *   label: { zh: "每天加 10 元", en: "10 yuan a day more" }, citation: cite("gbf2019.local-standards", "§(十二)"),
 *   values: [{ from: "2024-01-01", value: "10.00" }], lastVerifiedOn: "2026-11-25",
 * });
 * o.kind // → "topUp"
 */
/* @__NO_SIDE_EFFECTS__ */
export function topUpParameter(
  target: Parameter<string>,
  o: OverrideBase & { readonly values: readonly DatedValue<string>[]; readonly lastVerifiedOn: string },
): ParameterOverride {
  return { kind: "topUp", target, ...o };
}

/**
 * Replaces a rule: the layer's function decides instead (on the days given by `from` and `until`, if any).
 * @example
 * const o = replaceRule(livingAllowanceGroups, {
 *   label: { zh: "示意", en: "illustrative" }, citation: cite("gbf2019.scope-adjustment", "§(十二)"),
 *   run: (ctx, trainee) => ctx.use(livingAllowanceGroups, trainee),
 * });
 * [o.kind, o.target.id] // → ["replace","livingAllowance.groups"]
 */
/* @__NO_SIDE_EFFECTS__ */
export function replaceRule<I, O>(target: Rule<I, O>, o: OverrideBase & RuleOverridePeriod & { readonly run: (ctx: RuleContext, input: I) => O }): RuleOverride {
  return dated({ kind: "replace", target: target as unknown as Rule<never, unknown>, label: o.label, citation: o.citation, run: o.run as (ctx: RuleContext, input: never) => unknown }, o);
}

/** The override with the days it is in force, where given (an undated one has neither key). */
function dated<T extends RuleOverride>(override: T, period: RuleOverridePeriod): T {
  const out: { -readonly [K in keyof RuleOverridePeriod]: RuleOverridePeriod[K] } = override;
  if (period.from !== undefined) out.from = period.from;
  if (period.until !== undefined) out.until = period.until;
  return override;
}

/**
 * An exception to a rule: when `applies` holds, the layer's `run` decides; otherwise the
 * rule above does (see docs/adding-a-city.md for one that runs).
 * @example
 * const o = ruleException(livingAllowanceGroups, {
 *   label: { zh: "退役军人也给予（示意）", en: "veterans too (illustrative)" }, citation: cite("gbf2019.scope-adjustment", "§(十二)"),
 *   applies: (_ctx, trainee) => hasStatus(trainee, "veteran"),
 *   run: () => ({ pass: true, reason: { code: "in_living_allowance_group", citation: cite("gbf2019.scope-adjustment", "§(十二)"), facts: { groups: ["veteran"] } } }),
 * });
 * o.kind // → "exception"
 */
/* @__NO_SIDE_EFFECTS__ */
export function ruleException<I, O>(
  target: Rule<I, O>,
  o: OverrideBase & RuleOverridePeriod & { readonly applies: (ctx: RuleContext, input: I) => boolean; readonly run: (ctx: RuleContext, input: I) => O },
): RuleOverride {
  return dated(
    {
      kind: "exception",
      target: target as unknown as Rule<never, unknown>,
      label: o.label,
      citation: o.citation,
      applies: o.applies as (ctx: RuleContext, input: never) => boolean,
      run: o.run as (ctx: RuleContext, input: never) => unknown,
    },
    o,
  );
}

/**
 * An extension point: something a rule lets the layers below it add, as a list — extra
 * checks, routes to a standard, adjustments of the standard — each entry a rule of the
 * appending layer, dated ({@link extend}). The rule that declares the point
 * ({@link Rule.extensionPoints}) runs whatever was appended ({@link RuleContext.extended})
 * and so never names a layer. `I` is what each appended rule receives, `O` what it returns.
 */
export interface ExtensionPoint<I, O> {
  /** Stable id, e.g. `trainingSubsidy.checks`. */
  readonly id: string;
  /** What may be added, in Chinese and English. */
  readonly label: Label;
  /** The provision that leaves room for it (e.g. a clause leaving standards to local texts). */
  readonly citation: Citation;
  /** Type only, never set: the input each appended rule receives and what it returns. */
  readonly types?: (input: I) => O;
}

/**
 * Declares an extension point (an identity function that fixes its types).
 * @example
 * const extraChecks = defineExtensionPoint<number, boolean>({
 *   id: "example.checks", label: { zh: "附加条件", en: "extra checks" }, citation: cite("gbf2019.local-standards", "§(十二)"),
 * });
 * extraChecks.id // → "example.checks"
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineExtensionPoint<I, O>(point: ExtensionPoint<I, O>): ExtensionPoint<I, O> {
  return point;
}

/** One entry a layer appends to an extension point: a rule, in force from `from` until `until`. Build one with {@link extend}. */
export interface Extension {
  /** The point appended to. */
  readonly point: ExtensionPoint<never, unknown>;
  /** The rule appended: the layer's own, traced under its id and overridable like any rule. */
  readonly rule: Rule<never, unknown>;
  /** First day the entry is in force (a civil date); by default always. */
  readonly from?: string;
  /** First day it no longer is; by default never. */
  readonly until?: string;
  /** When given, the entry runs only for inputs it holds for (judged untraced: a guard, not a rule). */
  readonly applies?: (ctx: RuleContext, input: never) => boolean;
}

/**
 * Appends a layer's rule to an extension point, optionally dated and guarded.
 * @example
 * const extraChecks = defineExtensionPoint<number, boolean>({
 *   id: "example.checks", label: { zh: "附加条件", en: "extra checks" }, citation: cite("gbf2019.local-standards", "§(十二)"),
 * });
 * const positive = defineRule({
 *   id: "example.positive", label: { zh: "正数", en: "positive" }, citation: cite("gbf2019.local-standards", "§(十二)"),
 *   run: (_ctx, n: number) => n > 0,
 * });
 * const e = extend(extraChecks, positive, { from: "2024-01-01", until: "2025-01-01" });
 * [e.point.id, e.rule.id, e.from, e.until] // → ["example.checks","example.positive","2024-01-01","2025-01-01"]
 */
/* @__NO_SIDE_EFFECTS__ */
export function extend<I, O>(
  point: ExtensionPoint<I, O>,
  rule: Rule<NoInfer<I>, NoInfer<O>>,
  options: { readonly from?: string; readonly until?: string; readonly applies?: (ctx: RuleContext, input: NoInfer<I>) => boolean } = {},
): Extension {
  return {
    point: point as unknown as ExtensionPoint<never, unknown>,
    rule: rule as unknown as Rule<never, unknown>,
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.until === undefined ? {} : { until: options.until }),
    ...(options.applies === undefined ? {} : { applies: options.applies as (ctx: RuleContext, input: never) => boolean }),
  };
}

/** A measure: the rule that decides claims of one kind (`livingAllowance`, …). */
export interface MeasureBinding {
  /** The measure, one of {@link MEASURES}. */
  readonly measure: string;
  /** The rule that decides its claims. */
  readonly rule: Rule<never, unknown>;
}

/** A check a parameter's values must pass, in whatever layer they are given (e.g. an apprenticeship floor). */
export interface Constraint {
  /** The parameter whose values are checked. */
  readonly parameter: Parameter<unknown>;
  /** The provision that sets the bound. */
  readonly citation: Citation;
  /** The bound, in Chinese and English. */
  readonly label: Label;
  /** True when a value keeps the bound. */
  readonly test: (value: unknown) => boolean;
  /**
   * The parameter may be absent from a policy (a local parameter a lower layer declares):
   * the constraint then has nothing to check. Otherwise naming an undeclared parameter is
   * an error.
   */
  readonly ifDeclared?: boolean;
}

/** Where a caller's catalogue comes from: the layer it becomes and the text it cites. */
export interface CatalogueSource {
  /** The id of the layer that carries the catalogue, e.g. `example.city.catalogue`. */
  readonly layer: string;
  /** The layer's name, in Chinese and English. */
  readonly label: Label;
  /** The provision that makes the publisher competent (e.g. a city plan's catalogue clause). */
  readonly citation: Citation;
  /** The date the editions were last checked against their source. */
  readonly lastVerifiedOn: string;
  /** The layer's level; by default the level of the policy's last layer. */
  readonly level?: Level;
  /** The layer's region; by default none (a catalogue adds no territory: the policy keeps its region and scope). */
  readonly region?: string | null;
  /** The last edition stops being in force on this day (a civil date), if it does. */
  readonly endsOn?: string;
  /** The new policy's id; by default `<policy id>+<layer id>`. */
  readonly policyId?: string;
}

/** A local text's own fraud clause: recovering a grant paid under one of the layer's provisions while the clause is in force cites it. */
export interface FraudClause {
  /** The clause. */
  readonly citation: Citation;
  /** First day it governs (a civil date). */
  readonly from: string;
  /** First day it no longer does; by default never. */
  readonly until?: string;
}

const firstDays = new WeakMap<Layer, string | null>();

/**
 * The first day a layer's text governs, as the layer itself dates it: the earliest `from` of the values it declares or
 * overrides and of its dated rule overrides and extensions, or its `issuedOn` when that is later; `null` when it dates
 * nothing, read as in force on every day. What a decision cites as a policy's scope on a day it names (cold reviews 44, 89, 100, 101: a
 * claim cited a local text issued the day after its certificate; one of 2020 under the national frameworks cited a text
 * of 2025).
 * @example layerFirstDay(nationalFrameworksPolicy().layers[2]!) // → "2025-06-20"
 */
export function layerFirstDay(layer: Layer): string | null {
  const known = firstDays.get(layer);
  if (known !== undefined) return known;
  let first: string | null = null;
  const see = (from: string | undefined) => {
    if (from !== undefined && (first === null || from < first)) first = from;
  };
  for (const p of layer.parameters ?? []) for (const v of p.values) see(v.from);
  for (const o of layer.parameterOverrides ?? []) for (const v of o.values) see(v.from);
  for (const o of layer.ruleOverrides ?? []) see(o.from);
  for (const e of layer.extensions ?? []) see(e.from);
  // a text issued after the first day its values name governs from its issue (cold review 104 F1: forwarding texts)
  const dated = first as string | null; // set by `see` (a closure: not narrowed)
  const day = layer.issuedOn !== undefined && (dated === null || layer.issuedOn > dated) ? layer.issuedOn : dated;
  firstDays.set(layer, day);
  return day;
}

/** True when the layer's text governs `date` by its own dates ({@link layerFirstDay}): it dates nothing, or begins on or before it. */
export function governsOn(layer: Layer, date: string): boolean {
  const first = layerFirstDay(layer);
  return first === null || first <= date;
}

/**
 * A layer: what one level of government's texts add to the layers above — parameters
 * and rules it declares, values and rules it overrides, constraints on values, and the
 * measures it decides. See {@link buildPolicy}.
 */
export interface Layer {
  /** Stable id, e.g. `national.gbf2019`, `example.city.2024` (region, then the text). */
  readonly id: string;
  /** Its level, which fixes its place in the chain. */
  readonly level: Level;
  /** The region the layer governs; `null` for national layers (the whole country). */
  readonly region: string | null;
  /** Its name, in Chinese and English. */
  readonly label: Label;
  /** The texts the layer encodes. */
  readonly documents: readonly string[];
  /** Where the layer says what territory and period it covers. */
  readonly scope: Citation;
  /**
   * The day its text was issued, where that is the first day it governs and its values do not date it (a forwarding
   * text that adds no value of its own): a decision about an earlier day does not cite it (the layer governs from the
   * later of this day and the first day its values name).
   */
  readonly issuedOn?: string;
  /** Parameters the layer declares. */
  readonly parameters?: readonly Parameter<unknown>[];
  /** Rules the layer declares. */
  readonly rules?: readonly Rule<never, unknown>[];
  /** Measures the layer decides, each bound to its rule. */
  readonly measures?: readonly MeasureBinding[];
  /** Changes to parameters declared above. */
  readonly parameterOverrides?: readonly ParameterOverride[];
  /** Changes to rules declared above. */
  readonly ruleOverrides?: readonly RuleOverride[];
  /** Rules the layer appends to extension points declared by its rules or the layers above ({@link extend}). */
  readonly extensions?: readonly Extension[];
  /** Checks on parameter values, whichever layer gives them. */
  readonly constraints?: readonly Constraint[];
  /**
   * Where a caller's subsidy catalogue goes under this layer: the layer it becomes and the
   * provision that makes its publisher competent. The most specific layer that says so
   * decides (`catalogueSourceFor`); a policy none of whose layers does puts it under the
   * national clause leaving standards local.
   */
  readonly catalogue?: CatalogueSource;
  /** The provision of the layer's text that requires the ledger of grants (`ledgerCitation`). */
  readonly ledger?: Citation;
  /** The layer's own fraud clause, for grants paid under its provisions (`fraudClauseFor`). */
  readonly fraud?: FraudClause;
  /**
   * The id of an earlier layer of the same level that this layer's text succeeds in
   * time (a later national framework after an earlier one). A layer that follows
   * another may override what that layer (or a layer it follows) overrode; any other
   * two layers of one level overriding the same target is still a configuration fault.
   */
  readonly follows?: string;
}

/**
 * Declares a layer (checked when a policy is built from it).
 * @example
 * const city = defineLayer({
 *   id: "example.city.2024", level: "prefecture", region: "example.city",
 *   label: { zh: "示例市（示意）", en: "Example City (illustrative)" }, documents: ["example2024"],
 *   scope: cite("gbf2019.local-standards", "§(十二)"),
 *   parameterOverrides: [replaceParameter(livingAllowanceDailyRate, {
 *     label: { zh: "每人每天 40 元", en: "40 yuan per day" }, citation: cite("gbf2019.local-standards", "§(十二)"),
 *     values: [{ from: "2024-01-01", value: "40.00" }], lastVerifiedOn: "2026-11-25",
 *   })],
 * });
 * city.parameterOverrides?.length // → 1
 * @throws SkillsSubsidyError `invalid_argument` naming the layer and the field for a key a layer does not have (a
 * misspelt `paramOverrides`), a level not of `LEVELS`, a region that is neither `null` nor a region id, or a list that
 * is not an array (`buildPolicy` checks each layer so too).
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineLayer(layer: Layer): Layer {
  checkLayerShape(layer);
  return layer;
}

/** The keys a layer may have (a misspelt one, `paramOverrides`, would be dropped silently: cold review 110 F7). */
const LAYER_KEYS: ReadonlySet<string> = new Set([
  "id", "level", "region", "label", "documents", "scope", "issuedOn", "parameters", "rules", "measures", "parameterOverrides",
  "ruleOverrides", "extensions", "constraints", "catalogue", "ledger", "fraud", "follows",
] satisfies (keyof Layer)[]);
/** A region id: lower-case segments joined by dots, most general first (`example.city`). */
const REGION_ID = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;

/**
 * Throws `invalid_argument` naming the layer and the field unless `layer` is an object of {@link Layer}'s keys only,
 * with an id, a level of {@link LEVELS}, a region `null` or a region id, and its lists as arrays.
 */
function checkLayerShape(layer: Layer): void {
  const at = (field: string, ok: boolean, zh: string, en: string) =>
    assert(ok, "invalid_argument", { zh: `层 ${String((layer as { id?: unknown })?.id)}：${field} ${zh}`, en: `layer ${String((layer as { id?: unknown })?.id)}: ${field} ${en}` }, { argument: "layer", field, layer: String((layer as { id?: unknown })?.id) });
  at("layer", typeof layer === "object" && layer !== null && !Array.isArray(layer), "应为对象", "must be an object");
  at("id", typeof layer.id === "string" && layer.id !== "", "应为非空字符串", "must be a non-empty string");
  for (const key of Object.keys(layer)) at(key, LAYER_KEYS.has(key), `不是层的键（可用：${[...LAYER_KEYS].join("、")}）`, `is not a key of a layer (the keys are ${[...LAYER_KEYS].join(", ")})`);
  at("level", (LEVELS as readonly unknown[]).includes(layer.level), `应为 ${LEVELS.join("、")} 之一，而不是 ${JSON.stringify(layer.level)}`, `must be one of ${LEVELS.join(", ")}, not ${JSON.stringify(layer.level)}`);
  at("region", layer.region === null || (typeof layer.region === "string" && REGION_ID.test(layer.region)), `应为 null 或地区编号（如 example.city），而不是 ${JSON.stringify(layer.region)}`, `must be null or a region id (such as example.city), not ${JSON.stringify(layer.region)}`);
  for (const key of ["documents", "parameters", "rules", "measures", "parameterOverrides", "ruleOverrides", "extensions", "constraints"] as const) {
    const list: unknown = layer[key];
    at(key, (key !== "documents" && list === undefined) || Array.isArray(list), "应为数组", "must be an array");
  }
}

/**
 * Binds a measure to the rule that decides it.
 * @example bindMeasure("livingAllowance", livingAllowance).measure // → "livingAllowance"
 */
/* @__NO_SIDE_EFFECTS__ */
export function bindMeasure<I, O>(measure: string, rule: Rule<I, O>): MeasureBinding {
  return { measure, rule: rule as unknown as Rule<never, unknown> };
}

interface ParameterChain {
  readonly parameter: Parameter<unknown>;
  readonly layer: Layer;
  readonly overrides: readonly { readonly override: ParameterOverride; readonly layer: Layer }[];
}

/** An extension point of a policy: who declared it, and what the layers appended, most general first. */
interface ExtensionChain {
  readonly point: ExtensionPoint<never, unknown>;
  readonly layer: Layer;
  readonly entries: readonly { readonly extension: Extension; readonly layer: Layer }[];
}

interface RuleChain {
  readonly rule: Rule<never, unknown>;
  readonly layer: Layer;
  /** Most specific first: the order in which they are tried. */
  readonly overrides: readonly { readonly override: RuleOverride; readonly layer: Layer }[];
}

/** One dated value a layer of the chain gives a parameter (see {@link PolicyParameter}). */
export interface ParameterValue {
  /** The layer that gives the value. */
  readonly layer: string;
  /** How: the declaring layer's own value, or an override by a layer below it. */
  readonly kind: "declared" | OverrideKind;
  /** First day the value holds. */
  readonly from: CivilDate;
  /** First day it no longer holds (the layer's next value, or the override's end); `null`: open-ended. */
  readonly until: CivilDate | null;
  /** The value; `null` where the layer ends the parameter. */
  readonly value: unknown;
  /** The provision and clause that set it. */
  readonly citation: Citation;
  /** The words of the text that set it, verbatim; `null` where none is recorded (a caller's or a reform's value). */
  readonly passage: string | null;
}

/** How a layer of the chain changes a parameter declared above it (see {@link PolicyParameter}). */
export interface PolicyParameterChange {
  /** The layer. */
  readonly layer: string;
  /** Its level (a `reform` level is a what-if patch, not a text). */
  readonly level: Level;
  /** Replace, cap or top up. */
  readonly kind: OverrideKind;
  /** What the change does, in Chinese and English. */
  readonly label: Label;
  /** The provision that makes it. */
  readonly citation: Citation;
  /** First day a replacement no longer applies; `null`: it does not end (or the change is not a replacement). */
  readonly until: CivilDate | null;
}

/**
 * One parameter of a policy, as the chain of layers gives it: the parameter as declared
 * (its label, unit, citation, value shape and the declaring layer's own values), the
 * declaring layer, the changes the layers below make, and every dated value of every layer
 * with its layer, provision and passage — the values over time. What the rules, the
 * parameter browser and reforms read; to resolve a value on a date use `resolveParameter`.
 */
export interface PolicyParameter {
  /** The parameter's id (what a reform patch names). */
  readonly id: string;
  /** The parameter as declared, with the declaring layer's own values. */
  readonly parameter: Parameter<unknown>;
  /** The layer that declares it. */
  readonly declaredBy: string;
  /** The changes of the layers below, most general first. */
  readonly changes: readonly PolicyParameterChange[];
  /** Every dated value of every layer of the chain, the declaring layer first, then each change in order. */
  readonly values: readonly ParameterValue[];
}

/** A policy: a checked chain of layers, ready to decide claims. Immutable. */
export interface Policy {
  /** The policy's id, e.g. `national`. */
  readonly id: string;
  /** Its name, in Chinese and English. */
  readonly label: Label;
  /** Its layers, most general first. */
  readonly layers: readonly Layer[];
  /** The region of the most specific layer with one; `null` when all layers are national. */
  readonly region: string | null;
  /** SHA-256 of the policy's data (layers, parameters, overrides, rules), hex. */
  readonly hash: string;
  /**
   * Every parameter the policy's layers declare, in the order declared, each with its values
   * over time: which layer gives which value, from when, under which provision
   * ({@link PolicyParameter}).
   * @example
   * const rate = nationalPolicy().parameters.find((p) => p.id === "trainingSubsidy.annualCap");
   * rate?.values.map((v) => [v.layer, v.from, v.value, v.citation.provision]) // → [["national.gbf2019","2019-05-18",3,"gbf2019.annual-cap"]]
   */
  readonly parameters: readonly PolicyParameter[];
  /**
   * One of {@link Policy.parameters} by id; `undefined` when no layer of the policy declares it.
   * @example
   * nationalPolicy().parameter("livingAllowance.dailyRate")?.declaredBy // → "national.gbf2019"
   * nationalPolicy().parameter("no.such.parameter") // → undefined
   */
  parameter(id: string): PolicyParameter | undefined;
  /** @internal The engine's own view of the parameters; read {@link Policy.parameters} / {@link Policy.parameter} instead. */
  readonly parameterChains: ReadonlyMap<string, ParameterChain>;
  /** @internal */
  readonly ruleChains: ReadonlyMap<string, RuleChain>;
  /** @internal */
  readonly measures: ReadonlyMap<string, { readonly rule: Rule<never, unknown>; readonly layer: Layer }>;
  /** @internal */
  readonly extensionChains: ReadonlyMap<string, ExtensionChain>;
}

const RANK: Record<Level, number> = { national: 0, province: 1, prefecture: 2, county: 3, reform: 4 };

/**
 * Builds a policy from its chain of layers, most general first, and checks it.
 * @throws SkillsSubsidyError naming the layer and the target on any configuration fault.
 * @example
 * const city = defineLayer({
 *   id: "example.city.2024", level: "prefecture", region: "example.city",
 *   label: { zh: "示例市（示意）", en: "Example City (illustrative)" }, documents: ["example2024"],
 *   scope: cite("gbf2019.local-standards", "§(十二)"),
 *   parameterOverrides: [replaceParameter(livingAllowanceDailyRate, {
 *     label: { zh: "每人每天 40 元", en: "40 yuan per day" }, citation: cite("gbf2019.local-standards", "§(十二)"),
 *     values: [{ from: "2024-01-01", value: "40.00" }], lastVerifiedOn: "2026-11-25",
 *   })],
 * });
 * const policy = buildPolicy({ id: "example-city", label: { zh: "示例市", en: "Example City" }, layers: [gbf2019, city] });
 * policy.layers.map((l) => l.id) // → ["national.gbf2019","example.city.2024"]
 * policy.region // → "example.city"
 * @throws SkillsSubsidyError `invalid_parameter` naming the layer, the parameter and `values[i].value` for a value not of
 * its parameter's value shape (a daily rate of `"-60.00"` or `"1.005"`; cold review 110 F7), read without zod.
 */
export function buildPolicy(spec: { readonly id: string; readonly label: Label; readonly layers: readonly Layer[] }): Policy {
  return assemblePolicy(spec, checkParameterValues);
}

/**
 * {@link buildPolicy}, reading each value against its parameter's value shape only when `checkValues` is given. The
 * library's own policies are assembled without it (a test reads every value they declare against its shape:
 * src/provisions/shapeCheck.test.ts), so the one-claim bundle carries no shape reader; so are reforms, whose patches
 * are read by the zod schema of the same shape, and catalogue editions, read by their own parser.
 * @internal
 */
export function assemblePolicy(
  spec: { readonly id: string; readonly label: Label; readonly layers: readonly Layer[] },
  checkValues?: (parameter: Parameter<unknown>, layer?: string) => void,
): Policy {
  const { layers } = spec;
  // Every fault of a policy's layers names the policy: first in its messages, and in its facts.
  const check: (ok: unknown, code: ErrorCode, zh: string, en: string, facts?: Facts) => asserts ok = (ok, code, zh, en, facts) =>
    assert(ok, code, { zh: `政策 ${spec.id}：${zh}`, en: `policy ${spec.id}: ${en}` }, { policy: spec.id, ...facts });
  // A dated extension or rule override: its first day a date, its end a date after it.
  const checkPeriod = (layer: Layer, zh: string, en: string, facts: Facts, { from, until }: RuleOverridePeriod) => {
    check(from === undefined || isCivilDate(from), "invalid_civil_date", `层 ${layer.id} 自 ${String(from)} 起${zh}，这不是日期`, `layer ${layer.id} ${en} from ${String(from)}, which is not a date`, { ...facts, from: String(from) });
    check(until === undefined || (isCivilDate(until) && (from === undefined || until > from)), "invalid_override_end", `层 ${layer.id} ${zh}止于 ${String(until)}，这不是开始之后的日期`, `layer ${layer.id} ${en} until ${String(until)}, which is not a date after its start`, { ...facts, until: String(until) });
  };
  check(layers.length > 0, "empty_policy", `政策至少要有一层`, `a policy needs at least one layer`);
  const layerIds = new Set<string>();
  const parameterChains = new Map<string, { parameter: Parameter<unknown>; layer: Layer; overrides: { override: ParameterOverride; layer: Layer }[] }>();
  const ruleChains = new Map<string, { rule: Rule<never, unknown>; layer: Layer; overrides: { override: RuleOverride; layer: Layer }[] }>();
  const measures = new Map<string, { rule: Rule<never, unknown>; layer: Layer }>();
  const extensionChains = new Map<string, { point: ExtensionPoint<never, unknown>; layer: Layer; entries: { extension: Extension; layer: Layer }[] }>();
  // A rule brings the extension points it declares; the layer that declares (or binds, or appends) it declares them.
  const declarePoints = (rule: Rule<never, unknown>, layer: Layer) => {
    for (const point of rule.extensionPoints ?? []) {
      const existing = extensionChains.get(point.id);
      if (existing?.point === point) continue;
      check(existing === undefined, "duplicate_declaration", `扩展点 ${point.id} 已由 ${existing?.layer.id} 声明，${layer.id} 又声明了一次`, `extension point ${point.id} is declared by ${existing?.layer.id} and again by ${layer.id}`, { layer: layer.id, declaredBy: existing?.layer.id ?? null, point: point.id });
      extensionChains.set(point.id, { point, layer, entries: [] });
    }
  };
  const overriddenAt = new Map<string, Layer>(); // `${kind}:${target}@${level}` → layer
  let previous: Layer | undefined;

  for (const layer of layers) {
    checkLayerShape(layer);
    check(!layerIds.has(layer.id), "duplicate_layer", `层 ${layer.id} 出现了两次`, `layer ${layer.id} appears twice`, { layer: layer.id });
    layerIds.add(layer.id);
    if (previous !== undefined) {
      check(RANK[layer.level] >= RANK[previous.level], "layer_order", `层 ${layer.id}（${layer.level}）排在 ${previous.id}（${previous.level}）之后；层应按 国家 → 省 → 市 → 县 排列`, `layer ${layer.id} (${layer.level}) comes after ${previous.id} (${previous.level}); order layers national → province → prefecture → county`, { layer: layer.id });
      if (layer.region !== null && previous.region !== null) {
        const inside = layer.region === previous.region || layer.region.startsWith(`${previous.region}.`);
        check(inside, "layer_order", `层 ${layer.id}（${layer.region}）不在 ${previous.id}（${previous.region}）的地区之内`, `layer ${layer.id} (${layer.region}) is not inside ${previous.id} (${previous.region})`, { layer: layer.id });
      }
    }
    previous = layer;
    if (layer.level === "reform") {
      const extra = (["parameters", "rules", "measures", "ruleOverrides", "constraints", "extensions"] as const).filter((k) => (layer[k] ?? []).length > 0);
      check(extra.length === 0, "reform_layer_declares", `改革层 ${layer.id} 只能覆盖参数，不能声明 ${extra.join("、")}`, `reform layer ${layer.id} may only override parameters, not declare ${extra.join(", ")}`, { layer: layer.id });
    }

    for (const parameter of layer.parameters ?? []) {
      defineParameter(parameter);
      const existing = parameterChains.get(parameter.id);
      check(existing === undefined, "duplicate_declaration", `参数 ${parameter.id} 已由 ${existing?.layer.id} 声明，${layer.id} 又声明了一次；应改为覆盖`, `parameter ${parameter.id} is declared by ${existing?.layer.id} and again by ${layer.id}; override it instead`, { layer: layer.id, declaredBy: existing?.layer.id ?? null, parameter: parameter.id });
      parameterChains.set(parameter.id, { parameter, layer, overrides: [] });
    }
    for (const rule of layer.rules ?? []) {
      const existing = ruleChains.get(rule.id);
      check(existing === undefined, "duplicate_declaration", `规则 ${rule.id} 已由 ${existing?.layer.id} 声明，${layer.id} 又声明了一次；应改为覆盖`, `rule ${rule.id} is declared by ${existing?.layer.id} and again by ${layer.id}; override it instead`, { layer: layer.id, declaredBy: existing?.layer.id ?? null, rule: rule.id });
      ruleChains.set(rule.id, { rule, layer, overrides: [] });
      declarePoints(rule, layer);
    }
    for (const binding of layer.measures ?? []) {
      const existing = measures.get(binding.measure);
      check(existing === undefined, "duplicate_declaration", `措施 ${binding.measure} 已由 ${existing?.layer.id} 绑定，${layer.id} 又绑定了一次；应改为覆盖其规则`, `measure ${binding.measure} is bound by ${existing?.layer.id} and again by ${layer.id}; override its rule instead`, { layer: layer.id, declaredBy: existing?.layer.id ?? null, measure: binding.measure });
      if (!ruleChains.has(binding.rule.id)) {
        ruleChains.set(binding.rule.id, { rule: binding.rule, layer, overrides: [] });
        declarePoints(binding.rule, layer);
      }
      measures.set(binding.measure, { rule: binding.rule, layer });
    }
    for (const extension of layer.extensions ?? []) {
      const { point, rule } = extension;
      const chain = extensionChains.get(point.id);
      check(chain !== undefined && chain.point === point, "override_of_undeclared", `层 ${layer.id} 扩展 ${point.id}，但本层及其上各层没有规则声明这个扩展点`, `layer ${layer.id} extends ${point.id}, which no rule of it or of a layer above declares`, { layer: layer.id, point: point.id });
      check(!chain.entries.some((e) => e.extension.rule.id === rule.id), "duplicate_declaration", `规则 ${rule.id} 两次追加到 ${point.id}`, `rule ${rule.id} is appended to ${point.id} twice`, { layer: layer.id, rule: rule.id, point: point.id });
      checkPeriod(layer, `扩展 ${point.id}`, `extends ${point.id}`, { layer: layer.id, point: point.id }, extension);
      const declared = ruleChains.get(rule.id);
      check(declared === undefined || declared.rule === rule, "duplicate_declaration", `层 ${layer.id} 向 ${point.id} 追加规则 ${rule.id}，但同 id 的另一条规则已由 ${declared?.layer.id} 声明`, `layer ${layer.id} appends a rule ${rule.id} to ${point.id}, but another rule of that id is declared by ${declared?.layer.id}`, { layer: layer.id, rule: rule.id, point: point.id, declaredBy: declared?.layer.id ?? null });
      if (declared === undefined) {
        ruleChains.set(rule.id, { rule, layer, overrides: [] });
        declarePoints(rule, layer);
      }
      chain.entries.push({ extension, layer });
    }

    if (layer.follows !== undefined) {
      const earlier = layers.find((l) => l.id === layer.follows);
      check(earlier !== undefined && layers.indexOf(earlier) < layers.indexOf(layer), "layer_order", `层 ${layer.id} 接续 ${layer.follows}，但后者不在它之前`, `layer ${layer.id} follows ${layer.follows}, which does not come before it`, { layer: layer.id });
      check(earlier.level === layer.level, "layer_order", `层 ${layer.id} 接续另一级别的 ${earlier.id}；一层只能接续同级别的较早文件`, `layer ${layer.id} follows ${earlier.id} of another level; a layer follows only an earlier text of its own level`, { layer: layer.id });
    }
    const succeeds = (later: Layer, other: Layer): boolean => {
      let current: Layer | undefined = later;
      while (current?.follows !== undefined) {
        if (current.follows === other.id) return true;
        const id: string = current.follows;
        current = layers.find((l) => l.id === id);
      }
      return false;
    };
    const claim = (kind: string, target: string) => {
      if (layer.level === "reform") return; // reforms stack: a later one applies over an earlier one
      const key = `${kind}:${target}@${layer.level}`;
      const other = overriddenAt.get(key);
      check(
        other === undefined || succeeds(layer, other),
        "double_override",
        `${kind} ${target} 被两个 ${layer.level} 级的层（${other?.id} 和 ${layer.id}）覆盖；每一级只能覆盖一次`,
        `${kind} ${target} is overridden by two ${layer.level} layers (${other?.id} and ${layer.id}); one override per level`,
        { layer: layer.id, other: other?.id ?? null, target },
      );
      overriddenAt.set(key, layer);
    };
    for (const override of layer.parameterOverrides ?? []) {
      const chain = parameterChains.get(override.target.id);
      check(chain !== undefined && chain.layer !== layer, "override_of_undeclared", `层 ${layer.id} 覆盖参数 ${override.target.id}，但上面没有哪一层声明它`, `layer ${layer.id} overrides parameter ${override.target.id}, which no layer above declares`, { layer: layer.id, parameter: override.target.id });
      claim("parameter", override.target.id);
      const overridden = { ...override.target, values: override.values, lastVerifiedOn: override.lastVerifiedOn };
      defineParameter(overridden);
      if (override.kind === "replace" && override.until !== undefined) {
        const last = override.values[override.values.length - 1];
        check(isCivilDate(override.until) && last !== undefined && override.until > last.from, "invalid_override_end", `层 ${layer.id} 覆盖 ${override.target.id} 至 ${override.until}，这不是其最后一个值之后的日期`, `layer ${layer.id} overrides ${override.target.id} until ${override.until}, which is not a date after its last value`, { layer: layer.id, parameter: override.target.id });
      }
      chain.overrides.push({ override, layer });
    }
    for (const override of layer.ruleOverrides ?? []) {
      const chain = ruleChains.get(override.target.id);
      check(chain !== undefined && chain.layer !== layer, "override_of_undeclared", `层 ${layer.id} 覆盖规则 ${override.target.id}，但上面没有哪一层声明它`, `layer ${layer.id} overrides rule ${override.target.id}, which no layer above declares`, { layer: layer.id, rule: override.target.id });
      checkPeriod(layer, `覆盖规则 ${override.target.id}`, `overrides rule ${override.target.id}`, { layer: layer.id, rule: override.target.id }, override);
      claim("rule", override.target.id);
      chain.overrides.unshift({ override, layer });
    }
  }

  // Constraints hold for the values of every layer, whoever declared the constraint.
  for (const layer of layers) {
    for (const constraint of layer.constraints ?? []) {
      const chain = parameterChains.get(constraint.parameter.id);
      if (chain === undefined && constraint.ifDeclared === true) continue;
      check(chain !== undefined, "override_of_undeclared", `${layer.id} 的约束提到参数 ${constraint.parameter.id}，但没有哪一层声明它`, `constraint of ${layer.id} names parameter ${constraint.parameter.id}, which no layer declares`, { layer: layer.id, parameter: constraint.parameter.id });
      const sources: { layer: Layer; values: readonly DatedValue<unknown>[] }[] = [
        { layer: chain.layer, values: chain.parameter.values },
        ...chain.overrides.filter((o) => o.override.kind === "replace").map((o) => ({ layer: o.layer, values: o.override.values })),
      ];
      for (const source of sources) {
        for (const entry of source.values) {
          if (entry.value === null) continue;
          check(
            constraint.test(entry.value),
            "breaks_constraint",
            `层 ${source.layer.id} 自 ${entry.from} 起把 ${constraint.parameter.id} 设为 ${JSON.stringify(entry.value)}，违反 ${constraint.citation.provision}（${constraint.label.zh}）`,
            `layer ${source.layer.id} sets ${constraint.parameter.id} to ${JSON.stringify(entry.value)} from ${entry.from}, which breaks ${constraint.citation.provision} (${constraint.label.en})`,
            { layer: source.layer.id, parameter: constraint.parameter.id, provision: constraint.citation.provision, from: entry.from },
          );
        }
      }
    }
  }

  // Each value against its parameter's shape, after the constraints: a value a constraint refuses is told by the provision
  // that bounds it (an advance share above 100 %: gbf2019.advance-payment) rather than by its form alone.
  if (checkValues !== undefined) {
    for (const chain of parameterChains.values()) {
      checkValues(chain.parameter);
      for (const { override, layer } of chain.overrides) checkValues({ ...chain.parameter, values: override.values }, layer.id);
    }
  }

  let region: string | null = null;
  for (const layer of layers) if (layer.region !== null) region = layer.region;

  const parameters = new Map<string, PolicyParameter>();
  for (const [id, chain] of parameterChains) parameters.set(id, describeParameter(chain));

  return {
    id: spec.id,
    label: spec.label,
    layers,
    region,
    hash: sha256(canonicalJson(describeLayers(layers))),
    parameters: [...parameters.values()],
    parameter: (id: string) => parameters.get(id),
    parameterChains,
    ruleChains,
    measures,
    extensionChains,
  };
}

/** One entry of an extension point as a policy holds it (see {@link extensionsOf}). */
export interface ExtensionEntry {
  /** The rule appended. */
  readonly rule: Rule<never, unknown>;
  /** The layer that appended it. */
  readonly layer: string;
  /** First day it is in force; `null`: always. */
  readonly from: string | null;
  /** First day it no longer is; `null`: never. */
  readonly until: string | null;
  /** Its guard, when it has one. */
  readonly applies?: (ctx: RuleContext, input: never) => boolean;
}

/**
 * What the policy's layers appended to an extension point, most general layer first and
 * in the order each layer lists them: all of it, or (given a date) what is in force then.
 * Empty when the policy does not declare the point.
 * @example
 * extensionsOf(nationalPolicy(), trainingSubsidyChecks).length // → 0
 */
export function extensionsOf(policy: Policy, point: ExtensionPoint<never, unknown>, date?: string): readonly ExtensionEntry[] {
  const chain = policy.extensionChains.get(point.id);
  if (chain === undefined) return [];
  const out: ExtensionEntry[] = [];
  for (const { extension, layer } of chain.entries) {
    const from = extension.from ?? null;
    const until = extension.until ?? null;
    if (date !== undefined && ((from !== null && date < from) || (until !== null && date >= until))) continue;
    out.push(extension.applies === undefined ? { rule: extension.rule, layer: layer.id, from, until } : { rule: extension.rule, layer: layer.id, from, until, applies: extension.applies });
  }
  return out;
}

/** A layer's dated values as rows: each until the next, the last until `end` (or open-ended). */
function valueRows(layer: string, kind: ParameterValue["kind"], citation: Citation, values: readonly DatedValue<unknown>[], end?: string): ParameterValue[] {
  return values.map((v, i) => ({
    layer,
    kind,
    from: v.from as CivilDate,
    until: (values[i + 1]?.from ?? end ?? null) as CivilDate | null,
    value: v.value,
    citation: v.citation ?? citation,
    passage: v.passage ?? null,
  }));
}

/** The public view of a parameter chain. */
function describeParameter(chain: ParameterChain): PolicyParameter {
  const { parameter } = chain;
  return {
    id: parameter.id,
    parameter,
    declaredBy: chain.layer.id,
    changes: chain.overrides.map(({ override, layer }) => ({
      layer: layer.id,
      level: layer.level,
      kind: override.kind,
      label: override.label,
      citation: override.citation,
      until: (override.kind === "replace" ? (override.until ?? null) : null) as CivilDate | null,
    })),
    values: [
      ...valueRows(chain.layer.id, "declared", parameter.citation, parameter.values),
      ...chain.overrides.flatMap(({ override, layer }) => valueRows(layer.id, override.kind, override.citation, override.values, override.kind === "replace" ? override.until : undefined)),
    ],
  };
}

/** The data of the layers, in a stable shape, for the content hash. */
function describeLayers(layers: readonly Layer[]): unknown {
  return layers.map((layer) => ({
    id: layer.id,
    level: layer.level,
    region: layer.region,
    documents: layer.documents,
    issuedOn: layer.issuedOn,
    parameters: (layer.parameters ?? []).map((p) => ({ id: p.id, citation: p.citation, values: decisive(p.values), lastVerifiedOn: p.lastVerifiedOn })),
    rules: (layer.rules ?? []).map((r) => ({ id: r.id, citation: r.citation, extensionPoints: r.extensionPoints?.map((p) => p.id) })),
    measures: (layer.measures ?? []).map((m) => ({ measure: m.measure, rule: m.rule.id, extensionPoints: m.rule.extensionPoints?.map((p) => p.id) })),
    parameterOverrides: (layer.parameterOverrides ?? []).map((o) => ({
      kind: o.kind,
      target: o.target.id,
      label: o.label,
      citation: o.citation,
      values: decisive(o.values),
      until: o.kind === "replace" ? o.until : undefined,
    })),
    ruleOverrides: (layer.ruleOverrides ?? []).map((o) => ({ kind: o.kind, target: o.target.id, label: o.label, citation: o.citation, from: o.from, until: o.until })),
    constraints: (layer.constraints ?? []).map((c) => ({ parameter: c.parameter.id, citation: c.citation })),
    extensions: layer.extensions?.map((e) => ({ point: e.point.id, rule: e.rule.id, citation: e.rule.citation, from: e.from, until: e.until, guarded: e.applies === undefined ? undefined : true })),
    follows: layer.follows,
  }));
}

/** A parameter's values without their passages: the words quoted do not change what is decided, so they do not change the hash. */
function decisive(values: readonly DatedValue<unknown>[]): readonly DatedValue<unknown>[] {
  return values.map(({ passage: _passage, ...rest }) => rest);
}

export { canonicalJson } from "./order.js";
