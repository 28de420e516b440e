/**
 * Value schemas shared by the parameter slots: how one value of a parameter given as
 * data (a layer's parameter data file, a reform patch, a scenario's reform) is checked.
 * Every parameter declares one ({@link Parameter.valueSchema}), so every parameter can be
 * patched by a reform, and a value of the wrong shape is a field-level issue in Chinese and
 * English, never a crash.
 */
import * as z from "zod";
import { documents } from "../catalogue/documents.js";

/**
 * A share as a decimal string from 0 to 1 with at most four decimals, e.g. `"0.60"` (60 %).
 * @example [Share.safeParse("0.08").success, Share.safeParse("1.5").success, Share.safeParse(0.6).success] // → [true,false,false]
 */
export const Share = z
  .string()
  .regex(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/)
  .meta({ description: "a share from 0 to 1 as a decimal string, e.g. \"0.60\"" });

/**
 * A non-negative decimal string, e.g. a factor `"1.2"` or a rate `"0.30"`.
 * @example [DecimalString.safeParse("1.2").success, DecimalString.safeParse("-1").success] // → [true,false]
 */
export const DecimalString = z
  .string()
  .regex(/^\d{1,9}(\.\d{1,4})?$/)
  .meta({ description: "a non-negative decimal as a string, e.g. \"1.2\"" });

/**
 * A percentage from 0 to 100 as a decimal string, e.g. `"30"`.
 * @example [Percent.safeParse("30").success, Percent.safeParse("130").success] // → [true,false]
 */
export const Percent = z
  .string()
  .regex(/^(100(\.0{1,4})?|\d{1,2}(\.\d{1,4})?)$/)
  .meta({ description: "a percentage from 0 to 100 as a decimal string, e.g. \"30\"" });

/**
 * A whole number of things (times, months, years, class hours), 0 to 1000.
 * @example [Count.safeParse(3).success, Count.safeParse(2.5).success, Count.safeParse("3").success] // → [true,false,false]
 */
export const Count = z.number().int().min(0).max(1000);

/**
 * A list of values of one kind (at most 1000), read-only once parsed.
 * @example listOf(z.enum(["a", "b"])).safeParse(["a", "c"]).success // → false
 */
export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item).max(1000).readonly();
}

/**
 * A code a list of a text names (an occupation, a project): the library's id format.
 * @example Code.safeParse("6-31-01-03").success // → true
 */
export const Code = z.string().min(1).max(100).regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/);

/**
 * The key of one of the documents the library encodes (`gbf2019`, `plan2021`, …).
 * @example [DocumentKeySchema.safeParse("op2025").success, DocumentKeySchema.safeParse("op2030").success] // → [true,false]
 */
export const DocumentKeySchema = z.enum(Object.keys(documents) as [keyof typeof documents, ...(keyof typeof documents)[]]);
