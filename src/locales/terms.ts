/**
 * Writing a fact into a message: a glossary code as the locale's term, a list joined
 * with the locale's separator, anything else as its string.
 */
import { amount } from "../core/money.js";
import type { Label } from "../core/parameter.js";
import { parameterLabel } from "../core/parameter.js";
import { REGION_NAMES } from "./regions.js";

/**
 * A fact writer for one locale. The terms are kept as a map: a fact is looked up for
 * every reason of every claim, and a message is built without intermediate arrays.
 * @internal
 */
export function factWriter(terms: Readonly<Record<string, string>>, separator: string, lang?: keyof Label, theLabelled?: ReadonlySet<string>): (v: unknown) => string {
  const termMap: ReadonlyMap<string, string> = new Map(Object.entries(terms));
  // a parameter's or a target group's own label, with "the" before it for the codes `theLabelled` lists
  const label = (v: string): string | undefined => {
    const l = lang === undefined ? undefined : parameterLabel(v)?.[lang];
    return l !== undefined && theLabelled?.has(v) === true ? `the ${l}` : l;
  };
  // a term, else (given a language) the label, else the value as it is
  const word = (v: string): string => termMap.get(v) ?? label(v) ?? v;
  const one = (v: unknown): string => (typeof v === "string" ? word(v) : String(v));
  return (v) => {
    if (typeof v === "string") return word(v);
    if (!Array.isArray(v)) return String(v);
    let out = "";
    for (let i = 0; i < v.length; i++) out += (i === 0 ? "" : separator) + one(v[i]);
    return out;
  };
}

/**
 * A writer of the records a hold asks for (a `missing_record` reason's `field`: record fields and `grant G1: occupationCode`
 * items, joined by ", "): each record field through `write`, each earlier grant's unsaid field through `grant`, joined by
 * `separator` (reading earlier-grant-says-what-it-paid).
 * @internal
 */
export function recordsWriter(write: (v: unknown) => string, grant: (id: string, field: string) => string, separator: string): (v: unknown) => string {
  return (v) =>
    String(v)
      .split(", ")
      .map((f) => {
        const g = /^grant (.+): (.+)$/.exec(f);
        return g === null ? write(f) : grant(g[1] as string, g[2] as string);
      })
      .join(separator);
}

/**
 * Region names of one language, by region id, for a locale's terms.
 * @internal
 */
export function regionTerms(lang: keyof Label): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, label] of Object.entries(REGION_NAMES)) out[id] = label[lang];
  return out;
}

/**
 * A decimal share as a percentage number: `"0.30"` → `"30"` (exact; a message adds `%`).
 * @internal
 */
export function percent(v: unknown): string {
  try {
    return amount(String(v)).times(100).toString();
  } catch {
    return String(v);
  }
}

/**
 * The items of a fact that is a list, or a string listing items with `" | "` (as the
 * group checks write the groups they tried).
 * @internal
 */
export function items(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v === "string") return v.split(" | ");
  return v === null || v === undefined ? [] : [v];
}

/**
 * A matched membership without the group it was found in: `"gbf2019.subsidy-groups:enterpriseEmployee"` → `"enterpriseEmployee"`.
 * @internal
 */
export function membership(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const at = v.lastIndexOf(":");
  return at < 0 ? v : v.slice(at + 1);
}
