import { describe, expect, it } from "vitest";
import type { Decision } from "../../core/decision.js";
import { evaluateBatch } from "../../engine.js";
import { nationalPolicy } from "../../jurisdictions/policies.js";
import { certificateClaims, documentOf, grant, nationalWithEnded, regionalPolicy, trainee } from "../../../test/support/national.js";
import { cite } from "../../core/citation.js";
import { Evaluation } from "../../core/decision.js";
import { Ledger } from "../../core/ledger.js";
import { noRepeat, noRepeatCheck, noRepeatMeasures } from "./noRepeat.js";

const byId = (decisions: readonly Decision[]) => Object.fromEntries(decisions.map((x) => [x.claimId, x]));

function run(rows: readonly (readonly [string, string, string | null, string])[], ledger: Parameters<typeof documentOf>[0]["ledger"] = []) {
  const { certificates, claims } = certificateClaims(rows);
  return byId(evaluateBatch(regionalPolicy(nationalPolicy()), documentOf({ trainees: [trainee()], certificates, claims, ...(ledger === undefined ? {} : { ledger }) })).decisions);
}

describe("noRepeat — gbf2019.no-repeat: the same occupation at the same level is never subsidised twice", () => {
  it("a second 初级工 certificate in the same occupation, a year later, is refused and the denial names the first grant", () => {
    const out = run([
      ["a", "EX-ELEC", "junior", "2020-03-01"],
      ["b", "EX-ELEC", "junior", "2021-11-01"],
    ]);
    expect(out.a?.outcome).toBe("granted");
    expect(out.b?.outcome).toBe("denied");
    expect(out.b?.reasons.find((r) => r.code === "occupation_level_already_subsidised")).toMatchObject({
      citation: { provision: "gbf2019.no-repeat" },
      facts: { earlierGrants: ["a"], occupation: "EX-ELEC", level: "junior" },
    });
  });

  it("the same occupation at the next level is a different key and is paid", () => {
    const out = run([
      ["a", "EX-ELEC", "junior", "2020-03-01"],
      ["b", "EX-ELEC", "intermediate", "2020-09-01"],
    ]);
    expect(out.b?.outcome).toBe("granted");
    // EX-ELEC 中级工 row: 1500 yuan (illustrative)
    expect(out.b?.amount).toBe("1500.00");
  });

  it("an unleveled certificate keys on the occupation alone: a second special-ability certificate in it is refused", () => {
    const out = run([
      ["a", "EX-CARE", null, "2020-03-01"],
      ["b", "EX-CARE", null, "2021-03-01"],
    ]);
    expect(out.a?.outcome).toBe("granted");
    expect(out.b?.outcome).toBe("denied");
  });

  it("reading: no-repeat-whole-history — an earlier grant paid to another payee (the organiser) still blocks the repeat", () => {
    const ledger = [grant({ id: "g0", occupationCode: "EX-ELEC", level: "junior", payee: { kind: "organizer", id: "school-a" }, basisDate: "2019-08-01" as never })];
    const out = run([["a", "EX-ELEC", "junior", "2020-03-01"]], ledger);
    expect(out.a?.outcome).toBe("denied");
    expect(out.a?.reasons.find((r) => r.code === "occupation_level_already_subsidised")?.facts["earlierGrants"]).toEqual(["g0"]);
  });

  it("reading: no-repeat-whole-history — an appraisal subsidy for the same occupation and level does not block the training subsidy", () => {
    const ledger = [grant({ id: "g0", measure: "appraisalSubsidy", occupationCode: "EX-ELEC", level: "junior" })];
    expect(run([["a", "EX-ELEC", "junior", "2020-03-01"]], ledger).a?.outcome).toBe("granted");
  });
});

describe("what the no-repeat check says, and when it applies", () => {
  const ledger = Ledger.from([grant({ id: "g1", claimId: "cl-9", occupationCode: "EX-ELEC", level: "junior" })]);
  it("a repeat names the occupation, the level, and the earlier grants and claims", () => {
    expect(noRepeatCheck({ traineeId: "p1", occupationCode: "EX-ELEC", level: "junior", date: "2021-01-01" as never, ledger, measures: new Set(["trainingSubsidy"]) })).toEqual({
      pass: false,
      reason: { code: "occupation_level_already_subsidised", citation: cite("gbf2019.no-repeat", "§(十二)"), facts: { occupation: "EX-ELEC", level: "junior", earlierGrants: ["g1"], earlierClaims: ["cl-9"] } },
    });
  });
  it("where a layer ends the list of measures the rule does not apply: no check", () => {
    const ended = nationalWithEnded(noRepeatMeasures, cite("gbf2019.no-repeat", "§(十二)"));
    const input = { traineeId: "p1", occupationCode: "EX-ELEC", level: "junior", date: "2021-01-01" as never, ledger };
    expect(new Evaluation(ended, "2021-01-01" as never).use(noRepeat, input)).toBeNull();
    expect(new Evaluation(nationalPolicy(), "2021-01-01" as never).use(noRepeat, input)).toMatchObject({ pass: false, reason: { code: "occupation_level_already_subsidised" } });
  });
});
