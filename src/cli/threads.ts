/**
 * Worker threads for a spilled run (`evaluate --threads n`): each decides whole parts
 * from their files, exactly as the main thread does (`decidePartFiles`), while the main
 * thread decides others. Parts share nothing but the run's folder, and each part's files
 * are its own, so the output is the same byte for byte however many threads decide it.
 *
 * A worker rebuilds the run's policy from its description (`--policy` and the
 * `--catalogue` document as read) and is used only if the policy it builds has the main
 * thread's content hash. What a worker sends back is data: the part's outcome, the trace
 * entries its decisions named (merged into the run's tables and checked for key
 * collisions as the writer checks its own), or its error (an input error is thrown again
 * as itself).
 */
import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import type { CivilDate, ParameterEntry, RuleEntry } from "../index.js";
import { mergeTraceTables } from "../core/trace.js";
import type { Lang } from "./format.js";
import { InputError } from "./io.js";
import type { PolicySource } from "./options.js";
import type { OutputFormat, SummaryData } from "./output.js";
import { Summary } from "./output.js";
import type { PartContext, PartJob, PartOutcome } from "./pipeline.js";

/** What a worker is started with (its `workerData`). */
export interface WorkerInit {
  readonly root: string;
  readonly k: number;
  readonly sliceBytes: number;
  readonly enterprises: readonly (readonly [string, Record<string, unknown>])[];
  readonly source: PolicySource;
  /** The main thread's policy hash: the worker must build the same policy. */
  readonly hash: string;
  readonly on: CivilDate | null;
  readonly order: "judged" | "trainee";
  readonly trace: boolean;
  readonly format: OutputFormat;
  readonly lang: Lang;
  readonly keepGrants: boolean;
  /** The parts to decide (first decisions: parts decided again are decided on the main thread). */
  readonly jobs: readonly Pick<PartJob, "b" | "whole">[];
  /** Shared by every thread of the run: `[next job, 0 | failed 1 | ending 2, workers deciding]` as an Int32Array ({@link takeJob}, {@link stopWorkers}). */
  readonly counter: SharedArrayBuffer;
}

/**
 * The next job of a run for whichever thread asks, from the run's shared counter, or
 * `undefined` when none is left or a thread failed (the run stops taking parts then).
 * Each thread takes its own next part, so a free thread never waits on a busy one.
 */
export function takeJob<J>(counter: Int32Array, jobs: readonly J[]): J | undefined {
  if (Atomics.load(counter, 1) !== 0) return undefined; // failed or ending
  const i = Atomics.add(counter, 0, 1);
  return i < jobs.length ? jobs[i] : undefined;
}

/** Marks the run failed: no thread takes another part. */
export function failRun(counter: Int32Array): void {
  Atomics.compareExchange(counter, 1, 0, 1);
}

/** True once the run is ending ({@link stopWorkers}): a worker stops the part it is deciding. */
export function runEnding(counter: Int32Array): boolean {
  return Atomics.load(counter, 1) === 2;
}

/** How long the run's end waits for its workers to let go of its folder. */
const STOP_WAIT_MS = 2000;

/**
 * The run is ending (a signal, an error, a closed reader): no thread takes another part,
 * each worker stops its part at its next claim, and this waits (up to 2 s) until none is
 * deciding, so the run's folder can be removed with nothing writing in it.
 */
export function stopWorkers(counter: Int32Array): void {
  Atomics.store(counter, 1, 2);
  const until = performance.now() + STOP_WAIT_MS;
  for (let busy = Atomics.load(counter, 2); busy > 0; busy = Atomics.load(counter, 2)) {
    const left = until - performance.now();
    if (left <= 0) return;
    Atomics.wait(counter, 2, busy, left);
  }
}

/** A worker starts (`+1`) or ends (`-1`) deciding a part: what {@link stopWorkers} waits on. */
export function busy(counter: Int32Array, change: 1 | -1): void {
  Atomics.add(counter, 2, change);
  if (change < 0) Atomics.notify(counter, 2);
}

/** A part's outcome as a worker sends it: its summary as data. */
export type OutcomeData = Omit<PartOutcome, "summary"> & { readonly summary: SummaryData };

/** What the main thread sends a ready worker: start taking parts. */
export interface WorkerGo {
  readonly type: "go";
}

/** What a worker sends: ready (or not: it could not build the same policy), a part decided, no part left, or a part failed. */
export type WorkerReply =
  | { readonly type: "ready"; readonly ok: boolean; readonly why?: string }
  | { readonly type: "finished" }
  | {
      readonly type: "done";
      readonly b: number;
      readonly outcome: OutcomeData;
      /** The trace entries its decisions named that it had not sent before. */
      readonly tables: { readonly parameters: readonly (readonly [string, ParameterEntry])[]; readonly rules: readonly (readonly [string, RuleEntry])[] };
    }
  | { readonly type: "failed"; readonly error: ErrorData };

