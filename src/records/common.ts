/**
 * Building blocks shared by the record schemas: ids, civil dates, amounts, regions,
 * skill levels, statuses. Every input shape of the library is defined in `records/`.
 */
import * as z from "zod";
import type { CivilDate } from "../core/date.js";
import { isCivilDate } from "../core/date.js";
import { AMOUNT_PATTERN } from "../core/money.js";

/** Input limits (documented in docs/concepts.md): strings and ids stay short. */
export const LIMITS = {
  idLength: 64,
  textLength: 200,
  listLength: 10_000,
} as const;

/** A record id: letters, digits and `._:-`, at most 64 characters. */
export const Id = z
  .string()
  .min(1)
  .max(LIMITS.idLength)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, { error: "id_format" });

/** A short free text (a name). */
export const Text = z.string().min(1).max(LIMITS.textLength);

/**
 * A civil date `YYYY-MM-DD` that exists on the calendar. A date-time, a number or
 * 2023-02-29 is an `invalid_date` issue.
 */
export const CivilDateSchema = z
  .string()
  .refine(isCivilDate, { error: "invalid_date" })
  .meta({ format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "civil date YYYY-MM-DD (China), never an instant" })
  .transform((s) => s as CivilDate);

/**
 * An amount in yuan: a decimal string with at most two decimals (`"3000"`,
 * `"1250.50"`) or a JSON number that prints so. Negative numbers, NaN, ±Infinity,
 * -0, exponents and hex are `invalid_amount`. The output is the decimal string.
 */
export const AmountSchema = z
  .unknown()
  .refine(
    (v): v is string | number =>
      typeof v === "number" ? Number.isFinite(v) && !Object.is(v, -0) && AMOUNT_PATTERN.test(String(v)) : typeof v === "string" && AMOUNT_PATTERN.test(v),
    { error: "invalid_amount" },
  )
  .meta({
    description: "yuan, at most two decimals, as a string or a number",
    anyOf: [
      { type: "string", pattern: AMOUNT_PATTERN.source },
      { type: "number", minimum: 0, multipleOf: 0.01 },
    ],
  })
  .transform((v) => String(v));

/**
 * A region id: dot-separated lowercase pinyin segments from the province down,
 * e.g. `zhejiang.jiaxing.haining`. A region lies within another when it equals it
 * or starts with it followed by a dot.
 */
export const RegionId = z
  .string()
  .max(LIMITS.textLength)
  .regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/, { error: "region_format" });

/** Skill levels: the old five plus the "new eight-level" ladder (op2025.eight-level, plan2021.skill-ladder). */
export const SKILL_LEVELS = [
  "apprentice",
  "junior",
  "intermediate",
  "senior",
  "technician",
  "seniorTechnician",
  "principalTechnician",
  "chiefTechnician",
] as const;
export const SkillLevel = z.enum(SKILL_LEVELS);
export type SkillLevel = z.infer<typeof SkillLevel>;

/** An occupation (职业/工种) or a project: a catalogue code and its name. */
export const Occupation = z.strictObject({
  code: Id,
  name: Text,
});
export type Occupation = z.infer<typeof Occupation>;

/** What a claim asks for: the subsidy kinds of the glossary. */
export const MEASURES = [
  "trainingSubsidy",
  "insuredSkillUpgradeSubsidy",
  "livingAllowance",
  "appraisalSubsidy",
  "apprenticeshipSubsidy",
  "workForTrainingSubsidy",
  "trainingPackageGrant",
] as const;
export const Measure = z.enum(MEASURES);
export type Measure = z.infer<typeof Measure>;

/** Who is paid (补贴对象). */
export const PAYEE_KINDS = ["trainee", "organizer", "enterprise"] as const;
export const PayeeKind = z.enum(PAYEE_KINDS);
export type PayeeKind = z.infer<typeof PayeeKind>;

export const Party = z.strictObject({ kind: PayeeKind, id: Id });
export type Party = z.infer<typeof Party>;

/** True when `region` equals `scope` or lies inside it. */
export function isWithinRegion(region: string, scope: string): boolean {
  return region === scope || region.startsWith(`${scope}.`);
}
