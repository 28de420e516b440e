/**
 * The runner cold reviews 27–29 share (reading living-allowance-repeat-course): decides a claims document given as plain
 * objects, each claim as `outcome:amount[:codes]` — the refusal's or hold's codes that matter to the repeat-course check
 * (occupation_level_already_subsidised, earlier_claim_undecided), or an undecidable claim's missing facts — with the
 * decisions by claim id and the grants (to chain a second run by the ledger).
 */
import type { Decision, Policy } from "../../src/index.js";
import { evaluateBatch } from "../../src/index.js";
import { cert, course, E1, kept, TRAINEE, worker } from "./ordinary.js";
import { parsed } from "./world.js";

type O = Record<string, unknown>;

export function decideRepeat(policy: Policy, doc: O, ledger: readonly O[] = [], order?: "judged" | "trainee") {
  const r = evaluateBatch(policy, parsed({ ...doc, ledger }), order === undefined ? {} : { order });
  const decided: Record<string, string> = {};
  const byId: Record<string, Decision> = {};
  for (const d of r.decisions) {
    const codes = d.reasons.filter((x) => x.code === "occupation_level_already_subsidised" || x.code === "earlier_claim_undecided").map((x) => x.code);
    decided[d.claimId] = d.outcome === "undecidable" ? `undecidable:${d.missingFacts.join(",")}` : `${d.outcome}:${d.amount}${codes.length > 0 ? `:${codes.join(",")}` : ""}`;
    byId[d.claimId] = d;
  }
  return { decided, byId, grants: r.grants as unknown as O[] };
}

/** A living-allowance claim of P1 on `courseId`, filed by P1. */
export const la = (id: string, courseId: string, submittedOn = "2020-10-01", o: O = {}): O => ({ id, measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId, submittedOn, ...o });
/** The ordinary claimant of the allowance: a 贫困劳动力 with a Nanhu hukou, in no one's employ. */
export const poor = worker({ statuses: ["povertyRegistered"], employerId: undefined });
/** The repeat course K2: EX-ELEC 初级工 again (K1 was 2020-06-01 – 06-10), 2020-09-01 – 2020-09-10, ten days attended. */
export const again = (o: O = {}): O => course("K2", { startDate: "2020-09-01", endDate: "2020-09-10", ...o });
/** A training subsidy of EX-ELEC 初级工 kept by another system's ledger (no pay-once keys), 1000.00, based on `basisDate`. */
export const paidBefore = (basisDate: string, o: O = {}): O => kept({ id: "G0", claimId: "OLD-0", measure: "trainingSubsidy", provision: "jx2019.catalogue", amount: "1000.00", basisDate, occupationCode: "EX-ELEC", level: "junior", certificateId: "C0", ...o });
/** A grant naming K2 (courseId), based 2020-09-20 (after K2 began), EX-ELEC 初级工 unless `o` says otherwise. */
export const namingK2 = (o: O = {}): O => paidBefore("2020-09-20", { id: "G2", claimId: "OLD-2", courseId: "K2", certificateId: "CX", ...o });
/** K1 (first) and K2 (repeat) of the plain claimant; certificates and claims added by each test. */
export const doc = { trainees: [poor], enterprises: [E1], courses: [course("K1"), again()] };
/** The certificate earned on K2: EX-ELEC 中级工, issued 2020-09-20 (a first at its level). */
export const c2 = (o: O = {}): O => cert("C2", { level: "intermediate", issuedOn: "2020-09-20", courseId: "K2", ...o });
/** K2's allowance alone, no certificate in the document. */
export const ONLY_L2 = { ...doc, certificates: [], claims: [la("L2", "K2")] };
