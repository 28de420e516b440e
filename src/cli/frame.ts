/**
 * The frame of every command: one table entry per command (its options with their types,
 * defaults and help, its positionals, its help text and exit codes) drives Node's
 * `parseArgs`, the `--help` text and the did-you-mean of a misspelt option. A command's
 * `run` gets typed, checked values: choices checked, required options and positionals
 * present, deprecated aliases noted on standard error.
 */
import { fstatSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Lang } from "./format.js";
import type { Label } from "../index.js";
import type { Io } from "./io.js";
import { UsageError } from "./usage.js";

/** One option of a command. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  /** The option may be given more than once (its values are a list, in order). */
  readonly multiple?: true;
  readonly short?: string;
  /** The value's placeholder in the help (`<file>`, `YYYY-MM-DD`); the choices are shown instead when there are some. */
  readonly value?: string;
  /** The values it accepts: any other is a usage error naming them. */
  readonly choices?: readonly string[];
  /** Its value when not given. */
  readonly default?: string;
  /** What it does, for the help (lines after the first are indented under it). */
  readonly help: string;
  /** Heading of the help section it is listed under (default "Options"). */
  readonly section?: string;
  /** What the command needs, for the usage error when it is missing (a required option), in both languages. */
  readonly required?: Label;
  /** A deprecated alias: the one-line notice printed on standard error when it is used. */
  readonly deprecated?: Label;
  /**
   * A file the command reads (`read`) or writes (`write`): a file written may be no file read, nor one another option
   * writes (cold review 75 F4: `--ledger g --grants-out g` replaced the ledger with this run's grants alone). `-` is none.
   */
  readonly file?: "read" | "write";
}

/** One positional argument. */
export interface PositionalSpec {
  /** As the usage line shows it: `<file|->`. */
  readonly name: string;
  /** What the command needs, for the usage error when it is missing, in both languages; absent: the positional is optional. */
  readonly missing?: Label;
  /** It takes every remaining argument (at least one when `missing` is set). */
  readonly variadic?: true;
  /** A file (or files) the command reads: none of them may be a file it writes ({@link OptionSpec.file}). */
  readonly file?: "read";
}

type ValueOf<S extends OptionSpec> = S extends { type: "boolean" }
  ? boolean | undefined
  : S extends { multiple: true }
    ? string[] | undefined
    : S extends { default: string } | { required: Label }
      ? string
      : string | undefined;

/** The parsed values of a command's options, typed from its table entry. */
export type Values<O extends Readonly<Record<string, OptionSpec>>> = { readonly [K in keyof O]: ValueOf<O[K]> };

/** What a command's `run` receives. */
export interface Parsed<O extends Readonly<Record<string, OptionSpec>>> {
  readonly values: Values<O>;
  readonly positionals: readonly string[];
}

/** A command's entry in the table. */
export interface CommandSpec<O extends Readonly<Record<string, OptionSpec>>> {
  readonly name: string;
  /** One line, for the program's help. */
  readonly summary: string;
  readonly positionals: readonly PositionalSpec[];
  /** The usage line after `skills-subsidy <name> ` when the default (positionals, then `[options]`) says too little. */
  readonly usage?: string;
  /** What it does: a paragraph or two. */
  readonly description: string;
  readonly options: O;
  /** Paragraphs after the options (limits, formats). */
  readonly notes?: string;
  /** The exit codes it uses and what each means. */
  readonly exitCodes: readonly (readonly [code: string, meaning: string])[];
  readonly run: (parsed: Parsed<O>, io: Io) => Promise<number>;
}

/** A command as the dispatcher sees it. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Its `--help` text. */
  readonly help: string;
  /** Its long options (`--format`, …), for did-you-mean. */
  readonly optionNames: readonly string[];
  /** Parses the arguments after the command's name and runs it; resolves to the exit code. */
  readonly invoke: (args: readonly string[], io: Io) => Promise<number>;
  /** The language of its messages for these arguments: its `--lang`, else that option's default (zh); English for a command without `--lang`. */
  readonly langOf: (args: readonly string[]) => Lang;
}

/**
 * Where a runtime error points: the command's help, in the chosen language, to end the
 * error's one line (issue #18: "one line plus see --help").
 * @example seeHelp("evaluate", "zh") // → "（详见 skills-subsidy evaluate --help）"
 * @example seeHelp("evaluate", "en") // → " (see skills-subsidy evaluate --help)"
 */
export function seeHelp(command: string | undefined, lang: Lang): string {
  const help = command === undefined ? "skills-subsidy --help" : `skills-subsidy ${command} --help`;
  return lang === "zh" ? `（详见 ${help}）` : ` (see ${help})`;
}

/** The value of `--lang` in raw arguments (`--lang en` or `--lang=en`), when it is a language. */
function langArgument(args: readonly string[]): Lang | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--") break;
    const value = a === "--lang" ? args[i + 1] : a.startsWith("--lang=") ? a.slice("--lang=".length) : undefined;
    if (value === "zh" || value === "en") return value;
  }
  return undefined;
}

