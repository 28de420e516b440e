/**
 * Incremental runs: a government system decides claims as they come, month by month, each
 * run given the ledger the runs before it wrote (the grants of `evaluateBatch(...).grants`
 * appended to the document's `ledger`; on the command line `--grants-out` then `--ledger`,
 * docs/cli.md "chained runs"). The question: is any basis paid twice across such runs, or an
 * ordinary claim refused only because the batch was split?
 *
 * A world's claims (test/support/world.ts) are split into 2–4 runs by filing date (the claims
 * of one run filed no later than the next run's; ties split either way), decided run by run
 * carrying the grants forward — once as the library's Grant objects, once through
 * JSON.stringify/parse and the public boundary — and compared with one batch of all the claims.
 *
 * What a split may change, and what it may not (readings pay-once-basis, claim-order-by-issue-date):
 * the whole batch judges one person's claims by basis date (certificate issued, else course
 * ended, else filed), a chain of runs by filing date first. So when two claims compete (the
 * annual cap, one occupation and level, one basis), a claim filed earlier but issued later
 * may be paid in the chain where the batch pays its rival. That is the order, not a second
 * payment: it is accepted below only when a rival exists — a claim of the same person (or
 * naming the same package), judged before it in the batch, paid there, and filed in a later
 * run. Any other difference of outcome is a finding. Also accepted: a claim the batch holds while a rival judged before it
 * is held (earlier_claim_undecided), that rival filed in another run — a later run's is not yet filed, and an earlier
 * run's hold is carried by no ledger (it carries grants). Also accepted: an outcome that follows from
 * one so explained (the order cascades through the annual cap and no-repeat); two claims paid in
 * both for other amounts when a rival was taken in the other order (the years of one
 * apprenticeship, the months of work-for-training: claims filed the same day fall in two runs);
 * and an id filed twice with different contents, one `claim_conflict` in the batch, whose copies
 * fall in two runs (the first is decided, the second a `duplicate_claim` once paid).
 *
 * Found (2026-12-04, seeds 1–7, 11–14, 21–25, 31–36, 41–43, 51–54 at 1,000–3,000 cases; the CSV
 * chain seeds 1–3 at 1,000): no basis paid twice, no year over the cap, the JSON and CSV ledgers
 * decide as the objects; every difference is the order's. The explicit cases below record what
 * the order does to the money (900.00 more over a cascade, 560.00 less on one certificate, 100.00
 * more on work-for-training months).
 */
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Claim, ClaimsDocument, Decision, Grant, Policy } from "../src/index.js";
import { amount, evaluateBatch, Ledger, payOnceKey, toYuan } from "../src/index.js";
import { grantKeys, monthSpan, periodOfKey } from "../src/core/ledger.js";
import { cli } from "./cli-helpers.js";
import { runs } from "./support/runs.js";
import type { RawDocument } from "./support/world.js";
import { parsed, POLICY_CASES, policyCaseArb, rawDocument, worldArb } from "./support/world.js";
import { competesOn, unpayableMonths } from "./support/competesOn.js";

const RUNS = runs(1000);
const TIMEOUT = 600_000;

const WORKERS = worldArb({ measures: ["workForTrainingSubsidy", "workForTrainingSubsidy", "insuredSkillUpgradeSubsidy", "insuredSkillUpgradeSubsidy", "trainingSubsidy"], workers: true });
const CROWDED = worldArb({ measures: ["trainingSubsidy", "trainingSubsidy", "trainingSubsidy", "appraisalSubsidy"], maxClaims: 8, crowded: true });
const PACKAGES = worldArb({ measures: ["trainingPackageGrant", "trainingPackageGrant", "apprenticeshipSubsidy", "livingAllowance", "livingAllowance"] });
const APPRENTICES = worldArb({ measures: ["apprenticeshipSubsidy", "apprenticeshipSubsidy", "livingAllowance", "workForTrainingSubsidy"], maxClaims: 10 });
/** Crowded from op2025's first days over 500 days (two calendar years), each person with courses whose fee caps the subsidy. */
const OP2025 = worldArb({ measures: ["trainingSubsidy", "trainingSubsidy", "appraisalSubsidy", "livingAllowance"], maxClaims: 10, crowded: true, era: "op2025" });
const WORLDS = fc.oneof(worldArb(), CROWDED, OP2025, WORKERS, PACKAGES, APPRENTICES);

