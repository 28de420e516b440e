/**
 * Cold audit 28: a second implementation of the work-for-training subsidy (以工代训职业培训补贴), written from the texts BEFORE
 * reading src/provisions/workForTraining/* or law/readings/work-for-training-*.yaml. Integer fen, one pass over the claims
 * (by judging day, then id), a per-person set of paid months.
 *
 * Passage: gbf2019 §(十一) 「企业、农民专业合作社和扶贫车间等各类生产经营主体吸纳贫困劳动力就业并开展以工代训，以及参保企业吸纳就业困难
 * 人员、零就业家庭成员就业并开展以工代训的，给予一定期限的职业培训补贴，最长不超过 6个月。」 No amount: §(十二) leaves standards to
 * the city (the example city's 500.00 a month is ILLUSTRATIVE). plan2021 and op2025 do not name 以工代训 (grep: nothing).
 * gbf2019 is the 职业技能提升行动方案（2019—2021 年）, issued 2019-05-18; its measures run for the action, 2019 至 2021.
 *
 * Readings chosen (mine, before the code):
 *  W1 Who: the claimant is the employer (给予 … 职业培训补贴 to the 生产经营主体 that 吸纳 the worker): claimant kind enterprise,
 *     its id the claim's enterpriseId. A trainee filing → denied.
 *  W2 Which workers: a 贫困劳动力 (the register: povertyRegistered, pairedRegionPovertyRegistered, liftedOutOfPoverty — gbf2019
 *     「建档立卡贫困劳动力（以下简称贫困劳动力）」) taken on by ANY 生产经营主体 (insured or not); a 就业困难人员 (employmentDifficulty)
 *     or 零就业家庭成员 (zeroEmploymentHousehold) only by a 参保企业: the enterprise's unemploymentInsuranceRegion recorded → insured;
 *     absent → unknown → undecidable (no field says "not insured"). Anyone else (disabled alone, unemployed alone …) → denied.
 *  W3 吸纳…就业: the worker's employer on record must be the claimant; none recorded → undecidable; another recorded → denied
 *     (two employers of one worker: only the one the record names is shown to have taken the person on).
 *  W4 Which months: each claimed month must have begun by the judging day (submittedOn); a month not yet begun is not paid
 *     (dropped; every month future → denied). Months wholly before gbf2019 (before 2019-05) → not paid (dropped). 2019-05 (the
 *     month of issue) → paid (the measure stands from 2019-05-18, part of the month is within it). Months after the action's end
 *     (from 2022-01): no text continues 以工代训 by name, plan2021 「按规定…给予职业培训补贴」 may → undecidable (the claim held).
 *  W5 「最长不超过6个月」 per PERSON across employers (the subsidy is for the person's 以工代训; a second employer does not restart
 *     it), months in order of the claims (judging day, then id), each claim's months in calendar order; months beyond six dropped.
 *  W6 A month of a person is paid once (any employer). Prior grants of this measure for the person: months named (`months`, or
 *     keys ending `month YYYY-MM`) are paid and count toward six; a grant naming no months → what it paid is unknown → the
 *     person's later claims undecidable.
 *  W7 Outcome: some month payable → granted, months × the monthly standard; none → denied. Undecidable claims pay nothing and
 *     reserve nothing.
 */
import { competesOn } from "./competesOn.js";
type O = Record<string, any>;
export type Oracle = { outcome: "granted" | "denied" | "undecidable"; fen: number | null; why: string; months: string[] };

export const RATE_FEN = 50_000; // 500.00 a month: ILLUSTRATIVE example-city standard (gbf2019 §(十二) leaves it to the city)
const POVERTY = ["povertyRegistered", "pairedRegionPovertyRegistered", "liftedOutOfPoverty"];

