/**
 * Cold review 86 (2026-12-07) of 0494932 (HEAD): the hold of a Jiaxing appraisal subsidy beside a certificate the claims
 * document set aside, moved out of `decideBatch` (src/engine.ts) into the appraisal rule
 * (src/jurisdictions/jiaxing/appraisalSubsidy.ts `unreadEarlier`, reading `ClaimInput.unreadCertificates`). Amounts are
 * jx2019's own standards (「初级工、中级工 120 元，高级工、技师 150 元，高级技师 180 元」); the training-subsidy catalogue
 * the tests load is ILLUSTRATIVE and no amount here comes from it.
 *
 * Read first: law/sources/jx2019.txt 五(十一) (「对同一职业（工种）同一技能等级通过初次职业技能鉴定并取得证书（不含培训合格证书）的
 * 参训人员，给予职业技能鉴定补贴」, 「职业技能鉴定补贴从 2020 年 1 月 1 日起执行，以证书发放日期为准」); op2025 (十四)
 * (「直接认定相应职业技能等级」); gbf2019 (十二) (「同一职业同一等级不可重复享受」, a bar on the training subsidy, read on grants).
 * What the ordinary Jiaxing worker is owed: 120.00 for the first 初级工 certificate of an occupation; nothing for a second
 * certificate of that occupation and level; 150.00 for a 高级工 certificate of it. Only jx2019 pays an appraisal subsidy and
 * only jx2019 says 「初次」: gbf2019 / plan2021 / op2025 and Guangdong–Jieyang bind no appraisal measure.
 * Then: the readings earlier-certificate-unreadable, appraisal-first-by-certificates, direct-recognition-no-training-subsidy;
 * `git show` 0494932 a230077 b2263ad 6dd9e75; src/engine.ts (decideBatch, unreadCertificatesByTrainee, evaluateWithFinding,
 * paidOnce), src/records/document.ts (unreadCertificate), src/cli/pipeline.ts (decidePart), src/server/handler.ts;
 * test/earlierCertificateUnreadable, review80, review81.
 * Ran: npm run build; the probes below through parseClaimsDocument → evaluateBatch (judged and trainee order) / decideBatch /
 * evaluateClaim; the command line in one run, `--order trainee`, spilled into 2, 3 and 7 parts, 4 parts on 2 threads, sliced
 * parts (200 and 64 bytes), chained with `--grants-out` / `--ledger`; POST /evaluate (judged and trainee order). Also (not
 * kept: it needs the tree before the commit) a differential run of 0494932^ against HEAD, 40,000 random batches of one or two
 * persons with valid and set-aside certificates (kinds, levels, dates, ids and trainees readable or not) and a kept ledger
 * grant, both orders, 125,248 decisions: the only changes were 66 decisions denied → undecidable, all of F4's kind; no
 * decision was paid that was held, or held that was paid.
 *
 * Answers. (1) The move lost no case the old place held: every path decides through decideBatch, which gives the trainee's
 * set-aside certificates to each claim (engine.ts:846-847), and the command line's parts carry their own (pipeline.ts:803,
 * 826); another occupation, another level, another trainee, a certificate issued the same day or later hold nothing on any
 * path. It changed one thing: F4. (2) No other jurisdiction pays a 「初次」 certificate subsidy, before or after 0494932 (an
 * appraisal claim under the national frameworks is `measure_not_provided`, as it was). (3) The ordinary worker is paid as
 * before (controls).
 *
 * F1 (120.00 withheld; 60 %) — a set-aside certificate whose readable KIND is no appraisal holds the appraisal. The person's
 *    EX-ELEC 培训合格证书 (trainingCompletionCertificate, no level) of 2019 with its date written 2019-5-1 holds the 2020
 *    EX-ELEC 初级工 appraisal, asking for its record; the same record read (2019-05-01) pays 120.00 — 「取得证书（不含培训合格
 *    证书）」, and a certificate with no level is not 「同一技能等级」. So does a 专项职业能力证书 (no level). The reading says
 *    «What can be read of the record narrows it»; the kind (and a level written nowhere on a kind that has none) narrows as
 *    the occupation does. Cause: src/records/document.ts:129-134 (`unreadCertificate` reads no kind, and reads an absent
 *    level as «any level»); src/jurisdictions/jiaxing/appraisalSubsidy.ts:290-299 (`unreadEarlier` filters by occupation,
 *    level and date only). Since a230077, not 0494932. Mend: carry the kind (where it is one of CERTIFICATE_KINDS) and
 *    `directlyRecognised` (where boolean) into UnreadCertificate; skip one of a kind without levels whose record writes no
 *    level, and a training-completion certificate, as `earlierAppraisal` does.
 * F2 (120.00 withheld; 50 %) — the same for a set-aside certificate readable as 直接认定 (`directlyRecognised: true`): held,
 *    though read it pays 120.00 (reading direct-recognition-no-training-subsidy: 「直接认定」 is no appraisal passed, so no
 *    earlier one). Cause and mend as F1.
 * F3 (120.00 withheld through the one-claim API; 35 %) — `ClaimInput.unreadCertificates` (new public field in 0494932) is
 *    not narrowed to the claim's person: evaluateClaim given the document's `unreadCertificates` holds P1's appraisal for
 *    P2's set-aside EX-ELEC 初级工 certificate and for one naming no readable trainee — naming the latter «certificate of P1
 *    with no readable id» — where evaluateBatch pays 120.00 (the reading: «one naming no readable trainee holds no one»;
 *    another person's holds nothing). `earlierAppraisal` filters `traineeCertificates` by trainee for the same reason.
 *    Cause: appraisalSubsidy.ts:292-296 (no `c.traineeId === certificate.traineeId`). Mend: skip a certificate whose
 *    traineeId is not the certificate's trainee (null included).
 * F4 (no money; 70 % it is an unintended change of 0494932) — a claim whose certificate a prior grant already paid is now
 *    HELD asking for the set-aside record instead of refused `basis_already_paid`: the rule now returns undecidable before
 *    the engine's pay-once check (engine.ts:923, `paidOnce` passes on a finding that is not granted, :954), where the old place held
 *    only a decision still granted after it. The operator is sent to correct a record for a claim nothing can pay. Cause:
 *    appraisalSubsidy.ts:256-258 with engine.ts:954. Mend: let a set-aside certificate hold only what would otherwise be
 *    paid — e.g. check the certificate's own pay-once key against the ledger in the rule before `unreadEarlier`, or have
 *    `paidOnce` read the basis of an undecidable finding too.
 *
 * Controls that hold (plain `it`): the ordinary worker, one batch and chained runs (120.00 first; a second 初级工 refused;
 * 高级工 150.00); the hold and the pay on every path (library judged/trainee/decideBatch, command line one run, trainee
 * order, parts, threads, slices, POST /evaluate); a chained run's prior grant refuses, not holds, beside a set-aside
 * certificate; the narrowings of the reading (another occupation, level, trainee, day or later); the national frameworks
 * bind no appraisal measure.
 * MENDED the same morning (f77cfbf): F1–F4 pass and are tests — src/records/document.ts `unreadCertificate` reads the kind, whether a
 *    level is written and `directlyRecognised`; src/jurisdictions/jiaxing/appraisalSubsidy.ts `unreadEarlier` skips those that
 *    cannot be an appraisal at a level and another trainee's, and a certificate already paid is refused as paid first.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ClaimInput, ClaimsDocument, Decision } from "../src/index.js";
import { decideBatch, evaluateBatch, evaluateClaim, Ledger, nationalFrameworksPolicy, parseClaimsDocument, parseSubsidyCatalogue } from "../src/index.js";
import { createHandler } from "../src/server/index.js";
import { cli, evaluateSliced, evaluateSpilled, evaluateThreaded, toNdjson } from "./cli-helpers.js";
import { appraisal, cert, course, E1, JX, WELD, worker } from "./support/ordinary.js";

type O = Record<string, unknown>;
const CATALOGUE = "fixtures/jiaxing/catalogue-2020.json"; // ILLUSTRATIVE (prices no appraisal)
const doc = (raw: O): ClaimsDocument => {
  const p = parseClaimsDocument(raw);
  if (!p.ok) throw new Error("rejected");
  return p.value.document;
};
const brief = (d: Decision | undefined) => [d?.outcome, d?.amount, d?.missingFacts];
const codes = (d: Decision | undefined) => d?.reasons.map((r) => r.code);

/** The claimed certificate: the ordinary worker's EX-ELEC 初级工 certificate C2 of 2020-08-20, earned on course K2. */
const C2 = cert("C2", { courseId: "K2", issuedOn: "2020-08-20" });
const base = (certificates: O[], trainees: O[] = [worker()]): O => ({
  trainees,
  enterprises: [E1],
  courses: [course("K1"), course("K2", { startDate: "2020-08-01", endDate: "2020-08-10" })],
  certificates: [...certificates, C2],
  claims: [appraisal("B", "C2", { submittedOn: "2020-09-01" })],
});
const decide = (raw: O, id = "B") => evaluateBatch(JX, doc(raw)).decisions.find((d) => d.claimId === id);
/** A record set aside only for its date's spelling (2019-5-1): read, it would be 2019-05-01. */
const typo = { issuedOn: "2019-5-1", courseId: undefined };