/** How the claims are cut: 1–3 cut points (fractions of the claims), and keys that order claims filed the same day. */
const SPLIT = fc.record({ cuts: fc.array(fc.integer({ min: 1, max: 99 }).map((n) => n / 100), { minLength: 1, maxLength: 3 }), ties: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }) });

/** The raw claims in 2–4 runs: by filing date (ties in the order of `ties`), cut at `cuts`; runs may be empty. */
export function splitByFiling(claims: readonly Record<string, unknown>[], cuts: readonly number[], ties: readonly number[]): Record<string, unknown>[][] {
  const ordered = claims
    .map((c, i) => ({ c, i, k: ties[i % ties.length] ?? 0 }))
    .sort((a, b) => ((a.c["submittedOn"] as string) < (b.c["submittedOn"] as string) ? -1 : (a.c["submittedOn"] as string) > (b.c["submittedOn"] as string) ? 1 : a.k - b.k || a.i - b.i))
    .map((x) => x.c);
  const at = [...new Set(cuts.map((f) => Math.round(f * ordered.length)))].sort((a, b) => a - b);
  const out: Record<string, unknown>[][] = [];
  let from = 0;
  for (const to of at) {
    out.push(ordered.slice(from, to));
    from = to;
  }
  out.push(ordered.slice(from));
  return out;
}

interface Chain {
  readonly decisions: readonly Decision[];
  readonly grants: readonly Grant[];
  /** run index of each claim id (the first run holding it) */
  readonly runOf: ReadonlyMap<string, number>;
  /** claim ids whose copies are in more than one run */
  readonly spread: ReadonlySet<string>;
}

/** Decides the runs one after another, each given the prior ledger plus the grants of the runs before it, carried by `carry`. */
export function chain(policy: Policy, raw: RawDocument, parts: readonly Record<string, unknown>[][], carry: "objects" | "json"): Chain {
  const decisions: Decision[] = [];
  const grants: Grant[] = [];
  const runOf = new Map<string, number>();
  const spread = new Set<string>();
  const base = parsed(raw);
  for (const [i, claims] of parts.entries()) {
    for (const c of claims) {
      const id = c["id"] as string;
      if (!runOf.has(id)) runOf.set(id, i);
      else if (runOf.get(id) !== i) spread.add(id);
    }
    let document: ClaimsDocument;
    if (carry === "objects") document = { ...base, claims: parsed({ ...raw, claims }).claims, ledger: [...base.ledger, ...grants] };
    else document = parsed({ ...raw, claims, ledger: [...raw.ledger, ...(JSON.parse(JSON.stringify(grants)) as unknown[])] });
    const r = evaluateBatch(policy, document);
    decisions.push(...r.decisions);
    grants.push(...r.grants);
  }
  return { decisions, grants, runOf, spread };
}

/** Two keys name one basis: equal, or periods (a month is a period of its days) of one prefix that share a day. */
function sameBasis(a: string, b: string): boolean {
  if (a === b) return true;
  const span = (k: string) => {
    const p = periodOfKey(k);
    if (p !== null) return p;
    const at = k.lastIndexOf("|month ");
    if (at < 0) return null;
    const m = monthSpan(k.slice(at + 7));
    return m === null ? null : { prefix: `${k.slice(0, at)}|period`, start: m.start, end: m.end };
  };
  const p = span(a);
  const q = span(b);
  if (p === null || q === null) return false;
  // a month key and a period key of the same measure and person
  const owner = (s: string) => s.slice(0, s.lastIndexOf("|"));
  return owner(p.prefix) === owner(q.prefix) && p.start <= q.end && q.start <= p.end;
}

/** The pairs of grants of `grants` (each also against `prior`) that pay one basis. */
export function paidTwice(grants: readonly Grant[], prior: readonly Grant[] = []): string[] {
  const out: string[] = [];
  for (const [i, g] of grants.entries()) {
    for (const h of [...prior, ...grants.slice(i + 1)]) {
      if (h === g || h.measure !== g.measure) continue;
      for (const k of grantKeys(g)) for (const l of grantKeys(h)) if (sameBasis(k, l)) out.push(`${k} paid by ${g.claimId} and ${h.claimId}`);
    }
  }
  return out;
}

