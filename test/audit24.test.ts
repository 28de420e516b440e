/**
 * Cold audit 24 (2026-12-06): records that contradict themselves or each other. Government systems send records
 * assembled from several registers (the trainee from the household and insurance registers, the course and the
 * certificate from the training and appraisal systems, the apprenticeship and the work-for-training months from the
 * enterprise), and registers disagree. For every shipped policy and measure I built records each valid on its own schema
 * but impossible or contradictory together, and asked: does the library ever PAY on an impossible record (or pay one basis
 * twice through it), REFUSE a claim a careful official would pay after a trivial inconsistency, and, where it holds, ask
 * for the field actually in doubt?
 *
 * Read first: jx2019 二 (the groups: 「企业职工……失业人员」 side by side), 三 (三(一)一 pre-job 「在员工入职 12 个月内」
 * 「培训时间不低于 40 课时」 「推行企业新录用人员先招用、再培训、后上岗的岗前培训制度」; 三(一)三 safety 「在本市缴纳失业保险1年以上的
 * 企业职工」), 四(三) (the living allowance), 五 (五(十一) the certificate as 「主要依据」, 「同一职业（项目）同一等级不可重复享受」,
 * the ledger 「实名制管理，建立培训全过程台账，确保可追溯」 and 「实现一网比对、一网归集、一网统计」); gbf2019 §(十一)–(十三)
 * (「下岗失业人员和转岗职工」 beside 「对高校毕业生和企业职工按规定给予职业培训补贴」; 参保职工技能提升补贴; 以工代训
 * 「最长不超过 6个月」; §(十二) 「参加培训后取得证书」; 「实现培训评价信息与就业社保信息联通共享」); plan2021 and op2025 (nothing on
 * records beyond 「对发生虚假培训、虚假评价、骗取套取补贴资金等违规违法行为的机构或个人,应追回补贴资金并依法查处」 and
 * 「确保资金使用安全」). My reading before the code: the texts pay facts (a person who trained, an employee who was insured, a
 * month worked); a record set whose facts cannot all be true shows none of them, so it is not paid, and since which
 * register is wrong is unknown it is held asking for the field in doubt — never refused on the wrong field either.
 *
 * Then read: law/readings plausible-record-dates, living-allowance-days-attended/-unknown, certificate-names-its-course,
 * employer-on-record-is-employee, pre-job-within-12-months, ledger-grant-identity, pay-once-basis; src/records/checks.ts
 * (courseChecks, trainingRecordChecks), src/records/document.ts (impossibleDates, courseOfCertificate),
 * src/records/kinds.ts (hasStatus, isEnterpriseEmployee), src/jurisdictions/jiaxing/{safetyTraining,preJobTraining,
 * apprenticeshipSubsidy}.ts, src/provisions/skillUpgrade/insuredSkillUpgrade.ts.
 *
 * What I tried, through parseClaimsDocument → evaluateBatch (test/support/outcome.ts `outcomes`): courses ending before
 * they start, attended days beyond the span, 40 class hours in one calendar day, a course attended on no day that earned a
 * certificate; certificates issued before their course, eight years after it, of another trainee's course, at another
 * level than the course; trainees born after the course, aged 1 with 14–24 months of unemployment insurance, aged 70,
 * a 两后生 aged 45, both `unemployed` and `enterpriseEmployee`, an employer on record and `unemployed`; a pre-job hire
 * date before the trainee was born and after the course; work-for-training months before the trainee was born and after
 * the claim; an apprentice aged 8, an employee apprentice whose record names another employer or says unemployed, a
 * 40-year-old student apprentice, two apprenticeships of one person at two enterprises over one year; two courses of one
 * person over the same days in two districts; two certificates of one occupation and level on different dates; a prior
 * grant naming a claim id the batch holds with other contents or for another person, a grant dated before the person's
 * birth; a hukou, a residence and a residence permit in places that are not each other's parent.
 *
 * Figures: the ILLUSTRATIVE Jiaxing catalogue (fixtures/jiaxing/catalogue-2020.json: EX-ELEC 初级工 1000.00, 高级工 2000.00,
 * EX-SEW 初级工 800.00, EX-FORK 初级工 900.00); the example city's ILLUSTRATIVE catalogue and local standards
 * (test/support/ordinary.ts: skill upgrade 初级工 1000.00, 以工代训 500.00 a month, living allowance 50.00 a day). The
 * national texts set no amounts; these are examples, not official figures. jx2019's 50 元 a day is the text's.
 *
 * Considered and not recorded (see the end of the file).
 */
