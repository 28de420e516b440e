import { describe, expect, it } from "vitest";
import { resolveParameter } from "../../core/decision.js";
import { nationalFrameworksPolicy } from "../../jurisdictions/policies.js";
import type { Trainee } from "../../records/trainee.js";
import { veteranResidencyWaiver, veteransCrossProvince } from "./veteransCrossProvince.js";

const person = (statuses: Trainee["statuses"]): Trainee => ({ id: "p1", birthDate: "1990-01-01" as Trainee["birthDate"], statuses });

describe("veteranResidencyWaiver — plan2021.veterans-cross-province", () => {
  it("the plan2021 layer declares the flag off from 2022-01-01 (reading plan2021-start); before that it does not exist", () => {
    expect(resolveParameter(nationalFrameworksPolicy(), veteransCrossProvince, "2022-01-01" as never)).toMatchObject({ value: false });
    expect("value" in resolveParameter(nationalFrameworksPolicy(), veteransCrossProvince, "2021-12-31" as never)).toBe(false);
  });
  it("with the flag on, a veteran's residency basis is waived", () => {
    expect(veteranResidencyWaiver(person(["veteran"]), true)).toMatchObject({ pass: true, reason: { code: "residency_waived_veteran", citation: { provision: "plan2021.veterans-cross-province" }, facts: { traineeId: "p1" } } });
  });
  it("with the flag off, or for a non-veteran, the residency rule decides (no waiver)", () => {
    expect(veteranResidencyWaiver(person(["veteran"]), false)).toBeNull();
    expect(veteranResidencyWaiver(person(["unemployed"]), true)).toBeNull();
  });
});
