/**
 * Jieyang's forwarding of yf2018: 揭府〔2018〕54号 (2018-10-09). jf2018.forwarding: the city
 * adopts the provincial text, no new amounts. With gf2018 and yf2018 it is the
 * three-level chain a city pack extends (a catalogue, its rules).
 */
import { cite } from "../../core/citation.js";
import { defineLayer } from "../../core/layer.js";
import { documents } from "../../catalogue/documents.js";

/**
 * Jieyang's region id.
 * @example JIEYANG // → "guangdong.jieyang"
 */
export const JIEYANG = "guangdong.jieyang";

/**
 * Jieyang's forwarding of yf2018 (揭府〔2018〕54号): no new amounts. Encodes `jf2018.forwarding`.
 * @example [jf2018.id, jf2018.level, jf2018.region] // → ["guangdong.jieyang.jf2018","prefecture","guangdong.jieyang"]
 */
export const jf2018 = /* @__PURE__ */ (() =>
  defineLayer({
    id: "guangdong.jieyang.jf2018",
    level: "prefecture",
    region: JIEYANG,
    label: { zh: "揭阳市人民政府转发关于推行终身职业技能培训制度意见的通知", en: "Jieyang forwarding of the lifelong vocational training opinions" },
    documents: ["jf2018"],
    issuedOn: documents.jf2018.issuedOn, // adds no value of its own: cited from its issue (cold review 104 F1)
    scope: cite("jf2018.forwarding", "揭府〔2018〕54号"),
  }))();
