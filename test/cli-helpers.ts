/** Running the command in process, and the Jiaxing fixture in every input format. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluate } from "../src/cli/commands/evaluate.js";
import { CSV_COLUMNS, csvRow } from "../src/cli/csv.js";
import { GRANT_CSV_COLUMNS } from "../src/cli/grants.js";
import type { Io } from "../src/cli/main.js";
import { run } from "../src/cli/main.js";
import { COLLECTIONS } from "../src/index.js";

export const FIXTURE = "fixtures/jiaxing/claims.json";
export type Doc = Record<string, Record<string, unknown>[]>;
export const fixture = (): Doc => JSON.parse(readFileSync(FIXTURE, "utf8")) as Doc;

function io(stdin: string, sink: { out: string; err: string }, stderrIsTTY = false): Io {
  return {
    stderrIsTTY,
    stdout: (t) => void (sink.out += t),
    stderr: (t) => void (sink.err += t),
    stdin: () => [Buffer.from(stdin, "utf8")][Symbol.iterator]() as unknown as AsyncIterable<Buffer>,
  };
}

/** A Node stack trace line: no output of the command may carry one (issue #18). */
export const STACK_TRACE = /^\s{4}at .+/m;

function noStackTrace(sink: { out: string; err: string }): void {
  if (STACK_TRACE.test(sink.err)) throw new Error(`a stack trace on standard error:\n${sink.err}`);
}

/** Runs `skills-subsidy args…` in process; fails on a stack trace in its standard error. */
export async function cli(args: string[], stdin = "", stderrIsTTY = false) {
  const sink = { out: "", err: "" };
  const code = await run(args, io(stdin, sink, stderrIsTTY));
  noStackTrace(sink);
  return { code, ...sink };
}

/** Runs `evaluate` forcing the partitioned (spill-to-disk) path with tiny parts. */
export async function evaluateSpilled(args: string[], stdin = "", parts = 4, stderrIsTTY = false, mergeFanIn?: number) {
  const sink = { out: "", err: "" };
  const code = await evaluate(args, io(stdin, sink, stderrIsTTY), { spillAfter: 2, parts, ...(mergeFanIn === undefined ? {} : { mergeFanIn }) });
  noStackTrace(sink);
  return { code, ...sink };
}

/** The built worker (npm test builds first): the sources' own path has no built worker, so tests running the sources name it. */
export const WORKER = new URL("../dist/cli-worker.js", import.meta.url);

/** Runs `evaluate` in process on the spilled path with `parts` parts on `threads` threads (the built worker); returns also how many threads decided. */
export async function evaluateThreaded(args: string[], stdin: string, parts: number, threads: number, sliceBytes?: number) {
  const sink = { out: "", err: "" };
  let used = 0;
  const code = await evaluate([...args, "--threads", String(threads)], io(stdin, sink), { spillAfter: 2, parts, workerFile: WORKER, onThreads: (n) => (used = n), ...(sliceBytes === undefined ? {} : { sliceBytes }) });
  noStackTrace(sink);
  return { code, ...sink, used };
}

/**
 * Runs `evaluate` on the partitioned path with `parts` parts, each decided in slices of about
 * `sliceBytes` bytes of part file; returns also the slice files the run decided (`in-<part>-<slice>`
 * → their text, read while the output is written, before the run removes them). A part
 * decided whole has no slice files.
 */
