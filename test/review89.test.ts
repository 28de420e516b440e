/**
 * Cold review 89 (2026-12-07, HEAD 0494932, branch review89): the ordinary person under the national plans of 2021
 * (plan2021, “十四五”职业技能培训规划) and 2025 (op2025, 关于开展大规模职业技能提升培训行动的意见, signed 2025-06-20), with
 * gbf2019 where they refer to it — and above all the SEAMS between the frameworks (2021/2022, 2025-06-20, 2027/2028).
 * Amounts are ILLUSTRATIVE: the example catalogue of test/support/national.ts (EX-ELEC 初级工 1000.00, EX-WELD 1200.00,
 * EX-COOK 900.00, EX-DRON 1200.00), the skill-upgrade standards of test/support/world.ts (初级工 1000.00) and the local
 * standards of test/support/ordinary.ts `withIllustrativeLocal` (living allowance 50.00 a day, 以工代训 500.00 a month,
 * both from 2019-05-18). None is an official figure.
 *
 * ── My table, written from the texts before the code ─────────────────────────────────────────────────────────────────
 * plan2021 names no amount, no payee and no cap: 「按规定对符合条件的参训人员给予职业培训补贴、技能提升补贴和生活费补贴」
 *   (§(二十六), the three kinds, 「按规定」: the rules of gbf2019 and the local standards). The one group it brings into the
 *   subsidy in words is §(十)'s 「积极为毕业年度学生提供职业技能培训服务并纳入职业培训补贴范畴」; §(六)'s groups are targets of
 *   training (reading plan2021-subsidy-groups). Its period is the 14th five-year plan, 「2021—2025 年」 (专栏 1); it prints
 *   no day of issue.
 * op2025 names no amount either: 「从2025年到2027年底」 an action of 「聚焦高精尖产业与急需 行业、就业重点群体等开展补贴性培训」, the
 *   重点群体 of 三 (企业职工 and 失业职工, 高校毕业生等青年, 农民工 — 「以农村转移劳动力、返乡农民工、脱贫劳动力等为重点」, and
 *   「根据大龄、超龄农民工 培训就业意愿,开发适合其就业的职业技能培训项目」), 「按规定落实各项补贴政策」 (十七), cost sharing for
 *   market-priced training, direct recognition (十四) and the 「新八级工」.
 * So for the ORDINARY person (a local worker with a residency and insurance basis, no status): under the national texts
 *   the training subsidy is for §(十一)'s groups (an 企业职工 is one; a person of no group is not — reading
 *   national-training-subsidy-scope), 「原则上每人每年可享受不超过 3次，但同一职业同一等级不可重复享受」 across every framework
 *   (the calendar year does not restart at 2025-06-20); an insured employee's skill-upgrade subsidy is one OR the other
 *   with the training subsidy for one training (「职业培训补贴或参保职工技能提升补贴」); the living allowance and 以工代训 are
 *   for the groups gbf2019 names, 「在培训期间」 and 「给予一定期限的职业培训补贴，最长不超过 6个月」. At each seam one day, one
 *   month, one certificate level is paid once, whichever framework is in force and whatever the claim's id.
 *
 * ── What I read and ran ──────────────────────────────────────────────────────────────────────────────────────────────
 * Read: law/sources/{plan2021,op2025,gbf2019}.txt; law/sources.json; the readings plan2021-start, plan2021-subsidy-groups,
 * national-measures-end-with-framework, national-training-subsidy-scope, national-pension-scope, claim-id-reused,
 * training-or-skill-upgrade, no-repeat-whole-history, cost-sharing-market-priced-only, chief-technician-from-2019,
 * direct-recognition-no-training-subsidy, poverty-labourer-register, insured-skill-upgrade-claimable,
 * employer-on-record-is-employee, living-allowance-repeat-course, apprenticeship-terms-at-start; src/jurisdictions/national/
 * (plan2021.ts, op2025.ts, their params), src/jurisdictions/policies.ts, src/provisions/framework.ts,
 * trainingSubsidy/{trainingSubsidy,noRepeat,trainingSubsidyGroups,differentiatedStandard}.ts, src/engine.ts (judgedOrder,
 * contradicts, scopeOf), test/support/{national,ordinary,workForTraining}.ts.
 * Ran (parseClaimsDocument → evaluateBatch, national-frameworks and gbf2019 alone with the illustrative local standards;
 * chained runs, a run's grants as the next run's ledger, and a deployment moving from `national` to `national-frameworks`):
 * the annual cap across 2025-06-20; a 2021 职业资格 certificate then a 2022 技能等级 certificate of the same occupation and
 * level, under both measures of 「或」; living allowances across 2021/2022, 2025-06-20 and 2027/2028, by dates and by a count
 * of days; 以工代训 across 2021/2022 and 2027/2028, chained; graduation-year students on either side of 2022-01-01 and after
 * 2025; an over-age migrant worker drawing a pension on either side of 2025-06-20; a 学徒工 certificate of 2027; a record of
 * 24 insured months and no status. The controls below hold.
 *
 * ── Findings (each an it.fails, run first as `it` and seen failing at its own assertion) ─────────────────────────────
 * F1 (1500.00 以工代训 + 500.00 living allowance in the case; 45 %) — the months and days a framework's END left held are
 *    refused for good when the SAME claim is filed again once the next framework is in force. A deployment on `national`
 *    (gbf2019 alone) decides 以工代训 claim A for October 2021 – March 2022: 3 × 500.00 paid, January–March named
 *    `provision_not_in_force` (held «for a later text», reading national-measures-end-with-framework); living allowance L1
 *    for a course 2021-12-20 … 2022-01-10: 12 × 50.00 paid, the 10 days of 2022 unpaid and unkeyed «for a later text». It
 *    then moves to `national-frameworks` (plan2021 carries both measures) and re-runs the same claims with the grants as
 *    ledger: both are `denied` `duplicate_claim` («already decided and pays once»), exit 0; the same claims under NEW ids are
 *    paid 1500.00 and 500.00. The money hangs on the claim id. The reading claim-id-reused treats a claim that «names no
 *    more than the grant does» as the same claim; this one asks months/days its grant did not pay because they were HELD,
 *    not refused (undecidable-never-zero), and re-judging is the only road to them; a claim held WHOLE at the seam (no grant)
 *    is paid under its own id when refiled (control), so only the partly paid one loses its rest. Kin to cold review 80 F2
 *    (an apprenticeship claim refiled for the year its grant did not pay, a record), but here the first decision itself
 *    deferred the rest to a later text. Cause: src/engine.ts:738-748
 *    (`contradicts`: «a claim asking more months than were paid … may be the same claim filed again») and :475, :807
 *    (any other claim under a paid id is `duplicate_claim`). Mend: judge a refiled claim that asks months or days its grant
 *    under the id did not key (the pay-once keys already refuse the paid ones; a rest over a cap is refused again by the
 *    cap), or at least make it a flagged `claim_conflict` (exit 1) so it is renumbered rather than silently refused.
 * F2 (1000.00; 35 %) — a graduation-year student's certificate of 2021 is REFUSED `not_in_group` under the national
 *    frameworks, though the only thing that keeps him out is a day the text does not give. plan2021 brings him in
 *    (「积极为毕业年度学生提供职业技能培训服务并纳入职业培训补贴范畴」) for its period 「2021—2025 年」; it prints no day of issue
 *    (law/sources.json: «The day of issue (the text prints no date)»). The reading plan2021-start CHOOSES 2022-01-01 (the
 *    cold reader «does not choose a start date») and lets a pack move it (plan2021Layer(from)). Choosing is fine for the
 *    trace; turning an unknown commencement into a final refusal is a zero on a missing fact (reading undecidable-never-zero).
 *    I argue the reading is wrong on the outcome, not the date: a 2021 claim that passes only through §(十) should be held,
 *    asking plan2021's first day. (A university student of his graduation year is, besides, arguably already a
 *    「高校毕业生」 of gbf2019 §(十一) 「对高校毕业生和企业职工按规定给予职业培训补贴」.) Cause: src/jurisdictions/national/plan2021.params.yaml:36-45 (the group from 2022-01-01)
 *    read by src/provisions/trainingSubsidy/trainingSubsidyGroups.ts:159 (`not_in_group`, pass false). Mend: in 2021 a
 *    person whose only group is plan2021 §(十)'s graduation-year-students group is `undecidable` (missing `plan2021.from`), unless the
 *    policy's pack set the day (plan2021Layer(from)).
 * F3 (1000.00; 40 %) — in the very project op2025 asks for 「大龄、超龄农民工」, the over-age migrant worker who draws a
 *    monthly pension is refused `monthly_pension_entitled`. op2025 三(九) 「根据大龄、超龄农民工 培训就业意愿,开发适合其就业的职业技能培训项目」
 *    puts them among the 重点群体 of its 「补贴性培训」 (一) and says nothing of pensions; 超龄 means past retirement age, where
 *    most rural workers draw the residents' monthly pension. The library lets such a project lift a pack's age ceiling
 *    (op2025 三(九): a 67-year-old without a pension is paid 1000.00, control), but the pension refusal read from
 *    gbf2019 §(十二)'s widening clause (「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」, reading
 *    national-pension-scope) still takes out the same person with a pension — most of the project's audience. The reading
 *    lists this alternative as «left for a later reading» with the effect «None today (no pack names such a project)»; a
 *    pack that names one meets it at once. Cause: src/provisions/trainingSubsidy/trainingSubsidyGroups.ts:140 (the pension
 *    refusal exempts nobody) beside src/provisions/trainingSubsidy/trainingSubsidy.ts:338-345 (the project exempts the
 *    ceiling only). Mend: from op2025's day, a migrant worker in an older-migrant project is not refused for the pension
 *    entitlement (as he is not for the age), or the reading says why the project's people are refused.
 * F4 (1000.00; 20 %) — a graduation-year student is paid in 2026–2027, after plan2021's own period as the library writes
 *    it (plan2021.ts: «in force … to 2025-12-31», PLAN2021_END 2026-01-01). op2025 does not repeat §(十); its youth clause
 *    is 「支持广大高校毕业生等青年 根据职业规划、求职意向自主参加技能培训」, and its only carry-over is 「按规定落实各项补贴政策」. The
 *    library carries gbf2019's groups the same way, so this may be meant; no reading says so. Cause:
 *    src/jurisdictions/national/plan2021.params.yaml:36-45 (trainingSubsidy.groups has no `until`, unlike
 *    national.framework). Mend: a reading that op2025's 「按规定落实各项补贴政策」 carries §(十), or end the override at
 *    PLAN2021_END (held after it).
 * F5 (0.00; 40 %; attribution) — a `duplicate_claim` or `claim_conflict` cites the LAST rule-making layer's scope, whatever
 *    the claim's date: the refiled 2021 以工代训 claim of F1 is refused citing op2025's targets clause 一 (「从2025年到2027年底」), a text
 *    signed four years after its months. This is the design review 21 records as a control (11b3900: «cites the last layer
 *    that makes rules … op2025's targets under the frameworks»); I argue against it for dated claims, low priority. Cause:
 *    src/engine.ts:127-133 (`scopeOf`) used at :806-807. Mend: cite the rule-making layer in force on the claim's basis
 *    date (gbf2019's for 2021), else the last.
 * F6 (1000.00; 35 %) — the ordinary insured worker whose record gives 24 months of unemployment insurance in the city, no
 *    status and no employer, is REFUSED the skill-upgrade subsidy (`not_insured_employee`, «not an enterprise employee»).
 *    The texts the library rests the measure on after gbf2019's action say 「参保职工」 (gf2018 §(六) 「支持符合条件的参保职工提升职业技能」)
 *    and 「参训人员」 (plan2021 §(二十六) 「按规定对符合条件的参训人员给予职业培训补贴、技能提升补贴和生活费补贴」); the record
 *    shows the insurance and is silent on the employment. The same record's missing insurance would be asked (held), and an
 *    enterprise's claim for a worker with no employer on record is held asking `trainee.employerId` (reading
 *    employer-of-record); here the silence refuses. With an employer on record the same worker is paid 1000.00 (control).
 *    Cause: src/provisions/skillUpgrade/insuredSkillUpgrade.ts:71 (no status and no employer → pass false). Mend: a record
 *    with insured months in the region, no employer, no status and not `unemployed` is held asking `trainee.employerId`.
 * Controls that hold (plain `it`): the annual cap counts 2025 as one year across op2025's first day (and chained), and
 *    restarts on 2022-01-01 (three of late 2021 and one of January 2022 all paid); a 2021
 *    职业资格 初级工 and a 2022 技能等级 初级工 of one occupation pay once, under either measure of 「或」, chained or in one
 *    batch; living allowances across 2021/2022 (22 days, 1100.00), 2025-06-20 (1000.00) and 2027/2028 (the 12 days of 2027,
 *    600.00), by dates and by a count of days (750.00), and a chained claim with the dates refused as paid; 以工代训
 *    October 2021 – March 2022 paid six months (3000.00) and a chained claim re-listing December paid January–March only;
 *    after the move from `national` to `national-frameworks` the rest under NEW claim ids is paid once (500.00, 1500.00), and
 *    a training-subsidy claim held whole under `national` is paid under its own id (1000.00); in a pack's project for older
 *    migrant workers a 67-year-old without a pension is paid (1000.00); an insured worker with an employer on record is
 *    paid the skill-upgrade subsidy (1000.00); a
 *    graduation-year student paid from 2022-01-01; the ordinary worker of no group refused nationally (reading
 *    national-training-subsidy-scope) while an enterprise employee is paid.
 * MENDED the same morning (5964a6d, 978fddf): F1 passes and is a test (a claim refiled under its id asking months or known
 *    days its grants did not pay is judged again). F2–F6 stay records (35 %, 40 %, 20 %, 40 % no money, 35 %).
 */
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { ageCeiling, evaluateBatch, nationalFrameworksPolicy, nationalPolicy, olderMigrantProjects, replaceParameter } from "../src/index.js";
import { regionalPolicy, withExampleLayer } from "./support/national.js";
import { cityCert, cityCourse, cityWorker, withIllustrativeLocal } from "./support/ordinary.js";
import { E1 as WE1, E2 as WE2, monthRun, paidMonths, poor, wft } from "./support/workForTraining.js";
import { parsed } from "./support/world.js";

