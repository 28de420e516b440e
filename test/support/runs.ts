/**
 * Cases per fast-check property: `FC_NUM_RUNS` when set (mutation testing sets 20, see
 * vitest.stryker.config.ts), else the default the property asks for. `FC_SEED`, when set,
 * is the seed of every property of the run (to replay a failure, or to try other cases than
 * fast-check's random seed: `FC_SEED=42 npx vitest run test/invariants.property.test.ts`).
 */
import fc from "fast-check";

const seed = process.env["FC_SEED"];
if (seed !== undefined && seed !== "") {
  const parsed = Number(seed);
  if (!Number.isInteger(parsed)) throw new Error(`FC_SEED must be an integer, got ${JSON.stringify(seed)}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: parsed });
}

export function runs(n: number): number {
  const set = process.env["FC_NUM_RUNS"];
  if (set === undefined || set === "") return n;
  const parsed = Number(set);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`FC_NUM_RUNS must be a positive integer, got ${JSON.stringify(set)}`);
  return parsed;
}
