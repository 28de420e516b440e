/**
 * Review 18a (2026-12-05, 05:34–06:25 UTC), cold, of 76ee71a, f1739b3, ee11c72 — "a claim held undecidable keeps its
 * place" under gbf2019 §(十二) / jx2019 「原则上每人每年可享受不超过3次，但同一职业同一等级不可重复享受」: src/engine.ts
 * decideBatch hands each claim its trainee's held claims (ClaimInput.heldClaims); annualCap.ts holds a later claim
 * (earlier_claim_undecided) when grants + held claims reach the cap, noRepeat.ts when a held claim is on the same
 * occupation@level; a held claim on the judged claim's own certificate or on a paid one takes no place (placesHeld); two
 * held on one certificate take one place. Reading law/readings/claim-order-by-issue-date.yaml.
 *
 * Findings as `it.fails` records (each asserts what is right and fails on the code as it stands; when one is fixed its
 * record starts failing: turn it into `it(...)`). Controls I hold right are `it(...)`.
 *
 * Tried and found sound (controls): the ordinary Nanhu worker with 1, 2, 3 and 4 claims of 2020 and none held (1000,
 * +1200, +900, the 4th refused annual_cap_reached: unchanged); a held claim on another occupation at the same level does
 * not hold a no-repeat claim; the message of earlier_claim_undecided in zh and en (names the held claim, true) and its
 * citation (jx2019.annual-cap); evaluateBatch, order "trainee", decideBatch's steps and the built command line
 * (with --threads 2) agree; refiled both ways, the held claim meets the grants before it.
 * (POST /evaluate too, and a spilled run in three parts on two threads with two trainees); refiled through --ledger with
 * the first run's grants as with the ledger in the document; an appraisal-subsidy claim on the held claim's certificate is paid (120.00) and the cap does not count it.
 * Found: held claims are counted as places one by one, but claims that can at most be paid once between them (two
 * certificates of one occupation at one level — 「同一职业同一等级不可重复享受」 — or a claim held only for another held
 * claim's place) take one place at most: a later claim is held that is paid whatever the held ones' answers (F1), and one
 * is held that is refused whatever they answer (F2); a held training-subsidy claim whose certificate the skill-upgrade
 * subsidy was paid on later in the batch can never be paid, yet takes a place (F3); a claim_conflict is not kept as a
 * place (F4, low confidence). Not tried for lack of time: slices (--slice-bytes), a chain across two years.
 * Full suite at 05:41–05:44 UTC: 3,291 passed, 38 expected fail (4 here), 1 skipped; one failure, test/server.test.ts's
 * schemas/openapi.json (gitignored, written by scripts/write-schemas.mjs, not by tsup), passes once written.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { Decision, Grant } from "../src/index.js";
import { decideBatch, evaluateBatch, parseSubsidyCatalogue } from "../src/index.js";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHandler } from "../src/server/index.js";
import { evaluate } from "../src/cli/commands/evaluate.js";
import type { Io } from "../src/cli/main.js";
import { toNdjson } from "./cli-helpers.js";
import { parsed } from "./support/world.js";
import { JX, E1, worker, course, cert, ts, NF, cityWorker, cityCourse, cityCert, skillUpgrade, cityTs } from "./support/ordinary.js";

type O = Record<string, unknown>;
/** `outcome:amount:codes` (a grant's codes left out). */
const line = (d: Decision | undefined) => (d === undefined ? "missing" : `${d.outcome}:${d.amount}:${d.outcome === "granted" ? "" : d.reasons.map((r) => r.code).join("+")}`);
const byId = (ds: readonly Decision[]) => Object.fromEntries(ds.map((x) => [x.claimId, x]));
const lines = (ds: readonly Decision[]) => Object.fromEntries(ds.map((x) => [x.claimId, line(x)]));