const HISTORY = new Set([
  "annual_cap_reached",
  "appraisal_already_granted",
  "apprenticeship_term_used",
  "apprenticeship_year_partly_paid",
  "apprenticeship_year_not_begun",
  "basis_already_paid",
  "occupation_level_already_subsidised",
  "other_measure_already_paid",
  "work_for_training_months_used",
  "duplicate_claim",
  // held while an earlier rival is held (reading claim-order-by-issue-date)
  "earlier_claim_undecided",
]);

interface Difference {
  readonly claimId: string;
  readonly whole: string;
  readonly split: string;
  readonly explained: boolean;
}

/** Every claim decided otherwise in the chain than in the batch, and whether the judging order explains it (see the file's head). */
export function differences(document: ClaimsDocument, whole: readonly Decision[], split: Chain, unpayable?: (month: string) => boolean): Difference[] {
  const claimOf = new Map<string, Claim>(document.claims.map((c) => [c.id, c]));
  // the batch's order (reading claim-order-by-issue-date: test/support/competesOn.ts), then claim id
  const prior = Ledger.from(document.ledger);
  const basis = (c: Claim) => {
    const certificate = c.certificateId === undefined ? undefined : document.certificates.get(c.certificateId);
    const course = c.courseId === undefined ? undefined : document.courses.get(c.courseId);
    const apprenticeship = c.apprenticeshipId === undefined ? undefined : document.apprenticeships.get(c.apprenticeshipId);
    return competesOn(c, { certificate, course, apprenticeship }, undefined, (m) => prior.paidOn(payOnceKey("workForTrainingSubsidy", c.traineeId, "month", m)).length > 0, unpayable);
  };
  const before = (a: Claim, b: Claim) => basis(a) < basis(b) || (basis(a) === basis(b) && a.id < b.id);
  const rivals = (a: Claim, b: Claim) => a.traineeId === b.traineeId || (a.trainingPackage !== undefined && a.trainingPackage.id === b.trainingPackage?.id);
  const wholeOf = new Map(whole.map((d) => [d.claimId, d]));
  const splitOf = new Map<string, Decision>();
  for (const d of split.decisions) if (!splitOf.has(d.claimId)) splitOf.set(d.claimId, d);
  const said = (d: Decision | undefined) => (d === undefined ? "none" : `${d.outcome} ${d.amount ?? ""} [${d.reasons.map((r) => r.code).join(",")}]`);
  const out: { claimId: string; whole: string; split: string; explained: boolean; history: boolean }[] = [];
  for (const [id, w] of wholeOf) {
    // an id filed twice, its copies in different runs: the chain decides each run's copy (a duplicate once paid), the batch one
    if (split.spread.has(id)) continue;
    const s = splitOf.get(id);
    if (s !== undefined && s.outcome === w.outcome && s.amount === w.amount) continue;
    const c = claimOf.get(id) as Claim;
    const run = split.runOf.get(id) ?? 0;
    // paid in the chain, refused in the batch: a rival judged before it in the batch, paid there, filed in a later run
    const paidRivalLater = [...claimOf.values()].some((o) => o.id !== id && rivals(o, c) && before(o, c) && wholeOf.get(o.id)?.outcome === "granted" && (split.runOf.get(o.id) ?? 0) > run);
    // refused in the chain, paid in the batch: a rival judged after it in the batch, paid in an earlier run
    const paidRivalEarlier = [...claimOf.values()].some((o) => o.id !== id && rivals(o, c) && before(c, o) && splitOf.get(o.id)?.outcome === "granted" && (split.runOf.get(o.id) ?? 0) < run);
    const historyOnly = (d: Decision | undefined) => d !== undefined && d.outcome !== "granted" && d.reasons.some((r) => HISTORY.has(r.code));
    // refused in the chain for a basis a rival's copy paid: that rival's id was filed twice with different contents (one claim_conflict in the batch), its first copy paid in an earlier run
    // (any copy of it paid: a copy held in its first run, as a package claim filed before the measure is in force, may be paid in a later one)
    const paidConflictRival = [...claimOf.values()].some((o) => o.id !== id && rivals(o, c) && split.spread.has(o.id) && split.decisions.some((d) => d.claimId === o.id && d.outcome === "granted") && (split.runOf.get(o.id) ?? 0) <= run);
    // paid in both for different amounts (the years of one apprenticeship, the months of work-for-training, two claims filed the same day): a rival paid in either, in the other order
    const reordered = (o: Claim) => (before(o, c) && (split.runOf.get(o.id) ?? 0) > run) || (before(c, o) && (split.runOf.get(o.id) ?? 0) < run);
    // (or a rival whose id was filed twice with different contents, paid in the chain, one claim_conflict in the batch)
    const swapped = w.outcome === "granted" && s?.outcome === "granted" && (paidConflictRival || [...claimOf.values()].some((o) => o.id !== id && rivals(o, c) && reordered(o) && (wholeOf.get(o.id)?.outcome === "granted" || splitOf.get(o.id)?.outcome === "granted")));
    // held in the batch for a rival judged before it and held there (earlier_claim_undecided), that rival filed in another run:
    // a later run's is not yet filed; an earlier run's hold is in no ledger (the ledger carries grants), so it takes no place
    const heldRivalElsewhere = w.reasons.some((r) => r.code === "earlier_claim_undecided") && [...claimOf.values()].some((o) => o.id !== id && rivals(o, c) && before(o, c) && wholeOf.get(o.id)?.outcome === "undecidable" && (split.runOf.get(o.id) ?? 0) !== run);
    // two living-allowance claims on one course whose days are not all priced: whichever is judged first is paid the priced
    // days, the other is held (or refused) on the days left — a course with days left unpaid keys its days, not the course
    // (cold audit 12d; reading pay-once-basis), so the second is not refused as the course paid
    const sameCourse = c.measure === "livingAllowance" && c.courseId !== undefined && [...claimOf.values()].some((o) => o.id !== id && o.measure === "livingAllowance" && o.courseId === c.courseId && reordered(o) && (wholeOf.get(o.id)?.outcome === "granted" || splitOf.get(o.id)?.outcome === "granted"));
    const explained: boolean = (historyOnly(w) && paidRivalLater) || (historyOnly(s) && (paidRivalEarlier || paidConflictRival)) || (paidRivalLater && paidRivalEarlier) || swapped || heldRivalElsewhere || sameCourse;
    out.push({ claimId: id, whole: said(w), split: said(s), explained, history: historyOnly(w) || historyOnly(s) });
  }
  // the order cascades: a claim refused (or paid) for its history because a rival judged before it
  // in the batch was decided otherwise for the order is explained too (one chain of such claims per person)
  for (let changed = true; changed; ) {
    changed = false;
    for (const d of out) {
      if (d.explained || !d.history) continue;
      const c = claimOf.get(d.claimId) as Claim;
      if (out.some((e) => e.explained && e.claimId !== d.claimId && rivals(claimOf.get(e.claimId) as Claim, c) && before(claimOf.get(e.claimId) as Claim, c))) {
        d.explained = true;
        changed = true;
      }
    }
  }
  return out.map(({ history: _, ...d }) => d);
}

