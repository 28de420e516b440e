// Compiles the parameter data files (src/jurisdictions/**/<layer>.params.yaml) to TypeScript
// (<layer>.params.ts beside each), so the library never parses YAML when it is imported and
// stays browser-safe. The compile step checks every file: dates are civil dates in order,
// every provision is an id of law/provisions.json with its clause, and every passage is the
// text of law/sources/<document>.txt by the project's quotation rule (scripts/quotations.mjs:
// white space and page numbers aside, an ellipsis marking an omission).
// The value shapes are checked by tsc (the generated values are typed against each
// parameter) and by test/parameters.test.ts (against each parameter's valueSchema).
//
// `node scripts/params.mjs` writes the files; `--check` exits 1 when one is stale or invalid.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { sources, sourcesContaining } from "./quotations.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SRC = join(root, "src", "jurisdictions");

/** Every parameter data file, sorted. */
export function dataFiles() {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".params.yaml")) out.push(path);
    }
  };
  walk(SRC);
  return out.sort();
}

const provisions = new Map(JSON.parse(readFileSync(join(root, "law", "provisions.json"), "utf8")).provisions.map((p) => [p.id, p]));
/** Whether a source text exists (law/sources/<document>.txt). */
function hasSource(document) {
  return sources().has(document);
}

/**
 * Whether a passage is the text of a document, by the project's quotation rule
 * (scripts/quotations.mjs): white space and page numbers aside, an ellipsis marking an omission.
 */
