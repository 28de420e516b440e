/**
 * Cold review 79: an official tests a policy change before it is made — patches of the ordinary Jiaxing worker's
 * parameters (annual cap, appraisal table, trade-friction uplift, catalogue edition, living allowance's groups),
 * `compare` against the batches decided separately, provenance, bad patches. Reviewed at HEAD 66ac0f0.
 *
 * Read: law/sources/jx2019.txt (三(二) uplift, 四(三)四 living allowance, 五(十一) cap / appraisal), gbf2019.txt
 * §(十一)–(十二) (scope adjustment, 「或」); docs/policy-changes.md; src/reform/{reform,compare,valueSchema}.ts;
 * src/provisions/trainingSubsidy/annualCap.ts; src/provisions/livingAllowance/livingAllowance.ts (the groups, l.278–300);
 * src/jurisdictions/jiaxing/tradeFrictionUplift.ts; src/provisions/skillUpgrade/insuredSkillUpgrade.ts; readings
 * annual-cap-calendar-year, claim-order-by-issue-date, course-trained-once, training-or-skill-upgrade,
 * living-allowance-day-by-day, undecidable-never-zero, living-allowance-scope-adjustment; test/review51.test.ts (not
 * repeated: its F1/F2, patches outliving the plan or dated before it, are still open there).
 * Ran: npm run build; probes of each patch below on one worker with certificates either side of each `from`/`until`;
 * compare vs evaluateBatch; ~20 bad patches through reform().
 *
 * Findings (each an it.fails below, seen failing as `it`):
 * F1 (money: wrongly refused / paid over, 50 元 × days) 60 %. A patch of livingAllowance.scopeAdjustment (the province's
 *    widening of the groups, gbf2019 §(十二)) is read on the course's START DATE only (livingAllowance.ts:293
 *    `ctx.param(livingAllowanceScopeAdjustment, course.startDate)`), not day by day as the daily rate is and as
 *    docs/policy-changes.md says `from` works for the living allowance ("each training day"), nor even on the first
 *    attended date as the local lists are (l.281–283). Widening to the unemployed from 2020-06-05: a course 06-01…06-10
 *    attended every day gets 0 (by hand 6 × 50 = 300.00); one whose listed dates are all from 06-05 gets 0 (300.00);
 *    a widening ending 2020-06-05 pays all 10 days, 500.00 (by hand 4 × 50 = 200.00). Mend: take the widening per
 *    attended day (priceAttendedDays over the days in the widened group), or at least on `first`/`last` like the lists,
 *    and refuse/hold the days outside it.
 *    MENDED the same morning (31bb7e8): the widening is read day by day (src/provisions/common.ts DayScope in
 *    priceAttendedDays); F1a–c pass and are tests.
 * F2 (money: +500.00 paid to a pensioner) 50 %. `null` "ends the parameter" (docs) — for livingAllowance.scopeAdjustment,
 *    whose value in Jiaxing is [] (widens nothing), ending it lifts the pension exclusion: livingAllowance.ts:300 refuses a
 *    person entitled to a monthly pension only `isResolved(ctx.param(livingAllowanceScopeAdjustment, …))`. A pensioner's
 *    10 days (denied monthly_pension_entitled) become 500.00, and `compare` gives no warning. Mend: key the pension
 *    refusal to gbf2019's scope clause being in force (national.framework), not to the widening list; or refuse `null`
 *    for a list whose absence changes another rule.
 * F3 (money mis-attributed by provision) 55 %. A trade-friction-affected worker's training subsidy is one line citing
 *    jx2019.trade-friction-uplift for the whole raised amount (tradeFrictionUplift.ts upliftStandard; the line takes
 *    the uplift's citation), so `compare`'s "by provision" puts the catalogue standard under the uplift: 3 certificates
 *    1000/1500/1200 → 4810.00 under jx2019.trade-friction-uplift of which the uplift is 1110.00; and a CATALOGUE patch
 *    (中级工 1500 → 1600) is credited by reform to jx2019.trade-friction-uplift (+130.00) not jx2019.catalogue. Mend: two
 *    lines (standard under the catalogue, uplift under 三(二)) rounded once on the total, or split the line's credit.
 * F4 (provenance, no money) 60 %. In the same case the paid line's `layer` is zhejiang.jiaxing.jx2019 though its
 *    standard 1600.00 is the reform's (docs: "the paid lines say reform.<id>"); for an unaffected worker it says
 *    reform.up. Mend as F3, or carry the standard's layer.
 * F5 (held claim counted as money saved) 40 %. Lowering the cap to 2 from 2020-07-01 turns a claim paid 900.00 into one
 *    held (earlier_claim_undecided, waiting on a held January claim); `compare` reports delta −900.00 and the totals
 *    count it 0 (compare.ts `paid()`, ClaimDifference.delta "an undecidable claim counts 0"), against reading
 *    undecidable-never-zero: its true delta is 0.00 or −900.00 depending on the held claim. Mend: leave delta null for a
 *    claim undecidable on either side and report held claims and their other-side amount in each TotalRow.
 * F6 (no money) 60 %. A negative uplift rate is refused with the raw regex as its message in both languages
 *    (“无效字符串：必须满足正则表达式 /^\d{1,9}…/”), and a string cap "2" gets “期望 数字，实际接收 string”: English in the
 *    Chinese message (zod's zh locale; valueSchema.ts `decimal`/`count` carry no message). Mend: named errors like
 *    invalid_amount's for decimal/count/share.
 * Left the same morning, as records: F2 (docs/policy-changes.md now says that `null` ends the clause and with it the
 *    pension refusal, and that the empty value widens no one; keying the refusal to the framework in force instead would
 *    reach plan2021's and op2025's years, not weighed here); F3/F4 (two lines — the standard under the catalogue, the
 *    uplift under 三(二) — change every uplifted decision's lines, the worked example's among them; no amount moves, since
 *    the standard is whole fen and round(a + 0.3a) = a + round(0.3a)); F5 (compare's totals count an undecidable claim 0,
 *    as documented; an honest "unknown" column is a change of the comparison's contract). F6 mended (367f61d).
 * Notes (< 30 %): the uplift rate "30" (30 % written as a percent) is accepted and pays 31 × the standard (31000.00 for
 *    1000.00) — `decimal` has no plausible bound; annualCapMeasures [] is accepted (switches the cap off, no warning);
 *    under an insured skill-upgrade patch, S-K3 and T-K3 on one certificate and one date are ordered by claim id, so the
 *    「或」 pays 1000.00 (skill-upgrade) instead of 1200.00 (training subsidy) because "S" < "T" (documented tie-break).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ClaimsDocument, Decision, Policy } from "../src/index.js";
import { evaluateBatch, jiaxingPolicy, parseClaimsDocument, withCatalogue } from "../src/index.js";
import { catalogueSourceFor } from "../src/jurisdictions/catalogueSource.js";
import { compare, reform, reformAll } from "../src/reform/index.js";

type O = Record<string, any>;
const L = { zh: "改革", en: "reform" };
const J = (f: string) => JSON.parse(readFileSync(f, "utf8")) as O;
const JXCAT = J("fixtures/jiaxing/catalogue-2020.json");
const priced = () => {
  const j = jiaxingPolicy();
  return withCatalogue(j, [JXCAT as never], catalogueSourceFor(j));
};
const doc = (raw: O): ClaimsDocument => {
  const p = parseClaimsDocument(raw);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.value.document;
};
const mustReform = (base: Policy, patches: unknown[]): Policy => {
  const r = reformAll(base, patches);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.policy;
};
const decide = (p: Policy, d: ClaimsDocument) => new Map(evaluateBatch(p, d).decisions.map((x) => [x.claimId, x] as const));
const fen = (s: string | null | undefined) => (s == null ? 0 : Math.round(Number(s) * 100));
const paidFen = (x: Decision | undefined) => (x?.outcome === "granted" ? fen(x.amount) : 0);
const oa = (m: Map<string, Decision>) => Object.fromEntries([...m].map(([k, x]) => [k, `${x.outcome} ${x.amount}`]));
const patch = (id: string, parameter: string, from: string, until: string | undefined, value: unknown) => ({ id, label: L, changes: [{ parameter, from, ...(until === undefined ? {} : { until }), value }] });
const OCC: O = { ELEC: ["EX-ELEC", "电工（示意）"], WELD: ["EX-WELD", "焊工（示意）"], FORK: ["EX-FORK", "叉车司机（示意）"], SEW: ["EX-SEW", "缝纫工（示意）"], CARE: ["EX-CARE", "养老护理员（示意）"] };
/** The ordinary Jiaxing worker (Haining hukou, no status unless given): per certificate a training-subsidy claim T-… and an appraisal claim A-…. */
const worker = (certs: [string, string, string, string][], statuses: string[] = [], extra: O = {}): O => ({
  trainees: [{ id: "P-1", birthDate: "1990-01-01", statuses, hukouRegion: "zhejiang.jiaxing.haining", ...extra }],
  certificates: certs.map(([id, occ, level, issuedOn]) => ({ id, traineeId: "P-1", kind: "skillLevelCertificate", occupation: { code: OCC[occ][0], name: OCC[occ][1] }, level, issuedOn })),
  claims: certs.flatMap(([id, , , issuedOn]) => [
    { id: `T-${id}`, measure: "trainingSubsidy", traineeId: "P-1", claimant: { kind: "trainee", id: "P-1" }, certificateId: id, submittedOn: issuedOn },
    { id: `A-${id}`, measure: "appraisalSubsidy", traineeId: "P-1", claimant: { kind: "trainee", id: "P-1" }, certificateId: id, submittedOn: issuedOn },
  ]),
});
/** One living-allowance claim L-1 on a course 2020-06-01 … 06-10 in Haining. */
const allowance = (statuses: string[], course: O = {}, extra: O = {}): O => ({
  trainees: [{ id: "P-1", birthDate: "1990-01-01", statuses, hukouRegion: "zhejiang.jiaxing.haining", ...extra }],
  courses: [{ id: "C-1", traineeId: "P-1", kind: "employmentSkills", occupation: { code: "EX-ELEC", name: "电工（示意）" }, classHours: 40, startDate: "2020-06-01", endDate: "2020-06-10", attendedDays: 10, region: "zhejiang.jiaxing.haining", ...course }],
  claims: [{ id: "L-1", measure: "livingAllowance", traineeId: "P-1", claimant: { kind: "trainee", id: "P-1" }, courseId: "C-1", submittedOn: "2020-06-20" }],
});
const paramRead = (d: Decision | undefined, id: string): O | undefined => {
  const found: O[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n !== null && typeof n === "object") {
      if ((n as O).parameter === id && "layer" in (n as O)) found.push(n as O);
      Object.values(n as O).forEach(walk);
    }
  };
  walk(d?.trace);
  return found[0];
};
const FIVE: [string, string, string, string][] = [["K1", "ELEC", "junior", "2020-02-01"], ["K2", "WELD", "junior", "2020-05-01"], ["K3", "FORK", "junior", "2020-06-30"], ["K4", "SEW", "junior", "2020-07-01"], ["K5", "CARE", "junior", "2020-08-01"]];
const TABLE = (junior: string) => ({ junior, intermediate: "120.00", senior: "150.00", technician: "150.00", seniorTechnician: "180.00" });

