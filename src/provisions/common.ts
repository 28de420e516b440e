/** Helpers the provisions share: the jurisdiction check and pricing a span of days. */
import type { Citation } from "../core/citation.js";
import type { CivilDate } from "../core/date.js";
import { addDays, inclusiveDays } from "../core/date.js";
import type { Check, Finding, LineDraft, Payee, Reason } from "../core/decision.js";
import { combineChecks, isResolved, parameterChangePoints } from "../core/decision.js";
import type { Label, Parameter } from "../core/parameter.js";
import type { Resolved, RuleContext, Unresolved } from "../core/layer.js";
import { governsOn } from "../core/layer.js";
import { amount } from "../core/money.js";
import { regionWithin } from "../records/kinds.js";
import type { Certificate, Course } from "../records/training.js";
import type { Claim, Grant } from "../records/claim.js";
import type { Ledger } from "../core/ledger.js";
import { grantKeys } from "../core/ledger.js";

export type { ClaimInput } from "../engine.js";

/**
 * The scope citation of the layer that governs the policy's region (its territory); given `date`, of the one whose text
 * governs that day (its own dates, {@link governsOn}), else of the national text then in force: a course before a local
 * text's first day is placed by the national clause, not by a text issued after it (cold reviews 44, 101 F1).
 */
export function scopeCitation(ctx: RuleContext, date?: string): Citation {
  const layers = ctx.policy.layers;
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i] as (typeof layers)[number];
    if (layer.region !== null && (date === undefined || governsOn(layer, date))) return layer.scope;
  }
  if (date !== undefined) {
    for (let i = layers.length - 1; i > 0; i--) {
      const layer = layers[i] as (typeof layers)[number];
      if (layer.rules !== undefined && layer.rules.length > 0 && governsOn(layer, date)) return layer.scope;
    }
  }
  return (layers[0] as (typeof layers)[number]).scope;
}

/** Passes when the course took place inside the policy's region (always, for a national policy); unknown when it is recorded only as a wider region that holds the policy's (reading place-recorded-wider). */
export function courseInJurisdiction(ctx: RuleContext, course: Course): Check {
  const region = ctx.policy.region;
  const citation = scopeCitation(ctx, course.endDate);
  const facts = { courseRegion: course.region, policyRegion: region };
  const within = region === null || regionWithin(course.region, region);
  if (within === true) return { pass: true, reason: { code: "course_in_jurisdiction", citation, facts } };
  // recorded only as a wider region that holds the policy's (the province): it may have been here — asked, not refused
  // (reading place-recorded-wider; cold audit 23 F2)
  if (within === "unknown" && region !== null) return { pass: "unknown", reason: { code: "course_region_unknown", citation, facts: { courseRegion: course.region, policyRegion: region } }, missing: ["course.region"] };
  return { pass: false, reason: { code: "course_outside_jurisdiction", citation, facts } };
}

/** Why a parameter has no value, as a reason and an outcome. */
export function unresolvedReason(u: Unresolved, date: CivilDate, months?: readonly string[]): { check: Check } {
  const held = months === undefined ? {} : { months };
  if (u.reason === "no_values") {
    return { check: { pass: "unknown", reason: { code: "no_local_standard", citation: u.citation, facts: { parameter: u.parameter, layer: u.layer, ...held } }, missing: [`parameter ${u.parameter}`] } };
  }
  return { check: { pass: "unknown", reason: { code: "provision_not_in_force", citation: u.citation, facts: { parameter: u.parameter, date, layer: u.layer, ...held } }, missing: [`parameter ${u.parameter}`] } };
}

/**
 * Whether the person is within a measure's groups day by day, where only a dated parameter puts them there (a province's
 * widening of the groups): `outside(day)` is `null` on a day they are within, else why not (as an unresolved parameter).
 */
export interface DayScope {
  readonly parameter: Parameter<unknown>;
  readonly outside: (day: CivilDate) => Unresolved | null;
}

export type DayPricing =
  | { readonly kind: "priced"; readonly lines: readonly LineDraft[]; readonly days: number; readonly unpaidDates: readonly string[]; readonly reason: Reason }
  | { readonly kind: "unknown"; readonly check: Check };

/**
 * The days a course was attended, when they are known: the listed `attendedDates`, or every
 * day of the span when `attendedDays` is the span's number of calendar days (the trainee
 * attended each of them); `null` when only a number of days smaller than the span is known
 * (reading: living-allowance-day-by-day; the pay-once keys read the same days, reading pay-once-basis).
 * @example
 * knownAttendedDates(course({ startDate: "2020-12-30", endDate: "2021-01-02", attendedDays: 4 })) // → ["2020-12-30","2020-12-31","2021-01-01","2021-01-02"]
 * knownAttendedDates(course({ startDate: "2020-12-30", endDate: "2021-01-02", attendedDays: 3 })) // → null
 */
