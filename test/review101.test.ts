/**
 * Cold review 101 (HEAD a8cf891, branch review101): DATES AT THE EDGES, as money — every date threshold the texts set or
 * the library reads, at the day, the day before and the day after, for the ordinary claimant first (a local worker with a
 * residency basis and no special status), under two time zones.
 *
 * ── My table, written from law/sources/*.txt before the code ───────────────────────────────────────────────────────────
 * T1 jx2019 in force: 「本方案自印发之日起施行」, printed 「2019 年 12 月 13 日印发」; a three-year action 「2019-2021 年」, so to
 *    2021-12-31 (reading jiaxing-plan-in-force). A Jiaxing amount for a basis dated 2019-12-12 comes from no Jiaxing text;
 *    one of 2019-12-13 and of 2021-12-31 is the plan's; one of 2022-01-01 is no longer the plan's (held for a later text).
 *    The basis date of a training subsidy is the certificate's issue date (the plan pays on the certificate obtained, 「为主要依据」; the
 *    appraisal subsidy says so in terms: 「以证书发放日期为准」), not the filing date nor `--on`.
 * T2 Appraisal subsidy: 「职业技能鉴定补贴从 2020 年 1 月 1 日起执行，以证书发放日期为准」: 2019-12-31 nothing, 2020-01-01
 *    初级工 120, 2020-01-02 120; judged later (`--on` 2020-01-01) does not move a 2019-12-31 certificate into it.
 * T3 gbf2019 (issued 2019年5月18日, the action 「2019 年至 2021 年」): a national claim dated 2019-05-17 belongs to no text of the
 *    national chain held (held, not refused); 2019-05-18 … 2021-12-31 under gbf2019; 2022-01-01 under gbf2019 alone: held.
 *    Under the national frameworks plan2021 carries it (from 2022-01-01, reading plan2021-start) and op2025
 *    (「从2025年到2027年底」) to 2027-12-31; 2028-01-01 held. The insured skill-upgrade subsidy is a standing measure.
 * T4 Annual cap: 「职业培训补贴原则上每人每年可享受不超过 3 次」 — three in the calendar year of the certificates' issue (reading
 *    annual-cap-calendar-year): a 4th certificate issued 12-31 is refused, one issued 01-01 of the next year paid, whatever
 *    the filing date; a course across the year end counts in the year of its certificate.
 * T5 Age: the only age the texts touch is 「超过退休年龄，不具有按月领取养老金资格」 (jx2019) — no number; the library asks the
 *    entitlement from 60 (a parameter outside the text). 60 and 16 are multiples of 4, so a 29 February birthday always
 *    reaches them in a leap year: born 1960-02-29, on 2020-02-28 aged 59, on 2020-02-29 aged 60. The texts set no 16.
 * T6 Pre-job: 「在员工入职 12 个月内」: hired 2020-02-29, 12 months end on 2021-02-28 (no 29 February in 2021; the civil-law
 *    rule, 没有对应日的，月末日为期间的最后一日): training ending 2021-02-28 is in, 2021-03-01 out. Hired 2019-02-28: to 2020-02-28.
 * T7 Living allowance: 「在培训期间通过就业补助资金按每人每天 50 元标准给予生活费补贴」 — each day once; 29 February is a day.
 *    Days from 2022-01-01 are after the plan (unpaid, not refused); days before 2019-12-13 have no Jiaxing rate.
 * T8 Apprenticeship: 「职工学徒按每人每年 4000 元至 10000 元的标准给予企业补贴，补助原则上不超过 2 年」; a student
 *    「每人每年不高于 3000 元，补助」 「不超过 1 年」. A year from 2020-02-29 ends 2021-02-28; the second begins 2021-03-01.
 *    A record from 2020-01-31 to 2020-02-29 is one month; to 2020-02-28, none. Terms read on the record's first day
 *    (reading apprenticeship-terms-at-start): 2019-12-12 no terms; 2019-12-13 and 2021-12-31 the plan's; 2022-01-01 none.
 * T9 以工代训 (gbf2019): 「给予一定期限的职业培训补贴，最长不超过 6个月」 — months, by the person; no year cap; a month of a
 *    leap February is one month.
 * T10 Trade-friction uplift: 「2021 年底前」, on the certificate's issue date (reading trade-friction-until-end-2021).
 * T11 Deadlines: no text sets a time limit for applying after the certificate (no “within N months, apply”); a late claim is not refused.
 *
 * Read: law/sources/{gbf2019,jx2019,op2025,plan2021,gf2018}.txt, law/sources.json, law/readings/{civil-dates,
 * annual-cap-calendar-year, before-first-day-denied-after-last-undecidable, jiaxing-plan-in-force,
 * national-measures-end-with-framework, trade-friction-until-end-2021, pre-job-within-12-months,
 * apprenticeship-month-count, apprenticeship-terms-at-start, apprenticeship-years-over-history, pension-entitlement-test,
 * national-pension-scope, plan2021-start, plausible-record-dates, appraisal-first-by-certificates}.yaml; afterwards
 * src/core/date.ts (addMonths, monthEnd), src/core/parameter.ts (valueAt), src/provisions/groups/olderMigrants.ts (ageOn),
 * src/jurisdictions/jiaxing/{preJobTraining,apprenticeshipSubsidy,overRetirement,safetyTraining}.ts,
 * src/provisions/common.ts (scopeCitation).
 * Ran: npm run build; every case below through parseClaimsDocument → evaluateBatch, the whole file under
 * TZ=Asia/Shanghai and TZ=America/Los_Angeles (identical outcomes); the command line (node dist/cli.js evaluate, a chained
 * run through --grants-out / --ledger, --on, a catalogue effective 2019-06-01) as a child process under both zones
 * (byte-identical output). src/ holds no `new Date`, `Date.now` or getTimezoneOffset: dates are compared as strings.
 * Amounts are ILLUSTRATIVE: the Jiaxing catalogue fixtures/jiaxing/catalogue-2020.json (EX-ELEC 初级工 1000.00, EX-WELD
 * 1200.00, EX-FORK 900.00, EX-SEW 初级工 800.00), the example city's catalogue and standards of test/support (living
 * allowance 50.00 a day, 以工代训 500.00 a month), an apprenticeship standard of 6000.00 a year, a student's internship
 * allowance of 2500.00 a month. The 120 元 of the appraisal subsidy and 50 元 a day in Jiaxing are the text's.
 *
 * ── Findings ─────────────────────────────────────────────────────────────────────────────────────────────────────────
 * No money finding: every threshold of the table above holds, at the day, the day before and the day after, under both
 * zones (the controls below).
 * F1 (attribution only, no money; 55 %) — a basis dated before jx2019 is in force cites jx2019. Jiaxing, priced by a
 *    catalogue edition in force from 2019-06-01 (an input the command line accepts with --catalogue), a certificate issued
 *    2019-12-12: 1000.00 paid (right: gbf2019 §(十二) lets the city set its standard, and gbf2019's groups take an 企业职工),
 *    but the decision names jx2019.supersession (course_in_jurisdiction) and jx2019.catalogue (catalogue_entry,
 *    training_subsidy_standard) — provisions of a text 「自印发之日起施行」, printed 「2019 年 12 月 13 日印发」, the day after.
 *    Cause: src/provisions/common.ts:19-23 (scopeCitation takes the governing layer's scope whatever the date) and the
 *    catalogue source's fixed citation (src/jurisdictions/jiaxing/jx2019.ts JIAXING_CATALOGUE_SOURCE, through
 *    withCatalogue). Mend: pick the scope of the lowest layer with a region whose texts are in force on the claim's date
 *    (else gbf2019.local-standards), and cite gbf2019.catalogues for an edition's days before its layer's first day (or
 *    refuse an edition effective before its layer's text as invalid input).
 * Note (no finding, 25 %): ageOn (src/provisions/groups/olderMigrants.ts:40-43) makes a person N on the birthday itself but,
 *    born on 29 February, on 1 March of a common year; the rule of 周岁 (from the day after the birthday) would make both a
 *    day later. No money at the shipped threshold (60, always reached on a leap-year 29 February) and the 60 itself is a
 *    presumption outside the text; a pack with an age ceiling not a multiple of 4 would see the 1 March rule.
 * Note (no finding): trainee statuses carry no dates, so 「毕业年度学生」 (plan2021 §(十)) — a status bounded by a year — is
 *    read as true on every certificate of the record; not the ordinary claimant, not probed for money.
 *
 * Controls that hold (plain `it`): T1–T11 as listed in each test's name.
 * Mended in part (2026-12-07, the lead, 0594299): the course's place is now cited to the text governing its last day
 *    (gbf2019 on 2019-12-12; cold review 44's record of the same case mended with it). Left: the line's citation,
 *    jx2019.catalogue, the catalogue source's, for an edition in force from 2019-06-01 — a catalogue's publisher is
 *    one citation whatever the edition's day (src/jurisdictions/catalogueSource.ts); attribution, no money.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, nationalFrameworksPolicy, nationalPolicy, parseClaimsDocument, parseSubsidyCatalogue, withJiaxingCatalogue } from "../src/index.js";
import { apprentice, period } from "./support/apprenticeship.js";
import { appraisal, cert, course, E1, FORK, JX, ts, WELD, withIllustrativeLocal, worker } from "./support/ordinary.js";
import { E1 as WE1, E2 as WE2, poor, wft } from "./support/workForTraining.js";

type O = Record<string, any>;
const decide = (doc: O, policy: Policy, on?: string): Record<string, Decision> => {
  const p = parseClaimsDocument(doc);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  if (p.value.invalid.length > 0) throw new Error(JSON.stringify(p.value.invalid));
  const r = evaluateBatch(policy, p.value.document, on === undefined ? {} : ({ on } as never));
  return Object.fromEntries(r.decisions.map((d) => [d.claimId, d]));
};
const got = (d: Decision | undefined) => `${d?.outcome}:${d?.amount ?? null}`;
const codes = (d: Decision | undefined) => (d?.reasons ?? []).map((r) => r.code);
const provisions = (d: Decision | undefined) => (d?.reasons ?? []).map((r) => r.citation.provision);
const factsOf = (d: Decision | undefined, code: string) => d?.reasons.find((r) => r.code === code)?.facts as O | undefined;

const ELEC = { code: "EX-ELEC", name: "电工（示意）" };
const SEW = { code: "EX-SEW", name: "缝纫工（示意）" };
const CITY = "example.city";
/** The national texts with the example city's ILLUSTRATIVE catalogue and standards. */
const NAT = withIllustrativeLocal(nationalPolicy());
const NF = withIllustrativeLocal(nationalFrameworksPolicy());
const cityWorker = worker({ hukouRegion: CITY, unemploymentInsuranceMonths: { [CITY]: 24 }, employerId: undefined });

