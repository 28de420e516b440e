/**
 * Work-for-training (gbf2019.work-for-training §(十一), 「最长不超过6个月」) and the insured
 * employees' skill-upgrade subsidy (gbf2019.employee-training §(十一), gf2018.insured-skill-upgrade
 * §(六)) over generated worlds (test/support/world.ts): the pay-once laws of the two measures,
 * checked against what the records and the prior ledger say, not against the keys the library
 * writes. The prior ledger holds grants of both measures that say what they paid by their
 * keys, by their fields, or not at all (reading earlier-grant-says-what-it-paid): the library
 * must then leave the claim undecidable rather than risk paying twice.
 *
 * Mostly under the two policies with (illustrative) local standards, so that the measures are
 * paid: the national texts leave the monthly standard and the standards by level to the
 * locality. 1,000 cases each (`runs`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CivilDate, Claim, ClaimsDocument, Decision, Grant } from "../src/index.js";
import { amount, evaluateBatch, isResolved, resolveParameter, toYuan, workForTrainingMaxMonths } from "../src/index.js";
import { workForTrainingMaxMonthsPerEmployer, workForTrainingMonthlyRate } from "../src/provisions/workForTraining/workForTraining.js";
import { runs } from "./support/runs.js";
import type { PolicyCase, RawDocument } from "./support/world.js";
import { parsed, POLICY_CASES, policyCaseArb, rawDocument, worldArb } from "./support/world.js";

const RUNS = runs(1000);
const TIMEOUT = 120_000;

const WFT = "workForTrainingSubsidy";
const UPGRADE = "insuredSkillUpgradeSubsidy";
/** The policies that set the local standards (a reform layer `example.local-standards`), three cases in four; any policy the fourth. */
const LOCAL = POLICY_CASES.filter((p) => p.policy.layers.some((l) => l.id === "example.local-standards"));
const policies: fc.Arbitrary<PolicyCase> = fc.oneof({ arbitrary: fc.constantFrom(...LOCAL), weight: 3 }, { arbitrary: policyCaseArb, weight: 1 });
/** Worlds of workers (test/support/world.ts `workers`) claiming mostly these two measures, with training subsidies to be chosen instead of the skill-upgrade subsidy (「或」). */
const worlds = worldArb({ measures: [WFT, WFT, WFT, UPGRADE, UPGRADE, UPGRADE, "trainingSubsidy"], workers: true });

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The months an earlier grant says it paid (its `months` and `…|month` keys); `null` when it names none. */
function monthsSaid(g: Grant): string[] | null {
  const months = [...(g.months ?? []), ...(g.basisKeys ?? []).flatMap((k) => (k.includes("|month ") ? [k.slice(k.lastIndexOf("|month ") + 7)] : []))];
  return months.length > 0 && months.every((m) => MONTH.test(m)) ? months : null;
}
/** The occupation at its level an earlier grant says it paid (its fields or its `…|level` key); `null` when it names none. */
function levelSaid(g: Grant): string | null {
  if (g.occupationCode !== undefined) return `${g.occupationCode}@${g.level ?? ""}`;
  const key = (g.basisKeys ?? []).find((k) => k.includes("|level "));
  return key === undefined ? null : key.slice(key.lastIndexOf("|level ") + 7);
}
/** The certificate an earlier grant says it paid (its field or its `…|certificate` key). */
function certificateSaid(g: Grant): string | null {
  if (g.certificateId !== undefined) return g.certificateId;
  const key = (g.basisKeys ?? []).find((k) => k.includes("|certificate "));
  return key === undefined ? null : key.slice(key.lastIndexOf("|certificate ") + 13);
}
const monthsOf = (d: Decision) => d.lines.reduce((n, l) => n + l.quantity, 0);

/**
 * Checks one history: the prior ledger, then `grants` (a batch's, in the order judged). No
 * month of work-for-training and no occupation at a level (nor certificate) of the skill-upgrade
 * subsidy is paid twice to one person; no training is paid both the training subsidy and the
 * skill-upgrade subsidy (「职业培训补贴或参保职工技能提升补贴」). What each new grant paid is
 * read from its claim's records: the months the claim asked (the grant's months among them, as
 * many as its lines' quantities), the certificate's occupation and level.
 */
