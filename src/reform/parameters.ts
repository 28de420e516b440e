/**
 * The parameter browser: every parameter of a policy with its label, unit, the layer that
 * declares it, every dated value each layer of the chain gives it (with the provision,
 * clause and passage that set it), the value in force on a date, and the rules that read
 * it. What `skills-subsidy params` prints and `docs/parameters.md` is generated from: the
 * ids listed are the ids a reform can patch.
 */
import type { Citation } from "../core/citation.js";
import type { CivilDate } from "../core/date.js";
import { resolveParameterOn } from "../core/decision.js";
import { isCivilDate } from "../core/date.js";
import { checkArgument, checkPolicy } from "../arguments.js";
import type { ParameterValue, Policy } from "../core/layer.js";
import type { Label } from "../core/parameter.js";
import { compareCodeUnits } from "../core/order.js";
import { DIRECT_READERS, PARAMETER_READERS, RULE_REPLACEMENTS, RULE_USES } from "./parameterReaders.js";

/** One dated value of a parameter, as one layer of the chain gives it (the policy's {@link ParameterValue}). */
export type ParameterValueRow = ParameterValue;

/** What the value in force on a date is, and where it comes from. */
export type ParameterInForce =
  | { readonly inForce: true; readonly value: unknown; readonly from: CivilDate; readonly layer: string; readonly citation: Citation; readonly passage: string | null }
  | { readonly inForce: false; readonly reason: "no_values" | "not_yet" | "ended"; readonly layer: string; readonly citation: Citation };

/** One parameter of a policy, for the browser. */
export interface ParameterListing {
  /** The id a reform patch names. */
  readonly id: string;
  /** What the parameter is, in Chinese and English. */
  readonly label: Label;
  /** How its value reads (`yuan/day`, `fraction`, …); `null` for lists, flags and records. */
  readonly unit: string | null;
  /** The layer that declares it. */
  readonly declaredBy: string;
  /** The provision that defines the parameter. */
  readonly citation: Citation;
  /** True when it declares a value shape, so a reform can patch it. */
  readonly reformable: boolean;
  /** Every dated value of every layer of the chain, most general layer first. */
  readonly values: readonly ParameterValueRow[];
  /** The value in force on the date asked for, when one was. */
  readonly inForce?: ParameterInForce;
  /** The rules of the policy that read it ({@link rulesReading}), then any function outside the rules that does (`name()`); empty when a caller resolves it. */
  readonly readBy: readonly string[];
}

/**
 * Every parameter of a policy, sorted by id: label, unit, the declaring layer, every dated
 * value of every layer with its citation and passage, the value in force on `on` (when
 * given), and the rules that read it.
 * @example
 * const all = listParameters(jiaxingPolicy(), civilDate("2020-06-01"));
 * const rate = all.find((p) => p.id === "livingAllowance.dailyRate");
 * [rate?.inForce?.inForce, rate?.inForce && "value" in rate.inForce ? rate.inForce.value : null] // → [true,"50.00"]
 * rate?.readBy // → ["livingAllowance"]
 * all.every((p) => p.reformable) // → true
 * @throws SkillsSubsidyError `invalid_argument` naming the argument when `policy` is not a policy (the policy comes
 * first, then the date) or `on` is given and is not a date `YYYY-MM-DD` that exists.
 */
export function listParameters(policy: Policy, on?: CivilDate): ParameterListing[] {
  checkPolicy(policy);
  checkArgument(on === undefined || isCivilDate(on), "on", { zh: "存在的日期 YYYY-MM-DD（字符串）或不给出", en: "a date YYYY-MM-DD that exists (a string), or absent" }, on);
  const out: ParameterListing[] = [];
  for (const { id, parameter, declaredBy, values } of policy.parameters) {
    let inForce: ParameterInForce | undefined;
    if (on !== undefined) {
      const r = resolveParameterOn(policy, parameter, on);
      if ("value" in r) {
        const row = values.find((v) => v.layer === r.layer && v.from === r.from);
        inForce = { inForce: true, value: r.value, from: r.from, layer: r.layer, citation: r.citation, passage: row?.passage ?? null };
      } else inForce = { inForce: false, reason: r.reason, layer: r.layer, citation: r.citation };
    }
    out.push({
      id,
      label: parameter.label,
      unit: parameter.unit ?? null,
      declaredBy,
      citation: parameter.citation,
      reformable: parameter.valueSchema !== undefined,
      values,
      ...(inForce === undefined ? {} : { inForce }),
      readBy: readBy(policy, id),
    });
  }
  return out.sort((a, b) => compareCodeUnits(a.id, b.id));
}

/** {@link ParameterListing.readBy}: the policy's rules reading the parameter, then the helpers outside the rules that do. */
function readBy(policy: Policy, id: string): string[] {
  return [...rulesReading(policy, id), ...(PARAMETER_READERS[id] ?? []).filter((r) => r.endsWith("()"))];
}

