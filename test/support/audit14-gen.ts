/** Cold audit 14's generator of Jiaxing individuals (test/audit14.test.ts; cold audit 18 drives the same people through every door). */
type O = Record<string, unknown>;

// Deterministic people (an LCG with a fixed seed) with varied residency facts, statuses, birth dates around the 50/60
// retirement thresholds, 1–4 sequential courses inside and outside Jiaxing, a certificate on most courses (catalogue
// occupations and levels, repeats, a code outside the catalogue, kinds varied), issue dates across 2019–2022, claims of
// the three measures (some duplicated), and for some a prior ledger. Raw records, for parseClaimsDocument.
export class Lcg {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (Math.imul(this.s, 1664525) + 1013904223) >>> 0;
    return this.s / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const JXR = ["zhejiang.jiaxing", "zhejiang.jiaxing.nanhu", "zhejiang.jiaxing.haining", "zhejiang.jiaxing.xiuzhou"];
const OUT = ["zhejiang.hangzhou", "anhui.hefei", "zhejiang.jiaxingx"];
const region = (r: Lcg, pIn: number): string => (r.chance(pIn) ? r.pick(JXR) : r.pick(OUT));

const STATUS_SETS: readonly string[][] = [
  [], [], [], [], [], [],
  ["enterpriseEmployee"], ["enterpriseEmployee"],
  ["tradeFrictionAffected"],
  ["unemployed"],
  ["povertyRegistered"],
  ["employmentDifficulty"],
  ["zeroEmploymentHousehold"],
  ["nonContinuingGraduate", "rural"],
  ["nonContinuingGraduate", "urbanDibaoFamily"],
  ["nonContinuingGraduate"],
  ["disabled"],
  ["veteran"],
  ["pairedRegionPovertyRegistered"],
  ["liftedOutOfPoverty"],
  ["collegeGraduate"],
];

const OCC: Record<string, string> = {
  "EX-ELEC": "电工（示意）",
  "EX-WELD": "焊工（示意）",
  "EX-FORK": "叉车司机（示意）",
  "EX-SEW": "缝纫工（示意）",
  "EX-CARE": "养老护理员（示意）",
  "EX-ECOM": "农村电商（项目制培训，示意）",
  "EX-NONE": "不在目录的职业（示意）",
};
const CODES = Object.keys(OCC);
const LEVELS = ["junior", "junior", "intermediate", "intermediate", "senior", "technician", "seniorTechnician"];
const KINDS = ["skillLevelCertificate", "skillLevelCertificate", "skillLevelCertificate", "qualificationCertificate", "specialAbilityCertificate", "specialOperationsCertificate", "trainingCompletionCertificate"];

function addDays(date: string, n: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + n * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

export interface Generated {
  readonly doc: { trainees: O[]; courses: O[]; certificates: O[]; claims: O[]; ledger: O[] };
}

/** `n` people in one document. */
export function generate(n: number, seed = 14): Generated {
  const r = new Lcg(seed);
  const doc: Generated["doc"] = { trainees: [], courses: [], certificates: [], claims: [], ledger: [] };
  for (let p = 0; p < n; p++) {
    const id = `P${p}`;
    const statuses = [...r.pick(STATUS_SETS)];
    const bornYear = r.pick([1985, 1990, 1995, 2000, 1970, 1971, 1961, 1962, 1958]);
    const birthDate = `${bornYear}-${String(1 + r.int(12)).padStart(2, "0")}-${String(1 + r.int(28)).padStart(2, "0")}`;
    const t: O = { id, birthDate, statuses };
    const q = r.next();
    // residency: mostly all facts known
    t.hukouRegion = r.chance(0.05) ? undefined : region(r, 0.5);
    if (r.chance(0.7)) {
      t.residenceRegion = region(r, 0.6);
      const perm = r.next();
      t.hasResidencePermit = perm < 0.45 ? true : perm < 0.9 ? false : undefined;
    }
    t.employmentRegion = r.chance(0.05) ? undefined : region(r, 0.4);
    if (r.chance(0.15)) t.unemploymentRegisteredAt = region(r, 0.6);
    if (bornYear < 1975) {
      const pq = r.next();
      if (pq < 0.3) t.receivesMonthlyPension = true;
      else if (pq < 0.6) { t.receivesMonthlyPension = false; t.monthlyPensionEntitled = false; }
      else if (pq < 0.8) t.monthlyPensionEntitled = true;
    } else if (q < 0.5) {
      t.receivesMonthlyPension = false;
      t.monthlyPensionEntitled = false;
    }
    if (r.chance(0.3)) t.unemploymentInsuranceMonths = { [r.pick([...JXR, "zhejiang.hangzhou"])]: r.pick([6, 11, 12, 24]) };
    doc.trainees.push(t);

    const nCourses = 1 + r.int(4);
    let day = r.pick(["2019-06-01", "2019-11-20", "2020-01-10", "2020-05-01", "2021-03-01", "2021-11-15", "2022-01-20"]);
    const myCerts: O[] = [];
    const myCourses: O[] = [];
    for (let c = 0; c < nCourses; c++) {
      const cid = `${id}-K${c}`;
      const span = 1 + r.int(12);
      const start = addDays(day, r.int(20));
      const end = addDays(start, span - 1);
      day = addDays(end, 10 + r.int(120));
      const repeat = myCerts.length > 0 && r.chance(0.25) ? r.pick(myCerts) : undefined;
      const code = repeat ? ((repeat.occupation as O).code as string) : r.pick(CODES);
      const kind = repeat && r.chance(0.6) ? (repeat.kind as string) : code === "EX-ECOM" ? r.pick(["trainingCompletionCertificate", "specialOperationsCertificate", "specialAbilityCertificate", "skillLevelCertificate"]) : r.pick(KINDS);
      const leveled = kind === "skillLevelCertificate" || kind === "qualificationCertificate";
      const level = leveled ? (repeat && repeat.level && r.chance(0.6) ? (repeat.level as string) : r.pick(LEVELS)) : undefined;
      const course: O = {
        id: cid,
        traineeId: id,
        kind: code === "EX-ECOM" ? "projectBased" : kind === "specialOperationsCertificate" ? "safety" : "employmentSkills",
        occupation: { code, name: OCC[code] },
        classHours: 8 * span,
        startDate: start,
        endDate: end,
        attendedDays: Math.max(0, span - r.int(3)),
        region: region(r, 0.85),
        ...(level ? { level } : {}),
      };
      myCourses.push(course);
      doc.courses.push(course);
      if (r.chance(0.85)) {
        const cert: O = { id: `${id}-C${c}`, traineeId: id, kind, occupation: { code, name: OCC[code] }, issuedOn: addDays(end, 3 + r.int(40)), courseId: cid, ...(level ? { level } : {}) };
        myCerts.push(cert);
        doc.certificates.push(cert);
      }
    }
    const claimant = { kind: "trainee", id };
    let n = 0;
    const claim = (measure: string, basis: O, basisDate: string): void => {
      doc.claims.push({ id: `${id}-A${n++}`, measure, traineeId: id, claimant, ...basis, submittedOn: addDays(basisDate, 5 + r.int(20)) });
    };
    for (const k of myCerts) {
      if (r.chance(0.85)) claim("trainingSubsidy", { certificateId: k.id }, k.issuedOn as string);
      if (r.chance(0.08)) claim("trainingSubsidy", { certificateId: k.id }, k.issuedOn as string);
      if (r.chance(0.6)) claim("appraisalSubsidy", { certificateId: k.id }, k.issuedOn as string);
    }
    const inGroup = ["povertyRegistered", "employmentDifficulty", "zeroEmploymentHousehold", "nonContinuingGraduate"].some((s) => statuses.includes(s));
    for (const k of myCourses) {
      if (r.chance(inGroup ? 0.9 : 0.3)) claim("livingAllowance", { courseId: k.id }, k.endDate as string);
    }
    // a prior ledger for some
    if (r.chance(0.15)) {
      const g = 1 + r.int(3);
      for (let i = 0; i < g; i++) {
        const code = r.pick(CODES);
        const level = r.chance(0.7) ? r.pick(LEVELS) : undefined;
        const basisDate = r.pick(["2020-02-10", "2020-08-01", "2021-04-01", "2021-09-09"]);
        doc.ledger.push({ id: `${id}-G${i}`, claimId: `OLD-${id}-${i}`, traineeId: id, measure: "trainingSubsidy", provision: "jx2019.equal-standard", payee: claimant, amount: "1000.00", basisDate, occupationCode: code, ...(level ? { level } : {}), certificateId: `OLD-${id}-C${i}` });
      }
      if (r.chance(0.5)) {
        const code = r.pick(CODES);
        const level = r.pick(LEVELS);
        doc.ledger.push({ id: `${id}-GA`, claimId: `OLD-${id}-A`, traineeId: id, measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", payee: claimant, amount: "120.00", basisDate: "2020-06-01", occupationCode: code, level, certificateId: `OLD-${id}-CA` });
      }
      if (r.chance(0.5)) {
        const k = r.pick(myCourses);
        doc.ledger.push({ id: `${id}-GL`, claimId: `OLD-${id}-L`, traineeId: id, measure: "livingAllowance", provision: "jx2019.living-allowance", payee: claimant, amount: "50.00", basisDate: k.endDate, courseId: k.id });
      }
    }
  }
  return { doc };
}
