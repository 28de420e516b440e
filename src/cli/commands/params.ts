/** `skills-subsidy params`: every parameter of a policy — the ids a reform can patch — with its values and citations. */
import type { CivilDate, Policy } from "../../index.js";
import type { ParameterListing, ParameterValueRow } from "../../reform/index.js";
import { POLICIES } from "../../index.js";
import { listParameters } from "../../reform/index.js";
import type { Lang } from "../format.js";
import { table, terminalWidth } from "../format.js";
import type { Column } from "../../text/format.js";
import { textTable } from "../../text/format.js";
import { UsageError } from "../io.js";
import { defineCommand } from "../frame.js";
import { applyCatalogue, LANG_OPTION, pickDate, pickLang, pickPolicy } from "../options.js";


/** A value in one line: strings bare, anything else as JSON, cut at `max` characters. */
export function showValue(value: unknown, max = 48): string {
  if (value === null) return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function cited(c: { readonly provision: string; readonly clause: string }): string {
  return `${c.provision} ${c.clause}`;
}

const HEAD: Record<Lang, { readonly dated: string[]; readonly on: string[] }> = {
  zh: {
    dated: ["参数", "名称", "单位", "起", "止", "取值", "层级", "依据", "读取规则"],
    on: ["参数", "名称", "单位", "取值", "自", "层级", "依据", "读取规则"],
  },
  en: {
    dated: ["parameter", "label", "unit", "from", "until", "value", "layer", "provision", "read by"],
    on: ["parameter", "label", "unit", "value", "since", "layer", "provision", "read by"],
  },
};

const NONE: Record<Lang, Record<string, string>> = {
  zh: { no_values: "（未设定：由下级确定）", not_yet: "（尚未施行）", ended: "（已停止）", noRows: "（未设定）" },
  en: { no_values: "(none: left to a lower level)", not_yet: "(not yet in force)", ended: "(ended)", noRows: "(none)" },
};

/** The listing as a table for people. */
export function paramsTable(listing: readonly ParameterListing[], lang: Lang, on: CivilDate | undefined, view: { readonly wide?: boolean; readonly width?: number } = {}): string {
  const rows: string[][] = [];
  for (const p of listing) {
    const readBy = p.readBy.join(", ") || "—";
    const label = p.label[lang];
    const unit = p.unit ?? "—";
    if (on !== undefined) {
      const f = p.inForce;
      if (f === undefined || !f.inForce) {
        rows.push([p.id, label, unit, NONE[lang][f?.reason ?? "no_values"] ?? "", "—", f?.layer ?? p.declaredBy, f === undefined ? cited(p.citation) : cited(f.citation), readBy]);
      } else rows.push([p.id, label, unit, showValue(f.value), f.from, f.layer, cited(f.citation), readBy]);
      continue;
    }
    if (p.values.length === 0) {
      rows.push([p.id, label, unit, "—", "—", NONE[lang]["noRows"] ?? "", p.declaredBy, cited(p.citation), readBy]);
      continue;
    }
    p.values.forEach((v, i) => {
      const first = i === 0;
      rows.push([first ? p.id : "", first ? label : "", first ? unit : "", v.from, v.until ?? "—", showValue(v.value), v.layer, cited(v.citation), first ? readBy : ""]);
    });
  }
  const head = on === undefined ? HEAD[lang].dated : HEAD[lang].on;
  if (view.wide === true) return `${table(head, rows)}\n`;
  // Fitted to the terminal: the id whole on one line (a reform names it; grep finds it), the label and provision wrapped,
  // the value cut; the unit, layer and reading rules are in --wide.
  const shown = on === undefined ? [0, 1, 3, 4, 5, 7] : [0, 1, 3, 4, 6];
  const give: Record<number, Pick<Column, "shrink" | "min">> = {
    1: { shrink: "wrap", min: 12 },
    ...(on === undefined ? { 5: { shrink: "truncate", min: 14 } } : { 3: { shrink: "truncate", min: 14 } }),
    6: { shrink: "wrap", min: 16 },
    7: { shrink: "wrap", min: 16 },
  };
  const columns: Column[] = shown.map((i) => ({ header: head[i] as string, ...give[i] }));
  return `${textTable(
    columns,
    rows.map((r) => shown.map((i) => r[i] ?? "")),
    view.width ?? 120,
  )}\n`;
}

/** The corner brackets that mark the text's own words (escapes: this file quotes no text itself). */
const QUOTE = ["\u300c", "\u300d"] as const;

function mdCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function mdValue(value: unknown): string {
  if (value === null) return "*(ends)*";
  return `\`${showValue(value, 200).replace(/`/g, "'")}\``;
}

