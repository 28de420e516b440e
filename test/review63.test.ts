/**
 * Cold review 63: does d6ac2bb (src/cli/input.ts readCsv — a CSV grant row of the header's width that is not a valid grant,
 * or a claims row of that width whose type cell names no type beside a cell `grant`, carries its id-shaped cells as
 * pieces; src/cli/pipeline.ts `take` / holdPieces holds each piece as a claim id and a trainee id; grantRowPieces takes a
 * type misspelt from `grant`) hold what it should and only that? Reviewed at HEAD d6ac2bb against its parent.
 *
 * Read: `git show d6ac2bb -- src/`; src/cli/input.ts readCsv, toItem, grantLike, grantRowPieces, typeCellsOf;
 * src/cli/pipeline.ts unreadRef, holdPieces, take, validateUnroutable, the `W` / `T` facts; src/records/kinds.ts isId
 * (ID_PATTERN: any cell of letters, digits and `._:-` is id-shaped: `senior`, `150.00`, `2020-01-01`, `K-202`, the grant's
 * own id); the reading earlier-grant-unreadable; test/review62.test.ts (helpers), cli-helpers, support/cliOutput.
 *
 * How: the parent's sources (`git archive d6ac2bb^ src`, into a scratch folder under test/, removed after) imported beside
 * HEAD's, both run in process on the same inputs in memory, in 2 parts and in 4 parts on 2 threads (the built worker:
 * deciding a part is code d6ac2bb did not touch), comparing exit code, stdout and stderr byte for byte. Intact inputs: the
 * Jiaxing fixtures (claims, showcase, worked-example, reform-population) and the scenario documents as claims CSV
 * (toCsv) and NDJSON with their own first run's grants CSV as `--ledger`; docs/examples/claims.csv; a claims CSV carrying
 * the intact grant rows (type first). Then a ledger whose grant row is invalid for an ordinary reason (amount `150.001`,
 * basisDate `2020-13-01`, measure unknown), for the Jiaxing worker (ids that do not collide) and for a system numbering
 * claims and grants (payments) each from 1. Then every shift of JX-0006's ledger row that keeps its width (an empty cell
 * in at each place and the last lost; each cell lost and an empty appended; each cell lost and a neighbour doubled),
 * 18 × 19 shapes, to find those still valid grants that name the wrong trainee.
 *
 * Found:
 * 1. (money: delay, not loss; confidence 35 %) An ordinary-invalid CSV grant row of the right width (amount `150.001`)
 *    now holds every claim and trainee any of its id-shaped cells names — its own id, course / certificate id, payee id,
 *    amount — not only its claimId's and traineeId's, which it names rightly (it is not shifted). Where a system numbers
 *    its payments and its claims each from 1 (grant 3 paid claim 6), the invalid grant `3` holds claim 3 of ANOTHER
 *    trainee (P-003's 500.00 living allowance, undecidable `missing_record`) until the ledger is corrected; the parent paid
 *    it. Ids of the Jiaxing kind (JX-…, P-…, K-…, G…) never collide: the plain claimant is paid byte for byte as before
 *    (controls). Fix: src/cli/input.ts readCsv — carry a right-width row's pieces only when it may be shifted: its
 *    claimId / traineeId cells not ids, or a cell before them (type, id) or next to them (measure, provision,
 *    payee.kind) failing; a row whose only issues lie in later cells (amount, dates, level) names its claim and trainee
 *    where they belong, as the parent held.
 * 2. (money: 150.00 paid twice; confidence 15 %) A `--ledger` CSV row of JX-0006's grant that lost its traineeId cell and
 *    had its id cell doubled (a cell deleted, a neighbour pasted twice — the library writes id = claimId, so the row reads
 *    `grant,JX-0006,JX-0006,JX-0006,appraisalSubsidy,…,trainee,P-004,…`) keeps the header's width and is a VALID grant:
 *    parseGrant passes, no piece is read, the grant is P-004's claim filed under «trainee JX-0006», and next month's
 *    JX-0016 (K-202 高级工 again) is paid 150.00 again — memory, parts and threads alike, before and after d6ac2bb. Its
 *    payee (`trainee`, P-004) and its basisKeys (`appraisalSubsidy|P-004|certificate K-202`) still name P-004. Of the
 *    343 shapes probed, only four (three rows: traineeId lost and `grant`, the id / claimId or the measure doubled —
 *    the last reads «trainee appraisalSubsidy») stay valid and name the wrong trainee; the rest fail (pieces held) or
 *    name the right claim and trainee (the trailing reference cells move, but the intact basisKeys still deny JX-0016).
 *    Likely in practice: low — a cell deleted with "shift left" and a neighbour pasted twice, in exactly the traineeId
 *    cell; every other shift of the id cells fails as a grant and is held since d6ac2bb.
 *    Fix: src/records (grant schema) or src/cli/pipeline.ts: a grant paid to a
 *    trainee (`payee.kind` trainee) whose payee.id is not its traineeId is invalid (so held by its pieces), or its payee
 *    id is read as its trainee too.
 * 3. (not money; confidence 60 %) An ordinary-invalid ledger row now names the claims it holds twice: `missing_record`
 *    reads `grant JX-0001: record, grant row-3: record` (its id, then its pieces' name, the row) where the parent read
 *    `grant JX-0001: record`; outcomes and amounts unchanged, every way. Fix: src/cli/pipeline.ts holdPieces — name the
 *    pieces of a row that reads an id by that id, or skip those its claimId / traineeId already hold.
 *
 * Held (controls below): every intact input (329 inputs from 82 documents, 987 runs each side) is decided byte for byte
 * as by the parent, every way (the Jiaxing worker with an intact ledger of others' grants paid exactly as before); with
 * one of those grants invalid for an ordinary reason and no ids colliding, every claim decided as before (outcome,
 * amount, reasons; only finding 3's naming differs); a claims-CSV trainee row named `Grant` with its type cell empty or
 * misspelt decides as before; finding 1's numbered ledger holds the same claims in memory, 2 parts and 2 threads
 * (threads and parts hold what memory holds); the shapes of finding 2 are decided alike every way.
 * Findings 1 and 3 mended after the review (a right-width grant row is read by its pieces only when a field that says what
 * it is and whose breaks: mayBeShifted; its pieces named by its own id); their tests are `it` now. Finding 2 left (15 %).
 * Controls are `it(...)`; the defects are `it.fails(...)` asserting what is right (each run once as `it` and seen failing
 * at its last assertion). The threads runs need the built worker (`npm run build`).
 */
import { execSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cli, evaluateSpilled, evaluateThreaded, fixture, toCsv, toNdjson, WORKER, type Doc } from "./cli-helpers.js";
import { CSV_COLUMNS } from "../src/cli/csv.js";
import { heldNames, money, scratch, withNextMonth, HELD } from "./support/cliOutput.js";

vi.setConfig({ testTimeout: 600_000 });
type O = Record<string, any>;
type Run = { code: number; out: string; err: string };

const file = scratch("review63-");
const ND = ["-", "--input", "ndjson", "--format", "ndjson", "--no-trace", "--lang", "en"];
const CSV = ["-", "--input", "csv", "--format", "ndjson", "--no-trace", "--lang", "en"];

/** The parent's sources (d6ac2bb^), imported beside HEAD's. */
let base = "";
let oldEvaluate: (args: string[], io: unknown, opts?: O) => Promise<number>;
beforeAll(async () => {
  base = mkdtempSync(join(import.meta.dirname, ".review63-parent-"));
  execSync(`git archive d6ac2bb^ src | tar -x -C '${base}' && find '${base}' -name '*.test.ts' -delete`);
  oldEvaluate = ((await import(join(base, "src/cli/commands/evaluate.ts"))) as O)["evaluate"];
}, 120_000);
afterAll(() => rmSync(base, { recursive: true, force: true }));

