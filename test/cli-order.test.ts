/**
 * `evaluate --order trainee` (issue #17: "merge only when a global order is asked for"): the
 * library's `BatchOptions.order` and the web service's `order=trainee` on the command line.
 * The same decisions, grants and invalid records as the judged order — only the order of the
 * decisions (and grants) differs: each trainee's together, in judged order among themselves.
 * In memory the trainees come as the input lists them; on the split path part by part, the
 * parts' files one after another (no merge), the same bytes on any number of threads.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { evaluate } from "../src/cli/commands/evaluate.js";
import type { Io } from "../src/cli/main.js";
import { cli, evaluateSpilled, evaluateThreaded, fixture, onePackageClaimedTwice, toNdjson } from "./cli-helpers.js";

// These run the whole command, several times, some with worker threads; a loaded machine can be slow.
vi.setConfig({ testTimeout: 120_000 });

interface Line {
  readonly claimId: string;
  readonly traineeId: string;
  readonly text: string;
}

/** The decision lines of NDJSON output, with each decision's trainee (from the input's claims). */
function decisionsOf(out: string, traineeOf: ReadonlyMap<string, string>): Line[] {
  return out
    .split("\n")
    .filter((l) => l.startsWith('{"type":"decision"'))
    .map((text) => {
      const claimId = (JSON.parse(text) as { claimId: string }).claimId;
      return { claimId, traineeId: traineeOf.get(claimId) ?? "?", text };
    });
}

/** Claim id → trainee id, from an NDJSON input. */
function trainees(ndjson: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of ndjson.split("\n")) {
    if (line.trim() === "") continue;
    const r = JSON.parse(line) as { type: string; id: string; traineeId?: string };
    if (r.type === "claim" && r.traineeId !== undefined) out.set(r.id, r.traineeId);
  }
  return out;
}

/**
 * Checks `byTrainee` against the judged output: the same lines, and each group of trainees the
 * judged order interleaves written together, in the judged order among themselves. `joined` lists
 * trainees taken as one group (their claims name one training package).
 */
function expectTraineeOrderOf(byTrainee: readonly Line[], judged: readonly Line[], what: string, joined: readonly string[] = []): void {
  const group = (t: string) => (joined.includes(t) ? joined.join("+") : t);
  expect(byTrainee.map((l) => l.text).sort(), `${what}: the same decisions`).toEqual(judged.map((l) => l.text).sort());
  // each group's decisions together: a group, once left, never comes back
  const seen: string[] = [];
  for (const l of byTrainee) {
    const g = group(l.traineeId);
    if (seen.at(-1) !== g) {
      expect(seen, `${what}: ${g}'s decisions together`).not.toContain(g);
      seen.push(g);
    }
  }
  // and in judged order among themselves
  for (const g of seen) {
    const mine = (lines: readonly Line[]) => lines.filter((l) => group(l.traineeId) === g).map((l) => l.claimId);
    expect(mine(byTrainee), `${what}: ${g} in judged order`).toEqual(mine(judged));
  }
}

/** A generated batch (scripts/generate-claims.mjs: trainees with courses, certificates, prior grants and claims of three measures). */
async function generated(claims: number): Promise<string> {
  // @ts-expect-error -- a plain .mjs script without types
  const { generate } = (await import("../scripts/generate-claims.mjs")) as { generate: (n: number, file: string) => Promise<void> };
  const file = join(mkdtempSync(join(tmpdir(), "ss-order-")), "claims.ndjson");
  await generate(claims, file);
  return readFileSync(file, "utf8");
}

