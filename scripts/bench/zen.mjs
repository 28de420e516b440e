// (c) @gorules/zen-engine: the subset as a JDM decision graph (subset.jdm.json, written by
// build-zen-graph.mjs from the catalogue fixture), evaluated once per claim in the
// library's judged order. The claim's input is its trainee's, certificate's and course's
// fields plus the history facts from the same growing per-person index the floor uses.
// ZEN ships native binaries per platform as optional dependencies: when none loads here,
// `loadZen` says why and the harness skips this engine.
import { readFileSync } from "node:fs";
import { History, judgedOrder, occKey, row } from "./common.mjs";

export async function loadZen() {
  try {
    const { ZenEngine } = await import("@gorules/zen-engine");
    return { ZenEngine };
  } catch (error) {
    return { error: `@gorules/zen-engine does not load on ${process.platform}-${process.arch}: ${String(error.message ?? error).split("\n")[0]}` };
  }
}

export function zenDecision(ZenEngine) {
  const graph = JSON.parse(readFileSync(new URL("./subset.jdm.json", import.meta.url), "utf8"));
  return new ZenEngine().createDecision(graph);
}

/** Decides the documents; resolves to one row per claim. */
export async function zen(decision, documents) {
  const out = [];
  for (const document of documents) {
    const history = History.fromLedger(document.ledger);
    for (const { claim } of judgedOrder(document)) {
      const t = document.trainees.get(claim.traineeId);
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
      let key;
      if (claim.certificateId !== undefined) {
        cert = document.certificates.get(claim.certificateId);
        key = occKey(cert.occupation.code, cert.level);
        input.occupationCode = cert.occupation.code;
        input.level = cert.level ?? null;
        input.certificateKind = cert.kind;
        input.issuedOn = cert.issuedOn;
        if (claim.measure === "trainingSubsidy") {
          input.trainingSubsidiesInYear = history.tsInYear(t.id, Number(cert.issuedOn.slice(0, 4)));
          input.trainingSubsidyForOccupationLevel = history.tsHas(t.id, key);
        } else input.appraisalForOccupationLevel = history.apHas(t.id, key);
      }
      if (claim.courseId !== undefined) input.attendedDays = document.courses.get(claim.courseId).attendedDays;
      const { result } = await decision.evaluate(input);
      if (result.codes.length > 0) {
        out.push(row(claim.id, "denied", 0, result.codes.join("+")));
        continue;
      }
      if (cert !== undefined) history.add(t.id, claim.measure, cert.issuedOn, key);
      out.push(row(claim.id, "granted", result.amountFen, "granted"));
    }
  }
  return out;
}
