/**
 * Civil dates: a day on the Chinese calendar written `YYYY-MM-DD`, never an instant.
 *
 * Every helper here works on the year, month and day numbers alone. date-fns does
 * the calendar arithmetic on a `Date` built from those numbers at local midnight and
 * read back with local getters, so the machine's time zone cancels out: the same
 * civil date goes in and the same civil date comes out under `TZ=UTC`,
 * `Asia/Shanghai`, `America/Los_Angeles` or `Pacific/Kiritimati`.
 * (reading: civil-dates: dates are compared as dates.)
 */
// By subpath: the date-fns barrel costs hundreds of milliseconds to import.
import { addDays as dfAddDays } from "date-fns/addDays";
import { addMonths as dfAddMonths } from "date-fns/addMonths";
import { assert } from "./assert.js";
import { compareCodeUnits } from "./order.js";

/**
 * A civil date `YYYY-MM-DD` that has been checked to exist on the calendar. The brand
 * exists only in types: at run time a civil date is a plain string.
 */
export type CivilDate = string & { readonly __civilDate: true };

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function split(text: string): Ymd | undefined {
  const m = CIVIL_DATE.exec(text);
  if (m === null) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
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
  assert(isCivilDate(text), `not a civil date YYYY-MM-DD: ${JSON.stringify(text)}`);
  return text;
}

function toLocal(date: CivilDate): Date {
  // A branded value can still be forged with a cast; 2020-02-30 would roll over to March.
  assert(isCivilDate(date), `not a civil date: ${date}`);
  const p = split(date) as Ymd;
  const d = new Date(p.year, p.month - 1, p.day);
  // Years 0–99 are mapped to 1900–1999 by the Date constructor; put them back.
  d.setFullYear(p.year);
  return d;
}

function fromLocal(d: Date): CivilDate {
  const y = String(d.getFullYear()).padStart(4, "0");
  const m = String(d.getMonth() + 1).padStart(2, "0");
  const day = String(d.getDate()).padStart(2, "0");
  return `${y}-${m}-${day}` as CivilDate;
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
  return Number(date.slice(0, 4));
}

/**
 * The same calendar day `months` later; the last day of the month when that day
 * does not exist (2019-01-31 + 1 month = 2019-02-28).
 * @example
 * addMonths(civilDate("2019-03-15"), 12) // → "2020-03-15"
 * addMonths(civilDate("2019-01-31"), 1) // → "2019-02-28"
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  return fromLocal(dfAddMonths(toLocal(date), months));
}

/**
 * The calendar day `days` later (earlier when negative).
 * @example addDays(civilDate("2020-02-28"), 2) // → "2020-03-01"
 */
export function addDays(date: CivilDate, days: number): CivilDate {
  return fromLocal(dfAddDays(toLocal(date), days));
}

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween(civilDate("2020-02-28"), civilDate("2020-03-01")) // → 2
 */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  // A branded value can still be forged with a cast; 2020-02-30 is not a day.
  assert(isCivilDate(from) && isCivilDate(to), `not a civil date: ${from} or ${to}`);
  return epochDay(digits(to, 0, 4), digits(to, 5, 7), digits(to, 8, 10)) - epochDay(digits(from, 0, 4), digits(from, 5, 7), digits(from, 8, 10));
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
