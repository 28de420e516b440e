/**
 * Cold audit 15: the deterministic generator of people, certificates, courses, claims and prior ledgers (example city
 * `example.city`, ILLUSTRATIVE catalogue), and the comparison of the library with the oracle (test/support/audit15-oracle.ts).
 */
import { evaluateBatch, nationalFrameworksPolicy, parseClaimsDocument } from "../../src/index.js";
import type { Decision } from "../../src/index.js";
import { withIllustrativeLocal } from "./ordinary.js";
import { oracle, type OracleDecision } from "./audit15-oracle.js";

type O = Record<string, any>;

/** The national frameworks with the ILLUSTRATIVE example city: catalogue, skill-upgrade standards, 50.00 a day, 以工代训 500.00. */
export const POLICY = withIllustrativeLocal(nationalFrameworksPolicy());

import { rng } from "./rng.js";

const HERE_REGIONS = ["example.city", "example.city", "example.city.east", "example.city.west"];
const ELSEWHERE = ["other.city", "example", "example.cityx", "zhejiang.jiaxing.nanhu"];
const STATUS_POOL = [
  "povertyRegistered", "childOfPoorFamily", "liftedOutOfPoverty", "nonContinuingGraduate", "rural", "urbanDibaoFamily", "ruralTransferWorker",
  "newGenerationMigrantWorker", "migrantWorker", "returningMigrantWorker", "unemployed", "jobTransferWorker", "veteran", "disabled",
  "employmentDifficulty", "zeroEmploymentHousehold", "collegeGraduate", "graduationYearStudent", "enterpriseEmployee", "tradeFrictionAffected",
  "professionalFarmer", "yangtzeFishingBanFisher", "inCustody", "compulsoryRehab", "communityCorrection", "pairedRegionPovertyRegistered", "masterStudioTrainee",
];
/** [code, level | null, kind] */
const CERT_POOL: readonly (readonly [string, string | null, string])[] = [
  ["EX-ELEC", "junior", "skillLevelCertificate"], ["EX-ELEC", "junior", "qualificationCertificate"], ["EX-ELEC", "intermediate", "skillLevelCertificate"],
  ["EX-ELEC", "senior", "skillLevelCertificate"], ["EX-ELEC", "chiefTechnician", "skillLevelCertificate"], ["EX-ELEC", "apprentice", "skillLevelCertificate"],
  ["EX-ELEC", "technician", "skillLevelCertificate"], ["EX-TILE", "junior", "skillLevelCertificate"], ["EX-DRON", "junior", "skillLevelCertificate"],
  ["EX-WELD", "junior", "skillLevelCertificate"], ["EX-COOK", "junior", "skillLevelCertificate"], ["EX-COOK", "intermediate", "skillLevelCertificate"],
  ["EX-CARE", null, "specialAbilityCertificate"], ["EX-SAFE", null, "specialOperationsCertificate"], ["EX-SAFE", null, "trainingCompletionCertificate"],
  ["EX-NONE", "junior", "skillLevelCertificate"], ["EX-CARE", null, "trainingCompletionCertificate"],
];

const pad = (n: number) => String(n).padStart(2, "0");
function isoPlus(date: string, days: number): string {
  const t = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) + days * 86400000;
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
const ISSUE_ANCHORS = ["2019-03-01", "2019-05-18", "2019-06-01", "2020-01-01", "2020-12-15", "2021-01-01", "2021-12-20", "2022-01-01", "2023-06-01", "2024-12-20", "2025-06-10", "2025-06-20", "2026-03-01", "2027-12-20", "2028-01-01", "2028-06-01"];

