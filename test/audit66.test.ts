/**
 * Audit 66 (2026-12-06): can the tests fail when the money logic is broken? A hand-made mutation audit of the rules that
 * decide who is paid, how much and how often.
 *
 * Method: about thirty small, plausible bugs (an off-by-one at a threshold, a pay-once key or ledger look-up that drops a
 * field, a residency basis dropped, a rounding done per month instead of per line, an uplift given to the wrong group, the
 * wrong payee …) were applied one at a time to src/, and the subset `src/provisions src/core src/jurisdictions test/jiaxing
 * test/scenarios.test.ts test/invariants.property.test.ts test/batch.test.ts` was run against each. The tests below kill
 * the mutants that subset let through and that move money; each passes on the untouched src and fails with its mutant
 * applied (named in the test's comment). src/ untouched.
 *
 * Of 49 mutants the subset killed 43. Of the six it let through, five move money and are killed here: M07 (the other of
 * 「职业培训补贴或参保职工技能提升补贴」 found by certificate only), M14 (a filer as trainee not compared with the trainee), M43 (an
 * enterprise paid the pre-job route for a person recorded unemployed), M47 (a pensioner paid the skill-upgrade subsidy),
 * M49 (any enterprise taken as the employer on record). The sixth, M15 (the skill-upgrade subsidy's filer not compared
 * with the insured employee), pays the same person the same amount and is left to test/review37.test.ts. Each of the six
 * is also killed by some test outside the subset (test/audit12d, audit21, review34, review15, review37 …): the subset is
 * not the whole guard.
 *
 * Figures: ILLUSTRATIVE (the example catalogues and standards of test/support/, not any city's published figures).
 */
import { describe, expect, it } from "vitest";
import type { Decision } from "../src/index.js";
import { offenders } from "../scripts/quotations.mjs";
import { ability, employee, enterprises, preJob } from "./support/enterpriseRoutes.js";
import { cert, cityCert, cityCourse, cityTs, cityWorker, course, decideById, E1, JX, NF, skillUpgrade, ts, worker } from "./support/ordinary.js";

type O = Record<string, unknown>;
/** outcome:amount, and the first reason of a refusal or a hold */
const brief = (d: Decision | undefined): string => (d?.outcome === "granted" ? `granted:${d.amount}` : `${d?.outcome}:${d?.amount ?? "null"}:${d?.reasons[d.reasons.length - 1]?.code}`);

describe("audit 66 — the quotations of this file", () => {
  it("are the texts, character for character", () => {
    expect(offenders(["test/audit66.test.ts"])).toEqual([]);
  });
});

describe("「按规定给予职业培训补贴或参保职工技能提升补贴」 (gbf2019 §(十一)): one or the other for one occupation at one level, whichever certificate is claimed on", () => {
  // Mutant M07 (src/provisions/skillUpgrade/insuredSkillUpgrade.ts, otherMeasureGrant): the other measure's grant found by
  // its certificate id only, not by its occupation and level — a second certificate of the same occupation and level is
  // then paid the other subsidy (reading training-or-skill-upgrade: 「同一职业同一等级」 is the same training).
  const doc = (claims: O[]): O => ({
    trainees: [cityWorker()],
    courses: [cityCourse("K1"), cityCourse("K2", { startDate: "2022-08-10", endDate: "2022-08-25", attendedDays: 16 }), cityCourse("K3", { startDate: "2022-09-10", endDate: "2022-09-25", attendedDays: 16, level: "intermediate" })],
    certificates: [cityCert("C1"), cityCert("C2", { courseId: "K2", issuedOn: "2022-09-01" }), cityCert("C3", { courseId: "K3", issuedOn: "2022-10-01", level: "intermediate" })],
    claims,
  });
  const later = (c: O, submittedOn: string): O => ({ ...c, submittedOn });

  it("an insured employee paid the skill-upgrade subsidy on her first EX-ELEC 初级工 certificate is refused the training subsidy on a second EX-ELEC 初级工 certificate, and paid it on a 中级工 one", () => {
    const r = decideById(NF, doc([skillUpgrade("S1", "C1"), later(cityTs("T2", "C2"), "2022-09-05"), later(cityTs("T3", "C3"), "2022-10-05")]));
    expect(brief(r["S1"])).toBe("granted:1000.00"); // illustrative skill-upgrade standard, 初级工 1000.00
    expect(brief(r["T2"])).toBe("denied:0.00:other_measure_already_paid"); // the same occupation at the same level: 「或」, the other one was paid
    expect(brief(r["T3"])).toBe("granted:1500.00"); // another level is another training: the example catalogue's EX-ELEC 中级工 row, 1500.00
  });

  it("and the other way round: a training subsidy paid on the first EX-ELEC 初级工 certificate leaves no skill-upgrade subsidy for a second one", () => {
    const r = decideById(NF, doc([cityTs("T1", "C1"), later(skillUpgrade("S2", "C2"), "2022-09-05")]));
    expect(brief(r["T1"])).toBe("granted:1000.00"); // the example catalogue's EX-ELEC 初级工 row, 1000.00
    expect(brief(r["S2"])).toBe("denied:0.00:other_measure_already_paid");
  });
});

