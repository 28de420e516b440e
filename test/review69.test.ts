/**
 * Cold review 69 of 84696b0 (annual cap: held claims take as many places as the most of them that could all be paid
 * together — a maximum matching, `placesAmong` in src/provisions/trainingSubsidy/annualCap.ts, each held claim an edge
 * between its occupation at its level (under the no-repeat rule; else its certificate, else itself) and its course (else
 * itself); and a held claim whose course record is missing keys the course its certificate's record names, src/engine.ts
 * decideBatch `held.courseKey`). Branch review69 at 84696b0.
 *
 * Read first, cold: law/sources/gbf2019.txt §(十二) (「原则上每人每年可享受不超过3次，但同一职业同一等级不可重复享受」),
 * jx2019.txt 五(十一) (「职业培训补贴原则上每人每年可享受不超过 3 次，但同一职业（项目）同一等级不可重复享受」); the readings
 * claim-order-by-issue-date and course-trained-once; `git show 84696b0`; annualCap.ts (annualCapCheck, heldInYear,
 * placesAmong, placesHeld, neverPaid), noRepeat.ts, trainingSubsidy.ts (courseKey, the cap and no-repeat inputs),
 * src/engine.ts (judgedOrder's basis date and course, decideBatch's held claims), src/records/document.ts (trainedOn,
 * courseOfCertificate); test/review68.test.ts, test/review67.test.ts, test/support/ordinary.ts; docs/parameters.md (the cap
 * counts `["trainingSubsidy"]` only, the no-repeat rule and the cap both from 2019-05-18, nothing in Jiaxing replaces them).
 *
 * Tried (controls below, all hold):
 * - `placesAmong` against brute force over subsets (3,000 random lists of 1–8 claims on 4×4 bases): equal every time.
 * - 4,000 generated Jiaxing worlds, each checked against a hand-written brute force: 0–2 kept grants of 2020; in a quarter a
 *   2019 grant paying an EX-ELEC course and level; 2–6 claims by E1 for an employee with no employer on record (held), on
 *   EX-ELEC 初级工/中级工/高级工 or EX-WELD 初级工/中级工 certificates of shared courses, one in ten twice on one certificate, in a
 *   fifth a course record missing (the commit's F2 key); then the trainee's own later claim J on EX-FORK 初级工 or (35 %) an
 *   EX-ELEC level and course of the held ones. The library holds J exactly when grants + the most held claims payable
 *   together (no two sharing a course, a certificate or an occupation at a level; none on a paid course or level; none on
 *   J's course) reach 3, or a held payable claim shares J's level (the no-repeat rule) — 0 differences (J paid in 1,209
 *   worlds, held in 2,791). Refiled with the held claims answered and run 1's grants as the ledger: no year pays more than
 *   three, and wherever J was paid (and shares no course with a held claim: the reading's F4 choice) run 1 + the refiling
 *   pay exactly what the answered batch pays. (J on a course the ledger paid is held, not refused, when a held claim
 *   takes its level — the known "asks before already paid"; no money.)
 * - 150 of those worlds as one document: the library, the command line in memory, in parts, on two threads and
 *   `--order trainee` decide alike and as each trainee alone; `--grants-out` (JSON, CSV) chained as `--ledger` with the held
 *   claims answered decides as the library's chained run, whole and in parts.
 * - Not reachable in Jiaxing: held claims of another measure in the cap (the cap counts the training subsidy only); a mid-year
 *   start of the no-repeat rule (both rules start 2019-05-18, and the Jiaxing catalogue only in 2020) — in a policy where the
 *   no-repeat rule began mid-year, two held claims of one level issued before it would be one place though both payable.
 *
 * Found (each an `it.fails` asserting what I hold right, run first as `it` and seen failing at that assertion):
 *
 * F1. (900.00 DELAYED, no money lost; confidence 45 %; not new in 84696b0, its sibling) A training subsidy naming course K1
 *     but held for a missing certificate (the claim names no certificate: missing_record claim.certificateId) gets no course
 *     key — decideBatch sets `held.courseKey` only inside `if (certificate !== undefined)` — so though the ledger shows K1
 *     paid (answered with its certificate, naming K1 or naming none, it is refused basis_already_paid) it takes one of 2020's
 *     three places and the EX-FORK 初级工 claim D waits (G0 1000.00 + C 1200.00 + B = 3). F1b: beside E1's held claim on a
 *     certificate of the same K1 it is a second place (the two are paid once between them), so D waits again. placesHeld
 *     already reads such a claim (`h.certificateKey === undefined` → `h.courseKey === undefined || …paidOn(h.courseKey)`),
 *     a branch the engine never reaches. Likely fix: decideBatch keys a held training subsidy with no certificate by the
 *     course it is judged with (`course`, the claim's own: judgedOrder reads `claim.courseId` first). Against: its
 *     certificate may turn out to name another course (then it is held course_not_certificate_course, not paid for K1).
 * F2. (1500.00 WRONGLY REFUSED, 900.00 paid ahead of it; confidence 40 %; before 84696b0 too) A claim held for its missing
 *     certificate is placed by its course's end (2019-12-20) — reading claim-order-by-issue-date: "the certificate's issue
 *     date, else the course's end, else the filing date" — so it is counted in 2019. With two grants of 2020 D (EX-FORK
 *     初级工, 2020-06-23) is paid 900.00 as 2020's third; refiled with its certificate (EX-ELEC 中级工 issued 2020-01-10, before
 *     D's), B is refused annual_cap_reached. The answered batch pays B 1500.00 and refuses D. F2b: a claim naming neither
 *     certificate nor course is placed by its filing date, AFTER D's certificate, so D does not even see it: refiled
 *     (EX-ELEC 初级工 issued 2020-06-20) B is refused at the cap, 1000.00, where the answered batch pays B and refuses D.
 *     Never a fourth of a year, but the earlier-issued certificate is the one refused (the reading's "the latest-issued is
 *     the one refused"). Likely fix: a held claim whose issue date is not known (no certificate record) keeps a place in
 *     every year its certificate may fall in — from its course's start (or, with no course, any date) up to its filing date
 *     (a claim is filed on or after the certificate it relies on: parse's submitted_before_basis) — and ahead of every later
 *     claim issued before its filing date; i.e. a later claim of those years that needs the place waits.
 *
 * Not found: a fourth training subsidy of a year; a held claim the matching undercounts or overcounts (among claims with
 * certificates); any difference between the library and the command line, split, threaded or chained.
 *
 * Figures: the ILLUSTRATIVE Jiaxing catalogue (fixtures/jiaxing/catalogue-2020.json): EX-ELEC 初级工 1000.00, 中级工 1500.00,
 * 高级工 2000.00; EX-WELD 初级工 1200.00, 中级工 1800.00; EX-FORK 初级工 900.00; EX-SEW 初级工 800.00; EX-CARE 初级工 900.00.
 * Not official figures.
 */
