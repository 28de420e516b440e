/**
 * Usage errors of the command line (src/cli/usage.ts): each kind is produced by a real
 * command line, names the option or argument at fault, says it in Chinese and English on
 * one line ending with where the command's help is (in the language of --lang), and exits 2.
 * The project's rule: bad input gets a clear, typed error naming the field, in Chinese and
 * English — never a crash, a stack trace, a silent zero or lost data.
 */
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { Io } from "../src/cli/io.js";
import { asUsageError, COMMANDS } from "../src/cli/main.js";
import type { UsageArgs, UsageCode, UsageParams } from "../src/cli/usage.js";
import { fromParseArgs, USAGE_CODES, UsageError, usageMessages } from "../src/cli/usage.js";
import { cli, FIXTURE } from "./cli-helpers.js";
import { runs } from "./support/runs.js";

vi.setConfig({ testTimeout: 30_000 });

/** A Chinese character: the zh message is written in Chinese, not English with a code in it. */
const HAN = /[\u4e00-\u9fff]/;

const empty = mkdtempSync(join(tmpdir(), "ss-usage-"));
/** A port another listener holds, so `serve` cannot listen on it. */
const taken = createServer();
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
  port = (taken.address() as AddressInfo).port;
});
afterAll(() => {
  taken.close();
  rmSync(empty, { recursive: true, force: true });
});

interface Case {
  /** What the command line does wrong, as a sentence. */
  readonly says: string;
  readonly argv: () => string[];
  readonly code: UsageCode;
  readonly field: string | null;
  readonly zh: () => string;
  readonly en: () => string;
}

