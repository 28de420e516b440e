/**
 * Cold audit 11b (2026-12-05): today's claimant. Today is 2026-12-05; a government system embedding the library decides
 * claims of 2025, 2026 and 2027. Which texts are in force then, and what each shipped policy (`national`,
 * `national-frameworks`, `jiaxing-2019`, `jieyang-2018`) pays the ordinary person and each group op2025 names, for each
 * measure; and what happens at the transitions 2021-12-31/2022-01-01, 2025-06-19/20 and 2027-12-31/2028-01-01.
 *
 * What I read, and how: law/sources/op2025.txt and plan2021.txt whole, then gbf2019 §(十一)–(十二), before the code. Then
 * src/jurisdictions/policies.ts, src/jurisdictions/national/{op2025,plan2021,gbf2019}.ts and their .params.yaml,
 * src/provisions/framework.ts, trainingSubsidy/trainingSubsidy.ts (the only rule that reads `national.framework`),
 * groups/keyGroups2021.ts, records/kinds.ts (TRAINEE_STATUSES: `liftedOutOfPoverty` is 脱贫劳动力), and the readings
 * plan2021-start, plan2021-subsidy-groups, jiaxing-plan-in-force, before-first-day-denied-after-last-undecidable,
 * national-training-subsidy-scope, national-pension-scope, poverty-labourer-register, cost-sharing-market-priced-only,
 * annual-cap-calendar-year.
 *
 * What the texts in force give, as I read them: op2025 runs 「从2025年到2027年底」 and sets no amount, no group and no
 * measure of its own; it says 「按规定落实各项补贴政策」, so the measures of gbf2019 carry on by reference, as they did under
 * plan2021 (「按规定对符合条件的参训人员给予职业培训补贴、技能提升补贴和生活费补贴」). Its groups (七)–(九),
 * 「以农村转移劳动力、返乡农民工、脱贫劳动力等为重点」, are targets of training (reading plan2021-subsidy-groups); who is paid is still gbf2019 §(十一)'s lists.
 * gbf2019 is 「职业技能提升行动方案（2019—2021 年）」 and jx2019 Jiaxing's three-year action to 2021-12-31. After 2027 no held
 * text is in force.
 *
 * What I tried: documents through the public door (parseClaimsDocument → evaluateBatch, via `parsed`), and one through the
 * CLI (`evaluate <file> --policy <id> --format ndjson`, in process), for each shipped policy. Started from the ordinary
 * claimant (test/support/ordinary.ts cityWorker / worker) and moved one fact at a time: the status (none, 企业职工, 农村转移劳动力,
 * 返乡农民工, 脱贫劳动力, 高校毕业生, 毕业年度学生, 失业人员, 贫困劳动力, 就业困难人员), the year (2020 … 2028), the measure
 * (training subsidy, skill-upgrade subsidy, living allowance, 以工代训, apprenticeship, appraisal), the pension.
 * Not recorded (considered): 以工代训 of 2022–2027 under the national frameworks is paid — plan2021 §(二十六) names only
 * 「职业培训补贴、技能提升补贴和生活费补贴」, but op2025's 「按规定落实各项补贴政策」 carries every earlier measure on; op2025 (九)'s
 * 「以工代赈」 is work relief, not 以工代训, and the library does not confuse them. The apprenticeship subsidy is not bound by the
 * national policies (measure_not_provided) and Jiaxing's ends with 2021 (undecidable): right.
 *
 * Figures: ILLUSTRATIVE (not any city's): the example city's catalogue (test/support/national.ts: EX-ELEC 初级工 1000.00,
 * EX-TILE 333.33, EX-DRON 1200.00, EX-WELD 1200.00, EX-COOK 900.00), the skill-upgrade standards of test/support/world.ts
 * (初级工 1000.00), a living allowance of 50.00 a day and 以工代训 of 500.00 a month (withExampleStandard, from 2019-05-18).
 *
 * The first block holds the controls (what I hold right, passing). The second holds the findings as `it.fails` records: each
 * asserts what the texts require and fails on the code as it stands, at its own assertion (each was run once as it(...)).
 * src/ untouched. Full suite on this branch (2026-12-05 07:27 UTC): 3,370 passed, 56 expected fail (52 before + these 4), 1
 * skipped; test/server.test.ts failed only for want of the gitignored schemas/openapi.json, and passes (63) once
 * `node scripts/write-schemas.mjs` has written it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, nationalFrameworksPolicy, nationalPolicy } from "../src/index.js";
import { cite } from "../src/core/citation.js";
import { replaceParameter } from "../src/core/layer.js";
import { olderMigrantProjects } from "../src/provisions/groups/olderMigrants.js";
import { cli } from "./cli-helpers.js";
import { parsed } from "./support/world.js";
import { JX, E1, worker, course, cert, ts, appraisal, cityWorker, cityCourse, cityCert, kept, skillUpgrade, TRAINEE, HERE, withIllustrativeLocal } from "./support/ordinary.js";
import { regionalPolicy, withExampleLayer } from "./support/national.js";

type O = Record<string, unknown>;

/** Decides a document under `policy`: each decision by claim id. */
function decide(policy: Policy, doc: O): Record<string, Decision> {
  return Object.fromEntries(evaluateBatch(policy, parsed(doc)).decisions.map((d) => [d.claimId, d]));
}
/** `outcome:amount`. */
const paid = (d: Decision | undefined): string => `${d?.outcome}:${d?.amount}`;
/** `outcome:amount:first-code` for a refusal or a hold. */
const refused = (d: Decision | undefined): string => `${d?.outcome}:${d?.amount ?? "null"}:${d?.reasons[0]?.code}`;
/** The framework the training-subsidy line names (`training_subsidy_standard`'s facts). */
const framework = (d: Decision | undefined): unknown => d?.reasons.find((r) => r.code === "training_subsidy_standard")?.facts["framework"];

