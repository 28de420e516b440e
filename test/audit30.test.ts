/**
 * Cold audit 30 — which text governs the day: every local rule outside its text's days.
 *
 * Angle: jx2019 closes with 「本方案自印发之日起施行，适用范围为全市。三年行动计划期间原政策规定与本方案不一致的，按本方案执行」 (printed
 * 2019-12-13; the three-year action 2019–2021). Its rules govern 2019-12-13 … 2021-12-31; on other days the rules above it
 * (gbf2019, and from 2022 plan2021, which continues the subsidies 「按规定」) govern. The library writes jx2019's rules as layers
 * over the national ones: its parameters are dated (2019-12-13 until 2022-01-01), its living-allowance exception is dated
 * since cold audit 27, but its five other rule overrides — residency, the training-subsidy groups (普惠), the annual cap, the
 * no-repeat rule, the apprenticeship subsidy — and its extensions are not.
 *
 * What I read first: jx2019 (its 五(十一), the closing paragraph, the 印发 line); gbf2019 §(十一), §(十二); plan2021 (its
 * subsidy paragraph); gf2018, yf2018 and jf2018 (dates only). Then src/jurisdictions/jiaxing/jx2019.ts, scope.ts,
 * residency.ts, overRetirement.ts, jx2019.params.yaml, src/provisions/trainingSubsidy/{trainingSubsidy,trainingSubsidyGroups}.ts,
 * src/jurisdictions/guangdong/*, and only then law/readings jiaxing-plan-in-force, jiaxing-ordinary-worker,
 * pension-entitlement-test, national-pension-scope, jiaxing-list-governs-plan-days.
 *
 * What I found. The training subsidy is judged on the certificate's issue date; the undated overrides decide on every day.
 * Before 2019-12-13 Jiaxing's over-retirement check is not yet in force (its parameter starts 2019-12-13), while Jiaxing's
 * 普惠 scope — which lets everyone in and leaves the pension to that check — already replaces the national groups rule (which
 * holds the national pension refusal). From 2022-01-01 the same happens the other way round (the check's parameter ends,
 * the scope does not). So a pensioner is let in on both sides of the plan. An ordinary worker in no national group is
 * paid on both sides; a resident without a residence permit is refused on both sides.
 *
 * As shipped no money moves: jiaxingPolicy has no national framework after 2021-12-31 (gbf2019's ends), and the Jiaxing
 * catalogue a caller gives ends with the plan, so a 2022 certificate is held; a certificate before 2019-12-13 is priced
 * only if the caller gives a catalogue edition in force then (the library accepts one). The money is shown with two
 * ILLUSTRATIVE policies: PRE — jiaxingPolicy with a pre-plan edition of the illustrative Jiaxing catalogue in force from
 * 2019-06-01 (the same rows: EX-ELEC 初级工 1000.00); LATER — the national frameworks gbf2019 → plan2021 → op2025 under jx2019,
 * with the illustrative catalogue carried on past 2021-12-31 (a later Jiaxing standard). Neither is an official figure.
 * NATX — the national frameworks alone with the same illustrative catalogues — shows what the national rules decide for the
 * same person on the same days.
 *
 * The Jieyang chain (gf2018 → yf2018 → jf2018) has no rule override, no extension and no parameter override (controls).
 */
import { describe, expect, it } from "vitest";
import { jieyang2018Policy, nationalFrameworksPolicy, withCatalogue } from "../src/index.js";
import type { Decision, Policy } from "../src/index.js";
import { jiaxingCatalogue } from "./support/world.js";
import { LATER, PRE, UNENDING, preEdition } from "./support/outsidePlan.js";
import { JX, NANHU, E1, worker, course, cert, ts, decideById } from "./support/ordinary.js";
import { apprentice, period } from "./support/apprenticeship.js";

type O = Record<string, any>;

/** ILLUSTRATIVE: the national frameworks alone, with both illustrative editions, no end: what the national rules decide. */
const NATX = withCatalogue(nationalFrameworksPolicy(), [preEdition, jiaxingCatalogue], { ...UNENDING, layer: "audit30.catalogue" });