import { describe, expect, it } from "vitest";
import type { Decision } from "../src/index.js";
import { evaluateBatch } from "../src/index.js";
import { placesAmong } from "../src/provisions/trainingSubsidy/annualCap.js";
import { parsed } from "./support/world.js";
import { E1, FORK, JX, WELD, byE1, cert, course, decideById, kept, ts, unrecorded, worker } from "./support/ordinary.js";
import { rng } from "./support/rng.js";
import { cli, evaluateSpilled, evaluateThreaded, summaryOf, toNdjson } from "./cli-helpers.js";

type O = Record<string, unknown>;
const ELEC = { code: "EX-ELEC", name: "电工（示意）" };
const SEW = { code: "EX-SEW", name: "缝纫工（示意）" };
const CARE = { code: "EX-CARE", name: "护理（示意）" };
const brief = (d: Decision | undefined) => `${d?.outcome}:${d?.amount}:${(d?.reasons ?? []).filter((r) => !["first_for_occupation_level", "within_annual_cap"].includes(r.code) && d?.outcome !== "granted").map((r) => r.code).join("+")}`;
const all = (r: Record<string, Decision>) => Object.fromEntries(Object.entries(r).map(([k, d]) => [k, brief(d)]));
/** A grant of 2020 kept by another system (no keys). */
const paid2020 = (id: string, occupation: { code: string }, amount: string, o: O = {}): O => kept({ id, claimId: `OLD-${id}`, measure: "trainingSubsidy", provision: "jx2019.catalogue", amount, occupationCode: occupation.code, level: "junior", basisDate: "2020-03-01", ...o });


