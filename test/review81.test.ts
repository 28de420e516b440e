/**
 * Cold review 81: this morning's changes (66ac0f0..f1f45e1) as money — the living allowance's widening of its groups read day
 * by day (31bb7e8), a claim id a prior grant paid another claim on (0a00b9e, b2263ad), and POST /evaluate's `grants` (f40ba1f).
 *
 * Read: law/sources/jx2019.txt 四(三)四 「在培训期间通过就业补助资金按每人每天 50 元标准给予生活费补贴」; gbf2019.txt §(十一)(十二)
 * 「省级人力资源社会保障部门、财政部门可在规定的原则下结合实际调整享受职业培训补贴、生活费补贴人员范围和条件要求」; readings
 * living-allowance-scope-adjustment, living-allowance-day-by-day, pay-once-basis, claim-id-reused,
 * earlier-certificate-unreadable; src/provisions/livingAllowance/livingAllowance.ts (run, l.255–375), src/provisions/common.ts
 * (DayScope, priceAttendedDays), src/engine.ts (contradicts, claimIdFacts), src/records/document.ts (duplicate_id copies),
 * src/server/handler.ts (/evaluate), test/review79.test.ts (patches), test/review78.test.ts (the service in process).
 * Ran: npm run build; probes of a widening of the groups to `unemployed` (the Jiaxing catalogue, a reform patch) on a course
 * 2020-06-01…06-10 in Haining: begins / ends / both inside it, with a rate change, by count, all days and listed; a second
 * claim on the course (same batch, next run, after the widening is extended); a pensioner; chains through the library,
 * `evaluate --grants-out/--ledger` (one run, 4 parts, 2 threads) and POST /evaluate's grants.
 *
 * Finding (an it.fails below, seen failing as `it` at the marked assertion):
 * F1 (money: none paid wrongly; a claim wrongly HELD — undecidable, flagged, asking for a fact no one can give) 70 %.
 *    Under a widening that begins within the course (from 2020-06-05), the first claim L-1 is paid its widened days
 *    06-05…06-10 (300.00) and leaves 06-01…06-04 unpaid and unkeyed. A second claim on the course's days (a new id in the
 *    same batch, the next run with L-1's grant as ledger, or a second course record of the same dates) has only those four
 *    days fresh; livingAllowance.ts:358–361 reprices them with the same `scope`, finds no day in force, and returns
 *    `again.check` — undecidable `provision_not_in_force` “2020-06-01 无施行中的规定：省级调整的生活费补贴人员范围”, missing
 *    “parameter livingAllowance.scopeAdjustment”. But that parameter IS in force on 06-01 (Jiaxing's [] — the person is simply
 *    not named: `DayScope.outside` in livingAllowance.ts:310–313 reports a resolved value as reason "not_yet"), and the
 *    same four days claimed alone are DENIED not_in_living_allowance_group. So the claim is held for a missing
 *    parameter that cannot be supplied, where it should be refused (basis_already_paid for the six, outside the groups
 *    for the four). Mend: in the repeat path, when `again` is unknown only because `scope` leaves every fresh day out,
 *    refuse (days_already_paid + not_in_living_allowance_group, or basis_already_paid); and let `outside` return a reason
 *    that is not "not yet in force" when the widening is resolved but names none of the person's statuses.
 * F2 (money: 120.00 paid, possibly wrongly — an appraisal paid as 「通过初次职业技能鉴定」 beside the person's earlier
 *    certificate of the same occupation and level) 45 %. Two differing copies of certificate C0 (EX-ELEC 初级工, 2019-05-01),
 *    one naming P1 and one naming P2 (a mistyped trainee id), are both set aside `duplicate_id`; src/records/document.ts
 *    (index(), l.351, the `copies.some((j) => anId(raws[j], "traineeId") !== trainee)` → `continue`, b2263ad) then holds NO ONE,
 *    so P1's later C1 appraisal A-C1 is granted 120.00 appraisal_first_time — in one run and in 4 parts alike. The copy
 *    naming P1, read alone, refuses A-C1 (appraisal_not_first); set aside alone (a bad date), or beside a differing copy
 *    also naming P1, it holds A-C1 (reading earlier-certificate-unreadable, whose own argument is that "correcting the
 *    record afterwards cannot take the payment back"). The reading chose "hold no one" for copies naming two trainees
 *    (each part sees one copy); but each copy could hold the trainee it names — the part of P1 already knows its copy
 *    is set aside (the run decides alike in parts). Mend: push every copy with a readable trainee into
 *    unreadCertificates (each holds its own trainee's appraisals), in one run and in the parts' cross-part duplicate path.
 * Both MENDED the same morning: F1 (livingAllowance.ts: the new days all outside the widening are refused as paid,
 *    basis_already_paid naming the days paid), F2 (document.ts: every copy of a certificate id held twice holds its
 *    trainee's appraisals; src/cli/pipeline.ts decidePart: a part's copy of an id another part holds too, alike).
 *
 * Controls that hold (plain `it`): widening + rate change in one course (330.00); two windows in one course (350.00, the
 *    gap unpaid); a count smaller than the span across the change asks the dates; days left unpaid by the widening are
 *    paid once the widening is extended, under a new id (200.00), and never again (third claim refused); the pensioner is
 *    refused beside a widening, begun or ended in the course; the ordinary rural 两后生 chains through the command line in one
 *    run, in 4 parts and on 2 threads alike (conflict of a reused id, duplicate of a refiled one, the overlapping course's
 *    new days only); POST /evaluate's grants chain the same way; a province layer dating its widening from 06-05 still
 *    refuses a pensioner on a May course; a second claim whose fresh days lie partly inside the widening pays those only;
 *    differing copies of C0 both naming P1 hold A-C1. Also probed (not kept): one-claim POST /evaluate chained with the
 *    answered grants (100.00 for the overlap, claim_conflict for L-1 reused, a count without dates asked).
 *
 * Notes (< 30 %):
 * - 25 %: after the widening is extended, the SAME claim L-1 refiled (same id, same course) is `duplicate_claim`, refused
 *   in silence, though its four days left unpaid are now payable (200.00); a new id pays them. claim-id-reused says each
 *   claim wants its own id (as for the apprenticeship's next year, cold review 80 F2), so this is by design; a clerk
 *   refiling the same claim is not told why.
 * - The command line and the service cannot take a reform, so the widening's chains were probed through the library only.
 * - `DayScope.outside` names every day outside the widening "not_yet" even after it ended (the unpaid dates' reason);
 *   no money.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ClaimsDocument, Decision, Policy } from "../src/index.js";
import { buildPolicy, cite, defineLayer, evaluateBatch, jiaxingPolicy, livingAllowanceScopeAdjustment, parseClaimsDocument, parseSubsidyCatalogue, replaceParameter, withCatalogue } from "../src/index.js";
import { catalogueSourceFor } from "../src/jurisdictions/catalogueSource.js";
import { reformAll } from "../src/reform/index.js";
import { createHandler } from "../src/server/index.js";
import { cli, evaluateSpilled, evaluateThreaded } from "./cli-helpers.js";

type O = Record<string, any>;
const L = { zh: "改革", en: "reform" };
const CATALOGUE = "fixtures/jiaxing/catalogue-2020.json";
const JXCAT = JSON.parse(readFileSync(CATALOGUE, "utf8")) as O;
const priced = () => { const j = jiaxingPolicy(); return withCatalogue(j, [JXCAT as never], catalogueSourceFor(j)); };
const doc = (raw: O): ClaimsDocument => { const p = parseClaimsDocument(raw); if (!p.ok) throw new Error(JSON.stringify(p.issues)); return p.value.document; };
const mustReform = (base: Policy, patches: unknown[]): Policy => { const r = reformAll(base, patches); if (!r.ok) throw new Error(JSON.stringify(r.issues)); return r.value.policy; };
const ch = (parameter: string, from: string, until: string | undefined, value: unknown) => ({ parameter, from, ...(until === undefined ? {} : { until }), value });
/** Jiaxing with the province's widening of the living-allowance groups to the unemployed (gbf2019 §(十二)) from `from` until `until`. */
const widen = (from: string, until: string, extra: O[] = []) => mustReform(priced(), [{ id: "la-scope", label: L, changes: [ch("livingAllowance.scopeAdjustment", from, until, ["unemployed"]), ...extra] }]);
const HAINING = "zhejiang.jiaxing.haining";
const ELEC = { code: "EX-ELEC", name: "电工（示意）" };
const courseOf = (id: string, o: O = {}): O => ({ id, traineeId: "P-1", kind: "employmentSkills", occupation: ELEC, classHours: 40, startDate: "2020-06-01", endDate: "2020-06-10", attendedDays: 10, region: HAINING, ...o });
const la = (id: string, o: O = {}): O => ({ id, measure: "livingAllowance", traineeId: "P-1", claimant: { kind: "trainee", id: "P-1" }, courseId: "C-1", submittedOn: "2020-06-20", ...o });
/** Person P-1 (Haining hukou) with `statuses`, course C-1 2020-06-01…06-10 (10 of 10 days unless given), and `claims`. */
const allowance = (statuses: string[], course: O = {}, person: O = {}, claims: O[] = [la("L-1")]): O => ({
  trainees: [{ id: "P-1", birthDate: "1990-01-01", statuses, hukouRegion: HAINING, ...person }],
  courses: [courseOf("C-1", course)],
  claims,
});
const run = (p: Policy, raw: O) => evaluateBatch(p, doc(raw));
const of = (p: Policy, raw: O, id = "L-1") => run(p, raw).decisions.find((d) => d.claimId === id);
const brief = (d: Decision | undefined) => [d?.outcome, d?.amount];
const codes = (d: Decision | undefined) => d?.reasons.map((r) => r.code);
const PENSIONER = { birthDate: "1955-01-01", monthlyPensionEntitled: true, receivesMonthlyPension: true };

