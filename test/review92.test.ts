/**
 * Cold review 92 (2026-12-07, HEAD b9d451e): a DIFFERENTIAL sweep of the morning's changes, 0494932 → b9d451e — every
 * decision of the same generated batches decided by the library of 0494932 and by HEAD, each difference classified as
 * intended by one of the morning's mends or not. The mends (CHANGELOG.md «Unreleased», `git log 0494932..HEAD`):
 *   M1 5964a6d/d02c074 — 以工代训 months counted in calendar order, each within the most in force on its own first day;
 *   M2 5964a6d — a month in a gap of the monthly standard (or after one ends) held and named wherever it lies in a claim;
 *   M3 5964a6d/978fddf — a claim refiled under its id asking months (以工代训) or known days (living allowance) its grants
 *      did not pay is judged again, not refused as duplicate_claim; d02c074 — a grant's months read from its keys too (so a
 *      refile asking other months than a keys-only grant paid is a claim_conflict);
 *   M4 d02c074/1cd8c08/b9d451e — the grant of a claim judged again under its id gets an id of its own, `<claim>:2`, `:3` …;
 *   M5 f77cfbf — the Jiaxing appraisal hold beside a set-aside certificate narrowed (not a kind without levels writing none,
 *      not a level recognised directly, not another trainee's); a certificate already paid refused as paid first.
 * Amounts are ILLUSTRATIVE: the Jiaxing catalogue of fixtures/, the tests' local standards (以工代训 500.00 a month, living
 * allowance 50.00 a day, test/support/ordinary.ts `withIllustrativeLocal`; 500.00 / 600.00 in test/support/world.ts) and
 * reform patches of the most months and the standard (a gap) — none is an official figure. jx2019's appraisal amounts
 * (120 / 150 / 180) are the text's.
 *
 * The text first. gbf2019 §(十一): 「参保企业吸纳就业困难人员、零就业家庭成员就业并开展以工代训的，给予一定期限的职业培训补贴，最长不超
 * 过 6个月」 — each month of 以工代训 paid once, at most six for the person, however it is split into claims and runs; a claim
 * id is no part of the text, so a month not yet paid is owed whatever id it is asked under. jx2019 五: 「对同一职业（工种）同
 * 一技能等级通过初次职业技能鉴定并取得证书（不含培训合格证书）的参训人员，给予职业技能鉴定补贴，补贴标准为初级工、中级工 120 元」 — a
 * training-completion certificate and a level recognised directly are no 鉴定 at a level, so they cannot make a later
 * appraisal not the first.
 *
 * Read: CHANGELOG «Unreleased»; `git diff 0494932..HEAD -- src` (engine.ts asksUnpaid, refiledGrantId, contradicts;
 * workForTraining.ts workForTrainingMonths/fits, the gap loop, mostOn; appraisalSubsidy.ts unreadEarlier; document.ts
 * unreadCertificate); law/sources/gbf2019.txt §(十一)–(十二), jx2019.txt 五; readings work-for-training-per-person-months,
 * claim-id-reused, earlier-certificate-unreadable; test/review90, review91, test/support/{world,ordinary,workForTraining}.ts.
 * Ran: both libraries bundled with the generators (see OLD below), 6,000 generated batches × 3 runs (run 1; run 2 on the
 * old library's run-1 grants as its ledger; run 3 on the new library's — the same ledger for both libraries each time),
 * 13 policies (the 6 of world.ts's POLICY_CASES; the national frameworks and gbf2019 alone with the illustrative local
 * standards; the frameworks with the most lowered to 3 / raised to 8 from 2021-01-01 and lowered to 4 from 2020-06-01; a
 * standard with gaps, also per employer), worlds of world.ts's kinds (default, workers, 以工代训-heavy, appraisal-heavy,
 * crowded), a set-aside certificate beside the kept ones in half the batches (six ways: no date, a bad level, a completion
 * certificate without level, directly recognised, another trainee's, an unreadable occupation), run-2 claims refiled under
 * their ids with months moved and more, and new claims numbered as run 1's grants.
 *
 * RESULT (6,000 batches, 18,000 runs, 68,412 decisions compared; 620 differences): every difference is of a mend.
 *   M3 refile judged again 398 — 155 now paid (months / days no grant under the id paid; pay-once holds), 76 now held
 *   (for a standard, a gap, an employer), 167 refused still on their merits; M3 keys-months conflict 48 (duplicate_claim →
 *   claim_conflict, 0.00 both); M3 knock-on in the same batch 6 (a month the refile now pays refused to the next claim, or
 *   left open to it); M1 calendar-order most 35, all under the reforms of the most (illustrative): 17 paid less and 8
 *   held → refused under a lowered most (review 91 F1's reversed split is among them: a written record), 3 paid more and 4
 *   refused → held under the raised one, 3 reasons only; M2 gap months named 55 (amounts equal); M2 side effect 16 (12
 *   reasons only, 4 held → refused: no standard at all and every month asked paid before — nothing was owed); M5 appraisal
 *   62 (14 now paid 120.00 / 150.00: the set-aside certificate a completion certificate without level or a level recognised
 *   directly; 48 reasons only: the set-aside record no longer named beside other holds); M4: no difference of grant id
 *   alone — every grant of a claim judged again is `<claim>:2` or later. UNINTENDED: 0.
 *   Pay-once in every run of HEAD (each 以工代训 month, living-allowance day and basis key in at most one grant of ledger +
 *   run; one content per grant id) and the most (6, per employer where the policy says so, 8 under the raised reform) never
 *   passed by a grant of the run: 0 breaches.
 * No finding (no it.fails): no difference is unintended. Low-priority note (no money): M2's side effect is not named in the
 * CHANGELOG («When no month can be priced the claim is held for the standard, as before»): a claim whose months were all
 * paid before is now refused as used even where no standard is in force — right by the text (nothing is owed twice), but the
 * sentence should say «held unless every month asked was paid». Control 4 records it.
 */
import { existsSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, jiaxingPolicy, nationalFrameworksPolicy, nationalPolicy, parseClaimsDocument } from "../src/index.js";
import { reformAll } from "../src/reform/index.js";
import { regionalPolicy } from "./support/national.js";
import { appraisal, cert, course, E1 as JE1, JX, worker } from "./support/ordinary.js";
import { withIllustrativeLocal } from "./support/ordinary.js";
import { POLICY_CASES, rawDocument, worldArb } from "./support/world.js";
import type { WorldOptions } from "./support/world.js";
import { E1 as WE1, E2 as WE2, grant, poor, wft } from "./support/workForTraining.js";
import { rng as seeded } from "./support/rng.js";

type O = Record<string, unknown>;

/**
 * The library of 0494932 with the same generators, built so (its fixtures are read relative to the bundle):
 *   git worktree add --detach /tmp/old92 0494932 && ln -s "$PWD/node_modules" /tmp/old92/node_modules
 *   printf '%s\n' 'export * from "../../src/index.js";' 'export { reformAll } from "../../src/reform/index.js";' \
 *     'export { POLICY_CASES } from "./world.js";' 'export { withIllustrativeLocal } from "./ordinary.js";' \
 *     'export { regionalPolicy } from "./national.js";' > /tmp/old92/test/support/sweep92.ts
 *   (cd /tmp/old92 && npx esbuild test/support/sweep92.ts --bundle --format=esm --platform=node --outfile=test/support/sweep92.mjs)
 * and then run with REVIEW92_OLD=/tmp/old92/test/support/sweep92.mjs. Without that variable (CI, a fresh clone) the sweep is
 * skipped, whatever a machine's /tmp holds (the controls below need only HEAD).
 */
const OLD = process.env["REVIEW92_OLD"] ?? "";
const haveOld = OLD !== "" && existsSync(OLD);

interface Lib {
  parseClaimsDocument: typeof parseClaimsDocument;
  evaluateBatch: typeof evaluateBatch;
  reformAll: typeof reformAll;
  nationalFrameworksPolicy: typeof nationalFrameworksPolicy;
  nationalPolicy: typeof nationalPolicy;
  POLICY_CASES: typeof POLICY_CASES;
  withIllustrativeLocal: typeof withIllustrativeLocal;
  regionalPolicy: typeof regionalPolicy;
}
const NEW: Lib = { parseClaimsDocument, evaluateBatch, reformAll, nationalFrameworksPolicy, nationalPolicy, POLICY_CASES, withIllustrativeLocal, regionalPolicy };

