/**
 * The ledger: a person's past grants, indexed for the claim-history questions the
 * texts ask: how many in a calendar year (gbf2019.annual-cap), whether this
 * occupation and level was already paid (gbf2019.no-repeat, the appraisal subsidy's
 * first-time rule), how many subsidy years an apprenticeship has used.
 *
 * A `Ledger` is immutable: {@link Ledger.with} returns a new ledger and leaves the
 * old one as it was.
 */
import type { Grant } from "../records/claim.js";
import { addDays, addMonths, isCivilDate } from "./date.js";
import type { CivilDate } from "./date.js";
import type { Citation } from "./citation.js";
import type { Policy } from "./layer.js";
import { canonicalJson } from "./layer.js";
import { amount, yuanOf } from "./money.js";
import { checkArgument, checkParsed } from "../arguments.js";
import { parseGrant } from "../records/parse.js";

/**
 * Throws `invalid_argument` unless `grants` is an array of grants `parseGrant` accepts, naming the first bad field
 * (`grants[2].level`): a grant the parser refuses (a level `Intermediate`, a measure `appraisal`, an amount `-1000`) would
 * be kept and count for nothing, and what it paid would be paid again. The parser's fast path: a valid grant is not
 * copied, so the ledger holds the caller's objects.
 */
function checkGrants(grants: unknown, field: string): asserts grants is readonly Grant[] {
  checkArgument(Array.isArray(grants), field, { zh: "账本记录（授予）的数组", en: "an array of grants" }, grants);
  const list = grants as readonly unknown[];
  for (let i = 0; i < list.length; i++) checkParsed(parseGrant(list[i]), `${field}[${i}]`, { zh: "parseGrant 所接受的授予记录", en: "a grant parseGrant accepts" }, list[i]);
}

/** A growing ledger of grants already validated (a parsed claims document's `ledger`): the engine's, without checking them again. Set by `Ledger`'s static block. */
let growingParsed: (grants: readonly Grant[]) => { readonly ledger: Ledger; add(grant: Grant): void };

/**
 * `Ledger.growing` of grants the caller has already validated — `parseClaimsDocument`'s `ledger` — without checking each
 * again (the engine's deciding path: a batch's prior ledger is read once, by the parser).
 */
export function growingLedgerOfParsed(grants: readonly Grant[]): { readonly ledger: Ledger; add(grant: Grant): void } {
  return growingParsed(grants);
}

/**
 * The occupation-and-level key of the no-repeat rules (`gbf2019.no-repeat`); unleveled
 * certificates key on occupation alone.
 * @example
 * occupationKey("6-29-01-01", "intermediate") // → "6-29-01-01@intermediate"
 * occupationKey("6-29-01-01", undefined) // → "6-29-01-01"
 */
export function occupationKey(occupationCode: string, level: string | undefined): string {
  return level === undefined ? occupationCode : `${occupationCode}@${level}`;
}

/** The most records set aside a held claim names (grants: cold review 36; certificates alike); the command line carries at most as many names per id. */
export const UNREAD_NAMED = 10;

/**
 * A pay-once key (reading: pay-once-basis): the measure, whose basis it is (a trainee id,
 * or `*` for a basis no person owns, such as a training package) and the basis itself.
 * @example
 * payOnceKey("livingAllowance", "P1", "day", "2020-03-02") // → "livingAllowance|P1|day 2020-03-02"
 * payOnceKey("trainingPackageGrant", "*", "package", "PK-1") // → "trainingPackageGrant|*|package PK-1"
 * payOnceKey("insuredSkillUpgradeSubsidy", "P1", "level", "EX-ELEC@junior") // → "insuredSkillUpgradeSubsidy|P1|level EX-ELEC@junior"
 */
export function payOnceKey(measure: string, owner: string, kind: "day" | "course" | "period" | "apprenticeship" | "certificate" | "level" | "month" | "package", value: string): string {
  return `${measure}|${owner}|${kind} ${value}`;
}

/**
 * A period key (`…|period 2020-01-01..2020-06-30`), split: the part before the period,
 * and its first and last days; `null` for any other key. Two period keys with the same
 * prefix are the same basis when their periods overlap by a day or more.
 * @example
 * periodOfKey("apprenticeshipSubsidy|P1|period 2020-01-01..2020-06-30") // → {"prefix":"apprenticeshipSubsidy|P1|period","start":"2020-01-01","end":"2020-06-30"}
 * periodOfKey("livingAllowance|P1|day 2020-03-02") // → null
 */
export function periodOfKey(key: string): { prefix: string; start: string; end: string } | null {
  const at = key.lastIndexOf("|period ");
  if (at < 0) return null;
  const [start, end] = key.slice(at + 8).split("..");
  if (start === undefined || end === undefined) return null;
  return { prefix: key.slice(0, at + 7), start, end };
}

/**
 * The basis a pay-once key names, for a message: its kind and value.
 * @example basisOfKey("livingAllowance|P1|day 2020-03-02") // → "day 2020-03-02"
 */
export function basisOfKey(key: string): string {
  return key.slice(key.indexOf("|", key.indexOf("|") + 1) + 1);
}

