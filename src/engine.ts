/**
 * Deciding claims: one claim ({@link evaluateClaim}) or a batch with a prior ledger
 * ({@link evaluateBatch}). Records come in parsed (see `records/`); decisions come out
 * with their lines, reasons, trace and provenance.
 */
import type { CivilDate } from "./core/date.js";
import { addDays, monthEnd } from "./core/date.js";
import type { Decision, ExplainedReason, Finding, Line, Payee, Provenance, Reason } from "./core/decision.js";
import { Evaluation, finishLine, isResolved, layerIds, resolveParameterOn } from "./core/decision.js";
import type { Layer, Policy, Rule } from "./core/layer.js";
import { governsOn } from "./core/layer.js";
import { assert } from "./core/assert.js";
import { checkArgument, checkBatchOptions, checkClaimInput, checkClaimRecords, checkDocument, checkOptions, checkPolicy, isObject } from "./arguments.js";
import { basisOfKey, grantBasis, growingLedgerOfParsed, Ledger, namesAnotherClaim, payOnceKey, UNREAD_NAMED } from "./core/ledger.js";
import type { HeldClaim } from "./core/ledger.js";
import { amount, sum, yuanOf } from "./core/money.js";
import * as zh from "./locales/zh-CN.js";
import * as en from "./locales/en.js";
import type { Claim, Grant } from "./records/claim.js";
import type { ClaimsDocument, UnreadCertificate, UnreadGrant } from "./records/document.js";
import { courseOfCertificate, trainedOn } from "./records/courseOf.js";
import { LIMITS } from "./records/kinds.js";
import { knownAttendedDates } from "./provisions/common.js";
import { monthsPaidBy } from "./provisions/workForTraining/workForTraining.js";
import type { Trainee } from "./records/trainee.js";
import type { Apprenticeship, Certificate, Course, Enterprise } from "./records/training.js";
import { VERSION } from "./version.js";

/** The records a claim refers to, resolved, and the ledger it is judged against. */
export interface ClaimInput {
  /** The claim. */
  readonly claim: Claim;
  /** The trainee it is for. */
  readonly trainee: Trainee;
  /**
   * The course it refers to (`claim.courseId`), if any; {@link decideBatch} gives a claim that
   * names none the course its certificate names (`certificate.courseId`, the same trainee's):
   * reading certificate-names-its-course.
   */
  readonly course?: Course;
  /** The certificate it refers to (`claim.certificateId`), if any. */
  readonly certificate?: Certificate;
  /**
   * The enterprise it refers to (`claim.enterpriseId`), if any; {@link decideBatch} gives an
   * enterprise's claim that names none its own record, and an organiser's claim its own record
   * whenever the document holds one, whatever record it names (reading ui-locality-enterprise-elsewhere).
   */
  readonly enterprise?: Enterprise;
  /** The apprenticeship it refers to (`claim.apprenticeshipId`), if any. */
  readonly apprenticeship?: Apprenticeship;
  /** Past grants (use `Ledger.empty` for none). */
  readonly ledger: Ledger;
  /**
   * The certificates the trainee holds in the claims document (the claim's own among them),
   * for a rule that judges a certificate against the trainee's others: the appraisal
   * subsidy is for the first appraisal at an occupation and level (jx2019 五(十一),
   * reading: appraisal-first-by-certificates), and a certificate of the same occupation and
   * level issued earlier makes it not the first, whether or not it was ever subsidised.
   * Absent, the trainee's history of certificates is not known, and the rule judges on the
   * ledger alone. An empty list says the trainee holds no other certificate.
   * The living allowance reads it for the certificates earned on its course: one that is a
   * first at its occupation and level shows the course was not a repeat (reading
   * living-allowance-repeat-course); absent, it judges the course by its own record and the
   * claim's certificate. {@link decideBatch} fills it from the document for every
   * claim that names a certificate or a course, whatever its measure (the rule decides whether
   * to read it).
   */
  readonly traineeCertificates?: readonly Certificate[];
  /**
   * What could be read of the trainee's certificates the claims document set aside (`ClaimsDocument.unreadCertificates`):
   * a rule that reads the certificate history asks for one that may be an earlier certificate of the occupation and level
   * it judges rather than read the history as complete (reading earlier-certificate-unreadable). {@link decideBatch} gives
   * them to every claim of the trainee.
   */
  readonly unreadCertificates?: readonly UnreadCertificate[];
  /**
   * The claims document's courses by id, for a rule that reads what an earlier grant names: a
   * living-allowance grant kept without its days that names a course of the same trainee held here
   * paid days of that course alone (reading earlier-grant-says-what-it-paid). Absent, such a grant
   * may have paid any day up to its basis date. {@link decideBatch} gives it to every claim that
   * names a course.
   */
  readonly courses?: ReadonlyMap<string, Course>;
  /**
   * The trainee's claims judged before this one in the same batch and held undecidable
   * ({@link decideBatch} fills it): while undecided, a held claim keeps the place it may take —
   * one of the year's training subsidies (gbf2019.annual-cap), the one subsidy of an occupation
   * at a level (gbf2019.no-repeat) — so a later claim that needs that place is held too, naming
   * it, not paid on the guess that it fails (reading claim-order-by-issue-date). Absent or empty:
   * none is held.
   */
  readonly heldClaims?: readonly HeldClaim[];
  /**
   * The claims of the document that name the same training package as this package-grant claim (this one among them),
   * in document order ({@link decideBatch} fills it for every `trainingPackageGrant` claim naming a package): claims of
   * different claimants on one package leave the commissioned developer (「委托」) to a record the claims do not hold, so
   * none of them is paid on the order they were filed in (reading package-grant-per-package). Absent: the claim is
   * judged alone.
   */
  readonly packageClaims?: readonly Claim[];
}

/** Options of {@link evaluateClaim}. */
export interface EvaluateOptions {
  /**
   * The date the claim is judged on; defaults to the claim's `submittedOn`. A claim judged before the
   * record its measure pays on (an apprenticeship subsidy's apprenticeship, a living allowance's course's
   * first day; none for work-for-training or a package grant; else a certificate's issue, else a course's
   * last day, else an apprenticeship's first day) is denied `judged_before_basis` (reading
   * plausible-record-dates); a living allowance judged during its course, on the day given or by default
   * on its filing date, is held `undecidable` (`course_not_ended`) until the course has ended (reading
   * living-allowance-during-course).
   */
  readonly on?: CivilDate;
  /**
   * `false` leaves the decision's `trace` empty: the same outcome, amount, lines,
   * reasons and provenance, without the record of every rule and parameter read.
   * For batch runs that only need the answers; defaults to `true`.
   */
  readonly trace?: boolean;
}

/**
 * Adds the Chinese and English messages to a reason.
 * @example
 * const r = explainReason({ code: "living_allowance_days", citation: cite("jx2019.living-allowance", "四(三)四"), facts: { days: 7, rate: ["50.00"] } });
 * r.message.en // → "50.00 yuan per training day for 7 days"
 * r.message.zh // → "培训期间按每人每天 50.00 元标准，计 7 天"
 * @throws SkillsSubsidyError `invalid_argument` naming `reason.code` for a code the library does not have, or
 * `reason.facts` when the facts are not an object or lack one the message needs.
 */
export function explainReason(reason: Reason): ExplainedReason {
  // Checked here, at the public entry; the engine explains its own reasons unchecked (cold review 110 F12, F14).
  checkArgument(isObject(reason), "reason", { zh: "理由（含 code、citation、facts 的对象）", en: "a reason (an object with code, citation and facts)" }, reason);
  const code = reason["code"];
  checkArgument(typeof code === "string" && Object.hasOwn(en.reasons, code), "reason.code", { zh: "理由代码（如 living_allowance_days；见 REASON_CODES）", en: "a reason code (such as living_allowance_days; see REASON_CODES)" }, code);
  checkArgument(isObject(reason.facts), "reason.facts", { zh: "该理由的事实（对象）", en: "the reason's facts (an object)" }, reason.facts);
  const explained = explain(reason);
  // A fact the message needs and the reason lacks would be written "undefined" into both languages.
  checkArgument(!explained.message.en.includes("undefined") && !explained.message.zh.includes("undefined"), "reason.facts", { zh: `理由 ${code} 的消息所需的事实`, en: `the facts the message of ${code} needs` }, reason.facts, { zh: "（缺少其中一些：消息无法写出）", en: " (some are missing: the message cannot be written)" });
  return explained;
}