describe("cold review 81: the widening of the living allowance's groups, day by day (controls)", () => {
  it("「每人每天 50 元」 under a widening from 2020-06-05 and a rate of 60.00 from 06-08 pays each day of 06-05…06-10 at its own rate: 330.00", () => {
    const P = widen("2020-06-05", "2022-01-01", [ch("livingAllowance.dailyRate", "2020-06-08", "2022-01-01", "60.00")]);
    const d = of(P, allowance(["unemployed"]));
    // 06-01…06-04 outside the widening: unpaid; 06-05…06-07 3 × 50 = 150; 06-08…06-10 3 × 60 = 180; 150 + 180 = 330.00
    expect(brief(d)).toEqual(["granted", "330.00"]);
    expect(d?.lines.map((l) => [l.quantity, l.rate])).toEqual([[3, "50.00"], [3, "60.00"]]);
  });

  it("a widening that ends on 06-05 and begins again on 06-08 pays the 7 days within it, the gap unpaid and unkeyed: 350.00", () => {
    const P = mustReform(priced(), [
      { id: "w1", label: L, changes: [ch("livingAllowance.scopeAdjustment", "2020-01-01", "2020-06-05", ["unemployed"])] },
      { id: "w2", label: L, changes: [ch("livingAllowance.scopeAdjustment", "2020-06-08", "2022-01-01", ["unemployed"])] },
    ]);
    const r = run(P, allowance(["unemployed"]));
    // 06-01…06-04 (4) + 06-08…06-10 (3) = 7 × 50 = 350.00; 06-05, 06-06, 06-07 left unpaid
    expect(brief(r.decisions[0])).toEqual(["granted", "350.00"]);
    expect(r.decisions[0]?.reasons.at(-1)?.facts).toMatchObject({ days: 7, unpaidDates: ["2020-06-05", "2020-06-06", "2020-06-07"] });
    expect(r.grants[0]?.basisKeys?.filter((k) => /day 2020-06-0[567]/.test(k))).toEqual([]);
  });

  it("a count of days smaller than the span across the widening's change asks for the dates; 10 of 10 needs none", () => {
    const P = widen("2020-06-05", "2022-01-01");
    const d = of(P, allowance(["unemployed"], { attendedDays: 8 }));
    expect([d?.outcome, d?.missingFacts]).toEqual(["undecidable", ["course.attendedDates"]]);
    // all 10 days known: 06-05…06-10, 6 × 50 = 300.00
    expect(brief(of(P, allowance(["unemployed"])))).toEqual(["granted", "300.00"]);
  });

  it("days the widening left unpaid are paid under a new id once it is extended (200.00), and no day is paid twice after", () => {
    const first = run(widen("2020-06-05", "2022-01-01"), allowance(["unemployed"]));
    // 06-05…06-10: 6 × 50 = 300.00, keyed by its six days only (not by the course)
    expect(first.grants.map((g) => g.amount)).toEqual(["300.00"]);
    const extended = widen("2020-06-01", "2022-01-01");
    const second = run(extended, { ...allowance(["unemployed"], {}, {}, [la("L-2", { submittedOn: "2020-07-20" })]), ledger: first.grants });
    // 06-01…06-04 not yet paid: 4 × 50 = 200.00; 300 + 200 = 500.00 = 10 × 50 in all
    expect(brief(second.decisions[0])).toEqual(["granted", "200.00"]);
    const third = of(extended, { ...allowance(["unemployed"], {}, {}, [la("L-3", { submittedOn: "2020-08-20" })]), ledger: [...first.grants, ...second.grants] }, "L-3");
    expect(brief(third)).toEqual(["denied", "0.00"]); // every day paid: nothing more
  });

  it("「不具有按月领取养老金资格的人员」: a pensioner is refused beside a widening that begins or ends within the course", () => {
    for (const P of [widen("2020-06-05", "2022-01-01"), widen("2020-01-01", "2020-06-05")]) {
      expect(codes(of(P, allowance(["unemployed"], {}, PENSIONER)))).toEqual(["monthly_pension_entitled"]);
    }
  });
});

