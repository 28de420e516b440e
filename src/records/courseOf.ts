/**
 * Which course trained which certificate (reading certificate-names-its-course): small functions the rules, the engine
 * and the document's checks share. A module of its own, importing no schema, parser or message: the provisions that use
 * it are laid out early in the core chunk, and pulling the document's parser in with them moved the messages and the
 * parsers ahead of the rules, which cost the one-claim browser bundle about 900 bytes of gzip with the same code
 * (issue #16's budget; docs/performance.md, 2026-12-07).
 */
import type { Certificate, Course } from "./training.js";

/**
 * The course a certificate names as the training that led to it (`certificate.courseId`), when
 * `courses` hold it as the same trainee's: the course of a claim on the certificate that names
 * none (reading: certificate-names-its-course) — where it took place, what kind of training it
 * was (pre-job, safety, project), what it cost — and the training it cannot predate.
 */
export function courseOfCertificate(courses: ReadonlyMap<string, Course>, certificate: Certificate | undefined): Course | undefined {
  if (certificate?.courseId === undefined) return undefined;
  const course = courses.get(certificate.courseId);
  return course !== undefined && course.traineeId === certificate.traineeId ? course : undefined;
}

/**
 * True when a course is the training that earned a certificate, as the training subsidy reads it (reading
 * certificate-names-its-course): the course the certificate's record names, or, when the record names none, a course
 * of the same trainee training the certificate's occupation (or project) — the same code, or one code a class of the
 * other (6-29-01 and 6-29-01-01, cold review 39). What a held training-subsidy claim keys as its course (reading
 * course-trained-once).
 * @example trainedOn({ id: "K1", traineeId: "P1", occupation: { code: "6-29-01" } }, { traineeId: "P1", occupation: { code: "6-29-01-01" } }) // → true
 * @example trainedOn({ id: "K1", traineeId: "P1", occupation: { code: "EX-ELEC" } }, { traineeId: "P1", occupation: { code: "EX-WELD" } }) // → false
 * @example trainedOn({ id: "K1", traineeId: "P1", occupation: { code: "EX-ELEC" } }, { traineeId: "P1", occupation: { code: "EX-WELD" }, courseId: "K1" }) // → true
 */
export function trainedOn(course: Pick<Course, "id" | "traineeId"> & { readonly occupation: { readonly code: string } }, certificate: Pick<Certificate, "traineeId" | "courseId"> & { readonly occupation: { readonly code: string } }): boolean {
  if (course.traineeId !== certificate.traineeId) return false;
  if (certificate.courseId !== undefined) return certificate.courseId === course.id;
  return sameOccupation(course.occupation.code, certificate.occupation.code);
}

/**
 * True when two occupation (or project) codes name one occupation: equal, or one a class of the other (`6-29-01` and
 * `6-29-01-01`: the same occupation written coarser; cold review 39).
 * @example sameOccupation("6-29-01", "6-29-01-01") // → true
 * @example sameOccupation("6-29-01", "6-29-011") // → false
 */
export function sameOccupation(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}
