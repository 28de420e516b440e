/**
 * 职业技能鉴定补贴 — the appraisal subsidy.
 *
 * jx2019.appraisal-subsidy 五(十一): a trainee who passes a first-time appraisal in an
 * occupation at a level and obtains a certificate (not a training-completion
 * certificate) gets 初级工 120, 中级工 120, 高级工 150, 技师 150, 高级技师 180 yuan; it
 * applies from 2020-01-01, judged by the certificate's issue date.
 *
 * The standards are a parameter slot ({@link appraisalSubsidyStandards}) that the layer
 * enacting the subsidy fills; a level it gives no standard for is not paid. Readings:
 * the first-time rule is keyed by occupation and level over the whole history (reading: no-repeat-whole-history),
 * and an earlier certificate of the same occupation and level that the trainee holds makes an
 * appraisal not the first, though it was never subsidised (reading: appraisal-first-by-certificates;
 * the history is {@link ClaimInput.traineeCertificates}, which a batch fills);
 * the trainee must meet the residency bases of the same paragraph (the residency rule
 * of the policy in force, `eligibility.residency`) and fall within its over-retirement sentence
 * (`eligibility.overRetirement`: a person entitled to a monthly pension is outside); a level recognised directly
 * (`directlyRecognised`) passed no appraisal and is not paid (reading: direct-recognition-no-training-subsidy).
 */
import { LINE_LABELS } from "../../provisions/lineLabels.js";
import { cite } from "../../core/citation.js";
import type { Check, Finding } from "../../core/decision.js";
import { combineChecks, isResolved, outcomeOf } from "../../core/decision.js";
import { defineRule } from "../../core/layer.js";
import { amount } from "../../core/money.js";
import { defineParameter } from "../../core/parameter.js";
import type { SkillLevel } from "../../records/common.js"; // type only: erased, no zod at run time
import type { Certificate } from "../../records/training.js"; // type only: erased, no zod at run time
import type { Grant } from "../../records/claim.js"; // type only: erased, no zod at run time
import type { UnreadCertificate } from "../../records/document.js";
import { isLeveledKind } from "../../records/kinds.js";
import type { ClaimInput } from "../../provisions/common.js";
import { basisWithKeys, findingOf, grantFieldsMissing, grantsWithoutLevel, grantsWithoutOccupation, missingRecord, unresolvedReason } from "../../provisions/common.js";
import type { Ledger } from "../../core/ledger.js";
import { grantKeys, payOnceKey, UNREAD_NAMED } from "../../core/ledger.js";
import { residency } from "../../provisions/eligibility/residency.js";
import { overRetirement } from "./overRetirement.js";
import { directlyRecognised } from "../../provisions/skillUpgrade/trainingOrSkillUpgrade.js";
import { AmountShape, partialRecordOf, SkillLevelShape } from "../../provisions/values.js";

export const APPRAISAL_SUBSIDY = cite("jx2019.appraisal-subsidy", "五(十一)");
/** The measure's name (the rule's label), which the locales also name the measure by (`terms`). @internal */
export const APPRAISAL_SUBSIDY_LABEL = LINE_LABELS.appraisalSubsidy;

/** Yuan per first-time appraisal certificate, by level (`jx2019.appraisal-subsidy`). */
export type AppraisalStandards = Readonly<Partial<Record<SkillLevel, string>>>;

/**
 * The slot for the standards; the layer that enacts the subsidy declares it with values
 * ({@link withValues}). Encodes `jx2019.appraisal-subsidy` (五(十一)).
 * Parameter `appraisalSubsidy.standards`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(jiaxingPolicy(), appraisalSubsidyStandards, civilDate("2020-07-15"));
 * isResolved(r) ? r.value : r.reason // → {"junior":"120.00","intermediate":"120.00","senior":"150.00","technician":"150.00","seniorTechnician":"180.00"}
 */
export const appraisalSubsidyStandards = defineParameter<AppraisalStandards>({
  id: "appraisalSubsidy.standards",
  label: { zh: "职业技能鉴定补贴标准（元/证）", en: "appraisal subsidy per certificate, by level (yuan)" },
  citation: APPRAISAL_SUBSIDY,
  values: [],
  lastVerifiedOn: "2026-11-25",
  unit: "yuan/certificate",
  // Levels without a standard are left out (and not paid); an unknown level is an error.
  valueSchema: partialRecordOf(SkillLevelShape, AmountShape),
});

