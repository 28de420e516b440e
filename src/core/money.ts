/**
 * Exact money in yuan, with no runtime dependency.
 *
 * An {@link Amount} is an exact rational number of fen: `n / d` fen, `d > 0`, the fraction in
 * lowest terms. While both fit in a JavaScript number as safe integers (|x| ≤ 2^53 − 1) they
 * are held as numbers — every amount read from data (at most two decimals, at most 12 integer
 * digits: {@link AMOUNT_PATTERN}) is a whole number of fen, `d = 1`, so adding, comparing and
 * multiplying by a whole quantity are integer operations on numbers. A rate that makes a
 * fraction of a fen (the ×1.3 uplift of 1234.57, a yearly standard ÷ 12) keeps its exact
 * denominator; an operation whose exact result does not fit in safe integers is done in
 * BigInt instead (the result is read back into numbers when it fits again). Every integer
 * intermediate is checked to lie within ±(2^53 − 1) before it is trusted (beyond that a float
 * product is at least 2^53, so the check cannot pass on an inexact value): no float ever holds
 * an inexact value, and there is no float arithmetic on fractions of a yuan, ever.
 *
 * Nothing rounds but the writing of an amount: {@link toYuan} (half-up — away from zero on a
 * tie — to the fen, once per paid line: reading round-once-half-up) and `toFixed(dp)`.
 * `toString()` writes the exact decimal, or, for a fraction with no finite decimal
 * (1 ÷ 3), its first 40 significant digits rounded half-up.
 *
 * Why this and not decimal.js (used until issues #16 and #17), measured 2026-12-03 ~21:55 UTC on
 * the project's machine (2 shared cores, load average 9–10, Node 20; best of 5 runs of 200,000
 * claims, two runs; `node scripts/bench/money.mjs` after a build):
 * - decimal.js was 12.5 KB of the 97.8 KB gzipped browser bundle of one claim's evaluation
 *   (`npm run bench:budgets -- --breakdown`); this module is 1.4 KB of the 87.0 KB now;
 * - a claim's money (read a standard, × 1.3, cap at the fee, × quantity, write the lines'
 *   yuan, add them, compare with 0, write the total) takes 0.37–0.44 µs of CPU here, against
 *   2.1–2.2 µs through a decimal.js clone (5–6× as long) and 0.68–0.85 µs through an exact
 *   rational in BigInt throughout (1.5–2.3× as long: BigInt allocates at every step) — so
 *   numbers while safe, BigInt only past 2^53;
 * - the results are decimal.js's at precision 40, ROUND_HALF_UP (`money.property.test.ts`
 *   checks every operation against it) with one difference by design: decimal.js rounds a
 *   quotient that has no finite decimal to 40 significant digits, so `0.055 ÷ 3 × 3` was
 *   0.05499…9 there (written "0.05") and is exactly 0.055 here ("0.06"). No rule of the library
 *   divides before it multiplies, so no decision changes. (decimal.js also rounded every
 *   result past 40 significant digits; here only `toString` does. No amount comes near.)
 */
import { SkillsSubsidyError } from "./assert.js";

/** An amount in yuan as it leaves the library: `^-?\d+\.\d{2}$`, e.g. `"5200.00"`. */
export type Yuan = string;

/** A decimal amount given in input or data: digits with at most two decimals. */
export const AMOUNT_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

/** The other operand of an operation: an amount, a decimal string, or a finite number. */
export type AmountLike = Amount | string | number;

const MAX = Number.MAX_SAFE_INTEGER;
const BIG_MAX = BigInt(MAX);
/** Significant digits `toString()` writes of a fraction with no finite decimal (decimal.js's precision was 40). */
const SIGNIFICANT = 40;

/** An exact fraction of fen in BigInt, `n / d`, `d > 0`, in lowest terms; used when it does not fit in safe numbers. */
interface Big {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: number, b: number): number {
  if (a < 0) a = -a;
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function bigGcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function isSafe(x: number): boolean {
  return x <= MAX && x >= -MAX;
}

function fail(value: unknown, en: string, zh: string): never {
  const shown = typeof value === "string" ? JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value) : String(value);
  throw new SkillsSubsidyError("invalid_argument", { zh: `${zh}：${shown}`, en: `${en}: ${shown}` }, { facts: { value: typeof value === "number" ? value : shown } });
}

