/**
 * Cold review 90 (2026-12-07, HEAD 978fddf) of three mends of this morning that move money: 5964a6d (以工代训: each month
 * within the most in force on its own first day, `mostOn`; a gap month held wherever it lies; a claim refiled under its id
 * asking months its grants did not pay is judged again), 978fddf (the same for a living-allowance claim whose course's
 * known days include one no grant under the id keys: src/engine.ts `asksUnpaid`) and f77cfbf (the Jiaxing appraisal hold
 * beside a set-aside certificate: `unreadEarlier`, `unreadCertificate`). Amounts are ILLUSTRATIVE where they come from the
 * tests' local standards (以工代训 500.00 / 550.00 / 600.00 a month, living allowance 50.00 a day: reform patches and
 * test/support/ordinary.ts `withIllustrativeLocal`); the appraisal's 120.00 is jx2019's own 初级工 standard.
 *
 * The text first. gbf2019 §(十一): 「给予一定期限的职业培训补贴，最长不超过 6个月」 (以工代训, to the producer that takes the
 * labourer on) and 「在培训期间按规定通过就业补助资金同时给予生活费补贴」; jx2019 「对职业技能提升行动实行实名制管理，建立培训
 * 全过程台账，确保可追溯」 and 「对同一职业（工种）同一技能等级通过初次职业技能鉴定并取得证书（不含培训合格证书）的参训人员，给予
 * 职业技能鉴定补贴」. What the ordinary claimant is owed, from the text alone: each month of 以工代训 once, at most six (or the
 * most a reform sets) for the person, however the months are split into claims or runs; each attended day's allowance once;
 * the appraisal subsidy once for the first certificate of an occupation and level, a 培训合格证书 being no such certificate.
 * Claim ids are no part of the texts: an id may refuse a claim filed twice, but it must never be the only thing keeping a
 * basis from being paid twice, and the ledger (「台账」, 「确保可追溯」) must still say what each payment was.
 *
 * Read: law/sources/gbf2019.txt §(十一)–(十二), jx2019.txt 五(十一), 六; law/readings claim-id-reused, pay-once-basis,
 * work-for-training-per-person-months, living-allowance-days-unknown, earlier-certificate-unreadable,
 * ledger-grant-identity; docs/cli.md (chained runs, report); `git show` 5964a6d f77cfbf 978fddf; src/engine.ts
 * (judgedOrder, contradicts, asksUnpaid, grantOf, claimIdFacts), src/provisions/workForTraining/workForTraining.ts,
 * src/provisions/livingAllowance/livingAllowance.ts, src/jurisdictions/jiaxing/appraisalSubsidy.ts, src/records/
 * document.ts, src/records/parseProgress.ts, src/provisions/fraud/clawback.ts; test/review85, 86, 87, 89.
 * Ran: npm run build; probes through parseClaimsDocument → evaluateBatch (judged and trainee order) with reform patches
 * (maxMonths lowered to 3 / raised to 8 from 2021-01-01, maxMonthsPerEmployer, a standard with a gap), chained runs
 * (run 1 grants → run 2 ledger → run 3), copies and rivals of a refiled claim in one batch, ledgers written as CSV, the
 * command line in one run, spilled into 4 parts and on 2 threads, and `report --grants` on the chained ledger.
 *
 * Answer to the main question: I could not get one month, one day or one certificate PAID TWICE through the refile path —
 * the month and day keys refuse what was paid under any id, in every split, in CSV and JSON ledgers, with the per-employer
 * count, with copies and rivals in one batch, and in a third run (controls). What the mends left:
 *
 * F1 (1000.00 wrongly refused; 45 %) — a most RAISED part-way (8 from 2021-01-01, a reform) pays the earlier months only
 *    if they are judged first. January–June 2021 paid in run 1 (6 × 500 = 3000.00); November–December 2020 claimed in
 *    run 2 are denied `work_for_training_months_used` (6 counted ≥ the most on 2020-11-01, 6). In one batch, whatever the
 *    filing order, or as one claim, the same eight months pay 8 × 500 = 4000.00. The reading (work-for-training-per-person-
 *    months) says each month is paid within the limit on its own first day «so that a limit changed part-way pays the same
 *    months however they are split into claims» — a run is such a split. Cause: workForTraining.ts:148-153
 *    (`workForTrainingMonths`: `counted + paid.length < mostOn(month)`, counted = every prior month, also those later in the
 *    calendar than `month`) with :325-326. Mend: place the months in calendar order over prior ∪ requested — pay a requested
 *    month m when, with it, every month m′ ≥ m of prior ∪ paid keeps (months ≤ m′) ≤ mostOn(m′).
 * F2 (1000.00 paid too much; 35 %) — the other face: a most LOWERED (3 from 2021-01-01). January–April 2021 in run 1 pays
 *    January–March (1500.00); November–December 2020 in run 2 pay 2 × 500 = 1000.00 more (3 < 6, 4 < 6): five months,
 *    2500.00, where one batch (either filing order) or one claim pays three, 1500.00. Same cause and mend (with it,
 *    November would make March the person's fourth month under a most of 3, so run 2 pays nothing).
 * F3 (no payment moved; the period's progress report cannot be made; 75 %) — the refile's grant has the id of the first
 *    (`grantOf`: `id: claim.id`, src/engine.ts:212), so the chained ledger docs/cli.md tells the official to build
 *    («put together by concatenating NDJSON or CSV files») holds two grants «A» of different content, and
 *    `report --grants` rejects the whole file (`duplicate_id`, exit 1): 2200.00 + 1100.00 = 3300.00 of 2021 unreported.
 *    `evaluate --ledger` keeps both (reading ledger-grant-identity), so the two readers of one file disagree. The reading
 *    claim-id-reused says «The ledger then holds two grants under the claim's id, each naming its months, so it still says
 *    which claim was paid for what» — but no longer which GRANT is which. Cause: src/engine.ts:212 with
 *    src/records/parseProgress.ts:26-30. Mend: give a grant of a claim judged again its own id (e.g. `A#2`, or the claim id
 *    with its basis date), keeping `claimId: A`; or let the progress document keep differing contents under one id as
 *    ledger-grant-identity does.
 * F4 (1100.00 wrongly refused in the case; 30 %) — `asksUnpaid` reads only a grant's `months` field, not its month keys,
 *    where the rule (`monthsPaidBy`) and the reading earlier-grant-says-what-it-paid read both: a 以工代训 grant naming its
 *    months by `workForTrainingSubsidy|P1|month …` keys alone (another system's export) says what it paid, yet claim A
 *    refiled asking the held January–February is refused `duplicate_claim` in silence (F1 of cold review 87 again).
 *    Cause: src/engine.ts:766-767. Mend: `monthsPaidBy(g)` in place of `g.months`.
 * F5 (120.00 wrongly held; 30 %, against the reading's wording) — a 培训合格证书 set aside BECAUSE it writes a level
 *    (`level_not_allowed`) still holds the 初级工 appraisal: f77cfbf skips a kind without levels only when it writes no
 *    level, though 「取得证书（不含培训合格证书）」 excludes the kind whatever it writes (earlierAppraisal excludes the kind outright).
 *    Cause: src/jurisdictions/jiaxing/appraisalSubsidy.ts:300 (`!c.levelWritten`). Mend: skip `trainingCompletionCertificate`
 *    whatever its level (keep the hold for a 专项职业能力证书 writing a level, whose kind or level may be the slip).
 *
 * Controls that hold (plain `it`): the living allowance across gbf2019's end refiled under its id (600.00 + 500.00, then a
 *    third run duplicate and a new id refused: 22 days paid once, 1100.00); the refile beside a rival new id on the same
 *    course in one batch, either order (500.00 once); a course paid whole whose record later lists more dates is refused
 *    under the same id and a new one; a course known by count only stays a duplicate refiled with its dates; 以工代训:
 *    another system's grant (no months) keeps the refile a duplicate, another trainee's grant under the id makes it a
 *    conflict, two identical copies are one decision, a rival claim for the held months is paid once, the per-employer
 *    count pays E2 under E1's id what a new id pays and never January–June again, a third run never pays a seventh month;
 *    the command line holds the refile (no standard shipped) in one run, 4 parts and 2 threads, and from a CSV ledger for
 *    both measures; one batch pays the lowered and raised mosts as one claim does; a 培训合格证书 writing no level, set aside,
 *    does not hold the appraisal (120.00).
 * MENDED the same morning: F1–F4 pass and are tests (workForTrainingMonths counts in calendar order, each month within the
 *    most of its own first day; the refile's grant has an id of its own, `A:2`; asksUnpaid reads month keys). F5 (30 %) a record.
 */
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, nationalFrameworksPolicy, nationalPolicy, parseClaimsDocument } from "../src/index.js";
import { reformAll } from "../src/reform/index.js";


