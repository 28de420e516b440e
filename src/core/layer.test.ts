import { describe, expect, test } from "vitest";
import { cite } from "./citation.js";
import { civilDate } from "./date.js";
import { Evaluation, resolveParameter } from "./decision.js";
import type { Layer } from "./layer.js";
import { bindMeasure, buildPolicy, capParameter, defineLayer, defineRule, replaceParameter, replaceRule, ruleException, topUpParameter } from "./layer.js";
import { defineParameter } from "./parameter.js";
import { fault } from "../../test/support/fault.js";

const C = cite("gbf2019.local-standards", "§(十二)");
const label = { zh: "测试", en: "test" };
const standard = defineParameter<string>({ id: "t.standard", label, citation: C, values: [{ from: "2020-01-01", value: "1000.00" }], lastVerifiedOn: "2026-11-25" });
const local = defineParameter<string>({ id: "t.local", label, citation: C, values: [], lastVerifiedOn: "2026-11-25" });
const doubled = defineRule({ id: "t.double", label, citation: C, run: (_ctx, n: number) => n * 2 });

const national = (extra: Partial<Layer> = {}): Layer =>
  defineLayer({ id: "national.t", level: "national", region: null, label, documents: ["gbf2019"], scope: C, parameters: [standard, local], rules: [doubled], ...extra });
const city = (id: string, extra: Partial<Layer>): Layer =>
  defineLayer({ id, level: "prefecture", region: "example.city", label, documents: ["gbf2019"], scope: cite("gbf2019.annual-cap", "§(十二)"), ...extra });
const on = civilDate("2020-06-01");

