/** The Jiaxing pack: what the folder gives the registry. */
import { definePack } from "../pack.js";
import { jiaxingPolicy } from "./policy.js";

/**
 * Jiaxing's pack: the 2019–2021 plan over the national texts.
 * @example Object.keys(jiaxing.policies) // → ["jiaxing-2019"]
 */
export const jiaxing = definePack({ label: { zh: "嘉兴市", en: "Jiaxing" }, policies: { "jiaxing-2019": jiaxingPolicy } });
