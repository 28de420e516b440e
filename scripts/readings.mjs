// Readings as data: validates every law/readings/<name>.yaml (the format of
// law/readings/README.md) and writes docs/readings.md from them.
//   node scripts/readings.mjs           validate, then write docs/readings.md
//   node scripts/readings.mjs --check   validate, and exit 1 when docs/readings.md is stale
// A reading is valid when: its fields are the README's (name, title, provisions, passages,
// reading, alternatives, movesMoney, money when movesMoney, tests, optional secondLook) and no
// others; its name is its file name; each provision is an id of law/provisions.json; each
// passage is verbatim in its source (scripts/quotations.mjs: white space, page furniture and
// …… omissions aside); each test file exists and holds a test (describe/it/test) whose name
// contains the given substring.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { sourcesContaining } from "./quotations.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const READINGS_DIR = join(root, "law", "readings");
const OUT = join(root, "docs", "readings.md");

const FIELDS = ["name", "title", "provisions", "passages", "reading", "alternatives", "movesMoney", "money", "tests", "secondLook"];
const REQUIRED = ["name", "title", "provisions", "passages", "reading", "alternatives", "movesMoney", "tests"];
const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The reading files: `<name>.yaml` in law/readings/, sorted. */
export function readingFiles() {
  return readdirSync(READINGS_DIR)
    .filter((f) => f.endsWith(".yaml"))
    .sort();
}

/** Every reading, parsed: `{ file, data }` (data is null when the YAML does not parse). */
export function readReadings() {
  return readingFiles().map((file) => {
    try {
      return { file, data: parse(readFileSync(join(READINGS_DIR, file), "utf8")) };
    } catch (e) {
      return { file, data: null, error: String(e.message ?? e).split("\n")[0] };
    }
  });
}

function catalogue() {
  const rows = JSON.parse(readFileSync(join(root, "law", "provisions.json"), "utf8")).provisions;
  return new Map(rows.map((r) => [r.id, r]));
}

function sourceKeys() {
  return new Set(JSON.parse(readFileSync(join(root, "law", "sources.json"), "utf8")).documents.map((d) => d.key));
}

