/**
 * A large part of the partitioned path is decided in slices of its trainees (issue #17,
 * peak memory at 10M claims): only one slice's records are in memory at once, a slice is a
 * unit of its own for claim and record ids shared across units, and the slices' sorted
 * decisions are merged into the part's. The output is byte-identical to the in-memory path.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { SLICE_BYTES, slicesFor } from "../src/cli/pipeline.js";
import type { Doc } from "./cli-helpers.js";
import { cli, evaluateSliced, fixture, onePackageClaimedTwice, sliceHolding, summaryOf, toCsv, toNdjson } from "./cli-helpers.js";

// These run the whole command, often several times; a loaded machine can be slow.
vi.setConfig({ testTimeout: 60_000 });

/** Slice sizes (bytes of part file) small enough to cut the fixture's one part into a few slices up to a few dozen. */
const SLICE_SIZES = [150, 250, 400, 700, 1200];

/**
 * Runs the document split into one part (so every trainee is in it) decided in slices of
 * each size, expects the in-memory path's output each time, and returns for how many sizes
 * the two trainees fell in different slices (a test of a pair across slices needs one at least).
 */
async function sameAcrossSlices(doc: Doc, args: string[], apart: [string, string]): Promise<number> {
  const ndjson = toNdjson(doc);
  const memory = await cli(["evaluate", "-", "--input", "ndjson", ...args], ndjson);
  let split = 0;
  for (const sliceBytes of SLICE_SIZES) {
    const sliced = await evaluateSliced(["-", "--input", "ndjson", ...args], ndjson, 1, sliceBytes);
    expect(sliced.out, `slices of ${sliceBytes} bytes`).toBe(memory.out);
    expect(sliced.code, `slices of ${sliceBytes} bytes`).toBe(memory.code);
    const [a, b] = apart.map((t) => sliceHolding(sliced.slices, t));
    expect(a, `${apart[0]} in a slice`).toBeDefined();
    if (a !== b) split += 1;
  }
  return split;
}

