/**
 * `skills-subsidy diff --reform <patch-file> [--reform <patch-file> …] <file|->`:
 * decides the claims of any input evaluate reads (JSON, NDJSON, CSV; the same reader and limits) under a policy and under the policy with the patches
 * applied (in the order given), and prints the differences as totals by provision,
 * by reform, by payee kind, by region and by occupation. `--out` writes the per-claim
 * differences (JSON, or CSV when the file name ends in .csv).
 *
 * Exit codes: 0 compared; 1 compared, but some records or claims were invalid and left
 * out; 2 usage error, unreadable input or an invalid patch.
 */
import { parse as parseYaml } from "yaml";
import type { ClaimsDocument } from "../index.js";
import type { Comparison, TotalRow } from "../reform/index.js";
import { COLLECTIONS, parseClaimsDocument, POLICIES, VERSION } from "../index.js";
import { compare, reformAll } from "../reform/index.js";
import { csvOutputCell } from "./csv.js";
import type { Lang } from "./format.js";
import { table } from "./format.js";
import { defineCommand, oneStdin, seeHelp } from "./frame.js";
import type { BadItem, Item, RecordType } from "./input.js";
import { INPUT_LIMITS, isBad, readWholeInput, rejectDuplicateKeys, withoutSchemaKey } from "./input.js";
import type { Io } from "./io.js";
import { InputError, openOutputFile, UsageError } from "./io.js";
import { EMPTY_PATCH_LIST } from "../node/messages.js";
import { applyCatalogue, CLAIMS_OPTIONS, LANG_OPTION, pickDate, pickLang, pickPolicy, QUIET_OPTION, sourcesOf } from "./options.js";
import { invalidLines } from "./output.js";
import type { InvalidReport } from "./pipeline.js";




/** The per-claim differences as CSV, one row per claim. */
export function differencesCsv(c: Comparison): string {
  const header = ["claimId", "measure", "traineeId", "payeeKind", "region", "occupation", "baseOutcome", "baseAmount", "reformedOutcome", "reformedAmount", "delta", "attribution"];
  const rows = c.claims.map((d) => [
    d.claimId,
    d.measure,
    d.traineeId,
    d.payeeKind,
    d.region,
    d.occupation,
    d.base.outcome,
    d.base.amount ?? "",
    d.reformed.outcome,
    d.reformed.amount ?? "",
    d.delta,
    d.attribution.map((a) => `${a.reform} ${a.provision} ${a.delta}${a.outcome === undefined ? "" : ` (${a.outcome.from}→${a.outcome.to})`}`).join("; "),
  ]);
  return `${[header, ...rows].map((r) => r.map(csvOutputCell).join(",")).join("\n")}\n`;
}

const signed = (v: string) => (v.startsWith("-") || v === "0.00" ? v : `+${v}`);

/** The totals of a comparison as text tables. */
export function comparisonText(c: Comparison, reforms: readonly { id: string; label: { zh: string; en: string } }[], lang: Lang): string {
  const zh = lang === "zh";
  const right = new Set([1, 2, 3, 4, 5]);
  const rows = (list: readonly TotalRow[]) => list.map((r) => [r.key, r.base, r.reformed, signed(r.delta), String(r.claims), String(r.changed)]);
  const head = (first: string) => (zh ? [first, "原政策（元）", "改革后（元）", "变化（元）", "申请", "有变化"] : [first, "base", "reformed", "change", "claims", "changed"]);
  const t = c.totals;
  const out: string[] = [];
  out.push(`skills-subsidy ${VERSION} · diff`);
  out.push(`${zh ? "原政策：" : "base:    "} ${c.base.id} (${c.base.hash.slice(0, 12)})`);
  out.push(`${zh ? "改革后：" : "reformed:"} ${c.reformed.id} (${c.reformed.hash.slice(0, 12)})`);
  for (const r of reforms) out.push(`  reform.${r.id}: ${zh ? r.label.zh : r.label.en}`);
  out.push("");
  out.push(zh ? "按条款（补贴行所引条款）" : "by provision (as the paid lines cite it)");
  out.push(table(head(zh ? "条款" : "provision"), rows(t.byProvision), right));
  out.push("");
  out.push(zh ? "按改革方案（逐个叠加时的变化）" : "by reform (the change each patch adds over the ones before)");
  out.push(
    table(
      zh ? ["改革方案", "条款", "变化（元）", "申请"] : ["reform", "provision", "change", "claims"],
      t.byReform.map((r) => [r.reform, r.provision, signed(r.delta), String(r.claims)]),
      new Set([2, 3]),
    ),
  );
  out.push("");
  out.push(zh ? "按补贴发放对象类型" : "by payee kind");
  out.push(table(head(zh ? "类型" : "payee kind"), rows(t.byPayeeKind), right));
  out.push("");
  out.push(zh ? "按地区" : "by region");
  out.push(table(head(zh ? "地区" : "region"), rows(t.byRegion), right));
  out.push("");
  out.push(zh ? "按职业（工种）" : "by occupation");
  out.push(table(head(zh ? "职业" : "occupation"), rows(t.byOccupation), right));
  out.push("");
  if (t.outcomes.length > 0) {
    out.push(zh ? "结果变化" : "outcome changes");
    for (const o of t.outcomes) out.push(`  ${o.from} → ${o.to}: ${o.claims}`);
    out.push("");
  }
  out.push(
    zh
      ? `合计：${t.all.claims} 项申请，${t.all.changed} 项有变化；原政策 ${t.all.base} 元，改革后 ${t.all.reformed} 元，变化 ${signed(t.all.delta)} 元。`
      : `total: ${t.all.claims} claims, ${t.all.changed} changed; base ${t.all.base} yuan, reformed ${t.all.reformed} yuan, change ${signed(t.all.delta)} yuan.`,
  );
  return `${out.join("\n")}\n`;
}