const MEASURES = new Set(["appraisalSubsidy"]);

/**
 * The trainee's first certificate of `certificate`'s occupation and level issued strictly
 * before it that stands for an appraisal, if any (reading: appraisal-first-by-certificates):
 * not a training-completion certificate (「不含培训合格证书」) and not a level recognised
 * directly (`directlyRecognised`: no appraisal was passed); a competition certificate
 * (`viaCompetition`) counts, as a certificate obtained individually (jx2019 五(五)
 * 「可按个人获证方式给予补贴」). One issued the same day is not before it. The earliest is
 * named (then the least id). `undefined` also when the history is not known (`held` absent)
 * or the certificate has no level (it has no standard either).
 * @example
 * const k0 = certificate({ id: "K0", level: "junior", issuedOn: "2019-06-01" });
 * earlierAppraisal(certificate({ id: "K1", level: "junior", issuedOn: "2020-06-01" }), [k0])?.id // → "K0"
 * earlierAppraisal(certificate({ id: "K1", level: "junior", issuedOn: "2019-06-01" }), [k0]) // → undefined
 */
export function earlierAppraisal(certificate: Certificate, held: readonly Certificate[] | undefined): Certificate | undefined {
  if (held === undefined || certificate.level === undefined) return undefined;
  let first: Certificate | undefined;
  for (const other of held) {
    if (
      other.issuedOn < certificate.issuedOn &&
      other.level === certificate.level &&
      other.occupation.code === certificate.occupation.code &&
      other.traineeId === certificate.traineeId &&
      other.kind !== "trainingCompletionCertificate" &&
      other.directlyRecognised !== true &&
      (first === undefined || other.issuedOn < first.issuedOn || (other.issuedOn === first.issuedOn && other.id < first.id))
    ) {
      first = other;
    }
  }
  return first;
}

/** The measures whose grants pay a certificate that stands for an appraisal (each refuses a level recognised directly). */
const CERTIFICATE_MEASURES = new Set(["trainingSubsidy", "insuredSkillUpgradeSubsidy"]);

/**
 * The certificate a grant paid: its id, else the one its own pay-once key under its measure names, as the ledger reads its
 * keys (`grantKeys`: a key under another person says nothing of what this grant paid — reading
 * earlier-grant-says-what-it-paid; cold review 54: another person's key listed first refused this person's appraisal).
 */
const certificatePaidBy = (g: Grant): string | undefined => {
  if (g.certificateId !== undefined) return g.certificateId;
  const key = grantKeys(g).find((k) => k.startsWith(`${g.measure}|`) && k.includes("|certificate "));
  return key?.slice(key.lastIndexOf("|certificate ") + 13);
};

/**
 * A prior training or skill-upgrade grant dated before `certificate` was issued: the only grants that may have paid an earlier
 * certificate of it. Asked before the certificate a grant paid is read (`certificatePaidBy` reads its keys), so no other
 * grant's keys are read.
 */
const priorGrant = (g: Grant, certificate: Certificate): boolean => CERTIFICATE_MEASURES.has(g.measure) && g.basisDate < certificate.issuedOn;

/**
 * The prior training and skill-upgrade grants of the trainee, dated before `certificate` was issued, that may have paid
 * an earlier certificate of its occupation and level but do not say enough to tell, by the field each lacks: the
 * occupation (as the training subsidy's own rules ask it); the level (a skill-upgrade grant: that measure never pays a
 * certificate without one; a training grant of the occupation without a level paid an unleveled certificate, cold audit
 * 7); or, of this occupation and level, the certificate (perhaps this one, dated by its course's end). A grant naming a
 * certificate the document holds, or this one (by its id, or by the course this certificate names), asks nothing: the
 * record says. Such a claim is held, never paid on the guess (reading earlier-grant-says-what-it-paid; cold audit 12d,
 * 65 % and 55 %; cold reviews 23, 45 % and 50 %, and 24).
 * @example
 * const kept = grant({ measure: "trainingSubsidy", provision: "jx2019.catalogue", amount: "1000.00", basisDate: "2020-03-01" });
 * earlierGrantQuestions(Ledger.from([kept]), certificate({ issuedOn: "2020-06-01" }), []).certificateId.map((g) => g.id) // → ["G1"]
 */