/** The illustrative local standards the national texts leave open: living allowance 50.00 a day, 以工代训 500.00 a month (from 2019-05-18). */
const withLocal = withIllustrativeLocal; // test/support/ordinary.ts
/** gbf2019 alone, with the example catalogue and the illustrative standards. */
const NAT = withLocal(nationalPolicy());
/** gbf2019 → plan2021 → op2025, with the example catalogue and the illustrative standards. */
const NF = withLocal(nationalFrameworksPolicy());

/**
 * The example city's worker with `statuses`, employed by E1 (insured in the city): a 20-day EX-ELEC 初级工 course in July of
 * `year`, its certificate of 1 August, and the claims — the training subsidy (TS), the insured skill-upgrade subsidy (SU, filed
 * for an `enterpriseEmployee` only), the living allowance (LA), and E1's 以工代训 for March and April (WT). `trainee` adds facts.
 */
function cityYear(policy: Policy, year: number, statuses: string[], trainee: O = {}): Record<string, Decision> {
  return decide(policy, {
    trainees: [cityWorker({ statuses, employerId: "E1", ...trainee })],
    enterprises: [{ id: "E1", name: "示例企业（示意）", region: HERE, unemploymentInsuranceRegion: HERE }],
    courses: [cityCourse("K1", { startDate: `${year}-07-01`, endDate: `${year}-07-20` })],
    certificates: [cityCert("C1", { issuedOn: `${year}-08-01` })],
    claims: [
      ts("TS", "C1", { submittedOn: `${year}-08-05` }),
      // the skill-upgrade subsidy is claimed by the 企业职工 alone: every worker here has E1 on record, an 企业职工 by that record
      // (reading employer-on-record-is-employee), and one certificate is paid 「职业培训补贴或参保职工技能提升补贴」, not both
      ...(statuses.includes("enterpriseEmployee") ? [{ ...skillUpgrade("SU", "C1"), submittedOn: `${year}-08-05` }] : []),
      { id: "LA", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: `${year}-08-05` },
      { id: "WT", measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", months: [`${year}-03`, `${year}-04`], submittedOn: `${year}-05-05` },
    ],
  });
}
/** One training-subsidy claim of the example city's worker with `statuses`, certificate issued on `issuedOn`. */
const cityTs = (policy: Policy, statuses: string[], issuedOn: string, trainee: O = {}): Decision | undefined =>
  decide(policy, {
    trainees: [cityWorker({ statuses, ...trainee })],
    courses: [cityCourse("K1", { startDate: `${Number(issuedOn.slice(0, 4)) - 1}-11-01`, endDate: `${Number(issuedOn.slice(0, 4)) - 1}-11-20` })],
    certificates: [cityCert("C1", { issuedOn })],
    claims: [ts("A", "C1", { submittedOn: "2028-02-01" })],
  })["A"];

const OCC = ["EX-ELEC", "EX-TILE", "EX-DRON", "EX-WELD", "EX-COOK"];
/** Training-subsidy claims of one 下岗失业人员, one certificate per date, each of another occupation (all 初级工); `ledger` the prior grants. */
function yearOfCertificates(dates: string[], ledger: O[] = []): Record<string, Decision> {
  const certificates = dates.map((issuedOn, i) => cityCert(`C${i}`, { occupation: { code: OCC[i], name: OCC[i] }, issuedOn, courseId: `K${i}` }));
  const courses = dates.map((issuedOn, i) => cityCourse(`K${i}`, { occupation: { code: OCC[i], name: OCC[i] }, startDate: `${Number(issuedOn.slice(0, 4)) - 1}-11-01`, endDate: `${Number(issuedOn.slice(0, 4)) - 1}-11-20` }));
  return decide(regionalPolicy(nationalFrameworksPolicy()), { trainees: [cityWorker({ statuses: ["unemployed"] })], courses, certificates, claims: certificates.map((_, i) => ts(`A${i}`, `C${i}`, { submittedOn: "2028-02-01" })), ledger });
}

describe("controls: today's claimant held right (passing)", () => {
  it("op2025 「从2025年到2027年底」 follows plan2021 with no gap: a 下岗失业人员's EX-ELEC 初级工 certificate is paid 1000.00 on 2021-12-31 (gbf2019), 2022-01-01 and 2025-06-19 (plan2021), 2025-06-20, 2026-12-05 and 2027-12-31 (op2025), and held on 2028-01-01", () => {
    const NFC = regionalPolicy(nationalFrameworksPolicy());
    const on = (date: string) => cityTs(NFC, ["unemployed"], date);
    for (const [date, text] of [["2021-12-31", "gbf2019"], ["2022-01-01", "plan2021"], ["2025-06-19", "plan2021"], ["2025-06-20", "op2025"], ["2026-12-05", "op2025"], ["2027-12-31", "op2025"]] as const) {
      expect([date, paid(on(date)), framework(on(date))]).toEqual([date, "granted:1000.00", text]); // the EX-ELEC 初级工 row (illustrative)
    }
    // after 「2027年底」 no held text is in force: held, never refused (reading before-first-day-denied-after-last-undecidable)
    expect(refused(on("2028-01-01"))).toBe("undecidable:null:provision_not_in_force");
  });

  it("「从2025年到2027年底」 under op2025, 「对高校毕业生和企业职工按规定给予职业培训补贴」 carried on by 「按规定落实各项补贴政策」: in 2026 a 农村转移劳动力, a 返乡农民工, a 农民工, a 高校毕业生, a 毕业年度学生 and a 失业人员 are each paid 1000.00; an insured 企业职工 is paid the skill-upgrade subsidy, 1000.00, and the same certificate's training subsidy is refused as paid once", () => {
    for (const s of ["ruralTransferWorker", "returningMigrantWorker", "migrantWorker", "collegeGraduate", "graduationYearStudent", "unemployed", "povertyRegistered", "employmentDifficulty"]) {
      expect([s, paid(cityYear(NF, 2026, [s])["TS"])]).toEqual([s, "granted:1000.00"]); // EX-ELEC 初级工 row (illustrative)
    }
    const employee = cityYear(NF, 2026, ["enterpriseEmployee"]);
    expect(paid(employee["SU"])).toBe("granted:1000.00"); // 初级工 skill-upgrade standard (illustrative)
    expect(refused(employee["TS"])).toBe("denied:0.00:other_measure_already_paid");
  });

  it("gbf2019 §(十一) 「对贫困劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员，在培训期间按规定通过就业补助资金同时给予生活费补贴」 in 2026: a 贫困劳动力 is paid 20 days × 50.00 = 1000.00, the ordinary 企业职工 is refused; 以工代训 「最长不超过 6个月」 pays E1 2 × 500.00 = 1000.00 for a 贫困劳动力 only", () => {
    const poor = cityYear(NF, 2026, ["povertyRegistered"]);
    expect(paid(poor["LA"])).toBe("granted:1000.00"); // 2026-07-01 … 07-20, 20 days × 50.00 (illustrative)
    expect(paid(poor["WT"])).toBe("granted:1000.00"); // March and April 2026 × 500.00 (illustrative)
    const employee = cityYear(NF, 2026, ["enterpriseEmployee"]);
    expect(refused(employee["LA"])).toBe("denied:0.00:not_in_living_allowance_group");
    expect(refused(employee["WT"])).toBe("denied:0.00:not_work_for_training_employer");
  });

  it("the ordinary local worker with no status is refused the national training subsidy in 2026 (reading national-training-subsidy-scope: §(十一)'s lists, which op2025 does not widen; 「省级人力资源社会保障部门、财政部门可在规定的原则下结合实际调整享受职业培训补贴、生活费补贴人员范围和条件要求」 is the province's)", () => {
    expect(refused(cityYear(NF, 2026, [], { employerId: undefined })["TS"])).toBe("denied:0.00:not_in_group"); // no status, no employer on record
  });

  it("「原则上每人每年可享受不超过 3次」 counts the calendar year across op2025's first day: certificates of 2025-03-01, 04-01 and 06-19 (plan2021) are paid, 06-20 and 12-31 (op2025) refused; across 2021/2022 two grants of 2022 in another city's ledger leave one place", () => {
    const y2025 = yearOfCertificates(["2025-03-01", "2025-04-01", "2025-06-19", "2025-06-20", "2025-12-31"]);
    // EX-ELEC 1000.00, EX-TILE 333.33, EX-DRON 1200.00 (illustrative rows), then the cap of three
    expect([paid(y2025["A0"]), paid(y2025["A1"]), paid(y2025["A2"])]).toEqual(["granted:1000.00", "granted:333.33", "granted:1200.00"]);
    expect([refused(y2025["A3"]), refused(y2025["A4"])]).toEqual(["denied:0.00:annual_cap_reached", "denied:0.00:annual_cap_reached"]);
    const g = (id: string, basisDate: string, occupationCode: string) => kept({ id, claimId: `O-${id}`, measure: "trainingSubsidy", provision: "jx2019.catalogue", amount: "500.00", basisDate, occupationCode, certificateId: `OC-${id}` });
    const y2122 = yearOfCertificates(["2021-12-30", "2021-12-31", "2022-01-01", "2022-01-02"], [g("G1", "2021-05-01", "EX-CARE"), g("G2", "2022-05-01", "EX-SAFE"), g("G3", "2022-06-01", "EX-X")]);
    // 2021: G1 + A0 + A1 = 3; 2022: G2 + G3 + A2 = 3, so A3 is the fourth
    expect([paid(y2122["A0"]), paid(y2122["A1"]), paid(y2122["A2"])]).toEqual(["granted:1000.00", "granted:333.33", "granted:1200.00"]);
    expect(refused(y2122["A3"])).toBe("denied:0.00:annual_cap_reached");
    // 2027-12-31 is the third of 2027; 2028-01-01 is held (no text), not counted as a fourth
    const y2027 = yearOfCertificates(["2027-03-01", "2027-04-01", "2027-12-31", "2028-01-01"]);
    expect(paid(y2027["A2"])).toBe("granted:1200.00");
    expect(refused(y2027["A3"])).toBe("undecidable:null:provision_not_in_force");
  });

  it("「但同一职业同一等级不可重复享受」 across the frameworks: an EX-ELEC 初级工 paid in 2024 (plan2021) is not paid again on a new certificate of 2026 (op2025), in one document or from a ledger whose grant names gbf2019, plan2021, jx2019 or op2025", () => {
    const NFC = regionalPolicy(nationalFrameworksPolicy());
    const certs = [cityCert("C24", { issuedOn: "2024-08-01", courseId: "K24" }), cityCert("C26", { issuedOn: "2026-08-01", courseId: "K26" })];
    const courses = [cityCourse("K24", { startDate: "2024-07-01", endDate: "2024-07-20" }), cityCourse("K26", { startDate: "2026-07-01", endDate: "2026-07-20" })];
    const one = decide(NFC, { trainees: [cityWorker({ statuses: ["unemployed"] })], courses, certificates: certs, claims: [ts("A", "C24", { submittedOn: "2024-08-05" }), ts("B", "C26", { submittedOn: "2026-08-05" })] });
    expect([paid(one["A"]), refused(one["B"])]).toEqual(["granted:1000.00", "denied:0.00:occupation_level_already_subsidised"]);
    for (const provision of ["gbf2019.certificate-basis", "plan2021.subsidy-kinds", "jx2019.catalogue", "op2025.cost-sharing"]) {
      const ledger = [kept({ measure: "trainingSubsidy", provision, amount: "1000.00", basisDate: "2024-08-01", occupationCode: "EX-ELEC", level: "junior", certificateId: "C24" })];
      const b = decide(NFC, { trainees: [cityWorker({ statuses: ["unemployed"] })], courses: [courses[1]], certificates: [certs[1]], claims: [ts("B", "C26", { submittedOn: "2026-08-05" })], ledger })["B"];
      expect([provision, refused(b)]).toEqual([provision, "denied:0.00:occupation_level_already_subsidised"]);
    }
  });

  it("jx2019 「三年行动计划期间原政策规定与本方案不一致的，按本方案执行」: the ordinary Nanhu worker is paid 1000.00 and 120.00 appraisal on 2021 certificates; of 2022 and 2026 the training subsidy, the appraisal subsidy, the living allowance of a 就业困难人员 and the apprenticeship are held (provision_not_in_force), never refused", () => {
    const jx = (year: number, statuses: string[] = ["enterpriseEmployee"]) =>
      decide(JX, {
        trainees: [worker({ statuses })],
        enterprises: [E1],
        courses: [course("K1", { startDate: `${year}-06-01`, endDate: `${year}-06-10` })],
        certificates: [cert("C1", { issuedOn: `${year}-06-20` })],
        apprenticeships: [{ id: "AP1", traineeId: "P1", enterpriseId: "E1", kind: "employee", occupation: { code: "EX-WELD", name: "焊工（示意）" }, startDate: `${year}-01-01`, endDate: `${year}-12-31`, annualStandard: "6000.00" }],
        claims: [
          ts("TS", "C1", { submittedOn: `${year}-07-01` }),
          appraisal("AP", "C1", { submittedOn: `${year}-07-01` }),
          { id: "LA", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: `${year}-07-01` },
          { id: "AS", measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, apprenticeshipId: "AP1", enterpriseId: "E1", submittedOn: `${year + 1}-01-15` },
        ],
      });
    const y2021 = jx(2021);
    expect([paid(y2021["TS"]), paid(y2021["AP"])]).toEqual(["granted:1000.00", "granted:120.00"]); // EX-ELEC 初级工 row; 初级工 appraisal (illustrative catalogue)
    for (const year of [2022, 2026]) {
      const d = jx(year, ["enterpriseEmployee", "employmentDifficulty"]);
      for (const id of ["TS", "AP", "LA", "AS"]) expect([year, id, refused(d[id])]).toEqual([year, id, "undecidable:null:provision_not_in_force"]);
    }
  });

  it("through the CLI, a 2026 claim of the ordinary worker: `national` holds it (gbf2019's action is over), `national-frameworks` refuses it not_in_group, `jiaxing-2019` holds it, `jieyang-2018` provides no measure", async () => {
    const dir = mkdtempSync(join(tmpdir(), "a11b-"));
    const path = join(dir, "today.json");
    writeFileSync(path, JSON.stringify({
      trainees: [{ id: "P1", birthDate: "1990-05-05", statuses: [], hukouRegion: "zhejiang.jiaxing.nanhu" }],
      courses: [course("K1", { startDate: "2026-06-01", endDate: "2026-06-10", organizerId: undefined })],
      certificates: [cert("C1", { issuedOn: "2026-06-20" })],
      claims: [ts("A", "C1", { submittedOn: "2026-07-01" })],
    }));
    const first = async (policy: string): Promise<string> => {
      const r = await cli(["evaluate", path, "--policy", policy, "--format", "ndjson", "--quiet"]);
      const d = r.out.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as O).find((l) => l["type"] === "decision") as unknown as Decision;
      return refused(d);
    };
    expect(await first("national")).toBe("undecidable:null:provision_not_in_force");
    expect(await first("national-frameworks")).toBe("denied:0.00:not_in_group"); // no catalogue is asked: the group is decided first
    expect(await first("jiaxing-2019")).toBe("undecidable:null:provision_not_in_force");
    expect(await first("jieyang-2018")).toBe("undecidable:null:measure_not_provided");
  });
});