/** One real command line per kind of usage error (two where the kind has two shapes), with its line in both languages. */
const CASES: readonly Case[] = [
  {
    says: "a misspelt command is unknown, with the nearest command suggested; no field",
    argv: () => ["evalute", FIXTURE],
    code: "unknown_command",
    field: null,
    zh: () => '未知命令 "evalute"——是否应为 "evaluate"？',
    en: () => 'unknown command "evalute" — did you mean "evaluate"?',
  },
  {
    says: "a misspelt command followed by options is still named first, before its options are read",
    argv: () => ["evalute", FIXTURE, "--json"],
    code: "unknown_command",
    field: null,
    zh: () => '未知命令 "evalute"——是否应为 "evaluate"？',
    en: () => 'unknown command "evalute" — did you mean "evaluate"?',
  },
  {
    says: "a command nothing like any is unknown, with no suggestion",
    argv: () => ["frobnicate"],
    code: "unknown_command",
    field: null,
    zh: () => '未知命令 "frobnicate"',
    en: () => 'unknown command "frobnicate"',
  },
  {
    says: "a misspelt option is unknown, with the command's nearest option suggested",
    argv: () => ["evaluate", FIXTURE, "--formt", "json"],
    code: "unknown_option",
    field: "--formt",
    zh: () => "未知选项 --formt——是否应为 --format？",
    en: () => "unknown option --formt — did you mean --format?",
  },
  {
    says: "an option nothing like the command's is unknown, with no suggestion",
    argv: () => ["evaluate", FIXTURE, "--zzzzzzzz"],
    code: "unknown_option",
    field: "--zzzzzzzz",
    zh: () => "未知选项 --zzzzzzzz",
    en: () => "unknown option --zzzzzzzz",
  },
  {
    says: "an option that takes a value, given last without one, is missing its value",
    argv: () => ["evaluate", FIXTURE, "--format"],
    code: "missing_value",
    field: "--format",
    zh: () => "选项 --format 缺少取值",
    en: () => "--format needs a value",
  },
  {
    says: "an option that takes a value, followed by another option, is missing its value",
    argv: () => ["evaluate", FIXTURE, "--format", "--json"],
    code: "missing_value",
    field: "--format",
    zh: () => "选项 --format 缺少取值",
    en: () => "--format needs a value",
  },
  {
    says: "a switch given a value takes none",
    argv: () => ["evaluate", FIXTURE, "--json=yes"],
    code: "takes_no_value",
    field: "--json",
    zh: () => "选项 --json 不接受取值",
    en: () => "--json takes no value",
  },
  {
    says: "a value that is not one of the option's choices names the choices",
    argv: () => ["evaluate", FIXTURE, "--format", "pdf"],
    code: "not_a_choice",
    field: "--format",
    zh: () => '选项 --format 应为 table、json、ndjson 或 csv，而不是 "pdf"',
    en: () => '--format must be table, json, ndjson or csv, not "pdf"',
  },
  {
    says: "a policy the library does not have names the policies it has",
    argv: () => ["evaluate", FIXTURE, "--policy", "atlantis"],
    code: "not_a_choice",
    field: "--policy",
    zh: () => '选项 --policy 应为 national、jiaxing-2019、jieyang-2018 或 national-frameworks，而不是 "atlantis"',
    en: () => '--policy must be national, jiaxing-2019, jieyang-2018 or national-frameworks, not "atlantis"',
  },
  {
    says: "a value of the wrong form says what the option takes",
    argv: () => ["evaluate", FIXTURE, "--threads", "abc"],
    code: "invalid_value",
    field: "--threads",
    zh: () => '选项 --threads 应为 auto 或 1 至 64 的整数，而不是 "abc"',
    en: () => '--threads must be auto or a whole number from 1 to 64, not "abc"',
  },
  {
    says: "a period the library cannot read gets the library's own bilingual reason",
    argv: () => ["report", "--period", "2020Q5", "x.json"],
    code: "invalid_value",
    field: "--period",
    zh: () => "--period 2020Q5：2020Q5 不是一个期间：应写季度（2020Q3）、年份（2020）、规划（gbf2019, jx2019, plan2021, op2025）或日期区间 YYYY-MM-DD..YYYY-MM-DD",
    en: () => "--period 2020Q5: 2020Q5 is not a period: write a quarter (2020Q3), a year (2020), a plan (gbf2019, jx2019, plan2021, op2025) or a span YYYY-MM-DD..YYYY-MM-DD",
  },
  {
    says: "a required option not given says what the command needs",
    argv: () => ["report", "x.json"],
    code: "missing_option",
    field: "--period",
    zh: () => "缺少选项 --period：report 需要一个报告期，如 2020Q3、2020 或 jx2019",
    en: () => "missing --period: report needs a period such as 2020Q3, 2020 or jx2019",
  },
  {
    says: "diff without a patch is missing --reform",
    argv: () => ["diff", FIXTURE],
    code: "missing_option",
    field: "--reform",
    zh: () => "缺少选项 --reform：diff 至少需要一个改革方案文件",
    en: () => "missing --reform: diff needs at least one patch file",
  },
  {
    says: "a command without its file is missing the argument, named as its usage line names it",
    argv: () => ["evaluate"],
    code: "missing_argument",
    field: "<file|->",
    zh: () => "缺少参数 <file|->：evaluate 需要一个文件（或用 - 表示标准输入）",
    en: () => "missing <file|->: evaluate needs a file (or - for standard input)",
  },
  {
    says: "explain without a claim id is missing <claim-id>",
    argv: () => ["explain", FIXTURE],
    code: "missing_argument",
    field: "<claim-id>",
    zh: () => "缺少参数 <claim-id>：explain 需要一个申请编号",
    en: () => "missing <claim-id>: explain needs a claim id",
  },
  {
    says: "an argument the command does not take is named as given",
    argv: () => ["evaluate", FIXTURE, "extra.json"],
    code: "unexpected_argument",
    field: "extra.json",
    zh: () => '多余的参数 "extra.json"',
    en: () => 'unexpected argument "extra.json"',
  },
  {
    says: "two options that exclude each other are both named",
    argv: () => ["params", "--all", "--policy", "national"],
    code: "options_conflict",
    field: "--all",
    zh: () => "--all 与 --policy 不能同时使用",
    en: () => "--all and --policy exclude each other",
  },
  {
    says: "--json with another --format are in conflict, and the line says why",
    argv: () => ["evaluate", FIXTURE, "--json", "--format", "csv"],
    code: "options_conflict",
    field: "--json",
    zh: () => "--json 与 --format csv 不能同时使用（--json 即 --format json）",
    en: () => "--json and --format csv exclude each other (--json is --format json)",
  },
  {
    says: "an option of one value given two values is named with both (cold review 75 F5: the second --ledger read alone)",
    argv: () => ["evaluate", FIXTURE, "--ledger", "jan.ndjson", "--ledger", "feb.ndjson"],
    code: "option_repeated",
    field: "--ledger",
    zh: () => '选项 --ledger 只能取一个值，却给出了 "jan.ndjson" 和 "feb.ndjson"',
    en: () => '--ledger takes one value, not "jan.ndjson" and "feb.ndjson"',
  },
  {
    says: "a file written that is a file read is named with the reading option, and the line says why (cold review 75 F4)",
    argv: () => ["evaluate", FIXTURE, "--grants-out", FIXTURE],
    code: "options_conflict",
    field: "--grants-out",
    zh: () => `--grants-out 与 <file|-> 不能同时使用（同一文件 ${JSON.stringify(FIXTURE)}：写出会覆盖读入的内容）`,
    en: () => `--grants-out and <file|-> exclude each other (one file, ${JSON.stringify(FIXTURE)}: writing it would overwrite what is read)`,
  },
  {
    says: "an option that means something only with another names the other",
    argv: () => ["evaluate", FIXTURE, "--grants-format", "csv"],
    code: "option_needs_option",
    field: "--grants-format",
    zh: () => "--grants-format 须与 --grants-out <file> 一起使用",
    en: () => "--grants-format needs --grants-out <file>",
  },
  {
    says: "two arguments reading standard input name both; the field is the second",
    argv: () => ["evaluate", "-", "--catalogue", "-"],
    code: "stdin_twice",
    field: "--catalogue",
    zh: () => "标准输入只能读取一次：<file|-> 和 --catalogue 不能都是 -",
    en: () => "standard input can be read once: <file|-> and --catalogue cannot both be -",
  },
  {
    says: "a folder with no scenario file in it is an unusable argument, named with the folder",
    argv: () => ["verify", empty],
    code: "unusable_file",
    field: "<file|dir|->…",
    zh: () => `${empty}（<file|dir|->…）：没有场景文件（.json、.yaml、.yml）`,
    en: () => `${empty} (<file|dir|->…): no scenario files (.json, .yaml, .yml)`,
  },
  {
    says: "serve on a port another program holds cannot listen, and names --port",
    argv: () => ["serve", "--host", "127.0.0.1", "--port", String(port)],
    code: "cannot_listen",
    field: "--port",
    zh: () => `无法在 127.0.0.1:${port} 上监听（--port）：端口已被占用`,
    en: () => `cannot listen on 127.0.0.1:${port} (--port): the port is in use`,
  },
];

