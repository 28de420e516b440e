// (a) The library's public API: the policy is Jiaxing 2019 with the illustrative 2020
// catalogue, put where the CLI's --catalogue puts it (catalogueSourceFor); documents are
// parsed once (timed apart: `parse`), then each is decided with evaluateBatch.
import { catalogueSourceFor, evaluateBatch, jiaxingPolicy, parseClaimsDocument, parseSubsidyCatalogue, withCatalogue } from "../../dist/index.js";
import { catalogueJson } from "./common.mjs";

export function libraryPolicy() {
  const parsed = parseSubsidyCatalogue(catalogueJson);
  if (!parsed.ok) throw new Error(`catalogue fixture does not parse: ${JSON.stringify(parsed.issues[0])}`);
  const base = jiaxingPolicy();
  return withCatalogue(base, [parsed.value], catalogueSourceFor(base));
}

/** Parses raw documents; throws on any invalid record (the synthetic data must all be valid). */
export function parseAll(rawDocuments) {
  return rawDocuments.map((raw, i) => {
    const r = parseClaimsDocument(raw);
    if (!r.ok) throw new Error(`document ${i} does not parse: ${JSON.stringify(r.issues.slice(0, 3))}`);
    if (r.invalid.length > 0) throw new Error(`document ${i}: ${r.invalid.length} invalid records, first: ${JSON.stringify(r.invalid[0])}`);
    return r.document;
  });
}

// The one line to change when the library gains a leaner path (an option, a compiled evaluator):
const decide = (policy, document) => evaluateBatch(policy, document).decisions;

/** Decides the parsed documents; returns the decisions (the library's own objects). */
export function library(policy, documents) {
  const out = [];
  for (const document of documents) for (const d of decide(policy, document)) out.push(d);
  return out;
}

/** A library decision as the comparison row: outcome, yuan, the denial's reason codes. */
export function libraryRow(d) {
  return { claimId: d.claimId, outcome: d.outcome, amount: d.amount, code: d.outcome === "granted" ? "granted" : d.reasons.map((r) => r.code).join("+") };
}
