/**
 * The Jiaxing layer over the national one, with the ILLUSTRATIVE catalogue of
 * fixtures/jiaxing/catalogue-2020.json (codes EX-…, example standards, not law).
 * Every amount below is worked by hand beside its assertion.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Decision } from "../src/core/decision.js";
import { Ledger } from "../src/core/ledger.js";
import { evaluateClaim } from "../src/engine.js";
import { withJiaxingCatalogue } from "../src/jurisdictions/jiaxing/catalogue.js";
import { SubsidyCatalogue } from "../src/records/catalogue.js";
import { Claim, Grant } from "../src/records/claim.js";
import { Trainee } from "../src/records/trainee.js";
import { Certificate, Course, Enterprise } from "../src/records/training.js";
import { insuredMonthsByPlace } from "../src/provisions/skillUpgrade/insuredSkillUpgrade.js";
import { cite } from "../src/core/citation.js";
import { buildPolicy, defineLayer, replaceParameter } from "../src/core/layer.js";
import { outsideCatalogue } from "../src/provisions/trainingSubsidy/subsidyCatalogue.js";

const catalogue = SubsidyCatalogue.parse(JSON.parse(readFileSync("fixtures/jiaxing/catalogue-2020.json", "utf8")));
const policy = withJiaxingCatalogue(catalogue);
const HERE = "zhejiang.jiaxing.haining";

/** Test overrides: plain JSON-like values, checked by the record schemas. */
type O = Record<string, unknown>;
const trainee = (o: O = {}): Trainee => Trainee.parse({ id: "p1", birthDate: "1990-01-01", statuses: ["unemployed"], hukouRegion: HERE, ...o });
const certificate = (o: O = {}): Certificate => Certificate.parse({ id: "c1", traineeId: "p1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", issuedOn: "2020-06-01", ...o });
const course = (o: O = {}): Course => Course.parse({
  id: "k1", traineeId: "p1", kind: "employmentSkills", occupation: { code: "EX-ELEC", name: "电工（示意）" }, classHours: 80,
  startDate: "2020-05-01", endDate: "2020-05-20", attendedDays: 20, region: HERE, ...o,
});
const claim = (o: O = {}): Claim => Claim.parse({ id: "cl1", measure: "trainingSubsidy", traineeId: "p1", claimant: { kind: "trainee", id: "p1" }, certificateId: "c1", submittedOn: "2020-07-01", ...o });
const enterprise = (o: O = {}): Enterprise => Enterprise.parse({ id: "e1", name: "示例企业", unemploymentInsuranceRegion: HERE, ...o });

function decide(o: { trainee?: O; certificate?: O; course?: O | null; claim?: O; enterprise?: O | null; ledger?: O[] } = {}): Decision {
  return evaluateClaim(policy, {
    claim: claim(o.claim),
    trainee: trainee(o.trainee),
    certificate: certificate(o.certificate),
    ...(o.course === undefined || o.course === null ? {} : { course: course(o.course) }),
    ...(o.enterprise === undefined || o.enterprise === null ? {} : { enterprise: enterprise(o.enterprise) }),
    ledger: Ledger.from((o.ledger ?? []).map((g) => Grant.parse(g))),
  });
}
const codes = (d: Decision) => d.reasons.map((r) => r.code);
const cites = (d: Decision, code: string) => d.reasons.find((r) => r.code === code)?.citation.provision;
const employee = { statuses: ["enterpriseEmployee" as const], employerId: "e1" };
const firm = { claimant: { kind: "enterprise" as const, id: "e1" }, enterpriseId: "e1" };

