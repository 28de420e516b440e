/** `skills-subsidy evaluate`: decide every claim of an input and write the decisions (and, with --grants-out, the grants). */
import { INPUT_FORMATS, INPUT_LIMITS } from "../input.js";
import type { Io } from "../io.js";
import { OutputBuffer, openOutputFile, UsageError } from "../io.js";
import { defineCommand, oneStdin } from "../frame.js";
import type { CommandSpec, Parsed } from "../frame.js";
import { grantsFormatOf, writeGrants } from "../grants.js";
import { availableParallelism } from "node:os";
import { catalogueName, CLAIMS_OPTIONS, LANG_OPTION, pickDate, pickLang, pickPolicy, pickThreads, QUIET_OPTION, readCatalogues, routedSourcesOf, setAsideNotices, withCatalogues } from "../options.js";
import { Formatter, invalidLines, pickFormat, Writer } from "../output.js";
import type { RunOptions } from "../pipeline.js";
import { runBatch } from "../pipeline.js";
import { Progress } from "../progress.js";
import { terminalWidth } from "../format.js";

const OPTIONS = {
  ...CLAIMS_OPTIONS,
  format: { type: "string", choices: ["table", "json", "ndjson", "csv"], section: "Output", help: "table for people (default) or data for programs" },
  json: { type: "boolean", section: "Output", help: "the same as --format json" },
  lang: { ...LANG_OPTION, section: "Output" },
  wide: { type: "boolean", section: "Output", help: "the table with every column: reason codes and provisions" },
  out: {
    type: "string",
    value: "<file>",
    file: "write",
    section: "Output",
    help: "write the output to this file: written beside it under a\ntemporary name and renamed only when complete, so a failed\nor interrupted run leaves no (or the earlier) file",
  },
  "grants-out": {
    type: "string",
    value: "<file>",
    file: "write",
    section: "Output",
    help: "also write the grants this run made, in the format --ledger\nreads (written as --out is): a later run with --ledger <file>\npays none of them again; report --grants <file> reports on them",
  },
  "grants-format": { type: "string", choices: INPUT_FORMATS, section: "Output", help: "format of --grants-out (default: by extension, else JSON)" },
  "no-trace": {
    type: "boolean",
    section: "Output",
    help: "decisions without their trace of rules and parameters: the\nsame outcomes, amounts, lines, reasons and provenance, written\nfaster and smaller (for large batches)",
  },
  order: {
    type: "string",
    choices: ["judged", "trainee"],
    section: "Output",
    help: "judged (default): every decision by basis date, then filing\ndate, then claim id; trainee: each trainee's decisions together,\nin judged order (the same decisions; a large input's parts\nwritten in turn, not merged)",
  },
  quiet: { ...QUIET_OPTION, section: "Output" },
  threads: {
    type: "string",
    value: "<n|auto>",
    section: "Judging",
    help: "decide a large input's parts on n threads (default 1); auto:\none per available core. Same output, more memory (docs/cli.md)",
  },
} as const;

