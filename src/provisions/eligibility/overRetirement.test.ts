import { describe, expect, it } from "vitest";
import { cite } from "../../core/citation.js";
import { Evaluation } from "../../core/decision.js";
import { jiaxingPolicy, nationalPolicy } from "../../jurisdictions/policies.js";
import { d, trainee } from "../../../test/support/national.js";
import { overRetirement, overRetirementCheck } from "./overRetirement.js";

const OVER = cite("jx2019.over-retirement", "五(十一)");
// born 1959-06-01: 60 on 2019-06-01, 61 on 2020-06-01
const born1959 = (receivesMonthlyPension?: boolean) => trainee({ birthDate: d("1959-06-01"), ...(receivesMonthlyPension === undefined ? {} : { receivesMonthlyPension }) });

describe("overRetirementCheck — jx2019.over-retirement: 「对超过退休年龄，不具有按月领取养老金资格，但确有培训需求的人员……可纳入培训补贴政策范围」", () => {
  it("at the retirement age one is within it, whatever the pension", () => {
    expect(overRetirementCheck(born1959(true), d("2019-06-01"), { age: 60, withoutPensionIncluded: true }, OVER)).toEqual({ pass: true, reason: { code: "within_retirement_age", citation: OVER, facts: { age: 60, retirementAge: 60 } } });
  });
  it("over it: a monthly pension excludes, no pension includes, an unknown pension is asked for", () => {
    const rule = { age: 60, withoutPensionIncluded: true };
    expect(overRetirementCheck(born1959(true), d("2020-06-01"), rule, OVER)).toEqual({ pass: false, reason: { code: "receives_monthly_pension", citation: OVER, facts: { age: 61, retirementAge: 60 } } });
    expect(overRetirementCheck(born1959(false), d("2020-06-01"), rule, OVER)).toEqual({ pass: true, reason: { code: "over_retirement_without_pension", citation: OVER, facts: { age: 61, retirementAge: 60 } } });
    expect(overRetirementCheck(born1959(), d("2020-06-01"), rule, OVER)).toEqual({
      pass: "unknown",
      reason: { code: "receives_monthly_pension", citation: OVER, facts: { age: 61, retirementAge: 60, pension: "unknown" } },
      missing: ["trainee.receivesMonthlyPension"],
    });
  });
  it("a pack that does not include people without a pension leaves everyone over the age out", () => {
    expect(overRetirementCheck(born1959(false), d("2020-06-01"), { age: 60, withoutPensionIncluded: false }, OVER)).toEqual({ pass: false, reason: { code: "over_retirement_age", citation: OVER, facts: { age: 61, retirementAge: 60 } } });
  });
  it("the rule checks only where a pack sets the retirement age: nationally there is no check", () => {
    const judge = (policy: ReturnType<typeof nationalPolicy>) => new Evaluation(policy, d("2020-06-01")).use(overRetirement, { trainee: born1959(false), date: d("2020-06-01") });
    expect(judge(nationalPolicy())).toBeNull();
    expect(judge(jiaxingPolicy())).toMatchObject({ pass: true, reason: { code: "over_retirement_without_pension" } });
  });
});
