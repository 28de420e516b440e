/**
 * The `skills-subsidy` command: a thin dispatcher. Each command lives in
 * `commands/<name>.ts`, reads files and writes to the terminal, and decides through
 * the public API (`../index.js`) only. Adding a command is one line in COMMANDS.
 *
 * Exit codes: 0 every claim decided; 1 some records or claims invalid or in conflict;
 * 2 usage error, unreadable input, or input over a limit.
 */
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { constants } from "node:os";
import { parseArgs } from "node:util";
import { VERSION } from "../index.js";
import { evaluate, EVALUATE_HELP } from "./commands/evaluate.js";
import { explain, EXPLAIN_HELP } from "./commands/explain.js";
import { params, PARAMS_HELP } from "./commands/params.js";
import { schema, SCHEMA_HELP } from "./commands/schema.js";
import { DIFF_USAGE, runDiff } from "./diff.js";
import { REPORT_USAGE, runReport } from "./report.js";
import { runVerify, VERIFY_USAGE } from "./verify.js";
import type { Io } from "./io.js";
import { InputError, UsageError } from "./io.js";

export type { Io } from "./io.js";

interface Command {
  readonly summary: string;
  readonly help: string;
  readonly run: (args: readonly string[], io: Io) => Promise<number>;
}

/** The commands that read all their input at once and print when done (diff, verify, report). */
type WholeInputCommand = (args: readonly string[], io: { stdout: (t: string) => void; stderr: (t: string) => void; readStdin: () => string }) => number;

function wholeInput(runIt: WholeInputCommand): Command["run"] {
  return async (args, io) => {
    let stdin = "";
    if (args.includes("-")) {
      const chunks: Buffer[] = [];
      for await (const chunk of io.stdin()) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
      stdin = Buffer.concat(chunks).toString("utf8");
    }
    let out = "";
    const code = runIt(args, { stdout: (t) => void (out += t), stderr: io.stderr, readStdin: () => stdin });
    await io.stdout(out);
    return code;
  };
}

const COMMANDS: Readonly<Record<string, Command>> = {
  evaluate: { summary: "decide every claim of an input (JSON, NDJSON or CSV) and write the decisions", help: EVALUATE_HELP, run: evaluate },
  explain: { summary: "print one claim's decision: lines, reasons, trace", help: EXPLAIN_HELP, run: explain },
  schema: { summary: "write the JSON Schemas of the input records, document and NDJSON line", help: SCHEMA_HELP, run: schema },
  params: { summary: "list every parameter (the ids a reform can patch): values, citations, readers", help: PARAMS_HELP, run: params },
  diff: { summary: "what a reform changes, claim by claim and in total", help: DIFF_USAGE, run: wholeInput(runDiff) },
  verify: { summary: "run scenario files and report pass/fail (and provision coverage)", help: VERIFY_USAGE, run: wholeInput(runVerify) },
  report: { summary: "progress against the plan targets for a period (json, md, html)", help: REPORT_USAGE, run: wholeInput(runReport) },
};

const USAGE = `skills-subsidy ${VERSION} — China's vocational-skills training subsidy policy as code

Usage:
  skills-subsidy <command> [options]      skills-subsidy <command> --help
  skills-subsidy --help | --version

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join("\n")}

Exit codes: 0 all claims decided; 1 some records invalid or claims in conflict (the rest
are still decided); 2 usage error, unreadable input, or input over a limit.
`;

/** Runs the command line; resolves to the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  const command = first === undefined ? undefined : Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  try {
    if (command === undefined) {
      const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" } } });
      if (values.version === true) {
        await io.stdout(`${VERSION}\n`);
        return 0;
      }
      if (values.help === true) {
        await io.stdout(USAGE);
        return 0;
      }
      if (positionals[0] !== undefined) throw new UsageError(`unknown command ${JSON.stringify(positionals[0])}`);
      io.stderr(USAGE);
      return 2;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`skills-subsidy: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") === true) {
      io.stderr(`skills-subsidy: ${(error as Error).message}\n${command === undefined ? "" : `\n${command.help}`}`);
      return 2;
    }
    throw error;
  }
}

/**
 * V8 grows its heap lazily, far past what a run keeps alive. The command therefore runs
 * itself once more in a child Node with a small young generation and a capped old one,
 * so peak memory stays near what the run needs (docs/performance.md). Heap flags of the
 * caller's own (on the command line or in NODE_OPTIONS), or SKILLS_SUBSIDY_REEXEC=0,
 * turn this off.
 */
export const HEAP_FLAGS = ["--max-semi-space-size=8", "--max-old-space-size=256"] as const;

function callerSetHeap(): boolean {
  const flags = [...process.execArgv, ...(process.env["NODE_OPTIONS"] ?? "").split(/\s+/)];
  return flags.some((f) => f.startsWith("--max-old-space-size") || f.startsWith("--max-semi-space-size"));
}

const isMain = typeof process !== "undefined" && process.argv[1] !== undefined && import.meta.url.endsWith("/cli.js");
if (isMain && process.env["SKILLS_SUBSIDY_REEXEC"] !== "0" && !callerSetHeap()) {
  const child = spawnSync(process.execPath, [...HEAP_FLAGS, ...process.execArgv, process.argv[1] as string, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, SKILLS_SUBSIDY_REEXEC: "0" },
  });
  process.exitCode = child.status ?? (child.signal === null ? 2 : 128 + (constants.signals[child.signal] ?? 0));
} else if (isMain) {
  // A reader that stops early (`| head`) closes the pipe: stop quietly, as a filter should.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const code = await run(process.argv.slice(2), {
    stdout: (t) => (process.stdout.write(t) ? undefined : once(process.stdout, "drain").then(() => undefined)),
    stderr: (t) => void process.stderr.write(t),
    stdin: () => process.stdin,
    stderrIsTTY: process.stderr.isTTY === true,
  });
  process.exitCode = code;
}
