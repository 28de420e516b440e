/**
 * docs/cli.md (and the getting-started guide) show real runs: every ```console block there is run through the command
 * (in process) and its output compared. Conventions of the page: a shown line ending in
 * `…` was cut and must start the actual line; policy hashes are the current ones (a stale
 * hash on the page is a figure that stopped being true); `| head -N` keeps
 * the first N lines; `$ echo $?` is followed by the exit code; `--out <dir>/` is run
 * against a temporary directory.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli } from "./cli-helpers.js";

interface Block {
  readonly command: string;
  readonly shown: string[];
  readonly exitCode: number | null;
}

function blocks(doc: string): Block[] {
  return [...doc.matchAll(/```console\n([\s\S]*?)```/g)].map((m) => {
    const lines = (m[1] as string).replace(/\n$/, "").split("\n");
    const command = (lines[0] as string).replace(/^\$ skills-subsidy /, "");
    const echo = lines.indexOf("$ echo $?");
    return {
      command,
      shown: echo < 0 ? lines.slice(1) : lines.slice(1, echo),
      exitCode: echo < 0 ? null : Number(lines[echo + 1]),
    };
  });
}

/** Splits a shell word list (no quotes needed on this page) and `| head -N`. */
function parse(command: string): { args: string[]; head: number | null } {
  const [main, pipe] = command.split(" | ");
  const head = pipe === undefined ? null : Number(/^head -(\d+)$/.exec(pipe.trim())?.[1]);
  return { args: (main as string).replace(/\s+#.*$/, "").trim().split(/\s+/), head };
}

describe.each(["docs/cli.md", "docs/getting-started.md"])("%s", (page) => {
  const doc = readFileSync(page, "utf8");
  const all = blocks(doc);

  test.runIf(page === "docs/cli.md")("shows every command", () => {
    const commands = new Set(all.map((b) => b.command.split(" ")[0]));
    for (const c of ["evaluate", "explain", "schema", "diff", "verify", "report", "--help"]) expect(commands, c).toContain(c);
  });

  for (const block of all) {
    test(`prints what the page shows for: skills-subsidy ${block.command}`, async () => {
      const { args, head } = parse(block.command);
      const outAt = args.indexOf("--out");
      const dir = outAt >= 0 && args[outAt + 1]?.endsWith("/") === true ? mkdtempSync(join(tmpdir(), "skills-subsidy-doc-")) : null;
      const shownDir = dir === null ? null : (args[outAt + 1] as string);
      if (dir !== null) args[outAt + 1] = `${dir}/`;
      try {
        const r = await cli(args);
        let text = r.out + r.err;
        if (dir !== null && shownDir !== null) text = text.replaceAll(`${dir}/`, shownDir);
        let actual = text.replace(/\n$/, "").split("\n");
        if (head !== null) actual = actual.slice(0, head);
        const shown = block.shown;
        expect(actual.length, "line count").toBe(shown.length);
        shown.forEach((line, i) => {
          const got = actual[i] as string;
          if (line.endsWith("…")) expect(got.startsWith(line.slice(0, -1)), `line ${i + 1}: ${got}`).toBe(true);
          else expect(got, `line ${i + 1}`).toBe(line);
        });
        if (block.exitCode !== null) expect(r.code).toBe(block.exitCode);
      } finally {
        if (dir !== null) rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  }
});
