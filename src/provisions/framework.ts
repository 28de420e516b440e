/**
 * 政策框架 — which national framework is in force on a date. gbf2019 (2019–2021),
 * plan2021 (the 14th five-year plan, 2021–2025) and op2025 (2025 – end 2027) follow
 * one another; gf2018 is the lifelong-training system they build on. Each national
 * layer sets this parameter from its own first day, so reading it on a claim's basis
 * date puts the framework (and the layer that enacted it) into the decision's trace.
 * Where no framework is in force, a measure that needs one is `undecidable`
 * (reading: undecidable-never-zero — no provision in force on its date).
 */
import { cite } from "../core/citation.js";
import { defineParameter } from "../core/parameter.js";
import { DocumentKeyShape } from "./values.js";

/**
 * The document key of the national framework in force (`gbf2019`, `plan2021`, `op2025`, `gf2018`).
 * Parameter `national.framework`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const on = (date: string) => { const r = resolveParameter(nationalFrameworksPolicy(), nationalFramework, civilDate(date)); return isResolved(r) ? r.value : r.reason; };
 * [on("2020-06-01"), on("2022-06-01"), on("2025-07-01")] // → ["gbf2019","plan2021","op2025"]
 */
export const nationalFramework = defineParameter<string>({
  id: "national.framework",
  label: { zh: "施行中的国家政策框架", en: "national framework in force" },
  citation: cite("gbf2019.local-standards", "§(十二)"),
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: DocumentKeyShape,
});
