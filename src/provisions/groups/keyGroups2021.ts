/**
 * “十四五”就业技能培训重点群体 — key groups of the 14th five-year training plan.
 *
 * plan2021.groups §(六) (paraphrase, the groups named across the clause): 高校和职业院校毕业年度毕业生和其他青年、城乡未继续升学的初高中毕业生、退役军人、农村转移劳动力、返乡农民工、脱贫劳动力、妇女、失业人员、长江流域禁捕退捕渔民、服刑人员、强制隔离戒毒人员和社区矫正对象；技能帮扶：脱贫家庭（含监测帮扶对象家庭）、困难职工家庭、社会救助对象和残疾人. Reading: women, worker-in-difficulty families and social-assistance recipients carry no status in the trainee record and are not matched; youth are matched as college graduates and graduation-year students.
 */
import { cite } from "../../core/citation.js";
import { defineGroup } from "./group.js";

/**
 * “十四五”就业技能培训重点群体 (key groups of the 14th five-year training plan). Encodes `plan2021.groups` (§(六)).
 * @example keyGroups2021.test(trainee({ birthDate: "1990-01-01", statuses: ["yangtzeFishingBanFisher"] })) // → true
 */
export const keyGroups2021 = defineGroup({
  id: "plan2021.groups",
  label: { zh: "“十四五”就业技能培训重点群体", en: "key groups of the 14th five-year training plan" },
  citation: cite("plan2021.groups", "§(六)"),
  members: ["graduationYearStudent", "collegeGraduate", "nonContinuingGraduate", "veteran", "ruralTransferWorker", "returningMigrantWorker", "liftedOutOfPoverty", "unemployed", "yangtzeFishingBanFisher", "inCustody", "compulsoryRehab", "communityCorrection", "disabled"],
});
