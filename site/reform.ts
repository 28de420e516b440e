/**
 * The reform page: change one parameter (from the parameter list), read a population (JSON,
 * NDJSON or CSV), and compare the policy with the reformed one as `skills-subsidy diff`
 * does (`reform`, `compare`): totals by provision, region, occupation and payee kind, the
 * outcome changes, and a chart by provision.
 */
import data from "site-data:law";
import type { Comparison, TotalRow } from "../src/reform/index.js";
import { isCivilDate, parseClaimsDocument } from "../src/index.js";
import { compare, listParameters, reform } from "../src/reform/index.js";
import { colon, invalidView, OUTCOME } from "./decision.js";
import { field, h, replace, s, select } from "./dom.js";
import { label, lang, regionName, t, term } from "./i18n.js";
import { policyFor, policyOptions, takesCatalogue } from "./policy.js";
import type { PopulationFormat } from "./population.js";
import { readPopulation } from "./population.js";

/** What the page shows; kept across language switches. */
export const reformState = {
  policy: "jiaxing-2019",
  catalogue: false,
  parameter: "livingAllowance.dailyRate",
  from: "2021-01-01",
  until: "2022-01-01",
  value: '"60.00"',
  population: data.population,
  format: "auto" as PopulationFormat | "auto",
  compared: false,
};

/** Opens the page on a parameter (from the parameters page). */
export function reformParameter(policy: string, catalogue: boolean, id: string): void {
  reformState.policy = policy;
  reformState.catalogue = catalogue;
  reformState.parameter = id;
  reformState.value = currentValue(policy, catalogue, id, reformState.from);
  reformState.compared = false;
}

function currentValue(policy: string, catalogue: boolean, id: string, on: string): string {
  const p = listParameters(policyFor(policy, catalogue), isCivilDate(on) ? on : undefined).find((q) => q.id === id);
  const f = p?.inForce;
  const value = f !== undefined && f.inForce ? f.value : (p?.values.at(-1)?.value ?? null);
  return JSON.stringify(value, null, value !== null && typeof value === "object" ? 2 : undefined);
}

function totalsTable(caption: string, rows: readonly TotalRow[], name: (key: string) => string, kind: string): HTMLElement {
  const w = t();
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "totals", "data-totals": kind },
      h("caption", {}, caption),
      h("thead", {}, h("tr", {}, ["", w.base, w.reformed, w.delta, w.claims, w.changed].map((c, i) => h("th", { scope: "col", class: i === 0 ? "" : "num" }, c)))),
      h(
        "tbody",
        {},
        rows.map((r) => h("tr", { "data-key": r.key }, h("th", { scope: "row" }, name(r.key)), h("td", { class: "num" }, r.base), h("td", { class: "num" }, r.reformed), h("td", { class: `num ${r.delta.startsWith("-") ? "neg" : r.delta === "0.00" ? "" : "pos"}` }, r.delta), h("td", { class: "num" }, r.claims), h("td", { class: "num" }, r.changed))),
      ),
    ),
  );
}

/** Base and reformed amounts by provision, as horizontal bar pairs. */
function chart(rows: readonly TotalRow[]): SVGElement {
  const w = t();
  const max = Math.max(1, ...rows.flatMap((r) => [Number(r.base), Number(r.reformed)]));
  const W = 720;
  const left = 230;
  const right = 110;
  const band = 44;
  const H = 30 + rows.length * band;
  const x = (v: number) => ((W - left - right) * v) / max;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", class: "chart", "data-chart": "by-provision", "aria-label": w.chartTitle });
  svg.appendChild(s("title", {}, w.chartTitle));
  // legend
  svg.appendChild(s("rect", { x: left, y: 4, width: 12, height: 12, class: "bar base" }));
  svg.appendChild(s("text", { x: left + 16, y: 14, class: "legend" }, w.base));
  svg.appendChild(s("rect", { x: left + 110, y: 4, width: 12, height: 12, class: "bar reformed" }));
  svg.appendChild(s("text", { x: left + 126, y: 14, class: "legend" }, w.reformed));
  rows.forEach((r, i) => {
    const y = 26 + i * band;
    svg.appendChild(s("text", { x: left - 6, y: y + 19, "text-anchor": "end", class: "label" }, r.key));
    svg.appendChild(s("rect", { x: left, y, width: Math.max(x(Number(r.base)), 1), height: 15, class: "bar base" }, s("title", {}, `${w.base}: ${r.base}`)));
    svg.appendChild(s("rect", { x: left, y: y + 17, width: Math.max(x(Number(r.reformed)), 1), height: 15, class: "bar reformed" }, s("title", {}, `${w.reformed}: ${r.reformed}`)));
    svg.appendChild(s("text", { x: left + Math.max(x(Number(r.base)), x(Number(r.reformed))) + 6, y: y + 20, class: "value" }, `${r.delta.startsWith("-") || r.delta === "0.00" ? "" : "+"}${r.delta}`));
  });
  return svg;
}

