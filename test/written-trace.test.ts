/**
 * A decision as written out names each rule its trace applied and each parameter it read
 * by a short key of the entry (issue #17): the first 16 hex digits of the entry's
 * SHA-256, the entries written once in two tables. The written form plus the tables
 * rebuild the decision exactly, claim by claim, over the fixtures; an entry is shared by
 * every claim that names it; two different entries never share a key (the writer refuses
 * with `trace_key_collision`); a table that lacks an entry, or whose entry does not hash
 * to its key, is refused with a typed bilingual error; the first written form (64-digit
 * keys, rules inline) and the second (each use repeating its entry's layer and first day)
 * still read.
 */
import { describe, expect, it } from "vitest";
import { documentAt, withIllustrativeCatalogue } from "./builders.js";
import type { Decision, ParameterEntry, ParameterTable, Policy, RuleEntry, WrittenDecision, WrittenTables } from "../src/index.js";
import {
  civilDate,
  evaluateBatch,
  jiaxingPolicy,
  nationalFrameworksPolicy,
  parameterEntryHash,
  rebuildDecision,
  ruleEntryHash,
  SkillsSubsidyError,
  TRACE_KEY_LENGTH,
  traceTables,
  writtenDecision,
} from "../src/index.js";
import { writtenDecisionWithKeyLength } from "../src/core/trace.js";
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

interface Output {
  written: WrittenDecision[];
  parameters: Record<string, ParameterEntry>;
  rules: Record<string, RuleEntry>;
}

/** The whole batch written out as a reader gets it: the decisions and the tables, through JSON text. */
function writeOut(decisions: readonly Decision[]): Output {
  const tables = traceTables();
  const written = decisions.map((d) => writtenDecision(d, tables));
  return JSON.parse(JSON.stringify({ written, parameters: Object.fromEntries(tables.parameters), rules: Object.fromEntries(tables.rules) })) as Output;
}

/** The first decision with a parameter read, and the place of its first step that read one. */
function withParameters(written: readonly WrittenDecision[]): { d: WrittenDecision; s: number } {
  const d = written.find((w) => w.trace.some((s) => s.parameters.length > 0)) as WrittenDecision;
  return { d, s: d.trace.findIndex((step) => step.parameters.length > 0) };
}

function thrown(f: () => unknown): SkillsSubsidyError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SkillsSubsidyError);
    return e as SkillsSubsidyError;
  }
  throw new Error("did not throw");
}

