/**
 * Cold review 58: the newest hold (707bca8: a grant that cannot be read as one record holds every claim of the trainee any
 * of its pieces may name), through every way of deciding. Reviewed at HEAD 707bca8.
 *
 * Read: `git show 707bca8`; the reading earlier-grant-unreadable; docs/performance.md ("A large part decided in slices");
 * src/cli/pipeline.ts (take, unreadLine's `W` lines, the claim-id files loop adding `T` facts to `unitOf(hash32(piece))`,
 * the facts reading, PartJoins / sharedRoots, sliceOf / lineHash / routeKey), src/engine.ts (unreadGrantsOf),
 * src/cli/input.ts (idTokens, grantIds, the CSV wrong-width row's cells); test/review57, cli-slices, cli-helpers.
 *
 * How: review 57's scenario. Run 1 on the Jiaxing fixture pays JX-0006 150.00 (P-004's 数控车工 高级工 appraisal on
 * certificate K-202: jx2019 「高级工、技师 150 元」) and writes its grants; JX-0006's grant is damaged (NDJSON line cut
 * short after `"measure":…`, CSV row a cell short); next month's batch files JX-0016, P-004's appraisal on K-202 again,
 * which with the intact ledger is denied (gbf2019 「同一职业同一等级不可重复享受」) and so must be held, never paid. Each
 * case is decided in memory, in 2 and 4 parts, in 4 parts on 2 threads, and in 1 and 2 parts cut into slices of 150 and
 * 400 bytes (evaluateSliced: 40–115 slice files, the batch padded with 30–60 trainees so P-004 is not alone), with
 * `--order trainee`, `--threads 2` and both; P-004 in a part joined by a training package (PK-1 claimed by 8 trainees:
 * the parts decided whole); the damaged grant in the claims input (NDJSON, CSV) as well as in `--ledger` (NDJSON, CSV).
 * Outside the file: the code before 707bca8 (`git archive 707bca8^ src`, bundled with esbuild, the same runner as HEAD)
 * and HEAD decided 72 runs — the fixture, next month's batch and both together; ledgers intact, with JX-0006's amount
 * `150.001`, its trainee unreadable (`P 004`), an unknown key, in NDJSON and CSV; in memory, 2 parts, 4 parts and
 * slices — byte for byte alike (no `W` line, no `T` fact where nothing is cut).
 *
 * Found (nothing moves money):
 * 1. (no money: one more round of correction; 45 %) Two grants that cannot be read as one record both naming P-004 (two
 *    lines cut short) hold JX-0016 naming only the last (`grant line-2: record`); the same two grants damaged only in
 *    their amounts name both (`grant JX-0006: record, grant JX-0099: record`), as the engine's «at most 10 to a key»
 *    intends. The official corrects line 2, runs again, and is told of line 1 only then. Why: pipeline.ts keeps one name
 *    per piece — the small path's `new Map(unreadRefs.map(…))` and the facts' `unreadTrainees.set` / `unread.set` (last
 *    wins); ClaimsElsewhere.unread / unreadTrainees carry one name per id. Same, before 707bca8, for two cut lines naming
 *    one claim id. Fix: src/cli/pipeline.ts (carry every name: a list per id, at most UNREAD_NAMED) and src/engine.ts
 *    ClaimsElsewhere / unreadGrantsOf (note each).
 *    Mended (branch mend58): ClaimsElsewhere.unread / unreadTrainees carry every name of an id (a list, at most
 *    UNREAD_NAMED; a single name still accepted), the pipeline's addName in memory and in the `T` / `U` / `V` facts, the
 *    engine's namesById reading ids in code-unit order; the `it.fails` below is an `it`; controls in test/mend58.test.ts.
 *
 * Held (controls below): the `T` fact reaches the slice holding P-004 (parts decided in slices, on threads too); every
 * order / thread combination; a package-joined part; the damaged grant in the claims input and in the ledger, NDJSON and
 * CSV; an intact ledger and one damaged only in the amount decide as before 707bca8; a cut grant whose pieces are an
 * enterprise, a course, a certificate of this batch and an unknown trainee holds nothing, every way.
 *
 * Controls are `it(...)`; the defect is an `it.fails(...)` asserting what is right (run once as `it` and seen failing at
 * its last assertion). The threads runs need the built worker (`npm run build`).
 */
import { describe, expect, it, vi } from "vitest";
import { cli, evaluateSliced, evaluateSpilled, evaluateThreaded, fixture, sliceHolding, toCsv, toNdjson, type Doc } from "./cli-helpers.js";
import { CSV_COLUMNS, csvRow } from "../src/cli/csv.js";
import { money, scratch, heldNames, firstRunGrants, ARGS, HELD } from "./support/cliOutput.js";