let patch = 0;
const mustReform = (L: Lib, base: Policy, changes: O[]): Policy => {
  const r = L.reformAll(base, [{ id: `r92-${patch++}`, label: { zh: "改革", en: "reform" }, changes }] as never);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.policy;
};
/** ILLUSTRATIVE: 500.00 January–February 2020, none March–April, 550.00 May–December 2020, none January 2021, 600.00 from February 2021. */
const gapPolicy = (L: Lib) =>
  mustReform(L, L.regionalPolicy(L.nationalFrameworksPolicy()), [
    { parameter: "workForTraining.monthlyRate", from: "2020-01-01", until: "2020-03-01", value: "500.00" },
    { parameter: "workForTraining.monthlyRate", from: "2020-05-01", until: "2021-01-01", value: "550.00" },
    { parameter: "workForTraining.monthlyRate", from: "2021-02-01", until: "2028-01-01", value: "600.00" },
  ]);
/** The 13 policies of the sweep, built by one library (a policy carries its library's rules). Index ≥ 8 ≤ 10: a reformed most. */
function policies(L: Lib): Policy[] {
  const LF = L.withIllustrativeLocal(L.nationalFrameworksPolicy());
  const most = (from: string, value: number) => mustReform(L, LF, [{ parameter: "workForTraining.maxMonths", from, until: "2028-01-01", value }]);
  return [
    ...L.POLICY_CASES.map((p) => p.policy),
    LF,
    L.withIllustrativeLocal(L.nationalPolicy()),
    most("2021-01-01", 3),
    most("2021-01-01", 8),
    most("2020-06-01", 4),
    gapPolicy(L),
    mustReform(L, gapPolicy(L), [{ parameter: "workForTraining.maxMonthsPerEmployer", from: "2019-05-18", until: "2028-01-01", value: true }]),
  ];
}
const REFORMED_MOST = new Set([8, 9, 10]);
const KINDS: WorldOptions[] = [
  {},
  { workers: true },
  { measures: ["workForTrainingSubsidy", "workForTrainingSubsidy", "workForTrainingSubsidy", "livingAllowance", "appraisalSubsidy"] },
  { measures: ["appraisalSubsidy", "appraisalSubsidy", "trainingSubsidy", "livingAllowance"] },
  { crowded: true },
];

/** The tests' seeded generator (mulberry32, test/support/rng.ts), as a function giving the next number in [0, 1). */
const rng = (seed: number): (() => number) => seeded(seed).next;
const ALL_MONTHS = ["2019-12", "2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06", "2020-07", "2020-08", "2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03"];
/** A set-aside certificate beside the kept ones, six ways (M5), half the batches; in 3 of 10 the certificate itself set aside. */
function withSetAside(raw: { certificates: O[] }, r: () => number): void {
  if (raw.certificates.length === 0 || r() >= 0.5) return;
  const c = raw.certificates[Math.floor(r() * raw.certificates.length)] as O;
  const bad: O = { ...c, id: `X${Math.floor(r() * 9)}` };
  const how = Math.floor(r() * 6);
  if (how === 0) bad["issuedOn"] = "not a date";
  else if (how === 1) Object.assign(bad, { issuedOn: "2018-01-01", level: "grandmaster" });
  else if (how === 2) {
    Object.assign(bad, { kind: "trainingCompletionCertificate", issuedOn: "2018-01-0x" });
    delete bad["level"];
  } else if (how === 3) Object.assign(bad, { directlyRecognised: true, issuedOn: "2018/01/01" });
  else if (how === 4) Object.assign(bad, { traineeId: ["P1", "P2", "P3"][Math.floor(r() * 3)], issuedOn: 20180101 });
  else bad["occupation"] = 7;
  if (r() < 0.3) {
    raw.certificates = raw.certificates.filter((x) => x !== c);
    bad["id"] = c["id"];
  }
  raw.certificates.push(bad);
}
/** Run 2: run 1's grants after the ledger; 以工代训 claims refiled with months moved and more; some new claims numbered as a grant. */
function refiled(raw: O, grants: readonly O[], r: () => number): O {
  const claims = (raw["claims"] as O[]).map((c) => {
    const months = c["months"];
    if (c["measure"] !== "workForTrainingSubsidy" || !Array.isArray(months) || r() >= 0.6) return { ...c };
    const i = ALL_MONTHS.indexOf((months[0] as string | undefined) ?? "2020-06");
    const from = Math.max(0, (i < 0 ? 6 : i) - 1);
    return { ...c, months: ALL_MONTHS.slice(from, from + (months.length || 1) + Math.floor(r() * 4)) };
  });
  const extra = grants.filter(() => r() < 0.15).flatMap((g) => {
    const c = (raw["claims"] as O[]).find((x) => x["id"] === g["claimId"]);
    return c === undefined ? [] : [{ ...c, id: g["id"] }];
  });
  return { ...raw, claims: [...claims, ...extra], ledger: [...(raw["ledger"] as O[]), ...grants] };
}

