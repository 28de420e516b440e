/**
 * Cold review 61: did today's three src changes move any decision, grant or output byte beyond what each meant to move?
 * Reviewed at HEAD e445b69 against 00d3459.
 *   1. 5be4eb0 (src/engine.ts): the judged order kept as columns (JudgedColumns, a Uint32Array of positions) —
 *      meant to change nothing.
 *   2. 6c5deec (src/cli/input.ts typeCellsOf / grantRowPieces): a claims-CSV row of the wrong width is a damaged grant's
 *      only when `grant` is in a cell its type cell can have moved to — meant to change only rows whose possible type
 *      cells do not say `grant` (they no longer hold).
 *   3. mend 58 (27eec3a..c61944e: src/cli/pipeline.ts addName and the T/U/V facts, src/engine.ts namesById /
 *      unreadGrantsOf, ClaimsElsewhere.unread / unreadTrainees a name or a list) — meant to change only the names in
 *      `missing_record` facts, the same ones in the same order every way.
 *
 * Read: `git diff 00d3459..HEAD -- src/`; the reading earlier-grant-unreadable; test/review59, mend58, cli-helpers,
 * support/world.ts, support/generatedWorld.ts, support/cliOutput.ts; src/cli/pipeline.ts (where U, V and W lines are
 * written: the unroutable grants' U/W lines when the run spills, each part's V lines later).
 *
 * How (outside this file): `git archive 00d3459 src` and `git archive HEAD src`, each bundled with esbuild (an entry
 * re-exporting src/index.ts, cli/main.ts `run`, cli/commands/evaluate.ts `evaluate`, node/index.ts; src/cli/worker.ts
 * bundled alone as each run's worker file; `--banner` giving the bundles a `require`), both loaded in one vitest process.
 *   - Library, `evaluateBatch` judged and trainee order × trace on and off, JSON of decisions, grants and invalid records:
 *     1,350 worlds (test/support/world.ts worldArb: plain, workers, crowded, crowded op2025, 16 claims — 250 each —
 *     and 100 generatedWorld seeds; every other world mutated: ids renamed to ones whose code-unit and locale orders differ
 *     (`c-10`, `C-9`, `c.1`, `c:1`, `A1`, `a-1` …), a copy of a claim with the same and with different contents, a claim
 *     whose trainee is missing, package claims of 1–3 trainees on PK-0/PK-1, every certificate or every filing on one
 *     day; every fifth with `elsewhere` holding paid / conflicting ids and `unread` / `unreadTrainees` as single names; two in
 *     three with P1 or P2 taken out of the parsed document, their claims decided missing_record), under the six
 *     POLICY_CASES: 5,400 pairs, 0 differ. The shipped fixtures (claims, showcase, worked example, reform
 *     population, docs/examples) with and without the catalogue: 48 pairs, 0 differ. The scenario files
 *     (fixtures/scenarios, fixtures/examples: 83 results): identical.
 *   - CLI `evaluate`, each run in memory, in 2 parts, in 4 parts on 2 threads, in 2 parts in slices of 150 bytes; output,
 *     exit code and standard error compared byte for byte: 9 fixture files × catalogue or not × NDJSON (trace and
 *     `--no-trace`), CSV, JSON × judged / `--order trainee` (576 pairs, 0 differ); 80 mutated generated worlds as NDJSON
 *     (jiaxing-2019 with the catalogue, or national-frameworks) × NDJSON / CSV × both orders (1,280, 0 differ); 18
 *     NDJSON ledger shapes of JX-0006's grant (intact, the 7 of review 59, amount-damaged, trainee a number, two cut lines
 *     either order, twelve cut lines, amount + cut, claim-only cuts either order, two trainee-unreadable grants alone and
 *     with a cut line) in
 *     `--ledger` (NDJSON and CSV out) and in the claims input, 6 CSV ledger shapes, and claims CSVs under headers with
 *     `type` first, second and fourth holding JX-0006's grant row intact, a cell short first / last, a cell long first /
 *     after the type cell, two cells lost first and one added last, and JX-0006's claim row a cell short or long with
 *     `grant` in each of its first eight cells (960 pairs). 406 of these 2,816 pairs differed, of three kinds:
 *       - 102 (intended, mend 58): outcomes, amounts and every other byte alike, the names in `missing_record` more
 *         (two cut lines read last-first, twelve cut lines, claim-only cuts, a cut among trainee-unreadable grants).
 *       - 296 (intended, 6c5deec): JX-0006's claim row of the wrong width with `grant` outside its possible type cells:
 *         before held P-004's claims, now holds nothing (JX-0016 paid 150.00, as without the cell).
 *       - 8 (finding 1): a grant row that lost two cells before its type cell and gained one after.
 *     The cap probe (a trainee-unreadable grant after 0, 5, 12, 30 invalid grants of others naming its claim, 4 ways:
 *     16 pairs): outcomes alike, names differ between the ways of HEAD itself: finding 2.
 *
 * Found:
 * 1. (money: 150.00 paid twice; confidence 20 %) typeCellsOf takes the cells the type cell can have moved to from the
 *    row's net width alone (short by d: at−d … at; long by d: at … at+d). A row that both lost and gained cells has its
 *    type cell outside that window: under a header with `type` fourth, JX-0006's grant row that lost `id` and
 *    `traineeId` and gained a cell at its end (one short, type cell at 1, window 2 … 3) is no longer a grant's; before
 *    6c5deec it held P-004's claims (any cell `grant`). Now JX-0006 is paid 150.00 again (「高级工、技师 150 元」), total
 *    1120.00 for 970.00. Contrived (two independent damages in one row, a header not written by the library), hence 20 %.
 *    Fix: src/cli/input.ts grantRowPieces/typeCellsOf — read a row as not a grant's only when a cell of its window names
 *    another record type (`claim`, `trainee` …), as cold review 59's row did; a window naming no type falls back to any
 *    cell `grant`.
 * 2. (names only, no money; confidence 85 %) mend 58's «the same ones every way» does not hold when one claim id is named
 *    by a grant whose trainee cannot be read (U) and by invalid grants of other trainees (V, read, in other units): in
 *    parts, the engine reads the id as not claim-only (src/cli/pipeline.ts: `unreadable` deletes it from
 *    unreadClaimOnly) and so files every name of that id — the V grants' too — under the claim's trainee: P-004's
 *    JX-0007 / JX-0009 / JX-0016 name `JX-0006` and the V grants of the other unit(s) in unit order, where memory names
 *    `JX-0006` alone (a V grant is its own trainee's, holding JX-0006 alone). Which V grants, and their order, differ
 *    between 2 parts, 4 parts and slices. Outcomes alike (P-004 held by the U grant every way). Fix:
 *    src/cli/pipeline.ts (U/V facts) and src/engine.ts unreadGrantsOf — carry claim-only per name, not per id (e.g.
 *    `unreadClaimOnly` as ids → names, or V names in their own map), so only U names reach `T:` of the claim's trainee.
 *
 * Held (controls below): the judged order is (basis date, filing date, claim id; the filing date since cold review 106) by code unit and the trainee order the old grouping
 * over generated worlds; the fixture pays 1120.00 every order, trace or not; `ClaimsElsewhere.unread` typed
 * Map<string, string> (the old type) compiles and decides as a list of one; the cap of ten names drops no U fact (a
 * trainee-unreadable grant read after 30 invalid grants naming its claim still holds P-004 every way); JX-0006's claim row
 * a cell short or long with `grant` outside its possible type cells holds nothing, every way.
 * Finding 1 mended after the review (grantRowPieces in src/cli/input.ts); its test is an `it` now.
 * Controls are `it(...)`; the defects are `it.fails(...)` asserting what is right (each run once as `it` and seen failing
 * at its last assertion). The threads runs need the built worker (`npm run build`).
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { cli, evaluateSliced, evaluateSpilled, evaluateThreaded, fixture, records, toCsv, toNdjson } from "./cli-helpers.js";
import { CSV_COLUMNS, csvRow } from "../src/cli/csv.js";
import type { BatchStep, ClaimsDocument, ClaimsElsewhere } from "../src/index.js";
import { decideBatch, evaluateBatch, jiaxingPolicy, parseClaimsDocument } from "../src/index.js";
import { everyWay, money, scratch, heldNames, withNextMonth, firstRunGrants, ARGS, HELD } from "./support/cliOutput.js";
import { POLICY_CASES, rawDocument, worldArb } from "./support/world.js";

vi.setConfig({ testTimeout: 300_000 });
type O = Record<string, any>;

const file = scratch("review61-");
const P004 = ["JX-0006", "JX-0007", "JX-0009", "JX-0016"]; // every claim of P-004 in `both()`

/** Run 1 on the fixture (JX-0006 granted 150.00: 「高级工、技师 150 元」), its grants as NDJSON lines. */
const run1 = () => firstRunGrants(file, ARGS, "ndjson");

