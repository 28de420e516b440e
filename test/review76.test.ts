/**
 * Cold review 76 (2026-12-07) of ONE change that moves money: 6e51aad «A claim competes on the date of what it is for»
 * (src/engine.ts `competesOn`, `yearBegunOn`; reading law/readings/claim-order-by-issue-date.yaml). In a batch a person's
 * claims are judged by a basis date, then claim id; since 6e51aad an apprenticeship-subsidy claim competes on the first
 * day of the latest year of its record begun on the day it is judged, a 以工代训 claim on its first month claimed
 * (`YYYY-MM-01`), where both competed on the filing date before.
 * Mended the same morning: F2 (src/engine.ts competesOn: the first month the prior ledger has not paid) passes and is a test;
 * F1 and F3 stay records (F2b mended later the same day) (written into the reading claim-order-by-issue-date). Decided through the public boundary only
 * MENDED: F3 (mendA111, 2026-12-08, with cold review 111 F1: a held apprentice year keeps its place in the term).
 * (parseClaimsDocument → evaluateBatch, and the built command line). Amounts are ILLUSTRATIVE: the fixtures' 6000.00 a
 * year apprenticeship standard (4000.00 / 8000.00 / 10000.00 where said, all inside jx2019's range), the tests'
 * 以工代训 standard of 500.00 a month rising to 600.00 from 2021-01-01 (as in cold review 74), not official figures.
 *
 * ── 1. What I read ─────────────────────────────────────────────────────────────────────────────────────────────────
 * law/sources/jx2019.txt 三(一)二, law/sources/gbf2019.txt §(十一), the reading claim-order-by-issue-date (and the
 * alternative 6e51aad added), `git show 6e51aad`, src/engine.ts (judgedOrder, competesOn, yearBegunOn, decideBatch,
 * reliedOn), src/jurisdictions/jiaxing/apprenticeshipSubsidy.ts (recordYears: a claim pays the record's EARLIEST year not
 * yet paid, once begun on the day judged, else apprenticeship_year_not_begun), src/provisions/workForTraining/
 * workForTraining.ts (months paid in calendar order until the most), test/review74.test.ts, test/apprReview.test.ts,
 * test/support/{apprenticeship,workForTraining,competesOn}.ts.
 *
 * My table, from the texts alone (paraphrase unless in 「」):
 * | measure | text | limit |
 * |---------|------|-------|
 * | apprenticeship, employee (jx2019 三(一)二) | 「职工学徒按每人每年 4000 元至 10000 元的标准给予企业补贴」 | 「补助原则上不超过 2 年」 (paraphrase: two subsidised years per apprentice; which two not said) |
 * | apprenticeship, student (jx2019 三(一)二) | 「学生学徒补贴金额一般可按学徒月实习津贴标准确定，每人每年不高于 3000 元」 | 「补助不超过 1 年」 |
 * | 以工代训 (gbf2019 §(十一)) | 「给予一定期限的职业培训补贴」 (paraphrase: amount local) | 「最长不超过 6个月」 (paraphrase: months of the person; which six not said — the aim of 6e51aad: the first ones) |
 * The order of claims is not in the texts; it is the library's reading, and 6e51aad's stated aim is that «the first years
 * and months are the ones paid, however the claims are named or filed» (the reading's new alternative, verbatim aim).
 *
 * ── 2. Findings (it.fails below; each run first as `it` and seen failing at its intended assertion) ─────────────────
 *
 * F1 — 以工代训: a month claimed in two claims ties them on their first month, and the claim id then picks WHICH six months
 *   are paid (500.00 in the case; confidence 40 %). Passage: gbf2019 §(十一) 「最长不超过 6个月」. Case: worker's 以工代训
 *   July 2020 – May 2021; claim "A" for July 2020 + January–May 2021, claim "B" for July–December 2020, filed together.
 *   Library: both compete on 2020-07-01; "A" sorts first and is paid July 2020 + Jan–May 2021 = 500 + 5 × 600 = 3500.00,
 *   "B" refused; rename so "B"'s claim sorts first: 6 × 500 = 3000.00. Right (mine, the change's own aim): the person's
 *   first six months claimed (July–December 2020, 3000.00) whatever the ids. Alternative: the text does not say which six;
 *   overlapping claims are a filing error; the id is neutral. Mend: the 以工代训 rule pays, of a claim's months, only those
 *   among the person's first unpaid months claimed in the batch (the batch's months passed in, as `heldClaims` are), or
 *   the engine judges a person's 以工代训 month by month rather than claim by claim. Not new: 5e0d370 (filing day, then
 *   id) did the same for claims filed on one day; 6e51aad's aim («however the claims are named») leaves it.
 *
 * F2 — 以工代训: a month ALREADY PAID (prior ledger) at the head of a claim lets it compete on that month and jump a claim of
 *   earlier unpaid months, which the old order (filing date) paid: 3000.00 for 2021's months where 2020's give 2500.00
 *   (500.00; confidence 45 %). Passage: gbf2019 §(十一) 「最长不超过 6个月」. Case: May 2020 paid in a first run (500.00);
 *   then "B" (filed 2021-06-01) for July–November 2020 and "A" (filed 2021-06-15) for May 2020 again + January–May 2021.
 *   Library: "A" competes on 2020-05-01 (a month it cannot pay: already paid) and goes first: January–May 2021 =
 *   5 × 600 = 3000.00; "B" (filed first) refused work_for_training_months_used. Before 6e51aad (filing date): "B" first,
 *   5 × 500 = 2500.00, "A" refused. Right (mine): the first months not yet paid decide — "B" 2500.00, "A" refused. Same
 *   with a month before the provision at a claim's head (F2b: April 2019 + January–June 2021 jumps July–December
 *   2020 filed first: 6 × 600 = 3600.00 where 6 × 500 = 3000.00; 600.00). Both are new with 6e51aad (checked against
 *   5e0d370: there the claim filed first, B, was paid). Mend: src/engine.ts
 *   competesOn — compete on the first month the claim may pay (not paid in the prior ledger, on or after the most's
 *   first day), or the mend of F1.
 *
 * F3 — apprenticeship: a HELD claim for the apprentice's first year keeps no place, so his 2nd and 3rd years at the next
 *   employer are paid and the first year is refused when refiled: 20000.00 where his first two years give 14000.00
 *   (6000.00; confidence 35 %). Passage: jx2019 三(一)二 「补助原则上不超过 2 年」. Case: cold review 74's apprentice
 *   (E1 2020 at 4000.00; E2 2021–2022 at 10000.00), E1's record missing its annualStandard. Library: E1's claim
 *   undecidable (apprenticeship_standard_unknown); E2's two claims 10000.00 + 10000.00; refiled with the standard, the
 *   first run's grants as ledger: apprenticeship_term_used. Right (mine, by the reading's own rule for held claims: «A
 *   claim held undecidable … keeps its place in that order while undecided», though it names only the training cap and
 *   the no-repeat rule): E2's second claim (his 3rd year) held earlier_claim_undecided while E1's is; then E1 4000.00,
 *   E2 10000.00, E2's third refused: 14000.00. Alternative: the reading confines places to the year's three and the
 *   no-repeat rule; holding E2 would delay an enterprise on another's missing record. The same for 以工代训: a claim by a
 *   former employer for July–December 2020, held payee_not_employer, lets the current one be paid January–June 2021
 *   (3600.00; in the notes, 30 %). Mend: src/jurisdictions/jiaxing/apprenticeshipSubsidy.ts — count the held claims
 *   (`input.heldClaims`, measure apprenticeshipSubsidy, basisDate earlier) against the months left, as annualCap.ts does.
 *   Not new: 5e0d370 did the same.
 *
 * ── 3. Notes (under 30 %, not it.fails) ────────────────────────────────────────────────────────────────────────────
 * - Overlapping records of two enterprises for the same year (E1 2020–2021 at 6000.00; E2 2021 at 10000.00): both 2021
 *   claims compete on 2021-01-01 and the claim id picks the enterprise — 6000.00 or 10000.00 (4000.00). Before 6e51aad
 *   the earlier filing won. The records contradict each other; holding both would be my mend. ~25 %.
 * - The apprenticeship basis is the latest year BEGUN, not the year the claim will pay (the earliest unpaid). For
 *   records of one person that do not overlap every basis lies inside its own record, so the order between records is
 *   the order of the records — the same as by the year paid. It differs only for overlapping records (previous note).
 * - 以工代训 held for the employer of record (F3's last sentence): 3600.00, 30 %.
 * - Chained runs cannot give the first years to a late filer (E2's two years paid in run 1; E1's first year refused in
 *   run 2): the ledger carries grants; the reading says so. Not a defect of 6e51aad.
 * - Per-employer counting (`workForTraining.maxMonthsPerEmployer` true) not probed: no shipped layer sets it.
 *
 * ── 4. Held (controls below) ───────────────────────────────────────────────────────────────────────────────────────
 * Review 74's change of employer with E1's claim filed LAST (and judged with `on`): 14000.00; one record's claims are
 * monotone in filing date (the later-filed never takes the earlier year); 29 February, the 31st with a last piece under a
 * month, a record under a year; student then employee (12 + 24 months, two provisions); 以工代训 months out of order
 * (first six paid, where the old order paid the later); months not begun at filing, with and without `on`; the national
 * framework's end (2021-12-31) under the national policy; the training-subsidy cap and its decisions unchanged by
 * apprenticeship claims moved earlier in the same batch; the command line (ndjson, --order trainee, --threads 2, --on)
 * gives the library's decisions.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, nationalFrameworksPolicy, nationalPolicy, parseClaimsDocument, workForTrainingMonthlyRate } from "../src/index.js";
import { offenders } from "../scripts/quotations.mjs";
import { regionalPolicy, withExampleStandard } from "./support/national.js";
import { cert, course, JX, NANHU, ts, worker } from "./support/ordinary.js";
import { apprentice, E1, period } from "./support/apprenticeship.js";
import { E1 as WE1, E2 as WE2, monthRun, paidMonths, poor, wft } from "./support/workForTraining.js";

type O = Record<string, any>;
const run = (doc: O, policy: Policy = JX, on?: string) => {
  const p = parseClaimsDocument(doc);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  if (p.value.invalid.length > 0) throw new Error(JSON.stringify(p.value.invalid));
  return evaluateBatch(policy, p.value.document, on === undefined ? {} : ({ on } as never));
};
const got = (d: Decision | undefined) => `${d?.outcome}:${d?.amount}`;
const byId = (r: ReturnType<typeof run>) => Object.fromEntries(r.decisions.map((d) => [d.claimId, got(d)]));
const codes = (r: ReturnType<typeof run>, id: string) => r.decisions.find((d) => d.claimId === id)?.reasons.map((x) => x.code) ?? [];
const total = (m: Record<string, string>) => Object.values(m).filter((v) => v.startsWith("granted")).reduce((a, v) => a + Number(v.split(":")[1]), 0).toFixed(2);

// ── records ──
const E2 = { id: "E2", name: "嘉兴示例二厂", region: NANHU, unemploymentInsuranceRegion: NANHU };
const ap = (id: string, apprenticeshipId: string, submittedOn: string, ent = "E1"): O => ({ id, measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: ent }, enterpriseId: ent, apprenticeshipId, submittedOn });
/** The national frameworks (or gbf2019 alone), the example city, 以工代训 500.00 a month from 2019-05-18, 600.00 from 2021-01-01 (illustrative). */
const rise = (base: Policy) =>
  withExampleStandard(regionalPolicy(base), "wft-rise", workForTrainingMonthlyRate, { zh: "以工代训补贴标准（示意）", en: "work-for-training standard (illustrative)" }, [
    { from: "2019-05-18", value: "500.00" },
    { from: "2021-01-01", value: "600.00" },
  ]);
