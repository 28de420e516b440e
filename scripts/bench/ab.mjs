// A/B of lean deciding between two builds of the library, each in its own process: decides
// N of the benchmark's claims (scripts/bench/data.mjs, the Jiaxing policy with the
// illustrative catalogue, `decideBatch(…, { trace: false })` over pre-parsed documents) five
// times after two warm-up passes, and prints the best and every CPU time (user + system).
// Build each side as one bundle of the sources, then alternate the runs, so that the
// machine's load falls on both:
//
//   npx esbuild src/index.ts --bundle --format=esm --platform=node --outfile=/tmp/a.js
//   (change the sources) npx esbuild src/index.ts … --outfile=/tmp/b.js
//   for f in a b a b; do node --expose-gc scripts/bench/ab.mjs /tmp/$f.js 100000; done
//
// The last figure printed (a sum of reason counts) must be the same for both builds: the
// same decisions' reasons, counted.
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { benchSetup } from "./common.mjs";
import { generateDocuments } from "./data.mjs";

const lib = await import(pathToFileURL(resolve(process.argv[2] ?? "dist/index.js")).href);
const n = Number(process.argv[3] ?? 100_000);
const { policy, parse } = benchSetup(lib);
const documents = generateDocuments(n).map(parse);
const warm = generateDocuments(20_000, 7).map(parse);
let reasons = 0;
const run = (docs) => {
  for (const d of docs) for (const step of lib.decideBatch(policy, d, { trace: false })) reasons += step.decision.reasons.length;
};
run(warm);
run(warm);
const times = [];
for (let i = 0; i < 5; i++) {
  globalThis.gc?.();
  reasons = 0;
  const t = process.cpuUsage();
  run(documents);
  const u = process.cpuUsage(t);
  times.push((u.user + u.system) / 1000);
}
console.log(`${process.argv[2]}: best ${Math.min(...times).toFixed(0)} ms CPU for ${n} claims; runs ${times.map((t) => t.toFixed(0)).join(" ")}; reasons ${reasons}`);
