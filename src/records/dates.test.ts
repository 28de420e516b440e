/**
 * Dates that cannot be (reading: plausible-record-dates). A claim is filed after the
 * record it relies on exists; a person is born before their training; a date is a day
 * of 1900–2099.
 */
import { describe, expect, it } from "vitest";
import { evaluateClaim } from "../engine.js";
import { jiaxingPolicy } from "../jurisdictions/policies.js";
import { parseClaimsDocument } from "./document.js";
import { parseTrainee } from "./parse.js";
import { claim, course, input, trainee } from "../../test/builders.js";

const person = { id: "P-1", birthDate: "2002-04-18", statuses: ["nonContinuingGraduate", "rural"], hukouRegion: "zhejiang.jiaxing.haining" };
const training = {
  id: "C-1", traineeId: "P-1", kind: "employmentSkills", occupation: { code: "4-10-01-01", name: "养老护理员" }, level: "junior",
  classHours: 56, startDate: "2020-03-02", endDate: "2020-03-08", attendedDays: 7, region: "zhejiang.jiaxing.haining",
};
const skill = { id: "K-1", traineeId: "P-1", kind: "skillLevelCertificate", occupation: { code: "6-29-01-01", name: "电工" }, level: "intermediate", issuedOn: "2020-07-15" };
const filed = (over: Record<string, unknown> = {}) => ({ id: "CL-1", measure: "livingAllowance", traineeId: "P-1", claimant: { kind: "trainee", id: "P-1" }, courseId: "C-1", submittedOn: "2020-03-20", ...over });
const doc = (over: { trainee?: Record<string, unknown>; claim?: Record<string, unknown> } = {}) =>
  parseClaimsDocument({ trainees: [{ ...person, ...over.trainee }], courses: [training], certificates: [skill], claims: [filed(over.claim)] });
const invalidClaims = (r: ReturnType<typeof parseClaimsDocument>) => (r.ok ? r.value.invalid.filter((i) => i.collection === "claims").flatMap((i) => i.issues) : []);

describe("a claim is filed after the record it relies on (plausible-record-dates)", () => {
  it("the ordinary claim, filed after the course, is accepted", () => {
    const r = doc();
    expect(r.ok && r.value.document.claims.length).toBe(1);
  });
  it("a claim submitted in 1900 for a 2020 course is rejected at submittedOn, in Chinese and English", () => {
    const issues = invalidClaims(doc({ claim: { submittedOn: "1900-01-01" } }));
    // also: the trainee (born 2002) was not born when the claim was filed
    expect(issues).toEqual([expect.objectContaining({ path: ["claims", 0, "submittedOn"], code: "submitted_before_basis" }), expect.objectContaining({ code: "born_after_basis" })]);
    // The code is asserted above; the words are under test here: the message names the record the claim relies on, in each language.
    expect(issues[0]?.message.zh).toContain("培训开始日期");
    expect(issues[0]?.message.en).toContain("course.startDate");
  });
  it("a claim filed the day before the course starts is rejected; on its first day it is accepted", () => {
    expect(invalidClaims(doc({ claim: { submittedOn: "2020-03-01" } })).map((i) => i.code)).toEqual(["submitted_before_basis"]);
    expect(invalidClaims(doc({ claim: { submittedOn: "2020-03-02" } }))).toEqual([]);
  });
  it("a certificate issued after the claim that relies on it: rejected; issued the same day: accepted", () => {
    const onCertificate = (submittedOn: string) => invalidClaims(doc({ claim: { measure: "trainingSubsidy", courseId: undefined, certificateId: "K-1", submittedOn } }));
    expect(onCertificate("2020-07-14")).toEqual([expect.objectContaining({ path: ["claims", 0, "submittedOn"], code: "submitted_before_basis" })]);
    expect(onCertificate("2020-07-15")).toEqual([]);
  });
});

describe("a person is born before their training (plausible-record-dates)", () => {
  it("a trainee born 9999-12-31 is rejected at birthDate (out of range)", () => {
    const r = parseTrainee({ ...person, birthDate: "9999-12-31" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([expect.objectContaining({ path: ["birthDate"], code: "date_out_of_range" })]);
  });
  it("dates run from 1900-01-01 to 2099-12-31: either side is out of range", () => {
    expect(parseTrainee({ ...person, birthDate: "1900-01-01" }).ok).toBe(true);
    expect(parseTrainee({ ...person, birthDate: "1899-12-31" }).ok).toBe(false);
    expect(parseTrainee({ ...person, birthDate: "2099-12-31" }).ok).toBe(true);
    expect(parseTrainee({ ...person, birthDate: "2100-01-01" }).ok).toBe(false);
  });
  it("a trainee born after the course started: the claim is rejected, naming the birth date", () => {
    const issues = invalidClaims(doc({ trainee: { birthDate: "2020-03-03" } }));
    expect(issues).toEqual([expect.objectContaining({ path: ["claims", 0, "traineeId"], code: "born_after_basis" })]);
    // The words are under test (the code is asserted above): the message names the birth date in Chinese.
    expect(issues[0]?.message.zh).toContain("出生日期");
    // born on the course's first day is not yet impossible by the calendar alone
    expect(invalidClaims(doc({ trainee: { birthDate: "2020-03-02" } }))).toEqual([]);
  });
});

describe("judging a claim on a date before its basis (plausible-record-dates)", () => {
  it("--on during the course (its first day to the day before its last): a living allowance is held, course_not_ended; before its first day denied judged_before_basis; on its last day the ordinary claim is granted", () => {
    // the course runs 2020-03-02 … 2020-03-08 (test/builders.ts), seven days attended
    const i = input({ claim: claim({ courseId: "C1" }), trainee: trainee({ statuses: ["nonContinuingGraduate", "rural"] }), course: course() });
    // Changed 2026-12-08 (reading living-allowance-during-course, cold review 109 F5): judged the day before the last day, the
    // claim was denied judged_before_basis; 「在培训期间」 makes no completion the allowance's condition, so it is held
    for (const on of ["2020-03-02", "2020-03-07"]) {
      const held = evaluateClaim(jiaxingPolicy(), i, { on: on as never });
      expect([held.outcome, held.amount, held.reasons.map((r) => r.code)]).toEqual(["undecidable", null, ["course_not_ended"]]);
      expect(held.reasons[0]?.facts).toEqual({ courseId: "C1", endDate: "2020-03-08", on });
    }
    // the day before the first day: nothing has been trained, denied, the basis being the course's first day
    const early = evaluateClaim(jiaxingPolicy(), i, { on: "2020-03-01" as never });
    expect(early.outcome).toBe("denied");
    expect(early.reasons.map((r) => r.code)).toEqual(["judged_before_basis"]);
    expect(early.reasons[0]?.facts).toEqual({ on: "2020-03-01", basis: "course.startDate", date: "2020-03-02" });
    // 7 attended days × 50 yuan = 350.00 (jx2019.living-allowance)
    expect(evaluateClaim(jiaxingPolicy(), i, { on: "2020-03-08" as never }).amount).toBe("350.00");
  });
});
