/**
 * 生活费补贴 — the living allowance (incl. transport) paid to the trainee for each
 * training day, from the employment subsidy fund.
 *
 * - gbf2019.living-allowance-groups §(十一): who gets it (see {@link livingAllowanceGroups}); not a person
 *   entitled to a monthly pension (gbf2019.scope-adjustment §(十二), reading national-pension-scope);
 *   the daily amount is local, so the national layer declares {@link livingAllowanceDailyRate}
 *   without values and a claim under national texts alone is `undecidable`.
 * - the daily rate: a local layer replaces {@link livingAllowanceDailyRate} with its own
 *   dated values and citation.
 * - reading: living-allowance-days-attended — the days are the days attended; more than the course's inclusive span is
 *   rejected when the course record is parsed.
 */
import { LINE_LABELS } from "../lineLabels.js";
import type { Check, Finding } from "../../core/decision.js";
import type { Citation } from "../../core/citation.js";
import { combineChecks, isResolved, outcomeOf, parameterChangePoints } from "../../core/decision.js";
import { defineRule } from "../../core/layer.js";
import { defineParameter } from "../../core/parameter.js";
import type { ClaimInput } from "../common.js";
import type { HeldClaim, Ledger } from "../../core/ledger.js";
import { basisOfKey, grantKeys, keyValue, monthSpan, occupationKey, payOnceKey, periodOfKey } from "../../core/ledger.js";
import type { CivilDate } from "../../core/date.js";
import { inclusiveDays, isCivilDate } from "../../core/date.js";
import type { Course } from "../../records/training.js";
import type { RuleContext } from "../../core/layer.js";
import type { DayScope } from "../common.js";
import { basisWithKeys, courseInJurisdiction, findingOf, grantFieldsMissing, grantsWithoutOccupation, knownAttendedDates, measureSet, priceAttendedDays } from "../common.js";
import { NO_REPEAT, noRepeatMeasures } from "../trainingSubsidy/noRepeat.js";
import { heldCheck, placesHeld } from "../trainingSubsidy/annualCap.js";
import { nationalFramework } from "../framework.js";
import type { Grant } from "../../records/claim.js";
import { LIVING_ALLOWANCE_GROUPS, livingAllowanceGroups, livingAllowanceScopeAdjustment } from "./livingAllowanceGroups.js";
import { AmountShape } from "../values.js";
import { hasStatus, pensionEntitlement } from "../../records/kinds.js";
import { pensionRefusal } from "../trainingSubsidy/trainingSubsidyGroups.js";

/**
 * Yuan per person per training day; local (the national layer leaves it empty, a local
 * layer replaces it with its own values). Encodes `gbf2019.living-allowance-groups` (§(十一)).
 * Parameter `livingAllowance.dailyRate`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), livingAllowanceDailyRate, civilDate("2020-03-02"));
 * isResolved(r) ? r.value : r.reason // → "no_values"
 */
export const livingAllowanceDailyRate = defineParameter<string>({
  id: "livingAllowance.dailyRate",
  label: { zh: "生活费补贴标准（元/人·天）", en: "living allowance per person per training day (yuan)" },
  citation: LIVING_ALLOWANCE_GROUPS,
  values: [],
  lastVerifiedOn: "2026-11-25",
  unit: "yuan/day",
  valueSchema: AmountShape,
});

/** The measure's name (its lines' label), which the locales also name the measure by (`terms`). @internal */
export const LINE_LABEL = LINE_LABELS.livingAllowance;
/** How a living allowance's days are priced: its line, paid to the trainee from the employment subsidy fund. */
const LINE_PRICING = (payee: { readonly kind: "trainee"; readonly id: string }) =>
  ({ label: LINE_LABEL, citation: LIVING_ALLOWANCE_GROUPS, payee, fund: "employmentSubsidyFund", reason: "living_allowance_days" }) as const;

/** The pay-once key of a course's living allowance (the course itself, reading pay-once-basis). */
const courseKey = (course: Course) => payOnceKey("livingAllowance", course.traineeId, "course", course.id);
/** The pay-once key of one day of the course's trainee (「每人每天」). */
const dayKey = (course: Course, day: string) => payOnceKey("livingAllowance", course.traineeId, "day", day);

