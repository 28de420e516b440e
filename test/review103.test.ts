/**
 * Cold review 103 (2026-12-07) of HEAD 7fd73c1, the second mend of the claw-back (the first was 68e3660), answering cold
 * review 102: a grant id's contents gathered from the whole ledger (identical repeats one, by grantIdentity); a grant in
 * several contents recovered only when every content's claim is listed false (not ambiguous) and all name one payee, at the
 * least amount, ties broken by identity, named in `conflictingGrants` either way; a false claim id `ambiguous` when two of
 * its grants OF DIFFERENT GRANT IDS name two claims (`namesAnotherClaim`: trainee, measure, certificate, course,
 * apprenticeship, package; months alone do not); a conflicting grant's course organiser disqualified only when every
 * content names that course. And `parseProgressDocument` (report): the same payment is every field but fund and basisKeys
 * equal (amount as yuan), the fund of one copy kept, two funds or two payments duplicate_id.
 * Amounts are ILLUSTRATIVE (the Jiaxing fixture catalogue fixtures/jiaxing/catalogue-2020.json, the tests' local
 * standards — living allowance 50.00 a day, 以工代训 500.00 a month and reform patches of it), not official figures.
 *
 * Read first, before the code: law/sources/op2025.txt (十八) 「对发生虚假培训、虚假评价、骗取套取补贴资金等违规违法行为的机构或个人,」
 * 「应追回补贴资金并依法查处」 「对发生违规违法行为的机构,要依法取消培训和评价资质」; gbf2019 §(十四); gf2018 (十八). Readings
 * clawback-text-in-force (as changed by 7fd73c1), claim-id-reused, ledger-grant-identity («A grant listed twice in a ledger
 * (the same id and the same content) is one payment»). The headers of test/review99.test.ts and test/review102.test.ts
 * (their controls not redone).
 * What I wrote down from the texts before the code: every yuan certainly paid on a claim found false is recovered, once,
 * from the one it was paid to; nothing more, nothing from anyone not paid on a false claim; a payment recorded twice
 * identically is one payment; the library's own grants (one claim → one grant, a refile `A:2` the same claim) are always
 * "certain"; the answer does not depend on the order of the ledger's records; the 机构 paid on (or whose course carried) a
 * false claim is the one listed to lose 资质.
 * Code read: `git show 7fd73c1`; src/provisions/fraud/clawback.ts, src/jurisdictions/clawback.ts, src/core/ledger.ts
 * (grantIdentity, with, growing, #push), src/engine.ts (grantOf, decideBatch, contradicts, asksUnpaid, refiledGrantId,
 * takenIds), src/records/parseProgress.ts, src/cli/report.ts.
 * Ran: npm run build; ledgers built through the engine (parseClaimsDocument → evaluateBatch): the Jiaxing fixture with a
 * package grant to SCHOOL-1, the ordinary Jiaxing worker (training subsidy + appraisal), a living allowance refiled across
 * gbf2019's end (L1, L1:2), 以工代训 refiled across a rate gap (A, A:2 to E1) and per employer (A to E1, A:2 to E2), chained
 * runs with the prior ledger given again; every granted claim listed false; 59 shuffles of records and of the false list;
 * `report` in process (`cli`) with a progress document naming funds, --grants with and without basisKeys.
 * Result on the engine's own grants: no grant the library makes trips `namesAnotherClaim` or the conflicting rule — a
 * refile keeps its claim's trainee, measure and bases (engine.ts `contradicts` refuses any other), its grant id is new
 * (`refiledGrantId`), so every paid yuan below is recovered exactly once.
 *
 * F1 (1000.00 demanded twice for one payment of 1000.00; 55 %) — an identical repeat in a ledger built with the public
 *    `Ledger.growing(...).add` (which, unlike Ledger.with/from, keeps it: ledger.ts:386-402) is now recovered TWICE:
 *    clawback gathers the contents of G1 deduplicated (one content), takes the single-content path, and pushes G1 once for
 *    each record in `found` — 2000.00, `grants: ["G1","G1"]`, nothing named. Under 68e3660 the same ledger named G1
 *    conflicting and demanded 1000.00 (review 102's note: "no money"); the mend turned it into money. 「应追回补贴资金」
 *    recovers what was paid, once; the reading ledger-grant-identity: the same id and content is one payment.
 *    Cause: src/provisions/fraud/clawback.ts:163-167 (the single-content path has no once-per-id guard; `found` is
 *    per record, `contentsOf` per content). Mend: handle each grant id once in that loop (`if (done.has(g.id)) continue`,
 *    for both paths), or build `found` from `contentsOf` rather than from ledger records.
 * F2 (no money; the sanction; 35 %) — the ordinary worker's training subsidy on certificate C1, trained on course K1 of
 *    ORG1: the grant the engine writes names no `courseId` (the claim names the certificate; the course is in its
 *    basisKeys, `trainingSubsidy|P1|course K1`), so with `courses` given ORG1 is not listed to lose its qualification,
 *    while a claim naming the course would list it. The reading says the library lists «the organisers paid on a false
 *    claim (and of its course)»; op2025 (十八) 「对发生违规违法行为的机构,要依法取消培训和评价资质」. Cause: clawback.ts:194
 *    (reads `g.courseId` only). Mend: also read the course of a grant's `…|course <id>` key (or have grantOf record the
 *    basis's course), or document that a certificate-based claim's course is not considered.
 *
 * Controls that hold (plain `it`): the engine's grants for the Jiaxing fixture with a package grant (every granted claim
 * false: 41120.00 = the sum of the grants, each once, SCHOOL-1 disqualified), the same under 59 shuffles of the ledger and
 * the false list, with conflicting and ambiguous records beside; a living allowance refile L1 + L1:2 = 1100.00, with the
 * prior grants given twice (chained ledger + first run's grants); 以工代训 refiled: 2200.00 + 1100.00 from E1; per employer
 * 3000.00 from E1 and 3000.00 from E2; another system's first-day grant under L1 (no course) and the engine's refile L1:2
 * (course K1): 50.00 + 450.00, not ambiguous; the ordinary worker's 1000.00 + 120.00, and filed by E1 (1000.00 from E1, 120.00
 * from P1); F2's control (the claim naming K1
 * lists ORG1); `report` of the refile's grants with funds named in the document and --grants with or without basisKeys:
 * 1100.00, 2 grants; one grant under two funds exit 1.
 * Noted, not filed: (1) a merged ledger's two grants of claim A for one person and measure, one naming certificate K1 (paid
 * to P1), the other only course C9 (paid to school S9), are not «two claims» (each field differs only when both name it),
 * so both are recovered and S9 listed — the engine's own `contradicts` reads such a grant the same way (it would refuse
 * claim A as duplicate_claim), so the reading claim-id-reused decides it. (2) `report` reads two contents of one id that
 * differ only in basisKeys as one payment where the Ledger keeps both; clawback also recovers such an id once, and the
 * engine never gives two payments one id (a refile takes `A:2`), so no distinct payment is dropped that I could build.
 * (3) `ClawbackLine.grants` «in ledger order» puts a conflicting grant at the place of its least content (JX-0005 before
 * JX-0003 in the shuffle control): order only.
 * MENDED (2026-12-07, the lead): F1 (each grant id handled once, whatever the ledger's records), F2 (the course a grant
 *    paid is the one it names, else the one its own course key names: that course's organiser is listed).
 */
