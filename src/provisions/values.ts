/**
 * Value shapes shared by the parameter slots: how one value of a parameter given as data
 * (a reform patch, a scenario's reform) is checked. Every parameter declares one
 * ({@link Parameter.valueSchema}), so every parameter can be patched by a reform, and a
 * value of the wrong shape is a field-level issue in Chinese and English, never a crash.
 *
 * A shape is plain data (a {@link ValueShape}), not a zod schema: the rules' modules load
 * no zod, so a claim's evaluation does not either (issue #16). The reform code turns a
 * shape into its zod schema when it checks a patch (`src/reform/valueSchema.ts`).
 */
import type { CertificateKind, Measure } from "../records/kinds.js";
import type { SkillLevel } from "../records/common.js"; // types only: erased, no zod at run time
import type { TraineeStatus } from "../records/trainee.js";
import type { SubsidyCatalogue } from "../records/catalogue.js";
import type { DocumentKey } from "../catalogue/documents.js";

/**
 * One node of a value shape, as data. The named kinds are the library's own value kinds:
 * `amount` (yuan, as the records' `AmountSchema`), `share` (0 to 1, at most four decimals, as a
 * string), `decimal` (a non-negative decimal string), `percent` (0 to 100 as a string),
 * `count` (a whole number 0 to 1000), `code` (an id of a list a text names), `documentKey`,
 * `boolean`, and the record kinds `skillLevel`, `measure`, `traineeStatus`, `certificateKind`,
 * `subsidyCatalogue` (as the records' schemas of those names).
 */
export type ValueShapeNode =
  | {
      readonly kind:
        | "amount"
        | "share"
        | "decimal"
        | "percent"
        | "count"
        | "code"
        | "documentKey"
        | "boolean"
        | "skillLevel"
        | "measure"
        | "traineeStatus"
        | "certificateKind"
        | "subsidyCatalogue";
    }
  /** One of the strings listed. */
  | { readonly kind: "enum"; readonly values: readonly [string, ...string[]] }
  /** A string naming one of the keys listed; another string is `unknown_reference`. */
  | { readonly kind: "reference"; readonly keys: readonly string[] }
  /** A list (at most 1000 items) of one kind of value; `nonEmpty`: at least one. */
  | { readonly kind: "list"; readonly item: ValueShapeNode; readonly nonEmpty?: true }
  /** An object whose keys are ids (1 to 100 characters) and whose values have one shape. */
  | { readonly kind: "record"; readonly value: ValueShapeNode }
  /** An object whose keys are some of an enum's values, each with one shape. */
  | { readonly kind: "partialRecord"; readonly key: ValueShapeNode; readonly value: ValueShapeNode }
  /**
   * An object with exactly these fields (each required); `range`: two of its amount fields,
   * the bottom and the top of a range, the top never below the bottom (else `range_top_below_bottom`).
   */
  | { readonly kind: "object"; readonly fields: Readonly<Record<string, ValueShapeNode>>; readonly range?: readonly [string, string] }
  /** A value of the first of these shapes it has. */
  | { readonly kind: "union"; readonly options: readonly [ValueShapeNode, ...ValueShapeNode[]] };

/**
 * A value shape whose checked value has type `T` (`T` is for the compiler only).
 * @example listOf(Count) // → {"kind":"list","item":{"kind":"count"}}
 */
export type ValueShape<T> = ValueShapeNode & { readonly "~value"?: T };

/** The type of value a shape checks. */
export type ShapeValue<S> = S extends ValueShape<infer T> ? T : never;

/**
 * Yuan, at most two decimals, as a string or a number; checked as the decimal string (`AmountSchema`).
 * @example AmountShape // → {"kind":"amount"}
 */
export const AmountShape: ValueShape<string> = { kind: "amount" };

/**
 * A share as a decimal string from 0 to 1 with at most four decimals, e.g. `"0.60"` (60 %).
 * @example Share // → {"kind":"share"}
 */
export const Share: ValueShape<string> = { kind: "share" };

/**
 * The form of a {@link Share}: a decimal string from 0 to 1 with at most four decimals. The one copy of the rule: a
 * reform's patch is checked with it (`src/reform/valueSchema.ts`) and so are the rates given to `educationFund`.
 * @example SHARE_PATTERN.test("0.60") // → true
 * @example SHARE_PATTERN.test("60") // → false
 */
export const SHARE_PATTERN = /^(0(\.\d{1,4})?|1(\.0{1,4})?)$/;

/**
 * The form of a {@link DecimalString}: a non-negative decimal string, at most nine digits before the point and four after.
 * The one copy of the rule: a reform's patch is checked with it (`src/reform/valueSchema.ts`) and so is a layer's value
 * (`src/provisions/shapeCheck.ts`).
 * @example [DECIMAL_PATTERN.test("1.2"), DECIMAL_PATTERN.test("1.20001")] // → [true,false]
 */
export const DECIMAL_PATTERN = /^\d{1,9}(\.\d{1,4})?$/;

/**
 * The form of a {@link Percent}: a decimal string from 0 to 100 with at most four decimals (one copy, as {@link DECIMAL_PATTERN}).
 * @example [PERCENT_PATTERN.test("100.0000"), PERCENT_PATTERN.test("101")] // → [true,false]
 */
export const PERCENT_PATTERN = /^(100(\.0{1,4})?|\d{1,2}(\.\d{1,4})?)$/;

/**
 * A non-negative decimal string, e.g. a factor `"1.2"` or a rate `"0.30"`.
 * @example DecimalString // → {"kind":"decimal"}
 */
