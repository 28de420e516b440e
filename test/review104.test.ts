/**
 * Cold review 104 (2026-12-07, HEAD 0594299, branch review104): a DIFFERENTIAL sweep of the session's changes a8cf891 →
 * 0594299, as test/review92 did it. The claims reviewed: (a) 0594299 (scopeOf(policy, date) in src/engine.ts,
 * scopeCitation(ctx, date) in src/provisions/common.ts, layerFirstDay/governsOn in src/core/layer.ts) moves no amount,
 * outcome, payee, reason code, fact, missing fact or grant — only the `citation` of the engine's own reasons
 * (claim_conflict, duplicate_claim, missing_record, measure_not_provided, judged_before_basis, nothing_to_pay,
 * basis_already_paid with no line, course_in/outside_jurisdiction, course_region_unknown); (b) 2406d6b, 7fd73c1, 68e3660
 * (claw-back, education fund, advance payment, progress document) move no decision.
 *
 * The texts first (law/sources.json and the signatures of law/sources/*.txt): gf2018 「2018年5月3日」, yf2018 「2018年7月20日」,
 * jf2018 「2018年10月9日」, gbf2019 「2019年5月18日」 (an action 「（2019—2021年）」), jx2019 「本方案自印发之日起施行」 issued
 * 2019-12-13 and running to 2021-12-31, plan2021 no date printed (read from 2022-01-01: reading plan2021-start), op2025
 * signed 2025-06-20, 「从2025年到2027年底」. A refusal that names the policy's scope should name a text issued by the day the
 * claim is about; none of those days changes what anyone is owed.
 *
 * Read: `git log a8cf891..0594299`, `git diff a8cf891 0594299 -- src`; law/sources.json; law/readings/plan2021-start.yaml,
 * jiaxing-plan-in-force.yaml; test/review92.test.ts, test/support/world.ts, national.ts, ordinary.ts.
 * Ran: both libraries bundled with the generators, the old one so (env-gated: CI and a fresh clone skip the sweep):
 *   git worktree add --detach /tmp/old104 a8cf891 && ln -s /work/main/node_modules /tmp/old104/node_modules
 *   printf '%s\n' 'export * from "../../src/index.js";' 'export { POLICY_CASES } from "./world.js";' \
 *     'export { withIllustrativeLocal } from "./ordinary.js";' 'export { regionalPolicy, jieyangPackPolicy } from "./national.js";' \
 *     'export { jieyang2018Policy } from "../../src/jurisdictions/policies.js";' > /tmp/old104/test/support/sweep104.ts
 *   (cd /tmp/old104 && npx esbuild test/support/sweep104.ts --bundle --format=esm --platform=node --outfile=test/support/sweep104.mjs)
 *   REVIEW104_OLD=/tmp/old104/test/support/sweep104.mjs REVIEW104_BATCHES=6000 npx vitest run test/review104.test.ts
 * 6,000 generated worlds (world.ts kinds: default, workers, 以工代训/living-allowance/appraisal-heavy, crowded 2021,
 * crowded op2025) under 12 policies (the 6 of POLICY_CASES — Jiaxing ×3, national and frameworks with the example
 * catalogue, ± ILLUSTRATIVE local standards; the bare frameworks; national and frameworks with withIllustrativeLocal; bare
 * Jiaxing; jieyang-2018 with the example catalogue (the test pack) and the bare 2018 chain, the example city renamed
 * guangdong.jieyang), every date and month of a world moved −2 … +2 years (bases 2017–2028, either side of every
 * layer's first day), copies (same, respelled, conflicting) from the generator, an unknown trainee's claim and a
 * set-aside prior grant in 3 of 10 worlds, a judging day `on` 2018–2027 in 1 of 5 (judged_before_basis), and each world
 * chained three runs (run 2 on run 1's grants with some claims refiled under a grant's id, run 3 on run 2's): 18,000
 * runs, 70,263 decisions. Compared decision by decision: outcome, amount, payee, lines, reason codes and facts, missing
 * facts, the claim's grants; then each reason's citation.
 *
 * RESULT: (b) holds — no decision moved but by citation. (a) holds — 0 differences of substance (no amount, outcome,
 * payee, code, fact, missing fact or grant), 0 citations outside (a)'s codes, 0 differences of order or parse; 8,613
 * decisions differ in one reason's citation only: claim_conflict 1,733, duplicate_claim 1,861, missing_record 1,647,
 * measure_not_provided 2,847, judged_before_basis 351, course_outside_jurisdiction 174 (no moved citation reached in
 * nothing_to_pay, basis_already_paid, course_in_jurisdiction, course_region_unknown). Every one is op2025 → gbf2019 /
 * plan2021 (the frameworks) or jx2019 → gbf2019 (Jiaxing); none under Jieyang. COLD, each against the claim's basis date
 * (the batch's; a course's last day for its place): the new text in force and the old not 5,924; both not in force 2,545
 * — bases before 2019-05-18, when no text of those policies was issued (layers[0], gbf2019, is cited: note N1) — and 3
 * after 2027; 141 measure_not_provided of a living allowance, 以工代训 or package, dated by the judging day, not the
 * basis: 6 both in force, 114 neither, 21 in force before and NOT now (F2). At HEAD over every engine-scope citation
 * of (a), not only the moved ones: 0 cite jx2019 / plan2021 / op2025 before its first day; 165 cite jf2018 before its issue
 * (F1) and 327 the Jieyang test pack's gbf2019 clause before 2019-05-18 (the same cause, a test fixture); after a text's
 * action ended (jx2019 or gbf2019 after 2021-12-31, op2025 after 2027-12-31) the last text is still cited (N2).
 *
 * FINDINGS (attribution only — no money moves in any of them):
 * F1 (70 %) the 2018 chain's forwarding layers (yf2018, jf2018) date nothing, so layerFirstDay (src/core/layer.ts:459)
 *    returns null and governsOn (src/core/layer.ts:477) reads them as in force on every day: under jieyang-2018 a claim on a
 *    certificate of 2018-06-10 cites jf2018, signed 「2018年10月9日」, when only gf2018 「2018年5月3日」 was issued; one of
 *    2018-08-01 should cite yf2018 「2018年7月20日」. The case holds 0.00 either way (the 2018 texts set no amount). Mend: a
 *    layer that dates nothing governs from its scope document's issuedOn (src/catalogue/documents.ts, law/sources.json) —
 *    or take the later of the two for every layer.
 * F2 (55 %) measure_not_provided dates its citation by `basis?.date ?? on` (src/engine.ts:1021), and reliedOn gives no
 *    basis for a living allowance, 以工代训 or a training package (src/engine.ts:1043), so such a claim judged with `on` is
 *    cited by the judging day while the same batch's claim_conflict cites its basis date (competesOn: the certificate):
 *    under the frameworks a package claim on a certificate of 2021-03-01, in gbf2019's action 「（2019—2021年）」, judged on
 *    2023-05-15 cites plan2021 (read from 2022-01-01). In the sweep 21 such citations were in force before (op2025, a
 *    judging day before a 2025–26 basis) and are not now. Mend: pass the batch's basis date (BatchStep.basisDate) to
 *    evaluateWithFinding for the scope, else the claim's submittedOn rather than the judging day.
 * Notes (no it.fails): N1 a basis before 2019-05-18 under national / frameworks / Jiaxing cites gbf2019 (no text of the
 * policy was issued; the commit's fallback to layers[0]) — the old citations (op2025, jx2019) were no better. N2 the commit
 * handles first days only: a Jiaxing refusal for a certificate of 2023 still cites jx2019 (its action ended 2021-12-31;
 * reading jiaxing-plan-in-force holds no later layer), a 2022+ basis under `national` gbf2019 — unchanged from a8cf891.
 * Amounts: none of the cases below pays; the sweep's amounts (catalogues, 50.00 a day, 500.00 a month) are ILLUSTRATIVE.
 * MENDED (2026-12-07, the lead): F1 (a layer may name the day its text was issued, `issuedOn`; the forwarding layers yf2018
 *    and jf2018 name it from law/sources.json, and govern from it), F2 (a batch passes the claim's basis date to the scope
 *    of its own refusals where the claim relies on no record's date). N1 and N2 left: no earlier text in those policies;
 *    a text's last day is another question (reading jiaxing-plan-in-force).
 */
import { existsSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { decideBatch, evaluateBatch, jiaxingPolicy, nationalFrameworksPolicy, nationalPolicy, parseClaimsDocument } from "../src/index.js";
import { jieyang2018Policy } from "../src/jurisdictions/policies.js";
import { jieyangPackPolicy, regionalPolicy } from "./support/national.js";
import { cert, cityCert, cityCourse, cityTs, cityWorker, course, E1, JX, NF, ts, withIllustrativeLocal, worker } from "./support/ordinary.js";
import { POLICY_CASES, rawDocument, worldArb } from "./support/world.js";
import type { WorldOptions } from "./support/world.js";
import { rng as seeded } from "./support/rng.js";

type O = Record<string, unknown>;

const OLD = process.env["REVIEW104_OLD"] ?? "";
const haveOld = OLD !== "" && existsSync(OLD);

const NEW = { parseClaimsDocument, evaluateBatch, nationalFrameworksPolicy, nationalPolicy, jiaxingPolicy, jieyang2018Policy, jieyangPackPolicy, POLICY_CASES, withIllustrativeLocal, regionalPolicy };
/** What the sweep reads of either build: the same exports (the old build's bundle exports them too). */
type Lib = typeof NEW;

const JIEYANG = new Set([10, 11]);
function policies(L: Lib): Policy[] {
  return [
    ...L.POLICY_CASES.map((p) => p.policy), // 0–5: jiaxing ×3 (one with standards), national + catalogue (±standards), frameworks + catalogue
    L.nationalFrameworksPolicy(), // 6: no catalogue, no standards
    L.withIllustrativeLocal(L.nationalPolicy()), // 7: with the example catalogue and standards
    L.withIllustrativeLocal(L.nationalFrameworksPolicy()), // 8: with the example catalogue and standards
    L.jiaxingPolicy(), // 9
    L.jieyangPackPolicy(), // 10: jieyang-2018 with the example catalogue
    L.jieyang2018Policy(), // 11
  ];
}
const KINDS: WorldOptions[] = [
  {},
  { workers: true },
  { measures: ["workForTrainingSubsidy", "livingAllowance", "appraisalSubsidy", "trainingSubsidy"] },
  { crowded: true },
  { crowded: true, era: "op2025" },
];
const rng = (seed: number): (() => number) => seeded(seed).next;

/** Every date and month of the document moved by `years` (29 February to the 28th), so bases spread 2017–2028. */
function shifted(v: unknown, years: number): unknown {
  if (typeof v === "string") {
    const m = /^(\d{4})(-\d{2})(-\d{2})?$/.exec(v);
    if (m === null) return v;
    const y = Number(m[1]) + years;
    let day = m[3] ?? "";
    if (m[2] === "-02" && day === "-29" && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) day = "-28";
    return `${y}${m[2]}${day}`;
  }
  if (Array.isArray(v)) return v.map((x) => shifted(x, years));
  if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v as O).map(([k, x]) => [k, shifted(x, years)]));
  return v;
}
/** Missing records: an unknown trainee's claim and a prior grant set aside (its basis date unreadable). */
function withMissing(raw: O, r: () => number): void {
  const claims = raw["claims"] as O[];
  if (claims.length > 0 && r() < 0.3) claims.push({ ...(claims[0] as O), id: "MISSING-P9", traineeId: "P9" });
  const ledger = raw["ledger"] as O[];
  if (ledger.length > 0 && r() < 0.3) ledger.push({ ...(ledger[0] as O), id: "G-BAD", basisDate: "2020-13-45" });
}
/** Run 2: run 1's grants appended to the ledger; every claim refiled, some under a grant's id (a conflicting id). */
function chained(raw: O, grants: readonly O[], r: () => number): O {
  const claims = raw["claims"] as O[];
  const extra = grants.filter(() => r() < 0.2).flatMap((g) => {
    const other = claims[Math.floor(r() * claims.length)];
    return other === undefined ? [] : [{ ...other, id: g["id"] }];
  });
  return { ...raw, claims: [...claims.map((c) => ({ ...c })), ...extra], ledger: [...(raw["ledger"] as O[]), ...grants] };
}