vi.setConfig({ testTimeout: 300_000 });
type O = Record<string, any>;

const file = scratch("review58-");
const ND = (doc: Doc = fixture()) => `${toNdjson(doc)}\n`;
// gbf2019 「同一职业同一等级不可重复享受」: K-202's 数控车工 高级工 appraisal paid by JX-0006 → JX-0016 denied with the intact ledger
const DENIED = "denied:0.00:appraisal_already_granted";

/** Per claim, the grant(s) a held claim asks for (`missing_record`'s field). */
const held = heldNames;

/** Run 1 on the fixture (JX-0006 granted 150.00: 「高级工、技师 150 元」), its grants in `format`, JX-0006's first. */
const run1 = (format: "csv" | "ndjson") => firstRunGrants(file, ARGS, format);
const cut = (l: string) => l.slice(0, 120); // after `"measure":"appraisalSubsidy","provision":"jx2019.`: P-004 among its pieces
const short = (r: string) => r.replace(",senior,", ","); // a CSV grant row a cell short
const ledger = (name: string, text: string, format = "ndjson") => ["--ledger", file(name, text), "--ledger-format", format];
const cutLedger = (lines: string[]) => ledger("cut.ndjson", [cut(lines[0]!), ...lines.slice(1)].join("\n") + "\n");

/** Next month's batch: the fixture's records, one claim JX-0016 (P-004's appraisal on K-202 again), and `pad` more trainees. */
function nextMonth(pad = 30): Doc {
  const doc = fixture();
  const j6 = doc["claims"]!.find((c) => c["id"] === "JX-0006")!;
  doc["claims"] = [{ ...j6, id: "JX-0016", submittedOn: "2020-01-10" }];
  const p1 = doc["trainees"]!.find((t) => t["id"] === "P-001")!;
  for (let i = 0; i < pad; i++) doc["trainees"]!.push({ ...p1, id: `Q-${String(i).padStart(4, "0")}` });
  return doc;
}

type Run = { code: number; out: string };
/** One batch every way: memory, 2 and 4 parts, 4 parts on 2 threads, 1 part in slices of 150 bytes, 2 parts in slices of 400. */
async function ways(text: string, extra: string[], input = "ndjson"): Promise<Record<string, Run>> {
  const a = [...ARGS, ...extra];
  a[2] = input;
  return {
    memory: await cli(["evaluate", ...a], text),
    "2 parts": await evaluateSpilled(a, text, 2),
    "4 parts": await evaluateSpilled(a, text, 4),
    "2 threads": await evaluateThreaded(a, text, 4, 2),
    "slices 150": await evaluateSliced(a, text, 1, 150),
    "2 parts, slices 400": await evaluateSliced(a, text, 2, 400),
  };
}
const each = (r: Record<string, Run>, f: (v: Run) => unknown) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, f(v)]));
const all = (r: Record<string, Run>, v: unknown) => Object.fromEntries(Object.keys(r).map((k) => [k, v]));

