// Writes src/records/generated/validators.ts: the record schemas as data for the zod-free
// validator (src/records/validator.ts), generated from the zod schemas by
// scripts/validators/generate.ts (issue #16). Run after changing a schema in src/records;
// src/records/validators.test.ts fails while the file is stale. --check only compares.
import { readFileSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const OUT = "src/records/generated/validators.ts";
// The generator is TypeScript that imports the schemas: bundle it (zod included) and run it.
const bundled = await build({ entryPoints: ["scripts/validators/generate.ts"], bundle: true, write: false, platform: "node", format: "esm", logLevel: "silent" });
const { generateValidators } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString("base64")}`);
const text = generateValidators();
if (process.argv.includes("--check")) {
  const same = readFileSync(OUT, "utf8") === text;
  console.log(same ? `${OUT} is up to date` : `${OUT} is stale: run node scripts/generate-validators.mjs`);
  process.exit(same ? 0 : 1);
}
writeFileSync(OUT, text);
console.log(`${OUT} written`);
