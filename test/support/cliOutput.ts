/** Reading the command line's NDJSON output and writing scratch files, for the cold reviews that run it (54–57). */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, evaluateSpilled, evaluateThreaded } from "../cli-helpers.js";

type O = Record<string, any>;

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
