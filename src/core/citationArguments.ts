/**
 * `cite` as the library exports it: it checks its arguments, then builds the citation as `citation.ts` does for the
 * library's own citations, unchecked (so that a bundle deciding claims does not carry the check). A plain-JavaScript
 * caller's id without its document (`"nope"`) is told so by a `SkillsSubsidyError` of code `invalid_argument`, not
 * made a citation of a document cut from the id.
 */
import { assert } from "./assert.js";
import type { Citation, ProvisionId } from "./citation.js";
import { cite as citeOf } from "./citation.js";
import type { PROVISION_CLAUSES } from "../law/provisionIds.js";

/**
 * Builds a citation; the document is the id's prefix.
 * @example
 * cite("gbf2019.living-allowance-groups", "§(十一)") // → {"provision":"gbf2019.living-allowance-groups","document":"gbf2019","clause":"§(十一)"}
 * @throws SkillsSubsidyError `invalid_argument` when the provision id is not `document.provision` or the clause is empty.
 */
export function cite<P extends ProvisionId>(provision: P, clause: (typeof PROVISION_CLAUSES)[P]): Citation {
  const dot = typeof provision === "string" ? provision.indexOf(".") : -1;
  // cold review 110 F14: an id without its document made a citation of a document cut from the id ("nop" of "nope")
  if (dot <= 0 || dot === provision.length - 1 || typeof clause !== "string" || (clause as string) === "") {
    const argument = dot <= 0 || dot === String(provision).length - 1 ? "provision" : "clause";
    assert(false, "invalid_argument", { zh: `cite：条款编号应为“文件.条款”（如 gbf2019.living-allowance-groups），条款号应为非空字符串，而不是 ${JSON.stringify(provision)}、${JSON.stringify(clause)}`, en: `cite: a provision id is "document.provision" (such as gbf2019.living-allowance-groups) and its clause a non-empty string, not ${JSON.stringify(provision)}, ${JSON.stringify(clause)}` }, { argument, field: argument });
  }
  return citeOf(provision, clause);
}
