/**
 * Cold audit 28 — 以工代训 (the work-for-training subsidy) against a second implementation.
 *
 * Angle: gbf2019 §(十一) 「企业、农民专业合作社和扶贫车间等各类生产经营主体吸纳贫困劳动力就业并开展以工代训，以及参保企业吸纳就业困难人员、
 * 零就业家庭成员就业并开展以工代训的，给予一定期限的职业培训补贴，最长不超过 6个月。」, its local standard (§(十二); the example city's
 * 500.00 a month is ILLUSTRATIVE, not any city's figure), and plan2021 / op2025 (neither names 以工代训; op2025 names only 以工代赈).
 *
 * What I read first: law/sources gbf2019 (head, 一(二) 「2019 年至 2021 年」, §(十一), §(十二), its date 2019年5月18日), grep of
 * plan2021 and op2025 for 以工代训 / 吸纳 / 就业困难 / 零就业, law/sources.json (in-force notes), src/records (claim, grant,
 * trainee, enterprise schemas — no rules). Then I wrote test/support/audit28-oracle.ts (integer fen, per-person sets of paid
 * months, one pass; readings W1–W7 at its top) BEFORE reading src/provisions/workForTraining/* and
 * law/readings/work-for-training-*.yaml (and national-measures-end-with-framework.yaml, which they lean on).
 *
 * What I tried: test/support/audit28-gen.ts (seeded, test/support/rng.ts) makes 1,700 documents, half under the national
 * frameworks, half under the national texts (gbf2019 alone), each with the example city's ILLUSTRATIVE standards
 * (withIllustrativeLocal): the ordinary case (an enterprise, a poverty-registered labourer, two months claimed after both
 * began), two employers of one worker, seven or more months in one or two claims, months claimed twice, months before
 * 2019-05-18 and after the frameworks end, claims filed before a month begins, workers in no group, uninsured enterprises
 * with an employment-difficulty worker (and with a poverty labourer), prior grants naming months by field, by key, or not at
 * all, later months filed first, a trainee or another enterprise filing, and runs of months across 2021-12/2022-01.
 * Every document goes through parseClaimsDocument → evaluateBatch and through the oracle. Result (seed 28): 2,055 claims,
 * 1,871 agree (1,088 paid, 347 refused, 436 held); 110 in documents naming May 2019 ("may2019"), 55 under the frameworks
 * naming months from 2022 ("frameworkContinues"), 19 across the end of gbf2019 with the months of 2022 beyond six
 * ("crossEndBeyondSix", recorded below); none other; no month of a person paid twice, never more than six a person.
 *
 * Where the first run disagreed and I now hold the library right, I changed the oracle (marked there): W3' another
 * employer on record holds the claim (the record is undated; the months may be of an employer the worker has left), not
 * refuses it; W8' a ground that refuses every month refuses the claim even when the employer or insurance is unknown.
 *
 * Triaged by name in the agreement run (not recorded here):
 *  - "may2019": the library refuses May 2019 (a month dated by its first day, 2019-05-01, before 「2019年5月18日」); my W4 paid
 *    it. The text prints no commencement and measures time in months; neither answer is the text's (50 %), and the library's
 *    reading work-for-training-per-person-months already weighs it (its second cold reader: 55 % to pay May).
 *  - "frameworkContinues": under the national frameworks the library pays months from 2022-01 (plan2021 / op2025 carry the
 *    measure on, reading national-measures-end-with-framework); my W4 held them. Already recorded by cold audit 17
 *    (test/audit17.test.ts, “…以工代训” for March–May 2022, 55 %) — not recorded twice.
 *  - "crossEndBeyondSix": recorded below.
 *
 * Considered and not recorded (see the report): a claim naming months on both sides of 2021-12/2022-01 under `national`,
 * all within six, is held whole (my oracle holds too; the living allowance across the same end pays its days in the action —
 * an inconsistency the reading itself names as an alternative); six months counted per person over every employer (the
 * reading's own choice, mine too); the order months are counted in when later months are filed first (by filing, agreed).
 */
import { describe, expect, it } from "vitest";
import { evaluateBatch, nationalFrameworksPolicy, nationalPolicy } from "../src/index.js";
import type { Policy } from "../src/index.js";
import { decideById, withIllustrativeLocal } from "./support/ordinary.js";
import { generate } from "./support/audit28-gen.js";
import { oracle } from "./support/audit28-oracle.js";
import { parsed } from "./support/world.js";