/**
 * An exact amount inside the library (never rounded): a rational number of fen, immutable.
 * Build one with {@link amount}; write one with {@link toYuan}.
 * @example amount("0.1").plus("0.2").toString() // → "0.3"
 */
export class Amount {
  /** Fen, numerator (meaningful when `big` is null). */
  private readonly n: number;
  /** Fen, denominator, > 0 (meaningful when `big` is null). */
  private readonly d: number;
  /** The fraction in BigInt when it does not fit in safe numbers; otherwise null. */
  private readonly big: Big | null;

  private constructor(n: number, d: number, big: Big | null) {
    this.n = n;
    this.d = d;
    this.big = big;
  }

  /** @internal n / d fen from safe integers, d > 0, in lowest terms already. */
  static ofFen(n: number, d: number): Amount {
    return new Amount(n === 0 ? 0 : n, d, null); // never −0
  }

  /** @internal n / d fen from safe integers, d > 0, reduced here. */
  static reduced(n: number, d: number): Amount {
    if (d === 1) return Amount.ofFen(n, 1);
    const g = gcd(n, d);
    return g === 1 ? Amount.ofFen(n, d) : Amount.ofFen(n / g, d / g);
  }

  /** @internal n / d fen in BigInt, d ≠ 0: reduced, and held in numbers when it fits. */
  static ofBig(n: bigint, d: bigint): Amount {
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = bigGcd(n, d);
    if (g !== 1n) {
      n /= g;
      d /= g;
    }
    if (d <= BIG_MAX && n <= BIG_MAX && n >= -BIG_MAX) return Amount.ofFen(Number(n), Number(d));
    return new Amount(0, 1, { n, d });
  }

  private bigN(): bigint {
    return this.big === null ? BigInt(this.n) : this.big.n;
  }

  private bigD(): bigint {
    return this.big === null ? BigInt(this.d) : this.big.d;
  }

  /** `this + other`, exact. */
  plus(other: AmountLike): Amount {
    return this.add(amount(other), 1);
  }

  /** `this − other`, exact. */
  minus(other: AmountLike): Amount {
    return this.add(amount(other), -1);
  }

  /** `this + sign × b`. */
  private add(b: Amount, sign: 1 | -1): Amount {
    if (this.big === null && b.big === null) {
      if (this.d === 1 && b.d === 1) {
        const s = this.n + sign * b.n;
        if (isSafe(s)) return Amount.ofFen(s, 1);
      } else {
        const g = gcd(this.d, b.d);
        const x = this.n * (b.d / g);
        const y = sign * b.n * (this.d / g);
        const den = this.d * (b.d / g);
        const s = x + y;
        if (isSafe(x) && isSafe(y) && isSafe(s) && den <= MAX) return Amount.reduced(s, den);
      }
    }
    const ad = this.bigD();
    const bd = b.bigD();
    return Amount.ofBig(this.bigN() * bd + BigInt(sign) * b.bigN() * ad, ad * bd);
  }

  /** `this × other`, exact. */
  times(other: AmountLike): Amount {
    if (this.big === null && typeof other === "number" && Number.isSafeInteger(other)) {
      // a whole quantity (days, months, a percentage): fen × k
      const p = this.n * other;
      if (isSafe(p)) return Amount.reduced(p, this.d);
    }
    const b = amount(other);
    if (this.big === null && b.big === null) {
      // (a/100)(b/100) yuan = a·b/100 fen
      const p = this.n * b.n;
      const den = this.d * b.d * 100;
      if (isSafe(p) && den <= MAX) return Amount.reduced(p, den);
    }
    return Amount.ofBig(this.bigN() * b.bigN(), this.bigD() * b.bigD() * 100n);
  }

