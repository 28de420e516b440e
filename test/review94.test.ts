/**
 * Cold review 94 (2026-12-07, HEAD e7f15ac, branch review94): the living allowance REFILED UNDER ITS CLAIM ID whose course
 * gives its attended days BY COUNT only (src/engine.ts `asksUnpaid`, commits 9d82d03 and d0f44b0). Amounts are
 * ILLUSTRATIVE where a standard is illustrative: the living allowance of 50.00 a day of test/support/ordinary.ts
 * `withIllustrativeLocal` (national texts, example.city); Jiaxing's 50.00 a day on the command line is jx2019's own figure
 * (「就业补助资金按每人每天 50 元标准给予生活费补贴」).
 *
 * ── What the claimant is owed, written from the texts before the code ────────────────────────────────────────────────
 * gbf2019 §(十一): the groups it names (就业困难人员 among them) are given 「在培训期间按规定通过就业补助资金同时给予生活费补贴」;
 * jx2019 四(三)四 fixes Jiaxing's 「就业补助资金按每人每天 50 元标准给予生活费补贴」. So each day attended 「在培训期间」 is owed
 * once (「每人每天」): no day twice, none left unpaid that a text in force prices. Claim ids are no part of the texts; the
 * ledger (jx2019 「建立培训全过程台账，确保可追溯」) records which claim was paid for what. A course given by a count alone
 * says how many days, not which: when some of its span's days were paid, the count proves at least (count − days paid)
 * days unpaid — exactly that many where the days paid are this course's own (its claim's grant naming it) — and only
 * the dates can say which, which matters where the rate differs over the span or another course's days may be among
 * them: so the claim is owed a hold asking them, or the certain days at the one rate (never the whole count again,
 * never a refusal while days may be unpaid); a grant that paid this very course's days is the course's payment,
 * whatever dates it gives them.
 *
 * ── What I read and ran ──────────────────────────────────────────────────────────────────────────────────────────────
 * Read: law/sources/{gbf2019,jx2019}.txt; the readings claim-id-reused (whole), living-allowance-day-by-day,
 * living-allowance-days-unknown, pay-once-basis; `git show 9d82d03 d0f44b0`; src/engine.ts (judgedOrder, contradicts,
 * asksUnpaid, refiledGrantId, claimIdFacts); src/provisions/livingAllowance/livingAllowance.ts (daysPaidBefore, the rule);
 * src/provisions/common.ts (knownAttendedDates, grantFieldsMissing); src/locales (missing_record); the headers of
 * test/review87, 89, 90, 93.
 * Ran (parseClaimsDocument → evaluateBatch; `skills-subsidy evaluate --policy jiaxing-2019` with a JSON and a CSV
 * ledger, in one run, spilled into 4 parts, 4 parts on 2 threads): the span's edges (a key on startDate, on endDate, one
 * day before, one after); counts equal to and one above the days keyed; two grants under the id keying overlapping days;
 * another trainee's grant under the id; a day paid by another claim's overlapping course; gbf2019 alone → the national
 * frameworks, count held, then refiled with the dates; two refiles of overlapping courses in one batch; a grant naming the
 * course whose days lie outside its span; a widening of the groups backdated (the count exact); the hold's reason in zh and en.
 *
 * ── Findings (each an it.fails, run first as `it` and seen failing at its own assertion) ─────────────────────────────
 * F1 (500.00 in the case, ILLUSTRATIVE; 30 %) — a grant under the id that NAMES THIS COURSE (K1, trainee P1) and keys 10
 *    days that lie outside K1's span (June; the course runs 2022-07-01 … 07-20, 10 days attended, by count), dated
 *    2022-06-20, before the course began: the refile is judged (10 > 0 keyed in the span) and PAID 10 × 50.00 = 500.00
 *    under L1:2, the course's payment made a second time — the grant says it paid course K1 ten days, the record says K1
 *    had ten days (「在培训期间」: a day outside the course is no day of it, so the grant and the course record disagree and
 *    one of them is wrong). The rule's own daysPaidBefore reads a grant naming the course, dated before it began, as one
 *    that «disagrees with it» (livingAllowance.ts:139-146) — but only when it keys no day; the reading
 *    earlier-grant-says-what-it-paid holds a claim a grant «may have paid», «never paid on the guess that it did not». A renumbered claim (L2) is paid
 *    alike, so the id is not the cause; the reading claim-id-reused counts only «the days its grants keyed within the
 *    course's span», and cold review 93 F2 recorded such a grant as «no money» — here money moves, because the grant
 *    names this course. Cause: src/engine.ts:781-785 (inSpan ignores the grant's course) with
 *    src/provisions/livingAllowance/livingAllowance.ts:130-146 (a day key outside the span is dropped; `named` read only
 *    for a grant keying no day). Mend: a grant naming the claim's course whose day keys lie outside the course's span
 *    contradicts the course record: hold (grant … basisKeys (its days) / course.attendedDates), as a grant naming the
 *    course and keying no day is held; at least do not pay the count.
 * F2 (0.00; 40 %; message) — the hold of a refile by count says only “缺少记录：course.attendedDates” / “missing record:
 *    course.attendedDates”, citing gbf2019.local-standards §(十二) (the rate's clause): it does not say that days of this
 *    span were paid under L1 already (which, how many), nor why the count alone cannot be paid — a clerk reads it as a
 *    broken course record. The sibling hold (a rate changing in the span) says why (attendance_dates_needed). Cause:
 *    src/provisions/livingAllowance/livingAllowance.ts:154-155 (grantFieldsMissing with no facts of the days paid). Mend:
 *    a reason of its own (e.g. `attendance_dates_needed` with `paidDays`/`earlierClaims`), in both languages.
 * F3 (450.00 held in the case, ILLUSTRATIVE; 30 %) — the refile by count is held for the dates even where the days unpaid
 *    are certain in NUMBER and one rate prices the whole span. A 农民工 let in by an ILLUSTRATIVE widening (gbf2019 §(十二)
 *    「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」) from 2022-07-10: L1's course K1 (07-01 … 07-20, 15 days listed,
 *    07-01 … 07-15) paid 07-10 … 07-15 = 6 × 50.00 = 300.00, keyed by day. The widening backdated to 07-01, the record now
 *    gives the 15 days by count: L1's own grant, naming K1, keyed 6 of ITS attended days, and no other grant keys a day of
 *    the span, so exactly 15 − 6 = 9 days are unpaid — 9 × 50.00 = 450.00 at the one rate in force on every day of the span
 *    (the same record under a fresh id, no ledger, is paid 15 × 50.00 = 750.00 without dates; with the dates the refile is
 *    paid 450.00). It is held “缺少记录：course.attendedDates” instead. The reading living-allowance-days-unknown asks the
 *    dates where «a repeat is certain but some days are new» between a claim and EARLIER grants (another course's days
 *    may or may not be among the count); for the claim's own grant naming this course the keyed days ARE days of the
 *    count, so the count is exact, not a bound. I argue the reading too wide there (30 %). Cause:
 *    src/provisions/livingAllowance/livingAllowance.ts:151-155 (daysPaidBefore asks the dates whenever a day of the span
 *    was paid). Mend: when every grant keying a day of the span names this course and this trainee (the claim's own) and
 *    one value prices the span, pay (count − keyed in the span) days, keyed by the course and its period.
 * MENDED 2026-12-07: F1 (src/provisions/livingAllowance/livingAllowance.ts daysPaidBefore: a day a grant keys outside the
 *    course it names opens that course's span, so the refile is held asking the grant's days; reading
 *    living-allowance-days-unknown). Not mended: F2 (no money, a message) and F3 (30 %: weighed as an alternative in
 *    living-allowance-days-unknown — the dates, once given, pay the same).
 * Controls that hold (plain `it`): the span's edges (key on startDate and endDate counted; the day before and after not);
 *    count = keyed → duplicate_claim, count = keyed + 1 → held; two grants' overlapping keys counted once; another
 *    trainee's grant under the id → claim_conflict; gbf2019 → frameworks: count refile held, dated refile paid the 6 days of
 *    2022 exactly (300.00 under L1:2), a fourth refile by count or dates refused (800.00 = 16 × 50.00); a course whose every
 *    attended day another claim paid: held, then with dates refused, as a new id is; two refiles of overlapping courses in
 *    one batch pay 18 distinct days once (900.00); the command line, JSON and CSV ledgers, one run / 4 parts / 2 threads
 *    alike (held, duplicate_claim, then 2 × 50.00 = 100.00 with dates). No day was paid twice on the count path save F1.
 */


