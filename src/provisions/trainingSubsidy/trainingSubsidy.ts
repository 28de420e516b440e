/**
 * 职业培训补贴 — the certificate-based training subsidy.
 *
 * - gbf2019.certificate-basis §(十二): 「符合条件的劳动者在户籍地、常住地、求职就业地参加培训后
 *   取得证书（职业资格证书、职业技能等级证书、专项职业能力证书、特种作业操作证书、培训合格证书
 *   等）的，按规定给予职业培训补贴」. The residency basis is the policy's `eligibility.residency`
 *   rule, judged for the policy's region, or — under national texts alone — for the
 *   region where the training took place.
 * - gbf2019.employee-training §(十一): an enterprise claiming for its employee needs an
 *   enterprise employee in pre-job, safety or job-transfer training, or 「初级工 … 高级技师」
 *   training.
 * - gbf2019.local-standards §(十二): the standard is the catalogue row's
 *   ({@link subsidyCatalogue}); with no catalogue in force the claim is `undecidable`
 *   (`no_local_standard`), never paid zero.
 * - gf2018.catalogues / gf2018.open-to-qualified: rows and institutions.
 * - gbf2019.annual-cap, gbf2019.no-repeat: the claim history ({@link annualCap}, {@link noRepeat}).
 * - op2025.differentiated-subsidy, op2025.cost-sharing: the tier's pricing, then the fee cap,
 *   for market-priced courses only (reading: cost-sharing-market-priced-only).
 * - plan2021.veterans-cross-province: a veteran's residency basis may be waived.
 * - op2025.older-migrants: a pack's age ceiling (if any) never excludes a migrant worker
 *   from a project the pack lists for older migrant workers.
 * - What a layer may add (its extension points, none nationally): extra conditions
 *   ({@link trainingSubsidyChecks}), routes paid at another row of the occupation
 *   ({@link trainingSubsidyRoutes}), conditions on the catalogue row matched
 *   ({@link trainingSubsidyRowChecks}) and adjustments of the standard
 *   ({@link trainingSubsidyAdjustments}). The rule names no layer: it runs what the
 *   policy's layers appended, in force on the certificate's issue date.
 *
 * The payee is the claimant: the trainee, or the organiser or enterprise that claims
 * for the training it delivered. The paid line is rounded once (reading: round-once-half-up).
 */
import { LINE_LABELS } from "../lineLabels.js";
import type { Check, Finding } from "../../core/decision.js";
import { combineChecks, isResolved, outcomeOf } from "../../core/decision.js";
import { defineExtensionPoint, defineRule } from "../../core/layer.js";
import type { CivilDate } from "../../core/date.js";
import type { Amount } from "../../core/money.js";
import { amount } from "../../core/money.js";
import type { Reason } from "../../core/decision.js";
import type { Party, SkillLevel } from "../../records/common.js";
import type { Trainee } from "../../records/trainee.js";
import type { Certificate, Course, Enterprise } from "../../records/training.js";
import { cite } from "../../core/citation.js";
import type { Citation } from "../../core/citation.js";
import { hasStatus, isEnterpriseEmployee } from "../../records/kinds.js";
import { sameOccupation } from "../../records/courseOf.js";
import type { ClaimInput } from "../common.js";
import { basisWithKeys, claimantPayee, courseInJurisdiction, findingOf, measureSet, missingRecord, unresolvedReason } from "../common.js";
import { payOnceKey } from "../../core/ledger.js";
import { residency } from "../eligibility/residency.js";
import { regionWithin } from "../../records/kinds.js";
import { veteranResidencyWaiver, veteransCrossProvince } from "../eligibility/veteransCrossProvince.js";
import { nationalFramework } from "../framework.js";
import { ageCeiling, ageCeilingCheck, olderMigrantProjects } from "../groups/olderMigrants.js";
import { ladderCitation, levelOnLadder, skillLadder } from "../levels/skillLadder.js";
import { CATALOGUES, catalogueEntryCheck, catalogueEntryFor, institutionCheck, LOCAL_STANDARDS, openMarket, outsideCatalogue, subsidyCatalogue } from "./subsidyCatalogue.js";
import { capAtFee, capAtFeeCharged, COST_SHARING } from "./costSharing.js";
import { shortageTierPricing, tieredStandard } from "./differentiatedStandard.js";
import { trainingSubsidyGroups } from "./trainingSubsidyGroups.js";
import { EMPLOYEE_TRAINING, employeeTrainingCheck } from "./employeeTraining.js";
import { annualCap } from "./annualCap.js";
import { noRepeat, noRepeatMeasures } from "./noRepeat.js";
import { directlyRecognised, oneOrTheOther, paidCourseUnkeyed } from "../skillUpgrade/trainingOrSkillUpgrade.js";