/** The ordinary claimant of 五(十一): a Nanhu hukou, no status at all, no employer; claims for himself. */
const ordinary = worker({ statuses: [], employerId: undefined, unemploymentInsuranceMonths: undefined });
/** A Nanhu-hukou 农村转移就业劳动者 (a national free-training group) who draws a monthly pension, born 1955. */
const pensioner = worker({ statuses: ["ruralTransferWorker"], birthDate: "1955-01-01", receivesMonthlyPension: true, employerId: undefined, unemploymentInsuranceMonths: undefined });
/** 下岗失业人员 (a national free-training group) with an Anhui hukou living in Nanhu WITHOUT a residence permit, last employed and registered unemployed in Hangzhou. */
const permitless = worker({ statuses: ["unemployed"], hukouRegion: "anhui.fuyang", residenceRegion: NANHU, hasResidencePermit: false, employmentRegion: "zhejiang.hangzhou", unemploymentRegisteredAt: "zhejiang.hangzhou", employerId: undefined, unemploymentInsuranceMonths: undefined });

const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/**
 * One EX-ELEC 初级工 certificate issued on `issuedOn`, earned on a ten-day Nanhu course ending ten days before, claimed eight
 * days after issue (so a certificate of 2019-12-12 is claimed on 2019-12-20, one of 2021-12-31 on 2022-01-08: the claim's
 * basis, not its filing day, says which text governs).
 */
const doc = (t: O, issuedOn: string): O => {
  const end = plusDays(issuedOn, -10);
  return { trainees: [t], enterprises: [E1], courses: [course("K1", { startDate: plusDays(end, -9), endDate: end })], certificates: [cert("C1", { issuedOn })], claims: [ts("A", "C1", { submittedOn: plusDays(issuedOn, 8) })] };
};
const decide = (p: Policy, t: O, issuedOn: string): Decision => decideById(p, doc(t, issuedOn))["A"]!;
const paid = (d: Decision) => [d.outcome, d.amount];
const codes = (d: Decision) => d.reasons.map((r) => `${r.code}@${r.citation.provision}`);