import { describe, expect, it } from "vitest";
import type { Decision } from "../src/index.js";
import { evaluateBatch, explainReason, nationalFrameworksPolicy, nationalPolicy } from "../src/index.js";
import type { Policy } from "../src/index.js";


import { reformAll } from "../src/reform/index.js";
import { cli, decisionsOf, evaluateSpilled, evaluateThreaded, tempFiles } from "./cli-helpers.js";
import { cityCourse, cityWorker, course, withIllustrativeLocal, worker } from "./support/ordinary.js";
import { parsed } from "./support/world.js";

type O = Record<string, any>;
/** The national frameworks with the ILLUSTRATIVE living allowance of 50.00 a day. */
const L = withIllustrativeLocal(nationalFrameworksPolicy());
/** gbf2019 alone (the command line's `national`), the same ILLUSTRATIVE standard. */
const G = withIllustrativeLocal(nationalPolicy());
const run = (doc: O, policy: Policy = L) => evaluateBatch(policy, parsed(doc));
type Run = ReturnType<typeof run>;
const dec = (r: Run, id: string) => r.decisions.find((d) => d.claimId === id) as Decision;
const HIDE = ["course_in_jurisdiction", "in_living_allowance_group", "living_allowance_days"];
const got = (r: Run, id: string) => `${dec(r, id).outcome}:${dec(r, id).amount}:${dec(r, id).reasons.map((x) => x.code).filter((c) => !HIDE.includes(c)).join(",")}`;
const total = (...rs: Run[]) => rs.flatMap((r) => r.decisions).reduce((s, d) => s + Number(d.amount ?? 0), 0).toFixed(2);

