/**
 * 追回补贴资金 — claw-back on false training, false appraisal or subsidies obtained by deceit.
 *
 * - gbf2019.fraud §(十四): 「对以虚假培训等套取、骗取资金的依法依纪严惩」.
 * - op2025.fraud (十八): 「对发生虚假培训、虚假评价、骗取套取补贴资金等违规违法行为的机构或个人,
 *   应追回补贴资金并依法查处……对发生违规违法行为的机构,要依法取消培训和评价资质」.
 *
 * Given the ledger and the claims found false, {@link clawback} lists every amount paid
 * on them, totalled by payee, and the institutions to disqualify: the organisers paid
 * on a tainted claim and the organisers of the tainted claims' courses (when the
 * courses are given). Claim ids with no grant in the ledger are reported, not ignored.
 */
import { cite } from "../../core/citation.js";
import type { Citation } from "../../core/citation.js";
import type { Payee } from "../../core/decision.js";
import type { Ledger } from "../../core/ledger.js";
import type { Yuan } from "../../core/money.js";
import { amount, sum, toYuan } from "../../core/money.js";
import { compareCodeUnits } from "../../core/order.js";
import type { Course } from "../../records/training.js";

export const FRAUD = cite("gbf2019.fraud", "§(十四)");
export const FRAUD_2025 = cite("op2025.fraud", "(十八)");

/** What one payee must return. */
export interface ClawbackLine {
  /** The payee. */
  readonly payee: Payee;
  /** The grants recovered from this payee, by grant id, in ledger order. */
  readonly grants: readonly string[];
  /** The total to recover from this payee. */
  readonly amount: Yuan;
}

/** The consequences of false claims ({@link clawback}). */
export interface Clawback {
  /** One line per payee, ordered by payee kind then id. */
  readonly byPayee: readonly ClawbackLine[];
  /** The total to recover. */
  readonly total: Yuan;
  /** Training institutions to lose their training and appraisal qualification, sorted. */
  readonly institutionsToDisqualify: readonly string[];
  /** Claims found false on which nothing was paid. */
  readonly unpaidClaims: readonly string[];
  /** The provisions applied. */
  readonly citations: readonly Citation[];
}

/**
 * Every amount paid on the false claims, by payee, and the institutions to disqualify.
 * Encodes `gbf2019.fraud` (§(十四)) and `op2025.fraud` (十八).
 * @example
 * const ledger = Ledger.from([
 *   grant({ id: "G1", claimId: "CL-7", measure: "trainingSubsidy", provision: "gbf2019.certificate-basis", payee: { kind: "organizer", id: "SCHOOL-A" }, amount: "1000.00" }),
 *   grant({ id: "G2", claimId: "CL-8" }),
 * ]);
 * const c = clawback(ledger, ["CL-7", "CL-9"]);
 * c.byPayee // → [{"payee":{"kind":"organizer","id":"SCHOOL-A"},"grants":["G1"],"amount":"1000.00"}]
 * [c.total, c.institutionsToDisqualify, c.unpaidClaims] // → ["1000.00",["SCHOOL-A"],["CL-9"]]
 */
export function clawback(ledger: Ledger, falseClaimIds: readonly string[], options: { readonly courses?: ReadonlyMap<string, Course> } = {}): Clawback {
  const tainted = new Set(falseClaimIds);
  const grants = ledger.grants().filter((g) => tainted.has(g.claimId));
  const lines = new Map<string, { payee: Payee; grants: string[]; amounts: ReturnType<typeof amount>[] }>();
  const institutions = new Set<string>();
  for (const g of grants) {
    const key = `${g.payee.kind}\u0000${g.payee.id}`;
    let line = lines.get(key);
    if (line === undefined) {
      line = { payee: { kind: g.payee.kind, id: g.payee.id }, grants: [], amounts: [] };
      lines.set(key, line);
    }
    line.grants.push(g.id);
    line.amounts.push(amount(g.amount));
    if (g.payee.kind === "organizer") institutions.add(g.payee.id);
    const organizer = g.courseId === undefined ? undefined : options.courses?.get(g.courseId)?.organizerId;
    if (organizer !== undefined) institutions.add(organizer);
  }
  const byPayee = [...lines.entries()]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([, l]) => ({ payee: l.payee, grants: l.grants, amount: toYuan(sum(l.amounts)) }));
  const paidClaims = new Set(grants.map((g) => g.claimId));
  return {
    byPayee,
    total: toYuan(sum(byPayee.map((l) => amount(l.amount)))),
    institutionsToDisqualify: [...institutions].sort(),
    unpaidClaims: [...tainted].filter((id) => !paidClaims.has(id)).sort(),
    citations: [FRAUD, FRAUD_2025],
  };
}
