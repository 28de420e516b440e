// npm run bench:budgets — the size and start-up budgets of issue #16, measured on dist/:
//   - a browser bundle of "evaluate one Jiaxing claim" (evaluateClaim + jiaxingPolicy +
//     withJiaxingCatalogue + parseClaimsDocument), minified by esbuild, gzipped; budget 60 KB;
//   - import("skills-subsidy") CPU time (user + system), median of 5 fresh processes; budget 50 ms;
//   - the packed tarball, unpacked size, and whether it carries source maps.
// Prints a table and the machine's load; --json FILE also writes the figures.
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const BUDGET = { bundleGzipKB: 60, importMs: 50 };

async function bundle() {
  const result = await build({
    stdin: {
      contents: 'import { evaluateClaim, jiaxingPolicy, withJiaxingCatalogue, parseClaimsDocument } from "./dist/index.js"; globalThis.ss = { evaluateClaim, jiaxingPolicy, withJiaxingCatalogue, parseClaimsDocument };',
      resolveDir: ".",
      loader: "js",
    },
    bundle: true,
    write: false,
    minify: true,
    platform: "browser",
    format: "esm",
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  const byPackage = {};
  for (const [path, v] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    const key = path.includes("node_modules/") ? path.split("node_modules/")[1].split("/")[0] : "skills-subsidy";
    byPackage[key] = (byPackage[key] ?? 0) + v.bytesInOutput;
  }
  return { minifiedKB: code.length / 1024, gzipKB: gzipSync(code).length / 1024, byPackage };
}

function importMs() {
  const script = 'const t = process.cpuUsage(); import("./dist/index.js").then(() => { const u = process.cpuUsage(t); console.log((u.user + u.system) / 1000); });';
  const runs = Array.from({ length: 5 }, () => Number(spawnSync(process.execPath, ["-e", script], { encoding: "utf8" }).stdout.trim()));
  runs.sort((a, b) => a - b);
  return { median: runs[2], runs };
}

function tarball() {
  const [info] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  return { unpackedKB: info.unpackedSize / 1024, packedKB: info.size / 1024, files: info.entryCount, sourceMaps: info.files.filter((f) => f.path.endsWith(".map")).length };
}

const figures = { load: os.loadavg(), cores: os.cpus().length, node: process.version, bundle: await bundle(), import: importMs(), tarball: tarball() };
const kb = (n) => `${n.toFixed(1)} KB`;
const verdict = (value, budget) => (value <= budget ? "within" : "OVER");
console.log(`load average ${figures.load.map((l) => l.toFixed(2)).join(" ")} on ${figures.cores} cores, Node ${figures.node}`);
console.log("| measure | value | budget | |");
console.log("|---|---:|---:|---|");
console.log(`| browser bundle, evaluate one Jiaxing claim (min + gzip) | ${kb(figures.bundle.gzipKB)} | ${BUDGET.bundleGzipKB} KB | ${verdict(figures.bundle.gzipKB, BUDGET.bundleGzipKB)} |`);
console.log(`| the same, minified | ${kb(figures.bundle.minifiedKB)} | | |`);
console.log(`| import("skills-subsidy"), CPU, median of 5 fresh processes | ${figures.import.median.toFixed(0)} ms | ${BUDGET.importMs} ms | ${verdict(figures.import.median, BUDGET.importMs)} |`);
console.log(`| tarball: packed / unpacked, files, source maps | ${kb(figures.tarball.packedKB)} / ${kb(figures.tarball.unpackedKB)}, ${figures.tarball.files}, ${figures.tarball.sourceMaps} | | |`);
console.log(`\nbundle by package (minified bytes): ${Object.entries(figures.bundle.byPackage).map(([k, v]) => `${k} ${kb(v / 1024)}`).join(", ")}`);
const out = process.argv.indexOf("--json");
if (out > 0) writeFileSync(process.argv[out + 1], `${JSON.stringify(figures, null, 2)}\n`);
