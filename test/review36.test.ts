/**
 * Cold review 36 — how the COMMAND LINE holds claims that a prior grant set aside as invalid may have paid (the `U` line /
 * ClaimsElsewhere.unread of 48bd765), compared with evaluateBatch in process.
 *
 * Read first: gbf2019 §(十二) 「原则上每人每年可享受不超过 3次，但同一职业同一等级不可重复享受」. My own reading before the code: a
 * ledger entry that says a claim was paid, even one mistyped, is not "nothing paid"; whatever can be read of it should
 * hold what it may have paid, and every door (library, small run, spilled parts, slices, threads) must decide the same
 * document alike. Then `git diff eaea429..HEAD -- src/cli/pipeline.ts src/engine.ts src/records/document.ts`, reading
 * earlier-grant-unreadable, test/review35.test.ts, test/audit18.test.ts, test/cli-helpers.ts.
 *
 * Tried (ordinary claimant of test/support/ordinary.ts; EX-ELEC 初级工 1000.00 is the ILLUSTRATIVE Jiaxing catalogue row,
 * the texts leave the amount to the city; appraisal 120.00 is jx2019 五(十一) 「初级工、中级工120元」): a chained run (run 1
 * pays A and writes --grants-out; run 2 files A again with that grant damaged: date 2020-02-30, no traineeId) through the
 * library, the small run, 1/2/4 spilled parts, slices (evaluateSliced, 2 parts, 50-byte slices) and `node dist/cli.js
 * --threads 2` (built in this worktree; run by hand, not in this file, so the file needs no dist/): all hold A, exit 1.
 * The damaged grant's traineeId missing, a number, "" and "P1 "; no grant id; two invalid grants naming A; A held by two
 * trainees (a conflict); a claimId carrying tab and line-break characters (no injection into the `U` line: AN_ID); 5,000
 * unroutable invalid grants naming 5,000 claims, and 2,000 invalid grants naming one trainee with 2,000 claims.
 *
 * Found: a traineeId that is a string but no id ("" — a column left empty by another system — or "P1 ") is "readable" in
 * process (document.ts readableId takes any string ≤ 64) but unreadable on the spilled command line (pipeline.ts
 * unreadLine's AN_ID writes `-`): the spilled run holds every claim of the named claim's trainee, the library, the small run
 * and --threads 2 (small input: in memory) pay them. Recorded below.
 *
 * Considered and not recorded: (1) missingFacts differ by door though the outcome is the same: a grant with no id is
 * `grant #1: record` in process, `grant A: record` on the command line (unreadLine names it by its claim id); two invalid
 * grants naming A give `grant G9: record, grant G8: record` in process but only `grant G8: record` on the command line
 * (ClaimsElsewhere.unread is a Map claim id → one name; the later overwrites). No money moves. (2) Output grows as grants ×
 * claims: 2,000 invalid grants naming P0 and 2,000 claims of P0 → every claim lists 2,000 `grant Gi: record` — 733 MB of
 * JSON, 1.56 GB RSS, 24 s (`node dist/cli.js`, load ≈ 7); memory is not bounded by the input size. Same in process
 * (engine.ts unreadGrantsOf lists every name). Not a text question. (3) 5,000 distinct unroutable invalid grants: 39 s,
 * 138 MB against 18 s, 144 MB with the grants valid (load 5–7, too noisy to call). (4) Exit code 1 in every door whenever
 * a grant is invalid; with no invalid grant decideBatch's `unread` is null and the CLI passes `elsewhere` undefined, so
 * the decisions are as before by construction (compared across doors below, not against eaea429's build).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateBatch, parseClaimsDocument } from "../src/index.js";
import { cli, evaluateSliced, evaluateSpilled } from "./cli-helpers.js";
import { appraisal, cert, course, E1, JX, ts, worker } from "./support/ordinary.js";

type O = Record<string, any>;
const JXCAT = "fixtures/jiaxing/catalogue-2020.json";
const dir = mkdtempSync(join(tmpdir(), "review36-"));
const Q_GBF = "原则上每人每年可享受不超过 3次，但同一职业同一等级不可重复享受";
const src = (name: string) => readFileSync(`law/sources/${name}.txt`, "utf8").replace(/\s+/g, "");
const ARGS = ["--input", "json", "--format", "json", "--no-trace", "--catalogue", JXCAT];
const HELD = "undecidable:null:grant G9: record";

/** P1's EX-ELEC 初级工 training-subsidy grant as a prior ledger holds it (1000.00, ILLUSTRATIVE catalogue row). */
const grant = (o: O = {}): O => ({ id: "G9", claimId: "OLD-9", traineeId: "P1", measure: "trainingSubsidy", provision: "jx2019.equal-standard", payee: { kind: "trainee", id: "P1" }, amount: "1000.00", basisDate: "2020-03-01", occupationCode: "EX-ELEC", level: "junior", ...o });
const base = { trainees: [worker(), worker({ id: "P2" })], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")] };
/** A, the same certificate claimed again as A2, and its appraisal B — all P1's. */
const claims = [ts("A", "C1"), ts("A2", "C1", { submittedOn: "2020-07-02" }), appraisal("B", "C1")];

const brief = (d: O | undefined) => (d === undefined ? "missing" : `${d.outcome}:${d.amount}:${(d.missingFacts as string[]).join("+")}`);
function lib(doc: O): Record<string, string> {
  const p = parseClaimsDocument(doc);
  if (!p.ok) throw new Error(`rejected: ${JSON.stringify(p.issues)}`);
  return Object.fromEntries(evaluateBatch(JX, p.value.document).decisions.map((d) => [d.claimId, brief(d)]));
}
const fromCli = (out: string): Record<string, string> => Object.fromEntries((JSON.parse(out).decisions as O[]).map((d) => [d.claimId, brief(d)]));
/** Every command-line door but threads: the small run, 4 spilled parts, 2 parts in 50-byte slices — [exit code, decisions]. */
async function doors(doc: O, extra: string[] = []) {
  const text = JSON.stringify(doc);
  const small = await cli(["evaluate", "-", ...ARGS, ...extra], text);
  const spilled = await evaluateSpilled(["-", ...ARGS, ...extra], text, 4);
  const sliced = await evaluateSliced(["-", ...ARGS, ...extra], text, 2, 50);
  return { small: [small.code, fromCli(small.out)], spilled: [spilled.code, fromCli(spilled.out)], sliced: [sliced.code, fromCli(sliced.out)] };
}

describe("controls", () => {
  it("the passage quoted in 「」 is in law/sources, white space aside", () => {
    expect(src("gbf2019").includes(Q_GBF.replace(/\s+/g, ""))).toBe(true);
  });

  it("a chained run: run 1 pays A 1000.00 and writes --grants-out; run 2 files A again with that grant damaged (2020-02-30, no traineeId) — held in every door, exit 1", async () => {
    const grantsOut = join(dir, "run1.ndjson");
    const run1 = await cli(["evaluate", "-", ...ARGS, "--grants-out", grantsOut], JSON.stringify({ ...base, claims: [ts("A", "C1")] }));
    expect([run1.code, fromCli(run1.out)]).toEqual([0, { A: "granted:1000.00:" }]); // 1 × ILLUSTRATIVE EX-ELEC 初级工 1000.00
    const lines: O[] = readFileSync(grantsOut, "utf8").trim().split("\n").map((l) => JSON.parse(l) as O);
    expect(lines.map((g) => [g.claimId, g.amount])).toEqual([["A", "1000.00"]]);
    const damaged: O[] = lines.map(({ traineeId: _t, ...g }) => ({ ...g, id: "G9", basisDate: "2020-02-30" }));
    const ledger = join(dir, "damaged.ndjson");
    writeFileSync(ledger, damaged.map((g) => JSON.stringify(g)).join("\n") + "\n");
    const expected = { A: HELD, A2: HELD, B: HELD }; // 0 paid: not 1000.00 a second time, nor A2 1000.00 / B 120.00 past it
    expect(lib({ ...base, claims, ledger: damaged.map(({ type: _ty, ...g }) => g) })).toEqual(expected);
    const d = await doors({ ...base, claims }, ["--ledger", ledger]);
    expect(d).toEqual({ small: [1, expected], spilled: [1, expected], sliced: [1, expected] });
  });

  it("the damaged grant names claim id A, which P1 and P2 both hold (a conflict): every door denies A (claim_conflict) and holds both trainees' other claims", async () => {
    const by2 = { traineeId: "P2", claimant: { kind: "trainee", id: "P2" } };
    const doc = {
      ...base, courses: [course("K1"), course("K2", { traineeId: "P2" })], certificates: [cert("C1"), cert("C2", { traineeId: "P2", courseId: "K2" })],
      claims: [...claims, ts("A", "C2", by2), appraisal("B2", "C2", by2)], ledger: [grant({ claimId: "A", traineeId: undefined, basisDate: "2020-02-30" })],
    };
    const expected = { A: "denied:0.00:", A2: HELD, B: HELD, B2: HELD }; // nothing paid past the grant: 0 × 1000.00, 0 × 120.00
    expect(lib(doc)).toEqual(expected);
    expect(await doors(doc)).toEqual({ small: [1, expected], spilled: [1, expected], sliced: [1, expected] });
  });

  it("a damaged grant whose claimId carries tab and line breaks (\"A\\tP1\\tU\\nA2\") names no claim and injects no `U` fact: A 1000.00, then A2 refused on the same certificate, B 120.00, in every door", async () => {
    const doc = { ...base, claims, ledger: [grant({ claimId: "A\tP1\tUG9\nA2", traineeId: undefined, basisDate: "2020-02-30" })] };
    const r = lib(doc);
    expect(r["A"]).toBe("granted:1000.00:"); // 1 × ILLUSTRATIVE EX-ELEC 初级工
    expect(r["B"]).toBe("granted:120.00:"); // jx2019 五(十一) 「初级工、中级工120元」
    expect(r["A2"]?.startsWith("denied:0.00")).toBe(true); // the same certificate paid once
    expect(await doors(doc)).toEqual({ small: [1, r], spilled: [1, r], sliced: [1, r] });
  });

  it("no invalid grant: every door decides the ordinary document alike (A 1000.00, A2 refused, B 120.00), exit 0", async () => {
    const doc = { ...base, claims, ledger: [grant()] }; // a valid grant of another claim (OLD-9) of the same occupation and level
    const r = lib(doc);
    expect(await doors(doc)).toEqual({ small: [0, r], spilled: [0, r], sliced: [0, r] });
  });
});

describe("findings", () => {
  // What: a damaged grant of claim A (basisDate 2020-02-30) whose traineeId is "" — an empty column, as another system
  //   writes one — holds only A in process (evaluateBatch), in the command line's small run and with `--threads 2` on a
  //   small input: parseClaimsDocument's readableId takes "" as the grant's trainee (any string ≤ 64), so unreadGrantsOf
  //   holds `T:` (no one) and `C:A`, and P1's A2 (the same certificate again) is paid 1000.00 and B 120.00. The same
  //   document spilled into parts or slices holds A, A2 and B: pipeline.ts unreadLine reads "" as no id (AN_ID), writes `-`,
  //   and the unit holding A holds every claim of A's trainee. One document, two answers by door; the same with "P1 ".
  // Why: 「原则上每人每年可享受不超过 3次，但同一职业同一等级不可重复享受」 (gbf2019 §(十二)): the grant says claim A — P1's EX-ELEC
  //   初级工 certificate C1 — was paid; "" names no trainee (no record can have it as id: common.ts Id), so the grant's
  //   trainee is unreadable and, by the reading's own rule (review 35), it holds every claim of the trainee of the claim it
  //   names. A2 asks the very occupation and level the grant may have paid.
  // Alternatives: (1) as now in process — a string is "readable" (the reading's words: “when they are strings”), and then
  //   the spilled CLI is the door that over-holds; (2) mine — a traineeId is readable only if it is an id, in every door.
  // Confidence: 65 % that the text requires the hold (that the doors must agree: 90 %). Money per claim: A2 1000.00
  //   (1 × ILLUSTRATIVE EX-ELEC 初级工 row, paid past the grant); B 120.00 (jx2019 五(十一) 「初级工、中级工120元」).
  // Mended (2026-12-05, before the mend landed): a grant's traineeId and claimId are read only when they are ids as the
  // schema writes them (src/records/document.ts anId), so "" names nobody in every door.
  it(`「原则上每人每年可享受不超过 3次，但同一职业同一等级不可重复享受」: a damaged grant of claim A whose traineeId is "" (no id) holds every claim of A's trainee in process as the spilled command line does — A2 is not paid 1000.00 past it`, async () => {
    const doc = { ...base, claims, ledger: [grant({ claimId: "A", traineeId: "", basisDate: "2020-02-30" })] };
    const spilled = await evaluateSpilled(["-", ...ARGS], JSON.stringify(doc), 4);
    expect(fromCli(spilled.out)).toEqual({ A: HELD, A2: HELD, B: HELD }); // the spilled door holds all three (0 paid)
    expect(lib(doc)).toEqual({ A: HELD, A2: HELD, B: HELD }); // not A2 1000.00 (ILLUSTRATIVE EX-ELEC 初级工) + B 120.00 (五(十一))
  });
});
