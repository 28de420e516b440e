/**
 * Cold audit 26 (audit26): Jiaxing's apprenticeship subsidy against a second implementation.
 *
 * Angle: the biggest sums a Jiaxing enterprise claims — jx2019 三(一)二 企业新型学徒制 (职工学徒 「按每人每年 4000 元至 10000 元
 * 的标准给予企业补贴」, 「补助原则上不超过 2 年」; 学生学徒 「每人每年不高于 3000 元」, 1 year), jx2019 五(十一) (the enterprise's
 * 失业保险参保地) and gbf2019 §(十一)–(十三) (the floor 「4000 元以上」, 「可先行拨付一定比例的培训补贴资金」).
 *
 * What I read: law/sources/jx2019.txt 三(一)二 and 五, gbf2019.txt §(十一)–(十三) first; wrote readings R1–R6 at the top of
 * test/support/audit26-oracle.ts from the texts alone; then read src/jurisdictions/jiaxing/apprenticeshipSubsidy.ts,
 * src/records/training.ts and claim.ts, the readings apprenticeship-month-count, -terms-at-start, -ui-locality,
 * -years-over-history, student-apprentice-amount, and then wrote R7–R10 (month count, student amount, order, plan dates) —
 * those four I chose after reading the library, and they coincide with its readings (said so in the oracle).
 *
 * What I tried: an independent oracle (integer fen, day numbers from Date.UTC, per-person paid days and per-person-and-kind
 * months, one pass in filing order) against parseClaimsDocument → evaluateBatch(withJiaxingCatalogue(illustrative catalogue))
 * on 1,201 seeded documents (test/support/audit26-gen.ts; about 8,000 claims: one or two apprentices, enterprises insured in
 * Jiaxing or Hangzhou, employee and student records of 3–30 months from any day 2019-11..2022-02, standards inside, at and a
 * fen outside 4000–10000 and 12000, allowances either side of 3000, claims year by year, twice, by the other enterprise,
 * before the year began, after a prior grant of the same or an earlier record, plus the ordinary case). Outcome and amount
 * agree claim by claim outside two triaged groups (named in the agreement control). Invariants: no day of a person paid
 * twice (period keys of the prior ledger and the batch's grants), at most 24 employee / 12 student months per person.
 *
 * Considered and not recorded (in the final report too):
 * - A year some of whose whole months were paid under another record (two enterprises, overlapping plans) is held
 *   (apprenticeship_year_partly_paid) even when the paid days are the library's own period keys, so which months are owed
 *   is known; I would pay them (e.g. 6 × 500.00 = 3000.00 at 6000 a year). 45 %: held, not refused; reading chose it.
 * - A standard a fen outside 4000–10000 is refused whole (apprenticeship_standard_out_of_range) rather than held for the
 *   standard; audit 22 weighed it (35 %). I put it at 40 %: the record is wrong, the entitlement (≥ 4000 a year) is not.
 *   [Changed 2026-12-07: such a year is now held, asking for a standard within the range — reading
 *   apprenticeship-standard-out-of-range, cold review 109 F1, second look 109 Q1.]
 * - Student amount: one month's allowance as the year's amount (reading student-apprentice-amount) vs allowance × months
 *   capped at 3000: 40 % for the latter (1000.00 a month: 1000.00 vs 3000.00 for a year).
 * - A record begun on 29 February: its second year starts 1 March and counts its months from there, so 2020-02-29..
 *   2021-04-28 (14 months from its start) is paid 13 (500.00 less at 6000 a year); the reading lists it as an alternative. 35 %.
 * Figures the texts leave to a city (the per-record standards 6000.00 etc.) are ILLUSTRATIVE, within the text's range.
 */
import { describe, expect, it } from "vitest";
import type { Decision } from "../src/index.js";
import { evaluateBatch, parseClaimsDocument, withJiaxingCatalogue } from "../src/index.js";
import { jiaxingCatalogue } from "./support/world.js";
import { outcome } from "./support/outcome.js";
import { ordinary, world } from "./support/audit26-gen.js";
import { dayOf, decideAll } from "./support/audit26-oracle.js";

