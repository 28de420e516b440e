/**
 * Cold review 77 of the three checks of 12a9bb5/e5d0dba: a one-value option given two values (option_repeated),
 * a file both written and read or written twice (options_conflict), a CSV quote never closed (unclosed_quote).
 * Controls are `it`; findings are `it.fails`, asserting what is right.
 * Mended the same morning (src/cli/frame.ts fileId, realPlace): F1 (a stat error escaped as a stack trace), F2 (`--ledger -`
 * redirected from the file `--grants-out` names) and F3 (two outputs through a folder's link) pass and are tests; F4 (one
 * file in two spellings refused as two values, which is safe) and F5 (`report --out -` writes a file named -) stay records.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixture, STACK_TRACE, toCsv } from "./cli-helpers.js";

const CLI = resolve("dist/cli.js");
const CLAIMS = resolve("fixtures/jiaxing/claims.json");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), "review77-"));
  dirs.push(d);
  return d;
}

/** Spawns the built command in `cwd`; standard input from a file when `stdinFile` is given. */
function sh(args: string[], cwd: string, stdinFile?: string) {
  const fd = stdinFile === undefined ? "pipe" : openSync(stdinFile, "r");
  try {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", stdio: [fd, "pipe", "pipe"], input: stdinFile === undefined ? "" : undefined });
    return { code: r.status, out: r.stdout, err: r.stderr };
  } finally {
    if (typeof fd === "number") closeSync(fd);
  }
}

/** A folder with the Jiaxing claims and the ledger its first run writes (g.ndjson, four grants). */
function withLedger(): string {
  const d = temp();
  writeFileSync(join(d, "c.json"), readFileSync(CLAIMS));
  execFileSync(process.execPath, [CLI, "evaluate", "c.json", "--grants-out", "g.ndjson"], { cwd: d });
  return d;
}

describe("1. option_repeated", { timeout: 60_000 }, () => {
  it("the same value given with = and without is one value (control)", () => {
    const d = withLedger();
    const r = sh(["evaluate", "c.json", "--out=o.json", "--out", "o.json", "--format", "json", "--format=json", "--lang", "en"], d);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(d, "o.json"), "utf8")).decisions.length).toBe(9);
  });
  it("two ledgers are refused, naming both (control)", () => {
    const d = withLedger();
    writeFileSync(join(d, "h.ndjson"), "");
    const r = sh(["evaluate", "c.json", "--ledger", "g.ndjson", "--ledger=h.ndjson", "--lang", "en"], d);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--ledger takes one value, not "g.ndjson" and "h.ndjson"');
  });
  it.fails("F4 (35%): one ledger in two spellings (g.ndjson, ./g.ndjson) is one value, not option_repeated", () => {
    const d = withLedger();
    const r = sh(["evaluate", "c.json", "--ledger", "g.ndjson", "--ledger", "./g.ndjson", "--lang", "en"], d);
    expect(r.err).not.toContain("takes one value");
    expect(r.code).toBe(0);
  });
});

