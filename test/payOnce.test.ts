/**
 * One basis is paid once (issue 14 item 6, reading: pay-once-basis). Each measure pays for
 * a basis — a course's attended days, an apprenticeship's months, a certificate, a
 * training package — and a basis once paid is not paid again under a new claim id: not
 * in the same batch, not in a later run against the ledger the first run produced.
 *
 * The ordinary claimant first: a rural 两后生 who attended a seven-day course in Jiaxing
 * (jx2019 四(三)四 「在培训期间通过就业补助资金按每人每天50元标准给予生活费补贴」).
 */
import { describe, expect, it } from "vitest";
import type { Decision } from "../src/index.js";
import { evaluateBatch, jiaxingPolicy, nationalFrameworksPolicy, parseClaimsDocument, withJiaxingCatalogue } from "../src/index.js";
import { withIllustrativeLocal } from "./support/ordinary.js";
import { jiaxingCatalogue, parsed as parse } from "./support/world.js";
import { rawCourse } from "./builders.js";
import { apprentice, E1, period } from "./support/apprenticeship.js";
import { outcome } from "./support/outcome.js";

const policy = jiaxingPolicy();

type O = Record<string, unknown>;

const byId = (ds: readonly Decision[]) => Object.fromEntries(ds.map((d) => [d.claimId, d]));

const P1 = { id: "P1", birthDate: "2002-05-01", statuses: ["nonContinuingGraduate", "rural"], hukouRegion: "zhejiang.jiaxing.nanhu" };
const course = rawCourse;
const living = (id: string, courseId = "C1", o: O = {}): O => ({ id, measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, courseId, submittedOn: "2020-03-20", ...o });

describe("jx2019 四(三)四 「按每人每天50元标准给予生活费补贴」: a course's days are paid once", () => {
  it("the ordinary claim: 7 attended days pay 350.00 once", () => {
    const r = evaluateBatch(policy, parse({ trainees: [P1], courses: [course()], claims: [living("L1")] }));
    // 50 yuan/day × 7 days
    expect(outcome(r.decisions[0])).toBe("granted:350.00:course_in_jurisdiction+in_living_allowance_group+living_allowance_days");
  });
  it("the same course under a new claim id in the same batch is denied: the days were paid", () => {
    const r = byId(evaluateBatch(policy, parse({ trainees: [P1], courses: [course()], claims: [living("L1"), living("L2")] })).decisions);
    // L1: 50 × 7 = 350.00; L2: the same seven days, already paid on L1
    expect(outcome(r["L1"])).toBe("granted:350.00:course_in_jurisdiction+in_living_allowance_group+living_allowance_days");
    expect(outcome(r["L2"])).toBe("denied:0.00:basis_already_paid");
    expect(r["L2"]?.reasons[0]?.facts).toMatchObject({ earlierClaims: ["L1"] });
    expect(r["L2"]?.reasons[0]?.citation.provision).toBe("jx2019.living-allowance");
  });
  it("the same course under a new claim id in a later run, the first grant in the prior ledger, is denied", () => {
    const first = evaluateBatch(policy, parse({ trainees: [P1], courses: [course()], claims: [living("L1")] }));
    const again = evaluateBatch(policy, parse({ trainees: [P1], courses: [course()], claims: [living("L9")], ledger: first.ledger.grants() }));
    expect(outcome(again.decisions[0])).toBe("denied:0.00:basis_already_paid");
    expect(again.grants).toEqual([]);
  });
  it("a second course record listing the same attended dates is denied; one on other dates is paid", () => {
    const dates = ["2020-03-02", "2020-03-03", "2020-03-04"];
    const doc = {
      trainees: [P1],
      courses: [
        course({ id: "C1", endDate: "2020-03-04", attendedDays: 3, attendedDates: dates }),
        course({ id: "C2", endDate: "2020-03-04", attendedDays: 1, attendedDates: ["2020-03-04"] }),
        course({ id: "C3", startDate: "2020-04-01", endDate: "2020-04-02", attendedDays: 2, attendedDates: ["2020-04-01", "2020-04-02"] }),
      ],
      claims: [living("L1", "C1"), living("L2", "C2", { submittedOn: "2020-04-20" }), living("L3", "C3", { submittedOn: "2020-04-20" })],
    };
    const r = byId(evaluateBatch(policy, parse(doc)).decisions);
    // C1: 50 × 3 = 150.00; C2: 2020-03-04 was paid on L1; C3: 50 × 2 = 100.00, other days
    expect(outcome(r["L1"])).toContain("granted:150.00");
    expect(outcome(r["L2"])).toBe("denied:0.00:basis_already_paid");
    expect(r["L2"]?.reasons[0]?.facts).toMatchObject({ basis: ["day 2020-03-04"] });
    expect(outcome(r["L3"])).toContain("granted:100.00");
  });
  it("the same claim id twice is still one decision (duplicate handling unchanged)", () => {
    const r = evaluateBatch(policy, parse({ trainees: [P1], courses: [course()], claims: [living("L1"), living("L1")] }));
    expect(r.decisions.map(outcome)).toEqual(["granted:350.00:course_in_jurisdiction+in_living_allowance_group+living_allowance_days"]);
  });
});

