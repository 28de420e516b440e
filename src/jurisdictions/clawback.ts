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
import { checkArgument, checkPolicy, isObject } from "../arguments.js";

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
 * @throws SkillsSubsidyError `invalid_argument` naming the argument when `ledger` is not a `Ledger`, `falseClaimIds` is not
 * an array of claim ids (strings: one id alone goes in a list, `["CL-7"]`), or `options` is not an object whose `courses`
 * is a Map and whose `policy` is a policy.
 */
export function clawback(ledger: Ledger, falseClaimIds: readonly string[], options: { readonly courses?: ReadonlyMap<string, Course>; readonly policy?: Policy } = {}): Clawback {
  checkArgument(isObject(ledger) && typeof (ledger as unknown as Record<string, unknown>)["grants"] === "function", "ledger", { zh: "账本（Ledger.from 所建）", en: "a ledger (as Ledger.from builds one)" }, ledger, Array.isArray(ledger) ? { zh: "：授予的数组请先用 Ledger.from(grants) 建账本", en: ": build a ledger of an array of grants with Ledger.from(grants)" } : undefined);
  const ids: unknown = falseClaimIds;
  checkArgument(Array.isArray(ids), "falseClaimIds", { zh: "申请编号（字符串）的数组", en: "an array of claim ids (strings)" }, ids, typeof ids === "string" ? { zh: `：一个编号也放在数组里，[${JSON.stringify(ids)}]`, en: `: one id goes in a list too, [${JSON.stringify(ids)}]` } : undefined);
  for (let i = 0; i < falseClaimIds.length; i++) checkArgument(typeof falseClaimIds[i] === "string", `falseClaimIds[${i}]`, { zh: "申请编号（字符串）", en: "a claim id (a string)" }, falseClaimIds[i]);
  checkArgument(options === undefined || isObject(options), "options", { zh: "对象或不给出", en: "an object or absent" }, options);
  checkArgument(options.courses === undefined || options.courses instanceof Map, "options.courses", { zh: "按 id 索引课程的 Map 或不给出", en: "a Map of courses by id, or absent" }, options.courses);
  if (options.policy !== undefined) checkPolicy(options.policy, "options.policy");
  const layers = options.policy?.layers ?? knownLayers();
  return clawbackUnder(ledger, falseClaimIds, options.courses === undefined ? { layers } : { courses: options.courses, layers });
}