/** One generated person: a claims document of their own. */
export function person(r: ReturnType<typeof rng>, i: number): O {
  const id = `P${i}`;
  const t: O = { id, birthDate: `${r.pick([1958, 1962, 1965, 1975, 1985, 1995, 2003, 2006, 2008, 2009, 2011, 2013])}-${pad(1 + r.int(12))}-${pad(1 + r.int(28))}`, statuses: [] as string[] };
  // Residency: mostly here.
  const where = () => (r.chance(0.75) ? r.pick(HERE_REGIONS) : r.pick(ELSEWHERE));
  if (r.chance(0.8)) t.hukouRegion = where();
  if (r.chance(0.3)) { t.residenceRegion = where(); t.hasResidencePermit = r.chance(0.6); }
  if (r.chance(0.3)) t.employmentRegion = where();
  // Statuses: none (ordinary) a third of the time.
  const kind = r.int(3);
  if (kind > 0) {
    const n = 1 + r.int(kind);
    for (let j = 0; j < n; j++) { const s = r.pick(STATUS_POOL); if (!t.statuses.includes(s)) t.statuses.push(s); }
  }
  if (t.statuses.includes("unemployed") && r.chance(0.6)) t.unemploymentRegisteredAt = where();
  if (r.chance(0.25)) t.employerId = "E1";
  if (r.chance(0.4)) t.unemploymentInsuranceMonths = { [r.chance(0.8) ? r.pick(HERE_REGIONS) : r.pick(ELSEWHERE)]: r.pick([0, 6, 24, 40]) };
  if (r.chance(0.1)) t.receivesMonthlyPension = true;
  const certificates: O[] = [];
  const courses: O[] = [];
  const claims: O[] = [];
  const nCert = 1 + r.int(4);
  const anchor = r.pick(ISSUE_ANCHORS);
  for (let j = 0; j < nCert; j++) {
    const [code, level, kind] = r.pick(CERT_POOL);
    const issuedOn = isoPlus(anchor, r.chance(0.5) ? j * r.int(40) : r.int(400));
    const start = isoPlus(issuedOn, -30 - r.int(30));
    const courseId = `${id}-K${j}`;
    const attended = 1 + r.int(20);
    courses.push({ id: courseId, traineeId: id, kind: r.pick(["employmentSkills", "skillUpgrade", "jobTransfer", "safety", "preJob"]), occupation: { code, name: code }, ...(level === null ? {} : { level }), classHours: 80, startDate: start, endDate: isoPlus(start, 19), attendedDays: attended, region: r.pick(HERE_REGIONS) });
    const cert: O = { id: `${id}-C${j}`, traineeId: id, kind, occupation: { code, name: code }, ...(level === null ? {} : { level }), issuedOn, courseId };
    if (kind === "otherCertificate") cert.kindName = "其他";
    if (r.chance(0.04)) cert.directlyRecognised = true;
    certificates.push(cert);
    const submittedOn = isoPlus(issuedOn, r.int(60));
    const m = r.next();
    if (m < 0.7) claims.push({ id: `${id}-TS${j}`, measure: "trainingSubsidy", traineeId: id, claimant: { kind: "trainee", id }, certificateId: cert.id, courseId, submittedOn });
    else if (m < 0.85) claims.push({ id: `${id}-SU${j}`, measure: "insuredSkillUpgradeSubsidy", traineeId: id, claimant: { kind: "trainee", id }, certificateId: cert.id, submittedOn });
    else { claims.push({ id: `${id}-TS${j}`, measure: "trainingSubsidy", traineeId: id, claimant: { kind: "trainee", id }, certificateId: cert.id, courseId, submittedOn }); claims.push({ id: `${id}-SU${j}`, measure: "insuredSkillUpgradeSubsidy", traineeId: id, claimant: { kind: "trainee", id }, certificateId: cert.id, submittedOn: isoPlus(submittedOn, 1) }); }
    if (r.chance(0.3)) claims.push({ id: `${id}-LA${j}`, measure: "livingAllowance", traineeId: id, claimant: { kind: "trainee", id }, courseId, submittedOn: isoPlus(start, 19) });
  }
  claims.sort((a, b) => (a.submittedOn < b.submittedOn ? -1 : a.submittedOn > b.submittedOn ? 1 : 0));
  const ledger: O[] = [];
  if (r.chance(0.2)) {
    const [code, level] = r.pick(CERT_POOL);
    ledger.push({ id: `${id}-G0`, claimId: `${id}-OLD0`, traineeId: id, measure: "trainingSubsidy", provision: "gbf2019.local-standards", payee: { kind: "trainee", id }, amount: "1000.00", basisDate: isoPlus(anchor, -r.int(200)), occupationCode: code, ...(level === null ? {} : { level }), certificateId: `${id}-OLDC0` });
  }
  return { trainees: [t], enterprises: [{ id: "E1", name: "示例企业", region: "example.city", unemploymentInsuranceRegion: "example.city" }], courses, certificates, claims, ledger };
}

export interface Row {
  readonly doc: O;
  readonly claimId: string;
  readonly measure: string;
  readonly lib: { outcome: string; fen: number | null; first: string };
  readonly ora: OracleDecision;
}

const toFen = (a: string | null) => (a === null ? null : Math.round(Number(a) * 100));

/** Decide each person's document with the library and the oracle; every claim as a row. */
export function compare(docs: readonly O[]): Row[] {
  const rows: Row[] = [];
  for (const doc of docs) {
    const parsed = parseClaimsDocument(doc);
    if (!parsed.ok) throw new Error(`rejected: ${JSON.stringify(parsed.issues)}`);
    if (parsed.value.invalid.length > 0) throw new Error(`invalid: ${JSON.stringify(parsed.value.invalid)}`);
    const lib = new Map<string, Decision>(evaluateBatch(POLICY, parsed.value.document, { trace: false } as never).decisions.map((d) => [d.claimId, d]));
    for (const o of oracle(doc)) {
      const d = lib.get(o.claimId)!;
      rows.push({ doc, claimId: o.claimId, measure: o.measure, lib: { outcome: d.outcome, fen: toFen(d.amount), first: d.reasons[0]?.code ?? "-" }, ora: o });
    }
  }
  return rows;
}

export const disagrees = (r: Row) => r.lib.outcome !== r.ora.outcome || (r.lib.outcome === "granted" && r.lib.fen !== r.ora.fen);
export const groupKey = (r: Row) => `${r.measure} | lib ${r.lib.outcome} ${r.lib.first} | oracle ${r.ora.outcome} ${r.ora.why}`;

export function generate(n: number, seed = 15): O[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => person(r, i));
}
