/**
 * A claims document: claims with the records they refer to and the prior ledger.
 *
 * ```json
 * { "claims": [...], "trainees": [...], "courses": [...], "certificates": [...],
 *   "enterprises": [...], "apprenticeships": [...], "ledger": [...] }
 * ```
 *
 * Each record is parsed on its own, so one bad record does not stop the others: a
 * bad record is reported with its collection, index, id and issues, and a claim that
 * refers to a missing or bad record is itself reported as invalid, naming the field.
 */
import type { Result, ValidationIssue } from "../core/issues.js";
import { isCivilDate } from "../core/date.js";
import { canonicalJson } from "../core/order.js";
import type { Claim, Grant } from "./claim.js";
import { CERTIFICATE_KINDS, isId, SKILL_LEVELS } from "./kinds.js";
import { apprenticeship, certificate, claim, course, enterprise, grant, trainee } from "./generated/validators.js";
import type { CollectionName } from "./parse.js";
import { COLLECTIONS, parseWith, recordIssueAt } from "./parse.js";
import type { Trainee } from "./trainee.js";
import type { Apprenticeship, Certificate, Course, Enterprise } from "./training.js";
import { INVALID, validatorOf, zodMessage } from "./validator.js";
import { courseOfCertificate } from "./courseOf.js";

/** The validators of the records a claims document holds (only these: a bundle of the claim path keeps no other). */
const RECORDS = { trainee, course, certificate, enterprise, apprenticeship, claim, grant } as const;

/**
 * At most this many records in one collection of one document.
 * @example MAX_RECORDS_PER_COLLECTION // → 100000
 */
export const MAX_RECORDS_PER_COLLECTION = 100_000;

/** The records a claim can refer to, by id. */
export interface RecordIndex {
  /** Trainees by id. */
  readonly trainees: ReadonlyMap<string, Trainee>;
  /** Courses by id. */
  readonly courses: ReadonlyMap<string, Course>;
  /** Certificates by id. */
  readonly certificates: ReadonlyMap<string, Certificate>;
  /** Enterprises by id. */
  readonly enterprises: ReadonlyMap<string, Enterprise>;
  /** Apprenticeships by id. */
  readonly apprenticeships: ReadonlyMap<string, Apprenticeship>;
}

/** A parsed claims document: the valid claims, the records they refer to, and the prior ledger. */
export interface ClaimsDocument extends RecordIndex {
  /** Valid claims, in input order. Claims sharing an id are all kept: a batch decides them. */
  readonly claims: readonly Claim[];
  /** The prior ledger: grants already paid. */
  readonly ledger: readonly Grant[];
  /**
   * Prior grants set aside as invalid (see {@link ParsedClaimsDocument.invalid}), with what could be read of them: such a
   * grant may have paid what a claim asks, so the batch holds the claims of the trainee it names and the claim of the id
   * it names (reading earlier-grant-unreadable). Absent or empty: none.
   */
  readonly unreadGrants?: readonly UnreadGrant[];
  /**
   * Certificates set aside as invalid (see {@link ParsedClaimsDocument.invalid}) by their own fields, or as differing
   * copies of one id, with what could be read of them: such a certificate may be an earlier one of the same occupation
   * and level, so the batch holds its trainee's appraisal claims of that occupation and level (reading
   * earlier-certificate-unreadable). Absent or empty: none.
   */
  readonly unreadCertificates?: readonly UnreadCertificate[];
}

/** A certificate the document set aside as invalid: its position in `certificates`, and its id, trainee, occupation and level where readable. */
export interface UnreadCertificate {
  /** Its position in the input's `certificates`. */
  readonly index: number;
  /** Its `id` when that is an id as the schema writes one, else null. */
  readonly id: string | null;
  /** The trainee it names (`traineeId`) when that is an id, else null. */
  readonly traineeId: string | null;
  /** Its occupation's code (`occupation.code`) when that is an id, else null (any occupation). */
  readonly occupationCode: string | null;
  /** Its level when that is one of the levels, else null (any level). */
  readonly level: string | null;
  /** Its issue date when that is a civil date, else null (any day). */
  readonly issuedOn: string | null;
  /** Its kind when that is one of the certificate kinds, else null (any kind). */
  readonly kind: string | null;
  /** Whether the record writes a `level` at all (a certificate of a kind without levels writes none). */
  readonly levelWritten: boolean;
  /** `directlyRecognised` when the record writes it as a boolean, else null (unknown; absent reads as false). */
  readonly directlyRecognised: boolean | null;
}

