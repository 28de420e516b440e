/**
 * 参保职工技能提升补贴 — the insured employees' skill-upgrade subsidy.
 *
 * - gbf2019.employee-training §(十一): 「符合条件的企业职工参加岗前培训、安全技能培训、转岗转业培训
 *   或初级工、中级工、高级工、技师、高级技师培训，按规定给予职业培训补贴或参保职工技能提升补贴」.
 * - gf2018.insured-skill-upgrade §(六): 「发挥失业保险促进就业作用，支持符合条件的参保职工提升职业技能」
 *   — the basis: the unemployment insurance fund pays it (plan2021 §(二十六) names 技能提升补贴
 *   beside the training subsidy and the funds).
 *
 * Reading insured-skill-upgrade-claimable: the claimant and payee is the insured employee;
 * the trainee is an enterprise employee with some months of unemployment insurance; the
 * basis is a leveled certificate; the standard per level is local
 * ({@link insuredSkillUpgradeStandards}, no national value: `undecidable`,
 * `no_local_standard`, under the national texts alone). 「或」 makes the two subsidies one
 * or the other for the same training ({@link oneOrTheOther}, reading
 * training-or-skill-upgrade).
 */
import { LINE_LABELS } from "../lineLabels.js";
import { cite } from "../../core/citation.js";
import type { Check, Finding } from "../../core/decision.js";
import { combineChecks, isResolved, outcomeOf } from "../../core/decision.js";
import { defineRule } from "../../core/layer.js";
import { payOnceKey } from "../../core/ledger.js";
import { amount } from "../../core/money.js";
import { defineParameter } from "../../core/parameter.js";
import { trainedOn } from "../../records/courseOf.js";
import { isEnterpriseEmployee } from "../../records/kinds.js";
import type { Trainee } from "../../records/trainee.js";
import type { ClaimInput } from "../common.js";
import { basisOf, findingOf, grantFieldsMissing, grantsWithoutLevel, grantsWithoutOccupation, missingRecord, unresolvedReason } from "../common.js";
import { AmountShape, recordOf } from "../values.js";
import { CHOICE, directlyRecognised, EMPLOYEE_SUBSIDY_CHOICE, insuredMonthsByPlace, oneOrTheOther } from "./trainingOrSkillUpgrade.js";

export { DIRECT_RECOGNITION, directlyRecognised, EMPLOYEE_SUBSIDY_CHOICE, insuredMonthsByPlace, oneOrTheOther, otherMeasureGrant, otherMeasureGrantOnCourse, paidCourseUnkeyed } from "./trainingOrSkillUpgrade.js";

export const INSURED_SKILL_UPGRADE = cite("gf2018.insured-skill-upgrade", "§(六)");

/** The measure's name (its lines' label), which the locales also name the measure by (`terms`). @internal */
export const LINE_LABEL = LINE_LABELS.insuredSkillUpgradeSubsidy;

/**
 * The skill-upgrade standard per level, yuan (`{ junior: "1000.00", … }`); local, so
 * declared without values nationally. Encodes `gf2018.insured-skill-upgrade` (§(六)).
 * Parameter `insuredSkillUpgrade.standards`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), insuredSkillUpgradeStandards, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → "no_values"
 */
export const insuredSkillUpgradeStandards = defineParameter<Readonly<Record<string, string>>>({
  id: "insuredSkillUpgrade.standards",
  label: { zh: "参保职工技能提升补贴标准（元，按等级）", en: "insured employees' skill-upgrade subsidy by level (yuan)" },
  citation: INSURED_SKILL_UPGRADE,
  values: [],
  lastVerifiedOn: "2026-12-03",
  unit: "yuan",
  valueSchema: recordOf(AmountShape),
});