describe("jx2019.catalogue: the Jiaxing layer fills the national catalogue slot with dated editions", () => {
  it("a skill-level certificate is paid the edition's standard, and the line cites jx2019.catalogue", () => {
    const d = decide();
    // 1000 yuan 初级工 standard of EX-ELEC (illustrative catalogue), jx2019.equal-standard
    expect([d.outcome, d.amount]).toEqual(["granted", "1000.00"]);
    expect(d.lines[0]?.citation.provision).toBe("jx2019.catalogue");
    expect(d.lines[0]?.layer).toBe("zhejiang.jiaxing.catalogue");
  });
  it("an occupation row rests on the occupation certificates (jx2019.equal-standard), and the reason says the row is an occupation row", () => {
    expect(decide().reasons.find((r) => r.code === "certificate_is_basis")).toMatchObject({ citation: { provision: "jx2019.equal-standard" }, facts: { rowKind: "occupation", kind: "skillLevelCertificate" } });
  });
  it("the fixture says plainly that it is illustrative", () => {
    expect(catalogue.illustrative).toBe(true);
    expect(catalogue.title).toContain("ILLUSTRATIVE");
  });
  it("a certificate issued on 2019-12-31, before the edition's 2020-01-01, finds no catalogue and is undecidable", () => {
    const d = decide({ certificate: { issuedOn: "2019-12-31" } });
    expect(d.outcome).toBe("undecidable");
    expect(d.missingFacts).toEqual(["parameter trainingSubsidy.catalogue"]);
  });
  it("a certificate issued on 2022-01-01 finds no Jiaxing catalogue in force (the action ended) and is undecidable", () => {
    expect(decide({ certificate: { issuedOn: "2022-01-01" } }).outcome).toBe("undecidable");
    // and on 2021-12-31 it is still decided: 1000 yuan (illustrative)
    expect(decide({ certificate: { issuedOn: "2021-12-31" } }).amount).toBe("1000.00");
  });
  it("a later edition takes over from its effective date", () => {
    const e2021 = SubsidyCatalogue.parse({ ...catalogue, id: "jx-ill-2021", effectiveFrom: "2021-01-01", entries: catalogue.entries.map((e) => (e.occupation.code === "EX-ELEC" && e.level === "junior" ? { ...e, standard: "1100.00" } : e)) });
    const p = withJiaxingCatalogue([catalogue, e2021]);
    const at = (issuedOn: string) => evaluateClaim(p, { claim: claim(), trainee: trainee(), certificate: certificate({ issuedOn }), ledger: Ledger.empty }).amount;
    // 1000 (2020 edition) on 2020-12-31, 1100 (2021 edition) from 2021-01-01 — both illustrative
    expect([at("2020-12-31"), at("2021-01-01")]).toEqual(["1000.00", "1100.00"]);
  });
});

