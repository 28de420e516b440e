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

/**
 * JSON with object keys sorted (by {@link compareCodeUnits}) and fields set to `undefined` left out, as JSON leaves them
 * out: equal data always writes (and hashes) the same, whatever order its keys were written in (JSON objects are
 * unordered: RFC 8259 §4).
 * @example canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] }) // → "{\"a\":[{\"d\":2}],\"b\":1}"
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => compareCodeUnits(a, b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}
