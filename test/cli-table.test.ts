/**
 * Tables for a terminal (issue #18, "A table for a terminal"): the default table of
 * `npm start` fits 120 columns in Chinese and in English, with the reasons in words;
 * `--wide` keeps the codes and provisions; `params` fits too; `explain` cuts long
 * values and says how to see them whole.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, test, vi } from "vitest";
import { displayWidth } from "../src/text/format.js";
import { cli } from "./cli-helpers.js";

// These run the built command as a child process; a loaded machine can be slow.
vi.setConfig({ testTimeout: 60_000 });

const START = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
const SHOWCASE = ["evaluate", "fixtures/jiaxing/showcase.json", "--catalogue", "fixtures/jiaxing/catalogue-2020.json"];

/** Runs `npm start -- extra…` as a user would, with COLUMNS=120 and standard output a pipe. */
function npmStart(extra: string[]): string {
  return execFileSync("npm", ["start", "--silent", "--", ...extra], { encoding: "utf8", env: { ...process.env, COLUMNS: "120" } });
}

const widest = (text: string) => Math.max(...text.split("\n").map(displayWidth));

describe("the table of npm start", () => {
  test("the English table names each measure in words, as the Chinese one does (not its code)", async () => {
    const en = await cli(["evaluate", "fixtures/jiaxing/claims.json", "--lang", "en"]);
    const zh = await cli(["evaluate", "fixtures/jiaxing/claims.json"]);
    const rows = (text: string) => text.split("\n").filter((l) => /^JX-\d{4} /.test(l));
    expect(rows(en.out).filter((l) => / living allowance /.test(l))).toHaveLength(4); // JX-0001 … JX-0004
    expect(rows(en.out).filter((l) => / appraisal subsidy /.test(l))).toHaveLength(5); // JX-0005 … JX-0009
    expect(en.out).not.toMatch(/livingAllowance|appraisalSubsidy/);
    expect(rows(zh.out).filter((l) => / 生活费补贴 /.test(l))).toHaveLength(4);
  });

  test("npm start is evaluate on the showcase with its catalogue (what the next tests run)", () => {
    expect(START).toBe(`node dist/cli.js ${SHOWCASE.join(" ")}`);
  });

  test.each([
    ["zh", [], "培训期间按每人每天 50.00 元标准，计 7 天"],
    ["en", ["--lang", "en"], "50.00 yuan per training day for 7 days"],
  ])("COLUMNS=120 npm start (%s) prints no line over 120 columns, with the reasons in words", (_lang, extra, words) => {
    const out = npmStart(extra);
    expect(out.split("\n").length).toBeGreaterThan(15);
    for (const line of out.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(120);
    // JX-0001's reason (a granted claim: the step that set the amount), in words, not its code
    expect(out).toContain(words);
    expect(out).not.toContain("living_allowance_days");
    expect(out).not.toContain("jx2019.living-allowance");
  });

  test("at 80 columns (COLUMNS) the table fits 80, wrapping the reasons and cutting ids with …", async () => {
    const saved = process.env["COLUMNS"];
    process.env["COLUMNS"] = "80";
    try {
      const r = await cli(SHOWCASE);
      expect(r.code).toBe(0);
      expect(widest(r.out)).toBeLessThanOrEqual(80);
      // JX-0002's denial, whole over several lines: nothing of a reason is lost
      const words = r.out.split("\n").map((l) => l.slice(l.lastIndexOf("  ") + 2)).join("");
      expect(words).toContain("不属于生活费补贴对象");
      expect(words).toContain("城市低保家庭学员）");
    } finally {
      if (saved === undefined) delete process.env["COLUMNS"];
      else process.env["COLUMNS"] = saved;
    }
  });

  test("a terminal's own width is used when COLUMNS is not set; 120 when standard output is not a terminal", async () => {
    const saved = process.env["COLUMNS"];
    delete process.env["COLUMNS"];
    try {
      const sink = { out: "", err: "" };
      const { run } = await import("../src/cli/main.js");
      const io = (columns?: number) => ({
        stdout: (t: string | Uint8Array) => void (sink.out += t),
        stderr: (t: string) => void (sink.err += t),
        stdin: () => [][Symbol.iterator]() as unknown as AsyncIterable<Buffer>,
        ...(columns === undefined ? {} : { stdoutColumns: columns }),
      });
      await run(SHOWCASE, io(100));
      expect(widest(sink.out)).toBeLessThanOrEqual(100);
      expect(widest(sink.out)).toBeGreaterThan(90);
      sink.out = "";
      await run(SHOWCASE, io());
      expect(widest(sink.out)).toBeLessThanOrEqual(120);
      expect(widest(sink.out)).toBeGreaterThan(110);
    } finally {
      if (saved !== undefined) process.env["COLUMNS"] = saved;
    }
  });

  test("--wide shows the reason codes and the provisions, every column whole (the table before #18)", async () => {
    const r = await cli([...SHOWCASE, "--wide"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^申请 +补贴 +结果 +补贴发放对象 +金额（元） +理由 +依据$/m);
    expect(r.out).toMatch(/^JX-0001 +生活费补贴 +给予 +培训学员本人 P-001 +350\.00 +course_in_jurisdiction, in_living_allowance_group, living_allowance_days +.*jx2019\.living-allowance/m);
    expect(widest(r.out)).toBeGreaterThan(120);
  });
});

describe("the params table", () => {
  test.each([
    [["--lang", "en"]],
    [[]],
    [["--on", "2020-06-01"]],
    [["--on", "2020-06-01", "--lang", "en"]],
    [["--all"]],
  ])("params %j fits 120 columns, and every parameter id stands whole at the start of a line", async (extra) => {
    const r = await cli(["params", ...extra]);
    expect(r.code).toBe(0);
    expect(widest(r.out)).toBeLessThanOrEqual(120);
    const json = JSON.parse((await cli(["params", ...extra, "--format", "json"])).out) as { parameters: { id: string }[] };
    for (const { id } of json.parameters) expect(r.out).toMatch(new RegExp(`^${id.replace(/\./g, "\\.")} `, "m"));
  });
});

describe("explain", () => {
  const WX1 = ["explain", "fixtures/jiaxing/showcase.json", "WX-1", "--catalogue", "fixtures/jiaxing/catalogue-2020.json"];

  test("a long value (the whole catalogue edition read as a parameter) is cut at 80 columns, and the last line says how to see it whole", async () => {
    const r = await cli(WX1);
    expect(r.code).toBe(0);
    const line = r.out.split("\n").find((l) => l.includes("trainingSubsidy.catalogue @")) as string;
    const value = line.slice(line.indexOf(" = ") + 3, line.lastIndexOf("  ["));
    expect(displayWidth(value)).toBeLessThanOrEqual(80); // 79 when the next character is a wide one
    expect(displayWidth(value)).toBeGreaterThanOrEqual(79);
    expect(value.endsWith("…")).toBe(true);
    expect(widest(r.out)).toBeLessThan(300);
    expect(r.out.trimEnd().split("\n").at(-1)).toBe("（2 个取值超过 80 列，已截断并以 … 结尾；完整内容：加 --wide，或用 evaluate --format json）");
  });

  test("--wide shows every value whole", async () => {
    const full = await cli([...WX1, "--wide", "--lang", "en"]);
    expect(full.out).toContain('"title":"嘉兴市职业培训补贴目录 2020');
    expect(full.out).not.toContain("to see them whole");
  });

});
