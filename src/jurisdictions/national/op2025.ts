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
import { defineLayer, replaceParameter } from "../../core/layer.js";
import { withValues } from "../../core/parameter.js";
import type { SkillLevel } from "../../records/common.js";
import { EDUCATION_FUND_2025, frontLineShareMinimum } from "../../provisions/educationFund/educationFund.js";
import { nationalFramework } from "../../provisions/framework.js";
import { olderMigrantProjects } from "../../provisions/groups/olderMigrants.js";
import { EIGHT_LEVEL, skillLadder } from "../../provisions/levels/skillLadder.js";
import type { Sector } from "../../provisions/sectors/prioritySectors.js";
import { prioritySectors, SECTORS_CITATION } from "../../provisions/sectors/prioritySectors.js";
import { capAtFeeCharged, COST_SHARING } from "../../provisions/trainingSubsidy/costSharing.js";
import { shortageTierPricing } from "../../provisions/trainingSubsidy/differentiatedStandard.js";
import { SEVEN_LEVELS } from "./plan2021.js";

/**
 * Issued 2025-06-20.
 * @example OP2025_FROM // → "2025-06-20"
 */
export const OP2025_FROM = "2025-06-20";
/**
 * The day after the action's end (从2025年到2027年底).
 * @example OP2025_END // → "2028-01-01"
 */
export const OP2025_END = "2028-01-01";
const VERIFIED = "2026-11-25";

/**
 * 「新八级工」 (`op2025.eight-level`): op2025 names the system but does not list its levels; the library's
 * list, 学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师, is from outside the text.
 * @example EIGHT_LEVELS[0] // → "apprentice"
 */
export const EIGHT_LEVELS: readonly SkillLevel[] = ["apprentice", ...SEVEN_LEVELS];

/**
 * The national layer of the 2025 opinions on large-scale skills training (2025–2027),
 * following plan2021: priority sectors, differentiated standards, cost sharing, older
 * migrant workers, the eight-level ladder. Encodes the `op2025.*` provisions.
 * @example
 * [op2025.id, op2025.level, op2025.documents] // → ["national.op2025","national",["op2025"]]
 * (op2025.parameters ?? []).length // → 4
 * op2025.follows // → "national.plan2021"
 */
export const op2025 = defineLayer({
  id: "national.op2025",
  level: "national",
  region: null,
  label: { zh: "关于开展大规模职业技能提升培训行动的意见", en: "opinions on large-scale skills-upgrading training (2025–2027)" },
  documents: ["op2025"],
  scope: cite("op2025.targets", "一"),
  follows: "national.plan2021",
  parameters: [
    shortageTierPricing,
    // 「开发适合其就业的职业技能培训项目」: a pack names its projects for older migrant workers.
    withValues<readonly string[]>(olderMigrantProjects, { citation: cite("op2025.older-migrants", "(九)"), values: [{ from: OP2025_FROM, value: [] }], lastVerifiedOn: VERIFIED }),
    // 「收费实行市场调节价的培训项目……“市场化收费+政府补贴”」 (reading: never above the fee charged)
    withValues<boolean>(capAtFeeCharged, { citation: COST_SHARING, values: [{ from: OP2025_FROM, value: true }], lastVerifiedOn: VERIFIED }),
    withValues<readonly Sector[]>(prioritySectors, {
      citation: SECTORS_CITATION,
      values: [{ from: OP2025_FROM, value: ["advancedManufacturing", "digitalEconomy", "lowAltitudeEconomy", "transport", "agricultureAndRural", "lifeServices"] }],
      lastVerifiedOn: VERIFIED,
    }),
  ],
  parameterOverrides: [
    replaceParameter(nationalFramework, {
      label: { zh: "2025—2027 年大规模职业技能提升培训行动", en: "large-scale skills training action 2025–2027" },
      citation: cite("op2025.targets", "一"),
      values: [
        { from: OP2025_FROM, value: "op2025" },
        { from: OP2025_END, value: null },
      ],
      lastVerifiedOn: VERIFIED,
    }),
    // 「确保 60% 以上用于一线职工教育和培训」 (restated)
    replaceParameter(frontLineShareMinimum, {
      label: { zh: "重申 60% 以上用于一线职工", en: "60 % for front-line workers, restated" },
      citation: EDUCATION_FUND_2025,
      values: [{ from: OP2025_FROM, value: "0.60" }],
      lastVerifiedOn: VERIFIED,
    }),
    replaceParameter(skillLadder, {
      label: { zh: "“新八级工”", en: "the new eight-level ladder" },
      citation: EIGHT_LEVEL,
      values: [{ from: OP2025_FROM, value: EIGHT_LEVELS }],
      lastVerifiedOn: VERIFIED,
    }),
  ],
});
