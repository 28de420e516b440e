/**
 * 企业职工培训 — an enterprise's claim for its employee's training.
 *
 * gbf2019.employee-training §(十一): 「符合条件的企业职工参加岗前培训、安全技能培训、转岗转业培训
 * 或初级工、中级工、高级工、技师、高级技师培训，按规定给予职业培训补贴或参保职工技能提升补贴」.
 * When the claimant is an enterprise, the trainee must be an enterprise employee and the
 * training one of those kinds; a leveled certificate from 初级工 to 高级技师 shows
 * leveled training whatever the course kind.
 */
import { cite } from "../../core/citation.js";
import type { Check } from "../../core/decision.js";
import type { Trainee } from "../../records/trainee.js";
import { isEnterpriseEmployee } from "../../records/kinds.js";
import type { Certificate, Course } from "../../records/training.js";

export const EMPLOYEE_TRAINING = cite("gbf2019.employee-training", "§(十一)");

const EMPLOYEE_COURSE_KINDS: ReadonlySet<string> = new Set(["preJob", "safety", "jobTransfer"]);
/** An unleveled certificate (`level` undefined) is in none of the five levels. */
const EMPLOYEE_LEVELS: ReadonlySet<string | undefined> = new Set(["junior", "intermediate", "senior", "technician", "seniorTechnician"]);

/**
 * The trainee is an enterprise employee, and the training is pre-job, safety or
 * job-transfer training, or leads to a 「初级工 … 高级技师」 certificate. Encodes
 * `gbf2019.employee-training` (§(十一)).
 * @example
 * const employee = trainee({ statuses: ["enterpriseEmployee"] });
 * employeeTrainingCheck(employee, course({ kind: "safety" }), certificate()).pass // → true
 * employeeTrainingCheck(trainee(), course({ kind: "safety" }), certificate()).pass // → false
 */
export function employeeTrainingCheck(trainee: Trainee, course: Course | undefined, certificate: Certificate): Check {
  if (!isEnterpriseEmployee(trainee)) {
    return { pass: false, reason: { code: "not_employee_training", citation: EMPLOYEE_TRAINING, facts: { detail: "notEnterpriseEmployee" } } };
  }
  if (EMPLOYEE_LEVELS.has(certificate.level)) {
    return { pass: true, reason: { code: "employee_training", citation: EMPLOYEE_TRAINING, facts: { basis: "level", level: certificate.level ?? null } } };
  }
  if (course === undefined) {
    return { pass: "unknown", reason: { code: "not_employee_training", citation: EMPLOYEE_TRAINING, facts: { detail: "courseKindUnknown" } }, missing: ["claim.courseId"] };
  }
  if (EMPLOYEE_COURSE_KINDS.has(course.kind)) return { pass: true, reason: { code: "employee_training", citation: EMPLOYEE_TRAINING, facts: { basis: course.kind } } };
  return { pass: false, reason: { code: "not_employee_training", citation: EMPLOYEE_TRAINING, facts: { detail: "courseKind", courseKind: course.kind } } };
}
