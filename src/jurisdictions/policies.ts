/**
 * Ready-made policies: chains of layers. Import only the one you use; each is built
 * when first asked for, so importing this module has no side effects.
 */
import type { Policy } from "../core/layer.js";
import { buildPolicy } from "../core/layer.js";
import { jx2019 } from "./jiaxing/jx2019.js";
import { gbf2019 } from "./national/gbf2019.js";
import { gf2018 } from "./national/gf2018.js";
import { jf2018 } from "./guangdong/jf2018.js";
import { yf2018 } from "./guangdong/yf2018.js";
import { op2025 } from "./national/op2025.js";
import { plan2021 } from "./national/plan2021.js";

let national: Policy | undefined;
let jiaxing: Policy | undefined;

/**
 * The national texts alone (gbf2019): amounts left to local standards come out `undecidable`.
 * @example
 * nationalPolicy().layers.map((l) => l.id) // → ["national.gbf2019"]
 * nationalPolicy() === nationalPolicy() // → true
 */
export function nationalPolicy(): Policy {
  national ??= buildPolicy({ id: "national", label: { zh: "国家政策", en: "national policy" }, layers: [gbf2019] });
  return national;
}

/**
 * Jiaxing 2019–2021 over the national texts (gbf2019 → jx2019).
 * @example
 * jiaxingPolicy().layers.map((l) => l.id) // → ["national.gbf2019","zhejiang.jiaxing.jx2019"]
 * jiaxingPolicy().region // → "zhejiang.jiaxing"
 */
export function jiaxingPolicy(): Policy {
  jiaxing ??= buildPolicy({ id: "jiaxing-2019", label: { zh: "嘉兴市 2019—2021", en: "Jiaxing 2019–2021" }, layers: [gbf2019, jx2019] });
  return jiaxing;
}

let nationalFrameworks: Policy | undefined;

/**
 * The successive national frameworks gbf2019 → plan2021 → op2025: a claim is judged
 * under the texts in force on its basis date, and the trace's `national.framework`
 * read names which. Amounts left to local standards still come out `undecidable`
 * until a city's catalogue is added ({@link withCatalogue}).
 * @example nationalFrameworksPolicy().layers.map((l) => l.id) // → ["national.gbf2019","national.plan2021","national.op2025"]
 */
export function nationalFrameworksPolicy(): Policy {
  nationalFrameworks ??= buildPolicy({
    id: "national-frameworks",
    label: { zh: "国家政策（2019—2027 各框架）", en: "national frameworks 2019–2027" },
    layers: [gbf2019, plan2021, op2025],
  });
  return nationalFrameworks;
}

let jieyang2018: Policy | undefined;

/**
 * The 2018 forwarding chain gf2018 → yf2018 (Guangdong) → jf2018 (Jieyang): the
 * catalogue slot and groups of gf2018 for Jieyang, no amounts and no measures (a city
 * pack extends it).
 * @example jieyang2018Policy().layers.map((l) => l.id) // → ["national.gf2018","guangdong.yf2018","guangdong.jieyang.jf2018"]
 */
export function jieyang2018Policy(): Policy {
  jieyang2018 ??= buildPolicy({ id: "jieyang-2018", label: { zh: "揭阳市 2018（终身职业技能培训制度）", en: "Jieyang 2018 (lifelong training system)" }, layers: [gf2018, yf2018, jf2018] });
  return jieyang2018;
}

/**
 * The policies the CLI knows by id (`--policy <id>`).
 * @example Object.keys(POLICIES) // → ["national","jiaxing-2019","national-frameworks","jieyang-2018"]
 */
export const POLICIES: Readonly<Record<string, () => Policy>> = {
  national: nationalPolicy,
  "jiaxing-2019": jiaxingPolicy,
  "national-frameworks": nationalFrameworksPolicy,
  "jieyang-2018": jieyang2018Policy,
};