import { describe, expect, it } from "vitest";
import { nationalFrameworksPolicy, nationalPolicy, parseClaimsDocument } from "../src/index.js";
import { apprentice, period } from "./support/apprenticeship.js";
import { ability, employee, enterprises, operations, preJob, safety } from "./support/enterpriseRoutes.js";
import { E1, HERE, JX, NANHU, NF, cert, cityDoc, cityWorker, course, ordinary, skillUpgrade, ts, withIllustrativeLocal, worker } from "./support/ordinary.js";
import { head, outcomes } from "./support/outcome.js";
import { decideById } from "./support/ordinary.js";

type O = Record<string, unknown>;

const ENT = (id: string): O => ({ kind: "enterprise", id });
/** A training-subsidy claim on the route fixtures' certificate K1 and course C1 (test/support/enterpriseRoutes.ts). */
const route = (id: string, claimant: O, o: O = {}): O => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant, certificateId: "K1", courseId: "C1", submittedOn: "2020-04-25", ...(claimant["kind"] === "enterprise" ? { enterpriseId: claimant["id"] } : {}), ...o });
/** 以工代训 of the example city: E1 (insured there) claims March–April 2020 for P1, a poverty labourer it employs. */
const W1 = { id: "E1", name: "示例扶贫车间（示意）", region: HERE, unemploymentInsuranceRegion: HERE };
const wft = (o: O = {}): O => ({ id: "W", measure: "workForTrainingSubsidy", traineeId: "P1", claimant: ENT("E1"), enterpriseId: "E1", months: ["2020-03", "2020-04"], submittedOn: "2020-05-05", ...o });
const NAT_LOCAL = withIllustrativeLocal(nationalPolicy());
const FRAMEWORKS_LOCAL = withIllustrativeLocal(nationalFrameworksPolicy());
/** Jiaxing living allowance on K1 (ten days in June 2020) filed after it. */
const la = (id: string, courseId: string): O => ({ id, measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, courseId, submittedOn: "2020-06-25" });

