/**
 * Report periods: civil-date spans named the way users name them — a quarter
 * (`2020Q3`), a year (`2020`), a plan (`gbf2019`, `plan2021`, `op2025`, or a city's plan its
 * report reference names) or an explicit span (`2020-03-01..2020-08-31`). No time zones: a
 * period is two civil dates.
 */
import { checkArgument, isObject } from "../arguments.js";
import type { CivilDate } from "../core/date.js";
import { isCivilDate } from "../core/date.js";
import { checkDate } from "../core/dateArguments.js";
import type { Result } from "../core/issues.js";
import { compareCodeUnits } from "../core/order.js";
import { issueAt } from "../records/parse.js";

/** A report period: a named span of civil dates ({@link parsePeriod}). */
export interface Period {
  /** As written: `2020Q3`, `2020`, `gbf2019`, `2020-03-01..2020-08-31`. */
  readonly id: string;
  /** What kind of name it has. */
  readonly kind: "quarter" | "year" | "plan" | "span";
  /** First day. */
  readonly start: CivilDate;
  /** Last day. */
  readonly end: CivilDate;
}

/** A plan's span: its first and last day (civil dates). */
export interface PlanSpan {
  /** First day. */
  readonly start: string;
  /** Last day. */
  readonly end: string;
}

/**
 * The national plans' keys and the spans they cover (readings: the three-year actions run
 * 1 January of the first year to 31 December of the last). A city's plans come with its
 * report reference ({@link ProgressOptions.periods}); pass both to {@link parsePeriod}.
 * @example PLAN_PERIODS.gbf2019 // → {"start":"2019-01-01","end":"2021-12-31"}
 */
export const PLAN_PERIODS: Readonly<Record<string, PlanSpan>> = {
  gbf2019: { start: "2019-01-01", end: "2021-12-31" },
  plan2021: { start: "2021-01-01", end: "2025-12-31" },
  op2025: { start: "2025-01-01", end: "2027-12-31" },
};

/** The plans' keys by first day, then key: the order a message lists them in, whatever order the tables were merged in. */
function planKeys(plans: Readonly<Record<string, PlanSpan>>): string[] {
  return Object.keys(plans).sort((a, b) => compareCodeUnits((plans[a] as PlanSpan).start, (plans[b] as PlanSpan).start) || compareCodeUnits(a, b));
}

const QUARTER_END = ["03-31", "06-30", "09-30", "12-31"] as const;
const QUARTER_START = ["01-01", "04-01", "07-01", "10-01"] as const;

function quarter(year: number, q: number): Period {
  const y = String(year).padStart(4, "0");
  return {
    id: `${y}Q${q}`,
    kind: "quarter",
    start: `${y}-${QUARTER_START[q - 1]}` as CivilDate,
    end: `${y}-${QUARTER_END[q - 1]}` as CivilDate,
  };
}

/**
 * Reads a period, or says why it cannot: `invalid_date` when a span's date does not
 * exist, `end_before_start` when a span ends before it starts, `invalid_period` for
 * anything else (each issue's path is empty: the text is the whole input). A plan is named
 * by a key of `plans` (by default the national {@link PLAN_PERIODS}; a city's report
 * reference adds its own: `{ ...PLAN_PERIODS, ...reference.periods }`).
 * @example
 * parsePeriod("2020Q3") // → {"ok":true,"value":{"id":"2020Q3","kind":"quarter","start":"2020-07-01","end":"2020-09-30"}}
 * parsePeriod("2020-03-01..2020-08-31").ok // → true
 * const bad = parsePeriod("Q3");
 * bad.ok ? [] : bad.issues.map((i) => i.code) // → ["invalid_period"]
 * parsePeriod("jx2019", { ...PLAN_PERIODS, ...jiaxingReportReference.periods }).ok // → true
 * @throws SkillsSubsidyError `invalid_argument` when `plans` is given and is not an object (a text that is no period is
 * an issue of the result, never a throw).
 */
export function parsePeriod(text: string, plans: Readonly<Record<string, PlanSpan>> = PLAN_PERIODS): Result<Period> {
  checkArgument(isObject(plans), "plans", { zh: "按名称索引的计划期间（对象）或不给出", en: "the plans' spans by name (an object) or absent" }, plans);
  const q = /^(\d{4})Q([1-4])$/.exec(text);
  if (q !== null) return { ok: true, value: quarter(Number(q[1]), Number(q[2])) };
  if (/^\d{4}$/.test(text) && text !== "0000") {
    return { ok: true, value: { id: text, kind: "year", start: `${text}-01-01` as CivilDate, end: `${text}-12-31` as CivilDate } };
  }
  const plan = Object.hasOwn(plans, text) ? plans[text] : undefined;
  if (plan !== undefined) return { ok: true, value: { id: text, kind: "plan", start: plan.start as CivilDate, end: plan.end as CivilDate } };
  const span = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (span !== null) {
    const [, start, end] = span as unknown as [string, string, string];
    if (!isCivilDate(start) || !isCivilDate(end)) return { ok: false, issues: [issueAt([], "invalid_date", { text })] };
    if (end < start) return { ok: false, issues: [issueAt([], "end_before_start", { text })] };
    return { ok: true, value: { id: text, kind: "span", start, end } };
  }
  return { ok: false, issues: [issueAt([], "invalid_period", { text, plans: planKeys(plans).join(", ") })] };
}

/**
 * The quarters whose days overlap `[start, end]`, in order.
 * @throws SkillsSubsidyError `invalid_argument` naming `start` or `end` when it is not a date `YYYY-MM-DD` that exists
 * (`"2020-6-1"` answered no quarter: cold review 110 F11).
 * @example quartersOverlapping(civilDate("2020-03-31"), civilDate("2020-07-01")).map((q) => q.id) // → ["2020Q1","2020Q2","2020Q3"]
 */
export function quartersOverlapping(start: CivilDate, end: CivilDate): Period[] {
  checkDate(start, "start");
  checkDate(end, "end");
  const out: Period[] = [];
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
    for (let q = 1; q <= 4; q++) {
      const p = quarter(year, q);
      if (p.end >= start && p.start <= end) out.push(p);
    }
  }
  return out;
}

/**
 * The quarters a report compares: for a quarter, its year up to it (2020Q1–2020Q3 for
 * 2020Q3, quarter over quarter); for any other period, every quarter it overlaps.
 * @example
 * const p = parsePeriod("2020Q3");
 * p.ok && trendQuarters(p.value).map((q) => q.id) // → ["2020Q1","2020Q2","2020Q3"]
 */
export function trendQuarters(period: Period): Period[] {
  if (period.kind === "quarter") return quartersOverlapping(`${period.start.slice(0, 4)}-01-01` as CivilDate, period.end);
  return quartersOverlapping(period.start, period.end);
}

/** The common days of two spans, or null. */
export function intersect(a: { start: CivilDate; end: CivilDate }, b: { start: CivilDate; end: CivilDate }): { start: CivilDate; end: CivilDate } | null {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start <= end ? { start, end } : null;
}
