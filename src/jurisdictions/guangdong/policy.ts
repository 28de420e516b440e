/** The Jieyang policy of 2018: the forwarding chain gf2018 → yf2018 (Guangdong) → jf2018 (Jieyang). */
import { assemblePolicy } from "../../core/layer.js";
import type { Policy } from "../../core/layer.js";
import { gf2018 } from "../national/gf2018.js";
import { jf2018 } from "./jf2018.js";
import { yf2018 } from "./yf2018.js";

let jieyang2018: Policy | undefined;

/**
 * The 2018 forwarding chain gf2018 → yf2018 (Guangdong) → jf2018 (Jieyang): the
 * catalogue slot and groups of gf2018 for Jieyang, no amounts and no measures (a city
 * pack extends it).
 * @example jieyang2018Policy().layers.map((l) => l.id) // → ["national.gf2018","guangdong.yf2018","guangdong.jieyang.jf2018"]
 */
export function jieyang2018Policy(): Policy {
  jieyang2018 ??= assemblePolicy({ id: "jieyang-2018", label: { zh: "揭阳市 2018（终身职业技能培训制度）", en: "Jieyang 2018 (lifelong training system)" }, layers: [gf2018, yf2018, jf2018] });
  return jieyang2018;
}