/**
 * An enterprise employee with some months of unemployment insurance, who does not draw a monthly pension: a person drawing one
 * has left the unemployment insurance the subsidy is paid from, whatever months were paid before (「参保职工」; cold audit 9); for one
 * entitled to a pension, whether it is drawn is asked (review 15). Under a policy with a `region`, only the months insured
 * within it count — the fund pays its own insured, so months only elsewhere are `insured elsewhere`, and months recorded under
 * a wider region that holds the policy's are asked about (cold audit 15; reading insured-where-the-fund-is).
 * Encodes `gf2018.insured-skill-upgrade` (§(六)).
 * @example insuredEmployeeCheck(trainee({ statuses: ["enterpriseEmployee"], unemploymentInsuranceMonths: { "example.city": 12 } })).pass // → true
 * @example insuredEmployeeCheck(trainee({ statuses: ["enterpriseEmployee"], unemploymentInsuranceMonths: { "example.city": 300 }, receivesMonthlyPension: true })).reason.facts // → {"detail":"draws a monthly pension"}
 * @example insuredEmployeeCheck(trainee({ statuses: ["enterpriseEmployee"], unemploymentInsuranceMonths: { "other.city": 24 } }), "example.city").reason.facts // → {"detail":"insured elsewhere"}
 * @example insuredEmployeeCheck(trainee({ statuses: ["enterpriseEmployee"], unemploymentInsuranceMonths: { example: 24 } }), "example.city").missing // → ["trainee.unemploymentInsuranceMonths"]
 */
export function insuredEmployeeCheck(trainee: Trainee, region: string | null = null): Check {
  if (!isEnterpriseEmployee(trainee)) return { pass: false, reason: { code: "not_insured_employee", citation: EMPLOYEE_SUBSIDY_CHOICE, facts: { detail: "not an enterprise employee" } } };
  if (trainee.receivesMonthlyPension === true) return { pass: false, reason: { code: "not_insured_employee", citation: INSURED_SKILL_UPGRADE, facts: { detail: "draws a monthly pension" } } };
  // entitled to a pension, whether it is drawn is asked (review 15) — after the insurance, which refuses or asks first (review 16)
  const pensionUnknown = trainee.receivesMonthlyPension === undefined && trainee.monthlyPensionEntitled === true;
  // The fund pays its own insured (gf2018 §(六) 「发挥失业保险促进就业作用」): under a policy with a region, the months insured
  // within it; months under a wider region that holds it may be here, so asked (cold audit 15; reading insured-where-the-fund-is).
  const months = trainee.unemploymentInsuranceMonths;
  const { within: insuredMonths, wider, elsewhere } = insuredMonthsByPlace(months ?? {}, region);
  if (months === undefined || (insuredMonths === 0 && wider > 0)) {
    return { pass: "unknown", reason: { code: "not_insured_employee", citation: INSURED_SKILL_UPGRADE, facts: { detail: "insurance unknown" } }, missing: pensionUnknown ? ["trainee.unemploymentInsuranceMonths", "trainee.receivesMonthlyPension"] : ["trainee.unemploymentInsuranceMonths"] };
  }
  if (insuredMonths === 0) return { pass: false, reason: { code: "not_insured_employee", citation: INSURED_SKILL_UPGRADE, facts: { detail: elsewhere > 0 ? "insured elsewhere" : "not insured" } } };
  if (pensionUnknown) return { pass: "unknown", reason: { code: "not_insured_employee", citation: INSURED_SKILL_UPGRADE, facts: { detail: "pension drawn unknown" } }, missing: ["trainee.receivesMonthlyPension"] };
  return { pass: true, reason: { code: "insured_employee", citation: INSURED_SKILL_UPGRADE, facts: { insuredMonths } } };
}

/**
 * Decides a claim of the measure `insuredSkillUpgradeSubsidy`. Encodes
 * `gbf2019.employee-training` (§(十一)) and `gf2018.insured-skill-upgrade` (§(六)).
 * @example
 * const d = evaluateClaim(nationalPolicy(), input({ claim: claim({ measure: "insuredSkillUpgradeSubsidy", certificateId: "K1" }), trainee: trainee({ statuses: ["enterpriseEmployee"], unemploymentInsuranceMonths: { "example.city": 12 } }), certificate: certificate() }));
 * [d.outcome, d.missingFacts] // → ["undecidable",["parameter insuredSkillUpgrade.standards"]]
 */
