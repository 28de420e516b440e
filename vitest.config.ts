import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // docs/examples import the package by name, as a user's code does: the tests run them on the source.
  resolve: { alias: [{ find: /^skills-subsidy$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) }] },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    // One temporary folder per run, removed at its end (test/global-setup.ts).
    globalSetup: ["test/global-setup.ts"],
  },
});
