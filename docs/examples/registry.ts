// docs/examples/registry.ts — the library's registry (src/jurisdictions/registry.ts) and the sample city's line.
export * from "../../src/jurisdictions/registry.js";
export { sampleCity } from "./sample-city/pack.js";
