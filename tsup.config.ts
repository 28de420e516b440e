import { chmod, readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { build as esbuild, type Plugin } from "esbuild";
import { defineConfig } from "tsup";

// One build for every entry point, so that `skills-subsidy`, `skills-subsidy/node` and the
// command line share one copy of the core (one `SkillsSubsidyError` class, one `Ledger`, one
// cache per policy): what they have in common goes to shared chunks, the root's whole graph to
// one of them (the plugin `oneCoreChunk` below). No source maps in the
// package: they were most of its size, and the sources are not shipped.
const common = {
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  target: "es2022",
  platform: "node",
  splitting: true,
  treeshake: true,
  sourcemap: false,
  // zod is bundled into the chunks (only what the library uses of it), for the time
  // `import("skills-subsidy")` takes in Node (issue #16's 50 ms budget; docs/performance.md):
  // importing "zod" loads ~100 of its modules, its ~60 language packs among them — most of the
  // import's CPU time. The type declarations still import from it (tsup's declaration build
  // keeps every dependency external), so it stays a dependency.
  noExternal: ["zod"] as string[],
} as const;

// The library's entry points: the whole library, the Node-only entry, and the parts a user
// may want alone (skills-subsidy/jurisdictions and /reports, also in the root; /reform and
// /schemas, which use zod, only on their subpath).
const library = {
  index: "src/index.ts",
  node: "src/node/index.ts",
  jurisdictions: "src/jurisdictions/index.ts",
  reform: "src/reform/index.ts",
  reports: "src/reports/index.ts",
  // the records as zod schemas and their JSON Schemas: zod's only way in besides reforms, so
  // the root entry loads no zod (issue #16's import budget)
  schemas: "src/schemas/index.ts",
  // the web service (skills-subsidy serve, issue #19): a server entry, never in the browser-safe core
  server: "src/server/index.ts",
  // the same service's Fetch handler alone: no Node built-in, for an edge runtime (Deno, Workers, …)
  "server-fetch": "src/server/fetch.ts",
};

// esbuild puts each source module in the chunk of the entry points that reach it, so a part of the
// root's graph that only some entries reach (/jurisdictions, /reports, /reform, /schemas, the
// Fetch handler, the worker) becomes a chunk of its own: the root entry loaded 11 files, and
// each file Node loads as a module costs CPU time of its own (~15 ms of the import's ~62 ms;
// docs/performance.md, "Size and start-up", 2026-12-06). This plugin makes every other entry
// point reach the root's whole graph as well (an empty `import {} from` the root's source: it
// imports no binding, so nothing more runs or is kept, but esbuild follows it when it decides
// the chunks): the root's modules then go to one chunk that every entry shares, still one copy
// of each, and `import("skills-subsidy")` loads two files (dist/index.js and that chunk). The
// cost: a subpath entry (/jurisdictions, /reports) loads the whole core too. It rests on esbuild
// following an import that binds nothing when it decides the chunks; test/build.test.ts checks
// that the root loads two files and every entry the same core chunk. And a user's bundler no
// longer drops a whole unused chunk of it: a top-level value that is not pure stays in every
// bundle of the root (the report's CSS and the text wrapper's pattern are marked pure for that).
//
// The order of the modules in that chunk is the order a bundler keeps, and gzip is sensitive to
// it: in plain import order the one-claim browser bundle (issue #16's 60 KB budget) came out
// 1.1 KB larger than from the separate chunks, with the same code. So the root entry lists its
// modules first, in the order the separate chunks had them (grouped by the entry points that use
// them, in the order dist/index.js loaded those chunks): a first esbuild pass, without this
// plugin, tells that order. Where scripts/bench/core-order.json lists a module, its place there
// comes first: an order of the same modules that the imports allow and that gzips the one-claim
// bundle smaller, found by a search (`node scripts/bench/core-order.mjs` after a build: 63,866 →
// 63,309 bytes on 2026-12-07 with the same code; docs/performance.md). A module it does not list
// (a new one) keeps its first-pass place after the listed ones, and esbuild still puts every
// module after those it imports, so a stale list costs bytes, never a wrong order.
const ROOT = resolve("src/index.ts");
const CORE_ORDER = "scripts/bench/core-order.json";
function oneCoreChunk(entry: Record<string, string>): Plugin {
  let rootOrder: string[] = [];
  return {
    name: "one-core-chunk",
    setup(build) {
      build.onStart(async () => {
        const pass = await esbuild({ entryPoints: entry, bundle: true, splitting: true, format: "esm", platform: "node", target: "es2022", packages: "external", outdir: "dist", write: false, metafile: true, logLevel: "silent" });
        const outputs = pass.metafile.outputs;
        const seen = new Set<string>();
        const order: string[] = [];
        const visit = (file: string): void => {
          if (seen.has(file)) return;
          seen.add(file);
          for (const i of outputs[file]?.imports ?? []) if (i.kind === "import-statement" && !i.external) visit(i.path);
          order.push(...Object.keys(outputs[file]?.inputs ?? {}).filter((p) => p.startsWith("src/")));
        };
        visit("dist/index.js");
        const listed = (JSON.parse(await readFile(CORE_ORDER, "utf8")) as string[]).filter((p) => order.includes(p));
        rootOrder = [...listed, ...order.filter((p) => !listed.includes(p))].map((p) => resolve(p));
      });
      // The root entry: its modules first, in that order, then its exports. The other library
      // entries: their exports, and an empty import of the root (a wrapper, so that their own
      // files are not entry points in the shared chunk, which would change its order). The
      // command line's two files, which run for their effects and may export nothing: their
      // own text, and the same empty import.
      const programs = new Set(Object.entries(entry).filter(([name]) => !(name in library)).map(([, p]) => resolve(p)));
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind !== "entry-point") return undefined;
        const path = resolve(args.resolveDir, args.path);
        return programs.has(path) ? undefined : { path, namespace: "one-core-chunk" };
      });
      build.onLoad({ filter: /.*/, namespace: "one-core-chunk" }, (args) => ({
        contents: `${(args.path === ROOT ? rootOrder : [ROOT]).map((p) => `import {} from ${JSON.stringify(p)};\n`).join("")}export * from ${JSON.stringify(args.path)};\n`,
        loader: "js",
        resolveDir: resolve("."),
      }));
      build.onLoad({ filter: /\.ts$/ }, async (args) => (programs.has(args.path) ? { contents: `${await readFile(args.path, "utf8")}\nimport {} from ${JSON.stringify(ROOT)};\n`, loader: "ts" } : undefined));
    },
  };
}

const esmEntry = { ...library, cli: "src/cli/main.ts", "cli-worker": "src/cli/worker.ts" };

export default defineConfig([
  {
    ...common,
    // The library (browser-safe core), the Node-only entry and the command line (and its
    // worker thread, src/cli/threads.ts), as ES modules.
    entry: esmEntry,
    format: ["esm"],
    esbuildPlugins: [oneCoreChunk(esmEntry)],
    clean: true,
    dts: { entry: library, compilerOptions: { ignoreDeprecations: "6.0" } },
    async onSuccess() {
      // The command line runs as a program: a shebang on its entry file only.
      const cli = "dist/cli.js";
      const text = await readFile(cli, "utf8");
      if (!text.startsWith("#!")) await writeFile(cli, `#!/usr/bin/env node\n${text}`);
      await chmod(cli, 0o755);
    },
  },
  {
    ...common,
    // The same library entries for require(): they share chunks with each other.
    entry: library,
    format: ["cjs"],
  },
]);
