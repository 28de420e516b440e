/**
 * Cold audit 17: a second, independent implementation — from the national texts alone — of WHO IS PAID when the payee
 * is not the trainee: the enterprise's new-style apprenticeship subsidy (企业新型学徒制), 以工代训, an enterprise's
 * training-subsidy claim on its employee's certificate, and the training-package grant. Plain TypeScript, integer fen,
 * over a claims document in the library's record format (plain objects, claims decided in input order). Written before
 * any of src/provisions, src/jurisdictions or law/readings was opened.
 *
 * Changed after the library was run (triage, test/audit17.test.ts header): (1) a training-subsidy claim of a person
 * neither whose hukou, residence nor place of work is shown in the city is `open` (the library asks where they live or
 * work: 「在户籍地、常住地、求职就业地参加培训」, not this audit's angle); (2) a trainee's own training-subsidy claim of a
 * person not an 企业职工 is `open` (audits 14/15); (3) 以工代训 for 2019-05, the month gbf2019 was issued in (2019-05-18),
 * was `open`; it is now not paid, as the library has it (a month beginning before the text — open, 500.00 at most).
 * The order in which claims are decided is the library's (test/audit17.test.ts passes them in its order): the texts
 * do not say which of two claims on one month comes first, only that it is paid once.
 *
 * My reading of the texts (the header of test/audit17.test.ts says it at length):
 *  - apprenticeship (gbf2019 §(十一) 「职工参加企业新型学徒制培训的，给予企业每人每年4000元以上的职业培训补贴，由企业自主用于学徒培训工作」):
 *    payee the ENTERPRISE that trains its 职工 apprentice; per person per year; at least 4000.00 a year (the figure above
 *    the floor is the locality's: the illustrative city sets none, the record's `annualStandard` is the standard when it
 *    is at least the floor); a student apprentice is not a 职工. gbf2019 from its issue 2019-05-18 to 2021-12-31 (its
 *    action 2019—2021); continued by plan2021 §(十三) 「全面推行企业新型学徒制」 + §(二十六) 「按规定…给予职业培训补贴」
 *    (2021—2025) and op2025 §(十七) 「按规定落实各项补贴政策」 (to 2027-12-31) under the national frameworks.
 *    Each month of an apprenticeship is paid once.
 *  - 以工代训 (gbf2019 §(十一) 「企业、农民专业合作社和扶贫车间等各类生产经营主体吸纳贫困劳动力就业并开展以工代训，以及参保企业吸纳
 *    就业困难人员、零就业家庭成员就业并开展以工代训的，给予一定期限的职业培训补贴，最长不超过6个月」): payee the entity that
 *    employs the person; a 贫困劳动力 with any entity, a 就业困难人员 / 零就业家庭成员 only with an INSURED (参保) enterprise;
 *    no one else; at most 6 months per person; monthly figure the locality's (illustrative 500.00). Only gbf2019 creates
 *    it: months 2019-06 … 2021-12 (2019-05, the month of issue, is open); neither plan2021 nor op2025 names 以工代训.
 *  - an enterprise's training-subsidy claim (gbf2019 §(十一) 「符合条件的企业职工参加…培训，按规定给予职业培训补贴」, §(十二)
 *    「对企业开展培训…可先行拨付一定比例的培训补贴资金」): paid to the employee's EMPLOYER, once per certificate whoever
 *    claims, at the catalogue's standard (illustrative catalogue).
 *  - training-package grant: no national text creates a claim-level grant (gf2018 §(十五), gbf2019 §(十), plan2021 专栏7
 *    and §(二十六) 「有条件的地区可…对…职业培训包开发应用…给予支持」 are programme funding): never paid nationally.
 */

type O = Record<string, any>;

export type OracleOutcome = "paid" | "notPaid" | "open";
export interface OracleDecision {
  readonly claimId: string;
  readonly measure: string;
  readonly outcome: OracleOutcome;
  readonly payee: { kind: string; id: string } | null;
  /** For `paid`: the amount in fen (an apprenticeship: the floor, 4000.00 a year pro rata by month). */
  readonly amountFen: number | null;
  /** For an apprenticeship: true when the amount is a floor only (the library may pay more). */
  readonly floorOnly?: boolean;
  readonly why: string;
  /** Months (YYYY-MM) this claim pays (apprenticeship and 以工代训). */
  readonly months?: readonly string[];
}

export type Frame = "national" | "frameworks";

