import * as z from "zod";
import { AmountSchema, CivilDateSchema, Id, Measure, Party, SkillLevel } from "./common.js";

/**
 * A claim: what is claimed (`measure`), by whom (`claimant`), for which trainee and
 * which records, submitted on which day. The claim id is the key of a decision.
 */
export const Claim = z.strictObject({
  id: Id,
  measure: Measure,
  traineeId: Id,
  claimant: Party,
  courseId: Id.optional(),
  certificateId: Id.optional(),
  apprenticeshipId: Id.optional(),
  enterpriseId: Id.optional(),
  /** The day the claim was filed; the default date a claim is judged on. */
  submittedOn: CivilDateSchema,
  /**
   * The amount claimed, for measures whose amount the claimant states rather than a
   * standard sets: a training package's development cost (jx2019.package-grant).
   */
  amountClaimed: AmountSchema.optional(),
});
export type Claim = z.infer<typeof Claim>;

/**
 * A past payment (the ledger, jx2019.ledger): who was paid what, on which claim,
 * under which provision, and the keys the claim-history rules look at: the basis
 * date (a certificate's issue date, or a course's last day), occupation and level.
 */
export const Grant = z.strictObject({
  id: Id,
  claimId: Id,
  traineeId: Id,
  measure: Measure,
  provision: z.string().regex(/^[a-z0-9]+\.[a-z0-9-]+$/),
  payee: Party,
  amount: AmountSchema,
  basisDate: CivilDateSchema,
  occupationCode: Id.optional(),
  level: SkillLevel.optional(),
  courseId: Id.optional(),
  certificateId: Id.optional(),
});
export type Grant = z.infer<typeof Grant>;
