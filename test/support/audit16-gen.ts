/**
 * Cold audit 16: the generator and the comparison (written after the oracle's cold commit). Deterministic (seed 16).
 * Each generated document is one person with the enterprises of the example (inside Jiaxing at city and district level,
 * outside, with no insurance region), a pre-job, a safety and a project course with their certificates, one or two
 * apprenticeships, claims by the organiser, the enterprise or the trainee, repeats under other claim ids, and sometimes a
 * prior ledger. Figures are those of the ILLUSTRATIVE Jiaxing catalogue (fixtures/jiaxing/catalogue-2020.json).
 */
import type { Decision } from "../../src/index.js";
import { evaluateBatch, parseClaimsDocument } from "../../src/index.js";
import { JX as POLICY } from "./ordinary.js";
import type { OracleDecision } from "./audit16-oracle.js";
import { oracle, plusDays, plusMonths } from "./audit16-oracle.js";

type O = Record<string, any>;

import { rng } from "./rng.js";
type R = ReturnType<typeof rng>;

const NANHU = "zhejiang.jiaxing.nanhu";
const HAINING = "zhejiang.jiaxing.haining";
const CITY = "zhejiang.jiaxing";
const HZ = "zhejiang.hangzhou";
const OCC: Record<string, string> = { "EX-SEW": "缝纫工（示意）", "EX-CARE": "养老护理员（示意）", "EX-ELEC": "电工（示意）", "EX-FORK": "叉车司机（示意）", "EX-WELD": "焊工（示意）", "EX-ECOM": "农村电商（项目制培训，示意）", "EX-NONE": "目录外（示意）" };
const occ = (code: string) => ({ code, name: OCC[code]! });

/** Days around the dates the texts turn on. */
const ANCHORS = ["2019-06-01", "2019-12-13", "2020-01-01", "2020-03-15", "2020-07-01", "2021-01-01", "2021-06-15", "2021-12-31", "2022-01-01", "2022-05-01"];

function enterprisesFor(r: R): O[] {
  const hr = () => r.pick([true, true, false, undefined]);
  const e = (id: string, region: string | undefined, ui: string | undefined) => {
    const h = hr();
    return { id, name: `企业${id}（示意）`, ...(region ? { region } : {}), ...(ui ? { unemploymentInsuranceRegion: ui } : {}), ...(h === undefined ? {} : { highRiskIndustry: h }) };
  };
  return [e("E-NH", NANHU, NANHU), e("E-CITY", CITY, CITY), e("E-HN", HAINING, HAINING), e("E-HZ", HZ, HZ), e("E-X", NANHU, undefined)];
}

