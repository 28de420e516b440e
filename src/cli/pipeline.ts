/**
 * Deciding a batch of any size in bounded memory.
 *
 * Claims of one trainee compete for caps and first-time rules; claims of different
 * trainees never do. So the batch is split by trainee: every record goes to the part
 * of its trainee (`hash(traineeId) mod K`), each part is decided on its own with the
 * library's {@link decideBatch}, and the parts' decisions, each already in judged order
 * (basis date, then filing date, then claim id), are merged into one sorted stream.
 *
 * 1. Read: records stream in. Up to {@link SPILL_AFTER} records stay in memory (one
 *    part); past that they are written to K part files in a temporary directory. An
 *    NDJSON line is routed by its type and trainee id read from its top level without
 *    parsing it (input.ts, `scanLine`) and written as it was read; other records (and
 *    lines the scan cannot route for certain) come parsed. Enterprises (referenced by id
 *    from any trainee's claims) are kept aside and validated once.
 * 2. Decide each part: parse its raw lines (each record's one parse, with the same checks
 *    and reports as on reading), validate it as a claims document, decide it, write its decisions
 *    (sorted) and invalid records to files, and note each valid claim's id, trainee
 *    and content (written out only for an id the part holds twice), and each prior
 *    grant's claim id, in K claim-id files. A part of 2 MiB or more (past a 512 MiB input,
 *    where K stays at {@link MAX_PARTS}) is decided in slices of its trainees of about
 *    {@link SLICE_BYTES} each, one after the other, each slice as its own document; the
 *    slices' sorted decisions are merged into the part's file.
 * 3. Claim ids shared across units (parts, and slices of a part): the library's
 *    {@link claimIdFacts} says, by the batch's own rules, which unit decides each (a
 *    conflict, or a duplicate of a grant in another unit's prior ledger) and which units
 *    leave it to that one; a course, certificate or apprenticeship id held by two units
 *    (so by two trainees) makes every copy a `duplicate_id`, as in one document. Only
 *    parts with such an id are decided again, with those facts (normally none).
 * 4. Merge the parts' sorted decisions and invalid records into the output.
 *
 * Memory holds one slice (at most about 2 MiB of input), the enterprises, and K write
 * buffers, whatever the input size. With `threads` > 1 the parts of step 2 are decided by
 * this thread and worker threads (threads.ts), each holding its own slice; the output is
 * the same byte for byte.
 *
 * One exception to "trainees never compete": a basis no person owns — a training package,
 * paid once whoever claims it (jx2019 五(十)二 「给予每个不超过5万元补助」, reading
 * pay-once-basis) — may be claimed under two trainees (the engine files a package claim
 * under its contact person). The parts holding claims or prior grants of one such basis
 * are joined into one part before deciding ({@link PartJoins}), so the library's pay-once
 * rule sees them all, as in one document; so are the parts holding a prior package grant that
 * names no package (another system's ledger) and the package claims of its payee. A joined part is larger than one part, and a
 * part holding such a basis is decided whole, never in slices.
 */
import { appendFileSync, closeSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CivilDate, Claim, ClaimIdCopy, ClaimsElsewhere, Decision, Policy, ValidationIssue } from "../index.js";
import { claimContentKey, claimIdFacts, COLLECTIONS, decideBatch, packageBasisKey, parseClaimsDocument, validationIssue } from "../index.js";
import { readsKeys } from "../core/ledger.js";
import { UNREAD_NAMED } from "../engine.js";
import { parseApprenticeship, parseCertificate, parseCourse } from "../records/parse.js";
import { isId } from "../records/kinds.js";
import type { UnreadCertificate } from "../records/document.js";
import { unreadCertificate } from "../records/document.js";
import { breathe, onExit } from "./cleanup.js";
import type { BadItem, Item, RawLine, Read, RecordType } from "./input.js";
import { INPUT_LIMITS, isBad, isRaw, ndjsonItem, rawText } from "./input.js";
import type { Io } from "./io.js";
import { ByteWriter, InputError, textOf } from "./io.js";
import type { PayloadPieces } from "./output.js";
import { Formatter, Summary } from "./output.js";
import type { PolicySource } from "./options.js";
import type { ProgressEvents } from "./progress.js";
import { failRun, startHelpers, stopWorkers, takeJob } from "./threads.js";

/** Records kept in memory before the run spills to part files. */
export const SPILL_AFTER = 20_000;

/**
 * The most parts a run is split into: K = the input's size / 1 MiB, between 16 and this, so a
 * part holds about 1 MiB of input up to a 512 MiB input (about 1.1M claims of the
 * benchmark's batch) and grows with the input past it. Measured at 10M claims (4.8 GB,
 * docs/performance.md): 4,096 parts, merged in rounds, kept peak memory at 240 MB against
 * 515 MB with 512, but took 2,051 CPU-seconds against 1,201 — so the cap stays at 512, and a
 * part grows past 512 MiB of input — decided in slices ({@link SLICE_BYTES}), so memory does
 * not grow with it. The merge in rounds ({@link MERGE_FAN_IN}) lets the cap be raised safely.
 */
export const MAX_PARTS = 512;
/** The most part files merged at once (so the merge needs at most this many file descriptors and 16 KiB buffers). */
export const MERGE_FAN_IN = 512;

/** The number of parts for an input of `size` bytes (null: unknown, standard input). */
export function partsFor(size: number | null): number {
  if (size === null) return MAX_PARTS;
  return Math.min(MAX_PARTS, Math.max(16, Math.ceil(size / (1024 * 1024))));
}

/**
 * The bytes of a part file decided at once. Memory follows what is decided at once (its
 * records parsed, the part file's text): a part of 2 slices or more is decided in slices
 * of its trainees, about this size each ({@link slicesFor}), so past a 512 MiB input,
 * where a part grows with the input (K stays at {@link MAX_PARTS}), memory does not.
 * Measured (docs/performance.md): 1M claims in 48 parts of ~9.3 MiB peaked at 254 MB
 * decided whole, 170 MB in 9 slices a part (as many as 448 parts of ~1 MiB), output
 * byte-identical, CPU time unchanged.
 */
export const SLICE_BYTES = 1024 * 1024;

/** How many slices a part file of `bytes` is decided in: one below 2 × `sliceBytes`, else one per `sliceBytes` (rounded down). */
export function slicesFor(bytes: number, sliceBytes = SLICE_BYTES): number {
  return bytes < 2 * sliceBytes ? 1 : Math.floor(bytes / sliceBytes);
}

/**
 * The slice of a part (of `k`) decided in `slices` slices that a trainee with id hash `hash` falls in.
 * Independent of the part (`hash mod k`): the quotient by `k`, not `hash` itself, is taken modulo `slices`.
 */
function sliceOf(hash: number, k: number, slices: number): number {
  return slices === 1 ? 0 : Math.floor(hash / k) % slices;
}

/** An invalid record as reported: where it was read, its type and id, and its issues (paths within the record). */
export interface InvalidReport {
  readonly at: string;
  readonly recordType: RecordType | null;
  readonly id: string | null;
  readonly issues: readonly ValidationIssue[];
}

type Collection = keyof typeof COLLECTIONS;
const COLLECTION_OF: Record<RecordType, Collection> = {
  trainee: "trainees",
  course: "courses",
  certificate: "certificates",
  enterprise: "enterprises",
  apprenticeship: "apprenticeships",
  grant: "ledger",
  claim: "claims",
};

export interface RunOptions {
  readonly policy: Policy;
  readonly on?: CivilDate;
  /**
   * The order decisions are written in (the library's `BatchOptions.order`): `"judged"` (the default), the whole
   * batch by basis date, then filing date, then claim id, merged from the parts; `"trainee"`, each trainee's decisions together in
   * judged order, trainees as the input lists them in memory, part by part past {@link SPILL_AFTER} records (always
   * {@link MAX_PARTS} parts, their files written one after another: no merge). The same decisions and grants either way.
   */
  readonly order?: "judged" | "trainee";
  /** `false` writes decisions without their trace (faster; at 1M claims 1.35 GB of NDJSON against 1.69 GB traced, docs/cli.md). */
  readonly trace?: boolean;
  readonly formatter: Formatter;
  readonly io: Io;
  /** Only decisions this accepts are written (explain keeps one). */
  readonly select?: (d: Decision) => boolean;
  /** Show progress on standard error (a terminal) for large inputs. */
  readonly progress: boolean;
  /** Told of each record read and each claim decided (see progress.ts); the caller shows it. */
  readonly events?: Pick<ProgressEvents, "read" | "decided">;
  /** Records kept in memory before spilling (tests lower it to exercise the partitioned path). */
  readonly spillAfter?: number;
  /** Number of parts when spilling (default: from the input's size). */
  readonly parts?: number;
  /** Most part files merged at once (default {@link MERGE_FAN_IN}; tests lower it to exercise the merge in rounds). */
  readonly mergeFanIn?: number;
  /** Bytes of a part file decided at once (default {@link SLICE_BYTES}; tests lower it to decide parts in slices). */
  readonly sliceBytes?: number;
  /** Input size in bytes when known, to choose the number of parts. */
  readonly sizeHint?: number | null;
  /** Keep the grants the run makes, for {@link RunResult.grants} (`evaluate --grants-out`). */
  readonly keepGrants?: boolean;
  /**
   * Threads deciding the parts of a spilled run (default 1: the main thread alone): the
   * main thread and `threads - 1` worker threads (threads.ts), which need `policySource`.
   */
  readonly threads?: number;
  /** How the run's policy is made, for worker threads to make the same one. */
  readonly policySource?: PolicySource;
  /** The worker's built file (default `dist/cli-worker.js` beside the command; tests running the sources name it). */
  readonly workerFile?: URL;
  /** Told how many threads decide the parts of a spilled run, once they are started (tests check that workers ran). */
  readonly onThreads?: (threads: number) => void;
}

