/**
 * Cold audit 6 (2026-12-04, late evening): the Guangdong → Jieyang chain (gf2018 国发〔2018〕11号 →
 * yf2018 粤府〔2018〕58号 → jf2018 揭府〔2018〕54号) and the national plans plan2021 (十四五职业技能培训规划)
 * and op2025 (2025), read cold first, then driven through the public API (`../src/index.js`,
 * parseClaimsDocument → evaluateBatch).
 *
 * What the texts pay, as read cold before the library:
 * - gf2018, yf2018, jf2018 set no amount, no payee and no measure of their own. They order the
 *   subsidy policy carried out (gf2018 §(十八) 「落实职业技能培训补贴政策」; jf2018 三
 *   「落实职业技能培训补贴政策，保障培训补贴资金落实到位」), name the groups to train (gf2018 §(五)
 *   「围绕就业创业重点群体，广泛开展就业技能培训」, among them 「对服刑人员、强制隔离戒毒人员，开展以顺利回归社会为目的的就业技能培训」),
 *   make enterprise employees the focus (§(六) 「将企业职工培训作为职业技能培训工作的重点」) and set
 *   catalogue management (§(十二)). A claim under these texts alone cannot be priced.
 * - plan2021 sets no amount either: 「按规定对符合条件的参训人员给予职业培训补贴、技能提升补贴和生活费补贴」
 *   (§(二十六)), and brings one group in: 「积极为毕业年度学生提供职业技能培训服务并纳入职业培训补贴范畴」 (§(十)).
 * - op2025 runs 「从2025年到2027年底」, sets no amount (「按规定落实各项补贴政策」), allows cost sharing
 *   (「收费实行市场调节价的培训项目,可探索建立“市场化收费+政府补贴”相结合的培训成本分摊机制」) and direct
 *   recognition of a level (「对表现突出的职工,可打破工作年限、等级、资历等条件,直接认定相应职业技能等级」).
 * - What these texts build on (gbf2019 §(十二)): 「符合条件的劳动者在户籍地、常住地、求职就业地参加培训后取得证书」 …
 *   「原则上每人每年可享受不超过3次，但同一职业同一等级不可重复享受」, amounts set by 「市（地）以上人力资源社会保障部门、财政部门」.
 *
 * So money is decided only where a local standard (a catalogue) is added: the national frameworks with
 * a prefecture catalogue (`regionalPolicy`), and a Jieyang pack over the 2018 chain — the fixture of
 * src/jurisdictions/guangdong/jieyang2018.test.ts ("a Jieyang pack that binds the training subsidy over
 * the 2018 chain"), which is how docs/adding-a-city.md says a Jieyang pack extends the chain.
 *
 * The first block holds the controls (what I hold right, passing); the second the findings as
 * `it.fails` records (each fails on the code as it stands, so `it.fails` passes; when one is fixed,
 * turn it into `it(...)`).
 *
 * Figures: the ILLUSTRATIVE example catalogue of test/support/national.ts (EX-ELEC 初级工 1000.00,
 * 中级工 1500.00, 学徒工 500.00; EX-COOK 初级工 900.00; EX-WELD 初级工 1200.00; EX-DRON 初级工 1200.00),
 * for the Jieyang pack the same rows from 2018-05-03. Not official figures.
 */
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, jieyang2018Policy, nationalFrameworksPolicy } from "../src/index.js";
import { jieyangPackPolicy, regionalPolicy, withJieyangEdition } from "./support/national.js";
import { parsed } from "./support/world.js";

type O = Record<string, unknown>;

function decide(policy: Policy, doc: O): Record<string, Decision> {
  return Object.fromEntries(evaluateBatch(policy, parsed(doc)).decisions.map((d) => [d.claimId, d]));
}
const brief = (d: Decision | undefined) => [d?.outcome, d?.amount, d?.payee ? `${d.payee.kind}:${d.payee.id}` : undefined];
const codes = (d: Decision | undefined) => d?.reasons.map((r) => r.code) ?? [];

