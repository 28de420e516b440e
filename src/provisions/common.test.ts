import { describe, expect, it } from "vitest";
import { cite } from "../core/citation.js";
import { PROVISION_CLAUSES } from "../law/provisionIds.js";
import { Evaluation } from "../core/decision.js";
import type { Layer } from "../core/layer.js";
import { buildPolicy, defineLayer, replaceParameter } from "../core/layer.js";
import { nationalPolicy } from "../jurisdictions/policies.js";
import { course, d, illustrativeCatalogue, withExampleCatalogue } from "../../test/support/national.js";
import { courseInJurisdiction, priceAttendedDays, scopeCitation } from "./common.js";
import { amount } from "../core/money.js";
import { livingAllowanceDailyRate } from "./livingAllowance/livingAllowance.js";

const layer = (id: string, level: Layer["level"], region: string | null, provision: Parameters<typeof cite>[0]): Layer =>
  defineLayer({ id, level, region, label: { zh: id, en: id }, documents: [], scope: cite(provision, PROVISION_CLAUSES[provision]) });
const ctx = (layers: readonly Layer[]) => new Evaluation(buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers }), d("2020-06-01"));

/** An illustrative city over the national texts: its territory (scope) and 50 yuan a day from 2020 (figures are examples, not law). */
const RATE = cite("gbf2019.local-standards", "§(十二)");
const TERRITORY = cite("gbf2019.catalogues", "§(十七)");
const exampleCity = () =>
  buildPolicy({
    id: "example-city",
    label: { zh: "示例市", en: "Example City" },
    layers: [
      ...nationalPolicy().layers,
      defineLayer({
        id: "example.city.2020",
        level: "prefecture",
        region: "example.city",
        label: { zh: "示例市（示意）", en: "Example City (illustrative)" },
        documents: ["gbf2019"],
        scope: TERRITORY,
        parameterOverrides: [replaceParameter(livingAllowanceDailyRate, { label: { zh: "示例", en: "example" }, citation: RATE, values: [{ from: "2020-01-01", value: "50.00" }], lastVerifiedOn: "2026-11-25" })],
      }),
    ],
  });

describe("scopeCitation — the territory is the most specific layer that governs a region", () => {
  it("a prefecture under a province under the nation: the prefecture's scope", () => {
    const layers = [layer("n", "national", null, "gbf2019.local-standards"), layer("pr", "province", "example", "gbf2019.scope-adjustment"), layer("ci", "prefecture", "example.city", "gbf2019.catalogues")];
    expect(scopeCitation(ctx(layers))).toEqual(cite("gbf2019.catalogues", "§(十七)"));
  });
  it("a layer below it that governs no region of its own (a catalogue) does not change the territory", () => {
    expect(scopeCitation(new Evaluation(withExampleCatalogue(exampleCity(), illustrativeCatalogue), d("2020-06-01"))).provision).toBe("gbf2019.catalogues");
  });
  it("a national policy's territory is its first layer's scope", () => {
    const layers = [layer("n", "national", null, "gbf2019.local-standards"), layer("n2", "national", null, "gbf2019.scope-adjustment")];
    expect(scopeCitation(ctx(layers))).toEqual(cite("gbf2019.local-standards", "§(十二)"));
  });
});

describe("courseInJurisdiction — the course took place inside the policy's region", () => {
  it("inside or outside, the reason names the course's region and the policy's, citing the territory", () => {
    const city = new Evaluation(exampleCity(), d("2020-06-01"));
    expect(courseInJurisdiction(city, course({ region: "example.city.east" }))).toEqual({
      pass: true,
      reason: { code: "course_in_jurisdiction", citation: TERRITORY, facts: { courseRegion: "example.city.east", policyRegion: "example.city" } },
    });
    expect(courseInJurisdiction(city, course({ region: "example.elsewhere" }))).toMatchObject({ pass: false, reason: { code: "course_outside_jurisdiction", facts: { courseRegion: "example.elsewhere", policyRegion: "example.city" } } });
  });
  it("a national policy covers the whole country", () => {
    expect(courseInJurisdiction(new Evaluation(nationalPolicy(), d("2020-06-01")), course({ region: "sichuan.chengdu" }))).toMatchObject({ pass: true, reason: { facts: { courseRegion: "sichuan.chengdu", policyRegion: null } } });
  });
});

