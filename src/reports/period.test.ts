import { describe, expect, test } from "vitest";
import { parsePeriod, quartersOverlapping, trendQuarters } from "./period.js";

describe("report periods", () => {
  test("a quarter is its three months of civil dates", () => {
    expect(parsePeriod("2020Q3")).toEqual({ ok: true, period: { id: "2020Q3", kind: "quarter", start: "2020-07-01", end: "2020-09-30" } });
    expect(parsePeriod("2020Q1")).toMatchObject({ period: { start: "2020-01-01", end: "2020-03-31" } });
  });

  test("a year, a plan key and an explicit span are periods too", () => {
    expect(parsePeriod("2020")).toMatchObject({ ok: true, period: { kind: "year", start: "2020-01-01", end: "2020-12-31" } });
    expect(parsePeriod("jx2019")).toMatchObject({ ok: true, period: { kind: "plan", start: "2019-01-01", end: "2021-12-31" } });
    expect(parsePeriod("op2025")).toMatchObject({ ok: true, period: { start: "2025-01-01", end: "2027-12-31" } });
    expect(parsePeriod("2020-02-15..2020-05-31")).toMatchObject({ ok: true, period: { kind: "span", start: "2020-02-15", end: "2020-05-31" } });
  });

  test("a fifth quarter, an impossible date, a reversed span and an inherited key are refused", () => {
    expect(parsePeriod("2020Q5").ok).toBe(false);
    expect(parsePeriod("2023-02-29..2023-03-31").ok).toBe(false);
    expect(parsePeriod("2020-05-31..2020-02-15").ok).toBe(false);
    expect(parsePeriod("toString").ok).toBe(false);
  });

  test("a quarter's trend runs from the first quarter of its year up to it", () => {
    const p = parsePeriod("2020Q3");
    expect(p.ok && trendQuarters(p.period).map((q) => q.id)).toEqual(["2020Q1", "2020Q2", "2020Q3"]);
  });

  test("a span's trend is every quarter it touches", () => {
    expect(quartersOverlapping("2020-02-15" as never, "2020-07-01" as never).map((q) => q.id)).toEqual(["2020Q1", "2020Q2", "2020Q3"]);
  });
});
