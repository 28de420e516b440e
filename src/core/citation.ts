/**
 * A citation ties a rule, a parameter or a reason to the text it comes from:
 * the provision id of the catalogue (`law/provisions.json`), the document
 * key, and the clause in the document's own numbering.
 */
import type { PROVISION_CLAUSES, ProvisionId } from "../law/provisionIds.js";

export type { ProvisionId };

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
export function cite<P extends ProvisionId>(provision: P, clause: (typeof PROVISION_CLAUSES)[P]): Citation {
  const document = provision.slice(0, provision.indexOf("."));
  return { provision, document, clause };
}
