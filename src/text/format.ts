/**
 * Text formatting shared by the command line and the reports: display width in a
 * terminal (CJK = two columns), padding, truncation and wrapping by display width, one
 * table renderer for terminals (fitted to a width), Markdown tables and text with HTML
 * escaped, and CSV cells (quoted, with spreadsheet formulas neutralised).
 *
 * Browser-safe: no Node APIs. One implementation of each, so a table in the terminal,
 * a Markdown report and a CSV file treat the same text the same way.
 */

/**
 * Code points that take no column: combining marks, zero-width spaces and joiners,
 * variation selectors, and control characters (which {@link displayWidth}'s callers
 * escape before printing anyway).
 */
function zeroWidth(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    cp === 0xfeff
  );
}

/** East Asian Wide and Fullwidth code points (Unicode's EastAsianWidth W and F, by block), and emoji. */
function wide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x231a && cp <= 0x231b) ||
    (cp >= 0x2329 && cp <= 0x232a) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe19) ||
    (cp >= 0xfe30 && cp <= 0xfe6f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Columns one character takes in a terminal: 0, 1 or 2. */
function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) as number;
  if (cp >= 0x20 && cp < 0x7f) return 1;
  return zeroWidth(cp) ? 0 : wide(cp) ? 2 : 1;
}

/**
 * Display width of a string in a terminal: CJK and full-width characters take two
 * columns, combining marks and zero-width characters none.
 * @example [displayWidth("abc"), displayWidth("生活费补贴"), displayWidth("e\u0301")] // → [3,10,1]
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** Pads text with spaces to `width` columns, on the right (left-aligned) or on the left (right-aligned). */
export function pad(text: string, width: number, align: "left" | "right" = "left"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
}

/** The mark of text cut short. */
export const ELLIPSIS = "…";

/**
 * Text cut to at most `width` columns, ending in … when cut (never splitting a wide character).
 * @example [truncate("生活费补贴", 7), truncate("granted", 7)] // → ["生活费…","granted"]
 */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let out = "";
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}${ELLIPSIS}`;
}

/** Wide characters (one token each), as a class body. */
const WIDE_CLASS = "\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe6f\\uff00-\\uff60\\uffe0-\\uffe6";

/**
 * What {@link wrap} keeps together: a word up to a `.` or `-` followed by a letter (ids
 * like `jx2019.living-allowance` break there; dates do not), a word, spaces, or one
 * character (a wide one: CJK breaks anywhere). (Pure: a bundle that wraps no text leaves it out.)
 */
const WRAP_TOKENS = /* @__PURE__ */ (() => new RegExp(`[^\\s${WIDE_CLASS}]+?[.\\-](?=[A-Za-z])|[^\\s${WIDE_CLASS}]+|\\s+|.`, "gsu"))();

/**
 * Text wrapped to lines of at most `width` columns: Latin text breaks at spaces where it
 * can (and after a `.` or `-` between letters, as in ids), CJK text between any two
 * characters; a word longer than a line is split.
 * @example wrap("the rate changes during the course", 12) // → ["the rate","changes","during the","course"]
 */
export function wrap(text: string, width: number): string[] {
  if (width <= 0) return [text];
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let used = 0;
    // tokens: a run of non-space non-wide characters (a word), a single wide character, or spaces
    for (const token of paragraph.match(WRAP_TOKENS) ?? []) {
      const w = displayWidth(token);
      if (/^\s+$/.test(token)) {
        if (used > 0 && used + w <= width) {
          line += token;
          used += w;
        } else if (used > 0) {
          lines.push(line.trimEnd());
          line = "";
          used = 0;
        }
        continue;
      }
      if (used + w <= width) {
        line += token;
        used += w;
        continue;
      }
      if (used > 0) {
        lines.push(line.trimEnd());
        line = "";
        used = 0;
      }
      if (w <= width) {
        line = token;
        used = w;
        continue;
      }
      for (const ch of token) {
        const cw = charWidth(ch);
        if (used + cw > width && used > 0) {
          lines.push(line);
          line = "";
          used = 0;
        }
        line += ch;
        used += cw;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** One column of a {@link textTable}. */
export interface Column {
  readonly header: string;
  /** `right` for amounts and counts. */
  readonly align?: "left" | "right";
  /**
   * How the column gives way when the table is wider than allowed: `wrap` onto more lines,
   * `truncate` with …; without it the column keeps its width.
   */
  readonly shrink?: "wrap" | "truncate";
  /** The narrowest it may become (default 8 columns, or its header's width if more). */
  readonly min?: number;
}

/** Columns between two cells. */
const GAP = 2;

/**
 * The width of each column: as wide as its widest cell, or, when the whole table would be
 * wider than `maxWidth`, the shrinkable columns narrowed (the widest first, none below
 * its minimum) until it fits. Columns that may not shrink keep their width, so a table
 * of only those may still be wider.
 * @example fitColumns([{ header: "id" }, { header: "reason", shrink: "wrap" }], [4, 60], 40) // → [4,34]
 */
export function fitColumns(columns: readonly Column[], natural: readonly number[], maxWidth = Infinity): number[] {
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), natural[i] ?? 0));
  const total = () => widths.reduce((a, w) => a + w, 0) + GAP * Math.max(0, widths.length - 1);
  let over = total() - maxWidth;
  while (over > 0) {
    let widest = -1;
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i] as Column;
      if (c.shrink === undefined) continue;
      const min = Math.max(c.min ?? 8, Math.min(displayWidth(c.header), 12));
      if ((widths[i] as number) <= min) continue;
      if (widest === -1 || (widths[i] as number) > (widths[widest] as number)) widest = i;
    }
    if (widest === -1) break;
    const c = columns[widest] as Column;
    const min = Math.max(c.min ?? 8, Math.min(displayWidth(c.header), 12));
    // narrow the widest column to the next-widest shrinkable width (or as far as needed)
    const next = Math.max(min, ...columns.map((o, i) => (i !== widest && o.shrink !== undefined ? (widths[i] as number) : 0)));
    const step = Math.max(1, Math.min(over, (widths[widest] as number) - Math.min(next, (widths[widest] as number) - 1)));
    widths[widest] = Math.max(min, (widths[widest] as number) - step);
    over = total() - maxWidth;
  }
  return widths;
}

/** A table's header line and rule under it, for columns of the given widths. */
export function tableHead(columns: readonly Column[], widths: readonly number[]): string[] {
  return [...tableRow(columns.map((c) => c.header), columns, widths), widths.map((w) => "-".repeat(w)).join(" ".repeat(GAP))];
}

/** One row as one or more lines: cells cut or wrapped to their column's width, each line trimmed at the end. */
export function tableRow(cells: readonly string[], columns: readonly Column[], widths: readonly number[]): string[] {
  const parts = columns.map((c, i) => {
    const text = (cells[i] ?? "").replace(/\r?\n/g, " ");
    const w = widths[i] as number;
    if (displayWidth(text) <= w) return [text];
    return c.shrink === "wrap" ? wrap(text, w) : [truncate(text, w)];
  });
  const height = Math.max(1, ...parts.map((p) => p.length));
  const lines: string[] = [];
  for (let l = 0; l < height; l++) {
    lines.push(
      columns
        .map((c, i) => pad(parts[i]?.[l] ?? "", widths[i] as number, c.align))
        .join(" ".repeat(GAP))
        .trimEnd(),
    );
  }
  return lines;
}

/**
 * Rows as a text table with a header rule, fitted to `maxWidth` columns (see {@link fitColumns}).
 * @example textTable([{ header: "claim" }, { header: "amount", align: "right" }], [["A-1", "350.00"]]).split("\n") // → ["claim  amount","-----  ------","A-1    350.00"]
 */
export function textTable(columns: readonly Column[], rows: readonly (readonly string[])[], maxWidth = Infinity): string {
  const natural = columns.map((_, i) => Math.max(0, ...rows.map((r) => displayWidth((r[i] ?? "").replace(/\r?\n/g, " ")))));
  const widths = fitColumns(columns, natural, maxWidth);
  return [...tableHead(columns, widths), ...rows.flatMap((r) => tableRow(r, columns, widths))].join("\n");
}

// ---------------------------------------------------------------- Markdown and HTML

/**
 * Text made safe for HTML: `&`, `<`, `>` and `"` as entities.
 * @example escapeHtml('<script>alert("x")</script>') // → "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Text for a Markdown paragraph or table cell, shown as the text it is: HTML escaped
 * (Markdown passes raw HTML through, so `<script>` would run where the Markdown is shown);
 * Markdown's inline syntax escaped with a backslash — links and images (`[`, `]`), emphasis
 * and strike-through (`*`, `_`, `~`), code (`` ` ``), math (`$`), the backslash itself, table
 * cells (`|`) — and the autolinks of GitHub's Markdown disarmed (`http\://`, `www\.`, `\@`),
 * so text from a ledger file (`[请点此核对](http://…)`) never becomes a live link; lines joined.
 * The one escaping of free text in the Markdown the library writes.
 * @example markdownText("a <b> | c") // → "a &lt;b&gt; \\| c"
 * @example markdownText("[核对](http://x.invalid) *加急*") // → "\\[核对\\](http\\://x.invalid) \\*加急\\*"
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]~$@|]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/:(?=\/\/)/g, "\\:")
    .replace(/\b(www)\./gi, "$1\\.")
    .replace(/\r?\n|\r/g, " ");
}

