/**
 * 「职业培训补贴或参保职工技能提升补贴」 — the training subsidy or the insured employees' skill-upgrade subsidy, one or the
 * other for the same training (reading training-or-skill-upgrade), and what both measures' rules read of it: the other
 * measure's grants on a certificate or a course, a level recognised directly, the months insured by place.
 *
 * - gbf2019.employee-training §(十一): 「符合条件的企业职工参加岗前培训、安全技能培训、转岗转业培训
 *   或初级工、中级工、高级工、技师、高级技师培训，按规定给予职业培训补贴或参保职工技能提升补贴」.
 *
 * Apart from the skill-upgrade subsidy's rule (`insuredSkillUpgrade.ts`, which re-exports these), so that the rules
 * that read them (the training subsidy, its annual cap, the appraisal subsidy, a city's safety route) do not bring
 * that rule ahead of themselves in the built core chunk (the one-claim bundle's gzip, issue #16).
 */
import type { Citation } from "../../core/citation.js";
import { cite } from "../../core/citation.js";
import type { Check } from "../../core/decision.js";
import type { Ledger } from "../../core/ledger.js";
import type { Grant } from "../../records/claim.js";
import { carriesKeys, keysACourse, payOnceKey } from "../../core/ledger.js";
import { sameOccupation } from "../../records/courseOf.js";
import { isWithinRegion } from "../../records/kinds.js";
import type { Certificate } from "../../records/training.js";
import { grantFieldsMissing, grantsWithoutLevel, grantsWithoutOccupation } from "../common.js";

export const EMPLOYEE_SUBSIDY_CHOICE = cite("gbf2019.employee-training", "§(十一)");
export const DIRECT_RECOGNITION = cite("op2025.direct-recognition", "(十四)");

/**
 * A level recognised directly (直接认定) earns no training subsidy: there was no training
 * (reading: direct-recognition-no-training-subsidy). `null` for any other certificate.
 * Encodes `op2025.direct-recognition` (十四).
 * @example directlyRecognised(certificate({ directlyRecognised: true }))?.pass // → false
 */
export function directlyRecognised(certificate: Certificate, citation: Citation = DIRECT_RECOGNITION): Check | null {
  if (certificate.directlyRecognised !== true) return null;
  return { pass: false, reason: { code: "directly_recognised", citation, facts: { certificate: certificate.id, level: certificate.level ?? null } } };
}

/** The two measures of 「或」. @internal */
export const CHOICE: ReadonlySet<string> = new Set(["trainingSubsidy", "insuredSkillUpgradeSubsidy"]);

/**
 * 「职业培训补贴或参保职工技能提升补贴」: fails when the ledger (prior grants and the
 * grants of the batch so far) holds the other of the two measures for the same
 * training: the same certificate, the same occupation and level, or the same course
 * (`courseId`, the course the certificate was earned on, when the records say: one course is
 * one training, reading course-trained-once; cold review 67 F5); unknown while an earlier
 * grant of the other names neither an occupation nor this certificate, or (a skill-upgrade grant,
 * never paid without a level) names this leveled certificate's occupation but no level (reading
 * earlier-grant-says-what-it-paid). Encodes
 * `gbf2019.employee-training` (§(十一)).
 * @example oneOrTheOther(Ledger.empty, "trainingSubsidy", "P1", certificate()).pass // → true
 */
export function oneOrTheOther(ledger: Ledger, measure: "trainingSubsidy" | "insuredSkillUpgradeSubsidy", traineeId: string, certificate: Certificate, certificates: readonly Certificate[] = [], courseId?: string, courseOccupation?: string): Check {
  const other = measure === "trainingSubsidy" ? "insuredSkillUpgradeSubsidy" : "trainingSubsidy";
  const onCertificate = otherMeasureGrant(ledger, measure, traineeId, certificate.id, certificate.occupation.code, certificate.level);
  // else the course it was earned on, paid through another certificate: the refusal names the course (cold review 70 F3)
  const onCourse = onCertificate === undefined && courseId !== undefined ? otherMeasureGrantOnCourse(ledger, measure, traineeId, courseId, certificates, courseOccupation) : undefined;
  const same = onCertificate ?? onCourse;
  if (same === undefined) {
    // An earlier grant of the other measure that names no occupation (nor this certificate) may have paid this training (reading: earlier-grant-says-what-it-paid).
    // (both measures asked, the other's kept: a set of the other alone cost bytes of the browser bundle)
    const unknown = grantsWithoutOccupation(ledger, traineeId, CHOICE, undefined).filter((g) => g.measure === other);
    // A skill-upgrade grant naming this occupation but no level paid some level of it (the subsidy is never paid without
    // one), perhaps this certificate's; a training subsidy without a level is one for an unleveled certificate, no question.
    const unleveled = other === "insuredSkillUpgradeSubsidy" ? grantsWithoutLevel(ledger, traineeId, other, certificate.occupation.code, certificate.level, undefined, certificates) : [];
    if (unknown.length > 0 || unleveled.length > 0) return grantFieldsMissing(unleveled, "level", EMPLOYEE_SUBSIDY_CHOICE, unknown.map((g) => `grant ${g.id}: occupationCode`));
    return { pass: true, reason: { code: "first_for_occupation_level", citation: EMPLOYEE_SUBSIDY_CHOICE, facts: { occupation: certificate.occupation.code, level: certificate.level ?? null } } };
  }
  const facts = { certificate: certificate.id, paidMeasure: other, grant: same.id };
  return { pass: false, reason: { code: "other_measure_already_paid", citation: EMPLOYEE_SUBSIDY_CHOICE, facts: onCourse === undefined ? facts : { ...facts, course: courseId as string } } };
}

