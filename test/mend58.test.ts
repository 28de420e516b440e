/**
 * Mend of cold review 58's record 1 (test/review58.test.ts): a claim held by grants that cannot be read as one record
 * names every one of them, not the last alone. `ClaimsElsewhere.unread` / `unreadTrainees` carry a list of names per id
 * (each once, in the order read, at most UNREAD_NAMED = 10, as a held claim names them; a single name is still read);
 * src/cli/pipeline.ts fills them in memory (addName) and from the `T` / `U` / `V` facts of the part files, one fact a
 * grant; src/engine.ts reads the ids in code-unit order (namesById), so a map filled in another order — a part's
 * facts, the whole input in memory — names the same grants in the same order.
 *
 * Scenario: review 58's (run 1 on the Jiaxing fixture pays JX-0006 150.00 for P-004's 数控车工 高级工 appraisal on
 * K-202, jx2019 「高级工、技师 150 元」; next month JX-0016 asks it again, denied with the intact ledger under gbf2019
 * 「同一职业同一等级不可重复享受」, so with a damaged ledger it must be held). Every run is decided in memory, in 2 and 4
 * parts, in 4 parts on 2 threads, in 1 part in slices of 150 bytes, in 2 parts in slices of 400, and in 4 parts on 2
 * threads in slices of 150 (the threads runs need the built worker: `npm run build`).
 */
import { describe, expect, it, vi } from "vitest";
import { cli, evaluateSliced, evaluateSpilled, evaluateThreaded, fixture, toNdjson, type Doc } from "./cli-helpers.js";
import { money, scratch, heldNames, firstRunGrants, ARGS, HELD } from "./support/cliOutput.js";
import { evaluateBatch, jiaxingPolicy, parseClaimsDocument } from "../src/index.js";

vi.setConfig({ testTimeout: 300_000 });

const file = scratch("mend58-");
const ND = (doc: Doc = fixture()) => `${toNdjson(doc)}\n`;
// gbf2019 「同一职业同一等级不可重复享受」: K-202's 数控车工 高级工 appraisal paid by JX-0006 → JX-0016 denied with the intact ledger
const DENIED = "denied:0.00:appraisal_already_granted";

/** Per claim, the grant(s) a held claim asks for (`missing_record`'s field). */
const held = heldNames;

/** Run 1 on the fixture (JX-0006 granted 150.00: 「高级工、技师 150 元」), its grants as NDJSON lines, JX-0006's first. */
const run1 = () => firstRunGrants(file, ARGS, "ndjson");
const cut = (l: string) => l.slice(0, 120); // after `"measure":"appraisalSubsidy","provision":"jx2019.`: P-004 among its pieces
/** JX-0006's grant line as another grant of P-004 (another claim id of the same length), same shape. */
const as = (l: string, claimId: string) => l.replace(/JX-0006/g, claimId);
const amt = (l: string) => l.replace('"amount":"150.00"', '"amount":"150.001"'); // invalid in its amount alone: P-004 read
const ledger = (name: string, lines: readonly string[]) => ["--ledger", file(name, `${lines.join("\n")}\n`), "--ledger-format", "ndjson"];

/** Next month's batch: the fixture's records, JX-0016 (P-004's appraisal on K-202 again), 8 package claims (P-004's among them), 60 more trainees. */
function nextMonth(): Doc {
  const doc = fixture();
  const j6 = doc["claims"]!.find((c) => c["id"] === "JX-0006")!;
  doc["claims"] = [{ ...j6, id: "JX-0016", submittedOn: "2020-01-10" }];
  const p1 = doc["trainees"]!.find((t) => t["id"] === "P-001")!;
  for (let i = 0; i < 60; i++) doc["trainees"]!.push({ ...p1, id: `Q-${String(i).padStart(4, "0")}` });
  const pkg = (t: string) => ({ id: `PK-${t}`, measure: "trainingPackageGrant", traineeId: t, claimant: { kind: "organizer", id: "SCHOOL-1" }, submittedOn: "2020-09-01", amountClaimed: "100.00", trainingPackage: { id: "PK-1", developerKind: "vocationalCollege", commissioned: true } });
  for (const t of ["P-004", "P-001", "P-002", "P-003", "P-005", "Q-0001", "Q-0002", "Q-0003"]) doc["claims"]!.push(pkg(t));
  return doc;
}

