/**
 * Cold audit 9 (2026-12-05): THRESHOLDS of the national texts (gf2018 国发〔2018〕11号, gbf2019 国办发〔2019〕24号,
 * plan2021 “十四五”职业技能培训规划, op2025) and of the Guangdong → Jieyang chain (gf2018 → yf2018 → jf2018 揭府〔2018〕54号):
 * every date, count, month and age at which money or eligibility moves, tested at the threshold and one unit either side.
 *
 * What I read, and how: the five texts first (law/sources/gf2018.txt, gbf2019.txt, plan2021.txt, op2025.txt, jf2018.txt;
 * yf2018.txt for the chain), listing every threshold they set: the days they come into force (gf2018 「2018年5月3日」,
 * gbf2019 「2019年5月18日」, op2025 「2025年6月20日」; plan2021 carries no date, read from 2022-01-01, reading
 * plan2021-start), the periods (gbf2019 「职业技能提升行动方案（2019—2021 年）」, op2025 「从2025年到2027年底」), the count
 * 「原则上每人每年可享受不超过3次」 and the bar 「但同一职业同一等级不可重复享受」, the six months of 以工代训
 * 「给予一定期限的职业培训补贴，最长不超过6个月」, the levels 「初级工、中级工、高级工、技师、高级技师」 and
 * 「按规定给予职业培训补贴或参保职工技能提升补贴」, gf2018's 「发挥失业保险促进就业作用，支持符合条件的参保职工提升职业技能」
 * (no insured period in any of the five texts), the pension clause 「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」,
 * plan2021's graduation-year students and op2025's 「大力推行“新八级工”职业技能等级制度」 and
 * 「收费实行市场调节价的培训项目」. Then the rules (src/provisions/trainingSubsidy/*, skillUpgrade/insuredSkillUpgrade.ts,
 * workForTraining/workForTraining.ts, levels/skillLadder.ts, src/jurisdictions/national/*.params.yaml,
 * src/jurisdictions/guangdong/*) and the readings that choose a behaviour at a threshold (annual-cap-calendar-year,
 * claim-order-by-issue-date, plan2021-start, chief-technician-from-2019, insured-skill-upgrade-claimable,
 * work-for-training-per-person(-months), gf2018-chain-groups, plausible-record-dates). Every decision below goes through
 * the public boundary (parseClaimsDocument → evaluateBatch).
 *
 * The ordinary claimant: under the national frameworks gbf2019 → plan2021 → op2025, the insured enterprise employee of the
 * example city of test/support/ordinary.ts (hukou in the city, 24 months of unemployment insurance, no other status; under
 * the national texts alone a person in no group of gbf2019 §(十一) is refused, so the employee is the national ordinary
 * worker); under the Jieyang chain, the Rongcheng 下岗失业人员 of cold audit 6 (gf2018 §(五) 「围绕就业创业重点群体，广泛开展就业技能培训」).
 *
 * Figures are ILLUSTRATIVE, not official: the example catalogue of test/support/national.ts as the edition in force from
 * 2018-05-03 (`exampleEdition2018`: EX-ELEC 初级工 1000.00, 中级工 1500.00, 学徒工 500.00, 首席技师 3000.00; EX-WELD 初级工
 * 1200.00; EX-COOK 初级工 900.00; EX-DRON 初级工 1200.00; EX-TILE 初级工 333.33), the skill-upgrade standards of
 * test/support/world.ts `withSkillUpgradeStandards` (初级工 1000.00, 中级工 1500.00, 高级工 2000.00 from 2019-06-01), and,
 * for 以工代训 and the living allowance, example standards of my own here (500.00 a month and 50.00 a day from gbf2019's
 * first day; 600.00 and 60.00 from 2020-01-01). For the Jieyang chain, the library's own pack fixture `jieyangPackPolicy()`
 * (the same rows from 2018-05-03).
 *
 * Thresholds the brief lists that these texts do not reach: no insured period (none of the five texts sets one: any month
 * insured, reading insured-skill-upgrade-claimable); no graduation-year window (毕业年度 is a status the record asserts,
 * undated); no apprenticeship month or leap-day count (nationally the standard is local and the claim undecidable: only the
 * floor of 4000 is tested); no age (no national age ceiling; the pension clause is finding 3).
 *
 * The first block holds the controls (what I hold right, passing); the second the findings as `it.fails` records (each
 * asserts what is right and fails on the code as it stands, so `it.fails` passes; when one is fixed, turn it into
 * `it(...)`). Each finding gives what, why, the fix, the money at stake and my confidence that it is a defect.
 */
import { describe, expect, it } from "vitest";
import type { Decision, EvaluateOptions, Policy } from "../src/index.js";
import { apprenticeshipAnnualStandard, buildPolicy, insuredSkillUpgradeStandards, cite, civilDate, defineLayer, educationFundUnder, evaluateBatch, livingAllowanceDailyRate, nationalFrameworksPolicy, parseClaimsDocument, replaceParameter, workForTrainingMonthlyRate } from "../src/index.js";
import { exampleEdition2018, jieyangPackPolicy, regionalPolicy, withExampleStandard } from "./support/national.js";
import { parsed, withSkillUpgradeStandards } from "./support/world.js";

type O = Record<string, unknown>;

function decide(policy: Policy, doc: O, options: EvaluateOptions = {}): Record<string, Decision> {
  return Object.fromEntries(evaluateBatch(policy, parsed(doc), options).decisions.map((d) => [d.claimId, d]));
}
const brief = (d: Decision | undefined) => [d?.outcome, d?.amount];
const codes = (d: Decision | undefined) => d?.reasons.map((r) => r.code) ?? [];

// ---------------------------------------------------------------------------------------------
// The national frameworks with the illustrative rows from 2018-05-03 and the illustrative skill-upgrade standards.
const HERE = "example.city";
const NF: Policy = withSkillUpgradeStandards(regionalPolicy(nationalFrameworksPolicy(), [exampleEdition2018]));
/** An example monthly 以工代训 standard (ILLUSTRATIVE): 500.00 from gbf2019's first day, 600.00 from 2020-01-01. */
const WF: Policy = withExampleStandard(NF, "work-for-training", workForTrainingMonthlyRate, { zh: "以工代训补贴标准（示意）", en: "work-for-training standard (illustrative)" }, [
  { from: "2019-05-18", value: "500.00" },
  { from: "2020-01-01", value: "600.00" },
]);
/** An example daily living allowance (ILLUSTRATIVE): 50.00 a day from gbf2019's first day, 60.00 from 2020-01-01. */
const LA: Policy = withExampleStandard(NF, "living-allowance", livingAllowanceDailyRate, { zh: "生活费补贴标准（示意）", en: "living allowance (illustrative)" }, [
  { from: "2019-05-18", value: "50.00" },
  { from: "2020-01-01", value: "60.00" },
]);

