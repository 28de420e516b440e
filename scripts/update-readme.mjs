// Refreshes the README's sample outputs (npm start and explain) from the built CLI.
// A test (test/cli.test.ts) fails when they are stale.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const run = (...args) => execFileSync(process.execPath, ["dist/cli.js", ...args], { encoding: "utf8" }).trimEnd();
let readme = readFileSync("README.md", "utf8");
const start = run("evaluate", "fixtures/jiaxing/showcase.json", "--catalogue", "fixtures/jiaxing/catalogue-2020.json");
const explain = run("explain", "fixtures/jiaxing/claims.json", "JX-0001");
readme = readme.replace(/(`npm start` prints:\n\n```text\n)[\s\S]*?(\n```)/, (_m, a, b) => a + start + b);
readme = readme.replace(/(\$ skills-subsidy explain fixtures\/jiaxing\/claims.json JX-0001\n)[\s\S]*?(\n```)/, (_m, a, b) => a + explain + b);
writeFileSync("README.md", readme);
console.log("README.md sample outputs refreshed");