type O = Record<string, unknown>;
const POLICY = withJiaxingCatalogue(jiaxingCatalogue);
const P1 = { id: "P1", birthDate: "1998-05-01", statuses: ["enterpriseEmployee"], hukouRegion: "zhejiang.jiaxing.nanhu" };
const E1 = { id: "E1", name: "嘉兴示例企业（示意）", region: "zhejiang.jiaxing.nanhu", unemploymentInsuranceRegion: "zhejiang.jiaxing.nanhu" };
const E2 = { id: "E2", name: "嘉兴另一示例企业（示意）", region: "zhejiang.jiaxing.haining", unemploymentInsuranceRegion: "zhejiang.jiaxing.haining" };
const EH = { id: "EH", name: "杭州参保的企业（示意）", region: "zhejiang.hangzhou", unemploymentInsuranceRegion: "zhejiang.hangzhou" };
const ap = (id: string, startDate: string, endDate: string, o: O = {}): O => ({ id, traineeId: "P1", enterpriseId: "E1", kind: "employee", occupation: { code: "EX-WELD", name: "焊工（示意）" }, startDate, endDate, annualStandard: "6000.00", ...o });
const cl = (id: string, apprenticeshipId: string, submittedOn: string, by = "E1"): O => ({ id, measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: by }, apprenticeshipId, enterpriseId: by, submittedOn });
/** Each claim's `outcome:amount:codes`, or `set aside:codes` when the boundary sets it aside. */
function run(doc: O): Record<string, string> {
  const p = parseClaimsDocument({ trainees: [P1], enterprises: [E1, E2, EH], ledger: [], ...doc });
  if (!p.ok) throw new Error("unreadable document");
  const out: Record<string, string> = {};
  for (const x of p.value.invalid) out[x.id ?? String(x.index)] = `set aside:${x.issues.map((i) => i.code).join("+")}`;
  for (const d of evaluateBatch(POLICY, p.value.document).decisions) out[d.claimId] = outcome(d as Decision);
  return out;
}
const head = (s: string | undefined) => s?.split(":").slice(0, 2).join(":");

