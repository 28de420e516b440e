import { describe, expect, it } from "vitest";
import { cite } from "./citation.js";
import { buildPolicy, defineLayer, replaceParameter } from "./layer.js";
import type { Layer } from "./layer.js";
import { defineParameter } from "./parameter.js";
import { resolveParameter } from "./decision.js";
import { fault } from "../../test/support/fault.js";

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
    expect(() => buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [base, over("n.a", "2021-01-01", "2.00"), over("n.b", "2025-01-01", "3.00")] })).toThrow(fault("double_override", { layer: "n.b", other: "n.a" }));
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
    expect(() => buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [base, over("n.a", "2021-01-01", "2.00", "n.b"), over("n.b", "2025-01-01", "3.00")] })).toThrow(fault("layer_order", { layer: "n.a" }));
  });
  it("a layer follows only a layer of its own level", () => {
    const province = { ...over("prov", "2021-01-01", "2.00", "n.base"), level: "province" as const, region: "example" };
    expect(() => buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [base, province] })).toThrow(fault("layer_order", { layer: "prov" }));
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
      fault("double_override", { policy: "p", target: "x.rate", other: "n.a", layer: "n.c" }),
    );
  });

  it("a layer that follows itself is refused: the text it follows must come before it", () => {
    expect(() => buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: layers(over("n.a", "2021-01-01", "2.00", "n.a")) })).toThrow(fault("layer_order", { policy: "p", layer: "n.a" }));
  });

  it("following a layer no policy layer has is refused", () => {
    expect(() => buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: layers(over("n.a", "2021-01-01", "2.00", "n.gone")) })).toThrow(fault("layer_order", { layer: "n.a" }));
  });

  it("the fault for following another level names both layers", () => {
    const province = { ...over("prov", "2021-01-01", "2.00", "n.base"), level: "province" as const, region: "example" };
    expect(() => buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [base, province] })).toThrow(fault("layer_order", { policy: "p", layer: "prov" }));
  });
});
