// docs/examples/sample-city/pack.ts — what the folder gives the registry: its policy, by id.
import { definePack, lazyPolicy, nationalFrameworksPolicy } from "skills-subsidy";
import { sampleCity2024 } from "./layer.js";

export const sampleCityPolicy = lazyPolicy(() => ({
  id: "sample-city-2024",
  label: { zh: "示例市 2024（示意）", en: "Sample City 2024 (illustrative)" },
  // the national frameworks in time (gbf2019 → plan2021 → op2025), then the city
  layers: [...nationalFrameworksPolicy().layers, sampleCity2024],
}));

export const sampleCity = definePack({ label: { zh: "示例市（示意）", en: "Sample City (illustrative)" }, policies: { "sample-city-2024": sampleCityPolicy } });
