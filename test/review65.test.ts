/**
 * Cold review 65: one person, several measures, several years, in Jiaxing (jx2019 over gbf2019); one batch and split into
 * batches (the first batch's grants given as the second's prior ledger). Reviewed at HEAD 4fe62cd.
 * Mended the same evening (e7244fb, reading course-trained-once): F3 and F3b (one pre-job or safety course paid twice)
 * now pass and are tests; F1 stays a record; F2 is answered by the contract (docs/cli.md «Chained runs»: a later batch holds every record of its trainees so far).
 *
 * My table, from law/sources/jx2019.txt and gbf2019 §(十一)–(十二) before the code (paraphrase unless in 「」):
 *
 * | measure (who is paid)                          | amount                                            | limits in the text |
 * |------------------------------------------------|---------------------------------------------------|--------------------|
 * | training subsidy on a certificate (person)     | the catalogue row, 「同一工种、同一等级、同一补贴标准」 | 「职业培训补贴原则上每人每年可享受不超过 3 次，但同一职业（项目）同一等级不可重复享受」 |
 * | project training (provider, 政府购买服务)         | the project row; basis 「培训合格证书、特种作业操作证书」 | same cap and no-repeat (a project is 「（项目）」) |
 * | pre-job training 岗前培训 (组织单位)              | 「按初级工标准给予组织单位补贴」, ≥ 40 课时, within 12 months of hire | paraphrase: a training subsidy for the person's certificate, so inside the cap |
 * | safety training 安全技能培训 (person or 组织单位) | 「按初级工标准给予个人或组织单位补贴」, UI in the city 1 year+ | one payee per certificate (或) |
 * | trade-friction uplift                           | 「上浮 30%」 until 「2021 年底前」                    | an adjustment of the training subsidy, not a measure of its own |
 * | appraisal subsidy 鉴定补贴 (person)              | 「初级工、中级工 120 元，高级工、技师 150 元，高级技师 180 元」 | 「同一职业（工种）同一技能等级通过初次职业技能鉴定」, 「（不含培训合格证书）」, 「从 2020 年 1 月 1 日起执行，以证书发放日期为准」 |
 * | living allowance 生活费补贴 (person, groups)      | 「按每人每天 50 元标准给予生活费补贴」 「在培训期间」  | per person per day (paraphrase: one day cannot be paid twice); gbf2019 「同时给予」 with the subsidised training |
 * | apprenticeship (enterprise)                     | employee 4000–10000 a year, 「原则上不超过 2 年」; student ≤ 3000, 「不超过 1 年」 | per apprentice |
 * | package development grant (院校/协会/企业)        | 「给予每个不超过 5 万元补助」                         | per package |
 * | national: skill-upgrade subsidy (insured)       | local standard (none in jx2019)                    | 「按规定给予职业培训补贴或参保职工技能提升补贴」: one or the other for one training |
 * | national: 以工代训 (enterprise)                   | local standard (none in jx2019)                    | 「最长不超过 6个月」 |
 *
 * Exclusive / limited: the training subsidy vs the skill-upgrade subsidy for one training (或); the 4th training subsidy
 * of a year; a 2nd training subsidy at one occupation (project) and level ever; a 2nd appraisal subsidy at one
 * occupation and level (初次); an appraisal on a training-completion certificate; an appraisal certificate issued before
 * 2020-01-01; a living-allowance day twice.
 * Payable together (nothing in the text excludes them; they are different measures under different sentences): the
 * training subsidy AND the appraisal subsidy on one certificate; the training subsidy AND the living allowance for one
 * course (「同时」); a 2nd training subsidy at a HIGHER level of the same occupation (「有技能的劳动者提升一个技能等级」);
 * an appraisal subsidy when that certificate's training subsidy is refused (e.g. the 4th of the year) — the appraisal
 * sentence has no cap and is not a 职业培训补贴.
 *
 * How: then src/jurisdictions/jiaxing/jx2019.ts, the annual-cap, no-repeat, skill-upgrade and living-allowance rules, the
 * readings annual-cap-calendar-year, training-or-skill-upgrade, appraisal-first-by-certificates,
 * living-allowance-repeat-course, pay-once-basis, pre-job-no-repeat, claim-order-by-issue-date, certificate-names-its-course,
 * national-pension-scope, docs/cli.md «Chained runs», docs/jiaxing-worked-example.md; test/support/ordinary.ts for the
 * ordinary Jiaxing claimant. Every case is decided through the public boundary (parseClaimsDocument → evaluateBatch) in
 * ONE batch and SPLIT into two (`split`: the first batch's `grants` as the second's `ledger`), the second batch given every
 * record or only its own. Amounts are the ILLUSTRATIVE catalogue's (fixtures/jiaxing/catalogue-2020.json), not official.
 *
 * Found, money first (each an `it.fails` below asserting what I think is right; each run once as `it` and seen failing at
 * its last assertion):
 *
 * F1. (500.00 paid; confidence 45 %) Living allowance on a course repeating an occupation and level that the insured
 *     skill-upgrade subsidy already paid. Passages: 「按规定给予职业培训补贴或参保职工技能提升补贴」 and gbf2019 「同时给予生活费补贴」.
 *     An insured disabled employee (a living-allowance person in Jiaxing, reading jiaxing-living-allowance-disabled) was paid the
 *     skill-upgrade subsidy on EX-ELEC 初级工 (prior grant from the province's ledger); in 2021 she repeats an EX-ELEC 初级工
 *     course. The library refuses the course's training subsidy (other_measure_already_paid), but PAYS its living allowance,
 *     10 × 50 = 500.00. After a TRAINING-subsidy grant on the same occupation and level it refuses both (reading
 *     living-allowance-repeat-course). By that reading's own reason (a course the texts no longer subsidise is not the training
 *     the allowance goes with) the skill-upgrade case is the same: 0.00. Alternative: the reading limits itself to the measures
 *     of `trainingSubsidy.noRepeatMeasures` and the skill-upgrade subsidy is another fund; and whether the no-repeat bar reaches
 *     the allowance at all was itself held at ~50 % (review 27). Likely fix: src/provisions/livingAllowance/livingAllowance.ts
 *     `repeatCourseCheck` (≈ l. 190: `measures` = noRepeatMeasures only) — also count a grant of the other measure of 「或」 on
 *     the occupation and level (as `otherMeasureGrant` in src/provisions/skillUpgrade/insuredSkillUpgrade.ts does for the
 *     training subsidy).
 *
 * F2. (120.00 paid; confidence 45 %) A chained run pays a second 初级工 appraisal that one batch refuses as not the first.
 *     Passages: 「同一职业（工种）同一技能等级通过初次职业技能鉴定」, 「职业技能鉴定补贴从 2020 年 1 月 1 日起执行，以证书发放日期为准」.
 *     Her EX-ELEC 初级工 certificate of 2019-12-20 is refused the appraisal subsidy (before 2020-01-01), so no grant records it;
 *     in June 2020 a second EX-ELEC 初级工 certificate. One batch (or a second batch given every record): refused,
 *     appraisal_not_first (reading appraisal-first-by-certificates: a 2019 certificate counts). A second batch as docs/cli.md
 *     «Chained runs» describes one — «a later batch (next month's claims) is run with --ledger set to the grants so far», its
 *     document holding the records its claims name — pays 120.00: the first-time rule reads the document's certificates and
 *     the certificates GRANTS paid, and a certificate whose claims were refused or held leaves nothing in the ledger. (With
 *     the 2019 training-subsidy claim held, no_local_standard, the 2020 training subsidy is also paid 1000.00 in the chain and
 *     held in the batch — that part is the documented «a hold is not carried».) Alternative: the operator must send each
 *     trainee's whole certificate history; then say so. Likely fix: docs/cli.md «Chained runs» (and docs/readings.md's
 *     appraisal-first text: «a run need not repeat the certificates an earlier run paid» — it must repeat those it did not
 *     pay), or carry refused certificates between runs (src/engine.ts decideBatch / the grants file).
 *
 * F3. (800.00 paid twice; confidence 35 %) One 40-课时 pre-job course subsidised twice. Passage: 「培训时间不低于 40 课时，
 *     培训后取得专项职业能力证书（或培训合格证书），按初级工标准给予组织单位补贴」 with 「同一职业（项目）同一等级不可重复享受」. The
 *     employer is paid 800.00 (EX-SEW 初级工 row) for its new hire's pre-job course K2 on her 专项职业能力证书; an EX-SEW 初级工
 *     skill-level certificate from the SAME course is paid 800.00 again — to her (an ordinary training subsidy), or to the
 *     employer (gbf2019's employee route, even when the claim names K2). F3b: the same for a safety course — 1200.00 on the
 *     特种作业操作证 「按初级工标准」 and 1200.00 again on an EX-WELD 初级工 certificate naming the same course. Alternative (the
 *     library's, reading pre-job-no-repeat and pay-once-basis): the route pays the rate of 初级工, not the level; the basis of
 *     the training subsidy is the certificate, so two certificates are two subsidies. That reading was written for «the
 *     worker's later 初级工 certificate»; a certificate of the same course is the same training paid twice at the same row.
 *     Likely fix: src/jurisdictions/jiaxing/preJobTraining.ts and safetyTraining.ts — key the route's grant by its course too
 *     (`trainingSubsidy|P1|course K2`) and refuse a training subsidy on a certificate naming a course a route already paid;
 *     or record the route grant at 初级工 for a certificate of the same course.
 *
 * Considered, not recorded (money, but I hold the library's reading as defensible):
 * - The living allowance is paid for an employer's pre-job course, a safety course and an employer-organised course (a
 *   povertyRegistered new hire: 500.00 each). jx2019 gives it inside 四(三) 「实施重点群体就业创业免费培训计划」, while pre-job and
 *   safety training are 三(一) enterprise training paid to the 组织单位; but gbf2019 §(十一)'s sentence is not tied to a course kind
 *   and the library's groups and rate follow it. About 30 %.
 * - At 62 with the pension unrecorded, the training and appraisal subsidies are held (asked from 60, reading
 *   pension-entitlement-test) while the living allowance is paid (reading national-pension-scope: «a record silent on the pension
 *   is not asked»). Documented, deliberate.
 * - Split order: a batch that decides a later-issued certificate before an earlier one (filed late) pays the later one and
 *   refuses the earlier (the cap's 4th, the no-repeat's second, the appraisal's second): the totals agree at one occupation and
 *   level; across occupations the refused one is another row (documented as left open in claim-order-by-issue-date).
 * - An apprenticeship switched between employers with overlapping months is held (apprenticeship_year_partly_paid): time, not money.
 *
 * Held (controls below): the ordinary worker's career 初级工 2020 → 中级工 2021 (training 1000 + 1500, appraisal 120 + 120, one
 * batch = two, the second with or without the 2020 records); a second 初级工 of the same occupation refused twice (training and
 * appraisal), also when filed late; higher level first then lower, all paid; the cap at 2020-12-31 / 2021-01-01 with the 4th's
 * appraisal paid either way; the cap counts a pre-job grant paid to the employer; an enterprise's and the employee's claims on
 * one certificate paid once, the appraisal still the employee's; the trade-friction uplift on the safety (1560), pre-job (1040)
 * and catalogue (1300) routes and not on the appraisal (120); living allowance — overlapping courses pay each day once (500 +
 * 200), the same course once, beside the training and appraisal subsidies of the same course over two years, a repeated
 * course after a training subsidy to her or to her employer refused, the project repeated refused, the year-boundary either
 * side of the first day; a skill-upgrade grant refuses the training subsidy (或) and leaves the appraisal; the apprenticeship's
 * 2 years over the person's history across employers; one safety certificate paid once between person and organiser across
 * batches. Probed and held but not kept as tests: the living allowance with days unknown beside an overlapping course (held,
 * in the batch and chained, with or without the first course's record); student then employee apprentice (1250 + 10000); the
 * appraisal on a 专项能力 or 特种作业 certificate (denied, no level); an appraisal outside the catalogue (paid: no catalogue in its
 * sentence); 技师 150; the pensioner refused all three measures; appraisal and living allowance filed by the enterprise or
 * organiser paid to the trainee.
 */