interface World { ledger: O[]; courses: O[]; missingCourses: string[]; certs: O[]; held: { id: string; cert: string; occ: string; level: string; course: string }[]; L: number; paidCourses: Set<string>; paidLevels: Set<string>; j: { occ: string; level: string; course: string } }

function world(seed: number): World {
  const rnd = rng(seed).next;
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)] as T;
  const courses: O[] = [course("K1"), course("K2"), course("K3"), course("K5", { occupation: WELD }), course("K6", { occupation: WELD }), course("K4", { occupation: FORK, startDate: "2020-07-01", endDate: "2020-07-10" })];
  const courseOcc: Record<string, string[]> = { "EX-ELEC": ["K1", "K2", "K3"], "EX-WELD": ["K5", "K6"] };
  const ledger: O[] = [];
  const nL = Math.floor(rnd() * 3);
  const lOcc = [SEW, CARE];
  for (let g = 0; g < nL; g++) ledger.push(kept({ id: `G${g}`, claimId: `OLD-${g}`, measure: "trainingSubsidy", provision: "jx2019.catalogue", amount: "800.00", occupationCode: lOcc[g]!.code, level: "junior", basisDate: "2020-03-0" + (g + 1) }));
  const paidCourses = new Set<string>();
  const paidLevels = new Set<string>();
  if (rnd() < 0.25) {
    // a grant (of 2019: not counted in 2020) that paid a course and a level
    const k = pick(["K1", "K2", "K3"]);
    const lv = pick(["junior", "intermediate", "senior"]);
    ledger.push(kept({ id: "GX", claimId: "OLD-X", measure: "trainingSubsidy", provision: "jx2019.catalogue", amount: "1000.00", occupationCode: "EX-ELEC", level: lv, courseId: k, basisDate: "2019-12-01" }));
    paidCourses.add(k);
    paidLevels.add(`EX-ELEC@${lv}`);
  }
  const missingCourses = rnd() < 0.2 ? [pick(["K1", "K2", "K3", "K5"])] : [];
  const nH = 2 + Math.floor(rnd() * 5);
  const certs: O[] = [];
  const held: World["held"] = [];
  for (let h = 0; h < nH; h++) {
    let c: { id: string; occ: string; level: string; course: string };
    if (held.length > 0 && rnd() < 0.1) {
      const prev = pick(held);
      c = { id: prev.cert, occ: prev.occ, level: prev.level, course: prev.course };
    } else {
      const occ = rnd() < 0.75 ? "EX-ELEC" : "EX-WELD";
      const level = occ === "EX-ELEC" ? pick(["junior", "intermediate", "senior"]) : pick(["junior", "intermediate"]);
      const k = pick(courseOcc[occ]!);
      c = { id: `C${h}`, occ, level, course: k };
      certs.push(cert(c.id, { occupation: occ === "EX-ELEC" ? ELEC : WELD, level, courseId: k, issuedOn: `2020-06-${String(11 + h).padStart(2, "0")}` }));
    }
    held.push({ id: `H${h}`, cert: c.id, occ: c.occ, level: c.level, course: c.course });
  }
  let j = { occ: "EX-FORK", level: "junior", course: "K4" };
  if (rnd() < 0.35) j = { occ: "EX-ELEC", level: pick(["junior", "intermediate", "senior"]), course: pick(["K1", "K2", "K3"]) };
  certs.push(cert("CJ", { occupation: j.occ === "EX-FORK" ? FORK : ELEC, level: j.level, courseId: j.course, issuedOn: "2020-07-15" }));
  return { ledger, courses, missingCourses: missingCourses.filter((k) => k !== j.course), certs, held, L: nL, paidCourses, paidLevels, j };
}

