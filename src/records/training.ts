/** Courses (a trainee's enrolment in a training), certificates, enterprises, apprenticeships. */
import * as z from "zod";
import { apprenticeshipChecks, certificateChecks, courseChecks, LEVELED_KINDS } from "./checks.js";
import { AmountSchema, CivilDateSchema, Id, LIMITS, Occupation, RegionId, SkillLevel, Text } from "./common.js";
import { CERTIFICATE_KINDS, COURSE_KINDS, COURSE_PRICING, SECTORS } from "./kinds.js";
import { refined } from "./refined.js";

export { CERTIFICATE_KINDS, COURSE_KINDS, COURSE_PRICING, isLeveled, SECTORS } from "./kinds.js";

/**
 * A kind of training, one of {@link COURSE_KINDS} (zod schema).
 * @example CourseKind.safeParse("safety").success // → true
 */
export const CourseKind = /* @__PURE__ */ (() =>
  z.enum(COURSE_KINDS))();
/** A kind of training, one of {@link COURSE_KINDS}. */
export type CourseKind = z.infer<typeof CourseKind>;

/**
 * How a course's fee is set, one of {@link COURSE_PRICING} (zod schema).
 * @example CoursePricing.safeParse("market").success // → true
 */
export const CoursePricing = /* @__PURE__ */ (() =>
  z.enum(COURSE_PRICING))();
/** How a course's fee is set, one of {@link COURSE_PRICING}. */
export type CoursePricing = z.infer<typeof CoursePricing>;

/**
 * One trainee's enrolment in one training course: its kind, occupation and level,
 * class hours, calendar span, the days the trainee attended, and the fee charged.
 * `attendedDays` may not exceed the span's inclusive calendar days (reading: living-allowance-days-attended);
 * `attendedDates`, when given, lists those days and lies within the span (zod schema;
 * parse with {@link parseCourse}).
 * @example Course.safeParse({ id: "C-1", traineeId: "P-1", kind: "safety", occupation: { code: "6-29-01-01", name: "电工" }, classHours: 24, startDate: "2020-05-01", endDate: "2020-05-03", attendedDays: 3, region: "zhejiang.jiaxing" }).success // → true
 */
export const Course = /* @__PURE__ */ (() =>
  z
  .strictObject({
    /** The enrolment's id. */
    id: Id,
    /** The trainee enrolled. */
    traineeId: Id,
    /** The kind of training. */
    kind: CourseKind,
    /** The occupation (or project) trained for. */
    occupation: Occupation,
    /** The skill level trained for, when the training has one. */
    level: SkillLevel.optional(),
    /** Class hours (课时) of the course. */
    classHours: z.int().min(0).max(100_000),
    /** First day of the course. */
    startDate: CivilDateSchema,
    /** Last day of the course. */
    endDate: CivilDateSchema,
    /** Days the trainee attended (the living allowance pays per attended day). */
    attendedDays: z.int().min(0).max(100_000),
    /** The attended days themselves, when known; as many as `attendedDays`. */
    attendedDates: z.array(CivilDateSchema).max(LIMITS.listLength).optional(),
    /** The fee the organizer charged for this trainee, yuan (a market-priced course's subsidy never exceeds it). */
    feeCharged: AmountSchema.optional(),
    /** How the fee is set; only `market` (市场调节价) training has its subsidy capped at the fee (op2025.cost-sharing). Absent: not known to be market-priced. */
    pricing: CoursePricing.optional(),
    /** The training organizer (a payee for subsidies paid to institutions): an organizer's claim on this course is paid only when this names it (reading organiser-of-record). */
    organizerId: Id.optional(),
    /**
     * The day the trainee was hired by the enterprise whose new hires the training is for
     * (录用之日), for pre-job training (jx2019.pre-job-training). Whether the course lies
     * within 12 months of it is for the rule to decide, not the schema.
     */
    hireDate: CivilDateSchema.optional(),
    /** Where the training takes place. */
    region: RegionId,
  })
  .check(refined(courseChecks)))();
/** One trainee's enrolment in one training course, as parsed by {@link parseCourse}. */
export type Course = z.infer<typeof Course>;

/**
 * A certificate kind, one of {@link CERTIFICATE_KINDS} (zod schema).
 * @example CertificateKind.safeParse("specialOperationsCertificate").success // → true
 */
export const CertificateKind = /* @__PURE__ */ (() =>
  z.enum(CERTIFICATE_KINDS))();
/** A certificate kind, one of {@link CERTIFICATE_KINDS}. */
export type CertificateKind = z.infer<typeof CertificateKind>;


/**
 * A certificate a trainee obtained. Qualification and skill-level certificates must
 * name a level; the other kinds must not; a certificate of another kind than the five named
 * (`otherCertificate`) must say which in `kindName` (zod schema; parse with {@link parseCertificate}).
 * @example Certificate.safeParse({ id: "K-1", traineeId: "P-1", kind: "skillLevelCertificate", occupation: { code: "6-29-01-01", name: "电工" }, level: "senior", issuedOn: "2020-07-15" }).success // → true
 */
