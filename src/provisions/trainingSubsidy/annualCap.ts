/**
 * 每人每年不超过 3 次 — at most three training subsidies per person per year.
 *
 * gbf2019.annual-cap §(十二): 「原则上每人每年可享受不超过 3 次」. reading: annual-cap-calendar-year — the year is
 * the calendar year of the certificate's issue date (the grant's basis date), and only
 * training subsidies count — the measures that count are the parameter
 * {@link annualCapMeasures} (the national layer sets `["trainingSubsidy"]`; a layer may
 * replace it). The limit itself is the parameter {@link annualCapLimit}. Claims that
 * compete in a batch are taken in order of issue date, then filing date, then claim id (the engine); a claim
 * held undecidable earlier in that order keeps its place while undecided (reading
 * claim-order-by-issue-date).
 */
import { cite } from "../../core/citation.js";
import type { Citation } from "../../core/citation.js";
import type { CivilDate } from "../../core/date.js";
import { yearOf } from "../../core/date.js";
import type { Check } from "../../core/decision.js";
import { isResolved } from "../../core/decision.js";
import { defineRule } from "../../core/layer.js";
import type { HeldClaim, Ledger } from "../../core/ledger.js";
import { occupationKey, payOnceKey } from "../../core/ledger.js";
import { defineParameter } from "../../core/parameter.js";
import { measureSet } from "../common.js";
import { otherMeasureGrant } from "../skillUpgrade/trainingOrSkillUpgrade.js";
import { Count, listOf, MeasureShape } from "../values.js";
import type { Measure } from "../../records/kinds.js";

export const ANNUAL_CAP = cite("gbf2019.annual-cap", "§(十二)");

/**
 * Training subsidies per person per calendar year. Encodes `gbf2019.annual-cap` (§(十二)).
 * Parameter `trainingSubsidy.annualCap`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), annualCapLimit, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → 3
 */
export const annualCapLimit = defineParameter<number>({
  id: "trainingSubsidy.annualCap",
  label: { zh: "每人每年可享受职业培训补贴次数上限", en: "training subsidies per person per year, at most" },
  citation: ANNUAL_CAP,
  values: [],
  lastVerifiedOn: "2026-11-25",
  unit: "subsidies/year",
  valueSchema: Count,
});

/**
 * The measures that count toward the annual cap (reading: annual-cap-calendar-year). Encodes `gbf2019.annual-cap` (§(十二)).
 * Parameter `trainingSubsidy.annualCapMeasures`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), annualCapMeasures, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → ["trainingSubsidy"]
 */
export const annualCapMeasures = defineParameter<readonly Measure[]>({
  id: "trainingSubsidy.annualCapMeasures",
  label: { zh: "计入年度次数的补贴项目", en: "measures counted toward the annual cap" },
  citation: ANNUAL_CAP,
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: listOf(MeasureShape),
});

/** What the annual cap looks at. */
export interface AnnualCapInput {
  /** The trainee. */
  readonly traineeId: string;
  /** The basis date of the claim: the certificate's issue date. */
  readonly date: CivilDate;
  /** Past grants. */
  readonly ledger: Ledger;
  /** The trainee's claims judged before this one in the batch and held undecidable (none when absent). */
  readonly held?: readonly HeldClaim[] | undefined;
  /** The pay-once key of the certificate claimed on: a held claim on it competes for that basis, and takes no place of its own. */
  readonly certificateKey?: string | undefined;
  /** The pay-once key of the course the claim is judged with: a held claim on it competes for that training, and takes no place of its own (reading course-trained-once). */
  readonly courseKey?: string | undefined;
  /**
   * The measures of the no-repeat rule in force on the date ({@link noRepeatMeasures}; none when absent), read only when claims
   * are held: held training subsidies of one occupation at one level are paid once between them (one place), and one whose
   * occupation and level the ledger paid can never be paid (no place).
   */
  readonly repeatMeasures?: ReadonlySet<string> | undefined;
}

/**
 * The cap as a pure check: passes while fewer than `cap` grants of the counted measures
 * have a basis date in the same calendar year; a denial names those grants. A claim of a
 * counted measure held undecidable earlier in the batch, in the same year, keeps its place
 * (reading claim-order-by-issue-date; `placesHeld`: save on this claim's certificate or one that can never be paid
 * — paid already, by the other of 「职业培训补贴或参保职工技能提升补贴」 or on its occupation and level; two on one certificate, or
 * under the no-repeat rule on one occupation and level, are one place): while the grants and such held claims together fill
 * the cap, the claim cannot be judged — neither paid on the guess that a held one fails, nor
 * refused on the guess that it is paid — and the check is unknown, naming the held claims.
 * Encodes `gbf2019.annual-cap` (§(十二)).
 * @example
 * const paid = (id: string) => grant({ id, claimId: id, measure: "trainingSubsidy", provision: "gbf2019.certificate-basis", basisDate: "2020-03-01" });
 * const ledger = Ledger.from([paid("G1"), paid("G2"), paid("G3")]);
 * annualCapCheck({ traineeId: "P1", date: civilDate("2020-12-31"), ledger, cap: 3, measures: new Set(["trainingSubsidy"]) }).reason.code // → "annual_cap_reached"
 * annualCapCheck({ traineeId: "P1", date: civilDate("2021-01-01"), ledger, cap: 3, measures: new Set(["trainingSubsidy"]) }).pass // → true
 * const held = [{ claimId: "H1", measure: "trainingSubsidy", basisDate: "2021-02-01" }];
 * annualCapCheck({ traineeId: "P1", date: civilDate("2021-06-01"), ledger, held, cap: 1, measures: new Set(["trainingSubsidy"]) }).reason.facts // → {"heldClaims":["H1"]}
 */
