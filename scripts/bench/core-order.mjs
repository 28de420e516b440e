// node scripts/bench/core-order.mjs [--seconds N] — after `npm run build`: searches for an order of
// the modules in the core chunk (tsup.config.ts, `oneCoreChunk`) that gzips issue #16's one-claim
// browser bundle smaller, and writes it to scripts/bench/core-order.json, which the next build
// follows. gzip finds repeats within 32 KB only, so which modules stand near each other counts:
// the same code measured 1.4 KB apart between two orders (docs/performance.md, "Size and start-up").
//
// Only orders the imports allow are tried (every module after the modules it imports, through
// code-less re-exporting modules too): esbuild lays the chunk out so, and any such order is what it
// gives when the root's wrapper lists the modules in it. Each try moves a run of one to six modules
// elsewhere, bundles the chunk as scripts/bench/budgets.mjs does (esbuild, minified, gzip) and keeps
// the move when the bundle is smaller; the search starts from the built chunk's order.
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const seconds = Number(process.argv[process.argv.indexOf("--seconds") + 1] || 300);
const index = readFileSync("dist/index.js", "utf8");
const core = index.match(/from ["']\.\/(chunk-[A-Z0-9]+\.js)["']/)[1];
const lines = readFileSync(`dist/${core}`, "utf8").split("\n");
const starts = lines.flatMap((l, i) => (l.startsWith("// src/") ? [i] : []));
const end = lines.findLastIndex((l) => l.startsWith("export {"));
const header = lines.slice(0, starts[0]).join("\n");
const trailer = lines.slice(end).join("\n");
const text = new Map(starts.map((s, k) => [lines[s].slice(3).trim(), lines.slice(s, starts[k + 1] ?? end).join("\n")]));

// Each module's imports among the chunk's modules, through the modules that hold no code.
const { metafile } = await build({ entryPoints: ["src/index.ts"], bundle: true, write: false, format: "esm", platform: "node", packages: "external", metafile: true, logLevel: "silent" });
const importsOf = (path, seen = new Set()) =>
  (metafile.inputs[path]?.imports ?? []).flatMap((i) => {
    if (seen.has(i.path)) return [];
    seen.add(i.path);
    return text.has(i.path) ? [i.path] : importsOf(i.path, seen);
  });
const imports = new Map([...text.keys()].map((p) => [p, importsOf(p)]));
const allowed = (order) => {
  const at = new Map(order.map((p, i) => [p, i]));
  return order.every((p, i) => imports.get(p).every((d) => at.get(d) < i));
};

const ONE_CLAIM = `import { evaluateClaim, jiaxingPolicy, withJiaxingCatalogue, parseClaimsDocument } from "./index.js"; globalThis.ss = { evaluateClaim, jiaxingPolicy, withJiaxingCatalogue, parseClaimsDocument };`;
async function size(order) {
  const chunk = [header, ...order.map((p) => text.get(p)), trailer].join("\n");
  const files = { plugins: [{ name: "chunk", setup(b) {
    b.onResolve({ filter: /^\.\// }, (a) => ({ path: a.path.slice(2), namespace: "chunk" }));
    b.onLoad({ filter: /.*/, namespace: "chunk" }, (a) => ({ contents: a.path === "index.js" ? index : chunk, loader: "js", resolveDir: "." }));
  } }] };
  const r = await build({ stdin: { contents: ONE_CLAIM, resolveDir: ".", loader: "js" }, bundle: true, write: false, minify: true, platform: "browser", format: "esm", logLevel: "silent", ...files });
  return gzipSync(r.outputFiles[0].contents).length;
}

let order = [...text.keys()];
if (!allowed(order)) throw new Error("the built chunk's order is not one the imports allow: the import graph read here is wrong");
let best = await size(order);
console.log(`start: ${best} bytes`);
const random = (n) => Math.floor(Math.random() * n);
function move() {
  const length = Math.random() < 0.6 ? 1 : 1 + random(6);
  const from = random(order.length - length + 1);
  const rest = [...order.slice(0, from), ...order.slice(from + length)];
  const to = random(rest.length + 1);
  const next = [...rest.slice(0, to), ...order.slice(from, from + length), ...rest.slice(to)];
  return to !== from && allowed(next) ? next : null;
}
const deadline = Date.now() + seconds * 1000;
while (Date.now() < deadline) {
  const tries = [];
  while (tries.length < 4) tries.push(move() ?? []);
  const sizes = await Promise.all(tries.map((t) => (t.length === 0 ? Infinity : size(t))));
  const i = sizes.indexOf(Math.min(...sizes));
  if (sizes[i] < best) {
    best = sizes[i];
    order = tries[i];
    console.log(`${best} bytes`);
  }
}
writeFileSync("scripts/bench/core-order.json", `${JSON.stringify(order, null, 1)}\n`);
console.log(`scripts/bench/core-order.json: ${best} bytes`);
