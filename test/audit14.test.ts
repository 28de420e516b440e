/**
 * Cold audit 14 — WHO IS PAID, checked by a second implementation written from the texts.
 *
 * Angle. Jiaxing's three individual-claimant measures — the training subsidy on a certificate (claimant the trainee),
 * the appraisal subsidy and the living allowance — decided twice: by the library (parseClaimsDocument → evaluateBatch
 * with jiaxingPolicy() and the ILLUSTRATIVE catalogue fixtures/jiaxing/catalogue-2020.json, via withJiaxingCatalogue)
 * and by an oracle written cold from jx2019 四(三)四 and 五(十一) and gbf2019 §(十一)–(十二)
 * (test/support/audit14-oracle.ts, committed first as "oracle written cold", before src/provisions, src/jurisdictions
 * or law/readings were opened). All catalogue figures are ILLUSTRATIVE (EX- codes, example standards); the 50 yuan a
 * day, 120/150/180 yuan, 3 a year and +30 % are the text's own.
 *
 * What I read first. jx2019 whole; gbf2019 §(十一)–(十二); then src/records (shapes), the catalogue fixture, and only
 * after the oracle's commit the readings the library cites and the code behind each disagreement.
 *
 * My reading, in short (the oracle's header gives it clause by clause). The ordinary local worker — any one residency
 * basis of 五(十一) (hukou; residence + 居住证; employment; unemployment registration, in Jiaxing), no status — is paid
 * the catalogue standard of the certificate's occupation and level (the row must list the certificate's kind), at most 3
 * a calendar year (issue date) and never twice the same occupation@level; the appraisal subsidy 120/120/150/150/180 on a
 * first leveled certificate from 2020-01-01; the living allowance 50 × attended days for the four groups of 四(三)四,
 * training in Jiaxing, 2019-12-13…2021-12-31. Claims by issue date; a ledger grant counts as enjoyed.
 *
 * What I tried. 2,000 generated people (the generator in test/support/audit14-gen.ts, LCG seed 14; ~8,700 claims, every record valid):
 * hukou / residence / permit / employment / unemployment-registration regions at city and district level and outside
 * (and `zhejiang.jiaxingx`, a prefix trap), statuses (none; each living-allowance group; enterprise employee,
 * trade-friction, unemployed, disabled, veteran, paired-region and lifted-out poverty, college graduate), birth years
 * putting people under 50, at 50–51, at 58–59 and over 60, pension facts stated or silent, 1–4 sequential courses in
 * and out of Jiaxing with certificates of every kind, repeated occupations and levels, a code outside the catalogue,
 * issue dates 2019-06…2022-07, duplicate claims, and a prior ledger for ~15 %. Disagreements grouped by (measure,
 * library outcome, oracle outcome, library's deciding reason code).
 *
 * Where the oracle was wrong (fixed after triage; each marked F1–F10 in the oracle):
 *  F1 a person entitled to a monthly pension is out at any age (I had 50–59 entitled as undecidable; the library's
 *     reading pension-entitlement-test — entitlement shows retirement — is the better one).
 *  F2 an absent `unemploymentRegisteredAt` is unknown, as the record's schema says (I had read it as "none").
 *  F3 the living allowance's 就业困难人员 include 残疾人: 四(三) opens with 「就业困难人员（含残疾人）」 (reading
 *     jiaxing-living-allowance-disabled; I had left disabled out).
 *  F4 0 attended days is a denial, not a grant of 0.00.
 *  F5 project training (the EX-ECOM project row) is bought by government (四(三)三 「通过政府购买服务形式开展培训」): the
 *     trainee's own claim is refused, the provider is paid (I had paid the trainee).
 *  F6 unemployment-insurance months not recorded are unknown, not zero (safety route).
 *  F7/F9 outside the plan (before 2019-12-13, after 2021-12-31) there is no Jiaxing rule: undecidable, not denied.
 *  F8 a certificate an earlier training-subsidy grant paid is an earlier appraisal for 「初次」.
 *  F10 a special-operations certificate on an occupation is paid by 三(一)三 at the 初级工 row, needing no
 *     special-operations row (I had demanded one).
 *  Ordering only: where both a denial and a hold apply the oracle now checks denials first, as the library does.
 *
 * The disagreement table (seed 14, 2,000 people, 8,704 claims; 407 disagreements after the fixes, all triaged):
 *   group (predicate in TRIAGED below)                                          count  verdict
 *   basis outside the plan 2019-12-13…2021-12-31, library not paying (it refuses
 *     on national or plan-independent checks — course outside, completion
 *     certificate, not first, pension, repeat; the oracle has no Jiaxing rule)    305  OPEN, no money (neither pays)
 *   aged 50–59 at the basis, record silent on the pension: library presumes no
 *     entitlement below 60 and pays (LA 39, appraisal 31, training 13 minus the
 *     60+ LA below, + 1 annual-cap knock-on on the same person)                    68  OPEN (reading pension-entitlement-test), 50 %
 *   living allowance at 60+, record silent on the pension: library pays            17  RECORDED, finding 2 (50 %)
 *   living allowance refused / held because the course repeats an
 *     occupation@level already subsidised                                          9  OPEN (reading living-allowance-repeat-course), 50 %
 *   living allowance held asking a keyless grant's days, the grant naming
 *     another course of the document whose span cannot meet this one's              9  RECORDED, finding 1 (70 %)
 *   (one claim falls in two groups.) Before the fixes F1–F10 the table had ~50 groups; every one not listed here was
 *   the oracle's error (F1–F10) or an order of checks (a denial and a hold both applying).
 *
 * Considered and not recorded.
 *  - 50–59 silent records (above): the record has no sex, so 超过退休年龄 cannot be known between 50 and 60; the library
 *    presumes not entitled below 60 and says so. I hold "undecidable" at 50 % — not recorded, the text gives no age.
 *  - The living allowance refused on a repeat course: jx2019 四(三)四 stands alone (「在培训期间…按每人每天50元」) and
 *    I read no repeat bar into it; the library reads gbf2019's 「同时给予」 as tying it to subsidised training. 50 %.
 *  - After 2021-12-31 the library still denies on checks that would fail under any rule (course outside, etc.) and
 *    holds the rest: no money either way.
 *  - Project training paid to the provider (F5) and the 三(一)三 route (F10): I came round to the library's reading.
 */
