import { describe, expect, it } from "vitest";
import { buildPolicy, defineLayer, replaceParameter } from "../../core/layer.js";
import { cite } from "../../core/citation.js";
import { evaluateClaim } from "../../engine.js";
import { nationalPolicy } from "../../jurisdictions/policies.js";
import { parseSubsidyCatalogue } from "../../records/parse.js";
import type { SubsidyCatalogue } from "../../records/catalogue.js";
import type { Policy } from "../../core/layer.js";
import { CATALOGUE_SOURCE, certificate, course, illustrativeCatalogue, input, withExampleCatalogue } from "../../../test/support/national.js";
import { catalogueEntryCheck, catalogueEntryFor, institutionCheck, outsideCatalogue } from "./subsidyCatalogue.js";
import { withCatalogue } from "./withCatalogue.js";
import { fault } from "../../../test/support/fault.js";

const edition2021: SubsidyCatalogue = {
  ...illustrativeCatalogue,
  id: "example-2021",
  effectiveFrom: "2021-01-01" as SubsidyCatalogue["effectiveFrom"],
  // the 2021 edition raises the EX-ELEC 初级工 row to 1100 (illustrative)
  entries: illustrativeCatalogue.entries.map((e) => (e.occupation.code === "EX-ELEC" && e.level === "junior" ? { ...e, standard: "1100.00" } : e)),
};

describe("subsidyCatalogue — gbf2019.local-standards: prefecture-level departments set the standards; the library carries none", () => {
  it("the national layer declares the catalogue slot with no values", () => {
    const slot = nationalPolicy().parameter("trainingSubsidy.catalogue");
    expect(slot?.values).toEqual([]);
    expect(slot?.declaredBy).toBe("national.gbf2019");
  });

  it("withCatalogue returns a new policy and leaves the one passed in unchanged", () => {
    const base = nationalPolicy();
    const extended = withExampleCatalogue(base);
    expect(extended.layers.map((l) => l.id)).toEqual(["national.gbf2019", CATALOGUE_SOURCE.layer]);
    expect(base.layers.map((l) => l.id)).toEqual(["national.gbf2019"]);
    expect(extended.hash).not.toBe(base.hash);
    expect(evaluateClaim(base, input({ course: {} })).outcome).toBe("undecidable");
  });

  it("editions are dated: a certificate is priced by the edition in force on its issue date (31 Dec vs 1 Jan)", () => {
    const policy = withExampleCatalogue(nationalPolicy(), [edition2021, illustrativeCatalogue]);
    // 2020-12-31: the 2019 edition, EX-ELEC 初级工 1000
    expect(evaluateClaim(policy, input({ course: {}, certificate: { issuedOn: "2020-12-31" as never } })).amount).toBe("1000.00");
    // 2021-01-01: the 2021 edition, EX-ELEC 初级工 1100
    expect(evaluateClaim(policy, input({ course: {}, certificate: { issuedOn: "2021-01-01" as never } })).amount).toBe("1100.00");
  });

  it("a catalogue that ends leaves later certificates without a standard (undecidable)", () => {
    const policy = withCatalogue(nationalPolicy(), illustrativeCatalogue, { ...CATALOGUE_SOURCE, endsOn: "2021-01-01" });
    const decision = evaluateClaim(policy, input({ course: {}, certificate: { issuedOn: "2021-01-01" as never } }));
    expect(decision.outcome).toBe("undecidable");
    expect(decision.reasons.map((r) => r.code)).toContain("provision_not_in_force");
  });

  it("a policy without the catalogue slot is a configuration fault", () => {
    const bare = buildPolicy({ id: "bare", label: { zh: "空", en: "bare" }, layers: [defineLayer({ id: "x", level: "national", region: null, label: { zh: "x", en: "x" }, documents: [], scope: cite("gbf2019.local-standards", "§(十二)") })] });
    expect(() => withCatalogue(bare, illustrativeCatalogue, CATALOGUE_SOURCE)).toThrow(fault("invalid_argument", { argument: "policy" }));
  });

  it("a leveled certificate matches its level's row only; an unleveled one the unleveled row", () => {
    // rows of the illustrative catalogue: EX-ELEC 中级工 1500, EX-CARE (unleveled) 600
    expect(catalogueEntryFor(illustrativeCatalogue, { occupation: { code: "EX-ELEC" }, level: "intermediate" })?.standard).toBe("1500.00");
    expect(catalogueEntryFor(illustrativeCatalogue, { occupation: { code: "EX-ELEC" }, level: "senior" })).toBeUndefined();
    expect(catalogueEntryFor(illustrativeCatalogue, { occupation: { code: "EX-CARE" } })?.standard).toBe("600.00");
    expect(catalogueEntryFor(illustrativeCatalogue, { occupation: { code: "EX-CARE" }, level: "junior" })).toBeUndefined();
  });
});

