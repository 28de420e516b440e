import { describe, expect, it } from "vitest";
import { cite } from "../../core/citation.js";
import { Evaluation } from "../../core/decision.js";
import { jiaxingPolicy, nationalPolicy } from "../../jurisdictions/policies.js";
import { d } from "../../../test/support/national.js";
import { COURSE_KINDS } from "../../records/kinds.js";
import type { Course } from "../../records/training.js";
import type { Trainee } from "../../records/trainee.js";
import { uiLocality } from "./uiLocality.js";

describe("uiLocality — jx2019.ui-locality: an enterprise claims where it pays unemployment insurance", () => {
  const UI = cite("jx2019.ui-locality", "五(十一)");
  const JX = "zhejiang.jiaxing";
  const judge = (input: Partial<Parameters<typeof uiLocality.run>[1]>, policy = jiaxingPolicy()) =>
    new Evaluation(policy, d("2020-06-01")).use(uiLocality, { claimant: { kind: "enterprise", id: "e1" }, region: JX, date: d("2020-06-01"), ...input });
  it("insured in the city: passes, naming the enterprise and both regions; insured elsewhere: fails", () => {
    expect(judge({ enterprise: { id: "e1", name: "x", unemploymentInsuranceRegion: "zhejiang.jiaxing.haining" } })).toEqual({
      pass: true,
      reason: { code: "enterprise_ui_local", citation: UI, facts: { enterprise: "e1", uiRegion: "zhejiang.jiaxing.haining", policyRegion: JX } },
    });
    expect(judge({ enterprise: { id: "e1", name: "x", unemploymentInsuranceRegion: "zhejiang.hangzhou" } })).toEqual({
      pass: false,
      reason: { code: "enterprise_ui_elsewhere", citation: UI, facts: { enterprise: "e1", uiRegion: "zhejiang.hangzhou", policyRegion: JX } },
    });
  });
  it("without the enterprise record, or its insurance region, the check waits for it, naming the enterprise", () => {
    expect(judge({})).toEqual({ pass: "unknown", reason: { code: "enterprise_ui_unknown", citation: UI, facts: { enterprise: "e1" } }, missing: ["claim.enterpriseId"] });
    expect(judge({ enterprise: { id: "e1", name: "x" } })).toEqual({ pass: "unknown", reason: { code: "enterprise_ui_unknown", citation: UI, facts: { enterprise: "e1" } }, missing: ["enterprise.unemploymentInsuranceRegion"] });
  });
  it("「按属地原则由失业保险参保地进行管理」 is the claimant's own insurance: another enterprise's record, insured in the city, named on e1's claim says nothing of e1 — the check waits for e1's record (review 6)", () => {
    expect(judge({ enterprise: { id: "e2", name: "x", unemploymentInsuranceRegion: "zhejiang.jiaxing.haining" } })).toEqual({ pass: "unknown", reason: { code: "enterprise_ui_unknown", citation: UI, facts: { enterprise: "e1" } }, missing: ["claim.enterpriseId"] });
  });
  it("「享受职业技能培训补贴的企业」: the 组织单位 of pre-job or safety training that is an enterprise on record (its own record given) is judged by where it is insured; an organiser with no enterprise record, another's, or on any other course (a training institution paid for training others) is not (late review 7, review 9)", () => {
    const organiser = { kind: "organizer" as const, id: "e1" };
    const hz = { id: "e1", name: "x", unemploymentInsuranceRegion: "zhejiang.hangzhou" };
    for (const kind of ["preJob", "safety"] as const) {
      const course = { kind } as Course;
      expect(judge({ claimant: organiser, course, enterprise: hz })).toMatchObject({ pass: false, reason: { code: "enterprise_ui_elsewhere" } });
      expect(judge({ claimant: organiser, course, enterprise: { ...hz, unemploymentInsuranceRegion: "zhejiang.jiaxing.haining" } })).toMatchObject({ pass: true, reason: { code: "enterprise_ui_local" } });
      expect(judge({ claimant: organiser, course })).toBeNull(); // no enterprise record: a training institution
      expect(judge({ claimant: organiser, course, enterprise: { ...hz, id: "e2" } })).toBeNull(); // another's record says nothing of the organiser
    }
    // every other course kind (jobTransfer and entrepreneurship too: the name says "any other course")
    for (const kind of COURSE_KINDS.filter((k) => k !== "preJob" && k !== "safety")) expect(judge({ claimant: organiser, course: { kind } as Course, enterprise: hz }), kind).toBeNull();
    expect(judge({ claimant: organiser, enterprise: hz })).toBeNull(); // no course
  });
  it("an organiser that is the trainee's employer on record is an enterprise training its own worker, judged on any course: insured elsewhere fails, in the city passes, its record not given is asked for (final review 2)", () => {
    const organiser = { kind: "organizer" as const, id: "e1" };
    const trainee = { id: "P1", birthDate: "1990-01-01", statuses: [], employerId: "e1" } as unknown as Trainee;
    const course = { kind: "skillUpgrade" } as Course;
    expect(judge({ claimant: organiser, trainee, course, enterprise: { id: "e1", name: "x", unemploymentInsuranceRegion: "zhejiang.hangzhou" } })).toMatchObject({ pass: false, reason: { code: "enterprise_ui_elsewhere" } });
    expect(judge({ claimant: organiser, trainee, course, enterprise: { id: "e1", name: "x", unemploymentInsuranceRegion: "zhejiang.jiaxing.haining" } })).toMatchObject({ pass: true, reason: { code: "enterprise_ui_local" } });
    expect(judge({ claimant: organiser, trainee, course })).toMatchObject({ pass: "unknown", missing: ["claim.enterpriseId"] });
    // another employer on record: a training institution training someone else's worker, not judged
    expect(judge({ claimant: organiser, trainee: { ...trainee, employerId: "e2" } as Trainee, course, enterprise: { id: "e1", name: "x", unemploymentInsuranceRegion: "zhejiang.hangzhou" } })).toBeNull();
  });
  it("no check for a claimant that is not an enterprise, for a national policy, or where the rule is not in force", () => {
    expect(judge({ claimant: { kind: "organizer", id: "s1" } })).toBeNull();
    expect(judge({ claimant: { kind: "trainee", id: "p1" }, enterprise: { id: "p1", name: "x", unemploymentInsuranceRegion: "zhejiang.hangzhou" } })).toBeNull();
    expect(judge({ region: null })).toBeNull();
    expect(judge({}, nationalPolicy())).toBeNull();
  });
});
