import { Decimal } from "decimal.js";
import { afterEach, describe, expect, test } from "vitest";
import { amount, min, sum, toYuan } from "./money.js";

describe("money", () => {
  afterEach(() => {
    Decimal.set({ rounding: Decimal.ROUND_HALF_UP, precision: 20 });
  });

  test("a paid amount is written in yuan with two decimals", () => {
    expect(toYuan(amount("50").times(7))).toBe("350.00"); // 50 yuan/day × 7 days
    expect(toYuan(amount(0))).toBe("0.00");
  });

  test("rounding is half-up to the fen, once, at the end", () => {
    expect(toYuan(amount("0.005"))).toBe("0.01");
    expect(toYuan(amount("0.0049"))).toBe("0.00");
    expect(toYuan(amount("2.675"))).toBe("2.68"); // a binary float would give 2.67
    // 130 yuan + 30 % (trade-friction uplift) = 169; 0.1 + 0.2 is exactly 0.3, not 0.30000000000000004:
    expect(toYuan(amount("130").times("1.3"))).toBe("169.00");
    expect(toYuan(sum([amount("0.1"), amount("0.2")]))).toBe("0.30");
  });

  test("rounding is half-up away from zero for negative amounts, and never writes minus zero", () => {
    expect(toYuan(amount("-7.005"))).toBe("-7.01");
    expect(toYuan(amount("-0.004"))).toBe("0.00");
    expect(toYuan(amount("-0.005"))).toBe("-0.01");
  });

  test("reading the same decimal string twice gives equal amounts, and numbers are read too", () => {
    expect(amount("1300").equals(amount("1300"))).toBe(true);
    expect(toYuan(amount(12.5))).toBe("12.50");
    expect(toYuan(amount(amount("3")))).toBe("3.00");
  });

  test("an amount read twice from one string is one shared (immutable) value, and the store of strings read stays bounded", () => {
    const first = amount("123.45");
    amount("98765.43"); // another string read in between does not drop the first
    expect(amount("123.45")).toBe(first);
    for (let i = 0; i < 10_000; i++) amount(`${i}.01`); // more distinct strings than the store keeps
    expect(amount("123.45")).not.toBe(first);
    expect(amount("123.45").equals(first)).toBe(true); // a new value, equal to the old
  });

  test("a caller's global Decimal settings cannot change a result", () => {
    Decimal.set({ rounding: Decimal.ROUND_DOWN, precision: 2 });
    expect(toYuan(amount("1234.565"))).toBe("1234.57");
  });

  test("the smaller of two amounts", () => {
    expect(min(amount("800"), amount("1000")).toFixed(2)).toBe("800.00");
    expect(min(amount("1000"), amount("800")).toFixed(2)).toBe("800.00");
  });
});
