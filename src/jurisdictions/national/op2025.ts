/**
 * The national layer of the 2025 opinions on large-scale skills training (op2025),
 * following plan2021 in time: in force from 2025-06-20 to the end of 2027.
 *
 * From its first day: the framework marker reads `op2025`; the "new eight-level"
 * ladder (「新八级工」; the text names it but does not list its levels: the list 学徒工 … 首席技师 is the library's, from outside the text) is in force; the training subsidy never exceeds the fee
 * actually charged (op2025.cost-sharing, the library's reading); a pack may price
 * shortage tiers (op2025.differentiated-subsidy — declared here without values, since
 * the text sets no factor); the priority sectors are listed.
 */
import { cite } from "../../core/citation.js";
import { defineLayer } from "../../core/layer.js";
import { declareFromData, overrideFromData } from "../../core/parameterData.js";
import type { SkillLevel } from "../../records/common.js";
import { frontLineShareMinimum } from "../../provisions/educationFund/educationFund.js";
import { nationalFramework } from "../../provisions/framework.js";
import { olderMigrantProjects } from "../../provisions/groups/olderMigrants.js";
import { skillLadder } from "../../provisions/levels/skillLadder.js";
import { prioritySectors } from "../../provisions/sectors/prioritySectors.js";
import { capAtFeeCharged } from "../../provisions/trainingSubsidy/costSharing.js";
import { shortageTierPricing } from "../../provisions/trainingSubsidy/differentiatedStandard.js";
import { OP2025_PARAMS } from "./op2025.params.js";

/** The layer's parameter values, from op2025.params.yaml. */
const P = /* @__PURE__ */ (() => OP2025_PARAMS.parameters)();
const O = /* @__PURE__ */ (() => OP2025_PARAMS.overrides)();

/**
 * Issued 2025-06-20.
 * @example OP2025_FROM // → "2025-06-20"
 */
export const OP2025_FROM: string = /* @__PURE__ */ (() => O["national.framework"].values[0].from)();
/**
 * The day after the action's end (从2025年到2027年底).
 * @example OP2025_END // → "2028-01-01"
 */
export const OP2025_END: string = /* @__PURE__ */ (() => O["national.framework"].values[1].from)();
/**
 * 「新八级工」 (`op2025.eight-level`): op2025 names the system but does not list its levels; the library's
 * list, 学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师, is from outside the text (from op2025.params.yaml).
 * @example EIGHT_LEVELS[0] // → "apprentice"
 */
export const EIGHT_LEVELS: readonly SkillLevel[] = /* @__PURE__ */ (() => O["levels.skillLadder"].values[0].value)();

/**
 * The national layer of the 2025 opinions on large-scale skills training (2025–2027),
 * following plan2021: priority sectors, differentiated standards, cost sharing, older
 * migrant workers, the eight-level ladder. Encodes the `op2025.*` provisions.
 * @example
 * [op2025.id, op2025.level, op2025.documents] // → ["national.op2025","national",["op2025"]]
 * (op2025.parameters ?? []).length // → 4
 * op2025.follows // → "national.plan2021"
 */
export const op2025 = /* @__PURE__ */ (() =>
  defineLayer({
    id: "national.op2025",
    level: "national",
    region: null,
    label: { zh: "关于开展大规模职业技能提升培训行动的意见", en: "opinions on large-scale skills-upgrading training (2025–2027)" },
    documents: ["op2025"],
    scope: cite("op2025.targets", "一"),
    follows: "national.plan2021",
    parameters: [
      shortageTierPricing,
      declareFromData(olderMigrantProjects, P["eligibility.olderMigrantProjects"]),
      declareFromData(capAtFeeCharged, P["trainingSubsidy.capAtFeeCharged"]),
      declareFromData(prioritySectors, P["sectors.priority"]),
    ],
    parameterOverrides: [
      overrideFromData(nationalFramework, O["national.framework"]),
      overrideFromData(frontLineShareMinimum, O["educationFund.frontLineShareMinimum"]),
      overrideFromData(skillLadder, O["levels.skillLadder"]),
    ],
  }))();