/** The form of a pay-once key this library spells under a person ({@link payOnceKey}): `measure|owner|kind value` (a package is no person's: `*`). */
const KEY_FORM = /^[^|]+\|[^|]+\|(?:day|course|period|apprenticeship|certificate|level|month) ./;

/**
 * True when `keys` (a grant's `basisKeys`) are keys this library spells for a grant of `measure`
 * to `owner` (the grant's trainee): at least one of the form `measure|owner|kind value`
 * ({@link payOnceKey}), or, for a training package, `measure|*|package id` (the one basis no person
 * owns). An empty list, or one none of whose keys has that form (another system's scheme, or keys
 * under another owner), says nothing the library can read of what the grant paid: such a grant is
 * judged by what it names, as one kept without keys (reading earlier-grant-says-what-it-paid). The
 * library writes no grant with an empty list and spells every key of a grant under the grant's own
 * measure and trainee (a package's under `*`), so every grant it wrote is read by its keys.
 * @example
 * spellsKeys("trainingPackageGrant", "P1", ["trainingPackageGrant|*|package PK-1"]) // → true
 * spellsKeys("trainingPackageGrant", "P1", []) // → false
 * spellsKeys("trainingPackageGrant", "P1", ["OTHER-SYSTEM:PK-1"]) // → false
 * spellsKeys("trainingPackageGrant", "P1", ["trainingPackageGrant|SCHOOL-9|package PK-1"]) // → false
 * spellsKeys("trainingPackageGrant", "P1", ["trainingPackageGrant|P1|package PK-1"]) // → false
 * spellsKeys("trainingSubsidy", "P1", ["trainingSubsidy|P1|certificate C1"]) // → true
 * spellsKeys("trainingSubsidy", "P1", ["trainingSubsidy|E1|certificate C1"]) // → false
 */
export function spellsKeys(measure: string, owner: string, keys: readonly unknown[]): boolean {
  for (const key of keys) if (typeof key === "string" && spelledKey(key, measure, owner)) return true;
  return false;
}

/** `measure|owner|kind value` of a kind the library writes under a person, or `measure|*|package id`; compared in place (every grant added to a ledger asks this). */
function spelledKey(key: string, measure: string, owner: string): boolean {
  const m = measure.length;
  if (key.charCodeAt(m) !== 124 || !key.startsWith(measure)) return false;
  if (key.startsWith(owner, m + 1) && key.charCodeAt(m + 1 + owner.length) === 124) return KEY_FORM.test(key);
  return key.startsWith("*|package ", m + 1) && key.length > m + 11;
}

/**
 * The keys of a list the ledger reads, less those spelled under another person (`measure|other|…`, `other` neither the
 * grant's trainee nor `*`): a grant of one person says nothing of what another was paid (reading
 * earlier-grant-says-what-it-paid: keys under another owner are read as none, whether the list holds only such keys or
 * some beside its own). The command line routes a grant to its own trainee's part (and to the parts of its `*` keys), so
 * a key under another person could only ever be read in one document, never split (cold review 48: 120.00 refused in
 * memory, paid split). The list itself when it has no such key (the library writes none).
 * @example ownKeys(["appraisalSubsidy|P1|certificate C1", "appraisalSubsidy|P2|certificate C2"], "P1") // → ["appraisalSubsidy|P1|certificate C1"]
 * @example ownKeys(["trainingPackageGrant|*|package PK-1"], "P1") // → ["trainingPackageGrant|*|package PK-1"]
 */
export function ownKeys(keys: readonly string[], owner: string): readonly string[] {
  let own: string[] | null = null;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (!underAnotherPerson(key, owner)) {
      own?.push(key);
      continue;
    }
    own ??= keys.slice(0, i);
  }
  return own ?? keys;
}

/** `measure|other|…` with `other` neither `owner` nor `*` (compared in place: every grant added to a ledger asks this of each key). */
function underAnotherPerson(key: string, owner: string): boolean {
  const first = key.indexOf("|");
  if (first < 0) return false;
  const second = key.indexOf("|", first + 1);
  if (second < 0) return false;
  const length = second - first - 1;
  if (length === owner.length && key.startsWith(owner, first + 1)) return false;
  return !(length === 1 && key.charCodeAt(first + 1) === 42);
}

/**
 * True when a grant's pay-once keys are its own `basisKeys`: it carries a list the library can
 * read ({@link spellsKeys}); false for a grant kept without keys, with an empty list, or with keys
 * of another system's scheme or another owner (reading earlier-grant-says-what-it-paid).
 * @example
 * carriesKeys(grant({ measure: "insuredSkillUpgradeSubsidy", basisKeys: ["insuredSkillUpgradeSubsidy|P1|certificate C1"] })) // → true
 * carriesKeys(grant({ measure: "insuredSkillUpgradeSubsidy", basisKeys: [] })) // → false
 */
export function carriesKeys(grant: Grant): boolean {
  return grant.basisKeys !== undefined && readsKeys(grant.measure, grant.traineeId, grant.trainingPackageId, grant.basisKeys);
}