import { regionalPolicy } from "./support/national.js";
import { cli, decisionsOf, evaluateSpilled, evaluateThreaded, tempFiles } from "./cli-helpers.js";
import { appraisal, cert, cityCourse, cityWorker, course, E1, JX, withIllustrativeLocal, worker } from "./support/ordinary.js";
import { E1 as WE1, E2 as WE2, monthRun, paidMonths, poor, wft } from "./support/workForTraining.js";

type O = Record<string, any>;
const run = (doc: O, policy: Policy, order?: "trainee") => {
  const p = parseClaimsDocument(doc);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return { invalid: p.value.invalid, ...evaluateBatch(policy, p.value.document, order === undefined ? {} : ({ order } as never)) };
};
type Run = ReturnType<typeof run>;
let patches = 0;
const mustReform = (base: Policy, changes: O[]): Policy => {
  const r = reformAll(base, [{ id: `r90-${patches++}`, label: { zh: "改革", en: "reform" }, changes }] as never);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.policy;
};
const got = (d: Decision | undefined) => `${d?.outcome}:${d?.amount}`;
const byId = (r: Run) => Object.fromEntries(r.decisions.map((d) => [d.claimId, got(d)]));
const dec = (r: Run, id: string) => r.decisions.find((d) => d.claimId === id) as Decision;
const codes = (r: Run, id: string) => dec(r, id).reasons.map((x) => x.code);
const total = (...rs: Run[]) => rs.flatMap((r) => r.decisions).reduce((s, d) => s + Number(d.amount ?? 0), 0).toFixed(2);

