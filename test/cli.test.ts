import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { run } from "../src/cli/main.js";

const FIXTURE = "fixtures/jiaxing/claims.json";

function cli(args: string[], stdin = "") {
  let out = "";
  let err = "";
  const code = run(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), readStdin: () => stdin });
  return { code, out, err };
}

describe("skills-subsidy evaluate", () => {
  test("prints a table of decisions with totals, and exits 0 when every claim was decided", () => {
    const r = cli(["evaluate", FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain("政策 jiaxing-2019");
    expect(r.out).toMatch(/JX-0001 +生活费补贴 +给予 +trainee:P-001 +350\.00/); // 50 yuan/day × 7 days
    expect(r.out).toMatch(/JX-0006 +职业技能鉴定补贴 +给予 +trainee:P-004 +150\.00/); // 高级工 150 元
    // 350 + 500 + 120 + 150 = 1120 yuan granted over 4 claims
    expect(r.out).toContain("给予 4 项，共 1120.00 元；不予 4 项；无法判定 1 项。");
  });

  test("--lang en prints English headers and outcomes", () => {
    const r = cli(["evaluate", FIXTURE, "--lang", "en"]);
    expect(r.out).toContain("granted 4, total 1120.00 yuan; denied 4; undecidable 1.");
  });

  test("--json prints the full decisions, with provenance", () => {
    const r = cli(["evaluate", FIXTURE, "--json"]);
    const parsed = JSON.parse(r.out) as { decisions: { claimId: string; amount: string | null; provenance: { policy: { id: string } } }[]; invalid: unknown[] };
    expect(parsed.decisions).toHaveLength(9);
    expect(parsed.decisions.find((d) => d.claimId === "JX-0003")?.amount).toBe("500.00"); // 50 yuan/day × 10 days
    expect(parsed.decisions[0]?.provenance.policy.id).toBe("jiaxing-2019");
    expect(parsed.invalid).toEqual([]);
  });

  test("reads standard input with -", () => {
    const r = cli(["evaluate", "-", "--json"], readFileSync(FIXTURE, "utf8"));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).decisions).toHaveLength(9);
  });

  test("invalid records are reported with their place and field, the rest are still decided, and the exit code is 1", () => {
    const doc = JSON.parse(readFileSync(FIXTURE, "utf8")) as { courses: Record<string, unknown>[] };
    doc.courses[0] = { ...doc.courses[0], attendedDays: 8 }; // C-101 spans 7 days
    const r = cli(["evaluate", "-"], JSON.stringify(doc));
    expect(r.code).toBe(1);
    expect(r.out).toContain("courses[0] (C-101) courses.0.attendedDays: attended_days_exceed_span — 出勤天数 8 超过培训起止日期内的 7 天");
    expect(r.out).toContain("claims[0] (JX-0001) claims.0.courseId: unknown_reference");
    expect(r.out).toMatch(/JX-0003 +生活费补贴 +给予/);
  });

  test("usage errors and unreadable input exit 2 with a message", () => {
    expect(cli([]).code).toBe(2);
    expect(cli(["evaluate"]).err).toContain("needs a file");
    expect(cli(["evaluate", "no-such-file.json"])).toMatchObject({ code: 2 });
    expect(cli(["evaluate", "-"], "{not json")).toMatchObject({ code: 2 });
    expect(cli(["evaluate", FIXTURE, "--policy", "atlantis"]).err).toContain("unknown policy");
    expect(cli(["evaluate", FIXTURE, "--policy", "__proto__"]).err).toContain("unknown policy");
    expect(cli(["evaluate", FIXTURE, "--policy", "toString"]).err).toContain("unknown policy");
    expect(cli(["evaluate", FIXTURE, "--on", "2023-02-29"]).err).toContain("not a date");
    expect(cli(["evaluate", FIXTURE, "--bogus"]).code).toBe(2);
    expect(cli(["frobnicate"]).err).toContain("unknown command");
    expect(cli(["evaluate", "-"], "[]")).toMatchObject({ code: 2 });
  });

  test("--help and --version", () => {
    expect(cli(["--help"])).toMatchObject({ code: 0 });
    expect(cli(["--help"]).out).toContain("Exit codes");
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(cli(["--version"]).out).toBe(`${pkg.version}\n`);
  });
});

describe("skills-subsidy explain", () => {
  test("prints the reasons and the trace, naming layers and parameters, in Chinese", () => {
    const r = cli(["explain", FIXTURE, "JX-0001"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("生活费补贴: 50.00 × 7 day = 350.00  [jx2019.living-allowance 四(三)四 · zhejiang.jiaxing.jx2019]");
    expect(r.out).toContain("livingAllowance.dailyRate @ 2020-03-02 = \"50.00\"");
    expect(r.out).toContain("属于生活费补贴对象");
  });

  test("an unknown claim id exits 2", () => {
    expect(cli(["explain", FIXTURE, "nope"]).code).toBe(2);
  });
});

describe("the built command", () => {
  const bin = "dist/cli.js";
  test.runIf(existsSync(bin))("prints byte-identical output under every time zone", () => {
    const outputs = ["UTC", "Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati"].map((tz) =>
      execFileSync(process.execPath, [bin, "evaluate", FIXTURE, "--json"], { env: { ...process.env, TZ: tz }, encoding: "utf8" }),
    );
    expect(new Set(outputs).size).toBe(1);
    expect(JSON.parse(outputs[0] ?? "").decisions).toHaveLength(9);
  }, 60_000);

  test.runIf(existsSync(bin))("exits with the documented codes", () => {
    expect(spawnSync(process.execPath, [bin, "evaluate", FIXTURE]).status).toBe(0);
    expect(spawnSync(process.execPath, [bin, "evaluate", "missing.json"]).status).toBe(2);
  }, 60_000);

  test("is built before the tests run (npm test builds first)", () => {
    expect(existsSync(bin)).toBe(true);
  });
});

describe("the README", () => {
  const readme = readFileSync("README.md", "utf8");

  test("states exactly the two set-up commands", () => {
    const block = /## Set up a fresh clone\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(block.split("\n").filter((l) => l.trim() !== "").map((l) => l.replace(/\s+#.*$/, ""))).toEqual(["npm install && npm start", "npm install && npm test"]);
  });

  test("shows the real output of npm start and of explain", () => {
    expect(readme).toContain(cli(["evaluate", FIXTURE]).out.trimEnd());
    expect(readme).toContain(cli(["explain", FIXTURE, "JX-0001"]).out.trimEnd());
  });
});
