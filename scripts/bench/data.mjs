// Synthetic claims with histories for the four-way benchmark. Deterministic: the same
// (claims, seed) gives the same documents. Each document is a raw claims document
// (what parseClaimsDocument takes) holding whole trainees — their records, claims and
// prior ledger — and at most 100 000 claims (the library's per-collection limit,
// MAX_RECORDS_PER_COLLECTION), so 1M claims come as ten documents. Claims of one trainee
// never compete with another's, so deciding the documents one after another is the same
// as deciding one big batch.
//
// The mix: residents on each Jiaxing basis and non-residents (every residency fact given,
// so residency is never unknown); statuses that put every trainee in a Jiaxing training
// group (target or free-training groups), some in a living-allowance group, some
// trade-friction-affected (the +30 % uplift); a prior ledger where some people already
// have 1–3 training subsidies in a year and some already had the same occupation+level
// paid (training subsidy or appraisal); 1–3 skill-level certificates per trainee issued
// 2020–2021, some outside the catalogue, some repeating an earlier occupation+level
// (from the ledger or within the batch), several in one year so claims of one person
// compete in the batch; claims filed in shuffled order (the judged order is basis date,
// then filing date, then claim id). Everything else the library checks passes: ages 20–55, no pension,
// trainee claimants, no course on training-subsidy claims (so no course routes, fee cap
// or institution checks), courses in Jiaxing with at least one attended day.

export const MAX_CLAIMS_PER_DOCUMENT = 100_000;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY0 = Date.UTC(2020, 0, 1);
const DATES = Array.from({ length: 800 }, (_, i) => new Date(DAY0 + i * 86_400_000).toISOString().slice(0, 10));
const LAST_ISSUE_DAY = 730 - 20; // issued by 2021-12-11, filed within 2021

const JX = ["zhejiang.jiaxing.nanhu", "zhejiang.jiaxing.xiuzhou", "zhejiang.jiaxing.haining", "zhejiang.jiaxing.tongxiang", "zhejiang.jiaxing.pinghu", "zhejiang.jiaxing"];
const OUT = ["anhui.fuyang", "zhejiang.hangzhou.xihu", "jiangsu.suzhou", "zhejiang.jiaxingx"]; // the last: a prefix trap, not Jiaxing
const STATUS_SETS = [
  ["employmentDifficulty"],
  ["nonContinuingGraduate", "rural"],
  ["enterpriseEmployee"],
  ["enterpriseEmployee", "tradeFrictionAffected"],
  ["tradeFrictionAffected", "employmentDifficulty"],
  ["unemployed", "zeroEmploymentHousehold"],
  ["nonContinuingGraduate"],
  ["povertyRegistered", "unemployed"],
  ["nonContinuingGraduate", "urbanDibaoFamily"],
  ["veteran"],
];
// occupation@level of the illustrative catalogue's skill-level rows, and some outside it
const IN_CATALOGUE = [
  ["EX-ELEC", "junior"],
  ["EX-ELEC", "intermediate"],
  ["EX-ELEC", "senior"],
  ["EX-WELD", "junior"],
  ["EX-WELD", "intermediate"],
  ["EX-FORK", "junior"],
  ["EX-SEW", "junior"],
  ["EX-CARE", "junior"],
];
const OUTSIDE = [
  ["EX-ELEC", "technician"],
  ["EX-CARE", "intermediate"],
  ["EX-SEW", "senior"],
  ["X-PLUMB", "junior"],
  ["EX-WELD", "seniorTechnician"],
];
const NAMES = { "EX-ELEC": "电工（示意）", "EX-WELD": "焊工（示意）", "EX-FORK": "叉车司机（示意）", "EX-SEW": "缝纫工（示意）", "EX-CARE": "养老护理员（示意）", "X-PLUMB": "管道工（示意）" };

function trainee(id, rnd) {
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const out = () => pick(OUT);
  const t = {
    id,
    // born 1966–1999: aged 20–55 in 2020–2021
    birthDate: `${1966 + Math.floor(rnd() * 34)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`,
    statuses: pick(STATUS_SETS),
    hukouRegion: out(),
    residenceRegion: out(),
    hasResidencePermit: false,
    employmentRegion: out(),
    unemploymentRegisteredAt: out(),
    receivesMonthlyPension: false,
  };
  const r = rnd();
  if (r < 0.4) t.hukouRegion = pick(JX);
  else if (r < 0.55) {
    t.residenceRegion = pick(JX);
    t.hasResidencePermit = true;
  } else if (r < 0.7) t.employmentRegion = pick(JX);
  else if (r < 0.85) t.unemploymentRegisteredAt = pick(JX);
  else if (r < 0.92) t.residenceRegion = pick(JX); // lives in Jiaxing without a permit: not a basis
  // else: nothing in Jiaxing
  return t;
}

