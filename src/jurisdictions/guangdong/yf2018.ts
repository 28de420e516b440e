/**
 * Guangdong's forwarding of gf2018: 粤府〔2018〕58号 (2018-07-20). yf2018.forwarding: the
 * province adopts the national text and adds provincial duties, no new amounts; the
 * layer carries its territory and date and nothing else.
 */
import { cite } from "../../core/citation.js";
import { defineLayer } from "../../core/layer.js";
import { documents } from "../../catalogue/documents.js";

/**
 * Guangdong's region id.
 * @example GUANGDONG // → "guangdong"
 */
export const GUANGDONG = "guangdong";

/**
 * Guangdong's provincial forwarding of gf2018 (粤府〔2018〕58号): no new amounts.
 * Encodes `yf2018.forwarding`.
 * @example [yf2018.id, yf2018.level, yf2018.region] // → ["guangdong.yf2018","province","guangdong"]
 */
export const yf2018 = /* @__PURE__ */ (() =>
  defineLayer({
    id: "guangdong.yf2018",
    level: "province",
    region: GUANGDONG,
    label: { zh: "广东省人民政府转发国务院关于推行终身职业技能培训制度意见的通知", en: "Guangdong forwarding of the lifelong vocational training opinions" },
    documents: ["yf2018"],
    issuedOn: documents.yf2018.issuedOn, // adds no value of its own: cited from its issue (cold review 104 F1)
    scope: cite("yf2018.forwarding", "粤府〔2018〕58号"),
  }))();
