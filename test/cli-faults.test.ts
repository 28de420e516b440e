/**
 * The built command under faults: signals at every stage, temporary files, `--out`,
 * exit codes, and no stack traces. These run `dist/cli.js` (npm run build first).
 */
import type { ChildProcess } from "node:child_process";
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { evaluate } from "../src/cli/commands/evaluate.js";
import type { Io } from "../src/cli/io.js";
import { FIXTURE } from "./cli-helpers.js";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const BIN = "dist/cli.js";
const require = createRequire(import.meta.url);
const root = mkdtempSync(join(tmpdir(), "ss-faults-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let unique = 0;
function freshDir(name: string): string {
  const dir = join(root, `${name}-${++unique}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A generated NDJSON batch large enough to spill (over 20,000 records) and to take a while to decide. */
let big = "";
beforeAll(async () => {
  big = join(root, "big.ndjson");
  // @ts-expect-error -- a plain .mjs script without types
  const { generate } = (await import("../scripts/generate-claims.mjs")) as { generate: (n: number, file: string) => Promise<void> };
  await generate(15_000, big);
});

/** Processes whose environment carries this marker (the run's own TMPDIR): the CLI and any child it left. */
function processesWith(marker: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, "latin1").split("\0").includes(marker)) found.push(Number(entry));
    } catch {
      // gone already, or not ours
    }
  }
  return found;
}

async function until(what: string, check: () => boolean, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the run ended before ${what}`);
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function exited(child: ChildProcess, timeoutMs = 30_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve({ code: child.exitCode, signal: child.signalCode as NodeJS.Signals | null });
    const timer = setTimeout(() => reject(new Error("the run did not end after the signal")), timeoutMs);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

const spillFolders = (dir: string) => readdirSync(dir).filter((n) => n.startsWith("skills-subsidy-"));
const spillFile = (dir: string, name: string) => spillFolders(dir).some((f) => existsSync(join(dir, f, name)));

type Stage = "reading" | "deciding" | "writing";

/** Starts a run, waits for the stage, sends the signal, and checks what the run leaves behind. */
async function killDuring(stage: Stage, signal: "SIGTERM" | "SIGINT", withOut: boolean, extra: readonly string[] = []) {
  const tmp = freshDir(`tmp-${stage}-${signal}-${extra.join("")}`);
  const outDir = freshDir(`out-${stage}-${signal}-${extra.join("")}`);
  const marker = `TMPDIR=${tmp}`;
  const args = [BIN, "evaluate", stage === "reading" ? "-" : big, "--input", "ndjson", "--format", "ndjson", ...extra];
  if (withOut) args.push("--out", join(outDir, "decisions.ndjson"));
  const child = spawn(process.execPath, args, { env: { ...process.env, TMPDIR: tmp }, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  child.stdin?.on("error", () => undefined);
  try {
    if (stage === "reading") {
      // more than 20,000 records, so the run spills, but standard input stays open: the run is still reading
      child.stdout?.resume();
      child.stdin?.write(readFileSync(big));
      await until("the spill folder", () => spillFolders(tmp).length > 0, child);
    } else if (stage === "deciding") {
      child.stdout?.resume();
      child.stdin?.end();
      await until("the first part's decisions", () => spillFile(tmp, "out-0-0"), child);
    } else {
      // the reader takes one chunk and then stops: the run is blocked writing
      child.stdin?.end();
      await new Promise<void>((resolve, reject) => {
        child.stdout?.once("data", () => {
          child.stdout?.pause();
          resolve();
        });
        child.once("exit", () => reject(new Error("the run ended before writing")));
      });
    }
    child.kill(signal);
    const end = await exited(child);
    const survivors = processesWith(marker);
    return { ...end, stderr, survivors, spill: spillFolders(tmp), outFiles: readdirSync(outDir) };
  } finally {
    child.stdin?.destroy();
    child.stdout?.destroy();
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    for (const pid of processesWith(marker)) process.kill(pid, "SIGKILL");
  }
}

const CODE = { SIGINT: 130, SIGTERM: 143 } as const;

describe.runIf(existsSync(BIN))("a signal ends the whole run", () => {
  for (const stage of ["reading", "deciding", "writing"] as const) {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      test(`${signal} while ${stage}: no process survives, no spill folder stays, exit ${CODE[signal]} with one line saying the output is incomplete`, async () => {
        const r = await killDuring(stage, signal, false);
        expect(r.survivors).toEqual([]);
        expect(r.spill).toEqual([]);
        expect({ code: r.code, signal: r.signal }).toEqual({ code: CODE[signal], signal: null });
        const lines = r.stderr.split("\n").filter((l) => l.trim() !== "");
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain("incomplete");
        expect(lines[0]).toContain("不完整");
      });
    }
  }

  // A worker thread writes its part's files in the spill folder: the run's end stops it (and
  // waits for it to let go) before removing the folder, or a file written after the removal
  // began would keep the folder.
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    test(`${signal} while two threads decide (--threads 2): the worker is stopped first, no spill folder stays, exit ${CODE[signal]}`, async () => {
      const r = await killDuring("deciding", signal, false, ["--threads", "2"]);
      expect(r.survivors).toEqual([]);
      expect(r.spill).toEqual([]);
      expect({ code: r.code, signal: r.signal }).toEqual({ code: CODE[signal], signal: null });
      expect(r.stderr.split("\n").filter((l) => l.trim() !== "")).toHaveLength(1);
    });
  }

  for (const stage of ["reading", "deciding"] as const) {
    test(`--out FILE: a run killed while ${stage} leaves no output file and no temporary file`, async () => {
      const r = await killDuring(stage, "SIGTERM", true);
      expect(r.code).toBe(143);
      expect(r.outFiles).toEqual([]);
      expect(r.survivors).toEqual([]);
    });
  }
});

describe.runIf(existsSync(BIN))("--out FILE on evaluate", () => {
  test("writes what standard output would get, prints nothing there, and leaves no temporary file", () => {
    const dir = freshDir("out-ok");
    const out = join(dir, "decisions.csv");
    const plain = spawnSync(process.execPath, [BIN, "evaluate", FIXTURE, "--format", "csv"], { encoding: "utf8" });
    const r = spawnSync(process.execPath, [BIN, "evaluate", FIXTURE, "--format", "csv", "--out", out], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(plain.stdout);
    expect(readdirSync(dir)).toEqual(["decisions.csv"]);
  });
});

/** An Io that runs evaluate in process, and calls `onFirstWrite` (while the run's files are still there) on its first output. */
function inProcessIo(tmp: string, onFirstWrite: () => void = () => undefined): Io & { out: () => string } {
  let out = "";
  let first = true;
  return {
    tmpdir: tmp,
    stdout: (t) => {
      if (first) onFirstWrite();
      first = false;
      out += t;
    },
    stderr: () => undefined,
    stdin: () => [][Symbol.iterator]() as unknown as AsyncIterable<Buffer>,
    out: () => out,
  };
}

describe("spill files", () => {
  test("are readable and writable by their owner only (folder 0700, files 0600) and removed at the end", async () => {
    const tmp = freshDir("modes");
    const modes: string[] = [];
    const io = inProcessIo(tmp, () => {
      for (const folder of spillFolders(tmp)) {
        modes.push(`${folder.replace(/[0-9]+-\w+$/, "")}:${(statSync(join(tmp, folder)).mode & 0o777).toString(8)}`);
        for (const file of readdirSync(join(tmp, folder))) modes.push((statSync(join(tmp, folder, file)).mode & 0o777).toString(8));
      }
    });
    const code = await evaluate([FIXTURE, "--format", "csv"], io, { spillAfter: 2, parts: 4 });
    expect(code).toBe(0);
    expect(modes.length).toBeGreaterThan(4);
    expect(modes[0]).toBe("skills-subsidy-:700");
    expect(new Set(modes.slice(1))).toEqual(new Set(["600"]));
    expect(spillFolders(tmp)).toEqual([]);
  });

  test("of a dead run are removed when a run starts; those of a live run, or not named by a run, are kept", async () => {
    const tmp = freshDir("stale");
    const dead = spawnSync(process.execPath, ["-e", ""]).pid as number;
    for (const name of [`skills-subsidy-${dead}-abc123`, `skills-subsidy-${process.pid}-def456`, "skills-subsidy-ghi789"]) {
      mkdirSync(join(tmp, name));
      writeFileSync(join(tmp, name, "in-0"), "1\tclaim\tline 1\t{}\n");
    }
    const code = await evaluate([FIXTURE, "--format", "csv"], inProcessIo(tmp));
    expect(code).toBe(0);
    expect(spillFolders(tmp).sort()).toEqual([`skills-subsidy-${process.pid}-def456`, "skills-subsidy-ghi789"]);
  });
});

/** Runs the built command; stdout and stderr as text. */
function runBin(args: string[], options: { input?: string; stdout?: "pipe" | number } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", input: options.input ?? "", stdio: ["pipe", options.stdout ?? "pipe", "pipe"], timeout: 60_000 });
  return { code: r.status, out: r.stdout ?? "", err: r.stderr ?? "", lines: (r.stderr ?? "").split("\n").filter((l) => l.trim() !== "") };
}
const STACK = /\n\s+at .+/;

describe.runIf(existsSync(BIN))("exit codes that mean one thing", () => {
  test.runIf(existsSync("/dev/full"))("output that cannot be written (> /dev/full) exits 3 with one line and no stack trace", () => {
    const { openSync, closeSync } = require("node:fs") as typeof import("node:fs");
    const fd = openSync("/dev/full", "w");
    try {
      for (const format of ["table", "csv", "json"]) {
        const r = runBin(["evaluate", FIXTURE, "--format", format], { stdout: fd });
        expect(r.code, format).toBe(3);
        expect(r.lines, format).toHaveLength(1);
        expect(r.lines[0]).toContain("ENOSPC");
        expect(r.err).not.toMatch(STACK);
      }
    } finally {
      closeSync(fd);
    }
  });

  test("an --out file that cannot be created exits 3 with one line, before deciding anything", () => {
    const r = runBin(["evaluate", FIXTURE, "--out", join(root, "no-such-folder", "x.csv")]);
    expect(r.code).toBe(3);
    expect(r.lines).toHaveLength(1);
    expect(r.err).not.toMatch(STACK);
  });

  test("diff --out and report --out that cannot be written exit 3 with one line", () => {
    const nowhere = join(root, "no-such-folder", "x.csv");
    for (const args of [
      ["diff", "--reform", "fixtures/reforms/living-allowance-60.json", "fixtures/jiaxing/reform-population.json", "--out", nowhere],
      ["report", "--period", "2020Q3", "fixtures/jiaxing/ledger-2020.json", "--out", nowhere],
    ]) {
      const r = runBin(args);
      expect(r.code, args[0]).toBe(3);
      expect(r.lines.filter((l) => l.includes("cannot write")), args[0]).toHaveLength(1);
      expect(r.err).not.toMatch(STACK);
    }
  });

  test("an unreadable input (a folder, a missing file) exits 2 with one line naming it, in every place a file is read", () => {
    const dir = freshDir("unreadable");
    const missing = join(dir, "missing.json");
    const cases = [
      ["evaluate", dir],
      ["evaluate", missing],
      ["evaluate", FIXTURE, "--ledger", dir],
      ["evaluate", FIXTURE, "--ledger", missing],
      ["evaluate", FIXTURE, "--catalogue", dir],
      ["evaluate", FIXTURE, "--catalogue", missing],
      ["explain", dir, "JX-0001"],
      ["diff", "--reform", dir, FIXTURE],
      ["diff", "--reform", "fixtures/reforms/living-allowance-60.json", missing],
      ["report", "--period", "2020", dir],
    ];
    for (const args of cases) {
      const r = runBin(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.lines, args.join(" ")).toHaveLength(1);
      expect(r.lines[0], args.join(" ")).toMatch(/cannot read .*(missing\.json|unreadable)/);
      expect(r.err).not.toMatch(STACK);
    }
  });
});

describe("nothing leaked", () => {
  test("a CSV cell the CLI writes never starts a formula (=, +, -, @, TAB, CR are prefixed with ') and a CR inside a cell is quoted; numbers stay numbers", async () => {
    const { csvOutputCell } = await import("../src/cli/csv.js");
    expect(["=1+1", "+1", "-x", "@SUM(A1)", "\tx", "\r=1"].map(csvOutputCell)).toEqual(["'=1+1", "'+1", "'-x", "'@SUM(A1)", "'\tx", `"'\r=1"`]);
    expect(["-20.00", "150.00", "JX-0001", "a,b"].map(csvOutputCell)).toEqual(["-20.00", "150.00", "JX-0001", '"a,b"']);
  });

  test("diff --out x.csv with an occupation name carrying a formula after a CR: every row is a claim, no cell starts a formula", async () => {
    const { parse } = await import("csv-parse/sync");
    const { cli, fixture } = await import("./cli-helpers.js");
    const doc = fixture();
    for (const record of [...(doc["courses"] ?? []), ...(doc["certificates"] ?? [])]) (record["occupation"] as { name: string }).name = "\r=1+cmd|' /C calc'!A0";
    const dir = freshDir("formula");
    const out = join(dir, "diff.csv");
    const r = await cli(["diff", "--reform", "fixtures/reforms/living-allowance-60.json", "-", "--out", out], JSON.stringify(doc));
    expect(r.code).toBe(0);
    const text = readFileSync(out, "utf8");
    const rows = parse(text, { relax_column_count: false }) as string[][];
    expect(rows.length).toBe(1 + 9);
    for (const cell of rows.flat()) if (!/^-?\d+(\.\d+)?$/.test(cell)) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    // a spreadsheet splits rows at a bare CR too: none outside quotes
    expect(text.replace(/"(?:[^"]|"")*"/g, "")).not.toContain("\r");
  });

  test("control and bidi characters of an echoed id are escaped in the messages (table and CSV's standard error)", async () => {
    const { cli, fixture, toNdjson } = await import("./cli-helpers.js");
    const evil = "X\u001b]0;pwned\u0007\u001b[2J\u202eY\u009b";
    const text = `${toNdjson(fixture())}\n${JSON.stringify({ type: "planet", id: evil })}`;
    for (const format of ["table", "csv"]) {
      const r = await cli(["evaluate", "-", "--input", "ndjson", "--format", format, "--lang", "en"], text);
      const shown = `${r.out}${r.err}`;
      expect(shown, format).toContain("unknown_record_type");
      expect(shown, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
      expect(shown, format).toContain("X\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{202e}Y\\u{9b}");
    }
  });

  test("a line that is not JSON is reported by line and byte offset, without echoing its content", async () => {
    const { cli, fixture, toNdjson } = await import("./cli-helpers.js");
    const secret = "王小梅 330402200204181234";
    const text = `${toNdjson(fixture())}\n{"type":"trainee","name":${secret}}\n${secret}`;
    const r = await cli(["evaluate", "-", "--input", "ndjson", "--json"], text);
    const invalid = (JSON.parse(r.out) as { invalid: { at: string; issues: { code: string; message: { zh: string; en: string } }[] }[] }).invalid;
    expect(invalid.map((i) => i.issues[0]?.code)).toEqual(["not_json", "not_json"]);
    expect(JSON.stringify(invalid)).not.toContain("330402");
    expect(JSON.stringify(invalid)).not.toContain("王小梅");
    // The offset is told in the message only (an issue carries no facts): the words a person reads are what is tested.
    expect(invalid[0]?.issues[0]?.message.en).toMatch(/byte \d+/);
    expect(invalid[1]?.issues[0]?.message.en).toMatch(/byte \d+/);
  });
});

describe.runIf(existsSync(BIN) && existsSync("/dev/zero"))("limits on every read", () => {
  // /dev/zero is endless and its size (stat) is 0: only counting the bytes read stops it.
  test("--catalogue, report, diff --reform and diff's claims file stop at the byte limit of /dev/zero with exit 2", () => {
    const cases = [
      ["evaluate", FIXTURE, "--catalogue", "/dev/zero"],
      ["report", "--period", "2020", "/dev/zero"],
      ["diff", "--reform", "/dev/zero", FIXTURE],
      ["diff", "--reform", "fixtures/reforms/living-allowance-60.json", "/dev/zero"],
    ];
    for (const args of cases) {
      const r = runBin(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err, args.join(" ")).toMatch(/larger than 16777216 bytes/);
      expect(r.err).not.toMatch(STACK);
    }
  });

  test("verify reports a scenario file over the limit as failed, having read no more than the limit", () => {
    const r = runBin(["verify", "/dev/zero"]);
    expect(r.code).toBe(1);
    expect(`${r.out}${r.err}`).toMatch(/larger than 16777216 bytes/);
  });

  test("standard input of diff and report stops at the limit with exit 2", () => {
    const { openSync, closeSync } = require("node:fs") as typeof import("node:fs");
    const zero = openSync("/dev/zero", "r");
    try {
      for (const args of [
        ["report", "--period", "2020", "-"],
        ["diff", "--reform", "fixtures/reforms/living-allowance-60.json", "-"],
      ]) {
        const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", stdio: [zero, "pipe", "pipe"], timeout: 60_000 });
        expect(r.status, args.join(" ")).toBe(2);
        expect(r.stderr, args.join(" ")).toMatch(/larger than 16777216 bytes/);
      }
    } finally {
      closeSync(zero);
    }
  });
});
