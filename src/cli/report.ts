/**
 * `skills-subsidy report`: a progress report of a period from a ledger file.
 *
 *   skills-subsidy report --period 2020Q3 --format html|md|json <ledger-file|->
 *
 * The ledger file is a progress document (JSON, see `parseProgressDocument` and
 * docs/reports.md): `{ "source"?: string, "trainings": [...], "grants": [...] }`.
 * The plan tables and targets are Jiaxing's (jx2019) and the national ones; the
 * output goes to standard output (or `--out <file>`).
 *
 * Exit codes: 0 report written; 1 the ledger file is invalid; 2 usage error or unreadable input;
 * 3 the --out file cannot be written.
 */
import { writeFileSync } from "node:fs";
import { readTextFile } from "../node/index.js";
import { OutputError } from "./io.js";
import { parseArgs } from "node:util";
import {
  parsePeriod,
  parseProgressDocument,
  progressReport,
  reportHtml,
  reportJson,
  reportMarkdown,
  jiaxingReportReference,
  SkillsSubsidyError,
} from "../index.js";

export interface ReportIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => string;
}

export const REPORT_USAGE = `Usage:
  skills-subsidy report --period <period> [--format html|md|json] [--out <file>] <ledger-file|->

  --period   2020Q3 (a quarter), 2020 (a year), jx2019 | gbf2019 | plan2021 | op2025 (a plan's
             whole span) or YYYY-MM-DD..YYYY-MM-DD
  --format   md (default), html (a self-contained page with charts) or json
  --out      write the report to a file instead of standard output

The ledger file is JSON: { "source"?: "...", "trainings": [TrainingRecord...], "grants": [Grant...] }
(see docs/reports.md). Exit codes: 0 written; 1 invalid ledger file; 2 usage error or unreadable input; 3 the --out file cannot be written.
`;

/** Runs `report` with the arguments after the command name; returns the exit code. */
export function runReport(args: readonly string[], io: ReportIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { period: { type: "string" }, format: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    io.stderr(`skills-subsidy report: ${(error as Error).message}\n\n${REPORT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(REPORT_USAGE);
    return 0;
  }
  const fail = (message: string) => {
    io.stderr(`skills-subsidy report: ${message}\n\n${REPORT_USAGE}`);
    return 2;
  };
  if (values.period === undefined) return fail("--period is required");
  const period = parsePeriod(values.period);
  if (!period.ok) return fail(period.issues.map((i) => `--period ${values.period}: ${i.message.en}`).join("\n"));
  const format = values.format ?? "md";
  if (format !== "md" && format !== "html" && format !== "json") return fail(`--format must be html, md or json, not ${JSON.stringify(format)}`);
  if (positionals.length !== 1) return fail(positionals.length === 0 ? "a ledger file (or -) is required" : `unexpected argument ${JSON.stringify(positionals[1])}`);
  const file = positionals[0] as string;

  let raw: unknown;
  try {
    const text = file === "-" ? io.readStdin() : readTextFile(file); // at most 16 MiB, counted as read
    raw = JSON.parse(text) as unknown;
  } catch (error) {
    io.stderr(`skills-subsidy report: ${error instanceof SkillsSubsidyError ? error.messages.en : `cannot read ${file}: ${(error as Error).message}`}\n`);
    return 2;
  }
  const document = parseProgressDocument(raw);
  if (!document.ok) {
    io.stderr(`skills-subsidy report: ${file} is not a valid ledger file:\n${document.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.code} — ${i.message.en}`).join("\n")}\n`);
    return 1;
  }
  const report = progressReport(document.value, period.value, jiaxingReportReference);
  const output = format === "json" ? reportJson(report) : format === "html" ? reportHtml(report) : reportMarkdown(report);
  if (values.out !== undefined) {
    try {
      writeFileSync(values.out, output, "utf8");
    } catch (error) {
      io.stderr(`skills-subsidy report: ${new OutputError(values.out, error).message}\n`);
      return 3;
    }
    return 0;
  }
  io.stdout(output);
  return 0;
}
