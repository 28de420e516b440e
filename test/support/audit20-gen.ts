/** Cold audit 20: a deterministic generator of claims documents for the Guangdong → Jieyang chain (gf2018 → yf2018 → jf2018). */
import { rng } from "./rng.js";

type O = Record<string, unknown>;
const RONGCHENG = "guangdong.jieyang.rongcheng";
const JIEDONG = "guangdong.jieyang.jiedong";
const SHANTOU = "guangdong.shantou";
const GUANGXI = "guangxi.yulin";
/** Either side of every date the chain prints (gf2018 2018-05-03, yf2018 2018-07-20, jf2018 2018-10-09) and of gbf2019 (2019-05-18). */
const DATES = ["2017-12-01", "2018-05-02", "2018-05-03", "2018-07-19", "2018-07-20", "2018-10-08", "2018-10-09", "2018-11-20", "2019-05-17", "2019-05-18", "2019-09-01", "2020-06-15", "2021-03-01", "2022-05-01", "2024-08-01"] as const;
const STATUSES = ["unemployed", "jobTransferWorker", "collegeGraduate", "migrantWorker", "ruralTransferWorker", "newGenerationMigrantWorker", "professionalFarmer", "nonContinuingGraduate", "veteran", "povertyRegistered", "urbanDibaoFamily", "disabled", "inCustody", "compulsoryRehab", "enterpriseEmployee", "employmentDifficulty", "rural", "graduationYearStudent", "returningMigrantWorker", "zeroEmploymentHousehold", "communityCorrection"] as const;
/** [code, level | null, kind] — the pack's rows, a kind the row does not list, and an occupation it does not list. */
const CERTS = [
  ["EX-ELEC", "junior", "skillLevelCertificate"],
  ["EX-ELEC", "junior", "qualificationCertificate"],
  ["EX-ELEC", "intermediate", "skillLevelCertificate"],
  ["EX-ELEC", "chiefTechnician", "skillLevelCertificate"],
  ["EX-ELEC", "chiefTechnician", "qualificationCertificate"],
  ["EX-ELEC", "apprentice", "skillLevelCertificate"],
  ["EX-ELEC", "senior", "skillLevelCertificate"],
  ["EX-TILE", "junior", "skillLevelCertificate"],
  ["EX-WELD", "junior", "skillLevelCertificate"],
  ["EX-COOK", "junior", "skillLevelCertificate"],
  ["EX-CARE", null, "specialAbilityCertificate"],
  ["EX-SAFE", null, "specialOperationsCertificate"],
  ["EX-NONE", "junior", "skillLevelCertificate"],
] as const;

function person(r: ReturnType<typeof rng>, id: string): O {
  const kind = r.int(8);
  const t: O = { id, birthDate: r.pick(["1958-03-01", "1975-06-01", "1990-01-01", "2000-09-09"]), statuses: [] as string[] };
  const st = t["statuses"] as string[];
  if (kind === 0) t["hukouRegion"] = RONGCHENG; // the ordinary Jieyang worker, no status
  else if (kind === 1) { t["hukouRegion"] = GUANGXI; t["residenceRegion"] = JIEDONG; if (r.chance(0.5)) t["hasResidencePermit"] = r.chance(0.5); }
  else if (kind === 2) { t["hukouRegion"] = SHANTOU; t["residenceRegion"] = SHANTOU; }
  else if (kind === 3) { t["hukouRegion"] = GUANGXI; t["employmentRegion"] = RONGCHENG; }
  else if (kind === 4) { /* no place known */ }
  else if (kind === 5) { t["hukouRegion"] = SHANTOU; t["unemploymentRegisteredAt"] = RONGCHENG; }
  else if (kind === 6) { t["hukouRegion"] = RONGCHENG; t["residenceRegion"] = "guangdong.shenzhen"; }
  else { t["hukouRegion"] = GUANGXI; }
  const n = r.chance(0.35) ? 0 : 1 + r.int(2);
  for (let i = 0; i < n; i++) { const s = r.pick(STATUSES); if (!st.includes(s)) st.push(s); }
  if (r.chance(0.3)) t["employerId"] = r.pick(["E1", "E2"]);
  if (r.chance(0.1)) t["receivesMonthlyPension"] = true;
  return t;
}

