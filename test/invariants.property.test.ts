/**
 * The invariants of the library (issue 8): laws that hold for every batch of claims under
 * every policy, checked with fast-check over generated worlds (test/support/world.ts):
 * three trainees with certificates, courses and apprenticeships, three enterprises, a
 * prior ledger, and claims of the seven measures the policies decide, with copies; some
 * laws also over worlds of workers claiming mostly work-for-training and the skill-upgrade
 * subsidy (`WORKERS`). The policies: Jiaxing 2019–2021 with and without its (illustrative)
 * catalogue, the national texts with an example prefecture catalogue, the national
 * frameworks gbf2019 → plan2021 → op2025 with the same catalogue, and two with illustrative
 * local work-for-training and skill-upgrade standards. The pay-once laws of those two
 * measures against the prior ledger: test/workForTrainingSkillUpgrade.property.test.ts.
 *
 * Each law runs 1,000 cases (`runs`, lowered by FC_NUM_RUNS for mutation testing). On a
 * failure fast-check prints the seed and the shrunk counterexample.
 *
 * Above each law, `Shown to fail:` names the temporary mutation of src/ that made it fail
 * (reverted, never committed) and the case at which fast-check first failed at 1,000 runs
 * on 2026-11-25.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Certificate, CivilDate, Claim, ClaimsDocument, Course, Decision, Grant, Policy } from "../src/index.js";
import type { PatchInput } from "../src/reform/index.js";
import { amount, appraisalSubsidyStandards, evaluateBatch, inclusiveDays, isResolved, livingAllowanceDailyRate, resolveParameter, toYuan, workForTrainingMaxMonths, workForTrainingMonthlyRate } from "../src/index.js";
import { change, reformAll } from "../src/reform/index.js";
import { runs } from "./support/runs.js";
import { catalogueClauses } from "./support/law.js";
import type { PolicyCase, RawDocument, WorldSpec } from "./support/world.js";
import { addDays, LOCAL_STANDARDS, parsed, POLICY_CASES, policyCaseArb, rawDocument, worldArb } from "./support/world.js";

const RUNS = runs(1000);
/** Each law may take a while at 1,000 cases on a busy machine. */
const TIMEOUT = 120_000;

// ---------------------------------------------------------------------------------------------
// helpers

const decide = (policy: Policy, raw: unknown, document: ClaimsDocument = parsed(raw)) => evaluateBatch(policy, document);
const yuan = (x: string) => amount(x);
const sumOf = (xs: readonly string[]) => toYuan(xs.reduce((acc, x) => acc.plus(amount(x)), amount(0)));
const countBy = <T>(items: readonly T[], key: (t: T) => string) => {
  const m = new Map<string, number>();
  for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return m;
};
const JIAXING_LAYER = "zhejiang.jiaxing.jx2019";
const hasLayer = (policy: Policy, id: string) => policy.layers.some((l) => l.id === id);
const withCatalogue = POLICY_CASES.filter((p) => p.catalogue !== null);
const jiaxingCases = POLICY_CASES.filter((p) => hasLayer(p.policy, JIAXING_LAYER));

/** The provision ids of the catalogue, with their clauses (law/provisions.json). */
const PROVISIONS: ReadonlyMap<string, string> = catalogueClauses();

/** A copy of `list` in the order of `keys` (cycled), for shuffling every collection of a document. */
function shuffled<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list
    .map((item, i) => ({ item, k: keys[i % keys.length] ?? 0, i }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.item);
}

/** Worlds of workers claiming mostly work-for-training and the skill-upgrade subsidy (test/support/world.ts `workers`). */
const WORKERS = worldArb({ measures: ["workForTrainingSubsidy", "workForTrainingSubsidy", "insuredSkillUpgradeSubsidy", "insuredSkillUpgradeSubsidy", "trainingSubsidy"], workers: true });

/** Jiaxing's appraisal standards (jx2019.appraisal-subsidy 五(十一)): 120/120/150/150/180 yuan. */
const JX_APPRAISAL: Readonly<Record<string, string>> = { junior: "120.00", intermediate: "120.00", senior: "150.00", technician: "150.00", seniorTechnician: "180.00" };

// ---------------------------------------------------------------------------------------------