// Jiaxing (JX: the jx2019 chain with fixtures/jiaxing/catalogue-2020.json), the ordinary Nanhu enterprise employee P1.
// Catalogue rows used (test/audit9-jx.test.ts): EX-ELEC 初级工 1000.00, EX-WELD 初级工 1200.00, EX-FORK 初级工 900.00,
// EX-SEW 初级工 800.00. A claim naming course K1, not its certificate's course K2, is held course_not_certificate_course.
const WELD = { code: "EX-WELD", name: "焊工（示意）" };
const FORK = { code: "EX-FORK", name: "叉车司机（示意）" };
const SEW = { code: "EX-SEW", name: "缝纫工（示意）" };
const bare = (id: string, issuedOn: string, o: O = {}): O => cert(id, { courseId: undefined, issuedOn, ...o });
const K = [course("K1", { startDate: "2020-01-15", endDate: "2020-01-24" }), course("K2", { startDate: "2020-01-05", endDate: "2020-01-14" })];
const ON = { submittedOn: "2020-10-01" };
/** C1 EX-ELEC 初级工 02-01 (its course K2), C1B a second EX-ELEC 初级工 certificate 03-01, C2 EX-WELD 05-01, C3 EX-FORK 07-01, C4 EX-SEW 09-01. */
const CERTS = [cert("C1", { issuedOn: "2020-02-01", courseId: "K2" }), bare("C1B", "2020-03-01"), bare("C2", "2020-05-01", { occupation: WELD }), bare("C3", "2020-07-01", { occupation: FORK }), bare("C4", "2020-09-01", { occupation: SEW })];
const jxDoc = (claims: O[], ledger: readonly Grant[] = []): O => ({ trainees: [worker()], enterprises: [E1], courses: K, certificates: CERTS, claims, ...(ledger.length > 0 ? { ledger } : {}) });
/** X1 on C1 held (names K1); `answered`: it names no course (its certificate's course is read): answered and paid, or `refused` (C1's course outside the city). */
const x1Held = ts("X1", "C1", { courseId: "K1", ...ON });
const X1B = ts("X1B", "C1B", ON);
const X2 = ts("X2", "C2", ON);
const X3 = ts("X3", "C3", ON);
const X4 = ts("X4", "C4", ON);
const decideJx = (doc: O, options: { order?: "judged" | "trainee" } = {}) => evaluateBatch(JX, parsed(doc), options);

/** The built command line (`npx tsup` first) on `doc`, Jiaxing 2019 with its 2020 catalogue. */
function builtCli(doc: O, args: string[] = []): Record<string, string> {
  const out = execFileSync(process.execPath, ["dist/cli.js", "evaluate", "-", "--input", "json", "--format", "json", "--policy", "jiaxing-2019", "--catalogue", "fixtures/jiaxing/catalogue-2020.json", ...args], { input: JSON.stringify(doc), encoding: "utf8" });
  return lines((JSON.parse(out) as { decisions: Decision[] }).decisions);
}