describe("subsidyCatalogue — the training-institution catalogue (national policy: gbf2019 §(十七), which publishes 培训和评价机构目录; gbf2019 has no open-to-qualified clause of its own)", () => {
  const withInstitutions = withExampleCatalogue(nationalPolicy(), { ...illustrativeCatalogue, institutions: ["school-a", "centre-b"] });

  it("training by an institution not in the training-institution catalogue is not subsidised", () => {
    const decision = evaluateClaim(withInstitutions, input({ course: { organizerId: "unlisted" } }));
    expect(decision.outcome).toBe("denied");
    expect(decision.reasons.find((r) => r.code === "institution_not_in_catalogue")?.citation.provision).toBe("gbf2019.catalogues");
  });

  it("every listed institution may deliver every row: both listed institutions earn the same standard", () => {
    for (const organizerId of ["school-a", "centre-b"]) {
      const decision = evaluateClaim(withInstitutions, input({ course: { organizerId } }));
      // EX-ELEC 初级工 1000 (illustrative), whoever of the listed institutions trained
      expect(decision.amount).toBe("1000.00");
      expect(decision.reasons.find((r) => r.code === "institution_in_catalogue")?.citation.provision).toBe("gbf2019.catalogues");
    }
  });

  it("an unknown organiser leaves the claim undecidable, naming the missing fact", () => {
    const decision = evaluateClaim(withInstitutions, input({ course: {} }));
    expect(decision.outcome).toBe("undecidable");
    expect(decision.missingFacts).toContain("course.organizerId");
  });

  it("without the course there is no organiser to look up: undecidable, naming claim.courseId", () => {
    const listed = { ...illustrativeCatalogue, institutions: ["school-a"] };
    expect(institutionCheck(listed, undefined)).toEqual({
      pass: "unknown",
      reason: { code: "institution_unknown", citation: cite("gf2018.catalogues", "§(十二)"), facts: { catalogue: "example-2019" } },
      missing: ["claim.courseId"],
    });
    expect(institutionCheck(listed, course({ organizerId: "school-a" }))).toMatchObject({ pass: true, reason: { code: "institution_in_catalogue", facts: { institution: "school-a", catalogue: "example-2019" } } });
    expect(institutionCheck(listed, course({ organizerId: "school-z" }))).toEqual({
      pass: false,
      reason: { code: "institution_not_in_catalogue", citation: cite("gf2018.catalogues", "§(十二)"), facts: { institution: "school-z", catalogue: "example-2019" } },
    });
    expect(institutionCheck(listed, course({ organizerId: "school-a" }))).toEqual({
      pass: true,
      reason: { code: "institution_in_catalogue", citation: cite("gf2018.open-to-qualified", "§(十)"), facts: { institution: "school-a", catalogue: "example-2019" } },
    });
    expect(institutionCheck(illustrativeCatalogue, undefined)).toBeNull();
  });

  it("a catalogue without an institution list restricts no institution", () => {
    expect(evaluateClaim(withExampleCatalogue(nationalPolicy()), input({ course: { organizerId: "anyone" } })).outcome).toBe("granted");
  });
});

