/**
 * The national measures end with the last national framework a policy holds (cold audit 11b; reading
 * national-measures-end-with-framework): gbf2019 is 「职业技能提升行动方案（2019—2021 年）」 and op2025 runs
 * 「从2025年到2027年底」. A living allowance of a course that ends after the last of them, and 以工代训 for a month that
 * begins after it, are held (`undecidable`, `provision_not_in_force` naming `national.framework`) — as a training subsidy
 * of that day is — not paid on a local rate that has no end. The skill-upgrade subsidy, a standing measure of the
 * unemployment insurance (gf2018 §(六) 「发挥失业保险促进就业作用，支持符合条件的参保职工提升职业技能」; reading
 * insured-skill-upgrade-claimable), is paid on either side.
 *
 * Figures are ILLUSTRATIVE (no shipped national policy sets an amount): a living allowance of 50.00 a day and 以工代训 of
 * 500.00 a month from 2019-05-18 with no end, the example catalogue's EX-ELEC 初级工 1000.00 and the skill-upgrade
 * standards of test/support/world.ts (初级工 1000.00).
 */
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, nationalFrameworksPolicy, nationalPolicy } from "../src/index.js";
import type { CivilDate } from "../src/core/date.js";
import { addDays } from "../src/core/date.js";
import { cityCert, cityCourse, cityWorker, HERE, skillUpgrade, ts, TRAINEE, withIllustrativeLocal } from "./support/ordinary.js";
import { parsed } from "./support/world.js";

const withLocal = withIllustrativeLocal; // test/support/ordinary.ts
/** gbf2019 alone: its action ends on 2021-12-31. */
const NATIONAL = withLocal(nationalPolicy());
/** gbf2019 → plan2021 → op2025: the last ends on 2027-12-31. */
const FRAMEWORKS = withLocal(nationalFrameworksPolicy());

const E1 = { id: "E1", name: "示例企业（示意）", region: HERE, unemploymentInsuranceRegion: HERE };
const summary = (d: Decision | undefined) => `${d?.outcome}:${d?.amount}${d?.outcome === "granted" ? "" : `:${d?.reasons.map((r) => r.code).join(",")}`}`;

