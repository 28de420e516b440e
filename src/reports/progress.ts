/**
 * Progress against the plan: counts, rates and spend over a period, from training
 * records and the ledger, each figure set against its target with the target's citation.
 *
 * Readings (law/readings/, listed in docs/readings.md; each overridable by passing other
 * tables, targets or records):
 * - a training record is one person-time and counts in the period that holds its last
 *   day (`endDate`); a certificate counts on its issue date; a new apprentice on the
 *   training's first day; a grant on its `basisDate` (the ledger has no payment date)
 *   (reading: report-when-a-figure-counts);
 * - a record is subsidised when it says so, or, when it says nothing, when a ledger grant
 *   of its trainee names it as `courseId` (reading: report-subsidised-training); the period's
 *   grants naming a course no record of their trainee holds are listed (`spend.unlinked`);
 * - a new apprentice is a person, counted once, on the first day of the earliest record
 *   marking them one (reading: report-when-a-figure-counts);
 * - pass rate (培训合格率, gf2018.performance) = passed ÷ (passed + failed); pending
 *   records are not in it. Employment/entrepreneurship success rate (就业创业成功率) =
 *   employed ÷ records followed up (`employedAfter` given) (reading: report-pass-and-employment-rates);
 * - a figure against a target counts the days the period shares with the target's span,
 *   and only the records of the target set's region when it has one (a city's targets);
 *   a plan table whose year the period does not touch is used as the reference of the
 *   latest earlier year and marked `carriedForward` (the texts give only the 2019 tables)
 *   (readings: report-share-of-target, report-2019-plan-tables).
 */
import { checkArgument, isObject, isResult } from "../arguments.js";
import type { Citation } from "../core/citation.js";
import { cite } from "../core/citation.js";
import type { CivilDate } from "../core/date.js";
import { isCivilDate, isWithin } from "../core/date.js";
import type { Amount, Yuan } from "../core/money.js";
import { amount, toYuan, ZERO } from "../core/money.js";
import { payOnceKey } from "../core/ledger.js";
import type { Label } from "../core/parameter.js";
import { isWithinRegion } from "../records/kinds.js";
import type { ProvisionId } from "../law/provisionIds.js";
import { PROVISION_CLAUSES } from "../law/provisionIds.js";
import { labelOf, MEASURE_LABELS } from "./labels.js";
import type { SkillLevel } from "../records/common.js";
import type { ProgressDocument, ReportGrant, TrainingRecord } from "../records/progress.js";
import type { BaseUnit, Metric, PlanTable, Quantity, Span, Target, TargetSet } from "../targets/target.js";
import { baseQuantity, MEASURED_METRICS } from "../targets/target.js";
import type { Period, PlanSpan } from "./period.js";
import { intersect, PLAN_PERIODS, trendQuarters } from "./period.js";

/** An exact fraction and its percentage rounded half-up to two decimals. */
export interface Share {
  /** The numerator, exact. */
  readonly numerator: string;
  /** The denominator, exact. */
  readonly denominator: string;
  /** e.g. `"75.00"` for 3 of 4. */
  readonly percent: string;
}

/**
 * numerator ÷ denominator, or null when the denominator is zero.
 * @example
 * share(3, 4) // → {"numerator":"3","denominator":"4","percent":"75.00"}
 * share(1, 0) // → null
 */
export function share(numerator: Amount | number, denominator: Amount | number): Share | null {
  const n = amount(numerator);
  const d = amount(denominator);
  if (d.isZero()) return null;
  return { numerator: n.toString(), denominator: d.toString(), percent: n.times(100).dividedBy(d).toFixed(2) };
}

/** Counts of a set of training records: trained, subsidised, outcomes, rates. */
export interface Counts {
  /** Person-times trained (records ending in the period). */
  readonly trained: number;
  /** Subsidised person-times (补贴性培训). */
  readonly subsidised: number;
  /** Subsidised person-times of migrant workers. */
  readonly migrantWorkerSubsidised: number;
  /** Records assessed as passed (合格). */
  readonly passed: number;
  /** Records assessed as failed. */
  readonly failed: number;
  /** Records not assessed yet. */
  readonly pending: number;
  /** Records followed up for employment. */
  readonly followedUp: number;
  /** Of those followed up, employed or self-employed after the training. */
  readonly employed: number;
  /** passed ÷ (passed + failed) (培训合格率). */
  readonly passRate: Share | null;
  /** employed ÷ followed up (就业创业成功率). */
  readonly employmentRate: Share | null;
}

