import { describe, expect, it } from "vitest";
import { cite } from "../../core/citation.js";
import { Evaluation } from "../../core/decision.js";
import type { Policy } from "../../core/layer.js";
import { buildPolicy, defineLayer, replaceParameter } from "../../core/layer.js";
import { nationalPolicy } from "../../jurisdictions/policies.js";
import { d, trainee } from "../../../test/support/national.js";
import type { Trainee } from "../../records/trainee.js";
import type { ScopeAdjustment } from "./trainingSubsidyGroups.js";
import { scopeAdjustment, trainingSubsidyGroupIds, trainingSubsidyGroups } from "./trainingSubsidyGroups.js";

const judge = (policy: Policy, t: Trainee, date = "2020-06-01") => new Evaluation(policy, d(date)).use(trainingSubsidyGroups, { trainee: t, date: d(date) });

function widened(value: ScopeAdjustment): Policy {
  const province = defineLayer({
    id: "example.province",
    level: "province",
    region: "example",
    label: { zh: "示例省", en: "example province" },
    documents: ["gbf2019"],
    scope: cite("gbf2019.scope-adjustment", "§(十二)"),
    parameterOverrides: [
      replaceParameter(scopeAdjustment, {
        label: { zh: "示例：扩大范围", en: "example: wider scope" },
        citation: cite("gbf2019.scope-adjustment", "§(十二)"),
        values: [{ from: "2020-01-01", value }],
        lastVerifiedOn: "2026-11-25",
      }),
    ],
  });
  return buildPolicy({ id: "wide", label: { zh: "w", en: "w" }, layers: [...nationalPolicy().layers, province] });
}

describe("trainingSubsidyGroups — who may receive the training subsidy under gbf2019 §(十一)", () => {
  it("the free-training groups and the subsidy groups (college graduates, enterprise employees) qualify", () => {
    expect(judge(nationalPolicy(), trainee({ statuses: ["disabled"] })).pass).toBe(true);
    expect(judge(nationalPolicy(), trainee({ statuses: ["collegeGraduate"] })).pass).toBe(true);
  });
  it("a graduation-year student does not qualify under gbf2019 alone (plan2021 brings them in)", () => {
    expect(judge(nationalPolicy(), trainee({ statuses: ["graduationYearStudent"] })).pass).toBe(false);
  });
});

describe("trainingSubsidyGroups — gbf2019.scope-adjustment: a province may widen the scope", () => {
  it("nationally nothing is widened: a person with no status and no pension is not in scope", () => {
    expect(judge(nationalPolicy(), trainee({ statuses: [], receivesMonthlyPension: false })).pass).toBe(false);
  });
  it("a province that includes people without a monthly pension lets them in, citing the adjustment", () => {
    const check = judge(widened({ statuses: [], withoutMonthlyPension: true }), trainee({ statuses: [], receivesMonthlyPension: false }));
    expect(check).toMatchObject({ pass: true, reason: { citation: { provision: "gbf2019.scope-adjustment" } } });
  });
  it("…but not a person who receives a monthly pension", () => {
    expect(judge(widened({ statuses: [], withoutMonthlyPension: true }), trainee({ statuses: [], receivesMonthlyPension: true })).pass).toBe(false);
  });
  it("…and when the pension is not known, the claim waits for that fact", () => {
    const check = judge(widened({ statuses: [], withoutMonthlyPension: true }), trainee({ statuses: [] }));
    expect(check.pass).toBe("unknown");
    expect(check.missing).toEqual(["trainee.receivesMonthlyPension"]);
  });
  it("a province may add a status: professional farmers in scope from the day the widening is in force", () => {
    const policy = widened({ statuses: ["professionalFarmer"], withoutMonthlyPension: false });
    expect(judge(policy, trainee({ statuses: ["professionalFarmer"] }), "2019-12-31").pass).toBe(false);
    expect(judge(policy, trainee({ statuses: ["professionalFarmer"] }), "2020-01-01").pass).toBe(true);
    // the widening lets in those with the added status only
    expect(judge(policy, trainee({ statuses: ["rural"] }), "2020-01-01").pass).toBe(false);
  });
});