/** The fixture and next month's JX-0016 (P-004's appraisal on K-202 again), with 20 more trainees so parts are many. */
const both = withNextMonth;

/** One batch in memory, in 2 and 5 parts, 4 parts on 2 threads, 2 parts in slices of 150 bytes: each way's output. */
async function ways(args: string[], stdin: string): Promise<Record<string, string>> {
  return {
    memory: (await cli(["evaluate", ...args], stdin)).out,
    "2 parts": (await evaluateSpilled(args, stdin, 2)).out,
    "5 parts": (await evaluateSpilled(args, stdin, 5)).out,
    "2 threads": (await evaluateThreaded(args, stdin, 4, 2)).out,
    "2 parts, slices 150": (await evaluateSliced(args, stdin, 2, 150)).out,
  };
}
const heldOf = (m: Record<string, string>) => Object.keys(m).filter((c) => m[c] === HELD).sort();
const paidOf = (m: Record<string, string>) => Object.values(m).filter((o) => o.startsWith("granted")).reduce((s, o) => s + Number(o.split(":")[1]), 0).toFixed(2);
const all = (r: Record<string, unknown>, v: unknown) => Object.fromEntries(Object.keys(r).map((k) => [k, v]));
const each = <T>(r: Record<string, T>, f: (v: T) => unknown) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, f(v)]));
/** Per claim, the grants a held claim asks for (`missing_record`'s field). */
const namesOf = heldNames;

