/**
 * Cold review 85 (2026-12-07) of 4111033 and 3ae5b74: the order in which a person's 以工代训 claims compete for
 * gbf2019 §(十一)'s 「最长不超过 6个月」 (a claim competes on its first month claimed that the prior ledger has not paid and
 * the rule can pay — most months and monthly standard in force on the month's first day; else its first month not paid;
 * else its first month). Amounts are ILLUSTRATIVE (the tests' local standard, 500.00 a month from 2019-05-18, and reform
 * patches), not official figures.
 *
 * Read: law/sources/gbf2019.txt §(十一); the readings claim-order-by-issue-date, work-for-training-per-person-months,
 * national-measures-end-with-framework; `git show` 4111033 3ae5b74; src/engine.ts (judgedOrder, competesOn,
 * beforeProvision, byTrainee); src/provisions/workForTraining/workForTraining.ts; src/core/ledger.ts (paidOn, month keys);
 * test/support/{competesOn,workForTraining,ordinary}.ts; test/review84, cli-reforms, cli-helpers.
 * Ran: npm run build; probes through parseClaimsDocument → evaluateBatch (national frameworks and gbf2019 alone, with the
 * illustrative standard; reformAll patches of the rate, the most months, per employer), chained runs (grants → ledger).
 * The command line's policies set no 以工代训 standard (every such claim is held no_local_standard), so `--order trainee`
 * is probed for money through the library's `order: "trainee"`; the split command line (evaluateSpilled) only for order.
 *
 * F1 (500.00 in the case; 60 %) — interleaved claims: the first months are not the ones paid. A = January 2020 +
 *    August–December 2020, B = February–July 2020, the rate raised to 600.00 from 2020-07-01 by a reform. A competes on
 *    2020-01 and takes six months (500 + 5 × 600 = 3500.00); B is refused. The same months in ONE claim pay January–June
 *    (6 × 500 = 3000.00), and the reading says «the first years and months are the ones paid, however the claims are named
 *    or filed». Cause: src/engine.ts:504-522 (competesOn orders whole claims by one month; the rule, workForTraining.ts:
 *    291, then pays the claim's own months in calendar order). The reading names only the tie on a shared first month as
 *    left; interleaving is the same gap, wider. Mend: decide a person's 以工代训 months of the batch in calendar order
 *    across claims (allot months to claims, then judge each claim on its allotted months), or document this case.
 * F2 (1000.00 withheld in the case; 70 %) — a standard that ENDS holds the whole claim. A city standard (reform patch)
 *    500.00 from 2020-07-01 until 2022-01-01, under the national frameworks (plan2021 in force in 2022). A = November 2021,
 *    December 2021, January 2022; B = June–July 2021 (room left: 2 + 3 < 6). A is undecidable whole (no_local_standard),
 *    though November and December are priced. The reading work-for-training-per-person-months: «The claim is held for the
 *    standard only when no month claimed can be priced» and months with no rate are left unpaid «and pays the others».
 *    competesOn already treats January 2022 as a month the rule cannot pay. Cause: workForTraining.ts:272-273 (`firstPriced`
 *    strips only the LEADING unpriced months) and 317-321 (any later unpriced month in `paid` → undecidable whole). Mend:
 *    drop every unpriced month from `sorted` (not counted, named before_provision_start or held as after the standard, as
 *    the framework's end is), pay the priced ones.
 * F3 (1500.00 in the case; 40 %) — a most months lowered mid-way is read once per claim, so money follows how months are
 *    split into claims. A reform sets `workForTraining.maxMonths` to 3 from 2021-01-01. One claim November 2020 – April 2021
 *    pays 6 × 500 = 3000.00 (the most on its first month, 6); the same months as two claims (Nov–Dec 2020; Jan–Apr 2021) pay
 *    2 + 1 = 3 months, 1500.00. The reading says both «the limit … is read on each month's first day» and «The limit's
 *    value is the one in force on the first month in force». Cause: workForTraining.ts:276 (`max` of sorted[0]) and :291.
 *    Mend: pay month m while counted + paid < most(m) (the most read on m's own first day; mostOf already holds it).
 *
 * Controls that hold (plain `it`): the ordinary worker's six months (3000.00); two claims filed in reverse (the earlier
 *    months paid, 3000.00), by `order: "trainee"` too; a chained run whose claim re-lists the months the first run paid
 *    (the claim of the next unpaid months first, 1500.00); per employer, a new employer's six after the old one's (3000.00);
 *    a framework's end (gbf2019 alone) pays the months before it and leaves 2022's unpaid (1000.00); a month before the
 *    standard and a month the ledger paid, both at one claim's head, place nothing (B 2500.00); the split command line
 *    with `--order trainee` keeps one person's claims in the judged order (all held: no shipped standard).
 * MENDED the same morning: F2 (workForTraining.ts: a later month no standard is in force on is left unpaid and uncounted,
 * named as held while the six leave room; review 19's two records of 2026-12-05 pass too). F1 (the fuller mend, a
 * person's months allotted across claims in calendar order, written as left in the reading claim-order-by-issue-date) and
 * F3 (40 %, the most read on the first month) stay records.
 */
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, nationalFrameworksPolicy, nationalPolicy, parseClaimsDocument } from "../src/index.js";
import { reformAll } from "../src/reform/index.js";
import { regionalPolicy } from "./support/national.js";
import { cli, evaluateSpilled } from "./cli-helpers.js";
import { withIllustrativeLocal } from "./support/ordinary.js";
import { E1 as WE1, E2 as WE2, grant, monthRun, paidMonths, poor, wft } from "./support/workForTraining.js";