const la = (id: string, courseId: string, submittedOn: string, traineeId = "P1"): O => ({ id, measure: "livingAllowance", traineeId, claimant: { kind: "trainee", id: traineeId }, courseId, submittedOn });
/** A 就业困难人员 of the example city (gbf2019 §(十一)'s list). */
const hard = (id = "P1") => cityWorker({ id, statuses: ["employmentDifficulty"] });
/** Days of July 2022, a … b. */
const jul = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => `2022-07-${String(a + i).padStart(2, "0")}`);
const dayKeys = (days: readonly string[], trainee = "P1") => days.map((d) => `livingAllowance|${trainee}|day ${d}`);
/** A grant of an earlier run under claim id `claimId`, keying `days` alone (days left unpaid then: no course key), naming course K1. */
const grant = (id: string, claimId: string, days: readonly string[], o: O = {}): O => ({
  id, claimId, traineeId: "P1", measure: "livingAllowance", provision: "gbf2019.living-allowance-groups", payee: { kind: "trainee", id: "P1" },
  basisDate: "2022-07-20", amount: (days.length * 50).toFixed(2), courseId: "K1", basisKeys: dayKeys(days, (o["traineeId"] as string | undefined) ?? "P1"), ...o,
});
/** Course K1 of the example city, 2022-07-01 … 07-20 (20 days), `n` days attended, given by count only. */
const byCount = (n: number, o: O = {}) => cityCourse("K1", { attendedDays: n, ...o });
const refile = (n: number, ledger: O[], id = "L1") => run({ trainees: [hard()], courses: [byCount(n)], claims: [la(id, "K1", "2022-09-01")], ledger });

