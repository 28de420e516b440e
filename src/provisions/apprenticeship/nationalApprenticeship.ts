/**
 * 企业新型学徒制培训补贴 under the national text alone.
 *
 * gbf2019.apprenticeship-floor §(十一):
 * 「职工参加企业新型学徒制培训的，给予企业每人每年4000元以上的职业培训补贴」 — the measure is
 * provided nationally, but its standard is local: the national layer declares
 * {@link apprenticeshipAnnualStandard} without values. Under a policy whose layers set none (the
 * national policies), an apprenticeship-subsidy claim is `undecidable` (`no_local_standard`,
 * naming `apprenticeship.annualStandard`), not a measure the policy lacks. A layer that pays the
 * subsidy replaces this rule with its own (a city's layer, with its terms); one that sets the
 * standard without a rule of its own leaves the claim
 * `measure_not_provided`, as the national text sets no term or proration to pay it by.
 * Decides nothing that pays: no amount.
 */
import { LINE_LABELS } from "../lineLabels.js";
import type { Finding } from "../../core/decision.js";
import { isResolved } from "../../core/decision.js";
import { defineRule } from "../../core/layer.js";
import type { ClaimInput } from "../common.js";
import { findingOf, unresolvedReason } from "../common.js";
import { APPRENTICESHIP_FLOOR, apprenticeshipAnnualStandard } from "./apprenticeshipFloor.js";

/** The measure's name on a decision's line and in the trace (企业新型学徒制培训补贴), shared by the layers that decide it. */
export const APPRENTICESHIP_SUBSIDY_LABEL = LINE_LABELS.apprenticeshipSubsidy;

/**
 * Decides an apprenticeship-subsidy claim under the national layer: undecidable for want of
 * the local standard. Encodes `gbf2019.apprenticeship-floor` (§(十一)).
 * @example
 * const c = claim({ measure: "apprenticeshipSubsidy", claimant: { kind: "enterprise", id: "E-1" }, apprenticeshipId: "A-1", submittedOn: "2021-01-10" });
 * const d = evaluateClaim(nationalPolicy(), input({ claim: c, trainee: trainee() }));
 * [d.outcome, d.reasons[0]?.code, d.missingFacts] // → ["undecidable","no_local_standard",["parameter apprenticeship.annualStandard"]]
 */
export const nationalApprenticeshipSubsidy = defineRule({
  // the measure's rule: a layer that pays the subsidy replaces it (replaceRule), so the trace names it alike
  id: "apprenticeshipSubsidy",
  label: APPRENTICESHIP_SUBSIDY_LABEL,
  citation: APPRENTICESHIP_FLOOR,
  run: (ctx, input: ClaimInput): Finding => {
    const date = input.apprenticeship?.startDate ?? input.claim.submittedOn;
    const standard = ctx.param(apprenticeshipAnnualStandard, date);
    if (!isResolved(standard)) return findingOf([unresolvedReason(standard, date).check]);
    return { outcome: "undecidable", payee: null, lines: [], reasons: [{ code: "measure_not_provided", citation: standard.citation, facts: { measure: input.claim.measure } }], missingFacts: [] };
  },
});