describe("audit26 controls: tried to break, found right", () => {
  it("agreement run: 1,201 documents decided by the library and the oracle agree claim by claim outside two triaged groups; no day paid twice; at most 24 / 12 months per person", () => {
    const triaged = new Map<string, number>();
    const disagreements: string[] = [];
    let claims = 0;
    let granted = 0;
    for (let s = 0; s <= 1200; s++) {
      const w = s === 0 ? ordinary() : world(s);
      const p = parseClaimsDocument(w.doc);
      if (!p.ok) throw new Error(`unreadable ${w.name}`);
      const lib = new Map<string, string>();
      for (const x of p.value.invalid) lib.set(x.id ?? String(x.index), `set aside:0:${x.issues.map((i) => i.code).join("+")}`);
      const res = evaluateBatch(POLICY, p.value.document);
      for (const d of res.decisions) lib.set(d.claimId, outcome(d));
      const or = decideAll(w.enterprises, w.apps, w.claims, w.prior);
      for (const c of w.claims) {
        claims++;
        const o = or.get(c.id)!;
        const l = lib.get(c.id) ?? "missing::";
        const [lo, la, lcodes] = l.split(":");
        if (o.outcome === "triage") {
          const k = `${o.group} → ${lo}:${lcodes}`;
          triaged.set(k, (triaged.get(k) ?? 0) + 1);
          continue;
        }
        if (o.outcome === "granted") {
          granted++;
          // the oracle's amount: standard (fen) × months ÷ 12, rounded half up once
          if (!(lo === "granted" && Math.round(Number(la) * 100) === o.fen)) disagreements.push(`${w.name} ${c.id}: oracle ${o.fen} fen (${o.from}..${o.to}), library ${l}`);
        } else if (o.outcome !== lo) disagreements.push(`${w.name} ${c.id}: oracle ${o.outcome} (${o.why}), library ${l}`);
      }
      // no day of a person paid twice; at most 24 employee (12 student) months per person, prior ledger included
      const spans = new Map<string, [number, number][]>();
      const months = new Map<string, number>();
      const priorGrants = (w.doc.ledger as O[]).map((x) => ({ traineeId: x.traineeId as string, provision: x.provision as string, basisKeys: x.basisKeys as string[], prior: true }));
      const priorMonths = new Map<string, number>();
      for (const g of [...priorGrants, ...res.grants.map((x) => ({ ...x, prior: false }))]) {
        for (const k of g.basisKeys ?? []) {
          const m = /^apprenticeshipSubsidy\|([^|]+)\|period (\d{4}-\d\d-\d\d)\.\.(\d{4}-\d\d-\d\d)$/.exec(k);
          if (!m) continue;
          const [a, b] = [dayOf(m[2]!), dayOf(m[3]!)];
          for (const [x, y] of spans.get(m[1]!) ?? []) expect(x <= b && a <= y, `${w.name}: ${k} meets a paid span`).toBe(false);
          spans.set(m[1]!, [...(spans.get(m[1]!) ?? []), [a, b]]);
          // whole months of the span (a month ends the day before the same day of the next month, or that month's last day)
          let n = 0;
          const [y0, m0, d0] = m[2]!.split("-").map(Number) as [number, number, number];
          for (;;) {
            const i = m0 - 1 + n + 1; const yy = y0 + Math.floor(i / 12); const mm = i % 12; const dim = new Date(Date.UTC(yy, mm + 1, 0)).getUTCDate();
            const end = d0 <= dim ? Date.UTC(yy, mm, d0) / 86400000 - 1 : Date.UTC(yy, mm, dim) / 86400000;
            if (end > b) break;
            n++;
          }
          const kind = `${m[1]}|${g.provision}`;
          const into = g.prior ? priorMonths : months;
          into.set(kind, (into.get(kind) ?? 0) + n);
        }
      }
      // the batch pays at most the months the person's term has left after the prior ledger's (which the generator may fill)
      for (const [k, n] of months) expect(n, `${w.name} ${k}`).toBeLessThanOrEqual(Math.max(0, (k.endsWith("student-apprentice") ? 12 : 24) - (priorMonths.get(k) ?? 0)));
    }
    expect(claims).toBeGreaterThan(7000);
    expect(granted).toBeGreaterThan(1200);
    expect(disagreements).toEqual([]);
    // the triaged groups, named: a standard a fen (or more) outside 4000–10000 is held by the library (the oracle does
    // not decide it); a year some of whose whole months were paid under another record is held by the library (the oracle
    // would pay the rest); where both meet, both reasons hold it.
    // Changed (reading apprenticeship-standard-out-of-range, cold review 109 F1): a standard outside the range is held
    // (undecidable), no longer refused; where a year is also partly paid, both reasons hold it.
    // Changed 2026-12-08 (mendA111, reading claim-order-by-issue-date; cold review 111 F1): was the three groups alone; a held
    // claim whose year also needs the place of an earlier held year of another record names that wait too (still held).
    expect([...triaged.keys()].sort()).toEqual([
      "standard outside 4000–10000 → undecidable:apprenticeship_standard_out_of_range",
      "standard outside 4000–10000 → undecidable:earlier_claim_undecided+apprenticeship_standard_out_of_range",
      "year partly paid → undecidable:apprenticeship_year_partly_paid",
      "year partly paid → undecidable:apprenticeship_year_partly_paid+apprenticeship_standard_out_of_range",
      "year partly paid → undecidable:apprenticeship_year_partly_paid+earlier_claim_undecided",
      "year partly paid → undecidable:apprenticeship_year_partly_paid+earlier_claim_undecided+apprenticeship_standard_out_of_range",
    ]);
  }, 60_000);

  it("the ordinary case: one Jiaxing enterprise, one local employee apprentice, a full year at 6000.00 — 6000.00 to the enterprise", () => {
    // 6000.00 a year (ILLUSTRATIVE standard within 4000–10000, jx2019 三(一)二) × 12 ÷ 12 = 6000.00
    expect(head(run({ apprenticeships: [ap("A1", "2020-01-01", "2020-12-31")], claims: [cl("C1", "A1", "2021-01-10")] }).C1)).toBe("granted:6000.00");
  });

  it("the range's ends pay (4000.00, 10000.00); a student allowance of 3000.01 is capped at 3000.00", () => {
    const r = run({
      apprenticeships: [ap("A1", "2020-01-01", "2020-12-31", { annualStandard: "4000.00" }), ap("A2", "2020-01-01", "2020-12-31", { traineeId: "P2", annualStandard: "10000.00" }), ap("S1", "2020-01-01", "2020-12-31", { traineeId: "P3", kind: "student", annualStandard: undefined, monthlyInternshipAllowance: "3000.01" })],
      trainees: [P1, { ...P1, id: "P2" }, { ...P1, id: "P3" }],
      claims: [cl("C1", "A1", "2021-01-10"), { ...cl("C2", "A2", "2021-01-10"), traineeId: "P2" }, { ...cl("C3", "S1", "2021-01-10"), traineeId: "P3" }],
    });
    // 4000 × 12 ÷ 12; 10000 × 12 ÷ 12; min(3000.01, 3000) × 12 ÷ 12 (「每人每年不高于 3000 元」)
    expect([head(r.C1), head(r.C2), head(r.C3)]).toEqual(["granted:4000.00", "granted:10000.00", "granted:3000.00"]);
  });

  it("a claim filed before the apprenticeship began is set aside; a second year claimed before it began is refused", () => {
    const r = run({ apprenticeships: [ap("A1", "2020-06-01", "2022-05-31")], claims: [cl("C0", "A1", "2020-05-31"), cl("C1", "A1", "2021-01-10"), cl("C2", "A1", "2021-05-31")] });
    expect(r.C0).toMatch(/^set aside:submitted_before_basis/);
    // first year: 6000 × 12 ÷ 12; second year begins 2021-06-01, after 2021-05-31
    expect([head(r.C1), r.C2]).toEqual(["granted:6000.00", expect.stringMatching(/^denied:0\.00:.*apprenticeship_year_not_begun/)]);
  });

  it("twice for the same year, by two enterprises for one person over the same months: paid once", () => {
    const r = run({ apprenticeships: [ap("A1", "2020-01-01", "2020-12-31"), ap("A2", "2020-01-01", "2020-12-31", { enterpriseId: "E2" })], claims: [cl("C1", "A1", "2021-01-10"), cl("C2", "A1", "2021-01-11"), cl("C3", "A2", "2021-01-12", "E2")] });
    expect([head(r.C1), head(r.C2), head(r.C3)]).toEqual(["granted:6000.00", "denied:0.00", "denied:0.00"]);
  });

  it("18 months paid, then a new 12-month record: the 6 months left are paid (3000.00), a third claim refused (term used)", () => {
    const r = run({ apprenticeships: [ap("A1", "2020-01-01", "2021-06-30"), ap("A2", "2021-07-01", "2022-06-30", { enterpriseId: "E2" })], claims: [cl("C1", "A1", "2021-01-05"), cl("C2", "A1", "2021-02-01"), cl("C3", "A2", "2022-07-05", "E2"), cl("C4", "A2", "2022-07-06", "E2")] });
    // 6000 × 12 ÷ 12; 6000 × 6 ÷ 12; 6000 × (24 − 18) ÷ 12 (「补助原则上不超过 2 年」); nothing left
    expect([head(r.C1), head(r.C2), head(r.C3), r.C4]).toEqual(["granted:6000.00", "granted:3000.00", "granted:3000.00", expect.stringMatching(/^denied:0\.00:.*apprenticeship_term_used/)]);
  });

  it("an enterprise insured in Hangzhou is refused under Jiaxing (jx2019 五(十一), 失业保险参保地), and its refusal uses none of the person's term", () => {
    const r = run({ apprenticeships: [ap("A1", "2020-01-01", "2021-12-31", { enterpriseId: "EH" }), ap("A2", "2020-01-01", "2021-12-31", { traineeId: "P1", id: "A2" })], claims: [cl("C1", "A1", "2022-01-05", "EH"), cl("C2", "A2", "2022-01-06"), cl("C3", "A2", "2022-01-07")] });
    // A2: 6000 × 12 ÷ 12 for each of its two years
    expect([r.C1?.split(":")[0], head(r.C2), head(r.C3)]).toEqual(["denied", "granted:6000.00", "granted:6000.00"]);
  });
});