/** The ordinary Jiaxing worker's one-day EX-ELEC course and certificate issued `d`, the training and appraisal subsidies claimed on `sub`. */
const jxOn = (d: string, sub = d, o: O = {}): O => ({
  trainees: [worker(o)],
  enterprises: [E1],
  courses: [course("K1", { startDate: "2019-11-01", endDate: "2019-11-10" })],
  certificates: [cert("C1", { issuedOn: d })],
  claims: [ts("A", "C1", { submittedOn: sub }), appraisal("B", "C1", { submittedOn: sub })],
});
/** The example city's insured worker, certificate issued `d`, the training and skill-upgrade subsidies claimed that day. */
const cityOn = (d: string): O => ({
  trainees: [cityWorker],
  courses: [course("K1", { region: CITY, organizerId: undefined, startDate: d, endDate: d, attendedDays: 1, classHours: 8 })],
  certificates: [cert("C1", { issuedOn: d, occupation: { code: "EX-ELEC", name: "示例电工" } })],
  claims: [ts("A", "C1", { submittedOn: d }), { id: "S", measure: "insuredSkillUpgradeSubsidy", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, certificateId: "C1", submittedOn: d }],
});

describe("T1/T2 — jx2019's days and the appraisal subsidy's 「从 2020 年 1 月 1 日起执行，以证书发放日期为准」", () => {
  it("the appraisal subsidy: a certificate of 2019-12-31 is denied, of 2020-01-01 and 2020-01-02 paid 120.00, of 2021-12-31 paid, of 2022-01-01 held", () => {
    // 「补贴标准为初级工、中级工 120 元」 from 2020-01-01 by issue date; after the three-year action no Jiaxing standard (held).
    expect(got(decide(jxOn("2019-12-31", "2020-02-01"), JX)["B"])).toBe("denied:0.00");
    expect(codes(decide(jxOn("2019-12-31", "2020-02-01"), JX)["B"])).toContain("before_provision_start");
    expect(got(decide(jxOn("2020-01-01"), JX)["B"])).toBe("granted:120.00");
    expect(got(decide(jxOn("2020-01-02"), JX)["B"])).toBe("granted:120.00");
    expect(got(decide(jxOn("2021-12-31"), JX)["B"])).toBe("granted:120.00");
    expect(got(decide(jxOn("2022-01-01"), JX)["B"])).toBe("undecidable:null");
  });

  it("the issue date decides, not the day judged: a 2019-12-31 certificate judged --on 2020-01-01 is still denied; a 2021-12-31 certificate filed and judged on 2023-06-01 is paid 1000.00 + 120.00 (no text sets a deadline)", () => {
    expect(got(decide(jxOn("2019-12-31", "2020-01-01"), JX, "2020-01-01")["B"])).toBe("denied:0.00");
    for (const on of [undefined, "2023-06-01"]) {
      const r = decide(jxOn("2021-12-31", "2023-06-01"), JX, on);
      // EX-ELEC 初级工 1000.00 (ILLUSTRATIVE row) + 初级工 120 元 (the text's)
      expect([got(r["A"]), got(r["B"])]).toEqual(["granted:1000.00", "granted:120.00"]);
    }
  });

  it("the training subsidy at the plan's end: 2021-12-31 paid 1000.00, 2022-01-01 held (provision_not_in_force), never refused", () => {
    expect(got(decide(jxOn("2021-12-31"), JX)["A"])).toBe("granted:1000.00");
    const after = decide(jxOn("2022-01-01"), JX)["A"];
    expect(got(after)).toBe("undecidable:null");
    expect(codes(after)).toContain("provision_not_in_force");
  });
});