/** The records a run read, as one claims document (the input of `compare`), with the invalid ones reported where they were read. */
export async function readClaimsDocument(sources: readonly AsyncIterable<Item | BadItem>[]): Promise<{ document: ClaimsDocument; invalid: InvalidReport[] }> {
  const raw: Record<string, Record<string, unknown>[]> = {};
  const where: Record<string, Item[]> = {};
  const invalid: { seq: number; r: InvalidReport }[] = [];
  for (const source of sources) {
    for await (const item of source) {
      if (isBad(item)) {
        invalid.push({ seq: item.seq, r: { at: item.at, recordType: item.type, id: item.id, issues: item.issues } });
        continue;
      }
      const collection = COLLECTION_OF_TYPE[item.type];
      (raw[collection] ??= []).push(item.record);
      (where[collection] ??= []).push(item);
    }
  }
  raw["claims"] ??= [];
  const parsed = parseClaimsDocument(raw);
  if (!parsed.ok) throw new InputError("input", "too_many_records", { limit: INPUT_LIMITS.maxRecordsPerCollection });
  for (const r of parsed.value.invalid) {
    const item = where[r.collection]?.[r.index] as Item;
    invalid.push({ seq: item.seq, r: { at: item.at, recordType: item.type, id: r.id, issues: r.issues.map((i) => ({ ...i, path: i.path.slice(2) })) } });
  }
  return { document: parsed.value.document, invalid: invalid.sort((a, b) => a.seq - b.seq).map((x) => x.r) };
}

const COLLECTION_OF_TYPE: Readonly<Record<RecordType, string>> = Object.fromEntries(Object.entries(COLLECTIONS).map(([collection, type]) => [type, collection])) as Record<RecordType, string>;

