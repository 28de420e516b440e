/**
 * The library's exact money against decimal.js, its arithmetic until issue #16/#17, as the
 * oracle: a private clone at precision 40, ROUND_HALF_UP, as `money.ts` had it. For generated
 * amounts (AMOUNT_PATTERN's up to 12 integer digits and 2 decimals, negatives, zero, values at
 * and either side of the half-fen), rates, whole quantities and divisors, every operation
 * gives the same value and every amount is written the same (`toString`, `toFixed`, `toYuan`).
 * decimal.js is a devDependency only: it is the oracle here, and no part of the library.
 */
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SkillsSubsidyError } from "./assert.js";
import type { Amount } from "./money.js";
import { amount, AMOUNT_PATTERN, min, sum, toYuan, ZERO } from "./money.js";

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
type Oracle = InstanceType<typeof D>;

/** How money.ts wrote an amount before: half-up to the fen, minus zero dropped. */
function oracleYuan(d: Oracle): string {
  const yuan = d.toFixed(2, D.ROUND_HALF_UP);
  return yuan === "-0.00" ? "0.00" : yuan;
}

/** Both sides written every way the library writes an amount. */
function same(ours: Amount, oracle: Oracle, what: string): void {
  expect(ours.toString(), `${what} toString`).toBe(oracle.toString());
  expect(ours.toFixed(), `${what} toFixed()`).toBe(oracle.toFixed());
  expect(ours.toFixed(2), `${what} toFixed(2)`).toBe(oracle.toFixed(2));
  expect(toYuan(ours), `${what} toYuan`).toBe(oracleYuan(oracle));
  expect(ours.isZero(), `${what} isZero`).toBe(oracle.isZero());
  // decimal.js has a minus zero (0 × −1); the library has none
  if (!oracle.isZero()) expect(ours.isNegative(), `${what} isNegative`).toBe(oracle.isNegative());
}

const sign = fc.boolean().map((negative) => (negative ? "-" : ""));
/** An amount as data writes it (AMOUNT_PATTERN), possibly negative: 0 to 999999999999.99. */
const amountText = fc
  .tuple(sign, fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 99 }))
  .map(([s, whole, places, cents]) => `${s}${whole}${places === 0 ? "" : `.${String(cents).padStart(2, "0").slice(0, places)}`}`);
/** At and either side of a half fen: x.xx5, x.xx49, x.xx51, x.xx4999999, x.xx5000001 … */
const halfFenText = fc
  .tuple(sign, fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.integer({ min: 0, max: 99 }), fc.constantFrom("5", "49", "51", "4999999", "5000001", "50", "500", "4", "6"))
  .map(([s, whole, fen, tail]) => `${s}${whole}.${String(fen).padStart(2, "0")}${tail}`);
/** A rate or factor as layers write them: 0 to 100 with up to 4 decimals ("1.3", "0.30", "0.0889"). */
const rateText = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 9999 }))
  .map(([whole, places, frac]) => (places === 0 ? `${whole}` : `${whole}.${String(frac).padStart(4, "0").slice(0, places)}`));
/** Any decimal up to 16 integer digits and 10 decimals (the general reading path). */
const decimalText = fc
  .tuple(sign, fc.bigInt({ min: 0n, max: 9_999_999_999_999_999n }), fc.integer({ min: 0, max: 10 }), fc.bigInt({ min: 0n, max: 9_999_999_999n }))
  .map(([s, whole, places, frac]) => `${s}${whole}${places === 0 ? "" : `.${String(frac).padStart(10, "0").slice(0, places)}`}`);
const anyText = fc.oneof(amountText, halfFenText, rateText, decimalText, fc.constantFrom("0", "-0", "0.00", "0.005", "-0.005", "0.004", "-0.004", "999999999999.99", "-999999999999.99"));
/** A whole quantity: days, months, certificates, a percentage. */
const quantity = fc.integer({ min: -100_000, max: 100_000 });
/** A divisor: a whole number (12 months, 3, −7) or an amount, never zero. */
const divisor = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).filter((k) => k !== 0).map((k) => ({ ours: k as number | string, oracle: k as number | string })),
  anyText.filter((t) => !new D(t).isZero()).map((t) => ({ ours: t as number | string, oracle: t as number | string })),
);

