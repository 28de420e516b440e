// `npm start` in a fresh clone: builds dist/ first when it is missing or older than a
// source file (the package builds on `npm pack` — prepack — not on every `npm install`).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

const built = "dist/cli.js";
if (!existsSync(built) || statSync(built).mtimeMs < newest("src")) {
  const r = spawnSync("npm", ["run", "build", "--silent"], { stdio: ["ignore", "ignore", "inherit"], shell: process.platform === "win32" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
