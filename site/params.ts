/**
 * The parameters page: every parameter of a policy, its timeline of dated values, the layer
 * and citation of each value and the passage of the text that sets it; with a date, the
 * value in force that day and where it comes from.
 */
import type { CivilDate } from "../src/index.js";
import type { ParameterListing, ParameterValueRow } from "../src/reform/index.js";
import { daysBetween, isCivilDate } from "../src/index.js";
import { listParameters } from "../src/reform/index.js";
import { field, h, passage, replace, s, select } from "./dom.js";
import { label, lang, t } from "./i18n.js";
import { cited, documentTitle } from "./passages.js";
import { policyFor, policyOptions, takesCatalogue } from "./policy.js";

/** What the page shows; kept across language switches. */
export const paramsState = { policy: "jiaxing-2019", catalogue: true, on: "2020-06-01", filter: "", selected: "livingAllowance.dailyRate" };

/** A value as text: strings bare, `null` as the end, anything else as JSON. */
export function showValue(value: unknown): string {
  if (value === null) return t().ends;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** A value for a table cell: short ones inline, long ones in a disclosure. */
function valueCell(value: unknown): HTMLElement {
  const text = showValue(value);
  if (text.length <= 60) return h("code", { class: "value" }, text);
  return h("details", { class: "long-value" }, h("summary", {}, h("code", {}, `${text.slice(0, 48)}…`)), h("pre", {}, JSON.stringify(value, null, 2)));
}

function passageOf(v: { readonly passage: string | null; readonly citation: { readonly document: string } }): HTMLElement {
  return v.passage === null ? h("span", { class: "muted" }, t().noPassage) : passage(v.passage, documentTitle(v.citation.document));
}

/** The timeline of a parameter: one lane per layer, one bar per dated value, a line on the date asked for. */
function timeline(p: ParameterListing, on: CivilDate | undefined): SVGElement | null {
  const rows = p.values;
  if (rows.length === 0) return null;
  const dates = rows.flatMap((r) => (r.until === null ? [r.from] : [r.from, r.until]));
  if (on !== undefined) dates.push(on);
  const sorted = [...dates].sort();
  const first = sorted[0] as CivilDate;
  let last = sorted[sorted.length - 1] as CivilDate;
  // an open end runs on: give it a year past the last date
  const span = Math.max(daysBetween(first, last), 1) + 365;
  last = last as CivilDate;
  const layers = [...new Set(rows.map((r) => r.layer))];
  const W = 760;
  const left = 190;
  const lane = 34;
  const top = 8;
  const H = top + layers.length * lane + 26;
  const x = (d: CivilDate) => left + ((W - left - 10) * daysBetween(first, d)) / span;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", class: "timeline", "data-parameter": p.id, "aria-label": `${t().timeline}: ${p.id}` });
  layers.forEach((layerId, i) => {
    svg.appendChild(s("text", { x: 4, y: top + i * lane + 21, class: "lane-label" }, layerId));
  });
  for (const r of rows) {
    const i = layers.indexOf(r.layer);
    const x0 = x(r.from);
    const x1 = r.until === null ? W - 10 : x(r.until);
    const y = top + i * lane + 4;
    const ended = r.value === null;
    const g = s("g", { class: ended ? "seg ended" : "seg" });
    g.appendChild(s("title", {}, `${r.from} – ${r.until ?? "…"}: ${showValue(r.value)} (${r.layer}, ${cited(r.citation)})`));
    g.appendChild(s("rect", { x: x0, y, width: Math.max(x1 - x0, 2), height: lane - 10, rx: 3 }));
    const text = showValue(r.value);
    if (x1 - x0 > 40) g.appendChild(s("text", { x: x0 + 5, y: y + 17, class: "seg-label" }, text.length > (x1 - x0) / 8 ? `${text.slice(0, Math.max(Math.floor((x1 - x0) / 8) - 1, 1))}…` : text));
    svg.appendChild(g);
  }
  // axis: the first day of each year
  const y0 = top + layers.length * lane + 14;
  const firstYear = Number(first.slice(0, 4));
  const lastYear = Number(last.slice(0, 4)) + 1;
  const step = Math.max(1, Math.ceil((lastYear - firstYear) / 8));
  for (let year = firstYear; year <= lastYear; year += step) {
    const d = `${year}-01-01` as CivilDate;
    if (d < first) continue;
    const xx = x(d);
    if (xx > W - 24) break;
    svg.appendChild(s("line", { x1: xx, x2: xx, y1: top, y2: y0 - 8, class: "tick" }));
    svg.appendChild(s("text", { x: xx, y: y0 + 6, class: "tick-label", "text-anchor": "middle" }, String(year)));
  }
  if (on !== undefined) {
    const xo = x(on);
    svg.appendChild(s("line", { x1: xo, x2: xo, y1: 0, y2: y0 - 4, class: "on-line" }));
    svg.appendChild(s("text", { x: Math.min(xo + 3, W - 70), y: H - 2, class: "on-label" }, on));
  }
  return svg;
}

function valuesTable(rows: readonly ParameterValueRow[]): HTMLElement {
  const w = t();
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "values" },
      h("thead", {}, h("tr", {}, [w.from, w.until, w.value, w.layer, w.provision, w.passageHead].map((c) => h("th", { scope: "col" }, c)))),
      h(
        "tbody",
        {},
        rows.map((v) => h("tr", {}, h("td", {}, v.from), h("td", {}, v.until ?? w.open), h("td", {}, valueCell(v.value)), h("td", {}, h("code", {}, v.layer), v.kind === "declared" ? null : h("small", {}, ` (${v.kind})`)), h("td", {}, cited(v.citation)), h("td", {}, passageOf(v)))),
      ),
    ),
  );
}