interface Dec {
  id: string;
  measure: string;
  outcome: string;
  amount: string | null;
  payee: string | null;
  codes: string;
  facts: string;
  grantIds: string;
}
interface Run {
  decisions: Dec[];
  grants: O[];
}
function decide(L: Lib, policy: Policy, raw: O): Run | string {
  const p = L.parseClaimsDocument(JSON.parse(JSON.stringify(raw)));
  if (!p.ok) return JSON.stringify(p.issues).slice(0, 200);
  const b = L.evaluateBatch(policy, p.value.document);
  const grants = b.grants as unknown as O[];
  return {
    grants,
    decisions: b.decisions.map((d: Decision) => ({
      id: d.claimId,
      measure: d.measure,
      outcome: d.outcome,
      amount: d.amount,
      payee: d.payee === null ? null : `${d.payee.kind}:${d.payee.id}`,
      codes: d.reasons.map((x) => x.code).join(","),
      facts: d.reasons.map((x) => JSON.stringify(x.facts)).join("|"),
      grantIds: grants.filter((g) => g["claimId"] === d.claimId).map((g) => g["id"]).join(","),
    })),
  };
}

/** 以工代训 grants of the run that take a person (per employer where the policy says so) past the most, 6, or 8 under the raised reform. */
function pastTheMost(raw: O, run: Run, pi: number): string[] {
  if (pi === 8 || pi === 10) return []; // a lowered most: the months before it may be more (reading work-for-training-per-person-months)
  const most = pi === 9 ? 8 : 6;
  const perEmployer = pi === 5 || pi === 12;
  const monthsOf = (g: O): string[] => (Array.isArray(g["months"]) ? (g["months"] as string[]) : ((g["basisKeys"] as string[] | undefined) ?? []).filter((k) => k.startsWith("workForTrainingSubsidy|")).map((k) => k.split("month ")[1] as string));
  const out: string[] = [];
  for (const g of run.grants.filter((x) => x["measure"] === "workForTrainingSubsidy")) {
    const mine = (h: O) => h["measure"] === "workForTrainingSubsidy" && h["traineeId"] === g["traineeId"] && (!perEmployer || (h["payee"] as O | undefined)?.["id"] === (g["payee"] as O)["id"]);
    const before = new Set((raw["ledger"] as O[]).filter(mine).flatMap(monthsOf));
    const after = new Set([...before, ...[...(raw["ledger"] as O[]), ...run.grants].filter(mine).flatMap(monthsOf)]);
    if (after.size > most && after.size > before.size) out.push(`grant ${String(g["id"])}: ${after.size} months`);
  }
  return out;
}

/** Every key (以工代训 month, living-allowance day, basis key) in at most one grant of ledger + run; one content per grant id. */
function payOnceBreaches(raw: O, run: Run): string[] {
  const keysOf = (g: O): string[] => {
    const ks = new Set((g["basisKeys"] as string[] | undefined) ?? []);
    if (g["measure"] === "workForTrainingSubsidy" && Array.isArray(g["months"])) for (const m of g["months"] as string[]) ks.add(`workForTrainingSubsidy|${String(g["traineeId"])}|month ${m}`);
    return [...ks];
  };
  const seen = new Set<string>();
  const byId = new Map<string, string>();
  const out: string[] = [];
  for (const g of raw["ledger"] as O[]) for (const k of keysOf(g)) seen.add(k);
  for (const g of run.grants) for (const k of keysOf(g)) (seen.has(k) ? out.push(`${k} again in ${String(g["id"])}`) : seen.add(k));
  for (const g of [...(raw["ledger"] as O[]), ...run.grants]) {
    const c = JSON.stringify(g);
    const id = String(g["id"]);
    if (byId.has(id) && byId.get(id) !== c) out.push(`grant id ${id} with two contents`);
    byId.set(id, c);
  }
  return out;
}

