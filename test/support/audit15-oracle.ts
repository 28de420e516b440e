/**
 * Cold audit 15: a second, independent decision function for the national measures an individual claims, written from
 * law/sources (gbf2019 §(十一)–(十二), plan2021, op2025) ALONE, before reading src/provisions, src/jurisdictions or
 * law/readings. Integer fen. Input: a claims document in the library's record format (plain JSON objects).
 *
 * Amounts are not in the national texts (§(十二) 「市（地）以上…确定职业培训补贴标准」): they come from the ILLUSTRATIVE example
 * city of test/support/national.ts (`illustrativeCatalogue`, in force from 2019-06-01, region `example.city`), the
 * ILLUSTRATIVE skill-upgrade standards of test/support/world.ts (初级工 1000, 中级工 1500, 高级工 2000 from 2019-06-01)
 * and an ILLUSTRATIVE living allowance of 50.00 a day from 2019-05-18 (test/support/ordinary.ts withIllustrativeLocal).
 *
 * After the cold commit ("oracle written cold") the triage changed it where the oracle was wrong or the text is open and
 * the library's reading adopted; each change is marked "Triage:" in place (the list is in test/audit15.test.ts's header):
 * held outside the frameworks, absent facts unknown, a refusal outranks a hold, the ladder's dates, no residency for the
 * allowance, 「或」 and no-repeat by occupation@level, judged by basis date then id, plan2021 from 2022-01-01, the
 * skill-upgrade subsidy not bound to the frameworks and refused to a pensioner and for a level the city's table omits.
 * Kept as my reading (findings): insured in the city; no child.
 *
 * My reading (see the header of test/audit15.test.ts for the whole of it):
 * - the national measures run from gbf2019's day of issue, 2019-05-18; nothing before it (no national text of the chain).
 * - trainingSubsidy (§(十一), §(十二)): a person of a listed group — 贫困家庭子女, 贫困劳动力 (建档立卡, 对口支援, 脱贫),
 *   两后生, 农村转移就业劳动者 (农民工 of every kind), 下岗失业人员, 转岗职工, 退役军人, 残疾人, 高校毕业生, 企业职工; and
 *   (my reading of 「同时给予生活费补贴」) 就业困难人员 and 零就业家庭成员; from 2021 (plan2021) 毕业年度学生 — who trained in
 *   their 户籍地、常住地 or 求职就业地 (here: hukou, residence, employment or unemployment registration within the city)
 *   and obtained a certificate after training (a directly recognised level is no 「参加培训后取得证书」); the catalogue's
 *   standard for the occupation, level and kind (outside the catalogue: denied, §(十七) 目录清单管理); at most 3 a
 *   calendar year of the certificate's issue; never twice for one occupation at one level (unleveled: the occupation).
 *   An ORDINARY person (no status, no employer) is in no group: denied.
 * - insuredSkillUpgradeSubsidy (§(十一) 「符合条件的企业职工…初级工、中级工、高级工、技师、高级技师培训，按规定给予职业培训补贴
 *   或参保职工技能提升补贴」): an enterprise employee insured in the city (months > 0), a leveled certificate of one of the
 *   five levels after training; the standard for the level (none set: undecidable); not when the same certificate was
 *   paid the training subsidy (「或」), and the training subsidy not when it was paid the skill-upgrade subsidy.
 * - livingAllowance (§(十一) 「对贫困劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员，在培训期间…
 *   同时给予生活费补贴」): those groups, residency as above, 50.00 × attended days, one course once.
 */

export type Outcome = "granted" | "denied" | "undecidable";
export interface OracleDecision {
  readonly claimId: string;
  readonly measure: string;
  readonly outcome: Outcome;
  /** Integer fen when granted, 0 when denied, null when undecidable. */
  readonly fen: number | null;
  /** Why, in a word. */
  readonly why: string;
}

type O = Record<string, any>;

export const HERE = "example.city";
export const GBF2019_FROM = "2019-05-18";
export const PLAN2021_FROM = "2021-01-01";
export const OP2025_FROM = "2025-06-20";
/** op2025's action runs 「从2025年到2027年底」: after it no national text of the chain is in force (triage: undecidable). */
export const FRAMEWORK_UNTIL = "2027-12-31";
/** plan2021 prints no date; the library reads it from 2022-01-01 (reading plan2021-start). Triage: adopted (open, 50 %). */
export const PLAN2021_FROM_ADOPTED = "2022-01-01";

const within = (region: string | undefined, scope: string): boolean => region !== undefined && (region === scope || region.startsWith(scope + "."));

