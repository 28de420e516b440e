import { describe, expect, it } from "vitest";
import { cite } from "../../core/citation.js";
import { buildPolicy, defineLayer, replaceParameter } from "../../core/layer.js";
import type { Decision } from "../../core/decision.js";
import { decideBatch, evaluateBatch } from "../../engine.js";
import { nationalPolicy } from "../../jurisdictions/policies.js";
import { certificateClaims, claim, course, documentOf, grant, heldDocument, HERE, nationalWithEnded, regionalPolicy, trainee } from "../../../test/support/national.js";
import { withSkillUpgradeStandards } from "../../../test/support/world.js";
import type { Trainee } from "../../records/trainee.js";
import { noRepeatMeasures } from "./noRepeat.js";
import type { Claim, Grant } from "../../records/claim.js";
import type { ClaimsDocument } from "../../records/document.js";
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

// Reading claim-order-by-issue-date: a claim held undecidable keeps its place in the judged order while undecided. The
// illustrative catalogue (test/support/national.ts): EX-ELEC 初级工 1000.00, EX-ELEC 中级工 1500.00, EX-WELD 初级工 1200.00,
// EX-COOK 初级工 900.00. A held claim here names a course other than its certificate's (course_not_certificate_course).
describe("annualCap — 「原则上每人每年可享受不超过3次」 while an earlier claim of the year is held undecidable (reading claim-order-by-issue-date)", () => {
  const policy = regionalPolicy(nationalPolicy());
  const decide = (doc: ClaimsDocument) => evaluateBatch(policy, doc);
  const line = (d: Decision | undefined) => `${d?.outcome}:${d?.amount}:${d?.outcome === "granted" ? "" : d?.reasons.map((r) => r.code).join("+")}`;
  const lines = (doc: ClaimsDocument) => byIdLines(decide(doc).decisions);
  const byIdLines = (decisions: readonly Decision[]) => Object.fromEntries(decisions.map((x) => [x.claimId, line(x)]));

  it("three claims of 2020 with the first held: the other two are paid (EX-ELEC 中级工 1500.00, EX-WELD 初级工 1200.00) — two grants and one held claim are within the 3", () => {
    const out = lines(heldDocument(FOUR_IN_2020.slice(0, 3), ["a"]));
    expect(out).toEqual({ a: "undecidable:null:course_not_certificate_course", b: "granted:1500.00:", c: "granted:1200.00:" });
  });

  it("four claims of 2020 with the first held: the 2nd and 3rd are paid (1500.00, 1200.00); the 4th would be the 4th if the held one is paid, so it is held, naming it — not paid (before: 900.00), not refused, no grant", () => {
    const doc = heldDocument(FOUR_IN_2020, ["a"]);
    const result = decide(doc);
    const out = byIdLines(result.decisions);
    expect(out).toEqual({ a: "undecidable:null:course_not_certificate_course", b: "granted:1500.00:", c: "granted:1200.00:", d: "undecidable:null:earlier_claim_undecided" });
    const held = result.decisions.find((x) => x.claimId === "d");
    expect(held?.reasons[0]).toMatchObject({ code: "earlier_claim_undecided", citation: { provision: "gbf2019.annual-cap" }, facts: { heldClaims: ["a"] } });
    expect(held?.missingFacts).toEqual(["claim a: decision"]);
    expect(result.grants.map((g) => g.claimId)).toEqual(["b", "c"]);
    expect(result.ledger.size).toBe(2);
    // every way of deciding agrees: trainee by trainee, decideBatch's steps
    expect(byIdLines(evaluateBatch(policy, doc, { order: "trainee" }).decisions)).toEqual(out);
    expect(byIdLines([...decideBatch(policy, doc)].map((step) => step.decision))).toEqual(out);
  });

  it("four claims of 2020 with the 2nd held: the 1st and 3rd are paid (EX-ELEC 初级工 1000.00, EX-WELD 1200.00), the 4th is held naming the 2nd", () => {
    const result = decide(heldDocument(FOUR_IN_2020, ["b"]));
    expect(byIdLines(result.decisions)).toEqual({ a: "granted:1000.00:", b: "undecidable:null:course_not_certificate_course", c: "granted:1200.00:", d: "undecidable:null:earlier_claim_undecided" });
    expect(result.decisions.find((x) => x.claimId === "d")?.reasons[0]?.facts).toEqual({ heldClaims: ["b"] });
  });

  it("a claim held in another calendar year takes no place: held and issued 2019-12-31, the 3rd of 2020 (EX-COOK 900.00) is paid; held and issued 2020-01-01, it is held", () => {
    const rows = (heldOn: string) => [["a", "EX-ELEC", "junior", heldOn], ...FOUR_IN_2020.slice(1)] as const;
    expect(lines(heldDocument(rows("2019-12-31"), ["a"]))).toMatchObject({ b: "granted:1500.00:", c: "granted:1200.00:", d: "granted:900.00:" });
    expect(lines(heldDocument(rows("2020-01-01"), ["a"]))).toMatchObject({ b: "granted:1500.00:", c: "granted:1200.00:", d: "undecidable:null:earlier_claim_undecided" });
    // the day after the year's last: a held claim of 2021-01-01 is of another year again
    expect(lines(heldDocument([...FOUR_IN_2020.slice(1), ["e", "EX-ELEC", "junior", "2021-01-01"]], ["e"]))).toMatchObject({ d: "granted:900.00:" });
  });

  it("reading annual-cap-calendar-year — a held claim of a measure the cap does not count (a living allowance, held for want of a local daily rate) takes no place: the 3rd training subsidy of 2020 (EX-COOK 900.00) is paid", () => {
    const living = { id: "L", measure: "livingAllowance", traineeId: "p1", claimant: { kind: "trainee", id: "p1" }, courseId: "k-b", submittedOn: "2020-03-01" } as Claim;
    const out = lines(heldDocument(FOUR_IN_2020.slice(1), [], { extra: [living], trainee: { statuses: ["unemployed", "employmentDifficulty"] } }));
    expect(out).toEqual({ L: "undecidable:null:no_local_standard", b: "granted:1500.00:", c: "granted:1200.00:", d: "granted:900.00:" });
  });

  // A second claim on certificate c-a (another claim id, naming another course: held too).
  const again = (id: string) => claim({ id, certificateId: "c-a", courseId: "k-other", submittedOn: "2020-03-01" as never });

  it("reading pay-once-basis — two claims held on one certificate may be paid once: one place, so the 3rd of 2020 (EX-WELD 1200.00) is paid and the 4th is held, naming both", () => {
    const result = decide(heldDocument(FOUR_IN_2020, ["a"], { extra: [again("a2")] }));
    expect(byIdLines(result.decisions)).toEqual({ a: "undecidable:null:course_not_certificate_course", a2: "undecidable:null:course_not_certificate_course", b: "granted:1500.00:", c: "granted:1200.00:", d: "undecidable:null:earlier_claim_undecided" });
    expect(result.decisions.find((x) => x.claimId === "d")?.reasons[0]?.facts).toEqual({ heldClaims: ["a", "a2"] });
  });

  it("reading pay-once-basis — a claim held on a certificate already paid can never be paid and takes no place: a (1000.00), b (1500.00), c (1200.00) paid, the 4th refused annual_cap_reached", () => {
    const out = lines(heldDocument(FOUR_IN_2020, [], { extra: [again("a2")] }));
    expect(out).toEqual({ a: "granted:1000.00:", a2: "undecidable:null:course_not_certificate_course", b: "granted:1500.00:", c: "granted:1200.00:", d: "denied:0.00:annual_cap_reached" });
    // and with only a, a2 and b: the 3rd place is c's (1200.00), not held for a2
    expect(lines(heldDocument(FOUR_IN_2020.slice(0, 3), [], { extra: [again("a2")] }))).toMatchObject({ c: "granted:1200.00:" });
  });

  it("three grants of 2020 already in the ledger: a later claim of 2020 is refused annual_cap_reached, whatever is held before it", () => {
    const ledger = ["g1", "g2", "g3"].map((id, i) => grant({ id, occupationCode: `EX-X${i}` }));
    expect(lines(heldDocument(FOUR_IN_2020.slice(0, 2), ["a"], { ledger }))).toEqual({ a: "undecidable:null:course_not_certificate_course", b: "denied:0.00:annual_cap_reached" });
  });

  it("refiled once the held claim is answered and paid: it meets two grants of 2020 and is paid (EX-ELEC 初级工 1000.00); the 4th then meets three (a, b, c) and is refused — 1000 + 1500 + 1200 = 3700.00 for the three issued first", () => {
    const first = decide(heldDocument(FOUR_IN_2020, ["a"]));
    const again = decide(heldDocument(FOUR_IN_2020, [], { ledger: first.grants as Grant[] }));
    expect(byIdLines(again.decisions)).toEqual({ a: "granted:1000.00:", b: "denied:0.00:duplicate_claim", c: "denied:0.00:duplicate_claim", d: "denied:0.00:annual_cap_reached" });
    expect(again.decisions.find((x) => x.claimId === "d")?.reasons[0]?.facts).toMatchObject({ earlierGrants: ["a", "b", "c"] });
    expect([...first.grants, ...again.grants].map((g) => g.amount)).toEqual(["1500.00", "1200.00", "1000.00"]);
  });

  it("refiled once the held claim is answered and refused (its training was a course outside the city): the 4th is the 3rd of 2020 and is paid (EX-COOK 900.00)", () => {
    const first = decide(heldDocument(FOUR_IN_2020, ["a"]));
    const answered = heldDocument(FOUR_IN_2020, [], { ledger: first.grants as Grant[] });
    const away = course({ id: "k-a", startDate: "2019-06-01" as never, endDate: "2019-06-20" as never, region: "example.elsewhere" });
    const again = decide({ ...answered, courses: new Map([...answered.courses, ["k-a", away]]) });
    expect(byIdLines(again.decisions)).toEqual({ a: "denied:0.00:course_outside_jurisdiction", b: "denied:0.00:duplicate_claim", c: "denied:0.00:duplicate_claim", d: "granted:900.00:" });
  });
});

