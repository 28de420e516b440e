import { describe, expect, test } from "vitest";
import { residencyBases } from "../../provisions/eligibility/residency.js";
import { residencyJiaxing } from "./residency.js";
import { trainee } from "../../../test/builders.js";

const JX = "zhejiang.jiaxing";

describe("jx2019.residency: local hukou, or resident with a permit, or employed locally, or registered unemployed locally", () => {
  test("a Jiaxing hukou anywhere in the city is a basis (a district lies within the city)", () => {
    expect(residencyJiaxing({ trainee: trainee({ hukouRegion: "zhejiang.jiaxing.haining" }), region: JX }).pass).toBe(true);
  });

  test("living in Jiaxing counts only with a residence permit", () => {
    const base = { hukouRegion: "anhui.fuyang", employmentRegion: "anhui.fuyang", unemploymentRegisteredAt: "anhui.fuyang", residenceRegion: "zhejiang.jiaxing.pinghu" };
    expect(residencyJiaxing({ trainee: trainee({ ...base, hasResidencePermit: true }), region: JX }).pass).toBe(true);
    expect(residencyJiaxing({ trainee: trainee({ ...base, hasResidencePermit: false }), region: JX }).pass).toBe(false);
    expect(residencyJiaxing({ trainee: trainee(base), region: JX })).toMatchObject({ pass: "unknown", missing: ["trainee.hasResidencePermit"] });
  });

  test("local employment or a local unemployment registration is a basis", () => {
    expect(residencyJiaxing({ trainee: trainee({ hukouRegion: "anhui.fuyang", employmentRegion: "zhejiang.jiaxing.nanhu" }), region: JX }).pass).toBe(true);
    expect(residencyJiaxing({ trainee: trainee({ hukouRegion: "anhui.fuyang", unemploymentRegisteredAt: "zhejiang.jiaxing" }), region: JX }).pass).toBe(true);
  });

  test("a region whose id only starts with the same letters is not inside Jiaxing", () => {
    const t = trainee({ hukouRegion: "zhejiang.jiaxingnan", residenceRegion: "anhui.fuyang", hasResidencePermit: true, employmentRegion: "anhui.fuyang", unemploymentRegisteredAt: "anhui.fuyang" });
    expect(residencyJiaxing({ trainee: t, region: JX }).pass).toBe(false);
  });

  test("the national bases need no residence permit (gbf2019.certificate-basis: 常住地)", () => {
    const t = trainee({ hukouRegion: "anhui.fuyang", residenceRegion: "zhejiang.jiaxing.pinghu", employmentRegion: "anhui.fuyang" });
    expect(residencyBases({ trainee: t, region: JX })).toMatchObject({ pass: true, reason: { citation: { provision: "gbf2019.certificate-basis" } } });
    expect(residencyJiaxing({ trainee: t, region: JX }).pass).toBe("unknown");
  });
});

describe("what a residency check reports", () => {
  test("a pass names every basis that holds and the region", () => {
    const t = trainee({ hukouRegion: "zhejiang.jiaxing.nanhu", employmentRegion: "zhejiang.jiaxing.pinghu" });
    expect(residencyJiaxing({ trainee: t, region: JX }).reason).toEqual({ code: "residency_basis", citation: { provision: "jx2019.residency", document: "jx2019", clause: "五(十一)" }, facts: { bases: ["hukouRegion", "employmentRegion"], region: JX } });
    expect(residencyBases({ trainee: trainee({ hukouRegion: "anhui.fuyang", residenceRegion: "zhejiang.jiaxing", employmentRegion: "zhejiang.jiaxing" }), region: JX }).reason.facts).toEqual({ bases: ["residenceRegion", "employmentRegion"], region: JX });
    expect(residencyBases({ trainee: trainee({ hukouRegion: "zhejiang.jiaxing.haining" }), region: JX }).reason.facts).toEqual({ bases: ["hukouRegion"], region: JX });
    const elsewhere = { hukouRegion: "anhui.fuyang", employmentRegion: "anhui.fuyang" };
    expect(residencyJiaxing({ trainee: trainee({ ...elsewhere, residenceRegion: "zhejiang.jiaxing.pinghu", hasResidencePermit: true, unemploymentRegisteredAt: "zhejiang.jiaxing" }), region: JX }).reason.facts).toEqual({
      bases: ["residenceRegion+residencePermit", "unemploymentRegisteredAt"],
      region: JX,
    });
  });

  test("a failure names the region; an unknown lists exactly the fields that would decide it", () => {
    const nowhere = { hukouRegion: "anhui.fuyang", residenceRegion: "anhui.fuyang", hasResidencePermit: true, employmentRegion: "anhui.fuyang", unemploymentRegisteredAt: "anhui.fuyang" };
    expect(residencyJiaxing({ trainee: trainee(nowhere), region: JX })).toEqual({ pass: false, reason: { code: "no_residency_basis", citation: expect.objectContaining({ provision: "jx2019.residency" }), facts: { region: JX, scheme: "jiaxing" } } });
    // reading job-seeking-place: the place of unemployment registration is a national basis too
    expect(residencyBases({ trainee: trainee({ hukouRegion: "anhui.fuyang" }), region: JX })).toEqual({
      pass: "unknown",
      // the facts name the bases unknown, the hukou known elsewhere (cold review 75 F1)
      reason: { code: "residency_unknown", citation: expect.objectContaining({ provision: "gbf2019.certificate-basis" }), facts: { region: JX, scheme: "national", unknown: ["residenceRegion", "employmentRegion", "unemploymentRegisteredAt"] } },
      missing: ["trainee.residenceRegion", "trainee.employmentRegion", "trainee.unemploymentRegisteredAt"],
    });
    expect(residencyBases({ trainee: trainee({ hukouRegion: undefined, residenceRegion: "anhui.fuyang", employmentRegion: "anhui.fuyang", unemploymentRegisteredAt: "anhui.fuyang" }), region: JX })).toMatchObject({ pass: "unknown", missing: ["trainee.hukouRegion"] });
    expect(residencyJiaxing({ trainee: trainee({ hukouRegion: undefined, residenceRegion: "zhejiang.jiaxing", hasResidencePermit: false, employmentRegion: "anhui.fuyang", unemploymentRegisteredAt: "anhui.fuyang" }), region: JX })).toMatchObject({
      pass: "unknown",
      missing: ["trainee.hukouRegion"],
    });
  });

  test("a permit without a known residence is not enough: the residence is the missing fact", () => {
    const t = trainee({ hukouRegion: "anhui.fuyang", hasResidencePermit: true, employmentRegion: "anhui.fuyang", unemploymentRegisteredAt: "anhui.fuyang" });
    expect(residencyJiaxing({ trainee: t, region: JX })).toMatchObject({ pass: "unknown", missing: ["trainee.residenceRegion"] });
  });
});
