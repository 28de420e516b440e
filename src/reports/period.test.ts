import { describe, expect, test } from "vitest";
import { jiaxingReportReference } from "../jurisdictions/jiaxing/reportReference.js";
import { parsePeriod, PLAN_PERIODS, quartersOverlapping, trendQuarters } from "./period.js";

describe("report periods", () => {
  test("a quarter is its three months of civil dates", () => {
    expect(parsePeriod("2020Q3")).toEqual({ ok: true, value: { id: "2020Q3", kind: "quarter", start: "2020-07-01", end: "2020-09-30" } });
    expect(parsePeriod("2020Q1")).toMatchObject({ value: { start: "2020-01-01", end: "2020-03-31" } });
  });

  test("a year, a plan key and an explicit span are periods too", () => {
    expect(parsePeriod("2020")).toMatchObject({ ok: true, value: { kind: "year", start: "2020-01-01", end: "2020-12-31" } });
    expect(parsePeriod("jx2019", { ...PLAN_PERIODS, ...jiaxingReportReference.periods })).toMatchObject({ ok: true, value: { kind: "plan", start: "2019-01-01", end: "2021-12-31" } });
    expect(parsePeriod("op2025")).toMatchObject({ ok: true, value: { start: "2025-01-01", end: "2027-12-31" } });
    expect(parsePeriod("2020-02-15..2020-05-31")).toMatchObject({ ok: true, value: { kind: "span", start: "2020-02-15", end: "2020-05-31" } });
  });

  test("a fifth quarter, an impossible date, a reversed span and an inherited key are refused", () => {
    const codes = (text: string) => {
      const r = parsePeriod(text);
      return r.ok ? [] : r.issues.map((i) => i.code);
    };
    expect(codes("2020Q5")).toEqual(["invalid_period"]);
    expect(codes("2023-02-29..2023-03-31")).toEqual(["invalid_date"]);
    expect(codes("2020-05-31..2020-02-15")).toEqual(["end_before_start"]);
    expect(codes("toString")).toEqual(["invalid_period"]);
  });

  test("a city's plan is a period only with the city's plans: the national ones are the default", () => {
    expect(parsePeriod("jx2019")).toMatchObject({ ok: false, issues: [{ code: "invalid_period" }] });
    expect(Object.keys(PLAN_PERIODS)).toEqual(["gbf2019", "plan2021", "op2025"]);
  });

  test("a refused period says why in Chinese and in English, listing the plans by first day", () => {
    const r = parsePeriod("Q3", { ...PLAN_PERIODS, ...jiaxingReportReference.periods });
    expect(r.ok ? null : r.issues[0]).toEqual({
      path: [],
      code: "invalid_period",
      message: {
        zh: "Q3 不是一个期间：应写季度（2020Q3）、年份（2020）、规划（gbf2019, jx2019, plan2021, op2025）或日期区间 YYYY-MM-DD..YYYY-MM-DD",
        en: "Q3 is not a period: write a quarter (2020Q3), a year (2020), a plan (gbf2019, jx2019, plan2021, op2025) or a span YYYY-MM-DD..YYYY-MM-DD",
      },
    });
  });

  test("a quarter's trend runs from the first quarter of its year up to it", () => {
    const p = parsePeriod("2020Q3");
    expect(p.ok && trendQuarters(p.value).map((q) => q.id)).toEqual(["2020Q1", "2020Q2", "2020Q3"]);
  });

  test("a span's trend is every quarter it touches", () => {
    expect(quartersOverlapping("2020-02-15" as never, "2020-07-01" as never).map((q) => q.id)).toEqual(["2020Q1", "2020Q2", "2020Q3"]);
  });
});