describe("a decision written out with its rules and parameters by key", () => {
  for (const [name, policy, path] of cases) {
    it(`rebuilds ${name} claim by claim, equal to the decisions as decided`, () => {
      const { decisions } = evaluateBatch(policy, documentAt(path));
      const steps = decisions.flatMap((d) => d.trace);
      const uses = steps.flatMap((s) => s.parameters);
      expect(uses.length).toBeGreaterThan(0);
      const out = writeOut(decisions);
      for (const d of out.written) {
        for (const s of d.trace) {
          // No label, citation or layer in a written step: the rule's id and the key of its entry.
          expect(Object.keys(s)).toEqual(["depth", "rule", "hash", "parameters", "result"]);
          expect(s.hash).toMatch(/^[0-9a-f]{16}$/);
          // No value, first day, citation, layer or overrides in a parameter read: which parameter, on which day, the key of the entry.
          for (const u of s.parameters) {
            expect(Object.keys(u)).toEqual(["parameter", "on", "hash", ...(u.missing === undefined ? [] : ["missing"])]);
            expect(u.hash).toMatch(/^[0-9a-f]{16}$/);
          }
        }
      }
      // Each entry is written once, and its key is the first 16 digits of its SHA-256.
      for (const [key, entry] of [...Object.entries(out.parameters), ...Object.entries(out.rules)]) expect(sha256(canonicalJson(entry)).slice(0, TRACE_KEY_LENGTH)).toBe(key);
      expect(Object.keys(out.parameters).length).toBeLessThan(uses.length);
      expect(Object.keys(out.rules).length).toBeLessThan(steps.length);
      decisions.forEach((d, i) => {
        const rebuilt = rebuildDecision(out.written[i] as WrittenDecision, out);
        expect(rebuilt).toEqual(d);
        // Byte for byte: the same keys in the same order as the decision's own JSON.
        expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(d));
      });
    });
  }

  it("keeps a lean decision as it is, with nothing in the tables", () => {
    const { decisions } = evaluateBatch(jiaxingPolicy(), documentAt("fixtures/jiaxing/claims.json"), { trace: false });
    const tables = traceTables();
    for (const d of decisions) expect(writtenDecision(d, tables)).toBe(d);
    expect(tables.parameters.size + tables.rules.size).toBe(0);
  });

  it("names the Jiaxing daily rate by one key in every claim that read it, and the table holds its value once", () => {
    // jx2019 四(三)四 「就业补助资金按每人每天 50 元标准给予生活费补贴」: the living allowance reads 50.00 a day.
    const { decisions } = evaluateBatch(jiaxingPolicy(), documentAt("fixtures/jiaxing/claims.json"));
    const { written, parameters } = writeOut(decisions);
    const keys = new Set(written.flatMap((d) => d.trace.flatMap((s) => s.parameters.filter((u) => u.parameter === "livingAllowance.dailyRate" && u.missing === undefined).map((u) => u.hash))));
    expect(keys.size).toBe(1);
    const entry = parameters[[...keys][0] as string];
    // Its first day is the entry's: jx2019's layer is in force from 2019-12-13 (the day its rules begin in the policy).
    const decided = decisions.flatMap((d) => d.trace.flatMap((s) => s.parameters)).find((u) => u.parameter === "livingAllowance.dailyRate" && u.missing === undefined);
    expect(decided?.inForceFrom).toBe("2019-12-13");
    expect(entry).toEqual({ value: "50.00", inForceFrom: "2019-12-13", citation: expect.objectContaining({ provision: "jx2019.living-allowance" }), layer: "zhejiang.jiaxing.jx2019", via: [{ layer: "zhejiang.jiaxing.jx2019", kind: "replace" }] });
  });

  it("names each rule as applied once: the living allowance's entry carries its label and provision, an override's entry the override", () => {
    const { decisions } = evaluateBatch(jiaxingPolicy(), documentAt("fixtures/jiaxing/claims.json"));
    const { written, rules } = writeOut(decisions);
    const living = new Set(written.flatMap((d) => d.trace.filter((s) => s.rule === "livingAllowance").map((s) => s.hash)));
    expect(living.size).toBe(1);
    const decided = decisions.flatMap((d) => d.trace).find((s) => s.rule === "livingAllowance");
    expect(rules[[...living][0] as string]).toEqual({ rule: "livingAllowance", label: decided?.label, citation: decided?.citation, layer: decided?.layer });
    // A step an override decided names an entry with that override (and the override's provision).
    const overridden = decisions.flatMap((d) => d.trace).filter((s) => s.override !== undefined);
    expect(overridden.length).toBeGreaterThan(0);
    const entries = Object.values(rules).filter((e) => e.override !== undefined);
    for (const s of overridden) expect(entries).toContainEqual({ rule: s.rule, label: s.label, citation: s.citation, layer: s.layer, override: s.override });
  });

  it("hashes every field of an entry: a change to any one is another entry", () => {
    const entry: ParameterEntry = { value: "50.00", inForceFrom: civilDate("2019-12-13"), citation: { provision: "jx2019.living-allowance", document: "jx2019", clause: "四(三)四" }, layer: "zhejiang.jiaxing.jx2019", via: [] };
    const h = parameterEntryHash(entry);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(parameterEntryHash({ ...entry })).toBe(h);
    expect(parameterEntryHash({ ...entry, value: "50" })).not.toBe(h);
    expect(parameterEntryHash({ ...entry, inForceFrom: civilDate("2019-12-14") })).not.toBe(h);
    expect(parameterEntryHash({ ...entry, inForceFrom: null })).not.toBe(h);
    expect(parameterEntryHash({ ...entry, citation: { ...entry.citation, clause: "四(三)三" } })).not.toBe(h);
    expect(parameterEntryHash({ ...entry, layer: "national.gbf2019" })).not.toBe(h);
    expect(parameterEntryHash({ ...entry, via: [{ layer: "zhejiang.jiaxing.jx2019", kind: "replace" }] })).not.toBe(h);
    // Key order does not matter; the hash is of the sorted JSON.
    expect(parameterEntryHash({ via: [], layer: entry.layer, citation: { clause: "四(三)四", document: "jx2019", provision: "jx2019.living-allowance" }, inForceFrom: civilDate("2019-12-13"), value: "50.00" })).toBe(h);

    const rule: RuleEntry = { rule: "livingAllowance", label: { zh: "生活费补贴", en: "living allowance" }, citation: entry.citation, layer: "national.gbf2019" };
    const r = ruleEntryHash(rule);
    expect(r).toBe(sha256(canonicalJson(rule)));
    expect(ruleEntryHash({ ...rule, rule: "livingAllowance.groups" })).not.toBe(r);
    expect(ruleEntryHash({ ...rule, label: { ...rule.label, en: "living costs" } })).not.toBe(r);
    expect(ruleEntryHash({ ...rule, citation: { ...rule.citation, clause: "四(三)三" } })).not.toBe(r);
    expect(ruleEntryHash({ ...rule, layer: "zhejiang.jiaxing.jx2019" })).not.toBe(r);
    expect(ruleEntryHash({ ...rule, override: { kind: "replace", label: rule.label } })).not.toBe(r);
    expect(ruleEntryHash({ layer: rule.layer, citation: rule.citation, label: { en: "living allowance", zh: "生活费补贴" }, rule: "livingAllowance" })).toBe(r);
  });
});

