/**
 * Cold audit 17 — WHO IS PAID under the NATIONAL texts when the payee is not the trainee, checked by a second,
 * independent implementation (test/support/audit17-oracle.ts, written and committed — "oracle written cold" — before
 * src/provisions, src/jurisdictions or law/readings was opened).
 *
 * Angle: the enterprise's new-style apprenticeship subsidy (企业新型学徒制), 以工代训, an enterprise claiming the training
 * subsidy for its employee's certificate, and the training-package grant, under the shipped national policies
 * (`nationalPolicy()`, `nationalFrameworksPolicy()`) with the ILLUSTRATIVE example city of test/support/national.ts and
 * test/support/ordinary.ts (`withIllustrativeLocal`: the example catalogue, EX-ELEC 初级工 1000.00; 以工代训 500.00 a month;
 * none of these is any city's figure). The apprenticeship standard — which no shipped policy and no test city sets — is
 * set here at 6000.00 a person a year from 2019-05-18 (ILLUSTRATIVE, above gbf2019's floor of 4000).
 *
 * What I read first: law/sources/gbf2019.txt whole, plan2021 and op2025 (every passage on enterprises, apprentices,
 * 以工代训, training packages, payees), gf2018 §(五)–(十二) and the rest; then the record schemas (src/records) and
 * docs/concepts.md for the input format; after the oracle was committed, src/provisions/apprenticeship,
 * src/provisions/workForTraining and the readings national-measures-end-with-framework, work-for-training-per-person,
 * apprenticeship-terms-at-start and apprenticeship-ui-locality.
 *
 * My reading, the ORDINARY case first (an ordinary enterprise in the city training an ordinary insured employee):
 *  - gf2018 (2018-05-03, no end printed) creates no subsidy with a payee or a figure: §(六) 「全面推行企业新型学徒制度，对企业
 *    新招用和转岗的技能岗位人员，通过校企合作方式，进行系统职业技能培训」 and 「支持符合条件的参保职工提升职业技能」; §(十五)
 *    「建立国家基本职业培训包制度」 is a standards system, not a grant.
 *  - gbf2019 (issued 2019-05-18; its action 「2019—2021 年」) §(十一) creates, with the enterprise as payee:
 *    (a) the apprenticeship subsidy 「职工参加企业新型学徒制培训的，给予企业每人每年4000元以上的职业培训补贴，由企业自主用于学徒培训工作」:
 *        claimed by and paid to the ENTERPRISE whose 职工 is its apprentice (a student apprentice is not a 职工), per person
 *        per year, at least 4000.00 a year; the figure above the floor is the locality's (§(十二) 「市（地）以上…确定职业培训补贴
 *        标准」). No insurance or locality condition in the text. The ordinary case — an employee apprentice's year with their
 *        employer — is paid to the employer once per person-year.
 *    (b) 以工代训 「企业、农民专业合作社和扶贫车间等各类生产经营主体吸纳贫困劳动力就业并开展以工代训，以及参保企业吸纳就业困难人员、
 *        零就业家庭成员就业并开展以工代训的，给予一定期限的职业培训补贴，最长不超过6个月」: paid to the entity that employs the
 *        person (any entity for a 贫困劳动力; an INSURED enterprise for a 就业困难人员 / 零就业家庭成员); an ordinary employee of no
 *        such group gets none; at most six months (per person: the text allows per person and employer too — open); the
 *        monthly figure is the locality's (illustrative 500.00).
 *    (c) an enterprise's training subsidy for its employee: 「符合条件的企业职工参加…培训，按规定给予职业培训补贴或参保职工技能提升
 *        补贴」, §(十二) 「对企业开展培训…可先行拨付一定比例的培训补贴资金」: the employer may be paid; one certificate is paid once,
 *        whoever claims, and 「或」 the skill-upgrade subsidy, not both; the figure is the catalogue's (illustrative).
 *    (d) training packages: §(十) 「大力推广…“职业培训包”…等先进培训方式」 — a method, no grant.
 *  - plan2021 (2021—2025): §(十三) 「全面推行企业新型学徒制和现代学徒制」 (apprentices now include 「在职职工」) and §(二十六)
 *    「按规定对符合条件的参训人员给予职业培训补贴、技能提升补贴和生活费补贴」 — no figure, no payee of its own, no 以工代训 at all;
 *    training packages only as 「有条件的地区可…对…职业培训包开发应用…给予支持」 (programme funding).
 *  - op2025 (2025-06-20, 「从2025年到2027年底」): 学徒制 as a training model, 「按规定落实各项补贴政策」; no 以工代训 (only
 *    以工代赈, a different thing: work relief on projects); no package grant.
 *  So: the apprenticeship subsidy runs 2019-05-18…2021-12-31 on gbf2019 and, on a reading of 「按规定」, to 2027-12-31 under
 *  the frameworks (open, 50 %); 以工代训 runs only on gbf2019 (months 2019-06 … 2021-12; 2019-05 is open); a package grant is
 *  never paid under the national texts.
 *
 * What I tried: a deterministic generator (below) of people — insured or not, of every 以工代训 group or none, with an
 * employer inside the city, in it but uninsured, outside it, or none on record — with apprenticeships of 3–30 months
 * begun 2018-11…2028-01 (before gbf2019, in it, across its end, in plan2021 and op2025, after op2025), employee or
 * student, claimed by their enterprise, another enterprise or the trainee, one to three times under other claim ids, some
 * with a prior ledger grant naming its months; 以工代训 claims of 1–7 months over the same anchors, by the employer,
 * another enterprise or the trainee, some after a prior grant of three months; certificates claimed by the employer and
 * the trainee; package grants. Each person's document is decided by the library (parseClaimsDocument → evaluateBatch)
 * and the oracle under both national policies. By hand: the payee of every measure (trainee, organizer, another
 * enterprise, the employer), the six months, a month claimed by two employers, a ledger grant without months, the
 * skill-upgrade subsidy after the employer's training subsidy, a pensioner, an employer elsewhere.
 *
 * The disagreement table (800 people × 2 policies, seed 17), and the verdicts:
 *  | group (measure · library · oracle · library's first reason)                                   | count   | verdict |
 *  | apprenticeship · held · paid · measure_not_provided (national 192, frameworks 394)            | 586     | F1 recorded (a year in gbf2019); after 2021 open |
 *  | apprenticeship · held · paid · no_local_standard (record begun before 2019-05-18)            | 93 + 93 | open, follows F1 (the standard is read on the record's first day) |
 *  | 以工代训 · paid · not paid · months from 2022-01 (frameworks)                                  | 75      | F2 recorded |
 *  | 以工代训 · paid more than the oracle · months on both sides of 2022-01 (frameworks)           | 13      | F2 recorded (the 2022 months of it) |
 *  | 以工代训 · held · paid part · provision_not_in_force, months on both sides of 2022-01 (national) | 17    | open: the library holds the claim whole (reading national-measures-end-with-framework, whose alternative pays December 2021); a hold, not a refusal — the enterprise may file December alone (500.00) |
 *  Before triage the oracle also disagreed on: trainee claims of people of no group (oracle fixed: not this angle),
 *  people whose hukou is elsewhere (the library asks where they live or work — oracle fixed to `open`), and the order of
 *  two claims for the same months (the oracle now decides in the library's order; totals agreed throughout).
 *
 * Considered and not recorded: (1) with no apprenticeship standard set (the shipped policies with the test city as it
 * is) the claim is held `no_local_standard` — the text fixes only 「4000元以上」, so paying the floor (4000.00) or holding
 * for the city's figure are both readings (40 % for paying the floor); (2) a record begun before 2019-05-18 (say
 * 2019-03-01…2020-02-29) is held however its months after 2019-05-18 fall, as the standard is read on the record's
 * first day (reading apprenticeship-terms-at-start, Jiaxing's): it matters only once F1 is mended (about 8 months ×
 * 6000.00/12 = 4000.00 held); (3) whether the apprenticeship subsidy runs on after 2021 under plan2021/op2025 (「按规定」,
 * 45 % that the texts carry it: plan2021 §(二十六) names 「参训人员」 as payees, not enterprises) — not recorded; (4) the
 * six months per person or per person and employer (reading work-for-training-per-person: the library per person; the
 * text allows both, 50 %); (5) 以工代训 for May 2019, refused as before gbf2019 (issued 2019-05-18; 500.00 at most);
 * (6) an enterprise claim whose `enterpriseId` names another enterprise than the claimant is refused
 * `payee_not_enterprise` (an inconsistent claim; refusing is safe); (7) an enterprise's claim of the training subsidy
 * for a worker whose hukou is elsewhere is held asking where they live or work, though the employer on record is in the
 * city — a hold the claimant can answer, and an employer's registered region is not proof of the place of work.
 */
