/**
 * Cold review 87 (2026-12-07, HEAD 0494932) of 以工代训 (work-for-training) months after 644113f (a later month on which
 * no monthly standard is in force is left unpaid and uncounted and the priced months are paid, not the claim held
 * whole), with 3ae5b74 / 4111033 (which of a person's claims competes first: src/engine.ts `competesOn`,
 * `beforeProvision`). Amounts are ILLUSTRATIVE (the tests' local standard, 500.00 a month from 2019-05-18, and reform
 * patches of the standard and of the most months), not official figures.
 *
 * The text first. gbf2019 §(十一): 「企业、农民专业合作社和扶贫车间等各类生产经营主体吸纳贫困劳动力就业并开展以工代训，以及参保企业
 * 吸纳就业困难人员、零就业家庭成员就业并开展以工代训的，给予一定期限的职业培训补贴，最长不超过 6个月。」 plan2021 and op2025
 * name no 以工代训 (op2025 names only 以工代赈). What the ordinary claimant is owed, from the text alone: the producer (an
 * enterprise, a co-operative, a 扶贫车间) that took on a poverty-registered labourer (or an insured enterprise that took on
 * an employment-difficulty person or a zero-employment household member) and trains on the job is paid (「给予」 the
 * 主体), for a term of months, at most six; the amount a month is not set by the text (local). Per person or per
 * employer is open; the library's reading (per person over every employer) is taken as given. No month is paid twice;
 * at most six months in all, however they are split into claims or runs; a month no standard prices is not paid now
 * and must not use one of the six.
 *
 * Read: law/sources/gbf2019.txt §(十一)–(十二), plan2021/op2025 (grep 以工代训: none); the readings
 * work-for-training-per-person-months, claim-order-by-issue-date, national-measures-end-with-framework,
 * claim-id-reused; `git show` 644113f; src/provisions/workForTraining/workForTraining.ts; src/engine.ts (judgedOrder,
 * competesOn, beforeProvision, contradicts, the duplicate refusal); src/cli/grants.ts, csv.ts; docs/cli.md (ledger,
 * duplicate_claim); test/review84, review85, review80 (F2), review19; test/support/{workForTraining,competesOn,ordinary}.ts.
 * Ran: npm run build; probes through parseClaimsDocument → evaluateBatch (national, national frameworks; reformAll
 * patches), chained runs (grants → ledger), `order: "trainee"`, and the command line (`evaluate --ledger` a CSV
 * written as --grants-out writes it; the shipped policies have no 以工代训 standard, so the CLI shows holds and refusals).
 *
 * F1 (1100.00 wrongly refused in the case, in silence; 50 %) — a claim partly HELD since 644113f, refiled under its id
 *    once the standard comes, is refused `duplicate_claim`. A city standard 500.00 for July–December 2020, none in
 *    January–February 2021, 600.00 from March 2021. A (November 2020 – April 2021) is paid 2 × 500 + 2 × 600 = 2200.00,
 *    January–February named `no_local_standard` (held: «named as held for a later standard while the six leave room»).
 *    The city then sets 550.00 for January–February; A refiled unchanged with the first run's grants as the ledger is
 *    `duplicate_claim` (exit 0 on the command line), January–February 2 × 550 = 1100.00 never paid; renumbered (A2) it is
 *    paid 1100.00, and A naming only January–February is a `claim_conflict`. The grant records the months it paid
 *    (`months`, month keys), so pay-once needs no id here: judging the refiled claim cannot pay a month twice. The
 *    library tells a held claim to be refiled once decided (reading claim-order-by-issue-date), and a granted decision
 *    names no months as held (see F4), so nothing tells the enterprise to renumber. The same family as cold review
 *    80 F2 (apprenticeship, a record) but here the grant SAYS what it paid. On the command line (no standard) the
 *    refiled A should be held for January–February, not refused. Cause: src/engine.ts:738-749 `contradicts` (a claim
 *    asking months the grant did not pay is «the same claim filed again») with :473-475 and :807. Mend: for
 *    workForTrainingSubsidy, a claim under a paid id that asks a month its grant(s) did not pay is judged (its paid
 *    months are refused by their month keys), or the granted decision names the held months and says to file them
 *    under a new id (docs/cli.md «give its claims ids of their own»).
 * F2 (1000.00 wrongly refused in the case; 40 %; the other face of cold review 85 F3) — a most months RAISED mid-way is
 *    read once per claim. A reform sets `workForTraining.maxMonths` 8 from 2021-01-01. One claim November 2020 – August
 *    2021 pays 6 × 500 = 3000.00 (the most on November, 6); the same months as two claims (November–December 2020;
 *    January–August 2021) pay 2 + 6 = 8 months, 4000.00. The reading says the limit «is read on each month's first day».
 *    Cause: workForTraining.ts:287 (`max` of sorted[0]) used at :302 and :305. Mend: pay month m while counted + paid <
 *    most(m) (mostOf holds it), which mends 85 F3 too.
 * F3 (no money now; 45 %) — a gap of the standard at a claim's HEAD is refused as «before the subsidy applies», where
 *    the same gap later in a claim is held (644113f). The 2021 gap above: a claim of January–April 2021 is paid March–
 *    April and says «2021-02-01 早于该补贴的施行日期 2021-03-01：2021-01、2021-02 不予补贴» — false (the standard was in force
 *    July–December 2020) and a refusal where 644113f holds; with March paid before, the claim of January–March is DENIED
 *    `work_for_training_months_used` (1 of 6 used). Cause: workForTraining.ts:272-273 and :289-292 (every leading
 *    unpriced month is «before the standard»). Mend: only months before the standard's FIRST value are
 *    before_provision_start; a leading month in a gap is dropped as the later ones are (unpricedLater).
 * F4 (message; 60 %) — the `no_local_standard` / `provision_not_in_force` reason a granted decision carries for its held
 *    months names no month (facts: parameter, layer), so the enterprise cannot tell which months to claim again.
 *    Cause: workForTraining.ts:283 and :341 (`unresolvedReason(rate, day).check` of the last month seen). Mend: add
 *    `months` (the months dropped) to the reason, as before_provision_start has.
 *
 * Controls that hold (plain `it`): the ordinary poverty-registered worker of E1 — one claim of seven months pays six
 *    (3000.00); two overlapping claims pay six between them, also with `order: "trainee"`; three chained runs never pay
 *    a seventh month; the command line with a ledger of six months refuses a seventh, with four holds a fifth (no
 *    standard); 644113f's gap — the priced four paid (2200.00), January–February unpaid and unkeyed, not counted (a
 *    second claim of the batch is paid May–June), paid later under a new id (1100.00) to exactly six, and a seventh
 *    refused; a gap inside eight months claimed pays six (3400.00) and never the gap after; 「2019年5月18日」's edges and
 *    gbf2019's end (April–May 2019 refused, June paid; January 2022 not paid); a rate changed on 2021-01-15 prices
 *    January at the rate of its first day (3300.00, two lines); 333.33 × 6 = 1999.98 rounded once; the payee is the
 *    enterprise and a claim by the worker is refused; two workers of one enterprise are paid six months each (per
 *    person, not per enterprise); a worker who moved from E1 to E2 is paid the rest of her six to E2.
 * MENDED the same morning (5964a6d): F1–F4 pass and are tests (the most read on each month's first day; a gap month held
 *    wherever it lies and named; a claim refiled under its id asking months its grants did not pay judged again).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, nationalFrameworksPolicy, nationalPolicy } from "../src/index.js";
import { reformAll } from "../src/reform/index.js";
import { GRANT_CSV_COLUMNS } from "../src/cli/grants.js";
import { csvRow } from "../src/cli/csv.js";
import { regionalPolicy } from "./support/national.js";
import { cli } from "./cli-helpers.js";
import { withIllustrativeLocal } from "./support/ordinary.js";
import { E1 as WE1, E2 as WE2, grant, monthRun, paidMonths, poor, wft } from "./support/workForTraining.js";
import { parsed } from "./support/world.js";

type O = Record<string, any>;
type Run = ReturnType<typeof evaluateBatch>;
const run = (doc: O, policy: Policy, order?: "trainee"): Run => evaluateBatch(policy, parsed(doc), order === undefined ? {} : { order });
let patches = 0;
const mustReform = (base: Policy, changes: O[]): Policy => {
  const r = reformAll(base, [{ id: `r87-${patches++}`, label: { zh: "改革", en: "reform" }, changes }] as never);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.policy;
};
const got = (d: Decision | undefined) => `${d?.outcome}:${d?.amount}`;
const byId = (r: Run) => Object.fromEntries(r.decisions.map((d) => [d.claimId, got(d)]));
const dec = (r: Run, id: string) => r.decisions.find((d) => d.claimId === id) as Decision;
const monthsOf = (r: Run, id: string) => paidMonths(dec(r, id));
const codes = (r: Run, id: string) => dec(r, id).reasons.map((x) => x.code);
const total = (...rs: Run[]) => rs.flatMap((r) => r.decisions).reduce((s, d) => s + Number(d.amount ?? 0), 0).toFixed(2);
const wftDoc = (claims: O[], o: O = {}): O => ({ trainees: [poor()], enterprises: [WE1, WE2], claims, ...o });

/** The national frameworks with the illustrative standard: 以工代训 500.00 a month from 2019-05-18 (ILLUSTRATIVE). */
const L = withIllustrativeLocal(nationalFrameworksPolicy());
/** A city standard with a gap (ILLUSTRATIVE): 500.00 for July–December 2020, none in January–February 2021, 600.00 from 2021-03-01. */
const GAP = mustReform(regionalPolicy(nationalFrameworksPolicy()), [
  { parameter: "workForTraining.monthlyRate", from: "2020-07-01", until: "2021-01-01", value: "500.00" },
  { parameter: "workForTraining.monthlyRate", from: "2021-03-01", until: "2028-01-01", value: "600.00" },
]);
/** GAP with the gap filled later by the city: 550.00 for January–February 2021 (ILLUSTRATIVE). */
const FILLED = mustReform(GAP, [{ parameter: "workForTraining.monthlyRate", from: "2021-01-01", until: "2021-03-01", value: "550.00" }]);

