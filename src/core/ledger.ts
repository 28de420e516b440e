/**
 * The ledger: a person's past grants, indexed for the claim-history questions the
 * texts ask: how many in a calendar year (gbf2019.annual-cap), whether this
 * occupation and level was already paid (gbf2019.no-repeat, the appraisal subsidy's
 * first-time rule), how many subsidy years an apprenticeship has used.
 *
 * A `Ledger` is immutable: {@link Ledger.with} returns a new ledger and leaves the
 * old one as it was.
 */
import type { Grant } from "../records/claim.js";
import { yearOf } from "./date.js";
import { cite } from "./citation.js";

/**
 * The occupation-and-level key of the no-repeat rules (`gbf2019.no-repeat`); unleveled
 * certificates key on occupation alone.
 * @example
 * occupationKey("6-29-01-01", "intermediate") // → "6-29-01-01@intermediate"
 * occupationKey("6-29-01-01", undefined) // → "6-29-01-01"
 */
export function occupationKey(occupationCode: string, level: string | undefined): string {
  return level === undefined ? occupationCode : `${occupationCode}@${level}`;
}

/** True when `a` comes before `b` in a trainee's history: earlier basis date, then lesser id, then lesser claim id. */
function before(a: Grant, b: Grant): boolean {
  if (a.basisDate !== b.basisDate) return a.basisDate < b.basisDate;
  if (a.id !== b.id) return a.id < b.id;
  return a.claimId < b.claimId;
}

/**
 * A ledger of past grants, by trainee: what the claim-history rules read
 * (`gbf2019.annual-cap`, `gbf2019.no-repeat`, `jx2019.ledger`). Immutable; build one with
 * {@link Ledger.from} or start from {@link Ledger.empty}.
 * @example
 * const ledger = Ledger.from([grant({ id: "G1", basisDate: "2020-05-01" })]);
 * ledger.size // → 1
 * ledger.inYear("P1", 2020, new Set(["appraisalSubsidy"])).length // → 1
 * ledger.forOccupation("P1", new Set(["appraisalSubsidy"]), "6-29-01-01", "intermediate").map((g) => g.id) // → ["G1"]
 * ledger.with([grant({ id: "G2", claimId: "OLD-2" })]).size // → 2
 * ledger.hasClaim("OLD-1") // → true
 */
export class Ledger {
  readonly #byTrainee: Map<string, Grant[]>;
  readonly #claimIds: Set<string>;
  #size: number;

  private constructor(byTrainee: Map<string, Grant[]>, claimIds: Set<string>, size: number) {
    this.#byTrainee = byTrainee;
    this.#claimIds = claimIds;
    this.#size = size;
  }

  /** The ledger with no grants. */
  static readonly empty: Ledger = new Ledger(new Map(), new Set(), 0);

  /** A ledger of `grants` (already validated records). */
  static from(grants: readonly Grant[]): Ledger {
    return Ledger.empty.with(grants);
  }

  /**
   * A ledger that grows as a batch is decided: `add` appends in place (constant time),
   * so a batch of a million claims does not copy the ledger a million times. Hand out
   * `ledger` only to code that reads it.
   */
  static growing(grants: readonly Grant[]): {
    /** The ledger, growing with each `add`. */
    readonly ledger: Ledger;
    /** Appends a grant in place. */
    add(grant: Grant): void;
  } {
    const ledger = Ledger.from(grants);
    return { ledger, add: (grant) => ledger.#push(grant) };
  }

  #push(grant: Grant): void {
    let list = this.#byTrainee.get(grant.traineeId);
    if (list === undefined) {
      list = [];
      this.#byTrainee.set(grant.traineeId, list);
    }
    // Kept in order of basis date, then id, so what a rule reads (and the earlier grants a
    // reason names) never depends on the order the grants were given in. A batch adds its
    // grants in the order it judges claims (basis date first), so this is nearly always
    // an append.
    let at = list.length;
    while (at > 0 && before(grant, list[at - 1] as Grant)) at--;
    list.splice(at, 0, grant);
    this.#claimIds.add(grant.claimId);
    this.#size += 1;
  }

  /** How many grants the ledger holds. */
  get size(): number {
    return this.#size;
  }

  /** A new ledger with `grants` added; this one is unchanged. */
  with(grants: readonly Grant[]): Ledger {
    const next = new Ledger(new Map([...this.#byTrainee].map(([k, v]) => [k, [...v]])), new Set(this.#claimIds), this.#size);
    for (const grant of grants) next.#push(grant);
    return next;
  }

  /** Every grant, trainee by trainee in first-seen order, each trainee's by basis date, then id. */
  grants(): Grant[] {
    return [...this.#byTrainee.values()].flat();
  }

  /** True when some grant was paid on this claim id. */
  hasClaim(claimId: string): boolean {
    return this.#claimIds.has(claimId);
  }

  /** The grants of one trainee, by basis date, then id (whatever order they were given in). */
  grantsOf(traineeId: string): readonly Grant[] {
    return this.#byTrainee.get(traineeId) ?? [];
  }

  /** The trainee's grants of the given measures whose basis date falls in `year`. */
  inYear(traineeId: string, year: number, measures: ReadonlySet<string>): Grant[] {
    return this.grantsOf(traineeId).filter((g) => measures.has(g.measure) && yearOf(g.basisDate) === year);
  }

  /** The trainee's grants of the given measures for this occupation and level (any year, any payee). */
  forOccupation(traineeId: string, measures: ReadonlySet<string>, occupationCode: string, level: string | undefined): Grant[] {
    const key = occupationKey(occupationCode, level);
    return this.grantsOf(traineeId).filter(
      (g) => measures.has(g.measure) && g.occupationCode !== undefined && occupationKey(g.occupationCode, g.level) === key,
    );
  }
}

/**
 * 「实行实名制管理，建立培训全过程台账，确保可追溯」 (jx2019.ledger 五(十)三): every grant is kept under the
 * person's id with its claim, provision, payee, amount and basis date, so that each
 * payment traces back to the claim and the text it was paid under. {@link Ledger} is
 * that ledger; `evaluateBatch` adds each grant it pays.
 */
export const LEDGER_CITATION = cite("jx2019.ledger", "五(十)三");