describe("findings: what the texts in force require and the library does not do (it.fails records)", () => {
  // Mended 2026-12-05 (the lead): the living allowance and 以工代训 read `national.framework` (on the course's last day; on each
  // month's first day) and are held after the last framework the policy holds; the skill-upgrade subsidy is not taken — see
  // the comment at its assertion. Now it(...).
  it("「职业技能提升行动方案（2019—2021 年）」: under `national` (gbf2019 alone) a 2026 claim for the living allowance or 以工代训 is held as the training subsidy is, not paid by a text whose action ended on 2021-12-31; the skill-upgrade subsidy, a standing measure, is paid", () => {
    // What: under the shipped `national` policy (gbf2019 alone) with the illustrative local standards, a claim of 2026 for
    //   the training subsidy is undecidable (provision_not_in_force: national.framework, which gbf2019 sets to 2021-12-31),
    //   but the same person's living allowance (贫困劳动力, 20 days), an insured 企业职工's skill-upgrade subsidy and a
    //   贫困劳动力's 以工代训 are granted — by gbf2019 alone, five years after its action ended. Today's claimant under
    //   `national` is so held for one measure and paid for three on the same text. Only trainingSubsidy.ts reads
    //   `national.framework`; livingAllowance, insuredSkillUpgrade and workForTraining read none.
    // Why: gbf2019 is 「职业技能提升行动方案（2019—2021 年）」; the library's own reading (before-first-day-denied-after-last-
    //   undecidable, jiaxing-plan-in-force) holds that after an action ends "the question belongs to a later text", and
    //   src/provisions/framework.ts says "Where no framework is in force, a measure that needs one is `undecidable`". The
    //   three measures are gbf2019's as much as the training subsidy is: 「对贫困劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员，在培训期间按规定通过就业补助资金同时给予生活费补贴」,
    //   「按规定给予职业培训补贴或参保职工技能提升补贴」, 「给予一定期限的职业培训补贴，最长不超过 6个月」. A later text that carries them
    //   on (plan2021 「按规定对符合条件的参训人员给予职业培训补贴、技能提升补贴和生活费补贴」) is not in this policy.
    // Fix: read `national.framework` on the basis date in every national measure (livingAllowance on the course's last day,
    //   insuredSkillUpgrade on the certificate's issue, workForTraining per month), as trainingSubsidy.ts does, and return
    //   unresolvedReason(...) when none is in force; the same change holds Jiaxing's 以工代训 after 2021 (its framework is
    //   gbf2019's) and the frameworks' after 2027 (next record).
    // Money: per person, illustrative: living allowance 20 × 50.00 = 1000.00, skill-upgrade 1000.00 (初级工), 以工代训
    //   2 × 500.00 = 1000.00 — each paid where it should be held; every such claim of 2022 onward under `national`.
    // Confidence: 65 % (the skill-upgrade subsidy's real basis is a standing unemployment-insurance rule not among the texts
    //   held; on the texts held it is gbf2019's and ends with it).
    const poor = cityYear(NAT, 2026, ["povertyRegistered"]);
    expect(refused(poor["TS"])).toBe("undecidable:null:provision_not_in_force"); // holds today
    const employee = cityYear(NAT, 2026, ["enterpriseEmployee"]);
    expect(refused(poor["LA"])).toBe("undecidable:null:provision_not_in_force"); // fails here: granted:1000.00
    // Not taken for the skill-upgrade subsidy (the lead): reading insured-skill-upgrade-claimable holds it a standing measure of
    // the unemployment insurance, gf2018 §(六) 「发挥失业保险促进就业作用，支持符合条件的参保职工提升职业技能」 with no end date (a cold
    // reader 70 %; test/audit9-nat.test.ts "is a standing measure, not one of the plans' years"): paid, 1000.00 (初级工, illustrative).
    expect(paid(employee["SU"])).toBe("granted:1000.00");
    expect(refused(poor["WT"])).toBe("undecidable:null:provision_not_in_force");
  });

  // Mended 2026-12-05 (the lead), as the record above. Now it(...).
  it("「从2025年到2027年底」: under `national-frameworks` a living allowance or 以工代训 of 2028 is held as the training subsidy of 2028 is; on 2027-12-31's side all four are paid, and the skill-upgrade subsidy, a standing measure, in 2028 too", () => {
    // What: under national-frameworks with the illustrative standards, in 2027 all four measures are paid (1000.00 each);
    //   in 2028 the training subsidy is undecidable (provision_not_in_force: national.framework, op2025's ends 2028-01-01)
    //   but the living allowance of a 贫困劳动力, the skill-upgrade subsidy of an insured 企业职工 and 以工代训 for a 贫困劳动力
    //   are granted 1000.00 each: the library pays past the last text it holds.
    // Why: op2025 is in force 「从2025年到2027年底」; it carries the measures on by 「按规定落实各项补贴政策」 only within that period,
    //   and no held text runs after it. The library holds the training subsidy there (reading before-first-day-denied-after-
    //   last-undecidable: "denying would turn silence into a refusal" — and paying turns it into a grant).
    // Fix: as the previous record: every national measure reads `national.framework` on its basis date.
    // Money: per person, illustrative, 1000.00 for each of three measures (20 × 50.00; 初级工 1000.00; 2 × 500.00) paid in
    //   2028 where the claim should be held until a later text is added.
    // Confidence: 65 %.
    const poor2027 = cityYear(NF, 2027, ["povertyRegistered"]);
    const employee2027 = cityYear(NF, 2027, ["enterpriseEmployee"]);
    expect([paid(poor2027["TS"]), paid(poor2027["LA"]), paid(poor2027["WT"]), paid(employee2027["SU"])]).toEqual(["granted:1000.00", "granted:1000.00", "granted:1000.00", "granted:1000.00"]);
    const poor = cityYear(NF, 2028, ["povertyRegistered"]);
    const employee = cityYear(NF, 2028, ["enterpriseEmployee"]);
    expect(refused(poor["TS"])).toBe("undecidable:null:provision_not_in_force"); // holds today
    expect(refused(poor["LA"])).toBe("undecidable:null:provision_not_in_force"); // fails here: granted:1000.00
    // Not taken for the skill-upgrade subsidy (the lead): reading insured-skill-upgrade-claimable holds it a standing measure of
    // the unemployment insurance, gf2018 §(六) 「发挥失业保险促进就业作用，支持符合条件的参保职工提升职业技能」 with no end date (a cold
    // reader 70 %; test/audit9-nat.test.ts "is a standing measure, not one of the plans' years"): paid, 1000.00 (初级工, illustrative).
    expect(paid(employee["SU"])).toBe("granted:1000.00");
    expect(refused(poor["WT"])).toBe("undecidable:null:provision_not_in_force");
  });

  // fixed 2026-12-05 (the lead; reading poverty-labourer-register, a cold reader 60–75 %): now it(...).
  it("op2025 (九) 「以农村转移劳动力、返乡农民工、脱贫劳动力等为重点」: a 脱贫劳动力 is the 「建档立卡贫困劳动力（以下简称贫困劳动力）」 of gbf2019 §(十一) and is paid the training subsidy and the living allowance in 2026", () => {
    // What: under national-frameworks in 2026, a trainee recorded `liftedOutOfPoverty` (the library's own status, 脱贫劳动力
    //   in zh-CN) and nothing else is refused the training subsidy (not_in_group) and the living allowance
    //   (not_in_living_allowance_group), while a `povertyRegistered` trainee with the same facts is paid both (1000.00 each).
    //   The status is read only by plan2021.groups (a list of targets), so no measure pays it.
    // Why: gbf2019 defines the group by the register, 「建档立卡贫困劳动力（以下简称贫困劳动力）」, and the library reads it so
    //   (reading poverty-labourer-register: "A 贫困劳动力 of the national texts is a person on the 建档立卡 register, whatever the
    //   region"). A 脱贫劳动力 is a person of that register who has left poverty: the texts in force from 2022 name the same
    //   people so — plan2021 counts 「贫困劳动力超过 900 万人次」 for 2016–2020 and then trains 「面向农村转移劳动力、返乡农民工、脱贫劳动力」
    //   and 「对符合条件的脱贫家庭（含监测帮扶对象家庭）」; op2025 puts 「脱贫劳动力」 first among 农民工's groups. Reading
    //   plan2021-subsidy-groups is right that §(六) brings no new payee; it is not about who a 贫困劳动力 is. Refusing leaves
    //   gbf2019's first-named group empty in 2026, the years the texts name 脱贫劳动力 and never 贫困劳动力 for the present.
    // Fix: let `liftedOutOfPoverty` stand for 贫困劳动力 in gbf2019.free-training-groups and gbf2019.living-allowance-groups
    //   (and workForTrainingEmployerCheck), as `pairedRegionPovertyRegistered` does; a reading (lifted-out-of-poverty-register)
    //   naming the alternative (the register of 2019 only).
    // Money: per person, illustrative: training subsidy 1000.00 (EX-ELEC 初级工) and living allowance 20 × 50.00 = 1000.00;
    //   for an employer taking one on, 以工代训 2 × 500.00 = 1000.00.
    // Confidence: 55 % (the texts never say 脱贫劳动力 = 建档立卡贫困劳动力 in terms; a system may record the register status too).
    const lifted = cityYear(NF, 2026, ["liftedOutOfPoverty"]);
    expect(paid(cityYear(NF, 2026, ["povertyRegistered"])["TS"])).toBe("granted:1000.00"); // holds today
    expect(paid(lifted["TS"])).toBe("granted:1000.00"); // fails here: denied:0.00 (not_in_group)
    expect(paid(lifted["LA"])).toBe("granted:1000.00");
  });

  it.fails("op2025 (九) 「挖掘老龄人力资源潜力,根据大龄、超龄农民工培训就业意愿,开发适合其就业的职业技能培训项目」: a 超龄农民工 drawing a monthly pension, trained on a project a city names for older migrant workers, is paid the training subsidy", () => {
    // What: a prefecture layer names EX-ELEC an older-migrant project (eligibility.olderMigrantProjects, op2025.older-migrants,
    //   from 2025-06-20). A 农民工 born 1958 (68 in 2026, 超龄) with a certificate of 2026-08-01 is paid 1000.00; the same
    //   person drawing a monthly pension (receivesMonthlyPension, as a rural resident's pension is drawn) is refused
    //   monthly_pension_entitled (reading national-pension-scope). The library lets the project lift a pack's age ceiling but
    //   not the pension test, so op2025's project for 超龄农民工 pays almost no one it names.
    // Why: the pension test is inferred from gbf2019 §(十二)'s permission 「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」,
    //   which says whom a province may add, not whom the national groups lose; op2025, the later text, names 超龄农民工 — people
    //   past the retirement age, most of them entitled to some monthly pension — as a group for whom training projects are made.
    // Fix: in the national pension check, pass a migrant worker (migrantWorker, newGenerationMigrantWorker, returningMigrantWorker,
    //   ruralTransferWorker) whose certificate's occupation is an older-migrant project in force on its date, as
    //   ageCeilingCheck does; amend reading national-pension-scope.
    // Money: per person 1000.00 (EX-ELEC 初级工, illustrative) where a city names projects; none as shipped (no projects).
    // Confidence: 35 % (op2025 promises projects, not a subsidy, and the pension test is the library's standing reading).
    const c = cite("op2025.older-migrants", "(九)");
    const P = withExampleLayer(regionalPolicy(nationalFrameworksPolicy()), "prefecture", c, [replaceParameter(olderMigrantProjects, { label: { zh: "大龄农民工培训项目（示意）", en: "older-migrant projects (illustrative)" }, citation: c, values: [{ from: "2025-06-20", value: ["EX-ELEC"] }], lastVerifiedOn: "2026-12-05" })], ["op2025"]);
    expect(paid(cityTs(P, ["migrantWorker"], "2026-08-01", { birthDate: "1958-03-01" }))).toBe("granted:1000.00"); // holds today
    expect(paid(cityTs(P, ["migrantWorker"], "2026-08-01", { birthDate: "1958-03-01", receivesMonthlyPension: true }))).toBe("granted:1000.00"); // fails here: monthly_pension_entitled
  });
});