// ids whose code-unit order differs from a locale's (upper case before lower, `-` `.` `:` before digits)
const SPICY = ["c-10", "C-9", "c.1", "c:1", "c1", "a-1", "A1", "B-2", "aa", "Aa", "a.A", "0z", "Z0"];
/** A world's raw document with the shapes change 1 must order alike: spicy ids, copies, packages, one day. */
function mutated(raw: O, seed: number): O {
  const r = fc.sample(fc.array(fc.nat(1000), { minLength: 40, maxLength: 40 }), { seed, numRuns: 1 })[0]!;
  let k = 0;
  const nx = (n: number) => r[k++ % r.length]! % n;
  const doc: O = structuredClone(raw);
  const claims = doc["claims"] as O[];
  const renamed = new Map<string, string>();
  for (const c of claims) {
    if (!renamed.has(c["id"])) renamed.set(c["id"], `${SPICY[nx(SPICY.length)]}${nx(3) === 0 ? "" : `-${nx(20)}`}`);
    c["id"] = renamed.get(c["id"]);
  }
  if (claims.length > 0 && nx(2) === 0) claims.push({ ...claims[nx(claims.length)] }); // same contents
  if (claims.length > 1 && nx(2) === 0) claims.push({ ...claims[nx(claims.length)], traineeId: claims[nx(claims.length)]!["traineeId"] }); // maybe different
  for (const [i, t] of ["P1", "P2", "P3"].entries()) {
    if (nx(2) === 0) claims.push({ id: `PKC-${i}${nx(3)}`, measure: "trainingPackageGrant", traineeId: t, claimant: { kind: "organizer", id: "ORG-1" }, submittedOn: ["2020-03-01", "2020-05-01"][nx(2)], amountClaimed: "40000.00", trainingPackage: { id: `PK-${nx(2)}`, developerKind: "vocationalCollege", commissioned: true } });
  }
  if (nx(2) === 0) for (const c of doc["certificates"] as O[]) c["issuedOn"] = (doc["certificates"] as O[])[0]!["issuedOn"];
  if (nx(3) === 0) for (const c of claims) c["submittedOn"] = claims[0]!["submittedOn"];
  return doc;
}

