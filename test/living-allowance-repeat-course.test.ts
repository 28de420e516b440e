/**
 * Reading living-allowance-repeat-course. gbf2019 §(十一) gives the living allowance to the groups
 * 「在培训期间按规定通过就业补助资金同时给予生活费补贴」 — alongside the subsidised training of the same sentence — and
 * §(十二) says of that training subsidy 「但同一职业同一等级不可重复享受」 (jx2019 五(十一): 「但同一职业（项目）同一等级不可重复享受」).
 * A course on an occupation at a level whose training subsidy the person was already paid before the course began is a
 * repeat the texts do not subsidise, so its days earn no allowance. Jiaxing pays 50 yuan a day (jx2019 四(三)四
 * 「在培训期间通过就业补助资金按每人每天 50 元标准给予生活费补贴」); the EX-ELEC rows of the fixture catalogue are ILLUSTRATIVE.
 */
import { describe, expect, it } from "vitest";
import type { Grant, Policy } from "../src/index.js";
import { evaluateBatch } from "../src/index.js";
import { cert, course, E1, JX, kept, TRAINEE, ts, worker } from "./support/ordinary.js";
import { parsed } from "./support/world.js";

type O = Record<string, unknown>;

/** Decides `doc` under `policy`: each claim as `outcome:amount[:reason codes or missing facts]`, and the grants. */
function run(policy: Policy, doc: O, ledger: readonly O[] = []): { decided: Record<string, string>; grants: readonly Grant[]; facts: Record<string, Record<string, unknown> | undefined> } {
  const r = evaluateBatch(policy, parsed({ ...doc, ledger }));
  const decided: Record<string, string> = {};
  const facts: Record<string, Record<string, unknown> | undefined> = {};
  for (const d of r.decisions) {
    const codes = d.reasons.filter((x) => x.code === "occupation_level_already_subsidised" || x.code === "earlier_claim_undecided" || x.code === "not_in_living_allowance_group");
    decided[d.claimId] = d.outcome === "granted" ? `granted:${d.amount}` : d.outcome === "undecidable" ? `undecidable:${d.missingFacts.join(",")}` : `denied:${d.amount}:${codes.map((x) => x.code).join(",")}`;
    facts[d.claimId] = codes[0]?.facts;
  }
  return { decided, grants: r.grants, facts };
}
/** Two runs: `first`, then `second` with the first run's grants as the ledger. */
function chained(doc: O, first: O[], second: O[]): Record<string, string> {
  const a = run(JX, { ...doc, claims: first });
  const b = run(JX, { ...doc, claims: second }, a.grants as unknown as O[]);
  return { ...a.decided, ...b.decided };
}

const la = (id: string, courseId: string, submittedOn = "2020-10-01"): O => ({ id, measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId, submittedOn });
/** A 贫困劳动力 with a Nanhu hukou, in no one's employ: the plain claimant of the allowance. */
const poor = worker({ statuses: ["povertyRegistered"], employerId: undefined });
/** The second course: EX-ELEC 初级工 again, 2020-09-01 – 2020-09-10, every one of its ten days attended. */
const again = (o: O = {}): O => course("K2", { startDate: "2020-09-01", endDate: "2020-09-10", ...o });
/** A training subsidy kept by the ledger (another system's run): EX-ELEC 初级工, 1000.00, based on `basisDate`. */
const paidBefore = (basisDate: string, o: O = {}): O => kept({ id: "G0", claimId: "OLD-0", measure: "trainingSubsidy", provision: "jx2019.catalogue", amount: "1000.00", basisDate, occupationCode: "EX-ELEC", level: "junior", certificateId: "C0", ...o });
const only = (courses: O[]): O => ({ trainees: [poor], enterprises: [E1], courses, certificates: [] });

