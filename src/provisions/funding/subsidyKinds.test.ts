import { describe, expect, it } from "vitest";
import { resolveParameter } from "../../core/decision.js";
import { nationalFrameworksPolicy } from "../../jurisdictions/policies.js";
import { fundMayPay, subsidyKinds } from "./subsidyKinds.js";

describe("subsidyKinds — plan2021.subsidy-kinds: three subsidies from three funds", () => {
  const kinds = resolveParameter(nationalFrameworksPolicy(), subsidyKinds, "2022-01-01" as never);
  it("from the plan's period: training subsidy, skill-upgrade subsidy and living allowance, from the employment subsidy fund, the unemployment insurance fund and the skills-action account", () => {
    expect(kinds).toMatchObject({
      value: { measures: ["trainingSubsidy", "insuredSkillUpgradeSubsidy", "livingAllowance"], funds: ["employmentSubsidyFund", "unemploymentInsuranceFund", "skillsActionAccount"] },
      citation: { provision: "plan2021.subsidy-kinds" },
    });
  });
  it("the living allowance may be paid from the skills-action account; the appraisal subsidy is not among the plan's kinds", () => {
    if (!("value" in kinds)) throw new Error("plan2021 declares the subsidy kinds");
    expect(fundMayPay(kinds.value, "livingAllowance", "skillsActionAccount")).toBe(true);
    expect(fundMayPay(kinds.value, "appraisalSubsidy", "employmentSubsidyFund")).toBe(false);
  });
});
