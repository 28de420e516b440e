/**
 * 安全技能培训补贴 — safety training of insured employees, at the 初级工 standard.
 *
 * jx2019.safety-training 三(一)三: 
 * 「对经培训取得特种作业操作证，在本市缴纳失业保险 1 年以上的企业职工按初级工标准给予个人或组织单位补贴」
 * — enterprise employees who obtain a special-operations
 * certificate and have paid unemployment insurance in the city for at least a year: the
 * subsidy at the 初级工 standard of that occupation, to the person or to the organising unit.
 *
 * Reading (safety-training-employee): the person must be an 企业职工 (`enterpriseEmployee`)
 * when the certificate is issued; an unemployed or self-employed person is not, whatever
 * their insured months. The payee is the claimant — the person, or the unit that organised
 * the training (an organiser, or the enterprise) — one of them, not both.
 *
 * Readings: "1 年以上" is at least 12 months, summed over the regions of
 * `trainee.unemploymentInsuranceMonths` that lie within the policy's region; the
 * special-operations certificate itself shows high-risk work (the record of the
 * employer's industry is not required). The route applies to a safety course ending in
 * a special-operations certificate, under a policy with a region ({@link isSafetyCourse}), and
 * to such a certificate claimed with no course (an organiser's claim on a project row of its own
 * aside), asking for the course ({@link isSafetyCertificateWithoutCourse}): the Jiaxing layer appends {@link safetyTraining}
 * to the training subsidy's routes (`trainingSubsidy.routes`) so guarded. The terms are the parameter
 * {@link safetyTrainingTerms}; with none in force the rule returns `null`.
 */
import type { Check } from "../../core/decision.js";
import { isResolved } from "../../core/decision.js";
import { defineRule } from "../../core/layer.js";
import { cite } from "../../core/citation.js";
import { defineParameter } from "../../core/parameter.js";
import { isEnterpriseEmployee } from "../../records/kinds.js";
import { insuredMonthsByPlace } from "../../provisions/skillUpgrade/trainingOrSkillUpgrade.js";
import type { StandardRoute, TrainingSubsidyClaim } from "../../provisions/trainingSubsidy/trainingSubsidy.js";
import { Count, objectOf, SkillLevelShape } from "../../provisions/values.js";
import { catalogueEntryFor, subsidyCatalogue } from "../../provisions/trainingSubsidy/subsidyCatalogue.js";
import { missingRecord } from "../../provisions/common.js";
import type { SkillLevel } from "../../records/common.js"; // type only: erased, no zod at run time

/** The terms of the safety-training subsidy (`jx2019.safety-training`). */
export interface SafetyTrainingTerms {
  /** 「在本市缴纳失业保险 1 年以上」: months. */
  readonly minInsuredMonths: number;
  /** 按初级工标准 */
  readonly standardLevel: SkillLevel;
}

/**
 * The terms of the safety-training subsidy; set by the Jiaxing layer. Encodes
 * `jx2019.safety-training` (三(一)三).
 * Parameter `trainingSubsidy.safetyTraining`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(jiaxingPolicy(), safetyTrainingTerms, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → {"minInsuredMonths":12,"standardLevel":"junior"}
 */
export const safetyTrainingTerms = defineParameter<SafetyTrainingTerms>({
  id: "trainingSubsidy.safetyTraining",
  label: { zh: "高危行业安全技能培训补贴条件", en: "terms of the safety-training subsidy" },
  citation: cite("jx2019.safety-training", "三(一)三"),
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: objectOf({ minInsuredMonths: Count, standardLevel: SkillLevelShape }),
});

/**
 * What {@link safetyTraining} looks at: the trainee, the policy's region (whose insured months count; none: no route) and the
 * certificate's issue date; and, when given, the certificate and the course (a special-operations certificate claimed with no
 * course: {@link isSafetyCertificateWithoutCourse}).
 */
export type SafetyTrainingInput = Pick<TrainingSubsidyClaim, "trainee" | "region" | "date"> & Partial<Pick<TrainingSubsidyClaim, "certificate" | "course" | "claimant">>;

/**
 * True for a claim the safety route is tried for: a safety course ending in a
 * special-operations certificate, under a policy with a region.
 * @example isSafetyCourse({ course: course({ kind: "safety" }), certificate: certificate({ kind: "specialOperationsCertificate", level: undefined }), region: "example.city" }) // → true
 */
export function isSafetyCourse(claim: Pick<TrainingSubsidyClaim, "course" | "certificate" | "region">): boolean {
  return claim.course?.kind === "safety" && claim.certificate.kind === "specialOperationsCertificate" && claim.region !== null;
}