/** The national frameworks with the ILLUSTRATIVE local standards (以工代训 500.00 a month, living allowance 50.00 a day). */
const L = withIllustrativeLocal(nationalFrameworksPolicy());
/** gbf2019 alone (the command line's `national`) with the same ILLUSTRATIVE standards. */
const G = withIllustrativeLocal(nationalPolicy());
/** A city standard with a gap (ILLUSTRATIVE, as cold review 87): 500.00 July–December 2020, none January–February 2021, 600.00 from March 2021. */
const GAP = mustReform(regionalPolicy(nationalFrameworksPolicy()), [
  { parameter: "workForTraining.monthlyRate", from: "2020-07-01", until: "2021-01-01", value: "500.00" },
  { parameter: "workForTraining.monthlyRate", from: "2021-03-01", until: "2028-01-01", value: "600.00" },
]);
/** GAP filled later: 550.00 for January–February 2021 (ILLUSTRATIVE). */
const FILLED = mustReform(GAP, [{ parameter: "workForTraining.monthlyRate", from: "2021-01-01", until: "2021-03-01", value: "550.00" }]);
/** A reform lowering the most months to 3 from 2021-01-01 (ILLUSTRATIVE). */
const MOST3 = mustReform(L, [{ parameter: "workForTraining.maxMonths", from: "2021-01-01", until: "2028-01-01", value: 3 }]);
/** A reform raising the most months to 8 from 2021-01-01 (ILLUSTRATIVE). */
const MOST8 = mustReform(L, [{ parameter: "workForTraining.maxMonths", from: "2021-01-01", until: "2028-01-01", value: 8 }]);
/** The most counted per employer (the reading's alternative, as a reform). */
const PER_EMPLOYER = mustReform(L, [{ parameter: "workForTraining.maxMonthsPerEmployer", from: "2019-05-18", until: "2028-01-01", value: true }]);

