/**
 * The command's heap policy (heap.ts): it bounds V8's heap growth unless the user chose a
 * heap flag. Its effect on memory is measured by the benchmark (docs/performance.md),
 * not here; here: when it sets the flag, and that the flag it sets is one this Node knows.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { HEAP_GROWING_PERCENT, heapFlag } from "./heap.js";

describe("the command bounds how far V8 grows its heap", () => {
  test("with no heap flag of the user's, it sets the growing factor to 1.3", () => {
    expect(HEAP_GROWING_PERCENT).toBe(30);
    expect(heapFlag([], undefined)).toBe("--heap-growing-percent=30");
    expect(heapFlag(["--enable-source-maps"], "--max-semi-space-size=8 --disable-proto=throw")).toBe("--heap-growing-percent=30");
  });

  test.each([
    ["NODE_OPTIONS", [], "--max-old-space-size=512"],
    ["NODE_OPTIONS, underscores", [], "--disable-proto=throw --max_old_space_size=512"],
    ["node's arguments", ["--max-old-space-size=256"], undefined],
    ["node's arguments, its own growing percent", ["--heap-growing-percent=50"], ""],
    ["NODE_OPTIONS, a max heap size", [], "--max-heap-size=300"],
  ])("a heap flag of the user's (%s) is theirs: the command sets nothing", (_where, execArgv, nodeOptions) => {
    expect(heapFlag(execArgv, nodeOptions)).toBeNull();
  });

  test("a flag that only begins like a heap flag is not one", () => {
    expect(heapFlag(["--max-old-space-size-in-mb=1"], undefined)).toBe("--heap-growing-percent=30");
  });

  // V8 writes "Error: unrecognized flag" to standard error for a flag it does not know:
  // this fails the day a Node version drops the flag.
  test("the built command sets it without a word on standard error (npm run build first)", { timeout: 60_000 }, () => {
    const run = spawnSync(process.execPath, ["dist/cli.js", "--version"], { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
  });
});