describe("invariants over any batch, any policy (fast-check, 1,000 cases each)", () => {
  // Shown to fail: packageGrant.ts paid `claimed.minus(cap)` for `min(claimed, cap)`: a line of -50000.00 (case 6).
  it("(1) no amount, line or rate is ever negative; a grant pays the sum of its rounded lines, a denial 0.00 with no lines, an undecidable claim no amount and says why (readings: round-once-half-up, undecidable-never-zero)", () => {
    fc.assert(
      fc.property(policyCaseArb, worldArb(), (pc, world) => {
        const { decisions, grants } = decide(pc.policy, rawDocument(world));
        for (const d of decisions) {
          for (const line of d.lines) {
            expect(yuan(line.amount).isNegative(), `${d.claimId} line ${line.amount}`).toBe(false);
            expect(yuan(line.rate).isNegative(), `${d.claimId} rate ${line.rate}`).toBe(false);
            expect(line.quantity).toBeGreaterThanOrEqual(0);
          }
          if (d.outcome === "granted") {
            // a decision never reports 0.00 as granted, whatever the measure (nothing_to_pay)
            expect(yuan(d.amount ?? "0").greaterThan(0), `${d.claimId} granted ${d.amount}`).toBe(true);
            expect(d.lines.length).toBeGreaterThan(0);
            expect(d.payee).not.toBeNull();
            expect(d.amount).toBe(sumOf(d.lines.map((l) => l.amount)));
          } else if (d.outcome === "denied") {
            expect([d.amount, d.lines, d.payee]).toEqual(["0.00", [], null]);
          } else {
            expect([d.amount, d.lines, d.payee]).toEqual([null, [], null]);
          }
          expect(d.reasons.length).toBeGreaterThan(0);
        }
        for (const g of grants) expect(yuan(g.amount).isNegative()).toBe(false);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  // Shown to fail: costSharing.ts `capAtFee` ignored the fee: 1000.00 on a 0.00 fee (case 4); student allowance uncapped (160); uplift 40 % (254); package cap 60000 (11); employee range to 12000 (269);
  // workForTraining.ts `counted + paid.length <= input.maxMonths`: seven months (case 926, 2026-12-04).
  it("(2) no grant is above its cap: the catalogue row's standard (× 1.3 for trade-friction-affected employees until 2021-12-31) and, from 2025-06-20, the fee charged; 50 yuan per attended day for at most the days attended; the appraisal table; 10000 (employee) or 3000 (student) a year per apprentice over at most 12 months a claim; 50000 per training package; the local monthly standard for at most the most months of work-for-training asked; the local skill-upgrade standard of the level", () => {
    fc.assert(
      fc.property(policyCaseArb, fc.oneof(worldArb(), worldArb({ crowded: true, era: "op2025", measures: ["trainingSubsidy"] }), WORKERS), (pc, world) => {
        const document = parsed(rawDocument(world));
        const claims = new Map(document.claims.map((c) => [c.id, c]));
        for (const d of decide(pc.policy, null, document).decisions) {
          if (d.outcome !== "granted") continue;
          const claim = claims.get(d.claimId);
          if (claim === undefined) throw new Error(`no claim ${d.claimId}`);
          const paid = yuan(d.amount ?? "0");
          const trainee = document.trainees.get(claim.traineeId);
          const certificate: Certificate | undefined = claim.certificateId === undefined ? undefined : document.certificates.get(claim.certificateId);
          const course: Course | undefined = claim.courseId === undefined ? undefined : document.courses.get(claim.courseId);
          switch (claim.measure) {
            case "trainingSubsidy": {
              // gf2018.catalogues / gbf2019.local-standards: a row of the occupation; jx2019.trade-friction-uplift: +30 % until 2021-12-31
              // for an affected employee, not one recorded unemployed (reading trade-friction-employee)
              if (certificate === undefined || trainee === undefined || pc.catalogue === null) throw new Error("a training subsidy was granted without its records");
              const uplift =
                hasLayer(pc.policy, JIAXING_LAYER) && trainee.statuses.includes("tradeFrictionAffected") && !trainee.statuses.includes("unemployed") && certificate.issuedOn >= "2019-12-13" && certificate.issuedOn <= "2021-12-31";
              const rates = pc.catalogue.entries.filter((e) => e.occupation.code === certificate.occupation.code).map((e) => toYuan(amount(e.standard).times(uplift ? "1.3" : "1")));
              const [line] = d.lines;
              expect(d.lines).toHaveLength(1);
              expect(rates).toContain(line?.rate);
              expect(paid.lessThanOrEqualTo(line?.rate ?? "0")).toBe(true);
              // op2025.cost-sharing: never above the fee actually charged, from op2025's first day
              if (hasLayer(pc.policy, "national.op2025") && certificate.issuedOn >= "2025-06-20" && course?.feeCharged !== undefined && course.pricing === "market") {
                expect(paid.lessThanOrEqualTo(course.feeCharged), `fee ${course.feeCharged}, paid ${d.amount}`).toBe(true);
              }
              break;
            }
            case "livingAllowance": {
              // jx2019.living-allowance: 50 yuan per attended day; reading: living-allowance-days-attended — days attended ≤ the course's span
              if (course === undefined) throw new Error("a living allowance was granted without its course");
              const days = d.lines.reduce((n, l) => n + l.quantity, 0);
              expect(days).toBeLessThanOrEqual(course.attendedDays);
              expect(course.attendedDays).toBeLessThanOrEqual(inclusiveDays(course.startDate, course.endDate));
              for (const l of d.lines) expect([l.rate, l.amount]).toEqual(["50.00", toYuan(amount("50").times(l.quantity))]);
              break;
            }
            case "appraisalSubsidy": {
              // jx2019.appraisal-subsidy: 120/120/150/150/180 yuan by level, never more
              expect(d.amount).toBe(JX_APPRAISAL[certificate?.level ?? "none"]);
              expect(paid.lessThanOrEqualTo("180")).toBe(true);
              break;
            }
            case "apprenticeshipSubsidy": {
              const apprenticeship = claim.apprenticeshipId === undefined ? undefined : document.apprenticeships.get(claim.apprenticeshipId);
              if (apprenticeship === undefined) throw new Error("an apprenticeship subsidy was granted without its record");
              const months = d.lines.reduce((n, l) => n + l.quantity, 0);
              expect(months).toBeGreaterThanOrEqual(1);
              // 「每人每年」: a claim pays at most its period's first year, however long the period (reading apprenticeship-month-count)
              expect(months).toBeLessThanOrEqual(12);
              if (apprenticeship.kind === "employee") {
                // jx2019.employee-apprentice: the record's standard, within 4000–10000 a year, prorated by whole months
                const standard = apprenticeship.annualStandard ?? "NaN";
                expect(yuan(standard).greaterThanOrEqualTo("4000") && yuan(standard).lessThanOrEqualTo("10000")).toBe(true);
                expect(d.amount).toBe(toYuan(amount(standard).times(months).dividedBy(12)));
                expect(paid.lessThanOrEqualTo("10000")).toBe(true);
              } else {
                // jx2019.student-apprentice: the monthly internship allowance, at most 3000 a year
                const yearly = amount(apprenticeship.monthlyInternshipAllowance ?? "NaN");
                expect(d.amount).toBe(toYuan((yearly.lessThan("3000") ? yearly : amount("3000")).times(months).dividedBy(12)));
                expect(paid.lessThanOrEqualTo("3000")).toBe(true);
              }
              break;
            }
            case "trainingPackageGrant": {
              // jx2019.package-grant: at most 50000 yuan per package, and never more than claimed
              expect(paid.lessThanOrEqualTo("50000")).toBe(true);
              expect(paid.lessThanOrEqualTo(claim.amountClaimed ?? "0")).toBe(true);
              break;
            }
            case "workForTrainingSubsidy": {
              // gbf2019.work-for-training 「最长不超过6个月」: at most the most months (read from the policy), never a month the claim did not ask;
              // each month at the local monthly standard (illustrative 500 from 2020, 600 from 2021, test/support/world.ts LOCAL_STANDARDS)
              const asked = [...(claim.months ?? [])].sort();
              // read on the first month paid (a month before the most or the local standard is in force is refused and not counted:
              // reading work-for-training-per-person-months)
              const inForce = (m: string) => isResolved(resolveParameter(pc.policy, workForTrainingMaxMonths, `${m}-01` as CivilDate)) && isResolved(resolveParameter(pc.policy, workForTrainingMonthlyRate, `${m}-01` as CivilDate));
              const most = resolveParameter(pc.policy, workForTrainingMaxMonths, `${asked.find(inForce) ?? "?"}-01` as CivilDate);
              if (!isResolved(most)) throw new Error(`${d.claimId}: granted without the most months in force`);
              const months = d.lines.reduce((n, l) => n + l.quantity, 0);
              expect(months).toBeGreaterThanOrEqual(1);
              expect(months).toBeLessThanOrEqual(Math.min(most.value, asked.length));
              for (const l of d.lines) {
                expect(LOCAL_STANDARDS.workForTrainingMonthly.map((v) => v.value)).toContain(l.rate);
                expect(l.amount).toBe(toYuan(amount(l.rate).times(l.quantity)));
              }
              break;
            }
            case "insuredSkillUpgradeSubsidy": {
              // gf2018.insured-skill-upgrade: the local standard of the certificate's level (illustrative 1000/1500/2000), one certificate
              expect(d.lines).toHaveLength(1);
              expect(d.amount).toBe(LOCAL_STANDARDS.skillUpgrade[certificate?.level ?? "none"]);
              break;
            }
            default:
              throw new Error(`a measure no policy here decides was granted: ${claim.measure}`);
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  /** Worlds where one or two people hold many certificates around one new year: claims compete for the cap and the occupation-and-level key. */
  const crowded = worldArb({ measures: ["trainingSubsidy", "trainingSubsidy", "trainingSubsidy", "appraisalSubsidy"], maxClaims: 8, crowded: true });
  const keyOf = (g: Pick<Grant, "traineeId" | "occupationCode" | "level">) => `${g.traineeId}|${g.occupationCode ?? "?"}@${g.level ?? "-"}`;

  // Shown to fail: gbf2019.ts set the annual cap to 30 instead of 3: a fourth grant in 2021 (case 11).
  it("(3) no person is paid more than three training subsidies in one calendar year of certificate issue, counting the prior ledger (gbf2019.annual-cap, jx2019.annual-cap, reading: annual-cap-calendar-year)", () => {
    let reached = 0;
    fc.assert(
      fc.property(fc.constantFrom(...withCatalogue), crowded, (pc, world) => {
        const document = parsed(rawDocument(world));
        const { decisions, grants } = decide(pc.policy, null, document);
        const year = (g: Grant) => `${g.traineeId}|${g.basisDate.slice(0, 4)}`;
        const before = countBy(document.ledger.filter((g) => g.measure === "trainingSubsidy"), year);
        for (const [key, n] of countBy(grants.filter((g) => g.measure === "trainingSubsidy"), year)) {
          expect(n, key).toBeLessThanOrEqual(Math.max(0, 3 - (before.get(key) ?? 0)));
        }
        if (decisions.some((d) => d.reasons.some((r) => r.code === "annual_cap_reached"))) reached++;
      }),
      { numRuns: RUNS },
    );
    // the generator does reach the cap (a law never put to the test proves nothing)
    if (RUNS >= 500) expect(reached).toBeGreaterThan(RUNS / 100);
  }, TIMEOUT);

  // Shown to fail: noRepeat.ts passed whatever the ledger held (case 1); appraisalSubsidy.ts ignored earlier grants (case 69).
  it("(4) no person is paid twice for one occupation and level, over the whole history: neither the training subsidy (gbf2019.no-repeat, reading: no-repeat-whole-history) nor the appraisal subsidy (jx2019.appraisal-subsidy)", () => {
    let repeated = 0;
    fc.assert(
      fc.property(fc.constantFrom(...withCatalogue), crowded, (pc, world) => {
        const document = parsed(rawDocument(world));
        const { decisions, grants } = decide(pc.policy, null, document);
        for (const measure of ["trainingSubsidy", "appraisalSubsidy"]) {
          const before = new Set(document.ledger.filter((g) => g.measure === measure).map(keyOf));
          for (const [key, n] of countBy(grants.filter((g) => g.measure === measure), keyOf)) {
            expect(n, `${measure} ${key}`).toBe(1);
            expect(before.has(key), `${measure} ${key} was paid before`).toBe(false);
          }
        }
        if (decisions.some((d) => d.reasons.some((r) => r.code === "occupation_level_already_subsidised" || r.code === "appraisal_already_granted"))) repeated++;
      }),
      { numRuns: RUNS },
    );
    if (RUNS >= 500) expect(repeated).toBeGreaterThan(RUNS / 100);
  }, TIMEOUT);

  // Shown to fail: engine.ts judged claims by basis date only, ties left in input order (case 10). It also found a
  // real bug: the ledger kept grants in input order, so reasons named earlier grants in the prior ledger's order (fixed, seed 753620479).
  it("(5) the order of a batch changes nothing: shuffling its claims, records and prior ledger gives the same decisions in the same order and the same ledger (reading: claim-order-by-issue-date)", () => {
    fc.assert(
      fc.property(policyCaseArb, fc.oneof(worldArb(), WORKERS), fc.array(fc.integer(), { minLength: 16, maxLength: 16 }), (pc, world, keys) => {
        const raw = rawDocument(world);
        const mixed: RawDocument = {
          trainees: shuffled(raw.trainees, keys),
          courses: shuffled(raw.courses, keys.slice(1)),
          certificates: shuffled(raw.certificates, keys.slice(2)),
          enterprises: shuffled(raw.enterprises, keys.slice(3)),
          apprenticeships: shuffled(raw.apprenticeships, keys.slice(4)),
          claims: shuffled(raw.claims, keys.slice(5)),
          ledger: shuffled(raw.ledger, keys.slice(6)),
        };
        const a = decide(pc.policy, raw);
        const b = decide(pc.policy, mixed);
        expect(b.decisions).toEqual(a.decisions);
        const byId = (x: Grant, y: Grant) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
        expect(b.ledger.grants().sort(byId)).toEqual(a.ledger.grants().sort(byId));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  // Shown to fail: engine.ts skipped the `ledger.hasClaim` check: processing the batch again paid again (case 10);
  // engine.ts dropped claims whose id ends in 1: a claim left undecided (case 1).
  it("(6) every claim is decided once and paid at most once: copies of a claim in the batch change no decision, and processing the batch again against the ledger it produced pays nothing more (duplicate_claim; a 以工代训 claim asking months its grant did not pay, judged again, is not granted)", () => {
    fc.assert(
      fc.property(policyCaseArb, fc.oneof(worldArb(), WORKERS), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), (pc, world, copies) => {
        const raw = rawDocument(world);
        const once = decide(pc.policy, raw);
        // one decision per claim id — every claim decided, none twice — and one grant per claim id at most
        const ids = once.decisions.map((d) => d.claimId);
        expect(new Set(ids).size).toBe(ids.length);
        expect([...ids].sort()).toEqual([...new Set(raw.claims.map((c) => String(c["id"])))].sort());
        expect(new Set(once.grants.map((g) => g.claimId)).size).toBe(once.grants.length);
        // exact copies of some claims, anywhere in the batch: nothing changes
        const doubled = { ...raw, claims: [...raw.claims, ...copies.map((i) => ({ ...(raw.claims[i % raw.claims.length] ?? {}) }))] };
        const withCopies = decide(pc.policy, doubled);
        expect(withCopies.decisions).toEqual(once.decisions);
        expect(withCopies.grants).toEqual(once.grants);
        // the same batch again, against the ledger it produced: no new grant; each claim paid before is a duplicate
        const again = decide(pc.policy, { ...raw, ledger: once.ledger.grants() });
        expect(again.grants).toEqual([]);
        const paid = new Map(once.grants.map((g) => [g.claimId, g]));
        for (const d of again.decisions) {
          const g = paid.get(d.claimId);
          if (g === undefined) continue;
          // a 以工代训 claim asking months its grant did not pay, a living allowance days of its course the grant did not key, is
          // judged again (reading claim-id-reused; cold reviews 87 F1, 89 F1): on the same facts what was not paid is no more
          // payable than before — refused or held, never paid (and no grant above)
          const claim = raw.claims.find((c) => c["id"] === d.claimId) as { measure?: string; months?: string[] } | undefined;
          const asksMore =
            (claim?.measure === "workForTrainingSubsidy" && (claim.months ?? []).some((m) => !(g.months ?? []).includes(m))) ||
            (claim?.measure === "livingAllowance" && d.reasons[0]?.code !== "duplicate_claim");
          if (asksMore) expect(d.outcome).not.toBe("granted");
          else expect([d.outcome, d.reasons[0]?.code]).toEqual(["denied", "duplicate_claim"]);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  // Shown to fail: livingAllowance.ts denied courses of more than 5 attended days (case 101); common.ts priced 20 − attended days (case 10).
  // Failed with seed 2005310561 (2026-12-04) for want of the exception below for a day an earlier grant may have paid: the law, not the library, was short.
  it("(7) attending more days of a course never pays less: every claim granted before is granted after, for at least as much, unless a day added was already paid on another claim or may have been (jx2019.living-allowance, readings: living-allowance-days-attended, pay-once-basis, living-allowance-days-unknown)", () => {
    const world = worldArb({ measures: ["livingAllowance", "livingAllowance", "livingAllowance", "trainingSubsidy", "appraisalSubsidy"] });
    fc.assert(
      fc.property(fc.constantFrom(...jiaxingCases, POLICY_CASES[2] as PolicyCase), world, fc.array(fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }), { minLength: 4, maxLength: 4 }), (pc, w, more) => {
        // each course attends some of the days it missed (its dates, when listed, grow too)
        const longer: WorldSpec = { ...w, courses: w.courses.map((c, i) => ({ ...c, days: c.days.map((on, k) => on || (more[i]?.[k] ?? false)) })) };
        const before = new Map(decide(pc.policy, rawDocument(w)).decisions.map((d) => [d.claimId, d]));
        for (const after of decide(pc.policy, rawDocument(longer)).decisions) {
          const was = before.get(after.claimId);
          if (was === undefined) throw new Error(`${after.claimId} decided only after`);
          // reading pay-once-basis: a day added to this course may be a day another claim already paid — all of them
          // (basis_already_paid), or some (days_already_paid: seed -1622494726, days added to another course of the
          // person, judged first, paid two of this course's days; the person is paid 150.00 after against 100.00 before)
          if (after.reasons.some((r) => r.code === "basis_already_paid" || r.code === "days_already_paid")) continue;
          // reading living-allowance-days-unknown: a day added may fall where an earlier grant paid days it does not name, so the claim asks for them (seed 2005310561: a keyless grant dated 2020-01-01, a day added on 2020-01-01)
          if (after.outcome === "undecidable" && after.missingFacts.some((f) => f.endsWith(": basisKeys (its days)"))) continue;
          // the same reading, the other way round: a day added to another course, now paid by date, may be the day this undated
          // course attended, so this one asks for its dates (seed -190764209: one day of 2020-12-31..2021-01-01 undated, 2021-01-01 added to another course)
          if (after.outcome === "undecidable" && after.missingFacts.includes("course.attendedDates") && !was.missingFacts.includes("course.attendedDates")) continue;
          if (was.outcome === "granted") expect(after.outcome, after.claimId).toBe("granted");
          if (was.amount !== null && after.amount !== null) expect(yuan(after.amount).greaterThanOrEqualTo(was.amount), `${after.claimId}: ${was.amount} → ${after.amount}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  // Shown to fail: common.ts `priceAttendedDays` told a course's pieces apart by layer, not value: a course straddling the reform's first day became undecidable (case 30).
  it("(8) a reform that restates the values in force changes no decision: the same outcomes, amounts, payees, reasons and paid lines, only the reform layer is named", () => {
    /** A patch restating Jiaxing's 50 yuan/day or its appraisal table over a window where it is in force. */
    const window = (first: string, end: string) =>
      fc
        .tuple(fc.integer({ min: 0, max: 760 }), fc.integer({ min: 1, max: 760 }))
        .map(([a, b]) => {
          const from = addDays(first, a);
          const until = addDays(from, b);
          return { from: from < end ? from : first, until: until < end ? until : end };
        });
    const restate = fc
      .record(
        {
          daily: fc.tuple(window("2019-12-13", "2022-01-01"), fc.constantFrom("50.00", "50")).map(([w, value]) => change(livingAllowanceDailyRate, { ...w, value })),
          appraisal: window("2020-01-01", "2022-01-01").map((w) => change(appraisalSubsidyStandards, { ...w, value: JX_APPRAISAL })),
        },
        { requiredKeys: [] },
      )
      .map(({ daily, appraisal }) => [daily, appraisal].filter((c) => c !== undefined))
      .filter((changes) => changes.length > 0);
    const patches = fc.array(
      restate.map((changes): PatchInput => ({ id: "same", label: { zh: "重申现行标准", en: "restates the standard in force" }, changes })),
      { minLength: 1, maxLength: 2 },
    );
    /** What a decision says, less the layer names: lines of one rate and provision are summed, since a restated window may split a course's days. */
    const said = (d: Decision) => {
      const lines = new Map<string, { quantity: number; amount: string }>();
      for (const l of d.lines) {
        const key = `${l.label.en}|${l.citation.provision}|${l.payee.kind}:${l.payee.id}|${l.unit}|${l.rate}`;
        const seen = lines.get(key) ?? { quantity: 0, amount: "0.00" };
        lines.set(key, { quantity: seen.quantity + l.quantity, amount: sumOf([seen.amount, l.amount]) });
      }
      return { outcome: d.outcome, amount: d.amount, payee: d.payee, missing: d.missingFacts, reasons: d.reasons.map((r) => `${r.code}@${r.citation.provision}`), lines: [...lines].sort() };
    };
    fc.assert(
      fc.property(fc.constantFrom(...jiaxingCases), worldArb({ measures: ["livingAllowance", "livingAllowance", "appraisalSubsidy", "appraisalSubsidy", "trainingSubsidy"] }), patches, (pc, world, ps) => {
        const reformed = reformAll(pc.policy, ps.map((p, i) => ({ ...p, id: `same-${i}` })));
        if (!reformed.ok) throw new Error(JSON.stringify(reformed.issues));
        const document = parsed(rawDocument(world));
        const base = decide(pc.policy, null, document);
        const after = decide(reformed.value.policy, null, document);
        expect(after.decisions.map(said)).toEqual(base.decisions.map(said));
        expect(after.grants.map((g) => [g.claimId, g.amount, g.provision])).toEqual(base.grants.map((g) => [g.claimId, g.amount, g.provision]));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  // Shown to fail: it found a real bug first — `claimContentKey` counted fields set to undefined, so a respelled copy was a conflict (fixed; example in test/batch.test.ts); with the fix reverted it fails at case 4.
  it("(9) every decision is identical after a JSON round trip of its inputs: the claims document, and the ledger a batch produced", () => {
    fc.assert(
      fc.property(policyCaseArb, worldArb(), (pc, world) => {
        const raw = rawDocument(world);
        const trip = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
        const direct = decide(pc.policy, raw);
        expect(decide(pc.policy, trip(raw)).decisions).toEqual(direct.decisions);
        // the produced ledger, kept in memory or written out and read back, decides the next batch alike
        const next = { ...raw, ledger: direct.ledger.grants() };
        expect(decide(pc.policy, trip(next)).decisions).toEqual(decide(pc.policy, next).decisions);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  // Shown to fail: engine.ts `grantOf` recorded "unknown.provision" (case 2); jx2019.ts cited the daily rate with clause 四(三)五 (case 6).
  it("(10) every granted line, every reason and every ledger entry cites a provision of the catalogue with its clause (law/provisions.json)", () => {
    fc.assert(
      fc.property(policyCaseArb, worldArb(), (pc, world) => {
        const { decisions, grants } = decide(pc.policy, rawDocument(world));
        for (const d of decisions) {
          if (d.outcome === "granted") expect(d.lines.length, d.claimId).toBeGreaterThan(0);
          for (const c of [...d.lines.map((l) => l.citation), ...d.reasons.map((r) => r.citation)]) {
            expect(PROVISIONS.get(c.provision), `${d.claimId}: ${c.provision}`).toBe(c.clause);
            expect(c.document).toBe(c.provision.slice(0, c.provision.indexOf(".")));
          }
        }
        for (const g of grants) expect(PROVISIONS.has(g.provision), `${g.claimId}: ${g.provision}`).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  // Shown to fail: on the code before the pay-once keys (commit 6b27bcd plus this test and the world's package
  // identities) a living allowance refiled under a new claim id was paid again; with engine.ts `paidOnce` returning
  // the finding unchanged it fails at once (a refiled living allowance, apprenticeship or package paid twice); with
  // insuredSkillUpgrade.ts's occupation-at-level key dropped, a second certificate of EX-WELD@junior paid again (case 830, 2026-12-04).
  it("(11) one basis is paid once: every claim refiled under a new claim id, in the same batch or in a later run against the ledger, pays no certificate (training subsidy, appraisal, skill upgrade), occupation at a level (skill upgrade), attended day, apprenticeship or work-for-training month or training package a second time; no person is paid more than 24 employee- or 12 student-apprentice months (reading pay-once-basis)", () => {
    let refused = 0;
    fc.assert(
      fc.property(policyCaseArb, fc.oneof(worldArb(), WORKERS), (pc, world) => {
        const raw = rawDocument(world);
        const refiled = raw.claims.map((c) => ({ ...c, id: `${String(c["id"])}-R` }));
        const together: RawDocument = { ...raw, claims: [...raw.claims, ...refiled] };
        const document = parsed(together);
        const claims = new Map(document.claims.map((c) => [c.id, c]));
        const once = decide(pc.policy, null, document);
        const first = decide(pc.policy, raw);
        const later = decide(pc.policy, { ...raw, claims: refiled, ledger: first.ledger.grants() });
        const monthsOf = (ds: readonly Decision[]) => new Map(ds.map((d) => [d.claimId, d.lines.reduce((n, l) => n + l.quantity, 0)]));
        checkPaidOnce(once.grants, claims, document, monthsOf(once.decisions));
        checkPaidOnce([...first.grants, ...later.grants], claims, document, monthsOf([...first.decisions, ...later.decisions]));
        if ([...once.decisions, ...later.decisions].some((d) => d.reasons.some((r) => r.code === "basis_already_paid"))) refused++;
      }),
      { numRuns: RUNS },
    );
    // the refiled claims do meet a paid basis: about one case in ten
    if (RUNS >= 500) expect(refused).toBeGreaterThan(RUNS / 25);
  }, TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// (11): what a grant paid for, worked out here from the records (not from the keys the library writes)

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** The first day after `months` whole months from `start`: the same day `months` on, or the 1st of the month after when that month has no such day. */
function afterMonths(start: string, months: number): string {
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  const index = m - 1 + months;
  const year = y + Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (d <= daysIn(year, month)) return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return addDays(`${year}-${String(month).padStart(2, "0")}-${String(daysIn(year, month)).padStart(2, "0")}`, 1);
}

/** Checks the grants of one history (reading pay-once-basis); `months` are the months each apprenticeship decision paid (its line's quantity). */
function checkPaidOnce(grants: readonly Grant[], claims: ReadonlyMap<string, Claim>, document: ClaimsDocument, months: ReadonlyMap<string, number>): void {
  const paid = new Map<string, string>();
  const once = (basis: string, claimId: string) => {
    const earlier = paid.get(basis);
    expect(earlier, `${basis}: paid on ${earlier ?? "?"} and again on ${claimId}`).toBeUndefined();
    paid.set(basis, claimId);
  };
  const periods: { who: string; start: string; end: string; months: number; claimId: string }[] = [];
  for (const g of grants) {
    const claim = claims.get(g.claimId);
    if (claim === undefined) continue; // a prior grant of the world's ledger: no records to read
    switch (g.measure) {
      case "trainingSubsidy":
      case "appraisalSubsidy":
        once(`${g.measure} ${g.traineeId} certificate ${claim.certificateId ?? "?"}`, g.claimId);
        break;
      case "livingAllowance": {
        const course = document.courses.get(claim.courseId ?? "");
        if (course === undefined) throw new Error(`${g.claimId}: no course`);
        const span = inclusiveDays(course.startDate, course.endDate);
        const days = course.attendedDates ?? (course.attendedDays === span ? Array.from({ length: span }, (_, i) => addDays(course.startDate, i)) : null);
        if (days === null) once(`livingAllowance course ${course.id}`, g.claimId);
        else for (const day of days) once(`livingAllowance ${course.traineeId} day ${day}`, g.claimId);
        break;
      }
      case "apprenticeshipSubsidy": {
        const a = document.apprenticeships.get(claim.apprenticeshipId ?? "");
        if (a === undefined) throw new Error(`${g.claimId}: no apprenticeship`);
        const paidMonths = months.get(g.claimId) ?? 0;
        // reading apprenticeship-month-count: a claim pays one year of its record, year k from the record's first day
        // 12k months on (the grant's basis date says which), its months counted from that day, never past the record's
        // end, and a year after the first only once it has begun on the day the claim is judged (its filing date here)
        const k = Array.from({ length: 10 }, (_, i) => i).find((i) => afterMonths(a.startDate, 12 * i) === g.basisDate);
        expect(k, `${g.claimId}: ${g.basisDate} is not the first day of a year of ${a.id} (from ${a.startDate})`).toBeDefined();
        if ((k ?? 0) > 0) expect(claim.submittedOn >= g.basisDate, `${g.claimId} filed ${claim.submittedOn}, paid year ${(k ?? 0) + 1} from ${g.basisDate}`).toBe(true);
        const end = addDays(afterMonths(g.basisDate, paidMonths), -1);
        expect(paidMonths, `${g.claimId}: ${paidMonths} months`).toBeLessThanOrEqual(12);
        expect(end <= a.endDate && end < afterMonths(a.startDate, 12 * ((k ?? 0) + 1)), `${g.claimId}: paid to ${end}, past its year or record (${a.startDate}..${a.endDate})`).toBe(true);
        periods.push({ who: `${a.traineeId} ${g.provision}`, start: g.basisDate, end, months: paidMonths, claimId: g.claimId });
        break;
      }
      case "trainingPackageGrant":
        once(`package ${claim.trainingPackage?.id ?? "?"}`, g.claimId);
        break;
      case "workForTrainingSubsidy":
        // gbf2019.work-for-training: the months it paid, each among those the claim asked
        for (const month of g.months ?? []) {
          expect(claim.months ?? [], `${g.claimId} paid ${month}, not asked`).toContain(month);
          once(`workForTrainingSubsidy ${g.traineeId} month ${month}`, g.claimId);
        }
        break;
      case "insuredSkillUpgradeSubsidy": {
        // gf2018.insured-skill-upgrade: the certificate, and its occupation at its level
        const certificate = document.certificates.get(claim.certificateId ?? "");
        if (certificate === undefined) throw new Error(`${g.claimId}: no certificate`);
        once(`insuredSkillUpgradeSubsidy ${g.traineeId} certificate ${certificate.id}`, g.claimId);
        once(`insuredSkillUpgradeSubsidy ${g.traineeId} level ${certificate.occupation.code}@${certificate.level ?? ""}`, g.claimId);
        break;
      }
      default:
        break;
    }
  }
  // apprenticeship months: no two paid periods of one person and provision overlap; at most 24 (employee) or 12 (student) months
  for (const [i, p] of periods.entries()) {
    for (const q of periods.slice(i + 1)) {
      if (p.who === q.who) expect(p.start <= q.end && q.start <= p.end, `${p.claimId} ${p.start}..${p.end} and ${q.claimId} ${q.start}..${q.end} overlap`).toBe(false);
    }
  }
  for (const who of new Set(periods.map((p) => p.who))) {
    const total = periods.filter((p) => p.who === who).reduce((n, p) => n + p.months, 0);
    expect(total, `${who}: ${total} months`).toBeLessThanOrEqual(who.endsWith("student-apprentice") ? 12 : 24);
  }
}
