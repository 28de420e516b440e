/**
 * `skills-subsidy verify <files|dirs…>`: runs scenario files (JSON or YAML) and prints a
 * pass/fail line per scenario; a failure shows expected vs actual and the trace step
 * that differed. `--coverage` adds which provision ids the suite exercises and which
 * none does: the catalogue is the ids the library's policies cite, or the ids of a
 * catalogue given with `--catalogue` (law/provisions.json, or a markdown table with rows "| `id` |").
 *
 * Exit codes: 0 every scenario passed; 1 some scenario failed or was invalid; 2 usage error.
 */
import { parseArgs } from "node:util";
import type { ScenarioResult } from "../index.js";
import { provisionCoverage, scenarioReport, VERSION } from "../index.js";
import { readTextFile, runScenarioFiles } from "../node/index.js";
import type { CliIo } from "./diff.js";
import type { Lang } from "./format.js";
import { UsageError } from "./io.js";
import { pickLang } from "./options.js";

export const VERIFY_USAGE = `skills-subsidy verify — run scenario files (policy tests as data)

Usage:
  skills-subsidy verify <file|dir> [<file|dir> …] [--coverage] [--catalogue <provisions.json|md>] [--json] [--lang zh|en] [--allow-paths]

  --coverage   list the provision ids the scenarios exercise and those none does
  --catalogue  a provision catalogue: law/provisions.json, or a markdown table whose rows start with | \`provision.id\` | (default: the ids the library's policies cite)
  --json       print the results as JSON
  --lang       language of messages: en (default) or zh
  --allow-paths  let a scenario's reforms and catalogue paths lead outside its folder
               (by default such a path is refused, unread)

Directories are searched for .json, .yaml and .yml files. The format: docs/policy-changes.md, schemas/scenario.json.
Exit codes: 0 all passed; 1 some scenario failed or was invalid; 2 usage error.
`;


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

/** Runs `skills-subsidy verify`; returns the exit code. */
export function runVerify(args: readonly string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        coverage: { type: "boolean" },
        catalogue: { type: "string" },
        json: { type: "boolean" },
        lang: { type: "string" },
        "allow-paths": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    io.stderr(`skills-subsidy verify: ${(error as Error).message}\n\n${VERIFY_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(VERIFY_USAGE);
    return 0;
  }
  try {
    // verify reports in English unless asked for Chinese
    const lang = pickLang(values.lang ?? "en");
    if (positionals.length === 0) throw new UsageError("verify needs scenario files or directories");
    let catalogue: string[] | undefined;
    if (values.catalogue !== undefined) {
      try {
        catalogue = catalogueIds(readTextFile(values.catalogue)); // at most 16 MiB, counted as read
      } catch (error) {
        throw new UsageError(`cannot read ${values.catalogue}: ${(error as Error).message}`);
      }
      if (catalogue.length === 0) throw new UsageError(`${values.catalogue} lists no provision ids (rows starting with | \`id\` |)`);
    }
    let results: ScenarioResult[];
    try {
      results = runScenarioFiles(positionals, { allowPaths: values["allow-paths"] === true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (results.length === 0) throw new UsageError(`no scenario files (.json, .yaml, .yml) in ${positionals.join(", ")}`);
    const failed = results.filter((r) => !r.pass);
    if (values.json === true) {
      const coverage = values.coverage === true ? provisionCoverage(results, catalogue) : undefined;
      io.stdout(
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
      io.stdout(`${out.join("\n")}\n`);
      if (values.coverage === true) io.stdout(`\n${coverageText(results, catalogue, values.catalogue ?? (lang === "zh" ? "本库政策引用的条款" : "ids cited by the library's policies"), lang)}`);
    }
    return failed.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`skills-subsidy verify: ${error.message}\n\n${VERIFY_USAGE}`);
      return 2;
    }
    throw error;
  }
}
