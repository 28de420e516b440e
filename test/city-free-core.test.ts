/**
 * The national engine names no city (issue #16): nothing under src/core or src/provisions —
 * code, comments, examples or tests — names a city, a province or a local document of the
 * library's jurisdictions. What a city adds lives in its folder under src/jurisdictions/ and
 * reaches the national rules through their extension points and the layer's fields.
 *
 * The forbidden words are read from the library itself, so a new city is covered the day it
 * is registered: every layer below the national ones of every registered policy gives its
 * id, the parts of its region id and its documents (with their 文号); the county and
 * district names the Jiaxing plan tables print are added, and the Chinese names of the
 * cities and provinces, which no id spells.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { documents, JIAXING_REGION_NAMES, JIAXING_REGIONS, POLICIES } from "../src/index.js";

const FOLDERS = ["src/core", "src/provisions"];

/** Chinese names no id spells: the cities and provinces of the library's local layers, and their documents' issuers. */
const CHINESE_NAMES = ["嘉兴", "揭阳", "广东", "浙江", "粤府", "揭府", "嘉政"];

/** Every word that names a local jurisdiction or document of the library. */
function forbiddenWords(): string[] {
  const words = new Set<string>(CHINESE_NAMES);
  const nationalDocuments = new Set<string>();
  const local = Object.values(POLICIES).flatMap((make) => make().layers);
  for (const layer of local) if (layer.level === "national") for (const d of layer.documents) nationalDocuments.add(d);
  for (const layer of local) {
    if (layer.level === "national" || layer.level === "reform") continue;
    words.add(layer.id);
    if (layer.region !== null) {
      words.add(layer.region);
      for (const part of layer.region.split(".")) words.add(part);
    }
    for (const d of layer.documents) {
      if (nationalDocuments.has(d)) continue;
      words.add(d);
      const number = (documents as Record<string, { readonly number: string | null }>)[d]?.number;
      if (number !== null && number !== undefined) words.add(number);
    }
  }
  for (const id of Object.values(JIAXING_REGIONS)) for (const part of id.split(".")) words.add(part);
  for (const name of Object.values(JIAXING_REGION_NAMES)) {
    // 南湖区 → 南湖: the name without its 区/县/市 (a generic 经开区 is no name)
    const bare = name.zh.replace(/[区县市]$/u, "");
    if (bare.length >= 2 && bare !== "经开") words.add(bare);
  }
  return [...words].sort();
}

/** The hits of the words in a text: Latin words whole (so `Chaining` is not `haining`), Chinese anywhere; case-insensitive. */
function hits(text: string, words: readonly string[]): { line: number; word: string }[] {
  const patterns = words.map((w) => ({ word: w, re: new RegExp(/^[\x20-\x7e]+$/.test(w) ? `(?<![A-Za-z0-9])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9])` : w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i") }));
  const out: { line: number; word: string }[] = [];
  text.split("\n").forEach((line, i) => {
    for (const { word, re } of patterns) if (re.test(line)) out.push({ line: i + 1, word });
  });
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe("no city, province or local document is named under src/core and src/provisions", () => {
  const words = forbiddenWords();

  test("the words come from the registered jurisdictions: their ids, regions, documents and names", () => {
    for (const w of ["jx2019", "jf2018", "yf2018", "zhejiang.jiaxing", "jiaxing", "zhejiang", "guangdong", "jieyang", "guangdong.jieyang", "zhejiang.jiaxing.jx2019", "haining", "嘉兴", "揭阳", "广东", "海宁", "粤府〔2018〕58号"]) {
      expect(words).toContain(w);
    }
    // the national texts are not forbidden
    for (const w of ["gbf2019", "gf2018", "plan2021", "op2025", "national"]) expect(words).not.toContain(w);
  });

  test("the search finds a name in code, a comment or a string, and not inside another word", () => {
    expect(hits('const r = cite("jx2019.fraud", "六(十三)");', words).map((h) => h.word)).toContain("jx2019");
    expect(hits("// the Jiaxing layer", words).map((h) => h.word)).toContain("jiaxing");
    expect(hits(" * 嘉兴市", words).map((h) => h.word)).toContain("嘉兴");
    expect(hits("// Stryker disable next-line OptionalChaining", words)).toEqual([]);
  });

  test("grep src/core and src/provisions: no hit", () => {
    const found: string[] = [];
    for (const folder of FOLDERS) {
      for (const file of files(folder)) {
        for (const h of hits(readFileSync(file, "utf8"), words)) found.push(`${file}:${h.line}: ${h.word}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe("the reports' code names no city, province or local document (src/reports)", () => {
  // The reports take what is local — the plan tables, targets, evaluation clauses and plan
  // periods — from the reference they are given (jiaxingReportReference is Jiaxing's). Their
  // comments, examples and tests may show Jiaxing's data, so only the code is searched.
  const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");

  test("the comments are left out, the code is not", () => {
    expect(code('/** jx2019 */\nconst a = "b"; // jiaxing\nconst c = "jx2019.performance";')).toBe('\nconst a = "b"; \nconst c = "jx2019.performance";');
  });

  test("grep src/reports (but its tests): no hit in code", () => {
    const words = forbiddenWords();
    const found: string[] = [];
    for (const file of files("src/reports").filter((f) => !f.endsWith(".test.ts"))) {
      for (const h of hits(code(readFileSync(file, "utf8")), words)) found.push(`${file}:${h.line}: ${h.word}`);
    }
    expect(found).toEqual([]);
  });
});