describe("evaluate --order trainee writes the judged order's decisions, each trainee's together", () => {
  test("in memory: the Jiaxing fixture's decisions, trainees as the input lists them, each trainee's in judged order", async () => {
    const ndjson = toNdjson(fixture());
    const judged = await cli(["evaluate", "-", "--input", "ndjson", "--format", "ndjson"], ndjson);
    const byTrainee = await cli(["evaluate", "-", "--input", "ndjson", "--format", "ndjson", "--order", "trainee"], ndjson);
    const owners = trainees(ndjson);
    const [j, t] = [decisionsOf(judged.out, owners), decisionsOf(byTrainee.out, owners)];
    expect(j.length).toBeGreaterThan(3);
    expectTraineeOrderOf(t, j, "in memory");
    // trainees in the order the input lists them (the fixture's trainee records), each once
    const listed = ndjson
      .split("\n")
      .map((l) => JSON.parse(l) as { type: string; id: string })
      .filter((r) => r.type === "trainee")
      .map((r) => r.id);
    const order = [...new Set(t.map((l) => l.traineeId))];
    expect(order).toEqual(listed.filter((id) => order.includes(id)));
    // the judged order interleaves the fixture's trainees: the two orders differ
    expect(t.map((l) => l.claimId)).not.toEqual(j.map((l) => l.claimId));
    // the rest of the output is the judged order's: the same trace entries (each written once, before the first
    // decision naming it, so in another order), the same summary last, and the same exit code
    const rest = (out: string) => out.split("\n").filter((l) => !l.startsWith('{"type":"decision"'));
    expect(rest(byTrainee.out).sort()).toEqual(rest(judged.out).sort());
    expect(rest(byTrainee.out).at(-2)).toBe(rest(judged.out).at(-2)); // the summary line
    expect(byTrainee.code).toBe(judged.code);
  });

  test("split into parts (1, 3 and 7), in slices, and on two threads: the same decisions and grants, each trainee's together; the same bytes on one thread and two", async () => {
    const ndjson = await generated(400);
    const owners = trainees(ndjson);
    const dir = mkdtempSync(join(tmpdir(), "ss-order-grants-"));
    const judgedGrants = join(dir, "judged.ndjson");
    const judged = await cli(["evaluate", "-", "--input", "ndjson", "--format", "ndjson", "--no-trace", "--grants-out", judgedGrants], ndjson);
    const j = decisionsOf(judged.out, owners);
    expect(j.length).toBe(400);
    const grantLines = (file: string) => readFileSync(file, "utf8").split("\n").filter((l) => l !== "").sort();
    for (const parts of [1, 3, 7]) {
      const grants = join(dir, `trainee-${parts}.ndjson`);
      const spilled = await evaluateSpilled(["-", "--input", "ndjson", "--format", "ndjson", "--no-trace", "--order", "trainee", "--grants-out", grants], ndjson, parts);
      expectTraineeOrderOf(decisionsOf(spilled.out, owners), j, `${parts} parts`);
      expect(grantLines(grants), `${parts} parts: the same grants`).toEqual(grantLines(judgedGrants));
      expect(spilled.code).toBe(judged.code);
      const threaded = await evaluateThreaded(["-", "--input", "ndjson", "--format", "ndjson", "--no-trace", "--order", "trainee"], ndjson, parts, 2);
      if (parts > 1) expect(threaded.used).toBe(2);
      expect(threaded.out, `${parts} parts: two threads write what one does`).toBe(spilled.out);
    }
    // a part decided in slices writes its slices one after another
    const sink = { out: "", err: "" };
    const io: Io = { stderrIsTTY: false, stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t), stdin: () => [Buffer.from(ndjson, "utf8")][Symbol.iterator]() as unknown as AsyncIterable<Buffer> };
    await evaluate(["-", "--input", "ndjson", "--format", "ndjson", "--no-trace", "--order", "trainee"], io, { spillAfter: 2, parts: 2, sliceBytes: 4_000 });
    expectTraineeOrderOf(decisionsOf(sink.out, owners), j, "2 parts in slices");
  });

  test("trainees whose claims name one training package are one group: its claims in judged order together, the package paid once", async () => {
    const ndjson = onePackageClaimedTwice();
    const owners = trainees(ndjson);
    const judged = decisionsOf((await cli(["evaluate", "-", "--input", "ndjson", "--format", "ndjson"], ndjson)).out, owners);
    for (const parts of [2, 5]) {
      const spilled = decisionsOf((await evaluateSpilled(["-", "--input", "ndjson", "--format", "ndjson", "--order", "trainee"], ndjson, parts)).out, owners);
      expectTraineeOrderOf(spilled, judged, `${parts} parts`, ["P-001", "P-003"]);
      // PK-1 paid once: 40,000.00 claimed under P-001 (filed 2020-09-01, judged first), the second claim refused
      const outcome = (id: string) => (JSON.parse(spilled.find((l) => l.claimId === id)?.text ?? "{}") as { outcome?: string }).outcome;
      expect([outcome("PK-A"), outcome("PK-B")]).toEqual(["granted", "denied"]);
    }
  });

  test("a claim id held by two trainees in two parts (a part decided again with the other's facts): the same decisions, one claim_conflict", async () => {
    const doc = fixture();
    // JX-0003 (P-003's living allowance) copied onto trainee P-001: one claim_conflict, neither copy paid
    doc["claims"]!.push({ ...doc["claims"]![2], traineeId: "P-001", claimant: { kind: "trainee", id: "P-001" }, courseId: "C-101" });
    const ndjson = toNdjson(doc);
    const owners = trainees(ndjson);
    // filed under P-003 and P-001: its one claim_conflict decision is written by the copy of the least trainee id,
    // P-001 (one entry per claim id, represented by the least (trainee id, content): engine.ts; across parts the part
    // of the least trainee id reports it: claimIdFacts), so among P-001's decisions
    owners.set("JX-0003", "P-001");
    const judged = decisionsOf((await cli(["evaluate", "-", "--input", "ndjson", "--format", "ndjson"], ndjson)).out, owners);
    expect(judged.filter((l) => l.claimId === "JX-0003").map((l) => (JSON.parse(l.text) as { reasons: { code: string }[] }).reasons[0]?.code)).toEqual(["claim_conflict"]);
    for (const parts of [2, 3, 8]) {
      const spilled = decisionsOf((await evaluateSpilled(["-", "--input", "ndjson", "--format", "ndjson", "--order", "trainee"], ndjson, parts)).out, owners);
      expectTraineeOrderOf(spilled, judged, `${parts} parts`);
    }
  });

  test("--order takes judged or trainee; any other value is a usage error (exit 2) naming the option, in Chinese and English", async () => {
    const r = await cli(["evaluate", "-", "--input", "ndjson", "--order", "basis"], toNdjson(fixture()));
    expect(r.code).toBe(2);
    expect(r.err).toContain("--order");
    expect(r.err).toContain("应为 judged 或 trainee");
    expect(r.err).toContain("must be judged or trainee");
    expect(r.out).toBe("");
    const judged = await cli(["evaluate", "-", "--input", "ndjson", "--format", "ndjson"], toNdjson(fixture()));
    expect((await cli(["evaluate", "-", "--input", "ndjson", "--format", "ndjson", "--order", "judged"], toNdjson(fixture()))).out).toBe(judged.out);
  });
});