function checkPaidOnce(prior: readonly Grant[], grants: readonly Grant[], claims: ReadonlyMap<string, Claim>, document: ClaimsDocument, decisions: ReadonlyMap<string, Decision>): void {
  const paid = new Map<string, string>();
  const note = (basis: string, by: string) => {
    if (!paid.has(basis)) paid.set(basis, by);
  };
  for (const g of prior) {
    if (g.measure === WFT) for (const m of monthsSaid(g) ?? []) note(`${WFT} ${g.traineeId} month ${m}`, g.id);
    if (g.measure === UPGRADE || g.measure === "trainingSubsidy") {
      const level = levelSaid(g);
      if (level !== null && !level.endsWith("@")) note(`${g.measure} ${g.traineeId} level ${level}`, g.id);
      const certificate = certificateSaid(g);
      if (certificate !== null) note(`${g.measure} ${g.traineeId} certificate ${certificate}`, g.id);
    }
  }
  const once = (basis: string, by: string) => {
    const earlier = paid.get(basis);
    expect(earlier, `${basis}: paid by ${earlier ?? "?"} and again by ${by}`).toBeUndefined();
    paid.set(basis, by);
  };
  for (const g of grants) {
    const claim = claims.get(g.claimId);
    if (claim === undefined) throw new Error(`${g.claimId}: no claim`);
    if (g.measure === WFT) {
      const months = g.months ?? [];
      expect(months.length, `${g.claimId} months`).toBe(monthsOf(decisions.get(g.claimId) as Decision));
      for (const m of months) {
        expect(claim.months ?? [], `${g.claimId} paid ${m}, not asked`).toContain(m);
        once(`${WFT} ${g.traineeId} month ${m}`, g.claimId);
      }
    }
    if (g.measure === UPGRADE || g.measure === "trainingSubsidy") {
      const certificate = document.certificates.get(claim.certificateId ?? "");
      if (certificate === undefined) throw new Error(`${g.claimId}: no certificate`);
      const other = g.measure === UPGRADE ? "trainingSubsidy" : UPGRADE;
      // 「或」: the other measure paid this certificate, or this occupation at this level, before
      expect(paid.get(`${other} ${g.traineeId} certificate ${certificate.id}`), `${g.claimId}: ${certificate.id} paid by ${other} too`).toBeUndefined();
      if (certificate.level !== undefined) {
        expect(paid.get(`${other} ${g.traineeId} level ${certificate.occupation.code}@${certificate.level}`), `${g.claimId}: ${certificate.occupation.code}@${certificate.level} paid by ${other} too`).toBeUndefined();
      }
      if (g.measure === UPGRADE) {
        once(`${UPGRADE} ${g.traineeId} certificate ${certificate.id}`, g.claimId);
        once(`${UPGRADE} ${g.traineeId} level ${certificate.occupation.code}@${certificate.level ?? ""}`, g.claimId);
      } else {
        // the training subsidy's own no-repeat is invariant (4); here only what the skill-upgrade subsidy must see
        note(`trainingSubsidy ${g.traineeId} certificate ${certificate.id}`, g.claimId);
        if (certificate.level !== undefined) note(`trainingSubsidy ${g.traineeId} level ${certificate.occupation.code}@${certificate.level}`, g.claimId);
      }
    }
  }
}

