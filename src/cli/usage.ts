/**
 * Usage errors: a mistake in the command line itself (an unknown command or option, a
 * value it does not take, a missing argument, two options that exclude each other). Each
 * is typed — a {@link UsageCode}, the `field` at fault (`--threads`, `<file|->`) and its
 * message in Chinese and English from one table ({@link usageMessages}) — and the command
 * line prints it as one line, `skills-subsidy: <zh> / <en>（详见 … --help）`, and exits 2.
 */

import type { Label } from "../index.js";
import { printable } from "../text/format.js";

/** Every kind of usage error, in the order of the table. */
export const USAGE_CODES = [
  "unknown_command",
  "unknown_option",
  "missing_value",
  "takes_no_value",
  "not_a_choice",
  "invalid_value",
  "missing_option",
  "missing_argument",
  "unexpected_argument",
  "options_conflict",
  "option_repeated",
  "option_needs_option",
  "stdin_twice",
  "unusable_file",
  "cannot_listen",
  "unreadable_arguments",
] as const;

export type UsageCode = (typeof USAGE_CODES)[number];

/** What each kind of usage error says, as data: option names, values and file names as given. */
export interface UsageParams {
  /** A command the program does not have; `guess`: the nearest one, when it looks like a slip. */
  readonly unknown_command: { readonly command: string; readonly guess?: string | undefined };
  /** An option the command does not have; `guess`: its nearest option. */
  readonly unknown_option: { readonly option: string; readonly guess?: string | undefined };
  /** An option that takes a value, given without one (last, or followed by another option). */
  readonly missing_value: { readonly option: string };
  /** A switch (`--json`) given a value (`--json=yes`). */
  readonly takes_no_value: { readonly option: string };
  /** A value that is not one of the option's choices. */
  readonly not_a_choice: { readonly option: string; readonly value: string; readonly choices: readonly string[] };
  /** A value of the wrong form: what was `expected`, or (a value read by the library) the `problem` it found. */
  readonly invalid_value: { readonly option: string; readonly value: string; readonly expected: Label } | { readonly option: string; readonly value: string; readonly problem: Label };
  /** A required option not given; `says` what the command needs. */
  readonly missing_option: { readonly option: string; readonly says: Label };
  /** A required argument not given (`argument` as the usage line shows it); `says` what the command needs. */
  readonly missing_argument: { readonly argument: string; readonly says: Label };
  /** An argument the command does not take. */
  readonly unexpected_argument: { readonly argument: string };
  /** Two options that cannot be given together (`other` may carry its value: `--format csv`); `why`, when it is not plain. */
  readonly options_conflict: { readonly option: string; readonly other: string; readonly why?: Label };
  /** An option that takes one value, given different values (`values`, as given, in order): which one was meant is not known (cold review 75 F5: a second `--ledger` read alone paid the first one's grants again). */
  readonly option_repeated: { readonly option: string; readonly values: readonly string[] };
  /** An option that means something only with another (`needs`: `--grants-out <file>`). */
  readonly option_needs_option: { readonly option: string; readonly needs: string };
  /** More than one file argument is `-`: the options and arguments (as the usage line names them) that would read standard input, in order. */
  readonly stdin_twice: { readonly readers: readonly string[] };
  /** A file named on the command line that is not what the option or argument takes (not a patch, not a catalogue, no scenarios). */
  readonly unusable_file: { readonly field: string; readonly file: string; readonly why: Label };
  /** `serve` cannot listen on the address: `field` is `--port` (in use, not allowed) or `--host` (no such address or host). */
  readonly cannot_listen: { readonly field: "--host" | "--port"; readonly address: string; readonly why: Label };
  /** Arguments Node's `parseArgs` refused for a reason this table does not know (a code of a later Node): its own words, in English, as `detail`. */
  readonly unreadable_arguments: { readonly detail: string };
}

/** `a, b or c` (English) and `a、b 或 c` (Chinese). */
function orList(words: readonly string[]): Label {
  const last = words[words.length - 1] ?? "";
  if (words.length <= 1) return { zh: last, en: last };
  return { zh: `${words.slice(0, -1).join("、")} 或 ${last}`, en: `${words.slice(0, -1).join(", ")} or ${last}` };
}

