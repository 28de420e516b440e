// npm run bench:cli: the command line end to end against its I/O floor (issue #17).
// Generates synthetic NDJSON claims (scripts/generate-claims.mjs: trainees with a course
// and certificates, living-allowance and appraisal claims) into a temporary directory,
// then for each size runs, one after another,
//   - `node dist/cli.js evaluate <file> --format ndjson --no-trace`, output to a file;
//   - the same with traces (the default);
//   - `--no-trace --order trainee`: each trainee's decisions together, the parts' files written
//     one after another instead of merged; the same decisions as the judged order's (compared
//     as multisets of lines: a digest that ignores their order);
//   - both again with `--threads N` (BENCH_CLI_THREADS, default 2; 1 leaves them out): the
//     parts decided on N threads, the output byte-identical (compared with cmp);
//   - the read-parse-write floor (cli-floor.mjs: reads the same file, JSON.parses each
//     line, writes a small JSON result per line),
// each under `/usr/bin/time -v` (wall, user + system CPU, peak RSS; where /usr/bin/time
// is missing, peak RSS by polling /proc/<pid>/status VmHWM, and CPU is not reported),
// and reports output size and wall ÷ the floor's wall. The `uptime` load before and
// after. A run whose estimate (linear, from the same run at the size before) exceeds its
// limit — BENCH_CLI_LIMIT_S for --no-trace (default 1200: the 1M run is the target's
// measure), BENCH_LIMIT_S for traces (default 300) — is reported as not run, with the
// estimate. A size over the CLI's default limit of 10,000,000 records per run (10M claims
// are about 24.7M records) is run with `--max-records <its record count>`.
//
//   BENCH_CLI_SIZES=100000,1000000 (default; add 10000000 to try 10M: about 4.7 GB of
//   input, and as much again of spill files and the output's size twice, on the temp disk)
//   node scripts/bench/cli.mjs [--json bench-results/cli-latest.json | --no-json]
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { generate } from "../generate-claims.mjs";

const ROOT = new URL("../../", import.meta.url);
const bin = new URL("dist/cli.js", ROOT).pathname;
const floorScript = new URL("cli-floor.mjs", import.meta.url).pathname;
if (!existsSync(bin)) {
  console.error("dist/cli.js is missing: run npm run build first");
  process.exit(2);
}
const args = process.argv.slice(2);
const jsonOut = args.includes("--no-json") ? undefined : args.includes("--json") ? args[args.indexOf("--json") + 1] : new URL("bench-results/cli-latest.json", ROOT).pathname;
const sizes = (process.env.BENCH_CLI_SIZES ?? process.env.BENCH_SIZES ?? "100000,1000000").split(",").map(Number);
const THREADS = Number(process.env.BENCH_CLI_THREADS ?? 2);
const LIMITS = { "no-trace": Number(process.env.BENCH_CLI_LIMIT_S ?? 1200), trace: Number(process.env.BENCH_LIMIT_S ?? 300) };
/** The runs of each size: `kind` is the limit and the row's name; `threads` the --threads given (1: none); `order` the --order given (none: judged). */
const VARIANTS = [
  { name: "no-trace", kind: "no-trace", threads: 1 },
  { name: "no-trace-trainee", kind: "no-trace", threads: 1, order: "trainee" },
  { name: "trace", kind: "trace", threads: 1 },
  ...(THREADS > 1 ? [{ name: `no-trace-threads-${THREADS}`, kind: "no-trace", threads: THREADS }, { name: `trace-threads-${THREADS}`, kind: "trace", threads: THREADS }] : []),
];
const label = (r) => `evaluate ${r.kind === "no-trace" ? "--no-trace" : "(traces)"}${r.order === undefined ? "" : ` --order ${r.order}`}${(r.threads ?? 1) > 1 ? ` --threads ${r.threads}` : ""}`;

/** A digest of a file's lines that does not depend on their order (the sum of each line's SHA-1, mod 2^160), and its line count. */
function linesDigest(path) {
  const fd = openSync(path, "r");
  const block = Buffer.allocUnsafe(1 << 20);
  let pending = Buffer.alloc(0);
  let sum = 0n;
  let lines = 0;
  const add = (line) => {
    sum = (sum + BigInt(`0x${createHash("sha1").update(line).digest("hex")}`)) % (1n << 160n);
    lines += 1;
  };
  try {
    for (let n = readSync(fd, block); n > 0; n = readSync(fd, block)) {
      const chunk = pending.length === 0 ? block.subarray(0, n) : Buffer.concat([pending, block.subarray(0, n)]);
      let at = 0;
      for (let nl = chunk.indexOf(10, at); nl !== -1; nl = chunk.indexOf(10, at)) {
        add(chunk.subarray(at, nl));
        at = nl + 1;
      }
      pending = Buffer.from(chunk.subarray(at));
    }
    if (pending.length > 0) add(pending);
  } finally {
    closeSync(fd);
  }
  return `${lines}:${sum.toString(16)}`;
}
const MAX_RECORDS = 10_000_000; // the CLI's records-per-run limit (evaluate --help)
const hasTime = existsSync("/usr/bin/time");
const log = (s) => process.stderr.write(`${s}\n`);
const uptime = () => {
  try {
    return execFileSync("uptime", { encoding: "utf8" }).trim();
  } catch {
    return `load average: ${os.loadavg().map((l) => l.toFixed(2)).join(", ")} (os.loadavg; no uptime command)`;
  }
};

