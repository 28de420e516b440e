/**
 * Cold audit 12a (2026-12-05): decided in instalments. A government system decides the same people's claims month by
 * month, each run given the grants of the runs before (API: the document's `ledger` = the earlier runs'
 * `evaluateBatch(...).grants`; CLI: `evaluate --grants-out g.ndjson`, then `evaluate --ledger g.ndjson`), and decides a
 * claim again when its data is corrected. The money must not depend on how the claims were cut into runs.
 *
 * What I read, before the code: gbf2019 §(十一) (「按规定给予职业培训补贴或参保职工技能提升补贴」, 以工代训 「最长不超过6个月」),
 * §(十二) (「原则上每人每年可享受不超过 3次，但同一职业同一等级不可重复享受」, 「在户籍地、常住地、求职就业地参加培训后取得证书」);
 * jx2019 三(一)二 (apprentices 「每人每年」, 「原则上不超过 2 年」), 四(三)四 (living allowance 「每人每天 50 元」), 五(十)二 (packages
 * 「给予每个不超过 5 万元补助」), 五(十一) (the annual cap and no-repeat again; the appraisal subsidy
 * 「对同一职业（工种）同一技能等级通过初次职业技能鉴定并取得证书（不含培训合格证书）的参训人员，给予职业技能鉴定补贴」) and its closing scope sentence. Then
 * docs/concepts.md ("The ledger", "Batches"), docs/cli.md ("--ledger", "Chained runs", "Memory"), src/engine.ts
 * (decideBatch, grantOf, judgedOrder), src/core/ledger.ts (inYear, forOccupation), src/cli/grants.ts,
 * src/provisions/trainingSubsidy/annualCap.ts, src/provisions/skillUpgrade/insuredSkillUpgrade.ts (oneOrTheOther),
 * src/jurisdictions/jiaxing/appraisalSubsidy.ts, and the readings pay-once-basis, claim-order-by-issue-date,
 * appraisal-first-by-certificates, certificate-names-its-course, earlier-grant-says-what-it-paid, apprenticeship-month-count,
 * apprenticeship-years-over-history, package-grant-per-package, plausible-record-dates, pre-job-no-repeat. And the tests
 * already on this ground: test/incremental.property.test.ts (chains of runs by filing date against one batch, objects,
 * JSON and CSV ledgers; the judging-order cases), test/cli-chain.test.ts, test/cli-partition.test.ts,
 * test/cli-threads.test.ts, test/traineeIndependence.property.test.ts (`order: "trainee"`).
 *
 * What I tried, from the ordinary claimant (test/support/ordinary.ts: the Nanhu enterprise employee under jiaxing-2019
 * with the ILLUSTRATIVE 2020 catalogue, EX-ELEC 初级工 1000.00, EX-WELD 初级工 1200.00, EX-FORK 初级工 900.00, EX-CARE
 * 初级工 900.00; appraisal 初级工 120.00 is jx2019's own figure; and the example city's insured worker under the national
 * frameworks with the ILLUSTRATIVE skill-upgrade standards, 初级工 1000.00) and then groups: four certificates of one
 * year in one run, in three runs in basis-date order and out of order; appraisals beside them; claims first held
 * (monthly-pension entitlement unknown for a worker past 60) and refiled answered under the same id, a new id and both;
 * a claim refused for the cap refiled unchanged; each measure's grant refiled under a new id (training subsidy,
 * appraisal, living allowance by days, 以工代训 months, a training package, the skill-upgrade subsidy, an apprenticeship
 * record claimed year by year); two living-allowance courses sharing days and two 以工代训 claims in either order across
 * runs (ILLUSTRATIVE local standards: 50.00 a day, 500.00 a month, test/support/ordinary.ts withIllustrativeLocal);
 * grants written by `--grants-out` in CSV, NDJSON and JSON and read back, by the CLI's own reader and by `--ledger`;
 * `order: "trainee"` and the CLI's spilled (partitioned) path against the in-memory run, with a ledger.
 *
 * What I considered and did not record:
 * - The judging order across runs. One batch takes a person's competing claims by basis date; a chain takes them by the
 *   run they arrive in, so a certificate filed late that was issued early meets the year's cap or its occupation and level
 *   already taken (four certificates of 2020, the first-issued one (June, EX-ELEC) filed last: 1200 + 900 + 900 = 3000.00 in the chain where one
 *   batch pays 1000 + 1200 + 900 = 3100.00). The texts say how many (「每人每年…不超过 3次」) and which may not repeat, not
 *   which of the four; the library documents this (claim-order-by-issue-date, secondLook: a paid claim is not undone) and
 *   test/incremental.property.test.ts records its effects. Not a finding; a control below checks the limits hold.
 * - Out of order, the appraisal subsidy is paid on the later certificate of an occupation and level (the first one's claim
 *   then refused appraisal_already_granted): the text pays the 初次 one, but the amount is the same (120.00). Not recorded.
 * - A claim whose data is corrected after it was paid (a certificate's level, a course's attended days): refiled under its
 *   id it is `duplicate_claim`, under a new id `basis_already_paid`; the difference is never paid. The texts say nothing of
 *   corrections and the library decides no clawback or top-up (reading clawback-text-in-force); not recorded.
 * - A claim id reused for another basis across runs is `duplicate_claim` (the library reads a claim id as what was paid;
 *   already an `it.fails` record in test/audit7-once.test.ts). An apprenticeship claim refiled under a new id pays the
 *   record's next year once it has begun (reading apprenticeship-month-count), as one batch does: no year twice.
 * - A living allowance filed during its course is denied `judged_before_basis` and, refiled unchanged, is denied again
 *   unless the run is judged with `--on` (API `on`) after the course's end — documented (docs/cli.md `--on`); a control
 *   shows the refiling with `on` pays it once.
 * - `--threads 2` itself: test/cli-threads.test.ts compares it byte for byte with one thread on the spilled path (it needs
 *   the built worker); I checked the spilled path with a ledger against the in-memory run instead.
 *
 * Figures the texts leave to a city (catalogue rows, the skill-upgrade standards, the daily and monthly standards) are
 * ILLUSTRATIVE, never official. The first block holds the controls (passing). The second holds the findings as `it.fails`
 * records: each asserts what the text requires and fails on the code as it stands (each was run once as `it(...)` and
 * failed at its own final assertion). src/ untouched.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Decision, Grant, Policy } from "../src/index.js";
import { amount, evaluateBatch, jiaxingPolicy, nationalPolicy, parseGrant, toYuan } from "../src/index.js";
import { readItems, RecordCounter } from "../src/cli/input.js";
import type { Io } from "../src/cli/main.js";
import { parsed } from "./support/world.js";
import { outcome } from "./support/outcome.js";
import { apprentice, period } from "./support/apprenticeship.js";
import { cli, evaluateSpilled } from "./cli-helpers.js";
import { appraisal, cert, cityCert, cityCourse, cityTs, cityWorker, course, E1, HERE, JX, NF, skillUpgrade, ts, withIllustrativeLocal, worker } from "./support/ordinary.js";

type O = Record<string, unknown>;

/** The runs decided one after another, each document given the grants of the runs before it through JSON (as a system would store them). */
function chain(policy: Policy, docs: readonly O[], options: { on?: string } = {}): { decisions: Decision[]; grants: Grant[] } {
  const decisions: Decision[] = [];
  const grants: Grant[] = [];
  for (const doc of docs) {
    const r = evaluateBatch(policy, parsed({ ...doc, ledger: JSON.parse(JSON.stringify(grants)) as unknown[] }), options.on === undefined ? {} : { on: options.on as never });
    decisions.push(...r.decisions);
    grants.push(...r.grants);
  }
  return { decisions, grants };
}
/** `outcome:amount` of each claim id (the last decision of an id filed in several runs). */
const paid = (ds: readonly Decision[]) => Object.fromEntries(ds.map((d) => [d.claimId, `${d.outcome}:${d.amount}`]));
const codes = (ds: readonly Decision[]) => Object.fromEntries(ds.map((d) => [d.claimId, outcome(d)]));
const total = (gs: readonly Grant[]) => toYuan(gs.reduce((a, g) => a.plus(amount(g.amount)), amount(0)));