/** One row of a plan table against what was trained. */
export interface RowProgress {
  /** The row id (a region or department id, or `unplanned` / `total`). */
  readonly id: string;
  /** The row name, in Chinese and English. */
  readonly label: Label;
  /** Counts of the row's records. */
  readonly counts: Counts;
  /** Planned person-times (the row's quantity in base units), null for the unplanned row. */
  readonly planned: string | null;
  /** Trained ÷ planned. */
  readonly share: Share | null;
}

/** A plan table (by region or by department) against what was trained. */
export interface TableProgress {
  /** The plan table: id, name, span, citation, unit. */
  readonly table: { readonly id: string; readonly label: Label; readonly span: Span; readonly citation: Citation; readonly unit: Quantity["unit"] };
  /** True when the period lies outside the table's span and the table stands in as the latest plan. */
  readonly carriedForward: boolean;
  /** The days counted against the table. */
  readonly counted: Span;
  /** One entry per row of the table. */
  readonly rows: readonly RowProgress[];
  /** Records no row of the table claims (another region, or no department). */
  readonly unplanned: RowProgress;
  /** The table's planned person-times. */
  readonly planned: string;
  /** All records together. */
  readonly total: RowProgress;
}

/** One target against the figure measured for it. */
export interface TargetProgress {
  /** The target. */
  readonly target: Target;
  /** The id of the target set it belongs to. */
  readonly targetSet: string;
  /** The target in base units: person-times, persons, bases, or a share. */
  readonly base: { readonly unit: BaseUnit; readonly value: string };
  /** The days counted: the period's days within the target's span. */
  readonly counted: Span;
  /** The measured figure, or null when the records cannot measure the metric. */
  readonly actual: number | null;
  /** The region whose records alone are counted (a city's targets), null when every record counts. */
  readonly region: string | null;
  /** actual ÷ target, when both are known. */
  readonly share: Share | null;
}

/** Spend under one key (a provision, a measure or a fund). */
export interface SpendLine {
  /** The provision id, measure or fund. */
  readonly key: string;
  /** Paid, yuan. */
  readonly amount: Yuan;
  /** How many grants. */
  readonly grants: number;
  /**
   * For a provision: its name as the report shows it — the measures paid under it and the
   * document and clause (`生活费补贴（<document> <clause>）`).
   */
  readonly label?: Label;
}

/** What was paid in the period, by provision, measure and fund. */
export interface Spend {
  /** Paid in the period, yuan. */
  readonly total: Yuan;
  /** How many grants. */
  readonly grants: number;
  /** By the provision each grant was paid under. */
  readonly byProvision: readonly SpendLine[];
  /** By measure. */
  readonly byMeasure: readonly SpendLine[];
  /** Grants without a fund are under `unspecified`. */
  readonly byFund: readonly SpendLine[];
  /**
   * The ids of the period's grants that name a course (`courseId`) no training record of their
   * trainee holds, in ledger order: paid, but their training is not among the records, so it
   * is not counted as a subsidised person-time (reading report-subsidised-training).
   */
  readonly unlinked: readonly string[];
}

/** One quarter of the trend. */
export interface QuarterProgress {
  /** The quarter, e.g. `2020Q3`. */
  readonly id: string;
  /** First day. */
  readonly start: CivilDate;
  /** Last day. */
  readonly end: CivilDate;
  /** Person-times trained (records ending in the quarter). */
  readonly trained: number;
  /** Subsidised person-times. */
  readonly subsidised: number;
  /** Paid, yuan. */
  readonly spend: Yuan;
}

