// npm run bench: the four-way benchmark of issue #8. One rule subset (residency, annual
// cap, no-repeat, catalogue standard × trade-friction uplift, living allowance, appraisal
// subsidy; see floor.mjs for the exact semantics) decided four ways over the same
// synthetic claims with histories (data.mjs):
//   (a) library  this library's public API: decideBatch (trace: false) over the parsed documents
//   (b) jre      json-rules-engine, rules as JSON (jre-rules.json)
//   (c) zen      @gorules/zen-engine, a JDM decision graph (subset.jdm.json)
//   (d) floor    a hand-written plain-JS function
// First every engine decides every claim and the decisions are compared (outcome, amount
// in yuan, reason codes); any difference fails the run (exit 1, first 10 printed). Then
// each engine is timed: at sizes under 1M, the checked run is the warm-up and the median
// of BENCH_RUNS (default 3) timed runs is reported; at 1M and above one timed run,
// whose decisions are the ones checked. Every engine is warmed on at least BENCH_WARM
// (default 100,000) claims before its first timed run.
//
//   BENCH_SIZES=10000,100000,1000000   sizes (claims)
//   BENCH_RUNS=3                       timed runs per engine below 1M
//   BENCH_SKIP=jre@1000000,zen         engines (or engine@size) to leave out
//   BENCH_WARM=100000                  claims each engine decides before it is timed
//   node --expose-gc scripts/bench/run.mjs [--json out.json]
//
// With --expose-gc a full collection runs before each engine's timed runs (between engines),
// followed (below 1M) by one untimed run.
//
// The library's figure times decideBatch and the rows; parsing (parseClaimsDocument, the
// validation a caller runs once) is timed apart and reported as `parse`.
import { existsSync, writeFileSync } from "node:fs";
import os from "node:os";
import { generateDocuments } from "./data.mjs";
import { floor } from "./floor.mjs";
import { jre } from "./jre.mjs";
import { library, libraryPolicy, parseAll } from "./library.mjs";
import { loadZen, zen, zenDecision } from "./zen.mjs";

if (!existsSync(new URL("../../dist/index.js", import.meta.url))) {
  console.error("dist/index.js is missing: run npm run build first");
  process.exit(2);
}
const args = process.argv.slice(2);
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : undefined;
const sizes = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const skip = new Set((process.env.BENCH_SKIP ?? "").split(",").filter(Boolean));
const skipped = (engine, n) => skip.has(engine) || skip.has(`${engine}@${n}`);
const SINGLE_RUN_FROM = 1_000_000;

