/**
 * The registry: every city (or province) pack the library ships, one line each. A new city is
 * a new folder under src/jurisdictions/ — its layers, its rules, its parameter data and a
 * pack (`definePack`) — and one line here (docs/adding-a-city.md).
 */
export { jiaxing } from "./jiaxing/pack.js";
export { jieyang } from "./guangdong/pack.js";
