/**
 * Cold review 60: the national frameworks' date edges and the plain claimant. Reviewed at HEAD of branch review60.
 *
 * Read, cold, before any reading or code: law/sources/gf2018.txt, gbf2019.txt, plan2021.txt, op2025.txt and
 * law/sources.json. My own table of what pays money nationally (written before the library's readings):
 * - gf2018 (2018-05-03, no end): pays nothing itself (「落实职业技能培训补贴政策」); the standing support
 *   「发挥失业保险促进就业作用，支持符合条件的参保职工提升职业技能」.
 * - gbf2019 (issued 2019-05-18; 「2019 年至 2021 年，持续开展职业技能提升行动」): the training subsidy to the free-training
 *   groups and 「对高校毕业生和企业职工按规定给予职业培训补贴」 (§(十一)); §(十二) 「符合条件的劳动者在户籍地、常住地、求职就业地
 *   参加培训后取得证书」 with an open list of certificates ending 「培训合格证书等」, 「原则上每人每年可享受不超过3次」 and
 *   「同一职业同一等级不可重复享受」; the living allowance only to the closed list 「对贫困劳动力、就业困难人员、零就业家庭成员、
 *   “两后生”中的农村学员和城市低保家庭学员」; the employee's 「职业培训补贴或参保职工技能提升补贴」 (one or the other); the
 *   apprenticeship 「给予企业每人每年4000元以上的职业培训补贴」 (floor only, standard local); 以工代训 for an employer taking on
 *   a 贫困劳动力, 就业困难人员 or 零就业家庭成员, 「最长不超过6个月」. Open lists: the certificates (等), project-training groups
 *   「贫困劳动力、去产能失业人员、退役军人等群体」. Every amount is local: 「市（地）以上人力资源社会保障部门、财政部门可在规定的原则下
 *   结合实际确定职业培训补贴标准」.
 * - plan2021 (no date printed; 「2021—2025 年」): 「按规定对符合条件的参训人员给予职业培训补贴、技能提升补贴和生活费补贴」 (the old
 *   measures continue by reference) and 「积极为毕业年度学生提供职业技能培训服务并纳入职业培训补贴范畴」 (one new group); no new
 *   amount, no apprenticeship or 以工代训 figure.
 * - op2025 (signed 2025-06-20; 「从2025年到2027年底」): 「按规定落实各项补贴政策」, 「继续将该项资金用于支持开展职业技能培训」, the
 *   permissive 「可探索建立“市场化收费+政府补贴”相结合的培训成本分摊机制」 for market-priced projects, and 「“新八级工”」 named
 *   without its levels.
 * - The plain claimant (a local worker with a residency basis and no special status, no employer): nothing nationally — not
 *   in §(十一)'s groups, not in the living-allowance list, no employer for 以工代训; §(十二) 「符合条件」 points back to them
 *   (I agree with reading national-training-subsidy-scope, 70 %). The same worker employed (an 企业职工) gets the training
 *   subsidy, or the skill-upgrade subsidy if insured.
 * Edges: 2019-05-18 (gbf2019 issue), 2021-12-31 / 2022-01-01 (its action's end; plan2021's period began 2021-01-01 but it
 * prints no day of issue), 2025-06-20 (op2025), 2025-12-31 / 2026-01-01 (plan2021's end), 2027-12-31 / 2028-01-01.
 *
 * How: then src/jurisdictions/policies.ts, national/*.ts and *.params.yaml, provisions/framework.ts, skillLadder.ts,
 * trainingSubsidy.ts (the fee cap), workForTraining.ts; the readings national-measures-end-with-framework, plan2021-start,
 * plan2021-subsidy-groups, national-training-subsidy-scope, insured-skill-upgrade-claimable, training-or-skill-upgrade,
 * annual-cap-calendar-year, cost-sharing-market-priced-only, chief-technician-from-2019, national-apprenticeship-held;
 * test/framework-end.test.ts, frameworks.test.ts. Then ~330 decisions through parseClaimsDocument + evaluateBatch under
 * `national` and `national-frameworks` with an ILLUSTRATIVE local layer in force from 2019-01-01 (catalogue EX-ELEC 初级工
 * 1000.00, 中级工 1500.00, EX-COOK 900.00, EX-WELD 1200.00, EX-TILE 800.00; living allowance 50.00 a day; 以工代训 500.00 a
 * month; skill-upgrade 初级工 1000.00 from 2019-06-01 — not official figures), so that an edge shows what the national texts
 * decide, not where a city's standard starts: the day before, on and after each edge, for a plain worker, an employee, an
 * unemployed person, a graduation-year student, a 就业困难人员 and a 贫困劳动力, for each measure.
 *
 * Found (money moves in each, figures illustrative):
 * 1. (400.00 per claim here; 50 %) op2025's fee cap reaches training that ran and charged its fee before op2025 existed. A
 *    market-priced course of 2025-06-01 … 06-10 charging 600.00, certificate issued 2025-06-19: paid the row, 1000.00; the
 *    same course with the certificate issued 2025-06-20: cut to 600.00. The text speaks of 「收费实行市场调节价的培训项目」 and
 *    of a mechanism to be 「探索建立」: its object is the project's charging, which for this course was fixed and done under
 *    plan2021. The cap (itself the library's reading of a permissive sentence; the cold reader of cost-sharing-market-priced-
 *    only would set none at all, and so would I at 55 %) should at least be read on the day the project charged — the
 *    course's first day — not the certificate's. Fix: src/provisions/trainingSubsidy/trainingSubsidy.ts, `ctx.param(
 *    capAtFeeCharged, date)` → the course's startDate (or drop the cap: op2025.params.yaml trainingSubsidy.capAtFeeCharged).
 * 2. (500.00 per claim here; 40 %) A 学徒工 certificate that the city's catalogue prices is refused `level_not_on_ladder` on
 *    2025-06-19 and paid on 2025-06-20. No national text in force before op2025 refuses a level: §(十二)'s certificates end in
 *    「等」 and the standard is the city's; §(十一)'s five levels are the kinds of 企业职工 training, and the ladder already
 *    takes 特级技师 / 首席技师 from 2019 on words (「鼓励企业设立首席技师、特级技师等」) no nearer to a certificate level than
 *    op2025's 「“新八级工”」, whose eight levels are from outside the text anyway. The library's own ladder, not the text,
 *    moves the money at the edge. Fix: src/provisions/levels/skillLadder.ts / trainingSubsidy.ts (a level the city's
 *    catalogue prices is not refused for the national ladder), or gbf2019.params.yaml levels.skillLadder.
 * 3. (500.00 per claim here; 35 %) 以工代训 for May 2019 — a month in which gbf2019 was in force from the 18th — is refused
 *    whole (`before_provision_start`), for a 就业困难人员 as for a 贫困劳动力. The text pays by month
 *    (「给予一定期限的职业培训补贴，最长不超过6个月」); the living allowance across the same day pays the days in force, and at the
 *    other end a month is paid if its first day is in force. A month the text was in force for should be paid, one of the
 *    person's six. Fix: src/provisions/workForTraining/workForTraining.ts (`before`: a month before the first framework is one
 *    whose last day, not first, precedes it).
 * Read differently but not pressed: 以工代训 under `national-frameworks` from January 2022 (plan2021 pays 「参训人员」, op2025
 * names only 以工代赈) — the reading's recorded alternative, 50 % either way; plan2021 from 2022-01-01 rather than 2021-01-01
 * (a graduation-year student's 2021 certificate refused; I agree with the library, 60 %: no text can pay before it exists,
 * and gbf2019 ran to 2021-12-31).
 *
 * Held (controls below): the plain worker is refused every measure on every side of every edge (held after 2027, as the
 * reading says); the employee's training subsidy is held the day before gbf2019, paid on and after it, paid across 2021/2022,
 * 2025-06-20 and 2025/2026, held from 2028-01-01 (from 2022-01-01 under gbf2019 alone); the skill-upgrade subsidy is paid
 * after both ends; the same occupation and level is paid once across 2021/2022 and across 2025-06-20; the annual cap counts
 * across 2025-06-20; the training subsidy and the skill-upgrade subsidy are one or the other across 2021/2022; the living
 * allowance and 以工代训 of the listed groups continue across 2022-01-01 under the frameworks and stop under gbf2019 alone;
 * a graduation-year student enters on 2022-01-01.
 *
 * Controls are `it(...)`; each defect is an `it.fails(...)` asserting what is right (each run once as `it` and seen failing
 * at its last assertion).
 */
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { livingAllowanceDailyRate, nationalFrameworksPolicy, nationalPolicy, parseSubsidyCatalogue, withCatalogue, workForTrainingMonthlyRate } from "../src/index.js";
import { CATALOGUE_SOURCE, withExampleStandard } from "./support/national.js";
import { decideById } from "./support/ordinary.js";
import { withSkillUpgradeStandards } from "./support/world.js";

