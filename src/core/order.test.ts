import { describe, expect, it } from "vitest";
import { compareCodeUnits } from "./order.js";

describe("compareCodeUnits — the order by UTF-16 code units", () => {
  it("is negative before, zero on equal, positive after", () => {
    expect(compareCodeUnits("a", "b")).toBe(-1);
    expect(compareCodeUnits("b", "b")).toBe(0);
    expect(compareCodeUnits("b", "a")).toBe(1);
  });
  it("sorts as a comparator-less sort does: capitals before small letters, a prefix first", () => {
    expect(["b", "ab", "a", "B"].sort(compareCodeUnits)).toEqual(["B", "a", "ab", "b"]);
  });
});
