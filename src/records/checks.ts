/**
 * The refinements, cross-field checks and transforms of the record schemas, without zod.
 * Each is written once here and used twice: by the zod schemas (`common.ts`, `trainee.ts`,
 * …: `.refine(fn)`, `.check(refined(fn))`, `.transform(fn)`) and by the validator generated
 * from them (`generated/validators.ts`, issue #16), which refers to them by name. So a rule of
 * a record stays one function; the generator refuses a schema whose refinement is not here.
 */
import type { CivilDate } from "../core/date.js";
import { inclusiveDays, isCivilDate, isWithin } from "../core/date.js";
import { assert } from "../core/assert.js";
import type { Amount } from "../core/money.js";
import { amount, AMOUNT_PATTERN } from "../core/money.js";
import { isLeveledKind, LEVELED_KINDS } from "./kinds.js";

export { isCivilDate, isLeveledKind, LEVELED_KINDS };

/** The sink a cross-field check reports to: zod's refinement context, or the generated validator's. */
export interface IssueSink {
  addIssue(issue: { code: "custom"; path: (string | number)[]; params: Record<string, unknown>; input: unknown }): void;
}

/** The days a date in a record may name (reading: plausible-record-dates); `PLAUSIBLE_DATES` in common.ts. */
const FROM = "1900-01-01";
const TO = "2099-12-31";

/**
 * True for a date from 1900-01-01 to 2099-12-31 (`date_out_of_range` outside).
 * @example [isPlausibleDate("1899-12-31"), isPlausibleDate("2020-01-01")] // → [false,true]
 */
export function isPlausibleDate(s: string): boolean {
  return s >= FROM && s <= TO;
}

/** A checked civil date, typed as one (the identity). */
export function toCivilDate(s: string): CivilDate {
  return s as CivilDate;
}

/**
 * True for an amount in yuan: a decimal string with at most two decimals, or a finite
 * non-negative JSON number that prints so (not -0).
 * @example [isAmount("1250.50"), isAmount(1e21), isAmount(-0)] // → [true,false,false]
 */
export function isAmount(v: unknown): v is string | number {
  return typeof v === "number" ? Number.isFinite(v) && !Object.is(v, -0) && AMOUNT_PATTERN.test(String(v)) : typeof v === "string" && AMOUNT_PATTERN.test(v);
}

/**
 * A caller's figure in yuan for a computation (not a record: a record's amounts are checked where it is parsed), as an
 * exact amount; else `invalid_argument` naming the argument (`facts.argument`), in Chinese and English.
 * @example amountArgument("1000.00", "subsidy").toString() // → "1000"
 */
export function amountArgument(value: unknown, argument: string): Amount {
  assert(isAmount(value), "invalid_argument", { zh: `${argument} 应为不小于 0、至多两位小数的金额（元），实际为 ${JSON.stringify(value)}`, en: `${argument} must be an amount in yuan, 0 or more with at most two decimals, got ${JSON.stringify(value)}` }, { argument });
  return amount(value);
}

/** An amount as its decimal string. */
export function amountString(v: unknown): string {
  return String(v);
}

/** A trainee's statuses are listed once each. */
export function traineeChecks(t: { readonly statuses: readonly string[] }, ctx: IssueSink): void {
  const seen = new Set<string>();
  t.statuses.forEach((s, i) => {
    if (seen.has(s)) ctx.addIssue({ code: "custom", path: ["statuses", i], params: { reason: "duplicate_status" }, input: s });
    seen.add(s);
  });
}

/** Calendar months are listed once each. */
export function distinctMonths(months: readonly string[], ctx: IssueSink): void {
  const seen = new Set<string>();
  months.forEach((m, i) => {
    if (seen.has(m)) ctx.addIssue({ code: "custom", path: [i], params: { reason: "duplicate_date" }, input: m });
    seen.add(m);
  });
}

/** A course ends on or after its start; attended days fit its span; attended dates lie in it, once each, as many as the days. */
export function courseChecks(
  c: { readonly startDate: string; readonly endDate: string; readonly attendedDays: number; readonly attendedDates?: readonly string[] | undefined },
  ctx: IssueSink,
): void {
  // Cross-field checks need both dates; a bad date is already reported at its field.
  if (!isCivilDate(c.startDate) || !isCivilDate(c.endDate)) return;
  if (c.endDate < c.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], params: { reason: "end_before_start" }, input: c.endDate });
    return;
  }
  const span = inclusiveDays(c.startDate, c.endDate);
  if (c.attendedDays > span) {
    ctx.addIssue({
      code: "custom",
      path: ["attendedDays"],
      params: { reason: "attended_days_exceed_span", span, attendedDays: c.attendedDays },
      input: c.attendedDays,
    });
  }
  if (c.attendedDates !== undefined) {
    const seen = new Set<string>();
    c.attendedDates.forEach((d, i) => {
      if (!isCivilDate(d)) return;
      if (!isWithin(d, c.startDate as CivilDate, c.endDate as CivilDate)) {
        ctx.addIssue({ code: "custom", path: ["attendedDates", i], params: { reason: "date_outside_course" }, input: d });
      } else if (seen.has(d)) {
        ctx.addIssue({ code: "custom", path: ["attendedDates", i], params: { reason: "duplicate_date" }, input: d });
      }
      seen.add(d);
    });
    if (c.attendedDates.length !== c.attendedDays) {
      ctx.addIssue({
        code: "custom",
        path: ["attendedDates"],
        params: { reason: "attended_dates_count_mismatch", attendedDays: c.attendedDays, listed: c.attendedDates.length },
        input: c.attendedDates.length,
      });
    }
  }
}