type O = Record<string, any>;
const run = (doc: O, policy: Policy) => evaluateBatch(policy, parsed(doc));
type Run = ReturnType<typeof run>;
const byId = (r: Run): Record<string, Decision> => Object.fromEntries(r.decisions.map((d) => [d.claimId, d]));
const got = (d: Decision | undefined) => `${d?.outcome}:${d?.amount}`;
const codes = (d: Decision | undefined) => (d?.reasons ?? []).map((r) => r.code);

/** The national frameworks gbf2019 → plan2021 → op2025 with the ILLUSTRATIVE local standards. */
const L = withIllustrativeLocal(nationalFrameworksPolicy());
/** gbf2019 alone (the command line's `national`) with the same ILLUSTRATIVE local standards. */
const G = withIllustrativeLocal(nationalPolicy());

const TRAINEE = { kind: "trainee", id: "P1" };
const ts = (id: string, certificateId: string, submittedOn: string): O => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant: TRAINEE, certificateId, submittedOn });
const su = (id: string, certificateId: string, submittedOn: string): O => ({ id, measure: "insuredSkillUpgradeSubsidy", traineeId: "P1", claimant: TRAINEE, certificateId, submittedOn });
const la = (id: string, courseId: string, submittedOn: string): O => ({ id, measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId, submittedOn });
const wftDoc = (claims: O[], o: O = {}): O => ({ trainees: [poor()], enterprises: [WE1, WE2], claims, ...o });
/** A 就业困难人员 of the example city (gbf2019 §(十一)'s living-allowance list). */
const hard = () => cityWorker({ statuses: ["employmentDifficulty"] });
/** One certificate of `code` issued on `day`, its one-day course the same month, and the training-subsidy claim T on it. */
const oneCert = (trainee: O, day: string, code = "EX-ELEC"): O => ({
  trainees: [trainee],
  courses: [cityCourse("K1", { occupation: { code, name: code }, startDate: `${day.slice(0, 8)}01`, endDate: `${day.slice(0, 8)}01`, attendedDays: 1 })],
  certificates: [cityCert("C1", { occupation: { code, name: code }, issuedOn: day })],
  claims: [ts("T", "C1", day)],
});
/** The course 2021-12-20 … 2022-01-10 (22 days, all attended) across gbf2019's end. */
const ACROSS_2022 = cityCourse("K1", { startDate: "2021-12-20", endDate: "2022-01-10", attendedDays: 22 });

