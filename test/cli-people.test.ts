/**
 * The command line for people (issue #18): an odd output path ends with one line and
 * exit 3 (not a spin at 100 % CPU); scenario files cannot read outside their folder.
 */
import { copyFileSync, mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli } from "./cli-helpers.js";

describe("schema --out to a path that cannot be a directory", () => {
  test.each([["/proc/skills-subsidy-x"], ["/dev/null/x"], ["/proc/self/x/y"]])("schema --out %s exits 3 with one line, at once", async (path) => {
    const started = Date.now();
    const r = await cli(["schema", "--out", path]);
    // (Node's recursive mkdir loops forever under /proc: this test would time out on the old code)
    expect(r.code).toBe(3);
    expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    expect(r.err).toContain(`cannot write ${path}`);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 40_000);

  test("missing parents are made, as before", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "skills-subsidy-schema-")), "a", "b");
    const r = await cli(["schema", "--out", dir]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("9 schemas written");
  });
});

describe("scenario paths stay inside the scenario's folder", () => {
  /** A folder with one scenario (the living-allowance one) whose reforms or catalogue are the given path. */
  function scenarioWith(field: "reforms" | "catalogue", path: string): { dir: string; file: string } {
    const dir = mkdtempSync(join(tmpdir(), "skills-subsidy-scenario-"));
    mkdirSync(join(dir, "suite"));
    const [first] = JSON.parse(readFileSync("fixtures/scenarios/jiaxing/living-allowance.json", "utf8")) as Record<string, unknown>[];
    const file = join(dir, "suite", "s.json");
    writeFileSync(file, JSON.stringify({ ...first, [field]: field === "reforms" ? [path] : path }));
    return { dir, file };
  }
  const SECRET = "root:x:0:0:secret-first-bytes";

  test.each([
    ["reforms", "../../../../../../../../etc/passwd"],
    ["catalogue", "../../../../../../../../etc/passwd"],
    ["reforms", "/etc/passwd"],
    ["catalogue", "../secret.json"],
  ] as const)("%s: %s is refused unread, and nothing of the file is printed", async (field, path) => {
    const { dir, file } = scenarioWith(field, path);
    writeFileSync(join(dir, "secret.json"), SECRET);
    const r = await cli(["verify", file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${field === "reforms" ? "reforms[0]" : "catalogue"}: the path ${JSON.stringify(path)} is outside the scenario file's folder and was not read (pass --allow-paths to allow it)`);
    expect(r.out + r.err).not.toMatch(/root:|secret-first-bytes/);
  });

  test("a symbolic link inside the folder that leads out of it is refused too", async () => {
    const { dir, file } = scenarioWith("catalogue", "link.json");
    writeFileSync(join(dir, "secret.json"), SECRET);
    symlinkSync(join(dir, "secret.json"), join(dir, "suite", "link.json"));
    const r = await cli(["verify", file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('catalogue: the path "link.json" is outside');
    expect(r.out + r.err).not.toContain("secret-first-bytes");
  });

  test("with --allow-paths the file is read; a file that is not JSON is reported by position, not by its content", async () => {
    const { dir, file } = scenarioWith("catalogue", "../secret.json");
    writeFileSync(join(dir, "secret.json"), SECRET);
    const r = await cli(["verify", file, "--allow-paths"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("secret.json: not valid JSON");
    expect(r.out + r.err).not.toMatch(/root:|secret-first-bytes/);
  });

  test("a path inside the folder is read as before (the 60-yuan reform beside the scenario)", async () => {
    const { dir, file } = scenarioWith("reforms", "reform.json");
    copyFileSync("fixtures/reforms/living-allowance-60.json", join(dir, "suite", "reform.json"));
    const r = await cli(["verify", file]);
    // the scenario expects 350 yuan at 50 a day; under the 60-yuan reform (from 2021) a 2020 course still pays 50
    expect(r.out).not.toContain("outside");
    expect(r.out).toMatch(/1 scenarios: [01] passed/);
  });
});

describe("errors that help", () => {
  test("NDJSON piped without --input ndjson: one line, a byte offset, and the hint (no record content)", async () => {
    const ndjson = readFileSync("docs/examples/claims.ndjson", "utf8");
    const r = await cli(["evaluate", "-"], ndjson);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    expect(r.err).toContain("it looks like NDJSON (one record per line): add --input ndjson (or name the file .ndjson)");
    expect(r.err).toContain("看起来是 NDJSON（每行一条记录）");
    const firstLine = ndjson.split("\n")[1] as string; // the second record, where parsing stops
    expect(r.err).not.toContain(firstLine.slice(0, 20));
  });

  test("CSV piped as JSON gets the CSV hint; a ledger in NDJSON under another name is told of --ledger-format", async () => {
    const csv = await cli(["evaluate", "-"], readFileSync("docs/examples/claims.csv", "utf8"));
    expect(csv.err).toContain("it looks like CSV (a header row first): add --input csv");
    const dir = mkdtempSync(join(tmpdir(), "skills-subsidy-ledger-"));
    writeFileSync(join(dir, "grants.txt"), readFileSync("docs/examples/claims.ndjson", "utf8"));
    const ledger = await cli(["evaluate", "fixtures/jiaxing/claims.json", "--ledger", join(dir, "grants.txt")]);
    expect(ledger.code).toBe(2);
    expect(ledger.err).toContain("say its format with --ledger-format json|ndjson|csv"); // the ledger's hint (cliframe's)
  });

  test("record issues in plain words in both languages, with the nearest field for an unknown key", async () => {
    const line = `${JSON.stringify({ type: "trainee", id: "P-1", birthDate: "1990-01-01", stauses: [] })}\n`;
    const en = await cli(["evaluate", "-", "--input", "ndjson", "--lang", "en"], line);
    expect(en.out).toContain("stdin line 1 (P-1) statuses: invalid_type — the required field statuses is missing (a list)");
    expect(en.out).toContain('stdin line 1 (P-1) unrecognized_keys — unknown field "stauses" — did you mean "statuses"?');
    expect(en.out).not.toMatch(/Invalid input|Unrecognized key/);
    const zh = await cli(["evaluate", "-", "--input", "ndjson"], line);
    expect(zh.out).toContain("statuses: invalid_type — 缺少必填字段 statuses（应为列表）");
    expect(zh.out).toContain('未知字段 "stauses"——是否应为 "statuses"？');
  });

  // Issue #18, "one line plus see --help for runtime errors": the line people read is what these test.
  test("a runtime error is one line ending with where the command's help is, in the language of --lang (Chinese by default)", async () => {
    const missing = join(mkdtempSync(join(tmpdir(), "skills-subsidy-help-")), "missing.json");
    const zh = await cli(["evaluate", missing]);
    expect(zh.code).toBe(2);
    expect(zh.err).toBe(`skills-subsidy: 无法读取 ${missing}：没有这个文件 / cannot read ${missing}: no such file（详见 skills-subsidy evaluate --help）\n`);
    const en = await cli(["evaluate", missing, "--lang", "en"]);
    expect(en.err).toBe(`skills-subsidy: 无法读取 ${missing}：没有这个文件 / cannot read ${missing}: no such file (see skills-subsidy evaluate --help)\n`);
    expect((await cli(["evaluate", missing, "--lang=en"])).err).toMatch(/ \(see skills-subsidy evaluate --help\)\n$/);
    // an input over a limit, with its hint, ends the same way
    const piped = await cli(["evaluate", "-"], readFileSync("docs/examples/claims.ndjson", "utf8"));
    expect(piped.err.trimEnd().split("\n")).toHaveLength(1);
    expect(piped.err).toMatch(/add --input ndjson \(or name the file \.ndjson\)（详见 skills-subsidy evaluate --help）\n$/);
    // verify's messages are English unless --lang zh; report has no --lang and speaks English
    expect((await cli(["verify", missing])).err).toMatch(/ \(see skills-subsidy verify --help\)\n$/);
    expect((await cli(["verify", missing, "--lang", "zh"])).err).toMatch(/（详见 skills-subsidy verify --help）\n$/);
    expect((await cli(["report", missing])).err).toMatch(/ \(see skills-subsidy report --help\)\n$/);
    // a usage error is bilingual too and ends the same way (test/cli-usage-errors.test.ts)
    expect((await cli(["evaluate", missing, "--formt", "json"])).err).toBe("skills-subsidy: 未知选项 --formt——是否应为 --format？ / unknown option --formt — did you mean --format?（详见 skills-subsidy evaluate --help）\n");
    expect((await cli(["evaluate", missing, "--formt", "json", "--lang", "en"])).err).toMatch(/ \(see skills-subsidy evaluate --help\)\n$/);
  });

  test("explain without a decision for the claim, and diff with an invalid patch, point to their help on the line that says so", async () => {
    const none = await cli(["explain", "fixtures/jiaxing/claims.json", "NO-SUCH-CLAIM"]);
    expect(none.code).toBe(2);
    expect(none.err).toBe('skills-subsidy: fixtures/jiaxing/claims.json 中没有申请 "NO-SUCH-CLAIM" 的判定结果 / no decision for claim "NO-SUCH-CLAIM" in fixtures/jiaxing/claims.json（详见 skills-subsidy explain --help）\n');
    const dir = mkdtempSync(join(tmpdir(), "skills-subsidy-patch-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ id: "bad", label: { zh: "坏", en: "bad" }, changes: [{ parameter: "livingAllowance.dailyRate", from: "2021-01-01", value: "x" }] }));
    const patch = await cli(["diff", "--reform", bad, "fixtures/jiaxing/claims.json", "--lang", "en"]);
    expect(patch.code).toBe(2);
    expect(patch.err.split("\n")[0]).toBe("skills-subsidy: invalid patch (see skills-subsidy diff --help)");
  });
});