/**
 * True for a claim on a special-operations certificate that names no course (neither the claim nor the certificate), under a
 * policy with a region: the safety route is tried for it too. 「对经培训取得特种作业操作证」 pays a certificate obtained through
 * training, and such a certificate is a basis only through it or through a project row of its own (五(十一)
 * 「对项目制培训以培训合格证书、特种作业操作证书为依据进行补贴」, paid to the provider): the route asks for the course, rather than
 * the claim being refused as outside the catalogue or as no basis — save an organiser's claim on a project row of its own,
 * which that row judges (reading safety-certificate-without-course).
 * @example isSafetyCertificateWithoutCourse({ certificate: certificate({ kind: "specialOperationsCertificate", level: undefined }), region: "example.city" }) // → true
 */
export function isSafetyCertificateWithoutCourse(claim: Pick<TrainingSubsidyClaim, "course" | "certificate" | "region">): boolean {
  return claim.course === undefined && claim.certificate.kind === "specialOperationsCertificate" && claim.region !== null;
}

/**
 * The route for a safety course with a special-operations certificate. Encodes
 * `jx2019.safety-training` (三(一)三).
 * @example [safetyTraining.id, safetyTraining.citation.provision] // → ["trainingSubsidy.safetyTraining","jx2019.safety-training"]
 */
export const safetyTraining = defineRule({
  id: "trainingSubsidy.safetyTraining",
  label: { zh: "高危行业安全技能培训", en: "safety training in high-risk industries" },
  citation: cite("jx2019.safety-training", "三(一)三"),
  run: (ctx, input: SafetyTrainingInput): StandardRoute | null => {
    const { region } = input;
    if (region === null) return null;
    // A special-operations certificate claimed with no course: the course could make it the safety route's (no row, or an
    // occupation row, which takes no such certificate: 五(十一)), so the course is asked for — unless a project row of its own
    // judges an organiser's claim (project training, paid to its provider, asks for the course itself); the person or an
    // enterprise, whom project training does not pay, may be paid by this route (review 26; reading
    // safety-certificate-without-course).
    let courseUnknown = false;
    if (input.certificate !== undefined && input.course === undefined) {
      const catalogue = ctx.param(subsidyCatalogue, input.date);
      if (!isResolved(catalogue)) return null;
      if (input.claimant?.kind === "organizer" && catalogueEntryFor(catalogue.value, input.certificate)?.kind === "project") return null;
      courseUnknown = true;
    }
    const terms = ctx.param(safetyTrainingTerms, input.date);
    if (!isResolved(terms)) return null;
    const citation = terms.citation;
    const months = input.trainee.unemploymentInsuranceMonths;
    let check: Check;
    if (months === undefined) {
      check = { pass: "unknown", reason: { code: "insured_months_unknown", citation, facts: { region } }, missing: ["trainee.unemploymentInsuranceMonths"] };
    } else {
      // Months recorded under a wider region that holds the city's (the province) may have been paid here: short of the
      // year without them, and a year with them, they are asked for (reading insured-where-the-fund-is; cold audit 23).
      const { within: insured, wider } = insuredMonthsByPlace(months, region);
      const facts = { insuredMonths: insured, minInsuredMonths: terms.value.minInsuredMonths, region };
      check =
        insured >= terms.value.minInsuredMonths
          ? { pass: true, reason: { code: "insured_months_met", citation, facts } }
          : insured + wider >= terms.value.minInsuredMonths
            ? { pass: "unknown", reason: { code: "insured_months_unknown", citation, facts: { region } }, missing: ["trainee.unemploymentInsuranceMonths"] }
            : { pass: false, reason: { code: "too_few_insured_months", citation, facts } };
    }
    const employee: Check = isEnterpriseEmployee(input.trainee)
      ? { pass: true, reason: { code: "employee_training", citation, facts: { basis: "safety" } } }
      : { pass: false, reason: { code: "not_enterprise_employee", citation, facts: { statuses: [...input.trainee.statuses] } } };
    const checks = [employee, check];
    if (courseUnknown) checks.push(missingRecord(citation, "claim.courseId"));
    // 「在本市缴纳失业保险1年以上」 met: the person's own year of insurance here is a local tie, answering a residency their
    // record leaves unknown (reading employment-basis-is-employment-region; cold audit 16, a second cold reader 75 %).
    return { route: "safety", level: terms.value.standardLevel, paysOrganisingUnit: true, checks, ...(check.pass === true ? { showsLocalTie: "insuredInRegion" } : {}) };
  },
});
