/**
 * The guides' code samples run here, so the docs cannot rot: each ```ts block of the
 * guides is run against the library's source, and every `console.log(...) // → text`
 * line must print that text.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test, vi } from "vitest";

const GUIDES = ["docs/getting-started.md", "docs/adding-a-city.md"];
const dir = resolve("test/.doc-samples");
const index = resolve("src/index.ts");

function samples(file: string): { code: string; expected: string[] }[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => {
    const code = m[1] as string;
    const expected = [...code.matchAll(/console\.log\(.*\);\s*\/\/ → (.*)$/gm)].map((x) => (x[1] as string).trim());
    return { code, expected };
  });
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(GUIDES)("%s", (file) => {
  test.each(samples(file).map((s, i) => [i + 1, s] as const))("sample %i prints what the page says", async (i, sample) => {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${file.replace(/\W/g, "_")}-${i}.ts`);
    writeFileSync(path, sample.code.replaceAll('from "skills-subsidy"', `from ${JSON.stringify(index)}`));
    const printed: string[] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      printed.push(args.map((a) => (typeof a === "string" ? a : String(a))).join(" "));
    });
    try {
      await import(path);
    } finally {
      spy.mockRestore();
    }
    expect(sample.expected.length).toBeGreaterThan(0);
    expect(printed).toEqual(sample.expected);
  }, 60_000);
});
