// Overrides that end on a day, rule overrides dated to a text's days, the days a value may change on, caps over changing values, and the text the content hash is taken of.
import { describe, expect, it } from "vitest";
import { cite } from "./citation.js";
import type { Layer, RuleOverride } from "./layer.js";
import { buildPolicy, canonicalJson, capParameter, defineLayer, defineRule, replaceParameter, replaceRule, ruleException } from "./layer.js";
import { defineParameter } from "./parameter.js";
import { Evaluation, parameterChangePoints, resolveParameter } from "./decision.js";
import { fault } from "../../test/support/fault.js";

const citation = cite("gbf2019.local-standards", "§(十二)");
const p = defineParameter<string>({ id: "x.rate", label: { zh: "x", en: "x" }, citation, values: [{ from: "2019-01-01", value: "1.00" }], lastVerifiedOn: "2026-11-25" });
const base = defineLayer({ id: "n.base", level: "national", region: null, label: { zh: "b", en: "b" }, documents: [], scope: citation, parameters: [p] });

describe("an override that ends on a day (`until`): from then on the value above holds again", () => {
  const ending = (until: string, values: { from: string; value: string }[] = [{ from: "2021-01-01", value: "2.00" }]): Layer =>
    defineLayer({
      id: "n.end",
      level: "national",
      region: null,
      label: { zh: "e", en: "e" },
      documents: [],
      scope: citation,
      parameterOverrides: [replaceParameter(p, { label: { zh: "e", en: "e" }, citation, values, until, lastVerifiedOn: "2026-11-25" })],
    });
  const build = (layer: Layer) => buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [base, layer] });

  it("the override's value holds up to the day before `until`; on `until` the declaring layer's value is back", () => {
    const policy = build(ending("2022-01-01"));
    expect(resolveParameter(policy, p, "2021-12-31" as never)).toMatchObject({ value: "2.00", layer: "n.end" });
    expect(resolveParameter(policy, p, "2022-01-01" as never)).toMatchObject({ value: "1.00", layer: "n.base", via: [] });
  });

  it("`until` the day after the last value is accepted; on the last value's own day or before it, or not a date, it is refused", () => {
    expect(() => build(ending("2021-01-02"))).not.toThrow();
    expect(() => build(ending("2021-01-01"))).toThrow(fault("invalid_override_end", { policy: "p", layer: "n.end", parameter: "x.rate" }));
    expect(() => build(ending("2020-12-31"))).toThrow(fault("invalid_override_end"));
    expect(() => build(ending("2021-13-01"))).toThrow(fault("invalid_override_end"));
    // the last value, not the first, is the one `until` must follow
    expect(() => build(ending("2021-06-01", [{ from: "2021-01-01", value: "2.00" }, { from: "2021-07-01", value: "2.50" }]))).toThrow(fault("invalid_override_end", { layer: "n.end" }));
  });

  it("an override with no values cannot say when it ends", () => {
    expect(() => build(ending("2021-01-02", []))).toThrow(fault("invalid_override_end", { layer: "n.end" }));
  });
});

describe("the days a value may change on, across a layer's `until`", () => {
  it("an override's last day is a change point: the value above holds again from `until`", () => {
    const ending = defineLayer({
      id: "n.end",
      level: "national",
      region: null,
      label: { zh: "e", en: "e" },
      documents: [],
      scope: citation,
      parameterOverrides: [replaceParameter(p, { label: { zh: "e", en: "e" }, citation, values: [{ from: "2021-01-01", value: "2.00" }], until: "2021-07-01", lastVerifiedOn: "2026-11-25" })],
    });
    const policy = buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [base, ending] });
    // 2019-01-01 (declared) is before the span; 2021-01-01 (override) and 2021-07-01 (until) fall inside it
    expect(parameterChangePoints(policy, p, "2020-12-01" as never, "2021-12-31" as never)).toEqual(["2020-12-01", "2021-01-01", "2021-07-01"]);
    // a span that ends the day before `until` does not contain it; one starting on it has no change inside
    expect(parameterChangePoints(policy, p, "2021-02-01" as never, "2021-06-30" as never)).toEqual(["2021-02-01"]);
    expect(parameterChangePoints(policy, p, "2021-07-01" as never, "2021-12-31" as never)).toEqual(["2021-07-01"]);
    // a parameter the policy does not declare changes where its own values do
    const stranger = defineParameter<string>({ id: "x.stranger", label: { zh: "s", en: "s" }, citation, values: [{ from: "2021-03-01", value: "9" }], lastVerifiedOn: "2026-11-25" });
    expect(parameterChangePoints(policy, stranger, "2021-01-01" as never, "2021-12-31" as never)).toEqual(["2021-01-01", "2021-03-01"]);
  });
});

describe("canonicalJson — the stable text the content hash is taken of", () => {
  it("sorts object keys, drops undefined members and writes what JSON cannot represent as null, as JSON.stringify does in arrays", () => {
    expect(canonicalJson({ b: 1, a: [undefined, "x", () => 0], c: undefined })).toBe('{"a":[null,"x",null],"b":1}');
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  });
});