/**
 * The known days of a course that earlier living-allowance grants paid by day key, and the claims
 * that paid them; `null` when none was paid, when every one was (the pay-once keys refuse the claim
 * whole: basis_already_paid), or when the course itself was paid (its key refuses it).
 */
function paidDaysOf(ledger: Ledger, course: Course, days: readonly string[]): { days: string[]; claims: string[] } | null {
  if (ledger.paidOn(courseKey(course)).length > 0) return null;
  const paid: string[] = [];
  const claims = new Set<string>();
  for (const day of days) {
    const earlier = ledger.paidOn(dayKey(course, day));
    if (earlier.length === 0) continue;
    paid.push(day);
    for (const g of earlier) claims.add(g.claimId);
  }
  return paid.length === 0 || paid.length === days.length ? null : { days: paid.sort(), claims: [...claims].sort() };
}

/**
 * What a living allowance pays for (reading: pay-once-basis): 「每人每天」, so each day the
 * person attended, and the course itself. The days are the listed attended dates, or every
 * day of the course when every day was attended; otherwise the span they lie in is (reading
 * living-allowance-days-unknown).
 * @example
 * attendedDayKeys(course({ attendedDays: 2, startDate: "2020-03-02", endDate: "2020-03-03" })) // → ["livingAllowance|P1|course C1","livingAllowance|P1|day 2020-03-02","livingAllowance|P1|day 2020-03-03"]
 * attendedDayKeys(course({ attendedDays: 1, startDate: "2020-03-02", endDate: "2020-03-03" })) // → ["livingAllowance|P1|course C1","livingAllowance|P1|period 2020-03-02..2020-03-03"]
 */
export function attendedDayKeys(course: Course, days: readonly string[] | null = knownAttendedDates(course)): string[] {
  const keys = [courseKey(course)];
  // Days not known: the span they lie in (reading: living-allowance-days-unknown).
  if (days === null) keys.push(payOnceKey("livingAllowance", course.traineeId, "period", `${course.startDate}..${course.endDate}`));
  else for (const day of [...days].sort()) keys.push(dayKey(course, day));
  return keys;
}


/**
 * Whether days already paid to the person may be paid again by this course (reading:
 * living-allowance-days-unknown): a check that fails when they must all be (every day of the
 * span paid by date, this course's days not listed), is unknown when they may be (this course's
 * days, or an earlier grant's, are not known and the two may meet), `null` when they cannot. Days
 * known on both sides are judged day by day by the rule. Grants on this very course are left to its key.
 */