import { describe, expect, it } from "vitest";
import type { Grant, Policy } from "../src/index.js";
import { Ledger, clawback, evaluateBatch, jiaxingPolicy, nationalFrameworksPolicy, nationalPolicy, parseClaimsDocument } from "../src/index.js";
import { reformAll } from "../src/reform/index.js";
import { grant } from "./builders.js";
import { cli, fixture, packageClaim, tempFiles } from "./cli-helpers.js";
import { regionalPolicy } from "./support/national.js";
import { E1, JX, appraisal, byE1, cityCourse, cityWorker, course, ordinary, ts, withIllustrativeLocal, worker } from "./support/ordinary.js";
import { E1 as WE1, E2 as WE2, monthRun, poor, wft } from "./support/workForTraining.js";

type O = Record<string, any>;
const decide = (doc: O, policy: Policy) => {
  const p = parseClaimsDocument(doc);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  if (p.value.invalid.length > 0) throw new Error(JSON.stringify(p.value.invalid));
  return { ...evaluateBatch(policy, p.value.document), courses: p.value.document.courses };
};
/** The sum of grants in fen, worked out apart from the library. */
const fenOf = (gs: readonly Grant[]) => gs.reduce((s, g) => s + Math.round(Number(g.amount) * 100), 0);
const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
const shuffle = <T,>(xs: readonly T[], seed: number): T[] => {
  const a = [...xs];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
};
const summary = (c: ReturnType<typeof clawback>) => ({
  total: c.total,
  byPayee: c.byPayee.map((l) => [l.payee.kind, l.payee.id, [...l.grants].sort(), l.amount]),
  disqualify: c.institutionsToDisqualify,
  conflicting: c.conflictingGrants,
  ambiguous: c.ambiguousClaims,
  unpaid: c.unpaidClaims,
  citations: c.citations.map((x) => x.provision),
});