describe("T3 — the national texts' days", () => {
  it("under gbf2019 alone: 2019-05-17 held, 2021-12-31 paid 1000.00, 2022-01-01 held; under the frameworks 2022-01-01 paid 1000.00", () => {
    expect(got(decide(cityOn("2019-05-17"), NAT)["A"])).toBe("undecidable:null");
    expect(got(decide(cityOn("2021-12-31"), NAT)["A"])).toBe("granted:1000.00");
    expect(got(decide(cityOn("2022-01-01"), NAT)["A"])).toBe("undecidable:null");
    expect(got(decide(cityOn("2022-01-01"), NF)["A"])).toBe("granted:1000.00");
  });

  it("op2025's 「到2027年底」: a training subsidy of 2027-12-31 is paid 1000.00, of 2028-01-01 held; the skill-upgrade subsidy, a standing measure, is paid 1000.00 on 2028-01-01", () => {
    expect(got(decide(cityOn("2027-12-31"), NF)["A"])).toBe("granted:1000.00");
    const r = decide(cityOn("2028-01-01"), NF);
    expect(got(r["A"])).toBe("undecidable:null");
    // the illustrative skill-upgrade standard, 初级工 1000.00
    expect(got(r["S"])).toBe("granted:1000.00");
  });
});

describe("T4 — 「每人每年可享受不超过 3 次」 at the year end", () => {
  const four = (d4: string): O => {
    const occs = [ELEC, WELD, FORK, SEW];
    const dates = ["2020-03-01", "2020-05-01", "2020-07-01", d4];
    return {
      trainees: [worker()],
      enterprises: [E1],
      // the 4th course runs across the year end when its certificate is of 2021-01-01
      courses: occs.map((o, i) => course(`K${i}`, { occupation: o, startDate: i === 3 ? "2020-12-31" : dates[i], endDate: dates[i], attendedDays: 1, classHours: 8 })),
      certificates: occs.map((o, i) => cert(`C${i}`, { occupation: o, issuedOn: dates[i], courseId: `K${i}` })),
      claims: occs.map((_, i) => ts(`A${i}`, `C${i}`, { submittedOn: "2021-01-05" })),
    };
  };
  it("a 4th certificate issued 2020-12-31 (filed 2021-01-05) is refused as the 4th of 2020; issued 2021-01-01 it is the 1st of 2021 and paid 800.00", () => {
    const dec = decide(four("2020-12-31"), JX);
    // 1000.00 + 1200.00 + 900.00 paid, the 4th refused
    expect(["A0", "A1", "A2", "A3"].map((id) => got(dec[id]))).toEqual(["granted:1000.00", "granted:1200.00", "granted:900.00", "denied:0.00"]);
    expect(codes(dec["A3"])).toContain("annual_cap_reached");
    const jan = decide(four("2021-01-01"), JX);
    // EX-SEW 初级工 800.00, counted in 2021
    expect(got(jan["A3"])).toBe("granted:800.00");
    expect(factsOf(jan["A3"], "within_annual_cap")?.["year"]).toBe(2021);
  });

  it("the same through the command line, chained (--grants-out then --ledger), under TZ=Asia/Shanghai and TZ=America/Los_Angeles: byte-identical, 12-31 refused and 01-01 paid", () => {
    const dir = mkdtempSync(join(tmpdir(), "r101-"));
    const base = four("2020-12-31");
    const first = { ...base, courses: base.courses.slice(0, 3), certificates: base.certificates.slice(0, 3), claims: base.claims.slice(0, 3) };
    writeFileSync(join(dir, "run1.json"), JSON.stringify(first));
    for (const d of ["2020-12-31", "2021-01-01"]) {
      const b = four(d);
      writeFileSync(join(dir, `run2-${d}.json`), JSON.stringify({ ...b, courses: b.courses.slice(3), certificates: b.certificates.slice(3), claims: b.claims.slice(3) }));
    }
    const outs: Record<string, string> = {};
    for (const tz of ["Asia/Shanghai", "America/Los_Angeles"]) {
      const env = { ...process.env, TZ: tz };
      const g = join(dir, `g-${tz.replace("/", "_")}.json`);
      const r1 = spawnSync("node", ["dist/cli.js", "evaluate", join(dir, "run1.json"), "--catalogue", "fixtures/jiaxing/catalogue-2020.json", "--grants-out", g, "--format", "csv", "--quiet"], { env, encoding: "utf8" });
      expect(r1.status).toBe(0);
      let text = r1.stdout + readFileSync(g, "utf8");
      for (const d of ["2020-12-31", "2021-01-01"]) {
        const r2 = spawnSync("node", ["dist/cli.js", "evaluate", join(dir, `run2-${d}.json`), "--catalogue", "fixtures/jiaxing/catalogue-2020.json", "--ledger", g, "--format", "csv", "--quiet"], { env, encoding: "utf8" });
        expect(r2.status).toBe(0);
        text += r2.stdout;
      }
      outs[tz] = text;
    }
    expect(outs["Asia/Shanghai"]).toBe(outs["America/Los_Angeles"]);
    const lines = (outs["Asia/Shanghai"] as string).split("\n").filter((l) => l.startsWith("A3,"));
    expect(lines.map((l) => l.split(",")[2] + ":" + l.split(",")[5])).toEqual(["denied:0.00", "granted:800.00"]);
  }, 60_000);
});