export function person(r: R, i: number): O {
  const id = `P${i}`;
  const ents = enterprisesFor(r);
  const entIds = ents.map((e) => e.id);
  const statuses = r.pick([["enterpriseEmployee"], ["enterpriseEmployee"], ["enterpriseEmployee"], [], ["veteran"], ["povertyRegistered"], ["unemployed"], ["employmentDifficulty"]]);
  const employerId = r.chance(0.75) ? r.pick(["E-NH", "E-NH", "E-CITY", "E-HN", "E-HZ", "E-X"]) : undefined;
  const ui = r.pick<Record<string, number> | undefined>([{ [NANHU]: 24 }, { [NANHU]: 12 }, { [NANHU]: 11 }, { [NANHU]: 6, [HAINING]: 6 }, { [HZ]: 24 }, { [NANHU]: 24 }, undefined]);
  const hukou = r.pick([NANHU, HAINING, HZ, undefined]);
  const t: O = { id, birthDate: "1990-05-05", statuses, ...(hukou ? { hukouRegion: hukou } : {}), ...(employerId ? { employerId } : {}), ...(ui ? { unemploymentInsuranceMonths: ui } : {}) };
  if (r.chance(0.3)) t.employmentRegion = r.pick([NANHU, HZ]);

  const courses: O[] = [];
  const certificates: O[] = [];
  const claims: O[] = [];
  const ledger: O[] = [];
  const organiserFor = () => r.pick<string | undefined>(["ORG1", "ORG1", employerId ?? "E-NH", "E-NH", "E-HZ", undefined]);
  const claimantFor = (organiser: string | undefined): O => {
    const k = r.int(10);
    if (k < 5 && organiser !== undefined) return { kind: organiser.startsWith("E-") ? "enterprise" : "organizer", id: organiser };
    if (k < 6) return { kind: "organizer", id: "ORG2" };
    if (k < 7) return { kind: "enterprise", id: r.pick(entIds) };
    if (k < 9) return { kind: "trainee", id };
    return { kind: "enterprise", id: employerId ?? "E-NH" };
  };
  let n = 0;
  const addClaims = (base: O, basisDay: string) => {
    const copies = r.chance(0.2) ? 2 : 1;
    for (let c = 0; c < copies; c++) claims.push({ ...base, id: `${id}-A${n++}`, submittedOn: plusDays(basisDay, 5 + r.int(30) + c) });
  };

  // Pre-job course and its certificate.
  if (r.chance(0.8)) {
    const hire = plusDays(r.pick(ANCHORS), r.int(40) - 20);
    const offset = r.pick([-5, 0, 1, 30, 200, 340, 354, 355, 356, 360, 365, 366]);
    const start = plusDays(hire, offset);
    // Three days at least: the class hours below (up to 80) fit in them at 36 课时 a day (reading class-hours-within-span,
    // 2026-12-06: a 1-day course of 39–80 课时 cannot be true, and the library now asks for its hours).
    const len = r.pick([3, 5, 10]);
    const end = plusDays(start, len - 1);
    const code = r.pick(["EX-SEW", "EX-SEW", "EX-CARE", "EX-ELEC", "EX-ECOM", "EX-NONE"]);
    const organiser = organiserFor();
    const region = r.pick([NANHU, NANHU, CITY, HAINING, HZ]);
    const course: O = { id: `${id}-C1`, traineeId: id, kind: "preJob", occupation: occ(code), classHours: r.pick([39, 40, 40, 41, 80]), startDate: start, endDate: end, attendedDays: len, region, ...(organiser ? { organizerId: organiser } : {}), ...(r.chance(0.9) ? { hireDate: hire } : {}) };
    courses.push(course);
    const kind = r.pick(["specialAbilityCertificate", "specialAbilityCertificate", "trainingCompletionCertificate", "skillLevelCertificate", "specialOperationsCertificate"]);
    const cert: O = { id: `${id}-K1`, traineeId: id, kind, occupation: occ(code), ...(kind === "skillLevelCertificate" ? { level: "junior" } : {}), issuedOn: plusDays(end, r.int(20)), courseId: course.id };
    certificates.push(cert);
    addClaims({ measure: "trainingSubsidy", traineeId: id, claimant: claimantFor(organiser), certificateId: cert.id, ...(r.chance(0.5) ? { courseId: course.id } : {}) }, cert.issuedOn);
    if (r.chance(0.15)) addClaims({ measure: "trainingSubsidy", traineeId: id, claimant: claimantFor(organiser), certificateId: cert.id }, cert.issuedOn);
    if (r.chance(0.1)) ledger.push({ id: `${id}-G1`, claimId: `${id}-OLD1`, traineeId: id, measure: "trainingSubsidy", provision: "jx2019.pre-job-training", payee: { kind: "organizer", id: "ORG1" }, amount: "800.00", basisDate: cert.issuedOn, occupationCode: code, certificateId: cert.id, courseId: course.id });
  }
  // Safety course and its certificate.
  if (r.chance(0.7)) {
    const start = plusDays(r.pick(ANCHORS), r.int(40) - 20);
    const end = plusDays(start, 4);
    const code = r.pick(["EX-FORK", "EX-FORK", "EX-WELD", "EX-SEW", "EX-NONE"]);
    const organiser = organiserFor();
    const region = r.pick([NANHU, NANHU, CITY, HAINING, HZ]);
    const course: O = { id: `${id}-C2`, traineeId: id, kind: "safety", occupation: occ(code), classHours: r.pick([16, 40, 80]), startDate: start, endDate: end, attendedDays: 5, region, ...(organiser ? { organizerId: organiser } : {}) };
    courses.push(course);
    const kind = r.pick(["specialOperationsCertificate", "specialOperationsCertificate", "specialOperationsCertificate", "trainingCompletionCertificate"]);
    const cert: O = { id: `${id}-K2`, traineeId: id, kind, occupation: occ(code), issuedOn: plusDays(end, r.int(20)), courseId: course.id };
    certificates.push(cert);
    addClaims({ measure: "trainingSubsidy", traineeId: id, claimant: claimantFor(organiser), certificateId: cert.id, ...(r.chance(0.5) ? { courseId: course.id } : {}) }, cert.issuedOn);
    if (r.chance(0.25)) addClaims({ measure: "trainingSubsidy", traineeId: id, claimant: r.chance(0.5) ? { kind: "trainee", id } : claimantFor(organiser), certificateId: cert.id }, cert.issuedOn);
    if (r.chance(0.1)) ledger.push({ id: `${id}-G2`, claimId: `${id}-OLD2`, traineeId: id, measure: "trainingSubsidy", provision: "jx2019.safety-training", payee: { kind: "trainee", id }, amount: "900.00", basisDate: cert.issuedOn, occupationCode: code, certificateId: cert.id, courseId: course.id });
  }
  // Project course.
  if (r.chance(0.4)) {
    const start = plusDays(r.pick(ANCHORS), r.int(40) - 20);
    const end = plusDays(start, 9);
    const code = r.pick(["EX-ECOM", "EX-ECOM", "EX-SEW"]);
    const organiser = r.pick<string | undefined>(["ORG1", "ORG1", "ORG2", undefined]);
    const course: O = { id: `${id}-C3`, traineeId: id, kind: "projectBased", occupation: occ(code), classHours: 60, startDate: start, endDate: end, attendedDays: 10, region: r.pick([NANHU, HZ, NANHU]), ...(organiser ? { organizerId: organiser } : {}) };
    courses.push(course);
    const kind = r.pick(["trainingCompletionCertificate", "specialOperationsCertificate", "specialAbilityCertificate"]);
    const cert: O = { id: `${id}-K3`, traineeId: id, kind, occupation: occ(code), issuedOn: plusDays(end, r.int(20)), courseId: course.id };
    certificates.push(cert);
    addClaims({ measure: "trainingSubsidy", traineeId: id, claimant: r.chance(0.7) ? { kind: "organizer", id: organiser ?? "ORG1" } : r.chance(0.5) ? { kind: "trainee", id } : { kind: "organizer", id: "ORG2" }, certificateId: cert.id }, cert.issuedOn);
  }
  // Apprenticeships.
  const apprenticeships: O[] = [];
  const nA = r.chance(0.7) ? (r.chance(0.25) ? 2 : 1) : 0;
  let after = "1900-01-01";
  for (let k = 0; k < nA; k++) {
    const kind = r.chance(0.7) ? "employee" : "student";
    // one person is one enterprise's apprentice at a time: a second record starts after the first ends
    const pick = plusDays(r.pick(["2019-03-01", "2019-09-01", "2019-12-01", "2019-12-13", "2020-01-01", "2020-03-15", "2020-09-01", "2021-01-01", "2021-06-01", "2022-01-01"]), r.pick([0, 0, 1, 15]));
    const start = pick > after ? pick : plusDays(after, 1 + r.pick([0, 0, 14]));
    const months = r.pick([1, 3, 6, 11, 12, 13, 18, 24, 25, 30]);
    const end = plusDays(plusMonths(start, months), r.pick([-1, -1, -2, 0, 10]));
    after = end;
    const ent = r.pick(["E-NH", "E-NH", "E-CITY", "E-HN", "E-HZ", "E-X"]);
    const a: O = { id: `${id}-AP${k}`, traineeId: id, enterpriseId: ent, kind, occupation: occ("EX-WELD"), startDate: start, endDate: end };
    if (kind === "employee") {
      const s = r.pick(["6000.00", "6000.00", "4000.00", "10000.00", "3999.99", "10000.01", "5000.00", undefined]);
      if (s !== undefined) a.annualStandard = s;
    } else {
      const s = r.pick(["2000.00", "2500.00", "3000.00", "3500.00", "200.00", undefined]);
      if (s !== undefined) a.monthlyInternshipAllowance = s;
    }
    apprenticeships.push(a);
    const claimant = r.chance(0.75) ? { kind: "enterprise", id: ent } : r.chance(0.5) ? { kind: "trainee", id } : { kind: "enterprise", id: r.pick(entIds) };
    addClaims({ measure: "apprenticeshipSubsidy", traineeId: id, claimant, apprenticeshipId: a.id, enterpriseId: ent }, r.chance(0.6) ? end : start);
    if (r.chance(0.1)) ledger.push({ id: `${id}-GA${k}`, claimId: `${id}-OLDA${k}`, traineeId: id, measure: "apprenticeshipSubsidy", provision: kind === "employee" ? "jx2019.employee-apprentice" : "jx2019.student-apprentice", payee: { kind: "enterprise", id: ent }, amount: "3000.00", basisDate: start, apprenticeshipId: a.id, months: [start.slice(0, 7), plusMonths(start, 1).slice(0, 7)] });
  }
  return { trainees: [t], enterprises: ents, courses, certificates, apprenticeships, claims, ledger };
}