describe("「参加培训后取得证书……的，按规定给予职业培训补贴」 (gbf2019 §(十二)): the subsidy is the trainee's, paid to no other person who files as the trainee", () => {
  // Mutant M14 (src/provisions/trainingSubsidy/trainingSubsidy.ts, the first check of the rule): the claimant filing as a
  // trainee no longer compared with the certificate's trainee — another person is paid P1's certificate, and P1's own
  // claim is then refused as paid. (test/audit21.test.ts kills it too, outside the audited subset.)
  const base = { trainees: [worker(), worker({ id: "P2" })], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")] };

  it("P2 filing as the trainee on P1's EX-ELEC 初级工 certificate is refused; P1's own claim is then paid 1000.00", () => {
    const r = decideById(JX, { ...base, claims: [ts("A", "C1", { claimant: { kind: "trainee", id: "P2" } }), ts("B", "C1")] });
    expect(brief(r["A"])).toBe("denied:0.00:payee_not_trainee");
    expect(brief(r["B"])).toBe("granted:1000.00"); // the illustrative Jiaxing catalogue's EX-ELEC 初级工 row, 1000.00
    expect(r["B"]?.payee).toEqual({ kind: "trainee", id: "P1" });
  });

  it("the control: P1 filing for herself is paid 1000.00, to herself", () => {
    const r = decideById(JX, { ...base, claims: [ts("B", "C1")] });
    expect([brief(r["B"]), r["B"]?.payee]).toEqual(["granted:1000.00", { kind: "trainee", id: "P1" }]); // EX-ELEC 初级工 row, 1000.00
  });
});

describe("「符合条件的企业职工参加岗前培训」 (gbf2019 §(十一)) with jx2019 三(一)一 「对于企业新招用人员，在员工入职12个月内」: an enterprise claiming the pre-job route is paid for its new hire, not for a person its record calls unemployed", () => {
  // Mutant M43 (src/provisions/trainingSubsidy/trainingSubsidy.ts, where a route paying the 组织单位 lifts the enterprise's
  // employee-training check): the check lifted for every person, a record saying `unemployed` too — the enterprise is then
  // paid the 初级工 row for training a person its record does not show as its employee (reading organiser-of-record:
  // 「按初级工标准给予组织单位补贴」 pays the unit for its new hires; a record that says unemployed still refuses it).
  const doc = (statuses: string[], employerId?: string): O => ({
    trainees: [{ ...employee, statuses, ...(employerId === undefined ? {} : { employerId }) }],
    enterprises,
    courses: [preJob()],
    certificates: [ability()],
    claims: [{ id: "A", measure: "trainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", certificateId: "K1", submittedOn: "2020-05-01" }],
  });

  it("the control: E1's new hire (hired 2020-03-15, 40 class hours in April 2020) earns E1 the EX-SEW 初级工 row, 800.00", () => {
    expect(brief(decideById(JX, doc(["enterpriseEmployee"], "E1"))["A"])).toBe("granted:800.00"); // 「按初级工标准」: the illustrative EX-SEW 初级工 row, 800.00
  });

  it("the same course and certificate for a person whose record says unemployed: E1's claim is refused, 0.00", () => {
    const d = decideById(JX, doc(["unemployed"]))["A"];
    expect([d?.outcome, d?.amount]).toEqual(["denied", "0.00"]);
    expect(d?.reasons.map((r) => r.code)).toContain("not_employee_training");
  });
});

describe("「发挥失业保险促进就业作用，支持符合条件的参保职工提升职业技能」 (gf2018 §(六)): the skill-upgrade subsidy is for an insured employee, not one who has left for a monthly pension", () => {
  // Mutant M47 (src/provisions/skillUpgrade/insuredSkillUpgrade.ts, insuredEmployeeCheck): the refusal of a person who
  // draws a monthly pension dropped — months of insurance paid before retiring then earn the subsidy (reading
  // insured-skill-upgrade-claimable; cold audit 9: a pensioner has left the unemployment insurance the subsidy is paid from).
  const doc = (o: O): O => ({ trainees: [cityWorker(o)], courses: [cityCourse("K1")], certificates: [cityCert("C1")], claims: [skillUpgrade("S1", "C1")] });

  it("the control: an enterprise employee insured 24 months in the example city, no pension, is paid the 初级工 standard, 1000.00", () => {
    expect(brief(decideById(NF, doc({}))["S1"])).toBe("granted:1000.00"); // the illustrative skill-upgrade standard, 初级工 1000.00
    expect(brief(decideById(NF, doc({ receivesMonthlyPension: false }))["S1"])).toBe("granted:1000.00");
  });

  it("the same employee drawing a monthly pension is refused, whatever months were insured before: 0.00", () => {
    const d = decideById(NF, doc({ receivesMonthlyPension: true, unemploymentInsuranceMonths: { "example.city": 300 } }))["S1"];
    expect([d?.outcome, d?.amount]).toEqual(["denied", "0.00"]);
    expect(d?.reasons.find((r) => r.code === "not_insured_employee")?.facts).toEqual({ detail: "draws a monthly pension" });
  });
});

describe("「符合条件的企业职工参加……培训，按规定给予职业培训补贴」 (gbf2019 §(十一)): an enterprise is paid for its own employee's training, not another enterprise's", () => {
  // Mutant M49 (src/provisions/trainingSubsidy/trainingSubsidy.ts, employerOfRecord): any enterprise accepted once the
  // person has an employer on record — E2 is then paid E1's employee's certificate, and the certificate's one payment is
  // gone (reading employer-of-record). (test/audit21.test.ts kills it too, outside the audited subset.)
  const base = { trainees: [worker()], enterprises: [E1, { ...E1, id: "E2", name: "另一企业（示意）" }], courses: [course("K1")], certificates: [cert("C1")] };
  const byEnterprise = (id: string, e: string): O => ts(id, "C1", { claimant: { kind: "enterprise", id: e }, enterpriseId: e });

  it("E1, the employer on record, is paid the EX-ELEC 初级工 row, 1000.00", () => {
    const d = decideById(JX, { ...base, claims: [byEnterprise("A", "E1")] })["A"];
    expect([brief(d), d?.payee]).toEqual(["granted:1000.00", { kind: "enterprise", id: "E1" }]); // the illustrative Jiaxing catalogue's EX-ELEC 初级工 row, 1000.00
  });

  it("E2, not her employer, is refused; the worker's own claim is then paid 1000.00", () => {
    const r = decideById(JX, { ...base, claims: [byEnterprise("A", "E2"), ts("B", "C1")] });
    expect(brief(r["A"])).toBe("denied:0.00:payee_not_employer");
    expect(brief(r["B"])).toBe("granted:1000.00"); // EX-ELEC 初级工 row: C1 unpaid, E2's claim refused
  });
});