describe("cold review 81: the widening beside pay-once and the pension rule (controls)", () => {
  it("a second claim whose fresh days lie partly inside the widening is paid those days only: 3 × 50 = 150.00", () => {
    const P = widen("2020-06-05", "2022-01-01");
    const listed = ["2020-06-05", "2020-06-06", "2020-06-07"];
    const first = run(P, allowance(["unemployed"], { attendedDays: 3, attendedDates: listed }));
    expect(first.grants.map((g) => g.amount)).toEqual(["150.00"]); // 3 × 50
    // C-2, the whole span: 06-05…06-07 paid, 06-01…06-04 outside the widening, 06-08…06-10 new: 3 × 50 = 150.00
    const raw = allowance(["unemployed"], {}, {}, [la("L-2", { courseId: "C-2", submittedOn: "2020-07-20" })]);
    raw.courses = [courseOf("C-2")];
    expect(brief(of(P, { ...raw, ledger: first.grants }, "L-2"))).toEqual(["granted", "150.00"]);
  });

  it("a province's layer dating its widening from 2020-06-05 (no value before) still refuses the pensioner on a May course", () => {
    const j = jiaxingPolicy();
    const province = defineLayer({
      id: "example.province", level: "province", region: "zhejiang", label: { zh: "示例省（示意）", en: "example province (illustrative)" }, documents: ["gbf2019"], scope: cite("gbf2019.scope-adjustment", "§(十二)"),
      parameterOverrides: [replaceParameter(livingAllowanceScopeAdjustment, { label: { zh: "示例", en: "example" }, citation: cite("gbf2019.scope-adjustment", "§(十二)"), values: [{ from: "2020-06-05", value: ["unemployed"] }], lastVerifiedOn: "2026-12-07" })],
    });
    const P = buildPolicy({ id: "widened", label: { zh: "示例", en: "example" }, layers: [...j.layers.slice(0, 1), province, ...j.layers.slice(1)] });
    for (const [statuses, startDate, endDate] of [[["employmentDifficulty"], "2020-05-01", "2020-05-10"], [["unemployed"], "2020-06-01", "2020-06-10"]] as const) {
      expect(codes(of(P, allowance([...statuses], { startDate, endDate }, PENSIONER)))).toEqual(["monthly_pension_entitled"]);
    }
  });
});