/** Adds the messages to a reason the engine made (unchecked: the public `explainReason` checks a caller's). */
function explain(reason: Reason): ExplainedReason {
  // The message tables are typed per code (ReasonMessages); a union of codes cannot say that the code and the facts go together, so the facts are passed as the code's.
  const facts = reason.facts as never;
  const writers = messageWriters(reason.code);
  // A literal of fixed shape, not a spread: reasons come in many shapes and spreading them is a slow path.
  return { code: reason.code, citation: reason.citation, facts: reason.facts, message: { zh: writers.zh(facts), en: writers.en(facts) } } as ExplainedReason;
}

/** A code's two message writers, as the locale tables (module constants, never changed) give them. */
type MessageWriters = { readonly zh: (facts: never) => string; readonly en: (facts: never) => string };

/**
 * Each code's message writers, read from the tables on the code's first reason. A table of a hundred and more codes is
 * read by code slowly (about 300 instructions a reason for the two, 2026-12-07); a map answers in a fraction of that.
 */
const MESSAGE_WRITERS = new Map<string, MessageWriters>();

function messageWriters(code: Reason["code"]): MessageWriters {
  let writers = MESSAGE_WRITERS.get(code);
  if (writers === undefined) {
    writers = { zh: zh.reasons[code] as (facts: never) => string, en: en.reasons[code] as (facts: never) => string };
    MESSAGE_WRITERS.set(code, writers);
  }
  return writers;
}

/**
 * The provision the engine's own refusals and holds cite (a claim filed twice, a record missing, a measure not provided):
 * the scope of the last layer that makes or changes rules or declares provisions — not of a layer that only supplies
 * values (a catalogue's editions, a reform's patches), whose clause says nothing of such a claim (cold audit 11a) — among
 * those whose text governs `date`, what the claim is for (its basis date), else the day judged.
 */
function scopeOf(policy: Policy, date: string) {
  for (let i = policy.layers.length - 1; i > 0; i--) {
    const l = policy.layers[i] as Layer;
    // on a day before a layer's text governs, the text above it is the one in force (cold reviews 89 F5, 100 F2)
    if (!onlyValues(l) && governsOn(l, date)) return l.scope;
  }
  return (policy.layers[0] as Layer).scope;
}

/** True for a layer that only overrides parameters' values. */
function onlyValues(l: Layer): boolean {
  return (l.parameterOverrides?.length ?? 0) > 0 && !l.parameters?.length && !l.rules?.length && !l.measures?.length && !l.ruleOverrides?.length && !l.extensions?.length && !l.constraints?.length;
}

const stamps = new WeakMap<Policy, Provenance["policy"]>();

/** The policy part of a provenance stamp, written once per policy and shared by its decisions (read-only). */
function policyStamp(policy: Policy): Provenance["policy"] {
  let stamp = stamps.get(policy);
  if (stamp === undefined) {
    stamp = Object.freeze({ id: policy.id, hash: policy.hash, layers: Object.freeze(layerIds(policy.layers)) });
    stamps.set(policy, stamp);
  }
  return stamp;
}

/**
 * A granted finding whose lines come to nothing is a denial (`nothing_to_pay`): a
 * decision never reports 0.00 as granted, whatever the measure.
 */
function refuseZero(policy: Policy, finding: Finding, lines: readonly Line[], on: CivilDate): Finding {
  if (finding.outcome !== "granted") return finding;
  // The total as the decision would report it: the lines rounded once each, then summed.
  const total = lines.length === 1 ? amount(lines[0]!.amount) : sum(lines.map((l) => amount(l.amount)));
  if (total.greaterThan(0)) return finding;
  const citation = finding.lines[finding.lines.length - 1]?.citation ?? scopeOf(policy, on);
  return { ...finding, outcome: "denied", payee: null, lines: [], reasons: [...finding.reasons, { code: "nothing_to_pay", citation, facts: { amount: total.toFixed(2) } }] };
}

function finish(policy: Policy, claim: Claim, on: CivilDate, raw: Finding, evaluation: Evaluation | null): Decision {
  // Each line rounded once (refuseZero reads the same rounded lines).
  const rounded = raw.outcome === "granted" ? raw.lines.map(finishLine) : [];
  const finding = refuseZero(policy, raw, rounded, on);
  const lines = finding.outcome === "granted" ? rounded : [];
  // One line is its own total (already rounded); several are summed exactly.
  const total = finding.outcome === "granted" ? (lines.length === 1 ? lines[0]!.amount : yuanOf(sum(lines.map((l) => amount(l.amount))))) : finding.outcome === "denied" ? "0.00" : null;
  return {
    claimId: claim.id,
    measure: claim.measure,
    outcome: finding.outcome,
    payee: finding.outcome === "granted" ? finding.payee : null,
    amount: total,
    lines,
    reasons: finding.reasons.map(explain),
    missingFacts: finding.missingFacts,
    trace: evaluation?.steps ?? [],
    provenance: { library: "skills-subsidy", version: VERSION, policy: policyStamp(policy), judgedOn: on },
  };
}

/** A finding with one reason and no lines (for a rule that denies or cannot decide). */
export function plainFinding(outcome: Finding["outcome"], reason: Reason, missingFacts: readonly string[] = []): Finding {
  return { outcome, payee: null, lines: [], reasons: [reason], missingFacts };
}

/**
 * Decides one claim under a policy: never throws for an ineligible or incomplete claim
 * (that is a `denied` or `undecidable` decision), only for a programming fault.
 * @example
 * // a 两后生 from a rural family, 7 days attended in Jiaxing in March 2020 (jx2019.living-allowance):
 * const d = evaluateClaim(jiaxingPolicy(), input({ claim: claim({ courseId: "C1" }), trainee: trainee({ statuses: ["nonContinuingGraduate", "rural"] }), course: course() }));
 * [d.outcome, d.amount] // → ["granted","350.00"]
 * d.lines[0]?.citation.provision // → "jx2019.living-allowance"
 * // the same claim for a trainee in none of the groups:
 * evaluateClaim(jiaxingPolicy(), input({ claim: claim({ courseId: "C1" }), trainee: trainee(), course: course() })).reasons.map((r) => r.code) // → ["not_in_living_allowance_group"]
 * @throws SkillsSubsidyError `invalid_argument` (naming the argument and field in `facts`) when `policy` is not a policy,
 * `input` has no claim, trainee or ledger, or `options.on` is not a date `YYYY-MM-DD` that exists.
 */
export function evaluateClaim(policy: Policy, input: ClaimInput, options: EvaluateOptions = {}): Decision {
  checkPolicy(policy);
  checkClaimInput(input);
  checkClaimRecords(input as unknown as Record<string, unknown>);
  checkOptions(options);
  return evaluateWithFinding(policy, input, options).decision;
}

/** The ledger entry a granted decision adds. */
export function grantOf(claim: Claim, decision: Decision, finding: Pick<Finding, "basis">): Grant | null {
  if (decision.outcome !== "granted" || decision.payee === null || decision.amount === null) return null;
  const basis = finding.basis;
  const grant: { -readonly [K in keyof Grant]: Grant[K] } = {
    id: claim.id,
    claimId: claim.id,
    traineeId: claim.traineeId,
    measure: claim.measure,
    provision: decision.lines[0]?.citation.provision ?? decision.reasons[0]?.citation.provision ?? "unknown.provision",
    payee: decision.payee as Payee,
    amount: decision.amount,
    basisDate: basis?.date ?? claim.submittedOn,
  };
  // Optional keys assigned in order rather than spread in (a slow path in V8).
  if (basis?.occupationCode !== undefined) grant.occupationCode = basis.occupationCode;
  if (basis?.level !== undefined) grant.level = basis.level as NonNullable<Grant["level"]>;
  if (claim.courseId !== undefined) grant.courseId = claim.courseId;
  if (claim.certificateId !== undefined) grant.certificateId = claim.certificateId;
  if (claim.apprenticeshipId !== undefined) grant.apprenticeshipId = claim.apprenticeshipId;
  if (claim.trainingPackage !== undefined) grant.trainingPackageId = claim.trainingPackage.id;
  if (basis?.months !== undefined) grant.months = [...basis.months];
  if (basis?.keys !== undefined && basis.keys.length > 0) grant.basisKeys = [...basis.keys];
  // the course the rule judged the basis trained on (the insured skill-upgrade subsidy's), as a key of the grant only — a later
  // claim of the other measure on that course reads it (「或」, cold reviews 70 F1/F4 and 71 F1); not a key the claim is judged by
  if (basis?.courseId !== undefined) grant.basisKeys = [...(grant.basisKeys ?? []), payOnceKey(claim.measure, claim.traineeId, "course", basis.courseId)];
  return grant;
}

/** What {@link evaluateBatch} returns. */
export interface BatchResult {
  /** One decision per distinct claim id, in the order the claims were judged. */
  readonly decisions: readonly Decision[];
  /** The prior ledger with this batch's grants added. */
  readonly ledger: Ledger;
  /** The grants this batch added. */
  readonly grants: readonly Grant[];
}

