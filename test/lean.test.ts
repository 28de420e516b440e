/**
 * `trace: false`: a batch run that needs only the answers gets the same decisions —
 * outcome, payee, amount, lines, reasons with their messages, missing facts,
 * provenance — with an empty trace, and the same ledger.
 */
import { describe, expect, it } from "vitest";
import { documentAt, withIllustrativeCatalogue } from "./builders.js";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, jiaxingPolicy, nationalFrameworksPolicy } from "../src/index.js";


const withoutTrace = (d: Decision): Decision => ({ ...d, trace: [] });

const cases: readonly [string, Policy, string][] = [
  ["the Jiaxing showcase with the illustrative catalogue", withIllustrativeCatalogue(jiaxingPolicy()), "fixtures/jiaxing/showcase.json"],
  ["the Jiaxing fixture claims", jiaxingPolicy(), "fixtures/jiaxing/claims.json"],
  ["the reform population", jiaxingPolicy(), "fixtures/jiaxing/reform-population.json"],
  ["the Jiaxing fixture claims under the national frameworks", nationalFrameworksPolicy(), "fixtures/jiaxing/claims.json"],
];

describe("a batch decided without traces", () => {
  for (const [name, policy, path] of cases) {
    it(`decides ${name} exactly as with traces, only without the trace`, () => {
      const document = documentAt(path);
      const full = evaluateBatch(policy, document);
      const lean = evaluateBatch(policy, document, { trace: false });
      expect(full.decisions.some((d) => d.trace.length > 0)).toBe(true);
      expect(lean.decisions.every((d) => d.trace.length === 0)).toBe(true);
      expect(lean.decisions).toEqual(full.decisions.map(withoutTrace));
      expect(lean.grants).toEqual(full.grants);
      expect(lean.ledger.grants()).toEqual(full.ledger.grants());
    });
  }

  it("shares one provenance stamp of the policy between decisions, and it cannot be changed", () => {
    const { decisions } = evaluateBatch(jiaxingPolicy(), documentAt("fixtures/jiaxing/claims.json"), { trace: false });
    const [a, b] = decisions;
    expect(a?.provenance.policy).toBe(b?.provenance.policy);
    expect(Object.isFrozen(a?.provenance.policy)).toBe(true);
    expect(a?.provenance.policy.layers).toEqual(["national.gbf2019", "zhejiang.jiaxing.jx2019"]);
  });
});