describe("cold review 81: a second claim on the course under a widening (finding)", () => {
  const P = widen("2020-06-05", "2022-01-01");
  const outside = ["2020-06-01", "2020-06-02", "2020-06-03", "2020-06-04"];

  it("control: the four days before the widening, claimed alone, are refused as outside the groups, not held", () => {
    const d = of(P, allowance(["unemployed"], { attendedDays: 4, attendedDates: outside }));
    expect([d?.outcome, codes(d)]).toEqual(["denied", ["not_in_living_allowance_group"]]);
  });

  // Mended the same morning (livingAllowance.ts: the new days all outside the widening, refused as paid); seen failing as `it` before.
  it("F1 (held) a second claim on a course whose unpaid days lie outside the widening is refused, not held for “parameter livingAllowance.scopeAdjustment”", () => {
    // same batch: L-1 paid 06-05…06-10 (6 × 50 = 300.00); L-2 the same course again: its only fresh days are 06-01…06-04
    const batch = run(P, allowance(["unemployed"], {}, {}, [la("L-1"), la("L-2", { submittedOn: "2020-06-21" })]));
    expect(brief(batch.decisions.find((d) => d.claimId === "L-1"))).toEqual(["granted", "300.00"]);
    const l2 = batch.decisions.find((d) => d.claimId === "L-2");
    // nothing is owed on L-2 (6 days paid, 4 outside the groups): 0.00, refused
    expect(l2?.missingFacts).not.toContain("parameter livingAllowance.scopeAdjustment"); // FAILS: undecidable, provision_not_in_force
    expect(l2?.outcome).toBe("denied");
    // next run, L-1's grant as the ledger: the same
    const next = of(P, { ...allowance(["unemployed"], {}, {}, [la("L-2", { submittedOn: "2020-07-20" })]), ledger: batch.grants }, "L-2");
    expect(next?.outcome).toBe("denied");
  });
});