/**
 * Facts about claim ids that come from outside the document, for a caller that splits
 * one batch into parts by trainee (the command line does, to keep memory bounded).
 * Claims of one trainee never compete with another trainee's, so such a split decides
 * exactly as the whole batch would, given these three facts about claim ids shared
 * between parts.
 */
export interface ClaimsElsewhere {
  /** Ids another part holds with different content, or a prior grant of another trainee another part holds: decided here as `claim_conflict`. */
  readonly conflicting?: ReadonlySet<string>;
  /** Ids whose one decision another part reports: not decided here. */
  readonly reportedElsewhere?: ReadonlySet<string>;
  /** Ids paid in a prior ledger that another part holds, for this part's trainee: decided here as `duplicate_claim`. */
  readonly paid?: ReadonlySet<string>;
  /**
   * Ids a prior grant set aside as invalid names, the grant held by another part or by none (its trainee unreadable),
   * each with the grant's name, or the names of every such grant in the order they were read (a single name is a list of
   * one): held here as if those grants were in this document (reading earlier-grant-unreadable). A held claim names at
   * most ten grants; ids are read in code-unit order, so the names a claim gets do not depend on the map's order.
   */
  readonly unread?: ReadonlyMap<string, string | readonly string[]>;
  /**
   * Of the ids in {@link ClaimsElsewhere.unread}, those whose grants all name a trainee that can be read (held by
   * another part): the claim alone is held here. In one document such a grant holds its own trainee's claims and the
   * claim it names, not the other claims of that claim's trainee; only a grant whose trainee cannot be read holds the
   * trainee of the claim it names (reading earlier-grant-unreadable; cold review 45).
   */
  readonly unreadClaimOnly?: ReadonlySet<string>;
  /**
   * Ids that a prior grant which cannot be read as one record (a line cut short, a row of the wrong width …) may name as
   * its trainee, each with the grant's name or the names of every such grant in the order they were read (as in
   * {@link ClaimsElsewhere.unread}): every claim of such a trainee here is held, as the trainee an invalid grant names is
   * (reading earlier-grant-unreadable; cold review 57: the grant's pieces held the claim it named but not its trainee, and
   * next month's claim on the same certificate was paid again; cold review 58: two such grants named only the last).
   */
  readonly unreadTrainees?: ReadonlyMap<string, string | readonly string[]>;
  /**
   * Ids of prior grants another part holds that a grant made here may not take: one equal to a claim id here (that claim's
   * grant is given an id of its own, as a grant whose claim id a prior grant's id is), or one that is a claim id here
   * followed by `:` and digits (the id a claim judged again here would take). Read as the prior ledger's own grant ids
   * are (reading claim-id-reused; cold review 95 F1: a split run gave two grants one id).
   */
  readonly grantIds?: ReadonlySet<string>;
  /** Claim ids another part holds that are a claim id here followed by `:` and digits: a claim judged again here does not take them as its grant's id. */
  readonly claimIds?: ReadonlySet<string>;
}

/** One copy of a claim id in one part of a split batch: a claim (with its content) or a prior grant. */
export interface ClaimIdCopy {
  /** The part that holds it. */
  readonly part: number;
  /** The trainee of the claim or grant. */
  readonly traineeId: string;
  /** The claim's content (any text equal exactly when {@link claimContentKey}s are); `null` for a grant of the prior ledger. */
  readonly content: string | null;
}

/**
 * The batch's rules for one claim id, for a caller that splits a batch into parts: which
 * {@link ClaimsElsewhere} fact each part needs so that the parts together decide as the
 * whole batch would. As within one document: copies with different contents are one
 * `claim_conflict` decision, made by the part of the least (trainee id, content) copy;
 * copies with one content are decided once, by that part; every other part holding a
 * copy leaves it to that one (`reportedElsewhere`); a claim id paid in a prior ledger
 * held by another part is a `duplicate_claim` (`paid`) when the grant is the deciding copy's
 * trainee's, else a `claim_conflict` (`conflicting`: the grant records another claim, reading
 * claim-id-reused). Parts needing no fact are absent (all of them when every copy is in one
 * part: that part sees them all).
 * @example
 * [...claimIdFacts([{ part: 0, traineeId: "P-2", content: "a" }, { part: 1, traineeId: "P-1", content: "b" }])] // → [[1,"conflicting"],[0,"reportedElsewhere"]]
 * [...claimIdFacts([{ part: 0, traineeId: "P-1", content: "a" }, { part: 1, traineeId: "P-1", content: null }])] // → [[0,"paid"]]
 * [...claimIdFacts([{ part: 0, traineeId: "P-1", content: "a" }, { part: 1, traineeId: "P-9", content: null }])] // → [[0,"conflicting"]]
 * [...claimIdFacts([{ part: 0, traineeId: "P-1", content: "a" }, { part: 0, traineeId: "P-1", content: "b" }])] // → []
 */
export function claimIdFacts(copies: readonly ClaimIdCopy[]): Map<number, keyof ClaimsElsewhere> {
  const facts = new Map<number, keyof ClaimsElsewhere>();
  let first: (ClaimIdCopy & { content: string }) | undefined;
  const contents = new Set<string>();
  for (const copy of copies) {
    if (copy.content === null) continue;
    contents.add(copy.content);
    if (first === undefined || (byString(copy.traineeId, first.traineeId) || byString(copy.content, first.content)) < 0) first = copy as ClaimIdCopy & { content: string };
  }
  if (first === undefined) return facts;
  const deciding = first.part;
  if (copies.every((c) => c.part === deciding)) return facts;
  const grantsElsewhere = copies.filter((c) => c.content === null && c.part !== deciding);
  if (contents.size > 1 || grantsElsewhere.some((g) => g.traineeId !== first.traineeId)) facts.set(deciding, "conflicting");
  else if (grantsElsewhere.length > 0) facts.set(deciding, "paid");
  for (const copy of copies) if (copy.content !== null && copy.part !== deciding) facts.set(copy.part, "reportedElsewhere");
  return facts;
}

/** Options of {@link evaluateBatch} and {@link decideBatch}. */
export interface BatchOptions extends EvaluateOptions {
  /** Facts about claim ids held by other parts of a split batch. */
  readonly elsewhere?: ClaimsElsewhere;
  /**
   * The order the decisions come in; it never changes a decision or a grant, nor which
   * grants the ledger holds (`ledger.grants()` lists trainees in the order they were first
   * paid, so that list's order follows). Any other value is an `invalid_argument` error.
   * - `"judged"` (the default): the whole batch by basis date, then filing date, then claim id — the order
   *   the claims are judged in (reading: claim-order-by-issue-date).
   * - `"trainee"`: trainee by trainee — each trainee's claims together, in that judged
   *   order among themselves; trainees in the order the document lists them (then the
   *   claims whose trainee it lacks, by trainee id as first met). Claims of different
   *   trainees never compete, save for a training package, the one basis no person owns
   *   (reading: pay-once-basis; the command line splits a batch by trainee on the same
   *   ground): trainees whose claims name one package are taken as one, their claims in
   *   judged order together.
   *   Faster on a large batch (each trainee's records are read together, and no global
   *   sort), for a caller that does not need the whole batch in one order.
   */
  readonly order?: "judged" | "trainee";
}

/** One step of a batch: the claim judged, the date it competed on, its decision and the grant it added. */
export interface BatchStep {
  /** The claim judged. */
  readonly claim: Claim;
  /**
   * The date it competed on (reading claim-order-by-issue-date): the first day of an apprenticeship subsidy's
   * apprenticeship's latest year begun, a work-for-training claim's first month claimed the prior ledger has not paid and
   * the provision is in force on,
   * else the certificate's issue date, else the course's end date, else the filing date.
   */
  readonly basisDate: string;
  /** Its decision. */
  readonly decision: Decision;
  /** The grant it added to the ledger, when granted. */
  readonly grant: Grant | null;
}

/**
 * A claim's content as one string: keys sorted and fields set to `undefined` left out (as
 * JSON leaves them out), so two copies compare equal exactly when their contents are.
 * @example claimContentKey(claim({ id: "A" })) === claimContentKey(claim({ id: "A" })) // → true
 */
