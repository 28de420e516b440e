/**
 * Jiaxing's targets (jx2019 一(二)) and the 2019 plan tables by region (附件1) and by
 * department (附件2), 万人次. Region rows use the region ids of the records
 * (`zhejiang.jiaxing.<pinyin>`); department rows use ASCII ids under `jiaxing.`.
 */
import { cite } from "../../core/citation.js";
import type { CivilDate } from "../../core/date.js";
import { definePlanTable, defineTargets } from "../../targets/target.js";
import { JIAXING_REGION_NAMES, JIAXING_REGIONS } from "./regions.js";
import type { Quantity } from "../../targets/target.js";

const VERIFIED = "2026-11-25";
/* @__NO_SIDE_EFFECTS__ */
function d(s: string): CivilDate {
  return s as CivilDate;
}
/* @__NO_SIDE_EFFECTS__ */
function wan(value: string): Quantity {
  return { value, unit: "wanPersonTimes", atLeast: false };
}

const TARGETS = /* @__PURE__ */ cite("jx2019.targets", "一(二)");
/** Reading (reading: targets-action-spans): 「到 2021 年」 over the three-year action 2019–2021 (the plan's title). */
const ACTION = { start: d("2019-01-01"), end: d("2021-12-31") };

/**
 * 嘉兴市职业技能提升行动实施方案 一(二) 目标任务: Jiaxing's targets. Encodes `jx2019.targets` (一(二)).
 * @example jx2019Targets.targets.map((t) => t.metric) // → ["trained","subsidisedTraining","newApprentices","highSkillTrainingBases","skilledWorkerShare","highSkilledShare"]
 */
export const jx2019Targets = /* @__PURE__ */ defineTargets({
  id: "jx2019.targets",
  label: { zh: "嘉兴市职业技能提升行动目标任务（到2021年）", en: "Jiaxing skills-upgrading targets (to 2021)" },
  citation: TARGETS,
  region: "zhejiang.jiaxing",
  lastVerifiedOn: VERIFIED,
  targets: [
    {
      id: "jx2019.targets.trained",
      metric: "trained",
      label: { zh: "全市培训", en: "trained citywide" },
      quantity: { value: "50", unit: "wanPersonTimes", atLeast: true },
      span: ACTION,
      citation: TARGETS,
      quote: "到 2021 年，全市培训 50 万人次以上",
    },
    {
      id: "jx2019.targets.subsidisedTraining",
      metric: "subsidisedTraining",
      label: { zh: "各类补贴性职业技能培训", en: "subsidised training" },
      quantity: { value: "30", unit: "wanPersonTimes", atLeast: true },
      span: ACTION,
      citation: TARGETS,
      quote: "其中开展各类补贴性职业技能培训 30 万人次以上",
    },
    {
      id: "jx2019.targets.newApprentices",
      metric: "newApprentices",
      label: { zh: "培养新型学徒", en: "new apprentices" },
      quantity: { value: "6000", unit: "persons", atLeast: false },
      span: ACTION,
      citation: TARGETS,
      quote: "培养 6000 名新型学徒",
    },
    {
      id: "jx2019.targets.highSkillTrainingBases",
      metric: "highSkillTrainingBases",
      label: { zh: "市级及以上高技能人才公共实训基地", en: "city-or-higher public high-skill training bases" },
      quantity: { value: "10", unit: "bases", atLeast: false },
      span: ACTION,
      citation: TARGETS,
      quote: "建成 10 家市级及以上高技能人才公共实训基地",
    },
    {
      id: "jx2019.targets.skilledWorkerShare",
      metric: "skilledWorkerShare",
      label: { zh: "技能劳动者占就业人员的比例", en: "skilled workers as a share of the employed" },
      quantity: { value: "27", unit: "percent", atLeast: true },
      span: ACTION,
      citation: TARGETS,
      quote: "到 2021 年底，技能劳动者占就业人员的比例达到 27%以上",
    },
    {
      id: "jx2019.targets.highSkilledShare",
      metric: "highSkilledShare",
      label: { zh: "高技能人才占技能劳动者的比例", en: "high-skilled as a share of skilled workers" },
      quantity: { value: "32", unit: "percent", atLeast: true },
      span: ACTION,
      citation: TARGETS,
      quote: "高技能人才占技能劳动者的比例达到 32%以上",
    },
  ],
});

// The region ids and names live in regions.ts (no top-level work), so that the messages can
// name a region without bringing the plan tables into a bundle that only decides claims.
export { JIAXING_REGION_NAMES, JIAXING_REGIONS };

const YEAR_2019 = { start: d("2019-01-01"), end: d("2019-12-31") };

/**
 * 附件1 2019 年全市职业技能提升行动分地区培训计划 — 职业技能培训（万人次）. Encodes `jx2019.plan-by-region` (附件1).
 * @example [jx2019PlanByRegion.rows.length, jx2019PlanByRegion.printedTotal.value] // → [9,"10"]
 */
