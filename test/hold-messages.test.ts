/**
 * A hold names what it asks for in words, in Chinese and English: the record fields a claim may lack and what an earlier
 * grant leaves unsaid (reading earlier-grant-says-what-it-paid) — never a field's code (`claim.months`,
 * `course.organizerId`, `grant G1: occupationCode`). The codes stay in `missingFacts`, for machines.
 */
import { describe, expect, it } from "vitest";
import { cite, explainReason } from "../src/index.js";

const hold = (field: string) => explainReason({ code: "missing_record", citation: cite("gbf2019.work-for-training", "§(十一)"), facts: { field } }).message;

describe("the records a hold asks for, in words", () => {
  it.each([
    ["claim.months", "缺少记录：以工代训的月份", "missing record: the months claimed"],
    ["claim.trainingPackage", "缺少记录：培训包信息", "missing record: the training package"],
    ["course.organizerId", "缺少记录：培训记录所载的组织单位", "missing record: the course's organising unit"],
    ["certificate.courseId", "缺少记录：证书所载的培训记录", "missing record: the course the certificate names"],
    ["trainee.employerId", "缺少记录：参训人员的用人单位", "missing record: the trainee's employer"],
  ])("a record field: %s", (field, zh, en) => {
    expect(hold(field)).toEqual({ zh, en });
  });

  it("what earlier grants leave unsaid, each named with its grant, after the record fields asked first", () => {
    expect(hold("trainee.employerId, grant G1: occupationCode, grant G-9: level")).toEqual({
      zh: "缺少记录：参训人员的用人单位、已发放补贴 G1 的职业（工种）、已发放补贴 G-9 的技能等级",
      en: "missing record: the trainee's employer, the occupation of grant G1, the level of grant G-9",
    });
    for (const [field, zh, en] of [
      ["certificateId", "所补贴的证书", "certificate paid"],
      ["months", "所补贴的月份", "months paid"],
      ["apprenticeshipId", "所补贴的学徒培训记录", "apprenticeship paid"],
      ["trainingPackageId", "所补贴的培训包", "training package paid"],
      ["provision", "所依据的条款", "provision it was paid under"],
      ["basisKeys (its period)", "所补贴的期间", "period paid"],
      ["basisKeys (its days)", "所补贴的培训日", "days paid"],
    ]) {
      expect(hold(`grant G1: ${field}`)).toEqual({ zh: `缺少记录：已发放补贴 G1 ${zh}`, en: `missing record: the ${en} of grant G1` });
    }
  });

  it("every record field the rules hold on has words in both languages (no code left in either message)", () => {
    for (const field of ["claim.traineeId", "claim.courseId", "claim.certificateId", "certificate.courseId", "claim.enterpriseId", "claim.apprenticeshipId", "claim.amountClaimed", "claim.months", "claim.trainingPackage", "course.organizerId", "trainee.employerId"]) {
      const { zh, en } = hold(field);
      expect([field, zh.includes(field), en.includes(field)]).toEqual([field, false, false]);
    }
  });
});