function daysPaidBefore(ledger: Ledger, course: Course, dates: readonly string[] | null, citation: Citation, courses: ReadonlyMap<string, Course> | undefined): Check | null {
  const earlier = ledger.grantsOf(course.traineeId);
  // Most people have no earlier living allowance: nothing to compare.
  if (!earlier.some((g) => g.measure === "livingAllowance")) return null;
  const own = courseKey(course);
  const paid = new Set<string>();
  const claims = new Set<string>();
  const open: Grant[] = [];
  for (const g of earlier) {
    if (g.measure !== "livingAllowance") continue;
    const keys = grantKeys(g);
    if (keys.includes(own)) continue;
    // The spans in which the grant paid days not known: each period key's, and, for a grant
    // that names no day at all (or a day or period that cannot be read), any day up to its basis date.
    const spans: [string, string][] = [];
    let days = 0;
    // the course the grant names, of this person, as the batch holds it
    const named_ = g.courseId === undefined ? undefined : courses?.get(g.courseId);
    const namedCourse = named_?.traineeId === g.traineeId ? named_ : undefined;
    let outsideNamed = false;
    const outside = (from: string, to: string) => namedCourse !== undefined && (from < namedCourse.startDate || to > namedCourse.endDate);
    for (const key of keys) {
      const d = keyValue(key, "day");
      // a month it names is a span of days, which of them not said (reading earlier-grant-says-what-it-paid)
      const month = d !== null ? null : keyValue(key, "month");
      const period = d !== null ? null : month !== null ? monthSpan(month) : periodOfKey(key);
      if (d !== null) {
        if (!isCivilDate(d)) spans.push(["", g.basisDate]);
        else if (d >= course.startDate && d <= course.endDate) {
          paid.add(d);
          claims.add(g.claimId);
        }
        if (isCivilDate(d) && outside(d, d)) outsideNamed = true;
        days += 1;
      } else if (period !== null) {
        const readable = isCivilDate(period.start) && isCivilDate(period.end) && period.start <= period.end;
        spans.push(readable ? [period.start, period.end] : ["", g.basisDate]);
        // a month or period reaching outside the course the grant names disagrees with it as a day outside it does (cold review 97 F2)
        if (readable && outside(period.start, period.end)) outsideNamed = true;
      }
    }
    // A grant naming its course, of this person, that the batch holds paid some of that course's days (「在培训期间」): none
    // outside its span. One dated before that course began disagrees with it: its date, too, may say which days it paid
    // (cold audit 14, cold reviews 31 and 32; reading earlier-grant-says-what-it-paid).
    // A day, month or period it keys outside the course it names disagrees with that course's record too: which of the course's
    // days it paid is not said (cold review 94 F1: a grant naming K1 keyed ten June days, K1 ran in July, and K1's days were
    // paid again; cold review 97 F2: the same keyed as June's month or a June period).
    if (outsideNamed && namedCourse !== undefined) spans.push([namedCourse.startDate, namedCourse.endDate]);
    const named = days === 0 && spans.length === 0 ? namedCourse : undefined;
    if (named !== undefined) {
      spans.push([named.startDate, named.endDate]);
      if (named.startDate > g.basisDate) spans.push(["", g.basisDate]);
    } else if (days === 0 && spans.length === 0) spans.push(["", g.basisDate]);
    if (spans.some(([from, to]) => (dates === null ? from <= course.endDate && to >= course.startDate : dates.some((d) => d >= from && d <= to)))) open.push(g);
  }
  // Every day of the span paid by date: whatever days were attended repeat. Some left: a repeat may be certain by
  // counting, but some days may be new, and known dates pay the new ones, so the dates are asked (review 6).
  if (dates === null && paid.size >= inclusiveDays(course.startDate, course.endDate)) {
    return { pass: false, reason: { code: "basis_already_paid", citation, facts: { basis: [...paid].sort().map((d) => `day ${d}`), earlierClaims: [...claims].sort() } } };
  }
  const mine = dates === null && (paid.size > 0 || open.length > 0) ? ["course.attendedDates"] : [];
  return mine.length > 0 || open.length > 0 ? grantFieldsMissing(open, "basisKeys (its days)", citation, mine) : null;
}

/**
 * 「但同一职业同一等级不可重复享受」 (gbf2019 §(十二)) with 「在培训期间按规定通过就业补助资金同时给予生活费补贴」 (§(十一)): the allowance goes
 * with the subsidised training, so a course on an occupation at a level that a measure of the no-repeat rule
 * ({@link noRepeatMeasures}, read on the course's last day) paid the person on a basis date before the course's first
 * day is a repeat the texts do not subsidise, and its days earn no allowance (reading living-allowance-repeat-course) —
 * unless a certificate earned on the course (the claim's, or one of the trainee's naming the course, issued from its
 * first day, leveled where the course is) or a grant of those measures naming the course (based from its first day,
 * leveled where the course is) is at an occupation and level no grant before the course's first day paid: then the
 * training was not a repeat, whatever level the course record gives (cold reviews 27–29). Without
 * the trainee's certificates (`ClaimInput.traineeCertificates` absent: a single claim), the course's record and the
 * claim's certificate decide.
 * A failing check naming the earlier grants of the course's occupation and level; unknown while a grant of those
 * measures naming the course names no occupation (it may have paid another level), or an earlier one names none (reading earlier-grant-says-what-it-paid), or while each level the course may be
 * a first at has a claim of those measures on it, based before the course began, held earlier in the batch (reading
 * claim-order-by-issue-date); `null` when the course is a first at some level, or when the policy has no no-repeat rule.
 */