// ILLUSTRATIVE local standards (living allowance 50.00 a day; 以工代训 500.00 a month, and the reform patches below)
const L = withIllustrativeLocal(nationalFrameworksPolicy());
const G = withIllustrativeLocal(nationalPolicy());
const la = (id: string, courseId: string, submittedOn: string): O => ({ id, measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, courseId, submittedOn });
const hard = () => cityWorker({ statuses: ["employmentDifficulty"] });
/** 2021-12-20 … 2022-01-10, 22 days, all attended: across gbf2019's end. */
const ACROSS = cityCourse("K1", { startDate: "2021-12-20", endDate: "2022-01-10", attendedDays: 22 });
const laDoc = (claims: O[], o: O = {}): O => ({ trainees: [hard()], courses: [ACROSS], claims, ...o });
const wftDoc = (claims: O[], o: O = {}): O => ({ trainees: [poor()], enterprises: [WE1, WE2], claims, ...o });
let patches = 0;
const mustReform = (base: Policy, changes: O[]): Policy => {
  const r = reformAll(base, [{ id: `r103-${patches++}`, label: { zh: "改革", en: "reform" }, changes }] as never);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.policy;
};
/** ILLUSTRATIVE: 500.00 July–December 2020, none January–February 2021, 600.00 from March 2021 (as review 90). */
const GAP = mustReform(regionalPolicy(nationalFrameworksPolicy()), [
  { parameter: "workForTraining.monthlyRate", from: "2020-07-01", until: "2021-01-01", value: "500.00" },
  { parameter: "workForTraining.monthlyRate", from: "2021-03-01", until: "2028-01-01", value: "600.00" },
]);
/** GAP filled later: 550.00 for January–February 2021 (ILLUSTRATIVE). */
const FILLED = mustReform(GAP, [{ parameter: "workForTraining.monthlyRate", from: "2021-01-01", until: "2021-03-01", value: "550.00" }]);
/** The most months counted per employer (a reform, ILLUSTRATIVE). */
const PER_EMPLOYER = mustReform(L, [{ parameter: "workForTraining.maxMonthsPerEmployer", from: "2019-05-18", until: "2028-01-01", value: true }]);