describe("cold review 58: controls (passing)", () => {
  it("parts decided in slices: the T fact reaches the slice holding P-004 (not slice 0), JX-0016 held naming `grant line-1: record`; on 2 threads in slices too", async () => {
    // reading earlier-grant-unreadable: the cut line's piece P-004 «is read as the trainee the grant may name too, so every
    // claim of that trainee is held» — JX-0016 undecidable, asking for the grant corrected; never granted 150.00 again
    const lines = await run1("ndjson");
    const nd = ND(nextMonth(60));
    const out: Record<string, unknown> = {};
    for (const [parts, bytes] of [[1, 150], [2, 150], [1, 400], [2, 1000]] as const) {
      const s = await evaluateSliced([...ARGS, ...cutLedger(lines)], nd, parts, bytes);
      expect(Object.keys(s.slices).length).toBeGreaterThan(10); // decided in slices
      expect(sliceHolding(s.slices, "P-004")).toMatch(/^in-\d+-[1-9]\d*$/); // P-004 not in a part's first slice
      out[`${parts} parts, slices ${bytes}`] = [money(s.out).m["JX-0016"], held(s.out)["JX-0016"]];
      const t = await evaluateThreaded([...ARGS, ...cutLedger(lines)], nd, 2 * parts, 2, bytes);
      out[`${2 * parts} parts on 2 threads, slices ${bytes}`] = [money(t.out).m["JX-0016"], held(t.out)["JX-0016"]];
    }
    expect(out).toEqual(Object.fromEntries(Object.keys(out).map((k) => [k, [HELD, "grant line-1: record"]])));
  });

  it("--order trainee, --threads 2 and both: JX-0016 held, every way (memory, 2 and 4 parts, 2 threads, slices)", async () => {
    // as above: P-004's claims are held whatever order the output is written in, whatever threads decide the parts
    const lines = await run1("ndjson");
    const nd = ND(nextMonth());
    const out: Record<string, unknown> = {};
    for (const extra of [["--order", "trainee"], ["--threads", "2"], ["--order", "trainee", "--threads", "2"]]) {
      const r = await ways(nd, [...cutLedger(lines), ...extra]);
      for (const [k, v] of Object.entries(r)) out[`${extra.join(" ")} ${k}`] = `${money(v.out).m["JX-0016"]} ${held(v.out)["JX-0016"]} exit ${v.code}`;
    }
    expect(out).toEqual(Object.fromEntries(Object.keys(out).map((k) => [k, `${HELD} grant line-1: record exit 1`])));
  });

  it("a package-joined group (PK-1 claimed by P-004 and 7 others: their parts joined, decided whole): P-004's JX-0016 and package claim held, no other trainee's claim held", async () => {
    // the reading holds every claim of the trainee the piece names — P-004's two claims — and no claim of anyone else
    const lines = await run1("ndjson");
    const doc = nextMonth();
    const pkg = (t: string) => ({ id: `PK-${t}`, measure: "trainingPackageGrant", traineeId: t, claimant: { kind: "organizer", id: "SCHOOL-1" }, submittedOn: "2020-09-01", amountClaimed: "100.00", trainingPackage: { id: "PK-1", developerKind: "vocationalCollege", commissioned: true } });
    for (const t of ["P-004", "P-001", "P-002", "P-003", "P-005", "Q-0001", "Q-0002", "Q-0003"]) doc["claims"]!.push(pkg(t));
    const r = await ways(ND(doc), cutLedger(lines));
    expect(each(r, (v) => held(v.out))).toEqual(all(r, { "JX-0016": "grant line-1: record", "PK-P-004": "grant line-1: record" }));
    expect(each(r, (v) => money(v.out).m["JX-0016"])).toEqual(all(r, HELD));
    const ref = money(r.memory!.out).m;
    expect(each(r, (v) => money(v.out).m)).toEqual(all(r, ref)); // every way decides the others alike
  });

  it("the damaged grant in the claims input (NDJSON cut, CSV row a cell short) holds JX-0016 as in --ledger (NDJSON cut, CSV row a cell short), every way", async () => {
    // the reading: «in a ledger, or saying it is a grant in a claims file» — held either way
    const lines = await run1("ndjson");
    const rows = await run1("csv");
    const doc = nextMonth();
    const out: Record<string, unknown> = {};
    const csv = toCsv(doc).split("\n");
    const { type: _t, ...g0 } = JSON.parse(lines[0]!) as O;
    const grantRow = csvRow(Object.keys(CSV_COLUMNS), "grant", g0); // JX-0006's grant under the claims file's columns
    expect(grantRow).toContain(",senior,");
    for (const [name, text, extra, input] of [
      ["input ndjson", ND(doc) + cut(lines[0]!) + "\n", [], "ndjson"],
      ["input csv", [...csv, short(grantRow)].join("\n") + "\n", [], "csv"],
      ["ledger ndjson", ND(doc), cutLedger(lines), "ndjson"],
      ["ledger csv", ND(doc), ledger("short.csv", rows.map((r, i) => (i === 1 ? short(r) : r)).join("\n") + "\n", "csv"), "ndjson"],
    ] as const) {
      const r = await ways(text, [...extra], input);
      for (const [k, v] of Object.entries(r)) out[`${name} ${k}`] = money(v.out).m["JX-0016"];
    }
    expect(out).toEqual(Object.fromEntries(Object.keys(out).map((k) => [k, HELD])));
  });

  it("an intact ledger and one damaged only in its amount decide as before 707bca8: JX-0016 denied / held `grant JX-0006: record`; the fixture run again pays nothing", async () => {
    // before 707bca8 (review 57's controls, and 72 runs compared byte for byte outside this file): intact → JX-0016
    // denied (K-202's 高级工 paid); amount `150.001` (an invalid grant, trainee P-004 read) → held by `grant JX-0006: record`
    const lines = await run1("ndjson");
    const intact = await ways(ND(nextMonth()), ledger("intact.ndjson", lines.join("\n") + "\n"));
    expect(each(intact, (v) => [money(v.out).m["JX-0016"], v.code])).toEqual(all(intact, [DENIED, 0]));
    const amount = await ways(ND(nextMonth()), ledger("amount.ndjson", [lines[0]!.replace('"amount":"150.00"', '"amount":"150.001"'), ...lines.slice(1)].join("\n") + "\n"));
    expect(each(amount, (v) => held(v.out))).toEqual(all(amount, { "JX-0016": "grant JX-0006: record" }));
    // the fixture run again on the intact ledger (docs/cli.md: «The same claims run again with it as the ledger pay nothing new»)
    const again = await ways(ND(), ledger("intact2.ndjson", lines.join("\n") + "\n"));
    expect(each(again, (v) => Object.values(money(v.out).m).filter((o) => o.startsWith("granted")))).toEqual(all(again, []));
    expect(each(again, (v) => money(v.out).m["JX-0006"])).toEqual(all(again, "denied:0.00:duplicate_claim"));
  });

  it("no over-holding: a cut grant whose pieces are an enterprise (E-1), a course (C-101), a certificate (K-202) of this batch and an unknown trainee holds nothing; run 1 pays its 1120.00 as without it, every way", async () => {
    // pieces are read as claim ids and trainee ids of this batch only; E-1, C-101, K-202, P-OLD, OLD-1 are neither:
    // 350.00 (JX-0001: 7 days × 50.00) + 500.00 + 120.00 + 150.00 (JX-0006, 「高级工、技师 150 元」) = 1120.00, as in run 1
    const other = '{"type":"grant","id":"OLD-1","claimId":"OLD-1","traineeId":"P-OLD","measure":"workForTrainingSubsidy","payee":{"kind":"enterprise","id":"E-1"},"courseId":"C-101","certificateId":"K-202","enterpriseId":"E-1","amo';
    const batch = ND() + JSON.stringify({ type: "enterprise", id: "E-1", name: "示例企业", region: "330400", unemploymentInsuranceRegion: "330400" }) + "\n";
    const plain = money((await cli(["evaluate", ...ARGS], batch)).out).m;
    const r = await ways(batch, ledger("other.ndjson", `${other}\n`));
    expect(each(r, (v) => held(v.out))).toEqual(all(r, {}));
    expect(each(r, (v) => money(v.out).m)).toEqual(all(r, plain));
    const paid = Object.values(plain).filter((o) => o.startsWith("granted")).reduce((s, o) => s + Number(o.split(":")[1]), 0);
    // JX-0001 7 days × 50.00 = 350.00 + JX-0003 10 days × 50.00 = 500.00 (「按每人每天 50 元标准给予生活费补贴」) + JX-0005 中级工 120.00
    // + JX-0006 高级工 150.00 (「初级工、中级工 120 元，高级工、技师 150 元」) = 1120.00
    expect(paid.toFixed(2)).toBe("1120.00");
    expect(each(r, (v) => v.code)).toEqual(all(r, 1)); // the grant is listed invalid: exit 1
  });
});

