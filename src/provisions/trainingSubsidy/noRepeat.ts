/**
 * 「同一职业同一等级不可重复享受」 — the same occupation at the same level is never
 * subsidised twice.
 *
 * gbf2019.no-repeat §(十二). reading: no-repeat-whole-history — over the person's whole history, across years
 * and payees, keyed by occupation and level (an unleveled certificate: occupation or
 * project alone). The measures that count are the parameter {@link noRepeatMeasures}
 * (the national layer sets `["trainingSubsidy"]`; the appraisal subsidy has its own
 * first-time rule).
 */
import { cite } from "../../core/citation.js";
import type { CivilDate } from "../../core/date.js";
import type { Check } from "../../core/decision.js";
import { isResolved } from "../../core/decision.js";
import { defineRule } from "../../core/layer.js";
import type { HeldClaim, Ledger } from "../../core/ledger.js";
import { occupationKey } from "../../core/ledger.js";
import { defineParameter } from "../../core/parameter.js";
import { grantFieldsMissing, grantsWithoutOccupation, measureSet } from "../common.js";
import { listOf, MeasureShape } from "../values.js";
import { heldCheck, placesHeld } from "./annualCap.js";
import type { Measure } from "../../records/kinds.js";

export const NO_REPEAT = cite("gbf2019.no-repeat", "§(十二)");

/**
 * The measures whose earlier grants block a repeat (reading: no-repeat-whole-history). Encodes `gbf2019.no-repeat` (§(十二)).
 * Parameter `trainingSubsidy.noRepeatMeasures`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), noRepeatMeasures, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → ["trainingSubsidy"]
 */
export const noRepeatMeasures = defineParameter<readonly Measure[]>({
  id: "trainingSubsidy.noRepeatMeasures",
  label: { zh: "同一职业同一等级不可重复享受的补贴项目", en: "measures that may not repeat for one occupation and level" },
  citation: NO_REPEAT,
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: listOf(MeasureShape),
});

/** What the no-repeat rule looks at. */
export interface NoRepeatInput {
  /** The trainee. */
  readonly traineeId: string;
  /** The certificate's occupation (or project) code. */
  readonly occupationCode: string;
  /** The certificate's level, if it has one. */
  readonly level: string | undefined;
  /** The basis date (certificate issue date): the date the measures are read on. */
  readonly date: CivilDate;
  /** Past grants. */
  readonly ledger: Ledger;
  /** The pay-once key of the certificate claimed on: an earlier grant holding it that names no occupation is left to that key. */
  readonly certificateKey?: string | undefined;
  /** The pay-once key of the course the claim is judged with: a held claim on it competes for that training (reading course-trained-once). */
  readonly courseKey?: string | undefined;
  /** The trainee's claims judged before this one in the batch and held undecidable (none when absent). */
  readonly held?: readonly HeldClaim[] | undefined;
}

/**
 * Passes when no earlier grant of the measures has this occupation and level; a
 * denial names the earlier grants. Unknown while an earlier grant of the measures names no
 * occupation (save one holding the pay-once key of the certificate claimed on): reading earlier-grant-says-what-it-paid. Unknown too
 * while a claim of the measures on this occupation and level, judged earlier in the batch, is held undecidable: it may be the
 * one paid (reading claim-order-by-issue-date) — save one on this certificate or on one already paid (`placesHeld`). Encodes `gbf2019.no-repeat` (§(十二)).
 * @example
 * const ledger = Ledger.from([grant({ measure: "trainingSubsidy", provision: "gbf2019.certificate-basis", occupationCode: "EX-ELEC", level: "junior" })]);
 * const ask = { traineeId: "P1", occupationCode: "EX-ELEC", date: civilDate("2022-05-01"), ledger, measures: new Set(["trainingSubsidy"]) };
 * noRepeatCheck({ ...ask, level: "junior" }).reason.code // → "occupation_level_already_subsidised"
 * noRepeatCheck({ ...ask, level: "intermediate" }).pass // → true
 * const held = [{ claimId: "H1", measure: "trainingSubsidy", basisDate: "2022-02-01", occupationCode: "EX-ELEC", level: "intermediate" }];
 * noRepeatCheck({ ...ask, level: "intermediate", held }).reason.code // → "earlier_claim_undecided"
 */
export function noRepeatCheck(input: NoRepeatInput & { readonly measures: ReadonlySet<string> }): Check {
  const earlier = input.ledger.forOccupation(input.traineeId, input.measures, input.occupationCode, input.level);
  const facts = { occupation: input.occupationCode, level: input.level ?? null };
  // the facts as one literal in the spread's order (a spread and two properties added to it take the slow generic path)
  if (earlier.length > 0) return { pass: false, reason: { code: "occupation_level_already_subsidised", citation: NO_REPEAT, facts: { occupation: facts.occupation, level: facts.level, earlierGrants: earlier.map((g) => g.id), earlierClaims: earlier.map((g) => g.claimId) } } };
  // An earlier grant that names no occupation may have paid this one (reading: earlier-grant-says-what-it-paid).
  const unknown = grantsWithoutOccupation(input.ledger, input.traineeId, input.measures, input.certificateKey);
  if (unknown.length > 0) return grantFieldsMissing(unknown, "occupationCode", NO_REPEAT);
  if (input.held !== undefined && input.held.length > 0) {
    const key = occupationKey(input.occupationCode, input.level);
    const held = placesHeld(input.held, input.ledger, input.certificateKey, input.traineeId, input.measures, input.courseKey).filter((h) => h.occupationCode !== undefined && input.measures.has(h.measure) && occupationKey(h.occupationCode, h.level) === key);
    if (held.length > 0) return heldCheck(held, NO_REPEAT);
  }
  return { pass: true, reason: { code: "first_for_occupation_level", citation: NO_REPEAT, facts } };
}

/**
 * The no-repeat rule as the policy sets it; `null` when the rule is not in force on the
 * date. Encodes `gbf2019.no-repeat` (§(十二)).
 * @example [noRepeat.id, noRepeat.citation.provision] // → ["trainingSubsidy.noRepeat","gbf2019.no-repeat"]
 */
export const noRepeat = defineRule({
  id: "trainingSubsidy.noRepeat",
  label: { zh: "同一职业同一等级不可重复享受", en: "no repeat for one occupation and level" },
  citation: NO_REPEAT,
  run: (ctx, input: NoRepeatInput): Check | null => {
    const measures = ctx.param(noRepeatMeasures, input.date);
    if (!isResolved(measures)) return null;
    // One literal of one shape for every claim (a conditional spread is a slow path in V8).
    return noRepeatCheck({ traineeId: input.traineeId, occupationCode: input.occupationCode, level: input.level, date: input.date, ledger: input.ledger, measures: measureSet(measures.value), certificateKey: input.certificateKey, courseKey: input.courseKey, held: input.held });
  },
});
