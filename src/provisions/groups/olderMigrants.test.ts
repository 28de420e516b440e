import { describe, expect, it } from "vitest";
import type { CivilDate } from "../../core/date.js";
import type { Trainee } from "../../records/trainee.js";
import { ageCeilingCheck, ageOn, migrantWorkers } from "./olderMigrants.js";

const d = (s: string) => s as CivilDate;
const person = (statuses: Trainee["statuses"], birthDate = "1965-07-01"): Trainee => ({ id: "p1", birthDate: d(birthDate), statuses });

describe("op2025.older-migrants — projects for older and over-age migrant workers", () => {
  it("a person turns a year older on the birthday, not the day before", () => {
    expect(ageOn(d("1965-07-01"), d("2025-06-30"))).toBe(59);
    expect(ageOn(d("1965-07-01"), d("2025-07-01"))).toBe(60);
  });
  it("migrant, returning migrant and rural transfer workers are migrant workers; a veteran is not", () => {
    for (const s of ["migrantWorker", "returningMigrantWorker", "ruralTransferWorker"] as const) expect(migrantWorkers.test(person([s]))).toBe(true);
    expect(migrantWorkers.test(person(["veteran"]))).toBe(false);
  });
  it("a pack without an age ceiling lets everyone in", () => {
    expect(ageCeilingCheck(person([]), d("2025-07-01"), { ceiling: null, olderMigrantProject: false }).pass).toBe(true);
  });
  it("at the ceiling age one is in, a year over one is out, outside an older-migrant project", () => {
    // born 1965-07-01: 59 on 2025-06-30, 60 on 2025-07-01; ceiling 59
    expect(ageCeilingCheck(person(["migrantWorker"]), d("2025-06-30"), { ceiling: 59, olderMigrantProject: false }).pass).toBe(true);
    expect(ageCeilingCheck(person(["migrantWorker"]), d("2025-07-01"), { ceiling: 59, olderMigrantProject: false }).pass).toBe(false);
  });
  it("in a project for older migrant workers the ceiling does not exclude a migrant worker over it", () => {
    expect(ageCeilingCheck(person(["migrantWorker"]), d("2025-07-01"), { ceiling: 59, olderMigrantProject: true })).toMatchObject({
      pass: true,
      reason: { code: "older_migrant_project", citation: { provision: "op2025.older-migrants" } },
    });
  });
  it("the project exception is for migrant workers only: a non-migrant over the ceiling stays out", () => {
    const check = ageCeilingCheck(person(["veteran"]), d("2025-07-01"), { ceiling: 59, olderMigrantProject: true });
    expect(check).toMatchObject({ pass: false, reason: { code: "over_age_ceiling", facts: { age: 60, ceiling: 59 } } });
  });
});

describe("what the age-ceiling check says (the facts its messages show)", () => {
  const pack = { provision: "gbf2019.scope-adjustment", document: "gbf2019", clause: "§(十二)" } as const;
  it("within the ceiling: the age, the ceiling and whether the project is for older migrants, citing where the pack sets the ceiling", () => {
    expect(ageCeilingCheck(person([]), d("2025-06-30"), { ceiling: 59, olderMigrantProject: false, ceilingCitation: pack })).toEqual({
      pass: true,
      reason: { code: "within_age_ceiling", citation: pack, facts: { age: 59, ceiling: 59, olderMigrantProject: false } },
    });
  });
  it("without a citation for the ceiling, op2025.older-migrants is cited", () => {
    expect(ageCeilingCheck(person([]), d("2025-06-30"), { ceiling: null, olderMigrantProject: true }).reason).toEqual({
      code: "within_age_ceiling",
      citation: { provision: "op2025.older-migrants", document: "op2025", clause: "(九)" },
      facts: { age: 59, ceiling: null, olderMigrantProject: true },
    });
  });
  it("over it: denied citing the pack; in an older-migrant project a migrant worker is let in, the statuses that matched named", () => {
    expect(ageCeilingCheck(person(["veteran"]), d("2025-07-01"), { ceiling: 59, olderMigrantProject: false, ceilingCitation: pack }).reason).toEqual({
      code: "over_age_ceiling",
      citation: pack,
      facts: { age: 60, ceiling: 59, olderMigrantProject: false },
    });
    expect(ageCeilingCheck(person(["returningMigrantWorker"]), d("2025-07-01"), { ceiling: 59, olderMigrantProject: true, ceilingCitation: pack }).reason).toEqual({
      code: "older_migrant_project",
      citation: { provision: "op2025.older-migrants", document: "op2025", clause: "(九)" },
      facts: { age: 60, ceiling: 59, olderMigrantProject: true, matched: ["returningMigrantWorker"] },
    });
  });
});
