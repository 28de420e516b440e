/**
 * Batch semantics, by example: the shipped Jiaxing batch, order of competing claims,
 * copies and conflicts, split batches, processing twice. The laws that hold for any
 * batch (never negative, order independence, a duplicate pays once, …) are in
 * test/invariants.property.test.ts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { Claim, ClaimsDocument } from "../src/index.js";
import { claimContentKey, decideBatch, evaluateBatch, jiaxingPolicy, parseClaimsDocument } from "../src/index.js";

const policy = jiaxingPolicy();
const fixture = JSON.parse(readFileSync(new URL("../fixtures/jiaxing/claims.json", import.meta.url), "utf8")) as { claims: unknown[] } & Record<string, unknown[]>;

function parse(doc: unknown): ClaimsDocument {
  const r = parseClaimsDocument(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.value.invalid).toEqual([]);
  return r.value.document;
}

function summary(docRaw: unknown) {
  const result = evaluateBatch(policy, parse(docRaw));
  return Object.fromEntries(result.decisions.map((d) => [d.claimId, `${d.outcome}:${d.amount}:${d.reasons.map((r) => r.code).join("+")}`]));
}

describe("deciding a batch", () => {
  test("the shipped Jiaxing batch decides as the texts say", () => {
    expect(summary(fixture)).toEqual({
      "JX-0001": "granted:350.00:course_in_jurisdiction+in_living_allowance_group+living_allowance_days", // 50 yuan/day × 7 days, rural 两后生
      "JX-0002": "denied:0.00:not_in_living_allowance_group", // urban 两后生, not on dibao
      "JX-0003": "granted:500.00:course_in_jurisdiction+in_living_allowance_group+living_allowance_days", // 50 yuan/day × 10 days, employment-difficulty
      "JX-0004": "undecidable:null:attendance_dates_needed", // course 2019-12-09..20 straddles jx2019's first day, 2019-12-13
      "JX-0005": "granted:120.00:residency_basis+within_retirement_age+appraisal_first_time", // 中级工 120 元, resident with permit
      "JX-0006": "granted:150.00:residency_basis+within_retirement_age+appraisal_first_time", // 高级工 150 元, issued 2020-01-01
      "JX-0007": "denied:0.00:before_provision_start", // issued 2019-12-31, before 2020-01-01
      "JX-0008": "denied:0.00:training_completion_certificate_excluded", // 不含培训合格证书
      "JX-0009": "denied:0.00:appraisal_already_granted", // same occupation and level as JX-0006
    });
  });

  test("claims of one person compete in order of issue date, then claim id, whatever the input order", () => {
    const result = evaluateBatch(policy, parse({ ...fixture, claims: [...fixture.claims].reverse() }));
    const denied = result.decisions.find((d) => d.claimId === "JX-0009");
    expect(denied?.reasons.find((r) => r.code === "appraisal_already_granted")?.facts.earlierGrants).toEqual(["JX-0006"]);
  });

  test("a claim id seen twice with the same content is decided once and paid once", () => {
    const first = fixture.claims[0];
    const r = evaluateBatch(policy, parse({ ...fixture, claims: [first, first] }));
    expect(r.decisions).toHaveLength(1);
    expect(r.grants).toHaveLength(1);
    expect(r.decisions[0]?.amount).toBe("350.00"); // 50 yuan/day × 7 days, once
  });

  test("a copy that spells an absent field as undefined has the same content: decided once and paid once, as after a JSON round trip (found by invariant 9)", () => {
    const first = fixture.claims[0] as Record<string, unknown>;
    const spelled = { ...first, certificateId: undefined };
    const r = evaluateBatch(policy, parse({ ...fixture, claims: [first, spelled] }));
    expect(r.decisions.map((d) => [d.claimId, d.outcome, d.amount])).toEqual([["JX-0001", "granted", "350.00"]]); // 50 yuan/day × 7 days, jx2019.living-allowance
    expect(r.grants).toHaveLength(1);
    expect(claimContentKey(parse({ ...fixture, claims: [spelled] }).claims[0] as Claim)).toBe(claimContentKey(parse({ ...fixture, claims: [first] }).claims[0] as Claim));
  });

  test("the order of the prior ledger changes no decision: earlier grants are named in order of basis date, then id (found by invariant 5)", () => {
    // two earlier appraisal grants for P-004's 数控车工 高级工 (the key of JX-0006), in either order
    const earlier = (id: string, basisDate: string) => ({
      id,
      claimId: `OLD-${id}`,
      traineeId: "P-004",
      measure: "appraisalSubsidy",
      provision: "jx2019.appraisal-subsidy",
      payee: { kind: "trainee", id: "P-004" },
      amount: "150.00",
      basisDate,
      occupationCode: "6-18-02-04",
      level: "senior",
    });
    const [a, b] = [earlier("G-B", "2019-03-01"), earlier("G-A", "2019-09-01")];
    const one = evaluateBatch(policy, parse({ ...fixture, ledger: [a, b] })).decisions;
    const other = evaluateBatch(policy, parse({ ...fixture, ledger: [b, a] })).decisions;
    expect(other).toEqual(one);
    const denied = one.find((d) => d.claimId === "JX-0006");
    expect([denied?.outcome, denied?.reasons.find((r) => r.code === "appraisal_already_granted")?.facts["earlierGrants"]]).toEqual(["denied", ["G-B", "G-A"]]);
  });

  test("a claim id with two different contents is a conflict reported once, paying neither", () => {
    const first = fixture.claims[0] as Record<string, unknown>;
    const r = evaluateBatch(policy, parse({ ...fixture, claims: [first, { ...first, submittedOn: "2020-03-21" }] }));
    expect(r.decisions.map((d) => [d.claimId, d.outcome, d.reasons[0]?.code])).toEqual([["JX-0001", "denied", "claim_conflict"]]);
    expect(r.grants).toEqual([]);
  });

  test("a conflict is reported by the same copy whatever the input order, so its judging date does not depend on order", () => {
    const first = fixture.claims[0] as Record<string, unknown>;
    const later = { ...first, submittedOn: "2020-04-30" };
    const a = evaluateBatch(policy, parse({ ...fixture, claims: [first, later] })).decisions;
    const b = evaluateBatch(policy, parse({ ...fixture, claims: [later, first] })).decisions;
    expect(a).toEqual(b);
    expect(a[0]?.provenance.judgedOn).toBe("2020-03-20"); // the copy with the lesser content (earlier submittedOn) represents it
  });

  test("decideBatch yields the same decisions, in the same order, as evaluateBatch collects", () => {
    const doc = parse(fixture);
    const steps = [...decideBatch(policy, doc)];
    expect(steps.map((s) => s.decision)).toEqual(evaluateBatch(policy, doc).decisions);
    // basis dates ascend: certificate issue dates, course end dates
    const dates = steps.map((s) => s.basisDate);
    expect([...dates].sort()).toEqual(dates);
    expect(steps.filter((s) => s.grant !== null).map((s) => s.grant?.amount)).toEqual(["150.00", "350.00", "500.00", "120.00"]); // 高级工 150; 50×7; 50×10; 中级工 120
  });

  test("facts from other parts of a split batch: a conflict elsewhere pays nothing, a claim reported elsewhere is skipped, a claim paid elsewhere is a duplicate", () => {
    const doc = parse(fixture);
    const decisions = evaluateBatch(policy, doc, { elsewhere: { conflicting: new Set(["JX-0001"]), reportedElsewhere: new Set(["JX-0003"]), paid: new Set(["JX-0005"]) } }).decisions;
    const byId = Object.fromEntries(decisions.map((d) => [d.claimId, `${d.outcome}:${d.amount}:${d.reasons[0]?.code}`]));
    expect(byId["JX-0001"]).toBe("denied:0.00:claim_conflict");
    expect(byId["JX-0003"]).toBeUndefined();
    expect(byId["JX-0005"]).toBe("denied:0.00:duplicate_claim");
    expect(byId["JX-0006"]).toBe("granted:150.00:residency_basis"); // 高级工 150 yuan, untouched
  });

  test("processing the same batch twice against the ledger it produced pays nothing more", () => {
    const once = evaluateBatch(policy, parse(fixture));
    const twice = evaluateBatch(policy, { ...parse(fixture), ledger: once.ledger.grants() });
    expect(twice.grants).toEqual([]);
    expect(new Set(twice.decisions.filter((d) => once.grants.some((g) => g.claimId === d.claimId)).map((d) => d.reasons[0]?.code))).toEqual(new Set(["duplicate_claim"]));
  });

  test("the prior ledger given to a batch is not changed by it", () => {
    const doc = parse(fixture);
    const before = JSON.stringify(doc.ledger);
    evaluateBatch(policy, doc);
    expect(JSON.stringify(doc.ledger)).toBe(before);
  });
});

describe('order: "trainee" — the same decisions, trainee by trainee', () => {
  const byClaimId = <T extends { readonly claimId: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.claimId < b.claimId ? -1 : 1));

  test("the shipped Jiaxing batch: every decision and grant as in the judged order; each trainee's claims together, in judged order, trainees as the document lists them", () => {
    const doc = parse(fixture);
    const judged = evaluateBatch(policy, doc);
    const grouped = evaluateBatch(policy, doc, { order: "trainee" });
    expect(byClaimId(grouped.decisions)).toEqual(byClaimId(judged.decisions));
    expect(byClaimId(grouped.grants)).toEqual(byClaimId(judged.grants));
    expect(byClaimId(grouped.ledger.grants())).toEqual(byClaimId(judged.ledger.grants()));
    const traineeOf = new Map(doc.claims.map((c) => [c.id, c.traineeId]));
    const sequence = grouped.decisions.map((d) => traineeOf.get(d.claimId) as string);
    // trainee by trainee, in the document's order of trainees (P-001 … as listed)
    const listed = [...doc.trainees.keys()].filter((t) => sequence.includes(t));
    expect([...new Set(sequence)]).toEqual(listed);
    expect(sequence).toEqual(listed.flatMap((t) => sequence.filter((s) => s === t)));
    // within a trainee, the judged order (the judged order of the whole batch, kept to that trainee)
    for (const t of listed) expect(grouped.decisions.filter((d) => traineeOf.get(d.claimId) === t).map((d) => d.claimId)).toEqual(judged.decisions.filter((d) => traineeOf.get(d.claimId) === t).map((d) => d.claimId));
    expect(listed.length).toBeGreaterThan(2); // the fixture has several trainees: the grouping is exercised
  });

  test("two trainees filing for one training package are taken together: the package is paid once, to the claim judged first, whichever trainee the document lists first", () => {
    const pkg = { id: "PK-1", developerKind: "vocationalCollege", commissioned: true };
    const person = (id: string) => ({ id, birthDate: "1980-01-01", statuses: [] });
    const packageClaim = (id: string, traineeId: string, submittedOn: string) => ({ id, measure: "trainingPackageGrant", traineeId, claimant: { kind: "organizer", id: "SCHOOL-1" }, submittedOn, amountClaimed: "50000.00", trainingPackage: pkg });
    // K2 (P2) is filed on 2020-09-01, K1 (P1) on 2020-09-02: a package claim's basis is its filing date, so K2 is judged first
    const claims = [packageClaim("K1", "P1", "2020-09-02"), packageClaim("K2", "P2", "2020-09-01")];
    for (const trainees of [[person("P1"), person("P2")], [person("P2"), person("P1")]]) {
      const doc = parse({ trainees, claims });
      const judged = evaluateBatch(policy, doc);
      const grouped = evaluateBatch(policy, doc, { order: "trainee" });
      // jx2019 五(十)二 「给予每个不超过5万元补助」: one package, 50,000.00 once, to K2, judged first
      expect(grouped.decisions.map((d) => [d.claimId, d.outcome, d.amount])).toEqual([
        ["K2", "granted", "50000.00"],
        ["K1", "denied", "0.00"],
      ]);
      expect(grouped.decisions).toEqual(judged.decisions);
    }
  });

  test("a claim whose trainee the document lacks (a document built in code: parsing refuses one) comes after the listed trainees' claims, undecidable as in the judged order", () => {
    const base = parse(fixture);
    const doc: ClaimsDocument = { ...base, claims: [{ ...(base.claims[0] as Claim), id: "JX-ORPHAN", traineeId: "P-404" }, ...base.claims] };
    const grouped = evaluateBatch(policy, doc, { order: "trainee" }).decisions;
    const orphan = grouped[grouped.length - 1];
    expect([orphan?.claimId, orphan?.outcome, orphan?.reasons.map((r) => r.code)]).toEqual(["JX-ORPHAN", "undecidable", ["missing_record"]]);
    expect(byClaimId(grouped)).toEqual(byClaimId(evaluateBatch(policy, doc).decisions)); // every decision once, as judged
  });

  test("trainees chained by packages (A and B file for PK-1, B and C for PK-2) are one group: each package is paid to its claim judged first", () => {
    const person = (id: string) => ({ id, birthDate: "1980-01-01", statuses: [] });
    const packageClaim = (id: string, traineeId: string, pkg: string, submittedOn: string) => ({ id, measure: "trainingPackageGrant", traineeId, claimant: { kind: "organizer", id: "SCHOOL-1" }, submittedOn, amountClaimed: "50000.00", trainingPackage: { id: pkg, developerKind: "vocationalCollege", commissioned: true } });
    // judged by filing date: B's PK-1 (09-01), C's PK-2 (09-02), A's PK-1 (09-03), B's PK-2 (09-04)
    const claims = [packageClaim("A1", "A", "PK-1", "2020-09-03"), packageClaim("B1", "B", "PK-1", "2020-09-01"), packageClaim("C2", "C", "PK-2", "2020-09-02"), packageClaim("B2", "B", "PK-2", "2020-09-04")];
    const doc = parse({ trainees: [person("A"), person("B"), person("C")], claims });
    const grouped = evaluateBatch(policy, doc, { order: "trainee" });
    // jx2019 五(十)二 「给予每个不超过5万元补助」: each package 50,000.00 once, to B1 and C2, judged first
    expect(grouped.decisions.map((d) => [d.claimId, d.amount])).toEqual([
      ["B1", "50000.00"],
      ["C2", "50000.00"],
      ["A1", "0.00"],
      ["B2", "0.00"],
    ]);
    expect(grouped.decisions).toEqual(evaluateBatch(policy, doc).decisions);
  });

  test("an order the option does not know is an invalid_argument error, in Chinese and English", () => {
    const doc = parse(fixture);
    expect(() => evaluateBatch(policy, doc, { order: "person" as never })).toThrow(expect.objectContaining({ code: "invalid_argument", messages: { zh: 'order 应为 "judged" 或 "trainee"，而不是 "person"', en: 'order must be "judged" or "trainee", not "person"' } }) as Error);
  });
});
