/**
 * 职工教育经费 — the employee education fund test.
 *
 * - gbf2019.education-fund §(十三): 「企业要按有关规定足额提取和使用职工教育经费，其中 60% 以上
 *   用于一线职工培训……落实将企业职工教育经费税前扣除限额提高至工资薪金总额 8% 的税收政策」.
 * - op2025.education-fund (十七): 「指导企业按规定足额提取和使用职工教育经费,确保60%以上用于
 *   一线职工教育和培训」 (the same test; the op2025 layer restates the share from 2025-06-20).
 *
 * The two rates are dated parameters ({@link frontLineShareMinimum},
 * {@link deductionLimitShare}) that the national layers fill; {@link educationFund} is
 * the pure computation, {@link educationFundUnder} reads the rates of a policy on a date.
 * Every amount is exact until it leaves, rounded half-up to the fen once.
 */
import { assert } from "../../core/assert.js";
import { cite } from "../../core/citation.js";
import type { Citation } from "../../core/citation.js";
import type { CivilDate } from "../../core/date.js";
import { isResolved, resolveParameterOn } from "../../core/decision.js";
import type { Policy } from "../../core/layer.js";
import type { Yuan } from "../../core/money.js";
import { amount, min, toYuan, ZERO } from "../../core/money.js";
import { defineParameter } from "../../core/parameter.js";
import { amountArgument } from "../../records/checks.js";
import type { EducationFundFigures } from "../../records/educationFund.js";
import { Share, SHARE_PATTERN } from "../values.js";
import { checkArgument, checkPolicy, isObject } from "../../arguments.js";
import { isCivilDate } from "../../core/date.js";

export const EDUCATION_FUND = cite("gbf2019.education-fund", "§(十三)");
export const EDUCATION_FUND_2025 = /* @__PURE__ */ cite("op2025.education-fund", "(十七)");

/**
 * The least share of the fund spent on front-line workers, as a decimal fraction (`"0.60"`).
 * Encodes `gbf2019.education-fund` (§(十三)) and `op2025.education-fund` (十七).
 * Parameter `educationFund.frontLineShareMinimum`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), frontLineShareMinimum, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → "0.60"
 */
export const frontLineShareMinimum = defineParameter<string>({
  id: "educationFund.frontLineShareMinimum",
  label: { zh: "职工教育经费用于一线职工的最低比例", en: "least share of the education fund for front-line workers" },
  citation: EDUCATION_FUND,
  values: [],
  lastVerifiedOn: "2026-11-25",
  unit: "fraction",
  valueSchema: Share,
});

/**
 * The tax-deduction limit as a fraction of total wages (`"0.08"`). Encodes
 * `gbf2019.education-fund` (§(十三)) and `op2025.education-fund` (十七).
 * Parameter `educationFund.deductionLimitShare`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), deductionLimitShare, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → "0.08"
 */
export const deductionLimitShare = defineParameter<string>({
  id: "educationFund.deductionLimitShare",
  label: { zh: "职工教育经费税前扣除限额（占工资薪金总额）", en: "education-fund deduction limit (share of total wages)" },
  citation: EDUCATION_FUND,
  values: [],
  lastVerifiedOn: "2026-11-25",
  unit: "fraction",
  valueSchema: Share,
});

/** The education-fund test of one enterprise-year ({@link educationFund}). */
export interface EducationFundResult {
  /** Front-line spend over the fund, exact (`null` when the fund is zero). */
  readonly frontLineShare: string | null;
  /** True when the front-line spend is at least the minimum share of the fund. */
  readonly compliant: boolean;
  /** The least front-line spend in whole fen the fund requires: the minimum share of the fund, rounded up to the fen. */
  readonly requiredFrontLine: Yuan;
  /** How much more front-line spend compliance needs (`"0.00"` exactly when compliant). */
  readonly shortfall: Yuan;
  /** The deduction limit: the limit share of total wages. */
  readonly deductionLimit: Yuan;
  /** The part of the fund deductible this year: the fund, at most the limit. */
  readonly deductible: Yuan;
  /** The part of the fund above the limit. */
  readonly overLimit: Yuan;
}

const CENT = /* @__PURE__ */ amount("0.01");
const SHARE = { zh: "0 到 1 之间的比例，以字符串书写，最多四位小数（如 \"0.60\"）", en: "a share from 0 to 1 written as a string with at most four decimals (e.g. \"0.60\")" };
const PER_CENT = { zh: "（百分数请换算为小数：8% 写作 \"0.08\"）", en: " (a percentage is written as a fraction: 8 % is \"0.08\")" };

