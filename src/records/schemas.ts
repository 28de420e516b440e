/**
 * The record schemas as zod schemas by name, and their JSON Schemas (draft 2020-12): for
 * the `schema` command, the web service's OpenAPI, `schemas/*.json` and generic tooling.
 * Parsing does not use these (it runs the validators generated from them, without zod).
 */
import { checkArgument } from "../arguments.js";
import * as z from "zod";
import { SubsidyCatalogue } from "./catalogue.js";
import { Claim, Grant } from "./claim.js";
import { MAX_RECORDS_PER_COLLECTION } from "./document.js";
import { EducationFundFigures } from "./educationFund.js";
import type { RecordName } from "./parse.js";
import { ProgressDocument } from "./progress.js";
import { Trainee } from "./trainee.js";
import { Apprenticeship, Certificate, Course, Enterprise } from "./training.js";

/**
 * The record schemas (zod) by name, for JSON Schema generation and generic parsing.
 * @example Object.keys(recordSchemas) // → ["trainee","course","certificate","enterprise","apprenticeship","claim","grant"]
 */
export const recordSchemas = {
  trainee: Trainee,
  course: Course,
  certificate: Certificate,
  enterprise: Enterprise,
  apprenticeship: Apprenticeship,
  claim: Claim,
  grant: Grant,
} as const satisfies Record<RecordName, z.ZodType>;

/**
 * Inputs that are not records of a claims document: a catalogue edition, an enterprise's education-fund figures.
 * @example Object.keys(otherSchemas) // → ["subsidyCatalogue","educationFundFigures"]
 */
export const otherSchemas = {
  subsidyCatalogue: SubsidyCatalogue,
  educationFundFigures: EducationFundFigures,
} as const;

/**
 * JSON Schema (draft 2020-12) of a catalogue edition or of education-fund figures.
 * @example otherJsonSchema("educationFundFigures").required // → ["enterpriseId","year","fund","frontLineSpend","totalWages"]
 */
export function otherJsonSchema(name: keyof typeof otherSchemas): Record<string, unknown> {
  return z.toJSONSchema(otherSchemas[name], { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}

/**
 * JSON Schema (draft 2020-12) of a record's input shape (`skills-subsidy schema <name>` prints it).
 * @example recordJsonSchema("claim").required // → ["id","measure","traineeId","claimant","submittedOn"]
 * @throws SkillsSubsidyError `invalid_argument` naming `name` when it is not a record's name (`trainee`, `course`, …).
 */
export function recordJsonSchema(name: RecordName): Record<string, unknown> {
  checkArgument(typeof name === "string" && Object.hasOwn(recordSchemas, name), "name", { zh: `记录名（${Object.keys(recordSchemas).join("、")}）`, en: `a record's name (${Object.keys(recordSchemas).join(", ")})` }, name);
  return z.toJSONSchema(recordSchemas[name], { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}

/**
 * JSON Schema (draft 2020-12) of a claims document, built from the record schemas
 * (`schemas/claims-document.json`): the records inline, or with `uri` as references to
 * their own schema files. A top-level `"$schema"` string (the schema's address, for
 * editors) is allowed and read by nothing.
 * @example Object.keys((claimsDocumentJsonSchema().properties ?? {}) as object) // → ["$schema","claims","trainees","courses","certificates","enterprises","apprenticeships","ledger"]
 * (claimsDocumentJsonSchema({ uri: (r) => `${r}.json` }).properties as { claims: { items: unknown } }).claims.items // → {"$ref":"claim.json"}
 */
export function claimsDocumentJsonSchema(options: { readonly uri?: (record: RecordName) => string } = {}): Record<string, unknown> {
  const list = <S extends z.ZodType>(schema: S) => z.array(schema).max(MAX_RECORDS_PER_COLLECTION).optional();
  const shape = z.strictObject({
    /** The address of this schema, for editors; nothing reads it. */
    $schema: z.string().max(2048).optional(),
    claims: z.array(recordSchemas.claim).max(MAX_RECORDS_PER_COLLECTION),
    trainees: list(recordSchemas.trainee),
    courses: list(recordSchemas.course),
    certificates: list(recordSchemas.certificate),
    enterprises: list(recordSchemas.enterprise),
    apprenticeships: list(recordSchemas.apprenticeship),
    ledger: list(recordSchemas.grant),
  });
  const { uri } = options;
  if (uri === undefined) return z.toJSONSchema(shape, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  // Records as references to their own schema files (`claim.json`), not inline copies.
  const registry = z.registry<{ id: string }>();
  for (const name of Object.keys(recordSchemas) as RecordName[]) registry.add(recordSchemas[name], { id: name });
  registry.add(shape, { id: "claims-document" });
  const all = z.toJSONSchema(registry, { uri: (id) => (id === "claims-document" ? id : uri(id as RecordName)), io: "input", unrepresentable: "any" });
  const { $id: _id, ...schema } = all.schemas["claims-document"] as Record<string, unknown>;
  return schema;
}

/**
 * JSON Schema (draft 2020-12) of the progress document, the `report` command's input.
 * @example progressDocumentJsonSchema().required // → ["trainings","grants"]
 */
export function progressDocumentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ProgressDocument, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
