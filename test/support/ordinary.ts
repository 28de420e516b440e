/**
 * The ordinary claimant of the pay-once audits (cold audit 7, reviews 11 and 12): a local Jiaxing enterprise employee with
 * one EX-ELEC 初级工 certificate earned on one course, decided under Jiaxing with its ILLUSTRATIVE catalogue; and an insured
 * enterprise employee of the example city under the national frameworks with the ILLUSTRATIVE skill-upgrade standards
 * (test/support/world.ts). Records as plain objects, for `parsed` (test/support/world.ts). Not official figures.
 */
import type { Decision, Policy } from "../../src/index.js";
import { readFileSync } from "node:fs";
import { evaluateBatch, livingAllowanceDailyRate, nationalFrameworksPolicy, parseClaimsDocument, parseSubsidyCatalogue, withJiaxingCatalogue, workForTrainingMonthlyRate } from "../../src/index.js";
import { regionalPolicy, withExampleStandard } from "./national.js";
import { jiaxingCatalogue, withSkillUpgradeStandards } from "./world.js";

type O = Record<string, unknown>;

export const JX = withJiaxingCatalogue(jiaxingCatalogue);
export const NANHU = "zhejiang.jiaxing.nanhu";
/** A local enterprise employee (Nanhu hukou), employed by E1, insured 24 months in Nanhu. */
export const worker = (o: O = {}): O => ({ id: "P1", birthDate: "1990-05-05", statuses: ["enterpriseEmployee"], hukouRegion: NANHU, employerId: "E1", unemploymentInsuranceMonths: { [NANHU]: 24 }, ...o });
export const E1 = { id: "E1", name: "嘉兴示例企业", region: NANHU, unemploymentInsuranceRegion: NANHU };
/** A ten-day EX-ELEC 初级工 course in Nanhu, organised by ORG1. */
export const course = (id: string, o: O = {}): O => ({ id, traineeId: "P1", kind: "employmentSkills", occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", classHours: 80, startDate: "2020-06-01", endDate: "2020-06-10", attendedDays: 10, region: NANHU, organizerId: "ORG1", ...o });
/** The EX-ELEC 初级工 skill-level certificate earned on course K1. */
export const cert = (id: string, o: O = {}): O => ({ id, traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", issuedOn: "2020-06-20", courseId: "K1", ...o });
export const TRAINEE = { kind: "trainee", id: "P1" };
export const ts = (id: string, certificateId: string, o: O = {}): O => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant: TRAINEE, certificateId, submittedOn: "2020-07-01", ...o });
export const appraisal = (id: string, certificateId: string, o: O = {}): O => ({ id, measure: "appraisalSubsidy", traineeId: "P1", claimant: TRAINEE, certificateId, submittedOn: "2020-07-01", ...o });
/** A grant as a ledger kept by another system holds it: no pay-once keys (`basisKeys`). */
export const kept = (o: O): O => ({ id: "G9", claimId: "OLD-9", traineeId: "P1", payee: TRAINEE, basisDate: "2020-03-01", ...o });
export const ordinary = { trainees: [worker()], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")] };
/** The plain claimant: a Nanhu-hukou worker, no status, no employer (jx2019 五(十一) 「具有当地户籍」). */
export const plain = worker({ statuses: [], employerId: undefined, unemploymentInsuranceMonths: undefined });
/** An enterprise employee insured 24 months in Nanhu with NO employer on record: an enterprise's claim for her is held (reading employer-of-record: missing_record, trainee.employerId). */
export const unrecorded = worker({ employerId: undefined });
export const WELD = { code: "EX-WELD", name: "焊工（示意）" };
export const FORK = { code: "EX-FORK", name: "叉车司机（示意）" };
/** A claim filed by the employer E1. */
export const byE1 = { claimant: { kind: "enterprise", id: "E1" } };

// The national frameworks with the illustrative prefecture catalogue (example.city) and the illustrative
// skill-upgrade standards of test/support/world.ts (初级工 1000.00, 中级工 1500.00, 高级工 2000.00).
export const HERE = "example.city";
export const NF = withSkillUpgradeStandards(regionalPolicy(nationalFrameworksPolicy()));
/** An insured enterprise employee of the example city. */
export const cityWorker = (o: O = {}): O => ({ id: "P1", birthDate: "1990-05-05", statuses: ["enterpriseEmployee"], hukouRegion: HERE, unemploymentInsuranceMonths: { [HERE]: 24 }, ...o });
export const cityCourse = (id: string, o: O = {}): O => course(id, { region: HERE, startDate: "2022-07-01", endDate: "2022-07-20", attendedDays: 20, organizerId: undefined, ...o });
export const cityCert = (id: string, o: O = {}): O => cert(id, { occupation: { code: "EX-ELEC", name: "示例电工" }, issuedOn: "2022-08-01", ...o });
export const cityDoc = { trainees: [cityWorker()], courses: [cityCourse("K1")], certificates: [cityCert("C1")] };
export const skillUpgrade = (id: string, certificateId: string): O => ({ id, measure: "insuredSkillUpgradeSubsidy", traineeId: "P1", claimant: TRAINEE, certificateId, submittedOn: "2022-08-05" });
export const cityTs = (id: string, certificateId: string): O => ts(id, certificateId, { submittedOn: "2022-08-05" });

/**
 * ILLUSTRATIVE local standards the national texts leave to the city (no shipped national policy sets an amount), over
 * `base` with the example catalogue (example.city) and the skill-upgrade standards of test/support/world.ts: a living
 * allowance of `la` a day (50.00 from 2019-05-18 unless given) and 以工代训 500.00 a month from 2019-05-18. Not official figures.
 */
export function withIllustrativeLocal(base: Policy, la: { from: string; value: string }[] = [{ from: "2019-05-18", value: "50.00" }]): Policy {
  return withExampleStandard(
    withExampleStandard(withSkillUpgradeStandards(regionalPolicy(base)), "living-allowance", livingAllowanceDailyRate, { zh: "生活费补贴标准（示意）", en: "living-allowance standard (illustrative)" }, la),
    "work-for-training",
    workForTrainingMonthlyRate,
    { zh: "以工代训补贴标准（示意）", en: "work-for-training standard (illustrative)" },
    [{ from: "2019-05-18", value: "500.00" }],
  );
}

/** The rural e-commerce project (row EX-ECOM, 500.00 in the ILLUSTRATIVE Jiaxing catalogue). */
export const ECOM = { code: "EX-ECOM", name: "农村电商（项目制培训，示意）" };
/**
 * Jiaxing project training (jx2019 四(三)三): a Nanhu trainee with `statuses`, unemployed by any enterprise, on the EX-ECOM
 * project course K1, certificate C1 of `kind`, the training subsidy claimed (A) by the provider ORG1 that delivered it.
 */
export const jxProjectDoc = (statuses: string[], kind = "trainingCompletionCertificate"): O => ({
  trainees: [worker({ statuses, employerId: undefined })],
  enterprises: [E1],
  courses: [course("K1", { kind: "projectBased", occupation: ECOM, level: undefined })],
  certificates: [cert("C1", { kind, occupation: ECOM, level: undefined })],
  claims: [ts("A", "C1", { claimant: { kind: "organizer", id: "ORG1" } })],
});

/** Parses a document through the public boundary and decides it: the decisions by claim id. A record set aside as invalid fails the setup. */
export function decideById(policy: Policy, doc: Record<string, unknown>): Record<string, Decision> {
  const p = parseClaimsDocument(doc);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  if (p.value.invalid.length > 0) throw new Error(JSON.stringify(p.value.invalid));
  return Object.fromEntries(evaluateBatch(policy, p.value.document).decisions.map((d) => [d.claimId, d]));
}

/** Jiaxing with the illustrative catalogue and one row of a classification-style code: 6-29-01-01 初级工 1000.00 (ILLUSTRATIVE). */
export function jiaxingWithClassRow(): Policy {
  const raw = JSON.parse(readFileSync(new URL("../../fixtures/jiaxing/catalogue-2020.json", import.meta.url), "utf8")) as { entries: unknown[] };
  raw.entries.push({ occupation: { code: "6-29-01-01", name: "电工（示意）" }, level: "junior", standard: "1000.00", certificateKinds: ["skillLevelCertificate"] });
  const parsed = parseSubsidyCatalogue(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return withJiaxingCatalogue(parsed.value);
}
