import { describe, expect, it } from "vitest";
import { cite } from "../src/core/citation.js";
import { evaluateClaim } from "../src/engine.js";
import { jiaxingPolicy } from "../src/jurisdictions/policies.js";
import { withCatalogue } from "../src/provisions/trainingSubsidy/withCatalogue.js";
import { illustrativeCatalogue, input } from "./support/national.js";

// A city supplies only its catalogue; the national rules and Jiaxing's own exception
// (jx2019.residency) do the rest. The catalogue's figures are illustrative.
const jiaxing = () =>
  withCatalogue(jiaxingPolicy(), illustrativeCatalogue, {
    layer: "zhejiang.jiaxing.example-catalogue",
    label: { zh: "嘉兴示例目录（数字仅为示意）", en: "Jiaxing example catalogue (illustrative figures)" },
    citation: cite("jx2019.catalogue", "五(十)一"),
    lastVerifiedOn: "2026-11-25",
  });

describe("a city pack over the national layers: Jiaxing with an illustrative catalogue", () => {
  it("the catalogue layer sits below jx2019 and governs Jiaxing", () => {
    expect(jiaxing().layers.map((l) => l.id)).toEqual(["national.gbf2019", "zhejiang.jiaxing.jx2019", "zhejiang.jiaxing.example-catalogue"]);
    expect(jiaxing().region).toBe("zhejiang.jiaxing");
  });
  it("a Jiaxing resident with a residence permit gets the catalogue's standard; the line cites jx2019.catalogue", () => {
    const decision = evaluateClaim(jiaxing(), input({ trainee: { hukouRegion: "anhui.hefei", residenceRegion: "zhejiang.jiaxing.haining", hasResidencePermit: true } }));
    expect(decision.outcome).toBe("granted");
    // EX-ELEC 初级工 1000 yuan (illustrative)
    expect(decision.amount).toBe("1000.00");
    expect(decision.lines[0]?.citation.provision).toBe("jx2019.catalogue");
  });
  it("Jiaxing's residency exception applies: living there without a residence permit is no basis (the national rule would accept it)", () => {
    const decision = evaluateClaim(jiaxing(), input({ trainee: { hukouRegion: "anhui.hefei", residenceRegion: "zhejiang.jiaxing.haining", hasResidencePermit: false, employmentRegion: "anhui.hefei", unemploymentRegisteredAt: "anhui.hefei" } }));
    expect(decision.outcome).toBe("denied");
    expect(decision.reasons.find((r) => r.code === "no_residency_basis")?.citation.provision).toBe("jx2019.residency");
  });
  it("a course outside Jiaxing is outside the policy's jurisdiction", () => {
    const decision = evaluateClaim(jiaxing(), input({ course: { region: "zhejiang.hangzhou" } }));
    expect(decision.outcome).toBe("denied");
    expect(decision.reasons.map((r) => r.code)).toContain("course_outside_jurisdiction");
  });
});

describe("Jiaxing's restated no-repeat rule (jx2019.annual-cap) and an earlier grant that names no occupation (reading: earlier-grant-says-what-it-paid)", () => {
  it("the claim is undecidable under Jiaxing's own citation, asking for the grant's occupation; named, it is paid 1000.00", () => {
    const unnamed = { id: "g0", claimId: "g0", traineeId: "p1", measure: "trainingSubsidy" as const, provision: "jx2019.catalogue", payee: { kind: "trainee" as const, id: "p1" }, amount: "1000.00", basisDate: "2019-08-01" as never };
    const local = { hukouRegion: "zhejiang.jiaxing.nanhu" };
    const decision = evaluateClaim(jiaxing(), input({ trainee: local, ledger: [unnamed] }));
    expect(decision.outcome).toBe("undecidable");
    expect(decision.missingFacts).toEqual(["grant g0: occupationCode"]);
    expect(decision.reasons.find((r) => r.code === "missing_record")?.citation.provision).toBe("jx2019.annual-cap");
    // EX-ELEC 初级工 1000 yuan (illustrative): the earlier grant named as another occupation
    expect(evaluateClaim(jiaxing(), input({ trainee: local, ledger: [{ ...unnamed, occupationCode: "EX-CARE" }] })).amount).toBe("1000.00");
  });
});