export const CERTIFICATE_BASIS = cite("gbf2019.certificate-basis", "§(十二)");
/** The measure's name (its lines' label), which the locales also name the measure by (`terms`). @internal */
export const LINE_LABEL = LINE_LABELS.trainingSubsidy;

/** What a rule appended to {@link trainingSubsidyChecks} or {@link trainingSubsidyRoutes} sees of a claim. */
export interface TrainingSubsidyClaim {
  /** The trainee. */
  readonly trainee: Trainee;
  /** Who claims: the trainee, an organiser or an enterprise. */
  readonly claimant: Party;
  /** The certificate claimed on. */
  readonly certificate: Certificate;
  /** The course, when the claim names one. */
  readonly course?: Course;
  /** The enterprise record, when the claim has one (`ClaimInput.enterprise`: in a batch, an organiser's or enterprise's own). */
  readonly enterprise?: Enterprise;
  /** The policy's region; `null` for a national policy. */
  readonly region: string | null;
  /** The certificate's issue date: the date the claim is judged on. */
  readonly date: CivilDate;
}

/** A route to a standard: the checks it adds and the row of the occupation it pays. */
export interface StandardRoute {
  /** Which route (e.g. `preJob`, `safety`); the `catalogue_entry` reason names it. */
  readonly route: string;
  /** The route's checks. */
  readonly checks: readonly Check[];
  /** The row whose standard is paid: the occupation at this level, whatever certificate earned it. */
  readonly level: SkillLevel;
  /**
   * The route pays the unit that organised the training (「给予组织单位补贴」): a unit claiming it, an
   * enterprise as well as an organiser, is paid only for training the course names it as organising
   * (reading: organiser-of-record).
   */
  readonly paysOrganisingUnit?: boolean;
  /**
   * A local tie the route's own passing checks show (its name, as a basis of the `residency_basis` reason): it answers a
   * residency the person's record leaves unknown while it names no place of work, never one the record refuses (reading
   * employment-basis-is-employment-region: a route whose condition is insurance paid locally for a year).
   */
  readonly showsLocalTie?: string;
}

/** What a rule appended to {@link trainingSubsidyRowChecks} sees: the claim and the kind of catalogue row it matched. */
export interface TrainingSubsidyRow extends TrainingSubsidyClaim {
  /** The kind of the catalogue row matched. */
  readonly rowKind: "occupation" | "project";
}

/** What a rule appended to {@link trainingSubsidyAdjustments} sees: the standard so far and the claim. */
export interface StandardToAdjust {
  /** The standard so far (the row's, tier-priced, after any earlier adjustment); exact. */
  readonly standard: Amount;
  /** The trainee. */
  readonly trainee: Trainee;
  /** The certificate claimed on. */
  readonly certificate: Certificate;
  /** The certificate's issue date. */
  readonly date: CivilDate;
}

/** An adjustment of the standard: the new standard, and the reason that says why. */
export interface AdjustedStandard {
  /** The standard after the adjustment; exact (the line is rounded once). */
  readonly standard: Amount;
  /** Why, with the provision (the paid line cites the last adjustment's: it set the rate paid). */
  readonly reason: Reason;
  /** The layer whose value made the adjustment (the paid line's layer); the catalogue's when not given. */
  readonly layer?: string;
}

/** What the extension points see of a claim: a literal per shape (not conditional spreads, on every claim); keys in this order. */
function seenOf(trainee: Trainee, claimant: Party, certificate: Certificate, course: Course | undefined, enterprise: Enterprise | undefined, region: string | null, date: CivilDate): TrainingSubsidyClaim {
  if (course === undefined) return enterprise === undefined ? { trainee, claimant, certificate, region, date } : { trainee, claimant, certificate, enterprise, region, date };
  return enterprise === undefined ? { trainee, claimant, certificate, course, region, date } : { trainee, claimant, certificate, course, enterprise, region, date };
}

/** `{ ...seen, rowKind }` for a {@link seenOf} claim, as a literal. */
function rowOf(seen: TrainingSubsidyClaim, rowKind: TrainingSubsidyRow["rowKind"]): TrainingSubsidyRow {
  const { trainee, claimant, certificate, course, enterprise, region, date } = seen;
  if (course === undefined) return enterprise === undefined ? { trainee, claimant, certificate, region, date, rowKind } : { trainee, claimant, certificate, enterprise, region, date, rowKind };
  return enterprise === undefined ? { trainee, claimant, certificate, course, region, date, rowKind } : { trainee, claimant, certificate, course, enterprise, region, date, rowKind };
}

