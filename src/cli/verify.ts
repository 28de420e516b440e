/**
 * `skills-subsidy verify <files|dirs…>`: runs scenario files (JSON or YAML) and prints a
 * pass/fail line per scenario; a failure shows expected vs actual and the trace step
 * that differed. `--coverage` adds which provision ids the suite exercises and which
 * none does: the catalogue is the ids the library's policies cite, or the ids of a
 * provisions table given with `--provisions` (law/provisions.json, or a markdown table
 * with rows "| `id` |"; `--catalogue` is its deprecated old name).
 *
 * Exit codes: 0 every scenario passed; 1 some scenario failed or was invalid; 2 usage error or unreadable input.
 */
import { parse as parseYaml } from "yaml";
import type { ScenarioResult } from "../reform/index.js";
import { SkillsSubsidyError, VERSION } from "../index.js";
import { provisionCoverage, runScenario, scenarioReport } from "../reform/index.js";
import { runScenarioFiles } from "../node/index.js";
import type { Lang } from "./format.js";
import { defineCommand, oneStdin } from "./frame.js";
import { readWholeInput, withoutSchemaKey } from "./input.js";
import type { Io } from "./io.js";
import { InputError, ReadError, UsageError } from "./io.js";
import { LANG_OPTION, pickLang, QUIET_OPTION } from "./options.js";

/**
 * The provision ids of a catalogue: the project's JSON form (law/provisions.json, `{ "provisions": [{ "id": … }] }`)
 * or a markdown table whose rows start with | `id` |.
 */
export function catalogueIds(text: string): string[] {
  if (text.trimStart().startsWith("{")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return [];
    }
    const rows = (parsed as { provisions?: unknown }).provisions;
    if (!Array.isArray(rows)) return [];
    return [...new Set(rows.map((r: unknown) => (r as { id?: unknown }).id).filter((id): id is string => typeof id === "string" && /^[a-z0-9]+\.[a-z0-9-]+$/.test(id)))];
  }
  return [...new Set([...text.matchAll(/^\| `([a-z0-9]+\.[a-z0-9-]+)` \|/gm)].map((m) => m[1] as string))];
}

function coverageText(results: readonly ScenarioResult[], catalogue: readonly string[] | undefined, source: string, lang: Lang): string {
  const zh = lang === "zh";
  const c = provisionCoverage(results, catalogue);
  const width = Math.max(0, ...[...c.byProvision.keys()].map((k) => k.length));
  const out = [zh ? `条款覆盖（目录：${source}）` : `provision coverage (catalogue: ${source})`];
  out.push(zh ? `已覆盖 ${c.exercised.length} 条：` : `exercised (${c.exercised.length}):`);
  for (const id of c.exercised) {
    const n = c.byProvision.get(id)?.length ?? 0;
    out.push(`  ${id.padEnd(width)}  ${n} ${zh ? "个场景" : n === 1 ? "scenario" : "scenarios"}`);
  }
  out.push(zh ? `未覆盖 ${c.unexercised.length} 条：` : `not exercised (${c.unexercised.length}):`);
  for (const id of c.unexercised) out.push(`  ${id}`);
  if (c.outsideCatalogue.length > 0) out.push(`${zh ? "目录外" : "cited but not in the catalogue"}: ${c.outsideCatalogue.join(", ")}`);
  return `${out.join("\n")}\n`;
}

