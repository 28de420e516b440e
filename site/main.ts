/**
 * The policy explorer (issue #19): three pages — parameters, a claim form, a reform — over
 * the library's browser-safe core. Chinese first, with an English switch. Tabs are buttons
 * (a tablist: arrow keys move between them); the page shown is kept in the address's hash,
 * so a page can be linked and the browser's back button works.
 */
import { renderClaim } from "./claim.js";
import { h, replace } from "./dom.js";
import type { Lang } from "./i18n.js";
import { lang, setLang, t } from "./i18n.js";
import { renderParams } from "./params.js";
import { reformParameter, renderReform } from "./reform.js";

const TABS = ["params", "claim", "reform"] as const;
type Tab = (typeof TABS)[number];

function tabFromHash(): Tab {
  const id = location.hash.replace(/^#/, "").split("?")[0] ?? "";
  return (TABS as readonly string[]).includes(id) ? (id as Tab) : "params";
}

let tab: Tab = tabFromHash();

function render(focusTab = false): void {
  const app = document.getElementById("app");
  if (app === null) return;
  const w = t();
  document.title = w.title;
  const names: Record<Tab, string> = { params: w.tabParams, claim: w.tabClaim, reform: w.tabReform };
  const panel = h("section", { id: `panel-${tab}`, role: "tabpanel", "aria-labelledby": `tab-${tab}`, class: "panel" });
  const tabs = TABS.map((id) =>
    h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${id}`,
        "aria-selected": id === tab ? "true" : "false",
        // only the page shown exists: the others are drawn when chosen
        "aria-controls": id === tab ? `panel-${id}` : undefined,
        tabindex: id === tab ? "0" : "-1",
        onclick: () => go(id, true),
        onkeydown: (e: Event) => {
          const k = (e as KeyboardEvent).key;
          const i = TABS.indexOf(id);
          const next = k === "ArrowRight" ? TABS[(i + 1) % TABS.length] : k === "ArrowLeft" ? TABS[(i + TABS.length - 1) % TABS.length] : k === "Home" ? TABS[0] : k === "End" ? TABS[TABS.length - 1] : undefined;
          if (next !== undefined) {
            e.preventDefault();
            go(next, true);
          }
        },
      },
      names[id],
    ),
  );
  const other: Lang = lang() === "zh" ? "en" : "zh";
  replace(
    app,
    h("a", { href: `#panel-${tab}`, class: "skip" }, lang() === "zh" ? "跳到内容" : "Skip to content"),
    h(
      "header",
      { class: "top" },
      h("div", {}, h("h1", {}, w.title), h("p", { class: "subtitle" }, w.subtitle)),
      h("button", { type: "button", class: "lang", id: "lang", lang: other === "zh" ? "zh-CN" : "en", "aria-label": w.langSwitchLabel, onclick: () => (setLang(other), render()) }, w.langSwitch),
    ),
    h("nav", { "aria-label": w.nav }, h("div", { role: "tablist", "aria-label": w.nav, class: "tabs" }, tabs)),
    h("main", {}, panel),
    h("footer", {}, w.footer),
  );
  if (tab === "params")
    renderParams(panel, (policy, catalogue, id) => {
      reformParameter(policy, catalogue, id);
      go("reform", true);
    });
  else if (tab === "claim") renderClaim(panel);
  else renderReform(panel);
  if (focusTab) document.getElementById(`tab-${tab}`)?.focus();
}

function go(next: Tab, focusTab: boolean): void {
  tab = next;
  if (location.hash !== `#${next}`) history.pushState(null, "", `#${next}`);
  render(focusTab);
}

const onNavigate = () => {
  const next = tabFromHash();
  if (next === tab && document.getElementById(`panel-${next}`) !== null) return;
  tab = next;
  render();
};
window.addEventListener("popstate", onNavigate);
window.addEventListener("hashchange", onNavigate);

setLang(new URLSearchParams(location.search).get("lang") === "en" ? "en" : "zh");
render();