type Run = { code: number; out: string };
/** One batch every way: memory, 2 and 4 parts, 4 parts on 2 threads, slices (1 part of 150 bytes, 2 of 400), 4 parts on 2 threads in slices of 150. */
async function ways(text: string, extra: string[]): Promise<Record<string, Run>> {
  const a = [...ARGS, ...extra];
  return {
    memory: await cli(["evaluate", ...a], text),
    "2 parts": await evaluateSpilled(a, text, 2),
    "4 parts": await evaluateSpilled(a, text, 4),
    "2 threads": await evaluateThreaded(a, text, 4, 2),
    "slices 150": await evaluateSliced(a, text, 1, 150),
    "2 parts, slices 400": await evaluateSliced(a, text, 2, 400),
    "2 threads, slices 150": await evaluateThreaded(a, text, 4, 2, 150),
  };
}
const each = (r: Record<string, Run>, f: (v: Run) => unknown) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, f(v)]));
const all = (r: Record<string, Run>, v: unknown) => Object.fromEntries(Object.keys(r).map((k) => [k, v]));
const names = (...grants: string[]) => grants.map((g) => `grant ${g}: record`).join(", ");

/** The decisions of the intact ledger's run, P-004's two claims (JX-0016, PK-P-004) held instead: nothing else moves. */
async function heldOnlyP004(lines: readonly string[]): Promise<Record<string, string>> {
  const intact = money((await cli(["evaluate", ...ARGS, ...ledger("intact.ndjson", lines)], ND(nextMonth()))).out).m;
  expect(intact["JX-0016"]).toBe(DENIED);
  expect(Object.values(intact).filter((o) => o === HELD)).toEqual([]);
  return { ...intact, "JX-0016": HELD, "PK-P-004": HELD };
}