describe("cold review 87: controls — the ordinary enterprise and its poverty-registered worker, 「最长不超过 6个月」", () => {
  it("one claim of seven months (January–July 2020) pays six: 6 × 500 = 3000.00, January–June", () => {
    const r = run(wftDoc([wft("A", monthRun("2020-01", 7), "2020-08-01")]), L);
    expect(byId(r)).toEqual({ A: "granted:3000.00" });
    expect(monthsOf(r, "A")).toEqual(monthRun("2020-01", 6));
    expect(dec(r, "A").payee).toEqual({ kind: "enterprise", id: "E1" });
  });

  it("two overlapping claims (January–April, March–August 2020) pay six between them, no month twice: A 4 × 500, B May–June 2 × 500 = 3000.00, in judged and in trainee order", () => {
    for (const order of [undefined, "trainee"] as const) {
      const r = run(wftDoc([wft("B", monthRun("2020-03", 6), "2020-09-01"), wft("A", monthRun("2020-01", 4), "2020-09-02")]), L, order);
      expect(byId(r)).toEqual({ A: "granted:2000.00", B: "granted:1000.00" });
      expect(monthsOf(r, "B")).toEqual(["2020-05", "2020-06"]);
      expect(total(r)).toBe("3000.00");
    }
  });

  it("three chained runs (each run's grants the next one's ledger) never pay a seventh month: 2000.00 + 1000.00 + 0", () => {
    const r1 = run(wftDoc([wft("A", monthRun("2020-01", 4), "2020-05-01")]), L);
    const r2 = run(wftDoc([wft("B", monthRun("2020-03", 6), "2020-09-01")], { ledger: r1.grants }), L);
    const r3 = run(wftDoc([wft("C", monthRun("2020-07", 3), "2020-10-01")], { ledger: [...r1.grants, ...r2.grants] }), L);
    // 4 + 2 (May–June; March–April paid before) = 6; C: six reached
    expect([got(dec(r1, "A")), got(dec(r2, "B")), got(dec(r3, "C"))]).toEqual(["granted:2000.00", "granted:1000.00", "denied:0.00"]);
    expect(codes(r3, "C")).toContain("work_for_training_months_used");
    expect(total(r1, r2, r3)).toBe("3000.00");
  });

  it("the command line, a CSV ledger as --grants-out writes it: six months paid → a seventh refused; four paid → a fifth held (the shipped policies set no standard)", async () => {
    const six = run(wftDoc([wft("A", monthRun("2020-01", 6), "2020-07-01")]), L).grants;
    const four = run(wftDoc([wft("A", monthRun("2020-01", 4), "2020-07-01")]), L).grants;
    const dir = mkdtempSync(join(tmpdir(), "review87-"));
    const csv = (gs: readonly unknown[], name: string) => {
      const file = join(dir, name);
      writeFileSync(file, `${GRANT_CSV_COLUMNS.join(",")}\n${gs.map((g) => csvRow(GRANT_CSV_COLUMNS, "grant", g as Record<string, unknown>)).join("\n")}\n`);
      return file;
    };
    const doc = JSON.stringify(wftDoc([wft("N", ["2020-07"], "2020-08-01")]));
    const outcome = async (ledger: string) => {
      const r = await cli(["evaluate", "-", "--input", "json", "--format", "ndjson", "--no-trace", "--policy", "national-frameworks", "--ledger", ledger], doc);
      const line = r.out.split("\n").find((l) => l.includes('"decision"')) as string;
      return JSON.parse(line).outcome as string;
    };
    expect(await outcome(csv(six, "six.csv"))).toBe("denied");
    expect(await outcome(csv(four, "four.csv"))).toBe("undecidable");
  });

  it("the payee is the enterprise: the worker's own claim is refused payee_not_enterprise; two workers of E1 are paid six months each (per person, not per enterprise), 2 × 3000.00", () => {
    const t = run(wftDoc([{ ...wft("T", ["2020-03"], "2020-05-01"), claimant: { kind: "trainee", id: "P1" } }]), L);
    expect(byId(t)).toEqual({ T: "denied:0.00" });
    expect(codes(t, "T")).toContain("payee_not_enterprise");
    const two = run({ trainees: [poor(), poor({ id: "P2" })], enterprises: [WE1], claims: [wft("A", monthRun("2020-01", 6), "2020-07-01"), { ...wft("B", monthRun("2020-01", 6), "2020-07-01"), traineeId: "P2" }] }, L);
    expect(byId(two)).toEqual({ A: "granted:3000.00", B: "granted:3000.00" });
  });

  it("a worker who moved from E1 (four months paid) to E2 is paid the rest of her six to E2: 2 × 500 = 1000.00", () => {
    const r = run({ trainees: [poor({ employerId: "E2" })], enterprises: [WE1, WE2], claims: [wft("X", monthRun("2020-07", 4), "2020-11-01", "E2")], ledger: [grant("G1", monthRun("2020-01", 4), "E1", "2000.00")] }, L);
    expect(byId(r)).toEqual({ X: "granted:1000.00" });
    expect(dec(r, "X").payee).toEqual({ kind: "enterprise", id: "E2" });
  });
});