describe("annualCapCheck — a held claim of the year (reading claim-order-by-issue-date)", () => {
  const measures = new Set(["trainingSubsidy"]);
  const paidIn2020 = (n: number) => Ledger.from(Array.from({ length: n }, (_, i) => grant({ id: `g${i + 1}`, occupationCode: `EX-X${i}` })));
  const held = [{ claimId: "h1", measure: "trainingSubsidy", basisDate: "2020-02-01" }];
  const check = (grants: number) => annualCapCheck({ traineeId: "p1", date: "2020-06-01" as never, ledger: paidIn2020(grants), held, cap: 3, measures });
  it("one grant and one held claim: the 3rd place is free (within, count 2); two grants and one held: unknown, naming it; three grants: refused", () => {
    expect(check(1)).toMatchObject({ pass: true, reason: { code: "within_annual_cap", facts: { count: 2 } } });
    expect(check(2)).toEqual({ pass: "unknown", reason: { code: "earlier_claim_undecided", citation: cite("gbf2019.annual-cap", "§(十二)"), facts: { heldClaims: ["h1"] } }, missing: ["claim h1: decision"] });
    expect(check(3)).toMatchObject({ pass: false, reason: { code: "annual_cap_reached" } });
  });
});

// Review 18a F1, F3 (fixed 2026-12-05): a held claim keeps the place it may take — no more. Two held training subsidies of
// one occupation at one level are paid once between them (「同一职业同一等级不可重复享受」): one place. One the ledger now shows
// can never be paid — its certificate paid by the insured skill-upgrade subsidy (「按规定给予职业培训补贴或参保职工技能提升补贴」),
// or its occupation at its level paid — takes none. Catalogue as above: EX-ELEC 初级工 1000.00, 中级工 1500.00, EX-WELD 初级工
// 1200.00, EX-COOK 初级工 900.00.
describe("annualCap — 「原则上每人每年可享受不超过3次，但同一职业同一等级不可重复享受」: held claims that are paid once between them, or never (reading claim-order-by-issue-date)", () => {
  const policy = regionalPolicy(nationalPolicy());
  const line = (d: Decision | undefined) => `${d?.outcome}:${d?.amount}:${d?.outcome === "granted" ? "" : d?.reasons.map((r) => r.code).join("+")}`;
  const lines = (doc: ClaimsDocument, p = policy) => Object.fromEntries(evaluateBatch(p, doc).decisions.map((x) => [x.claimId, line(x)]));
  const held = (doc: ClaimsDocument, id: string, p = policy) => evaluateBatch(p, doc).decisions.find((x) => x.claimId === id)?.reasons[0]?.facts;
  // a: EX-ELEC 初级工 03-01 (held: it names another course); e: a second EX-ELEC 初级工 certificate, 03-15; then b, c, d as above.
  const WITH_E = [FOUR_IN_2020[0], ["e", "EX-ELEC", "junior", "2020-03-15"], ...FOUR_IN_2020.slice(1)] as const;

  it("two claims held on two EX-ELEC 初级工 certificates can be paid once between them: one place — the 2nd (EX-ELEC 中级工 1500.00) and the 3rd (EX-WELD 1200.00) of 2020 are paid, the 4th (EX-COOK) is held naming both", () => {
    // a held; e held by the no-repeat rule naming a (if a is paid e is refused, if a is refused e may be paid: one of them at most);
    // b: 0 grants + 1 place < 3, paid 1500.00; c: 1 grant + 1 place = 2 < 3, paid 1200.00 (before: 1 + 2 places = 3, held);
    // d: 2 grants + 1 place = 3, held naming a and e.
    const doc = heldDocument(WITH_E, ["a"]);
    expect(lines(doc)).toEqual({ a: "undecidable:null:course_not_certificate_course", e: "undecidable:null:earlier_claim_undecided", b: "granted:1500.00:", c: "granted:1200.00:", d: "undecidable:null:earlier_claim_undecided" });
    expect(held(doc, "d")).toEqual({ heldClaims: ["a", "e"] });
  });

  it("two claims held on different occupations or levels may both be paid: two places, as before — the 3rd of 2020 (EX-WELD 1200.00) is paid after EX-ELEC 初级工 and 中级工 held, the 4th (EX-COOK) is held naming both", () => {
    // a (EX-ELEC 初级工) and b (EX-ELEC 中级工) held: c meets 0 grants + 2 places < 3, paid 1200.00; d: 1 grant + 2 places = 3, held
    const levels = heldDocument(FOUR_IN_2020, ["a", "b"]);
    expect(lines(levels)).toMatchObject({ c: "granted:1200.00:", d: "undecidable:null:earlier_claim_undecided" });
    expect(held(levels, "d")).toEqual({ heldClaims: ["a", "b"] });
    // a (EX-ELEC 初级工) and c (EX-WELD 初级工) held: b paid 1500.00 (0 + 1 place), d: 1 grant + 2 places = 3, held
    expect(lines(heldDocument(FOUR_IN_2020, ["a", "c"]))).toMatchObject({ b: "granted:1500.00:", d: "undecidable:null:earlier_claim_undecided" });
  });

  it("with the no-repeat rule out of force, two claims held on two EX-ELEC 初级工 certificates may both be paid: two places — the 3rd of 2020 (EX-WELD) is held", () => {
    // the province ends 「同一职业同一等级不可重复享受」 (trainingSubsidy.noRepeatMeasures) from 2020-01-01: a and e both held (each names
    // another course), each may be paid; b: 0 + 2 places < 3, paid 1500.00; c: 1 grant + 2 places = 3, held naming a and e
    const ended = regionalPolicy(nationalWithEnded(noRepeatMeasures, cite("gbf2019.no-repeat", "§(十二)")));
    const doc = heldDocument(WITH_E, ["a", "e"]);
    expect(lines(doc, ended)).toMatchObject({ b: "granted:1500.00:", c: "undecidable:null:earlier_claim_undecided" });
    expect(held(doc, "c", ended)).toEqual({ heldClaims: ["a", "e"] });
  });

  it("「按规定给予职业培训补贴或参保职工技能提升补贴」: a training subsidy held on a certificate the insured skill-upgrade subsidy was then paid on can never be paid and takes no place — the 4th of 2020 (EX-COOK 900.00) is paid; the skill-upgrade subsidy not claimed, it is held", () => {
    // an insured enterprise employee: a (training subsidy on c-a) held; z, the skill-upgrade subsidy on c-a, judged next (same
    // issue date, later id), paid; from then a meets other_measure_already_paid whatever its course. b 1500.00 (0 grants +
    // 0 places), c 1200.00 (1 + 0), d: 2 grants + 0 places < 3, paid 900.00 (before: 2 + 1 place = 3, held naming a).
    const insured = { statuses: ["enterpriseEmployee"], unemploymentInsuranceMonths: { [HERE]: 24 } } as Partial<Trainee>;
    const z = { id: "z", measure: "insuredSkillUpgradeSubsidy", traineeId: "p1", claimant: { kind: "trainee", id: "p1" }, certificateId: "c-a", submittedOn: "2020-03-01" } as Claim;
    const withStandards = withSkillUpgradeStandards(policy);
    const out = lines(heldDocument(FOUR_IN_2020, ["a"], { extra: [z], trainee: insured }), withStandards);
    expect(out).toMatchObject({ a: "undecidable:null:course_not_certificate_course", b: "granted:1500.00:", c: "granted:1200.00:", d: "granted:900.00:" });
    expect(out["z"]).toMatch(/^granted:/);
    // without z: d meets 2 grants + 1 place (a) = 3 and is held
    expect(lines(heldDocument(FOUR_IN_2020, ["a"], { trainee: insured }), withStandards)).toMatchObject({ d: "undecidable:null:earlier_claim_undecided" });
  });
});

