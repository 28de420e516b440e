/**
 * 以工代训 — work-for-training subsidy: who qualifies and for how many months.
 *
 * gbf2019.work-for-training §(十一): 「企业、农民专业合作社和扶贫车间等各类生产经营主体吸纳贫困
 * 劳动力就业并开展以工代训，以及参保企业吸纳就业困难人员、零就业家庭成员就业并开展以工代训的，
 * 给予一定期限的职业培训补贴，最长不超过 6 个月」.
 *
 * - {@link workForTrainingEmployerCheck}: any producer employing a poverty-registered
 *   laborer; an *insured* enterprise (one that pays unemployment insurance somewhere)
 *   employing an employment-difficulty person or a zero-employment household member.
 * - {@link workForTrainingMonths}: at most {@link workForTrainingMaxMonths} (6) months
 *   per person over the whole history, whatever the employer (reading: work-for-training-per-person;
 *   {@link workForTrainingMaxMonthsPerEmployer} lets a layer count them per employer instead),
 *   counted in calendar months `YYYY-MM`, in order; a month already subsidised is not
 *   paid again. The monthly amount is local ({@link workForTrainingMonthlyRate}).
 * - {@link workForTrainingSubsidy}: the rule that decides a claim of the measure
 *   `workForTrainingSubsidy` (reading: work-for-training-per-person-months).
 */
import { LINE_LABELS } from "../lineLabels.js";
import type { Citation } from "../../core/citation.js";
import { cite } from "../../core/citation.js";
import type { CivilDate } from "../../core/date.js";
import type { Check, Finding, LineDraft } from "../../core/decision.js";
import { combineChecks, isResolved, outcomeOf } from "../../core/decision.js";
import type { Resolved, Unresolved } from "../../core/layer.js";
import { defineRule } from "../../core/layer.js";
import { carriesKeys, keyValue, ownKeys, payOnceKey } from "../../core/ledger.js";
import { amount } from "../../core/money.js";
import { defineParameter } from "../../core/parameter.js";
import type { ClaimInput } from "../common.js";
import { findingOf, grantFieldsMissing, missingRecord, unresolvedReason } from "../common.js";
import { nationalFramework } from "../framework.js";
import type { Grant } from "../../records/claim.js";
import type { Trainee } from "../../records/trainee.js";
import { hasStatus, POVERTY_LABOURER_STATUSES } from "../../records/kinds.js";
import type { Enterprise } from "../../records/training.js";
import { AmountShape, Bool, Count } from "../values.js";

export const WORK_FOR_TRAINING = cite("gbf2019.work-for-training", "§(十一)");

/**
 * 最长不超过 6 个月: the most months of work-for-training subsidy per person. Encodes
 * `gbf2019.work-for-training` (§(十一)).
 * Parameter `workForTraining.maxMonths`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), workForTrainingMaxMonths, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → 6
 */
export const workForTrainingMaxMonths = defineParameter<number>({
  id: "workForTraining.maxMonths",
  label: { zh: "以工代训补贴最长月数", en: "work-for-training subsidy, most months per person" },
  citation: WORK_FOR_TRAINING,
  values: [],
  lastVerifiedOn: "2026-11-25",
  unit: "months",
  valueSchema: Count,
});

/**
 * Whether the most months ({@link workForTrainingMaxMonths}) count per person *and
 * employer* (`true`: each employer that takes the person on and trains them may be paid up
 * to the most for its own months) or per person, whatever the employer (`false`). The text,
 * 「吸纳贫困劳动力就业并开展以工代训……给予一定期限的职业培训补贴，最长不超过 6 个月」, allows
 * both; the national layer reads it per person (reading: work-for-training-per-person), and
 * a layer or a reform may set it. Either way a month already paid is never paid again.
 * Encodes `gbf2019.work-for-training` (§(十一)).
 * Parameter `workForTraining.maxMonthsPerEmployer`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), workForTrainingMaxMonthsPerEmployer, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → false
 */
export const workForTrainingMaxMonthsPerEmployer = defineParameter<boolean>({
  id: "workForTraining.maxMonthsPerEmployer",
  label: { zh: "以工代训按单位计月", en: "work-for-training months per employer" },
  citation: WORK_FOR_TRAINING,
  values: [],
  lastVerifiedOn: "2026-12-04",
  valueSchema: Bool,
});

