/** Input limits and hostile input: each gives a typed, bilingual issue or a clean exit 2, never a crash or a hang. */
import { describe, expect, test, vi } from "vitest";
import { INPUT_LIMITS, tooDeep } from "../src/cli/input.js";
import { CSV_COLUMNS } from "../src/cli/csv.js";
import { recordJsonSchema, recordSchemas } from "../src/index.js";
import type { RecordName } from "../src/index.js";
import { cli, fixture, toNdjson } from "./cli-helpers.js";

// These run the whole command, often several times; a loaded machine can be slow.
vi.setConfig({ testTimeout: 60_000 });

async function ndjsonWith(extra: string) {
  const r = await cli(["evaluate", "-", "--input", "ndjson", "--json"], `${toNdjson(fixture())}\n${extra}\n`);
  return { ...r, parsed: JSON.parse(r.out || "null") as { invalid: { at: string; issues: { path: (string | number)[]; code: string; message: { zh: string; en: string } }[] }[]; summary: { total: string; claims: number } } | null };
}

describe("input limits", () => {
  test("a line over the line limit is one invalid record, read without holding it, and the rest is decided", async () => {
    const r = await ndjsonWith(`{"type":"claim","id":"${"x".repeat(INPUT_LIMITS.maxLineBytes + 10)}"}`);
    expect(r.code).toBe(1);
    expect(r.parsed?.invalid[0]?.issues[0]?.code).toBe("line_too_long");
    expect(r.parsed?.invalid[0]?.issues[0]?.message.zh).toContain("字节");
    expect(r.parsed?.summary.total).toBe("1120.00"); // 350 + 500 + 120 + 150, untouched
  });

  test("nesting deeper than the limit is an invalid record (nesting_too_deep), checked without recursion", async () => {
    const deep = `{"type":"claim","id":"D","x":${"[".repeat(5000)}${"]".repeat(5000)}}`;
    const r = await ndjsonWith(deep);
    expect(r.parsed?.invalid[0]?.issues[0]?.code).toBe("nesting_too_deep");
    expect(tooDeep(JSON.parse("[".repeat(100_000) + "]".repeat(100_000)), INPUT_LIMITS.maxDepth)).toBe(true);
    expect(tooDeep({ a: [{ b: 1 }] }, INPUT_LIMITS.maxDepth)).toBe(false);
  });

  test("a __proto__ key is a forbidden key of the record, and pollutes nothing", async () => {
    const r = await ndjsonWith(`{"type":"trainee","id":"P-9","birthDate":"1990-01-01","statuses":[],"__proto__":{"polluted":true}}`);
    expect(r.code).toBe(1);
    expect(r.parsed?.invalid[0]?.issues[0]).toMatchObject({ code: "forbidden_key", path: ["__proto__"] });
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  test("a huge string is a typed too_big issue on its field", async () => {
    const r = await ndjsonWith(`{"type":"trainee","id":"P-9","name":"${"王".repeat(50_000)}","birthDate":"1990-01-01","statuses":[]}`);
    expect(r.parsed?.invalid[0]?.issues[0]).toMatchObject({ path: ["name"], code: "too_big" });
  });

  test("a record that is not an object, or has no known type, is an invalid record", async () => {
    const r = await ndjsonWith(`[1,2,3]\n"text"\n{"type":"__proto__","id":"Q"}\n{"id":"no-type"}`);
    expect(r.parsed?.invalid.map((i) => i.issues[0]?.code)).toEqual(["invalid_input", "invalid_input", "unknown_record_type", "unknown_record_type"]);
  });

  test("a JSON document with more records in a collection than the limit is rejected whole, with a bilingual message", async () => {
    const claims = `{"claims":[${Array(INPUT_LIMITS.maxRecordsPerCollection + 1).fill("{}").join(",")}]}`;
    const r = await cli(["evaluate", "-"], claims);
    expect(r.code).toBe(2);
    expect(r.err).toContain("一次输入的记录超过 100000 条 / more than 100000 records in one input");
  });

  test("a JSON document over the size limit is rejected whole as soon as the limit is passed", async () => {
    const r = await cli(["evaluate", "-"], `{"claims":[],"x":"${" ".repeat(INPUT_LIMITS.maxJsonBytes)}"}`);
    expect(r.code).toBe(2);
    expect(r.err).toContain("the input is larger than");
  });

  test("a JSON document with an unknown collection is rejected whole", async () => {
    const r = await cli(["evaluate", "-"], JSON.stringify({ ...fixture(), extra: [] }));
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知的记录集合 "extra"');
    expect(r.err).toContain('unknown collection "extra"');
  });
});

describe("the CSV format", () => {
  test("a trainee's empty statuses cell is the empty list, and bad quoting or a short row is one invalid record", async () => {
    const csv = [
      "type,id,birthDate,statuses,hukouRegion,measure,traineeId,claimant.kind,claimant.id,submittedOn",
      "trainee,P-1,1990-01-01,,zhejiang.jiaxing.nanhu,,,,,",
      'trainee,P-2,1990-01-01,x"y,zhejiang.jiaxing.nanhu,,,,,',
      "trainee,P-3,1990-01-01",
      "claim,A-1,,,,appraisalSubsidy,P-1,trainee,P-1,2020-05-01",
    ].join("\n");
    const r = await cli(["evaluate", "-", "--input", "csv", "--json"], csv);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out) as { invalid: { at: string; issues: { code: string }[] }[]; decisions: { claimId: string; outcome: string }[] };
    expect(out.invalid.map((i) => [i.at, i.issues[0]?.code]).sort()).toEqual([
      ["stdin line 3", "malformed_row"],
      ["stdin line 4", "malformed_row"],
    ]);
    // P-1 is a valid trainee with no status; A-1 names no certificate, so it is decided (not invalid)
    expect(out.decisions.map((d) => d.claimId)).toEqual(["A-1"]);
  });
});

describe("the CSV columns", () => {
  test("cover every field of every record, so each record can be written as a row", () => {
    const missing: string[] = [];
    for (const name of Object.keys(recordSchemas) as RecordName[]) {
      const props = (recordJsonSchema(name) as { properties: Record<string, { properties?: Record<string, unknown> }> }).properties;
      for (const [field, schema] of Object.entries(props)) {
        const nested = field === "occupation" || field === "claimant" || field === "payee" || field === "trainingPackage";
        for (const column of nested ? Object.keys(schema.properties ?? {}).map((k) => `${field}.${k}`) : [field]) {
          if (!Object.hasOwn(CSV_COLUMNS, column)) missing.push(`${name}.${column}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
