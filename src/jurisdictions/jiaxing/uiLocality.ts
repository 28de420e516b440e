/**
 * 失业保险参保地 — an enterprise's subsidies are administered where it
 * pays unemployment insurance.
 *
 * 「享受职业技能培训补贴的企业，按属地原则由失业保险参保地进行管理」 (jx2019.ui-locality 五(十一)). Reading (reading: ui-locality-enterprise-elsewhere): an
 * enterprise claimant whose unemployment-insurance region lies outside the policy's
 * region is denied (`enterprise_ui_elsewhere`); when its own enterprise record, or its
 * unemployment-insurance region, is not given the claim is `undecidable`. An organiser
 * claiming as the 组织单位 of pre-job or safety training (the course's kind `preJob` or
 * `safety`) whose own enterprise record is given is judged the same way; any other organiser
 * (a training institution paid for training others, or one with no enterprise record) is not.
 *
 * The Jiaxing layer appends the rule to the training subsidy's extra checks
 * (`trainingSubsidy.checks`) and its apprenticeship subsidy runs it too; it checks only while
 * {@link enterpriseUiLocality} is `true`.
 */
import { cite } from "../../core/citation.js";
import type { CivilDate } from "../../core/date.js";
import type { Check } from "../../core/decision.js";
import { isResolved } from "../../core/decision.js";
import { defineRule } from "../../core/layer.js";
import { defineParameter } from "../../core/parameter.js";
import type { Party } from "../../records/common.js";
import { regionWithin } from "../../records/kinds.js";
import type { Course, Enterprise } from "../../records/training.js";
import type { Trainee } from "../../records/trainee.js";
import { Bool } from "../../provisions/values.js";

/**
 * Whether an enterprise claims where it pays unemployment insurance (on in Jiaxing).
 * Encodes `jx2019.ui-locality` (五(十一)).
 * Parameter `eligibility.enterpriseUiLocality`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(jiaxingPolicy(), enterpriseUiLocality, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → true
 */
export const enterpriseUiLocality = defineParameter<boolean>({
  id: "eligibility.enterpriseUiLocality",
  label: { zh: "企业在失业保险参保地申领补贴", en: "enterprises claim where they pay unemployment insurance" },
  citation: cite("jx2019.ui-locality", "五(十一)"),
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: Bool,
});

/** What {@link uiLocality} looks at. */
export interface UiLocalityInput {
  /** Who claims. */
  readonly claimant: Party;
  /** The claimant's own enterprise record, when given (a record with another id is not the claimant's: asked for). */
  readonly enterprise?: Enterprise | undefined;
  /** The course, when the claim names one (an organiser is judged as the 组织单位 of pre-job or safety training). */
  readonly course?: Course | undefined;
  /** The trainee, when the claim has one (an organiser that is the trainee's employer on record is judged). */
  readonly trainee?: Trainee | undefined;
  /** The policy's region. */
  readonly region: string | null;
  /** The date judged on. */
  readonly date: CivilDate;
}

/**
 * The check: `null` for a claimant that is neither an enterprise, nor the 组织单位 of pre-job or
 * safety training with its own enterprise record, nor an organiser that is the trainee's employer
 * on record; for a policy with no region; or while
 * {@link enterpriseUiLocality} is not `true`. Encodes `jx2019.ui-locality` (五(十一)).
 * @example [uiLocality.id, uiLocality.citation.provision] // → ["eligibility.uiLocality","jx2019.ui-locality"]
 */
export const uiLocality = defineRule({
  id: "eligibility.uiLocality",
  label: { zh: "企业失业保险参保地", en: "enterprise's unemployment-insurance region" },
  citation: cite("jx2019.ui-locality", "五(十一)"),
  run: (ctx, input: UiLocalityInput): Check | null => {
    if (input.region === null) return null;
    // An organiser is judged too where it claims as the enterprise training its own workers — the 组织单位 of pre-job
    // or safety training (三(一)一, 三(一)三) — and is an enterprise on record, its own record given (late review 7:
    // filing as the organiser does not make an enterprise insured elsewhere 「享受职业技能培训补贴的企业」 of Jiaxing's).
    // So is an organiser that is the trainee's employer on record, on any course: an enterprise training its own
    // worker (final review 2: filing as the organiser of an ordinary in-house course paid a Hangzhou-insured employer).
    // A training institution paid for training others (an ordinary or a project course), or an organiser with no
    // enterprise record, is not judged by it (review 9).
    // The enterprise judged is the claimant: a claim naming another enterprise's record (claim.enterpriseId) says
    // nothing of where the claimant is insured (found by review 6, 2026-12-04: an enterprise insured in Hangzhou
    // was paid by naming a Jiaxing-insured enterprise's record). It is asked for its own record.
    const enterprise = input.enterprise?.id === input.claimant.id ? input.enterprise : undefined;
    const organiserRoute = input.course?.kind === "preJob" || input.course?.kind === "safety";
    const organiserEnterprise = input.claimant.kind === "organizer" && ((organiserRoute && enterprise !== undefined) || input.trainee?.employerId === input.claimant.id);
    if (input.claimant.kind !== "enterprise" && !organiserEnterprise) return null;
    const on = ctx.param(enterpriseUiLocality, input.date);
    if (!isResolved(on) || !on.value) return null;
    const citation = on.citation;
    if (enterprise === undefined) {
      return { pass: "unknown", reason: { code: "enterprise_ui_unknown", citation, facts: { enterprise: input.claimant.id } }, missing: ["claim.enterpriseId"] };
    }
    const uiRegion = enterprise.unemploymentInsuranceRegion;
    if (uiRegion === undefined) {
      return { pass: "unknown", reason: { code: "enterprise_ui_unknown", citation, facts: { enterprise: enterprise.id } }, missing: ["enterprise.unemploymentInsuranceRegion"] };
    }
    const facts = { enterprise: enterprise.id, uiRegion, policyRegion: input.region };
    const within = regionWithin(uiRegion, input.region);
    if (within === true) return { pass: true, reason: { code: "enterprise_ui_local", citation, facts } };
    // a wider region holding the policy's (the province) may be insured here: asked, not refused (reading place-recorded-wider;
    // cold review 96 F3: an enterprise recorded as insured in zhejiang was refused the apprenticeship subsidy, 6000.00)
    if (within === "unknown") return { pass: "unknown", reason: { code: "enterprise_ui_unknown", citation, facts }, missing: ["enterprise.unemploymentInsuranceRegion"] };
    return { pass: false, reason: { code: "enterprise_ui_elsewhere", citation, facts } };
  },
});
