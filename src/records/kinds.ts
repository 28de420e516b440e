/**
 * The kinds the records name (skill levels, measures, trainee statuses, certificate kinds,
 * sectors) and the helpers the rules use on records, without zod: the rules import them
 * from here, so a claim's evaluation loads no schema (issue #16). The record schemas in
 * `common.ts`, `trainee.ts` and `training.ts` are built from these lists and re-export them. It imports
 * nothing of the records' checks (`checks.ts` reads the leveled kinds from here), so the checks are laid
 * out with the parsers that run them, not ahead of the rules (the one-claim bundle's gzip, issue #16).
 */
import type { Trainee } from "./trainee.js";

/**
 * Skill levels: the old five plus the "new eight-level" ladder (`op2025.eight-level`, `plan2021.skill-ladder`).
 * @example SKILL_LEVELS.indexOf("senior") // → 3
 */
export const SKILL_LEVELS = [
  "apprentice",
  "junior",
  "intermediate",
  "senior",
  "technician",
  "seniorTechnician",
  "principalTechnician",
  "chiefTechnician",
] as const;

/**
 * What a claim asks for: the subsidy kinds of the glossary.
 * @example MEASURES.includes("livingAllowance") // → true
 */
export const MEASURES = [
  "trainingSubsidy",
  "insuredSkillUpgradeSubsidy",
  "livingAllowance",
  "appraisalSubsidy",
  "apprenticeshipSubsidy",
  "workForTrainingSubsidy",
  "trainingPackageGrant",
] as const;

/**
 * True when `region` equals `scope` or lies inside it.
 * @example
 * isWithinRegion("zhejiang.jiaxing.haining", "zhejiang.jiaxing") // → true
 * isWithinRegion("zhejiang.jiaxingx", "zhejiang.jiaxing") // → false
 */
export function isWithinRegion(region: string, scope: string): boolean {
  // No `${scope}.` built per call (residency asks this for every claim): the character after the scope is a dot.
  return region === scope || (region.length > scope.length && region.charCodeAt(scope.length) === 46 && region.startsWith(scope));
}

/**
 * Whether a record's region lies within the place: unknown when the record does not say, or names only a wider region
 * that holds the place (the province, for a city: the city within it is not said — reading place-recorded-wider).
 * @example
 * regionWithin("example.city.east", "example.city") // → true
 * regionWithin(undefined, "example.city") // → "unknown"
 * regionWithin("example", "example.city") // → "unknown"
 * regionWithin("example.elsewhere", "example.city") // → false
 */
export function regionWithin(value: string | undefined, region: string): boolean | "unknown" {
  if (value === undefined) return "unknown";
  if (isWithinRegion(value, region)) return true;
  return isWithinRegion(region, value) ? "unknown" : false;
}

/**
 * Statuses a trainee can hold, several at once (glossary "People and their statuses").
 * `rural` and `urbanDibaoFamily` qualify a 两后生 (`nonContinuingGraduate`) for the
 * living allowance. `povertyRegistered` is also Zhejiang's 「建档立卡低收入农户家庭劳动力」.
 * @example TRAINEE_STATUSES.includes("nonContinuingGraduate") // → true
 */
export const TRAINEE_STATUSES = [
  "povertyRegistered",
  "childOfPoorFamily",
  "liftedOutOfPoverty",
  "nonContinuingGraduate",
  "rural",
  "urbanDibaoFamily",
  "ruralTransferWorker",
  "newGenerationMigrantWorker",
  "migrantWorker",
  "returningMigrantWorker",
  "unemployed",
  "jobTransferWorker",
  "veteran",
  "disabled",
  "employmentDifficulty",
  "zeroEmploymentHousehold",
  "collegeGraduate",
  "graduationYearStudent",
  "enterpriseEmployee",
  "tradeFrictionAffected",
  "professionalFarmer",
  "yangtzeFishingBanFisher",
  "inCustody",
  "compulsoryRehab",
  "communityCorrection",
  "pairedRegionPovertyRegistered",
  /** A trainee of a filed and assessed city-or-higher skill-master studio (jx2019.master-studio). */
  "masterStudioTrainee",
] as const;