describe("gbf2019 §(十一) 「在培训期间按规定通过就业补助资金同时给予生活费补贴」 with §(十二) 「但同一职业同一等级不可重复享受」: a course repeating an occupation and level already subsidised earns no living allowance (reading living-allowance-repeat-course)", () => {
  it("the plain claimant: a 贫困劳动力's first EX-ELEC 初级工 course is paid its training subsidy and its ten days, whichever is judged first", () => {
    const doc = { trainees: [poor], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")] };
    // EX-ELEC 初级工 row 1000.00 (illustrative); 10 days × 50.00 (jx2019 四(三)四) = 500.00
    const want = { T1: "granted:1000.00", L1: "granted:500.00" };
    expect(run(JX, { ...doc, claims: [ts("T1", "C1"), la("L1", "K1")] }).decided).toEqual(want);
    // the course's own certificate (issued 2020-06-20, after its first day 2020-06-01) is not an earlier subsidy of it
    expect(chained(doc, [ts("T1", "C1")], [la("L1", "K1")])).toEqual(want);
    expect(chained(doc, [la("L1", "K1")], [ts("T1", "C1")])).toEqual(want);
  });

  it("a second EX-ELEC 初级工 course, begun after the first's training subsidy was paid, is refused its allowance (0.00), naming the grant — in a batch and across runs", () => {
    const doc = { trainees: [poor], enterprises: [E1], courses: [course("K1"), again()], certificates: [cert("C1")] };
    const batch = run(JX, { ...doc, claims: [ts("T1", "C1"), la("L1", "K1"), la("L2", "K2")] });
    // K1: 1000.00 and 10 × 50.00 = 500.00; K2 repeats EX-ELEC 初级工, paid on C1 (2020-06-20) before 2020-09-01
    expect(batch.decided).toEqual({ T1: "granted:1000.00", L1: "granted:500.00", L2: "denied:0.00:occupation_level_already_subsidised" });
    expect(batch.facts["L2"]).toMatchObject({ occupation: "EX-ELEC", level: "junior", earlierClaims: ["T1"] });
    expect(chained(doc, [ts("T1", "C1"), la("L1", "K1")], [la("L2", "K2")])["L2"]).toBe("denied:0.00:occupation_level_already_subsidised");
  });

  it("the grant's basis date against the course's first day (2020-09-01): the day before refuses; the first day itself and the day after pay 10 × 50.00 = 500.00", () => {
    const doc = { ...only([again()]), claims: [la("L2", "K2")] };
    expect(run(JX, doc, [paidBefore("2020-08-31")]).decided["L2"]).toBe("denied:0.00:occupation_level_already_subsidised");
    expect(run(JX, doc, [paidBefore("2020-09-01")]).decided["L2"]).toBe("granted:500.00");
    expect(run(JX, doc, [paidBefore("2020-09-02")]).decided["L2"]).toBe("granted:500.00");
  });

  it("the next level is a new basis: an EX-ELEC 中级工 course after the 初级工 subsidy is paid 10 × 50.00 = 500.00; so is another occupation's 初级工 course", () => {
    expect(run(JX, { ...only([again({ level: "intermediate" })]), claims: [la("L2", "K2")] }, [paidBefore("2020-06-20")]).decided["L2"]).toBe("granted:500.00");
    expect(run(JX, { ...only([again({ occupation: { code: "EX-WELD", name: "焊工（示意）" } })]), claims: [la("L2", "K2")] }, [paidBefore("2020-06-20")]).decided["L2"]).toBe("granted:500.00");
  });

  it("only the training subsidy counts (trainingSubsidy.noRepeatMeasures): an earlier appraisal subsidy of EX-ELEC 初级工 leaves the course paid 500.00", () => {
    const appraisal = paidBefore("2020-06-20", { measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", amount: "120.00" });
    // 10 days × 50.00 (jx2019 四(三)四) = 500.00
    expect(run(JX, { ...only([again()]), claims: [la("L2", "K2")] }, [appraisal]).decided["L2"]).toBe("granted:500.00");
  });

  it("an earlier training subsidy that names no occupation, based before the course, holds the allowance, asking what it paid (reading earlier-grant-says-what-it-paid)", () => {
    const silent = paidBefore("2020-06-20", { occupationCode: undefined, level: undefined });
    const r = run(JX, { ...only([again()]), claims: [la("L2", "K2")] }, [silent]);
    expect(r.decided["L2"]).toMatch(/^undecidable:.*occupationCode/);
  });

  it("a training-subsidy claim on EX-ELEC 初级工 held undecidable earlier in the batch holds the allowance, naming it; answered, the allowance follows it (reading claim-order-by-issue-date)", () => {
    // the organiser's claim on C1, whose course K1 names no organiser: held (reading organiser-of-record)
    const doc = { trainees: [poor], enterprises: [E1], courses: [course("K1", { organizerId: undefined }), again()], certificates: [cert("C1")] };
    const organiser = { kind: "organizer", id: "ORG1" };
    const r = run(JX, { ...doc, claims: [ts("H1", "C1", { claimant: organiser }), la("L2", "K2")] });
    expect(r.decided["H1"]).toMatch(/^undecidable:/);
    expect(r.decided["L2"]).toMatch(/^undecidable:.*claim H1: decision/);
    // answered: K1 names ORG1, the organiser is paid the EX-ELEC 初级工 row, 1000.00 (illustrative), and K2's allowance refused
    const answered = { ...doc, courses: [course("K1"), again()] };
    expect(run(JX, { ...answered, claims: [ts("H1", "C1", { claimant: organiser }), la("L2", "K2")] }).decided).toEqual({ H1: "granted:1000.00", L2: "denied:0.00:occupation_level_already_subsidised" });
    // refused (K1 names another organiser): nothing was subsidised, K2's ten days are paid, 10 × 50.00 = 500.00
    const refused = { ...doc, courses: [course("K1", { organizerId: "ORG2" }), again()] };
    expect(run(JX, { ...refused, claims: [ts("H1", "C1", { claimant: organiser }), la("L2", "K2")] }).decided["L2"]).toBe("granted:500.00");
  });

  it("a certificate earned on the course decides what the training was: the course's own EX-ELEC 中级工 certificate, a first, makes an 初级工-recorded course no repeat (10 × 50.00 = 500.00); its own 初级工 certificate, a repeat, leaves it refused (cold review 27)", () => {
    const first = { trainees: [poor], enterprises: [E1], courses: [course("K1"), again()], claims: [ts("T1", "C1"), la("L2", "K2")] };
    // C2 (EX-ELEC 中级工, earned on K2) is a first at its level: K2's ten days are paid, 10 × 50.00 = 500.00
    expect(run(JX, { ...first, certificates: [cert("C1"), cert("C2", { level: "intermediate", issuedOn: "2020-09-20", courseId: "K2" })] }).decided["L2"]).toBe("granted:500.00");
    // C2 at 初级工 again: the course and its certificate both repeat EX-ELEC 初级工 (paid on C1, 2020-06-20)
    expect(run(JX, { ...first, certificates: [cert("C1"), cert("C2", { issuedOn: "2020-09-20", courseId: "K2" })] }).decided["L2"]).toBe("denied:0.00:occupation_level_already_subsidised");
    // the allowance's claim naming the certificate says the same without the rest of the document: 500.00
    const named = { ...la("L2", "K2"), certificateId: "C2" };
    expect(run(JX, { ...first, claims: [named], certificates: [cert("C2", { level: "intermediate", issuedOn: "2020-09-20", courseId: "K2" })] }, [paidBefore("2020-06-20")]).decided["L2"]).toBe("granted:500.00");
  });

  it("a grant naming the repeat course but no occupation may have paid another level: the allowance is held, asking what it paid; naming the course at the level paid before, it is the repeat itself and the allowance is refused (cold review 29)", () => {
    const own = (o: O) => kept({ id: "G2", claimId: "OLD-2", measure: "trainingSubsidy", provision: "jx2019.catalogue", amount: "1500.00", basisDate: "2020-09-20", courseId: "K2", ...o });
    const doc = { ...only([again()]), claims: [la("L2", "K2")] };
    expect(run(JX, doc, [paidBefore("2020-06-20"), own({})]).decided["L2"]).toMatch(/^undecidable:.*grant G2: occupationCode/);
    expect(run(JX, doc, [paidBefore("2020-06-20"), own({ occupationCode: "EX-ELEC", level: "junior", amount: "1000.00" })]).decided["L2"]).toBe("denied:0.00:occupation_level_already_subsidised");
    // at 中级工, a first: the course's training was subsidised, its ten days paid, 10 × 50.00 = 500.00
    expect(run(JX, doc, [paidBefore("2020-06-20"), own({ occupationCode: "EX-ELEC", level: "intermediate" })]).decided["L2"]).toBe("granted:500.00");
  });

  it("a person outside the groups with a repeat course is refused for both reasons", () => {
    const doc = { trainees: [worker({ employerId: undefined, statuses: [] })], enterprises: [E1], courses: [again()], certificates: [], claims: [la("L2", "K2")] };
    expect(run(JX, doc, [paidBefore("2020-06-20")]).decided["L2"]).toBe("denied:0.00:not_in_living_allowance_group,occupation_level_already_subsidised");
  });
});
