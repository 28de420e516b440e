// Runs the date, provision, batch, report and invariant tests under several time zones:
// results must not depend on the machine's zone (civil dates only). Kiritimati is UTC+14, Los Angeles
// has daylight saving, Shanghai is where the policy lives.
import { spawnSync } from "node:child_process";

const zones = ["UTC", "Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati"];
// The invariants run here at 100 cases each (1,000 in the main run): enough to see a
// zone-dependent date at the thresholds, at a tenth of the cost, four times over.
const files = ["src/core/date.test.ts", "src/provisions", "src/jurisdictions", "test/batch.test.ts", "src/reports", "test/reports.test.ts", "test/invariants.property.test.ts"];
for (const tz of zones) {
  const r = spawnSync("npx", ["vitest", "run", "--reporter=dot", ...files], { stdio: "inherit", env: { ...process.env, TZ: tz, FC_NUM_RUNS: process.env.FC_NUM_RUNS ?? "100" } });
  if (r.status !== 0) {
    console.error(`tests failed under TZ=${tz}`);
    process.exit(1);
  }
  console.log(`TZ=${tz}: ok`);
}