interface Run {
  decisions: Decision[];
  grants: O[];
  basis?: string[];
}
function decide(L: Lib, policy: Policy, raw: O, on?: string): Run | string {
  const p = L.parseClaimsDocument(JSON.parse(JSON.stringify(raw)));
  if (!p.ok) return JSON.stringify(p.issues).slice(0, 300);
  try {
    const opts = on === undefined ? {} : { on: on as never };
    const b = L.evaluateBatch(policy, p.value.document, opts);
    // HEAD's side: the basis date each decision was judged for (decideBatch's steps, in the decisions' order)
    const basis = L === NEW ? [...decideBatch(policy, p.value.document, opts)].map((x) => x.basisDate) : undefined;
    return { decisions: b.decisions as Decision[], grants: b.grants as unknown as O[], ...(basis === undefined ? {} : { basis }) };
  } catch (e) {
    return `threw ${String(e).slice(0, 200)}`;
  }
}
/** Everything a decision decides, its reasons' citations and explanations aside. */
const substance = (d: Decision, grants: readonly O[]) =>
  JSON.stringify({
    outcome: d.outcome,
    amount: d.amount,
    payee: d.payee,
    lines: d.lines,
    reasons: d.reasons.map((x) => ({ code: x.code, facts: x.facts })),
    missing: d.missingFacts,
    grants: grants.filter((g) => g["claimId"] === d.claimId),
  });