describe("layers and overrides", () => {
  test("a value the national layer leaves to local standards is supplied by a city's replace, and the city is named", () => {
    const policy = buildPolicy({
      id: "p",
      label,
      layers: [national(), city("c", { parameterOverrides: [replaceParameter(local, { label, citation: cite("gbf2019.scope-adjustment", "§(十二)"), values: [{ from: "2019-12-13", value: "50.00" }], lastVerifiedOn: "2026-11-25" })] })],
    });
    expect(resolveParameter(policy, local, on)).toMatchObject({ value: "50.00", layer: "c", citation: { provision: "gbf2019.scope-adjustment" } });
    // before the city's value is in force, the national answer stands: no value
    expect(resolveParameter(policy, local, civilDate("2019-12-12"))).toMatchObject({ reason: "no_values", layer: "national.t" });
  });

  test("a cap never raises a value and lowers one above it; a top-up adds", () => {
    const capped = buildPolicy({ id: "p", label, layers: [national(), city("c", { parameterOverrides: [capParameter(standard, { label, citation: C, values: [{ from: "2020-01-01", value: "800" }], lastVerifiedOn: "2026-11-25" })] })] });
    expect(resolveParameter(capped, standard, on)).toMatchObject({ value: "800", layer: "c", via: [{ kind: "cap" }] }); // min(1000, 800)
    const loose = buildPolicy({ id: "p", label, layers: [national(), city("c", { parameterOverrides: [capParameter(standard, { label, citation: C, values: [{ from: "2020-01-01", value: "1200" }], lastVerifiedOn: "2026-11-25" })] })] });
    expect(resolveParameter(loose, standard, on)).toMatchObject({ value: "1000.00" }); // min(1000, 1200)
    const topped = buildPolicy({ id: "p", label, layers: [national(), city("c", { parameterOverrides: [topUpParameter(standard, { label, citation: C, values: [{ from: "2020-01-01", value: "300.50" }], lastVerifiedOn: "2026-11-25" })] })] });
    expect(resolveParameter(topped, standard, on)).toMatchObject({ value: "1300.5", layer: "c", via: [{ layer: "c", kind: "topUp", label }] }); // 1000 + 300.50
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
    // the trace says the exception decided the first, and no override the second
    expect(ev.steps[0]?.override).toEqual({ kind: "exception", label });
    expect(ev.steps[1]?.override).toBeUndefined();
  });

  test("two layers of one level overriding the same parameter fail when the policy is built", () => {
    const o = replaceParameter(local, { label, citation: C, values: [{ from: "2020-01-01", value: "1" }], lastVerifiedOn: "2026-11-25" });
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city("a", { parameterOverrides: [o] }), city("b", { parameterOverrides: [o] })] })).toThrow(fault("double_override", { other: "a", layer: "b" }));
  });

  test("overriding what no layer above declares, declaring a parameter twice, or ordering levels upside down fails at load", () => {
    const stray = defineParameter<string>({ id: "t.stray", label, citation: C, values: [], lastVerifiedOn: "2026-11-25" });
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city("c", { parameterOverrides: [replaceParameter(stray, { label, citation: C, values: [], lastVerifiedOn: "2026-11-25" })] })] })).toThrow(fault("override_of_undeclared", { layer: "c" }));
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city("c", { parameters: [standard] })] })).toThrow(fault("duplicate_declaration", { declaredBy: "national.t", layer: "c" }));
    expect(() => buildPolicy({ id: "p", label, layers: [city("c", {}), national()] })).toThrow(fault("layer_order"));
    expect(() => buildPolicy({ id: "p", label, layers: [] })).toThrow(fault("empty_policy"));
  });

  test("a value that breaks a constraint of a layer above fails at load, naming the provision", () => {
    const floor = { parameter: standard, citation: cite("gbf2019.apprenticeship-floor", "§(十一)"), label: { zh: "不低于 4000 元", en: "at least 4000 yuan" }, test: (v: unknown) => Number(v) >= 4000 };
    const low = replaceParameter(standard, { label, citation: C, values: [{ from: "2020-01-01", value: "3999" }], lastVerifiedOn: "2026-11-25" });
    const ok = replaceParameter(standard, { label, citation: C, values: [{ from: "2020-01-01", value: "4000" }], lastVerifiedOn: "2026-11-25" });
    const base = national({ parameters: [{ ...standard, values: [] }, local], constraints: [floor] });
    expect(() => buildPolicy({ id: "p", label, layers: [base, city("c", { parameterOverrides: [low] })] })).toThrow(fault("breaks_constraint", { provision: "gbf2019.apprenticeship-floor", layer: "c" }));
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

describe("loading a policy checks the chain (each fault named in its message)", () => {
  test("a layer that appears twice is refused", () => {
    expect(() => buildPolicy({ id: "p", label, layers: [national(), national()] })).toThrow(fault("duplicate_layer", { policy: "p", layer: "national.t" }));
  });

  test("a county must lie inside its prefecture; a region that merely starts with the same letters does not", () => {
    const county = (region: string) => defineLayer({ id: `k.${region}`, level: "county", region, label, documents: [], scope: C });
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city("c", {}), county("example.city.east")] })).not.toThrow();
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city("c", {}), county("example.city")] })).not.toThrow();
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city("c", {}), county("example.cityscape")] })).toThrow(fault("layer_order", { layer: "k.example.cityscape" }));
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city("c", {}), county("other.city")] })).toThrow(fault("layer_order", { layer: "k.other.city" }));
  });

  test("a rule or a measure declared twice is refused; overriding it is the way", () => {
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city("c", { rules: [doubled] })] })).toThrow(fault("duplicate_declaration", { rule: "t.double", declaredBy: "national.t", layer: "c" }));
    const bound = bindMeasure("livingAllowance", doubled);
    expect(() => buildPolicy({ id: "p", label, layers: [national({ measures: [bound] }), city("c", { measures: [bound] })] })).toThrow(fault("duplicate_declaration", { measure: "livingAllowance", declaredBy: "national.t", layer: "c" }));
  });

  test("a measure's rule becomes a rule of the policy that a lower layer can override", () => {
    const decide = defineRule({ id: "t.measure", label, citation: C, run: () => "base" });
    const policy = buildPolicy({
      id: "p",
      label,
      layers: [national({ measures: [bindMeasure("appraisalSubsidy", decide)] }), city("c", { ruleOverrides: [replaceRule(decide, { label, citation: C, run: () => "city" })] })],
    });
    expect(new Evaluation(policy, on).use(decide, undefined)).toBe("city");
  });

  test("a rule may not be overridden by the layer that declares it, nor a rule no layer declares", () => {
    const stray = defineRule({ id: "t.stray", label, citation: C, run: () => 1 });
    expect(() => buildPolicy({ id: "p", label, layers: [national({ ruleOverrides: [replaceRule(doubled, { label, citation: C, run: () => 0 })] })] })).toThrow(fault("override_of_undeclared", { layer: "national.t", rule: "t.double" }));
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city("c", { ruleOverrides: [replaceRule(stray, { label, citation: C, run: () => 0 })] })] })).toThrow(fault("override_of_undeclared", { layer: "c", rule: "t.stray" }));
    const own = replaceParameter(standard, { label, citation: C, values: [], lastVerifiedOn: "2026-11-25" });
    expect(() => buildPolicy({ id: "p", label, layers: [national({ parameterOverrides: [own] })] })).toThrow(fault("override_of_undeclared", { layer: "national.t", parameter: "t.standard" }));
  });

  test("two layers of one level overriding the same rule fail; a rule and a parameter of the same id do not collide", () => {
    const r = replaceRule(doubled, { label, citation: C, run: () => 0 });
    expect(() => buildPolicy({ id: "p", label, layers: [national(), city("a", { ruleOverrides: [r] }), city("b", { ruleOverrides: [r] })] })).toThrow(fault("double_override", { target: "t.double", other: "a", layer: "b" }));
    const sameId = defineParameter<string>({ id: "t.double", label, citation: C, values: [], lastVerifiedOn: "2026-11-25" });
    const p = replaceParameter(sameId, { label, citation: C, values: [], lastVerifiedOn: "2026-11-25" });
    expect(() => buildPolicy({ id: "p", label, layers: [national({ parameters: [standard, local, sameId] }), city("a", { ruleOverrides: [r], parameterOverrides: [p] })] })).not.toThrow();
  });

  test("a constraint must name a declared parameter; it checks replaced values, not caps, top-ups or ends", () => {
    const floor = { parameter: standard, citation: cite("gbf2019.apprenticeship-floor", "§(十一)"), label: { zh: "不低于 4000 元", en: "at least 4000 yuan" }, test: (v: unknown) => Number(v) >= 4000 };
    const base = national({ parameters: [{ ...standard, values: [{ from: "2020-01-01", value: "4000" }] }, local], constraints: [floor] });
    const stray = defineParameter<string>({ id: "t.none", label, citation: C, values: [], lastVerifiedOn: "2026-11-25" });
    expect(() => buildPolicy({ id: "p", label, layers: [national({ constraints: [{ ...floor, parameter: stray }] })] })).toThrow(fault("override_of_undeclared", { layer: "national.t", parameter: "t.none" }));
    const ends = replaceParameter(standard, { label, citation: C, values: [{ from: "2020-01-01", value: "5000" }, { from: "2022-01-01", value: null }], lastVerifiedOn: "2026-11-25" });
    expect(() => buildPolicy({ id: "p", label, layers: [base, city("c", { parameterOverrides: [ends] })] })).not.toThrow();
    const topUp = topUpParameter(standard, { label, citation: C, values: [{ from: "2020-01-01", value: "100" }], lastVerifiedOn: "2026-11-25" });
    expect(() => buildPolicy({ id: "p", label, layers: [base, city("c", { parameterOverrides: [topUp] })] })).not.toThrow();
    expect(() => buildPolicy({ id: "p", label, layers: [national({ parameters: [{ ...standard, values: [{ from: "2020-01-01", value: "3999" }] }, local], constraints: [floor] })] })).toThrow(
      fault("breaks_constraint", { layer: "national.t", parameter: "t.standard", from: "2020-01-01", provision: "gbf2019.apprenticeship-floor" }),
    );
  });

  test("the policy's region is the most specific layer's", () => {
    expect(buildPolicy({ id: "p", label, layers: [national()] }).region).toBeNull();
    expect(buildPolicy({ id: "p", label, layers: [national(), city("c", {})] }).region).toBe("example.city");
  });

  test.each([
    ["a rule", (l: Layer) => ({ ...l, rules: [...(l.rules ?? []), defineRule({ id: "t.extra", label, citation: C, run: () => 0 })] })],
    ["a measure", (l: Layer) => ({ ...l, measures: [bindMeasure("livingAllowance", doubled)] })],
    ["a parameter override's value", (l: Layer) => ({ ...l, parameterOverrides: [replaceParameter(local, { label, citation: C, values: [{ from: "2020-01-01", value: "2" }], lastVerifiedOn: "2026-11-25" })] })],
    ["a rule override's label", (l: Layer) => ({ ...l, ruleOverrides: [replaceRule(doubled, { label: { zh: "改", en: "changed" }, citation: C, run: (_c, n) => n })] })],
    ["a constraint", (l: Layer) => ({ ...l, constraints: [{ parameter: standard, citation: C, label, test: () => true }] })],
    ["a parameter's lastVerifiedOn", (l: Layer) => ({ ...l, parameters: [{ ...standard, lastVerifiedOn: "2026-11-26" }, local] })],
  ])("the content hash changes when %s changes", (_what, change) => {
    const overridesBase = city("c", { parameterOverrides: [replaceParameter(local, { label, citation: C, values: [{ from: "2020-01-01", value: "1" }], lastVerifiedOn: "2026-11-25" })], ruleOverrides: [replaceRule(doubled, { label, citation: C, run: (_c, n) => n })] });
    const before = buildPolicy({ id: "p", label, layers: [national(), overridesBase] }).hash;
    const changedNational = change(national()) as Layer;
    const changedCity = change(overridesBase) as Layer;
    const a = (() => { try { return buildPolicy({ id: "p", label, layers: [changedNational, overridesBase] }).hash; } catch { return null; } })();
    const b = (() => { try { return buildPolicy({ id: "p", label, layers: [national(), changedCity] }).hash; } catch { return null; } })();
    expect([a, b].some((h) => h !== null && h !== before)).toBe(true);
  });
});

