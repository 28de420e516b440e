/**
 * The national layer of 国办发〔2019〕24号 (gbf2019): the living-allowance groups and the
 * residency bases of the training subsidy, with the amounts left to local standards
 * (gbf2019.local-standards: prefecture-level or higher HR and finance departments set them).
 */
import { cite } from "../../core/citation.js";
import { bindMeasure, defineLayer } from "../../core/layer.js";
import { residency } from "../../provisions/eligibility/residency.js";
import { livingAllowance, livingAllowanceDailyRate } from "../../provisions/livingAllowance/livingAllowance.js";
import { livingAllowanceGroups } from "../../provisions/livingAllowance/livingAllowanceGroups.js";

export const gbf2019 = defineLayer({
  id: "national.gbf2019",
  level: "national",
  region: null,
  label: { zh: "职业技能提升行动方案（2019—2021年）", en: "national skills-upgrading action plan 2019–2021" },
  documents: ["gbf2019"],
  scope: cite("gbf2019.local-standards", "§(十二)"),
  parameters: [livingAllowanceDailyRate],
  rules: [residency, livingAllowanceGroups],
  measures: [bindMeasure("livingAllowance", livingAllowance)],
});