describe("T5 — the age the library reads (pension asked from 60), born 29 February", () => {
  it("born 1960-02-29: a certificate of 2020-02-28 (aged 59) is paid 1000.00 + 120.00; of 2020-02-29 and 2020-03-01 (aged 60) held, asking the entitlement", () => {
    const before = decide(jxOn("2020-02-28", "2020-03-05", { birthDate: "1960-02-29" }), JX);
    expect([got(before["A"]), got(before["B"])]).toEqual(["granted:1000.00", "granted:120.00"]);
    for (const d of ["2020-02-29", "2020-03-01"]) {
      const r = decide(jxOn(d, "2020-03-05", { birthDate: "1960-02-29" }), JX);
      expect([got(r["A"]), got(r["B"])]).toEqual(["undecidable:null", "undecidable:null"]);
      expect(r["A"]?.missingFacts ?? []).toContain("trainee.monthlyPensionEntitled");
    }
  });
});

describe("T6 — pre-job training 「在员工入职 12 个月内」", () => {
  const preJob = (hire: string, start: string, end: string, days: number): O => ({
    trainees: [worker()],
    enterprises: [E1],
    courses: [course("K1", { kind: "preJob", occupation: SEW, level: undefined, classHours: 40, hireDate: hire, startDate: start, endDate: end, attendedDays: days })],
    certificates: [cert("C1", { kind: "specialAbilityCertificate", occupation: SEW, level: undefined, issuedOn: "2021-03-05" })],
    claims: [ts("A", "C1", { submittedOn: "2021-03-10", claimant: { kind: "organizer", id: "ORG1" } })],
  });
  it("hired 2020-02-29: training ending 2021-02-27 or 2021-02-28 is paid 800.00 (初级工 standard of EX-SEW), ending 2021-03-01 refused", () => {
    expect(got(decide(preJob("2020-02-29", "2021-02-22", "2021-02-27", 5), JX)["A"])).toBe("granted:800.00");
    const last = decide(preJob("2020-02-29", "2021-02-22", "2021-02-28", 5), JX)["A"];
    expect(got(last)).toBe("granted:800.00");
    expect(factsOf(last, "within_months_of_hire")?.["latestEnd"]).toBe("2021-02-28");
    expect(got(decide(preJob("2020-02-29", "2021-02-22", "2021-03-01", 5), JX)["A"])).toBe("denied:0.00");
  });
  it("hired 2019-02-28: the window ends 2020-02-28, a course ending on 29 February 2020 is refused", () => {
    const r = decide({ ...preJob("2019-02-28", "2020-02-24", "2020-02-29", 5), certificates: [cert("C1", { kind: "specialAbilityCertificate", occupation: SEW, level: undefined, issuedOn: "2020-03-05" })], claims: [ts("A", "C1", { submittedOn: "2020-03-10", claimant: { kind: "organizer", id: "ORG1" } })] }, JX)["A"];
    expect(got(r)).toBe("denied:0.00");
    expect(factsOf(r, "not_within_months_of_hire")?.["latestEnd"]).toBe("2020-02-28");
  });
});