describe("2. options_conflict", { timeout: 60_000 }, () => {
  const conflict = (r: { code: number | null; err: string }) => {
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/exclude each other/);
  };
  it("the ledger written over in every spelling is refused, the ledger kept (control)", () => {
    const d = withLedger();
    const before = readFileSync(join(d, "g.ndjson"), "utf8");
    symlinkSync("g.ndjson", join(d, "link.ndjson"));
    linkSync(join(d, "g.ndjson"), join(d, "hard.ndjson"));
    for (const args of [
      ["--ledger=g.ndjson", "--grants-out=./g.ndjson"],
      ["--ledger", "g.ndjson", "--grants-out", join(d, "g.ndjson")],
      ["--ledger", "link.ndjson", "--grants-out", "g.ndjson"],
      ["--ledger", "g.ndjson", "--out", "link.ndjson"],
      ["--ledger", "hard.ndjson", "--grants-out", "g.ndjson"],
      ["--ledger", "g.ndjson", "--grants-out", "../" + d.split("/").pop() + "/g.ndjson"],
    ]) conflict(sh(["evaluate", "c.json", ...args, "--lang", "en"], d));
    conflict(sh(["evaluate", "c.json", "--out", "c.json", "--lang", "en"], d));
    conflict(sh(["evaluate", "c.json", "--out", "new.json", "--grants-out", "./new.json", "--lang", "en"], d));
    conflict(sh(["report", "--period", "2020", "--grants", "g.ndjson", "--out", "./g.ndjson"], d));
    expect(readFileSync(join(d, "g.ndjson"), "utf8")).toBe(before);
    expect(existsSync(join(d, "new.json"))).toBe(false);
  });
  it("legitimate runs pass: - for input and output, distinct files, the docs' chained run, a folder read is cannot-read (control)", () => {
    const d = withLedger();
    expect(sh(["evaluate", "-", "--out", "-", "--lang", "en"], d, CLAIMS).code).toBe(0);
    const r = sh(["evaluate", "c.json", "--ledger", "g.ndjson", "--out", "o.json", "--grants-out", "g2.ndjson", "--catalogue", resolve("fixtures/jiaxing/catalogue-2020.json"), "--lang", "en"], d);
    expect(r.err).not.toMatch(/exclude each other/);
    expect(sh(["evaluate", resolve("docs/examples/claims.ndjson"), "--grants-out", "grants.ndjson"], d).code).toBe(0);
    expect(readFileSync(join(d, "grants.ndjson"), "utf8")).toBe(readFileSync("docs/examples/grants.ndjson", "utf8"));
    expect(sh(["explain", resolve("docs/examples/claims.ndjson"), "JX-0001", "--ledger", "grants.ndjson", "--lang", "en"], d).out).toContain("duplicate claim");
    mkdirSync(join(d, "dir"));
    const folder = sh(["evaluate", "dir", "--out", "o2.json", "--lang", "en"], d);
    expect(folder.code).toBe(2);
    expect(folder.err).toContain("cannot read dir");
    expect(sh(["schema", "--out", "schemas"], d).code).toBe(0);
  });
  // Mended (src/cli/frame.ts fileId, realPlace: no stat error escapes; standard input read from a file is that file; a folder's links resolved).
  it("F1 (95%): an input path through a file (ENOTDIR) with --out is cannot-read, exit 2, no stack trace (statSync throws)", () => {
    const d = withLedger();
    const r = sh(["evaluate", "c.json/x", "--out", "o.json", "--lang", "en"], d);
    expect(r.err).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(2);
  });
  // Mended (src/cli/frame.ts fileId, realPlace: no stat error escapes; standard input read from a file is that file; a folder's links resolved).
  it("F1 (95%): a ledger path through a file (ENOTDIR) with --grants-out is cannot-read, exit 2, no stack trace", () => {
    const d = withLedger();
    const r = sh(["evaluate", "c.json", "--ledger", "c.json/x", "--grants-out", "g2.ndjson", "--lang", "en"], d);
    expect(r.err).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(2);
  });
  // Mended (src/cli/frame.ts fileId, realPlace: no stat error escapes; standard input read from a file is that file; a folder's links resolved).
  it("F1 (90%): an --out path too long (ENAMETOOLONG) is cannot-write, exit 3, no stack trace", () => {
    const d = withLedger();
    const r = sh(["evaluate", "c.json", "--out", "a".repeat(300), "--lang", "en"], d);
    expect(r.err).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(3);
  });
  // Mended (src/cli/frame.ts fileId, realPlace: no stat error escapes; standard input read from a file is that file; a folder's links resolved).
  it("F1 (80%): --out naming a symbolic link loop (ELOOP) is written (renamed over the link) without a stack trace", () => {
    const d = withLedger();
    symlinkSync("loop", join(d, "loop"));
    const r = sh(["evaluate", "c.json", "--out", "loop", "--lang", "en"], d);
    expect(r.err).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(0);
  });
  // Mended (src/cli/frame.ts fileId, realPlace: no stat error escapes; standard input read from a file is that file; a folder's links resolved).
  it("F2 (55%): --ledger - read from the file --grants-out names is refused; the ledger is not replaced by an empty file", () => {
    const d = withLedger();
    const g = join(d, "g.ndjson");
    const before = readFileSync(g, "utf8");
    const r = sh(["evaluate", "c.json", "--ledger", "-", "--ledger-format", "ndjson", "--grants-out", "g.ndjson", "--lang", "en"], d, g);
    expect(readFileSync(g, "utf8")).toBe(before);
    expect(r.code).toBe(2);
  });
  // Mended (src/cli/frame.ts fileId, realPlace: no stat error escapes; standard input read from a file is that file; a folder's links resolved).
  it("F3 (50%): two outputs naming one new file through a symlinked folder are options_conflict (exit 2), not EEXIST (exit 3)", () => {
    const d = withLedger();
    symlinkSync(".", join(d, "sub"));
    const r = sh(["evaluate", "c.json", "--out", "sub/x.json", "--grants-out", "x.json", "--lang", "en"], d);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/exclude each other/);
  });
  it.fails("F5 (45%): report --out - writes standard output, as the frame takes `-` (no file is written named -)", () => {
    const d = withLedger();
    const r = sh(["report", "--period", "2020", "--grants", "g.ndjson", "--out", "-"], d);
    expect(existsSync(join(d, "-"))).toBe(false);
    expect(r.out).not.toBe("");
  });
});

