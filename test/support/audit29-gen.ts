/**
 * Cold audit 29: a deterministic generator (seeded, test/support/rng.ts) of one-person claims documents for the annual cap,
 * the no-repeat rule, the appraisal subsidy's first-time rule and the training-subsidy / skill-upgrade one-or-the-other,
 * under Jiaxing with its ILLUSTRATIVE catalogue (jx) and the national frameworks with the ILLUSTRATIVE example city (nat:
 * example catalogue, skill-upgrade standards 1000/1500/2000). Figures a city sets are examples, not official.
 */
import { rng } from "./rng.js";
import type { Regime } from "./audit29-oracle.js";

type O = Record<string, any>;
export type World = { doc: O; regime: Regime; tag: string };

const NANHU = "zhejiang.jiaxing.nanhu";
const HERE = "example.city";
const DAY = 86_400_000;
export const add = (s: string, n: number) => new Date(Date.parse(s + "T00:00:00Z") + n * DAY).toISOString().slice(0, 10);

type Kind = { code: string; name: string; level?: string; kind: string };
const L = (code: string, name: string, level: string, kind = "skillLevelCertificate"): Kind => ({ code, name, level, kind });
const N = (code: string, name: string, kind: string): Kind => ({ code, name, kind });
/** Rows of fixtures/jiaxing/catalogue-2020.json (ILLUSTRATIVE) a local worker's own certificate earns. */
export const JX_POOL: Kind[] = [
  L("EX-ELEC", "电工（示意）", "junior"), L("EX-ELEC", "电工（示意）", "intermediate"), L("EX-ELEC", "电工（示意）", "senior"),
  L("EX-WELD", "焊工（示意）", "junior"), L("EX-WELD", "焊工（示意）", "intermediate"), L("EX-FORK", "叉车司机（示意）", "junior"),
  L("EX-SEW", "缝纫工（示意）", "junior"), N("EX-SEW", "缝纫工（示意）", "specialAbilityCertificate"),
  L("EX-CARE", "养老护理员（示意）", "junior"), N("EX-CARE", "养老护理员（示意）", "specialAbilityCertificate"),
];
/** Untiered rows of the example catalogue (test/support/national.ts, ILLUSTRATIVE). */
export const NAT_POOL: Kind[] = [
  L("EX-ELEC", "示例电工", "junior"), L("EX-ELEC", "示例电工", "intermediate"), L("EX-COOK", "示例中式烹调", "junior"),
  N("EX-CARE", "示例养老护理专项能力", "specialAbilityCertificate"), N("EX-SAFE", "示例特种作业", "specialOperationsCertificate"),
];

export const TAGS = ["ordinary", "several", "twice", "sameOccLevel", "higherAfterLower", "prior", "yearBoundary", "appraisal", "skillUpgrade", "mixed", "sameDay", "beyondPlan", "payees", "heldCounts", "grantNoLevel"] as const;