import { describe, expect, it } from "vitest";
import type { Decision } from "../src/index.js";
import { evaluateBatch, parseClaimsDocument } from "../src/index.js";
import { generate } from "./support/audit14-gen.js";
import { fenToYuan, oracle } from "./support/audit14-oracle.js";
import { JX, NANHU } from "./support/ordinary.js";
import { outcomes } from "./support/outcome.js";
import { jiaxingCatalogue } from "./support/world.js";

type O = Record<string, unknown>;
const ELEC = { code: "EX-ELEC", name: "电工（示意）" };
const SEW = { code: "EX-SEW", name: "缝纫工（示意）" };
const ME = { kind: "trainee", id: "P1" };
/** A local person with no status: Nanhu hukou, not entitled to a pension. */
const person = (o: O = {}): O => ({ id: "P1", birthDate: "1990-05-05", statuses: [], hukouRegion: NANHU, receivesMonthlyPension: false, monthlyPensionEntitled: false, ...o });
const course = (id: string, o: O = {}): O => ({ id, traineeId: "P1", kind: "employmentSkills", occupation: ELEC, level: "junior", classHours: 80, startDate: "2020-06-01", endDate: "2020-06-10", attendedDays: 10, region: NANHU, ...o });
const cert = (id: string, courseId: string, o: O = {}): O => ({ id, traineeId: "P1", kind: "skillLevelCertificate", occupation: ELEC, level: "junior", issuedOn: "2020-06-20", courseId, ...o });
const ts = (id: string, certificateId: string, submittedOn = "2020-07-01"): O => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant: ME, certificateId, submittedOn });
const ap = (id: string, certificateId: string, submittedOn = "2020-07-01"): O => ({ id, measure: "appraisalSubsidy", traineeId: "P1", claimant: ME, certificateId, submittedOn });
const la = (id: string, courseId: string, submittedOn = "2020-07-01"): O => ({ id, measure: "livingAllowance", traineeId: "P1", claimant: ME, courseId, submittedOn });
const decide = (doc: O): Map<string, Decision> => {
  const p = parseClaimsDocument(doc);
  if (!p.ok || p.value.invalid.length > 0) throw new Error(`document rejected: ${JSON.stringify(p.ok ? p.value.invalid : p.issues)}`);
  return new Map(evaluateBatch(JX, p.value.document).decisions.map((d) => [d.claimId, d]));
};

