/**
 * audit26 oracle — a second implementation of Jiaxing's enterprise new-style apprenticeship subsidy
 * (jx2019 三(一)二; 五(十一) for the enterprise's UI locality; gbf2019 §(十一) floor 「4000 元以上」).
 *
 * Readings chosen BEFORE reading src/ (written from the texts only):
 *  R1 Who: the enterprise (「给予企业补贴」) for an employee apprentice (职工学徒) in a 新型学徒制 培养计划;
 *     for a student apprentice (学生学徒) the allowance too is claimed by the enterprise (the sentence's subject).
 *  R2 Where: 「享受职业技能培训补贴的企业，按属地原则由失业保险参保地进行管理」 (jx2019 五(十一)) — Jiaxing pays an
 *     enterprise insured in Jiaxing; an enterprise insured elsewhere is refused here.
 *  R3 How much a year: the standard the city fixed for the apprenticeship, which must lie in 4000.00–10000.00 per
 *     person per year (employee); a recorded standard outside that range is not a standard the text allows —
 *     the oracle does not decide it (triaged group "standard outside range"). Student: ≤ 3000.00 a year.
 *  R4 Which year: "每年" counted from the apprenticeship's start (apprenticeship years); a part year (the
 *     apprenticeship ends inside it) is paid pro rata by months of apprenticeship in it: standard × months / 12,
 *     rounded once, half up, to the fen. (Alternative: calendar years; flagged where it matters.)
 *  R5 How long: 「补助原则上不超过 2 年」 per person (職工), 「补助不超过 1 年」 (student): at most 24 months paid per
 *     person across enterprises and the ledger; no month paid twice.
 *  R6 When: a year not yet begun (claim filed before the period starts) is not payable yet.
 */
import { competesOn } from "./competesOn.js";
export {};
/*
 *  R7 Months: a month of a period starting on day d ends the day before day d of the next month, or on that month's last
 *     day when it has no day d (the same count a payroll clerk uses); year k of an apprenticeship starts the day after its
 *     12k-th month ends; a year's whole months are counted from its own first day.
 *  R8 Student amount: 「学生学徒补贴金额一般可按学徒月实习津贴标准确定，每人每年不高于3000元」 — I take one month's internship
 *     allowance standard as the year's amount, capped at 3000.00 (× 12 months would reach the cap for any allowance from
 *     250.00 a month and leave 「按…确定」 idle); alternative: allowance × months capped at 3000.00 (triaged, not asserted).
 *  R9 Order: an enterprise's claims are taken in filing order (then claim id); each pays the record's earliest year none of
 *     whose days were paid; a year some of whose whole months were paid and some not: the oracle says "partly" (a group
 *     I triage: I would pay the unpaid months; the library asks — undecidable).
 *  R10 Terms in force: the plan is in force for apprenticeships begun 2019-12-13..2021-12-31 (jx2019 施行 on 印发, three-year
 *     action to 2021); begun outside: no Jiaxing standard, undecidable (never paid, never refused).
 */

/** Civil dates as day numbers (days since 1970-01-01, UTC), independent of src/core/date. */
export const dayOf = (s: string): number => {
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86400000;
};
export const dateOf = (n: number): string => new Date(n * 86400000).toISOString().slice(0, 10);
const daysInMonth = (y: number, m0: number) => new Date(Date.UTC(y, m0 + 1, 0)).getUTCDate();
/** Last day (day number) of the k-th month of a period starting on `start` (R7). */
export function monthEndDay(start: string, k: number): number {
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  const i = m - 1 + k;
  const yy = y + Math.floor(i / 12);
  const mm = ((i % 12) + 12) % 12;
  const dim = daysInMonth(yy, mm);
  return d <= dim ? Date.UTC(yy, mm, d) / 86400000 - 1 : Date.UTC(yy, mm, dim) / 86400000;
}
export function whole(start: string, endDay: number): number {
  let k = 0;
  while (monthEndDay(start, k + 1) <= endDay) k++;
  return k;
}
export interface Year { index: number; start: string; end: number; months: number }
export function yearsOf(start: string, end: string): Year[] {
  const e = dayOf(end);
  const out: Year[] = [];
  for (let k = 0; k < 10; k++) {
    const first = k === 0 ? dayOf(start) : monthEndDay(start, 12 * k) + 1;
    if (first > e) break;
    const close = Math.min(monthEndDay(start, 12 * (k + 1)), e);
    const months = whole(dateOf(first), close);
    if (k > 0 && months === 0) break;
    out.push({ index: k, start: dateOf(first), end: close, months });
  }
  return out;
}

