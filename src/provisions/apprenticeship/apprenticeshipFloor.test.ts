import { describe, expect, it } from "vitest";
import { nationalPolicy } from "../../jurisdictions/policies.js";
import { meetsApprenticeshipFloor } from "./apprenticeshipFloor.js";
import { fault } from "../../../test/support/fault.js";
import { cityWith } from "../../../test/support/apprenticeship.js";


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
