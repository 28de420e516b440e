/**
 * Building blocks shared by the record schemas: ids, civil dates, amounts, regions,
 * skill levels, statuses. Every input shape of the library is defined in `records/`.
 *
 * Each schema built at a module's top level here, in the other record modules, in
 * `reform/` and in `scenario/` is written `/* @__PURE__ *\/ (() => z…)()`: built when the
 * module loads, as before, but a bundler may drop the ones nobody reads — and with them
 * zod, which a claim's evaluation does not need (records are parsed by the generated
 * validator). `test/build.test.ts` checks the built package's one-claim bundle for it.
 */
import * as z from "zod";
import { AMOUNT_PATTERN } from "../core/money.js";
import { amountString, isAmount, isCivilDate, isPlausibleDate, toCivilDate } from "./checks.js";
import { ID_PATTERN, LIMITS, MEASURES, PAYEE_KINDS, SKILL_LEVELS } from "./kinds.js";

export { isWithinRegion, LIMITS, MEASURES, PAYEE_KINDS, PLAUSIBLE_DATES, SKILL_LEVELS } from "./kinds.js";

/**
 * A record id: letters, digits and `._:-`, at most 64 characters (zod schema).
 * @example
 * Id.safeParse("JX-2020-001").success // → true
 * Id.safeParse("-x").success // → false
 */
export const Id = /* @__PURE__ */ (() =>
  z
  .string()
  .min(1)
  .max(LIMITS.idLength)
  .regex(ID_PATTERN, { error: "id_format" }))();

/** A short free text (a name). */
export const Text = /* @__PURE__ */ (() =>
  z.string().min(1).max(LIMITS.textLength))();

/**
 * A civil date `YYYY-MM-DD` that exists on the calendar, from 1900-01-01 to 2099-12-31
 * (`date_out_of_range` outside). A date-time, a number or
 * 2023-02-29 is an `invalid_date` issue (zod schema).
 * @example
 * CivilDateSchema.safeParse("2020-02-29").success // → true
 * CivilDateSchema.safeParse("2020-02-29T00:00:00Z").success // → false
 */
export const CivilDateSchema = /* @__PURE__ */ (() =>
  z
  .string()
  .refine(isCivilDate, { error: "invalid_date", abort: true })
  .refine(isPlausibleDate, { error: "date_out_of_range" })
  // the pattern carries the years the library reads (1900 … 2099, date_out_of_range), as the months' does (review 49)
  .meta({ format: "date", pattern: "^(19|20)\\d{2}-\\d{2}-\\d{2}$", description: "civil date YYYY-MM-DD (China), never an instant; years 1900 to 2099" })
  .transform(toCivilDate))();

/**
 * An amount in yuan: a decimal string with at most two decimals (`"3000"`,
 * `"1250.50"`) or a JSON number that prints so. Negative numbers, NaN, ±Infinity,
 * -0, exponents and hex are `invalid_amount`. The output is the decimal string (zod schema).
 * @example
 * AmountSchema.parse(1250.5) // → "1250.5"
 * AmountSchema.safeParse("1e3").success // → false
 */
export const AmountSchema = /* @__PURE__ */ (() =>
  z
  .unknown()
  .refine(isAmount, { error: "invalid_amount" })
  .meta({
    description: "yuan, at most two decimals, as a string or a number (a number's two decimals are checked by the library: multipleOf 0.01 is computed in binary floating point by JSON Schema validators, which refuse 1250.07)",
    // No multipleOf: ajv and Python's jsonschema refuse one amount in nine of 0.00 … 999.99 by it (cold review 49:
    // a prior grant dropped by an integrator's schema check is a payment the ledger never sees). -0, which the library
    // refuses, is 0 to JSON Schema.
    anyOf: [
      { type: "string", pattern: AMOUNT_PATTERN.source },
      { type: "number", minimum: 0, maximum: 999999999999.99 },
    ],
  })
  .transform(amountString))();

/**
 * A region id: dot-separated lowercase pinyin segments from the province down,
 * e.g. `zhejiang.jiaxing.haining`. A region lies within another when it equals it
 * or starts with it followed by a dot (zod schema).
 * @example RegionId.safeParse("zhejiang.jiaxing.haining").success // → true
 */
export const RegionId = /* @__PURE__ */ (() =>
  z
  .string()
  .max(LIMITS.textLength)
  .regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/, { error: "region_format" }))();

/**
 * A skill level, one of {@link SKILL_LEVELS} (zod schema).
 * @example SkillLevel.safeParse("technician").success // → true
 */
export const SkillLevel = /* @__PURE__ */ (() =>
  z.enum(SKILL_LEVELS))();
/** A skill level, one of {@link SKILL_LEVELS}. */
export type SkillLevel = z.infer<typeof SkillLevel>;

/**
 * An occupation (职业/工种) or a project: a catalogue code and its name (zod schema).
 * @example Occupation.parse({ code: "6-29-01-01", name: "电工" }).name // → "电工"
 */
export const Occupation = /* @__PURE__ */ (() =>
  z.strictObject({
  /** The code in the occupational classification or the subsidy catalogue, e.g. `6-29-01-01`. */
  code: Id,
  /** Its name, e.g. 电工. */
  name: Text,
}))();
export type Occupation = z.infer<typeof Occupation>;

/**
 * A measure, one of {@link MEASURES} (zod schema).
 * @example Measure.safeParse("appraisalSubsidy").success // → true
 */
export const Measure = /* @__PURE__ */ (() =>
  z.enum(MEASURES))();
/** A measure, one of {@link MEASURES}. */
export type Measure = z.infer<typeof Measure>;

/**
 * Who is paid: `trainee`, `organizer` or `enterprise` (zod schema).
 * @example PayeeKind.options // → ["trainee","organizer","enterprise"]
 */
export const PayeeKind = /* @__PURE__ */ (() =>
  z.enum(PAYEE_KINDS))();
/** Who is paid: `trainee`, `organizer` or `enterprise`. */
export type PayeeKind = z.infer<typeof PayeeKind>;

/**
 * A party to a claim — its claimant or a grant's payee: a kind and the record id (zod schema).
 * @example Party.parse({ kind: "trainee", id: "P-1" }).kind // → "trainee"
 */
export const Party = /* @__PURE__ */ (() =>
  z.strictObject({
  /** The kind of party. */
  kind: PayeeKind,
  /** The id of its record (a trainee, an organizer, an enterprise). */
  id: Id,
}))();
/** A party to a claim: a kind and the record id. */
export type Party = z.infer<typeof Party>;

