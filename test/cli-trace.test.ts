/**
 * The command line writes each parameter entry a trace names once (issue #17): NDJSON a
 * `{"type":"parameter", …}` line before the first decision that names it, JSON a
 * `parameters` table by hash; a decision's trace names the entries by hash. A reader
 * rebuilds every decision from the output alone, equal to the library's — also when the
 * batch is split into parts on disk. `explain` still prints the values.
 */
import { describe, expect, test } from "vitest";
import type { Decision, ParameterEntry, ParameterTable, WrittenDecision } from "../src/index.js";
import { catalogueSourceFor, evaluateBatch, jiaxingPolicy, parseClaimsDocument, parseSubsidyCatalogue, rebuildDecision, withCatalogue } from "../src/index.js";
import { cli, evaluateSpilled, FIXTURE, fixture, toNdjson } from "./cli-helpers.js";
import { readFileSync } from "node:fs";

const SHOWCASE = "fixtures/jiaxing/showcase.json";
const CATALOGUE = "fixtures/jiaxing/catalogue-2020.json";

/** What the library decides for a fixture, as JSON text would carry it. */
function decided(path: string, catalogue: boolean): Decision[] {
  const parsed = parseClaimsDocument(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.ok) throw new Error(`${path} does not parse`);
  let policy = jiaxingPolicy();
  if (catalogue) {
    const c = parseSubsidyCatalogue(JSON.parse(readFileSync(CATALOGUE, "utf8")));
    if (!c.ok) throw new Error("the catalogue does not parse");
    policy = withCatalogue(policy, [c.value], catalogueSourceFor(policy));
  }
  return JSON.parse(JSON.stringify(evaluateBatch(policy, parsed.value.document).decisions)) as Decision[];
}

type Line = { type: string; hash?: string } & Record<string, unknown>;

/** Reads NDJSON output as a reader would: the table from the parameter lines, each decision rebuilt when read (its entries must be above it). */
function readNdjson(out: string): { decisions: Decision[]; written: WrittenDecision[]; parameterLines: number } {
  const table = new Map<string, ParameterEntry>();
  const decisions: Decision[] = [];
  const written: WrittenDecision[] = [];
  let parameterLines = 0;
  for (const text of out.trim().split("\n")) {
    const line = JSON.parse(text) as Line;
    if (line.type === "parameter") {
      parameterLines += 1;
      const { type: _type, hash, ...entry } = line;
      expect(table.has(hash as string), `entry ${hash} written twice`).toBe(false);
      table.set(hash as string, entry as unknown as ParameterEntry);
    } else if (line.type === "decision") {
      const { type: _type, ...d } = line;
      written.push(d as unknown as WrittenDecision);
      decisions.push(rebuildDecision(d as unknown as WrittenDecision, table));
    }
  }
  return { decisions, written, parameterLines };
}

describe("evaluate writes each parameter entry once and names it by hash", () => {
  for (const [name, path, catalogue] of [
    ["the Jiaxing fixture", FIXTURE, false],
    ["the showcase with the illustrative catalogue", SHOWCASE, true],
  ] as const) {
    test(`NDJSON of ${name}: a parameter line before the first decision naming it, each once; the decisions rebuild equal to the library's`, async () => {
      const args = [path, "--format", "ndjson", ...(catalogue ? ["--catalogue", CATALOGUE] : [])];
      const r = await cli(["evaluate", ...args]);
      expect(r.err).toBe("");
      const { decisions, written, parameterLines } = readNdjson(r.out);
      const uses = written.flatMap((d) => d.trace.flatMap((s) => s.parameters));
      expect(parameterLines).toBeGreaterThan(0);
      expect(parameterLines).toBe(new Set(uses.map((u) => u.hash)).size);
      for (const u of uses) expect(u).not.toHaveProperty("value");
      expect(decisions).toEqual(decided(path, catalogue));
      // Split into parts on disk and merged: the same output, byte for byte.
      const spilled = await evaluateSpilled(args);
      expect(spilled.out).toBe(r.out);
    });

    test(`JSON of ${name}: a parameters table by hash after the decisions; the decisions rebuild equal to the library's`, async () => {
      const args = [path, "--format", "json", ...(catalogue ? ["--catalogue", CATALOGUE] : [])];
      const r = await cli(["evaluate", ...args]);
      const out = JSON.parse(r.out) as { decisions: WrittenDecision[]; parameters: ParameterTable; invalid: unknown[]; summary: unknown };
      expect(Object.keys(out)).toEqual(["decisions", "parameters", "invalid", "summary"]);
      const hashes = new Set(out.decisions.flatMap((d) => d.trace.flatMap((s) => s.parameters.map((u) => u.hash))));
      expect(Object.keys(out.parameters).sort()).toEqual([...hashes].sort());
      expect(out.decisions.map((d) => rebuildDecision(d, out.parameters))).toEqual(decided(path, catalogue));
      expect((await evaluateSpilled(args)).out).toBe(r.out);
    });
  }

  test("--no-trace writes an empty parameters table and no parameter line", async () => {
    const json = JSON.parse((await cli(["evaluate", FIXTURE, "--format", "json", "--no-trace"])).out) as { parameters: unknown };
    expect(json.parameters).toEqual({});
    const ndjson = (await cli(["evaluate", FIXTURE, "--format", "ndjson", "--no-trace"])).out;
    expect(ndjson).not.toContain('"type":"parameter"');
  });

  test("NDJSON from NDJSON input, split into parts: the same lines as from the JSON document", async () => {
    const fromJson = (await cli(["evaluate", FIXTURE, "--format", "ndjson"])).out;
    const fromNdjson = await evaluateSpilled(["-", "--input", "ndjson", "--format", "ndjson"], toNdjson(fixture()), 3);
    expect(fromNdjson.out).toBe(fromJson);
  });

  test("explain still prints the value of each parameter read", async () => {
    // JX-0003: a living allowance in Jiaxing, 50 yuan a day (jx2019 四(三)四 「就业补助资金按每人每天 50 元标准给予生活费补贴」).
    const r = await cli(["explain", FIXTURE, "JX-0003", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/livingAllowance\.dailyRate @ \d{4}-\d{2}-\d{2} = "?50\.00"?/);
  });
});