/** A progress report ({@link progressReport}): counts, plan tables, targets, spend and the quarterly trend of a period. */
export interface ProgressReport {
  /** The period reported on. */
  readonly period: Period;
  /** The data's source, as the document names it. */
  readonly source: string | null;
  /** Counts of the records ending in the period. */
  readonly counts: Counts;
  /** Qualification and skill-level certificates issued in the period. */
  readonly newCertificates: number;
  /** Certificates at 高级工 (`senior`) and above. */
  readonly highSkilledCertificates: number;
  /** New apprentices starting in the period. */
  readonly newApprentices: number;
  /**
   * The provisions that call for the report: the national text's (`gf2018.performance`),
   * then those of the reference it was measured against ({@link ProgressOptions.performance}).
   */
  readonly performance: readonly Citation[];
  /** Against the plan table by region, when one is given. */
  readonly byRegion: TableProgress | null;
  /** Against the plan table by department, when one is given. */
  readonly byDepartment: TableProgress | null;
  /** Against each target whose span the period touches. */
  readonly targets: readonly TargetProgress[];
  /** What was paid in the period. */
  readonly spend: Spend;
  /** The quarterly trend. */
  readonly quarters: readonly QuarterProgress[];
}

/** What a progress report is measured against (e.g. {@link jiaxingReportReference}). */
export interface ProgressOptions {
  /** The plan table by region. */
  readonly planByRegion?: PlanTable;
  /** The plan table by department. */
  readonly planByDepartment?: PlanTable;
  /** Target sets to compare against; those whose targets do not touch the period are left out. */
  readonly targetSets?: readonly TargetSet[];
  /**
   * The local provisions that call for the report (a city's evaluation clause), cited after
   * the national one; a city's reference gives them, so the report names no city itself.
   */
  readonly performance?: readonly Citation[];
  /**
   * The plans a period of this reference may be named by (a city's plan key and its span),
   * beside the national {@link PLAN_PERIODS}: `parsePeriod(text, { ...PLAN_PERIODS, ...periods })`.
   */
  readonly periods?: Readonly<Record<string, PlanSpan>>;
}

const HIGH_SKILLED: ReadonlySet<SkillLevel> = new Set(["senior", "technician", "seniorTechnician", "principalTechnician", "chiefTechnician"]);
const LEVELED_CERTIFICATES: ReadonlySet<string> = new Set(["qualificationCertificate", "skillLevelCertificate"]);

const within = (date: CivilDate, span: Span) => isWithin(date, span.start, span.end);

/** A training of a trainee, as a grant names it (its trainee and `courseId`) and as a record is (its trainee and id). */
const linkKey = (traineeId: string, courseId: string) => `${traineeId}\u0000${courseId}`;

function isSubsidised(record: TrainingRecord, linked: ReadonlySet<string>): boolean {
  return record.subsidised ?? linked.has(linkKey(record.traineeId, record.id));
}

function countRecords(records: readonly TrainingRecord[], linked: ReadonlySet<string>): Counts {
  let subsidised = 0;
  let migrant = 0;
  let passed = 0;
  let failed = 0;
  let pending = 0;
  let followedUp = 0;
  let employed = 0;
  for (const r of records) {
    const s = isSubsidised(r, linked);
    if (s) subsidised++;
    if (s && r.migrantWorker === true) migrant++;
    if (r.outcome === "passed") passed++;
    else if (r.outcome === "failed") failed++;
    else pending++;
    if (r.employedAfter !== undefined) {
      followedUp++;
      if (r.employedAfter) employed++;
    }
  }
  return {
    trained: records.length,
    subsidised,
    migrantWorkerSubsidised: migrant,
    passed,
    failed,
    pending,
    followedUp,
    employed,
    passRate: share(passed, passed + failed),
    employmentRate: share(employed, followedUp),
  };
}

function ending(records: readonly TrainingRecord[], span: Span): TrainingRecord[] {
  return records.filter((r) => within(r.endDate, span));
}

/** A provision's name for people: the measures its grants were paid for, and its document and clause. */
function provisionLabel(id: string, grants: readonly ReportGrant[]): Label {
  const measures = [...new Set(grants.filter((g) => g.provision === id).map((g) => g.measure))].sort();
  const clause = Object.hasOwn(PROVISION_CLAUSES, id) ? PROVISION_CLAUSES[id as ProvisionId] : null;
  const where = `${id.split(".")[0] ?? id}${clause === null ? "" : ` ${clause}`}`;
  const names = measures.map((m) => labelOf(MEASURE_LABELS, m));
  return { zh: `${names.map((n) => n.zh).join("、")}（${where}）`, en: `${names.map((n) => n.en).join(", ")} (${where})` };
}