/** The measure that pays a training package, whose grants key their package (`*|package`). */
const PACKAGE_MEASURE = "trainingPackageGrant";

/**
 * True when a grant of `measure` to `owner`, naming `packageId` (or none), is read by its `keys`
 * ({@link carriesKeys}; the command line's parts ask it of a grant record before it is parsed):
 * the library spells them ({@link spellsKeys}), and a package grant keys a package under `*` —
 * the package it names, when it names one: the library keys every package grant so, and a list keying its package
 * under a person's kind would leave the package unpaid-for (final review 3). A grant of another
 * measure that carries a claim's package id (the claim schema allows one on any claim) is read by
 * its own keys (review 12).
 * @example
 * readsKeys("trainingPackageGrant", "P1", "PK-1", ["trainingPackageGrant|*|package PK-1"]) // → true
 * readsKeys("trainingPackageGrant", "P1", "PK-1", ["trainingPackageGrant|P1|course PK-1"]) // → false
 * readsKeys("trainingPackageGrant", "P1", "PK-1", ["trainingPackageGrant|*|package PK-2"]) // → false
 * readsKeys("trainingPackageGrant", "P1", undefined, ["trainingPackageGrant|P1|course PK-1"]) // → false
 * readsKeys("livingAllowance", "P1", "PK-1", ["livingAllowance|P1|day 2020-03-02"]) // → true
 */
export function readsKeys(measure: string, owner: string, packageId: string | undefined, keys: readonly unknown[]): boolean {
  if (!spellsKeys(measure, owner, keys)) return false;
  if (measure !== PACKAGE_MEASURE) return true;
  // a package grant keys a package under `*` — the one it names, when it names one (review 13: keyed under a person, or
  // for another package, the package it paid would be left unpaid-for)
  const named = packageId === undefined ? null : payOnceKey(measure, "*", "package", packageId);
  const anyPackage = payOnceKey(measure, "*", "package", "");
  return keys.some((key) => typeof key === "string" && (named === null ? key.startsWith(anyPackage) : key === named));
}

/** What a grant or a claim says it is for: whose, which measure, and the records it names (each optional). */
export interface NamedBasis {
  /** The trainee it is for. */
  readonly traineeId: string;
  /** The measure it asks or paid. */
  readonly measure: string;
  /** The certificate it names, if any. */
  readonly certificateId?: string | undefined;
  /** The course it names, if any. */
  readonly courseId?: string | undefined;
  /** The apprenticeship it names, if any. */
  readonly apprenticeshipId?: string | undefined;
  /** The training package it names, if any. */
  readonly trainingPackageId?: string | undefined;
  /**
   * The occupations it names (their codes), if any: a grant's `occupationCode`; a claim's certificate's and its course's.
   * Two records that both name occupations and share none name two claims (cold review 107 F1).
   */
  readonly occupationCodes?: readonly string[] | undefined;
  /**
   * The skill levels it names, if any: a grant's `level`; a claim's certificate's and its course's. Two records that both
   * name levels and share none name two claims (cold review 108 F1: 「同一职业（项目）同一等级」 — the level is part of what was paid).
   */
  readonly levels?: readonly string[] | undefined;
}

/**
 * Whether two records under one claim id record two claims (reading claim-id-reused): another trainee or measure, or
 * another certificate, course, apprenticeship or package where both name one, or — where they name no certificate or
 * course in common — occupations, or levels, where both name some and share none. One certificate or course named by
 * both is one claim's, whatever its record says of the occupation now (a record corrected between runs: cold review 108
 * F2). A record that names none of them (another system's) contradicts nothing it does not name. The engine reads a
 * prior grant ({@link grantBasis}) against a claim so, the claw-back two grants.
 * @example namesAnotherClaim({ traineeId: "P1", measure: "trainingSubsidy", courseId: "K1" }, { traineeId: "P1", measure: "trainingSubsidy" }) // → false
 * @example namesAnotherClaim({ traineeId: "P1", measure: "trainingSubsidy", occupationCodes: ["EX-WELD"] }, { traineeId: "P1", measure: "trainingSubsidy", occupationCodes: ["EX-ELEC"] }) // → true
 */
export function namesAnotherClaim(a: NamedBasis, b: NamedBasis): boolean {
  const differ = (x: string | undefined, y: string | undefined) => x !== undefined && y !== undefined && x !== y;
  if (
    a.traineeId !== b.traineeId ||
    a.measure !== b.measure ||
    differ(a.certificateId, b.certificateId) ||
    differ(a.courseId, b.courseId) ||
    differ(a.apprenticeshipId, b.apprenticeshipId) ||
    differ(a.trainingPackageId, b.trainingPackageId)
  ) {
    return true;
  }
  if ((a.certificateId !== undefined && a.certificateId === b.certificateId) || (a.courseId !== undefined && a.courseId === b.courseId)) return false;
  return disjoint(a.occupationCodes, b.occupationCodes) || disjoint(a.levels, b.levels);
}