type O = Record<string, any>;
/** Each with the example city's ILLUSTRATIVE standards: 以工代训 500.00 a month from 2019-05-18 (not an official figure). */
const POL: Record<string, Policy> = { frameworks: withIllustrativeLocal(nationalFrameworksPolicy()), national: withIllustrativeLocal(nationalPolicy()) };
const fen = (a: string | null) => (a === null ? null : Math.round(Number(a) * 100));

const E1 = { id: "E1", name: "示例一厂", region: "example.city", unemploymentInsuranceRegion: "example.city" };
const E2 = { id: "E2", name: "示例扶贫车间", region: "example.city" };
const worker = (statuses: string[], o: O = {}): O => ({ id: "P1", birthDate: "1990-05-05", statuses, hukouRegion: "example.city", employerId: "E1", ...o });
const wft = (id: string, months: string[], submittedOn: string, ent = "E1"): O => ({ id, measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: ent }, enterpriseId: ent, months, submittedOn });
const one = (policy: Policy, doc: O, id = "W1") => decideById(policy, { enterprises: [E1, E2], ...doc })[id]!;
const NAT = POL["national"]!;
const FW = POL["frameworks"]!;
const poor = () => worker(["povertyRegistered"]);
const paidMonths = (d: { reasons: readonly { code: string; facts?: unknown }[] }): string[] => (d.reasons.find((r) => r.code === "work_for_training_months")?.facts as { months?: string[] } | undefined)?.months ?? [];