function io(stdin: string, sink: { out: string; err: string }) {
  return { stderrIsTTY: false, stdout: (t: string) => void (sink.out += t), stderr: (t: string) => void (sink.err += t), stdin: () => [Buffer.from(stdin, "utf8")][Symbol.iterator]() as unknown as AsyncIterable<Buffer> };
}
/** The parent's `evaluate` with `opts` (spill, parts, threads as cli-helpers runs HEAD's). */
async function parent(args: string[], stdin: string, opts: O = {}): Promise<Run> {
  const sink = { out: "", err: "" };
  const code = await oldEvaluate(args, io(stdin, sink), opts);
  return { code, ...sink };
}
const pick = (r: Run): Run => ({ code: r.code, out: r.out, err: r.err });
/** One input decided every way, by HEAD and by the parent. */
async function bothWays(args: string[], stdin: string) {
  const head = {
    memory: pick(await cli(["evaluate", ...args], stdin)),
    "2 parts": pick(await evaluateSpilled(args, stdin, 2)),
    "2 threads": pick(await evaluateThreaded(args, stdin, 4, 2)),
  };
  const old = {
    memory: await parent(args, stdin),
    "2 parts": await parent(args, stdin, { spillAfter: 2, parts: 2 }),
    "2 threads": await parent([...args, "--threads", "2"], stdin, { spillAfter: 2, parts: 4, workerFile: WORKER }),
  };
  return { head, old };
}

/** A document's first run (HEAD), its grants as a CSV ledger's lines. */
async function grantsCsv(doc: Doc): Promise<string[]> {
  const out = file("grants.csv");
  await cli(["evaluate", ...ND, "--grants-out", out, "--grants-format", "csv"], `${toNdjson(doc)}\n`);
  return readFileSync(out, "utf8").split("\n").filter((l) => l !== "");
}
const ledgerFile = (lines: string[]) => file("ledger.csv", `${lines.join("\n")}\n`);

/** The intact documents: the Jiaxing fixtures and the scenarios' records. */
function documents(): Record<string, Doc> {
  const docs: Record<string, Doc> = { "jiaxing next month": withNextMonth() };
  for (const f of ["claims", "showcase", "worked-example", "reform-population"]) docs[`jiaxing/${f}`] = JSON.parse(readFileSync(`fixtures/jiaxing/${f}.json`, "utf8")) as Doc;
  const dir = "fixtures/scenarios/jiaxing";
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    for (const [i, s] of (JSON.parse(readFileSync(join(dir, f), "utf8")) as O[]).entries()) {
      const r = s["records"] as O | undefined;
      if (r !== undefined && typeof r === "object" && !Array.isArray(r) && Object.values(r).every(Array.isArray)) docs[`${f}#${i}`] = r as Doc;
    }
  }
  return docs;
}

/** The first run's grants as a CSV ledger, JX-0001's row (P-001's) invalid for an ordinary reason, by shape. */
async function ordinaryInvalid(): Promise<Record<string, string>> {
  const lines = await grantsCsv(fixture());
  const i1 = lines.findIndex((l) => l.startsWith("grant,JX-0001,"));
  const shapes = {
    "amount 350.001": lines[i1]!.replace(",350.00,", ",350.001,"),
    "basisDate 2020-13-08": lines[i1]!.replace(",2020-03-08,", ",2020-13-08,"),
    "measure unknown": lines[i1]!.replace(",livingAllowance,", ",livingAllowanse,"),
  };
  return Object.fromEntries(Object.entries(shapes).map(([name, row]) => [name, ledgerFile(lines.map((l, i) => (i === i1 ? row : l)))]));
}

const heldOf = (m: Record<string, string>) => Object.keys(m).filter((c) => m[c] === HELD).sort();
const paidOf = (m: Record<string, string>) => Object.values(m).filter((o) => o.startsWith("granted")).reduce((s, o) => s + Number(o.split(":")[1]), 0).toFixed(2);

