/**
 * `skills-subsidy/server/fetch`: the web service as one Fetch handler (`Request` in,
 * `Response` out), for any runtime that speaks Fetch — Deno, Bun, Cloudflare Workers, Vercel
 * or Netlify edge functions, a Service Worker, Node 20+. Nothing here or below it imports a
 * Node built-in, reads a file or listens for a signal (test/server-edge.test.ts bundles this
 * entry for a neutral platform and runs it); the Node listener with graceful shutdown is
 * `startServer` in `skills-subsidy/server`, which also re-exports everything here.
 * @packageDocumentation
 */
export type { Handler, HandlerOptions, ProvisionEntry, ServerLimits } from "./handler.js";
export { createHandler, SCHEMA_NAMES, SERVER_LIMITS } from "./handler.js";
export { componentSchemas, openApiDocument } from "./openapi.js";
export type { ErrorBody, ServiceErrorCode } from "./errors.js";
export { SERVICE_ERRORS } from "./errors.js";