export interface RunResult {
  readonly summary: Summary;
  readonly invalidCount: number;
  /** How many parts the batch was split into (1 = decided in memory). */
  readonly parts: number;
  /** Decision payloads in the run's order ({@link RunOptions.order}): text, or (from a spilled run's files) bytes, never decoded (`textOf` reads either). */
  decisions(): Iterable<string | Buffer>;
  /** The grants the run made, each as JSON, in the run's order (none unless `keepGrants`). */
  grants(): Iterable<string>;
  invalid(): Iterable<InvalidReport>;
  /** Removes temporary files. */
  close(): void;
}

/** FNV-1a, 32 bits: the part of a trainee id. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function routeKey(item: Item | RawLine): string | null {
  if (isRaw(item)) return item.key;
  const key = item.type === "trainee" ? item.record["id"] : item.record["traineeId"];
  return typeof key === "string" ? key : null;
}

const clean = (text: string) => (text.includes("\t") || text.includes("\n") || text.includes("\r") ? text.replace(/[\t\r\n]/g, " ") : text);
const seqKey = (seq: number) => seq.toString().padStart(12, "0");

/**
 * Writes a record's line to its part file: `seq\tR\ttype\thash\tat\t` and the NDJSON line as read (to
 * be parsed when its part is decided), or `seq\tI\ttype\thash\tat\t` and the record's JSON
 * (read from CSV or a JSON document, or an NDJSON line that had to be parsed to be routed).
 * `hash` is its trainee id's {@link hash32}, which picks the part and, in a large part, the
 * slice ({@link sliceOf}).
 */
function addItem(files: PartFiles, part: number, item: Item | RawLine, hash: number): void {
  if (isRaw(item)) files.addBytes(part, `${item.seq}\tR\t${item.type}\t${hash}\t${clean(item.at)}\t`, item.chunk, item.start, item.end);
  else files.add(part, `${item.seq}\tI\t${item.type}\t${hash}\t${clean(item.at)}\t${JSON.stringify(item.record)}`);
}

/** The trainee-id hash a part file's line carries (see {@link addItem}). */
function lineHash(line: Buffer): number {
  const c = line.indexOf(9, line.indexOf(9) + 3);
  return Number(line.toString("latin1", c + 1, line.indexOf(9, c + 1)));
}

/**
 * A part file's line, `bytes[start, end)`, as an item: a raw NDJSON line is parsed here, its one parse, and may turn out
 * bad. Each line's fields are decoded from the bytes on their own (the seq and type never are), not the file as one text
 * split into lines: a text that holds any Chinese is all two-byte, and decoding it whole, then parsing slices of it, took
 * twice as long (a line holds only ASCII between tabs, so every piece ends on a whole character).
 */
function lineItem(bytes: Buffer, start: number, end: number): Item | BadItem {
  let seq = 0;
  let a = start;
  for (let c = bytes[a] as number; c !== 9; c = bytes[++a] as number) seq = seq * 10 + (c - 48);
  const b = a + 2;
  const c = bytes.indexOf(9, b + 1);
  const h = bytes.indexOf(9, c + 1);
  const d = bytes.indexOf(9, h + 1);
  const at = bytes.toString("utf8", h + 1, d);
  if (bytes[a + 1] === 0x52) return ndjsonItem(seq, at, bytes.toString("utf8", d + 1, end), false);
  return { seq, type: bytes.toString("latin1", b + 1, c) as RecordType, at, record: JSON.parse(bytes.toString("utf8", d + 1, end)) as Record<string, unknown> };
}

/** The items of a part file (each line ended by a newline; see {@link addItem}), read whole as bytes. */
function partItems(path: string): (Item | BadItem)[] {
  const bytes = readFileSync(path);
  const items: (Item | BadItem)[] = [];
  for (let at = 0, nl = bytes.indexOf(10); nl !== -1; at = nl + 1, nl = bytes.indexOf(10, at)) items.push(lineItem(bytes, at, nl));
  return items;
}

/** An item of a part, a raw line parsed now (each line is parsed once, where it is decided). */
function parsedItem(item: Item | RawLine): Item | BadItem {
  return isRaw(item) ? ndjsonItem(item.seq, item.at, rawText(item), false) : item;
}

/** A bad record as reported (its issues found when it was read or parsed). */
function badReport(item: BadItem): InvalidReport {
  return { at: item.at, recordType: item.type, id: item.id, issues: item.issues };
}

/** How a part's facts file names each fact about a claim id. */
const FACT_LETTER: Readonly<Record<keyof ClaimsElsewhere, string>> = { conflicting: "C", reportedElsewhere: "E", paid: "P", unread: "U", unreadClaimOnly: "V", unreadTrainees: "T", grantIds: "N", claimIds: "M" };

/** `A` for an id `A:2` (`:` and digits at its end) — the id the grant of claim `A` judged again could take — else null. */
function numberedBase(id: string): string | null {
  const m = /^(.+):[0-9]+$/.exec(id);
  return m === null ? null : (m[1] as string);
}

/** A prior grant set aside as invalid that names a claim id: the claim, the trainee it names (`-` when it names none it can), and its name (its id, else the claim id). */
interface UnreadRef {
  readonly claimId: string;
  readonly traineeId: string;
  readonly name: string;
  /** A piece of a grant that cannot be read as one record: it may name the grant's trainee too (`T` facts). */
  readonly piece?: boolean;
}

/** What an invalid prior grant names, when it names a claim id ({@link isId}: only an id can name a valid record); else null. */
function unreadRef(claimId: unknown, traineeId: unknown, id: unknown): UnreadRef | null {
  return isId(claimId) ? { claimId, traineeId: isId(traineeId) ? traineeId : "-", name: isId(id) ? id : claimId } : null;
}

/**
 * The records a claim names that must be its trainee's for it to be valid (`course:id`, `certificate:id`,
 * `apprenticeship:id`, comma-separated): a copy naming one that another unit also holds is invalid once that record is
 * (`duplicate_id` on every copy), so it is no filing of its claim id (cold review 46).
 */
function referencesOf(claim: Pick<Claim, "courseId" | "certificateId" | "apprenticeshipId">): string {
  const refs: string[] = [];
  if (claim.courseId !== undefined) refs.push(`course:${claim.courseId}`);
  if (claim.certificateId !== undefined) refs.push(`certificate:${claim.certificateId}`);
  if (claim.apprenticeshipId !== undefined) refs.push(`apprenticeship:${claim.apprenticeshipId}`);
  return refs.join(",");
}

/**
 * Adds a grant's name to those an id carries ({@link ClaimsElsewhere.unread}, `unreadTrainees`): in the order read, each
 * once, at most {@link UNREAD_NAMED} (as many as a held claim names), so every way of deciding names the same grants.
 */
function addName(names: Map<string, string[]>, id: string, name: string): void {
  const list = names.get(id);
  if (list === undefined) names.set(id, [name]);
  else if (list.length < UNREAD_NAMED && !list.includes(name)) list.push(name);
}

/** Its `U` line in the run's claim-id files, so the unit holding the claim holds it (reading earlier-grant-unreadable). */
const unreadLine = (u: UnreadRef): string => `${u.claimId}\t${u.traineeId}\t${u.piece === true ? "W" : "U"}${u.name}`;

/** Spill files hold whole records (names, birth dates): readable by their owner only. */
const PRIVATE = 0o600;

/** The prefix of a run's spill folder: `skills-subsidy-<pid>-XXXXXX`, so a later run can tell a dead run's folder. */
const SPILL_PREFIX = "skills-subsidy-";

/**
 * Removes the spill folders of runs that died without cleaning up (killed with SIGKILL,
 * out of memory, power loss): folders named by a process id that is no longer alive and
 * owned by this user. Folders of live runs, and folders not named so, are left alone.
 */