describe("jx2019.equal-standard and jx2019.project-certificate: which certificates earn a row", () => {
  it("same occupation and level, same standard whoever the trainee (a veteran and an unemployed person both get 1000)", () => {
    // 1000 yuan 初级工 EX-ELEC (illustrative) for either trainee
    expect(decide({ trainee: { statuses: ["veteran"] } }).amount).toBe("1000.00");
    expect(decide({ trainee: { statuses: ["unemployed"] } }).amount).toBe("1000.00");
    expect(cites(decide(), "certificate_is_basis")).toBe("jx2019.equal-standard");
  });
  // 四(三)三 「由符合规定的购买主体通过政府购买服务形式开展培训」: the provider that delivered the course claims (reading project-training-open-list)
  const provider = { claim: { claimant: { kind: "organizer", id: "ORG-1" }, courseId: "k1" }, course: { occupation: { code: "EX-ECOM", name: "农村电商" }, organizerId: "ORG-1" } };
  it("a project row is paid on a training-completion certificate (500 yuan, illustrative) for a project-training group member, to the provider", () => {
    const d = decide({ trainee: { statuses: ["veteran"] }, certificate: { kind: "trainingCompletionCertificate", occupation: { code: "EX-ECOM", name: "农村电商" }, level: undefined }, ...provider });
    // 500 yuan EX-ECOM project standard (illustrative), jx2019.project-certificate
    expect([d.outcome, d.amount, d.payee]).toEqual(["granted", "500.00", { kind: "organizer", id: "ORG-1" }]);
    expect(cites(d, "certificate_is_basis")).toBe("jx2019.project-certificate");
    expect(cites(d, "in_project_training_group")).toBe("jx2019.project-training");
  });
  it("a project row is paid on a special-operations certificate, not on a special-ability certificate even though the row lists it", () => {
    const project = (kind: string) => decide({ trainee: { statuses: ["veteran"] }, certificate: { kind, occupation: { code: "EX-ECOM", name: "农村电商" }, level: undefined }, ...provider });
    // 500 yuan EX-ECOM project standard (illustrative)
    expect(project("specialOperationsCertificate").amount).toBe("500.00");
    const d = project("specialAbilityCertificate");
    expect([d.outcome, cites(d, "certificate_not_basis")]).toEqual(["denied", "jx2019.project-certificate"]);
  });
  it("「等相 关群体以及企业职工」 is open to the key groups of 四(三): an unemployed person is in; a person in none of them is denied for a project row", () => {
    const ecom = { certificate: { kind: "trainingCompletionCertificate", occupation: { code: "EX-ECOM", name: "农村电商" }, level: undefined }, ...provider };
    expect(decide({ trainee: { statuses: ["unemployed"] }, ...ecom }).outcome).toBe("granted");
    const d = decide({ trainee: { statuses: [] }, ...ecom });
    expect(d.outcome).toBe("denied");
    expect(codes(d)).toContain("not_in_project_training_group");
  });
  it("the trainee who claims for project training is refused: the provider is paid", () => {
    const d = decide({ trainee: { statuses: ["veteran"] }, certificate: { kind: "trainingCompletionCertificate", occupation: { code: "EX-ECOM", name: "农村电商" }, level: undefined } });
    expect([d.outcome, cites(d, "project_training_paid_to_provider")]).toEqual(["denied", "jx2019.project-training"]);
  });
});

describe("jx2019.residency (五(十一), reading jiaxing-ordinary-worker) and jx2019.over-retirement (reading pension-entitlement-test)", () => {
  it("a professional farmer is in, and the reason names the group of 二 for the record", () => {
    const d = decide({ trainee: { statuses: ["professionalFarmer"] } });
    expect(d.outcome).toBe("granted");
    expect(d.reasons.find((r) => r.code === "in_scope")).toMatchObject({ citation: { provision: "jx2019.residency" }, facts: { matched: ["professionalFarmer"] } });
  });
  it("a person in no group of 二 is in: 二 is an open list of targets, not a gate", () => {
    const d = decide({ trainee: { statuses: [] } });
    expect([d.outcome, d.amount, cites(d, "in_scope")]).toEqual(["granted", "1000.00", "jx2019.residency"]);
  });
  it("「不具有按月领取养老金资格」: entitlement excludes at any age; no entitlement includes at any age; from 45 an unrecorded entitlement is asked for", () => {
    const at = (birthDate: string, over: O = {}) => decide({ trainee: { birthDate, statuses: [], ...over } });
    // certificate issued 2020-06-01
    const without = at("1959-05-31", { receivesMonthlyPension: false, monthlyPensionEntitled: false }); // 61
    expect([without.outcome, without.amount, cites(without, "no_monthly_pension_entitlement")]).toEqual(["granted", "1000.00", "jx2019.over-retirement"]);
    const pension = at("1959-05-31", { receivesMonthlyPension: true });
    expect([pension.outcome, codes(pension)]).toEqual(["denied", ["monthly_pension_entitled"]]);
    // aged exactly 60, drawing a pension: entitled, so outside (the old reading counted from 60 and paid)
    expect(at("1960-06-01", { receivesMonthlyPension: true }).outcome).toBe("denied");
    // not drawing a pension does not show there is no entitlement
    expect(at("1959-05-31", { receivesMonthlyPension: false }).missingFacts).toEqual(["trainee.monthlyPensionEntitled"]);
    expect(at("1959-05-31").missingFacts).toEqual(["trainee.monthlyPensionEntitled"]);
    // 30: not asked
    expect(cites(at("1990-01-01"), "within_retirement_age")).toBe("jx2019.over-retirement");
  });
});