/** A 贫困劳动力's living allowance for a ten-day course in the city ending on `end` (attended every day). */
function allowance(policy: Policy, end: string): Decision | undefined {
  const start = addDays(end as CivilDate, -9);
  const doc = {
    trainees: [cityWorker({ statuses: ["povertyRegistered"] })],
    courses: [cityCourse("K1", { startDate: start, endDate: end, attendedDays: 10 })],
    claims: [{ id: "LA", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2028-03-01" }],
  };
  return evaluateBatch(policy, parsed(doc)).decisions[0];
}

/** E1's 以工代训 for a 贫困劳动力 it took on, for `months`. */
function workForTraining(policy: Policy, months: string[]): Decision | undefined {
  const doc = {
    trainees: [cityWorker({ statuses: ["povertyRegistered"], employerId: "E1" })],
    enterprises: [E1],
    claims: [{ id: "WT", measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", months, submittedOn: "2028-03-01" }],
  };
  return evaluateBatch(policy, parsed(doc)).decisions[0];
}

/** An insured 企业职工's skill-upgrade subsidy and a 贫困劳动力's training subsidy for an EX-ELEC 初级工 certificate issued on `issuedOn`. */
function certificateClaims(policy: Policy, issuedOn: string, statuses: string[], claim: "SU" | "TS"): Decision | undefined {
  const doc = {
    trainees: [cityWorker({ statuses })],
    courses: [cityCourse("K1", { startDate: "2021-11-01", endDate: "2021-11-20" })],
    certificates: [cityCert("C1", { issuedOn })],
    claims: [claim === "SU" ? { ...skillUpgrade("SU", "C1"), submittedOn: "2028-03-01" } : ts("TS", "C1", { submittedOn: "2028-03-01" })],
  };
  return evaluateBatch(policy, parsed(doc)).decisions[0];
}

describe("gbf2019 「职业技能提升行动方案（2019—2021 年）」 alone (the `national` policy)", () => {
  it("a living allowance pays a course's days to 2021-12-31 and none after: a course ending on 2022-01-01 is paid nine days, one wholly in 2022 is held", () => {
    // 10 days × 50.00 = 500.00, all on or before the action's last day
    expect(summary(allowance(NATIONAL, "2021-12-31"))).toBe("granted:500.00");
    // 2021-12-23 … 2022-01-01: nine days in the action, 9 × 50.00 = 450.00; 2022-01-01 is after it, left unpaid and named
    const across = allowance(NATIONAL, "2022-01-01");
    expect(summary(across)).toBe("granted:450.00");
    expect(across?.reasons.find((r) => r.code === "living_allowance_days")?.facts["unpaidDates"]).toEqual(["2022-01-01"]);
    // 2022-01-01 … 2022-01-10: no day in force: held for a later text, asking for it
    const after = allowance(NATIONAL, "2022-01-10");
    expect(summary(after)).toBe("undecidable:null:provision_not_in_force");
    expect(after?.missingFacts).toEqual(["parameter national.framework"]);
  });

  it("以工代训 is paid for December 2021 and held for January 2022; a claim naming both pays December and leaves January to a later text", () => {
    // 1 month × 500.00
    expect(summary(workForTraining(NATIONAL, ["2021-12"]))).toBe("granted:500.00");
    expect(workForTraining(NATIONAL, ["2022-01"])?.outcome).toBe("undecidable");
    expect(workForTraining(NATIONAL, ["2022-01"])?.missingFacts).toEqual(["parameter national.framework"]);
    // since 2026-12-06 (cold audit 28, review 41): December is the person's first month whatever a later text says of
    // January, 1 month × 500.00; January is named (provision_not_in_force), unpaid and unkeyed
    const both = workForTraining(NATIONAL, ["2021-12", "2022-01"]);
    expect(summary(both)).toBe("granted:500.00");
    expect(both?.reasons.some((r) => r.code === "provision_not_in_force")).toBe(true);
  });

  it("the training subsidy has always been held after the action: a certificate of 2022-01-01 (and paid 1000.00 on 2021-12-31)", () => {
    // the EX-ELEC 初级工 row (illustrative): 1000.00
    expect(summary(certificateClaims(NATIONAL, "2021-12-31", ["povertyRegistered"], "TS"))).toBe("granted:1000.00");
    expect(certificateClaims(NATIONAL, "2022-01-01", ["povertyRegistered"], "TS")?.outcome).toBe("undecidable");
  });

  it("the skill-upgrade subsidy, a standing measure, is paid on either side of 2022-01-01", () => {
    // 初级工 1000.00 (illustrative standard)
    expect(summary(certificateClaims(NATIONAL, "2021-12-31", ["enterpriseEmployee"], "SU"))).toBe("granted:1000.00");
    expect(summary(certificateClaims(NATIONAL, "2022-01-01", ["enterpriseEmployee"], "SU"))).toBe("granted:1000.00");
  });
});

describe("op2025 「从2025年到2027年底」, the last framework of `national-frameworks`", () => {
  it("a living allowance is paid for a course ending on 2027-12-31, for nine days of one ending on 2028-01-01, and held for one wholly in 2028", () => {
    // 10 days × 50.00 = 500.00
    expect(summary(allowance(FRAMEWORKS, "2027-12-31"))).toBe("granted:500.00");
    // 2027-12-23 … 2028-01-01: 9 × 50.00 = 450.00, 2028-01-01 unpaid
    expect(summary(allowance(FRAMEWORKS, "2028-01-01"))).toBe("granted:450.00");
    expect(allowance(FRAMEWORKS, "2028-01-10")?.outcome).toBe("undecidable");
  });

  it("the frameworks follow one another with no gap: a course ending on 2021-12-31, 2022-01-01 or 2025-06-20 is paid", () => {
    // 10 days × 50.00 = 500.00 under gbf2019, plan2021 and op2025
    for (const end of ["2021-12-31", "2022-01-01", "2025-06-19", "2025-06-20"]) expect(summary(allowance(FRAMEWORKS, end))).toBe("granted:500.00");
  });

  it("以工代训 is paid for December 2027 and held for January 2028", () => {
    // 1 month × 500.00
    expect(summary(workForTraining(FRAMEWORKS, ["2027-12"]))).toBe("granted:500.00");
    expect(workForTraining(FRAMEWORKS, ["2028-01"])?.outcome).toBe("undecidable");
  });

  it("a month before the frameworks is still refused as before the subsidy's start, not held (April 2019)", () => {
    // April 2019 is before gbf2019's 2019-05-18: refused and named, not counted
    expect(workForTraining(FRAMEWORKS, ["2019-04"])?.reasons.map((r) => r.code)).toContain("before_provision_start");
    expect(workForTraining(FRAMEWORKS, ["2019-04"])?.outcome).toBe("denied");
  });

  it("the skill-upgrade subsidy is paid in 2028", () => {
    // 初级工 1000.00 (illustrative standard)
    expect(summary(certificateClaims(FRAMEWORKS, "2028-01-01", ["enterpriseEmployee"], "SU"))).toBe("granted:1000.00");
  });
});