/** The ILLUSTRATIVE catalogue (test/support/national.ts), fen. */
const CATALOGUE: readonly { code: string; level: string | null; fen: number; kinds: readonly string[] }[] = [
  { code: "EX-ELEC", level: "junior", fen: 100000, kinds: ["skillLevelCertificate", "qualificationCertificate"] },
  { code: "EX-ELEC", level: "intermediate", fen: 150000, kinds: ["skillLevelCertificate", "qualificationCertificate"] },
  { code: "EX-ELEC", level: "chiefTechnician", fen: 300000, kinds: ["skillLevelCertificate"] },
  { code: "EX-ELEC", level: "apprentice", fen: 50000, kinds: ["skillLevelCertificate"] },
  { code: "EX-TILE", level: "junior", fen: 33333, kinds: ["skillLevelCertificate"] },
  { code: "EX-DRON", level: "junior", fen: 120000, kinds: ["skillLevelCertificate"] },
  { code: "EX-WELD", level: "junior", fen: 120000, kinds: ["skillLevelCertificate"] },
  { code: "EX-COOK", level: "junior", fen: 90000, kinds: ["skillLevelCertificate"] },
  { code: "EX-CARE", level: null, fen: 60000, kinds: ["specialAbilityCertificate"] },
  { code: "EX-SAFE", level: null, fen: 30000, kinds: ["specialOperationsCertificate"] },
];
const CATALOGUE_FROM = "2019-06-01";
/** ILLUSTRATIVE skill-upgrade standards (test/support/world.ts), fen, from 2019-06-01. */
const SKILL_UPGRADE: Readonly<Record<string, number>> = { junior: 100000, intermediate: 150000, senior: 200000 };
const SKILL_UPGRADE_LEVELS = ["junior", "intermediate", "senior", "technician", "seniorTechnician"];
const SKILL_UPGRADE_FROM = "2019-06-01";
/** ILLUSTRATIVE living allowance, fen a day, from 2019-05-18. */
const LIVING_ALLOWANCE_DAY = 5000;

const POOR = ["povertyRegistered", "pairedRegionPovertyRegistered", "liftedOutOfPoverty"];
const TRAINING_GROUPS = [
  "childOfPoorFamily", ...POOR, "nonContinuingGraduate", "ruralTransferWorker", "newGenerationMigrantWorker", "migrantWorker", "returningMigrantWorker",
  "unemployed", "jobTransferWorker", "veteran", "disabled", "collegeGraduate", "enterpriseEmployee", "employmentDifficulty", "zeroEmploymentHousehold",
];

export function isEmployee(t: O): boolean {
  const s: string[] = t.statuses;
  if (s.includes("unemployed")) return s.includes("enterpriseEmployee");
  return s.includes("enterpriseEmployee") || t.employerId !== undefined || s.includes("tradeFrictionAffected");
}

export function inTrainingGroup(t: O, on: string): boolean {
  const s: string[] = t.statuses;
  if (TRAINING_GROUPS.some((g) => s.includes(g))) return true;
  if (isEmployee(t)) return true;
  if (on >= PLAN2021_FROM_ADOPTED && s.includes("graduationYearStudent")) return true;
  return false;
}

export function inLivingAllowanceGroup(t: O): boolean {
  const s: string[] = t.statuses;
  return POOR.some((g) => s.includes(g)) || s.includes("employmentDifficulty") || s.includes("zeroEmploymentHousehold") || (s.includes("nonContinuingGraduate") && (s.includes("rural") || s.includes("urbanDibaoFamily")));
}

/** A residency basis here: true, false, or "unknown" when none is shown and a basis is not recorded (absent facts are unknown: src/records/trainee.ts). */
export function residesHere(t: O): boolean | "unknown" {
  const bases = [t.hukouRegion, t.residenceRegion, t.employmentRegion, t.unemploymentRegisteredAt];
  if (bases.some((r) => within(r, HERE))) return true;
  return bases.some((r) => r === undefined) ? "unknown" : false;
}

/**
 * Insured in the city whose fund pays (my reading, kept: finding 1 — the library counts months anywhere): true, false, or
 * "unknown" when the record is silent.
 */
const insured = (t: O): boolean | "unknown" =>
  t.unemploymentInsuranceMonths === undefined ? "unknown" : Object.entries(t.unemploymentInsuranceMonths as Record<string, number>).some(([r, m]) => within(r, HERE) && m > 0);

/** Whole years of age on a date. */
export const ageOn = (birthDate: string, on: string): number => +on.slice(0, 4) - +birthDate.slice(0, 4) - (on.slice(5) < birthDate.slice(5) ? 1 : 0);
/**
 * A 劳动者 (my reading, kept: finding 2): no group of the texts takes a child — the youngest are the 两后生, junior-high
 * graduates (gf2018 (五) 「对城乡未继续升学的初、高中毕业生开展劳动预备制培训」), some 15; an 企业职工 is 16 or more (labour law,
 * outside the corpus). The line is open: the oracle refuses under 14, short of any junior-high graduate.
 */
