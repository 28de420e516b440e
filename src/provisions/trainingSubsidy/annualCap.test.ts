import { describe, expect, it } from "vitest";
import { cite } from "../../core/citation.js";
import { buildPolicy, defineLayer, replaceParameter } from "../../core/layer.js";
import type { Decision } from "../../core/decision.js";
import { evaluateBatch } from "../../engine.js";
import { nationalPolicy } from "../../jurisdictions/policies.js";
import { certificateClaims, documentOf, grant, nationalWithEnded, regionalPolicy, trainee } from "../../../test/support/national.js";
import { Ledger } from "../../core/ledger.js";
import { annualCap, annualCapCheck, annualCapLimit, annualCapMeasures } from "./annualCap.js";
import { Evaluation } from "../../core/decision.js";

const byId = (decisions: readonly Decision[]) => Object.fromEntries(decisions.map((x) => [x.claimId, x]));

// Four different occupations/levels, so the no-repeat rule never interferes.
const FOUR_IN_2020 = [
  ["a", "EX-ELEC", "junior", "2020-03-01"],
  ["b", "EX-ELEC", "intermediate", "2020-04-01"],
  ["c", "EX-WELD", "junior", "2020-05-01"],
  ["d", "EX-COOK", "junior", "2020-06-01"],
] as const;

function run(rows: readonly (readonly [string, string, string | null, string])[], ledger = [] as Parameters<typeof documentOf>[0]["ledger"], policy = regionalPolicy(nationalPolicy())) {
  const { certificates, claims } = certificateClaims(rows);
  return byId(evaluateBatch(policy, documentOf({ trainees: [trainee()], certificates, claims, ...(ledger === undefined ? {} : { ledger }) })).decisions);
}

describe("annualCap — gbf2019.annual-cap: at most 3 training subsidies per person per year", () => {
  it("the 3rd training subsidy in a year is paid, the 4th is not, and the denial names the three grants that used the quota", () => {
    const out = run(FOUR_IN_2020);
    expect([out.a?.outcome, out.b?.outcome, out.c?.outcome]).toEqual(["granted", "granted", "granted"]);
    expect(out.d?.outcome).toBe("denied");
    const reason = out.d?.reasons.find((r) => r.code === "annual_cap_reached");
    expect(reason?.facts).toMatchObject({ year: 2020, cap: 3, earlierGrants: ["a", "b", "c"] });
    expect(reason?.citation).toMatchObject({ provision: "gbf2019.annual-cap", clause: "§(十二)" });
  });

  it("the year is the calendar year of the issue date: issued 31 Dec counts for that year, 1 Jan for the next", () => {
    const three = FOUR_IN_2020.slice(0, 3);
    expect(run([...three, ["d", "EX-COOK", "junior", "2020-12-31"]]).d?.outcome).toBe("denied");
    expect(run([...three, ["d", "EX-COOK", "junior", "2021-01-01"]]).d?.outcome).toBe("granted");
  });

  it("grants of an earlier year in the ledger do not count toward this year", () => {
    const ledger = [grant({ id: "g1", basisDate: "2019-12-31" as never, occupationCode: "EX-X1" }), grant({ id: "g2", basisDate: "2019-12-30" as never, occupationCode: "EX-X2" }), grant({ id: "g3", basisDate: "2019-07-01" as never, occupationCode: "EX-X3" })];
    expect(run([["a", "EX-ELEC", "junior", "2020-01-01"]], ledger).a?.outcome).toBe("granted");
  });

  it("three grants already in the ledger for the year leave no quota, and the denial names them", () => {
    const ledger = ["g1", "g2", "g3"].map((id, i) => grant({ id, occupationCode: `EX-X${i}` }));
    const out = run([["a", "EX-ELEC", "junior", "2020-12-31"]], ledger);
    expect(out.a?.outcome).toBe("denied");
    expect(out.a?.reasons.find((r) => r.code === "annual_cap_reached")?.facts["earlierGrants"]).toEqual(["g1", "g2", "g3"]);
  });

  it("reading: annual-cap-calendar-year — appraisal subsidies and living allowances do not count toward the cap", () => {
    const ledger = [
      grant({ id: "g1", measure: "appraisalSubsidy", occupationCode: "EX-X1" }),
      grant({ id: "g2", measure: "appraisalSubsidy", occupationCode: "EX-X2" }),
      grant({ id: "g3", measure: "livingAllowance", occupationCode: "EX-X3" }),
    ];
    expect(run([["a", "EX-ELEC", "junior", "2020-06-01"]], ledger).a?.outcome).toBe("granted");
  });

  it("reading: annual-cap-calendar-year (a parameter) — a layer that counts appraisal subsidies too makes the same claim the 4th", () => {
    const province = defineLayer({
      id: "example.province",
      level: "province",
      region: "example",
      label: { zh: "示例省：鉴定补贴计入次数", en: "example province: appraisal subsidies count" },
      documents: ["gbf2019"],
      scope: cite("gbf2019.scope-adjustment", "§(十二)"),
      parameterOverrides: [
        replaceParameter(annualCapMeasures, {
          label: { zh: "鉴定补贴计入", en: "appraisal subsidies count" },
          citation: cite("gbf2019.scope-adjustment", "§(十二)"),
          values: [{ from: "2019-05-18", value: ["trainingSubsidy", "appraisalSubsidy"] }],
          lastVerifiedOn: "2026-11-25",
        }),
      ],
    });
    const policy = regionalPolicy(buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [...nationalPolicy().layers, province] }));
    const ledger = ["g1", "g2", "g3"].map((id, i) => grant({ id, measure: "appraisalSubsidy", occupationCode: `EX-X${i}` }));
    const out = run([["a", "EX-ELEC", "junior", "2020-06-01"]], ledger, policy);
    expect(out.a?.outcome).toBe("denied");
    expect(out.a?.trace.flatMap((s) => s.parameters).find((u) => u.parameter === "trainingSubsidy.annualCapMeasures")?.layer).toBe("example.province");
  });

  it("reading: claim-order-by-issue-date — competing claims are taken by issue date whatever their input order, so the latest-issued is the one refused", () => {
    const out = run([...FOUR_IN_2020].reverse());
    expect(out.d?.outcome).toBe("denied");
    expect(out.a?.outcome).toBe("granted");
  });

  it("reading: claim-order-by-issue-date — on the same issue date the claim ids decide the order", () => {
    const out = run([
      ["z", "EX-ELEC", "junior", "2020-05-01"],
      ["y", "EX-ELEC", "intermediate", "2020-05-01"],
      ["x", "EX-WELD", "junior", "2020-05-01"],
      ["w", "EX-COOK", "junior", "2020-05-01"],
    ]);
    // w, x, y take the quota; z (last by id) is refused
    expect(out.z?.outcome).toBe("denied");
    expect(out.z?.reasons.find((r) => r.code === "annual_cap_reached")?.facts["earlierGrants"]).toEqual(["w", "x", "y"]);
  });
});

