/**
 * Residency bases (属地条件, our term): whether a trainee belongs to a place for the
 * training subsidy policy.
 *
 * - National, gbf2019.certificate-basis §(十二): 「在户籍地、常住地、求职就业地参加培训」 —
 *   training taken in the trainee's hukou place, habitual residence or job-seeking/employment
 *   place. Reading (job-seeking-place): registering as unemployed (失业登记) is registering to
 *   seek work, so the place of registration is a 求职地 (`unemploymentRegisteredAt`), as is
 *   the place of work (`employmentRegion`).
 *
 * A local text that sets its own bases replaces the rule {@link residency} in its layer,
 * folding its bases with {@link residencyCheck}.
 */
import { cite } from "../../core/citation.js";
import type { Citation } from "../../core/citation.js";
import type { Check } from "../../core/decision.js";
import { defineRule } from "../../core/layer.js";
import { regionWithin } from "../../records/kinds.js";
import type { Trainee } from "../../records/trainee.js";

/** What the residency rules look at: the trainee and the place in question. */
export interface ResidencyInput {
  /** The trainee. */
  readonly trainee: Trainee;
  /** The place in question: the jurisdiction, or where the training took place. */
  readonly region: string;
}

/** One residency basis: its name (for the reason's facts), whether it holds, and the record fields that would tell. */
export interface ResidencyBasis {
  /** The basis, e.g. `hukouRegion`. */
  readonly name: string;
  /** Whether it holds for the place in question. */
  readonly holds: boolean | "unknown";
  /** The record fields that would tell, when it is unknown. */
  readonly missing: readonly string[];
  /** Unknown because the record names only a wider region that holds the place (reading place-recorded-wider). */
  readonly wider?: true;
}

/**
 * Folds residency bases into one check citing `citation`: passes naming every basis that
 * holds; else unknown, listing the fields that would tell; else fails. `scheme` names
 * whose bases these are (the reason's facts say so).
 * @example
 * const at = cite("gbf2019.certificate-basis", "§(十二)");
 * residencyCheck([{ name: "hukouRegion", holds: true, missing: [] }], at, "example.city", "national").reason.facts // → {"bases":["hukouRegion"],"region":"example.city"}
 * residencyCheck([{ name: "hukouRegion", holds: "unknown", missing: ["trainee.hukouRegion"] }], at, "example.city", "national").missing // → ["trainee.hukouRegion"]
 */
export function residencyCheck(bases: readonly ResidencyBasis[], citation: Citation, region: string, scheme: string): Check {
  // One loop rather than filter + map: asked for every claim.
  const held: string[] = [];
  for (const b of bases) if (b.holds === true) held.push(b.name);
  if (held.length > 0) return { pass: true, reason: { code: "residency_basis", citation, facts: { bases: held, region } } };
  const unknown = bases.filter((b) => b.holds === "unknown");
  if (unknown.length > 0) {
    // the facts name the bases unknown, the others being known not to hold here (cold review 75 F1: the message named all four)
    const wider = unknown.filter((b) => b.wider === true).map((b) => b.name);
    const facts = wider.length === 0 ? { region, scheme, unknown: unknown.map((b) => b.name) } : { region, scheme, unknown: unknown.map((b) => b.name), wider };
    return { pass: "unknown", reason: { code: "residency_unknown", citation, facts }, missing: unknown.flatMap((b) => b.missing) };
  }
  return { pass: false, reason: { code: "no_residency_basis", citation, facts: { region, scheme } } };
}

export { regionWithin };

/**
 * The basis one of the trainee's recorded regions gives: it holds when that region lies within the
 * place, and is unknown, asking for the field, when the record does not give it.
 * @example
 * regionBasis(trainee({ hukouRegion: "example.city.east" }), "hukouRegion", "example.city") // → {"name":"hukouRegion","holds":true,"missing":["trainee.hukouRegion"]}
 */
export function regionBasis(trainee: Trainee, field: "hukouRegion" | "residenceRegion" | "employmentRegion" | "unemploymentRegisteredAt", region: string): ResidencyBasis {
  return fieldBasis(field, trainee[field], MISSING_FIELD[field], region);
}

