/**
 * The partitioned path of evaluate (records split by trainee into temporary part
 * files, decided part by part, merged) decides exactly as the whole batch in memory.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { MAX_PARTS, MERGE_FAN_IN, partsFor } from "../src/cli/pipeline.js";
import { cli, evaluateSpilled, fixture, onePackageClaimedTwice, packageClaim, summaryOf, toCsv, toNdjson } from "./cli-helpers.js";

// These run the whole command, often several times; a loaded machine can be slow.
vi.setConfig({ testTimeout: 60_000 });

describe("evaluate on an input split into parts", () => {
  test("writes byte-identical output to the in-memory path, in every format and for several part counts", async () => {
    const ndjson = toNdjson(fixture());
    for (const format of ["json", "ndjson", "csv", "table"]) {
      const memory = await cli(["evaluate", "-", "--input", "ndjson", "--format", format], ndjson);
      for (const parts of [1, 2, 3, 7]) {
        const spilled = await evaluateSpilled(["-", "--input", "ndjson", "--format", format], ndjson, parts);
        expect(spilled.out, `${format}, ${parts} parts`).toBe(memory.out);
        expect(spilled.code).toBe(memory.code);
      }
    }
  });

  test("an input is split into one part per MiB, at least 16 and at most 512; standard input, of unknown size, into 512", () => {
    const MiB = 1024 * 1024;
    expect([MAX_PARTS, MERGE_FAN_IN]).toEqual([512, 512]);
    expect(partsFor(0)).toBe(16);
    expect([partsFor(16 * MiB - 1), partsFor(16 * MiB), partsFor(16 * MiB + 1)]).toEqual([16, 16, 17]);
    expect(partsFor(448 * MiB)).toBe(448); // the benchmark's 1M-claim file (448 MiB): about 1 MiB a part
    expect([partsFor(512 * MiB - 1), partsFor(512 * MiB), partsFor(512 * MiB + 1)]).toEqual([512, 512, 512]);
    expect(partsFor(4539 * MiB)).toBe(512); // the 10M-claim file: a part holds about 9 MiB
    expect(partsFor(null)).toBe(512);
  });

  test("merging the parts a few files at a time, in rounds (as past 512 parts), writes the same decisions, invalid records and grants", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ss-rounds-"));
    // The fixture, plus records that are invalid in each part they fall in, so the invalid records' merge is covered too.
    const broken = ["P-X1", "P-X2", "P-X3", "P-X4", "P-X5"].map((t, i) => JSON.stringify({ type: "claim", id: `BAD-${i}`, measure: "livingAllowance", traineeId: t, submittedOn: "2020-13-01" }));
    const ndjson = [toNdjson(fixture()), ...broken].join("\n");
    const memoryGrants = join(dir, "memory.ndjson");
    const memory = await cli(["evaluate", "-", "--input", "ndjson", "--format", "ndjson", "--grants-out", memoryGrants], ndjson);
    expect(memory.out.match(/BAD-/g)?.length).toBe(5);
    for (const [parts, fanIn] of [[7, 2], [7, 3], [8, 2], [5, 4]] as const) {
      const grants = join(dir, `rounds-${parts}-${fanIn}.ndjson`);
      const spilled = await evaluateSpilled(["-", "--input", "ndjson", "--format", "ndjson", "--grants-out", grants], ndjson, parts, false, fanIn);
      expect(spilled.out, `${parts} parts, ${fanIn} at a time`).toBe(memory.out);
      expect(spilled.err, `${parts} parts, ${fanIn} at a time`).toBe(memory.err);
      expect(spilled.code).toBe(memory.code);
      expect(readFileSync(grants, "utf8"), `${parts} parts, ${fanIn} at a time`).toBe(readFileSync(memoryGrants, "utf8"));
    }
  });

  test("reads CSV rows and a JSON document into parts as parsed records, deciding them as the in-memory path does", async () => {
    for (const [input, text] of [["csv", toCsv(fixture())], ["json", JSON.stringify(fixture())]] as const) {
      const memory = await cli(["evaluate", "-", "--input", input, "--format", "ndjson"], text);
      for (const parts of [1, 3, 7]) expect((await evaluateSpilled(["-", "--input", input, "--format", "ndjson"], text, parts)).out, `${input}, ${parts} parts`).toBe(memory.out);
    }
  });

  test("a claim id used by two trainees is one conflict paying neither, whichever parts they fall in", async () => {
    const doc = fixture();
    // JX-0003 (P-003, 50 yuan/day × 10 days) is copied onto trainee P-001 with P-001's course
    doc["claims"]!.push({ ...doc["claims"]![2], traineeId: "P-001", claimant: { kind: "trainee", id: "P-001" }, courseId: "C-101" });
    const ndjson = toNdjson(doc);
    const memory = await cli(["evaluate", "-", "--input", "ndjson", "--json"], ndjson);
    expect(memory.code).toBe(1);
    expect(summaryOf(memory.out)["JX-0003"]).toBe("denied:0.00:claim_conflict");
    expect((JSON.parse(memory.out) as { summary: { total: string } }).summary.total).toBe("620.00"); // 1120 − 500
    for (const parts of [2, 3, 5, 8]) {
      const spilled = await evaluateSpilled(["-", "--input", "ndjson", "--json"], ndjson, parts);
      expect(spilled.out, `${parts} parts`).toBe(memory.out);
    }
  });

  // jx2019 五(十)二 「开发职业技能培训包，给予每个不超过5万元补助」: one package is paid once, whoever
  // claims it (reading: pay-once-basis). The engine files every claim under a trainee (only
  // the claim's contact person), so two claims for one package may name two trainees — and
  // two trainees may fall in two parts. The parts they fall in decide it together.
  test("one training package claimed under two trainees is paid once, whichever parts they fall in", async () => {
    const ndjson = onePackageClaimedTwice();
    const memory = await cli(["evaluate", "-", "--input", "ndjson", "--json"], ndjson);
    // 40,000.00 claimed, under the 50,000 cap: the first claim (2020-09-01) is paid 40,000.00;
    // the second is the same package, already paid
    expect(summaryOf(memory.out)["PK-A"]).toBe("granted:40000.00:package_grant");
    expect(summaryOf(memory.out)["PK-B"]).toBe("denied:0.00:basis_already_paid");
    for (const parts of [2, 3, 4, 5, 7, 8]) {
      const spilled = await evaluateSpilled(["-", "--input", "ndjson", "--json"], ndjson, parts);
      expect(summaryOf(spilled.out)["PK-B"], `${parts} parts`).toBe("denied:0.00:basis_already_paid");
      expect(spilled.out, `${parts} parts`).toBe(memory.out);
    }
  });

  test("a training package paid in the prior ledger under another trainee is not paid again in any split", async () => {
    const doc = fixture();
    doc["claims"]!.push(packageClaim("PK-C", "P-001", "SCHOOL-1", "2020-09-01"));
    doc["ledger"] = [
      { id: "G-PK", claimId: "PK-0", traineeId: "P-003", measure: "trainingPackageGrant", provision: "jx2019.package-grant", payee: { kind: "organizer", id: "SCHOOL-2" }, amount: "40000.00", basisDate: "2020-06-01", basisKeys: ["trainingPackageGrant|*|package PK-1"] },
    ];
    const ndjson = toNdjson(doc);
    const memory = await cli(["evaluate", "-", "--input", "ndjson", "--json"], ndjson);
    expect(summaryOf(memory.out)["PK-C"]).toBe("denied:0.00:basis_already_paid");
    for (const parts of [2, 3, 4, 5, 7, 8]) {
      expect((await evaluateSpilled(["-", "--input", "ndjson", "--json"], ndjson, parts)).out, `${parts} parts`).toBe(memory.out);
    }
  });

  // A ledger kept by another system may name no package on a package grant: any package of its
  // payee may be the one it paid (reading: earlier-grant-says-what-it-paid). The parts holding
  // it and that payee's package claims decide together, as one document would.
  test("a package grant kept without its package, to the payee of a claim under another trainee, leaves that claim undecidable in every split; naming the package, denied", async () => {
    const doc = fixture();
    doc["claims"]!.push(packageClaim("PK-C", "P-001", "SCHOOL-1", "2020-09-01"));
    const old = { id: "G-PK", claimId: "PK-0", traineeId: "P-003", measure: "trainingPackageGrant", provision: "jx2019.package-grant", payee: { kind: "organizer", id: "SCHOOL-1" }, amount: "40000.00", basisDate: "2020-06-01" };
    doc["ledger"] = [old];
    const ndjson = toNdjson(doc);
    const memory = await cli(["evaluate", "-", "--input", "ndjson", "--json"], ndjson);
    expect(summaryOf(memory.out)["PK-C"]).toBe("undecidable:null:missing_record");
    for (const parts of [2, 3, 4, 5, 7, 8]) {
      expect((await evaluateSpilled(["-", "--input", "ndjson", "--json"], ndjson, parts)).out, `${parts} parts`).toBe(memory.out);
    }
    doc["ledger"] = [{ ...old, trainingPackageId: "PK-1" }];
    const named = toNdjson(doc);
    const denied = await cli(["evaluate", "-", "--input", "ndjson", "--json"], named);
    expect(summaryOf(denied.out)["PK-C"]).toBe("denied:0.00:basis_already_paid");
    for (const parts of [2, 3, 5, 8]) {
      expect((await evaluateSpilled(["-", "--input", "ndjson", "--json"], named, parts)).out, `${parts} parts`).toBe(denied.out);
    }
  });

  test("a claim id paid in the prior ledger under another trainee is a conflict of ids in every split (exit 1), and under the claim's own trainee a duplicate", async () => {
    const doc = fixture();
    // JX-0006 (P-004's appraisal on K-202, 高级工 150 yuan) — its id was paid before, recorded under trainee P-002: the grant
    // records another claim (reading claim-id-reused; before it, duplicate_claim, exit 0 — cold review 75 F3)
    const grant = { id: "G-9", claimId: "JX-0006", traineeId: "P-002", measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", payee: { kind: "trainee", id: "P-002" }, amount: "150.00", basisDate: "2020-01-01" };
    doc["ledger"] = [grant];
    const ndjson = toNdjson(doc);
    const memory = await cli(["evaluate", "-", "--input", "ndjson", "--json"], ndjson);
    expect(memory.code).toBe(1);
    expect(summaryOf(memory.out)["JX-0006"]).toBe("denied:0.00:claim_conflict");
    // JX-0009 (K-205, 2020-09-30) is still not P-004's first 高级工 数控车工 appraisal: P-004 holds
    // K-202 of 2020-01-01 (reading appraisal-first-by-certificates), so 0 (before that reading: 150)
    expect(summaryOf(memory.out)["JX-0009"]).toBe("denied:0.00:appraisal_not_first");
    for (const parts of [2, 3, 5, 8]) {
      expect((await evaluateSpilled(["-", "--input", "ndjson", "--json"], ndjson, parts)).out, `${parts} parts`).toBe(memory.out);
    }
    // the same grant recorded under P-004 itself, naming no certificate (another system's) or K-202: the claim refiled, once paid
    for (const own of [{ ...grant, traineeId: "P-004", payee: { kind: "trainee", id: "P-004" } }, { ...grant, traineeId: "P-004", payee: { kind: "trainee", id: "P-004" }, certificateId: "K-202" }]) {
      doc["ledger"] = [own];
      const refiled = toNdjson(doc);
      const same = await cli(["evaluate", "-", "--input", "ndjson", "--json"], refiled);
      expect(summaryOf(same.out)["JX-0006"], JSON.stringify(own)).toBe("denied:0.00:duplicate_claim");
      for (const parts of [2, 5]) expect((await evaluateSpilled(["-", "--input", "ndjson", "--json"], refiled, parts)).out, `${parts} parts`).toBe(same.out);
    }
    // under P-004 for another certificate (K-205): another claim under the id, a conflict
    doc["ledger"] = [{ ...grant, traineeId: "P-004", payee: { kind: "trainee", id: "P-004" }, certificateId: "K-205" }];
    const other = await cli(["evaluate", "-", "--input", "ndjson", "--json"], toNdjson(doc));
    expect([other.code, summaryOf(other.out)["JX-0006"]]).toEqual([1, "denied:0.00:claim_conflict"]);
  });

  test("a course id used by two trainees makes both copies invalid in every split, as in one document", async () => {
    const doc = fixture();
    // a second course C-101, for P-003: the id is taken by P-001's course already
    doc["courses"]!.push({ ...doc["courses"]![2], id: "C-101" });
    const ndjson = toNdjson(doc);
    const memory = await cli(["evaluate", "-", "--input", "ndjson", "--json"], ndjson);
    const out = JSON.parse(memory.out) as { invalid: { id: string; issues: { code: string }[] }[]; summary: { total: string } };
    expect(out.invalid.map((r) => [r.id, r.issues[0]?.code])).toEqual([
      ["C-101", "duplicate_id"],
      ["C-101", "duplicate_id"],
      ["JX-0001", "unknown_reference"],
    ]); // in input order: both courses come before the claims
    expect(out.summary.total).toBe("770.00"); // 1120 − 350 (JX-0001 is invalid: its course C-101 is ambiguous)
    for (const parts of [2, 3, 5, 8]) {
      expect((await evaluateSpilled(["-", "--input", "ndjson", "--json"], ndjson, parts)).out, `${parts} parts`).toBe(memory.out);
    }
  });

  test("shows a progress line on standard error only when it is a terminal, and never mixes it into the output", async () => {
    const ndjson = toNdjson(fixture());
    const quiet = await evaluateSpilled(["-", "--input", "ndjson", "--format", "csv"], ndjson, 3);
    expect(quiet.err).toBe("");
    const terminal = await evaluateSpilled(["-", "--input", "ndjson", "--format", "csv"], ndjson, 3, true);
    // (issue #18: the progress line counts claims, not parts, and ends in a one-line summary)
    expect(terminal.err).toMatch(/skills-subsidy: 判定 9 项申请（给予 4，不予 4，无法判定 1），用时 \d+ 秒\n$/);
    expect(terminal.out).toBe(quiet.out);
    // a small input that is not split shows the summary alone on a terminal
    expect((await cli(["evaluate", "-", "--input", "ndjson"], ndjson, true)).err).toMatch(/^skills-subsidy: 判定 9 项申请（给予 4，不予 4，无法判定 1），用时 \d+ 秒\n$/);
  });

  test("invalid records keep their line numbers and input order when the input is split", async () => {
    const lines = toNdjson(fixture()).split("\n");
    lines.splice(3, 0, "{not json", JSON.stringify({ type: "claim", id: "X-1" }), JSON.stringify({ type: "planet", id: "Mars" }));
    const text = lines.join("\n");
    const memory = await cli(["evaluate", "-", "--input", "ndjson", "--json"], text);
    const spilled = await evaluateSpilled(["-", "--input", "ndjson", "--json"], text, 3);
    expect(spilled.out).toBe(memory.out);
    const invalid = (JSON.parse(memory.out) as { invalid: { at: string; issues: { code: string }[] }[] }).invalid;
    expect(invalid.map((r) => [r.at, r.issues[0]?.code])).toEqual([
      ["stdin line 4", "not_json"],
      ["stdin line 5", "invalid_value"],
      ["stdin line 6", "unknown_record_type"],
    ]);
  });

  test("lines longer than a part file's 8 KiB buffer, in ASCII and in Chinese, are split and decided as in memory", async () => {
    const lines = toNdjson(fixture()).split("\n");
    lines.push(
      // a trainee's name over the 200-character limit (invalid), 9,000 ASCII bytes: longer than a part's buffer
      JSON.stringify({ type: "trainee", id: "P-LONG-1", birthDate: "1990-01-01", name: "x".repeat(9000), statuses: [], hukouRegion: "zhejiang.jiaxing.nanhu" }),
      // 3,000 Chinese characters: 3,000 UTF-16 units but 9,000 bytes of UTF-8
      JSON.stringify({ type: "trainee", id: "P-LONG-2", birthDate: "1990-01-01", name: "张".repeat(3000), statuses: [], hukouRegion: "zhejiang.jiaxing.nanhu" }),
      // a line just under the buffer with a multi-byte tail, so its byte count decides where it goes
      JSON.stringify({ type: "trainee", id: "P-LONG-3", birthDate: "1990-01-01", name: `${"y".repeat(2600)}${"王".repeat(1800)}`, statuses: [], hukouRegion: "zhejiang.jiaxing.nanhu" }),
    );
    const text = lines.join("\n");
    const memory = await cli(["evaluate", "-", "--input", "ndjson", "--json"], text);
    const invalid = (JSON.parse(memory.out) as { invalid: { id: string; issues: { code: string; path: string[] }[] }[] }).invalid;
    expect(invalid.map((r) => [r.id, r.issues[0]?.path.join(".")])).toEqual([
      ["P-LONG-1", "name"],
      ["P-LONG-2", "name"],
      ["P-LONG-3", "name"],
    ]);
    for (const parts of [1, 2, 5]) {
      const spilled = await evaluateSpilled(["-", "--input", "ndjson", "--json"], text, parts);
      expect(spilled.out, `${parts} parts`).toBe(memory.out);
    }
  });

  test("lines whose bytes cannot tell (blank, or wrapped in whitespace that trim removes: NBSP, ideographic space, BOM, VT, FF) read as text, as in memory", async () => {
    const lines = toNdjson(fixture()).split("\n");
    const claim = (id: string, day: string) => JSON.stringify({ type: "claim", id, measure: "livingAllowance", traineeId: "P-001", claimant: { kind: "trainee", id: "P-001" }, courseId: "C-101", submittedOn: `2020-09-${day}` });
    lines.push(`\u00a0${claim("W-1", "03")}`, `${claim("W-2", "04")}\u3000`, `\ufeff${claim("W-3", "05")}`, `\v${claim("W-4", "06")}\f`, "\u3000 \u00a0", "", `${claim("W-5", "07")}  x`, "\u00a0claim");
    const text = lines.join("\n");
    const memory = await cli(["evaluate", "-", "--input", "ndjson", "--json"], text);
    const decided = Object.keys(summaryOf(memory.out)).filter((id) => id.startsWith("W-"));
    expect(decided.sort()).toEqual(["W-1", "W-2", "W-3", "W-4"]); // four claims on P-001's course C-101, each routed and decided
    const invalid = (JSON.parse(memory.out) as { invalid: { at: string; issues: { code: string }[] }[] }).invalid;
    const n = lines.length;
    // the blank lines are skipped; the line with text after the object and the bare word are not JSON
    expect(invalid.map((r) => [r.at, r.issues[0]?.code])).toEqual([
      [`stdin line ${n - 1}`, "not_json"],
      [`stdin line ${n}`, "not_json"],
    ]);
    for (const parts of [1, 2, 3]) {
      const spilled = await evaluateSpilled(["-", "--input", "ndjson", "--json"], text, parts);
      expect(spilled.out, `${parts} parts`).toBe(memory.out);
    }
  });

  // Issue #17: an NDJSON line is routed to its trainee's part by reading its type and trainee
  // id from its top level, unparsed, and parsed once, where its part is decided. Lines the
  // scan cannot route for certain are parsed at once, as before. Either way every line is
  // decided or reported exactly as when the whole input is read and parsed in memory.
  test("lines routed unparsed are reported and decided as when parsed on reading: escapes, bad JSON inside a value, keys given twice, CRLF", async () => {
    const lines = toNdjson(fixture()).split("\n");
    const claim = (extra: string) => `{"type":"claim","id":"Y-1","measure":"livingAllowance","traineeId":"P-001",${extra}"claimant":{"kind":"trainee","id":"P-001"},"courseId":"C-101","submittedOn":"2020-09-01"}`;
    lines.push(
      // the trainee id spelled with an escape: the scan leaves it, the parse routes it to P-001
      '{"type":"claim","id":"Y-2","measure":"livingAllowance","traineeId":"P-\\u0030\\u00301","claimant":{"kind":"trainee","id":"P-001"},"courseId":"C-101","submittedOn":"2020-09-02"}',
      // routable by the scan, but not JSON inside a nested value: not_json, its offset counted in the line as read
      `  ${claim('"x":{"a":[1,tru]},')}`,
      // a key given twice inside a nested object: duplicate_key with its path
      claim('"x":{"a":1,"a":2},'),
      // the routing key given twice: parsed at once, still duplicate_key
      '{"type":"claim","id":"Y-3","traineeId":"P-001","traineeId":"P-002"}',
      // nested deeper than 8
      claim('"x":[[[[[[[[[1]]]]]]]]],'),
      // a CRLF line and a claim with no trainee id
      `${claim("")}\r`,
      '{"type":"claim","id":"Y-4","measure":"livingAllowance"}',
    );
    const text = lines.join("\n");
    const memory = await cli(["evaluate", "-", "--input", "ndjson", "--json"], text);
    const invalid = (JSON.parse(memory.out) as { invalid: { at: string; issues: { code: string; path: (string | number)[]; message: { en: string } }[] }[] }).invalid;
    const n = lines.length;
    expect(invalid.map((r) => [r.at, r.issues[0]?.code])).toEqual([
      [`stdin line ${n - 5}`, "not_json"],
      [`stdin line ${n - 4}`, "duplicate_key"],
      [`stdin line ${n - 3}`, "duplicate_key"],
      [`stdin line ${n - 2}`, "nesting_too_deep"],
      [`stdin line ${n}`, "invalid_type"], // Y-4: no trainee id (validated alone)
    ]);
    // Y-2 (its trainee id escaped) and Y-1 (the CRLF line, the one valid copy of Y-1) are decided
    expect(Object.keys(summaryOf(memory.out)).filter((id) => id.startsWith("Y-"))).toEqual(expect.arrayContaining(["Y-1", "Y-2"]));
    // the not_json offset is counted in the line as read: 2 leading spaces, then the claim up to "tru]"
    expect(invalid[0]?.issues[0]?.message.en).toContain(`at byte ${2 + claim('"x":{"a":[1,tru]},').indexOf("tru]")}`); // JSON stops at the "t" of "tru"
    expect(invalid[1]?.issues[0]?.path).toEqual(["x", "a"]);
    for (const parts of [1, 2, 3, 7]) {
      const spilled = await evaluateSpilled(["-", "--input", "ndjson", "--json"], text, parts);
      expect(spilled.out, `${parts} parts`).toBe(memory.out);
    }
  });
});