/**
 * Extension point `trainingSubsidy.checks`: extra conditions a layer adds to every claim
 * (after the groups and the employee-training check, before the age ceiling); each rule
 * returns a check, or `null` to add none. Standards and terms are local
 * (gbf2019.local-standards §(十二)).
 * @example [trainingSubsidyChecks.id, trainingSubsidyChecks.citation.provision] // → ["trainingSubsidy.checks","gbf2019.local-standards"]
 */
export const trainingSubsidyChecks = defineExtensionPoint<TrainingSubsidyClaim, Check | null>({
  id: "trainingSubsidy.checks",
  label: { zh: "职业培训补贴的附加条件", en: "extra conditions of the training subsidy" },
  citation: LOCAL_STANDARDS,
});

/**
 * Extension point `trainingSubsidy.routes`: routes a layer adds that pay the standard of
 * another row of the occupation (e.g. training paid at the 初级工 row whatever certificate
 * it ends in). The first route that returns one decides; its checks are added and its
 * level is the row paid; the grant is judged and recorded at the certificate's level, which
 * the route's certificate does not have (reading: pre-job-no-repeat).
 * @example trainingSubsidyRoutes.id // → "trainingSubsidy.routes"
 */
export const trainingSubsidyRoutes = defineExtensionPoint<TrainingSubsidyClaim, StandardRoute | null>({
  id: "trainingSubsidy.routes",
  label: { zh: "按其他等级标准补贴的培训", en: "training paid at another row of the occupation" },
  citation: LOCAL_STANDARDS,
});

/**
 * Extension point `trainingSubsidy.rowChecks`: checks a layer adds once the certificate
 * matched a catalogue row (which certificates a row rests on, who a project row serves …).
 * @example trainingSubsidyRowChecks.id // → "trainingSubsidy.rowChecks"
 */
export const trainingSubsidyRowChecks = defineExtensionPoint<TrainingSubsidyRow, readonly Check[]>({
  id: "trainingSubsidy.rowChecks",
  label: { zh: "补贴目录行的附加条件", en: "extra conditions of the catalogue row" },
  citation: LOCAL_STANDARDS,
});

/**
 * Extension point `trainingSubsidy.adjustments`: adjustments of the standard a layer adds
 * (an uplift for some trainees …), applied in order to the tier-priced standard before the
 * fee cap; each returns the adjusted standard with its reason, or `null`.
 * @example trainingSubsidyAdjustments.id // → "trainingSubsidy.adjustments"
 */
export const trainingSubsidyAdjustments = defineExtensionPoint<StandardToAdjust, AdjustedStandard | null>({
  id: "trainingSubsidy.adjustments",
  label: { zh: "补贴标准的调整", en: "adjustments of the standard" },
  citation: LOCAL_STANDARDS,
});

/** Reasons of a layer's check that already judged the organiser against the course's (project training's provider), pass or fail. */
const PROVIDER_JUDGED: ReadonlySet<string> = new Set(["project_training_provider", "project_training_paid_to_provider"]);

/**
 * An organiser is paid for training it organised (reading: organiser-of-record): the course
 * the claim names must name it as its organiser (`course.organizerId`). A course not named, or
 * one that does not say who organised it, leaves the claim undecidable, asking for it.
 */
function organiserOfRecord(claimant: "organizer" | "enterprise", organiser: string, course: Course | undefined): Check {
  if (course === undefined) return missingRecord(CERTIFICATE_BASIS, "claim.courseId");
  if (course.organizerId === undefined) return missingRecord(CERTIFICATE_BASIS, "course.organizerId");
  return course.organizerId === organiser
    ? { pass: true, reason: { code: "payee_is_organiser", citation: CERTIFICATE_BASIS, facts: { claimant } } }
    : { pass: false, reason: { code: "payee_not_organiser", citation: CERTIFICATE_BASIS, facts: { claimant, organiser: course.organizerId } } };
}

/**
 * An enterprise is paid for its own employees' training (reading: employer-of-record; gbf2019
 * §(十一) 「符合条件的企业职工参加……培训，按规定给予职业培训补贴」): the enterprise claiming must be
 * the trainee's employer on record (`trainee.employerId`); another enterprise is refused. With no
 * employer on record the claim is undecidable, asking for it — organising the course is no record
 * of employment (op2025 (十): a lead enterprise trains 「产业链上下游企业职工」 too; review 8).
 */