/** The listing as Markdown: one section per parameter, each value with its citation and passage. */
export function paramsMarkdown(listing: readonly ParameterListing[], lang: Lang, on?: CivilDate): string {
  const en = lang === "en";
  const out: string[] = [];
  for (const p of listing) {
    out.push(`### \`${p.id}\``, "");
    out.push(`${p.label.zh} — ${p.label.en}`, "");
    const facts = [
      `${en ? "unit" : "单位"}: ${p.unit === null ? "—" : `\`${p.unit}\``}`,
      `${en ? "declared by" : "声明层级"}: \`${p.declaredBy}\` (${cited(p.citation)})`,
      `${en ? "read by" : "读取规则"}: ${p.readBy.length === 0 ? "—" : p.readBy.map((r) => `\`${r}\``).join(", ")}`,
      `${en ? "reformable" : "可由改革方案修改"}: ${p.reformable ? (en ? "yes" : "是") : en ? "no" : "否"}`,
    ];
    out.push(...facts.map((f) => `- ${f}`), "");
    if (on !== undefined && p.inForce !== undefined) {
      const f = p.inForce;
      out.push(f.inForce ? `${en ? "In force on" : "施行中（"}${on}${en ? "" : "）"}: ${mdValue(f.value)} (${f.layer}, ${cited(f.citation)})` : `${en ? "In force on" : "施行中（"}${on}${en ? "" : "）"}: ${NONE[lang][f.reason] ?? ""}`, "");
    }
    if (p.values.length === 0) {
      out.push(en ? "No values: the text leaves the value to a lower level (a pack, a city, or a reform sets it)." : "无取值：文本交由下级确定（由补贴包、城市或改革方案设定）。", "");
      continue;
    }
    out.push(en ? "| from | until | value | layer | provision | passage |" : "| 起 | 止 | 取值 | 层级 | 依据 | 原文 |", "|---|---|---|---|---|---|");
    for (const v of p.values) {
      out.push(`| ${v.from} | ${v.until ?? "—"} | ${mdCell(mdValue(v.value))} | \`${v.layer}\` | ${mdCell(cited(v.citation))} | ${v.passage === null ? "—" : `${QUOTE[0]}${mdCell(v.passage)}${QUOTE[1]}`} |`);
    }
    out.push("");
  }
  return out.join("\n");
}

/**
 * The parameters of several policies, each parameter once and each layer's values once
 * (the policies share their national layers), sorted by id.
 */