import { describe, expect, it } from "vitest";
import type { Decision } from "../src/index.js";
import { evaluateBatch, parseClaimsDocument } from "../src/index.js";
import { appraisal, cert, course, E1, JX, ts, worker } from "./support/ordinary.js";

type O = Record<string, any>;
const run = (doc: O) => {
  const p = parseClaimsDocument(doc);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  if (p.value.invalid.length > 0) throw new Error(JSON.stringify(p.value.invalid));
  return evaluateBatch(JX, p.value.document);
};
const got = (d: Decision | undefined) => `${d?.outcome}:${d?.amount}`;
const byId = (r: ReturnType<typeof run>) => Object.fromEntries(r.decisions.map((d) => [d.claimId, got(d)]));

/** One batch vs split: claims with ids in `first` decided first, their grants the second batch's ledger. `drop` takes records out of batch 2's document. */
const split = (doc: O, first: string[], drop: (d: O) => O = (d) => d) => {
  const b1 = run({ ...doc, claims: doc.claims.filter((c: O) => first.includes(c.id)) });
  const b2 = run({ ...drop(doc), claims: doc.claims.filter((c: O) => !first.includes(c.id)), ledger: [...(doc.ledger ?? []), ...b1.grants] });
  return { ...byId(b1), ...byId(b2) };
};
const ECOM = { code: "EX-ECOM", name: "农村电商（项目制培训，示意）" };
const SEW = { code: "EX-SEW", name: "缝纫工（示意）" };
const CARE = { code: "EX-CARE", name: "养老护理员（示意）" };
const WELD = { code: "EX-WELD", name: "焊工（示意）" };
const FORK = { code: "EX-FORK", name: "叉车司机（示意）" };
const la = (id: string, courseId: string, o: O = {}): O => ({ id, measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, courseId, submittedOn: "2021-02-01", ...o });

