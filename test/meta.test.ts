/** Checks on the code base itself: citations match the catalogue, the core stays browser-safe, messages exist. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, expectTypeOf, test } from "vitest";
import type { Reason, ReasonCode, ReasonFacts } from "../src/index.js";
import { REASON_CODES, VALIDATION_CODES, VERSION } from "../src/index.js";
import * as en from "../src/locales/en.js";
import * as zh from "../src/locales/zh-CN.js";
import { buildMatrix } from "../scripts/provision-matrix.mjs";
import { generate } from "../scripts/law.mjs";
import { catalogueClauses } from "./support/law.js";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const sources = files("src").filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

describe("the code base", () => {
  test("nothing outside the CLI, the Node-only entry (src/node/) and the web service's Node listener (src/server/node.ts) imports a Node built-in, so the library runs in a browser", () => {
    // an import statement (not an example in a doc comment) of `node:*`, or of a bare built-in name
    const builtin = /^\s*(import|export)\b[^;]*?\bfrom\s+["'](node:[^"']+|(fs|path|os|child_process|crypto|util|process|buffer|http|https|net|stream|url|zlib|worker_threads)(\/[^"']*)?)["']/m;
    const nodeOnly = (f: string) => f.startsWith(join("src", "cli")) || f.startsWith(join("src", "node")) || f === join("src", "server", "node.ts");
    expect(sources.filter((f) => !nodeOnly(f)).filter((f) => builtin.test(readFileSync(f, "utf8")))).toEqual([]);
    // the check can fail: the Node-only files it leaves out do import built-ins, with the node: prefix
    expect(builtin.test(readFileSync(join("src", "server", "node.ts"), "utf8"))).toBe(true);
    expect(builtin.test('import { readFileSync } from "fs/promises";')).toBe(true);
    expect(builtin.test(' * import { readFileSync } from "node:fs";')).toBe(false);
  });

  test("the policy's internals are private: only the engine (src/core/, src/engine.ts, src/plan/) reads a policy's @internal fields (issue #16)", () => {
    // Policy.parameterChains, ruleChains, measures and extensionChains are the engine's own view; everyone else reads policy.parameters / policy.parameter(id) / policy.layers.
    const engine = (f: string) => f.startsWith(join("src", "core")) || f === join("src", "engine.ts") || f.startsWith(join("src", "plan"));
    const internal = /\.(parameterChains|ruleChains|extensionChains)\b|\bpolicy\.measures\b|\bp\.measures\.(get|has|keys|values|entries)\b/;
    const readers = [...sources, ...files("scripts"), ...files("site")].filter((f) => /\.(ts|mjs|js)$/.test(f) && !engine(f) && internal.test(readFileSync(f, "utf8")));
    expect(readers).toEqual([]);
  });

  test("nothing in the library reads the clock or the machine's time zone", () => {
    const offenders = sources.filter((f) => /new Date\(\)|Date\.now\(\)|getTimezoneOffset|Intl\.DateTimeFormat/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  test("every cite() names a provision of the catalogue with its clause (law/provisions.json)", () => {
    const clauses = catalogueClauses();
    expect(clauses.size).toBeGreaterThan(60);
    const cited: [string, string, string][] = [];
    for (const f of sources) {
      for (const m of readFileSync(f, "utf8").matchAll(/cite\("([^"]+)", "([^"]+)"\)/g)) cited.push([f, m[1] as string, m[2] as string]);
    }
    expect(cited.length).toBeGreaterThan(5);
    const wrong = cited.filter(([, id, clause]) => clauses.get(id) !== clause);
    expect(wrong).toEqual([]);
  });

  test("nothing the project runs or documents reads outside the checkout (the law is in law/, not in a sibling folder)", () => {
    const tracked = ["src", "test", "scripts", "docs", "fixtures", ".ci"].flatMap((d) => files(d)).concat(["README.md", "package.json", "vitest.config.ts", "tsup.config.ts"]);
    const outside = /\.\.\/shared|shared\/(spec|seeds)|sharedPath/;
    const offenders = tracked.filter((f) => f !== join("test", "meta.test.ts") && outside.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  test("src/law/provisionIds.ts is generated from law/provisions.json and current (regenerate with node scripts/law.mjs)", () => {
    expect(readFileSync(join("src", "law", "provisionIds.ts"), "utf8")).toBe(generate());
  });

  test("the version stamped on decisions is the package's", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });

  test("every reason code and validation code has a Chinese and an English message", () => {
    const chinese = /[\u4e00-\u9fff]/;
    for (const code of REASON_CODES) {
      // No facts at all (not a reason a rule can give: the types require each code's facts): a message still says something.
      const none = {} as never;
      expect(zh.reasons[code](none).length, code).toBeGreaterThan(0);
      expect(en.reasons[code](none).length, code).toBeGreaterThan(0);
      expect(zh.reasons[code](none), `${code}: the Chinese message is in Chinese`).toMatch(chinese);
      expect(zh.reasons[code](none), `${code}: two messages, not one copied`).not.toBe(en.reasons[code](none));
    }
    for (const code of VALIDATION_CODES) {
      expect(zh.validation[code]({}).length, code).toBeGreaterThan(0);
      expect(en.validation[code]({}).length, code).toBeGreaterThan(0);
      expect(zh.validation[code]({}), `${code}: the Chinese message is in Chinese`).toMatch(chinese);
      expect(zh.validation[code]({}), `${code}: two messages, not one copied`).not.toBe(en.validation[code]({}));
    }
  });

  test("the reason facts are declared for exactly the reason codes, and a reason's code decides its facts (issue #16)", () => {
    // Checked by the compiler (npx tsc): a code without declared facts, or facts of a code that does not exist, fail here.
    expectTypeOf<keyof ReasonFacts>().toEqualTypeOf<ReasonCode>();
    expectTypeOf<Extract<Reason, { code: "living_allowance_days" }>["facts"]>().toEqualTypeOf<ReasonFacts["living_allowance_days"]>();
    expectTypeOf(en.reasons.duplicate_claim).parameter(0).toEqualTypeOf<{ readonly claimId: string }>();
    // 114 since 2026-12-07: course_free_to_trainee and package_claimant_not_developer (cold review 109 F2, F3);
    // 115 since 2026-12-08: course_not_ended (cold review 109 F5); 118: course_free_organised_by_other,
    // course_pricing_contradicts_fee (cold review 111 F5, F4) and package_claimed_by_others (cold review 111 F2, mendB111)
    expect(REASON_CODES.length).toBe(118);
  });

  test("a reason whose provision's first day is unknown says so without printing null", () => {
    // before_provision_start carries startsOn: string | null; the messages used to print "(from null)" / "施行日期 null".
    const facts = { date: "2019-12-01", startsOn: null };
    expect(en.reasons.before_provision_start(facts)).toBe("2019-12-01 is before the subsidy applies");
    expect(zh.reasons.before_provision_start(facts)).toBe("2019-12-01 早于该补贴的施行日期");
    expect(en.reasons.before_provision_start({ ...facts, startsOn: "2019-12-13" })).toBe("2019-12-01 is before the subsidy applies (from 2019-12-13)");
  });
});

describe("the supply chain (issue #8)", () => {
  type Manifest = { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; scripts?: Record<string, string> };
  const manifest = JSON.parse(readFileSync("package.json", "utf8")) as Manifest;
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, Manifest & { version?: string; dev?: boolean; hasInstallScript?: boolean }> };

  test("runtime dependencies are caret ranges, development dependencies exact versions", () => {
    for (const [name, range] of Object.entries(manifest.dependencies ?? {})) expect(`${name}@${range}`).toMatch(/@\^\d+\.\d+\.\d+$/);
    for (const [name, version] of Object.entries(manifest.devDependencies ?? {})) expect(`${name}@${version}`).toMatch(/@\d+\.\d+\.\d+$/);
  });

  test("the runtime dependencies are the design card's three (less decimal.js: the library's own exact money since issue #16; less date-fns: its own civil-date arithmetic since 2026-12-06) plus the two the issues allow, none has dependencies of its own or an install script", () => {
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual(["csv-parse", "yaml", "zod"]);
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry?.dev, name).not.toBe(true);
      expect(Object.keys(entry?.dependencies ?? {}), name).toEqual([]);
      expect(entry?.hasInstallScript, name).not.toBe(true);
    }
  });

  test("nothing the package installs needs its install script to run (npm 11 blocks them; esbuild works without)", () => {
    const scripted = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript === true)
      .map(([path]) => path.replace(/^.*node_modules\//, ""));
    expect(scripted.filter((name) => name !== "esbuild")).toEqual([]);
  });
});

describe("docs/provisions.md", () => {
  test("the provision coverage matrix is current (regenerate with node scripts/provision-matrix.mjs)", () => {
    expect(readFileSync("docs/provisions.md", "utf8")).toBe(buildMatrix());
  });
});