describe("T7 — the living allowance, 50 元 a day", () => {
  const la = (s: string, e: string, n: number, sub = "2022-01-10"): O => ({
    trainees: [worker({ statuses: ["employmentDifficulty"], employerId: undefined, unemploymentInsuranceMonths: undefined })],
    enterprises: [E1],
    courses: [course("K1", { startDate: s, endDate: e, attendedDays: n })],
    certificates: [],
    claims: [{ id: "L", measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, courseId: "K1", submittedOn: sub }],
  });
  it("29 February is a day: 2020-02-27 … 03-02 is 5 × 50 = 250.00; 2021-02-27 … 03-02 is 4 × 50 = 200.00", () => {
    expect(got(decide(la("2020-02-27", "2020-03-02", 5), JX)["L"])).toBe("granted:250.00");
    expect(got(decide(la("2021-02-27", "2021-03-02", 4), JX)["L"])).toBe("granted:200.00");
  });
  it("across the plan's edges: 2021-12-30 … 2022-01-02 pays 2 × 50 = 100.00 and names the 2 days of 2022 unpaid; 2019-12-12 … 14 pays the 2 days from 2019-12-13", () => {
    const end = decide(la("2021-12-30", "2022-01-02", 4), JX)["L"];
    expect(got(end)).toBe("granted:100.00");
    expect(factsOf(end, "living_allowance_days")?.["unpaidDates"]).toEqual(["2022-01-01", "2022-01-02"]);
    const start = decide(la("2019-12-12", "2019-12-14", 3), JX)["L"];
    expect(got(start)).toBe("granted:100.00");
    expect(factsOf(start, "living_allowance_days")?.["unpaidDates"]).toEqual(["2019-12-12"]);
  });
  it("filed on the course's last day it is paid 10 × 50 = 500.00 (filed the day before, judged that day, it is held until the course has ended: reading living-allowance-during-course)", () => {
    expect(got(decide(la("2020-06-01", "2020-06-10", 10, "2020-06-10"), JX)["L"])).toBe("granted:500.00");
    // Changed 2026-12-08 (cold review 109 F5): the day before was denied judged_before_basis; now held, course_not_ended.
    expect(got(decide(la("2020-06-01", "2020-06-10", 10, "2020-06-09"), JX)["L"])).toBe("undecidable:null");
    expect(codes(decide(la("2020-06-01", "2020-06-10", 10, "2020-06-09"), JX)["L"])).toContain("course_not_ended");
  });
});

