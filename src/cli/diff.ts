/**
 * `skills-subsidy diff --reform <patch-file> [--reform <patch-file> …] <claims-file>`:
 * decides a claims document under a policy and under the policy with the patches
 * applied (in the order given), and prints the differences as totals by provision,
 * by reform, by payee kind, by region and by occupation. `--out` writes the per-claim
 * differences (JSON, or CSV when the file name ends in .csv).
 *
 * Exit codes: 0 compared; 1 compared, but some records or claims were invalid and left
 * out; 2 usage error, unreadable input or an invalid patch.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Comparison, TotalRow } from "../index.js";
import { compare, parseClaimsDocument, POLICIES, reformAll, SkillsSubsidyError, VERSION } from "../index.js";
import { readDataFile, readPatchFile } from "../node/index.js";
import { csvOutputCell } from "./csv.js";
import type { Lang } from "./format.js";
import { invalidText, table } from "./format.js";
import { OutputError, ReadError, UsageError } from "./io.js";

/** A file that cannot be read (errno) is a ReadError (one line, exit 2); one that does not parse stays a UsageError. */
function unreadable(file: string, error: unknown): Error {
  return error instanceof SkillsSubsidyError && error.code === "file_unreadable"
    ? new ReadError(file, error)
    : new UsageError(`cannot read ${file}: ${(error as Error).message}`);
}
import { pickDate, pickLang, pickPolicy } from "./options.js";

/** What a command needs of the outside world. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin?: () => string;
}

export const DIFF_USAGE = `skills-subsidy diff — what a reform changes, claim by claim and in total

Usage:
  skills-subsidy diff --reform <patch-file> [--reform <patch-file> …] <claims-file|->
                      [--policy <id>] [--on YYYY-MM-DD] [--out <file.json|file.csv>] [--json] [--lang zh|en]

  --reform   a patch file (JSON or YAML): one patch or a list; repeat to stack patches, in order
  --policy   the policy the patches amend: ${Object.keys(POLICIES).join(", ")} (default jiaxing-2019)
  --on       the date claims are judged on (default: each claim's submittedOn)
  --out      write the per-claim differences to a file (CSV when it ends in .csv, else JSON)
  --json     print the whole comparison as JSON instead of tables
  --lang     language of the tables: zh (default) or en

Exit codes: 0 compared; 1 some records or claims invalid (left out); 2 usage error, unreadable input or invalid patch;
3 the --out file cannot be written.
`;



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

/** Runs `skills-subsidy diff`; returns the exit code. */
export function runDiff(args: readonly string[], io: CliIo): number {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: {
          reform: { type: "string", multiple: true },
          policy: { type: "string" },
          on: { type: "string" },
          out: { type: "string" },
          json: { type: "boolean" },
          lang: { type: "string" },
          help: { type: "boolean", short: "h" },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (values.help === true) {
      io.stdout(DIFF_USAGE);
      return 0;
    }
    const lang = pickLang(values.lang);
    const files = values.reform ?? [];
    if (files.length === 0) throw new UsageError("diff needs at least one --reform <patch-file>");
    const [claimsFile, ...extra] = positionals;
    if (claimsFile === undefined) throw new UsageError("diff needs a claims file (or - for standard input)");
    if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
    const on = pickDate(values.on);
    const base = pickPolicy(values.policy);

    const patches: unknown[] = [];
    const origin: string[] = [];
    for (const file of files) {
      let list: unknown[];
      try {
        list = readPatchFile(file);
      } catch (error) {
        throw unreadable(file, error);
      }
      patches.push(...list);
      origin.push(...list.map((_, i) => (list.length === 1 ? file : `${file}[${i}]`)));
    }
    const reformed = reformAll(base, patches);
    if (!reformed.ok) {
      const lines = reformed.issues.map((i) => {
        const [index, ...path] = i.path;
        return `  ${origin[index as number] ?? "?"} ${path.join(".") || "(top)"}: ${i.code} — ${lang === "zh" ? i.message.zh : i.message.en}`;
      });
      io.stderr(`skills-subsidy: ${lang === "zh" ? "改革方案无效" : "invalid patch"}\n${lines.join("\n")}\n`);
      return 2;
    }

    let raw: unknown;
    try {
      raw = claimsFile === "-" ? JSON.parse(io.readStdin?.() ?? "") : readDataFile(claimsFile);
    } catch (error) {
      throw unreadable(claimsFile, error);
    }
    const document = parseClaimsDocument(raw);
    if (!document.ok) {
      io.stderr(`${claimsFile}: not a claims document\n${invalidText([{ collection: "claims", index: 0, id: null, issues: document.issues }], lang)}\n`);
      return 2;
    }
    const comparison = compare(base, reformed.value.policy, document.value.document, on === undefined ? {} : { on });
    const stack = patches.map((p) => p as { id: string; label: { zh: string; en: string } });
    if (values.json === true) io.stdout(`${JSON.stringify(comparison, null, 2)}\n`);
    else io.stdout(comparisonText(comparison, stack, lang));
    if (document.value.invalid.length > 0) {
      io.stderr(`${lang === "zh" ? `无效记录 ${document.value.invalid.length} 条（未参与比较）：` : `${document.value.invalid.length} invalid records (left out):`}\n${invalidText(document.value.invalid, lang)}\n`);
    }
    if (values.out !== undefined) {
      const body = values.out.toLowerCase().endsWith(".csv")
        ? differencesCsv(comparison)
        : `${JSON.stringify({ base: comparison.base, reformed: comparison.reformed, claims: comparison.claims }, null, 2)}\n`;
      try {
        writeFileSync(values.out, body);
      } catch (error) {
        throw new OutputError(values.out, error);
      }
    }
    return document.value.invalid.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`skills-subsidy diff: ${error.message}\n\n${DIFF_USAGE}`);
      return 2;
    }
    if (error instanceof ReadError) {
      io.stderr(`skills-subsidy diff: ${error.message}\n`);
      return 2;
    }
    if (error instanceof OutputError) {
      io.stderr(`skills-subsidy diff: ${error.message}\n`);
      return 3;
    }
    throw error;
  }
}