/** The trainee's record fields that name a region a residency basis reads. */
type RegionField = "hukouRegion" | "residenceRegion" | "employmentRegion" | "unemploymentRegisteredAt";

/**
 * {@link regionBasis} of a field whose value and missing list the caller read by name: a read by a field name known only at
 * run time is a slow keyed lookup (about 650 instructions a claim for the three bases every residency check reads, 2026-12-07).
 */
function fieldBasis(field: RegionField, value: string | undefined, missing: readonly string[], region: string): ResidencyBasis {
  const holds = regionWithin(value, region);
  return holds === "unknown" && value !== undefined ? { name: field, holds, missing, wider: true } : { name: field, holds, missing };
}

/** The record field that would tell each basis, as a list (one per field, shared: every claim asks; read-only). */
const MISSING_FIELD: Readonly<Record<RegionField, readonly string[]>> = {
  hukouRegion: Object.freeze(["trainee.hukouRegion"]),
  residenceRegion: Object.freeze(["trainee.residenceRegion"]),
  employmentRegion: Object.freeze(["trainee.employmentRegion"]),
  unemploymentRegisteredAt: Object.freeze(["trainee.unemploymentRegisteredAt"]),
};

/**
 * The four bases a residency check reads, in its order: hukou, the residence basis given (the national one, or a
 * local one that asks more of a residence), employment and unemployment registration.
 * @example residencyBasesWith(trainee(), "example.city", { name: "residence", holds: true, missing: [] }).map((b) => b.name) // → ["hukouRegion","residence","employmentRegion","unemploymentRegisteredAt"]
 */
export function residencyBasesWith(trainee: Trainee, region: string, residence: ResidencyBasis): ResidencyBasis[] {
  return [
    fieldBasis("hukouRegion", trainee.hukouRegion, MISSING_FIELD.hukouRegion, region),
    residence,
    fieldBasis("employmentRegion", trainee.employmentRegion, MISSING_FIELD.employmentRegion, region),
    fieldBasis("unemploymentRegisteredAt", trainee.unemploymentRegisteredAt, MISSING_FIELD.unemploymentRegisteredAt, region),
  ];
}

export const NATIONAL_RESIDENCY = cite("gbf2019.certificate-basis", "§(十二)");

/**
 * The national residency bases: hukou place, habitual residence or job-seeking/employment
 * place (the place of work, or of unemployment registration: reading job-seeking-place).
 * Encodes `gbf2019.certificate-basis` (§(十二)).
 * @example
 * residencyBases({ trainee: trainee({ hukouRegion: "example.city.east" }), region: "example.city" }).pass // → true
 * residencyBases({ trainee: trainee({ hukouRegion: "example.elsewhere", unemploymentRegisteredAt: "example.city.west" }), region: "example.city" }).pass // → true
 * residencyBases({ trainee: trainee({ hukouRegion: undefined }), region: "example.city" }).missing // → ["trainee.hukouRegion","trainee.residenceRegion","trainee.employmentRegion","trainee.unemploymentRegisteredAt"]
 */
export function residencyBases(input: ResidencyInput): Check {
  const { trainee, region } = input;
  return residencyCheck(
    residencyBasesWith(trainee, region, fieldBasis("residenceRegion", trainee.residenceRegion, MISSING_FIELD.residenceRegion, region)),
    NATIONAL_RESIDENCY,
    region,
    "national",
  );
}

/**
 * The residency rule (`eligibility.residency`) as the national layer declares it, running
 * {@link residencyBases}; a layer whose text sets other bases replaces it.
 * Encodes `gbf2019.certificate-basis` (§(十二)).
 * @example [residency.id, residency.citation.provision] // → ["eligibility.residency","gbf2019.certificate-basis"]
 */
export const residency = defineRule({
  id: "eligibility.residency",
  label: { zh: "培训补贴属地条件", en: "residency basis for the training subsidy" },
  citation: NATIONAL_RESIDENCY,
  run: (_ctx, input: ResidencyInput): Check => residencyBases(input),
});
