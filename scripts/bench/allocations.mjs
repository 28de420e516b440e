// Bytes a claim that lean deciding allocates, or that survive a young-generation collection, by the function that
// allocated them: V8's sampling heap profiler (one sample every 256 bytes) around deciding N of the benchmark's claims
// (pre-parsed; the same data and policy as ab.mjs and icount.mjs) after a warm-up. What survives a scavenge is what the
// collector copies, and at 1M claims, with a gigabyte of claims held live, each copy costs more
// (scripts/bench/heapsize.mjs; docs/performance.md, 2026-12-06 18:45): the figure to watch for linear time.
//
//   node scripts/bench/allocations.mjs [--survivors] [--order trainee] [library.js=dist/index.js] [claims=50000] [top=12]
import { Session } from "node:inspector/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { benchSetup } from "./common.mjs";
import { generateDocuments } from "./data.mjs";

const args = process.argv.slice(2);
const flag = (name) => {
  const at = args.indexOf(name);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
};
const survivors = flag("--survivors");
const orderAt = args.indexOf("--order");
const order = orderAt >= 0 ? args.splice(orderAt, 2)[1] : "judged";
const library = args[0] ?? "dist/index.js";
const n = Number(args[1] ?? 50_000);
const top = Number(args[2] ?? 12);
const lib = await import(pathToFileURL(resolve(library)).href);
const { policy, parse } = benchSetup(lib);
const documents = generateDocuments(n).map(parse);
let granted = 0;
const decide = (docs) => {
  for (const d of docs) for (const step of lib.decideBatch(policy, d, { trace: false, order })) if (step.decision.outcome === "granted") granted++;
};
decide(generateDocuments(10_000, 7).map(parse));
const session = new Session();
session.connect();
await session.post("HeapProfiler.enable");
// Objects a young-generation collection freed are left out when only the survivors are asked for.
await session.post("HeapProfiler.startSampling", { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: !survivors });
granted = 0;
decide(documents);
const { profile } = await session.post("HeapProfiler.stopSampling");
const bytes = new Map();
let total = 0;
const walk = (node) => {
  const f = node.callFrame;
  const name = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber + 1}`;
  total += node.selfSize;
  if (node.selfSize > 0) bytes.set(name, (bytes.get(name) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child);
};
walk(profile.head);
console.log(`${library}, ${n.toLocaleString("en")} claims (${granted.toLocaleString("en")} granted), order ${order}: ${Math.round(total / n).toLocaleString("en")} bytes a claim ${survivors ? "surviving a young-generation collection" : "allocated"}`);
for (const [name, b] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(Math.round(b / n)).padStart(7)} B  ${((100 * b) / total).toFixed(1).padStart(5)} %  ${name}`);