export function knownAttendedDates(course: Course): readonly CivilDate[] | null {
  if (course.attendedDates !== undefined) return course.attendedDates;
  const span = inclusiveDays(course.startDate, course.endDate);
  return course.attendedDays === span ? Array.from({ length: span }, (_, i) => addDays(course.startDate, i)) : null;
}

/**
 * Prices the attended days of a course at a per-day parameter, splitting the span
 * where the parameter's value changes. When the days are known ({@link knownAttendedDates}:
 * listed, or every day of the span attended), each day is priced at the
 * value in force on it, and days with no value in force are left unpaid (and listed).
 * With a count smaller than the span only, the days can be priced only when one value holds over the whole
 * span; otherwise the attended dates are a missing fact (reading: living-allowance-day-by-day).
 * `within` (the national framework) bounds the days: a day on which it has ended has no value, as a day
 * before the rate has none (reading national-measures-end-with-framework); with no day in force the claim
 * is held for the first piece's own reason, not asked its dates.
 */
export function priceAttendedDays(
  ctx: RuleContext,
  parameter: Parameter<string>,
  course: Course,
  line: { readonly label: Label; readonly citation: Citation; readonly payee: Payee; readonly fund?: string; readonly reason: "living_allowance_days" },
  within?: Parameter<unknown>,
  scope?: DayScope,
): DayPricing {
  const points = parameterChangePoints(ctx.policy, parameter as Parameter<unknown>, course.startDate, course.endDate);
  for (const gate of [within, scope?.parameter]) {
    if (gate === undefined) continue;
    for (const day of parameterChangePoints(ctx.policy, gate, course.startDate, course.endDate)) if (!points.includes(day)) points.push(day);
    points.sort();
  }
  // A day is priced at the value in force on it, while `within` (the national framework) is in force: a day before it
  // begins or after it has ended is left unpaid as a day with no value is — the value's own reason first, when it has none either.
  // So is a day `scope` leaves the person out of (a widening of the groups not in force on it).
  const valueOn = (day: CivilDate): Resolved<string> | Unresolved => {
    const value = ctx.param(parameter, day);
    if (!isResolved(value)) return value;
    if (within !== undefined) {
      const bound = ctx.param(within, day);
      // before the first framework, as after the last, no text grants the day (cold audit 31)
      if (!isResolved(bound)) return bound;
    }
    return scope === undefined ? value : (scope.outside(day) ?? value);
  };
  const pieces = points.map((start) => ({ start, value: valueOn(start) }));
  const pieceOf = (date: string) => {
    let found = pieces[0] as (typeof pieces)[number];
    for (const p of pieces) if (p.start <= date) found = p;
    return found;
  };
  // The line cites where its rate is written (the layer that supplied it). Literals, not conditional spreads (a slow path in V8).
  const draft = (r: Resolved<string>, days: number): LineDraft => {
    const { label, payee, fund } = line;
    const rate = amount(r.value);
    return fund === undefined
      ? { label, citation: r.citation, payee, quantity: days, unit: "day", rate, layer: r.layer }
      : { label, citation: r.citation, payee, quantity: days, unit: "day", rate, layer: r.layer, fund };
  };
  const reasonFor = (lines: readonly LineDraft[], days: number, unpaid: readonly string[]): Reason => {
    const rate = lines.map((l) => l.rate.toFixed(2));
    return {
      code: line.reason,
      // the rate's own citation: the layer that set the amount
      // Stryker disable next-line OptionalChaining: both callers price at least one line, so lines[0] always exists here
      citation: lines[0]?.citation ?? line.citation,
      facts: unpaid.length > 0 ? { rate, days, unpaidDates: [...unpaid] } : { rate, days },
    };
  };

  // The days are known when listed, or when every day of the span was attended; over one
  // value they price as the count does, so the span's days are listed only when the value changes.
  const known = course.attendedDates ?? (pieces.length > 1 ? knownAttendedDates(course) : null);
  if (known !== null) {
    // One line per rate and layer: a change to the same amount by the same layer (written differently) is no new line.
    const counts = new Map<string, { value: Resolved<string>; days: number }>();
    const unpaid: string[] = [];
    for (const date of [...known].sort()) {
      const piece = pieceOf(date);
      if (!isResolved(piece.value)) {
        unpaid.push(date);
        continue;
      }
      const key = `${amount(piece.value.value).toFixed(2)}|${piece.value.layer}`;
      const entry = counts.get(key);
      if (entry === undefined) counts.set(key, { value: piece.value, days: 1 });
      else entry.days += 1;
    }
    if (counts.size === 0) {
      const first = pieces.find((p) => !isResolved(p.value)) as (typeof pieces)[number];
      return { kind: "unknown", check: unresolvedReason(first.value as Unresolved, first.start).check };
    }
    const lines = [...counts.values()].map((e) => draft(e.value, e.days));
    const days = [...counts.values()].reduce((a, e) => a + e.days, 0);
    return { kind: "priced", lines, days, unpaidDates: unpaid, reason: reasonFor(lines, days, unpaid) };
  }

  const unresolved = pieces.find((p) => !isResolved(p.value));
  const values = new Set(pieces.filter((p) => isResolved(p.value)).map((p) => amount((p.value as Resolved<string>).value).toFixed(2)));
  // no day in force (one piece, or every piece after the framework's end): no date can be paid, so the dates are not asked (review 20a)
  if (unresolved !== undefined && values.size === 0) return { kind: "unknown", check: unresolvedReason(unresolved.value as Unresolved, unresolved.start).check };
  if (unresolved !== undefined || values.size > 1) {
    // the parameter whose change makes the dates needed: the one that ends or begins within the course, else the rate (review 20a)
    const changing = unresolved !== undefined && values.size === 1 ? (unresolved.value as Unresolved).parameter : parameter.id;
    return {
      kind: "unknown",
      check: {
        pass: "unknown",
        reason: { code: "attendance_dates_needed", citation: line.citation, facts: { changesOn: points.slice(1), parameter: changing } },
        missing: ["course.attendedDates"],
      },
    };
  }
  const lines = [draft(pieces[0]?.value as Resolved<string>, course.attendedDays)];
  return { kind: "priced", lines, days: course.attendedDays, unpaidDates: [], reason: reasonFor(lines, course.attendedDays, []) };
}

