/** A document of law/sources.json. */
export interface SourceDocument {
  key: string;
  file: string;
  title: string;
  titlePrinted: boolean;
  number: string | null;
  issuer: string | null;
  issuedOn: string | null;
  inForce: { from: string | null; until: string | null; note: string };
  seed: { file: string; lines: [number, number] };
  unknown: string[];
  lines: number;
  sha256: string;
}
/** The path of law/sources.json. */
export const SOURCES: string;
/** The documents of law/sources.json. */
export function readSources(): SourceDocument[];
/** The text of law/sources/<key>.txt. */
export function sourceText(key: string): string;
/** The SHA-256 (hex) of law/sources/<key>.txt. */
export function sourceSha256(key: string): string;
/** src/catalogue/documents.ts as law/sources.json says it should read. */
export function generate(): string;