describe("cold review 103: the library's own grants, listed false, are each recovered once (controls)", () => {
  it("the Jiaxing fixture with a package grant: every granted claim false recovers the sum of the grants, each once, whatever the order", () => {
    const doc = fixture();
    // Changed 2026-12-08 (mendB111, reading package-grant-per-package): was PK-B by SCHOOL-2 — two claimants of one package are
    // now both held (package_claimed_by_others, nothing granted); SCHOOL-1 refiling under another trainee keeps «PK-B refused».
    doc["claims"]!.push(packageClaim("PK-A", "P-001", "SCHOOL-1", "2020-09-01"), packageClaim("PK-B", "P-003", "SCHOOL-1", "2020-09-02"));
    const r = decide(doc, jiaxingPolicy());
    const ids = r.decisions.map((d) => d.claimId);
    const c = clawback(r.ledger, ids);
    // 150.00 + 350.00 + 500.00 + 120.00 + 40000.00 (the package, once: PK-B refused) = 41120.00 — each grant once
    expect(c.total).toBe(yuan(fenOf(r.grants)));
    expect(c.total).toBe("41120.00");
    expect(c.byPayee.flatMap((l) => l.grants).sort()).toEqual(r.grants.map((g) => g.id).sort());
    expect([c.conflictingGrants, c.ambiguousClaims, c.institutionsToDisqualify]).toEqual([[], [], ["SCHOOL-1"]]);
    const base = summary(c);
    for (let s = 1; s < 60; s++) expect(summary(clawback(Ledger.from(shuffle(r.ledger.grants(), s)), shuffle(ids, s + 3)))).toEqual(base);
  });

  it("beside conflicting and ambiguous records, the result is the same for 59 shuffles of the records and the false list", () => {
    const doc = fixture();
    doc["claims"]!.push(packageClaim("PK-A", "P-001", "SCHOOL-1", "2020-09-01"));
    const r = decide(doc, jiaxingPolicy());
    const extra = [
      grant({ id: "JX-0005", claimId: "JX-0005", traineeId: "P-003", measure: "appraisalSubsidy", payee: { kind: "trainee", id: "P-003" }, amount: "100.00", basisDate: "2020-06-01" }),
      grant({ id: "G1", claimId: "A", amount: "1000.00", courseId: "C1", payee: { kind: "organizer", id: "S1" } }),
      grant({ id: "G1", claimId: "A", amount: "1000.00", courseId: "C2", payee: { kind: "organizer", id: "S1" }, traineeId: "P9" }),
      grant({ id: "G2", claimId: "B", amount: "700.00" }),
      grant({ id: "G3", claimId: "B", amount: "300.00", traineeId: "P7" }),
    ];
    const all = [...r.ledger.grants(), ...extra];
    const ids = [...r.decisions.map((d) => d.claimId), "A", "B"];
    const courses = new Map([["C1", { organizerId: "S1" }], ["C2", { organizerId: "S2" }]]) as never;
    const base = summary(clawback(Ledger.from(all), ids, { courses }));
    // 150 + 350 + 500 + 40000 + JX-0005 at the lesser of 120.00 / 100.00 + G1 once (1000.00 to S1) = 42100.00; B names two people
    expect(base).toMatchObject({ total: "42100.00", conflicting: ["G1", "JX-0005"], ambiguous: ["B"], disqualify: ["S1", "SCHOOL-1"] });
    for (let s = 1; s < 60; s++) expect(summary(clawback(Ledger.from(shuffle(all, s)), shuffle(ids, s + 7), { courses }))).toEqual(base);
  });

  it("the living allowance refiled across gbf2019's end (L1 600.00, L1:2 500.00), the prior grants given twice: 1100.00 once", () => {
    // 「每人每天」 at 50.00 (ILLUSTRATIVE): 12 days of 2021 under gbf2019 alone = 600.00; 10 days of 2022 under the frameworks = 500.00
    const r1 = decide(laDoc([la("L1", "K1", "2022-01-15")]), G);
    const r2 = decide(laDoc([la("L1", "K1", "2022-02-15")], { ledger: r1.grants }), L);
    expect(r2.grants.map((g) => [g.id, g.claimId, g.amount])).toEqual([["L1:2", "L1", "500.00"]]);
    const c = clawback(Ledger.from([...r1.grants, ...r2.ledger.grants()]), ["L1"]);
    expect(summary(c)).toMatchObject({ total: "1100.00", byPayee: [["trainee", "P1", ["L1", "L1:2"], "1100.00"]], conflicting: [], ambiguous: [] });
  });

  it("以工代训 refiled across a rate gap (2200.00 + 1100.00 to E1), and per employer under one id (3000.00 from E1, 3000.00 from E2)", () => {
    const r1 = decide(wftDoc([wft("A", monthRun("2020-11", 6), "2021-06-01")]), GAP);
    const r2 = decide(wftDoc([wft("A", monthRun("2020-11", 6), "2021-07-01")], { ledger: r1.grants }), FILLED);
    // 2 × 500 + 2 × 600 = 2200.00 (Nov–Dec, Mar–Apr), then 2 × 550 = 1100.00 (Jan–Feb) as A:2
    expect(summary(clawback(r2.ledger, ["A"]))).toMatchObject({ total: "3300.00", byPayee: [["enterprise", "E1", ["A", "A:2"], "3300.00"]], ambiguous: [] });
    const e1 = decide(wftDoc([wft("A", monthRun("2020-01", 12), "2021-01-05")]), PER_EMPLOYER);
    const e2 = decide({ ...wftDoc([wft("A", monthRun("2020-01", 12), "2021-01-06", "E2")], { ledger: e1.grants }), trainees: [poor({ employerId: "E2" })] }, PER_EMPLOYER);
    // 6 × 500 = 3000.00 to each employer: one claim A (one person, one measure), each payment from whom it was paid
    expect(summary(clawback(e2.ledger, ["A"]))).toMatchObject({ total: "6000.00", byPayee: [["enterprise", "E1", ["A"], "3000.00"], ["enterprise", "E2", ["A:2"], "3000.00"]], ambiguous: [] });
  });

  it("another system's grant under L1 (the first day, no course named) and the engine's refile L1:2 naming course K1 are one claim: 50.00 + 450.00", () => {
    const DATES = Array.from({ length: 10 }, (_, i) => `2021-06-${String(i + 1).padStart(2, "0")}`);
    const june = course("K1", { startDate: "2021-06-01", endDate: "2021-06-10", attendedDays: 10, attendedDates: DATES });
    const prior = { id: "L1", claimId: "L1", traineeId: "P1", measure: "livingAllowance", provision: "jx2019.living-allowance", payee: { kind: "trainee", id: "P1" }, amount: "50.00", basisDate: "2021-06-01", basisKeys: ["livingAllowance|P1|day 2021-06-01"] };
    const r = decide({ trainees: [worker({ statuses: ["employmentDifficulty"], employerId: undefined })], enterprises: [E1], courses: [june], claims: [la("L1", "K1", "2021-06-20")], ledger: [prior] }, JX);
    // Jiaxing's 「按每人每天 50 元」 (jx2019 living allowance): the nine days not paid, 9 × 50.00 = 450.00, as L1:2
    expect(r.grants.map((g) => [g.id, g.claimId, g.courseId, g.amount])).toEqual([["L1:2", "L1", "K1", "450.00"]]);
    // 50.00 + 450.00 = 500.00, the ten days once; a course named on one grant only is not «another claim»
    expect(summary(clawback(r.ledger, ["L1"]))).toMatchObject({ total: "500.00", byPayee: [["trainee", "P1", ["L1", "L1:2"], "500.00"]], ambiguous: [] });
  });

  it("the ordinary Jiaxing worker's training subsidy and appraisal (1000.00 + 120.00) are recovered from her, once each", () => {
    const r = decide({ ...ordinary, claims: [ts("A", "C1"), appraisal("B", "C1")] }, JX);
    // 初级工 1000.00 (illustrative catalogue) + 初级工 appraisal 120.00
    expect(summary(clawback(r.ledger, ["A", "B"]))).toMatchObject({ total: "1120.00", byPayee: [["trainee", "P1", ["A", "B"], "1120.00"]] });
  });

  it("the same claims filed by her employer E1: the training subsidy recovered from E1 (1000.00), the appraisal from whom it was paid, P1 (120.00)", () => {
    const r = decide({ ...ordinary, claims: [ts("A", "C1", byE1), appraisal("B", "C1", byE1)] }, JX);
    // each payment from its payee, once: 1000.00 + 120.00 = 1120.00; an enterprise is not a training institution listed
    expect(summary(clawback(r.ledger, ["A", "B"]))).toMatchObject({ total: "1120.00", byPayee: [["enterprise", "E1", ["A"], "1000.00"], ["trainee", "P1", ["B"], "120.00"]], disqualify: [] });
  });
});

