/** A row of the provision catalogue (law/provisions.json). */
export interface CatalogueRow {
  id: string;
  document: string;
  clause: string;
  kind: "computable" | "validation" | "parameter" | "aggregate";
  summary: string;
  reading?: string;
}
/** The path of law/provisions.json. */
export const CATALOGUE: string;
/** The catalogue's rows. */
export function readCatalogue(): CatalogueRow[];
/** src/law/provisionIds.ts as the catalogue says it should read. */
export function generate(): string;