export async function evaluateSliced(args: string[], stdin: string, parts: number, sliceBytes: number) {
  const sink = { out: "", err: "" };
  const temp = mkdtempSync(join(tmpdir(), "ss-slices-"));
  let sliceFiles: Record<string, string> | null = null;
  const seen = () => {
    const spill = readdirSync(temp).find((name) => name.startsWith("skills-subsidy-"));
    const dir = spill === undefined ? null : join(temp, spill);
    const names = dir === null ? [] : readdirSync(dir).filter((name) => /^in-\d+-\d+$/.test(name));
    return Object.fromEntries(names.sort().map((name) => [name, readFileSync(join(dir as string, name), "utf8")]));
  };
  try {
    const base = io(stdin, sink);
    const code = await evaluate(args, { ...base, tmpdir: temp, stdout: (t) => ((sliceFiles ??= seen()), base.stdout(t)) }, { spillAfter: 2, parts, sliceBytes });
    noStackTrace(sink);
    return { code, ...sink, slices: sliceFiles ?? {} };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The slice file (`in-<part>-<slice>`) holding a trainee's claims or trainee record, by its id as written in NDJSON. */
export function sliceHolding(slices: Record<string, string>, traineeId: string): string | undefined {
  return Object.keys(slices).find((name) => (slices[name] as string).includes(`"traineeId":${JSON.stringify(traineeId)}`) || (slices[name] as string).includes(`"type":"trainee","id":${JSON.stringify(traineeId)}`));
}

/** The records of a document in input order, each with its record type. */
export function records(doc: Doc): { type: string; record: Record<string, unknown> }[] {
  return Object.entries(doc).flatMap(([collection, list]) => list.map((record) => ({ type: COLLECTIONS[collection as keyof typeof COLLECTIONS] as string, record })));
}

export function toNdjson(doc: Doc): string {
  return records(doc)
    .map(({ type, record }) => JSON.stringify({ type, ...record }))
    .join("\n");
}

export function toCsv(doc: Doc): string {
  const header = Object.keys(CSV_COLUMNS);
  return [header.join(","), ...records(doc).map(({ type, record }) => csvRow(header, type, record))].join("\n");
}

/** outcome:amount:reasons per claim id, from `--format json` output. */
export function summaryOf(jsonOut: string): Record<string, string> {
  const parsed = JSON.parse(jsonOut) as { decisions: { claimId: string; outcome: string; amount: string | null; reasons: { code: string }[] }[] };
  return Object.fromEntries(parsed.decisions.map((d) => [d.claimId, `${d.outcome}:${d.amount}:${d.reasons.map((r) => r.code).join("+")}`]));
}

/**
 * A training-package claim (jx2019 五(十)二 「给予每个不超过5万元补助」: one package is paid once,
 * whoever claims it; reading pay-once-basis) for package PK-1, filed under `traineeId`, 40,000.00 claimed.
 */
export const packageClaim = (id: string, traineeId: string, organiser: string, submittedOn: string) => ({
  id, measure: "trainingPackageGrant", traineeId, claimant: { kind: "organizer", id: organiser }, submittedOn, amountClaimed: "40000.00",
  trainingPackage: { id: "PK-1", developerKind: "vocationalCollege", commissioned: true },
});

/** The Jiaxing fixture with package PK-1 claimed twice, under P-001 (PK-A, 2020-09-01) and P-003 (PK-B, 2020-09-02), as NDJSON. */
export function onePackageClaimedTwice(): string {
  const doc = fixture();
  // Changed 2026-12-08 (mendB111, reading package-grant-per-package): was PK-B by SCHOOL-2 — two claimants on one package are
  // now both held (package_claimed_by_others); the same claimant filing twice under two trainees is the repeat paid once.
  doc["claims"]!.push(packageClaim("PK-A", "P-001", "SCHOOL-1", "2020-09-01"), packageClaim("PK-B", "P-003", "SCHOOL-1", "2020-09-02"));
  return toNdjson(doc);
}

/** The decisions an NDJSON output gives claim `id` (its `"decision"` lines), parsed. */
export function decisionsOf(out: string, id: string): { outcome: string; amount: string | null; reasons: { code: string }[]; missingFacts?: string[] }[] {
  return out
    .split("\n")
    .filter((l) => l.includes('"decision"') && l.includes(`"claimId":"${id}"`))
    .map((l) => JSON.parse(l) as { outcome: string; amount: string | null; reasons: { code: string }[]; missingFacts?: string[] });
}

/** Files in a fresh temporary folder named after `prefix`: any content as JSON, grants as the command line's CSV, a new path ending `ext`. */
export function tempFiles(prefix: string): { json: (content: unknown) => string; csv: (grants: readonly unknown[]) => string; path: (ext: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  let n = 0;
  const json = (content: unknown) => {
    const file = join(dir, `f${n++}.json`);
    writeFileSync(file, JSON.stringify(content));
    return file;
  };
  const csv = (grants: readonly unknown[]) => {
    const file = join(dir, `g${n++}.csv`);
    writeFileSync(file, `${GRANT_CSV_COLUMNS.join(",")}\n${grants.map((g) => csvRow(GRANT_CSV_COLUMNS, "grant", g as Record<string, unknown>)).join("\n")}\n`);
    return file;
  };
  return { json, csv, path: (ext: string) => join(dir, `p${n++}${ext}`) };
}