describe("cold review 103: report — a repeat is one payment, distinct payments are kept (controls)", () => {
  const { json } = tempFiles("review103");
  const report = (more: string[]) => cli(["report", "--period", "2000-01-01..2099-12-31", "--format", "json", ...more]);
  const spendOf = (out: string) => (JSON.parse(out) as { spend: { total: string; grants: number } }).spend;

  it("the refile's two grants (L1, L1:2: one claim, other days) with funds named in the document and --grants with or without keys: 1100.00, 2 grants", async () => {
    const r1 = decide(laDoc([la("L1", "K1", "2022-01-15")]), G);
    const r2 = decide(laDoc([la("L1", "K1", "2022-02-15")], { ledger: r1.grants }), L);
    const gs = [...r1.grants, ...r2.grants] as unknown as O[];
    const docFund = json({ trainings: [], grants: gs.map((g) => ({ ...g, fund: "employmentSubsidyFund" })) });
    const noKeys = json(gs.map(({ basisKeys: _k, ...g }) => g));
    for (const more of [[docFund], [docFund, "--grants", json(gs)], [docFund, "--grants", noKeys], ["--grants", noKeys], [json({ trainings: [], grants: [...gs, ...gs.map(({ basisKeys: _k, ...g }) => g)] })]]) {
      const r = await report(more);
      // 600.00 + 500.00, two payments, each once
      expect([r.code, spendOf(r.out).total, spendOf(r.out).grants]).toEqual([0, "1100.00", 2]);
    }
    const twoFunds = json({ trainings: [], grants: [{ ...gs[0], fund: "employmentSubsidyFund" }, { ...gs[0], fund: "unemploymentInsuranceFund" }] });
    const r = await report([twoFunds]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/duplicate_id/);
  });
});

