// Writes subset.jdm.json, the benchmark's rule subset as a ZEN (GoRules JDM) decision
// graph: an expression node for the person's eligibility facts, a decision table of the
// illustrative catalogue's rows (generated from fixtures/jiaxing/catalogue-2020.json), a
// decision table of the appraisal standards by level, and an expression node that
// collects the failed rules' codes (in the library's order) and prices the grant in fen.
// The history facts come in with each claim (trainingSubsidiesInYear,
// trainingSubsidyForOccupationLevel, appraisalForOccupationLevel), computed from the
// same per-person index the floor uses.
//
//   node scripts/bench/build-zen-graph.mjs   (rewrites scripts/bench/subset.jdm.json)
import { writeFileSync } from "node:fs";
import { catalogueJson, fenOf } from "./common.mjs";

const within = (field) => `(${field} == 'zhejiang.jiaxing' or (${field} != null and startsWith(${field}, 'zhejiang.jiaxing.')))`;
const has = (status) => `contains(statuses, '${status}')`;
const pos = (x) => ({ x, y: 100 });

const eligibility = {
  id: "eligibility",
  type: "expressionNode",
  name: "eligibility",
  position: pos(250),
  content: {
    passThrough: true,
    inputField: null,
    outputPath: null,
    executionMode: "single",
    expressions: [
      { id: "resident", key: "resident", value: `${within("hukouRegion")} or (${within("residenceRegion")} and hasResidencePermit == true) or ${within("employmentRegion")} or ${within("unemploymentRegisteredAt")}` },
      { id: "laGroup", key: "livingAllowanceGroup", value: `${has("povertyRegistered")} or ${has("employmentDifficulty")} or ${has("zeroEmploymentHousehold")} or (${has("nonContinuingGraduate")} and (${has("rural")} or ${has("urbanDibaoFamily")}))` },
      { id: "uplift", key: "upliftPercent", value: `measure == 'trainingSubsidy' ? (${has("tradeFrictionAffected")} ? (date(issuedOn) <= date('2021-12-31') ? 30 : 0) : 0) : 0` },
    ],
  },
};

const q = (s) => `'${s}'`;
const catalogue = {
  id: "catalogue",
  type: "decisionTableNode",
  name: "catalogue",
  position: pos(500),
  content: {
    hitPolicy: "first",
    passThrough: true,
    inputField: null,
    outputPath: null,
    executionMode: "single",
    inputs: [
      { id: "occupation", name: "occupation", field: "occupationCode" },
      { id: "level", name: "level", field: "level" },
    ],
    outputs: [
      { id: "fen", name: "standard (fen)", field: "catalogueFen" },
      { id: "kinds", name: "certificate kinds", field: "catalogueKinds" },
    ],
    rules: catalogueJson.entries.map((e, i) => ({
      _id: `row${i}`,
      occupation: q(e.occupation.code),
      level: e.level === undefined ? "$ == null" : q(e.level),
      fen: String(fenOf(e.standard)),
      kinds: `[${e.certificateKinds.map(q).join(", ")}]`,
    })),
  },
};

const appraisal = {
  id: "appraisal",
  type: "decisionTableNode",
  name: "appraisal standards",
  position: pos(750),
  content: {
    hitPolicy: "first",
    passThrough: true,
    inputField: null,
    outputPath: null,
    executionMode: "single",
    inputs: [{ id: "level", name: "level", field: "level" }],
    outputs: [{ id: "fen", name: "standard (fen)", field: "appraisalFen" }],
    rules: [
      { _id: "a1", level: "'junior', 'intermediate'", fen: "12000" },
      { _id: "a2", level: "'senior', 'technician'", fen: "15000" },
      { _id: "a3", level: "'seniorTechnician'", fen: "18000" },
    ],
  },
};

const code = (cond, c) => `(${cond} ? '${c}' : '')`;
const decide = {
  id: "decide",
  type: "expressionNode",
  name: "decide",
  position: pos(1000),
  content: {
    passThrough: false,
    inputField: null,
    outputPath: null,
    executionMode: "single",
    expressions: [
      {
        id: "codes",
        key: "codes",
        value:
          `measure == 'trainingSubsidy' ? filter([${[
            code("not resident", "no_residency_basis"),
            code("catalogueFen == null", "not_in_catalogue"),
            code("catalogueFen != null and not contains(catalogueKinds, certificateKind)", "certificate_kind_not_accepted"),
            code("trainingSubsidiesInYear >= 3", "annual_cap_reached"),
            code("trainingSubsidyForOccupationLevel", "occupation_level_already_subsidised"),
          ].join(", ")}], len(#) > 0) : ` +
          `measure == 'appraisalSubsidy' ? filter([${[code("not resident", "no_residency_basis"), code("appraisalForOccupationLevel", "appraisal_already_granted")].join(", ")}], len(#) > 0) : ` +
          `filter([${code("not livingAllowanceGroup", "not_in_living_allowance_group")}], len(#) > 0)`,
      },
      {
        id: "fen",
        key: "amountFen",
        value: "len($.codes) > 0 ? 0 : measure == 'trainingSubsidy' ? round(catalogueFen * (100 + upliftPercent) / 100) : measure == 'appraisalSubsidy' ? appraisalFen : 5000 * attendedDays",
      },
    ],
  },
};

const graph = {
  contentType: "application/vnd.gorules.decision",
  nodes: [{ id: "request", type: "inputNode", name: "claim", position: pos(0) }, eligibility, catalogue, appraisal, decide, { id: "response", type: "outputNode", name: "decision", position: pos(1250) }],
  edges: [
    ["request", "eligibility"],
    ["eligibility", "catalogue"],
    ["catalogue", "appraisal"],
    ["appraisal", "decide"],
    ["decide", "response"],
  ].map(([sourceId, targetId]) => ({ id: `${sourceId}-${targetId}`, sourceId, targetId, type: "edge" })),
};

writeFileSync(new URL("./subset.jdm.json", import.meta.url), `${JSON.stringify(graph, null, 2)}\n`);
console.error("wrote scripts/bench/subset.jdm.json");
