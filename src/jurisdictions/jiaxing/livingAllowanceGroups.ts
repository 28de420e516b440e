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
 *
 * Reading (poverty-labourer-register): the national list takes in a `pairedRegionPovertyRegistered`
 * person as a 贫困劳动力 of gbf2019 (「建档立卡贫困劳动力（以下简称贫困劳动力）」). Jiaxing's clause is its own closed
 * list, 「四是对建档立卡低收入农户家庭劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员」, and jx2019
 * names 「对口支援地区建档立卡贫困人员」 apart, beside the groups of its project training (四(三)三); the living
 * allowance's list does not name them. So the same exception decides for such a person under Jiaxing: in
 * Jiaxing's groups if he is in another of them (or disabled), otherwise refused, citing 四(三)四. So too for a 脱贫劳动力
 * (`liftedOutOfPoverty`), whom the national list takes in as a 贫困劳动力 (the same reading) and Jiaxing's list does not name.
 *
 * Reading (jiaxing-list-governs-plan-days): 「本方案自印发之日起施行」 — Jiaxing's list is jx2019's rule, so it governs a
 * course with a day in the plan's days trained (2019-12-13 to 2021-12-31); a course all of whose days are before them
 * is judged by the national list (gbf2019 §(十一)), as any other person's, and one after gbf2019's action has ended is
 * held for a later text, as anyone's is (cold audit 27, cold review 43).
 */
import { cite } from "../../core/citation.js";
import type { Check } from "../../core/decision.js";
import type { RuleOverride } from "../../core/layer.js";
import { ruleException } from "../../core/layer.js";
import { hasStatus } from "../../records/kinds.js";
import type { Trainee } from "../../records/trainee.js";
import { livingAllowanceGroups } from "../../provisions/livingAllowance/livingAllowanceGroups.js";
import { livingAllowanceTrainees } from "../../provisions/groups/livingAllowanceTrainees.js";
import { JX2019_ACTION_END, JX2019_IN_FORCE } from "./planPeriod.js";

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
 * The statuses of the national list that Jiaxing's closed list (四(三)四) does not name: the register of the regions it
 * supports, and a 脱贫劳动力 of the later national texts (its list's 「建档立卡低收入农户家庭劳动力」 is Zhejiang's own register,
 * read as `povertyRegistered`).
 */
const NOT_IN_JIAXING_LIST: ReadonlySet<string> = new Set(["pairedRegionPovertyRegistered", "liftedOutOfPoverty"]);

/**
 * The national living-allowance groups a trainee is in that Jiaxing's list (四(三)四) names too:
 * all but the 对口支援地区建档立卡贫困人员.
 * @example jxNamedNationalGroupsOf(trainee({ statuses: ["pairedRegionPovertyRegistered", "zeroEmploymentHousehold"] })) // → ["zeroEmploymentHousehold"]
 */
export function jxNamedNationalGroupsOf(trainee: Trainee): string[] {
  return livingAllowanceTrainees.of(trainee).filter((g) => !NOT_IN_JIAXING_LIST.has(g));
}

/**
 * True when Jiaxing's reading decides: the trainee is disabled and in none of the national
 * living-allowance groups Jiaxing's list names (one who is in one of them is paid under the national rule, as before).
 * @example jxDisabledOnly(trainee({ statuses: ["disabled"] })) // → true
 * jxDisabledOnly(trainee({ statuses: ["disabled", "employmentDifficulty"] })) // → false
 */
export function jxDisabledOnly(trainee: Trainee): boolean {
  return hasStatus(trainee, "disabled") && jxNamedNationalGroupsOf(trainee).length === 0;
}

/**
 * Jiaxing's living-allowance check where it differs from the national one: the groups of
 * 四(三)四 (the national ones it names, or 就业困难人员（含残疾人） for a disabled trainee), else a refusal
 * citing 四(三)四. Encodes `jx2019.living-allowance` (四(三)四).
 * @example jxLivingAllowanceGroupCheck(trainee({ statuses: ["pairedRegionPovertyRegistered"] })).reason.code // → "not_in_living_allowance_group"
 * jxLivingAllowanceGroupCheck(trainee({ statuses: ["pairedRegionPovertyRegistered", "disabled"] })).reason.facts // → {"groups":["employmentDifficulty(disabled)"]}
 */
export function jxLivingAllowanceGroupCheck(trainee: Trainee): Check {
  const named = jxNamedNationalGroupsOf(trainee);
  if (named.length > 0) return { pass: true, reason: { code: "in_living_allowance_group", citation: JX_LIVING_ALLOWANCE, facts: { groups: named } } };
  if (hasStatus(trainee, "disabled")) return jxDisabledLivingAllowanceCheck();
  return { pass: false, reason: { code: "not_in_living_allowance_group", citation: JX_LIVING_ALLOWANCE, facts: { statuses: trainee.statuses } } };
}

/**
 * The Jiaxing layer's exception to `livingAllowance.groups` (readings
 * jiaxing-living-allowance-disabled, poverty-labourer-register): it decides for a disabled trainee in
 * none of the groups its list names, and for a 对口支援地区建档立卡贫困人员, whom the national list takes in and
 * Jiaxing's does not; on the plan's days alone (reading jiaxing-list-governs-plan-days). Encodes `jx2019.living-allowance` (四(三)四).
 * @example [jxLivingAllowanceDisabled.kind, jxLivingAllowanceDisabled.target.id, jxLivingAllowanceDisabled.citation.provision] // → ["exception","livingAllowance.groups","jx2019.living-allowance"]
 * [jxLivingAllowanceDisabled.from, jxLivingAllowanceDisabled.until] // → ["2019-12-13","2022-01-01"]
 */
export const jxLivingAllowanceDisabled: RuleOverride = ruleException(livingAllowanceGroups, {
  label: {
    zh: "嘉兴：就业困难人员（含残疾人）给予生活费补贴；对口支援地区建档立卡贫困人员不在其名单内",
    en: "Jiaxing: employment-difficulty persons, disabled persons included, get the living allowance; its list does not name the poverty-registered of paired regions",
  },
  citation: JX_LIVING_ALLOWANCE,
  // 「本方案自印发之日起施行」: on the plan's days only (reading jiaxing-list-governs-plan-days).
  from: JX2019_IN_FORCE,
  until: JX2019_ACTION_END,
  applies: (_ctx, trainee) => jxDisabledOnly(trainee) || livingAllowanceTrainees.of(trainee).some((g) => NOT_IN_JIAXING_LIST.has(g)),
  run: (_ctx, trainee) => jxLivingAllowanceGroupCheck(trainee),
});
