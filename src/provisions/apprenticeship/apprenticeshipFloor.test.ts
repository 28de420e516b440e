import { describe, expect, it } from "vitest";
import { cite } from "../../core/citation.js";
import { buildPolicy, defineLayer, replaceParameter } from "../../core/layer.js";
import { nationalPolicy } from "../../jurisdictions/policies.js";
import type { ApprenticeshipStandard } from "./apprenticeshipFloor.js";
import { apprenticeshipAnnualStandard, meetsApprenticeshipFloor } from "./apprenticeshipFloor.js";
import { fault } from "../../../test/support/fault.js";

function cityWith(value: ApprenticeshipStandard) {
  const city = defineLayer({
    id: "example.city",
    level: "prefecture",
    region: "example.city",
    label: { zh: "示例市（示意）", en: "example city (illustrative)" },
    documents: ["gbf2019"],
    scope: cite("gbf2019.local-standards", "§(十二)"),
    parameterOverrides: [
      replaceParameter(apprenticeshipAnnualStandard, {
        label: { zh: "示例学徒补贴标准", en: "example apprenticeship standard" },
        citation: cite("gbf2019.local-standards", "§(十二)"),
        values: [{ from: "2020-01-01", value }],
        lastVerifiedOn: "2026-11-25",
      }),
    ],
  });
  return () => buildPolicy({ id: "example", label: { zh: "示例", en: "example" }, layers: [...nationalPolicy().layers, city] });
}

describe("apprenticeshipFloor — gbf2019.apprenticeship-floor: at least 4000 yuan per apprentice per year", () => {
  it("a city standard of 4000 yuan is valid", () => {
    expect(cityWith("4000.00")).not.toThrow();
  });
  it.each(["3999", "3999.99"])("a city standard of %s yuan is invalid when the policy is built, naming the provision", (value) => {
    expect(cityWith(value)).toThrow(fault("breaks_constraint", { provision: "gbf2019.apprenticeship-floor" }));
  });
  it("a table by category must meet the floor in every row: 6000 and 4000 pass, 6000 and 3999 fail", () => {
    expect(cityWith({ manufacturing: "6000.00", services: "4000.00" })).not.toThrow();
    expect(cityWith({ manufacturing: "6000.00", services: "3999.00" })).toThrow(fault("breaks_constraint", { provision: "gbf2019.apprenticeship-floor" }));
  });
  it("an empty table sets no standard and is invalid", () => {
    expect(meetsApprenticeshipFloor({})).toBe(false);
  });
  it("the national layer itself sets no standard (local)", () => {
    expect(nationalPolicy().parameter("apprenticeship.annualStandard")?.values).toEqual([]);
  });
});
