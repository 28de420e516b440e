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

/** What the library's decisions are recorded as inside the timed run (mapped to claim positions after it). */
export class LibraryRecord {
  constructor() {
    this.ids = [];
    this.codes = [];
    this.amounts = [];
  }
  add(d) {
    this.ids.push(d.claimId);
    this.amounts.push(d.amount);
    if (d.outcome === "granted") this.codes.push(0);
    else if (d.outcome === "denied") {
      let bits = 0;
      for (const r of d.reasons) bits |= BITS[r.code] ?? FOREIGN_BIT;
      this.codes.push(bits);
    } else this.codes.push(UNDECIDED);
  }
}

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