describe("annualCapCheck — held claims that share a place or can never be paid (review 18a F1, F3)", () => {
  const measures = new Set(["trainingSubsidy"]);
  const repeatMeasures = new Set(["trainingSubsidy"]);
  const h = (claimId: string, cert: string, occupationCode: string, level: string) => ({ claimId, measure: "trainingSubsidy", basisDate: "2020-02-01", certificateKey: `trainingSubsidy|p1|certificate ${cert}`, certificateId: cert, occupationCode, level });
  const check = (ledger: Ledger, held: ReturnType<typeof h>[], repeat: ReadonlySet<string> | undefined) => annualCapCheck({ traineeId: "p1", date: "2020-06-01" as never, ledger, held, cap: 3, measures, repeatMeasures: repeat });

  it("one grant and two held on EX-ELEC 初级工 (two certificates): one place under the no-repeat rule (within, count 3); two without it, or on another level (unknown, naming both)", () => {
    const ledger = Ledger.from([grant({ id: "g1", occupationCode: "EX-X" })]);
    // 1 grant + 1 place = 2 < 3: this claim is the 3rd at most
    expect(check(ledger, [h("h1", "C1", "EX-ELEC", "junior"), h("h2", "C2", "EX-ELEC", "junior")], repeatMeasures)).toMatchObject({ pass: true, reason: { facts: { count: 2 } } });
    // 1 grant + 2 places = 3
    expect(check(ledger, [h("h1", "C1", "EX-ELEC", "junior"), h("h2", "C2", "EX-ELEC", "junior")], undefined)).toMatchObject({ pass: "unknown", reason: { facts: { heldClaims: ["h1", "h2"] } } });
    expect(check(ledger, [h("h1", "C1", "EX-ELEC", "junior"), h("h2", "C2", "EX-ELEC", "intermediate")], repeatMeasures)).toMatchObject({ pass: "unknown", reason: { facts: { heldClaims: ["h1", "h2"] } } });
  });

  it("two grants, one of them EX-ELEC 初级工, and one held on EX-ELEC 初级工: it can never be paid and takes no place (within, count 3); held on EX-ELEC 中级工, or without the no-repeat rule, it takes the 3rd (unknown)", () => {
    const ledger = Ledger.from([grant({ id: "g1", certificateId: "C9", occupationCode: "EX-ELEC", level: "junior" }), grant({ id: "g2", occupationCode: "EX-X" })]);
    // 2 grants + 0 places < 3
    expect(check(ledger, [h("h1", "C1", "EX-ELEC", "junior")], repeatMeasures)).toMatchObject({ pass: true, reason: { facts: { count: 3 } } });
    // 2 grants + 1 place = 3
    expect(check(ledger, [h("h1", "C1", "EX-ELEC", "intermediate")], repeatMeasures)).toMatchObject({ pass: "unknown", reason: { facts: { heldClaims: ["h1"] } } });
    expect(check(ledger, [h("h1", "C1", "EX-ELEC", "junior")], undefined)).toMatchObject({ pass: "unknown", reason: { facts: { heldClaims: ["h1"] } } });
  });

  it("two grants and one held whose certificate the insured skill-upgrade subsidy paid: no place (within, count 3); paid on another certificate of another occupation, a place (unknown)", () => {
    const upgrade = (certificateId: string, occupationCode: string) => grant({ id: "z1", measure: "insuredSkillUpgradeSubsidy", certificateId, occupationCode, level: "junior" });
    const paid = (z: Grant) => Ledger.from([grant({ id: "g1", occupationCode: "EX-X" }), grant({ id: "g2", occupationCode: "EX-Y" }), z]);
    expect(check(paid(upgrade("C1", "EX-ELEC")), [h("h1", "C1", "EX-ELEC", "junior")], repeatMeasures)).toMatchObject({ pass: true, reason: { facts: { count: 3 } } });
    expect(check(paid(upgrade("C7", "EX-WELD")), [h("h1", "C1", "EX-ELEC", "junior")], repeatMeasures)).toMatchObject({ pass: "unknown", reason: { facts: { heldClaims: ["h1"] } } });
  });
});
