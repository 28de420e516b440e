/**
 * 技能扶贫对象 — skills poverty-alleviation groups.
 *
 * gbf2019.poverty-support §(五) (paraphrase): 为贫困劳动力提供免费职业技能培训（可项目制购买服务），培训期间给予生活费补贴；接受技工教育的贫困家庭学生落实国家助学金和免学费，子女接受技工教育的贫困家庭给予补助（金额由地方定）.
 */
import { cite } from "../../core/citation.js";
import { POVERTY_LABOURER_STATUSES } from "../../records/kinds.js";
import { defineGroup } from "./group.js";

/**
 * 技能扶贫对象 (skills poverty-alleviation groups). Encodes `gbf2019.poverty-support` (§(五)).
 * @example povertySupport.test(trainee({ birthDate: "1990-01-01", statuses: ["childOfPoorFamily"] })) // → true
 */
export const povertySupport = defineGroup({
  id: "gbf2019.poverty-support",
  label: { zh: "技能扶贫对象", en: "skills poverty-alleviation groups" },
  citation: cite("gbf2019.poverty-support", "§(五)"),
  // 贫困劳动力 as §(十一) defines it: every status of the register (reading poverty-labourer-register; review 20b)
  members: [...POVERTY_LABOURER_STATUSES, "childOfPoorFamily"],
});
