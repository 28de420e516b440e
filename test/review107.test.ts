/**
 * Cold review 107 (2026-12-07, HEAD f097fad, branch review107): a SECOND LOOK at five written readings that move money and
 * carry no `secondLook` — claim-id-reused, clawback-text-in-force, earlier-certificate-unreadable,
 * living-allowance-scope-adjustment, place-recorded-wider. For each I read its passages in law/sources (the paragraph and
 * the section around them) and wrote down what the text asks before I read the reading, its alternatives and its tests.
 * Amounts of the Jiaxing catalogue (EX-ELEC 初级工 1000.00, EX-WELD 初级工 1200.00) are ILLUSTRATIVE, not official
 * figures; jx2019's own figures (appraisal 120 元, living allowance 50 元 a day) are the text's.
 *
 * Read: law/sources/jx2019.txt 四(三), 五(十)(十一), 六(十三) and the closing paragraph; gbf2019.txt §(十一)–(十四);
 * gf2018.txt (十八); op2025.txt (十八); the five readings and appraisal-first-by-certificates, earlier-grant-unreadable,
 * poverty-labourer-register, jiaxing-living-allowance-disabled; src/engine.ts (judging columns, `contradicts`),
 * src/core/ledger.ts (`namesAnotherClaim`), src/provisions/fraud/clawback.ts, src/records/document.ts (`unreadCertificate`),
 * src/jurisdictions/jiaxing/livingAllowanceGroups.ts, src/provisions/eligibility/residency.ts,
 * src/provisions/trainingSubsidy/trainingSubsidy.ts; the listed tests of each reading.
 * Ran: npm run build; probes through parseClaimsDocument → evaluateBatch (Jiaxing with the illustrative catalogue; the
 * national policy with it), and `clawback` over `Ledger.from`.
 *
 * F1 (1000.00 illustrative, or 120.00 for an appraisal; 65 %) — reading claim-id-reused. A prior grant paid on claim id A
 *    that names ANOTHER occupation at its level (EX-WELD 初级工, `occupationCode` + `level`, no certificate id: another
 *    system's ledger), or whose own pay-once keys name another certificate (`trainingSubsidy|P1|certificate K9`), makes a
 *    new claim A on the worker's first EX-ELEC 初级工 certificate `duplicate_claim` — refused as paid, in silence (exit 0,
 *    nothing flagged). The grant says what it paid, and it is not this: by the reading's own rule («unless a grant under
 *    the id records another claim») the id names two claims. The text: 「对职业技能提升行动实行实名制管理，建立培训全过程台账，确保可追溯」
 *    — a ledger that names EX-WELD cannot be the record of an EX-ELEC payment. Cause: src/core/ledger.ts:199-202
 *    (`namesAnotherClaim` compares trainee, measure and the ids of certificate/course/apprenticeship/package only, not the
 *    occupation and level the grant records, nor the certificate its carried keys name), used by src/engine.ts:758-766
 *    (`contradicts`). Mend: two records name two claims also when both name an occupation (the claim's through its
 *    certificate) and they differ, or both name a level and they differ; read a grant's certificate/course from its
 *    carried keys (`grantKeys`) when the field is absent. A grant naming EX-ELEC 初级工 and no certificate stays a duplicate
 *    (control below).
 * F2 (1000.00 demanded on a claim nobody found false; 50 %) — reading clawback-text-in-force, the same cause. A false claim
 *    id A whose grants are P1's EX-ELEC 初级工 certificate C1 (1000.00, 2020) and another system's EX-WELD 初级工 grant
 *    (1000.00, 2019, no certificate id) is recovered whole, 2000.00, with `ambiguousClaims` empty; the reading (and cold
 *    review 102 F2, one person's two claims under one id) recover neither until the list says whose claim was false.
 *    op2025 (十八): 「应追回补贴资金并依法查处」 is recovery of the false claim's money, not of another claim's.
 *    Cause: src/provisions/fraud/clawback.ts:161 (`namesAnotherClaim`, as in F1). Mend: F1's mend.
 * F3 (120.00; 50 %) — reading earlier-certificate-unreadable. A certificate set aside whose trainee cannot be read (a
 *    number, an empty string, absent) but which names P1's own course K1, of EX-ELEC 初级工, issued before the claimed
 *    certificate, may well be P1's earlier certificate of the occupation and level (the course it names says whose it is);
 *    the appraisal is paid 120.00 as the 「初次」 one, the very payment the reading holds for a mistyped date because
 *    «correcting the record afterwards cannot take the payment back». jx2019 五(十一):
 *    「对同一职业（工种）同一技能等级通过初次职业技能鉴定并取得证书（不含培训合格证书）的参训人员，给予职业技能鉴定补贴」.
 *    Cause: src/records/document.ts:135-152 (`unreadCertificate` keeps no `courseId`) and src/engine.ts:733 (a set-aside
 *    certificate with no readable trainee is no one's). Mend: keep the course it names and, its trainee unreadable, read it
 *    as the course's trainee's (as reading earlier-grant-unreadable reads an unreadable grant's trainee from its claim);
 *    the command line's parts (src/cli/pipeline.ts:798) route it to that trainee's part.
 * F4 (500.00; 35 %) — reading living-allowance-scope-adjustment says jx2019 四(三)四 «names the groups of gbf2019» and
 *    widens nothing. It does not name them: where gbf2019 §(十一) gives the allowance to 「贫困劳动力」 (defined by the
 *    register, 「建档立卡贫困劳动力（以下简称贫困劳动力）」), jx2019 names 「建档立卡低收入农户家庭劳动力」, and read as a closed list
 *    (poverty-labourer-register) it narrows: a 对口支援地区建档立卡贫困人员 working in Nanhu, a 贫困劳动力 of the national text,
 *    is refused 10 × 50.00 in Jiaxing. The passage under review gives the power to change whom the allowance reaches to the
 *    PROVINCE: 「省级人力资源社会保障部门、财政部门可在规定的原则下结合实际调整享受职业培训补贴、生活费补贴人员范围和条件要求」; jx2019 is a city's
 *    plan, and no provincial narrowing is in the texts. Against (why only 35 %): jx2019 names 「对口支援地区建档立卡贫困人员」
 *    apart in 四(三)三 and leaves them out of 四(三)四 one line later, and it implements a provincial plan (浙人社发〔2019〕53 号)
 *    the library does not hold. Cause: src/jurisdictions/jiaxing/livingAllowanceGroups.ts:59 (`NOT_IN_JIAXING_LIST`).
 *    Mend: pay the national groups under Jiaxing too (the city's list adds, the national floor stays), or keep the refusal
 *    and correct the reading's sentence to say Jiaxing NARROWS the national list, citing the provincial plan as the
 *    assumed authority.
 * F5 (1000.00 illustrative; 45 %) — reading place-recorded-wider, and the level it leaves open. Under the national texts a
 *    worker whose hukou is in Xiuzhou who trained in Nanhu (both districts of the city of Jiaxing) is refused
 *    `no_residency_basis`, and one whose hukou is recorded as the city itself is held, though he trained within his
 *    recorded place. gbf2019 §(十二) 「符合条件的劳动者在户籍地、常住地、求职就业地参加培训后取得证书」 sets no level, and the same
 *    section lets the 市（地） set the standard: 「市（地）以上人力资源社会保障部门、财政部门可在规定的原则下结合实际确定职业培训补贴标准」 — the
 *    city is the unit that prices and pays, and the section's purpose is to loosen where one may train, not to fence
 *    districts. jx2019 reads its own 当地 at the whole city (「适用范围为全市」), and the library pays the same worker under
 *    Jiaxing (control). Cause: src/provisions/trainingSubsidy/trainingSubsidy.ts:320 (`region = ctx.policy.region ??
 *    course?.region`: the course's district). Mend: under the national texts judge the bases at the prefecture-level city
 *    holding the course's region; then a hukou recorded as that city holds, and only one recorded as the province is asked.
 *
 * MENDED (2026-12-07, the lead): F1 (F1, F1b, F1c) and F2 — `namesAnotherClaim` compares occupations where both records
 *    name some (a claim's: its certificate's and its course's), and a grant is read through `grantBasis`, which takes the
 *    certificate or course its own carried keys name where its fields name none (src/core/ledger.ts); the engine's
 *    `contradicts` and the claw-back both read so. Levels are not compared: a grant's level is the standard its rule priced
 *    (a pre-job route pays 初级工 whatever the certificate's), so a refiled claim would read as another.
 * Not mended: F3 (50 %), F4 (35 %), F5 (45 %) — see each reading's `secondLook`.
 *
 * Controls that hold (plain `it`): a prior grant naming EX-ELEC 初级工 and no certificate keeps claim A a duplicate; a grant
 *    of another trainee under the id is a conflict; one false claim with one grant is recovered whole under the clause in
 *    force (jx2019 六(十三) for 2020, gf2018 (十八) for a grant before 2019-05-18); a set-aside certificate naming another
 *    occupation holds nothing; Jiaxing pays a 零就业家庭成员 10 × 50.00 and refuses a veteran (no widening); Jiaxing pays the
 *    Xiuzhou worker trained in Nanhu 1000.00 + 120.00 and holds a hukou recorded only as the province.
 */
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { catalogueSourceFor, clawback, evaluateBatch, Ledger, nationalPolicy, parseClaimsDocument, withCatalogue } from "../src/index.js";
import { grant } from "./builders.js";
import { appraisal, cert, course, E1, JX, NANHU, ordinary, ts, worker } from "./support/ordinary.js";
import { jiaxingCatalogue } from "./support/world.js";

