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

  test("the site's sources import the core (src/index.ts), its locale tables, the command line's CSV cell rules, csv-parse's browser build and each other, nothing else", () => {
    const allowed = [/^\.\/[a-z0-9-]+\.js$/, /^\.\.\/src\/index\.js$/, /^\.\.\/src\/locales\/[a-zA-Z-]+\.js$/, /^\.\.\/src\/cli\/csv\.js$/, /^site-data:law$/, /^csv-parse\/browser\/esm\/sync$/];
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

  test("the command line's CSV cell rules that the site reuses import nothing (no Node API)", () => {
    expect(readFileSync("src/cli/csv.ts", "utf8")).not.toMatch(/^import\s/m);
  });

  test("the explorer's bundle takes its packages from the library's own dependencies only", () => {
    const used = packagesOf(site.inputs);
    expect(used.filter((name) => !(name in pkg.dependencies))).toEqual([]);
    // it reads no file of the server, the Node entry or the command line other than csv.ts
    expect(site.inputs.filter((p) => /(^|\/)src\/(server|node)\//.test(p) || (/(^|\/)src\/cli\//.test(p) && !p.endsWith("src/cli/csv.ts")))).toEqual([]);
  });

  test("the core entry, bundled for a browser, still builds with no Node built-in and carries only zod, decimal.js and date-fns", async () => {
    const result = await build({ entryPoints: ["src/index.ts"], bundle: true, write: false, platform: "browser", format: "esm", metafile: true, logLevel: "silent" });
    const inputs = Object.keys(result.metafile.inputs);
    expect(packagesOf(inputs)).toEqual(["date-fns", "decimal.js", "zod"]);
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