export function earlierGrantQuestions(ledger: Ledger, certificate: Certificate, held: readonly Certificate[]): { readonly occupationCode: Grant[]; readonly level: Grant[]; readonly certificateId: Grant[] } {
  const out = { occupationCode: [] as Grant[], level: [] as Grant[], certificateId: [] as Grant[] };
  for (const g of ledger.grantsOf(certificate.traineeId)) {
    if (!priorGrant(g, certificate)) continue;
    const id = certificatePaidBy(g);
    // a grant on this certificate — by its id, or by the course it names, the one the certificate says led to it (「参加培训后
    // 取得证书」, cold review 24) — or on one the document holds asks nothing
    if (id === certificate.id || (id === undefined && g.courseId !== undefined && g.courseId === certificate.courseId) || (id !== undefined && held.some((c) => c.id === id))) continue;
    // another level or another occupation is no appraisal of this one
    if ((g.level ?? certificate.level) !== certificate.level || (g.occupationCode ?? certificate.occupation.code) !== certificate.occupation.code) continue;
    if (g.occupationCode === undefined) out.occupationCode.push(g);
    // a training grant of the occupation without a level paid an unleveled certificate: no appraisal at a level
    else if (g.level === undefined) {
      if (g.measure !== "trainingSubsidy") out.level.push(g);
    } else if (id === undefined) out.certificateId.push(g);
  }
  return out;
}

/**
 * The earliest of `first` (a certificate the document holds, if any) and the other certificates of `certificate`'s
 * occupation and level, issued strictly before it, that a prior grant of the trainee paid (a training or skill-upgrade
 * subsidy): the history a ledger carries from run to run, where the run's document may not hold that certificate
 * (reading: appraisal-first-by-certificates; cold audit 12a). Such a grant's basis date is its certificate's issue
 * date; a training-completion certificate has no level. The earliest is named (then the least id).
 * @example
 * const paid = grant({ measure: "trainingSubsidy", provision: "jx2019.catalogue", amount: "1000.00", certificateId: "K0", basisDate: "2020-03-01" });
 * earlierPaidCertificate(Ledger.from([paid]), certificate({ id: "K1", issuedOn: "2020-06-01" })) // → {"id":"K0","issuedOn":"2020-03-01"}
 * earlierPaidCertificate(Ledger.from([paid]), certificate({ id: "K1", issuedOn: "2020-03-01" })) // → undefined
 */
export function earlierPaidCertificate(ledger: Ledger, certificate: Certificate, first?: { readonly id: string; readonly issuedOn: string }): { readonly id: string; readonly issuedOn: string } | undefined {
  for (const g of ledger.grantsOf(certificate.traineeId)) {
    if (!priorGrant(g, certificate)) continue;
    const id = certificatePaidBy(g);
    const on = g.basisDate;
    if (id !== undefined && id !== certificate.id && g.level === certificate.level && g.level !== undefined && g.occupationCode === certificate.occupation.code && (first === undefined || on < first.issuedOn || (on === first.issuedOn && id < first.id))) first = { id, issuedOn: on };
  }
  return first;
}

/**
 * Decides an appraisal-subsidy claim. Encodes `jx2019.appraisal-subsidy` (五(十一)).
 * @example
 * // a 高级工 skill-level certificate, first in its occupation and level:
 * const c = claim({ measure: "appraisalSubsidy", certificateId: "K1" });
 * evaluateClaim(jiaxingPolicy(), input({ claim: c, trainee: trainee(), certificate: certificate({ level: "senior" }) })).amount // → "150.00"
 * // the same level again after a grant for it:
 * const ledger = Ledger.from([grant({ level: "senior" })]);
 * evaluateClaim(jiaxingPolicy(), input({ claim: c, trainee: trainee(), certificate: certificate({ level: "senior" }), ledger })).reasons.map((r) => r.code) // → ["appraisal_already_granted"]
 */