/** 16 working days of 2021-12-20 … 2022-01-10: 10 in 2021, 6 in 2022. */
const DATES16 = ["2021-12-20", "2021-12-21", "2021-12-22", "2021-12-23", "2021-12-24", "2021-12-27", "2021-12-28", "2021-12-29", "2021-12-30", "2021-12-31", "2022-01-03", "2022-01-04", "2022-01-05", "2022-01-06", "2022-01-07", "2022-01-10"];
let patches = 0;
const reform = (base: Policy, changes: O[]): Policy => {
  const r = reformAll(base, [{ id: `r94-${patches++}`, label: { zh: "改革", en: "reform" }, changes }] as never);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.policy;
};
/** An ILLUSTRATIVE widening of the living-allowance groups to 农民工 (gbf2019 §(十二)), from 2022-07-10, then backdated to 07-01. */
const W1 = reform(L, [{ parameter: "livingAllowance.scopeAdjustment", from: "2022-07-10", until: "2028-01-01", value: ["migrantWorker"] }]);
const W2 = reform(L, [{ parameter: "livingAllowance.scopeAdjustment", from: "2022-07-01", until: "2028-01-01", value: ["migrantWorker"] }]);
const mig = cityWorker({ statuses: ["migrantWorker"] });
const ACROSS = (o: O = {}) => cityCourse("K1", { startDate: "2021-12-20", endDate: "2022-01-10", attendedDays: 16, ...o });

