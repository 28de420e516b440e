import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateBatch } from "../src/engine.js";
import { nationalPolicy } from "../src/jurisdictions/policies.js";
import type { Certificate } from "../src/records/training.js";
import { certificate, claim, d, documentOf, regionalPolicy, trainee } from "./support/national.js";

const ROWS = [
  { code: "EX-ELEC", level: "junior", kind: "skillLevelCertificate" },
  { code: "EX-ELEC", level: "intermediate", kind: "skillLevelCertificate" },
  { code: "EX-WELD", level: "junior", kind: "skillLevelCertificate" },
  { code: "EX-COOK", level: "junior", kind: "skillLevelCertificate" },
  { code: "EX-CARE", level: null, kind: "specialAbilityCertificate" },
  { code: "EX-SAFE", level: null, kind: "specialOperationsCertificate" },
] as const;
const PEOPLE = ["p1", "p2", "p3"] as const;
const pad = (n: number) => String(n).padStart(2, "0");

const claimSpec = fc.record({
  person: fc.constantFrom(...PEOPLE),
  row: fc.integer({ min: 0, max: ROWS.length - 1 }),
  year: fc.constantFrom(2020, 2021),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  // who claims: the trainee, or the organiser (reading 2: payees do not matter)
  byOrganizer: fc.boolean(),
});

function documentFor(specs: readonly { person: string; row: number; year: number; month: number; day: number; byOrganizer: boolean }[]) {
  const certificates: Certificate[] = specs.map((s, i) => {
    const row = ROWS[s.row]!;
    const base = certificate({ id: `c${i}`, traineeId: s.person, kind: row.kind, occupation: { code: row.code, name: row.code }, issuedOn: d(`${s.year}-${pad(s.month)}-${pad(s.day)}`) });
    if (row.level === null) {
      const { level: _none, ...rest } = base;
      return rest;
    }
    return { ...base, level: row.level };
  });
  const claims = specs.map((s, i) => claim({ id: `cl${pad(i)}`, traineeId: s.person, claimant: s.byOrganizer ? { kind: "organizer", id: "school-a" } : { kind: "trainee", id: s.person }, certificateId: `c${i}`, submittedOn: d("2022-01-10") }));
  return { certificates, claims, trainees: PEOPLE.map((id) => trainee({ id })) };
}

const policy = regionalPolicy(nationalPolicy());

describe("claim history over any batch (gbf2019.annual-cap, gbf2019.no-repeat, reading 3)", () => {
  it("no person gets more than 3 training subsidies in a calendar year, nor two for one occupation and level", () => {
    fc.assert(
      fc.property(fc.array(claimSpec, { minLength: 1, maxLength: 14 }), (specs) => {
        const doc = documentFor(specs);
        const result = evaluateBatch(policy, documentOf(doc));
        const perYear = new Map<string, number>();
        const perKey = new Map<string, number>();
        for (const g of result.grants) {
          const year = `${g.traineeId}/${g.basisDate.slice(0, 4)}`;
          const key = `${g.traineeId}/${g.occupationCode}@${g.level ?? "-"}`;
          perYear.set(year, (perYear.get(year) ?? 0) + 1);
          perKey.set(key, (perKey.get(key) ?? 0) + 1);
        }
        for (const n of perYear.values()) expect(n).toBeLessThanOrEqual(3);
        for (const n of perKey.values()) expect(n).toBe(1);
        // every claim is decided, and a refusal is never silent
        expect(result.decisions).toHaveLength(specs.length);
        for (const decision of result.decisions) if (decision.outcome === "denied") expect(decision.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it("shuffling the batch changes no outcome, amount or reason", () => {
    fc.assert(
      fc.property(
        fc.array(claimSpec, { minLength: 1, maxLength: 12 }).chain((specs) => fc.tuple(fc.constant(specs), fc.shuffledSubarray(specs.map((_, i) => i), { minLength: specs.length, maxLength: specs.length }))),
        ([specs, order]) => {
          const doc = documentFor(specs);
          const shuffled = { ...doc, claims: order.map((i) => doc.claims[i]!) };
          const summary = (docu: typeof doc) =>
            Object.fromEntries(evaluateBatch(policy, documentOf(docu)).decisions.map((x) => [x.claimId, [x.outcome, x.amount, x.reasons.map((r) => r.code).join(",")]]));
          expect(summary(shuffled)).toEqual(summary(doc));
        },
      ),
      { numRuns: 200 },
    );
  });
});