describe("resolving a parameter through overrides", () => {
  const policyWith = (over: Parameters<typeof city>[1]) => buildPolicy({ id: "p", label, layers: [national(), city("c", over)] });

  test("a replacement that ends (null) ends the parameter, citing the layer that ended it", () => {
    const policy = policyWith({ parameterOverrides: [replaceParameter(standard, { label, citation: cite("gbf2019.annual-cap", "§(十二)"), values: [{ from: "2021-01-01", value: null }], lastVerifiedOn: "2026-11-25" })] });
    expect(resolveParameter(policy, standard, civilDate("2020-12-31"))).toMatchObject({ value: "1000.00", layer: "national.t" });
    expect(resolveParameter(policy, standard, civilDate("2021-01-01"))).toEqual({ parameter: "t.standard", reason: "ended", layer: "c", citation: cite("gbf2019.annual-cap", "§(十二)") });
  });

  test("a cap not yet in force leaves the value above; once in force the value is in force from the later date", () => {
    const policy = policyWith({ parameterOverrides: [capParameter(standard, { label, citation: C, values: [{ from: "2020-07-01", value: "800" }], lastVerifiedOn: "2026-11-25" })] });
    expect(resolveParameter(policy, standard, civilDate("2020-06-30"))).toMatchObject({ value: "1000.00", from: "2020-01-01", layer: "national.t", via: [] });
    expect(resolveParameter(policy, standard, civilDate("2020-07-01"))).toMatchObject({ value: "800", from: "2020-07-01", layer: "c" });
  });

  test("a top-up on a value that is not in force adds nothing and stays unresolved", () => {
    const policy = policyWith({ parameterOverrides: [topUpParameter(local, { label, citation: C, values: [{ from: "2020-01-01", value: "5" }], lastVerifiedOn: "2026-11-25" })] });
    expect(resolveParameter(policy, local, on)).toMatchObject({ reason: "no_values", layer: "national.t" });
  });

  test("a parameter the policy does not know resolves from its own values, saying so", () => {
    const policy = buildPolicy({ id: "p", label, layers: [national()] });
    const stranger = defineParameter<string>({ id: "t.stranger", label, citation: C, values: [{ from: "2020-01-01", value: "7" }], lastVerifiedOn: "2026-11-25" });
    expect(resolveParameter(policy, stranger, on)).toMatchObject({ value: "7", layer: "(not in policy)" });
  });
});