describe("cold review 94 — controls: the refile by count pays no day twice and refuses none unpaid", () => {
  it("the span's edges: a key on startDate or endDate counts, the day before or after does not; count = keyed is duplicate_claim, keyed + 1 is held", () => {
    // 10 keyed in the span, 10 attended: no day can be unpaid (at least 10 − 10 = 0) — refused as paid, nothing lost
    expect(got(refile(10, [grant("G1", "L1", jul(1, 10))]), "L1")).toBe("denied:0.00:duplicate_claim");
    // the 10 keyed ending ON endDate (07-11 … 07-20) count as well
    expect(got(refile(10, [grant("G1", "L1", jul(11, 20))]), "L1")).toBe("denied:0.00:duplicate_claim");
    // 11 attended, 10 keyed: at least one day unpaid (11 − 10 = 1, 50.00 ILLUSTRATIVE), which the dates must name: held
    const up = refile(11, [grant("G1", "L1", jul(1, 10))]);
    expect([dec(up, "L1").outcome, dec(up, "L1").missingFacts, up.grants]).toEqual(["undecidable", ["course.attendedDates"], []]);
    // a key one day BEFORE startDate (06-30) or one AFTER endDate (07-21) is no day of the course: 9 in the span < 10
    for (const days of [["2022-06-30", ...jul(2, 10)], [...jul(1, 9), "2022-07-21"]]) {
      const r = refile(10, [grant("G1", "L1", days)]);
      // since F1's mend the grant, naming K1 yet keying a day outside it, is asked for its days as well (held either way)
      expect([dec(r, "L1").outcome, dec(r, "L1").missingFacts, r.grants]).toEqual(["undecidable", ["course.attendedDates", "grant G1: basisKeys (its days)"], []]);
    }
  });

  it("two grants under the id keying overlapping days count each day once: 8 distinct days keyed, 8 attended refused, 9 held", () => {
    // 07-01 … 07-05 and 07-04 … 07-08 = 8 distinct days (「每人每天」: a day is one day however many grants key it)
    const ledger = [grant("G1", "L1", jul(1, 5)), grant("L1:2", "L1", jul(4, 8))];
    expect(got(refile(8, ledger), "L1")).toBe("denied:0.00:duplicate_claim");
    expect([dec(refile(9, ledger), "L1").outcome, dec(refile(9, ledger), "L1").missingFacts]).toEqual(["undecidable", ["course.attendedDates"]]);
  });

  it("another trainee's grant under the id is not read as the claim's days: claim_conflict, flagged", () => {
    // P2's 10 keyed days say nothing of P1's; the id names two claims (reading claim-id-reused)
    const r = refile(10, [grant("G1", "L1", jul(1, 10), { traineeId: "P2", payee: { kind: "trainee", id: "P2" } })]);
    expect(got(r, "L1")).toBe("denied:0.00:claim_conflict");
  });

  it("gbf2019 alone, then the frameworks: by count held, refiled with the dates paid the 6 days of 2022 exactly (300.00 under L1:2), then refused — 16 × 50.00 = 800.00", () => {
    // run 1 (gbf2019 alone): the 10 listed days of 2021 × 50.00 = 500.00, the 6 of 2022 left unkeyed (the text ended)
    const r1 = run({ trainees: [hard()], courses: [ACROSS({ attendedDates: DATES16 })], claims: [la("L1", "K1", "2022-01-15")] }, G);
    expect(got(r1, "L1")).toBe("granted:500.00:");
    // run 2 (frameworks), by count 16: at least 16 − 10 = 6 days unpaid: held for the dates, nothing paid
    const r2 = run({ trainees: [hard()], courses: [ACROSS()], claims: [la("L1", "K1", "2022-02-15")], ledger: r1.grants });
    expect([dec(r2, "L1").outcome, dec(r2, "L1").missingFacts, r2.grants]).toEqual(["undecidable", ["course.attendedDates"], []]);
    // run 3, the dates given: the 6 days of 2022 × 50.00 = 300.00, keyed with the course under L1:2
    const r3 = run({ trainees: [hard()], courses: [ACROSS({ attendedDates: DATES16 })], claims: [la("L1", "K1", "2022-03-15")], ledger: r1.grants });
    expect([got(r3, "L1"), r3.grants.map((g) => g.id)]).toEqual(["granted:300.00:days_already_paid", ["L1:2"]]);
    // run 4, by count or with dates: every day paid and the course keyed: refused
    for (const c of [ACROSS(), ACROSS({ attendedDates: DATES16 })]) {
      expect(got(run({ trainees: [hard()], courses: [c], claims: [la("L1", "K1", "2022-04-15")], ledger: [...r1.grants, ...r3.grants] }), "L1")).toBe("denied:0.00:duplicate_claim");
    }
    expect(total(r1, r2, r3)).toBe("800.00");
  });

  it("every attended day paid, some by ANOTHER claim's overlapping course: the refile by count is held (as a new id is), then with its dates refused — nothing paid twice", () => {
    // K0 (07-01 … 07-05, L0) paid 5 days; L1's grant keyed 07-06 … 07-10. K1 attended 07-01 … 07-10 (10 of 20 days):
    // 10 > 5 keyed under L1, so the count cannot tell; the dates show every day paid (10 × 50.00 = 500.00 in all)
    const K0 = cityCourse("K0", { endDate: "2022-07-05", attendedDays: 5 });
    const l0 = run({ trainees: [hard()], courses: [K0], claims: [la("L0", "K0", "2022-07-06")] });
    expect(got(l0, "L0")).toBe("granted:250.00:");
    const ledger = [...l0.grants, grant("G1", "L1", jul(6, 10))];
    for (const id of ["L1", "L2"]) {
      const r = run({ trainees: [hard()], courses: [K0, byCount(10)], claims: [la(id, "K1", "2022-09-01")], ledger });
      expect([dec(r, id).outcome, dec(r, id).missingFacts]).toEqual(["undecidable", ["course.attendedDates"]]);
    }
    const dated = run({ trainees: [hard()], courses: [K0, byCount(10, { attendedDates: jul(1, 10) })], claims: [la("L1", "K1", "2022-09-01")], ledger });
    expect([got(dated, "L1"), dated.grants]).toEqual(["denied:0.00:basis_already_paid", []]);
  });

  it("two refiles of overlapping courses in one batch pay each of the 18 distinct days once: 500.00 + 400.00 = 900.00", () => {
    // K1: DATES16 (2021-12-20 … 2022-01-10); K3: 2021-12-27 … 2022-01-05, every day (10). Distinct days: the 10 of 2021 in
    // DATES16 + 2022-01-01 … 01-05 (5) + 01-06, 01-07, 01-10 (3) = 18 × 50.00 = 900.00.
    // gbf2019 alone: L3 (ends first) 12-27 … 12-31 = 250.00; L1 12-20 … 12-24 = 250.00 (its 12-27 … 12-31 paid by L3)
    const K3 = cityCourse("K3", { startDate: "2021-12-27", endDate: "2022-01-05", attendedDays: 10 });
    const doc = (submittedOn: string, o: O = {}) => ({ trainees: [hard()], courses: [ACROSS({ attendedDates: DATES16 }), K3], claims: [la("L1", "K1", submittedOn), la("L3", "K3", submittedOn)], ...o });
    const r1 = run(doc("2022-01-15"), G);
    expect([got(r1, "L1"), got(r1, "L3")]).toEqual(["granted:250.00:days_already_paid", "granted:250.00:"]);
    // the frameworks, both refiled in one batch: L3 01-01 … 01-05 = 250.00 (its 2021 days paid); L1 01-06, 01-07, 01-10 = 150.00
    const r2 = run(doc("2022-02-15", { ledger: r1.grants }));
    expect([got(r2, "L1"), got(r2, "L3")]).toEqual(["granted:150.00:days_already_paid", "granted:250.00:days_already_paid"]);
    const r3 = run(doc("2022-03-15", { ledger: [...r1.grants, ...r2.grants] }));
    // a third run: L1's dates include days L3's grants keyed, not L1's — judged again, and refused by its course key
    expect([got(r3, "L1"), got(r3, "L3")]).toEqual(["denied:0.00:basis_already_paid", "denied:0.00:duplicate_claim"]);
    expect(total(r1, r2, r3)).toBe("900.00");
  });
});

