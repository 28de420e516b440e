/**
 * National targets: the 2019–2021 action (gbf2019 §(二)(三)), the 14th five-year plan
 * (plan2021 专栏1) and the 2025–2027 opinions (op2025 一). Numbers as the texts write
 * them; each target quotes its words.
 */
import { cite } from "../../core/citation.js";
import type { CivilDate } from "../../core/date.js";
import { defineTargets } from "../../targets/target.js";

const VERIFIED = "2026-11-25";
/* @__NO_SIDE_EFFECTS__ */
function d(s: string): CivilDate {
  return s as CivilDate;
}

const GBF2019 = /* @__PURE__ */ cite("gbf2019.targets", "§(二)");
const ACTION_2019_2021 = { start: d("2019-01-01"), end: d("2021-12-31") };

/**
 * 国办发〔2019〕24号 §(二) 目标任务 and §(三) (apprentices). Encodes `gbf2019.targets` (§(二)).
 * @example gbf2019Targets.targets.length // → 5
 */
export const gbf2019Targets = /* @__PURE__ */ defineTargets({
  id: "gbf2019.targets",
  label: { zh: "职业技能提升行动（2019—2021年）目标任务", en: "Skills-upgrading action 2019–2021: targets" },
  citation: GBF2019,
  lastVerifiedOn: VERIFIED,
  targets: [
    {
      id: "gbf2019.targets.subsidisedTraining",
      metric: "subsidisedTraining",
      label: { zh: "三年补贴性职业技能培训", en: "subsidised training over three years" },
      quantity: { value: "5000", unit: "wanPersonTimes", atLeast: true },
      span: ACTION_2019_2021,
      citation: GBF2019,
      quote: "三年共开展各类补贴性职业技能培训 5000 万人次以上",
    },
    {
      id: "gbf2019.targets.subsidisedTraining2019",
      metric: "subsidisedTraining",
      label: { zh: "2019 年补贴性职业技能培训", en: "subsidised training in 2019" },
      quantity: { value: "1500", unit: "wanPersonTimes", atLeast: true },
      span: { start: d("2019-01-01"), end: d("2019-12-31") },
      citation: GBF2019,
      quote: "其中 2019 年培训 1500 万人次以上",
    },
    {
      id: "gbf2019.targets.skilledWorkerShare",
      metric: "skilledWorkerShare",
      label: { zh: "到 2021 年底技能劳动者占就业人员总量的比例", en: "skilled workers as a share of the employed by end 2021" },
      quantity: { value: "25", unit: "percent", atLeast: true },
      span: ACTION_2019_2021,
      citation: GBF2019,
      quote: "到 2021 年底技能劳动者占就业人员总量的比例达到 25%以上",
    },
    {
      id: "gbf2019.targets.highSkilledShare",
      metric: "highSkilledShare",
      label: { zh: "高技能人才占技能劳动者的比例", en: "high-skilled as a share of skilled workers by end 2021" },
      quantity: { value: "30", unit: "percent", atLeast: true },
      span: ACTION_2019_2021,
      citation: GBF2019,
      quote: "高技能人才占技能劳动者的比例达到 30%以上",
    },
    {
      id: "gbf2019.targets.newApprentices",
      metric: "newApprentices",
      label: { zh: "三年培训新型学徒", en: "new apprentices over three years" },
      quantity: { value: "100", unit: "wanPersons", atLeast: false },
      span: ACTION_2019_2021,
      citation: GBF2019,
      where: "§(三)",
      quote: "在全国各类企业全面推行企业新型学徒制、现代学徒制培训，三年培训 100 万新型学徒",
    },
  ],
});

const PLAN2021 = /* @__PURE__ */ cite("plan2021.targets", "专栏1");
const PLAN_2021_2025 = { start: d("2021-01-01"), end: d("2025-12-31") };

/**
 * 《“十四五”职业技能培训规划》 专栏1 「“十四五”时期职业技能培训主要指标」 (all 预期性). Encodes `plan2021.targets` (专栏1).
 * @example plan2021Targets.targets.length // → 5
 */
