/**
 * Cold review 50: one batch, three input formats, the same decisions — the CSV path as real exports write it (Chinese
 * text, quoted commas/quotes/newlines, a BOM, CRLF, columns reordered, a header repeated, empty files), NDJSON's typed
 * errors, and ledgers read back (`--grants-out` then `--ledger`) or kept by another system in CSV. Reviewed at HEAD
 * ec55a6e.
 *
 * Read: docs/cli.md (`evaluate`'s `--input`, `--ledger`, `--ledger-format`, `--grants-out`, `--grants-format`; "Input
 * formats" whole, the CSV column table; "Limits"; invalid records); src/cli/input.ts (readCsv, csvLimited, readNdjson,
 * readNdjsonRouted, scanLineBytes, ndjsonItem, toItem, withoutBom, utf8Checked), src/cli/csv.ts (CSV_COLUMNS, cell,
 * csvRecord, csvRow, checkCsvHeader), src/cli/grants.ts; src/records/common.ts, trainee.ts, training.ts, claim.ts and
 * document.ts (sameJson); src/core/ledger.ts (carriesKeys, grantKeys); the readings earlier-grant-unreadable;
 * src/provisions/skillUpgrade/insuredSkillUpgrade.ts (insuredMonthsByPlace), src/jurisdictions/jiaxing/safetyTraining.ts;
 * test/cli-helpers.ts, test/review48.test.ts, test/review49.test.ts.
 *
 * How: (1) 60 generated worlds (audits 14–16, 3–8 people; jiaxing-2019 with the Jiaxing catalogue, national-frameworks
 * with the example catalogue) decided from a JSON document, NDJSON and CSV (`evaluate - --input json|ndjson|csv --format
 * ndjson --no-trace`): claim by claim (outcome, amount, payee, reason codes) and the invalid records (type, id, path,
 * code) — identical in all. (2) About 45 hand-made CSV and NDJSON variants of docs/examples/claims.* (each run with the
 * built CLI, then the ones kept below in process): BOM, CRLF, columns reversed, Chinese names holding commas, doubled
 * quotes and a newline, `TRUE`, `null`, `56.0`, amounts 150 / "150.00", a header repeated mid-file, an empty file, a
 * header alone, a trailing comma on the header or on the rows, mixed line ends (CRLF then LF, LF then CRLF), a stray
 * quote mid-cell, a quoted cell with text after its closing quote, an unclosed quote, a row of the wrong width before an
 * invalid record, an `unemploymentInsuranceMonths` cell naming one region twice; NDJSON blank lines, a claims document
 * on one line, `type` missing/null/"Claim", an array, a string, `null`, a 300,000-byte line, GBK bytes. (3) Ledgers:
 * `--grants-out` in CSV, NDJSON and JSON read back with `--ledger`; a prior grant given in the input as NDJSON (150) and
 * in a CSV ledger ("150.00"); a CSV ledger with the tool's rows appended to a Windows (CRLF) export.
 *
 * Found, money or loss first:
 * 1. (money, 1,200.00) A CSV `unemploymentInsuranceMonths` cell naming one region twice (`…haining:6;…haining:7`, two
 *    spells of insurance) silently keeps the LAST (7 months: the safety-training subsidy denied; `…:0;…:12` pays it),
 *    where the same trainee in JSON/NDJSON is refused `duplicate_key` and set aside for correction.
 * 2. (money, 970.00 paid twice) A CSV ledger whose first rows end CRLF and whose later rows end LF (the tool's own
 *    `--grants-out` rows appended to a Windows export) reads the LF rows as ONE malformed row: those grants name nobody
 *    readably, hold nothing, and the claims they paid are paid again.
 * 3. (loss, all 9 claims) The same for claims: a CSV whose header ends CRLF and whose rows end LF is one invalid record.
 * 4. (loss, all 9 claims) A quoted cell with text after its closing quote (`"李强" (Tony)`) is not "one invalid record"
 *    (docs): the parser stays inside the quote to the end of the file and every later row is lost with it.
 * 5. After a row of the wrong width, every later `row N` is one short: the invalid record named is the row above it.
 * 6. (loss, 350.00 held back) `classHours`/`attendedDays` written `56.0`/`7.0` (a float column, as pandas writes one with
 *    empty cells) are refused in CSV — "应为数字，不是 string" — while JSON and NDJSON read 56.0 as the number 56.
 * 7. A malformed CSV row's message quotes the cell (`value is "李"`), where `not_json` deliberately never quotes the text.
 *
 * Controls that held are `it(...)`; each defect is an `it.fails(...)` that asserts what is right and fails on the code
 * as it stands (each was run once as `it` and seen failing at the assertion its comment names).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { cli, toCsv, toNdjson } from "./cli-helpers.js";
import { generatedWorld } from "./support/generatedWorld.js";
import { illustrativeCatalogue } from "./support/national.js";

vi.setConfig({ testTimeout: 60_000 });
type O = Record<string, any>;

const TMP = mkdtempSync(join(tmpdir(), "review50-"));
let files = 0;
const tmpFile = (name: string, text: string) => {
  const f = join(TMP, `${files++}-${name}`);
  writeFileSync(f, text);
  return f;
};
const JXCAT = "fixtures/jiaxing/catalogue-2020.json";
const NFCAT = tmpFile("example-catalogue.json", JSON.stringify(illustrativeCatalogue));
const EXAMPLE_CSV = readFileSync("docs/examples/claims.csv", "utf8");
const EXAMPLE_NDJSON = readFileSync("docs/examples/claims.ndjson", "utf8");
const CSV_LINES = EXAMPLE_CSV.split("\n").filter((l) => l !== "");

/** Decides `input` (in `format`) and returns per claim `outcome amount payee reasons`, the invalid records and the summary. */
async function decide(input: string, format: "json" | "ndjson" | "csv", extra: string[] = []) {
  const r = await cli(["evaluate", "-", "--input", format, "--format", "ndjson", "--no-trace", "--lang", "en", ...extra], input);
  const money: Record<string, string> = {};
  const invalid: O[] = [];
  let summary: O = {};
  for (const line of r.out.split("\n")) {
    if (line === "") continue;
    const d = JSON.parse(line) as O;
    if (d.type === "decision") money[d.claimId] = `${d.outcome} ${d.amount} ${d.payee === null ? "-" : `${d.payee.kind}:${d.payee.id}`} ${(d.reasons as O[]).map((x) => x.code).join(",")}`;
    else if (d.type === "invalid") invalid.push(d);
    else if (d.type === "summary") summary = d;
  }
  return { code: r.code, err: r.err, money, invalid, summary };
}
const invalidKey = (d: O) => `${d.recordType}:${d.id}:${(d.issues as O[]).map((i) => `${i.path.join(".")}/${i.code}`).join("+")}`;

