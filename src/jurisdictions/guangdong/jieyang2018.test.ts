import { describe, expect, it } from "vitest";
import { resolveParameter } from "../../core/decision.js";
import { evaluateClaim } from "../../engine.js";
import { nationalFramework } from "../../provisions/framework.js";
import { subsidyCatalogue, withCatalogue } from "../../provisions/trainingSubsidy/subsidyCatalogue.js";
import { trainingSubsidyGroupIds } from "../../provisions/trainingSubsidy/trainingSubsidyGroups.js";
import { CATALOGUE_SOURCE, d, illustrativeCatalogue, input, jieyangPackPolicy } from "../../../test/support/national.js";
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
    for (const p of jieyang2018Policy().parameters) {
      expect(p.declaredBy).toBe("national.gf2018");
      expect(p.changes).toEqual([]);
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

describe("a Jieyang pack that binds the training subsidy over the 2018 chain", () => {
  // A minimal pack layer (a test fixture, not law: test/support/national.ts): it binds the national
  // training-subsidy rule for Jieyang under gbf2019.certificate-basis and sets no amount of its own.
  const packed = () => jieyangPackPolicy(false);
  const claimIn = (policy: ReturnType<typeof packed>, issuedOn = "2019-03-01") =>
    evaluateClaim(policy, input({ trainee: { hukouRegion: "guangdong.jieyang.rongcheng", statuses: ["unemployed"] }, course: { region: "guangdong.jieyang.rongcheng" }, certificate: { issuedOn: d(issuedOn) } }));
  const catalogued = () => jieyangPackPolicy();

  it("with no local standard the claim is undecidable, naming the missing catalogue", () => {
    const d = claimIn(packed());
    expect(d.outcome).toBe("undecidable");
    expect(d.missingFacts).toEqual(["parameter trainingSubsidy.catalogue"]);
    expect(d.reasons.map((r) => r.code)).toContain("no_local_standard");
  });
  it("with a standard supplied through withCatalogue it is decided: 1000 yuan (illustrative catalogue, EX-ELEC 初级工)", () => {
    const d = claimIn(catalogued());
    expect([d.outcome, d.amount]).toEqual(["granted", "1000.00"]);
    expect(d.lines[0]?.layer).toBe("guangdong.jieyang.example-catalogue");
  });
  it("gbf2019 §(十二) 「原则上每人每年可享受不超过3次，但同一职业同一等级不可重复享受」 is in force from 2019-05-18 and the chain does not carry it: a certificate of that day or later is undecidable (judge it under the national frameworks), one of the day before is paid 1000 yuan (reading gf2018-chain-groups)", () => {
    expect([claimIn(catalogued(), "2019-05-17").outcome, claimIn(catalogued(), "2019-05-17").amount]).toEqual(["granted", "1000.00"]); // EX-ELEC 初级工
    for (const day of ["2019-05-18", "2019-05-19", "2019-07-01"]) {
      const later = claimIn(catalogued(), day);
      expect([later.outcome, later.amount, later.lines]).toEqual(["undecidable", null, []]);
      expect(later.missingFacts).toEqual(["parameter national.framework"]);
      expect(later.reasons[0]).toMatchObject({ citation: { provision: "gf2018.catalogues" } });
    }
  });
});