describe("controls: contradictions the library already sets aside, holds, or rightly pays through (passing)", () => {
  it("a course ending before it starts, or attended on more days than its span, is set aside at the boundary with its claim; the ordinary claim beside it is paid 1000.00 (EX-ELEC 初级工 row)", () => {
    const o = outcomes(JX, { ...ordinary, courses: [course("K1"), course("K2", { endDate: "2020-05-30" }), course("K3", { attendedDays: 11 })], claims: [ts("A", "C1"), la("L2", "K2"), la("L3", "K3")] });
    expect(head(o["A"])).toBe("granted:1000.00");
    expect(o["K2"]).toBe("set aside:end_before_start");
    expect(o["K3"]).toBe("set aside:attended_days_exceed_span");
    expect(o["L2"]).toMatch(/^set aside:/);
    expect(o["L3"]).toMatch(/^set aside:/);
  });

  it("gbf2019 「参加培训后取得证书」: a certificate issued the day before its course began, or a trainee born after the course began, is set aside, never paid", () => {
    expect(outcomes(JX, { ...ordinary, certificates: [cert("C1", { issuedOn: "2020-05-31" })], claims: [ts("A", "C1")] })["A"]).toBe("set aside:certificate_before_training");
    expect(outcomes(JX, { ...ordinary, trainees: [worker({ birthDate: "2020-06-02" })], claims: [ts("A", "C1", { courseId: "K1" })] })["A"]).toBe("set aside:born_after_basis");
  });

  it("jx2019 「以获取职业资格证书（职业技能等级证书、专项能力证书，下同）为主要依据」: a 高级工 certificate earned on a course recorded at 初级工 is paid the certificate's row, 2000.00 (EX-ELEC 高级工 row), not held", () => {
    expect(head(outcomes(JX, { ...ordinary, certificates: [cert("C1", { level: "senior" })], claims: [ts("A", "C1")] })["A"])).toBe("granted:2000.00");
  });

  it("gbf2019 「同一职业同一等级不可重复享受」: two EX-ELEC 初级工 certificates of one person on different dates — the first paid 1000.00 (EX-ELEC 初级工 row), the second refused", () => {
    const o = outcomes(JX, { ...ordinary, certificates: [cert("C1"), cert("C2", { issuedOn: "2020-06-25" })], claims: [ts("A", "C1"), ts("B", "C2")] });
    expect(head(o["A"])).toBe("granted:1000.00");
    expect(o["B"]).toBe("denied:0.00:occupation_level_already_subsidised");
  });

  it("jx2019 「在培训期间通过就业补助资金按每人每天 50 元标准给予生活费补贴」: one person on two courses over the same ten days in two districts is paid those days once, 10 × 50.00 = 500.00", () => {
    const o = outcomes(JX, { trainees: [worker({ statuses: ["employmentDifficulty"], employerId: undefined })], courses: [course("K1"), course("K2", { region: "zhejiang.jiaxing.haining", occupation: { code: "EX-WELD", name: "焊工（示意）" } })], claims: [la("L1", "K1"), la("L2", "K2")] });
    expect(head(o["L1"])).toBe("granted:500.00"); // 10 days × 50.00 (jx2019 四(三)四) = 500.00
    expect(o["L2"]).toMatch(/^denied:0\.00:basis_already_paid/);
  });

  it("a person whose record says both `unemployed` and `enterpriseEmployee` claiming her own EX-ELEC certificate is paid 1000.00 (either status is in jx2019 二's groups): the contradiction does not touch her own claim", () => {
    expect(head(outcomes(JX, { ...ordinary, trainees: [worker({ statuses: ["unemployed", "enterpriseEmployee"] })], claims: [ts("A", "C1")] })["A"])).toBe("granted:1000.00");
  });

  it("jx2019 「对超过退休年龄，不具有按月领取养老金资格，但确有培训需求的人员」: a trainee aged 70 at the certificate is asked for the pension entitlement, neither paid nor refused", () => {
    const o = outcomes(JX, { ...ordinary, trainees: [worker({ birthDate: "1950-01-01" })], claims: [ts("A", "C1")] });
    expect(o["A"]).toBe("undecidable:null:monthly_pension_entitled");
  });

  it("jx2019 「对具有当地户籍、当地常住并办有居住证……」: an Anhui hukou with a residence permit whose residence is not Jiaxing, or a Jiaxing residence without a permit, is held asking — not paid, not refused", () => {
    for (const t of [worker({ hukouRegion: "anhui.fuyang", hasResidencePermit: true, employerId: undefined, statuses: [] }), worker({ hukouRegion: "anhui.fuyang", residenceRegion: NANHU, employerId: undefined, statuses: [] })]) {
      expect(outcomes(JX, { ...ordinary, trainees: [t], claims: [ts("A", "C1")] })["A"]).toBe("undecidable:null:residency_unknown");
    }
  });

  it("jx2019 「推行企业新录用人员先招用、再培训、后上岗的岗前培训制度」: a pre-job course that ended before the hire date is refused (not_within_months_of_hire)", () => {
    const o = outcomes(JX, { trainees: [employee], enterprises, courses: [preJob({ hireDate: "2020-06-01" })], certificates: [ability()], claims: [route("B", ENT("E1"))] });
    expect(o["B"]).toBe("denied:0.00:not_within_months_of_hire");
  });

  it("gbf2019 以工代训: months not yet begun on the filing date are refused (work_for_training_months_not_begun), the months worked paid 2 × 500.00 = 1000.00 (illustrative rate)", () => {
    const t = cityWorker({ statuses: ["povertyRegistered"], employerId: "E1" });
    expect(outcomes(NAT_LOCAL, { trainees: [t], enterprises: [W1], claims: [wft({ months: ["2020-08", "2020-09"] })] })["W"]).toBe("denied:0.00:work_for_training_months_not_begun");
    expect(head(outcomes(NAT_LOCAL, { trainees: [t], enterprises: [W1], claims: [wft()] })["W"])).toBe("granted:1000.00"); // 2 months × 500.00 (illustrative) = 1000.00
  });

  it("jx2019 「职工学徒按每人每年 4000 元至 10000 元的标准给予企业补贴」: one person apprenticed at E1 and E2 over the same year is paid that year once, 6000.00 (the record's 6000.00 a year × 12/12)", () => {
    const E2 = { ...E1, id: "E2" };
    const ap = (id: string, a: string, e: string): O => ({ id, measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: ENT(e), enterpriseId: e, apprenticeshipId: a, submittedOn: "2021-01-15" });
    const o = outcomes(JX, { trainees: [apprentice], enterprises: [E1, E2], apprenticeships: [period("A1", "2020-01-01", "2020-12-31"), period("A2", "2020-01-01", "2020-12-31", { enterpriseId: "E2" })], claims: [ap("P-A1", "A1", "E1"), ap("P-A2", "A2", "E2")] });
    expect(head(o["P-A1"])).toBe("granted:6000.00");
    expect(o["P-A2"]).toMatch(/^denied:0\.00:basis_already_paid/);
  });
});

