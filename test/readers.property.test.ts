/**
 * What a policy change can move (`rulesReading`, `compare().unread`, the parameter browser's "read by"), checked
 * against what deciding actually reads: over generated worlds (test/support/world.ts) under every policy of the
 * property tests and the Guangdong → Jieyang 2018 chain, every parameter a traced decision's step reads is reported
 * as read by that step's rule in that policy. A parameter reported read by no rule of a policy must never show up in
 * one of its traces: `compare` would tell an official that a patch of it "cannot change a decision" while it does
 * (cold audit 8: the readers of a rule a layer replaces are no readers there; review 7: a rule run by another reads
 * for it).
 *
 * Shown to fail (2026-12-05, reverted): rulesReading dropping the reader of every rule a layer replaces, whatever the
 * replacement reads, failed at the first Jiaxing world: "step apprenticeshipSubsidy (zhejiang.jiaxing.jx2019) read
 * apprenticeship.employeeTerms; rulesReading lists []". It holds on the code before cold audit 8's fix, which never
 * dropped a reader; it guards the fix's direction, a reader dropped that still reads.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Policy } from "../src/index.js";
import { evaluateBatch, jieyang2018Policy } from "../src/index.js";
import { rulesReading } from "../src/reform/index.js";
import { runs } from "./support/runs.js";
import { parsed, POLICY_CASES, rawDocument, worldArb } from "./support/world.js";

const RUNS = runs(200);
const TIMEOUT = 120_000;

const POLICIES: readonly { name: string; policy: Policy }[] = [...POLICY_CASES.map((p) => ({ name: p.name, policy: p.policy })), { name: "jieyang-2018", policy: jieyang2018Policy() }];

describe("what a policy change can move", () => {
  it("every parameter a traced decision reads is reported read by the rule that read it, in that policy: no patch that moves a decision is called unread", () => {
    const cache = new Map<string, readonly string[]>();
    const readers = (policy: Policy, name: string, parameter: string) => {
      const key = `${name}\u0000${parameter}`;
      let r = cache.get(key);
      if (r === undefined) cache.set(key, (r = rulesReading(policy, parameter)));
      return r;
    };
    fc.assert(
      fc.property(fc.constantFrom(...POLICIES), worldArb(), ({ name, policy }, world) => {
        const { decisions } = evaluateBatch(policy, parsed(rawDocument(world)));
        for (const d of decisions) {
          for (const step of d.trace) {
            for (const use of step.parameters) {
              const listed = readers(policy, name, use.parameter);
              expect(listed.includes(step.rule) || listed.includes(`${step.rule} (${step.layer})`), `${name}: ${d.claimId} step ${step.rule} (${step.layer}) read ${use.parameter}; rulesReading lists ${JSON.stringify(listed)}`).toBe(true);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
