/**
 * Cold review 108 (2026-12-07, HEAD 50822df, branch review108): the two mends of the hour that move money, probed to break.
 *   8d075bf — reading claim-id-reused: `namesAnotherClaim` (src/core/ledger.ts) also reads two records under one claim id as
 *     two claims when both name occupations and share none; `grantBasis` reads a grant's certificate/course from its own
 *     carried keys; the engine's `contradicts` (src/engine.ts) and the claw-back (src/provisions/fraud/clawback.ts) use them.
 *   50822df — reading claim-order-by-issue-date: two claims of one basis date are judged by FILING date, then claim id
 *     (src/engine.ts `filedThenId`), and the command line's merge key is `basisDate submittedOn claimId`.
 * Amounts of the Jiaxing catalogue (fixtures/jiaxing/catalogue-2020.json: EX-ELEC 初级工 1000.00, 中级工 1500.00, EX-WELD
 * 初级工 1200.00, EX-FORK 900.00, EX-SEW 800.00) and of the national-frameworks example city (test/support: skill upgrade
 * 初级工 1000.00, EX-WELD 初级工 row 1200.00) are ILLUSTRATIVE, not official figures; jx2019's appraisal 120 元 is the text's.
 *
 * ── What the texts say, written before the code ──────────────────────────────────────────────────────────────────────
 * jx2019 五(十)三: the ledger 「建立培训全过程台账，确保可追溯」 — a grant is the record of what was paid for what. jx2019 五(十一):
 * the training subsidy 「但同一职业（项目）同一等级不可重复享」 — an occupation AT A LEVEL is one basis; the same occupation at
 * another level is another basis, owed its own subsidy (the ordinary Jiaxing worker with a first EX-ELEC 初级工 certificate is
 * owed 1000.00 + 120.00 whatever she was paid for EX-ELEC 中级工). So a grant that records EX-ELEC 中级工 is not the record of a
 * payment on an EX-ELEC 初级工 certificate. No text orders competing claims; first filed, first judged (the mend) is what a
 * chain of runs does, and what she is paid may not depend on ids, threads, parts, formats or `--on`.
 *
 * ── Read ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
 * law/readings/claim-id-reused.yaml and claim-order-by-issue-date.yaml (both as updated), docs/readings.md; the diffs of
 * 8d075bf and 50822df; src/engine.ts grantOf (213-239), judgedOrder (445-525), contradicts (765-775), filedThenId (589),
 * decideBatch (880-975); src/core/ledger.ts namesAnotherClaim / grantBasis (205-247), grantBefore; src/cli/pipeline.ts 842-854;
 * src/provisions/fraud/clawback.ts 150-165; trainingSubsidy.ts 430-495 (the level a grant records); appraisalSubsidy.ts 282,
 * insuredSkillUpgrade.ts 143, livingAllowance.ts 397, apprenticeshipSubsidy.ts 426, packageGrant.ts 132, workForTraining.ts 385
 * (what each grant records); test/review106, review107, review103 (claw-back of refiles).
 *
 * ── Ran ──────────────────────────────────────────────────────────────────────────────────────────────────────────────
 * npm run build; parseClaimsDocument → evaluateBatch (Jiaxing, national-frameworks), `clawback` over `Ledger.from`; the
 * command line in process (`cli`, `evaluateSpilled` 2–5 parts, `evaluateThreaded` 2 threads, `--on`, `--order trainee`,
 * `--grants-out` CSV / NDJSON / JSON read back as `--ledger`).
 *
 * ── Findings ─────────────────────────────────────────────────────────────────────────────────────────────────────────
 * F1 (1000.00 illustrative refused as paid, in silence; 45 % — argues with the reading's «Levels are not compared»). A prior
 *    grant under claim id A records EX-ELEC 中级工 (`occupationCode` + `level`, no certificate id: another system's ledger);
 *    a new claim A on the ordinary worker's FIRST EX-ELEC 初级工 certificate is `duplicate_claim` (exit 0, nothing flagged),
 *    where the same grant under any other id leaves her paid 1000.00. The grant says it paid 中级工; 「同一职业（项目）同一等级」
 *    makes level part of the basis, so it cannot be the record of this claim: by the reading's own rule the id names two
 *    claims (`claim_conflict`, flagged). The reading's reason for not comparing — «a grant's level is the standard its rule
 *    priced (a pre-job route pays 初级工 whatever the certificate's)» — does not hold of the grants the library writes:
 *    grantOf takes `level` from the rule's basis, which is the CERTIFICATE's level (trainingSubsidy.ts:449 `paidLevel =
 *    certificate.level`, «Judged and recorded at the certificate's level, a route's too»), the course's for the living
 *    allowance, none for a 专项/合格 certificate; so comparing levels where both records name one cannot make the library's
 *    own refile read as a conflict (control below), and a false conflict costs nothing (denied either way, flagged) while a
 *    false duplicate hides a claim. Cause: src/core/ledger.ts:225-246 (`grantBasis` drops `grant.level`, and 237 the `@level`
 *    of a code) and 205-216 (`namesAnotherClaim` compares no level), used by src/engine.ts:765-771 (`contradicts`). Mend: carry
 *    the level in NamedBasis (a grant's `level`, else its code's `@…`; a claim's certificate's and course's) and read two
 *    claims where both name occupation+level pairs and share none.
 * F1b (1500.00 demanded on a claim nobody found false; 45 %) — the claw-back, same cause. False claim A whose grants are
 *    the library's on C1 (EX-ELEC 初级工, 1000.00) and another system's EX-ELEC 中级工 (1500.00, no certificate): total
 *    2500.00, `ambiguousClaims` empty. One claim cannot be both levels' certificates; the reading (cold reviews 99 F2, 102 F2,
 *    107 F2) recovers neither until the list says whose claim was false. Also with the levels written as `EX-ELEC@junior` /
 *    `EX-ELEC@intermediate` (a ledger built with Ledger.from; the parser refuses `@` in a code). Cause: clawback.ts:161
 *    through `grantBasis`/`namesAnotherClaim`. Mend: F1's.
 * F2 (no money; a flag, exit 1; 55 %) — a certificate record corrected between runs. Run 1 pays claim A on C1 recorded as
 *    EX-WELD (1200.00); the record is corrected to EX-ELEC and claim A refiled: `claim_conflict` (flagged, exit 1), though
 *    the grant names the very certificate C1 the claim names — the same claim. Renumbered it is refused basis_already_paid
 *    (control): no money moves, but a clerk is sent after a conflict that is not one. Cause: src/core/ledger.ts:214
 *    (occupations compared even where both records name one certificate). Mend: compare occupations only when neither
 *    names the certificate (or course) the other names.
 * F3 (1000.00 illustrative; 30 %, a record) — the claim's occupations include a course it names of ANOTHER occupation. Claim
 *    A on the worker's EX-ELEC 初级工 certificate C1 that names by mistake her earlier EX-WELD course K2 is held
 *    (`course_not_certificate_course`, to be corrected and paid 1000.00); with another system's EX-WELD grant under A it is
 *    `duplicate_claim` in silence, since the course shares the grant's occupation. What the training subsidy pays is the
 *    certificate (「参加培训后取得证书」), and C1 is EX-ELEC: the grant is not its record. Against (why 30 %): the grant may be
 *    K2's own payment and the claim that one refiled with a wrong certificate. Cause: src/engine.ts:768-769 (the course's
 *    occupation pushed beside the certificate's). Mend: a claim's occupations are its certificate's where it names one,
 *    its course's only where it names none.
 *
 * MENDED (2026-12-07, the lead): F1, F1b, F1b' — levels are compared as occupations are, where both records name some
 *    and no certificate or course in common (`NamedBasis.levels`; a level written into a code read as the level); F2 — one
 *    certificate or course named by both records is one claim's, whatever its record says of the occupation now.
 * Not mended: F3 (30 %): the claim names a course, and the course's occupation is the grant's; which record the claimant
 *    meant is not known.
 *
 * ── Controls that hold ───────────────────────────────────────────────────────────────────────────────────────────────
 * 8d075bf: a refile of the library's own grants stays duplicate_claim through the command line's grants files read back as
 * `--ledger` (CSV, NDJSON, JSON; training subsidy and appraisal), and via the API for the national-frameworks 「或」 pair
 * (skill upgrade paid 1000.00 once, training subsidy refused again); the library's grants record the certificate's level;
 * the corrected-record claim renumbered is refused basis_already_paid (paid once). 50822df: the worker filing a month before
 * E1 is paid 1000.00 whatever the ids, by the API with and without `on`, the command line in memory, spilled into 3 parts,
 * on 2 threads, with `--on` and `--order trainee`; one claim id filed by two trainees on different days (a conflict across
 * parts) is written in the same order by the API and the command line in 2–5 parts and on threads; four certificates of one
 * day with the first-filed claim held: the held one keeps its place and the year pays 2100.00 whatever the ids, alike in
 * every way of running.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { clawback, evaluateBatch, Ledger, parseClaimsDocument } from "../src/index.js";
import { cli, evaluateSpilled, evaluateThreaded, toNdjson, type Doc } from "./cli-helpers.js";
import { appraisal, byE1, cert, cityCert, cityCourse, cityTs, cityWorker, course, E1, FORK, JX, NF, ordinary, skillUpgrade, ts, unrecorded, WELD, worker } from "./support/ordinary.js";

type O = Record<string, any>;
const TIMEOUT = 120_000;
const run = (policy: Policy, doc: O, on?: string) => {
  const p = parseClaimsDocument(doc);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  if (p.value.invalid.length > 0) throw new Error(JSON.stringify(p.value.invalid));
  return evaluateBatch(policy, p.value.document, on === undefined ? {} : { on: on as never });
};
const KEY = /duplicate_claim|claim_conflict|already|undecided|annual_cap|missing_record/;
const brief = (d: Decision | O | undefined) => `${d?.["outcome"]}:${d?.["amount"]}:${(d?.["reasons"] as O[] | undefined)?.map((r) => r["code"] as string).filter((c) => KEY.test(c)).join("+")}`;
const byId = (ds: readonly (Decision | O)[]) => Object.fromEntries(ds.map((d) => [d["claimId"], brief(d)]));
const jxArgs = (file: string) => ["evaluate", file, "--policy", "jiaxing-2019", "--catalogue", "fixtures/jiaxing/catalogue-2020.json", "--format", "json", "--no-trace"];
const decisionsOut = (out: string): O[] => (JSON.parse(out) as { decisions: O[] }).decisions;
const tmp = (name: string, doc: O) => {
  const f = join(mkdtempSync(join(tmpdir(), "review108-")), `${name}.ndjson`);
  writeFileSync(f, toNdjson(doc as Doc));
  return f;
};
/** Another system's grant paid on claim id A to P1 (no certificate id, no keys). */
const otherA = (o: O): O => ({ id: "G1", claimId: "A", traineeId: "P1", measure: "trainingSubsidy", provision: "jx2019.certificate-basis", payee: { kind: "trainee", id: "P1" }, amount: "1500.00", basisDate: "2019-09-01", ...o });