// ── chains of the ordinary rural 两后生 on a Jiaxing course (no widening: the command line and service take no reform) ──
const RURAL = ["nonContinuingGraduate", "rural"];
const CERT = { id: "K1", traineeId: "P-1", kind: "skillLevelCertificate", occupation: ELEC, level: "junior", issuedOn: "2020-06-20", courseId: "C-1" };
const june: O = {
  trainees: [{ id: "P-1", birthDate: "2002-01-01", statuses: RURAL, hukouRegion: HAINING }, { id: "P-2", birthDate: "2002-02-02", statuses: RURAL, hukouRegion: HAINING }],
  courses: [courseOf("C-1"), courseOf("C-9", { traineeId: "P-2" })],
  certificates: [CERT],
  claims: [la("L-1"), la("X-1", { traineeId: "P-2", claimant: { kind: "trainee", id: "P-2" }, courseId: "C-9" }), { id: "T-1", measure: "trainingSubsidy", traineeId: "P-1", claimant: { kind: "trainee", id: "P-1" }, certificateId: "K1", submittedOn: "2020-06-25" }],
};
const OVERLAP = ["2020-06-08", "2020-06-09", "2020-06-10", "2020-06-11", "2020-06-12"];
const july = (ledger: readonly unknown[]): O => ({
  trainees: june.trainees,
  courses: [courseOf("C-1"), courseOf("C-2", { startDate: "2020-07-01", endDate: "2020-07-05", attendedDays: 5 }), courseOf("C-3", { startDate: "2020-06-08", endDate: "2020-06-12", attendedDays: 5, attendedDates: OVERLAP })],
  certificates: [CERT],
  ledger,
  claims: [
    la("L-1", { courseId: "C-2", submittedOn: "2020-07-20" }), // L-1 numbered again for another course: a conflict of ids
    { ...june.claims[2], submittedOn: "2020-07-20" }, // T-1 refiled: a duplicate
    la("L-2", { courseId: "C-3", submittedOn: "2020-07-20" }), // 06-08…06-10 paid by L-1; 06-11, 06-12 new
    la("X-1", { courseId: "C-2", submittedOn: "2020-07-21" }), // P-2's grant's id, P-1's claim: a conflict
  ],
});
const JULY_OWED = { "L-1": "denied claim_conflict", "T-1": "denied duplicate_claim", "L-2": "granted 100.00", "X-1": "denied claim_conflict" };
const table = (decisions: O[]) => Object.fromEntries(decisions.map((d) => [d["claimId"], d["outcome"] === "granted" ? `granted ${d["amount"]}` : `${d["outcome"]} ${d["reasons"].map((r: O) => r["code"]).join(",")}`]));

