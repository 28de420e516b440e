/**
 * 「分行业领域职业技能提升培训」 — the priority sectors of op2025.
 *
 * op2025.sectors 二(一)–(六) (paraphrase, the sectors of the six headings): 先进制造业、数字经济、低空经济、交通运输、农业农村、生活服务业
 * （养老、家政、长期照护、文化和旅游）. A training project or an enterprise may carry a
 * sector tag (`Sector` in the records); the list in force is the parameter
 * {@link prioritySectors}, which the op2025 layer sets.
 */
import { cite } from "../../core/citation.js";
import { defineParameter } from "../../core/parameter.js";
import { SECTORS } from "../../records/kinds.js";
import { enumOf, listOf } from "../values.js";

export const SECTORS_CITATION = /* @__PURE__ */ cite("op2025.sectors", "二(一)–(六)");

/** A sector tag, one of {@link SECTORS}. */
export type Sector = (typeof SECTORS)[number];

/**
 * The priority sectors in force (from op2025). Encodes `op2025.sectors` (二(一)–(六)).
 * Parameter `sectors.priority`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalFrameworksPolicy(), prioritySectors, civilDate("2025-07-01"));
 * isResolved(r) ? r.value : r.reason // → ["advancedManufacturing","digitalEconomy","lowAltitudeEconomy","transport","agricultureAndRural","lifeServices"]
 */
export const prioritySectors = /* @__PURE__ */ defineParameter<readonly Sector[]>({
  id: "sectors.priority",
  label: { zh: "重点行业领域", en: "priority sectors" },
  citation: SECTORS_CITATION,
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: listOf(enumOf(SECTORS)),
});

/**
 * True when the sector is a priority sector of the list in force.
 * Encodes `op2025.sectors` (二(一)–(六)).
 * @example
 * isPrioritySector("lowAltitudeEconomy", ["lowAltitudeEconomy"]) // → true
 * isPrioritySector(undefined, ["lowAltitudeEconomy"]) // → false
 */
export function isPrioritySector(sector: Sector | undefined, list: readonly Sector[]): boolean {
  // an untagged project (sector undefined) is in no list
  return (list as readonly (Sector | undefined)[]).includes(sector);
}
