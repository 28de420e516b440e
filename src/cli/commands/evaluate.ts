/** `skills-subsidy evaluate`: decide every claim of an input and write the decisions. */
import { parseArgs } from "node:util";
import { POLICIES } from "../../index.js";
import { INPUT_LIMITS } from "../input.js";
import type { Io } from "../io.js";
import { OutputBuffer, openOutputFile, UsageError } from "../io.js";
import { terminalWidth } from "../format.js";
import { applyCatalogue, pickDate, pickLang, pickPolicy, sourcesOf } from "../options.js";
import { Formatter, invalidLines, pickFormat, Writer } from "../output.js";
import type { RunOptions } from "../pipeline.js";
import { runBatch } from "../pipeline.js";
import { Progress } from "../progress.js";

export const EVALUATE_HELP = `Usage: skills-subsidy evaluate <file|-> [options]

Decides every claim of the input and writes one decision per claim, in the order the
claims are judged (basis date, then claim id), followed by the invalid records.

Input (auto-detected by extension: .json, .ndjson/.jsonl, .csv; standard input is JSON):
  --input json|ndjson|csv   read the input in this format
  --ledger <file>           prior grants: a JSON array, NDJSON or CSV of grant records
  --catalogue <file>        a subsidy catalogue edition (JSON object) or editions (array):
                            the standards of the training subsidy (gf2018.catalogues)

Judging:
  --policy <id>             ${Object.keys(POLICIES).join(", ")} (default jiaxing-2019)
  --on YYYY-MM-DD           judge every claim on this date (default: each claim's submittedOn)

Output:
  --format table|json|ndjson|csv   table for people (default) or data for programs
  --json                    the same as --format json
  --lang zh|en              language of the table and messages (default zh)
  --wide                    the table with reason codes and provisions, every column whole
                            (the default table fits the terminal: COLUMNS, or its width,
                            or 120 columns, with the reasons in words)
  --quiet, -q               no progress on standard error (shown only when it is a
                            terminal: records read, claims decided, share done, time left,
                            and a one-line summary at the end)
  --out <file>              write the output to this file: written beside it under a
                            temporary name and renamed only when complete, so a failed
                            or interrupted run leaves no (or the earlier) file
  --no-trace                decisions without their trace of rules and parameters: the
                            same outcomes, amounts, lines, reasons and provenance, written
                            faster and several times smaller (for large batches)

Limits: ${INPUT_LIMITS.maxLineBytes} bytes per NDJSON line or CSV row; nesting ${INPUT_LIMITS.maxDepth} levels per record;
${INPUT_LIMITS.maxRecords} records per run; JSON documents up to ${INPUT_LIMITS.maxJsonBytes} bytes (read whole; use NDJSON or CSV
for more). Memory stays bounded: large inputs are split by trainee into temporary files.

Exit codes: 0 every claim decided; 1 some records invalid or claims in conflict (the rest
are still decided); 2 usage error, unreadable input, or input over a limit; 3 the output
could not be written; 130/143 interrupted (SIGINT/SIGTERM), the output is incomplete.
`;

/** Options shared with explain. */
export const INPUT_OPTIONS = {
  policy: { type: "string" },
  on: { type: "string" },
  lang: { type: "string" },
  input: { type: "string" },
  ledger: { type: "string" },
  catalogue: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export async function evaluate(args: readonly string[], io: Io, tuning: Pick<RunOptions, "spillAfter" | "parts"> = {}): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { ...INPUT_OPTIONS, format: { type: "string" }, json: { type: "boolean" }, "no-trace": { type: "boolean" }, out: { type: "string" }, wide: { type: "boolean" }, quiet: { type: "boolean", short: "q" } },
  });
  if (values.help === true) {
    await io.stdout(EVALUATE_HELP);
    return 0;
  }
  const [file, extra] = positionals;
  if (file === undefined) throw new UsageError("evaluate needs a file (or - for standard input)");
  if (extra !== undefined) throw new UsageError(`unexpected argument ${JSON.stringify(extra)}`);
  const policy = applyCatalogue(values.catalogue, pickPolicy(values.policy));
  const on = pickDate(values.on);
  const lang = pickLang(values.lang);
  let format;
  try {
    format = pickFormat(values.format, values.json);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  let bytesRead = 0;
  const progress = new Progress({ write: io.stderr, enabled: io.stderrIsTTY === true && values.quiet !== true, lang, totalBytes: null });
  const { sources, size } = sourcesOf(file, values.input, values.ledger, io, (n) => progress.bytes((bytesRead += n)));
  progress.setTotal(size);
  const formatter = new Formatter(format, lang);
  // Opened first, so an output that cannot be written fails before the run, not after it.
  const outFile = values.out === undefined || values.out === "-" ? null : openOutputFile(values.out);
  try {
    const result = await runBatch(sources, {
      policy,
      ...(on === undefined ? {} : { on }),
      trace: values["no-trace"] !== true,
      formatter,
      io,
      progress: false,
      events: progress,
      sizeHint: size,
      ...tuning,
    });
    try {
      const out = new OutputBuffer(outFile === null ? io.stdout : outFile.write);
      const writer = new Writer(out, formatter, policy, { wide: values.wide === true, width: terminalWidth(outFile === null ? io.stdoutColumns : undefined) });
      await writer.begin(result.summary.claims);
      for (const payload of result.decisions()) await writer.decision(payload);
      await writer.end(result.summary, result.invalid(), result.invalidCount);
      if (format === "csv" && result.invalidCount > 0) {
        io.stderr(`${lang === "zh" ? `无效记录 ${result.invalidCount} 条：` : `${result.invalidCount} invalid records:`}\n`);
        for (const r of result.invalid()) io.stderr(`${invalidLines(r, lang).join("\n")}\n`);
      }
      outFile?.commit();
      progress.finish({ ...result.summary.toJSON(result.invalidCount) });
    } finally {
      result.close();
    }
    return result.invalidCount > 0 || result.summary.conflicts > 0 ? 1 : 0;
  } finally {
    outFile?.abandon();
  }
}
