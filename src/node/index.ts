/**
 * skills-subsidy/node — the Node-only entry: reading scenario and patch files (JSON or
 * YAML) and running scenario files, for the CLI and for a user's own test suite. The
 * main entry stays browser-safe; only this one touches the file system.
 *
 * ```ts
 * // my-policy.test.ts (vitest, jest, node:test …)
 * import { test } from "vitest";
 * import { scenarioTests } from "skills-subsidy/node";
 * for (const t of scenarioTests(["scenarios/"])) test(t.name, t.run);
 * ```
 */
import { checkArgument } from "../arguments.js";
import { isUtf8 } from "node:buffer";
import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import { dirname, extname, isAbsolute, join, relative, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import type { Policy, ValidationIssue } from "../index.js";
import type { ScenarioResult } from "../reform/index.js";
import { SkillsSubsidyError, validationIssue } from "../index.js";
import { notUtf8At } from "../text/utf8.js";
import { runScenario, scenarioReport } from "../reform/index.js";
import { EMPTY_PATCH_LIST } from "./messages.js";

/**
 * File extensions read as data: JSON, and YAML.
 * @example DATA_EXTENSIONS // → [".json",".yaml",".yml"]
 */
export const DATA_EXTENSIONS = [".json", ".yaml", ".yml"] as const;

/**
 * The most bytes a data file (scenario, patch, catalogue) may hold: 16 MiB, as the
 * command line's JSON documents.
 * @example MAX_DATA_FILE_BYTES // → 16777216
 */
export const MAX_DATA_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Reads a file as UTF-8 text, counting the bytes read (not trusting `stat`, which says 0
 * for /dev/zero or a pipe), and stops as soon as it holds more than `limit` bytes.
 * @throws SkillsSubsidyError `file_too_large` when it is larger than the limit;
 *   `file_unreadable` when it cannot be read (`facts.errno`, e.g. `ENOENT`; the file
 *   system's error is its `cause`); `invalid_file` when it is not UTF-8 text (a file saved
 *   as GBK: `facts.offset` is the first byte that is not UTF-8), never decoded with U+FFFD.
 * @example readTextFile("fixtures/reforms/living-allowance-60.json").startsWith("{") // → true
 */
export function readTextFile(path: string, limit: number = MAX_DATA_FILE_BYTES): string {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        throw unreadable(path, error);
      }
      if (n === 0) break;
      size += n;
      if (size > limit) throw new SkillsSubsidyError("file_too_large", { zh: `${path}：超过 ${limit} 字节`, en: `${path}: larger than ${limit} bytes` }, { facts: { path, limit } });
      chunks.push(chunk.subarray(0, n));
    }
    const bytes = Buffer.concat(chunks);
    const offset = notUtf8At(bytes, isUtf8);
    if (offset >= 0) {
      const { message } = validationIssue([], "not_utf8", { offset });
      throw new SkillsSubsidyError("invalid_file", { zh: `${path}：${message.zh}`, en: `${path}: ${message.en}` }, { facts: { path, format: "UTF-8", offset } });
    }
    return bytes.toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/** The file system's error as a coded error naming the file (errno in its facts, the original as its cause). */
function unreadable(path: string, error: unknown): SkillsSubsidyError {
  const errno = (error as NodeJS.ErrnoException | null)?.code ?? "EIO";
  const detail = (error as Error | null)?.message ?? String(error);
  return new SkillsSubsidyError("file_unreadable", { zh: `无法读取 ${path}（${errno}）`, en: `cannot read ${path}: ${detail}` }, { facts: { path, errno }, cause: error });
}

/**
 * Reads a JSON or YAML file (by extension, at most {@link MAX_DATA_FILE_BYTES}) into a plain value.
 * @throws SkillsSubsidyError `invalid_file` naming the file when it cannot be parsed, and as
 *   {@link readTextFile} (the error class of the main entry: this entry shares its core).
 * @example
 * (readDataFile("fixtures/reforms/living-allowance-60.json") as { id: string }).id // → "la-60-2021"
 */