import { describe, expect, it } from "vitest";
import { apprenticeshipAnnualStandard, evaluateBatch, nationalFrameworksPolicy, nationalPolicy, parseClaimsDocument } from "../src/index.js";
import type { Decision, Policy } from "../src/index.js";
import { withExampleStandard } from "./support/national.js";
import { withIllustrativeLocal } from "./support/ordinary.js";
import { fen, monthsBetween, oracle, type Frame, type OracleDecision } from "./support/audit17-oracle.js";
import { offenders } from "../scripts/quotations.mjs";
import { rng } from "./support/rng.js";

type O = Record<string, any>;

/** The shipped policy with the ILLUSTRATIVE example city (catalogue, 以工代训 500.00 a month) and, when `standard`, an ILLUSTRATIVE apprenticeship standard of 6000.00 a person a year from 2019-05-18. */
const withCity = (base: Policy, standard = true): Policy =>
  standard
    ? withExampleStandard(withIllustrativeLocal(base), "apprenticeship", apprenticeshipAnnualStandard as never, { zh: "学徒补贴标准（示意）", en: "apprenticeship standard (illustrative)" }, [{ from: "2019-05-18", value: "6000.00" }])
    : withIllustrativeLocal(base);
const POLICIES: Record<Frame, Policy> = { national: withCity(nationalPolicy()), frameworks: withCity(nationalFrameworksPolicy()) };

