/**
 * The one string order the library sorts by: UTF-16 code units, the order
 * `Array.prototype.sort` uses without a comparator, independent of locale.
 */

/**
 * Negative, zero or positive as `a` sorts before, with or after `b`.
 * @example ["b", "a", "B"].sort(compareCodeUnits) // ["B", "a", "b"]
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
