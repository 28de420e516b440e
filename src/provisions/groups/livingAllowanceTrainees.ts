/**
 * 培训期间给予生活费补贴的人员 — the people given the living allowance during training.
 *
 * gbf2019.living-allowance-groups §(十一): 「对贫困劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员，在培训期间按规定通过就业补助资金同时给予生活费补贴」.
 * The one list of them: the living allowance's group test reads it, and so does the
 * training subsidy's scope, since 「同时」 gives the allowance beside subsidised training
 * (reading national-training-subsidy-scope). 贫困劳动力 is defined by the register,
 * 「建档立卡贫困劳动力（以下简称贫困劳动力）」, so a `pairedRegionPovertyRegistered` or `liftedOutOfPoverty` person is one here as in the
 * free-training groups of the same paragraph (reading poverty-labourer-register); a local text whose own closed
 * list does not name him leaves him out by its layer's exception to the living allowance's group rule.
 */
import { cite } from "../../core/citation.js";
import { POVERTY_LABOURER_STATUSES } from "../../records/kinds.js";
import { defineGroup } from "./group.js";

/**
 * The living-allowance groups of gbf2019 §(十一). Encodes `gbf2019.living-allowance-groups` (§(十一)).
 * @example livingAllowanceTrainees.of(trainee({ statuses: ["nonContinuingGraduate", "rural", "veteran"] })) // → ["nonContinuingGraduate+rural"]
 */
export const livingAllowanceTrainees = defineGroup({
  id: "gbf2019.living-allowance-groups",
  label: { zh: "生活费补贴对象", en: "living-allowance groups" },
  citation: cite("gbf2019.living-allowance-groups", "§(十一)"),
  members: [...POVERTY_LABOURER_STATUSES, "employmentDifficulty", "zeroEmploymentHousehold", ["nonContinuingGraduate", "rural"], ["nonContinuingGraduate", "urbanDibaoFamily"]],
});
