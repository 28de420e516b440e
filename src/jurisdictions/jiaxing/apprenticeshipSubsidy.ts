/**
 * 企业新型学徒制培训补贴 — the apprenticeship subsidy, paid to the enterprise.
 *
 * - jx2019.employee-apprentice 三(一)二:
 *   「职工学徒按每人每年4000元至10000元的标准给予企业补贴，补助原则上不超过2年」 — employee
 *   apprentices: 4000–10000 yuan per person per year to the enterprise, at most 2 years.
 *   The standard within the range is data: `apprenticeship.annualStandard`; one outside
 *   the range (`apprenticeship_standard_out_of_range`) or none is undecidable, asking for it
 *   (reading apprenticeship-standard-out-of-range).
 * - jx2019.student-apprentice 三(一)二:
 *   「学生学徒补贴金额一般可按学徒月实习津贴标准确定，每人每年不高于3000元」, for at most one
 *   year. Reading student-apprentice-amount: the yearly amount is one month's internship
 *   allowance standard (`apprenticeship.monthlyInternshipAllowance`), capped at 3000 yuan.
 * - jx2019.ui-locality 五(十一) 「享受职业技能培训补贴的企业，按属地原则由失业保险参保地进行管理」:
 *   the enterprise is insured in the policy's region (reading apprenticeship-ui-locality).
 *
 * Readings: a record is claimed year by year ({@link recordYears}): a claim pays the record's
 * earliest year none of whose whole months an earlier grant paid (the days each grant's period
 * or months cover, this batch's and the prior ledger's), once that year has begun on the day the
 * claim is judged (the first year as always; else `apprenticeship_year_not_begun`), up to the
 * term left (reading apprenticeship-month-count); a year partly paid is `undecidable`
 * (`apprenticeship_year_partly_paid`), a grant of the record naming neither its period nor its
 * months asks for its period ({@link keylessOfRecord}); a part year is prorated (standard × months ÷ 12,
 * rounded once, reading: round-once-half-up). Reading apprenticeship-month-count: a month ends the day
 * before the same day of the next month (or that month's last day), and the term is time:
 * the months of this provision already paid to the person with any enterprise count
 * against maxYears × 12 (a ledger entry without its period counts the months it names, else 12); a period longer
 * than the months left is paid for the months left. Reading pay-once-basis: the days the
 * paid months cover are paid once. Reading earlier-grant-says-what-it-paid: an earlier grant
 * kept without its period (another system's ledger) whose span may meet the period claimed
 * leaves the claim undecidable, asking for its `apprenticeshipId` ({@link grantsWithoutPeriod}). A grant names the record
 * (`apprenticeshipId`) and, by its period key, the days of the year it paid, dated on that year's first day. The terms,
 * read on the record's first day for each of its years (reading apprenticeship-terms-at-start), are the parameters {@link employeeApprenticeTerms} and
 * {@link studentApprenticeTerms}; without them the claim is `undecidable`
 * (`no_local_standard`). The gbf2019 floor of 4000 yuan binds the employee range's lower
 * bound ({@link employeeApprenticeFloorConstraint}, a constraint of the Jiaxing layer).
 */
import type { Citation } from "../../core/citation.js";
import { cite } from "../../core/citation.js";
import type { CivilDate } from "../../core/date.js";
import { addDays, isCivilDate, monthEnd } from "../../core/date.js";
/** Re-exported from core/date.ts, where the engine's judged order counts the same months (reading claim-order-by-issue-date). */
export { monthEnd };
import { APPRENTICESHIP_SUBSIDY_LABEL } from "../../provisions/apprenticeship/nationalApprenticeship.js";
import { basisOfKey, grantKeys, keyValue, monthSpan, payOnceKey, periodOfKey } from "../../core/ledger.js";
import type { HeldClaim, Ledger } from "../../core/ledger.js";
import { heldCheck } from "../../provisions/trainingSubsidy/annualCap.js";
import type { Grant } from "../../records/claim.js";
import { uiLocality } from "./uiLocality.js";
import type { Check, Finding } from "../../core/decision.js";
import { combineChecks, isResolved, outcomeOf } from "../../core/decision.js";
import type { Resolved, Unresolved } from "../../core/layer.js";
import { defineRule } from "../../core/layer.js";
import { amount, min } from "../../core/money.js";
import { defineParameter } from "../../core/parameter.js";
import type { ClaimInput } from "../../provisions/common.js";
import { claimantPayee, findingOf, grantFieldsMissing, missingRecord, unresolvedReason } from "../../provisions/common.js";
import { AmountShape, Count, objectOf } from "../../provisions/values.js";
import type { Constraint } from "../../core/layer.js";
import { APPRENTICESHIP_FLOOR, apprenticeshipFloorConstraint, meetsApprenticeshipFloor } from "../../provisions/apprenticeship/apprenticeshipFloor.js";

