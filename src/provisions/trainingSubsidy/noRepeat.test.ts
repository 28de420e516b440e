import { describe, expect, it } from "vitest";
import type { Decision } from "../../core/decision.js";
import { evaluateBatch } from "../../engine.js";
import { nationalPolicy } from "../../jurisdictions/policies.js";
import { certificateClaims, documentOf, grant, heldDocument, nationalWithEnded, regionalPolicy, trainee } from "../../../test/support/national.js";
import type { Grant } from "../../records/claim.js";
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

describe("an earlier training subsidy that names no occupation (reading: earlier-grant-says-what-it-paid)", () => {
  const { occupationCode: _o, level: _l, ...unnamed } = grant({ id: "g0", basisDate: "2019-08-01" as never });

  it("makes the claim undecidable, asking for that grant's occupation: it may have paid this occupation and level", () => {
    // before: paid the EX-ELEC 初级工 row (1000.00, illustrative) although the earlier grant may have paid it already
    const out = run([["a", "EX-ELEC", "junior", "2020-03-01"]], [unnamed]);
    expect(out.a?.outcome).toBe("undecidable");
    expect(out.a?.missingFacts).toEqual(["grant g0: occupationCode"]);
    expect(out.a?.reasons.find((r) => r.code === "missing_record")).toMatchObject({ citation: { provision: "gbf2019.no-repeat" }, facts: { field: "grant g0: occupationCode" } });
  });

  it("once the ledger names another occupation the claim is paid; naming this one, it is denied", () => {
    // EX-ELEC 初级工 row: 1000 yuan (illustrative)
    expect(run([["a", "EX-ELEC", "junior", "2020-03-01"]], [{ ...unnamed, occupationCode: "EX-CARE" }]).a?.amount).toBe("1000.00");
    expect(run([["a", "EX-ELEC", "junior", "2020-03-01"]], [{ ...unnamed, occupationCode: "EX-ELEC", level: "junior" }]).a?.outcome).toBe("denied");
  });

  it("a grant on the very certificate claimed is no question: the certificate was paid (basis_already_paid)", () => {
    const out = run([["a", "EX-ELEC", "junior", "2020-03-01"]], [{ ...unnamed, certificateId: "c-a" }]);
    expect(out.a?.outcome).toBe("denied");
    expect(out.a?.reasons.map((r) => r.code)).toEqual(["basis_already_paid"]);
  });

  it("a grant naming the certificate but keyed on something else is still a question (its keys would not refuse the claim)", () => {
    const out = run([["a", "EX-ELEC", "junior", "2020-03-01"]], [{ ...unnamed, certificateId: "c-a", basisKeys: ["trainingSubsidy|p1|course C-1"] }]);
    expect(out.a?.outcome).toBe("undecidable");
    expect(out.a?.missingFacts).toEqual(["grant g0: occupationCode"]);
  });

  it("an earlier appraisal subsidy that names no occupation does not count (the measures of the rule are the training subsidy's)", () => {
    expect(run([["a", "EX-ELEC", "junior", "2020-03-01"]], [{ ...unnamed, measure: "appraisalSubsidy" }]).a?.amount).toBe("1000.00"); // EX-ELEC 初级工 1000 (illustrative)
  });

  it("the check itself: unknown, naming every such grant as a missing fact", () => {
    const ledger = Ledger.from([unnamed, { ...unnamed, id: "g1", claimId: "g1" }]);
    expect(noRepeatCheck({ traineeId: "p1", occupationCode: "EX-ELEC", level: "junior", date: "2021-01-01" as never, ledger, measures: new Set(["trainingSubsidy"]) })).toEqual({
      pass: "unknown",
      reason: { code: "missing_record", citation: cite("gbf2019.no-repeat", "§(十二)"), facts: { field: "grant g0: occupationCode, grant g1: occupationCode" } },
      missing: ["grant g0: occupationCode", "grant g1: occupationCode"],
    });
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

// Reading claim-order-by-issue-date: a claim held undecidable keeps its place while undecided — for the no-repeat rule, the
// one training subsidy of an occupation at a level. Illustrative catalogue (test/support/national.ts): EX-ELEC 初级工
// 1000.00, EX-ELEC 中级工 1500.00. A held claim names a course other than its certificate's (course_not_certificate_course).
describe("noRepeat — 「同一职业同一等级不可重复享受」 while an earlier claim on the occupation and level is held undecidable (reading claim-order-by-issue-date)", () => {
  const policy = regionalPolicy(nationalPolicy());
  const lines = (decisions: readonly Decision[]) => Object.fromEntries(decisions.map((x) => [x.claimId, `${x.outcome}:${x.amount}:${x.outcome === "granted" ? "" : x.reasons.map((r) => r.code).join("+")}`]));
  const TWO = [
    ["a", "EX-ELEC", "junior", "2020-03-01"],
    ["b", "EX-ELEC", "junior", "2021-05-01"],
  ] as const;

  it("a second EX-ELEC 初级工 certificate after a held one is held, naming it — not paid its 1000.00 on the guess that the held one fails (before: paid, and the held one refused when refiled)", () => {
    const result = evaluateBatch(policy, heldDocument(TWO, ["a"]));
    expect(lines(result.decisions)).toEqual({ a: "undecidable:null:course_not_certificate_course", b: "undecidable:null:earlier_claim_undecided" });
    expect(result.decisions[1]?.reasons[0]).toMatchObject({ citation: { provision: "gbf2019.no-repeat" }, facts: { heldClaims: ["a"] } });
    expect(result.grants).toEqual([]);
  });

  it("a held claim on another level takes no place: EX-ELEC 中级工 after a held 初级工 is paid 1500.00", () => {
    expect(lines(evaluateBatch(policy, heldDocument([TWO[0], ["b", "EX-ELEC", "intermediate", "2021-05-01"]], ["a"])).decisions)).toEqual({ a: "undecidable:null:course_not_certificate_course", b: "granted:1500.00:" });
  });

  it("refiled once the held claim is answered: paid, the first-issued is paid 1000.00 and the second refused occupation_level_already_subsidised; refused (its course outside the city), the second is paid 1000.00", () => {
    const first = evaluateBatch(policy, heldDocument(TWO, ["a"]));
    const answered = heldDocument(TWO, [], { ledger: first.grants as Grant[] });
    expect(lines(evaluateBatch(policy, answered).decisions)).toEqual({ a: "granted:1000.00:", b: "denied:0.00:occupation_level_already_subsidised" });
    const away = { ...(answered.courses.get("k-a") as NonNullable<ReturnType<typeof answered.courses.get>>), region: "example.elsewhere" };
    expect(lines(evaluateBatch(policy, { ...answered, courses: new Map([...answered.courses, ["k-a", away]]) }).decisions)).toEqual({ a: "denied:0.00:course_outside_jurisdiction", b: "granted:1000.00:" });
  });
});