/** A 67-year-old 农民工 of the example city (born 1958-03-01), no insurance on record. */
const overAge = (o: O): O => cityWorker({ birthDate: "1958-03-01", statuses: ["migrantWorker"], unemploymentInsuranceMonths: undefined, ...o });
/**
 * The national frameworks with the example catalogue and an ILLUSTRATIVE city that sets an age ceiling of 60 and names
 * EX-ELEC a project for older migrant workers from op2025's first day (op2025 三(九); not any city's rule).
 */
const olderMigrantProject = (): Policy => {
  const c = olderMigrantProjects.citation; // op2025 三(九)
  const label = { zh: "示例：大龄农民工项目", en: "example: older migrant workers' project" };
  return withExampleLayer(regionalPolicy(nationalFrameworksPolicy()), "prefecture", c, [
    replaceParameter(olderMigrantProjects, { label, citation: c, values: [{ from: "2025-06-20", value: ["EX-ELEC"] }], lastVerifiedOn: "2026-12-07" }),
    replaceParameter(ageCeiling, { label, citation: c, values: [{ from: "2019-05-18", value: 60 }], lastVerifiedOn: "2026-12-07" }),
  ], ["op2025"]);
};

describe("cold review 89 — controls: the seams pay once", () => {
  it("the annual cap counts 2025 as one year across op2025's first day (2025-06-20), in one run and chained", () => {
    // gbf2019 §(十二) 「原则上每人每年可享受不超过 3次」: four certificates of 2025 (two before 2025-06-20, two after), the fourth
    // refused whatever framework is in force. ILLUSTRATIVE rows: EX-ELEC 1000.00, EX-WELD 1200.00, EX-COOK 900.00.
    const occ = ["EX-ELEC", "EX-WELD", "EX-COOK", "EX-DRON"];
    const days = ["2025-03-01", "2025-05-01", "2025-07-01", "2025-09-01"];
    const courses = occ.map((c, i) => cityCourse(`K${i}`, { occupation: { code: c, name: c }, startDate: days[i], endDate: days[i], attendedDays: 1 }));
    const certificates = occ.map((c, i) => cityCert(`C${i}`, { occupation: { code: c, name: c }, issuedOn: days[i], courseId: `K${i}` }));
    const claims = occ.map((_, i) => ts(`A${i}`, `C${i}`, days[i] as string));
    const one = byId(run({ trainees: [cityWorker()], courses, certificates, claims }, L));
    expect([got(one.A0), got(one.A1), got(one.A2), codes(one.A3)]).toEqual(["granted:1000.00", "granted:1200.00", "granted:900.00", ["annual_cap_reached"]]);
    const first = run({ trainees: [cityWorker()], courses: courses.slice(0, 2), certificates: certificates.slice(0, 2), claims: claims.slice(0, 2) }, L);
    const second = byId(run({ trainees: [cityWorker()], courses: courses.slice(2), certificates: certificates.slice(2), claims: claims.slice(2), ledger: first.grants }, L));
    expect([got(second.A2), codes(second.A3)]).toEqual(["granted:900.00", ["annual_cap_reached"]]);
  });

  it("three certificates of late 2021 and one of January 2022 are all paid: the year restarts on 2022-01-01 as the framework changes", () => {
    // 「原则上每人每年可享受不超过 3次」 per calendar year (reading annual-cap-calendar-year): 1000.00 + 1200.00 + 900.00 in 2021,
    // 1200.00 (EX-DRON) in 2022 — ILLUSTRATIVE rows.
    const occ = ["EX-ELEC", "EX-WELD", "EX-COOK", "EX-DRON"];
    const days = ["2021-10-01", "2021-11-01", "2021-12-01", "2022-01-05"];
    const courses = occ.map((c, i) => cityCourse(`K${i}`, { occupation: { code: c, name: c }, startDate: days[i], endDate: days[i], attendedDays: 1 }));
    const certificates = occ.map((c, i) => cityCert(`C${i}`, { occupation: { code: c, name: c }, issuedOn: days[i], courseId: `K${i}` }));
    const r = byId(run({ trainees: [cityWorker()], courses, certificates, claims: occ.map((_, i) => ts(`A${i}`, `C${i}`, days[i] as string)) }, L));
    expect([got(r.A0), got(r.A1), got(r.A2), got(r.A3)]).toEqual(["granted:1000.00", "granted:1200.00", "granted:900.00", "granted:1200.00"]);
  });

  it("a 2021 职业资格 初级工 and a 2022 技能等级 初级工 of one occupation are paid once, under either half of 「或」, chained or in one batch", () => {
    // 「同一职业同一等级不可重复享受」 and 「职业培训补贴或参保职工技能提升补贴」: 1000.00 once (ILLUSTRATIVE EX-ELEC 初级工).
    const old = { trainees: [cityWorker()], courses: [cityCourse("K1", { startDate: "2021-09-01", endDate: "2021-09-20" })], certificates: [cityCert("C1", { kind: "qualificationCertificate", issuedOn: "2021-10-01" })] };
    const next = { courses: [cityCourse("K2", { startDate: "2022-02-01", endDate: "2022-02-20" })], certificates: [cityCert("C2", { issuedOn: "2022-03-01", courseId: "K2" })], claims: [ts("B", "C2", "2022-03-05"), su("B2", "C2", "2022-03-06")] };
    for (const first of [ts("A", "C1", "2021-10-05"), su("A", "C1", "2021-10-05")]) {
      const r1 = run({ ...old, claims: [first] }, L);
      expect(got(byId(r1).A)).toBe("granted:1000.00");
      const r2 = byId(run({ ...old, ...next, ledger: r1.grants }, L));
      expect([r2.B?.outcome, r2.B2?.outcome]).toEqual(["denied", "denied"]);
      const batch = byId(run({ trainees: old.trainees, courses: [...old.courses, ...next.courses], certificates: [...old.certificates, ...next.certificates], claims: [first, ...next.claims] }, L));
      expect([got(batch.A), batch.B?.outcome, batch.B2?.outcome]).toEqual(["granted:1000.00", "denied", "denied"]);
    }
  });

  it("living allowances across 2021/2022, 2025-06-20 and 2027/2028 pay each day in force once", () => {
    // 「在培训期间」, 50.00 a day (ILLUSTRATIVE): 22 days across 2021/2022 (plan2021 carries it) = 1100.00; 20 days across
    // 2025-06-20 = 1000.00; 2027-12-20 … 2028-01-10: the 12 days of 2027 = 600.00 (「从2025年到2027年底」).
    const courses = [ACROSS_2022, cityCourse("K2", { occupation: { code: "EX-WELD", name: "w" }, startDate: "2025-06-10", endDate: "2025-06-29", attendedDays: 20 }), cityCourse("K3", { occupation: { code: "EX-COOK", name: "c" }, startDate: "2027-12-20", endDate: "2028-01-10", attendedDays: 22 })];
    const r = byId(run({ trainees: [hard()], courses, claims: [la("L1", "K1", "2022-01-15"), la("L2", "K2", "2025-07-01"), la("L3", "K3", "2028-01-15")] }, L));
    expect([got(r.L1), got(r.L2), got(r.L3)]).toEqual(["granted:1100.00", "granted:1000.00", "granted:600.00"]);
  });

  it("a course known by its count of days across 2021/2022 is paid by the count, and a chained claim with the dates is refused as paid", () => {
    // 15 days attended in 2021-12-20 … 2022-01-10, no dates: 15 × 50.00 = 750.00 (no framework ends on 2022-01-01 here).
    const k1 = cityCourse("K1", { startDate: "2021-12-20", endDate: "2022-01-10", attendedDays: 15 });
    const r1 = run({ trainees: [hard()], courses: [k1], claims: [la("L1", "K1", "2022-01-15")] }, L);
    expect(got(byId(r1).L1)).toBe("granted:750.00");
    const dates = ["2021-12-20", "2021-12-21", "2021-12-22", "2021-12-23", "2021-12-24", "2021-12-27", "2021-12-28", "2021-12-29", "2021-12-30", "2021-12-31", "2022-01-04", "2022-01-05", "2022-01-06", "2022-01-07", "2022-01-10"];
    const r2 = byId(run({ trainees: [hard()], courses: [{ ...k1, attendedDates: dates }], claims: [la("L9", "K1", "2022-02-15")], ledger: r1.grants }, L));
    expect(r2.L9?.outcome).toBe("denied");
  });

  it("以工代训 October 2021 – March 2022 is paid six months, and a chained claim re-listing December is paid January–March only", () => {
    // 「最长不超过 6个月」 at 500.00 a month (ILLUSTRATIVE): 6 × 500.00 = 3000.00; split, 3 × 500.00 + 3 × 500.00.
    expect(got(byId(run(wftDoc([wft("A", monthRun("2021-10", 6), "2022-04-01")]), L)).A)).toBe("granted:3000.00");
    const r1 = run(wftDoc([wft("A", monthRun("2021-10", 3), "2022-01-05")]), L);
    const r2 = byId(run(wftDoc([wft("B", monthRun("2021-12", 6), "2022-06-05")], { ledger: r1.grants }), L));
    expect([got(byId(r1).A), got(r2.B), paidMonths(r2.B as Decision)]).toEqual(["granted:1500.00", "granted:1500.00", ["2022-01", "2022-02", "2022-03"]]);
  });

  it("moving from `national` to `national-frameworks`, the rest of a seam claim filed under a NEW id is paid once", () => {
    // gbf2019 alone pays 2021's part: 12 days × 50.00 = 600.00 and October–December 2021, 3 × 500.00 = 1500.00. Under the
    // frameworks the new claims pay only the rest: 10 days × 50.00 = 500.00 and January–March 2022, 3 × 500.00 = 1500.00.
    const l1 = run({ trainees: [hard()], courses: [ACROSS_2022], claims: [la("L1", "K1", "2022-01-15")] }, G);
    const w1 = run(wftDoc([wft("A", monthRun("2021-10", 6), "2022-04-01")]), G);
    expect([got(byId(l1).L1), got(byId(w1).A)]).toEqual(["granted:600.00", "granted:1500.00"]);
    const l2 = byId(run({ trainees: [hard()], courses: [ACROSS_2022], claims: [la("L2", "K1", "2022-02-15")], ledger: l1.grants }, L));
    const w2 = byId(run(wftDoc([wft("B", monthRun("2021-10", 6), "2022-04-02")], { ledger: w1.grants }), L));
    expect([got(l2.L2), got(w2.B), paidMonths(w2.B as Decision)]).toEqual(["granted:500.00", "granted:1500.00", ["2022-01", "2022-02", "2022-03"]]);
  });

  it("a training-subsidy claim held whole at gbf2019's end (certificate of 2022-01-05 under `national`) is paid under the SAME id once the frameworks are in force", () => {
    // No grant was written for the held claim, so refiling it is no duplicate: EX-ELEC 初级工 1000.00 (ILLUSTRATIVE), once.
    const doc = { trainees: [cityWorker()], courses: [cityCourse("K1", { startDate: "2021-12-01", endDate: "2021-12-20" })], certificates: [cityCert("C1", { issuedOn: "2022-01-05" })], claims: [ts("A", "C1", "2022-01-06")] };
    const first = run(doc, G);
    expect([first.decisions[0]?.outcome, first.grants.length]).toEqual(["undecidable", 0]);
    expect(got(byId(run({ ...doc, ledger: first.grants }, L)).A)).toBe("granted:1000.00");
  });

  it("a graduation-year student is paid from 2022-01-01 (plan2021 §(十), reading plan2021-start)", () => {
    // 「积极为毕业年度学生提供职业技能培训服务并纳入职业培训补贴范畴」: EX-ELEC 初级工 1000.00 (ILLUSTRATIVE).
    const student = cityWorker({ statuses: ["graduationYearStudent"], unemploymentInsuranceMonths: undefined });
    expect(got(byId(run(oneCert(student, "2022-01-01"), L)).T)).toBe("granted:1000.00");
  });

  it("the ordinary worker of no group is refused nationally while an enterprise employee is paid (reading national-training-subsidy-scope)", () => {
    // gbf2019 §(十一) 「对高校毕业生和企业职工按规定给予职业培训补贴」: 1000.00 for the employee; the plain worker is not_in_group.
    const plainR = byId(run(oneCert(cityWorker({ statuses: [] }), "2022-08-01"), L));
    const employee = byId(run(oneCert(cityWorker(), "2022-08-01"), L));
    expect([codes(plainR.T), got(employee.T)]).toEqual([["not_in_group"], "granted:1000.00"]);
  });
  it("in a project a pack names for older migrant workers, a 67-year-old 农民工 with no pension entitlement passes the pack's age ceiling and is paid", () => {
    // op2025 三(九): the project lifts the pack's ceiling (60, ILLUSTRATIVE) — EX-ELEC 初级工 1000.00 (ILLUSTRATIVE).
    expect(got(byId(run(oneCert(overAge({ monthlyPensionEntitled: false }), "2025-08-01"), olderMigrantProject())).T)).toBe("granted:1000.00");
  });
  it("an insured worker of no status whose record names an employer is paid the skill-upgrade subsidy (reading employer-on-record-is-employee)", () => {
    // gf2018 §(六) 「支持符合条件的参保职工提升职业技能」: 初级工 1000.00 (ILLUSTRATIVE skill-upgrade standard).
    const doc = { trainees: [cityWorker({ statuses: [], employerId: "E9" })], courses: [cityCourse("K1")], certificates: [cityCert("C1")], claims: [su("S", "C1", "2022-08-05")] };
    expect(got(byId(run(doc, L)).S)).toBe("granted:1000.00");
  });
});

