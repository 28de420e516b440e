import { describe, expect, it } from "vitest";
import { amount } from "../../core/money.js";
import { capAtFee } from "./costSharing.js";

describe("capAtFee — op2025.cost-sharing: the subsidy never exceeds the fee actually charged", () => {
  it("a 1000 yuan subsidy on an 800 yuan fee is 800", () => {
    // 1000 yuan standard capped at the 800 yuan fee charged
    expect(capAtFee(amount("1000"), "800.00").toFixed(2)).toBe("800.00");
  });
  it("a fee one fen above or equal to the subsidy leaves the subsidy", () => {
    // min(1000, 1000.01) = 1000; min(1000, 1000) = 1000
    expect(capAtFee(amount("1000"), "1000.01").toFixed(2)).toBe("1000.00");
    expect(capAtFee(amount("1000"), "1000.00").toFixed(2)).toBe("1000.00");
  });
  it("an unknown fee leaves the subsidy; a free course (fee 0) gets nothing", () => {
    // no fee known: 1000 stands; min(1000, 0) = 0
    expect(capAtFee(amount("1000"), undefined).toFixed(2)).toBe("1000.00");
    expect(capAtFee(amount("1000"), "0").toFixed(2)).toBe("0.00");
  });
});