/** Generates `claims` claims as raw claims documents. */
export function generateDocuments(claims, seed = 20201) {
  const rnd = mulberry32(seed);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const documents = [];
  let doc = null;
  let written = 0;
  const flush = () => {
    if (doc === null) return;
    // shuffled filing order (Fisher–Yates): the judged order is not the input order
    for (let i = doc.claims.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [doc.claims[i], doc.claims[j]] = [doc.claims[j], doc.claims[i]];
    }
    // through JSON text, as a caller reading a file would have it (flat strings, fresh objects)
    documents.push(JSON.parse(JSON.stringify(doc)));
    doc = null;
  };
  for (let n = 0; written < claims; n++) {
    const id = `P${n}`;
    const person = { trainee: trainee(id, rnd), courses: [], certificates: [], claims: [], ledger: [] };
    const claimant = { kind: "trainee", id };
    const year = rnd() < 0.5 ? 2020 : 2021;
    const yearStart = year === 2020 ? 0 : 366;
    const dayIn = (y0, span) => Math.min(LAST_ISSUE_DAY, y0 + Math.floor(rnd() * span));
    // prior ledger: 1–3 training subsidies in `year`, sometimes; an appraisal subsidy, sometimes
    const prior = [];
    if (rnd() < 0.35) {
      const k = 1 + Math.floor(rnd() * 3);
      for (let g = 0; g < k; g++) {
        const [code, level] = pick(IN_CATALOGUE);
        prior.push([code, level]);
        // the certificate it paid, issued on its basis date, is not in the batch (an earlier run's): it counts for the
        // appraisal's first-time rule (reading appraisal-first-by-certificates)
        person.ledger.push({ id: `G${n}_${g}`, claimId: `H${n}_${g}`, traineeId: id, measure: "trainingSubsidy", provision: "jx2019.annual-cap", payee: claimant, amount: "1000.00", basisDate: DATES[dayIn(yearStart, 120)], occupationCode: code, level, certificateId: `KP${n}_${g}` });
      }
    }
    if (rnd() < 0.2) {
      const [code, level] = rnd() < 0.5 && prior.length > 0 ? prior[0] : pick(IN_CATALOGUE);
      prior.push([code, level]);
      person.ledger.push({ id: `G${n}_a`, claimId: `H${n}_a`, traineeId: id, measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", payee: claimant, amount: "120.00", basisDate: DATES[dayIn(yearStart, 120)], occupationCode: code, level });
    }
    // certificates, with a training-subsidy and an appraisal claim each (mostly)
    const m = rnd() < 0.45 ? 1 : rnd() < 0.6 ? 2 : 3;
    const held = [];
    for (let j = 0; j < m; j++) {
      let occ;
      const r = rnd();
      if (r < 0.2 && prior.length > 0) occ = pick(prior); // repeats the ledger
      else if (r < 0.3 && held.length > 0) occ = pick(held); // repeats within the batch
      else if (r < 0.45) occ = pick(OUTSIDE);
      else occ = pick(IN_CATALOGUE);
      held.push(occ);
      // most in the ledger's year (competing for the cap), some anywhere in 2020–2021
      const issued = rnd() < 0.7 ? dayIn(yearStart + 130, 230) : dayIn(0, 730);
      const certId = `K${n}_${j}`;
      person.certificates.push({ id: certId, traineeId: id, kind: "skillLevelCertificate", occupation: { code: occ[0], name: NAMES[occ[0]] }, level: occ[1], issuedOn: DATES[issued] });
      const filed = DATES[issued + 1 + Math.floor(rnd() * 15)];
      if (rnd() < 0.9) person.claims.push({ id: `S${n}_${j}`, measure: "trainingSubsidy", traineeId: id, claimant, certificateId: certId, submittedOn: filed });
      if (rnd() < 0.6) person.claims.push({ id: `A${n}_${j}`, measure: "appraisalSubsidy", traineeId: id, claimant, certificateId: certId, submittedOn: filed });
    }
    // a course with a living-allowance claim, mostly
    if (rnd() < 0.7) {
      const [code, level] = held[0];
      const start = dayIn(yearStart, 300);
      const span = 3 + Math.floor(rnd() * 18);
      const end = start + span - 1;
      const courseId = `C${n}`;
      person.courses.push({ id: courseId, traineeId: id, kind: "employmentSkills", occupation: { code, name: NAMES[code] }, level, classHours: 8 * span, startDate: DATES[start], endDate: DATES[end], attendedDays: 1 + Math.floor(rnd() * span), region: pick(JX.slice(0, 5)) });
      person.claims.push({ id: `L${n}`, measure: "livingAllowance", traineeId: id, claimant, courseId, submittedOn: DATES[end + 1 + Math.floor(rnd() * 10)] });
    }
    if (person.claims.length === 0) continue;
    if (written + person.claims.length > claims) person.claims.length = claims - written;
    if (doc !== null && doc.claims.length + person.claims.length > MAX_CLAIMS_PER_DOCUMENT) flush();
    doc ??= { trainees: [], courses: [], certificates: [], claims: [], ledger: [] };
    doc.trainees.push(person.trainee);
    doc.courses.push(...person.courses);
    doc.certificates.push(...person.certificates);
    doc.claims.push(...person.claims);
    doc.ledger.push(...person.ledger);
    written += person.claims.length;
  }
  flush();
  return documents;
}
