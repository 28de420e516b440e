/** Generated people's documents (test/support/audit15-gen.ts, audit16-gen.ts) as one claims document: every collection concatenated, each enterprise once, empty collections left out. */
type O = Record<string, any>;
export function mergeDocs(docs: O[]): O {
  const out: O = { trainees: [], enterprises: [], courses: [], certificates: [], apprenticeships: [], claims: [], ledger: [] };
  const ents = new Set<string>();
  for (const d of docs)
    for (const [k, list] of Object.entries(d))
      for (const r of list as O[]) {
        if (k === "enterprises") {
          if (ents.has(r.id)) continue;
          ents.add(r.id);
        }
        out[k].push(r);
      }
  for (const k of Object.keys(out)) if (out[k].length === 0) delete out[k];
  return out;
}