export const plan2021Targets = /* @__PURE__ */ defineTargets({
  id: "plan2021.targets",
  label: { zh: "“十四五”时期职业技能培训主要指标", en: "14th five-year plan 2021–2025: main indicators" },
  citation: PLAN2021,
  lastVerifiedOn: VERIFIED,
  targets: [
    {
      id: "plan2021.targets.subsidisedTraining",
      metric: "subsidisedTraining",
      label: { zh: "开展补贴性职业技能培训", en: "subsidised training" },
      quantity: { value: "7500", unit: "wanPersonTimes", atLeast: true },
      span: PLAN_2021_2025,
      citation: PLAN2021,
      quote: "开展补贴性职业技能培训（人次） ≥7500万 预期性",
    },
    {
      id: "plan2021.targets.migrantWorkerTraining",
      metric: "migrantWorkerTraining",
      label: { zh: "其中：农民工参加职业技能培训", en: "of which migrant workers" },
      quantity: { value: "3000", unit: "wanPersonTimes", atLeast: true },
      span: PLAN_2021_2025,
      citation: PLAN2021,
      quote: "其中：农民工参加职业技能培训（人次） ≥3000万 预期性",
    },
    {
      id: "plan2021.targets.newCertificates",
      metric: "newCertificates",
      label: { zh: "新增取得职业资格证书或职业技能等级证书", en: "new qualification or skill-level certificates" },
      quantity: { value: "4000", unit: "wanPersonTimes", atLeast: true },
      span: PLAN_2021_2025,
      citation: PLAN2021,
      quote: "新增取得职业资格证书或职业技能等级证书（人次） ≥4000万 预期性",
    },
    {
      id: "plan2021.targets.highSkilledCertificates",
      metric: "highSkilledCertificates",
      label: { zh: "其中：新增高技能人才（高级工及以上证书）", en: "of which senior (高级工) and above" },
      quantity: { value: "800", unit: "wanPersonTimes", atLeast: true },
      span: PLAN_2021_2025,
      citation: PLAN2021,
      quote: "其中：新增高技能人才（取得高级工及以上……职业资格证书或职业技能等级证书）（人次）……≥800万 预期性",
    },
    {
      id: "plan2021.targets.publicTrainingBases",
      metric: "publicTrainingBases",
      label: { zh: "新建公共实训基地", en: "new public training bases" },
      quantity: { value: "200", unit: "bases", atLeast: false },
      span: PLAN_2021_2025,
      citation: PLAN2021,
      quote: "新建公共实训基地（个） 200 预期性",
    },
  ],
});

const OP2025 = /* @__PURE__ */ cite("op2025.targets", "一");

/**
 * 2025 opinions 一. Reading (reading: targets-action-spans): 「从2025年到2027年底」 is taken as 2025-01-01 – 2027-12-31
 * (the text does not name a first day; the opinions are dated 2025-06-20). Encodes `op2025.targets` (一).
 * @example op2025Targets.targets[0]?.span // → {"start":"2025-01-01","end":"2027-12-31"}
 */
export const op2025Targets = /* @__PURE__ */ defineTargets({
  id: "op2025.targets",
  label: { zh: "大规模职业技能提升培训行动（2025—2027年）", en: "Large-scale skills training 2025–2027" },
  citation: OP2025,
  lastVerifiedOn: VERIFIED,
  targets: [
    {
      id: "op2025.targets.subsidisedTraining",
      metric: "subsidisedTraining",
      label: { zh: "补贴性培训", en: "subsidised training" },
      quantity: { value: "3000", unit: "wanPersonTimes", atLeast: true },
      span: { start: d("2025-01-01"), end: d("2027-12-31") },
      citation: OP2025,
      quote: "从2025年到2027年底……聚焦高精尖产业与急需行业、就业重点群体等开展补贴性培训3000万人次以上",
    },
  ],
});
