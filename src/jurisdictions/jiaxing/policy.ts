/** The Jiaxing policy: jx2019 over the national texts. */
import { assemblePolicy } from "../../core/layer.js";
import type { Policy } from "../../core/layer.js";
import { gbf2019 } from "../national/gbf2019.js";
import { jx2019 } from "./jx2019.js";

let jiaxing: Policy | undefined;

/**
 * Jiaxing 2019–2021 over the national texts (gbf2019 → jx2019).
 * @example
 * jiaxingPolicy().layers.map((l) => l.id) // → ["national.gbf2019","zhejiang.jiaxing.jx2019"]
 * jiaxingPolicy().region // → "zhejiang.jiaxing"
 */
export function jiaxingPolicy(): Policy {
  jiaxing ??= assemblePolicy({ id: "jiaxing-2019", label: { zh: "嘉兴市 2019—2021", en: "Jiaxing 2019–2021" }, layers: [gbf2019, jx2019] });
  return jiaxing;
}