export const jx2019PlanByRegion = /* @__PURE__ */ (() =>
  definePlanTable({
    id: "jx2019.plan-by-region",
    by: "region",
    label: { zh: "2019 年全市职业技能提升行动分地区培训计划", en: "2019 training plan by region" },
    span: YEAR_2019,
    citation: cite("jx2019.plan-by-region", "附件1"),
    lastVerifiedOn: VERIFIED,
    rows: [
      { id: JIAXING_REGIONS.jiashan, label: JIAXING_REGION_NAMES.jiashan, quantity: wan("1.3") },
      { id: JIAXING_REGIONS.pinghu, label: JIAXING_REGION_NAMES.pinghu, quantity: wan("1.5") },
      { id: JIAXING_REGIONS.haiyan, label: JIAXING_REGION_NAMES.haiyan, quantity: wan("1.3") },
      { id: JIAXING_REGIONS.haining, label: JIAXING_REGION_NAMES.haining, quantity: wan("1.7") },
      { id: JIAXING_REGIONS.tongxiang, label: JIAXING_REGION_NAMES.tongxiang, quantity: wan("1.7") },
      { id: JIAXING_REGIONS.nanhu, label: JIAXING_REGION_NAMES.nanhu, quantity: wan("0.9") },
      { id: JIAXING_REGIONS.xiuzhou, label: JIAXING_REGION_NAMES.xiuzhou, quantity: wan("0.9") },
      { id: JIAXING_REGIONS.jingkai, label: JIAXING_REGION_NAMES.jingkai, quantity: wan("0.55") },
      { id: JIAXING_REGIONS.gangqu, label: JIAXING_REGION_NAMES.gangqu, quantity: wan("0.15") },
    ],
    printedTotal: wan("10"),
  }))();

/**
 * Department ids of 附件2, ASCII under `jiaxing.`.
 * @example Object.values(JIAXING_DEPARTMENTS).every((id) => id.startsWith("jiaxing.")) // → true
 */
export const JIAXING_DEPARTMENTS = {
  economyIt: "jiaxing.economy-it",
  education: "jiaxing.education",
  construction: "jiaxing.construction",
  agriculture: "jiaxing.agriculture-rural",
  veterans: "jiaxing.veterans-affairs",
  emergency: "jiaxing.emergency-management",
  civilAffairs: "jiaxing.civil-affairs",
  health: "jiaxing.health",
  stateAssets: "jiaxing.state-assets",
  marketRegulation: "jiaxing.market-regulation",
  disabled: "jiaxing.disabled-federation",
} as const;

/**
 * 附件2 2019 年全市职业技能提升行动分部门培训计划 — 培训计划数（万人次）. Encodes `jx2019.plan-by-department` (附件2).
 * @example [jx2019PlanByDepartment.rows.length, jx2019PlanByDepartment.printedTotal.value] // → [11,"5.2849"]
 */
export const jx2019PlanByDepartment = /* @__PURE__ */ (() =>
  definePlanTable({
    id: "jx2019.plan-by-department",
    by: "department",
    label: { zh: "2019 年全市职业技能提升行动分部门培训计划", en: "2019 training plan by department" },
    span: YEAR_2019,
    citation: cite("jx2019.plan-by-department", "附件2"),
    lastVerifiedOn: VERIFIED,
    rows: [
      { id: JIAXING_DEPARTMENTS.economyIt, label: { zh: "市经信局", en: "Economy and Information Technology Bureau" }, quantity: wan("0.87"), task: "发挥行业主管部门的作用，重点协调组织数字经济产业的职业技能培训工作。" },
      { id: JIAXING_DEPARTMENTS.education, label: { zh: "市教育局", en: "Education Bureau" }, quantity: wan("0.1361"), task: "组织院校承担职业技能培训任务，重点协调组织“两后生”的职业技能培训工作。" },
      { id: JIAXING_DEPARTMENTS.construction, label: { zh: "市建设局", en: "Construction Bureau" }, quantity: wan("0.4421"), task: "协调组织建筑领域技能劳动者的职业技能培训工作。" },
      { id: JIAXING_DEPARTMENTS.agriculture, label: { zh: "市农业农村局", en: "Agriculture and Rural Affairs Bureau" }, quantity: wan("0.202"), task: "协调组织新型职业农民和建档立卡低收入农户家庭劳动力的职业技能培训工作。" },
      { id: JIAXING_DEPARTMENTS.veterans, label: { zh: "市退役军人事务局", en: "Veterans Affairs Bureau" }, quantity: wan("0.0889"), task: "协调组织退役军人的职业技能培训工作。" },
      { id: JIAXING_DEPARTMENTS.emergency, label: { zh: "市应急管理局", en: "Emergency Management Bureau" }, quantity: wan("2.3"), task: "协调组织高危行业领域安全技能培训和特种作业人员安全作业培训工作。" },
      { id: JIAXING_DEPARTMENTS.civilAffairs, label: { zh: "市民政局", en: "Civil Affairs Bureau" }, quantity: wan("0.12"), task: "协调组织养老护理人员的职业技能培训工作。" },
      { id: JIAXING_DEPARTMENTS.health, label: { zh: "市卫生健康委", en: "Health Commission" }, quantity: wan("0.0508"), task: "协调组织卫生健康行业的职业技能培训工作。" },
      { id: JIAXING_DEPARTMENTS.stateAssets, label: { zh: "市国资委", en: "State-owned Assets Commission" }, quantity: wan("0.125"), task: "协调组织国有和国有控股企业职工的职业技能培训工作。" },
      { id: JIAXING_DEPARTMENTS.marketRegulation, label: { zh: "市市场监管局", en: "Market Regulation Bureau" }, quantity: wan("0.8"), task: "协调组织小微企业职工的职业技能培训工作。" },
      { id: JIAXING_DEPARTMENTS.disabled, label: { zh: "市残联", en: "Disabled Persons' Federation" }, quantity: wan("0.15"), task: "协调组织残疾人的职业技能培训工作。" },
    ],
    printedTotal: wan("5.2849"),
  }))();