const NF_RISE = rise(nationalFrameworksPolicy());
const N_RISE = rise(nationalPolicy());
const wftDoc = (claims: O[], o: O = {}): O => ({ trainees: [poor()], enterprises: [WE1, WE2], claims, ...o });

/** Review 74's apprentice: E1 2020 (4000.00 a year), E2 2021–2022 (10000.00 a year). */
const movedRecords = (e1: O = {}) => [period("A1", "2020-01-01", "2020-12-31", { annualStandard: "4000.00", ...e1 }), period("A2", "2021-01-01", "2022-12-31", { enterpriseId: "E2", annualStandard: "10000.00" })];

describe("cold review 76: controls (passing)", () => {
  it("the quotations of this file are the texts, character for character", () => {
    expect(offenders(["test/review76.test.ts"])).toEqual([]);
  });

  it("a change of employer with E1's claim filed LAST: his first two years are paid (14000.00), by filing day and with `on`, whatever the ids", () => {
    for (const e1Id of ["A-E1", "Z-E1"]) {
      const doc = { trainees: [apprentice], enterprises: [E1, E2], apprenticeships: movedRecords(), claims: [ap("B-E2", "A2", "2021-02-01", "E2"), ap("C-E2", "A2", "2022-02-01", "E2"), ap(e1Id, "A1", "2023-01-05")] };
      // E1 4000 × 12 ÷ 12 = 4000.00 (2020, 1st year); E2 10000 × 12 ÷ 12 = 10000.00 (2021, 2nd); E2's 2022 (3rd): 24 months paid
      // (before 6e51aad, by filing day: B-E2 and C-E2 first, 20000.00, E1 refused)
      const want = { [e1Id]: "granted:4000.00", "B-E2": "granted:10000.00", "C-E2": "denied:0.00" };
      expect(byId(run(doc))).toEqual(want);
      expect(byId(run(doc, JX, "2023-01-05"))).toEqual(want);
      expect(total(byId(run(doc)))).toBe("14000.00");
    }
  });

  it("one record's claims: the later-filed never takes the earlier year (its basis is never earlier), by filing day and with `on`", () => {
    const doc = { trainees: [apprentice], enterprises: [E1], apprenticeships: [period("R", "2020-01-01", "2021-12-31")], claims: [ap("A", "R", "2021-02-01"), ap("Z", "R", "2020-06-01")] };
    const r = run(doc);
    // Z (filed 2020-06-01) competes on 2020-01-01 and is paid year 1: 6000 × 12 ÷ 12 = 6000.00; A (filed 2021-02-01, year 2
    // begun 2021-01-01) competes on 2021-01-01 and is paid year 2: 6000.00
    expect(byId(r)).toEqual({ Z: "granted:6000.00", A: "granted:6000.00" });
    expect(r.grants.map((g) => `${g.claimId} ${g.basisKeys?.[0]}`)).toEqual(["Z apprenticeshipSubsidy|P1|period 2020-01-01..2020-12-31", "A apprenticeshipSubsidy|P1|period 2021-01-01..2021-12-31"]);
    // judged on 2020-12-31 (year 2 not begun): one year, 6000.00; both claims compete on year 1 (2020-01-01), and Z, filed
    // first (2020-06-01), takes it: A apprenticeship_year_not_begun. Changed (2026-12-07, cold review 106's mend: a tie on
    // the basis date goes to the claim filed first); until then A, the lesser id, took year 1 and Z was refused.
    const early = run(doc, JX, "2020-12-31");
    expect(total(byId(early))).toBe("6000.00");
    expect(codes(early, "A")).toContain("apprenticeship_year_not_begun");
    // judged on 2021-01-01: both years, 12000.00
    expect(total(byId(run(doc, JX, "2021-01-01")))).toBe("12000.00");
  });

  it("odd dates: 29 February, the 31st with a last piece under a month, a record under a year", () => {
    const feb = { trainees: [apprentice], enterprises: [E1], apprenticeships: [period("F", "2020-02-29", "2022-02-27")], claims: [ap("C1", "F", "2020-03-10"), ap("C2", "F", "2020-03-10")] };
    // year 2 begins 2021-03-01 (2021 has no 29 February): on 2021-02-28 only year 1, 6000.00
    expect(byId(run(feb, JX, "2021-02-28"))).toEqual({ C1: "granted:6000.00", C2: "denied:0.00" });
    // on 2021-03-01: year 1 6000.00 + year 2's whole months 2021-03-01..2022-01-31 = 11: 6000 × 11 ÷ 12 = 5500.00
    const r = run(feb, JX, "2021-03-01");
    expect(byId(r)).toEqual({ C1: "granted:6000.00", C2: "granted:5500.00" });
    expect(r.grants.map((g) => g.basisKeys?.[0])).toEqual(["apprenticeshipSubsidy|P1|period 2020-02-29..2021-02-28", "apprenticeshipSubsidy|P1|period 2021-03-01..2022-01-31"]);
    // from the 31st: year 1 2020-01-31..2021-01-30; 2021-01-31..2021-02-27 is under a month (a month from 31 January ends
    // 28 February): no year 2 — 6000.00 once, the second claim refused, on any day
    const d31 = { trainees: [apprentice], enterprises: [E1], apprenticeships: [period("T", "2020-01-31", "2021-02-27")], claims: [ap("C1", "T", "2021-02-10"), ap("C2", "T", "2021-02-20")] };
    expect(byId(run(d31))).toEqual({ C1: "granted:6000.00", C2: "denied:0.00" });
    expect(byId(run(d31, JX, "2021-02-27"))).toEqual({ C1: "granted:6000.00", C2: "denied:0.00" });
    // under a year: 2020-03-15..2020-12-31, whole months 9 (to 2020-12-14): 6000 × 9 ÷ 12 = 4500.00, once
    const short = { trainees: [apprentice], enterprises: [E1], apprenticeships: [period("S", "2020-03-15", "2020-12-31")], claims: [ap("C1", "S", "2021-01-10"), ap("C2", "S", "2021-01-10")] };
    expect(byId(run(short))).toEqual({ C1: "granted:4500.00", C2: "denied:0.00" });
  });

  it("a student then an employee apprentice, all filed on one day: 12 months of the one, 24 of the other (two provisions)", () => {
    const doc = {
      trainees: [apprentice],
      enterprises: [E1, E2],
      apprenticeships: [period("S", "2020-01-01", "2021-06-30", { kind: "student", annualStandard: undefined, monthlyInternshipAllowance: "2500.00" }), period("B", "2021-07-01", "2023-06-30", { enterpriseId: "E2", annualStandard: "8000.00" })],
      claims: [ap("S2", "S", "2023-07-10"), ap("S1", "S", "2023-07-10"), ap("B3", "B", "2023-07-10", "E2"), ap("B1", "B", "2023-07-10", "E2"), ap("B2", "B", "2023-07-10", "E2")],
    };
    // student (terms read on 2020-01-01, a record of a year and a half): min(2500, 3000) × 12 ÷ 12 = 2500.00, its second
    // year refused (「补助不超过 1 年」); employee (2021-07-01, in force): 8000 × 12 ÷ 12 = 8000.00 twice, a third refused
    const want = { S1: "granted:2500.00", S2: "denied:0.00", B1: "granted:8000.00", B2: "granted:8000.00", B3: "denied:0.00" };
    expect(byId(run(doc))).toEqual(want);
    expect(total(want)).toBe("18500.00");
  });

  it("以工代训 months out of order: the first six are paid, the earlier claim filed later (old order paid the later months)", () => {
    const doc = wftDoc([wft("A", ["2021-02", "2021-01"], "2021-03-01"), wft("B", ["2020-11", "2020-07", "2020-09", "2020-08", "2020-10"], "2021-06-01")]);
    const r = run(doc, NF_RISE);
    // B first (2020-07-01): 5 × 500 = 2500.00; A: January 2021 only (six reached): 1 × 600 = 600.00 — total 3100.00
    // (by filing day, before 6e51aad: A 2 × 600 = 1200.00, B 4 × 500 = 2000.00 = 3200.00)
    expect(byId(r)).toEqual({ A: "granted:600.00", B: "granted:2500.00" });
    expect(paidMonths(r.decisions.find((d) => d.claimId === "B") as Decision)).toEqual(monthRun("2020-07", 5));
  });

  it("以工代训 months not begun at filing are not paid then, and claimed again once begun; judged with `on`, the first six in one claim", () => {
    const doc = wftDoc([wft("A", monthRun("2020-07", 6), "2020-08-15"), wft("B", monthRun("2020-09", 4), "2021-01-05")]);
    // on its filing day A is paid July, August: 2 × 500 = 1000.00; B September–December: 4 × 500 = 2000.00 (six in all)
    expect(byId(run(doc, NF_RISE))).toEqual({ A: "granted:1000.00", B: "granted:2000.00" });
    // judged on 2021-01-05: A all six, 6 × 500 = 3000.00; B's months paid
    expect(byId(run(doc, NF_RISE, "2021-01-05"))).toEqual({ A: "granted:3000.00", B: "denied:0.00" });
  });

  it("以工代训 across the national framework's end (gbf2019 alone, to 2021): the months before it first, 2022 held only while room is left", () => {
    const one = run(wftDoc([wft("A", monthRun("2021-11", 6), "2022-05-01"), wft("B", monthRun("2021-06", 5), "2022-05-01")]), N_RISE);
    // B (2021-06-01) first: 5 × 600 = 3000.00; A: November 2021, 1 × 600 = 600.00 (six reached; 2022 needs no later text)
    expect(byId(one)).toEqual({ A: "granted:600.00", B: "granted:3000.00" });
    const two = run(wftDoc([wft("A", monthRun("2022-01", 6), "2022-07-01"), wft("B", monthRun("2021-09", 4), "2022-07-01")]), N_RISE);
    // B: 4 × 600 = 2400.00; A: all after the end, two months of room: held for a later text
    expect(byId(two)).toEqual({ A: "undecidable:null", B: "granted:2400.00" });
  });

  it("other measures of the person: moving the apprenticeship claims earlier changes no training-subsidy decision (the cap of 3; an apprenticeship claim paid or held beside them)", () => {
    const cs = ["C1", "C2", "C3", "C4"].map((id, i) => cert(id, { courseId: `K${i + 1}`, occupation: { code: ["EX-ELEC", "EX-WELD", "EX-FORK", "EX-SEW"][i], name: "示意" }, issuedOn: `2020-0${6 + i}-20` }));
    const ks = ["K1", "K2", "K3", "K4"].map((id, i) => course(id, { occupation: cs[i]!.occupation, startDate: `2020-0${6 + i}-01`, endDate: `2020-0${6 + i}-10` }));
    for (const e1 of [{}, { annualStandard: undefined }]) {
      // E1's record with and without its standard (its claim paid, or held: a held apprenticeship claim takes no place of the cap)
      const base = { trainees: [worker()], enterprises: [E1, E2], courses: ks, certificates: cs, apprenticeships: movedRecords(e1) };
      const training = [ts("T1", "C1", { submittedOn: "2021-02-01" }), ts("T2", "C2", { submittedOn: "2021-02-01" }), ts("T3", "C3", { submittedOn: "2021-02-01" }), ts("T4", "C4", { submittedOn: "2021-02-01" })];
      const appr = [ap("A-E1", "A1", "2021-02-01"), ap("B-E2", "A2", "2021-02-01", "E2")];
      for (const on of [undefined, "2022-03-01"]) {
        const alone = byId(run({ ...base, claims: training }, JX, on));
        const withAppr = byId(run({ ...base, claims: [...appr, ...training] }, JX, on));
        for (const id of ["T1", "T2", "T3", "T4"]) expect(withAppr[id]).toBe(alone[id]);
        // the illustrative catalogue's 初级工 rows: EX-ELEC 1000.00, EX-WELD 1200.00, EX-FORK 900.00; the fourth of 2020
        // (EX-SEW) refused: gbf2019 §(十二) 「原则上每人每年可享受不超过3次」
        expect(alone).toEqual({ T1: "granted:1000.00", T2: "granted:1200.00", T3: "granted:900.00", T4: "denied:0.00" });
        // and the apprenticeship: 4000 × 12 ÷ 12 + 10000 × 12 ÷ 12 = 14000.00, or E1's held and E2's 10000.00
        expect((withAppr["A-E1"] ?? "") + " " + (withAppr["B-E2"] ?? "")).toBe("annualStandard" in e1 ? "undecidable:null granted:10000.00" : "granted:4000.00 granted:10000.00");
      }
    }
  });

  it("the command line (ndjson; --order trainee; --threads 2; --on) gives the library's decisions, in its judged order", () => {
    const dir = mkdtempSync(join(tmpdir(), "review76-"));
    const p2 = { ...apprentice, id: "P2" };
    const claims = [ap("B-E2", "A2", "2021-02-01", "E2"), ap("C-E2", "A2", "2022-02-01", "E2"), ap("Z-E1", "A1", "2023-01-05")];
    const doc = {
      trainees: [apprentice, p2],
      enterprises: [E1, E2],
      apprenticeships: [...movedRecords(), ...movedRecords().map((a) => ({ ...a, id: `${a["id"]}-2`, traineeId: "P2" }))],
      claims: [...claims, ...claims.map((c) => ({ ...c, id: `${c["id"]}-2`, traineeId: "P2", apprenticeshipId: `${c["apprenticeshipId"]}-2` }))],
    };
    const file = join(dir, "claims.json");
    writeFileSync(file, JSON.stringify(doc));
    const cli = (...extra: string[]) =>
      execFileSync(process.execPath, ["dist/cli.js", "evaluate", file, "--format", "ndjson", "--no-trace", "--quiet", "--policy", "jiaxing-2019", ...extra], { encoding: "utf8" })
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map((l) => JSON.parse(l) as O)
        .filter((o) => o["type"] === "decision")
        .map((o) => `${o["claimId"]} ${o["outcome"]}:${o["amount"]}`);
    for (const on of [undefined, "2023-01-05"]) {
      const lib = run(doc, JX, on).decisions.map((d) => `${d.claimId} ${got(d)}`);
      const onArgs = on === undefined ? [] : ["--on", on];
      // judged order: Z-E1 (2020-01-01) before B-E2 (2021-01-01) before C-E2 (2022-01-01, by filing day) — each trainee's 14000.00
      expect(cli(...onArgs)).toEqual(lib);
      expect(cli(...onArgs, "--threads", "2")).toEqual(lib);
      expect([...cli(...onArgs, "--order", "trainee")].sort()).toEqual([...lib].sort());
      expect(lib.filter((l) => l.includes("granted")).length).toBe(4);
    }
  }, 120_000);
});

