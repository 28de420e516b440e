/**
 * 追回补贴资金 — claw-back on false training, false appraisal or subsidies obtained by deceit.
 *
 * - gbf2019.fraud §(十四): 「对以虚假培训等套取、骗取资金的依法依纪严惩」.
 * - jx2019.fraud 六(十三): 「对骗取职业培训补贴资金的单位和个人，依法依纪严肃查处」.
 * - op2025.fraud (十八): 「对发生虚假培训、虚假评价、骗取套取补贴资金等违规违法行为的机构或个人,
 *   应追回补贴资金并依法查处……对发生违规违法行为的机构,要依法取消培训和评价资质」.
 *
 * Given the ledger and the claims found false, {@link clawback} lists every amount paid
 * on them, totalled by payee, and the institutions to disqualify: the organisers paid
 * on a tainted claim and the organisers of the tainted claims' courses (when the
 * courses are given). Claim ids with no grant in the ledger are reported, not ignored.
 *
 * Each grant is recovered under the text in force on its date (reading:
 * clawback-text-in-force): op2025 (十八) from the day it was issued, 2025-06-20; before
 * that gbf2019 §(十四), or Jiaxing's own 六(十三) for a grant paid under a jx2019 provision
 * while the plan ran (2019-12-13 to 2021-12-31).
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
export const FRAUD_JX2019 = cite("jx2019.fraud", "六(十三)");

/** op2025 is dated 「2025年6月20日」. */
const OP2025_ISSUED = "2025-06-20";
/** jx2019 runs from its issue (2019-12-13) through the three-year action (to 2021-12-31). */
const JX2019_TERM = { from: "2019-12-13", until: "2022-01-01" } as const;
/** The texts in the order they were issued, for listing citations. */
const ORDER = [FRAUD, FRAUD_JX2019, FRAUD_2025];

/**
 * The fraud clause that governs recovering one grant: the text in force on its date, and
 * Jiaxing's own while its plan runs for a grant paid under it. Encodes `gbf2019.fraud`
 * (§(十四)), `jx2019.fraud` (六(十三)) and `op2025.fraud` (十八).
 * @example
 * fraudClauseFor({ provision: "jx2019.living-allowance", basisDate: "2020-05-01" }).provision // → "jx2019.fraud"
 * fraudClauseFor({ provision: "gbf2019.local-standards", basisDate: "2025-06-20" }).provision // → "op2025.fraud"
 */
export function fraudClauseFor(grant: { readonly provision: string; readonly basisDate: string }): Citation {
  if (grant.basisDate >= OP2025_ISSUED) return FRAUD_2025;
  if (grant.provision.startsWith("jx2019.") && grant.basisDate >= JX2019_TERM.from && grant.basisDate < JX2019_TERM.until) return FRAUD_JX2019;
  return FRAUD;
}

const inOrder = (citations: Iterable<Citation>): Citation[] => {
  const set = new Set(citations);
  return ORDER.filter((c) => set.has(c));
};

/** What one payee must return. */
export interface ClawbackLine {
  /** The payee. */
  readonly payee: Payee;
  /** The grants recovered from this payee, by grant id, in ledger order. */
  readonly grants: readonly string[];
  /** The total to recover from this payee. */
  readonly amount: Yuan;
  /** The fraud clauses its grants are recovered under ({@link fraudClauseFor}). */
  readonly citations: readonly Citation[];
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
  /** The provisions applied: the fraud clause in force on each recovered grant's date, in the order the texts were issued. */
  readonly citations: readonly Citation[];
}

/**
 * Every amount paid on the false claims, by payee, and the institutions to disqualify.
 * Encodes `gbf2019.fraud` (§(十四)), `jx2019.fraud` (六(十三)) and `op2025.fraud` (十八).
 * @example
 * const ledger = Ledger.from([
 *   grant({ id: "G1", claimId: "CL-7", measure: "trainingSubsidy", provision: "gbf2019.certificate-basis", payee: { kind: "organizer", id: "SCHOOL-A" }, amount: "1000.00" }),
 *   grant({ id: "G2", claimId: "CL-8" }),
 * ]);
 * const c = clawback(ledger, ["CL-7", "CL-9"]);
 * c.byPayee.map((l) => [l.payee.id, l.grants, l.amount]) // → [["SCHOOL-A",["G1"],"1000.00"]]
 * [c.total, c.institutionsToDisqualify, c.unpaidClaims] // → ["1000.00",["SCHOOL-A"],["CL-9"]]
 */
export function clawback(ledger: Ledger, falseClaimIds: readonly string[], options: { readonly courses?: ReadonlyMap<string, Course> } = {}): Clawback {
  const tainted = new Set(falseClaimIds);
  const grants = ledger.grants().filter((g) => tainted.has(g.claimId));
  const lines = new Map<string, { payee: Payee; grants: string[]; amounts: ReturnType<typeof amount>[]; citations: Citation[] }>();
  const institutions = new Set<string>();
  for (const g of grants) {
    const key = `${g.payee.kind}\u0000${g.payee.id}`;
    let line = lines.get(key);
    if (line === undefined) {
      line = { payee: { kind: g.payee.kind, id: g.payee.id }, grants: [], amounts: [], citations: [] };
      lines.set(key, line);
    }
    line.grants.push(g.id);
    line.amounts.push(amount(g.amount));
    line.citations.push(fraudClauseFor(g));
    if (g.payee.kind === "organizer") institutions.add(g.payee.id);
    const organizer = g.courseId === undefined ? undefined : options.courses?.get(g.courseId)?.organizerId;
    if (organizer !== undefined) institutions.add(organizer);
  }
  const byPayee = [...lines.entries()]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([, l]) => ({ payee: l.payee, grants: l.grants, amount: toYuan(sum(l.amounts)), citations: inOrder(l.citations) }));
  const paidClaims = new Set(grants.map((g) => g.claimId));
  return {
    byPayee,
    total: toYuan(sum(byPayee.map((l) => amount(l.amount)))),
    institutionsToDisqualify: [...institutions].sort(),
    unpaidClaims: [...tainted].filter((id) => !paidClaims.has(id)).sort(),
    citations: inOrder(byPayee.flatMap((l) => l.citations)),
  };
}