describe("cold review 87: controls — after 644113f, a month no standard is in force on", () => {
  it("a gap (January–February 2021): November 2020 – April 2021 pays the priced four, 2 × 500 + 2 × 600 = 2200.00; the gap months are neither paid nor keyed", () => {
    const r = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), GAP);
    expect(byId(r)).toEqual({ A: "granted:2200.00" });
    expect(monthsOf(r, "A")).toEqual(["2020-11", "2020-12", "2021-03", "2021-04"]);
    expect(r.grants[0]?.basisKeys?.some((k) => k.includes("2021-01") || k.includes("2021-02"))).toBe(false);
  });

  it("the gap months do not count toward six: a second claim of the batch (May–August 2021) is paid May–June, 2 × 600 = 1200.00", () => {
    const r = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01"), wft("B", monthRun("2021-05", 4), "2021-09-01")]), GAP);
    // A: 4 months; B: 4 + 2 = 6
    expect(byId(r)).toEqual({ A: "granted:2200.00", B: "granted:1200.00" });
    expect(monthsOf(r, "B")).toEqual(["2021-05", "2021-06"]);
  });

  it("once the city fills the gap (550.00), January–February claimed under a new id are paid, 2 × 550 = 1100.00, to exactly six; a seventh month is refused", () => {
    const r1 = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), GAP);
    const r2 = run(wftDoc([wft("A2", monthRun("2021-01", 2), "2021-07-01")], { ledger: r1.grants }), FILLED);
    expect(byId(r2)).toEqual({ A2: "granted:1100.00" });
    const r3 = run(wftDoc([wft("A3", monthRun("2020-11", 8), "2021-08-01")], { ledger: [...r1.grants, ...r2.grants] }), FILLED);
    expect(byId(r3)).toEqual({ A3: "denied:0.00" });
    // 2200.00 + 1100.00 = six months
    expect(total(r1, r2, r3)).toBe("3300.00");
  });

  it("under the reading claim-id-reused, A's id naming only the gap months is a claim_conflict (renumber), not paid and not 'already paid'", () => {
    const r1 = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), GAP);
    const r2 = run(wftDoc([wft("A", monthRun("2021-01", 2), "2021-07-01")], { ledger: r1.grants }), FILLED);
    expect(codes(r2, "A")).toEqual(["claim_conflict"]);
  });

  it("eight months claimed across the gap pay six (November–December at 500, March–June at 600 = 3400.00); the gap filled later pays nothing more", () => {
    const r1 = run(wftDoc([wft("A", monthRun("2020-11", 8), "2021-07-01")]), GAP);
    expect(byId(r1)).toEqual({ A: "granted:3400.00" });
    const r2 = run(wftDoc([wft("B", monthRun("2021-01", 2), "2021-07-01")], { ledger: r1.grants }), FILLED);
    expect(byId(r2)).toEqual({ B: "denied:0.00" });
  });

  it("「2019年5月18日」 and gbf2019's end (national, alone): April–May 2019 refused before_provision_start, June 2019 paid 500.00; December 2021 paid 500.00, January 2022 not (provision_not_in_force)", () => {
    const r = run(wftDoc([wft("A", ["2019-04", "2019-05", "2019-06"], "2019-07-01"), wft("B", ["2021-12", "2022-01"], "2022-02-01")]), withIllustrativeLocal(nationalPolicy()));
    expect(byId(r)).toEqual({ A: "granted:500.00", B: "granted:500.00" });
    expect(codes(r, "A")).toContain("before_provision_start");
    expect(codes(r, "B")).toContain("provision_not_in_force");
  });

  it("a rate raised on 2021-01-15 prices January at the rate of its first day: 3 × 500 + 3 × 600 = 3300.00, two lines", () => {
    const r = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), mustReform(L, [{ parameter: "workForTraining.monthlyRate", from: "2021-01-15", until: "2028-01-01", value: "600.00" }]));
    expect(byId(r)).toEqual({ A: "granted:3300.00" });
    expect(dec(r, "A").lines.map((l) => `${l.quantity}×${l.rate}=${l.amount}`)).toEqual(["3×500.00=1500.00", "3×600.00=1800.00"]);
  });

  it("333.33 a month × 6 = 1999.98, one line, rounded once", () => {
    const r = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), mustReform(L, [{ parameter: "workForTraining.monthlyRate", from: "2020-01-01", until: "2028-01-01", value: "333.33" }]));
    expect(byId(r)).toEqual({ A: "granted:1999.98" });
    expect(dec(r, "A").lines).toHaveLength(1);
  });
});

