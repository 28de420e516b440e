/**
 * Residency bases (属地条件, our term): whether a trainee belongs to a place for the
 * training subsidy policy.
 *
 * - National, gbf2019.certificate-basis §(十二): 「在户籍地、常住地、求职就业地参加培训」 —
 *   training taken in the trainee's hukou place, habitual residence or job-seeking/employment
 *   place. Reading (job-seeking-place): registering as unemployed (失业登记) is registering to
 *   seek work, so the place of registration is a 求职地 (`unemploymentRegisteredAt`), as is
 *   the place of work (`employmentRegion`).
 * - Jiaxing, jx2019.residency 五(十一): local hukou, **or** living locally with a residence
 *   permit, **or** employed/self-employed locally, **or** registered unemployed locally.
 *   The Jiaxing layer replaces the national rule with {@link residencyJiaxing}.
 */
import { cite } from "../../core/citation.js";
import type { Check } from "../../core/decision.js";
import { defineRule } from "../../core/layer.js";
import { isWithinRegion } from "../../records/common.js";
import type { Trainee } from "../../records/trainee.js";

/** What the residency rules look at: the trainee and the place in question. */
export interface ResidencyInput {
  /** The trainee. */
  readonly trainee: Trainee;
  /** The place in question: the jurisdiction, or where the training took place. */
  readonly region: string;
}

type Basis = { readonly name: string; readonly holds: boolean | "unknown"; readonly missing: readonly string[] };

function fold(bases: readonly Basis[], citation: ReturnType<typeof cite>, region: string, scheme: "national" | "jiaxing"): Check {
  const held = bases.filter((b) => b.holds === true).map((b) => b.name);
  if (held.length > 0) return { pass: true, reason: { code: "residency_basis", citation, facts: { bases: held, region } } };
  const unknown = bases.filter((b) => b.holds === "unknown");
  if (unknown.length > 0) {
    return { pass: "unknown", reason: { code: "residency_unknown", citation, facts: { region, scheme } }, missing: unknown.flatMap((b) => b.missing) };
  }
  return { pass: false, reason: { code: "no_residency_basis", citation, facts: { region, scheme } } };
}

function within(value: string | undefined, region: string): boolean | "unknown" {
  return value === undefined ? "unknown" : isWithinRegion(value, region);
}

export const NATIONAL_RESIDENCY = cite("gbf2019.certificate-basis", "§(十二)");

/**
 * The national residency bases: hukou place, habitual residence or job-seeking/employment
 * place (the place of work, or of unemployment registration: reading job-seeking-place).
 * Encodes `gbf2019.certificate-basis` (§(十二)).
 * @example
 * residencyBases({ trainee: trainee({ hukouRegion: "zhejiang.jiaxing.haining" }), region: "zhejiang.jiaxing" }).pass // → true
 * residencyBases({ trainee: trainee({ hukouRegion: "anhui.hefei", unemploymentRegisteredAt: "zhejiang.jiaxing.nanhu" }), region: "zhejiang.jiaxing" }).pass // → true
 * residencyBases({ trainee: trainee({ hukouRegion: undefined }), region: "zhejiang.jiaxing" }).missing // → ["trainee.hukouRegion","trainee.residenceRegion","trainee.employmentRegion","trainee.unemploymentRegisteredAt"]
 */
export function residencyBases(input: ResidencyInput): Check {
  const { trainee, region } = input;
  return fold(
    [
      { name: "hukouRegion", holds: within(trainee.hukouRegion, region), missing: ["trainee.hukouRegion"] },
      { name: "residenceRegion", holds: within(trainee.residenceRegion, region), missing: ["trainee.residenceRegion"] },
      { name: "employmentRegion", holds: within(trainee.employmentRegion, region), missing: ["trainee.employmentRegion"] },
      { name: "unemploymentRegisteredAt", holds: within(trainee.unemploymentRegisteredAt, region), missing: ["trainee.unemploymentRegisteredAt"] },
    ],
    NATIONAL_RESIDENCY,
    region,
    "national",
  );
}

/**
 * The residency rule (`eligibility.residency`) as the national layer declares it, running
 * {@link residencyBases}; the Jiaxing layer replaces it with {@link residencyJiaxing}.
 * Encodes `gbf2019.certificate-basis` (§(十二)).
 * @example [residency.id, residency.citation.provision] // → ["eligibility.residency","gbf2019.certificate-basis"]
 */
export const residency = defineRule({
  id: "eligibility.residency",
  label: { zh: "培训补贴属地条件", en: "residency basis for the training subsidy" },
  citation: NATIONAL_RESIDENCY,
  run: (_ctx, input: ResidencyInput): Check => residencyBases(input),
});

export const JIAXING_RESIDENCY = cite("jx2019.residency", "五(十一)");

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
  const residence = within(trainee.residenceRegion, region);
  const permitted: boolean | "unknown" =
    residence === false ? false : trainee.hasResidencePermit === false ? false : residence === true && trainee.hasResidencePermit === true ? true : "unknown";
  const residenceMissing = [
    ...(trainee.residenceRegion === undefined ? ["trainee.residenceRegion"] : []),
    ...(trainee.hasResidencePermit === undefined ? ["trainee.hasResidencePermit"] : []),
  ];
  return fold(
    [
      { name: "hukouRegion", holds: within(trainee.hukouRegion, region), missing: ["trainee.hukouRegion"] },
      { name: "residenceRegion+residencePermit", holds: permitted, missing: residenceMissing },
      { name: "employmentRegion", holds: within(trainee.employmentRegion, region), missing: ["trainee.employmentRegion"] },
      { name: "unemploymentRegisteredAt", holds: within(trainee.unemploymentRegisteredAt, region), missing: ["trainee.unemploymentRegisteredAt"] },
    ],
    JIAXING_RESIDENCY,
    region,
    "jiaxing",
  );
}