const GBF_FROM = "2019-05-18";
const HERE = "example.city";
const GBF_UNTIL = "2021-12-31";
const FRAMEWORKS_UNTIL = "2027-12-31";
const WFT_RATE_FEN = 50000; // illustrative 以工代训 500.00 a month (test/support/ordinary.ts withIllustrativeLocal)
const APPR_FLOOR_FEN = 400000; // gbf2019 §(十一) 「每人每年4000元以上」
const POVERTY = ["povertyRegistered", "pairedRegionPovertyRegistered", "liftedOutOfPoverty"];
const INSURED_GROUPS = ["employmentDifficulty", "zeroEmploymentHousehold"];

/** The illustrative example catalogue (test/support/national.ts illustrativeCatalogue), from 2019-06-01: [code, level|null, fen, kinds]. */
const CATALOGUE: readonly (readonly [string, string | null, number, readonly string[]])[] = [
  ["EX-ELEC", "junior", 100000, ["skillLevelCertificate", "qualificationCertificate"]],
  ["EX-ELEC", "intermediate", 150000, ["skillLevelCertificate", "qualificationCertificate"]],
  ["EX-WELD", "junior", 120000, ["skillLevelCertificate"]],
  ["EX-COOK", "junior", 90000, ["skillLevelCertificate"]],
];

export const monthsBetween = (start: string, end: string): string[] => {
  const out: string[] = [];
  let y = +start.slice(0, 4);
  let m = +start.slice(5, 7);
  const ey = +end.slice(0, 4);
  const em = +end.slice(5, 7);
  while (y < ey || (y === ey && m <= em)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m++;
    if (m === 13) {
      m = 1;
      y++;
    }
  }
  return out;
};

const isEmployee = (t: O) => (t.statuses ?? []).includes("enterpriseEmployee") || (t.employerId !== undefined && !(t.statuses ?? []).includes("unemployed"));