describe("audit28 controls: 以工代训 as the texts pay it (these pass)", () => {
  it("agreement run: 1,700 generated documents decided claim by claim as the oracle decides them (outside the named groups); no month of a person paid twice, never more than six a person", () => {
    const worlds = generate(28, 1700);
    let claims = 0, agreed = 0, granted = 0, denied = 0, held = 0;
    const triaged = { may2019: 0, frameworkContinues: 0, crossEndBeyondSix: 0 };
    const other: string[] = [];
    for (const w of worlds) {
      const result = evaluateBatch(POL[w.policy]!, parsed(w.doc));
      const expected = oracle(w.doc);
      const allMonths: string[] = (w.doc["claims"] as O[]).flatMap((c) => c["months"] as string[]);
      const priorPaid: string[] = ((w.doc["ledger"] ?? []) as O[]).flatMap((g) => [...(g["months"] ?? []), ...((g["basisKeys"] ?? []) as string[]).map((k) => k.slice(-7))]);
      const seen = new Set<string>(priorPaid);
      for (const d of result.decisions) {
        claims++;
        if (d.outcome === "granted") {
          for (const m of paidMonths(d)) { expect(seen.has(m), `${m} paid twice`).toBe(false); seen.add(m); }
          expect(paidMonths(d).length * 50_000).toBe(fen(d.amount)); // months × 500.00 (ILLUSTRATIVE standard)
        }
        const e = expected.get(d.claimId)!;
        if (d.outcome === e.outcome && fen(d.amount) === e.fen) {
          agreed++;
          if (d.outcome === "granted") granted++; else if (d.outcome === "denied") denied++; else held++;
          continue;
        }
        if (allMonths.includes("2019-05")) triaged.may2019++;
        else if (w.policy === "frameworks" && allMonths.some((m) => m >= "2022-01")) triaged.frameworkContinues++;
        else if (w.policy === "national" && d.outcome === "undecidable" && d.reasons.some((r) => r.code === "provision_not_in_force") && e.outcome === "granted" && allMonths.some((m) => m >= "2022-01")) triaged.crossEndBeyondSix++; // the oracle grants only when every month after 2021 is beyond six
        else other.push(`${w.tag} ${d.claimId}: library ${d.outcome} ${d.amount}, oracle ${e.outcome} ${e.fen} (${e.why}) ${JSON.stringify(w.doc)}`);
      }
      expect(seen.size).toBeLessThanOrEqual(6); // never more than six months a person (prior months included)
    }
    expect(other).toEqual([]);
    expect(claims).toBe(agreed + triaged.may2019 + triaged.frameworkContinues + triaged.crossEndBeyondSix);
    // Since the mend of "crossEndBeyondSix" (2026-12-06, the lead): its 19 claims agree (1871 + 19 agreed, 1088 + 19 granted);
    // since review 41's mend (the months before the end paid, those after left to a later text; the oracle's W4'), 33 held
    // claims of both are granted (1107 + 33, 436 − 33). Since cold review 74 (a 以工代训 claim judged on its first month, the
    // oracle too), 2 claims triaged under frameworkContinues agree, both granted (1890 + 2, 1140 + 2, 55 − 2).
    expect([claims, agreed, granted, denied, held, triaged.may2019, triaged.frameworkContinues, triaged.crossEndBeyondSix]).toMatchInlineSnapshot(`
      [
        2055,
        1892,
        1142,
        347,
        403,
        110,
        53,
        0,
      ]
    `);
  });


  it("the ordinary case: an enterprise that took on a poverty-registered labourer claims two months after both began — 2 × 500.00 = 1000.00 (ILLUSTRATIVE standard)", () => {
    for (const p of [NAT, FW]) {
      const d = one(p, { trainees: [poor()], claims: [wft("W1", ["2020-03", "2020-04"], "2020-05-10")] });
      expect([d.outcome, d.amount]).toEqual(["granted", "1000.00"]); // 2 months × 500.00
    }
  });

  it("「最长不超过 6个月」 per person across employers: six months paid to E1, the worker now at E2, E2's month is refused", () => {
    const ledger = [{ id: "G1", claimId: "OLD-1", traineeId: "P1", measure: "workForTrainingSubsidy", provision: "gbf2019.work-for-training", payee: { kind: "enterprise", id: "E1" }, amount: "3000.00", basisDate: "2020-06-01", months: ["2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06"] }];
    const d = one(NAT, { trainees: [worker(["povertyRegistered"], { employerId: "E2" })], ledger, claims: [wft("W1", ["2020-09"], "2020-10-05", "E2")] });
    expect([d.outcome, d.amount]).toEqual(["denied", "0.00"]); // 6 of 6 months used: 0 × 500.00
  });

  it("seven months in one claim: six paid, 6 × 500.00 = 3000.00", () => {
    const d = one(NAT, { trainees: [poor()], claims: [wft("W1", ["2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06", "2020-07"], "2020-08-03")] });
    expect([d.outcome, d.amount]).toEqual(["granted", "3000.00"]); // 6 × 500.00
  });

  it("a month claimed twice in one batch is paid once: the second claim pays only May, 1 × 500.00", () => {
    const r = decideById(NAT, { enterprises: [E1, E2], trainees: [poor()], claims: [wft("W1", ["2020-03", "2020-04"], "2020-05-10"), wft("W2", ["2020-04", "2020-05"], "2020-06-10")] });
    expect([r["W1"]!.amount, r["W2"]!.amount]).toEqual(["1000.00", "500.00"]); // 2 × 500.00; April paid already, 1 × 500.00
  });

  it("「参保企业」: an enterprise with no unemployment insurance on record and an employment-difficulty worker is held; a poverty labourer at the same enterprise is paid (any 生产经营主体)", () => {
    const hard = one(NAT, { trainees: [worker(["employmentDifficulty"], { employerId: "E2" })], claims: [wft("W1", ["2020-03"], "2020-04-10", "E2")] });
    const poorAtE2 = one(NAT, { trainees: [worker(["povertyRegistered"], { employerId: "E2" })], claims: [wft("W1", ["2020-03"], "2020-04-10", "E2")] });
    expect([hard.outcome, poorAtE2.outcome, poorAtE2.amount]).toEqual(["undecidable", "granted", "500.00"]); // 1 × 500.00
  });

  it("a claim filed before its months begin is refused; filed in the second month, the first two are paid (2 × 500.00)", () => {
    expect(one(NAT, { trainees: [poor()], claims: [wft("W1", ["2020-03", "2020-04"], "2020-02-20")] }).outcome).toBe("denied");
    expect(one(NAT, { trainees: [poor()], claims: [wft("W1", ["2020-03", "2020-04", "2020-05"], "2020-04-02")] }).amount).toBe("1000.00"); // March, April × 500.00
  });

  it("a worker in no group (unemployed alone), or the worker filing, is refused; a month before 2019-05 is refused", () => {
    expect(one(NAT, { trainees: [worker(["unemployed"])], claims: [wft("W1", ["2020-03"], "2020-04-10")] }).outcome).toBe("denied");
    expect(one(NAT, { trainees: [poor()], claims: [{ ...wft("W1", ["2020-03"], "2020-04-10"), claimant: { kind: "trainee", id: "P1" } }] }).outcome).toBe("denied");
    expect(one(NAT, { trainees: [poor()], claims: [wft("W1", ["2019-03", "2019-04"], "2019-06-10")] }).outcome).toBe("denied");
  });

  it("a prior grant naming no month holds the person's next claim; months after 2021 under gbf2019 alone are held", () => {
    const ledger = [{ id: "G1", claimId: "OLD-1", traineeId: "P1", measure: "workForTrainingSubsidy", provision: "gbf2019.work-for-training", payee: { kind: "enterprise", id: "E1" }, amount: "1500.00", basisDate: "2020-03-01" }];
    expect(one(NAT, { trainees: [poor()], ledger, claims: [wft("W1", ["2020-06"], "2020-07-10")] }).outcome).toBe("undecidable");
    expect(one(NAT, { trainees: [poor()], claims: [wft("W1", ["2022-03", "2022-04"], "2022-05-10")] }).outcome).toBe("undecidable");
  });
});