/** Qualification and skill-level certificates name a level; the other kinds do not; a certificate of another kind says which (`kindName`). */
export function certificateChecks(c: { readonly kind: string; readonly level?: string | undefined; readonly kindName?: string | undefined }, ctx: IssueSink): void {
  if (c.kind === "otherCertificate" && c.kindName === undefined) {
    ctx.addIssue({ code: "custom", path: ["kindName"], params: { reason: "kind_name_required" }, input: undefined });
  }
  if (isLeveledKind(c.kind) && c.level === undefined) {
    ctx.addIssue({ code: "custom", path: ["level"], params: { reason: "level_required", kind: c.kind }, input: undefined });
  }
  if (!isLeveledKind(c.kind) && c.level !== undefined) {
    ctx.addIssue({ code: "custom", path: ["level"], params: { reason: "level_not_allowed", kind: c.kind }, input: c.level });
  }
}

/** An apprenticeship ends on or after its start. */
export function apprenticeshipChecks(a: { readonly startDate: string; readonly endDate: string }, ctx: IssueSink): void {
  if (isCivilDate(a.startDate) && isCivilDate(a.endDate) && a.endDate < a.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], params: { reason: "end_before_start" }, input: a.endDate });
  }
}

/**
 * A catalogue lists each occupation (at a level) once, and a row without a level takes some unleveled kind: a
 * qualification or skill-level certificate always names a level, so a level-less row listing only those could never be
 * matched (cold audit 11a: it parsed, and refused as outside the catalogue every claim it was written to pay). A row at a
 * level listing only unleveled kinds is kept: a route priced 「按初级工标准」 (a pre-job or safety course's certificate)
 * is paid at the occupation's 初级工 row whatever kinds it lists (review 21).
 */
export function catalogueChecks(c: { readonly entries: readonly { readonly occupation: { readonly code: string }; readonly level?: string | undefined; readonly certificateKinds?: readonly string[] }[] }, ctx: IssueSink): void {
  const seen = new Set<string>();
  c.entries.forEach((e, i) => {
    const key = e.level === undefined ? e.occupation.code : `${e.occupation.code}@${e.level}`;
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["entries", i], params: { reason: "duplicate_catalogue_entry", key }, input: key });
    seen.add(key);
    const kinds = e.certificateKinds;
    if (kinds === undefined || kinds.length === 0) return;
    if (e.level === undefined && kinds.every(isLeveledKind)) ctx.addIssue({ code: "custom", path: ["entries", i, "level"], params: { reason: "level_required", kind: kinds.join(",") }, input: undefined });
  });
}

/** The front-line spend is a part of the fund (compared as exact decimals). */
export function educationFundChecks(f: { readonly fund: unknown; readonly frontLineSpend: unknown }, ctx: IssueSink): void {
  // zod runs this even when an amount was bad (its issue does not abort): then there is nothing to compare.
  const amount = (v: unknown): v is string => typeof v === "string" && AMOUNT_PATTERN.test(v);
  if (!amount(f.frontLineSpend) || !amount(f.fund)) return;
  const [a, b] = [f.frontLineSpend, f.fund].map((v) => v.split(".")) as [string[], string[]];
  const scaled = (p: string[]) => BigInt(p[0] ?? "0") * 100n + BigInt((p[1] ?? "").padEnd(2, "0") || "0");
  if (scaled(a) > scaled(b)) ctx.addIssue({ code: "custom", path: ["frontLineSpend"], params: { reason: "front_line_exceeds_fund" }, input: f.frontLineSpend });
}

/** A training ends on or after its start; its certificate is not issued before it starts. */
export function trainingRecordChecks(
  r: { readonly startDate: string; readonly endDate: string; readonly certificate?: { readonly issuedOn: string; readonly kind?: string; readonly kindName?: string | undefined } | undefined },
  ctx: IssueSink,
): void {
  if (r.endDate < r.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], params: { reason: "end_before_start" }, input: r.endDate });
  // a certificate of another kind names it, as the claims document's certificate does (review 20b)
  if (r.certificate !== undefined && r.certificate.kind === "otherCertificate" && r.certificate.kindName === undefined) {
    ctx.addIssue({ code: "custom", path: ["certificate", "kindName"], params: { reason: "kind_name_required" }, input: undefined });
  }
  if (r.certificate !== undefined && r.certificate.issuedOn < r.startDate) {
    ctx.addIssue({ code: "custom", path: ["certificate", "issuedOn"], params: { reason: "certificate_before_training" }, input: r.certificate.issuedOn });
  }
}
