/**
 * The `skills-subsidy` command: a thin dispatcher. Each command lives in
 * `commands/<name>.ts`, reads files and writes to the terminal, and decides through
 * the public API (`../index.js`) only. Adding a command is one line in COMMANDS.
 *
 * Exit codes: 0 every claim decided; 1 some records or claims invalid or in conflict;
 * 2 usage error, unreadable input, or input over a limit; 3 the output could not be
 * written; 130/143 interrupted by SIGINT/SIGTERM.
 */
import { once } from "node:events";
import { parseArgs } from "node:util";
import { SkillsSubsidyError, VERSION } from "../index.js";
import { EVALUATE } from "./commands/evaluate.js";
import { EXPLAIN } from "./commands/explain.js";
import { PARAMS } from "./commands/params.js";
import { SCHEMA } from "./commands/schema.js";
import { SERVE } from "./commands/serve.js";
import { DIFF } from "./diff.js";
import { boundHeapGrowth } from "./heap.js";
import type { Command } from "./frame.js";
import { seeHelp } from "./frame.js";
import type { Io } from "./io.js";
import { InputError, OutputError, ReadError, UsageError } from "./io.js";
import { REPORT } from "./report.js";
import { nearest } from "./suggest.js";
import { fromParseArgs } from "./usage.js";
import { VERIFY } from "./verify.js";

export type { Io } from "./io.js";

/** The command table: every command's options, positionals, help and exit codes (frame.ts). Adding a command is one line. */
export const COMMANDS: Readonly<Record<string, Command>> = Object.fromEntries([EVALUATE, EXPLAIN, SCHEMA, PARAMS, DIFF, VERIFY, REPORT, SERVE].map((c) => [c.name, c]));

const USAGE = `skills-subsidy ${VERSION} — China's vocational-skills training subsidy policy as code

Usage:
  skills-subsidy <command> [options]      skills-subsidy <command> --help
  skills-subsidy --help | --version

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join("\n")}

Exit codes: 0 all claims decided; 1 some records invalid or claims in conflict (the rest
are still decided); 2 usage error, unreadable input, or input over a limit; 3 the output
could not be written; 130/143 interrupted (SIGINT/SIGTERM), the output is incomplete.
`;

/** Runs the command line; resolves to the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  const command = first === undefined ? undefined : Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  try {
    if (command === undefined) {
      // A first word that is no command is named as such, before any option after it is read (`evalute x --lang en`).
      if (first !== undefined && !first.startsWith("-") && first !== "help") throw unknownCommand(first);
      const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" } } });
      if (values.version === true) {
        await io.stdout(`${VERSION}\n`);
        return 0;
      }
      if (values.help === true) {
        await io.stdout(USAGE);
        return 0;
      }
      if (positionals[0] === "help") {
        // `skills-subsidy help` and `skills-subsidy help <command>`, as `--help` does.
        const topic = positionals[1];
        if (topic === undefined) {
          await io.stdout(USAGE);
          return 0;
        }
        if (Object.hasOwn(COMMANDS, topic)) {
          await io.stdout((COMMANDS[topic] as Command).help);
          return 0;
        }
        throw unknownCommand(topic);
      }
      if (positionals[0] !== undefined) throw unknownCommand(positionals[0]);
      io.stderr(USAGE);
      return 2;
    }
    return await command.invoke(rest, io);
  } catch (error) {
    // A runtime error is one line ending with where the command's help is, in the chosen language; never a stack trace.
    const see = seeHelp(command?.name, command?.langOf(rest) ?? "zh");
    if (error instanceof InputError || error instanceof ReadError) {
      io.stderr(`skills-subsidy: ${error.message}${see}\n`);
      return 2;
    }
    if (error instanceof OutputError) {
      io.stderr(`skills-subsidy: ${error.message}${see}\n`);
      return 3;
    }
    if (error instanceof SkillsSubsidyError) {
      // A file the library could not take (a scenario's, a layer's data): its coded message, both languages.
      io.stderr(`skills-subsidy: ${oneLine(error.messages.zh)} / ${oneLine(error.messages.en)}${see}\n`);
      return 2;
    }
    // A usage error is one line in both languages, naming the field, and where to look, not the whole help.
    const usage = asUsageError(error, command);
    if (usage !== undefined) {
      io.stderr(`skills-subsidy: ${usage.message}${see}\n`);
      return 2;
    }
    throw error;
  }
}

/** The first line of a message (a scenario's report may run to several). */
function oneLine(text: string): string {
  return text.split("\n")[0] ?? text;
}

/**
 * The usage error an error of `command` is, if it is one: a {@link UsageError}, or Node's
 * parseArgs error of its options as one (a misspelt option gets the nearest of the command's).
 */
export function asUsageError(error: unknown, command: Command | undefined): UsageError | undefined {
  return error instanceof UsageError ? error : fromParseArgs(error, (option) => (command === undefined ? undefined : nearest(option, command.optionNames)));
}

/** "unknown command …", with the nearest command when it looks like a slip. */
function unknownCommand(word: string): UsageError {
  return new UsageError("unknown_command", { command: word, guess: nearest(word, Object.keys(COMMANDS)) });
}

/** The exit code of a run ended by a signal: 128 + its number, as a shell reports it. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * The command runs in this one process (no child to orphan): a signal ends the run at
 * any stage, removes its temporary files (the exit handlers of cleanup.ts), says on
 * standard error that the output is incomplete, and exits 128 + the signal's number.
 */
function onSignals(): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.on(signal, () => {
      const clear = process.stderr.isTTY === true ? "\r\x1b[K" : "";
      process.stderr.write(`${clear}skills-subsidy: 已中断（${signal}），输出不完整 / interrupted (${signal}); the output is incomplete\n`);
      process.exit(code);
    });
  }
}

/** Standard output as the commands see it: back-pressure honoured, a failed write an OutputError (exit 3). */
function stdout(chunk: string | Uint8Array): void | Promise<void> {
  let ok: boolean;
  try {
    ok = process.stdout.write(chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EPIPE") process.exit(0);
    throw new OutputError("standard output", error);
  }
  return ok ? undefined : once(process.stdout, "drain").then(() => undefined);
}

const isMain = typeof process !== "undefined" && process.argv[1] !== undefined && import.meta.url.endsWith("/cli.js");
if (isMain) {
  onSignals();
  boundHeapGrowth();
  // A reader that stops early (`| head`) closes the pipe: stop quietly, as a filter should.
  // Any other failed write (a full disk, no permission) is exit 3 with one line.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    const argv = process.argv.slice(2);
    const command = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) ? COMMANDS[argv[0]] : undefined;
    process.stderr.write(`skills-subsidy: ${new OutputError("standard output", error).message}${seeHelp(command?.name, command?.langOf(argv.slice(1)) ?? "zh")}\n`);
    process.exit(3);
  });
  const code = await run(process.argv.slice(2), {
    stdout,
    stderr: (t) => void process.stderr.write(t),
    stdin: () => process.stdin,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(process.stdout.isTTY === true ? { stdoutColumns: process.stdout.columns } : {}),
  });
  process.exitCode = code;
}
