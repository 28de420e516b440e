// Profiles the library path of the benchmark: generates and parses N claims (default
// 100k), then runs the V8 CPU profiler around deciding them (decideBatch, trace: false,
// the lean-decide path of run.mjs; BENCH_PROFILE=public profiles parseClaimsDocument +
// decideBatch from the raw documents instead; BENCH_ORDER=trainee decides with
// order: "trainee"; BENCH_TRACE=1 the traced paths), writes the profile
// (open it in Chrome DevTools or speedscope) and prints the top functions by self time,
// by total (inclusive) time, and the library's time by kind of work (what a compiled plan
// that binds rules to pre-resolved values would remove is the "dispatch" line).
//
//   node scripts/bench/profile.mjs [claims] [out.cpuprofile]
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { generateDocuments } from "./data.mjs";
import { LibraryRecord, fullDecide, fullPublic, leanDecide, leanPublic, libraryPolicy, parseOne } from "./library.mjs";

const n = Number(process.argv[2] ?? 100_000);
const file = process.argv[3] ?? "library.cpuprofile";
const publicPath = process.env.BENCH_PROFILE === "public";
const raw = generateDocuments(n);
const docs = publicPath ? raw : raw.map(parseOne);
const policy = libraryPolicy();
const order = process.env.BENCH_ORDER ?? "judged"; // BENCH_ORDER=trainee profiles order: "trainee"
const traced = process.env.BENCH_TRACE === "1"; // BENCH_TRACE=1 profiles traced deciding (the full paths)
const record = (d) => new LibraryRecord(d.reduce((k, doc) => k + doc.claims.length, 0));
const library = (p, d) => (publicPath ? (traced ? fullPublic : leanPublic)(p, d, record(d), order) : traced ? fullDecide(p, d, record(d), order) : leanDecide(p, d, record(d), order));
const warm = generateDocuments(10_000, 7);
library(policy, publicPath ? warm : warm.map(parseOne)); // warm-up

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
const t = performance.now();
library(policy, docs);
const seconds = (performance.now() - t) / 1000;
const { profile } = await session.post("Profiler.stop");
writeFileSync(file, JSON.stringify(profile));

// self and total time per function (name, file:line)
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
const keyOf = (node) => {
  const f = node.callFrame;
  const where = f.url === "" ? "" : ` ${f.url.replace(/^.*\/(dist|node_modules)\//, "$1/")}:${f.lineNumber + 1}`;
  return `${f.functionName || "(anonymous)"}${where}`;
};
const parent = new Map();
for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
const total = new Map();
let all = 0;
for (const [id, us] of dt) {
  all += us;
  const k = keyOf(byId.get(id));
  self.set(k, (self.get(k) ?? 0) + us);
  const seen = new Set();
  for (let p = id; p !== undefined; p = parent.get(p)) {
    const kk = keyOf(byId.get(p));
    if (seen.has(kk)) continue;
    seen.add(kk);
    total.set(kk, (total.get(kk) ?? 0) + us);
  }
}
const top = (m, count) => [...m].sort((a, b) => b[1] - a[1]).slice(0, count).map(([k, us]) => `${((100 * us) / all).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
console.log(`library on ${n} claims: ${seconds.toFixed(2)} s (${Math.round(n / seconds)} claims/s); profile written to ${file}`);
console.log("\nTop 30 by self time:");
console.log(top(self, 30).join("\n"));
console.log("\nTop 40 by total time:");
console.log(top(total, 40).join("\n"));

// The library's time by kind of work: each sample of the timed call (and the collector's) goes to
// the first kind that names it, walking from the sampled function up its callers.
const DISPATCH = new Set(["use", "param", "extended", "fold", "extensionsOn", "resolvedOn", "pieceOf", "timelinesOf", "isResolved"]);
const LEDGER = new Set(["paidOn", "inYear", "forOccupation", "#push", "add", "grantsOf", "withoutKeys", "grantKeys", "payOnceKey", "periodOfKey", "keyValue", "monthSpan", "hasClaim", "#period", "#indexedClaimIds", "grantsWithoutOccupation"]);
const kinds = new Map();
let timed = 0;
for (const [id, us] of dt) {
  const leaf = byId.get(id).callFrame.functionName;
  let kind = leaf === "(garbage collector)" ? "garbage collection" : null;
  let inLibrary = kind !== null;
  for (let p = id; p !== undefined; p = parent.get(p)) {
    const f = byId.get(p).callFrame;
    if (f.functionName === "library" && f.url.endsWith("profile.mjs")) inLibrary = true;
    if (kind === null && f.functionName === "explainReason") kind = "messages (explainReason, the locale tables)";
    if (kind === null && f.functionName === "judgedOrder") kind = "judged order (lookups, sort)";
  }
  if (!inLibrary) continue;
  kind ??= DISPATCH.has(leaf) ? "rule dispatch, parameter resolution (self time)" : LEDGER.has(leaf) ? "ledger lookups and keys (self time)" : "rule bodies, decisions, the batch loop (the rest)";
  kinds.set(kind, (kinds.get(kind) ?? 0) + us);
  timed += us;
}
console.log(`\nThe library's time by kind of work (${(timed / 1000).toFixed(0)} ms, GC included):`);
for (const [k, us] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${((100 * us) / timed).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
