// The test set mutation testing runs for each mutant: the unit, provision, batch,
// invariant and in-process CLI tests. The hostile-input corpus and the code-base checks
// do not test rule logic and would only slow each mutant down; property tests run fewer
// cases (FC_NUM_RUNS, read by test/support/runs.ts).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/batch.test.ts", "test/invariants.property.test.ts", "test/cli.test.ts"],
    environment: "node",
    env: { FC_NUM_RUNS: "20" },
  },
});