const { json: jsonFile, csv: csvFile } = tempFiles("review94");
const outcomesOf = (out: string, id: string) => decisionsOf(out, id).map((j) => `${j.outcome}:${j.amount}:${JSON.stringify(j.missingFacts ?? [])}`);

describe("cold review 94 — the command line", () => {
  it("Jiaxing, a JSON and a CSV ledger: the refile by count held, by a count the keys cover refused, with dates paid 2 × 50.00 = 100.00 — one run, 4 parts, 4 parts on 2 threads alike", async () => {
    // jx2019 「就业补助资金按每人每天 50 元标准给予生活费补贴」. An earlier grant under L1 keyed 2021-06-01 … 06-05 (its other days
    // then unpaid, so no course key). K1 2021-06-01 … 06-10: 7 attended by count (≥ 2 unpaid): held; 5 by count: refused;
    // dated 06-01 … 06-07: the 2 unpaid days × 50.00 = 100.00. P2–P6 fill the parts.
    const days = ["2021-06-01", "2021-06-02", "2021-06-03", "2021-06-04", "2021-06-05"];
    const g1 = { id: "G1", claimId: "L1", traineeId: "P1", measure: "livingAllowance", provision: "jx2019.living-allowance", payee: { kind: "trainee", id: "P1" }, basisDate: "2021-06-10", amount: "250.00", courseId: "K1", basisKeys: dayKeys(days) };
    const people = ["P1", "P2", "P3", "P4", "P5", "P6"];
    const jxHard = (id: string) => worker({ id, statuses: ["employmentDifficulty"], employerId: undefined });
    const cases: [O, string][] = [
      [{ attendedDays: 7 }, 'undecidable:null:["course.attendedDates"]'],
      [{ attendedDays: 5 }, "denied:0.00:[]"],
      [{ attendedDays: 7, attendedDates: [...days, "2021-06-06", "2021-06-07"] }, "granted:100.00:[]"],
    ];
    for (const [k1, want] of cases) {
      const courses = people.map((p, i) => course(`K${i + 1}`, { traineeId: p, startDate: "2021-06-01", endDate: "2021-06-10", attendedDays: 10, ...(i === 0 ? k1 : {}) }));
      const input = JSON.stringify({ trainees: people.map(jxHard), courses, claims: people.map((p, i) => la(`L${i + 1}`, `K${i + 1}`, "2021-07-15", p)) });
      for (const ledger of [jsonFile([g1]), csvFile([g1])]) {
        const args = ["-", "--input", "json", "--format", "ndjson", "--no-trace", "--policy", "jiaxing-2019", "--ledger", ledger];
        for (const r of [await cli(["evaluate", ...args], input), await evaluateSpilled(args, input, 4), await evaluateThreaded(args, input, 4, 2)]) {
          expect([r.code, outcomesOf(r.out, "L1")]).toEqual([0, [want]]);
        }
      }
    }
  });
});

