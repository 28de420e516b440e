/**
 * The national layer of the 14th five-year vocational training plan (plan2021),
 * following gbf2019 in time.
 *
 * Reading (time): the extracted text carries no day of issue; the plan governs the
 * period 2021–2025 (十四五), so the library reads it as in force from 2021-01-01
 * ({@link PLAN2021_FROM}) to 2025-12-31. From that day the framework marker reads
 * `plan2021`, graduation-year students and the plan's key groups come into the
 * training-subsidy scope, and 特级技师 / 首席技师 join the skill ladder. The rules of
 * gbf2019 (annual cap, no repeat, local standards) continue by reference (按规定).
 */
import { cite } from "../../core/citation.js";
import { defineLayer, replaceParameter } from "../../core/layer.js";
import { withValues } from "../../core/parameter.js";
import type { SkillLevel } from "../../records/common.js";
import { veteransCrossProvince } from "../../provisions/eligibility/veteransCrossProvince.js";
import { nationalFramework } from "../../provisions/framework.js";
import type { SubsidyKinds } from "../../provisions/funding/subsidyKinds.js";
import { SUBSIDY_KINDS, subsidyKinds } from "../../provisions/funding/subsidyKinds.js";
import { skillLadder } from "../../provisions/levels/skillLadder.js";
import { trainingSubsidyGroupIds } from "../../provisions/trainingSubsidy/trainingSubsidyGroups.js";
import { FIVE_LEVELS } from "./gbf2019.js";

/**
 * First day of the plan's period (reading: no day of issue in the text).
 * @example PLAN2021_FROM // → "2021-01-01"
 */
export const PLAN2021_FROM = "2021-01-01";
/**
 * The day after the plan's period 2021–2025.
 * @example PLAN2021_END // → "2026-01-01"
 */
export const PLAN2021_END = "2026-01-01";
const VERIFIED = "2026-11-25";

/**
 * The old five plus 特级技师 and 首席技师 (`plan2021.skill-ladder`).
 * @example SEVEN_LEVELS.slice(-2) // → ["principalTechnician","chiefTechnician"]
 */
export const SEVEN_LEVELS: readonly SkillLevel[] = [...FIVE_LEVELS, "principalTechnician", "chiefTechnician"];

/**
 * The national layer of the 14th five-year training plan (2021–2025), following gbf2019:
 * its key groups, graduation-year students, the seven-level ladder, subsidy kinds and
 * funds. Encodes the `plan2021.*` provisions.
 * @example
 * [plan2021.id, plan2021.level, plan2021.documents] // → ["national.plan2021","national",["plan2021"]]
 * (plan2021.parameters ?? []).length // → 2
 * plan2021.follows // → "national.gbf2019"
 */
export const plan2021 = defineLayer({
  id: "national.plan2021",
  level: "national",
  region: null,
  label: { zh: "“十四五”职业技能培训规划", en: "14th five-year vocational training plan 2021–2025" },
  documents: ["plan2021"],
  scope: cite("plan2021.subsidy-kinds", "§(二十六)"),
  follows: "national.gbf2019",
  parameters: [
    // 「逐步实现退役军人跨省异地培训」: off until a pack turns it on.
    withValues<boolean>(veteransCrossProvince, { citation: cite("plan2021.veterans-cross-province", "§(六)"), values: [{ from: PLAN2021_FROM, value: false }], lastVerifiedOn: VERIFIED }),
    // 「就业补助资金、失业保险基金和……专账结余资金」 → 「职业培训补贴、技能提升补贴和生活费补贴」
    withValues<SubsidyKinds>(subsidyKinds, {
      citation: SUBSIDY_KINDS,
      values: [
        {
          from: PLAN2021_FROM,
          value: {
            measures: ["trainingSubsidy", "insuredSkillUpgradeSubsidy", "livingAllowance"],
            funds: ["employmentSubsidyFund", "unemploymentInsuranceFund", "skillsActionAccount"],
          },
        },
      ],
      lastVerifiedOn: VERIFIED,
    }),
  ],
  parameterOverrides: [
    replaceParameter(nationalFramework, {
      label: { zh: "“十四五”规划期", en: "the 14th five-year plan period" },
      citation: cite("plan2021.subsidy-kinds", "§(二十六)"),
      values: [
        { from: PLAN2021_FROM, value: "plan2021" },
        { from: PLAN2021_END, value: null },
      ],
      lastVerifiedOn: VERIFIED,
    }),
    replaceParameter(trainingSubsidyGroupIds, {
      label: { zh: "纳入毕业年度学生和“十四五”重点群体", en: "graduation-year students and the plan's key groups come in" },
      citation: cite("plan2021.graduation-year-students", "§(十)"),
      values: [{ from: PLAN2021_FROM, value: ["gbf2019.free-training-groups", "gbf2019.subsidy-groups", "plan2021.groups", "plan2021.graduation-year-students"] }],
      lastVerifiedOn: VERIFIED,
    }),
    replaceParameter(skillLadder, {
      label: { zh: "增设特级技师、首席技师", en: "principal and chief technicians added" },
      citation: cite("plan2021.skill-ladder", "§(二十)"),
      values: [{ from: PLAN2021_FROM, value: SEVEN_LEVELS }],
      lastVerifiedOn: VERIFIED,
    }),
  ],
});