describe("T8 — the apprenticeship subsidy's years and months", () => {
  const yearClaim = (id: string, sub: string): O => ({ id, measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, apprenticeshipId: "AP", submittedOn: sub });
  const doc = (st: string, en: string, subs: string[], o: O = {}): O => ({ trainees: [apprentice], enterprises: [E1], apprenticeships: [period("AP", st, en, o)], claims: subs.map((s, i) => yearClaim(`Y${i + 1}`, s)) });
  it("terms on the first day: begun 2019-12-12 held; 2019-12-13 and 2021-12-31 paid 6000.00 (a year at 6000.00); 2022-01-01 held", () => {
    expect(got(decide(doc("2019-12-12", "2020-12-11", ["2020-12-11"]), JX)["Y1"])).toBe("undecidable:null");
    expect(got(decide(doc("2019-12-13", "2020-12-12", ["2020-12-12"]), JX)["Y1"])).toBe("granted:6000.00");
    expect(got(decide(doc("2021-12-31", "2022-12-30", ["2022-12-30"]), JX)["Y1"])).toBe("granted:6000.00");
    expect(got(decide(doc("2022-01-01", "2022-12-31", ["2022-12-31"]), JX)["Y1"])).toBe("undecidable:null");
  });
  it("a record begun 2020-02-29: its second year begins 2021-03-01 (refused as not begun on 2021-02-28, paid 6000.00 on 2021-03-01); begun 2020-01-31, on 2021-01-31", () => {
    const feb28 = decide(doc("2020-02-29", "2022-02-28", ["2020-03-10", "2021-02-28"]), JX);
    expect([got(feb28["Y1"]), got(feb28["Y2"])]).toEqual(["granted:6000.00", "denied:0.00"]);
    expect(factsOf(feb28["Y2"], "apprenticeship_year_not_begun")?.["firstDay"]).toBe("2021-03-01");
    expect(got(decide(doc("2020-02-29", "2022-02-28", ["2020-03-10", "2021-03-01"]), JX)["Y2"])).toBe("granted:6000.00");
    expect(got(decide(doc("2020-01-31", "2022-01-30", ["2020-02-10", "2021-01-30"]), JX)["Y2"])).toBe("denied:0.00");
    expect(got(decide(doc("2020-01-31", "2022-01-30", ["2020-02-10", "2021-01-31"]), JX)["Y2"])).toBe("granted:6000.00");
  });
  it("2020-01-31 … 2020-02-29 is one month, 6000 × 1 ÷ 12 = 500.00; … 2020-02-28 is none, refused too short", () => {
    expect(got(decide(doc("2020-01-31", "2020-02-29", ["2020-02-29"]), JX)["Y1"])).toBe("granted:500.00");
    expect(codes(decide(doc("2020-01-31", "2020-02-28", ["2020-02-28"]), JX)["Y1"])).toContain("apprenticeship_period_too_short");
  });
  it("a student apprentice (internship allowance 2500.00 a month, the year's amount ≤ 3000): 2020-02-29 … 2021-02-28 is 12 months, 2500.00; … 2021-02-27 is 11, 2500 × 11 ÷ 12 = 2291.67; a second year is refused (「不超过 1 年」)", () => {
    const student = { kind: "student", annualStandard: undefined, monthlyInternshipAllowance: "2500.00" };
    const ap = { ...apprentice, statuses: [] };
    expect(got(decide({ ...doc("2020-02-29", "2021-02-28", ["2021-02-28"], student), trainees: [ap] }, JX)["Y1"])).toBe("granted:2500.00");
    expect(got(decide({ ...doc("2020-02-29", "2021-02-27", ["2021-02-27"], student), trainees: [ap] }, JX)["Y1"])).toBe("granted:2291.67");
    const two = decide({ ...doc("2020-02-29", "2022-02-28", ["2021-03-01", "2021-03-01"], student), trainees: [ap] }, JX);
    expect([got(two["Y1"]), got(two["Y2"])]).toEqual(["granted:2500.00", "denied:0.00"]);
  });
});

