import { describe, expect, it } from "vitest";
import type { Certificate } from "../../records/training.js";
import { mayTakePost } from "./licensedOccupations.js";

const cert = (kind: Certificate["kind"], issuedOn: string, code = "EX-ELEC"): Certificate =>
  ({ id: `c-${kind}`, traineeId: "p1", kind, occupation: { code, name: code }, issuedOn, ...(kind === "qualificationCertificate" ? { level: "junior" } : {}) }) as Certificate;
const LICENSED = ["EX-ELEC"]; // illustrative list: the real one is the national qualification catalogue

describe("mayTakePost — gbf2019.licensed-occupations: access-type occupations need training and a qualification first", () => {
  it("an occupation that is not access-type needs no certificate", () => {
    expect(mayTakePost("EX-COOK", [], LICENSED, "2020-01-01" as never).pass).toBe(true);
  });
  it("an access-type occupation without a certificate: may not take the post", () => {
    const check = mayTakePost("EX-ELEC", [], LICENSED, "2020-01-01" as never);
    expect(check).toMatchObject({ pass: false, reason: { code: "licensed_post_unqualified", citation: { provision: "gbf2019.licensed-occupations" } } });
  });
  it("a qualification certificate issued the day before or the day of the post qualifies; one issued the day after does not", () => {
    expect(mayTakePost("EX-ELEC", [cert("qualificationCertificate", "2020-01-01")], LICENSED, "2020-01-01" as never).pass).toBe(true);
    expect(mayTakePost("EX-ELEC", [cert("qualificationCertificate", "2020-01-02")], LICENSED, "2020-01-01" as never).pass).toBe(false);
  });
  it("a special-operations certificate qualifies; a training-completion certificate does not", () => {
    expect(mayTakePost("EX-ELEC", [cert("specialOperationsCertificate", "2019-01-01")], LICENSED, "2020-01-01" as never).pass).toBe(true);
    expect(mayTakePost("EX-ELEC", [cert("trainingCompletionCertificate", "2019-01-01")], LICENSED, "2020-01-01" as never).pass).toBe(false);
  });
  it("a certificate in another occupation does not qualify", () => {
    expect(mayTakePost("EX-ELEC", [cert("qualificationCertificate", "2019-01-01", "EX-WELD")], LICENSED, "2020-01-01" as never).pass).toBe(false);
  });
});

describe("what the licensed-post check says", () => {
  it("each answer names the occupation, and the qualifying certificate or the date it was asked on", () => {
    expect(mayTakePost("EX-COOK", [], LICENSED, "2020-01-01" as never).reason).toMatchObject({ code: "post_not_licensed", facts: { occupation: "EX-COOK" } });
    expect(mayTakePost("EX-ELEC", [cert("qualificationCertificate", "2019-01-01")], LICENSED, "2020-01-01" as never).reason).toMatchObject({
      code: "licensed_post_qualified",
      citation: { provision: "gbf2019.licensed-occupations" },
      facts: { occupation: "EX-ELEC", certificate: "c-qualificationCertificate" },
    });
    expect(mayTakePost("EX-ELEC", [], LICENSED, "2020-01-01" as never).reason.facts).toEqual({ occupation: "EX-ELEC", date: "2020-01-01" });
  });
});
