/**
 * The guides' code samples run here, so the docs cannot rot: each ```ts block of the
 * guides is run against the library's source, and every `console.log(...) // → text`
 * line must print that text.
 */
import { readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { expectedOutputs, runSample, toSource } from "./support/samples.js";

const GUIDES = ["README.md", "docs/getting-started.md", "docs/concepts.md", "docs/adding-a-city.md", "docs/policy-changes.md", "docs/reports.md"];
const dir = resolve("test/.doc-samples");

function samples(file: string): { code: string; expected: string[] }[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => {
    const code = m[1] as string;
    return { code, expected: expectedOutputs(code) };
  });
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(GUIDES)("%s", (file) => {
  test.each(samples(file).map((s, i) => [i + 1, s] as const))("sample %i prints what the page says", async (i, sample) => {
    const printed = await runSample(dir, `${file}-${i}`, toSource(sample.code));
    expect(sample.expected.length).toBeGreaterThan(0);
    expect(printed).toEqual(sample.expected);
  }, 60_000);
});

test("the claims document shown in getting-started is docs/examples/my-first-claims.json", () => {
  const page = readFileSync("docs/getting-started.md", "utf8");
  const shown = /## 5\.[\s\S]*?```json\n([\s\S]*?)```/.exec(page)?.[1];
  expect(shown).toBeDefined();
  expect(JSON.parse(shown as string)).toEqual(JSON.parse(readFileSync("docs/examples/my-first-claims.json", "utf8")));
});
