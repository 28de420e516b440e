/**
 * The words of the text behind a citation. Every provision of the catalogue
 * (law/provisions.json) carries its passage of the text — verbatim from law/sources/, white
 * space removed, checked by test/law.test.ts — and, where one span does not carry it, further
 * passages; the pages show them as the text, in 「」. The catalogue's English summary is
 * shown beside them as a paraphrase, never as the text. The readings (law/readings/*.yaml)
 * that name a provision give the passages they rest on, shown as the library's reading.
 */
import data from "site-data:law";
import type { Citation, Label } from "../src/index.js";
import { documents } from "../src/index.js";

/** A passage of a text, and where it is known from. */
export interface Passage {
  readonly text: string;
  /** The document key (`jx2019`). */
  readonly source: string;
  /** Where the library records it: the provision catalogue, or a reading's name. */
  readonly via: { readonly kind: "provision" | "reading"; readonly id: string; readonly title?: string };
}

const catalogue = new Map(data.provisions.map((p) => [p.id, p]));

/** The provision's own passages (the catalogue's `passage`, then its `otherPassages`), verbatim. */
export function passagesOf(provision: string): readonly Passage[] {
  const p = catalogue.get(provision);
  if (p === undefined) return [];
  const source = provision.slice(0, provision.indexOf("."));
  return [p.passage, ...(p.otherPassages ?? [])].map((text) => ({ text, source, via: { kind: "provision", id: provision } }));
}

let readingIndex: Map<string, Passage[]> | undefined;

/** The passages of the readings that name this provision (those of its own text): what the library's reading of it rests on. */
export function readingPassagesOf(provision: string): readonly Passage[] {
  if (readingIndex === undefined) {
    const map = new Map<string, Passage[]>();
    for (const r of data.readings) {
      for (const id of r.provisions) {
        const own = r.passages.filter((q) => q.source === id.slice(0, id.indexOf(".")));
        const list = map.get(id) ?? [];
        for (const q of own) if (!list.some((p) => p.text === q.text)) list.push({ text: q.text, source: q.source, via: { kind: "reading", id: r.name, title: r.title } });
        if (list.length > 0) map.set(id, list);
      }
    }
    readingIndex = map;
  }
  return readingIndex.get(provision) ?? [];
}

/** The catalogue's English summary of a provision (paraphrase, not the text). */
export function summaryOf(provision: string): string | undefined {
  // the catalogue writes its summaries in Markdown: emphasis marks are dropped
  return catalogue.get(provision)?.summary.replace(/\*\*|`/g, "");
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