describe("two different entries never share a key in one output", () => {
  const { decisions } = evaluateBatch(withIllustrativeCatalogue(jiaxingPolicy()), documentAt("fixtures/jiaxing/showcase.json"));

  it("refuses, with trace_key_collision in Chinese and English, when keys are too short to tell the entries apart", () => {
    // One hex digit is 16 keys; one of the showcase's tables holds more than 16 different entries, so two of them must meet.
    const full = traceTables();
    for (const d of decisions) writtenDecision(d, full);
    expect(Math.max(full.parameters.size, full.rules.size)).toBeGreaterThan(16);
    const tables = traceTables();
    const e = thrown(() => {
      for (const d of decisions) writtenDecisionWithKeyLength(d, tables, 1);
    });
    expect(e.code).toBe("trace_key_collision");
    const { key, hash, other, table } = e.facts as { key: string; hash: string; other: string; table: string };
    expect(key).toHaveLength(1);
    expect(hash.startsWith(key) && other.startsWith(key)).toBe(true);
    expect(hash).not.toBe(other);
    expect(["parameters", "rules"]).toContain(table);
    expect(e.messages.en).toContain(`share the key ${key}`);
    expect(e.messages.zh).toContain(`共用键 ${key}`);
    // Nothing already in a table was replaced: each key still names the entry that first took it.
    for (const [k, entry] of tables.parameters) expect(parameterEntryHash(entry).startsWith(k)).toBe(true);
    for (const [k, entry] of tables.rules) expect(ruleEntryHash(entry).startsWith(k)).toBe(true);
  });

  it("shares a key between equal entries that are different objects (a table filled from JSON, or by another writer)", () => {
    const first = traceTables();
    for (const d of decisions) writtenDecision(d, first);
    // The same entries, as copies: writing the batch again into them adds nothing and refuses nothing.
    const copies = traceTables();
    for (const [k, e] of first.parameters) copies.parameters.set(k, structuredClone(e));
    for (const [k, e] of first.rules) copies.rules.set(k, structuredClone(e));
    for (const d of decisions) writtenDecision(d, copies);
    expect([...copies.parameters.keys()]).toEqual([...first.parameters.keys()]);
    expect([...copies.rules.keys()]).toEqual([...first.rules.keys()]);
    // A different entry already under a key the batch needs is a collision, not an overwrite.
    const [key, entry] = [...first.parameters][0] as [string, ParameterEntry];
    const wrong = traceTables();
    wrong.parameters.set(key, { ...entry, value: "other" });
    expect(thrown(() => decisions.forEach((d) => writtenDecision(d, wrong))).code).toBe("trace_key_collision");
    expect(wrong.parameters.get(key)?.value).toBe("other");
  });
});