type Class = "M3 refile judged again" | "M3 keys-months conflict" | "M3 knock-on" | "M1 calendar-order most" | "M2 gap months named" | "M2 side effect (no standard, months all paid)" | "M5 appraisal hold narrowed" | "UNINTENDED";
const has = (codes: string, c: string) => codes.split(",").includes(c);
/** Which mend a difference is of; `refiledTrainees`: trainees with a claim judged again in the run. */
function classify(pi: number, o: Dec, n: Dec, refiledTrainees: ReadonlySet<string>, trainee: string): Class {
  if (has(o.codes, "duplicate_claim") && has(n.codes, "claim_conflict")) return "M3 keys-months conflict";
  if (has(o.codes, "duplicate_claim") && (o.measure === "workForTrainingSubsidy" || o.measure === "livingAllowance") && n.grantIds.split(",").every((id) => id === "" || id.startsWith(`${n.id}:`))) return "M3 refile judged again";
  const unreadHolds = (f: string) => f.match(/: record"/g)?.length ?? 0; // missing_record naming a set-aside record
  if (o.measure === "appraisalSubsidy" && (unreadHolds(o.facts) > unreadHolds(n.facts) || (has(o.codes, "appraisal_not_first") && has(n.codes, "appraisal_already_granted")))) return "M5 appraisal hold narrowed";
  if (o.measure !== "workForTrainingSubsidy") return "UNINTENDED";
  if (REFORMED_MOST.has(pi)) return "M1 calendar-order most";
  if (refiledTrainees.has(trainee)) return "M3 knock-on";
  const moneySame = o.outcome === n.outcome && o.amount === n.amount && o.payee === n.payee && o.grantIds === n.grantIds;
  if (moneySame && (pi === 11 || pi === 12)) return "M2 gap months named";
  const noStandard = (f: string) => f.includes('"parameter":"workForTraining.monthlyRate"') || f.includes("before_provision_start");
  if (moneySame && has(o.codes, "work_for_training_months_used") && o.codes === n.codes) return "M2 side effect (no standard, months all paid)"; // `requested` lists every month asked
  if (o.outcome === "undecidable" && n.outcome === "denied" && has(n.codes, "work_for_training_months_used") && (has(o.codes, "no_local_standard") || noStandard(o.facts))) return "M2 side effect (no standard, months all paid)";
  return "UNINTENDED";
}

function sweep(batches: number, OLDLIB: Lib) {
  const PO = policies(OLDLIB);
  const PN = policies(NEW);
  const counts: Record<string, number> = {};
  const unintended: unknown[] = [];
  const breaches: string[] = [];
  let decisions = 0;
  let runs = 0;
  for (let s = 1; s <= batches; s++) {
    const pi = s % PN.length;
    const kind = KINDS[Math.floor(s / PN.length) % KINDS.length] as WorldOptions;
    const world = fc.sample(worldArb(kind), { seed: s, numRuns: 1 })[0];
    const raw = rawDocument(world as never) as unknown as O;
    withSetAside(raw as { certificates: O[] }, rng(s * 7919));
    const old1 = decide(OLDLIB, PO[pi] as Policy, raw);
    const new1 = decide(NEW, PN[pi] as Policy, raw);
    const pairs: [O, Run | string, Run | string][] = [[raw, old1, new1]];
    if (typeof old1 !== "string" && typeof new1 !== "string") {
      for (const g of [old1.grants, new1.grants]) {
        const raw2 = refiled(raw, g, rng(s * 31 + 5));
        pairs.push([raw2, decide(OLDLIB, PO[pi] as Policy, raw2), decide(NEW, PN[pi] as Policy, raw2)]);
      }
    }
    for (const [r, o, n] of pairs) {
      runs++;
      if (typeof o === "string" || typeof n === "string") {
        if (o !== n) unintended.push({ s, parse: [o, n] });
        continue;
      }
      breaches.push(...[...payOnceBreaches(r, n), ...pastTheMost(r, n, pi)].map((b) => `seed ${s}: ${b}`));
      const traineeOf = new Map((r["claims"] as O[]).map((c) => [String(c["id"]), String(c["traineeId"])]));
      const refiledTrainees = new Set(n.decisions.filter((d, i) => has(o.decisions[i]?.codes ?? "", "duplicate_claim") && !has(d.codes, "duplicate_claim")).map((d) => traineeOf.get(d.id) ?? ""));
      decisions += n.decisions.length;
      for (let i = 0; i < Math.max(o.decisions.length, n.decisions.length); i++) {
        const a = o.decisions[i];
        const b = n.decisions[i];
        if (a === undefined || b === undefined || a.id !== b.id) {
          unintended.push({ s, pi, i, a, b });
          continue;
        }
        const same = a.outcome === b.outcome && a.amount === b.amount && a.payee === b.payee && a.codes === b.codes && a.facts === b.facts && a.grantIds === b.grantIds;
        if (same) continue;
        // grant ids alone (M4): a grant of a claim judged again under its id, or one numbered as a prior grant
        const k = a.outcome === b.outcome && a.amount === b.amount && a.codes === b.codes && a.facts === b.facts ? "M4 grant id only" : classify(pi, a, b, refiledTrainees, traineeOf.get(a.id) ?? "");
        counts[k] = (counts[k] ?? 0) + 1;
        const was = Number(a.amount ?? 0);
        const now = Number(b.amount ?? 0);
        const money = a.outcome === b.outcome && was === now ? "same money" : now > was ? "paid more" : now < was ? "paid less" : `${a.outcome}→${b.outcome}`;
        counts[`${k} / ${money}`] = (counts[`${k} / ${money}`] ?? 0) + 1;
        if (k === "UNINTENDED") unintended.push({ s, pi, old: a, new: b });
      }
    }
  }
  return { runs, decisions, counts, unintended, breaches };
}

describe("cold review 92: the differential sweep, 0494932 against HEAD, on the same generated batches", () => {
  it.skipIf(!haveOld)("1,300 batches × 3 runs under 13 policies: every decision that differs is of a morning's mend, and nothing is paid twice", async () => {
    const OLDLIB = (await import(/* @vite-ignore */ OLD)) as Lib;
    // REVIEW92_BATCHES=6000 runs the report's full sweep (about 40 s)
    const r = sweep(Number(process.env["REVIEW92_BATCHES"] ?? 1300), OLDLIB);
    // the report's counts; the full sweep (6,000 batches) is the same code with a larger count
    console.log(`review92 sweep: ${r.runs} runs, ${r.decisions} decisions, differences ${JSON.stringify(r.counts, null, 1)}`);
    expect(r.decisions).toBeGreaterThan(2500);
    expect(r.breaches).toEqual([]);
    expect(r.unintended).toEqual([]);
    // the sweep reaches the mends it is about
    expect(r.counts["M3 refile judged again"] ?? 0).toBeGreaterThan(0);
    expect(r.counts["M1 calendar-order most"] ?? 0).toBeGreaterThan(0);
    expect(r.counts["M5 appraisal hold narrowed"] ?? 0).toBeGreaterThan(0);
  }, 120_000);
});

const run = (policy: Policy, doc: O) => {
  const p = parseClaimsDocument(doc);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return evaluateBatch(policy, p.value.document);
};
const dec = (r: ReturnType<typeof run>, id: string) => r.decisions.find((d) => d.claimId === id) as Decision;
/** The national frameworks with the ILLUSTRATIVE local standards (以工代训 500.00 a month from 2019-05-18). */
const LF = withIllustrativeLocal(nationalFrameworksPolicy());
const wftDoc = (claims: O[], ledger: readonly unknown[] = []): O => ({ trainees: [poor()], enterprises: [WE1, WE2], claims, ledger });

describe("cold review 92: controls — differences the sweep found, each of a mend (HEAD's side)", () => {
  it("M3: a 以工代训 claim refiled under its id asking March, which its grant did not pay (not begun), is paid 500.00 under grant id A:2; refiled once more it is refused", () => {
    // run 1, filed 2021-02-10: January and February begun, 2 × 500.00 = 1000.00; March not begun (ILLUSTRATIVE standard)
    const r1 = run(LF, wftDoc([wft("A", ["2021-01", "2021-02", "2021-03"], "2021-02-10")]));
    expect(dec(r1, "A").amount).toBe("1000.00");
    // run 2 on run 1's grants, the same claim filed 2021-04-05: March, owed and unpaid, 1 × 500.00 (before the mend: duplicate_claim, 0.00)
    const r2 = run(LF, wftDoc([wft("A", ["2021-01", "2021-02", "2021-03"], "2021-04-05")], r1.grants));
    expect([dec(r2, "A").outcome, dec(r2, "A").amount, r2.grants.map((g) => g.id)]).toEqual(["granted", "500.00", ["A:2"]]);
    // run 3 on both: every month asked paid — refused as filed twice, nothing more
    const r3 = run(LF, wftDoc([wft("A", ["2021-01", "2021-02", "2021-03"], "2021-05-05")], [...r1.grants, ...r2.grants]));
    expect([dec(r3, "A").outcome, dec(r3, "A").amount]).toEqual(["denied", "0.00"]);
  });

  it("M1: under a most raised to 8 from 2021-01-01 (illustrative reform), May 2020 beside seven months paid is paid 500.00 and June 2020 is not", () => {
    const MOST8 = mustReform(NEW, LF, [{ parameter: "workForTraining.maxMonths", from: "2021-01-01", until: "2028-01-01", value: 8 }]);
    const ledger = [grant("G1", ["2020-01", "2020-02", "2020-03"]), grant("G2", ["2020-08", "2020-12", "2021-01", "2021-02"])];
    const r = run(MOST8, wftDoc([wft("B", ["2020-05", "2020-06"], "2021-06-01")], ledger));
    // with May: the months to December 2020 are Jan, Feb, Mar, May, Aug, Dec = 6 ≤ 6 (the most on 2020-12-01), and to
    // February 2021 8 ≤ 8; with June too, 7 > 6 by December 2020. 1 × 500.00. Before the mend the most of the claim's first
    // month (6) against the 7 paid refused both (work_for_training_months_used).
    expect([dec(r, "B").outcome, dec(r, "B").amount, r.grants[0]?.months]).toEqual(["granted", "500.00", ["2020-05"]]);
  });

  it("M1: under a most lowered to 4 from 2020-06-01 (illustrative reform), one claim March–August 2020 is paid March–June, 2000.00 (before the mend 3000.00)", () => {
    const MOST4 = mustReform(NEW, LF, [{ parameter: "workForTraining.maxMonths", from: "2020-06-01", until: "2028-01-01", value: 4 }]);
    const r = run(MOST4, wftDoc([wft("A", ["2020-03", "2020-04", "2020-05", "2020-06", "2020-07", "2020-08"], "2020-09-01")]));
    // June: 4 months to it ≤ 4 (the most on 2020-06-01); July would be the fifth > 4. 4 × 500.00 = 2000.00
    expect([dec(r, "A").amount, r.grants[0]?.months]).toEqual(["2000.00", ["2020-03", "2020-04", "2020-05", "2020-06"]]);
  });

  it("M5: beside a set-aside training-completion certificate without a level, the Jiaxing appraisal of a 初级工 certificate is paid 120.00 (before the mend held)", () => {
    // 「通过初次职业技能鉴定并取得证书（不含培训合格证书）」: a completion certificate is no appraisal at a level; 初级工 120 元
    const doc = {
      trainees: [worker()],
      enterprises: [JE1],
      courses: [course("K1")],
      certificates: [cert("C1"), { id: "X1", traineeId: "P1", kind: "trainingCompletionCertificate", occupation: { code: "EX-ELEC", name: "电工（示意）" }, issuedOn: "2018-01-0x" }],
      claims: [appraisal("A", "C1")],
    };
    const r = run(JX, doc);
    expect([dec(r, "A").outcome, dec(r, "A").amount]).toEqual(["granted", "120.00"]);
  });

  it("M2's side effect (low priority, no money): with no 以工代训 standard at all, a claim asking only months a grant already paid is refused as used, not held — nothing is owed twice", () => {
    // jiaxingPolicy() sets no 以工代训 standard; before the mend this claim was held no_local_standard. The CHANGELOG's «When no
    // month can be priced the claim is held for the standard, as before» should say «unless every month asked was paid».
    const r = run(jiaxingPolicy(), wftDoc([wft("A", ["2020-03", "2020-04"], "2020-11-18")], [grant("G0", ["2019-12", "2020-01", "2020-02", "2020-03", "2020-04"])]));
    expect([dec(r, "A").outcome, dec(r, "A").reasons.map((x) => x.code)]).toEqual(["denied", ["work_for_training_months_used"]]);
    // and a month not paid is still held for the standard, as before
    const held = run(jiaxingPolicy(), wftDoc([wft("B", ["2020-04", "2020-05"], "2020-11-18")], [grant("G0", ["2019-12", "2020-01", "2020-02", "2020-03", "2020-04"])]));
    expect(dec(held, "B").outcome).toBe("undecidable");
  });
});