describe("the trace", () => {
  test("records each rule with its depth, its result, the citation of the override that decided and the parameters it read", () => {
    const inner = defineRule({ id: "t.inner", label, citation: C, run: (ctx, _: null) => ctx.param(standard, on) });
    const outer = defineRule({ id: "t.outer", label, citation: C, run: (ctx, n: number) => (ctx.use(inner, null), ctx.use(doubled, n)) });
    const overrideCitation = cite("gbf2019.scope-adjustment", "§(十二)");
    const policy = buildPolicy({ id: "p", label, layers: [national({ rules: [doubled, inner, outer] }), city("c", { ruleOverrides: [replaceRule(doubled, { label, citation: overrideCitation, run: (_c, n) => `${n}!` as unknown as number })] })] });
    const ev = new Evaluation(policy, on);
    expect(ev.use(outer, 2)).toBe("2!");
    expect(ev.steps.map((s) => [s.depth, s.rule, s.layer, s.result, s.citation.provision])).toEqual([
      [0, "t.outer", "national.t", "2!", "gbf2019.local-standards"],
      [1, "t.inner", "national.t", null, "gbf2019.local-standards"],
      [1, "t.double", "c", "2!", "gbf2019.scope-adjustment"],
    ]);
    expect(ev.steps[1]?.parameters).toEqual([
      { parameter: "t.standard", on, value: "1000.00", inForceFrom: "2020-01-01", layer: "national.t", citation: C, via: [] },
    ]);
    expect(ev.steps[0]).not.toHaveProperty("override");
    expect(ev.steps[2]?.override).toEqual({ kind: "replace", label });
  });

  test("summarises results: outcomes, checks, plain values; objects of other shapes as null", () => {
    const r = (v: unknown) => defineRule({ id: `t.v${JSON.stringify(v)}`, label, citation: C, run: () => v });
    const values: unknown[] = [null, "text", 3, false, { outcome: "denied" }, { pass: true }, { pass: "unknown" }, { other: 1 }, [1], [null, { pass: true }], [], [{ pass: true }, { pass: "unknown" }], [{ pass: "unknown" }, { pass: false }], { checks: [{ pass: true }] }, undefined, { checks: "not a list" }];
    const rules = values.map(r);
    const policy = buildPolicy({ id: "p", label, layers: [national({ rules: [doubled, ...rules] })] });
    const ev = new Evaluation(policy, on);
    for (const rule of rules) ev.use(rule, undefined);
    // lists of checks fold (false over unknown over true); a list with anything else, or an empty one, is null; a route shows its checks
    expect(ev.steps.map((s) => s.result)).toEqual([null, "text", 3, false, "denied", true, "unknown", null, null, null, null, "unknown", false, true, null, null]);
  });

  test("a rule no layer declares still runs, its layer shown as unbound", () => {
    const policy = buildPolicy({ id: "p", label, layers: [national()] });
    const loose = defineRule({ id: "t.loose", label, citation: C, run: () => 1 });
    const ev = new Evaluation(policy, on);
    expect(ev.use(loose, undefined)).toBe(1);
    expect(ev.steps[0]?.layer).toBe("(unbound)");
  });

  test("a parameter read outside any rule is not written into the trace", () => {
    const ev = new Evaluation(buildPolicy({ id: "p", label, layers: [national()] }), on);
    expect(ev.param(standard, on)).toMatchObject({ value: "1000.00" });
    expect(ev.steps).toEqual([]);
  });
});