// ── (3) the ordinary worker ──────────────────────────────────────────────────────────────────────────────────────────────
describe("cold review 86: the ordinary Jiaxing worker with clean records (controls)", { timeout: 120_000 }, () => {
  it("one batch: the first 初级工 appraisal is paid 120.00, a second certificate of the same occupation and level is refused, a 高级工 one is paid 150.00", () => {
    const raw = {
      trainees: [worker()],
      enterprises: [E1],
      courses: [course("K1")],
      certificates: [cert("C1"), cert("C2", { issuedOn: "2020-08-20", courseId: undefined }), cert("C3", { level: "senior", issuedOn: "2020-08-21", courseId: undefined })],
      claims: [appraisal("A1", "C1"), appraisal("B", "C2", { submittedOn: "2020-09-01" }), appraisal("B3", "C3", { submittedOn: "2020-09-01" })],
    };
    const ds = evaluateBatch(JX, doc(raw)).decisions;
    const by = (id: string) => ds.find((d) => d.claimId === id);
    expect(brief(by("A1"))).toEqual(["granted", "120.00", []]); // 「初级工、中级工 120 元」
    expect([by("B")?.outcome, by("B")?.amount, codes(by("B"))]).toEqual(["denied", "0.00", ["appraisal_already_granted"]]); // 「同一职业（工种）同一技能等级」 「初次」 only
    expect(brief(by("B3"))).toEqual(["granted", "150.00", []]); // 「高级工、技师 150 元」
  });

  it("chained runs (--grants-out then --ledger; one run, 3 parts, 2 threads): June pays C1 120.00; September refuses C2 as already granted — beside a set-aside earlier certificate too, refused, not held — and pays 高级工 C3 150.00", async () => {
    const dir = mkdtempSync(join(tmpdir(), "review86-"));
    const cat = ["--catalogue", CATALOGUE, "--format", "json", "--quiet"];
    const june = { trainees: [worker()], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")], claims: [appraisal("A1", "C1")] };
    writeFileSync(join(dir, "june.json"), JSON.stringify(june));
    const first = await cli(["evaluate", join(dir, "june.json"), ...cat, "--grants-out", join(dir, "grants.json")]);
    expect(first.code).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, "grants.json"), "utf8")) as O[]).map((g) => g["amount"])).toEqual(["120.00"]); // 「初级工 … 120 元」
    const C3 = cert("C3", { level: "senior", issuedOn: "2020-08-21", courseId: undefined });
    for (const earlier of [[], [cert("C0", typo)]]) {
      const sept = { trainees: [worker()], enterprises: [E1], courses: [], certificates: [...earlier, cert("C2", { issuedOn: "2020-08-20", courseId: undefined }), C3], claims: [appraisal("B", "C2", { submittedOn: "2020-09-01" }), appraisal("B3", "C3", { submittedOn: "2020-09-01" })] };
      const input = JSON.stringify(sept);
      const args = ["-", ...cat, "--ledger", join(dir, "grants.json")];
      for (const r of [await cli(["evaluate", ...args], input), await evaluateSpilled(args, input, 3), await evaluateThreaded(args, input, 3, 2)]) {
        expect(r.code).toBe(earlier.length === 0 ? 0 : 1); // C0 is reported invalid
        const out = (JSON.parse(r.out).decisions as O[]).map((d) => [d["claimId"], d["outcome"], d["amount"], (d["reasons"] as O[]).map((x) => x["code"]).at(-1)]);
        // B: June's grant paid EX-ELEC 初级工 — not 「初次」, refused whatever C0 says; B3: 「高级工 … 150 元」
        expect(out).toEqual([["B", "denied", "0.00", "appraisal_already_granted"], ["B3", "granted", "150.00", "appraisal_first_time"]]);
      }
    }
  });
});