export function claimContentKey(claim: Claim): string {
  return canonical(claim);
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  // A field set to undefined is absent, as in JSON: `{ courseId: undefined }` is the content of `{}`.
  const keys = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The claims of a document as {@link judgedOrder} lists them: one column per fact, position `i` of every column about the
 * `i`-th claim judged — the claim, whether its id conflicts, whether the prior ledger (or another part's) paid its id, its
 * basis date, the course, certificate and trainee it names (looked up once), and, for a claim that names a certificate or a
 * course, the trainee's certificates in the document. Columns rather than an object per claim: a large batch's order lives
 * as long as the batch, and a few arrays of references are cheaper to keep (and for the collector to pass over) than an
 * object per claim.
 */
interface JudgedColumns {
  readonly length: number;
  readonly claims: Claim[];
  readonly conflict: Uint8Array;
  readonly paid: Uint8Array;
  readonly basis: string[];
  readonly course: (Course | undefined)[];
  readonly certificate: (Certificate | undefined)[];
  readonly trainee: (Trainee | undefined)[];
  readonly certificates: (readonly Certificate[] | undefined)[];
}

function judgedColumns(length: number): JudgedColumns {
  return {
    length,
    claims: new Array<Claim>(length),
    conflict: new Uint8Array(length),
    paid: new Uint8Array(length),
    basis: new Array<string>(length),
    course: new Array<Course | undefined>(length),
    certificate: new Array<Certificate | undefined>(length),
    trainee: new Array<Trainee | undefined>(length),
    certificates: new Array<readonly Certificate[] | undefined>(length),
  };
}

/**
 * For each certificate that claims of the batch name together with a course of its trainee training it (`trainedOn`), that
 * course, or `null` when they name several. A training subsidy on the certificate alone is judged with it when it is recorded
 * free (reading course-free-to-trainee; cold review 111 F3).
 */
function coursesTied(claims: Iterable<Claim>, document: ClaimsDocument): Map<string, Course | null> {
  const tied = new Map<string, Course | null>();
  for (const claim of claims) {
    if (claim.certificateId === undefined || claim.courseId === undefined) continue;
    const certificate = document.certificates.get(claim.certificateId);
    const course = document.courses.get(claim.courseId);
    if (certificate === undefined || course === undefined || certificate.courseId !== undefined || !trainedOn(course, certificate)) continue;
    const seen = tied.get(certificate.id);
    tied.set(certificate.id, seen === undefined || seen?.id === course.id ? course : null);
  }
  return tied;
}

/**
 * The claims of a document in the order they are judged (reading: claim-order-by-issue-date): basis
 * date, then filing date, then claim id, over the whole document or trainee by trainee ({@link BatchOptions.order}); one entry per claim id. Copies of one id with different
 * contents are one entry marked `conflict`, represented by the copy with the least
 * (trainee id, content), so the choice never depends on the input order.
 */
function judgedOrder(policy: Policy, document: ClaimsDocument, elsewhere: ClaimsElsewhere, order: BatchOptions["order"], paidBefore: ReadonlyMap<string, Grant | Grant[]> | null, on: CivilDate | undefined, prior: Ledger): JudgedColumns {
  // One claim per id (the copy that represents it). A claim's content key is written only
  // when its id is seen twice, and kept, with whether the copies differ, for those ids alone.
  const byId = new Map<string, Claim>();
  let copies: Map<string, { key: string; conflict: boolean }> | null = null;
  for (const claim of document.claims) {
    if (elsewhere.reportedElsewhere?.has(claim.id) === true) continue;
    const seen = byId.get(claim.id);
    if (seen === undefined) {
      byId.set(claim.id, claim);
      continue;
    }
    copies ??= new Map();
    let copy = copies.get(claim.id);
    if (copy === undefined) {
      copy = { key: canonical(seen), conflict: false };
      copies.set(claim.id, copy);
    }
    const key = canonical(claim);
    if (copy.key !== key) {
      copy.conflict = true;
      const order = byString(claim.traineeId, seen.traineeId) || byString(key, copy.key);
      if (order < 0) {
        byId.set(claim.id, claim);
        copy.key = key;
      }
    }
  }
  // What the judging loop reads of each claim's records is looked up here, in document order: the loop visits
  // claims in judged order, all over the document, where each lookup would be a miss of the processor's cache.
  const found = judgedColumns(byId.size);
  let certificatesByTrainee: Map<string, Certificate[]> | null = null;
  let coursesByTrainee: Map<string, Course[]> | null = null;
  let tiedCourses: Map<string, Course | null> | null = null;
  let i = 0;
  for (const claim of byId.values()) {
    found.claims[i] = claim;
    if (elsewhere.conflicting?.has(claim.id) === true || copies?.get(claim.id)?.conflict === true) found.conflict[i] = 1;
    const certificate = claim.certificateId === undefined ? undefined : document.certificates.get(claim.certificateId);
    let course = claim.courseId !== undefined ? document.courses.get(claim.courseId) : courseOfCertificate(document.courses, certificate);
    // A training subsidy whose claim and certificate name no course is judged with the course recorded free that the batch's
    // other claims tie to the certificate (the one course they name with it), else with her only course of the certificate's
    // occupation when that is free: the free training is the organiser's to be paid for, whoever files first (reading
    // course-free-to-trainee; cold review 111 F3, second look 111 Q3; cold review 112 F1a).
    if (course === undefined && certificate !== undefined && claim.courseId === undefined && certificate.courseId === undefined && claim.measure === "trainingSubsidy") {
      tiedCourses ??= coursesTied(byId.values(), document);
      const tied = tiedCourses.get(certificate.id);
      if (tied === undefined) {
        // no claim ties the certificate to a course: her only course of its occupation, when that is free
        coursesByTrainee ??= recordsOfTrainees(document.courses);
        const trained = (coursesByTrainee.get(certificate.traineeId) ?? []).filter((c) => trainedOn(c, certificate));
        if (trained.length === 1 && trained[0]?.pricing === "free") course = trained[0];
      } else if (tied !== null && tied.pricing === "free") course = tied;
    }
    found.certificate[i] = certificate;
    found.course[i] = course;
    found.basis[i] = competesOn(policy, claim, on ?? claim.submittedOn, certificate, course, document.apprenticeships, prior);
    // A claim id a prior grant was paid on: the same claim refiled (`duplicate_claim`), or, where a grant under the id records
    // another claim, a conflict of ids (reading claim-id-reused; cold review 75 F3), as two contents of one id in a document are.
    const before = paidBefore?.get(claim.id);
    if (before !== undefined && anyContradicts(before, claim, certificate, course)) found.conflict[i] = 1;
    else if (before !== undefined && asksUnpaid(before, claim, course)) {
      // judged: a 以工代训 claim refiled asking months its grants did not pay (held for a standard, not begun), a living allowance
      // days of its course they did not pay; their keys refuse what they paid (reading claim-id-reused; cold reviews 87 F1, 89 F1:
      // the held months and days were refused in silence)
    } else if (before !== undefined || elsewhere.paid?.has(claim.id) === true) found.paid[i] = 1;
    const trainee = document.trainees.get(claim.traineeId);
    found.trainee[i] = trainee;
    if ((certificate !== undefined || course !== undefined) && trainee !== undefined) {
      certificatesByTrainee ??= recordsOfTrainees(document.certificates);
      found.certificates[i] = certificatesByTrainee.get(trainee.id) ?? NO_CERTIFICATES;
    }
    i++;
  }
  const positions = order === "trainee" ? byTrainee(document, found) : byBasisThenId(found);
  // The columns again, in judged order: the judging loop then reads each column in the order it lies in memory
  // (read through the positions, every claim's facts would be a miss of the processor's cache).
  const out = judgedColumns(found.length);
  for (let at = 0; at < positions.length; at++) {
    const from = positions[at] as number;
    out.claims[at] = found.claims[from] as Claim;
    out.conflict[at] = found.conflict[from] as number;
    out.paid[at] = found.paid[from] as number;
    out.basis[at] = found.basis[from] as string;
    out.course[at] = found.course[from];
    out.certificate[at] = found.certificate[from];
    out.trainee[at] = found.trainee[from];
    out.certificates[at] = found.certificates[from];
  }
  return out;
}

/**
 * The date claims of one person compete in (reading claim-order-by-issue-date): the date of what the claim is for — for
 * an apprenticeship subsidy, the first day of the latest year of its apprenticeship (twelve months from the record's
 * first day, then each twelve after) begun on the day the claim is judged, the year it can pay at the latest; for
 * work-for-training, its first month claimed that the prior ledger has not paid and the provision is in force on (cold
 * reviews 74 and 76: not the filing date, so that the first years and months are the ones paid whatever the claims are
 * called or when they were filed) —
 * else a certificate's issue date, else a course's last day, else the filing date.
 */
function competesOn(policy: Policy, claim: Claim, on: string, certificate: Certificate | undefined, course: Course | undefined, apprenticeships: ClaimsDocument["apprenticeships"], ledger: Ledger): string {
  if (claim.measure === "apprenticeshipSubsidy" && claim.apprenticeshipId !== undefined) {
    const apprenticeship = apprenticeships.get(claim.apprenticeshipId);
    if (apprenticeship !== undefined) return yearBegunOn(apprenticeship.startDate, apprenticeship.endDate, on);
  }
  if (claim.measure === "workForTrainingSubsidy" && claim.months !== undefined && claim.months.length > 0) {
    // the first month the prior ledger has not paid the person and the provision is in force on (cold review 76 F2: a month
    // paid before, listed again at a claim's head, put it before a claim of earlier unpaid months; F2b and review 84 F1: so
    // did a month the rule cannot pay); no such month, the first not paid; every month paid, the first month
    let first: string | undefined;
    let unpaid: string | undefined;
    let any = claim.months[0] as string;
    for (const month of claim.months) {
      if (month < any) any = month;
      if (ledger.paidOn(payOnceKey("workForTrainingSubsidy", claim.traineeId, "month", month)).length > 0) continue;
      if (unpaid === undefined || month < unpaid) unpaid = month;
      if ((first === undefined || month < first) && !beforeProvision(policy, month)) first = month;
    }
    return `${first ?? unpaid ?? any}-01`;
  }
  return certificate !== undefined ? certificate.issuedOn : course !== undefined ? course.endDate : claim.submittedOn;
}

/**
 * Whether a work-for-training month is one the rule cannot pay: on its first day the most months (`workForTraining.maxMonths`)
 * or the monthly standard (`workForTraining.monthlyRate`) is not in force, for whatever reason — not yet, or a standard a
 * city sets later over a national declaration with none (cold review 84 F1: "no values", not "not yet"), or ended.
 */
function beforeProvision(policy: Policy, month: string): boolean {
  for (const id of WORK_FOR_TRAINING_BEGINS) {
    const chain = policy.parameterChains.get(id);
    if (chain === undefined) continue;
    if (!isResolved(resolveParameterOn(policy, chain.parameter, `${month}-01` as CivilDate))) return true;
  }
  return false;
}

const WORK_FOR_TRAINING_BEGINS = ["workForTraining.maxMonths", "workForTraining.monthlyRate"] as const;

/**
 * The first day of the latest year of a record from `start` to `end` begun on `on` (its first year's first day when `on`
 * is before the second's), the years counted as the apprenticeship subsidy's (`recordYears`): year k begins the day after
 * the 12k-th month from `start` ends ({@link monthEnd}), and a last piece of under a whole month is no year.
 */
function yearBegunOn(start: CivilDate, end: CivilDate, on: string): string {
  let begun: string = start;
  for (let k = 1; k < 200; k++) {
    const first = addDays(monthEnd(start, 12 * k), 1);
    if (first > on || first > end || monthEnd(first, 1) > end) break;
    begun = first;
  }
  return begun;
}

/**
 * Two claims of one basis date, in judged order: the one filed first (`submittedOn`), then by claim id (cold review 106:
 * by id alone, which of two claims on one certificate, or on one day's certificates, was paid followed the spelling of
 * their ids, where first filed, first judged is what a chain of runs by filing date does). Ids never tie: one entry per id.
 */
function filedThenId(a: Claim, b: Claim): number {
  return a.submittedOn !== b.submittedOn ? (a.submittedOn < b.submittedOn ? -1 : 1) : a.id < b.id ? -1 : 1;
}

/**
 * The judged order, as positions in `found`: basis date, then filing date, then claim id. Sorted in two steps rather than
 * by one comparison over every claim: claims are bucketed by basis date (a few hundred days), the days sorted, and each
 * day's claims sorted by {@link filedThenId}. The same order, with far fewer comparisons.
 */
function byBasisThenId(found: JudgedColumns): Uint32Array {
  const byDay = new Map<string, number[]>();
  for (let i = 0; i < found.length; i++) {
    const basis = found.basis[i] as string;
    const day = byDay.get(basis);
    if (day === undefined) byDay.set(basis, [i]);
    else day.push(i);
  }
  const days = [...byDay.keys()].sort(byString);
  const out = new Uint32Array(found.length);
  let at = 0;
  const byId = (a: number, b: number) => filedThenId(found.claims[a] as Claim, found.claims[b] as Claim);
  for (const basis of days) {
    const day = byDay.get(basis) as number[];
    if (day.length > 1) day.sort(byId);
    for (const i of day) out[at++] = i;
  }
  return out;
}

/**
 * The `"trainee"` order ({@link BatchOptions.order}), as positions in `found`: each group of trainees in judged
 * order, groups in the order the document lists their first trainee (then trainees it
 * lacks, as first met). A group is one trainee, or the trainees whose claims name one
 * training package (trainingPackageGrant|*|package …, the one basis no person owns:
 * reading pay-once-basis), joined (union–find).
 */
function byTrainee(document: ClaimsDocument, found: JudgedColumns): Uint32Array {
  // Trainees joined by a package their claims name: each trainee's representative.
  const joined = new Map<string, string>();
  const root = (t: string): string => {
    let r = t;
    for (let up = joined.get(r); up !== undefined && up !== r; up = joined.get(r)) r = up;
    if (r !== t) joined.set(t, r);
    return r;
  };
  const packages = new Map<string, string>();
  for (let i = 0; i < found.length; i++) {
    const claim = found.claims[i] as Claim;
    const pkg = claim.trainingPackage?.id;
    if (pkg === undefined) continue;
    const first = packages.get(pkg);
    if (first === undefined) packages.set(pkg, claim.traineeId);
    else {
      const a = root(first);
      const b = root(claim.traineeId);
      if (a !== b) joined.set(b, a);
    }
  }
  const groups = new Map<string, number[]>();
  for (let i = 0; i < found.length; i++) {
    const key = root((found.claims[i] as Claim).traineeId);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [i]);
    else group.push(i);
  }
  // Basis date, then filing date, then claim id (ids never tie: one entry per claim id).
  const judgedBefore = (a: number, b: number) => {
    const x = found.basis[a] as string;
    const y = found.basis[b] as string;
    return x < y ? -1 : x > y ? 1 : filedThenId(found.claims[a] as Claim, found.claims[b] as Claim);
  };
  const out = new Uint32Array(found.length);
  let at = 0;
  const take = (traineeId: string) => {
    const key = root(traineeId);
    const group = groups.get(key);
    if (group === undefined) return;
    groups.delete(key);
    if (group.length > 1) group.sort(judgedBefore);
    for (const i of group) out[at++] = i;
  };
  for (const traineeId of document.trainees.keys()) take(traineeId);
  // Claims whose trainee the document lacks (decided as missing_record), as first met.
  for (const key of [...groups.keys()]) take(key);
  return out;
}

const NO_NAMES: readonly never[] = /* @__PURE__ */ Object.freeze([]);
export { UNREAD_NAMED };
/**
 * A map of {@link ClaimsElsewhere} as `[id, names]` pairs: ids in code-unit order (a map filled in another order — one
 * part's or slice's facts, the whole input read in memory — names the same grants in the same order), each id's names
 * in the order given, a single name as a list of one.
 */
function namesById(map: ReadonlyMap<string, string | readonly string[]> | undefined): readonly (readonly [string, readonly string[]])[] {
  if (map === undefined || map.size === 0) return NO_NAMES;
  const out: (readonly [string, readonly string[]])[] = [];
  for (const [id, names] of map) out.push([id, typeof names === "string" ? [names] : names]);
  if (out.length > 1) out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return out;
}
/**
 * The prior grants a document set aside as invalid, by the trainee (`T:id`) and the claim id (`C:id`) each names where
 * readable — a grant whose trainee is unreadable by the trainee of the claim it names too: each grant as its id, else the
 * claim id it names, else its place in the ledger (`#n`, from 1), at most {@link UNREAD_NAMED} to a key. `null` when there
 * are none.
 */
function unreadGrantsOf(document: ClaimsDocument, elsewhere: ClaimsElsewhere): Map<string, string[]> | null {
  const here = document.unreadGrants ?? [];
  // From another part: a grant whose trainee cannot be read (traineeId null: its claim's trainee is held below), or one
  // whose trainee is read and held there (`claimOnly`: the claim alone is held here, as in one document). Every grant an
  // id carries is named (cold review 58: one name per id named only the last of two cut lines).
  const fromElsewhere = namesById(elsewhere.unread).flatMap(([claimId, ids]) => ids.map((id) => ({ index: -1, id, traineeId: null, claimId, claimOnly: elsewhere.unreadClaimOnly?.has(claimId) === true })));
  // A piece of a grant that cannot be read as one record, read as the trainee it may name (claims of that trainee held).
  const asTrainees = namesById(elsewhere.unreadTrainees).flatMap(([traineeId, ids]) => ids.map((id) => ({ index: -1, id, traineeId, claimId: null, claimOnly: true })));
  const unread: readonly (UnreadGrant & { readonly claimOnly?: boolean })[] = fromElsewhere.length === 0 && asTrainees.length === 0 ? here : [...here, ...fromElsewhere, ...asTrainees];
  if (unread.length === 0) return null;
  const out = new Map<string, string[]>();
  // A claim names at most UNREAD_NAMED of the grants that hold it (thousands of damaged grants of one person would
  // otherwise write thousands of names into each of their claims: cold review 36); correcting them shows the rest.
  const note = (key: string, name: string) => {
    const list = out.get(key);
    if (list === undefined) out.set(key, [name]);
    else if (list.length < UNREAD_NAMED && !list.includes(name)) list.push(name);
  };
  let claimsById: Map<string, string[]> | null = null;
  for (const g of unread) {
    const name = g.id ?? g.claimId ?? `#${g.index + 1}`;
    if (g.traineeId !== null) note(`T:${g.traineeId}`, name);
    // Naming neither its claim nor its trainee readably, a grant's own id stands for its claim's: the library writes every
    // grant under its claim's id, and a grant line cut short is read by its pieces alike (cold review 56).
    const claimId = g.claimId ?? (g.traineeId === null ? g.id : null);
    if (claimId === null) continue;
    note(`C:${claimId}`, name);
    if (g.traineeId !== null || g.claimOnly === true) continue;
    // Its trainee unreadable: the trainee of the claim it names, whose other claims it may have paid as well (review 35).
    if (claimsById === null) {
      claimsById = new Map();
      for (const c of document.claims) claimsById.set(c.id, [...(claimsById.get(c.id) ?? []), c.traineeId]);
    }
    for (const t of claimsById.get(claimId) ?? []) note(`T:${t}`, name);
  }
  return out;
}

/** A document's certificates set aside as invalid, by the trainee they name (those naming none readable are no one's); `null` when none. */
function unreadCertificatesByTrainee(document: ClaimsDocument): Map<string, UnreadCertificate[]> | null {
  const list = document.unreadCertificates;
  if (list === undefined || list.length === 0) return null;
  const out = new Map<string, UnreadCertificate[]>();
  for (const c of list) {
    if (c.traineeId === null) continue;
    const held = out.get(c.traineeId);
    if (held === undefined) out.set(c.traineeId, [c]);
    else held.push(c);
  }
  return out;
}

/** The grants of a prior ledger by the claim id they were paid on, `null` when it has none. */
function priorClaimIds(grants: readonly Grant[]): ReadonlyMap<string, Grant | Grant[]> | null {
  if (grants.length === 0) return null;
  const ids = new Map<string, Grant | Grant[]>();
  for (const g of grants) {
    const seen = ids.get(g.claimId);
    ids.set(g.claimId, seen === undefined ? g : Array.isArray(seen) ? [...seen, g] : [seen, g]);
  }
  return ids;
}

/**
 * Whether any of the prior grants paid on a claim's id records another claim ({@link contradicts}). A function of its own,
 * not an arrow in the judging loop: an arrow there naming the loop's `certificate` and `course` has V8 keep them in a
 * context made for every claim, whether or not its id was ever paid (counted on f097fad's build, scripts/bench/icount.mjs,
 * 2026-12-07: 62,961 instructions a lean-decided claim with the arrow, 58,074 with the bundler dropping its unused
 * arguments; on this build, 413 fewer without it).
 */
function anyContradicts(before: Grant | readonly Grant[], claim: Claim, certificate: Certificate | undefined, course: Course | undefined): boolean {
  if (!Array.isArray(before)) return contradicts(before as Grant, claim, certificate, course);
  for (const g of before as readonly Grant[]) if (contradicts(g, claim, certificate, course)) return true;
  return false;
}

/**
 * Whether a prior grant paid on a claim's id records another claim (reading claim-id-reused): another trainee or measure, or
 * another certificate, course, apprenticeship or package where both name one (the grant's by its fields, else by its own
 * keys), another occupation or level where both name one and no common certificate or course (the claim's certificate's
 * or course's: cold reviews 107 F1, 108 F1), or months the
 * claim does not ask. A grant that names none of them (another system's) contradicts nothing it does not name.
 */
function contradicts(grant: Grant, claim: Claim, certificate: Certificate | undefined, course: Course | undefined): boolean {
  const { traineeId, measure, certificateId, courseId, apprenticeshipId } = claim;
  const occupationCodes: string[] = [];
  const levels: string[] = [];
  if (certificate !== undefined) {
    occupationCodes.push(certificate.occupation.code);
    if (certificate.level !== undefined) levels.push(certificate.level);
  }
  if (course !== undefined) {
    occupationCodes.push(course.occupation.code);
    if (course.level !== undefined) levels.push(course.level);
  }
  return (
    namesAnotherClaim(grantBasis(grant), { traineeId, measure, certificateId, courseId, apprenticeshipId, trainingPackageId: claim.trainingPackage?.id, occupationCodes, levels }) ||
    // months the grant paid that the claim does not ask: another quarter's 以工代训 under the id (cold review 80 F1); a claim
    // asking more months than were paid (the rest over a cap) may be the same claim filed again
    (claim.months !== undefined && (monthsPaidBy(grant) ?? []).some((m) => !claim.months?.includes(m)))
  );
}

/**
 * Whether a claim asks what none of the grants paid on its id paid, each saying what it paid (reading claim-id-reused): a
 * 以工代训 claim a month no grant names, a living-allowance claim a known attended day of its course no grant keys. The
 * claim is then judged again, not refused as filed twice.
 */
function asksUnpaid(before: Grant | readonly Grant[], claim: Claim, course: Course | undefined): boolean {
  const grants: readonly Grant[] = Array.isArray(before) ? before : [before as Grant];
  if (claim.measure === "workForTrainingSubsidy") {
    // the months each grant paid, by its `months` or its month keys, as the rule reads them (cold review 90 F4)
    const paid = grants.map(monthsPaidBy);
    if (claim.months === undefined || paid.some((m) => m === undefined)) return false;
    const months = new Set(paid.flat());
    return claim.months.some((m) => !months.has(m));
  }
  if (claim.measure === "livingAllowance" && course !== undefined && course.traineeId === claim.traineeId) {
    // the days each grant keyed under the claim's trainee; a grant keying none (a period, another system's) says too little
    const prefix = payOnceKey("livingAllowance", claim.traineeId, "day", "");
    const keyedBy = grants.map((g) => (g.basisKeys ?? []).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)));
    if (keyedBy.some((days) => days.length === 0)) return false;
    const keyed = new Set(keyedBy.flat());
    const days = knownAttendedDates(course);
    if (days !== null) return days.some((day) => !keyed.has(day));
    // days given by count alone: more days attended than the grants keyed within the course's span leaves some unpaid, which
    // the rule asks the dates of (cold review 93 F1: refused as filed twice, 300.00)
    let inSpan = 0;
    for (const day of keyed) if (day >= course.startDate && day <= course.endDate) inSpan++;
    return course.attendedDays > inSpan;
  }
  return false;
}