describe("a cap or top-up over a value that changes later: in force from the later of the two dates", () => {
  it("a cap in force since 2019 over a value set anew in 2021 is in force, capped, from 2021", () => {
    const changing = defineParameter<string>({ id: "x.changing", label: { zh: "x", en: "x" }, citation, values: [{ from: "2019-01-01", value: "500.00" }, { from: "2021-01-01", value: "1200.00" }], lastVerifiedOn: "2026-11-25" });
    const decl = defineLayer({ id: "n.decl", level: "national", region: null, label: { zh: "d", en: "d" }, documents: [], scope: citation, parameters: [changing] });
    const capping = defineLayer({
      id: "zj.cap",
      level: "province",
      region: "example",
      label: { zh: "c", en: "c" },
      documents: [],
      scope: citation,
      parameterOverrides: [capParameter(changing, { label: { zh: "c", en: "c" }, citation, values: [{ from: "2019-06-01", value: "800.00" }], lastVerifiedOn: "2026-11-25" })],
    });
    const policy = buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [decl, capping] });
    // 2020: 500 is under the cap of 800, in force since the cap (2019-06-01), the later date
    expect(resolveParameter(policy, changing, "2020-06-01" as never)).toMatchObject({ value: "500.00", from: "2019-06-01", layer: "zj.cap" });
    // 2021: 1200 capped at 800, in force since 2021-01-01 (the value's date, later than the cap's)
    expect(resolveParameter(policy, changing, "2021-06-01" as never)).toMatchObject({ value: "800.00", from: "2021-01-01", layer: "zj.cap" });
  });
});

describe("a dated rule override (`from`, `until`): a text's own rule governs its own days, the rule above it the others", () => {
  const rule = defineRule({ id: "x.who", label: { zh: "w", en: "w" }, citation, run: (_ctx, n: number) => `base ${n}` });
  const ruled = defineLayer({ id: "n.rule", level: "national", region: null, label: { zh: "r", en: "r" }, documents: [], scope: citation, rules: [rule] });
  const local = (override: RuleOverride): Layer => defineLayer({ id: "c.local", level: "prefecture", region: "c", label: { zh: "l", en: "l" }, documents: [], scope: citation, ruleOverrides: [override] });
  const exception = (period: { from?: string; until?: string }) => ruleException(rule, { label: { zh: "e", en: "e" }, citation, ...period, applies: (_ctx, n) => n > 0, run: (_ctx, n) => `local ${n}` });
  const build = (override: RuleOverride) => buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [ruled, local(override)] });
  const use = (override: RuleOverride, on: string, days?: { first: string; last: string }) => new Evaluation(build(override), on as never).use(rule, 1, days as never);

  it("an exception from 2019-12-13 until 2022-01-01 decides on 2019-12-13 and 2021-12-31, not on 2019-12-12 or 2022-01-01 (the day judged, by default)", () => {
    const o = exception({ from: "2019-12-13", until: "2022-01-01" });
    expect(use(o, "2019-12-12")).toBe("base 1");
    expect(use(o, "2019-12-13")).toBe("local 1");
    expect(use(o, "2021-12-31")).toBe("local 1");
    expect(use(o, "2022-01-01")).toBe("base 1");
  });

  it("asked for days, it decides when one of them is in force: a course 2019-12-05 … 2019-12-13 or 2021-12-31 … 2022-01-05 is its; 2022-03-01 … 2022-03-10 and 2019-09-01 … 2019-12-12 are not", () => {
    const o = exception({ from: "2019-12-13", until: "2022-01-01" });
    expect(use(o, "2023-01-01", { first: "2019-12-05", last: "2019-12-13" })).toBe("local 1");
    expect(use(o, "2023-01-01", { first: "2021-12-31", last: "2022-01-05" })).toBe("local 1");
    expect(use(o, "2021-06-01", { first: "2022-03-01", last: "2022-03-10" })).toBe("base 1");
    expect(use(o, "2021-06-01", { first: "2019-09-01", last: "2019-12-12" })).toBe("base 1");
  });

  it("undated, an override decides on every day, as before; a dated replacement governs its days too", () => {
    expect(use(exception({}), "1990-01-01")).toBe("local 1");
    const replacement = replaceRule(rule, { label: { zh: "r", en: "r" }, citation, from: "2020-01-01", run: (_ctx, n) => `replaced ${n}` });
    expect(use(replacement, "2019-12-31")).toBe("base 1");
    expect(use(replacement, "2020-01-01")).toBe("replaced 1");
  });

  it("a period that is not dates, or ends on or before it starts, is refused when the policy is built", () => {
    expect(() => build(exception({ from: "2019-13-01" }))).toThrow(fault("invalid_civil_date", { layer: "c.local", rule: "x.who" }));
    expect(() => build(exception({ from: "2020-01-01", until: "2020-01-01" }))).toThrow(fault("invalid_override_end", { layer: "c.local", rule: "x.who" }));
    expect(() => build(exception({ until: "soon" }))).toThrow(fault("invalid_override_end"));
  });

  it("the period is part of the policy's content: the same exception with other days hashes differently", () => {
    expect(build(exception({ from: "2019-12-13" })).hash).not.toBe(build(exception({ from: "2019-12-14" })).hash);
    expect(build(exception({})).hash).not.toBe(build(exception({ until: "2022-01-01" })).hash);
  });
});