/** Both lists name something and they share nothing. */
function disjoint(x: readonly string[] | undefined, y: readonly string[] | undefined): boolean {
  return x !== undefined && x.length > 0 && y !== undefined && y.length > 0 && !x.some((v) => y.includes(v));
}

/**
 * What a grant says it paid, as {@link namesAnotherClaim} reads it: its fields, and where it names no certificate or
 * course, the one its own carried keys name (a key naming certificate K9 says the grant paid K9: cold review 107 F1b);
 * its occupation and level, a level written into the code read as its level (`EX-ELEC@junior` is EX-ELEC at junior, as
 * {@link occupationKey} writes it). The library's grants record the certificate's level (the course's for a living
 * allowance), not the standard a route priced.
 * @example grantBasis(grant({ measure: "trainingSubsidy", occupationCode: "EX-WELD", level: "junior", basisKeys: ["trainingSubsidy|P1|certificate K9"] })).certificateId // → "K9"
 */
export function grantBasis(grant: Grant): NamedBasis {
  let { certificateId, courseId } = grant;
  if ((certificateId === undefined || courseId === undefined) && carriesKeys(grant)) {
    const keys = carriedKeys(grant);
    const prefix = `${grant.measure}|${grant.traineeId}|`;
    // the one record of a kind the keys name; several (or none) name no one record
    const named = (kind: "certificate" | "course"): string | undefined => {
      const ids = keys.filter((k) => k.startsWith(`${prefix}${kind} `));
      return ids.length === 1 ? ids[0]?.slice(prefix.length + kind.length + 1) : undefined;
    };
    certificateId ??= named("certificate");
    courseId ??= named("course");
  }
  const at = grant.occupationCode?.indexOf("@") ?? -1;
  const occupation = at < 0 ? grant.occupationCode : grant.occupationCode?.slice(0, at);
  const level = grant.level ?? (at < 0 ? undefined : grant.occupationCode?.slice(at + 1));
  return {
    traineeId: grant.traineeId,
    measure: grant.measure,
    certificateId,
    courseId,
    apprenticeshipId: grant.apprenticeshipId,
    trainingPackageId: grant.trainingPackageId,
    occupationCodes: occupation === undefined ? undefined : [occupation],
    levels: level === undefined || level === "" ? undefined : [level],
  };
}

/**
 * The pay-once keys of a grant: those it carries, else (a grant recorded without them by
 * another system, or with an empty list or keys of another system's scheme: {@link carriesKeys})
 * its certificate and (a training subsidy, or a grant naming no certificate) its course, its apprenticeship, its training package (a basis
 * no person owns: `*`) and its occupation at its level — what a measure paid once per occupation
 * and level (the skill-upgrade subsidy) keys on (reading pay-once-basis).
 * @example
 * grantKeys(grant({ measure: "appraisalSubsidy", certificateId: "K1", occupationCode: undefined })) // → ["appraisalSubsidy|P1|certificate K1"]
 * grantKeys(grant({ measure: "insuredSkillUpgradeSubsidy", certificateId: "K1", occupationCode: "EX-ELEC", level: "junior" })) // → ["insuredSkillUpgradeSubsidy|P1|certificate K1","insuredSkillUpgradeSubsidy|P1|level EX-ELEC@junior"]
 * grantKeys(grant({ measure: "trainingPackageGrant", occupationCode: undefined, trainingPackageId: "PK-1" })) // → ["trainingPackageGrant|*|package PK-1"]
 * grantKeys(grant({ measure: "trainingSubsidy", certificateId: "K1", courseId: "C1", occupationCode: undefined })) // → ["trainingSubsidy|P1|certificate K1","trainingSubsidy|P1|course C1"]
 * grantKeys(grant({ measure: "trainingSubsidy", courseId: "C1", occupationCode: undefined, basisKeys: ["trainingSubsidy|P1|certificate K1"] })) // → ["trainingSubsidy|P1|certificate K1","trainingSubsidy|P1|course C1"]
 * grantKeys(grant({ measure: "apprenticeshipSubsidy", occupationCode: undefined, apprenticeshipId: "A-1" })) // → ["apprenticeshipSubsidy|P1|apprenticeship A-1"]
 * grantKeys(grant({ measure: "trainingPackageGrant", occupationCode: undefined, trainingPackageId: "PK-1", basisKeys: ["OTHER-SYSTEM:PK-1"] })) // → ["trainingPackageGrant|*|package PK-1"]
 */
export function grantKeys(grant: Grant): readonly string[] {
  return carriesKeys(grant) ? carriedKeys(grant) : describedKeys(grant);
}

/**
 * True when the keys a grant is read with ({@link grantKeys}) name a course it paid (`measure|trainee|course id`): the
 * course is then read from the key, not guessed from its certificate's record.
 * @example keysACourse(grant({ measure: "trainingSubsidy", certificateId: "K1", courseId: "C1" })) // → true
 * @example keysACourse(grant({ measure: "trainingSubsidy", certificateId: "K1" })) // → false
 */
export function keysACourse(grant: Grant): boolean {
  const course = `${grant.measure}|${grant.traineeId}|course `;
  return grantKeys(grant).some((k) => k.startsWith(course));
}

