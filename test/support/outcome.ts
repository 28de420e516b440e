import type { Decision } from "../../src/index.js";

/** A decision in one line for a test's expectation: `outcome:amount:code+code`, `missing` when there is none. */
export const outcome = (d: Decision | undefined): string => (d === undefined ? "missing" : `${d.outcome}:${d.amount}:${d.reasons.map((r) => r.code).join("+")}`);
