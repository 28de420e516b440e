/**
 * How a caller's subsidy catalogue editions join a policy ({@link withCatalogue}), reading each edition with
 * `parseSubsidyCatalogue`. A module of its own beside `subsidyCatalogue.ts`: written when the parser's messages took the
 * measures' labels from the rules' modules (an import cycle through the catalogue's parameters); since
 * `provisions/lineLabels.ts` they do not, and the module stays apart only because nothing gains by moving it back.
 */
import { checkArgument, checkParsed, checkPolicy, isObject } from "../../arguments.js";
import { assert } from "../../core/assert.js";
import { compareDates } from "../../core/date.js";
import type { CatalogueSource, Policy } from "../../core/layer.js";
import { assemblePolicy, defineLayer, replaceParameter } from "../../core/layer.js";
import type { DatedValue } from "../../core/parameter.js";
import type { SubsidyCatalogue } from "../../records/catalogue.js";
import { parseSubsidyCatalogue } from "../../records/parse.js";
import { catalogueEditionsFor, subsidyCatalogue } from "./subsidyCatalogue.js";

/**
 * A new policy whose catalogue parameter holds the caller's editions (each in force
 * from its `effectiveFrom` until the next one), carried by a layer of its own so that
 * every decision's trace names the layer and citation the standard came from. The
 * policy passed in is unchanged. An edition taking effect on or after the source's
 * `endsOn` is set aside ({@link catalogueEditionsFor}).
 * @throws SkillsSubsidyError when the policy declares no catalogue slot, two
 * editions start on one day, or every edition takes effect on or after `endsOn`.
 * @throws SkillsSubsidyError `invalid_argument` when `policy` is no policy, an edition is one `parseSubsidyCatalogue`
 * refuses (naming its field, e.g. `catalogue[0].entries[3].standard`; a parser's `Result` given for its value is told
 * so), or `source` is no catalogue source.
 * Encodes `gbf2019.local-standards` (§(十二)).
 * @example
 * import { readFileSync } from "node:fs";
 * const edition = parseSubsidyCatalogue(JSON.parse(readFileSync("fixtures/examples/catalogue-2020.json", "utf8")));
 * if (!edition.ok) throw new Error("unreadable catalogue");
 * const policy = withCatalogue(nationalPolicy(), edition.value, {
 *   layer: "example.catalogue", label: { zh: "示例目录", en: "example catalogue" },
 *   citation: cite("gbf2019.local-standards", "§(十二)"), lastVerifiedOn: "2026-11-25",
 * });
 * policy.layers.map((l) => l.id) // → ["national.gbf2019","example.catalogue"]
 * policy.id // → "national+example.catalogue"
 */
export function withCatalogue(policy: Policy, catalogue: SubsidyCatalogue | readonly SubsidyCatalogue[], source: CatalogueSource): Policy {
  checkPolicy(policy);
  // Each edition read as parseSubsidyCatalogue reads it: a caller's JavaScript may hand over JSON the parser refuses (a
  // negative standard, a level "Junior", 1000.005 yuan), which would price claims (cold review 110 F1).
  const list = Array.isArray(catalogue) ? (catalogue as readonly unknown[]) : [catalogue];
  for (const [i, edition] of list.entries()) {
    checkParsed(parseSubsidyCatalogue(edition), Array.isArray(catalogue) ? `catalogue[${i}]` : "catalogue", { zh: "补贴目录版本（由 parseSubsidyCatalogue 解析）", en: "a subsidy catalogue edition (as parseSubsidyCatalogue parses one)" }, edition);
  }
  checkArgument(isObject(source) && typeof source["layer"] === "string" && isObject(source["label"]) && isObject(source["citation"]) && typeof source["lastVerifiedOn"] === "string", "source", { zh: "目录来源（layer、label、citation、lastVerifiedOn；如 catalogueSourceFor(policy)）", en: "a catalogue source (layer, label, citation, lastVerifiedOn; e.g. catalogueSourceFor(policy))" }, source);
  assert(policy.parameter(subsidyCatalogue.id) !== undefined, "invalid_argument", { zh: `withCatalogue：政策 ${policy.id} 没有声明 ${subsidyCatalogue.id}`, en: `withCatalogue: policy ${policy.id} declares no ${subsidyCatalogue.id} slot` }, { argument: "policy" });
  const given = [...(Array.isArray(catalogue) ? (catalogue as readonly SubsidyCatalogue[]) : [catalogue as SubsidyCatalogue])].sort((a, b) => compareDates(a.effectiveFrom, b.effectiveFrom));
  assert(given.length > 0, "invalid_argument", { zh: "withCatalogue：没有给出目录版本", en: "withCatalogue: no catalogue edition given" }, { argument: "catalogue" });
  const { kept: editions, setAside } = catalogueEditionsFor(given, source.endsOn);
  const late = setAside.map((e) => `${e.id} (${e.effectiveFrom})`).join(", ");
  assert(editions.length > 0, "invalid_argument", { zh: `withCatalogue：目录版本 ${late} 均在目录止日 ${source.endsOn} 当日或之后施行`, en: `withCatalogue: every edition, ${late}, takes effect on or after ${source.endsOn}, when the catalogue ends` }, { argument: "catalogue" });
  const values: DatedValue<SubsidyCatalogue>[] = editions.map((e) => ({ from: e.effectiveFrom, value: e }));
  if (source.endsOn !== undefined) values.push({ from: source.endsOn, value: null });
  const last = policy.layers[policy.layers.length - 1];
  assert(last !== undefined, "invalid_argument", { zh: "withCatalogue：政策没有任何层", en: "withCatalogue: empty policy" }, { argument: "policy" });
  const layer = defineLayer({
    id: source.layer,
    level: source.level ?? last.level,
    // A catalogue governs no territory of its own: the scope of the policy stays the layers above.
    region: source.region ?? null,
    label: source.label,
    documents: [source.citation.document],
    scope: source.citation,
    parameterOverrides: [replaceParameter(subsidyCatalogue, { label: source.label, citation: source.citation, values, lastVerifiedOn: source.lastVerifiedOn })],
  });
  return assemblePolicy({
    id: source.policyId ?? `${policy.id}+${source.layer}`,
    label: { zh: `${policy.label.zh}＋${source.label.zh}`, en: `${policy.label.en} + ${source.label.en}` },
    layers: [...policy.layers, layer],
  });
}