// ── (1) every path holds and pays alike ──────────────────────────────────────────────────────────────────────────────────
/**
 * P1: C0 (EX-ELEC 初级工) set aside for its date — held. P2: D0 of EX-WELD set aside — another occupation, paid. P3: E0
 * issued after E2 — paid. P4: an earlier 高级工 certificate set aside — another level, paid. P5 and P6: two differing copies
 * of H0 (2019), one naming each — both held (reading: each copy holds the trainee it names). P7…P20: clean, paid.
 */
function world(): O {
  const who = (p: string) => ({ traineeId: p, claimant: { kind: "trainee", id: p }, submittedOn: "2020-09-01" });
  const trainees: O[] = [];
  const certificates: O[] = [
    cert("C0", typo),
    cert("D0", { traineeId: "P2", occupation: WELD, ...typo }),
    cert("E0", { traineeId: "P3", issuedOn: "2020-08-21", grade: "A", courseId: undefined }),
    cert("L0", { traineeId: "P4", level: "senior", ...typo }),
    cert("H0", { traineeId: "P5", issuedOn: "2019-05-01", courseId: undefined }),
    cert("H0", { traineeId: "P6", issuedOn: "2019-05-01", courseId: undefined }),
  ];
  const claims: O[] = [];
  for (let i = 1; i <= 20; i++) {
    const p = `P${i}`;
    trainees.push(worker({ id: p }));
    certificates.push(cert(`F${i}`, { traineeId: p, issuedOn: "2020-08-20", courseId: undefined }));
    claims.push(appraisal(`B${i}`, `F${i}`, who(p)));
  }
  return { trainees, enterprises: [E1], courses: [course("K1")], certificates, claims };
}
// held: P1 (C0 may be an earlier EX-ELEC 初级工), P5 and P6 (H0 naming each); every other: 「初级工 … 120 元」
const OWED: Record<string, string> = {};
for (let i = 1; i <= 20; i++) OWED[`B${i}`] = [1, 5, 6].includes(i) ? "undecidable:-" : "granted:120.00";
const tableOf = (ds: readonly { claimId: string; outcome: string; amount: string | null }[]) => Object.fromEntries(ds.map((d) => [d.claimId, `${d.outcome}:${d.amount ?? "-"}`]));

