/**
 * Jiaxing's living-allowance groups: 四(三)四 names the national groups, but its 就业困难人员 is
 * the one its own paragraph opens with, 「就业困难人员（含残疾人）」.
 *
 * Reading (jiaxing-living-allowance-disabled): in 四(三) the term 就业困难人员 is given once with
 * its parenthesis, 「面向新生代农民工、农村转移就业劳动者、“两后生”、失业人员、退役军人、就业困难人员（含残疾人）、本市高校毕业生持续实施」,
 * and the paragraph's items 三是 and 四是 repeat the term without it; the same term in the same
 * paragraph means the same people. So a disabled trainee (`disabled`) is in Jiaxing's living-
 * allowance group 就业困难人员 as the free-training groups already read it (groups.ts). The
 * national rule (gbf2019 §(十一), no parenthesis) is unchanged; the Jiaxing layer makes an
 * exception to it for a disabled trainee in none of the national groups, citing its own clause.
 */
import { cite } from "../../core/citation.js";
import type { Check } from "../../core/decision.js";
import type { RuleOverride } from "../../core/layer.js";
import { ruleException } from "../../core/layer.js";
import { hasStatus } from "../../records/kinds.js";
import type { Trainee } from "../../records/trainee.js";
import { livingAllowanceGroups } from "../../provisions/livingAllowance/livingAllowanceGroups.js";
import { livingAllowanceTrainees } from "../../provisions/groups/livingAllowanceTrainees.js";

/** Jiaxing's living-allowance clause (四(三)四), which names 就业困难人员 of its paragraph's 「就业困难人员（含残疾人）」. */
export const JX_LIVING_ALLOWANCE = cite("jx2019.living-allowance", "四(三)四");

/**
 * The group a disabled trainee is in under Jiaxing's clause: 就业困难人员（含残疾人）.
 * @example JX_DISABLED_LIVING_ALLOWANCE_GROUP // → "employmentDifficulty(disabled)"
 */
export const JX_DISABLED_LIVING_ALLOWANCE_GROUP = "employmentDifficulty(disabled)";

/**
 * Passes a disabled trainee as one of the 就业困难人员（含残疾人）, citing jx2019.living-allowance
 * (四(三)四). Encodes `jx2019.living-allowance` (四(三)四).
 * @example jxDisabledLivingAllowanceCheck().reason.facts // → {"groups":["employmentDifficulty(disabled)"]}
 */
export function jxDisabledLivingAllowanceCheck(): Check {
  return { pass: true, reason: { code: "in_living_allowance_group", citation: JX_LIVING_ALLOWANCE, facts: { groups: [JX_DISABLED_LIVING_ALLOWANCE_GROUP] } } };
}

/**
 * True when Jiaxing's reading decides: the trainee is disabled and in none of the national
 * living-allowance groups (one who is in one of them is paid under the national rule, as before).
 * @example jxDisabledOnly(trainee({ statuses: ["disabled"] })) // → true
 * jxDisabledOnly(trainee({ statuses: ["disabled", "employmentDifficulty"] })) // → false
 */
export function jxDisabledOnly(trainee: Trainee): boolean {
  return hasStatus(trainee, "disabled") && !livingAllowanceTrainees.test(trainee);
}

/**
 * The Jiaxing layer's exception to `livingAllowance.groups` (reading
 * jiaxing-living-allowance-disabled). Encodes `jx2019.living-allowance` (四(三)四).
 * @example [jxLivingAllowanceDisabled.kind, jxLivingAllowanceDisabled.target.id, jxLivingAllowanceDisabled.citation.provision] // → ["exception","livingAllowance.groups","jx2019.living-allowance"]
 */
export const jxLivingAllowanceDisabled: RuleOverride = ruleException(livingAllowanceGroups, {
  label: { zh: "嘉兴：就业困难人员（含残疾人）给予生活费补贴", en: "Jiaxing: employment-difficulty persons, disabled persons included, get the living allowance" },
  citation: JX_LIVING_ALLOWANCE,
  applies: (_ctx, trainee) => jxDisabledOnly(trainee),
  run: () => jxDisabledLivingAllowanceCheck(),
});
