/**
 * Cold review 25 — the change "an employer on record makes the person an 企业职工" (reading
 * employer-on-record-is-employee; src/records/kinds.ts `hasStatus`, `isEnterpriseEmployee`; BASE 53eff30).
 *
 * Angle: try to break it, the ordinary claimant first. Does `trainee.employerId` now make someone an employee where the
 * text would not, does it move money in a group, list or route where being an 企业职工 excludes or changes the amount, does
 * anything pay twice, is `unemployed` the right and only exclusion, do the messages and the reading say what the code does.
 *
 * Read first: gbf2019 §(十一) (the free-training, subsidy and living-allowance groups; 「符合条件的企业职工……按规定给予职业培训补贴
 * 或参保职工技能提升补贴」; 以工代训), §(十二) (the province's widening, the pension clause, 「同一职业同一等级不可重复享受」);
 * gf2018 §(六) (「支持符合条件的参保职工提升职业技能」); jx2019 二 (target groups), 三(一) (pre-job, apprentices 职工学徒 / 学生学徒,
 * safety), 三(二) (the trade-friction uplift), 四(三) (free training, project training 三, living allowance 四); jf2018 (no
 * measure of its own). Then `git diff 53eff30..HEAD -- src law`, test/employer-on-record.test.ts, test/audit11b.test.ts (its
 * fixture change) and test/audit12b.test.ts; then every reader of the statuses in src (grep `statuses.includes`, `hasStatus`,
 * `isEnterpriseEmployee`).
 *
 * My reading before the diff: the record's employer is evidence of a labour relation, so counting it as 企业职工 is sound
 * wherever the texts say 企业职工 — and then it must count EVERYWHERE they say it, including the status lists a layer keeps
 * as parameters; the record's other facts that show no labour relation (laid off: `unemployed`; a pension drawn; an
 * apprenticeship of the 学生学徒 kind at that enterprise) must still win.
 *
 * What I tried (parseClaimsDocument → evaluateBatch; one batch and two runs chained by the ledger; the CLI in process):
 * jiaxing-2019 (with its fixture catalogue), national (gbf2019 alone, 2020), national-frameworks (2022, illustrative
 * figures of test/support/ordinary.ts), jieyang-2018 as shipped and with the test pack; a worker with E1 on record and no
 * status; with `unemployed`; drawing a pension; a 贫困劳动力 taken on by E1 with no insurance on record; a 农村转移就业劳动者
 * employed and insured; a trade-friction-affected worker; the safety route; project training; a province's widening of the
 * training-subsidy and living-allowance lists; a 学生学徒 at E1; the 「或」 choice and no-repeat between E1's claim and hers.
 *
 * Considered and not recorded:
 * - A person in two groups (a 农村转移就业劳动者 employed and insured by E1) who files both the training subsidy and the
 *   skill-upgrade subsidy on one certificate the same day now has the skill-upgrade judged first and paid, the training
 *   subsidy refused 「或」 (audit11b's fixture was changed to stop filing the skill-upgrade claim for such workers). One
 *   subsidy is paid either way; 「或」 does not say which is first; the figures are equal in the illustrative tables. 25 %.
 * - A 贫困劳动力 taken on by E1 for 以工代训 is a 参保职工 only when her record shows insurance months: with none on record her
 *   skill-upgrade claim is held asking for them (before: refused as no employee). Right (control below).
 * - A record naming an employer with `employmentDifficulty` / `zeroEmploymentHousehold` (whose living allowance and 以工代训
 *   do not look at employment), `inCustody`, `graduationYearStudent`: the record is then self-contradictory or the status
 *   describes the hiring, not the training day; no text settles it, and the undated record is review 8's old point.
 * - The trade-friction uplift keys on its own status and `unemployed` (unchanged, right: control).
 * - Pre-job route (jx2019 三(一)一) looks at the hire date, not the status: unchanged.
 * - jieyang-2018's test pack (gf2018 chain) finds no group for an 企业职工 with or without the status: unchanged, consistent.
 *
 * Figures are ILLUSTRATIVE (the texts leave them to the city): fixtures/jiaxing/catalogue-2020.json (EX-ELEC 初级工 1000.00,
 * EX-FORK 初级工 900.00, EX-ECOM project 500.00), the example city's catalogue (EX-ELEC 初级工 1000.00), skill-upgrade 初级工
 * 1000.00, living allowance 50.00 a day (test/support/ordinary.ts). Not official figures.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Grant, Policy } from "../src/index.js";
import { evaluateBatch, jieyang2018Policy, nationalFrameworksPolicy, nationalPolicy } from "../src/index.js";
import { cli } from "./cli-helpers.js";
import { employee as routeEmployee, enterprises as routeEnterprises, operations, safety } from "./support/enterpriseRoutes.js";
import { jieyangPackPolicy, withProvinceWidening } from "./support/national.js";
import { cert, cityCert, cityCourse, cityWorker, course, E1, ECOM, JX, skillUpgrade, TRAINEE, ts, withIllustrativeLocal, worker } from "./support/ordinary.js";
import { outcomes } from "./support/outcome.js";
import { parsed } from "./support/world.js";

type O = Record<string, unknown>;
const head = (s: string | undefined) => s?.split(":").slice(0, 2).join(":");
const CITY_E1 = { id: "E1", name: "示例市企业（示意）", region: "example.city", unemploymentInsuranceRegion: "example.city" };
const ENTERPRISE = { kind: "enterprise", id: "E1" };
/** E1's training-subsidy claim on certificate C1. */
const byE1 = (id: string, o: O = {}) => ts(id, "C1", { claimant: ENTERPRISE, enterpriseId: "E1", ...o });
const jxDoc = (trainee: O, claims: O[], more: O = {}): O => ({ trainees: [trainee], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")], claims, ...more });
const nfDoc = (trainee: O, claims: O[]): O => ({ trainees: [trainee], enterprises: [CITY_E1], courses: [cityCourse("K1")], certificates: [cityCert("C1")], claims });
/** The national frameworks with the example city's illustrative figures (catalogue, skill upgrade, living allowance 50.00 a day). */
const NFL = withIllustrativeLocal(nationalFrameworksPolicy());
/** A worker of the example city with E1 on record and no status (insured 24 months there). */
const onRecord = (o: O = {}) => cityWorker({ statuses: [], employerId: "E1", ...o });

/** Each claim as `outcome:amount:codes`, and the grants. */
function run(policy: Policy, doc: O, ledger: readonly Grant[] = []): { decided: Record<string, string>; grants: readonly Grant[] } {
  const r = evaluateBatch(policy, parsed({ ...doc, ledger }));
  return { decided: Object.fromEntries(r.decisions.map((d) => [d.claimId, `${d.outcome}:${d.amount}:${d.reasons.map((x) => x.code).join("+")}`])), grants: r.grants };
}
/** Two runs: `first`, then `second` with the first run's grants as the ledger. */
function chained(policy: Policy, doc: O, first: O[], second: O[]): Record<string, string> {
  const a = run(policy, { ...doc, claims: first });
  return { ...a.decided, ...run(policy, { ...doc, claims: second }, a.grants).decided };
}
const brief = (r: Record<string, string>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.startsWith("granted") ? head(v) : `${head(v)}:${v.split(":")[2]?.split("+").filter((c) => !["course_in_jurisdiction", "residency_basis", "in_group", "in_scope"].includes(c)).join("+")}`]));