const wftDoc = (claims: O[], o: O = {}): O => ({ trainees: [poor()], enterprises: [WE1, WE2], claims, ...o });
const TRAINEE = { kind: "trainee", id: "P1" };
const la = (id: string, courseId: string, submittedOn: string): O => ({ id, measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId, submittedOn });
/** A 就业困难人员 of the example city (gbf2019 §(十一)'s living-allowance list). */
const hard = () => cityWorker({ statuses: ["employmentDifficulty"] });
/** 2021-12-20 … 2022-01-10, 22 days, all attended: across gbf2019's end (`national` pays the 12 days of 2021 only). */
const ACROSS = cityCourse("K1", { startDate: "2021-12-20", endDate: "2022-01-10", attendedDays: 22 });
const laDoc = (claims: O[], o: O = {}): O => ({ trainees: [hard()], courses: [ACROSS], claims, ...o });

const { json: jsonFile, csv: csvFile, path: tempPath } = tempFiles("review90");
const outcomesOf = (out: string, id: string) => decisionsOf(out, id).map((j) => `${j.outcome}:${j.reasons.map((x) => x.code).join(",")}`);

describe("cold review 90: controls — a refiled claim judged again pays nothing twice", () => {
  it("the living allowance across gbf2019's end, refiled under its id: 600.00, then 500.00, then duplicate_claim; a new id in run 3 is refused — 22 days paid once, 1100.00", () => {
    // 「每人每天」 at 50.00 (ILLUSTRATIVE): run 1 under gbf2019 alone pays 2021-12-20 … 12-31, 12 × 50 = 600.00; run 2 under the
    // frameworks pays 2022-01-01 … 01-10, 10 × 50 = 500.00; 22 × 50 = 1100.00 and no more.
    const r1 = run(laDoc([la("L1", "K1", "2022-01-15")]), G);
    const r2 = run(laDoc([la("L1", "K1", "2022-02-15")], { ledger: r1.grants }), L);
    const ledger = [...r1.grants, ...r2.grants];
    const r3 = run(laDoc([la("L1", "K1", "2022-03-15")], { ledger }), L);
    const r3new = run(laDoc([la("L3", "K1", "2022-03-15")], { ledger }), L);
    expect([byId(r1).L1, byId(r2).L1, codes(r3, "L1"), codes(r3new, "L3")]).toEqual(["granted:600.00", "granted:500.00", ["duplicate_claim"], ["basis_already_paid"]]);
    expect(total(r1, r2, r3, r3new)).toBe("1100.00");
  });

  it("the refile beside a rival claim L2 on the same course in one batch, either filing order: the 10 days of 2022 are paid once, 500.00", () => {
    const r1 = run(laDoc([la("L1", "K1", "2022-01-15")]), G);
    for (const claims of [[la("L1", "K1", "2022-02-15"), la("L2", "K1", "2022-02-15")], [la("L2", "K1", "2022-02-14"), la("L1", "K1", "2022-02-15")]]) {
      const r2 = run(laDoc(claims, { ledger: r1.grants }), L);
      expect(total(r2)).toBe("500.00"); // 10 × 50.00, once
    }
  });

  it("a course paid whole whose record later lists three more dates is refused, under its id as under a new one (the course key)", () => {
    const five = ["2022-07-01", "2022-07-02", "2022-07-03", "2022-07-04", "2022-07-05"];
    const K5 = cityCourse("K5", { startDate: "2022-07-01", endDate: "2022-07-10", attendedDays: 5, attendedDates: five });
    const r1 = run({ trainees: [hard()], courses: [K5], claims: [la("M", "K5", "2022-07-15")] }, L);
    expect(byId(r1)).toEqual({ M: "granted:250.00" }); // 5 × 50.00
    const K8 = { ...K5, attendedDays: 8, attendedDates: [...five, "2022-07-06", "2022-07-07", "2022-07-08"] };
    for (const id of ["M", "M2"]) expect(codes(run({ trainees: [hard()], courses: [K8], claims: [la(id, "K5", "2022-07-20")], ledger: r1.grants }, L), id)).toEqual(["basis_already_paid"]);
  });

  it("a course known by its count of days only (15 of 22) is paid by the count; refiled under its id with its dates it stays duplicate_claim (the grant keys a period, not days)", () => {
    const k1 = cityCourse("K1", { startDate: "2021-12-20", endDate: "2022-01-10", attendedDays: 15 });
    const r1 = run({ trainees: [hard()], courses: [k1], claims: [la("L1", "K1", "2022-01-15")] }, L);
    expect(byId(r1)).toEqual({ L1: "granted:750.00" }); // 15 × 50.00
    const dates = ["2021-12-20", "2021-12-21", "2021-12-22", "2021-12-23", "2021-12-24", "2021-12-27", "2021-12-28", "2021-12-29", "2021-12-30", "2021-12-31", "2022-01-04", "2022-01-05", "2022-01-06", "2022-01-07", "2022-01-10"];
    expect(codes(run({ trainees: [hard()], courses: [{ ...k1, attendedDates: dates }], claims: [la("L1", "K1", "2022-02-15")], ledger: r1.grants }, L), "L1")).toEqual(["duplicate_claim"]);
  });

  it("以工代训 refiled: another system's grant under the id (no months) keeps it a duplicate; another trainee's grant under the id beside her own makes it a conflict", () => {
    const noMonths = { id: "X", claimId: "A", traineeId: "P1", measure: "workForTrainingSubsidy", provision: "gbf2019.work-for-training", payee: { kind: "enterprise", id: "E1" }, amount: "2200.00", basisDate: "2021-04-01" };
    expect(codes(run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-07-01")], { ledger: [noMonths] }), FILLED), "A")).toEqual(["duplicate_claim"]);
    const r1 = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), GAP);
    const hers = { ...noMonths, id: "Y", traineeId: "P2", months: ["2021-05"] };
    const both = run({ ...wftDoc([wft("A", monthRun("2020-11", 6), "2021-07-01")], { ledger: [...r1.grants, hers] }), trainees: [poor(), poor({ id: "P2" })] }, FILLED);
    expect(codes(both, "A")).toEqual(["claim_conflict"]);
  });

  it("以工代训 refiled in one batch: two identical copies of A are one decision (2 × 550 = 1100.00); a rival claim B for the held January–February is paid once between them", () => {
    const r1 = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), GAP);
    const twice = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-07-01"), wft("A", monthRun("2020-11", 6), "2021-07-01")], { ledger: r1.grants }), FILLED);
    expect([twice.decisions.length, byId(twice).A]).toEqual([1, "granted:1100.00"]);
    for (const order of [undefined, "trainee"] as const) {
      const rival = run(wftDoc([wft("B", ["2021-01", "2021-02"], "2021-07-01"), wft("A", monthRun("2020-11", 6), "2021-07-02")], { ledger: r1.grants }), FILLED, order);
      expect(total(rival)).toBe("1100.00"); // January–February, 2 × 550, once
    }
  });

  it("per employer (a reform): E2 refiling under E1's id A for 2020 is paid July–December as under a new id (6 × 500 = 3000.00), never January–June again", () => {
    const r1 = run(wftDoc([wft("A", monthRun("2020-01", 12), "2021-01-05")]), PER_EMPLOYER);
    expect(paidMonths(dec(r1, "A"))).toEqual(monthRun("2020-01", 6));
    const moved = (id: string) => run({ trainees: [poor({ employerId: "E2" })], enterprises: [WE1, WE2], claims: [wft(id, monthRun("2020-01", 12), "2021-02-05", "E2")], ledger: r1.grants }, PER_EMPLOYER);
    expect([byId(moved("A")).A, paidMonths(dec(moved("A"), "A"))]).toEqual(["granted:3000.00", monthRun("2020-07", 6)]);
    expect(byId(moved("A2")).A2).toBe("granted:3000.00");
  });

  it("a third run of A after its two grants never pays a seventh month (cold review 87's mend, again with a CSV ledger on the command line: denied, the six used)", async () => {
    const r1 = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), GAP);
    const r2 = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-07-01")], { ledger: r1.grants }), FILLED);
    expect(byId(r2)).toEqual({ A: "granted:1100.00" });
    const r3 = run(wftDoc([wft("A", monthRun("2020-11", 7), "2021-08-01")], { ledger: [...r1.grants, ...r2.grants] }), FILLED);
    expect(byId(r3)).toEqual({ A: "denied:0.00" });
    const c = await cli(["evaluate", "-", "--input", "json", "--format", "ndjson", "--no-trace", "--policy", "national-frameworks", "--ledger", csvFile([...r1.grants, ...r2.grants])], JSON.stringify(wftDoc([wft("A", monthRun("2020-11", 7), "2021-08-01")])));
    expect(outcomesOf(c.out, "A")).toEqual(["denied:work_for_training_months_used"]);
  });

  it("the command line holds the refiled A (no standard shipped) alike in one run, 4 parts and 4 parts on 2 threads; and from CSV ledgers, A and the living allowance L1", async () => {
    const r1 = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), GAP);
    const others = [1, 2, 3, 4, 5].map((i) => poor({ id: `Q${i}` }));
    const input = JSON.stringify({ trainees: [poor(), ...others], enterprises: [WE1, WE2], claims: [wft("A", monthRun("2020-11", 6), "2021-07-01"), ...others.map((t, i) => ({ ...wft(`X${i}`, ["2021-03"], "2021-07-01"), traineeId: t.id }))] });
    const args = ["-", "--input", "json", "--format", "ndjson", "--no-trace", "--policy", "national-frameworks", "--ledger", jsonFile(r1.grants)];
    for (const r of [await cli(["evaluate", ...args], input), await evaluateSpilled(args, input, 4), await evaluateThreaded(args, input, 4, 2)]) expect(outcomesOf(r.out, "A")).toEqual(["undecidable:no_local_standard"]);
    const csvA = await cli(["evaluate", "-", "--input", "json", "--format", "ndjson", "--no-trace", "--policy", "national-frameworks", "--ledger", csvFile(r1.grants)], JSON.stringify(wftDoc([wft("A", monthRun("2020-11", 6), "2021-07-01")])));
    const l1 = run(laDoc([la("L1", "K1", "2022-01-15")]), G);
    const csvL = await cli(["evaluate", "-", "--input", "json", "--format", "ndjson", "--no-trace", "--policy", "national-frameworks", "--ledger", csvFile(l1.grants)], JSON.stringify(laDoc([la("L1", "K1", "2022-02-15")])));
    expect([...outcomesOf(csvA.out, "A"), ...outcomesOf(csvL.out, "L1")]).toEqual(["undecidable:no_local_standard", "undecidable:no_local_standard"]);
  });

  it("one batch pays a most changed part-way as one claim does, whatever the filing order: lowered to 3, 3 × 500 = 1500.00; raised to 8, 8 × 500 = 4000.00", () => {
    // lowered: November, December (most 6), January (2 counted < 3) = 3 months; raised: November … June 2021 (7 counted < 8) = 8
    expect(total(run(wftDoc([wft("B", monthRun("2021-01", 4), "2021-06-01"), wft("A", monthRun("2020-11", 2), "2021-07-01")]), MOST3))).toBe("1500.00");
    expect(total(run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), MOST3))).toBe("1500.00");
    expect(total(run(wftDoc([wft("B", monthRun("2021-01", 6), "2021-07-01"), wft("A", monthRun("2020-11", 2), "2021-08-01")]), MOST8))).toBe("4000.00");
    expect(total(run(wftDoc([wft("A", monthRun("2020-11", 8), "2021-08-01")]), MOST8))).toBe("4000.00");
  });

  it("f77cfbf: the person's 培训合格证书 writing no level, set aside for its date's spelling, does not hold the 2020 初级工 appraisal: 120.00", () => {
    const r = run(appraisalDoc([cert("C0", { kind: "trainingCompletionCertificate", level: undefined, issuedOn: "2019-5-1", courseId: undefined })]), JX);
    expect(byId(r)).toEqual({ B: "granted:120.00" }); // jx2019 「初级工、中级工 120 元」
  });
});

