// (b) json-rules-engine: the subset's rules as JSON conditions (jre-rules.json), one
// engine per measure, run once per claim in the library's judged order. The facts of a
// claim are its trainee's, certificate's and course's fields; the history facts are
// engine facts over the same growing per-person index the floor uses (History), and the
// catalogue row is an engine fact over the same catalogue lookup. Amounts come from the
// events' params (standard, uplift percent, fen per day), in integer fen.
import { readFileSync } from "node:fs";
import { Engine } from "json-rules-engine";
import { catalogueIndex, History, judgedOrder, occKey, row } from "./common.mjs";

const RULES = JSON.parse(readFileSync(new URL("./jre-rules.json", import.meta.url), "utf8"));
const MEASURES = ["trainingSubsidy", "livingAllowance", "appraisalSubsidy"];

/** The three engines, sharing `state.history` (swapped per document). */
function engines(state) {
  const catalogue = catalogueIndex();
  const out = {};
  for (const measure of MEASURES) {
    const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: true });
    engine.addOperator("within", (a, b) => typeof a === "string" && (a === b || a.startsWith(`${b}.`)));
    engine.addOperator("notWithin", (a, b) => !(typeof a === "string" && (a === b || a.startsWith(`${b}.`))));
    engine.addOperator("onOrBefore", (a, b) => typeof a === "string" && a <= b);
    engine.setCondition("residency", RULES.residency);
    engine.addFact("catalogueRow", async (_p, almanac) => catalogue.get(await almanac.factValue("occupationKey")) ?? null);
    engine.addFact("trainingSubsidiesInYear", async (_p, almanac) => state.history.tsInYear(await almanac.factValue("traineeId"), await almanac.factValue("issueYear")), { cache: false });
    engine.addFact("trainingSubsidyForOccupationLevel", async (_p, almanac) => state.history.tsHas(await almanac.factValue("traineeId"), await almanac.factValue("occupationKey")), { cache: false });
    engine.addFact("appraisalForOccupationLevel", async (_p, almanac) => state.history.apHas(await almanac.factValue("traineeId"), await almanac.factValue("occupationKey")), { cache: false });
    for (const rule of RULES[measure]) engine.addRule(rule);
    out[measure] = engine;
  }
  return out;
}

/** Decides the documents; resolves to one row per claim. */
export async function jre(documents) {
  const state = { history: null };
  const byMeasure = engines(state);
  const out = [];
  for (const document of documents) {
    state.history = History.fromLedger(document.ledger);
    for (const { claim } of judgedOrder(document)) {
      const t = document.trainees.get(claim.traineeId);
      const facts = {
        traineeId: t.id,
        statuses: t.statuses,
        hukouRegion: t.hukouRegion,
        residenceRegion: t.residenceRegion,
        hasResidencePermit: t.hasResidencePermit,
        employmentRegion: t.employmentRegion,
        unemploymentRegisteredAt: t.unemploymentRegisteredAt,
      };
      let cert;
      let course;
      if (claim.certificateId !== undefined) {
        cert = document.certificates.get(claim.certificateId);
        facts.occupationKey = occKey(cert.occupation.code, cert.level);
        facts.level = cert.level;
        facts.certificateKind = cert.kind;
        facts.issuedOn = cert.issuedOn;
        facts.issueYear = Number(cert.issuedOn.slice(0, 4));
      }
      if (claim.courseId !== undefined) {
        course = document.courses.get(claim.courseId);
        facts.attendedDays = course.attendedDays;
      }
      const { events } = await byMeasure[claim.measure].run(facts);
      const denials = events.filter((e) => e.type === "deny").sort((a, b) => a.params.order - b.params.order);
      if (denials.length > 0) {
        out.push(row(claim.id, "denied", 0, denials.map((e) => e.params.code).join("+")));
        continue;
      }
      let fen = 0;
      if (claim.measure === "trainingSubsidy") {
        fen = events.find((e) => e.type === "standard").params.row.fen;
        const uplift = events.find((e) => e.type === "uplift");
        if (uplift !== undefined) fen = Math.round((fen * (100 + uplift.params.percent)) / 100);
      } else if (claim.measure === "appraisalSubsidy") fen = events.find((e) => e.type === "standard").params.fen;
      else fen = events.find((e) => e.type === "perDay").params.fen * course.attendedDays;
      if (cert !== undefined) state.history.add(t.id, claim.measure, cert.issuedOn, facts.occupationKey);
      out.push(row(claim.id, "granted", fen, "granted"));
    }
  }
  return out;
}