describe("cold review 86: every path that decides an appraisal holds it and pays it alike (controls)", { timeout: 120_000 }, () => {
  it("the library: evaluateBatch in judged and trainee order, and decideBatch, hold P1, P5, P6 and pay the others 120.00", () => {
    const d = doc(world());
    expect(tableOf(evaluateBatch(JX, d).decisions)).toEqual(OWED);
    expect(tableOf(evaluateBatch(JX, d, { order: "trainee" }).decisions)).toEqual(OWED);
    expect(tableOf([...decideBatch(JX, d, { trace: false })].map((s) => s.decision))).toEqual(OWED);
    expect(decide(world(), "B1")?.missingFacts).toEqual(["certificate C0: record"]);
  });

  it("the command line: one run, --order trainee, 2, 3 and 7 parts, 4 parts on 2 threads, parts in slices of 200 and 64 bytes", async () => {
    const nd = toNdjson(world() as never);
    const args = ["-", "--input", "ndjson", "--format", "json", "--quiet", "--catalogue", CATALOGUE];
    const outs = [await cli(["evaluate", ...args], nd), await cli(["evaluate", ...args, "--order", "trainee"], nd)];
    for (const p of [2, 3, 7]) outs.push(await evaluateSpilled(args, nd, p));
    outs.push(await evaluateThreaded(args, nd, 4, 2));
    outs.push(await evaluateSliced(args, nd, 2, 200));
    outs.push(await evaluateSliced(args, nd, 3, 64));
    for (const [i, o] of outs.entries()) {
      expect(o.code, String(i)).toBe(1); // the set-aside records are reported invalid
      expect(tableOf(JSON.parse(o.out).decisions), String(i)).toEqual(OWED);
    }
  });

  it("POST /evaluate, judged and trainee order", async () => {
    const edition = parseSubsidyCatalogue(JSON.parse(readFileSync(CATALOGUE, "utf8")));
    if (!edition.ok) throw new Error("catalogue");
    const H = createHandler({ catalogues: { "jiaxing-2019": edition.value } });
    for (const q of ["trace=false", "trace=false&order=trainee"]) {
      const r = (await (await H(new Request(`http://localhost/evaluate?${q}`, { method: "POST", body: JSON.stringify(world()) }))).json()) as O;
      expect(tableOf(r["decisions"] as never), q).toEqual(OWED);
    }
  });

  it("a set-aside certificate issued the same day as C2 or later, or of another level, pays C2 120.00; a valid earlier one refuses it", () => {
    for (const other of [cert("C0", { issuedOn: "2020-08-20", grade: "A" }), cert("C0", { issuedOn: "2021-01-01", grade: "A" }), cert("C0", { level: "intermediate", ...typo })]) {
      expect(brief(decide(base([other]))), JSON.stringify(other)).toEqual(["granted", "120.00", []]); // 「初级工 … 120 元」
    }
    expect(codes(decide(base([cert("C0", { issuedOn: "2019-05-01" })])))).toContain("appraisal_not_first");
  });

  it("(2) the national frameworks bind no appraisal measure: the claim is measure_not_provided, as before 0494932", () => {
    const d = evaluateBatch(nationalFrameworksPolicy(), doc(base([cert("C0", typo)]))).decisions[0];
    expect([d?.outcome, codes(d)]).toEqual(["undecidable", ["measure_not_provided"]]);
  });
});

