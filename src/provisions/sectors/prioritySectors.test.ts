import { describe, expect, it } from "vitest";
import { resolveParameter } from "../../core/decision.js";
import { nationalFrameworksPolicy } from "../../jurisdictions/policies.js";
import { isPrioritySector, prioritySectors } from "./prioritySectors.js";

describe("prioritySectors — op2025.sectors 二(一)–(六)", () => {
  it("six sectors from 2025-06-20, none the day before", () => {
    const on = resolveParameter(nationalFrameworksPolicy(), prioritySectors, "2025-06-20" as never);
    expect("value" in on ? on.value : []).toEqual(["advancedManufacturing", "digitalEconomy", "lowAltitudeEconomy", "transport", "agricultureAndRural", "lifeServices"]);
    expect("value" in resolveParameter(nationalFrameworksPolicy(), prioritySectors, "2025-06-19" as never)).toBe(false);
  });
  it("a project tagged with a listed sector is a priority; an untagged one is not", () => {
    expect(isPrioritySector("lowAltitudeEconomy", ["lowAltitudeEconomy"])).toBe(true);
    expect(isPrioritySector(undefined, ["lowAltitudeEconomy"])).toBe(false);
    expect(isPrioritySector("transport", ["lowAltitudeEconomy"])).toBe(false);
  });
});