describe("controls: the employer on record held right (passing)", () => {
  it("gbf2019 §(十一) 「符合条件的企业职工参加岗前培训、安全技能培训、转岗转业培训或初级工、中级工、高级工、技师、高级技师培训，按规定给予职业培训补贴或参保职工技能提升补贴」 and 「但同一职业同一等级不可重复享受」: a worker with E1 on record and no status — E1 is paid her certificate once (1000.00), her own training subsidy and her skill-upgrade subsidy on it are refused, in one batch and across two runs (national frameworks)", () => {
    const doc = nfDoc(onRecord(), []);
    const claims = [byE1("A", { submittedOn: "2022-08-05" }), ts("B", "C1", { submittedOn: "2022-08-06" }), skillUpgrade("SU", "C1")];
    // EX-ELEC 初级工 1000.00 (illustrative) × 1 certificate, to E1; nothing else
    const want = { A: "granted:1000.00", B: "denied:0.00:occupation_level_already_subsidised", SU: "denied:0.00:other_measure_already_paid" };
    expect(brief(run(NFL, { ...doc, claims }).decided)).toEqual(want);
    expect(brief(chained(NFL, doc, [claims[0] as O], [claims[1] as O, claims[2] as O]))).toEqual(want);
  });

  it("a record naming E1 and saying `unemployed` is a 失业人员's: E1's claim is refused (not_employee_training), the skill-upgrade subsidy is refused (not an insured employee), her own training subsidy is paid 1000.00", () => {
    const r = run(NFL, nfDoc(onRecord({ statuses: ["unemployed"] }), [byE1("A", { submittedOn: "2022-08-05" }), skillUpgrade("SU", "C1"), ts("B", "C1", { submittedOn: "2022-08-06" })])).decided;
    expect(r["A"]).toContain("not_employee_training");
    expect(r["SU"]).toContain("not_insured_employee");
    expect(head(r["B"])).toBe("granted:1000.00"); // EX-ELEC 初级工 1000.00 (illustrative) × 1, to her
  });

  it("gbf2019 §(十二) 「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」: a retiree rehired by E1 (on record, drawing a monthly pension) is refused on E1's claim in Jiaxing and under the frameworks, and her skill-upgrade subsidy is refused (draws a pension)", () => {
    const retiree = { birthDate: "1955-01-01", receivesMonthlyPension: true };
    const jx = outcomes(JX, jxDoc(worker({ statuses: [], ...retiree }), [byE1("A")]));
    const nf = run(NFL, nfDoc(onRecord(retiree), [byE1("A", { submittedOn: "2022-08-05" }), skillUpgrade("SU", "C1")])).decided;
    expect([head(jx["A"]), head(nf["A"]), head(nf["SU"])]).toEqual(["denied:0.00", "denied:0.00", "denied:0.00"]);
    expect(jx["A"]).toContain("monthly_pension_entitled");
    expect(nf["SU"]).toContain("not_insured_employee");
  });

  it("gf2018 §(六) 「支持符合条件的参保职工提升职业技能」: a 贫困劳动力 taken on by E1 (on record) with no insurance on record is not paid the skill-upgrade subsidy — it is held asking for her insurance months — while her training subsidy (1000.00) and living allowance (20 days × 50.00 = 1000.00) are paid as before", () => {
    const la = { id: "LA", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2022-08-05" };
    const r = run(NFL, nfDoc(onRecord({ statuses: ["povertyRegistered"], unemploymentInsuranceMonths: undefined }), [skillUpgrade("SU", "C1"), ts("TS", "C1", { submittedOn: "2022-08-05" }), la])).decided;
    expect(head(r["SU"])).toBe("undecidable:null");
    expect(head(r["TS"])).toBe("granted:1000.00"); // EX-ELEC 初级工 1000.00 (illustrative)
    expect(head(r["LA"])).toBe("granted:1000.00"); // 20 days × 50.00 (illustrative daily rate) = 1000.00
  });

  it("jx2019 三(一)三 「在本市缴纳失业保险 1 年以上的企业职工按初级工标准给予个人或组织单位补贴」: E1 organising the safety course of a worker it employs on record (24 months insured in Nanhu) is paid 900.00, as for the status; with `unemployed` or no employer, refused", () => {
    const doc = (t: O) => ({ trainees: [t], enterprises: routeEnterprises, courses: [safety()], certificates: [operations], claims: [{ id: "S", measure: "trainingSubsidy", traineeId: "P1", claimant: ENTERPRISE, enterpriseId: "E1", certificateId: "K1", submittedOn: "2020-05-01" }] });
    // EX-FORK 初级工 900.00 (illustrative) × 1, to the organising unit E1
    expect(head(outcomes(JX, doc(routeEmployee))["S"])).toBe("granted:900.00");
    expect(head(outcomes(JX, doc({ ...routeEmployee, statuses: [], employerId: "E1" }))["S"])).toBe("granted:900.00");
    expect(outcomes(JX, doc({ ...routeEmployee, statuses: ["unemployed"], employerId: "E1" }))["S"]).toContain("not_enterprise_employee");
    expect(outcomes(JX, doc({ ...routeEmployee, statuses: [] }))["S"]).toContain("not_enterprise_employee");
  });

  it("jx2019 三(二) 「受经贸摩擦影响的企业职工培训补贴标准参照同类职业（工种）补贴标准上浮 30%」: a trade-friction-affected worker with E1 on record is paid to E1 once with the uplift, 1000.00 × 1.30 = 1300.00 — not twice, not uplifted for the employer on record alone (1000.00)", () => {
    expect(head(outcomes(JX, jxDoc(worker({ statuses: ["tradeFrictionAffected"] }), [byE1("A")]))["A"])).toBe("granted:1300.00"); // 1000.00 × (1 + 30 %)
    expect(head(outcomes(JX, jxDoc(worker({ statuses: [] }), [byE1("A")]))["A"])).toBe("granted:1000.00"); // the row, no uplift
  });

  it("gbf2019 §(十一) 「对高校毕业生和企业职工按规定给予职业培训补贴」 under `national` (2020): E1 on record and no status — her own claim is paid 1000.00; jieyang-2018 as shipped provides no measure, and its test pack (gf2018 chain) treats her as it treats the status (no group)", () => {
    const doc20 = (t: O, claims: O[]) => ({ trainees: [t], enterprises: [CITY_E1], courses: [cityCourse("K1", { startDate: "2020-07-01", endDate: "2020-07-20" })], certificates: [cityCert("C1", { issuedOn: "2020-08-01" })], claims });
    expect(head(run(withIllustrativeLocal(nationalPolicy()), doc20(onRecord(), [ts("B", "C1", { submittedOn: "2020-08-05" })])).decided["B"])).toBe("granted:1000.00"); // EX-ELEC 初级工 1000.00 (illustrative)
    const RC = "guangdong.jieyang.rongcheng";
    const jy = (t: O) => ({ trainees: [worker({ hukouRegion: RC, unemploymentInsuranceMonths: { [RC]: 24 }, ...t })], enterprises: [{ ...E1, region: RC, unemploymentInsuranceRegion: RC }], courses: [course("K1", { region: RC, startDate: "2018-11-01", endDate: "2018-11-10" })], certificates: [cert("C1", { issuedOn: "2018-11-20" })], claims: [byE1("A", { submittedOn: "2018-12-01" })] });
    expect(outcomes(jieyang2018Policy(), jy({ statuses: [] }))["A"]).toBe("undecidable:null:measure_not_provided");
    expect(outcomes(jieyangPackPolicy(), jy({ statuses: [] }))["A"]).toBe(outcomes(jieyangPackPolicy(), jy({ statuses: ["enterpriseEmployee"] }))["A"]);
  });

  it("through the CLI (jiaxing-2019, fixture catalogue): E1's claim for a worker it employs on record is paid 1000.00 to E1, and `explain` says why in zh and en (企业职工参加补贴范围内的培训 / enterprise employee training; 由参训人员登记的用人单位申领 / claimed by the trainee's employer on record)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "review25-"));
    const path = join(dir, "doc.json");
    writeFileSync(path, JSON.stringify(jxDoc(worker({ statuses: [] }), [byE1("A")])));
    const ev = await cli(["evaluate", path, "--catalogue", "fixtures/jiaxing/catalogue-2020.json", "--format", "json", "--no-trace", "--quiet"]);
    const d = (JSON.parse(ev.out) as { decisions: { claimId: string; outcome: string; amount: string }[] }).decisions[0];
    expect([ev.code, d?.outcome, d?.amount]).toEqual([0, "granted", "1000.00"]); // EX-ELEC 初级工 1000.00 (illustrative), to E1
    const zh = await cli(["explain", path, "A", "--catalogue", "fixtures/jiaxing/catalogue-2020.json", "--lang", "zh"]);
    const en = await cli(["explain", path, "A", "--catalogue", "fixtures/jiaxing/catalogue-2020.json", "--lang", "en"]);
    expect(zh.out).toContain("企业职工参加补贴范围内的培训");
    expect(zh.out).toContain("由参训人员登记的用人单位申领");
    expect(en.out).toContain("enterprise employee training of a subsidised kind");
    expect(en.out).toContain("claimed by the trainee's employer on record");
  });
});