/** The person: a Nanhu-hukou worker; `o` changes the record. */
const P = (o: O = {}): O => worker(o);
/** A living-allowance person (就业困难人员), with no employer on record. */
const LAP = (o: O = {}): O => worker({ statuses: ["employmentDifficulty"], employerId: undefined, unemploymentInsuranceMonths: undefined, ...o });
const TRAINEE = { kind: "trainee", id: "P1" };
/** A skill-upgrade subsidy grant kept by another system (the province's unemployment-insurance ledger). */
const suGrant = (o: O = {}): O => ({ id: "G-SU", claimId: "OLD-SU", traineeId: "P1", measure: "insuredSkillUpgradeSubsidy", provision: "gbf2019.employee-training", payee: TRAINEE, amount: "1000.00", basisDate: "2020-06-20", occupationCode: "EX-ELEC", level: "junior", certificateId: "C1", ...o });
const tsGrant = (o: O = {}): O => suGrant({ id: "G-TS", claimId: "OLD-TS", measure: "trainingSubsidy", provision: "jx2019.catalogue", ...o });
const sum = (m: Record<string, string>) => Object.values(m).filter((v) => v.startsWith("granted")).reduce((a, v) => a + Number(v.split(":")[1]), 0).toFixed(2);
const both = (doc: O, first: string[], drop?: (d: O) => O) => ({ one: byId(run(doc)), two: split(doc, first, drop) });

