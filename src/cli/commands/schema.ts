/** `skills-subsidy schema`: JSON Schema of every record, the claims document and the NDJSON line — all from the library's zod schemas. */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { RecordName } from "../../index.js";
import { claimsDocumentJsonSchema, recordJsonSchema, recordSchemas } from "../../schemas/index.js";
import { defineCommand } from "../frame.js";
import { INPUT_LIMITS } from "../input.js";
import { OutputError } from "../io.js";

/**
 * Makes a directory and its missing parents, one level at a time. Not
 * `mkdirSync(dir, { recursive: true })`: under /proc (and other file systems that answer
 * ENOENT for a directory they will never create) Node's recursive mkdir retries forever
 * at 100 % CPU. Here an error is an error.
 */
function makeDirectory(dir: string): void {
  const path = resolve(dir);
  try {
    if (statSync(path).isDirectory()) return;
  } catch {
    // not there yet: make it below
  }
  const parent = dirname(path);
  if (parent !== path) makeDirectory(parent);
  try {
    mkdirSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST" || !statSync(path).isDirectory()) throw error;
  }
}

const ID = (name: string) => `urn:skills-subsidy:schema:${name}`;

/** Every schema, by file name. */
export function allSchemas(): Record<string, Record<string, unknown>> {
  const names = Object.keys(recordSchemas) as RecordName[];
  const out: Record<string, Record<string, unknown>> = {};
  for (const name of names) out[`${name}.json`] = { $id: ID(name), title: name, ...recordJsonSchema(name) };
  const { $schema, ...document } = claimsDocumentJsonSchema({ uri: (record) => `${record}.json` });
  out["claims-document.json"] = {
    $schema,
    $id: ID("claims-document"),
    title: "claims document",
    description: 'Claims with the records they refer to and the prior ledger (the JSON input of evaluate). A "$schema" key may name this schema, for editors.',
    ...document,
  };
  out["ndjson-line.json"] = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: ID("ndjson-line"),
    title: "NDJSON line",
    description: `One record per line: the record's fields plus "type" naming the record. At most ${INPUT_LIMITS.maxLineBytes} bytes per line.`,
    oneOf: names.map((name) => {
      const schema = recordJsonSchema(name) as { properties?: Record<string, unknown>; required?: string[] } & Record<string, unknown>;
      const { $schema: _ignored, ...rest } = schema;
      return { ...rest, properties: { type: { const: name }, ...(schema.properties ?? {}) }, required: ["type", ...(schema.required ?? [])] };
    }),
  };
  return out;
}

export const SCHEMA = defineCommand({
  name: "schema",
  summary: "write the JSON Schemas of the input records, document and NDJSON line",
  positionals: [],
  usage: "[--out <dir>]",
  description: `Writes the JSON Schemas (draft 2020-12) of the inputs: one file per record
(trainee, course, certificate, enterprise, apprenticeship, claim, grant), the claims
document (claims-document.json) and the NDJSON line (ndjson-line.json). Without --out,
prints them all as one JSON object keyed by file name.`,
  options: { out: { type: "string", value: "<dir>", help: "write one file per schema into this folder" } },
  exitCodes: [
    ["0", "written"],
    ["2", "usage error"],
    ["3", "the directory cannot be written"],
  ],
  run: async ({ values }, io) => {
    const schemas = allSchemas();
    if (values.out === undefined) {
      await io.stdout(`${JSON.stringify(schemas, null, 2)}\n`);
      return 0;
    }
    try {
      makeDirectory(values.out);
      for (const [name, s] of Object.entries(schemas)) writeFileSync(join(values.out, name), `${JSON.stringify(s, null, 2)}\n`);
    } catch (error) {
      throw new OutputError(values.out, error);
    }
    io.stderr(`skills-subsidy: ${Object.keys(schemas).length} schemas written to ${values.out}\n`);
    return 0;
  },
});
