/**
 * Cold audit 10 (2026-12-05): open lists and groups — who is in. Every list in the texts that decides who is eligible, who
 * is paid, on what certificate and through which route, read as open (等, 等群体, 「各类」, 「今后文件另有规定的对象」) or
 * closed, and driven with the ordinary claimant, each listed member and an unlisted member of the same kind.
 *
 * What I read, and how: law/sources/gbf2019.txt and jx2019.txt whole, plan2021 §(六)/(十), op2025 (七)–(九), gf2018 §(五),
 * yf2018 and jf2018 (which add no list of their own), before the code. Then src/records/kinds.ts (TRAINEE_STATUSES,
 * CERTIFICATE_KINDS), src/provisions/groups/*.ts, src/provisions/trainingSubsidy/{trainingSubsidyGroups,employeeTraining}.ts,
 * src/provisions/livingAllowance, src/provisions/workForTraining/workForTraining.ts, src/jurisdictions/jiaxing/{scope,groups,
 * certificateBasis,livingAllowanceGroups,packageGrant}.ts, the parameters of gbf2019/plan2021/op2025/jx2019 and the readings
 * national-training-subsidy-scope, jiaxing-ordinary-worker, project-training-open-list, plan2021-subsidy-groups,
 * gf2018-chain-groups, free-training-routes, training-or-skill-upgrade, safety-training-employee,
 * jiaxing-living-allowance-disabled. Then I decided documents through the public boundary (parseClaimsDocument →
 * evaluateBatch) under jiaxing-2019 with its ILLUSTRATIVE catalogue, the national texts and the national frameworks with the
 * ILLUSTRATIVE example-city catalogue, the national texts with the ILLUSTRATIVE local work-for-training standard (500.00 a
 * month in 2020) and a Jieyang pack over the 2018 chain (the test fixture of test/support/national.ts).
 *
 * The lists, as I read them:
 * - gbf2019 §(十一) free training 「贫困家庭子女、贫困劳动力、“两后生”、农村转移就业劳动者、下岗失业人员和转岗职工、退役军人、残疾人」
 *   and 「高校毕业生和企业职工」: closed (no 等); whom a term covers is read from the same text (贫困劳动力 is
 *   「建档立卡贫困劳动力（以下简称贫困劳动力）」; 「企业职工特别是受经贸摩擦影响的企业职工」 in jx2019 二).
 * - gbf2019 §(十一) living allowance 「贫困劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员」: closed;
 *   jx2019 四(三)四 the same with 「建档立卡低收入农户家庭劳动力」: closed.
 * - gbf2019 §(十一) 以工代训 entities 「企业、农民专业合作社和扶贫车间等各类生产经营主体」: open; its workers 「贫困劳动力」 and, for
 *   「参保企业」, 「就业困难人员、零就业家庭成员」: closed.
 * - gbf2019 §(十二) certificates 「（职业资格证书、职业技能等级证书、专项职业能力证书、特种作业操作证书、培训合格证书等）」: open;
 *   places 「户籍地、常住地、求职就业地」: closed; project groups 「贫困劳动力、去产能失业人员、退役军人等群体」: open (no rule
 *   nationally reads it: project courses are judged by §(十一)'s groups).
 * - jx2019 二 「……职业农民以及今后文件另有规定的对象」: open, and not a gate (五(十一) pays every 城乡劳动者 with a basis);
 *   五(十一) bases 「具有当地户籍、当地常住并办有居住证、在当地就业创业或在当地办理失业登记」: closed; 四(三)三 project groups
 *   「……对口支援地区建档立卡贫困人员等相关群体以及企业职工」: open; project certificates 「培训合格证书、特种作业操作证书」: closed;
 *   the package's developers 「职业院校、行业协会和骨干企业」: closed.
 * - gf2018 §(五) (the Jieyang chain's groups): closed lists of named groups, some named as households
 *   (「建档立卡贫困家庭、农村“低保”家庭、困难职工家庭和残疾人」).
 * - plan2021 §(六), op2025 (八)(九) 「高校毕业生等青年群体」, 「以农村转移劳动力、返乡农民工、脱贫劳动力等为重点」: open, but lists of
 *   training targets (reading plan2021-subsidy-groups), not of payees.
 *
 * Figures: ILLUSTRATIVE catalogues (Jiaxing fixtures/jiaxing/catalogue-2020.json: EX-ELEC 初级工 1000.00, project row
 * EX-ECOM 500.00; the example city's test/support/national.ts: EX-ELEC 初级工 1000.00, EX-CARE 专项 600.00, EX-SAFE 特种作业
 * 300.00), the illustrative 以工代训 standard 500.00 a month in 2020 (test/support/world.ts) and jx2019's own 50 元 a day and
 * 30 % uplift. Not official figures.
 *
 * The first block holds the controls (what I hold right, passing). The second holds the findings as `it.fails` records: each
 * asserts what the text requires and fails on the code as it stands (so `it.fails` passes); when one is fixed, turn it into
 * `it(...)`. Each gives what, why, the fix, the money at stake and my confidence that it is a defect. src/ untouched.
 */
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, nationalPolicy, parseClaimsDocument } from "../src/index.js";
import { parsed, POLICY_CASES } from "./support/world.js";
import { JX, E1, worker, course, cert, ts, NF, HERE, cityWorker, cityCourse, cityCert, TRAINEE, jxProjectDoc } from "./support/ordinary.js";
import { jieyangPackPolicy, regionalPolicy } from "./support/national.js";

