/**
 * audit26 generator: seeded worlds of Jiaxing apprenticeship claims (jx2019 三(一)二), each as the raw JSON a caller would
 * send and as the oracle's inputs (test/support/audit26-oracle.ts). One or two apprentices, enterprises insured in Jiaxing
 * (E1 南湖, E2 海宁) or elsewhere (EH 杭州), employee and student apprenticeships of 3–30 months starting on any day around
 * the plan (2019-11..2022-02), annual standards inside, at and a fen outside 4000–10000, claims year by year, twice, by
 * the other enterprise, before the year began, after a prior grant in the ledger. Standards are per-record data
 * (ILLUSTRATIVE figures within the text's range).
 */
import { rng } from "./rng.js";
import type { OApprenticeship, OClaim, OEnterprise, OPrior } from "./audit26-oracle.js";
import { dateOf, dayOf, monthEndDay } from "./audit26-oracle.js";

type O = Record<string, unknown>;
export interface World { name: string; doc: O; enterprises: OEnterprise[]; apps: OApprenticeship[]; claims: OClaim[]; prior: OPrior[] }

const ENTERPRISES: (O & { id: string; local: boolean })[] = [
  { id: "E1", name: "嘉兴示例企业（示意）", region: "zhejiang.jiaxing.nanhu", unemploymentInsuranceRegion: "zhejiang.jiaxing.nanhu", local: true },
  { id: "E2", name: "嘉兴另一示例企业（示意）", region: "zhejiang.jiaxing.haining", unemploymentInsuranceRegion: "zhejiang.jiaxing.haining", local: true },
  { id: "EH", name: "杭州参保的企业（示意）", region: "zhejiang.hangzhou", unemploymentInsuranceRegion: "zhejiang.hangzhou", local: false },
];
const STANDARDS = ["6000.00", "6000.00", "4000.00", "10000.00", "3999.99", "4000.01", "9999.99", "10000.01", "7333.33", "5000.00", "8000.00", "4001.00", "12000.00"];
const ALLOWANCES = ["2500.00", "3000.00", "3000.01", "1000.00", "1777.77", "5000.00"];
const fen = (s: string) => Math.round(Number(s) * 100);
const person = (id: string): O => ({ id, birthDate: "1998-05-01", statuses: ["enterpriseEmployee"], hukouRegion: "zhejiang.jiaxing.nanhu" });

export function ordinary(): World {
  const doc: O = {
    trainees: [person("P1")], enterprises: ENTERPRISES.map(({ local: _l, ...e }) => e),
    apprenticeships: [{ id: "A1", traineeId: "P1", enterpriseId: "E1", kind: "employee", occupation: { code: "EX-WELD", name: "焊工（示意）" }, startDate: "2020-01-01", endDate: "2020-12-31", annualStandard: "6000.00" }],
    claims: [{ id: "C1", measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, apprenticeshipId: "A1", enterpriseId: "E1", submittedOn: "2021-01-10" }],
    ledger: [],
  };
  return {
    name: "ordinary", doc, enterprises: ENTERPRISES.map((e) => ({ id: e.id, insuredInJiaxing: e.local })),
    apps: [{ id: "A1", traineeId: "P1", enterpriseId: "E1", kind: "employee", startDate: "2020-01-01", endDate: "2020-12-31", annualStandardFen: 600000 }],
    claims: [{ id: "C1", traineeId: "P1", claimantId: "E1", apprenticeshipId: "A1", submittedOn: "2021-01-10" }], prior: [],
  };
}