describe("jx2019.annual-cap: 3 a year, the same occupation or project at the same level never twice", () => {
  const g = (id: string, o: O = {}): O => ({ id, claimId: id, traineeId: "p1", measure: "trainingSubsidy", provision: "jx2019.catalogue", payee: { kind: "trainee", id: "p1" }, amount: "500.00", basisDate: "2020-02-01", occupationCode: `EX-OTHER-${id}`, level: "junior", ...o });
  it("a third training subsidy in 2020 is paid, a fourth is not", () => {
    // 1000 yuan (illustrative) for the third
    expect(decide({ ledger: [g("a"), g("b")] }).amount).toBe("1000.00");
    const fourth = decide({ ledger: [g("a"), g("b"), g("c")] });
    expect(fourth.outcome).toBe("denied");
    expect(cites(fourth, "annual_cap_reached")).toBe("jx2019.annual-cap");
  });
  it("three in 2019 do not count against 2020", () => {
    expect(decide({ ledger: [g("a", { basisDate: "2019-12-31" }), g("b", { basisDate: "2019-12-30" }), g("c", { basisDate: "2019-12-29" })] }).outcome).toBe("granted");
  });
  it("the same project twice (unleveled) is denied, in another year too", () => {
    const project = { trainee: { statuses: ["veteran" as const] }, certificate: { kind: "trainingCompletionCertificate" as const, occupation: { code: "EX-ECOM", name: "农村电商" }, level: undefined } };
    const d = decide({ ...project, ledger: [g("a", { occupationCode: "EX-ECOM", level: undefined, basisDate: "2019-12-20" })] });
    expect(d.outcome).toBe("denied");
    expect(cites(d, "occupation_level_already_subsidised")).toBe("jx2019.annual-cap");
  });
  it("the same occupation at another level is not a repeat", () => {
    expect(decide({ ledger: [g("a", { occupationCode: "EX-ELEC", level: "intermediate" })] }).outcome).toBe("granted");
  });
});

describe("jx2019.ui-locality: an enterprise claims where it pays unemployment insurance", () => {
  it("an enterprise insured in Haining (Jiaxing) is paid for its employee's certificate", () => {
    const d = decide({ trainee: employee, claim: firm, enterprise: {} });
    // 1000 yuan 初级工 EX-ELEC (illustrative) to the enterprise
    expect([d.outcome, d.amount, d.payee]).toEqual(["granted", "1000.00", { kind: "enterprise", id: "e1" }]);
    expect(cites(d, "enterprise_ui_local")).toBe("jx2019.ui-locality");
  });
  it("an enterprise insured in Hangzhou is denied in Jiaxing", () => {
    const d = decide({ trainee: employee, claim: firm, enterprise: { unemploymentInsuranceRegion: "zhejiang.hangzhou" } });
    expect([d.outcome, codes(d)]).toEqual(["denied", expect.arrayContaining(["enterprise_ui_elsewhere"])]);
  });
  it("without the enterprise record, or its insurance region, the claim is undecidable", () => {
    expect(decide({ trainee: employee, claim: firm }).missingFacts).toEqual(["claim.enterpriseId"]);
    expect(decide({ trainee: employee, claim: firm, enterprise: { unemploymentInsuranceRegion: undefined } }).missingFacts).toEqual(["enterprise.unemploymentInsuranceRegion"]);
  });
  it("a trainee's own claim is not judged by the enterprise's insurance region", () => {
    expect(codes(decide())).not.toContain("enterprise_ui_local");
  });
});