/** The amount each basis key is paid, over `grants`. */
function paidPerKey(grants: readonly Grant[]): Map<string, ReturnType<typeof amount>> {
  const m = new Map<string, ReturnType<typeof amount>>();
  for (const g of grants) for (const k of grantKeys(g)) m.set(k, (m.get(k) ?? amount(0)).plus(amount(g.amount)));
  return m;
}

describe("incremental runs carrying the ledger forward (fast-check, 1,000 cases)", () => {
  it("claims decided run by run by filing date, each run given the grants the runs before it wrote, pay no basis twice, no more for any basis than one batch of all of them (save where the judging order picks another rival), never more than three training subsidies a person a year, and refuse no claim the batch pays save for a rival filed earlier", () => {
    let split = 0;
    let explained = 0;
    fc.assert(
      fc.property(policyCaseArb, WORLDS, SPLIT, (pc, world, cut) => {
        const raw = rawDocument(world);
        const document = parsed(raw);
        const whole = evaluateBatch(pc.policy, document);
        const parts = splitByFiling(raw.claims, cut.cuts, cut.ties);
        const objects = chain(pc.policy, raw, parts, "objects");
        const json = chain(pc.policy, raw, parts, "json");
        // the ledger carried as JSON decides as the ledger carried as objects
        expect(json.decisions).toEqual(objects.decisions);
        expect(json.grants).toEqual(objects.grants);
        if (parts.filter((p) => p.length > 0).length > 1) split++;
        // 1. pay once: no basis paid by two grants of the chain, nor by one already in the prior ledger unless the batch pays it too
        expect(paidTwice(objects.grants)).toEqual([]);
        const wholeAgainstPrior = new Set(paidTwice(whole.grants, document.ledger));
        expect(paidTwice(objects.grants, document.ledger).filter((s) => !wholeAgainstPrior.has(s))).toEqual([]);
        // 2. no claim decided otherwise than in the batch, save where the judging order explains it
        const diffs = differences(document, whole.decisions, objects, unpayableMonths(pc.policy));
        expect(diffs.filter((d) => !d.explained)).toEqual([]);
        if (diffs.length > 0) explained++;
        if (process.env["SHOW_DIFFS"] !== undefined && diffs.length > 0) console.log(JSON.stringify(diffs), JSON.stringify(cut), pc.name);
        // ... and no basis paid more than the batch pays it, save a claim the order explains
        const wholePaid = paidPerKey(whole.grants);
        // (an id filed twice with different contents is one claim_conflict in the batch; its copies in two runs, the first decided, the second a duplicate)
        const ordered = new Set([...diffs.map((d) => d.claimId), ...objects.spread]);
        // (and a claim paid in both for the same amount on another basis — the next year of one apprenticeship — because a
        // rival whose id was filed twice with different contents was paid in the chain, one claim_conflict in the batch:
        // seed 1398495850, 2026-12-07, the second claim paid year 2 in the runs and year 1 in the batch; found by CI)
        const paidSpread = document.claims.filter((c) => objects.spread.has(c.id) && objects.decisions.some((d) => d.claimId === c.id && d.outcome === "granted"));
        for (const c of document.claims) if (paidSpread.some((o) => o.id !== c.id && (o.traineeId === c.traineeId || (o.trainingPackage !== undefined && o.trainingPackage.id === c.trainingPackage?.id)))) ordered.add(c.id);
        for (const [key, paid] of paidPerKey(objects.grants.filter((g) => !ordered.has(g.claimId)))) {
          expect(paid.lessThanOrEqualTo(wholePaid.get(key) ?? amount(0)), `${key}: ${toYuan(paid)} in runs, ${toYuan(wholePaid.get(key) ?? amount(0))} in one batch`).toBe(true);
        }
        // 3. the annual cap over the runs: at most three training subsidies a person a calendar year of issue, counting the prior ledger
        const year = (g: Grant) => `${g.traineeId}|${g.basisDate.slice(0, 4)}`;
        const prior = new Map<string, number>();
        for (const g of document.ledger) if (g.measure === "trainingSubsidy") prior.set(year(g), (prior.get(year(g)) ?? 0) + 1);
        const added = new Map<string, number>();
        for (const g of objects.grants) if (g.measure === "trainingSubsidy") added.set(year(g), (added.get(year(g)) ?? 0) + 1);
        for (const [key, n] of added) expect(n, key).toBeLessThanOrEqual(Math.max(0, 3 - (prior.get(key) ?? 0)));
      }),
      { numRuns: RUNS },
    );
    // the splits do split, and the order does change some outcome
    if (RUNS >= 500) expect(split).toBeGreaterThan(RUNS / 2);
    console.log(`incremental: ${split} split of ${RUNS}; ${explained} with an outcome the judging order changed`);
  }, TIMEOUT);
});