/** The trainee order as 00d3459 made it (byTrainee over Judged entries), from the judged steps and the document. */
function oldTraineeOrder(document: ClaimsDocument, judged: readonly BatchStep[]): string[] {
  const step = new Map(judged.map((s) => [s.claim.id, s]));
  const entries = [...new Set(document.claims.map((c) => c.id))].map((id) => step.get(id)!);
  const joined = new Map<string, string>();
  const root = (t: string): string => (joined.has(t) ? root(joined.get(t)!) : t);
  const packages = new Map<string, string>();
  for (const { claim } of entries) {
    const pkg = claim.trainingPackage?.id;
    if (pkg === undefined) continue;
    const first = packages.get(pkg);
    if (first === undefined) packages.set(pkg, claim.traineeId);
    else if (root(first) !== root(claim.traineeId)) joined.set(root(claim.traineeId), root(first));
  }
  const groups = new Map<string, BatchStep[]>();
  for (const e of entries) groups.set(root(e.claim.traineeId), [...(groups.get(root(e.claim.traineeId)) ?? []), e]);
  const before = (a: BatchStep, b: BatchStep) => (a.basisDate < b.basisDate ? -1 : a.basisDate > b.basisDate ? 1 : a.claim.submittedOn < b.claim.submittedOn ? -1 : a.claim.submittedOn > b.claim.submittedOn ? 1 : a.claim.id < b.claim.id ? -1 : 1);
  const out: string[] = [];
  const take = (t: string) => {
    const g = groups.get(root(t));
    if (g === undefined) return;
    groups.delete(root(t));
    out.push(...g.sort(before).map((s) => s.claim.id));
  };
  for (const t of document.trainees.keys()) take(t);
  for (const t of [...groups.keys()]) take(t);
  return out;
}

