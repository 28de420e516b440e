/**
 * A decision as an official reads it: outcome, amount, payee, the paid lines, the reasons in
 * the language shown, each with its provision and the passage of the text in 「」 (the
 * English summary beside it, labelled as paraphrase); the parameters
 * read (value, layer) and the provenance behind a disclosure.
 */
import type { Decision, InvalidRecord } from "../src/index.js";
import { h, passage } from "./dom.js";
import { label, lang, t, term } from "./i18n.js";
import { cited, documentTitle, passagesOf, readingPassagesOf, summaryOf } from "./passages.js";

/** Outcomes as the CLI's tables print them. */
export const OUTCOME = {
  zh: { granted: "给予", denied: "不予", undecidable: "无法判定" },
  en: { granted: "granted", denied: "denied", undecidable: "undecidable" },
} as const;

/** A colon in the language shown. */
export function colon(): string {
  return lang() === "zh" ? "：" : ": ";
}

/** A paid line's unit in Chinese (the library writes units in English, as codes). */
const UNIT_ZH: Readonly<Record<string, string>> = { certificate: "证", day: "天", month: "个月", months: "个月", year: "年", years: "年", package: "个", person: "人", persons: "人" };

function unitOf(unit: string): string {
  return lang() === "zh" ? (UNIT_ZH[unit] ?? term(unit)) : unit;
}

/**
 * The text behind a provision: its passage of the text in 「」 (further passages behind a
 * disclosure), the catalogue's English summary labelled as paraphrase, and the passages the
 * library's readings of it rest on, behind a disclosure.
 */
export function textOf(provision: string, document: string): HTMLElement {
  const [first, ...others] = passagesOf(provision);
  const summary = summaryOf(provision);
  const readings = readingPassagesOf(provision);
  return h(
    "div",
    { class: "passages" },
    first === undefined ? null : passage(first.text, documentTitle(first.source)),
    others.length === 0 ? null : h("details", { class: "more" }, h("summary", {}, `${t().morePassages} (${others.length})`), others.map((p) => passage(p.text))),
    summary === undefined && first === undefined
      ? h("p", { class: "paraphrase" }, h("span", { class: "muted" }, t().noPassage), " ", provision, " — ", documentTitle(document))
      : summary === undefined
        ? null
        : h("p", { class: "paraphrase" }, h("span", { class: "muted" }, t().paraphrase, " "), h("span", { lang: "en" }, summary)),
    readings.length === 0
      ? null
      : h(
          "details",
          { class: "related" },
          h("summary", {}, `${t().related} (${readings.length})`),
          readings.map((p) => [passage(p.text, documentTitle(p.source)), h("p", { class: "via muted" }, `${t().seeReading}: ${p.via.id}${p.via.title === undefined ? "" : ` — ${p.via.title}`}`)]),
        ),
  );
}

/** One decision, as an article. */
export function decisionView(d: Decision): HTMLElement {
  const w = t();
  const l = lang();
  const outcome = OUTCOME[l][d.outcome];
  return h(
    "article",
    { class: `decision ${d.outcome}`, "data-claim": d.claimId, "data-outcome": d.outcome },
    h(
      "header",
      {},
      h("h3", {}, `${w.claim} ${d.claimId} · ${term(d.measure)}`),
      h(
        "p",
        { class: "verdict" },
        h("span", { class: `badge ${d.outcome}` }, outcome),
        d.amount === null ? null : h("span", { class: "amount", "data-amount": d.amount }, `${d.amount} ${w.yuan}`),
      ),
      d.payee === null ? null : h("p", {}, `${w.payee}${colon()}`, h("strong", {}, `${term(d.payee.kind)} ${d.payee.id}`)),
    ),
    d.lines.length === 0
      ? null
      : [
          h("h4", {}, w.lines),
          h(
            "ul",
            { class: "lines" },
            d.lines.map((line) =>
              h(
                "li",
                { "data-provision": line.citation.provision },
                h("p", {}, h("strong", {}, label(line.label)), `${colon()}${line.rate} × ${line.quantity} ${unitOf(line.unit)} = `, h("strong", {}, `${line.amount} ${w.yuan}`), h("small", { class: "cite" }, ` ${cited(line.citation)} · ${line.layer}`)),
                textOf(line.citation.provision, line.citation.document),
              ),
            ),
          ),
        ],
    h("h4", {}, w.reasons),
    h(
      "ol",
      { class: "reasons" },
      d.reasons.map((r) =>
        h(
          "li",
          { "data-code": r.code, "data-provision": r.citation.provision },
          h("p", { class: "reason" }, h("span", { class: "message" }, r.message[l]), h("small", { class: "cite" }, ` ${r.code} · ${cited(r.citation)}`)),
          textOf(r.citation.provision, r.citation.document),
        ),
      ),
    ),
    d.missingFacts.length === 0 ? null : h("p", { class: "missing" }, `${w.missingFacts}${colon()}${d.missingFacts.join(", ")}`),
    h(
      "details",
      { class: "trace" },
      h("summary", {}, l === "zh" ? "推理过程与读取的参数" : "Trace and parameters read"),
      h(
        "ul",
        {},
        d.trace.map((step) =>
          h(
            "li",
            { style: `margin-left:${step.depth}em` },
            `${label(step.label)} → ${JSON.stringify(step.result)} `,
            h("small", { class: "cite" }, `${cited(step.citation)} · ${step.layer}`),
            step.parameters.length === 0
              ? null
              : h(
                  "ul",
                  {},
                  step.parameters.map((p) => h("li", {}, h("code", {}, p.parameter), ` @ ${p.on} = `, h("code", {}, p.value === null ? `— (${p.missing})` : JSON.stringify(p.value).slice(0, 120)), h("small", { class: "cite" }, ` ${p.citation.provision} · ${p.layer}`))),
                ),
          ),
        ),
      ),
    ),
    h("p", { class: "provenance" }, `${w.provenance}${colon()}${d.provenance.library} ${d.provenance.version} · ${d.provenance.policy.id} ${d.provenance.policy.hash.slice(0, 12)} · ${l === "zh" ? "判定日" : "judged on"} ${d.provenance.judgedOn}`),
  );
}

/** The records that could not be read, each issue with its field path, in the language shown. */
export function invalidView(invalid: readonly InvalidRecord[], head: string): HTMLElement {
  const l = lang();
  return h(
    "div",
    { class: "error", role: "alert" },
    h("p", {}, head),
    h("ul", {}, invalid.flatMap((r) => r.issues.map((i) => h("li", {}, h("code", {}, [r.collection, r.index, ...i.path].join(".")), r.id === null ? "" : ` (${r.id})`, `${colon()}${i.message[l]}`)))),
  );
}
