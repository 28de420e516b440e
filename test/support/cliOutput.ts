/** Reading the command line's NDJSON output and writing scratch files, for the cold reviews that run it (54–57). */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { cli, evaluateSpilled, evaluateThreaded, fixture, toNdjson, type Doc } from "../cli-helpers.js";

type O = Record<string, any>;

/** How the damaged-ledger reviews (54–63) run `evaluate`: NDJSON from standard input and out, no trace, in English. */
export const ARGS: readonly string[] = ["-", "--input", "ndjson", "--format", "ndjson", "--no-trace", "--lang", "en"];
/** A claim held for a record (`outcome:amount:reason`, as {@link money} writes it). */
export const HELD = "undecidable:null:missing_record";

/** Per claim `outcome:amount:reasons`, and the invalid records `type:id:codes` (sorted), from `evaluate --format ndjson` output. */
export function money(out: string): { m: Record<string, string>; inv: string[] } {
  const m: Record<string, string> = {};
  const inv: string[] = [];
  for (const line of out.split("\n")) {
    if (line === "") continue;
    const d = JSON.parse(line) as O;
    if (d.type === "decision") m[d.claimId] = `${d.outcome}:${d.amount}:${(d.reasons as O[]).map((r) => r.code).join("+")}`;
    else if (d.type === "invalid") inv.push(`${d.recordType}:${d.id}:${(d.issues as O[]).map((i) => i.code).join("+")}`);
  }
  return { m, inv: inv.sort() };
}

/** Per claim, the grant(s) a held claim asks for (`missing_record`'s field), from `evaluate --format ndjson` output. */
export function heldNames(out: string): Record<string, string> {
  const h: Record<string, string> = {};
  for (const line of out.split("\n")) {
    if (line === "") continue;
    const d = JSON.parse(line) as O;
    const f = d.type === "decision" ? (d.reasons as O[]).find((r) => r.code === "missing_record")?.facts?.field : undefined;
    if (typeof f === "string") h[d.claimId as string] = f;
  }
  return h;
}

/** The Jiaxing fixture and next month's JX-0016 (P-004's appraisal on K-202 again), with 20 more trainees so parts are many. */
export function withNextMonth(): Doc {
  const doc = fixture();
  const j6 = doc["claims"]!.find((c) => c["id"] === "JX-0006")!;
  doc["claims"]!.push({ ...j6, id: "JX-0016", submittedOn: "2020-01-10" });
  const p1 = doc["trainees"]!.find((t) => t["id"] === "P-001")!;
  for (let i = 0; i < 20; i++) doc["trainees"]!.push({ ...p1, id: `Q-${String(i).padStart(4, "0")}` });
  return doc;
}

/**
 * Run 1 of the damaged-ledger reviews (55–61, mend 58): `evaluate` on the Jiaxing fixture with `args`, its grants written
 * to a scratch file (`file`) in `format`; checks that JX-0006 is granted 150.00 (jx2019 「高级工、技师 150 元」) and returns
 * the grants' lines.
 */
export async function firstRunGrants(file: (name: string) => string, args: readonly string[], format: "csv" | "ndjson"): Promise<string[]> {
  const out = file(`grants.${format}`);
  const r = await cli(["evaluate", ...args, "--grants-out", out, "--grants-format", format], `${toNdjson(fixture())}\n`);
  expect(money(r.out).m["JX-0006"]).toBe("granted:150.00:residency_basis+within_retirement_age+appraisal_first_time");
  return readFileSync(out, "utf8").split("\n").filter((l) => l !== "");
}

/** A scratch folder named `prefix…`: the returned function writes `text` (when given) to a new file there and returns its path. */
export function scratch(prefix: string): (name: string, text?: string | Buffer) => string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let files = 0;
  return (name, text) => {
    const f = join(dir, `${files++}-${name}`);
    if (text !== undefined) writeFileSync(f, text);
    return f;
  };
}

/** One NDJSON batch (`evaluate` with `args`) decided in memory, in 2 and 5 parts, and in 4 parts on 2 threads: the raw in-memory run, and each way's {@link money}. */
export async function everyWay(args: readonly string[], nd: string) {
  const a = [...args];
  const memory = await cli(["evaluate", ...a], nd);
  const p2 = await evaluateSpilled(a, nd, 2);
  const p5 = await evaluateSpilled(a, nd, 5);
  const t2 = await evaluateThreaded(a, nd, 4, 2);
  return { memory, ways: { memory: money(memory.out), "2 parts": money(p2.out), "5 parts": money(p5.out), "2 threads": money(t2.out) } };
}
