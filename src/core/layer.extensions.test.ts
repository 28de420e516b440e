/**
 * Extension points: a rule declares what the layers below it may add (dated, list-valued,
 * after PolicyEngine's `adds`); a layer appends its own rules; the rule runs what was
 * appended without naming any layer.
 */
import { describe, expect, test } from "vitest";
import { fault } from "../../test/support/fault.js";
import { cite } from "./citation.js";
import { civilDate } from "./date.js";
import { Evaluation } from "./decision.js";
import type { Layer } from "./layer.js";
import { bindMeasure, buildPolicy, defineExtensionPoint, defineLayer, defineRule, extend, extensionsOf, replaceRule } from "./layer.js";

const C = cite("gbf2019.local-standards", "§(十二)");
const label = { zh: "测试", en: "test" };

/** What a layer may add: checks on a number. */
const checks = defineExtensionPoint<number, string | null>({ id: "t.checks", label, citation: C });
/** The national rule: runs whatever was appended, and names no layer. */
const measure = defineRule({
  id: "t.measure",
  label,
  citation: C,
  extensionPoints: [checks],
  run: (ctx, n: number) => ctx.extended(checks, n, ctx.on).filter((r) => r !== null),
});
const positive = defineRule({ id: "t.positive", label, citation: C, run: (_ctx, n: number) => (n > 0 ? "positive" : null) });
const even = defineRule({ id: "t.even", label, citation: C, run: (_ctx, n: number) => (n % 2 === 0 ? "even" : null) });
const small = defineRule({ id: "t.small", label, citation: C, run: (_ctx, n: number) => (n < 10 ? "small" : null) });

const national = (extra: Partial<Layer> = {}): Layer =>
  defineLayer({ id: "national.t", level: "national", region: null, label, documents: ["gbf2019"], scope: C, measures: [bindMeasure("t", measure)], ...extra });
const province = (extra: Partial<Layer>): Layer => defineLayer({ id: "province.t", level: "province", region: "example", label, documents: ["gbf2019"], scope: C, ...extra });
const city = (extra: Partial<Layer>): Layer => defineLayer({ id: "city.t", level: "prefecture", region: "example.city", label, documents: ["gbf2019"], scope: C, ...extra });
const on = civilDate("2024-06-01");

