/**
 * `skills-subsidy/server`: the web service (the browser-safe core `skills-subsidy` does not
 * reach it). {@link createHandler} is the service as one Fetch handler (`Request` in,
 * `Response` out) to mount in any runtime or framework that speaks Fetch — it is also alone
 * in `skills-subsidy/server/fetch`, which imports no Node built-in (for an edge runtime);
 * {@link startServer} serves it on `node:http` (what `skills-subsidy serve` runs, Node only);
 * {@link openApiDocument} is its OpenAPI 3.1 document.
 * @packageDocumentation
 */
export * from "./fetch.js";
export type { RunningServer, ServerOptions } from "./node.js";
export { shippedProvisions, startServer } from "./node.js";