describe("what the trace and the fold of checks record", () => {
  test("a parameter read with no value in force records why, with no overrides", () => {
    const rule = defineRule({ id: "t.reader", label, citation: C, run: (ctx, _: null) => ctx.param(local, on) });
    const ev = new Evaluation(buildPolicy({ id: "p", label, layers: [national({ rules: [doubled, rule] })] }), on);
    ev.use(rule, null);
    expect(ev.steps[0]?.parameters[0]).toEqual({ parameter: "t.local", on, value: null, inForceFrom: null, layer: "national.t", citation: C, via: [], missing: "no_values" });
  });

  test("a denial lists no missing facts; an unknown check without missing facts adds none", async () => {
    const { combineChecks } = await import("./decision.js");
    const reason = { code: "no_attended_days" as const, citation: C, facts: { courseId: "K1" } };
    expect(combineChecks([{ pass: false, reason }, { pass: "unknown", reason, missing: ["x"] }])).toEqual({ outcome: "denied", reasons: [reason], missingFacts: [] });
    expect(combineChecks([{ pass: "unknown", reason }])).toEqual({ outcome: "undecidable", reasons: [reason], missingFacts: [] });
    expect(combineChecks([{ pass: "unknown", reason, missing: ["a", "b"] }, { pass: "unknown", reason, missing: ["b"] }]).missingFacts).toEqual(["a", "b"]);
  });

  test("a line without a fund has no fund field; a line with one keeps it", async () => {
    const { finishLine } = await import("./decision.js");
    const { amount } = await import("./money.js");
    const base = { label, citation: C, payee: { kind: "trainee" as const, id: "P1" }, quantity: 3, unit: "day", rate: amount("50"), layer: "c" };
    expect(finishLine(base)).not.toHaveProperty("fund");
    expect(finishLine({ ...base, fund: "employmentSubsidyFund" })).toMatchObject({ fund: "employmentSubsidyFund", amount: "150.00" }); // 50 × 3
  });
});

