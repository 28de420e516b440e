/**
 * Running documentation samples, shared by the guides' test (test/docs.test.ts) and the
 * API reference's test (test/api-examples.test.ts): a sample is TypeScript that imports
 * from "skills-subsidy" (rewritten to the source here); every
 * `console.log(...); // → text` line must print `text`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { vi } from "vitest";

export const SOURCE_ENTRY = resolve("src/index.ts");
export const NODE_ENTRY = resolve("src/node/index.ts");
/** The entries whose exports are only on their subpath (skills-subsidy/reform, skills-subsidy/schemas): zod's, kept out of the root. */
export const SUBPATH_ENTRIES = [resolve("src/reform/index.ts"), resolve("src/schemas/index.ts")];

/** The texts a sample says its `console.log(...); // → text` lines print, in order. */
export function expectedOutputs(code: string): string[] {
  return [...code.matchAll(/console\.log\(.*\);?\s*\/\/ → (.*)$/gm)].map((x) => (x[1] as string).trim());
}

/** Points the sample's imports of the package (and of skills-subsidy/node) at the source. */
export function toSource(code: string): string {
  let out = code.replaceAll('from "skills-subsidy/node"', `from ${JSON.stringify(NODE_ENTRY)}`);
  for (const sub of ["jurisdictions", "reform", "reports", "schemas"]) out = out.replaceAll(`from "skills-subsidy/${sub}"`, `from ${JSON.stringify(resolve(`src/${sub}/index.ts`))}`);
  return out.replaceAll('from "skills-subsidy"', `from ${JSON.stringify(SOURCE_ENTRY)}`);
}

/** Writes the sample as a module in `dir`, imports it, and returns what it printed with console.log. */
export async function runSample(dir: string, name: string, code: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name.replace(/\W/g, "_")}.ts`);
  writeFileSync(path, code);
  const printed: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    printed.push(args.map((a) => (typeof a === "string" ? a : String(a))).join(" "));
  });
  try {
    await import(path);
  } finally {
    spy.mockRestore();
  }
  return printed;
}
