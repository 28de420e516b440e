/**
 * Cold review 44 — jx2019's rules dated to the plan's days, asked on the claim's basis (HEAD f622505).
 *
 * Read first, cold: jx2019 五(十一) and its closing paragraph 「本方案自印发之日起施行，适用范围为全市。三年行动计划期间原政策规定与本方案
 * 不一致的，按本方案执行；上级有新政策精神的，按新政策执行」 (印发 2019-12-13), its 三(二) 「2021 年底前」 uplift, and gbf2019 §(十一)–(十二).
 * My view before reading the change: jx2019's own rules govern claims whose basis falls in 2019-12-13 … 2021-12-31; the basis
 * is the certificate (「以获取职业资格证书……为主要依据」; the appraisal subsidy says it outright: 「以证书发放日期为准」). The cap and
 * no-repeat rule read the same in both texts (「每人每年……不超过 3 次」, 「同一职业同一等级不可重复享受」), so a year spanning
 * 2019-12-13 counts every subsidy enjoyed in it, whichever text paid it. Outside the plan gbf2019 §(十二) governs, but it leaves
 * 「人员范围和条件要求」 to the province — whose own text (浙人社发〔2019〕53 号, cited by jx2019's preamble) and Jiaxing's
 * 「原政策规定」 the library does not hold.
 *
 * PRE / LATER are ILLUSTRATIVE policies built as in test/audit30.test.ts (not official figures): PRE = jiaxingPolicy with
 * the illustrative catalogue also as an edition from 2019-06-01; LATER = gbf2019 → plan2021 → op2025 under jx2019 with the
 * 2020 edition carried on past 2021. Illustrative rows: EX-ELEC 初级工 1000.00, 中级工 1500.00, 高级工 2000.00, EX-WELD 初级工 1200.00.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildPolicy, civilDate, evaluateClaim, jiaxingPolicy, Ledger } from "../src/index.js";
import { input } from "./support/national.js";
import type { Decision, Policy } from "../src/index.js";
import { jx2019 } from "../src/jurisdictions/jiaxing/jx2019.js";
import { LATER, PRE } from "./support/outsidePlan.js";
import { JX, NANHU, E1, worker, course, cert, ts, appraisal, decideById } from "./support/ordinary.js";
type O = Record<string, any>;
const ordinary = worker({ statuses: [], employerId: undefined, unemploymentInsuranceMonths: undefined });
const pensioner = worker({ statuses: ["ruralTransferWorker"], birthDate: "1955-01-01", receivesMonthlyPension: true, employerId: undefined, unemploymentInsuranceMonths: undefined });
const permitless = worker({ statuses: ["unemployed"], hukouRegion: "anhui.fuyang", residenceRegion: NANHU, hasResidencePermit: false, employmentRegion: "zhejiang.hangzhou", unemploymentRegisteredAt: "zhejiang.hangzhou", employerId: undefined, unemploymentInsuranceMonths: undefined });
const employee = worker();
const friction = worker({ statuses: ["enterpriseEmployee", "tradeFrictionAffected"] });
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const doc = (t: O, issuedOn: string, measure = "ts"): O => {
  const end = plusDays(issuedOn, -10);
  return { trainees: [t], enterprises: [E1], courses: [course("K1", { startDate: plusDays(end, -9), endDate: end })], certificates: [cert("C1", { issuedOn })], claims: [(measure === "ts" ? ts : appraisal)("A", "C1", { submittedOn: plusDays(issuedOn, 8) })] };
};
const decide = (p: Policy, t: O, issuedOn: string, m = "ts"): Decision => decideById(p, doc(t, issuedOn, m))["A"]!;
const codes = (d: Decision) => d.reasons.map((r) => `${r.code}@${r.citation.provision}`);
const paid = (d: Decision) => [d.outcome, d.amount];
const c4 = (id: string, code: string, level: string, issuedOn: string) => cert(id, { occupation: { code, name: code }, level, issuedOn, courseId: undefined });
const selfEmployed = worker({ employerId: undefined, unemploymentInsuranceMonths: undefined });

describe("review44 controls (these pass)", () => {
  it("the ordinary local worker with no status: refused 2019-12-12 (gbf2019's groups), paid 1000.00 on 2019-12-13 and 2021-12-31 (jx2019 普惠), held 2022-01-01 as shipped", () => {
    expect(codes(decide(PRE, ordinary, "2019-12-12"))).toEqual(["not_in_group@gbf2019.subsidy-groups"]);
    // 1 certificate × EX-ELEC 初级工 1000.00 (ILLUSTRATIVE) = 1000.00, under 「提供普惠同等的培训补贴」
    expect(paid(decide(PRE, ordinary, "2019-12-13"))).toEqual(["granted", "1000.00"]);
    expect(codes(decide(PRE, ordinary, "2019-12-13"))).toContain("in_scope@jx2019.residency");
    expect(paid(decide(JX, ordinary, "2021-12-31"))).toEqual(["granted", "1000.00"]); // 2020 edition, 1 × 1000.00
    const held = decide(JX, ordinary, "2022-01-01");
    expect([held.outcome, held.missingFacts]).toEqual(["undecidable", ["parameter national.framework"]]);
    expect(codes(decide(LATER, ordinary, "2022-01-01"))).toEqual(["not_in_group@plan2021.graduation-year-students"]);
  });

  it("the pensioner is refused on all four days, by the text of the day: gbf2019 §(十二) outside the plan, jx2019's over-retirement sentence inside", () => {
    expect(codes(decide(PRE, pensioner, "2019-12-12"))).toEqual(["monthly_pension_entitled@gbf2019.scope-adjustment"]);
    expect(codes(decide(PRE, pensioner, "2019-12-13"))).toEqual(["monthly_pension_entitled@jx2019.over-retirement"]);
    expect(codes(decide(JX, pensioner, "2021-12-31"))).toEqual(["monthly_pension_entitled@jx2019.over-retirement"]);
    expect(codes(decide(LATER, pensioner, "2022-01-01"))).toEqual(["monthly_pension_entitled@gbf2019.scope-adjustment"]);
  });

  it("the permitless 下岗失业人员 in Nanhu: national 常住地 outside the plan (PRE/LATER pay 1 × 1000.00), 「当地常住并办有居住证」 refuses inside", () => {
    expect(paid(decide(PRE, permitless, "2019-12-12"))).toEqual(["granted", "1000.00"]);
    expect(codes(decide(PRE, permitless, "2019-12-13"))).toEqual(["no_residency_basis@jx2019.residency"]);
    expect(codes(decide(JX, permitless, "2021-12-31"))).toEqual(["no_residency_basis@jx2019.residency"]);
    expect(paid(decide(LATER, permitless, "2022-01-01"))).toEqual(["granted", "1000.00"]);
    // as shipped (no pre-plan edition) held for the standard, not refused
    expect(decide(JX, permitless, "2019-12-12").outcome).toBe("undecidable");
  });

  it("the enterprise employee is paid 1000.00 on each of the four days where an edition prices the day (both texts' scope holds him)", () => {
    for (const [p, day] of [[PRE, "2019-12-12"], [PRE, "2019-12-13"], [JX, "2021-12-31"], [LATER, "2022-01-01"]] as const) expect(paid(decide(p, employee, day))).toEqual(["granted", "1000.00"]);
  });

  it("the trade-friction-affected employee: 1000.00 on 2019-12-12, 1300.00 on 2019-12-13 and 2021-12-31, 1000.00 on 2022-01-01 (「2021 年底前……上浮 30%」)", () => {
    expect(decide(PRE, friction, "2019-12-12").amount).toBe("1000.00"); // no uplift before the plan
    expect(decide(PRE, friction, "2019-12-13").amount).toBe("1300.00"); // 1000.00 × 1.30 = 1300.00
    expect(decide(JX, friction, "2021-12-31").amount).toBe("1300.00"); // 1000.00 × 1.30
    expect(decide(LATER, friction, "2022-01-01").amount).toBe("1000.00"); // after 「2021 年底前」: the row alone
  });

  it("the cap counts the year across 2019-12-13 and evaluateBatch decides the same whatever the document's order (claims taken by issue date)", () => {
    const certs = [c4("C1", "EX-ELEC", "junior", "2019-12-14"), c4("C2", "EX-ELEC", "intermediate", "2019-12-15"), c4("C3", "EX-ELEC", "senior", "2019-12-16"), c4("C4", "EX-WELD", "junior", "2019-12-01")];
    const claims = [ts("A1", "C1", { submittedOn: "2019-12-20" }), ts("A2", "C2", { submittedOn: "2019-12-20" }), ts("A3", "C3", { submittedOn: "2019-12-20" }), ts("A4", "C4", { submittedOn: "2019-12-21" })];
    const out = [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1]].map((order) => {
      const r = decideById(PRE, { trainees: [selfEmployed], certificates: order.map((i) => certs[i]), claims: order.map((i) => claims[i]) });
      return ["A1", "A2", "A3", "A4"].map((id) => `${id}:${r[id]!.outcome}:${r[id]!.amount}:${codes(r[id]!).filter((c) => c.startsWith("annual_cap")).join("")}`);
    });
    // C4 (2019-12-01, gbf2019) 1200.00; C1 1000.00 and C2 1500.00 (jx2019); C3 the fourth of 2019: refused by jx2019's recital
    const want = ["A1:granted:1000.00:", "A2:granted:1500.00:", "A3:denied:0.00:annual_cap_reached@jx2019.annual-cap", "A4:granted:1200.00:"];
    for (const o of out) expect(o).toEqual(want);
  });

  it("no-repeat across either boundary refuses the repeat under the text of its own basis", () => {
    const before = decideById(PRE, { trainees: [selfEmployed], certificates: [c4("C1", "EX-ELEC", "junior", "2019-09-01"), c4("C2", "EX-ELEC", "junior", "2020-03-01")], claims: [ts("A1", "C1", { submittedOn: "2020-03-05" }), ts("A2", "C2", { submittedOn: "2020-03-05" })] });
    expect(paid(before["A1"]!)).toEqual(["granted", "1000.00"]); // 1 × 1000.00 under gbf2019
    expect(codes(before["A2"]!)).toEqual(["occupation_level_already_subsidised@jx2019.annual-cap"]);
    const after = decideById(LATER, { trainees: [selfEmployed], certificates: [c4("C1", "EX-ELEC", "junior", "2021-06-01"), c4("C2", "EX-ELEC", "junior", "2022-02-01")], claims: [ts("A1", "C1", { submittedOn: "2022-02-05" }), ts("A2", "C2", { submittedOn: "2022-02-05" })] });
    expect(paid(after["A1"]!)).toEqual(["granted", "1000.00"]);
    expect(codes(after["A2"]!)).toEqual(["occupation_level_already_subsidised@gbf2019.no-repeat"]);
  });

  it("dates that disagree: a course before the plan with its certificate inside is jx2019's; a certificate inside filed after the plan is paid", () => {
    const inside = decideById(PRE, { trainees: [ordinary], courses: [course("K1", { startDate: "2019-11-01", endDate: "2019-11-10" })], certificates: [cert("C1", { issuedOn: "2019-12-20" })], claims: [ts("A", "C1", { submittedOn: "2019-12-25" })] })["A"]!;
    expect(paid(inside)).toEqual(["granted", "1000.00"]); // 普惠, 1 × 1000.00 (PRE's pre-plan edition prices 2019-12-20)
    const late = decideById(JX, { trainees: [ordinary], courses: [course("K1", { startDate: "2021-12-01", endDate: "2021-12-10" })], certificates: [cert("C1", { issuedOn: "2021-12-20" })], claims: [ts("A", "C1", { submittedOn: "2022-03-01" })] })["A"]!;
    expect([...paid(late), late.provenance.judgedOn]).toEqual(["granted", "1000.00", "2022-03-01"]); // 2020 edition, 1 × 1000.00
  });

  // Changed (cold review 110 F6: evaluateClaim reads its records with their parsers): the ten-day course attends 10 days, not
  // the builder's 20 (20 attended days in a 10-day span is now an invalid_argument naming input.course.attendedDays).
  it("options.on given: the basis still decides which text governs; a day before the certificate is judged_before_basis", () => {
    const jxIn = (issuedOn: string) => input({ trainee: { hukouRegion: NANHU, statuses: [] }, certificate: { issuedOn: civilDate(issuedOn), occupation: { code: "EX-ELEC", name: "电工（示意）" } }, course: { region: NANHU, startDate: civilDate("2021-11-01"), endDate: civilDate("2021-11-10"), attendedDays: 10 }, claim: { submittedOn: civilDate("2022-01-10"), courseId: "k1" } });
    const d = evaluateClaim(JX, jxIn("2021-12-20"), { on: "2022-06-01" as never });
    expect([...paid(d), d.provenance.judgedOn]).toEqual(["granted", "1000.00", "2022-06-01"]); // 1 × 1000.00, jx2019's 普惠
    expect(codes(evaluateClaim(JX, jxIn("2021-12-20"), { on: "2021-12-01" as never }))[0]).toMatch(/^judged_before_basis@/);
  });

  // Changed (cold review 110 F6): the ten-day course attends 10 days (see above).
  it("evaluateClaim without a certificate is asked for it, whatever day its course ended", () => {
    for (const end of ["2019-11-10", "2020-11-10"]) {
      const d = evaluateClaim(PRE, { ...input({ trainee: { hukouRegion: NANHU, statuses: [] }, certificate: null, course: { region: NANHU, startDate: civilDate(plusDays(end, -9)), endDate: civilDate(end), attendedDays: 10 }, claim: { certificateId: undefined, courseId: "k1", submittedOn: civilDate("2020-12-01") } }), ledger: Ledger.from([]) });
      expect([d.outcome, d.missingFacts]).toEqual(["undecidable", ["claim.certificateId"]]);
    }
  });

  it("the appraisal subsidy: 120.00 from 2020-01-01 (「以证书发放日期为准」), refused before, held after the plan; jx2019's residency inside", () => {
    expect(codes(decide(JX, employee, "2019-12-20", "ap"))).toEqual(["before_provision_start@jx2019.appraisal-subsidy"]);
    expect(paid(decide(JX, employee, "2020-01-01", "ap"))).toEqual(["granted", "120.00"]); // 初级工 120 元 × 1
    expect(paid(decide(JX, employee, "2021-12-31", "ap"))).toEqual(["granted", "120.00"]);
    expect(decide(JX, employee, "2022-01-01", "ap").outcome).toBe("undecidable");
    expect(codes(decide(JX, permitless, "2020-01-01", "ap"))).toEqual(["no_residency_basis@jx2019.residency"]);
    // outside the plan its residency is gbf2019's (the permitless resident passes it) — no standard is in force there, so no money
    expect(codes(decide(JX, permitless, "2019-12-12", "ap"))).toEqual(["before_provision_start@jx2019.appraisal-subsidy"]);
  });

  it("the trace names the layer of the day: gbf2019 on 2019-12-12, jx2019's replacements on 2019-12-13", () => {
    const layers = (d: Decision) => Object.fromEntries(d.trace.filter((s) => ["eligibility.residency", "trainingSubsidy.groups", "trainingSubsidy.annualCap", "trainingSubsidy.noRepeat"].includes(s.rule)).map((s) => [s.rule, s.layer]));
    const g = "national.gbf2019", j = "zhejiang.jiaxing.jx2019";
    expect(layers(decide(PRE, employee, "2019-12-12"))).toEqual({ "eligibility.residency": g, "trainingSubsidy.groups": g, "trainingSubsidy.annualCap": g, "trainingSubsidy.noRepeat": g });
    expect(layers(decide(PRE, employee, "2019-12-13"))).toEqual({ "eligibility.residency": j, "trainingSubsidy.groups": j, "trainingSubsidy.annualCap": j, "trainingSubsidy.noRepeat": j });
  });

  it("the policy hash moved with the dates (docs: 02de2c8163b2 → 046b93867439) and depends on an override's days", () => {
    expect(jiaxingPolicy().hash.slice(0, 12)).toBe("046b93867439");
    const undated = { ...jx2019, ruleOverrides: (jx2019.ruleOverrides ?? []).map(({ from: _f, until: _u, ...o }: any) => o) };
    const other = buildPolicy({ id: "jiaxing-2019", label: { zh: "x", en: "x" }, layers: [...jiaxingPolicy().layers.filter((l) => l.id !== jx2019.id), undated as typeof jx2019] });
    expect(other.hash).not.toBe(buildPolicy({ id: "jiaxing-2019", label: { zh: "x", en: "x" }, layers: jiaxingPolicy().layers }).hash);
  });

  it.runIf(existsSync("dist/cli.js"))("the command line (csv): 2019-12-12 refused by gbf2019's groups, 2021-12-31 paid 1000.00 under jx2019, with the illustrative catalogue", () => {
    const dir = mkdtempSync(join(tmpdir(), "r44-"));
    const a = doc(ordinary, "2019-12-12");
    const b = doc(ordinary, "2021-12-31");
    const file = join(dir, "claims.json");
    const t2 = { ...ordinary, id: "P2" };
    writeFileSync(file, JSON.stringify({ trainees: [ordinary, t2], enterprises: [E1], courses: [...a.courses, { ...b.courses[0], id: "K2", traineeId: "P2" }], certificates: [...a.certificates, { ...b.certificates[0], id: "C2", traineeId: "P2", courseId: "K2" }], claims: [a.claims[0], { ...b.claims[0], id: "B", traineeId: "P2", claimant: { kind: "trainee", id: "P2" }, certificateId: "C2" }] }));
    let out = "";
    try {
      out = execFileSync("node", ["dist/cli.js", "evaluate", file, "--format", "csv", "--catalogue", "fixtures/jiaxing/catalogue-2020.json"], { encoding: "utf8" });
    } catch (e: any) {
      out = String(e.stdout); // exit 1 when a claim is refused
    }
    const rows = Object.fromEntries(out.trim().split("\n").slice(1).map((l) => [l.split(",")[0], l.split(",")]));
    expect([rows["A"]?.[2], rows["A"]?.[7]]).toEqual(["denied", "gbf2019.subsidy-groups"]);
    expect([rows["B"]?.[2], rows["B"]?.[5]]).toEqual(["granted", "1000.00"]); // 1 × EX-ELEC 初级工 1000.00 (illustrative)
  });
});

describe("review44 records (it.fails: each passes when the library does what I read the texts to say)", () => {
  // What: a grant for a certificate issued 2019-12-12 (before the plan; PRE, the enterprise employee, 1000.00) is judged by
  //   gbf2019's residency, groups, cap and no-repeat — as the change intends — yet its first reason is
  //   course_in_jurisdiction citing jx2019.supersession, the closing paragraph 「本方案自印发之日起施行，适用范围为全市」, and the
  //   same decision's standard cites jx2019.catalogue while its catalogue_entry cites gbf2019.catalogues. The course check asks
  //   the policy's scope (scopeOf), which is jx2019's on every day.
  // Why: 「本方案自印发之日起施行」 — on 2019-12-12 the plan is not in force; its 「适用范围为全市」 cannot be the provision a
  //   pre-plan grant rests on. The change's own principle (reading local-rules-govern-their-days, and audit 30's cap/no-repeat
  //   record, 50 %, mended by it): outside the plan the rule above jx2019 is cited. Here gbf2019 §(十二) 「在户籍地、常住地、
  //   求职就业地参加培训后取得证书」 is where the training's place is asked.
  // Alternatives: the policy's scope is a property of the policy (“this is Jiaxing's policy”), not of a day, and citing the
  //   city's scope clause for “the course was in Jiaxing” is harmless; the same outcome and amount either way.
  // Confidence: 45 %.
  // Money: none (1 × 1000.00 granted either way; a citation of a text not in force on the certificate's day).
  it("a certificate issued 2019-12-12 cites no jx2019 clause for the course's place: 「本方案自印发之日起施行」", () => {
    const d = decide(PRE, employee, "2019-12-12");
    expect(paid(d)).toEqual(["granted", "1000.00"]); // 1 × EX-ELEC 初级工 1000.00 (ILLUSTRATIVE pre-plan edition)
    expect(codes(d).filter((c) => c.endsWith("@jx2019.supersession"))).toEqual([]); // was: ["course_in_jurisdiction@jx2019.supersession"]
    // Mended (2026-12-07): the course's place is cited to the text governing its last day, gbf2019 §(十二) 「结合实际确定」
    expect(codes(d)).toContain("course_in_jurisdiction@gbf2019.local-standards");
  });

  // What: as shipped (jiaxingPolicy, the 2020 illustrative edition, no standard before 2020), a Nanhu-hukou worker in none of
  //   gbf2019 §(十一)'s groups with a certificate of 2019-09-20 or 2019-12-12 is now DENIED (not_in_group@gbf2019.subsidy-groups,
  //   0.00) — a final refusal — where before the change he was held for want of a local standard.
  // Why: on those days the scope is not gbf2019's to close: §(十二) gives it to the province — 「省级人力资源社会保障部门、财政部门
  //   可在规定的原则下结合实际调整享受职业培训补贴、生活费补贴人员范围和条件要求」 — and jx2019 itself says other rules governed before
  //   it: 「三年行动计划期间原政策规定与本方案不一致的，按本方案执行」, citing in its preamble the provincial plan “浙人社发〔2019〕53 号”,
  //   issued before it. Neither the provincial plan nor Jiaxing's 原政策规定 is among the texts the library holds; either may
  //   already have been 普惠 (jx2019's 「各地应根据职业技能培训补贴目录清单……对具有当地户籍……的城乡劳动者提供普惠同等的培训补贴」 reads
  //   like a provincial instruction to “各地”). A claim under a rule the library does not hold should be held, as it holds
  //   claims after 2021 (“parameter national.framework”), not refused on the national default.
  // Alternatives: (a) the library's reading national-training-subsidy-scope: gbf2019's groups are the scope wherever no
  //   local text widens it, so refusal is right (audit 30 gave 55 % to that); (b) “各地” is the city's own counties, so
  //   nothing shows the province was 普惠 before 2019-12-13.
  // Confidence: 40 %.
  // Money: none as shipped (no pre-plan standard; a denial instead of a hold); with an ILLUSTRATIVE pre-plan edition (PRE),
  //   1 × 1000.00 refused per certificate that the province's rule may pay.
  it.fails("a pre-plan certificate of a local worker in no national group is held (the province's 「人员范围和条件要求」 and Jiaxing's 「原政策规定」 are not held), not refused", () => {
    for (const day of ["2019-09-20", "2019-12-12"]) expect(decide(JX, ordinary, day).outcome).toBe("undecidable"); // today: denied, 0.00
  });
});
