/**
 * Deciding claims: one claim ({@link evaluateClaim}) or a batch with a prior ledger
 * ({@link evaluateBatch}). Records come in parsed (see `records/`); decisions come out
 * with their lines, reasons, trace and provenance.
 */
import type { CivilDate } from "./core/date.js";
import type { Decision, ExplainedReason, Finding, Payee, Reason } from "./core/decision.js";
import { Evaluation, finishLine, layerIds } from "./core/decision.js";
import type { Policy, Rule } from "./core/layer.js";
import { Ledger } from "./core/ledger.js";
import { amount, sum, toYuan } from "./core/money.js";
import * as en from "./locales/en.js";
import * as zh from "./locales/zh-CN.js";
import type { Claim, Grant } from "./records/claim.js";
import type { ClaimsDocument } from "./records/document.js";
import type { Trainee } from "./records/trainee.js";
import type { Apprenticeship, Certificate, Course, Enterprise } from "./records/training.js";
import { VERSION } from "./version.js";

/** The records a claim refers to, resolved, and the ledger it is judged against. */
export interface ClaimInput {
  readonly claim: Claim;
  readonly trainee: Trainee;
  readonly course?: Course;
  readonly certificate?: Certificate;
  readonly enterprise?: Enterprise;
  readonly apprenticeship?: Apprenticeship;
  readonly ledger: Ledger;
}

export interface EvaluateOptions {
  /** The date the claim is judged on; defaults to the claim's `submittedOn`. */
  readonly on?: CivilDate;
}

/** Adds the Chinese and English messages to a reason. */
export function explainReason(reason: Reason): ExplainedReason {
  return { ...reason, message: { zh: zh.reasons[reason.code](reason.facts), en: en.reasons[reason.code](reason.facts) } };
}

function scopeOf(policy: Policy) {
  return (policy.layers[policy.layers.length - 1] ?? policy.layers[0])!.scope;
}

function finish(policy: Policy, claim: Claim, on: CivilDate, finding: Finding, evaluation: Evaluation | null): Decision {
  const lines = finding.outcome === "granted" ? finding.lines.map(finishLine) : [];
  const total = finding.outcome === "granted" ? toYuan(sum(lines.map((l) => amount(l.amount)))) : finding.outcome === "denied" ? "0.00" : null;
  return {
    claimId: claim.id,
    measure: claim.measure,
    outcome: finding.outcome,
    payee: finding.outcome === "granted" ? finding.payee : null,
    amount: total,
    lines,
    reasons: finding.reasons.map(explainReason),
    missingFacts: finding.missingFacts,
    trace: evaluation?.steps ?? [],
    provenance: {
      library: "skills-subsidy",
      version: VERSION,
      policy: { id: policy.id, hash: policy.hash, layers: layerIds(policy.layers) },
      judgedOn: on,
    },
  };
}

/** A finding with one reason and no lines. */
export function plainFinding(outcome: Finding["outcome"], reason: Reason, missingFacts: readonly string[] = []): Finding {
  return { outcome, payee: null, lines: [], reasons: [reason], missingFacts };
}

/**
 * Decides one claim under a policy.
 * @example
 * const decision = evaluateClaim(jiaxing2019, { claim, trainee, certificate, ledger: Ledger.empty });
 * decision.outcome // "granted"
 * decision.amount  // "150.00"
 */
export function evaluateClaim(policy: Policy, input: ClaimInput, options: EvaluateOptions = {}): Decision {
  return evaluateWithFinding(policy, input, options).decision;
}

/** The ledger entry a granted decision adds. */
export function grantOf(claim: Claim, decision: Decision, finding: Pick<Finding, "basis">): Grant | null {
  if (decision.outcome !== "granted" || decision.payee === null || decision.amount === null) return null;
  const basis = finding.basis;
  return {
    id: claim.id,
    claimId: claim.id,
    traineeId: claim.traineeId,
    measure: claim.measure,
    provision: decision.lines[0]?.citation.provision ?? decision.reasons[0]?.citation.provision ?? "unknown.provision",
    payee: decision.payee as Payee,
    amount: decision.amount,
    basisDate: basis?.date ?? claim.submittedOn,
    ...(basis?.occupationCode === undefined ? {} : { occupationCode: basis.occupationCode }),
    ...(basis?.level === undefined ? {} : { level: basis.level as NonNullable<Grant["level"]> }),
    ...(claim.courseId === undefined ? {} : { courseId: claim.courseId }),
    ...(claim.certificateId === undefined ? {} : { certificateId: claim.certificateId }),
  };
}