describe("subsidyCatalogue — the reading of a missing row is a parameter", () => {
  const outside = { course: {}, certificate: { occupation: { code: "EX-NONE", name: "x" } } };
  it("nationally a row the catalogue does not list is an exclusion (gf2018.catalogues): denied", () => {
    expect(evaluateClaim(withExampleCatalogue(nationalPolicy()), input(outside)).outcome).toBe("denied");
  });
  it("a layer that reads a missing row as a gap in its data makes the claim undecidable, naming the row", () => {
    const layer = defineLayer({
      id: "example.province",
      level: "province",
      region: "example",
      label: { zh: "示例省", en: "example province" },
      documents: ["gf2018"],
      scope: cite("gf2018.catalogues", "§(十二)"),
      parameterOverrides: [
        replaceParameter(outsideCatalogue, { label: { zh: "目录缺项待补", en: "missing rows are gaps" }, citation: cite("gf2018.catalogues", "§(十二)"), values: [{ from: "2019-05-18", value: "undecidable" }], lastVerifiedOn: "2026-11-25" }),
      ],
    });
    const policy = withExampleCatalogue(buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [...nationalPolicy().layers, layer] }));
    const decision = evaluateClaim(policy, input(outside));
    expect(decision.outcome).toBe("undecidable");
    expect(decision.missingFacts).toEqual(["catalogue example-2019: EX-NONE@junior"]);
  });
});

describe("withCatalogue — the editions given", () => {
  it("a policy that declares no catalogue slot is refused, by name", () => {
    const bare = buildPolicy({ id: "bare", label: { zh: "b", en: "b" }, layers: [defineLayer({ id: "n", level: "national", region: null, label: { zh: "n", en: "n" }, documents: [], scope: cite("gf2018.catalogues", "§(十二)") })] });
    expect(() => withCatalogue(bare, illustrativeCatalogue, CATALOGUE_SOURCE)).toThrow(fault("invalid_argument", { argument: "policy" }));
  });
  it("at least one edition is needed", () => {
    expect(() => withCatalogue(nationalPolicy(), [], CATALOGUE_SOURCE)).toThrow(fault("invalid_argument", { argument: "catalogue" }));
  });
  it("the new policy is named after the policy and the catalogue layer, unless the source names it", () => {
    const extended = withExampleCatalogue(nationalPolicy());
    expect(extended.id).toBe("national+example.catalogue");
    expect(extended.label).toEqual({ zh: "国家政策＋示例补贴目录（示意）", en: "national policy + example catalogue (illustrative)" });
    expect(withCatalogue(nationalPolicy(), illustrativeCatalogue, { ...CATALOGUE_SOURCE, policyId: "mine" }).id).toBe("mine");
  });
  it("a policy put together by hand with a catalogue slot but no layers is refused", () => {
    const national = nationalPolicy();
    const hollow: Policy = { ...national, layers: [] };
    expect(() => withCatalogue(hollow, illustrativeCatalogue, CATALOGUE_SOURCE)).toThrow(fault("invalid_argument", { argument: "policy" }));
  });
});