type O = Record<string, any>;
const run = (doc: O, policy: Policy, order?: "trainee") => {
  const p = parseClaimsDocument(doc);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  if (p.value.invalid.length > 0) throw new Error(JSON.stringify(p.value.invalid));
  return evaluateBatch(policy, p.value.document, order === undefined ? {} : ({ order } as never));
};
const mustReform = (base: Policy, changes: O[]): Policy => {
  const r = reformAll(base, [{ id: "r85", label: { zh: "改革", en: "reform" }, changes }] as never);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.policy;
};
const got = (d: Decision | undefined) => `${d?.outcome}:${d?.amount}`;
const byId = (r: ReturnType<typeof run>) => Object.fromEntries(r.decisions.map((d) => [d.claimId, got(d)]));
const monthsOf = (r: ReturnType<typeof run>, id: string) => paidMonths(r.decisions.find((d) => d.claimId === id) as Decision);
const total = (r: ReturnType<typeof run>) => r.decisions.reduce((s, d) => s + Number(d.amount ?? 0), 0).toFixed(2);
const wftDoc = (claims: O[], o: O = {}): O => ({ trainees: [poor()], enterprises: [WE1, WE2], claims, ...o });

/** The national frameworks with the illustrative standard: 以工代训 500.00 a month from 2019-05-18. */
const L = withIllustrativeLocal(nationalFrameworksPolicy());
/** L with the rate raised to 600.00 from `from` by a reform patch. */
const rise = (from: string) => mustReform(L, [{ parameter: "workForTraining.monthlyRate", from, until: "2028-01-01", value: "600.00" }]);
/** A city standard set by a reform patch, 500.00 from 2020-07-01 until 2022-01-01 (none after), the national frameworks under it. */
const ENDING = mustReform(regionalPolicy(nationalFrameworksPolicy()), [{ parameter: "workForTraining.monthlyRate", from: "2020-07-01", until: "2022-01-01", value: "500.00" }]);
/** L with the most months lowered to 3 from 2021-01-01 by a reform patch. */
const MOST3 = mustReform(L, [{ parameter: "workForTraining.maxMonths", from: "2021-01-01", until: "2028-01-01", value: 3 }]);

