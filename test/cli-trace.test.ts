/**
 * The command line writes each rule and parameter entry a trace names once (issue #17):
 * NDJSON a `{"type":"rule", …}` or `{"type":"parameter", …}` line before the first
 * decision that names it, JSON `rules` and `parameters` tables by key; a decision's trace
 * names the entries by key (16 hex digits). A reader rebuilds every decision from the
 * output alone, equal to the library's — also when the batch is split into parts on disk.
 * `explain` still prints the values.
 */
import { describe, expect, test } from "vitest";
import type { Decision, ParameterEntry, ParameterTable, RuleEntry, RuleTable, WrittenDecision } from "../src/index.js";
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

/** Reads NDJSON output as a reader would: the tables from the rule and parameter lines, each decision rebuilt when read (its entries must be above it). */
function readNdjson(out: string): { decisions: Decision[]; written: WrittenDecision[]; parameterLines: number; ruleLines: number } {
  const tables = { parameters: new Map<string, ParameterEntry>(), rules: new Map<string, RuleEntry>() };
  const decisions: Decision[] = [];
  const written: WrittenDecision[] = [];
  let parameterLines = 0;
  let ruleLines = 0;
  for (const text of out.trim().split("\n")) {
    const line = JSON.parse(text) as Line;
    if (line.type === "parameter" || line.type === "rule") {
      const { type, hash, ...entry } = line;
      const table: Map<string, unknown> = type === "parameter" ? tables.parameters : tables.rules;
      if (type === "parameter") parameterLines += 1;
      else ruleLines += 1;
      expect(hash).toMatch(/^[0-9a-f]{16}$/);
      expect(table.has(hash as string), `${type} entry ${hash} written twice`).toBe(false);
      table.set(hash as string, entry);
    } else if (line.type === "decision") {
      const { type: _type, ...d } = line;
      written.push(d as unknown as WrittenDecision);
      decisions.push(rebuildDecision(d as unknown as WrittenDecision, tables));
    }
  }
  return { decisions, written, parameterLines, ruleLines };
}

describe("evaluate writes each rule and parameter entry once and names it by key", () => {
  for (const [name, path, catalogue] of [
    ["the Jiaxing fixture", FIXTURE, false],
    ["the showcase with the illustrative catalogue", SHOWCASE, true],
  ] as const) {
    test(`NDJSON of ${name}: a rule or parameter line before the first decision naming it, each once; the decisions rebuild equal to the library's`, async () => {
      const args = [path, "--format", "ndjson", ...(catalogue ? ["--catalogue", CATALOGUE] : [])];
      const r = await cli(["evaluate", ...args]);
      expect(r.err).toBe("");
      const { decisions, written, parameterLines, ruleLines } = readNdjson(r.out);
      const steps = written.flatMap((d) => d.trace);
      const uses = steps.flatMap((s) => s.parameters);
      expect(parameterLines).toBeGreaterThan(0);
      expect(parameterLines).toBe(new Set(uses.map((u) => u.hash)).size);
      expect(ruleLines).toBe(new Set(steps.map((s) => s.hash)).size);
      expect(ruleLines).toBeLessThan(steps.length);
      for (const u of uses) expect(u).not.toHaveProperty("value");
      for (const s of steps) expect(s).not.toHaveProperty("label");
      expect(decisions).toEqual(decided(path, catalogue));
      // Split into parts on disk and merged: the same output, byte for byte.
      const spilled = await evaluateSpilled(args);
      expect(spilled.out).toBe(r.out);
    });

    test(`JSON of ${name}: parameters and rules tables by key after the decisions; the decisions rebuild equal to the library's`, async () => {
      const args = [path, "--format", "json", ...(catalogue ? ["--catalogue", CATALOGUE] : [])];
      const r = await cli(["evaluate", ...args]);
      const out = JSON.parse(r.out) as { decisions: WrittenDecision[]; parameters: ParameterTable; rules: RuleTable; invalid: unknown[]; summary: unknown };
      expect(Object.keys(out)).toEqual(["decisions", "parameters", "rules", "invalid", "summary"]);
      const keys = new Set(out.decisions.flatMap((d) => d.trace.flatMap((s) => s.parameters.map((u) => u.hash))));
      expect(Object.keys(out.parameters).sort()).toEqual([...keys].sort());
      expect(Object.keys(out.rules).sort()).toEqual([...new Set(out.decisions.flatMap((d) => d.trace.map((s) => s.hash)))].sort());
      expect(out.decisions.map((d) => rebuildDecision(d, out))).toEqual(decided(path, catalogue));
      expect((await evaluateSpilled(args)).out).toBe(r.out);
    });
  }

  test("--no-trace writes empty tables and no rule or parameter line", async () => {
    const json = JSON.parse((await cli(["evaluate", FIXTURE, "--format", "json", "--no-trace"])).out) as { parameters: unknown; rules: unknown };
    expect(json.parameters).toEqual({});
    expect(json.rules).toEqual({});
    const ndjson = (await cli(["evaluate", FIXTURE, "--format", "ndjson", "--no-trace"])).out;
    expect(ndjson).not.toContain('"type":"parameter"');
    expect(ndjson).not.toContain('"type":"rule"');
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