export const appraisalSubsidy = defineRule({
  id: "appraisalSubsidy",
  label: APPRAISAL_SUBSIDY_LABEL,
  citation: APPRAISAL_SUBSIDY,
  run: (ctx, input: ClaimInput): Finding => {
    const { trainee, certificate, ledger } = input;
    if (certificate === undefined) {
      return findingOf([missingRecord(APPRAISAL_SUBSIDY, "claim.certificateId")]);
    }
    if (certificate.traineeId !== trainee.id) {
      return findingOf([{ pass: false, reason: { code: "certificate_not_of_trainee", citation: APPRAISAL_SUBSIDY, facts: { certificateId: certificate.id, traineeId: trainee.id } } }]);
    }
    const checks: Check[] = [];
    if (ctx.policy.region !== null) checks.push(ctx.use(residency, { trainee, region: ctx.policy.region }));
    // The same paragraph's over-retirement sentence bounds its 参训人员 as its residency bases do:
    // a person entitled to a monthly pension is outside them (reading appraisal-needs-residency).
    const pension = ctx.use(overRetirement, { trainee, date: certificate.issuedOn });
    if (pension !== null) checks.push(pension);
    if (certificate.kind === "trainingCompletionCertificate") {
      checks.push({ pass: false, reason: { code: "training_completion_certificate_excluded", citation: APPRAISAL_SUBSIDY, facts: { certificateId: certificate.id, kind: certificate.kind } } });
    }
    // 「通过初次职业技能鉴定」: a level recognised directly passed no appraisal (reading: direct-recognition-no-training-subsidy).
    const direct = directlyRecognised(certificate, APPRAISAL_SUBSIDY);
    if (direct !== null) checks.push(direct);
    const standards = ctx.param(appraisalSubsidyStandards, certificate.issuedOn);
    let rate: string | undefined;
    if (!isResolved(standards)) {
      if (standards.reason === "not_yet") {
        // Stryker disable next-line OptionalChaining: "not_yet" comes only from the declaring layer's own values (overrides not yet in force leave the answer above), so the chain exists and has a first value here
        const startsOn = ctx.policy.parameter(appraisalSubsidyStandards.id)?.parameter.values[0]?.from ?? null;
        checks.push({ pass: false, reason: { code: "before_provision_start", citation: standards.citation, facts: { date: certificate.issuedOn, startsOn } } });
      } else {
        checks.push(unresolvedReason(standards, certificate.issuedOn).check);
      }
    } else if (certificate.kind !== "trainingCompletionCertificate") {
      rate = certificate.level === undefined ? undefined : standards.value[certificate.level];
      if (rate === undefined) {
        checks.push({ pass: false, reason: { code: "level_has_no_standard", citation: standards.citation, facts: { level: certificate.level ?? null, kind: certificate.kind } } });
      }
    }
    const earlier = ledger.forOccupation(trainee.id, MEASURES, certificate.occupation.code, certificate.level);
    // the earliest the document holds or a prior grant paid
    const earlierCertificate = earlierPaidCertificate(ledger, certificate, earlierAppraisal(certificate, input.traineeCertificates));
    if (earlier.length > 0) {
      checks.push({
        pass: false,
        reason: {
          code: "appraisal_already_granted",
          citation: APPRAISAL_SUBSIDY,
          facts: { earlierGrants: earlier.map((g) => g.id), earlierClaims: earlier.map((g) => g.claimId), occupation: certificate.occupation.code, level: certificate.level ?? null },
        },
      });
    } else if (earlierCertificate !== undefined) {
      // Not the first appraisal at this occupation and level, paid or not (reading: appraisal-first-by-certificates).
      checks.push({
        pass: false,
        reason: {
          code: "appraisal_not_first",
          citation: APPRAISAL_SUBSIDY,
          facts: { earlierCertificate: earlierCertificate.id, earlierIssuedOn: earlierCertificate.issuedOn, occupation: certificate.occupation.code, level: certificate.level ?? null },
        },
      });
    } else {
      // An earlier appraisal subsidy that names no occupation may have been for this one (reading: earlier-grant-says-what-it-paid).
      const certificateKey = payOnceKey("appraisalSubsidy", certificate.traineeId, "certificate", certificate.id);
      const unknown = grantsWithoutOccupation(ledger, trainee.id, MEASURES, certificateKey);
      // One that names this occupation but no level paid some level of it, perhaps this one: the subsidy is paid
      // only 「同一技能等级」, never for a certificate without a level (reading: earlier-grant-says-what-it-paid).
      const unleveled = grantsWithoutLevel(ledger, trainee.id, "appraisalSubsidy", certificate.occupation.code, certificate.level, certificateKey, input.traineeCertificates);
      // Prior training and skill-upgrade grants that may have paid an earlier certificate of this occupation and level.
      const asked = earlierGrantQuestions(ledger, certificate, input.traineeCertificates ?? []);
      unknown.push(...asked.occupationCode);
      unleveled.push(...asked.level);
      if (unknown.length > 0) checks.push(grantFieldsMissing(unknown, "occupationCode", APPRAISAL_SUBSIDY));
      if (unleveled.length > 0) checks.push(grantFieldsMissing(unleveled, "level", APPRAISAL_SUBSIDY));
      if (asked.certificateId.length > 0) checks.push(grantFieldsMissing(asked.certificateId, "certificateId", APPRAISAL_SUBSIDY));
      // A certificate of the person's the document set aside that may be an earlier one of this occupation and level: the
      // history is not known whole, so not 「初次」 on a guess (reading earlier-certificate-unreadable; cold audit 18, review 78 F2).
      // A certificate whose own key a grant paid is refused as paid (pay-once-basis), not held for another's record (review 86 F4).
      const unread = ledger.paidOn(certificateKey).length > 0 ? null : unreadEarlier(input.unreadCertificates, certificate);
      if (unread !== null) checks.push(unread);
      if (unknown.length === 0 && unleveled.length === 0 && asked.certificateId.length === 0 && unread === null) checks.push({ pass: true, reason: { code: "appraisal_first_time", citation: APPRAISAL_SUBSIDY, facts: { occupation: certificate.occupation.code, level: certificate.level ?? null } } });
    }
    if (outcomeOf(checks) !== "granted" || rate === undefined || !isResolved(standards)) return findingOf(checks);
    const decided = combineChecks(checks);
    const payee = { kind: "trainee", id: trainee.id } as const;
    return {
      outcome: decided.outcome,
      reasons: decided.reasons,
      missingFacts: decided.missingFacts,
      payee,
      lines: [
        {
          label: appraisalSubsidy.label, // the line is named as the rule is
          citation: standards.citation,
          payee,
          quantity: 1,
          unit: "certificate",
          rate: amount(rate),
          layer: standards.layer,
        },
      ],
      // the certificate is paid once (reading: pay-once-basis), besides the first-time rule
      basis: basisWithKeys(certificate.issuedOn, certificate.occupation.code, certificate.level, [payOnceKey("appraisalSubsidy", certificate.traineeId, "certificate", certificate.id)]),
    };
  },
});