export function annualCapCheck(input: AnnualCapInput & { readonly cap: number; readonly measures: ReadonlySet<string> }): Check {
  const year = yearOf(input.date);
  const earlier = input.ledger.inYear(input.traineeId, year, input.measures);
  const earlierGrants = earlier.map((g) => g.id);
  const measures = [...input.measures];
  if (earlier.length < input.cap) {
    const held = heldInYear(input, year);
    if (held !== null && earlier.length + held.places >= input.cap) return heldCheck(held.claims, ANNUAL_CAP);
    return { pass: true, reason: { code: "within_annual_cap", citation: ANNUAL_CAP, facts: { year, cap: input.cap, earlierGrants, measures, count: earlier.length + 1 } } };
  }
  return { pass: false, reason: { code: "annual_cap_reached", citation: ANNUAL_CAP, facts: { year, cap: input.cap, earlierGrants, measures } } };
}

/** The held claims of the counted measures judged in `year` that may take a place, and how many places they may take; `null` for none. */
function heldInYear(input: AnnualCapInput & { readonly measures: ReadonlySet<string> }, year: number): { claims: HeldClaim[]; places: number } | null {
  if (input.held === undefined || input.held.length === 0) return null;
  const y = String(year).padStart(4, "0");
  const repeat = input.repeatMeasures;
  const claims = placesHeld(input.held, input.ledger, input.certificateKey, input.traineeId, repeat, input.courseKey).filter((h) => h.basisDate.startsWith(y) && input.measures.has(h.measure));
  if (claims.length === 0) return null;
  // Two held claims on one certificate (of one measure) may be paid once: one place. So may two training subsidies of one
  // occupation at one level under 「同一职业同一等级不可重复享受」 (review 18a F1), while the no-repeat rule counts them, and two
  // training subsidies on one course (reading course-trained-once; cold review 67 F2b). The places the held claims may take
  // are as many as the most of them that could all be paid together: each claim joins its level (or its certificate) to
  // its course, and no two paid may share either (cold review 68 F1: sharing is not passed on — H1 and H3 may both be paid
  // though each shares with H2).
  const once = repeat !== undefined && repeat.has("trainingSubsidy");
  const sides = claims.map((h): readonly [string, string] => [
    once && h.measure === "trainingSubsidy" && h.occupationCode !== undefined ? payOnceKey(h.measure, input.traineeId, "level", occupationKey(h.occupationCode, h.level)) : (h.certificateKey ?? `claim ${h.claimId}`),
    h.courseKey ?? `no course: claim ${h.claimId}`,
  ]);
  return { claims, places: placesAmong(sides) };
}

/**
 * How many of some claims could all be paid, when each is paid once for a basis of one kind and once for a basis of another
 * (its occupation at its level, or its certificate; its course) and no two paid may share a basis: the size of a largest
 * matching between the two kinds, each claim an edge (augmenting paths; a person holds a handful of claims).
 * @example placesAmong([["level A", "course 1"], ["level A", "course 2"], ["level B", "course 2"]]) // → 2
 * @example placesAmong([["level A", "course 1"], ["level A", "course 2"]]) // → 1
 * @example placesAmong([["c1", "no course: 1"], ["c2", "no course: 2"], ["c1", "no course: 3"]]) // → 2
 */
export function placesAmong(claims: readonly (readonly [string, string])[]): number {
  const edges = new Map<string, string[]>();
  for (const [left, right] of claims) {
    const list = edges.get(left);
    if (list === undefined) edges.set(left, [right]);
    else if (!list.includes(right)) list.push(right);
  }
  const matchOf = new Map<string, string>(); // a right-hand basis → the left-hand basis matched to it
  const augment = (left: string, seen: Set<string>): boolean => {
    for (const right of edges.get(left) ?? []) {
      if (seen.has(right)) continue;
      seen.add(right);
      const other = matchOf.get(right);
      if (other === undefined || augment(other, seen)) {
        matchOf.set(right, left);
        return true;
      }
    }
    return false;
  };
  let places = 0;
  for (const left of edges.keys()) if (augment(left, new Set())) places += 1;
  return places;
}