describe("audit30 controls: jx2019's own days, and what the national rules decide outside them (these pass)", () => {
  it("on the plan's first and last days the ordinary local worker with no status is paid the catalogue's 1000.00 (五(十一) 普惠同等)", () => {
    // 「对具有当地户籍……的城乡劳动者提供普惠同等的培训补贴」: EX-ELEC 初级工 row 1000.00 (ILLUSTRATIVE; 2019-12-13 priced by PRE's pre-plan edition)
    expect(paid(decide(PRE, ordinary, "2019-12-13"))).toEqual(["granted", "1000.00"]);
    expect(paid(decide(JX, ordinary, "2021-12-31"))).toEqual(["granted", "1000.00"]); // the 2020 edition: 1000.00
    expect(paid(decide(LATER, ordinary, "2021-12-31"))).toEqual(["granted", "1000.00"]); // LATER decides the plan's days as JX does
  });

  it("on the plan's first and last days a person drawing a monthly pension is refused under 「不具有按月领取养老金资格」", () => {
    for (const [p, day] of [[PRE, "2019-12-13"], [JX, "2021-12-31"], [LATER, "2021-12-31"]] as const) {
      const d = decide(p, pensioner, day);
      expect([d.outcome, codes(d)]).toEqual(["denied", ["monthly_pension_entitled@jx2019.over-retirement"]]);
    }
  });

  it("on the plan's first and last days a resident without a residence permit and no other local basis is refused (「当地常住并办有居住证」)", () => {
    for (const [p, day] of [[PRE, "2019-12-13"], [JX, "2021-12-31"]] as const) {
      const d = decide(p, permitless, day);
      expect([d.outcome, codes(d)]).toEqual(["denied", ["no_residency_basis@jx2019.residency"]]);
    }
  });

  it("the national rules, on days before and after the plan, refuse the pensioner and the worker in no group and pay the permitless resident 1000.00", () => {
    // gbf2019 §(十二) 「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」: a pensioner is outside (reading national-pension-scope)
    for (const day of ["2019-09-20", "2019-12-12", "2022-01-01", "2022-03-01"]) {
      expect(codes(decide(NATX, pensioner, day))).toContain("monthly_pension_entitled@gbf2019.scope-adjustment");
      expect(decide(NATX, pensioner, day).outcome).toBe("denied");
      // §(十一)'s groups: no status, no group (reading national-training-subsidy-scope)
      expect(decide(NATX, ordinary, day).outcome).toBe("denied");
      // 「符合条件的劳动者在户籍地、常住地、求职就业地参加培训后取得证书」: 常住地 asks no permit; row 1000.00 (ILLUSTRATIVE)
      expect(paid(decide(NATX, permitless, day))).toEqual(["granted", "1000.00"]);
    }
  });

  it("as shipped no money moves: a 2022 certificate under jiaxingPolicy is held (no framework after 2021-12-31), and a 2019 one before any edition is held", () => {
    for (const t of [ordinary, pensioner, permitless]) {
      const d = decide(JX, t, "2022-01-01");
      expect([d.outcome, d.missingFacts]).toEqual(["undecidable", ["parameter national.framework"]]);
    }
    // The illustrative 2020 edition starts 2020-01-01: no standard on 2019-09-20. Since the records below were mended
    // (2026-12-06), jiaxingPolicy judges that day by the national rules, as NATX does: the ordinary worker and the pensioner
    // are refused (before the standard is asked), the permitless resident passes them and is held for the standard. (As
    // first run: the first two held for the standard, the third refused by jx2019's residency.)
    expect(["ordinary", "pensioner", "permitless"].map((k, i) => [k, decide(JX, [ordinary, pensioner, permitless][i]!, "2019-09-20").outcome])).toEqual([
      ["ordinary", "denied"],
      ["pensioner", "denied"],
      ["permitless", "undecidable"],
    ]);
    expect(["ordinary", "pensioner", "permitless"].map((k, i) => [k, decide(NATX, [ordinary, pensioner, permitless][i]!, "2019-09-20").outcome])).toEqual([
      ["ordinary", "denied"],
      ["pensioner", "denied"],
      ["permitless", "granted"],
    ]);
  });

  it("a Jiaxing apprenticeship outside the plan's days is held, as the national texts alone hold it: no money moves either way", () => {
    const ap = (s: string, e: string, sub: string) => ({ trainees: [apprentice], enterprises: [E1], apprenticeships: [period("AP", s, e)], claims: [{ id: "A", measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, apprenticeshipId: "AP", enterpriseId: "E1", submittedOn: sub }] });
    // 2019-06-01 … 2019-11-30 (before the plan) and 2022 (after): no Jiaxing term in force; the national rule is held too (reading national-apprenticeship-held)
    expect(decideById(JX, ap("2019-06-01", "2019-11-30", "2019-12-05"))["A"]!.outcome).toBe("undecidable");
    expect(decideById(JX, ap("2022-01-01", "2022-12-31", "2023-01-10"))["A"]!.outcome).toBe("undecidable");
    // inside: 职工学徒 4000–10000 a year; the period's 6000.00 (example standard) for one year = 6000.00
    expect(paid(decideById(JX, ap("2020-01-01", "2020-12-31", "2021-01-10"))["A"]!)).toEqual(["granted", "6000.00"]);
  });

  it("the Jieyang chain overrides nothing: no layer of gf2018 → yf2018 → jf2018 carries a rule override, an extension or a parameter override, and a 2018 claim is held", () => {
    const p = jieyang2018Policy();
    expect(p.layers.map((l) => [l.id, (l.ruleOverrides ?? []).length, (l.extensions ?? []).length, (l.parameterOverrides ?? []).length])).toEqual([
      ["national.gf2018", 0, 0, 0],
      ["guangdong.yf2018", 0, 0, 0],
      ["guangdong.jieyang.jf2018", 0, 0, 0],
    ]);
    const rc = "guangdong.jieyang.rongcheng";
    const d = decideById(p, { trainees: [worker({ hukouRegion: rc, employerId: undefined, unemploymentInsuranceMonths: undefined })], courses: [course("K1", { region: rc, startDate: "2018-06-01", endDate: "2018-06-10" })], certificates: [cert("C1", { issuedOn: "2018-06-20" })], claims: [ts("A", "C1", { submittedOn: "2018-06-25" })] })["A"]!;
    // Changed 2026-12-07 (cold review 104 F1): a certificate of 2018-06-20 is before yf2018 (2018-07-20) and jf2018
    // (2018-10-09) were issued; the hold cites gf2018 (2018-05-03), the text then in force, where it cited jf2018
    expect([d.outcome, codes(d)]).toEqual(["undecidable", ["measure_not_provided@gf2018.catalogues"]]);
  });
});