// ── the agreement run ─────────────────────────────────────────────────────────────────────────────────────────────
const PLAN_FROM = "2019-12-13";
const PLAN_UNTIL = "2021-12-31";
const ageOn = (birth: string, on: string) => Number(on.slice(0, 4)) - Number(birth.slice(0, 4)) - (on.slice(5) < birth.slice(5) ? 1 : 0);

interface Row {
  readonly claimId: string;
  readonly measure: string;
  readonly lib: Decision;
  readonly oracle: { outcome: string; fen: number; why: string };
  readonly basis: string;
  readonly basisEnd: string;
  readonly trainee: O;
  readonly group: string;
}

function run(n: number): Row[] {
  const g = generate(n);
  const p = parseClaimsDocument(g.doc);
  if (!p.ok || p.value.invalid.length > 0) throw new Error("generated records rejected");
  const doc = p.value.document;
  const lib = evaluateBatch(JX, doc).decisions;
  const or = oracle(doc, jiaxingCatalogue);
  const rows: Row[] = [];
  for (const d of lib) {
    const o = or.get(d.claimId)!;
    const same = d.outcome === o.outcome && (d.outcome !== "granted" || d.amount === fenToYuan(o.fen));
    if (same) continue;
    const claim = doc.claims.find((c) => c.id === d.claimId)!;
    const k = claim.certificateId === undefined ? undefined : doc.certificates.get(claim.certificateId);
    const c = claim.courseId === undefined ? undefined : doc.courses.get(claim.courseId);
    const basis = k?.issuedOn ?? c!.startDate;
    const basisEnd = k?.issuedOn ?? c!.endDate;
    const trainee = doc.trainees.get(claim.traineeId)! as unknown as O;
    const group = `${d.measure} | library ${d.outcome} | oracle ${o.outcome}:${o.why} | ${d.reasons.at(-1)?.code ?? "-"}`;
    rows.push({ claimId: d.claimId, measure: d.measure, lib: d, oracle: o, basis, basisEnd, trainee, group });
  }
  return rows;
}

const silentOnPension = (t: O) => t.receivesMonthlyPension !== true && t.monthlyPensionEntitled === undefined;

/** The groups triaged as open or recorded, each a predicate over a disagreement, with a one-line why. */
const TRIAGED: readonly { readonly name: string; readonly why: string; readonly is: (r: Row) => boolean }[] = [
  {
    name: "OPEN outside the plan",
    why: "basis before 2019-12-13 or after 2021-12-31: no Jiaxing rule (oracle holds); the library refuses on national or plan-independent checks, or holds — nobody is paid",
    is: (r) => (r.basis < PLAN_FROM || r.basisEnd > PLAN_UNTIL) && r.lib.outcome !== "granted",
  },
  {
    name: "OPEN 50–59 silent on the pension",
    why: "the record has no sex, so 超过退休年龄 is unknown at 50–59; the library presumes no entitlement below 60 (reading pension-entitlement-test), the oracle holds (and the knock-on on the same person's cap)",
    is: (r) => silentOnPension(r.trainee) && ageOn(r.trainee.birthDate as string, r.basis) >= 50 && ageOn(r.trainee.birthDate as string, r.basis) < 60 && ["retirement-unknown", "after-undecidable"].includes(r.oracle.why),
  },
  {
    name: "RECORDED finding 2: living allowance at 60+ silent on the pension",
    why: "gbf2019 §(十二) scopes 生活费补贴 by the pension entitlement as it does 职业培训补贴; Jiaxing asks a silent record from 60 for the training subsidy, not for the allowance",
    is: (r) => r.measure === "livingAllowance" && r.oracle.why === "retirement-unknown" && silentOnPension(r.trainee) && ageOn(r.trainee.birthDate as string, r.basis) >= 60 && r.lib.outcome === "granted",
  },
  {
    name: "OPEN living allowance on a repeat course",
    why: "the library ties 四(三)四's allowance to subsidised (non-repeat) training via gbf2019's 「同时给予」 (reading living-allowance-repeat-course); the oracle reads no repeat bar into 「在培训期间…按每人每天50元」",
    is: (r) => r.measure === "livingAllowance" && ["occupation_level_already_subsidised", "earlier_claim_undecided"].includes(r.lib.reasons.at(-1)?.code ?? ""),
  },
  // "RECORDED finding 1: keyless grant on another course" (9 claims at the audit) is mended: no longer a group here, so
  // such a disagreement would now be untriaged and fail the run.
];