describe("controls (held right)", () => {
  it("jx2019 「原则上每人每年可享受不超过3次」 with none held: 1, 2, 3 claims of 2020 are paid (EX-ELEC 1000.00, EX-WELD 1200.00, EX-FORK 900.00), the 4th (EX-SEW) refused annual_cap_reached naming the three", () => {
    const X1 = ts("X1", "C1", ON);
    expect(lines(decideJx(jxDoc([X1])).decisions)).toEqual({ X1: "granted:1000.00:" });
    expect(lines(decideJx(jxDoc([X1, X2])).decisions)).toEqual({ X1: "granted:1000.00:", X2: "granted:1200.00:" });
    expect(lines(decideJx(jxDoc([X1, X2, X3])).decisions)).toEqual({ X1: "granted:1000.00:", X2: "granted:1200.00:", X3: "granted:900.00:" });
    const four = decideJx(jxDoc([X1, X2, X3, X4]));
    expect(lines(four.decisions)).toEqual({ X1: "granted:1000.00:", X2: "granted:1200.00:", X3: "granted:900.00:", X4: "denied:0.00:annual_cap_reached" });
    expect(byId(four.decisions)["X4"]?.reasons[0]?.facts).toMatchObject({ earlierGrants: ["X1", "X2", "X3"] });
  });

  it("「同一职业同一等级不可重复享受」: a claim held on EX-ELEC 初级工 does not hold a claim on another occupation at the same level (EX-WELD 初级工 paid 1200.00); a second EX-ELEC 初级工 certificate is held naming it", () => {
    const out = decideJx(jxDoc([x1Held, X1B, X2]));
    expect(lines(out.decisions)).toEqual({ X1: "undecidable:null:course_not_certificate_course", X1B: "undecidable:null:earlier_claim_undecided", X2: "granted:1200.00:" });
    // (jx2019.annual-cap: Jiaxing restates the cap and the no-repeat rule in one sentence, 五(十一), and cites both to it)
    expect(byId(out.decisions)["X1B"]?.reasons[0]).toMatchObject({ citation: { provision: "jx2019.annual-cap" }, facts: { heldClaims: ["X1"] } });
  });

  it("earlier_claim_undecided says what is true in zh and en: the 4th of 2020 waits for X1, which is undecided and may be paid first, under jx2019.annual-cap; missing names X1's decision", () => {
    const d = byId(decideJx(jxDoc([x1Held, X2, X3, X4])).decisions)["X4"];
    expect(d?.reasons[0]?.citation.provision).toBe("jx2019.annual-cap");
    expect(d?.reasons[0]?.message).toEqual({ zh: "待先前申请 X1 决定：尚未决定，可能先获补贴", en: "waits for earlier claim X1: undecided, it may be paid first" });
    expect(d?.missingFacts).toEqual(["claim X1: decision"]);
  });

  it("every door gives the same decisions for a batch with held claims: evaluateBatch, order \"trainee\", decideBatch's steps and the built command line (also with --threads 2)", () => {
    const doc = jxDoc([X4, X3, X2, X1B, x1Held]);
    const judged = lines(decideJx(doc).decisions);
    expect(lines(decideJx(doc, { order: "trainee" }).decisions)).toEqual(judged);
    expect(Object.fromEntries([...decideBatch(JX, parsed(doc))].map((s) => [s.claim.id, line(s.decision)]))).toEqual(judged);
    expect(builtCli(doc)).toEqual(judged);
    expect(builtCli(doc, ["--threads", "2"])).toEqual(judged);
  });
});

describe("controls (held right): chained runs", () => {
  it("refiled with the first run's grants through the command line's --ledger: X1 answered meets two grants of 2020 and is paid 1000.00, the second EX-ELEC 初级工 certificate is refused, EX-FORK (the 3rd, paid 900.00 in the first run) is a duplicate — as evaluateBatch with the ledger in the document", () => {
    // fixed 2026-12-05 (mend-cap, F1): the first run pays X3 (EX-FORK 900.00): X1 and X1B take one place, so X3 meets 1 grant + 1 place;
    // refiled, X3 is a duplicate_claim, X1 meets two grants (X2, X3) and is the 3rd (1000.00), X1B meets X1 and the year's three.
    const first = decideJx(jxDoc([x1Held, X1B, X2, X3]));
    const refiled = [ts("X1", "C1", ON), X1B, X3];
    const dir = mkdtempSync(join(tmpdir(), "review18a-"));
    const ledgerFile = join(dir, "grants.json");
    writeFileSync(ledgerFile, JSON.stringify(first.grants));
    const viaCli = builtCli(jxDoc(refiled), ["--ledger", ledgerFile, "--ledger-format", "json"]);
    const inDoc = lines(decideJx(jxDoc(refiled, first.grants as Grant[])).decisions);
    expect(lines(first.decisions)["X3"]).toBe("granted:900.00:");
    // X1B then meets three grants of 2020 (X2, X3, X1) as well as X1's EX-ELEC 初级工
    expect(inDoc).toEqual({ X1: "granted:1000.00:", X1B: "denied:0.00:annual_cap_reached+occupation_level_already_subsidised", X3: "denied:0.00:duplicate_claim" });
    expect(viaCli).toEqual(inDoc);
  });
});