type O = Record<string, unknown>;
const XIUZHOU = "zhejiang.jiaxing.xiuzhou";

/** Parses through the public boundary and decides; the decisions by claim id. `invalid` records are allowed when `lax`. */
const decide = (policy: Policy, doc: O, lax = false): Record<string, Decision> => {
  const p = parseClaimsDocument(doc);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  if (!lax && p.value.invalid.length > 0) throw new Error(JSON.stringify(p.value.invalid));
  return Object.fromEntries(evaluateBatch(policy, p.value.document).decisions.map((d) => [d.claimId, d]));
};
const brief = (d: Decision | undefined) => [d?.outcome, d?.amount, d?.reasons.map((r) => r.code).filter((c) => c === "duplicate_claim" || c === "claim_conflict" || c.startsWith("no_") || c.startsWith("not_") || c.endsWith("_unknown") || c === "missing_record")];

// ── claim-id-reused ─────────────────────────────────────────────────────────────────────────────────────────────────────
/** A prior grant paid on claim id A to P1 (another system's record: no certificate id), in 2019. */
const priorA = (o: O): O => ({ id: "G1", claimId: "A", traineeId: "P1", measure: "trainingSubsidy", provision: "jx2019.certificate-basis", payee: { kind: "trainee", id: "P1" }, amount: "1200.00", basisDate: "2019-09-01", ...o });

