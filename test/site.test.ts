/**
 * The policy explorer (site/, issue #19) adds nothing to the library: it imports the
 * browser-safe core and nothing that the core does not already depend on, and the core's own
 * browser bundle still carries only its three packages. The pages themselves are tested in a
 * browser by test/site.browser.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../scripts/build-site.mjs";
import type { SiteBuild } from "../scripts/build-site.mjs";
import { parseClaimsDocument } from "../src/index.js";
import { detectFormat, readPopulation } from "../site/population.js";
import { fixture, toCsv, toNdjson } from "./cli-helpers.js";

/** The npm packages a bundle's inputs come from (`node_modules/<name>/…`, scoped names whole). */
function packagesOf(inputs: readonly string[]): string[] {
  const names = inputs.flatMap((path) => {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
    return m?.[1] === undefined ? [] : [m[1]];
  });
  return [...new Set(names)].sort();
}

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };

describe("the policy explorer adds no dependency to the browser-safe core", () => {
  let site: SiteBuild;
  let outDir: string;
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), "skills-subsidy-site-"));
    site = await buildSite({ outDir, quiet: true });
  }, 120_000);
  afterAll(() => {
    if (outDir !== undefined) rmSync(outDir, { recursive: true, force: true });
  });

  test("the site's sources import the core (src/index.ts and src/reform/index.ts), its locale tables, the command line's CSV cell rules, csv-parse's browser build and each other, nothing else", () => {
    const allowed = [/^\.\/[a-z0-9-]+\.js$/, /^\.\.\/src\/index\.js$/, /^\.\.\/src\/reform\/index\.js$/, /^\.\.\/src\/locales\/[a-zA-Z-]+\.js$/, /^\.\.\/src\/cli\/csv\.js$/, /^site-data:law$/, /^csv-parse\/browser\/esm\/sync$/];
    const offenders: string[] = [];
    for (const f of readdirSync("site").filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))) {
      const text = readFileSync(join("site", f), "utf8");
      for (const m of text.matchAll(/^import\s[^;]*?from\s+"([^"]+)"/gms)) {
        const spec = m[1] ?? "";
        if (!allowed.some((re) => re.test(spec))) offenders.push(`${f}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  test("the command line's CSV cell rules that the site reuses import only the text-format module, which imports nothing (no Node API)", () => {
    const imports = (file: string) => [...readFileSync(file, "utf8").matchAll(/^import\s[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1]);
    expect(imports("src/cli/csv.ts")).toEqual(["../text/format.js"]);
    expect(imports("src/text/format.ts")).toEqual([]);
  });

  test("the explorer's bundle takes its packages from the library's own dependencies only", () => {
    const used = packagesOf(site.inputs);
    expect(used.filter((name) => !(name in pkg.dependencies))).toEqual([]);
    // it reads no file of the server, the Node entry or the command line other than csv.ts
    expect(site.inputs.filter((p) => /(^|\/)src\/(server|node)\//.test(p) || (/(^|\/)src\/cli\//.test(p) && !p.endsWith("src/cli/csv.ts")))).toEqual([]);
  });

  test("the core entry, bundled for a browser, still builds with no Node built-in and carries only date-fns (money is the library's own, and the zod schemas are on skills-subsidy/schemas and /reform, since issue #16)", async () => {
    const result = await build({ entryPoints: ["src/index.ts"], bundle: true, write: false, platform: "browser", format: "esm", metafile: true, logLevel: "silent" });
    const inputs = Object.keys(result.metafile.inputs);
    expect(packagesOf(inputs)).toEqual(["date-fns"]);
    expect(inputs.filter((p) => p.startsWith("site/") || p.includes("src/server/"))).toEqual([]);
  });

  test("the build writes one page, one style sheet and one script, and the page asks for nothing else", () => {
    expect(readdirSync(outDir).sort()).toEqual(["explorer.js", "index.html", "style.css"]);
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.sort()).toEqual(["explorer.js", "style.css"]);
    // a classic script, not a module: Chromium refuses module scripts from file://
    expect(html).not.toMatch(/type="module"/);
  });
});

describe("a population pasted into the reform page", () => {
  const doc = fixture();
  const claims = doc["claims"]?.length ?? 0;

  test.each([
    ["json", JSON.stringify(doc, null, 2)],
    ["ndjson", toNdjson(doc)],
    ["csv", toCsv(doc)],
  ] as const)("is read from %s (detected) into the same claims document the library parses", (format, text) => {
    expect(detectFormat(text)).toBe(format);
    const read = readPopulation(text, "auto");
    if (!read.ok) throw new Error(read.message.en);
    const parsed = parseClaimsDocument(read.raw);
    if (!parsed.ok) throw new Error("unparsed");
    expect(parsed.value.invalid).toEqual([]);
    expect(parsed.value.document.claims.length).toBe(claims);
  });

  test("a file's extension decides its format before its contents", () => {
    expect(detectFormat('{"type":"claim"}', "claims.csv")).toBe("csv");
    expect(detectFormat("type,id", "claims.ndjson")).toBe("ndjson");
  });

  test("an unknown CSV column is named, in Chinese and English, and nothing is read", () => {
    const read = readPopulation("type,id,colour\ntrainee,P1,red\n", "csv");
    expect(read).toEqual({ ok: false, message: { zh: expect.stringContaining('"colour"') as unknown, en: expect.stringContaining('"colour"') as unknown } });
  });

  test("a CSV row with a cell too many or too few is named by its row", () => {
    const read = readPopulation("type,id\ntrainee,P1\ntrainee,P2,extra\n", "csv");
    expect(read.ok ? "" : read.message.en).toBe("CSV row 3 has 3 cells, the header has 2");
  });

  test("an NDJSON line that is not JSON, or a record of no known type, is named by its line", () => {
    const bad = readPopulation('{"type":"trainee","id":"P1"}\n{oops\n', "ndjson");
    expect(bad.ok ? "" : bad.message.en).toMatch(/^line 2 is not valid JSON/);
    const unknown = readPopulation('{"type":"trainee","id":"P1"}\n{"type":"person","id":"P2"}\n', "ndjson");
    expect(unknown.ok ? "" : unknown.message.zh).toContain("NDJSON #2");
    expect(unknown.ok ? "" : unknown.message.en).toContain('not "person"');
    // names of Object's own members are unknown types too, never a path into the prototype
    for (const type of ["constructor", "__proto__", "toString"]) {
      const r = readPopulation(`{"type":"${type}","id":"P1"}\n{"type":"trainee","id":"P2"}\n`, "ndjson");
      expect(r.ok ? "" : r.message.en, type).toContain(`not "${type}"`);
    }
  });

  test("text that is not JSON is refused with the parser's message, never read as empty", () => {
    const read = readPopulation("{", "json");
    expect(read.ok).toBe(false);
    expect(read.ok ? "" : read.message.zh).toMatch(/^不是有效的 JSON：/);
  });
});