/** A prior grant the document set aside as invalid: its position in `ledger` and its id, trainee and claim id where readable. */
export interface UnreadGrant {
  /** Its position in the input's `ledger`. */
  readonly index: number;
  /** Its `id` when that is an id as the schema writes one, else null. */
  readonly id: string | null;
  /** The trainee it names (`traineeId`) when that is an id, else null (`""` names nobody). */
  readonly traineeId: string | null;
  /** The claim it paid (`claimId`) when that is an id, else null. */
  readonly claimId: string | null;
}

/** A record that could not be used, and why. */
export interface InvalidRecord {
  /** The collection it is in, e.g. `courses`. */
  readonly collection: CollectionName;
  /** Its position in that collection. */
  readonly index: number;
  /** The record's id when it has a readable one. */
  readonly id: string | null;
  /** What is wrong with it. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * The value of a readable claims document ({@link parseClaimsDocument}): the document and
 * the records that could not be used (a bad record never stops the others).
 */
export interface ParsedClaimsDocument {
  /** The valid claims, the records they refer to and the prior ledger. */
  readonly document: ClaimsDocument;
  /** The records set aside, each with its issues; empty when every record is usable. */
  readonly invalid: readonly InvalidRecord[];
}

function readableId(raw: unknown): string | null {
  if (raw === null || typeof raw !== "object" || !Object.hasOwn(raw, "id")) return null;
  const id = (raw as { id: unknown }).id;
  return typeof id === "string" && id.length <= 64 ? id : null;
}

/** A record's field when it is an id as the records' schema writes one ({@link isId}), else null. */
/** What can be read of a certificate set aside: its id, trainee, occupation, level, issue date, kind and direct recognition, each where readable. */
export function unreadCertificate(index: number, item: unknown): UnreadCertificate {
  const field = (key: string) => (item !== null && typeof item === "object" && Object.hasOwn(item, key) ? (item as Record<string, unknown>)[key] : undefined);
  const level = field("level");
  const issuedOn = field("issuedOn");
  const kind = field("kind");
  const direct = field("directlyRecognised");
  return {
    index,
    id: anId(item, "id"),
    traineeId: anId(item, "traineeId"),
    occupationCode: anId(field("occupation"), "code"),
    level: (SKILL_LEVELS as readonly unknown[]).includes(level) ? (level as string) : null,
    issuedOn: isCivilDate(issuedOn) ? issuedOn : null,
    kind: (CERTIFICATE_KINDS as readonly unknown[]).includes(kind) ? (kind as string) : null,
    levelWritten: level !== undefined,
    directlyRecognised: direct === undefined ? false : typeof direct === "boolean" ? direct : null,
  };
}

function anId(raw: unknown, key: string): string | null {
  const v = raw !== null && typeof raw === "object" && Object.hasOwn(raw, key) ? (raw as Record<string, unknown>)[key] : undefined;
  return isId(v) ? v : null;
}

/** Two copies of a record are one record when they hold the same fields and values, in whatever order their keys were written (review 49: two systems' serialisers set aside a trainee and the claims on it). */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b) || canonicalJson(a) === canonicalJson(b);
}

/** The records a claim's dates are checked against. */
interface DatedRecords {
  readonly trainees: ReadonlyMap<string, Trainee>;
  readonly courses: ReadonlyMap<string, Course>;
  readonly certificates: ReadonlyMap<string, Certificate>;
  readonly apprenticeships: ReadonlyMap<string, Apprenticeship>;
}

/**
 * Dates that cannot be (reading: plausible-record-dates): a claim is not filed before
 * the first day of the course, the issue of the certificate or the start of the
 * apprenticeship it relies on, its trainee is not born after any of them nor after the first day of a month
 * claimed, and a training
 * subsidy's certificate is not issued before the training it is the outcome of began (the
 * course the claim names, else the course the certificate's record names). Nothing is allocated for a
 * claim whose dates are plausible (nearly every claim).
 */