describe("findings: records that cannot all be true, paid or refused on them (it.fails: each fails at its own assertion on the code as it stands)", () => {
  // What: a 以工代训 claim for March and April 2020 on a trainee whose record says born 2020-04-15 is paid 1000.00 under
  //   nationalPolicy and nationalFrameworksPolicy (with the illustrative local rate). impossibleDates (src/records/document.ts)
  //   compares the birth date with the course, the certificate, the apprenticeship and the filing date only; the months
  //   claimed — the very basis of this measure — are never compared with it.
  // Why: the text pays an enterprise that 「吸纳贫困劳动力就业并开展以工代训」, month by month (「最长不超过 6个月」). March 2020
  //   wholly precedes the person's birth: nobody was taken on and trained that month, so one of the two registers (the
  //   household's birth date, the enterprise's months) is wrong, and the library's own reading plausible-record-dates sets
  //   aside exactly this for every other basis (born_after_basis). Which one is wrong is unknown, so it is not paid.
  // Alternatives: set aside at the boundary (born_after_basis at claims[i].months) — what I expect; hold asking
  //   trainee.birthDate and claim.months; pay April only (born in it) — all three stop the 1000.00.
  // Confidence: 75 %.
  // Money: 2 months × 500.00 (illustrative 以工代训 rate) = 1000.00 paid on an impossible record, per claim.
  // Mended 2026-12-06 (the lead): src/records/document.ts impossibleDates counts the first day of each month claimed among
  // the claim's bases, so a trainee born after it is born_after_basis and the claim set aside (reading plausible-record-dates).
  it("gbf2019 「企业、农民专业合作社和扶贫车间等各类生产经营主体吸纳贫困劳动力就业并开展以工代训」: months of 以工代训 before the trainee was born are not months of anybody's work — the claim is not paid", () => {
    const doc = { trainees: [cityWorker({ statuses: ["povertyRegistered"], employerId: "E1", birthDate: "2020-04-15" })], enterprises: [W1], claims: [wft()] };
    for (const p of [NAT_LOCAL, FRAMEWORKS_LOCAL]) {
      const o = outcomes(p, doc)["W"] ?? "missing";
      expect(o, "paid 2 × 500.00 for months before the birth").not.toMatch(/^granted/);
    }
    const parsed = parseClaimsDocument(doc);
    expect(parsed.ok && parsed.value.invalid.flatMap((r) => r.issues.map((i) => [i.code, i.path.join("."), i.message.zh]))).toEqual([["born_after_basis", "claims.0.traineeId", "出生日期 2020-04-15 晚于申请补贴的月份 2020-03-01"]]);
    // born on the first day of the first month claimed is let through: 2 months × 500.00 (illustrative rate) = 1000.00
    const born = { ...doc, trainees: [cityWorker({ statuses: ["povertyRegistered"], employerId: "E1", birthDate: "2020-03-01" })] };
    expect(outcomes(NAT_LOCAL, born)["W"]).toMatch(/^granted:1000\.00/);
  });

  // What: a person born 2019-10-01 whose record says 14 months of unemployment insurance in Nanhu holds a forklift
  //   特种作业操作证 issued 2020-05-20 (7 months old) from a safety course; filed 2020-04-25 … the route's fixtures; the
  //   safety route pays 900.00. Nothing compares the insured months with the months the person has lived.
  // Why: 三(一)三 pays 「在本市缴纳失业保险1年以上的企业职工」: the insured months are the fact paid on, and 14 months of
  //   insurance by a person not yet 8 months old at the certificate (and 9 at filing) cannot be true whatever date the
  //   insurance register was read on before the filing. A careful official asks for the birth date or the insurance record.
  //   (The reading plausible-record-dates declines a minimum age because “the texts name no age”; this needs none: it is
  //   arithmetic inside one record.)
  // Alternatives: hold asking trainee.birthDate and trainee.unemploymentInsuranceMonths (what I expect, or set aside);
  //   a minimum age of 16 (劳动法, not in the texts) would also catch it.
  // Confidence: 55 %.
  // Money: EX-FORK 初级工 row 900.00 (jx2019 「按初级工标准」, illustrative catalogue) paid on the impossible record, per claim.
  it.fails("jx2019 「对经培训取得特种作业操作证，在本市缴纳失业保险1年以上的企业职工按初级工标准给予个人或组织单位补贴」: 14 months insured by a person 9 months old on the filing day is not a year of insurance — not paid", () => {
    const baby = { ...employee, birthDate: "2019-10-01", unemploymentInsuranceMonths: { [NANHU]: 14 } };
    const o = outcomes(JX, { trainees: [baby], enterprises, courses: [safety({ startDate: "2020-05-01", endDate: "2020-05-03", attendedDays: 3 })], certificates: [{ ...operations, issuedOn: "2020-05-20" }], claims: [route("S", { kind: "trainee", id: "P1" }, { submittedOn: "2020-07-01" })] })["S"];
    expect(o, "900.00 paid on 14 insured months of a 9-month-old").not.toMatch(/^granted/);
  });

  // What: under the national frameworks the 参保职工 skill-upgrade subsidy is paid 1000.00 to a person born 2021-06-01
  //   whose record says 24 months insured in the example city, on a certificate issued 2022-08-01 (aged 14 months).
  // Why: gf2018 pays 「符合条件的参保职工」: the insurance is the fact paid on, and 24 months of it cannot precede a life of
  //   14 months. Same root as the Jiaxing safety record above, another policy and passage.
  // Confidence: 50 % (the rule asks only for some insured months in the region, so the impossible count does not even
  //   carry the decision; the person is paid as an 参保职工 who cannot be one).
  // Money: 初级工 skill-upgrade standard 1000.00 (illustrative, test/support/world.ts) per claim.
  it.fails("gf2018 「支持符合条件的参保职工提升职业技能」: 24 months insured by a person 14 months old is no 参保职工's record — the skill-upgrade subsidy is not paid on it", () => {
    const o = outcomes(NF, { ...cityDoc, trainees: [cityWorker({ birthDate: "2021-06-01" })], claims: [skillUpgrade("U", "C1")] })["U"];
    expect(o, "1000.00 paid to a 14-month-old 参保职工").not.toMatch(/^granted/);
  });

  // What: a trainee whose statuses are both `unemployed` and `enterpriseEmployee`, employer on record E1: E1's claim on
  //   her EX-ELEC 初级工 certificate is paid 1000.00 (payee_is_employer). The same record with `employerId: "E1"` and
  //   `unemployed` but without the status `enterpriseEmployee` is refused (not_employee_training): isEnterpriseEmployee
  //   (src/records/kinds.ts) lets `unemployed` overrule an employer on record and `tradeFrictionAffected` (readings
  //   employer-on-record-is-employee, trade-friction-employee) but never the status `enterpriseEmployee` itself.
  // Why: gbf2019 names 「下岗失业人员和转岗职工」 apart from 「对高校毕业生和企业职工按规定给予职业培训补贴」; a 失业人员 is not the
  //   enterprise's 职工, and an enterprise is paid only for its own employee's training (reading employer-of-record). Two
  //   registers (the 失业登记 and the employment record) disagree; which is current is unknown, so the enterprise's claim
  //   is not paid on it — held asking trainee.statuses (what I expect) or refused as the library's own employer-on-record
  //   case is. The trainee's own claim is paid either way (control above).
  // Confidence: 50 %.
  // Money: EX-ELEC 初级工 row 1000.00 paid to E1 per claim; if she is unemployed the payee should have been the trainee.
  it.fails("gbf2019 「下岗失业人员和转岗职工」 are not 「企业职工」: a record saying both `unemployed` and `enterpriseEmployee` does not pay the enterprise for her training", () => {
    const o = outcomes(JX, { ...ordinary, trainees: [worker({ statuses: ["unemployed", "enterpriseEmployee"] })], enterprises: [E1], claims: [ts("A", "C1", { claimant: ENT("E1"), enterpriseId: "E1" })] })["A"];
    expect(o, "E1 paid 1000.00 for a person recorded unemployed").not.toMatch(/^granted/);
  });

  // What: the same contradictory statuses pay the safety route 900.00 (employee_training + insured_months_met), where
  //   `unemployed` with an employer on record is refused (not_enterprise_employee).
  // Why: 三(一)三 pays only 「企业职工」; the record does not say she is one without also saying she is not.
  // Confidence: 50 %. Money: EX-FORK 初级工 row 900.00 per claim (illustrative catalogue).
  it.fails("jx2019 「在本市缴纳失业保险1年以上的企业职工」: a record saying both `unemployed` and `enterpriseEmployee` does not show an 企业职工 — the safety route is not paid on it", () => {
    const o = outcomes(JX, { trainees: [{ ...employee, statuses: ["unemployed", "enterpriseEmployee"] }], enterprises, courses: [safety()], certificates: [operations], claims: [route("S", { kind: "trainee", id: "P1" })] })["S"];
    expect(o, "900.00 paid on contradictory statuses").not.toMatch(/^granted/);
  });

  // What: under the national frameworks the skill-upgrade subsidy is paid 1000.00 to a person recorded `unemployed` and
  //   `enterpriseEmployee`; `unemployed` alone is refused (not_insured_employee).
  // Why: gbf2019 「按规定给予职业培训补贴或参保职工技能提升补贴」 offers the skill-upgrade subsidy to 「符合条件的企业职工」; an
  //   unemployed person's insurance is not an employee's. Confidence: 50 %. Money: 1000.00 (illustrative 初级工 standard).
  it.fails("gbf2019 「符合条件的企业职工参加岗前培训、安全技能培训、转岗转业培训或初级工、中级工、高级工、技师、高级技师培训，按规定给予职业培训补贴或参保职工技能提升补贴」: a record saying both `unemployed` and `enterpriseEmployee` does not pay the 参保职工 subsidy", () => {
    const o = outcomes(NF, { ...cityDoc, trainees: [cityWorker({ statuses: ["unemployed", "enterpriseEmployee"] })], claims: [skillUpgrade("U", "C1")] })["U"];
    expect(o, "1000.00 paid on contradictory statuses").not.toMatch(/^granted/);
  });

  // What: a pre-job course whose hire date (1985-03-15) is before the trainee's birth (1990-05-05) is REFUSED,
  //   denied not_within_months_of_hire: the organiser E1 loses 800.00 on a date that cannot be true.
  // Why: 「在员工入职 12 个月内」 asks the hire date; a hire date before birth is not a hire 35 years earlier, it is a wrong
  //   record (most likely 2020 mistyped), exactly the kind plausible-record-dates sets aside or the library holds
  //   (reading undecidable-never-zero: what cannot be judged is not refused). A careful official asks for course.hireDate.
  //   The course otherwise fits (40 class hours, April 2020, certificate of its occupation).
  // Alternatives: set aside at the boundary (a hire date before the birth, as born_after_basis); held asking
  //   course.hireDate (what I expect). Either way not `denied`.
  // Confidence: 45 % (a denial here is re-fileable once the date is corrected; but the outcome tells the unit it does not
  //   qualify, on a field that is provably wrong).
  // Money: EX-SEW 初级工 row 800.00 (jx2019 「按初级工标准给予组织单位补贴」, illustrative catalogue) refused per claim.
  it.fails("jx2019 「在员工入职 12 个月内」: a hire date before the trainee was born is a wrong record, not a hire outside the window — the organiser's claim is held or set aside, not refused", () => {
    const o = outcomes(JX, { trainees: [employee], enterprises, courses: [preJob({ hireDate: "1985-03-15" })], certificates: [ability()], claims: [route("B", ENT("E1"))] })["B"];
    expect(o).toMatch(/^(undecidable|set aside)/);
  });

  // What: a pre-job course of 40 class hours held on one calendar day (2020-04-01..2020-04-01, attended 1 day) is paid
  //   800.00 to its organiser: class_hours_met. Nothing compares class hours with the span.
  // Why: 「培训时间不低于 40 课时」 is the route's one measure of training; a 课时 is 45 or 60 minutes, so one day holds at most
  //   32 of them — 40 in a day is impossible, and the record that says the minimum was met cannot be true. The official asks
  //   for the class hours (or the dates). Same as attendedDays beyond the span, which courseChecks already sets aside.
  // Alternatives: set aside at course.classHours (class hours beyond 24 × the span's days, or 32 × it); hold the pre-job
  //   route asking course.classHours (preJobTraining.ts). Either way not paid.
  // Confidence: 60 %.
  // Money: EX-SEW 初级工 row 800.00 per claim (jx2019 「按初级工标准给予组织单位补贴」, illustrative catalogue).
  // Mended 2026-12-06 (the lead): src/jurisdictions/jiaxing/preJobTraining.ts preJobTrainingChecks holds the route's claim
  // (class_hours_beyond_span, asking course.classHours) when the class hours exceed 36 a calendar day of the course's span
  // (a 课时 of no less than 40 minutes: 24 × 60 ÷ 40; reading class-hours-within-span).
  it("jx2019 「培训时间不低于 40 课时」: 40 class hours inside one calendar day cannot have been taught — the pre-job route is not paid on it", () => {
    const doc = (days: number, classHours: number) => ({ trainees: [employee], enterprises, courses: [preJob({ startDate: "2020-04-01", endDate: `2020-04-0${days}`, attendedDays: days, classHours })], certificates: [ability()], claims: [route("B", ENT("E1"))] });
    const o = outcomes(JX, doc(1, 40))["B"];
    expect(o, "800.00 paid for 40 class hours in one day").not.toMatch(/^granted/);
    const held = decideById(JX, doc(1, 40))["B"];
    expect([held?.outcome, held?.missingFacts, held?.reasons.find((r) => r.code === "class_hours_beyond_span")?.facts]).toEqual(["undecidable", ["course.classHours"], { classHours: 40, days: 1, perDay: 36 }]); // 40 > 36 × 1 day
    expect(head(outcomes(JX, doc(2, 73))["B"])).toBe("undecidable:null"); // 73 > 36 × 2 days
    // 72 = 36 × 2 days fits: the route's EX-SEW 初级工 row 「按初级工标准给予组织单位补贴」, 800.00 (illustrative catalogue)
    expect(head(outcomes(JX, doc(2, 72))["B"])).toBe("granted:800.00");
  });

  // What: a pre-job course the trainee attended on no day (attendedDays 0), which the certificate's record names as the
  //   training that earned it, is paid 800.00 to its organiser.
  // Why: the route pays 「开展……岗前培训，培训时间不低于 40 课时，培训后取得专项职业能力证书（或培训合格证书）」 — the
  //   organiser is paid for training this person; the course record says she trained 0 days while the certificate says the
  //   course trained her. One of the two registers is wrong; the official asks for the attendance.
  //   (I did not record the ordinary certificate route on a 0-day course: there the certificate is 「主要依据」.)
  // Confidence: 45 % (a system without attendance may write 0 for "not kept"; that is itself a reason to ask, not pay).
  // Money: EX-SEW 初级工 row 800.00 per claim (illustrative catalogue).
  // Mended 2026-12-07: held, the hours bounded by the days attended (reading class-hours-within-span; cold review 96 F2)
  it("jx2019 「培训后取得专项职业能力证书（或培训合格证书）」: a pre-job course attended on no day did not train the person its certificate names — the organiser is not paid on it", () => {
    const o = outcomes(JX, { trainees: [employee], enterprises, courses: [preJob({ attendedDays: 0 })], certificates: [ability()], claims: [route("B", ENT("E1"))] })["B"];
    expect(o, "800.00 paid for a course attended 0 days").not.toMatch(/^granted/);
  });
});

