/**
 * 职业技能等级序列 — the skill levels a certificate may carry on a date.
 *
 * - gf2018.skill-level-system §(十一) (the 2018 chain only): 「建立与国家职业资格制度相衔接、与终身职业技能培训制度相适应的职业技能等级制度」 —
 *   the five levels of the 职业资格 system from 2018-05-03 (reading skill-ladder-2018).
 * - gbf2019 §(十一): 「初级工、中级工、高级工、技师、高级技师」 (the old five), and
 *   gbf2019.chief-technician §(十八): 「鼓励企业设立首席技师、特级技师等」 — on the ladder from
 *   2019-05-18 (reading chief-technician-from-2019: the same words as plan2021 §(二十)).
 * - plan2021.skill-ladder §(二十): 「鼓励企业设立首席技师、特级技师」 above 高级技师.
 * - op2025.eight-level (十四): 「大力推行“新八级工”职业技能等级制度」 (the text lists no levels; the library's eight, 学徒工 … 首席技师, are from outside it).
 *
 * Each national layer sets the ladder {@link skillLadder} from its own date; a
 * certificate whose level is not on the ladder in force on its issue date earns no
 * training subsidy.
 */
import { cite } from "../../core/citation.js";
import type { Citation } from "../../core/citation.js";
import type { CivilDate } from "../../core/date.js";
import type { Check } from "../../core/decision.js";
import { defineParameter } from "../../core/parameter.js";
import { listOf, SkillLevelShape } from "../values.js";
import type { SkillLevel } from "../../records/common.js"; // type only: erased, no zod at run time

export const SKILL_LADDER = cite("plan2021.skill-ladder", "§(二十)");
export const EIGHT_LEVEL = /* @__PURE__ */ cite("op2025.eight-level", "(十四)");
/** 鼓励企业设立首席技师、特级技师等 (gbf2019 §(十八)): where the two top levels of gbf2019's ladder come from. */
export const CHIEF_TECHNICIAN = cite("gbf2019.chief-technician", "§(十八)");

/**
 * The provision that puts a level on gbf2019's ladder: §(十一) for the five, §(十八) for
 * 特级技师 and 首席技师 (reading chief-technician-from-2019); a later text's own citation otherwise.
 * Encodes `gbf2019.chief-technician` (§(十八)).
 * @example ladderCitation("chiefTechnician", cite("gbf2019.employee-training", "§(十一)")).provision // → "gbf2019.chief-technician"
 */
export function ladderCitation(level: SkillLevel, citation: Citation): Citation {
  return citation.provision === "gbf2019.employee-training" && (level === "principalTechnician" || level === "chiefTechnician") ? CHIEF_TECHNICIAN : citation;
}

/**
 * The skill levels in force, lowest first: five, then seven (plan2021), then eight
 * (op2025). Encodes `plan2021.skill-ladder` (§(二十)) and `op2025.eight-level` (十四).
 * Parameter `levels.skillLadder`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalFrameworksPolicy(), skillLadder, civilDate("2025-07-01"));
 * isResolved(r) ? r.value : r.reason // → ["apprentice","junior","intermediate","senior","technician","seniorTechnician","principalTechnician","chiefTechnician"]
 */
export const skillLadder = defineParameter<readonly SkillLevel[]>({
  id: "levels.skillLadder",
  label: { zh: "职业技能等级序列", en: "skill-level ladder" },
  citation: SKILL_LADDER,
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: listOf(SkillLevelShape, { nonEmpty: true }),
});

/**
 * Passes when the level is on the ladder. Encodes `plan2021.skill-ladder` (§(二十)).
 * @example
 * levelOnLadder("chiefTechnician", FIVE_LEVELS, civilDate("2020-06-01")).pass // → false
 * levelOnLadder("chiefTechnician", EIGHT_LEVELS, civilDate("2025-07-01")).pass // → true
 */
export function levelOnLadder(level: SkillLevel, ladder: readonly SkillLevel[], date: CivilDate, citation = SKILL_LADDER): Check {
  if (ladder.includes(level)) return { pass: true, reason: { code: "level_on_ladder", citation, facts: { level } } };
  return { pass: false, reason: { code: "level_not_on_ladder", citation, facts: { level, date, ladder: [...ladder] } } };
}
