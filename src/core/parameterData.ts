/**
 * Parameter values as data. Each layer's values live in a data file beside the layer
 * (`<layer>.params.yaml`: per parameter its provision and clause, `lastVerifiedOn`, and
 * dated values each with the passage of the text that sets it), which
 * `node scripts/params.mjs` checks against `law/` and compiles to `<layer>.params.ts`.
 * A layer reads its values from the compiled file with {@link declareFromData} (a
 * parameter the layer declares) and {@link overrideFromData} (a parameter declared
 * above whose values the layer replaces); the compiled values are typed against the
 * parameter, so a value of the wrong shape fails `tsc`.
 */
import { assert } from "./assert.js";
import type { Citation } from "./citation.js";
import type { ParameterOverride } from "./layer.js";
import { replaceParameter } from "./layer.js";
import type { DatedValue, Label, Parameter } from "./parameter.js";
import { withValues } from "./parameter.js";

/** One parameter's entry in a layer's data file, compiled. */
export interface ParameterData<T = unknown> {
  /** The parameter's id. */
  readonly id: string;
  /** The provision and clause of this layer that sets the values. */
  readonly citation: Citation;
  /** The date the values were last checked against the text. */
  readonly lastVerifiedOn: string;
  /** The unit the values are in, when the file states it (it must be the parameter's). */
  readonly unit?: string;
  /** The dated values, each with the passage that sets it; a `null` value ends the parameter. */
  readonly values: readonly DatedValue<T>[];
}

/** An override's entry in a layer's data file, compiled. */
export interface OverrideData<T = unknown> extends ParameterData<T> {
  /** What the override does, in Chinese and English. */
  readonly label: Label;
  /** First day the override no longer applies, if it stops. */
  readonly until?: string;
}

/** A layer's data file, compiled: the parameters it declares with values, and its overrides. */
export interface LayerParameterData {
  /** The layer's id. */
  readonly layer: string;
  /** Parameters the layer declares, by id. */
  readonly parameters: Readonly<Record<string, ParameterData>>;
  /** Parameters declared above whose values the layer replaces, by id. */
  readonly overrides: Readonly<Record<string, OverrideData>>;
}

function checkData(parameter: Parameter<unknown>, data: ParameterData<unknown>): void {
  assert(data.id === parameter.id, "invalid_parameter", { zh: `参数数据 ${data.id} 被用于参数 ${parameter.id}`, en: `parameter data ${data.id} given for parameter ${parameter.id}` }, { parameter: parameter.id, field: "id" });
  assert(data.unit === undefined || data.unit === parameter.unit, "invalid_parameter", { zh: `参数 ${parameter.id}：数据文件的单位 ${data.unit} 与参数的单位（${parameter.unit ?? "无"}）不同`, en: `parameter ${parameter.id}: the data file's unit ${data.unit} is not the parameter's (${parameter.unit ?? "none"})` }, { parameter: parameter.id, field: "unit" });
}

/**
 * The parameter with the layer's values from its data file (see {@link withValues}).
 * @throws SkillsSubsidyError when the entry is another parameter's, or its unit differs.
 * @example
 * const data = { id: "trainingSubsidy.annualCap", citation: cite("gbf2019.annual-cap", "§(十二)"), lastVerifiedOn: "2026-11-25",
 *   values: [{ from: "2019-05-18", value: 3, passage: "原则上每人每年可享受不超过3次" }] };
 * declareFromData(annualCapLimit, data).values[0]?.value // → 3
 */
/* @__NO_SIDE_EFFECTS__ */
export function declareFromData<T>(parameter: Parameter<T>, data: ParameterData<T>): Parameter<T> {
  checkData(parameter as Parameter<unknown>, data);
  return withValues(parameter, { citation: data.citation, values: data.values, lastVerifiedOn: data.lastVerifiedOn });
}

/**
 * A `replace` override of a parameter declared above, from the layer's data file (see {@link replaceParameter}).
 * @throws SkillsSubsidyError when the entry is another parameter's, or its unit differs.
 * @example
 * const data = { id: "livingAllowance.dailyRate", label: { zh: "每人每天 50 元（示意）", en: "50 yuan a day (illustrative)" }, citation: cite("gbf2019.local-standards", "§(十二)"),
 *   lastVerifiedOn: "2026-11-25", values: [{ from: "2024-01-01", value: "50.00" }] };
 * overrideFromData(livingAllowanceDailyRate, data).kind // → "replace"
 */
/* @__NO_SIDE_EFFECTS__ */
export function overrideFromData<T>(parameter: Parameter<T>, data: OverrideData<T>): ParameterOverride {
  checkData(parameter as Parameter<unknown>, data);
  return replaceParameter(parameter, {
    label: data.label,
    citation: data.citation,
    values: data.values,
    lastVerifiedOn: data.lastVerifiedOn,
    ...(data.until === undefined ? {} : { until: data.until }),
  });
}
