/**
 * An enterprise's yearly employee-education-fund figures (职工教育经费), the input of
 * the education-fund test (gbf2019.education-fund, op2025.education-fund).
 */
import * as z from "zod";
import { educationFundChecks } from "./checks.js";
import { refined } from "./refined.js";
import { AmountSchema, Id } from "./common.js";

/**
 * An enterprise's education-fund figures for one year (zod schema; parse with
 * {@link parseEducationFundFigures}). Encodes `gbf2019.education-fund` (§(十三)).
 * @example EducationFundFigures.safeParse({ enterpriseId: "E-1", year: 2020, fund: "1000", frontLineSpend: "600", totalWages: "50000" }).success // → true
 */
export const EducationFundFigures = /* @__PURE__ */ (() =>
  z
  .strictObject({
  /** The enterprise. */
  enterpriseId: Id,
  /** The calendar year the figures are for. */
  year: z.int().min(1900).max(9999),
  /** 职工教育经费: the fund drawn and used in the year, yuan. */
  fund: AmountSchema,
  /** The part of it spent on front-line workers' education and training (一线职工), yuan. */
  frontLineSpend: AmountSchema,
  /** 工资薪金总额: total wages and salaries of the year, yuan. */
  totalWages: AmountSchema,
  })
  .check(refined(educationFundChecks)))();
/** An enterprise's education-fund figures for one year, as parsed by {@link parseEducationFundFigures}. */
export type EducationFundFigures = z.infer<typeof EducationFundFigures>;
