/**
 * Cold review 83: the totals officials read — the `summary` of `evaluate` (table, JSON, NDJSON, CSV; src/cli/output.ts
 * `Summary`), the web service's `summary` and `grants` (src/server/handler.ts `summaryOf`, POST /evaluate) and the progress
 * report (`progressReport`, `skills-subsidy report`) — count money and people once, and say true things. Reviewed at HEAD
 * 6dd9e75.
 *
 * Read: law/sources/jx2019.txt (一(二) targets, 五(十)一 training subsidy, 五(十一) appraisal), gbf2019.txt (§(二), §(十五));
 * docs/reports.md, docs/cli.md (exit codes, formats, invalid records, duplicates and conflicts, chained runs);
 * src/cli/output.ts (Summary, Writer.end), src/cli/commands/evaluate.ts (exit code), src/server/handler.ts (decide,
 * summaryOf, /evaluate), src/reports/progress.ts (linked, spendOf, measure), src/engine.ts grantOf, src/core/ledger.ts
 * grantKeys; readings claim-id-reused, course-trained-once, annual-cap-calendar-year, earlier-certificate-unreadable,
 * ledger-grant-identity, report-subsidised-training; test/review52.test.ts (not repeated), test/cli-helpers.ts,
 * test/support/ordinary.ts.
 *
 * Ran (scratch probes, then below): the Jiaxing fixture plain, with a claim id under two trainees plus an identical copy,
 * with a claim of impossible date, a trainee/course/certificate id given twice with two contents, a run-1 ledger and an
 * id reused for another claim, an unreadable ledger grant — each in memory (json, ndjson, csv, table), spilled (2, 3, 4,
 * 8 parts), on 2 threads, `--order trainee`, `--grants-out`, and POST /evaluate (summary and grants). All agreed with one
 * another and with the sum of the decisions; exit codes followed the summary. The progress report: the ordinary Jiaxing
 * worker's run (`evaluate --grants-out`, then `report --grants --trainings`), the sample ledger with its own records again
 * by --trainings / --grants (refused, duplicate_id), 1000 grants of 1234.56 / 0.01 and odd yuan strings (exact; 1e3,
 * -20.00, "12." refused).
 *
 * Findings:
 * F1 (people lost: a paid training not counted as 补贴性培训) The ordinary worker's training subsidy, claimed on her
 *    certificate (the usual form: docs' and the fixtures' training-subsidy claims name the certificate, not the course),
 *    pays 1000.00 for course K1, and the engine keys that course as paid (reading course-trained-once; the grant's
 *    basisKeys hold `trainingSubsidy|P1|course K1`). The grant `evaluate --grants-out` writes has no `courseId`, so the
 *    progress report fed that grant and the K1 training record counts 0 subsidised person-times of 1 — and lists nothing
 *    in `spend.unlinked` — where the same claim naming `courseId: "K1"` counts 1. 1000.00 of 「职业培训补贴」 spend beside
 *    0 「补贴性职业技能培训」 person-times against jx2019's 30 万 and gbf2019's 5000 万. Confidence 65 % (alternative: the
 *    reading's letter, "names it as courseId" — then the chain docs/reports.md shows undercounts silently).
 *    Cause: src/engine.ts:216 (grantOf copies only claim.courseId; the judged course goes to basisKeys only, :224 and the
 *    basis keys) and src/reports/progress.ts:403-404 (`linked` reads g.courseId only). Mend: link a training-subsidy grant
 *    also by its `course <id>` pay-once key in the report (or write the judged course as the grant's courseId), and list
 *    a training-subsidy grant that links no record in `spend.unlinked`.
 * F2 (says less than it must) A claim id in conflict makes `evaluate` exit 1 (docs/cli.md: “some claim ids were in
 *    conflict”), and JSON and NDJSON say `"conflicts":1`; the table's summary line says only "granted 3, total 770.00
 *    yuan; denied 5; undecidable 1." and CSV writes nothing to standard error, so a reader of the table or CSV gets exit 1
 *    with no total saying why (invalid records, the other cause, are counted in both). Confidence 45 %.
 *    Cause: src/cli/output.ts:436-443 (the table's summary line has no conflicts), src/cli/commands/evaluate.ts:115 (CSV stderr only
 *    for invalid records). Mend: "…; in conflict 1" in the table's summary line and a line on stderr for CSV.
 * F3 (money: 350.00 paid on an id that names two claims) JX-0001 given twice — P-001's living allowance and a copy
 *    under P-003 carrying an unknown field — pays P-001's 350.00; were the copy readable the id would be a
 *    `claim_conflict`, paying neither (docs/cli.md "Duplicates and conflicts"). An unreadable copy is read as nothing,
 *    where an unreadable grant or earlier certificate holds what it may touch (readings earlier-grant-unreadable,
 *    earlier-certificate-unreadable). Confidence 35 %. Cause: the parser sets the invalid copy aside (src/records/parse.ts,
 *    `invalid`) and evaluateBatch finds conflicts among the claims it is given only (src/engine.ts, doc at :872-876). Mend: an invalid claim whose id is readable makes the
 *    valid claims under that id undecidable (or a conflict); summary and exit already count the invalid copy.
 *
 * Notes (< 30 %): (a) a living-allowance or appraisal grant naming a course also makes the training 「补贴性」 in the
 * report (reading report-subsidised-training takes any grant); (b) `newCertificates` counts certificates per training
 * record, so one certificate noted on two records of one person (theory and practice courses) counts twice — the record
 * carries no certificate id to tell; (c) the web service's invalid entries carry `at: null` where the command line writes
 * `claims[9]` (not a total). MENDED the same morning: F1 (src/reports/progress.ts links a grant to the course it keys
 * under its measure and trainee, and lists it unlinked when no record holds any of its courses) and F2 (the table's summary
 * line and CSV's standard error count the claim-id conflicts); F3 (35 %) left, a record. Controls that held are `it(...)`; each finding is `it.fails(...)` (each run as `it` first
 * and seen failing at its last assertion).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { Decision } from "../src/index.js";
import { Summary } from "../src/cli/output.js";
import { createHandler } from "../src/server/index.js";
import { cli, evaluateSpilled, evaluateThreaded, fixture, toNdjson } from "./cli-helpers.js";
import { appraisal, ordinary, ts } from "./support/ordinary.js";
import { reportOf } from "./support/report.js";

vi.setConfig({ testTimeout: 60_000 });
type O = Record<string, any>;

const handler = createHandler();
async function post(url: string, body: unknown): Promise<{ status: number; body: O }> {
  const r = await handler(new Request(`http://localhost${url}`, { method: "POST", body: JSON.stringify(body) }));
  return { status: r.status, body: (await r.json()) as O };
}
const dir = mkdtempSync(join(tmpdir(), "review83-"));
const jsonSummary = (out: string): O => (JSON.parse(out) as O)["summary"] as O;
const ndjsonSummary = (out: string): O => {
  const { type: _type, ...rest } = JSON.parse(out.trim().split("\n").at(-1) as string) as O;
  return rest;
};
/** Sum of a list of yuan strings in fen, exactly (integers). */
const fen = (amounts: readonly string[]): number => amounts.reduce((a, s) => a + Number(s.replace(".", "")), 0);
const yuan = (f: number): string => `${Math.floor(f / 100)}.${String(f % 100).padStart(2, "0")}`;

