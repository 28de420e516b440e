// The web service's throughput and latency (issue #19): `skills-subsidy serve` started
// as its own process, loaded by autocannon from this one, for
//   - one claim with its records (POST /evaluate, the worked example's living allowance),
//   - a 1,000-claim claims document (POST /evaluate, the synthetic claims of
//     scripts/generate-claims.mjs), with its trace and with ?trace=false.
// Prints requests per second and p50/p99 latency as a Markdown table, with the machine's
// load (`uptime`) before and after: docs/performance.md, "Web service", is this output.
//
//   npm run bench:server                 (builds first)
//   node scripts/bench/server.mjs [--duration 10] [--connections 4]
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { generate } from "../generate-claims.mjs";

const { values } = parseArgs({ options: { duration: { type: "string", default: "10" }, connections: { type: "string", default: "4" } } });
const duration = Number(values.duration);
const connections = Number(values.connections);
const root = new URL("../../", import.meta.url);

/** A claims document of `n` claims from the NDJSON generator. */
async function documentOf(n) {
  const dir = mkdtempSync(join(tmpdir(), "ss-bench-server-"));
  try {
    const file = join(dir, "claims.ndjson");
    await generate(n, file);
    const doc = { claims: [], trainees: [], courses: [], certificates: [] };
    const into = { claim: "claims", trainee: "trainees", course: "courses", certificate: "certificates" };
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (line === "") continue;
      const { type, ...record } = JSON.parse(line);
      doc[into[type]].push(record);
    }
    return doc;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function startServer() {
  const child = spawn(process.execPath, [fileURLToPath(new URL("dist/cli.js", root)), "serve", "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (c) => {
      out += c;
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url !== undefined) resolve({ child, url });
    });
    child.once("exit", (code) => reject(new Error(`serve exited ${code}`)));
  });
}

function run(url, body, title) {
  return new Promise((resolve, reject) => {
    autocannon({ url, method: "POST", body, headers: { "content-type": "application/json" }, connections, duration, title }, (error, result) => {
      if (error) reject(error);
      else resolve(result);
    });
  });
}

const worked = JSON.parse(readFileSync(new URL("fixtures/jiaxing/worked-example.json", root), "utf8"));
const oneClaim = JSON.stringify({ claim: worked.claims.find((c) => c.id === "WX-2"), trainee: worked.trainees[0], course: worked.courses[0] });
const thousand = JSON.stringify(await documentOf(1000));

const uptime = () => execFileSync("uptime", { encoding: "utf8" }).trim();
const before = uptime();
const { child, url } = await startServer();
const cases = [
  ["one claim (its records in the body)", `${url}/evaluate`, oneClaim],
  ["1,000-claim document", `${url}/evaluate`, thousand],
  ["1,000-claim document, ?trace=false", `${url}/evaluate?trace=false`, thousand],
];
const rows = [];
try {
  // A short warm-up, so the first figures are not the JIT's.
  await run(`${url}/evaluate`, oneClaim, "warm-up").catch(() => undefined);
  for (const [name, target, body] of cases) {
    const r = await run(target, body, name);
    if (r.non2xx > 0 || r.errors > 0) throw new Error(`${name}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
    rows.push([name, `${(Buffer.byteLength(body) / 1024).toFixed(0)} KiB`, r.requests.average.toFixed(1), `${r.latency.p50} ms`, `${r.latency.p99} ms`, String(r.requests.total)]);
  }
} finally {
  child.kill("SIGTERM");
}
const after = uptime();

console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "?"}); autocannon, ${connections} connections, ${duration} s per case; one server process.`);
console.log(`uptime before: ${before}`);
console.log(`uptime after:  ${after}\n`);
console.log("| request | body | requests/s | p50 | p99 | requests |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