describe("what the group check says (the facts its message shows)", () => {
  it("a match names each group and the status that put the person in it, as group:status, among the groups in force", () => {
    expect(judge(nationalPolicy(), trainee({ statuses: ["disabled", "enterpriseEmployee"] }))).toEqual({
      pass: true,
      reason: {
        code: "in_group",
        citation: cite("gbf2019.free-training-groups", "§(十一)"),
        facts: { group: "gbf2019.free-training-groups | gbf2019.subsidy-groups | gbf2019.living-allowance-groups", matched: ["gbf2019.free-training-groups:disabled", "gbf2019.subsidy-groups:enterpriseEmployee"] },
      },
    });
  });

  it("a status the province adds is matched under the adjustment, by name", () => {
    const check = judge(widened({ statuses: ["professionalFarmer"], withoutMonthlyPension: false }), trainee({ statuses: ["professionalFarmer"] }));
    expect(check).toEqual({ pass: true, reason: { code: "in_group", citation: cite("gbf2019.scope-adjustment", "§(十二)"), facts: { group: "gbf2019.scope-adjustment", matched: ["professionalFarmer"] } } });
  });

  it("people without a monthly pension are matched as such; when the pension is unknown the reason lists the person's statuses", () => {
    const policy = widened({ statuses: [], withoutMonthlyPension: true });
    expect(judge(policy, trainee({ statuses: [], receivesMonthlyPension: false }))).toEqual({
      pass: true,
      reason: { code: "in_group", citation: cite("gbf2019.scope-adjustment", "§(十二)"), facts: { group: "gbf2019.scope-adjustment", matched: ["withoutMonthlyPension"] } },
    });
    expect(judge(policy, trainee({ statuses: ["rural"] }))).toEqual({
      pass: "unknown",
      reason: { code: "not_in_group", citation: cite("gbf2019.scope-adjustment", "§(十二)"), facts: { group: "gbf2019.scope-adjustment", statuses: ["rural"] } },
      missing: ["trainee.receivesMonthlyPension"],
    });
  });

  it("no match names the groups in force and the person's statuses", () => {
    expect(judge(nationalPolicy(), trainee({ statuses: ["rural"] }))).toEqual({
      pass: false,
      reason: { code: "not_in_group", citation: cite("gbf2019.subsidy-groups", "§(十一)"), facts: { group: "gbf2019.free-training-groups | gbf2019.subsidy-groups | gbf2019.living-allowance-groups", statuses: ["rural"] } },
    });
  });
});

describe("trainingSubsidyGroups — the list of groups in force", () => {
  it("before gbf2019 (2019-05-18) no list is in force: the check waits, citing the provision not yet in force", () => {
    expect(judge(nationalPolicy(), trainee({ statuses: ["disabled"] }), "2019-05-17")).toMatchObject({ pass: "unknown", reason: { code: "provision_not_in_force", facts: { parameter: "trainingSubsidy.groups" } } });
  });
  it("a group id the library does not know is passed over; the known groups still decide", () => {
    const province = defineLayer({
      id: "example.province",
      level: "province",
      region: "example",
      label: { zh: "示例省", en: "example province" },
      documents: ["gbf2019"],
      scope: cite("gbf2019.subsidy-groups", "§(十一)"),
      parameterOverrides: [replaceParameter(trainingSubsidyGroupIds, { label: { zh: "示例", en: "example" }, citation: cite("gbf2019.subsidy-groups", "§(十一)"), values: [{ from: "2020-01-01", value: ["example.unknown-group", "gbf2019.free-training-groups"] }], lastVerifiedOn: "2026-11-25" })],
    });
    const policy = buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [...nationalPolicy().layers, province] });
    expect(judge(policy, trainee({ statuses: ["disabled"] }))).toMatchObject({ pass: true, reason: { facts: { group: "example.unknown-group | gbf2019.free-training-groups", matched: ["gbf2019.free-training-groups:disabled"] } } });
    expect(judge(policy, trainee({ statuses: ["enterpriseEmployee"] })).pass).toBe(false);
  });
});
