/**
 * The words of the text behind a citation. The core gives the passage of every dated
 * parameter value (`listParameters`: each value with its provision, clause and passage);
 * the readings (law/readings/*.yaml) give the passages a reading rests on, by provision.
 * Both are verbatim from law/sources/ (checked by the project's tests). Where neither has a
 * passage for a provision, the pages show the catalogue's English summary, marked as
 * paraphrase.
 */
import data from "site-data:law";
import type { Citation, Label } from "../src/index.js";
import { documents, listParameters, POLICIES } from "../src/index.js";

/** A passage of a text, and where it is known from. */
export interface Passage {
  readonly text: string;
  /** The document key (`jx2019`). */
  readonly source: string;
  /** Where the library records it: a parameter id, or a reading's name. */
  readonly via: { readonly kind: "parameter" | "reading"; readonly id: string; readonly title?: string };
}

let index: Map<string, Passage[]> | undefined;
let related: Map<string, Passage[]> | undefined;

function add(map: Map<string, Passage[]>, provision: string, p: Passage): void {
  const list = map.get(provision) ?? [];
  if (!list.some((q) => q.text === p.text)) list.push(p);
  map.set(provision, list);
}

function build(): Map<string, Passage[]> {
  const map = new Map<string, Passage[]>();
  for (const make of Object.values(POLICIES)) {
    for (const p of listParameters(make())) {
      for (const v of p.values) if (v.passage !== null) add(map, v.citation.provision, { text: v.passage, source: v.citation.document, via: { kind: "parameter", id: p.id } });
    }
  }
  // A reading's passages are tied to its provisions only where that is unambiguous: the
  // reading names one provision of the passage's document (a reading of several provisions of
  // one text does not say which passage is which provision's).
  for (const r of data.readings) {
    for (const q of r.passages) {
      const ofDocument = r.provisions.filter((provision) => provision.slice(0, provision.indexOf(".")) === q.source);
      const [only] = ofDocument;
      if (ofDocument.length === 1 && only !== undefined) add(map, only, { text: q.text, source: q.source, via: { kind: "reading", id: r.name, title: r.title } });
    }
  }
  return map;
}

/** The passages of readings that name a provision among others of the same text: related to it, not known to be its own words. */
function buildRelated(): Map<string, Passage[]> {
  const map = new Map<string, Passage[]>();
  for (const r of data.readings) {
    for (const q of r.passages) {
      const ofDocument = r.provisions.filter((provision) => provision.slice(0, provision.indexOf(".")) === q.source);
      if (ofDocument.length > 1) for (const provision of ofDocument) add(map, provision, { text: q.text, source: q.source, via: { kind: "reading", id: r.name, title: r.title } });
    }
  }
  return map;
}

/** Passages a reading of this provision and others quotes (see {@link passagesOf} for the provision's own). */
export function relatedPassagesOf(provision: string): readonly Passage[] {
  related ??= buildRelated();
  return related.get(provision) ?? [];
}

/** The passages recorded for a provision, parameter values first. */
export function passagesOf(provision: string): readonly Passage[] {
  index ??= build();
  return index.get(provision) ?? [];
}

const summaries = new Map(data.provisions.map((p) => [p.id, p]));

/** The catalogue's English summary of a provision (paraphrase, not the text). */
export function summaryOf(provision: string): string | undefined {
  // the catalogue writes its summaries in Markdown: emphasis marks are dropped
  return summaries.get(provision)?.summary.replace(/\*\*|`/g, "");
}

/** A document's title and number, for a citation (`国办发〔2019〕24号`). */
export function documentTitle(key: string): string {
  const d = (documents as Readonly<Record<string, { readonly title: string; readonly number: string | null }>>)[key];
  if (d === undefined) return key;
  return d.number === null ? d.title : `${d.title}（${d.number}）`;
}

/** A citation as text: `jx2019.living-allowance 四(三)四`. */
export function cited(c: Pick<Citation, "provision" | "clause">): string {
  return `${c.provision} ${c.clause}`;
}

export type { Label };