describe("findings (it.fails: each asserts what the text requires and fails on the code as it stands)", () => {
  // What: jiaxing-2019 refuses the provider's project-training claim (四(三)三) for a worker whose record names E1 as her
  //   employer and lists no status: `not_in_project_training_group`, its message listing 「企业职工」 among the groups she is
  //   "not" in — while the same batch calls her an 企业职工 everywhere else (in_scope "培训对象：企业职工", E1's claim paid).
  //   The list `trainingSubsidy.projectTrainingStatuses` is read with `trainee.statuses.includes` (src/jurisdictions/jiaxing/
  //   certificateBasis.ts certificateBasis.run), not `hasStatus`, so the change's reading does not reach it; the same worker
  //   with the status is paid 500.00.
  // Why: 四(三)三 names 企业职工 among those project training serves; the reading says the employer on record counts
  //   "wherever the texts name 企业职工" (and the brief names this very parameter).
  // Alternatives: the reading is meant for the gbf2019 clauses only (then the reading overstates its reach, and one worker
  //   is an employee for one Jiaxing clause and not for the next).
  // Confidence: 65 %. Money: EX-ECOM project row 500.00 (illustrative) × 1 certificate = 500.00 refused to ORG1 per claim.
  // mended 2026-12-05 (the lead, second stop) (src/jurisdictions/jiaxing/certificateBasis.ts matches the project-training statuses with hasStatus). Now it(...).
  it("jx2019 四(三)三 「以及企业职工，制订项目制（即没有职业资格证书的职业、工种）培训补贴目录清单」 「由符合规定的购买主体通过政府购买服务形式开展培训」: a worker whose record names E1 as her employer is an 企业职工 for project training too — the provider ORG1 is paid 500.00, as for the status", () => {
    const doc = (statuses: string[]): O => ({
      trainees: [worker({ statuses })],
      enterprises: [E1],
      courses: [course("K1", { kind: "projectBased", occupation: ECOM, level: undefined })],
      certificates: [cert("C1", { kind: "trainingCompletionCertificate", occupation: ECOM, level: undefined })],
      claims: [ts("A", "C1", { claimant: { kind: "organizer", id: "ORG1" } })],
    });
    expect(head(outcomes(JX, doc(["enterpriseEmployee"]))["A"])).toBe("granted:500.00"); // EX-ECOM project 500.00 (illustrative) × 1
    expect(head(outcomes(JX, doc([]))["A"])).toBe("granted:500.00"); // the same row: she is 「企业职工」 by her employer on record
  });

  // What: a province that widens both lists of gbf2019 §(十二) to 企业职工 (`trainingSubsidy.scopeAdjustment.statuses` and
  //   `livingAllowance.scopeAdjustment`, both ["enterpriseEmployee"]) lets a worker with E1 on record into the training
  //   subsidy (read with `hasStatus`) but not the living allowance (read with `trainee.statuses.includes`,
  //   src/provisions/livingAllowance/livingAllowance.ts livingAllowance rule, `widened.value.filter`): refused
  //   not_in_living_allowance_group, while the status holder is paid.
  // Why: the clause widens 「享受职业培训补贴、生活费补贴人员范围」 in one breath; a province naming 企业职工 in both names the same
  //   people, and the reading makes the employer on record one of them.
  // Alternatives: no province would ever put 企业职工 in the living allowance (it is for people without wages); the
  //   inconsistency is then latent. That is why the confidence is low.
  // Confidence: 30 %. Money: 20 days × 50.00 (illustrative daily rate; gbf2019 leaves it to the city) = 1000.00 per course.
  // mended 2026-12-05 (the lead, second stop) (src/provisions/livingAllowance/livingAllowance.ts matches the widening with hasStatus; the trade-friction uplift's status too). Now it(...).
  it("gbf2019 §(十二) 「省级人力资源社会保障部门、财政部门可在规定的原则下结合实际调整享受职业培训补贴、生活费补贴人员范围和条件要求」: a province widening both to 企业职工 widens both for a worker whose record names her employer — her living allowance is paid 20 × 50.00 = 1000.00 as the status holder's is", () => {
    const W = withIllustrativeLocal(withProvinceWidening({ statuses: ["enterpriseEmployee"], withoutMonthlyPension: false }, "2020-01-01", ["enterpriseEmployee"]));
    const doc20 = (t: O) => ({ trainees: [t], enterprises: [CITY_E1], courses: [cityCourse("K1", { startDate: "2020-07-01", endDate: "2020-07-20" })], certificates: [cityCert("C1", { issuedOn: "2020-08-01" })], claims: [{ id: "LA", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2020-08-05" }] });
    expect(head(run(W, doc20(cityWorker({ statuses: ["enterpriseEmployee"] }))).decided["LA"])).toBe("granted:1000.00"); // 20 days × 50.00 = 1000.00
    expect(head(run(W, doc20(onRecord())).decided["LA"])).toBe("granted:1000.00"); // the same, by the employer on record
  });

  // What: a 学生学徒 (apprenticeship record S1 of kind `student` at E1, paid to E1 at one month's 实习津贴, 2500.00) whose
  //   record also names E1 as employer is counted E1's 企业职工: E1's training-subsidy claim on her EX-ELEC 初级工 certificate
  //   is paid 1000.00 as 「企业职工」 training (before the change: refused not_employee_training). The rule reading the
  //   employer (src/records/kinds.ts employedOnRecord / src/provisions/trainingSubsidy/employeeTraining.ts
  //   employeeTrainingCheck) never looks at the apprenticeship the same document holds.
  // Why: jx2019 三(一)二 sets 职工学徒 and 学生学徒 apart — the student's subsidy is priced by an 实习津贴, an intern's
  //   allowance, not a wage: a 学生学徒 is a student placed with the enterprise, not its 职工. The record's own apprenticeship
  //   at E1 says which.
  // Alternatives: a record naming E1 as "the enterprise employing the person" is to be believed over the apprenticeship's
  //   kind (the data is wrong, not the rule); or 「招工即招生」 makes every new-style apprentice recruited as a worker.
  // Confidence: 35 %. Money: EX-ELEC 初级工 1000.00 (illustrative) × 1 certificate = 1000.00 paid to E1 per claim (she herself
  //   could be paid it under Jiaxing's universal scope: the money moves from her to E1 when E1 claims first).
  it.fails("jx2019 三(一)二 「职工学徒按每人每年 4000 元至 10000 元的标准给予企业补贴」 「学生学徒补贴金额一般可按学徒月实习津贴标准确定」 with gbf2019 §(十一) 「符合条件的企业职工参加岗前培训、安全技能培训、转岗转业培训或初级工、中级工、高级工、技师、高级技师培训」: a 学生学徒 at E1 is not E1's 企业职工 — E1's training-subsidy claim on her certificate is refused (not_employee_training), whatever employer her record names", () => {
    const S1 = { id: "S1", traineeId: "P1", enterpriseId: "E1", kind: "student", occupation: { code: "EX-ELEC", name: "电工（示意）" }, startDate: "2020-01-01", endDate: "2020-12-31", monthlyInternshipAllowance: "2500.00" };
    const ap = { id: "AP", measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: ENTERPRISE, apprenticeshipId: "S1", enterpriseId: "E1", submittedOn: "2021-01-05" };
    const r = outcomes(JX, jxDoc(worker({ statuses: [], birthDate: "2001-03-01", unemploymentInsuranceMonths: undefined }), [byE1("A"), ap], { apprenticeships: [S1] }));
    expect(head(r["AP"])).toBe("granted:2500.00"); // one month's 实习津贴 2500.00 (illustrative), under the 3000.00 cap: the student year, to E1
    expect(r["A"]).toContain("not_employee_training");
  });
});