const log = (s) => process.stderr.write(`${s}\n`);
const now = () => performance.now();
const rssMb = () => process.resourceUsage().maxRSS / 1024;
const loadavg = () => os.loadavg().map((l) => Number(l.toFixed(2)));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const env = { exposeGc: typeof globalThis.gc === "function", node: process.version, platform: `${process.platform}-${process.arch}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "?", loadBefore: loadavg(), date: new Date().toISOString() };
log(`node ${env.node}, ${env.cpus} CPUs (${env.cpuModel}), load average before: ${env.loadBefore.join(" ")}`);

const zenLoaded = await loadZen();
if (zenLoaded.error !== undefined) log(`SKIPPING zen: ${zenLoaded.error}`);
const zenGraph = zenLoaded.error === undefined ? zenDecision(zenLoaded.ZenEngine) : null;
const policy = libraryPolicy();

/** The engines, each deciding documents to rows and reporting the seconds it took. */
const ENGINES = {
  library: async (docs) => {
    // times deciding and making the rows, as the other engines' timings do
    const rows = [];
    let ms = 0;
    let cpu = 0;
    for (const doc of docs) {
      const t = now();
      const c = process.cpuUsage();
      for (const row of library(policy, [doc])) rows.push(row);
      const dc = process.cpuUsage(c);
      ms += now() - t;
      cpu += (dc.user + dc.system) / 1e6;
    }
    return { rows, seconds: ms / 1000, cpuSeconds: cpu };
  },
  jre: (docs) => timed(() => jre(docs)),
  zen: (docs) => timed(() => zen(zenGraph, docs)),
  floor: (docs) => timed(() => floor(docs)),
};
/** A full collection between runs, when node runs with --expose-gc (npm run bench does), so one engine's garbage is not collected on another's clock. */
const collect = () => globalThis.gc?.();

/** Wall and CPU seconds (user + system, all threads of the process: GC, ZEN's pool) of one run. */
async function timed(run) {
  const t = now();
  const c = process.cpuUsage();
  const rows = await run();
  const dc = process.cpuUsage(c);
  return { rows, seconds: (now() - t) / 1000, cpuSeconds: (dc.user + dc.system) / 1e6 };
}
const names = Object.keys(ENGINES).filter((e) => e !== "zen" || zenGraph !== null);

/** Compares every engine's rows with the floor's; exits 1 on any difference. */
function checkAgreement(n, results) {
  const reference = results.floor;
  if (reference === undefined) throw new Error("the floor must run: it is the reference of the agreement check");
  const byId = new Map(reference.map((r) => [r.claimId, r]));
  const differences = [];
  for (const [engine, rows] of Object.entries(results)) {
    if (rows.length !== n) differences.push(`${engine}: ${rows.length} decisions for ${n} claims`);
    const seen = new Set();
    for (const r of rows) {
      const f = byId.get(r.claimId);
      seen.add(r.claimId);
      if (f === undefined) differences.push(`${engine}: ${r.claimId} not decided by the floor`);
      else if (f.outcome !== r.outcome || f.amount !== r.amount || f.code !== r.code) {
        differences.push(`${r.claimId}: ${engine} ${r.outcome} ${r.amount} ${r.code} ≠ floor ${f.outcome} ${f.amount} ${f.code}`);
      }
    }
    if (seen.size !== byId.size) differences.push(`${engine}: decided ${seen.size} distinct claims, the floor ${byId.size}`);
  }
  if (differences.length > 0) {
    log(`\nDISAGREEMENT at ${n} claims: ${differences.length} differences; the first 10:`);
    for (const d of differences.slice(0, 10)) log(`  ${d}`);
    process.exit(1);
  }
  const tally = {};
  for (const r of reference) tally[`${r.claimId[0] === "S" ? "trainingSubsidy" : r.claimId[0] === "A" ? "appraisalSubsidy" : "livingAllowance"} ${r.code}`] = (tally[`${r.claimId[0] === "S" ? "trainingSubsidy" : r.claimId[0] === "A" ? "appraisalSubsidy" : "livingAllowance"} ${r.code}`] ?? 0) + 1;
  return tally;
}

// Warm-up: every engine decides at least WARM_CLAIMS claims before it is timed, so the
// JIT has compiled each engine's code before its clock runs (a small batch of 10k claims
// is over before a large code base such as the library's reaches its optimised tier).
const WARM_CLAIMS = Number(process.env.BENCH_WARM ?? 100_000);
const warmRounds = (n) => Math.max(1, Math.ceil(WARM_CLAIMS / n));

// warm-up for the single-run sizes: every engine on 10k claims, WARM_CLAIMS in all
let warmDocs = null;
async function warmUp() {
  warmDocs ??= parseAll(generateDocuments(10_000, 7));
  for (const e of names) for (let i = 0; i < warmRounds(10_000); i++) await ENGINES[e](warmDocs);
}

const results = [];
let warmed = false;
for (const n of sizes) {
  log(`\n== ${n} claims`);
  let t = now();
  const raw = generateDocuments(n);
  log(`generated ${raw.length} document(s) in ${((now() - t) / 1000).toFixed(1)} s`);
  t = now();
  const docs = parseAll(raw);
  const parseSeconds = (now() - t) / 1000;
  raw.length = 0;
  log(`parsed (parseClaimsDocument) in ${parseSeconds.toFixed(1)} s: ${Math.round(n / parseSeconds)} claims/s`);
  const engines = names.filter((e) => e === "floor" || !skipped(e, n));
  for (const e of names) if (!engines.includes(e)) log(`skipping ${e} at ${n} (BENCH_SKIP)`);
  const single = n >= SINGLE_RUN_FROM;
  const timing = {};
  const outputs = {};
  if (!single) {
    log(`checking agreement (also the warm-up: ${warmRounds(n)} run(s) per engine)…`);
    for (const e of engines) {
      const r = await ENGINES[e](docs);
      outputs[e] = r.rows;
      for (let i = 1; i < warmRounds(n); i++) await ENGINES[e](docs);
      log(`  ${e}: ${r.seconds.toFixed(2)} s`);
    }
  } else if (!warmed) {
    log("warming up on 10k claims…");
    await warmUp();
  }
  let tally = single ? null : checkAgreement(n, outputs);
  if (!single) log("all engines agree on every claim");
  for (const k of Object.keys(outputs)) delete outputs[k];
  for (const e of engines) {
    const runs = [];
    const cpuRuns = [];
    // A full collection before each engine's runs, so no engine pays for another's garbage;
    // then, below 1M, one untimed run: a forced collection drops optimised code and inline
    // caches whose object shapes died, and the library (a large code base allocating many
    // shapes) measured half its speed in the run right after one.
    collect();
    if (!single) await ENGINES[e](docs);
    for (let i = 0; i < (single ? 1 : RUNS); i++) {
      const r = await ENGINES[e](docs);
      runs.push(r.seconds);
      cpuRuns.push(r.cpuSeconds);
      if (single) outputs[e] = r.rows;
      log(`  ${e} run ${i + 1}: ${r.seconds.toFixed(2)} s wall, ${r.cpuSeconds.toFixed(2)} s CPU (${Math.round(n / r.seconds)} claims/s), peak RSS so far ${Math.round(rssMb())} MB, load ${loadavg()[0]}`);
    }
    const s = median(runs);
    const c = median(cpuRuns);
    timing[e] = { seconds: s, runs, claimsPerSecond: n / s, cpuSeconds: c, cpuRuns, claimsPerCpuSecond: n / c, peakRssMbSoFar: rssMb() };
  }
  if (single) {
    tally = checkAgreement(n, outputs);
    log("all engines agree on every claim");
    for (const k of Object.keys(outputs)) delete outputs[k];
  }
  warmed = true;
  results.push({ claims: n, documents: docs.length, parse: { seconds: parseSeconds, claimsPerSecond: n / parseSeconds }, engines: timing, decisions: tally });
}
env.loadAfter = loadavg();
env.peakRssMb = rssMb();

// the report
const rate = (r, e) => r.engines[e]?.claimsPerSecond;
const rateCpu = (r, e) => r.engines[e]?.claimsPerCpuSecond;
const ratio = (a, b) => (a === undefined || b === undefined ? undefined : a / b);
const fmtRate = (x) => (x === undefined ? "—" : x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : x.toFixed(0));
const fmtRatio = (x) => (x === undefined ? "—" : `${x.toFixed(x < 10 ? 2 : 1)}×`);
const mark = (ok) => (ok === undefined ? "" : ok ? " ✓" : " ✗");
const TARGETS = { libOverJre: 50, libOverZen: 5, floorOverLib: 3, scaling: 0.8 };

const lines = [];
lines.push(`Four-way benchmark — ${env.date}, node ${env.node}, ${env.platform}, ${env.cpus} CPUs, load average ${env.loadBefore.join(" ")} → ${env.loadAfter.join(" ")}, peak RSS ${Math.round(env.peakRssMb)} MB`);
const table = (title, rate) => {
  lines.push("");
  lines.push(title);
  lines.push("");
  lines.push("| claims | parse (validation) | library | json-rules-engine | ZEN | floor | library ÷ JRE (≥ 50×) | library ÷ ZEN (≥ 5×) | floor ÷ library (≤ 3×) |");
  lines.push("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    const lj = ratio(rate(r, "library"), rate(r, "jre"));
    const lz = ratio(rate(r, "library"), rate(r, "zen"));
    const fl = ratio(rate(r, "floor"), rate(r, "library"));
    lines.push(
      `| ${r.claims.toLocaleString("en")} | ${fmtRate(r.parse.claimsPerSecond)}/s | ${fmtRate(rate(r, "library"))}/s | ${fmtRate(rate(r, "jre"))}/s | ${fmtRate(rate(r, "zen"))}/s | ${fmtRate(rate(r, "floor"))}/s | ${fmtRatio(lj)}${mark(lj === undefined ? undefined : lj >= TARGETS.libOverJre)} | ${fmtRatio(lz)}${mark(lz === undefined ? undefined : lz >= TARGETS.libOverZen)} | ${fmtRatio(fl)}${mark(fl === undefined ? undefined : fl <= TARGETS.floorOverLib)} |`,
    );
  }
};
table(`Claims per second (wall clock; median of ${RUNS} runs below 1M claims, one run at 1M):`, rate);
table("Claims per CPU-second (user + system time of the process, steadier than wall time on a loaded machine; parse column is wall):", rateCpu);
const first = results[0];
const last = results[results.length - 1];
const scaling = {};
if (results.length > 1) {
  lines.push("");
  lines.push(`Scaling (claims/s at ${last.claims.toLocaleString("en")} ÷ at ${first.claims.toLocaleString("en")}; linear is 1.0, target ≥ ${TARGETS.scaling}):`);
  for (const e of names) {
    const s = ratio(rate(last, e), rate(first, e));
    const sc = ratio(rateCpu(last, e), rateCpu(first, e));
    scaling[e] = { wall: s, cpu: sc };
    lines.push(`- ${e}: ${s === undefined ? "—" : s.toFixed(2)} (per CPU-second: ${sc === undefined ? "—" : sc.toFixed(2)})${e === "library" ? mark(s === undefined ? undefined : s >= TARGETS.scaling) : ""}`);
  }
}
lines.push("");
lines.push(`Decisions (every engine agrees on every claim), at ${last.claims.toLocaleString("en")} claims: ${Object.entries(last.decisions).sort().map(([k, v]) => `${k} ${v}`).join("; ")}`);
if (zenGraph === null) lines.push(`\nZEN skipped: ${zenLoaded.error}`);
console.log(lines.join("\n"));
if (jsonOut !== undefined) {
  writeFileSync(jsonOut, `${JSON.stringify({ env, targets: TARGETS, results, scaling }, null, 2)}\n`);
  log(`wrote ${jsonOut}`);
}