  /**
   * `this ÷ other`, exact (a fraction with no finite decimal stays a fraction).
   * Throws `invalid_argument` for a zero divisor.
   */
  dividedBy(other: AmountLike): Amount {
    if (this.big === null && typeof other === "number" && Number.isSafeInteger(other) && other !== 0) {
      // by a whole number (12 months): n / (d·k) fen
      const den = this.d * other;
      if (isSafe(den)) return den < 0 ? Amount.reduced(-this.n, -den) : Amount.reduced(this.n, den);
    }
    const b = amount(other);
    if (b.isZero()) fail(other, "an amount divided by zero", "金额除以零");
    if (this.big === null && b.big === null) {
      // (a/da) ÷ (b/db) yuan = 100·a·db / (da·b) fen
      const p = this.n * b.d * 100;
      const den = this.d * b.n;
      if (isSafe(p) && isSafe(den)) return den < 0 ? Amount.reduced(-p, -den) : Amount.reduced(p, den);
    }
    return Amount.ofBig(this.bigN() * b.bigD() * 100n, this.bigD() * b.bigN());
  }

  /** −1, 0 or 1 as `this` is less than, equal to or greater than `other`. */
  comparedTo(other: AmountLike): -1 | 0 | 1 {
    const b = amount(other);
    if (this.big === null && b.big === null) {
      if (this.d === b.d) return this.n < b.n ? -1 : this.n > b.n ? 1 : 0;
      const x = this.n * b.d;
      const y = b.n * this.d;
      if (isSafe(x) && isSafe(y)) return x < y ? -1 : x > y ? 1 : 0;
    }
    const x = this.bigN() * b.bigD();
    const y = b.bigN() * this.bigD();
    return x < y ? -1 : x > y ? 1 : 0;
  }

  /** `this = other`. */
  equals(other: AmountLike): boolean {
    return this.comparedTo(other) === 0;
  }

  /** `this < other`. */
  lessThan(other: AmountLike): boolean {
    return this.comparedTo(other) < 0;
  }

  /** `this ≤ other`. */
  lessThanOrEqualTo(other: AmountLike): boolean {
    return this.comparedTo(other) <= 0;
  }

  /** `this > other`. */
  greaterThan(other: AmountLike): boolean {
    return this.comparedTo(other) > 0;
  }

  /** `this ≥ other`. */
  greaterThanOrEqualTo(other: AmountLike): boolean {
    return this.comparedTo(other) >= 0;
  }

  /** `this = 0`. */
  isZero(): boolean {
    return this.big === null && this.n === 0;
  }

  /** `this < 0`. */
  isNegative(): boolean {
    return this.big === null ? this.n < 0 : this.big.n < 0n;
  }

  /**
   * Rounded half-up (away from zero on a tie) to `dp` decimals and written with exactly `dp`
   * decimals; without `dp`, as {@link toString}. A negative amount that rounds to nothing is
   * written with its sign (`"-0.00"`); {@link toYuan} drops it. `dp` is a whole number from 0
   * to 100 (else `invalid_argument`).
   * @example [amount("7.005").toFixed(2), amount("1.30").toFixed()] // → ["7.01","1.3"]
   */
  toFixed(dp?: number): string {
    if (dp === undefined) return this.toString();
    if (!Number.isInteger(dp) || dp < 0 || dp > 100) fail(dp, "decimal places must be a whole number from 0 to 100", "小数位数应为 0 到 100 的整数");
    const negative = this.isNegative();
    if (dp === 2 && this.big === null) {
      const a = negative ? -this.n : this.n;
      let fen: number;
      if (this.d === 1) fen = a;
      else {
        const r = a % this.d;
        fen = (a - r) / this.d;
        if (r * 2 >= this.d) fen += 1;
      }
      return (negative ? "-" : "") + fenToString(fen, true);
    }
    // |n| · 10^dp / (100 d), rounded half-up
    const n = this.bigN();
    const a = negative ? -n : n;
    const den = this.bigD() * 100n;
    const scaled = a * 10n ** BigInt(dp);
    let q = scaled / den;
    if ((scaled - q * den) * 2n >= den) q += 1n;
    return (negative ? "-" : "") + placePoint(q.toString(), dp);
  }

  /**
   * The exact decimal, without trailing zeros (`"12.5"`, `"1300"`, `"-0.05"`); a fraction with
   * no finite decimal, or with more than 40 significant digits, to 40 significant digits
   * rounded half-up (`"0.6666666666666666666666666666666666666667"` for 2 ÷ 3).
   */
  toString(): string {
    if (this.big === null && this.d === 1) return (this.n < 0 ? "-" : "") + fenToString(this.n < 0 ? -this.n : this.n, false);
    return significant(this.bigN(), this.bigD() * 100n);
  }

