/**
 * Writing a fact into a message: a glossary code as the locale's term, a list joined
 * with the locale's separator, anything else as its string.
 */

/**
 * A fact writer for one locale. The terms are kept as a map: a fact is looked up for
 * every reason of every claim, and a message is built without intermediate arrays.
 * @internal
 */
export function factWriter(terms: Readonly<Record<string, string>>, separator: string): (v: unknown) => string {
  const termMap: ReadonlyMap<string, string> = new Map(Object.entries(terms));
  const one = (v: unknown): string => (typeof v === "string" ? (termMap.get(v) ?? v) : String(v));
  return (v) => {
    if (typeof v === "string") return termMap.get(v) ?? v;
    if (!Array.isArray(v)) return String(v);
    let out = "";
    for (let i = 0; i < v.length; i++) out += (i === 0 ? "" : separator) + one(v[i]);
    return out;
  };
}