describe("T9 — 以工代训 months (gbf2019 §(十一)), illustrative 500.00 a month", () => {
  const w = (months: string[], sub: string): O => ({ trainees: [poor()], enterprises: [WE1, WE2], claims: [wft("W", months, sub)] });
  it("February 2020 is one month, 500.00; November 2021 – January 2022 pays 2 months (1000.00) under gbf2019 alone and 3 (1500.00) under the frameworks", () => {
    expect(got(decide(w(["2020-02"], "2020-03-01"), NAT)["W"])).toBe("granted:500.00");
    expect(got(decide(w(["2021-11", "2021-12", "2022-01"], "2022-02-01"), NAT)["W"])).toBe("granted:1000.00");
    expect(got(decide(w(["2021-11", "2021-12", "2022-01"], "2022-02-01"), NF)["W"])).toBe("granted:1500.00");
  });
});

describe("T10 — the trade-friction uplift 「2021 年底前」", () => {
  it("a certificate of 2021-12-31 is raised by 30 % (1000 × 1.3 = 1300.00); of 2022-01-01 held", () => {
    const tf = (d: string) => decide({ ...jxOn(d, "2022-01-05", { statuses: ["enterpriseEmployee", "tradeFrictionAffected"] }), claims: [ts("A", "C1", { submittedOn: "2022-01-05" })] }, JX)["A"];
    expect(got(tf("2021-12-30"))).toBe("granted:1300.00");
    expect(got(tf("2021-12-31"))).toBe("granted:1300.00");
    expect(got(tf("2022-01-01"))).toBe("undecidable:null");
  });
});