/** The Jiaxing fixture with JX-0003's claim (P-003, 500.00) again under the id JX-0001 (P-001's 350.00), and an identical copy of JX-0003. */
function conflicted(): O {
  const d = fixture();
  const c3 = d["claims"]!.find((c) => c["id"] === "JX-0003")!;
  d["claims"]!.push({ ...c3, id: "JX-0001" }, { ...c3 });
  return d;
}
/** The summary the conflicted fixture must give: 1120.00 − 350.00 (JX-0001 paid neither copy) = 770.00; 9 distinct ids; JX-0001 denied. */
const CONFLICTED = { claims: 9, granted: 3, denied: 5, undecidable: 1, total: "770.00", conflicts: 1, invalid: 0 };

describe("cold review 83: controls (passing)", () => {
  it("the fixture's totals are one and the same in JSON, NDJSON, CSV rows, the table and the web service: 350.00 + 500.00 + 120.00 + 150.00 = 1120.00, exit 0", async () => {
    const doc = fixture();
    const j = await cli(["evaluate", "-", "--format", "json"], JSON.stringify(doc));
    const n = await cli(["evaluate", "-", "--format", "ndjson"], JSON.stringify(doc));
    const c = await cli(["evaluate", "-", "--format", "csv"], JSON.stringify(doc));
    const t = await cli(["evaluate", "-", "--lang", "en"], JSON.stringify(doc));
    const s = await post("/evaluate?policy=jiaxing-2019", doc);
    const want = { claims: 9, granted: 4, denied: 4, undecidable: 1, total: "1120.00", conflicts: 0, invalid: 0 };
    expect([j.code, n.code, c.code, t.code, s.status]).toEqual([0, 0, 0, 0, 200]);
    expect(jsonSummary(j.out)).toEqual(want);
    expect(ndjsonSummary(n.out)).toEqual(want);
    expect(s.body["summary"]).toEqual(want);
    // CSV: the granted rows' amounts sum to the total; the undecidable row's amount is empty (held, not 0.00 refused)
    const rows = c.out.trim().split("\n").slice(1).map((l) => l.split(","));
    expect(yuan(fen(rows.filter((r) => r[2] === "granted").map((r) => r[5] as string)))).toBe("1120.00");
    expect(rows.filter((r) => r[2] === "undecidable").map((r) => r[5])).toEqual([""]);
    expect(t.out).toContain("granted 4, total 1120.00 yuan; denied 4; undecidable 1.");
    // the web service's grants are the paid decisions, once each: 4 grants, 1120.00
    expect(s.body["grants"].length).toBe(4);
    expect(yuan(fen(s.body["grants"].map((g: O) => g["amount"])))).toBe("1120.00");
  });

  it("a claim id under two trainees is one conflict, paid for neither; an identical copy is one claim: 770.00 in memory, in 2/4/8 parts, on threads, ordered by trainee and on the web, exit 1", async () => {
    const nd = toNdjson(conflicted() as never);
    const runs = [
      await cli(["evaluate", "-", "--input", "ndjson", "--format", "ndjson", "--grants-out", join(dir, "m.ndjson")], nd),
      await cli(["evaluate", "-", "--input", "ndjson", "--format", "ndjson", "--order", "trainee", "--grants-out", join(dir, "o.ndjson")], nd),
      ...(await Promise.all([2, 4, 8].map((p) => evaluateSpilled(["-", "--input", "ndjson", "--format", "ndjson", "--grants-out", join(dir, `s${p}.ndjson`)], nd, p)))),
      await evaluateThreaded(["-", "--input", "ndjson", "--format", "ndjson", "--grants-out", join(dir, "t.ndjson")], nd, 4, 2),
    ];
    for (const r of runs) {
      expect(r.code).toBe(1);
      expect(ndjsonSummary(r.out)).toEqual(CONFLICTED);
      expect(r.out.split("\n").filter((l) => l.includes('"claimId":"JX-0001"') && l.includes('"type":"decision"')).length).toBe(1);
    }
    // what each run wrote as grants is what its summary says was paid: 500.00 + 120.00 + 150.00 = 770.00, each claim once
    for (const f of ["m", "o", "s2", "s4", "s8", "t"]) {
      const grants = readFileSync(join(dir, `${f}.ndjson`), "utf8").trim().split("\n").map((l) => JSON.parse(l) as O);
      expect(grants.map((g) => g["claimId"]).sort()).toEqual(["JX-0003", "JX-0005", "JX-0006"]);
      expect(yuan(fen(grants.map((g) => g["amount"])))).toBe("770.00");
    }
    const web = await post("/evaluate?policy=jiaxing-2019", conflicted());
    expect(web.body["summary"]).toEqual(CONFLICTED);
    expect(yuan(fen(web.body["grants"].map((g: O) => g["amount"])))).toBe("770.00");
  });

  it("run 1's grants as run 2's ledger: every claim a duplicate, paid 0.00; an id reused for another claim is the one conflict, exit 1, in memory, in parts and on the web", async () => {
    const grants1 = (await post("/evaluate?policy=jiaxing-2019", fixture())).body["grants"] as O[];
    const d = fixture() as O;
    const c8 = d["claims"].find((c: O) => c["id"] === "JX-0008");
    // JX-0005 (P-003's 120.00 appraisal, paid in run 1) now names JX-0008's claim (P-001): reading claim-id-reused
    d["claims"] = [{ ...c8, id: "JX-0005" }, ...d["claims"].filter((c: O) => c["id"] !== "JX-0005")];
    d["ledger"] = grants1;
    // 9 ids; 8 denied (3 duplicates of run 1's paid claims, the conflict, and the 4 denied again), JX-0004 held; nothing paid
    const want = { claims: 9, granted: 0, denied: 8, undecidable: 1, total: "0.00", conflicts: 1, invalid: 0 };
    const m = await cli(["evaluate", "-", "--format", "json"], JSON.stringify(d));
    const s = await evaluateSpilled(["-", "--format", "ndjson"], JSON.stringify(d), 4);
    const w = await post("/evaluate?policy=jiaxing-2019", d);
    expect([m.code, s.code]).toEqual([1, 1]);
    expect(jsonSummary(m.out)).toEqual(want);
    expect(ndjsonSummary(s.out)).toEqual(want);
    expect(w.body["summary"]).toEqual(want);
    expect(w.body["grants"]).toEqual([]);
  });

  it("held claims are counted undecidable, never paid nor 0.00 refused: an unreadable ledger grant holds the claims it may have paid, and is one invalid record", async () => {
    const grants1 = (await post("/evaluate?policy=jiaxing-2019", fixture())).body["grants"] as O[];
    const d = { ...fixture(), ledger: [...grants1, { ...grants1[0], id: "BAD", amount: "abc" }] };
    // JX-0006's claim is named by the unreadable grant BAD: held beside JX-0004; the other 7 are denied (3 duplicates + 4)
    const want = { claims: 9, granted: 0, denied: 6, undecidable: 3, total: "0.00", conflicts: 0, invalid: 1 };
    const m = await cli(["evaluate", "-", "--format", "json"], JSON.stringify(d));
    const c = await cli(["evaluate", "-", "--format", "csv"], JSON.stringify(d));
    expect(m.code).toBe(1);
    expect(jsonSummary(m.out)).toEqual(want);
    expect((await post("/evaluate?policy=jiaxing-2019", d)).body["summary"]).toEqual(want);
    const held = c.out.trim().split("\n").slice(1).filter((l) => l.split(",")[2] === "undecidable");
    expect(held.length).toBe(3);
    for (const row of held) expect(row.split(",")[5]).toBe(""); // no amount: not 0.00
  });

  it("the run's total is exact and the same whole or merged from parts: 500 × 1234.56 + 500 × 0.01 = 617285.00; held and refused add nothing", () => {
    const d = (outcome: Decision["outcome"], amount: string | null): Decision => ({ outcome, amount, reasons: [] }) as unknown as Decision;
    const whole = new Summary();
    const parts = [new Summary(), new Summary(), new Summary()];
    for (let i = 0; i < 1000; i++) {
      const x = d("granted", i % 2 === 0 ? "1234.56" : "0.01");
      whole.add(x);
      parts[i % 3]!.add(x);
    }
    for (const x of [d("undecidable", null), d("denied", "0.00")]) {
      whole.add(x);
      parts[0]!.add(x);
    }
    const merged = Summary.from(parts[0]!.toData()); // as another thread sends its totals
    merged.merge(Summary.from(parts[1]!.toData()));
    merged.merge(parts[2]!);
    // 500 × 123456 fen + 500 × 1 fen = 61,728,000 + 500 = 61,728,500 fen = 617285.00 yuan
    expect(whole.toJSON(0)).toEqual({ claims: 1002, granted: 1000, denied: 1, undecidable: 1, total: "617285.00", conflicts: 0, invalid: 0 });
    expect(merged.toJSON(0)).toEqual(whole.toJSON(0));
  });

  it("the progress report sums spend exactly: 1000 grants alternately 1234.56 and 0.01 are 617285.00, the quarters adding to the year", () => {
    const grants = Array.from({ length: 1000 }, (_, i) => ({
      id: `G${i}`, claimId: `C${i}`, traineeId: "P1", measure: "livingAllowance", provision: "jx2019.living-allowance",
      payee: { kind: "trainee", id: "P1" }, amount: i % 2 === 0 ? "1234.56" : "0.01", basisDate: `2020-${String((i % 12) + 1).padStart(2, "0")}-15`,
    }));
    const r = reportOf({ trainings: [], grants }, "2020");
    expect(r.spend.total).toBe("617285.00"); // 500 × 1234.56 + 500 × 0.01
    expect(r.spend.grants).toBe(1000);
    expect(yuan(fen(r.quarters.map((q) => q.spend)))).toBe("617285.00");
  });

  it("one person paid a training subsidy (claim naming course K1) and an appraisal subsidy on one course: one person-time trained and subsidised, 1000.00 + 120.00 = 1120.00 in 2 grants", async () => {
    const g = join(dir, "named.ndjson");
    const run = await cli(["evaluate", "-", "--catalogue", "fixtures/jiaxing/catalogue-2020.json", "--format", "json", "--grants-out", g], JSON.stringify({ ...ordinary, claims: [ts("A", "C1", { courseId: "K1" }), appraisal("B", "C1")] }));
    expect(run.code).toBe(0);
    expect(jsonSummary(run.out)).toMatchObject({ granted: 2, total: "1120.00" });
    const r = await report(g);
    expect(r["counts"]).toMatchObject({ trained: 1, subsidised: 1 });
    expect(r["spend"]).toMatchObject({ total: "1120.00", grants: 2, unlinked: [] });
  });
});

