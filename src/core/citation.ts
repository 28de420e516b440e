/**
 * A citation ties a rule, a parameter or a reason to the text it comes from:
 * the provision id of the catalogue (`law/provisions.json`), the document
 * key, and the clause in the document's own numbering.
 */
import type { PROVISION_CLAUSES, ProvisionId } from "../law/provisionIds.js";

export type { ProvisionId };

/** Where a rule, parameter or reason comes from: a provision of the catalogue and its clause. */
export interface Citation {
  /** The provision id, e.g. `gbf2019.living-allowance-groups`. */
  readonly provision: ProvisionId;
  /** The document key, the part of the id before the dot (`gbf2019`). */
  readonly document: string;
  /** The clause in the document's own numbering, e.g. `§(十一)`. */
  readonly clause: string;
}

/**
 * Builds a citation; the document is the id's prefix. The library's own citations, of ids the compiler has checked
 * against the catalogue, are built here unchecked; the exported `cite` (`citationArguments.ts`) checks a caller's.
 * @example
 * cite("gbf2019.living-allowance-groups", "§(十一)").document // → "gbf2019"
 */
/* @__NO_SIDE_EFFECTS__ */
export function cite<P extends ProvisionId>(provision: P, clause: (typeof PROVISION_CLAUSES)[P]): Citation {
  return { provision, document: provision.slice(0, provision.indexOf(".")), clause };
}
