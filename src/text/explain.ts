/**
 * A decision explained as text, as `skills-subsidy explain` and the web service's
 * `POST /explain` print it: outcome, amount, payee, the paid lines, each reason with the
 * passage of the text its provision stands for (verbatim, in 「」, from the provision
 * catalogue; in English also the catalogue's summary, marked as paraphrase), the trace with
 * the parameters read, and the provenance.
 *
 * Browser-safe: no Node APIs. The passages come from src/law/provisionTexts.ts (generated
 * from law/provisions.json), which the core entry does not import: a decision carries the
 * provision id, and what shows it to people looks the words up.
 */
import { terms as enTerms } from "../locales/en.js";
import { terms as zhTerms } from "../locales/zh-CN.js";
import type { Decision } from "../core/decision.js";
import { PROVISION_TEXTS } from "../law/provisionTexts.js";
import type { ProvisionText } from "../law/provisionTexts.js";
import { displayWidth as displayWidthOf, truncate } from "./format.js";

/** The language of a text for people. */
export type Lang = "zh" | "en";

/** The passage and summary of a provision id of the catalogue, or undefined for an id it does not know. */
export function provisionText(provision: string): ProvisionText | undefined {
  return Object.hasOwn(PROVISION_TEXTS, provision) ? PROVISION_TEXTS[provision as keyof typeof PROVISION_TEXTS] : undefined;
}

/** A catalogue summary as plain text: its Markdown marks (`code`, **emphasis**) dropped. */
export function plainSummary(summary: string): string {
  return summary.replace(/\*\*|`/g, "");
}

/** Outcomes in words. */
export const OUTCOME: Record<Lang, Record<Decision["outcome"], string>> = {
  zh: { granted: "给予", denied: "不予", undecidable: "无法判定" },
  en: { granted: "granted", denied: "denied", undecidable: "undecidable" },
};

/** Measures in Chinese. */
export const MEASURE_ZH: Record<string, string> = {
  trainingSubsidy: "职业培训补贴",
  insuredSkillUpgradeSubsidy: "参保职工技能提升补贴",
  livingAllowance: "生活费补贴",
  appraisalSubsidy: "职业技能鉴定补贴",
  apprenticeshipSubsidy: "新型学徒制培训补贴",
  workForTrainingSubsidy: "以工代训补贴",
  trainingPackageGrant: "培训包开发补助",
};

/**
 * A measure in words, as the table and `explain` name it: {@link MEASURE_ZH} in Chinese, the
 * English terms in English; the code itself for a measure neither knows.
 * @example [measureName("livingAllowance", "zh"), measureName("livingAllowance", "en"), measureName("moonSubsidy", "en")] // → ["生活费补贴","living allowance","moonSubsidy"]
 */
export function measureName(measure: string, lang: "zh" | "en"): string {
  return (lang === "zh" ? MEASURE_ZH[measure] : enTerms[measure]) ?? measure;
}

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
  out.push(`${zh ? "申请" : "claim"} ${d.claimId} · ${measureName(d.measure, lang)} · ${OUTCOME[lang][d.outcome]}${d.amount === null ? "" : ` · ${d.amount} ${zh ? "元" : "yuan"}`}`);
  if (d.payee !== null) out.push(zh ? `补贴发放对象：${zhTerms[d.payee.kind] ?? d.payee.kind} ${d.payee.id}` : `payee: ${d.payee.kind}:${d.payee.id}`);
  for (const l of d.lines) {
    out.push(`  ${zh ? l.label.zh : l.label.en}: ${l.rate} × ${l.quantity} ${l.unit} = ${l.amount}  [${l.citation.provision} ${l.citation.clause} · ${l.layer}]`);
  }
  out.push(zh ? "理由：" : "reasons:");
  // Each reason with the words of its provision: in 「」, the text itself; a provision cited again is not quoted twice.
  const quoted = new Set<string>();
  for (const r of d.reasons) {
    out.push(`  - ${zh ? r.message.zh : r.message.en}  [${r.code} · ${r.citation.provision} ${r.citation.clause}]`);
    const text = provisionText(r.citation.provision);
    if (text === undefined) continue;
    if (quoted.has(r.citation.provision)) {
      out.push(zh ? "    （条文同上）" : "    (text as above)");
      continue;
    }
    quoted.add(r.citation.provision);
    out.push(`    \u300c${text.passage}\u300d`);
    if (!zh) out.push(`    paraphrase: ${plainSummary(text.summary)}`);
  }
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