describe("a reader refuses what does not fit, naming the place", () => {
  const { decisions } = evaluateBatch(jiaxingPolicy(), documentAt("fixtures/jiaxing/claims.json"));
  const out = writeOut(decisions);

  it("refuses a table without the entry a key names, naming the claim, the place in the trace and the key, in Chinese and English", () => {
    const { d, s } = withParameters(out.written);
    const key = d.trace[s]?.parameters[0]?.hash as string;
    const without = Object.fromEntries(Object.entries(out.parameters).filter(([k]) => k !== key));
    const e = thrown(() => rebuildDecision(d, { parameters: without, rules: out.rules }));
    expect(e.code).toBe("invalid_argument");
    expect(e.facts).toMatchObject({ claimId: d.claimId, path: `trace[${s}].parameters[0].hash`, hash: key });
    expect(e.messages.en).toContain(key);
    expect(e.messages.zh).toContain("参数表中没有");

    const ruleKey = d.trace[0]?.hash as string;
    const noRule = thrown(() => rebuildDecision(d, { parameters: out.parameters, rules: Object.fromEntries(Object.entries(out.rules).filter(([k]) => k !== ruleKey)) }));
    expect(noRule.code).toBe("invalid_argument");
    expect(noRule.facts).toMatchObject({ claimId: d.claimId, path: "trace[0].hash", hash: ruleKey, rule: d.trace[0]?.rule });
    expect(noRule.messages.zh).toContain("规则表中没有");
  });

  it("refuses an entry whose content does not hash to its key", () => {
    const { d } = withParameters(out.written);
    const key = d.trace.flatMap((s) => s.parameters)[0]?.hash as string;
    const tampered = { ...out.parameters, [key]: { ...(out.parameters[key] as ParameterEntry), value: "999.00" } };
    expect(() => rebuildDecision(d, { parameters: tampered, rules: out.rules })).toThrow(/does not hash to its key/);
    // Not an object at all (a table read from JSON may hold anything): refused the same way, never a TypeError.
    expect(() => rebuildDecision(d, { parameters: { ...out.parameters, [key]: null } as unknown as ParameterTable, rules: out.rules })).toThrow(SkillsSubsidyError);
    expect(() => rebuildDecision(d, { parameters: { ...out.parameters, [key]: 5 } as unknown as ParameterTable, rules: out.rules })).toThrow(/does not hash to its key/);
    const ruleKey = d.trace[0]?.hash as string;
    const relabelled = { ...out.rules, [ruleKey]: { ...(out.rules[ruleKey] as RuleEntry), label: { zh: "别的", en: "another" } } };
    expect(() => rebuildDecision(d, { parameters: out.parameters, rules: relabelled })).toThrow(/rules table's entry .* does not hash to its key/);
    expect(() => rebuildDecision(d, { parameters: new Map(Object.entries(out.parameters)), rules: new Map(Object.entries(out.rules)) })).not.toThrow();
  });

  it("refuses a step whose rule entry is of another rule", () => {
    const d = out.written.find((w) => w.trace.length > 1) as WrittenDecision;
    const other = d.trace.find((s) => s.rule !== d.trace[0]?.rule)?.rule as string;
    const moved = { ...d, trace: [{ ...(d.trace[0] as WrittenDecision["trace"][number]), rule: other }, ...d.trace.slice(1)] };
    const e = thrown(() => rebuildDecision(moved, out));
    expect(e.code).toBe("invalid_argument");
    expect(e.facts).toMatchObject({ path: "trace[0].hash", rule: other, entryRule: d.trace[0]?.rule });
  });

  it("refuses a written decision that is not of the written form with its coded error naming the place, never a TypeError", () => {
    const { d } = withParameters(out.written);
    const step = d.trace[0] as WrittenDecision["trace"][number];
    const cases: [unknown, string][] = [
      [null, "decision"],
      [[], "decision"],
      [{ ...d, trace: undefined }, "trace"],
      [{ ...d, trace: [null] }, "trace[0]"],
      [{ ...d, trace: [{ ...step, parameters: "none" }] }, "trace[0].parameters"],
      [{ ...d, trace: [{ ...step, parameters: [{ parameter: "x" }] }] }, "trace[0].parameters[0].hash"],
      [{ ...d, trace: [{ ...step, parameters: [{ parameter: "x", hash: "" }] }] }, "trace[0].parameters[0].hash"],
      [{ ...d, trace: [{ ...step, parameters: [{ parameter: "x", hash: "abc" }] }] }, "trace[0].parameters[0].hash"],
      [{ ...d, trace: [{ ...step, hash: undefined }] }, "trace[0].hash"],
      [{ ...d, trace: [{ ...step, hash: step.hash.toUpperCase() }] }, "trace[0].hash"],
    ];
    for (const [input, path] of cases) {
      const e = thrown(() => rebuildDecision(input as WrittenDecision, out));
      expect(e.code, path).toBe("invalid_argument");
      expect(e.facts, path).toMatchObject({ path });
    }
    for (const [tables, path] of [
      [null, "tables"],
      [{ rules: out.rules }, "tables.parameters"],
      [{ parameters: out.parameters, rules: 5 }, "tables.rules"],
    ] as const) {
      const e = thrown(() => rebuildDecision(d, tables as unknown as WrittenTables));
      expect(e.facts).toMatchObject({ path });
    }
  });
});

describe("the first written form (2026-12-03, unreleased) still reads", () => {
  it("rebuilds decisions whose keys are whole SHA-256 hashes and whose steps carry their rule inline, with no rules table", () => {
    // The first form, as its writer wrote it: each step's label, citation, layer (and override) in the step, parameters keyed by all 64 digits.
    const { decisions } = evaluateBatch(withIllustrativeCatalogue(jiaxingPolicy()), documentAt("fixtures/jiaxing/showcase.json"));
    const parameters: Record<string, Omit<ParameterEntry, "inForceFrom">> = {};
    const first = decisions.map((d) => ({
      ...d,
      trace: d.trace.map(({ depth, rule, label, citation, layer, override, parameters: uses, result }) => ({
        depth,
        rule,
        label,
        citation,
        layer,
        ...(override === undefined ? {} : { override }),
        parameters: uses.map((u) => {
          const hash = parameterEntryHash({ value: u.value, citation: u.citation, layer: u.layer, via: u.via });
          // The first form's entry: no first day (its use carried it).
          parameters[hash] = { value: u.value, citation: u.citation, layer: u.layer, via: u.via };
          return { parameter: u.parameter, on: u.on, hash, layer: u.layer, inForceFrom: u.inForceFrom, ...(u.missing === undefined ? {} : { missing: u.missing }) };
        }),
        result,
      })),
    }));
    const read = JSON.parse(JSON.stringify({ first, parameters })) as { first: WrittenDecision[]; parameters: ParameterTable };
    expect(Object.keys(read.parameters).every((k) => k.length === 64)).toBe(true);
    read.first.forEach((w, i) => expect(JSON.stringify(rebuildDecision(w, { parameters: read.parameters }))).toBe(JSON.stringify(decisions[i])));
    // A 64-digit key is checked against the whole hash: an entry changed under it is refused.
    const [key, entry] = Object.entries(read.parameters)[0] as [string, ParameterEntry];
    const named = read.first.find((w) => w.trace.some((s) => s.parameters.some((u) => u.hash === key))) as WrittenDecision;
    expect(() => rebuildDecision(named, { parameters: { ...read.parameters, [key]: { ...entry, layer: "elsewhere" } } })).toThrow(/does not hash to its key/);
  });
});

describe("the second written form (2026-12-03 to 2026-12-06) still reads", () => {
  /** An output as the writer of those days wrote it: 16-digit keys, a rules table, each use repeating its entry's layer and first day, entries without a first day. */
  function secondForm(decisions: readonly Decision[]): { written: WrittenDecision[]; parameters: Record<string, unknown>; rules: Record<string, RuleEntry> } {
    const now = writeOut(decisions);
    const parameters: Record<string, unknown> = {};
    const rekey = new Map<string, string>();
    for (const [key, { inForceFrom: _dropped, ...entry }] of Object.entries(now.parameters)) {
      const old = parameterEntryHash(entry).slice(0, TRACE_KEY_LENGTH);
      rekey.set(key, old);
      parameters[old] = entry;
    }
    const written = now.written.map((w, i) => ({
      ...w,
      trace: w.trace.map((step, s) => ({
        ...step,
        parameters: step.parameters.map((u, p) => {
          const use = (decisions[i] as Decision).trace[s]?.parameters[p];
          return { parameter: u.parameter, on: u.on, hash: rekey.get(u.hash), layer: use?.layer, inForceFrom: use?.inForceFrom, ...(u.missing === undefined ? {} : { missing: u.missing }) };
        }),
      })),
    })) as unknown as WrittenDecision[];
    return { written, parameters, rules: now.rules };
  }

  it("rebuilds every decision of the fixtures, the first day from the use and the layer from the entry", () => {
    for (const [, policy, path] of cases) {
      const { decisions } = evaluateBatch(policy, documentAt(path));
      const read = JSON.parse(JSON.stringify(secondForm(decisions))) as { written: WrittenDecision[]; parameters: ParameterTable; rules: Record<string, RuleEntry> };
      decisions.forEach((d, i) => expect(JSON.stringify(rebuildDecision(read.written[i] as WrittenDecision, read))).toBe(JSON.stringify(d)));
    }
  });

  it("refuses a use of that form without its first day, naming the place, in Chinese and English", () => {
    const { decisions } = evaluateBatch(jiaxingPolicy(), documentAt("fixtures/jiaxing/claims.json"));
    const read = JSON.parse(JSON.stringify(secondForm(decisions))) as { written: WrittenDecision[]; parameters: ParameterTable; rules: Record<string, RuleEntry> };
    const i = read.written.findIndex((w) => w.trace.some((s) => s.parameters.length > 0));
    const w = read.written[i] as WrittenDecision;
    const s = w.trace.findIndex((step) => step.parameters.length > 0);
    const broken = { ...w, trace: w.trace.map((step, k) => (k === s ? { ...step, parameters: step.parameters.map((u, p) => (p === 0 ? { ...u, inForceFrom: undefined } : u)) } : step)) };
    let e: unknown;
    try {
      rebuildDecision(JSON.parse(JSON.stringify(broken)) as WrittenDecision, read);
    } catch (error) {
      e = error;
    }
    expect(e).toBeInstanceOf(SkillsSubsidyError);
    expect((e as SkillsSubsidyError).code).toBe("invalid_argument");
    expect((e as SkillsSubsidyError).facts).toMatchObject({ claimId: w.claimId, path: `trace[${s}].parameters[0].inForceFrom` });
    expect((e as SkillsSubsidyError).messages.zh).toMatch(/生效日期/);
    expect((e as SkillsSubsidyError).messages.en).toMatch(/first day in force/);
  });
});

describe("the written form's size", () => {
  it("writes a traced decision of the Jiaxing fixture in less than half the bytes the steps' own JSON would take", () => {
    // Not a speed goal: a check that the tables hold what every step used to repeat.
    const { decisions } = evaluateBatch(jiaxingPolicy(), documentAt("fixtures/jiaxing/claims.json"));
    const tables = traceTables();
    const inline = decisions.reduce((n, d) => n + JSON.stringify(d.trace).length, 0);
    const written = decisions.reduce((n, d) => n + JSON.stringify(writtenDecision(d, tables).trace).length, 0);
    expect(written).toBeLessThan(inline / 2);
  });
});
