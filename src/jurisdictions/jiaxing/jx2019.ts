/**
 * The Jiaxing layer of the city's implementation plan 2019–2021 (jx2019), over the
 * national layer. It supplies numbers and labelled exceptions only; the rules live in
 * `provisions/`.
 *
 * Reading (jx2019.supersession): the plan is in force from its issue (printed
 * 2019-12-13), citywide, for the three-year action 2019–2021, so its amounts run until
 * 2021-12-31; from 2022-01-01 a claim finds no Jiaxing standard in force and is
 * `undecidable`. A later Jiaxing text would be a new layer or a reform that extends them.
 */
import { cite } from "../../core/citation.js";
import { bindMeasure, defineLayer, replaceParameter, replaceRule } from "../../core/layer.js";
import { withValues } from "../../core/parameter.js";
import type { AppraisalStandards } from "../../provisions/appraisal/appraisalSubsidy.js";
import { appraisalSubsidy, appraisalSubsidyStandards } from "../../provisions/appraisal/appraisalSubsidy.js";
import { residency, residencyJiaxing } from "../../provisions/eligibility/residency.js";
import { livingAllowanceDailyRate } from "../../provisions/livingAllowance/livingAllowance.js";

/** Jiaxing's region id. */
export const JIAXING = "zhejiang.jiaxing";
/** The plan's first day: printed 2019-12-13, in force from issue (jx2019.supersession). */
export const JX2019_IN_FORCE = "2019-12-13";
/** The day after the three-year action ends (reading of jx2019.supersession). */
export const JX2019_ACTION_END = "2022-01-01";
const VERIFIED = "2026-11-25";

const SUPERSESSION = cite("jx2019.supersession", "closing");
const LIVING_ALLOWANCE = cite("jx2019.living-allowance", "四(三)四");
const APPRAISAL = cite("jx2019.appraisal-subsidy", "五(十一)");

export const jx2019 = defineLayer({
  id: "zhejiang.jiaxing.jx2019",
  level: "prefecture",
  region: JIAXING,
  label: { zh: "嘉兴市职业技能提升行动实施方案（2019—2021年）", en: "Jiaxing skills-upgrading implementation plan 2019–2021" },
  documents: ["jx2019"],
  scope: SUPERSESSION,
  parameters: [
    withValues<AppraisalStandards>(appraisalSubsidyStandards, {
      citation: APPRAISAL,
      // 初级工、中级工 120 元，高级工、技师 150 元，高级技师 180 元；从 2020 年 1 月 1 日起执行，以证书发放日期为准
      values: [
        { from: "2020-01-01", value: { junior: "120.00", intermediate: "120.00", senior: "150.00", technician: "150.00", seniorTechnician: "180.00" } },
        { from: JX2019_ACTION_END, value: null, citation: SUPERSESSION },
      ],
      lastVerifiedOn: VERIFIED,
    }),
  ],
  measures: [bindMeasure("appraisalSubsidy", appraisalSubsidy)],
  parameterOverrides: [
    replaceParameter(livingAllowanceDailyRate, {
      label: { zh: "嘉兴：每人每天 50 元", en: "Jiaxing: 50 yuan per person per training day" },
      citation: LIVING_ALLOWANCE,
      // 在培训期间通过就业补助资金按每人每天 50 元标准给予生活费补贴
      values: [
        { from: JX2019_IN_FORCE, value: "50.00" },
        { from: JX2019_ACTION_END, value: null, citation: SUPERSESSION },
      ],
      lastVerifiedOn: VERIFIED,
    }),
  ],
  ruleOverrides: [
    replaceRule(residency, {
      label: { zh: "嘉兴：户籍、常住并办有居住证、就业创业、失业登记", en: "Jiaxing: hukou, residence with permit, local employment, local unemployment registration" },
      citation: cite("jx2019.residency", "五(十一)"),
      run: (_ctx, input) => residencyJiaxing(input),
    }),
  ],
});
