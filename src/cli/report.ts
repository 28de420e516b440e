/**
 * `skills-subsidy report`: a progress report of a period, from a progress document, or from
 * the grants a run wrote (`evaluate --grants-out`) and the training records, or both.
 *
 *   skills-subsidy report --period 2020Q3 [--format html|md|json] [<progress-document|->]
 *                         [--grants <file|->] [--trainings <file|->]
 *
 * A progress document is JSON (see `parseProgressDocument` and docs/reports.md):
 * `{ "source"?: string, "trainings": [...], "grants": [...] }`. `--grants` is read as
 * `--ledger` is (JSON, NDJSON or CSV of grant records); `--trainings` is a JSON array of
 * training records, a document `{ "trainings": [...] }`, or NDJSON (one record a line).
 * The plan tables and targets are Jiaxing's (jx2019) and the national ones; the
 * output goes to standard output (or `--out <file>`).
 *
 * Exit codes: 0 report written; 1 an input is invalid; 2 usage error or unreadable input;
 * 3 the --out file cannot be written.
 */
import type { ValidationIssue } from "../index.js";
import { jiaxingReportReference, parsePeriod, parseProgressDocument, PLAN_PERIODS, progressReport, reportHtml, reportJson, reportMarkdown } from "../index.js";
import { defineCommand, oneStdin, seeHelp } from "./frame.js";
import { formatOf, INPUT_FORMATS, isBad, readItems, RecordCounter, readWholeInput, withoutSchemaKey } from "./input.js";
import type { Io } from "./io.js";
import { InputError, openOutputFile, UsageError } from "./io.js";
import { readJsonDocument } from "./options.js";
import { provisionText } from "../text/explain.js";
import { invalidLines } from "./output.js";

/** The training records of `--trainings`: a JSON array, a JSON object with `trainings`, or NDJSON lines. */
async function readTrainings(file: string, io: Io): Promise<unknown[]> {
  const source = file === "-" ? "stdin" : file;
  if (file !== "-" && formatOf(file, undefined) === "ndjson") {
    const text = await readWholeInput(file, io);
    return text
      .split("\n")
      .map((line, i) => [line.trim(), i + 1] as const)
      .filter(([line]) => line !== "")
      .map(([line, n]) => {
        try {
          return withoutSchemaKey(JSON.parse(line)) as unknown;
        } catch {
          throw new InputError(`${source} line ${n}`, "not_json", { detail: "the line is not one JSON value" });
        }
      });
  }
  const value = await readJsonDocument(file, io);
  if (Array.isArray(value)) return value;
  if (value !== null && typeof value === "object" && Array.isArray((value as { trainings?: unknown }).trainings)) return (value as { trainings: unknown[] }).trainings;
  throw new InputError(source, "invalid_input");
}

/** The grant records of `--grants`, read as `--ledger` is; a record that cannot be read is an issue (a report needs every record). */
async function readGrants(file: string, format: string | undefined, io: Io): Promise<{ grants: Record<string, unknown>[]; bad: string[] }> {
  const grants: Record<string, unknown>[] = [];
  const bad: string[] = [];
  for await (const item of readItems(file, formatOf(file === "-" ? "" : file, format, "--grants-format"), io, new RecordCounter(), true)) {
    if (isBad(item)) bad.push(...invalidLines({ at: item.at, recordType: item.type, id: item.id, issues: item.issues }, "both"));
    else grants.push(item.record);
  }
  return { grants, bad };
}

