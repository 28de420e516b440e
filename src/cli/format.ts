/** Text output for people: aligned tables (CJK-aware) and decision summaries. */
import type { BatchResult, Decision, InvalidRecord, Policy } from "../index.js";
import { amount, toYuan, VERSION } from "../index.js";

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

const OUTCOME: Record<Lang, Record<Decision["outcome"], string>> = {
  zh: { granted: "给予", denied: "不予", undecidable: "无法判定" },
  en: { granted: "granted", denied: "denied", undecidable: "undecidable" },
};

const MEASURE_ZH: Record<string, string> = {
  trainingSubsidy: "职业培训补贴",
  insuredSkillUpgradeSubsidy: "参保职工技能提升补贴",
  livingAllowance: "生活费补贴",
  appraisalSubsidy: "职业技能鉴定补贴",
  apprenticeshipSubsidy: "新型学徒制培训补贴",
  workForTrainingSubsidy: "以工代训补贴",
  trainingPackageGrant: "培训包开发补助",
};

/** The decisions of a batch as a table, with totals and the invalid records after it. */
export function decisionsTable(policy: Policy, result: BatchResult, invalid: readonly InvalidRecord[], lang: Lang): string {
  const zh = lang === "zh";
  const header = zh ? ["申请", "补贴", "结果", "补贴对象", "金额（元）", "理由", "依据"] : ["claim", "measure", "outcome", "payee", "amount", "reasons", "provisions"];
  // People look claims up by id; the JSON output keeps the order they were judged in.
  const byId = [...result.decisions].sort((a, b) => (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0));
  const rows = byId.map((d) => [
    d.claimId,
    zh ? (MEASURE_ZH[d.measure] ?? d.measure) : d.measure,
    OUTCOME[lang][d.outcome],
    d.payee === null ? "—" : `${d.payee.kind}:${d.payee.id}`,
    d.amount ?? "—",
    d.reasons.map((r) => r.code).join(", "),
    [...new Set([...d.lines.map((l) => l.citation.provision), ...d.reasons.map((r) => r.citation.provision)])].join(", "),
  ]);
  const granted = result.decisions.filter((d) => d.outcome === "granted");
  const total = toYuan(granted.reduce((acc, d) => acc.plus(amount(d.amount ?? "0")), amount(0)));
  const count = (o: Decision["outcome"]) => result.decisions.filter((d) => d.outcome === o).length;
  const out = [
    zh
      ? `skills-subsidy ${VERSION} · 政策 ${policy.id}（${policy.hash.slice(0, 12)}）· ${result.decisions.length} 项申请`
      : `skills-subsidy ${VERSION} · policy ${policy.id} (${policy.hash.slice(0, 12)}) · ${result.decisions.length} claims`,
    "",
    table(header, rows, new Set([4])),
    "",
    zh
      ? `给予 ${count("granted")} 项，共 ${total} 元；不予 ${count("denied")} 项；无法判定 ${count("undecidable")} 项。`
      : `granted ${count("granted")}, total ${total} yuan; denied ${count("denied")}; undecidable ${count("undecidable")}.`,
  ];
  if (invalid.length > 0) {
    out.push("", zh ? `无效记录 ${invalid.length} 条：` : `${invalid.length} invalid records:`);
    out.push(invalidText(invalid, lang));
  }
  return `${out.join("\n")}\n`;
}

/** One line per issue of each invalid record: where, which field, why. */
export function invalidText(invalid: readonly InvalidRecord[], lang: Lang): string {
  return invalid
    .flatMap((r) => r.issues.map((i) => `  ${r.collection}[${r.index}]${r.id === null ? "" : ` (${r.id})`} ${i.path.join(".")}: ${i.code} — ${lang === "zh" ? i.message.zh : i.message.en}`))
    .join("\n");
}

/** A decision's trace as readable text. */
export function explainText(d: Decision, lang: Lang): string {
  const zh = lang === "zh";
  const out: string[] = [];
  out.push(`${zh ? "申请" : "claim"} ${d.claimId} · ${zh ? (MEASURE_ZH[d.measure] ?? d.measure) : d.measure} · ${OUTCOME[lang][d.outcome]}${d.amount === null ? "" : ` · ${d.amount} ${zh ? "元" : "yuan"}`}`);
  if (d.payee !== null) out.push(`${zh ? "补贴对象" : "payee"}: ${d.payee.kind}:${d.payee.id}`);
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