describe("a rule's extension points", () => {
  test("with nothing appended the rule adds nothing, and the trace has only the rule", () => {
    const policy = buildPolicy({ id: "p", label, layers: [national()] });
    const ev = new Evaluation(policy, on);
    expect(ev.use(measure, 4)).toEqual([]);
    expect(ev.steps.map((s) => s.rule)).toEqual(["t.measure"]);
    expect(extensionsOf(policy, checks)).toEqual([]);
  });

  test("a layer's appended rules run, most general layer first and in the order listed; each is traced under its layer", () => {
    const policy = buildPolicy({ id: "p", label, layers: [national(), province({ extensions: [extend(checks, small)] }), city({ extensions: [extend(checks, positive), extend(checks, even)] })] });
    const ev = new Evaluation(policy, on);
    expect(ev.use(measure, 4)).toEqual(["small", "positive", "even"]);
    expect(ev.steps.map((s) => [s.depth, s.rule, s.layer])).toEqual([
      [0, "t.measure", "national.t"],
      [1, "t.small", "province.t"],
      [1, "t.positive", "city.t"],
      [1, "t.even", "city.t"],
    ]);
    expect(extensionsOf(policy, checks).map((e) => [e.rule.id, e.layer])).toEqual([
      ["t.small", "province.t"],
      ["t.positive", "city.t"],
      ["t.even", "city.t"],
    ]);
  });

  test("an entry is dated: in force from its first day, not from its end", () => {
    const policy = buildPolicy({ id: "p", label, layers: [national(), city({ extensions: [extend(checks, positive, { from: "2024-01-01", until: "2025-01-01" })] })] });
    const at = (day: string) => new Evaluation(policy, civilDate(day)).use(measure, 4);
    expect([at("2023-12-31"), at("2024-01-01"), at("2024-12-31"), at("2025-01-01")]).toEqual([[], ["positive"], ["positive"], []]);
    expect(extensionsOf(policy, checks, "2025-01-01")).toEqual([]);
    expect(extensionsOf(policy, checks, "2024-01-01").map((e) => [e.from, e.until])).toEqual([["2024-01-01", "2025-01-01"]]);
  });

  test("a guarded entry runs only when its guard holds, and leaves no trace otherwise", () => {
    const policy = buildPolicy({ id: "p", label, layers: [national(), city({ extensions: [extend(checks, positive, { applies: (_ctx, n) => n > 100 })] })] });
    const ev = new Evaluation(policy, on);
    expect(ev.use(measure, 4)).toEqual([]);
    expect(ev.use(measure, 400)).toEqual(["positive"]);
    expect(ev.steps.map((s) => s.rule)).toEqual(["t.measure", "t.measure", "t.positive"]);
  });

  test("fold runs each rule on what the one before left (adjustments applied in turn)", () => {
    const adjust = defineExtensionPoint<number, number | null>({ id: "t.adjust", label, citation: C });
    const price = defineRule({ id: "t.price", label, citation: C, extensionPoints: [adjust], run: (ctx, n: number) => ctx.fold(adjust, n, ctx.on, (m, out) => out ?? m) });
    const plusTen = defineRule({ id: "t.plusTen", label, citation: C, run: (_ctx, n: number) => n + 10 });
    const double = defineRule({ id: "t.double", label, citation: C, run: (_ctx, n: number) => (n > 100 ? null : n * 2) });
    const layers = [national({ rules: [price] }), city({ extensions: [extend(adjust, plusTen), extend(adjust, double, { applies: (_ctx, n) => n > 0 })] })];
    const ev = new Evaluation(buildPolicy({ id: "p", label, layers }), on);
    expect(ev.use(price, 5)).toBe(30); // (5 + 10) × 2
    expect(ev.use(price, 95)).toBe(105); // 95 + 10, then no doubling above 100
    expect(ev.use(price, -20)).toBe(-10); // -20 + 10; the doubling's guard does not hold for -10
    expect(ev.steps.filter((s) => s.depth === 1).map((s) => [s.rule, s.result])).toEqual([
      ["t.plusTen", 15],
      ["t.double", 30],
      ["t.plusTen", 105],
      ["t.double", null],
      ["t.plusTen", -10],
    ]);
  });

  test("an appended rule is a rule of the policy: a layer below may replace it", () => {
    const county = defineLayer({
      id: "county.t",
      level: "county",
      region: "example.city.east",
      label,
      documents: ["gbf2019"],
      scope: C,
      ruleOverrides: [replaceRule(positive, { label, citation: C, run: () => "county says so" })],
    });
    const policy = buildPolicy({ id: "p", label, layers: [national(), city({ extensions: [extend(checks, positive)] }), county] });
    const ev = new Evaluation(policy, on);
    expect(ev.use(measure, -1)).toEqual(["county says so"]);
    expect(ev.steps[1]).toMatchObject({ rule: "t.positive", layer: "county.t", override: { kind: "replace" } });
  });

  test("a rule declared above may be appended by the layer below", () => {
    const policy = buildPolicy({ id: "p", label, layers: [national({ rules: [positive] }), city({ extensions: [extend(checks, positive)] })] });
    const ev = new Evaluation(policy, on);
    expect(ev.use(measure, 4)).toEqual(["positive"]);
    expect(ev.steps[1]).toMatchObject({ rule: "t.positive", layer: "national.t" });
  });

  test("configuration faults are found when the policy is built", () => {
    const other = defineExtensionPoint<number, string | null>({ id: "t.other", label, citation: C });
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city({ extensions: [extend(other, positive)] })] })).toThrow(fault("override_of_undeclared", { layer: "city.t", point: "t.other" }));
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city({ extensions: [extend(checks, positive), extend(checks, positive)] })] })).toThrow(fault("duplicate_declaration", { layer: "city.t", rule: "t.positive", point: "t.checks" }));
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city({ extensions: [extend(checks, positive, { from: "2024-02-30" })] })] })).toThrow(fault("invalid_civil_date", { layer: "city.t", point: "t.checks", from: "2024-02-30" }));
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city({ extensions: [extend(checks, positive, { from: "2024-01-01", until: "2024-01-01" })] })] })).toThrow(fault("invalid_override_end", { layer: "city.t", point: "t.checks", until: "2024-01-01" }));
    const impostor = defineRule({ id: "t.positive", label, citation: C, run: () => null });
    expect(() => buildPolicy({ id: "p", label, layers: [national({ rules: [positive] }), city({ extensions: [extend(checks, impostor)] })] })).toThrow(fault("duplicate_declaration", { layer: "city.t", rule: "t.positive", declaredBy: "national.t" }));
    const twin = defineExtensionPoint<number, string | null>({ id: "t.checks", label, citation: C });
    const rival = defineRule({ id: "t.rival", label, citation: C, extensionPoints: [twin], run: () => null });
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city({ rules: [rival] })] })).toThrow(fault("duplicate_declaration", { layer: "city.t", point: "t.checks", declaredBy: "national.t" }));
    const reform = defineLayer({ id: "reform.x", level: "reform", region: null, label, documents: [], scope: C, extensions: [extend(checks, positive)] });
    expect(() => buildPolicy({ id: "p", label, layers: [national(), reform] })).toThrow(fault("reform_layer_declares", { layer: "reform.x" }));
  });

  test("what is appended, and when, is part of the policy's hash", () => {
    const plain = buildPolicy({ id: "p", label, layers: [national(), city({})] });
    const added = buildPolicy({ id: "p", label, layers: [national(), city({ extensions: [extend(checks, positive)] })] });
    const dated = buildPolicy({ id: "p", label, layers: [national(), city({ extensions: [extend(checks, positive, { from: "2024-01-01" })] })] });
    expect(new Set([plain.hash, added.hash, dated.hash]).size).toBe(3);
  });
});