type O = Record<string, unknown>;

/** Decides a document under `policy`: each decision by claim id. */
function decide(policy: Policy, doc: O): Record<string, Decision> {
  return Object.fromEntries(evaluateBatch(policy, parsed(doc)).decisions.map((d) => [d.claimId, d]));
}
/** `outcome:amount`. */
const paid = (d: Decision | undefined): string => `${d?.outcome}:${d?.amount}`;
/** `outcome:amount:first-code` for a refusal or a hold. */
const refused = (d: Decision | undefined): string => `${d?.outcome}:${d?.amount ?? "null"}:${d?.reasons[0]?.code}`;

/** The national texts with the example city's catalogue (a prefecture layer). */
const NAT = regionalPolicy(nationalPolicy());
/** The national texts with the example catalogue and the illustrative 以工代训 standard (500.00 a month in 2020). */
const NAT_LOCAL = POLICY_CASES.find((c) => c.name.startsWith("national + example catalogue + illustrative local work-for-training"))!.policy;
const JY = jieyangPackPolicy();
const RONGCHENG = "guangdong.jieyang.rongcheng";

// Jiaxing: the ordinary Nanhu worker (test/support/ordinary.ts) with other statuses, her EX-ELEC 初级工 certificate claimed by her.
const jxOwn = (statuses: string[]): Decision | undefined =>
  decide(JX, { trainees: [worker({ statuses })], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A", "C1")] })["A"];
// Jiaxing project training: a rural e-commerce project course (row EX-ECOM, 500.00) delivered by ORG1, which claims.
const jxProject = (statuses: string[], kind = "trainingCompletionCertificate"): Decision | undefined => decide(JX, jxProjectDoc(statuses, kind))["A"];
// Jiaxing living allowance: ten days attended on the Nanhu course K1 (2020-06-01..10).
const jxAllowance = (statuses: string[]): Decision | undefined =>
  decide(JX, { trainees: [worker({ statuses, employerId: undefined })], enterprises: [E1], courses: [course("K1")], claims: [{ id: "L", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2020-07-01" }] })["L"];
// The example city: a worker with a local hukou and `statuses`, an EX-ELEC 初级工 certificate of `year`-08-01 claimed by the worker.
const cityOwn = (policy: Policy, statuses: string[], year = "2020", c: O = {}): Decision | undefined =>
  decide(policy, {
    trainees: [cityWorker({ statuses })],
    courses: [cityCourse("K1", { startDate: `${year}-07-01`, endDate: `${year}-07-20`, ...(c["course"] as O | undefined) })],
    certificates: [cityCert("C1", { issuedOn: `${year}-08-01`, ...(c["cert"] as O | undefined) })],
    claims: [ts("A", "C1", { submittedOn: `${year}-08-05` })],
  })["A"];
// 以工代训: the example city's worker with `statuses`, taken on by E1 (insured in the city or not), which claims March–April 2020.
const workForTraining = (statuses: string[], insured: boolean): Decision | undefined =>
  decide(NAT_LOCAL, {
    trainees: [cityWorker({ statuses, employerId: "E1" })],
    enterprises: [{ id: "E1", name: "示例扶贫车间", region: HERE, ...(insured ? { unemploymentInsuranceRegion: HERE } : {}) }],
    claims: [{ id: "W", measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", months: ["2020-03", "2020-04"], submittedOn: "2020-05-05" }],
  })["W"];
// The Jieyang pack over the 2018 chain: a Rongcheng person with `statuses`, an EX-ELEC 初级工 certificate of 2018-12-01.
const jieyang = (statuses: string[]): Decision | undefined =>
  decide(JY, {
    trainees: [{ id: "P1", birthDate: "1990-05-05", statuses, hukouRegion: RONGCHENG }],
    courses: [course("K1", { region: RONGCHENG, startDate: "2018-11-01", endDate: "2018-11-10", organizerId: undefined })],
    certificates: [cert("C1", { issuedOn: "2018-12-01" })],
    claims: [ts("A", "C1", { courseId: "K1", submittedOn: "2018-12-05" })],
  })["A"];

describe("controls: the lists held right — the ordinary claimant, each listed member, and the closed lists' outsiders (passing)", () => {
  it("jx2019 二 「职业农民以及今后文件另有规定的对象」 is open and 五(十一) pays 「城乡劳动者」 with a basis: the ordinary Nanhu worker with no status, and each group of 二, is paid the same EX-ELEC 初级工 row, 1000.00", () => {
    expect(paid(jxOwn([]))).toBe("granted:1000.00"); // no status at all: 「普惠同等的培训补贴」
    for (const s of ["enterpriseEmployee", "newGenerationMigrantWorker", "ruralTransferWorker", "nonContinuingGraduate", "unemployed", "veteran", "employmentDifficulty", "disabled", "collegeGraduate", "professionalFarmer", "masterStudioTrainee"]) {
      expect([s, paid(jxOwn([s]))]).toEqual([s, "granted:1000.00"]); // 「同一补贴标准」 for every group
    }
    // 「受经贸摩擦影响的企业职工培训补贴标准参照同类职业（工种）补贴标准上浮30%」: 1000.00 × 1.3 = 1300.00
    expect(paid(jxOwn(["enterpriseEmployee", "tradeFrictionAffected"]))).toBe("granted:1300.00");
  });

  it("jx2019 五(十一) 「对具有当地户籍、当地常住并办有居住证、在当地就业创业或在当地办理失业登记的城乡劳动者提供普惠同等的培训补贴」 is a closed list of four bases: a worker from Anhui with any one of them is paid 1000.00; one living in Nanhu without a permit and with no other basis is refused", () => {
    const away = { hukouRegion: "anhui.fuyang", residenceRegion: "anhui.fuyang", hasResidencePermit: false, employmentRegion: "anhui.fuyang", unemploymentRegisteredAt: "anhui.fuyang", employerId: undefined, statuses: [] };
    const one = (o: O) => decide(JX, { trainees: [worker({ ...away, ...o })], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A", "C1")] })["A"];
    expect(paid(one({ hukouRegion: "zhejiang.jiaxing.nanhu" }))).toBe("granted:1000.00"); // 当地户籍
    expect(paid(one({ residenceRegion: "zhejiang.jiaxing.nanhu", hasResidencePermit: true }))).toBe("granted:1000.00"); // 当地常住并办有居住证
    expect(paid(one({ employmentRegion: "zhejiang.jiaxing.nanhu" }))).toBe("granted:1000.00"); // 在当地就业创业
    expect(paid(one({ unemploymentRegisteredAt: "zhejiang.jiaxing.nanhu" }))).toBe("granted:1000.00"); // 在当地办理失业登记
    const noPermit = one({ residenceRegion: "zhejiang.jiaxing.nanhu" }); // 常住 without 居住证: none of the four
    expect(paid(noPermit)).toBe("denied:0.00");
  });

  it("gbf2019 §(十一) 「对贫困家庭子女、贫困劳动力、“两后生”、农村转移就业劳动者、下岗失业人员和转岗职工、退役军人、残疾人开展免费职业技能培训行动，对高校毕业生和企业职工按规定给予职业培训补贴」: each named group is paid 1000.00 under the national texts; the list has no 等, so the ordinary worker in no group and a 职业农民 are refused", () => {
    for (const s of ["childOfPoorFamily", "povertyRegistered", "nonContinuingGraduate", "ruralTransferWorker", "newGenerationMigrantWorker", "unemployed", "jobTransferWorker", "veteran", "disabled", "collegeGraduate", "enterpriseEmployee", "employmentDifficulty", "zeroEmploymentHousehold"]) {
      expect([s, paid(cityOwn(NAT, [s]))]).toEqual([s, "granted:1000.00"]); // EX-ELEC 初级工 row (illustrative)
    }
    expect(refused(cityOwn(NAT, []))).toBe("denied:0.00:not_in_group");
    expect(refused(cityOwn(NAT, ["professionalFarmer"]))).toBe("denied:0.00:not_in_group"); // reading national-training-subsidy-scope
    // plan2021 §(十) 「积极为毕业年度学生提供职业技能培训服务并纳入职业培训补贴范畴」: in from 2022, not in 2020.
    expect(refused(cityOwn(NF, ["graduationYearStudent"], "2020"))).toBe("denied:0.00:not_in_group");
    expect(paid(cityOwn(NF, ["graduationYearStudent"], "2022"))).toBe("granted:1000.00");
    // plan2021 §(六) 「对服刑人员、强制隔离戒毒人员和社区矫正对象，开展以回归社会为目的的就业技能培训。」 names targets, not payees.
    expect(refused(cityOwn(NF, ["communityCorrection"], "2022"))).toBe("denied:0.00:not_in_group");
  });

  it("gbf2019 §(十二) 「（职业资格证书、职业技能等级证书、专项职业能力证书、特种作业操作证书、培训合格证书等）」: a 下岗失业人员's certificate of each named kind the row accepts is paid the row", () => {
    const on = (code: string, name: string, kind: string, level: string | undefined) =>
      paid(cityOwn(NF, ["unemployed"], "2022", { course: { occupation: { code, name } , level }, cert: { kind, occupation: { code, name }, level } }));
    expect(on("EX-ELEC", "示例电工", "skillLevelCertificate", "junior")).toBe("granted:1000.00"); // EX-ELEC 初级工 row
    expect(on("EX-ELEC", "示例电工", "qualificationCertificate", "junior")).toBe("granted:1000.00"); // the same row accepts it
    expect(on("EX-CARE", "示例养老护理专项能力", "specialAbilityCertificate", undefined)).toBe("granted:600.00"); // EX-CARE 专项 row
    expect(on("EX-SAFE", "示例特种作业", "specialOperationsCertificate", undefined)).toBe("granted:300.00"); // EX-SAFE row
    // 培训合格证书: the Jiaxing project row (next test).
  });

  it("jx2019 四(三)三 「对建档立卡低收入农户家庭劳动力、退役军人、就业困难人员、对口支援地区建档立卡贫困人员等相关群体以及企业职工」 with 「对项目制培训以培训合格证书、特种作业操作证书为依据进行补贴」: each listed group's project course pays the provider 500.00; a worker in no group, a 职业农民, and a certificate outside the two are refused", () => {
    for (const s of ["povertyRegistered", "veteran", "employmentDifficulty", "pairedRegionPovertyRegistered", "enterpriseEmployee", "unemployed", "disabled", "migrantWorker", "newGenerationMigrantWorker"]) {
      expect([s, paid(jxProject([s]))]).toEqual([s, "granted:500.00"]); // EX-ECOM project row (illustrative), to ORG1
    }
    expect(paid(jxProject(["veteran"], "specialOperationsCertificate"))).toBe("granted:500.00"); // the second named basis
    expect(refused(jxProject([]))).toBe("denied:0.00:not_in_project_training_group"); // 「以及企业职工」 would be idle if all were in
    expect(refused(jxProject(["professionalFarmer"]))).toBe("denied:0.00:not_in_project_training_group"); // reading project-training-open-list
    const ability = jxProject(["veteran"], "specialAbilityCertificate"); // the row lists it; 五(十一)'s project basis does not
    expect(ability?.outcome).toBe("denied");
    expect(ability?.reasons.map((r) => r.code)).toContain("certificate_not_basis");
  });

  it("jx2019 四(三)四 「对建档立卡低收入农户家庭劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员，在培训期间通过就业补助资金按每人每天 50 元标准给予生活费补贴」 is closed: each named group is paid 10 days × 50 = 500.00, the ordinary employee and a 两后生 neither rural nor 低保 are refused", () => {
    for (const s of [["povertyRegistered"], ["employmentDifficulty"], ["zeroEmploymentHousehold"], ["nonContinuingGraduate", "rural"], ["nonContinuingGraduate", "urbanDibaoFamily"], ["disabled"]]) {
      expect([s, paid(jxAllowance(s))]).toEqual([s, "granted:500.00"]); // disabled: reading jiaxing-living-allowance-disabled
    }
    for (const s of [["enterpriseEmployee"], ["nonContinuingGraduate"], ["veteran"], ["unemployed"]]) {
      const d = jxAllowance(s);
      expect([s, paid(d)]).toEqual([s, "denied:0.00"]);
      expect(d?.reasons.map((r) => r.code)).toContain("not_in_living_allowance_group");
    }
  });

  it("gbf2019 §(十一) 「企业、农民专业合作社和扶贫车间等各类生产经营主体吸纳贫困劳动力就业并开展以工代训」 is open as to the employer: a 扶贫车间 with no insurance record that takes on a 贫困劳动力 is paid 2 × 500.00; the 「参保企业」 route asks for the insurance; the ordinary worker is refused", () => {
    expect(paid(workForTraining(["povertyRegistered"], false))).toBe("granted:1000.00"); // March and April 2020 at 500.00
    // 「以及参保企业吸纳就业困难人员、零就业家庭成员就业并开展以工代训的」: closed to 参保企业.
    const unknown = workForTraining(["employmentDifficulty"], false);
    expect(unknown?.outcome).toBe("undecidable");
    expect(unknown?.missingFacts).toEqual(["enterprise.unemploymentInsuranceRegion"]);
    expect(paid(workForTraining(["employmentDifficulty"], true))).toBe("granted:1000.00");
    expect(paid(workForTraining(["zeroEmploymentHousehold"], true))).toBe("granted:1000.00");
    expect(refused(workForTraining(["enterpriseEmployee"], true))).toBe("denied:0.00:not_work_for_training_employer");
  });

  it("jx2019 五(十) 「委托职业院校、行业协会和骨干企业依据有关职业标准或岗位技术规范开发职业技能培训包，给予每个不超过 5万元补助」 is closed: a vocational college's commissioned package is paid, another developer's is refused", () => {
    // Changed (reading package-grant-per-package, cold review 109 F3): the claimant is of the developer's kind — a key enterprise's package claimed by an enterprise — or refused (package_claimant_not_developer).
    const pkg = (id: string, developerKind: string): O => ({ id, measure: "trainingPackageGrant", traineeId: "P1", claimant: { kind: developerKind === "keyEnterprise" ? "enterprise" : "organizer", id: "DEV-1" }, submittedOn: "2020-09-01", amountClaimed: "1000.00", trainingPackage: { id: `PK-${id}`, developerKind, commissioned: true } });
    const r = decide(JX, { trainees: [worker()], claims: [pkg("a", "vocationalCollege"), pkg("b", "industryAssociation"), pkg("c", "keyEnterprise"), pkg("d", "otherDeveloper")] });
    expect([paid(r["a"]), paid(r["b"]), paid(r["c"])]).toEqual(["granted:1000.00", "granted:1000.00", "granted:1000.00"]); // the amount claimed, under 5万
    expect(refused(r["d"])).toBe("denied:0.00:package_developer_not_eligible");
  });

  it("gf2018 §(五) 「围绕就业创业重点群体，广泛开展就业技能培训」 in a Jieyang pack: the named 失业人员, 退役军人 and 建档立卡 person are paid 1000.00 for a 2018 certificate", () => {
    for (const s of ["unemployed", "veteran", "povertyRegistered", "disabled", "nonContinuingGraduate"]) {
      expect([s, paid(jieyang([s]))]).toEqual([s, "granted:1000.00"]); // EX-ELEC 初级工, the example edition from 2018-05-03
    }
  });
});

describe("findings: members of a list refused for the library's spelling of the list (it.fails records)", () => {
  // fixed 2026-12-05 (the lead: isEnterpriseEmployee reads tradeFrictionAffected as an 企业职工 unless the record says unemployed,
  // wherever an 企业职工 is asked — the employee route, the safety route, the skill-upgrade subsidy, gbf2019's subsidy groups;
  // reading trade-friction-employee): now it(...).
  it("jx2019 二 「企业职工特别是受经贸摩擦影响的企业职工」: the enterprise that claims for its trade-friction-affected worker is not refused as if she were no 企业职工 (1300.00)", () => {
    // What: a Nanhu worker recorded with `tradeFrictionAffected` (the library's 「受经贸摩擦影响的企业职工」) and not also
    //   `enterpriseEmployee` is paid 1300.00 with the uplift when she claims herself, but when E1 claims for her the
    //   employee route refuses her: denied, not_employee_training (notEnterpriseEmployee). One record, two answers to
    //   whether she is an 企业职工. Under the national texts the same record is refused not_in_group too (1000.00).
    // Why: jx2019 二 names 「企业职工特别是受经贸摩擦影响的企业职工」 and 三(二) 「受经贸摩擦影响的企业职工培训补贴标准参照同类职业（工种）补贴标准上浮30%」:
    //   the group is a part of 企业职工, as 「农村转移就业劳动者特别是新生代农民工」 makes 新生代农民工 a part of the
    //   rural transfer workers — which the library does read so (freeTrainingGroups holds newGenerationMigrantWorker).
    //   gbf2019 §(十一) 「符合条件的企业职工参加……初级工……培训，按规定给予职业培训补贴」.
    // Fix: read `tradeFrictionAffected` as implying `enterpriseEmployee` wherever an 企业职工 is asked (employeeTrainingCheck,
    //   subsidyGroups), or refuse the record at the boundary asking for both — never pay it one way and refuse it the other.
    // Money: 1000.00 (EX-ELEC 初级工, illustrative) × 1.3 = 1300.00 to the enterprise.
    // Confidence: 60 %.
    const r = decide(JX, { trainees: [worker({ statuses: ["tradeFrictionAffected"] })], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A", "C1", { claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1" })] });
    expect(r["A"]?.outcome).not.toBe("denied");
    expect(r["A"]?.reasons.map((x) => x.code)).not.toContain("not_employee_training");
    // paid to the enterprise: the EX-ELEC 初级工 row 1000.00 × (1 + 0.30) = 1300.00, as when she claims herself
    expect([paid(r["A"]), r["A"]?.payee]).toEqual(["granted:1300.00", { kind: "enterprise", id: "E1" }]);
    // the other side: laid off (unemployed beside the status), the enterprise's claim for her is refused — she is no 企业职工
    const laidOff = decide(JX, { trainees: [worker({ statuses: ["unemployed", "tradeFrictionAffected"] })], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A", "C1", { claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1" })] });
    expect(laidOff["A"]?.reasons.map((x) => x.code)).toContain("not_employee_training");
    // under the national texts the same record is one of 「对高校毕业生和企业职工按规定给予职业培训补贴」: the example city's EX-ELEC
    // 初级工 row, 1000.00 (no uplift outside Jiaxing); with enterpriseEmployee alone, the same
    expect([paid(cityOwn(NAT, ["tradeFrictionAffected"])), paid(cityOwn(NAT, ["enterpriseEmployee"]))]).toEqual(["granted:1000.00", "granted:1000.00"]);
  });

  // fixed 2026-12-05 (the lead: gbf2019.free-training-groups lists pairedRegionPovertyRegistered; reading poverty-labourer-register): now it(...).
  it("gbf2019 「建档立卡贫困劳动力（以下简称贫困劳动力）」: under the national texts a 对口支援地区建档立卡贫困人员 is a 贫困劳动力 of §(十一)'s free-training list and is paid the row (1000.00)", () => {
    // What: a person recorded `pairedRegionPovertyRegistered` (kinds.ts: jx2019's 「对口支援地区建档立卡贫困人员」) training in
    //   the example city in 2020 is refused not_in_group under the national texts; freeTrainingGroups and
    //   livingAllowanceTrainees know only `povertyRegistered`.
    // Why: gbf2019 defines the term once, 「建档立卡贫困劳动力（以下简称贫困劳动力）」, by the 建档立卡 register, not by
    //   region; a 对口支援地区建档立卡贫困人员 is on that register (jx2019 calls them so). §(十一) 「对贫困家庭子女、贫困劳动力、……开展免费职业技能培训行动」.
    //   The list is closed, but this person is a named member recorded under a second spelling.
    // Fix: add `pairedRegionPovertyRegistered` to gbf2019.free-training-groups (and to the 贫困劳动力 of the living
    //   allowance and 以工代训, next record), or document that a 建档立卡 person is recorded `povertyRegistered` too.
    // Money: 1000.00 (EX-ELEC 初级工, illustrative) per certificate, under national and national-frameworks.
    // Confidence: 60 %.
    expect(paid(cityOwn(NAT, ["pairedRegionPovertyRegistered"]))).toBe("granted:1000.00");
  });

  // fixed 2026-12-05 (the lead: workForTrainingEmployerCheck takes pairedRegionPovertyRegistered as a 贫困劳动力; reading
  // poverty-labourer-register): now it(...).
  it("gbf2019 §(十一) 「企业、农民专业合作社和扶贫车间等各类生产经营主体吸纳贫困劳动力就业并开展以工代训」: a 扶贫车间 that takes on a 对口支援地区建档立卡贫困人员 is paid 2 × 500.00", () => {
    // What: the same person as above, taken on by a 扶贫车间 for March–April 2020, is refused not_work_for_training_employer
    //   (workerInNoGroup): workForTrainingEmployerCheck asks `povertyRegistered` only.
    // Why: 「建档立卡贫困劳动力（以下简称贫困劳动力）」 — the register, whatever the region; 以工代训 exists for 扶贫车间 that
    //   take on exactly these workers (东西部扶贫协作, 「持续推进东西部扶贫协作框架下职业教育、职业技能培训帮扶」).
    // Fix: as above — one predicate 「贫困劳动力」 holding for both spellings, used by every measure.
    // Money: 500.00 × 2 months = 1000.00 (illustrative standard), up to 6 × 500.00 = 3000.00 a person.
    // Confidence: 55 %.
    expect(paid(workForTraining(["pairedRegionPovertyRegistered"], false))).toBe("granted:1000.00");
  });

  // fixed 2026-12-05 (the lead: gf2018.groups lists childOfPoorFamily beside povertyRegistered; the other two households still
  // have no status; reading gf2018-chain-groups): now it(...).
  it("gf2018 §(五) 「面向符合条件的建档立卡贫困家庭、农村“低保”家庭、困难职工家庭和残疾人，开展技能脱贫攻坚行动」 names households: a Jieyang pack pays the 贫困家庭子女 of a 建档立卡 household (1000.00)", () => {
    // What: in a Jieyang pack over the 2018 chain a person recorded `childOfPoorFamily` (gbf2019's 「贫困家庭子女」) with a
    //   certificate of 2018-12-01 is refused not_in_group: employmentSkillsGroups (gf2018.groups) holds `povertyRegistered`
    //   only. The two other households the sentence names have no status at all (a 农村低保 household member — the library's
    //   `urbanDibaoFamily` is the city's — and a 困难职工家庭 member), so they cannot be recorded as members.
    // Why: the sentence names 「建档立卡贫困家庭」, the household; a child of it is a member of the group named, not a person of
    //   the same kind outside it.
    // Fix: add `childOfPoorFamily` to gf2018.groups; add statuses for 农村低保家庭 and 困难职工家庭 members (or say in
    //   docs how they are recorded).
    // Money: only in a pack binding the training subsidy over the 2018 chain (the shipped jieyang-2018 binds none):
    //   1000.00 (EX-ELEC 初级工, illustrative) per certificate before 2019-05-18. No money as shipped.
    // Confidence: 55 %.
    expect(paid(jieyang(["childOfPoorFamily"]))).toBe("granted:1000.00");
  });

  // fixed 2026-12-05 (the lead, after cold audit 11b's record at 55 % and a cold reader at 60–75 %: liftedOutOfPoverty is a
  // 贫困劳动力 in gbf2019's free-training and living-allowance groups and for 以工代训; reading poverty-labourer-register): now it(...).
  it("plan2021 §(六) 「面向农村转移劳动力、返乡农民工、脱贫劳动力，开展职业技能培训和安全知识培训。」: under the national frameworks in 2022 a 脱贫劳动力, the 建档立卡 labourer gbf2019 calls 贫困劳动力, is not refused for want of a group (1000.00)", () => {
    // What: a person recorded `liftedOutOfPoverty` in 2022 (and 2025) is refused not_in_group; the same person recorded
    //   `povertyRegistered` is paid 1000.00. After 2020 the texts name the 建档立卡 labourers only as 脱贫劳动力 (plan2021
    //   §(六); op2025 (九) 「以农村转移劳动力、返乡农民工、脱贫劳动力等为重点」), so the library has no group for the spelling
    //   the later texts use.
    // Why: gbf2019 §(十一)'s 「贫困劳动力」 is 「建档立卡贫困劳动力（以下简称贫困劳动力）」, a register its people stay on after
    //   they leave poverty; plan2021 §(六) 「对符合条件的脱贫家庭（含监测帮扶对象家庭）」 carries the same households on.
    //   Reading plan2021-subsidy-groups holds §(六)'s groups to be targets — I do not dispute that; this person is in
    //   gbf2019's own list under the later name.
    // Fix: count `liftedOutOfPoverty` as 贫困劳动力 in gbf2019.free-training-groups from plan2021's period (or from the
    //   start, with a reading), and record the choice in national-training-subsidy-scope.
    // Money: 1000.00 (EX-ELEC 初级工, illustrative) per certificate, from 2022 under national-frameworks.
    // Confidence: 45 %.
    expect(paid(cityOwn(NF, ["liftedOutOfPoverty"], "2022"))).toBe("granted:1000.00");
  });

  it("gbf2019 §(十二) 「（职业资格证书、职业技能等级证书、专项职业能力证书、特种作业操作证书、培训合格证书等）」 ends in 等: a certificate of a sixth kind is a record, decided by the city's catalogue — not struck from the document", () => {
    // What: the schema's CERTIFICATE_KINDS is the five named kinds, closed. A certificate of another kind (here a
    //   特种设备作业人员证, the 市场监管 licence a forklift driver holds, which is not an 应急管理 特种作业操作证书) makes the
    //   certificate record invalid, and the claim on it with it (unknown_reference): parseClaimsDocument lists both in
    //   `invalid` and evaluateBatch never decides the claim — neither paid nor asked.
    // Why: 「……培训合格证书等）的，按规定给予职业培训补贴」: the list is open, and §(十二) leaves the standard to the city
    //   (「市（地）以上人力资源社会保障部门、财政部门可在规定的原则下结合实际确定职业培训补贴标准」), so a city catalogue
    //   row may take another kind; the library cannot even record it.
    // Fix: an `otherCertificate` kind carrying its name, which a catalogue row may list in `certificateKinds`; with no row
    //   taking it, the claim is undecidable (ask the catalogue), never invalid.
    // Money: whatever the city's row is (e.g. 400.00 were a row for EX-FORK to take it); nothing is lost by law, all of it
    //   by the boundary. Confidence: 50 %.
    const r = parseClaimsDocument({ trainees: [cityWorker({ statuses: ["unemployed"] })], courses: [cityCourse("K1")], certificates: [cityCert("C1", { kind: "otherCertificate", kindName: "特种设备作业人员证", level: undefined })], claims: [ts("A", "C1", { submittedOn: "2022-08-05" })] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.invalid).toEqual([]);
    const d = evaluateBatch(NF, r.value.document).decisions.find((x) => x.claimId === "A");
    // Mended 2026-12-05 (reading certificate-kinds-open): the kind is `otherCertificate` naming itself (`kindName`), and the
    // claim is decided. Here by the catalogue: the illustrative edition has no EX-ELEC row without a level, so the claim is
    // refused as any unleveled certificate of that occupation is (not_in_catalogue) — not for its kind. A row that takes
    // other kinds pays one, one that does not refuses it: test/certificate-kinds-open.test.ts.
    expect(d?.reasons.map((x) => x.code)).toContain("not_in_catalogue");
    expect(d?.reasons.map((x) => x.code)).not.toContain("certificate_kind_not_accepted");
  });

  // fixed 2026-12-05 (the lead: trainingSubsidy.projectTrainingStatuses lists returningMigrantWorker, and tradeFrictionAffected with
  // 企业职工; readings project-training-open-list, trade-friction-employee): now it(...).
  it("jx2019 四(三)三 「……等相关群体以及企业职工」: a 返乡农民工 in rural e-commerce project training is served like any 农民工 — the provider is paid 500.00", () => {
    // What: a Nanhu trainee recorded `returningMigrantWorker` is refused not_in_project_training_group; a `migrantWorker` and
    //   a `newGenerationMigrantWorker` on the same course are paid 500.00 (control above).
    // Why: the list is open (「等相关群体」); reading project-training-open-list takes in a 农民工 of any generation (paraphrase) as
    //   农村转移就业劳动者 (gbf2019 「面向农村转移就业劳动者特别是新生代农民工」) and the national reading puts
    //   `returningMigrantWorker` in the same group (freeTrainingGroups; gbf2019 「返乡创业培训计划」). A returning 农民工 is a
    //   农民工; nothing in 四(三) sets them apart.
    // Fix: add `returningMigrantWorker` to trainingSubsidy.projectTrainingStatuses (jx2019.params.yaml), and to
    //   jxTargetGroups / jx2019.free-training where the same reasoning holds.
    // Money: 500.00 (EX-ECOM, illustrative) per project course, to the provider. Confidence: 50 %.
    expect(paid(jxProject(["returningMigrantWorker"]))).toBe("granted:500.00");
    // 「以及企业职工」: a trade-friction-affected employee is one (reading trade-friction-employee) — the same EX-ECOM row raised
    // 「上浮 30%」 until the end of 2021: 500.00 × 1.3 = 650.00
    expect(paid(jxProject(["tradeFrictionAffected"]))).toBe("granted:650.00");
  });

  it.fails("jx2019 四(三)三 「就业困难人员、对口支援地区建档立卡贫困人员等相关群体」 beside 四(三)四 「就业困难人员、零就业家庭成员」: a 零就业家庭成员 in project training is a related group — the provider is paid 500.00", () => {
    // What: a Nanhu trainee recorded `zeroEmploymentHousehold` is refused not_in_project_training_group.
    // Why: the list is open; the paragraph's next item names 零就业家庭成员 beside 就业困难人员 as people the city pays to
    //   train (the living allowance), and gbf2019 §(十一) pairs them again for 以工代训 (「参保企业吸纳就业困难人员、零就业家庭成员就业并开展以工代训」).
    //   Reading project-training-open-list draws 「相关群体」 from 四(三)'s opening sentence only.
    // Fix: add `zeroEmploymentHousehold` to trainingSubsidy.projectTrainingStatuses, with the reading amended.
    // Money: 500.00 (EX-ECOM, illustrative) per project course, to the provider. Confidence: 40 %.
    expect(paid(jxProject(["zeroEmploymentHousehold"]))).toBe("granted:500.00");
  });

  it.fails("gbf2019 §(四) 「就业困难人员（含残疾人）」 with §(十一) 「参保企业吸纳就业困难人员、零就业家庭成员就业并开展以工代训的」: an insured enterprise that takes on a disabled worker is paid 2 × 500.00", () => {
    // What: a worker recorded `disabled` (not also `employmentDifficulty`), taken on by an insured enterprise for March–April
    //   2020, is refused not_work_for_training_employer (workerInNoGroup).
    // Why: gbf2019 itself writes the group 「就业困难人员（含残疾人）」 in §(四); the same term in §(十一) means the same
    //   people. The library reads jx2019's parenthesis so for the Jiaxing living allowance (reading
    //   jiaxing-living-allowance-disabled, which records the national reading as an alternative); 以工代训 is gbf2019's own.
    // Fix: let `disabled` stand for 就业困难人员 in workForTrainingEmployerCheck (and decide the national living allowance
    //   the same way), with a reading.
    // Money: 500.00 × 2 = 1000.00 (illustrative), up to 3000.00 a person. Confidence: 35 %.
    expect(paid(workForTraining(["disabled"], true))).toBe("granted:1000.00");
  });
});