describe("cold review 85: 以工代训's judged order (controls)", () => {
  it("the ordinary poverty-registered worker of E1, one claim of January–June 2020: 6 × 500 = 3000.00", () => {
    const r = run(wftDoc([wft("A", monthRun("2020-01", 6), "2020-07-01")]), L);
    expect(byId(r)).toEqual({ A: "granted:3000.00" });
  });

  it("two claims filed in reverse: the one of the earlier months (July 2020 on) is paid, 6 × 500 = 3000.00, whether judged in the batch's order or trainee by trainee", () => {
    const doc = wftDoc([wft("A", monthRun("2020-10", 6), "2021-01-01"), wft("B", monthRun("2020-07", 6), "2021-02-01")]);
    // B competes on 2020-07-01, A on 2020-10-01: B first, six months; A refused, the six reached
    expect(byId(run(doc, rise("2021-01-01")))).toEqual({ B: "granted:3000.00", A: "denied:0.00" });
    expect(byId(run(doc, rise("2021-01-01"), "trainee"))).toEqual({ B: "granted:3000.00", A: "denied:0.00" });
  });

  it("a chained run: a claim re-listing the months the first run paid competes on its first month not paid (Y, April–June 2020, 3 × 500 = 1500.00), not on them", () => {
    const R = rise("2021-01-01");
    const first = run(wftDoc([wft("A", monthRun("2020-01", 3), "2020-05-01")]), R);
    expect(byId(first)).toEqual({ A: "granted:1500.00" }); // 3 × 500
    const next = run(wftDoc([wft("X", [...monthRun("2020-01", 3), ...monthRun("2021-01", 3)], "2021-05-01"), wft("Y", monthRun("2020-04", 3), "2021-06-01")], { ledger: first.grants }), R);
    // X competes on 2021-01 (its 2020 months paid), Y on 2020-04: Y first, 3 + 3 = 6; X refused (library would pay 3 × 600 = 1800.00 if X went first)
    expect(byId(next)).toEqual({ Y: "granted:1500.00", X: "denied:0.00" });
    expect(monthsOf(next, "Y")).toEqual(monthRun("2020-04", 3));
  });

  it("per employer (a reform's alternative reading): after E1's six months of the ledger, E2 is paid its own six, July–December 2020, 2 × 500 + 4 × 500 = 3000.00", () => {
    const PE = mustReform(L, [{ parameter: "workForTraining.maxMonthsPerEmployer", from: "2019-05-18", until: "2028-01-01", value: true }]);
    const doc = { trainees: [poor({ employerId: "E2" })], enterprises: [WE1, { ...WE2, unemploymentInsuranceRegion: "example.city" }], claims: [wft("X", monthRun("2020-03", 6), "2021-01-01", "E2"), wft("Y", monthRun("2020-09", 6), "2021-01-01", "E2")], ledger: [grant("G1", monthRun("2020-01", 6), "E1", "3000.00")] };
    const r = run(doc, PE);
    // X: March–June paid to E1 before (never again), July–August new = 2 × 500; Y: September–December = 4 × 500 (E2's six reached)
    expect(byId(r)).toEqual({ X: "granted:1000.00", Y: "granted:2000.00" });
    expect(monthsOf(r, "Y")).toEqual(monthRun("2020-09", 4));
  });

  it("the framework's end (gbf2019 alone, 「2019—2021年」): November–December 2021 paid, January 2022 not (A 2 × 500 = 1000.00, B 1000.00)", () => {
    const r = run(wftDoc([wft("A", ["2021-11", "2021-12", "2022-01"], "2022-03-01"), wft("B", monthRun("2021-06", 2), "2022-03-01")]), withIllustrativeLocal(nationalPolicy()));
    expect(byId(r)).toEqual({ B: "granted:1000.00", A: "granted:1000.00" });
    expect(monthsOf(r, "A")).toEqual(["2021-11", "2021-12"]);
  });

  it("a month before the standard (March 2020) and a month the ledger paid (July 2020) at one claim's head place nothing: B (August 2020 on) first, 5 × 500 = 2500.00", () => {
    const doc = wftDoc([wft("A", ["2020-03", "2020-07", ...monthRun("2021-01", 5)], "2021-07-01"), wft("B", monthRun("2020-08", 5), "2021-08-01")], { ledger: [grant("G1", ["2020-07"], "E1", "500.00")] });
    const r = run(doc, ENDING);
    // A's first payable month not paid is 2021-01; B's 2020-08: B first, 1 (ledger) + 5 = 6; A refused
    expect(byId(r)).toEqual({ B: "granted:2500.00", A: "denied:0.00" });
  });
  it("the command line split into parts, `--order trainee`: the same decisions, P1's July claim (B) judged before her October one (A); every one held, the shipped policies having no 以工代训 standard", async () => {
    const claim = (id: string, t: string, months: string[], submittedOn: string) => ({ id, measure: "workForTrainingSubsidy", traineeId: t, claimant: { kind: "enterprise", id: "E-1" }, enterpriseId: "E-1", months, submittedOn });
    const doc = { trainees: [1, 2, 3].map((i) => ({ id: `P${i}`, birthDate: "1985-01-01", statuses: ["povertyRegistered"], hukouRegion: "zhejiang.jiaxing.nanhu", employerId: "E-1" })), enterprises: [{ id: "E-1", name: "扶贫车间（示例）" }], claims: [claim("A", "P1", ["2020-10", "2020-11"], "2021-01-01"), claim("B", "P1", ["2020-07"], "2021-02-01"), claim("C", "P2", ["2020-07"], "2021-02-01"), claim("D", "P3", ["2020-07"], "2021-02-01")] };
    const args = ["-", "--input", "json", "--format", "ndjson", "--no-trace", "--lang", "en", "--order", "trainee"];
    const ids = (out: string) => out.split("\n").filter((l) => l.includes('"decision"')).map((l) => `${JSON.parse(l).claimId}:${JSON.parse(l).outcome}`);
    const memory = ids((await cli(["evaluate", ...args], JSON.stringify(doc))).out);
    const split = ids((await evaluateSpilled(args, JSON.stringify(doc), 3)).out);
    // trainees part by part on the split path (docs/cli.md), so compare as sets, and P1's order within
    expect([...split].sort()).toEqual([...memory].sort());
    for (const out of [memory, split]) expect(out.filter((x) => /^[AB]:/.test(x))).toEqual(["B:undecidable", "A:undecidable"]);
  });
});

