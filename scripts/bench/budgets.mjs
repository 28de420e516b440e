// npm run bench:budgets — the size and start-up budgets of issue #16, measured on dist/:
//   - a browser bundle of "evaluate one Jiaxing claim" (evaluateClaim + jiaxingPolicy +
//     withJiaxingCatalogue + parseClaimsDocument), minified by esbuild, gzipped; budget 60 KB;
//   - import("skills-subsidy") CPU time (user + system), median of 5 fresh processes; budget 50 ms;
//   - the packed tarball, unpacked size, and whether it carries source maps.
// Prints a table and the machine's load; --json FILE also writes the figures.
// --breakdown also prints what the budgets are made of: each part's marginal cost in the bundle
// (the bundle built from the sources' import graph with that part left out), and each entry
// point's import CPU time and the dist/ bytes it loads.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const BUDGET = { bundleGzipKB: 60, importMs: 50 };

const ONE_CLAIM = (from) => `import { evaluateClaim, jiaxingPolicy, withJiaxingCatalogue, parseClaimsDocument } from "${from}"; globalThis.ss = { evaluateClaim, jiaxingPolicy, withJiaxingCatalogue, parseClaimsDocument };`;

async function bundle() {
  const result = await build({
    stdin: {
      contents: ONE_CLAIM("./dist/index.js"),
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

function importMs(specifier = "./dist/index.js") {
  const script = `const t = process.cpuUsage(); import(${JSON.stringify(specifier)}).then(() => { const u = process.cpuUsage(t); console.log((u.user + u.system) / 1000); });`;
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
// What the bundle is made of: the one-claim bundle built from src/ (esbuild reads the sources'
// import graph, so a module nothing needs is left out whole), and for each part the bytes it
// costs: the bundle with that part replaced by an empty module, subtracted from the whole (so a
// part's figure includes what only it brings in, and the parts need not add up to the whole).
async function bundleParts() {
  const parts = {
    "zod (every module of it in the bundle; the library modules that import it are listed below)": /node_modules\/zod\//,
    // decimal.js until issue #16 (31.8 KB minified, 12.5 KB gzipped); now the library's own exact money
    "money: src/core/money.ts (exact amounts, no dependency)": /src\/core\/money\.ts$/,
    "messages: src/locales/zh-CN.ts": /src\/locales\/zh-CN\.ts$/,
    "messages: src/locales/en.ts": /src\/locales\/en\.ts$/,
    "messages: src/locales/regions.ts, terms.ts": /src\/locales\/(regions|terms)\.ts$/,
    "Jiaxing: its rules (src/jurisdictions/jiaxing/*.ts but the layer, its data, the policy, the catalogue)": /src\/jurisdictions\/jiaxing\/(?!(jx2019|jx2019\.params|policy|catalogue|pack)\.ts$)[^/]+\.ts$/,
    "Jiaxing: its parameter data (jx2019.params.ts)": /src\/jurisdictions\/jiaxing\/jx2019\.params\.ts$/,
    "national texts: gbf2019 and its data": /src\/jurisdictions\/national\//,
    "the national rules (src/provisions)": /src\/provisions\//,
    "the records' schemas and parsers (src/records)": /src\/records\//,
    "the engine (src/engine.ts)": /src\/engine\.ts$/,
    "layers, parameters, decisions, ledger, dates, money (src/core)": /src\/core\//,
  };
  const size = async (leaveOut) => {
    const plugins = leaveOut === null ? [] : [{
      name: "leave-out",
      setup(b) {
        b.onResolve({ filter: /.*/ }, async (a) => {
          if (a.pluginData === "resolving") return undefined;
          const r = await b.resolve(a.path, { kind: a.kind, resolveDir: a.resolveDir, importer: a.importer, pluginData: "resolving" });
          return leaveOut.test(r.path) ? { path: r.path, namespace: "left-out" } : undefined;
        });
        b.onLoad({ filter: /.*/, namespace: "left-out" }, () => ({ contents: "module.exports = {}", loader: "js" }));
      },
    }];
    const r = await build({ stdin: { contents: ONE_CLAIM("./src/index.ts"), resolveDir: ".", loader: "js" }, bundle: true, write: false, minify: true, platform: "browser", format: "esm", logLevel: "silent", plugins });
    const code = r.outputFiles[0].contents;
    return { minifiedKB: code.length / 1024, gzipKB: gzipSync(code).length / 1024 };
  };
  const whole = await size(null);
  // What brings zod in: the library's modules in the bundle that import zod themselves (the
  // records' parse path does not: its validators are generated from the zod schemas, issue #16).
  const meta = await build({ stdin: { contents: ONE_CLAIM("./src/index.ts"), resolveDir: ".", loader: "js" }, bundle: true, write: false, minify: true, platform: "browser", format: "esm", logLevel: "silent", metafile: true });
  const kept = Object.values(meta.metafile.outputs)[0].inputs;
  const zodImporters = Object.entries(meta.metafile.inputs)
    .filter(([path, info]) => path.startsWith("src/") && (kept[path]?.bytesInOutput ?? 0) > 0 && info.imports.some((i) => i.path.includes("node_modules/zod/")))
    .map(([path]) => path);
  const zodBytes = Object.entries(kept).filter(([path]) => path.includes("node_modules/zod/")).reduce((n, [, v]) => n + v.bytesInOutput, 0);
  const out = { whole, zodBytes, zodImporters: zodBytes === 0 ? [] : zodImporters, parts: {} };
  for (const [name, re] of Object.entries(parts)) {
    const without = await size(re);
    out.parts[name] = { minifiedKB: whole.minifiedKB - without.minifiedKB, gzipKB: whole.gzipKB - without.gzipKB };
  }
  return out;
}

// Each entry point: its import CPU time (median of 5 fresh processes) and the dist/ files it loads.
function entries() {
  const out = {};
  for (const name of ["index", "jurisdictions", "reform", "reports", "schemas", "node", "server", "server-fetch"]) {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(`dist/${file}`, "utf8").matchAll(/(?:from|import)\s*["']\.\/([^"']+)["']/g)) visit(m[1]);
    };
    visit(`${name}.js`);
    const kb = [...seen].reduce((n, f) => n + readFileSync(`dist/${f}`).length, 0) / 1024;
    out[name] = { importMs: importMs(`./dist/${name}.js`).median, files: seen.size, distKB: kb };
  }
  return out;
}

if (process.argv.includes("--breakdown")) {
  const parts = await bundleParts();
  figures.bundleParts = parts;
  console.log(`\nthe one-claim bundle built from the sources (src/): ${kb(parts.whole.minifiedKB)} minified, ${kb(parts.whole.gzipKB)} min + gzip; each part's cost (the bundle without it, subtracted):`);
  console.log("| part | minified | min + gzip |");
  console.log("|---|---:|---:|");
  for (const [name, v] of Object.entries(parts.parts)) console.log(`| ${name} | ${kb(v.minifiedKB)} | ${kb(v.gzipKB)} |`);
  console.log(`\nzod in that bundle: ${kb(parts.zodBytes / 1024)} minified${parts.zodBytes === 0 ? "" : `; the library's modules in it that import zod (${parts.zodImporters.length}): ${parts.zodImporters.join(", ")}`}`);
  figures.entries = entries();
  console.log("\n| entry point | import CPU, median of 5 | dist/ files loaded | their size |");
  console.log("|---|---:|---:|---:|");
  for (const [name, v] of Object.entries(figures.entries)) console.log(`| ${name === "index" ? "skills-subsidy" : `skills-subsidy/${name.replace("server-fetch", "server/fetch")}`} | ${v.importMs.toFixed(0)} ms | ${v.files} | ${kb(v.distKB)} |`);
  const deps = Object.fromEntries(["zod"].map((d) => [d, importMs(d).median]));
  figures.dependencyImportMs = deps;
  console.log(`\nthe external dependencies alone: ${Object.entries(deps).map(([d, ms]) => `import("${d}") ${ms.toFixed(0)} ms`).join(", ")}`);
}
const out = process.argv.indexOf("--json");
if (out > 0) writeFileSync(process.argv[out + 1], `${JSON.stringify(figures, null, 2)}\n`);