export function readDataFile(path: string): unknown {
  const text = readTextFile(path);
  const ext = extname(path).toLowerCase();
  try {
    return ext === ".yaml" || ext === ".yml" ? (parseYaml(text, { prettyErrors: true, uniqueKeys: true }) as unknown) : (JSON.parse(text) as unknown);
  } catch (error) {
    const format = ext === ".json" ? "JSON" : "YAML";
    // where it stops parsing, never the text itself (see whereInvalid)
    const where = whereInvalid(error);
    throw new SkillsSubsidyError("invalid_file", { zh: `${path}：不是有效的 ${format}${where}`, en: `${path}: not valid ${format}${where}` }, { facts: { path, format } });
  }
}

/**
 * Where a JSON or YAML text stops parsing, without the text itself (the parsers' messages
 * quote it, and a file named by mistake may hold anything: a password file, a name and an
 * identity-card number).
 */
function whereInvalid(error: unknown): string {
  const linePos = (error as { linePos?: readonly { line: number; col: number }[] }).linePos?.[0];
  const code = (error as { code?: unknown }).code;
  if (linePos !== undefined) return ` (${typeof code === "string" ? `${code} ` : ""}at line ${linePos.line}, column ${linePos.col})`;
  const position = /\bposition (\d+)/.exec((error as Error).message ?? "")?.[1];
  return position === undefined ? "" : ` (at character ${position})`;
}

/**
 * Reads a patch file: one patch or a list of patches, returned as a list.
 * @throws SkillsSubsidyError `invalid_file` naming the file when it holds an empty list, and as {@link readDataFile}.
 * @example
 * readPatchFile("fixtures/reforms/living-allowance-60.json").length // → 1
 * readPatchFile("fixtures/reforms/stacked.json").length // → 2
 */
export function readPatchFile(path: string): unknown[] {
  const data = readDataFile(path);
  if (Array.isArray(data) && data.length === 0) {
    throw new SkillsSubsidyError("invalid_file", { zh: `${path}：${EMPTY_PATCH_LIST.zh}`, en: `${path}: ${EMPTY_PATCH_LIST.en}` }, { facts: { path, format: "patch" } });
  }
  return Array.isArray(data) ? data : [data];
}


/** Whether a path is a folder; a path that cannot be read is `file_unreadable`, as {@link readTextFile} says. */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch (error) {
    throw unreadable(path, error);
  }
}

/**
 * The data files under the given files and directories (directories recursively), sorted.
 * @throws SkillsSubsidyError `invalid_argument` naming `paths` when it is not a list of paths (one path given as a string:
 * put it in a list), or `paths[i]` when a folder holds no scenario file (`.json`, `.yaml`, `.yml`: a test suite that
 * runs nothing would pass); `file_unreadable` naming a path that does not exist or cannot be read.
 * @example scenarioPaths(["fixtures/scenarios"]).slice(0, 2) // → ["fixtures/scenarios/jiaxing/annual-cap.json","fixtures/scenarios/jiaxing/appraisal.yaml"]
 */
