// Does a large live heap slow the library's deciding? Decides the same N pre-parsed claims (lean deciding, the
// benchmark's data and policy) in fresh processes, each holding B MB of unrelated live objects ("ballast": small
// objects in one array, made before the claims are decided and never touched again), and prints per run the CPU time,
// the time in garbage collection (PerformanceObserver "gc" entries: every pause, young and old generation), the number
// of collections and the minor page faults — alternating the ballast sizes so the machine's load falls on each alike.
// A study of why time(1M) ÷ time(100k) exceeds 11 (issue #17, docs/performance.md): at 1M the benchmark's process holds
// the million parsed claims, about a gigabyte, while deciding.
//
//   node --expose-gc scripts/bench/heapsize.mjs [claims=100000] [ballast MB list=0,1000] [rounds=2] [library=dist/index.js]
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

if (process.env.HEAPSIZE_CHILD === "1") {
  const { PerformanceObserver } = await import("node:perf_hooks");
  const { generateDocuments } = await import("./data.mjs");
  const { benchSetup } = await import("./common.mjs");
  const [n, ballastMb, library] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]];
  const lib = await import(pathToFileURL(resolve(library)).href);
  const { policy, parse } = benchSetup(lib);
  const documents = generateDocuments(n).map(parse);
  const ballast = [];
  for (let i = 0; i < (ballastMb * 1e6) / 64; i++) ballast.push({ a: i, b: String(i), c: null });
  let granted = 0;
  const decide = (docs) => {
    for (const d of docs) for (const step of lib.decideBatch(policy, d, { trace: false })) if (step.decision.outcome === "granted") granted++;
  };
  decide(generateDocuments(10_000, 7).map(parse)); // warm-up
  globalThis.gc();
  let gcMs = 0;
  let gcs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gcMs += e.duration;
      gcs++;
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  granted = 0;
  const before = process.resourceUsage();
  const t = process.cpuUsage();
  decide(documents);
  const cpu = process.cpuUsage(t);
  const after = process.resourceUsage();
  await new Promise((r) => setTimeout(r, 50)); // the observer's last entries
  console.log(JSON.stringify({ ballastMb, heapMb: Math.round(process.memoryUsage().heapUsed / 1e6), cpuMs: Math.round((cpu.user + cpu.system) / 1000), gcMs: Math.round(gcMs), gcs, minorFaults: after.minorPageFault - before.minorPageFault, granted, kept: ballast.length > -1 }));
  process.exit(0);
}

const n = Number(process.argv[2] ?? 100_000);
const sizes = (process.argv[3] ?? "0,1000").split(",").map(Number);
const rounds = Number(process.argv[4] ?? 2);
const library = process.argv[5] ?? "dist/index.js";
const { execSync } = await import("node:child_process");
console.log(`node ${process.version}, ${n.toLocaleString("en")} claims, lean deciding; ${execSync("uptime").toString().trim()}`);
for (let r = 0; r < rounds; r++) {
  for (const b of sizes) {
    const child = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), String(n), String(b), library], { encoding: "utf8", env: { ...process.env, HEAPSIZE_CHILD: "1" }, maxBuffer: 1 << 24 });
    if (child.status !== 0) throw new Error(child.stderr.slice(-2000));
    const f = JSON.parse(child.stdout.trim().split("\n").pop());
    console.log(`ballast ${String(b).padStart(5)} MB (heap ${f.heapMb} MB): ${f.cpuMs} ms CPU, GC ${f.gcMs} ms in ${f.gcs} pauses (${((100 * f.gcMs) / f.cpuMs).toFixed(0)} %), not GC ${f.cpuMs - f.gcMs} ms, ${f.minorFaults} minor page faults; ${f.granted} granted`);
  }
}
console.log(execSync("uptime").toString().trim());