export function world(seed: number): World {
  const r = rng(seed);
  const people = r.chance(0.3) ? ["P1", "P2"] : ["P1"];
  const apps: OApprenticeship[] = [];
  const rawApps: O[] = [];
  const claims: OClaim[] = [];
  const rawClaims: O[] = [];
  const prior: OPrior[] = [];
  const ledger: O[] = [];
  const d0 = dayOf("2019-11-01");
  const span = dayOf("2022-02-28") - d0;
  let n = 0;
  for (const p of people) {
    const count = 1 + r.int(3);
    let cursor = d0 + r.int(span);
    for (let i = 0; i < count; i++) {
      const id = `A${++n}`;
      // sequential records, sometimes overlapping the previous one, sometimes starting anywhere
      const start = dateOf(r.chance(0.5) ? cursor : d0 + r.int(span));
      const len = 3 + r.int(28);
      const endDay = r.chance(0.6) ? monthEndDay(start, len) : monthEndDay(start, len) + r.int(40) - 20;
      const end = dateOf(Math.max(endDay, monthEndDay(start, 3)));
      cursor = r.chance(0.7) ? dayOf(end) + 1 : dayOf(end) - r.int(200);
      const kind = r.chance(0.8) ? "employee" : "student";
      const enterpriseId = r.pick(["E1", "E1", "E2", "EH"]);
      const standard = r.pick(STANDARDS);
      const allowance = r.pick(ALLOWANCES);
      apps.push({ id, traineeId: p, enterpriseId, kind, startDate: start, endDate: end, ...(kind === "employee" ? { annualStandardFen: fen(standard) } : { monthlyAllowanceFen: fen(allowance) }) });
      rawApps.push({ id, traineeId: p, enterpriseId, kind, occupation: { code: "EX-WELD", name: "焊工（示意）" }, startDate: start, endDate: end, ...(kind === "employee" ? { annualStandard: standard } : { monthlyInternshipAllowance: allowance }) });
      // claims: year by year (after each year began or ended), twice, by the other enterprise, before the year began
      const claimsHere = 1 + r.int(4);
      for (let k = 0; k < claimsHere; k++) {
        const cid = `C${rawClaims.length + 1}`;
        const yearK = r.int(3);
        const base = yearK === 0 ? dayOf(start) : monthEndDay(start, 12 * yearK) + 1;
        const on = dateOf(base + r.pick([0, 1, 30, 200, 364, 400, -1, -10]));
        const claimant = r.chance(0.12) ? r.pick(["E1", "E2", "EH"]) : enterpriseId;
        claims.push({ id: cid, traineeId: p, claimantId: claimant, apprenticeshipId: id, submittedOn: on });
        rawClaims.push({ id: cid, measure: "apprenticeshipSubsidy", traineeId: p, claimant: { kind: "enterprise", id: claimant }, apprenticeshipId: id, enterpriseId: claimant, submittedOn: on });
      }
    }
    // a prior grant in the ledger: the library's own key for an earlier record's 6 or 12 months, or this world's first record's first year
    if (r.chance(0.3)) {
      const kind = r.chance(0.8) ? "employee" : "student";
      const own = apps.find((a) => a.traineeId === p);
      const sameRecord = own !== undefined && own.kind === kind && r.chance(0.4);
      const from = sameRecord ? own.startDate : r.pick(["2018-01-01", "2018-06-15", "2019-03-31", "2017-02-28"]);
      const m = sameRecord ? Math.min(12, Math.max(1, monthsWhole(own.startDate, own.endDate))) : r.pick([6, 12, 12, 18]);
      const to = dateOf(monthEndDay(from, m));
      prior.push({ traineeId: p, kind, from, to });
      ledger.push({
        id: `G-${p}`, claimId: `OLD-${p}`, traineeId: p, measure: "apprenticeshipSubsidy", provision: kind === "employee" ? "jx2019.employee-apprentice" : "jx2019.student-apprentice",
        payee: { kind: "enterprise", id: "E1" }, amount: "1.00", basisDate: from, ...(sameRecord ? { apprenticeshipId: own.id } : {}),
        basisKeys: [`apprenticeshipSubsidy|${p}|period ${from}..${to}`],
      });
    }
  }
  const doc: O = { trainees: people.map(person), enterprises: ENTERPRISES.map(({ local: _l, ...e }) => e), apprenticeships: rawApps, claims: rawClaims, ledger };
  return { name: `seed ${seed}`, doc, enterprises: ENTERPRISES.map((e) => ({ id: e.id, insuredInJiaxing: e.local })), apps, claims, prior };
}
function monthsWhole(s: string, e: string): number { let k = 0; while (monthEndDay(s, k + 1) <= dayOf(e)) k++; return k; }
