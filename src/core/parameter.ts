/**
 * Parameters: values the rules use that the texts set, or leave to a lower level,
 * as dated data (after OpenFisca's `parameters/*.yaml`). A value is in force from
 * its `from` date until the next entry's `from`; an entry whose value is `null`
 * ends the parameter. Each parameter carries its citation and the date someone
 * last checked it against the text.
 */
import type * as z from "zod";
import type { ValueShape } from "../provisions/values.js";
import type { Citation } from "./citation.js";
import { assert } from "./assert.js";
import type { CivilDate } from "./date.js";
import { isCivilDate } from "./date.js";

/** A bilingual label. */
export interface Label {
  /** Chinese. */
  readonly zh: string;
  /** English. */
  readonly en: string;
}

/** One entry of a parameter's values: a value in force from a date. */
export interface DatedValue<T> {
  /** First day the value is in force. */
  readonly from: string;
  /** The value, or `null` where the parameter stops being in force. */
  readonly value: T | null;
  /** Where this value is written, when it is not the parameter's own citation. */
  readonly citation?: Citation;
  /** The words of the text that set the value, verbatim from `law/sources/` (white space aside). */
  readonly passage?: string;
}

/**
 * A parameter: a value a rule reads (a rate, a cap, a list), dated, with its citation.
 * The value in force on a date is {@link valueAt}; inside a policy, the layers' overrides
 * apply too (see {@link RuleContext.param}).
 */
export interface Parameter<T> {
  /** Stable dotted id, e.g. `livingAllowance.dailyRate`. */
  readonly id: string;
  /** What the parameter is, in Chinese and English. */
  readonly label: Label;
  /** The provision that defines the parameter (or leaves it to a lower level). */
  readonly citation: Citation;
  /** Sorted by `from`; may be empty where the text leaves the value to a lower level. */
  readonly values: readonly DatedValue<T>[];
  /** The date the values were last checked against the source text. */
  readonly lastVerifiedOn: string;
  /** How the value reads, e.g. `yuan/day`. */
  readonly unit?: string;
  /**
   * The shape of one value: how a value given as data (a reform patch, a scenario file) is
   * checked. The library's parameters declare a {@link ValueShape} (plain data, from
   * `provisions/values.ts`), which the reform turns into a zod schema when it checks a patch,
   * so the rules load no zod; a zod schema whose output is `T` is accepted too. Every
   * parameter of the library's policies declares one (a test checks it); a parameter
   * without one cannot be patched by a reform.
   */
  readonly valueSchema?: ValueShape<T> | z.ZodType<T>;
}

/** The answer of {@link valueAt}. */
export type ValueAt<T> =
  | { readonly inForce: true; readonly value: T; readonly from: CivilDate; readonly until: CivilDate | null; readonly citation: Citation }
  | { readonly inForce: false; readonly reason: "not_yet" | "ended" | "no_values"; readonly from: CivilDate | null };

/** Each parameter's (and target group's) label by id, as first defined: what a message names it by ({@link parameterLabel}). */
const LABELS = new Map<string, Label>();

/**
 * The label a parameter was first defined with ({@link defineParameter}), or a target group
 * (`defineGroup`, {@link nameLabel}), by id; `undefined` for an id no module loaded defines. The locales name a parameter
 * or a group by it where they have no term of their own (the label is the one place its name is written).
 * @example parameterLabel("livingAllowance.dailyRate")?.en // → "living allowance per person per training day (yuan)"
 */
export function parameterLabel(id: string): Label | undefined {
  return LABELS.get(id);
}

/**
 * Records the label a named thing other than a parameter — a target group — was first defined with, for {@link parameterLabel}.
 * @internal
 */
export function nameLabel(id: string, label: Label): void {
  if (!LABELS.has(id)) LABELS.set(id, label);
}