// ── findings ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
describe("cold review 86: what a set-aside certificate can be read to be (findings)", () => {
  // Seen failing as `it` at the second assertion: undecidable, null, ["certificate C0: record"].
  // Mended 2026-12-07: a set-aside certificate of a kind without levels that writes no level holds nothing (UnreadCertificate.kind, levelWritten).
  it("F1 (money) 「取得证书（不含培训合格证书）」: the person's EX-ELEC 培训合格证书 of 2019, set aside for its date's spelling, does not hold the 2020 初级工 appraisal — paid 120.00 as when it is read", () => {
    const tc = cert("C0", { kind: "trainingCompletionCertificate", level: undefined, ...typo });
    // read (2019-05-01) it is no appraisal: C2 is the first, 「初级工、中级工 120 元」
    expect(brief(decide(base([{ ...tc, issuedOn: "2019-05-01" }])))).toEqual(["granted", "120.00", []]);
    expect(brief(decide(base([tc])))).toEqual(["granted", "120.00", []]); // FAILS: undecidable, asking for C0's record
    // a 专项职业能力证书 writes no level: not 「同一技能等级」
    expect(brief(decide(base([cert("C0", { kind: "specialAbilityCertificate", level: undefined, ...typo })])))).toEqual(["granted", "120.00", []]);
  });

  // Seen failing as `it` at the second assertion: undecidable.
  // Mended 2026-12-07: a set-aside certificate that writes directlyRecognised: true holds nothing (UnreadCertificate.directlyRecognised).
  it("F2 (money) 「直接认定相应职业技能等级」: the person's EX-ELEC 初级工 level recognised directly in 2019, set aside for its date's spelling, does not hold the 2020 appraisal — paid 120.00 as when it is read", () => {
    const direct = cert("C0", { directlyRecognised: true, ...typo });
    // read, a level recognised directly passed no appraisal (reading direct-recognition-no-training-subsidy): 120.00
    expect(brief(decide(base([{ ...direct, issuedOn: "2019-05-01" }])))).toEqual(["granted", "120.00", []]);
    expect(brief(decide(base([direct])))).toEqual(["granted", "120.00", []]); // FAILS: undecidable
  });

  // Seen failing as `it` at the last assertion: undecidable, ["certificate X0: record", "certificate of P1 with no readable id: record"].
  // Mended 2026-12-07: the rule reads only the set-aside certificates naming the claimed certificate's trainee.
  it("F3 (money) the one-claim API given the document's set-aside certificates holds P1's appraisal for P2's certificate and for one naming no one; the batch pays it 120.00", () => {
    const raw = base([cert("X0", { traineeId: "P2", ...typo }), cert("Y0", { id: 9, traineeId: 42, ...typo })], [worker(), worker({ id: "P2" })]);
    const d = doc(raw);
    expect(brief(evaluateBatch(JX, d).decisions[0])).toEqual(["granted", "120.00", []]); // 「初级工 … 120 元」: neither is P1's
    const input: ClaimInput = {
      claim: d.claims[0]!,
      trainee: d.trainees.get("P1")!,
      certificate: d.certificates.get("C2")!,
      ledger: Ledger.from([]),
      traineeCertificates: [...d.certificates.values()].filter((c) => c.traineeId === "P1"),
      unreadCertificates: d.unreadCertificates ?? [],
    };
    expect(brief(evaluateClaim(JX, input))).toEqual(["granted", "120.00", []]); // FAILS: undecidable
  });

  // Seen failing as `it` at the second assertion: undecidable, ["certificate C0: record"] (denied basis_already_paid before 0494932).
  // Mended 2026-12-07: a certificate whose own key a grant paid is refused as paid before any hold for another record.
  it("F4 (no money) a claim on a certificate a kept grant already paid is refused basis_already_paid beside a set-aside earlier certificate, as before 0494932 — not held asking for that record", () => {
    // another system's grant for C2 that names no occupation (so not appraisal_already_granted): C2's pay-once key is paid
    const kept = { id: "G9", claimId: "OLD-9", traineeId: "P1", payee: { kind: "trainee", id: "P1" }, basisDate: "2020-08-20", measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", amount: "120.00", certificateId: "C2" };
    expect([decide({ ...base([]), ledger: [kept] })?.outcome, codes(decide({ ...base([]), ledger: [kept] }))]).toEqual(["denied", ["basis_already_paid"]]);
    const d = decide({ ...base([cert("C0", typo)]), ledger: [kept] });
    expect([d?.outcome, codes(d)]).toEqual(["denied", ["basis_already_paid"]]); // FAILS: undecidable, missing_record
  });
});