/**
 * True when the trainee holds `status`. An employer on record (`employerId`) is held as `enterpriseEmployee`: the
 * record names the enterprise employing the person, an 企业职工 — unless it also says `unemployed`, a 失业人员 (reading
 * employer-on-record-is-employee).
 * @example hasStatus(trainee({ statuses: ["veteran"] }), "veteran") // → true
 * @example hasStatus(trainee({ employerId: "E1" }), "enterpriseEmployee") // → true
 */
export function hasStatus(trainee: Trainee, status: TraineeStatus): boolean {
  return trainee.statuses.includes(status) || (status === "enterpriseEmployee" && employedOnRecord(trainee));
}

/** The record names the enterprise employing the person and does not say the person is unemployed. */
const employedOnRecord = (trainee: Trainee): boolean => trainee.employerId !== undefined && !trainee.statuses.includes("unemployed");

/**
 * True when the record makes the trainee an 企业职工: `enterpriseEmployee`; or an employer on record (`employerId`:
 * the enterprise employing the person; reading employer-on-record-is-employee), or `tradeFrictionAffected` — whose
 * label is 「受经贸摩擦影响的企业职工」, a part of 企业职工 (jx2019 二 「企业职工特别是受经贸摩擦影响的企业职工」) —
 * unless the record also says `unemployed`, a 失业人员 (reading trade-friction-employee).
 * @example isEnterpriseEmployee(trainee({ statuses: ["tradeFrictionAffected"] })) // → true
 * @example isEnterpriseEmployee(trainee({ statuses: ["unemployed", "tradeFrictionAffected"] })) // → false
 * @example isEnterpriseEmployee(trainee({ statuses: ["jobTransferWorker"], employerId: "E1" })) // → true
 */
export function isEnterpriseEmployee(trainee: Trainee): boolean {
  const s = trainee.statuses;
  return hasStatus(trainee, "enterpriseEmployee") || (s.includes("tradeFrictionAffected") && !s.includes("unemployed"));
}

/**
 * Whether the record shows entitlement to a monthly pension (「具有按月领取养老金资格」, gbf2019.scope-adjustment,
 * jx2019.over-retirement): drawing one shows it (whatever the record says of the entitlement: a person drawing a
 * monthly pension has the 资格 to draw it — a record saying both is read by the fact drawn, review 7), else the
 * stated entitlement, else unknown (reading pension-entitlement-test).
 * @example
 * pensionEntitlement(trainee({ receivesMonthlyPension: true })) // → true
 * pensionEntitlement(trainee({ receivesMonthlyPension: true, monthlyPensionEntitled: false })) // → true
 * pensionEntitlement(trainee({ receivesMonthlyPension: false })) // → undefined
 * pensionEntitlement(trainee({ receivesMonthlyPension: false, monthlyPensionEntitled: false })) // → false
 */
export function pensionEntitlement(trainee: Trainee): boolean | undefined {
  if (trainee.receivesMonthlyPension === true) return true;
  return trainee.monthlyPensionEntitled;
}

/**
 * The statuses of a 贫困劳动力 of gbf2019, 「建档立卡贫困劳动力（以下简称贫困劳动力）」: on the register, whatever the region (a
 * 对口支援地区建档立卡贫困人员), and after leaving poverty (a 脱贫劳动力). Every group of the text that names the 贫困劳动力 takes
 * them all (reading poverty-labourer-register).
 * @example POVERTY_LABOURER_STATUSES // → ["povertyRegistered","pairedRegionPovertyRegistered","liftedOutOfPoverty"]
 */
export const POVERTY_LABOURER_STATUSES = ["povertyRegistered", "pairedRegionPovertyRegistered", "liftedOutOfPoverty"] as const;

/**
 * The certificate kinds: the five `gbf2019.certificate-basis` names, and `otherCertificate` — its list ends in 等
 * (「（职业资格证书、职业技能等级证书、专项职业能力证书、特种作业操作证书、培训合格证书等）」), so a certificate of
 * another kind is a record, named by its `kindName`, not an invalid one (reading certificate-kinds-open). The first
 * two carry a level; the others, `otherCertificate` among them, do not. A measure pays a kind only where its text
 * or a catalogue row names it: a row that lists `otherCertificate` takes the other kinds.
 * @example CERTIFICATE_KINDS.filter(isLeveled) // → ["qualificationCertificate","skillLevelCertificate"]
 */