function employerOfRecord(enterprise: string, trainee: Trainee): Check {
  if (trainee.employerId === undefined) return missingRecord(EMPLOYEE_TRAINING, "trainee.employerId");
  return trainee.employerId === enterprise
    ? { pass: true, reason: { code: "payee_is_employer", citation: EMPLOYEE_TRAINING, facts: { employer: trainee.employerId } } }
    : { pass: false, reason: { code: "payee_not_employer", citation: EMPLOYEE_TRAINING, facts: { employer: trainee.employerId } } };
}

/**
 * Decides a training-subsidy claim. Encodes `gbf2019.certificate-basis` (§(十二)) with the
 * provisions listed above.
 * @example
 * // an unemployed trainee (free-training group) with a 初级工 skill-level certificate:
 * import { readFileSync } from "node:fs";
 * const edition = parseSubsidyCatalogue(JSON.parse(readFileSync("fixtures/examples/catalogue-2020.json", "utf8")));
 * if (!edition.ok) throw new Error("unreadable catalogue");
 * // the national texts with an ILLUSTRATIVE 2020 edition: 电工 (EX-ELEC) 初级工 1000 yuan
 * const policy = withCatalogue(nationalPolicy(), edition.value, catalogueSourceFor(nationalPolicy()));
 * const elec = certificate({ occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", issuedOn: "2020-07-15" });
 * // the electricians' course took place where the trainee's hukou is (the residency basis a national policy judges)
 * const c = claim({ measure: "trainingSubsidy", certificateId: "K1", courseId: "C1" });
 * const claimed = input({ claim: c, trainee: trainee({ statuses: ["unemployed"] }), certificate: elec, course: course({ occupation: elec.occupation }) });
 * const d = evaluateClaim(policy, claimed);
 * [d.outcome, d.amount, d.lines[0]?.layer] // → ["granted","1000.00","national.catalogue"]
 * // under the national texts alone there is no standard:
 * evaluateClaim(nationalPolicy(), claimed).outcome // → "undecidable"
 */