/** The terms for employee apprentices (`jx2019.employee-apprentice`). */
export interface EmployeeApprenticeTerms {
  /** 每人每年 4000 元 */
  readonly min: string;
  /** 每人每年 10000 元 */
  readonly max: string;
  /** 最长不超过 2 年 */
  readonly maxYears: number;
}

/** The terms for student apprentices (`jx2019.student-apprentice`). */
export interface StudentApprenticeTerms {
  /** 每人每年不超过 3000 元 */
  readonly cap: string;
  /** 最长不超过 1 年 */
  readonly maxYears: number;
}

/**
 * The employee-apprentice range and term; set by the Jiaxing layer. Encodes
 * `jx2019.employee-apprentice` (三(一)二).
 * Parameter `apprenticeship.employeeTerms`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(jiaxingPolicy(), employeeApprenticeTerms, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → {"min":"4000.00","max":"10000.00","maxYears":2}
 */
export const employeeApprenticeTerms = defineParameter<EmployeeApprenticeTerms>({
  id: "apprenticeship.employeeTerms",
  label: { zh: "企业职工学徒补贴标准区间与期限", en: "employee-apprentice subsidy range and term" },
  citation: cite("jx2019.employee-apprentice", "三(一)二"),
  values: [],
  lastVerifiedOn: "2026-11-25",
  // 「4000元至10000元」: a range from a bottom to a top (a top below the bottom is refused)
  valueSchema: objectOf({ min: AmountShape, max: AmountShape, maxYears: Count }, { range: ["min", "max"] }),
});

/**
 * The student-apprentice cap and term; set by the Jiaxing layer. Encodes
 * `jx2019.student-apprentice` (三(一)二).
 * Parameter `apprenticeship.studentTerms`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(jiaxingPolicy(), studentApprenticeTerms, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → {"cap":"3000.00","maxYears":1}
 */
export const studentApprenticeTerms = defineParameter<StudentApprenticeTerms>({
  id: "apprenticeship.studentTerms",
  label: { zh: "学生学徒补贴上限与期限", en: "student-apprentice subsidy cap and term" },
  citation: cite("jx2019.student-apprentice", "三(一)二"),
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: objectOf({ cap: AmountShape, maxYears: Count }),
});

const LINE_LABEL = APPRENTICESHIP_SUBSIDY_LABEL;
/** The new-style apprenticeship of 三(一)二 as a whole, for either kind of apprentice (a student's claim never cites the employee clause). */
const RECORD = cite("jx2019.new-apprenticeship", "三(一)二");


/**
 * Whole months from `start` to `end` inclusive: the largest m whose m-th month
 * ({@link monthEnd}) ends on or before `end` (reading: apprenticeship-month-count).
 * @example
 * wholeMonths(civilDate("2020-01-01"), civilDate("2020-12-31")) // → 12
 * wholeMonths(civilDate("2020-01-01"), civilDate("2020-06-15")) // → 5
 * wholeMonths(civilDate("2020-03-31"), civilDate("2020-04-29")) // → 0
 */
export function wholeMonths(start: CivilDate, end: CivilDate): number {
  let m = 0;
  while (m < 1200 && monthEnd(start, m + 1) <= end) m++;
  return m;
}

/**
 * The pay-once key of the first `months` months of an apprenticeship period (a year of a
 * record, from its first day): the days they cover, from the first day to the end of the last
 * month paid (reading: pay-once-basis); a later period meeting it by a day meets a paid basis.
 * @example periodKey("P1", civilDate("2020-01-15"), 2) // → "apprenticeshipSubsidy|P1|period 2020-01-15..2020-03-14"
 */
