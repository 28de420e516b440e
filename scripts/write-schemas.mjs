// Writes the JSON Schema of every record into schemas/, from the built library (dist/),
// so the package ships them for callers that do not use TypeScript; then the claims
// document, progress document, scenario, patch and NDJSON line schemas, and the web
// service's OpenAPI document.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { patchJsonSchema, scenarioJsonSchema } from "../dist/reform.js";
import { otherJsonSchema, otherSchemas, progressDocumentJsonSchema, recordJsonSchema, recordSchemas } from "../dist/schemas.js";

const out = new URL("../schemas/", import.meta.url);
mkdirSync(out, { recursive: true });
const write = (name, title, schema) => writeFileSync(new URL(`${name}.json`, out), `${JSON.stringify({ $id: `urn:skills-subsidy:schema:${name}`, title, ...schema }, null, 2)}\n`);
for (const name of Object.keys(recordSchemas)) write(name, name, recordJsonSchema(name));
for (const name of Object.keys(otherSchemas)) write(name, name, otherJsonSchema(name));
write("progress-document", "progress document (report input)", progressDocumentJsonSchema());
write("scenario", "scenario", scenarioJsonSchema());
write("patch", "patch", patchJsonSchema());
console.log(`schemas: ${Object.keys(recordSchemas).length} records, the catalogue, education-fund figures, progress document, scenario and patch written to schemas/`);
// The web service's OpenAPI 3.1 document (docs/server.md), generated from the same zod schemas.
const { openApiDocument } = await import("../dist/server.js");
writeFileSync(new URL("openapi.json", out), `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log("schemas: the web service's OpenAPI document written to schemas/openapi.json");
// The claims document and the NDJSON line format, from the built command (docs/cli.md).
execFileSync(process.execPath, [fileURLToPath(new URL("../dist/cli.js", import.meta.url)), "schema", "--out", fileURLToPath(out)], { stdio: "inherit" });
