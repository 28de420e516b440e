/**
 * Cold audit 27 — the living allowance (生活费补贴) against a second implementation.
 *
 * Angle: jx2019 四(三)四 「在培训期间通过就业补助资金按每人每天 50 元标准给予生活费补贴」 and its groups; gbf2019 §(十一) (its
 * groups, 「生活费补贴」 at a local standard); plan2021 (二十六) and op2025 where they continue it.
 *
 * What I read first: law/sources gbf2019 §(五), §(十一), §(十二); jx2019 四(三) (head and 三是/四是), 五(十一), its 印发 date;
 * plan2021 (二十六); op2025 (一), (十七); law/sources.json (in-force notes). Then I wrote test/support/audit27-oracle.ts (integer
 * fen, one pass, a per-person set of paid days; its readings R1–R9 at its top) BEFORE reading src/provisions/livingAllowance/*,
 * src/jurisdictions/jiaxing/livingAllowance*.ts and law/readings/living-allowance-*.yaml (and the readings they cite:
 * jiaxing-plan-in-force, national-measures-end-with-framework, claim-order-by-issue-date, national-pension-scope,
 * jiaxing-living-allowance-disabled).
 *
 * What I tried: test/support/audit27-gen.ts (seeded, test/support/rng.ts) makes 1,400 documents under jiaxingPolicy (with the
 * ILLUSTRATIVE catalogue), jiaxingPolicy + the la-60 reform (fixtures/reforms, ILLUSTRATIVE), and the national frameworks with
 * the example city at an ILLUSTRATIVE local standard (50.00 a day; or 50.00 then 60.00 from 2020-07-01): the ordinary case,
 * courses straddling 2019-12-13 / 2019-05-18, 2021-12-31/2022-01-01 and a rate change, attended dates listed or only counted,
 * overlapping courses of one person, one course claimed twice, a repeat course, prior ledger grants naming days, only a
 * course, or only a month, people in no group, people whom Jiaxing's list and the national list judge differently, courses
 * outside the city. Every document goes through parseClaimsDocument → evaluateBatch and through the oracle.
 *
 * Where the first run disagreed and I now hold the library right, I changed the oracle (each change is marked in it):
 * R2' a day with no known rate is left unpaid and unkeyed, the others paid (I had held the whole claim); R8' a grant naming
 * only a course paid SOME of its days, which not said (I had taken all of them as paid: the library holds, rightly); R10 the
 * library's order (course's last day, then claim id) — totals per person did not depend on it; the span-all-paid denial;
 * R9' a claim no day of which any text prices is held (no_local_standard), not refused.
 *
 * One disagreement group remains, triaged by name in the agreement run and recorded below: Jiaxing's closed list
 * (四(三)四) is applied to days jx2019 does not govern (before 2019-12-13, after 2021-12-31). Mended 2026-12-06 for a course
 * wholly outside the plan's days (findings 1–3; reading jiaxing-list-governs-plan-days); left for a course across the
 * plan's first or last day (finding 4).
 *
 * Considered and not recorded (see the final report): the repeat-course refusal (reading living-allowance-repeat-course, my
 * R5 would pay; already weighed by audit 13 and reviews 27–30); the pension refusal under Jiaxing (reading
 * national-pension-scope); a claim judged before the course's last day denied rather than held (judged_before_basis); a
 * grant naming a course whose every day is known holding the claim's certainly-new days (reading living-allowance-days-unknown).
 * Figures a city sets are ILLUSTRATIVE (50.00 jx2019's own; 40.00, 60.00 and the example city's 50.00 are not official).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateBatch, nationalFrameworksPolicy } from "../src/index.js";
import type { Policy } from "../src/index.js";
import { reform } from "../src/reform/reform.js";
import { JX, withIllustrativeLocal, decideById } from "./support/ordinary.js";
import { DIFFERING, generate } from "./support/audit27-gen.js";
import { oracle, spanDays } from "./support/audit27-oracle.js";
import { parsed } from "./support/world.js";

type O = Record<string, any>;
const NANHU = "zhejiang.jiaxing.nanhu";
const la60 = reform(JX, JSON.parse(readFileSync(new URL("../fixtures/reforms/living-allowance-60.json", import.meta.url), "utf8")));
if (!la60.ok) throw new Error(JSON.stringify(la60.issues));
const POL: Record<string, Policy> = {
  jx: JX,
  jx60: la60.value.policy,
  nat50: withIllustrativeLocal(nationalFrameworksPolicy()),
  nat5060: withIllustrativeLocal(nationalFrameworksPolicy(), [{ from: "2019-05-18", value: "50.00" }, { from: "2020-07-01", value: "60.00" }]),
};
/** ILLUSTRATIVE: a Jiaxing standard of 40.00 a day before the plan (2019-06-01 … 2019-12-12), as a reform; not an official figure. */
const prePlan = reform(JX, { id: "la-40-pre-plan", label: { zh: "嘉兴方案前生活费补贴每天40元（示意）", en: "pre-plan Jiaxing living allowance 40.00 (illustrative)" }, changes: [{ parameter: "livingAllowance.dailyRate", from: "2019-06-01", until: "2019-12-13", value: "40.00" }] });
if (!prePlan.ok) throw new Error(JSON.stringify(prePlan.issues));
const PRE = prePlan.value.policy;

