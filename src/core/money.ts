/**
 * Exact money in yuan.
 *
 * All arithmetic goes through a private clone of decimal.js, so a caller's global
 * `Decimal.set(...)` cannot change a result. Amounts leave the library as strings
 * with two decimals ("120.00"). A paid line is rounded once, half-up to the fen,
 * at the end of its computation (reading: round-once-half-up), by
 * {@link toYuan}; nothing rounds in between.
 */
import { Decimal } from "decimal.js";

const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });

/** An exact decimal amount inside the library (not rounded): a decimal.js value of the library's private clone. */
export type Amount = Decimal;

/** An amount in yuan as it leaves the library: `^-?\d+\.\d{2}$`, e.g. `"5200.00"`. */
export type Yuan = string;

/** A decimal amount given in input or data: digits with at most two decimals. */
export const AMOUNT_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

/**
 * Amounts already read from decimal strings. The same few strings (a parameter's
 * "50", a catalogue row's "1300") are read for every claim of a batch, and an
 * `Amount` is immutable, so one value is shared. Bounded: cleared when full.
 */
const read = new Map<string, Amount>();
const READ_LIMIT = 4096;

/**
 * An exact amount from a decimal string or a safe number.
 * @example amount("0.1").plus(amount("0.2")).toString() // → "0.3"
 */
export function amount(value: string | number | Amount): Amount {
  if (typeof value !== "string") return new Money(value);
  let known = read.get(value);
  if (known === undefined) {
    known = new Money(value);
    if (read.size >= READ_LIMIT) read.clear();
    read.set(value, known);
  }
  return known;
}

export const ZERO: Amount = new Money(0);

/**
 * Rounds half-up to the fen and writes two decimals: how every amount leaves the library.
 * @example
 * toYuan(amount("7.005")) // → "7.01"
 * toYuan(amount(50).times(7)) // → "350.00"
 */
export function toYuan(value: Amount): Yuan {
  const yuan = value.toFixed(2, Money.ROUND_HALF_UP);
  return yuan === "-0.00" ? "0.00" : yuan; // a negative amount that rounds to nothing is nothing
}

export function sum(values: readonly Amount[]): Amount {
  return values.reduce<Amount>((acc, v) => acc.plus(v), ZERO);
}

export function min(a: Amount, b: Amount): Amount {
  return a.lessThanOrEqualTo(b) ? a : b;
}
