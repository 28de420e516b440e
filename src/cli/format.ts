/** Text for people: display widths (CJK-aware), labels, and a decision explained. */
import type { Decision, InvalidRecord } from "../index.js";
import { textTable } from "../text/format.js";

export type { Lang } from "../text/explain.js";
import type { Lang } from "../text/explain.js";

export { displayWidth } from "../text/format.js";

/**
 * Renders rows as a table with a header rule; columns in `right` are right-aligned.
 * (The shared renderer, {@link textTable}, with columns that keep their width.)
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], right: ReadonlySet<number> = new Set()): string {
  return textTable(
    header.map((h, i) => ({ header: h, align: right.has(i) ? "right" : "left" })),
    rows,
  );
}

/**
 * The width a table for people may take: `COLUMNS` when set, else the terminal's width
 * when standard output is one, else 120.
 */
export function terminalWidth(ttyColumns: number | undefined): number {
  const env = typeof process === "undefined" ? undefined : process.env["COLUMNS"];
  const fromEnv = env === undefined ? NaN : Number(env);
  if (Number.isInteger(fromEnv) && fromEnv >= 20) return fromEnv;
  if (ttyColumns !== undefined && Number.isInteger(ttyColumns) && ttyColumns >= 20) return ttyColumns;
  return 120;
}

/**
 * A decision's reasons in words, as the table shows them: every reason of a denied or
 * undecidable claim (they are what stopped it), and the last of a granted claim's (the
 * checks run from eligibility to the amount, so the last is the one nearest the amount).
 */
export function reasonWords(d: Decision, lang: Lang): string {
  const shown = d.outcome === "granted" ? d.reasons.slice(-1) : d.reasons;
  return shown.map((r) => (lang === "zh" ? r.message.zh : r.message.en)).join(lang === "zh" ? "；" : "; ");
}

/** One line per issue of each invalid record of a claims document: where, which field, why. */
export function invalidText(invalid: readonly InvalidRecord[], lang: Lang): string {
  return invalid
    .flatMap((r) => r.issues.map((i) => `  ${r.collection}[${r.index}]${r.id === null ? "" : ` (${r.id})`} ${i.path.join(".")}: ${i.code} — ${lang === "zh" ? i.message.zh : i.message.en}`))
    .join("\n");
}

// What `explain` prints is browser-safe (the web service's Fetch handler prints it too): it is in
// src/text/explain.ts, re-exported here for the command line.
export { EXPLAIN_VALUE_WIDTH, explainText, measureName, OUTCOME } from "../text/explain.js";