export interface BatchResult {
  /** One decision per distinct claim id, in the order the claims were judged. */
  readonly decisions: readonly Decision[];
  /** The prior ledger with this batch's grants added. */
  readonly ledger: Ledger;
  /** The grants this batch added. */
  readonly grants: readonly Grant[];
}

/** The date claims of one person compete in: a certificate's issue date, else a course's last day, else the filing date. */
function basisDateOf(claim: Claim, document: ClaimsDocument): string {
  const certificate = claim.certificateId === undefined ? undefined : document.certificates.get(claim.certificateId);
  if (certificate !== undefined) return certificate.issuedOn;
  const course = claim.courseId === undefined ? undefined : document.courses.get(claim.courseId);
  if (course !== undefined) return course.endDate;
  return claim.submittedOn;
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
}

/**
 * Decides a batch of claims against a prior ledger. The result does not depend on the
 * order of the input: claims are judged in order of basis date (certificate issue date,
 * else course end), then claim id (catalogue reading 3), each against the ledger as the
 * claims before it left it. A claim id seen twice with the same content is decided
 * once; with different contents, both are reported as conflicts and neither is paid. A
 * claim already paid in the prior ledger is not paid again.
 */
export function evaluateBatch(policy: Policy, document: ClaimsDocument, options: EvaluateOptions = {}): BatchResult {
  const byId = new Map<string, { claim: Claim; key: string; conflict: boolean }>();
  for (const claim of document.claims) {
    const key = canonical(claim);
    const seen = byId.get(claim.id);
    if (seen === undefined) byId.set(claim.id, { claim, key, conflict: false });
    else if (seen.key !== key) seen.conflict = true;
  }
  const order = [...byId.values()]
    .map((e) => ({ ...e, basis: basisDateOf(e.claim, document) }))
    .sort((a, b) => (a.basis < b.basis ? -1 : a.basis > b.basis ? 1 : a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0));

  const { ledger, add } = Ledger.growing(document.ledger);
  const decisions: Decision[] = [];
  const grants: Grant[] = [];
  for (const { claim, conflict } of order) {
    const on = options.on ?? claim.submittedOn;
    if (conflict) {
      decisions.push(finish(policy, claim, on, plainFinding("denied", { code: "claim_conflict", citation: scopeOf(policy), facts: { claimId: claim.id } }), null));
      continue;
    }
    if (ledger.hasClaim(claim.id)) {
      decisions.push(finish(policy, claim, on, plainFinding("denied", { code: "duplicate_claim", citation: scopeOf(policy), facts: { claimId: claim.id } }), null));
      continue;
    }
    const trainee = document.trainees.get(claim.traineeId);
    if (trainee === undefined) {
      decisions.push(
        finish(policy, claim, on, plainFinding("undecidable", { code: "missing_record", citation: scopeOf(policy), facts: { field: "claim.traineeId" } }, ["claim.traineeId"]), null),
      );
      continue;
    }
    const pick = <T>(map: ReadonlyMap<string, T>, id: string | undefined): T | undefined => (id === undefined ? undefined : map.get(id));
    const course = pick(document.courses, claim.courseId);
    const certificate = pick(document.certificates, claim.certificateId);
    const enterprise = pick(document.enterprises, claim.enterpriseId);
    const apprenticeship = pick(document.apprenticeships, claim.apprenticeshipId);
    const input: ClaimInput = {
      claim,
      trainee,
      ledger,
      ...(course === undefined ? {} : { course }),
      ...(certificate === undefined ? {} : { certificate }),
      ...(enterprise === undefined ? {} : { enterprise }),
      ...(apprenticeship === undefined ? {} : { apprenticeship }),
    };
    const { decision, finding } = evaluateWithFinding(policy, input, options);
    decisions.push(decision);
    const grant = grantOf(claim, decision, finding);
    if (grant !== null) {
      grants.push(grant);
      add(grant);
    }
  }
  return { decisions, ledger, grants };
}

/** {@link evaluateClaim}, also returning the rule's finding (for the ledger keys). */
function evaluateWithFinding(policy: Policy, input: ClaimInput, options: EvaluateOptions): { decision: Decision; finding: Finding } {
  const on = options.on ?? input.claim.submittedOn;
  const binding = policy.measures.get(input.claim.measure);
  if (binding === undefined) {
    const finding = plainFinding("undecidable", { code: "measure_not_provided", citation: scopeOf(policy), facts: { measure: input.claim.measure } });
    return { decision: finish(policy, input.claim, on, finding, null), finding };
  }
  const evaluation = new Evaluation(policy, on);
  const finding = evaluation.use(binding.rule as unknown as Rule<ClaimInput, Finding>, input);
  return { decision: finish(policy, input.claim, on, finding, evaluation), finding };
}