describe("cold review 94 — findings", () => {
  // Mended 2026-12-07 (livingAllowance.ts daysPaidBefore: a day a grant keys outside the course it names opens that course's span)
  it("F1: a grant naming course K1 that keyed 10 June days (dated before K1 began) is K1's payment: the refile by count (10 of July) is not paid 500.00 again", () => {
    // K1 runs 2022-07-01 … 07-20, 10 days attended by count. The grant under L1 names K1 and paid 10 days × 50.00 = 500.00
    // (ILLUSTRATIVE), keyed 2022-06-01 … 06-10, dated 2022-06-20: by 「在培训期间」 no day outside K1 is a day of K1, so the
    // grant and the course record disagree; paying the count again (500.00 under L1:2) pays the course twice if the grant's
    // course is right. Owed: held for which days the grant paid (or the course's dates), not paid.
    const june = Array.from({ length: 10 }, (_, i) => `2022-06-${String(i + 1).padStart(2, "0")}`);
    const ledger = [grant("G1", "L1", june, { basisDate: "2022-06-20" })];
    const r = refile(10, ledger);
    expect([dec(r, "L1").outcome, dec(r, "L1").amount, r.grants]).toEqual(["undecidable", null, []]);
  });

  it.fails("F3: a refile by count whose own grant keyed 6 of its 15 days, no other grant in the span, one rate over it: paid the 9 days (450.00 ILLUSTRATIVE), not held for the dates", () => {
    // the widening (ILLUSTRATIVE) from 07-10 pays 07-10 … 07-15 of the 15 listed days: 6 × 50.00 = 300.00
    const w1 = run({ trainees: [mig], courses: [byCount(15, { attendedDates: jul(1, 15) })], claims: [la("L1", "K1", "2022-08-01")] }, W1);
    expect(got(w1, "L1")).toBe("granted:300.00:");
    // control: the same record with its dates, under the widening from 07-01: 15 − 6 = 9 × 50.00 = 450.00
    const dated = run({ trainees: [mig], courses: [byCount(15, { attendedDates: jul(1, 15) })], claims: [la("L1", "K1", "2022-09-01")], ledger: w1.grants }, W2);
    expect(got(dated, "L1")).toBe("granted:450.00:days_already_paid");
    // control: by count under a fresh id and no ledger, one rate over the span: 15 × 50.00 = 750.00 without dates
    expect(got(run({ trainees: [mig], courses: [byCount(15)], claims: [la("L9", "K1", "2022-09-01")] }, W2), "L9")).toBe("granted:750.00:");
    // the finding: by count, the 9 unpaid days are certain (L1's grant keyed 6 of K1's own 15): 450.00 owed
    const r = run({ trainees: [mig], courses: [byCount(15)], claims: [la("L1", "K1", "2022-09-01")], ledger: w1.grants }, W2);
    expect([dec(r, "L1").outcome, dec(r, "L1").amount]).toEqual(["granted", "450.00"]);
  });

  it.fails("F2: the hold of a refile by count says why the count does not do — the days of the span paid under L1 already — in both languages", () => {
    // 11 attended, 10 keyed under L1 (07-01 … 07-10): the clerk must be told that days are paid under L1 and the dates
    // are needed to tell which of the 11 are the ≥ 1 unpaid (50.00 ILLUSTRATIVE), not only “缺少记录：course.attendedDates”.
    const r = refile(11, [grant("G1", "L1", jul(1, 10))]);
    const held = dec(r, "L1").reasons.find((x) => x.code !== "course_in_jurisdiction" && x.code !== "in_living_allowance_group");
    const message = explainReason(held as never).message;
    expect([message.zh.includes("L1"), message.en.includes("L1")]).toEqual([true, true]);
  });
});
