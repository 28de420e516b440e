/** A row of the provision catalogue (law/provisions.json). */
export interface CatalogueRow {
  id: string;
  document: string;
  clause: string;
  kind: "computable" | "validation" | "parameter" | "aggregate";
  summary: string;
  /** The words of the text the provision stands for, verbatim, white space removed. */
  passage: string;
  /** Further passages, where one span does not carry the provision. */
  otherPassages?: string[];
  reading?: string;
}
/** The path of law/provisions.json. */
export const CATALOGUE: string;
/** The catalogue's rows. */
export function readCatalogue(): CatalogueRow[];
/** A source's text as passages are compared with it: white space and page furniture removed. */
export function normalisedSource(document: string): string;
/** The span of a source from `from` (occurring once) to the first `to` after it, normalised. */
export function locatePassage(document: string, from: string, to?: string): string;
/** What is wrong with the rows' passages, one line per problem. */
export function passageProblems(rows?: readonly Partial<CatalogueRow>[]): string[];
/** src/law/provisionIds.ts as the catalogue says it should read. */
export function generate(): string;
/** src/law/provisionTexts.ts as the catalogue says it should read. */
export function generateTexts(): string;
