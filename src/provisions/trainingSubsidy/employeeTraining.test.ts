import { describe, expect, it } from "vitest";
import { certificate, course, trainee } from "../../../test/support/national.js";
import { employeeTrainingCheck } from "./employeeTraining.js";

const employee = trainee({ statuses: ["enterpriseEmployee"] });
const unleveled = certificate({ kind: "specialAbilityCertificate", occupation: { code: "EX-CARE", name: "x" }, level: undefined as never });

describe("employeeTrainingCheck — gbf2019.employee-training: pre-job, safety, job-transfer, or 初级工 … 高级技师 training of an employee", () => {
  it.each(["preJob", "safety", "jobTransfer"] as const)("%s training of an employee qualifies", (kind) => {
    expect(employeeTrainingCheck(employee, course({ kind }), unleveled).pass).toBe(true);
  });
  it.each(["junior", "intermediate", "senior", "technician", "seniorTechnician"] as const)("a %s certificate shows leveled training", (level) => {
    expect(employeeTrainingCheck(employee, undefined, certificate({ level })).pass).toBe(true);
  });
  it("a 首席技师 certificate is not among the five levels the clause names, so the course kind decides", () => {
    expect(employeeTrainingCheck(employee, course({ kind: "entrepreneurship" }), certificate({ level: "chiefTechnician" })).pass).toBe(false);
  });
  it("entrepreneurship training with an unleveled certificate is not one of the listed kinds", () => {
    expect(employeeTrainingCheck(employee, course({ kind: "entrepreneurship" }), unleveled)).toMatchObject({ pass: false, reason: { code: "not_employee_training" } });
  });
  it("without the course, an unleveled certificate cannot show the kind of training: the course is needed", () => {
    expect(employeeTrainingCheck(employee, undefined, unleveled)).toMatchObject({ pass: "unknown", missing: ["claim.courseId"] });
  });
  it("a person who is not an enterprise employee does not qualify, whatever the training", () => {
    expect(employeeTrainingCheck(trainee({ statuses: ["unemployed"] }), course({ kind: "safety" }), certificate()).pass).toBe(false);
  });
  it("「企业职工特别是受经贸摩擦影响的企业职工」: a person recorded trade-friction-affected is an employee; laid off (also unemployed) she is not (reading trade-friction-employee)", () => {
    expect(employeeTrainingCheck(trainee({ statuses: ["tradeFrictionAffected"] }), course({ kind: "safety" }), certificate()).pass).toBe(true);
    expect(employeeTrainingCheck(trainee({ statuses: ["unemployed", "tradeFrictionAffected"] }), course({ kind: "safety" }), certificate()).pass).toBe(false);
  });
});

describe("what the employee-training check says (the facts its message shows)", () => {
  it("a non-employee: 'notEnterpriseEmployee' (申请人不是企业职工), citing gbf2019.employee-training", () => {
    expect(employeeTrainingCheck(trainee({ statuses: ["unemployed"] }), course({ kind: "safety" }), certificate())).toEqual({
      pass: false,
      reason: { code: "not_employee_training", citation: { document: "gbf2019", provision: "gbf2019.employee-training", clause: "§(十一)" }, facts: { detail: "notEnterpriseEmployee" } },
    });
  });
  it("a leveled certificate names its level as the basis; a listed course kind names the kind", () => {
    expect(employeeTrainingCheck(employee, undefined, certificate({ level: "senior" })).reason.facts).toEqual({ basis: "level", level: "senior" });
    expect(employeeTrainingCheck(employee, course({ kind: "jobTransfer" }), unleveled).reason).toMatchObject({ code: "employee_training", facts: { basis: "jobTransfer" } });
  });
  it("an unlisted course kind is named; a missing course says the kind is unknown", () => {
    expect(employeeTrainingCheck(employee, course({ kind: "entrepreneurship" }), unleveled).reason.facts).toEqual({ detail: "courseKind", courseKind: "entrepreneurship" });
    expect(employeeTrainingCheck(employee, undefined, unleveled).reason).toMatchObject({ code: "not_employee_training", facts: { detail: "courseKindUnknown" } });
  });
});