// The ordinary Nanhu worker's four 2020 certificates, each earned on a ten-day Nanhu course (ILLUSTRATIVE catalogue rows).
const occ = (code: string) => ({ code, name: `${code}（示意）` });
const K = [course("K1"), course("K2", { occupation: occ("EX-WELD"), startDate: "2020-07-01", endDate: "2020-07-10" }), course("K3", { occupation: occ("EX-FORK"), startDate: "2020-08-01", endDate: "2020-08-10" }), course("K4", { occupation: occ("EX-CARE"), startDate: "2020-09-01", endDate: "2020-09-10" })];
const C = [cert("C1"), cert("C2", { courseId: "K2", occupation: occ("EX-WELD"), issuedOn: "2020-07-20" }), cert("C3", { courseId: "K3", occupation: occ("EX-FORK"), issuedOn: "2020-08-20" }), cert("C4", { courseId: "K4", occupation: occ("EX-CARE"), issuedOn: "2020-09-20" })];
const FOUR = { trainees: [worker()], enterprises: [E1], courses: K, certificates: C };
const A1 = ts("A1", "C1"); // C1 EX-ELEC 初级工 issued 2020-06-20: 1000.00
const A2 = ts("A2", "C2", { submittedOn: "2020-08-01" }); // C2 EX-WELD 初级工 2020-07-20: 1200.00
const A3 = ts("A3", "C3", { submittedOn: "2020-09-01" }); // C3 EX-FORK 初级工 2020-08-20: 900.00
const A4 = ts("A4", "C4", { submittedOn: "2020-10-01" }); // C4 EX-CARE 初级工 2020-09-20: 900.00, the 4th of 2020
const B1 = appraisal("B1", "C1"); // 初级工 120.00 (jx2019 五(十一))
const B2 = appraisal("B2", "C2", { submittedOn: "2020-08-01" }); // 初级工 120.00