/*
 * Noticed and not recorded:
 * - A prior grant naming claim id A (another measure, or another person) refuses this batch's claim A `duplicate_claim`
 *   (1000.00). Already an it.fails record of cold audit 7 (test/audit7-once.test.ts, 30 %) and pinned by
 *   test/cli-partition.test.ts; I would hold it (about 40 %), not refuse it.
 * - A prior grant of EX-ELEC 初级工 dated 1985 for a person born 1990 refuses her 2020 certificate
 *   (occupation_level_already_subsidised, 1000.00). The grant's date is impossible, but that it was paid may still be
 *   true; holding is arguable (35 %), not recorded.
 * - An employee apprentice whose record names another employer (E2), or says `unemployed`, is paid 6000.00 to E1.
 *   test/review8.test.ts pins "untouched by an employer on record that names another enterprise" as a control; the
 *   trainee record is undated and she may have moved after the apprenticeship. 以工代训 holds the same disagreement
 *   (payee_not_employer); 35 % that the apprenticeship should too.
 * - Age: an electrician certificate of a 1-year-old (1000.00), an apprentice of 8 (6000.00), 以工代训 months of a
 *   1-year-old (1000.00) are all paid. plausible-record-dates declines a minimum age (“the texts name no age”); I recorded
 *   only the cases that are impossible by arithmetic inside the records (insured months beyond a life; months before birth).
 * - A 两后生 (`nonContinuingGraduate`, 「城乡未继续升学的初高中毕业生」) aged 45 is paid the Jiaxing living allowance with
 *   `rural`; the status is certified and the text sets no age (30 %). A 40-year-old 毕业年度 student is not impossible.
 * - A 以工代训 worker born 1940 (aged 80) is paid; no retirement test on that measure. Not a contradiction of records.
 * - A 初级工 course earning a 高级工 certificate is paid the 高级工 row (control above): the certificate is 「主要依据」.
 * - No enterprise founding date and no apprenticeship hire date exist in the schemas, so "insured before founded" and
 *   "hired after the apprenticeship ended" cannot be written.
 */