export function periodKey(traineeId: string, start: CivilDate, months: number): string {
  return payOnceKey("apprenticeshipSubsidy", traineeId, "period", `${start}..${monthEnd(start, months)}`);
}

/**
 * The period a grant naming neither its period nor its months is read as: one subsidy year
 * (「每人每年」), for the term ({@link monthsOf}) and for the days it may meet ({@link grantsWithoutPeriod}); reading apprenticeship-month-count).
 * A ledger that paid more in one grant says so by its period or its months.
 */
const UNNAMED_GRANT_MONTHS = 12;

/** The provisions an apprenticeship-subsidy grant of this library names (jx2019 三(一)二's two kinds of apprentice). */
const APPRENTICE_PROVISIONS: ReadonlySet<string> = new Set(["jx2019.employee-apprentice", "jx2019.student-apprentice"]);

/**
 * The kind of apprentice a grant's provision paid: gbf2019's 「职工参加企业新型学徒制培训的」 (gbf2019.apprenticeship-floor) is
 * an employee's, as jx2019's 「职工学徒」 (cold audit 12d: a year kept under it was held asking the provision it states).
 */
const apprenticeKind = (g: Grant): string => (g.provision === APPRENTICESHIP_FLOOR.provision ? "jx2019.employee-apprentice" : g.provision);

/**
 * Months an earlier grant paid: the whole months of its period key; else the calendar months
 * it names (`months`, or month keys: a ledger kept by another system); else 12 (one subsidy
 * year) for a grant recorded with neither, or with keys that cannot be read as the person's
 * days (reading apprenticeship-month-count).
 */
function monthsOf(grant: Grant): number {
  let named = 0;
  for (const key of grantKeys(grant)) {
    // only a key the ledger can read as the person's days counts them ({@link namesDays}): one it cannot is no period
    if (!namesDays(key, grant.traineeId)) continue;
    const period = periodOfKey(key);
    if (period !== null) return wholeMonths(period.start as CivilDate, period.end as CivilDate);
    named += 1;
  }
  return named > 0 ? named : UNNAMED_GRANT_MONTHS;
}

/**
 * True when `key` says which of the trainee's days an apprenticeship grant paid, as the ledger
 * reads it: a period key of this trainee with a readable span, or a month key of this trainee
 * naming a real month. A key written under another owner (a former id) or not readable as days
 * says nothing of them, and the grant is judged as one that named no period.
 */
function namesDays(key: string, traineeId: string): boolean {
  const prefix = `apprenticeshipSubsidy|${traineeId}|`;
  if (!key.startsWith(prefix)) return false;
  const span = periodOfKey(key);
  if (span !== null) return isCivilDate(span.start) && isCivilDate(span.end) && span.start <= span.end;
  const month = key.startsWith(`${prefix}month `) ? keyValue(key, "month") : null;
  return month !== null && monthSpan(month) !== null;
}

/**
 * The earlier apprenticeship-subsidy grants (of `grants`, one person's) that do not say which
 * days they paid (no key the ledger reads as the person's days, {@link namesDays}: a ledger kept by another system) and whose period may meet
 * `start`..`end` (reading: earlier-grant-says-what-it-paid): a grant's period is read as the
 * one subsidy year from its basis date (as the term counts it), so it may meet the claimed period
 * when its basis date is on or before `end` and its 12th month ends on or after `start`; a grant
 * naming its period or the months it paid is judged by those. `unnamed`: those naming no apprenticeship (their
 * `apprenticeshipId` is asked for); `periodUnknown`: those naming one, whose period is asked for
 * (the rule leaves out the grants naming the claimed record: {@link keylessOfRecord}).
 * @example
 * const g = grant({ id: "G-9", measure: "apprenticeshipSubsidy", occupationCode: undefined, basisDate: "2020-01-02" });
 * grantsWithoutPeriod([g], civilDate("2021-01-01"), civilDate("2021-06-30")).unnamed.map((x) => x.id) // → ["G-9"]
 * grantsWithoutPeriod([{ ...g, basisDate: "2020-01-01" }], civilDate("2021-01-01"), civilDate("2021-06-30")).unnamed // → []
 */
