import { describe, expect, it } from "vitest";
import type { Trainee } from "../../records/trainee.js";
import { povertySupport } from "./povertySupport.js";

const person = (statuses: Trainee["statuses"]): Trainee => ({ id: "p1", birthDate: "1990-01-01" as Trainee["birthDate"], statuses });

describe("povertySupport — gbf2019 §(五) directs skills poverty support to", () => {
  // 2026-12-05: a 脱贫劳动力 stays on the register, and gbf2019's 贫困劳动力 is defined by it (reading poverty-labourer-register,
  // a cold reader 60–75 %; review 20b): the post-2021 status is in the group, as a paired region's register person is —
  // this test said otherwise before
  it.each(["povertyRegistered", "pairedRegionPovertyRegistered", "liftedOutOfPoverty", "childOfPoorFamily"] as const)("%s is in the group", (status) => {
    expect(povertySupport.test(person([status]))).toBe(true);
    expect(povertySupport.check(person([status]))).toMatchObject({ pass: true, reason: { code: "in_group", facts: { matched: [status] } } });
  });
  it.each(["unemployed", "ruralTransferWorker"] as const)("%s alone is not in it", (status) => {
    expect(povertySupport.test(person([status]))).toBe(false);
  });
  it("a person with no certified status is not in the group, and the denial cites the clause", () => {
    const check = povertySupport.check(person([]));
    expect(check.pass).toBe(false);
    expect(check.reason.code).toBe("not_in_group");
    expect(check.reason.citation.provision).toBe("gbf2019.poverty-support");
  });
});