describe("audit14 controls: the library agrees with a second implementation written from the texts", () => {
  it("2,000 generated people: no disagreement outside the groups triaged as open or recorded", { timeout: 60_000 }, () => {
    const rows = run(2000);
    const untriaged = rows.filter((r) => !TRIAGED.some((t) => t.is(r)));
    const byGroup = new Map<string, string[]>();
    for (const r of untriaged) byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), r.claimId]);
    expect(Object.fromEntries([...byGroup].map(([g, ids]) => [g, ids.slice(0, 5)]))).toEqual({});
    // the open and recorded groups are what the header says they are
    const counts = Object.fromEntries(TRIAGED.map((t) => [t.name, rows.filter((r) => t.is(r)).length]));
    if (process.env.AUDIT14_COUNTS) console.log(counts, rows.length);
    expect(counts["RECORDED finding 2: living allowance at 60+ silent on the pension"]).toBeGreaterThan(0);
    // 740 since 2026-12-06 (cold audit 30: jx2019's rules govern the plan's days alone, so more claims outside the plan
    // are refused on the national rules where the oracle holds them — 647 in "OPEN outside the plan", nobody paid).
    expect(rows.length).toBeLessThan(800);
  });

  it("the ordinary local worker (Nanhu hukou, no status): EX-ELEC 初级工 certificate 1000.00 and its appraisal 120.00", () => {
    const out = outcomes(JX, { trainees: [person()], courses: [course("K1")], certificates: [cert("C1", "K1")], claims: [ts("A", "C1"), ap("B", "C1"), la("L", "K1")] });
    expect(out.A?.startsWith("granted:1000.00:")).toBe(true); // EX-ELEC junior row 1000.00 (ILLUSTRATIVE catalogue; jx2019 五(十一) 同一工种同一等级同一补贴标准)
    expect(out.B?.startsWith("granted:120.00:")).toBe(true); // 初级工 120 元 (jx2019 五(十一))
    expect(out.L?.startsWith("denied:")).toBe(true); // no group of 四(三)四
  });

  it("each residency basis alone pays the ordinary worker; none of them, recorded, refuses", () => {
    const out = (t: O) => outcomes(JX, { trainees: [person({ hukouRegion: "anhui.hefei", residenceRegion: "anhui.hefei", employmentRegion: "anhui.hefei", unemploymentRegisteredAt: "anhui.hefei", ...t })], courses: [course("K1")], certificates: [cert("C1", "K1")], claims: [ts("A", "C1")] }).A?.split(":").slice(0, 2).join(":");
    expect(out({ hukouRegion: "zhejiang.jiaxing.haining" })).toBe("granted:1000.00"); // 当地户籍
    expect(out({ residenceRegion: "zhejiang.jiaxing.xiuzhou", hasResidencePermit: true })).toBe("granted:1000.00"); // 当地常住并办有居住证
    expect(out({ residenceRegion: "zhejiang.jiaxing.xiuzhou", hasResidencePermit: false })).toBe("denied:0.00"); // 常住 without 居住证
    expect(out({ employmentRegion: "zhejiang.jiaxing" })).toBe("granted:1000.00"); // 在当地就业创业
    expect(out({ unemploymentRegisteredAt: "zhejiang.jiaxing.nanhu" })).toBe("granted:1000.00"); // 在当地办理失业登记
    expect(out({ hukouRegion: "zhejiang.jiaxingx" })).toBe("denied:0.00"); // a prefix is not Jiaxing
  });

  it("four certificates in 2020: the three earliest by issue date are paid, whatever the order of filing", () => {
    const levels = ["junior", "intermediate", "senior"] as const;
    const courses = [course("K1"), course("K2", { occupation: ELEC, level: "intermediate" }), course("K3", { level: "senior" }), course("K4", { occupation: SEW })];
    const certs = [
      cert("C1", "K1", { issuedOn: "2020-06-20" }),
      cert("C2", "K2", { level: levels[1], issuedOn: "2020-07-20" }),
      cert("C3", "K3", { level: levels[2], issuedOn: "2020-08-20" }),
      cert("C4", "K4", { occupation: SEW, issuedOn: "2020-06-25" }),
    ];
    // filed in reverse: the 2020-08-20 senior certificate first
    const out = outcomes(JX, { trainees: [person()], courses, certificates: certs, claims: [ts("A3", "C3", "2020-09-01"), ts("A2", "C2", "2020-09-02"), ts("A4", "C4", "2020-09-03"), ts("A1", "C1", "2020-09-04")] });
    expect(out.A1?.startsWith("granted:1000.00")).toBe(true); // 1st by issue date, EX-ELEC junior 1000.00
    expect(out.A4?.startsWith("granted:800.00")).toBe(true); // 2nd, EX-SEW junior 800.00
    expect(out.A2?.startsWith("granted:1500.00")).toBe(true); // 3rd, EX-ELEC intermediate 1500.00
    expect(out.A3?.startsWith("denied:0.00:")).toBe(true); // 4th in 2020: 「每人每年可享受不超过3次」
  });

  it("a trade-friction-affected employee is paid the standard raised 30 % (2020)", () => {
    const t = person({ statuses: ["tradeFrictionAffected"] });
    const out = outcomes(JX, { trainees: [t], courses: [course("K1", { level: "intermediate" })], certificates: [cert("C1", "K1", { level: "intermediate" })], claims: [ts("A", "C1")] });
    expect(out.A?.startsWith("granted:1950.00")).toBe(true); // 1500.00 × 1.3 = 1950.00 (三(二) 「上浮30%」)
  });

  it("the living allowance: a rural 两后生 10 days 500.00; a 两后生 neither rural nor of a dibao family, nothing", () => {
    const doc = (statuses: string[]) => ({ trainees: [person({ statuses })], courses: [course("K1")], claims: [la("L", "K1")] });
    expect(outcomes(JX, doc(["nonContinuingGraduate", "rural"])).L?.startsWith("granted:500.00")).toBe(true); // 10 × 50 (四(三)四)
    expect(outcomes(JX, doc(["nonContinuingGraduate"])).L?.startsWith("denied:")).toBe(true);
  });

  it("an appraisal is not the first when a 2019 certificate of the same occupation and level came before", () => {
    const out = outcomes(JX, {
      trainees: [person()],
      courses: [course("K0", { startDate: "2019-05-01", endDate: "2019-05-10" }), course("K1")],
      certificates: [cert("C0", "K0", { issuedOn: "2019-05-20" }), cert("C1", "K1")],
      claims: [ap("B", "C1")],
    });
    expect(out.B?.startsWith("denied:0.00:")).toBe(true); // 「通过初次职业技能鉴定」: C0 was the first
  });

  it("a special-operations certificate of an insured enterprise employee is paid the 初级工 standard (三(一)三)", () => {
    const t = person({ statuses: ["enterpriseEmployee"], unemploymentInsuranceMonths: { [NANHU]: 24 } });
    const out = outcomes(JX, { trainees: [t], courses: [course("K1", { kind: "safety", occupation: SEW, level: undefined })], certificates: [cert("C1", "K1", { kind: "specialOperationsCertificate", occupation: SEW, level: undefined })], claims: [ts("A", "C1")] });
    expect(out.A?.startsWith("granted:800.00")).toBe(true); // EX-SEW 初级工 row 800.00 (ILLUSTRATIVE), 「按初级工标准」
  });

  it("grants paid to someone else on the person's certificates count: the same occupation@level is a repeat, three of them fill the year", () => {
    const g = (id: string, code: string): O => ({ id, claimId: `OLD-${id}`, traineeId: "P1", measure: "trainingSubsidy", provision: "jx2019.equal-standard", payee: { kind: "organizer", id: "ORG1" }, amount: "1000.00", basisDate: "2020-03-01", occupationCode: code, level: "junior", certificateId: `OLD-C-${id}` });
    const doc = (ledger: O[]) => ({ trainees: [person()], courses: [course("K1")], certificates: [cert("C1", "K1")], ledger, claims: [ts("A", "C1")] });
    expect(outcomes(JX, doc([g("G1", "EX-ELEC")])).A).toBe("denied:0.00:occupation_level_already_subsidised"); // 「同一职业（项目）同一等级不可重复享受」
    expect(outcomes(JX, doc([g("G1", "EX-SEW"), g("G2", "EX-CARE"), g("G3", "EX-WELD")])).A).toBe("denied:0.00:annual_cap_reached"); // 「每人每年…不超过3次」, 3 in 2020
  });

  it("the appraisal subsidy by level: 技师 150.00, 高级技师 180.00; levels the sentence does not price get nothing", () => {
    const certs = [cert("C1", "K1", { level: "technician" }), cert("C2", "K1", { level: "seniorTechnician", issuedOn: "2020-07-01" }), cert("C3", "K1", { level: "principalTechnician", issuedOn: "2020-07-02" })];
    const out = outcomes(JX, { trainees: [person()], courses: [course("K1")], certificates: certs, claims: [ap("B1", "C1", "2020-07-05"), ap("B2", "C2", "2020-07-05"), ap("B3", "C3", "2020-07-05")] });
    expect(out.B1?.startsWith("granted:150.00")).toBe(true); // 高级工、技师150元
    expect(out.B2?.startsWith("granted:180.00")).toBe(true); // 高级技师180元
    expect(out.B3).toBe("denied:0.00:level_has_no_standard"); // 特级技师: not in 「初级工、中级工120元，高级工、技师150元，高级技师180元」
  });

  it("the March course of a 就业困难人员 with no earlier allowance: 10 × 50.00 = 500.00 (the finding's case without its grant)", () => {
    const t = person({ statuses: ["employmentDifficulty"] });
    const out = outcomes(JX, { trainees: [t], courses: [course("K1", { startDate: "2020-03-01", endDate: "2020-03-10" }), course("K2")], claims: [la("L", "K1")] });
    expect(out.L?.startsWith("granted:500.00")).toBe(true); // 10 days × 50.00 (jx2019 四(三)四)
  });
});