describe("jx2019.pre-job-training: new hires, ≥ 40 class hours, within 12 months of hire, paid to the organiser at the 初级工 standard", () => {
  const preJob = (o: O = {}, c: O = {}, cl: O = firm) =>
    decide({
      trainee: employee,
      claim: { ...cl, courseId: "k1" },
      enterprise: {},
      // the course names the unit that organised it: the firm claiming (reading organiser-of-record)
      course: { kind: "preJob", occupation: { code: "EX-SEW", name: "缝纫工（示意）" }, hireDate: "2020-03-15", startDate: "2020-04-01", endDate: "2020-04-10", attendedDays: 10, classHours: 40, organizerId: "e1", ...o },
      certificate: { kind: "specialAbilityCertificate", occupation: { code: "EX-SEW", name: "缝纫工（示意）" }, level: undefined, issuedOn: "2020-04-20", courseId: "k1", ...c },
    });
  it("40 class hours are enough, 39 are not", () => {
    const forty = preJob();
    // 800 yuan: the 初级工 row of EX-SEW (illustrative), not the 500 special-ability row, jx2019.pre-job-training
    expect([forty.outcome, forty.amount, forty.payee]).toEqual(["granted", "800.00", { kind: "enterprise", id: "e1" }]);
    expect(cites(forty, "class_hours_met")).toBe("jx2019.pre-job-training");
    const thirtyNine = preJob({ classHours: 39 });
    expect([thirtyNine.outcome, codes(thirtyNine)]).toEqual(["denied", expect.arrayContaining(["too_few_class_hours"])]);
    expect(preJob({ classHours: 41 }).amount).toBe("800.00");
  });
  it("training ending on the same calendar day 12 months after hire (day 365 of a common year) is within; the next day is not", () => {
    // hired 2020-03-15: the latest end is 2021-03-15 (365 days later, no 29 Feb in between)
    const c = (endDate: string) => ({ startDate: "2021-03-01", endDate, attendedDays: 5 });
    const cert = { issuedOn: "2021-03-20" };
    expect(preJob(c("2021-03-14"), cert).amount).toBe("800.00");
    expect(preJob(c("2021-03-15"), cert).amount).toBe("800.00");
    const late = preJob(c("2021-03-16"), cert);
    expect([late.outcome, codes(late)]).toEqual(["denied", expect.arrayContaining(["not_within_months_of_hire"])]);
  });
  it("over a 29 February the same calendar day is day 366: hired 2019-03-15, ending 2020-03-15 is within, 2020-03-16 is not", () => {
    const cert = { issuedOn: "2020-03-20" };
    expect(preJob({ hireDate: "2019-03-15", startDate: "2020-03-01", endDate: "2020-03-15", attendedDays: 5 }, cert).outcome).toBe("granted");
    expect(preJob({ hireDate: "2019-03-15", startDate: "2020-03-01", endDate: "2020-03-16", attendedDays: 5 }, cert).outcome).toBe("denied");
  });
  it("training that starts before the hire date is not pre-job training of a new hire", () => {
    expect(codes(preJob({ startDate: "2020-03-14", endDate: "2020-03-20", attendedDays: 5 }))).toContain("not_within_months_of_hire");
    expect(preJob({ startDate: "2020-03-15", endDate: "2020-03-20", attendedDays: 5 }).outcome).toBe("granted");
  });
  it("without a hire date the claim is undecidable, naming course.hireDate", () => {
    const d = preJob({ hireDate: undefined });
    expect([d.outcome, d.missingFacts]).toEqual(["undecidable", ["course.hireDate"]]);
  });
  it("a training-completion certificate earns it too; a skill-level certificate the course led to is not the route's basis and is paid at its own row", () => {
    expect(preJob({}, { kind: "trainingCompletionCertificate" }).amount).toBe("800.00");
    const skill = preJob({}, { kind: "skillLevelCertificate", level: "junior" });
    // 「培训后取得专项职业能力证书（或培训合格证书）」 is the route's; a 初级工 skill-level certificate is judged as any
    // certificate (late review, 2026-12-04): EX-SEW 初级工 row, 800.00, to the claiming enterprise for its employee
    expect([skill.outcome, skill.amount]).toEqual(["granted", "800.00"]);
    expect(skill.reasons.map((r) => r.code)).not.toContain("certificate_not_basis");
  });
  it("is paid to the organising unit: the trainee's own claim is denied", () => {
    const d = preJob({}, {}, { claimant: { kind: "trainee", id: "p1" } });
    expect([d.outcome, codes(d)]).toEqual(["denied", expect.arrayContaining(["payee_not_organiser"])]);
    // an outside training organiser that organised it may claim: 800 yuan (illustrative 初级工 row)
    expect(preJob({ organizerId: "school-1" }, {}, { claimant: { kind: "organizer", id: "school-1" } }).amount).toBe("800.00");
  });
});