describe("controls (held right): the command line's spilled run", () => {
  it("a spilled run in parts on two threads (in process, the built worker) decides two trainees' held claims as evaluateBatch does", async () => {
    // P2: a copy of P1's records under other ids (each trainee's claims fall in one part).
    const two = (o: O, suffix: string, fields: string[]): O => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, fields.includes(k) && typeof v === "string" ? `${v}${suffix}` : v]));
    const p1 = jxDoc([x1Held, X1B, X2, X3, X4]) as { trainees: O[]; courses: O[]; certificates: O[]; claims: O[] };
    const doc: O = {
      trainees: [...p1.trainees, { ...p1.trainees[0], id: "P2" }],
      enterprises: [E1],
      courses: [...p1.courses, ...p1.courses.map((c) => ({ ...two(c, "-2", ["id"]), traineeId: "P2" }))],
      certificates: [...p1.certificates, ...p1.certificates.map((c) => ({ ...two(c, "-2", ["id", "courseId"]), traineeId: "P2" }))],
      claims: [...p1.claims, ...p1.claims.map((c) => ({ ...two(c, "-2", ["id", "certificateId", "courseId"]), traineeId: "P2", claimant: { kind: "trainee", id: "P2" } }))],
    };
    const sink = { out: "", err: "" };
    const io: Io = { stderrIsTTY: false, stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t), stdin: () => [Buffer.from(toNdjson(doc as never), "utf8")][Symbol.iterator]() as unknown as AsyncIterable<Buffer> };
    const code = await evaluate(["-", "--input", "ndjson", "--format", "json", "--policy", "jiaxing-2019", "--catalogue", "fixtures/jiaxing/catalogue-2020.json", "--threads", "2"], io, { spillAfter: 2, parts: 3, workerFile: new URL("../dist/cli-worker.js", import.meta.url) });
    expect([code, sink.err]).toEqual([0, ""]);
    const want = lines(decideJx(doc).decisions);
    expect(want["X4-2"]).toBe("undecidable:null:earlier_claim_undecided");
    expect(lines((JSON.parse(sink.out) as { decisions: Decision[] }).decisions)).toEqual(want);
  }, 120_000);
});

describe("controls (held right): the web service", () => {
  it("POST /evaluate?policy=jiaxing-2019 decides a batch with held claims as evaluateBatch does (the service started with the city's 2020 catalogue)", async () => {
    const cat = parseSubsidyCatalogue(JSON.parse(readFileSync("fixtures/jiaxing/catalogue-2020.json", "utf8")));
    if (!cat.ok) throw new Error("the illustrative catalogue does not parse");
    const doc = jxDoc([x1Held, X1B, X2, X3, X4]);
    const response = await createHandler({ catalogues: { "jiaxing-2019": cat.value } })(new Request("http://localhost/evaluate?policy=jiaxing-2019&trace=false", { method: "POST", body: JSON.stringify(doc) }));
    const json = (await response.json()) as { decisions: Decision[] };
    expect(response.status).toBe(200);
    expect(lines(json.decisions)).toEqual(lines(decideJx(doc).decisions));
    // fixed 2026-12-05 (mend-cap, F1): X3 is paid (X1 and X1B take one place), so X4 (EX-SEW) meets 2 grants (X2, X3) + 1 place = 3 and waits for X1 and X1B only
    expect(byId(json.decisions)["X4"]?.reasons[0]?.facts).toEqual({ heldClaims: ["X1", "X1B"] });
  });
});

