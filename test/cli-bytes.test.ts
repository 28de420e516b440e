/**
 * Issue #17 ("a CLI near its I/O floor"): the command writes its output in pieces and reads
 * its input with fewer walks, and not one byte of what it writes may change. These tests pin
 * the pieces to the text they replace:
 *
 * - a decision's payload pieces (output.ts, `Formatter.payloadPieces`) join to the JSON of its
 *   written form, `JSON.stringify({ type: "decision", ...writtenDecision(d, tables) })` (and the
 *   keys its trace names after tabs), for every decision of the fixtures, of generated worlds
 *   under every policy, traced and untraced, and of decisions with hostile strings;
 * - a part file's line written from text pieces (pipeline.ts, `PartFiles.addText`) holds the
 *   bytes of the joined line, in the buffer and past it;
 * - one walk of a parsed NDJSON line (text/json.ts, `jsonShape`) answers the duplicate-key
 *   check and the depth check as the two walks it replaces (`duplicateKey`, `tooDeep`).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { Decision, Policy, TraceTables } from "../src/index.js";
import { evaluateBatch, jiaxingPolicy, parseClaimsDocument, traceTables, writtenDecision } from "../src/index.js";
import { Formatter } from "../src/cli/output.js";
import { PartFiles } from "../src/cli/pipeline.js";
import { tooDeep } from "../src/cli/input.js";
import { duplicateKey, duplicateKeyOf, jsonShape } from "../src/text/json.js";
import { cli, evaluateSpilled, fixture, toNdjson } from "./cli-helpers.js";
import { runs } from "./support/runs.js";
import { parsed, policyCaseArb, rawDocument, worldArb } from "./support/world.js";

vi.setConfig({ testTimeout: 120_000 });

/** The payload as the command wrote it before the pieces: the written decision's JSON (after a `type` key for NDJSON), then the keys its trace names after tabs. */
function reference(d: Decision, tables: TraceTables, format: "json" | "ndjson"): string {
  const written = writtenDecision(d, tables);
  const json = format === "ndjson" ? JSON.stringify({ type: "decision", ...written }) : JSON.stringify(written);
  if (written.trace.length === 0) return json;
  const rules = [...new Set(written.trace.map((s) => s.hash))];
  const parameters = [...new Set(written.trace.flatMap((s) => s.parameters.map((u) => u.hash)))];
  return `${json}\t${parameters.join(",")}\t${rules.join(",")}`;
}

/** Every decision's payload, joined from its pieces and as one string, equals the reference, in JSON and NDJSON (each with its own tables, as each run has). */
function expectPayloadsAsBefore(decisions: readonly Decision[]): void {
  for (const format of ["json", "ndjson"] as const) {
    const formatter = new Formatter(format, "en");
    const tables = traceTables();
    for (const d of decisions) {
      const want = reference(d, tables, format);
      const pieces = formatter.payloadPieces(d);
      expect(pieces.join(""), `${format} ${d.claimId}`).toBe(want);
      expect(formatter.payload(d), `${format} ${d.claimId}`).toBe(want);
    }
  }
}

/** Each JSON claims document among the fixtures (the files parseClaimsDocument accepts), by path. */
function fixtureDocuments(): [string, unknown][] {
  const found: [string, unknown][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".json")) {
        const value: unknown = JSON.parse(readFileSync(path, "utf8"));
        if (parseClaimsDocument(value).ok) found.push([path, value]);
        // A scenario file holds its claims documents inside: each that parses counts too.
        else if (value !== null && typeof value === "object") for (const inner of Object.values(value)) if (inner !== null && typeof inner === "object" && parseClaimsDocument(inner).ok) found.push([path, inner]);
      }
    }
  };
  walk("fixtures");
  return found;
}

function decide(policy: Policy, raw: unknown, trace: boolean): readonly Decision[] {
  const doc = parseClaimsDocument(raw);
  if (!doc.ok) throw new Error("not a claims document");
  return evaluateBatch(policy, doc.value.document, { trace }).decisions;
}

/** Strings JSON.stringify escapes or keeps in ways a hand-made writer could get wrong: quotes, backslashes, control characters, lone surrogates, U+2028/2029 (kept as they are), a pair split by nothing, CJK. */
const HOSTILE = ['"', "\\", '\\"', "\u0000", "\u001f", "\u007f", "\n\r\t\b\f", "\ud800", "\udfff", "a\ud800b", "\udc00\ud800", "😀", "\u2028\u2029", "培训\"补贴\\", "</script>", ""] as const;