/**
 * Checks a parameter's shape and returns it: dates are civil dates, strictly
 * increasing, and `lastVerifiedOn` is a civil date.
 * @throws SkillsSubsidyError on a malformed parameter (a configuration fault).
 * @example
 * const rate = defineParameter<string>({
 *   id: "example.dailyRate", label: { zh: "每天", en: "per day" }, citation: cite("gbf2019.local-standards", "§(十二)"),
 *   values: [{ from: "2020-01-01", value: "50.00" }, { from: "2023-01-01", value: null }], lastVerifiedOn: "2026-11-25",
 * });
 * valueAt(rate, civilDate("2021-06-01")) // → {"inForce":true,"value":"50.00","from":"2020-01-01","until":"2023-01-01","citation":{"provision":"gbf2019.local-standards","document":"gbf2019","clause":"§(十二)"}}
 * valueAt(rate, civilDate("2023-06-01")) // → {"inForce":false,"reason":"ended","from":"2023-01-01"}
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineParameter<T>(parameter: Parameter<T>): Parameter<T> {
  if (!LABELS.has(parameter.id)) LABELS.set(parameter.id, parameter.label);
  assert(isCivilDate(parameter.lastVerifiedOn), "invalid_parameter", { zh: `参数 ${parameter.id}：lastVerifiedOn 不是有效日期`, en: `parameter ${parameter.id}: lastVerifiedOn is not a civil date` }, { parameter: parameter.id, field: "lastVerifiedOn" });
  let previous = "";
  for (const entry of parameter.values) {
    assert(isCivilDate(entry.from), "invalid_parameter", { zh: `参数 ${parameter.id}：${entry.from} 不是有效日期`, en: `parameter ${parameter.id}: ${entry.from} is not a civil date` }, { parameter: parameter.id, field: "from" });
    assert(entry.from > previous, "invalid_parameter", { zh: `参数 ${parameter.id}：日期必须严格递增（${entry.from}）`, en: `parameter ${parameter.id}: dates must be strictly increasing (${entry.from})` }, { parameter: parameter.id, field: "values", from: entry.from });
    previous = entry.from;
  }
  return parameter;
}


/**
 * The value in force on `date`, or why none is.
 * The parameter's own values only: inside a policy, use {@link RuleContext.param}, which
 * applies the layers' overrides.
 * @example
 * // the national slot for the daily living allowance has no values: the amount is local
 * valueAt(livingAllowanceDailyRate, civilDate("2020-06-01")) // → {"inForce":false,"reason":"no_values","from":null}
 */
export function valueAt<T>(parameter: Parameter<T>, date: CivilDate): ValueAt<T> {
  const values = parameter.values;
  if (values.length === 0) return { inForce: false, reason: "no_values", from: null };
  let index = -1;
  for (let i = 0; i < values.length; i++) {
    if ((values[i] as DatedValue<T>).from <= date) index = i;
    else break;
  }
  if (index < 0) return { inForce: false, reason: "not_yet", from: null };
  const entry = values[index] as DatedValue<T>;
  const next = values[index + 1];
  if (entry.value === null) return { inForce: false, reason: "ended", from: entry.from as CivilDate };
  return {
    inForce: true,
    value: entry.value,
    from: entry.from as CivilDate,
    until: next === undefined ? null : (next.from as CivilDate),
    citation: entry.citation ?? parameter.citation,
  };
}

/**
 * The same parameter (same id, label, unit) with a layer's own values and citation:
 * how a layer declares a parameter slot that a provision defines without values.
 * @example
 * const local = withValues(livingAllowanceDailyRate, {
 *   citation: cite("gbf2019.local-standards", "§(十二)"), values: [{ from: "2019-01-01", value: "50.00" }], lastVerifiedOn: "2026-11-25",
 * });
 * valueAt(local, civilDate("2020-06-01")).inForce // → true
 */
/* @__NO_SIDE_EFFECTS__ */
export function withValues<T>(
  parameter: Parameter<T>,
  own: { readonly citation: Citation; readonly values: readonly DatedValue<T>[]; readonly lastVerifiedOn: string },
): Parameter<T> {
  return defineParameter({ ...parameter, citation: own.citation, values: own.values, lastVerifiedOn: own.lastVerifiedOn });
}
