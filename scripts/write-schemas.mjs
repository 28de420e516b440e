// Writes the JSON Schema of every record into schemas/, from the built library (dist/),
// so the package ships them for callers that do not use TypeScript.
import { mkdirSync, writeFileSync } from "node:fs";
import { patchJsonSchema, scenarioJsonSchema } from "../dist/index.js";
import { claimsDocumentJsonSchema, progressDocumentJsonSchema, recordJsonSchema, recordSchemas } from "../dist/index.js";

const out = new URL("../schemas/", import.meta.url);
mkdirSync(out, { recursive: true });
for (const name of Object.keys(recordSchemas)) {
  const schema = { $id: `urn:skills-subsidy:schema:${name}`, title: name, ...recordJsonSchema(name) };
  writeFileSync(new URL(`${name}.json`, out), `${JSON.stringify(schema, null, 2)}\n`);
}
writeFileSync(new URL("claims-document.json", out), `${JSON.stringify({ $id: "urn:skills-subsidy:schema:claims-document", title: "claims document", ...claimsDocumentJsonSchema() }, null, 2)}\n`);
writeFileSync(new URL("progress-document.json", out), `${JSON.stringify({ $id: "urn:skills-subsidy:schema:progress-document", title: "progress document (report input)", ...progressDocumentJsonSchema() }, null, 2)}\n`);
console.log(`schemas: ${Object.keys(recordSchemas).length} records, the claims document and the progress document written to schemas/`);

// Scenario files and reform patch files (issue 6), generated from their zod schemas.
for (const [name, make] of [["scenario", scenarioJsonSchema], ["patch", patchJsonSchema]]) {
  writeFileSync(new URL(`${name}.json`, out), `${JSON.stringify({ $id: `urn:skills-subsidy:schema:${name}`, title: name, ...make() }, null, 2)}\n`);
}
console.log("schemas: scenario.json and patch.json written to schemas/");