/** {@link grantKeys} of a grant that carries keys the library reads ({@link carriesKeys}). */
function carriedKeys(grant: Grant): readonly string[] {
  const own = ownKeys(grant.basisKeys as readonly string[], grant.traineeId);
  // A training subsidy paid its course's training (reading course-trained-once): a grant naming its course keys it, though
  // its list was written without it (by the library before 2026-12-06, or by another system; cold review 67 F3b).
  const course = trainingCourseKey(grant);
  return course === null || own.includes(course) ? own : [...own, course];
}

/** {@link grantKeys} of a grant that carries none the library reads: the keys of what it names. */
function describedKeys(grant: Grant): readonly string[] {
  const keys: string[] = [];
  if (grant.certificateId !== undefined) keys.push(payOnceKey(grant.measure, grant.traineeId, "certificate", grant.certificateId));
  // the course too, for a training subsidy naming its certificate as well (cold review 67 F3: reading course-trained-once)
  if (grant.courseId !== undefined && (grant.certificateId === undefined || grant.measure === TRAINING_SUBSIDY)) keys.push(payOnceKey(grant.measure, grant.traineeId, "course", grant.courseId));
  if (grant.apprenticeshipId !== undefined) keys.push(payOnceKey(grant.measure, grant.traineeId, "apprenticeship", grant.apprenticeshipId));
  // a training package is no person's: owned by `*`, whoever the grant was filed under
  if (grant.trainingPackageId !== undefined) keys.push(payOnceKey(grant.measure, "*", "package", grant.trainingPackageId));
  if (grant.occupationCode !== undefined) keys.push(payOnceKey(grant.measure, grant.traineeId, "level", `${grant.occupationCode}@${grant.level ?? ""}`));
  // the calendar months it names as paid (work-for-training; an apprenticeship kept by another system): each a month key, read as its days too ({@link monthSpan})
  if (grant.months !== undefined) for (const m of grant.months) keys.push(payOnceKey(grant.measure, grant.traineeId, "month", m));
  return keys;
}

const TRAINING_SUBSIDY = "trainingSubsidy";

/** The course key of a training-subsidy grant that names its course (reading course-trained-once), else `null`. */
function trainingCourseKey(grant: Grant): string | null {
  return grant.measure === TRAINING_SUBSIDY && grant.courseId !== undefined ? payOnceKey(TRAINING_SUBSIDY, grant.traineeId, "course", grant.courseId) : null;
}

/**
 * The days of a calendar month `YYYY-MM` as a period (first and last day), `null` when the
 * text is not such a month. A month key is a period of days too: a paid month meets a period
 * claimed over any of its days (reading pay-once-basis).
 * @example
 * monthSpan("2020-02") // → {"start":"2020-02-01","end":"2020-02-29"}
 * monthSpan("2020-13") // → null
 */
export function monthSpan(month: string): { start: string; end: string } | null {
  const first = `${month}-01`;
  if (!isCivilDate(first)) return null;
  return { start: first, end: addDays(addMonths(first as CivilDate, 1), -1) };
}

/**
 * The value of a pay-once key of the given kind (`day`, `month` …), `null` for a key of
 * another kind: the inverse of {@link payOnceKey} for one kind.
 * @example
 * keyValue("livingAllowance|P1|day 2020-03-02", "day") // → "2020-03-02"
 * keyValue("livingAllowance|P1|course C1", "day") // → null
 */
export function keyValue(key: string, kind: "day" | "month"): string | null {
  const at = key.lastIndexOf(`|${kind} `);
  return at < 0 ? null : key.slice(at + kind.length + 2);
}

/**
 * A claim judged earlier in the same batch and held undecidable (reading
 * claim-order-by-issue-date): not a grant — it is in no ledger, no `grants`, no report — but,
 * while undecided, it may still take a place a later claim of the same trainee competes for
 * (the annual cap, `gbf2019.annual-cap`; the occupation at its level, `gbf2019.no-repeat`) —
 * save on the certificate that claim names (one basis is paid once: the two compete for it,
 * and the one judged is decided) or on a certificate already paid (it can never be paid).
 * `evaluateBatch` hands each claim its trainee's held claims judged before it.
 */
export interface HeldClaim {
  /** The held claim's id. */
  readonly claimId: string;
  /** Its measure. */
  readonly measure: string;
  /** The date it was judged on in the batch: its certificate's issue date, else its course's last day, else its filing date. */
  readonly basisDate: string;
  /** Its certificate's occupation (or project) code, when it names a certificate. */
  readonly occupationCode?: string;
  /** Its certificate's level, when it has one. */
  readonly level?: string;
  /**
   * The pay-once key of its certificate under its measure ({@link payOnceKey}: `measure|trainee|certificate id`), when it
   * names one: a held claim on the certificate the judged claim names, or on one already paid, can take no place of its own.
   */
  readonly certificateKey?: string;
  /** Its certificate's id, when it names one: a held training subsidy on a certificate the skill-upgrade subsidy paid (or the other way round) can never be paid. */
  readonly certificateId?: string;
  /**
   * The pay-once key of the course a held training subsidy is judged with (`trainingSubsidy|trainee|course id`: the course
   * its certificate's record names, or the claim's course of its occupation), when there is one: a held claim on a course
   * already paid can never be paid, and one on the course the judged claim names competes with it for one payment
   * (reading course-trained-once).
   */
  readonly courseKey?: string;
  /**
   * The apprenticeship record a held apprenticeship subsidy names, when the document holds it: its id, its kind of apprentice
   * and its span. The years it may still take count against the person's term, first years first (reading
   * claim-order-by-issue-date; cold review 111 F1: a held year keeps its place in 「补助原则上不超过2年」).
   */
  readonly apprenticeship?: HeldApprenticeship;
}

