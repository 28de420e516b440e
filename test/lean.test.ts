/**
 * `trace: false`: a batch run that needs only the answers gets the same decisions —
 * outcome, payee, amount, lines, reasons with their messages, missing facts,
 * provenance — with an empty trace, and the same ledger.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ClaimsDocument, Decision, Policy } from "../src/index.js";
import { catalogueSourceFor, evaluateBatch, jiaxingPolicy, nationalFrameworksPolicy, parseClaimsDocument, parseSubsidyCatalogue, withCatalogue } from "../src/index.js";

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), "utf8"));

function documentAt(path: string): ClaimsDocument {
  const r = parseClaimsDocument(json(path));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.document;
}

function withIllustrativeCatalogue(policy: Policy): Policy {
  const parsed = parseSubsidyCatalogue(json("fixtures/jiaxing/catalogue-2020.json"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return withCatalogue(policy, [parsed.value], catalogueSourceFor(policy));
}

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