const course = (o: O = {}): O => ({ id: "K1", traineeId: "P1", kind: "employmentSkills", occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", classHours: 80, startDate: "2020-06-01", endDate: "2020-06-10", attendedDays: 10, region: NANHU, ...o });
const person = (statuses: string[], o: O = {}): O => ({ id: "P1", birthDate: "1990-05-05", statuses, hukouRegion: NANHU, ...o });
const claim = (o: O = {}): O => ({ id: "L1", measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, courseId: "K1", submittedOn: "2020-06-20", ...o });
const one = (policy: Policy, doc: O, id = "L1") => decideById(policy, doc)[id]!;

describe("audit27 controls: the living allowance as the texts pay it (these pass)", () => {
  it("agreement run: 1,400 generated documents decided claim by claim as the oracle decides them, no day of a person paid twice", () => {
    const worlds = generate(27, 1400);
    let claims = 0, agreed = 0, triaged = 0, granted = 0, denied = 0, held = 0;
    const disagreements: string[] = [];
    for (const w of worlds) {
      const result = evaluateBatch(POL[w.policy]!, parsed(w.doc));
      const expected = oracle(w.doc, w.regime);
      const t = w.doc["trainees"][0] as O;
      const c0 = w.doc["courses"][0] as O;
      for (const d of result.decisions) {
        claims++;
        const e = expected.get(d.claimId)!;
        const fen = d.amount === null ? null : Math.round(Number(d.amount) * 100);
        if (d.outcome === e.outcome && fen === e.fen) {
          agreed++;
          if (d.outcome === "granted") granted++;
          else if (d.outcome === "denied") denied++;
          else held++;
          continue;
        }
        // Triaged, recorded below (finding 4): under Jiaxing a person the two lists judge differently, on a course with days
        // both inside and outside jx2019's 2019-12-13 … 2021-12-31 — the library applies 四(三)四's list to the whole course
        // (a course wholly outside the plan's days is judged by the national list since findings 1–3 were mended).
        const differing = DIFFERING.some((g) => g.every((s) => t["statuses"].includes(s)) && t["statuses"].length === g.length);
        const span = spanDays(c0["startDate"], c0["endDate"]);
        const straddles = span.some((x) => x < "2019-12-13" || x > "2021-12-31") && span.some((x) => x >= "2019-12-13" && x <= "2021-12-31");
        if (w.regime.kind === "jx" && differing && straddles && d.outcome === "denied" && e.outcome === "undecidable") { triaged++; continue; }
        disagreements.push(`${w.policy}/${w.tag} ${d.claimId}: library ${d.outcome} ${d.amount}, oracle ${e.outcome} ${e.fen} (${e.why})`);
      }
      // 「每人每天」: no day of a person is keyed twice, across the ledger given and the grants made.
      const seen = new Set<string>();
      for (const g of [...(w.doc["ledger"] ?? []), ...result.grants] as O[]) {
        for (const k of (g["basisKeys"] ?? []) as string[]) {
          if (!/^livingAllowance\|[^|]+\|day /.test(k)) continue;
          expect(seen.has(k), `${k} paid twice in ${w.tag}`).toBe(false);
          seen.add(k);
        }
      }
    }
    // Numbers of this seed (27): 1,700 claims, 1,687 agreed (granted 914, denied 562, held 211), 13 triaged (finding 4: every
    // one of them a course across the plan's first or last day, so mending findings 1–3 left the count as it was).
    console.log(`audit27 agreement: ${claims} claims, ${agreed} agreed (granted ${granted}, denied ${denied}, held ${held}), ${triaged} triaged`);
    expect(disagreements).toEqual([]);
    expect(claims).toBeGreaterThanOrEqual(1400);
    expect(triaged).toBeLessThan(claims / 50);
  }, 60_000);

  it("the ordinary case: a 建档立卡低收入农户家庭劳动力 attending a ten-day course in Nanhu every day is paid 500.00", () => {
    const d = one(JX, { trainees: [person(["povertyRegistered"])], courses: [course()], claims: [claim()] });
    expect([d.outcome, d.amount]).toEqual(["granted", "500.00"]); // 10 days × 50.00 (jx2019 四(三)四) = 500.00
  });

  it("a course across 2021-12-31 pays its 2021 days only, and none twice when a second course overlaps them", () => {
    const doc = {
      trainees: [person(["zeroEmploymentHousehold"])],
      courses: [course({ startDate: "2021-12-27", endDate: "2022-01-05" }), course({ id: "K2", startDate: "2021-12-30", endDate: "2021-12-31", attendedDays: 2 })],
      claims: [claim({ submittedOn: "2022-01-20" }), claim({ id: "L2", courseId: "K2", submittedOn: "2022-01-20" })],
    };
    const r = decideById(JX, doc);
    // judged first (its last day 2021-12-31 comes first): 2 days × 50.00 = 100.00
    expect([r["L2"]!.outcome, r["L2"]!.amount]).toEqual(["granted", "100.00"]);
    // 2021-12-27 … 12-29 new: 3 × 50.00 = 150.00; 12-30, 12-31 paid on L2; 2022 days no Jiaxing standard, left unpaid
    expect([r["L1"]!.outcome, r["L1"]!.amount]).toEqual(["granted", "150.00"]);
  });

  it("the la-60 reform (ILLUSTRATIVE) splits a course across 2021-01-01 day by day", () => {
    const d = one(POL["jx60"]!, { trainees: [person(["employmentDifficulty"])], courses: [course({ startDate: "2020-12-29", endDate: "2021-01-03", attendedDays: 6 })], claims: [claim({ submittedOn: "2021-01-10" })] });
    expect([d.outcome, d.amount]).toEqual(["granted", "330.00"]); // 3 days × 50.00 + 3 days × 60.00 (ILLUSTRATIVE) = 150.00 + 180.00 = 330.00
  });

  it("one course claimed twice is paid once; a count of days smaller than the span across a rate change is held, asking the dates", () => {
    const r = decideById(JX, { trainees: [person(["nonContinuingGraduate", "rural"])], courses: [course()], claims: [claim(), claim({ id: "L2" })] });
    expect([r["L1"]!.amount, r["L2"]!.outcome]).toEqual(["500.00", "denied"]); // 10 × 50.00 = 500.00, then nothing
    const h = one(POL["jx60"]!, { trainees: [person(["employmentDifficulty"])], courses: [course({ startDate: "2020-12-29", endDate: "2021-01-03", attendedDays: 4 })], claims: [claim({ submittedOn: "2021-01-10" })] });
    expect([h.outcome, h.missingFacts]).toEqual(["undecidable", ["course.attendedDates"]]);
  });

  it("groups: a disabled trainee is in Jiaxing's 就业困难人员（含残疾人） (paid) and not in gbf2019 §(十一)'s list (refused); a 两后生 neither rural nor 低保 is refused", () => {
    expect(one(JX, { trainees: [person(["disabled"])], courses: [course()], claims: [claim()] }).amount).toBe("500.00"); // 10 × 50.00
    const nat = { trainees: [person(["disabled"], { hukouRegion: "example.city" })], courses: [course({ region: "example.city" })], claims: [claim()] };
    expect(one(POL["nat50"]!, nat).outcome).toBe("denied");
    expect(one(JX, { trainees: [person(["nonContinuingGraduate"])], courses: [course()], claims: [claim()] }).outcome).toBe("denied");
  });

  it("a course outside the city is not paid from its 就业补助资金", () => {
    expect(one(JX, { trainees: [person(["povertyRegistered"])], courses: [course({ region: "zhejiang.hangzhou" })], claims: [claim()] }).outcome).toBe("denied");
  });
});

describe("audit27 findings: Jiaxing's list governs the plan's days (mended 2026-12-06, reading jiaxing-list-governs-plan-days)", () => {
  // What: under jiaxingPolicy a 对口支援地区建档立卡贫困人员 (pairedRegionPovertyRegistered) — or a 脱贫劳动力 (liftedOutOfPoverty) —
  //   whose course lies wholly after jx2019's three-year action (2022-03-01 … 03-10) is DENIED `not_in_living_allowance_group`,
  //   citing jx2019 四(三)四, while a povertyRegistered trainee with the same course is held (undecidable, no Jiaxing standard
  //   for 2022). The Jiaxing exception to `livingAllowance.groups` (src/jurisdictions/jiaxing/livingAllowanceGroups.ts,
  //   jxLivingAllowanceDisabled) is undated: it decides on any day (the reading jiaxing-living-allowance-disabled says so of
  //   the disabled side, not of the refusal).
  // Why: 「本方案自印发之日起施行」 and the action's years (jx2019; the library's own reading jiaxing-plan-in-force: 2019-12-13 …
  //   2021-12-31) — 四(三)四's closed list governs the days of the plan. On 2022 days the national list is the one in force
  //   (plan2021 continues 「生活费补贴」 「按规定」, i.e. on gbf2019 §(十一)'s groups), and it takes this person in as a 贫困劳动力
  //   (reading poverty-labourer-register). With no Jiaxing figure for 2022, the claim is for a later Jiaxing standard:
  //   held as the povertyRegistered trainee's is (reading undecidable-never-zero), not refused.
  // Alternatives: (a) jx2019's list outlives the plan as Jiaxing's standing definition of the groups (then the refusal stands);
  //   (b) the list is judged on the filing date (it is not judged by any date now).
  // Confidence: 75 %.
  // Money: no amount in the texts held — what is refused is 10 days × a later Jiaxing standard (at jx2019's 50.00 carried on,
  //   ILLUSTRATIVE: 10 × 50.00 = 500.00 per claim); finding 2 shows the money with a figure.
  // Mended 2026-12-06: the Jiaxing exception is dated to the plan's days (reading jiaxing-list-governs-plan-days).
  it("「本方案自印发之日起施行」 with 四(三)四's 「四是对建档立卡低收入农户家庭劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员」 governs the plan's days only: a 对口支援地区建档立卡贫困人员's 2022 course is held like any 贫困劳动力's, not refused under Jiaxing's list", () => {
    const doc = (statuses: string[]) => ({ trainees: [person(statuses)], courses: [course({ startDate: "2022-03-01", endDate: "2022-03-10" })], claims: [claim({ submittedOn: "2022-03-20" })] });
    expect(one(JX, doc(["povertyRegistered"])).outcome).toBe("undecidable"); // the control: no Jiaxing standard for 2022
    expect(one(JX, doc(["pairedRegionPovertyRegistered"])).outcome).toBe("undecidable"); // was denied, citing jx2019 四(三)四, before the mend
  });

  // What: with a Jiaxing standard for days before the plan (ILLUSTRATIVE 40.00 from 2019-06-01 to 2019-12-12, as a reform
  //   layer), a povertyRegistered trainee's September 2019 course is paid 400.00, a pairedRegionPovertyRegistered trainee's
  //   is refused citing jx2019 四(三)四 — a clause not yet in force on any of the ten days.
  // Why: gbf2019 §(十一) 「对贫困劳动力、就业困难人员、零就业家庭成员……在培训期间按规定通过就业补助资金同时给予生活费补贴」 is in force from
  //   2019-05-18 (the library's reading); 贫困劳动力 is defined by the register (「建档立卡贫困劳动力（以下简称贫困劳动力）」), so the
  //   paired-region registered person is in it; jx2019 applies 「自印发之日」 (2019-12-13), so its narrower list does not reach
  //   September 2019. Same defect and fix as finding 1.
  // Alternatives: as finding 1; also that a pre-plan Jiaxing standard would come with its own list (none is in the texts).
  // Confidence: 70 % (the figure is illustrative; the refusal's citation of a clause out of force is certain).
  // Money: 10 days × 40.00 (ILLUSTRATIVE pre-plan standard, gbf2019 §(十二) leaves it to the city) = 400.00 per claim refused.
  // Mended 2026-12-06: the Jiaxing exception is dated to the plan's days (reading jiaxing-list-governs-plan-days).
  it("gbf2019 §(十一) 「对贫困劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员，在培训期间按规定通过就业补助资金同时给予生活费补贴」 governs days before jx2019 「自印发之日起施行」: a 对口支援地区建档立卡贫困人员 trained in September 2019 is paid at the city's standard", () => {
    const doc = (statuses: string[]) => ({ trainees: [person(statuses)], courses: [course({ startDate: "2019-09-01", endDate: "2019-09-10" })], claims: [claim({ submittedOn: "2019-09-20" })] });
    expect(one(PRE, doc(["povertyRegistered"])).amount).toBe("400.00"); // the control: 10 × 40.00 (ILLUSTRATIVE) = 400.00
    const d = one(PRE, doc(["pairedRegionPovertyRegistered"]));
    expect([d.outcome, d.amount]).toEqual(["granted", "400.00"]); // was denied 0.00 before the mend; 10 × 40.00 (ILLUSTRATIVE) = 400.00
  });

  // What: the mirror of finding 2 — with the same ILLUSTRATIVE pre-plan standard, a trainee recorded only as disabled is paid
  //   400.00 for September 2019 under jx2019's 「就业困难人员（含残疾人）」, before jx2019 was issued.
  // Why: on those days only gbf2019 §(十一)'s list is in force, and the library itself reads it without 残疾人 (reading
  //   jiaxing-living-allowance-disabled: national list as written; my oracle agrees).
  // Alternatives: gbf2019 §(四)'s own 「就业困难人员（含残疾人）」 defines the term for all of gbf2019 (the reading's third
  //   alternative) — then the payment is right under either text.
  // Confidence: 45 % (two readings stacked: the national list without 残疾人, ~60 %, and the date bound, ~75 %).
  // Money: 10 days × 40.00 (ILLUSTRATIVE) = 400.00 per claim paid without a text in force naming the person.
  // Mended 2026-12-06: the Jiaxing exception is dated to the plan's days (reading jiaxing-list-governs-plan-days).
  it("before jx2019 「自印发之日起施行」 the groups are gbf2019 §(十一)'s 「贫困劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员」, which do not name 残疾人: a trainee recorded only as disabled is not paid for September 2019", () => {
    const d = one(PRE, { trainees: [person(["disabled"])], courses: [course({ startDate: "2019-09-01", endDate: "2019-09-10" })], claims: [claim({ submittedOn: "2019-09-20" })] });
    expect(d.outcome).toBe("denied"); // was granted 400.00 = 10 × 40.00 (ILLUSTRATIVE) before the mend
  });

  // What (found by the agreement run after the mend of findings 1–3, 2026-12-06): a 对口支援地区建档立卡贫困人员 whose course runs
  //   from 2021-12-27 to 2022-01-05 is denied whole under Jiaxing's list, where the oracle refuses the five plan days and
  //   holds the claim for the five 2022 days, which the national list (in force on them, reading poverty-labourer-register)
  //   takes him in for and no text yet prices.
  // Why: 「本方案自印发之日起施行」 — each list governs its own days; the library judges a course with any day in the plan by
  //   Jiaxing's list (reading jiaxing-list-governs-plan-days, its second alternative is this one).
  // Alternatives: the whole course by the list in force on one of its days (the library: any day in the plan).
  // Confidence: 55 %. Money: none as shipped (no day outside the plan has a Jiaxing rate; the plan days are refused
  //   either way); with a standard for 2022 days (a reform, ILLUSTRATIVE 50.00) 5 × 50.00 = 250.00 refused.
  it.fails("「本方案自印发之日起施行」: a course across the plan's last day is judged day by day — a 对口支援地区建档立卡贫困人员's 2022 days are the national list's, held for a standard, not refused with the plan's days", () => {
    const d = one(JX, { trainees: [person(["pairedRegionPovertyRegistered"])], courses: [course({ startDate: "2021-12-27", endDate: "2022-01-05" })], claims: [claim({ submittedOn: "2022-01-10" })] });
    expect(d.outcome).toBe("undecidable"); // fails: denied, citing jx2019 四(三)四 for all ten days
  });
});