describe("priceAttendedDays — the days of a course priced at a per-day parameter", () => {
  const line = { label: { zh: "生活费补贴", en: "living allowance" }, citation: cite("gbf2019.living-allowance-groups", "§(十一)"), payee: { kind: "trainee", id: "p1" }, reason: "living_allowance_days" } as const;
  const price = (over: Partial<typeof line> & { fund?: string } = {}) =>
    priceAttendedDays(new Evaluation(exampleCity(), d("2020-06-01")), livingAllowanceDailyRate, course({ region: "example.city", startDate: d("2020-05-01"), endDate: d("2020-05-07"), attendedDays: 7 }), { ...line, ...over });
  it("one rate over the span: one line of the attended days at the rate, citing and naming the layer that set it; a fund only when given", () => {
    const priced = price();
    expect(priced).toEqual({
      kind: "priced",
      days: 7,
      unpaidDates: [],
      // 50 yuan/day × 7 days, the example city's rate
      lines: [{ label: line.label, citation: RATE, payee: line.payee, quantity: 7, unit: "day", rate: amount("50.00"), layer: "example.city.2020" }],
      reason: { code: "living_allowance_days", citation: RATE, facts: { rate: ["50.00"], days: 7 } },
    });
    expect(priced.kind === "priced" && "fund" in (priced.lines[0] ?? {})).toBe(false);
    const funded = price({ fund: "employmentSubsidyFund" });
    expect(funded.kind === "priced" ? funded.lines[0]?.fund : null).toBe("employmentSubsidyFund");
  });
});

describe("priceAttendedDays — a rate that changes during the course", () => {
  const line = { label: { zh: "生活费补贴", en: "living allowance" }, citation: cite("gbf2019.living-allowance-groups", "§(十一)"), payee: { kind: "trainee", id: "p1" }, reason: "living_allowance_days" } as const;
  // an example city: 50 yuan/day from 2020-01-01, then the given rate from 2020-05-04
  const city = (second: string) =>
    buildPolicy({
      id: "p",
      label: { zh: "p", en: "p" },
      layers: [
        ...nationalPolicy().layers,
        defineLayer({
          id: "example.city",
          level: "prefecture",
          region: "example.city",
          label: { zh: "示例市", en: "example city" },
          documents: ["gbf2019"],
          scope: TERRITORY,
          parameterOverrides: [
            replaceParameter(livingAllowanceDailyRate, { label: { zh: "示例", en: "example" }, citation: RATE, values: [{ from: "2020-01-01", value: "50.00" }, { from: "2020-05-04", value: second }], lastVerifiedOn: "2026-11-25" }),
          ],
        }),
      ],
    });
  const span = { startDate: d("2020-05-01"), endDate: d("2020-05-07"), attendedDays: 7 };
  const price = (second: string, over: Parameters<typeof course>[0] = {}) => priceAttendedDays(new Evaluation(city(second), d("2020-06-01")), livingAllowanceDailyRate, course({ ...span, ...over }), line);

  it("with only a count of days smaller than the span (6 of its 7) and two different rates, the attended dates are needed, naming the day the rate changes", () => {
    expect(price("60.00", { attendedDays: 6 })).toEqual({
      kind: "unknown",
      check: { pass: "unknown", reason: { code: "attendance_dates_needed", citation: line.citation, facts: { changesOn: ["2020-05-04"], parameter: "livingAllowance.dailyRate" } }, missing: ["course.attendedDates"] },
    });
  });
  it("a course attended on every day of its span (7 of 7) has its days known without a list: each is priced at its own rate, 3 days at 50 and 4 at 60", () => {
    const priced = price("60.00");
    expect(priced.kind).toBe("priced");
    if (priced.kind !== "priced") return;
    // 1–3 May at 50 and 4–7 May at 60: 50 × 3 + 60 × 4 = 150 + 240 = 390 yuan
    expect(priced.lines.map((l) => [l.quantity, l.rate.toFixed(2)])).toEqual([[3, "50.00"], [4, "60.00"]]);
    expect(priced.reason.facts).toEqual({ rate: ["50.00", "60.00"], days: 7 });
  });
  it("with the dates, each day is priced at its own rate: 3 days at 50 and 4 at 60", () => {
    const priced = price("60.00", { attendedDates: [d("2020-05-07"), d("2020-05-01"), d("2020-05-02"), d("2020-05-03"), d("2020-05-04"), d("2020-05-05"), d("2020-05-06")] });
    expect(priced.kind).toBe("priced");
    if (priced.kind !== "priced") return;
    // 50 yuan/day × 3 days (1–3 May) and 60 yuan/day × 4 days (4–7 May)
    expect(priced.lines.map((l) => [l.quantity, l.rate.toFixed(2)])).toEqual([[3, "50.00"], [4, "60.00"]]);
    expect(priced.reason.facts).toEqual({ rate: ["50.00", "60.00"], days: 7 });
  });
  it("a change to the same amount written differently is no change: the count, or the days of a course attended on each of them, are priced at the one rate", () => {
    for (const attendedDays of [6, 7]) {
      const priced = price("50", { attendedDays });
      expect(priced.kind).toBe("priced");
      // 50 yuan/day × 6 days, and 50 yuan/day × 7 days: one line
      if (priced.kind === "priced") expect(priced.lines.map((l) => [l.quantity, l.rate.toFixed(2)])).toEqual([[attendedDays, "50.00"]]);
    }
  });
});
