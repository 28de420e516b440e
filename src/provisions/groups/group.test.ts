import { describe, expect, it } from "vitest";
import { cite } from "../../core/citation.js";
import type { Trainee } from "../../records/trainee.js";
import { defineGroup } from "./group.js";

const person = (statuses: Trainee["statuses"]): Trainee => ({ id: "p1", birthDate: "1990-01-01" as Trainee["birthDate"], statuses });
const twoAfter = defineGroup({
  id: "gbf2019.living-allowance-groups",
  label: { zh: "两后生中的农村学员", en: "rural 两后生" },
  citation: cite("gbf2019.living-allowance-groups", "§(十一)"),
  members: ["zeroEmploymentHousehold", ["nonContinuingGraduate", "rural"]],
});

describe("defineGroup — a group is a list of statuses or conjunctions of statuses", () => {
  it("a conjunction holds only when every status holds", () => {
    expect(twoAfter.test(person(["nonContinuingGraduate", "rural"]))).toBe(true);
    expect(twoAfter.test(person(["nonContinuingGraduate"]))).toBe(false);
    expect(twoAfter.test(person(["rural"]))).toBe(false);
  });
  it("reports every membership held, conjunctions written a+b", () => {
    expect(twoAfter.of(person(["zeroEmploymentHousehold", "nonContinuingGraduate", "rural"]))).toEqual(["zeroEmploymentHousehold", "nonContinuingGraduate+rural"]);
  });
});

describe("a group's check says which memberships matched, or the person's statuses", () => {
  it("in the group: the group and the memberships held; not in it: the group and the statuses", () => {
    expect(twoAfter.check(person(["nonContinuingGraduate", "rural", "veteran"]))).toEqual({
      pass: true,
      reason: { code: "in_group", citation: cite("gbf2019.living-allowance-groups", "§(十一)"), facts: { group: "gbf2019.living-allowance-groups", matched: ["nonContinuingGraduate+rural"] } },
    });
    expect(twoAfter.check(person(["nonContinuingGraduate", "veteran"]))).toEqual({
      pass: false,
      reason: { code: "not_in_group", citation: cite("gbf2019.living-allowance-groups", "§(十一)"), facts: { group: "gbf2019.living-allowance-groups", statuses: ["nonContinuingGraduate", "veteran"] } },
    });
  });
  it("a person with no status is in no group", () => {
    expect(twoAfter.of(person([]))).toEqual([]);
    expect(twoAfter.test(person([]))).toBe(false);
  });
});