/** The claims whose outcome or amount changed, each with both sides and the provision the difference is credited to. */
function changedClaims(c: Comparison): HTMLElement | null {
  const w = t();
  const l = lang();
  const changed = c.claims.filter((d) => d.changed);
  if (changed.length === 0) return null;
  const side = (s: Comparison["claims"][number]["base"]) => `${OUTCOME[l][s.outcome]}${s.amount === null ? "" : ` ${s.amount}`}`;
  return h(
    "details",
    { class: "changed-claims" },
    h("summary", {}, `${w.changedClaims} (${changed.length})`),
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { "data-totals": "claims" },
        h("thead", {}, h("tr", {}, [w.claim, w.measure, w.base, w.reformed, w.delta, w.provision].map((x) => h("th", { scope: "col" }, x)))),
        h(
          "tbody",
          {},
          changed.map((d) => h("tr", { "data-key": d.claimId }, h("th", { scope: "row" }, d.claimId), h("td", {}, term(d.measure)), h("td", {}, side(d.base)), h("td", {}, side(d.reformed)), h("td", { class: "num" }, d.delta), h("td", {}, d.attribution.map((a) => a.provision).join(", ")))),
        ),
      ),
    ),
  );
}

function comparisonView(c: Comparison): HTMLElement {
  const w = t();
  const all = c.totals.all;
  const occupation = (key: string) => key;
  return h(
    "section",
    { class: "comparison", "data-delta": all.delta },
    h("h3", { id: "comparison-head", tabindex: "-1" }, w.totals),
    h(
      "p",
      { class: "headline" },
      `${w.base} `,
      h("strong", {}, `${all.base} ${w.yuan}`),
      ` → ${w.reformed} `,
      h("strong", {}, `${all.reformed} ${w.yuan}`),
      ` · ${w.delta} `,
      h("strong", { class: "delta", "data-delta": all.delta }, `${all.delta} ${w.yuan}`),
      ` · ${all.changed} / ${all.claims} ${w.claimsChanged}`,
    ),
    h("p", { class: "muted" }, `${c.base.id} ${c.base.hash.slice(0, 12)} → ${c.reformed.id} ${c.reformed.hash.slice(0, 12)}`),
    c.totals.byProvision.length === 0 ? null : h("figure", {}, chart(c.totals.byProvision), h("figcaption", {}, w.chartTitle)),
    totalsTable(w.byProvision, c.totals.byProvision, (k) => k, "provision"),
    totalsTable(w.byRegion, c.totals.byRegion, (k) => `${regionName(k)}${regionName(k) === k ? "" : ` (${k})`}`, "region"),
    totalsTable(w.byOccupation, c.totals.byOccupation, occupation, "occupation"),
    totalsTable(w.byPayeeKind, c.totals.byPayeeKind, term, "payee"),
    changedClaims(c),
    c.totals.outcomes.length === 0 ? null : h("div", {}, h("h4", {}, w.outcomes), h("ul", {}, c.totals.outcomes.map((o) => h("li", {}, `${OUTCOME[lang()][o.from]} → ${OUTCOME[lang()][o.to]}: ${o.claims}`)))),
  );
}

