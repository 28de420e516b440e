/**
 * 证书依据 (certificate basis) — which certificates earn a catalogue row's subsidy, by the kind
 * of row.
 *
 * - jx2019.equal-standard 五(十一): 「按照同一工种、同一等级、同一补贴标准，以获取职业资格证书（职业
 *   技能等级证书、专项能力证书，下同）为主要依据」 — for an occupation row, the subsidy rests
 *   on a qualification, skill-level or special-ability certificate
 *   ({@link occupationCertificateKinds}), and the standard is the row's, whoever the
 *   trainee (the catalogue is keyed by occupation and level only).
 * - jx2019.project-certificate 五(十一): 「对项目制培训以培训合格证书、特种作业操作证书为依据进行补贴」 —
 *   for a project row, a training-completion or special-operations certificate
 *   ({@link projectCertificateKinds}).
 * - jx2019.project-training 四(三)三: 「对口支援地区建档立卡贫困人员等相 关群体以及企业职工」 …
 *   「由符合规定的购买主体通过政府购买服务形式开展培训」 — project-based training
 *   serves the listed groups and related ones ({@link projectTrainingStatuses}; reading
 *   project-training-open-list: the layer's list is open to the related groups, and a 农民工
 *   `migrantWorker` is a 农村转移就业劳动者); a trainee
 *   in none of them is not subsidised for a project row. The training is bought by
 *   government, so the subsidy goes to the provider that delivered the course (the
 *   claimant is an organizer and `course.organizerId` names it), never to the trainee.
 *
 * - jx2019.competition 五(五): 「对经职业技能竞赛活动产生的优秀选手，可按个人获证方式给予补贴」 —
 *   a certificate awarded for a competition (`certificate.viaCompetition`) earns the
 *   subsidy as if the winner had earned it individually: the same row, the same
 *   standard, the same history rules ({@link competitionCertificates}). The competition
 *   grants themselves are local amounts the text does not give and are not encoded.
 *
 * The Jiaxing layer declares the parameters and appends {@link certificateBasis} to the
 * training subsidy's catalogue-row checks (`trainingSubsidy.rowChecks`); each part checks only
 * while its parameter is in force.
 */
import type { CivilDate } from "../../core/date.js";
import type { Check } from "../../core/decision.js";
import { isResolved } from "../../core/decision.js";
import { defineRule } from "../../core/layer.js";
import { cite } from "../../core/citation.js";
import { defineParameter } from "../../core/parameter.js";
import type { Party } from "../../records/common.js";
import type { Trainee } from "../../records/trainee.js";
import type { TraineeStatus } from "../../records/trainee.js"; // type only: erased, no zod at run time
import type { Certificate, Course } from "../../records/training.js";
import type { CertificateKind } from "../../records/kinds.js";
import { hasStatus } from "../../records/kinds.js";
import { Bool, CertificateKindShape, listOf, TraineeStatusShape } from "../../provisions/values.js";

/**
 * The certificate kinds an occupation row's subsidy rests on. Encodes `jx2019.equal-standard` (五(十一)).
 * Parameter `trainingSubsidy.occupationCertificateKinds`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(jiaxingPolicy(), occupationCertificateKinds, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → ["qualificationCertificate","skillLevelCertificate","specialAbilityCertificate"]
 */
export const occupationCertificateKinds = defineParameter<readonly CertificateKind[]>({
  id: "trainingSubsidy.occupationCertificateKinds",
  label: { zh: "职业（工种）补贴依据的证书", en: "certificates an occupation row's subsidy rests on" },
  citation: cite("jx2019.equal-standard", "五(十一)"),
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: listOf(CertificateKindShape),
});

/**
 * The certificate kinds a project row's subsidy rests on. Encodes `jx2019.project-certificate` (五(十一)).
 * Parameter `trainingSubsidy.projectCertificateKinds`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(jiaxingPolicy(), projectCertificateKinds, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → ["trainingCompletionCertificate","specialOperationsCertificate"]
 */
export const projectCertificateKinds = defineParameter<readonly CertificateKind[]>({
  id: "trainingSubsidy.projectCertificateKinds",
  label: { zh: "项目制培训补贴依据的证书", en: "certificates a project row's subsidy rests on" },
  citation: cite("jx2019.project-certificate", "五(十一)"),
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: listOf(CertificateKindShape),
});

/**
 * The statuses whose holders project-based training serves. Encodes `jx2019.project-training` (四(三)三).
 * Parameter `trainingSubsidy.projectTrainingStatuses`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(jiaxingPolicy(), projectTrainingStatuses, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → ["povertyRegistered","veteran","employmentDifficulty","pairedRegionPovertyRegistered","liftedOutOfPoverty","enterpriseEmployee","tradeFrictionAffected","newGenerationMigrantWorker","ruralTransferWorker","migrantWorker","returningMigrantWorker","nonContinuingGraduate","unemployed","disabled","collegeGraduate"]
 */
export const projectTrainingStatuses = defineParameter<readonly TraineeStatus[]>({
  id: "trainingSubsidy.projectTrainingStatuses",
  label: { zh: "项目制培训对象", en: "groups project-based training serves" },
  citation: cite("jx2019.project-training", "四(三)三"),
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: listOf(TraineeStatusShape),
});

