import { describe, expect, test } from "vitest";
import { cite } from "./citation.js";
import { civilDate } from "./date.js";
import type { Parameter } from "./parameter.js";
import { defineParameter, valueAt } from "./parameter.js";
import { fault } from "../../test/support/fault.js";

const rate: Parameter<string> = defineParameter({
  id: "test.rate",
  label: { zh: "测试", en: "test" },
  citation: cite("gbf2019.scope-adjustment", "§(十二)"),
  values: [
    { from: "2019-12-13", value: "50.00" },
    { from: "2021-01-01", value: "60.00" },
    { from: "2022-01-01", value: null },
  ],
  lastVerifiedOn: "2026-11-25",
});

describe("dated parameters", () => {
  test("before its first date no value is in force yet", () => {
    expect(valueAt(rate, civilDate("2019-12-12"))).toEqual({ inForce: false, reason: "not_yet", from: null });
  });

  test("a value is in force from its date until the next one", () => {
    const first = valueAt(rate, civilDate("2019-12-13"));
    expect(first).toMatchObject({ inForce: true, value: "50.00", from: "2019-12-13", until: "2021-01-01" });
    expect(valueAt(rate, civilDate("2020-12-31"))).toMatchObject({ value: "50.00" });
    expect(valueAt(rate, civilDate("2021-01-01"))).toMatchObject({ value: "60.00", until: "2022-01-01" });
  });

  test("a null value ends the parameter", () => {
    expect(valueAt(rate, civilDate("2021-12-31"))).toMatchObject({ inForce: true, value: "60.00" });
    expect(valueAt(rate, civilDate("2022-01-01"))).toEqual({ inForce: false, reason: "ended", from: "2022-01-01" });
  });

  test("a parameter without values says so", () => {
    expect(valueAt({ ...rate, values: [] }, civilDate("2020-01-01"))).toEqual({ inForce: false, reason: "no_values", from: null });
  });

  test("the citation of a value is its own when it has one, else the parameter's", () => {
    const p = defineParameter({ ...rate, values: [{ from: "2020-01-01", value: "1.00", citation: cite("gbf2019.annual-cap", "§(十二)") }] });
    expect(valueAt(p, civilDate("2020-01-01"))).toMatchObject({ citation: { provision: "gbf2019.annual-cap" } });
    expect(valueAt(rate, civilDate("2020-01-01"))).toMatchObject({ citation: { provision: "gbf2019.scope-adjustment" } });
  });

  test("dates out of order, impossible dates and a bad lastVerifiedOn are configuration faults", () => {
    expect(() => defineParameter({ ...rate, values: [{ from: "2021-01-01", value: "1" }, { from: "2020-01-01", value: "2" }] })).toThrow(fault("invalid_parameter", { field: "values" }));
    expect(() => defineParameter({ ...rate, values: [{ from: "2021-02-29", value: "1" }] })).toThrow(fault("invalid_parameter", { field: "from" }));
    expect(() => defineParameter({ ...rate, lastVerifiedOn: "soon" })).toThrow(fault("invalid_parameter", { field: "lastVerifiedOn" }));
  });
});

test("two values may not start on the same day", () => {
  expect(() => defineParameter({ ...rate, values: [{ from: "2020-01-01", value: "1" }, { from: "2020-01-01", value: "2" }] })).toThrow(
    fault("invalid_parameter", { parameter: "test.rate", field: "values", from: "2020-01-01" }),
  );
});
