import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: browser-safe core, ESM + CJS + declarations.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
  },
  {
    // The Node-only entry (skills-subsidy/node): scenario and patch files, for test suites.
    entry: { node: "src/node/index.ts" },
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    target: "node20",
    platform: "node",
  },
  {
    // The command line: Node only, imports the public API.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