export const CERTIFICATE_KINDS = [
  "qualificationCertificate",
  "skillLevelCertificate",
  "specialAbilityCertificate",
  "specialOperationsCertificate",
  "trainingCompletionCertificate",
  "otherCertificate",
] as const;

/** The certificate kinds that carry a skill level. */
export const LEVELED_KINDS = ["qualificationCertificate", "skillLevelCertificate"] as const;
const LEVELED: ReadonlySet<string> = new Set(LEVELED_KINDS);

/**
 * True for the certificate kinds that carry a skill level.
 * @example isLeveledKind("trainingCompletionCertificate") // → false
 */
export function isLeveledKind(kind: string): boolean {
  return LEVELED.has(kind);
}

/**
 * True for the certificate kinds that carry a skill level.
 * @example isLeveled("trainingCompletionCertificate") // → false
 */
export function isLeveled(kind: CertificateKind): boolean {
  return isLeveledKind(kind);
}

/**
 * Sector tags of `op2025.sectors`.
 * @example SECTORS.length // → 6
 */
export const SECTORS = [
  "advancedManufacturing",
  "digitalEconomy",
  "lowAltitudeEconomy",
  "transport",
  "agricultureAndRural",
  "lifeServices",
] as const;

/** A skill level, one of {@link SKILL_LEVELS}. */
export type SkillLevel = (typeof SKILL_LEVELS)[number];
/** A measure, one of {@link MEASURES}. */
export type Measure = (typeof MEASURES)[number];
/** A trainee status, one of {@link TRAINEE_STATUSES}. */
export type TraineeStatus = (typeof TRAINEE_STATUSES)[number];
/** A certificate kind, one of {@link CERTIFICATE_KINDS}. */
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];
/** A sector tag, one of {@link SECTORS}. */
export type Sector = (typeof SECTORS)[number];

/** Input limits (documented in docs/concepts.md): strings and ids stay short. */
export const LIMITS = {
  idLength: 64,
  textLength: 200,
  listLength: 10_000,
} as const;

/** What a record id may be made of (the `Id` schema): a letter or digit, then letters, digits and `._:-`. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/**
 * True when a value is a record id as the schema writes one (pattern and length): what can be read of a record set aside
 * as invalid, to name another record by.
 * @example [isId("JX-1"), isId(""), isId("P1 "), isId(7)] // → [true,false,false,false]
 */
export function isId(value: unknown): value is string {
  return typeof value === "string" && value.length <= LIMITS.idLength && ID_PATTERN.test(value);
}

/**
 * The days a date in a record may name (reading: plausible-record-dates): the texts run
 * 2018–2027; a birth date of 1899 or a date of 2100 is a typing error, not a person.
 * @example PLAUSIBLE_DATES // → {"from":"1900-01-01","to":"2099-12-31"}
 */
export const PLAUSIBLE_DATES = { from: "1900-01-01", to: "2099-12-31" } as const;

/** Who is paid (补贴对象). */
export const PAYEE_KINDS = ["trainee", "organizer", "enterprise"] as const;

/**
 * Kinds of training (glossary "Training, certificates, levels").
 * @example COURSE_KINDS[0] // → "preJob"
 */
export const COURSE_KINDS = [
  "preJob",
  "skillUpgrade",
  "jobTransfer",
  "safety",
  "employmentSkills",
  "entrepreneurship",
  "projectBased",
] as const;

/**
 * How the training's fee is set: 市场调节价 (`market`), 政府指导价 (`governmentGuided`), or
 * free to the trainee (`free`). Only market-priced training comes under op2025's cost
 * sharing, 「收费实行市场调节价的培训项目」 (reading: cost-sharing-market-priced-only).
 * @example COURSE_PRICING // → ["market","governmentGuided","free"]
 */
export const COURSE_PRICING = ["market", "governmentGuided", "free"] as const;

/**
 * Outcome of a training's assessment: 合格 / 不合格 / not assessed yet.
 * @example TRAINING_OUTCOMES // → ["passed","failed","pending"]
 */
export const TRAINING_OUTCOMES = ["passed", "failed", "pending"] as const;

/**
 * The funds subsidies are paid from (`plan2021.subsidy-kinds`).
 * @example FUNDS.length // → 3
 */
export const FUNDS = ["employmentSubsidyFund", "unemploymentInsuranceFund", "skillsActionAccount"] as const;