describe("annualCapCheck — what the cap check says (gbf2019.annual-cap)", () => {
  const ledger = Ledger.from([grant({ id: "g1", basisDate: "2020-02-01" as never }), grant({ id: "g2", basisDate: "2019-12-31" as never, occupationCode: "EX-X" })]);
  const measures = new Set(["trainingSubsidy", "skillUpgradeSubsidy"]);
  it("within the cap: the year, the cap, the earlier grants of that year, the measures counted and which one this is", () => {
    expect(annualCapCheck({ traineeId: "p1", date: "2020-06-01" as never, ledger, cap: 2, measures })).toEqual({
      pass: true,
      reason: { code: "within_annual_cap", citation: cite("gbf2019.annual-cap", "§(十二)"), facts: { year: 2020, cap: 2, earlierGrants: ["g1"], measures: ["trainingSubsidy", "skillUpgradeSubsidy"], count: 2 } },
    });
  });
  it("at the cap: denied with the same facts and no count", () => {
    expect(annualCapCheck({ traineeId: "p1", date: "2020-06-01" as never, ledger, cap: 1, measures })).toEqual({
      pass: false,
      reason: { code: "annual_cap_reached", citation: cite("gbf2019.annual-cap", "§(十二)"), facts: { year: 2020, cap: 1, earlierGrants: ["g1"], measures: ["trainingSubsidy", "skillUpgradeSubsidy"] } },
    });
  });
});

describe("annualCap — the rule applies only while both the cap and the counted measures are in force", () => {
  const ending = (parameter: typeof annualCapLimit | typeof annualCapMeasures) => nationalWithEnded(parameter as typeof annualCapLimit, cite("gbf2019.annual-cap", "§(十二)"));
  const judge = (policy: ReturnType<typeof ending>) => new Evaluation(policy, "2020-06-01" as never).use(annualCap, { traineeId: "p1", date: "2020-06-01" as never, ledger: Ledger.empty });
  it("with both in force the rule checks; with either ended there is no cap to check", () => {
    expect(judge(nationalPolicy())).toMatchObject({ pass: true, reason: { code: "within_annual_cap" } });
    expect(judge(ending(annualCapLimit))).toBeNull();
    expect(judge(ending(annualCapMeasures))).toBeNull();
  });
});
