/**
 * A decision as written out names each parameter its trace read by the content hash of
 * the entry in force, and the entries are written once in a table (issue #17): the
 * written form plus the table rebuild the decision exactly, claim by claim, over the
 * fixtures; an entry is shared by every claim that read it; a table that lacks an entry,
 * or whose entry does not hash to its key, is refused with a typed bilingual error.
 */
import { describe, expect, it } from "vitest";
import { documentAt, withIllustrativeCatalogue } from "./builders.js";
import type { Decision, ParameterEntry, ParameterTable, Policy, WrittenDecision } from "../src/index.js";
import {
  evaluateBatch,
  jiaxingPolicy,
  nationalFrameworksPolicy,
  parameterEntryHash,
  rebuildDecision,
  SkillsSubsidyError,
  writtenDecision,
} from "../src/index.js";
import { canonicalJson } from "../src/core/layer.js";
import { sha256 } from "../src/core/hash.js";


const cases: readonly [string, Policy, string][] = [
  ["the Jiaxing showcase with the illustrative catalogue", withIllustrativeCatalogue(jiaxingPolicy()), "fixtures/jiaxing/showcase.json"],
  ["the Jiaxing fixture claims", jiaxingPolicy(), "fixtures/jiaxing/claims.json"],
  ["the Jiaxing worked example", jiaxingPolicy(), "fixtures/jiaxing/worked-example.json"],
  ["the reform population", jiaxingPolicy(), "fixtures/jiaxing/reform-population.json"],
  ["the Jiaxing fixture claims under the national frameworks", nationalFrameworksPolicy(), "fixtures/jiaxing/claims.json"],
  ["the showcase under the national frameworks", nationalFrameworksPolicy(), "fixtures/jiaxing/showcase.json"],
];

/** The whole batch written out as a reader gets it: the decisions and the table, through JSON text. */
function writeOut(decisions: readonly Decision[]): { written: WrittenDecision[]; table: Record<string, ParameterEntry> } {
  const table = new Map<string, ParameterEntry>();
  const written = decisions.map((d) => writtenDecision(d, table));
  return JSON.parse(JSON.stringify({ written, table: Object.fromEntries(table) })) as { written: WrittenDecision[]; table: Record<string, ParameterEntry> };
}

