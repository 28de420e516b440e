/**
 * A citation ties a rule, a parameter or a reason to the text it comes from:
 * the provision id of the catalogue (`shared/spec/provisions.md`), the document
 * key, and the clause in the document's own numbering.
 */

/** A provision id of the catalogue: `<document>.<name>`, e.g. `jx2019.living-allowance`. */
export type ProvisionId = `${string}.${string}`;

/** Where a rule, parameter or reason comes from: a provision of the catalogue and its clause. */
export interface Citation {
  /** The provision id, e.g. `jx2019.living-allowance`. */
  readonly provision: ProvisionId;
  /** The document key, the part of the id before the dot (`jx2019`). */
  readonly document: string;
  /** The clause in the document's own numbering, e.g. `四(三)四`. */
  readonly clause: string;
}

/**
 * Builds a citation; the document is the id's prefix.
 * @example
 * cite("jx2019.living-allowance", "四(三)四") // → {"provision":"jx2019.living-allowance","document":"jx2019","clause":"四(三)四"}
 */
export function cite(provision: ProvisionId, clause: string): Citation {
  const document = provision.slice(0, provision.indexOf("."));
  return { provision, document, clause };
}