export interface OEnterprise { id: string; insuredInJiaxing: boolean }
export interface OApprenticeship {
  id: string; traineeId: string; enterpriseId: string; kind: "employee" | "student";
  startDate: string; endDate: string; annualStandardFen?: number; monthlyAllowanceFen?: number;
}
export interface OClaim { id: string; traineeId: string; claimantId: string; apprenticeshipId: string; submittedOn: string }
/** A prior grant: the days it paid (a library period key) and its kind. */
export interface OPrior { traineeId: string; kind: "employee" | "student"; from: string; to: string }
export type OVerdict =
  | { outcome: "granted"; fen: number; from: string; to: string; months: number }
  | { outcome: "denied"; why: string }
  | { outcome: "undecidable"; why: string }
  | { outcome: "set aside"; why: string }
  | { outcome: "triage"; group: string };

const PLAN_FIRST = "2019-12-13";
const PLAN_LAST = "2021-12-31";

/** One pass over the claims in filing order; per-person paid days and per-person-and-kind months. */
export function decideAll(enterprises: OEnterprise[], apps: OApprenticeship[], claims: OClaim[], prior: OPrior[]): Map<string, OVerdict> {
  const ent = new Map(enterprises.map((e) => [e.id, e]));
  const rec = new Map(apps.map((a) => [a.id, a]));
  const paid = new Map<string, [number, number][]>(); // person → paid day intervals
  const months = new Map<string, number>(); // person|kind → months paid
  const addPaid = (p: string, kind: string, a: number, b: number, m: number) => {
    paid.set(p, [...(paid.get(p) ?? []), [a, b]]);
    months.set(`${p}|${kind}`, (months.get(`${p}|${kind}`) ?? 0) + m);
  };
  for (const g of prior) addPaid(g.traineeId, g.kind, dayOf(g.from), dayOf(g.to), whole(g.from, dayOf(g.to)));
  const meets = (p: string, a: number, b: number) => (paid.get(p) ?? []).some(([x, y]) => x <= b && a <= y);
  const out = new Map<string, OVerdict>();
  // judged in the batch's order: the first day of the record's latest year begun on the filing day, then claim id (reading
  // claim-order-by-issue-date since cold review 74: by filing day before; competesOn.ts)
  const yearOf = (c: OClaim): string => {
    const a = rec.get(c.apprenticeshipId);
    return a === undefined ? c.submittedOn : competesOn({ measure: "apprenticeshipSubsidy", submittedOn: c.submittedOn }, { apprenticeship: a as unknown as Record<string, unknown> });
  };
  const order = [...claims].sort((x, y) => (yearOf(x) < yearOf(y) ? -1 : yearOf(x) > yearOf(y) ? 1 : x.submittedOn < y.submittedOn ? -1 : x.submittedOn > y.submittedOn ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  // Changed 2026-12-08 (mendA111, reading claim-order-by-issue-date; cold review 111 F1): the claims held so far (undecidable,
  // or triaged: the library holds those) keep their years' place in the person's term, first years first
  const held: OApprenticeship[] = [];
  const set = out.set.bind(out);
  out.set = (id: string, v: OVerdict) => {
    const c = claims.find((x) => x.id === id);
    if (c !== undefined && (v.outcome === "undecidable" || v.outcome === "triage")) held.push(rec.get(c.apprenticeshipId)!);
    return set(id, v);
  };
  for (const c of order) {
    const a = rec.get(c.apprenticeshipId)!;
    if (c.submittedOn < a.startDate) { out.set(c.id, { outcome: "set aside", why: "filed before the apprenticeship began" }); continue; }
    if (a.startDate < PLAN_FIRST || a.startDate > PLAN_LAST) { out.set(c.id, { outcome: "undecidable", why: "no terms in force" }); continue; }
    const denials: string[] = [];
    const unknowns: string[] = [];
    if (c.claimantId !== a.enterpriseId) denials.push("payee is not the apprenticeship's enterprise");
    const ys = yearsOf(a.startDate, a.endDate);
    if (ys[0]!.months === 0) denials.push("shorter than a month");
    let year: Year | undefined;
    for (const y of ys) {
      const from = dayOf(y.start);
      if (!meets(a.traineeId, from, monthEndDay(y.start, y.months))) { year = y; break; }
      let anyFree = false;
      for (let j = 0; j < y.months; j++) if (!meets(a.traineeId, monthEndDay(y.start, j) + 1, monthEndDay(y.start, j + 1))) anyFree = true;
      if (anyFree) { unknowns.push("partly"); year = y; break; }
    }
    if (year === undefined) { out.set(c.id, { outcome: "denied", why: "every year paid" }); continue; }
    if (year.index > 0 && c.submittedOn < year.start) denials.push("year not begun");
    if (!ent.get(c.claimantId)?.insuredInJiaxing && c.claimantId === a.enterpriseId) denials.push("enterprise insured elsewhere");
    const maxMonths = a.kind === "employee" ? 24 : 12;
    const left = Math.max(0, maxMonths - (months.get(`${a.traineeId}|${a.kind}`) ?? 0));
    if (left === 0) denials.push("term used");
    let yearlyFen: number;
    if (a.kind === "employee") {
      yearlyFen = a.annualStandardFen!;
      if (yearlyFen < 400000 || yearlyFen > 1000000) { if (denials.length === 0 && unknowns.length === 0) { out.set(c.id, { outcome: "triage", group: "standard outside 4000–10000" }); continue; } }
    } else yearlyFen = Math.min(a.monthlyAllowanceFen!, 300000);
    if (denials.length > 0) { out.set(c.id, { outcome: "denied", why: denials.join("; ") }); continue; }
    if (unknowns.length > 0) { out.set(c.id, { outcome: "triage", group: "year partly paid" }); continue; }
    const m = Math.min(year.months, left);
    // a held year of another record of this kind (the k-th held claim of a record taking its k-th year no grant met),
    // beginning on or before this year, whose months paid would leave this year less than whole: wait for it
    let heldMonths = 0;
    const taken = new Map<string, number>();
    for (const h of held) {
      if (h.traineeId !== a.traineeId || h.kind !== a.kind || h.id === a.id) continue;
      const k = taken.get(h.id) ?? 0;
      taken.set(h.id, k + 1);
      const y = yearsOf(h.startDate, h.endDate).filter((x) => !meets(h.traineeId, dayOf(x.start), monthEndDay(x.start, x.months)))[k];
      if (y !== undefined && y.start <= year.start) heldMonths += y.months;
    }
    if (m > 0 && Math.min(year.months, Math.max(0, left - heldMonths)) < m) { out.set(c.id, { outcome: "undecidable", why: "an earlier year held" }); continue; }
    const fen = Math.floor((2 * yearlyFen * m + 12) / 24); // yearly × m ÷ 12, half up once
    const from = year.start;
    const to = dateOf(monthEndDay(year.start, m));
    addPaid(a.traineeId, a.kind, dayOf(from), dayOf(to), m);
    out.set(c.id, { outcome: "granted", fen, from, to, months: m });
  }
  return out;
}
