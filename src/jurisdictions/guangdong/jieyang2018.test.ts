import { describe, expect, it } from "vitest";
import { resolveParameter } from "../../core/decision.js";
import { evaluateClaim } from "../../engine.js";
import { nationalFramework } from "../../provisions/framework.js";
import { subsidyCatalogue, withCatalogue } from "../../provisions/trainingSubsidy/subsidyCatalogue.js";
import { trainingSubsidyGroupIds } from "../../provisions/trainingSubsidy/trainingSubsidyGroups.js";
import { CATALOGUE_SOURCE, illustrativeCatalogue, input } from "../../../test/support/national.js";
import { jieyang2018Policy } from "../policies.js";

describe("the 2018 chain: gf2018 (national) → yf2018 (Guangdong) → jf2018 (Jieyang)", () => {
  it("is a three-level chain governing Jieyang", () => {
    const policy = jieyang2018Policy();
    expect(policy.layers.map((l) => [l.id, l.level])).toEqual([
      ["national.gf2018", "national"],
      ["guangdong.yf2018", "province"],
      ["guangdong.jieyang.jf2018", "prefecture"],
    ]);
    expect(policy.region).toBe("guangdong.jieyang");
  });
  it("the forwarding notices add no amounts: every parameter is declared by the national layer", () => {
    for (const chain of jieyang2018Policy().parameterChains.values()) {
      expect(chain.layer.id).toBe("national.gf2018");
      expect(chain.overrides).toEqual([]);
    }
  });
  it("gf2018 is in force from 2018-05-03 with its groups (gf2018.groups)", () => {
    expect(resolveParameter(jieyang2018Policy(), nationalFramework, "2018-05-03" as never)).toMatchObject({ value: "gf2018" });
    expect("value" in resolveParameter(jieyang2018Policy(), nationalFramework, "2018-05-02" as never)).toBe(false);
    expect(resolveParameter(jieyang2018Policy(), trainingSubsidyGroupIds, "2018-10-09" as never)).toMatchObject({ value: ["gf2018.groups"], citation: { provision: "gf2018.groups" } });
  });
  it("a claim under the 2018 texts alone is undecidable: they set no subsidy rule or amount", () => {
    const decision = evaluateClaim(jieyang2018Policy(), input({ course: {} }));
    expect(decision.outcome).toBe("undecidable");
    expect(decision.reasons[0]?.code).toBe("measure_not_provided");
  });
  it("a Jieyang pack can supply its catalogue to the chain (gf2018.catalogues declares the slot)", () => {
    const extended = withCatalogue(jieyang2018Policy(), illustrativeCatalogue, { ...CATALOGUE_SOURCE, layer: "guangdong.jieyang.example-catalogue" });
    expect(resolveParameter(extended, subsidyCatalogue, "2019-06-01" as never)).toMatchObject({ layer: "guangdong.jieyang.example-catalogue" });
  });
});

describe("the forwarding notices cite their own texts", () => {
  it("yf2018.forwarding and jf2018.forwarding are the scope of their layers", () => {
    expect(jieyang2018Policy().layers.map((l) => l.scope.provision)).toEqual(["gf2018.catalogues", "yf2018.forwarding", "jf2018.forwarding"]);
  });
});