describe("policy.parameters and policy.parameter: each parameter's values over time, by layer and citation", () => {
  test("the declaring layer's values, then each layer's change with its values, each until the next or the change's end", () => {
    const rate = cite("gbf2019.scope-adjustment", "§(十二)");
    const policy = buildPolicy({
      id: "p",
      label,
      layers: [
        national(),
        city("c", {
          parameterOverrides: [
            replaceParameter(local, { label, citation: rate, values: [{ from: "2020-01-01", value: "50.00" }, { from: "2021-01-01", value: "60.00", passage: "示例" }], until: "2022-01-01", lastVerifiedOn: "2026-11-25" }),
            capParameter(standard, { label, citation: rate, values: [{ from: "2020-06-01", value: "800" }], lastVerifiedOn: "2026-11-25" }),
          ],
        }),
      ],
    });
    expect(policy.parameters.map((p) => p.id)).toEqual(["t.standard", "t.local"]);
    expect(policy.parameter("t.local")).toMatchObject({
      id: "t.local",
      declaredBy: "national.t",
      changes: [{ layer: "c", level: "prefecture", kind: "replace", label, citation: rate, until: "2022-01-01" }],
      values: [
        { layer: "c", kind: "replace", from: "2020-01-01", until: "2021-01-01", value: "50.00", citation: rate, passage: null },
        { layer: "c", kind: "replace", from: "2021-01-01", until: "2022-01-01", value: "60.00", citation: rate, passage: "示例" },
      ],
    });
    expect(policy.parameter("t.standard")?.values.map((v) => [v.layer, v.kind, v.from, v.until, v.value])).toEqual([
      ["national.t", "declared", "2020-01-01", null, "1000.00"],
      ["c", "cap", "2020-06-01", null, "800"],
    ]);
    expect(policy.parameter("t.none")).toBeUndefined();
  });
});