export const insuredSkillUpgrade = defineRule({
  id: "insuredSkillUpgrade",
  label: LINE_LABEL,
  citation: INSURED_SKILL_UPGRADE,
  run: (ctx, input: ClaimInput): Finding => {
    const { claim, trainee, certificate, ledger } = input;
    if (certificate === undefined) return findingOf([missingRecord(INSURED_SKILL_UPGRADE, "claim.certificateId")]);
    if (certificate.traineeId !== trainee.id) {
      return findingOf([{ pass: false, reason: { code: "certificate_not_of_trainee", citation: INSURED_SKILL_UPGRADE, facts: { certificateId: certificate.id, traineeId: trainee.id } } }]);
    }
    const direct = directlyRecognised(certificate);
    if (direct !== null) return findingOf([direct]);
    const date = certificate.issuedOn;
    const checks: Check[] = [];
    if (claim.claimant.kind !== "trainee" || claim.claimant.id !== trainee.id) {
      checks.push({ pass: false, reason: { code: "not_insured_employee", citation: EMPLOYEE_SUBSIDY_CHOICE, facts: { detail: "claimant is not the insured employee" } } });
    }
    checks.push(insuredEmployeeCheck(trainee, ctx.policy.region));
    // the course the certificate was earned on, when the records say (its record's, or the claim's course of its occupation)
    const trainedBy = certificate.courseId ?? (input.course !== undefined && trainedOn(input.course, certificate) ? input.course.id : undefined);
    const trainedCourse = trainedBy === undefined ? undefined : (input.courses?.get(trainedBy) ?? (input.course?.id === trainedBy ? input.course : undefined));
    checks.push(oneOrTheOther(ledger, "insuredSkillUpgradeSubsidy", trainee.id, certificate, input.traineeCertificates, trainedBy, trainedCourse?.occupation.code));
    // An earlier skill-upgrade subsidy that names no occupation may have paid this occupation at this level (reading: earlier-grant-says-what-it-paid).
    const certificateKey = payOnceKey("insuredSkillUpgradeSubsidy", trainee.id, "certificate", certificate.id);
    const unnamed = grantsWithoutOccupation(ledger, trainee.id, CHOICE, certificateKey).filter((g) => g.measure === "insuredSkillUpgradeSubsidy");
    if (unnamed.length > 0) checks.push(grantFieldsMissing(unnamed, "occupationCode", INSURED_SKILL_UPGRADE));
    // One that names this occupation but no level paid some level of it (the subsidy is priced by level alone and never
    // paid without one), perhaps this one (reading: earlier-grant-says-what-it-paid).
    const unleveled = grantsWithoutLevel(ledger, trainee.id, "insuredSkillUpgradeSubsidy", certificate.occupation.code, certificate.level, certificateKey, input.traineeCertificates);
    if (unleveled.length > 0) checks.push(grantFieldsMissing(unleveled, "level", INSURED_SKILL_UPGRADE));
    const standards = ctx.param(insuredSkillUpgradeStandards, date);
    let standard: string | undefined;
    if (!isResolved(standards)) checks.push(unresolvedReason(standards, date).check);
    else {
      standard = certificate.level === undefined ? undefined : standards.value[certificate.level];
      if (standard === undefined) checks.push({ pass: false, reason: { code: "no_skill_upgrade_standard", citation: standards.citation, facts: { level: certificate.level ?? null } } });
    }
    if (outcomeOf(checks) !== "granted" || standard === undefined || !isResolved(standards)) return findingOf(checks);
    const decided = combineChecks(checks);
    const payee = { kind: "trainee" as const, id: trainee.id };
    const reasons = [...decided.reasons, { code: "skill_upgrade_standard" as const, citation: standards.citation, facts: { level: certificate.level ?? null, standard } }];
    return {
      outcome: "granted",
      payee,
      lines: [{ label: LINE_LABEL, citation: standards.citation, payee, quantity: 1, unit: "certificate", rate: amount(standard), fund: "unemploymentInsuranceFund", layer: standards.layer }],
      reasons,
      missingFacts: [],
      // Paid once (reading: pay-once-basis): the certificate, and the occupation at that level.
      basis: {
        ...basisOf(date, certificate.occupation.code, certificate.level),
        // the training it paid, for a later claim of the other measure on the same course, in a later run too (cold review 70 F1, F4)
        ...(trainedBy === undefined ? {} : { courseId: trainedBy }),
        keys: [
          payOnceKey("insuredSkillUpgradeSubsidy", trainee.id, "certificate", certificate.id),
          payOnceKey("insuredSkillUpgradeSubsidy", trainee.id, "level", `${certificate.occupation.code}@${certificate.level ?? ""}`),
        ],
      },
    };
  },
});
