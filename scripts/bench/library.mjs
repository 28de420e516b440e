// The library, through its public API only (dist/index.js, as a user imports it): the
// policy is Jiaxing 2019 with the illustrative 2020 catalogue, put where the CLI's
// --catalogue puts it (catalogueSourceFor). Four ways of deciding the same documents (the
// lean ones also with order: "trainee", each trainee's claims together):
//   lean public   parseClaimsDocument (validation) + decideBatch(…, { trace: false })
//   full public   parseClaimsDocument + decideBatch(…) with its default traces
//   lean decide   decideBatch(…, { trace: false }) over documents parsed beforehand
//   full decide   decideBatch(…) with traces over documents parsed beforehand
// decideBatch streams one step at a time; each decision becomes its comparison entry as
// it comes (claim id, outcome code from its reason codes, amount string), so no engine
// holds more decisions than the floor holds outcomes. The full variants decide with the
// trace a caller gets by default but do not serialise it.
import { catalogueSourceFor, decideBatch, jiaxingPolicy, parseClaimsDocument, parseSubsidyCatalogue, withCatalogue } from "../../dist/index.js";
import { BITS, FOREIGN_BIT, UNDECIDED, catalogueJson } from "./common.mjs";

export function libraryPolicy() {
  const parsed = parseSubsidyCatalogue(catalogueJson);
  if (!parsed.ok) throw new Error(`catalogue fixture does not parse: ${JSON.stringify(parsed.issues[0])}`);
  const base = jiaxingPolicy();
  return withCatalogue(base, [parsed.value], catalogueSourceFor(base));
}

/** Validates one raw document; throws on any invalid record (the synthetic data must all be valid). */
export function parseOne(raw) {
  const r = parseClaimsDocument(raw);
  if (!r.ok) throw new Error(`a document does not parse: ${JSON.stringify(r.issues.slice(0, 3))}`);
  if (r.value.invalid.length > 0) throw new Error(`${r.value.invalid.length} invalid records, first: ${JSON.stringify(r.value.invalid[0])}`);
  return r.value.document;
}

/**
 * What the library's decisions are recorded as inside the timed run (mapped to claim positions after it): claim id,
 * outcome code, amount in fen (−1 for none; NaN for an amount not written as yuan with two decimals, which the
 * comparison then reports). Kept in arrays made once for `n` claims, as the floor's `Outcomes` are: since 2026-12-06
 * 18:30 UTC the amount is read as fen when the decision comes rather than its string kept until the end of the run (the
 * harness kept a million young strings alive at 1M, each promoted by the collector at the library's expense — work the
 * floor's harness, writing integers into typed arrays, never had).
 */
export class LibraryRecord {
  constructor(n) {
    this.ids = new Array(n);
    this.codes = new Int32Array(n);
    this.fen = new Float64Array(n);
    this.length = 0;
  }
  add(d) {
    const k = this.length++;
    this.ids[k] = d.claimId;
    const a = d.amount;
    this.fen[k] = a === null ? -1 : YUAN.test(a) ? Number(a.slice(0, -3)) * 100 + Number(a.slice(-2)) : Number.NaN;
    if (d.outcome === "granted") this.codes[k] = 0;
    else if (d.outcome === "denied") {
      let bits = 0;
      for (const r of d.reasons) bits |= BITS[r.code] ?? FOREIGN_BIT;
      this.codes[k] = bits;
    } else this.codes[k] = UNDECIDED;
  }
}
const YUAN = /^(?:0|[1-9][0-9]*)\.[0-9]{2}$/;

export function leanPublic(policy, rawDocuments, record, order = "judged") {
  for (const raw of rawDocuments) for (const step of decideBatch(policy, parseOne(raw), { trace: false, order })) record.add(step.decision);
}
export function fullPublic(policy, rawDocuments, record, order = "judged") {
  for (const raw of rawDocuments) for (const step of decideBatch(policy, parseOne(raw), { order })) record.add(step.decision);
}
export function leanDecide(policy, documents, record, order = "judged") {
  for (const document of documents) for (const step of decideBatch(policy, document, { trace: false, order })) record.add(step.decision);
}
export function fullDecide(policy, documents, record, order = "judged") {
  for (const document of documents) for (const step of decideBatch(policy, document, { order })) record.add(step.decision);
}