export const Certificate = /* @__PURE__ */ (() =>
  z
  .strictObject({
    /** The certificate's id. */
    id: Id,
    /** Its holder. */
    traineeId: Id,
    /** Its kind. */
    kind: CertificateKind,
    /**
     * The kind's name as the certificate gives it (e.g. 特种设备作业人员证): required for `otherCertificate`, whose
     * kind the five names do not say (reading certificate-kinds-open); allowed on any kind.
     */
    kindName: Text.optional(),
    /** The occupation (or project) it certifies. */
    occupation: Occupation,
    /** The skill level, for the two leveled kinds (and only for them). */
    level: SkillLevel.optional(),
    /** The day it was issued: the basis date of claims on it. */
    issuedOn: CivilDateSchema,
    /** The course that led to it, when known. */
    courseId: Id.optional(),
    /** True when the certificate was awarded for winning a skills competition (jx2019.competition). */
    viaCompetition: z.boolean().optional(),
    /**
     * True when the level was recognised directly (直接认定, op2025.direct-recognition), without
     * training or appraisal: it earns no training, skill-upgrade or (Jiaxing) appraisal subsidy
     * (reading: direct-recognition-no-training-subsidy).
     */
    directlyRecognised: z.boolean().optional(),
  })
  .check(refined(certificateChecks))
  // certificateChecks in the published JSON Schema (review 49): the leveled kinds name a level, the others none, and
  // a certificate of another kind its kindName
  .meta({
    allOf: [
      { if: { properties: { kind: { enum: [...LEVELED_KINDS] } }, required: ["kind"] }, then: { required: ["level"] }, else: { not: { required: ["level"] } } },
      { if: { properties: { kind: { const: "otherCertificate" } }, required: ["kind"] }, then: { required: ["kindName"] } },
    ],
  }))();
/** A certificate a trainee obtained, as parsed by {@link parseCertificate}. */
export type Certificate = z.infer<typeof Certificate>;

/** A sector tag, one of {@link SECTORS} (zod schema). */
export const Sector = /* @__PURE__ */ (() =>
  z.enum(SECTORS))();

/**
 * An enterprise (企业), with where it pays unemployment insurance (`jx2019.ui-locality`) (zod schema).
 * @example Enterprise.safeParse({ id: "E-1", name: "示例公司", unemploymentInsuranceRegion: "zhejiang.jiaxing" }).success // → true
 */
export const Enterprise = /* @__PURE__ */ (() =>
  z.strictObject({
  /** The enterprise's id. */
  id: Id,
  /** Its name. */
  name: Text,
  /** Where it is registered. */
  region: RegionId.optional(),
  /** Where it pays unemployment insurance (`jx2019.ui-locality`). */
  unemploymentInsuranceRegion: RegionId.optional(),
  /** True for a high-risk industry (safety training, `jx2019.safety-training`). */
  highRiskIndustry: z.boolean().optional(),
  /** Its sector, for the priority sectors of `op2025.sectors`. */
  sector: Sector.optional(),
}))();
/** An enterprise, as parsed by {@link parseEnterprise}. */
export type Enterprise = z.infer<typeof Enterprise>;

/**
 * A new-style apprenticeship (新型学徒制): employee (职工学徒) or student (学生学徒) (zod schema;
 * parse with {@link parseApprenticeship}).
 * @example Apprenticeship.shape.kind.options // → ["employee","student"]
 */
export const Apprenticeship = /* @__PURE__ */ (() =>
  z
  .strictObject({
    /** The apprenticeship's id. */
    id: Id,
    /** The apprentice. */
    traineeId: Id,
    /** The enterprise that trains. */
    enterpriseId: Id,
    /** Employee apprentice (职工学徒) or student apprentice (学生学徒). */
    kind: z.enum(["employee", "student"]),
    /** The occupation learned. */
    occupation: Occupation,
    /** The level aimed at. */
    level: SkillLevel.optional(),
    /** First day. */
    startDate: CivilDateSchema,
    /** Last day. */
    endDate: CivilDateSchema,
    /** The monthly internship allowance the enterprise pays a student apprentice, yuan. */
    monthlyInternshipAllowance: AmountSchema.optional(),
    /**
     * The yearly subsidy standard set for this employee apprenticeship (yuan per person per
     * year), within the range the policy allows (jx2019.employee-apprentice: 4000–10000, by
     * industry, apprentice type, occupation, level and results).
     */
    annualStandard: AmountSchema.optional(),
  })
  .check(refined(apprenticeshipChecks)))();
/** A new-style apprenticeship, as parsed by {@link parseApprenticeship}. */
export type Apprenticeship = z.infer<typeof Apprenticeship>;

