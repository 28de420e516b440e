/**
 * The OpenAPI 3.1 document of the web service, generated from the zod schemas: the
 * library's record schemas for what the endpoints accept, `schemas.ts` for what they
 * return. Nothing here is written by hand but the paths, their parameters and prose.
 * `npm run build` writes it to schemas/openapi.json, so a client can be generated
 * without running the server.
 */
import * as z from "zod";
import { POLICIES, VERSION } from "../index.js";
import { Patch } from "../reform/index.js";
import { Apprenticeship, Certificate, Claim, Course, EducationFundFigures, Enterprise, Grant, SubsidyCatalogue, Trainee } from "../schemas/index.js";
import {
  ClaimInputBody,
  ClaimsDocumentBody,
  DecisionSchema,
  ParameterEntrySchema,
  ParameterTableSchema,
  RuleEntrySchema,
  RuleTableSchema,
  DiffBody,
  DiffResponse,
  ErrorBody,
  EvaluateBody,
  EvaluateResponse,
  ExplainResponse,
  Fact,
  HealthResponse,
  InvalidRecordSchema,
  JsonSchemaResponse,
  ParametersResponse,
  PoliciesResponse,
  ProvisionsResponse,
  CitationSchema,
  MessageSchema,
  ReasonSchema,
  ValidationIssueSchema,
} from "./schemas.js";

/** The components of the document, by name: each a zod schema. */
const COMPONENTS = {
  Trainee,
  Course,
  Certificate,
  Enterprise,
  Apprenticeship,
  Claim,
  Grant,
  SubsidyCatalogue,
  EducationFundFigures,
  Patch,
  ClaimsDocument: ClaimsDocumentBody,
  ClaimInput: ClaimInputBody,
  EvaluateRequest: EvaluateBody,
  DiffRequest: DiffBody,
  Fact,
  ValidationIssue: ValidationIssueSchema,
  InvalidRecord: InvalidRecordSchema,
  Citation: CitationSchema,
  Message: MessageSchema,
  Reason: ReasonSchema,
  Decision: DecisionSchema,
  ParameterEntry: ParameterEntrySchema,
  ParameterTable: ParameterTableSchema,
  RuleEntry: RuleEntrySchema,
  RuleTable: RuleTableSchema,
  EvaluateResponse,
  ExplainResponse,
  DiffResponse,
  PoliciesResponse,
  ParametersResponse,
  ProvisionsResponse,
  HealthResponse,
  JsonSchema: JsonSchemaResponse,
  Error: ErrorBody,
} as const satisfies Record<string, z.ZodType>;

/** The name of a component schema. */
export type ComponentName = keyof typeof COMPONENTS;

/** The component schemas as JSON Schema (draft 2020-12, OpenAPI 3.1's dialect), referring to each other by `#/components/schemas/<name>`. */
export function componentSchemas(): Record<ComponentName, Record<string, unknown>> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io: "input", unrepresentable: "any", uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, Record<string, unknown>> };
  const out: Record<string, Record<string, unknown>> = {};
  for (const name of Object.keys(COMPONENTS)) {
    // Each component sits inside the document: no `$schema` or `$id` of its own.
    const { $schema: _s, $id: _i, ...rest } = schemas[name] ?? {};
    out[name] = rest;
  }
  return out as Record<ComponentName, Record<string, unknown>>;
}

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: ComponentName, description: string) => ({ description, content: { "application/json": { schema: ref(name) } } });
const error = (description: string) => json("Error", description);

const query = (name: string, description: string, schema: Record<string, unknown>) => ({ name, in: "query", required: false, description, schema });
const POLICY = query("policy", "The policy to judge under (default jiaxing-2019).", { type: "string", enum: Object.keys(POLICIES), default: "jiaxing-2019" });
const ON = query("on", "Judge every claim on this date (default: each claim's submittedOn); for /parameters, the value in force on this date.", { type: "string", format: "date" });

/** The errors every endpoint may answer with. */
const COMMON_ERRORS = {
  "404": error("No such path."),
  "405": error("The path does not take this method (the Allow header lists the ones it takes)."),
  "500": error("An unexpected fault (logged by the server; the body never carries a stack)."),
  "503": error("The service is shutting down (the request was not started), or the request took longer than the time limit (time_limit_exceeded)."),
};
const INPUT_ERRORS = {
  "400": error("The input is invalid: not JSON, a key given twice, a bad query parameter, or a record field — the issues name each field by its path."),
  "408": error("The body did not arrive within the time limit (request_timeout: the Node listener's own answer)."),
  "413": error("Over a limit: the body is larger than the byte limit (input_too_large), or holds more claims than the claim limit (too_many_records)."),
};
/** A path that takes no query parameter answers any with 400 (invalid_query: `/health?ts=1` is refused, not ignored). */
const QUERY_ERRORS = {
  "400": error("A query parameter the path does not take (invalid_query, naming it)."),
};

/**
 * The OpenAPI 3.1 document.
 * @example openApiDocument().openapi // → "3.1.0"
 */