/**
 * The certificates set aside that may be an earlier one of `certificate`'s occupation and level (its occupation, level and
 * issue date unreadable, or the same occupation and level, issued before), asked for as missing records — at most
 * {@link UNREAD_NAMED}, named by id or else by the trainee it names — or `null` when none may be.
 */
function unreadEarlier(unread: readonly UnreadCertificate[] | undefined, certificate: Certificate): Check | null {
  const fields: string[] = [];
  for (const c of unread ?? []) {
    if (fields.length >= UNREAD_NAMED) break;
    // the person's own (a caller of the one-claim API may pass a document's whole list: cold review 86 F3)
    if (c.traineeId !== certificate.traineeId) continue;
    // not an appraisal at a level, as earlierAppraisal reads the certificates kept (「取得证书（不含培训合格证书）」; a level
    // recognised directly passed none): a kind without levels that writes none, or a direct recognition (cold review 86 F1, F2)
    if (c.kind !== null && !isLeveledKind(c.kind) && !c.levelWritten) continue;
    if (c.directlyRecognised === true) continue;
    if (c.occupationCode !== null && c.occupationCode !== certificate.occupation.code) continue;
    if (c.level !== null && c.level !== certificate.level) continue;
    if (c.issuedOn !== null && c.issuedOn >= certificate.issuedOn) continue; // issued no earlier: not before this one
    // named by id, else by its trainee: its place differs between a whole document and the command line's parts (cold review 80 F4)
    const field = c.id === null ? `certificate of ${certificate.traineeId} with no readable id: record` : `certificate ${c.id}: record`;
    if (!fields.includes(field)) fields.push(field);
  }
  return fields.length === 0 ? null : { pass: "unknown", reason: { code: "missing_record", citation: APPRAISAL_SUBSIDY, facts: { field: fields.join(", ") } }, missing: fields };
}
