import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { addDays, addMonths, civilDate, compareDates, daysBetween, inclusiveDays, isCivilDate, isWithin, yearOf } from "./date.js";
import { fault } from "../../test/support/fault.js";

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
    expect(() => civilDate("2023-02-29")).toThrow(fault("invalid_civil_date"));
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

describe("civil dates at their edges", () => {
  test("year 0001 exists, year 0000 does not; day 00 does not", () => {
    expect(isCivilDate("0001-01-01")).toBe(true);
    expect(isCivilDate("0000-01-01")).toBe(false);
    expect(isCivilDate("2020-01-00")).toBe(false);
    expect(isCivilDate("2020-01-31")).toBe(true);
    expect(isCivilDate("2020-01-32")).toBe(false);
  });

  test("only a real string is a civil date, not an object that prints like one", () => {
    expect(isCivilDate({ toString: () => "2020-01-01" })).toBe(false);
    expect(isCivilDate(null)).toBe(false);
  });

  test("single-digit months and days are written with a leading zero", () => {
    expect(addMonths(civilDate("2019-03-05"), 1)).toBe("2019-04-05");
    expect(addMonths(civilDate("2019-08-09"), 1)).toBe("2019-09-09");
  });

  test("a bad literal is a configuration fault whose facts name it", () => {
    expect(() => civilDate("2020-02-30")).toThrow(fault("invalid_civil_date", { text: "2020-02-30" }));
    expect(() => addMonths("2020-02-30" as ReturnType<typeof civilDate>, 1)).toThrow(fault("invalid_civil_date", { text: "2020-02-30" }));
    expect(() => inclusiveDays("nope" as ReturnType<typeof civilDate>, civilDate("2020-01-01"))).toThrow(fault("invalid_civil_date", { text: "nope" }));
  });
});

describe("calendar arithmetic is integer arithmetic on the year, month and day (no Date, no time zone)", () => {
  // a day from 1900-01-01 to 2099-12-31 (73,049 days)
  const day = fc.integer({ min: 0, max: 73_048 }).map((n) => addDays(civilDate("1900-01-01"), n));
  test("a step of days and back is the same day, and daysBetween counts the step", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -40_000, max: 40_000 }), (d, k) => {
        const e = addDays(d, k);
        expect(isCivilDate(e)).toBe(true);
        expect(daysBetween(d, e)).toBe(k);
        expect(addDays(e, -k)).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });
  test("a step of months keeps the day, or takes the month's last day when the day does not exist in it", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -1200, max: 1200 }), (d, k) => {
        const e = addMonths(d, k);
        const [y, m, dd] = d.split("-").map(Number) as [number, number, number];
        const [ey, em, ed] = e.split("-").map(Number) as [number, number, number];
        expect(ey * 12 + em - (y * 12 + m)).toBe(k); // k calendar months on
        // the same day, else the last day of that month (the next day is the 1st of the month after)
        expect(ed === dd || (ed < dd && addDays(e, 1).endsWith("-01"))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  test("the known days: month ends, leap days, the turn of centuries", () => {
    expect(addMonths(civilDate("2019-01-31"), 1)).toBe("2019-02-28"); // 2019 is not a leap year
    expect(addMonths(civilDate("2020-01-31"), 1)).toBe("2020-02-29"); // 2020 is
    expect(addMonths(civilDate("2020-02-29"), 12)).toBe("2021-02-28");
    expect(addMonths(civilDate("2020-03-31"), -1)).toBe("2020-02-29");
    expect(addMonths(civilDate("2019-12-15"), 1)).toBe("2020-01-15");
    expect(addDays(civilDate("1999-12-31"), 1)).toBe("2000-01-01");
    expect(addDays(civilDate("2000-02-28"), 1)).toBe("2000-02-29"); // divisible by 400: a leap year
    expect(addDays(civilDate("2100-02-28"), 1)).toBe("2100-03-01"); // divisible by 100, not by 400
    expect(addDays(civilDate("1994-12-30"), 1)).toBe("1994-12-31"); // the day Pacific/Kiritimati skipped is a civil date
    expect(addDays(civilDate("1970-01-01"), -1)).toBe("1969-12-31");
  });
});
