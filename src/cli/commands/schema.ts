/** `skills-subsidy schema`: JSON Schema of every record, the claims document and the NDJSON line. */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { RecordName } from "../../index.js";
import { COLLECTIONS, recordJsonSchema, recordSchemas } from "../../index.js";
import { INPUT_LIMITS } from "../input.js";
import type { Io } from "../io.js";
import { OutputError, UsageError } from "../io.js";

export const SCHEMA_HELP = `Usage: skills-subsidy schema [--out <dir>]

Writes the JSON Schemas (draft 2020-12) of the inputs: one file per record
(trainee, course, certificate, enterprise, apprenticeship, claim, grant), the claims
document (claims-document.json) and the NDJSON line (ndjson-line.json). Without --out,
prints them all as one JSON object keyed by file name.

Exit codes: 0 written; 2 usage error; 3 the directory or a file in it cannot be written.
`;

const ID = (name: string) => `urn:skills-subsidy:schema:${name}`;

/** Every schema, by file name. */
export function allSchemas(): Record<string, Record<string, unknown>> {
  const names = Object.keys(recordSchemas) as RecordName[];
  const out: Record<string, Record<string, unknown>> = {};
  for (const name of names) out[`${name}.json`] = { $id: ID(name), title: name, ...recordJsonSchema(name) };
  const properties: Record<string, unknown> = {};
  for (const [collection, record] of Object.entries(COLLECTIONS)) {
    properties[collection] = { type: "array", maxItems: INPUT_LIMITS.maxRecordsPerCollection, items: { $ref: `${record}.json` } };
  }
  out["claims-document.json"] = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: ID("claims-document"),
    title: "claims document",
    description: "Claims with the records they refer to and the prior ledger (the JSON input of evaluate).",
    type: "object",
    properties,
    required: ["claims"],
    additionalProperties: false,
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

export async function schema(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { out: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help === true) {
    await io.stdout(SCHEMA_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
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
}