/**
 * Text as Markdown code (`…`): shown as it is, HTML inert; a backtick inside becomes '.
 * @example markdownCode("jx2019.living-allowance") // → "`jx2019.living-allowance`"
 */
export function markdownCode(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, "\\|").replace(/\r?\n|\r/g, " ")}\``;
}

/**
 * A Markdown table. Cells are Markdown already (escape text with {@link markdownText}
 * or {@link markdownCode}); only newlines are joined here, so one cell stays one cell.
 * @example markdownTable(["a", "b"], [["1", "2"]]) // → "| a | b |\n|---|---|\n| 1 | 2 |"
 */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (s: string) => s.replace(/\r?\n|\r/g, " ");
  return [`| ${head.map(cell).join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join("\n");
}

// ---------------------------------------------------------------- CSV

/**
 * One CSV cell, quoted when it must be (RFC 4180).
 * @example [csvCell("a"), csvCell('say "hi", then')] // → ["a","\"say \"\"hi\"\", then\""]
 */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One cell of a CSV written for people's spreadsheets: as {@link csvCell}, and a cell a
 * spreadsheet would read as a formula (starting with =, +, -, @, TAB or CR) is prefixed
 * with `'`. Plain numbers (`-20.00`) are left as they are.
 * @example [csvOutputCell("=1+1"), csvOutputCell("-20.00")] // → ["'=1+1","-20.00"]
 */
export function csvOutputCell(text: string): string {
  const formula = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text);
  return csvCell(formula ? `'${text}` : text);
}

/** Control characters (C0 but newline, DEL, C1), bidirectional controls and invisible ones (zero-width, word joiner, BOM): what may not reach a terminal from input unseen. */
const UNPRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Text from the input made safe to print: each control, bidi or invisible character shown as `\u{…}`.
 * @example printable("a\u001b[31mb\u202e") // → "a\\u{1b}[31mb\\u{202e}"
 * @example printable("P-1\u200b") // → "P-1\\u{200b}"
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u{${(c.codePointAt(0) as number).toString(16)}}`);
}
