// @gorules/zen-engine 0.54, used the way its documentation recommends for throughput:
// - the decision is created once and reused for every evaluation ("Basic usage" of the
//   Node.js reference, docs.gorules.io/reference/nodejs: `engine.createDecision(content)`,
//   then `decision.evaluate(input)`), from a ZenDecisionContent ("Performance
//   optimization tips", docs.gorules.io/developers/overview/performance: "Use
//   ZenDecisionContent to parse and compile decisions once, then reuse them for multiple
//   evaluations"; the loader section of the Node.js reference says the same of it);
// - expression nodes only, no Function node (the same performance page: tables and
//   expressions are the fast node kinds, Function nodes run JavaScript and are slower);
// - no trace (ZenEvaluateOptions.trace is off unless asked for);
// - the catalogue fed as input data: the claim's row is looked up in the same nested Maps
//   the floor reads and passed with the claim, instead of a 217-row decision table;
// - one `evaluate` per claim (the binding has no batch or synchronous evaluate), several
//   people's claims in flight at once: a person's claims are awaited in order (each depends
//   on the grants before it), ZEN_CONCURRENCY people (default 8) at a time. ZEN evaluates
//   on a native thread pool; awaiting one claim at a time left it idle between calls and
//   measured ZEN at a third of its CPU rate (5.7k against 16–18k claims per CPU-second on
//   one input, 2026-12-03 19:01 UTC, load 0.7), which flattered the library.
// The harness around it (records by id, per-person counters, the order within a person)
// is common.mjs's `prepare` and `Counters`, the same for json-rules-engine.
// ZEN ships native binaries per platform as optional dependencies: when none loads here,
// `loadZen` says why and the harness reports ZEN as not run.
import { readFileSync } from "node:fs";
import { prepare, yearOf } from "./common.mjs";

const CONCURRENCY = Math.max(1, Number(process.env.ZEN_CONCURRENCY ?? 8));

export async function loadZen() {
  try {
    const { ZenEngine, ZenDecisionContent } = await import("@gorules/zen-engine");
    return { ZenEngine, ZenDecisionContent };
  } catch (error) {
    return { error: `@gorules/zen-engine does not load on ${process.platform}-${process.arch}: ${String(error.message ?? error).split("\n")[0]}` };
  }
}

/** The decision, created once. */
export function zenDecision({ ZenEngine, ZenDecisionContent }) {
  const content = new ZenDecisionContent(readFileSync(new URL("./subset.jdm.json", import.meta.url)));
  return new ZenEngine().createDecision(content);
}

/** Decides raw documents into `out` (Outcomes by claim position). */
export async function zen(decision, documents, catalogue, out) {
  let base = 0;
  for (const document of documents) {
    const { trainees, certificates, courses, counters, order } = prepare(document);
    const claims = document.claims;
    // The judged order, split by person (each keeps its order); people are independent.
    const byPerson = new Map();
    for (const i of order) {
      const id = claims[i].traineeId;
      let list = byPerson.get(id);
      if (list === undefined) byPerson.set(id, (list = []));
      list.push(i);
    }
    const people = [...byPerson.values()];
    let nextPerson = 0;
    const worker = async () => {
      while (nextPerson < people.length) {
        for (const i of people[nextPerson++]) await decideOne(i);
      }
    };
    const decideOne = async (i) => {
      const claim = claims[i];
      const t = trainees.get(claim.traineeId);
      const input = {
        measure: claim.measure,
        statuses: t.statuses,
        hukouRegion: t.hukouRegion ?? null,
        residenceRegion: t.residenceRegion ?? null,
        hasResidencePermit: t.hasResidencePermit ?? null,
        employmentRegion: t.employmentRegion ?? null,
        unemploymentRegisteredAt: t.unemploymentRegisteredAt ?? null,
      };
      let cert;
      let history;
      if (claim.certificateId !== undefined) {
        cert = certificates.get(claim.certificateId);
        history = counters(t.id);
        input.level = cert.level ?? null;
        input.certificateKind = cert.kind;
        input.issuedOn = cert.issuedOn;
        if (claim.measure === "trainingSubsidy") {
          input.catalogueRow = catalogue.get(cert.occupation.code)?.get(cert.level ?? "") ?? null;
          input.trainingSubsidiesInYear = history.tsInYear(yearOf(cert.issuedOn));
          input.trainingSubsidyForOccupationLevel = history.tsHas(cert.occupation.code, cert.level);
        } else {
          input.appraisalForOccupationLevel = history.apHas(cert.occupation.code, cert.level);
          input.earlierCertificate = history.heldBefore(cert.occupation.code, cert.level, cert.issuedOn);
        }
      }
      if (claim.courseId !== undefined) {
        const course = courses.get(claim.courseId);
        input.attendedDays = course.attendedDays;
        // a course repeating an occupation@level paid before its first day (reading living-allowance-repeat-course)
        input.repeatCourse = counters(t.id).tsBefore(course.occupation.code, course.level, course.startDate);
      }
      const { result } = await decision.evaluate(input);
      out.code[base + i] = result.code;
      out.fen[base + i] = result.amountFen;
      if (result.code === 0 && cert !== undefined) {
        if (claim.measure === "trainingSubsidy") history.addTs(yearOf(cert.issuedOn), cert.occupation.code, cert.level, cert.issuedOn);
        else history.addAp(cert.occupation.code, cert.level);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    base += claims.length;
  }
}