export function mergeListings(listings: readonly (readonly ParameterListing[])[]): ParameterListing[] {
  const byId = new Map<string, { listing: ParameterListing; values: ParameterValueRow[]; readBy: Set<string>; declaredBy: Set<string> }>();
  for (const list of listings) {
    for (const p of list) {
      let entry = byId.get(p.id);
      if (entry === undefined) {
        entry = { listing: p, values: [], readBy: new Set(), declaredBy: new Set() };
        byId.set(p.id, entry);
      }
      entry.declaredBy.add(p.declaredBy);
      for (const r of p.readBy) entry.readBy.add(r);
      for (const v of p.values) {
        if (!entry.values.some((w) => w.layer === v.layer && w.from === v.from && w.kind === v.kind)) entry.values.push(v);
      }
    }
  }
  return [...byId.values()]
    .map(({ listing, values, readBy, declaredBy }) => {
      const { inForce: _inForce, ...rest } = listing;
      return { ...rest, declaredBy: [...declaredBy].join(", "), values, readBy: [...readBy].sort() };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The parameters of every policy the command line knows, merged ({@link mergeListings}). */
export function allParameters(): ParameterListing[] {
  return mergeListings(Object.values(POLICIES).map((make) => listParameters(make())));
}

/** docs/parameters.md: the parameters of every policy, generated (a test fails when the file is stale). */
export function parametersDoc(): string {
  const listing = allParameters();
  const policies = Object.entries(POLICIES).map(([id, make]) => {
    const policy: Policy = make();
    return `| \`${id}\` | ${policy.label.zh} — ${policy.label.en} | ${policy.layers.map((l) => `\`${l.id}\``).join(" → ")} | ${policy.parameters.length} |`;
  });
  return [
    "# Parameters",
    "",
    "<!-- Generated by `skills-subsidy params --all --format md --lang en` (see scripts/params-doc.mjs); do not edit by hand. A test fails when this file is stale. -->",
    "",
    "Every parameter of the library's policies: the values the rules read that the texts set",
    "(or leave to a lower level), each dated value with the layer that gives it, the provision",
    "and clause, and the passage of the text that sets it (「」: verbatim from `law/sources/`).",
    "The values live in data files beside each layer (`src/jurisdictions/**/<layer>.params.yaml`,",
    "compiled by `node scripts/params.mjs`). Every id below can be patched by a reform",
    "(see [policy changes](policy-changes.md)); `skills-subsidy params --policy <id> --on <date>`",
    "prints the values in force on a day.",
    "",
    `${listing.length} parameters, ${listing.filter((p) => p.reformable).length} of them reformable.`,
    "",
    "| policy | name | layers | parameters |",
    "|---|---|---|---|",
    ...policies,
    "",
    "## Ids",
    "",
    listing.map((p) => `[\`${p.id}\`](#${p.id.replace(/\./g, "").toLowerCase()})`).join(" · "),
    "",
    "## The parameters",
    "",
    paramsMarkdown(listing, "en").trimEnd(),
    "",
  ].join("\n");
}

export const PARAMS = defineCommand({
  name: "params",
  summary: "list every parameter (the ids a reform can patch): values, citations, readers",
  positionals: [],
  usage: "[--policy <id> | --all] [--on YYYY-MM-DD] [--catalogue <file|->] [--format table|json|md] [--lang zh|en]",
  description: `Lists every parameter of a policy: the id a reform patch names, its label and unit,
the value in force on --on (or, without --on, each dated value), the layer and the
provision and clause it comes from, and the rules that read it. Every parameter listed
can be patched by a reform file (diff --reform).`,
  options: {
    policy: { type: "string", value: "<id>", help: `${Object.keys(POLICIES).join(", ")} (default jiaxing-2019)` },
    all: { type: "boolean", help: "the parameters of every policy, each value once" },
    on: { type: "string", value: "YYYY-MM-DD", help: "the value in force on that day, with its layer and citation" },
    catalogue: { type: "string", value: "<file|->", help: "a subsidy-catalogue edition (or a list), added as for evaluate:\nthe trainingSubsidy.catalogue parameter then shows it" },
    format: { type: "string", choices: ["table", "json", "md"], default: "table", help: "table (for people), json, or md (docs/parameters.md is this\noutput with --all)" },
    lang: { ...LANG_OPTION, help: "language of the labels in table and md (default zh)" },
    wide: { type: "boolean", help: "the table with every column (unit, layer, reading rules) whole; the default table fits the terminal (COLUMNS, or its width, or 120)" },
  },
  exitCodes: [
    ["0", "listed"],
    ["2", "usage error or unreadable --catalogue"],
  ],
  run: async ({ values }, io) => {
    if (values.all === true && values.policy !== undefined) throw new UsageError("options_conflict", { option: "--all", other: "--policy" });
    if (values.all === true && (values.on !== undefined || values.catalogue !== undefined)) {
      const other = values.on !== undefined ? "--on" : "--catalogue";
      throw new UsageError("options_conflict", { option: "--all", other, why: { zh: "--on 和 --catalogue 只适用于 --policy 指定的单项政策", en: "--on and --catalogue apply to one policy, named by --policy" } });
    }
    const format = values.format;
    const lang = pickLang(values.lang);
    const on = pickDate(values.on);
    const policy = values.all === true ? null : await applyCatalogue(values.catalogue, pickPolicy(values.policy), io, { lang, quiet: false });
    const listing = policy === null ? allParameters() : listParameters(policy, on);
    if (format === "json") {
      await io.stdout(`${JSON.stringify({ policy: policy?.id ?? null, on: on ?? null, parameters: listing }, null, 2)}\n`);
      return 0;
    }
    if (format === "md") {
      await io.stdout(policy === null ? parametersDoc() : paramsMarkdown(listing, lang, on));
      return 0;
    }
    const head =
      lang === "zh"
        ? `${policy === null ? "全部政策" : `政策 ${policy.id}`} · ${listing.length} 个参数${on === undefined ? "" : ` · ${on} 施行的取值`}`
        : `${policy === null ? "every policy" : `policy ${policy.id}`} · ${listing.length} parameters${on === undefined ? "" : ` · values in force on ${on}`}`;
    await io.stdout(`${head}\n\n${paramsTable(listing, lang, on, { wide: values.wide === true, width: terminalWidth(io.stdoutColumns) })}`);
    return 0;
  },
});