describe("3. unclosed_quote", { timeout: 60_000 }, () => {
  const csv = toCsv(fixture());
  const lines = csv.split("\n");
  const row = lines.findIndex((l) => l.startsWith("trainee,"));
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const named = (name: string) => lines.map((l, i) => (i === row ? l.split(",").map((c, j) => (j === 3 ? q(name) : c)).join(",") : l));
  const decide = (text: string) => {
    const d = temp();
    writeFileSync(join(d, "c.csv"), text);
    return sh(["evaluate", "c.csv", "--format", "json", "--lang", "en"], d);
  };
  it("legitimate CSVs decide as the plain one (control)", () => {
    const plain = decide(csv);
    expect(plain.code).toBe(0);
    const allQuoted = lines.map((l) => l.split(",").map((c) => (c === "" ? "" : q(c))).join(","));
    for (const text of [
      named("Wang, Li").join("\n"),
      named('Wang "Li"').join("\n"),
      named('Wang ""').join("\n"),
      named("").join("\n"),
      named("Wang\nLi").join("\n"),
      named("Wang\r\nLi").join("\r\n") + "\r\n",
      lines.join("\r\n") + "\r\n",
      lines.join("\r"),
      `\ufeff${csv}\n`,
      allQuoted.join("\n"),
      `\ufeff${allQuoted.join("\r\n")}`,
    ]) {
      const r = decide(text);
      expect(r.err).toBe("");
      expect(r.out).toBe(plain.out);
    }
  });
  it("an unclosed quote names the physical line it opened on, past a cell over two lines and in CRLF (control)", () => {
    const last = lines.length - 1;
    const u = [...lines];
    u[last] = (u[last] as string).replace(/,([^,]*)$/, ',"$1');
    expect(decide(u.join("\n")).err).toContain(`the quote opened on line ${lines.length} is never closed`);
    const m = named("Wang\nLi");
    m[row + 1] = (m[row + 1] as string).split(",").map((c, j) => (j === 3 ? '"oops' : c)).join(",");
    const r = decide(m.join("\r\n"));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`the quote opened on line ${row + 3} is never closed`);
    const ledger = withLedger();
    const g = sh(["evaluate", "c.json", "--grants-out", "g.csv"], ledger);
    expect(g.code).toBe(0);
    writeFileSync(join(ledger, "gu.csv"), readFileSync(join(ledger, "g.csv"), "utf8").replace("\ngrant,JX-0001,", '\ngrant,"JX-0001,'));
    const led = sh(["evaluate", "c.json", "--ledger", "gu.csv", "--lang", "en"], ledger);
    expect(led.code).toBe(2);
    expect(led.err).toContain("the quote opened on line 3 is never closed");
  });
});
