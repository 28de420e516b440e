/** Input limits and hostile input: each gives a typed, bilingual issue or a clean exit 2, never a crash or a hang. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import fc from "fast-check";
import { duplicateKey, INPUT_LIMITS, jsonErrorOffset, scanLine, scanLineBytes, tooDeep } from "../src/cli/input.js";
import { CSV_COLUMNS } from "../src/cli/csv.js";
import { recordJsonSchema, recordSchemas } from "../src/schemas/index.js";
import type { RecordName } from "../src/index.js";
import { run } from "../src/cli/main.js";
import { cli, FIXTURE, fixture, toCsv, toNdjson } from "./cli-helpers.js";

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
    // The words are under test (the code is asserted above): the limit is told in bytes, in Chinese.
    expect(r.parsed?.invalid[0]?.issues[0]?.message.zh).toContain("字节");
    // 350 (50 yuan a day × 7, jx2019.living-allowance 四(三)四) + 500 (50 × 10) + 120 (intermediate) + 150 (senior,
    // jx2019.appraisal-subsidy 五(十一)): the four granted claims of docs/examples, untouched
    expect(r.parsed?.summary.total).toBe("1120.00");
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

  // Issue #17: the records-per-run limit (default 10,000,000) is an option, so a run of more
  // records (a 10M-claim file holds about 2.5 records per claim) can name its own limit.
  test("--max-records stops a run at the record past its limit (exit 2), and is a whole number above 0", async () => {
    const ndjson = toNdjson(fixture()); // 25 records
    const count = ndjson.split("\n").length;
    const at = await cli(["evaluate", "-", "--input", "ndjson", "--max-records", String(count), "--no-trace", "--format", "ndjson"], ndjson);
    expect(at.code).toBe(0); // exactly the limit: decided
    const over = await cli(["evaluate", "-", "--input", "ndjson", "--max-records", String(count - 1)], ndjson);
    expect(over.code).toBe(2);
    expect(over.err).toContain(`more than ${count - 1} records in one input`);
    for (const bad of ["0", "1.5", "1e6", "ten", "10000000000000"]) {
      const r = await cli(["evaluate", "-", "--input", "ndjson", "--max-records", bad], ndjson);
      expect([r.code, r.err.includes("--max-records must be a whole number"), bad]).toEqual([2, true, bad]);
    }
  });

  // Issue #17: the pipeline routes an NDJSON line by its type and trainee id without parsing
  // it, so the scan must give what JSON.parse would, or nothing (the line is then parsed).
  test("scanLine reads a line's type and trainee id as JSON.parse would, and gives up wherever that is not certain", () => {
    const claim = '{"type":"claim","id":"A-1","traineeId":"P-1","claimant":{"kind":"trainee","id":"}P-9]"},"note":"{]}"}';
    expect(scanLine(claim)).toEqual({ type: "claim", key: "P-1" }); // a nested "id" and a brace inside a string do not count
    expect(scanLine(' {"id":"P-1", "type" : "trainee","statuses":[["x"],{"a":[]}],"n":-1.5e3,"ok":true,"z":null} ')).toEqual({ type: "trainee", key: "P-1" });
    for (const line of [
      '{"type":"claim","traineeId":"P-\\u0031"}', // an escape: JSON.parse would give P-1
      '{"type":"claim","traineeId":"P-1","traineeId":"P-2"}', // given twice: JSON.parse keeps the last
      '{"type":"claim","traineeId":7}', // not a string
      '{"type":"claim","id":"A-1"}', // no trainee id
      '{"type":"enterprise","id":"E-1"}', // kept aside, validated once
      '{"type":"grant","traineeId":"P-1","basisKeys":[]}',
      '{"type":"claim","traineeId":"P-1","trainingPackage":{"id":"PK-1"}}', // may join parts
      '{"type":"planet","traineeId":"P-1"}',
      '[{"type":"claim","traineeId":"P-1"}]',
      '{"type":"claim","traineeId":"P-1"} x',
      '{"type":"claim","traineeId":"P-1"',
      "{}",
    ]) expect(scanLine(line), line).toBeNull();
  });

  // The pipeline scans each line where it lies in the chunk it was read in (no view made per
  // line): the scan reads bytes[start, end) alone, whatever comes before and after.
  test("scanLineBytes reads only its line of a chunk: an escape or a stray brace in the next line does not count", () => {
    const first = '{"type":"claim","id":"A-1","traineeId":"P-1"}';
    const second = '{"type":"claim","traineeId":"P-\\u0032"} }';
    const chunk = Buffer.from(`${second}\n${first}\n${second}`);
    const start = Buffer.byteLength(second) + 1;
    const end = start + Buffer.byteLength(first);
    expect(scanLineBytes(chunk, start, end)).toEqual({ type: "claim", key: "P-1" });
    expect(scanLineBytes(chunk, 0, start - 1)).toBe("parse"); // the line with the escape itself
    expect(scanLineBytes(chunk, end + 1, chunk.length)).toBe("parse");
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
    // each named by its row, as every other CSV record is (since cold review 50; "line 3", "line 4" before)
    expect(out.invalid.map((i) => [i.at, i.issues[0]?.code]).sort()).toEqual([
      ["stdin row 3", "malformed_row"],
      ["stdin row 4", "malformed_row"],
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

describe("nothing lost", () => {
  const long = `"${"长,\n".repeat(INPUT_LIMITS.maxLineBytes / 4)}"`; // one quoted cell over the limit, with commas and newlines inside
  for (const where of ["first", "middle", "last"] as const) {
    test(`an over-long CSV row (${where}) is reported and skipped, and every other claim is decided`, async () => {
      const [header, ...rows] = toCsv(fixture()).split("\n") as [string, ...string[]];
      const width = header.split(",").length;
      const bad = ["claim", "LONG-1", long, ...Array(width - 3).fill("")].join(",");
      const at = where === "first" ? 0 : where === "middle" ? Math.floor(rows.length / 2) : rows.length;
      rows.splice(at, 0, bad);
      const r = await cli(["evaluate", "-", "--input", "csv", "--json"], [header, ...rows].join("\n"));
      const out = JSON.parse(r.out || "null") as { decisions: unknown[]; invalid: { at: string; issues: { code: string }[] }[]; summary: { total: string } } | null;
      expect(r.code).toBe(1);
      expect(out?.invalid.map((i) => [i.at, i.issues[0]?.code])).toEqual([[`stdin row ${at + 2}`, "line_too_long"]]);
      expect(out?.decisions).toHaveLength(9);
      expect(out?.summary.total).toBe("1120.00"); // 350 + 500 + 120 + 150, as without the long row
    });

    test(`an over-long NDJSON line (${where}) is reported and skipped, and every other claim is decided`, async () => {
      const lines = toNdjson(fixture()).split("\n");
      const at = where === "first" ? 0 : where === "middle" ? Math.floor(lines.length / 2) : lines.length;
      lines.splice(at, 0, `{"type":"claim","id":"${"x".repeat(INPUT_LIMITS.maxLineBytes + 10)}"}`);
      const r = await cli(["evaluate", "-", "--input", "ndjson", "--json"], lines.join("\n"));
      const out = JSON.parse(r.out || "null") as { decisions: unknown[]; invalid: { at: string; issues: { code: string }[] }[]; summary: { total: string } } | null;
      expect(out?.invalid.map((i) => [i.at, i.issues[0]?.code])).toEqual([[`stdin line ${at + 1}`, "line_too_long"]]);
      expect(out?.decisions).toHaveLength(9);
      expect(out?.summary.total).toBe("1120.00"); // 350 + 500 + 120 + 150, worked out in the first limits test
    });
  }

  test("a UTF-8 byte-order mark is read the same in every format, from a file and from standard input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ss-bom-"));
    try {
      const reference = (await cli(["evaluate", "fixtures/jiaxing/claims.json", "--json"])).out;
      const texts = { json: readFileSync("fixtures/jiaxing/claims.json", "utf8"), ndjson: toNdjson(fixture()), csv: toCsv(fixture()) };
      for (const [format, text] of Object.entries(texts)) {
        const file = join(dir, `claims.${format}`);
        writeFileSync(file, `\uFEFF${text}`);
        const fromFile = await cli(["evaluate", file, "--json"]);
        const fromStdin = await cli(["evaluate", "-", "--input", format, "--json"], `\uFEFF${text}`);
        expect([fromFile.code, fromFile.out === reference], `${format} file`).toEqual([0, true]);
        expect([fromStdin.code, fromStdin.out === reference], `${format} stdin`).toEqual([0, true]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("duplicate keys in a JSON object", () => {
  test("a claims document with two \"claims\" keys is rejected whole, naming the key", async () => {
    const doc = fixture();
    const text = JSON.stringify(doc).replace(/^\{/, `{"claims":[],`); // the fixture's claims would be silently dropped or kept
    const r = await cli(["evaluate", "-"], text);
    expect(r.code).toBe(2);
    expect(r.err).toContain('the key "claims" is given twice');
    expect(r.err.split("\n").filter((l) => l !== "")).toHaveLength(1);
  });

  test("a key given twice inside a record (also written with an escape) makes that record invalid, naming the key; the rest is decided", async () => {
    const r = await ndjsonWith(`{"type":"trainee","id":"P-9","birthDate":"1990-01-01","statuses":[],"hukouRegion":"zhejiang.jiaxing.nanhu","\\u0068ukouRegion":"anhui.fuyang"}`);
    expect(r.code).toBe(1);
    expect(r.parsed?.invalid[0]?.issues[0]).toMatchObject({ code: "duplicate_key", path: ["hukouRegion"] });
    // The words are under test (code and path are asserted above): the message names the key.
    expect(r.parsed?.invalid[0]?.issues[0]?.message.en).toContain('"hukouRegion"');
    expect(r.parsed?.summary.total).toBe("1120.00"); // 350 + 500 + 120 + 150, worked out in the first limits test
  });

  test("a JSON ledger or catalogue with a repeated key is rejected, naming it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ss-dupkey-"));
    try {
      const ledger = join(dir, "ledger.json");
      writeFileSync(ledger, `[{"id":"G-1","id":"G-2"}]`);
      const a = await cli(["evaluate", "fixtures/jiaxing/claims.json", "--ledger", ledger, "--json"]);
      expect(a.code).toBe(2);
      expect(a.err).toContain('ledger.json 0: 同一对象中键 "id" 出现了两次');
      const catalogue = join(dir, "cat.json");
      writeFileSync(catalogue, `{"id":"A","id":"B"}`);
      const b = await cli(["evaluate", "fixtures/jiaxing/claims.json", "--catalogue", catalogue]);
      expect(b.code).toBe(2);
      expect(b.err).toContain('the key "id" is given twice');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test("duplicateKey finds a repeated key in one object only, reading strings and escapes exactly", () => {
  expect(duplicateKey(`[{"a":1},{"a":2}]`)).toBeNull();
  expect(duplicateKey(`{"a":"}{\\"a\\":1,\\"a\\":[","b":{"a":1,"c":[{"a":1}]}}`)).toBeNull();
  expect(duplicateKey(`{"a\\\\":1,"b":"\\\\","a\\\\":2}`)).toEqual({ key: "a\\", path: ["a\\"] });
  expect(duplicateKey(`{"claims":[{"id":"x"},{"id":"y","id":"z"}]}`)).toEqual({ key: "id", path: ["claims", 1, "id"] });
  expect(duplicateKey(`{"\\u0069d":1,"id":2}`)).toEqual({ key: "id", path: ["id"] });
});

test("duplicateKey given the parsed value answers as it does from the text alone, on the same cases", () => {
  for (const text of [`[{"a":1},{"a":2}]`, `{"a":"}{\\"a\\":1,\\"a\\":[","b":{"a":1,"c":[{"a":1}]}}`, `{"a\\\\":1,"b":"\\\\","a\\\\":2}`, `{"claims":[{"id":"x"},{"id":"y","id":"z"}]}`, `{"\\u0069d":1,"id":2}`, `{"a" : 1, "b":"x\\":"}`, `{"__proto__":1,"__proto__":2}`, `"a:"`, `[]`]) {
    expect([text, duplicateKey(text, JSON.parse(text))]).toEqual([text, duplicateKey(text)]);
  }
});

test("duplicateKey with the parsed value agrees with the text alone on generated JSON, keys given twice or not (property, 1,000 runs)", () => {
  // Objects written by hand from generated entries, so a key may be given twice; keys and strings with quotes, backslashes, colons and braces.
  const str = fc.string({ unit: fc.constantFrom("a", "b", ":", '"', "\\", "{", "}", "[", ",", " ", "王") }).map((t) => JSON.stringify(t));
  const json: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
    value: fc.oneof({ depthSize: "small", withCrossShrink: true }, fc.constantFrom("1", "true", "null", "-2.5e3"), str, fc.array(tie("value"), { maxLength: 4 }).map((xs) => `[${xs.join(",")}]`), fc.array(fc.tuple(fc.constantFrom('"a"', '"b"', '"\\u0061"', '"a:"'), tie("value")), { maxLength: 4 }).map((es) => `{${es.map(([k, v]) => `${k} : ${v}`).join(",")}}`)),
  })).value;
  fc.assert(
    fc.property(json, (text) => {
      expect(duplicateKey(text, JSON.parse(text))).toEqual(duplicateKey(text));
    }),
    { numRuns: 1000 },
  );
});

test("jsonErrorOffset points at the first character that cannot continue the JSON", () => {
  const cases: [string, number][] = [["{not json", 1], ['{"a":1,}', 7], ['{"a" 1}', 5], ["[1,2", 4], ['{"a":tru}', 5], ['"ab\\x"', 3], ["[1] x", 4], ['{"a":[{"b":王}]}', 11], ["", 0]];
  for (const [text, offset] of cases) expect([text, jsonErrorOffset(text)]).toEqual([text, offset]);
});

test("a CSV file over 256 KiB whose rows end with CR alone, or CRLF, is read row by row like one ending with LF", async () => {
  const [header, ...rows] = toCsv(fixture()).split("\n") as [string, ...string[]];
  const width = header.split(",").length;
  const idAt = header.split(",").indexOf("id");
  const birthAt = header.split(",").indexOf("birthDate");
  const statusesAt = header.split(",").indexOf("statuses");
  const filler = Array.from({ length: 4000 }, (_, i) => {
    const cells = Array<string>(width).fill("");
    cells[0] = "trainee";
    cells[idAt] = `F-${i}`;
    cells[birthAt] = "1990-01-01";
    cells[statusesAt] = "rural";
    return cells.join(",");
  });
  const all = [header, ...filler, ...rows];
  const reference = await cli(["evaluate", "-", "--input", "csv", "--json"], all.join("\n"));
  expect(all.join("\n").length).toBeGreaterThan(INPUT_LIMITS.maxLineBytes);
  expect(reference.code).toBe(0);
  for (const eol of ["\r", "\r\n"]) {
    const r = await cli(["evaluate", "-", "--input", "csv", "--json"], all.join(eol));
    expect([r.code, r.out === reference.out], JSON.stringify(eol)).toEqual([0, true]);
  }
});

describe("input that is not UTF-8 is refused naming the file and the byte, never decoded as U+FFFD (cold audit 4)", () => {
  // "示例台账" as a file saved as GBK by a Windows tool in China holds it: ca be | c0 fd | cc a8 | d5 cb.
  // ca be happen to form a UTF-8 sequence (U+02BE); c0 can start none: the text stops being UTF-8
  // two bytes into the name. Decoded as UTF-8, every character would become U+FFFD without a word.
  const GBK = Buffer.from("cabec0fdcca8d5cb", "hex");
  const MARK = "@@GBK@@";
  /** `text` with MARK replaced by the GBK bytes, and the offset of the first byte that is not UTF-8. */
  const withGbk = (text: string) => {
    const [before, after] = text.split(MARK) as [string, string];
    return { bytes: Buffer.concat([Buffer.from(before, "utf8"), GBK, Buffer.from(after, "utf8")]), offset: Buffer.byteLength(before, "utf8") + 2 };
  };
  const says = (err: string, source: string, offset: number) => {
    expect(err).toContain(`${source}: 不是 UTF-8 编码的文本：偏移 ${offset} 处的字节不是 UTF-8`);
    expect(err).toContain(`not UTF-8 text: the byte at offset ${offset} is not UTF-8`);
  };
  const dir = () => mkdtempSync(join(tmpdir(), "skills-subsidy-gbk-"));

  test("the GBK bytes are 示例台账", () => {
    expect(new TextDecoder("gbk").decode(GBK)).toBe("示例台账");
  });

  test("a claims document, NDJSON or CSV file saved as GBK exits 2 naming the file and the byte, in Chinese and in English", async () => {
    const doc = fixture();
    (doc["trainees"] as Record<string, unknown>[])[0]!["name"] = MARK;
    const d = dir();
    for (const [name, text] of [["claims.json", JSON.stringify(doc)], ["claims.ndjson", toNdjson(doc)], ["claims.csv", toCsv(doc)]] as const) {
      const file = join(d, name);
      const { bytes, offset } = withGbk(text);
      writeFileSync(file, bytes);
      const r = await cli(["evaluate", file, "--json"]);
      expect(r.code, name).toBe(2);
      says(r.err, file, offset);
      expect(`${r.out}${r.err}`).not.toContain("\uFFFD");
    }
  });

  test("standard input saved as GBK is refused the same, naming stdin", async () => {
    const doc = fixture();
    (doc["trainees"] as Record<string, unknown>[])[0]!["name"] = MARK;
    const { bytes, offset } = withGbk(toNdjson(doc));
    const sink = { out: "", err: "" };
    const code = await run(["evaluate", "-", "--input", "ndjson"], {
      stdout: (t) => void (sink.out += typeof t === "string" ? t : Buffer.from(t).toString("utf8")),
      stderr: (t) => void (sink.err += t),
      // cut inside "示" and again inside "例": the check reads across chunks
      stdin: () => [bytes.subarray(0, offset - 1), bytes.subarray(offset - 1, offset + 1), bytes.subarray(offset + 1)][Symbol.iterator]() as unknown as AsyncIterable<Buffer>,
    });
    expect(code).toBe(2);
    says(sink.err, "stdin", offset);
  });

  test("a ledger, a catalogue, a patch and a progress document saved as GBK each exit 2 naming that file", async () => {
    const d = dir();
    const write = (name: string, text: string) => {
      const { bytes, offset } = withGbk(text);
      writeFileSync(join(d, name), bytes);
      return { file: join(d, name), offset };
    };
    const ledger = write("ledger.json", `[{"id":"G-1","note":"${MARK}"}]`);
    let r = await cli(["evaluate", FIXTURE, "--ledger", ledger.file]);
    expect(r.code).toBe(2);
    says(r.err, ledger.file, ledger.offset);

    const catalogue = write("catalogue.json", readFileSync("fixtures/jiaxing/catalogue-2020.json", "utf8").replace("嘉兴市职业培训补贴目录", MARK));
    r = await cli(["evaluate", FIXTURE, "--catalogue", catalogue.file]);
    expect(r.code).toBe(2);
    says(r.err, catalogue.file, catalogue.offset);

    // docs/policy-changes.md: "same patch, same hash" — a garbled label would give the patch another hash
    const patch = write("la-60.json", readFileSync("fixtures/reforms/living-allowance-60.json", "utf8").replace("嘉兴生活费补贴", MARK));
    r = await cli(["diff", "--reform", patch.file, "fixtures/jiaxing/reform-population.json"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    says(r.err, patch.file, patch.offset);

    const progress = write("ledger-2020.json", readFileSync("fixtures/jiaxing/ledger-2020.json", "utf8").replace("嘉兴市 2020 年示例台账", MARK));
    r = await cli(["report", "--period", "2020Q3", progress.file]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    says(r.err, progress.file, progress.offset);
  });

  test("a scenario file, or a patch file a scenario names, saved as GBK fails naming that file (not_utf8)", async () => {
    const d = dir();
    const scenario = (JSON.parse(readFileSync("fixtures/scenarios/jiaxing/living-allowance-reform.json", "utf8")) as Record<string, unknown>[])[0] as Record<string, unknown>;
    const gbkScenario = withGbk(JSON.stringify({ ...scenario, name: MARK, reforms: [] }));
    writeFileSync(join(d, "scenario.json"), gbkScenario.bytes);
    const patch = withGbk(readFileSync("fixtures/reforms/living-allowance-60.json", "utf8").replace("嘉兴生活费补贴", MARK));
    const sub = join(d, "named");
    mkdirSync(sub);
    writeFileSync(join(sub, "la-60.json"), patch.bytes);
    writeFileSync(join(sub, "scenario.json"), JSON.stringify({ ...scenario, reforms: ["la-60.json"] }));
    const r = await cli(["verify", join(sub, "scenario.json"), join(d, "scenario.json"), "--json"]);
    expect(r.code).toBe(1);
    const results = (JSON.parse(r.out) as { results: { source: string; issues: { code: string; message: { zh: string; en: string } }[] }[] }).results;
    expect(results.map((x) => [x.source, x.issues.map((i) => i.code)])).toEqual([
      [join(sub, "scenario.json"), ["not_utf8"]],
      [join(d, "scenario.json"), ["not_utf8"]],
    ]);
    expect(results[0]?.issues[0]?.message.en).toBe(`${join(sub, "la-60.json")}: not UTF-8 text: the byte at offset ${patch.offset} is not UTF-8 (a file saved as GBK or in another encoding must be saved again as UTF-8)`);
    expect(results[1]?.issues[0]?.message.zh).toContain(`${join(d, "scenario.json")}：不是 UTF-8 编码的文本：偏移 ${gbkScenario.offset} 处`);
    expect(r.out).not.toContain("\uFFFD");
  });

  test("a character cut by the 1 MiB read of a file is read whole: the same decisions as the file without padding", async () => {
    const text = readFileSync(FIXTURE, "utf8");
    // pad with JSON white space so that "王" of 王小梅 takes the last byte of the first 1 MiB read and the first two of the next
    const at = Buffer.byteLength(text.slice(0, text.indexOf("王小梅")), "utf8");
    const padded = `${" ".repeat((1 << 20) - at - 1)}${text}`;
    expect(Buffer.from(padded, "utf8").subarray((1 << 20) - 1, (1 << 20) + 2).toString("utf8")).toBe("王");
    const file = join(dir(), "claims.json");
    writeFileSync(file, padded);
    const [plain, cut] = [await cli(["evaluate", FIXTURE, "--json"]), await cli(["evaluate", file, "--json"])];
    expect(cut.err).toBe(plain.err);
    expect(cut.code).toBe(plain.code);
    expect(JSON.parse(cut.out)).toEqual(JSON.parse(plain.out));
  });
});
