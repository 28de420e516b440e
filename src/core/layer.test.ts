import { describe, expect, test } from "vitest";
import { cite } from "./citation.js";
import { civilDate } from "./date.js";
import { Evaluation, resolveParameter } from "./decision.js";
import type { Layer } from "./layer.js";
import { buildPolicy, capParameter, defineLayer, defineRule, replaceParameter, replaceRule, ruleException, topUpParameter } from "./layer.js";
import { defineParameter } from "./parameter.js";

const C = cite("gbf2019.local-standards", "§(十二)");
const label = { zh: "测试", en: "test" };
const standard = defineParameter<string>({ id: "t.standard", label, citation: C, values: [{ from: "2020-01-01", value: "1000.00" }], lastVerifiedOn: "2026-11-25" });
const local = defineParameter<string>({ id: "t.local", label, citation: C, values: [], lastVerifiedOn: "2026-11-25" });
const doubled = defineRule({ id: "t.double", label, citation: C, run: (_ctx, n: number) => n * 2 });

const national = (extra: Partial<Layer> = {}): Layer =>
  defineLayer({ id: "national.t", level: "national", region: null, label, documents: ["gbf2019"], scope: C, parameters: [standard, local], rules: [doubled], ...extra });
const city = (id: string, extra: Partial<Layer>): Layer =>
  defineLayer({ id, level: "prefecture", region: "zhejiang.jiaxing", label, documents: ["jx2019"], scope: cite("jx2019.supersession", "closing"), ...extra });
const on = civilDate("2020-06-01");

describe("layers and overrides", () => {
  test("a value the national layer leaves to local standards is supplied by a city's replace, and the city is named", () => {
    const policy = buildPolicy({
      id: "p",
      label,
      layers: [national(), city("c", { parameterOverrides: [replaceParameter(local, { label, citation: cite("jx2019.living-allowance", "四(三)四"), values: [{ from: "2019-12-13", value: "50.00" }], lastVerifiedOn: "2026-11-25" })] })],
    });
    expect(resolveParameter(policy, local, on)).toMatchObject({ value: "50.00", layer: "c", citation: { provision: "jx2019.living-allowance" } });
    // before the city's value is in force, the national answer stands: no value
    expect(resolveParameter(policy, local, civilDate("2019-12-12"))).toMatchObject({ reason: "no_values", layer: "national.t" });
  });

  test("a cap never raises a value and lowers one above it; a top-up adds", () => {
    const capped = buildPolicy({ id: "p", label, layers: [national(), city("c", { parameterOverrides: [capParameter(standard, { label, citation: C, values: [{ from: "2020-01-01", value: "800" }], lastVerifiedOn: "2026-11-25" })] })] });
    expect(resolveParameter(capped, standard, on)).toMatchObject({ value: "800", layer: "c", via: [{ kind: "cap" }] }); // min(1000, 800)
    const loose = buildPolicy({ id: "p", label, layers: [national(), city("c", { parameterOverrides: [capParameter(standard, { label, citation: C, values: [{ from: "2020-01-01", value: "1200" }], lastVerifiedOn: "2026-11-25" })] })] });
    expect(resolveParameter(loose, standard, on)).toMatchObject({ value: "1000.00" }); // min(1000, 1200)
    const topped = buildPolicy({ id: "p", label, layers: [national(), city("c", { parameterOverrides: [topUpParameter(standard, { label, citation: C, values: [{ from: "2020-01-01", value: "300.50" }], lastVerifiedOn: "2026-11-25" })] })] });
    expect(resolveParameter(topped, standard, on)).toMatchObject({ value: "1300.5", layer: "c" }); // 1000 + 300.50
  });

  test("a replaced rule decides instead of the base rule, and the trace names the layer", () => {
    const policy = buildPolicy({ id: "p", label, layers: [national(), city("c", { ruleOverrides: [replaceRule(doubled, { label, citation: C, run: (_ctx, n) => n * 3 })] })] });
    const ev = new Evaluation(policy, on);
    expect(ev.use(doubled, 5)).toBe(15);
    expect(ev.steps[0]).toMatchObject({ rule: "t.double", layer: "c", override: { kind: "replace" }, result: 15 });
  });

  test("an exception decides only when its condition holds; otherwise the rule above does", () => {
    const policy = buildPolicy({
      id: "p",
      label,
      layers: [national(), city("c", { ruleOverrides: [ruleException(doubled, { label, citation: C, applies: (_ctx, n) => n < 0, run: () => 0 })] })],
    });
    const ev = new Evaluation(policy, on);
    expect(ev.use(doubled, -4)).toBe(0);
    expect(ev.use(doubled, 4)).toBe(8);
    expect(ev.steps.map((s) => s.layer)).toEqual(["c", "national.t"]);
  });

  test("two layers of one level overriding the same parameter fail when the policy is built", () => {
    const o = replaceParameter(local, { label, citation: C, values: [{ from: "2020-01-01", value: "1" }], lastVerifiedOn: "2026-11-25" });
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city("a", { parameterOverrides: [o] }), city("b", { parameterOverrides: [o] })] })).toThrow(
      "overridden by two prefecture layers (a and b)",
    );
  });

  test("overriding what no layer above declares, declaring a parameter twice, or ordering levels upside down fails at load", () => {
    const stray = defineParameter<string>({ id: "t.stray", label, citation: C, values: [], lastVerifiedOn: "2026-11-25" });
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city("c", { parameterOverrides: [replaceParameter(stray, { label, citation: C, values: [], lastVerifiedOn: "2026-11-25" })] })] })).toThrow(
      "which no layer above declares",
    );
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city("c", { parameters: [standard] })] })).toThrow("declared by national.t and again by c");
    expect(() => buildPolicy({ id: "p", label, layers: [city("c", {}), national()] })).toThrow("order layers national");
    expect(() => buildPolicy({ id: "p", label, layers: [] })).toThrow("at least one layer");
  });

  test("a value that breaks a constraint of a layer above fails at load, naming the provision", () => {
    const floor = { parameter: standard, citation: cite("gbf2019.apprenticeship-floor", "§(十一)"), label: { zh: "不低于 4000 元", en: "at least 4000 yuan" }, test: (v: unknown) => Number(v) >= 4000 };
    const low = replaceParameter(standard, { label, citation: C, values: [{ from: "2020-01-01", value: "3999" }], lastVerifiedOn: "2026-11-25" });
    const ok = replaceParameter(standard, { label, citation: C, values: [{ from: "2020-01-01", value: "4000" }], lastVerifiedOn: "2026-11-25" });
    const base = national({ parameters: [{ ...standard, values: [] }, local], constraints: [floor] });
    expect(() => buildPolicy({ id: "p", label, layers: [base, city("c", { parameterOverrides: [low] })] })).toThrow("gbf2019.apprenticeship-floor");
    expect(() => buildPolicy({ id: "p", label, layers: [base, city("c", { parameterOverrides: [ok] })] })).not.toThrow();
  });

  test("the content hash changes with the data and not otherwise", () => {
    const a = buildPolicy({ id: "p", label, layers: [national()] });
    const b = buildPolicy({ id: "p", label, layers: [national()] });
    const c = buildPolicy({ id: "p", label, layers: [national({ parameters: [{ ...standard, values: [{ from: "2020-01-01", value: "1001.00" }] }, local] })] });
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(b.hash);
    expect(c.hash).not.toBe(a.hash);
  });
});
