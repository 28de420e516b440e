/**
 * One temporary folder for the whole test run: every test's `tmpdir()` (and the CLI's spill
 * folders, under `$TMPDIR`) lands in it, and it is removed when the run ends, so a test
 * that makes a folder and does not remove it leaves nothing behind (cli-chain.test.ts
 * alone left 13 folders in /tmp per run). Workers inherit the environment set here.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "skills-subsidy-tests-"));
  const before = process.env["TMPDIR"];
  process.env["TMPDIR"] = dir;
  return () => {
    if (before === undefined) delete process.env["TMPDIR"];
    else process.env["TMPDIR"] = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