/** The scenarios of standard input (JSON or YAML; one scenario or a list): no file, so reforms and catalogues are given inline. */
async function stdinScenarios(io: Io): Promise<ScenarioResult[]> {
  const text = await readWholeInput("-", io);
  let data: unknown;
  try {
    data = /^\s*[[{]/.test(text) ? JSON.parse(text) : (parseYaml(text, { uniqueKeys: true }) as unknown);
  } catch (error) {
    throw new InputError("stdin", "not_json", { detail: (error as Error).message.split("\n")[0] ?? "" });
  }
  const list = Array.isArray(data) ? data : [data];
  return list.map((item, i) => runScenario(withoutSchemaKey(item), { source: list.length === 1 ? "stdin" : `stdin#${i}` }));
}

const PROVISIONS_HELP = "a provision catalogue: law/provisions.json, or a markdown table\nwhose rows start with | `provision.id` | (default: the ids the\nlibrary's policies cite)";

export const VERIFY = defineCommand({
  name: "verify",
  summary: "run scenario files and report pass/fail (and provision coverage)",
  positionals: [{ name: "<file|dir|->…", missing: { zh: "verify 需要场景文件或目录（或用 - 表示标准输入）", en: "verify needs scenario files or directories (or - for standard input)" }, variadic: true }],
  description: `Runs scenario files (policy tests as data: JSON or YAML, one scenario or a list) and
prints a pass/fail line per scenario; a failure shows expected vs actual and the trace step
that differed. Directories are searched for .json, .yaml and .yml files; - reads one
file's scenarios from standard input. The format: docs/policy-changes.md, schemas/scenario.json.`,
  options: {
    coverage: { type: "boolean", help: "list the provision ids the scenarios exercise and those none does" },
    provisions: { type: "string", value: "<file|->", help: PROVISIONS_HELP },
    catalogue: { type: "string", value: "<file|->", help: "deprecated: the old name of --provisions", deprecated: { zh: "verify 的 --catalogue 已弃用：请改用 --provisions（它读的是条款表，不是补贴目录）", en: "--catalogue on verify is deprecated: it is --provisions (a provisions table, not a subsidy catalogue)" } },
    json: { type: "boolean", help: "print the results as JSON" },
    lang: { ...LANG_OPTION, default: "en", help: "language of messages" },
    "allow-paths": { type: "boolean", help: "let a scenario's reforms and catalogue paths lead outside its folder (by default such a path is refused, unread)" },
    quiet: QUIET_OPTION,
  },
  exitCodes: [
    ["0", "all passed"],
    ["1", "some scenario failed or was invalid"],
    ["2", "usage error or unreadable input"],
  ],
  run: async ({ values, positionals }, io) => {
    if (values.provisions !== undefined && values.catalogue !== undefined) {
      throw new UsageError("options_conflict", {
        option: "--catalogue",
        other: "--provisions",
        why: { zh: "--catalogue 是 --provisions 的旧名，只需给出 --provisions", en: "--catalogue is the old name of --provisions: give --provisions only" },
      });
    }
    const provisionsFile = values.provisions ?? values.catalogue;
    oneStdin([
      ["<file|dir|->…", positionals],
      ["--provisions", provisionsFile],
    ]);
    const lang = pickLang(values.lang);
    let catalogue: string[] | undefined;
    if (provisionsFile !== undefined) {
      catalogue = catalogueIds(await readWholeInput(provisionsFile, io)); // at most 16 MiB, counted as read
      if (catalogue.length === 0) {
        throw new UsageError("unusable_file", {
          field: values.provisions === undefined ? "--catalogue" : "--provisions",
          file: provisionsFile === "-" ? "stdin" : provisionsFile,
          why: { zh: "没有列出条款编号（以 | `id` | 开头的行）", en: "lists no provision ids (rows starting with | `id` |)" },
        });
      }
    }
    const results: ScenarioResult[] = [];
    for (const path of positionals) {
      if (path === "-") {
        results.push(...(await stdinScenarios(io)));
        continue;
      }
      try {
        results.push(...runScenarioFiles([path], { allowPaths: values["allow-paths"] === true }));
      } catch (error) {
        // a folder with no scenario file adds none: with no scenario at all, the usage error below says so
        if (error instanceof SkillsSubsidyError && error.facts["reason"] === "no_scenario_file") continue;
        throw new ReadError(path, error);
      }
    }
    if (results.length === 0) {
      throw new UsageError("unusable_file", { field: "<file|dir|->…", file: positionals.join(", "), why: { zh: "没有场景文件（.json、.yaml、.yml）", en: "no scenario files (.json, .yaml, .yml)" } });
    }
    const failed = results.filter((r) => !r.pass);
    if (values.json === true) {
      const coverage = values.coverage === true ? provisionCoverage(results, catalogue) : undefined;
      await io.stdout(
        `${JSON.stringify(
          {
            passed: results.length - failed.length,
            failed: failed.length,
            results: results.map(({ decisions: _decisions, ...r }) => r),
            ...(coverage === undefined ? {} : { coverage: { exercised: Object.fromEntries(coverage.byProvision), unexercised: coverage.unexercised, outsideCatalogue: coverage.outsideCatalogue } }),
          },
          null,
          2,
        )}\n`,
      );
    } else {
      const out = [`skills-subsidy ${VERSION} · verify`, ""];
      for (const r of results) out.push(scenarioReport(r, lang).trimEnd());
      out.push("");
      out.push(
        lang === "zh"
          ? `${results.length} 个场景：通过 ${results.length - failed.length}，失败 ${failed.length}。`
          : `${results.length} scenarios: ${results.length - failed.length} passed, ${failed.length} failed.`,
      );
      let text = `${out.join("\n")}\n`;
      if (values.coverage === true) text += `\n${coverageText(results, catalogue, provisionsFile ?? (lang === "zh" ? "本库政策引用的条款" : "ids cited by the library's policies"), lang)}`;
      await io.stdout(text);
    }
    return failed.length > 0 ? 1 : 0;
  },
});