/** Renders the reform page into `root`. */
export function renderReform(root: HTMLElement): void {
  const w = t();
  const st = reformState;
  const out = h("div", { class: "reform-out", "aria-live": "polite" });
  const policySel = select(policyOptions(), st.policy, { name: "policy" });
  const catalogueBox = h("input", { type: "checkbox", id: "reform-catalogue" });
  catalogueBox.checked = st.catalogue;
  catalogueBox.disabled = !takesCatalogue(st.policy);
  const listing = () => listParameters(policyFor(st.policy, st.catalogue)).filter((p) => p.reformable);
  const paramSel = select(
    listing().map((p) => [p.id, `${p.id} — ${label(p.label)}`]),
    st.parameter,
    { name: "parameter" },
  );
  const fromInput = h("input", { type: "date", name: "from", value: st.from, required: true });
  const untilInput = h("input", { type: "date", name: "until", value: st.until });
  const valueInput = h("textarea", { name: "value", rows: "3", spellcheck: "false" });
  valueInput.value = st.value;
  const popInput = h("textarea", { name: "population", rows: "10", spellcheck: "false" });
  popInput.value = st.population;
  const formatSel = select(
    [
      ["auto", w.formatAuto],
      ["json", "JSON"],
      ["ndjson", "NDJSON"],
      ["csv", "CSV"],
    ],
    st.format,
    { name: "format" },
  );
  const file = h("input", { type: "file", name: "file", accept: ".json,.ndjson,.jsonl,.csv,application/json,text/csv" });
  let fileName: string | undefined;
  // text typed or pasted is detected by its contents, not by the name of a file read before
  popInput.addEventListener("input", () => (fileName = undefined));
  file.addEventListener("change", () => {
    const f = file.files?.[0];
    if (f === undefined) return;
    fileName = f.name;
    void f.text().then((text) => {
      popInput.value = text;
      st.population = text;
    });
  });

  const refreshParams = () => {
    const params = listing();
    if (!params.some((p) => p.id === st.parameter)) st.parameter = params[0]?.id ?? "";
    replace(paramSel, params.map((p) => h("option", { value: p.id, selected: p.id === st.parameter }, `${p.id} — ${label(p.label)}`)));
    paramSel.value = st.parameter;
  };
  policySel.addEventListener("change", () => {
    st.policy = policySel.value;
    catalogueBox.disabled = !takesCatalogue(st.policy);
    refreshParams();
    st.value = currentValue(st.policy, st.catalogue, st.parameter, st.from);
    valueInput.value = st.value;
  });
  catalogueBox.addEventListener("change", () => ((st.catalogue = catalogueBox.checked), refreshParams()));
  paramSel.addEventListener("change", () => {
    st.parameter = paramSel.value;
    st.value = currentValue(st.policy, st.catalogue, st.parameter, fromInput.value);
    valueInput.value = st.value;
  });

  const run = () => {
    st.from = fromInput.value;
    st.until = untilInput.value;
    st.value = valueInput.value;
    st.population = popInput.value;
    st.format = formatSel.value as PopulationFormat | "auto";
    st.compared = true;
    const l = lang();
    let value: unknown;
    try {
      value = JSON.parse(st.value);
    } catch (e) {
      replace(out, h("div", { class: "error", role: "alert" }, `${w.newValue}: ${w.jsonError} ${e instanceof Error ? e.message : String(e)}`));
      return;
    }
    const base = policyFor(st.policy, st.catalogue);
    const patch = {
      id: "explorer",
      label: { zh: `改革：${st.parameter} 自 ${st.from} 起`, en: `reform: ${st.parameter} from ${st.from}` },
      changes: [{ parameter: st.parameter, from: st.from, ...(st.until === "" ? {} : { until: st.until }), value }],
    };
    const r = reform(base, patch);
    if (!r.ok) {
      replace(out, h("div", { class: "error", role: "alert" }, h("p", {}, w.reformErrors), h("ul", {}, r.issues.map((i) => h("li", {}, h("code", {}, i.path.join(".")), `${colon()}${i.message[l]}`)))));
      return;
    }
    const read = readPopulation(st.population, st.format, fileName);
    if (!read.ok) {
      replace(out, h("div", { class: "error", role: "alert" }, read.message[l]));
      return;
    }
    const parsed = parseClaimsDocument(read.raw);
    if (!parsed.ok) {
      replace(out, h("div", { class: "error", role: "alert" }, h("p", {}, w.invalid), h("ul", {}, parsed.issues.map((i) => h("li", {}, h("code", {}, i.path.join(".") || "(document)"), `${colon()}${i.message[l]}`)))));
      return;
    }
    if (parsed.value.document.claims.length === 0) {
      replace(out, parsed.value.invalid.length === 0 ? null : invalidView(parsed.value.invalid, w.popErrors), h("p", {}, w.noClaims));
      return;
    }
    const c = compare(base, r.value.policy, parsed.value.document);
    replace(out, parsed.value.invalid.length === 0 ? null : invalidView(parsed.value.invalid, w.popErrors), comparisonView(c));
    out.querySelector<HTMLElement>("#comparison-head")?.focus();
  };

  replace(
    root,
    h("h2", {}, w.tabReform),
    h("p", {}, w.reformIntro),
    h(
      "form",
      { class: "reform-form", onsubmit: (e: Event) => (e.preventDefault(), run()) },
      h(
        "div",
        { class: "fieldsets" },
        h(
          "fieldset",
          {},
          h("legend", {}, w.parameter),
          field(w.policy, policySel),
          h("div", { class: "field check" }, catalogueBox, h("label", { for: catalogueBox.id }, w.catalogue)),
          field(w.parameter, paramSel),
          field(w.from, fromInput),
          field(w.until, untilInput, w.untilHint),
          field(w.newValue, valueInput),
        ),
        h("fieldset", {}, h("legend", {}, w.population), field(w.population, popInput, w.populationHint), field(w.format, formatSel), field(w.upload, file)),
      ),
      h("p", {}, h("button", { type: "submit", class: "primary", id: "compare" }, w.compare)),
    ),
    out,
  );
  if (st.compared) run();
}
