/**
 * compare() over fixtures/jiaxing/reform-population.json: living-allowance claims in
 * 2020 and 2021 (one course straddling 2021-01-01 with attended dates, one without a list but attended on every day of its span)
 * and appraisal claims on either side of 2021-01-01. Every amount is worked out from
 * jx2019 四(三)四 (50 yuan per training day), 五(十一) (初级工/中级工 120, 高级工/技师 150)
 * and the two illustrative reforms in fixtures/reforms/.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { jiaxingPolicy } from "../jurisdictions/policies.js";
import type { ClaimsDocument } from "../records/document.js";
import { parseClaimsDocument } from "../records/document.js";
import type { Comparison } from "./compare.js";
import { compare } from "./compare.js";
import type { Result } from "../core/issues.js";
import type { Reformed } from "./reform.js";
import { reform, reformAll } from "./reform.js";
import { fault } from "../../test/support/fault.js";

const fixture = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), "utf8"));

function population(): ClaimsDocument {
  const r = parseClaimsDocument(fixture("jiaxing/reform-population.json"));
  if (!r.ok || r.value.invalid.length > 0) throw new Error("fixture population is invalid");
  return r.value.document;
}

function ok(r: Result<Reformed>) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.policy;
}

const base = jiaxingPolicy();
const byClaim = (c: Comparison) => Object.fromEntries(c.claims.map((d) => [d.claimId, `${d.base.outcome}:${d.base.amount} → ${d.reformed.outcome}:${d.reformed.amount} Δ${d.delta}`]));
const row = (rows: Comparison["totals"]["byRegion"], key: string) => rows.find((r) => r.key === key);

describe("compare: Jiaxing living allowance 50 → 60 yuan/day from 2021-01-01", () => {
  const comparison = compare(base, ok(reform(base, fixture("reforms/living-allowance-60.json"))), population());

  test("each claim's outcome and amount, before and after, at and either side of 2021-01-01", () => {
    expect(byClaim(comparison)).toEqual({
      // 50 yuan/day × 7 days in June 2020, jx2019.living-allowance; the reform starts later
      "RF-01": "granted:350.00 → granted:350.00 Δ0.00",
      // straddles 2021-01-01 with attended dates: 50 × 3 days (2020-12-29..31) = 150 before;
      // after: 50 × 3 days before + 60 yuan/day × 5 days from 2021-01-01 (01-01, 01-04..07) = 150 + 300 = 450, reform + jx2019.living-allowance
      "RF-02": "granted:400.00 → granted:450.00 Δ50.00", // base 50 × 8 days = 400
      // 60 yuan/day × 10 days in March 2021 = 600 vs 50 × 10 = 500
      "RF-03": "granted:500.00 → granted:600.00 Δ100.00",
      // ends on 2020-12-31, the day before the reform: 50 × 5 days = 250 either way
      "RF-04": "granted:250.00 → granted:250.00 Δ0.00",
      // starts on 2021-01-01, the reform's first day: 60 × 3 days = 180 vs 50 × 3 = 150
      "RF-05": "granted:150.00 → granted:180.00 Δ30.00",
      // straddles 2021-01-01 without a list of dates, but attended on all 4 days of its span (2020-12-30..2021-01-02),
      // so its days are known (reading: living-allowance-day-by-day): 50 × 4 = 200 before;
      // after: 50 × 2 days (12-30, 12-31) + 60 × 2 days (01-01, 01-02) = 100 + 120 = 220
      "RF-06": "granted:200.00 → granted:220.00 Δ20.00",
      // a city 两后生 not on dibao is in no living-allowance group (gbf2019.living-allowance-groups): denied either way
      "RF-07": "denied:0.00 → denied:0.00 Δ0.00",
      // January 2022: the plan has ended (jx2019.supersession) and the reform stops with it (until 2022-01-01)
      "RF-08": "undecidable:null → undecidable:null Δ0.00",
      // appraisal claims are not touched by this patch: 高级工 150, 中级工 120, 技师 150 (jx2019.appraisal-subsidy)
      "RF-09": "granted:150.00 → granted:150.00 Δ0.00",
      "RF-10": "granted:150.00 → granted:150.00 Δ0.00",
      "RF-11": "granted:120.00 → granted:120.00 Δ0.00",
      "RF-12": "granted:150.00 → granted:150.00 Δ0.00",
    });
  });

  test("the totals by provision, region, occupation and payee kind add up by hand", () => {
    const t = comparison.totals;
    // base: living 350 + 400 + 500 + 250 + 150 + 200 = 1850; appraisal 150 + 150 + 120 + 150 = 570; all 2420
    // reformed: living 350 + 450 + 600 + 250 + 180 + 220 = 2050; appraisal 570; all 2620
    expect(t.all).toEqual({ key: "all", base: "2420.00", reformed: "2620.00", delta: "200.00", claims: 12, changed: 4 });
    expect(t.byProvision).toEqual([
      { key: "jx2019.appraisal-subsidy", base: "570.00", reformed: "570.00", delta: "0.00", claims: 4, changed: 0 },
      // +50 (RF-02) + 100 (RF-03) + 30 (RF-05) + 20 (RF-06) = +200
      { key: "jx2019.living-allowance", base: "1850.00", reformed: "2050.00", delta: "200.00", claims: 6, changed: 4 },
    ]);
    // xiuzhou: RF-03 (500 → 600) and RF-06 (200 → 220) = 700 → 820
    expect(row(t.byRegion, "zhejiang.jiaxing.xiuzhou")).toMatchObject({ base: "700.00", reformed: "820.00", delta: "120.00", changed: 2 });
    // haining: RF-01 350, RF-05 150 → 180, and R-07's appraisals counted at her hukou (RF-10 150, RF-12 150): 800 → 830
    expect(row(t.byRegion, "zhejiang.jiaxing.haining")).toMatchObject({ base: "800.00", reformed: "830.00", delta: "30.00" });
    // 中式烹调师: RF-05 150 → 180 and RF-06 200 → 220: 350 → 400
    expect(row(t.byOccupation, "4-03-02-01 中式烹调师")).toMatchObject({ base: "350.00", reformed: "400.00", delta: "50.00" });
    // every payee is the trainee
    expect(t.byPayeeKind).toEqual([{ key: "trainee", base: "2420.00", reformed: "2620.00", delta: "200.00", claims: 12, changed: 4 }]);
    // no outcome changes: RF-06, attended on every day of its span, stays granted
    expect(t.outcomes).toEqual([]);
  });
});

describe("a rate changed by a reform inside a course attended on every day of its span", () => {
  test("the course is priced day by day across the reform date: its days are known without a list (RF-06, the population docs/policy-changes.md uses)", () => {
    // RF-06: course RC-6 runs 2020-12-30 – 2021-01-02, four calendar days, and attendedDays is 4, so the trainee
    // attended every day: 2020-12-30, 2020-12-31 at 50 a day (jx2019.living-allowance 四(三)四 「按每人每天50元标准给予生活费补贴」)
    // and 2021-01-01, 2021-01-02 at 60 a day (reform la-60-2021, from 2021-01-01). 2 × 50 + 2 × 60 = 220.00.
    const c = compare(base, ok(reform(base, fixture("reforms/living-allowance-60.json"))), population());
    const rf06 = c.claims.find((d) => d.claimId === "RF-06");
    expect(rf06?.base).toMatchObject({ outcome: "granted", amount: "200.00" }); // 4 × 50
    expect(rf06?.reformed).toMatchObject({ outcome: "granted", amount: "220.00" }); // 2 × 50 + 2 × 60
    // base 2420.00; reformed + 50 (RF-02) + 100 (RF-03) + 30 (RF-05) + 20 (RF-06) = 2620.00: the reform raises spending by 200.00
    expect(c.totals.all).toMatchObject({ base: "2420.00", reformed: "2620.00", delta: "200.00", changed: 4 });
  });
});

describe("compare: two stacked patches, each difference attributed to its patch and provision", () => {
  const reformed = ok(reformAll(base, fixture("reforms/stacked.json") as unknown[]));
  const comparison = compare(base, reformed, population());
  const claim = (id: string) => comparison.claims.find((c) => c.claimId === id);

  test("a 高级工 certificate issued on 2021-01-01 gets 200 and its 50 is the appraisal patch's; one issued 2020-12-31 keeps 150", () => {
    // 200 − 150 = 50, reform.senior-appraisal-200-2021 + jx2019.appraisal-subsidy (issue date 2021-01-01)
    expect(claim("RF-10")).toMatchObject({ delta: "50.00", attribution: [{ reform: "reform.senior-appraisal-200-2021", provision: "jx2019.appraisal-subsidy", delta: "50.00" }] });
    // issued 2020-12-31, the day before: 150 either way, nothing to attribute
    expect(claim("RF-09")).toMatchObject({ delta: "0.00", changed: false, attribution: [] });
    // a 中级工 certificate issued 2021-01-02: 120 either way (only senior changes)
    expect(claim("RF-11")).toMatchObject({ delta: "0.00", attribution: [] });
  });

  test("the living-allowance differences are the first patch's, each credited to it and the provision its lines cite", () => {
    // 60 × 5 + 50 × 3 − 50 × 8 = 50, reform.la-60-2021 + jx2019.living-allowance
    expect(claim("RF-02")?.attribution).toEqual([{ reform: "reform.la-60-2021", provision: "jx2019.living-allowance", delta: "50.00" }]);
    // RF-06, attended on all 4 days of its span: 50 × 2 + 60 × 2 − 50 × 4 = 220 − 200 = 20, no change of outcome
    expect(claim("RF-06")?.attribution).toEqual([{ reform: "reform.la-60-2021", provision: "jx2019.living-allowance", delta: "20.00" }]);
  });

  test("the totals per patch add up to the whole difference", () => {
    expect(comparison.totals.byReform).toEqual([
      // +50 + 100 + 30 + 20 over RF-02, RF-03, RF-05, RF-06
      { reform: "reform.la-60-2021", label: expect.any(Object), provision: "jx2019.living-allowance", delta: "200.00", claims: 4 },
      // +50 for RF-10
      { reform: "reform.senior-appraisal-200-2021", label: expect.any(Object), provision: "jx2019.appraisal-subsidy", delta: "50.00", claims: 1 },
    ]);
    // +200 + 50 = +250: 2420 → 2670
    expect(comparison.totals.all).toMatchObject({ base: "2420.00", reformed: "2670.00", delta: "250.00", changed: 5 });
    expect(comparison.reformed.id).toBe("jiaxing-2019+la-60-2021+senior-appraisal-200-2021");
  });

  test("comparing a policy with one that is not a reform of it is a programming fault", () => {
    expect(() => compare(reformed, base, population())).toThrow(fault("not_a_reform", { base: "jiaxing-2019+la-60-2021+senior-appraisal-200-2021", reformed: "jiaxing-2019" }));
  });
});
