/**
 * What the build ships (issue #16): one copy of the core behind every entry point, and a browser
 * bundle that carries only the zod messages the library uses. Runs on
 * dist/, which `npm test` builds first.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { describe, expect, test } from "vitest";

const dist = (name: string) => join("dist", name);
const definingFiles = (ext: string, pattern: RegExp) =>
  readdirSync("dist")
    .filter((f) => f.endsWith(ext))
    .filter((f) => pattern.test(readFileSync(dist(f), "utf8")));

describe("one build: skills-subsidy, skills-subsidy/node and the command line share one core", () => {
  test.each([".js", ".cjs"])("the core's error class and ledger are defined in exactly one %s file", (ext) => {
    expect(definingFiles(ext, /\bSkillsSubsidyError = class\b|class SkillsSubsidyError\b/)).toHaveLength(1);
    expect(definingFiles(ext, /\bLedger = class\b|class Ledger\b/)).toHaveLength(1);
  });

  test("an error thrown through the Node entry is an instance of the main entry's class", async () => {
    // dist/ is built by `npm test` before the tests; the specifiers are computed so that tsc does not need it.
    const main = (await import(pathToFileURL(resolve("dist", "index.js")).href)) as typeof import("../src/index.js");
    const node = (await import(pathToFileURL(resolve("dist", "node.js")).href)) as typeof import("../src/node/index.js");
    const file = join(mkdtempSync(join(tmpdir(), "ss-build-")), "broken.json");
    writeFileSync(file, "{ not json");
    const failure = (() => {
      try {
        node.readDataFile(file);
        return null;
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(main.SkillsSubsidyError);
  });

  // Each entry that can throw, and a call through it that does: the error must be the main entry's class.
  type Lib = typeof import("../src/index.js");
  const throwers: Record<string, (entry: Record<string, (...args: never[]) => unknown>, main: Lib) => unknown> = {
    node: (node) => {
      const file = join(mkdtempSync(join(tmpdir(), "ss-build-")), "broken.json");
      writeFileSync(file, "{ not json");
      return (node["readDataFile"] as (path: string) => unknown)(file);
    },
    jurisdictions: (sub) => (sub["withJiaxingCatalogue"] as (catalogue: unknown) => unknown)([]),
    reform: (sub, main) => (sub["reformSteps"] as (a: unknown, b: unknown) => unknown)(main.jiaxingPolicy(), main.nationalPolicy()),
    reports: (sub, main) => (sub["definePlanTable"] as (t: unknown) => unknown)({ ...main.jx2019PlanByRegion, rows: [] }),
  };
  const caught = (run: () => unknown): unknown => {
    try {
      run();
      return null;
    } catch (error) {
      return error;
    }
  };

  test.each(Object.keys(throwers))("an error thrown through skills-subsidy/%s is an instance of the main entry's class, as an ES module", async (name) => {
    const main = (await import(pathToFileURL(resolve("dist", "index.js")).href)) as Lib;
    const entry = (await import(pathToFileURL(resolve("dist", `${name}.js`)).href)) as Record<string, (...args: never[]) => unknown>;
    const error = caught(() => throwers[name]?.(entry, main));
    expect(error).toBeInstanceOf(main.SkillsSubsidyError);
    expect((error as { code?: unknown }).code).toMatch(/^[a-z_]+$/);
  });

  test.each(Object.keys(throwers))("an error thrown through skills-subsidy/%s is an instance of the main entry's class, through require()", (name) => {
    const require = createRequire(import.meta.url);
    const main = require(resolve("dist", "index.cjs")) as Lib;
    const entry = require(resolve("dist", `${name}.cjs`)) as Record<string, (...args: never[]) => unknown>;
    const error = caught(() => throwers[name]?.(entry, main));
    expect(error).toBeInstanceOf(main.SkillsSubsidyError);
    expect((error as { code?: unknown }).code).toMatch(/^[a-z_]+$/);
  });

  test("the command line's file imports the shared chunks and starts with a shebang", () => {
    const cli = readFileSync(dist("cli.js"), "utf8");
    expect(cli.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(definingFiles(".js", /\bSkillsSubsidyError = class\b|class SkillsSubsidyError\b/)).not.toContain("cli.js");
  });

  test("the package ships no source maps", () => {
    expect(readdirSync("dist").filter((f) => f.endsWith(".map"))).toEqual([]);
  });
});

describe("a browser bundle of the library", () => {
  /** A browser bundle of `contents` (esbuild, as a user's bundler would): its text, and the inputs that reach its output (the metafile also lists files read and shaken out entirely). */
  async function browserBundle(contents: string, minify = true): Promise<{ text: string; inputs: string[] }> {
    const result = await build({ stdin: { contents, resolveDir: ".", loader: "js" }, bundle: true, write: false, minify, platform: "browser", format: "esm", metafile: true, logLevel: "silent" });
    const inputs = Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {})
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([path]) => path);
    return { text: result.outputFiles[0]?.text ?? "", inputs };
  }
  const bundledInputs = async (from: string) => (await browserBundle(`export { evaluateClaim, jiaxingPolicy, parseClaimsDocument } from "${from}";`)).inputs;

  // zod is bundled into dist/ (tsup.config.ts), so its modules are read from the sources' import graph.
  // Records are parsed by the validator generated from the zod schemas, which writes zod's messages itself, and the
  // parameters declare their value shapes as data (issue #16): a claim's evaluation carries no zod, not even a language pack.
  test("carries no zod language pack, and no date library (civil dates are integer arithmetic of the library's own)", async () => {
    const inputs = await bundledInputs("./src/index.ts");
    const locales = inputs.filter((p) => p.includes("zod/v4/locales/")).map((p) => p.slice(p.lastIndexOf("/") + 1));
    expect(locales).toEqual([]);
    expect(inputs.filter((p) => p.includes("node_modules/date-fns/"))).toEqual([]);
    expect(inputs).toContain("src/core/date.ts");
  });

  test("parsing records and claims documents bundles no module of zod (issue #16)", async () => {
    const claimInputs = (await browserBundle(`export { parseClaimsDocument } from "./src/records/document.ts"; export { parseTrainee, parseClaim, parseSubsidyCatalogue } from "./src/records/parse.ts";`)).inputs;
    expect(claimInputs.filter((p) => p.includes("node_modules/zod/"))).toEqual([]);
    expect(claimInputs).toContain("src/records/generated/validators.ts");
  });

  // The one-claim import of the budgets (docs/performance.md): parse a claims document, evaluate its claims under the
  // Jiaxing policy with a catalogue. The rules read zod-free record helpers (records/kinds.ts) and declare their
  // parameters' value shapes as data, which only a reform turns into zod schemas (issue #16).
  test("the one-claim import (evaluateClaim, jiaxingPolicy, withJiaxingCatalogue, parseClaimsDocument) bundles no module of zod (issue #16)", async () => {
    const { inputs } = await browserBundle(`export { evaluateClaim, jiaxingPolicy, withJiaxingCatalogue, parseClaimsDocument } from "./src/index.ts";`);
    expect(inputs.filter((p) => p.includes("node_modules/zod/"))).toEqual([]);
    expect(inputs).toContain("src/records/kinds.ts");
    expect(inputs).toContain("src/jurisdictions/jiaxing/preJobTraining.ts");
  });

  // What a user's bundler sees is dist/, where zod is bundled into the chunks that skills-subsidy/schemas and
  // skills-subsidy/reform load; the root entry exports no zod schema (npm run build first).
  test("the same import from the built package (dist/) holds none of zod's schema classes (issue #16)", async () => {
    const { text } = await browserBundle(`export { evaluateClaim, jiaxingPolicy, withJiaxingCatalogue, parseClaimsDocument } from "./dist/index.js";`, false);
    expect(text).toContain("parseClaimsDocument");
    expect(text.match(/\$constructor\("Zod\w*"/g) ?? []).toEqual([]);
  });
});