/** A patch file (JSON or YAML; one patch or a list), or standard input for `-`; `$schema` keys set aside. */
async function readPatches(file: string, io: Io): Promise<unknown[]> {
  const source = file === "-" ? "stdin" : file;
  const text = await readWholeInput(file, io);
  let data: unknown;
  const yaml = /\.ya?ml$/i.test(file) || (file === "-" && !/^\s*[[{]/.test(text));
  try {
    data = yaml ? (parseYaml(text, { uniqueKeys: true }) as unknown) : JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message.split("\n")[0] ?? "";
    const kind = yaml ? "YAML" : "JSON";
    throw new UsageError("unusable_file", { field: "--reform", file: source, why: { zh: `不是有效的 ${kind}：${detail}`, en: `not valid ${kind}: ${detail}` } });
  }
  if (!yaml) rejectDuplicateKeys(text, source);
  if (Array.isArray(data) && data.length === 0) throw new UsageError("unusable_file", { field: "--reform", file: source, why: EMPTY_PATCH_LIST });
  return (Array.isArray(data) ? data : [data]).map(withoutSchemaKey);
}

const OPTIONS = {
  reform: {
    type: "string",
    multiple: true,
    value: "<patch-file|->",
    file: "read",
    required: { zh: "diff 至少需要一个改革方案文件", en: "diff needs at least one patch file" },
    help: "a patch file (JSON or YAML): one patch or a list; repeat to stack\npatches, in order",
  },
  ...CLAIMS_OPTIONS,
  policy: { ...CLAIMS_OPTIONS.policy, help: `the policy the patches amend: ${Object.keys(POLICIES).join(", ")}\n(default jiaxing-2019)` },
  out: { type: "string", value: "<file>", file: "write", section: "Output", help: "write the per-claim differences to a file (CSV when it ends\nin .csv, else JSON)" },
  json: { type: "boolean", section: "Output", help: "print the whole comparison as JSON instead of tables" },
  lang: { ...LANG_OPTION, section: "Output" },
  quiet: { ...QUIET_OPTION, section: "Output" },
} as const;

export const DIFF = defineCommand({
  name: "diff",
  summary: "what a reform changes, claim by claim and in total",
  positionals: [{ name: "<file|->", file: "read", missing: { zh: "diff 需要一个申请记录文件（或用 - 表示标准输入）", en: "diff needs a claims file (or - for standard input)" } }],
  usage: "--reform <patch-file> [--reform <patch-file> …] <file|-> [options]",
  description: `Decides the claims under a policy and under the policy with the patches applied (in
the order given), and prints the differences as totals by provision, by reform, by payee
kind, by region and by occupation. It reads every input evaluate reads (JSON, NDJSON, CSV,
standard input, a --ledger), with the same limits; the claims are held in memory (up to
${INPUT_LIMITS.maxRecordsPerCollection} per collection).`,
  options: OPTIONS,
  exitCodes: [
    ["0", "compared"],
    ["1", "some records or claims invalid (left out)"],
    ["2", "usage error, unreadable input or invalid patch"],
    ["3", "the --out file cannot be written"],
  ],
  run: async ({ values, positionals }, io) => {
    const claimsFile = positionals[0] as string;
    const files = values.reform ?? [];
    oneStdin([
      ["<file|->", claimsFile],
      ["--reform", files],
      ["--catalogue", values.catalogue],
      ["--ledger", values.ledger],
    ]);
    const lang = pickLang(values.lang);
    const on = pickDate(values.on);
    const base = await applyCatalogue(values.catalogue, pickPolicy(values.policy), io, { lang, quiet: values.quiet === true });

    const patches: unknown[] = [];
    const origin: string[] = [];
    for (const file of files) {
      const list = await readPatches(file, io);
      patches.push(...list);
      origin.push(...list.map((_, i) => (list.length === 1 ? file : `${file}[${i}]`)));
    }
    const reformed = reformAll(base, patches);
    if (!reformed.ok) {
      const lines = reformed.issues.map((i) => {
        const [index, ...path] = i.path;
        return `  ${origin[index as number] ?? "?"} ${path.join(".") || "(top)"}: ${i.code} — ${lang === "zh" ? i.message.zh : i.message.en}`;
      });
      io.stderr(`skills-subsidy: ${lang === "zh" ? "改革方案无效" : "invalid patch"}${seeHelp("diff", lang)}\n${lines.join("\n")}\n`);
      return 2;
    }

    const { sources } = sourcesOf(claimsFile, values, io);
    const { document, invalid } = await readClaimsDocument(sources);
    const comparison = compare(base, reformed.value.policy, document, on === undefined ? {} : { on });
    const stack = patches.map((p) => p as { id: string; label: { zh: string; en: string } });
    await io.stdout(values.json === true ? `${JSON.stringify(comparison, null, 2)}\n` : comparisonText(comparison, stack, lang));
    // A reform of a parameter no rule reads changes nothing whatever its value: said in both languages, never read as "0 changed".
    for (const u of comparison.unread) io.stderr(`skills-subsidy: 注意：${u.message.zh} / warning: ${u.message.en}\n`);
    if (invalid.length > 0) {
      io.stderr(`${lang === "zh" ? `无效记录 ${invalid.length} 条（未参与比较）：` : `${invalid.length} invalid records (left out):`}\n${invalid.flatMap((r) => invalidLines(r, lang)).join("\n")}\n`);
    }
    if (values.out !== undefined) {
      const body = values.out.toLowerCase().endsWith(".csv")
        ? differencesCsv(comparison)
        : `${JSON.stringify({ base: comparison.base, reformed: comparison.reformed, claims: comparison.claims }, null, 2)}\n`;
      const out = openOutputFile(values.out);
      try {
        out.write(body);
        out.commit();
      } finally {
        out.abandon();
      }
    }
    return invalid.length > 0 ? 1 : 0;
  },
});