/** A finding with no paid lines from checks (a denial, or an undecidable claim). */
export function findingOf(checks: readonly Check[]): Finding {
  const { outcome, reasons, missingFacts } = combineChecks(checks);
  return { outcome, payee: null, lines: [], reasons, missingFacts };
}

const measureSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * A parameter's list of measures as a set, built once per (immutable) list: the annual
 * cap and no-repeat rules ask it for every claim.
 */
export function measureSet(measures: readonly string[]): ReadonlySet<string> {
  let set = measureSets.get(measures);
  if (set === undefined) {
    set = new Set(measures);
    measureSets.set(measures, set);
  }
  return set;
}

/** {@link basisOf} with the pay-once keys, in that key order (a literal rather than a spread, on every granted claim). */
export function basisWithKeys(date: CivilDate, occupationCode: string, level: string | undefined, keys: readonly string[]): NonNullable<Finding["basis"]> {
  return level === undefined ? { date, occupationCode, keys } : { date, occupationCode, level, keys };
}

/** A finding's ledger keys: the basis date and the occupation and level (when leveled). */
export function basisOf(date: CivilDate, occupationCode: string, level: string | undefined): NonNullable<Finding["basis"]> {
  return level === undefined ? { date, occupationCode } : { date, occupationCode, level };
}

/**
 * The trainee's earlier grants of `measures` that do not say which occupation they paid
 * (no `occupationCode`), save a grant whose pay-once keys hold `certificateKey` (the key of
 * the certificate claimed on, under the measure claimed: that grant is refused by it,
 * reading pay-once-basis). Whether such a grant was for the occupation and level claimed
 * cannot be told, so a first-time, no-repeat or one-or-the-other rule cannot pass while one
 * is there (reading: earlier-grant-says-what-it-paid).
 * @example
 * const ledger = Ledger.from([grant({ id: "G1", measure: "trainingSubsidy", occupationCode: undefined, certificateId: "K9" }), grant({ id: "G2", measure: "trainingSubsidy", occupationCode: "EX-ELEC" })]);
 * grantsWithoutOccupation(ledger, "P1", new Set(["trainingSubsidy"]), "trainingSubsidy|P1|certificate K1").map((g) => g.id) // → ["G1"]
 * grantsWithoutOccupation(ledger, "P1", new Set(["trainingSubsidy"]), "trainingSubsidy|P1|certificate K9") // → []
 */
export function grantsWithoutOccupation(ledger: Ledger, traineeId: string, measures: ReadonlySet<string>, certificateKey: string | undefined): Grant[] {
  const out: Grant[] = [];
  for (const g of ledger.grantsOf(traineeId)) if (g.occupationCode === undefined && measures.has(g.measure) && (certificateKey === undefined || !grantKeys(g).includes(certificateKey))) out.push(g);
  return out;
}