  /** As {@link toString}, so that `JSON.stringify` writes an amount as its decimal string. */
  toJSON(): string {
    return this.toString();
  }
}

/** Whole fen ≥ 0 as yuan: with two decimals, or without trailing zeros. */
function fenToString(fen: number, twoDecimals: boolean): string {
  const r = fen % 100;
  const yuan = String((fen - r) / 100);
  if (twoDecimals) return `${yuan}.${r < 10 ? "0" : ""}${r}`;
  if (r === 0) return yuan;
  return r % 10 === 0 ? `${yuan}.${r / 10}` : `${yuan}.${r < 10 ? "0" : ""}${r}`;
}

/** The digits of an integer ≥ 0 with a point before the last `dp` of them. */
function placePoint(digits: string, dp: number): string {
  if (dp === 0) return digits;
  const padded = digits.length <= dp ? "0".repeat(dp - digits.length + 1) + digits : digits;
  return `${padded.slice(0, padded.length - dp)}.${padded.slice(padded.length - dp)}`;
}

/** n / d (d > 0) as a decimal of at most 40 significant digits, half-up, no trailing zeros. */
function significant(n: bigint, d: bigint): string {
  if (n === 0n) return "0";
  const negative = n < 0n;
  const a = negative ? -n : n;
  // e: 10^e ≤ a/d < 10^(e+1)
  let e = a.toString().length - d.toString().length;
  if (e >= 0 ? a < d * 10n ** BigInt(e) : a * 10n ** BigInt(-e) < d) e -= 1;
  // keep SIGNIFICANT digits: a·10^s / d with s = SIGNIFICANT − 1 − e decimals
  const s = SIGNIFICANT - 1 - e;
  const num = s >= 0 ? a * 10n ** BigInt(s) : a;
  const den = s >= 0 ? d : d * 10n ** BigInt(-s);
  let q = num / den;
  if ((num - q * den) * 2n >= den) q += 1n;
  let digits = q.toString();
  let scale = s;
  while (scale > 0 && digits.endsWith("0")) {
    digits = digits.slice(0, -1);
    scale -= 1;
  }
  const body = scale > 0 ? placePoint(digits, scale) : digits + "0".repeat(-scale);
  return negative ? `-${body}` : body;
}

/** A decimal number: sign, digits with an optional point, optional exponent (as decimal.js read them, without hex, NaN or Infinity). */
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/;
/** The largest exponent read (a larger one is no amount; it would make a number of more than this many digits). */
const MAX_EXPONENT = 1000;

function parse(text: string): Amount {
  // the common case, an amount as data writes it: up to 13 integer digits and up to 2 decimals
  const m = DECIMAL.exec(text);
  if (m === null) return fail(text, "not a decimal number", "不是十进制数");
  const [, sign = "", whole = "", fraction = "", exponent] = m;
  if (whole === "" && fraction === "") return fail(text, "not a decimal number", "不是十进制数");
  const negative = sign === "-";
  if (exponent === undefined && whole.length <= 13 && fraction.length <= 2) {
    const fen = Number(whole || "0") * 100 + (fraction === "" ? 0 : fraction.length === 1 ? Number(fraction) * 10 : Number(fraction));
    return Amount.ofFen(negative ? -fen : fen, 1);
  }
  const e = exponent === undefined ? 0 : Number(exponent);
  if (Math.abs(e) > MAX_EXPONENT) return fail(text, `an exponent beyond ±${MAX_EXPONENT}`, `指数超出 ±${MAX_EXPONENT}`);
  // digits × 10^(e − |fraction|) yuan = digits × 10^(e − |fraction| + 2) fen
  const digits = BigInt(whole + fraction) * (negative ? -1n : 1n);
  const shift = e - fraction.length + 2;
  return shift >= 0 ? Amount.ofBig(digits * 10n ** BigInt(shift), 1n) : Amount.ofBig(digits, 10n ** BigInt(-shift));
}

/**
 * Amounts already read from decimal strings. The same few strings (a parameter's
 * "50", a catalogue row's "1300") are read for every claim of a batch, and an
 * `Amount` is immutable, so one value is shared. Bounded: cleared when full.
 */
