/** docs/jiaxing-worked-example.md shows real output: every `console` block's command is run and compared. */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { cli } from "./cli-helpers.js";

// Policy hashes included: a hash on the page that is no longer the policy's is a figure that
// stopped being true (node scripts/refresh-doc-outputs.mjs rewrites the blocks).
const normalise = (text: string) => text.trimEnd();

describe("docs/jiaxing-worked-example.md", () => {
  const doc = readFileSync("docs/jiaxing-worked-example.md", "utf8");
  const blocks = [...doc.matchAll(/```console\n\$ skills-subsidy (.*)\n([\s\S]*?)```/g)];

  test("shows the batch and three explanations, and says the standards are illustrative", () => {
    expect(blocks.map((b) => (b[1] as string).split(" ")[0])).toEqual(["evaluate", "explain", "explain", "explain"]);
    expect(doc).toContain("ILLUSTRATIVE, not official");
    // 1300 + 400 + 120 + 1560, worked by hand in the guide's table
    expect(doc).toContain("给予 4 项，共 3380.00 元");
  });

  for (const [, command, shown] of blocks) {
    test(`prints what the guide shows for: skills-subsidy ${command}`, async () => {
      const r = await cli((command as string).split(" "));
      expect(normalise(r.out + r.err)).toBe(normalise(shown as string));
    });
  }

  test("--catalogue rejects a file that is not a catalogue, with a usage error", async () => {
    const r = await cli(["evaluate", "fixtures/jiaxing/worked-example.json", "--catalogue", "fixtures/jiaxing/worked-example.json"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("not a subsidy catalogue");
  });
});