// ---------------------------------------------------------------------------------------------
// The national frameworks gbf2019 → plan2021 → op2025 with the illustrative prefecture catalogue
// governing example.city.
const HERE = "example.city";
const NF = regionalPolicy(nationalFrameworksPolicy());

/** A local worker: hukou in the city, one status of the texts' lists (default: 下岗失业人员). */
const person = (o: O = {}): O => ({ id: "P1", birthDate: "1990-05-05", statuses: ["unemployed"], hukouRegion: HERE, ...o });
const course = (id: string, o: O = {}): O => ({
  id,
  traineeId: "P1",
  kind: "employmentSkills",
  occupation: { code: "EX-ELEC", name: "示例电工" },
  level: "junior",
  classHours: 80,
  startDate: "2025-07-01",
  endDate: "2025-07-20",
  attendedDays: 20,
  region: HERE,
  ...o,
});
const cert = (id: string, o: O = {}): O => ({ id, traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", issuedOn: "2025-08-01", ...o });
const TRAINEE = { kind: "trainee", id: "P1" };
const ts = (id: string, certificateId: string, o: O = {}): O => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant: TRAINEE, certificateId, submittedOn: "2025-09-01", ...o });
/** One certificate earned on one course, claimed by the trainee: the ordinary claim. */
const single = (p: O, issuedOn: string, o: { course?: O; cert?: O } = {}) => {
  const start = `${issuedOn.slice(0, 7)}-01`;
  return decide(NF, {
    trainees: [p],
    courses: [course("K1", { startDate: start, endDate: start, attendedDays: 1, ...o.course })],
    certificates: [cert("C1", { issuedOn, courseId: "K1", ...o.cert })],
    claims: [ts("A", "C1", { courseId: "K1", submittedOn: issuedOn })],
  })["A"];
};

// ---------------------------------------------------------------------------------------------
// The Guangdong → Jieyang chain, and a Jieyang pack over it (the library's own fixture, test-only).
const RONGCHENG = "guangdong.jieyang.rongcheng";
const JY = jieyang2018Policy();
/** The illustrative rows, in force from gf2018's first day (2018-05-03) so the 2018 chain has a standard. */
const JP = jieyangPackPolicy();
const jyPerson = (o: O = {}): O => person({ hukouRegion: RONGCHENG, ...o });
const jyCourse = (id: string, o: O = {}): O => course(id, { region: RONGCHENG, startDate: "2019-06-01", endDate: "2019-06-10", attendedDays: 10, ...o });

