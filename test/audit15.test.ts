/**
 * Cold audit 15 (2026-12-05) — WHO IS PAID under the NATIONAL texts, checked by a second implementation.
 *
 * Angle. I wrote, from the texts alone, the smallest decision function I could for the national measures an individual
 * claims (test/support/audit15-oracle.ts: the training subsidy on a certificate, the insured skill-upgrade subsidy, the
 * living allowance; integer fen; committed first as "oracle written cold", before I opened src/provisions,
 * src/jurisdictions or law/readings), generated 2,000 people (test/support/audit15-gen.ts, seed 15), decided each
 * person's document with the library (parseClaimsDocument → evaluateBatch) and with the oracle, and triaged every
 * disagreement. Amounts: the national texts set none (gbf2019 §(十二) 「市（地）以上…确定职业培训补贴标准」), so the policy
 * is the national frameworks (gbf2019 → plan2021 → op2025) with the ILLUSTRATIVE example city of test/support
 * (`withIllustrativeLocal(nationalFrameworksPolicy())`: `illustrativeCatalogue` for `example.city` from 2019-06-01,
 * skill-upgrade standards 初级工 1000.00 / 中级工 1500.00 / 高级工 2000.00 from 2019-06-01, living allowance 50.00 a day
 * from 2019-05-18) — illustrative figures, not any city's.
 *
 * What I read first: gbf2019 §(一)–(十二), (十七)–(十八); plan2021 (groups, 毕业年度学生, 脱贫劳动力, the
 * 「职业培训补贴、技能提升补贴和生活费补贴」 sentence, 特级技师/首席技师); op2025 (period 「从2025年到2027年底」, (七)–(九) groups,
 * (十四) 新八级工 and 直接认定); gf2018 §(五), (六) (the insured employees' support).
 *
 * My reading, cold (before the code):
 * - The ORDINARY local worker: a person with a 户籍地/常住地/求职就业地 in the city and no status is in no group of
 *   §(十一) (“符合条件的劳动者” are the groups; the province “可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围” (gbf2019, across a line break) — a
 *   power, unused in the example): refused. The same person employed (an 企业职工) is paid the catalogue's standard.
 * - Training subsidy groups: 贫困家庭子女, 贫困劳动力 (建档立卡, 对口支援, 脱贫), 两后生, 农村转移就业劳动者 (农民工 of all kinds),
 *   下岗失业人员, 转岗职工, 退役军人, 残疾人, 高校毕业生, 企业职工; by 「同时给予生活费补贴」 also 就业困难人员, 零就业家庭成员;
 *   毕业年度学生 from plan2021. Residency: training in the 户籍地、常住地 or 求职就业地 (a residence permit is not a condition
 *   of the text). A certificate after training (a directly recognised level is not one). Catalogue standard (outside:
 *   refused, §(十七) 目录清单管理). At most 3 a year (calendar year of the certificate); never twice for one occupation at
 *   one level (unleveled: the occupation), over the whole history. No age, no pension bar in the groups themselves.
 * - Skill-upgrade subsidy: an 企业职工 insured (参保) in the city whose unemployment-insurance fund pays; a certificate of
 *   初级工…高级技师; the local standard; 「或」 with the training subsidy.
 * - Living allowance: 贫困劳动力, 就业困难人员, 零就业家庭成员, 两后生 rural or 城市低保; per attended day.
 * - A 劳动者: not a child.
 *
 * Disagreement table (2,000 people, 7,221 claims), grouped by (measure, library outcome and first reason, oracle outcome
 * and why). Counts: the first draft's run for the rows where the oracle was wrong (generator without the birth years 2011
 * and 2013); the final run (418 disagreements, all in the last six rows) for the others.
 * | group | count | verdict |
 * | TS undecidable provision_not_in_force vs oracle denied/granted (certificates after 2027-12-31 or before 2019-05-18) | 1,000+ | ORACLE WRONG: no text of the chain in force; held whole (a known refusal too, except direct recognition). Oracle fixed. |
 * | TS/SU/LA undecidable residency_unknown / not_insured_employee vs oracle denied | 380 | ORACLE WRONG: absent facts are unknown (src/records/trainee.ts), and a refusal on a known fact outranks a hold. Oracle fixed. |
 * | TS denied level_not_on_ladder (学徒工 before 2025-06-20) vs oracle paid | 57 | ORACLE WRONG: 学徒工 is a rung only with op2025's “新八级工”; 特级技师/首席技师 from gbf2019 §(十八). Fixed. |
 * | LA granted course_in_jurisdiction vs oracle denied not-resident | 31 | ORACLE WRONG: §(十一) sets no residency for the allowance; the training is in the city. Fixed. |
 * | SU/TS other_measure_already_paid, basis_already_paid across certificates of one occupation@level | 12 | ORACLE WRONG (I keyed 「或」 by certificate): two certificates of one occupation and level are one training's result; keyed by occupation@level. Fixed. |
 * | TS denied not_in_group (毕业年度学生 in 2021) | 1 | OPEN, adopted: plan2021 prints no date; library reads it from 2022-01-01 (reading plan2021-start). I hold 2021 at 50 %. |
 * | order of judging (basis date, then claim id) vs my filing order | 9 | OPEN, adopted (reading claim-order-by-issue-date): on a tie of dates the claim id chooses which of 「或」's two is paid — arbitrary but within the text. |
 * | SU denied no_skill_upgrade_standard (技师) vs oracle held | 2 | OPEN, adopted: the city's table leaves 技师 out; the training subsidy is the other road (「或」). 55 %. |
 * | SU paid after 2027 (not bound to the frameworks) | — | OPEN, adopted (reading national-measures-end-with-framework). |
 * | TS/LA denied monthly_pension_entitled vs oracle paid or held | 97 | OPEN, excluded: reading national-pension-scope refuses anyone entitled to a monthly pension in any group. I read §(十二)'s clause as a power to bring people in, not a bar on the groups (op2025 (九) even targets 「大龄、超龄农民工」): 40 % that the text requires payment — not recorded. |
 * | LA denied occupation_level_already_subsidised | 5 | OPEN, excluded: reading living-allowance-repeat-course (「同时」: a repeat course is not subsidised training). I hold 50/50. |
 * | TS/LA undecidable earlier_claim_undecided | 3 (+2 of children) | OPEN, excluded: the library holds a later claim behind an earlier held one of the same person that may be paid first (a hold, no money moved). |
 * | LA undecidable missing_record (days of overlapping courses) | 4 | GENERATOR ARTEFACT, excluded: one person's generated courses overlap; asking which days were attended is right. |
 * | SU granted insured_employee vs oracle denied: insured only outside the city | 7 (+2 knock-on TS refused 「或」) | RECORDED, finding 1 (60 %). |
 * | TS/SU granted or held for a child (under 14 on the certificate's date) | 299 (+1 knock-on) | RECORDED, finding 2 (55 %). |
 * Knock-on claims of a person in a recorded or open group (a later claim judged against a different ledger) are excluded
 * with that person.
 *
 * What I tried by hand and found right: the controls below; also a certificate with no course (paid: the library takes
 * the certificate as the training's outcome, reading certificate-names-its-course — I would ask, 40 %); 常住地 without a
 * residence permit (paid, as I read it); a course outside the city (refused course_outside_jurisdiction); an unleveled
 * certificate repeated (refused); a veteran with no basis here (refused: no cross-province waiver in this policy).
 * Considered and not recorded: a person with a 失业登记地 here but no `unemployed` status is refused not_in_group (the
 * record's statuses are authoritative; registration may be historical: 40 %); an employee whose employer is registered
 * here but whose employment region is not recorded is held residency_unknown (a hold, not a refusal; the employer's
 * region could show the 就业地: 45 %); the pension bar above (40 %).
 */
