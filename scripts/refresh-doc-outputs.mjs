// Refreshes the real output shown in the guides: every ```console block that starts with
// `$ skills-subsidy <args>` gets the built command's current output (stdout then stderr).
// The docs tests (test/docs-*.test.ts) fail when a block is stale.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["docs/policy-changes.md", "docs/jiaxing-worked-example.md"];
for (const file of files) {
  const text = readFileSync(file, "utf8");
  let count = 0;
  const next = text.replace(/```console\n\$ skills-subsidy (.*)\n([\s\S]*?)```/g, (_all, command) => {
    const r = spawnSync(process.execPath, ["dist/cli.js", ...command.split(" ")], { encoding: "utf8" });
    count++;
    return "```console\n$ skills-subsidy " + command + "\n" + `${(r.stdout + r.stderr).trimEnd()}\n` + "```";
  });
  writeFileSync(file, next);
  console.log(`${file}: ${count} blocks refreshed`);
}
