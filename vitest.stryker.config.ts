// The test set mutation testing runs for each mutant: the unit and provision tests, the
// tests of the layers and scenarios in test/ that exercise the rules, the invariants, and
// the batch and in-process CLI tests. The hostile-input corpus, the browser, docs and
// code-base checks do not test rule logic and would only slow each mutant down; property
// tests run fewer cases (FC_NUM_RUNS, read by test/support/runs.ts).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "src/**/*.test.ts",
      "test/jiaxing*.test.ts",
      "test/timeline.test.ts",
      "test/scenarios.test.ts",
      "test/invariants.property.test.ts",
      "test/batch.test.ts",
      "test/cli.test.ts",
      // audit 66: five mutants of money rules (the claimant filing as trainee, the employer of record, a pensioner's
      // skill-upgrade subsidy, one-or-the-other by occupation and level, an unemployed new hire) no file above killed
      "test/audit66.test.ts",
      // the course key (reading course-trained-once)
      "test/courseOnce.test.ts",
    ],
    environment: "node",
    env: { FC_NUM_RUNS: "20" },
    // The scenario runner reads every scenario file in one test: on a loaded machine
    // that can take longer than vitest's default 5 s (Stryker has its own timeouts).
    testTimeout: 30_000,
  },
});