export function generate(seed: number, n: number): World[] {
  const r = rng(seed);
  const worlds: World[] = [];
  for (let i = 0; i < n; i++) {
    const tag = TAGS[i % TAGS.length]!;
    const regime: Regime = tag === "appraisal" || tag === "beyondPlan" || tag === "payees" || tag === "heldCounts" ? "jx" : tag === "skillUpgrade" ? "nat" : r.chance(0.5) ? "jx" : "nat";
    const jx = regime === "jx";
    const home = jx ? NANHU : HERE;
    const pool = jx ? JX_POOL : NAT_POOL;
    const person: O = jx
      ? { id: "P1", birthDate: "1990-05-05", statuses: ["enterpriseEmployee"], hukouRegion: NANHU, employerId: "E1", unemploymentInsuranceMonths: { [NANHU]: 48 } }
      : { id: "P1", birthDate: "1990-05-05", statuses: ["enterpriseEmployee"], hukouRegion: HERE, unemploymentInsuranceMonths: { [HERE]: 48 } };
    const certificates: O[] = [];
    const courses: O[] = [];
    const claims: { o: O; on: string }[] = [];
    const ledger: O[] = [];
    const cert = (k: Kind, issuedOn: string, kindOver?: string, courseKind = "employmentSkills"): O => {
      const n = certificates.length + 1;
      const course: O = { id: `K${n}`, traineeId: "P1", kind: courseKind, occupation: { code: k.code, name: k.name }, classHours: 80, startDate: add(issuedOn, -30), endDate: add(issuedOn, -20), attendedDays: 11, region: home, ...(jx ? { organizerId: "ORG1" } : {}) };
      if (k.level !== undefined) course["level"] = k.level;
      courses.push(course);
      const c: O = { id: `C${n}`, traineeId: "P1", kind: kindOver ?? k.kind, occupation: { code: k.code, name: k.name }, issuedOn, courseId: course["id"] };
      if (k.level !== undefined) c["level"] = k.level;
      certificates.push(c);
      return c;
    };
    const claim = (measure: string, c: O, on?: string) => claims.push({ o: { measure, traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, certificateId: c["id"] }, on: on ?? add(c["issuedOn"], 3 + r.int(40)) });
    const ts = (c: O, on?: string) => claim("trainingSubsidy", c, on);
    // Jiaxing: within jx2019's action and its catalogue (2020-01-01 … 2021-12-31); national: 2019-06-01 … 2026-12-31.
    const years = jx ? [2020, 2021] : [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
    const dayIn = (yr: number) => {
      const lo = yr === 2019 ? Date.parse("2019-06-01T00:00:00Z") : Date.UTC(yr, 0, 1);
      const hi = Date.UTC(yr, 11, 31);
      return new Date(lo + r.int((hi - lo) / DAY + 1) * DAY).toISOString().slice(0, 10);
    };
    const distinct = (m: number) => {
      const xs = [...pool];
      for (let j = xs.length - 1; j > 0; j--) { const t = r.int(j + 1); [xs[j], xs[t]] = [xs[t]!, xs[j]!]; }
      return xs.slice(0, Math.min(m, xs.length));
    };
    if (tag === "ordinary") {
      ts(cert(pool[0]!, dayIn(r.pick(years))));
    } else if (tag === "several") {
      const yr = r.pick(years);
      for (const k of distinct(3 + r.int(jx ? 4 : 3))) ts(cert(k, dayIn(yr)));
    } else if (tag === "twice") {
      const c = cert(r.pick(pool), dayIn(r.pick(years)));
      const on = add(c["issuedOn"], 5);
      ts(c, on);
      ts(c, r.chance(0.5) ? on : add(on, 2 + r.int(20)));
    } else if (tag === "sameOccLevel") {
      const k = r.pick(pool.filter((p) => p.level !== undefined && p.code === "EX-ELEC"));
      const a = cert(k, dayIn(r.pick(years)));
      const b = cert(k, r.chance(0.5) ? add(a["issuedOn"], 30 + r.int(400)) : add(a["issuedOn"], 1 + r.int(20)), r.chance(0.5) ? "qualificationCertificate" : undefined);
      ts(a); ts(b);
      if (r.chance(0.3)) { const s = pool.find((p) => p.level === undefined)!; ts(cert(s, dayIn(r.pick(years)))); ts(cert(s, dayIn(r.pick(years)))); }
    } else if (tag === "higherAfterLower") {
      const levels = jx ? ["junior", "intermediate", "senior"] : ["junior", "intermediate"];
      let d = dayIn(r.pick(years.slice(0, -1)));
      for (const lv of levels) { ts(cert(pool.find((p) => p.code === "EX-ELEC" && p.level === lv)!, d)); d = add(d, 20 + r.int(200)); }
    } else if (tag === "prior") {
      const yr = r.pick(years);
      const olds = distinct(1 + r.int(3));
      let g = 0;
      for (const k of olds) {
        const grant: O = { id: `G${++g}`, claimId: `OLD-${g}`, traineeId: "P1", measure: "trainingSubsidy", provision: jx ? "jx2019.equal-standard" : "gbf2019.local-standards", payee: { kind: "trainee", id: "P1" }, amount: "1000.00", basisDate: r.chance(0.8) ? dayIn(yr) : dayIn(r.pick(years)) };
        const shape = r.int(5);
        if (shape !== 0) { grant["occupationCode"] = k.code; if (k.level !== undefined) grant["level"] = k.level; }
        if (shape === 4) { const c = cert(k, grant["basisDate"]); grant["certificateId"] = c["id"]; if (r.chance(0.5)) ts(c); }
        ledger.push(grant);
      }
      for (const k of distinct(1 + r.int(3))) ts(cert(k, dayIn(yr)));
    } else if (tag === "yearBoundary") {
      const yr = r.pick(years.slice(0, -1));
      const ks = distinct(5);
      const dec = 2 + r.int(3);
      ks.forEach((k, j) => ts(cert(k, j < dec ? add(`${yr}-12-31`, -r.int(3)) : add(`${yr + 1}-01-01`, r.int(3))), j < dec && r.chance(0.5) ? `${yr + 1}-01-0${2 + r.int(7)}` : undefined));
    } else if (tag === "appraisal") {
      const yr = r.pick(years);
      const ks = distinct(1 + r.int(4));
      for (const k of ks) {
        const c = cert(k, dayIn(yr));
        if (r.chance(0.7)) ts(c);
        claim("appraisalSubsidy", c);
        if (k.level !== undefined && r.chance(0.4)) { const again = cert(k, add(c["issuedOn"], 1 + r.int(200)), r.chance(0.5) ? "qualificationCertificate" : undefined); claim("appraisalSubsidy", again); if (r.chance(0.5)) ts(again); }
        if (r.chance(0.15)) claim("appraisalSubsidy", c);
      }
      if (r.chance(0.3)) {
        const k = r.pick(ks.filter((x) => x.level !== undefined).concat([JX_POOL[0]!]));
        ledger.push({ id: "G1", claimId: "OLD-1", traineeId: "P1", measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", payee: { kind: "trainee", id: "P1" }, amount: "120.00", basisDate: "2020-03-01", occupationCode: k.code, level: k.level });
      }
    } else if (tag === "skillUpgrade") {
      const yr = r.pick(years);
      const levelled = pool.filter((p) => p.level !== undefined);
      const c = cert(r.pick(levelled), dayIn(yr));
      const su = () => claim("insuredSkillUpgradeSubsidy", c);
      if (r.chance(0.5)) { su(); ts(c); } else { ts(c); su(); }
      if (r.chance(0.5)) { const c2 = cert(r.pick(levelled), dayIn(yr)); claim(r.chance(0.5) ? "insuredSkillUpgradeSubsidy" : "trainingSubsidy", c2); }
      if (r.chance(0.4)) for (const k of distinct(3)) ts(cert(k, dayIn(yr)));
    } else if (tag === "beyondPlan") {
      // Jiaxing certificates before its catalogue (2019-12) and after jx2019's action (2022), beside ones inside it
      const ks = distinct(2 + r.int(3));
      ks.forEach((k, j) => {
        const c = cert(k, j === 0 ? add("2019-12-31", -r.int(18)) : j === 1 ? add("2022-01-01", r.int(300)) : dayIn(r.pick(years)));
        ts(c);
        if (c["level"] !== undefined && r.chance(0.6)) claim("appraisalSubsidy", c);
        if (j === 0 && c["level"] !== undefined && r.chance(0.6)) { const again = cert(k, add("2020-01-01", r.int(300)), "qualificationCertificate"); claim("appraisalSubsidy", again); ts(again); }
      });
    } else if (tag === "payees" || tag === "heldCounts") {
      // the employer (E1) claims some, the person the others; "heldCounts": the person's employer is not on record
      if (tag === "heldCounts") delete person["employerId"];
      const yr = r.pick(years);
      const ks = distinct(3 + r.int(3)).sort((a, b) => (a.level === undefined ? 1 : 0) - (b.level === undefined ? 1 : 0));
      ks.forEach((k, j) => {
        const byEmployer = k.level !== undefined && (j === 0 || r.chance(0.3));
        const c = cert(k, dayIn(yr), undefined, byEmployer ? "skillUpgrade" : "employmentSkills");
        const on = add(c["issuedOn"], 3 + r.int(40));
        if (byEmployer) claims.push({ o: { measure: "trainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, certificateId: c["id"], enterpriseId: "E1" }, on });
        else ts(c, on);
      });
    } else if (tag === "grantNoLevel") {
      // a prior training-subsidy grant naming a levelled occupation's code but no level
      const yr = r.pick(years);
      const k = r.pick(pool.filter((p) => p.level !== undefined));
      ledger.push({ id: "G1", claimId: "OLD-1", traineeId: "P1", measure: "trainingSubsidy", provision: jx ? "jx2019.equal-standard" : "gbf2019.local-standards", payee: { kind: "trainee", id: "P1" }, amount: "1000.00", basisDate: dayIn(yr), occupationCode: k.code });
      ts(cert(k, dayIn(yr)));
      if (r.chance(0.5)) ts(cert(r.pick(pool), dayIn(yr)));
    } else if (tag === "sameDay") {
      const d = dayIn(r.pick(years));
      for (const k of distinct(4 + r.int(2))) ts(cert(k, d), add(d, 5 + r.int(10)));
    } else {
      const m = 1 + r.int(8);
      for (let j = 0; j < m; j++) {
        const c = cert(r.pick(pool), dayIn(r.pick(years)));
        ts(c);
        if (jx && r.chance(0.3)) claim("appraisalSubsidy", c);
        if (!jx && c["level"] !== undefined && r.chance(0.2)) claim("insuredSkillUpgradeSubsidy", c);
      }
    }
    // ids in filing order (then listing order), the document listing them shuffled
    claims.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    const listed = claims.map((c, j) => ({ id: `A${String(j + 1).padStart(2, "0")}`, ...c.o, submittedOn: c.on }));
    for (let j = listed.length - 1; j > 0; j--) { const t = r.int(j + 1); [listed[j], listed[t]] = [listed[t]!, listed[j]!]; }
    const doc: O = { trainees: [person], courses, certificates, claims: listed };
    if (jx) doc["enterprises"] = [{ id: "E1", name: "嘉兴示例企业", region: NANHU, unemploymentInsuranceRegion: NANHU }];
    if (ledger.length > 0) doc["ledger"] = ledger;
    worlds.push({ doc, regime, tag });
  }
  return worlds;
}