/** The ordinary worker's training record K1 (Nanhu, 2020-06-01 – 06-10, passed, EX-ELEC 初级工 of 2020-06-20), subsidised-ness unstated. */
const K1 = { id: "K1", traineeId: "P1", region: "zhejiang.jiaxing.nanhu", kind: "employmentSkills", startDate: "2020-06-01", endDate: "2020-06-10", outcome: "passed", certificate: { kind: "skillLevelCertificate", level: "junior", issuedOn: "2020-06-20" } };
async function report(grantsFile: string): Promise<O> {
  const t = join(dir, "k1.ndjson");
  writeFileSync(t, `${JSON.stringify(K1)}\n`);
  const r = await cli(["report", "--period", "2020", "--format", "json", "--grants", grantsFile, "--trainings", t]);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as O;
}

describe("cold review 83: findings (it.fails: each fails today because of the defect)", () => {
  // Mended the same morning (src/reports/progress.ts coursesOfGrant: the course a grant keys under its measure and trainee); seen failing before.
  it("F1: the training subsidy claimed on the certificate pays course K1's training (1000.00), and the report counts K1 as one 「补贴性职业技能培训」 person-time, as when the claim names the course", async () => {
    const g = join(dir, "bycert.ndjson");
    const run = await cli(["evaluate", "-", "--catalogue", "fixtures/jiaxing/catalogue-2020.json", "--format", "json", "--grants-out", g], JSON.stringify({ ...ordinary, claims: [ts("A", "C1"), appraisal("B", "C1")] }));
    expect(jsonSummary(run.out)).toMatchObject({ granted: 2, total: "1120.00" }); // the same two payments as with courseId
    const grant = JSON.parse(readFileSync(g, "utf8").split("\n")[0] as string) as O;
    expect(grant["basisKeys"]).toContain("trainingSubsidy|P1|course K1"); // the engine keys K1 as the training paid
    const r = await report(g);
    expect(r["spend"]).toMatchObject({ total: "1120.00", grants: 2 });
    // the one training paid for: 1 subsidised person-time (today 0, and nothing in spend.unlinked)
    expect(r["counts"]).toMatchObject({ trained: 1, subsidised: 1 });
  });

  // Mended the same morning (the table's summary line and CSV's standard error count the conflicts); seen failing before.
  it("F2: a conflict's exit 1 is explained by the table's and CSV's totals as JSON's \"conflicts\":1 explains it", async () => {
    const t = await cli(["evaluate", "-", "--lang", "en"], JSON.stringify(conflicted()));
    const c = await cli(["evaluate", "-", "--format", "csv", "--lang", "en"], JSON.stringify(conflicted()));
    expect([t.code, c.code]).toEqual([1, 1]);
    const line = t.out.split("\n").find((l) => l.startsWith("granted ")) as string;
    expect(line).toContain("granted 3, total 770.00 yuan"); // 1120.00 − 350.00
    expect(line).toMatch(/conflict/i); // today: "granted 3, total 770.00 yuan; denied 5; undecidable 1."
    expect(c.err).toMatch(/conflict/i); // today: empty
  });

  it.fails("F3: a claim id given twice, the second copy (another trainee's) unreadable, pays neither copy: not P-001's 350.00", async () => {
    const d = fixture() as O;
    const c3 = d["claims"].find((c: O) => c["id"] === "JX-0003");
    d["claims"].push({ ...c3, id: "JX-0001", submitedOn: "2020-03-20" }); // P-003's claim under JX-0001, a misspelt field
    const m = await cli(["evaluate", "-", "--format", "json"], JSON.stringify(d));
    expect(m.code).toBe(1); // the unreadable copy is an invalid record
    expect(jsonSummary(m.out)["invalid"]).toBe(1);
    const jx1 = (JSON.parse(m.out) as O)["decisions"].find((x: O) => x["claimId"] === "JX-0001");
    expect(jx1["outcome"]).not.toBe("granted"); // today granted 350.00
    expect(jsonSummary(m.out)["total"]).toBe("770.00"); // 1120.00 − 350.00; today 1120.00
  });
});
