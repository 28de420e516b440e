/**
 * Cold review 47: four readings that move money, read cold against law/sources before the readings were opened.
 *
 * Read, in this order: law/sources/gbf2019.txt (§(十一), §(十二), §(十四), §(十七), the 印发 date), gf2018.txt (§(十二),
 * §(十八)), jx2019.txt (whole: 三(一), 四(三), 五(十), 五(十一), 六(十三), the closing paragraph and the 印发 line),
 * plan2021.txt (§(十九), §(二十六), §(二十七)), op2025.txt (§(十八)), yf2018.txt and jf2018.txt (for anything on certificates
 * or payees: nothing). My answers were written to cold-review47.md (now law/reviews/review47-cold-answers.md) and committed (470d1f5) before I opened
 * law/readings/certificate-kinds-open.yaml, earlier-grant-unreadable.yaml, local-rules-govern-their-days.yaml and
 * trainee-claims-own-training.yaml; then test/certificate-kinds-open.test.ts, test/payOnce.test.ts, test/audit20.test.ts,
 * test/audit30.test.ts, test/review37.test.ts and src/jurisdictions/jiaxing/certificateBasis.ts for the behaviour.
 *
 * Found: I agree with three readings outright (the unreadable grant holds, the basis date decides which text governs,
 * another person filing as the trainee is refused) and with the fourth with one caveat: in Jiaxing the library refuses a
 * certificate of another kind (`certificate_not_basis`) even where a catalogue row of Jiaxing's own lists it. jx2019 五(十一)
 * grounds the subsidy 「根据职业技能培训补贴目录清单」 and on the qualification certificates 「为主要依据」 — a main basis, not
 * the only one — and its 五(十) puts 「各行业亟需培训的工种（项目）」 into that catalogue; I read a Jiaxing row that lists
 * another kind as the city's own decision to pay it (confidence 55 %). No shipped or illustrative Jiaxing catalogue lists
 * one, so as shipped nothing moves; with such a row, its standard (400.00 below) moves per certificate. One record.
 *
 * All figures are ILLUSTRATIVE (fixtures/jiaxing/catalogue-2020.json: EX-ELEC 初级工 1000.00; the EX-FORK rows below
 * 400.00), except the Jiaxing 鉴定补贴 levels, which are jx2019's own (120 / 150 / 180).
 */
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, nationalFrameworksPolicy, parseClaimsDocument, parseSubsidyCatalogue, withJiaxingCatalogue } from "../src/index.js";
import type { SubsidyCatalogue } from "../src/records/catalogue.js";
import { regionalPolicy } from "./support/national.js";
import { LATER, PRE } from "./support/outsidePlan.js";
import { appraisal, cert, cityCert, cityCourse, cityWorker, course, decideById, E1, JX, NANHU, ts, worker } from "./support/ordinary.js";
import { withSkillUpgradeStandards } from "./support/world.js";

type O = Record<string, unknown>;
const paid = (d: Decision | undefined) => [d?.outcome, d?.amount];
const codes = (d: Decision | undefined) => (d?.reasons ?? []).map((r) => r.code);