/** Peak RSS of a process by polling /proc (only when /usr/bin/time is missing). */
function vmHwmKb(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0; // ended between two polls
  }
}

/** Runs `node <args>` with stdout to `outFile`; wall, CPU (user + system) and peak RSS. */
async function measure(nodeArgs, outFile) {
  const fd = openSync(outFile, "w");
  const start = process.hrtime.bigint();
  if (hasTime) {
    const timeFile = `${outFile}.time`;
    const r = spawnSync("/usr/bin/time", ["-v", "-o", timeFile, process.execPath, ...nodeArgs], { stdio: ["ignore", fd, "inherit"] });
    closeSync(fd);
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    const t = readFileSync(timeFile, "utf8");
    rmSync(timeFile, { force: true });
    const num = (re) => Number(re.exec(t)?.[1]);
    return { status: r.status, wall, cpu: num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/), rssMb: num(/Maximum resident set size \(kbytes\): (\d+)/) / 1024, rssFrom: "/usr/bin/time -v" };
  }
  const child = spawn(process.execPath, nodeArgs, { stdio: ["ignore", fd, "inherit"] });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, vmHwmKb(child.pid))), 50);
  const status = await new Promise((resolve) => child.on("exit", resolve));
  clearInterval(timer);
  closeSync(fd);
  return { status, wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: undefined, rssMb: peak / 1024, rssFrom: "polling /proc VmHWM every 50 ms" };
}