export function oracle(doc: O, frame: Frame): OracleDecision[] {
  const trainees = new Map<string, O>((doc.trainees ?? []).map((t: O) => [t.id, t]));
  const enterprises = new Map<string, O>((doc.enterprises ?? []).map((e: O) => [e.id, e]));
  const apprenticeships = new Map<string, O>((doc.apprenticeships ?? []).map((a: O) => [a.id, a]));
  const certificates = new Map<string, O>((doc.certificates ?? []).map((c: O) => [c.id, c]));
  const until = frame === "national" ? GBF_UNTIL : FRAMEWORKS_UNTIL;

  // What is already paid: apprenticeship months by person, 以工代训 months by person, certificates paid.
  const apprMonths = new Map<string, Set<string>>();
  const wftMonths = new Map<string, Set<string>>();
  const certsPaid = new Set<string>();
  const setOf = (m: Map<string, Set<string>>, k: string) => m.get(k) ?? m.set(k, new Set()).get(k)!;
  for (const g of doc.ledger ?? []) {
    if (g.measure === "apprenticeshipSubsidy") for (const mo of g.months ?? []) setOf(apprMonths, g.traineeId).add(mo);
    if (g.measure === "workForTrainingSubsidy") for (const mo of g.months ?? []) setOf(wftMonths, g.traineeId).add(mo);
    if (g.measure === "trainingSubsidy" && g.certificateId) certsPaid.add(g.certificateId);
  }

  const out: OracleDecision[] = [];
  for (const c of doc.claims ?? []) {
    const no = (why: string, outcome: OracleOutcome = "notPaid"): OracleDecision => ({ claimId: c.id, measure: c.measure, outcome, payee: null, amountFen: null, why });
    const t = trainees.get(c.traineeId);
    if (t === undefined) {
      out.push(no("no trainee"));
      continue;
    }
    if (c.measure === "apprenticeshipSubsidy") {
      const a = apprenticeships.get(c.apprenticeshipId);
      if (a === undefined || a.traineeId !== c.traineeId) { out.push(no("no apprenticeship of the person")); continue; }
      // 「给予企业」: the enterprise that trains the apprentice is paid, no one else.
      if (c.claimant.kind !== "enterprise" || c.claimant.id !== a.enterpriseId) { out.push(no("payee: only the training enterprise")); continue; }
      // 「职工参加企业新型学徒制培训的」: a student apprentice is not a 职工.
      if (a.kind !== "employee") { out.push(no("not a 职工 apprentice")); continue; }
      // The months in force: gbf2019 (2019-05-18 … 2021-12-31), continued by plan2021/op2025 under the frameworks.
      const inForce = monthsBetween(a.startDate, a.endDate).filter((mo) => `${mo}-31` >= GBF_FROM && `${mo}-01` <= until);
      if (inForce.length === 0) { out.push(no("no month of the apprenticeship in force")); continue; }
      const paid = setOf(apprMonths, c.traineeId);
      const fresh = inForce.filter((mo) => !paid.has(mo));
      if (fresh.length === 0) { out.push(no("every month already paid")); continue; }
      for (const mo of fresh) paid.add(mo);
      // The floor, 4000.00 a year, pro rata by month (the locality may pay more).
      out.push({ claimId: c.id, measure: c.measure, outcome: "paid", payee: { kind: "enterprise", id: a.enterpriseId }, amountFen: Math.floor((APPR_FLOOR_FEN * fresh.length) / 12), floorOnly: true, why: "apprenticeship", months: fresh });
      continue;
    }
    if (c.measure === "workForTrainingSubsidy") {
      if (c.claimant.kind !== "enterprise") { out.push(no("payee: only the employing entity")); continue; }
      const e = enterprises.get(c.claimant.id);
      const st: string[] = t.statuses ?? [];
      const poor = POVERTY.some((s) => st.includes(s));
      const insuredGroup = INSURED_GROUPS.some((s) => st.includes(s));
      const insured = e?.unemploymentInsuranceRegion !== undefined;
      if (!poor && !(insuredGroup && insured)) {
        out.push(no(insuredGroup ? "就业困难/零就业 with an uninsured enterprise" : "not a group of 以工代训", insuredGroup && e === undefined ? "open" : "notPaid"));
        continue;
      }
      // 「吸纳…就业」: the claimant must employ the person.
      if (t.employerId === undefined) { out.push(no("employer unknown", "open")); continue; }
      if (t.employerId !== c.claimant.id) { out.push(no("claimant does not employ the person")); continue; }
      const months: string[] = c.months ?? [];
      const inForce = months.filter((mo) => mo >= "2019-06" && mo <= "2021-12");
      if (inForce.length === 0) { out.push(no("no month in force (only gbf2019 creates 以工代训)")); continue; }
      const paid = setOf(wftMonths, c.traineeId);
      const fresh = inForce.filter((mo) => !paid.has(mo)).sort();
      const room = Math.max(0, 6 - paid.size);
      const pay = fresh.slice(0, room);
      if (pay.length === 0) { out.push(no(room === 0 ? "six months already paid" : "every month already paid")); continue; }
      for (const mo of pay) paid.add(mo);
      const partial = pay.length < months.length;
      out.push({ claimId: c.id, measure: c.measure, outcome: "paid", payee: { kind: "enterprise", id: c.claimant.id }, amountFen: WFT_RATE_FEN * pay.length, why: partial ? "以工代训 (part of the months)" : "以工代训", months: pay });
      continue;
    }
    if (c.measure === "trainingSubsidy") {
      const cert = certificates.get(c.certificateId);
      if (cert === undefined) { out.push(no("no certificate", "open")); continue; }
      if (c.claimant.kind === "enterprise") {
        if (!isEmployee(t)) { out.push(no("not an 企业职工", "open")); continue; }
        if (t.employerId === undefined) { out.push(no("employer unknown", "open")); continue; }
        if (t.employerId !== c.claimant.id) { out.push(no("claimant does not employ the person")); continue; }
      } else if (c.claimant.kind !== "trainee") { out.push(no("organizer", "open")); continue; }
      // A trainee's own claim is audits 14 and 15's angle: only an 企业职工's is modelled here (triage 2).
      else if (!isEmployee(t)) { out.push(no("trainee claim of a person not an 企业职工 (not this audit's angle)", "open")); continue; }
      // 「在户籍地、常住地、求职就业地参加培训」: only a person of the city is decided here (triage 1: others are asked where they live or work).
      const local = (r?: string) => r !== undefined && (r === HERE || r.startsWith(`${HERE}.`));
      if (!local(t.hukouRegion) && !local(t.residenceRegion) && !local(t.employmentRegion)) { out.push(no("residency not shown", "open")); continue; }
      if (certsPaid.has(cert.id)) { out.push(no("certificate already paid")); continue; }
      const row = CATALOGUE.find(([code, level, , kinds]) => code === cert.occupation.code && (level ?? undefined) === cert.level && kinds.includes(cert.kind));
      if (row === undefined || cert.issuedOn < "2019-06-01" || cert.issuedOn > until) { out.push(no("outside catalogue or window", "open")); continue; }
      certsPaid.add(cert.id);
      out.push({ claimId: c.id, measure: c.measure, outcome: "paid", payee: { kind: c.claimant.kind, id: c.claimant.id }, amountFen: row[2], why: "training subsidy" });
      continue;
    }
    if (c.measure === "trainingPackageGrant") { out.push(no("no national package grant")); continue; }
    out.push(no("not modelled", "open"));
  }
  return out;
}

export const fen = (yuan: string | null): number | null => (yuan === null ? null : Math.round(Number(yuan) * 100));