function impossibleDates(claim: Claim, i: number, records: DatedRecords): ValidationIssue[] | undefined {
  const course = claim.courseId === undefined ? undefined : records.courses.get(claim.courseId);
  const certificate = claim.certificateId === undefined ? undefined : records.certificates.get(claim.certificateId);
  const apprenticeship = claim.apprenticeshipId === undefined ? undefined : records.apprenticeships.get(claim.apprenticeshipId);
  const submittedOn = claim.submittedOn;
  // The records' dates the claim rests on, in this order; the earliest (the first listed on a tie), then the filing date.
  const bases: { basis: string; date: string }[] = [];
  if (course !== undefined) bases.push({ basis: "course.startDate", date: course.startDate });
  if (certificate !== undefined) bases.push({ basis: "certificate.issuedOn", date: certificate.issuedOn });
  if (apprenticeship !== undefined) bases.push({ basis: "apprenticeship.startDate", date: apprenticeship.startDate });
  let firstBasis = "claim.submittedOn";
  let firstDate: string = submittedOn;
  for (const { basis, date } of bases) {
    if (date < firstDate || (firstBasis === "claim.submittedOn" && date === firstDate)) {
      firstBasis = basis;
      firstDate = date;
    }
  }
  const late = bases.some((b) => submittedOn < b.date);
  // Months claimed (以工代训's months of work) are the trainee's time from the first day of the first of them (cold audit 24:
  // months before the trainee's birth were paid).
  if (claim.months !== undefined) {
    for (const month of claim.months) {
      const date = `${month}-01`;
      if (date < firstDate) {
        firstBasis = "claim.months";
        firstDate = date;
      }
    }
  }
  const trainee = records.trainees.get(claim.traineeId);
  const unborn = trainee !== undefined && trainee.birthDate > firstDate;
  // A training subsidy pays a certificate as the outcome of training (「参加培训后取得证书」), which did not begin after it was
  // issued: the course the claim names, else the one the certificate's record names (of the same trainee; reading
  // certificate-names-its-course). Other measures ask no training of the certificate, or no certificate (review 14).
  const training = certificate === undefined || claim.measure !== "trainingSubsidy" ? undefined : (course ?? courseOfCertificate(records.courses, certificate));
  const premature = certificate !== undefined && training !== undefined && certificate.issuedOn < training.startDate;
  if (!late && !unborn && !premature) return undefined;
  const issues: ValidationIssue[] = [];
  if (premature) issues.push(recordIssueAt(["claims", i, "certificateId"], "certificate_before_training", { issuedOn: certificate.issuedOn, courseId: training.id, date: training.startDate }));
  if (late) {
    for (const b of bases) {
      if (submittedOn < b.date) issues.push(recordIssueAt(["claims", i, "submittedOn"], "submitted_before_basis", { submittedOn, ...b }));
    }
  }
  if (unborn) issues.push(recordIssueAt(["claims", i, "traineeId"], "born_after_basis", { birthDate: trainee.birthDate, basis: firstBasis, date: firstDate }));
  return issues;
}

/** A claim's reference to a record of its trainee (`courseId`, `certificateId`, `apprenticeshipId`): the issue, if any. */
function ownedReference(claim: Claim, i: number, field: "courseId" | "certificateId" | "apprenticeshipId", map: ReadonlyMap<string, { traineeId: string }>): ValidationIssue | undefined {
  const id = claim[field];
  if (id === undefined) return undefined;
  const record = map.get(id);
  if (record === undefined) return recordIssueAt(["claims", i, field], "unknown_reference", { id });
  if (record.traineeId !== claim.traineeId) return recordIssueAt(["claims", i, field], "reference_mismatch", { id });
  return undefined;
}

/** The usable records of one collection, in input order: their parsed values, positions and raw inputs. */
interface Usable {
  readonly values: unknown[];
  readonly indices: number[];
  readonly raws: unknown[];
}

/** The collections a parsed document holds as Maps (the records by id). */
const COLLECTIONS_OF_PARSED = ["trainees", "courses", "certificates", "enterprises", "apprenticeships"] as const;

/** An issue of the document's outline, in zod's words (as a record's issue is), with a hint where one helps. */
function outlineIssue(path: readonly (string | number)[], raw: Parameters<typeof zodMessage>[0], hint?: { readonly zh: string; readonly en: string }): ValidationIssue {
  return { path, code: raw.code, message: { zh: `${zodMessage(raw, "zh")}${hint?.zh ?? ""}`, en: `${zodMessage(raw, "en")}${hint?.en ?? ""}` } };
}

/**
 * Parses a claims document.
 * @example
 * import { readFileSync } from "node:fs";
 * const r = parseClaimsDocument(JSON.parse(readFileSync("fixtures/jiaxing/claims.json", "utf8")));
 * r.ok && [r.value.document.claims.length, r.value.document.trainees.size, r.value.invalid.length] // → [9,5,0]
 * // a bad record is set aside, not fatal:
 * const partial = parseClaimsDocument({ claims: [{ id: "bad id!" }] });
 * partial.ok && partial.value.invalid.map((i) => [i.collection, i.index]) // → [["claims",0]]
 * // an unreadable document is issues:
 * const bad = parseClaimsDocument([]);
 * bad.ok ? [] : bad.issues.map((i) => i.code) // → ["invalid_input"]
 */
