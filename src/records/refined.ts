/**
 * zod's side of `checks.ts`: a cross-field check as a zod check (what `.superRefine` makes),
 * remembered with the function it runs, so that the validator generator
 * (`scripts/validators/generate.ts`) can name that function in the code it writes.
 */
import * as z from "zod";
import type { IssueSink } from "./checks.js";

/** The function behind each check made by {@link refined} (read by the generator). */
export const REFINEMENTS = new WeakMap<object, (value: never, ctx: IssueSink) => void>();

/**
 * `fn` as a zod check, as `.superRefine(fn)` would add it: `schema.check(refined(fn))`.
 * @example z.array(z.string()).check(refined(distinctMonths)).safeParse(["2020-01", "2020-01"]).success // → false
 */
export function refined<T>(fn: (value: T, ctx: IssueSink) => void): z.core.$ZodCheck<T> {
  const check = z.superRefine<T>((value, ctx) => fn(value, ctx as unknown as IssueSink));
  REFINEMENTS.set(check, fn as (value: never, ctx: IssueSink) => void);
  return check;
}
