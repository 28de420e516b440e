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
import { defineLayer } from "../../core/layer.js";
import type { OverrideData, ParameterData } from "../../core/parameterData.js";
import { declareFromData, overrideFromData } from "../../core/parameterData.js";
import type { SkillLevel } from "../../records/common.js";
import { veteransCrossProvince } from "../../provisions/eligibility/veteransCrossProvince.js";
import { nationalFramework } from "../../provisions/framework.js";
import { subsidyKinds } from "../../provisions/funding/subsidyKinds.js";
import { skillLadder } from "../../provisions/levels/skillLadder.js";
import { trainingSubsidyGroupIds } from "../../provisions/trainingSubsidy/trainingSubsidyGroups.js";
import { PLAN2021_PARAMS } from "./plan2021.params.js";

/** The layer's parameter values, from plan2021.params.yaml. */
const P = /* @__PURE__ */ (() => PLAN2021_PARAMS.parameters)();
const O = /* @__PURE__ */ (() => PLAN2021_PARAMS.overrides)();

/**
 * The plan's first day in the library (reading plan2021-start: no day of issue in the text;
 * the day after gbf2019's 「2019—2021年」 action).
 * @example PLAN2021_FROM // → "2022-01-01"
 */
export const PLAN2021_FROM: string = /* @__PURE__ */ (() => O["national.framework"].values[0].from)();
/**
 * The day after the plan's period 2021–2025.
 * @example PLAN2021_END // → "2026-01-01"
 */
export const PLAN2021_END: string = /* @__PURE__ */ (() => O["national.framework"].values[1].from)();
/**
 * The old five plus 特级技师 and 首席技师 (`plan2021.skill-ladder`, from plan2021.params.yaml).
 * @example SEVEN_LEVELS.slice(-2) // → ["principalTechnician","chiefTechnician"]
 */
export const SEVEN_LEVELS: readonly SkillLevel[] = /* @__PURE__ */ (() => O["levels.skillLadder"].values[0].value)();

/**
 * The plan2021 layer in force from `from` (a civil date; default {@link PLAN2021_FROM}), for
 * a pack that knows the plan's day of issue (reading plan2021-start).
 * @example plan2021Layer("2021-12-20").parameterOverrides?.[0]?.values[0]?.from // → "2021-12-20"
 */
export function plan2021Layer(from: string = PLAN2021_FROM): Layer {
  /** The data file's values, with the first day moved to `from` (unchanged, the same arrays, by default). */
  function starting<D extends ParameterData>(data: D): D {
    if (from === PLAN2021_FROM) return data;
    return { ...data, values: data.values.map((v) => (v.from === PLAN2021_FROM ? { ...v, from } : v)) };
  }
  return defineLayer({
    id: "national.plan2021",
    level: "national",
    region: null,
    label: { zh: "“十四五”职业技能培训规划", en: "14th five-year vocational training plan 2021–2025" },
    documents: ["plan2021"],
    scope: cite("plan2021.subsidy-kinds", "§(二十六)"),
    follows: "national.gbf2019",
    parameters: [
      declareFromData(veteransCrossProvince, starting(P["eligibility.veteransCrossProvince"])),
      declareFromData(subsidyKinds, starting(P["funding.subsidyKinds"])),
    ],
    parameterOverrides: [
      overrideFromData(nationalFramework, starting<OverrideData<string>>(O["national.framework"])),
      overrideFromData(trainingSubsidyGroupIds, starting<OverrideData<readonly string[]>>(O["trainingSubsidy.groups"])),
      overrideFromData(skillLadder, starting<OverrideData<readonly SkillLevel[]>>(O["levels.skillLadder"])),
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
export const plan2021 = /* @__PURE__ */ (() => plan2021Layer())();