describe("audit26 findings", () => {
  // What: a claim filed on an apprenticeship year's second day is granted the whole year's standard at once (6000.00 for
  //   2020-06-01..2021-05-31 on 2020-06-02), before any month of it is trained; a later year likewise on its first day
  //   (the library pays a year "once it has begun", reading apprenticeship-month-count; the first year "as always").
  // Why: gbf2019 §(十二) 「对企业开展培训或者培训机构开展项目制培训的，可先行拨付一定比例的培训补贴资金，具体比例由各省（区、市）
  //   根据实际情况确定」: money for an enterprise's training before it is done is a SHARE fixed by the province; and jx2019 三(一)二
  //   sets the amount 「根据……培养等级以及实施效果」, which a year's second day cannot show. The library itself holds the
  //   share as a parameter (advancePayment.sharePercent, no value in any layer) that no rule reads. So on the year's second
  //   day the text allows at most that unknown share (held, or the whole months trained: none), not 100 %.
  // Alternatives: the decision is the entitlement and when it is disbursed is the payer's business (then 6000.00 is right);
  //   「每人每年」 makes the year the unit, due when it begins.
  // Confidence: 55 %.
  // Money: 6000.00 a year (ILLUSTRATIVE standard) × 12 ÷ 12 = 6000.00 paid on day 2, of which at most the province's share
  //   may be advanced; up to 6000.00 per claim (10000.00 at the top of the range) paid before the training, lost if the
  //   apprentice leaves in month 1.
  // Fix: src/jurisdictions/jiaxing/apprenticeshipSubsidy.ts, apprenticeshipSubsidy.run — pay a year's whole months completed
  //   by ctx.on (wholeMonths(year.start, ctx.on − 1 day)), or hold the rest (undecidable, asking advancePayment.sharePercent)
  //   rather than the year's 12 months; the period key then names only the months paid.
  it.fails("「可先行拨付一定比例的培训补贴资金」 (gbf2019 §(十二)) and 「培养等级以及实施效果」 (jx2019 三(一)二): an apprenticeship year claimed on its second day is not paid its whole year's standard before its months are trained", () => {
    const r = run({ apprenticeships: [ap("A1", "2020-06-01", "2021-05-31")], claims: [cl("C1", "A1", "2020-06-02")] });
    // the whole year: 6000 × 12 ÷ 12 = 6000.00 — more than a share; whole months trained by 2020-06-02: 0 × 500.00 = 0.00
    expect(head(r.C1)).not.toBe("granted:6000.00");
  });
});