/**
 * A grant id for a claim judged again under its id: `<claim id>:2`, `:3` …, the first not in `taken` — the ids of the
 * ledger's grants, the batch's claims (whose grants would take them) and the ids given so far — which it joins. A claim id
 * too long for the suffix within an id's 64 characters is cut, and the cut ends in `.` and eight hex digits of a hash of the
 * whole claim id (`<first characters>.1a2b3c4d:2`), so two long claim ids alike in their first characters take ids of their
 * own, whatever part of a split batch decides them (cold review 98 F1).
 */
function refiledGrantId(claimId: string, taken: Set<string>): string {
  // at most an id's length (64), or no ledger would read the grant and the next run would hold the person's claims for it
  // (found 2026-12-07: 500.00 held)
  const of = (k: number) => {
    const suffix = `:${k}`;
    return claimId.length + suffix.length <= LIMITS.idLength ? `${claimId}${suffix}` : `${claimId.slice(0, LIMITS.idLength - suffix.length - 9)}.${fnv1a(claimId)}${suffix}`;
  };
  let k = 2;
  while (taken.has(of(k))) k++;
  const id = of(k);
  taken.add(id);
  return id;
}

/** FNV-1a, 32 bits, of a string's UTF-16 code units, as eight lowercase hex digits. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

/** The ids a refiled grant's may not be ({@link refiledGrantId}): the prior ledger's grants' and the batch's claims'. */
function takenIds(document: ClaimsDocument, priorGrantIds: ReadonlySet<string>, elsewhere: ClaimsElsewhere): Set<string> {
  const ids = new Set(priorGrantIds);
  for (const c of document.claims) ids.add(c.id);
  for (const id of elsewhere.claimIds ?? []) ids.add(id);
  return ids;
}

