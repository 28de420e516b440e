// Writes the JSON Schema of every record into schemas/, from the built library (dist/),
// so the package ships them for callers that do not use TypeScript; then the claims
// document and NDJSON line schemas of the command line.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { recordJsonSchema, recordSchemas } from "../dist/index.js";

const out = new URL("../schemas/", import.meta.url);
mkdirSync(out, { recursive: true });
for (const name of Object.keys(recordSchemas)) {
  const schema = { $id: `urn:skills-subsidy:schema:${name}`, title: name, ...recordJsonSchema(name) };
  writeFileSync(new URL(`${name}.json`, out), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`schemas: ${Object.keys(recordSchemas).length} records written to schemas/`);
// The claims document and the NDJSON line format, from the built command (docs/cli.md).
execFileSync(process.execPath, [fileURLToPath(new URL("../dist/cli.js", import.meta.url)), "schema", "--out", fileURLToPath(out)], { stdio: "inherit" });
