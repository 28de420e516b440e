/**
 * The command line's worker thread (built as `dist/cli-worker.js`; see threads.ts): builds
 * the run's policy from its description, says whether it is the same policy (by content
 * hash), then decides the parts it is sent, one at a time, from their files.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Policy } from "../index.js";
import { policyFromSource } from "./options.js";
import { Formatter } from "./output.js";
import type { PartContext } from "./pipeline.js";
import { decidePartFiles, RunEnded } from "./pipeline.js";
import type { WorkerGo, WorkerInit, WorkerReply } from "./threads.js";
import { busy, errorData, failRun, runEnding, takeJob } from "./threads.js";

const port = parentPort;
if (port === null) throw new Error("cli-worker.js runs as a worker thread of the command line");
const send = (reply: WorkerReply) => port.postMessage(reply);
const init = workerData as WorkerInit;

let policy: Policy | null = null;
let why = "";
try {
  policy = policyFromSource(init.source);
  if (policy.hash !== init.hash) why = `policy hash ${policy.hash} is not the run's ${init.hash}`;
} catch (error) {
  why = error instanceof Error ? error.message : String(error);
}

if (policy === null || why !== "") send({ type: "ready", ok: false, why });
else {
  const formatter = new Formatter(init.format, init.lang);
  const counter = new Int32Array(init.counter);
  const ctx: PartContext = {
    root: init.root,
    k: init.k,
    sliceBytes: init.sliceBytes,
    enterprises: new Map(init.enterprises),
    options: { policy, ...(init.on === null ? {} : { on: init.on }), order: init.order, trace: init.trace, formatter, keepGrants: init.keepGrants },
    aborted: () => runEnding(counter),
  };
  // Table entries are only ever added: what was sent is a prefix of each table.
  let sentParameters = 0;
  let sentRules = 0;
  const run = async () => {
    for (let job = takeJob(counter, init.jobs); job !== undefined; job = takeJob(counter, init.jobs)) {
      busy(counter, 1);
      let outcome;
      try {
        outcome = await decidePartFiles(ctx, job);
      } finally {
        busy(counter, -1);
      }
      const parameters = [...formatter.tables.parameters].slice(sentParameters);
      const rules = [...formatter.tables.rules].slice(sentRules);
      sentParameters += parameters.length;
      sentRules += rules.length;
      const { slices, summary, widths, invalidCount, ids } = outcome;
      send({ type: "done", b: job.b, outcome: { slices, summary: summary.toData(), widths, invalidCount, ids }, tables: { parameters, rules } });
    }
  };
  port.once("message", (_go: WorkerGo) => {
    run().then(
      () => send({ type: "finished" }),
      (error: unknown) => {
        if (error instanceof RunEnded) return; // the run is ending: nothing to report
        failRun(counter);
        send({ type: "failed", error: errorData(error) });
      },
    );
  });
  send({ type: "ready", ok: true });
}
