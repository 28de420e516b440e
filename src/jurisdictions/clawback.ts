/**
 * Claw-back under the texts the library knows: {@link clawback} and {@link fraudClauseFor} of
 * `provisions/fraud`, with the local fraud clauses of a policy's layers — or, when no policy
 * is given, of every layer of the library's policies ({@link POLICIES}) — so a grant paid
 * under a local text is recovered under that text's own clause while it is in force
 * (reading: clawback-text-in-force).
 */
import type { Citation } from "../core/citation.js";
import type { Layer, Policy } from "../core/layer.js";
import type { Ledger } from "../core/ledger.js";
import type { Clawback } from "../provisions/fraud/clawback.js";
import { clawback as clawbackUnder, fraudClauseFor as fraudClauseUnder } from "../provisions/fraud/clawback.js";
import type { Course } from "../records/training.js";
import { POLICIES } from "./policies.js";

let known: readonly Layer[] | undefined;

/** Every layer of the library's policies, each once, in the order first met. */
function knownLayers(): readonly Layer[] {
  if (known === undefined) {
    const byId = new Map<string, Layer>();
    for (const make of Object.values(POLICIES)) for (const layer of make().layers) if (!byId.has(layer.id)) byId.set(layer.id, layer);
    known = [...byId.values()];
  }
  return known;
}

/**
 * The fraud clause that governs recovering one grant: the text in force on its date — the
 * own clause of the local text the grant was paid under (among the policy's layers, or
 * every layer the library knows) while it is in force, else the national text. Encodes
 * `gbf2019.fraud` (§(十四)) and `op2025.fraud` (十八).
 * @example
 * fraudClauseFor({ provision: "jx2019.living-allowance", basisDate: "2020-05-01" }).provision // → "jx2019.fraud"
 * fraudClauseFor({ provision: "jx2019.living-allowance", basisDate: "2020-05-01" }, nationalPolicy()).provision // → "gbf2019.fraud"
 * fraudClauseFor({ provision: "gbf2019.local-standards", basisDate: "2025-06-20" }).provision // → "op2025.fraud"
 */
export function fraudClauseFor(grant: { readonly provision: string; readonly basisDate: string }, policy?: Policy): Citation {
  return fraudClauseUnder(grant, policy?.layers ?? knownLayers());
}

/**
 * Every amount paid on the false claims, by payee, and the institutions to disqualify, each
 * grant recovered under {@link fraudClauseFor} (the policy's layers, or every layer the
 * library knows). Encodes `gbf2019.fraud` (§(十四)) and `op2025.fraud` (十八).
 * @example
 * const ledger = Ledger.from([
 *   grant({ id: "G1", claimId: "CL-7", measure: "trainingSubsidy", provision: "gbf2019.certificate-basis", payee: { kind: "organizer", id: "SCHOOL-A" }, amount: "1000.00" }),
 *   grant({ id: "G2", claimId: "CL-8" }),
 * ]);
 * const c = clawback(ledger, ["CL-7", "CL-9"]);
 * c.byPayee.map((l) => [l.payee.id, l.grants, l.amount]) // → [["SCHOOL-A",["G1"],"1000.00"]]
 * [c.total, c.institutionsToDisqualify, c.unpaidClaims] // → ["1000.00",["SCHOOL-A"],["CL-9"]]
 */
export function clawback(ledger: Ledger, falseClaimIds: readonly string[], options: { readonly courses?: ReadonlyMap<string, Course>; readonly policy?: Policy } = {}): Clawback {
  const layers = options.policy?.layers ?? knownLayers();
  return clawbackUnder(ledger, falseClaimIds, options.courses === undefined ? { layers } : { courses: options.courses, layers });
}