export const trainingSubsidy = defineRule({
  id: "trainingSubsidy",
  label: LINE_LABEL,
  citation: CERTIFICATE_BASIS,
  extensionPoints: [trainingSubsidyChecks, trainingSubsidyRoutes, trainingSubsidyRowChecks, trainingSubsidyAdjustments],
  run: (ctx, input: ClaimInput): Finding => {
    const { claim, trainee, certificate, course, ledger } = input;
    // A person claiming as the trainee is the trainee: the subsidy is the trainee's (gbf2019 §(十二) 「参加培训后取得证书……的，
    // 按规定给予职业培训补贴」), paid to no one else who files as one — another person would take the certificate's one payment
    // (cold audit 20: paid to the filer, and the trainee's own claim then refused as paid; gf2018 §(十八) 「防止骗取、挪用」).
    // Refused before any record is asked for: no record makes it payable, and a held claim would take one of the trainee's
    // places of the year (review 37: her third certificate was held behind it).
    if (claim.claimant.kind === "trainee" && claim.claimant.id !== trainee.id) {
      return findingOf([{ pass: false, reason: { code: "payee_not_trainee", citation: CERTIFICATE_BASIS, facts: { claimant: claim.claimant.id, trainee: trainee.id } } }]);
    }
    if (certificate === undefined) {
      return findingOf([missingRecord(CERTIFICATE_BASIS, "claim.certificateId")]);
    }
    if (certificate.traineeId !== trainee.id) {
      return findingOf([{ pass: false, reason: { code: "certificate_not_of_trainee", citation: CERTIFICATE_BASIS, facts: { certificateId: certificate.id, traineeId: trainee.id } } }]);
    }
    if (course !== undefined && course.traineeId !== trainee.id) {
      return findingOf([{ pass: false, reason: { code: "course_not_of_trainee", citation: CERTIFICATE_BASIS, facts: { courseId: course.id, traineeId: trainee.id } } }]);
    }
    // 「参加培训后取得证书」: the training judged is the one that led to the certificate. A claim naming another course than
    // the one the certificate's record names is held, asking which (reading certificate-names-its-course): the course
    // decides where the training took place, what kind it was and who organised it (found by review 6, 2026-12-04:
    // an enterprise was paid another unit's pre-job certificate by naming a course of its own).
    if (course !== undefined && certificate.courseId !== undefined && certificate.courseId !== course.id) {
      return {
        outcome: "undecidable",
        payee: null,
        lines: [],
        reasons: [{ code: "course_not_certificate_course", citation: CERTIFICATE_BASIS, facts: { courseId: course.id, certificateId: certificate.id, certificateCourseId: certificate.courseId } }],
        missingFacts: ["claim.courseId"],
      };
    }
    // A level recognised directly, without training (op2025.direct-recognition): reading direct-recognition-no-training-subsidy.
    const direct = directlyRecognised(certificate);
    if (direct !== null) return findingOf([direct]);
    // The certificate names the course that led to it, and the input holds no such course of the trainee's (the
    // document lacks it, or it is another trainee's): where and what the training was is unknown, so the claim is held
    // for that record, never judged as if the certificate named none (reading certificate-names-its-course; cold audit
    // 12c: a safety course's certificate was refused, a pre-job one paid to the trainee, training of no known place paid).
    if (course === undefined && certificate.courseId !== undefined) {
      return findingOf([missingRecord(CERTIFICATE_BASIS, "certificate.courseId")]);
    }
    // A course recorded free to the trainee (`pricing: "free"`) cost her nothing: its subsidy is not hers to claim — every
    // text naming a payee for training someone else gave names the organiser or provider, none a trainee who paid no fee.
    // Refused before any record is asked for, so it takes no place of her year and the organiser's claim is judged as if
    // it had not been filed (reading course-free-to-trainee; cold review 109 F2, second look 109 Q2: paid 1500.00 to her and
    // the organiser then refused as paid, whoever filed first).
    // A course recorded free that also records a fee charged to the trainee says two things of one fee, and who is owed turns
    // on which is true: every claim on it is held, asking which, the organiser's too — paying one would decide it against
    // the other (cold review 111 F4, second look 111 Q4; cold review 112 F2). An enterprise that did not organise the free
    // course (its record names another organiser) neither gave nor paid for the training: refused too (cold review 111 F5,
    // second look 111 Q5); where the record names no organiser, whether it did is asked (cold review 112 F3).
    if (course?.pricing === "free" && course.feeCharged !== undefined && amount(course.feeCharged).greaterThan(0)) {
      const reason = { code: "course_pricing_contradicts_fee" as const, citation: CERTIFICATE_BASIS, facts: { courseId: course.id, feeCharged: amount(course.feeCharged).toFixed(2) } };
      return findingOf([{ pass: "unknown", reason, missing: ["course.pricing", "course.feeCharged"] }]);
    }
    if (course?.pricing === "free" && claim.claimant.kind === "trainee") {
      const facts = course.organizerId === undefined ? { courseId: course.id } : { courseId: course.id, organiser: course.organizerId };
      return findingOf([{ pass: false, reason: { code: "course_free_to_trainee", citation: CERTIFICATE_BASIS, facts } }]);
    }
    if (course?.pricing === "free" && claim.claimant.kind === "enterprise" && course.organizerId !== claim.claimant.id) {
      if (course.organizerId === undefined) return findingOf([missingRecord(CERTIFICATE_BASIS, "course.organizerId")]);
      const facts = { courseId: course.id, organiser: course.organizerId, claimant: claim.claimant.id };
      return findingOf([{ pass: false, reason: { code: "course_free_organised_by_other", citation: CERTIFICATE_BASIS, facts } }]);
    }
    // A course the claim alone names (the certificate's record names none) of another occupation (or project) than the
    // certificate's did not earn it (「参加培训后取得证书」): it says nothing of where the training was, what it was or what it
    // cost. An organiser, paid only for training it organised, shows none by naming one and is refused (reading
    // organiser-of-record; cold audit 21: the organiser of a cooking course was paid a worker's electrician certificate, and
    // the worker then refused); any other claim is held, asking which course earned the certificate (reading
    // certificate-names-its-course; cold audit 22: a cheaper course's fee cut the subsidy to 100.00; review 38: under the
    // national texts its place paid a claim held without it). A course the certificate's own record names earned it,
    // however either is coded (review 38: a pre-job course under a general code, a course coded by its small class), so
    // the hold asks for that record as well as for the claim's course; and a code one of the other's classes is the same
    // occupation written coarser (review 39: a course coded 6-29-01 for a certificate coded 6-29-01-01).
    if (course !== undefined && certificate.courseId === undefined && !sameOccupation(course.occupation.code, certificate.occupation.code)) {
      const facts = { courseId: course.id, certificateId: certificate.id, courseOccupation: course.occupation.code, certificateOccupation: certificate.occupation.code };
      const reason = { code: "course_not_certificate_occupation" as const, citation: CERTIFICATE_BASIS, facts };
      return findingOf([claim.claimant.kind === "organizer" ? { pass: false, reason } : { pass: "unknown", reason, missing: ["claim.courseId", "certificate.courseId"] }]);
    }
    const date = certificate.issuedOn;
    const framework = ctx.param(nationalFramework, date);
    if (!isResolved(framework)) return findingOf([unresolvedReason(framework, date).check]);

    const checks: Check[] = [];
    let residencyAt = -1;
    if (course !== undefined) checks.push(courseInJurisdiction(ctx, course));

    // Residency basis, or the veterans' waiver.
    const flag = ctx.param(veteransCrossProvince, date);
    const waiver = veteranResidencyWaiver(trainee, isResolved(flag) && flag.value);
    const region = ctx.policy.region ?? course?.region;
    if (waiver !== null) checks.push(waiver);
    else if (region === undefined) {
      // A national policy judges residency where the training took place: the course is needed.
      checks.push(missingRecord(CERTIFICATE_BASIS, "claim.courseId"));
    } else residencyAt = checks.push(ctx.use(residency, { trainee, region })) - 1;

    checks.push(ctx.use(trainingSubsidyGroups, { trainee, date }));
    // An enterprise's claim is its employee's training (gbf2019.employee-training) — unless a route that pays the
    // 组织单位 takes it (below): it then claims as the unit that organised the training, and the route judges who its
    // trainees are (pre-job: the hire the course records; safety: the insured employee), as for any organiser; a record
    // that says the person is unemployed still refuses it (reading organiser-of-record; cold audit 16: a new hire's own
    // enterprise was refused, for want of employment on the person's record, what an institution was paid).
    const asEmployer = claim.claimant.kind === "enterprise" ? checks.push(employeeTrainingCheck(trainee, course, certificate)) - 1 : -1;
    // What the policy's layers add (trainingSubsidy.checks).
    const seen = seenOf(trainee, claim.claimant, certificate, course, input.enterprise, ctx.policy.region, date);
    for (const extra of ctx.extended(trainingSubsidyChecks, seen, date)) if (extra !== null) checks.push(extra);

    // A pack's age ceiling, which never excludes a migrant worker from a project for
    // older migrant workers (op2025.older-migrants, from op2025's first day).
    const ceiling = ctx.param(ageCeiling, date);
    if (isResolved(ceiling)) {
      const projects = ctx.param(olderMigrantProjects, date);
      const olderMigrantProject = isResolved(projects) && projects.value.includes(certificate.occupation.code);
      checks.push(ageCeilingCheck(trainee, date, { ceiling: ceiling.value, olderMigrantProject, ceilingCitation: ceiling.citation }));
    }

    if (certificate.level !== undefined) {
      const ladder = ctx.param(skillLadder, date);
      // gbf2019 lists the five levels in its employee clause (§(十一)); for anyone else the level is
      // that of a certificate under §(十二) (取得证书（职业资格证书、职业技能等级证书……）), which the check cites.
      if (isResolved(ladder)) {
        const onLadder = ladderCitation(certificate.level, ladder.citation);
        const ladderClause = onLadder.provision === EMPLOYEE_TRAINING.provision && !isEnterpriseEmployee(trainee) ? CERTIFICATE_BASIS : onLadder;
        checks.push(levelOnLadder(certificate.level, ladder.value, date, ladderClause));
      }
    }

    // A route paid at another row of the occupation (pre-job, safety training), if the policy has one.
    let route: StandardRoute | null = null;
    // The first route the policy's layers add that takes the claim (trainingSubsidy.routes).
    for (const r of ctx.extended(trainingSubsidyRoutes, seen, date)) route ??= r;
    if (route !== null) {
      // A residency the record leaves unknown, with no place of work on record (or one recorded only as a wider region holding
      // the place: cold review 97 F3, reading place-recorded-wider), answered by the local tie the route's passing checks
      // show (a place of work elsewhere is not answered by insurance months that carry no dates: review 35).
      const unknownResidency = residencyAt >= 0 ? checks[residencyAt] : undefined;
      if (route.showsLocalTie !== undefined && unknownResidency?.pass === "unknown" && region !== undefined && regionWithin(trainee.employmentRegion, region) === "unknown") {
        checks[residencyAt] = { pass: true, reason: { code: "residency_basis", citation: unknownResidency.reason.citation, facts: { bases: [route.showsLocalTie], region } } };
      }
      if (asEmployer >= 0 && route.paysOrganisingUnit === true && !hasStatus(trainee, "unemployed")) checks.splice(asEmployer, 1);
      checks.push(...route.checks);
    }

    // The standard: the catalogue in force on the issue date.
    const catalogue = ctx.param(subsidyCatalogue, date);
    let standard: string | undefined;
    let tier: string | undefined;
    if (!isResolved(catalogue)) {
      checks.push(unresolvedReason(catalogue, date).check);
    } else {
      const missingRow = ctx.param(outsideCatalogue, date);
      const onMissing = isResolved(missingRow) ? missingRow.value : "denied";
      // The catalogue clause of the text in force in this policy (gbf2019 §(十七), gf2018 §(十二), or a local text's own).
      const catalogueClause = isResolved(missingRow) ? missingRow.citation : CATALOGUES;
      if (route !== null) {
        // The route pays the standard of the occupation's row at the route's level, whatever certificate earned it.
        const entry = catalogueEntryFor(catalogue.value, { occupation: certificate.occupation, level: route.level });
        const base = { catalogue: catalogue.value.id, occupation: certificate.occupation.code, level: route.level };
        if (entry === undefined) {
          const reason = { code: "not_in_catalogue" as const, citation: catalogue.citation, facts: { ...base, date } };
          checks.push(onMissing === "denied" ? { pass: false, reason } : { pass: "unknown", reason, missing: [`catalogue ${catalogue.value.id}: ${base.occupation}@${base.level}`] });
        } else {
          checks.push({ pass: true, reason: { code: "catalogue_entry", citation: catalogue.citation, facts: { ...base, standard: entry.standard, illustrative: catalogue.value.illustrative, route: route.route } } });
        }
        standard = entry?.standard;
        tier = entry?.shortageTier;
      } else {
        const row = catalogueEntryCheck(catalogue.value, certificate, catalogueClause, onMissing);
        checks.push(row.check);
        standard = row.entry?.standard;
        tier = row.entry?.shortageTier;
        // What the policy's layers add once a row matched (trainingSubsidy.rowChecks).
        if (row.entry !== undefined) for (const more of ctx.extended(trainingSubsidyRowChecks, rowOf(seen, row.entry.kind ?? "occupation"), date)) checks.push(...more);
      }
      // a listed institution cites the open-market clause of the policy's texts, read only when the edition lists institutions
      const openClause = (): Citation => {
        const open = ctx.param(openMarket, date);
        return isResolved(open) && open.value ? open.citation : catalogueClause;
      };
      const institution = catalogue.value.institutions === undefined ? null : institutionCheck(catalogue.value, course, { catalogue: catalogueClause, open: openClause() });
      if (institution !== null) checks.push(institution);
    }

    // An organiser is paid for training it organised (reading: organiser-of-record), and so is an enterprise claiming a
    // route that pays the 组织单位 (pre-job, safety training). Project training's provider check already compares the
    // claimant with the course's organiser: not judged twice. Pre-job's unit check judges the kind of claimant only: its
    // pass reason stands for ours, a mismatch or an unknown organiser is still said.
    const kind = claim.claimant.kind;
    const unit = kind === "organizer" || (kind === "enterprise" && route?.paysOrganisingUnit === true) ? kind : null;
    if (unit !== null) {
      if (!checks.some((c) => PROVIDER_JUDGED.has(c.reason.code))) {
        const organiser = organiserOfRecord(unit, claim.claimant.id, course);
        if (organiser.pass !== true || !checks.some((c) => c.reason.code === "payee_is_organiser")) checks.push(organiser);
      }
    } else if (kind === "enterprise") {
      // Any other enterprise claim: the employer's on record (reading: employer-of-record).
      checks.push(employerOfRecord(claim.claimant.id, trainee));
    }

    // The claim history.
    // A claim held undecidable earlier in the batch keeps its place (reading claim-order-by-issue-date).
    const held = input.heldClaims;
    const certificateKey = payOnceKey("trainingSubsidy", trainee.id, "certificate", certificate.id);
    // 「参加培训后取得证书……给予职业培训补贴」 pays the training that earned the certificate: the course judged here (the one the
    // certificate's record names, or the claim's course of its occupation) is paid once, whatever certificates name it
    // (reading course-trained-once; cold audit 7 and cold review 64: one course paid 1000.00 + 1500.00 for two certificates).
    const courseKey = course === undefined ? undefined : payOnceKey("trainingSubsidy", trainee.id, "course", course.id);
    // A training subsidy whose keys name no course (kept by another system, or written before the library keyed courses) on
    // another certificate whose record here names this course paid the course's training too (cold reviews 70, 71 F2).
    const keptOnCourse = course === undefined ? undefined : ledger.grantsOf(trainee.id).find((g) => g.measure === "trainingSubsidy" && g.certificateId !== certificate.id && paidCourseUnkeyed(g, course.id, input.traineeCertificates, course.occupation.code));
    if (keptOnCourse !== undefined && course !== undefined) checks.push({ pass: false, reason: { code: "basis_already_paid", citation: CERTIFICATE_BASIS, facts: { basis: [`course ${course.id}`], earlierClaims: [keptOnCourse.claimId] } } });
    // with claims held, the no-repeat rule's measures: held claims it pays once take one place, those it refuses none (review 18a F1)
    const repeatRead = held === undefined || held.length === 0 ? undefined : ctx.param(noRepeatMeasures, date);
    const repeatMeasures = repeatRead !== undefined && isResolved(repeatRead) ? measureSet(repeatRead.value) : undefined;
    const cap = ctx.use(annualCap, { traineeId: trainee.id, date, ledger, held, certificateKey, courseKey, repeatMeasures });
    if (cap !== null) checks.push(cap);
    // Judged and recorded at the certificate's level, a route's too: 「按初级工标准」 is the rate a route pays, not a level its
    // 专项职业能力证书 or 培训合格证书 awards (reading: pre-job-no-repeat).
    const paidLevel = certificate.level;
    const repeat = ctx.use(noRepeat, { traineeId: trainee.id, occupationCode: certificate.occupation.code, level: paidLevel, date, ledger, certificateKey, courseKey, held });
    if (repeat !== null) checks.push(repeat);
    // 「职业培训补贴或参保职工技能提升补贴」: not when the same training — the certificate, its occupation at its level, or the
    // course judged — earned the skill-upgrade subsidy (reading: training-or-skill-upgrade; cold review 67 F5).
    const choice = oneOrTheOther(ledger, "trainingSubsidy", trainee.id, certificate, input.traineeCertificates, course?.id, course?.occupation.code);
    if (choice.pass !== true) checks.push(choice);

    if (outcomeOf(checks) !== "granted" || standard === undefined || !isResolved(catalogue)) return findingOf(checks);
    const decided = combineChecks(checks);

    const pricing = ctx.param(shortageTierPricing, date);
    // A tier only where the policy prices it: a row's tier that priced nothing is not said to have (audit 25).
    const pricedTier = tier !== undefined && isResolved(pricing) && pricing.value[tier] !== undefined ? tier : undefined;
    const tieredBase = tieredStandard(standard, pricedTier, isResolved(pricing) ? pricing.value : undefined);
    // What set the rate paid, for the line: the catalogue's row, else the tier's pricing, else the last adjustment (audit 25).
    let setBy: { readonly citation: Citation; readonly layer: string } = pricedTier !== undefined && isResolved(pricing) ? pricing : catalogue;
    // The policy's layers' adjustments of the standard, each applied to the one before (trainingSubsidy.adjustments).
    const adjustments: Reason[] = [];
    const tiered = ctx.fold(trainingSubsidyAdjustments, { standard: tieredBase, trainee, certificate, date }, date, (toAdjust, adjusted) => {
      if (adjusted === null) return toAdjust;
      adjustments.push(adjusted.reason);
      setBy = { citation: adjusted.reason.citation, layer: adjusted.layer ?? catalogue.layer };
      return { ...toAdjust, standard: adjusted.standard };
    }).standard;
    const feeCap = ctx.param(capAtFeeCharged, date);
    // Only 「收费实行市场调节价的培训项目」 share costs (reading: cost-sharing-market-priced-only).
    const fee = isResolved(feeCap) && feeCap.value && course?.pricing === "market" ? course.feeCharged : undefined;
    const paid = capAtFee(tiered, fee);
    const payee = claimantPayee(claim);
    const amountReason = {
      code: "training_subsidy_standard" as const,
      citation: fee !== undefined && paid.lessThan(tiered) ? COST_SHARING : catalogue.citation,
      facts: { standard, tier: pricedTier ?? null, tiered: tiered.toFixed(), feeCharged: fee ?? null, amount: paid.toFixed(2), framework: framework.value, catalogue: catalogue.value.id },
    };
    const reasons = decided.reasons;
    reasons.push(...adjustments);
    reasons.push(amountReason);
    return {
      outcome: decided.outcome,
      payee,
      lines: [{ label: LINE_LABEL, citation: setBy.citation, payee, quantity: 1, unit: "certificate", rate: tiered, amount: paid, layer: setBy.layer }],
      reasons,
      missingFacts: decided.missingFacts,
      // the occupation at the level paid; the certificate and the course that earned it are paid once (readings pay-once-basis, course-trained-once)
      basis: basisWithKeys(date, certificate.occupation.code, paidLevel, courseKey === undefined ? [certificateKey] : [certificateKey, courseKey]),
    };
  },
});
