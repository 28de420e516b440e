/**
 * 岗前培训补贴 — pre-job training of new hires, paid at the 初级工 standard.
 *
 * jx2019.pre-job-training 三(一)一: 「对于企业新招用人员，在员工入职 12 个月内，开展……岗前培训，培训
 * 时间不低于 40 课时，培训后取得专项职业能力证书（或培训合格证书），按初级工标准给予组织单位补贴」
 * — new hires trained within 12 months of joining, at least 40 class
 * hours, ending in a special-ability (or training-completion) certificate: the organising
 * unit gets the subsidy at the 初级工 standard of that occupation in the catalogue.
 *
 * reading: pre-job-within-12-months — training starts on or after the hire date (`course.hireDate`) and ends no
 * later than the same calendar day 12 months after it ({@link addMonths}). The payee is
 * the organising unit: an organiser or the enterprise, never the trainee.
 *
 * The Jiaxing layer appends {@link preJobTraining} to the training subsidy's routes
 * (`trainingSubsidy.routes`), for pre-job courses ({@link isPreJobCourse}). The terms are the
 * parameter {@link preJobTrainingTerms}; with none in force the rule returns `null` and a
 * pre-job course is judged like any other.
 */
import { addMonths, inclusiveDays } from "../../core/date.js";
import type { Check } from "../../core/decision.js";
import { isResolved } from "../../core/decision.js";
import { defineRule } from "../../core/layer.js";
import { cite } from "../../core/citation.js";
import { defineParameter } from "../../core/parameter.js";
import type { Party } from "../../records/common.js";
import type { Certificate, Course } from "../../records/training.js";
import { CertificateKindShape, Count, listOf, objectOf, SkillLevelShape } from "../../provisions/values.js";
import type { SkillLevel } from "../../records/common.js"; // type only: erased, no zod at run time
import type { CertificateKind } from "../../records/kinds.js";
import type { StandardRoute, TrainingSubsidyClaim } from "../../provisions/trainingSubsidy/trainingSubsidy.js";

/** The terms of the pre-job training subsidy (`jx2019.pre-job-training`). */
export interface PreJobTrainingTerms {
  /** 不少于 40 课时 */
  readonly minClassHours: number;
  /** 「在员工入职 12 个月内」 */
  readonly withinMonths: number;
  /** 「专项职业能力证书（或培训合格证书）」 */
  readonly certificateKinds: readonly CertificateKind[];
  /** 「按初级工标准」 */
  readonly standardLevel: SkillLevel;
}

/**
 * The terms of the pre-job training subsidy; set by the Jiaxing layer. Encodes
 * `jx2019.pre-job-training` (三(一)一).
 * Parameter `trainingSubsidy.preJobTraining`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(jiaxingPolicy(), preJobTrainingTerms, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → {"minClassHours":40,"withinMonths":12,"certificateKinds":["specialAbilityCertificate","trainingCompletionCertificate"],"standardLevel":"junior"}
 */
export const preJobTrainingTerms = defineParameter<PreJobTrainingTerms>({
  id: "trainingSubsidy.preJobTraining",
  label: { zh: "企业新录用人员岗前培训补贴条件", en: "terms of the pre-job training subsidy" },
  citation: cite("jx2019.pre-job-training", "三(一)一"),
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: objectOf({ minClassHours: Count, withinMonths: Count, certificateKinds: listOf(CertificateKindShape), standardLevel: SkillLevelShape }),
});

/** What {@link preJobTraining} looks at: the course (the route applies to a pre-job course), the certificate it ended in, who claims (the organising unit), and the certificate's issue date (the date the terms are read on). */
export type PreJobTrainingInput = Pick<TrainingSubsidyClaim, "course" | "certificate" | "claimant" | "date">;

/**
 * True for a claim on a pre-job course: the claims the route is tried for.
 * @example isPreJobCourse({ course: course({ kind: "preJob" }) }) // → true
 */
export function isPreJobCourse(claim: Pick<TrainingSubsidyClaim, "course">): boolean {
  return claim.course?.kind === "preJob";
}

/** The most 课时 one calendar day holds: 24 × 60 minutes ÷ 40 (no 课时 is shorter). */
const CLASS_HOURS_A_DAY = 36;