/**
 * The held claims that may take a place of their own: not those on the certificate the judged claim names (`certificateKey`:
 * the two compete for one basis, paid once, and the judged one is decided — reading pay-once-basis) or on the course it is
 * judged with (`courseKey`, the same for one training: reading course-trained-once), nor those the ledger
 * now shows can never be paid ({@link neverPaid}).
 * @example placesHeld([{ claimId: "H1", measure: "trainingSubsidy", basisDate: "2020-02-01", certificateKey: "trainingSubsidy|P1|certificate C1" }], Ledger.empty, "trainingSubsidy|P1|certificate C1").length // → 0
 */
export function placesHeld(held: readonly HeldClaim[], ledger: Ledger, certificateKey: string | undefined, traineeId?: string, repeatMeasures?: ReadonlySet<string>, courseKey?: string): HeldClaim[] {
  return held.filter((h) => {
    // on the course the judged claim is judged with: the two compete for one training, and the judged one is decided (reading course-trained-once)
    if (courseKey !== undefined && h.courseKey === courseKey) return false;
    // a held claim with no certificate carries no course either (the engine keys a course only beside a certificate)
    return h.certificateKey === undefined || (h.certificateKey !== certificateKey && !neverPaid(h, ledger, traineeId, repeatMeasures));
  });
}

/**
 * True when the ledger shows a held claim on a certificate can never be paid: its certificate paid under its measure (reading
 * pay-once-basis), or its course's training (reading course-trained-once); a training subsidy whose certificate, or occupation at its level, the insured skill-upgrade subsidy paid, or
 * the other way round (「按规定给予职业培训补贴或参保职工技能提升补贴」, reading training-or-skill-upgrade; review 18a F3); a
 * training subsidy whose occupation at its level a measure of the no-repeat rule (`repeatMeasures`) paid (「同一职业同一等级不可重复享受」).
 * The checks the claim would meet refiled, each definite; `traineeId` absent, only the first.
 * @example neverPaid({ claimId: "H1", measure: "trainingSubsidy", basisDate: "2020-02-01", certificateKey: "trainingSubsidy|P1|certificate C1", certificateId: "C1", occupationCode: "EX-ELEC", level: "junior" }, Ledger.from([grant({ id: "Z1", measure: "insuredSkillUpgradeSubsidy", certificateId: "C1" })]), "P1") // → true
 */
export function neverPaid(h: HeldClaim, ledger: Ledger, traineeId?: string, repeatMeasures?: ReadonlySet<string>): boolean {
  if (h.certificateKey !== undefined && ledger.paidOn(h.certificateKey).length > 0) return true;
  // its course's training already paid (reading course-trained-once; cold review 67 F1, F2)
  if (h.courseKey !== undefined && ledger.paidOn(h.courseKey).length > 0) return true;
  if (traineeId === undefined || h.occupationCode === undefined) return false;
  if ((h.measure === "trainingSubsidy" || h.measure === "insuredSkillUpgradeSubsidy") && h.certificateId !== undefined && otherMeasureGrant(ledger, h.measure, traineeId, h.certificateId, h.occupationCode, h.level) !== undefined) return true;
  return repeatMeasures !== undefined && h.measure === "trainingSubsidy" && ledger.forOccupation(traineeId, repeatMeasures, h.occupationCode, h.level).length > 0;
}

/**
 * Unknown while claims held undecidable earlier in the batch may take the place this claim
 * needs: `earlier_claim_undecided`, naming them; decided once they are (reading
 * claim-order-by-issue-date). Shared by the annual cap and the no-repeat rule.
 * @example heldCheck([{ claimId: "H1", measure: "trainingSubsidy", basisDate: "2020-02-01" }], ANNUAL_CAP).missing // → ["claim H1: decision"]
 */
export function heldCheck(held: readonly HeldClaim[], citation: Citation): Check {
  const heldClaims = held.map((h) => h.claimId);
  return { pass: "unknown", reason: { code: "earlier_claim_undecided", citation, facts: { heldClaims } }, missing: heldClaims.map((id) => `claim ${id}: decision`) };
}

/**
 * The cap as the policy sets it on the basis date; `null` when no cap is in force then
 * (the parameter read still appears in the trace). Encodes `gbf2019.annual-cap` (§(十二)).
 * @example [annualCap.id, annualCap.citation.provision] // → ["trainingSubsidy.annualCap","gbf2019.annual-cap"]
 */
export const annualCap = defineRule({
  id: "trainingSubsidy.annualCap",
  label: { zh: "每人每年享受职业培训补贴次数", en: "annual cap on training subsidies" },
  citation: ANNUAL_CAP,
  run: (ctx, input: AnnualCapInput): Check | null => {
    const cap = ctx.param(annualCapLimit, input.date);
    const measures = ctx.param(annualCapMeasures, input.date);
    if (!isResolved(cap) || !isResolved(measures)) return null;
    return annualCapCheck({ traineeId: input.traineeId, date: input.date, ledger: input.ledger, held: input.held, certificateKey: input.certificateKey, courseKey: input.courseKey, repeatMeasures: input.repeatMeasures, cap: cap.value, measures: measureSet(measures.value) });
  },
});