/** `a and b`, `a, b and c` (English) and `a 和 b`、`a、b 和 c` (Chinese). */
function andList(words: readonly string[]): Label {
  const last = words[words.length - 1] ?? "";
  if (words.length <= 1) return { zh: last, en: last };
  return { zh: `${words.slice(0, -1).join("、")} 和 ${last}`, en: `${words.slice(0, -1).join(", ")} and ${last}` };
}

/** Chinese text followed by a word in Latin letters or digits gets a space between them, as the project's other messages write it. */
const spaced = (zh: string): string => (/^[\x21-\x7e]/.test(zh) ? ` ${zh}` : zh);

/** A value as given, quoted (and so on one line). */
const q = (value: string): string => JSON.stringify(value);

/** Each code: the field at fault, and the message in both languages. */
const TABLE: { readonly [C in UsageCode]: { readonly field: (p: UsageParams[C]) => string | null; readonly messages: (p: UsageParams[C]) => Label } } = {
  unknown_command: {
    field: () => null,
    messages: (p) => ({
      zh: `未知命令 ${q(p.command)}${p.guess === undefined ? "" : `——是否应为 ${q(p.guess)}？`}`,
      en: `unknown command ${q(p.command)}${p.guess === undefined ? "" : ` — did you mean ${q(p.guess)}?`}`,
    }),
  },
  unknown_option: {
    field: (p) => p.option,
    messages: (p) => ({
      zh: `未知选项 ${p.option}${p.guess === undefined ? "" : `——是否应为 ${p.guess}？`}`,
      en: `unknown option ${p.option}${p.guess === undefined ? "" : ` — did you mean ${p.guess}?`}`,
    }),
  },
  missing_value: {
    field: (p) => p.option,
    messages: (p) => ({ zh: `选项 ${p.option} 缺少取值`, en: `${p.option} needs a value` }),
  },
  takes_no_value: {
    field: (p) => p.option,
    messages: (p) => ({ zh: `选项 ${p.option} 不接受取值`, en: `${p.option} takes no value` }),
  },
  not_a_choice: {
    field: (p) => p.option,
    messages: (p) => {
      const choices = orList(p.choices);
      return { zh: `选项 ${p.option} 应为 ${choices.zh}，而不是 ${q(p.value)}`, en: `${p.option} must be ${choices.en}, not ${q(p.value)}` };
    },
  },
  invalid_value: {
    field: (p) => p.option,
    messages: (p) =>
      "expected" in p
        ? { zh: `选项 ${p.option} 应为${spaced(p.expected.zh)}，而不是 ${q(p.value)}`, en: `${p.option} must be ${p.expected.en}, not ${q(p.value)}` }
        : { zh: `${p.option} ${p.value}：${p.problem.zh}`, en: `${p.option} ${p.value}: ${p.problem.en}` },
  },
  missing_option: {
    field: (p) => p.option,
    messages: (p) => ({ zh: `缺少选项 ${p.option}：${p.says.zh}`, en: `missing ${p.option}: ${p.says.en}` }),
  },
  missing_argument: {
    field: (p) => p.argument,
    messages: (p) => ({ zh: `缺少参数 ${p.argument}：${p.says.zh}`, en: `missing ${p.argument}: ${p.says.en}` }),
  },
  unexpected_argument: {
    field: (p) => p.argument,
    messages: (p) => ({ zh: `多余的参数 ${q(p.argument)}`, en: `unexpected argument ${q(p.argument)}` }),
  },
  options_conflict: {
    field: (p) => p.option,
    messages: (p) => ({
      zh: `${p.option} 与 ${p.other} 不能同时使用${p.why === undefined ? "" : `（${p.why.zh}）`}`,
      en: `${p.option} and ${p.other} exclude each other${p.why === undefined ? "" : ` (${p.why.en})`}`,
    }),
  },
  option_repeated: {
    field: (p) => p.option,
    messages: (p) => {
      const values = andList(p.values.map(q));
      return { zh: `选项 ${p.option} 只能取一个值，却给出了 ${values.zh}`, en: `${p.option} takes one value, not ${values.en}` };
    },
  },
  option_needs_option: {
    field: (p) => p.option,
    messages: (p) => ({ zh: `${p.option} 须与 ${p.needs} 一起使用`, en: `${p.option} needs ${p.needs}` }),
  },
  stdin_twice: {
    // The reader that would read standard input a second time.
    field: (p) => p.readers[p.readers.length - 1] ?? null,
    messages: (p) => {
      const readers = andList(p.readers);
      return {
        zh: `标准输入只能读取一次：${readers.zh} 不能都是 -`,
        en: `standard input can be read once: ${readers.en} cannot ${p.readers.length === 2 ? "both" : "all"} be -`,
      };
    },
  },
  unusable_file: {
    field: (p) => p.field,
    messages: (p) => ({ zh: `${p.file}（${p.field}）：${p.why.zh}`, en: `${p.file} (${p.field}): ${p.why.en}` }),
  },
  cannot_listen: {
    field: (p) => p.field,
    messages: (p) => ({ zh: `无法在 ${p.address} 上监听（${p.field}）：${p.why.zh}`, en: `cannot listen on ${p.address} (${p.field}): ${p.why.en}` }),
  },
  unreadable_arguments: {
    field: () => null,
    messages: (p) => ({ zh: `无法解读命令行参数（Node.js 的说明：${p.detail}）`, en: `cannot read the arguments: ${p.detail}` }),
  },
};

