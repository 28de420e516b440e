/**
 * Records for 以工代训 tests (cold reviews 41 and 42): an example-city enterprise on record (E1, insured there), a
 * 扶贫车间 (E2, no insurance on record), a poverty-registered worker of E1, a claim by an enterprise for months, a prior
 * grant naming months or none, and `n` calendar months from a first one. Figures are ILLUSTRATIVE.
 */
import type { Decision, Policy } from "../../src/index.js";
import { evaluateBatch } from "../../src/index.js";
import { parsed } from "./world.js";

type O = Record<string, unknown>;

/** An example-city enterprise, insured in the city. */
export const E1 = { id: "E1", name: "示例一厂", region: "example.city", unemploymentInsuranceRegion: "example.city" };
/** An example-city 扶贫车间 with no insurance on record. */
export const E2 = { id: "E2", name: "示例扶贫车间", region: "example.city" };
/** A poverty-registered labourer employed by E1 (P1). */
export const poor = (o: O = {}): O => ({ id: "P1", birthDate: "1990-05-05", statuses: ["povertyRegistered"], hukouRegion: "example.city", employerId: "E1", ...o });
/** A 以工代训 claim by enterprise `ent` for P1's `months`. */
export const wft = (id: string, months: string[], submittedOn: string, ent = "E1"): O => ({ id, measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: ent }, enterpriseId: ent, months, submittedOn });
/** A prior 以工代训 grant to `ent` for P1, naming `months` (or none). */
export const grant = (id: string, months: string[] | undefined, ent = "E1", amount = "1000.00"): O => ({ id, claimId: `OLD-${id}`, traineeId: "P1", measure: "workForTrainingSubsidy", provision: "gbf2019.work-for-training", payee: { kind: "enterprise", id: ent }, amount, basisDate: "2021-03-01", ...(months === undefined ? {} : { months }) });
/** `n` calendar months from `first` (YYYY-MM). */
export const monthRun = (first: string, n: number): string[] => {
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  for (let i = 0; i < n; i++) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
};
/** The months a 以工代训 decision paid (its work_for_training_months reason), `[]` when none. */
export const paidMonths = (d: Decision): string[] => (d.reasons.find((r) => r.code === "work_for_training_months")?.facts as { months?: string[] } | undefined)?.months ?? [];
/** P1's document (E1, E2 and the worker, then `doc`'s records) decided as a batch under `policy`. */
export const wftBatch = (policy: Policy, doc: O) => evaluateBatch(policy, parsed({ enterprises: [E1, E2], trainees: [poor()], ...doc }));