export async function runEvaluate({ values, positionals }: Parsed<typeof OPTIONS>, io: Io, tuning: Pick<RunOptions, "spillAfter" | "parts" | "mergeFanIn" | "sliceBytes" | "workerFile" | "onThreads"> = {}): Promise<number> {
  const file = positionals[0] as string;
  oneStdin([
    ["<file|->", file],
    ["--catalogue", values.catalogue],
  ]);
  if (values["grants-format"] !== undefined && values["grants-out"] === undefined) throw new UsageError("option_needs_option", { option: "--grants-format", needs: "--grants-out <file>" });
  if (values["grants-out"] === "-") {
    throw new UsageError("invalid_value", { option: "--grants-out", value: "-", expected: { zh: "一个文件（标准输出已用来输出判定结果）", en: "a file (standard output carries the decisions)" } });
  }
  const threads = pickThreads(values.threads, availableParallelism(), 1);
  const base = pickPolicy(values.policy);
  const catalogue = await readCatalogues(values.catalogue, base, io);
  const policy = withCatalogues(base, catalogue, catalogueName(values.catalogue));
  const on = pickDate(values.on);
  const lang = pickLang(values.lang);
  // An edition from the day this policy's catalogue ends is set aside (withCatalogue): say so, unless asked to be quiet.
  if (values.quiet !== true) for (const line of setAsideNotices(base, catalogue, catalogueName(values.catalogue), lang)) io.stderr(`skills-subsidy: ${line}\n`);
  const format = pickFormat(values.format, values.json);
  const grantsFile = values["grants-out"];
  const grantsFormat = grantsFile === undefined ? null : grantsFormatOf(grantsFile, values["grants-format"]);
  let bytesRead = 0;
  const progress = new Progress({ write: io.stderr, enabled: io.stderrIsTTY === true && values.quiet !== true, lang, totalBytes: null });
  const { sources, size } = routedSourcesOf(file, values, io, (n) => progress.bytes((bytesRead += n)));
  progress.setTotal(size);
  const formatter = new Formatter(format, lang);
  // Opened first, so an output that cannot be written fails before the run, not after it.
  const outFile = values.out === undefined || values.out === "-" ? null : openOutputFile(values.out);
  let grantsOut;
  try {
    grantsOut = grantsFile === undefined ? null : openOutputFile(grantsFile);
  } catch (error) {
    outFile?.abandon();
    throw error;
  }
  try {
    const result = await runBatch(sources, {
      policy,
      ...(on === undefined ? {} : { on }),
      order: values.order === "trainee" ? "trainee" : "judged",
      trace: values["no-trace"] !== true,
      formatter,
      io,
      progress: false,
      events: progress,
      sizeHint: size,
      keepGrants: grantsOut !== null,
      threads,
      policySource: { policy: values.policy, catalogue },
      ...tuning,
    });
    try {
      // A file is written with writeSync, done with each block when it returns: one block serves.
      const out = outFile === null ? new OutputBuffer(io.stdout) : new OutputBuffer(outFile.write, { reuse: true });
      const writer = new Writer(out, formatter, policy, { wide: values.wide === true, width: terminalWidth(outFile === null ? io.stdoutColumns : undefined) });
      await writer.begin(result.summary.claims);
      for (const payload of result.decisions()) await writer.decision(payload);
      await writer.end(result.summary, result.invalid(), result.invalidCount);
      // the exit code's other cause, said as the other formats' summaries say it (cold review 83 F2)
      if (format === "csv" && result.summary.conflicts > 0) io.stderr(`${lang === "zh" ? `申请编号冲突 ${result.summary.conflicts} 项（claim_conflict，均不支付）` : `${result.summary.conflicts} claim-id conflicts (claim_conflict, not paid)`}\n`);
      if (format === "csv" && result.invalidCount > 0) {
        io.stderr(`${lang === "zh" ? `无效记录 ${result.invalidCount} 条：` : `${result.invalidCount} invalid records:`}\n`);
        for (const r of result.invalid()) io.stderr(`${invalidLines(r, lang).join("\n")}\n`);
      }
      if (grantsOut !== null && grantsFormat !== null) await writeGrants(grantsOut, grantsFormat, result.grants());
      // Both files are complete: only now do they take their names.
      outFile?.commit();
      grantsOut?.commit();
      progress.finish({ ...result.summary.toJSON(result.invalidCount) });
    } finally {
      result.close();
    }
    return result.invalidCount > 0 || result.summary.conflicts > 0 ? 1 : 0;
  } finally {
    outFile?.abandon();
    grantsOut?.abandon();
  }
}

const SPEC: CommandSpec<typeof OPTIONS> = {
  name: "evaluate",
  summary: "decide every claim of an input (JSON, NDJSON or CSV) and write the decisions",
  positionals: [{ name: "<file|->", file: "read", missing: { zh: "evaluate 需要一个文件（或用 - 表示标准输入）", en: "evaluate needs a file (or - for standard input)" } }],
  description: `Decides every claim of the input and writes one decision per claim, in the order the
claims are judged (basis date, filing date, claim id; --order trainee: trainee by trainee), followed by
the invalid records.`,
  options: OPTIONS,
  notes: `Limits: ${INPUT_LIMITS.maxLineBytes} bytes per NDJSON line or CSV row; nesting ${INPUT_LIMITS.maxDepth} levels per record;
${INPUT_LIMITS.maxRecords} records per run (--max-records); JSON documents up to ${INPUT_LIMITS.maxJsonBytes} bytes (read whole; use NDJSON or CSV
for more). Memory stays bounded: large inputs are split by trainee into temporary files.
A document may carry a "$schema" key (the address of its schema, for editors).`,
  exitCodes: [
    ["0", "every claim decided"],
    ["1", "some records invalid or claims in conflict (the rest are still decided)"],
    ["2", "usage error, unreadable input, or input over a limit"],
    ["3", "the output could not be written"],
    ["130/143", "interrupted (SIGINT/SIGTERM), the output is incomplete"],
  ],
  run: (parsed, io) => runEvaluate(parsed, io),
};

export const EVALUATE = defineCommand(SPEC);

/** `evaluate` with the partitioning tuned (tests lower the spill threshold to exercise the split path). */
export function evaluate(args: readonly string[], io: Io, tuning: Pick<RunOptions, "spillAfter" | "parts" | "mergeFanIn" | "sliceBytes" | "workerFile" | "onThreads"> = {}): Promise<number> {
  return defineCommand({ ...SPEC, run: (parsed, io2) => runEvaluate(parsed, io2, tuning) }).invoke(args, io);
}