describe("cold review 63: controls (passing)", () => {
  it("every intact input — claims CSV, NDJSON with its first run's grants as a CSV ledger, a claims CSV carrying intact grant rows, docs/examples/claims.csv — is decided byte for byte as by d6ac2bb^, in memory, 2 parts and 2 threads", async () => {
    const inputs: [string, string[], string][] = [["docs/examples/claims.csv", CSV, readFileSync("docs/examples/claims.csv", "utf8")]];
    for (const [name, doc] of Object.entries(documents())) {
      const lines = await grantsCsv(doc);
      const ledger = ledgerFile(lines);
      inputs.push([`${name}: claims CSV`, CSV, `${toCsv(doc)}\n`]);
      inputs.push([`${name}: NDJSON, CSV ledger (${lines.length - 1} grants)`, [...ND, "--ledger", ledger], `${toNdjson(doc)}\n`]);
      inputs.push([`${name}: claims CSV, CSV ledger`, [...CSV, "--ledger", ledger], `${toCsv(doc)}\n`]);
      // the grants as rows of the claims CSV (type first, every column)
      const header = Object.keys(CSV_COLUMNS);
      const grantRows = lines.slice(1).map((l) => {
        const cells = l.split(",");
        const g = Object.fromEntries(lines[0]!.split(",").map((c, k) => [c, cells[k]!]));
        return header.map((c) => (c in g ? g[c] : "")).join(",");
      });
      inputs.push([`${name}: claims CSV with its grants`, CSV, `${[toCsv(doc), ...grantRows].join("\n")}\n`]);
    }
    let compared = 0;
    let granted = 0;
    // Changed (2026-12-07, cold review 106's mend): two claims of one basis date are judged in order of filing date, then id,
    // where d6ac2bb^ took them by id alone, so the lines of such claims come in another order; each decision is compared
    // byte for byte still, the output's lines as a set (the money of a tie that moved is compared with them).
    const asSet = (runs: Record<string, Run>) => Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, { ...r, out: r.out.split("\n").sort().join("\n") }]));
    // Changed (2026-12-07, reading apprenticeship-standard-out-of-range, cold review 109 F1): the two scenarios of a standard
    // outside 4000–10000 are held now where d6ac2bb^ refused them; they are left out of the byte-for-byte comparison.
    const changedByDesign = (name: string) => name.startsWith("apprenticeship.json#4:") || name.startsWith("apprenticeship.json#6:");
    for (const [name, args, stdin] of inputs) {
      if (changedByDesign(name)) continue;
      const { head, old } = await bothWays(args, stdin);
      expect({ name, ...asSet(head) }).toEqual({ name, ...asSet(old) });
      compared += 3;
      granted += Object.values(money(head.memory.out).m).filter((o) => o.startsWith("granted")).length;
    }
    expect(compared).toBeGreaterThanOrEqual(3 * 4 * 5);
    expect(granted).toBeGreaterThan(20); // not only refusals compared
  });

  it("the Jiaxing worker with a CSV ledger of others' grants, one invalid for an ordinary reason (amount 350.001, basisDate 2020-13-08, measure unknown), no ids colliding: every claim decided as by d6ac2bb^ (outcome, amount, reasons), every way", async () => {
    for (const [name, ledger] of Object.entries(await ordinaryInvalid())) {
      const { head, old } = await bothWays([...ND, "--ledger", ledger], `${toNdjson(withNextMonth())}\n`);
      const m = (w: Record<string, Run>) => Object.fromEntries(Object.entries(w).map(([k, r]) => [k, money(r.out)]));
      expect({ name, ...m(head) }).toEqual({ name, ...m(old) });
      // P-001's JX-0001 and JX-0008 held (its grant unreadable); P-003's JX-0003 and JX-0005, P-004's JX-0006 denied
      // (already decided), JX-0009 and JX-0016 denied (K-202's 高级工 already granted): nothing paid, as before
      expect([heldOf(m(head)["memory"]!.m), paidOf(m(head)["memory"]!.m)]).toEqual([["JX-0001", "JX-0008"], "0.00"]);
    }
  });

  it("a claims-CSV trainee row (P-001) named `Grant`, its type cell empty, `Trainee` or `trainees` (no type, a cell grant-like: now read by its pieces): every claim decided as by d6ac2bb^, every way", async () => {
    const lines = toCsv(withNextMonth()).split("\n");
    for (const t of ["", "Trainee", "trainees"]) {
      const text = `${lines.map((l) => (l.startsWith("trainee,P-001,") ? l.replace("trainee,P-001,,王小梅,", `${t},P-001,,Grant,`) : l)).join("\n")}\n`;
      expect(text).toContain(`\n${t},P-001,,Grant,`);
      const { head, old } = await bothWays(CSV, text);
      const m = (w: Record<string, Run>) => Object.fromEntries(Object.entries(w).map(([k, r]) => [k, money(r.out)]));
      expect({ t, ...m(head) }).toEqual({ t, ...m(old) });
    }
  });
});