export const DecimalString: ValueShape<string> = { kind: "decimal" };

/**
 * A percentage from 0 to 100 as a decimal string, e.g. `"30"`.
 * @example Percent // → {"kind":"percent"}
 */
export const Percent: ValueShape<string> = { kind: "percent" };

/**
 * A whole number of things (times, months, years, class hours), 0 to 1000.
 * @example Count // → {"kind":"count"}
 */
export const Count: ValueShape<number> = { kind: "count" };

/**
 * A code a list of a text names (an occupation, a project): the library's id format.
 * @example Code // → {"kind":"code"}
 */
export const Code: ValueShape<string> = { kind: "code" };

/**
 * True or false.
 * @example Bool // → {"kind":"boolean"}
 */
export const Bool: ValueShape<boolean> = { kind: "boolean" };

/**
 * The key of one of the documents the library encodes (`gbf2019`, `plan2021`, …).
 * @example DocumentKeyShape // → {"kind":"documentKey"}
 */
export const DocumentKeyShape: ValueShape<DocumentKey> = { kind: "documentKey" };

/** A skill level (as the records' `SkillLevel`). */
export const SkillLevelShape: ValueShape<SkillLevel> = { kind: "skillLevel" };
/** A measure (as the records' `Measure`). */
export const MeasureShape: ValueShape<Measure> = { kind: "measure" };
/** A trainee status (as the records' `TraineeStatus`). */
export const TraineeStatusShape: ValueShape<TraineeStatus> = { kind: "traineeStatus" };
/** A certificate kind (as the records' `CertificateKind`). */
export const CertificateKindShape: ValueShape<CertificateKind> = { kind: "certificateKind" };
/** A subsidy catalogue (as the records' `SubsidyCatalogue`). */
export const SubsidyCatalogueShape: ValueShape<SubsidyCatalogue> = { kind: "subsidyCatalogue" };

/**
 * One of the strings listed.
 * @example enumOf(["denied", "undecidable"]) // → {"kind":"enum","values":["denied","undecidable"]}
 */
/* @__NO_SIDE_EFFECTS__ */
export function enumOf<const V extends readonly [string, ...string[]]>(values: V): ValueShape<V[number]> {
  return { kind: "enum", values };
}

/**
 * A string naming one of `keys`; another string is the issue `unknown_reference`.
 * @example referenceTo(["a", "b"]) // → {"kind":"reference","keys":["a","b"]}
 */
/* @__NO_SIDE_EFFECTS__ */
export function referenceTo(keys: readonly string[]): ValueShape<string> {
  return { kind: "reference", keys };
}

/**
 * A list of values of one kind (at most 1000), read-only once checked; `{ nonEmpty: true }`: at least one.
 * @example listOf(enumOf(["a", "b"])) // → {"kind":"list","item":{"kind":"enum","values":["a","b"]}}
 */
/* @__NO_SIDE_EFFECTS__ */
export function listOf<T>(item: ValueShape<T>, options: { readonly nonEmpty?: true } = {}): ValueShape<readonly T[]> {
  return options.nonEmpty === true ? { kind: "list", item, nonEmpty: true } : { kind: "list", item };
}

/**
 * An object keyed by ids (1 to 100 characters) whose values have one shape.
 * @example recordOf(AmountShape) // → {"kind":"record","value":{"kind":"amount"}}
 */
/* @__NO_SIDE_EFFECTS__ */
export function recordOf<T>(value: ValueShape<T>): ValueShape<Record<string, T>> {
  return { kind: "record", value };
}

/**
 * An object keyed by some of an enum's values.
 * @example partialRecordOf(SkillLevelShape, AmountShape) // → {"kind":"partialRecord","key":{"kind":"skillLevel"},"value":{"kind":"amount"}}
 */
/* @__NO_SIDE_EFFECTS__ */
export function partialRecordOf<K extends string, T>(key: ValueShape<K>, value: ValueShape<T>): ValueShape<Partial<Record<K, T>>> {
  return { kind: "partialRecord", key, value };
}

/**
 * An object with exactly these fields, each required; `{ range: [bottom, top] }` names two amount
 * fields that bound a range, the top never below the bottom.
 * @example objectOf({ cap: AmountShape, maxYears: Count }) // → {"kind":"object","fields":{"cap":{"kind":"amount"},"maxYears":{"kind":"count"}}}
 * @example objectOf({ min: AmountShape, max: AmountShape }, { range: ["min", "max"] }) // → {"kind":"object","fields":{"min":{"kind":"amount"},"max":{"kind":"amount"}},"range":["min","max"]}
 */
/* @__NO_SIDE_EFFECTS__ */
export function objectOf<F extends Readonly<Record<string, ValueShape<unknown>>>>(
  fields: F,
  options: { readonly range?: readonly [keyof F & string, keyof F & string] } = {},
): ValueShape<{ readonly [K in keyof F]: ShapeValue<F[K]> }> {
  return options.range === undefined ? { kind: "object", fields } : { kind: "object", fields, range: options.range };
}

/**
 * A value of the first of these shapes it has.
 * @example unionOf(AmountShape, recordOf(AmountShape)) // → {"kind":"union","options":[{"kind":"amount"},{"kind":"record","value":{"kind":"amount"}}]}
 */
/* @__NO_SIDE_EFFECTS__ */
export function unionOf<A, B>(a: ValueShape<A>, b: ValueShape<B>): ValueShape<A | B> {
  return { kind: "union", options: [a, b] };
}
