// (a) The library's public API: the policy is Jiaxing 2019 with the illustrative 2020
// catalogue, put where the CLI's --catalogue puts it (catalogueSourceFor); documents are
// parsed once (timed apart: `parse`), then each is decided with evaluateBatch.
import { catalogueSourceFor, decideBatch, evaluateBatch, jiaxingPolicy, parseClaimsDocument, parseSubsidyCatalogue, withCatalogue } from "../../dist/index.js";
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
    if (r.value.invalid.length > 0) throw new Error(`document ${i}: ${r.value.invalid.length} invalid records, first: ${JSON.stringify(r.value.invalid[0])}`);
    return r.value.document;
  });
}

/**
 * Decides the parsed documents the way a script computing amounts for many claims would:
 * decideBatch streams one step at a time with `trace: false` (the same decisions, with
 * their lines, reasons and bilingual messages and provenance, without the trace), and
 * each decision becomes its comparison row as it comes, so the library holds no more
 * than the floor does. `BENCH_LIBRARY=full` decides with evaluateBatch and full traces instead.
 */
export function library(policy, documents) {
  const out = [];
  if (process.env.BENCH_LIBRARY === "full") {
    for (const document of documents) for (const d of evaluateBatch(policy, document).decisions) out.push(libraryRow(d));
    return out;
  }
  for (const document of documents) for (const step of decideBatch(policy, document, { trace: false })) out.push(libraryRow(step.decision));
  return out;
}

/** A library decision as the comparison row: outcome, yuan, the denial's reason codes. */
export function libraryRow(d) {
  return { claimId: d.claimId, outcome: d.outcome, amount: d.amount, code: d.outcome === "granted" ? "granted" : d.reasons.map((r) => r.code).join("+") };
}