/**
 * The trainee's earlier grants of `measure` — one never paid for a certificate without a level
 * (the appraisal subsidy, the skill-upgrade subsidy) — that name `occupationCode` but no level,
 * save a grant whose pay-once keys hold `certificateKey` (the certificate claimed on, under the
 * measure claimed: refused by that key) and one naming a certificate among `certificates` (the
 * trainee's certificates in the document: that record says the level it paid). The library never writes such a grant; one kept by
 * another system paid that occupation at some level, perhaps the one claimed, so a first-time,
 * once-per-level or one-or-the-other rule cannot pass while one is there (reading
 * earlier-grant-says-what-it-paid).
 * @example
 * const ledger = Ledger.from([grant({ id: "G1", measure: "appraisalSubsidy", occupationCode: "EX-ELEC", level: undefined, certificateId: "K9" })]);
 * grantsWithoutLevel(ledger, "P1", "appraisalSubsidy", "EX-ELEC", "junior", "appraisalSubsidy|P1|certificate K1").map((g) => g.id) // → ["G1"]
 * grantsWithoutLevel(ledger, "P1", "appraisalSubsidy", "EX-WELD", "junior", "appraisalSubsidy|P1|certificate K1") // → []
 * grantsWithoutLevel(ledger, "P1", "appraisalSubsidy", "EX-ELEC", "junior", "appraisalSubsidy|P1|certificate K9") // → []
 * grantsWithoutLevel(ledger, "P1", "appraisalSubsidy", "EX-ELEC", "junior", "appraisalSubsidy|P1|certificate K1", [certificate({ id: "K9", level: "intermediate" })]) // → []
 * grantsWithoutLevel(ledger, "P1", "appraisalSubsidy", "EX-ELEC", "junior", "appraisalSubsidy|P1|certificate K1", [certificate({ id: "K9", level: "junior" })]).map((g) => g.id) // → ["G1"]
 * grantsWithoutLevel(ledger, "P1", "appraisalSubsidy", "EX-ELEC", undefined, "appraisalSubsidy|P1|certificate K1") // → []
 */
export function grantsWithoutLevel(ledger: Ledger, traineeId: string, measure: string, occupationCode: string, level: string | undefined, certificateKey: string | undefined, certificates: readonly Certificate[] = []): Grant[] {
  const out: Grant[] = [];
  // A claim on a certificate without a level asks no level of an earlier grant (the measures this serves never pay one).
  if (level === undefined) return out;
  for (const g of ledger.grantsOf(traineeId)) {
    if (g.measure !== measure || g.level !== undefined || g.occupationCode !== occupationCode) continue;
    if (certificateKey !== undefined && grantKeys(g).includes(certificateKey)) continue;
    // A grant naming a certificate the document holds at another level, or at none (a 专项职业能力证书 of pre-job or safety
    // training), paid that level: no question (cold review 11). One it holds at the claimed level stays a question: the
    // once-per-level rules read a grant's own level, not its certificate's (final review 3: paid twice otherwise).
    if (g.certificateId !== undefined && certificates.some((c) => c.id === g.certificateId && c.level !== level)) continue;
    out.push(g);
  }
  return out;
}

/**
 * The claimant as the payee of a granted line, a copy of its kind and id (in that order).
 * @example claimantPayee(claim()) // → {"kind":"trainee","id":"P1"}
 */
export function claimantPayee(claim: Claim): Payee {
  return { kind: claim.claimant.kind, id: claim.claimant.id };
}

/**
 * A check that cannot be judged until the record field `field` is given: unknown, `missing_record` naming it as the
 * missing fact (reading: undecidable-never-zero).
 * @example missingRecord(cite("gbf2019.certificate-basis", "§(十二)"), "claim.courseId").missing // → ["claim.courseId"]
 */
export function missingRecord(citation: Citation, field: string): Check {
  return { pass: "unknown", reason: { code: "missing_record", citation, facts: { field } }, missing: [field] };
}

/**
 * A check that cannot be judged until each of `grants` says `field` (and the record fields
 * `first` are given): unknown, naming them as the missing facts (`grant G1: occupationCode`)
 * (reading: earlier-grant-says-what-it-paid).
 * @example grantFieldsMissing([grant({ id: "G1" })], "months", cite("gbf2019.work-for-training", "§(十一)")).missing // → ["grant G1: months"]
 */
export function grantFieldsMissing(grants: readonly Grant[], field: string, citation: Citation, first: readonly string[] = []): Check {
  const missing = [...first, ...grants.map((g) => `grant ${g.id}: ${field}`)];
  return { pass: "unknown", reason: { code: "missing_record", citation, facts: { field: missing.join(", ") } }, missing };
}
