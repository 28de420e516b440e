/**
 * Jiaxing's subsidy catalogue (jx2019.catalogue 五(十)一): 「将国家职业资格目录、省人力社保厅公布的
 * 专项能力证书目录、我市的紧缺工种目录以及各行业亟需培训的工种（项目）纳入我市职业技能培训补贴目录清单，
 * 并根据实际需求每年动态更新」 — a merged catalogue,
 * updated every year. The Jiaxing layer uses the national slot `trainingSubsidy.catalogue`
 * (declared empty by gbf2019); a caller supplies the dated editions it holds through
 * {@link withJiaxingCatalogue}, each in force from its `effectiveFrom` until the next,
 * and none after the plan's three-year action (jx2019.supersession).
 *
 * The library holds no official Jiaxing catalogue. `fixtures/jiaxing/catalogue-2020.json`
 * is ILLUSTRATIVE: its codes start with `EX-` and its standards are examples.
 */
import type { Policy } from "../../core/layer.js";
import { withCatalogue } from "../../provisions/trainingSubsidy/withCatalogue.js";
import type { SubsidyCatalogue } from "../../records/catalogue.js";
import { jiaxingPolicy } from "./policy.js";
import { JIAXING_CATALOGUE_SOURCE } from "./jx2019.js";

export { JIAXING_CATALOGUE_SOURCE } from "./jx2019.js";

/**
 * The Jiaxing policy (or another policy for Jiaxing) with the given catalogue editions.
 * Encodes `jx2019.catalogue` (五(十)一).
 * @example
 * import { readFileSync } from "node:fs";
 * const edition = parseSubsidyCatalogue(JSON.parse(readFileSync("fixtures/jiaxing/catalogue-2020.json", "utf8")));
 * edition.ok && withJiaxingCatalogue(edition.value).layers.at(-1)?.id // → "zhejiang.jiaxing.catalogue"
 */
export function withJiaxingCatalogue(catalogue: SubsidyCatalogue | readonly SubsidyCatalogue[], policy: Policy = jiaxingPolicy()): Policy {
  return withCatalogue(policy, catalogue, JIAXING_CATALOGUE_SOURCE);
}
