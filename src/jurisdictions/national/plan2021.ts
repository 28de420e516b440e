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
import { defineLayer } from "../../core/layer.js";
import { declareFromData, overrideFromData } from "../../core/parameterData.js";
import type { SkillLevel } from "../../records/common.js";
import { veteransCrossProvince } from "../../provisions/eligibility/veteransCrossProvince.js";
import { nationalFramework } from "../../provisions/framework.js";
import { subsidyKinds } from "../../provisions/funding/subsidyKinds.js";
import { skillLadder } from "../../provisions/levels/skillLadder.js";
import { trainingSubsidyGroupIds } from "../../provisions/trainingSubsidy/trainingSubsidyGroups.js";
import { PLAN2021_PARAMS } from "./plan2021.params.js";

/** The layer's parameter values, from plan2021.params.yaml. */
const P = PLAN2021_PARAMS.parameters;
const O = PLAN2021_PARAMS.overrides;

/**
 * First day of the plan's period (reading: no day of issue in the text).
 * @example PLAN2021_FROM // → "2021-01-01"
 */
export const PLAN2021_FROM: string = O["national.framework"].values[0].from;
/**
 * The day after the plan's period 2021–2025.
 * @example PLAN2021_END // → "2026-01-01"
 */
export const PLAN2021_END: string = O["national.framework"].values[1].from;
/**
 * The old five plus 特级技师 and 首席技师 (`plan2021.skill-ladder`, from plan2021.params.yaml).
 * @example SEVEN_LEVELS.slice(-2) // → ["principalTechnician","chiefTechnician"]
 */
export const SEVEN_LEVELS: readonly SkillLevel[] = O["levels.skillLadder"].values[0].value;

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
    declareFromData(veteransCrossProvince, P["eligibility.veteransCrossProvince"]),
    declareFromData(subsidyKinds, P["funding.subsidyKinds"]),
  ],
  parameterOverrides: [
    overrideFromData(nationalFramework, O["national.framework"]),
    overrideFromData(trainingSubsidyGroupIds, O["trainingSubsidy.groups"]),
    overrideFromData(skillLadder, O["levels.skillLadder"]),
  ],
});
