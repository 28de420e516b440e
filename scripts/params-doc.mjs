// Writes docs/parameters.md from the built command line: `skills-subsidy params --all --format md`.
// Run after `npm run build`; test/parameters.test.ts fails when the file is stale.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";

const r = spawnSync(process.execPath, ["dist/cli.js", "params", "--all", "--format", "md"], { encoding: "utf8", env: { ...process.env, SKILLS_SUBSIDY_REEXEC: "0" } });
if (r.status !== 0) {
  console.error(r.stderr);
  process.exit(1);
}
writeFileSync("docs/parameters.md", r.stdout);
console.log("docs/parameters.md written");