describe("evaluate decides a large part in slices of its trainees", () => {
  test("a part is decided whole below 2 slices' worth of bytes, else in one slice per SLICE_BYTES (1 MiB), rounded down", () => {
    const MiB = 1024 * 1024;
    expect(SLICE_BYTES).toBe(MiB);
    expect([slicesFor(0), slicesFor(MiB), slicesFor(2 * MiB - 1), slicesFor(2 * MiB), slicesFor(3 * MiB - 1), slicesFor(3 * MiB)]).toEqual([1, 1, 1, 2, 2, 3]);
    // the 10M-claim file (4,539 MiB) in 512 parts: about 9.3 MiB of part file each, 9 slices
    expect(slicesFor(Math.round(9.3 * MiB))).toBe(9);
    expect(slicesFor(500, 100)).toBe(5);
  });

  test("writes byte-identical output to the in-memory path in every format, with and without traces, and the same grants", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ss-sliced-"));
    const ndjson = toNdjson(fixture());
    for (const format of ["json", "ndjson", "csv", "table"]) {
      for (const trace of [[], ["--no-trace"]]) {
        const memoryGrants = join(dir, "memory.ndjson");
        const memory = await cli(["evaluate", "-", "--input", "ndjson", "--format", format, ...trace, "--grants-out", memoryGrants], ndjson);
        for (const [parts, sliceBytes] of [[1, 150], [1, 400], [2, 150], [3, 200]] as const) {
          const grants = join(dir, `sliced-${parts}-${sliceBytes}.ndjson`);
          const sliced = await evaluateSliced(["-", "--input", "ndjson", "--format", format, ...trace, "--grants-out", grants], ndjson, parts, sliceBytes);
          const what = `${format} ${trace.join("")}, ${parts} parts, slices of ${sliceBytes} bytes`;
          expect(Object.keys(sliced.slices).length, what).toBeGreaterThan(1); // it was decided in slices
          expect(sliced.out, what).toBe(memory.out);
          expect(sliced.err, what).toBe(memory.err);
          expect(sliced.code, what).toBe(memory.code);
          expect(readFileSync(grants, "utf8"), what).toBe(readFileSync(memoryGrants, "utf8"));
        }
      }
    }
  });

  test("reads CSV rows and a JSON document (records parsed on reading) into slices as the in-memory path decides them", async () => {
    for (const [input, text] of [["csv", toCsv(fixture())], ["json", JSON.stringify(fixture())]] as const) {
      const memory = await cli(["evaluate", "-", "--input", input, "--format", "ndjson"], text);
      for (const sliceBytes of [150, 400]) {
        const sliced = await evaluateSliced(["-", "--input", input, "--format", "ndjson"], text, 1, sliceBytes);
        expect(Object.keys(sliced.slices).length).toBeGreaterThan(1);
        expect(sliced.out, `${input}, slices of ${sliceBytes} bytes`).toBe(memory.out);
      }
    }
  });

  test("a claim id used by two trainees in two slices of one part is one conflict paying neither", async () => {
    const doc = fixture();
    // JX-0003 (P-003, 50 yuan/day × 10 days = 500) is copied onto trainee P-001 with P-001's course
    doc["claims"]!.push({ ...doc["claims"]![2], traineeId: "P-001", claimant: { kind: "trainee", id: "P-001" }, courseId: "C-101" });
    const memory = await cli(["evaluate", "-", "--input", "ndjson", "--json"], toNdjson(doc));
    expect(summaryOf(memory.out)["JX-0003"]).toBe("denied:0.00:claim_conflict");
    expect((JSON.parse(memory.out) as { summary: { total: string } }).summary.total).toBe("620.00"); // 1120 − 500
    expect(await sameAcrossSlices(doc, ["--json"], ["P-001", "P-003"])).toBeGreaterThan(0);
  });

  test("a claim id paid in the prior ledger under a trainee of another slice is a conflict of ids, as in one document", async () => {
    const doc = fixture();
    // JX-0006 (P-004, 高级工 150 yuan): its id was paid before, recorded under trainee P-002 — another claim (reading
    // claim-id-reused; a duplicate before 2026-12-07)
    doc["ledger"] = [
      { id: "G-9", claimId: "JX-0006", traineeId: "P-002", measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", payee: { kind: "trainee", id: "P-002" }, amount: "150.00", basisDate: "2020-01-01" },
    ];
    const memory = await cli(["evaluate", "-", "--input", "ndjson", "--json"], toNdjson(doc));
    expect(summaryOf(memory.out)["JX-0006"]).toBe("denied:0.00:claim_conflict");
    expect(await sameAcrossSlices(doc, ["--json"], ["P-004", "P-002"])).toBeGreaterThan(0);
  });

  test("a course id held by two trainees in two slices makes both copies invalid, as in one document", async () => {
    const doc = fixture();
    // a second course C-101, for P-003: the id is taken by P-001's course already
    doc["courses"]!.push({ ...doc["courses"]![2], id: "C-101" });
    const memory = await cli(["evaluate", "-", "--input", "ndjson", "--json"], toNdjson(doc));
    const out = JSON.parse(memory.out) as { invalid: { id: string; issues: { code: string }[] }[]; summary: { total: string } };
    expect(out.invalid.map((r) => [r.id, r.issues[0]?.code])).toEqual([
      ["C-101", "duplicate_id"],
      ["C-101", "duplicate_id"],
      ["JX-0001", "unknown_reference"],
    ]);
    expect(out.summary.total).toBe("770.00"); // 1120 − 350 (JX-0001 is invalid: its course C-101 is ambiguous)
    expect(await sameAcrossSlices(doc, ["--json"], ["P-001", "P-003"])).toBeGreaterThan(0);
  });

  test("claims two trainees' enterprise files, each for its own apprentice, are decided in their slices as in one document", async () => {
    // jx2019 企业新型学徒制 (scenario fixtures/scenarios/jiaxing/apprenticeship.json): an employee apprentice's
    // first year at a 6000-yuan annual standard pays the enterprise 6000.00; two apprentices of one enterprise, 6000.00 each.
    const enterprise = { id: "E-1", name: "示例企业", unemploymentInsuranceRegion: "zhejiang.jiaxing.haining" };
    const trainees = ["P-A1", "P-A2", "P-A3", "P-A4"];
    const doc: Doc = {
      trainees: trainees.map((id) => ({ id, birthDate: "1990-01-01", statuses: ["enterpriseEmployee"], hukouRegion: "zhejiang.jiaxing.haining" })),
      enterprises: [enterprise],
      apprenticeships: trainees.map((t, i) => ({ id: `A-${i}`, traineeId: t, enterpriseId: "E-1", kind: "employee", occupation: { code: "EX-WELD", name: "焊工（示意）" }, startDate: "2020-01-01", endDate: "2020-12-31", annualStandard: "6000.00" })),
      claims: trainees.map((t, i) => ({ id: `J-${i}`, measure: "apprenticeshipSubsidy", traineeId: t, claimant: { kind: "enterprise", id: "E-1" }, submittedOn: "2022-01-20", apprenticeshipId: `A-${i}`, enterpriseId: "E-1" })),
    };
    const memory = await cli(["evaluate", "-", "--input", "ndjson", "--json"], toNdjson(doc));
    expect(Object.values(summaryOf(memory.out)).map((s) => s.split(":").slice(0, 2).join(":"))).toEqual(["granted:6000.00", "granted:6000.00", "granted:6000.00", "granted:6000.00"]);
    expect((JSON.parse(memory.out) as { summary: { total: string } }).summary.total).toBe("24000.00"); // 4 × 6000.00
    expect(await sameAcrossSlices(doc, ["--json"], ["P-A1", "P-A2"])).toBeGreaterThan(0);
  });

  test("a part whose trainees claim one training package is decided whole, so the package is paid once", async () => {
    // jx2019 五(十)二 「给予每个不超过5万元补助」: one package is paid once, whoever claims it (reading: pay-once-basis)
    const ndjson = onePackageClaimedTwice();
    const memory = await cli(["evaluate", "-", "--input", "ndjson", "--json"], ndjson);
    // 40,000.00 claimed, under the 50,000 cap: the first (2020-09-01) is paid; the second is the same package
    expect(summaryOf(memory.out)["PK-A"]).toBe("granted:40000.00:package_grant");
    expect(summaryOf(memory.out)["PK-B"]).toBe("denied:0.00:basis_already_paid");
    for (const sliceBytes of SLICE_SIZES) {
      const sliced = await evaluateSliced(["-", "--input", "ndjson", "--json"], ndjson, 1, sliceBytes);
      expect(sliced.slices, `slices of ${sliceBytes} bytes`).toEqual({}); // decided whole
      expect(sliced.out, `slices of ${sliceBytes} bytes`).toBe(memory.out);
    }
    // in two parts, the part without a package claim is still decided in slices
    const two = await evaluateSliced(["-", "--input", "ndjson", "--json"], ndjson, 2, 150);
    expect(two.out).toBe(memory.out);
  });
});