const H = "example.city";
const ENTERPRISES = [
  { id: "E-IN", name: "市内参保企业（示意）", region: H, unemploymentInsuranceRegion: H },
  { id: "E-IN2", name: "市内另一参保企业（示意）", region: "example.city.east", unemploymentInsuranceRegion: "example.city.east" },
  { id: "E-OUT", name: "市外参保企业（示意）", region: "other.city", unemploymentInsuranceRegion: "other.city" },
  { id: "E-UN", name: "市内未参保主体（示意）", region: H },
];

/** Decides a document (plain records) under `policy`; throws on any invalid record. */
function decide(policy: Policy, doc: O): readonly Decision[] {
  const p = parseClaimsDocument({ trainees: [], enterprises: ENTERPRISES, apprenticeships: [], certificates: [], courses: [], ledger: [], ...doc });
  if (!p.ok || p.value.invalid.length > 0) throw new Error(`invalid document: ${JSON.stringify(p.ok ? p.value.invalid : p.issues).slice(0, 500)}`);
  return evaluateBatch(policy, p.value.document).decisions;
}
const one = (policy: Policy, doc: O, id: string): Decision => decide(policy, doc).find((d) => d.claimId === id)!;
const brief = (d: Decision) => [d.outcome, d.amount, d.payee === null ? null : `${d.payee.kind}:${d.payee.id}`];

// ---------------------------------------------------------------- the generator (deterministic)

const pad = (n: number) => String(n).padStart(2, "0");
const addMonths = (m: string, k: number) => {
  const t = +m.slice(0, 4) * 12 + (+m.slice(5, 7) - 1) + k;
  return `${Math.floor(t / 12)}-${pad((t % 12) + 1)}`;
};
const lastDay = (m: string) => `${m}-${pad(new Date(Date.UTC(+m.slice(0, 4), +m.slice(5, 7), 0)).getUTCDate())}`;
/** Either side of every window the texts name: gbf2019 2019-05-18…2021-12-31, plan2021 2021–2025, op2025 2025-06-20…2027-12-31. */
const MONTH_ANCHORS = ["2018-11", "2019-03", "2019-05", "2019-06", "2019-11", "2020-01", "2020-07", "2021-06", "2021-10", "2021-12", "2022-01", "2023-05", "2025-06", "2025-11", "2027-09", "2027-12", "2028-01"];
const STATUSES = [[], ["enterpriseEmployee"], ["povertyRegistered"], ["liftedOutOfPoverty"], ["pairedRegionPovertyRegistered"], ["employmentDifficulty"], ["zeroEmploymentHousehold"], ["unemployed"], ["employmentDifficulty", "enterpriseEmployee"], ["povertyRegistered", "enterpriseEmployee"]];