const TRAINEE = { kind: "trainee", id: "P1" };
const occupation = (code: string) => ({ code, name: `${code}（示意）` });
/** The ordinary national claimant: an insured enterprise employee of the example city (test/support/ordinary.ts). */
const worker = (o: O = {}): O => ({ id: "P1", birthDate: "1990-05-05", statuses: ["enterpriseEmployee"], hukouRegion: HERE, unemploymentInsuranceMonths: { [HERE]: 24 }, ...o });
const course = (id: string, day: string, o: O = {}): O => ({ id, traineeId: "P1", kind: "employmentSkills", occupation: occupation("EX-ELEC"), level: "junior", classHours: 80, startDate: day, endDate: day, attendedDays: 1, region: HERE, ...o });
const cert = (id: string, issuedOn: string, o: O = {}): O => ({ id, traineeId: "P1", kind: "skillLevelCertificate", occupation: occupation("EX-ELEC"), level: "junior", issuedOn, ...o });
const ts = (id: string, certificateId: string, submittedOn: string, o: O = {}): O => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant: TRAINEE, certificateId, submittedOn, ...o });
const su = (id: string, certificateId: string, submittedOn: string): O => ({ id, measure: "insuredSkillUpgradeSubsidy", traineeId: "P1", claimant: TRAINEE, certificateId, submittedOn });
/** One certificate on one one-day course in the city, claimed by the worker: the training-subsidy decision. */
function certificateOn(day: string, person: O = worker(), o: { cert?: O; course?: O; filed?: string } = {}): Decision | undefined {
  return decide(NF, { trainees: [person], courses: [course("K", day, o.course)], certificates: [cert("C", day, { courseId: "K", ...o.cert })], claims: [ts("T", "C", o.filed ?? day, { courseId: "K" })] })["T"];
}

