/**
 * What cold reviews 31–33 share (readings living-allowance-days-unknown, earlier-grant-says-what-it-paid): a Jiaxing
 * living-allowance claimant, her March course, a living-allowance grant another system kept without its days, and a runner
 * deciding a claims document given as plain objects under Jiaxing with its ILLUSTRATIVE catalogue (the 50.00 a day is
 * jx2019's own: 「按每人每天 50 元标准给予生活费补贴」).
 */
import type { BatchResult, Decision, Policy } from "../../src/index.js";
import { evaluateBatch } from "../../src/index.js";
import { course, JX, kept, NANHU } from "./ordinary.js";
import { la as laOn } from "./repeatCourse.js";
import { parsed } from "./world.js";

type O = Record<string, unknown>;

/** A local 就业困难人员 (Nanhu hukou), in jx2019 四(三)四's list, not entitled to a pension. */
export const person = (o: O = {}): O => ({ id: "P1", birthDate: "1990-05-05", statuses: ["employmentDifficulty"], hukouRegion: NANHU, receivesMonthlyPension: false, monthlyPensionEntitled: false, ...o });
/** P1's living-allowance claim on `courseId`, filed 2020-07-01 unless said. */
export const la = (id: string, courseId: string, submittedOn = "2020-07-01"): O => laOn(id, courseId, submittedOn);
/** A living-allowance grant as another system kept it: no days, no keys unless given. */
export const keptAllowance = (o: O): O => kept({ measure: "livingAllowance", provision: "jx2019.living-allowance", ...o });
/** The March course K1, 03-01..03-10, every day attended: 10 × 50.00 (jx2019 四(三)四) = 500.00. */
export const MARCH = course("K1", { startDate: "2020-03-01", endDate: "2020-03-10" });

/** Decides `doc` (records as plain objects, checked by `parsed`) under `policy`: the decisions and the grants, to chain a run. */
export const runs = (policy: Policy, doc: O): BatchResult => evaluateBatch(policy, parsed(doc));
/** The decisions of `doc` by claim id. */
export const decide = (doc: O, policy: Policy = JX): Map<string, Decision> => new Map(runs(policy, doc).decisions.map((d) => [d.claimId, d]));
/** A decision's outcome, amount and missing facts. */
export const outcome = (d: Decision | undefined) => [d?.outcome, d?.amount, d?.missingFacts];
