// The project's quotation rule, as code: Chinese inside 「」 anywhere in the project is the
// text of a source (law/sources/*.txt), character for character. What is normalised before
// comparing, and nothing else:
//   - white space of every kind (spaces, NBSP, U+3000, line breaks) is removed from both sides,
//     so the extraction's line breaks and stray spaces (e.g. 「24 号」 / 「24号」) do not count;
//   - in a source, page furniture lines such as `— 13 —` are removed, so a quotation may run
//     over a page break;
//   - in a quotation that runs over several lines of a comment, the comment markers at the start
//     of the continuation lines (`*`, `//`, `#`, `>`) are removed;
//   - an ellipsis (`……` or `…`) inside a quotation marks an omission: the parts on either side
//     must each be in the same source, in that order.
// Punctuation is NOT normalised: a source's full-width or ASCII commas and brackets are copied
// as they are. 「」 is used for nothing but the law: a value in a message is put in “” or
// left bare, and our paraphrase of the text is marked (paraphrase) / （大意）, never put in 「」.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCES_DIR = join(root, "law", "sources");

/** Removes all white space. */
export function squeeze(text) {
  return text.replace(/\s+/gu, "");
}

/** A source's text as quotations are compared with it: page furniture and white space removed. */
export function normaliseSource(text) {
  return squeeze(text.replace(/^[ \t\u00a0\u3000]*—\s*\d+\s*—[ \t\u00a0\u3000]*$/gmu, ""));
}

let cache;
/** The normalised source texts, by key. */
export function sources() {
  cache ??= new Map(
    readdirSync(SOURCES_DIR)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => [f.replace(/\.txt$/, ""), normaliseSource(readFileSync(join(SOURCES_DIR, f), "utf8"))]),
  );
  return cache;
}

/** A quotation as found in a file: continuation-line comment markers and white space removed. */
export function normaliseQuotation(raw) {
  return squeeze(raw.replace(/\n[ \t]*(\*(?!\/)|\/\/|#|>)?/g, "\n"));
}

/** The parts of a normalised quotation between ellipses (empty parts dropped). */
export function parts(quotation) {
  return quotation.split(/…+/u).filter((p) => p.length > 0);
}

/** Whether the parts occur in `text` in order. */
function inOrder(text, ps) {
  let at = 0;
  for (const p of ps) {
    const i = text.indexOf(p, at);
    if (i < 0) return false;
    at = i + p.length;
  }
  return true;
}

/**
 * The keys of the sources that contain a quotation (raw, as found between the corner brackets), or [] when
 * none does. With `only`, looks in that source alone.
 */
export function sourcesContaining(raw, only) {
  const ps = parts(normaliseQuotation(raw));
  if (ps.length === 0) return [];
  return [...sources()].filter(([key, text]) => (only === undefined || key === only) && inOrder(text, ps)).map(([key]) => key);
}

/** Every corner-bracketed quotation in a text: the raw quotation and the 1-based line it starts on. Empty 「」 are skipped. */
export function quotationsIn(text) {
  const found = [];
  for (const m of text.matchAll(/\u300c([^\u300c\u300d]*)\u300d/gu)) {
    const raw = m[1];
    if (squeeze(raw) === "") continue;
    const line = text.slice(0, m.index).split("\n").length;
    found.push({ raw, line });
  }
  return found;
}

function walk(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The files the rule covers, relative to the checkout. */
export function coveredFiles() {
  const under = (dir, exts) => walk(join(root, dir)).filter((f) => exts.some((e) => f.endsWith(e)));
  return [
    ...under("src", [".ts"]),
    ...under("test", [".ts"]),
    ...under("scripts", [".mjs", ".mts"]),
    ...under("docs", [".md"]),
    ...under("fixtures", [".json", ".yaml", ".yml", ".csv", ".md"]),
    ...under(join("law", "readings"), [".yaml", ".md"]),
    join(root, "law", "provisions.json"),
    join(root, "law", "sources.json"),
    join(root, "README.md"),
  ].map((f) => relative(root, f));
}

/** Every quotation of the covered files that is not in a source: `file:line: ` and the quotation in its brackets. */
export function offenders(files = coveredFiles(), read = (f) => readFileSync(join(root, f), "utf8")) {
  const out = [];
  for (const file of files) {
    for (const { raw, line } of quotationsIn(read(file))) {
      if (sourcesContaining(raw).length === 0) out.push(`${file}:${line}: \u300c${raw}\u300d`);
    }
  }
  return out;
}

const CJK_RUN = /[\p{Script=Han}“”（）《》〔〕：；，、。…—！？][\p{Script=Han}“”（）《》〔〕：；，、。…—！？0-9.% \u00a0+\-]*[\p{Script=Han}“”）》〕：；，、。…！？]/gu;
const COMMENT = /^\s*(\/\/|\*|\/\*\*|#)/;

/**
 * Chinese that reads like the text but is neither quoted nor marked: in a comment line of
 * src/ (TypeScript) or fixtures/ (YAML), a run of Chinese of at least 8 characters holding a
 * clause mark (，；。) that is outside 「」, is not an example's output (`// →`), and has no
 * `(paraphrase` / `（大意）` on its line or the two lines before. Returns `file:line: words`.
 */
export function unmarkedPassages(files = coveredFiles().filter((f) => (f.startsWith("src/") && f.endsWith(".ts")) || (f.startsWith("fixtures/") && /\.ya?ml$/.test(f))), read = (f) => readFileSync(join(root, f), "utf8")) {
  const out = [];
  for (const file of files) {
    const lines = read(file).split("\n");
    let open = 0;
    lines.forEach((line, i) => {
      const counts = (s) => (s.match(/\u300c/g) ?? []).length - (s.match(/\u300d/g) ?? []).length;
      if (COMMENT.test(line) && !line.includes("// →")) {
        for (const m of line.matchAll(CJK_RUN)) {
          if (open + counts(line.slice(0, m.index)) > 0) continue;
          const han = [...m[0]].filter((c) => /\p{Script=Han}/u.test(c)).length;
          if (han < 8 || !/[，；。]/.test(m[0])) continue;
          if (/\(paraphrase|（大意）/.test(lines.slice(Math.max(0, i - 2), i + 1).join(" "))) continue;
          out.push(`${file}:${i + 1}: ${m[0]}`);
        }
      }
      open = Math.max(0, open + counts(line));
    });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const u of unmarkedPassages()) console.log(`unmarked: ${u}`);
  const bad = offenders();
  for (const b of bad) console.log(b);
  console.log(`${bad.length} quotation(s) not in any source`);
  process.exit(bad.length > 0 ? 1 : 0);
}