describe("catalogueEntryCheck — the row that decides a certificate (gf2018.catalogues)", () => {
  it("a row the catalogue does not list is a denial unless the caller reads missing rows as gaps", () => {
    const missing = certificate({ occupation: { code: "EX-NONE", name: "x" } });
    expect(catalogueEntryCheck(illustrativeCatalogue, missing).check).toEqual({
      pass: false,
      reason: { code: "not_in_catalogue", citation: cite("gf2018.catalogues", "§(十二)"), facts: { catalogue: "example-2019", occupation: "EX-NONE", level: "junior", date: "2020-03-01" } },
    });
    expect(catalogueEntryCheck(illustrativeCatalogue, missing).entry).toBeUndefined();
  });
  it("read as a gap, a missing unleveled row names the occupation alone; a leveled one names occupation@level", () => {
    const unleveled = certificate({ kind: "specialAbilityCertificate", occupation: { code: "EX-NONE", name: "x" }, level: undefined });
    expect(catalogueEntryCheck(illustrativeCatalogue, unleveled, undefined, "undecidable").check).toMatchObject({
      pass: "unknown",
      reason: { code: "not_in_catalogue", facts: { occupation: "EX-NONE", level: null } },
      missing: ["catalogue example-2019: EX-NONE"],
    });
    const leveled = certificate({ occupation: { code: "EX-NONE", name: "x" }, level: "senior" });
    expect(catalogueEntryCheck(illustrativeCatalogue, leveled, undefined, "undecidable").check.missing).toEqual(["catalogue example-2019: EX-NONE@senior"]);
  });
  it("a row that does not accept the certificate's kind names the kind and the kinds it accepts", () => {
    expect(catalogueEntryCheck(illustrativeCatalogue, certificate({ kind: "trainingCompletionCertificate" })).check).toEqual({
      pass: false,
      reason: {
        code: "certificate_kind_not_accepted",
        citation: cite("gf2018.catalogues", "§(十二)"),
        facts: { catalogue: "example-2019", occupation: "EX-ELEC", level: "junior", kind: "trainingCompletionCertificate", accepted: ["skillLevelCertificate", "qualificationCertificate"] },
      },
    });
  });
  it("a listed row passes with its standard and says whether the figures are illustrative", () => {
    const r = catalogueEntryCheck(illustrativeCatalogue, certificate());
    // EX-ELEC 初级工 row: 1000 yuan (illustrative catalogue)
    expect(r.check).toMatchObject({ pass: true, reason: { code: "catalogue_entry", facts: { catalogue: "example-2019", occupation: "EX-ELEC", level: "junior", standard: "1000.00", illustrative: true } } });
    expect(r.entry?.standard).toBe("1000.00");
  });
});

describe("subsidyCatalogue — where no reading of a missing row is in force, the national reading holds: denied", () => {
  it("a layer that ends the reading leaves a row the catalogue does not list denied, not undecidable", () => {
    const layer = defineLayer({
      id: "example.province",
      level: "province",
      region: "example",
      label: { zh: "示例省", en: "example province" },
      documents: ["gf2018"],
      scope: cite("gf2018.catalogues", "§(十二)"),
      parameterOverrides: [replaceParameter(outsideCatalogue, { label: { zh: "停止", en: "ended" }, citation: cite("gf2018.catalogues", "§(十二)"), values: [{ from: "2019-05-18", value: null }], lastVerifiedOn: "2026-11-25" })],
    });
    const policy = withExampleCatalogue(buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [...nationalPolicy().layers, layer] }));
    const decision = evaluateClaim(policy, input({ course: {}, certificate: { occupation: { code: "EX-NONE", name: "x" } } }));
    expect(decision.outcome).toBe("denied");
    expect(decision.reasons.map((r) => r.code)).toEqual(["not_in_catalogue"]);
  });
});

describe("SubsidyCatalogue schema", () => {
  it("rejects a catalogue listing one occupation and level twice", () => {
    const raw = { ...illustrativeCatalogue, entries: [illustrativeCatalogue.entries[0], illustrativeCatalogue.entries[0]] };
    const parsed = parseSubsidyCatalogue(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]).toMatchObject({ code: "duplicate_catalogue_entry", path: ["entries", 1] });
  });
  it("requires the catalogue to say whether its figures are illustrative", () => {
    const { illustrative: _omitted, ...raw } = illustrativeCatalogue;
    expect(parseSubsidyCatalogue(raw).ok).toBe(false);
  });
  it("rejects a negative or three-decimal standard", () => {
    const bad = (standard: string) => parseSubsidyCatalogue({ ...illustrativeCatalogue, entries: [{ ...illustrativeCatalogue.entries[0], standard }] }).ok;
    expect(bad("-1.00")).toBe(false);
    expect(bad("1.005")).toBe(false);
    expect(bad("1.05")).toBe(true);
  });
});