// ── 8d075bf: a claim under an id a prior grant paid ─────────────────────────────────────────────────────────────────────
describe("8d075bf — a refile stays a refile, another claim is flagged", () => {
  it("the library's own grants record the certificate's level (the ordinary worker's EX-ELEC 初级工 → junior), so a level compared could not misread its own refile", () => {
    const r = run(JX, { ...ordinary, claims: [ts("A", "C1"), appraisal("AP", "C1")] });
    expect(r.grants.map((g) => [g.id, g.occupationCode, g.level, g.amount])).toEqual([
      // 1000.00 = EX-ELEC 初级工 row (illustrative); 120.00 = jx2019 「初级工、」「中级工 120 元」
      ["A", "EX-ELEC", "junior", "1000.00"],
      ["AP", "EX-ELEC", "junior", "120.00"],
    ]);
  });

  it("control: under another id the EX-ELEC 中级工 grant leaves the first EX-ELEC 初级工 certificate paid 1000.00 (another level, another basis)", () => {
    // jx2019 「但同一职业（项目）同一等级不可重复享」: 中级工 paid, 初级工 not — the EX-ELEC 初级工 row, 1000.00 (illustrative)
    const r = run(JX, { ...ordinary, ledger: [otherA({ claimId: "OLD", occupationCode: "EX-ELEC", level: "intermediate" })], claims: [ts("A", "C1")] });
    expect(byId(r.decisions)).toEqual({ A: "granted:1000.00:within_annual_cap" });
  });

  // Mended (2026-12-07): levels compared where both records name some (`NamedBasis.levels`, src/core/ledger.ts).
  it("F1 (1000.00; 45 %): a prior grant under A recording EX-ELEC 中级工 (no certificate id) does not make claim A on the first EX-ELEC 初级工 certificate 'already paid' in silence — the id names two claims: claim_conflict, flagged", () => {
    // jx2019 「建立培训全过程台账，确保可追溯」: the grant is the record of a 中级工 payment; 「同一职业（项目）同一等级」 makes the
    // level part of what was paid. The library: denied duplicate_claim (exit 0) — the 1000.00 (illustrative) the control
    // above pays is refused as paid. Right: claim_conflict (denied and flagged; renumbered, she is paid 1000.00).
    const r = run(JX, { ...ordinary, ledger: [otherA({ occupationCode: "EX-ELEC", level: "intermediate" })], claims: [ts("A", "C1")] });
    expect(byId(r.decisions)).toEqual({ A: "denied:0.00:claim_conflict" });
  });

  it("control: a prior grant under A recording EX-ELEC 初级工 (no certificate id) may be this very claim — A stays duplicate_claim", () => {
    const r = run(JX, { ...ordinary, ledger: [otherA({ occupationCode: "EX-ELEC", level: "junior", amount: "1000.00" })], claims: [ts("A", "C1")] });
    expect(byId(r.decisions)).toEqual({ A: "denied:0.00:duplicate_claim" });
  });

  // Mended (2026-12-07): as F1, in the claw-back.
  it("F1b (1500.00; 45 %): the claw-back of false claim A whose grants are the library's EX-ELEC 初级工 payment on C1 and another system's EX-ELEC 中级工 payment recovers neither until the list says whose claim was false (ambiguous)", () => {
    const r1 = run(JX, { ...ordinary, claims: [ts("A", "C1")] });
    const mine = JSON.parse(JSON.stringify(r1.grants)) as O[];
    // two levels, two certificates, two claims under one id (op2025 (十八) 「应追回补贴资金并依法查处」 is recovery of the false
    // claim's money). The library: total 2500.00 = 1000.00 + 1500.00, ambiguousClaims []. Right: ambiguous ["A"], 0.00.
    const c = clawback(Ledger.from([...mine, otherA({ occupationCode: "EX-ELEC", level: "intermediate" })] as never), ["A"]);
    expect([c.total, c.ambiguousClaims]).toEqual(["0.00", ["A"]]);
  });

  // Mended (2026-12-07): a level written into the code is read as the level (`grantBasis`).
  it("F1b': the same with the levels written into the codes (`EX-ELEC@junior` 1000.00, `EX-ELEC@intermediate` 1500.00 under A, a ledger built with Ledger.from): ambiguous, nothing recovered", () => {
    // the library strips the `@…` (ledger.ts:237) and compares no level: total 2500.00, ambiguousClaims []
    // mendB110 (review 110 F2): Ledger.from checks each grant as parseGrant does, and a code with `@` is no id parseGrant
    // accepts — this ledger can no longer be built (as the command line and parseClaimsDocument never read one): refused,
    // naming the field, so nothing is recovered on a misread basis.
    let refused: unknown;
    try {
      clawback(Ledger.from([{ ...otherA({ id: "G0", amount: "1000.00", occupationCode: "EX-ELEC@junior" }) }, otherA({ occupationCode: "EX-ELEC@intermediate" })] as never), ["A"]);
    } catch (e) {
      refused = e;
    }
    expect(refused).toMatchObject({ code: "invalid_argument", facts: { field: "grants[0].occupationCode" } });
  });

  // Mended (2026-12-07): one certificate or course named by both records is one claim's; occupations and levels are then not compared.
  it("F2 (no money; 55 %): claim A refiled after its certificate C1's record was corrected from EX-WELD to EX-ELEC is the same claim (the grant names C1): duplicate_claim, not a flagged conflict", () => {
    const r1 = run(JX, { ...ordinary, courses: [course("K1", { occupation: WELD })], certificates: [cert("C1", { occupation: WELD })], claims: [ts("A", "C1")] });
    // run 1: EX-WELD 初级工 row, 1200.00 (illustrative)
    expect(byId(r1.decisions)).toEqual({ A: "granted:1200.00:within_annual_cap" });
    const r2 = run(JX, { ...ordinary, ledger: JSON.parse(JSON.stringify(r1.grants)), claims: [ts("A", "C1", { submittedOn: "2020-08-01" })] });
    // the library: claim_conflict (exit 1). Right: the grant names certificate C1, the claim's own — the same claim refiled.
    expect(byId(r2.decisions)).toEqual({ A: "denied:0.00:duplicate_claim" });
  });

  it.fails("F3 (1000.00; 30 %): claim A on the EX-ELEC 初级工 certificate C1 naming by mistake an EX-WELD course K2 is not 'already paid' by another system's EX-WELD grant under A — flagged as a conflict, as without the course", () => {
    const base = { trainees: [worker()], enterprises: [E1], courses: [course("K1"), course("K2", { occupation: WELD, startDate: "2019-06-01", endDate: "2019-06-10" })], certificates: [cert("C1")] };
    // without the grant: held course_not_certificate_course (corrected, the EX-ELEC 初级工 row pays 1000.00, illustrative)
    expect(run(JX, { ...base, claims: [ts("A", "C1", { courseId: "K2" })] }).decisions.map((d) => d.outcome)).toEqual(["undecidable"]);
    // naming no course, the EX-WELD grant under A makes it a conflict (cold review 107 F1, mended)
    const weld = otherA({ amount: "1200.00", occupationCode: "EX-WELD", level: "junior" });
    expect(byId(run(JX, { ...base, ledger: [weld], claims: [ts("A", "C1")] }).decisions)).toEqual({ A: "denied:0.00:claim_conflict" });
    // the library: duplicate_claim (the course K2's EX-WELD shares the grant's occupation). Right: claim_conflict.
    expect(byId(run(JX, { ...base, ledger: [weld], claims: [ts("A", "C1", { courseId: "K2" })] }).decisions)).toEqual({ A: "denied:0.00:claim_conflict" });
  });

  it("control of F2: renumbered, the corrected-record claim is refused basis_already_paid — C1 is paid once (1200.00, not 1200.00 + 1000.00)", () => {
    const r1 = run(JX, { ...ordinary, courses: [course("K1", { occupation: WELD })], certificates: [cert("C1", { occupation: WELD })], claims: [ts("A", "C1")] });
    const r2 = run(JX, { ...ordinary, ledger: JSON.parse(JSON.stringify(r1.grants)), claims: [ts("A2", "C1", { submittedOn: "2020-08-01" })] });
    expect(r2.decisions.map((d) => [d.outcome, d.amount, d.reasons.some((x) => x.code === "basis_already_paid")])).toEqual([["denied", "0.00", true]]);
  });

  it("the command line's own grants, written as CSV, NDJSON or JSON and read back as --ledger, keep a refile of the training subsidy and the appraisal duplicate_claim (paid once: 1000.00 + 120.00)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "review108-g-"));
    const f1 = tmp("one", { ...ordinary, claims: [ts("A", "C1"), appraisal("AP", "C1")] });
    const f2 = tmp("two", { ...ordinary, claims: [ts("A", "C1", { submittedOn: "2020-09-01" }), appraisal("AP", "C1", { submittedOn: "2020-09-01" })] });
    for (const fmt of ["csv", "ndjson", "json"]) {
      const g = join(dir, `g.${fmt}`);
      const r1 = await cli([...jxArgs(f1), "--grants-out", g, "--grants-format", fmt]);
      expect(byId(decisionsOut(r1.out))).toEqual({ A: "granted:1000.00:within_annual_cap", AP: "granted:120.00:" });
      expect(readFileSync(g, "utf8")).toContain("EX-ELEC");
      const r2 = await cli([...jxArgs(f2), "--ledger", g, "--ledger-format", fmt]);
      expect([r2.code, byId(decisionsOut(r2.out))]).toEqual([0, { A: "denied:0.00:duplicate_claim", AP: "denied:0.00:duplicate_claim" }]);
    }
  }, TIMEOUT);

  it("national frameworks, 「或」: the skill upgrade filed first is paid 1000.00; both claims refiled against that run's grants pay nothing more (the skill upgrade duplicate_claim, the training subsidy refused again)", () => {
    // gbf2019 §(十一) 「按规定给予职业培训补贴或参保职工技」: one or the other; illustrative 初级工 skill upgrade 1000.00
    const base = { trainees: [cityWorker()], courses: [cityCourse("K1", { occupation: WELD })], certificates: [cityCert("C1", { occupation: WELD })] };
    const claims = [cityTs("A", "C1"), { ...skillUpgrade("B", "C1"), submittedOn: "2022-08-02" }];
    const r1 = run(NF, { ...base, claims });
    expect(r1.grants.map((g) => [g.claimId, g.amount])).toEqual([["B", "1000.00"]]);
    const r2 = run(NF, { ...base, ledger: JSON.parse(JSON.stringify(r1.grants)), claims: claims.map((c) => ({ ...c, submittedOn: "2022-10-01" })) });
    expect(r2.grants).toEqual([]);
    expect(r2.decisions.find((d) => d.claimId === "B")?.reasons.map((x) => x.code)).toContain("duplicate_claim");
    expect(r2.decisions.find((d) => d.claimId === "A")?.outcome).toBe("denied");
  });
});