const read = new Map<string, Amount>();
const READ_LIMIT = 4096;

/**
 * An exact amount from a decimal string (`"1300"`, `"0.30"`, `"-7.005"`, `"1e3"`), a finite
 * number, or an amount (returned as it is). Another object — a decimal.js `Decimal`, an amount
 * of another copy of the library — is read from its decimal string (`String(value)`). Throws
 * `invalid_argument` for anything else (`"abc"`, `NaN`, `Infinity`, `"0x10"`).
 * @example amount("0.1").plus(amount("0.2")).toString() // → "0.3"
 */
export function amount(value: AmountLike): Amount {
  if (typeof value === "string") {
    let known = read.get(value);
    if (known === undefined) {
      known = parse(value);
      if (read.size >= READ_LIMIT) read.clear();
      read.set(value, known);
    }
    return known;
  }
  if (typeof value === "number") {
    if (Number.isSafeInteger(value) && isSafe(value * 100)) return Amount.ofFen(value * 100, 1);
    if (!Number.isFinite(value)) return fail(value, "not a finite number", "不是有限数");
    return parse(String(value)); // the number's shortest decimal, e.g. 12.5 → "12.5", 1e21 → "1e+21"
  }
  if (value instanceof Amount) return value;
  if (typeof value === "object" && value !== null) return parse(String(value));
  return fail(value, "not an amount", "不是金额");
}

/** Zero yuan. */
export const ZERO: Amount = amount(0);

/**
 * Rounds half-up to the fen and writes two decimals: how every amount leaves the library. A number or a decimal string
 * given for the amount (a plain-JavaScript caller's) is read as `amount` reads it — a number as its shortest decimal —
 * and then rounded the same way: `toYuan(1.005)` is `"1.01"`, as `toYuan(amount(1.005))` is (not `Number#toFixed`'s
 * `"1.00"`, which rounds the binary fraction just below 1.005).
 * @throws SkillsSubsidyError `invalid_argument` (`facts.argument` `value`) when `value` is not an amount, a finite number
 * or a string `amount` reads: `NaN`, `Infinity`, `null`, `"abc"` are refused, never written as `"NaN"`.
 * @example
 * toYuan(amount("7.005")) // → "7.01"
 * toYuan(amount(50).times(7)) // → "350.00"
 * toYuan(1.005 as never) // → "1.01"
 */
export function toYuan(value: Amount): Yuan {
  return yuanOf(value instanceof Amount ? value : yuanArgument(value));
}

/**
 * `toYuan` of an amount the library made (its own calls, on the deciding path): not checked again, so that a bundle
 * deciding claims does not carry the reading of a caller's numbers and strings.
 */
export function yuanOf(value: Amount): Yuan {
  const yuan = value.toFixed(2);
  return yuan === "-0.00" ? "0.00" : yuan; // a negative amount that rounds to nothing is nothing
}

/** What is not an `Amount`, given to `toYuan`: a finite number or a string, read by `amount`; else `invalid_argument`. */
function yuanArgument(value: unknown): Amount {
  const readable = (typeof value === "number" && Number.isFinite(value)) || typeof value === "string" || (typeof value === "object" && value !== null && typeof (value as { toFixed?: unknown }).toFixed === "function");
  if (!readable) {
    const shown = typeof value === "number" ? String(value) : value === null ? "null" : typeof value;
    throw new SkillsSubsidyError("invalid_argument", { zh: `value 应为金额（amount 所建）、有限数或金额字符串，而不是 ${shown}`, en: `value must be an amount (as amount builds one), a finite number or an amount string, not ${shown}` }, { facts: { argument: "value", field: "value" } });
  }
  try {
    return amount(value as AmountLike);
  } catch (e) {
    if (e instanceof SkillsSubsidyError) throw new SkillsSubsidyError("invalid_argument", e.messages, { facts: { ...e.facts, argument: "value", field: "value" } });
    throw e;
  }
}

/** The exact sum of amounts (zero for none). */
export function sum(values: readonly Amount[]): Amount {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** The smaller of two amounts (the first when they are equal). */
export function min(a: Amount, b: Amount): Amount {
  return a.lessThanOrEqualTo(b) ? a : b;
}