/** The ordinary Jiaxing worker's EX-ELEC 初级工 certificate C2 of 2020-08-20 (course K2) and her appraisal claim B on it, beside `certificates`. */
function appraisalDoc(certificates: O[]): O {
  return {
    trainees: [worker()],
    enterprises: [E1],
    courses: [course("K1"), course("K2", { startDate: "2020-08-01", endDate: "2020-08-10" })],
    certificates: [...certificates, cert("C2", { courseId: "K2", issuedOn: "2020-08-20" })],
    claims: [appraisal("B", "C2", { submittedOn: "2020-09-01" })],
  };
}

describe("cold review 90: findings (it.fails: each fails today at its own assertion)", () => {
  // Seen failing as `it` at the run-2 assertion: denied:0.00 (work_for_training_months_used).
  // Mended 2026-12-07: workForTrainingMonths reads the months counted in calendar order, each within the most in force on its own first day (F1, F2).
  it("F1: a most raised to 8 from 2021-01-01 — November–December 2020 claimed in a run after January–June 2021 are paid (2 × 500 = 1000.00), as one batch pays them", () => {
    const r1 = run(wftDoc([wft("B", monthRun("2021-01", 6), "2021-07-01")]), MOST8);
    expect(byId(r1)).toEqual({ B: "granted:3000.00" }); // 6 × 500, the most on 2021-01-01 being 8
    const r2 = run(wftDoc([wft("A", monthRun("2020-11", 2), "2021-08-01")], { ledger: r1.grants }), MOST8);
    // in calendar order November is the 1st month (< 6), December the 2nd (< 6), June 2021 the 8th (≤ 8): 2 × 500 = 1000.00,
    // 4000.00 in all as in one batch (control). Library: 6 counted ≥ 6 on 2020-11-01, denied.
    expect(byId(r2)).toEqual({ A: "granted:1000.00" });
  });

  // Seen failing as `it` at the run-2 assertion: granted:1000.00.
  it("F2: a most lowered to 3 from 2021-01-01 — November–December 2020 claimed in a run after January–March 2021 are not paid: five months (2500.00) where one batch pays three (1500.00)", () => {
    const r1 = run(wftDoc([wft("B", monthRun("2021-01", 4), "2021-06-01")]), MOST3);
    expect(byId(r1)).toEqual({ B: "granted:1500.00" }); // January–March, 3 × 500 (most 3 on each month's first day)
    const r2 = run(wftDoc([wft("A", monthRun("2020-11", 2), "2021-07-01")], { ledger: r1.grants }), MOST3);
    // in calendar order November and December would make March the person's 5th month under a most of 3: nothing more;
    // 1500.00 in all, as one batch pays (control). Library: 3 counted < 6 on 2020-11-01 → 1000.00 more.
    expect(total(r1, r2)).toBe("1500.00");
  });

  // Seen failing as `it` at the exit-code assertion: 1, «grants.1.id: duplicate_id — id A appears twice».
  it("mend of F3: the refile's grant id skips an id a claim of the batch holds: with a claim numbered A:2 beside it, A's second grant is A:3", () => {
    const r1 = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), GAP);
    const r2 = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-07-01"), wft("A:2", ["2021-05"], "2021-07-01")], { ledger: r1.grants }), FILLED);
    // A: January–February 2 × 550 = 1100.00 (4 + 2 = 6); A:2, May 2021: the six are used, 0.00 — its id is its own
    expect(r2.grants.map((g) => [g.id, g.claimId, g.amount])).toEqual([["A:3", "A", "1100.00"]]);
  });

  // Mended 2026-12-07 (src/engine.ts refiledGrantId): a claim judged again under its id pays under a grant id of its own.
  it("F3: the chained ledger of a refiled claim (two grants under id A) makes the period's progress report: 2200.00 + 1100.00 = 3300.00 spent in 2021", async () => {
    const r1 = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), GAP);
    const r2 = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-07-01")], { ledger: r1.grants }), FILLED);
    // mended: the second grant has an id of its own (the claim's id and `:2`), its claimId still A
    expect([r1.grants[0]?.id, r2.grants[0]?.id, r2.grants[0]?.claimId]).toEqual(["A", "A:2", "A"]);
    const file = tempPath(".ndjson");
    writeFileSync(file, [...r1.grants, ...r2.grants].map((g) => JSON.stringify(g)).join("\n") + "\n"); // «concatenating NDJSON»
    const r = await cli(["report", "--period", "2021", "--grants", file, "--format", "json"]);
    expect(r.code).toBe(0);
    // November 2020 – April 2021 less the gap, 2 × 500 + 2 × 600 = 2200.00, then January–February 2 × 550 = 1100.00
    expect(JSON.parse(r.out).spend.total).toBe("3300.00");
  });

  // Seen failing as `it` at the refile's assertion: denied:0.00 (duplicate_claim).
  // Mended 2026-12-07: asksUnpaid reads a grant's months as the rule does (monthsPaidBy: its months or its month keys).
  it("F4: a grant naming its months by month keys alone (no `months` field) does not keep a refiled A asking the held January–February from being judged: 2 × 550 = 1100.00", () => {
    const r1 = run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), GAP);
    const keysOnly = r1.grants.map((g) => {
      const { months, ...rest } = g as O;
      return { ...rest, basisKeys: (months as string[]).map((m) => `workForTrainingSubsidy|P1|month ${m}`) };
    });
    // the grant says it paid November–December 2020 and March–April 2021 (keys the rule reads: monthsPaidBy); January–February,
    // held for want of a standard, are paid at the city's later 550.00: 2 × 550 = 1100.00 (as with the `months` field: cold review 87 F1)
    expect(byId(run(wftDoc([wft("A", monthRun("2020-11", 6), "2021-07-01")], { ledger: keysOnly }), FILLED))).toEqual({ A: "granted:1100.00" });
  });

  // Seen failing as `it`: undecidable (missing_record, asking for C0's record).
  it.fails("F5: 「不含培训合格证书」 — the person's 培训合格证书 set aside because it writes a level does not hold the 2020 初级工 appraisal: 120.00", () => {
    const r = run(appraisalDoc([cert("C0", { kind: "trainingCompletionCertificate", level: "junior", issuedOn: "2019-05-01", courseId: undefined })]), JX);
    expect(r.invalid.map((i) => i.issues.map((x) => x.code)).flat()).toContain("level_not_allowed");
    // a 培训合格证书 is no certificate of an appraisal whatever it writes: C2 is the first 初级工, 120.00
    expect(byId(r)).toEqual({ B: "granted:120.00" });
  });
});
