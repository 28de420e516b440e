import { expect } from "vitest";
import type { ErrorCode, Facts } from "../../src/index.js";

/**
 * Matches a thrown SkillsSubsidyError by its code (and, when given, some of its facts),
 * never by its message: `expect(fn).toThrow(fault("layer_order", { layer: "c" }))`.
 */
export function fault(code: ErrorCode, facts?: Facts): unknown {
  return expect.objectContaining({ name: "SkillsSubsidyError", code, ...(facts === undefined ? {} : { facts: expect.objectContaining(facts) }) });
}