export function scenarioPaths(paths: readonly string[]): string[] {
  checkArgument(Array.isArray(paths), "paths", { zh: "路径的数组（文件或文件夹）", en: "a list of paths (files or folders)" }, paths, typeof paths === "string" ? { zh: `（一个路径也请放进数组：[${JSON.stringify(paths)}]）`, en: ` (put even one path in a list: [${JSON.stringify(paths)}])` } : undefined);
  for (const [i, p] of paths.entries()) checkArgument(typeof p === "string" && p !== "", `paths[${i}]`, { zh: "文件或文件夹的路径", en: "the path of a file or a folder" }, p);
  const out: string[] = [];
  const walk = (p: string) => {
    if (isFolder(p)) {
      for (const name of readdirSync(p).sort()) {
        const child = join(p, name);
        if (isFolder(child) || (DATA_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) walk(child);
      }
    } else out.push(p);
  };
  for (const [i, p] of paths.entries()) {
    const before = out.length;
    walk(p);
    if (out.length === before) {
      throw new SkillsSubsidyError("invalid_argument", { zh: `paths[${i}]：文件夹 ${p} 中没有场景文件（${DATA_EXTENSIONS.join("、")}）`, en: `paths[${i}]: the folder ${p} holds no scenario file (${DATA_EXTENSIONS.join(", ")})` }, { facts: { argument: "paths", field: `paths[${i}]`, path: p, reason: "no_scenario_file" } });
    }
  }
  return out;
}

/** Options of the scenario-file runners. */
export interface ScenarioFileOptions {
  /** Policies by id, in addition to the library's own. */
  readonly policies?: Readonly<Record<string, () => Policy>>;
  /**
   * Let a scenario's `reforms` and `catalogue` paths point outside the scenario file's
   * folder (absolute paths, `..`, symbolic links out). Off by default: a scenario file
   * from elsewhere cannot make the runner read (and report on) any file it names.
   */
  readonly allowPaths?: boolean;
  /**
   * The folder a scenario's paths must stay inside, instead of each scenario file's own
   * folder (e.g. `"fixtures"` when scenarios under `fixtures/scenarios/` name a catalogue
   * in `fixtures/jiaxing/`). Ignored with `allowPaths`.
   */
  readonly pathsWithin?: string;
}

/**
 * A path a scenario file names (`reforms`, `catalogue`), resolved against the file's
 * folder, and refused — before anything is read — when it leads outside that folder
 * (by `..`, an absolute path or a symbolic link) unless `allowPaths`.
 * @throws Error naming the field and the path (never the file's content), with its Chinese in `label.zh`;
 *   the runners turn it into a failed result.
 */
function scenarioPath(file: string, given: string, field: string, options: ScenarioFileOptions): string {
  const path = resolve(dirname(resolve(file)), given);
  const allowPaths = options.allowPaths === true;
  const folder = options.pathsWithin === undefined ? dirname(resolve(file)) : resolve(options.pathsWithin);
  if (allowPaths) return path;
  const inside = (dir: string, p: string) => {
    const rel = relative(dir, p);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  };
  let ok = inside(folder, path);
  if (ok) {
    try {
      ok = inside(realpathSync(folder), realpathSync(path));
    } catch {
      // not there (or not readable): reading it will say so
    }
  }
  if (!ok) {
    const where = { zh: options.pathsWithin === undefined ? "场景文件所在的文件夹" : ` ${options.pathsWithin} `, en: options.pathsWithin === undefined ? "the scenario file's folder" : options.pathsWithin };
    throw Object.assign(
      new Error(`${field}: the path ${JSON.stringify(given)} is outside ${where.en} and was not read (pass --allow-paths to allow it)`),
      { label: { zh: `${field}：路径 ${JSON.stringify(given)} 不在${where.zh}内，未读取（需要时加 --allow-paths）`, en: "" } },
    );
  }
  return path;
}

/** Replaces reforms given as paths (relative to the scenario file) by the patches they hold. */
function resolveReforms(scenario: unknown, file: string, options: ScenarioFileOptions): { scenario: unknown; issues: ValidationIssue[] } {
  if (scenario === null || typeof scenario !== "object" || !Array.isArray((scenario as { reforms?: unknown }).reforms)) return { scenario, issues: [] };
  const reforms = (scenario as { reforms: unknown[] }).reforms.flatMap((r, i) => (typeof r === "string" ? readPatchFile(scenarioPath(file, r, `reforms[${i}]`, options)) : [r]));
  return { scenario: { ...(scenario as object), reforms }, issues: [] };
}

/** Replaces a catalogue given as a path (relative to the scenario file) by the edition(s) it holds. */
function resolveCatalogue(scenario: unknown, file: string, options: ScenarioFileOptions): unknown {
  if (scenario === null || typeof scenario !== "object") return scenario;
  const catalogue = (scenario as { catalogue?: unknown }).catalogue;
  if (typeof catalogue !== "string") return scenario;
  return { ...(scenario as object), catalogue: readDataFile(scenarioPath(file, catalogue, "catalogue", options)) };
}

/**
 * Runs every scenario of one file (JSON or YAML; one scenario or a list).
 * A file that cannot be read gives one failed result naming the file.
 * @example
 * runScenarioFile("fixtures/scenarios/jiaxing/living-allowance.json").map((r) => r.pass) // → [true,true,true,true]
 * runScenarioFile("fixtures/examples/failing-scenario.json", { pathsWithin: "fixtures" })[0]?.mismatches.map((m) => m.field) // → ["amount"]
 */
export function runScenarioFile(path: string, options: ScenarioFileOptions = {}): ScenarioResult[] {
  let data: unknown;
  try {
    data = readDataFile(path);
  } catch (error) {
    return [failed(path, error)];
  }
  const list = Array.isArray(data) ? data : [data];
  return list.map((item, i) => {
    const source = list.length === 1 ? path : `${path}#${i}`;
    try {
      const { scenario } = resolveReforms(resolveCatalogue(item, path, options), path, options);
      return runScenario(scenario, { source, ...(options.policies === undefined ? {} : { policies: options.policies }) });
    } catch (error) {
      return failed(source, error);
    }
  });
}

/** A failed scenario as an error: the message is the report, without the library's prefix (a test runner shows it as it is). */
class ScenarioFailure extends SkillsSubsidyError {
  constructor(r: ScenarioResult) {
    super("scenario_failed", { zh: scenarioReport(r, "zh"), en: scenarioReport(r) }, { facts: { name: r.name, source: r.source ?? "" } });
    this.message = scenarioReport(r);
  }
}

/** The validation code a file that cannot be read as data is reported under: an empty patch list is `invalid_input`, text that is not UTF-8 `not_utf8`, the rest `not_json`. */
function codeOf(error: unknown): ValidationIssue["code"] {
  const format = error instanceof SkillsSubsidyError ? error.facts["format"] : undefined;
  return format === "patch" ? "invalid_input" : format === "UTF-8" ? "not_utf8" : "not_json";
}

function failed(source: string, error: unknown): ScenarioResult {
  const message = error instanceof SkillsSubsidyError ? error.messages : { zh: (error as Error).message, en: (error as Error).message };
  return {
    name: "(unreadable scenario file)",
    source,
    pass: false,
    issues: [{ path: [], code: codeOf(error), message }],
    mismatches: [],
    decisions: [],
    declaredProvisions: [],
    exercisedProvisions: [],
    policy: null,
  };
}

/**
 * Runs the scenario files under the given files and directories.
 * @example
 * // the Jiaxing scenarios name a catalogue and reforms in fixtures/: their paths may lead there
 * runScenarioFiles(["fixtures/scenarios"], { pathsWithin: "fixtures" }).every((r) => r.pass) // → true
 * // by default a path outside a scenario file's folder is refused, unread
 * runScenarioFiles(["fixtures/scenarios/jiaxing/training-subsidy.json"])[0]?.issues[0]?.message.en // → "catalogue: the path \"../../jiaxing/catalogue-2020.json\" is outside the scenario file's folder and was not read (pass --allow-paths to allow it)"
 */
export function runScenarioFiles(paths: readonly string[], options: ScenarioFileOptions = {}): ScenarioResult[] {
  return scenarioPaths(paths).flatMap((p) => runScenarioFile(p, options));
}

/**
 * One test per scenario, for any test runner: `run` throws a SkillsSubsidyError
 * `scenario_failed` whose message is the report (expected vs actual and the trace step
 * that differed) when the scenario fails.
 * In a test file: `for (const t of scenarioTests(["scenarios/"])) test(t.name, t.run);`
 * @example
 * const [t] = scenarioTests(["fixtures/examples/failing-scenario.json"], { pathsWithin: "fixtures" });
 * const error = (() => { try { t?.run(); return null; } catch (e) { return e as Error; } })();
 * error instanceof SkillsSubsidyError && error.code // → "scenario_failed"
 * error?.message.split("\n")[0] // → "✗ Under the 60-yuan reform the straddling course pays 60 a day for all 8 days (wrong on purpose: the 3 days in 2020 stay at 50)  (fixtures/examples/failing-scenario.json)"
 */
export function scenarioTests(
  paths: readonly string[],
  options: ScenarioFileOptions = {},
): {
  /** The scenario's name. */
  name: string;
  /** Its file (and `#index` in a list). */
  source: string;
  /** Throws a SkillsSubsidyError `scenario_failed` with the report when the scenario fails. */
  run: () => void;
}[] {
  return runScenarioFiles(paths, options).map((r) => ({
    name: r.name,
    source: r.source ?? "",
    run: () => {
      if (!r.pass) throw new ScenarioFailure(r);
    },
  }));
}
