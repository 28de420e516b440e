import type { Decision, EvaluateOptions, Policy } from "../../src/index.js";
import { evaluateBatch, parseClaimsDocument } from "../../src/index.js";

/** A decision in one line for a test's expectation: `outcome:amount:code+code`, `missing` when there is none. */
export const outcome = (d: Decision | undefined): string => (d === undefined ? "missing" : `${d.outcome}:${d.amount}:${d.reasons.map((r) => r.code).join("+")}`);

/** Each claim of a raw document decided as a batch: `outcome:amount:codes`, or `set aside:<issue codes>` when the boundary sets it aside. */
export function outcomes(policy: Policy, doc: Record<string, unknown>, options: EvaluateOptions = {}): Record<string, string> {
  const p = parseClaimsDocument(doc);
  if (!p.ok) throw new Error("unreadable document");
  const out: Record<string, string> = {};
  for (const r of p.value.invalid) out[r.id ?? String(r.index)] = `set aside:${r.issues.map((i) => i.code).join("+")}`;
  for (const d of evaluateBatch(policy, p.value.document, options).decisions) out[d.claimId] = outcome(d);
  return out;
}

/** `outcome:amount` of a line of {@link outcomes}. */
export const head = (s: string | undefined) => s?.split(":").slice(0, 2).join(":");
