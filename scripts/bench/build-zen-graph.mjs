// Writes subset.jdm.json, the benchmark's rule subset as a ZEN (GoRules JDM) decision
// graph: one expression node that decides a claim from its input — the person's facts,
// the certificate's or course's, the catalogue row for its occupation@level (fed as input
// data by zen.mjs from the same nested Maps the floor reads, not held in a decision
// table), and the history facts (training subsidies this year, occupation@level already
// paid, an earlier certificate of the occupation@level held, a course's occupation@level paid
// before its first day) from the same per-person counters. It outputs `code` (0 for a grant, else one bit
// per failed rule, BITS in common.mjs) and `amountFen`. Expression nodes only: GoRules'
// performance page says decision tables and expression nodes are the fast node kinds and
// Function nodes (JavaScript) the slow one.
//
//   node scripts/bench/build-zen-graph.mjs   (rewrites scripts/bench/subset.jdm.json)
import { writeFileSync } from "node:fs";
import { BITS } from "./common.mjs";

const within = (field) => `(${field} == 'zhejiang.jiaxing' or (${field} != null and startsWith(${field}, 'zhejiang.jiaxing.')))`;
const has = (status) => `contains(statuses, '${status}')`;
const bit = (cond, code) => `(${cond} ? ${BITS[code]} : 0)`;
const pos = (x) => ({ x, y: 100 });

const decide = {
  id: "decide",
  type: "expressionNode",
  name: "decide",
  position: pos(250),
  content: {
    passThrough: false,
    inputField: null,
    outputPath: null,
    executionMode: "single",
    expressions: [
      { id: "resident", key: "resident", value: `${within("hukouRegion")} or (${within("residenceRegion")} and hasResidencePermit == true) or ${within("employmentRegion")} or ${within("unemploymentRegisteredAt")}` },
      {
        id: "code",
        key: "code",
        value:
          `measure == 'trainingSubsidy' ? ${[
            bit("not $.resident", "no_residency_basis"),
            bit("catalogueRow == null", "not_in_catalogue"),
            bit("catalogueRow != null and not contains(catalogueRow.kinds, certificateKind)", "certificate_kind_not_accepted"),
            bit("trainingSubsidiesInYear >= 3", "annual_cap_reached"),
            bit("trainingSubsidyForOccupationLevel", "occupation_level_already_subsidised"),
          ].join(" + ")} : ` +
          `measure == 'appraisalSubsidy' ? ${[bit("not $.resident", "no_residency_basis"), bit("appraisalForOccupationLevel", "appraisal_already_granted"), bit("not appraisalForOccupationLevel and earlierCertificate", "appraisal_not_first")].join(" + ")} : ` +
          `${bit(`not (${has("povertyRegistered")} or ${has("employmentDifficulty")} or ${has("zeroEmploymentHousehold")} or (${has("nonContinuingGraduate")} and (${has("rural")} or ${has("urbanDibaoFamily")})))`, "not_in_living_allowance_group")} + ${bit("repeatCourse", "occupation_level_already_subsidised")}`,
      },
      {
        id: "fen",
        key: "amountFen",
        value:
          "$.code > 0 ? 0 : " +
          "measure == 'trainingSubsidy' ? (contains(statuses, 'tradeFrictionAffected') and date(issuedOn) <= date('2021-12-31') ? floor((catalogueRow.fen * 130 + 50) / 100) : catalogueRow.fen) : " +
          "measure == 'appraisalSubsidy' ? (level == 'junior' or level == 'intermediate' ? 12000 : level == 'senior' or level == 'technician' ? 15000 : 18000) : " +
          "5000 * attendedDays",
      },
    ],
  },
};

const graph = {
  contentType: "application/vnd.gorules.decision",
  nodes: [{ id: "request", type: "inputNode", name: "claim", position: pos(0) }, decide, { id: "response", type: "outputNode", name: "decision", position: pos(500) }],
  edges: [
    ["request", "decide"],
    ["decide", "response"],
  ].map(([sourceId, targetId]) => ({ id: `${sourceId}-${targetId}`, sourceId, targetId, type: "edge" })),
};

writeFileSync(new URL("./subset.jdm.json", import.meta.url), `${JSON.stringify(graph, null, 2)}\n`);
console.error("wrote scripts/bench/subset.jdm.json");
