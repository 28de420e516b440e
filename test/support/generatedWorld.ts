/**
 * A generated world of audits 14–16, as the cold reviews of the split path start from one (reviews 46 and 48): a
 * seeded pick of generator (g14, g16 under jiaxing-2019; g15 under national-frameworks), `3 + r.int(spread)` people,
 * the document with every collection present (empty where the generator wrote none), and the seeded stream the review
 * goes on drawing from.
 */
import { generate as gen14 } from "./audit14-gen.js";
import { generate as gen15 } from "./audit15-gen.js";
import { generate as gen16 } from "./audit16-gen.js";
import { mergeDocs } from "./mergeDocs.js";
import { rng } from "./rng.js";

type O = Record<string, any>;

export function generatedWorld(seed: number, spread: number): { r: ReturnType<typeof rng>; kind: "g14" | "g15" | "g16"; n: number; doc: O } {
  const r = rng(seed);
  const kind = r.pick(["g14", "g16", "g15", "g14", "g16"] as const);
  const n = 3 + r.int(spread);
  const doc: O = kind === "g14" ? structuredClone(gen14(n, seed).doc) : mergeDocs(structuredClone(kind === "g15" ? gen15(n, seed) : gen16(n, seed)));
  for (const k of ["trainees", "enterprises", "courses", "certificates", "apprenticeships", "claims", "ledger"]) doc[k] ??= [];
  return { r, kind, n, doc };
}