describe("findings (it.fails: each fails on the code as it stands; F1 and F3 fixed 2026-12-05 by mend-cap, now it(...))", () => {
  it("「原则上每人每年可享受不超过3次，但同一职业同一等级不可重复享受」: two held claims on two EX-ELEC 初级工 certificates can be paid once between them, so they take one place of the year's three — the EX-FORK claim, the 3rd at most, is paid 900.00 now", () => {
    // fixed 2026-12-05 (mend-cap: annualCap.ts heldInYear counts held training subsidies of one occupation@level as one place
    // while the no-repeat rule counts training subsidies; trainingSubsidy.ts hands the cap noRepeatMeasures when claims are held).
    // The refilings below start from the grants the first run made before the fix (X2 alone): the first run now pays X3 too.
    // What (76ee71a, kept by f1739b3): X1 (C1, EX-ELEC 初级工, 02-01) is held; X1B (C1B, EX-ELEC 初级工, 03-01) is held by
    // the no-repeat rule naming X1; X2 (EX-WELD, 05-01) meets 0 grants + 2 held < 3 and is paid 1200.00; X3 (EX-FORK, 07-01)
    // meets 1 grant + 2 held = 3 and is held earlier_claim_undecided naming X1 and X1B. But 「同一职业同一等级不可重复享受」:
    // X1 and X1B may be paid once between them — if X1 is paid X1B is refused, if X1 is refused X1B may be paid — so they
    // can take one place: X3 is at most the 3rd of 2020 whatever X1's answer (shown below by refiling both ways).
    // Why: 「原则上每人每年可享受不超过3次，但同一职业同一等级不可重复享受」 (gbf2019 §(十二)); the reading's own ground is that
    // a held claim keeps only the place it "may take".
    // Fix: placesHeld/heldInYear count the places of held claims as the annual cap's shared key already does for one
    // certificate — key a held claim by its occupation@level too (measures of noRepeatMeasures), so held claims of one
    // occupation at one level are one place: `new Set(claims.map((h) => h.occupationCode === undefined ? h.certificateKey ?? h.claimId : occupationKey(h.occupationCode, h.level)))`.
    // Money: 900.00 (EX-FORK 初级工) withheld now that is owed whatever X1's answer (paid only on a refiling).
    // Confidence: 80%.
    const first = decideJx(jxDoc([x1Held, X1B, X2, X3]));
    // Refiled with the first run's grants, X1 answered and paid: X1 1000.00, X1B refused, X3 the 3rd, 900.00.
    const before = (first.grants as Grant[]).filter((g) => g.claimId !== "X3");
    const paidWay = lines(decideJx(jxDoc([ts("X1", "C1", ON), X1B, X2, X3], before)).decisions);
    expect(paidWay).toMatchObject({ X1: "granted:1000.00:", X1B: "denied:0.00:occupation_level_already_subsidised", X3: "granted:900.00:" });
    // Refiled, X1 refused (its certificate's course outside the city): X1B 1000.00, X3 the 3rd, 900.00.
    const refusedWay = decideJx({ ...jxDoc([ts("X1", "C1", ON), X1B, X2, X3], before), courses: [K[0] as O, { ...K[1], region: "zhejiang.hangzhou.shangcheng" }] });
    expect(lines(refusedWay.decisions)).toMatchObject({ X1B: "granted:1000.00:", X3: "granted:900.00:" });
    expect(byId(refusedWay.decisions)["X1"]?.outcome).toBe("denied");
    // So the first run pays it.
    expect(lines(first.decisions)).toEqual({ X1: "undecidable:null:course_not_certificate_course", X1B: "undecidable:null:earlier_claim_undecided", X2: "granted:1200.00:", X3: "granted:900.00:" });
  });

  it.fails("「原则上每人每年可享受不超过3次」: the fifth claim of 2020 is refused whatever the held first's answer — the held first and the held fourth can take one place between them — not held", () => {
    // What (76ee71a): X1 held; X2 1200.00 and X3 900.00 paid; X4 (EX-SEW) held naming X1 (2 grants + 1 held = 3); X5 (a 5th
    // certificate, EX-ELEC 中级工, 11-01) meets 2 grants + 2 held (X1, X4) and is held naming both. But X4 was held
    // only for X1's place: X1 paid → X4 refused; X1 refused → X4 paid. Either way the year's three are X1|X4, X2, X3 and X5
    // is the 4th: refused either way (shown by refiling both ways). Holding it says "可能先获补贴" (its message) of X1 and X4, true,
    // but it keeps a claim open that no answer can pay.
    // Why: 「原则上每人每年可享受不超过3次」 (gbf2019 §(十二)).
    // Fix: as F1, count a claim held only for earlier_claim_undecided as sharing the place of the claims it waits for
    // (one place for the group); then X5 meets 2 grants + 1 place + … and with 3 reached by grants + places it is refused
    // annual_cap_reached only when no held claim can leave a place free — here refused. Alternatively leave it held and
    // say so (the reading's "neither … refused on the guess that it is paid": here nothing is guessed).
    // Money: none paid wrongly; a refusal (and its appeal clock) delayed. Confidence: 50%.
    const X5 = ts("X5", "C5", { submittedOn: "2020-11-05" });
    const certs = [...CERTS, cert("C5", { issuedOn: "2020-11-01", courseId: undefined, level: "intermediate" })];
    const doc = (claims: O[], ledger: readonly Grant[] = [], courses = K): O => ({ ...jxDoc(claims, ledger), certificates: certs, courses });
    const first = decideJx(doc([x1Held, X2, X3, X4, X5]));
    expect(lines(first.decisions)).toMatchObject({ X4: "undecidable:null:earlier_claim_undecided", X5: "undecidable:null:earlier_claim_undecided" });
    const answered = [ts("X1", "C1", ON), X2, X3, X4, X5];
    expect(byId(decideJx(doc(answered, first.grants as Grant[])).decisions)["X5"]?.outcome).toBe("denied");
    expect(byId(decideJx(doc(answered, first.grants as Grant[], [K[0] as O, { ...K[1], region: "zhejiang.hangzhou.shangcheng" }])).decisions)["X5"]?.outcome).toBe("denied");
    expect(byId(first.decisions)["X5"]?.outcome).toBe("denied");
  });

  it("「按规定给予职业培训补贴或参保职工技能提升补贴」: a training-subsidy claim held on a certificate whose skill-upgrade subsidy was paid later in the batch can never be paid and takes no place of the year's three — the 4th of 2022 (EX-DRON 初级工 1200.00) is paid", () => {
    // What (76ee71a; f1739b3's placesHeld drops a held claim on a certificate paid under its own measure, not under the
    // other of the two): national frameworks with the illustrative catalogue and skill-upgrade standards (NF), the city
    // worker P1. X1, a training-subsidy claim on C1 (EX-ELEC 初级工, 2022-08-01), is held (course_not_certificate_course);
    // Z1, the insured skill-upgrade subsidy on C1, judged after it (claim id), is paid 1000.00 (oneOrTheOther reads grants,
    // not held claims). From then on X1 can never be paid: whatever its course, it meets Z1 (other_measure_already_paid —
    // shown by refiling it answered). Yet X2 (EX-WELD 09-01) 1200.00, X3 (EX-COOK 10-01) 900.00 are paid and X4 (EX-DRON
    // 11-01) is held, earlier_claim_undecided naming X1, whose place it can never take.
    // Why: 「按规定给予职业培训补贴或参保职工技能提升补贴」 (gbf2019 §(十一)); 「原则上每人每年可享受不超过3次」 (§(十二)); the reading:
    // "nor does one … on a certificate already paid" — paid under the other measure of the pair, it can never be paid either.
    // Fix: placesHeld drops a held training-subsidy claim whose certificate (or occupation at its level) the ledger paid the
    // insured skill-upgrade subsidy on — the test oneOrTheOther makes (pass it the held claim's certificate id, or keep a
    // held claim's certificate and ask oneOrTheOther(ledger, h.measure, …).pass === false).
    // Money: 1200.00 (EX-DRON 初级工, illustrative) held that is owed now. Confidence: 80%.
    // fixed 2026-12-05 (mend-cap: annualCap.ts neverPaid — a held training subsidy whose certificate, or occupation at its
    // level, the skill-upgrade subsidy paid takes no place, the test oneOrTheOther makes, shared as otherMeasureGrant).
    // The refiling below starts from the grants the first run made before the fix (Z1, X2, X3): the first run now pays X4 too.
    const certs = [cityCert("C1", { courseId: "K2" }), cityCert("C2", { issuedOn: "2022-09-01", courseId: undefined, occupation: { code: "EX-WELD", name: "示例焊工" } }), cityCert("C3", { issuedOn: "2022-10-01", courseId: undefined, occupation: { code: "EX-COOK", name: "示例中式烹调" } }), cityCert("C4", { issuedOn: "2022-11-01", courseId: undefined, occupation: { code: "EX-DRON", name: "示例无人机驾驶" } })];
    const doc = (claims: O[], ledger: readonly Grant[] = []): O => ({ trainees: [cityWorker()], courses: [cityCourse("K1"), cityCourse("K2")], certificates: certs, claims, ...(ledger.length > 0 ? { ledger } : {}) });
    const later = ["X2", "X3", "X4"].map((id) => ({ ...cityTs(id, `C${id.slice(1)}`), submittedOn: "2022-12-01" }));
    const first = evaluateBatch(NF, parsed(doc([{ ...cityTs("X1", "C1"), courseId: "K1" }, skillUpgrade("Z1", "C1"), ...later])));
    expect(lines(first.decisions)).toMatchObject({ X1: "undecidable:null:course_not_certificate_course", Z1: "granted:1000.00:", X2: "granted:1200.00:", X3: "granted:900.00:" });
    // X1 answered (its certificate's course): refused, the skill-upgrade subsidy paid on C1; X4 then the 3rd, 1200.00.
    const again = lines(evaluateBatch(NF, parsed(doc([cityTs("X1", "C1"), ...later], (first.grants as Grant[]).filter((g) => g.claimId !== "X4")))).decisions);
    expect(again).toMatchObject({ X1: "denied:0.00:other_measure_already_paid", X4: "granted:1200.00:" });
    expect(lines(first.decisions)["X4"]).toBe("granted:1200.00:");
  });

  it.fails("「原则上每人每年可享受不超过3次」: a claim id filed twice with different contents (claim_conflict, neither paid) may still be owed under one of them, so it keeps its place like a held claim — the year's 4th is not paid 800.00 on the guess that it fails", () => {
    // What (76ee71a: only an `undecidable` outcome is kept as held; claim_conflict is `denied`): X1 (C1, EX-ELEC 初级工 02-01)
    // arrives twice with different filing dates: claim_conflict, "neither is paid" — not a finding on its merits. It
    // takes no place: X2 1200.00, X3 900.00 and X4 (EX-SEW 09-01) 800.00 are paid; X1 refiled once (one content) meets
    // three grants of 2020 and is refused annual_cap_reached — the first-issued refused, the outcome the reading's second
    // alternative rejects ("the certificate issued first is the one refused … in audit 9's case 2900.00 … where the three
    // issued first give 3100.00").
    // Why: 「原则上每人每年可享受不超过3次」 (gbf2019 §(十二)); the reading: a claim "held undecidable (for any reason) keeps its place".
    // Fix: decideBatch keeps a claim_conflict claim (trainee known) in heldOf as it keeps an undecidable one — or say in
    // the reading that a conflicting claim is refused for good and is refiled under a new id as a new claim.
    // Money: 200.00 for the year (3100.00 − 2900.00: X1's 1000.00 instead of X4's 800.00). Confidence: 40% (a conflict is
    // the claimant's error, decided denied; the docs say "neither is paid", not "held").
    const first = decideJx(jxDoc([ts("X1", "C1", ON), ts("X1", "C1", { submittedOn: "2020-10-02" }), X2, X3, X4]));
    expect(lines(first.decisions)).toMatchObject({ X1: "denied:0.00:claim_conflict", X2: "granted:1200.00:", X3: "granted:900.00:" });
    expect(lines(first.decisions)["X4"]).toBe("undecidable:null:earlier_claim_undecided");
  });
});