function spendOf(grants: readonly ReportGrant[], held: ReadonlySet<string>): Spend {
  const group = (key: (g: ReportGrant) => string): SpendLine[] => {
    const m = new Map<string, { sum: Amount; n: number }>();
    for (const g of grants) {
      const k = key(g);
      const e = m.get(k) ?? { sum: ZERO, n: 0 };
      m.set(k, { sum: e.sum.plus(g.amount), n: e.n + 1 });
    }
    return [...m.entries()]
      .map(([k, e]) => ({ key: k, amount: toYuan(e.sum), grants: e.n, sort: e.sum }))
      .sort((a, b) => b.sort.comparedTo(a.sort) || (a.key < b.key ? -1 : 1))
      .map(({ key: k, amount: a, grants: n }) => ({ key: k, amount: a, grants: n }));
  };
  return {
    total: toYuan(grants.reduce<Amount>((acc, g) => acc.plus(g.amount), ZERO)),
    grants: grants.length,
    byProvision: group((g) => g.provision).map((line) => ({ ...line, label: provisionLabel(line.key, grants) })),
    byMeasure: group((g) => g.measure),
    byFund: group((g) => g.fund ?? "unspecified"),
    unlinked: grants.filter((g) => { const courses = coursesOfGrant(g); return courses.length > 0 && !courses.some((c) => held.has(linkKey(g.traineeId, c))); }).map((g) => g.id),
  };
}

/**
 * The courses a grant paid for: the one its claim named (`courseId`), and the one the rules judged with its certificate,
 * which the grant keys under its own measure and trainee (`trainingSubsidy|P1|course K1`; reading course-trained-once) —
 * a training subsidy claimed on the certificate alone names no course (cold review 83 F1: its training was not counted).
 */
function coursesOfGrant(g: ReportGrant): string[] {
  const out = g.courseId === undefined ? [] : [g.courseId];
  const own = payOnceKey(g.measure, g.traineeId, "course", "");
  for (const key of g.basisKeys ?? []) if (key.startsWith(own) && !out.includes(key.slice(own.length))) out.push(key.slice(own.length));
  return out;
}

function tableProgress(table: PlanTable, period: Period, records: readonly TrainingRecord[], linked: ReadonlySet<string>, keyOf: (r: TrainingRecord, rowId: string) => boolean): TableProgress {
  const overlap = intersect(period, table.span);
  const counted = overlap ?? { start: period.start, end: period.end };
  const inPeriod = ending(records, counted);
  const claimed = new Set<TrainingRecord>();
  const rows = table.rows.map((row): RowProgress => {
    const mine = inPeriod.filter((r) => keyOf(r, row.id));
    mine.forEach((r) => claimed.add(r));
    const planned = baseQuantity(row.quantity).value;
    const counts = countRecords(mine, linked);
    return { id: row.id, label: row.label, counts, planned: planned.toString(), share: share(counts.trained, planned) };
  });
  const rest = inPeriod.filter((r) => !claimed.has(r));
  const plannedTotal = baseQuantity(table.printedTotal).value;
  const totalCounts = countRecords(inPeriod.filter((r) => claimed.has(r)), linked);
  return {
    table: { id: table.id, label: table.label, span: table.span, citation: table.citation, unit: table.printedTotal.unit },
    carriedForward: overlap === null,
    counted,
    rows,
    unplanned: { id: "unplanned", label: { zh: "计划外", en: "outside the plan's rows" }, counts: countRecords(rest, linked), planned: null, share: null },
    planned: plannedTotal.toString(),
    total: { id: "total", label: { zh: "合计", en: "total" }, counts: totalCounts, planned: plannedTotal.toString(), share: share(totalCounts.trained, plannedTotal) },
  };
}

/** The table that stands for the period: one whose span it touches, else the latest earlier one. */
function pickTable(table: PlanTable | undefined, period: Period): PlanTable | undefined {
  if (table === undefined) return undefined;
  if (intersect(period, table.span) !== null || table.span.end < period.start) return table;
  return undefined;
}