/**
 * The rules of a policy that read a parameter, by the library's list of readers
 * (`PARAMETER_READERS`, found in the rules' source): those of its readers that are a rule or
 * measure of the policy, or a rule override of one of its layers (`<rule id> (<layer id>)`).
 * `during`: only the days from `from` until `until` (a reform's values), where a replacement dated to some days (`from`,
 * `until`) decides on them alone; without it, every day.
 * A rule a layer of the policy replaces (`replaceRule`) reads the parameter only when its
 * replacement — the most specific layer's — does (`RULE_REPLACEMENTS`): Jiaxing's scope replaces
 * gbf2019's groups and reads no parameter, so `trainingSubsidy.groups` has no reader there (cold
 * audit 8). A replacement of a layer of your own, which the library's list does not know, is
 * taken to read what the rule did.
 * Empty: no rule of the policy reads the parameter, so a change to it cannot change a
 * decision (a function outside the rules, listed as `name()` in `readBy`, may still read it).
 * A rule of a layer of your own is not in the library's list.
 * @example
 * rulesReading(jiaxingPolicy(), "livingAllowance.dailyRate") // → ["livingAllowance"]
 * // gbf2019 §(十二) sets the share of the training subsidy paid in advance; no rule reads it
 * rulesReading(jiaxingPolicy(), "advancePayment.sharePercent") // → []
 * // jx2019 五(十一) replaces gbf2019's groups with every worker with a residency basis on the plan's days (2019-12-13 … 2021-12-31):
 * // gbf2019's rule reads them on the others, and on the plan's days no rule does
 * rulesReading(jiaxingPolicy(), "trainingSubsidy.groups") // → ["trainingSubsidy","trainingSubsidy.groups"]
 * rulesReading(jiaxingPolicy(), "trainingSubsidy.groups", { from: "2021-01-01", until: "2022-01-01" }) // → []
 */
export function rulesReading(policy: Policy, parameterId: string, during?: { readonly from: string; readonly until: string | null }): string[] {
  const layers = new Set<string>();
  const rules = new Set<string>();
  // The most specific layer replacing each rule (rule overrides apply most specific first).
  const replacedBy = new Map<string, string>();
  // Rules replaced on some days only (a dated replacement): on the others the rule's own body runs, so it reads both.
  const partly = new Set<string>();
  for (const layer of policy.layers) {
    layers.add(layer.id);
    for (const rule of layer.rules ?? []) rules.add(rule.id);
    for (const binding of layer.measures ?? []) rules.add(binding.rule.id).add(binding.measure);
    for (const extension of layer.extensions ?? []) rules.add(extension.rule.id);
    for (const override of layer.ruleOverrides ?? []) {
      if (override.kind !== "replace") continue;
      replacedBy.set(override.target.id, layer.id);
      // dated, and not covering the whole of `during` (when given): the rule's own body runs on some days
      const covers = during !== undefined && (override.from === undefined || override.from <= during.from) && (override.until === undefined || (during.until !== null && during.until <= override.until));
      if ((override.from !== undefined || override.until !== undefined) && !covers) partly.add(override.target.id);
      else partly.delete(override.target.id);
    }
  }
  // What a rule of the policy runs as: its replacement's reads and runs when the library knows the replacement, else its own.
  const replacement = (rule: string) => {
    const layer = replacedBy.get(rule);
    return layer === undefined ? undefined : RULE_REPLACEMENTS[layer]?.[rule];
  };
  const ownReads = (rule: string) => (DIRECT_READERS[parameterId] ?? PARAMETER_READERS[parameterId] ?? []).includes(rule);
  const readsItself = (rule: string) => {
    const r = replacement(rule);
    if (r === undefined) return ownReads(rule);
    return r.reads.includes(parameterId) || (partly.has(rule) && ownReads(rule));
  };
  const runs = (rule: string) => {
    const r = replacement(rule);
    if (r === undefined) return RULE_USES[rule] ?? [];
    return partly.has(rule) ? [...r.uses, ...(RULE_USES[rule] ?? [])] : r.uses;
  };
  const candidates = (PARAMETER_READERS[parameterId] ?? []).filter((reader) => {
    const override = /^(\S+) \((\S+)\)$/.exec(reader);
    return override === null ? rules.has(reader) : layers.has(override[2] as string);
  });
  // A rule reads the parameter when its body (or its replacement) does, or when it runs a rule that reads it — one the
  // policy binds or not (a rule no layer declares runs its own body when run).
  const all = [...new Set([...candidates, ...(DIRECT_READERS[parameterId] ?? []), ...(PARAMETER_READERS[parameterId] ?? [])])].filter((reader) => !reader.endsWith("()"));
  const reading = new Set(all.filter((reader) => reader.includes(" ") || readsItself(reader)));
  for (let grew = true; grew; ) {
    grew = false;
    for (const reader of all) {
      if (reading.has(reader) || !runs(reader).some((used) => reading.has(used))) continue;
      reading.add(reader);
      grew = true;
    }
  }
  return candidates.filter((reader) => reading.has(reader));
}
