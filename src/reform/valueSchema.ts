/**
 * A parameter's value shape ({@link ValueShape}, plain data declared beside the parameter)
 * as the zod schema a reform checks a patched value with. The rules' modules hold shapes,
 * not schemas, so they load no zod (issue #16); the schema is built here, on the first
 * patch of the parameter, and kept.
 */
import * as z from "zod";
import { documents } from "../catalogue/documents.js";
import { amount, AMOUNT_PATTERN } from "../core/money.js";
import type { Parameter } from "../core/parameter.js";
import type { ValueShape, ValueShapeNode } from "../provisions/values.js";
import { DECIMAL_PATTERN, PERCENT_PATTERN, SHARE_PATTERN } from "../provisions/values.js";
import { SubsidyCatalogue } from "../records/catalogue.js";
import { AmountSchema, Measure, SkillLevel } from "../records/common.js";
import { ID_PATTERN } from "../records/kinds.js";
import { TraineeStatus } from "../records/trainee.js";
import { CertificateKind } from "../records/training.js";

const built = new WeakMap<object, z.ZodType>();

/** The library's own value kinds, each built once. */
type NamedKind = Exclude<ValueShapeNode["kind"], "enum" | "reference" | "list" | "record" | "partialRecord" | "object" | "union">;

const NAMED: { readonly [K in NamedKind]: () => z.ZodType } = {
  amount: () => AmountSchema,
  share: () =>
    z
      .string()
      .regex(SHARE_PATTERN, { error: "invalid_share" })
      .meta({ description: "a share from 0 to 1 as a decimal string, e.g. \"0.60\"" }),
  decimal: () =>
    z
      .string()
      .regex(DECIMAL_PATTERN, { error: "invalid_decimal" })
      .meta({ description: "a non-negative decimal as a string, e.g. \"1.2\"" }),
  percent: () =>
    z
      .string()
      .regex(PERCENT_PATTERN, { error: "invalid_percent" })
      .meta({ description: "a percentage from 0 to 100 as a decimal string, e.g. \"30\"" }),
  count: () => z.number().int().min(0).max(1000),
  code: () => z.string().min(1).max(100).regex(ID_PATTERN),
  documentKey: () => z.enum(Object.keys(documents) as [keyof typeof documents, ...(keyof typeof documents)[]]),
  boolean: () => z.boolean(),
  skillLevel: () => SkillLevel,
  measure: () => Measure,
  traineeStatus: () => TraineeStatus,
  certificateKind: () => CertificateKind,
  subsidyCatalogue: () => SubsidyCatalogue,
};

function build(shape: ValueShapeNode): z.ZodType {
  switch (shape.kind) {
    case "enum":
      return z.enum(shape.values);
    case "reference": {
      const keys = new Set(shape.keys);
      return z.string().refine((id) => keys.has(id), { error: "unknown_reference" });
    }
    case "list": {
      const list = z.array(toZod(shape.item)).max(1000).readonly();
      return shape.nonEmpty === true ? list.refine((items) => items.length > 0) : list;
    }
    case "record":
      return z.record(z.string().min(1).max(100), toZod(shape.value));
    case "partialRecord":
      return z.partialRecord(toZod(shape.key) as z.ZodEnum, toZod(shape.value));
    case "object": {
      const object = z.strictObject(Object.fromEntries(Object.entries(shape.fields).map(([k, v]) => [k, toZod(v)])));
      if (shape.range === undefined) return object;
      // A range's top below its bottom holds no value: refused, never read as denying every value.
      const [bottom, top] = shape.range;
      return object.superRefine((value, ctx) => {
        const low = value[bottom];
        const high = value[top];
        // compared only once both are amounts: a field that is not is its own issue (invalid_amount), never a throw
        if (typeof low === "string" && typeof high === "string" && AMOUNT_PATTERN.test(low) && AMOUNT_PATTERN.test(high) && amount(high).lessThan(low)) {
          ctx.addIssue({ code: "custom", path: [], params: { reason: "range_top_below_bottom", bottom, top, bottomValue: low, topValue: high }, input: value });
        }
      });
    }
    case "union":
      return z.union(shape.options.map(toZod) as [z.ZodType, ...z.ZodType[]]);
    default:
      return NAMED[shape.kind]();
  }
}

/**
 * The zod schema of a value shape (built on first use, then kept).
 * @example
 * import { Count, listOf } from "../provisions/values.js";
 * const s = toZod(listOf(Count));
 * [s.safeParse([1, 2]).success, s.safeParse([1001]).success, s.safeParse("1").success] // → [true,false,false]
 */
export function toZod<T>(shape: ValueShape<T>): z.ZodType<T> {
  let schema = built.get(shape);
  if (schema === undefined) {
    schema = build(shape);
    built.set(shape, schema);
  }
  return schema as z.ZodType<T>;
}

/**
 * The zod schema that checks a value of `parameter` given as data, or `undefined` when the
 * parameter declares no value shape (it cannot be patched by a reform). A parameter may
 * declare a zod schema itself (a city added outside the library); it is used as it is.
 * @example
 * import { livingAllowanceDailyRate } from "../provisions/livingAllowance/livingAllowance.js";
 * valueSchemaOf(livingAllowanceDailyRate)?.safeParse("sixty").success // → false
 */
export function valueSchemaOf<T>(parameter: Parameter<T>): z.ZodType<T> | undefined {
  const shape = parameter.valueSchema;
  if (shape === undefined) return undefined;
  return "safeParse" in shape ? shape : toZod(shape);
}