const runs = { numRuns: 400 };

describe("money agrees with decimal.js at precision 40, half-up", () => {
  it("reads and writes every amount as decimal.js did: toString, toFixed, toYuan (half-up to the fen, no minus zero)", () => {
    fc.assert(
      fc.property(anyText, (t) => same(amount(t), new D(t), t)),
      { numRuns: 1000 },
    );
  });

  it("rounds at the half fen: x.xx5 goes up (away from zero when negative), x.xx49… stays, x.xx500…1 goes up", () => {
    fc.assert(
      fc.property(halfFenText, (t) => {
        same(amount(t), new D(t), t);
      }),
      { numRuns: 1000 },
    );
    // 0.005 is half a fen: up to 0.01; 0.0049999999 is below it; −0.005 rounds away from zero
    expect([toYuan(amount("0.005")), toYuan(amount("0.0049999999")), toYuan(amount("0.0050000001")), toYuan(amount("-0.005")), toYuan(amount("-0.0049"))]).toEqual(["0.01", "0.00", "0.01", "-0.01", "0.00"]);
    // decimal.js wrote a small negative as "-0.00" with toFixed(2); the library does too, and toYuan drops the sign
    expect([amount("-0.004").toFixed(2), new D("-0.004").toFixed(2)]).toEqual(["-0.00", "-0.00"]);
  });

  it("adds, subtracts and compares two amounts exactly", () => {
    fc.assert(
      fc.property(anyText, anyText, (x, y) => {
        const a = amount(x);
        const b = amount(y);
        const da = new D(x);
        const db = new D(y);
        same(a.plus(b), da.plus(db), `${x} + ${y}`);
        same(a.minus(b), da.minus(db), `${x} − ${y}`);
        same(a.plus(y), da.plus(y), `${x} + "${y}"`);
        expect(a.comparedTo(b)).toBe(da.comparedTo(db));
        expect([a.equals(b), a.lessThan(b), a.lessThanOrEqualTo(b), a.greaterThan(b), a.greaterThanOrEqualTo(b)]).toEqual([da.equals(db), da.lessThan(db), da.lessThanOrEqualTo(db), da.greaterThan(db), da.greaterThanOrEqualTo(db)]);
        expect(min(a, b).toString()).toBe(D.min(da, db).toString());
        // immutable: the operands are what they were
        expect([a.toString(), b.toString()]).toEqual([da.toString(), db.toString()]);
      }),
      runs,
    );
  });

  it("multiplies by a rate (the ×1.3 uplift, a tier's factor, a share) and by a whole quantity exactly", () => {
    fc.assert(
      fc.property(anyText, rateText, quantity, (x, rate, q) => {
        const a = amount(x);
        same(a.times(amount(rate)), new D(x).times(rate), `${x} × ${rate}`);
        same(a.times(amount(1).plus(amount(rate))), new D(x).times(new D(1).plus(rate)), `${x} × (1 + ${rate})`);
        same(a.times(q), new D(x).times(q), `${x} × ${q}`);
        same(a.times(amount(rate)).times(q), new D(x).times(rate).times(q), `${x} × ${rate} × ${q}`);
      }),
      runs,
    );
  });

  it("multiplies two amounts of up to 12 integer digits (past 2^53 fen) exactly", () => {
    fc.assert(
      fc.property(anyText, anyText, (x, y) => same(amount(x).times(amount(y)), new D(x).times(y), `${x} × ${y}`)),
      runs,
    );
  });

  it("divides: a fraction with no finite decimal is written to 40 significant digits, half-up, as decimal.js did", () => {
    fc.assert(
      fc.property(anyText, divisor, (x, k) => same(amount(x).dividedBy(k.ours), new D(x).dividedBy(k.oracle), `${x} ÷ ${k.ours}`)),
      runs,
    );
    expect(amount(2).dividedBy(3).toString()).toBe("0.6666666666666666666666666666666666666667");
    expect(amount(-2).dividedBy(3).toString()).toBe("-0.6666666666666666666666666666666666666667");
  });

  it("prorates as a rule does — a yearly standard × months ÷ 12 — and as a report does — 100 × part ÷ whole to two decimals", () => {
    fc.assert(
      fc.property(amountText, fc.integer({ min: 0, max: 36 }), (yearly, months) => {
        same(amount(yearly).dividedBy(12), new D(yearly).dividedBy(12), `${yearly} ÷ 12`);
        same(amount(yearly).times(months).dividedBy(12), new D(yearly).times(months).dividedBy(12), `${yearly} × ${months} ÷ 12`);
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.oneof(fc.integer({ min: 1, max: 10_000_000 }).map(String), rateText.filter((r) => !new D(r).isZero())), (part, whole) => {
        // progress.ts's share(): decimal.js divided first (to 40 digits) and rounded the percentage to 2 places
        expect(amount(part).times(100).dividedBy(whole).toFixed(2)).toBe(new D(part).div(whole).times(100).toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2));
      }),
      runs,
    );
  });

  it("adds and compares fractions of a fen (quotients) whose cross products pass 2^53 exactly", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 1000 }), anyText, fc.integer({ min: 1, max: 1000 }), (x, k, y, j) => {
        const a = amount(x).dividedBy(k);
        const b = amount(y).dividedBy(j);
        const da = new D(x).dividedBy(k);
        const db = new D(y).dividedBy(j);
        expect(a.comparedTo(b), `${x}/${k} vs ${y}/${j}`).toBe(da.comparedTo(db));
        expect(toYuan(a.plus(b)), `${x}/${k} + ${y}/${j}`).toBe(oracleYuan(da.plus(db)));
      }),
      runs,
    );
    // 999999999999.99 ÷ 7 and 999999999999.98 ÷ 7: a numerator near 2^53 fen times the other's denominator passes it
    expect(amount("999999999999.99").dividedBy(7).comparedTo(amount("999999999999.98").dividedBy(7))).toBe(1);
    expect(amount("999999999999.99").dividedBy(7).comparedTo(amount("999999999999.99").dividedBy(3))).toBe(-1);
    // 2000000000000008/3 fen against 4666666666666685/7 fen: 1/21 fen apart, and both cross products (1.4 × 10^16)
    // round to the same float — compared exactly, not in floats
    const a = amount("20000000000000.08").dividedBy(3);
    const b = amount("46666666666666.85").dividedBy(7);
    expect([a.comparedTo(b), b.comparedTo(a), a.equals(b)]).toEqual([1, -1, false]);
    expect(a.minus(b).times(21).toString()).toBe("0.01"); // one fen ÷ 21, × 21
  });

  it("writes a value of 41 significant digits ending in 5 rounded half-up to 40, as decimal.js rounded a product or a quotient", () => {
    const forty = "3333333333333333333333333333333333333333"; // 40 threes: half of it is 1666…666.5, 41 digits
    expect(amount(forty).times("0.5").toString()).toBe(new D(forty).times("0.5").toString());
    expect(amount(forty).dividedBy(2).toString()).toBe(new D(forty).dividedBy(2).toString());
    expect(amount(forty).dividedBy(2).toString()).toBe("1666666666666666666666666666666666666667");
    // decimal.js rounded the product itself to 40 digits; the library keeps it exact and rounds only what it writes:
    // 1666…666.5 to two decimals is "…666.50" (decimal.js: "…667.00"). Amounts have at most 12 integer digits, so no
    // amount of the library comes near 40 digits.
    expect(amount(forty).dividedBy(2).toFixed(2)).toBe("1666666666666666666666666666666666666666.50");
  });

  it("divides by a third and multiplies back to exactly the amount it started from", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 1000 }), (x, k) => {
        const back = amount(x).dividedBy(k).times(k);
        expect(back.equals(amount(x)), `${x} ÷ ${k} × ${k}`).toBe(true);
        expect(toYuan(back)).toBe(oracleYuan(new D(x)));
        // decimal.js agrees whenever its 40-digit quotient does not land the product on the other side of a half fen
        const oracle = new D(x).dividedBy(k).times(k);
        if (oracle.equals(new D(x))) expect(back.toString()).toBe(oracle.toString());
      }),
      runs,
    );
    // The one difference, by design: 0.055 ÷ 3 = 0.018333…, which decimal.js cut at 40 digits, so × 3 gave
    // 0.0549999…9 and "0.05"; the library keeps 11/600 yuan exactly, so × 3 is 0.055, half-up "0.06".
    expect(toYuan(amount("0.055").dividedBy(3).times(3))).toBe("0.06");
    expect(oracleYuan(new D("0.055").dividedBy(3).times(3))).toBe("0.05");
  });

  it("adds many large amounts past 2^53 fen exactly (a batch's total)", () => {
    fc.assert(
      fc.property(fc.array(amountText, { minLength: 0, maxLength: 60 }), (xs) => {
        const oracle = xs.reduce((acc, x) => acc.plus(x), new D(0));
        same(sum(xs.map((x) => amount(x))), oracle, `sum of ${xs.length}`);
      }),
      runs,
    );
    const big = Array.from({ length: 100 }, () => amount("999999999999.99"));
    expect(toYuan(sum(big))).toBe("99999999999999.00"); // 100 × 999999999999.99, beyond 2^53 fen
    expect(toYuan(sum(big).minus(sum(big.slice(1))))).toBe("999999999999.99");
  });

  it("reads numbers as decimal.js did: a whole number, or the number's shortest decimal (12.5, 0.1, 1e21)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(new D(amount(x).toString()).equals(new D(x)), String(x)).toBe(true);
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.integer(), (x) => same(amount(x), new D(x), String(x))),
      runs,
    );
    expect([amount(12.5).toString(), amount(0.1).toString(), amount(1e21).toString(), amount(-0).toString()]).toEqual(["12.5", "0.1", "1000000000000000000000", "0"]);
  });

  it("an amount of AMOUNT_PATTERN is a whole number of fen: written back as it was read", () => {
    fc.assert(
      fc.property(amountText.filter((t) => AMOUNT_PATTERN.test(t)), (t) => {
        expect(toYuan(amount(t))).toBe(new D(t).toFixed(2));
        expect(amount(t).minus(amount(toYuan(amount(t)))).isZero()).toBe(true);
      }),
      runs,
    );
    expect(ZERO.toString()).toBe("0");
  });

  it("refuses what is not a number, and a division by zero, with a typed error naming the value", () => {
    for (const bad of ["abc", "", ".", "1.2.3", "0x10", "NaN", "Infinity", " 5", "5 ", "1e99999", "--1", "1,000"]) {
      const thrown = (() => {
        try {
          amount(bad);
          return null;
        } catch (e) {
          return e;
        }
      })();
      expect(thrown, bad).toBeInstanceOf(SkillsSubsidyError);
      expect((thrown as SkillsSubsidyError).code).toBe("invalid_argument");
      expect((thrown as SkillsSubsidyError).messages.en).toContain(JSON.stringify(bad));
    }
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) expect(() => amount(bad)).toThrow(SkillsSubsidyError);
    expect(() => amount("5").dividedBy(0)).toThrow(/divided by zero/);
    expect(() => amount("5").dividedBy("0.00")).toThrow(SkillsSubsidyError);
    expect(() => amount("5").toFixed(-1)).toThrow(SkillsSubsidyError);
    // what decimal.js read besides plain decimals and that the library still reads
    expect([amount("1e3").toString(), amount(".5").toString(), amount("5.").toString(), amount("+5").toString(), amount("1.5E-2").toString()]).toEqual(["1000", "0.5", "5", "5", "0.015"]);
  });

  it("reads a decimal.js value (what Amount was before) or another copy's amount from its decimal string", () => {
    expect(toYuan(amount(new D("1234.565") as unknown as Amount))).toBe("1234.57");
    expect(amount(new D("-0.1") as unknown as Amount).plus("0.1").isZero()).toBe(true);
    expect(() => amount({} as unknown as Amount)).toThrow(SkillsSubsidyError);
    expect(() => amount(undefined as unknown as Amount)).toThrow(/not an amount/);
  });

  it("JSON writes an amount as its decimal string", () => {
    expect(JSON.stringify({ rate: amount("1300").times("1.3") })).toBe('{"rate":"1690"}');
    expect(`${amount("12.50")}`).toBe("12.5");
  });
});
