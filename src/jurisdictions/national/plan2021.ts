/**
 * The national layer of the 14th five-year vocational training plan (plan2021),
 * following gbf2019 in time.
 *
 * Reading (plan2021-start): the text carries no date of issue, no issuer and no document
 * number. gbf2019 governs its own three-year action 「2019—2021年」 to its end, so the library
 * reads plan2021 as in force from the day after, 2022-01-01 ({@link PLAN2021_FROM}), to
 * 2025-12-31; a pack that knows the day of issue builds the layer with it
 * ({@link plan2021Layer}). From that day the framework marker reads `plan2021`, 特级技师 /
 * 首席技师 join the skill ladder, and graduation-year students come into the
 * training-subsidy scope.
 *
 * Reading (plan2021-subsidy-groups): only §(十) brings a group into the subsidy —
 * 「积极为毕业年度学生提供职业技能培训服务并纳入职业培训补贴范畴」. The groups of §(六) (e.g.
 * 「对服刑人员、强制隔离戒毒人员和社区矫正对象，开展以回归社会为目的的就业技能培训」) are targets of
 * training, not entitled to the individual training subsidy by this text; those of them
 * that gbf2019 §(十一) names remain in scope through it. The rules of gbf2019 (annual cap,
 * no repeat, local standards) continue by reference (按规定).
 */
import { cite } from "../../core/citation.js";
import type { Layer } from "../../core/layer.js";
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
 * The plan's first day in the library (reading plan2021-start: no day of issue in the text;
 * the day after gbf2019's 「2019—2021年」 action).
 * @example PLAN2021_FROM // → "2022-01-01"
 */
export const PLAN2021_FROM = "2022-01-01";
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
 * The plan2021 layer in force from `from` (a civil date; default {@link PLAN2021_FROM}), for
 * a pack that knows the plan's day of issue (reading plan2021-start).
 * @example plan2021Layer("2021-12-20").parameterOverrides?.[0]?.values[0]?.from // → "2021-12-20"
 */
export function plan2021Layer(from: string = PLAN2021_FROM): Layer {
  const PLAN2021_FROM = from;
  return defineLayer({
    id: "national.plan2021",
    level: "national",
    region: null,
    label: { zh: "“十四五”职业技能培训规划", en: "14th five-year vocational training plan 2021–2025" },
    documents: ["plan2021"],
    scope: cite("plan2021.subsidy-kinds", "§(二十六)"),
    follows: "national.gbf2019",
    parameters: [
      // 逐步实现退役军人跨省异地培训: off until a pack turns it on.
      withValues<boolean>(veteransCrossProvince, { citation: cite("plan2021.veterans-cross-province", "§(六)"), values: [{ from: PLAN2021_FROM, value: false }], lastVerifiedOn: VERIFIED }),
      // 就业补助资金、失业保险基金和……专账结余资金 → 职业培训补贴、技能提升补贴和生活费补贴
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
        label: { zh: "纳入毕业年度学生", en: "graduation-year students come in" },
        citation: cite("plan2021.graduation-year-students", "§(十)"),
        // 「纳入职业培训补贴范畴」 (§(十)) only; §(六)'s groups are training targets (reading plan2021-subsidy-groups)
        values: [{ from: PLAN2021_FROM, value: ["gbf2019.free-training-groups", "gbf2019.subsidy-groups", "plan2021.graduation-year-students"] }],
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
}

/**
 * The national layer of the 14th five-year training plan (2021–2025), following gbf2019:
 * graduation-year students, the seven-level ladder, subsidy kinds and funds. Encodes the
 * `plan2021.*` provisions.
 * @example
 * [plan2021.id, plan2021.level, plan2021.documents] // → ["national.plan2021","national",["plan2021"]]
 * (plan2021.parameters ?? []).length // → 2
 * plan2021.follows // → "national.gbf2019"
 */
export const plan2021 = plan2021Layer();
