/**
 * The date a claim competes on in a batch, as the reading claim-order-by-issue-date words it (written from the reading,
 * not from src/engine.ts, for the tests' oracles): for an apprenticeship subsidy, the first day of the latest year of its
 * apprenticeship begun on the day it is judged (year k begins k × 12 months after the record's first day, on the same day
 * of the month, else the day after that month's last day; a last piece of under a whole month is no year); for
 * work-for-training, its first month claimed that the prior ledger has not paid the person (`paidBefore`; cold review 76
 * F2) and the rule can pay (`before`; cold reviews 76 F2b, 84 F1), else its first not paid, every month paid: its first
 * month claimed; else the certificate's issue date, else the course's last day, else the
 * filing date (cold review 74: the filing date for every claim naming no certificate or course before).
 */
import type { Parameter, Policy } from "../../src/index.js";
import { civilDate, isResolved, resolveParameter, workForTrainingMaxMonths, workForTrainingMonthlyRate } from "../../src/index.js";

type Rec = Readonly<Record<string, unknown>>;

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** `date` plus `months` calendar months, on the same day or, the month having no such day, the day after its last. */
function yearStart(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const t = y * 12 + (m - 1) + months;
  const ty = Math.floor(t / 12);
  const tm = (t % 12) + 1;
  if (d <= lastDay(ty, tm)) return `${pad(ty, 4)}-${pad(tm)}-${pad(d)}`;
  return tm === 12 ? `${pad(ty + 1, 4)}-01-01` : `${pad(ty, 4)}-${pad(tm + 1)}-01`;
}

/** The last day of the month that begins on `first` (a month from the 31st ends on the 30th, or on February's last day). */
function oneMonthEnd(first: string): string {
  const [y, m, d] = first.split("-").map(Number) as [number, number, number];
  const ty = m === 12 ? y + 1 : y;
  const tm = m === 12 ? 1 : m + 1;
  if (d <= lastDay(ty, tm)) {
    // the day before the same day a month on
    if (d > 1) return `${pad(ty, 4)}-${pad(tm)}-${pad(d - 1)}`;
    return `${pad(y, 4)}-${pad(m)}-${pad(lastDay(y, m))}`;
  }
  return `${pad(ty, 4)}-${pad(tm)}-${pad(lastDay(ty, tm))}`;
}

/** The first day of the latest year of the record `start`..`end` begun on `on`. */
export function apprenticeshipYearOn(start: string, end: string, on: string): string {
  let begun = start;
  for (let k = 1; k < 200; k++) {
    const first = yearStart(start, 12 * k);
    if (first > on || first > end || oneMonthEnd(first) > end) break;
    begun = first;
  }
  return begun;
}

/**
 * The date `claim` competes on, judged on `on` (default its filing date), with its records looked up by id; `paidBefore`:
 * whether the prior ledger paid the person a month of work-for-training; `before`: whether the rule cannot pay a month, its
 * most months or monthly standard not in force on its first day (default: before gbf2019's 「2019年5月18日」 on its first
 * day, so May 2019 and earlier — the day the tests' most months and illustrative standards begin; {@link unpayableMonths}
 * reads a policy's). No month payable, the first month not paid; every month paid, the first month.
 */
export function competesOn(claim: Rec, records: { certificate?: Rec | undefined; course?: Rec | undefined; apprenticeship?: Rec | undefined }, on?: string, paidBefore: (month: string) => boolean = () => false, before: (month: string) => boolean = (m) => m < "2019-06"): string {
  const judged = on ?? (claim["submittedOn"] as string);
  const a = records.apprenticeship;
  if (claim["measure"] === "apprenticeshipSubsidy" && a !== undefined) return apprenticeshipYearOn(a["startDate"] as string, a["endDate"] as string, judged);
  const months = claim["months"] as readonly string[] | undefined;
  if (claim["measure"] === "workForTrainingSubsidy" && months !== undefined && months.length > 0) {
    const sorted = [...months].sort();
    return `${sorted.find((m) => !paidBefore(m) && !before(m)) ?? sorted.find((m) => !paidBefore(m)) ?? sorted[0]}-01`;
  }
  return (records.certificate?.["issuedOn"] as string | undefined) ?? (records.course?.["endDate"] as string | undefined) ?? (claim["submittedOn"] as string);
}

/**
 * The months a policy's work-for-training rule cannot pay: on the month's first day its most months or its monthly standard
 * has no value in force (the parameters' values are read from the policy; what is ordered by them is the oracle's).
 */
export function unpayableMonths(policy: Policy): (month: string) => boolean {
  return (month) => [workForTrainingMaxMonths, workForTrainingMonthlyRate].some((p) => !isResolved(resolveParameter(policy, p as Parameter<unknown>, civilDate(`${month}-01`))));
}