const cite = (c: unknown) => {
  const x = c as { document?: string; provision?: string; clause?: string } | null | undefined;
  return x === null || x === undefined ? "none" : `${x.provision}`;
};
/** law/sources.json: issued; jx2019 to 2021-12-31, op2025 to 2027-12-31, gbf2019's action 2019—2021; plan2021 from 2022-01-01 (reading plan2021-start). */
const IN_FORCE: Record<string, [string, string]> = { gf2018: ["2018-05-03", "9999"], yf2018: ["2018-07-20", "9999"], jf2018: ["2018-10-09", "9999"], gbf2019: ["2019-05-18", "2021-12-31"], jx2019: ["2019-12-13", "2021-12-31"], plan2021: ["2022-01-01", "2025-12-31"], op2025: ["2025-06-20", "2027-12-31"] };
export const inForce = (doc: string, day: string): boolean => {
  const f = IN_FORCE[doc];
  return f !== undefined && day >= f[0] && day <= f[1];
};
export const CLAIM_A = new Set(["claim_conflict", "duplicate_claim", "missing_record", "measure_not_provided", "judged_before_basis", "nothing_to_pay", "basis_already_paid", "course_in_jurisdiction", "course_outside_jurisdiction", "course_region_unknown"]);

export interface CitationDiff {
  s: number;
  pi: number;
  claim: string;
  code: string;
  measure: string;
  basis: string;
  on: string;
  courseEnd: string;
  facts: string;
  old: string;
  new: string;
}
export function sweep(batches: number, OLDLIB: Lib) {
  const PO = policies(OLDLIB);
  const PN = policies(NEW);
  const counts: Record<string, number> = {};
  const outside: unknown[] = [];
  const citations: CitationDiff[] = [];
  let decisions = 0;
  let runs = 0;
  let worlds = 0;
  const bump = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
  for (let s = 1; s <= batches; s++) {
    const pi = s % PN.length;
    const kind = KINDS[Math.floor(s / PN.length) % KINDS.length] as WorldOptions;
    const r = rng(s * 7919 + 3);
    const world = fc.sample(worldArb(kind), { seed: s, numRuns: 1 })[0];
    let raw = rawDocument(world as never) as unknown as O;
    const years = [-2, -1, -1, 0, 0, 1, 2][Math.floor(r() * 7)] as number;
    raw = shifted(raw, years) as O;
    if (JIEYANG.has(pi)) raw = JSON.parse(JSON.stringify(raw).replaceAll("example.city", "guangdong.jieyang")) as O;
    withMissing(raw, r);
    worlds++;
    const on = r() < 0.2 ? `${2018 + Math.floor(r() * 10)}-0${1 + Math.floor(r() * 9)}-15` : undefined;
    const o1 = decide(OLDLIB, PO[pi] as Policy, raw, on);
    const n1 = decide(NEW, PN[pi] as Policy, raw, on);
    const pairs: [O, Run | string, Run | string][] = [[raw, o1, n1]];
    if (typeof o1 !== "string" && typeof n1 !== "string") {
      const raw2 = chained(raw, n1.grants, rng(s * 31 + 5));
      pairs.push([raw2, decide(OLDLIB, PO[pi] as Policy, raw2, on), decide(NEW, PN[pi] as Policy, raw2, on)]);
      const raw3 = chained(raw2, (pairs[1]![2] as Run).grants ?? [], rng(s * 37 + 1));
      if (typeof pairs[1]![2] !== "string") pairs.push([raw3, decide(OLDLIB, PO[pi] as Policy, raw3, on), decide(NEW, PN[pi] as Policy, raw3, on)]);
    }
    for (const [rw, o, n] of pairs) {
      runs++;
      if (typeof o === "string" || typeof n === "string") {
        if (o !== n) outside.push({ s, pi, parseOrThrow: [o, n] });
        else bump("parse refused alike");
        continue;
      }
      decisions += n.decisions.length;
      for (let i = 0; i < Math.max(o.decisions.length, n.decisions.length); i++) {
        const a = o.decisions[i];
        const b = n.decisions[i];
        if (a === undefined || b === undefined || a.claimId !== b.claimId) {
          outside.push({ s, pi, i, order: [a?.claimId, b?.claimId] });
          continue;
        }
        const sa = substance(a, o.grants);
        const sb = substance(b, n.grants);
        if (sa !== sb) {
          bump("SUBSTANCE");
          outside.push({ s, pi, years, on, claim: a.claimId, old: JSON.parse(sa), new: JSON.parse(sb) });
          continue;
        }
        // COLD: every engine-cited reason of (a) at HEAD, its text in force on the day it is about or not (sources.json)
        for (const x of b.reasons) {
          if (!CLAIM_A.has(x.code) || !(PN[pi] as Policy).layers.some((l) => JSON.stringify(l.scope) === JSON.stringify(x.citation))) continue; // the engine's scope citations only, not a rule's own
          const claim = (rw["claims"] as O[]).find((c) => c["id"] === b.claimId);
          const course = (rw["courses"] as O[] | undefined)?.find((c) => c["id"] === claim?.["courseId"]);
          const day = x.code.startsWith("course_") ? String(course?.["endDate"] ?? "") : x.code === "judged_before_basis" || x.code === "measure_not_provided" ? "" : (n.basis?.[i] ?? "");
          if (day === "") continue;
          const doc = (x.citation as { document?: string } | null)?.document ?? "none";
          const when = inForce(doc, day) ? "in force" : day < "2019-05-18" && !JIEYANG.has(pi) ? "not yet (before any text of the policy)" : day < (IN_FORCE[doc]?.[0] ?? "") ? "NOT YET ISSUED" : "after its action's end";
          bump(`HEAD ${x.code} cites ${doc}: ${when}`);
          if (when === "NOT YET ISSUED") bump(`HEAD NOT YET ISSUED under policy ${pi}: ${doc}`);
        }
        let differs = false;
        for (let k = 0; k < a.reasons.length; k++) {
          const ra = a.reasons[k]!;
          const rb = b.reasons[k]!;
          const ca = JSON.stringify(ra.citation);
          const cb = JSON.stringify(rb.citation);
          if (ca !== cb) {
            differs = true;
            const inA = CLAIM_A.has(ra.code);
            bump(`citation ${inA ? "" : "OUTSIDE (a) "}${ra.code}: ${cite(ra.citation)} → ${cite(rb.citation)}`);
            const claim = (rw["claims"] as O[]).find((c) => c["id"] === a.claimId);
            const course = (rw["courses"] as O[] | undefined)?.find((c) => c["id"] === claim?.["courseId"]);
            citations.push({ s, pi, claim: a.claimId, code: ra.code, measure: a.measure, basis: n.basis?.[i] ?? "", on: on ?? String(claim?.["submittedOn"]), courseEnd: String(course?.["endDate"] ?? ""), facts: JSON.stringify(ra.facts).slice(0, 160), old: cite(ra.citation), new: cite(rb.citation) });
            if (!inA) outside.push({ s, pi, claim: a.claimId, code: ra.code, old: ra.citation, new: rb.citation });
          } else if (JSON.stringify(ra) !== JSON.stringify(rb)) {
            differs = true;
            bump(`reason text only ${ra.code}`);
          }
        }
        if (!differs && JSON.stringify({ ...a, trace: null, provenance: null }) !== JSON.stringify({ ...b, trace: null, provenance: null })) bump("other field (not trace/provenance)");
        if (differs) bump("decisions with a citation difference");
      }
    }
  }
  return { worlds, runs, decisions, counts, outside, citations };
}