describe("cold review 61: controls (passing)", () => {
  it("over 400 generated worlds (spicy ids, copies, trainees missing, shared packages, one basis day): the judged order is (basis date, filing date, claim id) by code unit, the trainee order 00d3459's grouping, and both orders give the same decisions and grants, trace on or off", () => {
    let packaged = 0;
    let missing = 0;
    const worlds = [...fc.sample(worldArb(), { seed: 6101, numRuns: 200 }), ...fc.sample(worldArb({ crowded: true }), { seed: 6102, numRuns: 200 })];
    for (const [i, world] of worlds.entries()) {
      const parsed = parseClaimsDocument(mutated(rawDocument(world) as O, i));
      if (!parsed.ok) throw new Error("generated world unreadable");
      // a claim whose trainee the document lacks (a parsed document sets it aside; a caller's document may not): two
      // worlds in three lack P1 or P2, their claims decided missing_record and taken after the listed trainees
      const drop = ["", "P1", "P2"][i % 3];
      const document: ClaimsDocument = { ...parsed.value.document, trainees: new Map([...parsed.value.document.trainees].filter(([id]) => id !== drop)) };
      const policy = POLICY_CASES[i % POLICY_CASES.length]!.policy;
      const judged = [...decideBatch(policy, document, { trace: false })];
      const ids = judged.map((s) => s.claim.id);
      const sorted = [...judged].sort((a, b) => (a.basisDate < b.basisDate ? -1 : a.basisDate > b.basisDate ? 1 : a.claim.submittedOn < b.claim.submittedOn ? -1 : a.claim.submittedOn > b.claim.submittedOn ? 1 : a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0)).map((s) => s.claim.id);
      expect(ids).toEqual(sorted);
      expect(new Set(ids).size).toBe(new Set(document.claims.map((c) => c.id)).size);
      const byTrainee = [...decideBatch(policy, document, { trace: false, order: "trainee" })];
      expect(byTrainee.map((s) => s.claim.id)).toEqual(oldTraineeOrder(document, judged));
      const key = (r: ReturnType<typeof evaluateBatch>) => JSON.stringify([[...r.decisions].sort((a, b) => (a.claimId < b.claimId ? -1 : 1)), r.ledger.grants().map((g) => g.claimId).sort()]);
      const traced = evaluateBatch(policy, document);
      expect(key(evaluateBatch(policy, document, { order: "trainee" }))).toBe(key(traced));
      expect(JSON.stringify(evaluateBatch(policy, document, { trace: false }).decisions.map((d) => [d.claimId, d.outcome, d.amount]))).toBe(JSON.stringify(traced.decisions.map((d) => [d.claimId, d.outcome, d.amount])));
      if (document.claims.filter((c) => c.trainingPackage !== undefined).length > 1) packaged += 1;
      if (document.claims.some((c) => !document.trainees.has(c.traineeId))) missing += 1;
    }
    expect(packaged).toBeGreaterThan(50); // the union–find is exercised
    expect(missing).toBeGreaterThan(50);
  });

  it("the Jiaxing fixture through the library pays 1120.00 in judged and trainee order, trace on and off, the same decisions", () => {
    // JX-0001: 7 days × 50.00 = 350.00 and JX-0003: 10 days × 50.00 = 500.00 (jx2019 「就业补助资金按每人每天 50 元标准给予生活费补贴」);
    // JX-0005 中级工 appraisal 120.00 (「中级工 120 元」); JX-0006 数控车工 高级工 150.00 (「高级工、技师 150 元」).
    // 350.00 + 500.00 + 120.00 + 150.00 = 1120.00.
    const parsed = parseClaimsDocument(fixture());
    if (!parsed.ok) throw new Error("fixture unreadable");
    const runs = [{}, { order: "trainee" as const }, { trace: false }, { order: "trainee" as const, trace: false }].map((o) => evaluateBatch(jiaxingPolicy(), parsed.value.document, o));
    const paid = (r: (typeof runs)[number]) => Object.fromEntries(r.decisions.filter((d) => d.outcome === "granted").map((d) => [d.claimId, String(d.amount)]));
    for (const r of runs) {
      expect(paid(r)).toEqual({ "JX-0001": "350.00", "JX-0003": "500.00", "JX-0005": "120.00", "JX-0006": "150.00" });
      expect(r.decisions.filter((d) => d.outcome === "granted").reduce((s, d) => s + Number(d.amount), 0).toFixed(2)).toBe("1120.00");
    }
    const sorted = (r: (typeof runs)[number]) => JSON.stringify([...r.decisions].sort((a, b) => (a.claimId < b.claimId ? -1 : 1)));
    expect(sorted(runs[1]!)).toBe(sorted(runs[0]!));
    expect(sorted(runs[3]!)).toBe(sorted(runs[2]!));
  });

  it("ClaimsElsewhere.unread typed Map<string, string> (the type before mend 58) compiles and decides as a list of one name", () => {
    const parsed = parseClaimsDocument(fixture());
    if (!parsed.ok) throw new Error("fixture unreadable");
    const old: Map<string, string> = new Map([["JX-0006", "G9"]]);
    const oldTrainees: ReadonlyMap<string, string> = new Map([["P-002", "line-3"]]);
    const asOld: ClaimsElsewhere = { unread: old, unreadTrainees: oldTrainees };
    const asList: ClaimsElsewhere = { unread: new Map([["JX-0006", ["G9"]]]), unreadTrainees: new Map([["P-002", ["line-3"]]]) };
    const a = evaluateBatch(jiaxingPolicy(), parsed.value.document, { elsewhere: asOld });
    const b = evaluateBatch(jiaxingPolicy(), parsed.value.document, { elsewhere: asList });
    expect(JSON.stringify(a.decisions)).toBe(JSON.stringify(b.decisions));
    const d6 = a.decisions.find((d) => d.claimId === "JX-0006")!;
    expect([d6.outcome, d6.reasons.find((r) => r.code === "missing_record")?.facts?.["field"]]).toEqual(["undecidable", "grant G9: record"]);
    // the trainee of a claim an unreadable grant names is held too (P-004's JX-0007), and P-002's claims by `line-3`
    expect(a.decisions.find((d) => d.claimId === "JX-0007")!.outcome).toBe("undecidable");
    expect(a.decisions.filter((d) => d.reasons.some((r) => r.code === "missing_record" && r.facts["field"] === "grant line-3: record")).length).toBeGreaterThan(0);
  });

  it("the cap of ten names drops no U fact: JX-0006's grant with an unreadable trainee, read after 30 invalid grants of other trainees naming JX-0006, holds P-004's claims every way", async () => {
    // U lines (grants whose trainee cannot be read) are written to the claim-id files when the run spills, each part's V
    // lines after: the first ten names of an id are never all V while a U is dropped. Without JX-0006's valid grant the
    // ledger pays nothing of P-004, so holding P-004's claims is what keeps JX-0016 (K-202 高级工 again) from 150.00.
    const lines = await run1();
    const i6 = lines.findIndex((l) => l.includes('"claimId":"JX-0006"'));
    const l6 = lines[i6]!;
    const doc = both();
    for (let i = 20; i < 40; i++) doc["trainees"]!.push({ ...doc["trainees"]!.find((t) => t["id"] === "P-001")!, id: `Q-${String(i).padStart(4, "0")}` });
    const vs = Array.from({ length: 30 }, (_, i) => l6.replace('"id":"JX-0006"', `"id":"G-${i}"`).replace('"traineeId":"P-004"', `"traineeId":"Q-${String(i).padStart(4, "0")}"`).replace('"amount":"150.00"', '"amount":"150.001"'));
    const u = l6.replace('"traineeId":"P-004"', '"traineeId":42');
    const ledger = file("cap.ndjson", `${[...vs, u, ...lines.filter((_, i) => i !== i6)].join("\n")}\n`);
    const r = await ways([...ARGS, "--ledger", ledger, "--ledger-format", "ndjson"], `${toNdjson(doc)}\n`);
    expect(each(r, (o) => heldOf(money(o).m))).toEqual(all(r, P004));
    expect(each(r, (o) => paidOf(money(o).m))).toEqual(all(r, "0.00")); // run 1 paid every other claim
  });

  it("JX-0006's claim row (type first) a cell short or long with `grant` in a cell its type cell cannot have moved to holds nothing, every way: JX-0016 paid 150.00 once", async () => {
    // 6c5deec, intended: short, the window is cell 0 alone; long, cells 0 … 1. JX-0006's claim is set aside unread, so
    // JX-0016 is K-202's first appraisal: 「高级工、技师 150 元」 → 150.00.
    const lines = toCsv(both()).split("\n");
    const at = lines.findIndex((l) => l.startsWith("claim,JX-0006,P-004,"));
    const cells = lines[at]!.split(",");
    const a = [...ARGS];
    a[2] = "csv";
    const out: Record<string, unknown> = {};
    for (let c = 1; c < 8; c++) {
      const withGrant = [...cells];
      withGrant[c] = "grant";
      const short = [...withGrant];
      short.splice(short.findIndex((x, k) => x === "" && k > 8), 1);
      const shapes = c === 1 ? { short } : { short, long: [...withGrant, "z"] };
      for (const [name, row] of Object.entries(shapes)) {
        const { ways: w } = await everyWay(a, `${lines.map((l, i) => (i === at ? row.join(",") : l)).join("\n")}\n`);
        for (const [k, v] of Object.entries(w)) out[`${name} grant@${c}, ${k}`] = [heldOf(v.m), v.m["JX-0016"]?.split(":").slice(0, 2).join(":")];
      }
    }
    expect(Object.keys(out)).toHaveLength(13 * 4);
    expect(out).toEqual(all(out, [[], "granted:150.00"]));
  });
});

