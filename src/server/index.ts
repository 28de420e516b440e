/**
 * `skills-subsidy/server`: the web service (Node only; the browser-safe core
 * `skills-subsidy` does not reach it). {@link createHandler} is the service as one Fetch
 * handler (`Request` in, `Response` out) to mount in any framework that speaks Fetch;
 * {@link startServer} serves it on `node:http` (what `skills-subsidy serve` runs);
 * {@link openApiDocument} is its OpenAPI 3.1 document.
 * @packageDocumentation
 */
export type { Handler, HandlerOptions, ProvisionEntry, ServerLimits } from "./handler.js";
export { createHandler, SCHEMA_NAMES, SERVER_LIMITS } from "./handler.js";
export type { RunningServer, ServerOptions } from "./node.js";
export { shippedProvisions, startServer } from "./node.js";
export { componentSchemas, openApiDocument } from "./openapi.js";
export type { ErrorBody, ServiceErrorCode } from "./errors.js";
export { SERVICE_ERRORS } from "./errors.js";