/** An error as data: an input error (thrown again as itself) or any other (a fault, reported with its message). */
export type ErrorData = { readonly kind: "input"; readonly data: ReturnType<InputError["toData"]> } | { readonly kind: "other"; readonly message: string };

/** An error as a worker sends it. */
export function errorData(error: unknown): ErrorData {
  if (error instanceof InputError) return { kind: "input", data: error.toData() };
  return { kind: "other", message: error instanceof Error ? error.message : String(error) };
}

/** The error a worker sent, as the main thread throws it. */
function errorOf(data: ErrorData): Error {
  return data.kind === "input" ? InputError.from(data.data) : new Error(`a worker thread failed: ${data.message}`);
}

/** A worker deciding parts of a run beside the main thread. */
export interface Helper {
  /** Lets the worker take parts until none is left; `finished` gets each part's outcome. Settles when the worker has no part left (or failed). */
  run(finished: (b: number, outcome: PartOutcome) => void): Promise<void>;
  stop(): Promise<void>;
}

/** The built worker's file, beside the built command line (`dist/cli-worker.js`); absent when the sources run directly (tests): then one thread decides. */
export const WORKER_FILE = new URL("./cli-worker.js", import.meta.url);

/**
 * The young generation a worker thread's heap may use, in MiB (V8's default is larger). A
 * part's records live until the part is decided, so a large young generation mostly holds
 * objects that will be promoted anyway. Measured at 1M claims `--no-trace --threads 2`
 * (docs/performance.md, 2026-12-04 08:23–08:30 UTC): 8 MiB took peak RSS from 245–256 MB to
 * 207–213 MB and user CPU from 58–63 s to 52–58 s; 4 and 2 MiB saved a few MB more at more CPU.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * Starts `n` workers for a run's `jobs`, taking parts from `counter` as the main thread
 * does. Returns none (the run decides every part on the main thread) when the worker file
 * is not there or any worker could not build the same policy.
 */
export async function startHelpers(n: number, ctx: PartContext, source: PolicySource, jobs: WorkerInit["jobs"], counter: SharedArrayBuffer, file: URL = WORKER_FILE): Promise<Helper[]> {
  if (n < 1 || !existsSync(file)) return [];
  const { options } = ctx;
  const init: WorkerInit = {
    root: ctx.root,
    k: ctx.k,
    sliceBytes: ctx.sliceBytes,
    enterprises: [...ctx.enterprises],
    source,
    hash: options.policy.hash,
    on: options.on ?? null,
    order: options.order ?? "judged",
    trace: options.trace ?? true,
    format: options.formatter.format,
    lang: options.formatter.lang,
    keepGrants: options.keepGrants === true,
    jobs: jobs.map(({ b, whole }) => ({ b, whole })),
    counter,
  };
  const started = await Promise.all(Array.from({ length: n }, () => startOne(file, init, ctx)));
  const helpers = started.filter((h): h is Helper => h !== null);
  if (helpers.length === n) return helpers;
  await Promise.all(helpers.map((h) => h.stop()));
  return [];
}

function startOne(file: URL, init: WorkerInit, ctx: PartContext): Promise<Helper | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(file, { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    } catch {
      resolve(null);
      return;
    }
    let ready = false;
    let stopped = false;
    let finished: ((b: number, outcome: PartOutcome) => void) | null = null;
    let settle: { resolve: () => void; reject: (e: Error) => void } | null = null;
    const fail = (error: Error) => {
      failRun(new Int32Array(init.counter));
      settle?.reject(error);
      settle = null;
    };
    worker.on("message", (reply: WorkerReply) => {
      if (reply.type === "ready") {
        ready = true;
        if (reply.ok) resolve(helper);
        else {
          resolve(null);
          void worker.terminate();
        }
        return;
      }
      if (reply.type === "finished") {
        settle?.resolve();
        settle = null;
        return;
      }
      if (reply.type === "failed") {
        fail(errorOf(reply.error));
        return;
      }
      try {
        mergeTraceTables(ctx.options.formatter.tables, reply.tables);
      } catch (error) {
        fail(error as Error);
        return;
      }
      const o = reply.outcome;
      const summary = Summary.from(o.summary);
      for (let i = 0; i < summary.claims; i++) ctx.options.events?.decided();
      finished?.(reply.b, { slices: o.slices, summary, widths: o.widths, invalidCount: o.invalidCount, ids: o.ids });
    });
    worker.on("error", (error) => {
      if (!ready) resolve(null);
      fail(new Error(`a worker thread failed: ${error.message}`));
    });
    worker.on("exit", () => {
      if (!ready) resolve(null);
      if (!stopped) fail(new Error("a worker thread stopped"));
    });
    const helper: Helper = {
      run(take) {
        finished = take;
        return new Promise((res, rej) => {
          settle = { resolve: res, reject: rej };
          const go: WorkerGo = { type: "go" };
          worker.postMessage(go);
        });
      },
      async stop() {
        stopped = true;
        await worker.terminate();
      },
    };
  });
}