/**
 * Pure checks of the pre-job terms. Encodes `jx2019.pre-job-training` (三(一)一).
 * @example
 * const terms = { minClassHours: 40, withinMonths: 12, certificateKinds: ["specialAbilityCertificate" as const], standardLevel: "junior" as const };
 * const hired = course({ kind: "preJob", classHours: 40, hireDate: "2020-02-01" });
 * const cert = certificate({ kind: "specialAbilityCertificate", level: undefined });
 * const at = cite("jx2019.pre-job-training", "三(一)一");
 * preJobTrainingChecks(hired, cert, { kind: "organizer", id: "ORG-1" }, terms, at).every((c) => c.pass === true) // → true
 * preJobTrainingChecks(hired, cert, { kind: "trainee", id: "P1" }, terms, at).filter((c) => c.pass === false).map((c) => c.reason.code) // → ["payee_not_organiser"]
 */
export function preJobTrainingChecks(course: Course, certificate: Certificate, claimant: Party, terms: PreJobTrainingTerms, citation: ReturnType<typeof cite>): Check[] {
  const checks: Check[] = [];
  const hours = { classHours: course.classHours, minClassHours: terms.minClassHours };
  // A 课时 is no shorter than 40 minutes: a calendar day holds at most 36, and hours the days the new hire attended cannot
  // hold are not the hours he was trained — asked for, never paid on (reading class-hours-within-span; cold audit 24: 40 in
  // one day paid; cold review 96 F2: 40 over a ten-day span of which he attended one, 800.00 paid).
  // attendedDays is at most the span's days (the course record's schema)
  const days = course.attendedDays;
  const span = inclusiveDays(course.startDate, course.endDate);
  checks.push(
    course.classHours > CLASS_HOURS_A_DAY * days
      ? { pass: "unknown", reason: { code: "class_hours_beyond_span", citation, facts: { classHours: course.classHours, days, perDay: CLASS_HOURS_A_DAY } }, missing: days < span ? ["course.classHours", "course.attendedDays"] : ["course.classHours"] }
      : course.classHours >= terms.minClassHours
        ? { pass: true, reason: { code: "class_hours_met", citation, facts: hours } }
        : { pass: false, reason: { code: "too_few_class_hours", citation, facts: hours } },
  );
  if (course.hireDate === undefined) {
    checks.push({ pass: "unknown", reason: { code: "hire_date_unknown", citation, facts: { courseId: course.id } }, missing: ["course.hireDate"] });
  } else {
    const latest = addMonths(course.hireDate, terms.withinMonths);
    const facts = { hireDate: course.hireDate, startDate: course.startDate, endDate: course.endDate, withinMonths: terms.withinMonths, latestEnd: latest };
    checks.push(
      course.startDate >= course.hireDate && course.endDate <= latest
        ? { pass: true, reason: { code: "within_months_of_hire", citation, facts } }
        : { pass: false, reason: { code: "not_within_months_of_hire", citation, facts } },
    );
  }
  const kinds = { kind: certificate.kind, accepted: [...terms.certificateKinds] };
  checks.push(
    terms.certificateKinds.includes(certificate.kind)
      ? { pass: true, reason: { code: "certificate_is_basis", citation, facts: { rowKind: "preJob", ...kinds } } }
      : { pass: false, reason: { code: "certificate_not_basis", citation, facts: { rowKind: "preJob", ...kinds } } },
  );
  checks.push(
    claimant.kind === "trainee"
      ? { pass: false, reason: { code: "payee_not_organiser", citation, facts: { claimant: claimant.kind } } }
      : { pass: true, reason: { code: "payee_is_organiser", citation, facts: { claimant: claimant.kind } } },
  );
  return checks;
}

/**
 * The route for a pre-job course, or `null` when no terms are in force. Encodes
 * `jx2019.pre-job-training` (三(一)一).
 * @example [preJobTraining.id, preJobTraining.citation.provision] // → ["trainingSubsidy.preJobTraining","jx2019.pre-job-training"]
 */
export const preJobTraining = defineRule({
  id: "trainingSubsidy.preJobTraining",
  label: { zh: "企业新录用人员岗前培训", en: "pre-job training of new hires" },
  citation: cite("jx2019.pre-job-training", "三(一)一"),
  run: (ctx, input: PreJobTrainingInput): StandardRoute | null => {
    const { course } = input;
    if (course === undefined) return null;
    const terms = ctx.param(preJobTrainingTerms, input.date);
    if (!isResolved(terms)) return null;
    // 「培训后取得专项职业能力证书（或培训合格证书）」: the route is for those certificates; a skill-level certificate
    // the same course led to is paid at its own row, as any other (found by the late review, 2026-12-04)
    if (!terms.value.certificateKinds.includes(input.certificate.kind)) return null;
    return { route: "preJob", level: terms.value.standardLevel, paysOrganisingUnit: true, checks: preJobTrainingChecks(course, input.certificate, input.claimant, terms.value, terms.citation) };
  },
});
