// npm run bench:cli: generates synthetic NDJSON claims files (10k, 100k, 1M claims, with the
// trainees, courses and certificates they reference) in a temp dir, runs the built
// command on each (`evaluate <file> --format ndjson`, output to a file), and prints
// throughput and peak resident memory. A script, not a test: the figures depend on the
// machine. BENCH_SIZES=10000,100000 picks other sizes; BENCH_TRACE=0 adds --no-trace.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "./generate-claims.mjs";

const bin = new URL("../dist/cli.js", import.meta.url).pathname;
if (!existsSync(bin)) {
  console.error("dist/cli.js is missing: run npm run build first");
  process.exit(2);
}
const sizes = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const hasTime = existsSync("/usr/bin/time");
const loadBefore = (await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" ");
const dir = mkdtempSync(join(tmpdir(), "skills-subsidy-bench-"));

/** Peak RSS of a process tree by polling /proc (when /usr/bin/time is missing). */
function treeRss(pid) {
  let total = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    total = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) total = Math.max(total, treeRss(Number(child)));
  } catch {
    // the process ended between two polls
  }
  return total;
}

/** One run of evaluate, its output written to `outFile`. */
async function measure(file, outFile) {
  const args = [bin, "evaluate", file, "--format", "ndjson", ...(process.env.BENCH_TRACE === "0" ? ["--no-trace"] : [])];
  const fd = openSync(outFile, "w");
  const start = process.hrtime.bigint();
  if (hasTime) {
    const out = outFile;
    const r = spawnSync("/usr/bin/time", ["-v", "-o", `${out}.time`, process.execPath, ...args], { stdio: ["ignore", fd, "inherit"], env: process.env });
    closeSync(fd);
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    const t = readFileSync(`${out}.time`, "utf8");
    const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(t)?.[1]);
    const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(t)?.[1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(t)?.[1]);
    return { status: r.status, wall, cpu, rssMb: kb / 1024 };
  }
  const child = spawn(process.execPath, args, { stdio: ["ignore", fd, "inherit"] });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 50);
  const status = await new Promise((resolve) => child.on("exit", resolve));
  clearInterval(timer);
  closeSync(fd);
  return { status, wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: NaN, rssMb: peak / 1024 };
}

const rows = [];
try {
  for (const n of sizes) {
    const file = join(dir, `claims-${n}.ndjson`);
    process.stderr.write(`generating ${n} claims… `);
    await generate(n, file);
    process.stderr.write(`${(statSync(file).size / 1e6).toFixed(1)} MB; evaluating…\n`);
    const outFile = join(dir, `out-${n}.ndjson`);
    const m = await measure(file, outFile);
    if (m.status !== 0) throw new Error(`evaluate exited ${m.status} on ${n} claims`);
    // Check the run decided every claim: its last line is the summary.
    const tail = spawnSync("tail", ["-n", "1", outFile], { encoding: "utf8" }).stdout;
    const summary = JSON.parse(tail);
    if (summary.type !== "summary" || summary.claims !== n) throw new Error(`expected ${n} decisions, got ${tail}`);
    rows.push({ claims: n, inputMB: statSync(file).size / 1e6, outputMB: statSync(outFile).size / 1e6, wall: m.wall, cpu: m.cpu, rate: n / m.wall, rssMb: m.rssMb, granted: summary.granted, total: summary.total });
    rmSync(outFile, { force: true });
    rmSync(file, { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\nskills-subsidy bench · node ${process.version} · ${hasTime ? "peak RSS from /usr/bin/time -v" : "peak RSS by polling /proc"}`);
console.log(`load average before the runs: ${loadBefore}; after: ${(await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" ")}`);
console.log("claims     input MB  output MB  wall s   CPU s    claims/s  claims/CPU-s  peak RSS MB  granted   total yuan");
for (const r of rows) {
  console.log(
    [
      String(r.claims).padEnd(10),
      r.inputMB.toFixed(1).padStart(8),
      r.outputMB.toFixed(1).padStart(9),
      r.wall.toFixed(1).padStart(7),
      (Number.isNaN(r.cpu) ? "n/a" : r.cpu.toFixed(1)).padStart(7),
      Math.round(r.rate).toString().padStart(9),
      (Number.isNaN(r.cpu) ? "n/a" : Math.round(r.claims / r.cpu).toString()).padStart(12),
      r.rssMb.toFixed(0).padStart(11),
      String(r.granted).padStart(8),
      r.total.padStart(12),
    ].join("  "),
  );
}