export function grantsWithoutPeriod(grants: readonly Grant[], start: CivilDate, end: CivilDate): { unnamed: Grant[]; periodUnknown: Grant[] } {
  const unnamed: Grant[] = [];
  const periodUnknown: Grant[] = [];
  for (const g of grants) {
    if (g.measure !== "apprenticeshipSubsidy" || g.basisDate > end || monthEnd(g.basisDate as CivilDate, UNNAMED_GRANT_MONTHS) < start) continue;
    const keys = grantKeys(g);
    // a period or the months it paid say which days it paid: the pay-once keys judge it (a month is the period of its days)
    if (keys.some((k) => namesDays(k, g.traineeId))) continue;
    if (keys.some((k) => k.includes("|apprenticeship "))) periodUnknown.push(g);
    else unnamed.push(g);
  }
  return { unnamed, periodUnknown };
}

/** A year of an apprenticeship record ({@link recordYears}). */
export interface RecordYear {
  /** 0 for the record's first year, 1 for its second … */
  readonly index: number;
  /** Its first day: the record's first day, `12 × index` months on. */
  readonly start: CivilDate;
  /** Its last day: the day before the next year's first, or the record's last day when that comes first. */
  readonly end: CivilDate;
  /** Its whole months, counted from its first day ({@link wholeMonths}): 12, or fewer in a record's last, part year. */
  readonly months: number;
}

/**
 * The years of an apprenticeship record `start`..`end` (reading apprenticeship-month-count):
 * year k runs from the day after the record's 12k-th month ({@link monthEnd}) to the end of
 * its 12(k+1)-th month, clipped to the record's last day; the years stop at the record's end,
 * and a later year with no whole month is none. The first year is always listed (a record of
 * less than a whole month is refused as too short). A year's months are counted from its own
 * first day, so the period key of its paid months ({@link periodKey}) counts back to them and
 * never runs past the year (nor the record).
 * @example
 * recordYears(civilDate("2020-01-01"), civilDate("2021-12-31")).map((y) => `${y.start}..${y.end} ${y.months}`) // → ["2020-01-01..2020-12-31 12","2021-01-01..2021-12-31 12"]
 * recordYears(civilDate("2020-01-31"), civilDate("2021-03-15")).map((y) => `${y.start}..${y.end} ${y.months}`) // → ["2020-01-31..2021-01-30 12","2021-01-31..2021-03-15 1"]
 * recordYears(civilDate("2020-01-01"), civilDate("2021-01-15")).length // → 1
 */
export function recordYears(start: CivilDate, end: CivilDate): RecordYear[] {
  const years: RecordYear[] = [];
  // at most 200 years (the dates a record may hold: 1900-01-01..2099-12-31)
  for (let index = 0; index < 200; index++) {
    const first = index === 0 ? start : addDays(monthEnd(start, 12 * index), 1);
    if (first > end) break;
    const close = monthEnd(start, 12 * (index + 1));
    const last = close < end ? close : end;
    const months = wholeMonths(first, last);
    if (index > 0 && months === 0) break;
    years.push({ index, start: first, end: last, months });
  }
  return years;
}

/**
 * The earlier apprenticeship-subsidy grants (of `grants`, one person's) that name the record
 * `apprenticeshipId` (by `apprenticeshipId`, or by the record's key an earlier version wrote) but
 * neither the period nor the months they paid: which of its years they paid is not said
 * (reading apprenticeship-month-count).
 * @example
 * const g = grant({ id: "G-9", measure: "apprenticeshipSubsidy", occupationCode: undefined, apprenticeshipId: "A-1" });
 * keylessOfRecord([g], "P1", "A-1").map((x) => x.id) // → ["G-9"]
 * keylessOfRecord([{ ...g, months: ["2020-01"] }], "P1", "A-1") // → []
 */
export function keylessOfRecord(grants: readonly Grant[], traineeId: string, apprenticeshipId: string): Grant[] {
  const recordKey = payOnceKey("apprenticeshipSubsidy", traineeId, "apprenticeship", apprenticeshipId);
  const out: Grant[] = [];
  for (const g of grants) {
    if (g.measure !== "apprenticeshipSubsidy") continue;
    const keys = grantKeys(g);
    if (g.apprenticeshipId !== apprenticeshipId && !keys.includes(recordKey)) continue;
    if (!keys.some((k) => namesDays(k, traineeId))) out.push(g);
  }
  return out;
}