/** One generated person: a claims document of their own. */
function person(r: ReturnType<typeof rng>, i: number): O {
  const P = `P${i}`;
  const employer = r.pick(["E-IN", "E-IN", "E-IN", "E-IN2", "E-OUT", "E-UN", undefined]);
  const t: O = { id: P, birthDate: r.pick(["1975-03-03", "1990-05-05", "2000-07-07"]), statuses: [...r.pick(STATUSES)], hukouRegion: r.chance(0.8) ? H : "other.city" };
  if (employer !== undefined) t.employerId = employer;
  if (r.chance(0.6)) t.unemploymentInsuranceMonths = { [H]: r.pick([0, 6, 24]) };
  const apprenticeships: O[] = [];
  const claims: O[] = [];
  const ledger: O[] = [];
  const certificates: O[] = [];
  const claimant = (e?: string) =>
    r.chance(0.8) ? { kind: "enterprise", id: e ?? employer ?? "E-IN" } : r.chance(0.5) ? { kind: "trainee", id: P } : { kind: "enterprise", id: r.pick(["E-IN", "E-IN2", "E-OUT", "E-UN"]) };
  let n = 0;
  for (let k = 0, nApp = r.int(3); k < nApp; k++) {
    const start = r.pick(MONTH_ANCHORS);
    const endM = addMonths(start, r.pick([3, 6, 12, 18, 24, 30]) - 1);
    const ent = r.chance(0.85) ? (employer ?? "E-IN") : r.pick(["E-IN", "E-OUT", "E-UN"]);
    const a: O = { id: `${P}-A${k}`, traineeId: P, enterpriseId: ent, kind: r.chance(0.85) ? "employee" : "student", occupation: { code: "EX-WELD", name: "示例焊工" }, startDate: `${start}-01`, endDate: lastDay(endM) };
    if (r.chance(0.3)) a.annualStandard = r.pick(["4000.00", "6000.00", "8000.00"]);
    apprenticeships.push(a);
    if (r.chance(0.25)) {
      ledger.push({ id: `${P}-GA${k}`, claimId: `OLD-${P}-A${k}`, traineeId: P, measure: "apprenticeshipSubsidy", provision: "gbf2019.apprenticeship-floor", payee: { kind: "enterprise", id: ent }, amount: "6000.00", basisDate: a.startDate, apprenticeshipId: a.id, months: monthsBetween(a.startDate, a.endDate).slice(0, 12) });
    }
    for (let j = 0, m = 1 + r.int(3); j < m; j++) {
      const sub = lastDay(addMonths(endM, r.pick([-12, -1, 0, 1, 3])));
      claims.push({ id: `${P}-c${n++}`, measure: "apprenticeshipSubsidy", traineeId: P, claimant: claimant(ent), apprenticeshipId: a.id, enterpriseId: ent, submittedOn: sub < a.startDate ? a.endDate : sub });
    }
  }
  for (let k = 0, nW = r.int(3); k < nW; k++) {
    const start = r.pick(MONTH_ANCHORS);
    const months = Array.from({ length: r.pick([1, 2, 3, 6, 7]) }, (_, x) => addMonths(start, x));
    const cl = claimant();
    claims.push({ id: `${P}-c${n++}`, measure: "workForTrainingSubsidy", traineeId: P, claimant: cl, enterpriseId: cl.kind === "enterprise" ? cl.id : (employer ?? "E-IN"), months, submittedOn: lastDay(addMonths(months.at(-1)!, 1)) });
  }
  if (r.chance(0.2)) {
    const start = r.pick(["2019-07", "2020-02", "2021-03"]);
    ledger.push({ id: `${P}-GW`, claimId: `OLD-${P}-W`, traineeId: P, measure: "workForTrainingSubsidy", provision: "gbf2019.work-for-training", payee: { kind: "enterprise", id: employer ?? "E-IN" }, amount: "1500.00", basisDate: `${start}-01`, months: [start, addMonths(start, 1), addMonths(start, 2)] });
  }
  if (r.chance(0.4)) {
    const issued = `${r.pick(["2019-08", "2020-06", "2021-11", "2022-06", "2025-07", "2027-06"])}-15`;
    certificates.push({ id: `${P}-K1`, traineeId: P, kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", issuedOn: issued });
    for (let j = 0, k = 1 + r.int(2); j < k; j++) claims.push({ id: `${P}-c${n++}`, measure: "trainingSubsidy", traineeId: P, claimant: claimant(), certificateId: `${P}-K1`, submittedOn: lastDay(issued.slice(0, 7)) });
  }
  if (r.chance(0.1)) {
    claims.push({ id: `${P}-c${n++}`, measure: "trainingPackageGrant", traineeId: P, claimant: { kind: "enterprise", id: employer ?? "E-IN" }, trainingPackage: { id: `${P}-PK`, developerKind: "keyEnterprise", commissioned: true }, amountClaimed: "30000.00", submittedOn: "2020-09-01" });
  }
  return { trainees: [t], apprenticeships, certificates, claims, ledger };
}

interface Row {
  readonly frame: Frame;
  readonly claim: O;
  readonly lib: "paid" | "denied" | "held";
  readonly libAmount: number | null;
  readonly reason: string;
  readonly orc: OracleDecision;
  readonly kind: "outcome" | "payee" | "amount";
}

/** The disagreements on one document under one policy (the oracle decides the claims in the library's order). */
function disagreements(frame: Frame, doc: O): Row[] {
  const decisions = decide(POLICIES[frame], doc);
  const byId = new Map(decisions.map((d, i) => [d.claimId, { d, i }]));
  const ordered = { ...doc, enterprises: ENTERPRISES, claims: [...doc.claims].sort((a: O, b: O) => byId.get(a.id)!.i - byId.get(b.id)!.i) };
  const rows: Row[] = [];
  for (const o of oracle(ordered, frame)) {
    if (o.outcome === "open") continue;
    const { d } = byId.get(o.claimId)!;
    const lib = d.outcome === "granted" ? "paid" : d.outcome === "denied" ? "denied" : "held";
    const libAmount = lib === "paid" ? fen(d.amount) : null;
    const reason = lib === "paid" ? "-" : (d.reasons[0]?.code ?? "-");
    const claim = doc.claims.find((c: O) => c.id === o.claimId);
    let kind: Row["kind"] | null = null;
    if ((lib === "paid") !== (o.outcome === "paid")) kind = "outcome";
    else if (lib === "paid" && (d.payee?.kind !== o.payee?.kind || d.payee?.id !== o.payee?.id)) kind = "payee";
    else if (lib === "paid" && libAmount !== null && o.amountFen !== null && (o.floorOnly === true ? libAmount < o.amountFen : libAmount !== o.amountFen)) kind = "amount";
    if (kind !== null) rows.push({ frame, claim, lib, libAmount, reason, orc: o, kind });
  }
  return rows;
}

const after2021 = (r: Row) => (r.claim.months ?? []).some((m: string) => m >= "2022-01");
/** The groups triaged as recorded or open (each with its one-line why). */
const TRIAGED: readonly { readonly name: string; readonly why: string; readonly test: (r: Row) => boolean }[] = [
  {
    name: "apprenticeship held (measure_not_provided / no_local_standard), oracle pays",
    why: "F1 recorded for a year inside gbf2019; after 2021 and for a record begun before 2019-05-18, open (header)",
    test: (r) => r.claim.measure === "apprenticeshipSubsidy" && r.lib === "held" && ["measure_not_provided", "no_local_standard"].includes(r.reason) && r.orc.outcome === "paid",
  },
  {
    name: "以工代训 paid for months from 2022-01 under the frameworks",
    why: "F2 recorded: only gbf2019 (2019—2021) creates 以工代训; plan2021 and op2025 do not name it",
    test: (r) => r.frame === "frameworks" && r.claim.measure === "workForTrainingSubsidy" && r.lib === "paid" && after2021(r),
  },
  // "以工代训 across 2022-01-01 held whole under national" was triaged here until 2026-12-06: the library now pays the months
  // before the end and leaves those after it to a later text, as this oracle does (cold audit 28, review 41).
];

// The hand-written records: a 贫困劳动力 employed by E-IN and a 以工代训 claim; an insured employee of E-IN, their EX-ELEC
// 初级工 certificate and a claim on it; an employee apprentice of E-IN and their apprenticeship year 2020 (figures ILLUSTRATIVE).
const poorWorker = (o: O = {}) => ({ id: "P1", birthDate: "1990-05-05", statuses: ["povertyRegistered"], hukouRegion: H, employerId: "E-IN", ...o });
const wft = (id: string, months: string[], claimant: O = { kind: "enterprise", id: "E-IN" }, o: O = {}) => ({ id, measure: "workForTrainingSubsidy", traineeId: "P1", claimant, enterpriseId: claimant.kind === "enterprise" ? claimant.id : "E-IN", months, submittedOn: lastDay(addMonths(months.at(-1)!, 1)), ...o });
const employee = { id: "P1", birthDate: "1990-05-05", statuses: ["enterpriseEmployee"], hukouRegion: H, employerId: "E-IN", unemploymentInsuranceMonths: { [H]: 24 } };
const cert = { id: "K1", traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", issuedOn: "2020-06-20" };
const ts = (id: string, claimant: O, measure = "trainingSubsidy") => ({ id, measure, traineeId: "P1", claimant, certificateId: "K1", submittedOn: "2020-07-01" });
const apprentice = { id: "P1", birthDate: "1998-05-01", statuses: ["enterpriseEmployee"], hukouRegion: H, employerId: "E-IN" };
const year2020 = { id: "A1", traineeId: "P1", enterpriseId: "E-IN", kind: "employee", occupation: { code: "EX-WELD", name: "示例焊工" }, startDate: "2020-01-01", endDate: "2020-12-31" };
const ap = (id: string, claimant: O) => ({ id, measure: "apprenticeshipSubsidy", traineeId: "P1", claimant, apprenticeshipId: "A1", enterpriseId: "E-IN", submittedOn: "2021-01-10" });

const N = 800;

describe("cold audit 17 — controls (tried to break, found right)", () => {
  it(`the library and the oracle agree on ${N} generated people under both national policies, outside the triaged groups`, () => {
    const r = rng(17);
    const left: string[] = [];
    const counts = new Map<string, number>();
    for (let i = 0; i < N; i++) {
      const doc = person(r, i);
      for (const frame of ["national", "frameworks"] as const) {
        for (const row of disagreements(frame, doc)) {
          const group = TRIAGED.find((g) => g.test(row));
          if (group === undefined) left.push(`${frame} ${row.claim.id} ${row.claim.measure} lib ${row.lib} ${row.libAmount} (${row.reason}) oracle ${row.orc.outcome} ${row.orc.amountFen} (${row.orc.why}) ${row.kind}`);
          else counts.set(group.name, (counts.get(group.name) ?? 0) + 1);
        }
      }
    }
    expect(left).toEqual([]);
    // The triaged groups are there (the generator reaches them), and no more of them than the header's table says.
    expect([...counts.keys()].sort()).toEqual(TRIAGED.map((g) => g.name).sort());
  }, 60_000);

  // 以工代训 ------------------------------------------------------------------------------------------

  it("ordinary 以工代训: an insured city enterprise employing a 贫困劳动力 is paid three months, 3 × 500.00 = 1500.00 (illustrative rate), under both policies", () => {
    for (const frame of ["national", "frameworks"] as const) {
      expect(brief(one(POLICIES[frame], { trainees: [poorWorker()], claims: [wft("W1", ["2020-03", "2020-04", "2020-05"])] }, "W1"))).toEqual(["granted", "1500.00", "enterprise:E-IN"]); // 3 × 500.00
    }
  });

  it("以工代训 is never paid to the trainee or to an organizer: 「生产经营主体…开展以工代训」 is the payee", () => {
    const doc = { trainees: [poorWorker()], claims: [wft("W1", ["2020-03"], { kind: "trainee", id: "P1" }), wft("W2", ["2020-04"], { kind: "organizer", id: "E-IN" })] };
    for (const d of decide(POLICIES.national, doc)) expect([d.outcome, d.reasons[0]?.code]).toEqual(["denied", "payee_not_enterprise"]);
  });

  it("以工代训 is not paid for an ordinary insured employee of no group, nor for a 就业困难人员 of an entity whose insurance is not on record; an enterprise insured elsewhere is a 参保企业 and is paid 500.00", () => {
    const P = POLICIES.national;
    expect(brief(one(P, { trainees: [poorWorker({ statuses: ["enterpriseEmployee"], unemploymentInsuranceMonths: { [H]: 24 } })], claims: [wft("W1", ["2020-03"])] }, "W1"))).toEqual(["denied", "0.00", null]);
    expect(one(P, { trainees: [poorWorker({ statuses: ["employmentDifficulty"], employerId: "E-UN" })], claims: [wft("W1", ["2020-03"], { kind: "enterprise", id: "E-UN" })] }, "W1").outcome).not.toBe("granted");
    expect(brief(one(P, { trainees: [poorWorker({ statuses: ["zeroEmploymentHousehold"], employerId: "E-OUT" })], claims: [wft("W1", ["2020-03"], { kind: "enterprise", id: "E-OUT" })] }, "W1"))).toEqual(["granted", "500.00", "enterprise:E-OUT"]); // 1 × 500.00
  });

  it("「最长不超过6个月」: seven months claimed are paid six (6 × 500.00 = 3000.00); a month one employer was paid is refused to another; a seventh month after six paid elsewhere is refused", () => {
    const P = POLICIES.national;
    const seven = ["2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06", "2020-07"];
    expect(brief(one(P, { trainees: [poorWorker()], claims: [wft("W1", seven)] }, "W1"))).toEqual(["granted", "3000.00", "enterprise:E-IN"]); // 6 × 500.00
    const two = decide(P, { trainees: [poorWorker()], claims: [wft("W1", ["2020-03"]), wft("W2", ["2020-03"], { kind: "enterprise", id: "E-IN2" })] });
    expect(two.map(brief)).toEqual([["granted", "500.00", "enterprise:E-IN"], ["denied", "0.00", null]]);
    const six = { id: "G1", claimId: "OLD-1", traineeId: "P1", measure: "workForTrainingSubsidy", provision: "gbf2019.work-for-training", payee: { kind: "enterprise", id: "E-IN2" }, amount: "3000.00", basisDate: "2020-01-01", months: seven.slice(0, 6) };
    expect(brief(one(P, { trainees: [poorWorker()], claims: [wft("W1", ["2020-07"])], ledger: [six] }, "W1"))).toEqual(["denied", "0.00", null]);
  });

  it("以工代训 under national (gbf2019 alone): December 2021 is paid 500.00, January 2022 is not paid", () => {
    const P = POLICIES.national;
    expect(brief(one(P, { trainees: [poorWorker()], claims: [wft("W1", ["2021-12"])] }, "W1"))).toEqual(["granted", "500.00", "enterprise:E-IN"]); // 1 × 500.00
    expect(one(P, { trainees: [poorWorker()], claims: [wft("W1", ["2022-01"])] }, "W1").outcome).not.toBe("granted");
  });

  // The enterprise's training subsidy for its employee ------------------------------------------------

  it("ordinary enterprise claim: the employer is paid its insured employee's EX-ELEC 初级工 certificate, 1000.00 (illustrative catalogue), once — the trainee's claim, another enterprise's and the skill-upgrade subsidy on it are refused", () => {
    for (const frame of ["national", "frameworks"] as const) {
      const ds = decide(POLICIES[frame], {
        trainees: [employee],
        certificates: [cert],
        claims: [ts("T1", { kind: "enterprise", id: "E-IN" }), ts("T2", { kind: "trainee", id: "P1" }), ts("T3", { kind: "enterprise", id: "E-IN2" }), ts("T4", { kind: "trainee", id: "P1" }, "insuredSkillUpgradeSubsidy")],
      });
      const by = (id: string) => ds.find((d) => d.claimId === id)!;
      expect(brief(by("T1"))).toEqual(["granted", "1000.00", "enterprise:E-IN"]); // EX-ELEC 初级工 1000.00 (illustrative)
      for (const id of ["T2", "T3", "T4"]) expect(brief(by(id))).toEqual(["denied", "0.00", null]);
    }
  });

  // The apprenticeship subsidy and the package grant: never paid to the wrong party ----------------------

  it("the apprenticeship subsidy is never paid to the apprentice, another enterprise or for a student apprentice; with no city standard (the test city as shipped) it is held for the standard, never paid zero", () => {
    for (const frame of ["national", "frameworks"] as const) {
      const ds = decide(POLICIES[frame], { trainees: [apprentice], apprenticeships: [year2020, { ...year2020, id: "A2", kind: "student" }], claims: [ap("X1", { kind: "trainee", id: "P1" }), ap("X2", { kind: "enterprise", id: "E-IN2" }), { ...ap("X3", { kind: "enterprise", id: "E-IN" }), apprenticeshipId: "A2" }] });
      for (const d of ds) expect(d.outcome).not.toBe("granted");
      const bare = one(withCity(frame === "national" ? nationalPolicy() : nationalFrameworksPolicy(), false), { trainees: [apprentice], apprenticeships: [year2020], claims: [ap("X1", { kind: "enterprise", id: "E-IN" })] }, "X1");
      expect([bare.outcome, bare.amount, bare.reasons[0]?.code]).toEqual(["undecidable", null, "no_local_standard"]);
    }
  });

  it("a training-package grant is never paid under the national texts (none creates one)", () => {
    for (const frame of ["national", "frameworks"] as const) {
      const d = one(POLICIES[frame], { trainees: [apprentice], claims: [{ id: "G1", measure: "trainingPackageGrant", traineeId: "P1", claimant: { kind: "enterprise", id: "E-IN" }, trainingPackage: { id: "PK1", developerKind: "keyEnterprise", commissioned: true }, amountClaimed: "30000.00", submittedOn: "2023-09-01" }] }, "G1");
      expect(d.outcome).not.toBe("granted");
    }
  });

  it("every 「」 passage in this file is verbatim in law/sources", () => {
    expect(offenders(["test/audit17.test.ts", "test/support/audit17-oracle.ts"])).toEqual([]);
  });
});

describe("cold audit 17 — findings (records: each fails at its own assertion on the code as it stands)", () => {
  // F1 — What: under either national policy, with a city standard set (6000.00, ILLUSTRATIVE), an apprenticeship-subsidy
  // claim is `undecidable` `measure_not_provided` (src/provisions/apprenticeship/nationalApprenticeship.ts: a layer that
  // sets the standard without a rule of its own leaves the claim so, "as the national text sets no term or proration to
  // pay it by"); with none set, `no_local_standard`. So no enterprise is ever paid the national apprenticeship subsidy.
  // Why: gbf2019 §(十一) names the payee (「给予企业」), the basis (「每人每年」: one apprentice, one year) and the floor
  // (「4000元以上」); §(十二) leaves the figure to 「市（地）以上人力资源社会保障部门、财政部门」. For a record of exactly one year
  // inside gbf2019's period no term or proration is needed: one person × one year × the standard.
  // Alternatives: the library's (a city must bind a rule of its own, as Jiaxing does); pay the floor even with no city
  // figure (not asked here). Confidence 65 % that the text requires this payment once the figure is set.
  // Money: 1 person × 1 year × 6000.00 (illustrative city standard, ≥ gbf2019's 4000.00) = 6000.00 held for good per
  // apprentice-year; at the floor, 4000.00.
  it.fails("gbf2019 §(十一) 「职工参加企业新型学徒制培训的，给予企业每人每年4000元以上的职业培训补贴，由企业自主用于学徒培训工作」: an employee apprentice's year 2020-01-01…2020-12-31 with the enterprise that employs and trains them, the city's standard set at 6000.00 a year (illustrative), is paid to that enterprise — 1 × 1 year × 6000.00 = 6000.00 — not held as a measure the national policy does not provide", () => {
    for (const frame of ["national", "frameworks"] as const) {
      const d = one(POLICIES[frame], { trainees: [apprentice], apprenticeships: [year2020], claims: [ap("X1", { kind: "enterprise", id: "E-IN" })] }, "X1");
      expect(d.outcome).toBe("granted");
      expect(d.payee).toEqual({ kind: "enterprise", id: "E-IN" });
      expect(d.amount).toBe("6000.00"); // 1 person × 1 year × 6000.00 (illustrative city standard ≥ 4000.00, gbf2019 §(十一))
    }
  });

  // F2 — What: under `national-frameworks` the library pays 以工代训 for any month to 2027-12 (reading
  // national-measures-end-with-framework: 以工代训 is "carried on by plan2021 … and op2025 until 2027年底"); here 3 × 500.00.
  // Why: 以工代训 is created only by gbf2019, the plan of 「职业技能提升行动方案（2019—2021 年）」 (「2019 年至 2021 年，持续开展职业
  // 技能提升行动」). plan2021 names no 以工代训; the passage the reading leans on, 「按规定对符合条件的参训人员给予职业培训补贴、技能提升
  // 补贴和生活费补贴」, pays 参训人员 (trainees), not the 生产经营主体 that 以工代训 pays; op2025 names only 以工代赈 (work relief) and
  // 「按规定落实各项补贴政策」. A month of 2022 has no national text creating the subsidy: hold or refuse, never pay.
  // Alternatives: the library's (「按规定」 carries every gbf2019 measure to the end of op2025); hold rather than refuse (either
  // satisfies this record). Confidence 55 %.
  // Money: 3 months × 500.00 (illustrative) = 1500.00 paid without a text; up to 6 × 500.00 = 3000.00 a person.
  it.fails("gbf2019 §(十一) 「企业、农民专业合作社和扶贫车间等各类生产经营主体吸纳贫困劳动力就业并开展以工代训」 is a measure of 「职业技能提升行动方案（2019—2021 年）」 that neither plan2021 nor op2025 names: 以工代训 for March–May 2022 under the national frameworks is not paid (the library pays 3 × 500.00 = 1500.00)", () => {
    const d = one(POLICIES.frameworks, { trainees: [poorWorker()], claims: [wft("W1", ["2022-03", "2022-04", "2022-05"])] }, "W1");
    expect(d.outcome).not.toBe("granted"); // 0 months of 2022 in force × 500.00 = 0.00 (the library: 3 × 500.00 = 1500.00)
  });
});