describe("a decision's payload written in pieces is the text written whole before", () => {
  it("for every decision of the fixtures' claims documents, traced and untraced", () => {
    const documents = fixtureDocuments();
    expect(documents.length).toBeGreaterThan(2);
    let count = 0;
    for (const [, raw] of documents) {
      for (const trace of [true, false]) {
        const decisions = decide(jiaxingPolicy(), raw, trace);
        count += decisions.length;
        expectPayloadsAsBefore(decisions);
      }
    }
    expect(count).toBeGreaterThan(20);
  });

  it("for every decision of generated worlds under every policy, traced and untraced", () => {
    fc.assert(
      fc.property(policyCaseArb, worldArb(), fc.boolean(), (pc, world, trace) => {
        expectPayloadsAsBefore(evaluateBatch(pc.policy, parsed(rawDocument(world)), { trace }).decisions);
      }),
      { numRuns: runs(200) },
    );
  });

  it("for decisions whose strings hold quotes, backslashes, control characters, lone surrogates and U+2028", () => {
    const raw = fixture();
    const base = decide(jiaxingPolicy(), raw, true);
    expect(base.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...base), fc.constantFrom(...HOSTILE), fc.string({ unit: "binary" }), (d, hostile, any) => {
        const text = `${hostile}${any}${hostile}`;
        // The decision's own strings and a fact, each made hostile (a decision is plain data: a copy with other strings is one too).
        const changed: Decision = {
          ...d,
          claimId: text,
          reasons: d.reasons.map((r) => ({ ...r, facts: { ...r.facts, hostile: text, [text]: [text, 1.5, -0, null, true] }, message: { zh: text, en: text } })) as unknown as Decision["reasons"],
          missingFacts: [text],
        };
        expectPayloadsAsBefore([changed]);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe("a part file's line written from text pieces holds the bytes of the line joined", () => {
  it("whether it fits the buffer, fills it, or is longer than it", () => {
    const dir = mkdtempSync(join(tmpdir(), "ss-bytes-"));
    try {
      // Pieces split at ASCII characters, as the command's are (a key ends with a tab, a JSON text begins and ends with a bracket).
      const piece = fc.string({ unit: "binary", maxLength: 40 }).map((s) => `{${s}}`);
      fc.assert(
        fc.property(fc.integer({ min: 16, max: 256 }), fc.array(fc.tuple(piece, piece, piece, piece), { maxLength: 30 }), (bufferBytes, lines) => {
          const files = new PartFiles(dir, "t", 1, { keepOpen: true, bufferBytes });
          for (const [a, b, c, d] of lines) files.addText(0, a, b, c, d);
          files.flushAll();
          const want = Buffer.from(lines.map((l) => `${l.join("")}\n`).join(""), "utf8");
          expect(readFileSync(files.path(0)).equals(want)).toBe(true);
        }),
        { numRuns: runs(300) },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("so a run split into parts writes what the run in memory writes, for claim ids in any script, traced and untraced", async () => {
    const doc = fixture();
    const ids = ["培训-1", "😀-2", "a\\\"b", "\u2028-4", "é-5"];
    const claims = (doc["claims"] ?? []).map((c, i) => ({ ...c, id: `${ids[i % ids.length]}-${String(c["id"])}` }));
    const ndjson = toNdjson({ ...doc, claims });
    for (const trace of [[], ["--no-trace"]]) {
      const memory = await cli(["evaluate", "-", "--input", "ndjson", "--format", "ndjson", ...trace], ndjson);
      expect(memory.out).toContain("培训-1");
      for (const parts of [1, 3]) {
        const spilled = await evaluateSpilled(["-", "--input", "ndjson", "--format", "ndjson", ...trace], ndjson, parts);
        expect(spilled.out, `${parts} parts ${trace.join(" ")}`).toBe(memory.out);
        expect(spilled.code).toBe(memory.code);
      }
    }
  });
});

describe("one walk of a parsed line answers the duplicate-key and depth checks as the two walks before", () => {
  /** JSON texts with keys given twice or not, nested, spelled with escapes and spaces now and then. */
  const keyArb = fc.constantFrom("a", "b", "id", "type", "\\u0069d", "", "é", "\\\\", '\\"');
  const textArb: fc.Arbitrary<string> = fc.letrec<{ value: string; object: string; array: string }>((tie) => ({
    value: fc.oneof({ depthSize: "small", withCrossShrink: true }, fc.constantFrom("1", '"x"', "null", '"a\\"b:"', "true", '":"'), tie("object"), tie("array")),
    object: fc.array(fc.tuple(keyArb, tie("value"), fc.constantFrom("", " ", "\n")), { maxLength: 4 }).map((members) => `{${members.map(([k, v, ws]) => `"${k}"${ws}:${ws}${v}`).join(",")}}`),
    array: fc.array(tie("value"), { maxLength: 3 }).map((items) => `[${items.join(",")}]`),
  })).object;

  it("the same key given twice, or none, and the same depth verdict at every limit", () => {
    fc.assert(
      fc.property(textArb, fc.integer({ min: 1, max: 6 }), (text, limit) => {
        const value: unknown = JSON.parse(text);
        const shape = jsonShape(value, limit);
        expect(duplicateKeyOf(text, shape.keys)).toEqual(duplicateKey(text, value));
        expect(duplicateKeyOf(text, shape.keys)).toEqual(duplicateKey(text));
        expect(shape.deeper).toBe(tooDeep(value, limit));
      }),
      { numRuns: runs(2000) },
    );
  });

  it("a line nested far past the limit is walked without overflowing the stack", () => {
    const depth = 100_000;
    const text = `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
    const shape = jsonShape(JSON.parse(text), 64);
    expect(shape).toEqual({ keys: depth, deeper: true });
    expect(duplicateKeyOf(text, shape.keys)).toBeNull();
  });
});