/** The prior ledger's grant ids, with those another part holds ({@link ClaimsElsewhere.grantIds}). */
function priorGrantIdsOf(document: ClaimsDocument, elsewhere: ClaimsElsewhere): Set<string> {
  const ids = new Set(document.ledger.map((g) => g.id));
  for (const id of elsewhere.grantIds ?? []) ids.add(id);
  return ids;
}

/** A document's package-grant claims by the package they name (document order). */
function packageClaimsOf(claims: readonly Claim[]): Map<string, Claim[]> {
  const byPackage = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.measure !== "trainingPackageGrant" || c.trainingPackage === undefined) continue;
    const named = byPackage.get(c.trainingPackage.id);
    if (named === undefined) byPackage.set(c.trainingPackage.id, [c]);
    else named.push(c);
  }
  return byPackage;
}

const NO_CERTIFICATES: readonly Certificate[] = /* @__PURE__ */ Object.freeze([]);

/** A document's records (certificates, courses) by the trainee they are of, each list in document order (one pass). */
function recordsOfTrainees<T extends { readonly traineeId: string }>(records: ReadonlyMap<string, T>): Map<string, T[]> {
  const byTrainee = new Map<string, T[]>();
  for (const record of records.values()) {
    const held = byTrainee.get(record.traineeId);
    if (held === undefined) byTrainee.set(record.traineeId, [record]);
    else held.push(record);
  }
  return byTrainee;
}

