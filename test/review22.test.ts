/**
 * Review 22 (2026-12-05, 08:41–09:25 UTC), cold, of d9c5908 (Jiaxing's project training, jx2019 四(三)三, serves a
 * 脱贫劳动力: trainingSubsidy.projectTrainingStatuses lists liftedOutOfPoverty), a1c3bec (gf2018 §(五)'s group takes
 * POVERTY_LABOURER_STATUSES), 0f63f7a (a catalogue row at a level listing only unleveled kinds is read again; only a
 * level-less row listing only leveled kinds is refused) and c66f4a8 (two messages shortened: attendance_dates_needed in
 * both locales, withCatalogue's every-edition-set-aside error).
 *
 * Findings as `it.fails` records (each asserts what is right and fails on the code as it stands, each checked to fail at
 * its own assertion when run as it(...); when one is fixed its record starts failing: turn it into `it(...)`). Controls I
 * hold right are `it(...)`.
 *
 * Tried and found sound (controls): under Jiaxing the provider ORG1 of a 脱贫劳动力's rural e-commerce project course
 * (EX-ECOM, 500.00) is paid, and so with a 特种作业操作证, with 职业农民 beside, with an Anhui hukou and a Nanhu residence
 * permit (as a povertyRegistered one is); the trainee's own claim is refused (paid to the provider), a second certificate
 * of the same project course or a second project course refused (occupation_level_already_subsidised), a 专项能力证书
 * refused (certificate_not_basis), a pensioner refused (monthly_pension_entitled), a Liangshan hukou with no basis held
 * (residency_unknown), a course in Liangshan refused (course_outside_jurisdiction), a certificate of 2022 held
 * (provision_not_in_force), his living allowance still refused by 四(三)四's closed list; a person in no group refused.
 * gf2018.groups: in the Jieyang pack a 脱贫劳动力 of 2019-03-01 is paid 1000.00 and held from 2019-05-18 (the chain's
 * framework ends); a province naming gf2018.groups under gbf2019 pays him and refuses him drawing a monthly pension.
 * 0f63f7a: Jiaxing's 初级工 row of 特种作业操作证 alone pays the safety route (800.00), the ordinary claimant is unchanged
 * (1000.00). c66f4a8: attendance_dates_needed says, in both languages and both variants, what it said before; the English
 * every-edition error still says "on or after".
 * Found: under the national frameworks a 初级工 row listing only a 专项能力证书 parses again and refuses, as outside the
 * catalogue, every certificate it was written for (F1, 600.00; no route reads a leveled row there); under Jiaxing a row at
 * 中级工 listing only unleveled kinds parses though its routes pay 初级工 alone (F2); the Chinese every-edition error now
 * says the editions take effect from the end day, untrue of any edition after it (F3).
 * Not recorded (no money): employmentSkillsGroups.ts's header and reading gf2018-chain-groups still say the register's
 * households are matched by povertyRegistered and childOfPoorFamily (the reading poverty-labourer-register was amended);
 * groups.ts's JX_PROJECT_TRAINING_STATUSES note does not name the 脱贫劳动力 among the related groups.
 * Full suite at 08:47–08:50 UTC (after npm run build): 171 files, 3,469 passed, 67 expected fail (3 here), 1 skipped.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, nationalPolicy, parseSubsidyCatalogue, trainingSubsidyGroupIds, withJiaxingCatalogue } from "../src/index.js";
import { reasons as en } from "../src/locales/en.js";
import { reasons as zh } from "../src/locales/zh-CN.js";
import { cite } from "../src/core/citation.js";
import { replaceParameter } from "../src/core/layer.js";
import { documentOf, jieyangPackPolicy, certificate as nCert, claim as nClaim, regionalPolicy, trainee as nTrainee, withExampleLayer } from "./support/national.js";
import { cert, cityCert, cityCourse, cityWorker, course, E1, JX, TRAINEE, ts, worker } from "./support/ordinary.js";
import { jiaxingCatalogue, parsed, withSkillUpgradeStandards } from "./support/world.js";

type O = Record<string, unknown>;
const line = (d: Decision | undefined) => (d === undefined ? "missing" : `${d.outcome}:${d.amount}:${d.outcome === "granted" ? "" : d.reasons.map((r) => r.code).join("+")}`);
const all = (policy: Policy, doc: O) => evaluateBatch(policy, parsed(doc)).decisions.map((d) => `${d.claimId} ${line(d)}`);
const one = (policy: Policy, doc: O) => evaluateBatch(policy, parsed(doc)).decisions[0];

/** Runs the built command line, returning its exit code, standard output and error. */
function run(args: string[], input?: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ["dist/cli.js", ...args], { encoding: "utf8", ...(input === undefined ? {} : { input }) });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const dir = mkdtempSync(join(tmpdir(), "review22-"));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