describe("cold review 79: controls (passing)", () => {
  it("「职业培训补贴原则上每人每年可享受不超过 3 次」 patched to 2 and to 4 from 2020-07-01 is read on each certificate's issue date, the value and its layer in the trace", () => {
    const P = priced();
    const d = doc(worker(FIVE));
    const base = decide(P, d);
    // base: 1000 (ELEC) + 1200 (WELD) + 900 (FORK) = 3100; the 4th (SEW, 07-01) and 5th (CARE) annual_cap_reached
    expect([base.get("T-K3")?.amount, base.get("T-K4")?.outcome, base.get("T-K5")?.outcome]).toEqual(["900.00", "denied", "denied"]);
    const two = decide(mustReform(P, [patch("cap2", "trainingSubsidy.annualCap", "2020-07-01", "2022-01-01", 2)]), d);
    // cap 2 from 07-01: K1–K3 were judged on dates under 3 (paid: 3100.00); K4 (07-01) finds 3 grants ≥ 2: refused; K5 too
    expect(oa(two)).toMatchObject({ "T-K1": "granted 1000.00", "T-K2": "granted 1200.00", "T-K3": "granted 900.00", "T-K4": "denied 0.00", "T-K5": "denied 0.00" });
    expect(two.get("T-K4")?.reasons[0]?.facts).toMatchObject({ cap: 2, earlierGrants: ["T-K1", "T-K2", "T-K3"] });
    expect(paramRead(two.get("T-K4"), "trainingSubsidy.annualCap")).toMatchObject({ value: 2, layer: "reform.cap2", inForceFrom: "2020-07-01" });
    expect(paramRead(two.get("T-K3"), "trainingSubsidy.annualCap")).toMatchObject({ value: 3, layer: "national.gbf2019" });
    const four = decide(mustReform(P, [patch("cap4", "trainingSubsidy.annualCap", "2020-07-01", "2022-01-01", 4)]), d);
    // cap 4 from 07-01: K4 (SEW 800.00) is the 4th, paid; K5 the 5th, refused: 1000 + 1200 + 900 + 800 = 3900.00
    expect(oa(four)).toMatchObject({ "T-K4": "granted 800.00", "T-K5": "denied 0.00" });
    // appraisal subsidies do not count toward the cap: 5 × 120.00 under each
    for (const m of [base, two, four]) expect(["K1", "K2", "K3", "K4", "K5"].map((k) => m.get(`A-${k}`)?.amount)).toEqual(Array(5).fill("120.00"));
  });

  it("the appraisal table 「初级工、中级工 120 元」 lowered to 100 from 2020-07-01 until 2021-07-01 goes 「以证书发放日期为准」, the plan's table before and after", () => {
    const P = priced();
    const d = doc(worker([["K1", "ELEC", "junior", "2020-06-30"], ["K2", "WELD", "junior", "2020-07-01"], ["K3", "FORK", "junior", "2021-06-30"], ["K4", "SEW", "junior", "2021-07-01"]]));
    const r = decide(mustReform(P, [patch("ap", "appraisalSubsidy.standards", "2020-07-01", "2021-07-01", TABLE("100.00"))]), d);
    // 06-30: 120 (jx2019); 07-01 and 2021-06-30: 100 (reform); 2021-07-01: 120 again (jx2019)
    expect(["K1", "K2", "K3", "K4"].map((k) => [r.get(`A-${k}`)?.amount, r.get(`A-${k}`)?.lines[0]?.layer])).toEqual([
      ["120.00", "zhejiang.jiaxing.jx2019"],
      ["100.00", "reform.ap"],
      ["100.00", "reform.ap"],
      ["120.00", "zhejiang.jiaxing.jx2019"],
    ]);
    expect(r.get("A-K2")?.lines[0]?.citation.provision).toBe("jx2019.appraisal-subsidy");
  });

  it("「上浮 30%」 raised to 50 % from 2020-07-01 until 2021-07-01: 1000 × 1.3, 900 × 1.5, 1200 × 1.3 by issue date", () => {
    const P = priced();
    const d = doc(worker([["K1", "ELEC", "junior", "2020-06-30"], ["K2", "FORK", "junior", "2020-07-01"], ["K3", "WELD", "junior", "2021-07-01"]], ["enterpriseEmployee", "tradeFrictionAffected"]));
    const r = decide(mustReform(P, [patch("up50", "trainingSubsidy.tradeFrictionUplift", "2020-07-01", "2021-07-01", { rate: "0.50", status: "tradeFrictionAffected" })]), d);
    // 1000 × 1.3 = 1300.00; 900 × 1.5 = 1350.00 (reform.up50); 1200 × 1.3 = 1560.00 (after until: jx2019's 30 % again)
    expect(["T-K1", "T-K2", "T-K3"].map((k) => [r.get(k)?.amount, r.get(k)?.lines[0]?.layer])).toEqual([
      ["1300.00", "zhejiang.jiaxing.jx2019"],
      ["1350.00", "reform.up50"],
      ["1560.00", "zhejiang.jiaxing.jx2019"],
    ]);
  });

  it("compare equals the batches decided separately — per claim, every total, attribution summing to each delta, each claim once — for three stacked patches over a prior ledger", () => {
    const P = priced();
    const raw = worker(FIVE, ["enterpriseEmployee", "tradeFrictionAffected"]);
    // a prior grant of 2020 (another occupation) takes one of the year's places
    raw.ledger = [{ id: "G-0", claimId: "G-0", traineeId: "P-1", measure: "trainingSubsidy", provision: "jx2019.catalogue", payee: { kind: "trainee", id: "P-1" }, amount: "1000.00", basisDate: "2020-01-10", occupationCode: "EX-XXXX", level: "junior" }];
    raw.claims.push({ ...raw.claims[0] }); // the same claim filed twice: one claim
    const d = doc(raw);
    const R = mustReform(P, [
      patch("cap4", "trainingSubsidy.annualCap", "2020-07-01", "2022-01-01", 4),
      patch("up50", "trainingSubsidy.tradeFrictionUplift", "2020-07-01", "2022-01-01", { rate: "0.50", status: "tradeFrictionAffected" }),
      patch("ap", "appraisalSubsidy.standards", "2020-07-01", "2022-01-01", TABLE("100.00")),
    ]);
    const b = decide(P, d);
    const r = decide(R, d);
    const c = compare(P, R, d);
    expect(c.claims.length).toBe(10);
    let tb = 0;
    let tr = 0;
    for (const x of c.claims) {
      tb += paidFen(b.get(x.claimId));
      tr += paidFen(r.get(x.claimId));
      expect([x.claimId, fen(x.delta), x.reformed.outcome]).toEqual([x.claimId, paidFen(r.get(x.claimId)) - paidFen(b.get(x.claimId)), r.get(x.claimId)?.outcome]);
      expect(x.attribution.reduce((s, a) => s + fen(a.delta), 0)).toBe(fen(x.delta));
    }
    // by hand, base: G-0 + K1 + K2 fill 3; K3–K5 refused: 1000 × 1.3 + 1200 × 1.3 = 2860.00 + 5 × 120 = 3460.00
    // reformed: K4 (07-01) is the 4th under cap 4: 800 × 1.5 = 1200.00; K3 (06-30) under 3: refused; appraisal 3 × 120 + 2 × 100 = 560
    expect([c.totals.all.base, c.totals.all.reformed]).toEqual(["3460.00", "4620.00"]); // 2860 + 1200 + 560 = 4620.00
    expect([fen(c.totals.all.base), fen(c.totals.all.reformed)]).toEqual([tb, tr]);
    for (const rows of [c.totals.byProvision, c.totals.byPayeeKind, c.totals.byRegion, c.totals.byOccupation, c.totals.byReform]) expect(rows.reduce((s, x) => s + fen(x.delta), 0)).toBe(tr - tb);
    // step 1 (cap 4): K4 paid 800 × 1.3 = 1040.00; step 2 (50 %): 800 × 0.2 = 160.00; step 3: K4, K5 at 100 − 120 = −40.00
    expect(c.totals.byReform.map((x) => [x.reform, x.delta])).toEqual([["reform.cap4", "1040.00"], ["reform.up50", "160.00"], ["reform.ap", "-40.00"]]);
  });

  it("a patch restating the catalogue from 2020-07-01 changes no decision, yet is a new policy", () => {
    const P = priced();
    const d = doc(worker(FIVE));
    const same = mustReform(P, [patch("same", "trainingSubsidy.catalogue", "2020-07-01", "2022-01-01", JXCAT)]);
    const c = compare(P, same, d);
    expect([c.totals.all.changed, c.totals.all.delta, c.unread.length, same.hash !== P.hash]).toEqual([0, "0.00", 0, true]);
  });

  it("bad patches are typed issues naming the field, never a throw or an ignored change", () => {
    const cat = JSON.parse(JSON.stringify(JXCAT));
    const cases: [O, string, string][] = [
      [{ parameter: "trainingSubsidy.annualCap", from: "2020-07-01", value: -1 }, "changes.0.value", "too_small"],
      [{ parameter: "trainingSubsidy.annualCap", from: "2020-07-01", until: "2020-07-01", value: 2 }, "changes.0.until", "end_before_start"],
      [{ parameter: "trainingSubsidy.annualCap", from: "2021-02-29", value: 2 }, "changes.0.from", "invalid_date"],
      [{ parameter: "trainingSubsidy.annualCap", from: "2020-07-01", until: "2021-13-01", value: 2 }, "changes.0.until", "invalid_date"],
      [{ parameter: "trainingSubsidy.tradeFrictionUplift", from: "2020-07-01", value: { rate: "0.3", status: "nobody" } }, "changes.0.value.status", "invalid_value"],
      [{ parameter: "appraisalSubsidy.standards", from: "2020-07-01", value: { ...TABLE("120.001") } }, "changes.0.value.junior", "invalid_amount"],
      [{ parameter: "livingAllowance.dailyRate", from: "2020-07-01", value: "60.001" }, "changes.0.value", "invalid_amount"],
      [{ parameter: "trainingSubsidy.catalogue", from: "2020-07-01", value: { ...cat, entries: cat.entries.slice(1) } }, "changes.0.value", "incomplete_table"],
      [{ parameter: "trainingSubsidy.catalogue", from: "2020-07-01", value: { ...cat, entries: [...cat.entries, cat.entries[0]] } }, "changes.0.value.entries.13", "duplicate_catalogue_entry"],
    ];
    for (const [ch, path, code] of cases) {
      const r = reform(priced(), { id: "bad", label: L, changes: [ch] });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.issues.map((i) => [i.path.join("."), i.code])).toContainEqual([path, code]);
      for (const i of r.issues) expect(i.message.zh.length > 0 && i.message.en.length > 0).toBe(true);
    }
  });
});

