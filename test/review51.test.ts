/**
 * Cold review 51: the reform tools — a patch's decisions against amounts worked out by hand, `diff` against the two
 * runs decided separately, and bad patches. Reviewed at HEAD 0a81f78.
 *
 * Read: docs/policy-changes.md §1–2 (the patch fields, "How a reform works", `diff`, stacking, attribution);
 * src/reform/reform.ts (Patch, reform: unknown_parameter, end_before_start, the value schema, keysLeftOut, the
 * constraints loop, overlapping_changes, the layer it builds; reformAll, reformSteps), compare.ts (compare, brief,
 * paid, the Totals, the attribution by step, unreadParameters), parameters.ts (rulesReading); src/core/decision.ts
 * resolveParameter (a `replace` with `until`); src/provisions/apprenticeship/apprenticeshipFloor.ts and
 * src/jurisdictions/jiaxing/apprenticeshipSubsidy.ts (employeeApprenticeFloorConstraint, the term in months);
 * src/provisions/trainingSubsidy/annualCap.ts; law/sources/gbf2019.txt (the apprenticeship floor, 4000 元以上) and
 * jx2019.txt (4000 元至 10000 元, 原则上不超过 2 年); fixtures/reforms/*.json; `diff --help`; test/review49.test.ts.
 *
 * How: (1) fixtures/jiaxing/claims.json (all 2020) under the three fixture reforms (changes from 2021-01-01): nothing
 * may move; then patches dated inside its courses, checked day by day by hand. (2) 150 generated worlds (g14/g16 of
 * test/support/generatedWorld.ts; ~75 decidable documents, ~440 living-allowance and ~600 appraisal claims) under a
 * living allowance of 60.00 from 2020-06-01 until 2020-10-01 and an appraisal table lowered from 2020-06-01: every
 * living-allowance claim against Σ over its attended days of 60.00 inside the window and 50.00 outside (a course
 * crossing the window with unlisted days must be undecidable), every appraisal claim against the new standard of its
 * level when issued from 2020-06-01 and its old amount before, every other claim unmoved. (3) `compare` against the
 * base and reformed batches decided separately, claim by claim and in every total (all, by provision, reform, payee
 * kind, region, occupation; attribution summing to each claim's delta) for the rate patch, two stacked patches
 * (60.00 Jun–Sep, 70.00 in August over it) and a training-subsidy annual cap of 1 from 2020-06-01 over the priced
 * Jiaxing policy, with and without `on`. (4) 28 bad patches through `diff` (unknown ids, numbers for strings, 60.001,
 * -5.00, 60元, 2021-02-30, 2021-1-1, until before from, a table missing or adding a level, the apprenticeship terms
 * below the floor or upside down, a count of 1.5, extra keys …), in both languages. (5) Patches dated before and
 * after the plan's own dates (jx2019 in force 2019-12-13, appraisal standards from 2020-01-01, supersession
 * 2022-01-01).
 *
 * Found, money first:
 * 1. (money) A patch of the appraisal table without `until` runs past the plan's end (documented) but revives only the
 *    table: the plan's other conditions of the same measure, ending 2022-01-01, no longer apply. A pensioner denied in
 *    2021 (monthly_pension_entitled) is granted 200.00 for a certificate of 2022-03-01; `diff` says +200.00 with no
 *    warning.
 * 2. (money) A patch dated before a provision's own start moves the start: a patch restating the plan's own values
 *    (living allowance 50.00, the same appraisal table) from 2019 pays a certificate of 2019-12-31 that the plan
 *    denies before_provision_start (+150.00) and the four pre-plan days of a course of 2019-12-09 (+200.00).
 * 3. (money) The apprenticeship floor is checked on the range's `min` only: employee terms with `maxYears: 0` pass,
 *    and every employee apprentice is then denied (apprenticeship_term_used): 0 yuan a year, below the floor.
 * 4. breaks_constraint's Chinese message carries the constraint's English label (reform.ts passes `label.en`).
 *
 * Controls that held are `it(...)`; each defect is an `it.fails(...)` that asserts what is right and fails on the code
 * as it stands (each was run once as `it` and seen failing at its last assertion).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import type { ClaimsDocument, Decision, Policy } from "../src/index.js";
import { evaluateBatch, jiaxingPolicy, parseClaimsDocument, withCatalogue } from "../src/index.js";
import { catalogueSourceFor } from "../src/jurisdictions/catalogueSource.js";
import { compare, reform, reformAll } from "../src/reform/index.js";
import { cli } from "./cli-helpers.js";
import { generatedWorld } from "./support/generatedWorld.js";

vi.setConfig({ testTimeout: 60_000 });
type O = Record<string, any>;
const L = { zh: "改革", en: "reform" };
const J = (f: string) => JSON.parse(readFileSync(f, "utf8")) as O;
const docOf = (raw: O): ClaimsDocument | null => {
  const p = parseClaimsDocument(raw);
  return p.ok ? p.value.document : null;
};
const mustDoc = (raw: O): ClaimsDocument => {
  const d = docOf(raw);
  if (d === null) throw new Error("document does not parse");
  return d;
};
const fen = (s: string | null) => (s === null ? null : Math.round(Number(s) * 100));
const decide = (p: Policy, d: ClaimsDocument, on?: string) => new Map(evaluateBatch(p, d, on === undefined ? {} : { on: on as never }).decisions.map((x) => [x.claimId, x] as const));
const paidFen = (x: Decision) => (x.outcome === "granted" ? (fen(x.amount) as number) : 0);
const mustReform = (base: Policy, patches: unknown[]): Policy => {
  const r = reformAll(base, patches);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.policy;
};
const la = (id: string, from: string, until: string | undefined, value: string) => ({ id, label: L, changes: [{ parameter: "livingAllowance.dailyRate", from, ...(until === undefined ? {} : { until }), value }] });
const days = (a: string, b: string) => {
  const out: string[] = [];
  for (let t = Date.parse(a); t <= Date.parse(b); t += 864e5) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};
const JXCAT = J("fixtures/jiaxing/catalogue-2020.json");
const priced = () => {
  const j = jiaxingPolicy();
  return withCatalogue(j, [JXCAT as never], catalogueSourceFor(j));
};
/** The decidable generated worlds of g14/g16 (jiaxing-2019). */
const WORLDS: O[] = [];
for (let s = 1; s <= 150; s++) {
  const w = generatedWorld(s, 6);
  if (w.kind !== "g15" && docOf(w.doc) !== null) WORLDS.push(w.doc);
}