const testNameCache = new Map();
/** The names of the tests (describe, it, test, with .each/.skip/.only/.todo) of a file. */
export function testNames(file) {
  if (!testNameCache.has(file)) {
    const text = readFileSync(join(root, file), "utf8");
    const names = [];
    const re = /\b(?:describe|it|test)(?:\.(?:each\([^)]*\)|skip|only|todo|concurrent|sequential|fails))*\(\s*(["'`])((?:\\.|(?!\1)[\s\S])*)\1/g;
    for (const m of text.matchAll(re)) names.push(m[2].replace(/\\(.)/g, "$1"));
    testNameCache.set(file, names);
  }
  return testNameCache.get(file);
}

const isString = (v) => typeof v === "string" && v.trim().length > 0;

/** The problems of one reading (an empty list when it is valid). */
export function problems(file, data, ctx = { provisions: catalogue(), sources: sourceKeys() }) {
  const out = [];
  const say = (m) => out.push(`law/readings/${file}: ${m}`);
  if (data === null || typeof data !== "object" || Array.isArray(data)) return [`law/readings/${file}: not a YAML mapping`];
  for (const k of Object.keys(data)) if (!FIELDS.includes(k)) say(`unknown field "${k}" (the fields are ${FIELDS.join(", ")})`);
  for (const k of REQUIRED) if (!(k in data)) say(`missing field "${k}"`);
  const base = file.replace(/\.yaml$/, "");
  if ("name" in data) {
    if (data.name !== base) say(`name "${data.name}" is not the file name "${base}"`);
    if (!NAME.test(String(data.name))) say(`name "${data.name}" is not kebab-case`);
    if (/^(reading-?)?\d+$/.test(String(data.name))) say(`name "${data.name}" is a number, not a name`);
  }
  if ("title" in data && !isString(data.title)) say("title is not a non-empty string");
  if ("title" in data && isString(data.title) && data.title.includes("\n")) say("title is more than one line");
  if ("reading" in data && !isString(data.reading)) say("reading is not a non-empty string");
  if ("provisions" in data) {
    if (!Array.isArray(data.provisions) || data.provisions.length === 0) say("provisions is not a non-empty list");
    else for (const id of data.provisions) if (!ctx.provisions.has(id)) say(`provision "${id}" is not in law/provisions.json`);
  }
  if ("passages" in data) {
    if (!Array.isArray(data.passages) || data.passages.length === 0) say("passages is not a non-empty list");
    else
      data.passages.forEach((p, i) => {
        if (p === null || typeof p !== "object" || !isString(p.source) || !isString(p.text)) return say(`passage ${i + 1} needs a source and a text`);
        for (const k of Object.keys(p)) if (!["source", "text"].includes(k)) say(`passage ${i + 1}: unknown field "${k}"`);
        if (!ctx.sources.has(p.source)) return say(`passage ${i + 1}: source "${p.source}" is not a document of law/sources.json`);
        if (sourcesContaining(p.text, p.source).length === 0) say(`passage ${i + 1} is not verbatim in law/sources/${p.source}.txt: ${p.text}`);
      });
  }
  if ("alternatives" in data) {
    if (!Array.isArray(data.alternatives) || data.alternatives.length === 0) say("alternatives is not a non-empty list");
    else
      data.alternatives.forEach((a, i) => {
        if (a === null || typeof a !== "object" || !isString(a.reading) || !isString(a.effect)) say(`alternative ${i + 1} needs a reading and an effect`);
        else for (const k of Object.keys(a)) if (!["reading", "effect"].includes(k)) say(`alternative ${i + 1}: unknown field "${k}"`);
      });
  }
  if ("movesMoney" in data) {
    if (typeof data.movesMoney !== "boolean") say("movesMoney is not true or false");
    else if (data.movesMoney && !isString(data.money)) say("movesMoney is true but money does not say how");
  }
  if ("money" in data && !isString(data.money)) say("money is not a non-empty string");
  if ("secondLook" in data && !isString(data.secondLook)) say("secondLook is not a non-empty string");
  if ("tests" in data) {
    if (!Array.isArray(data.tests) || data.tests.length === 0) say("tests is not a non-empty list");
    else
      data.tests.forEach((t, i) => {
        if (t === null || typeof t !== "object" || !isString(t.file) || !isString(t.name)) return say(`test ${i + 1} needs a file and a name`);
        for (const k of Object.keys(t)) if (!["file", "name"].includes(k)) say(`test ${i + 1}: unknown field "${k}"`);
        if (t.file.includes("..") || t.file.startsWith("/")) return say(`test ${i + 1}: ${t.file} is outside the checkout`);
        if (!existsSync(join(root, t.file))) return say(`test ${i + 1}: ${t.file} does not exist`);
        if (!testNames(t.file).some((n) => n.includes(t.name))) say(`test ${i + 1}: no test in ${t.file} has a name containing "${t.name}"`);
      });
  }
  return out;
}

/** Every problem of every reading file. */
export function validate() {
  const ctx = { provisions: catalogue(), sources: sourceKeys() };
  return readReadings().flatMap(({ file, data, error }) => (error ? [`law/readings/${file}: YAML does not parse: ${error}`] : problems(file, data, ctx)));
}

const oneLine = (s) => String(s).trim().replace(/\s*\n\s*/g, " ");

/** docs/readings.md as the reading files say it should read. */
export function generate() {
  const provisions = catalogue();
  const sources = JSON.parse(readFileSync(join(root, "law", "sources.json"), "utf8")).documents;
  const readings = readReadings()
    .map((r) => r.data)
    .filter((d) => d && typeof d === "object" && Array.isArray(d.provisions));
  const docOf = (r) => provisions.get(r.provisions[0])?.document ?? String(r.provisions[0]).split(".")[0];
  const lines = [
    "<!-- Generated by `node scripts/readings.mjs` from law/readings/*.yaml; do not edit by hand. A test fails when it is stale. -->",
    "",
    "# Readings",
    "",
    "Where a text is open, the library takes a reading. Each reading below is one file in",
    "[`law/readings/`](../law/readings/README.md) with a stable name; code, tests and docs refer to it as",
    "`reading: <name>`. Each gives the words read (verbatim from `law/sources/`), the reading",
    "taken, the alternatives a careful official could take, whether the choice moves money, and",
    "the tests that pin it. The format is in [`law/readings/README.md`](../law/readings/README.md).",
    "",
    `${readings.length} readings; ${readings.filter((r) => r.movesMoney === true).length} of them move money.`,
    "",
  ];
  const moving = readings.filter((r) => r.movesMoney === true);
  if (moving.length > 0) {
    lines.push("## Readings that move money", "", "| reading | provisions | how |", "|---|---|---|");
    for (const r of moving) lines.push(`| [${r.name}](#${r.name}) | ${r.provisions.map((p) => `\`${p}\``).join(", ")} | ${oneLine(r.money).replace(/\|/g, "\\|")} |`);
    lines.push("");
  }
  for (const s of sources) {
    const group = readings.filter((r) => docOf(r) === s.key);
    if (group.length === 0) continue;
    lines.push(`## ${s.key}: ${s.title}`, "");
    for (const r of group) {
      lines.push(`### ${r.name}`, "", `**${oneLine(r.title)}**`, "");
      lines.push(`Provisions: ${r.provisions.map((p) => `\`${p}\` ${provisions.get(p)?.clause ?? ""}`.trim()).join(", ")}.`, "");
      lines.push("Passage:", "");
      for (const p of r.passages) lines.push(`> ${p.source}: \u300c${oneLine(p.text)}\u300d`, ">");
      lines.pop();
      lines.push("");
      lines.push(`Reading: ${oneLine(r.reading)}`, "");
      lines.push("Alternatives:", "");
      for (const a of r.alternatives) lines.push(`- ${oneLine(a.reading)} — ${oneLine(a.effect)}`);
      lines.push("");
      lines.push(`Moves money: ${r.movesMoney ? `yes. ${oneLine(r.money ?? "")}` : "no."}`, "");
      lines.push("Tests:", "");
      for (const t of r.tests) lines.push(`- \`${t.file}\`: “${oneLine(t.name)}”`);
      lines.push("");
      if (r.secondLook) lines.push(`Second look: ${oneLine(r.secondLook)}`, "");
    }
  }
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bad = validate();
  for (const b of bad) console.error(b);
  if (bad.length > 0) process.exit(1);
  const text = generate();
  if (process.argv.includes("--check")) {
    if (!existsSync(OUT) || readFileSync(OUT, "utf8") !== text) {
      console.error("docs/readings.md is stale: run node scripts/readings.mjs");
      process.exit(1);
    }
  } else writeFileSync(OUT, text);
}
