/**
 * `evaluate --threads n` (issue #17, the command line's wall time): the parts of a spilled
 * run are decided by the main thread and n − 1 worker threads, each taking the next part
 * from a shared counter. Parts share nothing but the run's folder, so the output is the
 * same byte for byte as one thread's, in every format, with and without traces; a worker
 * is used only when it builds the run's policy to the same content hash.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { InputError } from "../src/cli/io.js";
import { MAX_THREADS, pickThreads } from "../src/cli/options.js";
import { Formatter, Summary } from "../src/cli/output.js";
import { errorData, startHelpers } from "../src/cli/threads.js";
import type { ParameterEntry } from "../src/index.js";
import { cite, civilDate, jiaxingPolicy, mergeTraceTables, parameterEntryHash, traceTables } from "../src/index.js";
import { cli, evaluateThreaded, fixture, onePackageClaimedTwice, toNdjson, WORKER } from "./cli-helpers.js";

// Each run starts worker threads (each loads the built library); a loaded machine can be slow.
vi.setConfig({ testTimeout: 120_000 });

describe("evaluate --threads decides a spilled run's parts on several threads", () => {
  test("the built worker is there (npm test builds before it tests)", () => {
    expect(existsSync(WORKER)).toBe(true);
  });

  test("two and three threads write byte-identical output to one thread in every format, with and without traces, and the same grants", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ss-threads-"));
    const ndjson = toNdjson(fixture());
    for (const format of ["json", "ndjson", "csv", "table"]) {
      for (const trace of [[], ["--no-trace"]]) {
        const oneGrants = join(dir, `one-${format}.ndjson`);
        const one = await cli(["evaluate", "-", "--input", "ndjson", "--format", format, ...trace, "--grants-out", oneGrants], ndjson);
        for (const threads of [2, 3]) {
          const grants = join(dir, `threads-${threads}-${format}.ndjson`);
          const many = await evaluateThreaded(["-", "--input", "ndjson", "--format", format, ...trace, "--grants-out", grants], ndjson, 6, threads);
          const what = `${format} ${trace.join("")}, ${threads} threads`;
          expect(many.used, what).toBe(threads); // the workers ran
          expect(many.out, what).toBe(one.out);
          expect(many.err, what).toBe(one.err);
          expect(many.code, what).toBe(one.code);
          expect(readFileSync(grants, "utf8"), what).toBe(readFileSync(oneGrants, "utf8"));
        }
      }
    }
  });

  test("parts decided in slices, a claim id shared across parts, and a training package claimed twice decide as on one thread", async () => {
    const doc = fixture();
    // JX-0003 (P-003, 50 yuan/day × 10 days = 500) copied onto trainee P-001: one claim_conflict, paying neither copy
    doc["claims"]!.push({ ...doc["claims"]![2], traineeId: "P-001", claimant: { kind: "trainee", id: "P-001" }, courseId: "C-101" });
    for (const [what, ndjson] of [["a shared claim id", toNdjson(doc)], ["one package claimed twice (paid once)", onePackageClaimedTwice()]] as const) {
      const one = await cli(["evaluate", "-", "--input", "ndjson", "--json"], ndjson);
      for (const [parts, sliceBytes] of [[2, 150], [3, 200], [8, undefined]] as const) {
        const many = await evaluateThreaded(["-", "--input", "ndjson", "--json"], ndjson, parts, 2, sliceBytes);
        expect(many.used, what).toBe(2);
        expect(many.out, `${what}, ${parts} parts`).toBe(one.out);
        expect(many.code, `${what}, ${parts} parts`).toBe(one.code);
      }
    }
  });

  test("never starts more threads than there are parts", async () => {
    const many = await evaluateThreaded(["-", "--input", "ndjson", "--no-trace", "--format", "ndjson"], toNdjson(fixture()), 2, 5);
    expect(many.used).toBe(2);
  });

  test("a worker that builds another policy (another content hash) is not used: the main thread decides every part", async () => {
    const policy = jiaxingPolicy();
    const ctx = { root: tmpdir(), k: 1, sliceBytes: 1024, enterprises: new Map(), options: { policy, formatter: new Formatter("ndjson", "zh") } };
    const counter = new SharedArrayBuffer(8);
    // the national plan is not the Jiaxing policy: its hash differs
    expect(await startHelpers(1, ctx, { policy: "national", catalogue: undefined }, [], counter, WORKER)).toEqual([]);
    // no built worker file: none either
    expect(await startHelpers(1, ctx, { policy: "jiaxing-2019", catalogue: undefined }, [], counter, new URL("./no-such-worker.js", WORKER))).toEqual([]);
    const helpers = await startHelpers(1, ctx, { policy: "jiaxing-2019", catalogue: undefined }, [], counter, WORKER);
    expect(helpers).toHaveLength(1);
    await Promise.all(helpers.map((h) => h.stop()));
  });
});

describe("what a worker sends back is data the main thread turns back into the same thing", () => {
  test("an input error comes back as the same InputError (exit 2, the same bilingual message); another error as a fault naming it", () => {
    const error = new InputError("input", "too_many_records", { limit: 5 });
    const data = errorData(error);
    expect(data.kind).toBe("input");
    const again = data.kind === "input" ? InputError.from(data.data) : null;
    expect(again).toBeInstanceOf(InputError);
    expect(again?.message).toBe(error.message);
    expect(errorData(new Error("boom"))).toEqual({ kind: "other", message: "boom" });
  });

  test("a summary survives as data: counts and the exact total", () => {
    const summary = Summary.from({ claims: 3, granted: 2, denied: 1, undecidable: 0, conflicts: 0, total: "1120.50" });
    expect(summary.toData()).toEqual({ claims: 3, granted: 2, denied: 1, undecidable: 0, conflicts: 0, total: "1120.50" });
    const merged = new Summary();
    merged.merge(summary);
    merged.merge(Summary.from({ claims: 1, granted: 1, denied: 0, undecidable: 0, conflicts: 0, total: "0.50" }));
    expect(merged.toData()).toEqual({ claims: 4, granted: 3, denied: 1, undecidable: 0, conflicts: 0, total: "1121.00" }); // 1120.50 + 0.50
  });

  test("trace entries from a worker join the run's tables; a different entry under a key already held is trace_key_collision", () => {
    const citation = cite("gbf2019.annual-cap", "§(十二)");
    const entries: ParameterEntry[] = Array.from({ length: 40 }, (_, value) => ({ value, inForceFrom: civilDate("2019-05-18"), citation, layer: "national.gbf2019", via: [] }));
    // Keys of one hex digit (a test's length; the writer uses 16): two of 40 entries share one.
    const byDigit = new Map<string, ParameterEntry>();
    let pair: [ParameterEntry, ParameterEntry] | null = null;
    for (const entry of entries) {
      const digit = parameterEntryHash(entry).slice(0, 1);
      const had = byDigit.get(digit);
      if (had !== undefined) {
        pair = [had, entry];
        break;
      }
      byDigit.set(digit, entry);
    }
    expect(pair).not.toBeNull();
    const [a, b] = pair as NonNullable<typeof pair>;
    const key = parameterEntryHash(a).slice(0, 1);
    const tables = traceTables();
    mergeTraceTables(tables, { parameters: [[key, a]], rules: [] });
    mergeTraceTables(tables, { parameters: [[key, { ...a }]], rules: [] }); // the same entry again: kept once
    expect(tables.parameters.size).toBe(1);
    expect(() => mergeTraceTables(tables, { parameters: [[key, b]], rules: [] })).toThrow(expect.objectContaining({ code: "trace_key_collision" }));
  });
});

describe("--threads takes a whole number from 1 to 64, or auto", () => {
  test.each([
    [undefined, 1],
    ["1", 1],
    ["2", 2],
    ["64", 64],
    ["auto", 8],
  ])("--threads %s is %d (8 cores available)", (value, threads) => {
    expect(pickThreads(value, 8, 1)).toBe(threads);
  });

  test("auto is at least 1 and at most 64 whatever the machine says", () => {
    expect([pickThreads("auto", 0, 1), pickThreads("auto", 200, 1)]).toEqual([1, MAX_THREADS]);
  });

  test.each(["0", "65", "1.5", "-1", "two", "", "01"])("--threads %j is a usage error (exit 2) naming the option", async (value) => {
    const r = await cli(["evaluate", FIXTURE_FILE, `--threads=${value}`]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--threads must be auto or a whole number from 1 to 64");
    expect(r.out).toBe("");
  });
});

const FIXTURE_FILE = "fixtures/jiaxing/claims.json";
