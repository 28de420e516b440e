/** Text for people: display widths (CJK-aware), labels, and a decision explained. */
import { terms as zhTerms } from "../locales/zh-CN.js";
import type { Decision, InvalidRecord } from "../index.js";

export type Lang = "zh" | "en";

/** Display width of a string in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number, right = false): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** Renders rows as a table with a header rule; columns in `right` are right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], right: ReadonlySet<number> = new Set()): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0, right.has(i)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
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

/** A decision's trace as readable text. */
export function explainText(d: Decision, lang: Lang): string {
  const zh = lang === "zh";
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
    out.push(`${"  ".repeat(s.depth + 1)}${zh ? s.label.zh : s.label.en} → ${JSON.stringify(s.result)}  [${s.citation.provision} ${s.citation.clause} · ${who}]`);
    for (const p of s.parameters) {
      const value = p.value === null ? (zh ? `无（${p.missing}）` : `none (${p.missing})`) : JSON.stringify(p.value);
      out.push(`${"  ".repeat(s.depth + 2)}${p.parameter} @ ${p.on} = ${value}  [${p.citation.provision} · ${p.layer}]`);
    }
  }
  out.push(
    `${zh ? "来源" : "provenance"}: ${d.provenance.library} ${d.provenance.version} · ${d.provenance.policy.id} ${d.provenance.policy.hash.slice(0, 12)} · ${zh ? "判定日" : "judged on"} ${d.provenance.judgedOn}`,
  );
  return `${out.join("\n")}\n`;
}
