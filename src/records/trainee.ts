import * as z from "zod";
import { traineeChecks } from "./checks.js";
import { CivilDateSchema, Id, RegionId, Text } from "./common.js";
import { TRAINEE_STATUSES } from "./kinds.js";
import { refined } from "./refined.js";

export { hasStatus, TRAINEE_STATUSES } from "./kinds.js";

/**
 * A trainee status, one of {@link TRAINEE_STATUSES} (zod schema).
 * @example TraineeStatus.safeParse("veteran").success // → true
 */
export const TraineeStatus = /* @__PURE__ */ (() =>
  z.enum(TRAINEE_STATUSES))();
/** A trainee status, one of {@link TRAINEE_STATUSES}. */
export type TraineeStatus = z.infer<typeof TraineeStatus>;

/**
 * A person (劳动者 / 参训人员). Absent optional facts are unknown, not false: a rule
 * that needs one says so in `missingFacts`. `statuses` lists what the person is
 * certified as; a status not listed does not hold (zod schema; parse with {@link parseTrainee}).
 * @example Trainee.safeParse({ id: "P-1", birthDate: "2002-04-18", statuses: ["nonContinuingGraduate", "rural"] }).success // → true
 */
export const Trainee = /* @__PURE__ */ (() =>
  z
  .strictObject({
    /** The person's id in your records. */
    id: Id,
    /** The name, if you keep it (no rule reads it). */
    name: Text.optional(),
    /** Date of birth (age ceilings, retirement age). */
    birthDate: CivilDateSchema,
    /** The statuses the person is certified as, from {@link TRAINEE_STATUSES}. */
    // each listed once (checked with the record; uniqueItems says so in the published JSON Schema: review 49)
    statuses: z.array(TraineeStatus).max(TRAINEE_STATUSES.length).meta({ uniqueItems: true }),
    /** 户籍地 */
    hukouRegion: RegionId.optional(),
    /** 常住地 */
    residenceRegion: RegionId.optional(),
    /** 居住证 at the residence region */
    hasResidencePermit: z.boolean().optional(),
    /** 求职就业地 / 就业创业地 */
    employmentRegion: RegionId.optional(),
    /** 失业登记地 */
    unemploymentRegisteredAt: RegionId.optional(),
    /** 按月领取养老金: draws a monthly pension (which shows entitlement to one). */
    receivesMonthlyPension: z.boolean().optional(),
    /** 具有按月领取养老金资格: entitled to a monthly pension, drawn or not (jx2019.over-retirement; reading pension-entitlement-test). */
    monthlyPensionEntitled: z.boolean().optional(),
    /**
     * The enterprise employing the person (an enterprise record's id), when known: an enterprise's
     * training-subsidy claim on the person's certificate (other than the pre-job and safety routes,
     * reading organiser-of-record) is paid only to their employer; with none recorded it is held,
     * asking for it (reading employer-of-record). Recorded, it makes the person an 企业职工 as the status
     * `enterpriseEmployee` does, unless `statuses` says `unemployed` (reading employer-on-record-is-employee). Absent: unknown.
     */
    employerId: Id.optional(),
    /** Months of unemployment insurance paid, by region id. */
    unemploymentInsuranceMonths: z.record(RegionId, z.int().min(0).max(1200)).optional(),
  })
  .check(refined(traineeChecks)))();
/** A person (劳动者 / 参训人员), as parsed by {@link parseTrainee}. */
export type Trainee = z.infer<typeof Trainee>;