/**
 * The claims held undecidable earlier in the batch (`held`, one person's) whose apprenticeship years keep their place in the
 * term of a claim on the record `apprenticeshipId` whose year begins on `yearStart` (reading claim-order-by-issue-date; cold
 * review 111 F1): held apprenticeship subsidies of another record of the same kind of apprentice (`kind`: employee or
 * student), each taking, in the order held, the next of its record's years no grant of the ledger paid yet; those whose
 * year begins on or before `yearStart` (first years first: 「补助原则上不超过2年」 counts the apprentice's years in time),
 * with the whole months those years may take. A held claim on the same record takes a later year of it than the one judged
 * (each claim pays the record's earliest year not paid), so none is counted.
 * @example
 * const held = { claimId: "AS1", measure: "apprenticeshipSubsidy", basisDate: "2020-01-01", apprenticeship: { id: "A1", kind: "employee", startDate: "2020-01-01", endDate: "2020-12-31" } };
 * const r = heldApprenticeYears([held], Ledger.empty, "P1", "employee", "A2", civilDate("2022-01-01"));
 * [r.claims.map((h) => h.claimId), r.months] // → [["AS1"],12]
 * heldApprenticeYears([held], Ledger.empty, "P1", "student", "A2", civilDate("2022-01-01")).months // → 0
 */
export function heldApprenticeYears(held: readonly HeldClaim[] | undefined, ledger: Ledger, traineeId: string, kind: string, apprenticeshipId: string, yearStart: CivilDate): { claims: HeldClaim[]; months: number } {
  const claims: HeldClaim[] = [];
  let months = 0;
  if (held === undefined) return { claims, months };
  // per record: its years no grant paid, and how many of them the held claims of it already took
  const unpaidOf = new Map<string, { years: RecordYear[]; taken: number }>();
  for (const h of held) {
    const a = h.apprenticeship;
    if (h.measure !== "apprenticeshipSubsidy" || a === undefined || a.kind !== kind || a.id === apprenticeshipId) continue;
    if (!isCivilDate(a.startDate) || !isCivilDate(a.endDate) || a.startDate > a.endDate) continue;
    let record = unpaidOf.get(a.id);
    if (record === undefined) {
      const years = recordYears(a.startDate, a.endDate).filter((y) => ledger.paidOn(periodKey(traineeId, y.start, y.months)).length === 0);
      record = { years, taken: 0 };
      unpaidOf.set(a.id, record);
    }
    const y = record.years[record.taken];
    record.taken += 1;
    if (y === undefined || y.start > yearStart) continue;
    claims.push(h);
    months += y.months;
  }
  return { claims, months };
}

/**
 * Decides an apprenticeship-subsidy claim, paid to the enterprise. Encodes
 * `jx2019.employee-apprentice` and `jx2019.student-apprentice` (三(一)二).
 * @example
 * const apprenticeship = Apprenticeship.parse({
 *   id: "A-1", traineeId: "P1", enterpriseId: "E-1", kind: "employee", occupation: { code: "6-29-01-01", name: "电工" },
 *   level: "intermediate", startDate: "2020-01-01", endDate: "2020-12-31", annualStandard: "6000.00",
 * });
 * const enterprise = Enterprise.parse({ id: "E-1", name: "示例公司", unemploymentInsuranceRegion: "zhejiang.jiaxing.nanhu" });
 * const c = claim({ measure: "apprenticeshipSubsidy", claimant: { kind: "enterprise", id: "E-1" }, apprenticeshipId: "A-1", enterpriseId: "E-1", submittedOn: "2021-01-10" });
 * const d = evaluateClaim(jiaxingPolicy(), input({ claim: c, trainee: trainee({ statuses: ["enterpriseEmployee"] }), apprenticeship, enterprise }));
 * [d.outcome, d.amount, d.payee?.kind] // → ["granted","6000.00","enterprise"]
 */
