/**
 * Plan targets as dated data (provision kind **A**, aggregate): what a text asks to be
 * achieved over a span of days, in the unit the text writes, with its citation.
 *
 * A quantity is kept as the text writes it (`"5000"` in `万人次`) and read in base
 * units (person-times, persons, bases) or as an exact share through {@link baseQuantity}:
 * `5000 万人次` is `50000000` person-times, `25%` is the share `0.25`. Everything is an
 * exact amount (the library's exact money, src/core/money.ts), never a float.
 */
import { SkillsSubsidyError } from "../core/assert.js";
import type { Citation } from "../core/citation.js";
import type { CivilDate } from "../core/date.js";
import { isCivilDate } from "../core/date.js";
import type { Amount } from "../core/money.js";
import { amount } from "../core/money.js";
import type { Facts, Message } from "../core/issues.js";
import type { Label } from "../core/parameter.js";

/**
 * What a target counts. The report measures the first six from training records and
 * the ledger; the last four need data the records do not hold (labour-force
 * statistics, the register of training bases) and are listed without an actual.
 * @example METRICS.slice(0, 2) // → ["trained","subsidisedTraining"]
 */
export const METRICS = [
  "trained",
  "subsidisedTraining",
  "migrantWorkerTraining",
  "newCertificates",
  "highSkilledCertificates",
  "newApprentices",
  "publicTrainingBases",
  "highSkillTrainingBases",
  "skilledWorkerShare",
  "highSkilledShare",
] as const;
/** What a target counts, one of {@link METRICS}. */
export type Metric = (typeof METRICS)[number];

/**
 * Each metric's name in Chinese and English.
 * @example METRIC_LABELS.trained.zh // → "职业技能培训"
 */
export const METRIC_LABELS: Readonly<Record<Metric, Label>> = {
  trained: { zh: "职业技能培训", en: "training (person-times)" },
  subsidisedTraining: { zh: "补贴性职业技能培训", en: "subsidised training (person-times)" },
  migrantWorkerTraining: { zh: "其中：农民工参加职业技能培训", en: "of which migrant workers (person-times)" },
  newCertificates: { zh: "新增取得职业资格证书或职业技能等级证书", en: "new qualification or skill-level certificates" },
  highSkilledCertificates: { zh: "其中：新增高技能人才（高级工及以上证书）", en: "of which senior (高级工) and above" },
  newApprentices: { zh: "新型学徒", en: "new apprentices" },
  publicTrainingBases: { zh: "新建公共实训基地", en: "new public training bases" },
  highSkillTrainingBases: { zh: "市级及以上高技能人才公共实训基地", en: "city-or-higher public high-skill training bases" },
  skilledWorkerShare: { zh: "技能劳动者占就业人员的比例", en: "skilled workers as a share of the employed" },
  highSkilledShare: { zh: "高技能人才占技能劳动者的比例", en: "high-skilled as a share of skilled workers" },
};

/**
 * Metrics the report can measure from training records and the ledger.
 * @example MEASURED_METRICS.has("trained") // → true
 */
export const MEASURED_METRICS: ReadonlySet<Metric> = new Set([
  "trained",
  "subsidisedTraining",
  "migrantWorkerTraining",
  "newCertificates",
  "highSkilledCertificates",
  "newApprentices",
]);

/**
 * Units as the texts write them: `wanPersonTimes` 万人次 (10 000 person-times),
 * `personTimes` 人次, `wanPersons` 万人 / 万名 (10 000 persons), `persons` 人 / 名,
 * `bases` 个 / 家, `percent` % (read as an exact share).
 * @example UNITS[0] // → "wanPersonTimes"
 */
export const UNITS = ["wanPersonTimes", "personTimes", "wanPersons", "persons", "bases", "percent"] as const;
/** A unit, one of {@link UNITS}. */
export type Unit = (typeof UNITS)[number];

/**
 * Each unit's name in Chinese and English.
 * @example UNIT_LABELS.wanPersonTimes // → {"zh":"万人次","en":"10k person-times"}
 */
export const UNIT_LABELS: Readonly<Record<Unit, Label>> = {
  wanPersonTimes: { zh: "万人次", en: "10k person-times" },
  personTimes: { zh: "人次", en: "person-times" },
  wanPersons: { zh: "万人", en: "10k persons" },
  persons: { zh: "人", en: "persons" },
  bases: { zh: "个", en: "bases" },
  percent: { zh: "%", en: "%" },
};