describe("jx2019.safety-training: a special-operations certificate and ≥ 12 months of unemployment insurance in Jiaxing", () => {
  const safety = (months: Record<string, number> | undefined, cl: O = {}) =>
    decide({
      trainee: { statuses: ["enterpriseEmployee"], ...(months === undefined ? {} : { unemploymentInsuranceMonths: months }) },
      claim: { ...cl, courseId: "k1" },
      course: { kind: "safety", occupation: { code: "EX-WELD", name: "焊工（示意）" }, organizerId: "school-1" },
      certificate: { kind: "specialOperationsCertificate", occupation: { code: "EX-WELD", name: "焊工（示意）" }, level: undefined },
    });
  it("12 months are enough, 11 are not, 13 are", () => {
    // 1200 yuan: the 初级工 row of EX-WELD (illustrative), not the 300 special-operations row, jx2019.safety-training
    const twelve = safety({ [HERE]: 12 });
    expect([twelve.outcome, twelve.amount, twelve.payee]).toEqual(["granted", "1200.00", { kind: "trainee", id: "p1" }]);
    expect(cites(twelve, "insured_months_met")).toBe("jx2019.safety-training");
    const eleven = safety({ [HERE]: 11 });
    expect([eleven.outcome, codes(eleven)]).toEqual(["denied", expect.arrayContaining(["too_few_insured_months"])]);
    expect(safety({ [HERE]: 13 }).amount).toBe("1200.00");
  });
  it("months in Jiaxing's counties add up; months elsewhere do not count", () => {
    // 7 in Haining + 5 under the city = 12 within it; Hangzhou's 30 are elsewhere
    expect(insuredMonthsByPlace({ "zhejiang.jiaxing.haining": 7, "zhejiang.jiaxing": 5, "zhejiang.hangzhou": 30 }, "zhejiang.jiaxing").within).toBe(12);
    // 7 in Haining + 5 in Jiashan = 12 → 1200 yuan (illustrative)
    expect(safety({ "zhejiang.jiaxing.haining": 7, "zhejiang.jiaxing.jiashan": 5 }).amount).toBe("1200.00");
    expect(safety({ "zhejiang.jiaxing.haining": 6, "zhejiang.hangzhou": 30 }).outcome).toBe("denied");
  });
  it("without insured months the claim is undecidable", () => {
    expect(safety(undefined).missingFacts).toEqual(["trainee.unemploymentInsuranceMonths"]);
  });
  it("the paid row is named in the reason: the occupation's 初级工 row, by the safety route", () => {
    expect(safety({ [HERE]: 12 }).reasons.find((r) => r.code === "catalogue_entry")).toMatchObject({
      citation: { provision: "jx2019.catalogue" },
      facts: { catalogue: catalogue.id, occupation: "EX-WELD", level: "junior", standard: "1200.00", illustrative: true, route: "safety" },
    });
  });
  it("an occupation whose catalogue has no 初级工 row cannot be paid by the route: denied, naming the row looked for", () => {
    const noJunior = SubsidyCatalogue.parse({ ...catalogue, entries: catalogue.entries.filter((e) => !(e.occupation.code === "EX-WELD" && e.level === "junior")) });
    const d = evaluateClaim(withJiaxingCatalogue(noJunior), {
      claim: claim({ courseId: "k1" }),
      trainee: trainee({ statuses: ["enterpriseEmployee"], unemploymentInsuranceMonths: { [HERE]: 12 } }),
      certificate: certificate({ kind: "specialOperationsCertificate", occupation: { code: "EX-WELD", name: "焊工（示意）" }, level: undefined }),
      course: course({ kind: "safety", occupation: { code: "EX-WELD", name: "焊工（示意）" } }),
      ledger: Ledger.empty,
    });
    expect([d.outcome, d.amount]).toEqual(["denied", "0.00"]);
    expect(d.reasons).toMatchObject([{ code: "not_in_catalogue", citation: { provision: "jx2019.catalogue" }, facts: { catalogue: catalogue.id, occupation: "EX-WELD", level: "junior", date: "2020-06-01" } }]);
  });
  it("where a county reads a missing row as a gap, the route without its 初级工 row is undecidable, naming the row", () => {
    const noJunior = SubsidyCatalogue.parse({ ...catalogue, entries: catalogue.entries.filter((e) => !(e.occupation.code === "EX-WELD" && e.level === "junior")) });
    const county = defineLayer({
      id: "zhejiang.jiaxing.haining.example",
      level: "county",
      region: HERE,
      label: { zh: "示例县", en: "example county" },
      documents: ["jx2019"],
      scope: cite("jx2019.catalogue", "五(十)一"),
      parameterOverrides: [replaceParameter(outsideCatalogue, { label: { zh: "目录缺项待补", en: "missing rows are gaps" }, citation: cite("jx2019.catalogue", "五(十)一"), values: [{ from: "2019-12-13", value: "undecidable" }], lastVerifiedOn: "2026-11-25" })],
    });
    const gaps = buildPolicy({ id: "gaps", label: { zh: "g", en: "g" }, layers: [...withJiaxingCatalogue(noJunior).layers, county] });
    const d = evaluateClaim(gaps, {
      claim: claim({ courseId: "k1" }),
      trainee: trainee({ statuses: ["enterpriseEmployee"], unemploymentInsuranceMonths: { [HERE]: 12 } }),
      certificate: certificate({ kind: "specialOperationsCertificate", occupation: { code: "EX-WELD", name: "焊工（示意）" }, level: undefined }),
      course: course({ kind: "safety", occupation: { code: "EX-WELD", name: "焊工（示意）" } }),
      ledger: Ledger.empty,
    });
    expect(d.outcome).toBe("undecidable");
    expect(d.missingFacts).toEqual([`catalogue ${catalogue.id}: EX-WELD@junior`]);
  });
  it("the organising unit may claim instead of the person", () => {
    // 1200 yuan (illustrative 初级工 row) to the organiser
    expect(safety({ [HERE]: 12 }, { claimant: { kind: "organizer", id: "school-1" } }).payee).toEqual({ kind: "organizer", id: "school-1" });
  });
});