function measure(metric: Metric, span: Span, records: readonly TrainingRecord[], linked: ReadonlySet<string>): number | null {
  if (!MEASURED_METRICS.has(metric)) return null;
  switch (metric) {
    case "trained":
      return ending(records, span).length;
    case "subsidisedTraining":
      return ending(records, span).filter((r) => isSubsidised(r, linked)).length;
    case "migrantWorkerTraining":
      return ending(records, span).filter((r) => isSubsidised(r, linked) && r.migrantWorker === true).length;
    case "newCertificates":
      return records.filter((r) => r.certificate !== undefined && LEVELED_CERTIFICATES.has(r.certificate.kind) && within(r.certificate.issuedOn, span)).length;
    case "highSkilledCertificates":
      return records.filter(
        (r) => r.certificate !== undefined && LEVELED_CERTIFICATES.has(r.certificate.kind) && r.certificate.level !== undefined && HIGH_SKILLED.has(r.certificate.level) && within(r.certificate.issuedOn, span),
      ).length;
    case "newApprentices": {
      // A person, once: on the first day of the earliest record marking them a new apprentice (the target counts persons: 「培养 6000 名新型学徒」).
      const first = new Map<string, CivilDate>();
      for (const r of records) {
        if (r.newApprentice === undefined) continue;
        const seen = first.get(r.traineeId);
        if (seen === undefined || r.startDate < seen) first.set(r.traineeId, r.startDate);
      }
      let count = 0;
      for (const start of first.values()) if (within(start, span)) count++;
      return count;
    }
    default:
      return null;
  }
}

const PROGRESS_OPTIONS: ReadonlySet<string> = new Set(["planByRegion", "planByDepartment", "targetSets", "performance", "periods"] satisfies (keyof ProgressOptions)[]);
const RESULT_HINT = { zh: "（这是解析函数的结果 Result：请在 ok 为 true 时传入其 value）", en: " (this is a parser's Result: pass its value when ok is true)" };
const DAY = { zh: "存在的日期 YYYY-MM-DD", en: "a date YYYY-MM-DD that exists" };

/** `progressReport`'s arguments, checked at its entry (cold review 110 F8, F12): a TypeError or a report of nothing otherwise. */
function checkProgressArguments(document: unknown, period: unknown, options: unknown): void {
  const parsed = isObject(document) && Array.isArray(document["trainings"]) && Array.isArray(document["grants"]);
  checkArgument(parsed, "document", { zh: "解析后的进度文档（由 parseProgressDocument 解析）", en: "a parsed progress document (as parseProgressDocument parses one)" }, document, isResult(document) ? RESULT_HINT : undefined);
  const text = typeof period === "string" ? { zh: `（请先用 parsePeriod(${JSON.stringify(period)}) 解析期间，并传入其 value）`, en: ` (parse it with parsePeriod(${JSON.stringify(period)}) first and pass its value)` } : undefined;
  checkArgument(isObject(period), "period", { zh: "期间（由 parsePeriod 解析）", en: "a period (as parsePeriod parses one)" }, period, isResult(period) ? RESULT_HINT : text);
  const p = period as Record<string, unknown>;
  checkArgument(isCivilDate(p["start"]), "period.start", DAY, p["start"]);
  checkArgument(isCivilDate(p["end"]), "period.end", DAY, p["end"]);
  checkArgument((p["end"] as string) >= (p["start"] as string), "period.end", { zh: `不早于开始日 ${String(p["start"])} 的日期`, en: `a date not before its start ${String(p["start"])}` }, p["end"]);
  checkArgument(isObject(options), "options", { zh: "选项对象（如 jiaxingReportReference）或不给出", en: "an options object (such as jiaxingReportReference) or absent" }, options);
  for (const key of Object.keys(options as object)) {
    checkArgument(PROGRESS_OPTIONS.has(key), `options.${key}`, { zh: `不给出：选项只有 ${[...PROGRESS_OPTIONS].join("、")}`, en: `absent: the options are ${[...PROGRESS_OPTIONS].join(", ")}` }, (options as Record<string, unknown>)[key]);
  }
  const o = options as Record<string, unknown>;
  for (const key of ["targetSets", "performance"] as const) checkArgument(o[key] === undefined || Array.isArray(o[key]), `options.${key}`, { zh: "数组或不给出", en: "an array or absent" }, o[key]);
  for (const key of ["planByRegion", "planByDepartment", "periods"] as const) checkArgument(o[key] === undefined || isObject(o[key]), `options.${key}`, { zh: "对象或不给出", en: "an object or absent" }, o[key]);
}