const HELP_OPTION: OptionSpec = { type: "boolean", short: "h", help: "this help" };

/** Words wrapped to `width` columns, each line after the first indented by `indent`. */
function wrap(text: string, width: number, indent = ""): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}

function optionLabel(name: string, spec: OptionSpec): string {
  const flag = `${spec.short === undefined ? "" : `-${spec.short}, `}--${name}`;
  if (spec.type === "boolean") return flag;
  return `${flag} ${spec.choices === undefined ? (spec.value ?? "<value>") : spec.choices.join("|")}`;
}

/** The `--help` text of a command, from its table entry. */
export function helpOf(spec: CommandSpec<Readonly<Record<string, OptionSpec>>>): string {
  const usage = spec.usage ?? [...spec.positionals.map((p) => (p.missing === undefined ? `[${p.name}]` : p.name)), "[options]"].join(" ");
  const out = [`Usage: skills-subsidy ${spec.name} ${usage}`, "", spec.description.trim(), ""];
  const sections = new Map<string, [string, OptionSpec][]>();
  for (const [name, option] of [...Object.entries(spec.options), ["help", HELP_OPTION] as [string, OptionSpec]]) {
    const section = option.section ?? "Options";
    sections.set(section, [...(sections.get(section) ?? []), [name, option]]);
  }
  const column = Math.min(30, Math.max(...[...sections.values()].flat().map(([n, o]) => optionLabel(n, o).length + 4)));
  for (const [section, options] of sections) {
    out.push(`${section}:`);
    for (const [name, option] of options) {
      const label = `  ${optionLabel(name, option)}`;
      const help = option.default === undefined || option.help.includes("(default") ? option.help : `${option.help} (default ${option.default})`;
      const [first = "", ...rest] = help.split("\n");
      const head = label.length + 2 > column ? `${label}\n${" ".repeat(column)}` : label.padEnd(column);
      out.push(`${head}${first}`);
      for (const line of rest) out.push(`${" ".repeat(column)}${line}`);
    }
    out.push("");
  }
  if (spec.notes !== undefined) out.push(spec.notes.trim(), "");
  out.push(wrap(`Exit codes: ${spec.exitCodes.map(([code, meaning]) => `${code} ${meaning}`).join("; ")}.`, 90), "");
  return out.join("\n");
}

/** Makes a table entry a command: parsing, checks and help from the entry. */
export function defineCommand<const O extends Readonly<Record<string, OptionSpec>>>(spec: CommandSpec<O>): Command {
  const help = helpOf(spec as unknown as CommandSpec<Readonly<Record<string, OptionSpec>>>);
  const entries = Object.entries(spec.options) as [string, OptionSpec][];
  const options: Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string; default?: string }> = { help: { type: "boolean", short: "h" } };
  for (const [name, o] of entries) {
    options[name] = { type: o.type, ...(o.multiple === true ? { multiple: true } : {}), ...(o.short === undefined ? {} : { short: o.short }), ...(o.default === undefined ? {} : { default: o.default }) };
  }
  return {
    name: spec.name,
    summary: spec.summary,
    help,
    optionNames: ["--help", ...entries.map(([name]) => `--${name}`)],
    langOf: (args) => {
      const option = (spec.options as Readonly<Record<string, OptionSpec>>)["lang"];
      if (option === undefined) return "en";
      return langArgument(args) ?? (option.default === "en" ? "en" : "zh");
    },
    invoke: async (args, io) => {
      const { values, positionals, tokens } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options, tokens: true });
      if (values["help"] === true) {
        await io.stdout(help);
        return 0;
      }
      repeatedOption(tokens, entries);
      for (const [name, o] of entries) {
        const value = values[name];
        if (value === undefined) {
          if (o.required !== undefined) throw new UsageError("missing_option", { option: `--${name}`, says: o.required });
          continue;
        }
        if (o.choices !== undefined) {
          for (const v of Array.isArray(value) ? value : [value]) {
            if (typeof v === "string" && !o.choices.includes(v)) throw new UsageError("not_a_choice", { option: `--${name}`, value: v, choices: o.choices });
          }
        }
        if (o.deprecated !== undefined) io.stderr(`skills-subsidy: ${o.deprecated.zh} / ${o.deprecated.en}\n`);
      }
      let at = 0;
      for (const p of spec.positionals) {
        if (p.variadic === true) {
          if (at >= positionals.length && p.missing !== undefined) throw new UsageError("missing_argument", { argument: p.name, says: p.missing });
          at = positionals.length;
          break;
        }
        if (at >= positionals.length) {
          if (p.missing !== undefined) throw new UsageError("missing_argument", { argument: p.name, says: p.missing });
          break;
        }
        at += 1;
      }
      if (at < positionals.length) throw new UsageError("unexpected_argument", { argument: positionals[at] as string });
      const files: { name: string; path: string; use: "read" | "write" }[] = [];
      for (const [name, o] of entries) {
        const value = values[name];
        if (o.file === undefined || value === undefined || typeof value === "boolean") continue;
        for (const path of Array.isArray(value) ? value : [value]) if (typeof path === "string") files.push({ name: `--${name}`, path, use: o.file });
      }
      spec.positionals.forEach((p, i) => {
        if (p.file !== "read") return;
        for (const path of p.variadic === true ? positionals.slice(i) : positionals.slice(i, i + 1)) files.push({ name: p.name, path, use: "read" });
      });
      filesApart(files);
      return spec.run({ values: values as unknown as Values<O>, positionals }, io);
    },
  };
}