/** The apprenticeship record of a held apprenticeship subsidy ({@link HeldClaim}): what the term of a later claim needs of it. */
export interface HeldApprenticeship {
  /** The record's id. */
  readonly id: string;
  /** Its kind of apprentice: `employee` (职工学徒) or `student` (学生学徒), each with its own term. */
  readonly kind: string;
  /** Its first day. */
  readonly startDate: string;
  /** Its last day. */
  readonly endDate: string;
}

/** The answer for a key nothing paid (shared, read-only). */
const NONE: readonly Grant[] = Object.freeze([]);

/**
 * True when `a` comes before `b` in a trainee's history: earlier basis date, then lesser id, then lesser claim id.
 * @example grantBefore(grant({ id: "G1", basisDate: "2020-01-01" }), grant({ id: "G0", basisDate: "2020-02-01" })) // → true
 */
export function grantBefore(a: Grant, b: Grant): boolean {
  if (a.basisDate !== b.basisDate) return a.basisDate < b.basisDate;
  if (a.id !== b.id) return a.id < b.id;
  return a.claimId < b.claimId;
}

/**
 * What makes two grant records one payment (reading ledger-grant-identity): the grant's fields
 * with object keys sorted, its amount as yuan and its pay-once keys as the ledger reads them
 * ({@link grantKeys}) as a sorted set — so the same grant written by two systems, or as JSON and as CSV, or with its keys
 * listed and without them, is one.
 * @example
 * grantIdentity(grant({ amount: "1000.00" })) === grantIdentity(grant({ amount: 1000 as never })) // → true
 * grantIdentity(grant({ amount: "1000.00" })) === grantIdentity(grant({ amount: "900.00" })) // → false
 * grantIdentity(grant({ measure: "trainingSubsidy", certificateId: "K1", courseId: "C1" })) === grantIdentity(grant({ measure: "trainingSubsidy", certificateId: "K1", courseId: "C1", basisKeys: ["trainingSubsidy|P1|certificate K1", "trainingSubsidy|P1|level 6-29-01-01@intermediate"] })) // → true
 */
export function grantIdentity(grant: Grant): string {
  // the keys a set: a grant listing its keys reads its course after them, one without reads it beside its certificate (course-trained-once)
  return canonicalJson({ ...grant, amount: yuanOf(amount(grant.amount)), basisKeys: [...new Set(grantKeys(grant))].sort() });
}

/**
 * A ledger of past grants, by trainee: what the claim-history rules read
 * (`gbf2019.annual-cap`, `gbf2019.no-repeat`) and the ledger a local text may require
 * ({@link ledgerCitation}). Immutable; build one with
 * {@link Ledger.from} or start from {@link Ledger.empty}.
 * @example
 * const ledger = Ledger.from([grant({ id: "G1", basisDate: "2020-05-01" })]);
 * ledger.size // → 1
 * ledger.inYear("P1", 2020, new Set(["appraisalSubsidy"])).length // → 1
 * ledger.forOccupation("P1", new Set(["appraisalSubsidy"]), "6-29-01-01", "intermediate").map((g) => g.id) // → ["G1"]
 * ledger.with([grant({ id: "G2", claimId: "OLD-2" })]).size // → 2
 * ledger.hasClaim("OLD-1") // → true
 */
export class Ledger {
  readonly #byTrainee: Map<string, Grant[]>;
  readonly #claimIds: Set<string>;
  /** Claim ids pushed but not yet in `#claimIds`: added when `hasClaim` (or `with`) next asks, so a batch that never asks does not build the set. */
  readonly #newClaimIds: string[] = [];
  /** The grants that paid each pay-once key: one grant as itself (most keys are paid once: no list made), two or more as a list. */
  readonly #byKey: Map<string, Grant | Grant[]>;
  readonly #periods: Map<string, { start: string; end: string; grant: Grant }[]>;
  /** The grants recorded without pay-once keys, of each measure {@link Ledger.withoutKeys} was asked about: built on the first ask, then kept as grants are added. */
  readonly #withoutKeys = new Map<string, Grant[]>();
  #size: number;

  private constructor(
    byTrainee: Map<string, Grant[]>,
    claimIds: Set<string>,
    size: number,
    byKey: Map<string, Grant | Grant[]> = new Map(),
    periods: Map<string, { start: string; end: string; grant: Grant }[]> = new Map(),
  ) {
    this.#byTrainee = byTrainee;
    this.#claimIds = claimIds;
    this.#size = size;
    this.#byKey = byKey;
    this.#periods = periods;
  }

