/** The Guangdong → Jieyang pack: what the folder gives the registry. */
import { definePack } from "../pack.js";
import { jieyang2018Policy } from "./policy.js";

/**
 * The Guangdong → Jieyang pack: the 2018 forwarding chain.
 * @example Object.keys(jieyang.policies) // → ["jieyang-2018"]
 */
export const jieyang = definePack({ label: { zh: "广东省揭阳市", en: "Jieyang, Guangdong" }, policies: { "jieyang-2018": jieyang2018Policy } });
