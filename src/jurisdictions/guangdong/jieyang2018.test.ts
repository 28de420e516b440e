import { describe, expect, it } from "vitest";
import { resolveParameter } from "../../core/decision.js";
import { evaluateClaim } from "../../engine.js";
import { nationalFramework } from "../../provisions/framework.js";
import { skillLadder } from "../../provisions/levels/skillLadder.js";
import { SubsidyCatalogue } from "../../records/catalogue.js";
import type { SkillLevel } from "../../records/common.js";
import { subsidyCatalogue } from "../../provisions/trainingSubsidy/subsidyCatalogue.js";
import { withCatalogue } from "../../provisions/trainingSubsidy/withCatalogue.js";
import { trainingSubsidyGroupIds } from "../../provisions/trainingSubsidy/trainingSubsidyGroups.js";
import { CATALOGUE_SOURCE, d, exampleEdition2018, illustrativeCatalogue, input, jieyangPackPolicy, regionalPolicy } from "../../../test/support/national.js";
import { jieyang2018Policy, nationalFrameworksPolicy } from "../policies.js";

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

describe("gf2018 §(十一) 「建立与国家职业资格制度相衔接、与终身职业技能培训制度相适应的职业技能等级制度」: a certificate of the 2018 chain carries one of the five levels of the 职业资格 system (reading skill-ladder-2018)", () => {
  // ILLUSTRATIVE figures, not any city's: the pack fixture's rows (test/support/national.ts exampleEdition2018, in force from
  // gf2018's first day 2018-05-03: EX-ELEC 初级工 1000.00, 学徒工 500.00, 首席技师 3000.00) and two rows of this test's own, so
  // that every level asked about is priced and only the ladder can refuse it: EX-ELEC 高级技师 2500.00 and 特级技师 2800.00.
  const edition = SubsidyCatalogue.parse({
    ...exampleEdition2018,
    id: "example-2018-ladder",
    entries: [
      ...exampleEdition2018.entries,
      { occupation: { code: "EX-ELEC", name: "示例电工" }, level: "seniorTechnician", standard: "2500.00", certificateKinds: ["skillLevelCertificate", "qualificationCertificate"] },
      { occupation: { code: "EX-ELEC", name: "示例电工" }, level: "principalTechnician", standard: "2800.00", certificateKinds: ["skillLevelCertificate"] },
    ],
  });
  const jieyangPack = withCatalogue(jieyangPackPolicy(false), edition, { ...CATALOGUE_SOURCE, layer: "guangdong.jieyang.example-catalogue" });
  const frameworks = regionalPolicy(nationalFrameworksPolicy(), edition);
  /** A Rongcheng 下岗失业人员 (gf2018.groups) with an EX-ELEC certificate at `level` issued on `day`, claimed that day. */
  const inJieyang = (level: SkillLevel, day: string) =>
    evaluateClaim(jieyangPack, input({ trainee: { hukouRegion: "guangdong.jieyang.rongcheng", statuses: ["unemployed"] }, course: { region: "guangdong.jieyang.rongcheng", level, startDate: d(day), endDate: d(day), attendedDays: 1 }, certificate: { level, issuedOn: d(day) }, claim: { submittedOn: d(day) } }));
  /** The same under the national frameworks: an unemployed person of the example city, trained there. */
  const inFrameworks = (level: SkillLevel, day: string) =>
    evaluateClaim(frameworks, input({ course: { level, startDate: d(day), endDate: d(day), attendedDays: 1 }, certificate: { level, issuedOn: d(day) }, claim: { submittedOn: d(day) } }));
  const brief = (x: ReturnType<typeof inJieyang>) => [x.outcome, x.amount];
  const refusedOffLadder = (x: ReturnType<typeof inJieyang>) => [x.outcome, x.reasons.find((r) => r.code === "level_not_on_ladder")?.citation.provision];

  it("the 2018 chain's ladder is 初级工、中级工、高级工、技师、高级技师 from gf2018's 「2018年5月3日」, cited to gf2018.skill-level-system; none the day before", () => {
    expect(resolveParameter(jieyang2018Policy(), skillLadder, d("2018-05-03"))).toMatchObject({ value: ["junior", "intermediate", "senior", "technician", "seniorTechnician"], layer: "national.gf2018", citation: { provision: "gf2018.skill-level-system", clause: "§(十一)" } });
    expect(resolveParameter(jieyang2018Policy(), skillLadder, d("2019-05-17"))).toMatchObject({ value: ["junior", "intermediate", "senior", "technician", "seniorTechnician"] });
    expect("value" in resolveParameter(jieyang2018Policy(), skillLadder, d("2018-05-02"))).toBe(false);
  });

  it("a Jieyang pack pays the 下岗失业人员's 初级工 certificate of 2018-12-01 its row, 1000.00, and a 高级技师 one its row, 2500.00: both are levels of the 职业资格 system", () => {
    expect(brief(inJieyang("junior", "2018-12-01"))).toEqual(["granted", "1000.00"]); // EX-ELEC 初级工 row: 1000.00
    expect(brief(inJieyang("seniorTechnician", "2018-12-01"))).toEqual(["granted", "2500.00"]); // EX-ELEC 高级技师 row (this test's): 2500.00
  });

  it("学徒工, 特级技师 and 首席技师 certificates of 2018-12-01 are refused level_not_on_ladder though the catalogue prices them (500.00, 2800.00, 3000.00 not paid)", () => {
    for (const level of ["apprentice", "principalTechnician", "chiefTechnician"] as const) {
      const x = inJieyang(level, "2018-12-01");
      expect(refusedOffLadder(x)).toEqual(["denied", "gf2018.skill-level-system"]);
      expect(x.amount).toBe("0.00"); // was paid the row: 学徒工 500.00, 特级技师 2800.00, 首席技师 3000.00
    }
  });

  it("either side of the chain's days: a 首席技师 certificate of 2018-05-02 finds no text in force (undecidable), one of 「2018年5月3日」 and of 2019-05-17 is refused level_not_on_ladder, one of gbf2019's 「2019年5月18日」 is held for the national frameworks (undecidable, reading gf2018-chain-groups)", () => {
    const before = inJieyang("chiefTechnician", "2018-05-02");
    expect([before.outcome, before.missingFacts]).toEqual(["undecidable", ["parameter national.framework"]]);
    expect(refusedOffLadder(inJieyang("chiefTechnician", "2018-05-03"))).toEqual(["denied", "gf2018.skill-level-system"]);
    expect(brief(inJieyang("junior", "2018-05-03"))).toEqual(["granted", "1000.00"]); // the control on the first day: EX-ELEC 初级工 1000.00
    expect(refusedOffLadder(inJieyang("chiefTechnician", "2019-05-17"))).toEqual(["denied", "gf2018.skill-level-system"]);
    const held = inJieyang("chiefTechnician", "2019-05-18");
    expect([held.outcome, held.missingFacts]).toEqual(["undecidable", ["parameter national.framework"]]);
  });

  it("the national frameworks keep their days: 首席技师 and 特级技师 are paid from gbf2019's 「2019年5月18日」 (3000.00, 2800.00; undecidable the day before, no framework in force), 学徒工 is refused on 2025-06-19 and paid from op2025's 「2025年6月20日」 (500.00)", () => {
    expect(inFrameworks("chiefTechnician", "2019-05-17").outcome).toBe("undecidable"); // gbf2019 not yet issued
    expect(brief(inFrameworks("chiefTechnician", "2019-05-18"))).toEqual(["granted", "3000.00"]); // EX-ELEC 首席技师 row
    expect(brief(inFrameworks("principalTechnician", "2019-05-18"))).toEqual(["granted", "2800.00"]); // EX-ELEC 特级技师 row (this test's)
    expect(brief(inFrameworks("seniorTechnician", "2019-05-18"))).toEqual(["granted", "2500.00"]); // EX-ELEC 高级技师 row (this test's)
    expect(inFrameworks("apprentice", "2025-06-19").reasons.map((r) => r.code)).toContain("level_not_on_ladder");
    expect(inFrameworks("apprentice", "2025-06-19").outcome).toBe("denied");
    expect(brief(inFrameworks("apprentice", "2025-06-20"))).toEqual(["granted", "500.00"]); // EX-ELEC 学徒工 row
  });
});
