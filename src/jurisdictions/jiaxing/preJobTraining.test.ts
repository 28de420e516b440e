import { describe, expect, it } from "vitest";
import { cite } from "../../core/citation.js";
import { certificate, course, d } from "../../../test/support/national.js";
import type { PreJobTrainingTerms } from "./preJobTraining.js";
import { preJobTraining, preJobTrainingChecks } from "./preJobTraining.js";
import { Evaluation } from "../../core/decision.js";
import { jiaxingPolicy, nationalPolicy } from "../../jurisdictions/policies.js";

// jx2019.pre-job-training 三(一)一: 「培训时间不低于 40 课时」, 「在员工入职 12 个月内」, 「专项职业能力证书（或培训合格证书）」, 「按初级工标准」
const TERMS: PreJobTrainingTerms = { minClassHours: 40, withinMonths: 12, certificateKinds: ["specialAbilityCertificate", "trainingCompletionCertificate"], standardLevel: "junior" };
const CITATION = cite("jx2019.pre-job-training", "三(一)一");
const hired = course({ kind: "preJob", hireDate: d("2020-03-15"), startDate: d("2020-04-01"), endDate: d("2020-04-10"), classHours: 40 });
const ability = certificate({ kind: "specialAbilityCertificate", level: undefined });
const organiser = { kind: "organizer", id: "school-1" } as const;

describe("preJobTrainingChecks — what each pre-job term says (the facts its message shows)", () => {
  it("all four terms met: the hours, the hire window, the certificate and the organiser as payee, each with its facts", () => {
    expect(preJobTrainingChecks(hired, ability, organiser, TERMS, CITATION)).toEqual([
      { pass: true, reason: { code: "class_hours_met", citation: CITATION, facts: { classHours: 40, minClassHours: 40 } } },
      { pass: true, reason: { code: "within_months_of_hire", citation: CITATION, facts: { hireDate: "2020-03-15", startDate: "2020-04-01", endDate: "2020-04-10", withinMonths: 12, latestEnd: "2021-03-15" } } },
      { pass: true, reason: { code: "certificate_is_basis", citation: CITATION, facts: { rowKind: "preJob", kind: "specialAbilityCertificate", accepted: ["specialAbilityCertificate", "trainingCompletionCertificate"] } } },
      { pass: true, reason: { code: "payee_is_organiser", citation: CITATION, facts: { claimant: "organizer" } } },
    ]);
  });

  it("each term failed: 39 hours, ending after the window, a skill-level certificate, the trainee claiming", () => {
    const late = course({ kind: "preJob", hireDate: d("2020-03-15"), startDate: d("2021-03-01"), endDate: d("2021-03-16"), classHours: 39 });
    expect(preJobTrainingChecks(late, certificate(), { kind: "trainee", id: "p1" }, TERMS, CITATION)).toEqual([
      { pass: false, reason: { code: "too_few_class_hours", citation: CITATION, facts: { classHours: 39, minClassHours: 40 } } },
      { pass: false, reason: { code: "not_within_months_of_hire", citation: CITATION, facts: { hireDate: "2020-03-15", startDate: "2021-03-01", endDate: "2021-03-16", withinMonths: 12, latestEnd: "2021-03-15" } } },
      { pass: false, reason: { code: "certificate_not_basis", citation: CITATION, facts: { rowKind: "preJob", kind: "skillLevelCertificate", accepted: ["specialAbilityCertificate", "trainingCompletionCertificate"] } } },
      { pass: false, reason: { code: "payee_not_organiser", citation: CITATION, facts: { claimant: "trainee" } } },
    ]);
  });

  it("without a hire date the window cannot be judged: the course is named and its hire date asked for", () => {
    const unknown = course({ kind: "preJob", classHours: 40 });
    expect(preJobTrainingChecks(unknown, ability, organiser, TERMS, CITATION)[1]).toEqual({
      pass: "unknown",
      reason: { code: "hire_date_unknown", citation: CITATION, facts: { courseId: "k1" } },
      missing: ["course.hireDate"],
    });
  });
});

describe("preJobTraining — the route exists only where a layer sets the terms", () => {
  const input = { course: hired, certificate: ability, claimant: organiser, date: d("2020-04-20") };
  it("under Jiaxing's terms the route is 'preJob', paid at the 初级工 row, with the four checks", () => {
    const route = new Evaluation(jiaxingPolicy(), d("2020-04-20")).use(preJobTraining, input);
    expect(route).toMatchObject({ route: "preJob", level: "junior" });
    expect(route?.checks.map((c) => c.reason.code)).toEqual(["class_hours_met", "within_months_of_hire", "certificate_is_basis", "payee_is_organiser"]);
  });
  it("nationally there are no terms and no route", () => {
    expect(new Evaluation(nationalPolicy(), d("2020-04-20")).use(preJobTraining, input)).toBeNull();
  });
});
