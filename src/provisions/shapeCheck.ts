/**
 * A parameter's value read against its value shape ({@link ValueShapeNode}) without zod, for the values a layer gives
 * in code (`defineParameter`, `replaceParameter`, `capParameter`, `topUpParameter`): a policy is built from them, and
 * a rate of `"-60.00"` or `"1.005"` would otherwise decide claims (cold review 110 F7: the living allowance refused
 * 0.00, or paid 7.04 for seven days). A reform's patch, given as data, is checked by the zod schema of the same shape
 * (`src/reform/valueSchema.ts`), which also turns numbers into strings; here the value is only read, not changed.
 */
import { documents } from "../catalogue/documents.js";
import { assert } from "../core/assert.js";
import { amount } from "../core/money.js";
import type { Parameter } from "../core/parameter.js";
import { isAmount } from "../records/checks.js";
import { CERTIFICATE_KINDS, ID_PATTERN, MEASURES, SKILL_LEVELS, TRAINEE_STATUSES } from "../records/kinds.js";
import { parseSubsidyCatalogue } from "../records/parse.js";
import type { ValueShapeNode } from "./values.js";
import { DECIMAL_PATTERN, PERCENT_PATTERN, SHARE_PATTERN } from "./values.js";

/** Where in a value it is not of its shape, and what was expected there. */
export interface ShapeIssue {
  /** The path inside the value (`""` for the value itself, `.levels.junior`, `[2]`). */
  readonly path: string;
  /** What the shape expects there, in Chinese and English. */
  readonly expected: { readonly zh: string; readonly en: string };
  /** What is there instead. */
  readonly value: unknown;
}