describe("cold review 61: findings", () => {
  // Confidence 20 %. Money: JX-0006's 150.00 paid a second time (total 1120.00 for 970.00). Fix: src/cli/input.ts
  // typeCellsOf / grantRowPieces — a window naming no record type falls back to any cell `grant`.
  // Mended (2026-12-06, after the review): grantRowPieces reads a row with a cell `grant` as a grant's unless its likely
  // type cells name another record type (src/cli/input.ts).
  it("1. (money) a claims-CSV grant row (header with `type` fourth) that lost `id` and `traineeId` and gained a cell at its end is still a grant's: P-004's claims held, 970.00 paid", async () => {
    // The reading holds a damaged row «saying it is a grant in a claims file»; this row's type cell (now its second cell)
    // says `grant`, but a row one cell short is looked at in cells 2 … 3 only. Not held: JX-0001 (7 days × 50.00 = 350.00)
    // and JX-0003 (10 days × 50.00 = 500.00: 「就业补助资金按每人每天 50 元标准给予生活费补贴」), JX-0005 中级工 120.00
    // (「中级工 120 元」): 350.00 + 500.00 + 120.00 = 970.00 (review 59's control 4, a cell short alone, so).
    const lines = await run1();
    const { type: _t, ...g6 } = JSON.parse(lines.find((l) => l.includes('"claimId":"JX-0006"'))!) as O;
    const header = Object.keys(CSV_COLUMNS).filter((c) => c !== "type");
    header.splice(3, 0, "type"); // id, traineeId, name, type, …
    const rows = [header.join(","), ...records(both()).map(({ type, record }) => csvRow(header, type, record))];
    const grant = csvRow(header, "grant", g6);
    expect(grant.startsWith("JX-0006,P-004,,grant,")).toBe(true);
    const damaged = `${grant.replace(/^JX-0006,P-004,/, "")},x`; // two cells lost before the type cell, one added after
    expect(damaged.split(",").length).toBe(header.length - 1);
    const a = [...ARGS];
    a[2] = "csv";
    const { ways: w } = await everyWay(a, `${[...rows, damaged].join("\n")}\n`);
    // before the mend: nothing held, JX-0006 granted 150.00 again, 1120.00 paid
    expect(each(w, (v) => [heldOf(v.m), paidOf(v.m)])).toEqual(all(w, [P004, "970.00"]));
  });

  // Confidence 85 %. Names only: no outcome or amount moves. Fix: src/cli/pipeline.ts (U/V facts) and src/engine.ts
  // unreadGrantsOf — claim-only per name, so a V grant's name is never filed under the claim's trainee.
  it.fails("2. (names) a claim id named by a grant whose trainee cannot be read and by invalid grants of other trainees: P-004's other claims name the same grants every way, as memory does (the unreadable one alone)", async () => {
    const lines = await run1();
    const i6 = lines.findIndex((l) => l.includes('"claimId":"JX-0006"'));
    const l6 = lines[i6]!;
    // five grants of Q-0000 … Q-0004, read, invalid in their amount, naming JX-0006 (each holds JX-0006 alone, and its own
    // trainee's claims); JX-0006's own grant, its trainee unreadable (a number): it holds JX-0006 and P-004's claims
    const vs = Array.from({ length: 5 }, (_, i) => l6.replace('"id":"JX-0006"', `"id":"G-${i}"`).replace('"traineeId":"P-004"', `"traineeId":"Q-000${i}"`).replace('"amount":"150.00"', '"amount":"150.001"'));
    const u = l6.replace('"traineeId":"P-004"', '"traineeId":42');
    const ledger = file("uv.ndjson", `${[...vs, u, ...lines.filter((_, i) => i !== i6)].join("\n")}\n`);
    const r = await ways([...ARGS, "--ledger", ledger, "--ledger-format", "ndjson"], `${toNdjson(both())}\n`);
    expect(each(r, (o) => heldOf(money(o).m))).toEqual(all(r, P004)); // outcomes alike every way
    expect(namesOf(r.memory!)["JX-0016"]).toBe("grant JX-0006: record");
    // at HEAD: 2 parts name JX-0006, G-0, G-2, G-4; 5 parts, threads and slices other V grants in other orders
    expect(each(r, (o) => namesOf(o))).toEqual(all(r, namesOf(r.memory!)));
  });
});