function repeatCourseCheck(ctx: RuleContext, input: ClaimInput, course: Course): Check | null {
  const { ledger } = input;
  const traineeId = course.traineeId;
  // Most people have no earlier grant of the course's occupation (nor one naming none) and no claim held: nothing to
  // compare, and no parameter read — the course's own level is then a first, whatever the rest would find.
  if (input.heldClaims === undefined || input.heldClaims.length === 0) {
    let earlier = false;
    for (const g of ledger.grantsOf(traineeId)) {
      // a training package's grant is no person's (reading pay-once-basis): a batch files it under whichever trainee claimed
      // it, so it must not decide what this person's allowance reads
      if (g.measure === "trainingPackageGrant") continue;
      if (g.basisDate < course.startDate && (g.occupationCode === undefined || g.occupationCode === course.occupation.code)) {
        earlier = true;
        break;
      }
    }
    if (!earlier) return null;
  }
  const read = ctx.param(noRepeatMeasures, course.endDate);
  if (!isResolved(read)) return null;
  const measures = measureSet(read.value);
  const before = (g: { readonly basisDate: string }) => g.basisDate < course.startDate;
  // The levels the training may be a first at: the course's own, then each certificate earned on it — issued from the
  // course's first day (「参加培训后取得证书」) — and each grant of those measures naming the course, based from that day
  // (a chained run's document may lack the certificate: cold review 28); each naming a level where the course names one:
  // an unleveled certificate or grant shows no other level of a leveled course (cold reviews 28, 29). A level counts only
  // where no grant before the course's first day paid it: a grant naming the course at a level paid before is itself the
  // repeat (cold review 29).
  const levels: { readonly code: string; readonly level: string | undefined }[] = [{ code: course.occupation.code, level: course.level }];
  const another = (code: string, level: string | undefined, from: string) => {
    if (from < course.startDate || (level === undefined && course.level !== undefined)) return;
    if (!levels.some((l) => l.code === code && l.level === level)) levels.push({ code, level });
  };
  const earned = input.certificate !== undefined ? [input.certificate, ...(input.traineeCertificates ?? [])] : (input.traineeCertificates ?? []);
  for (const c of earned) if (c.courseId === course.id && c.traineeId === traineeId) another(c.occupation.code, c.level, c.issuedOn);
  // a grant naming the course but not its occupation: which level it paid is not said (reading earlier-grant-says-what-it-paid)
  const silent: Grant[] = [];
  for (const g of ledger.grantsOf(traineeId)) {
    if (g.courseId !== course.id || !measures.has(g.measure) || before(g)) continue;
    if (g.occupationCode === undefined) silent.push(g);
    else another(g.occupationCode, g.level, g.basisDate);
  }
  const judged = levels.map((l) => ({ key: occupationKey(l.code, l.level), earlier: ledger.forOccupation(traineeId, measures, l.code, l.level).filter(before) }));
  if (judged.every((j) => j.earlier.length > 0)) {
    if (silent.length > 0) return grantFieldsMissing(silent, "occupationCode", NO_REPEAT);
    const courseEarlier = judged[0]?.earlier ?? [];
    const facts = { occupation: course.occupation.code, level: course.level ?? null, earlierGrants: courseEarlier.map((g) => g.id), earlierClaims: courseEarlier.map((g) => g.claimId) };
    return { pass: false, reason: { code: "occupation_level_already_subsidised", citation: NO_REPEAT, facts } };
  }
  const unknown = grantsWithoutOccupation(ledger, traineeId, measures, undefined).filter(before);
  if (unknown.length > 0) return grantFieldsMissing(unknown, "occupationCode", NO_REPEAT);
  const held = input.heldClaims;
  if (held === undefined || held.length === 0) return null;
  const open = placesHeld(held, ledger, undefined, traineeId, measures).filter((h) => h.occupationCode !== undefined && measures.has(h.measure) && before(h));
  const waiting = new Set<HeldClaim>();
  for (const { key, earlier } of judged) {
    if (earlier.length > 0) continue;
    const mine = open.filter((h) => h.occupationCode !== undefined && occupationKey(h.occupationCode, h.level) === key);
    // a level no earlier grant and no held claim takes: the course is a first there
    if (mine.length === 0) return null;
    for (const h of mine) waiting.add(h);
  }
  return heldCheck([...waiting], NO_REPEAT);
}

