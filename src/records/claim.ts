import * as z from "zod";
import { distinctMonths } from "./checks.js";
import { refined } from "./refined.js";
import { AmountSchema, CivilDateSchema, Id, LIMITS, Measure, Party, SkillLevel } from "./common.js";

/**
 * A calendar month `YYYY-MM` from 1900-01 to 2099-12 (zod schema), as work-for-training counts time.
 * @example CalendarMonth.safeParse("2020-03").success // → true
 */
export const CalendarMonth = /* @__PURE__ */ (() =>
  z.string().regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, { error: "invalid_month" }))();

/** Distinct months, at most 120. */
const Months = /* @__PURE__ */ (() =>
  z
  .array(CalendarMonth)
  .min(1)
  .max(120)
  .check(refined(distinctMonths))
  // what the check says, in the published JSON Schema too (review 49)
  .meta({ uniqueItems: true }))();

/**
 * A claim: what is claimed (`measure`), by whom (`claimant`), for which trainee and
 * which records, submitted on which day. The claim id is the key of a decision (zod
 * schema; parse with {@link parseClaim}).
 * @example Claim.safeParse({ id: "JX-1", measure: "appraisalSubsidy", traineeId: "P-1", claimant: { kind: "trainee", id: "P-1" }, certificateId: "K-1", submittedOn: "2020-08-01" }).success // → true
 */
export const Claim = /* @__PURE__ */ (() =>
  z.strictObject({
  /** The claim's id: the key of its decision. */
  id: Id,
  /** What is claimed, one of {@link index!MEASURES}. */
  measure: Measure,
  /** The trainee the claim is for. */
  traineeId: Id,
  /** Who files it (and asks to be paid). */
  claimant: Party,
  /** The course it is for (training subsidy, living allowance …). */
  courseId: Id.optional(),
  /** The certificate it is for (appraisal subsidy, certificate-based training subsidy). */
  certificateId: Id.optional(),
  /** The apprenticeship it is for (apprenticeship subsidy). */
  apprenticeshipId: Id.optional(),
  /** The enterprise it concerns (enterprise-paid measures). */
  enterpriseId: Id.optional(),
  /** The day the claim was filed; the default date a claim is judged on. */
  submittedOn: CivilDateSchema,
  /**
   * The amount claimed, for measures whose amount the claimant states rather than a
   * standard sets: a training package's development cost (jx2019.package-grant).
   */
  amountClaimed: AmountSchema.optional(),
  /**
   * The calendar months claimed (`YYYY-MM`), for measures that pay per month of time:
   * work-for-training (gbf2019.work-for-training, 「最长不超过6个月」 counted per person).
   */
  months: Months.optional(),
  /**
   * The training package a package-grant claim is for (jx2019.package-grant 五(十)二
   * 「委托职业院校、行业协会和骨干企业…开发职业技能培训包，给予每个不超过5万元补助」): its
   * identity (one package is paid once), the kind of its developer, and whether the
   * development was commissioned.
   */
  trainingPackage: z
    .strictObject({
      /** The package's identity. */
      id: Id,
      /** 职业院校, 行业协会, 骨干企业, or another kind of developer. */
      developerKind: z.enum(["vocationalCollege", "industryAssociation", "keyEnterprise", "otherDeveloper"]),
      /** 委托: developed on the city's commission. */
      commissioned: z.boolean(),
    })
    .optional(),
}))();
/** A claim, as parsed by {@link parseClaim}. */
export type Claim = z.infer<typeof Claim>;

/**
 * A past payment (the ledger, jx2019.ledger): who was paid what, on which claim,
 * under which provision, and the keys the claim-history rules look at: the basis
 * date (a certificate's issue date, or a course's last day), occupation and level
 * (zod schema; parse with {@link parseGrant}).
 * @example Grant.shape.provision.safeParse("jx2019.appraisal-subsidy").success // → true
 */
export const Grant = /* @__PURE__ */ (() =>
  z.strictObject({
  /** The grant's id. */
  id: Id,
  /** The claim it was paid on. */
  claimId: Id,
  /** The trainee it was for. */
  traineeId: Id,
  /** The measure paid. */
  measure: Measure,
  /** The provision it was paid under, e.g. `jx2019.appraisal-subsidy`. */
  provision: z.string().regex(/^[a-z0-9]+\.[a-z0-9-]+$/),
  /** Who was paid. */
  payee: Party,
  /** How much, yuan. */
  amount: AmountSchema,
  /** The basis date (certificate issue date, else course end date): the year the annual cap counts it in. */
  basisDate: CivilDateSchema,
  /**
   * The occupation code, for the no-repeat and first-time rules: while a grant of a measure
   * they count names none, a claim they judge is undecidable (reading: earlier-grant-says-what-it-paid).
   */
  occupationCode: Id.optional(),
  /** The level, for the no-repeat rules. */
  level: SkillLevel.optional(),
  /** The course paid on, if any. */
  courseId: Id.optional(),
  /** The certificate paid on, if any. */
  certificateId: Id.optional(),
  /**
   * The apprenticeship paid on (`claim.apprenticeshipId`), for the apprenticeship subsidy: a grant
   * without pay-once keys is keyed by it (reading: pay-once-basis); an apprenticeship-subsidy grant
   * that names neither it nor its keys, and may have paid months of the period claimed, leaves
   * the person's next claim undecidable (reading: earlier-grant-says-what-it-paid).
   */
  apprenticeshipId: Id.optional(),
  /**
   * The training package paid on (`claim.trainingPackage.id`), for the package grant
   * (jx2019.package-grant): a grant without pay-once keys is keyed by it (reading: pay-once-basis);
   * a package grant that names neither it nor its keys leaves the same payee's next package claim
   * undecidable (reading: earlier-grant-says-what-it-paid).
   */
  trainingPackageId: Id.optional(),
  /**
   * The calendar months paid (`YYYY-MM`), for a measure paid by time: work-for-training
   * (gbf2019.work-for-training: a grant that names neither these nor month keys leaves the
   * person's next claim undecidable) and an apprenticeship kept by another system (its days
   * are paid once, and the months count toward the term) (reading: earlier-grant-says-what-it-paid).
   * On a measure paid by the day they are days paid, which of them not said: a living-allowance
   * grant naming 2020-03 leaves a claim over March days undecidable, asking for its days.
   */
  months: Months.optional(),
  /**
   * What the grant paid for, each key paid at most once (reading: pay-once-basis): e.g.
   * `livingAllowance|P1|day 2020-03-02`, `apprenticeshipSubsidy|P1|month 2020-04`,
   * `trainingPackageGrant|*|package PK-1`. Written by `evaluateBatch`; a grant without
   * keys is keyed by its certificate or course, apprenticeship or training package.
   */
  basisKeys: z.array(z.string().min(1).max(300)).max(LIMITS.listLength).optional(),
}))();
/** A past payment (a ledger entry), as parsed by {@link parseGrant}. */
export type Grant = z.infer<typeof Grant>;
