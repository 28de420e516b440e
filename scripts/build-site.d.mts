/** The size of one file the build wrote, in bytes. */
export interface FileSize {
  readonly raw: number;
  readonly gzip: number;
}
/** What {@link buildSite} wrote. */
export interface SiteBuild {
  readonly outDir: string;
  readonly sizes: Readonly<Record<"index.html" | "style.css" | "explorer.js", FileSize>>;
  /** The source files bundled into explorer.js (paths relative to the package root). */
  readonly inputs: readonly string[];
  readonly metafile: unknown;
}
/** Where `npm run build:site` writes the explorer. */
export const SITE_DIST: string;
/** The readings' passages, the provision summaries and the fixtures the pages are built with. */
export function lawData(): unknown;
/** Builds the explorer into `outDir` (default site-dist/). */
export function buildSite(options?: { readonly outDir?: string; readonly quiet?: boolean }): Promise<SiteBuild>;