/**
 * Decides a living-allowance claim: the course is the trainee's and took place in the
 * jurisdiction, the trainee is in a living-allowance group, and each attended day is
 * paid at the daily rate in force on it. Encodes `gbf2019.living-allowance-groups`
 * (§(十一)).
 * @example
 * // an illustrative city that sets 50 yuan a day from 2020
 * const city = defineLayer({
 *   id: "example.city.2020", level: "prefecture", region: "example.city", label: { zh: "示例市（示意）", en: "Example City (illustrative)" },
 *   documents: ["gbf2019"], scope: cite("gbf2019.local-standards", "§(十二)"),
 *   parameterOverrides: [replaceParameter(livingAllowanceDailyRate, {
 *     label: { zh: "每人每天 50 元（示意）", en: "50 yuan a day (illustrative)" }, citation: cite("gbf2019.local-standards", "§(十二)"),
 *     values: [{ from: "2020-01-01", value: "50.00" }], lastVerifiedOn: "2026-11-25",
 *   })],
 * });
 * const policy = buildPolicy({ id: "example-city", label: { zh: "示例市", en: "Example City" }, layers: [gbf2019, city] });
 * // a 两后生 from a rural family, 7 days attended in the city in March 2020: 50 yuan/day × 7 days
 * const d = evaluateClaim(policy, input({ claim: claim({ courseId: "C1" }), trainee: trainee({ statuses: ["nonContinuingGraduate", "rural"] }), course: course({ region: "example.city" }) }));
 * d.amount // → "350.00"
 * [d.trace[0]?.rule, d.lines[0]?.layer] // → ["livingAllowance","example.city.2020"]
 */