// ── 50822df: ties on the basis date, by filing date ─────────────────────────────────────────────────────────────────────
describe("50822df — one basis date, first filed first judged, in every way of running", () => {
  it("the worker filing on 2020-07-01 (id B) before E1 (id A, 2020-08-01) is paid 1000.00 by the API with and without `on`, and by the command line in memory, in 3 parts, on 2 threads, with --on and --order trainee", async () => {
    const doc = { ...ordinary, claims: [ts("B", "C1"), ts("A", "C1", { ...byE1, submittedOn: "2020-08-01" })] };
    // the EX-ELEC 初级工 row, 1000.00 (illustrative), paid once to whoever's claim is judged first: the worker's
    const want = { B: "granted:1000.00:", A: "denied:0.00:" };
    const strip = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.replace(/:[^:]*$/, ":")]));
    for (const on of [undefined, "2020-09-01"]) expect(strip(byId(run(JX, doc, on).decisions))).toEqual(want);
    const f = tmp("tie", doc);
    for (const extra of [[], ["--on", "2020-09-01"], ["--order", "trainee"], ["--on", "2020-09-01", "--order", "trainee"]]) {
      for (const r of [await cli([...jxArgs(f), ...extra]), await evaluateSpilled([...jxArgs(f).slice(1), ...extra], "", 3), await evaluateThreaded([...jxArgs(f).slice(1), ...extra], "", 3, 2)]) {
        const ds = decisionsOut(r.out);
        expect(strip(byId(ds)), extra.join(" ")).toEqual(want);
        expect(ds.map((d) => d["payee"]?.kind ?? null)).toEqual(["trainee", null]);
      }
    }
  }, TIMEOUT);

  it("one claim id X filed by two trainees on different days (a conflict across the command line's parts) is written in the API's order among same-day claims, in 2–5 parts and on threads", async () => {
    const people = ["P1", "P2", "P3", "P4", "P5", "P6"];
    const doc: O = {
      trainees: people.map((p) => worker({ id: p })),
      enterprises: [E1],
      courses: people.map((p) => course(`K-${p}`, { traineeId: p })),
      certificates: people.map((p) => cert(`C-${p}`, { traineeId: p, courseId: `K-${p}` })),
      claims: [
        ts("X", "C-P1", { traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, submittedOn: "2020-09-01" }),
        ts("X", "C-P2", { traineeId: "P2", claimant: { kind: "trainee", id: "P2" }, submittedOn: "2020-07-01" }),
        ...["P3", "P4", "P5", "P6"].map((p, i) => ts(`Y${i}`, `C-${p}`, { traineeId: p, claimant: { kind: "trainee", id: p }, submittedOn: `2020-0${7 + (i % 3)}-1${i}` })),
      ],
    };
    const api = run(JX, doc).decisions.map((d) => `${d.claimId}=${d.outcome}`);
    expect(api.filter((x) => x.startsWith("X"))).toEqual(["X=denied"]);
    const f = tmp("cross", doc);
    for (const k of [2, 3, 4, 5]) {
      for (const r of [await evaluateSpilled(jxArgs(f).slice(1), "", k), await evaluateThreaded(jxArgs(f).slice(1), "", k, 2)]) {
        expect(decisionsOut(r.out).map((d) => `${d["claimId"]}=${d["outcome"]}`), `parts ${k}`).toEqual(api);
      }
    }
    expect(decisionsOut((await cli(jxArgs(f))).out).map((d) => `${d["claimId"]}=${d["outcome"]}`)).toEqual(api);
  }, TIMEOUT);

  it("four certificates of one day, the first-filed claim (E1's, held: no employer on record) keeps its place: 1200.00 + 900.00 paid, the last-filed held behind it — whatever the ids, in every way of running", async () => {
    const SEW = { code: "EX-SEW", name: "缝纫工（示意）" };
    const occ = [undefined, WELD, FORK, SEW];
    const doc = (ids: string[]): O => ({
      trainees: [unrecorded],
      enterprises: [E1],
      courses: occ.map((o, i) => course(`K${i}`, o === undefined ? {} : { occupation: o })),
      certificates: occ.map((o, i) => cert(`C${i}`, { courseId: `K${i}`, ...(o === undefined ? {} : { occupation: o }) })),
      claims: ids.map((id, i) => ts(id, `C${i}`, { submittedOn: `2020-07-0${i + 1}`, ...(i === 0 ? byE1 : {}) })),
    });
    // 「原则上每人每年可享受」「不超过 3 次」: the held EX-ELEC claim (filed 07-01) keeps a place; EX-WELD 1200.00 and EX-FORK
    // 900.00 (filed 07-02, 07-03; illustrative rows) take the other two = 2100.00; EX-SEW (filed 07-04) waits behind the hold.
    const want = (ids: string[]) => ({ [ids[0] as string]: "undecidable:null:missing_record", [ids[1] as string]: "granted:1200.00:within_annual_cap", [ids[2] as string]: "granted:900.00:within_annual_cap", [ids[3] as string]: "undecidable:null:earlier_claim_undecided" });
    for (const ids of [["A1", "A2", "A3", "A4"], ["A4", "A3", "A2", "A1"]]) {
      expect(byId(run(JX, doc(ids)).decisions)).toEqual(want(ids));
      const f = tmp("held", doc(ids));
      for (const r of [await cli(jxArgs(f)), await evaluateSpilled(jxArgs(f).slice(1), "", 3), await evaluateThreaded(jxArgs(f).slice(1), "", 3, 2), await cli([...jxArgs(f), "--on", "2020-07-10"]), await cli([...jxArgs(f), "--order", "trainee"])]) {
        const ds = decisionsOut(r.out);
        expect(byId(ds)).toEqual(want(ids));
        expect(ds.map((d) => d["claimId"])).toEqual(ids);
      }
    }
  }, TIMEOUT);
});