type O = Record<string, unknown>;
const HERE = "example.city";

/** ILLUSTRATIVE prefecture catalogue in force from 2019-01-01 (before every edge), so that the national texts decide each edge. */
const CATALOGUE = (() => {
  const row = (code: string, name: string, level: string, standard: string) => ({ occupation: { code, name }, level, standard, certificateKinds: ["skillLevelCertificate"] });
  const r = parseSubsidyCatalogue({
    id: "review60",
    title: "example catalogue (illustrative)",
    publishedBy: "example prefecture (illustrative)",
    effectiveFrom: "2019-01-01",
    illustrative: true,
    entries: [
      row("EX-ELEC", "EX electrician", "junior", "1000.00"),
      row("EX-ELEC", "EX electrician", "intermediate", "1500.00"),
      row("EX-ELEC", "EX electrician", "apprentice", "500.00"),
      row("EX-COOK", "EX cook", "junior", "900.00"),
      row("EX-WELD", "EX welder", "junior", "1200.00"),
      row("EX-TILE", "EX tiler", "junior", "800.00"),
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
})();

/** `base` with the illustrative catalogue, a living allowance of 50.00 a day and 以工代训 of 500.00 a month from 2019-01-01, and the skill-upgrade standards of test/support/world.ts (初级工 1000.00 from 2019-06-01). */
function local(base: Policy): Policy {
  let p = withCatalogue(base, [CATALOGUE], { ...CATALOGUE_SOURCE, level: "prefecture", region: HERE });
  p = withExampleStandard(p, "la", livingAllowanceDailyRate, { zh: "illustrative", en: "living allowance (illustrative)" }, [{ from: "2019-01-01", value: "50.00" }]);
  p = withExampleStandard(p, "wt", workForTrainingMonthlyRate, { zh: "illustrative", en: "work for training (illustrative)" }, [{ from: "2019-01-01", value: "500.00" }]);
  return withSkillUpgradeStandards(p);
}
/** gbf2019 → plan2021 → op2025. */
const NF = local(nationalFrameworksPolicy());
/** gbf2019 alone. */
const NAT = local(nationalPolicy());

const TRAINEE = { kind: "trainee", id: "P1" };
const E1 = { id: "E1", name: "EX enterprise", region: HERE, unemploymentInsuranceRegion: HERE };
/** The plain claimant: local hukou, no status, no employer. */
const plain = (o: O = {}): O => ({ id: "P1", birthDate: "1990-05-05", statuses: [], hukouRegion: HERE, ...o });
/** The same worker employed by E1 and insured 24 months (an 企业职工). */
const employee = (o: O = {}): O => plain({ statuses: ["enterpriseEmployee"], employerId: "E1", unemploymentInsuranceMonths: { [HERE]: 24 }, ...o });
const occ = (code: string) => ({ occupation: { code, name: code } });
const cert = (id: string, issuedOn: string, o: O = {}): O => ({ id, traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "EX electrician" }, level: "junior", issuedOn, ...o });
const ts = (id: string, certificateId: string): O => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant: TRAINEE, certificateId, submittedOn: "2028-06-01" });
const su = (id: string, certificateId: string): O => ({ id, measure: "insuredSkillUpgradeSubsidy", traineeId: "P1", claimant: TRAINEE, certificateId, submittedOn: "2028-06-01" });
const tenDays = (start: string, end: string, o: O = {}): O => ({ id: "K1", traineeId: "P1", kind: "employmentSkills", occupation: { code: "EX-ELEC", name: "EX electrician" }, level: "junior", classHours: 80, startDate: start, endDate: end, attendedDays: 10, region: HERE, ...o });
const la = (id: string): O => ({ id, measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2028-06-01" });
const wt = (months: string[]): O => ({ id: "W", measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", months, submittedOn: "2028-06-01" });

const sum = (d: Decision | undefined): string => `${d?.outcome}:${d?.amount}`;
const codes = (d: Decision | undefined): string[] => d?.reasons.map((r) => r.code) ?? [];
/** One certificate's training subsidy for `person`. */
const tsOn = (policy: Policy, person: O, issuedOn: string, o: O = {}) => decideById(policy, { trainees: [person], enterprises: [E1], certificates: [cert("C1", issuedOn, o)], claims: [ts("A", "C1")] })["A"];

describe("the plain claimant: no national text pays a local worker with no status", () => {
  it("a local worker in none of the groups named is refused the training subsidy on every side of every framework's edge, and held after the last", () => {
    // gbf2019 §(十一) names the groups; §(十二) 「符合条件的劳动者」 points back to them: 0.00, not_in_group
    for (const day of ["2019-05-18", "2021-12-31", "2022-01-01", "2025-06-19", "2025-06-20", "2025-12-31", "2026-01-01", "2027-12-31"]) {
      const d = tsOn(NF, plain(), day);
      expect(sum(d), day).toBe("denied:0.00");
      expect(codes(d), day).toContain("not_in_group");
    }
    // after 「从2025年到2027年底」 no text in the policy speaks: held, not refused
    expect(tsOn(NF, plain(), "2028-01-01")?.outcome).toBe("undecidable");
  });

  it("a local worker in no group named for the living allowance is refused it across 2021/2022, whether employed or not", () => {
    // 「对贫困劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员」: a closed list
    for (const person of [plain(), employee(), plain({ statuses: ["unemployed"] })]) {
      for (const [a, b] of [["2019-05-18", "2019-05-27"], ["2021-12-23", "2022-01-01"], ["2022-01-01", "2022-01-10"], ["2027-12-22", "2027-12-31"]]) {
        const d = decideById(NF, { trainees: [person], courses: [tenDays(a!, b!)], claims: [la("L")] })["L"];
        expect(sum(d), `${a}`).toBe("denied:0.00");
        expect(codes(d)).toContain("not_in_living_allowance_group");
      }
    }
  });

  it("the employer of a plain worker is refused 以工代训 for every month from June 2019 to January 2028", () => {
    // 以工代训 pays for taking on a 贫困劳动力, 就业困难人员 or 零就业家庭成员 only
    for (const m of ["2019-06", "2021-12", "2022-01", "2025-06", "2027-12", "2028-01"]) {
      const d = decideById(NF, { trainees: [plain({ employerId: "E1" })], enterprises: [E1], claims: [wt([m])] })["W"];
      expect(sum(d), m).toBe("denied:0.00");
      expect(codes(d)).toContain("not_work_for_training_employer");
    }
  });
});

describe("the employed worker's training subsidy at each edge (「对高校毕业生和企业职工按规定给予职业培训补贴」)", () => {
  it("held the day before gbf2019's issue, paid on it and the day after", () => {
    // 2019-05-17: no text of the policy in force (held, provision_not_in_force); 2019-05-18/19: EX-ELEC 初级工 row 1000.00
    expect(tsOn(NF, employee(), "2019-05-17")?.reasons[0]?.code).toBe("provision_not_in_force");
    expect(sum(tsOn(NF, employee(), "2019-05-18"))).toBe("granted:1000.00");
    expect(sum(tsOn(NF, employee(), "2019-05-19"))).toBe("granted:1000.00");
  });

  it("paid on both sides of 2021/2022, 2025-06-20 and 2025/2026 under the frameworks, which carry it on 「按规定」", () => {
    // 1000.00 each: the row, whichever framework is in force
    for (const day of ["2021-12-31", "2022-01-01", "2022-01-02", "2025-06-19", "2025-06-20", "2025-06-21", "2025-12-31", "2026-01-01", "2027-12-31"]) expect(sum(tsOn(NF, employee(), day)), day).toBe("granted:1000.00");
  });

  it("held from the day after 「从2025年到2027年底」, and under gbf2019 alone from the day after its 「2019—2021 年」", () => {
    expect(tsOn(NF, employee(), "2028-01-01")?.outcome).toBe("undecidable");
    expect(sum(tsOn(NAT, employee(), "2021-12-31"))).toBe("granted:1000.00");
    expect(tsOn(NAT, employee(), "2022-01-01")?.outcome).toBe("undecidable");
  });

  it("a graduation-year student in no other group is refused on 2021-12-31 and paid on 2022-01-01 (「纳入职业培训补贴范畴」 from plan2021)", () => {
    const student = plain({ statuses: ["graduationYearStudent"] });
    expect(codes(tsOn(NF, student, "2021-12-31"))).toContain("not_in_group");
    // 1000.00, the row
    expect(sum(tsOn(NF, student, "2022-01-01"))).toBe("granted:1000.00");
  });
});

describe("one basis paid once across an edge", () => {
  it("the same occupation at the same level is paid once across 2021/2022 and across 2025-06-20 (「同一职业同一等级不可重复享受」)", () => {
    for (const [a, b] of [["2021-12-31", "2022-01-01"], ["2025-06-19", "2025-06-20"]]) {
      const r = decideById(NF, { trainees: [employee()], enterprises: [E1], certificates: [cert("C1", a!), cert("C2", b!)], claims: [ts("A", "C1"), ts("B", "C2")] });
      // the first 1000.00; the second refused whatever framework it falls under
      expect(sum(r["A"])).toBe("granted:1000.00");
      expect(sum(r["B"])).toBe("denied:0.00");
      expect(codes(r["B"])).toContain("occupation_level_already_subsidised");
    }
  });

  it("the year's three count across 2025-06-20 (「原则上每人每年可享受不超过3次」)", () => {
    const r = decideById(NF, {
      trainees: [employee()],
      enterprises: [E1],
      certificates: [cert("C1", "2025-02-01"), cert("C2", "2025-03-01", occ("EX-COOK")), cert("C3", "2025-06-19", occ("EX-WELD")), cert("C4", "2025-06-20", occ("EX-TILE"))],
      claims: [ts("A", "C1"), ts("B", "C2"), ts("C", "C3"), ts("D", "C4")],
    });
    // 1000.00 + 900.00 + 1200.00 under plan2021; the fourth of 2025, under op2025, refused
    expect([sum(r["A"]), sum(r["B"]), sum(r["C"])]).toEqual(["granted:1000.00", "granted:900.00", "granted:1200.00"]);
    expect(codes(r["D"])).toContain("annual_cap_reached");
  });

  it("the training subsidy and the skill-upgrade subsidy are one or the other across 2021/2022 (「按规定给予职业培训补贴或参保职工技能提升补贴」)", () => {
    for (const policy of [NAT, NF]) {
      const r = decideById(policy, { trainees: [employee()], enterprises: [E1], certificates: [cert("C1", "2021-12-31"), cert("C2", "2022-01-01")], claims: [ts("A", "C1"), su("B", "C2")] });
      // 1000.00 once; the same occupation and level again under the other measure refused
      expect(sum(r["A"])).toBe("granted:1000.00");
      expect(codes(r["B"])).toContain("other_measure_already_paid");
    }
  });

  it("the skill-upgrade subsidy, resting on 「发挥失业保险促进就业作用，支持符合条件的参保职工提升职业技能」, is paid after both ends", () => {
    // 初级工 1000.00 (illustrative standard): 2022-01-01 under gbf2019 alone, 2028-01-01 under the frameworks
    const on = (policy: Policy, day: string) => decideById(policy, { trainees: [employee()], enterprises: [E1], certificates: [cert("C1", day)], claims: [su("S", "C1")] })["S"];
    expect(sum(on(NAT, "2022-01-01"))).toBe("granted:1000.00");
    expect(sum(on(NF, "2028-01-01"))).toBe("granted:1000.00");
  });
});

describe("the listed groups' living allowance and 以工代训 at the edges", () => {
  const difficult = plain({ statuses: ["employmentDifficulty"] });
  const allowance = (policy: Policy, a: string, b: string) => decideById(policy, { trainees: [difficult], courses: [tenDays(a, b)], claims: [la("L")] })["L"];

  it("a 就业困难人员's living allowance goes on across 2022-01-01 under the frameworks and stops under gbf2019 alone", () => {
    // 10 days × 50.00 = 500.00 under plan2021 「技能提升补贴和生活费补贴」
    expect(sum(allowance(NF, "2021-12-23", "2022-01-01"))).toBe("granted:500.00");
    expect(sum(allowance(NF, "2022-01-01", "2022-01-10"))).toBe("granted:500.00");
    // gbf2019 alone: 9 days of 2021 × 50.00 = 450.00; a course wholly in 2022 held
    expect(sum(allowance(NAT, "2021-12-23", "2022-01-01"))).toBe("granted:450.00");
    expect(allowance(NAT, "2022-01-01", "2022-01-10")?.outcome).toBe("undecidable");
  });

  it("a 就业困难人员's living allowance is held for a course wholly before 2019-05-18 and paid from the day of issue", () => {
    expect(allowance(NF, "2019-05-08", "2019-05-17")?.outcome).toBe("undecidable");
    // 10 × 50.00 = 500.00
    expect(sum(allowance(NF, "2019-05-18", "2019-05-27"))).toBe("granted:500.00");
  });

  it("以工代训 for a 就业困难人员 taken on is paid for December 2021 and January 2022 under the frameworks, and for June 2019", () => {
    const month = (m: string) => decideById(NF, { trainees: [{ ...difficult, employerId: "E1" }], enterprises: [E1], claims: [wt([m])] })["W"];
    // 1 month × 500.00 each
    for (const m of ["2019-06", "2021-12", "2022-01", "2027-12"]) expect(sum(month(m)), m).toBe("granted:500.00");
    expect(month("2028-01")?.outcome).toBe("undecidable");
  });
});

describe("defects", () => {
  it.fails("finding 1: a market-priced course run and charged before op2025 is paid the row, whatever day its certificate is issued", () => {
    const un = plain({ statuses: ["unemployed"] });
    const on = (issuedOn: string) =>
      decideById(NF, { trainees: [un], courses: [tenDays("2025-06-01", "2025-06-10", { pricing: "market", feeCharged: "600.00" })], certificates: [cert("C1", issuedOn, { courseId: "K1" })], claims: [ts("A", "C1")] })["A"];
    // certificate the day before op2025: the EX-ELEC 初级工 row, 1000.00 (no cost sharing under plan2021)
    expect(sum(on("2025-06-19"))).toBe("granted:1000.00");
    // the same course, fee charged 2025-06-01 under plan2021; 「收费实行市场调节价的培训项目」 and 「培训成本分摊机制」 are about
    // a project's charging, which here was done before op2025: still 1000.00 (the library: min(1000.00, 600.00) = 600.00)
    expect(sum(on("2025-06-20"))).toBe("granted:1000.00");
  });

  it.fails("finding 2: a 学徒工 certificate the city prices is paid the day before op2025 as on its day", () => {
    const un = plain({ statuses: ["unemployed"] });
    // on 2025-06-20: the catalogue's 学徒工 row, 500.00
    expect(sum(tsOn(NF, un, "2025-06-20", { level: "apprentice" }))).toBe("granted:500.00");
    // on 2025-06-19: §(十二)'s certificates end in 「培训合格证书等」 and no text in force refuses a level the city prices: 500.00
    // (the library: denied, level_not_on_ladder)
    expect(sum(tsOn(NF, un, "2025-06-19", { level: "apprentice" }))).toBe("granted:500.00");
  });

  it.fails("finding 3: 以工代训 for May 2019, a month gbf2019 was in force from the 18th, is one of the person's paid months", () => {
    for (const statuses of [["employmentDifficulty"], ["povertyRegistered"]]) {
      const d = decideById(NF, { trainees: [plain({ statuses, employerId: "E1" })], enterprises: [E1], claims: [wt(["2019-05"])] })["W"];
      // 「给予一定期限的职业培训补贴，最长不超过6个月」 by month: 1 × 500.00 (the library: denied, before_provision_start)
      expect(sum(d)).toBe("granted:500.00");
    }
  });
});