describe("audit14 findings", () => {
  // What: a living-allowance claim on course K1 (March, every day attended) is held `undecidable`, asking for the days of
  //   a prior grant (kept by another system, no pay-once keys) that names the person's later course K2 (June), whose
  //   record is in the document. src/provisions/livingAllowance/livingAllowance.ts:daysPaidBefore reads a keyless grant
  //   naming no day or period as having paid "any day up to its basis date" — it ignores the course the grant names.
  // Why: 四(三)四 pays 「在培训期间…按每人每天50元」: a grant on K2 paid days of K2's training, within K2's span
  //   (2020-06-01…06-05), which cannot meet K1's days (2020-03-01…03-10). The reading earlier-grant-says-what-it-paid itself
  //   says “a living-allowance grant's course [paid] some of its days”. Nothing is unknown that could repeat a day.
  // Alternatives: hold because a ledger kept elsewhere may be wrong about its course (then every keyless grant with a
  //   later basis date holds every earlier course of the person); or use the grant's basis date as its course's last day
  //   without the record (still cannot meet here only with the record's start).
  // Confidence: 70 % that the text requires paying. 9 of ~8,700 generated claims; each holds its whole allowance.
  // Money held per claim: 10 days × 50.00 (jx2019 四(三)四) = 500.00.
  // Fix: in daysPaidBefore, for a grant naming a `courseId` whose course record is known (the batch's courses), take that
  //   course's span [startDate, endDate] as the grant's span instead of ["", basisDate].
  // Mended 2026-12-05 (livingAllowance.ts daysPaidBefore: a keyless grant naming a course of the person's the batch holds
  //   is read over that course's span; decideBatch gives every claim naming a course the document's courses, ClaimInput.courses).
  it("「在培训期间通过就业补助资金按每人每天 50 元标准给予生活费补贴」: a grant on the person's later course paid that course's days, not this one's — the March course is paid 10 × 50.00", () => {
    const t = person({ statuses: ["employmentDifficulty"] });
    const k1 = course("K1", { startDate: "2020-03-01", endDate: "2020-03-10", attendedDays: 10 });
    const k2 = course("K2", { startDate: "2020-06-01", endDate: "2020-06-05", attendedDays: 5 });
    // the June course's allowance, paid by another system: 5 × 50.00 = 250.00, keyed by nothing but its course
    const g = { id: "G9", claimId: "OLD-9", traineeId: "P1", measure: "livingAllowance", provision: "jx2019.living-allowance", payee: ME, amount: "250.00", basisDate: "2020-06-05", courseId: "K2" };
    const d = decide({ trainees: [t], courses: [k1, k2], ledger: [g], claims: [la("L", "K1", "2020-07-01")] }).get("L")!;
    expect(d.missingFacts).toEqual([]);
    expect([d.outcome, d.amount]).toEqual(["granted", "500.00"]); // 10 days × 50.00 (jx2019 四(三)四) = 500.00
  });

  // What: a 就业困难人员 aged 65 whose record says nothing of a pension is paid the living allowance (granted 500.00),
  //   while the same record's training and appraisal subsidies are held asking `trainee.monthlyPensionEntitled` (Jiaxing
  //   asks from 60, reading pension-entitlement-test). The living allowance follows reading national-pension-scope: it
  //   refuses the recorded entitlement but "a record silent on the pension is not asked".
  // Why: gbf2019 §(十二) 「可在规定的原则下结合实际调整享受职业培训补贴、生活费补贴人员范围和条件要求，可将确有培训需求、不具有按月领取
  //   养老金资格的人员纳入政策范围」 names both subsidies' scope together: past retirement age only those without the
  //   entitlement are in, for the allowance as for the training subsidy, and at 65 every statutory retirement age is past.
  //   Jiaxing widens neither differently (四(三)四 has no age). The library already refuses the entitled here; the silent
  //   record at 65 is the same unknown it asks about for the training subsidy of the same person.
  // Alternatives: the allowance's groups (就业困难人员, 低收入农户家庭劳动力) are working-age by their own definitions, so
  //   the record's group status answers the question (the library's implicit view); or no pension test at all for it.
  // Confidence: 50 %. Money per claim at stake (paid now, to be held): 10 days × 50.00 (jx2019 四(三)四) = 500.00.
  // Fix: src/jurisdictions/jiaxing (the Jiaxing living-allowance group override) or
  //   src/provisions/livingAllowance/livingAllowance.ts: apply the layer's retirementAgeRule (pensionAskedFromAge 60) to the
  //   allowance on the course's dates, as overRetirement does for the training subsidy.
  it.fails("「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」 covers 生活费补贴 too: a 65-year-old whose record is silent on the pension is asked, not paid", () => {
    const t = person({ statuses: ["employmentDifficulty"], birthDate: "1955-01-01", receivesMonthlyPension: undefined, monthlyPensionEntitled: undefined });
    const k1 = course("K1", { startDate: "2020-03-01", endDate: "2020-03-10", attendedDays: 10 });
    const out = decide({ trainees: [t], courses: [k1], certificates: [cert("C1", "K1", { issuedOn: "2020-03-20" })], claims: [ts("A", "C1", "2020-04-01"), la("L", "K1", "2020-04-01")] });
    expect(out.get("A")!.missingFacts).toContain("trainee.monthlyPensionEntitled"); // the training subsidy asks (control inside the record)
    const d = out.get("L")!;
    expect(d.outcome).toBe("undecidable"); // not 10 × 50.00 = 500.00 paid on an unknown entitlement
    expect(d.missingFacts).toContain("trainee.monthlyPensionEntitled");
  });
});
