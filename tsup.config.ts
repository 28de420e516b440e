import { chmod, readFile, writeFile } from "node:fs/promises";
import { defineConfig } from "tsup";

// One build for every entry point, so that `skills-subsidy`, `skills-subsidy/node` and the
// command line share one copy of the core (one `SkillsSubsidyError` class, one `Ledger`, one
// cache per policy): what they have in common goes to shared chunks. No source maps in the
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

export default defineConfig([
  {
    ...common,
    // The library (browser-safe core), the Node-only entry and the command line (and its
    // worker thread, src/cli/threads.ts), as ES modules.
    entry: { ...library, cli: "src/cli/main.ts", "cli-worker": "src/cli/worker.ts" },
    format: ["esm"],
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
