import { describe, expect, it } from "vitest";
import { tieredStandard } from "./differentiatedStandard.js";

describe("tieredStandard — op2025.differentiated-subsidy: the pack prices the catalogue's shortage tiers", () => {
  it("a factor multiplies the standard, exactly", () => {
    // 1000 × 1.2 = 1200
    expect(tieredStandard("1000.00", "A", { A: { factor: "1.2" } }).toFixed(2)).toBe("1200.00");
    // 333.33 × 1.5 = 499.995, not rounded here (the paid line rounds once)
    expect(tieredStandard("333.33", "A", { A: { factor: "1.5" } }).toString()).toBe("499.995");
  });
  it("an amount replaces the standard", () => {
    // tier B priced at 1800 replaces 1000
    expect(tieredStandard("1000.00", "B", { B: { amount: "1800.00" } }).toFixed(2)).toBe("1800.00");
  });
  it("no tier, an unpriced tier, or no pricing in force: the standard stands", () => {
    // 1000 unchanged in each case (the factor 2 would have made it 2000)
    expect(tieredStandard("1000.00", undefined, { A: { factor: "2" } }).toFixed(2)).toBe("1000.00");
    expect(tieredStandard("1000.00", "Z", { A: { factor: "2" } }).toFixed(2)).toBe("1000.00");
    expect(tieredStandard("1000.00", "A", undefined).toFixed(2)).toBe("1000.00");
    // a row with no tier is never priced, even by pricing that happens to have a key "undefined"
    expect(tieredStandard("1000.00", undefined, { undefined: { factor: "2" } }).toFixed(2)).toBe("1000.00");
  });
});