// Reading claim-id-reused (cold review 75 F3): a claim id names one claim. Refiled, the claim is a duplicate of the grant
// paid on it; a grant under its id that records another claim — another trainee or measure, another course, certificate,
// apprenticeship or package — makes it a conflict of ids, flagged as two contents of one id in one document are.
describe("reading claim-id-reused: a claim id a prior grant was paid on names that claim", () => {
  const first = () => evaluateBatch(policy, parse({ trainees: [P1], courses: [course()], claims: [living("L1")] }));
  it("the same claim refiled next month is a duplicate: paid once, 350.00 (50 × 7 days), then denied duplicate_claim", () => {
    const once = first();
    expect(outcome(once.decisions[0])).toMatch(/^granted:350\.00:/); // 50 yuan/day × 7 days
    const again = evaluateBatch(policy, parse({ trainees: [P1], courses: [course()], claims: [living("L1")], ledger: once.ledger.grants() }));
    expect(outcome(again.decisions[0])).toBe("denied:0.00:duplicate_claim");
  });
  it("next month's claim numbered L1 again, on another course C2, is a conflict of ids, not “already paid” — neither paid nor silently refused as a duplicate", () => {
    const once = first();
    const c2 = course({ id: "C2", startDate: "2020-04-01", endDate: "2020-04-07" });
    const again = evaluateBatch(policy, parse({ trainees: [P1], courses: [course(), c2], claims: [living("L1", "C2", { submittedOn: "2020-04-20" })], ledger: once.ledger.grants() }));
    // at stake: 50 × 7 = 350.00 for C2's days, never paid; the id names C1's grant, so the claim is flagged, not paid
    expect(outcome(again.decisions[0])).toBe("denied:0.00:claim_conflict");
    expect(again.grants).toEqual([]);
    // under a new id, C2's days are paid: 50 yuan/day × 7 days = 350.00
    const renumbered = evaluateBatch(policy, parse({ trainees: [P1], courses: [course(), c2], claims: [living("L2", "C2", { submittedOn: "2020-04-20" })], ledger: once.ledger.grants() }));
    expect(outcome(renumbered.decisions[0])).toMatch(/^granted:350\.00:/);
  });
  it("a grant under the id for another trainee or another measure is a conflict; one naming no course (another system's) contradicts nothing and the claim is a duplicate", () => {
    const [grant] = first().ledger.grants();
    const P2 = { ...P1, id: "P2" };
    const decide = (g: O) => outcome(evaluateBatch(policy, parse({ trainees: [P1, P2], courses: [course()], claims: [living("L1")], ledger: [g] })).decisions[0]);
    expect(decide({ ...grant, traineeId: "P2", payee: { kind: "trainee", id: "P2" } })).toBe("denied:0.00:claim_conflict");
    expect(decide({ ...grant, measure: "trainingSubsidy", provision: "jx2019.catalogue" })).toBe("denied:0.00:claim_conflict");
    const { courseId: _named, ...unnamed } = grant as O;
    expect(decide(unnamed)).toBe("denied:0.00:duplicate_claim");
  });
});

const apClaim = (id: string, apprenticeshipId: string, submittedOn = "2022-06-01"): O => ({
  id,
  measure: "apprenticeshipSubsidy",
  traineeId: "P1",
  claimant: { kind: "enterprise", id: "E1" },
  apprenticeshipId,
  enterpriseId: "E1",
  submittedOn,
});