/** The plain claimant: P1, a Nanhu-hukou enterprise employee, one EX-ELEC 初级工 certificate C1 (2020-06-20) on course K1. */
const plain = (claims: O[], more: O = {}): O => ({ trainees: [worker()], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")], claims, ...more });

describe("Q4 — gbf2019 §(十二) 「符合条件的劳动者……参加培训后取得证书……的，按规定给予职业培训补贴」: the subsidy is the trainee's (reading trainee-claims-own-training; agree, 90 % not X, 65 % refuse rather than hold)", () => {
  it("the plain claimant, filing for her own certificate, is paid the row's standard", () => {
    // EX-ELEC 初级工 row (ILLUSTRATIVE): 1000.00
    expect(paid(decideById(JX, plain([ts("A", "C1")]))["A"])).toEqual(["granted", "1000.00"]);
  });

  it("another person X filing as the trainee on Y's certificate is refused, and Y's own claim on it is paid", () => {
    const P2 = worker({ id: "P2" });
    const d = decideById(JX, plain([ts("X", "C1", { claimant: { kind: "trainee", id: "P2" }, submittedOn: "2020-06-25" }), ts("Y", "C1")], { trainees: [worker(), P2] }));
    expect(paid(d["X"])).toEqual(["denied", "0.00"]); // 0.00 to P2: not the 劳动者 who 「参加培训后取得证书」
    expect(codes(d["X"])).toContain("payee_not_trainee");
    expect(paid(d["Y"])).toEqual(["granted", "1000.00"]); // P1's own row, 1000.00, though filed after X
  });

  it("X's refused filing takes none of Y's three places of the year: Y's three certificates of 2020 are all paid", () => {
    // 「原则上每人每年可享受不超过3次」: three training subsidies in 2020 (EX-ELEC 初级工 1000.00, 中级工 1500.00, EX-WELD 初级工 1200.00)
    const P2 = worker({ id: "P2" });
    const doc = {
      trainees: [worker(), P2],
      enterprises: [E1],
      courses: [course("K1"), course("K2", { level: "intermediate", startDate: "2020-07-01", endDate: "2020-07-10" }), course("K3", { occupation: { code: "EX-WELD", name: "焊工（示意）" }, startDate: "2020-08-01", endDate: "2020-08-10" })],
      certificates: [cert("C1"), cert("C2", { level: "intermediate", issuedOn: "2020-07-20", courseId: "K2" }), cert("C3", { occupation: { code: "EX-WELD", name: "焊工（示意）" }, issuedOn: "2020-08-20", courseId: "K3" })],
      claims: [ts("X", "C1", { claimant: { kind: "trainee", id: "P2" }, submittedOn: "2020-06-21" }), ts("A", "C1"), ts("B", "C2", { submittedOn: "2020-07-25" }), ts("C", "C3", { submittedOn: "2020-08-25" })],
    };
    const d = decideById(JX, doc);
    expect(d["X"]?.outcome).toBe("denied");
    // ILLUSTRATIVE rows: EX-ELEC 初级工 1000.00 + EX-ELEC 中级工 1500.00 + EX-WELD 初级工 1200.00 = 3700.00 to P1
    expect(["A", "B", "C"].map((k) => paid(d[k]))).toEqual([["granted", "1000.00"], ["granted", "1500.00"], ["granted", "1200.00"]]);
  });
});

/** An illustrative edition (not official figures): EX-FORK, no level, 400.00, takes special-operations and other certificates. */
function forkEdition(effectiveFrom: string): SubsidyCatalogue {
  const r = parseSubsidyCatalogue({
    id: `review47-${effectiveFrom.slice(0, 4)}`,
    title: "示例补贴目录（数字仅为示意）",
    publishedBy: "example prefecture (illustrative)",
    effectiveFrom,
    illustrative: true,
    entries: [{ occupation: { code: "EX-FORK", name: "叉车司机（示意）" }, standard: "400.00", certificateKinds: ["specialOperationsCertificate", "otherCertificate"] }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const NATIONAL_FORK = withSkillUpgradeStandards(regionalPolicy(nationalFrameworksPolicy(), forkEdition("2019-06-01")));
const JIAXING_FORK = withJiaxingCatalogue(forkEdition("2020-01-01"));
/** A 特种设备作业人员证 (the market regulator's forklift licence): otherCertificate, named, no level. */
const licence = (make: (id: string, o: O) => O, o: O = {}): O => make("C1", { kind: "otherCertificate", kindName: "特种设备作业人员证", occupation: { code: "EX-FORK", name: "EX-FORK" }, level: undefined, ...o });
const forkCourse = (make: (id: string, o: O) => O): O => make("K1", { occupation: { code: "EX-FORK", name: "EX-FORK" }, level: undefined });

describe("Q1 — gbf2019 §(十二) 「取得证书（职业资格证书、职业技能等级证书、专项职业能力证书、特种作业操作证书、培训合格证书等）」: the list is open (reading certificate-kinds-open; agree nationally 75 %, caveat in Jiaxing)", () => {
  it("nationally a 特种设备作业人员证 priced by the city's row is paid its standard, once", () => {
    // 「市（地）以上人力资源社会保障部门、财政部门可在规定的原则下结合实际确定职业培训补贴标准」: EX-FORK row (ILLUSTRATIVE) 400.00
    const doc = { trainees: [cityWorker({ statuses: ["unemployed"] })], courses: [forkCourse(cityCourse)], certificates: [licence(cityCert)], claims: [ts("A", "C1", { submittedOn: "2022-08-05" }), ts("B", "C1", { submittedOn: "2022-08-06" })] };
    const d = decideById(NATIONAL_FORK, doc);
    expect([paid(d["A"]), paid(d["B"])]).toEqual([["granted", "400.00"], ["denied", "0.00"]]); // 400.00 once
  });

  it("a certificate of another kind carries no level, so it cannot be priced on Jiaxing's 鉴定补贴 scale", () => {
    // 「对同一职业（工种）同一技能等级通过初次职业技能鉴定并取得证书（不含培训合格证书）的参训人员，给予职业技能鉴定补贴」: no level, no 鉴定 → not 120.00
    const r = parseClaimsDocument({ trainees: [worker()], enterprises: [E1], courses: [forkCourse(course)], certificates: [licence(cert, { level: "junior" })], claims: [] });
    expect(r.ok && r.value.invalid[0]?.issues.map((i) => i.code)).toEqual(["level_not_allowed"]);
    const d = decideById(JIAXING_FORK, { trainees: [worker()], enterprises: [E1], courses: [forkCourse(course)], certificates: [licence(cert)], claims: [appraisal("AP", "C1")] });
    expect([paid(d["AP"]), codes(d["AP"])]).toEqual([["denied", "0.00"], ["level_has_no_standard"]]); // 0.00, not 120.00
  });

  // Caveat (55 %): jx2019 五(十一) 「各地应根据职业技能培训补贴目录清单，按照同一工种、同一等级、同一补贴标准，以获取职业资格证书（职业技能等级证书、
  // 专项能力证书，下同）为主要依据」 — the catalogue first, the three kinds the main basis, not the only one; 五(十) takes
  // 「各行业亟需培训的工种（项目）」 into the catalogue. A Jiaxing row that itself lists another kind is the city's decision to
  // pay it. The library refuses it whatever the row lists (certificate_not_basis). As shipped no money moves (no Jiaxing
  // catalogue lists otherCertificate); with such a row, 400.00 per certificate.
  it.fails("jx2019 五(十一) 「以获取职业资格证书（职业技能等级证书、专项能力证书，下同）为主要依据」: a Jiaxing occupation row that lists other kinds pays a 特种设备作业人员证 its standard (55 %)", () => {
    const d = decideById(JIAXING_FORK, { trainees: [worker()], enterprises: [E1], courses: [forkCourse(course)], certificates: [licence(cert)], claims: [ts("A", "C1")] });
    // EX-FORK row (ILLUSTRATIVE): 400.00 — the library refuses: certificate_not_basis
    expect(codes(d["A"])).not.toContain("certificate_not_basis");
    expect(paid(d["A"])).toEqual(["granted", "400.00"]);
  });
});

describe("Q2 — gf2018 §(十八) 「防止骗取、挪用」 and jx2019 五(十) 「建立培训全过程台账，确保可追溯」: a damaged prior grant holds, it is neither dropped nor a refusal (reading earlier-grant-unreadable; agree, 75 %)", () => {
  /** P1's claim A paid 1000.00 once, as the ledger records it; then the same ledger handed back with the grant damaged by `damage`. */
  function again(damage: (g: O) => O): Record<string, Decision> {
    const first = parseClaimsDocument(plain([ts("A", "C1")]));
    if (!first.ok) throw new Error("setup");
    const r = evaluateBatch(JX, first.value.document);
    expect(r.grants.map((g) => g.amount)).toEqual(["1000.00"]); // EX-ELEC 初级工 row, 1000.00
    const grant = JSON.parse(JSON.stringify(r.ledger.grants()[0])) as O;
    const P2 = worker({ id: "P2" });
    const doc = {
      trainees: [worker(), P2],
      enterprises: [E1],
      courses: [course("K1"), course("K2", { traineeId: "P2" })],
      certificates: [cert("C1"), cert("C2", { traineeId: "P2", courseId: "K2" })],
      // A again (its own grant damaged), a new claim id on the same certificate, and another trainee's claim
      claims: [ts("A", "C1"), ts("A2", "C1", { submittedOn: "2020-07-02" }), ts("B", "C2", { traineeId: "P2", claimant: { kind: "trainee", id: "P2" } })],
      ledger: [damage(grant)],
    };
    const p = parseClaimsDocument(doc);
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    expect(p.value.invalid.map((x) => x.collection)).toEqual(["ledger"]); // the damaged grant is listed as invalid
    return Object.fromEntries(evaluateBatch(JX, p.value.document).decisions.map((d) => [d.claimId, d]));
  }

  it("the undamaged grant: claim A and a new claim on the same certificate are not paid 1000.00 again", () => {
    const first = parseClaimsDocument(plain([ts("A", "C1")]));
    if (!first.ok) throw new Error("setup");
    const ledger = evaluateBatch(JX, first.value.document).ledger.grants();
    const d = decideById(JX, plain([ts("A", "C1"), ts("A2", "C1", { submittedOn: "2020-07-02" })], { ledger }));
    expect([d["A"]?.outcome, d["A2"]?.outcome]).toEqual(["denied", "denied"]);
  });

  for (const [what, damage] of [
    ["a date that does not exist (2020-02-30)", (g: O) => ({ ...g, basisDate: "2020-02-30" })],
    ["an amount of three decimals (1000.000)", (g: O) => ({ ...g, amount: "1000.000" })],
    ["no payee", (g: O) => { const { payee: _p, ...rest } = g; return rest; }],
  ] as const) {
    it(`a grant with ${what} holds claim A and every claim of P1 (undecidable, not paid 1000.00 again, not refused); P2 is decided`, () => {
      const d = again(damage);
      expect([paid(d["A"]), paid(d["A2"])]).toEqual([["undecidable", null], ["undecidable", null]]);
      expect(d["A"]?.missingFacts?.some((m) => m.startsWith("grant"))).toBe(true);
      // P2's own certificate: EX-ELEC 初级工 1000.00
      expect(paid(d["B"])).toEqual(["granted", "1000.00"]);
    });
  }
});

/** The ordinary claimant of 五(十一): Nanhu hukou, no status, no employer. */
const ordinary = worker({ statuses: [], employerId: undefined, unemploymentInsuranceMonths: undefined });
/** 下岗失业人员 with an Anhui hukou living in Nanhu without a residence permit, registered unemployed in Hangzhou. */
const permitless = worker({ statuses: ["unemployed"], hukouRegion: "anhui.fuyang", residenceRegion: NANHU, hasResidencePermit: false, employmentRegion: "zhejiang.hangzhou", unemploymentRegisteredAt: "zhejiang.hangzhou", employerId: undefined, unemploymentInsuranceMonths: undefined });
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** One EX-ELEC 初级工 certificate issued `issuedOn` on a ten-day course ending ten days before; filed `filedAfter` days after issue. */
function onDay(p: Policy, t: O, issuedOn: string, filedAfter = 8): Decision {
  const end = plusDays(issuedOn, -10);
  return decideById(p, { trainees: [t], enterprises: [E1], courses: [course("K1", { startDate: plusDays(end, -9), endDate: end })], certificates: [cert("C1", { issuedOn })], claims: [ts("A", "C1", { submittedOn: plusDays(issuedOn, filedAfter) })] })["A"]!;
}

describe("Q3 — jx2019 「本方案自印发之日起施行……三年行动计划期间原政策规定与本方案不一致的，按本方案执行」: the certificate's issue date says which text governs (reading local-rules-govern-their-days; agree, 65 %)", () => {
  it("in the plan's days the ordinary worker is paid under 普惠 and the permitless resident refused (「当地常住并办有居住证」)", () => {
    // 「对具有当地户籍……的城乡劳动者提供普惠同等的培训补贴」: EX-ELEC 初级工 row (ILLUSTRATIVE) 1000.00
    expect(paid(onDay(JX, ordinary, "2020-06-20"))).toEqual(["granted", "1000.00"]);
    expect(codes(onDay(JX, permitless, "2020-06-20"))).toEqual(["no_residency_basis"]);
  });

  it("a certificate of 2019-09-20 is judged by gbf2019: the worker in no national group refused, the permitless resident paid (常住地)", () => {
    // gbf2019 §(十二) 「在户籍地、常住地、求职就业地参加培训后取得证书」: 常住地 asks no permit; PRE's pre-plan edition (ILLUSTRATIVE) 1000.00
    expect(onDay(PRE, ordinary, "2019-09-20").outcome).toBe("denied");
    expect(paid(onDay(PRE, permitless, "2019-09-20"))).toEqual(["granted", "1000.00"]);
  });

  it("a certificate of 2019-12-12 filed 2019-12-20 is still judged by gbf2019 (the issue date, not the filing day, decides)", () => {
    expect(paid(onDay(PRE, permitless, "2019-12-12", 8))).toEqual(["granted", "1000.00"]); // filed 2019-12-20, inside the plan
    expect(onDay(PRE, ordinary, "2019-12-12", 8).outcome).toBe("denied");
  });

  it("a 2022 certificate (a later standard carried on, ILLUSTRATIVE) is judged by the national rules too", () => {
    expect(onDay(LATER, ordinary, "2022-03-01").outcome).toBe("denied");
    expect(paid(onDay(LATER, permitless, "2022-03-01"))).toEqual(["granted", "1000.00"]); // 1000.00 (ILLUSTRATIVE)
  });
});
