/**
 * 毕业年度学生 — graduation-year students.
 *
 * plan2021.graduation-year-students §(十): 「积极为毕业年度学生提供职业技能培训服务并纳入职业培训补贴范畴」.
 */
import { cite } from "../../core/citation.js";
import { defineGroup } from "./group.js";

/**
 * 毕业年度学生 (graduation-year students). Encodes `plan2021.graduation-year-students` (§(十)).
 * @example graduationYearStudents.test(trainee({ birthDate: "1990-01-01", statuses: ["graduationYearStudent"] })) // → true
 */
export const graduationYearStudents = defineGroup({
  id: "plan2021.graduation-year-students",
  label: { zh: "毕业年度学生", en: "graduation-year students" },
  citation: cite("plan2021.graduation-year-students", "§(十)"),
  members: ["graduationYearStudent"],
});