const la = (id: string, courseId: string, submittedOn: string): O => ({ id, measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, courseId, submittedOn });
const wft = (id: string, months: string[], submittedOn: string): O => ({ id, measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E9" }, enterpriseId: "E9", months, submittedOn });
const apClaim = (id: string, submittedOn: string): O => ({ id, measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, apprenticeshipId: "A1", enterpriseId: "E1", submittedOn });
const pkgClaim = (id: string, amountClaimed: string): O => ({ id, measure: "trainingPackageGrant", traineeId: "P1", claimant: { kind: "organizer", id: "SCHOOL-1" }, submittedOn: "2020-09-01", amountClaimed, trainingPackage: { id: "PK-1", developerKind: "vocationalCollege", commissioned: true } });
/** National texts with ILLUSTRATIVE local standards: living allowance 50.00 a day, 以工代训 500.00 a month (from 2019-05-18). */
const LOCAL = withIllustrativeLocal(nationalPolicy());
const E9 = { id: "E9", name: "示例企业", region: HERE, unemploymentInsuranceRegion: HERE };

describe("controls: claims cut into runs chained by the ledger decide as one batch (passing)", () => {
  it("the ordinary worker's four 2020 certificates and two appraisals: one batch, and three runs in basis-date order, pay the same — the 4th training subsidy of 2020 refused 「每人每年可享受不超过 3 次」, each appraisal once", () => {
    const claims = [A1, A2, A3, A4, B1, B2];
    const whole = evaluateBatch(JX, parsed({ ...FOUR, claims }));
    const expected = { A1: "granted:1000.00", B1: "granted:120.00", A2: "granted:1200.00", B2: "granted:120.00", A3: "granted:900.00", A4: "denied:0.00" };
    expect(paid(whole.decisions)).toEqual(expected);
    expect(whole.decisions.find((d) => d.claimId === "A4")?.reasons.map((r) => r.code)).toEqual(["annual_cap_reached"]);
    const runs = chain(JX, [{ ...FOUR, claims: [A1, A2] }, { ...FOUR, claims: [A3, A4] }, { ...FOUR, claims: [B1, B2] }]);
    expect(paid(runs.decisions)).toEqual(expected);
    // 1000 + 1200 + 900 + 120 + 120 = 3340.00 either way
    expect([total(runs.grants), total(whole.grants)]).toEqual(["3340.00", "3340.00"]);
  });

  it("out of order (the first-issued certificate, June's EX-ELEC, filed after the three later ones were paid): never more than three training subsidies in 2020, no certificate twice — which three is the judging order's (see the header)", () => {
    const runs = chain(JX, [{ ...FOUR, claims: [A4, A2, A3] }, { ...FOUR, claims: [A1, B1, B2] }]);
    // 1200 + 900 + 900 = 3000.00 in the chain, 3100.00 in one batch (the order; test/incremental.property.test.ts)
    expect(paid(runs.decisions)).toEqual({ A2: "granted:1200.00", A3: "granted:900.00", A4: "granted:900.00", A1: "denied:0.00", B1: "granted:120.00", B2: "granted:120.00" });
    expect(runs.grants.filter((g) => g.measure === "trainingSubsidy")).toHaveLength(3);
    expect(new Set(runs.grants.map((g) => `${g.measure}|${g.certificateId}`)).size).toBe(runs.grants.length);
  });

  it("a second EX-ELEC 初级工 certificate in a later run is refused 「同一职业（项目）同一等级不可重复享受」, as in one batch", () => {
    const K5 = course("K5", { startDate: "2020-09-01", endDate: "2020-09-10" });
    const C5 = cert("C5", { courseId: "K5", issuedOn: "2020-10-01" });
    const doc = { ...FOUR, courses: [K[0], K5], certificates: [C[0], C5] };
    const A5 = ts("A5", "C5", { submittedOn: "2020-10-05" });
    expect(codes(evaluateBatch(JX, parsed({ ...doc, claims: [A1, A5] })).decisions)["A5"]).toBe("denied:0.00:occupation_level_already_subsidised");
    expect(codes(chain(JX, [{ ...doc, claims: [A1] }, { ...doc, claims: [A5] }]).decisions)["A5"]).toBe("denied:0.00:occupation_level_already_subsidised");
  });

  it("a claim held for a missing fact (a worker past 60, monthly-pension entitlement unknown) and refiled answered — under its id, under a new id, or both — is paid once: 1000.00 + 120.00, never duplicate_claim, never twice", () => {
    const old = (o: O = {}) => ({ ...FOUR, trainees: [worker({ birthDate: "1955-01-01", ...o })], courses: [K[0]], certificates: [C[0]] });
    const first = { ...old(), claims: [A1, B1] };
    const answered = old({ monthlyPensionEntitled: false });
    expect(paid(evaluateBatch(JX, parsed(first)).decisions)).toEqual({ A1: "undecidable:null", B1: "undecidable:null" });
    // the same ids: 1000.00 (EX-ELEC 初级工) + 120.00 (初级工 appraisal)
    const same = chain(JX, [first, { ...answered, claims: [A1, B1] }]);
    expect(paid(same.decisions)).toEqual({ A1: "granted:1000.00", B1: "granted:120.00" });
    // new ids
    const fresh = chain(JX, [first, { ...answered, claims: [ts("A1b", "C1"), appraisal("B1b", "C1")] }]);
    expect(total(fresh.grants)).toBe("1120.00");
    // both, then all four again in a third run: paid once
    const both = chain(JX, [first, { ...answered, claims: [A1, B1, ts("A1b", "C1"), appraisal("B1b", "C1")] }, { ...answered, claims: [A1, B1, ts("A1b", "C1"), appraisal("B1b", "C1")] }]);
    expect(total(both.grants)).toBe("1120.00");
    expect(codes(both.decisions.slice(-4))).toEqual({ A1: "denied:0.00:duplicate_claim", B1: "denied:0.00:duplicate_claim", A1b: "denied:0.00:occupation_level_already_subsidised", B1b: "denied:0.00:appraisal_already_granted" });
  });

  it("held across runs: the 1st certificate held, the 4th held earlier_claim_undecided; both refiled in run 2 with the fact: the 1st paid within the cap, the 4th refused — as one batch with the fact", () => {
    // A1 held by a claim-level fact: it names a course other than its certificate's (course_not_certificate_course, claim.courseId).
    const heldA1 = { ...A1, courseId: "K0" };
    const FIVE = { ...FOUR, courses: [course("K0", { startDate: "2020-05-01", endDate: "2020-05-10" }), ...K] };
    const run1 = evaluateBatch(JX, parsed({ ...FIVE, claims: [heldA1, A2, A3, A4] }));
    expect(codes(run1.decisions)).toMatchObject({ A1: "undecidable:null:course_not_certificate_course", A4: "undecidable:null:earlier_claim_undecided" });
    const runs = chain(JX, [{ ...FIVE, claims: [heldA1, A2, A3, A4] }, { ...FIVE, claims: [A1, A4] }]);
    expect(paid(runs.decisions.slice(-2))).toEqual({ A1: "granted:1000.00", A4: "denied:0.00" });
    // 1200 + 900 + 1000 = 3100.00 = one batch with A1 answered
    expect(total(runs.grants)).toBe(total(evaluateBatch(JX, parsed({ ...FOUR, claims: [A1, A2, A3, A4] })).grants));
    expect(total(runs.grants)).toBe("3100.00");
  });

  it("a claim refused in run 1 (the 4th of 2020) refiled unchanged in run 2 is refused again for the same reason, not paid", () => {
    const runs = chain(JX, [{ ...FOUR, claims: [A1, A2, A3, A4] }, { ...FOUR, claims: [A4] }]);
    expect(codes(runs.decisions.slice(-1))).toEqual({ A4: "denied:0.00:annual_cap_reached" });
  });

  it("every measure's grant refiled under a new id in a later run pays nothing again (training subsidy, appraisal, living allowance, 以工代训 months, package, skill-upgrade subsidy)", () => {
    // Jiaxing: training subsidy, appraisal, a training package (50,000 at most 「每个」, paid once)
    const jx = chain(JX, [{ ...FOUR, courses: [K[0]], certificates: [C[0]], claims: [A1, B1, pkgClaim("PK-A", "30000.00")] }, { ...FOUR, courses: [K[0]], certificates: [C[0]], claims: [ts("A1x", "C1"), appraisal("B1x", "C1"), pkgClaim("PK-B", "20000.00")] }]);
    expect(codes(jx.decisions.slice(-3))).toEqual({ A1x: "denied:0.00:occupation_level_already_subsidised", B1x: "denied:0.00:appraisal_already_granted", "PK-B": "denied:0.00:basis_already_paid" });
    // 1000 + 120 + 30000 = 31120.00
    expect(total(jx.grants)).toBe("31120.00");
    // national + ILLUSTRATIVE local standards: a living allowance (10 days × 50.00 = 500.00) and 以工代训 (6 months × 500.00 = 3000.00)
    const person = cityWorker({ statuses: ["employmentDifficulty", "povertyRegistered"], employmentRegion: HERE, employerId: "E9" }); // E9 took her on (以工代训)
    const doc = { trainees: [person], enterprises: [E9], courses: [cityCourse("K1", { startDate: "2020-06-01", endDate: "2020-06-10", attendedDays: 10 })] };
    const months = ["2020-05", "2020-06", "2020-07", "2020-08", "2020-09", "2020-10"];
    const nat = chain(LOCAL, [{ ...doc, claims: [la("L1", "K1", "2020-06-20"), wft("W1", months, "2020-11-05")] }, { ...doc, claims: [la("L1x", "K1", "2020-07-20"), wft("W1x", months, "2020-12-05")] }]);
    expect(paid(nat.decisions)).toEqual({ L1: "granted:500.00", W1: "granted:3000.00", L1x: "denied:0.00", W1x: "denied:0.00" });
    // the skill-upgrade subsidy (national frameworks, ILLUSTRATIVE 初级工 1000.00): a new id, and the training subsidy on the same certificate
    const cityDoc = { trainees: [cityWorker()], courses: [cityCourse("K1")], certificates: [cityCert("C1")] };
    const nf = chain(NF, [{ ...cityDoc, claims: [skillUpgrade("S1", "C1")] }, { ...cityDoc, claims: [skillUpgrade("S2", "C1"), cityTs("T1", "C1")] }]);
    expect(codes(nf.decisions)).toMatchObject({ S1: "granted:1000.00:insured_employee+first_for_occupation_level+skill_upgrade_standard", S2: "denied:0.00:basis_already_paid", T1: "denied:0.00:other_measure_already_paid" });
    expect(total(nf.grants)).toBe("1000.00");
  });

  it("two living-allowance courses sharing six days, in either order across runs: 500.00 + 4 new days × 50.00 = 700.00, as one batch; 以工代训 4 + 4 months in either order: 6 months × 500.00 = 3000.00 「最长不超过 6个月」", () => {
    const person = cityWorker({ statuses: ["employmentDifficulty", "povertyRegistered"], employmentRegion: HERE, employerId: "E9" }); // E9 took her on (以工代训)
    const doc = { trainees: [person], enterprises: [E9], courses: [cityCourse("K1", { startDate: "2020-06-01", endDate: "2020-06-10", attendedDays: 10 }), cityCourse("K2", { startDate: "2020-06-05", endDate: "2020-06-14", attendedDays: 10 })] };
    const L1 = la("L1", "K1", "2020-06-20");
    const L2 = la("L2", "K2", "2020-06-20");
    const W1 = wft("W1", ["2020-05", "2020-06", "2020-07", "2020-08"], "2020-09-01");
    const W2 = wft("W2", ["2020-09", "2020-10", "2020-11", "2020-12"], "2021-01-05");
    expect(total(evaluateBatch(LOCAL, parsed({ ...doc, claims: [L1, L2, W1, W2] })).grants)).toBe("3700.00");
    for (const order of [[L1, W1, L2, W2], [L2, W2, L1, W1]]) {
      const runs = chain(LOCAL, [{ ...doc, claims: order.slice(0, 2) }, { ...doc, claims: order.slice(2) }]);
      // 700.00 + 3000.00
      expect(total(runs.grants)).toBe("3700.00");
      expect(runs.grants.flatMap((g) => g.months ?? []).sort()).toHaveLength(6);
    }
  });

  it("an apprenticeship record claimed year by year in two runs pays as one batch: 6000.00 a year (ILLUSTRATIVE, within jx2019's 4000–10000) × 2 years 「补助原则上不超过 2 年」", () => {
    const doc = { trainees: [apprentice], enterprises: [E1], apprenticeships: [period("A1", "2020-03-01", "2022-02-28")] };
    const whole = evaluateBatch(jiaxingPolicy(), parsed({ ...doc, claims: [apClaim("X1", "2021-03-05"), apClaim("X2", "2022-03-05")] }));
    const runs = chain(jiaxingPolicy(), [{ ...doc, claims: [apClaim("X1", "2021-03-05")] }, { ...doc, claims: [apClaim("X2", "2022-03-05")] }, { ...doc, claims: [apClaim("X3", "2022-03-10")] }]);
    expect(paid(whole.decisions)).toEqual({ X1: "granted:6000.00", X2: "granted:6000.00" });
    // a third claim on the record: both years paid
    expect(paid(runs.decisions)).toEqual({ X1: "granted:6000.00", X2: "granted:6000.00", X3: "denied:0.00" });
  });

  it("a living allowance filed during its course is held until the course has ended; refiled unchanged and judged (API `on`) after the course's end it is paid once, 10 × 50.00 = 500.00", () => {
    const person = cityWorker({ statuses: ["employmentDifficulty"] });
    const doc = { trainees: [person], courses: [cityCourse("K1", { startDate: "2020-06-01", endDate: "2020-06-10", attendedDays: 10 })] };
    const L = la("L1", "K1", "2020-06-05");
    // Changed 2026-12-08 (reading living-allowance-during-course, cold review 109 F5): was denied:0.00:judged_before_basis
    expect(codes(evaluateBatch(LOCAL, parsed({ ...doc, claims: [L] })).decisions)).toEqual({ L1: "undecidable:null:course_not_ended" });
    const later = chain(LOCAL, [{ ...doc, claims: [L] }], { on: "2020-06-30" });
    expect(paid(later.decisions)).toEqual({ L1: "granted:500.00" });
  });

  it("`order: \"trainee\"` decides a chained run as the default order does (two trainees, a ledger)", () => {
    const P2 = worker({ id: "P2" });
    const two = { ...FOUR, trainees: [worker(), P2], courses: [...K, course("Q1", { traineeId: "P2" })], certificates: [...C, cert("Q1", { traineeId: "P2", courseId: "Q1" })] };
    const run1 = evaluateBatch(JX, parsed({ ...two, claims: [A1, A2, { ...ts("Z1", "Q1"), traineeId: "P2", claimant: { kind: "trainee", id: "P2" } }] }));
    const doc2 = parsed({ ...two, claims: [A3, A4, B1, { ...appraisal("Z2", "Q1"), traineeId: "P2", claimant: { kind: "trainee", id: "P2" } }, { ...ts("Z3", "Q1"), traineeId: "P2", claimant: { kind: "trainee", id: "P2" } }], ledger: JSON.parse(JSON.stringify(run1.grants)) as unknown[] });
    const judged = evaluateBatch(JX, doc2);
    const byTrainee = evaluateBatch(JX, doc2, { order: "trainee" });
    expect(codes(byTrainee.decisions)).toEqual(codes(judged.decisions));
    expect(codes(judged.decisions)).toMatchObject({ A3: "granted:900.00:course_in_jurisdiction+residency_basis+in_scope+within_retirement_age+level_on_ladder+catalogue_entry+certificate_is_basis+within_annual_cap+first_for_occupation_level+training_subsidy_standard", A4: "denied:0.00:annual_cap_reached", Z3: "denied:0.00:occupation_level_already_subsidised" });
  });

  it("the CLI: --grants-out in CSV, NDJSON and JSON read back by the CLI's own reader give the grants exactly (amounts, months, day and period keys, apprenticeship, package); a run with each as --ledger, spilled into parts or in memory, pays nothing again", async () => {
    // library grants of every shape: Jiaxing (training subsidy, appraisal, package, apprenticeship) and national + ILLUSTRATIVE local (days, period, months)
    const person = cityWorker({ statuses: ["employmentDifficulty", "povertyRegistered"], employmentRegion: HERE, employerId: "E9" }); // E9 took her on (以工代训)
    const nat = evaluateBatch(LOCAL, parsed({ trainees: [person], enterprises: [E9], courses: [cityCourse("K1", { startDate: "2020-06-01", endDate: "2020-06-10", attendedDays: 10, attendedDates: ["2020-06-01", "2020-06-02", "2020-06-03", "2020-06-04", "2020-06-05", "2020-06-06", "2020-06-08", "2020-06-09", "2020-06-10", "2020-06-07"] }), cityCourse("K2", { startDate: "2020-07-01", endDate: "2020-07-10", attendedDays: 8 })], claims: [la("L1", "K1", "2020-06-20"), la("L2", "K2", "2020-07-20"), wft("W1", ["2020-05", "2020-06", "2020-07"], "2020-09-01")] }));
    const jx = evaluateBatch(JX, parsed({ ...FOUR, courses: [K[0]], certificates: [C[0]], claims: [A1, B1, pkgClaim("PK-A", "30000.00")] }));
    const ap = evaluateBatch(jiaxingPolicy(), parsed({ trainees: [{ ...apprentice, id: "P9" }], enterprises: [E1], apprenticeships: [period("AP", "2020-03-01", "2022-02-28", { traineeId: "P9" })], claims: [{ ...apClaim("X1", "2021-03-05"), traineeId: "P9", apprenticeshipId: "AP" }] }));
    const grants = [...nat.grants, ...jx.grants, ...ap.grants];
    // 1500.00 (3 months × 500.00; judged first, on its first month 2020-05, since cold review 74) + 500.00 (10 days × 50.00)
    // + 400.00 (8 days × 50.00) + 1000.00 + 120.00 + 30000.00 + 6000.00
    expect(grants.map((g) => g.amount)).toEqual(["1500.00", "500.00", "400.00", "1000.00", "120.00", "30000.00", "6000.00"]);
    const { writeGrants } = await import("../src/cli/grants.js");
    const dir = mkdtempSync(join(tmpdir(), "audit12a-"));
    const io: Io = { stderrIsTTY: false, stdout: () => undefined, stderr: () => undefined, stdin: () => [][Symbol.iterator]() as unknown as AsyncIterable<Buffer> };
    for (const format of ["csv", "ndjson", "json"] as const) {
      let text = "";
      await writeGrants({ write: (c) => void (text += typeof c === "string" ? c : Buffer.from(c).toString("utf8")), commit: () => undefined, abandon: () => undefined }, format, grants.map((g) => JSON.stringify(g)));
      const file = join(dir, `g.${format}`);
      writeFileSync(file, text);
      const back: unknown[] = [];
      for await (const item of readItems(file, format, io, new RecordCounter(), true)) {
        if (!("record" in item)) throw new Error(`unreadable grant: ${JSON.stringify(item)}`);
        const g = parseGrant(item.record);
        if (!g.ok) throw new Error(`invalid grant: ${JSON.stringify(g)}`);
        back.push(g.value);
      }
      expect(back, format).toEqual(JSON.parse(JSON.stringify(grants)));
    }
    // the command: Jiaxing claims, --grants-out in each format, then the same bases under new ids with it as --ledger
    const records: O[] = [
      { type: "trainee", ...worker() },
      { type: "enterprise", ...E1 },
      { type: "course", ...K[0] },
      { type: "certificate", ...C[0] },
      { type: "claim", ...A1 },
      { type: "claim", ...B1 },
      { type: "claim", ...pkgClaim("PK-A", "30000.00") },
    ];
    const ndjson = (rs: O[]) => `${rs.map((r) => JSON.stringify(r)).join("\n")}\n`;
    writeFileSync(join(dir, "in.ndjson"), ndjson(records));
    const again = records.map((r) => (r["type"] === "claim" ? { ...r, id: `${String(r["id"])}-R` } : r));
    for (const format of ["csv", "ndjson", "json"]) {
      const out = join(dir, `cli.${format}`);
      const first = await cli(["evaluate", join(dir, "in.ndjson"), "--catalogue", "fixtures/jiaxing/catalogue-2020.json", "--format", "json", "--no-trace", "--quiet", "--grants-out", out]);
      expect(first.code).toBe(0);
      const second = await cli(["evaluate", "-", "--input", "ndjson", "--catalogue", "fixtures/jiaxing/catalogue-2020.json", "--format", "json", "--no-trace", "--quiet", "--ledger", out], ndjson(again));
      const spilled = await evaluateSpilled(["-", "--input", "ndjson", "--catalogue", "fixtures/jiaxing/catalogue-2020.json", "--format", "json", "--no-trace", "--quiet", "--ledger", out], ndjson(again), 3);
      expect(spilled.out, format).toBe(second.out);
      const ds = (JSON.parse(second.out) as { decisions: Decision[] }).decisions;
      expect(Object.fromEntries(ds.map((d) => [d.claimId, `${d.outcome}:${d.amount}:${d.reasons.map((r) => r.code).join("+")}`])), format).toEqual({ "A1-R": "denied:0.00:occupation_level_already_subsidised", "B1-R": "denied:0.00:appraisal_already_granted", "PK-A-R": "denied:0.00:basis_already_paid" });
      expect(readFileSync(out, "utf8")).toContain("30000.00");
    }
  });
});

describe("findings: what a run decides differs from one batch because the facts of an earlier run are not read (it.fails records)", () => {
  // What: the worker's training subsidy on C1 (EX-ELEC 初级工, issued 2020-06-20) is paid in run 1; in run 2 she claims the
  //   appraisal subsidy on C5, a second EX-ELEC 初级工 certificate issued 2020-10-01, the run's document holding that month's
  //   records (K5, C5). One batch of both claims refuses B5 (appraisal_not_first: C1 is earlier); the chain pays 120.00, because
  //   the first-time rule reads the certificates of the run's document only (`traineeCertificates`, filled from the
  //   document) and the ledger's grant on C1 — which names certificateId C1, occupationCode EX-ELEC, level junior and
  //   basisDate 2020-06-20, the issue date — is asked only whether it was an appraisal subsidy.
  // Why: jx2019 五(十一) pays 「通过初次职业技能鉴定并取得证书」 at 「同一职业（工种）同一技能等级」; the project's own reading
  //   (appraisal-first-by-certificates) holds that an earlier certificate of the occupation and level makes the later one not
  //   the first, “whether or not that one was ever subsidised”. Here it was subsidised, and the ledger says so: a training
  //   subsidy paid 「以获取职业资格证书…为主要依据」 on an EX-ELEC 初级工 certificate issued
  //   2020-06-20. docs/cli.md promises of `--ledger`: “prior grants count for the first-time and no-repeat rules”.
  // Alternatives: the caller must send every certificate the person holds with every run (the reading's “The certificates
  //   are those the claims document holds for the trainee”); then one batch and the chain agree, but the chain's money
  //   depends on what else the month's document carries, which the ledger was meant to carry between runs.
  // Fix: src/jurisdictions/jiaxing/appraisalSubsidy.ts (earlierAppraisal, or where it is called): also count as an earlier
  //   certificate each prior grant of the trainee naming a certificate other than this one, of this occupation code and
  //   level, whose basisDate (a certificate grant's issue date) is before this certificate's issue date (and not a
  //   training-completion or directly-recognised certificate, which a grant with a level is not).
  // Confidence 55 %. Money: 120.00 paid per claim (jx2019 五(十一) 初级工 120 元), 150.00 at 高级工/技师, 180.00 at 高级技师.
  // mended 2026-12-05 (the lead, after this audit): the first-time rule also reads the certificates a prior training or
  // skill-upgrade grant paid (appraisalSubsidy.ts earlierPaidCertificate). Now it(...).
  it("jx2019 五(十一) 「对同一职业（工种）同一技能等级通过初次职业技能鉴定并取得证书（不含培训合格证书）的参训人员，给予职业技能鉴定补贴」: an appraisal claimed in a later run on a second EX-ELEC 初级工 certificate is not the first — the ledger's grant on the first certificate (EX-ELEC 初级工, issued 2020-06-20) says so — and is refused, as one batch refuses it", () => {
    const K5 = course("K5", { startDate: "2020-09-01", endDate: "2020-09-10" });
    const C5 = cert("C5", { courseId: "K5", issuedOn: "2020-10-01" });
    const B5 = appraisal("B5", "C5", { submittedOn: "2020-10-05" });
    const base = { trainees: [worker()], enterprises: [E1] };
    // one batch: A1 1000.00; B5 appraisal_not_first (C1 EX-ELEC 初级工 issued 2020-06-20, before 2020-10-01)
    expect(codes(evaluateBatch(JX, parsed({ ...base, courses: [K[0], K5], certificates: [C[0], C5], claims: [A1, B5] })).decisions)).toMatchObject({ A1: expect.stringMatching(/^granted:1000\.00/) as unknown, B5: "denied:0.00:appraisal_not_first" });
    // June's run, then October's with its own records and the grants so far
    const runs = chain(JX, [{ ...base, courses: [K[0]], certificates: [C[0]], claims: [A1] }, { ...base, courses: [K5], certificates: [C5], claims: [B5] }]);
    expect(runs.grants[0]).toMatchObject({ claimId: "A1", certificateId: "C1", occupationCode: "EX-ELEC", level: "junior", basisDate: "2020-06-20" });
    // now: granted 120.00 (初级工 standard) — the text: not the first appraisal, nothing
    expect(paid(runs.decisions)["B5"]).toBe("denied:0.00");
  });

  // What: the ordinary worker's EX-ELEC 初级工 certificate C1 was earned on course K1, which took place in Suzhou (outside
  //   Jiaxing); the certificate's record says so (courseId K1). Run 1 holds K1 and refuses the training subsidy
  //   (course_outside_jurisdiction), as one batch does. The claim is refiled unchanged in run 2, whose document holds the
  //   claim, the trainee and the certificate but not K1 (sent with run 1): the claim is judged without a course and paid
  //   1000.00. The ledger cannot help: no grant was made. The library's reading certificate-names-its-course says a
  //   certificate naming a course the document does not hold is judged “without a course (as before)”.
  // Why: the training subsidy is for training taken in the person's place (gbf2019 §(十二)
  //   「符合条件的劳动者在户籍地、常住地、求职就业地参加培训后取得证书」) under a policy whose 「适用范围为全市」 (jx2019, closing); the library itself refuses a course
  //   outside it. When the certificate names the course it was earned on and the run does not hold that course, where the
  //   training took place is not known: the library's own rule for unknown facts is to hold the claim (undecidable, the
  //   missing record named), not to pay on the guess that the course was local (readings undecidable-never-zero,
  //   earlier-grant-says-what-it-paid: “the library does not pay on the guess”).
  // Alternatives: the library's — a certificate is the basis (jx2019 五(十一) 「以获取职业资格证书…为主要依据」) and a certificate
  //   naming no course is paid without one, so one naming an absent course is too; the caller is to send the course.
  // Fix: src/engine.ts (decideBatch/judgedOrder, where the certificate's course is looked up) or
  //   src/provisions/trainingSubsidy/trainingSubsidy.ts: a certificate whose `courseId` the document does not hold leaves a
  //   claim that would read the course (the training subsidy's place, route and payee) undecidable, missing `course K1`.
  // Confidence 35 % (the library chose the other reading knowingly; the texts do not say what to do with a missing record).
  // Money: 1000.00 paid per claim (the ILLUSTRATIVE EX-ELEC 初级工 row; the amount is the catalogue's).
  // mended 2026-12-05 (the lead, after cold audit 12c found the same at 75 %): trainingSubsidy.run holds a claim whose
  // certificate names a course the input does not hold (missing_record certificate.courseId). Now it(...).
  it("gbf2019 §(十二) 「符合条件的劳动者在户籍地、常住地、求职就业地参加培训后取得证书」 under jx2019's 「适用范围为全市」: a claim refused because its certificate's course took place outside Jiaxing, refiled unchanged in a later run whose document does not repeat that course, is not paid on the guess that the training was local", () => {
    const away = course("K1", { region: "jiangsu.suzhou" });
    const base = { trainees: [worker()], enterprises: [E1], certificates: [C[0]] };
    // run 1 with the course: refused, as one batch refuses it
    const runs = chain(JX, [{ ...base, courses: [away], claims: [A1] }, { ...base, courses: [], claims: [A1] }]);
    expect(codes(runs.decisions.slice(0, 1))).toEqual({ A1: "denied:0.00:course_outside_jurisdiction" });
    // now: run 2 granted 1000.00 — the text: not paid while where the training took place is unknown
    expect(runs.decisions[1]?.outcome).not.toBe("granted");
    expect([runs.decisions[1]?.outcome, runs.decisions[1]?.missingFacts]).toEqual(["undecidable", ["certificate.courseId"]]);
  });
});