/** The base unit a unit is read in. */
export type BaseUnit = "personTimes" | "persons" | "bases" | "share";

const BASE: Readonly<Record<Unit, { readonly unit: BaseUnit; readonly factor: string }>> = {
  wanPersonTimes: { unit: "personTimes", factor: "10000" },
  personTimes: { unit: "personTimes", factor: "1" },
  wanPersons: { unit: "persons", factor: "10000" },
  persons: { unit: "persons", factor: "1" },
  bases: { unit: "bases", factor: "1" },
  percent: { unit: "share", factor: "0.01" },
};

/** A number as the text writes it, in its unit. `atLeast` is the texts' 以上 / ≥. */
export interface Quantity {
  /** An exact decimal string, e.g. `"5000"`, `"0.0889"`, `"25"`. */
  readonly value: string;
  /** Its unit. */
  readonly unit: Unit;
  /** True for 以上 / ≥. */
  readonly atLeast: boolean;
}

/** A civil-date span `[start, end]`, both days included. */
export interface Span {
  /** First day. */
  readonly start: CivilDate;
  /** Last day. */
  readonly end: CivilDate;
}

/** One target of a text. */
export interface Target {
  /** Stable id, e.g. `jx2019.targets.subsidisedTraining`. */
  readonly id: string;
  /** What it counts. */
  readonly metric: Metric;
  /** What it is, in Chinese and English. */
  readonly label: Label;
  /** The number the text gives. */
  readonly quantity: Quantity;
  /** The days the target covers (2019–2021 for a three-year total, 2019 for one year). */
  readonly span: Span;
  /** The provision that sets it. */
  readonly citation: Citation;
  /** Where in the document, when finer than (or beside) the catalogue clause, e.g. `§(三)`. */
  readonly where?: string;
  /** The words of the text, for a reader to check the number. */
  readonly quote: string;
}

/** A set of targets from one provision, with the date someone last checked it against the text. */
export interface TargetSet {
  /** Stable id, e.g. `jx2019.targets`. */
  readonly id: string;
  /** Its name, in Chinese and English. */
  readonly label: Label;
  /** The provision that sets the targets. */
  readonly citation: Citation;
  /**
   * The region whose records count toward these targets (`zhejiang.jiaxing` for a city's
   * targets); absent for national targets, which count every record.
   */
  readonly region?: string;
  /** The targets. */
  readonly targets: readonly Target[];
  /** The date the set was last checked against the text. */
  readonly lastVerifiedOn: string;
}

/** One row of a plan table: a region or a department and its planned person-times. */
export interface PlanRow {
  /** Stable ASCII id: a region id (`zhejiang.jiaxing.jiashan`) or a department id. */
  readonly id: string;
  /** The row name, in Chinese and English. */
  readonly label: Label;
  /** Its planned quantity. */
  readonly quantity: Quantity;
  /** What the row is tasked with (附件2 培训重点任务), when the table says. */
  readonly task?: string;
}

/** A plan table: rows of planned person-times for one span, and the total the text prints. */
export interface PlanTable {
  /** Stable id, e.g. `jx2019.plan-by-region`. */
  readonly id: string;
  /** Rows by region or by department. */
  readonly by: "region" | "department";
  /** Its name, in Chinese and English. */
  readonly label: Label;
  /** The days the plan covers. */
  readonly span: Span;
  /** The provision (附件) that holds the table. */
  readonly citation: Citation;
  /** The rows. */
  readonly rows: readonly PlanRow[];
  /** The total as printed (全市合计 / 合计). */
  readonly printedTotal: Quantity;
  /** The date the table was last checked against the text. */
  readonly lastVerifiedOn: string;
}

/**
 * A quantity in its base unit, exact.
 * @example
 * baseQuantity({ value: "1.3", unit: "wanPersonTimes", atLeast: false }) // → {"unit":"personTimes","value":"13000"}
 * baseQuantity({ value: "25", unit: "percent", atLeast: true }) // → {"unit":"share","value":"0.25"}
 */
export function baseQuantity(q: Quantity): { readonly unit: BaseUnit; readonly value: Amount } {
  const base = BASE[q.unit];
  return { unit: base.unit, value: amount(q.value).times(base.factor) };
}

/**
 * The sum of a plan table's rows in the table's unit (all rows share one unit).
 * @example planRowsTotal(jx2019PlanByRegion).toString() // → "10"
 */
