// Builds the policy explorer (issue #19): static pages in site-dist/ that decide claims,
// browse parameters and compare reforms in the browser with the library's browser-safe core
// (src/index.ts). No server: open site-dist/index.html from the file system or put the folder
// on any static host. One script, one style sheet, no request to the network.
//
// `node scripts/build-site.mjs` (or `npm run build:site`) writes site-dist/ and prints the
// bundle's size, raw and gzipped. The data the pages need that is not in the core — the
// passages of law/readings/*.yaml (verbatim, checked by test/readings.test.ts), the passages
// (verbatim, checked by test/law.test.ts) and English summaries (paraphrase) of
// law/provisions.json, and the sample fixtures — is bundled into the
// script through the virtual module `site-data:law`, so nothing is fetched at run time (a page
// opened from file:// may not fetch).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { parse as parseYaml } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SITE_DIST = join(root, "site-dist");

/** The passages of the readings (law/readings/*.yaml) and the provisions' passages and summaries, for the pages. */
export function lawData() {
  const dir = join(root, "law", "readings");
  const readings = readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => parseYaml(readFileSync(join(dir, f), "utf8")))
    .map((r) => ({ name: r.name, title: r.title, provisions: r.provisions, passages: r.passages.map((p) => ({ source: p.source, text: p.text })) }));
  const provisions = JSON.parse(readFileSync(join(root, "law", "provisions.json"), "utf8")).provisions.map((p) => ({ id: p.id, clause: p.clause, summary: p.summary, passage: p.passage, ...(p.otherPassages === undefined ? {} : { otherPassages: p.otherPassages }) }));
  const fixture = (path) => JSON.parse(readFileSync(join(root, path), "utf8"));
  return {
    readings,
    provisions,
    workedExample: fixture("fixtures/jiaxing/worked-example.json"),
    catalogue: fixture("fixtures/jiaxing/catalogue-2020.json"),
    population: readFileSync(join(root, "fixtures/jiaxing/reform-population.json"), "utf8"),
    apprenticeship: fixture("fixtures/scenarios/jiaxing/apprenticeship.json")[0].records,
  };
}

const lawPlugin = {
  name: "site-data",
  setup(b) {
    b.onResolve({ filter: /^site-data:law$/ }, (args) => ({ path: args.path, namespace: "site-data" }));
    b.onLoad({ filter: /.*/, namespace: "site-data" }, () => ({ contents: JSON.stringify(lawData()), loader: "json" }));
  },
};

/**
 * Builds the explorer into `outDir` and returns the sizes of what it wrote.
 * @param {{ outDir?: string, quiet?: boolean }} [options]
 */
export async function buildSite({ outDir = SITE_DIST, quiet = false } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: [join(root, "site", "main.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["es2022", "chrome110", "firefox115", "safari16"],
    minify: true,
    legalComments: "none",
    charset: "utf8",
    outfile: join(outDir, "explorer.js"),
    plugins: [lawPlugin],
    metafile: true,
    logLevel: "error",
    tsconfig: join(root, "site", "tsconfig.json"),
  });
  copyFileSync(join(root, "site", "style.css"), join(outDir, "style.css"));
  // A classic script (not a module): Chromium refuses module scripts from file://.
  writeFileSync(join(outDir, "index.html"), readFileSync(join(root, "site", "index.html"), "utf8"));
  const sizes = {};
  for (const f of ["index.html", "style.css", "explorer.js"]) {
    const bytes = readFileSync(join(outDir, f));
    sizes[f] = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  }
  const inputs = Object.keys(result.metafile.inputs);
  if (!quiet) {
    for (const [f, s] of Object.entries(sizes)) console.log(`${f.padEnd(12)} ${(s.raw / 1024).toFixed(1).padStart(7)} KiB raw  ${(s.gzip / 1024).toFixed(1).padStart(6)} KiB gzipped`);
    console.log(`\nOpen ${pathToFileURL(join(outDir, "index.html")).href} in a browser.`);
  }
  return { outDir, sizes, inputs, metafile: result.metafile };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildSite();
}