const oneOf = (values: readonly string[]) => ({ zh: `${values.join("、")} 之一`, en: `one of ${values.join(", ")}` });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const NAMED: Readonly<Record<string, readonly [(v: unknown) => boolean, { readonly zh: string; readonly en: string }]>> = {
  amount: [isAmount, { zh: "不小于 0、至多两位小数的金额（元）", en: "an amount in yuan, 0 or more with at most two decimals" }],
  share: [(v) => typeof v === "string" && SHARE_PATTERN.test(v), { zh: "0 至 1 的比例（字符串，至多四位小数）", en: "a share from 0 to 1 as a string with at most four decimals" }],
  decimal: [(v) => typeof v === "string" && DECIMAL_PATTERN.test(v), { zh: "非负小数（字符串）", en: "a non-negative decimal as a string" }],
  percent: [(v) => typeof v === "string" && PERCENT_PATTERN.test(v), { zh: "0 至 100 的百分数（字符串）", en: "a percentage from 0 to 100 as a string" }],
  count: [(v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1000, { zh: "0 至 1000 的整数", en: "a whole number from 0 to 1000" }],
  code: [(v) => typeof v === "string" && v.length <= 100 && ID_PATTERN.test(v), { zh: "编码（字母、数字及 . _ : -）", en: "a code (letters, digits, . _ : -)" }],
  boolean: [(v) => typeof v === "boolean", { zh: "true 或 false", en: "true or false" }],
};
const LISTS: Readonly<Record<string, readonly string[] | undefined>> = {
  skillLevel: SKILL_LEVELS,
  measure: MEASURES,
  traineeStatus: TRAINEE_STATUSES,
  certificateKind: CERTIFICATE_KINDS,
};

/**
 * The first place where `value` is not of `shape`, or `null` when it is.
 * @example shapeIssue({ kind: "amount" }, "60.00") // → null
 * @example shapeIssue({ kind: "amount" }, "-60.00")?.path // → ""
 * @example shapeIssue({ kind: "list", item: { kind: "count" } }, [1, 1.5])?.path // → "[1]"
 */
export function shapeIssue(shape: ValueShapeNode, value: unknown, path = ""): ShapeIssue | null {
  const fail = (zh: string, en: string): ShapeIssue => ({ path, expected: { zh, en }, value });
  switch (shape.kind) {
    case "enum":
    case "reference": {
      const values = shape.kind === "enum" ? shape.values : shape.keys;
      return typeof value === "string" && values.includes(value) ? null : { path, expected: oneOf(values), value };
    }
    case "list": {
      if (!Array.isArray(value) || value.length > 1000 || (shape.nonEmpty === true && value.length === 0)) return fail(`数组（至多 1000 项${shape.nonEmpty === true ? "，至少 1 项" : ""}）`, `a list (at most 1000 items${shape.nonEmpty === true ? ", at least one" : ""})`);
      for (let i = 0; i < value.length; i++) {
        const issue = shapeIssue(shape.item, value[i], `${path}[${i}]`);
        if (issue !== null) return issue;
      }
      return null;
    }
    case "record":
    case "partialRecord": {
      if (!isObject(value)) return fail("对象", "an object");
      for (const [key, item] of Object.entries(value)) {
        const keyIssue = shape.kind === "record" ? (key.length >= 1 && key.length <= 100 ? null : { path, expected: { zh: "1 至 100 个字符的键", en: "keys of 1 to 100 characters" }, value: key }) : shapeIssue(shape.key, key, `${path}.${key}`);
        if (keyIssue !== null) return keyIssue;
        const issue = shapeIssue(shape.value, item, `${path}.${key}`);
        if (issue !== null) return issue;
      }
      return null;
    }
    case "object": {
      const fields = Object.keys(shape.fields);
      if (!isObject(value)) return fail(`对象（字段 ${fields.join("、")}）`, `an object (fields ${fields.join(", ")})`);
      for (const key of Object.keys(value)) if (!(key in shape.fields)) return fail(`对象，只有字段 ${fields.join("、")}（多了 ${key}）`, `an object of the fields ${fields.join(", ")} only (not ${key})`);
      for (const key of fields) {
        const issue = shapeIssue(shape.fields[key] as ValueShapeNode, value[key], `${path}.${key}`);
        if (issue !== null) return issue;
      }
      if (shape.range !== undefined) {
        const [bottom, top] = shape.range;
        if (amount(value[top] as string).lessThan(value[bottom] as string)) return fail(`${top} 不小于 ${bottom} 的区间`, `a range whose ${top} is not below its ${bottom}`);
      }
      return null;
    }
    case "union": {
      for (const option of shape.options) if (shapeIssue(option, value, path) === null) return null;
      return shapeIssue(shape.options[0], value, path);
    }
    case "subsidyCatalogue": {
      // an edition as parseSubsidyCatalogue reads one, the issue named where the parser names it (cold review 112 F4: the
      // standards "-1500.00" refused every claim 0.00; `{}` threw a TypeError in the middle of a batch)
      const parsed = parseSubsidyCatalogue(value);
      if (parsed.ok) return null;
      const first = parsed.issues[0];
      const at = first === undefined ? "" : first.path.map((k) => (typeof k === "number" ? `[${k}]` : `.${k}`)).join("");
      return { path: `${path}${at}`, expected: { zh: `补贴目录（${first?.message.zh ?? "由 parseSubsidyCatalogue 解析"}）`, en: `a subsidy catalogue (${first?.message.en ?? "as parseSubsidyCatalogue parses one"})` }, value };
    }
    default: {
      const list = shape.kind === "documentKey" ? Object.keys(documents) : LISTS[shape.kind];
      if (list !== undefined) return typeof value === "string" && list.includes(value) ? null : { path, expected: oneOf(list), value };
      const named = NAMED[shape.kind];
      return named === undefined || named[0](value) ? null : { path, expected: named[1], value };
    }
  }
}

/**
 * Throws `invalid_parameter` unless every value of `parameter` but an end (`null`) is of its value shape
 * ({@link Parameter.valueSchema}; a zod schema is asked with `safeParse`): a rate of `"-60.00"` or `"1.005"` given in code
 * would otherwise decide claims (cold review 110 F7). `layer` names the layer whose override gave the values. Asked by
 * `buildPolicy` of every layer's values.
 * @internal
 */
export function checkParameterValues(parameter: Parameter<unknown>, layer?: string): void {
  const shape = parameter.valueSchema;
  if (shape === undefined) return;
  parameter.values.forEach((entry, i) => {
    if (entry.value === null) return;
    const issue = "safeParse" in shape ? (shape.safeParse(entry.value).success ? null : { path: "", expected: { zh: "参数声明的形式", en: "the form the parameter declares" }, value: entry.value }) : shapeIssue(shape, entry.value);
    if (issue === null) return;
    const field = `values[${i}].value${issue.path}`;
    const got = JSON.stringify(issue.value) ?? String(issue.value);
    const zh = layer === undefined ? `参数 ${parameter.id}` : `层 ${layer} 覆盖参数 ${parameter.id}`;
    const en = layer === undefined ? `parameter ${parameter.id}` : `layer ${layer} overrides parameter ${parameter.id}`;
    assert(false, "invalid_parameter", { zh: `${zh}：自 ${entry.from} 起的值 ${field} 应为${issue.expected.zh}，实际为 ${got}`, en: `${en}: the value from ${entry.from}, ${field}, must be ${issue.expected.en}, got ${got}` }, { parameter: parameter.id, field, from: entry.from, ...(layer === undefined ? {} : { layer }) });
  });
}