describe("jx2019.trade-friction-uplift: +30 % for certificates issued up to 2021-12-31", () => {
  const affected = { statuses: ["enterpriseEmployee" as const, "tradeFrictionAffected" as const] };
  it("1000 yuan becomes 1300.00 on 2021-12-31 and stays 1000.00 for an employee not affected", () => {
    // 1000 yuan 初级工 standard (illustrative catalogue) × 1.3, jx2019.trade-friction-uplift
    const d = decide({ trainee: affected, certificate: { issuedOn: "2021-12-31" } });
    expect(d.amount).toBe("1300.00");
    expect(cites(d, "trade_friction_uplift")).toBe("jx2019.trade-friction-uplift");
    expect(decide({ trainee: employee, certificate: { issuedOn: "2021-12-31" } }).amount).toBe("1000.00");
  });
  it("on 2022-01-01 there is no uplift (and no Jiaxing catalogue either: undecidable)", () => {
    const d = decide({ trainee: affected, certificate: { issuedOn: "2022-01-01" } });
    expect(d.outcome).toBe("undecidable");
    expect(codes(d)).not.toContain("trade_friction_uplift");
  });
  it("the uplift applies to the 初级工 standard paid for safety training too: 1200 × 1.3 = 1560.00", () => {
    const d = decide({
      trainee: { ...affected, unemploymentInsuranceMonths: { [HERE]: 12 } },
      claim: { courseId: "k1" },
      course: { kind: "safety", occupation: { code: "EX-WELD", name: "焊工（示意）" } },
      certificate: { kind: "specialOperationsCertificate", occupation: { code: "EX-WELD", name: "焊工（示意）" }, level: undefined, issuedOn: "2021-06-01" },
    });
    // 1200 yuan EX-WELD 初级工 (illustrative) × 1.3 = 1560.00
    expect(d.amount).toBe("1560.00");
  });
  it("exact decimals: 1500 × 1.3 = 1950.00 for an intermediate certificate", () => {
    // 1500 yuan EX-ELEC 中级工 (illustrative) × 1.3
    expect(decide({ trainee: affected, certificate: { level: "intermediate" } }).amount).toBe("1950.00");
  });
});

