/**
 * Parameters resolved from a timeline built once per policy must answer exactly as
 * the chain of layers does, on every day: before the first value, on each change day
 * and the day before it, after a value ends, and around a reform's `until`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jiaxingPolicy, nationalFrameworksPolicy } from "../src/jurisdictions/policies.js";
import { livingAllowanceDailyRate } from "../src/provisions/livingAllowance/livingAllowance.js";
import { appraisalSubsidyStandards } from "../src/jurisdictions/jiaxing/appraisalSubsidy.js";
import { annualCapLimit } from "../src/provisions/trainingSubsidy/annualCap.js";
import { change, reform } from "../src/reform/reform.js";
import type { Policy } from "../src/core/layer.js";
import type { Parameter } from "../src/core/parameter.js";
import { defineParameter } from "../src/core/parameter.js";
import { cite } from "../src/core/citation.js";
import { parameterChangePoints, resolvedOn, resolveParameter } from "../src/core/decision.js";
import type { CivilDate } from "../src/core/date.js";

const runs = (n: number) => Number(process.env["FC_NUM_RUNS"] ?? n);

function reformed(): Policy {
  // 50 → 60 yuan a day for the first half of 2021 (a reform with an end): the timeline must end the change on 2021-07-01.
  const r = reform(jiaxingPolicy(), { id: "la-60", label: { zh: "六十元", en: "sixty" }, changes: [change(livingAllowanceDailyRate, { from: "2021-01-01", until: "2021-07-01", value: "60.00" })] });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.policy;
}

const policies: readonly [string, Policy][] = [
  ["jiaxing-2019", jiaxingPolicy()],
  ["national-frameworks", nationalFrameworksPolicy()],
  ["jiaxing-2019 with a 2021 reform", reformed()],
];
const parameters: readonly Parameter<unknown>[] = [livingAllowanceDailyRate, appraisalSubsidyStandards, annualCapLimit] as readonly Parameter<unknown>[];

/** Each day where some value may change, the day before it, and the day after. */
function edges(policy: Policy, parameter: Parameter<unknown>): CivilDate[] {
  const days = parameterChangePoints(policy, parameter, "1990-01-01" as CivilDate, "2030-12-31" as CivilDate);
  const out = new Set<string>(["1990-01-01", "2030-12-31"]);
  for (const day of days) {
    const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
    for (const delta of [-1, 0, 1]) out.add(new Date(t + delta * 86_400_000).toISOString().slice(0, 10));
  }
  return [...out] as CivilDate[];
}

describe("a parameter resolved from its timeline answers as the chain of layers does", () => {
  for (const [name, policy] of policies) {
    for (const parameter of parameters) {
      it(`${parameter.id} under ${name}, on every change day and either side of it`, () => {
        for (const day of edges(policy, parameter)) expect(resolvedOn(policy, parameter, day)).toEqual(resolveParameter(policy, parameter, day));
      });
    }
  }

  it("on any day from 1990 to 2030, in any order of asking", () => {
    const day = fc.integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2030, 11, 31) / 86_400_000 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10) as CivilDate);
    fc.assert(
      fc.property(fc.constantFrom(...policies), fc.constantFrom(...parameters), fc.array(day, { minLength: 1, maxLength: 20 }), ([, policy], parameter, days) => {
        for (const d of days) expect(resolvedOn(policy, parameter, d)).toEqual(resolveParameter(policy, parameter, d));
      }),
      { numRuns: runs(200) },
    );
  });

  it("a parameter the policy does not declare is resolved from its own values, and two such parameters with one id are kept apart", () => {
    const citation = cite("jx2019.living-allowance", "四(三)四");
    const policy = jiaxingPolicy();
    const a = defineParameter<string>({ id: "loose.rate", label: { zh: "a", en: "a" }, citation, values: [{ from: "2020-01-01", value: "1.00" }], lastVerifiedOn: "2026-11-25" });
    const b = defineParameter<string>({ id: "loose.rate", label: { zh: "b", en: "b" }, citation, values: [{ from: "2020-01-01", value: "2.00" }], lastVerifiedOn: "2026-11-25" });
    expect(resolvedOn(policy, a, "2019-12-31" as CivilDate)).toMatchObject({ reason: "not_yet" });
    expect(resolvedOn(policy, a, "2020-01-01" as CivilDate)).toMatchObject({ value: "1.00" });
    expect(resolvedOn(policy, b, "2020-01-01" as CivilDate)).toMatchObject({ value: "2.00" });
  });
});
