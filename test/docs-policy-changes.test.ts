/** The guides show real output: every `console` block's command is run and its output compared. */
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli } from "./cli-helpers.js";

// Policy hashes included: a hash on the page that is no longer the policy's is a figure that
// stopped being true (node scripts/refresh-doc-outputs.mjs rewrites the blocks).
const normalise = (text: string) => text.trimEnd();

describe("docs/policy-changes.md", () => {
  const doc = readFileSync("docs/policy-changes.md", "utf8");
  const blocks = [...doc.matchAll(/```console\n\$ skills-subsidy (.*)\n([\s\S]*?)```/g)];

  test("has the diff, a failing verify and a coverage run", () => {
    expect(blocks.map((b) => (b[1] as string).split(" ")[0])).toEqual(["diff", "verify", "verify"]);
  });

  for (const [, command, shown] of blocks) {
    test(`prints what the guide shows for: skills-subsidy ${command}`, async () => {
      const r = await cli((command as string).split(" "));
      expect(normalise(r.out + r.err)).toBe(normalise(shown as string));
    });
  }

  test("the invalid-patch message it shows is the one diff prints", async () => {
    const dir = mkdtempSync(join(tmpdir(), "skills-subsidy-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ id: "x", label: { zh: "x", en: "x" }, changes: [{ parameter: "livingAllowance.dailyRate", from: "2021-01-01", value: "sixty" }] }));
    const { err } = await cli(["diff", "--reform", bad, "fixtures/jiaxing/reform-population.json", "--lang", "en"]);
    expect(doc).toContain(err.trimEnd().replace(bad, "bad.json"));
  });
});