export function oracle(doc: O): Map<string, Oracle> {
  const out = new Map<string, Oracle>();
  const trainees = new Map<string, O>((doc["trainees"] ?? []).map((t: O) => [t["id"], t]));
  const ents = new Map<string, O>((doc["enterprises"] ?? []).map((e: O) => [e["id"], e]));
  const paid = new Map<string, Set<string>>();
  const unknown = new Set<string>();
  for (const g of doc["ledger"] ?? []) {
    if (g["measure"] !== "workForTrainingSubsidy") continue;
    const ms: string[] = [...(g["months"] ?? []), ...((g["basisKeys"] ?? []) as string[]).map((k) => /month (\d{4}-\d{2})$/.exec(k)?.[1]).filter((x): x is string => x !== undefined)];
    if (ms.length === 0) unknown.add(g["traineeId"]);
    const s = paid.get(g["traineeId"]) ?? new Set<string>();
    ms.forEach((m) => s.add(m));
    paid.set(g["traineeId"], s);
  }
  // judged in the batch's order: the first month claimed, then claim id (reading claim-order-by-issue-date since cold review 74:
  // by filing day before; competesOn.ts)
  const at = (c: O): string => competesOn(c, {}, undefined, (m) => paid.get(c["traineeId"])?.has(m) === true);
  const claims = [...(doc["claims"] ?? [])].sort((a: O, b: O) => (at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : a["id"] < b["id"] ? -1 : a["id"] > b["id"] ? 1 : 0));
  for (const c of claims) {
    const r = (outcome: Oracle["outcome"], why: string, months: string[] = []) => out.set(c["id"], { outcome, fen: outcome === "granted" ? months.length * RATE_FEN : outcome === "denied" ? 0 : null, why, months });
    const t = trainees.get(c["traineeId"])!;
    const s: string[] = t["statuses"];
    const e = ents.get(c["enterpriseId"]);
    if (c["claimant"]["kind"] !== "enterprise" || c["claimant"]["id"] !== c["enterpriseId"]) { r("denied", "W1 claimant"); continue; }
    const poor = POVERTY.some((x) => s.includes(x));
    const hard = s.includes("employmentDifficulty") || s.includes("zeroEmploymentHousehold");
    if (!poor && !hard) { r("denied", "W2 no group"); continue; }
    const months = [...(c["months"] as string[])].sort();
    const begun = months.filter((m) => `${m}-01` <= c["submittedOn"]);
    const inForce = begun.filter((m) => m >= "2019-05");
    const set = paid.get(t["id"]) ?? new Set<string>();
    const pay: string[] = [];
    for (const m of inForce) if (!set.has(m) && set.size + pay.length < 6) pay.push(m);
    // W8' (after the first run): a ground that refuses every month (none begun, all before the text, all paid or six used)
    // refuses the claim even when the employer or the insurance is unknown: no fact supplied could pay it.
    if (pay.length === 0 && (!unknown.has(t["id"]) || inForce.length === 0)) { r("denied", begun.length === 0 ? "W4 none begun" : inForce.length === 0 ? "W4 before" : "W5/W6 paid or six"); continue; }
    if (!poor && e?.["unemploymentInsuranceRegion"] === undefined) { r("undecidable", "W2 insured unknown"); continue; }
    if (t["employerId"] === undefined) { r("undecidable", "W3 employer unknown"); continue; }
    // W3' (after the first run, conceded): another employer on record does not show the claimant did not employ the person
    // in the months claimed (a record names today's employer) → undecidable, not denied.
    if (t["employerId"] !== c["enterpriseId"]) { r("undecidable", "W3' other employer"); continue; }
    if (unknown.has(t["id"])) { r("undecidable", "W6 prior grant names no month"); continue; }
    if (pay.some((m) => m >= "2022-01")) {
      // W4' (the lead, 2026-12-06, after review 41, the library's reading since): the months of the action are the person's
      // first whatever a later text says, and are paid; those after it are left to a later text (held only with none before).
      const within = pay.filter((m) => m < "2022-01");
      if (within.length === 0) { r("undecidable", "W4 after the action"); continue; }
      pay.splice(0, pay.length, ...within);
    }
    pay.forEach((m) => set.add(m));
    paid.set(t["id"], set);
    r("granted", "W7", pay);
  }
  return out;
}
