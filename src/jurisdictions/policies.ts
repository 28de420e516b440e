/**
 * Ready-made policies: chains of layers. Import only the one you use; each is built
 * when first asked for, so importing this module has no side effects.
 */
import { checkArgument, isObject } from "../arguments.js";
import { assert } from "../core/assert.js";
import type { Policy } from "../core/layer.js";
import { assemblePolicy } from "../core/layer.js";
import { gbf2019 } from "./national/gbf2019.js";
import { op2025 } from "./national/op2025.js";
import { plan2021 } from "./national/plan2021.js";
import type { JurisdictionPack } from "./pack.js";
import { jiaxing, jieyang } from "./registry.js";

export { jiaxingPolicy } from "./jiaxing/policy.js";
export { jieyang2018Policy } from "./guangdong/policy.js";

let national: Policy | undefined;

/**
 * The national texts alone (gbf2019): amounts left to local standards come out `undecidable`.
 * @example
 * nationalPolicy().layers.map((l) => l.id) // → ["national.gbf2019"]
 * nationalPolicy() === nationalPolicy() // → true
 */
export function nationalPolicy(): Policy {
  national ??= assemblePolicy({ id: "national", label: { zh: "国家政策", en: "national policy" }, layers: [gbf2019] });
  return national;
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
  nationalFrameworks ??= assemblePolicy({
    id: "national-frameworks",
    label: { zh: "国家政策（2019—2027 各框架）", en: "national frameworks 2019–2027" },
    layers: [gbf2019, plan2021, op2025],
  });
  return nationalFrameworks;
}

/**
 * The policies of a registry — a module of packs, one export each (`registry.ts`, or a
 * project's own that adds its cities to it) — with the national ones: `national` first, the
 * packs' policies in the order of their names, then `national-frameworks`.
 * @throws SkillsSubsidyError when two packs ship a policy of one id; `invalid_argument` when `registry` is not an object
 * of packs whose `policies` are functions by id.
 * @example Object.keys(policiesOf({})) // → ["national","national-frameworks"]
 */
/* @__NO_SIDE_EFFECTS__ */
export function policiesOf(registry: Readonly<Record<string, JurisdictionPack>>): Readonly<Record<string, () => Policy>> {
  checkArgument(isObject(registry), "registry", { zh: "按名称索引的包（对象）", en: "packs by name (an object)" }, registry);
  const out: Record<string, () => Policy> = { national: nationalPolicy };
  for (const name of Object.keys(registry).sort()) {
    const pack: unknown = registry[name];
    const policies = isObject(pack) ? pack["policies"] : undefined;
    checkArgument(isObject(policies) && Object.values(policies).every((make) => typeof make === "function"), `registry.${name}.policies`, { zh: "按编号索引的政策函数（如 definePack 的 policies）", en: "policy functions by id (as a definePack's policies)" }, policies);
    for (const [id, make] of Object.entries((registry[name] as JurisdictionPack).policies)) {
      assert(!Object.hasOwn(out, id) && id !== "national-frameworks", "duplicate_declaration", { zh: `登记表：包 ${name} 提供的政策 ${id} 已由另一个包（或国家文件）提供`, en: `registry: pack ${name} ships a policy ${id}, which another pack (or the national texts) already ships` }, { pack: name, policy: id });
      out[id] = make;
    }
  }
  out["national-frameworks"] = nationalFrameworksPolicy;
  return out;
}

/**
 * The policies the CLI knows by id (`--policy <id>`): the national ones and every pack of the
 * registry ({@link policiesOf}).
 *
 * The registry's packs are named here one by one, not imported as a namespace: the built
 * chunk turns a namespace into an object made when it loads (`__export`), which a bundler
 * of `dist/` cannot drop. Measured on the one-claim browser bundle: 60.0 → 59.8 KB min +
 * gzip (issue #16's budget is 60 KB; 2026-12-04 06:10 UTC). A test checks that this list is
 * the registry's.
 * @example Object.keys(POLICIES) // → ["national","jiaxing-2019","jieyang-2018","national-frameworks"]
 */
export const POLICIES: Readonly<Record<string, () => Policy>> = policiesOf({ jiaxing, jieyang });