describe("importing the library in Node", () => {
  // `import "zod"` loads ~100 of zod's modules, its ~60 language packs among them: most of the import's CPU time
  // (issue #16's 50 ms budget). The build carries what the library uses of it. (date-fns, once bundled the same way, is
  // no longer a dependency: the pattern still refuses it.)
  test.each([".js", ".cjs"])("no %s file of dist/ loads zod or date-fns at run time", (ext) => {
    const loads = /\bfrom\s*["'](?:zod|date-fns)(?:\/[^"']*)?["']|\bimport\(\s*["'](?:zod|date-fns)|\brequire\(\s*["'](?:zod|date-fns)(?:\/[^"']*)?["']\s*\)/;
    expect(definingFiles(ext, loads)).toEqual([]);
  });

  /** The dist/ files an ES module loads when imported: itself and every chunk it imports, transitively. */
  const loadedBy = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const m of readFileSync(dist(file), "utf8").matchAll(/\b(?:from|import)\s*['"]\.\/([\w.-]+\.js)['"]/g)) loadedBy(m[1] as string, seen);
    return seen;
  };
  const zodClass = /\$constructor\("Zod\w*"/;

  // Each file Node loads as a module costs CPU time of its own (~15 ms of the import's ~62 ms when the root loaded 11):
  // the root's modules are one chunk, which every entry point shares (tsup.config.ts; issue #16's import budget).
  test("importing dist/index.js loads two files, itself and the core's one chunk, which every other entry point loads too", () => {
    const files = [...loadedBy("index.js")];
    expect(files).toHaveLength(2);
    const core = files[1] as string;
    for (const entry of ["node.js", "jurisdictions.js", "reform.js", "reports.js", "schemas.js", "server.js", "server-fetch.js", "cli.js", "cli-worker.js"]) {
      expect([...loadedBy(entry)]).toContain(core);
    }
  });

  // zod's classes are built when its code loads (~25 ms of the import budget, 50 ms): the root entry, /jurisdictions and
  // /reports parse records with the generated validators and load no zod; /schemas and /reform do (issue #16).
  test.each(["index.js", "jurisdictions.js", "reports.js"])("importing dist/%s loads no file that holds zod's schema classes", (entry) => {
    const files = [...loadedBy(entry)];
    expect(files.length).toBeGreaterThan(1);
    expect(files.filter((f) => zodClass.test(readFileSync(dist(f), "utf8")))).toEqual([]);
  });

  test.each(["schemas.js", "reform.js"])("importing dist/%s does load zod (the check above can see it)", (entry) => {
    expect([...loadedBy(entry)].some((f) => zodClass.test(readFileSync(dist(f), "utf8")))).toBe(true);
  });
});
