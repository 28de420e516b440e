/**
 * The date helpers as the library exports them: each checks its arguments, then calls the helper of `date.ts` that the
 * rules call unchecked (asked of every claim, their dates already parsed). A plain-JavaScript caller who gives a date
 * that is not one (`"2020-6-1"`, `" 2020-06-01"`, a `Date`), a count of days that is no whole number (`NaN`, `1.5`), or
 * asks for a day past 9999-12-31 is told so by a `SkillsSubsidyError` of code `invalid_argument` naming the argument —
 * never answered `"0NaN-NaN-NaN"`, `"10000-01-01"`, `202` or a comparison of strings.
 */
import { checkArgument } from "../arguments.js";
import type { Message } from "./issues.js";
import type { CivilDate } from "./date.js";
import { addDays as addDaysOn, addMonths as addMonthsOn, compareDates as compareDatesOn, isCivilDate, isWithin as isWithinOn, yearOf as yearOfOn } from "./date.js";

const CIVIL_DATE: Message = { zh: "存在的日期 YYYY-MM-DD（字符串）", en: "a date YYYY-MM-DD that exists (a string)" };
const WHOLE: Message = { zh: "整数", en: "a whole number" };
const IN_RANGE: Message = { zh: "0001-01-01 至 9999-12-31 之间的日期", en: "a day from 0001-01-01 to 9999-12-31" };

/**
 * Throws `invalid_argument` naming `field` unless `value` is a civil date `YYYY-MM-DD` that exists, saying so of a `Date`.
 * @internal
 */
export function checkDate(value: unknown, field: string): void {
  checkArgument(isCivilDate(value), field, CIVIL_DATE, value, value instanceof Date ? { zh: "（Date 是时刻而非日期：请写作 YYYY-MM-DD）", en: " (a Date is an instant, not a civil date: write it YYYY-MM-DD)" } : undefined);
}

/** `result` (of `date` moved by `count` `unit`) is a civil date `YYYY-MM-DD`, years 1 to 9999; else `invalid_argument` naming `field`. */
function checkResult(result: string, date: string, count: number, unit: Message, field: string): CivilDate {
  checkArgument(isCivilDate(result), field, IN_RANGE, count, { zh: `（${date} 加 ${count} ${unit.zh}超出了日期的范围）`, en: ` (${date} plus ${count} ${unit.en} is past the calendar's range)` });
  return result as CivilDate;
}

/**
 * The calendar day `days` later (earlier when negative).
 * @throws SkillsSubsidyError `invalid_civil_date` when `date` is not a date `YYYY-MM-DD` that exists; `invalid_argument`
 * naming `days` when it is not a whole number or the day is before 0001-01-01 or after 9999-12-31.
 * @example addDays(civilDate("2020-02-28"), 2) // → "2020-03-01"
 */
export function addDays(date: CivilDate, days: number): CivilDate {
  // the date is checked by the helper itself, as it always was: invalid_civil_date
  checkArgument(Number.isSafeInteger(days), "days", WHOLE, days);
  return checkResult(addDaysOn(date, days), date, days, { zh: "天", en: "days" }, "days");
}

/**
 * The same calendar day `months` later; the last day of the month when that day does not exist (2019-01-31 + 1 month =
 * 2019-02-28).
 * @throws SkillsSubsidyError `invalid_civil_date` when `date` is not a date `YYYY-MM-DD` that exists; `invalid_argument`
 * naming `months` when it is not a whole number or the day is before 0001-01-01 or after 9999-12-31.
 * @example
 * addMonths(civilDate("2019-03-15"), 12) // → "2020-03-15"
 * addMonths(civilDate("2019-01-31"), 1) // → "2019-02-28"
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  // the date is checked by the helper itself, as it always was: invalid_civil_date
  checkArgument(Number.isSafeInteger(months), "months", WHOLE, months);
  return checkResult(addMonthsOn(date, months), date, months, { zh: "个月", en: "months" }, "months");
}

/**
 * Negative, zero or positive as `a` is before, on or after `b`.
 * @throws SkillsSubsidyError `invalid_argument` naming `a` or `b` when it is not a date `YYYY-MM-DD` that exists.
 * @example compareDates(civilDate("2020-01-01"), civilDate("2020-03-01")) // → -1
 */
export function compareDates(a: CivilDate, b: CivilDate): number {
  checkDate(a, "a");
  checkDate(b, "b");
  return compareDatesOn(a, b);
}

/**
 * True when `date` lies in `[start, end]`, both ends included.
 * @throws SkillsSubsidyError `invalid_argument` naming `date`, `start` or `end` when it is not a date `YYYY-MM-DD` that
 * exists.
 * @example isWithin(civilDate("2020-03-08"), civilDate("2020-03-02"), civilDate("2020-03-08")) // → true
 */
export function isWithin(date: CivilDate, start: CivilDate, end: CivilDate): boolean {
  checkDate(date, "date");
  checkDate(start, "start");
  checkDate(end, "end");
  return isWithinOn(date, start, end);
}

/**
 * The calendar year of a civil date.
 * @throws SkillsSubsidyError `invalid_argument` naming `date` when it is not a date `YYYY-MM-DD` that exists.
 * @example yearOf(civilDate("2021-12-31")) // → 2021
 */
export function yearOf(date: CivilDate): number {
  checkDate(date, "date");
  return yearOfOn(date);
}
