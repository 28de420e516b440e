import { describe, expect, test } from "vitest";
import { addMonths, civilDate, compareDates, daysBetween, inclusiveDays, isCivilDate, isWithin, yearOf } from "./date.js";

describe("civil dates", () => {
  test("a date that exists on the calendar is a civil date; one that does not is not", () => {
    expect(isCivilDate("2024-02-29")).toBe(true); // 2024 is a leap year
    expect(isCivilDate("2023-02-29")).toBe(false); // 2023 is not
    expect(isCivilDate("1900-02-29")).toBe(false); // divisible by 100, not by 400
    expect(isCivilDate("2000-02-29")).toBe(true); // divisible by 400
    expect(isCivilDate("2020-04-31")).toBe(false);
    expect(isCivilDate("2020-13-01")).toBe(false);
    expect(isCivilDate("2020-00-10")).toBe(false);
  });

  test("only the YYYY-MM-DD form is accepted: no date-times, no short forms, no numbers", () => {
    expect(isCivilDate("2020-01-01T00:00:00Z")).toBe(false);
    expect(isCivilDate("2020-1-01")).toBe(false);
    expect(isCivilDate("20200101")).toBe(false);
    expect(isCivilDate(20200101)).toBe(false);
    expect(() => civilDate("2023-02-29")).toThrow("[skills-subsidy]");
  });

  test("dates compare as days, in calendar order", () => {
    expect(compareDates(civilDate("2019-12-31"), civilDate("2020-01-01"))).toBeLessThan(0);
    expect(compareDates(civilDate("2020-01-01"), civilDate("2020-01-01"))).toBe(0);
    expect(compareDates(civilDate("2020-01-02"), civilDate("2020-01-01"))).toBeGreaterThan(0);
  });

  test("the year of a date is its calendar year (31 Dec and 1 Jan fall in different years)", () => {
    expect(yearOf(civilDate("2021-12-31"))).toBe(2021);
    expect(yearOf(civilDate("2022-01-01"))).toBe(2022);
  });

  test("adding months keeps the day of the month, or takes the month's last day", () => {
    expect(addMonths(civilDate("2019-03-15"), 12)).toBe("2020-03-15");
    expect(addMonths(civilDate("2019-01-31"), 1)).toBe("2019-02-28");
    expect(addMonths(civilDate("2020-02-29"), 12)).toBe("2021-02-28");
    expect(addMonths(civilDate("2019-11-30"), 3)).toBe("2020-02-29");
  });

  test("a span counts both its first and last day", () => {
    expect(inclusiveDays(civilDate("2020-03-02"), civilDate("2020-03-08"))).toBe(7);
    expect(inclusiveDays(civilDate("2020-03-02"), civilDate("2020-03-02"))).toBe(1);
    // 2020 is a leap year: 366 days from 1 Jan to 31 Dec
    expect(inclusiveDays(civilDate("2020-01-01"), civilDate("2020-12-31"))).toBe(366);
    // across the spring-forward night of America/Los_Angeles (2020-03-08): still 2 days
    expect(daysBetween(civilDate("2020-03-07"), civilDate("2020-03-09"))).toBe(2);
  });

  test("a date is within a span when on or between its ends", () => {
    const start = civilDate("2020-03-02");
    const end = civilDate("2020-03-08");
    expect(isWithin(civilDate("2020-03-01"), start, end)).toBe(false);
    expect(isWithin(start, start, end)).toBe(true);
    expect(isWithin(end, start, end)).toBe(true);
    expect(isWithin(civilDate("2020-03-09"), start, end)).toBe(false);
  });

  test("years before 100 are not shifted into the 1900s", () => {
    expect(addMonths(civilDate("0050-01-31"), 1)).toBe("0050-02-28");
  });
});