export const livingAllowance = defineRule({
  id: "livingAllowance",
  label: LINE_LABEL,
  citation: LIVING_ALLOWANCE_GROUPS,
  run: (ctx, input: ClaimInput): Finding => {
    const { claim, trainee, course } = input;
    const payee = { kind: "trainee", id: trainee.id } as const;
    if (course === undefined) {
      return {
        outcome: "undecidable",
        payee: null,
        lines: [],
        reasons: [{ code: "missing_record", citation: LIVING_ALLOWANCE_GROUPS, facts: { field: "claim.courseId", claimId: claim.id } }],
        missingFacts: ["claim.courseId"],
      };
    }
    if (course.traineeId !== trainee.id) {
      return findingOf([{ pass: false, reason: { code: "course_not_of_trainee", citation: LIVING_ALLOWANCE_GROUPS, facts: { courseId: course.id, traineeId: trainee.id } } }]);
    }
    // Who is in the groups on the days trained (the attended dates where listed, else the course's span): a local list dated
    // to the days its text is in force governs a course with a day in them, the rule above it the others.
    const trained = course.attendedDates !== undefined && course.attendedDates.length > 0 ? [...course.attendedDates].sort() : null;
    const first = trained === null ? course.startDate : (trained[0] as CivilDate);
    const last = trained === null ? course.endDate : (trained[trained.length - 1] as CivilDate);
    let groups: Check | null = ctx.use(livingAllowanceGroups, trainee, { first, last });
    // On days after the last national framework's end no list of the policy is in force: a person its lists leave out is
    // not refused by a text that has ended — the claim is held for a later text, as anyone's is (reading
    // national-measures-end-with-framework; cold review 43).
    if (groups.pass === false) {
      const bound = ctx.param(nationalFramework, first);
      if (!isResolved(bound) && bound.reason === "ended") groups = null;
    }
    // gbf2019.scope-adjustment §(十二): the province's widening of the living-allowance groups, if any — read day by day, as
    // the daily rate is: the person is within on the days trained it is in force and names one of their statuses, and the
    // allowance pays those days (cold review 79 F1: it was read on the course's first day for every day).
    let scope: DayScope | undefined;
    if (groups !== null && groups.pass === false) {
      const widenedOn = (day: CivilDate) => {
        const widened = ctx.param(livingAllowanceScopeAdjustment, day);
        return { widened, extra: isResolved(widened) ? widened.value.filter((s) => hasStatus(trainee, s)) : [] };
      };
      // the listed days, or the pieces of the course's span between the widening's changes
      const from = (trained ?? parameterChangePoints(ctx.policy, livingAllowanceScopeAdjustment, first, last)).map((day) => ({ day, ...widenedOn(day) }));
      const within = from.find((p) => p.extra.length > 0);
      if (within !== undefined && isResolved(within.widened)) {
        const citation = within.widened.citation;
        groups = { pass: true, reason: { code: "in_living_allowance_group", citation, facts: { groups: within.extra.map((s) => `gbf2019.scope-adjustment:${s}`) } } };
        if (from.some((p) => p.extra.length === 0)) {
          scope = {
            parameter: livingAllowanceScopeAdjustment,
            outside: (day) => {
              const { widened, extra } = widenedOn(day);
              if (extra.length > 0) return null;
              return isResolved(widened) ? { parameter: livingAllowanceScopeAdjustment.id, reason: "not_yet", layer: widened.layer, citation: widened.citation } : widened;
            },
          };
        }
      }
    }
    const checks = groups === null ? [courseInJurisdiction(ctx, course)] : [courseInJurisdiction(ctx, course), groups];
    // gbf2019.scope-adjustment §(十二): a person entitled to a monthly pension is outside the living allowance's scope too,
    // from the clause's day: in force on the course's last day, it keeps him out of every day paid (reading national-pension-scope).
    if (pensionEntitlement(trainee) && isResolved(ctx.param(livingAllowanceScopeAdjustment, course.endDate))) checks.push(pensionRefusal(trainee, course.endDate));
    // A course repeating an occupation and level already subsidised earns no allowance (reading living-allowance-repeat-course).
    const repeatCourse = repeatCourseCheck(ctx, input, course);
    if (repeatCourse !== null) checks.push(repeatCourse);
    // 「在培训期间」: the allowance pays days trained. Judged (on the day given, or by default on its filing date) before the course's
    // last day, it would pay days still to come (cold audit 9, review 14), whatever certificate the claim also names: judged
    // before the course's first day, nothing has been trained and it is denied; judged during the course, it is held until
    // the course has ended, not refused — the text gives the allowance 「在培训期间」 and sets no completion as its condition
    // (reading living-allowance-during-course; cold review 109 F5, second look 109 Q4).
    if (ctx.on < course.endDate) {
      // a course that can never be paid (outside the region, a person in no group) says why first (review 17)
      if (outcomeOf(checks) === "denied") return findingOf(checks);
      if (ctx.on < course.startDate) return findingOf([{ pass: false, reason: { code: "judged_before_basis", citation: LIVING_ALLOWANCE_GROUPS, facts: { on: ctx.on, basis: "course.startDate", date: course.startDate } } }]);
      const hold: Check = { pass: "unknown", reason: { code: "course_not_ended", citation: LIVING_ALLOWANCE_GROUPS, facts: { courseId: course.id, endDate: course.endDate, on: ctx.on } }, missing: [`on ≥ course.endDate (${course.endDate})`] };
      // what else the claim will ask once the course has ended (no daily rate in force on its days, their dates) is said now,
      // so a claimant is not told to wait for a day that does not decide it (cold review 111 F6)
      const pricing = priceAttendedDays(ctx, livingAllowanceDailyRate, course, LINE_PRICING(payee), nationalFramework, scope);
      return findingOf(pricing.kind === "unknown" && pricing.check.pass === "unknown" ? [...checks, hold, pricing.check] : [...checks, hold]);
    }
    if (course.attendedDays === 0) {
      checks.push({ pass: false, reason: { code: "no_attended_days", citation: LIVING_ALLOWANCE_GROUPS, facts: { courseId: course.id } } });
      return findingOf(checks);
    }
    if (outcomeOf(checks) === "denied") return findingOf(checks);
    // A day after the last national framework the policy holds has ended (gbf2019's action, 2019—2021, alone; op2025's
    // 「从2025年到2027年底」) is for a later text, whatever a local daily rate still says: left unpaid as a day with no rate
    // is, and a course with no day in force held, as a training subsidy of that day is (cold audit 11b; reading
    // national-measures-end-with-framework).
    const pricing = priceAttendedDays(ctx, livingAllowanceDailyRate, course, LINE_PRICING(payee), nationalFramework, scope);
    // A course already paid is refused as paid, whatever is in force on its days now (review 20a); so is one whose grant
    // would key its days alone (days left unpaid: cold audit 12d), where the engine's check of the keys cannot see it.
    const paidCourse = input.ledger.paidOn(courseKey(course));
    const refusePaid = () => findingOf([...checks, { pass: false, reason: { code: "basis_already_paid", citation: LIVING_ALLOWANCE_GROUPS, facts: { basis: [basisOfKey(courseKey(course))], earlierClaims: [...new Set(paidCourse.map((g) => g.claimId))].sort() } } }]);
    if (pricing.kind === "unknown") return paidCourse.length > 0 ? refusePaid() : findingOf([...checks, pricing.check]);
    const days = knownAttendedDates(course);
    const before = daysPaidBefore(input.ledger, course, days, pricing.lines[0]?.citation ?? LIVING_ALLOWANCE_GROUPS, input.courses);
    if (before !== null) return findingOf([...checks, before]);
    // 「每人每天」: of known days, those another claim paid are not paid again and the others are (reading
    // living-allowance-days-unknown); every day paid, or the course itself, is left to the pay-once keys (basis_already_paid).
    const repeat = days === null ? null : paidDaysOf(input.ledger, course, days);
    let priced = pricing;
    let keyed = days;
    if (repeat !== null && days !== null) {
      const fresh = days.filter((d) => !repeat.days.includes(d));
      // The new days all outside a widening the person is within by (its other days paid before): nothing left to pay, refused
      // as paid — not held for a parameter no one can give (cold review 81 F1).
      if (scope !== undefined && fresh.every((d) => scope.outside(d) !== null)) {
        return findingOf([...checks, { pass: false, reason: { code: "basis_already_paid", citation: LIVING_ALLOWANCE_GROUPS, facts: { basis: repeat.days.map((d) => basisOfKey(dayKey(course, d))), earlierClaims: repeat.claims } } }]);
      }
      const again = priceAttendedDays(ctx, livingAllowanceDailyRate, { ...course, attendedDays: fresh.length, attendedDates: fresh }, LINE_PRICING(payee), nationalFramework, scope);
      // No rate in force on the new days: held as those days alone would be (reading undecidable-never-zero), not refused as paid.
      if (again.kind === "unknown") return findingOf([...checks, again.check]);
      priced = again;
      keyed = fresh;
      checks.push({ pass: true, reason: { code: "days_already_paid", citation: again.reason.citation, facts: { days: repeat.days, earlierClaims: repeat.claims, paidDays: again.days } } });
    }
    // The grant keys the days it paid: a day with no rate in force on it is listed unpaid and left unkeyed, so no later
    // claim is told it was paid (review 6).
    const unpaid = priced.unpaidDates;
    if (unpaid.length > 0 && paidCourse.length > 0) return refusePaid();
    if (keyed !== null && unpaid.length > 0) keyed = keyed.filter((d) => !unpaid.includes(d));
    // every check passed (a denial returned above; no check here can be unknown)
    checks.push({ pass: true, reason: priced.reason });
    const { outcome, reasons, missingFacts } = combineChecks(checks);
    // A course with days left unpaid is not paid whole: its days are keyed, not the course, so a later text that prices
    // those days is not told the course was paid (cold audit 12d; review 20a).
    const keys = attendedDayKeys(course, keyed);
    return { outcome, payee, lines: priced.lines, reasons, missingFacts, basis: basisWithKeys(course.endDate, course.occupation.code, course.level, unpaid.length > 0 ? keys.slice(1) : keys) };
  },
});
