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