describe("reading claim-id-reused: many claims judged again in one batch", () => {
  it("600 以工代训 claims refiled under their ids, each asking April beside the January–March its grant paid, are each paid April once, under an id of its own (W<i>:2)", () => {
    // gbf2019 §(十一) 「给予一定期限的职业培训补贴，最长不超过6个月」: three months paid, the fourth is within the six. The monthly
    // standard is the test's ILLUSTRATIVE 500.00 (withIllustrativeLocal), so April pays 1 × 500.00 = 500.00 a claim.
    const n = 600;
    const E1 = { id: "E1", name: "示例一厂", region: "example.city", unemploymentInsuranceRegion: "example.city" };
    const trainees: O[] = [];
    const ledger: O[] = [];
    const claims: O[] = [];
    for (let i = 0; i < n; i++) {
      trainees.push({ id: `P${i}`, birthDate: "1990-05-05", statuses: ["povertyRegistered"], hukouRegion: "example.city", employerId: "E1" });
      ledger.push({ id: `W${i}`, claimId: `W${i}`, traineeId: `P${i}`, measure: "workForTrainingSubsidy", provision: "gbf2019.work-for-training", payee: { kind: "enterprise", id: "E1" }, amount: "1500.00", basisDate: "2021-01-01", months: ["2021-01", "2021-02", "2021-03"] });
      claims.push({ id: `W${i}`, measure: "workForTrainingSubsidy", traineeId: `P${i}`, claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", months: ["2021-01", "2021-02", "2021-03", "2021-04"], submittedOn: "2021-05-10" });
    }
    // one claim of the batch is numbered as W0's second grant would be: W0's takes W0:3
    claims.push({ id: "W0:2", measure: "workForTrainingSubsidy", traineeId: "P0", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", months: ["2021-05"], submittedOn: "2021-06-10" });
    const r = evaluateBatch(withIllustrativeLocal(nationalFrameworksPolicy()), parse({ enterprises: [E1], trainees, ledger, claims }), { trace: false });
    const refiled = r.grants.filter((g) => g.claimId !== "W0:2");
    expect(refiled).toHaveLength(n);
    expect(refiled.every((g) => g.amount === "500.00" && g.months?.join() === "2021-04")).toBe(true);
    expect(new Set(r.grants.map((g) => g.id)).size).toBe(n + 1); // every grant an id of its own
    expect(refiled.map((g) => g.id).filter((id) => id !== `${refiled.find((g) => g.id === id)?.claimId}:2`)).toEqual(["W0:3"]);
  });
  it("a claim id of 64 characters (the most an id may have) judged again gives its grant an id of 64 too, so the next run reads the ledger whole and pays May; it held every claim of the person before", () => {
    // Found 2026-12-07: `<64 characters>:2` is 66 characters, a grant no ledger reads (ids are at most 64), so run 2 set it aside
    // and held P1's new claim for it (missing_record): 500.00 held. gbf2019 §(十一) 「最长不超过6个月」: January–March paid,
    // April then May are the fourth and fifth months; each pays the ILLUSTRATIVE standard, 1 × 500.00 = 500.00.
    const id = "W".repeat(64);
    const E1 = { id: "E1", name: "示例一厂", region: "example.city", unemploymentInsuranceRegion: "example.city" };
    const P = { id: "P1", birthDate: "1990-05-05", statuses: ["povertyRegistered"], hukouRegion: "example.city", employerId: "E1" };
    const wft = (claimId: string, months: string[], submittedOn: string): O => ({ id: claimId, measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", months, submittedOn });
    const ledger: O[] = [{ id, claimId: id, traineeId: "P1", measure: "workForTrainingSubsidy", provision: "gbf2019.work-for-training", payee: { kind: "enterprise", id: "E1" }, amount: "1500.00", basisDate: "2021-01-01", months: ["2021-01", "2021-02", "2021-03"] }];
    const policy = withIllustrativeLocal(nationalFrameworksPolicy());
    const r1 = evaluateBatch(policy, parse({ enterprises: [E1], trainees: [P], ledger, claims: [wft(id, ["2021-01", "2021-02", "2021-03", "2021-04"], "2021-05-10")] }));
    // the claim id cut to 53 characters, `.` and eight hex digits of a hash of the whole id, then `:2`: 64 characters
    expect(r1.grants.map((g) => [/^W{53}\.[0-9a-f]{8}:2$/.test(g.id), g.claimId, g.amount])).toEqual([[true, id, "500.00"]]); // April: 500.00
    const next = parseClaimsDocument(JSON.parse(JSON.stringify({ enterprises: [E1], trainees: [P], ledger: [...ledger, ...r1.grants], claims: [wft("NEW", ["2021-05"], "2021-06-10")] })));
    expect(next.ok && next.value.invalid).toEqual([]);
    if (!next.ok) return;
    expect(outcome(evaluateBatch(policy, next.value.document).decisions[0])).toMatch(/^granted:500\.00:/); // May: 500.00
  });
});

describe("jx2019 三(一)二 「职工学徒按每人每年4000元至10000元的标准给予企业补贴，补助原则上不超过2年」: months paid once, two years counted in months", () => {
  it("one apprenticeship period claimed again under a new claim id is denied, in the batch and against the ledger", () => {
    const doc = { trainees: [apprentice], enterprises: [E1], apprenticeships: [period("A1", "2020-01-01", "2020-06-30")], claims: [apClaim("X1", "A1", "2020-07-10"), apClaim("X2", "A1", "2020-07-11")] };
    const first = evaluateBatch(policy, parse(doc));
    const r = byId(first.decisions);
    // 6000 × 6 ÷ 12 = 3000.00
    expect(outcome(r["X1"])).toContain("granted:3000.00");
    expect(outcome(r["X2"])).toBe("denied:0.00:basis_already_paid");
    const again = evaluateBatch(policy, parse({ ...doc, claims: [apClaim("X3", "A1", "2020-08-01")], ledger: first.ledger.grants() }));
    expect(outcome(again.decisions[0])).toBe("denied:0.00:basis_already_paid");
  });
  it("a second record within months already paid is denied; one overlapping them in part is asked which of its months are still owed, not refused whole", () => {
    const doc = (second: O) => ({ trainees: [apprentice], enterprises: [E1], apprenticeships: [period("A1", "2020-01-01", "2020-06-30"), second], claims: [apClaim("X1", "A1", "2020-07-10"), apClaim("X2", "A2", "2020-09-10")] });
    // A2 2020-03-01..2020-06-30: every month of it paid on X1
    expect(outcome(byId(evaluateBatch(policy, parse(doc(period("A2", "2020-03-01", "2020-06-30")))).decisions)["X2"])).toBe("denied:0.00:basis_already_paid");
    // A2 2020-06-01..2020-08-31: June paid on X1, July and August not (reading apprenticeship-month-count: a year partly paid is asked)
    const r = byId(evaluateBatch(policy, parse(doc(period("A2", "2020-06-01", "2020-08-31")))).decisions);
    expect(outcome(r["X2"])).toBe("undecidable:null:apprenticeship_year_partly_paid");
    expect(r["X2"]?.reasons[0]?.facts).toEqual({ apprenticeship: "A2", year: 1, firstDay: "2020-06-01", lastDay: "2020-08-31", earlierClaims: ["X1"] });
  });
  it("four half-year periods use the two years (24 months); a fifth is refused; two half-years do not use them up", () => {
    // half-years from jx2019's first day (the terms are read on each period's first day)
    const halves = [
      period("A1", "2019-12-13", "2020-06-12"),
      period("A2", "2020-06-13", "2020-12-12"),
      period("A3", "2020-12-13", "2021-06-12"),
      period("A4", "2021-06-13", "2021-12-12"),
      period("A5", "2021-12-13", "2022-06-12"),
    ];
    const claims = halves.map((a, i) => apClaim(`X${i + 1}`, String(a["id"]), "2022-07-01"));
    const r = byId(evaluateBatch(policy, parse({ trainees: [apprentice], enterprises: [E1], apprenticeships: halves, claims })).decisions);
    // each half-year: 6000 × 6 ÷ 12 = 3000.00; months 6, 12, 18, 24 of at most 24
    for (const id of ["X1", "X2", "X3", "X4"]) expect(outcome(r[id]), id).toContain("granted:3000.00");
    // months 25–30 would exceed 2 years × 12
    expect(outcome(r["X5"])).toContain("denied:0.00");
    expect(r["X5"]?.reasons.map((x) => x.code)).toContain("apprenticeship_term_used");
  });
  it("with 18 months paid, a 12-month period is paid for the 6 months left of the two years", () => {
    const halves = [period("A1", "2020-01-01", "2020-12-31"), period("A2", "2021-01-01", "2021-06-30"), period("A3", "2021-07-01", "2022-06-30")];
    const claims = [apClaim("X1", "A1", "2021-01-05"), apClaim("X2", "A2", "2021-07-05"), apClaim("X3", "A3", "2022-07-05")];
    const r = byId(evaluateBatch(policy, parse({ trainees: [apprentice], enterprises: [E1], apprenticeships: halves, claims })).decisions);
    // 12 + 6 = 18 months paid; 24 − 18 = 6 months left: 6000 × 6 ÷ 12 = 3000.00
    expect(outcome(r["X3"])).toContain("granted:3000.00");
    expect(r["X3"]?.lines[0]?.quantity).toBe(6);
  });
});

describe("jx2019 五(十)二 「开发职业技能培训包，给予每个不超过5万元补助」: one package is paid once", () => {
  const pkg = (o: O = {}): O => ({ id: "PK-1", developerKind: "vocationalCollege", commissioned: true, ...o });
  const claimOf = (id: string, o: O = {}): O => ({ id, measure: "trainingPackageGrant", traineeId: "P1", claimant: { kind: "organizer", id: "SCHOOL-1" }, submittedOn: "2020-09-01", amountClaimed: "50000.00", trainingPackage: pkg(), ...o });
  const contact = { id: "P1", birthDate: "1980-01-01", statuses: [] };
  it("three claims for one package pay 50,000 once, not 150,000", () => {
    const r = evaluateBatch(policy, parse({ trainees: [contact], claims: [claimOf("K1"), claimOf("K2"), claimOf("K3")] }));
    // 每个不超过5万元: one package, 50,000.00 once
    expect(r.decisions.map(outcome)).toEqual(["granted:50000.00:package_grant", "denied:0.00:basis_already_paid", "denied:0.00:basis_already_paid"]);
    expect(r.grants.map((g) => g.amount)).toEqual(["50000.00"]);
  });
  it("a package paid in an earlier run is not paid again", () => {
    const first = evaluateBatch(policy, parse({ trainees: [contact], claims: [claimOf("K1")] }));
    const again = evaluateBatch(policy, parse({ trainees: [contact], claims: [claimOf("K7", { amountClaimed: "100.00" })], ledger: first.ledger.grants() }));
    expect(outcome(again.decisions[0])).toBe("denied:0.00:basis_already_paid");
  });
  it("two packages of one developer are each paid (the cap is per package)", () => {
    const r = evaluateBatch(policy, parse({ trainees: [contact], claims: [claimOf("K1"), claimOf("K2", { trainingPackage: pkg({ id: "PK-2" }) })] }));
    // 50,000 + 50,000, one per package
    expect(r.decisions.map(outcome)).toEqual(["granted:50000.00:package_grant", "granted:50000.00:package_grant"]);
  });
  it("「委托职业院校、行业协会和骨干企业」: a developer of another kind, or one not commissioned, is refused; without the package the claim is undecidable", () => {
    const d = (o: O) => evaluateBatch(policy, parse({ trainees: [contact], claims: [claimOf("K1", o)] })).decisions[0];
    // Changed (reading package-grant-per-package, cold review 109 F3): the claimant is of the developer's kind — a key enterprise's package claimed by an enterprise — or refused (package_claimant_not_developer).
    for (const kind of ["vocationalCollege", "industryAssociation"]) expect(d({ trainingPackage: pkg({ developerKind: kind }) })?.outcome, kind).toBe("granted");
    expect(d({ claimant: { kind: "enterprise", id: "KEY-1" }, trainingPackage: pkg({ developerKind: "keyEnterprise" }) })?.outcome).toBe("granted");
    expect(outcome(d({ trainingPackage: pkg({ developerKind: "keyEnterprise" }) }))).toBe("denied:0.00:package_claimant_not_developer");
    expect(outcome(d({ trainingPackage: pkg({ developerKind: "otherDeveloper" }) }))).toBe("denied:0.00:package_developer_not_eligible");
    expect(outcome(d({ trainingPackage: pkg({ commissioned: false }) }))).toBe("denied:0.00:package_not_commissioned");
    const missing = d({ trainingPackage: undefined });
    expect([missing?.outcome, missing?.missingFacts]).toEqual(["undecidable", ["claim.trainingPackage"]]);
  });
});

describe("a certificate is paid once per measure", () => {
  it("the appraisal subsidy for one certificate under a new claim id is denied (the first-time rule, unchanged)", () => {
    const doc = {
      trainees: [{ id: "P1", birthDate: "1990-01-01", statuses: ["unemployed"], hukouRegion: "zhejiang.jiaxing.nanhu" }],
      certificates: [{ id: "K1", traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "6-29-01-01", name: "电工" }, level: "intermediate", issuedOn: "2020-07-15" }],
      claims: ["A1", "A2"].map((id) => ({ id, measure: "appraisalSubsidy", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, certificateId: "K1", submittedOn: "2020-08-01" })),
    };
    const r = evaluateBatch(policy, parse(doc));
    // 中级工 120 元 once
    expect(r.decisions.map((d) => `${d.outcome}:${d.amount}`)).toEqual(["granted:120.00", "denied:0.00"]);
  });
});

describe("reading pre-job-no-repeat: jx2019 三(一)一 「按初级工标准给予组织单位补贴」 and 五(十一) 「同一职业（项目）同一等级不可重复享受」", () => {
  const policyWithCatalogue = withJiaxingCatalogue(jiaxingCatalogue);
  const worker = { id: "P1", birthDate: "1995-05-01", statuses: ["unemployed"], hukouRegion: "zhejiang.jiaxing.nanhu" };
  const preJob = { id: "C1", traineeId: "P1", kind: "preJob", occupation: { code: "EX-ELEC", name: "电工（示意）" }, classHours: 40, startDate: "2020-04-01", endDate: "2020-04-10", attendedDays: 10, hireDate: "2020-03-15", region: "zhejiang.jiaxing.nanhu", organizerId: "ORG-1" };
  const ability = { id: "K1", traineeId: "P1", kind: "specialAbilityCertificate", occupation: { code: "EX-ELEC", name: "电工（示意）" }, issuedOn: "2020-04-20" };
  const junior = { id: "K2", traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", issuedOn: "2020-09-01" };
  const claims = [
    { id: "T1", measure: "trainingSubsidy", traineeId: "P1", claimant: { kind: "organizer", id: "ORG-1" }, courseId: "C1", certificateId: "K1", submittedOn: "2020-04-25" },
    { id: "T2", measure: "trainingSubsidy", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, certificateId: "K2", submittedOn: "2020-09-05" },
  ];
  it("the pre-job grant is paid at the 初级工 rate but records no level (its 专项职业能力证书 awards none), and the worker's later 初级工 certificate of the same occupation is paid: another 等级", () => {
    const r = evaluateBatch(policyWithCatalogue, parse({ trainees: [worker], courses: [preJob], certificates: [ability, junior], claims }));
    const d = byId(r.decisions);
    // T1: the organiser is paid EX-ELEC's 初级工 row, 1000.00 (illustrative catalogue) — 「按初级工标准」 is the rate
    expect([d["T1"]?.outcome, d["T1"]?.amount]).toEqual(["granted", "1000.00"]);
    expect(r.grants[0]).toMatchObject({ claimId: "T1", occupationCode: "EX-ELEC" });
    expect(r.grants[0]?.level).toBeUndefined();
    // T2: the 初级工 skill-level certificate is the first at that 等级: EX-ELEC 初级工 row, 1000.00
    expect([d["T2"]?.outcome, d["T2"]?.amount]).toEqual(["granted", "1000.00"]);
  });
  it("a second pre-job certificate of the same occupation (项目), also without a level, is the same 职业（项目）同一等级 and is not paid again", () => {
    const again = { ...ability, id: "K3", issuedOn: "2020-06-20" };
    const course2 = { ...preJob, id: "C2", startDate: "2020-06-01", endDate: "2020-06-10" };
    const r = evaluateBatch(policyWithCatalogue, parse({ trainees: [worker], courses: [preJob, course2], certificates: [ability, again], claims: [claims[0], { ...claims[0], id: "T3", courseId: "C2", certificateId: "K3", submittedOn: "2020-06-25" }] }));
    // T1 paid 1000.00 as above; T3 repeats EX-ELEC without a level
    expect(byId(r.decisions)["T3"]?.reasons.map((x) => x.code)).toContain("occupation_level_already_subsidised");
  });
  it("the other way round, a pre-job route certificate after a paid 初级工 certificate of the same occupation is paid to the unit: its certificate has no 等级", () => {
    const earlyJunior = { ...junior, issuedOn: "2020-03-01" };
    const r = evaluateBatch(policyWithCatalogue, parse({ trainees: [worker], courses: [preJob], certificates: [ability, earlyJunior], claims: [claims[0], { ...claims[1], submittedOn: "2020-03-05" }] }));
    const d = byId(r.decisions);
    // T2 (2020-03-01): the worker's 初级工 certificate, EX-ELEC 初级工 row, 1000.00
    expect([d["T2"]?.outcome, d["T2"]?.amount]).toEqual(["granted", "1000.00"]);
    // T1 (2020-04-20): the organiser, 「按初级工标准」, the same row, 1000.00 — another 等级 (none), not a repeat
    expect([d["T1"]?.outcome, d["T1"]?.amount]).toEqual(["granted", "1000.00"]);
  });
  it("a 中级工 certificate of the same occupation afterwards is another level and is paid", () => {
    const r = evaluateBatch(policyWithCatalogue, parse({ trainees: [worker], courses: [preJob], certificates: [ability, { ...junior, level: "intermediate" }], claims }));
    // EX-ELEC 中级工 row: 1500.00 (illustrative catalogue)
    expect([byId(r.decisions)["T2"]?.outcome, byId(r.decisions)["T2"]?.amount]).toEqual(["granted", "1500.00"]);
  });
});

describe("jx2019 四(三)四 with gbf2019 §(十二) 「但同一职业同一等级不可重复享受」: a prior grant that cannot be read is no proof of nothing paid", () => {
  // reading earlier-grant-unreadable (cold audit 18): an invalid grant is listed among the invalid records and was then
  // read as never paid, so the course or the occupation at its level it paid was paid again
  const paid = { id: "G1", claimId: "L1", traineeId: "P1", measure: "livingAllowance", provision: "jx2019.living-allowance", payee: { kind: "trainee", id: "P1" }, amount: "350.00", basisDate: "2020-03-10", courseId: "C1" };
  /** The document, its invalid grants set aside (and listed: the command line exits 1 on them). */
  const withInvalid = (raw: O) => {
    const r = parseClaimsDocument(raw);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.invalid.every((x) => x.collection === "ledger")).toBe(true);
    return r.value.document;
  };
  const run = (ledger: O[], claims: O[] = [living("L1")]) => byId(evaluateBatch(policy, withInvalid({ trainees: [P1], courses: [course()], claims, ledger })).decisions);
  it("the ordinary claim, with its own grant of 350.00 (7 days × 50.00) in the prior ledger, is a duplicate: paid once", () => {
    expect(outcome(run([paid])["L1"])).toBe("denied:0.00:duplicate_claim");
  });
  it("the same grant with a mistyped date (2020-02-30) is set aside as invalid, and the claim is held asking for it corrected — not paid 350.00 a second time", () => {
    const d = run([{ ...paid, basisDate: "2020-02-30" }])["L1"];
    expect([d?.outcome, d?.amount, d?.missingFacts]).toEqual(["undecidable", null, ["grant G1: record"]]);
    expect(d?.reasons[0]?.message.zh).toBe("缺少记录：已发放补贴 G1 的记录（未通过校验：更正后方可判定）");
  });
  it("so is every claim of the trainee it names, under a new claim id too; another trainee's claims are decided as ever (7 × 50.00 = 350.00)", () => {
    const P2 = { ...P1, id: "P2" };
    const doc = { trainees: [P1, P2], courses: [course(), { ...course(), id: "C2", traineeId: "P2" }], claims: [living("L9"), { ...living("M1", "C2"), traineeId: "P2", claimant: { kind: "trainee", id: "P2" } }], ledger: [{ ...paid, basisDate: "2020-02-30" }] };
    const r = byId(evaluateBatch(policy, withInvalid(doc)).decisions);
    expect(r["L9"]?.outcome).toBe("undecidable");
    expect(outcome(r["M1"])).toBe("granted:350.00:course_in_jurisdiction+in_living_allowance_group+living_allowance_days");
  });
  it("a grant whose trainee cannot be read still holds the claim of the id it names", () => {
    const d = run([{ ...paid, traineeId: 7, basisDate: "2020-03-10" }])["L1"];
    expect([d?.outcome, d?.missingFacts]).toEqual(["undecidable", ["grant G1: record"]]);
  });
});