describe("cold review 104: the differential sweep, a8cf891 against HEAD 0594299", () => {
  it.skipIf(!haveOld)("generated worlds under every policy, 2017–2028, chained three runs: only citations of (a)'s codes move", async () => {
    const OLDLIB = (await import(/* @vite-ignore */ OLD)) as Lib;
    const r = sweep(Number(process.env["REVIEW104_BATCHES"] ?? 600), OLDLIB);
    console.log(`review104 sweep: ${r.worlds} worlds, ${r.runs} runs, ${r.decisions} decisions; ${JSON.stringify(r.counts, null, 1)}`);
    if (process.env["REVIEW104_DUMP"]) {
      const { writeFileSync } = await import("node:fs");
      writeFileSync(process.env["REVIEW104_DUMP"], JSON.stringify({ outside: r.outside.slice(0, 200), citations: r.citations }, null, 1));
    }
    expect(r.outside).toEqual([]);
    expect(r.counts["decisions with a citation difference"] ?? 0).toBeGreaterThan(0);
    // at HEAD no engine-scope citation names a text before its first day, save under the 2018 chain (F1) and its test pack
    expect(Object.keys(r.counts).filter((k) => k.startsWith("HEAD NOT YET ISSUED") && !/policy 1[01]:/.test(k))).toEqual([]);
  }, 600_000);
});