describe("cold review 103: findings", () => {
  // F1 — 1000.00 demanded twice; 55 %. op2025 (十八) 「应追回补贴资金并依法查处」; reading ledger-grant-identity. Cause
  // src/provisions/fraud/clawback.ts:163-167.
  it("F1 a payment recorded twice identically in a growing ledger is recovered once (1000.00), not twice", () => {
    const g = grant({ id: "G1", claimId: "A", amount: "1000.00" });
    const { ledger, add } = Ledger.growing([]);
    add(g);
    add({ ...g }); // the same id and the same content: one payment (reading ledger-grant-identity)
    const c = clawback(ledger, ["A"]);
    // one payment of 1000.00, recovered once (the library: 2000.00, grants ["G1","G1"])
    expect([c.total, c.byPayee.map((l) => l.grants)]).toEqual(["1000.00", [["G1"]]]);
  });

  // F2 — no money, the sanction; 35 %. op2025 (十八) 「对发生违规违法行为的机构,要依法取消培训和评价资质」. Cause clawback.ts:194.
  it("F2 a false training-subsidy claim on a certificate earned on ORG1's course lists ORG1 (the course's organiser), as a claim naming the course does", () => {
    const r = decide({ ...ordinary, claims: [ts("A", "C1")] }, JX);
    expect(r.grants[0]?.basisKeys).toContain("trainingSubsidy|P1|course K1"); // the engine keyed the course it paid the training of
    const c = clawback(r.ledger, ["A"], { courses: r.courses as never });
    // 1000.00 from P1 (holds); K1's organiser ORG1 listed, as 「«and of its course» of the reading says
    expect([c.total, c.institutionsToDisqualify]).toEqual(["1000.00", ["ORG1"]]);
  });

  it("F2 control: the same claim naming its course K1 lists ORG1 (the difference is only whether the claim names the course)", () => {
    const r = decide({ ...ordinary, claims: [ts("A", "C1", { courseId: "K1" })] }, JX);
    const c = clawback(r.ledger, ["A"], { courses: r.courses as never });
    // 1000.00 (illustrative catalogue, 初级工) from P1; ORG1 organised K1
    expect([c.total, c.institutionsToDisqualify]).toEqual(["1000.00", ["ORG1"]]);
  });
});