export const REPORT = defineCommand({
  name: "report",
  summary: "progress against the plan targets for a period (json, md, html)",
  positionals: [{ name: "<progress-document|->", file: "read" }],
  usage: "--period <period> [--format html|md|json] [--out <file>] [<progress-document|->] [--grants <file|->] [--trainings <file|->]",
  description: `Progress against the plan targets (Jiaxing's jx2019 and the national plans) for a period:
people trained, certificates, pass and employment rates, spend by provision and fund. The
input is a progress document { "source"?, "trainings": [...], "grants": [...] } (docs/reports.md),
or the grants a run wrote (evaluate --grants-out) with the training records, or both (their
records are put together).`,
  options: {
    period: {
      type: "string",
      value: "<period>",
      required: { zh: "report 需要一个报告期，如 2020Q3、2020 或 jx2019", en: "report needs a period such as 2020Q3, 2020 or jx2019" },
      help: "2020Q3 (a quarter), 2020 (a year), jx2019 | gbf2019 | plan2021 |\nop2025 (a plan's whole span) or YYYY-MM-DD..YYYY-MM-DD",
    },
    grants: { type: "string", value: "<file|->", file: "read", section: "Input", help: "grants, read as evaluate --ledger reads them (JSON, NDJSON or CSV):\nwhat evaluate --grants-out writes" },
    "grants-format": { type: "string", choices: INPUT_FORMATS, section: "Input", help: "read --grants in this format (default: by extension, else JSON)" },
    trainings: { type: "string", value: "<file|->", file: "read", section: "Input", help: "training records: a JSON array, { \"trainings\": [...] }, or NDJSON\n(.ndjson/.jsonl)" },
    format: { type: "string", choices: ["md", "html", "json"], default: "md", section: "Output", help: "md, html (a self-contained page with charts) or json" },
    out: { type: "string", value: "<file>", file: "write", section: "Output", help: "write the report to a file instead of standard output (renamed\ninto place only when complete)" },
  },
  exitCodes: [
    ["0", "written"],
    ["1", "an input is invalid (every issue is listed)"],
    ["2", "usage error or unreadable input"],
    ["3", "the --out file cannot be written"],
  ],
  run: async ({ values, positionals }, io) => {
    const period = parsePeriod(values.period, { ...PLAN_PERIODS, ...jiaxingReportReference.periods });
    if (!period.ok) throw new UsageError("invalid_value", { option: "--period", value: values.period, problem: (period.issues[0] as ValidationIssue).message });
    const file = positionals[0];
    if (file === undefined && values.grants === undefined && values.trainings === undefined) {
      throw new UsageError("missing_argument", {
        argument: "<progress-document|->",
        says: { zh: "report 需要一个进度文件（或用 - 表示标准输入），或者 --grants 和 --trainings", en: "report needs a progress document (or -), or --grants and --trainings" },
      });
    }
    if (values["grants-format"] !== undefined && values.grants === undefined) throw new UsageError("option_needs_option", { option: "--grants-format", needs: "--grants <file>" });
    oneStdin([
      ["<progress-document|->", file],
      ["--grants", values.grants],
      ["--trainings", values.trainings],
    ]);
    const raw: { source?: unknown; trainings: unknown[]; grants: unknown[] } = { trainings: [], grants: [] };
    if (file !== undefined) {
      const document = await readJsonDocument(file, io);
      if (document === null || typeof document !== "object" || Array.isArray(document)) throw new InputError(file === "-" ? "stdin" : file, "invalid_input");
      Object.assign(raw, document);
    }
    // Records are put together; a document whose list is not a list is left as it is, for the parser to name.
    if (values.trainings !== undefined) {
      const trainings = await readTrainings(values.trainings, io);
      if (Array.isArray(raw.trainings)) raw.trainings = [...raw.trainings, ...trainings];
    }
    if (values.grants !== undefined) {
      const { grants, bad } = await readGrants(values.grants, values["grants-format"], io);
      if (bad.length > 0) {
        io.stderr(`skills-subsidy report: ${values.grants} 中有无法读取的记录 / ${values.grants} has records that cannot be read${seeHelp("report", "en")}:\n${bad.join("\n")}\n`);
        return 1;
      }
      if (Array.isArray(raw.grants)) raw.grants = [...raw.grants, ...grants];
    }
    const name = [file, values.trainings, values.grants].filter((f) => f !== undefined).join(" + ");
    const document = parseProgressDocument(raw);
    if (!document.ok) {
      io.stderr(`skills-subsidy report: ${name} 不是有效的台账文件 / ${name} is not a valid ledger file${seeHelp("report", "en")}:\n${document.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.code} — ${i.message.zh} / ${i.message.en}`).join("\n")}\n`);
      return 1;
    }
    const report = progressReport(document.value, period.value, jiaxingReportReference);
    // Markdown and HTML end with the texts the report cites, each provision's passage verbatim (law/provisions.json).
    const texts = { passageOf: (provision: string) => provisionText(provision)?.passage };
    const output = values.format === "json" ? reportJson(report) : values.format === "html" ? reportHtml(report, texts) : reportMarkdown(report, texts);
    if (values.out !== undefined) {
      const out = openOutputFile(values.out);
      try {
        out.write(output);
        out.commit();
      } finally {
        out.abandon();
      }
      return 0;
    }
    await io.stdout(output);
    return 0;
  },
});