/**
 * The grant of the other of 「职业培训补贴或参保职工技能提升补贴」 that paid the same training — on this certificate, or this
 * occupation at this level — if the ledger holds one (reading training-or-skill-upgrade): while it does, a claim of
 * `measure` on that certificate can never be paid. Encodes `gbf2019.employee-training` (§(十一)).
 * @example otherMeasureGrant(Ledger.from([grant({ id: "Z1", measure: "insuredSkillUpgradeSubsidy", certificateId: "C1" })]), "trainingSubsidy", "P1", "C1", "EX-ELEC", "junior")?.id // → "Z1"
 */
export function otherMeasureGrant(ledger: Ledger, measure: "trainingSubsidy" | "insuredSkillUpgradeSubsidy", traineeId: string, certificateId: string, occupationCode: string, level: string | undefined): Grant | undefined {
  const other = measure === "trainingSubsidy" ? "insuredSkillUpgradeSubsidy" : "trainingSubsidy";
  for (const g of ledger.grantsOf(traineeId)) {
    if (g.measure === other && (g.certificateId === certificateId || (g.occupationCode === occupationCode && g.level !== undefined && g.level === level))) return g;
  }
  return undefined;
}

/**
 * The grant of the other of 「职业培训补贴或参保职工技能提升补贴」 that paid the course `courseId` (of occupation
 * `courseOccupation`), the training a certificate of `measure` was earned on: one course is one training (readings
 * training-or-skill-upgrade, course-trained-once; cold reviews 67 F5, 70–72: one course paid under both halves of 「或」,
 * 1000.00 + 1500.00). A grant keyed by the course (the library keys the course its rule judged, either measure's), else
 * one {@link paidCourseUnkeyed} reads as paying it. Encodes `gbf2019.employee-training` (§(十一)).
 * @example otherMeasureGrantOnCourse(Ledger.from([grant({ id: "Z1", measure: "insuredSkillUpgradeSubsidy", certificateId: "C1" })]), "trainingSubsidy", "P1", "K1", [certificate({ id: "C1", courseId: "K1" })])?.id // → "Z1"
 * @example otherMeasureGrantOnCourse(Ledger.from([grant({ id: "Z1", measure: "insuredSkillUpgradeSubsidy", certificateId: "C1" })]), "trainingSubsidy", "P1", "K2", [certificate({ id: "C1", courseId: "K1" })]) // → undefined
 */
export function otherMeasureGrantOnCourse(ledger: Ledger, measure: "trainingSubsidy" | "insuredSkillUpgradeSubsidy", traineeId: string, courseId: string, certificates: readonly Certificate[] = [], courseOccupation?: string): Grant | undefined {
  const other = measure === "trainingSubsidy" ? "insuredSkillUpgradeSubsidy" : "trainingSubsidy";
  return ledger.paidOn(payOnceKey(other, traineeId, "course", courseId))[0] ?? ledger.grantsOf(traineeId).find((g) => g.measure === other && paidCourseUnkeyed(g, courseId, certificates, courseOccupation));
}

/**
 * True when a grant whose keys name no course ({@link keysACourse}) paid the course `courseId` (of occupation
 * `courseOccupation`): the course it names, if it carries no keys of the library's (another system's word); else — the
 * library's, written before it keyed courses — the course its certificate's record (among `certificates`, the trainee's)
 * names, or the course its claim named where that course trains the certificate's occupation (cold review 72 F1; a course
 * of another occupation did not: cold review 71 F1). A grant keyed by a course is read by the key, and is `false` here.
 * @example paidCourseUnkeyed(grant({ measure: "insuredSkillUpgradeSubsidy", certificateId: "C1" }), "K1", [certificate({ id: "C1", courseId: "K1" })]) // → true
 * @example paidCourseUnkeyed(grant({ measure: "trainingSubsidy", certificateId: "C1", courseId: "K1" }), "K1") // → false
 */
export function paidCourseUnkeyed(g: Grant, courseId: string, certificates: readonly Certificate[] = [], courseOccupation?: string): boolean {
  if (keysACourse(g)) return false;
  const record = certificates.find((c) => c.id === g.certificateId);
  if (!carriesKeys(g)) return (g.courseId ?? record?.courseId) === courseId;
  if (record?.courseId !== undefined) return record.courseId === courseId;
  const occupation = record?.occupation.code ?? g.occupationCode;
  return g.courseId === courseId && courseOccupation !== undefined && occupation !== undefined && sameOccupation(courseOccupation, occupation);
}

/**
 * Months of unemployment insurance by where they were recorded, for a policy's `region`: within it (or anywhere, with no
 * region), under a wider region that holds it (the province: they may have been paid here), and elsewhere.
 * @example insuredMonthsByPlace({ "example.city.district": 7, example: 5, "other.city": 30 }, "example.city") // → {"within":7,"wider":5,"elsewhere":30}
 */
export function insuredMonthsByPlace(months: Readonly<Record<string, number>>, region: string | null): { readonly within: number; readonly wider: number; readonly elsewhere: number } {
  let within = 0;
  let wider = 0;
  let elsewhere = 0;
  for (const [at, m] of Object.entries(months)) {
    if (region === null || isWithinRegion(at, region)) within += m;
    else if (isWithinRegion(region, at)) wider += m;
    else elsewhere += m;
  }
  return { within, wider, elsewhere };
}