/** The arguments of a usage error: a code and what its message says. */
export type UsageArgs = { readonly [C in UsageCode]: readonly [code: C, params: UsageParams[C]] }[UsageCode];

/**
 * The field and messages of a usage error, from the table.
 * @example usageMessages("not_a_choice", { option: "--format", value: "pdf", choices: ["md", "html", "json"] }).messages.en // → "--format must be md, html or json, not \"pdf\""
 */
export function usageMessages<C extends UsageCode>(code: C, params: UsageParams[C]): { readonly field: string | null; readonly messages: Label } {
  const entry = TABLE[code] as unknown as { field: (p: UsageParams[C]) => string | null; messages: (p: UsageParams[C]) => Label };
  const messages = entry.messages(params);
  return { field: entry.field(params), messages: { zh: oneLine(messages.zh), en: oneLine(messages.en) } };
}

/**
 * A name given on the command line made safe to print on one line: a line break shown as
 * `\n` (`\r`), any other control or bidirectional character as `\u{…}` (so a typed
 * escape sequence cannot colour, move or reverse the terminal's text).
 */
function oneLine(text: string): string {
  return printable(text.replace(/\r/g, "\\r").replace(/\n/g, "\\n"));
}

/**
 * A mistake in the command line itself: exit 2 with one line in Chinese and English.
 * `message` is `<zh> / <en>`.
 * @example new UsageError("missing_value", { option: "--format" }).message // → "选项 --format 缺少取值 / --format needs a value"
 */
export class UsageError extends Error {
  readonly code: UsageCode;
  /** The option (`--threads`) or argument (`<file|->`, or the argument as given when it is one too many) at fault; null for an unknown command. */
  readonly field: string | null;
  readonly messages: Label;
  constructor(...[code, params]: UsageArgs) {
    const { field, messages } = usageMessages(code, params);
    super(`${messages.zh} / ${messages.en}`);
    this.name = "UsageError";
    this.code = code;
    this.field = field;
    this.messages = messages;
  }
}

/**
 * Node's `parseArgs` errors as usage errors: an unknown option (with the nearest of `known`
 * when it looks like a slip), an option without its value, a switch given one, an argument
 * the command does not take; any other parseArgs error as `unreadable_arguments`. Anything
 * else: undefined.
 */
export function fromParseArgs(error: unknown, nearestOf: (option: string) => string | undefined): UsageError | undefined {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code !== "string" || typeof message !== "string") return undefined;
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const option = quoted.split("=")[0] ?? quoted;
      return new UsageError("unknown_option", { option, guess: nearestOf(option) });
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      // "Option '-f, --format <value>' argument missing", "Option '--format' argument is ambiguous. … use '--format=-XYZ'",
      // "Option '--json' does not take an argument": the long name is the first --word.
      const option = /--[^\s'=<]+/.exec(message)?.[0] ?? quoted;
      return message.includes("does not take an argument") ? new UsageError("takes_no_value", { option }) : new UsageError("missing_value", { option });
    }
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new UsageError("unexpected_argument", { argument: quoted });
    default:
      // Another parseArgs error (a later Node may add codes): still one line and exit 2, never a stack trace.
      return code.startsWith("ERR_PARSE_ARGS") ? new UsageError("unreadable_arguments", { detail: message.split("\n")[0] ?? message }) : undefined;
  }
}
