/**
 * The API reference's examples run here, so they cannot rot. Every `@example` in a source
 * file that src/index.ts, src/node/index.ts, src/reform/index.ts or src/schemas/index.ts
 * re-exports from is run against the source,
 * and every result it states is checked. An example is TypeScript, written in one of two
 * ways (both may be mixed):
 *
 *   console.log(yearOf("2021-12-31")); // → 2021      (the text the line prints)
 *   yearOf("2021-12-31") // → 2021                    (an expression and its value)
 *
 * The value of an expression line is shown as JSON (strings quoted, objects compact),
 * except numbers, booleans, null and undefined, shown as they print. The prelude, in
 * scope without imports: every export of "skills-subsidy", "skills-subsidy/node", "skills-subsidy/reform" and
 * "skills-subsidy/schemas", the
 * exports of the example's own file (an internal helper's example runs against its module), and
 * the record builders of test/builders.ts — `trainee()`, `course()`, `certificate()`,
 * `claim()`, `grant()` (records with defaults, parsed through the public schemas; pass
 * fields to override) and `input({ claim, trainee, ... })` (a claim input with an empty
 * ledger). An example may also import from "skills-subsidy" explicitly.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { expectedOutputs, NODE_ENTRY, runSample, SOURCE_ENTRY, SUBPATH_ENTRIES, toSource } from "./support/samples.js";

const dir = resolve("test/.api-examples");
const BUILDERS = resolve("test/builders.ts");
const BUILDER_NAMES = ["trainee", "course", "certificate", "claim", "grant", "input"];

/** The source files an entry re-exports from (and the entry itself), through the subpath barrels (`index.ts`) it re-exports. */
function exportedFiles(entry: string): string[] {
  const text = readFileSync(entry, "utf8");
  const files = [...text.matchAll(/from "(\.[^"]+)\.js"/g)].map((m) => resolve(dirname(entry), `${m[1] as string}.ts`));
  return [...new Set([entry, ...files.flatMap((f) => (f.endsWith("/index.ts") ? exportedFiles(f) : [f]))])];
}

interface Example {
  readonly file: string;
  readonly where: string;
  readonly code: string;
}

/** The `@example` blocks of a file's doc comments, each up to the next block tag or the comment's end. */
function examplesOf(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const out: Example[] = [];
  for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const body = (m[1] as string)
      .split("\n")
      .map((l) => l.replace(/^\s*\* ?/, ""))
      .join("\n");
    const line = text.slice(0, m.index).split("\n").length;
    for (const [k, part] of body.split(/(?<!`)@example\b/).slice(1).entries()) {
      const code = (part.split(/\n@\w/)[0] as string).replace(/^\s*```\w*\n/, "").replace(/```\s*$/, "").trim();
      out.push({ file, where: `${relative(".", file)}:${line}${k > 0 ? `#${k + 1}` : ""}`, code });
    }
  }
  return out;
}

/** Rewrites `expression // → value` lines as `console.log(show(expression)); // → value`. */
function withPrintedValues(code: string): string {
  return code
    .split("\n")
    .map((line) => {
      const m = /^(\s*)(.*?);?\s*\/\/ → (.*)$/.exec(line);
      if (m === null || (m[2] as string).includes("console.log(")) return line;
      if (/^(const|let|var|import|export|if|for|while|return)\b/.test(m[2] as string)) throw new Error(`an expression line must be an expression: ${line}`);
      return `${m[1] as string}console.log(__show(${m[2] as string})); // → ${m[3] as string}`;
    })
    .join("\n");
}

const SHOW = `const __show = (v: unknown): string => v === undefined ? "undefined" : typeof v === "number" || typeof v === "boolean" || typeof v === "bigint" || v === null ? String(v) : JSON.stringify(v);`;

/** Names the example binds itself (imports and declarations), which the prelude must not bind again. */
function ownNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}/g)) for (const n of (m[1] as string).split(",")) names.add((n.split(/\sas\s/).pop() as string).trim());
  for (const m of code.matchAll(/\b(?:const|let|var|function|class)\s+(\w+)/g)) names.add(m[1] as string);
  for (const m of code.matchAll(/\b(?:const|let|var)\s*\{([^}]*)\}/g)) for (const n of (m[1] as string).split(",")) names.add((n.split(":").pop() as string).trim());
  return names;
}

const files = [...new Set([SOURCE_ENTRY, NODE_ENTRY, ...SUBPATH_ENTRIES].flatMap(exportedFiles))];
const examples = files.flatMap(examplesOf);
const lib = Object.keys(await import(SOURCE_ENTRY));
const node = Object.keys(await import(NODE_ENTRY));
const subpaths = await Promise.all(SUBPATH_ENTRIES.map(async (entry) => ({ entry, names: Object.keys((await import(entry)) as object).filter((n) => !lib.includes(n)) })));

// FILL_EXAMPLES=file: also write what each example printed to that file (a writing aid).
const filled: Record<string, string[]> = {};
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (process.env.FILL_EXAMPLES) writeFileSync(process.env.FILL_EXAMPLES, JSON.stringify(filled, null, 1));
});

test("there are examples to run", () => {
  expect(examples.length).toBeGreaterThan(100);
});

describe("API reference examples", () => {
  test.each(examples.map((e) => [e.where, e] as const))("%s runs and prints what it says", async (where, example) => {
    const code = withPrintedValues(example.code);
    const own = ownNames(code);
    const take = (names: string[]) => names.filter((n) => !own.has(n)).join(", ");
    const shared = new Set([...lib, ...node, ...subpaths.flatMap((s) => s.names), ...BUILDER_NAMES]);
    const mine = Object.keys((await import(example.file)) as object).filter((n) => !shared.has(n));
    const prelude = [
      `import { ${take(lib)} } from ${JSON.stringify(SOURCE_ENTRY)};`,
      ...(take(mine) === "" ? [] : [`import { ${take(mine)} } from ${JSON.stringify(example.file)};`]),
      `import { ${take(node)} } from ${JSON.stringify(NODE_ENTRY)};`,
      ...subpaths.filter((s) => take(s.names) !== "").map((s) => `import { ${take(s.names)} } from ${JSON.stringify(s.entry)};`),
      `import { ${take(BUILDER_NAMES)} } from ${JSON.stringify(BUILDERS)};`,
      SHOW,
    ].join("\n");
    const expected = expectedOutputs(code);
    expect(expected.length, "an example states at least one result with // →").toBeGreaterThan(0);
    const printed = await runSample(dir, where, `${prelude}\n${toSource(code)}\n`);
    if (process.env.FILL_EXAMPLES !== undefined) filled[where] = printed;
    expect(printed).toEqual(expected);
  }, 60_000);
});
