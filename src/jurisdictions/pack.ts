/**
 * Jurisdiction packs: what a city's (or province's) folder under src/jurisdictions/ gives the
 * library — the policies it ships, by the id the command line and scenario files name them
 * with. The registry (`registry.ts`) lists every pack, one line each; {@link policiesOf}
 * turns a registry into the policies the library knows.
 */
import { checkArgument, isObject } from "../arguments.js";
import type { Layer, Policy } from "../core/layer.js";
import { buildPolicy } from "../core/layer.js";
import type { Label } from "../core/parameter.js";

/** A city's (or province's) pack: its name and its policies. Build one with {@link definePack}. */
export interface JurisdictionPack {
  /** What the pack covers, in Chinese and English. */
  readonly label: Label;
  /** Its policies by id (`--policy <id>`, a scenario's `policy`), each built the first time it is asked for. */
  readonly policies: Readonly<Record<string, () => Policy>>;
}

/**
 * Declares a pack (an identity function that fixes its type).
 * @example
 * const pack = definePack({ label: { zh: "示例市", en: "Example City" }, policies: { "example-city": nationalPolicy } });
 * Object.keys(pack.policies) // → ["example-city"]
 */
/* @__NO_SIDE_EFFECTS__ */
export function definePack(pack: JurisdictionPack): JurisdictionPack {
  return pack;
}

/**
 * A policy built from its chain the first time it is asked for, and the same policy after.
 * @example
 * const policy = lazyPolicy(() => ({ id: "national-again", label: { zh: "国家政策", en: "national policy" }, layers: nationalPolicy().layers }));
 * [policy().id, policy() === policy()] // → ["national-again",true]
 * @throws SkillsSubsidyError `invalid_argument` when `spec` is not a function, or (when the policy is first asked for)
 * it returns no `{ id, label, layers }`.
 */
export function lazyPolicy(spec: () => { readonly id: string; readonly label: Label; readonly layers: readonly Layer[] }): () => Policy {
  checkArgument(typeof spec === "function", "spec", { zh: "返回政策的 id、label、layers 的函数", en: "a function returning the policy's id, label and layers" }, spec);
  let built: Policy | undefined;
  return () => {
    if (built !== undefined) return built;
    const chain: unknown = spec();
    checkArgument(isObject(chain) && typeof chain["id"] === "string" && isObject(chain["label"]) && Array.isArray(chain["layers"]), "spec()", { zh: "含 id、label、layers 的对象", en: "an object with id, label and layers" }, chain);
    return (built = buildPolicy(chain as Parameters<typeof buildPolicy>[0]));
  };
}
