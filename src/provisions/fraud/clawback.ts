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
 *
 * Each grant is recovered under the text in force on its date (reading:
 * clawback-text-in-force): op2025 (十八) from the day it was issued, 2025-06-20; before
 * that gbf2019 §(十四), or a local text's own fraud clause (a layer's `fraud`) for a grant
 * paid under one of that text's provisions while the clause is in force.
 */
import { cite } from "../../core/citation.js";
import type { Citation } from "../../core/citation.js";
import type { Payee } from "../../core/decision.js";
import type { Layer } from "../../core/layer.js";
import type { Ledger } from "../../core/ledger.js";
import { grantBasis, grantIdentity, namesAnotherClaim } from "../../core/ledger.js";
import type { Yuan } from "../../core/money.js";
import { amount, sum, toYuan } from "../../core/money.js";
import { compareCodeUnits } from "../../core/order.js";
import type { Grant } from "../../records/claim.js";
import type { Course } from "../../records/training.js";

export const FRAUD = cite("gbf2019.fraud", "§(十四)");
export const FRAUD_2025 = cite("op2025.fraud", "(十八)");
/** gf2018 (十八) 「依法加强对培训补贴资金的监督,防止骗取、挪用」: the national text in force before gbf2019 (cold review 99 F6). */
export const FRAUD_2018 = /* @__PURE__ */ cite("gf2018.fraud", "§(十八)");
/** gf2018 is dated 「2018年5月3日」. */
const GF2018_ISSUED = "2018-05-03";
/** gbf2019 is dated 2019-05-18. */
const GBF2019_ISSUED = "2019-05-18";
/** op2025 is dated 「2025年6月20日」. */
const OP2025_ISSUED = "2025-06-20";

/**
 * The fraud clause that governs recovering one grant: the text in force on its date —
 * a local text's own clause (the `fraud` of one of `layers` whose documents include the
 * grant's provision) while it is in force, else the national text. Encodes `gbf2019.fraud`
 * (§(十四)) and `op2025.fraud` (十八).
 * @example
 * fraudClauseFor({ provision: "gbf2019.local-standards", basisDate: "2020-05-01" }).provision // → "gbf2019.fraud"
 * fraudClauseFor({ provision: "gbf2019.local-standards", basisDate: "2025-06-20" }).provision // → "op2025.fraud"
 */
export function fraudClauseFor(grant: { readonly provision: string; readonly basisDate: string }, layers: readonly Layer[] = []): Citation {
  if (grant.basisDate >= OP2025_ISSUED) return FRAUD_2025;
  if (grant.basisDate < GBF2019_ISSUED) return FRAUD_2018; // gbf2019 was not yet issued: gf2018 (十八), the national text of the day
  const document = grant.provision.slice(0, grant.provision.indexOf("."));
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i] as Layer;
    const own = layer.fraud;
    if (own === undefined || !layer.documents.includes(document)) continue;
    if (grant.basisDate >= own.from && (own.until === undefined || grant.basisDate < own.until)) return own.citation;
  }
  return FRAUD;
}

/**
 * The course a grant paid: the one it names, else the one its own pay-once keys name (a training subsidy on a
 * certificate keys the course that trained it, reading course-trained-once; cold review 103 F2: that course's organiser
 * was not listed) — as the engine reads a grant's course (`grantBasis`); keys naming two courses name no one course.
 */
function courseOf(grant: Grant): string | undefined {
  return grantBasis(grant).courseId;
}

/** The clauses in the order their texts took effect (then by provision id), each once. */
function inOrder(citations: Iterable<Citation>, layers: readonly Layer[]): Citation[] {
  const since = (c: Citation): string => (c === FRAUD_2018 ? GF2018_ISSUED : c === FRAUD ? GBF2019_ISSUED : c === FRAUD_2025 ? OP2025_ISSUED : (layers.find((l) => l.fraud?.citation === c)?.fraud?.from ?? GBF2019_ISSUED));
  const unique = [...new Map([...citations].map((c) => [`${c.provision} ${c.clause}`, c])).values()];
  return unique.sort((a, b) => compareCodeUnits(since(a), since(b)) || compareCodeUnits(a.provision, b.provision));
}

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
  /**
   * Claims found false whose id names grants of two claims — another person, measure, certificate, course,
   * apprenticeship or training package under the same id (another system's claim: reading claim-id-reused): whose claim
   * was found false is not known, so nothing is recovered on them until the list says (cold reviews 99 F2, 102 F2).
   * A refiled claim's grants (`A`, `A:2`: other days or months of one claim) are one claim. Sorted.
   */
  readonly ambiguousClaims: readonly string[];
  /**
   * Grants on the false claims that the ledger holds in more than one content under one id (reading
   * ledger-grant-identity: both kept, which is true unknown): each is one payment, recovered once — at the least of its
   * amounts when every content is a false claim's and names the same payee, else not at all — and named here for the
   * official to settle (cold reviews 99 F1, 102 F1). Its course's organiser is disqualified only when every content
   * names that course. Sorted.
   */
  readonly conflictingGrants: readonly string[];
  /** The provisions applied: the fraud clause in force on each recovered grant's date, in the order the texts were issued. */
  readonly citations: readonly Citation[];
}