/**
 * Decides a batch one claim at a time, yielding each step as it is decided, so a
 * caller can write decisions out without holding them all. Same semantics as
 * {@link evaluateBatch}, which collects these steps.
 * @example
 * import { readFileSync } from "node:fs";
 * const document = parseClaimsDocument(JSON.parse(readFileSync("fixtures/jiaxing/claims.json", "utf8")));
 * if (!document.ok) throw new Error("unreadable document");
 * const steps = decideBatch(jiaxingPolicy(), document.value.document);
 * const first = steps.next();
 * first.done ? null : [first.value.claim.id, first.value.basisDate, first.value.decision.outcome] // → ["JX-0004","2019-12-20","undecidable"]
 * @throws SkillsSubsidyError `invalid_argument` at the first step (naming the argument and field in `facts`) when `policy`
 * is not a policy, `document` is not shaped as `parseClaimsDocument` returns one (records by id in Maps, claims and
 * ledger as arrays of objects), or the options are not options (`on` a date that exists, `trace` a boolean, `order`
 * `"judged"` or `"trainee"`, `elsewhere` Sets and Maps). The records themselves are not checked again: parse a document
 * built from JSON first.
 */
export function* decideBatch(policy: Policy, document: ClaimsDocument, options: BatchOptions = {}): Generator<BatchStep, Ledger, undefined> {
  checkPolicy(policy);
  checkDocument(document);
  checkBatchOptions(options);
  const order: unknown = options.order;
  assert(order === undefined || order === "judged" || order === "trainee", "invalid_argument", { zh: `order 应为 "judged" 或 "trainee"，而不是 ${JSON.stringify(order)}`, en: `order must be "judged" or "trainee", not ${JSON.stringify(order)}` }, { argument: "order" });
  const elsewhere = options.elsewhere ?? {};
  const { ledger, add } = growingLedgerOfParsed(document.ledger);
  // Whether a claim id was paid before: the batch judges each claim id once, so the grants
  // it adds (each under the id of a claim judged earlier) never pay the id being judged;
  // only the prior ledger can. Asked of its grants by claim id (a smaller map than the growing ledger's), each compared
  // with the claim of its id (reading claim-id-reused).
  const paidBefore = priorClaimIds(document.ledger);
  // the prior ledger's grant ids (and another part's: ClaimsElsewhere.grantIds), read once, when the first grant is made
  let priorGrantIds: Set<string> | null = null;
  // the ids a refiled grant's may not be, made once a grant needs one, not per grant (made per grant, 8,000
  // refiled claims of a batch took 13.5 s, 1,000 took 0.3 s)
  let taken: Set<string> | null = null;
  // Each trainee's claims held undecidable so far, in judged order: they keep their places (reading claim-order-by-issue-date).
  // Not grants: in no ledger, no `grants`, no report. Claims of one trainee are judged in one order whatever the batch's order
  // or the command line's parts (each trainee's claims in one part), so every way of deciding sees the same held claims.
  const heldOf = new Map<string, HeldClaim[]>();
  let packageClaims: Map<string, Claim[]> | null = null;
  const unread = unreadGrantsOf(document, elsewhere);
  const unreadCertificates = unreadCertificatesByTrainee(document);
  const judged = judgedOrder(policy, document, elsewhere, options.order, paidBefore, options.on, ledger);
  for (let at = 0; at < judged.length; at++) {
    const claim = judged.claims[at] as Claim;
    const basis = judged.basis[at] as string;
    const course = judged.course[at];
    const certificate = judged.certificate[at];
    const held = judged.trainee[at];
    const certificates = judged.certificates[at];
    const conflict = judged.conflict[at] === 1;
    const paid = judged.paid[at] === 1;
    const on = options.on ?? claim.submittedOn;
    let refusal: Finding | null = null;
    if (conflict) refusal = plainFinding("denied", { code: "claim_conflict", citation: scopeOf(policy, basis), facts: { claimId: claim.id } });
    else if (paid) refusal = plainFinding("denied", { code: "duplicate_claim", citation: scopeOf(policy, basis), facts: { claimId: claim.id } });
    else if (unread !== null) {
      // A prior grant set aside as invalid may have paid what this claim asks: held, asking for it corrected — never paid
      // past it, nor refused on a guess (reading earlier-grant-unreadable; cold audit 18: the same course paid twice).
      const byTrainee = unread.get(`T:${claim.traineeId}`) ?? [];
      const byClaim = unread.get(`C:${claim.id}`) ?? [];
      const grants = byClaim.length === 0 ? byTrainee : [...new Set([...byTrainee, ...byClaim])].slice(0, UNREAD_NAMED);
      if (grants.length > 0) {
        const fields = grants.map((g) => `grant ${g}: record`);
        refusal = plainFinding("undecidable", { code: "missing_record", citation: scopeOf(policy, basis), facts: { field: fields.join(", ") } }, fields);
      }
    }
    const trainee = refusal === null ? held : undefined;
    if (refusal === null && trainee === undefined) refusal = plainFinding("undecidable", { code: "missing_record", citation: scopeOf(policy, basis), facts: { field: "claim.traineeId" } }, ["claim.traineeId"]);
    if (refusal !== null || trainee === undefined) {
      yield { claim, basisDate: basis, decision: finish(policy, claim, on, refusal as Finding, null), grant: null };
      continue;
    }
    const input: { -readonly [K in keyof ClaimInput]: ClaimInput[K] } = { claim, trainee, ledger };
    if (course !== undefined) {
      input.course = course;
      input.courses = document.courses;
    }
    if (certificate !== undefined) input.certificate = certificate;
    // The enterprise record the claim names; an enterprise's claim naming none is read with its own record, the one
    // the rules judge it by (where it is insured: reading ui-locality-enterprise-elsewhere). An organiser is read with
    // its own record when the document has one, whatever record its claim names (late review 7, review 9: the
    // 组织单位 of pre-job or safety training that is an enterprise is judged by where it is insured).
    const own = claim.claimant.kind === "organizer" ? document.enterprises.get(claim.claimant.id) : undefined;
    const enterpriseId = claim.enterpriseId ?? (claim.claimant.kind === "enterprise" ? claim.claimant.id : undefined);
    const enterprise = own ?? (enterpriseId === undefined ? undefined : document.enterprises.get(enterpriseId));
    if (enterprise !== undefined) input.enterprise = enterprise;
    if (claim.apprenticeshipId !== undefined) {
      const apprenticeship = document.apprenticeships.get(claim.apprenticeshipId);
      if (apprenticeship !== undefined) input.apprenticeship = apprenticeship;
    }
    if (certificates !== undefined) input.traineeCertificates = certificates;
    const heldBefore = heldOf.get(trainee.id);
    if (heldBefore !== undefined) input.heldClaims = heldBefore.slice();
    // the batch's claims on the claim's package, read once for the batch when a package claim is first judged (reading
    // package-grant-per-package; cold review 111 F2): claims of other measures never read them
    if (claim.trainingPackage !== undefined && claim.measure === "trainingPackageGrant") input.packageClaims = (packageClaims ??= packageClaimsOf(document.claims)).get(claim.trainingPackage.id) ?? [claim];
    const unreadOfTrainee = unreadCertificates?.get(trainee.id);
    if (unreadOfTrainee !== undefined) input.unreadCertificates = unreadOfTrainee;
    const { decision, finding } = evaluateWithFinding(policy, input, options, basis);
    let grant = grantOf(claim, decision, finding);
    // a grant whose id (its claim's) a grant of the prior ledger holds — a claim judged again under its id (asksUnpaid), or a
    // claim numbered as an earlier refile's grant was — is given an id of its own, the claim's id and `:2`, `:3` …, so a
    // ledger's grants keep one id each (cold reviews 90 F3, 91 F2: the progress report refused the chained ledger)
    if (grant !== null && (paidBefore?.has(claim.id) === true || (priorGrantIds ??= priorGrantIdsOf(document, elsewhere)).has(grant.id))) {
      grant = { ...grant, id: refiledGrantId(claim.id, (taken ??= takenIds(document, (priorGrantIds ??= priorGrantIdsOf(document, elsewhere)), elsewhere))) };
    }
    if (grant !== null) add(grant);
    else if (decision.outcome === "undecidable") {
      const held: { -readonly [K in keyof HeldClaim]: HeldClaim[K] } = { claimId: claim.id, measure: claim.measure, basisDate: basis };
      if (certificate !== undefined) {
        held.occupationCode = certificate.occupation.code;
        if (certificate.level !== undefined) held.level = certificate.level;
        held.certificateKey = payOnceKey(claim.measure, trainee.id, "certificate", certificate.id);
        held.certificateId = certificate.id;
        // the training it would pay: one course's training is paid once (reading course-trained-once; cold review 67) — the
        // course judged with it, or, its record missing, the one the certificate's record names (cold review 68 F2)
        if (claim.measure === "trainingSubsidy") {
          const trainedBy = course !== undefined && trainedOn(course, certificate) ? course.id : course === undefined ? certificate.courseId : undefined;
          if (trainedBy !== undefined) held.courseKey = payOnceKey(claim.measure, trainee.id, "course", trainedBy);
        }
      }
      // the apprenticeship record it names: its years keep their place in the person's term (cold review 111 F1)
      if (input.apprenticeship !== undefined) {
        const a = input.apprenticeship;
        held.apprenticeship = { id: a.id, kind: a.kind, startDate: a.startDate, endDate: a.endDate };
      }
      if (heldBefore === undefined) heldOf.set(trainee.id, [held]);
      else heldBefore.push(held);
    }
    yield { claim, basisDate: basis, decision, grant };
  }
  return ledger;
}