export function parseClaimsDocument(input: unknown): Result<ParsedClaimsDocument> {
  // Each issue of the document's outline says what was expected and what came, in zod's words as a record's do (cold
  // review 110 F14: a bare "invalid input" before), with what to do where the mistake is a known one.
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    const hint = typeof input === "string" ? { zh: "（这是 JSON 文本：请先用 JSON.parse 解析）", en: " (this is JSON text: JSON.parse it first)" } : undefined;
    // the code stays invalid_input (what the service and the command line answer); the words say what came
    return { ok: false, issues: [{ ...outlineIssue([], { code: "invalid_type", expected: "object", input }, hint), code: "invalid_input" }] };
  }
  const top = input as Record<string, unknown>;
  if (COLLECTIONS_OF_PARSED.some((name) => top[name] instanceof Map)) {
    const hint = { zh: "：这是 parseClaimsDocument 返回的文档（记录已按 id 放入 Map），请直接交给 evaluateBatch、decideBatch，不要再解析", en: ": this is a document parseClaimsDocument returned (its records by id in Maps); pass it to evaluateBatch or decideBatch as it is, not to parseClaimsDocument again" };
    const name = COLLECTIONS_OF_PARSED.find((n) => top[n] instanceof Map) as string;
    return { ok: false, issues: [outlineIssue([name], { code: "invalid_type", expected: "array", input: top[name] }, hint)] };
  }
  const issues: ValidationIssue[] = [];
  for (const key of Object.keys(top)) {
    // "$schema" names the document's JSON Schema, for editors: allowed, and read by nothing.
    if (key === "$schema" && typeof top[key] === "string") continue;
    if (!Object.hasOwn(COLLECTIONS, key)) issues.push(outlineIssue([key], { code: "unrecognized_keys", keys: [key] }, { zh: `（可用：${Object.keys(COLLECTIONS).join("、")}）`, en: ` (the document's keys are ${Object.keys(COLLECTIONS).join(", ")})` }));
  }
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const value = Object.hasOwn(top, name) ? top[name] : undefined;
    if (value === undefined) continue;
    if (!Array.isArray(value)) issues.push(outlineIssue([name], { code: "invalid_type", expected: "array", input: value }));
    else if (value.length > MAX_RECORDS_PER_COLLECTION) issues.push(outlineIssue([name], { code: "too_big", origin: "array", maximum: MAX_RECORDS_PER_COLLECTION, inclusive: true, input: value }));
  }
  if (!Object.hasOwn(top, "claims")) issues.push(outlineIssue(["claims"], { code: "invalid_type", expected: "array", input: undefined }));
  if (issues.length > 0) return { ok: false, issues };

  const invalid: InvalidRecord[] = [];
  const unreadGrants: UnreadGrant[] = [];
  const unreadCertificates: UnreadCertificate[] = [];
  const parsed = {} as Record<CollectionName, Usable>;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const raw = (top[name] ?? []) as unknown[];
    const schema = RECORDS[COLLECTIONS[name]];
    // A valid record takes the fast path; any other, the full path that writes its issues.
    const fast = validatorOf<unknown>(schema).accept;
    const usable: Usable = { values: [], indices: [], raws: [] };
    for (let index = 0; index < raw.length; index++) {
      const item = raw[index];
      let value = fast(item);
      if (value === INVALID) {
        const result = parseWith<unknown>(schema, item, [name, index]);
        if (!result.ok) {
          invalid.push({ collection: name, index, id: readableId(item), issues: result.issues });
          if (name === "ledger") {
            // A grant wrapped in a list (`[{…}]`, a serialiser's slip) still names whom it paid: each object in it is read as one (cold review 56).
            for (const g of Array.isArray(item) ? item : [item]) unreadGrants.push({ index, id: anId(g, "id"), traineeId: anId(g, "traineeId"), claimId: anId(g, "claimId") });
          } else if (name === "certificates") unreadCertificates.push(unreadCertificate(index, item));
          continue;
        }
        value = result.value;
      }
      usable.values.push(value);
      usable.indices.push(index);
      usable.raws.push(item);
    }
    parsed[name] = usable;
  }

  // Records other than claims and grants: one id, one record. Identical repeats (the same fields and values, keys in
  // any order) are harmless; differing repeats make every copy invalid (which one is true is unknown).
  const index = (name: Exclude<CollectionName, "claims" | "ledger">) => {
    const { values, indices, raws } = parsed[name];
    const out = new Map<string, unknown>();
    let firstAt: Map<string, number> | undefined; // built at the first repeated id: where each id's first copy is
    let bad: Set<string> | undefined;
    for (let j = 0; j < values.length; j++) {
      const value = values[j];
      const id = (value as { id: string }).id;
      if (!out.has(id)) {
        out.set(id, value);
        continue;
      }
      if (firstAt === undefined) {
        firstAt = new Map<string, number>();
        for (let k = 0; k < values.length; k++) {
          const other = (values[k] as { id: string }).id;
          if (!firstAt.has(other)) firstAt.set(other, k);
        }
      }
      const first = firstAt.get(id) as number;
      if (sameJson(raws[first], raws[j])) continue;
      const firstIndex = indices[first] as number;
      const entryIndex = indices[j] as number;
      bad ??= new Set<string>();
      if (!bad.has(id)) invalid.push({ collection: name, index: firstIndex, id, issues: [recordIssueAt([name, firstIndex, "id"], "duplicate_id", { id })] });
      bad.add(id);
      invalid.push({ collection: name, index: entryIndex, id, issues: [recordIssueAt([name, entryIndex, "id"], "duplicate_id", { id })] });
    }
    if (bad !== undefined) {
      for (const id of bad) out.delete(id);
      // Differing copies of one certificate id: each may be an earlier certificate of the trainee it names, of its occupation
      // and level, so each holds as a certificate set aside by its fields does (reading earlier-certificate-unreadable; cold
      // reviews 80 F3, 81 F2); the command line's parts, each seeing one copy, hold alike (src/cli/pipeline.ts decidePart).
      if (name === "certificates") {
        for (let j = 0; j < values.length; j++) if (bad.has((values[j] as { id: string }).id)) unreadCertificates.push(unreadCertificate(indices[j] as number, raws[j]));
      }
    }
    return out;
  };
  const trainees = index("trainees") as Map<string, Trainee>;
  const courses = index("courses") as Map<string, Course>;
  const certificates = index("certificates") as Map<string, Certificate>;
  const enterprises = index("enterprises") as Map<string, Enterprise>;
  const apprenticeships = index("apprenticeships") as Map<string, Apprenticeship>;
  const dated: DatedRecords = { trainees, courses, certificates, apprenticeships };

  const claims: Claim[] = [];
  const usableClaims = parsed.claims;
  for (let j = 0; j < usableClaims.values.length; j++) {
    const claim = usableClaims.values[j] as Claim;
    const i = usableClaims.indices[j] as number;
    // Nothing is allocated for a claim whose references and dates hold (nearly every claim).
    let problems: ValidationIssue[] | undefined;
    if (!trainees.has(claim.traineeId)) (problems ??= []).push(recordIssueAt(["claims", i, "traineeId"], "unknown_reference", { id: claim.traineeId }));
    const course = ownedReference(claim, i, "courseId", courses);
    if (course !== undefined) (problems ??= []).push(course);
    const certificate = ownedReference(claim, i, "certificateId", certificates);
    if (certificate !== undefined) (problems ??= []).push(certificate);
    const apprenticeship = ownedReference(claim, i, "apprenticeshipId", apprenticeships);
    if (apprenticeship !== undefined) (problems ??= []).push(apprenticeship);
    if (claim.enterpriseId !== undefined && !enterprises.has(claim.enterpriseId)) {
      (problems ??= []).push(recordIssueAt(["claims", i, "enterpriseId"], "unknown_reference", { id: claim.enterpriseId }));
    }
    if (problems === undefined) problems = impossibleDates(claim, i, dated);
    if (problems !== undefined) invalid.push({ collection: "claims", index: i, id: claim.id, issues: problems });
    else claims.push(claim);
  }

  invalid.sort((a, b) => (a.collection === b.collection ? a.index - b.index : a.collection < b.collection ? -1 : 1));
  return {
    ok: true,
    value: {
      document: { claims, trainees, courses, certificates, enterprises, apprenticeships, ledger: parsed.ledger.values as Grant[], ...(unreadGrants.length === 0 ? {} : { unreadGrants }), ...(unreadCertificates.length === 0 ? {} : { unreadCertificates }) },
      invalid,
    },
  };
}
