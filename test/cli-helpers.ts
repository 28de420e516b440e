/** Running the command in process, and the Jiaxing fixture in every input format. */
import { readFileSync } from "node:fs";
import { evaluate } from "../src/cli/commands/evaluate.js";
import { CSV_COLUMNS, csvRow } from "../src/cli/csv.js";
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