function verbatim(document, passage) {
  return sourcesContaining(passage, document).length > 0;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function isCivilDate(s) {
  if (typeof s !== "string" || !DATE.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const ENTRY_KEYS = new Set(["provision", "clause", "lastVerifiedOn", "unit", "label", "until", "values", "note"]);
const VALUE_KEYS = new Set(["from", "until", "value", "provision", "clause", "passage", "note"]);

/**
 * Reads one data file and checks it; returns { layer, parameters, overrides } in the
 * compiled shape, or throws an Error listing every problem (file, entry, field).
 */
export function compileFile(file) {
  const name = relative(root, file);
  const problems = [];
  const fail = (where, message) => problems.push(`${name}: ${where}: ${message}`);
  let data;
  try {
    // YAML dates stay strings: the core's dates are civil-date strings.
    data = parse(readFileSync(file, "utf8"), { schema: "core" });
  } catch (error) {
    throw new Error(`${name}: not YAML: ${error.message}`);
  }
  if (data === null || typeof data !== "object") throw new Error(`${name}: not a mapping`);
  for (const key of Object.keys(data)) if (!["layer", "lastVerifiedOn", "parameters", "overrides"].includes(key)) fail(key, "unknown key");
  if (typeof data.layer !== "string") fail("layer", "the layer id is required");
  const fileVerified = data.lastVerifiedOn;
  if (fileVerified !== undefined && !isCivilDate(fileVerified)) fail("lastVerifiedOn", `${JSON.stringify(fileVerified)} is not a date YYYY-MM-DD`);

  const citation = (where, provision, clause) => {
    const row = provisions.get(provision);
    if (row === undefined) {
      fail(where, `provision ${JSON.stringify(provision)} is not in law/provisions.json`);
      return null;
    }
    if (clause !== row.clause) fail(where, `clause ${JSON.stringify(clause)} of ${provision} should be ${JSON.stringify(row.clause)} (law/provisions.json)`);
    return { provision, document: row.document, clause: row.clause };
  };

  const section = (key, isOverride) => {
    const entries = data[key] ?? {};
    if (typeof entries !== "object" || Array.isArray(entries)) {
      fail(key, "must be a mapping of parameter id to entry");
      return {};
    }
    const out = {};
    for (const [id, entry] of Object.entries(entries)) {
      const where = `${key}.${id}`;
      if (entry === null || typeof entry !== "object") {
        fail(where, "must be a mapping");
        continue;
      }
      for (const k of Object.keys(entry)) if (!ENTRY_KEYS.has(k)) fail(`${where}.${k}`, "unknown key");
      if (!isOverride && (entry.label !== undefined || entry.until !== undefined)) fail(where, "label and until belong to overrides");
      const own = citation(where, entry.provision, entry.clause);
      const verified = entry.lastVerifiedOn ?? fileVerified;
      if (!isCivilDate(verified)) fail(`${where}.lastVerifiedOn`, "a date YYYY-MM-DD is required (here or for the whole file)");
      if (isOverride && (typeof entry.label?.zh !== "string" || typeof entry.label?.en !== "string")) fail(`${where}.label`, "an override needs a label with zh and en");
      if (entry.unit !== undefined && typeof entry.unit !== "string") fail(`${where}.unit`, "must be a string");
      if (!Array.isArray(entry.values) || entry.values.length === 0) {
        fail(`${where}.values`, "at least one value is required");
        continue;
      }
      const values = [];
      let previousFrom = "";
      let previousUntil = "";
      entry.values.forEach((v, i) => {
        const at = `${where}.values.${i}`;
        if (v === null || typeof v !== "object" || !("value" in v)) {
          fail(at, "each value is a mapping with from and value");
          return;
        }
        for (const k of Object.keys(v)) if (!VALUE_KEYS.has(k)) fail(`${at}.${k}`, "unknown key");
        if (!isCivilDate(v.from)) fail(`${at}.from`, `${JSON.stringify(v.from)} is not a date YYYY-MM-DD`);
        else if (v.from <= previousFrom || v.from < previousUntil) fail(`${at}.from`, `${v.from} is not after the previous value's dates`);
        const next = entry.values[i + 1];
        if (v.until !== undefined) {
          if (!isCivilDate(v.until) || v.until <= v.from) fail(`${at}.until`, `${JSON.stringify(v.until)} is not a date after from`);
          if (v.value === null) fail(`${at}.until`, "a null value ends the parameter: it has no until");
        }
        const cited = v.provision === undefined && v.clause === undefined ? own : citation(at, v.provision ?? entry.provision, v.clause);
        if (v.value !== null) {
          if (typeof v.passage !== "string" || v.passage.trim() === "") fail(`${at}.passage`, "the words of the text that set the value are required");
          else if (cited !== null) {
            if (!hasSource(cited.document)) fail(`${at}.passage`, `law/sources/${cited.document}.txt does not exist`);
            else if (!verbatim(cited.document, v.passage)) fail(`${at}.passage`, `not verbatim in law/sources/${cited.document}.txt: ${v.passage}`);
          }
        } else if (v.passage !== undefined && cited !== null) {
          if (hasSource(cited.document) && !verbatim(cited.document, v.passage)) fail(`${at}.passage`, `not verbatim in law/sources/${cited.document}.txt: ${v.passage}`);
        }
        const value = { from: v.from, value: v.value };
        // A value's own citation is written only where it differs from the entry's.
        if (cited !== null && own !== null && (cited.provision !== own.provision || cited.clause !== own.clause)) value.citation = cited;
        if (typeof v.passage === "string") value.passage = v.passage.replace(/\s+/g, " ").trim();
        values.push(value);
        previousFrom = v.from;
        previousUntil = v.until ?? "";
        if (v.until !== undefined && (next === undefined || next.from !== v.until)) values.push({ from: v.until, value: null });
      });
      const compiled = { id, citation: own, lastVerifiedOn: verified };
      if (isOverride) compiled.label = { zh: entry.label?.zh, en: entry.label?.en };
      if (entry.unit !== undefined) compiled.unit = entry.unit;
      compiled.values = values;
      if (entry.until !== undefined) {
        if (!isCivilDate(entry.until) || entry.until <= values[values.length - 1].from) fail(`${where}.until`, "must be a date after the last value");
        compiled.until = entry.until;
      }
      out[id] = compiled;
    }
    return out;
  };
  const parameters = section("parameters", false);
  const overrides = section("overrides", true);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return { layer: data.layer, parameters, overrides };
}

/** The name of the generated constant: `gbf2019.params.yaml` → `GBF2019_PARAMS`. */
function constName(file) {
  return `${basename(file, ".params.yaml").replace(/[^A-Za-z0-9]+/g, "_").toUpperCase()}_PARAMS`;
}

/** The corner brackets that mark the text's own words (written as escapes: this file quotes no text itself). */
const QUOTE = ["\u300c", "\u300d"];

/** A value as one line of a comment. */
function show(value) {
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** The TSDoc of one entry: its id and values, each with its citation and passage. */
function entryDoc(entry, indent) {
  const lines = [`\`${entry.id}\`${entry.label === undefined ? "" : ` — ${entry.label.en}`} (${entry.citation.provision}, ${entry.citation.clause}; verified ${entry.lastVerifiedOn}):`];
  entry.values.forEach((v, i) => {
    const until = entry.values[i + 1]?.from ?? entry.until;
    const when = `from ${v.from}${until === undefined ? "" : ` until ${until}`}`;
    const cited = v.citation === undefined ? "" : ` (${v.citation.provision}, ${v.citation.clause})`;
    lines.push(v.value === null ? `- ${when}: ended${cited}` : `- ${when}: ${show(v.value)}${cited}${v.passage === undefined ? "" : ` ${QUOTE[0]}${v.passage}${QUOTE[1]}`}`);
  });
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l.replace(/\*\//g, "*\\/")}`), `${indent} */`];
}

/**
 * A compiled entry with its citations written as `cite(id, clause)` calls: tsc checks each id and
 * clause against the catalogue once more, and the provision matrix (scripts/provision-matrix.mjs)
 * finds where each provision is encoded.
 */
function withCite(json) {
  return json.replace(/\{"provision":("[^"]+"),"document":"[^"]+","clause":("[^"]+")\}/g, (_m, id, clause) => `cite(${id}, ${clause})`);
}

/** The TypeScript a data file compiles to. */
export function generate(file) {
  const compiled = compileFile(file);
  const name = constName(file);
  const rel = relative(dirname(file), join(SRC, "..", "core", "parameterData.js")).split("\\").join("/");
  const body = (key) => {
    const entries = Object.values(compiled[key]);
    if (entries.length === 0) return [`  ${key}: {},`];
    return [
      `  ${key}: {`,
      ...entries.flatMap((entry) => [...entryDoc(entry, "    "), `    ${JSON.stringify(entry.id)}: ${withCite(JSON.stringify(entry))},`]),
      "  },",
    ];
  };
  const entries = [...body("parameters"), ...body("overrides")];
  // A passage several values quote (a clause that ends many of them) is written once, as a
  // constant the values name: the one-claim browser bundle carries it once (issue #16's budget).
  const counts = new Map();
  for (const line of entries) for (const m of line.matchAll(/"passage":("(?:[^"\\]|\\.)*")/g)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const shared = [...counts].filter(([, n]) => n > 1).map(([text], i) => [text, `PASSAGE_${i + 1}`]);
  const names = new Map(shared);
  const valueLines = shared.length === 0 ? entries : entries.map((line) => line.replace(/"passage":("(?:[^"\\]|\\.)*")/g, (m, text) => (names.has(text) ? `"passage":${names.get(text)}` : m)));
  return [
    `// Generated by \`node scripts/params.mjs\` from ${basename(file)}; do not edit by hand.`,
    "// A test fails when this file is stale.",
    `import { cite } from "${(rel.startsWith(".") ? rel : `./${rel}`).replace("parameterData.js", "citation.js")}";`,
    `import type { LayerParameterData } from "${rel.startsWith(".") ? rel : `./${rel}`}";`,
    "",
    ...shared.map(([text, constName]) => `/** A passage several values quote. */\nconst ${constName} = ${text};`),
    ...(shared.length === 0 ? [] : [""]),
    `/** The parameter values of the layer \`${compiled.layer}\`, as ${basename(file)} gives them. */`,
    // built in a pure function call, so a bundler drops a layer's data that nothing reads (issue #16)
    `export const ${name} = /* @__PURE__ */ (() =>`,
    "  ({",
    `  layer: ${JSON.stringify(compiled.layer)},`,
    ...valueLines,
    "  }) as const satisfies LayerParameterData)();",
    "",
  ].join("\n");
}

/** Output path of a data file. */
export function outputOf(file) {
  return file.replace(/\.params\.yaml$/, ".params.ts");
}

/** Every non-test, non-generated TypeScript file under a folder. */
function tsFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !entry.name.endsWith(".params.ts")) out.push(path);
  }
  return out.sort();
}

/** The source with comments blanked out (line structure kept). */
function code(text) {
  const blank = (m) => m.replace(/[^\n]/g, " ");
  return text.replace(/\/\*[\s\S]*?\*\//g, blank).replace(/(^|[^:"'`])\/\/[^\n]*/g, (m, pre) => pre + blank(m.slice(pre.length)));
}

/** The arguments of the call that opens at `open` (the index of its "("). */
function argsAt(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/**
 * Which rules read each parameter, found in the source of src/provisions and
 * src/jurisdictions: a parameter named in the arguments of `ctx.param(…)`,
 * `resolveParameter(…)` or `priceAttendedDays(…)` is read by the rule (`defineRule`) whose
 * body holds the call; a call in a helper function is attributed to the rules that use the
 * helper (a helper no rule uses is listed as `name()`), and a helper run by a layer's rule
 * override as `<rule id> (<layer id>)`. Also, for each rule a layer replaces
 * (`replaceRule(rule, { run })`), the parameters its replacement reads: those of every rule
 * whose body it runs (`<rule>.run`) and those read by helpers it runs (`<rule id> (<layer id>)`);
 * a reader of the replaced rule is no reader in a policy with that layer unless the
 * replacement reads the parameter too (cold audit 8: Jiaxing's scope reads no parameter).
 */
function analyse() {
  const files = [...tsFiles(join(root, "src", "provisions")), ...tsFiles(SRC)].map((path) => ({ path, text: code(readFileSync(path, "utf8")) }));
  const params = new Map(); // const name → parameter id
  const rules = new Map(); // const name → rule id
  for (const { text } of files) {
    for (const m of text.matchAll(/export const (\w+) =\s*(?:\/\*\s*@__PURE__\s*\*\/\s*)?defineParameter(?:<[^\n]*?>)?\(\{\s*id: "([^"]+)"/g)) params.set(m[1], m[2]);
    for (const m of text.matchAll(/export const (\w+) = defineRule(?:<[^\n]*?>)?\(\{\s*(?:\/\/[^\n]*\s*|\s+)*id: "([^"]+)"/g)) rules.set(m[1], m[2]);
  }
  /** The top-level declaration enclosing an index: its name, kind and start. */
  const enclosing = (text, index) => {
    const before = text.slice(0, index);
    const decls = [...before.matchAll(/^(?:export )?(?:async )?(const|function) (\w+)/gm)];
    const last = decls[decls.length - 1];
    if (last === undefined) return null;
    const rest = text.slice(last.index);
    const kind = /^[^\n]*= defineRule\b/.test(rest) ? "rule" : /^[^\n]*= defineLayer\b/.test(rest) ? "layer" : last[1];
    const id = /id: "([^"]+)"/.exec(rest)?.[1];
    return { name: last[2], kind, id, start: last.index };
  };
  // Each reader as { reader, rule }: the label listed, and the const name of the rule whose body reads (none for a layer's helper or an unused helper).
  const readersOf = (file, index, depth, seen) => {
    const decl = enclosing(file.text, index);
    if (decl === null) return [];
    if (decl.kind === "rule") return [{ reader: decl.id, rule: decl.name }];
    if (decl.kind === "layer") {
      const overrides = [...file.text.slice(decl.start, index).matchAll(/(?:replaceRule|ruleException)\((\w+)/g)];
      const target = overrides[overrides.length - 1]?.[1];
      return [{ reader: target !== undefined && rules.has(target) ? `${rules.get(target)} (${decl.id})` : decl.id }];
    }
    if (decl.kind !== "function" || depth > 4 || seen.has(decl.name)) return [];
    seen.add(decl.name);
    const found = [];
    for (const other of files) {
      for (const m of other.text.matchAll(new RegExp(`\\b${decl.name}\\b`, "g"))) {
        if (other === file && m.index === file.text.indexOf(decl.name, decl.start)) continue;
        if (/^\s*import\b|^\s*export \{/.test(other.text.slice(other.text.lastIndexOf("\n", m.index) + 1, m.index + 1))) continue;
        found.push(...readersOf(other, m.index, depth + 1, seen));
      }
    }
    return found.length > 0 ? found : [{ reader: `${decl.name}()` }];
  };
  const out = new Map([...params.values()].map((id) => [id, new Set()]));
  const byRule = new Map(); // rule const name → the parameter ids its body reads
  const readBy = (rule, id) => {
    if (!byRule.has(rule)) byRule.set(rule, new Set());
    byRule.get(rule).add(id);
  };
  for (const file of files) {
    for (const m of file.text.matchAll(/(?:ctx\.param|resolveParameter(?:On)?|priceAttendedDays)\(/g)) {
      const args = argsAt(file.text, m.index + m[0].length - 1);
      for (const [name, id] of params) {
        if (!new RegExp(`\\b${name}\\b`).test(args)) continue;
        for (const { reader, rule } of readersOf(file, m.index, 0, new Set())) {
          out.get(id).add(reader);
          if (rule !== undefined) readBy(rule, id);
        }
      }
    }
  }
  const direct = new Map([...out].map(([id, set]) => [id, [...set].sort()]));
  // A rule run by another rule (`ctx.use(rule, …)`) reads its parameters for that rule too: the
  // caller is a reader wherever a policy binds it, whether or not the policy binds the rule run
  // (review 7: the appraisal subsidy runs the over-retirement rule).
  const callers = new Map(); // rule id → the rule ids (or helpers) that run it with ctx.use
  const uses = new Map(); // reader (a rule id, or `<rule id> (<layer id>)`) → the rule ids it runs with ctx.use
  const usesOfRule = new Map(); // rule const name → the rule ids its body runs with ctx.use
  const add = (map, key, value) => {
    if (!map.has(key)) map.set(key, new Set());
    map.get(key).add(value);
  };
  for (const file of files) {
    for (const m of file.text.matchAll(/ctx\.use\((\w+)\b/g)) {
      const used = rules.get(m[1]);
      if (used === undefined) continue;
      for (const { reader, rule } of readersOf(file, m.index, 0, new Set())) {
        if (reader === used) continue;
        add(callers, used, reader);
        add(uses, reader, used);
        if (rule !== undefined) add(usesOfRule, rule, used);
      }
    }
  }
  for (const readers of out.values()) {
    const queue = [...readers];
    while (queue.length > 0) {
      for (const caller of callers.get(queue.pop()) ?? []) {
        if (readers.has(caller)) continue;
        readers.add(caller);
        queue.push(caller);
      }
    }
  }
  // The rules each layer replaces, and what the replacement reads.
  const replacements = new Map(); // layer id → Map(rule id → Set(parameter id))
  for (const file of files) {
    for (const m of file.text.matchAll(/replaceRule\((\w+)\s*,/g)) {
      const decl = enclosing(file.text, m.index);
      const target = rules.get(m[1]);
      if (decl === null || decl.kind !== "layer" || decl.id === undefined || target === undefined) continue;
      const run = /\brun:([\s\S]*)$/.exec(argsAt(file.text, m.index + "replaceRule".length))?.[1] ?? "";
      const reads = new Set();
      const runs = new Set();
      for (const r of run.matchAll(/\b(\w+)\.run\b/g)) {
        for (const id of byRule.get(r[1]) ?? []) reads.add(id);
        for (const id of usesOfRule.get(r[1]) ?? []) runs.add(id);
      }
      const own = `${target} (${decl.id})`;
      for (const [id, readers] of direct) if (readers.includes(own)) reads.add(id);
      for (const id of uses.get(own) ?? []) runs.add(id);
      if (!replacements.has(decl.id)) replacements.set(decl.id, new Map());
      replacements.get(decl.id).set(target, { reads: [...reads].sort(), uses: [...runs].sort() });
    }
  }
  const sorted = (entries) => entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    readers: Object.fromEntries(sorted([...out]).map(([id, set]) => [id, [...set].sort()])),
    // only where they differ from the readers (most parameters are read by a rule's own body alone)
    direct: Object.fromEntries(sorted([...direct].filter(([id, list]) => JSON.stringify(list) !== JSON.stringify([...out.get(id)].sort())))),
    uses: Object.fromEntries(sorted([...uses].filter(([reader]) => !reader.includes(" "))).map(([reader, set]) => [reader, [...set].sort()])),
    replacements: Object.fromEntries(sorted([...replacements]).map(([layer, map]) => [layer, Object.fromEntries(sorted([...map]))])),
  };
}

/** Which rules read each parameter (see {@link analyse}). */
export function parameterReaders() {
  return analyse().readers;
}

const READERS_OUT = join(root, "src", "reform", "parameterReaders.ts");

/** src/reform/parameterReaders.ts as the source says it should read. */
export function generateReaders() {
  const { readers, direct, uses, replacements } = analyse();
  return [
    "// Generated by `node scripts/params.mjs` from the rules' source; do not edit by hand.",
    "// A test fails when this file is stale.",
    "",
    "/**",
    " * Which rules read each parameter, by parameter id: found in the source of the rules",
    " * (`ctx.param(…)`, `resolveParameter(…)`, `resolveParameterOn(…)`); a helper run by a layer's rule override is",
    " * listed as `<rule id> (<layer id>)`, a helper no rule calls as `name()`. An empty list: no",
    " * rule reads the parameter (a caller resolves it, or a constraint checks it).",
    " */",
    `export const PARAMETER_READERS: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(readers, null, 2)};`,
    "",
    "/**",
    " * The readers of each parameter whose own body (or a helper it runs) reads it, where they differ from",
    " * {@link PARAMETER_READERS}: those without the rules that only run a reader (`ctx.use`).",
    " */",
    `export const DIRECT_READERS: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(direct, null, 2)};`,
    "",
    "/** The rules each rule runs with `ctx.use`, by rule id (the rules run by id: a layer's replacement runs in their place). */",
    `export const RULE_USES: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(uses, null, 2)};`,
    "",
    "/**",
    " * The rules each layer replaces (`replaceRule`), by layer id and rule id: the parameters the",
    " * replacement reads (those of every rule body it runs, `<rule>.run`, and of the helpers it runs)",
    " * and the rules it runs with `ctx.use`. In a policy with the layer, the replaced rule reads and runs",
    " * what its replacement does.",
    " */",
    `export const RULE_REPLACEMENTS: Readonly<Record<string, Readonly<Record<string, { readonly reads: readonly string[]; readonly uses: readonly string[] }>>>> = ${JSON.stringify(replacements, null, 2)};`,
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let stale = 0;
  for (const file of dataFiles()) {
    let text;
    try {
      text = generate(file);
    } catch (error) {
      console.error(error.message);
      process.exitCode = 1;
      continue;
    }
    const out = outputOf(file);
    if (process.argv.includes("--check")) {
      let current = "";
      try {
        current = readFileSync(out, "utf8");
      } catch {
        current = "";
      }
      if (current !== text) {
        console.error(`${relative(root, out)} is stale: run node scripts/params.mjs`);
        stale++;
      }
    } else writeFileSync(out, text);
  }
  const readers = generateReaders();
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(READERS_OUT, "utf8");
    } catch {
      current = "";
    }
    if (current !== readers) {
      console.error(`${relative(root, READERS_OUT)} is stale: run node scripts/params.mjs`);
      stale++;
    }
  } else writeFileSync(READERS_OUT, readers);
  if (stale > 0) process.exitCode = 1;
}