describe("mend 58: a claim held by grants that cannot be read as one record names each of them", () => {
  it("two cut lines naming P-004: JX-0016 and PK-P-004 name both, line 1 first, every way; the outcomes and amounts are the intact run's but for P-004's two claims held", async () => {
    const lines = await run1();
    const expected = await heldOnlyP004(lines);
    const r = await ways(ND(nextMonth()), ledger("cuts.ndjson", [cut(lines[0]!), cut(as(lines[0]!, "JX-0099")), ...lines.slice(1)]));
    const both = names("line-1", "line-2");
    expect(each(r, (v) => held(v.out))).toEqual(all(r, { "JX-0016": both, "PK-P-004": both }));
    expect(each(r, (v) => money(v.out).m)).toEqual(all(r, expected));
    expect(each(r, (v) => v.code)).toEqual(all(r, 1)); // the cut lines are listed invalid: exit 1
  });

  it("one cut line: one name, as before the mend (`grant line-1: record`), every way", async () => {
    const lines = await run1();
    const expected = await heldOnlyP004(lines);
    const r = await ways(ND(nextMonth()), ledger("cut.ndjson", [cut(lines[0]!), ...lines.slice(1)]));
    expect(each(r, (v) => held(v.out))).toEqual(all(r, { "JX-0016": names("line-1"), "PK-P-004": names("line-1") }));
    expect(each(r, (v) => money(v.out).m)).toEqual(all(r, expected));
  });

  it("twelve cut lines naming P-004: the first ten named, in the order read, every way — as twelve grants damaged in their amounts are", async () => {
    const lines = await run1();
    const expected = await heldOnlyP004(lines);
    const ids = Array.from({ length: 12 }, (_, i) => `JX-${String(100 + i).padStart(4, "0")}`);
    // the intact-grant case (each read, invalid in its amount): at most 10 to a key, in ledger order
    const amounts = await ways(ND(nextMonth()), ledger("amounts.ndjson", [...ids.map((id) => amt(as(lines[0]!, id))), ...lines.slice(1)]));
    expect(each(amounts, (v) => held(v.out)["JX-0016"])).toEqual(all(amounts, names(...ids.slice(0, 10))));
    const cuts = await ways(ND(nextMonth()), ledger("cuts12.ndjson", [...ids.map((id) => cut(as(lines[0]!, id))), ...lines.slice(1)]));
    const ten = names(...ids.slice(0, 10).map((_, i) => `line-${i + 1}`));
    expect(each(cuts, (v) => held(v.out))).toEqual(all(cuts, { "JX-0016": ten, "PK-P-004": ten }));
    expect(each(cuts, (v) => money(v.out).m)).toEqual(all(cuts, expected));
  });

  it("a grant damaged in its amount and a cut line: both named, the grant read first (it is in the document), every way", async () => {
    const lines = await run1();
    const expected = await heldOnlyP004(lines);
    const r = await ways(ND(nextMonth()), ledger("mixed.ndjson", [cut(as(lines[0]!, "JX-0099")), amt(lines[0]!), ...lines.slice(1)]));
    expect(each(r, (v) => held(v.out)["JX-0016"])).toEqual(all(r, names("JX-0006", "line-1")));
    expect(each(r, (v) => money(v.out).m)).toEqual(all(r, expected));
  });

  it("cut lines naming P-004's two claims by their ids (no trainee piece) and P-004 itself: every way names the same grants in the same order, whichever line comes first", async () => {
    // line naming JX-0016 alone / PK-P-004 alone (cut before the trainee) and P-004's own cut line: memory meets them in the
    // order read, a part's facts in the order of its claim-id files; the engine reads ids in code-unit order either way
    const lines = await run1();
    const claimOnly = (claimId: string) => `{"type":"grant","id":"G-${claimId}","claimId":"${claimId}","trai`;
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 2, 0]]) {
      const damaged = [claimOnly("JX-0016"), claimOnly("PK-P-004"), cut(lines[0]!)];
      const r = await ways(ND(nextMonth()), ledger(`order-${order.join("")}.ndjson`, [...order.map((i) => damaged[i]!), ...lines.slice(1)]));
      const ref = held(r.memory!.out);
      expect(Object.keys(ref).sort()).toEqual(["JX-0016", "PK-P-004"]);
      expect(ref["JX-0016"]!.split(", ").length).toBe(3); // each of the three held P-004 (its claim's trainee, or P-004)
      expect(each(r, (v) => held(v.out))).toEqual(all(r, ref));
      expect(each(r, (v) => money(v.out).m["JX-0016"])).toEqual(all(r, HELD));
    }
  });

  it("the library: ClaimsElsewhere.unread / unreadTrainees take one name or a list; a list names each (at most 10), a single name as before", () => {
    const parsed = parseClaimsDocument(fixture());
    if (!parsed.ok) throw new Error("fixture unreadable");
    const doc = parsed.value.document;
    const field = (elsewhere: object, claimId = "JX-0006") => {
      const d = evaluateBatch(jiaxingPolicy(), doc, { elsewhere }).decisions.find((x) => x.claimId === claimId)!;
      return `${d.outcome}:${d.reasons.find((x) => x.code === "missing_record")?.facts?.["field"]}`;
    };
    expect(field({ unread: new Map([["JX-0006", "G9"]]) })).toBe(`undecidable:${names("G9")}`);
    expect(field({ unread: new Map([["JX-0006", ["G9"]]]) })).toBe(`undecidable:${names("G9")}`);
    expect(field({ unread: new Map([["JX-0006", ["G9", "G8", "G9"]]]) })).toBe(`undecidable:${names("G9", "G8")}`);
    expect(field({ unreadTrainees: new Map([["P-004", "line-3"]]) })).toBe(`undecidable:${names("line-3")}`);
    const many = Array.from({ length: 12 }, (_, i) => `line-${i + 1}`);
    expect(field({ unreadTrainees: new Map([["P-004", many]]) })).toBe(`undecidable:${names(...many.slice(0, 10))}`);
    // ids read in code-unit order, whatever order the map was filled in
    const a = field({ unread: new Map([["JX-0006", ["G2"]], ["JX-0001", ["G1"]]]) }, "JX-0006");
    expect(field({ unread: new Map([["JX-0001", ["G1"]], ["JX-0006", ["G2"]]]) }, "JX-0006")).toBe(a);
  });
});