export const apprenticeshipSubsidy = defineRule({
  id: "apprenticeshipSubsidy",
  label: LINE_LABEL,
  citation: RECORD,
  run: (ctx, input: ClaimInput): Finding => {
    const { apprenticeship, claim, trainee, ledger } = input;
    if (apprenticeship === undefined) {
      return findingOf([missingRecord(RECORD, "claim.apprenticeshipId")]);
    }
    // reading apprenticeship-terms-at-start: the record's first day sets the terms of each of its years
    const date = apprenticeship.startDate;
    const employee = apprenticeship.kind === "employee";
    const terms = (employee ? ctx.param(employeeApprenticeTerms, date) : ctx.param(studentApprenticeTerms, date)) as Resolved<EmployeeApprenticeTerms | StudentApprenticeTerms> | Unresolved;
    if (!isResolved(terms)) return findingOf([unresolvedReason(terms, date).check]);
    const citation: Citation = terms.citation;
    const checks: Check[] = [];

    if (claim.claimant.kind !== "enterprise") checks.push({ pass: false, reason: { code: "payee_not_enterprise", citation, facts: { claimant: claim.claimant.kind } } });
    // 「对于实施培养计划的新型学徒……给予企业补贴」: the enterprise that trains the apprentice, the one its record names.
    else if (claim.claimant.id !== apprenticeship.enterpriseId) checks.push({ pass: false, reason: { code: "payee_not_enterprise", citation, facts: { claimant: "enterprise", enterprise: apprenticeship.enterpriseId } } });

    // reading apprenticeship-month-count: a record is claimed year by year, each claim paying the record's earliest year
    // none of whose whole months is paid yet (its 12 whole months at most), up to the months of the term left
    const months = wholeMonths(apprenticeship.startDate, apprenticeship.endDate);
    const period = { startDate: apprenticeship.startDate, endDate: apprenticeship.endDate, months };
    if (months === 0) checks.push({ pass: false, reason: { code: "apprenticeship_period_too_short", citation, facts: period } });
    const years = recordYears(apprenticeship.startDate, apprenticeship.endDate);
    const grants = ledger.grantsOf(trainee.id);
    const id = apprenticeship.id;
    const ofRecord = keylessOfRecord(grants, trainee.id, id);
    // a grant of the record naming neither its period nor its months: of a one-year record it paid that year
    // (one subsidy year, reading earlier-grant-says-what-it-paid); of a longer one, which year is not said
    const paidBy = new Set(years.length === 1 ? ofRecord.map((g) => g.claimId) : []);
    if (ofRecord.length > 0 && years.length > 1) checks.push(grantFieldsMissing(ofRecord, "basisKeys (its period)", citation));
    // the days each earlier grant paid (its period or months: this batch's and the prior ledger's) tell which years are paid
    let year: RecordYear | undefined;
    // what paid the record's years, for a refusal: the record itself, or (met by another record's grants) the days they paid
    // (cold review 105 F3: a record never paid was named as paid)
    const paidBases = new Set<string>();
    for (const y of paidBy.size > 0 ? [] : years) {
      const meeting = ledger.paidOn(periodKey(trainee.id, y.start, y.months));
      // some of its whole months paid, some not: which are still owed is not said (a month another system names may
      // meet two of the record's); asked, never paid on a guess nor refused
      const partly = meeting.length > 0 && Array.from({ length: y.months }, (_, j) => ledger.paidOn(payOnceKey("apprenticeshipSubsidy", trainee.id, "period", `${addDays(monthEnd(y.start, j), 1)}..${monthEnd(y.start, j + 1)}`)).length).includes(0);
      const earlierClaims = [...new Set(meeting.map((g) => g.claimId))].sort();
      if (partly) checks.push({ pass: "unknown", reason: { code: "apprenticeship_year_partly_paid", citation, facts: { apprenticeship: id, year: y.index + 1, firstDay: y.start, lastDay: monthEnd(y.start, y.months), earlierClaims } }, missing: [`apprenticeship ${id}: the months of its year ${y.index + 1} not yet paid`] });
      else if (meeting.length > 0) {
        for (const c of earlierClaims) paidBy.add(c);
        paidBases.add(meeting.every((g) => g.apprenticeshipId === id) ? `apprenticeship ${id}` : basisOfKey(periodKey(trainee.id, y.start, y.months)));
        continue;
      }
      year = y;
      break;
    }
    // every year paid: a repeat (reading pay-once-basis)
    if (year === undefined) return findingOf([{ pass: false, reason: { code: "basis_already_paid", citation, facts: { basis: paidBases.size === 0 ? [`apprenticeship ${id}`] : [...paidBases], earlierClaims: [...paidBy].sort() } } }]);
    // a year after the first is paid once it has begun on the day the claim is judged (the record's first year as always)
    if (year.index > 0 && ctx.on < year.start) checks.push({ pass: false, reason: { code: "apprenticeship_year_not_begun", citation, facts: { apprenticeship: id, year: year.index + 1, firstDay: year.start, on: ctx.on } } });

    // 按属地原则由失业保险参保地进行管理 (jx2019.ui-locality): the enterprise is insured here.
    const ui = ctx.use(uiLocality, { claimant: claim.claimant, enterprise: input.enterprise, region: ctx.policy.region, date });
    if (ui !== null) checks.push(ui);

    // readings: apprenticeship-years-over-history, apprenticeship-month-count — the term is time — the months of this
    // provision already paid, with any enterprise, out of maxYears × 12. A grant of the measure under a provision id
    // that is neither apprentice provision (another system's) may have been either: where its months would pay less,
    // the claim asks which provision it was paid under, never refused or paid on a guess.
    const maxYears = terms.value.maxYears;
    const earlier = grants.filter((g) => g.measure === "apprenticeshipSubsidy" && apprenticeKind(g) === citation.provision);
    const eitherKind = grants.filter((g) => g.measure === "apprenticeshipSubsidy" && !APPRENTICE_PROVISIONS.has(apprenticeKind(g)));
    const monthsIn = (gs: readonly Grant[]) => gs.reduce((n, g) => n + monthsOf(g), 0);
    const monthsPaid = monthsIn(earlier);
    const monthsLeft = Math.max(0, maxYears * 12 - monthsPaid);
    const termYear = Math.floor(monthsPaid / 12) + 1;
    const yearFacts = { year: termYear, maxYears, monthsPaid, monthsLeft, earlierGrants: earlier.map((g) => g.id) };
    checks.push(
      monthsLeft > 0
        ? { pass: true, reason: { code: "apprenticeship_year_within_term", citation, facts: yearFacts } }
        : { pass: false, reason: { code: "apprenticeship_term_used", citation, facts: yearFacts } },
    );
    const paidMonths = Math.min(year.months, monthsLeft);
    // reading claim-order-by-issue-date: an apprentice year of the person held undecidable earlier in the batch (another
    // record's, of this kind of apprentice, beginning on or before this year) keeps its place in the term: where the months it
    // may take, were it paid, would leave this year less than whole, the claim waits for it, never paid ahead of it (cold
    // review 111 F1, second look 111 Q1: else corrected, the earlier year is refused for a later year paid to another enterprise)
    if (paidMonths > 0 && input.heldClaims !== undefined) {
      const kept = heldApprenticeYears(input.heldClaims, ledger, trainee.id, apprenticeship.kind, id, year.start);
      if (kept.claims.length > 0 && Math.min(year.months, Math.max(0, monthsLeft - kept.months)) < paidMonths) checks.push(heldCheck(kept.claims, citation));
    }
    // were those grants of this kind, the months the year would be paid
    const paidIfEither = Math.min(year.months, Math.max(0, monthsLeft - monthsIn(eitherKind)));
    if (paidIfEither < paidMonths) checks.push(grantFieldsMissing(eitherKind, "provision", citation));

    // The yearly standard.
    let yearly: string | undefined;
    if (employee) {
      const t = terms.value as EmployeeApprenticeTerms;
      const given = apprenticeship.annualStandard;
      if (given === undefined) {
        checks.push({ pass: "unknown", reason: { code: "apprenticeship_standard_unknown", citation, facts: { apprenticeship: apprenticeship.id } }, missing: ["apprenticeship.annualStandard"] });
      } else {
        const facts = { standard: given, min: t.min, max: t.max };
        const inRange = amount(given).greaterThanOrEqualTo(amount(t.min)) && amount(given).lessThanOrEqualTo(amount(t.max));
        // A standard outside the text's range is a wrong record, not a year owed nothing: the year is held for a standard
        // within it (reading apprenticeship-standard-out-of-range; cold review 109 F1, second look 109 Q1).
        checks.push(
          inRange
            ? { pass: true, reason: { code: "apprenticeship_standard", citation, facts } }
            : { pass: "unknown", reason: { code: "apprenticeship_standard_out_of_range", citation, facts }, missing: ["apprenticeship.annualStandard"] },
        );
        if (inRange) yearly = given;
      }
    } else {
      const t = terms.value as StudentApprenticeTerms;
      const allowance = apprenticeship.monthlyInternshipAllowance;
      if (allowance === undefined) {
        checks.push({ pass: "unknown", reason: { code: "apprenticeship_standard_unknown", citation, facts: { apprenticeship: apprenticeship.id } }, missing: ["apprenticeship.monthlyInternshipAllowance"] });
      } else {
        // reading student-apprentice-amount: one month's internship allowance is the year's amount, at most the cap
        const capped = min(amount(allowance), amount(t.cap));
        yearly = capped.toFixed(2);
        checks.push({ pass: true, reason: { code: "student_apprentice_standard", citation, facts: { allowance, cap: t.cap, yearly } } });
      }
    }

    // reading earlier-grant-says-what-it-paid: an earlier grant of another record, or of none, kept without its period
    // may have paid days of the year claimed
    const { unnamed, periodUnknown } = grantsWithoutPeriod(ofRecord.length === 0 ? grants : grants.filter((g) => !ofRecord.includes(g)), year.start, year.end);
    if (unnamed.length > 0) checks.push(grantFieldsMissing(unnamed, "apprenticeshipId", citation));
    if (periodUnknown.length > 0) checks.push(grantFieldsMissing(periodUnknown, "basisKeys (its period)", citation));
    // the grant names the record (its apprenticeshipId) and, by this key, the days of the year's months it paid
    const keys = [periodKey(trainee.id, year.start, paidMonths)];

    if (outcomeOf(checks) !== "granted" || yearly === undefined) return findingOf(checks);
    const decided = combineChecks(checks);
    const payee = claimantPayee(claim);
    // the yearly standard prorated by whole months, rounded once when the line is finished
    const rate = amount(yearly).dividedBy(12);
    const exact = amount(yearly).times(paidMonths).dividedBy(12);
    return {
      ...decided,
      payee,
      lines: [{ label: LINE_LABEL, citation, payee, quantity: paidMonths, unit: "month", rate, amount: exact, layer: terms.layer }],
      basis: { date: year.start, occupationCode: apprenticeship.occupation.code, keys },
    };
  },
});

