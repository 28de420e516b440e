/**
 * Generators of realistic claims documents for the invariants (test/invariants.property.test.ts).
 *
 * A "world" is a few trainees with their records — certificates, courses, apprenticeships,
 * three enterprises — a prior ledger, and claims of every measure the policies decide
 * (training subsidy, appraisal subsidy, living allowance, apprenticeship subsidy,
 * training-package grant, work-for-training subsidy over runs of calendar months, insured
 * employees' skill-upgrade subsidy), with copies of some claims. Earlier grants of
 * work-for-training and the skill-upgrade subsidy say what they paid by their keys, by their
 * fields, or not at all (reading earlier-grant-says-what-it-paid). Dates cluster on the days the
 * texts turn on (2019-12-13, 2020-01-01, 2021-01-01, 2021-12-31 / 2022-01-01,
 * 2025-06-20) and amounts on the edges of the caps (a fen either side of 3000, 4000,
 * 10000, 50000, of a catalogue standard). The world is turned into the raw JSON a caller
 * would send and parsed through the public boundary, so every property also runs the
 * schemas. Catalogue figures are ILLUSTRATIVE (codes `EX-…`), never official.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import type { CivilDate, ClaimsDocument, Policy, SubsidyCatalogue } from "../../src/index.js";
import {
  addMonths,
  buildPolicy,
  cite,
  defineLayer,
  insuredSkillUpgradeStandards,
  jiaxingPolicy,
  nationalFrameworksPolicy,
  nationalPolicy,
  parseClaimsDocument,
  parseSubsidyCatalogue,
  replaceParameter,
  withJiaxingCatalogue,
  workForTrainingMonthlyRate,
} from "../../src/index.js";
import { workForTrainingMaxMonthsPerEmployer } from "../../src/provisions/workForTraining/workForTraining.js";
import { HERE, illustrativeCatalogue, regionalPolicy } from "./national.js";

// ---------------------------------------------------------------------------------------------
// Policies

/** The illustrative Jiaxing catalogue shipped in fixtures/ (in force 2020-01-01 to the plan's end). */
export const jiaxingCatalogue: SubsidyCatalogue = (() => {
  const parsed = parseSubsidyCatalogue(JSON.parse(readFileSync(new URL("../../fixtures/jiaxing/catalogue-2020.json", import.meta.url), "utf8")));
  if (!parsed.ok) throw new Error(`fixtures/jiaxing/catalogue-2020.json: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
})();

export interface PolicyCase {
  readonly name: string;
  /** How fast-check prints the case in a counterexample: its name, not the whole policy. */
  readonly [fc.toStringMethod]: () => string;
  readonly policy: Policy;
  /** The catalogue whose rows price the training subsidy, if the policy has one. */
  readonly catalogue: SubsidyCatalogue | null;
}

/**
 * ILLUSTRATIVE local standards (not any city's): work-for-training 500 yuan a month from
 * 2020-01-01 and 600 from 2021-01-01 (months before 2020 have no standard); the skill-upgrade
 * subsidy 1000 (初级工), 1500 (中级工), 2000 (高级工) from 2019-06-01, no other level.
 */
export const LOCAL_STANDARDS = {
  workForTrainingMonthly: [
    { from: "2020-01-01", value: "500.00" },
    { from: "2021-01-01", value: "600.00" },
  ],
  skillUpgrade: { junior: "1000.00", intermediate: "1500.00", senior: "2000.00" } as Readonly<Record<string, string>>,
} as const;

/** `base` with a reform-level layer setting {@link LOCAL_STANDARDS} (and, `perEmployer`, work-for-training months counted per employer from 2020-01-01). */
function withLocalStandards(base: Policy, perEmployer: boolean): Policy {
  const local = cite("gbf2019.local-standards", "§(十二)");
  return withExampleLayer(base, "local-standards", [
    replaceParameter(workForTrainingMonthlyRate, { label: { zh: "以工代训补贴标准（示意）", en: "work-for-training standard (illustrative)" }, citation: local, values: [...LOCAL_STANDARDS.workForTrainingMonthly], lastVerifiedOn: "2026-12-04" }),
    skillUpgradeOverride("2026-12-04"),
    ...(perEmployer
      ? [replaceParameter(workForTrainingMaxMonthsPerEmployer, { label: { zh: "按单位分别计算（示意）", en: "per employer (illustrative)" }, citation: cite("gbf2019.work-for-training", "§(十一)"), values: [{ from: "2020-01-01", value: true }], lastVerifiedOn: "2026-12-04" })]
      : []),
  ]);
}

/** The skill-upgrade standards of {@link LOCAL_STANDARDS}, from 2019-06-01. */
function skillUpgradeOverride(lastVerifiedOn: string) {
  return replaceParameter(insuredSkillUpgradeStandards, { label: { zh: "技能提升补贴标准（示意）", en: "skill-upgrade standards (illustrative)" }, citation: cite("gbf2019.local-standards", "§(十二)"), values: [{ from: "2019-06-01", value: LOCAL_STANDARDS.skillUpgrade }], lastVerifiedOn });
}

/** `base` with one reform-level layer of example standards (`example.local-standards`), the policy named `<base>+<suffix>`. */
function withExampleLayer(base: Policy, suffix: string, parameterOverrides: Parameters<typeof defineLayer>[0]["parameterOverrides"]): Policy {
  const layer = defineLayer({
    id: "example.local-standards",
    level: "reform",
    region: null,
    label: { zh: "示例地方标准（示意）", en: "example local standards (illustrative)" },
    documents: ["gbf2019"],
    scope: cite("gbf2019.local-standards", "§(十二)"),
    ...(parameterOverrides === undefined ? {} : { parameterOverrides }),
  });
  return buildPolicy({ id: `${base.id}+${suffix}`, label: { zh: "示例", en: "example" }, layers: [...base.layers, layer] });
}

/**
 * `base` with a reform-level layer setting the skill-upgrade standards of {@link LOCAL_STANDARDS} alone
 * (ILLUSTRATIVE: 初级工 1000.00, 中级工 1500.00, 高级工 2000.00 from 2019-06-01), so the insured skill-upgrade
 * subsidy is priced (cold audit 7, reviews 11 and 12 and final review 3 decide under the national frameworks so).
 */
export function withSkillUpgradeStandards(base: Policy): Policy {
  return withExampleLayer(base, "skill-upgrade", [skillUpgradeOverride("2026-12-05")]);
}

/**
 * Jiaxing with and without its catalogue; the national texts and the national frameworks
 * (gbf2019 → plan2021 → op2025) with a prefecture catalogue; and two with the local
 * standards the national texts leave open, so that work-for-training and the skill-upgrade
 * subsidy are paid, not only undecidable (`no_local_standard`): the national texts with the
 * example catalogue and {@link LOCAL_STANDARDS}, and Jiaxing with its catalogue and the
 * same standards, counting work-for-training months per employer from 2020-01-01.
 */
export const POLICY_CASES: readonly PolicyCase[] = [
  policyCase("jiaxing-2019 + illustrative catalogue", withJiaxingCatalogue(jiaxingCatalogue), jiaxingCatalogue),
  policyCase("jiaxing-2019 (no catalogue)", jiaxingPolicy(), null),
  policyCase("national + example prefecture catalogue", regionalPolicy(nationalPolicy()), illustrativeCatalogue),
  policyCase("national frameworks + example prefecture catalogue", regionalPolicy(nationalFrameworksPolicy()), illustrativeCatalogue),
  policyCase("national + example catalogue + illustrative local work-for-training and skill-upgrade standards", withLocalStandards(regionalPolicy(nationalPolicy()), false), illustrativeCatalogue),
  policyCase("jiaxing-2019 + illustrative catalogue + the same standards, work-for-training months per employer", withLocalStandards(withJiaxingCatalogue(jiaxingCatalogue), true), jiaxingCatalogue),
];

function policyCase(name: string, policy: Policy, catalogue: SubsidyCatalogue | null): PolicyCase {
  return { name, policy, catalogue, [fc.toStringMethod]: () => `policy "${name}"` };
}

export const policyCaseArb = fc.constantFrom(...POLICY_CASES);

// ---------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;

/** `date` plus `n` days (civil dates, computed in UTC so the machine's zone never matters). */
export function addDays(date: string, n: number): CivilDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + n * DAY_MS).toISOString().slice(0, 10) as CivilDate;
}

/** The days the texts turn on, and their neighbours. */
export const PIVOT_DATES = [
  "2019-06-01", // the example catalogue's first day
  "2019-12-12",
  "2019-12-13", // jx2019 in force
  "2019-12-31",
  "2020-01-01", // jx2019.appraisal-subsidy from; the Jiaxing catalogue's first day
  "2020-06-30",
  "2020-12-31",
  "2021-01-01", // plan2021 from
  "2021-06-15",
  "2021-12-31", // last day of jx2019 and of the trade-friction uplift (reading: trade-friction-until-end-2021)
  "2022-01-01",
  "2025-06-19",
  "2025-06-20", // op2025 from: the fee cap
  "2025-12-31",
  "2026-01-01",
] as const;

/** A pivot, a day of Jiaxing's three-year action (2019-12-13 … 2021-12-31, give or take a month), or any day from 2019-06-01 to the end of 2026. */
export const dateArb: fc.Arbitrary<CivilDate> = fc.oneof(
  { arbitrary: fc.constantFrom(...PIVOT_DATES).map((d) => d as CivilDate), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 800 }).map((n) => addDays("2019-11-15", n)), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 2770 }).map((n) => addDays("2019-06-01", n)), weight: 1 },
);

/** Crowded worlds: certificates of 2021 mostly, and the days either side of its first and last. */
const crowdedDateArb: fc.Arbitrary<CivilDate> = fc.oneof(
  { arbitrary: fc.constantFrom("2020-12-31", "2021-01-01", "2021-12-31").map((d) => d as CivilDate), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 330 }).map((n) => addDays("2021-01-01", n)), weight: 4 },
);

// ---------------------------------------------------------------------------------------------
// Records

const REGIONS = ["zhejiang.jiaxing.haining", "zhejiang.jiaxing.nanhu", HERE, "anhui.hefei"] as const;
const STATUSES = [
  "unemployed",
  "rural",
  "nonContinuingGraduate",
  "urbanDibaoFamily",
  "employmentDifficulty",
  "zeroEmploymentHousehold",
  "povertyRegistered",
  "enterpriseEmployee",
  "tradeFrictionAffected",
  "collegeGraduate",
  "graduationYearStudent",
  "veteran",
  "migrantWorker",
  "masterStudioTrainee",
] as const;
export const TRAINEE_IDS = ["P1", "P2", "P3"] as const;

/**
 * Certificates a trainee may hold: rows of both illustrative catalogues, routes (safety,
 * project) and occupations no catalogue lists. The first four are rows of both
 * catalogues, the next two of one each (EX-ELEC 高级工 of Jiaxing's, EX-TILE 初级工 of the example's).
 */
export const CERTIFICATE_SPECS: readonly (readonly [code: string, kind: string, level: string | null])[] = [
  ["EX-ELEC", "skillLevelCertificate", "junior"],
  ["EX-WELD", "skillLevelCertificate", "junior"],
  ["EX-CARE", "specialAbilityCertificate", null],
  ["EX-ELEC", "qualificationCertificate", "intermediate"],
  ["EX-ELEC", "skillLevelCertificate", "senior"],
  ["EX-TILE", "skillLevelCertificate", "junior"],
  ["EX-ELEC", "skillLevelCertificate", "chiefTechnician"],
  ["EX-ELEC", "skillLevelCertificate", "apprentice"],
  ["EX-WELD", "specialOperationsCertificate", null],
  ["EX-FORK", "specialOperationsCertificate", null],
  ["EX-SEW", "specialAbilityCertificate", null],
  ["EX-CARE", "skillLevelCertificate", "junior"],
  ["EX-ECOM", "trainingCompletionCertificate", null],
  ["EX-DRON", "skillLevelCertificate", "junior"],
  ["EX-SAFE", "specialOperationsCertificate", null],
  ["EX-COOK", "skillLevelCertificate", "seniorTechnician"],
  ["EX-NONE", "skillLevelCertificate", "technician"],
];
/** The first few specs: drawn more often, so one person's claims compete for the same occupation and level. */
const HOT_SPECS = 3;
const specIndexArb = fc.oneof({ arbitrary: fc.integer({ min: 0, max: HOT_SPECS - 1 }), weight: 2 }, { arbitrary: fc.integer({ min: 0, max: CERTIFICATE_SPECS.length - 1 }), weight: 3 });

const FEES = ["0.00", "299.99", "300.00", "600.00", "999.99", "1000.00", "1000.01", "1300.00", "5000.00"] as const;
const ANNUAL_STANDARDS = ["3999.99", "4000.00", "6000.00", "10000.00", "10000.01"] as const;
const ALLOWANCES = ["0.00", "250.00", "2999.99", "3000.00", "3000.01", "8000.00"] as const;
const PACKAGE_AMOUNTS = ["0.00", "0.01", "49999.99", "50000.00", "50000.01", "120000.00"] as const;
const MEASURES = ["trainingSubsidy", "appraisalSubsidy", "livingAllowance", "apprenticeshipSubsidy", "trainingPackageGrant", "workForTrainingSubsidy", "insuredSkillUpgradeSubsidy"] as const;

/**
 * The calendar months work-for-training claims and earlier grants name: before the six
 * months' first day (2019-05-18) and after, either side of the illustrative standards'
 * 2020-01-01 and 2021-01-01; a claim names a run of them, so claims overlap.
 */
export const MONTH_POOL = ["2019-04", "2019-05", "2019-06", "2019-12", "2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06", "2020-07", "2020-08", "2020-12", "2021-01", "2021-02"] as const;
/** A run of `count` months of {@link MONTH_POOL} from `from` (fewer at its end). */
const monthRun = ([from, count]: readonly [number, number]): string[] => MONTH_POOL.slice(from, from + count);
const monthRunArb = fc.tuple(fc.integer({ min: 0, max: MONTH_POOL.length - 1 }), fc.integer({ min: 0, max: 7 }));
export type WorldMeasure = (typeof MEASURES)[number];

const traineeSpecArb = fc.record(
  {
    birthDate: fc.constantFrom("1955-03-01", "1959-12-31", "1975-06-15", "1995-05-01", "2003-01-01"),
    statuses: fc.oneof(
      fc.subarray([...STATUSES], { maxLength: 3 }),
      // the groups the texts name, as they come
      fc.constantFrom(["unemployed"], ["nonContinuingGraduate", "rural"], ["nonContinuingGraduate", "urbanDibaoFamily"], ["employmentDifficulty", "enterpriseEmployee"], ["povertyRegistered"], ["zeroEmploymentHousehold"], ["enterpriseEmployee", "tradeFrictionAffected"], ["collegeGraduate"], ["povertyRegistered", "rural"], ["enterpriseEmployee"]).map((g): string[] => [...g]),
    ),
    hukou: fc.constantFrom(...REGIONS),
    residence: fc.constantFrom(...REGIONS),
    permit: fc.boolean(),
    employment: fc.constantFrom(...REGIONS),
    unemploymentAt: fc.constantFrom(...REGIONS),
    pension: fc.boolean(),
    uiMonths: fc.constantFrom(0, 11, 12, 36),
  },
  { requiredKeys: ["birthDate", "statuses"] },
);

const certificateSpecArb = fc.record({
  owner: fc.integer({ min: 0, max: TRAINEE_IDS.length - 1 }),
  spec: specIndexArb,
  issuedOn: dateArb,
  viaCompetition: fc.option(fc.boolean(), { freq: 4 }),
});

const courseSpecArb = fc.record({
  owner: fc.integer({ min: 0, max: TRAINEE_IDS.length - 1 }),
  kind: fc.constantFrom("employmentSkills", "employmentSkills", "preJob", "safety", "skillUpgrade", "projectBased"),
  spec: specIndexArb,
  start: dateArb,
  /** attended or not, for each day of the course's span (its length is the span) */
  days: fc.array(fc.boolean(), { minLength: 1, maxLength: 14 }),
  listDates: fc.boolean(),
  fee: fc.option(fc.constantFrom(...FEES), { freq: 2 }),
  pricing: fc.option(fc.constantFrom("market", "market", "governmentGuided", "free"), { freq: 3 }),
  region: fc.constantFrom(...REGIONS),
  hiredDaysBefore: fc.option(fc.constantFrom(0, 30, 200, 400), { freq: 2 }),
  classHours: fc.constantFrom(16, 40, 80),
});

const apprenticeshipSpecArb = fc.record({
  owner: fc.integer({ min: 0, max: TRAINEE_IDS.length - 1 }),
  student: fc.boolean(),
  start: dateArb,
  // up to 30: a two-year record and one past the term are paid their first year (reading apprenticeship-month-count)
  months: fc.constantFrom(0, 1, 5, 6, 11, 12, 13, 23, 24, 25, 30),
  extraDays: fc.constantFrom(-1, 0, 0, 10),
  annualStandard: fc.option(fc.constantFrom(...ANNUAL_STANDARDS), { freq: 6 }),
  allowance: fc.option(fc.constantFrom(...ALLOWANCES), { freq: 6 }),
  enterprise: fc.integer({ min: 0, max: 1 }),
});

const priorGrantSpecArb = (dates: fc.Arbitrary<CivilDate>) =>
  fc.record({
    owner: fc.integer({ min: 0, max: TRAINEE_IDS.length - 1 }),
    measure: fc.constantFrom("trainingSubsidy", "trainingSubsidy", "appraisalSubsidy", "apprenticeshipSubsidy", "workForTrainingSubsidy", "insuredSkillUpgradeSubsidy"),
    spec: specIndexArb,
    basisDate: dates,
    /** the id of a claim in the batch: that claim was already paid (one entry in five) */
    paysClaim: fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: fc.nat(), weight: 1 }),
    /**
     * What a work-for-training or skill-upgrade grant says it paid: its pay-once keys; its
     * fields (months; occupation and level, with its certificate or not); its certificate
     * alone; nothing (recorded by another system: the next claim is undecidable).
     */
    says: fc.constantFrom("keys", "keys", "fields", "fields", "certificate", "nothing"),
    /** the months a work-for-training grant paid (a run of {@link MONTH_POOL}, maybe more than six) */
    months: monthRunArb,
    /** its employer (the payee) */
    enterprise: fc.integer({ min: 0, max: 2 }),
  });

const copySpecArb = fc.record({ claim: fc.nat(), how: fc.constantFrom("same", "respelled", "conflict") });

export interface WorldSpec {
  /** One per id of {@link TRAINEE_IDS}; an absent fact is absent from the record (unknown). */
  readonly trainees: readonly ({ birthDate: string; statuses: string[] } & Partial<{ hukou: string; residence: string; permit: boolean; employment: string; unemploymentAt: string; pension: boolean; uiMonths: number }>)[];
  readonly certificates: readonly { owner: number; spec: number; issuedOn: CivilDate; viaCompetition: boolean | null }[];
  readonly courses: readonly { owner: number; kind: string; spec: number; start: CivilDate; days: boolean[]; listDates: boolean; fee: string | null; pricing: string | null; region: string; hiredDaysBefore: number | null; classHours: number }[];
  readonly apprenticeships: readonly { owner: number; student: boolean; start: CivilDate; months: number; extraDays: number; annualStandard: string | null; allowance: string | null; enterprise: number }[];
  readonly claims: readonly { measure: WorldMeasure; record: number; course: number | null; oddClaimant: boolean; filedDaysLater: number; amountClaimed: string | null; spelled: boolean; months: readonly [number, number]; enterprise: number }[];
  readonly ledger: readonly { owner: number; measure: string; spec: number; basisDate: CivilDate; paysClaim: number | null; says: "keys" | "fields" | "certificate" | "nothing"; months: readonly [number, number]; enterprise: number }[];
  readonly copies: readonly { claim: number; how: "same" | "respelled" | "conflict" }[];
}

export interface WorldOptions {
  /** most claims in the batch, copies excluded (default 8) */
  readonly maxClaims?: number;
  /** the measures claimed, with repeats as weights (default: all five, evenly) */
  readonly measures?: readonly WorldMeasure[];
  /**
   * Crowded: two eligible people (unemployed, of working age, hukou in Jiaxing, employed
   * in the example prefecture) hold four to eight certificates of six catalogued
   * occupations and levels, issued in 2021 or the days either side of it, so claims
   * compete for the annual cap and the no-repeat key.
   */
  readonly crowded?: boolean;
  /**
   * With `crowded`: the era of the certificates — 2021 (default), or op2025's first
   * days and after (2025-06-19 …), when the subsidy never exceeds the fee charged; then
   * each person also has courses with a fee, in Jiaxing or the example prefecture.
   */
  readonly era?: "2021" | "op2025";
  /**
   * Workers: each person is in one of gbf2019.work-for-training's groups (poverty-registered;
   * an employment-difficulty person or zero-employment household member employed by an
   * enterprise) or an insured enterprise employee, mostly with months of unemployment
   * insurance; each world holds two to six certificates, and a prior ledger of two to five
   * grants, mostly of work-for-training and the skill-upgrade subsidy.
   */
  readonly workers?: boolean;
}

const WORKER_GROUPS = [["povertyRegistered"], ["povertyRegistered", "rural"], ["employmentDifficulty", "enterpriseEmployee"], ["zeroEmploymentHousehold", "enterpriseEmployee"], ["enterpriseEmployee"], ["enterpriseEmployee", "tradeFrictionAffected"]] as const;
const workerArb = fc.record({
  birthDate: fc.constantFrom("1975-06-15", "1995-05-01"),
  statuses: fc.constantFrom(...WORKER_GROUPS).map((g): string[] => [...g]),
  employment: fc.constantFrom(...REGIONS),
  uiMonths: fc.constantFrom(0, 12, 12, 36),
});
const workerLedgerArb = priorGrantSpecArb(dateArb).chain((g) =>
  fc.constantFrom("workForTrainingSubsidy", "workForTrainingSubsidy", "insuredSkillUpgradeSubsidy", "insuredSkillUpgradeSubsidy", "trainingSubsidy").map((measure) => ({ ...g, measure })),
);

const op2025DateArb: fc.Arbitrary<CivilDate> = fc.oneof(
  { arbitrary: fc.constantFrom("2025-06-19", "2025-06-20").map((d) => d as CivilDate), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 500 }).map((n) => addDays("2025-06-20", n)), weight: 4 },
);

const feeCourseArb = fc.record({
  owner: fc.integer({ min: 0, max: 1 }),
  kind: fc.constant("employmentSkills"),
  spec: fc.integer({ min: 0, max: 5 }),
  start: fc.integer({ min: 0, max: 400 }).map((n) => addDays("2025-05-01", n)),
  days: fc.array(fc.constant(true), { minLength: 1, maxLength: 10 }),
  listDates: fc.constant(false),
  fee: fc.constantFrom(...FEES),
  pricing: fc.option(fc.constantFrom("market", "market", "governmentGuided", "free"), { freq: 3 }),
  region: fc.constantFrom("zhejiang.jiaxing.nanhu", HERE),
  hiredDaysBefore: fc.constant(null),
  classHours: fc.constant(80),
});

const crowdedCertificateArb = (dates: fc.Arbitrary<CivilDate>) =>
  fc.record({
    owner: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.constant(1), weight: 1 }),
    spec: fc.integer({ min: 0, max: 5 }),
    issuedOn: dates,
    viaCompetition: fc.constant(null),
  });

/** A world: its spec; {@link rawDocument} turns it into the JSON a caller sends. */
export function worldArb(options: WorldOptions = {}): fc.Arbitrary<WorldSpec> {
  const maxClaims = options.maxClaims ?? 8;
  const measure = fc.constantFrom<WorldMeasure>(...(options.measures ?? MEASURES));
  const crowded = options.crowded === true;
  const op2025 = crowded && options.era === "op2025";
  const crowdedDates = op2025 ? op2025DateArb : crowdedDateArb;
  const people = { minLength: TRAINEE_IDS.length, maxLength: TRAINEE_IDS.length };
  if (options.workers === true) {
    return fc.record({
      trainees: fc.array(workerArb, people),
      certificates: fc.array(certificateSpecArb, { minLength: 2, maxLength: 6 }),
      courses: fc.array(courseSpecArb, { maxLength: 2 }),
      apprenticeships: fc.constant([]),
      claims: fc.array(fc.record({ ...claimSpecArbFields(), measure }), { minLength: 1, maxLength: maxClaims }),
      ledger: fc.array(workerLedgerArb, { minLength: 2, maxLength: 5 }),
      copies: fc.array(copySpecArb, { maxLength: 2 }),
    });
  }
  return fc.record({
    trainees: fc.array(
      traineeSpecArb.map((t) =>
        crowded ? { ...t, birthDate: "1990-07-01", statuses: t.statuses.includes("unemployed") ? t.statuses : ["unemployed", ...t.statuses], hukou: "zhejiang.jiaxing.nanhu", employment: HERE } : t,
      ),
      people,
    ),
    certificates: crowded ? fc.array(crowdedCertificateArb(crowdedDates), { minLength: 4, maxLength: 8 }) : fc.array(certificateSpecArb, { maxLength: 6 }),
    courses: op2025 ? fc.array(feeCourseArb, { minLength: 2, maxLength: 4 }) : fc.array(courseSpecArb, { maxLength: 4 }),
    apprenticeships: fc.array(apprenticeshipSpecArb, { maxLength: 2 }),
    claims: fc.array(fc.record({ ...claimSpecArbFields(), measure }), { minLength: 1, maxLength: maxClaims }),
    ledger: fc.array(priorGrantSpecArb(crowded ? crowdedDates : dateArb), { maxLength: 4 }),
    copies: fc.array(copySpecArb, { maxLength: 2 }),
  });
}

/** A claim's spec, less its measure. */
function claimSpecArbFields() {
  return {
    /** index of the record the claim is for (certificate, course, apprenticeship) */
    record: fc.nat(),
    /** a second record: the course of a training-subsidy claim */
    course: fc.option(fc.nat(), { freq: 2 }),
    /** an unusual claimant for the measure (one claim in six) */
    oddClaimant: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    filedDaysLater: fc.constantFrom(0, 1, 30, 200),
    amountClaimed: fc.option(fc.constantFrom(...PACKAGE_AMOUNTS), { freq: 6 }),
    /** optional fields absent spelled as `undefined` (a TypeScript caller's object literal) */
    spelled: fc.boolean(),
    /** the months of a work-for-training claim: a run of {@link MONTH_POOL} (none: the claim names no months) */
    months: monthRunArb,
    /** the employer of a work-for-training claim (the third, a workshop, says nothing of its insurance) */
    enterprise: fc.integer({ min: 0, max: 2 }),
  };
}

// ---------------------------------------------------------------------------------------------
// The raw document

export type Raw = Record<string, unknown>;
export interface RawDocument {
  trainees: Raw[];
  courses: Raw[];
  certificates: Raw[];
  enterprises: Raw[];
  apprenticeships: Raw[];
  claims: Raw[];
  ledger: Raw[];
}

const ENTERPRISES: readonly Raw[] = [
  { id: "E-JX", name: "嘉兴示例企业", region: "zhejiang.jiaxing.nanhu", unemploymentInsuranceRegion: "zhejiang.jiaxing.nanhu", highRiskIndustry: true },
  { id: "E-EX", name: "示例企业", region: HERE, unemploymentInsuranceRegion: "anhui.hefei" },
  // gbf2019.work-for-training: a poverty-alleviation workshop, its insurance unknown
  { id: "E-WS", name: "扶贫车间（示意）", region: HERE },
];
const CLAIM_OPTIONALS = ["courseId", "certificateId", "apprenticeshipId", "enterpriseId", "amountClaimed", "trainingPackage", "months"] as const;

/** Optional fields absent from `record` spelled out as `undefined`. */
export function respell(record: Raw, optionals: readonly string[] = CLAIM_OPTIONALS): Raw {
  const out: Raw = { ...record };
  for (const key of optionals) if (!(key in out)) out[key] = undefined;
  return out;
}

const pick = <T>(list: readonly T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);

/** The claims document a caller would send for a world. */
export function rawDocument(world: WorldSpec): RawDocument {
  const traineeIds = TRAINEE_IDS;
  const trainees = world.trainees.map((d, i): Raw => {
    return {
      id: traineeIds[i],
      birthDate: d.birthDate,
      statuses: d.statuses,
      ...(d.hukou === undefined ? {} : { hukouRegion: d.hukou }),
      ...(d.residence === undefined ? {} : { residenceRegion: d.residence }),
      ...(d.permit === undefined ? {} : { hasResidencePermit: d.permit }),
      ...(d.employment === undefined ? {} : { employmentRegion: d.employment }),
      ...(d.unemploymentAt === undefined ? {} : { unemploymentRegisteredAt: d.unemploymentAt }),
      ...(d.pension === undefined ? {} : { receivesMonthlyPension: d.pension }),
      // the skill-upgrade subsidy counts the months within the policy's region (reading insured-where-the-fund-is): a
      // person employed outside both cities is insured there alone, the others in Jiaxing and in the example city alike,
      // so every policy's worlds hold people insured here and elsewhere (and enough paid to refile)
      ...(d.uiMonths === undefined ? {} : { unemploymentInsuranceMonths: d.employment === "anhui.hefei" ? { "anhui.hefei": d.uiMonths } : { "zhejiang.jiaxing": d.uiMonths, [HERE]: d.uiMonths } }),
      // every other enterprise employee is on record as employed by E-JX, the enterprise of the odd claimants, so an
      // enterprise's training-subsidy claim is paid for some workers and held, asking for the employer, for the others
      // (reading employer-of-record)
      ...(d.statuses.includes("enterpriseEmployee") && i % 2 === 0 ? { employerId: "E-JX" } : {}),
    };
  });
  const certificates = world.certificates.map((c, i): Raw => {
    const [code, kind, level] = CERTIFICATE_SPECS[c.spec] as (typeof CERTIFICATE_SPECS)[number];
    return {
      id: `K${i}`,
      traineeId: traineeIds[c.owner],
      kind,
      occupation: { code, name: `${code}（示意）` },
      ...(level === null ? {} : { level }),
      issuedOn: c.issuedOn,
      ...(c.viaCompetition === null ? {} : { viaCompetition: c.viaCompetition }),
    };
  });
  const courses = world.courses.map((c, i): Raw => {
    const [code, , level] = CERTIFICATE_SPECS[c.spec] as (typeof CERTIFICATE_SPECS)[number];
    const span = c.days.length;
    const attended = c.days.flatMap((on, k) => (on ? [addDays(c.start, k)] : []));
    return {
      id: `C${i}`,
      traineeId: traineeIds[c.owner],
      kind: c.kind,
      occupation: { code, name: `${code}（示意）` },
      ...(level === null ? {} : { level }),
      classHours: c.classHours,
      startDate: c.start,
      endDate: addDays(c.start, span - 1),
      attendedDays: attended.length,
      ...(c.listDates ? { attendedDates: attended } : {}),
      ...(c.fee === null ? {} : { feeCharged: c.fee }),
      ...(c.pricing === null ? {} : { pricing: c.pricing }),
      ...(c.hiredDaysBefore === null ? {} : { hireDate: addDays(c.start, -c.hiredDaysBefore) }),
      region: c.region,
    };
  });
  const apprenticeships = world.apprenticeships.map((a, i): Raw => {
    const end = addDays(addMonths(a.start, a.months), a.extraDays);
    return {
      id: `A${i}`,
      traineeId: traineeIds[a.owner],
      enterpriseId: ENTERPRISES[a.enterprise]?.["id"],
      kind: a.student ? "student" : "employee",
      occupation: { code: "EX-WELD", name: "焊工（示意）" },
      startDate: a.start,
      endDate: end < a.start ? a.start : end,
      ...(a.annualStandard === null ? {} : { annualStandard: a.annualStandard }),
      ...(a.allowance === null ? {} : { monthlyInternshipAllowance: a.allowance }),
    };
  });

  const claims = world.claims.map((c, i): Raw => {
    const id = `CL${String(i).padStart(2, "0")}`;
    let owner: string | undefined;
    let basis: string = PIVOT_DATES[4];
    const refs: Raw = {};
    let claimant: Raw | undefined;
    if (c.measure === "trainingSubsidy" || c.measure === "appraisalSubsidy") {
      const k = pick(certificates, c.record);
      if (k !== undefined) {
        refs["certificateId"] = k["id"];
        owner = k["traineeId"] as string;
        basis = k["issuedOn"] as string;
      }
      if (c.measure === "trainingSubsidy" && c.course !== null) {
        // the course is the trainee's own (the boundary rejects another's: reference_mismatch), begun by the certificate's issue (the
        // boundary rejects a certificate issued before the training it names began: certificate_before_training)
        const own = owner === undefined ? courses : courses.filter((x) => x["traineeId"] === owner && (k === undefined || (x["startDate"] as string) <= (k["issuedOn"] as string)));
        const course = pick(own, c.course);
        if (course !== undefined) {
          refs["courseId"] = course["id"];
          owner = course["traineeId"] as string;
          // a claim is not filed before the course it names starts (plausible-record-dates)
          if ((course["startDate"] as string) > basis) basis = course["startDate"] as string;
          if (course["kind"] === "preJob") claimant = { kind: "organizer", id: "ORG-1" };
        }
      }
      if (c.oddClaimant) {
        claimant = { kind: "enterprise", id: "E-JX" };
        refs["enterpriseId"] = "E-JX";
      }
    } else if (c.measure === "livingAllowance") {
      const course = pick(courses, c.record);
      if (course !== undefined) {
        refs["courseId"] = course["id"];
        owner = course["traineeId"] as string;
        basis = course["endDate"] as string;
      }
      if (c.oddClaimant) claimant = { kind: "organizer", id: "ORG-1" };
    } else if (c.measure === "apprenticeshipSubsidy") {
      const a = pick(apprenticeships, c.record);
      if (a !== undefined) {
        refs["apprenticeshipId"] = a["id"];
        refs["enterpriseId"] = a["enterpriseId"];
        owner = a["traineeId"] as string;
        // filed after the record's end, or (one claim in four) 200 days into its first year, when a later year has not begun
        basis = c.filedDaysLater === 200 ? (a["startDate"] as string) : (a["endDate"] as string);
        claimant = c.oddClaimant ? undefined : { kind: "enterprise", id: a["enterpriseId"] };
      }
    } else if (c.measure === "workForTrainingSubsidy") {
      // gbf2019.work-for-training: the employer claims (one claim in six, the worker) for some calendar months
      const employer = ENTERPRISES[c.enterprise % ENTERPRISES.length]?.["id"] as string;
      refs["enterpriseId"] = employer;
      claimant = c.oddClaimant ? undefined : { kind: "enterprise", id: employer };
      const months = monthRun(c.months);
      if (months.length > 0) {
        refs["months"] = months;
        basis = addDays(`${months[months.length - 1] as string}-01`, 31);
      }
    } else if (c.measure === "insuredSkillUpgradeSubsidy") {
      // gf2018.insured-skill-upgrade: the insured employee claims on a certificate (one claim in six, an enterprise)
      const k = pick(certificates, c.record);
      if (k !== undefined) {
        refs["certificateId"] = k["id"];
        owner = k["traineeId"] as string;
        basis = k["issuedOn"] as string;
      }
      if (c.oddClaimant) {
        claimant = { kind: "enterprise", id: "E-JX" };
        refs["enterpriseId"] = "E-JX";
      }
    } else {
      claimant = c.oddClaimant ? undefined : { kind: "organizer", id: "ORG-1" };
      if (c.amountClaimed !== null) refs["amountClaimed"] = c.amountClaimed;
      // jx2019.package-grant: one of two packages, mostly commissioned from an eligible developer (one in seven names none)
      if (c.record % 7 !== 6) {
        const developerKind = (["vocationalCollege", "industryAssociation", "keyEnterprise", "otherDeveloper"] as const)[c.record % 4];
        refs["trainingPackage"] = { id: `PK-${c.record % 2}`, developerKind, commissioned: c.filedDaysLater !== 200 };
      }
      basis = PIVOT_DATES[c.record % PIVOT_DATES.length] ?? basis;
    }
    // a claim names the trainee its records belong to (the boundary rejects any other: reference_mismatch)
    const traineeId = owner ?? traineeIds[c.record % traineeIds.length];
    const claim: Raw = {
      id,
      measure: c.measure,
      traineeId,
      claimant: claimant ?? { kind: "trainee", id: traineeId },
      ...refs,
      submittedOn: addDays(basis, c.filedDaysLater),
    };
    return c.spelled ? respell(claim) : claim;
  });
  // 以工代训 is paid to the enterprise that took the worker on, the employer on record (reading employer-of-record): a
  // worker with none on record is taken on by the enterprise of the first such claim of hers, so a later claim of
  // another enterprise is held, asking for the employer, and the first is judged on its merits.
  for (const claim of claims) {
    const by = claim["claimant"] as Raw | undefined;
    if (claim["measure"] !== "workForTrainingSubsidy" || by?.["kind"] !== "enterprise") continue;
    const worker = trainees.find((t) => t["id"] === claim["traineeId"]);
    if (worker !== undefined && worker["employerId"] === undefined) worker["employerId"] = by["id"];
  }

  for (const copy of world.copies) {
    const original = claims[copy.claim % claims.length] as Raw;
    if (copy.how === "same") claims.push({ ...original });
    else if (copy.how === "respelled") claims.push(respell(Object.fromEntries(Object.entries(original).filter(([, v]) => v !== undefined))));
    else claims.push({ ...original, submittedOn: addDays(original["submittedOn"] as string, 1) });
  }

  const ledger = world.ledger.map((g, i): Raw => {
    const [code, , level] = CERTIFICATE_SPECS[g.spec] as (typeof CERTIFICATE_SPECS)[number];
    const paid = g.paysClaim === null ? undefined : (claims[g.paysClaim % claims.length] as Raw);
    const traineeId = (paid?.["traineeId"] as string | undefined) ?? traineeIds[g.owner];
    const measure = (paid?.["measure"] as string | undefined) ?? g.measure;
    const provision =
      { trainingSubsidy: "jx2019.catalogue", appraisalSubsidy: "jx2019.appraisal-subsidy", apprenticeshipSubsidy: "jx2019.employee-apprentice", workForTrainingSubsidy: "gbf2019.work-for-training", insuredSkillUpgradeSubsidy: "gf2018.insured-skill-upgrade" }[measure] ??
      "jx2019.package-grant";
    let payee: Raw = { kind: "trainee", id: traineeId };
    let says: Raw = {};
    if (measure === "workForTrainingSubsidy") {
      // the months it paid: the paid claim's, else a run of the pool; said as keys, as months, or not at all
      const months = paid === undefined ? monthRun(g.months) : ((paid["months"] as string[] | undefined) ?? []);
      payee = { kind: "enterprise", id: (paid?.["enterpriseId"] as string | undefined) ?? ENTERPRISES[g.enterprise % ENTERPRISES.length]?.["id"] };
      if (g.says === "keys") says = { basisKeys: months.map((m) => `workForTrainingSubsidy|${traineeId}|month ${m}`) };
      else if (g.says === "fields" && months.length > 0) says = { months };
    } else if (measure === "insuredSkillUpgradeSubsidy") {
      // the certificate it paid: the paid claim's, else the owner's certificate of that spec if any, else an old one
      const own = paid === undefined ? certificates.find((k) => k["traineeId"] === traineeId && k["occupation"] !== undefined && (k["occupation"] as Raw)["code"] === code && k["level"] === (level ?? undefined)) : certificates.find((k) => k["id"] === paid["certificateId"]);
      const certificateId = (own?.["id"] as string | undefined) ?? `OLD-K${i}`;
      const occupation = own === undefined ? code : ((own["occupation"] as Raw)["code"] as string);
      const at = own === undefined ? level : ((own["level"] as string | undefined) ?? null);
      if (g.says === "keys") says = { basisKeys: [`insuredSkillUpgradeSubsidy|${traineeId}|certificate ${certificateId}`, `insuredSkillUpgradeSubsidy|${traineeId}|level ${occupation}@${at ?? ""}`] };
      else if (g.says === "fields") says = { occupationCode: occupation, ...(at === null ? {} : { level: at }), ...(g.spec % 2 === 0 ? { certificateId } : {}) };
      else if (g.says === "certificate") says = { certificateId };
    } else if (measure === "trainingSubsidy" || measure === "appraisalSubsidy") says = { occupationCode: code, ...(level === null ? {} : { level }) };
    return {
      id: `G${i}`,
      claimId: (paid?.["id"] as string | undefined) ?? `OLD-${i}`,
      traineeId,
      measure,
      provision,
      payee,
      amount: "120.00",
      basisDate: g.basisDate,
      ...says,
    };
  });

  return { trainees, courses, certificates, enterprises: ENTERPRISES.map((e) => ({ ...e })), apprenticeships, claims, ledger };
}

/** Parses a raw document through the public boundary; a generator that makes an invalid record is a bug of the generator. */
export function parsed(raw: unknown): ClaimsDocument {
  const r = parseClaimsDocument(raw);
  if (!r.ok) throw new Error(`generated document rejected: ${JSON.stringify(r.issues)}`);
  if (r.value.invalid.length > 0) throw new Error(`generated records rejected: ${JSON.stringify(r.value.invalid)}`);
  return r.value.document;
}