describe("work-for-training and the skill-upgrade subsidy over generated worlds (fast-check, 1,000 cases each)", () => {
  // Shown to fail: workForTraining.ts `workForTrainingMonths` with `prior` emptied (months paid before forgotten) (case 44);
  // insuredSkillUpgrade.ts keyed on the certificate alone (the level key dropped) (case 254).
  it("no month of work-for-training and no occupation at a level of the skill-upgrade subsidy is paid twice to one person, counting the prior ledger, nor is one training paid both the training subsidy and the skill-upgrade subsidy; also when every claim is filed again under a new id, in the same batch or in a later run against the ledger (gbf2019.work-for-training, gbf2019.employee-training 「或」, reading pay-once-basis)", () => {
    let paidWft = 0;
    let paidUpgrade = 0;
    let refused = 0;
    fc.assert(
      fc.property(policies, worlds, (pc, world) => {
        const raw = rawDocument(world);
        const refiled = raw.claims.map((c) => ({ ...c, id: `${String(c["id"])}-R` }));
        const together: RawDocument = { ...raw, claims: [...raw.claims, ...refiled] };
        const document = parsed(together);
        const claims = new Map(document.claims.map((c) => [c.id, c]));
        const prior = document.ledger;
        const once = evaluateBatch(pc.policy, document);
        checkPaidOnce(prior, once.grants, claims, document, new Map(once.decisions.map((d) => [d.claimId, d])));
        const first = evaluateBatch(pc.policy, parsed(raw));
        const later = evaluateBatch(pc.policy, parsed({ ...raw, claims: refiled, ledger: first.ledger.grants() }));
        checkPaidOnce(prior, [...first.grants, ...later.grants], claims, document, new Map([...first.decisions, ...later.decisions].map((d) => [d.claimId, d])));
        if (once.grants.some((g) => g.measure === WFT)) paidWft++;
        if (once.grants.some((g) => g.measure === UPGRADE)) paidUpgrade++;
        if ([...once.decisions, ...later.decisions].some((d) => d.reasons.some((r) => r.code === "basis_already_paid" || r.code === "work_for_training_months_used"))) refused++;
      }),
      { numRuns: RUNS },
    );
    // the worlds do pay both measures, and do meet a basis paid before (a law never put to the test proves nothing)
    if (RUNS >= 500) expect([paidWft, paidUpgrade, refused].every((n) => n > RUNS / 20), `${paidWft} ${paidUpgrade} ${refused}`).toBe(true);
  }, TIMEOUT);

  // Shown to fail: workForTraining.ts with the `unknown` check removed (case 19); insuredSkillUpgrade.ts with `unnamed` ignored (case 51).
  it("an earlier grant that does not say what it paid is never paid past: while a person's prior work-for-training grant names no months, none of their work-for-training claims is granted; while a prior skill-upgrade grant names no occupation, none of their skill-upgrade claims is granted save on the certificate that grant names (reading earlier-grant-says-what-it-paid)", () => {
    let unsaid = 0;
    fc.assert(
      fc.property(policies, worlds, (pc, world) => {
        const document = parsed(rawDocument(world));
        const claims = new Map(document.claims.map((c) => [c.id, c]));
        const { decisions, grants } = evaluateBatch(pc.policy, document);
        for (const g of grants) {
          const earlier = document.ledger.filter((p) => p.traineeId === g.traineeId && p.measure === g.measure);
          if (g.measure === WFT) {
            const silent = earlier.filter((p) => monthsSaid(p) === null);
            expect(silent.map((p) => p.id), `${g.claimId} granted past a grant naming no months`).toEqual([]);
          }
          if (g.measure === UPGRADE) {
            const certificate = claims.get(g.claimId)?.certificateId;
            const silent = earlier.filter((p) => levelSaid(p) === null && certificateSaid(p) !== certificate);
            expect(silent.map((p) => p.id), `${g.claimId} granted past a grant naming no occupation`).toEqual([]);
          }
        }
        if (decisions.some((d) => d.outcome === "undecidable" && d.missingFacts.some((f) => /^grant .*: (months|occupationCode)$/.test(f)))) unsaid++;
      }),
      { numRuns: RUNS },
    );
    if (RUNS >= 500) expect(unsaid).toBeGreaterThan(RUNS / 20);
  }, TIMEOUT);

  // Shown to fail: workForTraining.ts `counted + paid.length < input.maxMonths` as `<=` (seven months) (case 17).
  it("「最长不超过6个月」: no grant takes a person's work-for-training months — those paid before, and those of the batch's earlier grants, to any employer or (where the policy counts per employer) to this one — past the most the policy sets (workForTraining.maxMonths, read from the policy at the claim's first month in force)", () => {
    let reached = 0;
    fc.assert(
      fc.property(policies, worlds, (pc, world) => {
        const document = parsed(rawDocument(world));
        const claims = new Map(document.claims.map((c) => [c.id, c]));
        const { decisions, grants } = evaluateBatch(pc.policy, document);
        const history: Grant[] = [...document.ledger];
        for (const g of grants) {
          if (g.measure === WFT) {
            // the first month claimed whose first day the most and the local standard are in force on (a month before either is
            // refused and not counted: reading work-for-training-per-person-months)
            const inForce = (m: string) => isResolved(resolveParameter(pc.policy, workForTrainingMaxMonths, `${m}-01` as CivilDate)) && isResolved(resolveParameter(pc.policy, workForTrainingMonthlyRate, `${m}-01` as CivilDate));
            const first = `${[...(claims.get(g.claimId)?.months ?? [])].sort().find(inForce) ?? "?"}-01` as CivilDate;
            const max = resolveParameter(pc.policy, workForTrainingMaxMonths, first);
            const perEmployer = resolveParameter(pc.policy, workForTrainingMaxMonthsPerEmployer, first);
            if (!isResolved(max) || !isResolved(perEmployer)) throw new Error(`${g.claimId} granted without the most months in force on ${first}`);
            // no month is paid whose first day is before the most is in force (gbf2019's 「2019年5月18日」: May 2019 and earlier)
            for (const m of g.months ?? []) expect(inForce(m), `${g.claimId} paid ${m}`).toBe(true);
            const counts = (p: Grant) => p.traineeId === g.traineeId && p.measure === WFT && (!perEmployer.value || (p.payee.kind === g.payee.kind && p.payee.id === g.payee.id));
            const before = new Set(history.filter(counts).flatMap((p) => monthsSaid(p) ?? []));
            const months = new Set([...before, ...(g.months ?? [])]);
            expect(months.size, `${g.claimId}: ${before.size} months before, ${(g.months ?? []).length} now, most ${max.value}`).toBeLessThanOrEqual(max.value);
            // each month at the local standard in force on its first day; the amount is their sum
            expect(g.amount).toBe(toYuan((decisions.find((d) => d.claimId === g.claimId)?.lines ?? []).reduce((s, l) => s.plus(amount(l.rate).times(l.quantity)), amount(0))));
          }
          history.push(g);
        }
        if (decisions.some((d) => d.reasons.some((r) => r.code === "work_for_training_months_used")) || grants.some((g) => g.measure === WFT && decisions.some((d) => d.claimId === g.claimId && monthsOf(d) < (claims.get(g.claimId)?.months ?? []).length))) reached++;
      }),
      { numRuns: RUNS },
    );
    if (RUNS >= 500) expect(reached).toBeGreaterThan(RUNS / 20);
  }, TIMEOUT);
});
