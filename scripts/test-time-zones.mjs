// Runs the date, provision, batch and report tests under several time zones: results must not
// depend on the machine's zone (civil dates only). Kiritimati is UTC+14, Los Angeles
// has daylight saving, Shanghai is where the policy lives.
import { spawnSync } from "node:child_process";

const zones = ["UTC", "Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati"];
const files = ["src/core/date.test.ts", "src/provisions", "test/batch.test.ts", "src/reports", "test/reports.test.ts"];
for (const tz of zones) {
  const r = spawnSync("npx", ["vitest", "run", "--reporter=dot", ...files], { stdio: "inherit", env: { ...process.env, TZ: tz } });
  if (r.status !== 0) {
    console.error(`tests failed under TZ=${tz}`);
    process.exit(1);
  }
  console.log(`TZ=${tz}: ok`);
}
