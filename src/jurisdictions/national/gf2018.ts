/**
 * The national layer of 国发〔2018〕11号 (gf2018), the lifelong vocational training
 * system, as the base of the 2018 forwarding chain gf2018 → yf2018 (Guangdong) →
 * jf2018 (Jieyang).
 *
 * The text sets no amounts and no certificate-basis rule (those come with gbf2019 in
 * 2019); it sets catalogue management (gf2018.catalogues), the openness of subsidised
 * projects to every qualified institution (gf2018.open-to-qualified), the key
 * groups of employment-skills training (gf2018.groups) and a skill-level system joined
 * to the vocational-qualification system (gf2018.skill-level-system). So the layer
 * declares the catalogue slot, the groups, the skill ladder of its day (the five
 * 职业资格 levels 初级工 … 高级技师, reading skill-ladder-2018) and the framework
 * marker, and binds no measure: a claim
 * under the 2018 chain alone is `undecidable` (`measure_not_provided`), and a city
 * that extends the chain supplies its catalogue ({@link withCatalogue}) and the rule
 * it applies.
 *
 * Reading (gf2018-chain-groups): this chain is separate from gbf2019 → plan2021 → op2025
 * because both declare the same slots; for claims from 2019-05-18 use those frameworks: this
 * chain carries none of gbf2019's rules (no annual cap, no no-repeat bar), so its framework
 * (`national.framework`) ends on 2019-05-18 and a training-subsidy claim of that date or later is
 * `undecidable` under it.
 */
import { cite } from "../../core/citation.js";
import { defineLayer } from "../../core/layer.js";
import { declareFromData } from "../../core/parameterData.js";
import { GF2018_PARAMS } from "./gf2018.params.js";
import { nationalFramework } from "../../provisions/framework.js";
import { skillLadder } from "../../provisions/levels/skillLadder.js";
import { openMarket, subsidyCatalogue } from "../../provisions/trainingSubsidy/subsidyCatalogue.js";
import { trainingSubsidyGroupIds } from "../../provisions/trainingSubsidy/trainingSubsidyGroups.js";

/** The layer's parameter values, from gf2018.params.yaml. */
const P = /* @__PURE__ */ (() => GF2018_PARAMS.parameters)();
/**
 * Issued 2018-05-03.
 * @example GF2018_ISSUED // → "2018-05-03"
 */
export const GF2018_ISSUED: string = /* @__PURE__ */ (() => P["national.framework"].values[0].from)();

/**
 * The national layer of 国发〔2018〕11号 (the lifelong vocational training system): its
 * groups, catalogues, open-to-qualified rule and skill ladder, the root of the Jieyang
 * 2018 chain. Encodes the `gf2018.*` provisions.
 * @example
 * [gf2018.id, gf2018.level, gf2018.documents] // → ["national.gf2018","national",["gf2018"]]
 * (gf2018.parameters ?? []).length // → 5
 */
export const gf2018 = /* @__PURE__ */ (() =>
  defineLayer({
    id: "national.gf2018",
    level: "national",
    region: null,
    label: { zh: "国务院关于推行终身职业技能培训制度的意见", en: "State Council opinions on the lifelong vocational training system" },
    documents: ["gf2018"],
    scope: cite("gf2018.catalogues", "§(十二)"),
    parameters: [
      subsidyCatalogue,
      declareFromData(openMarket, P["trainingSubsidy.openMarket"]),
      declareFromData(nationalFramework, P["national.framework"]),
      declareFromData(trainingSubsidyGroupIds, P["trainingSubsidy.groups"]),
      // Declared here, not overridden by gbf2019: no policy holds both layers (they declare the same
      // slots), and gbf2019 declares its own ladder for the national frameworks.
      declareFromData(skillLadder, P["levels.skillLadder"]),
    ],
  }))();