/**
 * Whether a competition-awarded certificate earns the subsidy as if earned individually.
 * Encodes `jx2019.competition` (五(五)).
 * Parameter `trainingSubsidy.competitionCertificates`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(jiaxingPolicy(), competitionCertificates, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → true
 */
export const competitionCertificates = defineParameter<boolean>({
  id: "trainingSubsidy.competitionCertificates",
  label: { zh: "竞赛获奖证书视同个人取得证书", en: "competition certificates count as individually earned" },
  citation: cite("jx2019.competition", "五(五)"),
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: Bool,
});

/** What {@link certificateBasis} looks at. */
export interface CertificateBasisInput {
  /** The trainee. */
  readonly trainee: Trainee;
  /** The certificate claimed on. */
  readonly certificate: Certificate;
  /** The kind of the catalogue row matched: `occupation` or `project`. */
  readonly rowKind: "occupation" | "project";
  /** The certificate's issue date. */
  readonly date: CivilDate;
  /** Who claims (for a project row: the provider). */
  readonly claimant?: Party;
  /** The course, when the claim names one (its organizer is the project provider). */
  readonly course?: Course;
}

/**
 * The payee of project-based training bought by government: the provider that delivered
 * the course. Encodes `jx2019.project-training` (四(三)三).
 * @example
 * const at = cite("jx2019.project-training", "四(三)三");
 * projectProviderCheck({ kind: "organizer", id: "ORG-1" }, course({ organizerId: "ORG-1" }), at).pass // → true
 * projectProviderCheck({ kind: "trainee", id: "P1" }, course({ organizerId: "ORG-1" }), at).reason.code // → "project_training_paid_to_provider"
 */
export function projectProviderCheck(claimant: Party | undefined, course: Course | undefined, citation: ReturnType<typeof cite>): Check {
  if (claimant !== undefined && claimant.kind !== "organizer") {
    return { pass: false, reason: { code: "project_training_paid_to_provider", citation, facts: { ...(course?.organizerId === undefined ? {} : { provider: course.organizerId }), claimant: `${claimant.kind}:${claimant.id}` } } };
  }
  if (course === undefined) {
    return { pass: "unknown", reason: { code: "project_training_paid_to_provider", citation, facts: { claimant: claimant?.kind ?? "unknown" } }, missing: ["claim.courseId"] };
  }
  const provider = course.organizerId;
  if (provider === undefined) {
    return { pass: "unknown", reason: { code: "project_training_paid_to_provider", citation, facts: { claimant: claimant?.kind ?? "unknown" } }, missing: ["course.organizerId"] };
  }
  return claimant?.kind === "organizer" && claimant.id === provider
    ? { pass: true, reason: { code: "project_training_provider", citation, facts: { provider } } }
    : { pass: false, reason: { code: "project_training_paid_to_provider", citation, facts: { provider, claimant: claimant === undefined ? "unknown" : `${claimant.kind}:${claimant.id}` } } };
}

/**
 * The checks the layer's parameters call for (none where no value is in force). Encodes
 * `jx2019.equal-standard`, `jx2019.project-certificate` (五(十一)), `jx2019.project-training`
 * (四(三)三) and `jx2019.competition` (五(五)).
 * @example [certificateBasis.id, certificateBasis.citation.provision] // → ["trainingSubsidy.certificateBasis","jx2019.equal-standard"]
 */
export const certificateBasis = defineRule({
  id: "trainingSubsidy.certificateBasis",
  label: { zh: "补贴依据的证书与项目制培训对象", en: "certificate basis and project-training groups" },
  citation: cite("jx2019.equal-standard", "五(十一)"),
  run: (ctx, input: CertificateBasisInput): Check[] => {
    const { certificate, trainee, rowKind, date } = input;
    const checks: Check[] = [];
    if (certificate.viaCompetition === true) {
      const competition = ctx.param(competitionCertificates, date);
      const facts = { certificate: certificate.id };
      if (isResolved(competition)) {
        checks.push(
          competition.value
            ? { pass: true, reason: { code: "competition_certificate", citation: competition.citation, facts } }
            : { pass: false, reason: { code: "competition_certificate_not_subsidised", citation: competition.citation, facts } },
        );
      }
    }
    const kinds = ctx.param(rowKind === "project" ? projectCertificateKinds : occupationCertificateKinds, date);
    if (isResolved(kinds)) {
      const facts = { rowKind, kind: certificate.kind, accepted: [...kinds.value] };
      checks.push(
        kinds.value.includes(certificate.kind)
          ? { pass: true, reason: { code: "certificate_is_basis", citation: kinds.citation, facts } }
          : { pass: false, reason: { code: "certificate_not_basis", citation: kinds.citation, facts } },
      );
    }
    if (rowKind === "project") {
      const statuses = ctx.param(projectTrainingStatuses, date);
      if (isResolved(statuses)) {
        const matched = statuses.value.filter((s) => hasStatus(trainee, s));
        const facts = { groups: [...statuses.value], matched };
        checks.push(
          matched.length > 0
            ? { pass: true, reason: { code: "in_project_training_group", citation: statuses.citation, facts } }
            : { pass: false, reason: { code: "not_in_project_training_group", citation: statuses.citation, facts } },
        );
        checks.push(projectProviderCheck(input.claimant, input.course, statuses.citation));
      }
    }
    return checks;
  },
});
