/**
 * skills-subsidy/reform — policy changes and policy tests as data: patches of parameters
 * ({@link reform}, {@link reformAll}), comparing a policy with its reform ({@link compare}),
 * the parameter browser ({@link listParameters}) and scenario files ({@link runScenario}).
 * Everything here is also exported by `skills-subsidy`; import this entry when a program
 * needs only this part. Reading scenario files from disk lives in `skills-subsidy/node`.
 *
 * ```ts
 * import { reform, compare } from "skills-subsidy/reform";
 * ```
 * @packageDocumentation
 */
export type { PatchInput, Reformed } from "./reform.js";
export { change, ParameterChange, Patch, patchJsonSchema, reform, reformAll, reformLayerId, reformLayers, reformSteps } from "./reform.js";
export type { Attribution, ClaimDifference, ClaimSide, Comparison, ReformTotal, TotalRow, UnreadParameter } from "./compare.js";
export { compare } from "./compare.js";
export type { ParameterInForce, ParameterListing, ParameterValueRow } from "./parameters.js";
export { listParameters, rulesReading } from "./parameters.js";
export type { Coverage, Mismatch, RunScenarioOptions, ScenarioInput, ScenarioResult } from "../scenario/scenario.js";
export {
  decisionProvisions,
  ExpectedDecision,
  ExpectedStep,
  policyProvisions,
  provisionCoverage,
  runScenario,
  Scenario,
  ScenarioFile,
  scenarioJsonSchema,
  scenarioReport,
} from "../scenario/scenario.js";