describe("audit28 findings: 以工代训 (records of what the texts require; each fails on the library as it stands)", () => {
  // What: under `national` (gbf2019 alone, its action 2019—2021) a claim for May 2021–February 2022 is held whole
  //   (`provision_not_in_force` naming January 2022): workForTraining.ts returns at the first begun month after the framework,
  //   before the months are counted against the six.
  // Why: gbf2019 §(十一) 「给予一定期限的职业培训补贴，最长不超过 6个月」 and 一(二) 「2019 年至 2021 年，持续开展职业技能提升行动」. May–October
  //   2021 are within the action and are the person's first six months in calendar order (the library's own order, reading
  //   work-for-training-per-person-months): they are paid whatever a later text says of 2022, and the months of 2022 are the
  //   seventh to tenth — beyond 「最长不超过 6个月」 counted per person (reading work-for-training-per-person). Nothing is left to
  //   a later text. The reading national-measures-end-with-framework holds a claim across the end whole “as one a local
  //   standard does not cover whole is” — but since review 18c that claim is no longer held whole (its months priced are paid).
  // Alternatives: hold whole (the library; defensible only if a later text could restart the six, which the per-person reading
  //   denies); pay 2021's months and name 2022's as held (the general case across the end, which my own oracle holds whole).
  // Confidence: 70 %. Money: 6 months × 500.00 (ILLUSTRATIVE example-city standard, gbf2019 §(十二)) = 3000.00 withheld a claim.
  // Mended 2026-12-06 (the lead): workForTrainingSubsidy holds a month after the framework's end only while the months
  // before it leave the most unreached (src/provisions/workForTraining/workForTraining.ts).
  it("gbf2019 §(十一) 「给予一定期限的职业培训补贴，最长不超过 6个月」 within 「2019 年至 2021 年，持续开展职业技能提升行动」: under the national texts a claim for May 2021–February 2022 is paid its six months of 2021 (6 × 500.00 = 3000.00), the months of 2022 being the seventh to tenth — the library holds it whole", () => {
    const months = ["2021-05", "2021-06", "2021-07", "2021-08", "2021-09", "2021-10", "2021-11", "2021-12", "2022-01", "2022-02"];
    const d = one(NAT, { trainees: [poor()], claims: [wft("W1", months, "2022-03-18")] });
    expect([d.outcome, d.amount]).toEqual(["granted", "3000.00"]); // 6 × 500.00 (ILLUSTRATIVE); library: undecidable, null
  });

  // What: the person's six months are already paid (a prior grant naming January–June 2021); a claim under `national` for
  //   January–February 2022 is held (`provision_not_in_force`), not refused as `work_for_training_months_used` — the same early
  //   return as above, before the count.
  // Why: 「最长不超过 6个月」 per person (reading work-for-training-per-person, the library's own): six months used, nothing more
  //   can be paid to this person under §(十一), so there is no question left for a later text to answer about THIS measure.
  // Alternatives: held (the library: a later text might create its own 以工代训 with its own limit — then it is another measure,
  //   which the reading national-measures-end-with-framework does not say). No money moves directly (held is not paid);
  //   a held claim sits in a queue for a fact no claimant can supply.
  // Confidence: 50 %. Money: 0.00 moved (refused vs held: 2 × 500.00 = 1000.00 left pending rather than refused).
  it.fails("gbf2019 §(十一) 「给予一定期限的职业培训补贴，最长不超过 6个月」: under the national texts, six months already paid for January–June 2021, a claim for January–February 2022 is refused as the six used — the library holds it for a later text", () => {
    const ledger = [{ id: "G1", claimId: "OLD-1", traineeId: "P1", measure: "workForTrainingSubsidy", provision: "gbf2019.work-for-training", payee: { kind: "enterprise", id: "E1" }, amount: "3000.00", basisDate: "2021-06-01", months: ["2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06"] }];
    const d = one(NAT, { trainees: [poor()], ledger, claims: [wft("W1", ["2022-01", "2022-02"], "2022-03-10")] });
    expect([d.outcome, d.amount]).toEqual(["denied", "0.00"]); // 6 of 6 months used: 0 × 500.00; library: undecidable
  });
});