/**
 * Decides a batch of claims against a prior ledger. The result does not depend on the
 * order of the input: claims are judged in order of basis date (the first day of an apprenticeship subsidy's
 * apprenticeship's latest year begun, a work-for-training claim's first month not paid before and in force, else the certificate's
 * issue date, else the course's end), then filing date, then claim id (reading: claim-order-by-issue-date), each against the ledger as
 * the claims before it left it. A claim id seen twice with the same content is decided
 * once; with different contents, it is one `claim_conflict` decision and no copy is
 * paid. A claim already paid in the prior ledger is not paid again (`duplicate_claim`); a claim under an id a prior grant
 * was paid on for another claim (another trainee or measure, or another certificate, course, apprenticeship or package)
 * is a `claim_conflict` (reading claim-id-reused).
 * @example
 * import { readFileSync } from "node:fs";
 * const document = parseClaimsDocument(JSON.parse(readFileSync("fixtures/jiaxing/claims.json", "utf8")));
 * const result = document.ok ? evaluateBatch(jiaxingPolicy(), document.value.document) : undefined;
 * result?.decisions.map((d) => d.outcome) // → ["undecidable","denied","granted","granted","denied","denied","granted","granted","denied"]
 * result?.grants.length // → 4
 * @throws SkillsSubsidyError `invalid_argument` for arguments {@link decideBatch} does not take.
 */
export function evaluateBatch(policy: Policy, document: ClaimsDocument, options: BatchOptions = {}): BatchResult {
  const decisions: Decision[] = [];
  const grants: Grant[] = [];
  const steps = decideBatch(policy, document, options);
  for (;;) {
    const next = steps.next();
    if (next.done === true) return { decisions, ledger: next.value, grants };
    decisions.push(next.value.decision);
    if (next.value.grant !== null) grants.push(next.value.grant);
  }
}

/**
 * {@link evaluateClaim}, also returning the rule's finding (for the ledger keys). `judgedBasis`: the day a batch judged the
 * claim by (its basis date), for the scope its own refusals cite where the claim relies on no record's date (a living
 * allowance, 以工代训, a package; cold review 104 F2).
 */
function evaluateWithFinding(policy: Policy, input: ClaimInput, options: EvaluateOptions, judgedBasis?: string): { decision: Decision; finding: Finding } {
  const on = options.on ?? input.claim.submittedOn;
  // Judged on a day given before the record the claim relies on existed (reading: plausible-record-dates). Judged by default on the
  // filing date, a document already refuses a filing date before a certificate or an apprenticeship (submitted_before_basis); the
  // living allowance, filed 「在培训期间」, asks of its course itself.
  const basis = reliedOn(input);
  if (options.on !== undefined) {
    if (basis !== null && options.on < basis.date) {
      const finding = plainFinding("denied", { code: "judged_before_basis", citation: scopeOf(policy, basis.date), facts: { on: options.on, ...basis } });
      return { decision: finish(policy, input.claim, on, finding, null), finding };
    }
  }
  // the day the claim is about, for the scope the engine's own refusals cite
  const day = basis?.date ?? judgedBasis ?? on;
  const binding = policy.measures.get(input.claim.measure);
  if (binding === undefined) {
    const finding = plainFinding("undecidable", { code: "measure_not_provided", citation: scopeOf(policy, day), facts: { measure: input.claim.measure } });
    return { decision: finish(policy, input.claim, on, finding, null), finding };
  }
  // A local text's rule (a dated override) governs the claims whose basis falls in its days (reading local-rules-govern-their-days).
  const evaluation = basis === null ? new Evaluation(policy, on, { trace: options.trace ?? true }) : new Evaluation(policy, on, { trace: options.trace ?? true, basis: basis.date as CivilDate });
  const found = evaluation.use(binding.rule as unknown as Rule<ClaimInput, Finding>, input);
  const finding = paidOnce(policy, found, input.ledger, day);
  return { decision: finish(policy, input.claim, on, finding, evaluation), finding };
}

/**
 * The record a claim relies on, for a judging date given before it (reading plausible-record-dates): what its measure pays
 * on — an apprenticeship's first day for the apprenticeship subsidy; none for the living allowance (its rule asks of its
 * course's last day, whatever else the claim names: reviews 14 and 15), work-for-training (paid by the month begun) and a
 * package grant — else a certificate's issue, else a course's last day, else an apprenticeship's first day; `null` when it
 * names none.
 */
function reliedOn(input: ClaimInput): { basis: string; date: string } | null {
  const { measure } = input.claim;
  if (measure === "apprenticeshipSubsidy") return input.apprenticeship === undefined ? null : { basis: "apprenticeship.startDate", date: input.apprenticeship.startDate };
  // the living allowance asks of its course itself, judged on the day given or by default (its rule: 「在培训期间」); work-for-training
  // is paid by the month begun, a package grant by the package: no record's date (reviews 14–16, final review 4)
  if (measure === "livingAllowance" || measure === "workForTrainingSubsidy" || measure === "trainingPackageGrant") return null;
  if (input.certificate !== undefined) return { basis: "certificate.issuedOn", date: input.certificate.issuedOn };
  if (input.course !== undefined) return { basis: "course.endDate", date: input.course.endDate };
  if (input.apprenticeship !== undefined) return { basis: "apprenticeship.startDate", date: input.apprenticeship.startDate };
  return null;
}

/**
 * One basis is paid once (reading: pay-once-basis): a grant whose pay-once keys (a course's
 * days, an apprenticeship's months, a certificate, a package) were already paid — earlier
 * in this batch or in the prior ledger, under any claim id — is denied, naming the bases
 * and the claims that paid them. Cites the provision of the line it would have paid.
 */
function paidOnce(policy: Policy, finding: Finding, ledger: Ledger, date: string): Finding {
  const keys = finding.basis?.keys;
  if (finding.outcome !== "granted" || keys === undefined) return finding;
  // Most grants pay nothing paid before: the lists are made only when a key was.
  let paid: string[] | null = null;
  let claims: Set<string> | null = null;
  for (const key of keys) {
    const earlier = ledger.paidOn(key);
    if (earlier.length === 0) continue;
    (paid ??= []).push(basisOfKey(key));
    claims ??= new Set<string>();
    for (const g of earlier) claims.add(g.claimId);
  }
  if (paid === null || claims === null) return finding;
  const citation = finding.lines[0]?.citation ?? scopeOf(policy, date);
  return plainFinding("denied", { code: "basis_already_paid", citation, facts: { basis: paid, earlierClaims: [...claims].sort() } });
}