/**
 * Standard input can be read once: of a command's file arguments at most one may be `-`.
 * Each is named as the usage line names it: the option (`--ledger`) or the argument (`<file|->`).
 * @example oneStdin([["<file|->", "-"], ["--ledger", "g.ndjson"]]) // → undefined
 */
export function oneStdin(files: readonly (readonly [field: string, file: string | readonly string[] | undefined])[]): void {
  const readers = files.flatMap(([field, file]) => ((Array.isArray(file) ? file : [file]) as (string | undefined)[]).filter((f) => f === "-").map(() => field));
  if (readers.length > 1) throw new UsageError("stdin_twice", { readers });
}

/**
 * An option of one value given two different values is a usage error naming them (cold review 75 F5): `--ledger jan
 * --ledger feb` read February's grants alone and paid January's again. The same value given twice (a script that appends
 * `--threads 2` to arguments holding it) says one thing and is let be, as is a switch given twice.
 */
function repeatedOption(tokens: readonly { readonly kind: string; readonly name?: string; readonly value?: string | undefined }[], entries: readonly (readonly [string, OptionSpec])[]): void {
  const single = new Set(entries.filter(([, o]) => o.type === "string" && o.multiple !== true).map(([name]) => name));
  const given = new Map<string, string[]>();
  for (const t of tokens) {
    if (t.kind !== "option" || t.name === undefined || t.value === undefined || !single.has(t.name)) continue;
    const values = given.get(t.name);
    if (values === undefined) given.set(t.name, [t.value]);
    else if (!values.includes(t.value)) values.push(t.value);
  }
  for (const [name, values] of given) if (values.length > 1) throw new UsageError("option_repeated", { option: `--${name}`, values });
}

/**
 * No file the command writes is a file it reads, and no two options write one file (cold review 75 F4: `--ledger g
 * --grants-out g` wrote this run's grants over the ledger, and the run after paid the first run's again). A file is the same
 * as another when both exist and are one file (the same device and inode: a link or another spelling of its path), or,
 * the file to be written not existing yet, when their paths resolve alike (the folder's links resolved). `-` read is
 * standard input, the same as a file when it is that file redirected; `-` written is standard output, no file.
 */
function filesApart(files: readonly { readonly name: string; readonly path: string; readonly use: "read" | "write" }[]): void {
  // standard input is a file read when it is one (`--ledger - < g`: cold review 77 F2); standard output is no file here
  const real = files.filter((f) => f.path !== "" && (f.path !== "-" || f.use === "read"));
  for (let i = 0; i < real.length; i++) {
    const a = real[i] as (typeof real)[number];
    if (a.use !== "write") continue;
    for (let j = 0; j < real.length; j++) {
      const b = real[j] as (typeof real)[number];
      if (i === j || (b.use === "write" && j < i) || !sameFile(a.path, b.path)) continue;
      const file = JSON.stringify(a.path);
      throw new UsageError("options_conflict", {
        option: a.name,
        other: b.name,
        why: b.use === "read" ? { zh: `同一文件 ${file}：写出会覆盖读入的内容`, en: `one file, ${file}: writing it would overwrite what is read` } : { zh: `同一文件 ${file}：两者会相互覆盖`, en: `one file, ${file}: each would overwrite the other` },
      });
    }
  }
}

/** The file a path names, as device and inode (`-`: standard input, when it is a file); `undefined` when there is none or it cannot be told (no stat error escapes: cold review 77 F1). */
function fileId(path: string): { readonly dev: number; readonly ino: number } | undefined {
  try {
    const stat = path === "-" ? fstatSync(0) : statSync(path, { throwIfNoEntry: false });
    return stat === undefined || (path === "-" && !stat.isFile()) ? undefined : { dev: stat.dev, ino: stat.ino };
  } catch {
    return undefined;
  }
}

/** A path with its folder's links resolved (a file that does not exist yet, in a folder reached by a link: cold review 77 F3); as resolved when the folder cannot be. */
function realPlace(path: string): string {
  try {
    return join(realpathSync(dirname(resolve(path))), basename(path));
  } catch {
    return resolve(path);
  }
}

function sameFile(a: string, b: string): boolean {
  const ia = fileId(a);
  const ib = fileId(b);
  if (ia !== undefined && ib !== undefined) return ia.dev === ib.dev && ia.ino === ib.ino;
  if (a === "-" || b === "-") return false;
  return realPlace(a) === realPlace(b);
}