/** One document: one to three people, each with one to four certificates, each claimed once or twice; a ledger sometimes. */
export function generate(seed: number): O {
  const r = rng(seed);
  const trainees: O[] = [], certificates: O[] = [], courses: O[] = [], claims: O[] = [], ledger: O[] = [];
  const nP = 1 + r.int(3);
  let n = 0;
  for (let p = 0; p < nP; p++) {
    const pid = `P${seed}-${p}`;
    const t = person(r, pid);
    trainees.push(t);
    const nC = 1 + r.int(4);
    let repeat: (typeof CERTS)[number] | undefined;
    for (let k = 0; k < nC; k++) {
      const spec = repeat !== undefined && r.chance(0.4) ? repeat : r.pick(CERTS);
      repeat = spec;
      const issuedOn = r.chance(0.5) ? r.pick(["2018-11-20", "2019-09-01", "2020-06-15"]) : r.pick(DATES);
      const cid = `K${seed}-${p}-${k}`;
      const cert: O = { id: cid, traineeId: pid, kind: spec[2], occupation: { code: spec[0], name: spec[0] }, issuedOn };
      if (spec[1] !== null) cert["level"] = spec[1];
      if (r.chance(0.05)) cert["directlyRecognised"] = true;
      let courseId: string | undefined;
      if (r.chance(0.4)) {
        courseId = `C${seed}-${p}-${k}`;
        const start = issuedOn.slice(0, 8) + "01";
        courses.push({ id: courseId, traineeId: pid, kind: r.pick(["employmentSkills", "skillUpgrade", "jobTransfer"]), occupation: { code: spec[0], name: spec[0] }, ...(spec[1] !== null ? { level: spec[1] } : {}), classHours: 80, startDate: start, endDate: start, attendedDays: 1, region: r.chance(0.8) ? RONGCHENG : SHANTOU, ...(r.chance(0.7) ? { organizerId: r.pick(["S1", "S2"]) } : {}) });
        if (r.chance(0.5)) cert["courseId"] = courseId;
      }
      certificates.push(cert);
      const copies = r.chance(0.75) ? 1 : 2;
      for (let c = 0; c < copies; c++) {
        const who = r.next();
        const claimant = who < 0.7 ? { kind: "trainee", id: pid } : who < 0.85 ? { kind: "enterprise", id: r.pick(["E1", "E2"]) } : who < 0.97 ? { kind: "organizer", id: r.pick(["S1", "S2"]) } : { kind: "trainee", id: "P-OTHER" };
        const submittedOn = r.chance(0.7) ? issuedOn : r.pick(["2018-12-01", "2019-12-31", "2020-12-31", "2025-01-01"].filter((d) => d >= issuedOn).concat([issuedOn]));
        const measure = r.chance(0.9) ? "trainingSubsidy" : r.pick(["insuredSkillUpgradeSubsidy", "livingAllowance", "appraisalSubsidy"]);
        const claim: O = { id: `Q${seed}-${n++}`, measure, traineeId: pid, claimant, certificateId: cid, submittedOn };
        if (courseId !== undefined && (measure === "livingAllowance" || r.chance(0.5))) claim["courseId"] = courseId;
        if (measure === "livingAllowance" && courseId === undefined) delete claim["certificateId"];
        if (r.chance(0.03)) delete claim["certificateId"];
        claims.push(claim);
      }
      if (r.chance(0.12)) ledger.push({ id: `G${cid}`, claimId: `OLD-${cid}`, traineeId: pid, measure: "trainingSubsidy", provision: "gbf2019.local-standards", payee: { kind: "trainee", id: pid }, amount: "1000.00", basisDate: issuedOn, occupationCode: spec[0], ...(spec[1] !== null ? { level: spec[1] } : {}), certificateId: cid });
    }
  }
  trainees.push({ id: "P-OTHER", birthDate: "1980-01-01", statuses: [], hukouRegion: RONGCHENG });
  return { trainees, certificates, courses, claims, ...(ledger.length ? { ledger } : {}), enterprises: [{ id: "E1", name: "揭阳示例一厂", region: RONGCHENG, unemploymentInsuranceRegion: RONGCHENG }, { id: "E2", name: "汕头示例厂", region: SHANTOU, unemploymentInsuranceRegion: SHANTOU }] };
}