/**
 * Yuan per person per month; local (declared without values nationally). Encodes
 * `gbf2019.work-for-training` (§(十一)).
 * Parameter `workForTraining.monthlyRate`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), workForTrainingMonthlyRate, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → "no_values"
 */
export const workForTrainingMonthlyRate = defineParameter<string>({
  id: "workForTraining.monthlyRate",
  label: { zh: "以工代训补贴标准（元/人·月）", en: "work-for-training subsidy per person per month (yuan)" },
  citation: WORK_FOR_TRAINING,
  values: [],
  lastVerifiedOn: "2026-11-25",
  unit: "yuan/month",
  valueSchema: AmountShape,
});

/**
 * Whether the employer and the worker fit §(十一)'s two cases. Encodes `gbf2019.work-for-training` (§(十一)).
 * @example
 * const workshop = Enterprise.parse({ id: "E-1", name: "扶贫车间" });
 * workForTrainingEmployerCheck(workshop, trainee({ statuses: ["povertyRegistered"] })).pass // → true
 * workForTrainingEmployerCheck(workshop, trainee({ statuses: ["employmentDifficulty"] })).pass // → "unknown"
 */
export function workForTrainingEmployerCheck(employer: Enterprise, worker: Trainee): Check {
  // 「建档立卡贫困劳动力（以下简称贫困劳动力）」: on the register, whatever the region — a 对口支援地区建档立卡贫困人员 too — and after
  // leaving poverty, a 脱贫劳动力 (reading poverty-labourer-register)
  const poor = POVERTY_LABOURER_STATUSES.find((s) => hasStatus(worker, s)) ?? null;
  if (poor !== null) return { pass: true, reason: { code: "work_for_training_employer", citation: WORK_FOR_TRAINING, facts: { employer: employer.id, group: poor } } };
  const group = hasStatus(worker, "employmentDifficulty") ? "employmentDifficulty" : hasStatus(worker, "zeroEmploymentHousehold") ? "zeroEmploymentHousehold" : null;
  if (group === null) {
    return { pass: false, reason: { code: "not_work_for_training_employer", citation: WORK_FOR_TRAINING, facts: { employer: employer.id, detail: "workerInNoGroup" } } };
  }
  if (employer.unemploymentInsuranceRegion === undefined) {
    return { pass: "unknown", reason: { code: "not_work_for_training_employer", citation: WORK_FOR_TRAINING, facts: { employer: employer.id, detail: "enterpriseInsuranceUnknown" } }, missing: ["enterprise.unemploymentInsuranceRegion"] };
  }
  return { pass: true, reason: { code: "work_for_training_employer", citation: WORK_FOR_TRAINING, facts: { employer: employer.id, group } } };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Which requested months are paid: in calendar order, until the subsidised months that
 * count (`countedMonths`: by default every month subsidised before, `priorMonths`) reach
 * the maximum (`mostOn(month)` where given: the most in force on each month's first day);
 * a month subsidised before is never paid twice, whether it counts or not.
 * Encodes `gbf2019.work-for-training` (§(十一)).
 * @example workForTrainingMonths({ priorMonths: ["2020-01", "2020-02", "2020-03", "2020-04", "2020-05"], requested: ["2020-05", "2020-06", "2020-07"], maxMonths: 6 }) // → {"paid":["2020-06"],"unpaid":["2020-07"],"alreadyPaid":["2020-05"]}
 * @example workForTrainingMonths({ priorMonths: ["2020-01", "2020-02"], countedMonths: [], requested: ["2020-02", "2020-03"], maxMonths: 1 }) // → {"paid":["2020-03"],"unpaid":[],"alreadyPaid":["2020-02"]}
 * @example workForTrainingMonths({ priorMonths: [], requested: ["2020-12", "2021-01", "2021-02"], maxMonths: 1, mostOn: (m) => (m < "2021-01" ? 1 : 2) }) // → {"paid":["2020-12","2021-01"],"unpaid":["2021-02"],"alreadyPaid":[]}
 */
export function workForTrainingMonths(input: {
  readonly priorMonths: readonly string[];
  readonly countedMonths?: readonly string[];
  readonly requested: readonly string[];
  readonly maxMonths: number;
  /** The most in force on a month's first day, when it is not `maxMonths` for every month (a reform that changes it). */
  readonly mostOn?: (month: string) => number;
}): {
  readonly paid: readonly string[];
  readonly unpaid: readonly string[];
  readonly alreadyPaid: readonly string[];
} {
  const prior = new Set(input.priorMonths.filter((m) => MONTH.test(m)));
  const counted = [...new Set((input.countedMonths ?? input.priorMonths).filter((m) => MONTH.test(m)))].sort();
  const most = input.mostOn ?? (() => input.maxMonths);
  const paid: string[] = [];
  const unpaid: string[] = [];
  const alreadyPaid: string[] = [];
  // The months that count, in calendar order: month m is paid when, with it, the months counted to each month m′ from m on
  // (m itself, and every counted month after it) stay within the most in force on m′'s first day — so a most changed
  // part-way pays the same months however they are split into claims and runs (cold reviews 85 F3, 87 F2, 90 F1–F2).
  const fits = (month: string): boolean => {
    let upTo = paid.length + 1; // the months paid now are all before `month` (calendar order)
    let i = 0;
    for (; i < counted.length && (counted[i] as string) < month; i++) upTo++;
    if (upTo > most(month)) return false;
    for (; i < counted.length; i++) if (++upTo > most(counted[i] as string)) return false;
    return true;
  };
  for (const month of [...new Set(input.requested)].sort()) {
    if (prior.has(month)) alreadyPaid.push(month);
    else if (MONTH.test(month) && fits(month)) paid.push(month);
    else unpaid.push(month);
  }
  return { paid, unpaid, alreadyPaid };
}

/** The measure's name (its lines' label), which the locales also name the measure by (`terms`). @internal */
export const LINE_LABEL = LINE_LABELS.workForTrainingSubsidy;

/**
 * The months an earlier work-for-training grant paid: its `months` and the months of its
 * `…|month YYYY-MM` pay-once keys; `undefined` when it names neither, or a month key that
 * cannot be read (reading: earlier-grant-says-what-it-paid).
 * @example monthsPaidBy(grant({ measure: "workForTrainingSubsidy", basisKeys: ["workForTrainingSubsidy|P1|month 2020-03"] })) // → ["2020-03"]
 * @example monthsPaidBy(grant({ measure: "workForTrainingSubsidy" })) // → undefined
 * @example monthsPaidBy(grant({ measure: "workForTrainingSubsidy", basisKeys: ["workForTrainingSubsidy|P1|month 2020-3"] })) // → undefined
 * @example monthsPaidBy(grant({ measure: "workForTrainingSubsidy", basisKeys: ["workForTrainingSubsidy|P1|month 2020-03", "workForTrainingSubsidy|P2|month 2020-04"] })) // → ["2020-03"]
 * @example monthsPaidBy(grant({ measure: "workForTrainingSubsidy", basisKeys: ["workForTrainingSubsidy|P2|month 2020-04"] })) // → undefined
 */
export function monthsPaidBy(grant: Grant): readonly string[] | undefined {
  const months: string[] = [...(grant.months ?? [])];
  // Its own keys, as the ledger reads them: a key under another person says nothing of what this grant paid, alone or
  // beside its own (reading earlier-grant-says-what-it-paid; cold review 54: another person's month refused this person's).
  const own = carriesKeys(grant) ? ownKeys(grant.basisKeys as readonly string[], grant.traineeId) : [];
  for (const key of own) {
    const month = keyValue(key, "month");
    if (month === null) continue;
    if (!MONTH.test(month)) return undefined;
    months.push(month);
  }
  return months.length > 0 ? months : undefined;
}

/**
 * Decides a work-for-training claim (measure `workForTrainingSubsidy`): the employer
 * (claimant and payee, the worker's employer on record) and the worker fit one of §(十一)'s two cases, and the months
 * claimed (`claim.months`) are paid at the local monthly standard until the person's
 * subsidised months reach {@link workForTrainingMaxMonths}, counting the months of every
 * earlier grant in the ledger (and so of every earlier claim of the batch). A month is
 * judged on its first day: one not begun by the day judged, or begun before the most
 * months is in force (to May 2019), is not paid, and the reasons name it. Under the
 * national texts alone the monthly standard has no value: `undecidable`
 * (`no_local_standard`). Encodes `gbf2019.work-for-training` (§(十一)).
 * @example
 * const d = evaluateClaim(nationalPolicy(), { claim: { id: "W-1", measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E-1" }, enterpriseId: "E-1", months: ["2020-03"], submittedOn: civilDate("2020-04-01") }, trainee: trainee({ statuses: ["povertyRegistered"], employerId: "E-1" }), enterprise: Enterprise.parse({ id: "E-1", name: "扶贫车间" }), ledger: Ledger.empty });
 * [d.outcome, d.missingFacts] // → ["undecidable",["parameter workForTraining.monthlyRate"]]
 */
export const workForTrainingSubsidy = defineRule({
  id: "workForTrainingSubsidy",
  label: LINE_LABEL,
  citation: WORK_FOR_TRAINING,
  run: (ctx, input: ClaimInput): Finding => {
    const { claim, trainee, enterprise, ledger } = input;
    if (enterprise === undefined) return findingOf([missingRecord(WORK_FOR_TRAINING, "claim.enterpriseId")]);
    const checks: Check[] = [];
    if (claim.claimant.kind !== "enterprise" || claim.claimant.id !== enterprise.id) {
      checks.push({ pass: false, reason: { code: "payee_not_enterprise", citation: WORK_FOR_TRAINING, facts: { claimant: claim.claimant.kind } } });
    }
    checks.push(workForTrainingEmployerCheck(enterprise, trainee));
    // 「吸纳……就业并开展以工代训」: the enterprise that took the worker on, the employer on record (readings employer-of-record,
    // work-for-training-per-person-months; cold audits 12b, 12c: any enterprise filing first was paid, and used her months).
    // With none recorded, or another, the claim is held asking for it, not refused: the record is undated, and the months
    // claimed may be of an employer she has since left.
    const employer = trainee.employerId;
    checks.push(
      employer === enterprise.id
        ? { pass: true, reason: { code: "payee_is_employer", citation: WORK_FOR_TRAINING, facts: { employer } } }
        : { pass: "unknown", reason: employer === undefined ? { code: "missing_record", citation: WORK_FOR_TRAINING, facts: { field: "trainee.employerId" } } : { code: "payee_not_employer", citation: WORK_FOR_TRAINING, facts: { employer } }, missing: ["trainee.employerId"] },
    );
    const requested = claim.months;
    if (requested === undefined || requested.length === 0) {
      checks.push(missingRecord(WORK_FOR_TRAINING, "claim.months"));
      return findingOf(checks);
    }
    // A month is paid once it has begun (gbf2019 §(十一) pays work-for-training carried out, 「吸纳……就业并开展以工代训」): a month
    // whose first day comes after the day the claim is judged is not paid now, and may be claimed once it has begun (cold audit 9).
    const begun: string[] = [];
    const notBegun: string[] = [];
    for (const m of [...requested].sort()) (`${m}-01` <= ctx.on ? begun : notBegun).push(m);
    const later = notBegun.length === 0 ? null : { code: "work_for_training_months_not_begun" as const, citation: WORK_FOR_TRAINING, facts: { months: notBegun, on: ctx.on } };
    // Each month begun is judged on its own first day, the day the rule dates a month by (begun, its standard): a month
    // whose first day is before the most months is in force (§(十一), of 「2019年5月18日」: April 2019, and May 2019 too) is
    // not paid, before_provision_start naming it, as a certificate issued before a subsidy's first day is refused; the
    // months in force are judged as ever, the most being the one in force on the first of them
    // (reading: work-for-training-per-person-months).
    const sorted: string[] = [];
    const before: string[] = [];
    // the most in force on each month's first day, read once
    const mostOf = new Map<string, Resolved<number>>();
    // The person's earlier grants of this measure and the months each names: a month paid before is refused as paid below,
    // whatever framework is in force on it (review 20a), and is never paid again.
    const earlier = ledger.grantsOf(trainee.id).filter((g) => g.measure === "workForTrainingSubsidy");
    const monthsOf = earlier.map(monthsPaidBy);
    const priorMonths = monthsOf.flatMap((m) => m ?? []);
    const paidBefore = new Set(priorMonths);
    // A month after the last national framework the policy holds has ended (gbf2019's action, 2019—2021, alone; op2025's
    // 「从2025年到2027年底」) is for a later text, as a training subsidy of that day is (cold audit 11b; reading
    // national-measures-end-with-framework): not paid and not keyed, named where the most leaves room for it; the months
    // before the end are decided as ever, being the person's first whatever a later text says (cold audit 28, review 41:
    // six months of 2021 were held whole with four of 2022). A claim with no month before the end to pay is held.
    // A month before the first framework is left to the most months below.
    let afterEnd: Check | null = null;
    for (const m of begun) {
      const day = `${m}-01` as CivilDate;
      const framework = ctx.param(nationalFramework, day);
      if (!isResolved(framework) && framework.reason !== "not_yet" && !paidBefore.has(m)) {
        afterEnd ??= unresolvedReason(framework, day).check;
        continue;
      }
      const most = ctx.param(workForTrainingMaxMonths, day);
      if (isResolved(most)) {
        sorted.push(m);
        mostOf.set(m, most);
      } else if (most.reason === "not_yet") before.push(m);
      else {
        checks.push(unresolvedReason(most, day).check);
        return findingOf(checks);
      }
    }
    // Stryker disable next-line OptionalChaining: "not_yet" comes only from the declaring layer's own values, so the chain exists and has a first value here
    const early = before.length === 0 ? null : { code: "before_provision_start" as const, citation: WORK_FOR_TRAINING, facts: { date: `${before[before.length - 1]}-01`, startsOn: ctx.policy.parameter(workForTrainingMaxMonths.id)?.parameter.values[0]?.from ?? null, months: before } };
    if (sorted.length === 0) {
      if (afterEnd !== null) return findingOf([...checks, afterEnd]);
      for (const reason of [early, later].filter((r) => r !== null)) checks.push({ pass: false, reason });
      return findingOf(checks);
    }
    // So too the local monthly standard (gbf2019 §(十二) 「结合实际确定职业培训补贴标准」): a month before the first month a
    // standard is in force on the first day of is not paid, not counted toward the most, and named (before_provision_start,
    // citing the standard and the day it begins), while the months it prices are paid (review 18c). When no month can be
    // priced the claim is held for the standard, as before (reading: work-for-training-per-person-months).
    // A month before the standard's first value is named before_provision_start; a month in a gap between two standards, or after
    // one has ended, is not paid nor counted and is named as held for a later standard while the six leave room for it, wherever
    // it lies in the claim (cold reviews 85 F2, 87 F3: a gap at a claim's head was refused as before the standard). When no month
    // can be priced the claim is held for the standard, as before.
    const unpriced: string[] = [];
    const heldMonths: string[] = [];
    let unpricedLater: Check | null = null;
    const rates = sorted.map((m) => ctx.param(workForTrainingMonthlyRate, `${m}-01` as CivilDate));
    if (rates.some(isResolved)) {
      // the first day any layer gives the standard a value: a month before it is before the standard, one after it is in a gap
      let firstValue: string | null = null;
      for (const v of ctx.policy.parameter(workForTrainingMonthlyRate.id)?.values ?? []) if (v.value !== null && (firstValue === null || v.from < firstValue)) firstValue = v.from;
      const priced: string[] = [];
      for (let i = 0; i < sorted.length; i++) {
        const m = sorted[i] as string;
        const rate = rates[i] as Resolved<string> | Unresolved;
        if (isResolved(rate)) priced.push(m);
        else if (firstValue === null || `${m}-01` < firstValue) unpriced.push(m);
        else {
          heldMonths.push(m);
          // the first such month's day, naming every month held (the list is filled as the loop goes on)
          unpricedLater ??= unresolvedReason(rate, `${m}-01` as CivilDate, heldMonths).check;
        }
      }
      sorted.splice(0, sorted.length, ...priced);
    }
    const first = `${sorted[0]}-01` as CivilDate;
    // the most in force on the first month judged (each month of `sorted` has one); each month is paid within the most in force
    // on its own first day (cold reviews 85 F3, 87 F2: read once per claim, money followed how months were split into claims)
    const max = mostOf.get(sorted[0] as string) as Resolved<number>;
    // a month paid before that the claim does not name is read too (a later one bounds what may be paid before it); one
    // with no most in force bounds nothing
    const mostOn = (m: string): number => {
      const known = mostOf.get(m);
      if (known !== undefined) return known.value;
      const most = ctx.param(workForTrainingMaxMonths, `${m}-01` as CivilDate);
      return isResolved(most) ? most.value : Number.POSITIVE_INFINITY;
    };
    let beforeStandard: { code: "before_provision_start"; citation: Citation; facts: { date: string; startsOn: string | null; months: string[] } } | null = null;
    if (unpriced.length > 0) {
      const standard = ctx.param(workForTrainingMonthlyRate, first) as Resolved<string>;
      beforeStandard = { code: "before_provision_start", citation: standard.citation, facts: { date: `${unpriced[unpriced.length - 1]}-01`, startsOn: standard.from, months: unpriced } };
    }
    const aside = [early, beforeStandard, later].filter((r) => r !== null);
    // Read once the most is known: a month before the texts has no missing fact.
    const perEmployer = ctx.param(workForTrainingMaxMonthsPerEmployer, first);
    if (!isResolved(perEmployer)) checks.push(unresolvedReason(perEmployer, first).check);
    if (outcomeOf(checks) === "denied" || !isResolved(perEmployer)) return findingOf(checks);

    // Every month paid before is never paid again; the months that count toward the most
    // are the person's, or (per employer) those paid to this employer (reading: work-for-training-per-person).
    const countedMonths = perEmployer.value ? earlier.flatMap((g, i) => (g.payee.kind === "enterprise" && g.payee.id === enterprise.id ? (monthsOf[i] ?? []) : [])) : priorMonths;
    const { paid } = workForTrainingMonths({ priorMonths, countedMonths, requested: sorted, maxMonths: max.value, mostOn });
    const prior = new Set(countedMonths).size;
    // Months after the framework's end, or a standard's, that the most still leaves room for: for a later text or standard.
    const open = prior + paid.length < max.value ? (afterEnd ?? unpricedLater) : null;
    // An earlier grant that names no months may have paid these, or used up the most (reading: earlier-grant-says-what-it-paid).
    const unknown = earlier.filter((_, i) => monthsOf[i] === undefined);
    // Per employer, the reasons name the employer whose months were counted.
    const counted = perEmployer.value ? { employer: enterprise.id } : {};
    if (paid.length === 0) {
      // Nothing to pay before the end, and room after it: held for the later text (and for an earlier grant's months, which
      // may use that room: review 41).
      if (open !== null) return findingOf(unknown.length > 0 ? [...checks, open, grantFieldsMissing(unknown, "months", WORK_FOR_TRAINING)] : [...checks, open]);
      // Certain whatever an earlier grant that names no months paid: more months paid before can only pay fewer now.
      checks.push({ pass: false, reason: { code: "work_for_training_months_used", citation: WORK_FOR_TRAINING, facts: { maxMonths: max.value, priorMonths: prior, requested: sorted, ...counted } } });
      // and the months not begun, which may still be claimed once begun (final review 4) — while the most is not reached (review 17)
      if (later !== null && prior < max.value) checks.push({ pass: false, reason: later });
      for (const reason of [early, beforeStandard]) if (reason !== null) checks.push({ pass: false, reason });
      return findingOf(checks);
    }
    if (unknown.length > 0) {
      checks.push(grantFieldsMissing(unknown, "months", WORK_FOR_TRAINING));
      return findingOf(checks);
    }
    // The monthly standard in force on the first day of each month paid; months of one standard make one line.
    const payee = { kind: "enterprise" as const, id: enterprise.id };
    const lines: LineDraft[] = [];
    for (const month of paid) {
      const rate = ctx.param(workForTrainingMonthlyRate, `${month}-01` as CivilDate);
      if (!isResolved(rate)) {
        checks.push(unresolvedReason(rate, `${month}-01` as CivilDate).check);
        return findingOf(checks);
      }
      const last = lines[lines.length - 1];
      if (last !== undefined && last.rate.equals(amount(rate.value)) && last.layer === rate.layer) {
        lines[lines.length - 1] = { ...last, quantity: last.quantity + 1 };
      } else lines.push({ label: LINE_LABEL, citation: rate.citation, payee, quantity: 1, unit: "month", rate: amount(rate.value), layer: rate.layer });
    }
    if (outcomeOf(checks) !== "granted") return findingOf(checks);
    const outcome = combineChecks(checks);
    const reasons = [...outcome.reasons, { code: "work_for_training_months" as const, citation: lines[0]!.citation, facts: { rate: lines.map((l) => l.rate.toFixed(2)), paid: paid.length, priorMonths: prior, maxMonths: max.value, months: [...paid], ...counted } }, ...aside, ...(open === null ? [] : [open.reason])];
    return { outcome: "granted", payee, lines, reasons, missingFacts: [], basis: { date: `${paid[paid.length - 1]}-01` as CivilDate, months: paid, keys: paid.map((m) => payOnceKey("workForTrainingSubsidy", trainee.id, "month", m)) } };
  },
});
