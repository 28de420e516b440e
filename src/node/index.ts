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
import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import type { Policy, ScenarioResult, ValidationIssue } from "../index.js";
import { runScenario, scenarioReport, SkillsSubsidyError } from "../index.js";

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
 *   system's error is its `cause`).
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
    return Buffer.concat(chunks).toString("utf8");
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
    const detail = (error as Error).message;
    throw new SkillsSubsidyError("invalid_file", { zh: `${path}：不是有效的 ${format}：${detail}`, en: `${path}: not valid ${format}: ${detail}` }, { facts: { path, format }, cause: error });
  }
}

/**
 * Reads a patch file: one patch or a list of patches, returned as a list.
 * @example
 * readPatchFile("fixtures/reforms/living-allowance-60.json").length // → 1
 * readPatchFile("fixtures/reforms/stacked.json").length // → 2
 */
export function readPatchFile(path: string): unknown[] {
  const data = readDataFile(path);
  return Array.isArray(data) ? data : [data];
}

/**
 * The data files under the given files and directories (directories recursively), sorted.
 * @example scenarioPaths(["fixtures/scenarios"]).slice(0, 2) // → ["fixtures/scenarios/jiaxing/annual-cap.json","fixtures/scenarios/jiaxing/appraisal.yaml"]
 */
export function scenarioPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        const child = join(p, name);
        if (statSync(child).isDirectory() || (DATA_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) walk(child);
      }
    } else out.push(p);
  };
  for (const p of paths) walk(p);
  return out;
}

/** Options of the scenario-file runners. */
export interface ScenarioFileOptions {
  /** Policies by id, in addition to the library's own. */
  readonly policies?: Readonly<Record<string, () => Policy>>;
}

/** Replaces reforms given as paths (relative to the scenario file) by the patches they hold. */
function resolveReforms(scenario: unknown, file: string): { scenario: unknown; issues: ValidationIssue[] } {
  if (scenario === null || typeof scenario !== "object" || !Array.isArray((scenario as { reforms?: unknown }).reforms)) return { scenario, issues: [] };
  const reforms = (scenario as { reforms: unknown[] }).reforms.flatMap((r) => (typeof r === "string" ? readPatchFile(resolve(dirname(file), r)) : [r]));
  return { scenario: { ...(scenario as object), reforms }, issues: [] };
}

/** Replaces a catalogue given as a path (relative to the scenario file) by the edition(s) it holds. */
function resolveCatalogue(scenario: unknown, file: string): unknown {
  if (scenario === null || typeof scenario !== "object") return scenario;
  const catalogue = (scenario as { catalogue?: unknown }).catalogue;
  if (typeof catalogue !== "string") return scenario;
  return { ...(scenario as object), catalogue: readDataFile(resolve(dirname(file), catalogue)) };
}

/**
 * Runs every scenario of one file (JSON or YAML; one scenario or a list).
 * A file that cannot be read gives one failed result naming the file.
 * @example
 * runScenarioFile("fixtures/scenarios/jiaxing/living-allowance.json").map((r) => r.pass) // → [true,true,true,true]
 * runScenarioFile("fixtures/examples/failing-scenario.json")[0]?.mismatches.map((m) => m.field) // → ["amount"]
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
      const { scenario } = resolveReforms(resolveCatalogue(item, path), path);
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

function failed(source: string, error: unknown): ScenarioResult {
  const message = error instanceof SkillsSubsidyError ? error.messages : { zh: (error as Error).message, en: (error as Error).message };
  return {
    name: "(unreadable scenario file)",
    source,
    pass: false,
    issues: [{ path: [], code: "not_json", message }],
    mismatches: [],
    decisions: [],
    declaredProvisions: [],
    exercisedProvisions: [],
    policy: null,
  };
}

/**
 * Runs the scenario files under the given files and directories.
 * @example runScenarioFiles(["fixtures/scenarios"]).every((r) => r.pass) // → true
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
 * const [t] = scenarioTests(["fixtures/examples/failing-scenario.json"]);
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