export function planRowsTotal(table: PlanTable): Amount {
  return table.rows.reduce<Amount>((acc, row) => acc.plus(row.quantity.value), amount(0));
}

/**
 * Throws `invalid_plan_data` unless `ok`, with the messages and facts `fault` gives: built only
 * then, since the shipped tables and target sets are checked when the library is imported
 * (issue #16's import budget).
 */
function planCheck(ok: boolean, fault: () => readonly [Message, Facts]): void {
  if (ok) return;
  const [messages, facts] = fault();
  throw new SkillsSubsidyError("invalid_plan_data", messages, { facts });
}

function checkSpan(id: string, span: Span): void {
  planCheck(isCivilDate(span.start) && isCivilDate(span.end), () => [{ zh: `${id}：期间的起止日期应为有效日期`, en: `${id}: span dates must be civil dates` }, { id }]);
  planCheck(span.start <= span.end, () => [{ zh: `${id}：期间的结束早于开始`, en: `${id}: span ends before it starts` }, { id }]);
}

function checkQuantity(id: string, q: Quantity): void {
  planCheck(/^\d+(\.\d+)?$/.test(q.value), () => [{ zh: `${id}：数量 ${JSON.stringify(q.value)} 不是十进制数`, en: `${id}: quantity ${JSON.stringify(q.value)} is not a decimal` }, { id }]);
}

/**
 * Checks a target set's shape (ids unique, spans and quantities well formed) and returns it.
 * @example
 * const set = defineTargets({
 *   id: "example.targets", label: { zh: "示例", en: "example" }, citation: cite("jx2019.targets", "一(二)"), lastVerifiedOn: "2026-11-25",
 *   targets: [{ id: "example.trained", metric: "trained", label: { zh: "培训", en: "trained" }, quantity: { value: "1", unit: "wanPersonTimes", atLeast: true },
 *     span: { start: civilDate("2020-01-01"), end: civilDate("2020-12-31") }, citation: cite("jx2019.targets", "一(二)"), quote: "培训 1 万人次以上" }],
 * });
 * set.targets.length // → 1
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineTargets(set: TargetSet): TargetSet {
  planCheck(isCivilDate(set.lastVerifiedOn), () => [{ zh: `${set.id}：lastVerifiedOn 不是有效日期`, en: `${set.id}: lastVerifiedOn is not a civil date` }, { id: set.id }]);
  const seen = new Set<string>();
  for (const t of set.targets) {
    planCheck(!seen.has(t.id), () => [{ zh: `${set.id}：目标编号 ${t.id} 重复`, en: `${set.id}: duplicate target id ${t.id}` }, { id: t.id }]);
    seen.add(t.id);
    checkSpan(t.id, t.span);
    checkQuantity(t.id, t.quantity);
  }
  return set;
}

/**
 * Checks a plan table (ids unique, one unit) and returns it.
 * @throws when its rows do not add up to the total the text prints: a transcription fault.
 * @example definePlanTable(jx2019PlanByDepartment).rows.length // → 11
 */
/* @__NO_SIDE_EFFECTS__ */
export function definePlanTable(table: PlanTable): PlanTable {
  planCheck(isCivilDate(table.lastVerifiedOn), () => [{ zh: `${table.id}：lastVerifiedOn 不是有效日期`, en: `${table.id}: lastVerifiedOn is not a civil date` }, { id: table.id }]);
  checkSpan(table.id, table.span);
  const seen = new Set<string>();
  for (const row of table.rows) {
    planCheck(!seen.has(row.id), () => [{ zh: `${table.id}：行编号 ${row.id} 重复`, en: `${table.id}: duplicate row id ${row.id}` }, { id: row.id }]);
    seen.add(row.id);
    checkQuantity(row.id, row.quantity);
    planCheck(row.quantity.unit === table.printedTotal.unit, () => [{ zh: `${table.id}：第 ${row.id} 行的单位不是 ${table.printedTotal.unit}`, en: `${table.id}: row ${row.id} is not in ${table.printedTotal.unit}` }, { id: row.id }]);
  }
  const sum = planRowsTotal(table);
  planCheck(sum.equals(table.printedTotal.value), () => [{ zh: `${table.id}：各行合计 ${sum.toString()}，原文印的是 ${table.printedTotal.value}`, en: `${table.id}: rows add up to ${sum.toString()}, the text prints ${table.printedTotal.value}` }, { id: table.id, sum: sum.toString(), printed: table.printedTotal.value }]);
  return table;
}