describe("F1 — a basis before jx2019's first day, priced by a catalogue edition in force earlier", () => {
  const parsed = parseSubsidyCatalogue({ ...JSON.parse(readFileSync("fixtures/jiaxing/catalogue-2020.json", "utf8")), id: "jx-early", effectiveFrom: "2019-06-01" });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const EARLY = withJiaxingCatalogue(parsed.value);
  const day = (d: string) => decide({ ...jxOn(d), courses: [course("K1", { startDate: d, endDate: d, attendedDays: 1, classHours: 8 })], claims: [ts("A", "C1", { submittedOn: d })] }, EARLY)["A"];

  it("the money holds: an 企业职工's certificate of 2019-12-12 is paid 1000.00 under gbf2019's groups, of 2019-12-13 under jx2019", () => {
    expect(got(day("2019-12-12"))).toBe("granted:1000.00");
    expect(provisions(day("2019-12-12"))).toContain("gbf2019.subsidy-groups");
    expect(got(day("2019-12-13"))).toBe("granted:1000.00");
    expect(provisions(day("2019-12-13"))).toContain("jx2019.residency");
  });

  // 「本方案自印发之日起施行」, 「2019 年 12 月 13 日印发」: on 2019-12-12 no provision of jx2019 is in force, so none should be cited.
  it.fails("F1 (attribution, 55 %): the decision on a certificate of 2019-12-12 cites no provision of jx2019, a text in force from 2019-12-13", () => {
    const cited = provisions(day("2019-12-12")).filter((p) => p.startsWith("jx2019."));
    expect(cited).toEqual([]);
  });
});