describe("cold review 89 — findings", () => {
  // Mended 2026-12-07 (src/engine.ts asksUnpaid): a claim refiled under its id asking months (以工代训) or known days (living
  // allowance) its grants did not pay is judged again.
  it("F1: moving from `national` to `national-frameworks`, the SAME seam claims filed again are paid the rest their grants held, not refused duplicate_claim", () => {
    // The first run pays 2021 and holds 2022 (provision_not_in_force); re-judged under plan2021 the same claims are owed
    // exactly what the new-id control pays: 10 days × 50.00 = 500.00 and January–March 2022, 3 × 500.00 = 1500.00.
    const l1 = run({ trainees: [hard()], courses: [ACROSS_2022], claims: [la("L1", "K1", "2022-01-15")] }, G);
    const w1 = run(wftDoc([wft("A", monthRun("2021-10", 6), "2022-04-01")]), G);
    expect(codes(byId(w1).A)).toContain("provision_not_in_force");
    const l2 = byId(run({ trainees: [hard()], courses: [ACROSS_2022], claims: [la("L1", "K1", "2022-02-15")], ledger: l1.grants }, L));
    const w2 = byId(run(wftDoc([wft("A", monthRun("2021-10", 6), "2022-04-02")], { ledger: w1.grants }), L));
    // Fails here today: both are denied duplicate_claim (0.00).
    expect([got(w2.A), got(l2.L1)]).toEqual(["granted:1500.00", "granted:500.00"]);
  });

  it.fails("F2: a graduation-year student's 2021 certificate is held for plan2021's unknown first day, not refused", () => {
    // plan2021's period is 「2021—2025 年」 and it prints no day of issue; §(十) alone brings the student in. 1000.00
    // (ILLUSTRATIVE EX-ELEC 初级工) should wait for the day, not be refused.
    const student = cityWorker({ statuses: ["graduationYearStudent"], unemploymentInsuranceMonths: undefined });
    const d = byId(run(oneCert(student, "2021-06-30"), L)).T;
    // Fails here today: denied not_in_group.
    expect(d?.outcome).toBe("undecidable");
  });

  it.fails("F3: in a project a pack names for older migrant workers (op2025 三(九)), an over-age migrant worker drawing a monthly pension is not refused for the pension", () => {
    // op2025 三(九) 「根据大龄、超龄农民工 培训就业意愿,开发适合其就业的职业技能培训项目」, among the 重点群体 of 「补贴性培训」 (一). In
    // the pack's project (EX-ELEC, age ceiling 60) the same 67-year-old 农民工 is paid 1000.00 (ILLUSTRATIVE EX-ELEC 初级工)
    // when his record says he has no pension entitlement (control above); drawing one he should be paid the same, or at
    // most held — not refused.
    const d = byId(run(oneCert(overAge({ monthlyPensionEntitled: true, receivesMonthlyPension: true }), "2025-08-01"), olderMigrantProject())).T;
    // Fails here today: denied monthly_pension_entitled.
    expect(d?.outcome).not.toBe("denied");
  });

  it.fails("F4: after plan2021's period (2026-01-01) a graduation-year student is not paid on plan2021 §(十) alone", () => {
    // The library's own PLAN2021_END is 2026-01-01; op2025 does not repeat 「纳入职业培训补贴范畴」. 1000.00 (ILLUSTRATIVE) is
    // paid on a clause out of its period; it should be held for a text that carries it (or a reading that says op2025 does).
    const student = cityWorker({ statuses: ["graduationYearStudent"], unemploymentInsuranceMonths: undefined });
    const d = byId(run(oneCert(student, "2026-03-01"), L)).T;
    // Fails here today: granted 1000.00.
    expect(d?.outcome).not.toBe("granted");
  });

  it("F5: a refiled 2021 claim's duplicate_claim cites a text in force on its months, not op2025 (signed 2025-06-20)", () => {
    const w1 = run(wftDoc([wft("A", monthRun("2021-10", 3), "2022-01-05")]), L);
    const d = byId(run(wftDoc([wft("A", monthRun("2021-10", 3), "2022-01-06")], { ledger: w1.grants }), L)).A;
    const reason = d?.reasons.find((r) => r.code === "duplicate_claim");
    expect(reason).toBeDefined();
    // Mended (2026-12-07): the engine's refusals cite the text in force on the claim's basis date, here gbf2019 (2021's months)
    expect(reason?.citation.document).not.toBe("op2025");
    expect(reason?.citation.provision).toBe("gbf2019.local-standards");
  });

  it.fails("F6: an insured worker whose record gives no status and no employer is held for the employment, not refused the skill-upgrade subsidy", () => {
    // 24 months insured in the example city, statuses [], no employerId: a 「参保职工」 on the record's insurance, the employment
    // unknown. 1000.00 (ILLUSTRATIVE 初级工) should wait for `trainee.employerId`, not be refused.
    const doc = { trainees: [cityWorker({ statuses: [] })], courses: [cityCourse("K1")], certificates: [cityCert("C1")], claims: [su("S", "C1", "2022-08-05")] };
    const d = byId(run(doc, L)).S;
    // Fails here today: denied not_insured_employee.
    expect(d?.outcome).toBe("undecidable");
  });
});
