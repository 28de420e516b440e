/** `skills-subsidy params`: every parameter of a policy — the ids a reform can patch — with its values and citations. */
import { parseArgs } from "node:util";
import type { CivilDate, ParameterListing, ParameterValueRow, Policy } from "../../index.js";
import { listParameters, POLICIES } from "../../index.js";
import type { Lang } from "../format.js";
import { table } from "../format.js";
import type { Io } from "../io.js";
import { UsageError } from "../io.js";
import { applyCatalogue, pickDate, pickLang, pickPolicy } from "../options.js";

export const PARAMS_HELP = `Usage: skills-subsidy params [--policy <id> | --all] [--on YYYY-MM-DD]
                            [--catalogue <file>] [--format table|json|md] [--lang zh|en]

Lists every parameter of a policy: the id a reform patch names, its label and unit,
the value in force on --on (or, without --on, each dated value), the layer and the
provision and clause it comes from, and the rules that read it. Every parameter listed
can be patched by a reform file (diff --reform).

Options:
  --policy <id>   national, jiaxing-2019 (default), national-frameworks, jieyang-2018
  --all           the parameters of every policy, each value once
  --on <date>     the value in force on that day, with its layer and citation
  --catalogue <file>  a subsidy-catalogue edition (or a list), added as for evaluate: the
                  trainingSubsidy.catalogue parameter then shows it
  --format        table (default, for people), json, or md (docs/parameters.md is this
                  output with --all)
  --lang zh|en    language of the labels in table and md (zh default)

Exit codes: 0 listed; 2 usage error.
`;

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
export function paramsTable(listing: readonly ParameterListing[], lang: Lang, on: CivilDate | undefined): string {
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
  return `${table(on === undefined ? HEAD[lang].dated : HEAD[lang].on, rows)}\n`;
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

export async function params(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      policy: { type: "string" },
      all: { type: "boolean" },
      on: { type: "string" },
      catalogue: { type: "string" },
      format: { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help === true) {
    await io.stdout(PARAMS_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  if (values.all === true && values.policy !== undefined) throw new UsageError("--all and --policy exclude each other");
  if (values.all === true && (values.on !== undefined || values.catalogue !== undefined)) throw new UsageError("--on and --catalogue need one policy (--policy), not --all");
  const format = values.format ?? "table";
  if (format !== "table" && format !== "json" && format !== "md") throw new UsageError(`--format must be table, json or md, not ${JSON.stringify(format)}`);
  const lang = pickLang(values.lang);
  const on = pickDate(values.on);
  const policy = values.all === true ? null : applyCatalogue(values.catalogue, pickPolicy(values.policy));
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
  await io.stdout(`${head}\n\n${paramsTable(listing, lang, on)}`);
  return 0;
}