/**
 * The education-fund test on one enterprise-year. Encodes `gbf2019.education-fund` (§(十三))
 * and `op2025.education-fund` (十七).
 * @throws SkillsSubsidyError `invalid_argument` naming the field (`facts.argument`) when a figure is not an amount in
 * yuan ≥ 0 with at most two decimals, or the front-line spend exceeds the fund; naming the rate (`rates.deductionLimit`)
 * when a rate is not a share from 0 to 1 as a string (`"0.08"`, not `8` or `"8"` for 8 %).
 * @example
 * educationFund({ fund: "10000", frontLineSpend: "5999", totalWages: "200000" }, { frontLineShare: "0.60", deductionLimit: "0.08" }) // → {"frontLineShare":"0.5999","compliant":false,"requiredFrontLine":"6000.00","shortfall":"1.00","deductionLimit":"16000.00","deductible":"10000.00","overLimit":"0.00"}
 */
export function educationFund(
  figures: Pick<EducationFundFigures, "fund" | "frontLineSpend" | "totalWages">,
  rates: { readonly frontLineShare: string; readonly deductionLimit: string },
): EducationFundResult {
  checkArgument(isObject(figures), "figures", { zh: "数额对象 { fund, frontLineSpend, totalWages }", en: "the figures { fund, frontLineSpend, totalWages }" }, figures);
  checkArgument(isObject(rates), "rates", { zh: "比例对象 { frontLineShare, deductionLimit }", en: "the rates { frontLineShare, deductionLimit }" }, rates);
  for (const key of ["frontLineShare", "deductionLimit"] as const) {
    const rate: unknown = rates[key];
    checkArgument(typeof rate === "string" && SHARE_PATTERN.test(rate), `rates.${key}`, SHARE, rate, PER_CENT);
  }
  const fund = amountArgument(figures.fund, "fund");
  const front = amountArgument(figures.frontLineSpend, "frontLineSpend");
  const wages = amountArgument(figures.totalWages, "totalWages");
  assert(front.lessThanOrEqualTo(fund), "invalid_argument", { zh: `frontLineSpend（${String(figures.frontLineSpend)}）不能大于 fund（${String(figures.fund)}）：用于一线职工的部分出自职工教育经费`, en: `frontLineSpend (${String(figures.frontLineSpend)}) cannot exceed fund (${String(figures.fund)}): the front-line spend is part of the fund` }, { argument: "frontLineSpend" });
  // 「60%以上」 of the fund, exact; what a spend in whole fen must reach is that share rounded UP to the fen, so that
  // compliant and a shortfall of "0.00" always go together (cold review 99 F3: 60 % of 10000.02 is 6000.012 — 6000.01
  // falls short, by 0.01, not by "0.00")
  const exact = fund.times(amount(rates.frontLineShare));
  const compliant = front.greaterThanOrEqualTo(exact);
  const half = amount(toYuan(exact));
  const required = half.lessThan(exact) ? half.plus(CENT) : half;
  const limit = wages.times(amount(rates.deductionLimit));
  const deductible = min(fund, limit);
  return {
    frontLineShare: fund.isZero() ? null : front.dividedBy(fund).toString(),
    compliant,
    requiredFrontLine: toYuan(required),
    shortfall: toYuan(compliant ? ZERO : required.minus(front)),
    deductionLimit: toYuan(limit),
    deductible: toYuan(deductible),
    overLimit: toYuan(fund.minus(deductible)),
  };
}

/**
 * The test with the rates a policy has in force on `on` (e.g. 31 December of the
 * year), and the citations of the rates; `null` when a rate is not in force.
 * @example
 * const figures = { fund: "10000", frontLineSpend: "6000", totalWages: "200000" };
 * educationFundUnder(nationalFrameworksPolicy(), civilDate("2025-12-31"), figures)?.citations.frontLineShare.provision // → "op2025.education-fund"
 * educationFundUnder(nationalFrameworksPolicy(), civilDate("2025-12-31"), figures)?.compliant // → true
 * @throws SkillsSubsidyError `invalid_argument` naming the argument when `policy` is not a policy, `on` is not a date
 * `YYYY-MM-DD` that exists, or a figure is refused as `educationFund` refuses it.
 */
export function educationFundUnder(
  policy: Policy,
  on: CivilDate,
  figures: Pick<EducationFundFigures, "fund" | "frontLineSpend" | "totalWages">,
): (EducationFundResult & { readonly citations: { readonly frontLineShare: Citation; readonly deductionLimit: Citation } }) | null {
  checkPolicy(policy);
  checkArgument(isCivilDate(on), "on", { zh: "存在的日期 YYYY-MM-DD（字符串）", en: "a date YYYY-MM-DD that exists (a string)" }, on);
  const share = resolveParameterOn(policy, frontLineShareMinimum, on);
  const limit = resolveParameterOn(policy, deductionLimitShare, on);
  if (!isResolved(share) || !isResolved(limit)) return null;
  return { ...educationFund(figures, { frontLineShare: share.value, deductionLimit: limit.value }), citations: { frontLineShare: share.citation, deductionLimit: limit.citation } };
}