/** The language a command's messages default to (docs/cli.md): English for report, schema, serve and verify. */
const DEFAULT_LANG: Readonly<Record<string, "zh" | "en">> = { evaluate: "zh", explain: "zh", diff: "zh", params: "zh", verify: "en", report: "en", schema: "en", serve: "en" };

/** Where the line points: the command's help, in Chinese or English. */
function see(name: string | undefined, lang: "zh" | "en"): string {
  const help = name === undefined ? "skills-subsidy --help" : `skills-subsidy ${name} --help`;
  return lang === "zh" ? `（详见 ${help}）` : ` (see ${help})`;
}

const quiet: Io = { stdout: () => undefined, stderr: () => undefined, stdin: () => [][Symbol.iterator]() as unknown as AsyncIterable<Buffer> };

/** The error a command throws for these arguments, as the command line sees it. */
async function thrown(argv: readonly string[]): Promise<UsageError | undefined> {
  const [name = "", ...rest] = argv;
  const command = COMMANDS[name];
  if (command === undefined) return undefined;
  try {
    await command.invoke(rest, quiet);
  } catch (error) {
    return asUsageError(error, command);
  }
  return undefined;
}

describe("every usage error is typed, names its field, and is printed in Chinese and English (exit 2, one line)", () => {
  test("the cases cover every code a command line of Node 20 can produce", () => {
    // unreadable_arguments is for a parseArgs error code Node 20 does not have (below).
    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(USAGE_CODES.filter((code) => code !== "unreadable_arguments")));
  });

  test("a parseArgs error of a code the table does not know is still a usage error (one line, exit 2), never a stack trace", () => {
    const later = Object.assign(new TypeError("Option '--x' is refused\n  for a reason of a later Node"), { code: "ERR_PARSE_ARGS_SOMETHING_NEW" });
    const usage = fromParseArgs(later, () => undefined);
    expect([usage?.code, usage?.field, usage?.messages.en]).toEqual(["unreadable_arguments", null, "cannot read the arguments: Option '--x' is refused"]);
    expect(usage?.messages.zh).toBe("无法解读命令行参数（Node.js 的说明：Option '--x' is refused）");
    expect(fromParseArgs(Object.assign(new Error("x"), { code: "ENOENT" }), () => undefined)).toBeUndefined();
  });

  test.each(CASES.map((c) => [c.says, c] as const))("%s", async (_says, c) => {
    const argv = c.argv();
    const name = Object.hasOwn(COMMANDS, argv[0] as string) ? (argv[0] as string) : undefined;
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    // one line: the Chinese, then the English, then where the help is, in the command's language
    expect(r.err).toBe(`skills-subsidy: ${c.zh()} / ${c.en()}${see(name, name === undefined ? "zh" : (DEFAULT_LANG[name] as "zh" | "en"))}\n`);
    expect(HAN.test(c.zh())).toBe(true);
    expect(HAN.test(c.en())).toBe(false);
    if (c.field !== null) {
      expect(c.zh()).toContain(c.field);
      expect(c.en()).toContain(c.field);
    }
    // the error itself, as a program gets it: code, field and both messages
    if (name !== undefined) {
      const error = await thrown(argv);
      expect(error).toBeInstanceOf(UsageError);
      expect({ code: error?.code, field: error?.field, messages: error?.messages, message: error?.message }).toEqual({
        code: c.code,
        field: c.field,
        messages: { zh: c.zh(), en: c.en() },
        message: `${c.zh()} / ${c.en()}`,
      });
    }
  });

  test.each(CASES.filter((c) => COMMANDS[c.argv()[0] as string]?.optionNames.includes("--lang") === true).map((c) => [c.says, c] as const))(
    "with --lang en or --lang zh the same line ends with the help in that language: %s",
    async (_says, c) => {
      const [name = "", ...rest] = c.argv();
      for (const lang of ["en", "zh"] as const) {
        const r = await cli([name, "--lang", lang, ...rest]);
        expect(r.code).toBe(2);
        expect(r.err).toBe(`skills-subsidy: ${c.zh()} / ${c.en()}${see(name, lang)}\n`);
      }
    },
  );

  test("a patch that is not valid YAML names --reform and the file, with the parser's reason in both lines", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ss-usage-yaml-"));
    try {
      const bad = join(dir, "bad.yaml");
      writeFileSync(bad, "id: [unclosed");
      const r = await cli(["diff", "--reform", bad, FIXTURE, "--lang", "en"]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(new RegExp(`^skills-subsidy: ${bad.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}（--reform）：不是有效的 YAML：.+ / .+ \\(--reform\\): not valid YAML: .+ \\(see skills-subsidy diff --help\\)\\n$`));
      expect((await thrown(["diff", "--reform", bad, FIXTURE]))?.field).toBe("--reform");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a file that is not a subsidy catalogue names --catalogue, the file and the first issue in both languages", async () => {
    const r = await cli(["evaluate", "fixtures/jiaxing/worked-example.json", "--catalogue", "fixtures/jiaxing/worked-example.json"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^skills-subsidy: fixtures\/jiaxing\/worked-example\.json（--catalogue）：不是补贴目录：.*[\u4e00-\u9fff].* \/ fixtures\/jiaxing\/worked-example\.json \(--catalogue\): not a subsidy catalogue: .+（详见 skills-subsidy evaluate --help）\n$/);
  });

  test("a name with a line break in it stays on one line", async () => {
    const r = await cli(["evaluate", FIXTURE, "--a\nb"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("skills-subsidy: 未知选项 --a\\nb / unknown option --a\\nb（详见 skills-subsidy evaluate --help）\n");
  });

  test("an escape sequence or a bidirectional mark typed in a name is shown as \\u{…}, never sent to the terminal", async () => {
    const r = await cli(["evaluate", FIXTURE, "--format", "\u001b[2J\u202epdf"]);
    expect(r.code).toBe(2);
    // the value is quoted as JSON (which writes ESC as \u001b); the bidi mark, which JSON leaves as it is, as \u{202e}
    expect(r.err).toContain('"\\u001b[2J\\u{202e}pdf"');
    expect(r.err).not.toMatch(/[\u001b\u202e]/);
    // an option's name is written as typed: each control or bidi character as \u{…}
    const named = await cli(["evaluate", FIXTURE, "--a\u001b[31mb\u202ec"]);
    expect(named.code).toBe(2);
    expect(named.err).toBe("skills-subsidy: 未知选项 --a\\u{1b}[31mb\\u{202e}c / unknown option --a\\u{1b}[31mb\\u{202e}c（详见 skills-subsidy evaluate --help）\n");
  });

  test("an invisible character typed in a name (zero-width space, word joiner, byte-order mark) is shown as \\u{…}: --policy jiaxing-2019 and a look-alike differ on screen", async () => {
    const r = await cli(["evaluate", FIXTURE, "--policy", "jiaxing-2019\u200b"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("jiaxing-2019\\u{200b}");
    expect(r.err).not.toMatch(/[\u200b\u2060\ufeff]/);
    const named = await cli(["evaluate", FIXTURE, "--no\u2060-trace\ufeff"]);
    expect(named.err).toContain("--no\\u{2060}-trace\\u{feff}");
  });
});

/** Option and argument names as the usage lines write them, and values as anyone may type them. */
const option = fc.stringMatching(/^--[a-z][a-z-]{0,15}$/);
const argument = fc.stringMatching(/^<[a-z][a-z|-]{0,15}>$/);
const word = fc.string({ minLength: 1, maxLength: 20 });
const bilingual = fc.record({ zh: fc.stringMatching(/^[\u4e00-\u9fff]{1,10}$/), en: fc.stringMatching(/^[a-z ]{1,20}$/) });

/** Params for every code: the mapped type makes a code without an entry fail to compile. */
const PARAMS: { readonly [C in UsageCode]: fc.Arbitrary<readonly [C, UsageParams[C]]> } = {
  unknown_command: fc.record({ command: word, guess: fc.option(word, { nil: undefined }) }).map((p) => ["unknown_command", p] as const),
  unknown_option: fc.record({ option, guess: fc.option(option, { nil: undefined }) }).map((p) => ["unknown_option", p] as const),
  missing_value: fc.record({ option }).map((p) => ["missing_value", p] as const),
  takes_no_value: fc.record({ option }).map((p) => ["takes_no_value", p] as const),
  not_a_choice: fc.record({ option, value: word, choices: fc.array(word, { minLength: 1, maxLength: 5 }) }).map((p) => ["not_a_choice", p] as const),
  invalid_value: fc
    .oneof(fc.record({ option, value: word, expected: bilingual }), fc.record({ option, value: word, problem: bilingual }))
    .map((p) => ["invalid_value", p] as const),
  missing_option: fc.record({ option, says: bilingual }).map((p) => ["missing_option", p] as const),
  missing_argument: fc.record({ argument, says: bilingual }).map((p) => ["missing_argument", p] as const),
  unexpected_argument: fc.record({ argument: word }).map((p) => ["unexpected_argument", p] as const),
  options_conflict: fc.record({ option, other: option, why: fc.option(bilingual, { nil: undefined }) }).map(({ why, ...p }) => ["options_conflict", why === undefined ? p : { ...p, why }] as const),
  option_repeated: fc.record({ option, values: fc.uniqueArray(word, { minLength: 2, maxLength: 4 }) }).map((p) => ["option_repeated", p] as const),
  option_needs_option: fc.record({ option, needs: option }).map((p) => ["option_needs_option", p] as const),
  stdin_twice: fc.record({ readers: fc.array(fc.oneof(option, argument), { minLength: 2, maxLength: 4 }) }).map((p) => ["stdin_twice", p] as const),
  unusable_file: fc.record({ field: fc.oneof(option, argument), file: word, why: bilingual }).map((p) => ["unusable_file", p] as const),
  cannot_listen: fc.record({ field: fc.constantFrom("--host" as const, "--port" as const), address: word, why: bilingual }).map((p) => ["cannot_listen", p] as const),
  unreadable_arguments: fc.record({ detail: word }).map((p) => ["unreadable_arguments", p] as const),
};

describe("the message table", () => {
  test.each(USAGE_CODES.map((code) => [code]))("%s: non-empty Chinese and English, each naming the field when there is one, on one line", (code) => {
    fc.assert(
      fc.property(PARAMS[code] as fc.Arbitrary<UsageArgs>, (args) => {
        const error = new UsageError(...args);
        const { field, messages } = usageMessages(args[0], args[1] as never);
        expect([error.code, error.field, error.messages]).toEqual([code, field, messages]);
        expect(error.message).toBe(`${messages.zh} / ${messages.en}`);
        for (const text of [messages.zh, messages.en]) {
          expect(text.trim()).not.toBe("");
          expect(text).not.toMatch(/[\r\n]/);
          // a value the user typed is quoted (JSON), so it is named as printed
          if (field !== null) expect(text.includes(field) || text.includes(JSON.stringify(field))).toBe(true);
        }
        expect(HAN.test(messages.zh)).toBe(true);
        expect(field === null).toBe(code === "unknown_command" || code === "unreadable_arguments");
      }),
      { numRuns: runs(100) },
    );
  });
});
