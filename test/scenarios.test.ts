/**
 * The library's own scenario files (fixtures/scenarios/) run through the same runner a
 * user's suite would use, and the runner itself is tested: a failing scenario reports
 * expected vs actual and the trace step that differed.
 */
import { catalogueClauses } from "./support/law.js";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { runScenarioFiles, scenarioTests } from "../src/node/index.js";
import type { ScenarioInput } from "../src/reform/index.js";
import { provisionCoverage, reform, runScenario, scenarioJsonSchema, scenarioReport } from "../src/reform/index.js";
import { jiaxingPolicy } from "../src/index.js";

describe("fixtures/scenarios", () => {
  for (const t of scenarioTests(["fixtures/scenarios"], { pathsWithin: "fixtures" })) test(t.name, t.run);

  test("holds JSON and YAML files with at least ten scenarios", () => {
    const results = runScenarioFiles(["fixtures/scenarios"], { pathsWithin: "fixtures" });
    expect(results.length).toBeGreaterThanOrEqual(10);
    expect(new Set(results.map((r) => r.source?.replace(/#\d+$/, "").split(".").pop()))).toEqual(new Set(["json", "yaml"]));
  });
});

const base: ScenarioInput = JSON.parse(readFileSync("fixtures/scenarios/jiaxing/living-allowance.json", "utf8"))[0];

describe("running a scenario", () => {
  test("a wrong expected amount fails, showing expected vs actual and the trace step that read the rate", () => {
    // the text gives 50 yuan/day × 7 days = 350; the scenario wrongly expects 60 × 7 = 420
    const r = runScenario({ ...base, expect: { outcome: "granted", amount: "420.00" } });
    expect(r.pass).toBe(false);
    expect(r.mismatches).toMatchObject([{ claim: "S-1", field: "amount", expected: "420.00", actual: "350.00", step: { rule: "livingAllowance", layer: "national.gbf2019" } }]);
    const report = scenarioReport(r);
    expect(report).toContain("✗ A rural 两后生 who attends 7 days");
    expect(report).toContain('expected: "420.00"');
    expect(report).toContain('actual:   "350.00"');
    expect(report).toContain('livingAllowance.dailyRate @ 2020-03-02 = "50.00"  [jx2019.living-allowance · zhejiang.jiaxing.jx2019]');
  });

  test("an expected trace step that differs is reported with that step", () => {
    const r = runScenario({ ...base, expect: { outcome: "granted", trace: [{ rule: "livingAllowance", parameters: { "livingAllowance.dailyRate": "60.00" } }, { rule: "livingAllowance.groups", result: false }] } });
    expect(r.mismatches.map((m) => [m.field, m.expected, m.actual, m.step?.rule])).toEqual([
      ["trace[0] livingAllowance livingAllowance.dailyRate", "60.00", ["50.00"], "livingAllowance"],
      ["trace[1] livingAllowance.groups result", false, true, "livingAllowance.groups"],
    ]);
  });

  test("an undecidable claim's missing facts are asserted exactly", () => {
    const s = JSON.parse(readFileSync("fixtures/scenarios/jiaxing/living-allowance.json", "utf8"))[3] as ScenarioInput;
    expect(runScenario(s).pass).toBe(true);
    const wrong = runScenario({ ...s, expect: { outcome: "undecidable", missingFacts: ["course.attendedDays"] } });
    expect(wrong.mismatches).toMatchObject([{ field: "missingFacts", expected: ["course.attendedDays"], actual: ["course.attendedDates"] }]);
  });

  test("a wrong outcome points at the check that failed", () => {
    const s = JSON.parse(readFileSync("fixtures/scenarios/jiaxing/living-allowance.json", "utf8"))[1] as ScenarioInput;
    const r = runScenario({ ...s, expect: { outcome: "granted" } });
    expect(r.mismatches).toMatchObject([{ field: "outcome", expected: "granted", actual: "denied", step: { rule: "livingAllowance.groups", result: false } }]);
  });

  test("a declared provision that no decision cites fails the scenario", () => {
    const r = runScenario({ ...base, provisions: ["jx2019.living-allowance", "jx2019.appraisal-subsidy"] });
    expect(r.pass).toBe(false);
    expect(r.mismatches).toMatchObject([{ field: "provisions", expected: "cited: jx2019.appraisal-subsidy" }]);
  });

  test("an invalid scenario is reported with paths, not thrown", () => {
    expect(runScenario({ ...base, policy: "atlantis" }).issues).toMatchObject([{ path: ["policy"], code: "unknown_policy" }]);
    expect(runScenario({ ...base, on: "2020-02-30" }).issues).toMatchObject([{ path: ["on"], code: "invalid_date" }]);
    const twoClaims = { ...base, records: { ...base.records, claims: [...base.records.claims, { ...base.records.claims[0], id: "S-1b" }] } } as ScenarioInput;
    expect(runScenario({ ...twoClaims, expect: { outcome: "granted" } }).issues).toMatchObject([{ path: ["expect"], code: "claim_required" }]);
    expect(runScenario({ ...base, expect: { claim: "nope", outcome: "granted" } }).issues).toMatchObject([{ path: ["expect", "claim"], code: "unknown_claim" }]);
    expect(runScenario({ ...base, reforms: [{ id: "x", label: { zh: "x", en: "x" }, changes: [{ parameter: "nope", from: "2021-01-01", value: "1" }] }] }).issues).toMatchObject([
      { path: ["reforms", 0, "changes", 0, "parameter"], code: "unknown_parameter" },
    ]);
    expect(runScenario({ ...base, records: { ...base.records, courses: [] } }).issues[0]).toMatchObject({ path: ["records", "claims", 0, "courseId"], code: "unknown_reference" });
  });
});

describe("a scenario's inline reform is checked field by field, as a patch file is (cold audit 4)", () => {
  const scenario = () => (JSON.parse(readFileSync("fixtures/scenarios/jiaxing/living-allowance-reform.json", "utf8")) as Record<string, unknown>[])[0] as Record<string, unknown>;
  const la60 = () => JSON.parse(readFileSync("fixtures/reforms/living-allowance-60.json", "utf8")) as { changes: Record<string, unknown>[] } & Record<string, unknown>;

  test("a reform dated a day that does not exist names reforms.0.changes.0.from, invalid_date, in Chinese and in English — what reform() says of the same patch", () => {
    const patch = la60();
    const bad = { ...patch, changes: [{ ...patch.changes[0], from: "2021-13-01" }] };
    const r = runScenario({ ...scenario(), reforms: [bad] });
    expect(r.pass).toBe(false);
    expect(r.issues.map((i) => [i.path.join("."), i.code])).toEqual([["reforms.0.changes.0.from", "invalid_date"]]);
    // the patch alone, as `diff --reform` reads it: the same code and the same words
    const alone = reform(jiaxingPolicy(), bad);
    expect(alone.ok ? [] : alone.issues.map((i) => ({ ...i, path: ["reforms", 0, ...i.path] }))).toEqual(r.issues);
    expect(r.issues[0]?.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(scenarioReport(r, "zh")).toContain("reforms.0.changes.0.from: invalid_date — 应为存在的日期");
  });

  test("a reform without its English label names reforms.0.label.en", () => {
    const r = runScenario({ ...scenario(), reforms: [{ ...la60(), label: { zh: "生活费补贴提高到每天 60 元" } }] });
    expect(r.pass).toBe(false);
    expect(r.issues.map((i) => i.path.join("."))).toEqual(["reforms.0.label.en"]);
  });

  test("a reform that is neither a path nor a patch is one issue at reforms.0, in both languages", () => {
    const r = runScenario({ ...scenario(), reforms: [42] });
    expect(r.issues.map((i) => [i.path.join("."), i.code])).toEqual([["reforms.0", "invalid_union"]]);
    expect(r.issues[0]?.message.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  test("an expectation given as one object names its own bad field, not the choice between one and a list", () => {
    const r = runScenario({ ...scenario(), expect: { outcome: "paid" } });
    expect(r.issues.map((i) => [i.path.join("."), i.code])).toEqual([["expect.outcome", "invalid_value"]]);
  });
});

describe("provision coverage", () => {
  test("lists the provisions the fixture suite exercises and the ones of the library's policies that none does", () => {
    const coverage = provisionCoverage(runScenarioFiles(["fixtures/scenarios"], { pathsWithin: "fixtures" }));
    expect(coverage.exercised).toEqual(expect.arrayContaining(["gbf2019.living-allowance-groups", "jx2019.appraisal-subsidy", "jx2019.living-allowance", "jx2019.residency", "jx2019.supersession"]));
    // provisions the library cites but no Jiaxing scenario exercises yet (the advance payment is a province-level measure)
    expect(coverage.unexercised).toEqual(expect.arrayContaining(["gbf2019.advance-payment"]));
    expect(coverage.outsideCatalogue).toEqual([]);
  });

  test("against the full catalogue in law/provisions.json, most provisions are not yet exercised (and are listed)", () => {
    const catalogue = [...catalogueClauses().keys()];
    const coverage = provisionCoverage(runScenarioFiles(["fixtures/scenarios"], { pathsWithin: "fixtures" }), catalogue);
    expect(coverage.unexercised).toContain("gbf2019.apprenticeship-floor");
    expect(coverage.exercised).toContain("jx2019.living-allowance");
    expect(coverage.exercised.length + coverage.unexercised.length).toBe(new Set(catalogue).size);
  });
});

describe("the scenario JSON Schema", () => {
  test("is generated from the zod schema and names the required fields", () => {
    const schema = scenarioJsonSchema() as { anyOf: { required?: string[]; properties?: Record<string, unknown> }[] };
    expect(schema.anyOf[0]?.required).toEqual(expect.arrayContaining(["name", "policy", "on", "records", "expect", "provisions"]));
    expect(Object.keys(schema.anyOf[0]?.properties ?? {})).toContain("ledger");
  });
});

describe("a scenario's catalogue", () => {
  const file = JSON.parse(readFileSync("fixtures/scenarios/jiaxing/training-subsidy.json", "utf8"))[0] as ScenarioInput;
  const edition = JSON.parse(readFileSync("fixtures/jiaxing/catalogue-2020.json", "utf8"));

  test("given inline fills the catalogue slot, and the line cites jx2019.catalogue from the catalogue layer", () => {
    const r = runScenario({ ...file, catalogue: edition });
    expect(r.pass).toBe(true);
    // 1000 yuan 初级工 EX-ELEC (illustrative catalogue)
    expect(r.decisions[0]?.lines[0]).toMatchObject({ amount: "1000.00", layer: "zhejiang.jiaxing.catalogue", citation: { provision: "jx2019.catalogue" } });
  });

  test("left out, the same claim cannot be decided: no local standard", () => {
    const { catalogue: _omit, ...rest } = file;
    const r = runScenario({ ...rest, expect: { outcome: "undecidable", missingFacts: ["parameter trainingSubsidy.catalogue"] }, provisions: ["jx2019.residency"] });
    expect(r.pass).toBe(true);
  });

  test("given as a path, it is read relative to the scenario file by the Node entry, and refused in memory", () => {
    expect(runScenarioFiles(["fixtures/scenarios/jiaxing/training-subsidy.json"], { pathsWithin: "fixtures" }).every((r) => r.pass)).toBe(true);
    expect(runScenario(file).issues).toMatchObject([{ path: ["catalogue"], code: "invalid_input" }]);
  });
});