  /** The ledger with no grants. */
  static readonly empty: Ledger = new Ledger(new Map(), new Set(), 0);

  /**
   * A ledger of `grants`, each checked as `parseGrant` checks a grant.
   * @throws SkillsSubsidyError `invalid_argument` naming the field (`grants[0].level`) when `grants` is not an array of
   * grants `parseGrant` accepts.
   */
  static from(grants: readonly Grant[]): Ledger {
    checkGrants(grants, "grants");
    return Ledger.empty.#with(grants);
  }

  static {
    growingParsed = (grants) => {
      const ledger = Ledger.empty.#with(grants);
      return { ledger, add: (grant) => ledger.#push(grant) };
    };
  }

  /**
   * A ledger that grows as a batch is decided: `add` appends in place (constant time),
   * so a batch of a million claims does not copy the ledger a million times. Hand out
   * `ledger` only to code that reads it. The grants given are checked as `parseGrant` checks a grant; those `add`ed are
   * not (a batch adds the grants it made).
   * @throws SkillsSubsidyError `invalid_argument` naming the field (`grants[0].level`) when `grants` is not an array of
   * grants `parseGrant` accepts.
   */
  static growing(grants: readonly Grant[]): {
    /** The ledger, growing with each `add`. */
    readonly ledger: Ledger;
    /** Appends a grant in place. */
    add(grant: Grant): void;
  } {
    checkGrants(grants, "grants");
    return growingParsed(grants);
  }

  #push(grant: Grant): void {
    let list = this.#byTrainee.get(grant.traineeId);
    if (list === undefined) {
      list = [];
      this.#byTrainee.set(grant.traineeId, list);
    }
    // Kept in order of basis date, then id, so what a rule reads (and the earlier grants a
    // reason names) never depends on the order the grants were given in. A batch adds its
    // grants in the order it judges claims (basis date first), so this is nearly always
    // an append.
    let at = list.length;
    while (at > 0 && grantBefore(grant, list[at - 1] as Grant)) at--;
    if (at === list.length) list.push(grant);
    else list.splice(at, 0, grant);
    const carried = carriesKeys(grant);
    for (const key of carried ? carriedKeys(grant) : describedKeys(grant)) {
      const period = key.includes("|period ") ? periodOfKey(key) : null;
      if (period !== null) {
        this.#period(period.prefix, period.start, period.end, grant);
        continue;
      }
      // A month is also the period of its days, so a period claimed over one of them finds it.
      const month = key.includes("|month ") ? keyValue(key, "month") : null;
      const days = month === null ? null : monthSpan(month);
      if (days !== null) this.#period(`${key.slice(0, key.lastIndexOf("|month "))}|period`, days.start, days.end, grant);
      const paid = this.#byKey.get(key);
      if (paid === undefined) this.#byKey.set(key, grant);
      else if (Array.isArray(paid)) paid.push(grant);
      else this.#byKey.set(key, [paid, grant]);
    }
    if (!carried) this.#withoutKeys.get(grant.measure)?.push(grant);
    this.#newClaimIds.push(grant.claimId);
    this.#size += 1;
  }