import { describe, expect, it } from "vitest";
import { evaluateBatch, parseClaimsDocument } from "../src/index.js";
import type { Decision } from "../src/index.js";
import { ageOn, MIN_AGE } from "./support/audit15-oracle.js";
import { compare, disagrees, generate, POLICY, type Row } from "./support/audit15-gen.js";

type O = Record<string, unknown>;
const HERE = "example.city";
const person = (o: O = {}): O => ({ id: "P1", birthDate: "1990-05-05", statuses: [], hukouRegion: HERE, ...o });
const cert = (id: string, o: O = {}): O => ({ id, traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", issuedOn: "2022-08-01", courseId: "K1", ...o });
const course = (id: string, o: O = {}): O => ({ id, traineeId: "P1", kind: "employmentSkills", occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", classHours: 80, startDate: "2022-07-01", endDate: "2022-07-20", attendedDays: 20, region: HERE, ...o });
const ts = (id: string, certificateId: string, o: O = {}): O => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, certificateId, submittedOn: "2022-08-05", ...o });
const su = (id: string, certificateId: string, o: O = {}): O => ({ ...ts(id, certificateId, o), measure: "insuredSkillUpgradeSubsidy" });
const la = (id: string, courseId: string): O => ({ id, measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, courseId, submittedOn: "2022-07-20" });

function decide(doc: O): Map<string, Decision> {
  const p = parseClaimsDocument(doc);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  if (p.value.invalid.length > 0) throw new Error(JSON.stringify(p.value.invalid));
  return new Map(evaluateBatch(POLICY, p.value.document).decisions.map((d) => [d.claimId, d]));
}
const brief = (d: Decision | undefined) => [d?.outcome, d?.amount, d?.reasons[0]?.code];

// ---- The groups triaged as open or recorded, by predicate (see the table in the header). ----
const trainee = (r: Row) => (r.doc["trainees"] as O[])[0]!;
const certificateDates = (r: Row) => (r.doc["certificates"] as O[]).map((c) => c["issuedOn"] as string);
/** Recorded, finding 2: a child (under 14 on a certificate's date); all the person's claims (knock-on through the ledger). */
const isChild = (r: Row) => certificateDates(r).some((on) => ageOn(trainee(r)["birthDate"] as string, on) < MIN_AGE);
/** Open, not recorded: a person drawing a monthly pension (reading national-pension-scope); all the person's claims. */
const drawsPension = (r: Row) => trainee(r)["receivesMonthlyPension"] === true;
/** Recorded, finding 1: a person whose skill-upgrade subsidy the library pays on insurance outside the city; all the person's claims. */
const insuredElsewherePaid = (rows: readonly Row[]) => {
  const people = new Set(rows.filter((r) => r.measure === "insuredSkillUpgradeSubsidy" && r.lib.outcome === "granted" && r.ora.why === "insured").map((r) => trainee(r)["id"] as string));
  return (r: Row) => people.has(trainee(r)["id"] as string);
};
/**
 * Open (since finding 1's mend): a skill-upgrade claim whose insured months are recorded only under a wider region holding
 * the city's ("example"), none within it — the library asks for the months (they may be here), the oracle refuses.
 */
const insuredUnderWiderRegion = (r: Row) => {
  const months = trainee(r)["unemploymentInsuranceMonths"] as Record<string, number> | undefined;
  return r.measure === "insuredSkillUpgradeSubsidy" && r.lib.outcome === "undecidable" && r.lib.first === "not_insured_employee" && months !== undefined && Object.keys(months).some((k) => HERE.startsWith(`${k}.`)) && !Object.keys(months).some((k) => k === HERE || k.startsWith(`${HERE}.`));
};
/** Open: the living allowance of a course repeating an occupation@level paid before (reading living-allowance-repeat-course). */
const repeatCourseAllowance = (r: Row) => r.measure === "livingAllowance" && r.lib.first === "occupation_level_already_subsidised";
/** Open: a claim held behind an earlier held claim of the same person (a hold, no money moved). */
const heldBehind = (r: Row) => r.lib.outcome === "undecidable" && r.lib.first === "earlier_claim_undecided";
/** Generator artefact: overlapping courses of one person, the library asking which days were attended. */
const overlappingDays = (r: Row) => r.measure === "livingAllowance" && r.lib.outcome === "undecidable" && r.lib.first === "missing_record";

describe("cold audit 15 — controls", () => {
  it("the library and the cold oracle agree on every claim of 2,000 generated people outside the groups triaged as open or recorded", () => {
    const rows = compare(generate(2000));
    // finding 1 (insured only elsewhere, paid) is mended: no longer excluded, so such a disagreement now fails the run
    expect(rows.filter(insuredElsewherePaid(rows))).toEqual([]);
    const excluded = (r: Row) => isChild(r) || drawsPension(r) || insuredUnderWiderRegion(r) || repeatCourseAllowance(r) || heldBehind(r) || overlappingDays(r);
    const left = rows.filter((r) => disagrees(r) && !excluded(r)).map((r) => `${r.claimId} lib ${r.lib.outcome} ${r.lib.fen} ${r.lib.first} / oracle ${r.ora.outcome} ${r.ora.fen} ${r.ora.why}`);
    expect(left).toEqual([]);
    // The comparison is not empty: most claims agree on something paid, refused and held.
    const agreed = rows.filter((r) => !disagrees(r));
    expect(agreed.filter((r) => r.lib.outcome === "granted").length).toBeGreaterThan(500);
    expect(agreed.filter((r) => r.lib.outcome === "denied").length).toBeGreaterThan(500);
    expect(agreed.filter((r) => r.lib.outcome === "undecidable").length).toBeGreaterThan(200);
    expect(rows.length).toBeGreaterThan(5000);
  });

  it("the ORDINARY local person — hukou in the city, no status, no employer — is refused the training subsidy (no group of §(十一); the province's widening is a power, unused)", () => {
    const d = decide({ trainees: [person()], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A", "C1")] });
    expect(brief(d.get("A"))).toEqual(["denied", "0.00", "not_in_group"]);
  });

  it("the same ordinary person employed (employer on record, no status) is an 企业职工 and is paid the catalogue's 1000.00", () => {
    const d = decide({ trainees: [person({ employerId: "E1" })], enterprises: [{ id: "E1", name: "示例企业", region: HERE }], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A", "C1")] });
    expect(brief(d.get("A"))).toEqual(["granted", "1000.00", "course_in_jurisdiction"]); // EX-ELEC 初级工 row, 1000.00 (ILLUSTRATIVE)
  });

  it("a local 下岗失业人员 living here without a residence permit (常住地) is paid; the text asks no permit", () => {
    const d = decide({ trainees: [person({ hukouRegion: "other.city", residenceRegion: HERE, hasResidencePermit: false, statuses: ["unemployed"] })], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A", "C1")] });
    expect(brief(d.get("A"))).toEqual(["granted", "1000.00", "course_in_jurisdiction"]); // EX-ELEC 初级工, 1000.00 (ILLUSTRATIVE)
  });

  it("「原则上每人每年可享」「受不超过 3次」 (one sentence broken across lines in gbf2019): four certificates of 2022 of an unemployed local — three paid, the fourth refused", () => {
    const occ = (code: string) => ({ occupation: { code, name: code } });
    // each certificate on a course of its own: one course's training is paid once (reading course-trained-once)
    const d = decide({
      trainees: [person({ statuses: ["unemployed"] })],
      courses: [course("K1"), course("K2", occ("EX-WELD")), course("K3", occ("EX-COOK")), course("K4", occ("EX-DRON"))],
      certificates: [cert("C1"), cert("C2", { ...occ("EX-WELD"), courseId: "K2" }), cert("C3", { ...occ("EX-COOK"), courseId: "K3" }), cert("C4", { ...occ("EX-DRON"), courseId: "K4" })],
      claims: [ts("A", "C1"), ts("B", "C2"), ts("C", "C3"), ts("D", "C4")],
    });
    expect(brief(d.get("A"))[1]).toBe("1000.00"); // EX-ELEC 初级工 1000.00
    expect(brief(d.get("B"))[1]).toBe("1200.00"); // EX-WELD 初级工 1200.00
    expect(brief(d.get("C"))[1]).toBe("900.00"); // EX-COOK 初级工 900.00
    expect(brief(d.get("D"))).toEqual(["denied", "0.00", "annual_cap_reached"]); // 4th in 2022: 3 already (3,100.00 paid)
  });

  it("「同一职业同一等级不可重复享受」: a skill-level and a qualification certificate of 电工 初级工 — the second refused", () => {
    const d = decide({ trainees: [person({ statuses: ["unemployed"] })], courses: [course("K1")], certificates: [cert("C1"), cert("C2", { kind: "qualificationCertificate" })], claims: [ts("A", "C1"), ts("B", "C2")] });
    expect(brief(d.get("A"))[1]).toBe("1000.00");
    expect(brief(d.get("B"))).toEqual(["denied", "0.00", "occupation_level_already_subsidised"]);
  });

  it("「或」: an insured local employee paid the training subsidy on a certificate is refused the skill-upgrade subsidy on it", () => {
    const d = decide({ trainees: [person({ statuses: ["enterpriseEmployee"], unemploymentInsuranceMonths: { [HERE]: 24 } })], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A", "C1"), su("B", "C1", { submittedOn: "2022-08-06" })] });
    expect(brief(d.get("A"))[1]).toBe("1000.00");
    expect(brief(d.get("B"))).toEqual(["denied", "0.00", "other_measure_already_paid"]);
  });

  it("an insured local employee alone is paid the skill-upgrade subsidy of 初级工, 1000.00", () => {
    const d = decide({ trainees: [person({ statuses: ["enterpriseEmployee"], unemploymentInsuranceMonths: { [HERE]: 24 } })], courses: [course("K1")], certificates: [cert("C1")], claims: [su("B", "C1")] });
    expect(brief(d.get("B"))).toEqual(["granted", "1000.00", "insured_employee"]); // 初级工 1000.00 (ILLUSTRATIVE)
  });

  it("a 就业困难人员 is paid the living allowance for 20 attended days: 1000.00", () => {
    const d = decide({ trainees: [person({ statuses: ["employmentDifficulty"] })], courses: [course("K1")], certificates: [], claims: [la("L", "K1")] });
    expect(brief(d.get("L"))[0]).toBe("granted");
    expect(d.get("L")!.amount).toBe("1000.00"); // 20 days × 50.00 (ILLUSTRATIVE daily rate) = 1000.00
  });
});

describe("cold audit 15 — findings", () => {
  // What: the skill-upgrade subsidy is paid by the example city's policy to an enterprise employee whose hukou, residence,
  // work, training and unemployment insurance are all in other.city (insuredEmployeeCheck sums months over every region;
  // no check of region for this measure): 1000.00. other.city's own policy pays him the same on the same certificate.
  // Why: the subsidy is the unemployment-insurance fund's support for its insured (gf2018 §(六) 「发挥失业保险促进就业作用，
  // 支持符合条件的参保职工提升职业技能」; gbf2019 §(十三) pays it from 「失业保险基金结余」 in each place's 专账); the 参保职工 of
  // example.city's fund is one insured there. Jiaxing's layer has the rule (jx2019 「享受职业技能培训补贴的企业，按属地原则由失业保」 “险参保地进行管理”, for
  // enterprises); the national chain has none, and the measure reads no region at all.
  // Alternatives: (a) insured anywhere suffices (the library): every city's policy pays the same person once each;
  // (b) insured here OR a residency basis here (a looser link); (c) hold when the months are only elsewhere.
  // Confidence 60 % that the text requires a refusal here. Money: 1000.00 per claim (初级工 standard, ILLUSTRATIVE), paid
  // twice across two cities' runs.
  // Fix: src/provisions/skillUpgrade/insuredSkillUpgrade.ts insuredEmployeeCheck: count only the months in regions within
  // the policy's region (as jx2019.ui-locality does for enterprises), refusing (not_insured_employee) when none are.
  // Mended 2026-12-05 (insuredSkillUpgrade.ts insuredEmployeeCheck: under a policy with a region only the months insured
  //   within it count; months only elsewhere are refused "insured elsewhere"; reading insured-where-the-fund-is).
  it("「发挥失业保险促进就业作用，支持符合条件的参保职工提升职业技能」: the 参保职工 the example city's fund supports is one insured there — an employee insured only in other.city, living, working and trained there, is not paid the example city's skill-upgrade subsidy", () => {
    const elsewhere = "other.city";
    const d = decide({
      trainees: [person({ hukouRegion: elsewhere, residenceRegion: elsewhere, employmentRegion: elsewhere, statuses: ["enterpriseEmployee"], unemploymentInsuranceMonths: { [elsewhere]: 24 } })],
      courses: [course("K1", { region: elsewhere })],
      certificates: [cert("C1")],
      claims: [su("B", "C1")],
    });
    // Now: granted 1000.00 (初级工 standard, ILLUSTRATIVE). The text: refused, 0.00.
    expect(d.get("B")!.outcome).toBe("denied");
  });

  // What: a child of 9 recorded as 企业职工 (or as a 两后生) with a hukou here is paid the training subsidy, 1000.00; the
  // library reads no age for the national groups (only a pack's ceiling for older migrants).
  // Why: §(十二) pays “符合条件的劳动者” (the text breaks the word across lines: 「符合条件的劳动」/「者在户籍地、常住地、求职就业地参加培训后取得证书」),
  // and §(一) trains 「等城乡各类劳动者」; a child of 9 is no 劳动者, no 企业职工 (employing under 16 is unlawful, outside the
  // corpus) and no 两后生 (junior-high graduates, gf2018 (五) 「对城乡未继续升学的初、高中毕业生开展劳动预备制培训」, are 15 or so).
  // Alternatives: (a) no age in terms, pay the record as it stands (the library); (b) refuse under 16 (15 for 两后生);
  // (c) hold the record as implausible (as plausible-record-dates holds other impossible records). The body asserts only
  // "not paid" (refused or held). Confidence 55 % (the line is open; a child of 9 is not).
  // Money: 1000.00 per claim (EX-ELEC 初级工 row, ILLUSTRATIVE).
  // Fix: src/provisions/trainingSubsidy/trainingSubsidyGroups.ts (the group check), or the records' plausibility checks in
  // src/records/document.ts impossibleDates: a minimum working age on the basis date, refusing or holding below it.
  it.fails("「符合条件的劳动」「者在户籍地、常住地、求职就业地参加培训后取得证书」 pays a 劳动者: a child of 9 recorded as an 企业职工 is not paid the training subsidy", () => {
    const d = decide({ trainees: [person({ birthDate: "2013-01-01", statuses: ["enterpriseEmployee"] })], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A", "C1")] });
    // Now: granted 1000.00 (EX-ELEC 初级工, ILLUSTRATIVE) at age 9 (2013-01-01 → 2022-08-01). The text: not paid.
    expect(d.get("A")!.outcome).not.toBe("granted");
  });
});