/** A system numbering claims 1, 2, … (JX-000n → n, JX-0016 → 16). */
const numbered = (doc: Doc): Doc => JSON.parse(JSON.stringify(doc).replace(/"JX-00(\d\d)"/g, (_, n: string) => `"${Number(n)}"`)) as Doc;

describe("cold review 63: findings", () => {
  // Confidence 35 %. Money: a delay (P-003's 500.00 held until the ledger is corrected), never paid twice. Fix:
  // src/cli/input.ts readCsv — pieces only for a right-width row that may be shifted (its issues reach its id cells).
  // Mended (2026-12-06, after the review): src/cli/input.ts mayBeShifted, src/cli/pipeline.ts holdPieces.
  it("1. (delay) a ledger numbering its payments apart from its claims: grant 3 (paid claim 6, P-004) with amount 150.001 holds claim 3 of P-003 too — the parent paid it 500.00", async () => {
    const doc = numbered(withNextMonth());
    const lines = await grantsCsv(numbered(fixture()));
    const g6 = lines.find((l) => l.startsWith("grant,6,6,P-004,"))!;
    // payment 3 paid claim 6: its id 3, its amount mistyped
    const ledger = ledgerFile([lines[0]!, g6.replace(/^grant,6,/, "grant,3,").replace(",150.00,", ",150.001,")]);
    expect(readFileSync(ledger, "utf8")).toContain("grant,3,6,P-004,appraisalSubsidy,"); // names claim 6 and P-004 where they belong
    const { head, old } = await bothWays([...ND, "--ledger", ledger], `${toNdjson(doc)}\n`);
    const ways = (w: Record<string, Run>) => Object.fromEntries(Object.entries(w).map(([k, r]) => [k, money(r.out).m]));
    const h = ways(head);
    const o = ways(old);
    // threads and parts hold what memory holds, at HEAD and in the parent
    for (const m of Object.values(h)) expect(m).toEqual(h["memory"]);
    for (const m of Object.values(o)) expect(m).toEqual(o["memory"]);
    // the parent paid claim 3 (P-003's living allowance): 10 days × 50.00 = 500.00 (「就业补助资金按每人每天 50 元标准给予生活费补贴」)
    for (const m of Object.values(o)) expect(m["3"]!.split(":").slice(0, 2).join(":")).toBe("granted:500.00");
    // the parent: P-004's claims 6, 7, 9, 16 held; claim 3 (P-003, 10 days × 50.00 = 500.00: 「就业补助资金按每人每天 50 元
    // 标准给予生活费补贴」) paid
    expect(heldOf(Object.values(o)[0]!)).toEqual(["16", "6", "7", "9"]);
    // right: claim 3 is no claim grant 3 paid (its claimId and traineeId cells are intact): paid 500.00 as before
    for (const m of Object.values(h)) expect(m["3"]).toBe(Object.values(o)[0]!["3"]);
  });

  // Confidence 15 %. Money: JX-0016 paid 150.00 for K-202's 高级工 appraisal JX-0006 was paid for (「高级工、技师 150 元」).
  // Fix: the grant schema (src/records) or src/cli/pipeline.ts — a trainee payee's id that is not the grant's traineeId.
  it.fails("2. (money) a `--ledger` CSV row of JX-0006's grant that lost its traineeId cell and had its id doubled (the header's width, a valid grant naming «trainee JX-0006») holds P-004's claims: JX-0016 not paid 150.00 again", async () => {
    const lines = await grantsCsv(fixture());
    const i6 = lines.findIndex((l) => l.startsWith("grant,JX-0006,JX-0006,P-004,"));
    const c = lines[i6]!.split(",");
    const h = lines[0]!.split(",");
    const shapes: Record<string, string[]> = {};
    for (let p = 0; p <= c.length; p++) shapes[`an empty cell in at ${p}, the last lost`] = [...c.slice(0, p), "", ...c.slice(p)].slice(0, -1);
    for (let p = 0; p < c.length; p++) shapes[`${h[p]} lost, an empty cell appended`] = [...c.filter((_, k) => k !== p), ""];
    for (let p = 0; p < c.length; p++) {
      const l = c.filter((_, k) => k !== p);
      for (let q = 0; q < l.length; q++) shapes[`${h[p]} lost, cell ${q} doubled`] = [...l.slice(0, q), l[q]!, ...l.slice(q)];
    }
    const nd = `${toNdjson(withNextMonth())}\n`;
    const paidAgain: string[] = [];
    for (const [name, row] of Object.entries(shapes)) {
      expect(row).toHaveLength(h.length);
      const r = await cli(["evaluate", ...ND, "--ledger", ledgerFile(lines.map((l, i) => (i === i6 ? row.join(",") : l)))], nd);
      if (money(r.out).m["JX-0016"]!.startsWith("granted")) paidAgain.push(name);
    }
    expect(Object.keys(shapes).length).toBeGreaterThan(300);
    // the three that stay valid: `grant,grant,JX-0006,JX-0006,…` and `grant,JX-0006,JX-0006,JX-0006,…` (twice)
    // the four that stay valid: traineeId lost and cell 0 (`grant`), 1 or 2 (JX-0006) or 3 (the measure) doubled
    expect(paidAgain.every((n) => /^traineeId lost, cell [0-3] doubled$/.test(n))).toBe(true);
    const ledger = ledgerFile(lines.map((l, i) => (i === i6 ? shapes["traineeId lost, cell 1 doubled"]!.join(",") : l)));
    const { head, old } = await bothWays([...ND, "--ledger", ledger], nd);
    const all = [...Object.values(head), ...Object.values(old)].map((r) => money(r.out).m);
    for (const m of all) expect(m).toEqual(all[0]); // alike every way, before and after d6ac2bb
    expect(all[0]!["JX-0006"]).toBe("denied:0.00:duplicate_claim"); // its claim id still read
    // right: P-004's next claim on K-202 is held (or denied as already granted), not paid 150.00 again
    expect(paidAgain).toEqual([]);
  });

  // Confidence 60 %. Not money: the same claims held, their `missing_record` naming one grant twice. Fix:
  // src/cli/pipeline.ts holdPieces — name a right-width row's pieces by its readable id (as validateUnroutable does),
  // not by its row, or skip the pieces its claimId and traineeId already hold.
  // Mended (2026-12-06, after the review): src/cli/input.ts mayBeShifted, src/cli/pipeline.ts holdPieces.
  it("3. (no money) a held claim names the ordinary-invalid ledger grant that holds it once, as before: `grant JX-0001: record`, not also `grant row-3: record`", async () => {
    const out: Record<string, string> = {};
    for (const [name, ledger] of Object.entries(await ordinaryInvalid())) {
      const { head, old } = await bothWays([...ND, "--ledger", ledger], `${toNdjson(withNextMonth())}\n`);
      const named = (w: Record<string, Run>) => Object.fromEntries(Object.entries(w).map(([k, r]) => [k, heldNames(r.out)["JX-0001"]]));
      expect(named(old)).toEqual({ memory: "grant JX-0001: record", "2 parts": "grant JX-0001: record", "2 threads": "grant JX-0001: record" });
      for (const [k, v] of Object.entries(named(head))) out[`${name}, ${k}`] = v!;
    }
    // at HEAD: `grant JX-0001: record, grant row-3: record` every way (the outcome and amount unchanged)
    expect(Object.values(out)).toEqual(Object.values(out).map(() => "grant JX-0001: record"));
  });
});

