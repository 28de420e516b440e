import { describe, expect, it } from "vitest";
import { nationalFrameworksPolicy, nationalPolicy } from "../../jurisdictions/policies.js";
import { parseEducationFundFigures } from "../../records/parse.js";
import { cite } from "../../core/citation.js";
import { nationalWithEnded } from "../../../test/support/national.js";
import { deductionLimitShare, educationFund, educationFundUnder, frontLineShareMinimum } from "./educationFund.js";

const RATES = { frontLineShare: "0.60", deductionLimit: "0.08" };

describe("educationFund — gbf2019.education-fund / op2025.education-fund: ≥ 60 % to front-line workers, deductible up to 8 % of wages", () => {
  it("59.99 % to front-line workers falls short by 1 yuan", () => {
    // fund 10000: 60 % is 6000; 5999 spent → 59.99 %, 1.00 short
    const result = educationFund({ fund: "10000.00", frontLineSpend: "5999.00", totalWages: "200000.00" }, RATES);
    expect(result).toMatchObject({ frontLineShare: "0.5999", compliant: false, requiredFrontLine: "6000.00", shortfall: "1.00" });
  });
  it("exactly 60 % complies, with no shortfall", () => {
    // 6000 of 10000 = 60 %
    expect(educationFund({ fund: "10000.00", frontLineSpend: "6000.00", totalWages: "200000.00" }, RATES)).toMatchObject({ frontLineShare: "0.6", compliant: true, shortfall: "0.00" });
  });
  it("one fen below 60 % does not comply: exact decimals, no float rounding", () => {
    // fund 0.10 → 60 % is 0.06; 0.05 spent → 0.01 short
    expect(educationFund({ fund: "0.10", frontLineSpend: "0.05", totalWages: "1.00" }, RATES)).toMatchObject({ compliant: false, shortfall: "0.01" });
  });
  it("the deduction is the fund, at most 8 % of total wages; the rest is over the limit", () => {
    // wages 200000 × 8 % = 16000; fund 20000 → 16000 deductible, 4000 over
    expect(educationFund({ fund: "20000.00", frontLineSpend: "12000.00", totalWages: "200000.00" }, RATES)).toMatchObject({ deductionLimit: "16000.00", deductible: "16000.00", overLimit: "4000.00" });
    // fund 16000 exactly at the limit → all deductible
    expect(educationFund({ fund: "16000.00", frontLineSpend: "9600.00", totalWages: "200000.00" }, RATES)).toMatchObject({ deductible: "16000.00", overLimit: "0.00" });
    // fund 16000.01 → one fen over
    expect(educationFund({ fund: "16000.01", frontLineSpend: "9600.01", totalWages: "200000.00" }, RATES)).toMatchObject({ deductible: "16000.00", overLimit: "0.01" });
  });
  it("amounts leave rounded half-up to the fen once: 8 % of 100.06 is 8.0048 → 8.00", () => {
    expect(educationFund({ fund: "50.00", frontLineSpend: "30.00", totalWages: "100.06" }, RATES).deductionLimit).toBe("8.00");
  });
  it("a zero fund has no share and nothing is short", () => {
    expect(educationFund({ fund: "0", frontLineSpend: "0", totalWages: "1000" }, RATES)).toMatchObject({ frontLineShare: null, compliant: true, shortfall: "0.00" });
  });
});

describe("educationFundUnder — the rates of the policy in force", () => {
  const figures = { fund: "10000.00", frontLineSpend: "6000.00", totalWages: "200000.00" };
  it("under gbf2019 the 60 % cites gbf2019 §(十三); from 2025-06-20 op2025 (十七) restates it", () => {
    expect(educationFundUnder(nationalFrameworksPolicy(), "2025-06-19" as never, figures)?.citations.frontLineShare.provision).toBe("gbf2019.education-fund");
    const later = educationFundUnder(nationalFrameworksPolicy(), "2025-06-20" as never, figures);
    expect(later?.citations.frontLineShare.provision).toBe("op2025.education-fund");
    expect(later?.compliant).toBe(true);
  });
  it("before gbf2019 no rate is in force: no answer rather than a guess", () => {
    expect(educationFundUnder(nationalPolicy(), "2019-05-17" as never, figures)).toBeNull();
  });
  it("figures whose front-line spend exceeds the fund are rejected at the boundary", () => {
    const parsed = parseEducationFundFigures({ enterpriseId: "e1", year: 2020, fund: "100.00", frontLineSpend: "100.01", totalWages: "1000" });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]).toMatchObject({ code: "front_line_exceeds_fund", path: ["frontLineSpend"] });
    expect(parseEducationFundFigures({ enterpriseId: "e1", year: 2020, fund: "100.00", frontLineSpend: "100", totalWages: "1000" }).ok).toBe(true);
  });
});

describe("educationFundUnder — both rates must be in force", () => {
  const figures = { fund: "10000.00", frontLineSpend: "6000.00", totalWages: "200000.00" };
  const ending = (parameter: typeof frontLineShareMinimum) => nationalWithEnded(parameter, cite("gbf2019.education-fund", "§(十三)"));
  it("with both in force the answer cites both; with either ended there is no answer", () => {
    expect(educationFundUnder(nationalPolicy(), "2020-12-31" as never, figures)?.citations).toEqual({
      frontLineShare: cite("gbf2019.education-fund", "§(十三)"),
      deductionLimit: cite("gbf2019.education-fund", "§(十三)"),
    });
    // 10000 fund, 6000 front line: 60 %, compliant; 8 % of 200000 wages = 16000 limit, all 10000 deductible
    expect(educationFundUnder(nationalPolicy(), "2020-12-31" as never, figures)).toMatchObject({ compliant: true, deductionLimit: "16000.00", deductible: "10000.00", overLimit: "0.00" });
    expect(educationFundUnder(ending(frontLineShareMinimum), "2020-12-31" as never, figures)).toBeNull();
    expect(educationFundUnder(ending(deductionLimitShare), "2020-12-31" as never, figures)).toBeNull();
  });
});