describe("cold review 58: findings", () => {
  // Confidence 45 %. Money: none (held either way); one more round of correction. Fix: src/cli/pipeline.ts (the small path's
  // `new Map(unreadRefs…)`, the facts' `unreadTrainees.set` / `unread.set`: one name per id, last wins) and src/engine.ts
  // ClaimsElsewhere.unread / unreadTrainees (a list of names per id, at most UNREAD_NAMED), as unreadGrantsOf notes each.
  it("1. (naming) two cut grant lines both naming P-004 hold JX-0016 naming both, as two grants damaged in their amounts do", async () => {
    // engine unreadGrantsOf: «each grant as its id … at most 10 to a key»; two grants invalid in their amounts (trainee
    // P-004 read) name both: `grant JX-0006: record, grant JX-0099: record`. Two lines cut short should likewise name
    // `grant line-1: record, grant line-2: record`, so both are corrected in one round
    const lines = await run1("ndjson");
    const other = lines[0]!.replace(/JX-0006/g, "JX-0099"); // a second grant of P-004 (another claim), same shape
    const amt = (l: string) => l.replace('"amount":"150.00"', '"amount":"150.001"');
    const amounts = await ways(ND(nextMonth()), ledger("amounts.ndjson", [amt(lines[0]!), amt(other), ...lines.slice(1)].join("\n") + "\n"));
    expect(each(amounts, (v) => held(v.out)["JX-0016"])).toEqual(all(amounts, "grant JX-0006: record, grant JX-0099: record"));
    const cuts = await ways(ND(nextMonth()), ledger("cuts.ndjson", [cut(lines[0]!), cut(other), ...lines.slice(1)].join("\n") + "\n"));
    expect(each(cuts, (v) => money(v.out).m["JX-0016"])).toEqual(all(cuts, HELD)); // held every way: no money
    expect(each(cuts, (v) => held(v.out)["JX-0016"])).toEqual(all(cuts, "grant line-1: record, grant line-2: record")); // fails: `grant line-2: record` only
  });
});
