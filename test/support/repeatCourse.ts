/**
 * The runner cold reviews 27–29 share (reading living-allowance-repeat-course): decides a claims document given as plain
 * objects, each claim as `outcome:amount[:codes]` — the refusal's or hold's codes that matter to the repeat-course check
 * (occupation_level_already_subsidised, earlier_claim_undecided), or an undecidable claim's missing facts — with the
 * decisions by claim id and the grants (to chain a second run by the ledger).
 */
import type { Decision, Policy } from "../../src/index.js";
import { evaluateBatch } from "../../src/index.js";
import { parsed } from "./world.js";

type O = Record<string, unknown>;

export function decideRepeat(policy: Policy, doc: O, ledger: readonly O[] = [], order?: "judged" | "trainee") {
  const r = evaluateBatch(policy, parsed({ ...doc, ledger }), order === undefined ? {} : { order });
  const decided: Record<string, string> = {};
  const byId: Record<string, Decision> = {};
  for (const d of r.decisions) {
    const codes = d.reasons.filter((x) => x.code === "occupation_level_already_subsidised" || x.code === "earlier_claim_undecided").map((x) => x.code);
    decided[d.claimId] = d.outcome === "undecidable" ? `undecidable:${d.missingFacts.join(",")}` : `${d.outcome}:${d.amount}${codes.length > 0 ? `:${codes.join(",")}` : ""}`;
    byId[d.claimId] = d;
  }
  return { decided, byId, grants: r.grants as unknown as O[] };
}