describe("jx2019.ledger: each payment traces back to its claim, person, provision and payee", () => {
  it("a batch adds one grant per paid claim, keyed by the person, with the provision it was paid under", async () => {
    const { evaluateBatch } = await import("../src/engine.js");
    const { ledgerCitation } = await import("../src/core/ledger.js");
    const t = trainee();
    const c1 = certificate();
    const c2 = certificate({ id: "c2", level: "intermediate", issuedOn: "2020-08-01" });
    const r = evaluateBatch(policy, {
      claims: [claim(), claim({ id: "cl2", certificateId: "c2" })],
      trainees: new Map([[t.id, t]]), courses: new Map(), certificates: new Map([[c1.id, c1], [c2.id, c2]]), enterprises: new Map(), apprenticeships: new Map(), ledger: [],
    });
    // 1000 (初级工) + 1500 (中级工), EX-ELEC, illustrative catalogue
    expect(r.grants.map((g) => [g.claimId, g.traineeId, g.provision, g.amount, g.certificateId])).toEqual([
      ["cl1", "p1", "jx2019.catalogue", "1000.00", "c1"],
      ["cl2", "p1", "jx2019.catalogue", "1500.00", "c2"],
    ]);
    expect(r.ledger.grantsOf("p1").map((g) => g.id)).toEqual(["cl1", "cl2"]);
    expect(ledgerCitation(policy)?.provision).toBe("jx2019.ledger");
  });
});

describe("jx2019.competition and jx2019.master-studio", () => {
  it("a certificate awarded for a competition is paid as if earned individually: 1000 yuan (illustrative)", () => {
    const d = decide({ certificate: { viaCompetition: true } });
    // 1000 yuan 初级工 EX-ELEC (illustrative), the same as an individually earned certificate
    expect([d.outcome, d.amount, cites(d, "competition_certificate")]).toEqual(["granted", "1000.00", "jx2019.competition"]);
    // and it counts in the claim history like any other: the same occupation and level again is a repeat
    const again = decide({ certificate: { viaCompetition: true }, ledger: [{ id: "g", claimId: "g", traineeId: "p1", measure: "trainingSubsidy", provision: "jx2019.catalogue", payee: { kind: "trainee", id: "p1" }, amount: "1000.00", basisDate: "2020-02-01", occupationCode: "EX-ELEC", level: "junior" }] });
    expect(again.outcome).toBe("denied");
  });
  it("a trainee of a filed master studio, in no other group, comes under the training subsidy: 1000 yuan (illustrative) — as every local worker does (reading jiaxing-ordinary-worker)", () => {
    const d = decide({ trainee: { statuses: ["masterStudioTrainee"] } });
    expect([d.outcome, d.amount]).toEqual(["granted", "1000.00"]);
  });
});

describe("the trace shows the result of rules that add several checks", () => {
  it("the certificate-basis step is true for a skill-level certificate and false for a special-ability certificate on a project row", () => {
    const step = (d: Decision, rule: string) => d.trace.find((s) => s.rule === rule)?.result;
    expect(step(decide(), "trainingSubsidy.certificateBasis")).toBe(true);
    const project = decide({ trainee: { statuses: ["veteran"] }, certificate: { kind: "specialAbilityCertificate", occupation: { code: "EX-ECOM", name: "农村电商" }, level: undefined } });
    expect(step(project, "trainingSubsidy.certificateBasis")).toBe(false);
  });
});
