/** Courses (a trainee's enrolment in a training), certificates, enterprises, apprenticeships. */
import * as z from "zod";
import { inclusiveDays, isCivilDate, isWithin } from "../core/date.js";
import { AmountSchema, CivilDateSchema, Id, LIMITS, Occupation, RegionId, SkillLevel, Text } from "./common.js";

/** Kinds of training (glossary "Training, certificates, levels"). */
export const COURSE_KINDS = [
  "preJob",
  "skillUpgrade",
  "jobTransfer",
  "safety",
  "employmentSkills",
  "entrepreneurship",
  "projectBased",
] as const;
export const CourseKind = z.enum(COURSE_KINDS);
export type CourseKind = z.infer<typeof CourseKind>;

/**
 * One trainee's enrolment in one training course: its kind, occupation and level,
 * class hours, calendar span, the days the trainee attended, and the fee charged.
 * `attendedDays` may not exceed the span's inclusive calendar days (reading 7);
 * `attendedDates`, when given, lists those days and lies within the span.
 */
export const Course = z
  .strictObject({
    id: Id,
    traineeId: Id,
    kind: CourseKind,
    occupation: Occupation,
    level: SkillLevel.optional(),
    classHours: z.int().min(0).max(100_000),
    startDate: CivilDateSchema,
    endDate: CivilDateSchema,
    attendedDays: z.int().min(0).max(100_000),
    attendedDates: z.array(CivilDateSchema).max(LIMITS.listLength).optional(),
    feeCharged: AmountSchema.optional(),
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
  .superRefine((c, ctx) => {
    // Cross-field checks need both dates; a bad date is already reported at its field.
    if (!isCivilDate(c.startDate) || !isCivilDate(c.endDate)) return;
    if (c.endDate < c.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], params: { reason: "end_before_start" }, input: c.endDate });
      return;
    }
    const span = inclusiveDays(c.startDate, c.endDate);
    if (c.attendedDays > span) {
      ctx.addIssue({
        code: "custom",
        path: ["attendedDays"],
        params: { reason: "attended_days_exceed_span", span, attendedDays: c.attendedDays },
        input: c.attendedDays,
      });
    }
    if (c.attendedDates !== undefined) {
      const seen = new Set<string>();
      c.attendedDates.forEach((d, i) => {
        if (!isCivilDate(d)) return;
        if (!isWithin(d, c.startDate, c.endDate)) {
          ctx.addIssue({ code: "custom", path: ["attendedDates", i], params: { reason: "date_outside_course" }, input: d });
        } else if (seen.has(d)) {
          ctx.addIssue({ code: "custom", path: ["attendedDates", i], params: { reason: "duplicate_date" }, input: d });
        }
        seen.add(d);
      });
      if (c.attendedDates.length !== c.attendedDays) {
        ctx.addIssue({
          code: "custom",
          path: ["attendedDates"],
          params: { reason: "attended_dates_count_mismatch", attendedDays: c.attendedDays, listed: c.attendedDates.length },
          input: c.attendedDates.length,
        });
      }
    }
  });
export type Course = z.infer<typeof Course>;

/** The five certificate kinds of gbf2019.certificate-basis. The first two carry a level. */
export const CERTIFICATE_KINDS = [
  "qualificationCertificate",
  "skillLevelCertificate",
  "specialAbilityCertificate",
  "specialOperationsCertificate",
  "trainingCompletionCertificate",
] as const;
export const CertificateKind = z.enum(CERTIFICATE_KINDS);
export type CertificateKind = z.infer<typeof CertificateKind>;

const LEVELED: ReadonlySet<CertificateKind> = new Set(["qualificationCertificate", "skillLevelCertificate"]);

/** True for the certificate kinds that carry a skill level. */
export function isLeveled(kind: CertificateKind): boolean {
  return LEVELED.has(kind);
}

/**
 * A certificate a trainee obtained. Qualification and skill-level certificates must
 * name a level; the other three kinds must not.
 */
export const Certificate = z
  .strictObject({
    id: Id,
    traineeId: Id,
    kind: CertificateKind,
    occupation: Occupation,
    level: SkillLevel.optional(),
    issuedOn: CivilDateSchema,
    courseId: Id.optional(),
    /** True when the certificate was awarded for winning a skills competition (jx2019.competition). */
    viaCompetition: z.boolean().optional(),
  })
  .superRefine((c, ctx) => {
    if (isLeveled(c.kind) && c.level === undefined) {
      ctx.addIssue({ code: "custom", path: ["level"], params: { reason: "level_required", kind: c.kind }, input: undefined });
    }
    if (!isLeveled(c.kind) && c.level !== undefined) {
      ctx.addIssue({ code: "custom", path: ["level"], params: { reason: "level_not_allowed", kind: c.kind }, input: c.level });
    }
  });
export type Certificate = z.infer<typeof Certificate>;

/** Sector tags of op2025.sectors. */
export const SECTORS = [
  "advancedManufacturing",
  "digitalEconomy",
  "lowAltitudeEconomy",
  "transport",
  "agricultureAndRural",
  "lifeServices",
] as const;
export const Sector = z.enum(SECTORS);

/** An enterprise (企业), with where it pays unemployment insurance (jx2019.ui-locality). */
export const Enterprise = z.strictObject({
  id: Id,
  name: Text,
  region: RegionId.optional(),
  unemploymentInsuranceRegion: RegionId.optional(),
  highRiskIndustry: z.boolean().optional(),
  sector: Sector.optional(),
});
export type Enterprise = z.infer<typeof Enterprise>;

/** A new-style apprenticeship (新型学徒制): employee (职工学徒) or student (学生学徒). */
export const Apprenticeship = z
  .strictObject({
    id: Id,
    traineeId: Id,
    enterpriseId: Id,
    kind: z.enum(["employee", "student"]),
    occupation: Occupation,
    level: SkillLevel.optional(),
    startDate: CivilDateSchema,
    endDate: CivilDateSchema,
    monthlyInternshipAllowance: AmountSchema.optional(),
    /**
     * The yearly subsidy standard set for this employee apprenticeship (yuan per person per
     * year), within the range the policy allows (jx2019.employee-apprentice: 4000–10000, by
     * industry, apprentice type, occupation, level and results).
     */
    annualStandard: AmountSchema.optional(),
  })
  .superRefine((a, ctx) => {
    if (isCivilDate(a.startDate) && isCivilDate(a.endDate) && a.endDate < a.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], params: { reason: "end_before_start" }, input: a.endDate });
    }
  });
export type Apprenticeship = z.infer<typeof Apprenticeship>;