describe("audit30 records: jx2019's rule overrides govern the plan's days alone (mended 2026-12-06, reading local-rules-govern-their-days)", () => {
  // What: under PRE (jiaxingPolicy with an ILLUSTRATIVE pre-plan catalogue edition) a Nanhu 农村转移就业劳动者 who draws a monthly
  //   pension, with a certificate issued 2019-09-20 or 2019-12-12, is GRANTED 1000.00; the same claim issued 2019-12-13 is denied
  //   (monthly_pension_entitled, jx2019.over-retirement). Jiaxing's 普惠 scope (replaceRule of trainingSubsidy.groups, undated)
  //   lets everyone in and leaves the pension to Jiaxing's over-retirement check, whose parameter starts 2019-12-13; the national
  //   groups rule, which holds gbf2019's pension refusal, is replaced on every day. So before the plan NO text's pension test runs.
  // Why: 「本方案自印发之日起施行」 — jx2019's scope does not govern September 2019; gbf2019 §(十二) does, and it admits 「不具有按月领取
  //   养老金资格的人员」 only (「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」, reading national-pension-scope): NATX refuses
  //   him on these days. Even jx2019's own clause admits only 「不具有按月领取养老金资格」 people. No reading pays him.
  // Alternatives: the pre-plan Jiaxing rules (原政策) are not in the texts; any of them would be bound by gbf2019 §(十二). A
  //   caller giving no pre-plan edition sees him held, not paid (control above) — the departure needs a pre-plan standard.
  // Confidence: 85 %.
  // Money: 1000.00 per certificate paid that no text pays (EX-ELEC 初级工 1000.00, ILLUSTRATIVE pre-plan edition).
  // Mended 2026-12-06: jx2019's replacements are dated to the plan's days and asked on the claim's basis (reading local-rules-govern-their-days).
  it("gbf2019 §(十二) 「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」 governs certificates issued before jx2019 「自印发之日起施行」: a pensioner's certificate of 2019-09-20 or 2019-12-12 is refused", () => {
    expect(decide(PRE, pensioner, "2019-12-13").outcome).toBe("denied"); // the control: the plan's first day
    for (const day of ["2019-09-20", "2019-12-12"]) expect(paid(decide(PRE, pensioner, day))).toEqual(["denied", "0.00"]); // granted 1000.00 today
  });

  // What: under LATER (ILLUSTRATIVE: the national frameworks under jx2019, the illustrative catalogue carried on past the plan)
  //   the same pensioner's certificate issued 2022-01-01 or 2022-03-01 is GRANTED 1000.00; on 2021-12-31 it is refused. Jiaxing's
  //   over-retirement parameter ends 2022-01-01 (its `*end`), its 普惠 scope does not, so again no pension test runs.
  // Why: 「三年行动计划期间原政策规定与本方案不一致的，按本方案执行」 — after the action the rules above jx2019 govern: plan2021 continues
  //   the subsidy for 「符合条件的参训人员」 「按规定」, i.e. on gbf2019 §(十二)'s scope, which keeps out people entitled to a monthly
  //   pension (NATX refuses him on these days). A later Jiaxing text, whose figures LATER stands in for, could not admit him
  //   under gbf2019 §(十二) either.
  // Alternatives: (a) jx2019's scope outlives the plan as Jiaxing's standing rule — then its own over-retirement clause should
  //   outlive it too, and he is refused all the same; (b) a later Jiaxing text with its own scope (unknown; a new layer).
  // Confidence: 80 % (as shipped the claim is held — no framework after 2021-12-31 — so the money needs a later standard).
  // Money: 1000.00 per certificate (ILLUSTRATIVE later standard, EX-ELEC 初级工).
  // Mended 2026-12-06: jx2019's replacements are dated to the plan's days and asked on the claim's basis (reading local-rules-govern-their-days).
  it("after jx2019's 「三年行动计划期间」 the national scope keeps out people entitled to a monthly pension: a pensioner's certificate of 2022-01-01 or 2022-03-01 is refused where a later Jiaxing standard prices it", () => {
    expect(decide(LATER, pensioner, "2021-12-31").outcome).toBe("denied"); // the control: the plan's last day
    for (const day of ["2022-01-01", "2022-03-01"]) expect(paid(decide(LATER, pensioner, day))).toEqual(["denied", "0.00"]); // granted 1000.00 today
  });

  // What: under PRE the ordinary Nanhu worker with no status (not an enterprise employee, in none of gbf2019 §(十一)'s groups) is
  //   GRANTED 1000.00 for a certificate issued 2019-09-20 or 2019-12-12, under jx2019 五(十一)'s 普惠 scope (in_scope, jx2019.residency).
  // Why: that scope is jx2019's: 「对具有当地户籍、当地常住并办有居住证、在当地就业创业或在当地办理失业登记的城乡劳动者提供普惠同等的培训补贴」,
  //   in force 「自印发之日」. Before it the national rule governs, and under the library's own reading (national-training-subsidy-scope)
  //   its scope is §(十一)'s groups — 「对贫困家庭子女、贫困劳动力、“两后生”、农村转移就业劳动者、下岗失业人员和转岗职工、退役军人、残疾人开展
  //   免费职业技能培训行动，对高校毕业生和企业职工按规定给予职业培训补贴」 — which NATX applies: refused. This is the same defect cold
  //   audit 27 found in the living-allowance list (mended there by dating the override).
  // Alternatives: (a) Jiaxing's pre-plan rules (原政策, not in the texts) may already have been 普惠 — then he would be paid, but
  //   by a text the library does not hold, not by jx2019; (b) held rather than refused, as a claim under a local rule not in the texts.
  // Confidence: 55 %.
  // Money: 1000.00 per certificate paid under a scope not yet in force (ILLUSTRATIVE pre-plan edition).
  // Mended 2026-12-06: jx2019's replacements are dated to the plan's days and asked on the claim's basis (reading local-rules-govern-their-days).
  it("jx2019 五(十一) 「提供普惠同等的培训补贴」 governs from 「自印发之日起施行」 only: a certificate of 2019-09-20 or 2019-12-12 of a local worker in none of gbf2019 §(十一)'s groups is refused as the national scope refuses it", () => {
    expect(paid(decide(PRE, ordinary, "2019-12-13"))).toEqual(["granted", "1000.00"]); // the control: the plan's first day, 1000.00
    for (const day of ["2019-09-20", "2019-12-12"]) expect(decide(PRE, ordinary, day).outcome).toBe("denied"); // granted 1000.00 today
  });

  // What: under LATER the same ordinary worker's certificates of 2022-01-01 and 2022-03-01 are GRANTED 1000.00 under jx2019's
  //   普惠 scope, after the three-year action.
  // Why: as the record above, on the other side: 「三年行动计划期间原政策规定与本方案不一致的，按本方案执行」; after it plan2021's
  //   「按规定对符合条件的参训人员给予职业培训补贴」 on the national groups (plan2021-subsidy-groups) — NATX refuses him.
  // Alternatives: a later Jiaxing text (whose standard LATER stands in for) would likely bring its own scope, perhaps 普惠 again;
  //   the library would then need it as a layer, not jx2019's scope carried on.
  // Confidence: 50 % (as shipped the claim is held; the money needs a later standard).
  // Money: 1000.00 per certificate (ILLUSTRATIVE later standard).
  // Mended 2026-12-06: jx2019's replacements are dated to the plan's days and asked on the claim's basis (reading local-rules-govern-their-days).
  it("after jx2019's 「三年行动计划期间」 its 普惠 scope no longer governs: a 2022 certificate of a local worker in none of the national groups is refused where a later Jiaxing standard prices it", () => {
    expect(paid(decide(LATER, ordinary, "2021-12-31"))).toEqual(["granted", "1000.00"]); // the control
    for (const day of ["2022-01-01", "2022-03-01"]) expect(decide(LATER, ordinary, day).outcome).toBe("denied"); // granted 1000.00 today
  });

  // What: under PRE a 下岗失业人员 living in Nanhu without a residence permit (hukou Anhui; last employed and registered unemployed in
  //   Hangzhou) is DENIED no_residency_basis citing jx2019.residency for certificates of 2019-09-20 and 2019-12-12 — Jiaxing's
  //   residency replacement (undated) asks a permit on days jx2019 does not govern.
  // Why: before 「自印发之日起施行」 the national basis governs: 「符合条件的劳动者在户籍地、常住地、求职就业地参加培训后取得证书」 — a
  //   常住地 with no permit asked (the library's own residencyBases); he is in §(十一)'s free-training groups (下岗失业人员), so
  //   NATX pays him 1000.00. jx2019's 「当地常住并办有居住证」 is the stricter rule of the plan's days.
  // Alternatives: Jiaxing's 原政策 may also have asked a permit (not in the texts); a permit-holder's case is unaffected.
  // Confidence: 65 %.
  // Money: 1000.00 per certificate refused (ILLUSTRATIVE pre-plan edition), the national rule paying it.
  // Mended 2026-12-06: jx2019's replacements are dated to the plan's days and asked on the claim's basis (reading local-rules-govern-their-days).
  it("gbf2019 §(十二) 「在户籍地、常住地、求职就业地参加培训后取得证书」 governs before jx2019 「自印发之日起施行」: a 下岗失业人员 living in Nanhu without a residence permit is paid 1000.00 for a certificate of 2019-09-20 or 2019-12-12", () => {
    expect(decide(PRE, permitless, "2019-12-13").outcome).toBe("denied"); // the control: jx2019's 「办有居住证」 on its first day
    // 1 certificate × EX-ELEC 初级工 1000.00 (ILLUSTRATIVE) = 1000.00
    for (const day of ["2019-09-20", "2019-12-12"]) expect(paid(decide(PRE, permitless, day))).toEqual(["granted", "1000.00"]); // denied 0.00 today
  });

  // What: under LATER the permitless resident's 2022 certificates are DENIED citing jx2019.residency.
  // Why: as above, after the action: plan2021 「按规定」 on gbf2019 §(十二)'s 「常住地」; NATX pays 1000.00.
  // Alternatives: a later Jiaxing text may again ask a permit (unknown).
  // Confidence: 55 % (held as shipped; the money needs a later standard).
  // Money: 1000.00 per certificate refused (ILLUSTRATIVE later standard).
  // Mended 2026-12-06: jx2019's replacements are dated to the plan's days and asked on the claim's basis (reading local-rules-govern-their-days).
  it("after jx2019's 「三年行动计划期间」 its 「当地常住并办有居住证」 no longer governs: a 2022 certificate of a 下岗失业人员 living in Nanhu without a permit is paid where a later Jiaxing standard prices it", () => {
    expect(decide(LATER, permitless, "2021-12-31").outcome).toBe("denied"); // the control
    for (const day of ["2022-01-01", "2022-03-01"]) expect(paid(decide(LATER, permitless, day))).toEqual(["granted", "1000.00"]); // denied today; 1 × 1000.00
  });

  // What: under PRE a local enterprise employee's fourth certificate of 2019 (all four before 2019-12-13) is refused citing
  //   jx2019.annual-cap, and a second EX-ELEC 初级工 certificate citing jx2019.annual-cap as the no-repeat rule — Jiaxing's
  //   recitals (replaceRule, undated) of the national cap and bar, on days jx2019 is not in force.
  // Why: 「本方案自印发之日起施行」; on these days the rule refusing is gbf2019 §(十二)'s 「原则上每人每年可享受不超过 3次，但同一职业同一
  //   等级不可重复享受」 (gbf2019.annual-cap, gbf2019.no-repeat), not jx2019's 「职业培训补贴原则上每人每年可享受不超过 3 次，但同一职业（项目）
  //   同一等级不可重复享受」. The outcome and amount are the same (same numbers, same keys): a citation of a text not in force.
  // Alternatives: citing the recital is harmless since the rules are identical; a project keyed by its code (Jiaxing's 项目) has
  //   no national counterpart before the plan, but no money differs in the cases I tried.
  // Confidence: 50 %.
  // Money: none (outcome and amount unchanged: the 4th certificate and the repeat are refused either way).
  // Mended 2026-12-06: jx2019's replacements are dated to the plan's days and asked on the claim's basis (reading local-rules-govern-their-days).
  it("gbf2019 §(十二) 「原则上每人每年可享受不超过 3次，但同一职业同一等级不可重复享受」, not jx2019's recital, refuses a fourth 2019 certificate and a repeat issued before jx2019 「自印发之日起施行」", () => {
    const w = worker({ employerId: undefined, unemploymentInsuranceMonths: undefined });
    const c = (id: string, code: string, level: string, issuedOn: string) => cert(id, { occupation: { code, name: code === "EX-ELEC" ? "电工（示意）" : "焊工（示意）" }, level, issuedOn, courseId: undefined });
    const four = decideById(PRE, {
      trainees: [w],
      certificates: [c("C1", "EX-ELEC", "junior", "2019-07-01"), c("C2", "EX-ELEC", "intermediate", "2019-08-01"), c("C3", "EX-ELEC", "senior", "2019-09-01"), c("C4", "EX-WELD", "junior", "2019-10-01")],
      claims: ["C1", "C2", "C3", "C4"].map((id, i) => ts(`A${i + 1}`, id, { submittedOn: "2019-10-05" })),
    });
    // three paid: 1000.00 + 1500.00 + 2000.00 (ILLUSTRATIVE rows); the fourth refused
    expect(["A1", "A2", "A3"].map((id) => four[id]!.amount)).toEqual(["1000.00", "1500.00", "2000.00"]);
    expect(four["A4"]!.outcome).toBe("denied");
    const repeat = decideById(PRE, { trainees: [w], certificates: [c("C1", "EX-ELEC", "junior", "2019-07-01"), c("C2", "EX-ELEC", "junior", "2019-09-01")], claims: [ts("A1", "C1", { submittedOn: "2019-09-05" }), ts("A2", "C2", { submittedOn: "2019-09-05" })] });
    expect(repeat["A2"]!.outcome).toBe("denied");
    const refusing = (d: Decision) => d.reasons.filter((r) => r.citation.provision.endsWith("annual-cap") || r.citation.provision.endsWith("no-repeat")).map((r) => r.citation.provision);
    // today: [["jx2019.annual-cap"], ["jx2019.annual-cap"]] (annual_cap_reached / occupation_level_already_subsidised, recited)
    expect([refusing(four["A4"]!), refusing(repeat["A2"]!)]).toEqual([["gbf2019.annual-cap"], ["gbf2019.no-repeat"]]);
  });
});
