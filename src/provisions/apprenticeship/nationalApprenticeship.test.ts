/**
 * gbf2019 §(十一) 「职工参加企业新型学徒制培训的，给予企业每人每年4000元以上的职业培训补贴」: the
 * national text provides the measure and leaves its standard to local texts, so under the
 * national policies a claim waits for the local standard; it is not a measure they lack.
 */
import { describe, expect, it } from "vitest";
import { evaluateClaim } from "../../engine.js";
import { nationalFrameworksPolicy, nationalPolicy } from "../../jurisdictions/policies.js";
import { claim, input, trainee } from "../../../test/builders.js";
import { cityWith } from "../../../test/support/apprenticeship.js";

const apprenticeshipClaim = claim({ measure: "apprenticeshipSubsidy", claimant: { kind: "enterprise", id: "E-1" }, apprenticeshipId: "A-1", enterpriseId: "E-1", submittedOn: "2021-01-10" });

describe("gbf2019 §(十一) 「给予企业每人每年4000元以上的职业培训补贴」 under the national texts alone", () => {
  for (const [name, policy] of [["national", nationalPolicy], ["national-frameworks", nationalFrameworksPolicy]] as const) {
    it(`under ${name}, an apprenticeship-subsidy claim is undecidable for want of the local standard (apprenticeship.annualStandard), not a measure not provided`, () => {
      const d = evaluateClaim(policy(), input({ claim: apprenticeshipClaim, trainee: trainee({ statuses: ["enterpriseEmployee"] }) }));
      // 4000元以上: a floor, no amount; the standard is set locally, and none is
      expect([d.outcome, d.amount, d.missingFacts]).toEqual(["undecidable", null, ["parameter apprenticeship.annualStandard"]]);
      expect(d.reasons.map((r) => [r.code, r.citation.provision, (r.facts as Record<string, unknown>)["parameter"]])).toEqual([["no_local_standard", "gbf2019.apprenticeship-floor", "apprenticeship.annualStandard"]]);
    });
  }
  it("a layer that sets the standard but binds no rule to pay it leaves the measure not provided: the national text sets no term to pay by", () => {
    const policy = cityWith("6000.00")();
    const d = evaluateClaim(policy, input({ claim: apprenticeshipClaim, trainee: trainee({ statuses: ["enterpriseEmployee"] }) }));
    expect([d.outcome, d.amount, d.reasons.map((r) => r.code)]).toEqual(["undecidable", null, ["measure_not_provided"]]);
  });
});