function inForceBlock(p: ParameterListing, on: CivilDate): HTMLElement | null {
  const f = p.inForce;
  if (f === undefined) return null;
  const w = t();
  if (!f.inForce) return h("p", { class: "in-force not" }, `${w.inForceOn} (${on}): `, h("strong", {}, w.notInForce[f.reason]), ` — ${f.layer}, ${cited(f.citation)}`);
  return h(
    "div",
    { class: "in-force", "data-in-force": "" },
    h("p", {}, `${w.inForceOn} (${on}): `, h("strong", { class: "in-force-value" }, showValue(f.value).length > 200 ? `${showValue(f.value).slice(0, 199)}…` : showValue(f.value)), " ", w.from, " ", f.from, " · ", h("code", {}, f.layer), " · ", cited(f.citation)),
    f.passage === null ? null : passage(f.passage, documentTitle(f.citation.document)),
  );
}

function detail(p: ParameterListing, on: CivilDate | undefined, onReform: (id: string) => void): HTMLElement {
  const w = t();
  return h(
    "article",
    { class: "param-detail", "aria-labelledby": "param-title", "data-parameter": p.id },
    h("h3", { id: "param-title", tabindex: "-1" }, h("code", {}, p.id)),
    h("p", { class: "param-label" }, label(p.label)),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, w.unit),
      h("dd", {}, p.unit ?? "—"),
      h("dt", {}, w.declaredBy),
      h("dd", {}, h("code", {}, p.declaredBy), ` (${cited(p.citation)})`),
      h("dt", {}, w.readBy),
      h("dd", {}, p.readBy.length === 0 ? "—" : p.readBy.join(", ")),
    ),
    on === undefined ? null : inForceBlock(p, on),
    p.values.length === 0 ? h("p", { class: "muted" }, w.noValues) : [h("h4", {}, w.timeline), timeline(p, on), valuesTable(p.values)],
    p.reformable ? h("button", { type: "button", class: "secondary", onclick: () => onReform(p.id) }, w.reform) : null,
  );
}

/** Renders the parameters page into `root`. */
export function renderParams(root: HTMLElement, onReform: (policy: string, catalogue: boolean, id: string) => void): void {
  const w = t();
  const st = paramsState;
  const policySel = select(policyOptions(), st.policy, { name: "policy" });
  const catalogueBox = h("input", { type: "checkbox", id: "params-catalogue" });
  catalogueBox.checked = st.catalogue;
  catalogueBox.disabled = !takesCatalogue(st.policy);
  const onInput = h("input", { type: "date", name: "on", value: st.on });
  const filterInput = h("input", { type: "search", name: "filter", value: st.filter, autocomplete: "off" });
  const list = h("ul", { class: "param-list", role: "list" });
  const pane = h("div", { class: "param-pane", "aria-live": "polite" });
  const count = h("p", { class: "count" });

  const draw = (focusDetail: boolean) => {
    const on = isCivilDate(st.on) ? st.on : undefined;
    const listing = listParameters(policyFor(st.policy, st.catalogue), on);
    const needle = st.filter.trim().toLowerCase();
    const shown = listing.filter((p) => needle === "" || p.id.toLowerCase().includes(needle) || p.label.zh.includes(st.filter.trim()) || p.label.en.toLowerCase().includes(needle));
    count.textContent = `${shown.length} / ${listing.length} ${w.parameters}`;
    replace(
      list,
      shown.map((p) => {
        const f = p.inForce;
        const now = on === undefined || f === undefined ? "" : f.inForce ? showValue(f.value) : w.notInForce[f.reason];
        return h(
          "li",
          {},
          h(
            "button",
            { type: "button", class: "param-item", "aria-pressed": p.id === st.selected ? "true" : "false", "data-id": p.id, onclick: () => ((st.selected = p.id), draw(true)) },
            h("code", {}, p.id),
            h("span", { class: "param-name" }, label(p.label)),
            now === "" ? null : h("span", { class: "param-now" }, now.length > 40 ? `${now.slice(0, 39)}…` : now),
          ),
        );
      }),
    );
    const chosen = listing.find((p) => p.id === st.selected) ?? shown[0];
    replace(pane, chosen === undefined ? null : detail(chosen, on, (id) => onReform(st.policy, st.catalogue, id)));
    if (focusDetail) pane.querySelector<HTMLElement>("#param-title")?.focus();
  };

  policySel.addEventListener("change", () => {
    st.policy = policySel.value;
    catalogueBox.disabled = !takesCatalogue(st.policy);
    draw(false);
  });
  catalogueBox.addEventListener("change", () => ((st.catalogue = catalogueBox.checked), draw(false)));
  onInput.addEventListener("change", () => ((st.on = onInput.value), draw(false)));
  filterInput.addEventListener("input", () => ((st.filter = filterInput.value), draw(false)));

  replace(
    root,
    h("h2", {}, w.tabParams),
    h(
      "form",
      { class: "controls", onsubmit: (e: Event) => e.preventDefault() },
      field(w.policy, policySel),
      field(w.on, onInput, w.onHint),
      field(w.filter, filterInput, w.filterHint),
      h("div", { class: "field check" }, catalogueBox, h("label", { for: catalogueBox.id }, w.catalogue)),
    ),
    count,
    h("div", { class: "master-detail", lang: lang() === "zh" ? "zh-CN" : "en" }, h("nav", { "aria-label": w.tabParams }, list), pane),
  );
  draw(false);
}
