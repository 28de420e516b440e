/** Small DOM helpers: the explorer builds its pages with these and plain DOM, no UI library. */

/** What an element may hold: nodes, text, nothing, or lists of these (nested lists are flattened). */
type Child = Node | string | number | null | undefined | false | readonly Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

/**
 * An element with attributes and children. `on<event>` attributes are listeners; `true`
 * sets a boolean attribute, `false`/`null`/`undefined` leaves it out; strings are text
 * (never HTML).
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (typeof v === "function") el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else if (c !== null && c !== undefined && c !== false) el.appendChild(document.createTextNode(String(c)));
  }
}

const SVG = "http://www.w3.org/2000/svg";

/** An SVG element with attributes and children. */
export function s(tag: string, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
  return el;
}

/** Replaces an element's children. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

let ids = 0;
/** A fresh element id, for label/for and aria-describedby pairs. */
export function uid(prefix: string): string {
  ids += 1;
  return `${prefix}-${ids}`;
}

/** A labelled form field: the label, the control, and an optional hint tied to it. */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, hint?: string): HTMLElement {
  if (control.id === "") control.id = uid("f");
  const hintEl = hint === undefined ? null : h("small", { id: `${control.id}-hint`, class: "hint" }, hint);
  if (hintEl !== null) control.setAttribute("aria-describedby", hintEl.id);
  return h("div", { class: "field" }, h("label", { for: control.id }, label), control, hintEl);
}

/** A select with options `[value, text]`, the first selected unless `selected` names one. */
export function select(options: readonly (readonly [string, string])[], selected?: string, attrs: Attrs = {}): HTMLSelectElement {
  const el = h("select", attrs);
  for (const [value, text] of options) {
    const o = h("option", { value }, text);
    if (value === selected) o.selected = true;
    el.appendChild(o);
  }
  return el;
}

/** A text passage of the law, in corner brackets (the project's mark for the text's own words). */
export function passage(text: string, source?: string): HTMLElement {
  return h("blockquote", { class: "passage", lang: "zh-CN" }, `「${text}」`, source === undefined ? null : h("cite", {}, ` ${source}`));
}