export const MIN_AGE = 14;
/** The levels on the ladder on a date: 学徒工 only with op2025's “新八级工” (2025-06-20); 特级技师, 首席技师 from gbf2019 §(十八). */
const onLadder = (level: string | undefined, on: string) => level !== "apprentice" || on >= OP2025_FROM;

const yearOf = (d: string) => d.slice(0, 4);
const dayNumber = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86400000;
const daysBetween = (a: string, b: string) => dayNumber(b) - dayNumber(a);
const occKey = (code: string, level: string | undefined | null) => `${code}@${level ?? "-"}`;

export function oracle(doc: O): OracleDecision[] {
  const trainees = new Map<string, O>((doc.trainees ?? []).map((t: O) => [t.id, t]));
  const certs = new Map<string, O>((doc.certificates ?? []).map((c: O) => [c.id, c]));
  const courses = new Map<string, O>((doc.courses ?? []).map((c: O) => [c.id, c]));
  // Paid so far, per person: training-subsidy occupation@level keys, per-year counts, certificates paid by measure, courses paid.
  const tsKeys = new Map<string, Set<string>>();
  const tsYear = new Map<string, number>();
  const paidCert = new Set<string>(); // `${measure}|${certificateId}`
  const paidCourse = new Set<string>();
  /** Skill-upgrade occupation@level keys per person (triage: 「或」 and no-repeat keyed by occupation and level, as the library). */
  const suKeys = new Map<string, Set<string>>();
  const setOf = (m: Map<string, Set<string>>, k: string) => m.get(k) ?? (m.set(k, new Set()), m.get(k)!);
  const recordTs = (person: string, key: string, basisDate: string, certificateId?: string) => {
    setOf(tsKeys, person).add(key);
    tsYear.set(`${person}|${yearOf(basisDate)}`, (tsYear.get(`${person}|${yearOf(basisDate)}`) ?? 0) + 1);
    if (certificateId !== undefined) paidCert.add(`trainingSubsidy|${certificateId}`);
  };
  for (const g of doc.ledger ?? []) {
    if (g.measure === "trainingSubsidy") recordTs(g.traineeId, occKey(g.occupationCode, g.level), g.basisDate, g.certificateId);
    else if (g.measure === "insuredSkillUpgradeSubsidy") { if (g.certificateId !== undefined) paidCert.add(`insuredSkillUpgradeSubsidy|${g.certificateId}`); setOf(suKeys, g.traineeId).add(occKey(g.occupationCode, g.level)); }
    else if (g.measure === "livingAllowance" && g.courseId !== undefined) paidCourse.add(g.courseId);
  }

  const out: OracleDecision[] = [];
  const decide = (c: O, outcome: Outcome, fen: number | null, why: string) => out.push({ claimId: c.id, measure: c.measure, outcome, fen: outcome === "denied" ? 0 : fen, why });

  // Judged in order of basis date (certificate issue, else the course's last day), then claim id (triage: the library's
  // reading claim-order-by-issue-date; my first reading was the order of filing).
  const basisOf = (c: O): string => (c.certificateId !== undefined ? certs.get(c.certificateId)!.issuedOn : courses.get(c.courseId)!.endDate);
  const ordered = [...(doc.claims ?? [])].sort((a: O, b: O) => (basisOf(a) < basisOf(b) ? -1 : basisOf(a) > basisOf(b) ? 1 : a.submittedOn < b.submittedOn ? -1 : a.submittedOn > b.submittedOn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const inForce = (on: string) => on >= GBF2019_FROM && on <= FRAMEWORK_UNTIL;
  // Each claim's conditions are checks: a failing one denies (the first named), else an unknown one holds, else it is paid
  // (triage: my first draft stopped at the first unknown; a refusal on a known fact is not held on an unknown one).
  type Check = readonly [string, boolean | "unknown"];
  const settle = (c: O, checks: readonly Check[], fen: number, onGrant: () => void) => {
    const failed = checks.find(([, v]) => v === false);
    if (failed !== undefined) return decide(c, "denied", 0, failed[0]);
    const unknown = checks.find(([, v]) => v === "unknown");
    if (unknown !== undefined) return decide(c, "undecidable", null, unknown[0]);
    onGrant();
    decide(c, "granted", fen, "paid");
  };
  for (const c of ordered) {
    const t = trainees.get(c.traineeId)!;
    if (c.measure === "trainingSubsidy") {
      const k = certs.get(c.certificateId)!;
      const on: string = k.issuedOn;
      const row = CATALOGUE.find((r) => r.code === k.occupation.code && r.level === (k.level ?? null) && r.kinds.includes(k.kind));
      const key = occKey(k.occupation.code, k.level);
      // Triage: outside the frameworks (before 2019-05-18, after 2027-12-31) the claim is held whole, a known refusal too
      // (a later or earlier text may change the groups): the library's provision_not_in_force.
      // A directly recognised level is refused on any date (no training to subsidise).
      if (k.directlyRecognised === true) { decide(c, "denied", 0, "direct-recognition"); continue; }
      if (!inForce(on)) { decide(c, "undecidable", null, "outside-frameworks"); continue; }
      settle(c, [
        ["not-a-worker", ageOn(t.birthDate, on) >= MIN_AGE],
        ["off-ladder", onLadder(k.level, on)],
        ["no-group", inTrainingGroup(t, on)],
        ["residency", residesHere(t)],
        // No catalogue in force before 2019-06-01: no standard to read (held); from then a row not in it is refused (§(十七) 目录清单管理).
        ["catalogue", on < CATALOGUE_FROM ? "unknown" : row !== undefined],
        ["or-skill-upgrade", !(paidCert.has(`insuredSkillUpgradeSubsidy|${k.id}`) || setOf(suKeys, t.id).has(key))],
        ["no-repeat", !setOf(tsKeys, t.id).has(key)],
        ["annual-cap", (tsYear.get(`${t.id}|${yearOf(on)}`) ?? 0) < 3],
      ], row?.fen ?? 0, () => recordTs(t.id, key, on, k.id));
    } else if (c.measure === "insuredSkillUpgradeSubsidy") {
      const k = certs.get(c.certificateId)!;
      const on: string = k.issuedOn;
      const key = occKey(k.occupation.code, k.level);
      const fen = SKILL_UPGRADE[k.level];
      // Triage: not bound to the frameworks' end (it rests on the unemployment insurance; reading national-measures-end-with-framework);
      // before the standards (2019-06-01) the standard, and with it the level's, is unknown; a refusal on a known fact stands.
      const before = on < SKILL_UPGRADE_FROM;
      settle(c, [
        ["direct-recognition", k.directlyRecognised !== true],
        ["not-a-worker", ageOn(t.birthDate, on) >= MIN_AGE],
        ["not-employee", isEmployee(t)],
        // Triage: a person drawing a monthly pension is out of the unemployment insurance (adopted).
        ["pensioner", t.receivesMonthlyPension !== true],
        ["insured", insured(t)],
        ["level", before ? "unknown" : (k.kind === "skillLevelCertificate" || k.kind === "qualificationCertificate") && SKILL_UPGRADE_LEVELS.includes(k.level)],
        // Triage: a level the city's table leaves out is refused (the training subsidy is the other road, 「或」), not held.
        ["no-standard-for-level", before ? "unknown" : fen !== undefined],
        ["or-training-subsidy", !(paidCert.has(`trainingSubsidy|${k.id}`) || setOf(tsKeys, t.id).has(key))],
        ["paid-once", !(paidCert.has(`insuredSkillUpgradeSubsidy|${k.id}`) || setOf(suKeys, t.id).has(key))],
      ], fen ?? 0, () => { paidCert.add(`insuredSkillUpgradeSubsidy|${k.id}`); setOf(suKeys, t.id).add(key); });
    } else if (c.measure === "livingAllowance") {
      const k = courses.get(c.courseId)!;
      // Day by day: the days in force are paid (triage: the library's reading living-allowance-day-by-day); a course with
      // no day in force is held; one partly in force whose attended days are not all its days asks which days.
      const span = daysBetween(k.startDate, k.endDate) + 1;
      const from = k.startDate < GBF2019_FROM ? GBF2019_FROM : k.startDate;
      const until = k.endDate > FRAMEWORK_UNTIL ? FRAMEWORK_UNTIL : k.endDate;
      const daysInForce = from > until ? 0 : daysBetween(from, until) + 1;
      const days = daysInForce === span ? k.attendedDays : k.attendedDays === span ? daysInForce : null;
      settle(c, [
        ["outside-frameworks", daysInForce > 0 || "unknown"],
        ["attended-dates", days !== null || "unknown"],
        // Changed 2026-12-06 (cold review 43; reading national-measures-end-with-framework): a course whose first day is after
        // the frameworks' end is held for a later text whoever the trainee is — no list of who gets it is in force on its
        // days either — as the training subsidy outside the frameworks is (row 1 of the triage above), not refused by them.
        ["no-group", k.startDate > FRAMEWORK_UNTIL || inLivingAllowanceGroup(t)],
        // Triage: no residency condition in the text for the allowance; the training took place in the city.
        ["not-here", within(k.region, HERE)],
        ["paid-once", !paidCourse.has(k.id)],
      ], LIVING_ALLOWANCE_DAY * (days ?? 0), () => paidCourse.add(k.id)); // 50.00 a day × attended days in force
    } else {
      decide(c, "undecidable", null, "not-covered");
    }
  }
  return out;
}