describe("incremental runs through the command line, the ledger carried as CSV (fast-check, 150 cases)", () => {
  const CSV_RUNS = runs(150);
  const JIAXING = POLICY_CASES.find((p) => p.name === "jiaxing-2019 + illustrative catalogue") as (typeof POLICY_CASES)[number];
  const CATALOGUE = "fixtures/jiaxing/catalogue-2020.json";

  it("evaluate --grants-out g.csv, then the next month's claims with --ledger (the CSV files so far, header once): every claim decided as the library's chain decides it with Grant objects carried forward, so no basis is paid twice", async () => {
    const dir = mkdtempSync(join(tmpdir(), "incremental-"));
    await fc.assert(
      fc.asyncProperty(fc.oneof(worldArb(), CROWDED, PACKAGES, APPRENTICES), SPLIT, async (world, cut) => {
        const raw = rawDocument(world);
        const parts = splitByFiling(raw.claims, cut.cuts, cut.ties);
        const library = chain(JIAXING.policy, raw, parts, "objects");
        const decided: { claimId: string; outcome: string; amount: string | null }[] = [];
        let header: string | null = null;
        const rows: string[] = [];
        for (const [i, claims] of parts.entries()) {
          const input = join(dir, `run-${i}.json`);
          writeFileSync(input, JSON.stringify({ ...raw, claims }));
          const ledger = join(dir, `ledger-${i}.csv`);
          writeFileSync(ledger, header === null ? "" : [header, ...rows].join("\n") + "\n");
          const out = join(dir, `grants-${i}.csv`);
          const args = ["evaluate", input, "--policy", "jiaxing-2019", "--catalogue", CATALOGUE, "--format", "json", "--no-trace", "--quiet", "--grants-out", out];
          const r = await cli(header === null ? args : [...args, "--ledger", ledger]);
          expect(r.code, r.err).toBeLessThanOrEqual(1); // 1: some claim ids in conflict (the copies of one id), the rest decided
          for (const d of (JSON.parse(r.out) as { decisions: { claimId: string; outcome: string; amount: string | null }[] }).decisions) decided.push({ claimId: d.claimId, outcome: d.outcome, amount: d.amount });
          const [head, ...body] = readFileSync(out, "utf8").split("\n").filter((l) => l !== "");
          if (head !== undefined) header ??= head;
          rows.push(...body);
        }
        expect(decided).toEqual(library.decisions.map((d) => ({ claimId: d.claimId, outcome: d.outcome, amount: d.amount })));
        expect(rows.length).toBe(library.grants.length);
      }),
      { numRuns: CSV_RUNS },
    );
  }, TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// Explicit cases: what the judging order does across runs (readings claim-order-by-issue-date,
// pay-once-basis, no-repeat-whole-history, annual-cap-calendar-year). Illustrative Jiaxing
// catalogue (fixtures/jiaxing/catalogue-2020.json): EX-ELEC 初级 1000.00, EX-WELD 初级 1200.00,
// EX-CARE 初级 900.00, EX-FORK 初级 900.00.

describe("incremental runs: the judging order across runs (explicit cases)", () => {
  const JIAXING = POLICY_CASES.find((p) => p.name === "jiaxing-2019 + illustrative catalogue") as (typeof POLICY_CASES)[number];
  /** An unemployed Jiaxing resident of working age (jx2019: in the training-subsidy groups). */
  const person = { id: "P1", birthDate: "1990-07-01", statuses: ["unemployed"], hukouRegion: "zhejiang.jiaxing.nanhu", employmentRegion: "example.city" };
  const certificate = (id: string, code: string, issuedOn: string) => ({ id, traineeId: "P1", kind: "skillLevelCertificate", occupation: { code, name: `${code}（示意）` }, level: "junior", issuedOn });
  const claim = (id: string, certificateId: string, submittedOn: string) => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, certificateId, submittedOn });
  const documentOf = (certificates: Record<string, unknown>[], claims: Record<string, unknown>[]): RawDocument => ({ trainees: [person], courses: [], certificates, enterprises: [], apprenticeships: [], claims, ledger: [] });
  const paid = (ds: readonly Decision[]) => Object.fromEntries(ds.map((d) => [d.claimId, d.outcome === "granted" ? (d.amount as string) : d.reasons.map((r) => r.code).filter((c) => HISTORY.has(c)).join("+")]));
  const total = (gs: readonly Grant[]) => toYuan(gs.reduce((acc, g) => acc.plus(amount(g.amount)), amount(0)));

  it("two certificates of one occupation and level, the later-issued filed first: one batch pays the earlier-issued, a chain of runs pays the one filed first and refuses the other (the same 1000.00, another certificate)", () => {
    // K1 EX-ELEC 初级 issued 2020-03-10, filed 2020-06-01; K2 EX-ELEC 初级 issued 2020-04-10, filed 2020-04-20
    const raw = documentOf([certificate("K1", "EX-ELEC", "2020-03-10"), certificate("K2", "EX-ELEC", "2020-04-10")], [claim("CL1", "K1", "2020-06-01"), claim("CL2", "K2", "2020-04-20")]);
    const whole = evaluateBatch(JIAXING.policy, parsed(raw));
    // one batch, by issue date: CL1 (K1) paid 1000.00; CL2 「同一职业（项目）同一等级不可重复享受」 refused
    expect(paid(whole.decisions)).toEqual({ CL1: "1000.00", CL2: "occupation_level_already_subsidised" });
    // April's run pays CL2 (K2) 1000.00; June's run refuses CL1: the same money, the other certificate
    const runs = chain(JIAXING.policy, raw, splitByFiling(raw.claims, [0.5], [0]), "objects");
    expect(paid(runs.decisions)).toEqual({ CL2: "1000.00", CL1: "occupation_level_already_subsidised" });
    expect(total(runs.grants)).toBe(total(whole.grants));
    expect(differences(parsed(raw), whole.decisions, runs).every((d) => d.explained)).toBe(true);
  });

  it("one certificate claimed for the training subsidy and for the insured employees' skill-upgrade subsidy: one batch pays the claim filed first (1000.00), as a chain of runs does; never both", () => {
    const STANDARDS = POLICY_CASES.find((p) => p.name.startsWith("jiaxing-2019 + illustrative catalogue + the same standards")) as (typeof POLICY_CASES)[number];
    // an insured enterprise employee affected by trade friction, in Jiaxing; K1 EX-WELD 初级 issued 2020-05-01
    const employee = { ...person, statuses: ["enterpriseEmployee", "tradeFrictionAffected"], employmentRegion: "zhejiang.jiaxing.nanhu", unemploymentInsuranceMonths: { "zhejiang.jiaxing": 36 } };
    const raw: RawDocument = {
      ...documentOf([certificate("K1", "EX-WELD", "2020-05-01")], []),
      trainees: [employee],
      enterprises: [{ id: "E-JX", name: "嘉兴示例企业", region: "zhejiang.jiaxing.nanhu", unemploymentInsuranceRegion: "zhejiang.jiaxing.nanhu" }],
      claims: [claim("CL1", "K1", "2020-07-01"), { ...claim("CL2", "K1", "2020-05-10"), measure: "insuredSkillUpgradeSubsidy" }],
    };
    const whole = evaluateBatch(STANDARDS.policy, parsed(raw));
    // one batch: both on 2020-05-01, so by filing date: CL2 (2020-05-10), the skill-upgrade subsidy at the illustrative 初级
    // standard, 1000.00; CL1 「职业培训补贴或参保职工技能提升补贴」: the other of the two already paid on K1 (reading
    // training-or-skill-upgrade). Changed (2026-12-07, cold review 106 F4's mend): until then a tie went to the lesser id,
    // CL1, the training subsidy, 1200.00 × 1.3 (jx2019 trade-friction uplift) = 1560.00, where the chain paid 1000.00.
    expect(paid(whole.decisions)).toEqual({ CL2: "1000.00", CL1: "other_measure_already_paid" });
    // May's run pays CL2, the skill-upgrade subsidy at the illustrative 初级 standard, 1000.00; July's refuses CL1
    const runs = chain(STANDARDS.policy, raw, splitByFiling(raw.claims, [0.5], [0]), "objects");
    expect(paid(runs.decisions)).toEqual({ CL2: "1000.00", CL1: "other_measure_already_paid" });
    // the chain and the batch now agree: 1000.00 each
    expect([total(runs.grants), total(whole.grants)]).toEqual(["1000.00", "1000.00"]);
    expect(differences(parsed(raw), whole.decisions, runs).every((d) => d.explained)).toBe(true);
  });

  it("two work-for-training claims for one worker filed the same day, taken in two runs: the six months paid are another six, 3200.00 where one batch pays 3100.00; no month twice, six months in all", () => {
    const LOCAL = POLICY_CASES.find((p) => p.name.startsWith("national + example catalogue + illustrative local")) as (typeof POLICY_CASES)[number];
    // a poverty-registered worker hired by E-JX (gbf2019.work-for-training: 「吸纳贫困劳动力就业并开展以工代训」); illustrative standard 500.00 a month in 2020, 600.00 from 2021
    const worker = { id: "P1", birthDate: "1975-06-15", statuses: ["povertyRegistered"], employmentRegion: "zhejiang.jiaxing.haining", employerId: "E-JX" };
    const months = (id: string, ms: string[]) => ({ id, measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E-JX" }, enterpriseId: "E-JX", months: ms, submittedOn: "2021-09-20" });
    const raw: RawDocument = {
      ...documentOf([], [months("CLA", ["2020-05", "2020-06", "2020-07", "2020-08", "2020-12", "2021-01", "2021-02"]), months("CLB", ["2020-07", "2020-08", "2020-12", "2021-01", "2021-02"])]),
      trainees: [worker],
      enterprises: [{ id: "E-JX", name: "嘉兴示例企业", region: "zhejiang.jiaxing.nanhu", unemploymentInsuranceRegion: "zhejiang.jiaxing.nanhu" }],
    };
    const whole = evaluateBatch(LOCAL.policy, parsed(raw));
    // one batch, by claim id: CLA the first six months in calendar order (「最长不超过6个月」): 2020-05..08 and 2020-12 at 500 (2500) + 2021-01 at 600 = 3100.00; CLB every month used
    expect(paid(whole.decisions)).toEqual({ CLA: "3100.00", CLB: "work_for_training_months_used" });
    // CLB in the first run: 2020-07, 08, 12 at 500 (1500) + 2021-01, 02 at 600 (1200) = 2700.00; CLA in the next: one month left, 2020-05, 500.00
    const runs = chain(LOCAL.policy, raw, [[raw.claims[1] as Record<string, unknown>], [raw.claims[0] as Record<string, unknown>]], "objects");
    expect(paid(runs.decisions)).toEqual({ CLB: "2700.00", CLA: "500.00" });
    // 2700 + 500 = 3200.00: 2021-02 (600) paid instead of 2020-06 (500), 100.00 more; six distinct months, none twice
    expect([total(runs.grants), total(whole.grants)]).toEqual(["3200.00", "3100.00"]);
    expect(runs.grants.flatMap((g) => g.months ?? []).sort()).toEqual(["2020-05", "2020-07", "2020-08", "2020-12", "2021-01", "2021-02"]);
    expect(paidTwice(runs.grants)).toEqual([]);
    expect(differences(parsed(raw), whole.decisions, runs).every((d) => d.explained)).toBe(true);
  });

  it("the order cascades: a December certificate filed before three earlier ones of the year takes a place of the annual cap, so the March certificate is refused and the next year's certificate of the same occupation and level is paid: four training subsidies (4000.00) where one batch pays three (3100.00); every year within the cap, no basis twice", () => {
    const raw = documentOf(
      [
        certificate("KC", "EX-WELD", "2020-01-10"), // 1200.00
        certificate("KD", "EX-CARE", "2020-02-10"), // 900.00
        certificate("KA", "EX-ELEC", "2020-03-10"), // 1000.00
        certificate("KE", "EX-FORK", "2020-12-10"), // 900.00
        certificate("KB", "EX-ELEC", "2021-03-10"), // 1000.00, the occupation and level of KA
      ],
      [claim("CL-C", "KC", "2020-12-20"), claim("CL-D", "KD", "2020-12-20"), claim("CL-A", "KA", "2020-12-20"), claim("CL-E", "KE", "2020-12-11"), claim("CL-B", "KB", "2021-03-15")],
    );
    const whole = evaluateBatch(JIAXING.policy, parsed(raw));
    // one batch, by issue date: KC 1200 + KD 900 + KA 1000 = 3100.00, the three of 2020 (「每人每年可享受不超过 3 次」);
    // KE the fourth of 2020, refused; KB refused, EX-ELEC 初级 paid on KA (「同一职业（项目）同一等级不可重复享受」)
    expect(paid(whole.decisions)).toEqual({ "CL-C": "1200.00", "CL-D": "900.00", "CL-A": "1000.00", "CL-E": "annual_cap_reached", "CL-B": "occupation_level_already_subsidised" });
    expect(total(whole.grants)).toBe("3100.00");
    // three monthly runs by filing: [CL-E] (filed 12-11), [CL-C, CL-D, CL-A] (12-20), [CL-B] (2021-03-15)
    const runs = chain(JIAXING.policy, raw, [[raw.claims[3] as Record<string, unknown>], raw.claims.slice(0, 3), [raw.claims[4] as Record<string, unknown>]], "objects");
    // KE 900 first; then KC 1200, KD 900 (the 2nd and 3rd of 2020), KA the fourth of 2020, refused; KB: EX-ELEC 初级 never paid, 1000
    expect(paid(runs.decisions)).toEqual({ "CL-E": "900.00", "CL-C": "1200.00", "CL-D": "900.00", "CL-A": "annual_cap_reached", "CL-B": "1000.00" });
    // 900 + 1200 + 900 + 1000 = 4000.00: 900.00 more than one batch, each year within the cap, each basis once
    expect(total(runs.grants)).toBe("4000.00");
    expect(paidTwice(runs.grants)).toEqual([]);
    // CL-B is paid in the chain where the batch refuses it, and no rival of it is filed later: the direct rule does not explain it, only the cascade through CL-A
    const diffs = differences(parsed(raw), whole.decisions, runs);
    expect(diffs.map((d) => [d.claimId, d.explained])).toEqual([
      ["CL-A", true],
      ["CL-E", true],
      ["CL-B", true],
    ]);
  });
});
