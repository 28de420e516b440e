/**
 * Where a caller-supplied subsidy catalogue sits in a policy: the layer it becomes and the
 * provision that makes its publisher competent — the `catalogue` of the policy's most
 * specific layer that gives one, or else a layer of the policy's own citing the national
 * clause that leaves standards local (gbf2019.local-standards). Used by the scenario runner
 * and the CLI, so both put a catalogue in the same place.
 */
import { cite } from "../core/citation.js";
import type { CatalogueSource, Policy } from "../core/layer.js";

/**
 * Where a caller's catalogue goes in a policy: the catalogue source of its most specific
 * layer that declares one, otherwise a layer citing `gbf2019.local-standards`.
 * @example
 * catalogueSourceFor(jiaxingPolicy()).layer // → "zhejiang.jiaxing.catalogue"
 * catalogueSourceFor(nationalPolicy()).citation.provision // → "gbf2019.local-standards"
 */
export function catalogueSourceFor(policy: Policy): CatalogueSource {
  for (let i = policy.layers.length - 1; i >= 0; i--) {
    const source = policy.layers[i]?.catalogue;
    if (source !== undefined) return source;
  }
  return {
    layer: `${policy.id}.catalogue`,
    label: { zh: "所附补贴目录清单", en: "the supplied subsidy catalogue" },
    citation: cite("gbf2019.local-standards", "§(十二)"),
    lastVerifiedOn: "2026-11-25",
  };
}
