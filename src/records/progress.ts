/**
 * The input of a progress report: training records and the ledger of grants.
 *
 * ```json
 * { "trainings": [TrainingRecord, ...], "grants": [ReportGrant, ...] }
 * ```
 *
 * A training record is one person-time (人次): one trainee in one training. It says
 * where the training took place (`region`), which department organised it
 * (`department`, optional), its kind, its last day, whether it was subsidised, its
 * outcome (passed / failed / pending), whether the trainee was employed or started a
 * business afterwards (when followed up), and the certificate and apprenticeship it
 * led to. A grant is a ledger entry (the `Grant` record) with an optional `fund`.
 */
import * as z from "zod";
import { trainingRecordChecks } from "./checks.js";
import { Grant } from "./claim.js";
import { refined } from "./refined.js";
import { CivilDateSchema, Id, RegionId, SkillLevel, Text } from "./common.js";
import { FUNDS, TRAINING_OUTCOMES } from "./kinds.js";
import { CertificateKind, CourseKind } from "./training.js";

export { FUNDS, TRAINING_OUTCOMES } from "./kinds.js";

/**
 * A training outcome, one of {@link TRAINING_OUTCOMES} (zod schema).
 * @example TrainingOutcome.safeParse("passed").success // → true
 */
export const TrainingOutcome = /* @__PURE__ */ (() =>
  z.enum(TRAINING_OUTCOMES))();
/** A training outcome, one of {@link TRAINING_OUTCOMES}. */
export type TrainingOutcome = z.infer<typeof TrainingOutcome>;

/**
 * A fund, one of {@link FUNDS} (zod schema).
 * @example Fund.safeParse("skillsActionAccount").success // → true
 */
export const Fund = /* @__PURE__ */ (() =>
  z.enum(FUNDS))();
/** A fund, one of {@link FUNDS}. */
export type Fund = z.infer<typeof Fund>;

/**
 * A department id: ASCII, e.g. `jiaxing.emergency-management` (zod schema).
 * @example DepartmentId.safeParse("jiaxing.emergency-management").success // → true
 */
export const DepartmentId = Id;

/**
 * One training of one person, for progress reports: where, by which department, what
 * kind, when, its outcome and what it led to (zod schema).
 * @example TrainingRecord.safeParse({ id: "T-1", traineeId: "P-1", region: "zhejiang.jiaxing.nanhu", kind: "employmentSkills", startDate: "2020-07-01", endDate: "2020-07-10", outcome: "passed" }).success // → true
 */
export const TrainingRecord = /* @__PURE__ */ (() =>
  z
  .strictObject({
    id: Id,
    traineeId: Id,
    /** Where the training took place, a region id (`zhejiang.jiaxing.haining`). */
    region: RegionId,
    /** The department that organised it (附件2 rows), when known. */
    department: DepartmentId.optional(),
    kind: CourseKind,
    startDate: CivilDateSchema,
    /** The training's last day: the record counts in the period that holds this day. */
    endDate: CivilDateSchema,
    /**
     * True when the training was subsidised (补贴性培训), e.g. bought by government.
     * When absent, the record is subsidised if a ledger grant names it as `courseId`.
     */
    subsidised: z.boolean().optional(),
    /** The trainee is a migrant worker (农民工), for plan2021's sub-target. */
    migrantWorker: z.boolean().optional(),
    outcome: TrainingOutcome,
    /** Employed or started a business after the training (就业创业); absent when not followed up. */
    employedAfter: z.boolean().optional(),
    /** The certificate the training led to; counts in the period of its issue date. */
    certificate: z
      .strictObject({ kind: CertificateKind, kindName: Text.optional(), level: SkillLevel.optional(), issuedOn: CivilDateSchema })
      .optional(),
    /** A new apprentice (新型学徒) starting with this training; counts in the period of `startDate`. */
    newApprentice: z.enum(["employee", "student"]).optional(),
  })
  .check(refined(trainingRecordChecks)))();
/** One training of one person, for progress reports. */
export type TrainingRecord = z.infer<typeof TrainingRecord>;

/**
 * A ledger grant with the fund it was paid from, when known (zod schema).
 * @example ReportGrant.shape.fund.safeParse("employmentSubsidyFund").success // → true
 */
export const ReportGrant = /* @__PURE__ */ (() =>
  Grant.extend({ fund: Fund.optional() }))();
/** A ledger grant with the fund it was paid from. */
export type ReportGrant = z.infer<typeof ReportGrant>;

/**
 * The input of a progress report: training records and grants (zod schema; parse with
 * `parseProgressDocument`, which needs no zod).
 * @example ProgressDocument.safeParse({ trainings: [], grants: [] }).success // → true
 */
export const ProgressDocument = /* @__PURE__ */ (() =>
  z.strictObject({
  /** The address of this document's JSON Schema, for editors ("$schema"): allowed, read by nothing. */
  $schema: z.string().max(2048).optional(),

  /** Free text naming the source of the data, printed on the report. */
  source: z.string().max(200).optional(),
  /** The training records. */
  trainings: z.array(TrainingRecord).max(100_000),
  /** The grants paid (the ledger, with funds). */
  grants: z.array(ReportGrant).max(100_000),
}))();
/** The input of a progress report, as parsed by {@link parseProgressDocument}. */
export type ProgressDocument = z.infer<typeof ProgressDocument>;