/**
 * Every amount paid on the false claims, by payee, and the institutions to disqualify; each
 * grant recovered under {@link fraudClauseFor} (given `options.layers`, the layers whose own
 * fraud clauses may apply). Encodes `gbf2019.fraud` (§(十四)) and `op2025.fraud` (十八).
 * @example
 * const ledger = Ledger.from([
 *   grant({ id: "G1", claimId: "CL-7", measure: "trainingSubsidy", provision: "gbf2019.certificate-basis", payee: { kind: "organizer", id: "SCHOOL-A" }, amount: "1000.00" }),
 *   grant({ id: "G2", claimId: "CL-8" }),
 * ]);
 * const c = clawback(ledger, ["CL-7", "CL-9"]);
 * c.byPayee.map((l) => [l.payee.id, l.grants, l.amount]) // → [["SCHOOL-A",["G1"],"1000.00"]]
 * [c.total, c.institutionsToDisqualify, c.unpaidClaims] // → ["1000.00",["SCHOOL-A"],["CL-9"]]
 */
export function clawback(ledger: Ledger, falseClaimIds: readonly string[], options: { readonly courses?: ReadonlyMap<string, Course>; readonly layers?: readonly Layer[] } = {}): Clawback {
  const layers = options.layers ?? [];
  const tainted = new Set(falseClaimIds);
  // every content of each grant id, from the whole ledger (an identical repeat is one), so that what is demanded on a
  // false claim never rests on a content another claim's record contradicts (cold review 102 F1)
  const all = ledger.grants();
  const contentsOf = new Map<string, { grant: Grant; identity: string | null }[]>();
  for (const g of all) {
    const held = contentsOf.get(g.id);
    if (held === undefined) {
      contentsOf.set(g.id, [{ grant: g, identity: null }]);
      continue;
    }
    const identity = grantIdentity(g);
    for (const h of held) h.identity ??= grantIdentity(h.grant);
    if (!held.some((h) => h.identity === identity)) held.push({ grant: g, identity });
  }
  const found = all.filter((g) => tainted.has(g.claimId));
  // a false claim id whose grants (of different ids) name two claims, as the engine reads a grant against a claim
  // (`namesAnotherClaim`; months aside: a refile): whose claim was found false is not known (cold review 99 F2, 102 F2)
  const ambiguous = new Set<string>();
  const byClaim = new Map<string, Grant[]>();
  for (const g of found) {
    const before = byClaim.get(g.claimId);
    if (before === undefined) byClaim.set(g.claimId, [g]);
    else {
      if (before.some((b) => b.id !== g.id && namesAnotherClaim(grantBasis(b), grantBasis(g)))) ambiguous.add(g.claimId);
      before.push(g);
    }
  }
  const conflicting = new Set<string>();
  const done = new Set<string>();
  const grants: { grant: Grant; course: string | undefined }[] = [];
  const institutions = new Set<string>();
  for (const g of found) {
    // each grant id once: a ledger grown by `add` may hold one payment twice (cold review 103 F1: 2000.00 for 1000.00)
    if (done.has(g.id)) continue;
    done.add(g.id);
    const contents = contentsOf.get(g.id) as { grant: Grant; identity: string | null }[];
    if (contents.length === 1) {
      if (!ambiguous.has(g.claimId)) grants.push({ grant: g, course: courseOf(g) });
      continue;
    }
    // one grant held in several contents (reading ledger-grant-identity): one payment, recovered once — at the least of
    // its amounts, and only when every content is a false claim's and names the one payee; else not at all. Named.
    conflicting.add(g.id);
    const first = contents[0]?.grant as Grant;
    const certain = contents.every(({ grant: c }) => tainted.has(c.claimId) && !ambiguous.has(c.claimId) && c.payee.kind === first.payee.kind && c.payee.id === first.payee.id);
    if (!certain) continue;
    const least = contents.reduce((a, b) => {
      const by = amount(b.grant.amount).comparedTo(amount(a.grant.amount));
      return by < 0 || (by === 0 && compareCodeUnits(b.identity as string, a.identity as string) < 0) ? b : a;
    }).grant;
    const course = courseOf(least);
    grants.push({ grant: least, course: contents.every(({ grant: c }) => courseOf(c) === course) ? course : undefined });
  }
  const lines = new Map<string, { payee: Payee; grants: string[]; amounts: ReturnType<typeof amount>[]; citations: Citation[] }>();
  for (const { grant: g, course } of grants) {
    const key = `${g.payee.kind}\u0000${g.payee.id}`;
    let line = lines.get(key);
    if (line === undefined) {
      line = { payee: { kind: g.payee.kind, id: g.payee.id }, grants: [], amounts: [], citations: [] };
      lines.set(key, line);
    }
    line.grants.push(g.id);
    line.amounts.push(amount(g.amount));
    line.citations.push(fraudClauseFor(g, layers));
    if (g.payee.kind === "organizer") institutions.add(g.payee.id);
    const organizer = course === undefined ? undefined : options.courses?.get(course)?.organizerId;
    if (organizer !== undefined) institutions.add(organizer);
  }
  const byPayee = [...lines.entries()]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([, l]) => ({ payee: l.payee, grants: l.grants, amount: toYuan(sum(l.amounts)), citations: inOrder(l.citations, layers) }));
  const paidClaims = new Set(found.map((g) => g.claimId));
  return {
    byPayee,
    total: toYuan(sum(byPayee.map((l) => amount(l.amount)))),
    institutionsToDisqualify: [...institutions].sort(),
    unpaidClaims: [...tainted].filter((id) => !paidClaims.has(id)).sort(),
    ambiguousClaims: [...ambiguous].sort(),
    conflictingGrants: [...conflicting].sort(),
    citations: inOrder(byPayee.flatMap((l) => l.citations), layers),
  };
}
