import { describe, expect, it } from "vitest";
import { evaluateClaim } from "../../engine.js";
import { nationalFrameworksPolicy, nationalPolicy } from "../../jurisdictions/policies.js";
import type { Trainee } from "../../records/trainee.js";
import { d, input, pensionBrief, withExampleStandard } from "../../../test/support/national.js";
import { livingAllowanceDailyRate } from "./livingAllowance.js";

// Reading national-pension-scope. Under the national texts the daily rate is local: an ILLUSTRATIVE 50.00 a day from gbf2019's
// first day. The course (test/support/national.ts) runs 2020-02-01 – 2020-02-20 in the example city, 20 days attended, so a
// 就业困难人员 (gbf2019 §(十一) 「对贫困劳动力、就业困难人员……在培训期间按规定通过就业补助资金同时给予生活费补贴」) is paid
// 20 × 50.00 = 1000.00 unless the pension keeps him out.
const LA = withExampleStandard(nationalPolicy(), "living-allowance", livingAllowanceDailyRate, { zh: "生活费补贴标准（示意）", en: "living allowance (illustrative)" }, [{ from: "2019-05-18", value: "50.00" }]);
/** A 就业困难人员 born on `birthDate` claims the allowance for the course, with what the record says of the pension. */
const allowance = (birthDate: string, pension: Partial<Trainee> = {}, policy = LA) =>
  evaluateClaim(policy, input({ claim: { measure: "livingAllowance", courseId: "k1" }, certificate: null, course: {}, trainee: { birthDate: d(birthDate), statuses: ["employmentDifficulty"], ...pension } }));
const brief = pensionBrief;

describe("gbf2019 §(十二) 「调整享受职业培训补贴、生活费补贴人员范围和条件要求，可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」: the living allowance's scope leaves out a person entitled to a monthly pension too (reading national-pension-scope)", () => {
  it("control: a 就业困难人员 of 31 is paid 20 days × 50.00 = 1000.00", () => {
    // born 1989-01-01: 31 on the course's days
    expect(brief(allowance("1989-01-01"))).toEqual(["granted", "1000.00", []]);
  });

  it("a 就业困难人员 of 65 drawing a monthly pension is refused (0.00), citing the clause", () => {
    const r = allowance("1955-01-01", { receivesMonthlyPension: true, monthlyPensionEntitled: true });
    expect(brief(r)).toEqual(["denied", "0.00", ["monthly_pension_entitled"]]);
    // 65 on the course's last day, 2020-02-20
    expect(r.reasons.find((x) => x.code === "monthly_pension_entitled")).toMatchObject({ citation: { provision: "gbf2019.scope-adjustment" }, facts: { age: 65 } });
  });

  it("entitled and not drawing it is refused; not entitled is paid 1000.00; a record silent on the pension is paid 1000.00, not asked", () => {
    expect(brief(allowance("1955-01-01", { receivesMonthlyPension: false, monthlyPensionEntitled: true }))).toEqual(["denied", "0.00", ["monthly_pension_entitled"]]);
    // 20 × 50.00 = 1000.00 each
    expect(brief(allowance("1955-01-01", { receivesMonthlyPension: false, monthlyPensionEntitled: false }))).toEqual(["granted", "1000.00", []]);
    expect(brief(allowance("1955-01-01"))).toEqual(["granted", "1000.00", []]);
  });

  it("under the national frameworks the same: the pensioner refused, the silent record paid 1000.00", () => {
    const frameworks = withExampleStandard(nationalFrameworksPolicy(), "living-allowance", livingAllowanceDailyRate, { zh: "生活费补贴标准（示意）", en: "living allowance (illustrative)" }, [{ from: "2019-05-18", value: "50.00" }]);
    expect(brief(allowance("1955-01-01", { receivesMonthlyPension: true }, frameworks))).toEqual(["denied", "0.00", ["monthly_pension_entitled"]]);
    expect(brief(allowance("1955-01-01", {}, frameworks))).toEqual(["granted", "1000.00", []]);
  });

  it("a course across 「2019年5月18日」 (2019-05-15 – 05-20): the 就业困难人员 is paid its days under gbf2019, 3 × 50.00 = 150.00; the pensioner none", () => {
    const across = (pension: Partial<Trainee>) =>
      evaluateClaim(LA, input({ claim: { measure: "livingAllowance", courseId: "k1", submittedOn: d("2019-06-01") }, certificate: null, course: { startDate: d("2019-05-15"), endDate: d("2019-05-20"), attendedDays: 6 }, trainee: { birthDate: d("1955-01-01"), statuses: ["employmentDifficulty"], ...pension } }));
    expect(brief(across({}))).toEqual(["granted", "150.00", []]);
    expect(brief(across({ receivesMonthlyPension: true }))).toEqual(["denied", "0.00", ["monthly_pension_entitled"]]);
  });
});

describe("gbf2019 §(十一) 「建档立卡贫困劳动力（以下简称贫困劳动力）」 and 「对贫困劳动力、就业困难人员、零就业家庭成员……在培训期间按规定通过就业补助资金同时给予生活费补贴」: a 对口支援地区建档立卡贫困人员 is a 贫困劳动力 for the living allowance too (reading poverty-labourer-register)", () => {
  const registered = (statuses: Trainee["statuses"], policy = LA) =>
    evaluateClaim(policy, input({ claim: { measure: "livingAllowance", courseId: "k1" }, certificate: null, course: {}, trainee: { birthDate: d("1989-01-01"), statuses } }));

  it("a pairedRegionPovertyRegistered trainee is paid 20 days × 50.00 = 1000.00, in the group under his own status, as a povertyRegistered one is", () => {
    // 20 attended days × 50.00 (illustrative local standard) = 1000.00
    const r = registered(["pairedRegionPovertyRegistered"]);
    expect([r.outcome, r.amount]).toEqual(["granted", "1000.00"]);
    expect(r.reasons.find((x) => x.code === "in_living_allowance_group")).toMatchObject({ citation: { provision: "gbf2019.living-allowance-groups" }, facts: { groups: ["pairedRegionPovertyRegistered"] } });
    expect([registered(["povertyRegistered"]).outcome, registered(["povertyRegistered"]).amount]).toEqual(["granted", "1000.00"]);
  });

  it("a liftedOutOfPoverty trainee, a 脱贫劳动力 still on the register, is paid 20 days × 50.00 = 1000.00 in the group under his own status", () => {
    // 20 attended days × 50.00 (illustrative local standard) = 1000.00
    const r = registered(["liftedOutOfPoverty"]);
    expect([r.outcome, r.amount]).toEqual(["granted", "1000.00"]);
    expect(r.reasons.find((x) => x.code === "in_living_allowance_group")).toMatchObject({ facts: { groups: ["liftedOutOfPoverty"] } });
  });

  it("under the national texts alone he is held for the local daily standard, as a povertyRegistered trainee is, not refused", () => {
    const r = registered(["pairedRegionPovertyRegistered"], nationalPolicy());
    expect([r.outcome, r.amount, r.missingFacts]).toEqual(["undecidable", null, ["parameter livingAllowance.dailyRate"]]);
  });
});
