// json-rules-engine 7.3.1, used as its documentation recommends: one Engine per rule set,
// created once with its rules and reused for every run ("Most applications will have a
// single instance", docs/engine.md; rules added once with addRule), the facts of each
// claim passed as runtime facts to `engine.run(facts)` (docs/facts.md, the README's basic
// example), a plain property `pathResolver` instead of json-path for the one `path`
// ("higher performance offered by simpler object traversal", docs/rules.md, "custom path
// resolver"). The rules are JSON conditions (jre-rules.json), one engine per measure, run
// once per claim; custom operators `within`/`notWithin` (region prefix) and `onOrBefore`
// (ISO dates). The history facts and the catalogue row come from the same per-person
// counters and nested catalogue Maps the floor reads (common.mjs `prepare`, the harness
// ZEN has too); amounts from the events' params, in integer fen.
import { readFileSync } from "node:fs";
import { Engine } from "json-rules-engine";
import { prepare, yearOf } from "./common.mjs";

const RULES = JSON.parse(readFileSync(new URL("./jre-rules.json", import.meta.url), "utf8"));
const MEASURES = ["trainingSubsidy", "livingAllowance", "appraisalSubsidy"];

/** The three engines, created once. */
export function jreEngines() {
  const out = {};
  for (const measure of MEASURES) {
    const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: true, pathResolver: (object, path) => (object === null || object === undefined ? undefined : object[path]) });
    engine.addOperator("within", (a, b) => typeof a === "string" && (a === b || a.startsWith(`${b}.`)));
    engine.addOperator("notWithin", (a, b) => !(typeof a === "string" && (a === b || a.startsWith(`${b}.`))));
    engine.addOperator("onOrBefore", (a, b) => typeof a === "string" && a <= b);
    engine.setCondition("residency", RULES.residency);
    for (const rule of RULES[measure]) engine.addRule(rule);
    out[measure] = engine;
  }
  return out;
}

/** Decides raw documents into `out` (Outcomes by claim position). */
export async function jre(engines, documents, catalogue, out) {
  let base = 0;
  for (const document of documents) {
    const { trainees, certificates, courses, counters, order } = prepare(document);
    const claims = document.claims;
    for (const i of order) {
      const claim = claims[i];
      const t = trainees.get(claim.traineeId);
      const facts = {
        statuses: t.statuses,
        hukouRegion: t.hukouRegion,
        residenceRegion: t.residenceRegion,
        hasResidencePermit: t.hasResidencePermit,
        employmentRegion: t.employmentRegion,
        unemploymentRegisteredAt: t.unemploymentRegisteredAt,
      };
      let cert;
      let history;
      let course;
      if (claim.certificateId !== undefined) {
        cert = certificates.get(claim.certificateId);
        history = counters(t.id);
        facts.level = cert.level;
        facts.certificateKind = cert.kind;
        facts.issuedOn = cert.issuedOn;
        if (claim.measure === "trainingSubsidy") {
          facts.catalogueRow = catalogue.get(cert.occupation.code)?.get(cert.level ?? "") ?? null;
          facts.trainingSubsidiesInYear = history.tsInYear(yearOf(cert.issuedOn));
          facts.trainingSubsidyForOccupationLevel = history.tsHas(cert.occupation.code, cert.level);
        } else {
          facts.appraisalForOccupationLevel = history.apHas(cert.occupation.code, cert.level);
          facts.earlierCertificate = history.heldBefore(cert.occupation.code, cert.level, cert.issuedOn);
        }
      }
      if (claim.courseId !== undefined) {
        course = courses.get(claim.courseId);
        facts.attendedDays = course.attendedDays;
        // a course repeating an occupation@level paid before its first day (reading living-allowance-repeat-course)
        facts.repeatCourse = counters(t.id).tsBefore(course.occupation.code, course.level, course.startDate);
      }
      const { events } = await engines[claim.measure].run(facts);
      let bits = 0;
      for (const e of events) if (e.type === "deny") bits |= e.params.bit;
      out.code[base + i] = bits;
      if (bits !== 0) {
        out.fen[base + i] = 0;
        continue;
      }
      let fen = 0;
      if (claim.measure === "trainingSubsidy") {
        fen = events.find((e) => e.type === "standard").params.row.fen;
        const uplift = events.find((e) => e.type === "uplift");
        if (uplift !== undefined) fen = Math.floor((fen * (100 + uplift.params.percent) + 50) / 100);
        history.addTs(yearOf(cert.issuedOn), cert.occupation.code, cert.level, cert.issuedOn);
      } else if (claim.measure === "appraisalSubsidy") {
        fen = events.find((e) => e.type === "standard").params.fen;
        history.addAp(cert.occupation.code, cert.level);
      } else fen = events.find((e) => e.type === "perDay").params.fen * course.attendedDays;
      out.fen[base + i] = fen;
    }
    base += claims.length;
  }
}