describe("controls: the ordinary claimant of each measure of these policies, and the thresholds (what I hold right)", () => {
  it("gf2018 §(十八) 「落实职业技能培训补贴政策」 and jf2018 「落实职业技能培训补贴政策，保障培训补贴资金落实到位」 set no amount: under the Jieyang chain as shipped an ordinary Jieyang worker's claims are undecidable, never refused or paid", () => {
    // Records: a 下岗失业人员 with a Jieyang (Rongcheng) hukou trains 10 days in Rongcheng in November 2018 and
    // earns EX-ELEC 初级工. A training-subsidy claim and a living-allowance claim on the course.
    // The three texts name no sum, no payee and no measure: nothing can be paid or refused on them alone.
    const doc = {
      trainees: [jyPerson()],
      courses: [jyCourse("K1", { startDate: "2018-11-01", endDate: "2018-11-10" })],
      certificates: [cert("C1", { issuedOn: "2018-12-01", courseId: "K1" })],
      claims: [ts("A", "C1", { courseId: "K1", submittedOn: "2018-12-05" }), { id: "L", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2018-12-05" }],
    };
    for (const policy of [JY, withJieyangEdition(JY)]) {
      const r = decide(policy, doc);
      for (const id of ["A", "L"]) {
        expect(r[id]?.outcome).toBe("undecidable");
        expect(r[id]?.amount).toBeNull();
        expect(codes(r[id])).toEqual(["measure_not_provided"]);
      }
    }
  });

  it("a Jieyang pack over the 2018 chain pays the ordinary Jieyang 下岗失业人员 the catalogue row (gf2018 §(五) 「围绕就业创业重点群体，广泛开展就业技能培训」)", () => {
    const r = decide(JP, { trainees: [jyPerson()], courses: [jyCourse("K1", { startDate: "2018-11-01", endDate: "2018-11-10" })], certificates: [cert("C1", { issuedOn: "2018-12-01", courseId: "K1" })], claims: [ts("A", "C1", { courseId: "K1", submittedOn: "2018-12-05" })] });
    expect(brief(r["A"])).toEqual(["granted", "1000.00", "trainee:P1"]); // EX-ELEC 初级工 row, 1000.00
  });

  it.each([
    ["2019-06-01", "gbf2019"],
    ["2022-06-01", "plan2021"],
    ["2025-06-19", "plan2021"],
    ["2025-06-20", "op2025"],
    ["2027-12-31", "op2025"],
  ])("gbf2019 §(十二) 「符合条件的劳动者在户籍地、常住地、求职就业地参加培训后取得证书」: a local 下岗失业人员's 初级工 certificate of %s is paid the row (framework %s)", (issuedOn, framework) => {
    const d = single(person(), issuedOn);
    expect(brief(d)).toEqual(["granted", "1000.00", "trainee:P1"]); // EX-ELEC 初级工 row, 1000.00
    expect(d?.reasons.find((x) => x.code === "training_subsidy_standard")?.facts["framework"]).toBe(framework);
  });

  it("op2025 「从2025年到2027年底」: a certificate of 2028-01-01 finds no framework in force — undecidable, not refused", () => {
    const d = single(person(), "2028-01-01");
    expect([d?.outcome, d?.amount]).toEqual(["undecidable", null]);
  });

  it("gbf2019 §(十一) 「对高校毕业生和企业职工按规定给予职业培训补贴」: a local enterprise employee and a college graduate claiming themselves are paid under plan2021 and op2025", () => {
    for (const statuses of [["enterpriseEmployee"], ["collegeGraduate"]]) {
      for (const date of ["2023-03-01", "2025-08-01"]) expect(brief(single(person({ statuses }), date))).toEqual(["granted", "1000.00", "trainee:P1"]); // EX-ELEC 初级工 row
    }
  });

  it.each(["2022-01-01", "2025-08-01", "2026-03-01", "2027-12-31"])("plan2021 §(十) 「积极为毕业年度学生提供职业技能培训服务并纳入职业培训补贴范畴」: a graduation-year student's certificate of %s is paid, op2025 keeping the group", (date) => {
    expect(brief(single(person({ statuses: ["graduationYearStudent"] }), date))).toEqual(["granted", "1000.00", "trainee:P1"]); // EX-ELEC 初级工 row
  });

  it("「户籍地、常住地、求职就业地」: a worker from elsewhere living, working or registered as unemployed in the city is paid; one with none of the three is not paid", () => {
    const elsewhere = { hukouRegion: "other.province.city" };
    for (const basis of [{ residenceRegion: HERE }, { employmentRegion: HERE }, { unemploymentRegisteredAt: HERE }]) {
      expect(brief(single(person({ ...elsewhere, ...basis }), "2025-08-01"))).toEqual(["granted", "1000.00", "trainee:P1"]); // EX-ELEC 初级工 row
    }
    const none = single(person({ ...elsewhere, residenceRegion: "other.province.city", employmentRegion: "other.province.city", unemploymentRegisteredAt: "other.province.city" }), "2025-08-01");
    expect(none?.outcome).toBe("denied");
    expect(codes(none)).toContain("no_residency_basis");
  });

  it("gbf2019 §(十二) 「原则上每人每年可享受不超过3次」 across op2025's first day: the third certificate of 2025 is paid, the fourth refused, the first of 2026 paid", () => {
    const rows: [string, string, string][] = [
      ["EX-ELEC", "2025-03-01", "1000.00"], // 1st of 2025 (plan2021)
      ["EX-COOK", "2025-05-01", "900.00"], // 2nd
      ["EX-WELD", "2025-06-19", "1200.00"], // 3rd, the day before op2025: at the cap, paid
      ["EX-DRON", "2025-06-20", "0.00"], // 4th, op2025's first day: over the cap, refused
      ["EX-TILE", "2026-01-01", "333.33"], // 1st of 2026: a new year, paid the EX-TILE row
    ];
    const certificates = rows.map(([code, issuedOn], i) => cert(`C${i}`, { occupation: { code, name: code }, issuedOn }));
    const r = decide(NF, { trainees: [person()], certificates, claims: rows.map(([, issuedOn], i) => ts(`T${i}`, `C${i}`, { submittedOn: issuedOn })) });
    rows.forEach(([, , amount], i) => expect(r[`T${i}`]?.amount).toBe(amount));
    expect(codes(r["T3"])).toContain("annual_cap_reached");
  });

  it("「但同一职业同一等级不可重复享受」 across the frameworks: 初级工 paid on 2021-12-31 is not paid again on 2022-01-01; 中级工 and, from op2025, 学徒工 of the same occupation are other levels", () => {
    const certificates = [cert("X1", { issuedOn: "2021-12-31" }), cert("X2", { issuedOn: "2022-01-01" }), cert("X3", { issuedOn: "2025-07-01", level: "intermediate" }), cert("X4", { issuedOn: "2025-07-02", level: "apprentice" })];
    const r = decide(NF, { trainees: [person()], certificates, claims: certificates.map((c) => ts(`R${c["id"] as string}`, c["id"] as string, { submittedOn: c["issuedOn"] })) });
    expect(r["RX1"]?.amount).toBe("1000.00"); // EX-ELEC 初级工 row (gbf2019)
    expect(codes(r["RX2"])).toContain("occupation_level_already_subsidised"); // the same occupation and level (plan2021)
    expect(r["RX3"]?.amount).toBe("1500.00"); // EX-ELEC 中级工 row
    expect(r["RX4"]?.amount).toBe("500.00"); // EX-ELEC 学徒工 row, on op2025's 「新八级工」 ladder
  });

  it("op2025 「收费实行市场调节价的培训项目」: the library's fee cap at a fen either side of the 1000.00 standard (reading cost-sharing-market-priced-only; audit 5 disputes the cap itself)", () => {
    for (const [fee, paid] of [
      ["999.99", "999.99"], // min(1000, 999.99)
      ["1000.00", "1000.00"], // min(1000, 1000)
      ["1000.01", "1000.00"], // min(1000, 1000.01)
    ]) {
      expect(single(person(), "2025-08-01", { course: { pricing: "market", feeCharged: fee } })?.amount).toBe(paid);
    }
  });

  it("op2025 「对表现突出的职工,可打破工作年限、等级、资历等条件,直接认定相应职业技能等级」: a level recognised directly with no training on record earns no training subsidy", () => {
    // 「参加培训后取得证书」: no training on record, nothing to subsidise.
    const r = decide(NF, { trainees: [person({ statuses: ["enterpriseEmployee"] })], certificates: [cert("C1", { level: "intermediate", directlyRecognised: true })], claims: [ts("A", "C1")] });
    expect(brief(r["A"])).toEqual(["denied", "0.00", undefined]);
    expect(codes(r["A"])).toEqual(["directly_recognised"]);
  });

  it("op2025 (九) 「根据大龄、超龄农民工培训就业意愿」: nationally there is no age ceiling — a 66-year-old migrant worker is paid", () => {
    expect(brief(single(person({ statuses: ["migrantWorker"], birthDate: "1959-01-01" }), "2025-08-01"))).toEqual(["granted", "1000.00", "trainee:P1"]); // EX-ELEC 初级工 row
  });

  it("plan2021 §(二十六) 「按规定对符合条件的参训人员给予职业培训补贴、技能提升补贴和生活费补贴」: the daily rate is local — an 就业困难人员's living allowance is undecidable nationally, not refused", () => {
    const r = decide(NF, { trainees: [person({ statuses: ["employmentDifficulty"] })], courses: [course("K1")], claims: [{ id: "L", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2025-08-01" }] });
    expect([r["L"]?.outcome, r["L"]?.amount]).toEqual(["undecidable", null]);
    expect(codes(r["L"])).toContain("no_local_standard");
  });
});

describe("findings (it.fails: each fails on the code as it stands)", () => {
  // F1 — left as a record: no library reading weighed it (the chain's separation from gbf2019 was stated in src/jurisdictions/national/gf2018.ts only); now an alternative of reading gf2018-chain-groups. Since 2026-12-04 night neither certificate is paid (both undecidable: the chain ends its framework on 2019-05-18), so nothing is paid twice — the record still fails because the first is not paid either.
  it.fails("gbf2019 §(十二) 「但同一职业同一等级不可重复享受」, in force nationally from 2019-05-18: a Jieyang pack over the 2018 chain does not pay a second 初级工 certificate of the same occupation in 2019 (1000.00)", () => {
    // Passages: gbf2019 §(十二) 「原则上每人每年可享受不超过3次，但同一职业同一等级不可重复享受」 (issued 2019-05-18, a
    // national text in force in Jieyang as everywhere); gf2018 §(十八) 「落实职业技能培训补贴政策」 (the 2018 texts
    // set no repeat rule of their own, and jf2018 forwards them: 「请一并贯彻落实」).
    // Records: a Jieyang 下岗失业人员 earns EX-ELEC 初级工 as an old-style 职业资格证书 (2019-07-01) and again as a
    // 职业技能等级证书 (2019-08-01) — the same occupation and level — and claims both.
    // Library (Jieyang pack over jieyang-2018, the fixture of jieyang2018.test.ts): both granted 1000.00 — the
    // chain gf2018 → yf2018 → jf2018 leaves gbf2019 out, so its no-repeat bar (and the annual cap, F2) never
    // runs for Jieyang, whatever the date.
    // Held right: from 2019-05-18 gbf2019's bar holds in Jieyang too; the first is paid 1000.00 (EX-ELEC 初级工
    // row), the second refused. (Before 2019-05-18 the 2018 texts set no such bar — not asserted.)
    // At stake: 1000.00 paid twice for one basis (the occupation at its level). Confidence 60 % (the library says
    // in gf2018.ts "for claims from 2019-05-18 use those frameworks", but its own Jieyang fixture pays a 2019-07
    // certificate under the 2018 chain, and a Jieyang pack has no other chain to extend).
    const certificates = [cert("C1", { kind: "qualificationCertificate", issuedOn: "2019-07-01" }), cert("C2", { issuedOn: "2019-08-01" })];
    const r = decide(JP, { trainees: [jyPerson()], courses: [jyCourse("K1")], certificates, claims: [ts("A", "C1", { submittedOn: "2019-09-01" }), ts("B", "C2", { submittedOn: "2019-09-01" })] });
    expect(brief(r["A"])).toEqual(["granted", "1000.00", "trainee:P1"]); // EX-ELEC 初级工 row
    expect(r["B"]?.outcome).toBe("denied"); // the same occupation and level: not again
  });

  // F2 — left as a record: as F1 (reading gf2018-chain-groups); since 2026-12-04 night none of the four is paid (undecidable from 2019-05-18).
  it.fails("gbf2019 §(十二) 「原则上每人每年可享受不超过3次」: a Jieyang pack over the 2018 chain does not pay a fourth training subsidy to one person in 2019 (1200.00)", () => {
    // Passage: gbf2019 §(十二) 「原则上每人每年可享受不超过3次」 (national, from 2019-05-18).
    // Records: a Jieyang 下岗失业人员 earns four 初级工 certificates of four occupations in 2019 after 2019-05-18
    // (EX-ELEC 06-10, EX-COOK 07-01, EX-WELD 08-01, EX-DRON 09-01) and claims each.
    // Library: all four granted (1000.00, 900.00, 1200.00, 1200.00) — the cap is gbf2019's and the chain leaves it out.
    // Held right: three are paid (1000 + 900 + 1200 = 3100.00); the fourth is refused.
    // At stake: 1200.00 (the EX-DRON row) paid over the cap. Confidence 55 % (「原则上」 lets a locality go above
    // three, but nothing in the Jieyang texts does).
    const rows: [string, string][] = [["EX-ELEC", "2019-06-10"], ["EX-COOK", "2019-07-01"], ["EX-WELD", "2019-08-01"], ["EX-DRON", "2019-09-01"]];
    const certificates = rows.map(([code, issuedOn], i) => cert(`C${i}`, { occupation: { code, name: code }, issuedOn }));
    const r = decide(JP, { trainees: [jyPerson()], courses: [jyCourse("K1")], certificates, claims: rows.map(([, issuedOn], i) => ts(`T${i}`, `C${i}`, { submittedOn: issuedOn })) });
    expect([r["T0"]?.amount, r["T1"]?.amount, r["T2"]?.amount]).toEqual(["1000.00", "900.00", "1200.00"]); // the three rows
    expect(r["T3"]?.outcome).toBe("denied"); // the fourth of 2019
  });

  // F3 — left: now an alternative of reading gf2018-chain-groups (since 2026-12-04 night the 2019 claim is held, undecidable, no longer refused); it contradicts the library's own plan2021-subsidy-groups (training targets are not subsidy groups) in the other direction.
  it.fails("gf2018 §(六) 「将企业职工培训作为职业技能培训工作的重点」 and gbf2019 §(十一) 「对高校毕业生和企业职工按规定给予职业培训补贴」: a Jieyang pack over the 2018 chain does not refuse a Jieyang enterprise employee for want of a group (1000.00)", () => {
    // Passages: gf2018 §(六) 「将企业职工培训作为职业技能培训工作的重点」 … 「支持符合条件的参保职工提升职业技能」; gbf2019
    // §(十一) 「对高校毕业生和企业职工按规定给予职业培训补贴」 (national, from 2019-05-18). The library's group list
    // for the 2018 chain is gf2018 §(五) alone: 「围绕就业创业重点群体，广泛开展就业技能培训」 — a list of whom to give
    // employment-skills training, in which enterprise employees do not appear.
    // Records: an enterprise employee with a Jieyang hukou trains in Rongcheng in June 2019 and earns EX-ELEC
    // 初级工 (2019-07-01); he claims himself.
    // Library: denied not_in_group (trainingSubsidy.groups = [gf2018.groups]).
    // Held right: 企业职工 are the subsidy's named group from gbf2019 and the 2018 text's 「重点」; paid the EX-ELEC
    // 初级工 row, 1000.00.
    // At stake: 1000.00 refused to each such worker. Confidence 65 % (on 2019-07-01 gbf2019 names them; under the
    // 2018 texts alone, before 2019-05-18, I would not refuse either, but with less certainty, 50 %).
    const r = decide(JP, { trainees: [jyPerson({ statuses: ["enterpriseEmployee"] })], courses: [jyCourse("K1", { kind: "skillUpgrade" })], certificates: [cert("C1", { issuedOn: "2019-07-01", courseId: "K1" })], claims: [ts("A", "C1", { courseId: "K1", submittedOn: "2019-07-05" })] });
    expect(brief(r["A"])).toEqual(["granted", "1000.00", "trainee:P1"]); // EX-ELEC 初级工 row
  });

  // F4 — left: the library's reading plan2021-subsidy-groups holds the same sentence of plan2021 §(六) a training target, not a subsidy group; the 2018 chain reads gf2018 §(五) the other way. Now weighed for gf2018 in reading gf2018-chain-groups.
  it.fails("gf2018 §(五) 「对服刑人员、强制隔离戒毒人员，开展以顺利回归社会为目的的就业技能培训」 names people to train, not people to pay: a Jieyang pack over the 2018 chain does not pay a person serving a sentence the individual training subsidy (1000.00)", () => {
    // Passages: gf2018 §(五) 「对服刑人员、强制隔离戒毒人员，开展以顺利回归社会为目的的就业技能培训」 (under 「围绕就业创业重点群体，
    // 广泛开展就业技能培训」); plan2021 §(六) 「对服刑人员、强制隔离戒毒人员和社区矫正对象，开展以回归社会为目的的就业技能培训」,
    // which the library reads as a training target only (reading plan2021-subsidy-groups: "reading 'targeted' as
    // 'entitled' would wrongly pay prisoners").
    // Records: a person serving a sentence (inCustody), Jieyang hukou, trains in Rongcheng in November 2018 and
    // earns EX-ELEC 初级工 (2018-12-01); a claim in their name.
    // Library: granted 1000.00 (gf2018.groups lists inCustody and compulsoryRehab).
    // Held right: the same words read the same way in both texts — training is organised for them, the
    // individual certificate subsidy is not given by this sentence; not granted.
    // At stake: 1000.00 paid without a basis in the text. Confidence 50 %.
    const r = decide(JP, { trainees: [jyPerson({ statuses: ["inCustody"] })], courses: [jyCourse("K1", { startDate: "2018-11-01", endDate: "2018-11-10" })], certificates: [cert("C1", { issuedOn: "2018-12-01", courseId: "K1" })], claims: [ts("A", "C1", { courseId: "K1", submittedOn: "2018-12-05" })] });
    expect(r["A"]?.outcome).not.toBe("granted");
  });

  // F5 — the same defect as cold audit 5's left finding 「提供普惠同等的培训补贴」 (jx2019, 60 %; reading organiser-of-record, alternative "An enterprise claiming any certificate must be named by the course"), here reaching the national frameworks under op2025.
  // fixed 2026-12-04 (night): reading employer-of-record (E2 is held asking for the employer; the worker is paid).
  it("gbf2019 §(十一) 「对高校毕业生和企业职工按规定给予职业培训补贴」 under op2025: the worker's certificate from E1's course is not paid to an enterprise named on no record ahead of the worker (1000.00)", () => {
    // Passages: gbf2019 §(十一) 「符合条件的企业职工参加岗前培训、安全技能培训、转岗转业培训或初级工、中级工、高级工、技师、高级技师培训，按规定给予职业培训补贴」;
    // op2025 (七) 「支持企业通过开展在岗培训、转岗培训等方式稳定职工队伍」.
    // Records: an enterprise employee (hukou in the city) passes EX-ELEC 初级工 (2025-08-01) after a skill-upgrade
    // course organised by E1; the certificate names the course. E2, named on no record of the training, files
    // first (claim id A-E2 sorts first); the worker files the same day.
    // Library: A-E2 granted 1000.00 to enterprise:E2; B-P1 denied occupation_level_already_subsidised.
    // Held right: E2 ran nothing on these records; the worker (or E1, which organised) is paid the EX-ELEC 初级工
    // row, 1000.00; E2 is not.
    // At stake: 1000.00 paid to the wrong party and refused to the worker. Confidence 55 % (records carry no
    // employer, so E2 as employer cannot be excluded).
    const enterprises = [
      { id: "E1", name: "组织培训的企业（示意）", region: HERE, unemploymentInsuranceRegion: HERE },
      { id: "E2", name: "另一家企业（示意）", region: HERE, unemploymentInsuranceRegion: HERE },
    ];
    const r = decide(NF, {
      trainees: [person({ statuses: ["enterpriseEmployee"] })],
      enterprises,
      courses: [course("K1", { kind: "skillUpgrade", organizerId: "E1" })],
      certificates: [cert("C1", { courseId: "K1" })],
      claims: [ts("A-E2", "C1", { claimant: { kind: "enterprise", id: "E2" }, enterpriseId: "E2", courseId: "K1" }), ts("B-P1", "C1", { courseId: "K1" })],
    });
    expect(r["A-E2"]?.outcome).not.toBe("granted");
    expect(brief(r["B-P1"])).toEqual(["granted", "1000.00", "trainee:P1"]); // EX-ELEC 初级工 row
  });

  // F6 — disagrees with reading direct-recognition-no-training-subsidy, which reads 直接认定 as "a level without training"; its alternatives do not weigh a worker who trained and was then recognised directly.
  it.fails("op2025 (十四) 「可打破工作年限、等级、资历等条件,直接认定相应职业技能等级」 waives the conditions of evaluation, not the training: a worker who trained and was then recognised directly at 中级工 is paid (1500.00)", () => {
    // Passages: op2025 (十四) 「支持符合条件的企业自主开展职工(含符合条件的劳务派遣等用工人员)职业技能等级评价,对表现突出的职工,可打破工作年限、等级、资历等条件,直接认定相应职业技能等级」;
    // gbf2019 §(十二) 「符合条件的劳动者在户籍地、常住地、求职就业地参加培训后取得证书」.
    // Records: a local enterprise employee attends an 80-hour skill-upgrade course for EX-ELEC 中级工 in July 2025
    // (course K1, in the city), and on 2025-08-01 his enterprise recognises him directly at 中级工 (certificate
    // names K1, directlyRecognised). He claims on the certificate and the course.
    // Library: denied directly_recognised, before anything else is judged.
    // Held right: what 「直接」 waives is what the sentence lists — 「工作年限、等级、资历」 (the years, the lower level,
    // the seniority an evaluation would ask) — not the training; this worker 「参加培训后取得证书」, so the row is
    // paid: EX-ELEC 中级工, 1500.00. (With no course on record the refusal stands: controls.)
    // At stake: 1500.00 refused. Confidence 40 % (a directly recognised level rests on performance, not on the
    // course, and an official may read 「参加培训后」 as "because of the training").
    const r = decide(NF, {
      trainees: [person({ statuses: ["enterpriseEmployee"] })],
      courses: [course("K1", { kind: "skillUpgrade", level: "intermediate" })],
      certificates: [cert("C1", { level: "intermediate", courseId: "K1", directlyRecognised: true })],
      claims: [ts("A", "C1", { courseId: "K1" })],
    });
    expect(brief(r["A"])).toEqual(["granted", "1500.00", "trainee:P1"]); // EX-ELEC 中级工 row
  });

  // F7 — the library's own reading cost-sharing-market-priced-only caps a market-priced course at its fee, but pays the full standard when the fee is not recorded; that case is not weighed there.
  it.fails("op2025 (十七) 「收费实行市场调节价的培训项目」: under the library's fee cap, a market-priced course whose fee is not recorded is held for the fee, not paid the full standard (up to 1000.00)", () => {
    // Passage: op2025 (十七) 「收费实行市场调节价的培训项目,可探索建立“市场化收费+政府补贴”相结合的培训成本分摊机制」.
    // Records: a local 下岗失业人员 earns EX-ELEC 初级工 (2025-08-01) after a course marked market-priced
    // (pricing "market") whose fee charged is not recorded.
    // Library: granted 1000.00 (capAtFee with an unknown fee is the standard).
    // Held right, on the library's own reading (the subsidy of a market-priced course never exceeds its fee): the
    // amount is min(1000, fee) and the fee is unknown — undecidable, asking for course.feeCharged, not paid 1000.
    // At stake: up to 1000.00 overpaid (the standard less the fee). Confidence 30 % (it stands only if the cap
    // stands; audit 5 and two cold readers would have no cap at all, and then 1000.00 is right).
    const d = single(person(), "2025-08-01", { course: { pricing: "market" } });
    expect(d?.outcome).toBe("undecidable");
  });
});
