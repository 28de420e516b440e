/** Text for people: display widths (CJK-aware), labels, and a decision explained. */
import { terms as zhTerms } from "../locales/zh-CN.js";
import type { Decision, InvalidRecord } from "../index.js";
import { displayWidth as displayWidthOf, textTable, truncate } from "../text/format.js";

export type Lang = "zh" | "en";

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

export const OUTCOME: Record<Lang, Record<Decision["outcome"], string>> = {
  zh: { granted: "给予", denied: "不予", undecidable: "无法判定" },
  en: { granted: "granted", denied: "denied", undecidable: "undecidable" },
};

export const MEASURE_ZH: Record<string, string> = {
  trainingSubsidy: "职业培训补贴",
  insuredSkillUpgradeSubsidy: "参保职工技能提升补贴",
  livingAllowance: "生活费补贴",
  appraisalSubsidy: "职业技能鉴定补贴",
  apprenticeshipSubsidy: "新型学徒制培训补贴",
  workForTrainingSubsidy: "以工代训补贴",
  trainingPackageGrant: "培训包开发补助",
};

/** The widest a value (a parameter's, a step's result) is shown in `explain` unless `--full`. */
export const EXPLAIN_VALUE_WIDTH = 80;

/**
 * A decision's trace as readable text. Values wider than {@link EXPLAIN_VALUE_WIDTH}
 * columns (a whole catalogue edition read as a parameter) are cut, and a last line says
 * how to see them whole; `full` (explain --wide) shows every value whole.
 */
export function explainText(d: Decision, lang: Lang, options: { readonly full?: boolean } = {}): string {
  const zh = lang === "zh";
  let cut = 0;
  const value = (v: unknown): string => {
    const text = JSON.stringify(v) ?? String(v);
    if (options.full === true || displayWidthOf(text) <= EXPLAIN_VALUE_WIDTH) return text;
    cut += 1;
    return truncate(text, EXPLAIN_VALUE_WIDTH);
  };
  const out: string[] = [];
  out.push(`${zh ? "申请" : "claim"} ${d.claimId} · ${zh ? (MEASURE_ZH[d.measure] ?? d.measure) : d.measure} · ${OUTCOME[lang][d.outcome]}${d.amount === null ? "" : ` · ${d.amount} ${zh ? "元" : "yuan"}`}`);
  if (d.payee !== null) out.push(zh ? `补贴发放对象：${zhTerms[d.payee.kind] ?? d.payee.kind} ${d.payee.id}` : `payee: ${d.payee.kind}:${d.payee.id}`);
  for (const l of d.lines) {
    out.push(`  ${zh ? l.label.zh : l.label.en}: ${l.rate} × ${l.quantity} ${l.unit} = ${l.amount}  [${l.citation.provision} ${l.citation.clause} · ${l.layer}]`);
  }
  out.push(zh ? "理由：" : "reasons:");
  for (const r of d.reasons) out.push(`  - ${zh ? r.message.zh : r.message.en}  [${r.code} · ${r.citation.provision} ${r.citation.clause}]`);
  if (d.missingFacts.length > 0) out.push(`${zh ? "缺少的事实" : "missing facts"}: ${d.missingFacts.join(", ")}`);
  out.push(zh ? "推理过程：" : "trace:");
  for (const s of d.trace) {
    const who = s.override === undefined ? s.layer : `${s.layer}, ${s.override.kind}: ${zh ? s.override.label.zh : s.override.label.en}`;
    out.push(`${"  ".repeat(s.depth + 1)}${zh ? s.label.zh : s.label.en} → ${value(s.result)}  [${s.citation.provision} ${s.citation.clause} · ${who}]`);
    for (const p of s.parameters) {
      const shown = p.value === null ? (zh ? `无（${p.missing}）` : `none (${p.missing})`) : value(p.value);
      out.push(`${"  ".repeat(s.depth + 2)}${p.parameter} @ ${p.on} = ${shown}  [${p.citation.provision} · ${p.layer}]`);
    }
  }
  out.push(
    `${zh ? "来源" : "provenance"}: ${d.provenance.library} ${d.provenance.version} · ${d.provenance.policy.id} ${d.provenance.policy.hash.slice(0, 12)} · ${zh ? "判定日" : "judged on"} ${d.provenance.judgedOn}`,
  );
  if (cut > 0) {
    out.push(
      zh
        ? `（${cut} 个取值超过 ${EXPLAIN_VALUE_WIDTH} 列，已截断并以 … 结尾；完整内容：加 --wide，或用 evaluate --format json）`
        : `(${cut} ${cut === 1 ? "value is" : "values are"} longer than ${EXPLAIN_VALUE_WIDTH} columns and cut at …; to see them whole: --wide, or evaluate --format json)`,
    );
  }
  return `${out.join("\n")}\n`;
}