describe("cold review 65: controls (passing)", () => {
  it("an ordinary worker's two-year career (初级工 2020, 中级工 2021): training + appraisal each year, in one batch and in two", () => {
    const doc = {
      trainees: [P()], enterprises: [E1],
      courses: [course("K1"), course("K2", { level: "intermediate", startDate: "2021-03-01", endDate: "2021-03-10" })],
      certificates: [cert("C1"), cert("C2", { level: "intermediate", issuedOn: "2021-03-20", courseId: "K2" })],
      claims: [ts("T1", "C1"), appraisal("A1", "C1"), ts("T2", "C2", { submittedOn: "2021-04-01" }), appraisal("A2", "C2", { submittedOn: "2021-04-01" })],
    };
    // T1 1000.00 (EX-ELEC 初级工 row, illustrative); A1 120.00 「初级工、中级工 120 元」; T2 1500.00 (EX-ELEC 中级工 row);
    // A2 120.00 「初级工、中级工 120 元」 — nothing excludes the training subsidy and the appraisal subsidy on one certificate,
    // and 中级工 is another 等级 (「同一职业（项目）同一等级不可重复享受」 does not reach it)
    const want = { T1: "granted:1000.00", A1: "granted:120.00", T2: "granted:1500.00", A2: "granted:120.00" };
    const r = both(doc, ["T1", "A1"]);
    expect(r.one).toEqual(want);
    expect(r.two).toEqual(want);
    // the second batch's document without the 2020 records: the grants carry what is needed
    expect(split(doc, ["T1", "A1"], (d) => ({ ...d, courses: [d.courses[1]], certificates: [d.certificates[1]] }))).toEqual(want);
    expect(sum(r.one)).toBe("2740.00"); // 1000 + 120 + 1500 + 120
  });

  it("a second 初级工 certificate of the same occupation next year: training and appraisal both refused, in one batch and in two (with or without the 2020 records)", () => {
    const doc = {
      trainees: [P()],
      courses: [course("K1"), course("K3", { startDate: "2021-03-01", endDate: "2021-03-10" })],
      certificates: [cert("C1"), cert("C3", { issuedOn: "2021-03-20", courseId: "K3" })],
      claims: [ts("T1", "C1"), appraisal("A1", "C1"), ts("T3", "C3", { submittedOn: "2021-04-01" }), appraisal("A3", "C3", { submittedOn: "2021-04-01" })],
    };
    // 「同一职业（项目）同一等级不可重复享受」; 「同一职业（工种）同一技能等级通过初次职业技能鉴定」
    const want = { T1: "granted:1000.00", A1: "granted:120.00", T3: "denied:0.00", A3: "denied:0.00" };
    expect(both(doc, ["T1", "A1"])).toEqual({ one: want, two: want });
    expect(split(doc, ["T1", "A1"], (d) => ({ ...d, courses: [d.courses[1]], certificates: [d.certificates[1]] }))).toEqual(want);
    // filed late: the 2021 certificate decided first in a batch that does not hold the 2020 one; the 2020 one then refused —
    // one of each paid for EX-ELEC 初级工 either way
    const b1 = run({ ...doc, courses: [doc.courses[1]], certificates: [doc.certificates[1]], claims: doc.claims.slice(2) });
    const b2 = run({ ...doc, claims: doc.claims.slice(0, 2), ledger: b1.grants });
    // the 2021 EX-ELEC 初级工 pays the row 1000.00 and 「初级工、中级工120元」 120.00; the 2020 one then repeats both: 0.00
    expect({ ...byId(b1), ...byId(b2) }).toEqual({ T3: "granted:1000.00", A3: "granted:120.00", T1: "denied:0.00", A1: "denied:0.00" });
  });

  it("higher level first, lower next year: both training subsidies and both appraisals paid (another 等级 each time)", () => {
    const doc = {
      trainees: [P()],
      certificates: [cert("C1", { level: "intermediate", courseId: undefined }), cert("C2", { courseId: undefined, issuedOn: "2021-02-01" })],
      claims: [ts("T1", "C1"), appraisal("A1", "C1"), ts("T2", "C2", { submittedOn: "2021-02-02" }), appraisal("A2", "C2", { submittedOn: "2021-02-02" })],
    };
    // 1500.00 中级工 row, 1000.00 初级工 row, 120.00 each (「初级工、中级工 120 元」)
    const want = { T1: "granted:1500.00", A1: "granted:120.00", T2: "granted:1000.00", A2: "granted:120.00" };
    expect(both(doc, ["T1", "A1"])).toEqual({ one: want, two: want });
  });

  it("the annual cap at the year boundary: a 4th certificate of 2020-12-31 refused, of 2021-01-01 paid; its appraisal paid either way; one batch = two", () => {
    const doc = (d4: string) => ({
      trainees: [P()],
      certificates: [cert("C1", { courseId: undefined, issuedOn: "2020-03-01" }), cert("C2", { courseId: undefined, occupation: CARE, issuedOn: "2020-05-01" }), cert("C3", { courseId: undefined, occupation: WELD, issuedOn: "2020-07-01" }), cert("C4", { courseId: undefined, occupation: FORK, issuedOn: d4 })],
      claims: [ts("T1", "C1", { submittedOn: "2020-07-05" }), ts("T2", "C2", { submittedOn: "2020-07-05" }), ts("T3", "C3", { submittedOn: "2020-07-05" }), ts("T4", "C4", { submittedOn: "2021-01-05" }), appraisal("A4", "C4", { submittedOn: "2021-01-05" })],
    });
    // 1000.00 + 900.00 + 1200.00 (EX-ELEC, EX-CARE, EX-WELD 初级工 rows); 「职业培训补贴原则上每人每年可享受不超过 3 次」 by the issue date's year;
    // the appraisal subsidy is no 职业培训补贴 and has no cap: 120.00
    const base = { T1: "granted:1000.00", T2: "granted:900.00", T3: "granted:1200.00", A4: "granted:120.00" };
    expect(both(doc("2020-12-31"), ["T1", "T2"])).toEqual({ one: { ...base, T4: "denied:0.00" }, two: { ...base, T4: "denied:0.00" } });
    // 900.00: EX-FORK 初级工 row, the 1st of 2021
    expect(both(doc("2021-01-01"), ["T1", "T2"])).toEqual({ one: { ...base, T4: "granted:900.00" }, two: { ...base, T4: "granted:900.00" } });
  });

  it("the cap counts the pre-job grant paid to the employer for her certificate; her own claim on that certificate refused; one batch = two", () => {
    const doc = {
      trainees: [P()], enterprises: [E1],
      courses: [course("K2", { kind: "preJob", occupation: SEW, level: undefined, classHours: 40, hireDate: "2020-05-20", organizerId: "E1" })],
      certificates: [cert("C2", { kind: "specialAbilityCertificate", occupation: SEW, level: undefined, courseId: "K2", issuedOn: "2020-06-21" }), cert("C1", { courseId: undefined, issuedOn: "2020-07-01" }), cert("C3", { courseId: undefined, occupation: CARE, issuedOn: "2020-08-01" }), cert("C4", { courseId: undefined, occupation: WELD, issuedOn: "2020-09-01" })],
      claims: [ts("B", "C2", { courseId: "K2", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1" }), ts("B2", "C2", { courseId: "K2", submittedOn: "2020-07-02" }), ts("T1", "C1", { submittedOn: "2020-10-01" }), ts("T3", "C3", { submittedOn: "2020-10-01" }), ts("T4", "C4", { submittedOn: "2020-10-01" })],
    };
    // B 800.00: 「按初级工标准给予组织单位补贴」 (EX-SEW 初级工 row); T1 1000.00, T3 900.00; T4 the 4th of 2020
    const want = { B: "granted:800.00", B2: "denied:0.00", T1: "granted:1000.00", T3: "granted:900.00", T4: "denied:0.00" };
    expect(both(doc, ["B"])).toEqual({ one: want, two: want });
    expect(both(doc, ["B", "B2"]).two).toEqual(want);
  });

  it("an enterprise's claim and the employee's own on one certificate: paid once (to the enterprise that claimed first by id); the appraisal still to the employee", () => {
    const doc = { trainees: [P()], enterprises: [E1], courses: [course("K1", { organizerId: "E1" })], certificates: [cert("C1")], claims: [ts("TE", "C1", { claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1" }), ts("TP", "C1", { submittedOn: "2020-07-02" }), appraisal("A1", "C1")] };
    const want = { TE: "granted:1000.00", TP: "denied:0.00", A1: "granted:120.00" };
    expect(both(doc, ["TE"])).toEqual({ one: want, two: want });
  });

  it("a trade-friction-affected employee: safety 1560, pre-job 1040, catalogue 1300 — the appraisal 120 not uplifted", () => {
    const doc = {
      trainees: [P({ statuses: ["enterpriseEmployee", "tradeFrictionAffected"] })], enterprises: [E1],
      courses: [course("K1", { kind: "safety", occupation: WELD, level: undefined }), course("K2", { kind: "preJob", occupation: SEW, level: undefined, classHours: 40, hireDate: "2020-05-20", organizerId: "E1" })],
      certificates: [cert("C1", { kind: "specialOperationsCertificate", occupation: WELD, level: undefined }), cert("C2", { kind: "specialAbilityCertificate", occupation: SEW, level: undefined, courseId: "K2", issuedOn: "2020-06-21" }), cert("C3", { courseId: undefined, issuedOn: "2020-07-01" })],
      claims: [ts("A", "C1", { courseId: "K1" }), ts("B", "C2", { courseId: "K2", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1" }), ts("C", "C3", { submittedOn: "2020-07-05" }), appraisal("D", "C3", { submittedOn: "2020-07-05" })],
    };
    // 「上浮 30%」: 1200 × 1.3 = 1560.00 (EX-WELD 初级工, 「按初级工标准」); 800 × 1.3 = 1040.00 (EX-SEW 初级工); 1000 × 1.3 = 1300.00;
    // the appraisal 120.00 (「初级工、中级工 120 元」, not a 培训补贴标准)
    expect(byId(run(doc))).toEqual({ A: "granted:1560.00", B: "granted:1040.00", C: "granted:1300.00", D: "granted:120.00" });
  });

  it("living allowance: two overlapping courses pay each day once (500 + 200), the same course twice once; one batch = two, with or without the first course's record", () => {
    const doc = {
      trainees: [LAP()],
      courses: [course("K1"), course("K2", { occupation: CARE, startDate: "2020-06-05", endDate: "2020-06-14", attendedDays: 10 })],
      claims: [la("L1", "K1"), la("L2", "K2"), la("L3", "K1")],
    };
    // 「按每人每天 50 元标准」: K1 10 days × 50 = 500.00; K2's days 06-11..06-14 only are new: 4 × 50 = 200.00
    const want = { L1: "granted:500.00", L2: "granted:200.00", L3: "denied:0.00" };
    expect(both(doc, ["L1"])).toEqual({ one: want, two: want });
    // the second batch without K1's record (and so without L3, which names it)
    expect(split({ ...doc, claims: doc.claims.slice(0, 2) }, ["L1"], (d) => ({ ...d, courses: [d.courses[1]] }))).toEqual({ L1: want.L1, L2: want.L2 });
  });

  it("living allowance beside the training and appraisal subsidies of the same course, two years, 初级工 then 中级工: all paid; one batch = two", () => {
    const doc = {
      trainees: [LAP()],
      courses: [course("K1"), course("K2", { level: "intermediate", startDate: "2021-03-01", endDate: "2021-03-10" })],
      certificates: [cert("C1"), cert("C2", { level: "intermediate", courseId: "K2", issuedOn: "2021-03-20" })],
      claims: [la("L1", "K1", { submittedOn: "2020-06-12" }), ts("T1", "C1"), appraisal("A1", "C1"), la("L2", "K2", { submittedOn: "2021-03-12" }), ts("T2", "C2", { submittedOn: "2021-04-01" }), appraisal("A2", "C2", { submittedOn: "2021-04-01" })],
    };
    // 500.00 (10 × 50, 「同时给予」 with the training), 1000.00, 120.00; 500.00, 1500.00, 120.00
    const want = { L1: "granted:500.00", T1: "granted:1000.00", A1: "granted:120.00", L2: "granted:500.00", T2: "granted:1500.00", A2: "granted:120.00" };
    expect(both(doc, ["L1", "T1", "A1"])).toEqual({ one: want, two: want });
    expect(both(doc, ["L1", "T1", "A1", "L2"]).two).toEqual(want);
  });

  it("living allowance on a course repeating a 初级工 whose training subsidy was paid (to her or to her employer): refused; one batch = two", () => {
    const doc = {
      trainees: [LAP()],
      courses: [course("K1"), course("K3", { startDate: "2021-03-01", endDate: "2021-03-10" })],
      certificates: [cert("C1")],
      claims: [ts("T1", "C1"), la("L1", "K1", { submittedOn: "2020-06-12" }), la("L3", "K3", { submittedOn: "2021-03-15" })],
    };
    // reading living-allowance-repeat-course (「同一职业同一等级不可重复享受」 / 「同时给予」)
    const want = { T1: "granted:1000.00", L1: "granted:500.00", L3: "denied:0.00" };
    expect(both(doc, ["T1", "L1"])).toEqual({ one: want, two: want });
    expect(split(doc, ["T1", "L1"], (d) => ({ ...d, certificates: [], courses: [d.courses[1]] }))).toEqual(want);
    const byEmployer = { ...doc, trainees: [LAP({ statuses: ["enterpriseEmployee", "disabled"], employerId: "E1" })], enterprises: [E1], claims: [ts("TE", "C1", { claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1" }), la("L3", "K3", { submittedOn: "2021-03-15" })] };
    // paid to her employer, the EX-ELEC 初级工 row is still 1000.00, and K3 repeats that subsidised level: 0.00
    expect(byId(run(byEmployer))).toEqual({ TE: "granted:1000.00", L3: "denied:0.00" });
  });

  it("project training twice (same project): the 2nd training subsidy and its living allowance refused; one batch = two", () => {
    const doc = {
      trainees: [LAP({ statuses: ["povertyRegistered"] })],
      courses: [course("K1", { kind: "projectBased", occupation: ECOM, level: undefined }), course("K2", { kind: "projectBased", occupation: ECOM, level: undefined, startDate: "2021-06-01", endDate: "2021-06-10" })],
      certificates: [cert("C1", { kind: "trainingCompletionCertificate", occupation: ECOM, level: undefined }), cert("C2", { kind: "trainingCompletionCertificate", occupation: ECOM, level: undefined, courseId: "K2", issuedOn: "2021-06-20" })],
      claims: [ts("T1", "C1", { claimant: { kind: "organizer", id: "ORG1" } }), la("L1", "K1", { submittedOn: "2020-06-12" }), ts("T2", "C2", { claimant: { kind: "organizer", id: "ORG1" }, submittedOn: "2021-07-01" }), la("L2", "K2", { submittedOn: "2021-06-12" })],
    };
    // T1 500.00 (EX-ECOM project row); L1 10 × 50 = 500.00; 「同一职业（项目）同一等级不可重复享受」
    const want = { T1: "granted:500.00", L1: "granted:500.00", T2: "denied:0.00", L2: "denied:0.00" };
    expect(both(doc, ["T1", "L1"])).toEqual({ one: want, two: want });
  });

  it("a skill-upgrade grant in the prior ledger: the training subsidy on its occupation and level refused (或), the appraisal of a first 初级工 still paid", () => {
    const doc = { trainees: [P()], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("T1", "C1"), appraisal("A1", "C1")], ledger: [suGrant()] };
    // 「按规定给予职业培训补贴或参保职工技能提升补贴」; 120.00 「初级工、中级工 120 元」
    expect(byId(run(doc))).toEqual({ T1: "denied:0.00", A1: "granted:120.00" });
  });

  it("apprenticeship: 2 years over the person's history, across employers; one batch = two", () => {
    const E2 = { ...E1, id: "E2", name: "第二企业" };
    const ap = (id: string, o: O = {}): O => ({ id, traineeId: "P1", enterpriseId: "E1", kind: "employee", occupation: WELD, startDate: "2020-01-01", endDate: "2020-12-31", annualStandard: "10000.00", ...o });
    const apc = (id: string, a: string, e: string, sub: string): O => ({ id, measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: e }, enterpriseId: e, apprenticeshipId: a, submittedOn: sub });
    const doc = { trainees: [P()], enterprises: [E1, E2], apprenticeships: [ap("A1"), ap("A2", { enterpriseId: "E2", startDate: "2021-01-01", endDate: "2022-12-31", annualStandard: "6000.00" })], claims: [apc("Y1", "A1", "E1", "2021-01-10"), apc("Y2", "A2", "E2", "2021-02-10"), apc("Y3", "A2", "E2", "2022-02-10")] };
    // 10000.00 and 6000.00 (「职工学徒按每人每年 4000 元至 10000 元的标准给予企业补贴」); a third year refused: 「补助原则上不超过 2 年」
    const want = { Y1: "granted:10000.00", Y2: "granted:6000.00", Y3: "denied:0.00" };
    expect(both(doc, ["Y1"])).toEqual({ one: want, two: want });
    expect(both(doc, ["Y1", "Y2"]).two).toEqual(want);
  });
});

describe("cold review 65: controls (passing), boundaries", () => {
  it("living allowance after a paid 初级工 certificate of 2020-12-31: a same-level course from 2021-01-01 refused, one begun 2020-12-31 paid (only grants before the first day count)", () => {
    const doc = (start: string, end: string) => ({
      trainees: [LAP()],
      courses: [course("K3", { startDate: start, endDate: end })],
      certificates: [cert("C1", { courseId: undefined, issuedOn: "2020-12-31" })],
      claims: [ts("T1", "C1", { submittedOn: "2021-01-20" }), la("L3", "K3", { submittedOn: "2021-01-20" })],
    });
    // T1 1000.00 (EX-ELEC 初级工 row); L3 by reading living-allowance-repeat-course: 0.00, or 10 days × 50 = 500.00
    expect(both(doc("2021-01-01", "2021-01-10"), ["T1"])).toEqual({ one: { T1: "granted:1000.00", L3: "denied:0.00" }, two: { T1: "granted:1000.00", L3: "denied:0.00" } });
    expect(both(doc("2020-12-31", "2021-01-09"), ["T1"])).toEqual({ one: { T1: "granted:1000.00", L3: "granted:500.00" }, two: { T1: "granted:1000.00", L3: "granted:500.00" } });
  });

  it("one safety certificate claimed by the person in one batch and by the organiser in the next: paid once (「给予个人或组织单位补贴」)", () => {
    const doc = {
      trainees: [P()],
      courses: [course("K1", { kind: "safety", occupation: WELD, level: undefined })],
      certificates: [cert("C1", { kind: "specialOperationsCertificate", occupation: WELD, level: undefined })],
      claims: [ts("A", "C1", { courseId: "K1" }), ts("B", "C1", { courseId: "K1", claimant: { kind: "organizer", id: "ORG1" }, submittedOn: "2020-08-01" })],
    };
    // 1200.00 once: the EX-WELD 初级工 row
    const want = { A: "granted:1200.00", B: "denied:0.00" };
    expect(both(doc, ["A"])).toEqual({ one: want, two: want });
  });
});

describe("cold review 65: defects (it.fails, asserting what is right)", () => {
  it.fails("F1. living allowance on a course repeating an occupation and level the skill-upgrade subsidy already paid: refused as after a training subsidy", () => {
    // An insured, disabled employee (「就业困难人员（含残疾人）」: reading jiaxing-living-allowance-disabled). The province's
    // ledger shows the 参保职工技能提升补贴 paid on her EX-ELEC 初级工 certificate C1 of 2020. In 2021 she takes the same
    // EX-ELEC 初级工 course again (K3) and earns C3.
    const doc = (ledger: O[]) => ({
      trainees: [P({ statuses: ["enterpriseEmployee", "disabled"] })], enterprises: [E1],
      courses: [course("K1"), course("K3", { startDate: "2021-03-01", endDate: "2021-03-10" })],
      certificates: [cert("C1"), cert("C3", { courseId: "K3", issuedOn: "2021-03-20" })],
      claims: [ts("T3", "C3", { submittedOn: "2021-04-01" }), la("L3", "K3", { submittedOn: "2021-03-15" })],
      ledger,
    });
    // After a training-subsidy grant on C1 the library refuses both (reading living-allowance-repeat-course):
    expect(byId(run(doc([tsGrant()])))).toEqual({ T3: "denied:0.00", L3: "denied:0.00" });
    // After the skill-upgrade grant the training subsidy on C3 is refused too (「职业培训补贴或参保职工技能提升补贴」, the same
    // occupation and level: reading training-or-skill-upgrade) — the course is training the texts no longer subsidise, so
    // by the same reading its allowance (「同时给予」 with subsidised training) is not owed: 0.00, where the library pays
    // 10 days × 50 = 500.00.
    expect(byId(run(doc([suGrant()])))).toEqual({ T3: "denied:0.00", L3: "denied:0.00" });
  });

  // Answered 2026-12-06 by the contract (the reviewer's first fix): docs/cli.md «Chained runs» now says a later batch's
  // input holds every record of its trainees so far, paid or not, and why (this case). Given them, the chained run
  // refuses A1 as the one batch does; given only the records its claims name it cannot see C0 (the third run below,
  // recorded here as what the library does with that input, 120.00).
  it("F2. a chained run (next month's claims, the earlier grants as its ledger, every record of the person so far) refuses a 2nd 初级工 appraisal as the one batch does", () => {
    // She passed the EX-ELEC 初级工 appraisal on 2019-12-20 (C0, on course K0): its appraisal subsidy is refused —
    // 「职业技能鉴定补贴从 2020 年 1 月 1 日起执行，以证书发放日期为准」 — so no grant records it. In June 2020 she is
    // certified EX-ELEC 初级工 again (C1) and claims the appraisal subsidy on it. The 2020 appraisal is not
    // 「同一职业（工种）同一技能等级通过初次职业技能鉴定」 (reading appraisal-first-by-certificates: a 2019 certificate counts):
    // 0.00, as the one batch decides.
    const doc = {
      trainees: [P()],
      courses: [course("K0", { startDate: "2019-12-01", endDate: "2019-12-10" }), course("K1")],
      certificates: [cert("C0", { courseId: "K0", issuedOn: "2019-12-20" }), cert("C1")],
      claims: [appraisal("A0", "C0", { submittedOn: "2020-01-06" }), appraisal("A1", "C1")],
    };
    expect(byId(run(doc))).toEqual({ A0: "denied:0.00", A1: "denied:0.00" });
    // the second batch given every record: agrees
    expect(split(doc, ["A0"])).toEqual({ A0: "denied:0.00", A1: "denied:0.00" });
    // the second batch given only the records its claims name, against the contract: A0 left no grant, C0 is not in the
    // document, and A1 is paid 120.00 (「初级工、中级工 120 元」) — why docs/cli.md asks for every record of the person
    expect(split(doc, ["A0"], (d) => ({ ...d, courses: [d.courses[1]], certificates: [d.certificates[1]] }))).toEqual({ A0: "denied:0.00", A1: "granted:120.00" });
  });

  // Mended 2026-12-06 (e7244fb, reading course-trained-once: the course judged with a certificate is keyed and paid once).
  it("F3. one 40-hour pre-job course is subsidised once: a 初级工 certificate from the same course pays neither the worker nor the organiser again", () => {
    // A new hire (hired 2020-05-20) does her employer's 40-课时 pre-job course K2 (EX-SEW). It yields a 专项职业能力证书 C2
    // and, from the same course, an EX-SEW 初级工 skill-level certificate C5 (both naming K2).
    const doc = (claims: O[]) => ({
      trainees: [P({ employerId: "E1" })], enterprises: [E1],
      courses: [course("K2", { kind: "preJob", occupation: SEW, level: undefined, classHours: 40, hireDate: "2020-05-20", organizerId: "E1" })],
      certificates: [cert("C2", { kind: "specialAbilityCertificate", occupation: SEW, level: undefined, courseId: "K2", issuedOn: "2020-06-21" }), cert("C5", { occupation: SEW, courseId: "K2", issuedOn: "2020-06-22" })],
      claims,
    });
    const B = ts("B", "C2", { courseId: "K2", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1" });
    // 「培训时间不低于 40 课时，培训后取得专项职业能力证书（或培训合格证书），按初级工标准给予组织单位补贴」: 800.00, the EX-SEW 初级工
    // row, to E1 — the subsidy of that training. The same training then subsidised again, at the same 初级工 row, is the
    // same 职业 at the same 等级 the route paid 「按初级工标准」 (「同一职业（项目）同一等级不可重复享受」; paraphrase: one
    // training, one subsidy): 0.00 for the second, whoever claims it. Today 800.00 is paid again — to her (T5, an ordinary
    // training subsidy on C5), or to E1 (B5, gbf2019's employee route).
    const mine = byId(run(doc([B, ts("T5", "C5", { submittedOn: "2020-07-02" })])));
    const theirs = byId(run(doc([B, ts("B5", "C5", { courseId: "K2", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", submittedOn: "2020-07-02" })])));
    expect({ ...mine, ...theirs }).toEqual({ B: "granted:800.00", T5: "denied:0.00", B5: "denied:0.00" });
  });

  // Mended 2026-12-06 (e7244fb, reading course-trained-once: the course judged with a certificate is keyed and paid once).
  it("F3b. the same for one safety course: the special-operations certificate paid 「按初级工标准」, a 初级工 certificate from the same course not paid again", () => {
    // An insured employee (24 months in Nanhu) does safety course K1 (EX-WELD): 特种作业操作证 C1, and from the same course an
    // EX-WELD 初级工 skill-level certificate C6 (naming K1).
    const doc = {
      trainees: [P()], enterprises: [E1],
      courses: [course("K1", { kind: "safety", occupation: WELD, level: undefined })],
      certificates: [cert("C1", { kind: "specialOperationsCertificate", occupation: WELD, level: undefined }), cert("C6", { occupation: WELD, courseId: "K1", issuedOn: "2020-06-22" })],
      claims: [ts("A", "C1", { courseId: "K1" }), ts("T6", "C6", { submittedOn: "2020-07-02" })],
    };
    // 「对经培训取得特种作业操作证，在本市缴纳失业保险 1 年以上的企业职工按初级工标准给予个人或组织单位补贴」: 1200.00, the EX-WELD
    // 初级工 row. The same training again at the same 初级工 row (paraphrase: one training, one subsidy; 「同一职业（项目）同一等级
    // 不可重复享受」): 0.00. Today 1200.00 more.
    expect(byId(run(doc))).toEqual({ A: "granted:1200.00", T6: "denied:0.00" });
  });
});