describe("reading claim-id-reused: a prior grant under the id that says it paid something else", () => {
  it("the plain case: P1's first EX-ELEC 初级工 certificate C1, claim A, no ledger — 1000.00 (illustrative catalogue)", () => {
    expect(brief(decide(JX, { ...ordinary, claims: [ts("A", "C1")] })["A"])).toEqual(["granted", "1000.00", []]);
  });

  // Mended (2026-12-07): `grantBasis` + the claim's occupations in `contradicts` (src/core/ledger.ts, src/engine.ts).
  it("F1: a prior grant under A for EX-WELD 初级工 (occupation and level recorded, no certificate id) does not make claim A on the EX-ELEC 初级工 certificate 'already paid' — it is flagged as a conflict of ids, not refused in silence", () => {
    const d = decide(JX, { ...ordinary, ledger: [priorA({ occupationCode: "EX-WELD", level: "junior" })], claims: [ts("A", "C1")] })["A"];
    // the library: denied 0.00 duplicate_claim (exit 0, nothing flagged) — 1000.00 (EX-ELEC 初级工, illustrative) refused as
    // paid though the ledger says it paid EX-WELD. Right (the reading's own rule): the id names two claims → claim_conflict.
    expect(brief(d)).toEqual(["denied", "0.00", ["claim_conflict"]]);
  });

  // Mended (2026-12-07): the grant's certificate read from its own carried key (`grantBasis`).
  it("F1b: a prior grant under A whose own pay-once key names certificate K9 does not make claim A on certificate C1 'already paid'", () => {
    const d = decide(JX, { ...ordinary, ledger: [priorA({ occupationCode: "EX-WELD", level: "junior", basisKeys: ["trainingSubsidy|P1|certificate K9"] })], claims: [ts("A", "C1")] })["A"];
    expect(brief(d)).toEqual(["denied", "0.00", ["claim_conflict"]]);
  });

  // Mended (2026-12-07): as F1.
  it("F1c: the appraisal too — a prior appraisal grant under A for EX-WELD 初级工 does not refuse claim A on the first EX-ELEC 初级工 appraisal as paid (120.00, jx2019 「初级工、中级工 120 元」)", () => {
    const d = decide(JX, { ...ordinary, ledger: [priorA({ measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", amount: "120.00", occupationCode: "EX-WELD", level: "junior" })], claims: [appraisal("A", "C1")] })["A"];
    expect(brief(d)).toEqual(["denied", "0.00", ["claim_conflict"]]);
  });

  it("control: a prior grant under A naming EX-ELEC 初级工 and no certificate may be this very claim — A stays a duplicate (paid once); a grant of another trainee under A is a conflict", () => {
    expect(brief(decide(JX, { ...ordinary, ledger: [priorA({ occupationCode: "EX-ELEC", level: "junior", basisDate: "2020-06-20" })], claims: [ts("A", "C1")] })["A"])).toEqual(["denied", "0.00", ["duplicate_claim"]]);
    expect(brief(decide(JX, { ...ordinary, ledger: [priorA({ traineeId: "P2", occupationCode: "EX-ELEC", level: "junior" })], claims: [ts("A", "C1")] })["A"])).toEqual(["denied", "0.00", ["claim_conflict"]]);
  });
});

// ── clawback-text-in-force ──────────────────────────────────────────────────────────────────────────────────────────────
const C1paid = grant({ id: "G1", claimId: "A", measure: "trainingSubsidy", provision: "jx2019.certificate-basis", certificateId: "C1", occupationCode: "EX-ELEC", level: "junior", amount: "1000.00", basisDate: "2020-06-20" });

describe("reading clawback-text-in-force: what is demanded back on a false claim", () => {
  it("control: one false claim A with one grant of 2020 under a jx2019 provision is recovered whole, 1000.00, under jx2019 六(十三); one of 2017 under gf2018 (十八)", () => {
    const c = clawback(Ledger.from([C1paid]), ["A"]);
    expect([c.total, c.citations.map((x) => x.provision)]).toEqual(["1000.00", ["jx2019.fraud"]]);
    const old = clawback(Ledger.from([grant({ id: "G0", claimId: "Z", measure: "trainingSubsidy", provision: "gbf2019.local-standards", amount: "800.00", basisDate: "2017-03-01" })]), ["Z"]);
    expect([old.total, old.citations.map((x) => x.provision)]).toEqual(["800.00", ["gf2018.fraud"]]);
  });

  // Mended (2026-12-07): the claw-back compares two grants through `grantBasis` (occupations), as the engine does.
  it("F2: a false claim id A whose grants record two claims of P1 — certificate C1 (EX-ELEC 初级工) and another system's EX-WELD 初级工 — is recovered from neither until the list says which was false (not 2000.00)", () => {
    const other = grant({ id: "Y-7", claimId: "A", measure: "trainingSubsidy", provision: "jx2019.certificate-basis", occupationCode: "EX-WELD", level: "junior", amount: "1000.00", basisDate: "2019-09-01" });
    const c = clawback(Ledger.from([C1paid, other]), ["A"]);
    // the library: 1000.00 + 1000.00 = 2000.00 demanded of P1, ambiguousClaims []. Right (reading; cold review 102 F2):
    // A names two claims (another occupation), whose was false is not known → 0.00 now, A named as ambiguous.
    expect([c.total, c.ambiguousClaims]).toEqual(["0.00", ["A"]]);
  });
});

// ── earlier-certificate-unreadable ──────────────────────────────────────────────────────────────────────────────────────
const later = cert("C2", { courseId: "K2", issuedOn: "2020-08-20" });
const apprDoc = (certificates: O[]): O => ({
  trainees: [worker()],
  enterprises: [E1],
  courses: [course("K1"), course("K2", { startDate: "2020-08-01", endDate: "2020-08-10" })],
  certificates: [...certificates, later],
  claims: [appraisal("B", "C2", { submittedOn: "2020-09-01" })],
});

describe("reading earlier-certificate-unreadable: 「通过初次职业技能鉴定」", () => {
  it("control: a set-aside certificate of another occupation (EX-WELD), its date mistyped, holds nothing — 120.00 (「初级工、中级工 120 元」)", () => {
    expect(brief(decide(JX, apprDoc([cert("C0", { occupation: { code: "EX-WELD", name: "焊工（示意）" }, issuedOn: "2019-5-1" })]), true)["B"])).toEqual(["granted", "120.00", []]);
  });

  it.fails("F3: a set-aside EX-ELEC 初级工 certificate C0 of 2020-06-20 whose trainee cannot be read but which names P1's own course K1 holds P1's appraisal of C2 — not paid 120.00 as the first", () => {
    for (const traineeId of [42, "", undefined]) {
      const d = decide(JX, apprDoc([cert("C0", { traineeId, courseId: "K1" })]), true)["B"];
      // the library: granted 120.00 (appraisal_first_time). Right: C0 may be P1's earlier certificate of the occupation and
      // level (the course it names is P1's) → held, asking for C0's record, as with a mistyped date.
      expect([d?.outcome, d?.amount, d?.missingFacts], String(traineeId)).toEqual(["undecidable", null, ["certificate C0: record"]]);
    }
  });
});

// ── living-allowance-scope-adjustment ───────────────────────────────────────────────────────────────────────────────────
/** A trainee with `statuses` on the ten-day course K1 in Nanhu (2020-06-01 … 06-10, all attended), claiming the living allowance. */
const laDoc = (statuses: string[], o: O = {}): O => ({
  trainees: [worker({ statuses, employerId: undefined, unemploymentInsuranceMonths: undefined, ...o })],
  enterprises: [E1],
  courses: [course("K1")],
  claims: [{ id: "L", measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, courseId: "K1", submittedOn: "2020-07-01" }],
});

describe("reading living-allowance-scope-adjustment: in Jiaxing the province widens nothing", () => {
  it("control: a 零就业家庭成员 is paid 10 × 50.00 = 500.00 (jx2019 四(三)四 「按每人每天 50 元标准给予生活费补贴」); a veteran, in no listed group and no widening, is refused", () => {
    expect(brief(decide(JX, laDoc(["zeroEmploymentHousehold"]))["L"])).toEqual(["granted", "500.00", []]);
    expect(brief(decide(JX, laDoc(["veteran"]))["L"])).toEqual(["denied", "0.00", ["not_in_living_allowance_group"]]);
  });

  it.fails("F4 (35 %): a 对口支援地区建档立卡贫困人员 (a 贫困劳动力 of gbf2019) working in Nanhu is not refused the living allowance by a city's list — 10 × 50.00 = 500.00", () => {
    const d = decide(JX, laDoc(["pairedRegionPovertyRegistered"], { hukouRegion: "sichuan.aba", employmentRegion: NANHU }))["L"];
    // the library: denied 0.00 not_in_living_allowance_group. Only the province may change 「人员范围」 (gbf2019 §(十二)).
    expect(brief(d)).toEqual(["granted", "500.00", []]);
  });
});

// ── place-recorded-wider ────────────────────────────────────────────────────────────────────────────────────────────────
const NATIONAL_JX: Policy = withCatalogue(nationalPolicy(), [jiaxingCatalogue], catalogueSourceFor(nationalPolicy()));
/** An unemployed worker (下岗失业人员) trained in Nanhu on EX-ELEC 初级工 (1000.00 ILLUSTRATIVE), his other places in Chengdu. */
const natDoc = (hukouRegion: string): O => ({
  trainees: [{ id: "P1", birthDate: "1990-05-05", statuses: ["unemployed"], hukouRegion, residenceRegion: "sichuan.chengdu", employmentRegion: "sichuan.chengdu", unemploymentRegisteredAt: "sichuan.chengdu" }],
  courses: [course("K1", { organizerId: undefined })],
  certificates: [cert("C1")],
  claims: [ts("X", "C1")],
});

describe("reading place-recorded-wider: the level of 户籍地", () => {
  it("control: under Jiaxing (「适用范围为全市」) the worker of Xiuzhou trained in Nanhu is paid 1000.00 (illustrative) + 120.00; a hukou recorded only as the province is held", () => {
    const doc = { ...natDoc(XIUZHOU), claims: [ts("X", "C1"), appraisal("Y", "C1")] };
    const d = decide(JX, doc);
    expect([brief(d["X"]), brief(d["Y"])]).toEqual([["granted", "1000.00", []], ["granted", "120.00", []]]);
    expect(brief(decide(JX, natDoc("zhejiang"))["X"])).toEqual(["undecidable", null, ["residency_unknown"]]);
  });

  it.fails("F5 (45 %): under the national texts the worker of Xiuzhou who trained in Nanhu, in his own city, is paid 1000.00 (illustrative) — not refused no_residency_basis", () => {
    expect(brief(decide(NATIONAL_JX, natDoc(XIUZHOU))["X"])).toEqual(["granted", "1000.00", []]);
  });

  it.fails("F5b (45 %): under the national texts a worker whose hukou is recorded as the city of Jiaxing, trained in Nanhu, is paid 1000.00 (illustrative) — not held asking his district", () => {
    expect(brief(decide(NATIONAL_JX, natDoc("zhejiang.jiaxing"))["X"])).toEqual(["granted", "1000.00", []]);
  });
});
