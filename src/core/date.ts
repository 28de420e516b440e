/**
 * Civil dates: a day on the Chinese calendar written `YYYY-MM-DD`, never an instant.
 *
 * Every helper here works on the year, month and day numbers alone, in integer
 * arithmetic (no `Date`, so no time zone is involved): the same civil date goes in and
 * the same civil date comes out under `TZ=UTC`, `Asia/Shanghai`, `America/Los_Angeles`
 * or `Pacific/Kiritimati`. (reading: civil-dates: dates are compared as dates.)
 */
import { assert } from "./assert.js";
import { compareCodeUnits } from "./order.js";

/**
 * A civil date `YYYY-MM-DD` that has been checked to exist on the calendar. The brand
 * exists only in types: at run time a civil date is a plain string.
 */
export type CivilDate = string & { readonly __civilDate: true };

interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True when `text` is `YYYY-MM-DD` and that day exists (2023-02-29 does not).
 * @example
 * isCivilDate("2024-02-29") // → true
 * isCivilDate("2023-02-29") // → false
 */
export function isCivilDate(text: unknown): text is CivilDate {
  // Read by character codes rather than a regex match: every date of every record passes here.
  if (typeof text !== "string" || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 0 || day < 0) return false;
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number written by the ASCII digits `text[from..to)`, or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian year-month-day (negative before it):
 * integer arithmetic only (H. Hinnant's days_from_civil), so no time zone is involved.
 */
function epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Checks and brands a civil date.
 * @throws when `text` is not a real `YYYY-MM-DD` date (a programming fault: user
 * input goes through the record schemas, which report it as a validation issue).
 * @example
 * civilDate("2020-01-01") // → "2020-01-01"
 */
export function civilDate(text: string): CivilDate {
  assert(isCivilDate(text), "invalid_civil_date", { zh: `不是 YYYY-MM-DD 格式的有效日期：${JSON.stringify(text)}`, en: `not a civil date YYYY-MM-DD: ${JSON.stringify(text)}` }, { text });
  return text;
}

/** The parts of a civil date, checked (a branded value can still be forged with a cast: 2020-02-30 is not a day). */
function parts(date: CivilDate): Ymd {
  assert(isCivilDate(date), "invalid_civil_date", { zh: `不是有效日期：${date}`, en: `not a civil date: ${date}` }, { text: date });
  return { year: digits(date, 0, 4), month: digits(date, 5, 7), day: digits(date, 8, 10) };
}

/** `YYYY-MM-DD` of a year, month and day. */
function written(year: number, month: number, day: number): CivilDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as CivilDate;
}

/** The civil date `n` days from 1970-01-01: the inverse of {@link epochDay} (H. Hinnant's civil_from_days). */
function fromEpochDay(n: number): CivilDate {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return written(yoe + era * 400 + (month <= 2 ? 1 : 0), month, doy - Math.floor((153 * mp + 2) / 5) + 1);
}

/**
 * Negative, zero or positive as `a` is before, on or after `b`.
 * @example compareDates(civilDate("2020-01-01"), civilDate("2020-03-01")) // → -1
 */
export function compareDates(a: CivilDate, b: CivilDate): number {
  // `YYYY-MM-DD` sorts lexically in calendar order.
  return compareCodeUnits(a, b);
}

/**
 * The calendar year of a civil date.
 * @example yearOf(civilDate("2021-12-31")) // → 2021
 */
export function yearOf(date: CivilDate): number {
  // read in place (no slice): asked of every claim by the annual cap and the age rules
  const year = digits(date, 0, 4);
  return year < 0 ? Number(date.slice(0, 4)) : year;
}

/**
 * The month and day of a civil date as one number, MMDD, to compare days of the year in place.
 * @example monthDayOf(civilDate("2021-06-30")) // → 630
 */
export function monthDayOf(date: CivilDate): number {
  return digits(date, 5, 7) * 100 + digits(date, 8, 10);
}

/**
 * The same calendar day `months` later; the last day of the month when that day
 * does not exist (2019-01-31 + 1 month = 2019-02-28).
 * @example
 * addMonths(civilDate("2019-03-15"), 12) // → "2020-03-15"
 * addMonths(civilDate("2019-01-31"), 1) // → "2019-02-28"
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const p = parts(date);
  const total = p.year * 12 + p.month - 1 + Math.trunc(months);
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return written(year, month, Math.min(p.day, daysInMonth(year, month)));
}

/**
 * The last day of the `k`-th month of a period that starts on `start` (reading:
 * apprenticeship-month-count): the day before the same day of the month `k` months on, or,
 * when that month has no such day, its last day (a month from 31 March ends on 30 April;
 * from 31 January, on the last day of February).
 * @example
 * monthEnd(civilDate("2020-01-01"), 1) // → "2020-01-31"
 * monthEnd(civilDate("2020-03-31"), 1) // → "2020-04-30"
 * monthEnd(civilDate("2020-01-31"), 1) // → "2020-02-29"
 * monthEnd(civilDate("2020-01-31"), 2) // → "2020-03-30"
 */
export function monthEnd(start: CivilDate, k: number): CivilDate {
  const later = addMonths(start, k);
  // addMonths keeps the day when the month has it; otherwise it lands on the month's last day
  return later.slice(8) === start.slice(8) ? addDays(later, -1) : later;
}

/**
 * The calendar day `days` later (earlier when negative).
 * @example addDays(civilDate("2020-02-28"), 2) // → "2020-03-01"
 */
export function addDays(date: CivilDate, days: number): CivilDate {
  const p = parts(date);
  return fromEpochDay(epochDay(p.year, p.month, p.day) + Math.trunc(days));
}

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween(civilDate("2020-02-28"), civilDate("2020-03-01")) // → 2
 */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  const a = parts(from);
  const b = parts(to);
  return epochDay(b.year, b.month, b.day) - epochDay(a.year, a.month, a.day);
}

/**
 * Days in the span `[start, end]`, both ends counted.
 * @example inclusiveDays(civilDate("2020-03-02"), civilDate("2020-03-08")) // → 7
 */
export function inclusiveDays(start: CivilDate, end: CivilDate): number {
  return daysBetween(start, end) + 1;
}

/**
 * True when `date` lies in `[start, end]`, both ends included.
 * @example isWithin(civilDate("2020-03-08"), civilDate("2020-03-02"), civilDate("2020-03-08")) // → true
 */
export function isWithin(date: CivilDate, start: CivilDate, end: CivilDate): boolean {
  return date >= start && date <= end;
}
