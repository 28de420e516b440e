/**
 * Where a caller-supplied subsidy catalogue sits in a policy: the layer it becomes and the
 * provision that makes its publisher competent. Jiaxing's catalogue cites jx2019.catalogue
 * and ends with the plan's three-year action; elsewhere the catalogue is the prefecture's
 * local standard (gbf2019.local-standards). Used by the scenario runner and the CLI, so
 * both put a catalogue in the same place.
 */
import { cite } from "../core/citation.js";
import type { Policy } from "../core/layer.js";
import type { CatalogueSource } from "../provisions/trainingSubsidy/subsidyCatalogue.js";
import { isWithinRegion } from "../records/common.js";
import { JIAXING_CATALOGUE_SOURCE } from "./jiaxing/catalogue.js";

/**
 * Where a caller's catalogue goes in a policy: Jiaxing's catalogue layer (citing
 * `jx2019.catalogue`) for a Jiaxing policy, otherwise a layer citing `gbf2019.local-standards`.
 * @example
 * catalogueSourceFor(jiaxingPolicy()).layer // → "zhejiang.jiaxing.catalogue"
 * catalogueSourceFor(nationalPolicy()).citation.provision // → "gbf2019.local-standards"
 */
export function catalogueSourceFor(policy: Policy): CatalogueSource {
  if (policy.region !== null && isWithinRegion(policy.region, "zhejiang.jiaxing")) return JIAXING_CATALOGUE_SOURCE;
  return {
    layer: `${policy.id}.catalogue`,
    label: { zh: "所附补贴目录清单", en: "the supplied subsidy catalogue" },
    citation: cite("gbf2019.local-standards", "§(十二)"),
    lastVerifiedOn: "2026-11-25",
  };
}