/** the most held claims payable together: brute force over subsets */
function most(w: World): number {
  const ok = w.held.filter((h) => !w.paidCourses.has(h.course) && !w.paidLevels.has(`${h.occ}@${h.level}`) && h.course !== w.j.course);
  let best = 0;
  for (let m = 0; m < 1 << ok.length; m++) {
    const s = ok.filter((_, i) => m & (1 << i));
    const keys = new Set<string>();
    let good = true;
    for (const h of s) for (const k of [`c ${h.cert}`, `k ${h.course}`, `l ${h.occ}@${h.level}`]) {
      if (keys.has(k)) good = false;
      keys.add(k);
    }
    if (good) best = Math.max(best, s.length);
  }
  return best;
}

const docOf = (w: World, trainee: O, claims: O[], ledger: readonly unknown[], withAllCourses = false): O => ({ trainees: [trainee], enterprises: [E1], courses: withAllCourses ? w.courses : w.courses.filter((c) => !w.missingCourses.includes(c["id"] as string)), certificates: w.certs, claims, ledger });

describe("cold review 69: controls (passing)", () => {
  it("placesAmong equals the largest set of claims pairwise sharing neither side (brute force over subsets, 3000 random lists of 1–8 claims)", () => {
    const rnd = rng(69).next;
    for (let t = 0; t < 3000; t++) {
      const n = 1 + Math.floor(rnd() * 8);
      const claims = Array.from({ length: n }, () => [`L${Math.floor(rnd() * 4)}`, `R${Math.floor(rnd() * 4)}`] as const);
      let best = 0;
      for (let m = 0; m < 1 << n; m++) {
        const s = claims.filter((_, i) => m & (1 << i));
        if (new Set(s.map((c) => c[0])).size === s.length && new Set(s.map((c) => c[1])).size === s.length) best = Math.max(best, s.length);
      }
      expect(placesAmong(claims), JSON.stringify(claims)).toBe(best);
    }
  });

  it("generated worlds (4000 seeds: 0–2 grants of 2020, a 2019 grant paying a course and a level or none, 2–6 claims held by E1 on random EX-ELEC/EX-WELD levels and courses, some twice on one certificate, a course record missing or not, then one later claim J on EX-FORK or on an EX-ELEC level and course): J is held exactly when grants + the most held claims payable together (brute force) reach 3; refiled with run 1's grants no year pays more than three, and where J was paid run 1 + refiling pays what the answered batch pays", () => {
    const bad: string[] = [];
    let n = 0, heldJ = 0, paidJ = 0;
    for (let seed = 1; seed <= 4000; seed++) {
      const w = world(seed);
      const claims = [...w.held.map((h) => ts(h.id, h.cert, { ...byE1, submittedOn: "2020-08-01" })), ts("J", "CJ", { submittedOn: "2020-08-01" })];
      const run1 = evaluateBatch(JX, parsed(docOf(w, unrecorded, claims, w.ledger)));
      const d = Object.fromEntries(run1.decisions.map((x) => [x.claimId, x]));
      const never = (h: World["held"][number]) => w.paidCourses.has(h.course) || w.paidLevels.has(`${h.occ}@${h.level}`);
      if (w.held.some((h) => d[h.id]?.outcome !== "undecidable" && !(d[h.id]?.outcome === "denied" && never(h)))) { bad.push(`seed ${seed}: a held claim not held ${w.held.map((h) => brief(d[h.id])).join(" ")}`); continue; }
      const M = most(w);
      const jNever = w.paidCourses.has(w.j.course) || w.paidLevels.has(`${w.j.occ}@${w.j.level}`);
      const sameLevel = w.held.some((h) => !never(h) && h.course !== w.j.course && `${h.occ}@${h.level}` === `${w.j.occ}@${w.j.level}`);
      const want = jNever ? "denied" : sameLevel || w.L + M >= 3 ? "undecidable" : "granted";
      n++;
      if (d["J"]?.outcome === "undecidable") heldJ++; else paidJ++;
      if (d["J"]?.outcome !== want && !(jNever && d["J"]?.outcome === "undecidable")) bad.push(`seed ${seed}: L=${w.L} M=${M} J ${brief(d["J"])} want ${want} j=${JSON.stringify(w.j)} held=${JSON.stringify(w.held)} paid=${[...w.paidCourses, ...w.paidLevels]} missing=${w.missingCourses}`);
      // refile
      const run2 = evaluateBatch(JX, parsed(docOf(w, worker(), w.held.map((h) => ts(h.id, h.cert, { ...byE1, submittedOn: "2020-08-01" })), [...w.ledger, ...run1.grants], true)));
      const year = [...w.ledger.filter((g) => String(g["basisDate"]).startsWith("2020")), ...run1.grants, ...run2.grants].length;
      if (year > 3) bad.push(`seed ${seed}: ${year} subsidies in 2020`);
      // answered in one batch vs run1+run2
      const one = evaluateBatch(JX, parsed(docOf(w, worker(), claims, w.ledger, true)));
      const paidOne = one.grants.map((g) => `${g.claimId}:${g.amount}`).sort().join(" ");
      const paidTwo = [...run1.grants, ...run2.grants].map((g) => `${g.claimId}:${g.amount}`).sort().join(" ");
      if (d["J"]?.outcome === "granted" && !w.held.some((h) => h.course === w.j.course) && paidOne !== paidTwo) bad.push(`seed ${seed}: one batch ${paidOne} | split ${paidTwo}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
    expect(n).toBe(4000);
    // both answers occur often
    expect(heldJ).toBeGreaterThan(1000);
    expect(paidJ).toBeGreaterThan(1000);
  }, 120_000);
});

describe("cold review 69: the command line (passing)", () => {
  it("150 of the generated worlds in one document (one trainee each): the library, the command line in memory, in parts, on two threads and --order trainee decide alike, each trainee as alone; run 1's --grants-out (JSON, CSV) chained as --ledger with the held claims answered decides as the library's chained run", async () => {
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const relabel = (doc: O, n: number): Record<string, O[]> =>
      JSON.parse(JSON.stringify(doc).replace(/"P1"/g, `"P${n}"`).replace(/"(K\d|C\d|CJ|H\d|J|G\d|GX|OLD-\d|OLD-X)"/g, `"$1-${n}"`).replace(/\|P1\|/g, `|P${n}|`)) as Record<string, O[]>;
    const merge = (docs: Record<string, O[]>[]): Record<string, O[]> => {
      const out: Record<string, O[]> = { trainees: [], enterprises: [E1], courses: [], certificates: [], claims: [], ledger: [] };
      for (const d of docs) for (const k of ["trainees", "courses", "certificates", "claims", "ledger"]) out[k]!.push(...(d[k] ?? []));
      return out;
    };
    const line = (d: Decision) => `${d.outcome}:${d.amount}:${d.reasons.map((r) => r.code).join("+")}`;
    const firsts: Record<string, O[]>[] = [];
    const refiles: Record<string, O[]>[] = [];
    const alone: Record<string, string> = {};
    for (let seed = 1; seed <= 150; seed++) {
      const w = world(seed);
      const claims = [...w.held.map((h) => ts(h.id, h.cert, { ...byE1, submittedOn: "2020-08-01" })), ts("J", "CJ", { submittedOn: "2020-08-01" })];
      const first = relabel(docOf(w, unrecorded, claims, w.ledger), seed);
      firsts.push(first);
      for (const d of evaluateBatch(JX, parsed(first)).decisions) alone[d.claimId] = line(d);
      refiles.push(relabel(docOf(w, worker(), w.held.map((h) => ts(h.id, h.cert, { ...byE1, submittedOn: "2020-08-01" })), [], true), seed));
    }
    const first = merge(firsts);
    const lib = evaluateBatch(JX, parsed(first));
    const libSummary = Object.fromEntries(lib.decisions.map((d) => [d.claimId, line(d)]));
    expect(libSummary).toEqual(alone);
    const args = ["-", "--input", "ndjson", "--catalogue", "fixtures/jiaxing/catalogue-2020.json", "--format", "json", "--no-trace", "--quiet"];
    const nd = toNdjson(first);
    const memory = await cli(["evaluate", ...args], nd);
    expect(summaryOf(memory.out)).toEqual(libSummary);
    expect((await evaluateSpilled(args, nd, 3)).out).toBe(memory.out);
    const threaded = await evaluateThreaded(args, nd, 3, 2);
    expect(threaded.out).toBe(memory.out);
    expect(summaryOf((await cli(["evaluate", ...args, "--order", "trainee"], nd)).out)).toEqual(summaryOf(memory.out));
    // chained: the held claims answered (employer on record) and refiled with run 1's grants
    const refile = merge(refiles);
    refile["ledger"] = [...first["ledger"]!];
    const run2 = evaluateBatch(JX, parsed({ ...refile, ledger: [...refile["ledger"]!, ...lib.grants] }));
    const want = Object.fromEntries(run2.decisions.map((d) => [d.claimId, line(d)]));
    const dir = mkdtempSync(join(tmpdir(), "review69-"));
    for (const format of ["json", "csv"]) {
      const g = join(dir, `g.${format}`);
      await cli(["evaluate", ...args, "--grants-out", g], nd);
      const whole = await cli(["evaluate", ...args, "--ledger", g], toNdjson(refile));
      expect(summaryOf(whole.out), format).toEqual(want);
      expect((await evaluateSpilled([...args, "--ledger", g], toNdjson(refile), 3)).out, `${format} parts`).toBe(whole.out);
    }
  }, 120_000);
});

describe("cold review 69: findings (it.fails: each asserts what is right)", () => {
  const courses = [course("K1"), course("K2", { occupation: WELD }), course("K3", { occupation: FORK })];
  const certs = [cert("C2", { occupation: WELD, courseId: "K2", issuedOn: "2020-06-22" }), cert("C3", { occupation: FORK, courseId: "K3", issuedOn: "2020-06-23" })];
  /** A training subsidy naming course K1 and no certificate: held (missing_record claim.certificateId). */
  const noCert = (id: string, o: O = {}): O => ({ ...ts(id, "X", o), certificateId: undefined, courseId: "K1" });

  it("control for F1: answered with its certificate (EX-ELEC 中级工 on K1, or naming no course), B is refused basis_already_paid (K1 paid by G0) and D is the year's third, 900.00", () => {
    const g0 = paid2020("G0", ELEC, "1000.00", { certificateId: "C0", courseId: "K1", basisDate: "2020-05-20" });
    for (const c1b of [cert("C1b", { level: "intermediate", issuedOn: "2020-06-21" }), cert("C1b", { level: "intermediate", issuedOn: "2020-06-21", courseId: undefined })]) {
      const r = decideById(JX, { trainees: [worker()], enterprises: [E1], courses, certificates: [...certs, c1b], claims: [ts("B", "C1b", { courseId: "K1" }), ts("C", "C2"), ts("D", "C3")], ledger: [g0] });
      // G0 EX-ELEC 初级工 1000.00 (2020) + C EX-WELD 初级工 1200.00 + D EX-FORK 初级工 900.00 = three
      expect(all(r)).toEqual({ B: "denied:0.00:basis_already_paid", C: "granted:1200.00:", D: "granted:900.00:" });
    }
  });

  it.fails("F1 (900.00 DELAYED) a training subsidy held for its missing certificate but naming course K1, which the ledger shows paid, can never be paid (with its certificate it is refused basis_already_paid) — yet it takes one of 2020's three places and the EX-FORK 初级工 claim waits", () => {
    const g0 = paid2020("G0", ELEC, "1000.00", { certificateId: "C0", courseId: "K1", basisDate: "2020-05-20" });
    const r = decideById(JX, { trainees: [worker()], enterprises: [E1], courses, certificates: certs, claims: [noCert("B"), ts("C", "C2"), ts("D", "C3")], ledger: [g0] });
    expect(all(r)).toMatchObject({ B: "undecidable:null:missing_record", C: "granted:1200.00:" }); // C: EX-WELD 初级工 row
    expect(brief(r["D"])).toBe("granted:900.00:"); // today: undecidable earlier_claim_undecided (G0 + C + B's place = 3)
  });

  it.fails("F1b (900.00 DELAYED) the same claim B held beside E1's held claim H on a certificate of the same course K1: the two may be paid once between them (reading course-trained-once), one place — C 1200.00 + one = 2 of 3, so D is paid 900.00", () => {
    const r = decideById(JX, { trainees: [unrecorded], enterprises: [E1], courses, certificates: [cert("C1"), ...certs], claims: [ts("H", "C1", byE1), noCert("B", byE1), ts("C", "C2"), ts("D", "C3")] });
    expect(all(r)).toMatchObject({ H: "undecidable:null:missing_record", B: "undecidable:null:missing_record", C: "granted:1200.00:" }); // C: EX-WELD 初级工 row
    expect(brief(r["D"])).toBe("granted:900.00:"); // today: undecidable earlier_claim_undecided (H and B counted as two places)
  });

  const ledger = [paid2020("G1", SEW, "800.00"), paid2020("G2", CARE, "900.00", { basisDate: "2020-03-02" })];
  const c1 = cert("C1", { level: "intermediate", courseId: "K1", issuedOn: "2020-01-10" });
  const lateCourses = [course("K1", { startDate: "2019-12-01", endDate: "2019-12-20" }), course("K3", { occupation: FORK })];

  it("control for F2: answered in one batch, B's EX-ELEC 中级工 (issued 2020-01-10) is 2020's third, 1500.00, and D (EX-FORK 初级工, 2020-06-23) is refused annual_cap_reached", () => {
    const answered = decideById(JX, { trainees: [worker()], enterprises: [E1], courses: lateCourses, certificates: [certs[1]!, c1], claims: [ts("B", "C1"), ts("D", "C3")], ledger });
    // G1 800.00 and G2 900.00 paid in 2020; B, EX-ELEC 中级工 row 1500.00, the third; D the fourth: 0.00
    expect(all(answered)).toEqual({ B: "granted:1500.00:", D: "denied:0.00:annual_cap_reached" });
  });

  it.fails("F2 (1500.00 WRONGLY REFUSED, 900.00 paid ahead of it; before 84696b0 too) a claim held for its missing certificate is placed by its course's end (2019-12-20) and counted in 2019: D is paid 900.00 as 2020's third, and refiled with its certificate (issued 2020-01-10, before D's) B is refused at the cap", () => {
    const run1 = evaluateBatch(JX, parsed({ trainees: [worker()], enterprises: [E1], courses: lateCourses, certificates: [certs[1]!], claims: [noCert("B", { submittedOn: "2020-07-01" }), ts("D", "C3")], ledger }));
    const refiled = decideById(JX, { trainees: [worker()], enterprises: [E1], courses: lateCourses, certificates: [certs[1]!, c1], claims: [ts("B", "C1")], ledger: [...ledger, ...run1.grants] });
    expect(brief(refiled["B"])).toBe("granted:1500.00:"); // today: denied annual_cap_reached (G1, G2 and D fill 2020)
  });

  it.fails("F2b (1000.00 WRONGLY REFUSED; before 84696b0 too) a training subsidy naming neither certificate nor course is placed by its filing date (2020-07-01), AFTER D (2020-06-23): D is paid 900.00 as 2020's third, and refiled with its certificate (EX-ELEC 初级工 issued 2020-06-20, before D's) B is refused at the cap", () => {
    const run1 = evaluateBatch(JX, parsed({ trainees: [worker()], enterprises: [E1], courses: [course("K1"), course("K3", { occupation: FORK })], certificates: [certs[1]!], claims: [{ ...ts("B", "X", { submittedOn: "2020-07-01" }), certificateId: undefined }, ts("D", "C3")], ledger }));
    // D: EX-FORK 初级工 row 900.00, 2020's third after G1 and G2; B asks for its certificate
    expect(run1.decisions.map((d) => `${d.claimId} ${brief(d)}`)).toEqual(["D granted:900.00:", "B undecidable:null:missing_record"]);
    const refiled = decideById(JX, { trainees: [worker()], enterprises: [E1], courses: [course("K1"), course("K3", { occupation: FORK })], certificates: [certs[1]!, cert("C1")], claims: [ts("B", "C1")], ledger: [...ledger, ...run1.grants] });
    expect(brief(refiled["B"])).toBe("granted:1000.00:"); // today: denied annual_cap_reached; the answered batch pays B 1000.00 and refuses D
  });
});
