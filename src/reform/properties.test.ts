/**
 * Properties of reforms and comparisons that hold for any rate and any start date: the
 * per-patch credits of a claim add up to its difference. (A patch that restates the
 * values in force changes no decision: invariant 8 in test/invariants.property.test.ts.)
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { addMonths, civilDate } from "../core/date.js";
import { amount, toYuan, ZERO } from "../core/money.js";
import { jiaxingPolicy } from "../jurisdictions/policies.js";
import { parseClaimsDocument } from "../records/document.js";
import { compare } from "./compare.js";
import { reformAll } from "./reform.js";

const raw = JSON.parse(readFileSync(new URL("../../fixtures/jiaxing/reform-population.json", import.meta.url), "utf8")) as { claims: unknown[] };
const doc = parseClaimsDocument(raw);
if (!doc.ok) throw new Error("fixture");
const base = jiaxingPolicy();

const rateArb = fc.integer({ min: 0, max: 100_000 }).map((fen) => toYuan(amount(fen).dividedBy(100)));
const dateArb = fc.integer({ min: 0, max: 30 }).map((m) => addMonths(civilDate("2019-06-01"), m));

describe("compare, for any daily rate and start date", () => {
  test("each claim's credits per patch and provision add up to its whole difference, and the totals agree", () => {
    fc.assert(
      fc.property(rateArb, dateArb, rateArb, (rate, from, senior) => {
        const reformed = reformAll(base, [
          { id: "a", label: { zh: "a", en: "a" }, changes: [{ parameter: "livingAllowance.dailyRate", from, value: rate }] },
          { id: "b", label: { zh: "b", en: "b" }, changes: [{ parameter: "appraisalSubsidy.standards", from, value: { junior: "120.00", intermediate: "120.00", senior, technician: "150.00", seniorTechnician: "180.00" } }] },
        ]);
        if (!reformed.ok) throw new Error(JSON.stringify(reformed.issues));
        const c = compare(base, reformed.value.policy, doc.value.document);
        for (const d of c.claims) {
          const credited = d.attribution.reduce((acc, a) => acc.plus(amount(a.delta)), ZERO);
          expect(toYuan(credited)).toBe(d.delta);
        }
        const byReform = c.totals.byReform.reduce((acc, r) => acc.plus(amount(r.delta)), ZERO);
        expect(toYuan(byReform)).toBe(c.totals.all.delta);
        const byProvision = c.totals.byProvision.reduce((acc, r) => acc.plus(amount(r.delta)), ZERO);
        expect(toYuan(byProvision)).toBe(c.totals.all.delta);
      }),
      { numRuns: 40 },
    );
  });
});
