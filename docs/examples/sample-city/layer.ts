// docs/examples/sample-city/layer.ts — the city's layer over the national texts: its own catalogue,
// one changed rate and one city-only rule. ILLUSTRATIVE: the sample city and its figures are made up.
import { cite, defineLayer, extend, livingAllowanceDailyRate, replaceParameter, trainingSubsidyChecks } from "skills-subsidy";
import { minClassHours, minimumClassHours } from "./minimumHours.js";

/** A real city cites its own text (added to law/ first); the sample cites the clause leaving standards local. */
const LOCAL = cite("gbf2019.local-standards", "§(十二)");

export const sampleCity2024 = defineLayer({
  id: "sample.city.2024",
  level: "prefecture",
  region: "sample.city",
  label: { zh: "示例市职业技能培训补贴办法（2024，示意）", en: "Sample City training-subsidy rules 2024 (illustrative)" },
  documents: ["sample2024"],
  scope: LOCAL,
  // 1. Its own catalogue: a caller's editions (catalogue-2024.json) become this layer below the city's.
  catalogue: {
    layer: "sample.city.catalogue",
    label: { zh: "示例市职业培训补贴目录（示意）", en: "Sample City training-subsidy catalogue (illustrative)" },
    citation: LOCAL,
    lastVerifiedOn: "2026-12-03",
  },
  // 2. One changed rate: the living allowance the national text leaves local, 40 yuan a day from 2024.
  parameterOverrides: [
    replaceParameter(livingAllowanceDailyRate, {
      label: { zh: "示例市：每人每天 40 元（示意）", en: "Sample City: 40 yuan a day (illustrative)" },
      citation: LOCAL,
      values: [{ from: "2024-01-01", value: "40.00" }],
      lastVerifiedOn: "2026-12-03",
    }),
  ],
  // 3. One city-only rule: its data, and the rule appended to the national training subsidy's extra conditions.
  parameters: [minClassHours],
  extensions: [extend(trainingSubsidyChecks, minimumClassHours)],
});
