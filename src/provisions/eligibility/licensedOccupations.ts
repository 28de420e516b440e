/**
 * 准入类职业 — access-type occupations: trained and qualified before taking the post.
 *
 * gbf2019.licensed-occupations §(十八): 「从事准入类职业的劳动者必须经培训合格后方可上岗」. Which
 * occupations are access-type is the national qualification catalogue (职业资格目录), not
 * part of these texts, so the national layer declares {@link licensedOccupations}
 * empty and a pack (or a caller) supplies the codes. A worker is qualified by a
 * qualification certificate or a special-operations certificate in the occupation,
 * issued on or before the day the post is taken.
 */
import { cite } from "../../core/citation.js";
import type { CivilDate } from "../../core/date.js";
import type { Check } from "../../core/decision.js";
import { defineParameter } from "../../core/parameter.js";
import type { Certificate } from "../../records/training.js";
import { Code, listOf } from "../values.js";

export const LICENSED_OCCUPATIONS = cite("gbf2019.licensed-occupations", "§(十八)");

/**
 * Occupation codes of access-type occupations (empty nationally: a pack supplies them).
 * Encodes `gbf2019.licensed-occupations` (§(十八)).
 * Parameter `eligibility.licensedOccupations`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), licensedOccupations, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → "no_values"
 */
export const licensedOccupations = defineParameter<readonly string[]>({
  id: "eligibility.licensedOccupations",
  label: { zh: "准入类职业", en: "access-type occupations" },
  citation: LICENSED_OCCUPATIONS,
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: listOf(Code),
});

const QUALIFYING: ReadonlySet<string> = new Set(["qualificationCertificate", "specialOperationsCertificate"]);

/**
 * Whether a worker may take a post in the occupation on `on`. Encodes
 * `gbf2019.licensed-occupations` (§(十八)).
 * @example
 * // a licensed occupation and no certificate:
 * mayTakePost("EX-ELEC", [], ["EX-ELEC"], civilDate("2020-01-01")).pass // → false
 * const cert = certificate({ kind: "specialOperationsCertificate", level: undefined, occupation: { code: "EX-ELEC", name: "电工" }, issuedOn: "2019-12-01" });
 * mayTakePost("EX-ELEC", [cert], ["EX-ELEC"], civilDate("2020-01-01")).pass // → true
 */
export function mayTakePost(occupationCode: string, certificates: readonly Certificate[], licensed: readonly string[], on: CivilDate): Check {
  if (!licensed.includes(occupationCode)) return { pass: true, reason: { code: "post_not_licensed", citation: LICENSED_OCCUPATIONS, facts: { occupation: occupationCode } } };
  const held = certificates.find((c) => c.occupation.code === occupationCode && QUALIFYING.has(c.kind) && c.issuedOn <= on);
  if (held !== undefined) return { pass: true, reason: { code: "licensed_post_qualified", citation: LICENSED_OCCUPATIONS, facts: { occupation: occupationCode, certificate: held.id } } };
  return { pass: false, reason: { code: "licensed_post_unqualified", citation: LICENSED_OCCUPATIONS, facts: { occupation: occupationCode, date: on } } };
}
