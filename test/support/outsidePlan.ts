/**
 * ILLUSTRATIVE policies for claims outside Jiaxing's plan (2019-12-13 … 2021-12-31), shared by cold audit 30 and cold
 * review 44: the illustrative Jiaxing catalogue's rows as an edition in force from 2019-06-01 (a pre-plan standard), and
 * the national frameworks under jx2019 with the 2020 edition carried on after the plan (a later Jiaxing standard).
 * Neither figure is official.
 */
import { buildPolicy, nationalFrameworksPolicy, parseSubsidyCatalogue, withCatalogue, withJiaxingCatalogue } from "../../src/index.js";
import type { SubsidyCatalogue } from "../../src/index.js";
import { JIAXING_CATALOGUE_SOURCE, jx2019 } from "../../src/jurisdictions/jiaxing/jx2019.js";
import { jiaxingCatalogue } from "./world.js";

/** ILLUSTRATIVE: the illustrative Jiaxing catalogue's rows, as an edition in force from 2019-06-01 (a pre-plan standard; not official). */
export const preEdition: SubsidyCatalogue = (() => {
  const p = parseSubsidyCatalogue({ ...JSON.parse(JSON.stringify(jiaxingCatalogue)), id: "jiaxing-illustrative-2019-pre-plan", effectiveFrom: "2019-06-01" });
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.value;
})();
/** ILLUSTRATIVE: jiaxingPolicy with a pre-plan catalogue edition (2019-06-01) and the 2020 one. */
export const PRE = withJiaxingCatalogue([preEdition, jiaxingCatalogue]);
const { endsOn: _ends, ...unending } = JIAXING_CATALOGUE_SOURCE;
/** The Jiaxing catalogue source with no last day (an ILLUSTRATIVE later standard carries the editions on). */
export const UNENDING = unending;
/** ILLUSTRATIVE: the national frameworks under jx2019, the 2020 edition carried on after the plan (a later Jiaxing standard). */
export const LATER = withCatalogue(buildPolicy({ id: "audit30-later", label: { zh: "国家各框架＋嘉兴（示意）", en: "national frameworks + Jiaxing (illustrative)" }, layers: [...nationalFrameworksPolicy().layers, jx2019] }), [jiaxingCatalogue], UNENDING);