const env = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, priority: os.getPriority(), uptimeBefore: uptime(), timeTool: hasTime ? "/usr/bin/time -v" : "none: peak RSS by polling /proc, no CPU" };
log(`uptime before: ${env.uptimeBefore}`);
const dir = mkdtempSync(join(os.tmpdir(), "skills-subsidy-bench-cli-"));
const runs = [];
const perClaim = {}; // variant → wall seconds per claim at the last size measured
try {
  for (const n of sizes) {
    const file = join(dir, `claims-${n}.ndjson`);
    const t = Date.now();
    await generate(n, file);
    const inputBytes = statSync(file).size;
    const records = Number(execFileSync("wc", ["-l", file], { encoding: "utf8" }).trim().split(/\s+/)[0]);
    log(`\n== ${n.toLocaleString("en")} claims: ${records.toLocaleString("en")} records, ${(inputBytes / 1e6).toFixed(1)} MB, generated in ${((Date.now() - t) / 1000).toFixed(1)} s — ${uptime()}`);
    const out = join(dir, "out-floor.ndjson");
    const floor = await measure([floorScript, file, out], out);
    if (floor.status !== 0) throw new Error(`the floor script exited ${floor.status}`);
    const floorBytes = statSync(out).size;
    rmSync(out, { force: true });
    runs.push({ claims: n, variant: "floor", records, inputBytes, ...floor, outputBytes: floorBytes });
    log(`  floor: ${floor.wall.toFixed(1)} s wall, ${floor.cpu?.toFixed(1) ?? "?"} s CPU, ${Math.round(floor.rssMb)} MB peak RSS, ${(floorBytes / 1e6).toFixed(1)} MB out`);
    const outputs = {}; // kind → the one-thread output's path, to compare the threaded one with
    for (const { name: variant, kind, threads, order } of VARIANTS) {
      const base = { claims: n, variant, kind, threads, ...(order === undefined ? {} : { order }), records, inputBytes, floorWall: floor.wall };
      const estimate = perClaim[variant] === undefined ? undefined : perClaim[variant] * n;
      if (estimate !== undefined && estimate > LIMITS[kind]) {
        runs.push({ ...base, notRun: `estimated ${Math.round(estimate)} s wall and ${((perClaim[`${variant}-bytes`] * n) / 1e9).toFixed(1)} GB of output (linear from the size before) > the ${LIMITS[kind]} s limit` });
        log(`  ${label(base)}: not run — ${runs.at(-1).notRun}`);
        continue;
      }
      const target = join(dir, `out-${variant}.ndjson`);
      const m = await measure([bin, "evaluate", file, "--format", "ndjson", ...(kind === "no-trace" ? ["--no-trace"] : []), ...(order === undefined ? [] : ["--order", order]), ...(threads > 1 ? ["--threads", String(threads)] : []), ...(records > MAX_RECORDS ? ["--max-records", String(records)] : [])], target);
      const outputBytes = statSync(target).size;
      const summary = JSON.parse(spawnSync("tail", ["-n", "1", target], { encoding: "utf8" }).stdout);
      if (m.status !== 0 || summary.type !== "summary" || summary.claims !== n) throw new Error(`evaluate ${variant} on ${n} claims: exit ${m.status}, last line ${JSON.stringify(summary)}`);
      let sameAsOneThread;
      let sameAsJudged;
      if (order !== undefined) {
        // the same decision lines as the judged order's, in another order
        sameAsJudged = outputs[kind] !== undefined && linesDigest(outputs[kind]) === linesDigest(target);
        if (!sameAsJudged) throw new Error(`evaluate ${variant} on ${n} claims: the decisions differ from the judged order's`);
        rmSync(target, { force: true });
      } else if (threads === 1) outputs[kind] = target;
      else if (outputs[kind] !== undefined) {
        sameAsOneThread = spawnSync("cmp", ["-s", outputs[kind], target]).status === 0;
        if (!sameAsOneThread) throw new Error(`evaluate ${variant} on ${n} claims: the output differs from one thread's`);
        rmSync(target, { force: true });
      }
      perClaim[variant] = m.wall / n;
      perClaim[`${variant}-bytes`] = outputBytes / n;
      runs.push({ ...base, ...m, outputBytes, wallRatio: m.wall / floor.wall, granted: summary.granted, total: summary.total, ...(sameAsOneThread === undefined ? {} : { sameAsOneThread }), ...(sameAsJudged === undefined ? {} : { sameAsJudged }) });
      log(`  ${label(base)}: ${m.wall.toFixed(1)} s wall (${(m.wall / floor.wall).toFixed(1)}× the floor), ${m.cpu?.toFixed(1) ?? "?"} s CPU, ${Math.round(m.rssMb)} MB peak RSS, ${(outputBytes / 1e6).toFixed(1)} MB out, ${summary.granted} granted, ${summary.total} yuan${sameAsOneThread ? ", byte-identical to one thread's" : ""}${sameAsJudged ? ", the judged order's decisions" : ""}`);
    }
    for (const path of Object.values(outputs)) rmSync(path, { force: true });
    rmSync(file, { force: true });
  }
  // 10M claims, when not asked for: the estimate from the largest size run (linear), and the command
  const largest = runs.filter((r) => r.variant === "floor").at(-1);
  if (!sizes.includes(10_000_000) && largest !== undefined) {
    const records = Math.round((largest.records / largest.claims) * 10_000_000);
    for (const { name: variant, kind, threads, order } of VARIANTS) {
      const at = runs.filter((r) => r.variant === variant && r.wall !== undefined).at(-1);
      const estimate = at === undefined ? "no rate measured" : `estimated ${Math.round((at.wall / at.claims) * 10_000_000)} s wall and ${((at.outputBytes / at.claims) * 1e7 / 1e9).toFixed(1)} GB of output (linear from ${at.claims.toLocaleString("en")} claims)`;
      runs.push({ claims: 10_000_000, variant, kind, threads, ...(order === undefined ? {} : { order }), records, inputBytes: (largest.inputBytes / largest.claims) * 10_000_000, notRun: `not asked for (BENCH_CLI_SIZES=…,10000000); ${estimate}; about ${records.toLocaleString("en")} records (${(largest.records / largest.claims).toFixed(2)} per claim), run with --max-records` });
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
env.uptimeAfter = uptime();

const lines = [];
lines.push(`CLI benchmark (issue #17) — ${env.date}, node ${env.node}, ${env.cpus} CPUs, nice ${env.priority}; ${hasTime ? "wall, CPU and peak RSS from /usr/bin/time -v" : "/usr/bin/time missing: peak RSS by polling /proc, CPU not measured"}`);
lines.push(`uptime before: ${env.uptimeBefore}`);
lines.push(`uptime after:  ${env.uptimeAfter}`);
lines.push("");
lines.push("| claims | run | records | input MB | output MB | wall s | CPU s | claims/s (wall) | peak RSS MB | wall ÷ floor |");
lines.push("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of runs) {
  if (r.notRun !== undefined) lines.push(`| ${r.claims.toLocaleString("en")} | ${label(r)} | ${r.records.toLocaleString("en")} | ${(r.inputBytes / 1e6).toFixed(0)} | | not run: ${r.notRun} | | | | |`);
  else lines.push(`| ${r.claims.toLocaleString("en")} | ${r.variant === "floor" ? "read-parse-write floor" : label(r)} | ${r.records.toLocaleString("en")} | ${(r.inputBytes / 1e6).toFixed(0)} | ${(r.outputBytes / 1e6).toFixed(0)} | ${r.wall.toFixed(1)} | ${r.cpu?.toFixed(1) ?? "n/a"} | ${Math.round(r.claims / r.wall).toLocaleString("en")} | ${Math.round(r.rssMb)} | ${r.variant === "floor" ? "1" : `${r.wallRatio.toFixed(1)}×`} |`);
}
console.log(lines.join("\n"));
if (jsonOut !== undefined) {
  mkdirSync(dirname(jsonOut), { recursive: true });
  writeFileSync(jsonOut, `${JSON.stringify({ env, limitSeconds: LIMITS, runs }, null, 2)}\n`);
  log(`wrote ${jsonOut}`);
}