const run = (policy: Policy, doc: O, options: { on?: string } = {}) => {
  const p = parseClaimsDocument(doc);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return evaluateBatch(policy, p.value.document, options as never);
};
const cited = (r: ReturnType<typeof run>, id: string, code: string) =>
  r.decisions.filter((d) => d.claimId === id).flatMap((d) => d.reasons.filter((x) => x.code === code).map((x) => [d.outcome, d.amount, x.citation?.document]));
/** The same claim twice under one id, the second asking 10.00: the engine refuses the id (claim_conflict, no money either way). */
const twice = (claim: O): O[] => [claim, { ...claim, amountClaimed: "10.00" }];

describe("cold review 104: controls — the new citations, checked against the texts' days of issue", () => {
  it("Jiaxing: a conflicting claim id on a certificate of 2019-12-12 cites gbf2019 (in force since 2019-05-18), one of 2019-12-13 jx2019 (「本方案自印发之日起施行」) — 0.00 both days", () => {
    const doc = (issuedOn: string) => ({ trainees: [worker()], enterprises: [E1], courses: [course("K1", { startDate: "2019-11-20", endDate: "2019-11-29" })], certificates: [cert("C1", { issuedOn })], claims: twice(ts("A", "C1", { submittedOn: "2020-07-01" })) });
    expect(cited(run(JX, doc("2019-12-12")), "A", "claim_conflict")[0]).toEqual(["denied", "0.00", "gbf2019"]);
    expect(cited(run(JX, doc("2019-12-13")), "A", "claim_conflict")[0]).toEqual(["denied", "0.00", "jx2019"]);
  });

  it("national frameworks: a conflicting id cites gbf2019 for a certificate of 2020, plan2021 for one of 2023 (reading plan2021-start), op2025 from 2025-06-20 (signed that day), not op2025 throughout as before", () => {
    const doc = (issuedOn: string) => ({ trainees: [cityWorker()], courses: [cityCourse("K1", { startDate: "2019-07-01", endDate: "2019-07-20" })], certificates: [cityCert("C1", { issuedOn })], claims: twice({ ...cityTs("A", "C1"), submittedOn: "2025-07-01" }) });
    const docs = ["2020-08-01", "2021-12-31", "2022-01-01", "2025-06-19", "2025-06-20"].map((d) => cited(run(NF, doc(d)), "A", "claim_conflict")[0]?.[2]);
    expect(docs).toEqual(["gbf2019", "gbf2019", "plan2021", "plan2021", "op2025"]);
  });

  it("Jiaxing: a course outside the city ending 2019-12-12 is placed by gbf2019's clause, one ending 2019-12-13 by jx2019's; the claim is refused alike (0.00)", () => {
    const doc = (endDate: string) => ({ trainees: [worker()], enterprises: [E1], courses: [course("K1", { region: "anhui.hefei", startDate: "2019-12-01", endDate, attendedDays: 10 })], certificates: [cert("C1", { issuedOn: "2020-01-10" })], claims: [ts("A", "C1", { courseId: "K1", submittedOn: "2020-02-01" })] });
    expect(cited(run(JX, doc("2019-12-12")), "A", "course_outside_jurisdiction")).toEqual([["denied", "0.00", "gbf2019"]]);
    expect(cited(run(JX, doc("2019-12-13")), "A", "course_outside_jurisdiction")).toEqual([["denied", "0.00", "jx2019"]]);
  });
});

