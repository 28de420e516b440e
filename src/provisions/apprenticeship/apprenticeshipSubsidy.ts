/**
 * 企业新型学徒制培训补贴 — the apprenticeship subsidy, paid to the enterprise.
 *
 * - jx2019.employee-apprentice 三(一)二: 企业职工学徒按每人每年 4000—10000 元给予企业补贴，根据
 *   产业急需程度、学徒类型、职业、等级和培训效果确定，补贴期限最长不超过 2 年 — employee
 *   apprentices: 4000–10000 yuan per person per year to the enterprise, at most 2 years.
 *   The standard within the range is data: `apprenticeship.annualStandard`; one outside
 *   the range is denied (`apprenticeship_standard_out_of_range`), none is undecidable.
 * - jx2019.student-apprentice 三(一)二: 学生学徒补贴标准根据学徒实习津贴确定，每人每年不超过
 *   3000 元，期限最长不超过 1 年. Reading (catalogue): the yearly amount is the monthly
 *   internship allowance standard (`apprenticeship.monthlyInternshipAllowance`), capped
 *   at 3000 yuan.
 *
 * Readings: one claim covers one apprenticeship record's period, which may not exceed
 * 12 months; a period of fewer whole months is prorated (standard × months ÷ 12,
 * rounded once, reading 9). Reading 8: the years are counted over the person's history
 * with any enterprise: each earlier grant of this provision in the ledger is one
 * subsidy year. The terms are the parameters {@link employeeApprenticeTerms} and
 * {@link studentApprenticeTerms}; without them the claim is `undecidable`
 * (`no_local_standard`). The gbf2019 floor of 4000 yuan (apprenticeshipFloor.ts) holds
 * for the employee range's lower bound.
 */
import type { Citation } from "../../core/citation.js";
import { cite } from "../../core/citation.js";
import type { CivilDate } from "../../core/date.js";
import { addMonths, daysBetween } from "../../core/date.js";
import type { Check, Finding } from "../../core/decision.js";
import { combineChecks, isResolved } from "../../core/decision.js";
import type { Resolved, Unresolved } from "../../core/layer.js";
import { defineRule } from "../../core/layer.js";
import { amount, min } from "../../core/money.js";
import { defineParameter } from "../../core/parameter.js";
import type { ClaimInput } from "../common.js";
import { findingOf, unresolvedReason } from "../common.js";
import * as z from "zod";
import { Count } from "../values.js";
import { AmountSchema } from "../../records/common.js";

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
  valueSchema: z.strictObject({ min: AmountSchema, max: AmountSchema, maxYears: Count }),
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
  valueSchema: z.strictObject({ cap: AmountSchema, maxYears: Count }),
});

const LINE_LABEL = { zh: "企业新型学徒制培训补贴", en: "apprenticeship subsidy" } as const;
const RECORD = cite("jx2019.employee-apprentice", "三(一)二");

/**
 * Whole months from `start` to `end` inclusive: the largest m with start + m months ≤ end + 1 day.
 * @example
 * wholeMonths(civilDate("2020-01-01"), civilDate("2020-12-31")) // → 12
 * wholeMonths(civilDate("2020-01-01"), civilDate("2020-06-15")) // → 5
 */
export function wholeMonths(start: CivilDate, end: CivilDate): number {
  let m = 0;
  while (m < 1200 && daysBetween(end, addMonths(start, m + 1)) <= 1) m++;
  return m;
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
      return { outcome: "undecidable", payee: null, lines: [], reasons: [{ code: "missing_record", citation: RECORD, facts: { field: "claim.apprenticeshipId" } }], missingFacts: ["claim.apprenticeshipId"] };
    }
    const date = apprenticeship.startDate;
    const employee = apprenticeship.kind === "employee";
    const terms = (employee ? ctx.param(employeeApprenticeTerms, date) : ctx.param(studentApprenticeTerms, date)) as Resolved<EmployeeApprenticeTerms | StudentApprenticeTerms> | Unresolved;
    if (!isResolved(terms)) return findingOf([unresolvedReason(terms, date).check]);
    const citation: Citation = terms.citation;
    const checks: Check[] = [];

    if (claim.claimant.kind !== "enterprise") checks.push({ pass: false, reason: { code: "payee_not_enterprise", citation, facts: { claimant: claim.claimant.kind } } });

    const months = wholeMonths(apprenticeship.startDate, apprenticeship.endDate);
    const period = { startDate: apprenticeship.startDate, endDate: apprenticeship.endDate, months };
    if (months > 12) checks.push({ pass: false, reason: { code: "apprenticeship_period_too_long", citation, facts: period } });
    if (months === 0) checks.push({ pass: false, reason: { code: "apprenticeship_period_too_short", citation, facts: period } });

    // Reading 8: earlier years of this provision, with any enterprise.
    const maxYears = terms.value.maxYears;
    const earlier = ledger.grantsOf(trainee.id).filter((g) => g.measure === "apprenticeshipSubsidy" && g.provision === citation.provision);
    const year = earlier.length + 1;
    const yearFacts = { year, maxYears, earlierGrants: earlier.map((g) => g.id) };
    checks.push(
      year <= maxYears
        ? { pass: true, reason: { code: "apprenticeship_year_within_term", citation, facts: yearFacts } }
        : { pass: false, reason: { code: "apprenticeship_term_used", citation, facts: yearFacts } },
    );

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
        checks.push(
          inRange
            ? { pass: true, reason: { code: "apprenticeship_standard", citation, facts } }
            : { pass: false, reason: { code: "apprenticeship_standard_out_of_range", citation, facts } },
        );
        yearly = given;
      }
    } else {
      const t = terms.value as StudentApprenticeTerms;
      const allowance = apprenticeship.monthlyInternshipAllowance;
      if (allowance === undefined) {
        checks.push({ pass: "unknown", reason: { code: "apprenticeship_standard_unknown", citation, facts: { apprenticeship: apprenticeship.id } }, missing: ["apprenticeship.monthlyInternshipAllowance"] });
      } else {
        const capped = min(amount(allowance), amount(t.cap));
        yearly = capped.toFixed(2);
        checks.push({ pass: true, reason: { code: "apprenticeship_standard", citation, facts: { standard: allowance, cap: t.cap, yearly } } });
      }
    }

    const decided = combineChecks(checks);
    if (decided.outcome !== "granted" || yearly === undefined) return findingOf(checks);
    const payee = { kind: claim.claimant.kind, id: claim.claimant.id } as const;
    // the yearly standard prorated by whole months, rounded once when the line is finished
    const rate = amount(yearly).dividedBy(12);
    const exact = amount(yearly).times(months).dividedBy(12);
    return {
      ...decided,
      payee,
      lines: [{ label: LINE_LABEL, citation, payee, quantity: months, unit: "month", rate, amount: exact, layer: terms.layer }],
      basis: { date, occupationCode: apprenticeship.occupation.code },
    };
  },
});