describe("cold review 79: records (each fails on the code as it stands, F1 mended)", () => {
  const widen = (from: string, until: string) => mustReform(priced(), [patch("la-scope", "livingAllowance.scopeAdjustment", from, until, ["unemployed"])]);

  // Mended (31bb7e8); seen failing as `it` before.
  it("F1a (money) 「在培训期间通过就业补助资金按每人每天 50 元标准给予生活费补贴」: a widening of the groups from 2020-06-05 pays the days trained from it", () => {
    const base = decide(priced(), doc(allowance(["unemployed"])));
    expect(base.get("L-1")?.reasons.map((x) => x.code)).toEqual(["not_in_living_allowance_group"]);
    // the whole course inside the widening: 10 × 50 = 500.00 (control: so the patch is read)
    expect(decide(widen("2020-06-01", "2022-01-01"), doc(allowance(["unemployed"]))).get("L-1")?.amount).toBe("500.00");
    // attended dates listed, all from 06-05: 6 × 50 = 300.00 (as it stands: denied, read on the course's start 06-01)
    const listed = ["2020-06-05", "2020-06-06", "2020-06-07", "2020-06-08", "2020-06-09", "2020-06-10"];
    expect(decide(widen("2020-06-05", "2022-01-01"), doc(allowance(["unemployed"], { attendedDays: 6, attendedDates: listed }))).get("L-1")?.amount).toBe("300.00");
  });

  // Mended (31bb7e8); seen failing as `it` before.
  it("F1b (money) a widening of the groups from 2020-06-05 pays a course attended 06-01…06-10 for its days from 06-05: 6 × 50 = 300.00, not 0", () => {
    expect(decide(widen("2020-06-05", "2022-01-01"), doc(allowance(["unemployed"]))).get("L-1")?.amount).toBe("300.00");
  });

  // Mended (31bb7e8); seen failing as `it` before.
  it("F1c (money) a widening that ends on 2020-06-05 pays only 06-01…06-04: 4 × 50 = 200.00, not 500.00", () => {
    expect(decide(widen("2020-01-01", "2020-06-05"), doc(allowance(["unemployed"]))).get("L-1")?.amount).toBe("200.00");
  });

  it.fails("F2 (money) ending the province's widening of the living-allowance groups (null, in Jiaxing an empty list) does not pay a pensioner the plan refuses", () => {
    const d = doc(allowance(["employmentDifficulty"], {}, { birthDate: "1955-01-01", monthlyPensionEntitled: true, receivesMonthlyPension: true }));
    const P = priced();
    expect(decide(P, d).get("L-1")?.reasons.map((x) => x.code)).toEqual(["monthly_pension_entitled"]);
    const p = mustReform(P, [patch("nul", "livingAllowance.scopeAdjustment", "2020-01-01", "2022-01-01", null)]);
    // as it stands: granted 10 × 50 = 500.00, no warning
    expect(compare(P, p, d).claims[0]?.delta).toBe("0.00");
  });

  const affected = () => doc(worker([["K1", "ELEC", "junior", "2020-06-30"], ["K2", "ELEC", "intermediate", "2020-07-01"], ["K3", "WELD", "junior", "2020-08-01"]], ["enterpriseEmployee", "tradeFrictionAffected"]));
  const cat1600 = (base: Policy = priced()) => {
    const up = JSON.parse(JSON.stringify(JXCAT));
    up.entries[1].standard = "1600.00"; // EX-ELEC 中级工 1500 → 1600
    return mustReform(base, [patch("up", "trainingSubsidy.catalogue", "2020-07-01", "2022-01-01", up)]);
  };

  it.fails("F3 (money mis-attributed) 「参照同类职业（工种）补贴标准上浮 30%」: by provision, the uplift is 30 % of the standard, and a catalogue patch is credited to the catalogue", () => {
    const P = priced();
    const c = compare(P, cat1600(P), affected());
    const row = c.totals.byProvision.find((x) => x.key === "jx2019.trade-friction-uplift");
    // the catalogue patch: 1600 × 1.3 − 1500 × 1.3 = 130.00, caused by the catalogue row, not by 三(二)
    expect(c.totals.byReform.map((x) => [x.provision, x.delta])).toEqual([["jx2019.catalogue", "130.00"]]);
    // the uplift's own money in base: 0.3 × (1000 + 1500 + 1200) = 1110.00 (as it stands: 4810.00, the whole lines)
    expect(row?.base).toBe("1110.00");
  });

  it.fails("F4 (provenance) the line paid at a catalogue standard a reform set names the reform layer, for an affected worker as for another", () => {
    const plain = decide(cat1600(), doc(worker([["K2", "ELEC", "intermediate", "2020-07-01"]]))).get("T-K2");
    expect([plain?.amount, plain?.lines[0]?.layer]).toEqual(["1600.00", "reform.up"]); // control
    const up = decide(cat1600(), affected()).get("T-K2");
    expect(up?.amount).toBe("2080.00"); // 1600 × 1.3
    expect(up?.lines.map((l) => l.layer)).toContain("reform.up"); // as it stands: ["zhejiang.jiaxing.jx2019"]
  });

  it.fails("F5 (held counted as saved) a claim the lowered cap holds (earlier_claim_undecided) has no definite difference of −900.00", () => {
    const P = priced();
    const raw = worker([["K1", "ELEC", "junior", "2020-01-15"], ["K2", "WELD", "junior", "2020-03-01"], ["K3", "FORK", "junior", "2020-08-01"]]);
    raw.courses = ["C-1", "C-2"].map((id) => ({ id, traineeId: "P-1", kind: "skillUpgrade", occupation: { code: "EX-ELEC", name: "电工（示意）" }, classHours: 40, startDate: "2020-01-02", endDate: "2020-01-10", attendedDays: 9, region: "zhejiang.jiaxing.haining" }));
    raw.certificates[0].courseId = "C-1";
    raw.claims[0].courseId = "C-2"; // T-K1 held: course_not_certificate_course
    const d = doc(raw);
    const R = mustReform(P, [patch("cap2", "trainingSubsidy.annualCap", "2020-07-01", "2022-01-01", 2)]);
    // base: T-K2 1200 (1 grant + 1 held < 3), T-K3 900 (1 + 1 < 3); reformed: T-K3 1 + 1 ≥ 2: held
    expect([decide(P, d).get("T-K3")?.amount, decide(R, d).get("T-K3")?.reasons[0]?.code]).toEqual(["900.00", "earlier_claim_undecided"]);
    const x = compare(P, R, d).claims.find((k) => k.claimId === "T-K3");
    // if T-K1 is refused T-K3 is paid 900.00 (delta 0.00); if paid, T-K3 is refused (−900.00): unknown, not −900.00
    expect(x?.delta).not.toBe("-900.00");
  });

  // Mended the same morning (src/reform/valueSchema.ts: invalid_decimal, invalid_share, invalid_percent, invalid_count); seen failing as `it` before.
  it("F6 (no money) a negative uplift rate and a cap written \"2\" are told in words, the Chinese message in Chinese", () => {
    const r1 = reform(priced(), patch("neg", "trainingSubsidy.tradeFrictionUplift", "2020-07-01", undefined, { rate: "-0.30", status: "tradeFrictionAffected" }));
    const r2 = reform(priced(), patch("str", "trainingSubsidy.annualCap", "2020-07-01", undefined, "2"));
    const msgs = [r1, r2].flatMap((r) => (r.ok ? [] : r.issues.map((i) => i.message)));
    expect(msgs.length).toBe(2);
    for (const m of msgs) {
      expect(m.en).not.toMatch(/\/\^/); // as it stands: "Invalid string: must match pattern /^\d{1,9}(\.\d{1,4})?$/"
      expect(m.zh).not.toMatch(/[A-Za-z]{3,}|\/\^/); // as it stands: “期望 数字，实际接收 string”
    }
  });
});