// Jiaxing project training: the illustrative EX-ECOM project row (500.00), a course delivered by ORG1, which claims.
const ECOM = { code: "EX-ECOM", name: "农村电商（项目制培训，示意）" };
const ORG1 = { kind: "organizer", id: "ORG1" };
const projectCourse = (id: string, o: O = {}) => course(id, { kind: "projectBased", occupation: ECOM, level: undefined, ...o });
const projectCert = (id: string, o: O = {}) => cert(id, { kind: "trainingCompletionCertificate", occupation: ECOM, level: undefined, ...o });
const project = (t: O, o: { cert?: O; course?: O; claim?: O } = {}): O => ({
  trainees: [worker({ statuses: ["liftedOutOfPoverty"], employerId: undefined, ...t })],
  enterprises: [E1],
  courses: [projectCourse("K1", o.course)],
  certificates: [projectCert("C1", o.cert)],
  claims: [ts("A", "C1", { claimant: ORG1, ...o.claim })],
});
const away = { unemploymentInsuranceMonths: {} };

describe("controls (held right)", () => {
  it("d9c5908, jx2019 四(三)三 「三是对建档立卡低收入农户家庭劳动力、退役军人、就业困难人员、对口支援地区建档立卡贫困人员等相关群体以及企业职工」: the provider of a 脱贫劳动力's project course is paid the EX-ECOM row (500.00), with a 特种作业操作证, beside 职业农民, and from Anhui with a Nanhu residence permit as a povertyRegistered one is; a person in no group is refused", () => {
    // 五(十一) 「对项目制培训以培训合格证书、特种作业操作证书为依据进行补贴」: the EX-ECOM row, 500.00 to ORG1
    expect(line(one(JX, project({})))).toBe("granted:500.00:");
    expect(line(one(JX, project({}, { cert: { kind: "specialOperationsCertificate" } })))).toBe("granted:500.00:");
    expect(line(one(JX, project({ statuses: ["liftedOutOfPoverty", "professionalFarmer"] })))).toBe("granted:500.00:");
    // 「对具有当地户籍、当地常住并办有居住证、在当地就业创业或在当地办理失业登记的城乡劳动者提供普惠同等的培训补贴」: the permit is his basis
    for (const s of ["liftedOutOfPoverty", "povertyRegistered"]) expect(line(one(JX, project({ statuses: [s], hukouRegion: "anhui.fuyang", residenceRegion: "zhejiang.jiaxing.nanhu", hasResidencePermit: true, ...away })))).toBe("granted:500.00:");
    expect(line(one(JX, project({ statuses: [] })))).toBe("denied:0.00:not_in_project_training_group");
    expect(line(one(JX, project({ statuses: ["professionalFarmer"] })))).toBe("denied:0.00:not_in_project_training_group");
  });

  it("d9c5908: the 脱贫劳动力's project course is paid once, to the provider only, for the certificate basis only, in Jiaxing only, while the plan is in force, and not to a pensioner", () => {
    // 「由符合规定的购买主体通过政府购买服务形式开展培训」: his own claim is refused, the provider's beside it paid 500.00
    expect(all(JX, { ...project({}), claims: [ts("A", "C1"), ts("B", "C1", { claimant: ORG1, submittedOn: "2020-07-02" })] })).toEqual(["A denied:0.00:project_training_paid_to_provider", "B granted:500.00:"]);
    // 「同一职业（项目）同一等级不可重复享受」: a second certificate of the course, or a second course of the project, refused
    const twice = { ...project({}), certificates: [projectCert("C1"), projectCert("C2", { kind: "specialOperationsCertificate", issuedOn: "2020-06-21" })], claims: [ts("A", "C1", { claimant: ORG1 }), ts("B", "C2", { claimant: ORG1 })] };
    expect(all(JX, twice)).toEqual(["A granted:500.00:", "B denied:0.00:occupation_level_already_subsidised"]);
    const again = { ...project({}), courses: [projectCourse("K1"), projectCourse("K2", { startDate: "2020-09-01", endDate: "2020-09-10" })], certificates: [projectCert("C1"), projectCert("C2", { issuedOn: "2020-09-20", courseId: "K2" })], claims: [ts("A", "C1", { claimant: ORG1 }), ts("B", "C2", { claimant: ORG1, submittedOn: "2020-10-01" })] };
    expect(all(JX, again)).toEqual(["A granted:500.00:", "B denied:0.00:occupation_level_already_subsidised"]);
    // a 专项能力证书 is not a project row's basis
    expect(line(one(JX, project({}, { cert: { kind: "specialAbilityCertificate" } })))).toBe("denied:0.00:certificate_not_basis");
    // 「对超过退休年龄，不具有按月领取养老金资格，但确有培训需求的人员」: one drawing a pension is outside
    expect(line(one(JX, project({ birthDate: "1955-01-01", receivesMonthlyPension: true })))).toBe("denied:0.00:monthly_pension_entitled");
    // outside Jiaxing: a Liangshan hukou and no other basis is asked for one; a course in Liangshan is not Jiaxing's
    expect(line(one(JX, project({ hukouRegion: "sichuan.liangshan", ...away })))).toBe("undecidable:null:residency_unknown");
    expect(line(one(JX, project({ hukouRegion: "sichuan.liangshan", ...away }, { course: { region: "sichuan.liangshan" } })))).toBe("denied:0.00:course_outside_jurisdiction");
    // the plan ends on 2021-12-31 (jx2019.supersession): a certificate of 2022 is held for a later text
    expect(line(one(JX, project({}, { course: { startDate: "2021-12-20", endDate: "2021-12-30" }, cert: { issuedOn: "2022-01-05" }, claim: { submittedOn: "2022-02-01" } })))).toBe("undecidable:null:provision_not_in_force");
    // 四(三)四's list is closed: his living allowance on the course is still refused
    expect(all(JX, { ...project({}), claims: [{ id: "L", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2020-07-01" }] })).toEqual(["L denied:0.00:not_in_living_allowance_group"]);
  });

  it("a1c3bec, gf2018 §(五) 「面向符合条件的建档立卡贫困家庭」: a 脱贫劳动力 in the Jieyang pack is paid on 2019-03-01 (1000.00) and held from 2019-05-18; a province naming gf2018.groups under gbf2019 pays him (1000.00) and refuses him drawing a monthly pension", () => {
    const jieyang = (issuedOn: string, submittedOn: string) =>
      line(evaluateBatch(jieyangPackPolicy(), documentOf({ trainees: [nTrainee({ statuses: ["liftedOutOfPoverty"], hukouRegion: "guangdong.jieyang" })], certificates: [nCert({ issuedOn: issuedOn as never })], claims: [nClaim({ submittedOn: submittedOn as never })] })).decisions[0]);
    // the example 2018 edition's EX-ELEC 初级工 row: 1000.00; the chain's national.framework ends on gbf2019's 2019-05-18
    expect([jieyang("2019-03-01", "2019-04-01"), jieyang("2019-05-18", "2019-06-01")]).toEqual(["granted:1000.00:", "undecidable:null:provision_not_in_force"]);
    const c = cite("gbf2019.scope-adjustment", "§(十二)");
    const province = withSkillUpgradeStandards(regionalPolicy(withExampleLayer(nationalPolicy(), "province", c, [replaceParameter(trainingSubsidyGroupIds, { label: { zh: "示例：就业技能培训重点群体", en: "example: gf2018 groups" }, citation: c, values: [{ from: "2020-01-01", value: ["gf2018.groups"] }], lastVerifiedOn: "2026-12-05" })])));
    const doc = (t: O) => ({ trainees: [cityWorker({ statuses: ["liftedOutOfPoverty"], ...t })], courses: [cityCourse("K1", { startDate: "2020-07-01", endDate: "2020-07-20" })], certificates: [cityCert("C1", { issuedOn: "2020-08-01" })], claims: [ts("A", "C1", { submittedOn: "2020-08-05" })] });
    // the illustrative prefecture catalogue's EX-ELEC 初级工 row: 1000.00
    expect(line(one(province, doc({})))).toBe("granted:1000.00:");
    // gbf2019 §(十二) 「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」 (reading national-pension-scope)
    expect(line(one(province, doc({ birthDate: "1955-01-01", receivesMonthlyPension: true })))).toBe("denied:0.00:monthly_pension_entitled");
  });

  it("0f63f7a, jx2019 三(一)三 「按初级工标准给予个人或组织单位补贴」: Jiaxing's 初级工 row listing only the 特种作业操作证 is read and the safety route pays it (800.00); the ordinary claimant is unchanged (1000.00)", () => {
    const HIGH = { code: "EX-HIGH", name: "高处作业（示意）" };
    const edition = parseSubsidyCatalogue({ ...(JSON.parse(JSON.stringify(jiaxingCatalogue)) as O), entries: [...(JSON.parse(JSON.stringify(jiaxingCatalogue.entries)) as O[]), { occupation: HIGH, level: "junior", standard: "800.00", certificateKinds: ["specialOperationsCertificate"] }] });
    if (!edition.ok) throw new Error(JSON.stringify(edition.issues));
    const policy = withJiaxingCatalogue(edition.value);
    const safety = { trainees: [worker()], enterprises: [E1], courses: [course("K1", { kind: "safety", occupation: HIGH, level: undefined })], certificates: [cert("C1", { kind: "specialOperationsCertificate", level: undefined, occupation: HIGH })], claims: [ts("A", "C1")] };
    expect(line(one(policy, safety))).toBe("granted:800.00:");
    // the EX-ELEC 初级工 row: 1000.00
    expect(line(one(policy, { trainees: [worker()], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A", "C1")] }))).toBe("granted:1000.00:");
  });

  it("c66f4a8: attendance_dates_needed says, in both languages and both variants, what it said before; the English every-edition error still says on or after", () => {
    const framework = { changesOn: ["2022-01-01"], parameter: "national.framework" };
    const rate = { changesOn: ["2021-01-01"], parameter: "livingAllowance.dailyRate" };
    expect([zh.attendance_dates_needed(framework), zh.attendance_dates_needed(rate)]).toEqual(["施行中的国家政策框架在培训期间终止（2022-01-01），需要逐日出勤记录", "补贴标准在培训期间有变化（2021-01-01），需要逐日出勤记录"]);
    expect([en.attendance_dates_needed(framework), en.attendance_dates_needed(rate)]).toEqual(["the national framework in force ends during the course (2022-01-01); the attended dates are needed", "the rate changes during the course (2021-01-01); the attended dates are needed"]);
    const late = file("late.json", [{ ...jiaxingCatalogue, id: "jx-2022-03", effectiveFrom: "2022-03-01" }]);
    const r = run(["evaluate", "-", "--policy", "jiaxing-2019", "--catalogue", late, "--lang", "en"], JSON.stringify({ trainees: [worker()], claims: [] }));
    expect(r.code).toBe(2);
    expect(r.err).toContain("every edition, jx-2022-03 (2022-03-01), takes effect on or after 2022-01-01");
  });
});

describe("findings", () => {
  // F1 (0f63f7a). What: under the national frameworks (and gbf2019 alone) a prefecture edition whose EX-CARE row is at
  //   初级工 and lists only specialAbilityCertificate parses again, and a registered unemployed worker's EX-CARE 专项能力证书
  //   (which never has a level) is denied not_in_catalogue — “EX-CARE 未列入 2022-08-01 施行的补贴目录清单 ex-r22，目录外培训不予
  //   补贴”, untrue: the catalogue lists EX-CARE. The built command line (`evaluate --policy national-frameworks --catalogue`)
  //   exits 0 with that refusal. 0f63f7a's reason for reading such a row — a route priced 「按初级工标准」 pays an unleveled
  //   certificate at the 初级工 row — holds only where a route exists: the national frameworks have none (the routes are
  //   Jiaxing's pre-job and safety training), so no certificate there can ever match the row. On c15c98a (f885960, before
  //   0f63f7a) this edition was refused at entries.0.level (level_not_allowed), exit 2.
  // Why: gbf2019 §(十二) 「符合条件的劳动者在户籍地、常住地、求职就业地参加培训后取得证书（职业资格证书、职业技能等级证书、专项职业能力证书、特种作业操作证书、培训合格证书等）的，按规定给予职业培训补贴」
  //   and gf2018 §(十二) 「制定政府补贴培训目录」: the prefecture's catalogue lists the occupation at a standard, and the
  //   certificate is of a kind the text pays; a refusal built on a row no certificate can match tells the worker her
  //   training is outside a catalogue that lists it.
  // Fix: refuse the row where the policy is known — withCatalogue (or catalogueSourceFor's caller) refuses a row at a level
  //   listing only unleveled kinds unless some trainingSubsidy.routes route of the policy pays that level (the schema keeps
  //   level_required only); the command line and POST /evaluate then exit 2 / answer 400 as c15c98a did, naming the row.
  // Money: 600.00 (EX-CARE 初级工, illustrative) per certificate the row was written for, refused as outside the catalogue
  //   instead of the edition being sent back. Confidence 60 %.
  it.fails("gbf2019 §(十二) 「专项职业能力证书」: under the national frameworks, where no route pays a 初级工 row for an unleveled certificate, a 初级工 row listing only the 专项能力证书 is refused when the edition is read, not left to refuse the certificate it lists as outside the catalogue (600.00)", () => {
    const CARE = { code: "EX-CARE", name: "养老护理员（示意）" };
    const catalogue = file("care.json", { id: "ex-r22", title: "示例（示意）", publishedBy: "示例（示意）", effectiveFrom: "2019-06-01", illustrative: true, entries: [{ occupation: CARE, level: "junior", standard: "600.00", certificateKinds: ["specialAbilityCertificate"] }] });
    const doc = {
      trainees: [{ id: "P1", birthDate: "1990-05-05", statuses: ["unemployed"], hukouRegion: "example.city" }],
      courses: [{ id: "K1", traineeId: "P1", kind: "employmentSkills", occupation: CARE, classHours: 80, startDate: "2022-07-01", endDate: "2022-07-20", attendedDays: 20, region: "example.city" }],
      certificates: [{ id: "C1", traineeId: "P1", kind: "specialAbilityCertificate", occupation: CARE, issuedOn: "2022-08-01", courseId: "K1" }],
      claims: [{ id: "A", measure: "trainingSubsidy", traineeId: "P1", claimant: TRAINEE, certificateId: "C1", submittedOn: "2022-08-05" }],
    };
    const r = run(["evaluate", "-", "--policy", "national-frameworks", "--catalogue", catalogue, "--format", "ndjson", "--lang", "en"], JSON.stringify(doc));
    const decision = r.out.split("\n").filter((l) => l.includes('"type":"decision"')).map((l) => JSON.parse(l) as { outcome: string; reasons: { code: string }[] })[0];
    // either the edition is sent back (exit 2, naming the row), or the certificate it lists is not refused as outside it
    expect(r.code === 2 ? "edition refused" : `${decision?.outcome}:${decision?.reasons.map((x) => x.code).join("+")}`).not.toBe("denied:not_in_catalogue"); // fails here: exit 0, denied:not_in_catalogue
  });

  // F2 (0f63f7a). What: under Jiaxing an edition with an EX-HIGH row at 中级工 listing only specialOperationsCertificate
  //   (900.00) parses; but Jiaxing's routes pay 「按初级工标准」 — they read the 初级工 row only (standardLevel junior) — and a
  //   特种作业操作证 has no level, so no certificate can ever match a 中级工 row of unleveled kinds: the insured employee's
  //   safety-course certificate is denied not_in_catalogue (“EX-HIGH 未列入 …”, though the edition lists EX-HIGH). 0f63f7a
  //   reads every leveled row of unleveled kinds for a reason that holds at 初级工 alone.
  // Why: jx2019 三(一)三 「对经培训取得特种作业操作证，在本市缴纳失业保险1年以上的企业职工按初级工标准给予个人或组织单位补贴」 and
  //   三(一)一 「按初级工标准给予组织单位补贴」: the routes price at 初级工; gf2018 §(十二) 「制定政府补贴培训目录」: a row the city
  //   wrote that nothing can read is a fault in the data, as the level-less row of leveled kinds is (level_required).
  // Fix: as F1 — the policy-aware check admits a leveled row of unleveled kinds only at a level some route of the policy
  //   pays (Jiaxing: 初级工); or, in catalogueChecks, keep level_not_allowed for every level but junior.
  // Money: none paid wrongly as shipped (no 初级工 row, nothing to pay at 初级工); the city's 900.00 row is accepted and
  //   every claim written for it refused as outside the catalogue instead of the edition being sent back. Confidence 50 %.
  it.fails("jx2019 三(一)三 「按初级工标准」: a Jiaxing edition whose row at 中级工 lists only the 特种作业操作证 is refused when read, since no route pays a 中级工 row for an unleveled certificate", () => {
    const HIGH = { code: "EX-HIGH", name: "高处作业（示意）" };
    const edition = parseSubsidyCatalogue({ ...(JSON.parse(JSON.stringify(jiaxingCatalogue)) as O), entries: [...(JSON.parse(JSON.stringify(jiaxingCatalogue.entries)) as O[]), { occupation: HIGH, level: "intermediate", standard: "900.00", certificateKinds: ["specialOperationsCertificate"] }] });
    let outcome = "edition refused";
    if (edition.ok) {
      try {
        const safety = { trainees: [worker()], enterprises: [E1], courses: [course("K1", { kind: "safety", occupation: HIGH, level: undefined })], certificates: [cert("C1", { kind: "specialOperationsCertificate", level: undefined, occupation: HIGH })], claims: [ts("A", "C1")] };
        outcome = line(one(withJiaxingCatalogue(edition.value), safety));
      } catch {
        outcome = "edition refused";
      }
    }
    expect(outcome).toBe("edition refused"); // fails here: denied:0.00:not_in_catalogue
  });

  // F3 (c66f4a8). What: withCatalogue's error when every edition given takes effect on or after the day the policy's
  //   catalogue ends now reads in Chinese “withCatalogue：目录版本 jx-2022-03 (2022-03-01), jx-2023 (2023-01-01) 均自目录止日
  //   2022-01-01 起施行” — “all take effect from the catalogue's end day, 2022-01-01” — untrue of every edition after that
  //   day (its own date is printed beside it), and it no longer says they belong to a later text, the reason they are not
  //   read. Before: “均在本政策的目录止日 2022-01-01 当日或之后施行，属于此后的文件”. The English still says “on or after”.
  //   `evaluate --catalogue` prints it (exit 2), zh first whatever --lang.
  // Why: jx2019's catalogue ends with the plan, 「本方案自印发之日起施行，适用范围为全市。三年行动计划期间原政策规定与本方案不一致的，按本方案执行」
  //   (jx2019.supersession): an edition of 2022-03-01 takes effect on 2022-03-01, after the end; the message must say so.
  // Fix: “均在目录止日 ${endsOn} 当日或之后施行” (four characters more than now, 12 bytes of the bundle's 48 spare).
  // Money: none (an explanation untrue in Chinese). Confidence 65 %.
  // mended 2026-12-05 (the lead): “均在目录止日 … 当日或之后施行”. Now it(...).
  it("the Chinese error for a catalogue series every edition of which is set aside says they take effect on or after the catalogue's end, not from it", () => {
    const series = file("series.json", [{ ...jiaxingCatalogue, id: "jx-2022-03", effectiveFrom: "2022-03-01" }, { ...jiaxingCatalogue, id: "jx-2023", effectiveFrom: "2023-01-01" }]);
    const r = run(["evaluate", "-", "--policy", "jiaxing-2019", "--catalogue", series, "--lang", "zh"], JSON.stringify({ trainees: [worker()], claims: [] }));
    expect(r.code).toBe(2);
    const zhPart = r.err.split(" / ")[0] ?? "";
    expect(zhPart).toMatch(/2022-01-01\s*(当日)?或之后/); // fails here: “… 均自目录止日 2022-01-01 起施行”
  });
});