  /** Records that `grant` paid the days `start`..`end` of the period keys starting `prefix`. */
  #period(prefix: string, start: string, end: string, grant: Grant): void {
    const list = this.#periods.get(prefix);
    if (list === undefined) this.#periods.set(prefix, [{ start, end, grant }]);
    else list.push({ start, end, grant });
  }

  /** How many grants the ledger holds. */
  get size(): number {
    return this.#size;
  }

  /**
   * A new ledger with `grants` added; this one is unchanged. A grant it already holds — the
   * same id and the same content — is the same payment and is not added again (reading
   * ledger-grant-identity: a grants file read twice, or two ledgers that share grants, count each
   * payment once). The content is compared as the ledger reads it (`grantIdentity`): the
   * order of fields aside, the amount as yuan (`1000` and `"1000.00"` are one amount), the pay-once
   * keys as read (a grant listing the keys it would be read with anyway is the same grant). Two
   * grants with one id and different contents are both kept: which one is true is unknown, and
   * dropping either could pay its basis again.
   * @throws SkillsSubsidyError `invalid_argument` naming the field (`grants[0].level`) when `grants` is not an array of
   * grants `parseGrant` accepts.
   */
  with(grants: readonly Grant[]): Ledger {
    checkGrants(grants, "grants");
    return this.#with(grants);
  }

  #with(grants: readonly Grant[]): Ledger {
    const next = new Ledger(new Map([...this.#byTrainee].map(([k, v]) => [k, [...v]])), new Set(this.#indexedClaimIds()), this.#size, new Map([...this.#byKey].map(([k, v]) => [k, Array.isArray(v) ? [...v] : v])), new Map([...this.#periods].map(([k, v]) => [k, [...v]])));
    if (grants.length === 0) return next;
    // The grants held under each id: a repeated id is compared with every one of them, by content (worked out only for
    // an id seen twice: most ledgers repeat none).
    const held = new Map<string, Grant[]>();
    const hold = (g: Grant): boolean => {
      const same = held.get(g.id);
      if (same === undefined) {
        held.set(g.id, [g]);
        return true;
      }
      const identity = grantIdentity(g);
      if (same.some((h) => h === g || grantIdentity(h) === identity)) return false;
      same.push(g);
      return true;
    };
    for (const list of this.#byTrainee.values()) for (const g of list) hold(g);
    for (const grant of grants) if (hold(grant)) next.#push(grant);
    return next;
  }

  /** Every grant, trainee by trainee in first-seen order, each trainee's by basis date, then id. */
  grants(): Grant[] {
    return [...this.#byTrainee.values()].flat();
  }

  /** True when some grant was paid on this claim id. */
  hasClaim(claimId: string): boolean {
    return this.#indexedClaimIds().has(claimId);
  }

  #indexedClaimIds(): Set<string> {
    if (this.#newClaimIds.length > 0) {
      for (const id of this.#newClaimIds) this.#claimIds.add(id);
      this.#newClaimIds.length = 0;
    }
    return this.#claimIds;
  }

  /**
   * The grants that paid this pay-once key (reading: pay-once-basis), in the order they
   * were added; for a period key, the grants whose period of the same prefix overlaps it.
   */
  paidOn(key: string): readonly Grant[] {
    const period = key.includes("|period ") ? periodOfKey(key) : null;
    if (period === null) {
      const paid = this.#byKey.get(key);
      return paid === undefined ? NONE : Array.isArray(paid) ? paid : [paid];
    }
    const list = this.#periods.get(period.prefix);
    if (list === undefined) return NONE;
    const out: Grant[] = [];
    for (const p of list) if (p.start <= period.end && period.start <= p.end) out.push(p.grant);
    return out;
  }

  /**
   * The grants of `measure`, of any trainee, recorded without pay-once keys the library can read
   * (no `basisKeys`, an empty list or another system's keys: `carriesKeys`), in no particular order: for a basis no person owns, which such
   * a grant may have paid whoever it was filed under (reading: earlier-grant-says-what-it-paid).
   * The first ask for a measure reads the whole ledger; later grants are added as they come.
   */
  withoutKeys(measure: string): readonly Grant[] {
    let list = this.#withoutKeys.get(measure);
    if (list === undefined) {
      list = [];
      for (const grants of this.#byTrainee.values()) for (const g of grants) if (g.measure === measure && !carriesKeys(g)) list.push(g);
      this.#withoutKeys.set(measure, list);
    }
    return list;
  }

  /** The grants of one trainee, by basis date, then id (whatever order they were given in). */
  grantsOf(traineeId: string): readonly Grant[] {
    return this.#byTrainee.get(traineeId) ?? [];
  }

  /** The trainee's grants of the given measures whose basis date falls in `year`. */
  inYear(traineeId: string, year: number, measures: ReadonlySet<string>): Grant[] {
    const out: Grant[] = [];
    const list = this.#byTrainee.get(traineeId);
    if (list === undefined) return out;
    // The year as the first four characters of a basis date (a civil date, YYYY-MM-DD): compared in place, no number parsed per grant.
    const y = String(year).padStart(4, "0");
    for (const g of list) if (g.basisDate.startsWith(y) && measures.has(g.measure)) out.push(g);
    return out;
  }

  /** The trainee's grants of the given measures for this occupation and level (any year, any payee). */
  forOccupation(traineeId: string, measures: ReadonlySet<string>, occupationCode: string, level: string | undefined): Grant[] {
    const out: Grant[] = [];
    const list = this.#byTrainee.get(traineeId);
    if (list === undefined) return out;
    // Where neither code holds the separator `@`, equal keys are equal codes and equal
    // levels (no key built); otherwise the keys are compared, as different codes might make one.
    // The asked key is built only when a grant needs it: nearly every code is plain, and most asks find no grant.
    let key: string | undefined;
    const at = occupationCode.includes("@");
    for (const g of list) {
      if (!measures.has(g.measure) || g.occupationCode === undefined) continue;
      const plain = !at && !g.occupationCode.includes("@");
      if (plain ? g.occupationCode === occupationCode && g.level === level : occupationKey(g.occupationCode, g.level) === (key ??= occupationKey(occupationCode, level))) out.push(g);
    }
    return out;
  }
}

/**
 * The provision that requires the ledger of grants under a policy: the `ledger` clause of
 * its most specific layer that gives one (a local text's real-name ledger, say), `null` when
 * none does. Every grant is kept under the person's id with its claim, provision, payee,
 * amount and basis date, so that each payment traces back to the claim and the text it was
 * paid under; {@link Ledger} is that ledger, and `evaluateBatch` adds each grant it pays.
 * @example
 * ledgerCitation(nationalPolicy()) // → null
 */
export function ledgerCitation(policy: Policy): Citation | null {
  for (let i = policy.layers.length - 1; i >= 0; i--) {
    const clause = policy.layers[i]?.ledger;
    if (clause !== undefined) return clause;
  }
  return null;
}
