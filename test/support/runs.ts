/**
 * Cases per fast-check property: `FC_NUM_RUNS` when set (mutation testing sets 20, see
 * vitest.stryker.config.ts), else the default the property asks for.
 */
export function runs(n: number): number {
  const set = process.env["FC_NUM_RUNS"];
  if (set === undefined || set === "") return n;
  const parsed = Number(set);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`FC_NUM_RUNS must be a positive integer, got ${JSON.stringify(set)}`);
  return parsed;
}
