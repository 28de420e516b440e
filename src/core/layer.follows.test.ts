import { describe, expect, it } from "vitest";
import { SkillsSubsidyError } from "./assert.js";
import { cite } from "./citation.js";
import { buildPolicy, canonicalJson, defineLayer, replaceParameter } from "./layer.js";
import type { Layer } from "./layer.js";
import { defineParameter } from "./parameter.js";
import { parameterChangePoints, resolveParameter } from "./decision.js";

const citation = cite("gbf2019.local-standards", "§(十二)");
const p = defineParameter<string>({ id: "x.rate", label: { zh: "x", en: "x" }, citation, values: [{ from: "2019-01-01", value: "1.00" }], lastVerifiedOn: "2026-11-25" });
const base = defineLayer({ id: "n.base", level: "national", region: null, label: { zh: "b", en: "b" }, documents: [], scope: citation, parameters: [p] });
const over = (id: string, from: string, value: string, follows?: string): Layer =>
  defineLayer({
    id,
    level: "national",
    region: null,
    label: { zh: id, en: id },
    documents: [],
    scope: citation,
    ...(follows === undefined ? {} : { follows }),
    parameterOverrides: [replaceParameter(p, { label: { zh: id, en: id }, citation, values: [{ from, value }], lastVerifiedOn: "2026-11-25" })],
  });

describe("layers that follow an earlier text of the same level", () => {
  it("two national layers overriding one parameter without saying which follows which is a configuration fault", () => {
    expect(() => buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [base, over("n.a", "2021-01-01", "2.00"), over("n.b", "2025-01-01", "3.00")] })).toThrow(SkillsSubsidyError);
  });
  it("a layer that follows the earlier one may override the same parameter; each value holds from its own date", () => {
    const policy = buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [base, over("n.a", "2021-01-01", "2.00"), over("n.b", "2025-01-01", "3.00", "n.a")] });
    const at = (date: string) => resolveParameter(policy, p, date as never);
    expect(at("2020-12-31")).toMatchObject({ value: "1.00", layer: "n.base" });
    expect(at("2021-01-01")).toMatchObject({ value: "2.00", layer: "n.a" });
    expect(at("2024-12-31")).toMatchObject({ value: "2.00", layer: "n.a" });
    expect(at("2025-01-01")).toMatchObject({ value: "3.00", layer: "n.b" });
  });
  it("following a layer that does not come before is a configuration fault", () => {
    expect(() => buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [base, over("n.a", "2021-01-01", "2.00", "n.b"), over("n.b", "2025-01-01", "3.00")] })).toThrow(/follows n\.b/);
  });
  it("a layer follows only a layer of its own level", () => {
    const province = { ...over("prov", "2021-01-01", "2.00", "n.base"), level: "province" as const, region: "zhejiang" };
    expect(() => buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [base, province] })).toThrow(/another level/);
  });
});

describe("following is transitive, and only following excuses a second override of one level", () => {
  const layers = (...more: Layer[]) => [base, ...more];
  const quiet = (id: string, follows?: string): Layer =>
    defineLayer({ id, level: "national", region: null, label: { zh: id, en: id }, documents: [], scope: citation, ...(follows === undefined ? {} : { follows }) });

  it("a layer that follows one that followed the first may override what the first overrode, even when the middle text is silent on it", () => {
    const policy = buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: layers(over("n.a", "2021-01-01", "2.00"), quiet("n.b", "n.a"), over("n.c", "2025-01-01", "3.00", "n.b")) });
    expect(resolveParameter(policy, p, "2024-12-31" as never)).toMatchObject({ value: "2.00", layer: "n.a" });
    expect(resolveParameter(policy, p, "2025-01-01" as never)).toMatchObject({ value: "3.00", layer: "n.c", via: [{ layer: "n.a", kind: "replace" }, { layer: "n.c", kind: "replace" }] });
  });

  it("following a text that does not itself follow the first does not excuse the second override; the fault names both layers and the parameter", () => {
    expect(() => buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: layers(quiet("n.x"), over("n.a", "2021-01-01", "2.00"), over("n.c", "2025-01-01", "3.00", "n.x")) })).toThrow(
      "[skills-subsidy] policy p: parameter x.rate is overridden by two national layers (n.a and n.c); one override per level",
    );
  });

  it("a layer that follows itself is refused: the text it follows must come before it", () => {
    expect(() => buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: layers(over("n.a", "2021-01-01", "2.00", "n.a")) })).toThrow(
      "policy p: layer n.a follows n.a, which does not come before it",
    );
  });

  it("following a layer no policy layer has is refused", () => {
    expect(() => buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: layers(over("n.a", "2021-01-01", "2.00", "n.gone")) })).toThrow("layer n.a follows n.gone, which does not come before it");
  });

  it("the fault for following another level names both layers", () => {
    const province = { ...over("prov", "2021-01-01", "2.00", "n.base"), level: "province" as const, region: "zhejiang" };
    expect(() => buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [base, province] })).toThrow(
      "policy p: layer prov follows n.base of another level; a layer follows only an earlier text of its own level",
    );
  });
});

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
    expect(() => build(ending("2021-01-01"))).toThrow("policy p: layer n.end overrides x.rate until 2021-01-01, which is not a date after its last value");
    expect(() => build(ending("2020-12-31"))).toThrow("not a date after its last value");
    expect(() => build(ending("2021-13-01"))).toThrow("not a date after its last value");
    // the last value, not the first, is the one `until` must follow
    expect(() => build(ending("2021-06-01", [{ from: "2021-01-01", value: "2.00" }, { from: "2021-07-01", value: "2.50" }]))).toThrow("until 2021-06-01");
  });

  it("an override with no values cannot say when it ends", () => {
    expect(() => build(ending("2021-01-02", []))).toThrow("until 2021-01-02, which is not a date after its last value");
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
  });
});

describe("canonicalJson — the stable text the content hash is taken of", () => {
  it("sorts object keys, drops undefined members and writes what JSON cannot represent as null, as JSON.stringify does in arrays", () => {
    expect(canonicalJson({ b: 1, a: [undefined, "x", () => 0], c: undefined })).toBe('{"a":[null,"x",null],"b":1}');
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  });
});
