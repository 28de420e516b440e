/**
 * Issue 14 item 14: docs/provisions.md attaches each provision id to the export whose
 * code contains the cite() call (or, for a module constant, the exports that use it),
 * never to whichever export happens to stand above it.
 */
import { expect, test } from "vitest";
import { buildMatrix } from "../scripts/provision-matrix.mjs";

const rowOf = (id: string): string => buildMatrix().split("\n").find((l) => l.startsWith(`| \`${id}\` |`)) ?? "";

test("plan2021.targets is attached to plan2021Targets (which uses the constant that cites it), not to gbf2019Targets above it", () => {
  expect(rowOf("plan2021.targets")).toContain("`src/jurisdictions/national/targets.ts`: `plan2021Targets`");
  expect(rowOf("plan2021.targets")).not.toContain("gbf2019Targets");
  expect(rowOf("op2025.targets")).toContain("`src/jurisdictions/national/targets.ts`: `op2025Targets`");
});

test("a cite() inside an exported declaration is attached to that export", () => {
  expect(rowOf("jx2019.residency")).toContain("`src/jurisdictions/jiaxing/jx2019.ts`: `jx2019`");
  // a value's citation in a layer's data file is attached to the compiled data's export
  expect(rowOf("jx2019.open-market")).toContain("`src/jurisdictions/jiaxing/jx2019.params.ts`: `JX2019_PARAMS`");
});
