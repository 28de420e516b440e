import { describe, expect, it } from "vitest";
import { cite } from "../../core/citation.js";
import { Evaluation } from "../../core/decision.js";
import { jiaxingPolicy, nationalPolicy } from "../../jurisdictions/policies.js";
import { d, trainee } from "../../../test/support/national.js";
import { overRetirement, overRetirementCheck } from "./overRetirement.js";

const OVER = cite("jx2019.over-retirement", "五(十一)");
const RULE = { pensionAskedFromAge: 45 };
// born 1959-06-01: 61 on 2020-06-01
const born1959 = (over: { receivesMonthlyPension?: boolean; monthlyPensionEntitled?: boolean } = {}) => trainee({ birthDate: d("1959-06-01"), ...over });

describe("overRetirementCheck — jx2019.over-retirement 「不具有按月领取养老金资格」 (reading pension-entitlement-test)", () => {
  it("entitlement excludes, whatever the age: drawing a pension shows it, and an entitlement not drawn counts too", () => {
    const excluded = { pass: false, reason: { code: "monthly_pension_entitled", citation: OVER, facts: { age: 61, pensionAskedFromAge: 45 } } };
    expect(overRetirementCheck(born1959({ receivesMonthlyPension: true }), d("2020-06-01"), RULE, OVER)).toEqual(excluded);
    expect(overRetirementCheck(born1959({ receivesMonthlyPension: false, monthlyPensionEntitled: true }), d("2020-06-01"), RULE, OVER)).toEqual(excluded);
    // a woman of 55 drawing a pension
    expect(overRetirementCheck(trainee({ birthDate: d("1965-03-01"), receivesMonthlyPension: true }), d("2020-06-01"), RULE, OVER).pass).toBe(false);
  });
  it("no entitlement includes, whatever the age", () => {
    expect(overRetirementCheck(born1959({ monthlyPensionEntitled: false }), d("2020-06-01"), RULE, OVER)).toEqual({ pass: true, reason: { code: "no_monthly_pension_entitlement", citation: OVER, facts: { age: 61, pensionAskedFromAge: 45 } } });
  });
  it("not drawing a pension does not show there is no entitlement: from 45 the entitlement is asked for; under 45 none is presumed", () => {
    expect(overRetirementCheck(born1959({ receivesMonthlyPension: false }), d("2020-06-01"), RULE, OVER)).toEqual({
      pass: "unknown",
      reason: { code: "monthly_pension_entitled", citation: OVER, facts: { age: 61, pensionAskedFromAge: 45, entitlement: "unknown" } },
      missing: ["trainee.monthlyPensionEntitled"],
    });
    expect(overRetirementCheck(trainee({ birthDate: d("1975-06-02") }), d("2020-06-01"), RULE, OVER)).toEqual({ pass: true, reason: { code: "within_retirement_age", citation: OVER, facts: { age: 44, pensionAskedFromAge: 45 } } });
    expect(overRetirementCheck(trainee({ birthDate: d("1975-06-01") }), d("2020-06-01"), RULE, OVER).pass).toBe("unknown");
  });
  it("the rule checks only where a pack sets it: nationally there is no check", () => {
    const judge = (policy: ReturnType<typeof nationalPolicy>) => new Evaluation(policy, d("2020-06-01")).use(overRetirement, { trainee: born1959({ monthlyPensionEntitled: false }), date: d("2020-06-01") });
    expect(judge(nationalPolicy())).toBeNull();
    expect(judge(jiaxingPolicy())).toMatchObject({ pass: true, reason: { code: "no_monthly_pension_entitlement" } });
  });
});
