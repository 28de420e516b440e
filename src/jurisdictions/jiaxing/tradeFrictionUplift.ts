/**
 * 经贸摩擦上浮 — a 30 % uplift for trade-friction-affected employees.
 *
 * jx2019.trade-friction-uplift 三(二): 「2021 年底前，受经贸摩擦影响的企业职工培训补贴标准参照同类职业
 * （工种）补贴标准上浮 30%」 — the standard of the same occupation plus 30 %,
 * until the end of 2021. reading: trade-friction-until-end-2021 — for certificates issued on or before 2021-12-31 (the
 * parameter {@link tradeFrictionUplift} is read on the issue date; the Jiaxing layer
 * ends it on 2022-01-01). The uplift applies to the standard the claim is paid at
 * (including the 初级工 standard of pre-job and safety training), before any fee cap;
 * the line is rounded once (reading: round-once-half-up). The uplift is for 企业职工: the status's
 * holder is read as one, unless the record also says the person is unemployed (`unemployed`, a 失业人员:
 * reading trade-friction-employee). The Jiaxing layer appends
 * {@link tradeFrictionAdjustment} to the training subsidy's adjustments of the standard
 * (`trainingSubsidy.adjustments`), so a layer below may replace it like any rule.
 */
import type { CivilDate } from "../../core/date.js";
import type { Reason } from "../../core/decision.js";
import { isResolved } from "../../core/decision.js";
import { cite } from "../../core/citation.js";
import type { RuleContext } from "../../core/layer.js";
import { defineRule } from "../../core/layer.js";
import type { AdjustedStandard, StandardToAdjust } from "../../provisions/trainingSubsidy/trainingSubsidy.js";
import type { Amount } from "../../core/money.js";
import { amount } from "../../core/money.js";
import { defineParameter } from "../../core/parameter.js";
import type { Trainee } from "../../records/trainee.js";
import { DecimalString, objectOf, TraineeStatusShape } from "../../provisions/values.js";
import type { TraineeStatus } from "../../records/trainee.js"; // type only: erased, no zod at run time
import { hasStatus } from "../../records/kinds.js";

/** The trade-friction uplift: a share and the status whose holders get it. */
export interface Uplift {
  /** The uplift as a decimal share, e.g. `"0.30"`. */
  readonly rate: string;
  /** The status whose holders get it. */
  readonly status: TraineeStatus;
}

/**
 * The uplift in force (30 % until the end of 2021 in Jiaxing). Encodes
 * `jx2019.trade-friction-uplift` (三(二)).
 * Parameter `trainingSubsidy.tradeFrictionUplift`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(jiaxingPolicy(), tradeFrictionUplift, civilDate("2021-12-31"));
 * isResolved(r) ? r.value : r.reason // → {"rate":"0.30","status":"tradeFrictionAffected"}
 */
export const tradeFrictionUplift = defineParameter<Uplift>({
  id: "trainingSubsidy.tradeFrictionUplift",
  label: { zh: "受贸易摩擦影响企业职工补贴上浮比例", en: "uplift for trade-friction-affected employees" },
  citation: cite("jx2019.trade-friction-uplift", "三(二)"),
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: objectOf({ rate: DecimalString, status: TraineeStatusShape }),
});

/**
 * The standard with the uplift, if one is in force on the date and the trainee holds
 * the status and is not recorded as unemployed (reading trade-friction-employee); the reason says so.
 * Encodes `jx2019.trade-friction-uplift` (三(二)).
 * It runs inside the training-subsidy rule; a decision shows it:
 * @example
 * import { readFileSync } from "node:fs";
 * const edition = parseSubsidyCatalogue(JSON.parse(readFileSync("fixtures/jiaxing/catalogue-2020.json", "utf8")));
 * if (!edition.ok) throw new Error("unreadable catalogue");
 * const policy = withJiaxingCatalogue(edition.value); // the ILLUSTRATIVE 2020 edition: 电工 (EX-ELEC) 初级工 1000 yuan
 * const elec = certificate({ occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", issuedOn: "2020-07-15" });
 * const c = claim({ measure: "trainingSubsidy", certificateId: "K1" });
 * const affected = trainee({ statuses: ["enterpriseEmployee", "tradeFrictionAffected"] });
 * evaluateClaim(policy, input({ claim: c, trainee: affected, certificate: elec })).amount // → "1300.00"
 * // laid off, a 失业人员 rather than a 企业职工: the catalogue's standard
 * evaluateClaim(policy, input({ claim: c, trainee: trainee({ statuses: ["unemployed", "tradeFrictionAffected"] }), certificate: elec })).amount // → "1000.00"
 */
export function upliftStandard(ctx: RuleContext, standard: Amount, trainee: Trainee, date: CivilDate): { readonly standard: Amount; readonly reason: null } | { readonly standard: Amount; readonly reason: Reason; readonly layer: string } {
  const uplift = ctx.param(tradeFrictionUplift, date);
  // 「受经贸摩擦影响的企业职工」: a person the record calls unemployed is a 失业人员, not an employee (reading trade-friction-employee)
  if (!isResolved(uplift) || !hasStatus(trainee, uplift.value.status) || trainee.statuses.includes("unemployed")) return { standard, reason: null };
  const raised = standard.times(amount(1).plus(amount(uplift.value.rate)));
  return {
    standard: raised,
    layer: uplift.layer,
    reason: { code: "trade_friction_uplift", citation: uplift.citation, facts: { standard: standard.toFixed(2), rate: uplift.value.rate, raised: raised.toFixed(2), date } },
  };
}

const UPLIFT = cite("jx2019.trade-friction-uplift", "三(二)");

/**
 * The uplift as an adjustment of the training-subsidy standard (`upliftStandard` as a
 * rule, traced and overridable): the raised standard and its reason, or `null` when no
 * uplift applies. Encodes `jx2019.trade-friction-uplift` (三(二)).
 * @example [tradeFrictionAdjustment.id, tradeFrictionAdjustment.citation.provision] // → ["trainingSubsidy.tradeFrictionUplift","jx2019.trade-friction-uplift"]
 */
export const tradeFrictionAdjustment = defineRule({
  id: "trainingSubsidy.tradeFrictionUplift",
  label: { zh: "受经贸摩擦影响企业职工补贴标准上浮", en: "uplift for trade-friction-affected employees" },
  citation: UPLIFT,
  run: (ctx, input: StandardToAdjust): AdjustedStandard | null => {
    const raised = upliftStandard(ctx, input.standard, input.trainee, input.date);
    return raised.reason === null ? null : raised;
  },
});