describe("cold review 76: findings (it.fails: what I think right)", () => {
  // F1 — 40 %. gbf2019 §(十一) 「最长不超过 6个月」; 6e51aad's aim: the first months paid, however the claims are named.
  // Library: the two claims tie on 2020-07-01 and the id decides (3500.00 or 3000.00). Mend: the 以工代训 rule or the engine
  // takes the person's months of the batch in calendar order, not claim by claim.
  it.fails("F1: 以工代训 — July 2020 claimed in two claims: the first six months (July–December 2020, 3000.00) are paid whatever the claim ids", () => {
    for (const [a, b] of [
      ["A", "B"],
      ["B", "A"],
    ] as const) {
      // `a`: July 2020 + January–May 2021; `b`: July–December 2020; filed together
      const r = run(wftDoc([wft(a, ["2020-07", ...monthRun("2021-01", 5)], "2021-07-01"), wft(b, monthRun("2020-07", 6), "2021-07-01")]), NF_RISE);
      // right: July–December 2020, 6 × 500 = 3000.00 in all (the library: 500 + 5 × 600 = 3500.00 when `a` sorts first)
      expect(total(byId(r))).toBe("3000.00");
      expect(r.decisions.flatMap((d) => paidMonths(d)).sort()).toEqual(monthRun("2020-07", 6));
    }
  });

  // F2 — 45 %. gbf2019 §(十一) 「最长不超过 6个月」. A month already paid at a claim's head moves the claim before one of earlier
  // unpaid months, against the filing order that paid those before 6e51aad. Mend: src/engine.ts competesOn — the first
  // month the claim may pay (not in the prior ledger), or F1's mend.
  // Mended (src/engine.ts competesOn: the first month the prior ledger has not paid).
  it("F2: 以工代训 — a claim re-listing a month already paid does not jump a claim of earlier unpaid months (B 2500.00, not A 3000.00)", () => {
    const r1 = run(wftDoc([wft("W0", ["2020-05"], "2020-06-01")]), NF_RISE);
    // first run: May 2020, 1 × 500 = 500.00
    expect(byId(r1)).toEqual({ W0: "granted:500.00" });
    const r2 = run(wftDoc([wft("A", ["2020-05", ...monthRun("2021-01", 5)], "2021-06-15"), wft("B", monthRun("2020-07", 5), "2021-06-01")], { ledger: r1.grants }), NF_RISE);
    // right: B (filed first, months July–November 2020, none paid) 5 × 500 = 2500.00; A: May 2020 paid, six reached: refused
    // (library: A competes on 2020-05-01, paid January–May 2021, 5 × 600 = 3000.00; B work_for_training_months_used)
    expect(byId(r2)).toEqual({ A: "denied:0.00", B: "granted:2500.00" });
  });

  // F3 — 35 %. jx2019 三(一)二 「补助原则上不超过 2 年」; the reading's «A claim held undecidable … keeps its place». Library:
  // E1's held claim takes no place; E2's 2nd and 3rd years are paid (20000.00) and E1's first is refused when refiled. Mend:
  // apprenticeshipSubsidy.ts counts earlier held apprenticeship claims against the months left (held, not paid or refused).
  // Mended (mendA111, cold review 111 F1): apprenticeshipSubsidy.ts counts the months an earlier held year of another record may
  // take against the months left (heldApprenticeYears) and holds the claim that needs them, earlier_claim_undecided.
  it("F3: apprenticeship — E1's held first year keeps its place: E2's third year waits, and the refiled first year is paid (14000.00, not 20000.00)", () => {
    const doc = { trainees: [apprentice], enterprises: [E1, E2], apprenticeships: movedRecords({ annualStandard: undefined }), claims: [ap("A-E1", "A1", "2022-02-01"), ap("B-E2", "A2", "2022-02-01", "E2"), ap("C-E2", "A2", "2022-02-01", "E2")] };
    const r1 = run(doc);
    // E1's claim held for its record's standard (apprenticeship_standard_unknown) — both readings agree
    expect(byId(r1)["A-E1"]).toBe("undecidable:null");
    // right: B-E2 paid his 2nd year, 10000 × 12 ÷ 12 = 10000.00; C-E2 (his 3rd) held behind A-E1 (library: granted 10000.00)
    expect(byId(r1)).toEqual({ "A-E1": "undecidable:null", "B-E2": "granted:10000.00", "C-E2": "undecidable:null" });
    // refiled with E1's standard, the first run's grants as ledger: E1 4000 × 12 ÷ 12 = 4000.00; C-E2 refused (24 months)
    const r2 = run({ ...doc, apprenticeships: movedRecords(), claims: [doc.claims[0], doc.claims[2]], ledger: r1.grants });
    expect(byId(r2)).toEqual({ "A-E1": "granted:4000.00", "C-E2": "denied:0.00" });
    // 4000.00 + 10000.00 = 14000.00 in all (library: 10000.00 + 10000.00 = 20000.00, E1 apprenticeship_term_used)
  });

  // F2b — 45 %, the same cause: a month before the most months is in force (April 2019, before_provision_start) at a claim's
  // head. Library: A competes on 2019-04-01, paid January–June 2021, 6 × 600 = 3600.00; B (filed first) refused. Before
  // 6e51aad (filing day) B first: 3000.00.
  // Mended 2026-12-07 (src/engine.ts competesOn: a month before the provision places no claim); seen failing as `it` before.
  it("F2b: 以工代训 — a claim headed by a month before the provision does not jump a claim of earlier payable months (B 3000.00, not A 3600.00)", () => {
    const r = run(wftDoc([wft("A", ["2019-04", ...monthRun("2021-01", 6)], "2021-07-01"), wft("B", monthRun("2020-07", 6), "2021-06-01")]), NF_RISE);
    // right: B July–December 2020, 6 × 500 = 3000.00; A: April 2019 before the provision, six reached: refused
    // (library: A 6 × 600 = 3600.00, B work_for_training_months_used)
    expect(byId(r)).toEqual({ A: "denied:0.00", B: "granted:3000.00" });
  });
});