export function openApiDocument(): Record<string, unknown> & { openapi: string } {
  return {
    openapi: "3.1.0",
    info: {
      title: "skills-subsidy",
      version: VERSION,
      summary: "China's vocational-skills training subsidy policy as code: eligibility, amounts and reasons, with citations to the texts.",
      description:
        "Decide subsidy claims, explain one decision, compare a reform with the policy it amends, and browse policies, parameters, provisions and record schemas. Amounts are yuan as strings with two decimals. Every error is JSON with a code and the message in Chinese (zh-CN) and English, and the field paths at fault. See docs/server.md.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "http://127.0.0.1:8080", description: "skills-subsidy serve --port 8080" }],
    paths: {
      "/evaluate": {
        post: {
          operationId: "evaluate",
          summary: "Decide claims",
          description:
            "Decides one claim with its records, or every claim of a claims document, as `skills-subsidy evaluate --format json` does: one decision per distinct claim id, in the order the claims are judged (basis date, then filing date, then claim id), or trainee by trainee with `order=trainee`. Each trace step names its rule by the key of its entry (label, citation, layer, override) and each parameter it read by the key of the entry in force; `rules` and `parameters` hold each entry once, by key (the first 16 hex digits of the entry's SHA-256). In a document a bad record is set aside and reported in `invalid`; the others are decided. The training subsidy is priced from the subsidy catalogue the service was started with for the policy (`skills-subsidy serve --catalogue`); without one its claims are `undecidable` (`no_local_standard`).",
          parameters: [POLICY, ON, query("trace", "false: decisions without their trace of rules and parameters (smaller, faster).", { type: "boolean", default: true }), query("order", "The order of the decisions. judged: the whole input by basis date, then filing date, then claim id. trainee: trainee by trainee (each trainee's claims in judged order, trainees as the input lists them, trainees sharing a training package together): the same decisions, faster on large documents.", { type: "string", enum: ["judged", "trainee"], default: "judged" })],
          requestBody: { required: true, content: { "application/json": { schema: ref("EvaluateRequest") } } },
          responses: {
            "200": json("EvaluateResponse", "The decisions, the parameter and rule entries their traces name (by key), the records set aside, totals, and the grants made (next request's ledger)."),
            ...INPUT_ERRORS,
            "422": error("One claim whose records are each valid but do not fit together (a course of another trainee, a claim filed before its course began); the issues name the fields."),
            ...COMMON_ERRORS,
          },
        },
      },
      "/explain": {
        post: {
          operationId: "explain",
          summary: "Explain one claim's decision",
          description: "Decides the input as /evaluate does (the claim is judged after the claims of the same person before it) and returns that claim's decision with its trace (rules and parameters by key, their entries in `rules` and `parameters`), and the text `skills-subsidy explain` prints (each reason with the passage of the text its provision stands for, in 「」).",
          parameters: [
            POLICY,
            ON,
            query("claim", "The claim id (needed when the input holds several claims).", { type: "string" }),
            query("lang", "Language of the text: zh (default) or en.", { type: "string", enum: ["zh", "en"], default: "zh" }),
          ],
          requestBody: { required: true, content: { "application/json": { schema: ref("EvaluateRequest") } } },
          responses: {
            "200": json("ExplainResponse", "The claim's decision and its explanation."),
            ...INPUT_ERRORS,
            "422": error("The claim is not in the input (unknown_claim), is invalid, or its records do not fit together."),
            ...COMMON_ERRORS,
          },
        },
      },
      "/diff": {
        post: {
          operationId: "diff",
          summary: "What a reform changes",
          description: "Decides the population under the policy and under the policy with the patches applied (in order), and returns the differences per claim and in total by provision, reform, payee kind, region and occupation, as `skills-subsidy diff --json` does.",
          parameters: [POLICY, ON],
          requestBody: { required: true, content: { "application/json": { schema: ref("DiffRequest") } } },
          responses: { "200": json("DiffResponse", "The comparison."), ...INPUT_ERRORS, ...COMMON_ERRORS },
        },
      },
      "/policies": {
        get: {
          operationId: "policies",
          summary: "The policies",
          description: "Every policy the service can judge under: its layers (national, province, prefecture), measures and content hash.",
          responses: { "200": json("PoliciesResponse", "The policies."), ...QUERY_ERRORS, ...COMMON_ERRORS },
        },
      },
      "/parameters": {
        get: {
          operationId: "parameters",
          summary: "The parameters of a policy",
          description: "Every parameter of a policy — the ids a reform patch names — with each dated value, its layer, citation and the passage of the text; with `on`, the value in force that day.",
          parameters: [POLICY, ON],
          responses: { "200": json("ParametersResponse", "The parameters."), "400": error("A bad query parameter (unknown policy, a date that is not YYYY-MM-DD)."), ...COMMON_ERRORS },
        },
      },
      "/provisions": {
        get: {
          operationId: "provisions",
          summary: "The provisions",
          description: "Every provision of the texts the library encodes, with its clause, kind, the passage of the text it stands for (verbatim), an English summary (a paraphrase, not the text), the policies that cite it, and the documents. A decision's reasons cite provision ids: look their passages up here.",
          responses: { "200": json("ProvisionsResponse", "The provision catalogue."), ...QUERY_ERRORS, ...COMMON_ERRORS },
        },
      },
      "/schemas/{record}": {
        get: {
          operationId: "schema",
          summary: "The JSON Schema of a record",
          parameters: [
            {
              name: "record",
              in: "path",
              required: true,
              description: "trainee, course, certificate, enterprise, apprenticeship, claim, grant, subsidyCatalogue, educationFundFigures, claims-document, claim-input, patch, scenario or progress-document (a `.json` ending is allowed).",
              schema: { type: "string" },
            },
          ],
          responses: { "200": json("JsonSchema", "The JSON Schema (draft 2020-12)."), ...QUERY_ERRORS, ...COMMON_ERRORS },
        },
      },
      "/health": {
        get: {
          operationId: "health",
          summary: "Liveness",
          responses: { "200": json("HealthResponse", "The service is up (status `shutting_down` while it finishes its last requests)."), ...QUERY_ERRORS, ...COMMON_ERRORS },
        },
      },
      "/openapi.json": {
        get: {
          operationId: "openapi",
          summary: "This document",
          responses: { "200": { description: "The OpenAPI 3.1 document.", content: { "application/json": { schema: { type: "object" } } } }, ...QUERY_ERRORS, ...COMMON_ERRORS },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
