/** Removes all white space. */
export function squeeze(text: string): string;
/** A source's text as quotations are compared with it. */
export function normaliseSource(text: string): string;
/** The normalised source texts, by key. */
export function sources(): Map<string, string>;
/** A quotation as found in a file, normalised. */
export function normaliseQuotation(raw: string): string;
/** The parts of a normalised quotation between ellipses. */
export function parts(quotation: string): string[];
/** The keys of the sources that contain a quotation; with `only`, that source alone. */
export function sourcesContaining(raw: string, only?: string): string[];
/** Every corner-bracketed quotation in a text, with the 1-based line it starts on. */
export function quotationsIn(text: string): { raw: string; line: number }[];
/** The files the quotation rule covers, relative to the checkout. */
export function coveredFiles(): string[];
/** Every quotation of the files that is not in a source, as `file:line: ` and the bracketed quotation. */
export function offenders(files?: string[], read?: (file: string) => string): string[];
/** Chinese in comments of src/ and fixtures/ that reads like the text but is neither in 「」 nor marked (paraphrase): `file:line: words`. */
export function unmarkedPassages(files?: string[], read?: (file: string) => string): string[];
