/**
 * A citation ties a rule, a parameter or a reason to the text it comes from:
 * the provision id of the catalogue (`law/provisions.json`), the document
 * key, and the clause in the document's own numbering.
 */
import type { PROVISION_CLAUSES, ProvisionId } from "../law/provisionIds.js";
import { assert } from "./assert.js";

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
 * Builds a citation; the document is the id's prefix.
 * @example
 * cite("gbf2019.living-allowance-groups", "§(十一)") // → {"provision":"gbf2019.living-allowance-groups","document":"gbf2019","clause":"§(十一)"}
 * @throws SkillsSubsidyError `invalid_argument` when the provision id is not `document.provision` or the clause is empty.
 */
/* @__NO_SIDE_EFFECTS__ */
export function cite<P extends ProvisionId>(provision: P, clause: (typeof PROVISION_CLAUSES)[P]): Citation {
  const dot = typeof provision === "string" ? provision.indexOf(".") : -1;
  // cold review 110 F14: an id without its document made a citation of a document cut from the id ("nop" of "nope")
  if (dot <= 0 || dot === provision.length - 1 || typeof clause !== "string" || (clause as string) === "") {
    assert(false, "invalid_argument", { zh: `cite：条款编号应为“文件.条款”（如 gbf2019.living-allowance-groups），条款号应为非空字符串，而不是 ${JSON.stringify(provision)}、${JSON.stringify(clause)}`, en: `cite: a provision id is "document.provision" (such as gbf2019.living-allowance-groups) and its clause a non-empty string, not ${JSON.stringify(provision)}, ${JSON.stringify(clause)}` }, { argument: dot <= 0 || dot === String(provision).length - 1 ? "provision" : "clause", field: dot <= 0 || dot === String(provision).length - 1 ? "provision" : "clause" });
  }
  const document = provision.slice(0, dot);
  return { provision, document, clause };
}