describe("cold review 87: findings (it.fails: each fails today at its own assertion)", () => {
  // Mended 2026-12-07 (src/engine.ts asksMonthsUnpaid): a 以工代训 claim refiled under its id asking months its grants did not pay is judged again.
  it("F1: a claim partly held for want of a standard (January–February 2021), refiled under its id once the city sets one, is paid the held months (2 × 550 = 1100.00), not refused duplicate_claim", () => {
    const r1 = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), GAP);
    expect(byId(r1)).toEqual({ A: "granted:2200.00" });
    const r2 = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-07-01")], { ledger: r1.grants }), FILLED);
    // right: November–December and March–April refused as paid (month keys), January–February 2 × 550 = 1100.00
    // (4 + 2 = 6). Library: duplicate_claim, 0.00
    expect(byId(r2)).toEqual({ A: "granted:1100.00" });
  });

  // Mended 2026-12-07 (src/engine.ts asksMonthsUnpaid): a 以工代训 claim refiled under its id asking months its grants did not pay is judged again.
  it("mend of F1: a third run of the same claim A, its six months now paid under its id by two grants, is refused duplicate_claim; a claim A naming a month neither grant paid but over the six is judged and refused as the six used", () => {
    const r1 = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), GAP);
    const r2 = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-07-01")], { ledger: r1.grants }), FILLED);
    expect(byId(r2)).toEqual({ A: "granted:1100.00" }); // January–February 2 × 550 (as F1)
    const ledger = [...r1.grants, ...r2.grants];
    // the same six months again: every month paid under A by one of its two grants — filed twice, 0.00
    expect(dec(run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-08-01")], { ledger }), FILLED), "A").reasons.map((x) => x.code)).toEqual(["duplicate_claim"]);
    // November 2020 – May 2021: May paid by neither grant, judged, and refused — six months are paid (「最长不超过6个月」), 0.00
    const seventh = dec(run(wftDoc([wft("A", monthRun("2020-11", 7), "2021-08-01")], { ledger }), FILLED), "A");
    expect([seventh.outcome, seventh.amount]).toEqual(["denied", "0.00"]);
    expect(seventh.reasons.map((x) => x.code)).toContain("work_for_training_months_used");
  });

  it("F1 on the command line: the refiled claim A is held for January–February (no standard shipped), not refused duplicate_claim with exit 0", async () => {
    const r1 = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), GAP);
    const dir = mkdtempSync(join(tmpdir(), "review87-"));
    const ledger = join(dir, "grants.json");
    writeFileSync(ledger, JSON.stringify(r1.grants));
    const r = await cli(["evaluate", "-", "--input", "json", "--format", "ndjson", "--no-trace", "--policy", "national-frameworks", "--ledger", ledger], JSON.stringify(wftDoc([wft("A", monthRun("2020-11", 6), "2021-07-01")])));
    const line = JSON.parse(r.out.split("\n").find((l) => l.includes('"decision"')) as string);
    // right: undecidable (the months January–February have no standard under the shipped policy); library: denied duplicate_claim
    expect(line.outcome).toBe("undecidable");
  });

  // Mended 2026-12-07: workForTraining.ts reads the most on each month's first day (F2), holds a gap month wherever it lies in a claim — before_provision_start only before the standard's first value (F3, F3b) — and names the months it holds (F4).
  it("F2: a most months raised to 8 from 2021-01-01 — one claim of November 2020 – August 2021 pays what the same months in two claims pay (8 × 500 = 4000.00), not 3000.00", () => {
    const M8 = mustReform(L, [{ parameter: "workForTraining.maxMonths", from: "2021-01-01", until: "2028-01-01", value: 8 }]);
    const two = run(wftDoc([wft("A", monthRun("2020-11", 2), "2021-10-01"), wft("B", monthRun("2021-01", 8), "2021-10-01")]), M8);
    // two claims: A 2 (most 6); B, most 8 on 2021-01-01, 2 counted: January–June = 6 → 8 × 500 = 4000.00 (control, holds)
    expect(total(two)).toBe("4000.00");
    const one = run(wftDoc([wft("A", monthRun("2020-11", 10), "2021-10-01")]), M8);
    // per-month reading: November (0 < 6) … June (7 < 8) = 8 months = 4000.00; library: most 6 read on November, 3000.00
    expect(byId(one)).toEqual({ A: "granted:4000.00" });
  });

  // Mended 2026-12-07: workForTraining.ts reads the most on each month's first day (F2), holds a gap month wherever it lies in a claim — before_provision_start only before the standard's first value (F3, F3b) — and names the months it holds (F4).
  it("F3: a gap at a claim's head (January–February 2021) is not refused as 'before the standard applies (2021-03-01)': the standard was in force in 2020, and the same gap later in a claim is held", () => {
    const r = run(wftDoc([wft("B", monthRun("2021-01", 4), "2021-06-01")]), GAP);
    expect(byId(r)).toEqual({ B: "granted:1200.00" }); // March–April 2 × 600 (holds)
    const early = dec(r, "B").reasons.find((x) => x.code === "before_provision_start");
    // right: no before_provision_start for months after the standard's first value (2020-07-01); they are held as the later gap months are
    expect(early).toBeUndefined();
  });

  // Mended 2026-12-07: workForTraining.ts reads the most on each month's first day (F2), holds a gap month wherever it lies in a claim — before_provision_start only before the standard's first value (F3, F3b) — and names the months it holds (F4).
  it("F3b: January–March 2021 with March paid before is held for the standard (January–February), not denied as the six used (1 of 6 used)", () => {
    const r = run(wftDoc([wft("B", monthRun("2021-01", 3), "2021-06-01")], { ledger: [grant("G1", ["2021-03"], "E1", "600.00")] }), GAP);
    expect(dec(r, "B").outcome).toBe("undecidable");
  });

  // Mended 2026-12-07: workForTraining.ts reads the most on each month's first day (F2), holds a gap month wherever it lies in a claim — before_provision_start only before the standard's first value (F3, F3b) — and names the months it holds (F4).
  it("F4: the granted decision names the months it holds for want of a standard (January–February 2021)", () => {
    const r = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), GAP);
    const held = dec(r, "A").reasons.find((x) => x.code === "no_local_standard" || x.code === "provision_not_in_force");
    expect(held?.facts).toMatchObject({ months: ["2021-01", "2021-02"] });
  });
});