export function generate(n: number, seed = 16): O[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => person(r, i));
}

export interface Row {
  readonly doc: O;
  readonly claimId: string;
  readonly route: string;
  readonly lib: { outcome: string; fen: number | null; first: string; codes: string[]; payee: string | null };
  readonly ora: OracleDecision;
}
const toFen = (a: string | null) => (a === null ? null : Math.round(Number(a) * 100));

/** Decides each document with the library (Jiaxing + its ILLUSTRATIVE catalogue) and the oracle; one row per claim the oracle covers. */
export function compare(docs: readonly O[]): Row[] {
  const rows: Row[] = [];
  for (const doc of docs) {
    const parsed = parseClaimsDocument(doc);
    if (!parsed.ok) throw new Error(`rejected: ${JSON.stringify(parsed.issues)}`);
    if (parsed.value.invalid.length > 0) throw new Error(`invalid: ${JSON.stringify(parsed.value.invalid)}`);
    const lib = new Map<string, Decision>(evaluateBatch(POLICY, parsed.value.document, { trace: false } as never).decisions.map((d) => [d.claimId, d]));
    for (const o of oracle(doc)) {
      const d = lib.get(o.claimId)!;
      const codes = d.reasons.map((x) => x.code);
      rows.push({ doc, claimId: o.claimId, route: o.route, lib: { outcome: d.outcome, fen: toFen(d.amount), first: codes[0] ?? "-", codes, payee: d.payee ? `${d.payee.kind}:${d.payee.id}` : null }, ora: o });
    }
  }
  return rows;
}

export const disagrees = (r: Row) => r.lib.outcome !== r.ora.outcome || (r.lib.outcome === "granted" && (r.lib.fen !== r.ora.fen || r.lib.payee !== (r.ora.payee ? `${r.ora.payee.kind}:${r.ora.payee.id}` : null)));
export const groupKey = (r: Row) => `${r.route} | lib ${r.lib.outcome} ${r.lib.first} | oracle ${r.ora.outcome} ${r.ora.why}`;