// 以工代训: a poverty-registered worker taken on by an insured enterprise of the city, which claims the months.
const E1 = { id: "E1", name: "示例企业", region: HERE, unemploymentInsuranceRegion: HERE };
const poorWorker = worker({ statuses: ["povertyRegistered"], employerId: "E1" }); // E1 took her on (以工代训)
const wft = (id: string, months: string[], submittedOn: string): O => ({ id, measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", months, submittedOn });

// The living allowance: a certified 就业困难人员 of the city (gbf2019 §(十一)'s living-allowance groups) on a course in the city.
const hardToPlace = worker({ statuses: ["employmentDifficulty"], unemploymentInsuranceMonths: undefined });
const span = (id: string, startDate: string, endDate: string, attendedDays: number, attendedDates?: string[]): O => course(id, startDate, { endDate, attendedDays, ...(attendedDates === undefined ? {} : { attendedDates }) });
const la = (id: string, courseId: string, submittedOn: string): O => ({ id, measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId, submittedOn });
const allowance = (person: O, k: O, filed: string, options: EvaluateOptions = {}) => decide(LA, { trainees: [person], courses: [k], claims: [la("L", k["id"] as string, filed)] }, options)["L"];

// The Guangdong → Jieyang chain with the library's Jieyang pack fixture (test/support/national.ts).
const JP = jieyangPackPolicy();
const RONGCHENG = "guangdong.jieyang.rongcheng";
const jyPerson: O = { id: "P1", birthDate: "1990-05-05", statuses: ["unemployed"], hukouRegion: RONGCHENG };
function jieyang(certs: [string, string, string][]): Record<string, Decision> {
  return decide(JP, {
    trainees: [jyPerson],
    courses: certs.map(([id, code, day]) => course(`K${id}`, day, { occupation: occupation(code), region: RONGCHENG })),
    certificates: certs.map(([id, code, day]) => cert(`C${id}`, day, { occupation: occupation(code), courseId: `K${id}` })),
    claims: certs.map(([id, , day]) => ts(id, `C${id}`, day, { courseId: `K${id}` })),
  });
}

describe("controls: the thresholds of the national texts and the Jieyang chain (what I hold right, passing)", () => {
  it("gbf2019 §(十一) 「按规定给予职业培训补贴或参保职工技能提升补贴」: the ordinary insured employee's 初级工 certificate is paid one or the other, 1000.00, never both", () => {
    // Records: the example city's insured enterprise employee earns EX-ELEC 初级工 on 2022-08-01 and claims the skill-upgrade
    // subsidy, then the training subsidy on the same certificate (reading training-or-skill-upgrade).
    const r = decide(NF, { trainees: [worker()], certificates: [cert("C1", "2022-08-01")], claims: [su("S", "C1", "2022-08-05"), ts("T", "C1", "2022-08-06")] });
    expect(brief(r["S"])).toEqual(["granted", "1000.00"]); // skill-upgrade standard of 初级工: 1000.00
    expect(brief(r["T"])).toEqual(["denied", "0.00"]); // the other of 「或」
    expect(codes(r["T"])).toContain("other_measure_already_paid");
    // Alone, the training subsidy is the catalogue row: EX-ELEC 初级工 1000.00.
    expect(brief(certificateOn("2022-08-01"))).toEqual(["granted", "1000.00"]);
  });

  it("gbf2019 is in force from its day of issue 「2019年5月18日」: the ordinary employee's 初级工 certificate of 2019-05-17 finds no national framework (undecidable), one of 2019-05-18 and 2019-05-19 is paid 1000.00", () => {
    // The illustrative rows are in force from 2018-05-03, so only the framework moves at 2019-05-18.
    const before = certificateOn("2019-05-17");
    expect(brief(before)).toEqual(["undecidable", null]);
    expect(before?.missingFacts).toEqual(["parameter national.framework"]);
    expect(brief(certificateOn("2019-05-18"))).toEqual(["granted", "1000.00"]); // EX-ELEC 初级工 row
    expect(brief(certificateOn("2019-05-19"))).toEqual(["granted", "1000.00"]);
  });

  it("gbf2019 §(十二) 「原则上每人每年可享受不超过3次」 by the calendar year of the issue date: all filed on 2021-01-05 and listed latest first, a fourth certificate of 2020-12-31 is refused and the first of 2021-01-01 paid", () => {
    // Readings annual-cap-calendar-year (the year of the issue date, not of filing) and claim-order-by-issue-date (the
    // input order does not matter). 2020: EX-ELEC 1000.00, EX-WELD 1200.00, EX-COOK 900.00, then EX-DRON on 12-31: the fourth.
    const certificates = [cert("C1", "2020-02-01"), cert("C2", "2020-03-01", { occupation: occupation("EX-WELD") }), cert("C3", "2020-04-01", { occupation: occupation("EX-COOK") }), cert("C4", "2020-12-31", { occupation: occupation("EX-DRON") }), cert("C5", "2021-01-01", { occupation: occupation("EX-TILE") })];
    const claims = ["C5", "C4", "C3", "C2", "C1"].map((c) => ts(`t${c.slice(1)}`, c, "2021-01-05"));
    const r = decide(NF, { trainees: [worker()], certificates, claims });
    expect(Object.fromEntries(Object.entries(r).map(([id, d]) => [id, brief(d)]))).toEqual({
      t1: ["granted", "1000.00"],
      t2: ["granted", "1200.00"],
      t3: ["granted", "900.00"],
      t4: ["denied", "0.00"], // the fourth of 2020 though filed in 2021
      t5: ["granted", "333.33"], // EX-TILE 初级工 333.33: the first of 2021
    });
    expect(codes(r["t4"])).toContain("annual_cap_reached");
  });

  it("「原则上每人每年可享受不超过3次」 counts the year's earlier subsidies, those before 「2019年5月18日」 too: three of January–April 2019 leave no fourth on 2019-06-01; 2020-01-01 opens a new year (333.33)", () => {
    // Three training subsidies of 2019 in the ledger (paid before gbf2019, under the 2018 texts and a local catalogue);
    // the employee's EX-ELEC 初级工 certificates of 2019-06-01 and of 2020-01-01. I hold this right at about 60 %: 每年 is
    // the year, whatever text the earlier subsidies were paid under.
    const paid = (id: string, basisDate: string, code: string) => ({ id, claimId: `OLD-${id}`, traineeId: "P1", measure: "trainingSubsidy", provision: "gf2018.catalogues", payee: TRAINEE, amount: "1000.00", basisDate, occupationCode: code, level: "junior" });
    const ledger = [paid("G1", "2019-01-10", "EX-COOK"), paid("G2", "2019-03-10", "EX-WELD"), paid("G3", "2019-04-10", "EX-DRON")];
    const r = decide(NF, { trainees: [worker()], certificates: [cert("C1", "2019-06-01"), cert("C2", "2020-01-01", { occupation: occupation("EX-TILE") })], claims: [ts("a", "C1", "2019-06-02"), ts("b", "C2", "2020-01-02")], ledger });
    expect(brief(r["a"])).toEqual(["denied", "0.00"]);
    expect(codes(r["a"])).toContain("annual_cap_reached");
    expect(brief(r["b"])).toEqual(["granted", "333.33"]); // EX-TILE 初级工 333.33, first of 2020
  });

  it("「但同一职业同一等级不可重复享受」 holds across 「从2025年到2027年底」's first day: EX-ELEC 初级工 paid on 2025-06-19 is not paid again on 2025-06-20; 中级工 of the same occupation is another level (1500.00)", () => {
    const r = decide(NF, {
      trainees: [worker()],
      certificates: [cert("C1", "2025-06-19"), cert("C2", "2025-06-20", { kind: "qualificationCertificate" }), cert("C3", "2025-06-20", { level: "intermediate" })],
      claims: [ts("a", "C1", "2025-06-19"), ts("b", "C2", "2025-06-20"), ts("c", "C3", "2025-06-20")],
    });
    expect(brief(r["a"])).toEqual(["granted", "1000.00"]);
    expect(brief(r["b"])).toEqual(["denied", "0.00"]);
    expect(codes(r["b"])).toContain("occupation_level_already_subsidised");
    expect(brief(r["c"])).toEqual(["granted", "1500.00"]); // EX-ELEC 中级工 row
  });

  it("plan2021 §(十) 「积极为毕业年度学生提供职业技能培训服务并纳入职业培训补贴范畴」 from the plan's first day (2022-01-01, reading plan2021-start): a graduation-year student's 初级工 certificate of 2021-12-31 is refused, of 2022-01-01 paid 1000.00", () => {
    const student = worker({ statuses: ["graduationYearStudent"], unemploymentInsuranceMonths: undefined });
    const before = certificateOn("2021-12-31", student);
    expect(brief(before)).toEqual(["denied", "0.00"]);
    expect(codes(before)).toContain("not_in_group");
    expect(brief(certificateOn("2022-01-01", student))).toEqual(["granted", "1000.00"]); // EX-ELEC 初级工 row
  });

  it("op2025 (十七) 「收费实行市场调节价的培训项目」 from 「2025年6月20日」, by the certificate's issue date: an 800.00 market-priced course's certificate of 2025-06-19 (filed 2025-07-01) is paid the 1000.00 row, one of 2025-06-20 and 2025-06-21 800.00", () => {
    // Reading cost-sharing-market-priced-only: from op2025 the subsidy of a market-priced course is at most the fee.
    const market = { course: { pricing: "market", feeCharged: "800.00" } };
    expect(brief(certificateOn("2025-06-19", worker(), { ...market, filed: "2025-07-01" }))).toEqual(["granted", "1000.00"]);
    expect(brief(certificateOn("2025-06-20", worker(), market))).toEqual(["granted", "800.00"]); // min(1000.00, 800.00)
    expect(brief(certificateOn("2025-06-21", worker(), market))).toEqual(["granted", "800.00"]);
  });

  it("op2025 (十四) 「大力推行“新八级工”职业技能等级制度」 from 「2025年6月20日」: a 学徒工 certificate of 2025-06-19 is off the ladder, one of 2025-06-20 is paid the 学徒工 row, 500.00", () => {
    const apprentice = { cert: { level: "apprentice" }, course: { level: "apprentice" } };
    const before = certificateOn("2025-06-19", worker(), apprentice);
    expect(brief(before)).toEqual(["denied", "0.00"]);
    expect(codes(before)).toContain("level_not_on_ladder");
    expect(brief(certificateOn("2025-06-20", worker(), apprentice))).toEqual(["granted", "500.00"]); // EX-ELEC 学徒工 row
  });

  it("op2025 「从2025年到2027年底」: a certificate of 2027-12-31 is paid 1000.00, one of 2028-01-01 finds no framework (undecidable, never refused)", () => {
    expect(brief(certificateOn("2027-12-31"))).toEqual(["granted", "1000.00"]);
    const after = certificateOn("2028-01-01");
    expect(brief(after)).toEqual(["undecidable", null]);
    expect(after?.missingFacts).toEqual(["parameter national.framework"]);
  });

  it("the frameworks hand over without a gap or an overlap by the certificate's issue date: 「职业技能提升行动方案（2019—2021 年）」 to 2021-12-31, plan2021 from 2022-01-01, op2025 from 「2025年6月20日」 through plan2021's last day 2025-12-31 to 2027-12-31", () => {
    const framework = (day: string) => certificateOn(day)?.reasons.find((x) => x.code === "training_subsidy_standard")?.facts["framework"];
    expect(Object.fromEntries(["2019-05-18", "2021-12-31", "2022-01-01", "2025-06-19", "2025-06-20", "2025-12-31", "2026-01-01", "2027-12-31"].map((day) => [day, framework(day)]))).toEqual({
      "2019-05-18": "gbf2019",
      "2021-12-31": "gbf2019",
      "2022-01-01": "plan2021", // reading plan2021-start
      "2025-06-19": "plan2021",
      "2025-06-20": "op2025",
      "2025-12-31": "op2025",
      "2026-01-01": "op2025",
      "2027-12-31": "op2025",
    });
  });

  it("gbf2019 §(十三) 「其中60%以上用于一线职工培训」 and 「税前扣除限额提高至工资薪金总额8%」 at a fen either side; op2025 (十七) 「确保60%以上用于一线职工教育和培训」 restates the share from 「2025年6月20日」", () => {
    // A fund of 10000.00 needs 10000.00 × 0.60 = 6000.00 at the front line (以上: 6000.00 itself complies); wages of
    // 200000.00 allow 200000.00 × 0.08 = 16000.00 of the fund to be deducted.
    const at = (on: string, fund: string, frontLineSpend: string) => educationFundUnder(NF, civilDate(on), { fund, frontLineSpend, totalWages: "200000.00" });
    expect(at("2020-12-31", "10000.00", "6000.00")).toMatchObject({ compliant: true, shortfall: "0.00", deductible: "10000.00" });
    expect(at("2020-12-31", "10000.00", "5999.99")).toMatchObject({ compliant: false, shortfall: "0.01" });
    expect(at("2020-12-31", "16000.00", "9600.00")).toMatchObject({ deductionLimit: "16000.00", deductible: "16000.00", overLimit: "0.00" });
    expect(at("2020-12-31", "16000.01", "9600.01")).toMatchObject({ deductible: "16000.00", overLimit: "0.01" });
    expect(at("2025-06-19", "10000.00", "6000.00")?.citations.frontLineShare.provision).toBe("gbf2019.education-fund");
    expect(at("2025-06-20", "10000.00", "6000.00")?.citations.frontLineShare.provision).toBe("op2025.education-fund");
  });

  it("gbf2019 §(十一) 「给予企业每人每年4000元以上的职业培训补贴」: a city layer setting the apprenticeship standard at 4000.00 builds, one at 3999.99 is refused when the policy is built", () => {
    // 以上 includes the figure itself. Nationally the standard has no value (claims undecidable, no_local_standard), so no
    // month or leap-day count of an apprenticeship is reached under these texts: the floor is the only threshold.
    const city = (value: string) =>
      defineLayer({
        id: "example.apprenticeship",
        level: "prefecture",
        region: HERE,
        label: { zh: "学徒制补贴标准（示意）", en: "apprenticeship standard (illustrative)" },
        documents: ["gbf2019"],
        scope: cite("gbf2019.local-standards", "§(十二)"),
        parameterOverrides: [replaceParameter(apprenticeshipAnnualStandard, { label: { zh: "示意", en: "illustrative" }, citation: cite("gbf2019.local-standards", "§(十二)"), values: [{ from: "2020-01-01", value }], lastVerifiedOn: "2026-12-05" })],
      });
    const build = (value: string) => () => buildPolicy({ id: "floor", label: { zh: "示例", en: "example" }, layers: [...nationalFrameworksPolicy().layers, city(value)] });
    expect(build("4000.00")).not.toThrow();
    expect(build("3999.99")).toThrow(/gbf2019\.apprenticeship-floor/);
  });

  it("gbf2019 §(十八) 「鼓励企业设立首席技师、特级技师等」 on gbf2019's first day (reading chief-technician-from-2019): a 首席技师 certificate of 2019-05-18 is paid its row, 3000.00", () => {
    expect(brief(certificateOn("2019-05-18", worker(), { cert: { level: "chiefTechnician" }, course: { level: "chiefTechnician" } }))).toEqual(["granted", "3000.00"]);
  });

  it("gbf2019 §(十二) 「参加培训后取得证书」: a claim filed the day before its certificate is issued is set aside at the boundary (submitted_before_basis); filed on the issue day it is decided (1000.00)", () => {
    // Reading plausible-record-dates.
    const doc = (filed: string) => ({ trainees: [worker()], certificates: [cert("C1", "2022-08-01")], claims: [ts("T", "C1", filed)] });
    const early = parseClaimsDocument(doc("2022-07-31"));
    expect(early.ok && early.value.invalid.flatMap((x) => x.issues.map((i) => i.code))).toContain("submitted_before_basis");
    expect(brief(decide(NF, doc("2022-08-01"))["T"])).toEqual(["granted", "1000.00"]);
  });

  it("gbf2019 §(十一) 「初级工、中级工、高级工、技师、高级技师」 for 「参保职工技能提升补贴」: the insured employee is paid the local standard of each level (1000.00, 1500.00, 2000.00), and a level the local standards leave out (技师) is refused", () => {
    const r = decide(NF, {
      trainees: [worker()],
      certificates: [cert("C1", "2020-03-01"), cert("C2", "2020-04-01", { level: "intermediate" }), cert("C3", "2020-05-01", { level: "senior" }), cert("C4", "2020-06-01", { level: "technician" })],
      claims: [su("s1", "C1", "2020-07-01"), su("s2", "C2", "2020-07-01"), su("s3", "C3", "2020-07-01"), su("s4", "C4", "2020-07-01")],
    });
    expect([brief(r["s1"]), brief(r["s2"]), brief(r["s3"]), brief(r["s4"])]).toEqual([
      ["granted", "1000.00"], // 初级工
      ["granted", "1500.00"], // 中级工
      ["granted", "2000.00"], // 高级工
      ["denied", "0.00"], // 技师: no illustrative standard
    ]);
    expect(codes(r["s4"])).toContain("no_skill_upgrade_standard");
  });

  it("「参保职工技能提升补贴」 once for one occupation at one level: a second EX-ELEC 初级工 certificate (a 职业资格证书) is refused; EX-WELD 初级工 is another occupation (1000.00); no count a year applies (a fourth of the year is paid)", () => {
    // Reading annual-cap-calendar-year: the three a year count training subsidies only; the skill-upgrade subsidy is its
    // own measure. Pay-once keys (reading pay-once-basis): the certificate, and the occupation at the level.
    const r = decide(NF, {
      trainees: [worker()],
      certificates: [cert("C1", "2020-03-01"), cert("C2", "2020-05-01", { kind: "qualificationCertificate" }), cert("C3", "2020-06-01", { occupation: occupation("EX-WELD") }), cert("C4", "2020-07-01", { occupation: occupation("EX-COOK") }), cert("C5", "2020-08-01", { occupation: occupation("EX-DRON") })],
      claims: [su("s1", "C1", "2020-09-01"), su("s2", "C2", "2020-09-01"), su("s3", "C3", "2020-09-01"), su("s4", "C4", "2020-09-01"), su("s5", "C5", "2020-09-01")],
    });
    expect(Object.fromEntries(Object.entries(r).map(([id, d]) => [id, brief(d)]))).toEqual({
      s1: ["granted", "1000.00"],
      s2: ["denied", "0.00"], // EX-ELEC 初级工 again
      s3: ["granted", "1000.00"], // 初级工 standard, another occupation
      s4: ["granted", "1000.00"],
      s5: ["granted", "1000.00"], // the fourth of 2020
    });
    expect(codes(r["s2"])).toContain("basis_already_paid");
  });

  it("gf2018 §(六) 「发挥失业保险促进就业作用，支持符合条件的参保职工提升职业技能」 sets no insured period (reading insured-skill-upgrade-claimable): 0 months is refused, 1 month is paid 1000.00", () => {
    const on = (months: number) => decide(NF, { trainees: [worker({ unemploymentInsuranceMonths: { [HERE]: months } })], certificates: [cert("C1", "2022-08-01")], claims: [su("S", "C1", "2022-08-05")] })["S"];
    expect(brief(on(0))).toEqual(["denied", "0.00"]);
    expect(codes(on(0))).toContain("not_insured_employee");
    expect(brief(on(1))).toEqual(["granted", "1000.00"]);
    expect(brief(on(12))).toEqual(["granted", "1000.00"]);
  });

  it("gbf2019 §(十一) 「给予一定期限的职业培训补贴，最长不超过6个月」: June–December 2019 claimed at once pays six months, 6 × 500.00 = 3000.00, and leaves December unpaid", () => {
    const r = decide(WF, { trainees: [poorWorker], enterprises: [E1], claims: [wft("W", ["2019-06", "2019-07", "2019-08", "2019-09", "2019-10", "2019-11", "2019-12"], "2020-01-02")] });
    expect(brief(r["W"])).toEqual(["granted", "3000.00"]); // 6 × 500.00
    expect(r["W"]?.reasons.find((x) => x.code === "work_for_training_months")?.facts["months"]).toEqual(["2019-06", "2019-07", "2019-08", "2019-09", "2019-10", "2019-11"]);
  });

  it("「最长不超过6个月」 over claims: 3 + 3 months are paid (1500.00 each), the seventh month, claimed alone, is refused", () => {
    const r = decide(WF, { trainees: [poorWorker], enterprises: [E1], claims: [wft("W1", ["2019-06", "2019-07", "2019-08"], "2019-09-01"), wft("W2", ["2019-09", "2019-10", "2019-11"], "2019-12-01"), wft("W3", ["2019-12"], "2020-01-02")] });
    expect([brief(r["W1"]), brief(r["W2"]), brief(r["W3"])]).toEqual([["granted", "1500.00"], ["granted", "1500.00"], ["denied", "0.00"]]); // 3 × 500.00 twice
    expect(codes(r["W3"])).toContain("work_for_training_months_used");
  });

  it("「一定期限的职业培训补贴」 at the local monthly standard in force in each month: December 2019 at 500.00 and January 2020 at 600.00 = 1100.00", () => {
    const r = decide(WF, { trainees: [poorWorker], enterprises: [E1], claims: [wft("W", ["2019-12", "2020-01"], "2020-02-01")] });
    expect(brief(r["W"])).toEqual(["granted", "1100.00"]); // 500.00 + 600.00
    expect(r["W"]?.lines.map((l) => [l.quantity, l.rate])).toEqual([[1, "500.00"], [1, "600.00"]]);
  });

  it("gbf2019 §(十一) 「在培训期间按规定通过就业补助资金同时给予生活费补贴」 by the training day: a 就业困难人员's course of 2019-05-15 – 05-20 is paid its days from 「2019年5月18日」 (3 × 50.00 = 150.00); the ordinary employee, in no living-allowance group, is refused", () => {
    // Six days, all attended: the three before gbf2019's first day have no rate in force (illustrative 50.00 from 2019-05-18).
    expect(brief(allowance(hardToPlace, span("K", "2019-05-15", "2019-05-20", 6), "2019-05-21"))).toEqual(["granted", "150.00"]);
    const employee = allowance(worker(), span("K", "2020-03-01", "2020-03-10", 10), "2020-03-11");
    expect(brief(employee)).toEqual(["denied", "0.00"]);
    expect(codes(employee)).toContain("not_in_living_allowance_group");
  });

  it("「在培训期间」 across 12-31 / 01-01 and a leap day: 2019-12-30 – 2020-01-02 is 2 × 50.00 + 2 × 60.00 = 220.00; 2020-02-28 – 2020-03-01 is three days, 3 × 60.00 = 180.00", () => {
    expect(brief(allowance(hardToPlace, span("K", "2019-12-30", "2020-01-02", 4), "2020-01-03"))).toEqual(["granted", "220.00"]);
    expect(brief(allowance(hardToPlace, span("K", "2020-02-28", "2020-03-01", 3), "2020-03-02"))).toEqual(["granted", "180.00"]); // 02-28, 02-29, 03-01
  });

  it("the Jieyang chain, gf2018 「2018年5月3日」: a Jieyang pack pays the Rongcheng 下岗失业人员's 初级工 certificate of 2018-05-03 (1000.00), not one of 2018-05-02 (no text in force: undecidable)", () => {
    const r = jieyang([["a", "EX-ELEC", "2018-05-02"]]);
    expect(brief(r["a"])).toEqual(["undecidable", null]);
    expect(r["a"]?.missingFacts).toEqual(["parameter national.framework"]);
    expect(brief(jieyang([["b", "EX-ELEC", "2018-05-03"]])["b"])).toEqual(["granted", "1000.00"]); // EX-ELEC 初级工 row from 2018-05-03
  });

  it("the Jieyang chain before gbf2019's 「原则上每人每年可享受不超过3次」: four certificates of 2019 before its day of issue are all paid (no count in the 2018 texts), a fifth of 2019-05-18 is held for the national frameworks (reading gf2018-chain-groups)", () => {
    const r = jieyang([["a", "EX-ELEC", "2019-01-10"], ["b", "EX-WELD", "2019-02-10"], ["c", "EX-COOK", "2019-03-10"], ["d", "EX-DRON", "2019-05-17"], ["e", "EX-TILE", "2019-05-18"]]);
    expect(Object.fromEntries(Object.entries(r).map(([id, d]) => [id, brief(d)]))).toEqual({
      a: ["granted", "1000.00"],
      b: ["granted", "1200.00"],
      c: ["granted", "900.00"],
      d: ["granted", "1200.00"], // the fourth of 2019, on gbf2019's eve
      e: ["undecidable", null], // gbf2019's first day: the chain carries none of its rules
    });
  });
});

describe("findings (it.fails: each fails on the code as it stands)", () => {
  // fixed 2026-12-05 (the lead: workForTrainingSubsidy pays a month once it has begun — its first day on or before the day the claim
  // is judged; later months are not paid now, work_for_training_months_not_begun; reading work-for-training-per-person-months): now it(...).
  it("gbf2019 §(十一) 「企业、农民专业合作社和扶贫车间等各类生产经营主体吸纳贫困劳动力就业并开展以工代训」 pays for work-for-training carried out: a month that has not begun on the day the claim is filed is not paid (500.00 a month)", () => {
    // What: workForTrainingSubsidy pays every month the claim names, whatever the filing date: no check compares
    // claim.months with claim.submittedOn (the boundary's plausible-record-dates checks courses, certificates and
    // apprenticeships only). An enterprise filing on 2019-09-30 for October 2019 is paid 500.00; filing on 2019-07-05 for
    // July–December 2019 it is paid 6 × 500.00 = 3000.00 at once, five months not yet begun, and the worker's six months
    // are used up: if the worker leaves in August, a later employer who takes them on gets nothing.
    // Why: the subsidy is for 「吸纳……就业并开展以工代训」 — months worked and trained; 「最长不超过6个月」 counts months of
    // it. The library's own apprenticeship reading pays a later year "only once it has begun" (apprenticeship-month-count).
    // Fix: a month not begun on the day the claim is judged (its filing date, or `on`) is not paid (refused for that month,
    // or held, like apprenticeship_year_not_begun); whether a month under way (filed on 2019-10-31 for October) may be
    // paid is a reading to write down.
    // Money: 500.00 for each month not begun (here 500.00, and 2500.00 of the 3000.00), and the person's later months.
    // Confidence: 70 %.
    const early = decide(WF, { trainees: [poorWorker], enterprises: [E1], claims: [wft("W", ["2019-10"], "2019-09-30")] })["W"];
    const late = decide(WF, { trainees: [poorWorker], enterprises: [E1], claims: [wft("W", ["2019-10"], "2019-11-01")] })["W"];
    expect(brief(late)).toEqual(["granted", "500.00"]); // control: October, filed after it
    expect(early?.outcome).not.toBe("granted"); // today granted 500.00
    const ahead = decide(WF, { trainees: [poorWorker], enterprises: [E1], claims: [wft("W", ["2019-07", "2019-08", "2019-09", "2019-10", "2019-11", "2019-12"], "2019-07-05")] })["W"];
    expect(Number(ahead?.amount ?? 0)).toBeLessThanOrEqual(500); // at most July (500.00); today 3000.00
    // July, begun on 07-01, is paid 500.00 (illustrative monthly standard); August to December are named as not begun, not paid
    expect(brief(ahead)).toEqual(["granted", "500.00"]);
    expect(ahead?.reasons.find((r) => r.code === "work_for_training_months_not_begun")?.facts).toEqual({ months: ["2019-08", "2019-09", "2019-10", "2019-11", "2019-12"], on: "2019-07-05" });
    // either side of October's first day: filed 2019-09-30, refused as not begun; filed 2019-10-01, paid 500.00
    expect([early?.outcome, early?.reasons.map((r) => r.code).includes("work_for_training_months_not_begun")]).toEqual(["denied", true]);
    expect(brief(decide(WF, { trainees: [poorWorker], enterprises: [E1], claims: [wft("W", ["2019-10"], "2019-10-01")] })["W"])).toEqual(["granted", "500.00"]);
    // the months left are claimed once begun: August–December filed 2020-01-02 after July's grant, 5 × 500.00 = 2500.00 (six months in all)
    const r = decide(WF, { trainees: [poorWorker], enterprises: [E1], claims: [wft("W", ["2019-07", "2019-08", "2019-09", "2019-10", "2019-11", "2019-12"], "2019-07-05"), wft("W2", ["2019-08", "2019-09", "2019-10", "2019-11", "2019-12"], "2020-01-02")] });
    expect([brief(r["W"]), brief(r["W2"])]).toEqual([["granted", "500.00"], ["granted", "2500.00"]]);
  });

  // fixed 2026-12-05 (wft-may: workForTrainingSubsidy judges each month on its own first day; a month whose first day is before
  // §(十一) is in force — April 2019, and May 2019, begun on 05-01 — is refused, before_provision_start naming it, and the months
  // from June are paid; reading work-for-training-per-person-months): now it(...).
  it("gbf2019 is in force from 「2019年5月18日」: a work-for-training claim for May–October 2019 is decided — June–October are paid (5 × 500.00 = 2500.00), May paid or refused — not held whole for want of the six months' limit", () => {
    // What: workForTrainingSubsidy reads 「最长不超过6个月」 (workForTraining.maxMonths, from 2019-05-18) on the first day of
    // the first month claimed, 2019-05-01: not in force, so the whole claim is undecidable, missing
    // "parameter workForTraining.maxMonths" — a fact no claimant can supply. The same months from June are paid 2500.00
    // (control below). Each month's standard is likewise read on its first day, so May 2019 can never be priced.
    // Why: the text is in force from its day of issue; the months from June 2019 are wholly under it, and a month before
    // (or straddling) the text is a question for that month alone, not a bar to the others.
    // Fix: read the limit on the first day of each month that is in force (or on the latest of the month's days), pay the
    // months in force, and refuse (or decide by a reading) May 2019 alone.
    // Money: 2500.00 here (5 × 500.00, illustrative), 3000.00 if May is paid; every claim naming May 2019 or earlier.
    // Confidence: 60 %.
    const fromJune = decide(WF, { trainees: [poorWorker], enterprises: [E1], claims: [wft("W", ["2019-06", "2019-07", "2019-08", "2019-09", "2019-10"], "2019-11-01")] })["W"];
    expect(brief(fromJune)).toEqual(["granted", "2500.00"]); // control: 5 × 500.00
    const withMay = decide(WF, { trainees: [poorWorker], enterprises: [E1], claims: [wft("W", ["2019-05", "2019-06", "2019-07", "2019-08", "2019-09", "2019-10"], "2019-11-01")] })["W"];
    expect(withMay?.outcome).toBe("granted"); // today undecidable, missing "parameter workForTraining.maxMonths"
    expect(["2500.00", "3000.00"]).toContain(withMay?.amount);
    // May refused: its first day, 2019-05-01, is before the text (reading work-for-training-per-person-months); June–October
    // 5 × 500.00 = 2500.00 as in the control, and the refusal names May
    expect(brief(withMay)).toEqual(["granted", "2500.00"]);
    expect(withMay?.reasons.find((r) => r.code === "before_provision_start")?.facts).toEqual({ date: "2019-05-01", startsOn: "2019-05-18", months: ["2019-05"] });
  });

  // fixed 2026-12-05 (pension-nat: trainingSubsidyGroups refuses a trainee whose record shows entitlement to a monthly pension,
  // monthly_pension_entitled citing gbf2019.scope-adjustment, and the living allowance alike; a silent record is not asked;
  // reading national-pension-scope): now it(...).
  it("gbf2019 §(十二) 「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」: under the national texts alone an enterprise employee of 65 drawing a monthly pension is not paid the training subsidy (1000.00)", () => {
    // What: under the national frameworks nothing reads the trainee's age or pension: a 65-year-old re-employed retiree
    // recorded as an enterprise employee, drawing a monthly pension (receivesMonthlyPension and monthlyPensionEntitled
    // true), is paid EX-ELEC 初级工 1000.00 on 2022-03-01 like the 31-year-old ordinary worker.
    // Why: §(十二) lets a province bring in 「不具有按月领取养老金资格的人员」 who need training — so the scope the text
    // starts from is people of working age, and people entitled to a monthly pension are outside it even after a
    // province widens it. The library reads the clause only as a widening for people in no group (scopeAdjustment
    // .withoutMonthlyPension) and never as excluding a pensioner who is in a group; Jiaxing excludes them by its own text
    // (reading pension-entitlement-test), the national layer does not.
    // Fix: a national check that refuses a trainee entitled to a monthly pension (monthlyPensionEntitled or
    // receivesMonthlyPension true) the training subsidy, with a reading; op2025 (九)'s projects for older migrant workers
    // would need their own answer (this worker is not one, and the certificate is of 2022, before op2025).
    // Money: 1000.00 per certificate (the illustrative row). Confidence: 45 % (the text implies the default scope, it
    // does not say it).
    const pensioner = worker({ birthDate: "1957-03-01", receivesMonthlyPension: true, monthlyPensionEntitled: true });
    expect(brief(certificateOn("2022-03-01"))).toEqual(["granted", "1000.00"]); // control: the ordinary worker
    expect(certificateOn("2022-03-01", pensioner)?.outcome).not.toBe("granted"); // today granted 1000.00
    expect(certificateOn("2022-03-01", pensioner)?.reasons.map((r) => [r.code, r.citation.provision])).toEqual([["monthly_pension_entitled", "gbf2019.scope-adjustment"]]);
    // the Jieyang chain (gf2018 → yf2018 → jf2018) carries no gbf2019 §(十二): the same pensioner of Rongcheng is paid
    // EX-ELEC 初级工 1000.00 on 2018-12-01, as the ordinary claimant is (the pack's 2018 edition)
    const jyPensioner = { ...jyPerson, birthDate: "1953-03-01", receivesMonthlyPension: true, monthlyPensionEntitled: true };
    const jy = (person: O) => decide(JP, { trainees: [person], courses: [course("K1", "2018-12-01", { region: RONGCHENG })], certificates: [cert("C1", "2018-12-01", { courseId: "K1" })], claims: [ts("T1", "C1", "2018-12-01", { courseId: "K1" })] })["T1"];
    expect([brief(jy(jyPerson)), brief(jy(jyPensioner))]).toEqual([["granted", "1000.00"], ["granted", "1000.00"]]);
  });

  // fixed 2026-12-05 (the lead: insuredEmployeeCheck refuses a person drawing a monthly pension, not_insured_employee "draws a
  // monthly pension"; reading insured-skill-upgrade-claimable): now it(...).
  it("gf2018 §(六) 「发挥失业保险促进就业作用，支持符合条件的参保职工提升职业技能」: a retiree drawing a monthly pension is not an insured employee — past months of unemployment insurance do not pay him the skill-upgrade subsidy (1000.00)", () => {
    // What: insuredEmployeeCheck sums unemploymentInsuranceMonths over the person's whole history (any month > 0 passes)
    // and never asks whether the person is insured now; a 65-year-old drawing a monthly pension with 300 months of past
    // contributions, recorded as an enterprise employee, is paid 初级工 1000.00 from the unemployment insurance fund.
    // Why: the subsidy is for 「参保职工」, employees insured now, paid by the unemployment insurance fund; a person drawing a
    // monthly pension has left that insurance (the insured period is the locality's, reading insured-skill-upgrade-claimable,
    // but being insured is the text's). 
    // Fix: refuse (or hold, asking) a claimant who draws or is entitled to a monthly pension; better, a record of the
    // insurance in force on the certificate's date.
    // Money: 1000.00 per certificate level (illustrative 初级工 standard). Confidence: 55 %.
    const retiree = worker({ birthDate: "1957-03-01", receivesMonthlyPension: true, monthlyPensionEntitled: true, unemploymentInsuranceMonths: { [HERE]: 300 } });
    const r = decide(NF, { trainees: [retiree], certificates: [cert("C1", "2022-03-01")], claims: [su("S", "C1", "2022-03-02")] });
    expect(r["S"]?.outcome).not.toBe("granted"); // today granted 1000.00
    expect(r["S"]?.reasons.find((x) => x.code === "not_insured_employee")?.message.en).toBe("draws a monthly pension: out of unemployment insurance");
    // the other side: the same 65-year-old, entitled to a pension but not drawing one (receivesMonthlyPension: false) and still insured,
    // is paid the 初级工 standard, 1000.00; his record silent on drawing it, it is asked (review 15)
    const working = worker({ birthDate: "1957-03-01", monthlyPensionEntitled: true, receivesMonthlyPension: false, unemploymentInsuranceMonths: { [HERE]: 300 } });
    expect(brief(decide(NF, { trainees: [working], certificates: [cert("C1", "2022-03-01")], claims: [su("S", "C1", "2022-03-02")] })["S"])).toEqual(["granted", "1000.00"]);
    const silent = decide(NF, { trainees: [{ ...working, receivesMonthlyPension: undefined }], certificates: [cert("C1", "2022-03-01")], claims: [su("S", "C1", "2022-03-02")] })["S"];
    expect([silent?.outcome, silent?.missingFacts]).toEqual(["undecidable", ["trainee.receivesMonthlyPension"]]);
  });

  // Not taken (the lead, 2026-12-05, after a cold second look): a cold reader of the five texts holds the skill-upgrade subsidy a
  // standing measure, 70 % — its basis is gf2018 §(六) 「发挥失业保险促进就业作用，支持符合条件的参保职工提升职业技能」, part of a
  // lifelong system with no end date; each plan names it 「按规定」, under rules that already exist, and none creates or ends it (the
  // plans' years bound their targets and campaigns). So a local standard still in force pays it on 2028-01-01 and on 2019-05-17, as
  // the library does (reading insured-skill-upgrade-claimable). The record is now a control of that reading.
  it("gf2018 §(六) 「支持符合条件的参保职工提升职业技能」 is a standing measure, not one of the plans' years: under a local standard still in force the skill-upgrade subsidy is paid on 2028-01-01 (1000.00) and on 2019-05-17 (1000.00), where the training subsidy finds no framework", () => {
    // What: the training subsidy reads the national framework on the certificate's date and is undecidable from
    // 2028-01-01 (control above and cold audit 6: "the question belongs to a later text"); insuredSkillUpgrade reads no
    // framework, so the ordinary employee's 初级工 certificate of 2028-01-01 is paid 1000.00 as long as a local standard runs on.
    // (Work-for-training likewise pays January 2028: 以工代训 is gbf2019 §(十一) alone.)
    // Why: both measures come from the same sentence of gbf2019 §(十一), continued by plan2021 §(二十六)
    // 「按规定对符合条件的参训人员给予职业培训补贴、技能提升补贴和生活费补贴」 and by op2025 to its end; after the last
    // framework the library's own rule (src/provisions/framework.ts: "Where no framework is in force, a measure that needs one
    // is undecidable") should hold both alike.
    // Fix: the skill-upgrade (and work-for-training) rules read national.framework on their basis date, as trainingSubsidy does.
    // Money: 1000.00 per certificate from 2028, and before 2019-05-18 where a local standard is older (illustrative). Confidence: 40 % (gf2018's lifelong system has no end,
    // and a local standard still in force may be meant to pay).
    const r = decide(NF, { trainees: [worker()], certificates: [cert("C1", "2028-01-01")], claims: [su("S", "C1", "2028-01-02")] });
    expect(brief(certificateOn("2028-01-01"))).toEqual(["undecidable", null]); // control: the training subsidy
    expect(brief(r["S"])).toEqual(["granted", "1000.00"]); // the illustrative 初级工 standard, in force on 2028-01-01
    // The other side of the same threshold: a city whose skill-upgrade standards run from gf2018's day (2018-05-03, as the
    // illustrative rows do) is paid, under the national frameworks, a certificate of 2019-05-17 — the day before gbf2019, the
    // first text of the policy — where the training subsidy finds no framework (control in the first block).
    const earlier = defineLayer({
      id: "example.skill-upgrade-2018",
      level: "reform",
      region: null,
      label: { zh: "技能提升补贴标准（示意）", en: "skill-upgrade standards (illustrative)" },
      documents: ["gbf2019"],
      scope: cite("gbf2019.local-standards", "§(十二)"),
      parameterOverrides: [replaceParameter(insuredSkillUpgradeStandards, { label: { zh: "示意", en: "illustrative" }, citation: cite("gbf2019.local-standards", "§(十二)"), values: [{ from: "2018-05-03", value: { junior: "1000.00" } }], lastVerifiedOn: "2026-12-05" })],
    });
    const from2018 = buildPolicy({ id: "skill-upgrade-2018", label: { zh: "示例", en: "example" }, layers: [...NF.layers, earlier] });
    const eve = decide(from2018, { trainees: [worker()], certificates: [cert("C1", "2019-05-17")], claims: [su("S", "C1", "2019-05-20")] })["S"];
    expect(brief(eve)).toEqual(["granted", "1000.00"]); // the illustrative 初级工 standard, in force from 2018-05-03
  });

  // fixed 2026-12-05 (the lead: src/engine.ts judges a claim on a course still under way on its filing date, judged by default on that
  // date, as it judges it with that date given — judged_before_basis; reading plausible-record-dates (4)): now it(...).
  it("gbf2019 §(十一) 「在培训期间按规定通过就业补助资金同时给予生活费补贴」: a 就业困难人员's living allowance filed on the second day of a ten-day course is decided as it is when judged on that day — not 10 × 60.00 = 600.00 for days still to come", () => {
    // What: evaluateClaim judges a claim on `on`, which "defaults to the claim's submittedOn" (src/engine.ts), and a claim
    // judged before its basis (for the living allowance the course's last day) is denied judged_before_basis — but only
    // when `on` is given (engine.ts: `if (options.on !== undefined)`). So the same claim, filed on 2020-03-02 for a course
    // of 2020-03-01 – 03-10 recorded with 10 days attended, is paid 600.00 when judged by default on its filing date and
    // denied when judged with on: 2020-03-02. Eight of the ten days paid lie after the filing date.
    // Why: reading plausible-record-dates (4) denies a claim judged before its basis; the default judging date is the
    // filing date, so the default must give the same answer. 「在培训期间」 allows a claim during the course (the reading's
    // alternative), but not pay for days not yet trained (cf. the apprenticeship's "only once it has begun").
    // Fix: apply the judged-before-basis test (or pay only the days up to the judging date) whether `on` is given or
    // defaulted; write down which in plausible-record-dates / living-allowance-days-attended.
    // Money: up to 480.00 here (8 × 60.00, illustrative rate), 600.00 if the claim should wait for the course's end.
    // Confidence: 65 %.
    const ten = ["2020-03-01", "2020-03-02", "2020-03-03", "2020-03-04", "2020-03-05", "2020-03-06", "2020-03-07", "2020-03-08", "2020-03-09", "2020-03-10"];
    const k = span("K", "2020-03-01", "2020-03-10", 10, ten);
    expect(brief(allowance(hardToPlace, k, "2020-03-11"))).toEqual(["granted", "600.00"]); // control: filed after the course, 10 × 60.00
    const judgedThen = allowance(hardToPlace, k, "2020-03-02", { on: civilDate("2020-03-02") }); // held, course_not_ended
    const byDefault = allowance(hardToPlace, k, "2020-03-02");
    expect(brief(byDefault)).toEqual(brief(judgedThen)); // before the mend ["granted", "600.00"] against ["denied", "0.00"]
    expect(Number(byDefault?.amount ?? 0)).toBeLessThanOrEqual(120); // at most the two days to the filing date, 2 × 60.00
    // either side of the course's last day (2020-03-10): filed the day before, held until the course has ended; filed on it,
    // every day, 10 × 60.00. Changed 2026-12-08 (reading living-allowance-during-course, cold review 109 F5): the day before
    // was denied judged_before_basis; 「在培训期间」 sets no completion as the allowance's condition, so it is held, not refused.
    expect([allowance(hardToPlace, k, "2020-03-09")?.outcome, allowance(hardToPlace, k, "2020-03-09")?.reasons.map((r) => r.code)]).toEqual(["undecidable", ["course_not_ended"]]);
    expect(brief(allowance(hardToPlace, k, "2020-03-10"))).toEqual(["granted", "600.00"]);
  });

  // fixed 2026-12-05 (ladder2018: the gf2018 layer declares levels.skillLadder, the five 职业资格 levels from 2018-05-03, cited to
  // gf2018.skill-level-system; the 2018 chain refuses level_not_on_ladder as the frameworks do; reading skill-ladder-2018): now it(...).
  it("gf2018 §(十一) 「建立与国家职业资格制度相衔接、与终身职业技能培训制度相适应的职业技能等级制度」 sets no 学徒工 or 首席技师 in 2018: a Jieyang pack over the 2018 chain does not pay a 学徒工 (500.00) or 首席技师 (3000.00) certificate of 2018-12-01 that the national frameworks would refuse as off the ladder", () => {
    // What: the 2018 chain declares no skill ladder (levels.skillLadder is a gbf2019 parameter), so the training-subsidy rule
    // skips the ladder check and the Jieyang pack pays any level its catalogue prices: the Rongcheng 下岗失业人员's EX-ELEC
    // 学徒工 certificate of 2018-12-01 is paid 500.00 and a 首席技师 one 3000.00. Under the national frameworks the library
    // refuses 学徒工 until op2025's 「大力推行“新八级工”职业技能等级制度」 (2025-06-20: control in the first block, refused
    // level_not_on_ladder on 2025-06-19) and puts 首席技师 on the ladder only from gbf2019 §(十八) 「鼓励企业设立首席技师、特级技师等」
    // (2019-05-18, reading chief-technician-from-2019).
    // Why: by the library's own readings neither level existed in 2018; the five levels the 2018 text knows are the
    // 职业资格 levels (gf2018 §(十三) 「支持用人单位对聘用的高级工、技师、高级技师」, §(七) 「开展技师、高级技师培训」).
    // A level is a threshold in time like a group: the same certificate cannot be off the ladder in 2025 and on it in 2018.
    // Fix: the gf2018 layer declares the ladder of its day (the five levels of 职业资格, from 2018-05-03), so the chain
    // refuses level_not_on_ladder as the frameworks do; or a reading saying why the 2018 chain checks no level.
    // Money: 500.00 and 3000.00 here (the pack fixture's illustrative rows, in force from 2018-05-03); only where a Jieyang
    // catalogue prices such a row. Confidence: 45 %.
    const at = (level: string) =>
      decide(JP, {
        trainees: [jyPerson],
        courses: [course("K", "2018-11-01", { level, region: RONGCHENG })],
        certificates: [cert("C", "2018-12-01", { level, courseId: "K" })],
        claims: [ts("T", "C", "2018-12-02", { courseId: "K" })],
      })["T"];
    expect(brief(at("junior"))).toEqual(["granted", "1000.00"]); // control: 初级工, one of the five
    expect(at("apprentice")?.outcome).not.toBe("granted"); // was granted 500.00
    expect(at("chiefTechnician")?.outcome).not.toBe("granted"); // was granted 3000.00
  });
});