export function removeStaleSpills(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const uid = typeof process.getuid === "function" ? process.getuid() : null;
  for (const name of names) {
    const match = /^skills-subsidy-(\d+)-[A-Za-z0-9]{6}$/.exec(name);
    if (match === null) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || alive(pid)) continue;
    const path = join(dir, name);
    try {
      const stat = statSync(path);
      if (!stat.isDirectory() || (uid !== null && stat.uid !== uid)) continue;
      rmSync(path, { recursive: true, force: true });
    } catch {
      // raced with another run, or not ours to remove
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The bases no person owns that a record names: a claim's training package, a prior
 * grant's basis keys owned by `*` (see {@link packageBasisKey}), or, for a prior package grant
 * kept without keys (or with an empty list, or another system's: `readsKeys`), its `trainingPackageId`. A package grant that names no package may have paid
 * any package of its payee (reading earlier-grant-says-what-it-paid), so it and every package
 * claim of that payee also name the payee's packages as one basis.
 */
function sharedBases(item: Item): string[] {
  if (item.type === "claim") {
    const pkg = item.record["trainingPackage"];
    const id = typeof pkg === "object" && pkg !== null ? (pkg as Record<string, unknown>)["id"] : undefined;
    return typeof id === "string" ? [packageBasisKey(id), payeePackages(item.record["claimant"])] : [];
  }
  if (item.type === "grant") {
    const keys = item.record["basisKeys"];
    const measure = item.record["measure"];
    const traineeId = item.record["traineeId"];
    const id = item.record["trainingPackageId"];
    // the keys as the ledger reads them (readsKeys, as carriesKeys asks it of a parsed grant): an empty list, another
    // system's keys or keys under another owner are read as none (reading earlier-grant-says-what-it-paid)
    if (Array.isArray(keys) && typeof measure === "string" && typeof traineeId === "string" && readsKeys(measure, traineeId, typeof id === "string" ? id : undefined, keys)) return keys.filter((key): key is string => typeof key === "string" && key.split("|")[1] === "*");
    if (measure !== "trainingPackageGrant") return [];
    return [typeof id === "string" ? packageBasisKey(id) : payeePackages(item.record["payee"])];
  }
  return [];
}

/** The packages of one payee (a claim's claimant, a grant's payee), as one shared basis (a name no pay-once key has: those start with the measure). */
function payeePackages(party: unknown): string {
  const p = typeof party === "object" && party !== null ? (party as Record<string, unknown>) : {};
  return `packages of ${JSON.stringify([p["kind"], p["id"]])}`;
}

/** Which parts must be decided as one because their records share a basis no person owns (union–find over part numbers). */
class PartJoins {
  readonly #parent: number[];
  readonly #owner = new Map<string, number>();
  /** Parts holding a record that names a basis no person owns. */
  readonly #shared = new Set<number>();
  constructor(k: number) {
    this.#parent = Array.from({ length: k }, (_, i) => i);
  }
  find(part: number): number {
    let root = part;
    while (this.#parent[root] !== root) root = this.#parent[root] as number;
    while (this.#parent[part] !== root) [this.#parent[part], part] = [root, this.#parent[part] as number];
    return root;
  }
  /** Notes that `item`, routed to `part`, names its shared bases (a line routed raw names none: input.ts, `scanLine`). */
  note(item: Item | RawLine, part: number): void {
    if (isRaw(item)) return;
    for (const basis of sharedBases(item)) {
      this.#shared.add(part);
      const other = this.#owner.get(basis);
      if (other === undefined) this.#owner.set(basis, part);
      else {
        const [a, b] = [this.find(part), this.find(other)];
        if (a !== b) this.#parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  /** The parts (roots) whose records name a basis no person owns: each is decided whole, never in slices (its trainees may compete). */
  sharedRoots(): Set<number> {
    return new Set([...this.#shared].map((part) => this.find(part)));
  }
}

const NEWLINE = Buffer.from("\n");
const EMPTY = Buffer.alloc(0);

/** Bytes each part file's buffer holds before it is appended to its file. */
const PART_BUFFER_BYTES = 8 * 1024;

/** Bytes the K part files' buffers hold together while the input is split: each is written to its file (kept open) once per this / K bytes. */
const INPUT_BUFFERS_BYTES = 4 * 1024 * 1024;

/** Each input part file's buffer: {@link INPUT_BUFFERS_BYTES} shared by the K parts, from {@link PART_BUFFER_BYTES} (512 parts) to 64 KiB (64 parts or fewer). */
function inputBufferBytes(k: number): number {
  return Math.min(1 << 16, Math.max(PART_BUFFER_BYTES, Math.floor(INPUT_BUFFERS_BYTES / k)));
}

/**
 * K files written through small byte buffers (each made on a part's first line and
 * dropped by {@link PartFiles.flushAll}), so K can be large without holding much: a line
 * is encoded into its part's buffer as it comes (no string is kept, joined or copied), and
 * a full buffer is appended to its file.
 */
export class PartFiles {
  readonly dir: string;
  readonly name: string;
  readonly #buffers: (Buffer | null)[];
  readonly #used: number[];
  readonly #size: number;
  /** Open descriptors, when the files are written a lot (the input's parts, a part's decisions): kept until {@link PartFiles.flushAll}. */
  readonly #fds: (number | null)[] | null;
  /**
   * `keepOpen`: keep each file open between appends (for files written many times: the
   * input's K parts, as many descriptors as the merge holds, and a part's decisions and
   * grants); otherwise each append opens and closes its file (the claim-id files, written
   * little). Measured: appending 9.3 KiB (a buffer of 512 parts) took 30–46 µs opening and
   * closing the file, 10–12 µs to a file kept open — 48,000 appends at 1M claims.
   * `bufferBytes`: each file's buffer (default 8 KiB).
   */
  constructor(dir: string, name: string, k: number, options: { readonly keepOpen?: boolean; readonly bufferBytes?: number } = {}) {
    this.dir = dir;
    this.name = name;
    this.#buffers = new Array<Buffer | null>(k).fill(null);
    this.#used = new Array<number>(k).fill(0);
    this.#size = options.bufferBytes ?? PART_BUFFER_BYTES;
    this.#fds = options.keepOpen === true ? new Array<number | null>(k).fill(null) : null;
    for (let i = 0; i < k; i++) writeFileSync(this.path(i), "", { mode: PRIVATE });
  }
  path(i: number): string {
    return join(this.dir, `${this.name}-${i}`);
  }
  add(i: number, line: string): void {
    this.addBytes(i, line, EMPTY, 0, 0);
  }
  /**
   * Adds a line made of four pieces of text, each encoded in place one after another (a
   * long piece, a decision's JSON, is never copied into one joined string first). Each
   * piece ends on a whole character (they are split at ASCII characters), so the bytes are
   * those of the joined line.
   */
  addText(i: number, a: string, b: string, c: string, d: string): void {
    let used = this.#used[i] as number;
    if (used + (a.length + b.length + c.length + d.length) * 3 + 1 > this.#size) {
      const bytes = Buffer.byteLength(a) + Buffer.byteLength(b) + Buffer.byteLength(c) + Buffer.byteLength(d) + 1;
      if (used + bytes > this.#size) {
        this.#flush(i);
        used = 0;
        if (bytes > this.#size) {
          this.#append(i, Buffer.from(`${a}${b}${c}${d}\n`, "utf8"));
          return;
        }
      }
    }
    let buffer = this.#buffers[i];
    if (buffer === null || buffer === undefined) this.#buffers[i] = buffer = Buffer.allocUnsafeSlow(this.#size);
    used += buffer.write(a, used);
    if (b !== "") used += buffer.write(b, used);
    if (c !== "") used += buffer.write(c, used);
    if (d !== "") used += buffer.write(d, used);
    buffer[used] = 0x0a;
    this.#used[i] = used + 1;
  }
  /** Adds a line made of `head` (text) and `body[start, end)` (bytes, copied as they are, no newline in them). */
  addBytes(i: number, head: string, body: Buffer, start = 0, end = body.length): void {
    let used = this.#used[i] as number;
    let headBytes = head.length * 3;
    const bodyBytes = end - start;
    if (used + headBytes + bodyBytes + 1 > this.#size) {
      headBytes = Buffer.byteLength(head);
      const bytes = headBytes + bodyBytes + 1;
      if (used + bytes > this.#size) {
        this.#flush(i);
        used = 0;
        if (bytes > this.#size) {
          this.#append(i, Buffer.concat([Buffer.from(head, "utf8"), body.subarray(start, end), NEWLINE]));
          return;
        }
      }
    }
    let buffer = this.#buffers[i];
    if (buffer === null || buffer === undefined) this.#buffers[i] = buffer = Buffer.allocUnsafeSlow(this.#size);
    used += buffer.write(head, used);
    // Byte by byte: a line is short, and Buffer#copy from an offset makes a view of the source first.
    for (let at = start; at < end; at++) buffer[used++] = body[at] as number;
    buffer[used] = 0x0a;
    this.#used[i] = used + 1;
  }
  #append(i: number, bytes: Uint8Array): void {
    if (this.#fds === null) {
      appendFileSync(this.path(i), bytes, { mode: PRIVATE });
      return;
    }
    let fd = this.#fds[i];
    if (fd === null || fd === undefined) this.#fds[i] = fd = openSync(this.path(i), "a", PRIVATE);
    writeAll(fd, bytes);
  }
  #flush(i: number): void {
    const used = this.#used[i] as number;
    if (used === 0) return;
    this.#append(i, (this.#buffers[i] as Buffer).subarray(0, used));
    this.#used[i] = 0;
  }
  /** Writes every buffered line out, closes what it kept open and lets the buffers go (a later line makes its part's buffer again). */
  flushAll(): void {
    for (let i = 0; i < this.#buffers.length; i++) this.#flush(i);
    this.#buffers.fill(null);
    if (this.#fds !== null) {
      for (const fd of this.#fds) if (fd !== null) closeSync(fd);
      this.#fds.fill(null);
    }
  }
  /** Closes what it kept open, its buffered lines dropped (a run ending early). */
  close(): void {
    if (this.#fds === null) return;
    for (const fd of this.#fds) {
      if (fd === null) continue;
      try {
        closeSync(fd);
      } catch {
        // closed already
      }
    }
    this.#fds.fill(null);
  }
  lines(i: number): string[] {
    return readLines(this.path(i));
  }
  /** Moves every part's lines into its root part (after {@link flushAll}), keeping the lines in input order (by `seq`). */
  join(joins: PartJoins): void {
    const moved = new Map<number, string[]>();
    for (let i = 0; i < this.#buffers.length; i++) {
      const root = joins.find(i);
      if (root === i) continue;
      let lines = moved.get(root);
      if (lines === undefined) moved.set(root, (lines = this.lines(root)));
      lines.push(...this.lines(i));
      writeFileSync(this.path(i), "", { mode: PRIVATE });
    }
    for (const [root, lines] of moved) {
      lines.sort((a, b) => Number(a.slice(0, a.indexOf("\t"))) - Number(b.slice(0, b.indexOf("\t"))));
      writeFileSync(this.path(root), lines.length === 0 ? "" : `${lines.join("\n")}\n`, { mode: PRIVATE });
    }
  }
}

/** A file's lines (each ended by a newline), read whole. */
function readLines(path: string): string[] {
  const text = readFileSync(path, "utf8");
  return text === "" ? [] : text.slice(0, -1).split("\n");
}

/**
 * Merges sorted files of `key\tpayload` lines into one file at `target`, keys kept, equal
 * keys in the files' order, and removes them. Lines travel as bytes, never decoded.
 */
function mergeInto(paths: readonly string[], target: string): void {
  const fd = openSync(target, "w", PRIVATE);
  try {
    const out = new ByteWriter((bytes) => writeAll(fd, bytes), { reuse: true });
    for (const line of mergeRuns(paths.map((f) => new ByteLineReader(f)), true)) {
      out.add(line);
      out.add(NEWLINE);
    }
    out.flush();
  } finally {
    closeSync(fd);
  }
  for (const f of paths) rmSync(f, { force: true });
}

/** Writes all of `bytes` to a file descriptor. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** Reads a file line by line with one small buffer (for the merge): each line as bytes, a view of the buffer valid until the next line is asked for (a copy when it spans two reads). */
class ByteLineReader implements Iterator<Buffer> {
  readonly #fd: number;
  /** The one block this reader reads into: a line is a view of it, valid until the next call of `next` (every caller copies a line before asking for the next). */
  readonly #buffer = Buffer.allocUnsafeSlow(1 << 14);
  #block: Buffer = Buffer.alloc(0);
  #at = 0;
  #pending: Buffer | null = null;
  #done = false;
  constructor(path: string) {
    this.#fd = openSync(path, "r");
  }
  next(): IteratorResult<Buffer> {
    for (;;) {
      const nl = this.#block.indexOf(10, this.#at);
      if (nl !== -1) {
        let line = this.#block.subarray(this.#at, nl);
        this.#at = nl + 1;
        if (this.#pending !== null) {
          line = Buffer.concat([this.#pending, line]);
          this.#pending = null;
        }
        return { done: false, value: line };
      }
      if (this.#done) return { done: true, value: undefined };
      const rest = this.#block.subarray(this.#at);
      if (rest.length > 0) this.#pending = this.#pending === null ? Buffer.from(rest) : Buffer.concat([this.#pending, rest]);
      const block = this.#buffer;
      const n = readSync(this.#fd, block, 0, block.length, null);
      if (n === 0) {
        this.#done = true;
        closeSync(this.#fd);
        // a last line without its newline
        this.#block = this.#pending === null || this.#pending.length === 0 ? Buffer.alloc(0) : Buffer.concat([this.#pending, NEWLINE]);
        this.#pending = null;
      } else this.#block = block.subarray(0, n);
      this.#at = 0;
    }
  }
}

/**
 * Merges sorted part files of `key\tpayload` lines into one sorted stream of payloads,
 * holding at most `fanIn` files open at once: past that, groups of `fanIn` files are first
 * merged into one file each (keys kept), in rounds, and the last round streams. So a run
 * of thousands of parts needs neither thousands of file descriptors nor their buffers.
 * Ties keep the files' order, in every round, as one merge of all of them would.
 */
function mergeFiles(paths: readonly string[], fanIn: number, dir: string, name: string, rounds: Map<string, readonly string[]>): Generator<Buffer> {
  // The rounds run once per stream name; a second read of the stream (the invalid records
  // are read twice) merges the files the first one left.
  let files = [...(rounds.get(name) ?? paths)];
  for (let round = 0; files.length > fanIn; round++) {
    const next: string[] = [];
    for (let g = 0; g < files.length; g += fanIn) {
      const group = files.slice(g, g + fanIn);
      if (group.length === 1) {
        next.push(group[0] as string);
        continue;
      }
      const merged = join(dir, `${name}-round${round}-${next.length}`);
      mergeInto(group, merged);
      next.push(merged);
    }
    files = next;
  }
  rounds.set(name, files);
  return mergeRuns(files.map((f) => new ByteLineReader(f)));
}

/**
 * The payloads of `key\tpayload` files read one file after another, each in its own order (the `"trainee"` order,
 * {@link RunOptions.order}: each part's decisions trainee by trainee, the parts in turn; nothing merged).
 */
function* filesInTurn(paths: readonly string[]): Generator<Buffer> {
  for (const path of paths) {
    for (const line of { [Symbol.iterator]: () => new ByteLineReader(path) }) yield line.subarray(line.indexOf(9) + 1);
  }
}

/**
 * Merges sorted runs of `key\tpayload` lines (text or bytes) into one sorted stream of
 * payloads (with `keepKeys`, of the whole lines), by a binary heap over the runs' heads.
 * Keys compare as text. Equal keys come in the runs' order, so merging consecutive groups
 * of runs first gives the same stream.
 */
function* mergeRuns<L extends string | Buffer>(runs: Iterator<L>[], keepKeys = false): Generator<L> {
  type Head = { key: string; line: L; tab: number; run: Iterator<L>; order: number };
  const heap: Head[] = [];
  const less = (i: number, j: number) => {
    const a = heap[i] as Head;
    const b = heap[j] as Head;
    return a.key < b.key || (a.key === b.key && a.order < b.order);
  };
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j] as Head, heap[i] as Head]);
  const push = (run: Iterator<L>, order: number) => {
    const next = run.next();
    if (next.done === true) return;
    const line = next.value;
    let key: string;
    let tab: number;
    if (typeof line === "string") {
      tab = line.indexOf("\t");
      key = line.slice(0, tab);
    } else {
      tab = (line as Buffer).indexOf(9);
      key = (line as Buffer).toString("utf8", 0, tab);
    }
    heap.push({ key, line, tab, run, order });
    let i = heap.length - 1;
    while (i > 0 && less(i, (i - 1) >> 1)) {
      swap(i, (i - 1) >> 1);
      i = (i - 1) >> 1;
    }
  };
  runs.forEach((run, order) => push(run, order));
  while (heap.length > 0) {
    const top = heap[0] as Head;
    if (keepKeys) yield top.line;
    else yield (typeof top.line === "string" ? top.line.slice(top.tab + 1) : (top.line as Buffer).subarray(top.tab + 1)) as L;
    const last = heap.pop() as Head;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(l, m)) m = l;
        if (r < heap.length && less(r, m)) m = r;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
    }
    push(top.run, top.order);
  }
}

/** The parsers of the records whose id is unique across the batch (those a `B` fact names). */
const PARSE_ALONE: Partial<Record<RecordType, (raw: unknown) => { readonly ok: boolean }>> = { course: parseCourse, certificate: parseCertificate, apprenticeship: parseApprenticeship };

/** Whether a course, certificate or apprenticeship record reads as a record on its own (its schema; what one document indexes by id). */
function readsAlone(item: Item): boolean {
  return PARSE_ALONE[item.type]?.(item.record).ok !== false;
}

function report(item: Pick<Item, "at" | "type">, id: string | null, issues: readonly ValidationIssue[], strip: number): InvalidReport {
  return { at: item.at, recordType: item.type, id, issues: issues.map((i) => ({ ...i, path: i.path.slice(strip) })) };
}

interface PartResult {
  /** `seq\tjson`, by seq. */
  readonly invalid: string[];
  /** `claimId\ttraineeId\tcontent` for valid claims (`T:traineeId` for an id held once here), `claimId\ttraineeId\tG` for prior grants. */
  readonly ids: string[];
  readonly summary: Summary;
  readonly widths: readonly number[];
}

/** Decides one part: its records as one claims document, the valid enterprises its claims name (or, naming none, their enterprise claimants) added. */
async function decidePart(
  items: readonly (Item | BadItem)[],
  enterprises: ReadonlyMap<string, Record<string, unknown>>,
  options: PartContext["options"],
  elsewhere: ClaimsElsewhere | undefined,
  wantIds: boolean,
  /** Receives each decision in the run's order (judged, or trainee by trainee): its key (`basis claimId\t`) and its payload in pieces (the line is the key and the pieces joined). */
  sink: (key: string, payload: PayloadPieces) => void,
  /** `type:id` of courses, certificates and apprenticeships whose id another part also holds: every copy is a duplicate_id. */
  badRecords: ReadonlySet<string> = new Set(),
  /** Receives `basis claimId\tgrant JSON` lines in the run's order (with `keepGrants`). */
  grantSink?: (line: string) => void,
  /** Whether its claims are counted as decided though `elsewhere` is given (a first decision with facts known before it). */
  counted = false,
): Promise<PartResult> {
  const doc: Record<Collection, Record<string, unknown>[]> = { trainees: [], courses: [], certificates: [], enterprises: [], apprenticeships: [], ledger: [], claims: [] };
  const where: Record<Collection, Item[]> = { trainees: [], courses: [], certificates: [], enterprises: [], apprenticeships: [], ledger: [], claims: [] };
  const duplicates: { seq: number; r: InvalidReport }[] = [];
  /** Certificates of this part whose id another part holds too: set aside, and read as one document reads them (reading earlier-certificate-unreadable). */
  const setAside: UnreadCertificate[] = [];
  for (const item of items) {
    if (isBad(item)) {
      duplicates.push({ seq: item.seq, r: badReport(item) });
      continue;
    }
    const id = item.record["id"];
    // A copy unreadable on its own is reported with its own issues, as one document reports it (it is no record, so no
    // copy of one): only the copies that read as records are duplicate_id (cold review 46, record 7).
    if (typeof id === "string" && badRecords.has(`${item.type}:${id}`) && readsAlone(item)) {
      duplicates.push({ seq: item.seq, r: { at: item.at, recordType: item.type, id, issues: [validationIssue(["id"], "duplicate_id", { id })] } });
      if (item.type === "certificate") setAside.push(unreadCertificate(setAside.length, item.record));
      continue;
    }
    const c = COLLECTION_OF[item.type];
    doc[c].push(item.record);
    where[c].push(item);
  }
  const added = new Set<string>();
  const add = (id: unknown) => {
    if (typeof id !== "string" || added.has(id)) return;
    const e = enterprises.get(id);
    if (e !== undefined) doc.enterprises.push(e);
    added.add(id);
  };
  // Every enterprise record a claim may be read with — the one it names and its claimant's own — goes to the part;
  // which of them a claim is judged by is decideBatch's to say (ClaimInput.enterprise), not repeated here.
  for (const claim of doc.claims) {
    add(claim["enterpriseId"]);
    const claimant = claim["claimant"] as { id?: unknown } | null | undefined;
    if (claimant !== null && typeof claimant === "object") add(claimant.id);
  }
  const read = parseClaimsDocument(doc);
  if (!read.ok) throw new InputError("input", "too_many_records", { limit: INPUT_LIMITS.maxRecordsPerCollection });
  const parsed = setAside.length === 0 ? read : { ...read, value: { ...read.value, document: { ...read.value.document, unreadCertificates: [...(read.value.document.unreadCertificates ?? []), ...setAside] } } };
  const invalid = [
    ...duplicates,
    ...parsed.value.invalid.map((r) => {
      const item = where[r.collection][r.index] as Item;
      return { seq: item.seq, r: report(item, r.id, r.issues, 2) };
    }),
  ]
    .sort((a, b) => a.seq - b.seq)
    .map(({ seq, r }) => `${seqKey(seq)}\t${JSON.stringify(r)}`);
  const formatter = new Formatter(options.formatter.format, options.formatter.lang, options.formatter.tables);
  const summary = new Summary();
  const steps = decideBatch(options.policy, parsed.value.document, { ...(options.on === undefined ? {} : { on: options.on }), ...(elsewhere === undefined ? {} : { elsewhere }), trace: options.trace ?? true, order: options.order ?? "judged" });
  for (const { claim, decision, basisDate, grant } of steps) {
    // the merge's key is the judged order's: basis date, filing date, claim id (dates are fixed-width, ids above the space)
    const key = `${basisDate} ${claim.submittedOn} ${decision.claimId}\t`;
    const pause = breathe();
    if (pause !== undefined) await pause;
    summary.add(decision);
    if (elsewhere === undefined || counted) options.events?.decided(); // a part decided again (with cross-part facts) is not counted twice
    if (grant !== null && grantSink !== undefined) grantSink(`${key}${JSON.stringify(grant)}`);
    if (options.select === undefined || options.select(decision)) sink(key, formatter.payloadPieces(decision));
  }
  const ids: string[] = [];
  if (wantIds) {
    // A claim's content, as claimIdFacts compares it: copies of one id held by different
    // trainees always differ (the trainee id is part of the content), and one trainee's
    // copies are all in this part; so only an id this part holds twice needs its content
    // written out (no hash of every claim). A lone copy is `T:` and its trainee id, which
    // equals no other trainee's copy and no written content (those start with `{`).
    const copiesHere = new Map<string, number>();
    for (const claim of parsed.value.document.claims) copiesHere.set(claim.id, (copiesHere.get(claim.id) ?? 0) + 1);
    for (const claim of parsed.value.document.claims) {
      const content = copiesHere.get(claim.id) === 1 ? `T:${claim.traineeId}` : claimContentKey(claim);
      ids.push(`${claim.id}\t${claim.traineeId}\t${content}\t${referencesOf(claim)}`);
      // numbered as a claim's refiled grant would be (`A:2`): filed under that claim's id `A`, so its unit skips it (`K`)
      const base = numberedBase(claim.id);
      if (base !== null) ids.push(`${base}\t${claim.traineeId}\tK${claim.id}`);
    }
    for (const grant of parsed.value.document.ledger) {
      ids.push(`${grant.claimId}\t${grant.traineeId}\tG`);
      // a prior grant id that is not its claim's (an earlier run's refiled grant), filed under itself (a claim of that id
      // is given an id of its own: `I`); one numbered as a claim's refiled grant would be, under that claim's id (`J`)
      if (grant.id !== grant.claimId) ids.push(`${grant.id}\t${grant.traineeId}\tI${grant.id}`);
      const base = numberedBase(grant.id);
      if (base !== null) ids.push(`${base}\t${grant.traineeId}\tJ${grant.id}`);
    }
    for (const g of parsed.value.document.unreadGrants ?? []) {
      const ref = unreadRef(g.claimId, g.traineeId, g.id);
      if (ref !== null) ids.push(unreadLine(ref));
    }
    // Records other trainees' claims cannot name, but whose id must be unique across the batch.
    const held = (type: string, map: ReadonlyMap<string, unknown>, collection: Collection) => {
      for (const id of map.keys()) ids.push(`#${type}:${id}\t-\tR`);
      for (const r of parsed.value.invalid) if (r.collection === collection && r.id !== null && r.issues.some((i) => i.code === "duplicate_id")) ids.push(`#${type}:${r.id}\t-\tR`);
    };
    held("course", parsed.value.document.courses, "courses");
    held("certificate", parsed.value.document.certificates, "certificates");
    held("apprenticeship", parsed.value.document.apprenticeships, "apprenticeships");
  }
  return { invalid, ids, summary, widths: formatter.widths };
}

/** Facts from other units for one slice of a part decided again. */
export interface UnitFacts {
  readonly elsewhere: ClaimsElsewhere;
  readonly badRecords: ReadonlySet<string>;
}

/** What deciding a part needs besides its own files: the run's folder and number of parts, the valid enterprises, and how to decide and write. */
export interface PartContext {
  readonly root: string;
  readonly k: number;
  readonly sliceBytes: number;
  readonly enterprises: ReadonlyMap<string, Record<string, unknown>>;
  readonly options: Pick<RunOptions, "policy" | "on" | "order" | "trace" | "formatter" | "select" | "keepGrants" | "events">;
  /** True once the run is ending (a signal, an error): a worker stops its part at the next claim, so the run's folder can go. */
  readonly aborted?: () => boolean;
}

/** One part to decide: its number, whether it must be decided whole, and (a second time) its slices and the facts of each slice. */
export interface PartJob {
  readonly b: number;
  readonly whole: boolean;
  readonly again?: { readonly slices: number; readonly facts: ReadonlyMap<number, UnitFacts> };
}

/** What deciding a part leaves besides its files (`out-b-0`, `grants-b-0`, `invalid-b`). */
export interface PartOutcome {
  /** The slices it was decided in. */
  readonly slices: number;
  readonly summary: Summary;
  readonly widths: readonly number[];
  readonly invalidCount: number;
  /** Its lines for the run's claim-id files (the first time only): `claimId\ttraineeId\tcontent`, `#type:id\tunit\tR`. */
  readonly ids: readonly string[];
}

/** Stops a worker's part when the run is ending (see {@link PartContext.aborted}). */
function stop(): never {
  throw new RunEnded();
}

/** The run is ending: a worker's part stopped where it was (its files go with the run's folder). */
export class RunEnded extends Error {
  constructor() {
    super("the run is ending");
  }
}

/**
 * Decides part `job.b` of a spilled run from its file `in-b`, in slices when it is large
 * (the first time: a part of 2 × `sliceBytes` or more that need not be decided whole),
 * and writes its sorted decisions (`out-b-0`), grants (`grants-b-0`) and invalid records
 * (`invalid-b`). Reads and writes only this part's files, so parts can be decided at the
 * same time on other threads (see worker.ts).
 */
export async function decidePartFiles(ctx: PartContext, job: PartJob): Promise<PartOutcome> {
  const { root, k, enterprises, options } = ctx;
  const { b } = job;
  const input = join(root, `in-${b}`);
  const facts = job.again?.facts;
  let n = job.again?.slices ?? 1;
  if (job.again === undefined) {
    n = job.whole ? 1 : slicesFor(statSync(input).size, ctx.sliceBytes);
    if (n > 1) {
      // The part's lines go to its slices' files, read a line at a time, in input order.
      const into = new PartFiles(root, `in-${b}`, n, { keepOpen: true });
      for (const line of { [Symbol.iterator]: () => new ByteLineReader(input) }) into.addBytes(sliceOf(lineHash(line), k, n), "", line);
      into.flushAll();
      writeFileSync(input, "", { mode: PRIVATE });
    }
  }
  // A part's decisions are most of a run's output: 64 KiB buffers, the files kept open (a few per part). In judged
  // order each slice writes a file of its own, merged below; trainee by trainee the slices write the part's one file
  // in turn (a trainee's claims are all in one slice), so nothing is merged.
  const byTrainee = options.order === "trainee";
  const outFiles = byTrainee ? 1 : n;
  const out = new PartFiles(root, `out-${b}`, outFiles, { keepOpen: true, bufferBytes: 1 << 16 });
  const grants = options.keepGrants === true ? new PartFiles(root, `grants-${b}`, outFiles, { keepOpen: true, bufferBytes: 1 << 16 }) : null;
  const summary = new Summary();
  const partWidths: number[] = [];
  const invalid: string[] = [];
  const ids: string[] = [];
  const { aborted } = ctx;
  for (let s = 0; s < n; s++) {
    let items = partItems(n === 1 ? input : join(root, `in-${b}-${s}`));
    const here = facts?.get(s);
    // A part decided again is decided again whole: its slices without facts with none.
    const elsewhere = facts === undefined ? undefined : (here?.elsewhere ?? {});
    const file = byTrainee ? 0 : s;
    const write = (key: string, [head, body, tail]: PayloadPieces) => out.addText(file, key, head, body, tail);
    const sink = aborted === undefined ? write : (key: string, payload: PayloadPieces) => (aborted() ? stop() : write(key, payload));
    const part = await decidePart(items, enterprises, options, elsewhere, facts === undefined, sink, here?.badRecords, grants === null ? undefined : (line) => grants.add(file, line));
    items = [];
    summary.merge(part.summary);
    part.widths.forEach((w, i) => (partWidths[i] = Math.max(partWidths[i] ?? 0, w)));
    for (const line of part.invalid) invalid.push(line);
    const unit = s * k + b;
    for (const line of part.ids) ids.push(line[0] === "#" ? line.replace("\t-\t", `\t${unit}\t`) : line);
  }
  out.flushAll();
  grants?.flushAll();
  if (n > 1) {
    // Each slice's decisions are in judged order: merged into the part's one sorted file (trainee by trainee, already one file).
    const files = (name: string) => Array.from({ length: n }, (_, s) => join(root, `${name}-${b}-${s}`));
    if (!byTrainee) for (const name of grants === null ? ["out"] : ["out", "grants"]) {
      mergeInto(files(name), join(root, `${name}-${b}-merged`));
      renameSync(join(root, `${name}-${b}-merged`), join(root, `${name}-${b}-0`));
    }
    // By seq, as one part's are (the key is the zero-padded seq; a stable sort keeps one record's reports in order).
    invalid.sort((x, y) => (x.slice(0, 12) < y.slice(0, 12) ? -1 : x.slice(0, 12) > y.slice(0, 12) ? 1 : 0));
  }
  writeFileSync(join(root, `invalid-${b}`), invalid.length === 0 ? "" : `${invalid.join("\n")}\n`, { mode: PRIVATE });
  return { slices: n, summary, widths: partWidths, invalidCount: invalid.length, ids };
}

/**
 * Decides the parts of a spilled run, `threads` at a time: this thread and `threads - 1`
 * worker threads (worker.ts), each taking the next part when it is free (from a counter
 * the threads share, so a worker never waits for this thread to hand it one). Workers are used
 * only when the run can describe its policy to them (`source`) and they rebuild it to the
 * same content hash, when no filter is set (`select`, a function), and when the built
 * worker file is there (`workerFile`); otherwise every part is decided here, as before. `finished` gets
 * each part's outcome as it comes (in any order). The first error stops the taking of
 * parts; the parts under way finish, then it is thrown (an input error as itself).
 */
async function decideParts(
  ctx: PartContext,
  jobs: readonly PartJob[],
  options: Pick<RunOptions, "threads" | "policySource" | "workerFile" | "onThreads">,
  starting: (b: number) => void,
  finished: (b: number, outcome: PartOutcome) => void,
  /** Given the function that stops the workers (and waits for them to let go of the run's folder), to call before the folder is removed. */
  setStopper: (stop: (() => void) | null) => void,
): Promise<void> {
  const shared = new SharedArrayBuffer(12);
  const counter = new Int32Array(shared);
  setStopper(() => stopWorkers(counter));
  const threads = Math.min(options.threads ?? 1, jobs.length);
  const source = options.policySource;
  const helpers = threads > 1 && source !== undefined && ctx.options.select === undefined ? await startHelpers(threads - 1, ctx, source, jobs, shared, options.workerFile) : [];
  options.onThreads?.(1 + helpers.length);
  const here = async () => {
    try {
      for (let job = takeJob(counter, jobs); job !== undefined; job = takeJob(counter, jobs)) {
        starting(job.b);
        finished(job.b, await decidePartFiles(ctx, job));
      }
    } catch (error) {
      failRun(counter);
      throw error;
    }
  };
  const results = await Promise.allSettled([here(), ...helpers.map((h) => h.run(finished))]);
  await Promise.all(helpers.map((h) => h.stop()));
  setStopper(null);
  for (const r of results) if (r.status === "rejected") throw r.reason;
}

/** Validates records alone (enterprises, or records with no trainee id to route by): the valid ones by id, and reports. */
function validateAlone(items: readonly Item[], collection: Collection): { valid: Map<string, Record<string, unknown>>; invalid: { seq: number; r: InvalidReport }[] } {
  const doc = { claims: [], [collection]: items.map((i) => i.record) };
  const parsed = parseClaimsDocument(doc);
  const valid = new Map<string, Record<string, unknown>>();
  const invalid: { seq: number; r: InvalidReport }[] = [];
  if (!parsed.ok) throw new InputError("input", "too_many_records", { limit: INPUT_LIMITS.maxRecordsPerCollection });
  const bad = new Set<number>();
  for (const r of parsed.value.invalid) {
    const item = items[r.index] as Item;
    bad.add(r.index);
    invalid.push({ seq: item.seq, r: report(item, r.id, r.issues, 2) });
  }
  items.forEach((item, i) => {
    if (!bad.has(i)) valid.set(item.record["id"] as string, item.record);
  });
  return { valid, invalid };
}

/** Reads every source, decides the batch, and returns the merged decisions and invalid records. */
export async function runBatch(sources: readonly AsyncIterable<Item | BadItem | Read[]>[], options: RunOptions): Promise<RunResult> {
  const { io } = options;
  const spillAfter = options.spillAfter ?? SPILL_AFTER;
  // Trainee by trainee, the parts are written one after another, so their number orders the output: it is the same
  // (MAX_PARTS) whatever the input's size or channel, so a file and the same bytes on standard input write the same.
  const k = options.parts ?? (options.order === "trainee" ? MAX_PARTS : partsFor(options.sizeHint ?? null));
  const fanIn = Math.max(2, options.mergeFanIn ?? MERGE_FAN_IN);
  const show = (text: string) => {
    if (options.progress) io.stderr(`\r${text}\x1b[K`);
  };
  const temp = io.tmpdir ?? tmpdir();
  removeStaleSpills(temp);
  let dir: string | null = null;
  // However the run ends (done, an error, a signal, a closed reader), its spill folder goes.
  // Worker threads deciding parts write in the folder: stopped first (see decideParts).
  let stopWorkers: (() => void) | null = null;
  /** Closes the input's part files, kept open while the input is read (so a run ending early lets go of them). */
  let closeParts: (() => void) | null = null;
  const removeDir = () => {
    stopWorkers?.();
    closeParts?.();
    if (dir !== null) rmSync(dir, { recursive: true, force: true });
    dir = null;
  };
  let unregister: (() => void) | null = null;
  const cleanup = () => {
    if (unregister !== null) unregister();
    else removeDir();
  };
  try {
    // 1. read
    const memory: (Item | RawLine)[] = [];
    const enterpriseItems: Item[] = [];
    const unroutable: Item[] = [];
    const early: { seq: number; r: InvalidReport }[] = [];
    /** Prior grants set aside as invalid whose trainee cannot be read, and the claim each names. */
    const unreadRefs: UnreadRef[] = [];
    let parts = null as PartFiles | null; // set by take() once the run spills
    const joins = new PartJoins(k);
    let read = 0;
    /**
     * A damaged grant's pieces, each read as the claim id an invalid grant of unreadable trainee names (and as a trainee),
     * the grant named by its own id or claim id where readable, as its record is named when set aside (cold review 63: a
     * held claim named one grant twice), else by where it was read (`row-3`, `line-7`).
     */
    const holdPieces = (item: { readonly at: string; readonly cells?: readonly string[]; readonly record?: Record<string, unknown> }): void => {
      const where = /(row|line) (\d+)$/.exec(item.at);
      const own = item.record === undefined ? undefined : [item.record["id"], item.record["claimId"]].find(isId);
      const name = own ?? (where === null ? null : `${where[1]}-${where[2]}`);
      for (const cell of item.cells ?? []) {
        const ref = unreadRef(cell, null, name);
        if (ref !== null) unreadRefs.push({ ...ref, piece: true });
      }
    };
    /** Takes one record read: a bad one is reported, an enterprise kept aside, any other routed to its trainee's part. */
    const take = (item: Read): void => {
      read += 1;
      options.events?.read(!isBad(item) && item.type === "claim");
      if (read % 100_000 === 0) show(`读取 ${read} 条记录 / read ${read} records`);
      if (isBad(item)) {
        early.push({ seq: item.seq, r: badReport(item) });
        // A grant that cannot be read as one record (a CSV row of the wrong width or quoted wrongly, an NDJSON line cut short
        // or giving a key twice): the claim it paid is one of its pieces, each read as the claim id an invalid grant names
        // whose trainee cannot be read (its claim and its claim's trainee held wherever they are decided), the grant named
        // by where it was read (`row-3`, `line-7`).
        if (item.cells !== undefined) holdPieces(item);
        return;
      }
      // A CSV grant row of the right width that is not a valid grant (it may be shifted): its pieces too (cold review 62).
      if (!isRaw(item) && item.cells !== undefined) holdPieces(item);
      // A line routed raw is never an enterprise and always has its key (input.ts, scanLine).
      if (!isRaw(item) && item.type === "enterprise") {
        if (enterpriseItems.length >= INPUT_LIMITS.maxRecordsPerCollection) throw new InputError(item.at, "too_many_records", { limit: INPUT_LIMITS.maxRecordsPerCollection });
        enterpriseItems.push(item);
        return;
      }
      const key = routeKey(item);
      if (key === null) {
        unroutable.push(item as Item);
        if (unroutable.length >= 1000) early.push(...validateUnroutable(unroutable.splice(0), unreadRefs));
        return;
      }
      if (parts === null) {
        memory.push(item);
        if (memory.length > spillAfter) {
          dir = mkdtempSync(join(temp, `${SPILL_PREFIX}${process.pid}-`));
          unregister = onExit(removeDir);
          parts = new PartFiles(dir, "in", k, { keepOpen: true, bufferBytes: inputBufferBytes(k) });
          const opened = parts;
          closeParts = () => opened.close();
          for (const m of memory.splice(0)) {
            const hash = hash32(routeKey(m) as string);
            joins.note(m, hash % k);
            addItem(parts, hash % k, m, hash);
          }
        }
      } else {
        const hash = hash32(key);
        joins.note(item, hash % k);
        addItem(parts, hash % k, item, hash);
      }
    };
    for (const source of sources) {
      // An NDJSON input comes a chunk's lines at a time; other formats one item at a time.
      for await (const got of source) {
        if (Array.isArray(got)) for (const item of got) take(item);
        else take(got as Item | BadItem);
      }
    }
    early.push(...validateUnroutable(unroutable, unreadRefs));
    const { valid: enterprises, invalid: enterpriseInvalid } = validateAlone(enterpriseItems, "enterprises");
    early.push(...enterpriseInvalid);
    early.sort((a, b) => a.seq - b.seq);
    const earlyLines = early.map(({ seq, r }) => `${seqKey(seq)}\t${JSON.stringify(r)}`);
    enterpriseItems.length = 0;

    if (parts === null) {
      // Small input: one part, in memory.
      const decisions: string[] = [];
      const grants: string[] = [];
      // Prior grants set aside unread, their trainee unknown: the claims they name are held here too, and a grant that
      // cannot be read as one record holds the trainee any of its pieces may name (cold review 57).
      // Every grant naming an id is named, in the order read (cold review 58: the last alone was).
      let here: ClaimsElsewhere | undefined;
      if (unreadRefs.length > 0) {
        const unread = new Map<string, string[]>();
        const unreadTrainees = new Map<string, string[]>();
        for (const u of unreadRefs) {
          addName(unread, u.claimId, u.name);
          if (u.piece === true) addName(unreadTrainees, u.claimId, u.name);
        }
        here = unreadTrainees.size === 0 ? { unread } : { unread, unreadTrainees };
      }
      const part = await decidePart(memory.map(parsedItem), enterprises, options, here, false, (key, [head, body, tail]) => decisions.push(`${key}${head}${body}${tail}`), undefined, options.keepGrants === true ? (line) => grants.push(line) : undefined, true);
      memory.length = 0;
      options.formatter.mergeWidths(part.widths);
      const invalidLines = [...mergeRuns([earlyLines[Symbol.iterator](), part.invalid[Symbol.iterator]()])];
      return {
        summary: part.summary,
        invalidCount: invalidLines.length,
        parts: 1,
        *decisions() {
          for (const line of decisions) yield line.slice(line.indexOf("\t") + 1);
        },
        *grants() {
          for (const line of grants) yield line.slice(line.indexOf("\t") + 1);
        },
        *invalid() {
          for (const line of invalidLines) yield JSON.parse(line) as InvalidReport;
        },
        close: cleanup,
      };
    }

    // 2. decide each part (parts sharing a basis no person owns joined first)
    const spilled = parts;
    spilled.flushAll();
    spilled.join(joins);
    const root = dir as unknown as string;
    const ids = new PartFiles(root, "ids", k);
    // Record ids (`#type:id\tunit\tR`) apart from claim ids, so the records held by two units are known before any claim
    // id's facts are worked out (step 3).
    const recordIds = new PartFiles(root, "rids", k);
    for (const u of unreadRefs) ids.add(hash32(u.claimId) % k, unreadLine(u));
    const summaries: Summary[] = [];
    const widths: (readonly number[])[] = [];
    const invalidCounts: number[] = [];
    writeFileSync(join(root, "invalid-early"), earlyLines.length === 0 ? "" : `${earlyLines.join("\n")}\n`, { mode: PRIVATE });
    // A part of 2 MiB or more is decided in slices of its trainees, about 1 MiB each (so
    // memory holds one slice, not the part), unless its records name a basis no person owns
    // (its trainees may then compete). A slice is a unit of its own for the claim ids
    // shared across units, numbered `slice * k + part`; its sorted decisions are merged
    // into the part's file, so the final merge still reads K files.
    const sliceBytes = Math.max(1, options.sliceBytes ?? SLICE_BYTES);
    const sharedRoots = joins.sharedRoots();
    const slices = new Array<number>(k).fill(1);
    const unitOf = (hash: number) => {
      const part = joins.find(hash % k);
      return sliceOf(hash, k, slices[part] as number) * k + part;
    };
    const ctx: PartContext = { root, k, sliceBytes, enterprises, options };
    // Each part's outcome, recorded in part order whichever thread finished it first, so
    // the claim-id files are written as one thread would write them.
    const done = new Map<number, PartOutcome>();
    let recorded = 0;
    const record = (b: number, outcome: PartOutcome) => {
      done.set(b, outcome);
      for (let next = done.get(recorded); next !== undefined; next = done.get(recorded)) {
        done.delete(recorded);
        slices[recorded] = next.slices;
        summaries[recorded] = next.summary;
        widths[recorded] = next.widths;
        invalidCounts[recorded] = next.invalidCount;
        for (const line of next.ids) (line[0] === "#" ? recordIds : ids).add(hash32(line.slice(0, line.indexOf("\t"))) % k, line);
        recorded += 1;
      }
    };
    await decideParts(ctx, Array.from({ length: k }, (_, b) => ({ b, whole: sharedRoots.has(b) })), options, (b) => show(`判定第 ${b + 1}/${k} 部分 / deciding part ${b + 1} of ${k}`), record, (stop) => (stopWorkers = stop));
    ids.flushAll();
    recordIds.flushAll();

    // 3. claim ids (and record ids) shared across units (parts, or slices of a part)
    const facts = new PartFiles(root, "facts", k);
    /** A fact for unit `unit`, in its part's facts file: `letter\tslice\tid`. */
    const addFact = (unit: number, letter: string, id: string) => facts.add(unit % k, `${letter}\t${Math.floor(unit / k)}\t${id}`);
    // First the course, certificate and apprenticeship ids two units hold: every copy is a duplicate_id (as in one
    // document), and a claim naming one is invalid, so no filing of its claim id (normally none is held twice).
    const heldTwice = new Set<string>();
    for (let c = 0; c < k; c++) {
      const pause = breathe();
      if (pause !== undefined) await pause;
      const records = new Map<string, Set<number>>();
      for (const line of recordIds.lines(c)) {
        const key = line.slice(1, line.indexOf("\t"));
        let held = records.get(key);
        if (held === undefined) records.set(key, (held = new Set()));
        held.add(Number(line.split("\t")[1]));
      }
      for (const [key, held] of records) {
        if (held.size < 2) continue;
        heldTwice.add(key);
        for (const unit of held) addFact(unit, "B", key);
      }
    }
    /** Whether a claim copy names a record two units hold (its `references` field): it will be invalid where it is decided again. */
    const namesHeldTwice = (references: string | undefined) => heldTwice.size > 0 && references !== undefined && references !== "" && references.split(",").some((r) => heldTwice.has(r));
    for (let c = 0; c < k; c++) {
      const pause = breathe();
      if (pause !== undefined) await pause;
      const byId = new Map<string, ClaimIdCopy[]>();
      const unread = new Map<string, { name: string; unit: number | null }[]>();
      /** Ids grants may not take, by the claim id whose unit must skip them (cold review 95 F1). */
      const numbered = new Map<string, { unit: number; claim: boolean; id: string }[]>();
      /** The names of the grants that cannot be read as one record a piece of which is this id (in the order read). */
      let pieces: Map<string, string[]> | null = null;
      for (const line of ids.lines(c)) {
        const [claimId, traineeId, content, references] = line.split("\t") as [string, string, string, string | undefined];
        if (content[0] === "I" || content[0] === "J" || content[0] === "K") {
          // an id a grant made in another unit may not take (numberedBase): given to the units holding this claim id
          let list = numbered.get(claimId);
          if (list === undefined) numbered.set(claimId, (list = []));
          list.push({ unit: unitOf(hash32(traineeId)), claim: content[0] === "K", id: content.slice(1) });
          continue;
        }
        if (content[0] === "U" || content[0] === "W") {
          // A prior grant set aside as invalid naming this claim id (see unreadLine): its unit holds it already.
          let list = unread.get(claimId);
          if (list === undefined) unread.set(claimId, (list = []));
          list.push({ name: content.slice(1), unit: traineeId === "-" ? null : unitOf(hash32(traineeId)) });
          if (content[0] === "W") addName((pieces ??= new Map()), claimId, content.slice(1));
          continue;
        }
        // A copy naming a record two units hold is invalid once decided again (cold review 46: counted as a filing, it made
        // a conflict of a claim one document pays, or left the other copy undecided)
        if (namesHeldTwice(references)) continue;
        let copies = byId.get(claimId);
        if (copies === undefined) byId.set(claimId, (copies = []));
        copies.push({ part: unitOf(hash32(traineeId)), traineeId, content: content === "G" ? null : content });
      }
      // A piece of a grant that cannot be read as one record may be its trainee's id: the unit of that trainee holds every
      // claim of the trainee (a claim id's file is the file of the trainee of the same id: both hash32 % k), one `T` fact
      // for each such grant (cold review 58), at most UNREAD_NAMED, as the claim names them.
      if (pieces !== null) for (const [id, names] of pieces) for (const name of names) addFact(unitOf(hash32(id)), "T", `${id}\t${name}`);
      // The batch's own rules say which unit decides a shared claim id, and how (engine.ts).
      for (const [claimId, copies] of byId) for (const [unit, fact] of claimIdFacts(copies)) addFact(unit, FACT_LETTER[fact], claimId);
      // A unit holding a claim whose grant could take an id held in another unit (a claim or a prior grant numbered `A:2`, a
      // prior grant's own id) is told it, so its grants take ids of their own as in one document (cold review 95 F1).
      for (const [claimId, list] of numbered) {
        for (const copy of byId.get(claimId) ?? []) {
          if (copy.content === null) continue;
          for (const t of list) if (t.unit !== copy.part) addFact(copy.part, FACT_LETTER[t.claim ? "claimIds" : "grantIds"], t.id);
        }
      }
      // Each unit holding a claim a prior grant set aside as invalid names, the grant in another unit or in none, holds it:
      // every such grant (at most UNREAD_NAMED, in the order read), as the claim names them.
      for (const [claimId, grants] of unread) {
        for (const copy of byId.get(claimId) ?? []) {
          if (copy.content === null) continue;
          // `U`: the grant's trainee unreadable (the claim's trainee is held too); `V`: read, in another unit (the claim alone)
          const named: string[] = [];
          for (const g of grants) {
            if (g.unit === copy.part || named.length >= UNREAD_NAMED || named.includes(g.name)) continue;
            named.push(g.name);
            addFact(copy.part, FACT_LETTER[g.unit === null ? "unread" : "unreadClaimOnly"], `${claimId}\t${g.name}`);
          }
        }
      }
    }
    facts.flushAll();
    for (let b = 0; b < k; b++) {
      const lines = facts.lines(b);
      if (lines.length === 0) continue;
      const bySlice = new Map<number, { elsewhere: { conflicting: Set<string>; reportedElsewhere: Set<string>; paid: Set<string>; unread: Map<string, string[]>; unreadClaimOnly: Set<string>; unreadTrainees: Map<string, string[]>; grantIds: Set<string>; claimIds: Set<string> }; badRecords: Set<string>; unreadable: Set<string> }>();
      for (const line of lines) {
        const tab = line.indexOf("\t", 2);
        const s = Number(line.slice(2, tab));
        let f = bySlice.get(s);
        if (f === undefined) bySlice.set(s, (f = { elsewhere: { conflicting: new Set(), reportedElsewhere: new Set(), paid: new Set(), unread: new Map(), unreadClaimOnly: new Set(), unreadTrainees: new Map(), grantIds: new Set(), claimIds: new Set() }, badRecords: new Set(), unreadable: new Set() }));
        if (line[0] === "U" || line[0] === "V") {
          const rest = line.slice(tab + 1);
          const at = rest.indexOf("\t");
          const claimId = rest.slice(0, at);
          addName(f.elsewhere.unread, claimId, rest.slice(at + 1));
          (line[0] === "V" ? f.elsewhere.unreadClaimOnly : f.unreadable).add(claimId);
          continue;
        }
        if (line[0] === "T") {
          const rest = line.slice(tab + 1);
          const at = rest.indexOf("\t");
          addName(f.elsewhere.unreadTrainees, rest.slice(0, at), rest.slice(at + 1));
          continue;
        }
        const sets: Record<string, Set<string>> = { C: f.elsewhere.conflicting, E: f.elsewhere.reportedElsewhere, P: f.elsewhere.paid, B: f.badRecords, N: f.elsewhere.grantIds, M: f.elsewhere.claimIds };
        sets[line[0] as string]?.add(line.slice(tab + 1));
      }
      // The claim alone only when every grant naming it has a trainee that can be read (one that cannot holds its trainee too).
      for (const f of bySlice.values()) for (const claimId of f.unreadable) f.elsewhere.unreadClaimOnly.delete(claimId);
      const outcome = await decidePartFiles(ctx, { b, whole: sharedRoots.has(b), again: { slices: slices[b] as number, facts: bySlice } });
      summaries[b] = outcome.summary;
      widths[b] = outcome.widths;
      invalidCounts[b] = outcome.invalidCount;
    }
    if (options.progress) io.stderr("\r\x1b[K");

    // 4. merge (in rounds past `fanIn` parts); trainee by trainee, the parts' files one after another
    const rounds = new Map<string, readonly string[]>();
    const inOrder = (name: string): Generator<Buffer> => {
      const paths = Array.from({ length: k }, (_, b) => join(root, `${name}-${b}-0`));
      return options.order === "trainee" ? filesInTurn(paths) : mergeFiles(paths, fanIn, root, `merged-${name}`, rounds);
    };
    const summary = new Summary();
    for (const s of summaries) summary.merge(s);
    const invalidCount = earlyLines.length + invalidCounts.reduce((a, n) => a + n, 0);
    for (const w of widths) options.formatter.mergeWidths(w);
    return {
      summary,
      invalidCount,
      parts: k,
      decisions: () => ({ [Symbol.iterator]: () => inOrder("out") }),
      grants: () => ({
        *[Symbol.iterator]() {
          if (options.keepGrants === true) for (const line of inOrder("grants")) yield textOf(line);
        },
      }),
      invalid: () => ({
        *[Symbol.iterator]() {
          const runs = [join(root, "invalid-early"), ...Array.from({ length: k }, (_, b) => join(root, `invalid-${b}`))];
          for (const line of mergeFiles(runs, fanIn, root, "merged-invalid", rounds)) yield JSON.parse(textOf(line)) as InvalidReport;
        },
      }),
      close: cleanup,
    };
  } catch (error) {
    cleanup();
    throw error;
  }
}

function validateUnroutable(items: readonly Item[], unread: UnreadRef[]): { seq: number; r: InvalidReport }[] {
  const out: { seq: number; r: InvalidReport }[] = [];
  for (const item of items) {
    const { invalid } = validateAlone([item], COLLECTION_OF[item.type]);
    out.push(...invalid);
    // A prior grant whose trainee cannot be read, set aside as invalid: the claim it names is held wherever it is decided.
    if (item.type === "grant" && invalid.length > 0) {
      // naming no claim readably, its own id stands for its claim's (the library writes every grant under its claim's id: cold review 56)
      const ref = unreadRef(isId(item.record["claimId"]) ? item.record["claimId"] : item.record["id"], null, item.record["id"]);
      if (ref !== null) unread.push(ref);
    }
  }
  return out;
}