/**
 * The floor bound to the terms the apprenticeship rule reads (issue 14 item 4(d)): the lower
 * end of the employee-apprentice range (`apprenticeship.employeeTerms`, min) must be at
 * least 4000 yuan a year, so no layer can set a range the rule would pay below
 * 「每人每年4000元以上」. The Jiaxing layer, which declares those terms, declares the constraint. Encodes
 * `gbf2019.apprenticeship-floor` (§(十一)).
 * @example
 * employeeApprenticeFloorConstraint.test({ min: "3999.99", max: "10000.00", maxYears: 2 }) // → false
 * employeeApprenticeFloorConstraint.test({ min: "4000.00", max: "10000.00", maxYears: 2 }) // → true
 * employeeApprenticeFloorConstraint.test({ min: "4000.00", max: "10000.00", maxYears: 0 }) // → false
 */
export const employeeApprenticeFloorConstraint: Constraint = {
  parameter: employeeApprenticeTerms as Constraint["parameter"],
  citation: APPRENTICESHIP_FLOOR,
  // the national constraint's words: the same floor, read off the range's lower end
  label: apprenticeshipFloorConstraint.label,
  // and a term of at least one year: terms of 0 years pay no apprentice anything, under any lower end (cold review 51)
  test: (value) => meetsApprenticeshipFloor((value as EmployeeApprenticeTerms).min) && (value as EmployeeApprenticeTerms).maxYears >= 1,
};