describe("a decision written out with its parameters by hash", () => {
  for (const [name, policy, path] of cases) {
    it(`rebuilds ${name} claim by claim, equal to the decisions as decided`, () => {
      const { decisions } = evaluateBatch(policy, documentAt(path));
      const uses = decisions.flatMap((d) => d.trace.flatMap((s) => s.parameters));
      expect(uses.length).toBeGreaterThan(0);
      const { written, table } = writeOut(decisions);
      // No value, citation or overrides in the written trace: only the hash of the entry.
      for (const d of written) for (const s of d.trace) for (const u of s.parameters) expect(Object.keys(u).sort()).toEqual(["hash", "inForceFrom", "layer", "on", "parameter", ...(u.missing === undefined ? [] : ["missing"])].sort());
      // Each entry is written once and hashes to its key.
      for (const [hash, entry] of Object.entries(table)) expect(sha256(canonicalJson(entry))).toBe(hash);
      expect(Object.keys(table).length).toBeLessThan(uses.length);
      decisions.forEach((d, i) => {
        const rebuilt = rebuildDecision(written[i] as WrittenDecision, table);
        expect(rebuilt).toEqual(d);
        // Byte for byte: the same keys in the same order as the decision's own JSON.
        expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(d));
      });
    });
  }

  it("keeps a decision that read no parameter as it is, and a lean decision too", () => {
    const { decisions } = evaluateBatch(jiaxingPolicy(), documentAt("fixtures/jiaxing/claims.json"), { trace: false });
    const table = new Map<string, ParameterEntry>();
    for (const d of decisions) expect(writtenDecision(d, table)).toBe(d);
    expect(table.size).toBe(0);
  });

  it("names the Jiaxing daily rate by one hash in every claim that read it, and the table holds its value once", () => {
    // jx2019 四(三)四 「就业补助资金按每人每天 50 元标准给予生活费补贴」: the living allowance reads 50.00 a day.
    const { decisions } = evaluateBatch(jiaxingPolicy(), documentAt("fixtures/jiaxing/claims.json"));
    const { written, table } = writeOut(decisions);
    const hashes = new Set(written.flatMap((d) => d.trace.flatMap((s) => s.parameters.filter((u) => u.parameter === "livingAllowance.dailyRate" && u.missing === undefined).map((u) => u.hash))));
    expect(hashes.size).toBe(1);
    const entry = table[[...hashes][0] as string];
    expect(entry).toEqual({ value: "50.00", citation: expect.objectContaining({ provision: "jx2019.living-allowance" }), layer: "zhejiang.jiaxing.jx2019", via: [{ layer: "zhejiang.jiaxing.jx2019", kind: "replace" }] });
  });

  it("hashes the value, citation, layer and overrides: a change to any one is another entry", () => {
    const entry: ParameterEntry = { value: "50.00", citation: { provision: "jx2019.living-allowance", document: "jx2019", clause: "四(三)四" }, layer: "zhejiang.jiaxing.jx2019", via: [] };
    const h = parameterEntryHash(entry);
    expect(parameterEntryHash({ ...entry })).toBe(h);
    expect(parameterEntryHash({ ...entry, value: "50" })).not.toBe(h);
    expect(parameterEntryHash({ ...entry, citation: { ...entry.citation, clause: "四(三)三" } })).not.toBe(h);
    expect(parameterEntryHash({ ...entry, layer: "national.gbf2019" })).not.toBe(h);
    expect(parameterEntryHash({ ...entry, via: [{ layer: "zhejiang.jiaxing.jx2019", kind: "replace" }] })).not.toBe(h);
    // Key order does not matter; the hash is of the sorted JSON.
    expect(parameterEntryHash({ via: [], layer: entry.layer, citation: { clause: "四(三)四", document: "jx2019", provision: "jx2019.living-allowance" }, value: "50.00" })).toBe(h);
  });

  it("refuses a table without the entry a hash names, naming the claim, the place in the trace and the hash, in Chinese and English", () => {
    const { decisions } = evaluateBatch(jiaxingPolicy(), documentAt("fixtures/jiaxing/claims.json"));
    const { written, table } = writeOut(decisions);
    const i = written.findIndex((d) => d.trace.some((s) => s.parameters.length > 0));
    const d = written[i] as WrittenDecision;
    const s = d.trace.findIndex((step) => step.parameters.length > 0);
    const hash = d.trace[s]?.parameters[0]?.hash as string;
    const without = Object.fromEntries(Object.entries(table).filter(([h]) => h !== hash));
    let error: unknown;
    try {
      rebuildDecision(d, without);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SkillsSubsidyError);
    const e = error as SkillsSubsidyError;
    expect(e.code).toBe("invalid_argument");
    expect(e.facts).toMatchObject({ claimId: d.claimId, path: `trace[${s}].parameters[0].hash`, hash });
    expect(e.messages.en).toContain(hash);
    expect(e.messages.zh).toContain("参数表中没有");
  });

  it("refuses an entry whose content does not hash to its key", () => {
    const { decisions } = evaluateBatch(jiaxingPolicy(), documentAt("fixtures/jiaxing/claims.json"));
    const { written, table } = writeOut(decisions);
    const d = written.find((w) => w.trace.some((s) => s.parameters.length > 0)) as WrittenDecision;
    const hash = d.trace.flatMap((s) => s.parameters)[0]?.hash as string;
    const tampered = { ...table, [hash]: { ...(table[hash] as ParameterEntry), value: "999.00" } };
    expect(() => rebuildDecision(d, tampered)).toThrow(/does not hash to its key/);
    // Not an object at all (a table read from JSON may hold anything): refused the same way, never a TypeError.
    expect(() => rebuildDecision(d, { ...table, [hash]: null } as unknown as ParameterTable)).toThrow(SkillsSubsidyError);
    expect(() => rebuildDecision(d, { ...table, [hash]: 5 } as unknown as ParameterTable)).toThrow(/does not hash to its key/);
    expect(() => rebuildDecision(d, new Map(Object.entries(table)))).not.toThrow();
  });

  it("refuses a written decision that is not of the written form with its coded error naming the place, never a TypeError", () => {
    const { decisions } = evaluateBatch(jiaxingPolicy(), documentAt("fixtures/jiaxing/claims.json"));
    const { written, table } = writeOut(decisions);
    const d = written.find((w) => w.trace.some((s) => s.parameters.length > 0)) as WrittenDecision;
    const cases: [unknown, string][] = [
      [null, "decision"],
      [[], "decision"],
      [{ ...d, trace: undefined }, "trace"],
      [{ ...d, trace: [null] }, "trace[0]"],
      [{ ...d, trace: [{ ...d.trace[0], parameters: "none" }] }, "trace[0].parameters"],
      [{ ...d, trace: [{ ...d.trace[0], parameters: [{ parameter: "x" }] }] }, "trace[0].parameters[0].hash"],
    ];
    for (const [input, path] of cases) {
      let error: unknown;
      try {
        rebuildDecision(input as WrittenDecision, table);
      } catch (e) {
        error = e;
      }
      expect(error, path).toBeInstanceOf(SkillsSubsidyError);
      expect((error as SkillsSubsidyError).code).toBe("invalid_argument");
      expect((error as SkillsSubsidyError).facts).toMatchObject({ path });
    }
    expect(() => rebuildDecision(d, null as unknown as ParameterTable)).toThrow(SkillsSubsidyError);
  });
});