/**
 * The progress report of a period.
 * Encodes `gf2018.performance` (§(十二)); a local evaluation clause comes with the reference
 * passed as `options` ({@link ProgressOptions.performance}).
 * @example
 * import { readFileSync } from "node:fs";
 * const doc = parseProgressDocument(JSON.parse(readFileSync("fixtures/jiaxing/ledger-2020.json", "utf8")));
 * const period = parsePeriod("2020Q3");
 * if (!doc.ok || !period.ok) throw new Error("unreadable input");
 * const report = progressReport(doc.value, period.value, jiaxingReportReference);
 * [report.counts.trained, report.counts.passRate?.percent, report.spend.total] // → [7,"83.33","5603.33"]
 * @throws SkillsSubsidyError `invalid_argument` naming the field when `document` is not a parsed progress document, `period`
 * is not a period as `parsePeriod` makes one (its `start` and `end` dates `YYYY-MM-DD` that exist, `end` not before
 * `start`), or `options` is not an object of the keys of `ProgressOptions` (a misspelt key such as `targetSet` is refused).
 */
export function progressReport(document: ProgressDocument, period: Period, options: ProgressOptions = {}): ProgressReport {
  checkProgressArguments(document, period, options);
  const records = document.trainings;
  const linked = new Set<string>();
  for (const g of document.grants) for (const course of coursesOfGrant(g)) linked.add(linkKey(g.traineeId, course));
  const held = new Set(records.map((r) => linkKey(r.traineeId, r.id)));
  const paid = document.grants.filter((g) => within(g.basisDate, period));
  const inPeriod = ending(records, period);
  const regionTable = pickTable(options.planByRegion, period);
  const departmentTable = pickTable(options.planByDepartment, period);
  const targets: TargetProgress[] = [];
  for (const set of options.targetSets ?? []) {
    for (const target of set.targets) {
      const counted = intersect(period, target.span);
      if (counted === null) continue;
      const base = baseQuantity(target.quantity);
      const scoped = set.region === undefined ? records : records.filter((r) => isWithinRegion(r.region, set.region as string));
      const actual = measure(target.metric, counted, scoped, linked);
      targets.push({
        target,
        targetSet: set.id,
        base: { unit: base.unit, value: base.value.toString() },
        counted,
        actual,
        region: set.region ?? null,
        share: actual === null ? null : share(actual, base.value),
      });
    }
  }
  return {
    period,
    source: document.source ?? null,
    counts: countRecords(inPeriod, linked),
    newCertificates: measure("newCertificates", period, records, linked) ?? 0,
    highSkilledCertificates: measure("highSkilledCertificates", period, records, linked) ?? 0,
    newApprentices: measure("newApprentices", period, records, linked) ?? 0,
    performance: [cite("gf2018.performance", "§(十二)"), ...(options.performance ?? [])],
    byRegion: regionTable === undefined ? null : tableProgress(regionTable, period, records, linked, (r, id) => isWithinRegion(r.region, id)),
    byDepartment: departmentTable === undefined ? null : tableProgress(departmentTable, period, records, linked, (r, id) => r.department === id),
    targets,
    spend: spendOf(paid, held),
    quarters: trendQuarters(period).map((q) => {
      const rs = ending(records, q);
      return {
        id: q.id,
        start: q.start,
        end: q.end,
        trained: rs.length,
        subsidised: rs.filter((r) => isSubsidised(r, linked)).length,
        spend: toYuan(document.grants.filter((g) => within(g.basisDate, q)).reduce<Amount>((acc, g) => acc.plus(g.amount), ZERO)),
      };
    }),
  };
}