describe("cold review 104: findings (attribution only, no money)", () => {
  // F1: the 2018 chain's forwarding notices date nothing, so layerFirstDay reads them as in force on every day
  it("F1: under the 2018 chain, a claim on a certificate of 2018-06-10 cites gf2018 (issued 2018-05-03), not jf2018 (issued 2018-10-09); one of 2018-08-01 cites yf2018 (issued 2018-07-20)", () => {
    const doc = (issuedOn: string) => ({ trainees: [worker({ hukouRegion: "guangdong.jieyang.rongcheng", employerId: undefined, unemploymentInsuranceMonths: undefined, statuses: ["unemployed"] })], courses: [course("K1", { region: "guangdong.jieyang.rongcheng", startDate: "2018-05-20", endDate: "2018-05-30", organizerId: undefined })], certificates: [cert("C1", { issuedOn })], claims: [ts("A", "C1", { submittedOn: "2018-12-01" })] });
    // jf2018 is signed 「2018年10月9日」, yf2018 「2018年7月20日」, gf2018 「2018年5月3日」: on 2018-06-10 only gf2018 was issued
    // (held either way: the 2018 texts set no amount — measure_not_provided, no money)
    expect(cited(run(jieyang2018Policy(), doc("2018-06-10")), "A", "measure_not_provided")).toEqual([["undecidable", null, "gf2018"]]);
    expect(cited(run(jieyang2018Policy(), doc("2018-08-01")), "A", "measure_not_provided")).toEqual([["undecidable", null, "yf2018"]]);
  });

  // F2: measure_not_provided dates a claim without a relied-on record by the judging day, the batch's refusals by its basis
  it("F2: under the national frameworks, a training-package claim on a certificate of 2021-03-01 judged on 2023-05-15 cites for its measure the text it is about (gbf2019), as the same batch's claim_conflict does — not plan2021", () => {
    const pk = (id: string, o: O = {}): O => ({ id, measure: "trainingPackageGrant", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, certificateId: "C1", submittedOn: "2021-03-05", ...o });
    const doc = { trainees: [cityWorker()], courses: [cityCourse("K1", { startDate: "2021-02-01", endDate: "2021-02-20" })], certificates: [cityCert("C1", { issuedOn: "2021-03-01" })], claims: [...twice(pk("PK")), pk("PL")] };
    const r = run(NF, doc, { on: "2023-05-15" });
    // the basis, a certificate of 2021-03-01, lies in gbf2019's action 「（2019—2021年）」; plan2021 governs from 2022-01-01 (reading plan2021-start)
    expect(cited(r, "PK", "claim_conflict")[0]?.[2]).toBe("gbf2019"); // holds
    expect(cited(r, "PL", "measure_not_provided")).toEqual([["undecidable", null, "gbf2019"]]); // is plan2021
  });
});