describe("cold review 51: controls (passing)", () => {
  it("the three fixture reforms (from 2021-01-01) move none of the 2020 claims of fixtures/jiaxing/claims.json", () => {
    const base = jiaxingPolicy();
    const d = mustDoc(J("fixtures/jiaxing/claims.json"));
    const b = decide(base, d);
    for (const f of ["living-allowance-60", "senior-appraisal-200", "stacked"]) {
      const patch = J(`fixtures/reforms/${f}.json`);
      const r = decide(mustReform(base, Array.isArray(patch) ? patch : [patch]), d);
      for (const [id, x] of b) expect([id, r.get(id)?.outcome, r.get(id)?.amount]).toEqual([id, x.outcome, x.amount]);
    }
  });

  it("a rate raised mid-course is paid day by day: 7 attended days from 2020-03-02 with 60.00 from 2020-03-05 are 3 × 50 + 4 × 60 = 390.00; a course with unlisted days across the date is undecidable, one wholly before it unmoved", () => {
    const base = jiaxingPolicy();
    const d = mustDoc(J("fixtures/jiaxing/claims.json"));
    const r = decide(mustReform(base, [la("mid", "2020-03-05", "2020-12-31", "60.00")]), d);
    expect(r.get("JX-0001")?.amount).toBe("390.00"); // C-101, 2020-03-02 … 03-08, all 7 days attended
    expect(r.get("JX-0003")?.amount).toBe("600.00"); // C-103 in June: 10 × 60
    const june = decide(mustReform(base, [la("june", "2020-06-05", "2020-12-31", "60.00")]), d);
    expect(june.get("JX-0003")?.outcome).toBe("undecidable"); // 10 of 12 days, unlisted, across 2020-06-05
    expect(june.get("JX-0001")?.amount).toBe("350.00"); // March: before the change
  });

  it("two stacked patches: 60.00 Jun–Sep with 70.00 in August over it; after August the first patch's 60.00 holds again, not the plan's 50.00", () => {
    const base = jiaxingPolicy();
    const raw = J("fixtures/jiaxing/claims.json");
    raw.courses[0] = { ...raw.courses[0], startDate: "2020-07-30", endDate: "2020-10-02", attendedDays: 6, attendedDates: ["2020-07-30", "2020-07-31", "2020-08-01", "2020-08-31", "2020-09-01", "2020-10-01"] };
    raw.claims[0] = { ...raw.claims[0], submittedOn: "2020-10-10" };
    const d = mustDoc(raw);
    const p = mustReform(base, [la("a", "2020-06-01", "2020-10-01", "60.00"), la("b", "2020-08-01", "2020-09-01", "70.00")]);
    // 2 × 60 (July) + 2 × 70 (August) + 60 (September) + 50 (October) = 370.00
    expect(decide(p, d).get("JX-0001")?.amount).toBe("370.00");
    const c = compare(base, p, d).claims.find((x) => x.claimId === "JX-0001");
    expect(c?.delta).toBe("70.00");
    expect(c?.attribution.map((a) => [a.reform, a.delta])).toEqual([["reform.a", "50.00"], ["reform.b", "20.00"]]);
  });

  it("generated worlds: every living-allowance claim equals Σ of its attended days at 60.00 inside the window and 50.00 outside; every appraisal claim the new standard of its level when issued from the change, else unmoved; nothing else moves", () => {
    const base = jiaxingPolicy();
    const F = "2020-06-01";
    const U = "2020-10-01";
    const rate = mustReform(base, [la("la", F, U, "60.00")]);
    const NEW: O = { junior: "100.00", intermediate: "100.00", senior: "130.00", technician: "140.00", seniorTechnician: "170.00" };
    const table = mustReform(base, [{ id: "ap", label: L, changes: [{ parameter: "appraisalSubsidy.standards", from: F, until: "2022-01-01", value: NEW }] }]);
    const wrong: string[] = [];
    let checkedLa = 0;
    let checkedAp = 0;
    for (const raw of WORLDS) {
      const d = mustDoc(raw);
      const b = decide(base, d);
      const r = decide(rate, d);
      const t = decide(table, d);
      for (const c of raw.claims as O[]) {
        const bb = b.get(c.id) as Decision;
        const rr = r.get(c.id) as Decision;
        const tt = t.get(c.id) as Decision;
        if (c.measure !== "livingAllowance" && (bb.outcome !== rr.outcome || bb.amount !== rr.amount)) wrong.push(`rate moved ${c.id}`);
        if (c.measure !== "appraisalSubsidy" && (bb.outcome !== tt.outcome || bb.amount !== tt.amount)) wrong.push(`table moved ${c.id}`);
        if (c.measure === "appraisalSubsidy") {
          const cert = (raw.certificates as O[]).find((k) => k.id === c.certificateId) as O;
          if (bb.outcome !== tt.outcome) wrong.push(`ap outcome ${c.id}`);
          else if (bb.outcome === "granted") {
            checkedAp++;
            if (tt.amount !== (cert.issuedOn >= F ? NEW[cert.level] : bb.amount)) wrong.push(`ap ${c.id} ${tt.amount}`);
          }
        }
        if (c.measure !== "livingAllowance") continue;
        if (bb.outcome !== "granted") {
          if (rr.outcome !== bb.outcome) wrong.push(`la outcome ${c.id}`);
          continue;
        }
        checkedLa++;
        const course = (raw.courses as O[]).find((k) => k.id === c.courseId) as O;
        const span = days(course.startDate, course.endDate);
        const inWindow = (x: string) => x >= F && x < U;
        const attended: string[] | null = course.attendedDates ?? (course.attendedDays === span.length ? span : null);
        if (attended === null) {
          if (span.some(inWindow) && !span.every(inWindow)) {
            if (rr.outcome !== "undecidable") wrong.push(`la straddle ${c.id}`);
          } else if (fen(rr.amount) !== (span.every(inWindow) ? ((fen(bb.amount) as number) / 50) * 60 : fen(bb.amount))) wrong.push(`la ${c.id}`);
          continue;
        }
        if (fen(bb.amount) !== attended.length * 5000) wrong.push(`la base ${c.id}`);
        if (fen(rr.amount) !== attended.reduce((s, x) => s + (inWindow(x) ? 6000 : 5000), 0)) wrong.push(`la ${c.id} ${rr.amount}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checkedLa).toBeGreaterThan(40);
    expect(checkedAp).toBeGreaterThan(60);
  });

  it("diff equals the two runs decided separately — per claim, every total, attribution summing to each delta — for a rate, two stacked patches, and an annual cap of 1 (with and without `on`)", () => {
    const base = jiaxingPolicy();
    const P = priced();
    const cases: [string, Policy, Policy][] = [
      ["rate", base, mustReform(base, [la("la", "2020-06-01", "2020-10-01", "60.00")])],
      ["stack", base, mustReform(base, [la("a", "2020-06-01", "2020-10-01", "60.00"), la("b", "2020-08-01", "2020-09-01", "70.00")])],
      ["cap", P, mustReform(P, [{ id: "cap", label: L, changes: [{ parameter: "trainingSubsidy.annualCap", from: "2020-06-01", until: "2022-01-01", value: 1 }] }])],
    ];
    const wrong: string[] = [];
    let outcomeMoves = 0;
    for (const [name, b0, r0] of cases) {
      for (const raw of WORLDS) {
        const d = mustDoc(raw);
        for (const on of [undefined, "2021-03-01"]) {
          const b = decide(b0, d, on);
          const r = decide(r0, d, on);
          const c = compare(b0, r0, d, on === undefined ? {} : { on: on as never });
          let tb = 0;
          let tr = 0;
          for (const x of c.claims) {
            const pb = paidFen(b.get(x.claimId) as Decision);
            const pr = paidFen(r.get(x.claimId) as Decision);
            tb += pb;
            tr += pr;
            if (fen(x.delta) !== pr - pb || x.base.outcome !== b.get(x.claimId)?.outcome || x.reformed.outcome !== r.get(x.claimId)?.outcome) wrong.push(`${name} ${x.claimId}`);
            if (x.attribution.reduce((s, a) => s + (fen(a.delta) as number), 0) !== pr - pb) wrong.push(`${name} attribution ${x.claimId}`);
            if (x.outcomeChanged) outcomeMoves++;
          }
          if (c.claims.length !== d.claims.length || fen(c.totals.all.base) !== tb || fen(c.totals.all.reformed) !== tr) wrong.push(`${name} totals`);
          for (const rows of [c.totals.byProvision, c.totals.byReform, c.totals.byPayeeKind, c.totals.byRegion, c.totals.byOccupation]) {
            if (rows.reduce((s, row) => s + (fen(row.delta) as number), 0) !== tr - tb) wrong.push(`${name} a breakdown`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(outcomeMoves).toBeGreaterThan(4); // the cap moved later claims' outcomes, counted once each
  });

  it("bad patches are typed issues naming the field, exit 2 in both languages, never a crash or a silent change", async () => {
    const cases: [O, string, string][] = [
      [{ parameter: "livingAllowance.dailyRat", from: "2021-01-01", value: "60.00" }, "changes.0.parameter", "unknown_parameter"],
      [{ parameter: "livingAllowance.dailyRate", from: "2021-01-01", value: "60.001" }, "changes.0.value", "invalid_amount"],
      [{ parameter: "livingAllowance.dailyRate", from: "2021-01-01", value: "60元" }, "changes.0.value", "invalid_amount"],
      [{ parameter: "livingAllowance.dailyRate", from: "2021-01-01", value: "-5.00" }, "changes.0.value", "invalid_amount"],
      [{ parameter: "livingAllowance.dailyRate", from: "2021-02-30", value: "60.00" }, "changes.0.from", "invalid_date"],
      [{ parameter: "livingAllowance.dailyRate", from: "2021-01-01", until: "2020-01-01", value: "60.00" }, "changes.0.until", "end_before_start"],
      [{ parameter: "trainingSubsidy.annualCap", from: "2021-01-01", value: "1" }, "changes.0.value", "invalid_type"],
      [{ parameter: "trainingSubsidy.annualCap", from: "2021-01-01", value: 1.5 }, "changes.0.value", "invalid_type"],
      [{ parameter: "apprenticeship.employeeTerms", from: "2021-01-01", value: { min: "3999.99", max: "10000.00", maxYears: 2 } }, "changes.0.value", "breaks_constraint"],
      [{ parameter: "apprenticeship.employeeTerms", from: "2021-01-01", value: { min: "4000.00", max: "3000.00", maxYears: 2 } }, "changes.0.value", "range_top_below_bottom"],
      [{ parameter: "apprenticeship.annualStandard", from: "2021-01-01", value: "3000.00" }, "changes.0.value", "breaks_constraint"],
      [{ parameter: "appraisalSubsidy.standards", from: "2021-01-01", until: "2022-01-01", value: { junior: "120.00", intermediate: "120.00", senior: "200.00", technician: "150.00" } }, "changes.0.value", "incomplete_table"],
      [{ parameter: "livingAllowance.dailyRate", from: "2021-01-01", value: "60.00", extra: 1 }, "changes.0", "unrecognized_keys"],
    ];
    for (const [ch, path, code] of cases) {
      const r = reform(jiaxingPolicy(), { id: "bad", label: L, changes: [ch] });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.issues.map((i) => [i.path.join("."), i.code])).toContainEqual([path, code]);
      for (const i of r.issues) expect(i.message.zh.length > 0 && i.message.en.length > 0).toBe(true);
    }
    const out = await cli(["diff", "--reform", "-", "fixtures/jiaxing/claims.json", "--lang", "en", "--quiet"], JSON.stringify({ id: "bad", label: L, changes: [cases[0]?.[0]] }));
    expect(out.code).toBe(2);
    expect(out.err).toContain("changes.0.parameter: unknown_parameter");
    const zh = await cli(["diff", "--reform", "-", "fixtures/jiaxing/claims.json", "--quiet"], JSON.stringify({ id: "bad", label: L, changes: [cases[4]?.[0]] }));
    expect([zh.code, zh.err.includes("changes.0.from: invalid_date"), zh.err.includes("改革方案无效")]).toEqual([2, true, true]);
  });
});

describe("cold review 51: records (each fails on the code as it stands)", () => {
  const pensioner = {
    trainees: [{ id: "P-1", birthDate: "1955-03-01", statuses: ["enterpriseEmployee"], hukouRegion: "zhejiang.jiaxing.nanhu", employmentRegion: "zhejiang.jiaxing.nanhu", monthlyPensionEntitled: true, receivesMonthlyPension: true }],
    certificates: [
      { id: "K-1", traineeId: "P-1", kind: "skillLevelCertificate", occupation: { code: "6-29-01-01", name: "电工" }, level: "senior", issuedOn: "2021-06-01" },
      { id: "K-2", traineeId: "P-1", kind: "skillLevelCertificate", occupation: { code: "6-18-02-04", name: "数控车工" }, level: "senior", issuedOn: "2022-03-01" },
    ],
    claims: [
      { id: "A1", measure: "appraisalSubsidy", traineeId: "P-1", claimant: { kind: "trainee", id: "P-1" }, certificateId: "K-1", submittedOn: "2021-06-10" },
      { id: "A2", measure: "appraisalSubsidy", traineeId: "P-1", claimant: { kind: "trainee", id: "P-1" }, certificateId: "K-2", submittedOn: "2022-03-10" },
    ],
  };
  const TABLE_200 = { junior: "120.00", intermediate: "120.00", senior: "200.00", technician: "150.00", seniorTechnician: "180.00" };

  // Confidence 65%. Money: +200.00 per certificate of 2022 or later, to a person the plan denies.
  it.fails("1. (money) a table patch without an end that outlives the plan does not pay a pensioner the plan denies: 200.00 for a 2022 certificate", () => {
    const base = jiaxingPolicy();
    const p = mustReform(base, [{ id: "ap-noend", label: L, changes: [{ parameter: "appraisalSubsidy.standards", from: "2021-01-01", value: TABLE_200 }] }]);
    const d = mustDoc(pensioner);
    const b = decide(base, d);
    const r = decide(p, d);
    expect([b.get("A1")?.outcome, b.get("A1")?.reasons.map((x) => x.code)]).toEqual(["denied", ["monthly_pension_entitled"]]);
    expect([r.get("A1")?.outcome, b.get("A2")?.outcome]).toEqual(["denied", "undecidable"]);
    // what is right: the reform changes a standard; it cannot drop the condition that denies a pensioner
    expect(r.get("A2")?.outcome).not.toBe("granted"); // as it stands: granted 200.00 (residency_basis, appraisal_first_time)
  });

  // Confidence 60%. Money: +150.00 (a certificate of 2019-12-31) and +200.00 (4 pre-plan days × 50) from a patch that changes no value.
  it.fails("2. (money) a patch restating the plan's own values from a date before the plan's start changes no decision", () => {
    const base = jiaxingPolicy();
    const raw = J("fixtures/jiaxing/claims.json");
    // C-104, 2019-12-09 … 12-20: 8 attended days, 4 before the plan's 2019-12-13
    raw.courses[3].attendedDates = ["2019-12-09", "2019-12-10", "2019-12-11", "2019-12-12", "2019-12-13", "2019-12-16", "2019-12-17", "2019-12-18"];
    const d = mustDoc(raw);
    const same = mustReform(base, [
      {
        id: "same-earlier",
        label: L,
        changes: [
          { parameter: "livingAllowance.dailyRate", from: "2019-01-01", until: "2022-01-01", value: "50.00" },
          { parameter: "appraisalSubsidy.standards", from: "2019-06-01", until: "2022-01-01", value: { junior: "120.00", intermediate: "120.00", senior: "150.00", technician: "150.00", seniorTechnician: "180.00" } },
        ],
      },
    ]);
    const b = decide(base, d);
    // the plan's days only: 2019-12-13, 16, 17, 18 × 50.00 = 200.00; JX-0007's certificate of 2019-12-31 is before
    // 「职业技能鉴定补贴从2020年1月1日起执行」
    expect([b.get("JX-0004")?.amount, b.get("JX-0007")?.reasons.map((x) => x.code)]).toEqual(["200.00", ["before_provision_start"]]);
    const c = compare(base, same, d);
    // as it stands: JX-0004 200.00 → 400.00, JX-0007 denied → granted 150.00; total +350.00
    expect(c.claims.filter((x) => x.changed).map((x) => [x.claimId, x.delta])).toEqual([]);
  });

  // Confidence 65%. Money: every employee apprentice's year (4,000–10,000 yuan) to 0.
  // Mended 2026-12-06 (the lead): the constraint asks a term of at least one year too.
  it("3. (money) employee-apprentice terms of 0 years, which pay no apprentice any year, are refused as below the apprenticeship floor", () => {
    const r = reform(jiaxingPolicy(), { id: "y0", label: L, changes: [{ parameter: "apprenticeship.employeeTerms", from: "2021-01-01", until: "2022-01-01", value: { min: "4000.00", max: "10000.00", maxYears: 0 } }] });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toContain("breaks_constraint");
  });

  // Confidence 85%. No money: a Chinese reader is told the rule in English.
  // Mended 2026-12-06 (the lead): the issue carries the rule in Chinese too (ruleZh). The provision id
  // (gbf2019.apprenticeship-floor) is an id, not English prose: the check looks for the English label's words.
  it("4. the Chinese message of a patch below the apprenticeship floor is Chinese throughout", () => {
    const r = reform(jiaxingPolicy(), { id: "low", label: L, changes: [{ parameter: "apprenticeship.employeeTerms", from: "2021-01-01", value: { min: "3999.99", max: "10000.00", maxYears: 2 } }] });
    expect(r.ok).toBe(false);
    const zh = r.ok ? "" : (r.issues[0]?.message.zh ?? "");
    expect(zh).toContain("取值违反");
    expect(zh).not.toMatch(/at least|yuan|per apprentice/);
  });
});
