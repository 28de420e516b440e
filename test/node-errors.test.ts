/**
 * skills-subsidy/node throws only SkillsSubsidyError, each with a code, a message in Chinese
 * and English, and facts naming the file (issue #16, "one result model").
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { SkillsSubsidyError } from "../src/index.js";
import { readDataFile, readTextFile, runScenarioFile, scenarioTests } from "../src/node/index.js";
import { fault } from "./support/fault.js";

const dir = mkdtempSync(join(tmpdir(), "ss-node-errors-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("the Node entry's faults are coded SkillsSubsidyErrors", () => {
  test("a missing file is file_unreadable, with the errno in its facts and the file system's error as its cause", () => {
    const missing = join(dir, "missing.json");
    expect(() => readDataFile(missing)).toThrow(fault("file_unreadable", { path: missing, errno: "ENOENT" }));
    const error = (() => {
      try {
        readTextFile(missing);
      } catch (e) {
        return e as SkillsSubsidyError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(SkillsSubsidyError);
    expect((error?.cause as NodeJS.ErrnoException).code).toBe("ENOENT");
    expect(error).toMatchObject({ code: "file_unreadable", facts: { path: missing, errno: "ENOENT" } });
    // The Chinese text itself is under test here (what a person reads: the file and the errno, no English).
    expect(error?.messages.zh).toBe(`无法读取 ${missing}（ENOENT）`);
  });

  test("a folder is file_unreadable too", () => {
    expect(() => readTextFile(dir)).toThrow(fault("file_unreadable", { path: dir, errno: "EISDIR" }));
  });

  test("a file over the limit is file_too_large: 10 bytes against a limit of 9 fails, of 10 passes", () => {
    const ten = file("ten.txt", "0123456789");
    expect(() => readTextFile(ten, 9)).toThrow(fault("file_too_large", { path: ten, limit: 9 }));
    expect(readTextFile(ten, 10)).toBe("0123456789");
  });

  test("JSON or YAML that does not parse is invalid_file, naming the format", () => {
    expect(() => readDataFile(file("broken.json", "{ not json"))).toThrow(fault("invalid_file", { format: "JSON" }));
    expect(() => readDataFile(file("broken.yaml", "a: [1, 2"))).toThrow(fault("invalid_file", { format: "YAML" }));
  });

  test("an unreadable scenario file is a failed result whose issue carries both languages of the fault", () => {
    const [result] = runScenarioFile(file("broken-scenario.json", "{ not json"));
    expect(result?.pass).toBe(false);
    expect(result?.issues[0]?.code).toBe("not_json");
    // The messages are under test here (both languages of the fault, and where the text stops parsing: character 2 of "{ not json", never the text itself).
    expect(result?.issues[0]?.message.zh).toMatch(/^.*broken-scenario\.json：不是有效的 JSON \(at character 2\)$/);
    expect(result?.issues[0]?.message.en).toMatch(/broken-scenario\.json: not valid JSON \(at character 2\)$/);
    expect(result?.issues[0]?.message.en).not.toContain("not json");
  });

  test("a failing scenario run as a test throws scenario_failed, whose message is the report", () => {
    const [t] = scenarioTests(["fixtures/examples/failing-scenario.json"]);
    expect(() => t?.run()).toThrow(fault("scenario_failed", { source: "fixtures/examples/failing-scenario.json" }));
  });
});