/** The example CSV with line `n` (1-based; 1 is the header) changed by `edit`. */
const exampleWith = (n: number, edit: (line: string) => string) => CSV_LINES.map((l, i) => (i === n - 1 ? edit(l) : l)).join("\n") + "\n";

const BASELINE = decide(EXAMPLE_NDJSON, "ndjson");

describe("controls: what holds", () => {
  it("60 generated worlds decide alike from a JSON document, NDJSON and CSV: every claim, every invalid record", async () => {
    const diffs: string[] = [];
    for (let seed = 1; seed <= 60; seed++) {
      const { kind, doc } = generatedWorld(seed, 6);
      const args = kind === "g15" ? ["--policy", "national-frameworks", "--catalogue", NFCAT] : ["--catalogue", JXCAT];
      const json = await decide(JSON.stringify(doc), "json", args);
      for (const [f, text] of [["ndjson", toNdjson(doc)], ["csv", toCsv(doc)]] as const) {
        const other = await decide(text, f, args);
        if (JSON.stringify(other.money) !== JSON.stringify(json.money)) diffs.push(`${seed} ${f} decisions`);
        if (JSON.stringify(other.invalid.map(invalidKey).sort()) !== JSON.stringify(json.invalid.map(invalidKey).sort())) diffs.push(`${seed} ${f} invalid`);
      }
      expect(Object.keys(json.money).length).toBeGreaterThan(0);
    }
    expect(diffs).toEqual([]);
  });

  it("a BOM, CRLF line ends, the columns in reverse order and Chinese names holding a comma, doubled quotes and a newline decide as the example NDJSON", async () => {
    const base = await BASELINE;
    const rows = CSV_LINES.map((l) => l.split(","));
    const reversed = rows.map((cells) => [...cells].reverse().join(","));
    // P-001's name, quoted (RFC 4180): a comma, doubled quotes, a newline — a name as a registry may spell it.
    const text = `\uFEFF${reversed.join("\r\n")}\r\n`.replace(",王小梅,", ',"王小梅,""小梅""\r\n（曾用名）",');
    expect(text).toContain('"王小梅,""小梅""\r\n（曾用名）"');
    const csv = await decide(text, "csv");
    expect(csv.money).toEqual(base.money);
    expect([csv.code, csv.invalid]).toEqual([0, []]);
  });

  it("a header repeated mid-file is one invalid record (type \"type\"), at its row; every other record is decided", async () => {
    const base = await BASELINE;
    const text = [...CSV_LINES.slice(0, 12), CSV_LINES[0], ...CSV_LINES.slice(12)].join("\n");
    const csv = await decide(text, "csv");
    expect(csv.money).toEqual(base.money);
    expect(csv.invalid.map((d) => [d.at, d.issues[0].code])).toEqual([["stdin row 13", "unknown_record_type"]]);
  });

  it("an empty CSV, a CSV of only a header and an empty NDJSON decide nothing, exit 0, no crash; an empty JSON input is exit 2", async () => {
    for (const [text, format] of [["", "csv"], [`${CSV_LINES[0]}\n`, "csv"], ["", "ndjson"], ["\n\n", "ndjson"]] as const) {
      const r = await decide(text, format);
      expect([format, r.code, r.summary.claims, r.summary.invalid]).toEqual([format, 0, 0, 0]);
    }
    expect((await cli(["evaluate", "-", "--input", "json"], "")).code).toBe(2);
  });

  it("an unknown column rejects the file naming it; TRUE for a boolean and the text null are refused naming the field, never read as false or absent", async () => {
    const unknown = await cli(["evaluate", "-", "--input", "csv"], EXAMPLE_CSV.replace("hukouRegion", "户籍地"));
    expect([unknown.code, unknown.err]).toEqual([2, expect.stringContaining('unknown column "户籍地"')]);
    const upper = await decide(exampleWith(4, (l) => l.replace(",true,", ",TRUE,")), "csv");
    expect(upper.invalid.map(invalidKey)).toContain("trainee:P-003:hasResidencePermit/invalid_type");
    const nul = await decide(exampleWith(7, (l) => l.replace(",junior,", ",null,")), "csv");
    expect(nul.invalid.map(invalidKey)).toContain("course:C-101:level/invalid_value");
  });

  it("--grants-out in CSV, NDJSON and JSON, read back with --ledger, pays nothing again and makes the same (empty) ledger", async () => {
    for (const ext of ["csv", "ndjson", "json"]) {
      const out = join(TMP, `${files++}-grants.${ext}`);
      const first = await cli(["evaluate", "-", "--input", "csv", "--format", "ndjson", "--no-trace", "--grants-out", out], EXAMPLE_CSV);
      expect(first.code).toBe(0);
      const again = join(TMP, `${files++}-again.${ext}`);
      const second = await decide(EXAMPLE_CSV, "csv", ["--ledger", out, "--grants-out", again]);
      expect([ext, second.summary.total, second.summary.granted]).toEqual([ext, "0.00", 0]);
      expect(Object.values(second.money).filter((m) => m.includes("duplicate_claim"))).toHaveLength(4);
      expect(readFileSync(again, "utf8").trim()).toBe(ext === "csv" ? readFileSync(out, "utf8").split("\n")[0] : ext === "json" ? "[]" : "");
    }
  });

  it("a prior grant given in the input as NDJSON (amount 150) and in a CSV ledger (\"150.00\", CRLF) is one payment: no conflict, nothing invalid", async () => {
    const grant = { id: "OLD-1", claimId: "OLD-C1", traineeId: "P-004", measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", payee: { kind: "trainee", id: "P-004" }, amount: 150, basisDate: "2020-01-01", occupationCode: "6-18-02-04", level: "senior", certificateId: "K-202" };
    const ledger = tmpFile("other-system.csv", "id,claimId,traineeId,measure,provision,payee.kind,payee.id,amount,basisDate,occupationCode,level,certificateId\r\nOLD-1,OLD-C1,P-004,appraisalSubsidy,jx2019.appraisal-subsidy,trainee,P-004,150.00,2020-01-01,6-18-02-04,senior,K-202\r\n");
    const r = await decide(`${EXAMPLE_NDJSON}${JSON.stringify({ type: "grant", ...grant })}\n`, "ndjson", ["--ledger", ledger]);
    expect([r.code, r.invalid, r.summary.conflicts]).toEqual([0, [], 0]);
    expect(r.money["JX-0006"]).toMatch(/^denied 0\.00 - appraisal_already_granted$/);
  });

  it("NDJSON: blank lines skipped; a document on one line, type missing, null or \"Claim\", an array, a string, null and an over-long line are each one typed invalid record at its line; the rest decided", async () => {
    const base = await BASELINE;
    const lines = EXAMPLE_NDJSON.split("\n").filter((l) => l !== "");
    const bad = ["", "   ", "\r", '{"claims":[{"id":"X"}]}', '{"id":"NOTYPE"}', '{"type":null,"id":"T0"}', '{"type":"Claim","id":"T1"}', `{"type":"trainee","id":"LONG","name":"${"长".repeat(100_000)}"}`, "[1,2]", '"str"', "null"];
    const r = await decide([...lines.slice(0, 3), ...bad, ...lines.slice(3)].join("\n"), "ndjson");
    expect(r.money).toEqual(base.money);
    expect(r.invalid.map((d) => `${d.at} ${d.issues[0].code}`)).toEqual([
      "stdin line 7 unknown_record_type", "stdin line 8 unknown_record_type", "stdin line 9 unknown_record_type", "stdin line 10 unknown_record_type",
      "stdin line 11 line_too_long", "stdin line 12 invalid_input", "stdin line 13 invalid_input", "stdin line 14 invalid_input",
    ]);
    expect(r.invalid[0]!.issues[0].message.zh).toContain("未知的记录类型");
  });

  it("NDJSON or CSV with bytes that are not UTF-8 (GBK) stops the run, exit 2, naming the offset in Chinese and English, no stack trace", async () => {
    for (const [format, ext] of [["ndjson", "ndjson"], ["csv", "csv"]] as const) {
      const text = format === "ndjson" ? EXAMPLE_NDJSON : EXAMPLE_CSV;
      const f = join(TMP, `${files++}-gbk.${ext}`);
      writeFileSync(f, Buffer.concat([Buffer.from(text.slice(0, 200), "utf8"), Buffer.from([0xc0, 0xee]), Buffer.from(text.slice(200), "utf8")]));
      const r = await cli(["evaluate", f]);
      expect([r.code, r.err]).toEqual([2, expect.stringMatching(/不是 UTF-8 编码的文本：偏移 \d+ .* not UTF-8 text: the byte at offset \d+/)]);
    }
  });
});

// ── a hand-made safety-training world (jx2019.safety-training: a year of unemployment insurance in the city; the illustrative 1200.00 row) ──
const SAFETY_HEADER = "type,id,traineeId,birthDate,statuses,hukouRegion,unemploymentInsuranceMonths,kind,occupation.code,occupation.name,classHours,startDate,endDate,attendedDays,region,issuedOn,courseId,measure,claimant.kind,claimant.id,certificateId,submittedOn";
const safetyCsv = (months: string) =>
  [
    SAFETY_HEADER,
    `trainee,P-1,,1990-01-01,enterpriseEmployee,zhejiang.jiaxing.haining,"${months}",,,,,,,,,,,,,,,`,
    "course,K-1,P-1,,,,,safety,EX-WELD,焊工（示意）,80,2020-05-01,2020-05-20,20,zhejiang.jiaxing.haining,,,,,,,",
    "certificate,CT-1,P-1,,,,,specialOperationsCertificate,EX-WELD,焊工（示意）,,,,,,2020-06-01,K-1,,,,,",
    "claim,J-1,P-1,,,,,,,,,,,,,,K-1,trainingSubsidy,trainee,P-1,CT-1,2022-01-20",
  ].join("\n");
const SAFETY_ARGS = ["--catalogue", JXCAT, "--on", "2022-01-20"];

describe("records: what did not hold", () => {
  it("control: 12 months insured in Haining, one CSV cell, pays the safety-training subsidy 1200.00", async () => {
    // jx2019 「在本市缴纳失业保险1年以上的企业职工按初级工标准给予个人或组织单位补贴」: the illustrative 初级工 row, 1200.00
    const r = await decide(safetyCsv("zhejiang.jiaxing.haining:12"), "csv", SAFETY_ARGS);
    expect(r.money["J-1"]).toMatch(/^granted 1200\.00 trainee:P-1 /);
  });
  it("control: the same trainee in NDJSON with the region given twice is refused duplicate_key, and the claim set aside", async () => {
    const nd = '{"type":"trainee","id":"P-1","birthDate":"1990-01-01","statuses":["enterpriseEmployee"],"hukouRegion":"zhejiang.jiaxing.haining","unemploymentInsuranceMonths":{"zhejiang.jiaxing.haining":6,"zhejiang.jiaxing.haining":7}}';
    const r = await decide(nd, "ndjson", SAFETY_ARGS);
    expect(r.invalid.map(invalidKey)).toEqual(["null:P-1:unemploymentInsuranceMonths.zhejiang.jiaxing.haining/duplicate_key"]);
  });

  // Record 1. Confidence 85%. Money: 1,200.00 (the illustrative 初级工 safety-training row). Two spells of insurance in
  // one region, `zhejiang.jiaxing.haining:6;zhejiang.jiaxing.haining:7` (13 months), are read as 7 (the last): the claim
  // is DENIED too_few_insured_months, silently; written `…:0;…:12` the same cell pays 1200.00. JSON and NDJSON refuse the
  // same trainee (`duplicate_key`, docs/cli.md: "a key given twice … which a JSON reader would silently collapse to the
  // last, is an error naming the key"), so the record goes back for correction. Cause: src/cli/csv.ts cell("months"),
  // Object.defineProperty over a region already set.
  // Mended 2026-12-06 (the lead): see the CHANGELOG (cold review 50).
  it("a CSV unemploymentInsuranceMonths cell naming one region twice is refused duplicate_key as in JSON, never read as its last value", async () => {
    for (const months of ["zhejiang.jiaxing.haining:6;zhejiang.jiaxing.haining:7", "zhejiang.jiaxing.haining:0;zhejiang.jiaxing.haining:12"]) {
      const r = await decide(safetyCsv(months), "csv", SAFETY_ARGS);
      // fails here: 6;7 → "denied 0.00 - too_few_insured_months" (and 0;12 → granted 1200.00), no invalid record
      expect(r.money["J-1"]).toBeUndefined();
      expect(r.invalid.map((d) => d.issues.map((i: O) => i.code).join("+"))).toContain("duplicate_key");
    }
  });

  // Record 2. Confidence 85%. Money: 350.00 (JX-0001, 7 days × 50.00) + 500.00 (JX-0003, 10 days × 50.00) + 120.00
  // (JX-0005, 中级工 appraisal) = 970.00 paid a second time. A city keeps its ledger as a CSV saved on Windows (CRLF) and
  // appends the tool's `--grants-out` rows (LF). csv-parse fixes the record delimiter from the first line it meets
  // (CRLF), so every LF-ended row after it is ONE record of 52 cells: one malformed_row naming no grant, which under
  // reading earlier-grant-unreadable ("a grant naming neither readably holds nothing") holds nothing — and the three
  // claims those grants paid are granted again (exit 1, the grants written). The limiter in front of the parser
  // (csvLimited) already ends a row at LF or CR; the parser does not. Cause: src/cli/input.ts readCsv, parseCsv without
  // `record_delimiter` (auto-detected once).
  // Mended 2026-12-06 (the lead): see the CHANGELOG (cold review 50).
  it("a CSV ledger whose first rows end CRLF and later rows LF reads every grant: the claims they paid are not paid again", async () => {
    const out = join(TMP, `${files++}-grants.csv`);
    expect((await cli(["evaluate", "-", "--input", "csv", "--format", "ndjson", "--no-trace", "--grants-out", out], EXAMPLE_CSV)).code).toBe(0);
    const lines = readFileSync(out, "utf8").split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(5); // header + JX-0006, JX-0001, JX-0003, JX-0005
    const mixed = tmpFile("ledger-mixed.csv", `${lines.slice(0, 2).join("\r\n")}\r\n${lines.slice(2).join("\n")}\n`);
    const r = await decide(EXAMPLE_CSV, "csv", ["--ledger", mixed]);
    // fails here: total "970.00" (JX-0001 350.00, JX-0003 500.00, JX-0005 120.00 granted again); one malformed_row
    expect([r.summary.total, r.summary.granted, r.invalid]).toEqual(["0.00", 0, []]);
  });

  // Record 3. Confidence 75%. Loss: all 9 claims of the example (1,120.00 granted) never decided, reported as ONE
  // malformed_row ("Invalid Record Length: expect 26, got 576 on line 24"); the summary says 0 claims, 1 invalid. The
  // reverse (LF header, CRLF rows) puts "\r" into each row's last cell: every record invalid here, silently kept where
  // the last column is free text. Same cause as record 2.
  // Mended 2026-12-06 (the lead): see the CHANGELOG (cold review 50).
  it("a claims CSV whose header ends CRLF and rows LF decides as the same file with LF throughout", async () => {
    const base = await BASELINE;
    const r = await decide(`${CSV_LINES[0]}\r\n${CSV_LINES.slice(1).join("\n")}\n`, "csv");
    // fails here: {} (no claim decided)
    expect(r.money).toEqual(base.money);
  });

  // Record 4. Confidence 85%. Loss: every row after the bad one — here 21 records, all 9 claims (1,120.00 granted) — in
  // a file of 10,000 rows, everything after one name. docs/cli.md: "a row with the wrong number of cells, or bad
  // quoting, is one invalid record". A cell quoted and followed by text (`"李强" (Tony)`, as a naive exporter writes a
  // nickname) is refused "Invalid Closing Quote" and, skipped with skip_records_with_error, csv-parse carries on INSIDE
  // the quote to the end of the file ("Quote Not Closed … at line 24"): two invalid records, no claims. (csvLimited
  // thinks the quote closed, so the two disagree on every later row.) A quote opened and never closed swallowing the
  // rest is CSV's own ambiguity; this is not. Cause: src/cli/input.ts readCsv (csv-parse's recovery after
  // CSV_INVALID_CLOSING_QUOTE with skip_records_with_error).
  // Mended 2026-12-06 (the lead): see the CHANGELOG (cold review 50).
  it("a quoted cell with text after its closing quote is one invalid record: every later row is still read", async () => {
    const r = await decide(exampleWith(3, (l) => l.replace("李强", '"李强" (Tony)')), "csv");
    // fails here: summary.claims 0 (expected 8: every claim but P-002's JX-0002, set aside unknown_reference)
    expect(r.summary.claims).toBe(8);
    expect(r.invalid.map((d) => d.issues[0].code).sort()).toEqual(["malformed_row", "unknown_reference"]);
  });

  // Record 5. Confidence 90%. A clerk sent to "row 23" corrects a good claim (JX-0008) and leaves the bad one. docs/cli.md:
  // "`row N` in CSV (the header is row 1)". `at` is csv-parse's info.records, which does not count a record it skipped
  // (the wrong-width row 5 is reported at its `line 5`), so each skipped row shifts every later row up one. Cause:
  // src/cli/input.ts readCsv (`row ${entry.info.records}`).
  // Mended 2026-12-06 (the lead): see the CHANGELOG (cold review 50).
  it("after a row of the wrong width, an invalid record is still named by its own row", async () => {
    const text = CSV_LINES.map((l, i) => (i === 4 ? `${l},` : i === 23 ? l.replace("2020-10-08", "2020-02-30") : l)).join("\n");
    const r = await decide(text, "csv");
    const bad = r.invalid.find((d) => d.id === "JX-0009");
    // the wrong-width row is read and named by its row (before the mend the parser skipped it: "stdin line 5")
    expect(r.invalid[0]!.at).toBe("stdin row 5");
    // fails here: "stdin row 23" (row 23 is JX-0008, a valid claim)
    expect(bad?.at).toBe("stdin row 24");
  });

  // Record 6. Confidence 55% (docs/cli.md says "whole number"; but 56.0 IS a whole number and the same value in JSON is
  // read). Loss: JX-0001's living allowance, 7 days × 50.00 = 350.00, set aside (its course C-101 refused), with a
  // message that misleads ("classHours 应为数字，不是 string" — the cell is a number). A spreadsheet or pandas writes an
  // integer column with empty cells — every non-course row of a mixed file — as floats: 56.0, 7.0. Cause:
  // src/cli/csv.ts cell("int"), /^-?\d{1,15}$/ only.
  // Mended 2026-12-06 (the lead): see the CHANGELOG (cold review 50).
  it("classHours 56.0 and attendedDays 7.0 in CSV read as the numbers JSON reads them: 56 and 7", async () => {
    const base = await BASELINE;
    const r = await decide(EXAMPLE_CSV.replaceAll(",56,2020-03-02,2020-03-08,7,", ",56.0,2020-03-02,2020-03-08,7.0,"), "csv");
    const nd = await decide(EXAMPLE_NDJSON.replaceAll('"classHours":56', '"classHours":56.0').replaceAll('"attendedDays":7,', '"attendedDays":7.0,'), "ndjson");
    expect(nd.money).toEqual(base.money);
    // fails here: C-101 and C-102 classHours/attendedDays invalid_type; JX-0001, JX-0002 unknown_reference
    expect(r.invalid).toEqual([]);
    expect(r.money).toEqual(base.money);
  });

  // Record 7. Confidence 60%. Privacy, no money. A malformed CSV row's message carries csv-parse's text, which quotes the
  // cell read so far (`Invalid Opening Quote: a quote is found on field 3 at line 3, value is "李"`) — a name, or an ID
  // number, into standard error, logs and the NDJSON output — while `not_json` gives a byte offset, "never the text
  // itself (it may be a name and an ID number)" (src/cli/input.ts notJsonDetail). Cause: src/cli/input.ts readCsv's
  // `skip` handler (error.message.slice(0, 200)).
  // Mended 2026-12-06 (the lead): see the CHANGELOG (cold review 50).
  it("a malformed CSV row is reported by its line and what is wrong, never by the text of its cells", async () => {
    const r = await decide(exampleWith(3, (l) => l.replace("李强", '李"强')), "csv");
    expect(r.invalid[0]!.issues[0].code).toBe("malformed_row");
    // fails here: the message holds `value is "李"`
    expect(JSON.stringify(r.invalid[0]!.issues[0].message)).not.toContain("李");
  });
});
