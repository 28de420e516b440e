/**
 * Jiaxing's residency bases (jx2019.residency 五(十一)): local hukou, **or** living locally
 * with a residence permit, **or** employed/self-employed locally, **or** registered
 * unemployed locally. The Jiaxing layer replaces the national rule `eligibility.residency`
 * (gbf2019.certificate-basis, whose 常住地 needs no permit) with {@link residencyJiaxing}.
 */
import { cite } from "../../core/citation.js";
import type { Check } from "../../core/decision.js";
import type { ResidencyInput } from "../../provisions/eligibility/residency.js";
import { regionWithin, residencyBasesWith, residencyCheck } from "../../provisions/eligibility/residency.js";

export const JIAXING_RESIDENCY = cite("jx2019.residency", "五(十一)");

/** The fields that would tell residence with a permit, by which are missing (region 1, permit 2): shared lists, read-only. */
const RESIDENCE_MISSING: readonly (readonly string[])[] = [
  Object.freeze([]),
  Object.freeze(["trainee.residenceRegion"]),
  Object.freeze(["trainee.hasResidencePermit"]),
  Object.freeze(["trainee.residenceRegion", "trainee.hasResidencePermit"]),
];

/**
 * The Jiaxing residency bases: local hukou, or local residence **with a residence permit**,
 * or employed/self-employed locally, or registered unemployed locally. Encodes
 * `jx2019.residency` (五(十一)).
 * @example
 * const resident = trainee({ hukouRegion: "anhui.fuyang", residenceRegion: "zhejiang.jiaxing.nanhu", hasResidencePermit: false });
 * residencyJiaxing({ trainee: resident, region: "zhejiang.jiaxing" }).reason.code // → "residency_unknown"
 */
export function residencyJiaxing(input: ResidencyInput): Check {
  const { trainee, region } = input;
  const residence = regionWithin(trainee.residenceRegion, region);
  const permitted: boolean | "unknown" =
    residence === false ? false : trainee.hasResidencePermit === false ? false : residence === true && trainee.hasResidencePermit === true ? true : "unknown";
  // a residence recorded only as a wider region holding the city is asked for as a missing one is (reading place-recorded-wider;
  // cold review 97 F1: held asking for nothing)
  const wider = permitted === "unknown" && residence === "unknown" && trainee.residenceRegion !== undefined;
  const residenceMissing = RESIDENCE_MISSING[(trainee.residenceRegion === undefined || wider ? 1 : 0) + (trainee.hasResidencePermit === undefined ? 2 : 0)] as readonly string[];
  const basis = { name: "residenceRegion+residencePermit", holds: permitted, missing: residenceMissing };
  return residencyCheck(
    residencyBasesWith(trainee, region, wider ? { ...basis, wider: true } : basis),
    JIAXING_RESIDENCY,
    region,
    "jiaxing",
  );
}