describe("cold review 81: chained runs pay each day and certificate once (controls)", { timeout: 120_000 }, () => {
  it("through the library: June pays 500 + 500 + 1000; July's reused ids are conflicts, the refiled claim a duplicate, the overlapping course its two new days", () => {
    const first = run(priced(), june);
    // L-1, X-1: 10 × 50 = 500.00 each; T-1: EX-ELEC 初级工 1000.00 (illustrative catalogue)
    expect(Object.fromEntries(first.grants.map((g) => [g.claimId, g.amount]))).toEqual({ "L-1": "500.00", "X-1": "500.00", "T-1": "1000.00" });
    // L-2: 06-11, 06-12 = 2 × 50 = 100.00
    expect(table(run(priced(), july(first.grants)).decisions as never)).toEqual(JULY_OWED);
  });

  it("through `evaluate --grants-out` then `--ledger`: one run, 4 parts and 2 threads decide July alike, exit 1 for the conflicts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "review81-"));
    const cat = ["--catalogue", CATALOGUE, "--format", "json", "--quiet"];
    writeFileSync(join(dir, "june.json"), JSON.stringify(june));
    const first = await cli(["evaluate", join(dir, "june.json"), ...cat, "--grants-out", join(dir, "grants.json")]);
    expect(first.code).toBe(0);
    const grants = JSON.parse(readFileSync(join(dir, "grants.json"), "utf8")) as O[];
    expect(grants.map((g) => [g["claimId"], g["amount"]]).sort()).toEqual([["L-1", "500.00"], ["T-1", "1000.00"], ["X-1", "500.00"]]);
    const input = JSON.stringify({ ...july([]), ledger: undefined });
    writeFileSync(join(dir, "july.json"), input);
    const args = ["-", ...cat, "--ledger", join(dir, "grants.json")];
    const one = await cli(["evaluate", ...args], input);
    const parts = await evaluateSpilled(args, input, 4);
    const threads = await evaluateThreaded(args, input, 4, 2);
    for (const r of [one, parts, threads]) {
      expect(r.code).toBe(1);
      expect(table(JSON.parse(r.out).decisions)).toEqual(JULY_OWED);
    }
  });

  it("through POST /evaluate: July carrying June's answered grants as its ledger is owed the same", async () => {
    const edition = parseSubsidyCatalogue(JXCAT);
    if (!edition.ok) throw new Error("catalogue");
    const H = createHandler({ catalogues: { "jiaxing-2019": edition.value } });
    const post = async (body: unknown) => (await (await H(new Request("http://localhost/evaluate?trace=false", { method: "POST", body: JSON.stringify(body) }))).json()) as O;
    const first = await post(june);
    expect(first["grants"].map((g: O) => g["amount"])).toEqual(run(priced(), june).grants.map((g) => g.amount));
    const second = await post(july(first["grants"]));
    expect(table(second["decisions"])).toEqual(JULY_OWED);
    // L-2's grant keys only its two new days: 06-11, 06-12
    expect(second["grants"].map((g: O) => [g["claimId"], g["amount"]])).toEqual([["L-2", "100.00"]]);
  });
});

// ── F2: differing copies of one certificate id naming two trainees (b2263ad, src/records/document.ts) ──
describe("cold review 81: differing copies of an earlier certificate (finding)", { timeout: 60_000 }, () => {
  const N = "zhejiang.jiaxing.nanhu";
  const person = (id: string) => ({ id, birthDate: "1990-05-05", statuses: ["enterpriseEmployee"], hukouRegion: N });
  const cert = (id: string, traineeId: string, issuedOn: string) => ({ id, traineeId, kind: "skillLevelCertificate", occupation: ELEC, level: "junior", issuedOn });
  /** P1's EX-ELEC 初级工 certificate C1 (2020-06-20) and its appraisal claim A-C1, beside `earlier` copies of C0. */
  const world = (earlier: O[]): O => ({
    trainees: [person("P1"), person("P2")],
    certificates: [...earlier, cert("C1", "P1", "2020-06-20")],
    claims: [{ id: "A-C1", measure: "appraisalSubsidy", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, certificateId: "C1", submittedOn: "2020-07-01" }],
  });
  const appraisal = (raw: O) => run(priced(), raw).decisions[0];

  it("control: C0 of P1 read, the appraisal is refused as not the first; two differing copies both naming P1 hold it", () => {
    expect(codes(appraisal(world([cert("C0", "P1", "2019-05-01")])))).toEqual(["appraisal_not_first"]);
    const held = appraisal(world([cert("C0", "P1", "2019-05-01"), cert("C0", "P1", "2019-05-02")]));
    expect([held?.outcome, held?.missingFacts]).toEqual(["undecidable", ["certificate C0: record"]]);
  });

  // Mended the same morning (document.ts, pipeline.ts decidePart: each copy of a certificate id held twice holds its trainee's appraisals); seen failing as `it` before.
  it("F2 (money) 「通过初次职业技能鉴定」: a copy of C0 naming P1 (EX-ELEC 初级工, 2019) beside a differing copy naming P2 holds P1's appraisal, not pays it 120.00 as the first", async () => {
    const raw = world([cert("C0", "P1", "2019-05-01"), cert("C0", "P2", "2019-05-01")]);
    // as it stands: granted 120.00 (EX-ELEC 初级工 appraisal, jx2019 五(十一)), appraisal_first_time — though the copy naming
    // P1 is, read alone, an earlier certificate of that occupation and level (denied), and set aside alone it would hold
    expect(appraisal(raw)?.outcome).toBe("undecidable"); // FAILS: granted 120.00
    const dir = mkdtempSync(join(tmpdir(), "review81-"));
    writeFileSync(join(dir, "in.json"), JSON.stringify(raw));
    const parts = await evaluateSpilled([join(dir, "in.json"), "--catalogue", CATALOGUE, "--format", "json", "--quiet"], "", 4);
    expect(JSON.parse(parts.out).decisions[0].outcome).toBe("undecidable");
  });
});