describe("cold review 85: findings (it.fails: each fails today because of the bug)", () => {
  it.fails("F1: interleaved claims — the person's first six months (January–June 2020) are paid, 6 × 500 = 3000.00, not January and August–December (500 + 5 × 600 = 3500.00)", () => {
    const R = rise("2020-07-01");
    // the same months in one claim: January–June 2020 at 500.00 = 3000.00 (control, holds)
    expect(byId(run(wftDoc([wft("A", monthRun("2020-01", 12), "2021-01-01")]), R))).toEqual({ A: "granted:3000.00" });
    const r = run(wftDoc([wft("A", ["2020-01", ...monthRun("2020-08", 5)], "2021-01-01"), wft("B", monthRun("2020-02", 6), "2021-01-01")]), R);
    // right: January (A) + February–June (B) = 6 × 500 = 3000.00; library: A first on 2020-01, pays January + August–
    // December = 500 + 5 × 600 = 3500.00, B (February–July) refused work_for_training_months_used
    expect(total(r)).toBe("3000.00");
    expect([...monthsOf(r, "A"), ...monthsOf(r, "B")].sort()).toEqual(monthRun("2020-01", 6));
  });

  // Mended the same morning (workForTraining.ts: a later month with no standard in force is left unpaid and uncounted); seen failing as `it` before.
  it("F2: a standard that ends (2022-01-01) leaves January 2022 unpaid and pays the priced November–December 2021, 2 × 500 = 1000.00, not hold the whole claim", () => {
    const r = run(wftDoc([wft("A", ["2021-11", "2021-12", "2022-01"], "2022-03-01"), wft("B", monthRun("2021-06", 2), "2022-03-01")]), ENDING);
    // B: June–July 2021 = 2 × 500 = 1000.00; A: prior 2 + 2 = 4 < 6, November–December priced = 2 × 500 = 1000.00 (January
    // 2022 has no standard: not paid). Library: A undecidable no_local_standard, 1000.00 withheld
    expect(byId(r)).toEqual({ B: "granted:1000.00", A: "granted:1000.00" });
  });

  // Mended 2026-12-07 (with cold review 87 F2): each month is paid within the most in force on its own first day.
  it("F3: a most months lowered to 3 from 2021-01-01 — one claim of November 2020 – April 2021 pays what the same months in two claims pay (3 × 500 = 1500.00), not 3000.00", () => {
    const two = run(wftDoc([wft("A", monthRun("2020-11", 2), "2021-06-01"), wft("B", monthRun("2021-01", 4), "2021-06-01")]), MOST3);
    // two claims: A November–December 2020 (most 6) = 2 × 500; B, most 3 on 2021-01-01, 2 counted: January 2021 = 500 → 1500.00
    expect(total(two)).toBe("1500.00");
    const one = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), MOST3);
    // library: the most on the claim's first month (6) for all six months = 6 × 500 = 3000.00
    expect(byId(one)).toEqual({ A: "granted:1500.00" });
  });
});
