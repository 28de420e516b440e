import { describe, expect, test } from "vitest";
import { evaluateBatch, evaluateClaim, jiaxingPolicy, nationalPolicy, parseClaimsDocument } from "../../index.js";
import { claim, course, input, trainee } from "../../../test/builders.js";

const jiaxing = jiaxingPolicy();
const laClaim = claim({ measure: "livingAllowance", courseId: "C1" });

/** The claim filed (and judged, by default) on the course's last day or on laClaim's date, whichever is later: a claim judged before its course ends is held (course_not_ended). */
function decide(statuses: string[], courseOver: Record<string, unknown> = {}, policy = jiaxing) {
  const c = course(courseOver);
  const filed = c.endDate > laClaim.submittedOn ? claim({ measure: "livingAllowance", courseId: "C1", submittedOn: c.endDate }) : laClaim;
  return evaluateClaim(policy, input({ claim: filed, trainee: trainee({ statuses }), course: c }));
}

describe("jx2019.living-allowance: 50 yuan per person per training day for the living-allowance groups", () => {
  test.each([
    [["povertyRegistered"], "建档立卡低收入农户家庭劳动力 (poverty-registered)"],
    [["employmentDifficulty"], "就业困难人员 (employment-difficulty)"],
    [["zeroEmploymentHousehold"], "零就业家庭成员 (zero-employment household)"],
    [["nonContinuingGraduate", "rural"], "“两后生”中的农村学员 (rural 两后生)"],
    [["nonContinuingGraduate", "urbanDibaoFamily"], "“两后生”中的城市低保家庭学员 (urban-dibao 两后生)"],
  ])("a trainee in group %j (%s) is paid 350.00 yuan for 7 attended days", (statuses) => {
    const d = decide(statuses);
    expect(d.outcome).toBe("granted");
    expect(d.amount).toBe("350.00"); // 50 yuan/day × 7 days, jx2019.living-allowance
    expect(d.payee).toEqual({ kind: "trainee", id: "P1" });
    expect(d.lines).toEqual([
      expect.objectContaining({ rate: "50.00", quantity: 7, unit: "day", amount: "350.00", layer: "zhejiang.jiaxing.jx2019", citation: expect.objectContaining({ provision: "jx2019.living-allowance" }) }),
    ]);
    expect(d.reasons.map((r) => r.code)).toContain("in_living_allowance_group");
  });

  test("a 两后生 from a city family that is not on dibao is denied, with the group provision as the reason", () => {
    const d = decide(["nonContinuingGraduate"]);
    expect(d.outcome).toBe("denied");
    expect(d.amount).toBe("0.00");
    expect(d.reasons).toEqual([expect.objectContaining({ code: "not_in_living_allowance_group", citation: expect.objectContaining({ provision: "gbf2019.living-allowance-groups", clause: "§(十一)" }) })]);
    // The words are under test (the code is asserted above): the Chinese message names the group in the text's own term.
    expect(d.reasons[0]?.message.zh).toContain("两后生");
    expect(d.reasons[0]?.facts).toEqual({ statuses: ["nonContinuingGraduate"] });
  });

  test.each([
    [["enterpriseEmployee"]],
    [["veteran"]],
    [["rural"]], // rural without being a 两后生 is not a group
    [[]],
  ])("a trainee with statuses %j is not in a living-allowance group and is denied", (statuses) => {
    expect(decide(statuses).outcome).toBe("denied");
  });

  test("jx2019 四(三)四's list 「四是对建档立卡低收入农户家庭劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员」 does not name the 对口支援地区建档立卡贫困人员: he is refused (0.00), citing that list, though the national list takes him in (reading poverty-labourer-register)", () => {
    const d = decide(["pairedRegionPovertyRegistered"]);
    expect([d.outcome, d.amount]).toEqual(["denied", "0.00"]);
    expect(d.reasons).toEqual([expect.objectContaining({ code: "not_in_living_allowance_group", citation: expect.objectContaining({ provision: "jx2019.living-allowance", clause: "四(三)四" }), facts: { statuses: ["pairedRegionPovertyRegistered"] } })]);
  });

  test("the same list does not name a 脱贫劳动力 of the later national texts: refused (0.00), citing it; one who is also 就业困难人员 is paid 50 yuan/day × 7 days = 350.00 (reading poverty-labourer-register)", () => {
    const d = decide(["liftedOutOfPoverty"]);
    expect([d.outcome, d.amount]).toEqual(["denied", "0.00"]);
    expect(d.reasons).toEqual([expect.objectContaining({ code: "not_in_living_allowance_group", citation: expect.objectContaining({ provision: "jx2019.living-allowance", clause: "四(三)四" }) })]);
    const also = decide(["liftedOutOfPoverty", "employmentDifficulty"]);
    expect([also.outcome, also.amount]).toEqual(["granted", "350.00"]); // 50 × 7, jx2019.living-allowance
  });

  test("a 对口支援地区建档立卡贫困人员 who is also in a group the list names is paid under it: 50 yuan/day × 7 days = 350.00; disabled, as 就业困难人员（含残疾人）", () => {
    const zero = decide(["pairedRegionPovertyRegistered", "zeroEmploymentHousehold"]);
    expect([zero.outcome, zero.amount]).toEqual(["granted", "350.00"]); // 50 × 7, jx2019.living-allowance
    expect(zero.reasons.find((r) => r.code === "in_living_allowance_group")?.facts).toEqual({ groups: ["zeroEmploymentHousehold"] });
    const disabled = decide(["pairedRegionPovertyRegistered", "disabled"]);
    expect([disabled.outcome, disabled.amount]).toEqual(["granted", "350.00"]); // 50 × 7
    expect(disabled.reasons.find((r) => r.code === "in_living_allowance_group")?.facts).toEqual({ groups: ["employmentDifficulty(disabled)"] });
  });

  test("the amount follows the attended days, not the course's span", () => {
    expect(decide(["employmentDifficulty"], { attendedDays: 1 }).amount).toBe("50.00"); // 50 yuan/day × 1 day
    expect(decide(["employmentDifficulty"], { attendedDays: 6 }).amount).toBe("300.00"); // 50 yuan/day × 6 days
  });

  test("a course with no attended day pays nothing and says why", () => {
    const d = decide(["employmentDifficulty"], { attendedDays: 0 });
    expect(d.outcome).toBe("denied");
    expect(d.reasons.map((r) => r.code)).toEqual(["no_attended_days"]);
  });

  test("training outside Jiaxing is not paid under the Jiaxing policy", () => {
    const d = decide(["employmentDifficulty"], { region: "zhejiang.hangzhou" });
    expect(d.outcome).toBe("denied");
    expect(d.reasons).toEqual([expect.objectContaining({ code: "course_outside_jurisdiction", citation: expect.objectContaining({ provision: "jx2019.supersession" }) })]);
  });

  test("under the national texts alone the daily amount is a local standard, so the claim is undecidable, never a zero", () => {
    const d = decide(["employmentDifficulty"], {}, nationalPolicy());
    expect(d.outcome).toBe("undecidable");
    expect(d.amount).toBeNull();
    expect(d.reasons).toEqual([expect.objectContaining({ code: "no_local_standard", facts: expect.objectContaining({ parameter: "livingAllowance.dailyRate" }) })]);
    expect(d.missingFacts).toEqual(["parameter livingAllowance.dailyRate"]);
  });

  test("the rate is judged day by day: days before the plan took effect (2019-12-13) are unpaid when the attended dates are known", () => {
    // course 2019-12-11..2019-12-14, attended 12-11, 12-12, 12-13, 12-14: only 12-13 and 12-14 fall under jx2019
    const d = decide(["employmentDifficulty"], {
      startDate: "2019-12-11",
      endDate: "2019-12-14",
      attendedDays: 4,
      attendedDates: ["2019-12-11", "2019-12-12", "2019-12-13", "2019-12-14"],
    });
    expect(d.outcome).toBe("granted");
    expect(d.amount).toBe("100.00"); // 50 yuan/day × 2 days (2019-12-13 and 2019-12-14)
    expect(d.reasons.find((r) => r.code === "living_allowance_days")?.facts["unpaidDates"]).toEqual(["2019-12-11", "2019-12-12"]);
  });

  test("when every attended date falls before the plan took effect (2019-12-13), no rate is in force on any of them: undecidable, the national layer having left the rate to local standards", () => {
    // course 2019-12-10..2019-12-14, attended only 12-10, 12-11 and 12-12: none under jx2019
    const d = decide(["employmentDifficulty"], {
      startDate: "2019-12-10",
      endDate: "2019-12-14",
      attendedDays: 3,
      attendedDates: ["2019-12-12", "2019-12-10", "2019-12-11"],
    });
    expect(d.outcome).toBe("undecidable");
    expect(d.amount).toBeNull();
    expect(d.lines).toEqual([]);
    expect(d.reasons).toEqual([
      expect.objectContaining({ code: "no_local_standard", citation: expect.objectContaining({ provision: "gbf2019.living-allowance-groups" }), facts: { parameter: "livingAllowance.dailyRate", layer: "national.gbf2019" } }),
    ]);
    expect(d.missingFacts).toEqual(["parameter livingAllowance.dailyRate"]);
  });

  test("attended dates are priced whatever order they are listed in, and the days on each side of the start are counted once", () => {
    const d = decide(["employmentDifficulty"], {
      startDate: "2019-12-11",
      endDate: "2019-12-14",
      attendedDays: 4,
      attendedDates: ["2019-12-14", "2019-12-11", "2019-12-13", "2019-12-12"],
    });
    expect(d.amount).toBe("100.00"); // 50 yuan/day × 2 days (2019-12-13 and 2019-12-14)
    expect(d.lines).toEqual([expect.objectContaining({ rate: "50.00", quantity: 2, unit: "day", amount: "100.00" })]);
    expect(d.reasons.find((r) => r.code === "living_allowance_days")?.facts).toEqual({ rate: ["50.00"], days: 2, unpaidDates: ["2019-12-11", "2019-12-12"] });
  });

  test("when the rate changes during a course and only a count of days smaller than its span is known, the attended dates are the missing fact", () => {
    // 3 days attended of the 4 from 2019-12-11 to 2019-12-14: whether 12-11 or 12-12 was missed is not known
    const d = decide(["employmentDifficulty"], { startDate: "2019-12-11", endDate: "2019-12-14", attendedDays: 3 });
    expect(d.outcome).toBe("undecidable");
    expect(d.reasons.map((r) => r.code)).toEqual(["attendance_dates_needed"]);
    expect(d.missingFacts).toEqual(["course.attendedDates"]);
  });

  test("a course attended on every day of its span across the plan's first day (2019-12-13) has its days known without a list: the days from 2019-12-13 are paid, the days before are not", () => {
    // course 2019-12-11..2019-12-14, 4 calendar days, attendedDays 4: every day attended, 12-11 to 12-14.
    // jx2019 applies from 2019-12-13 (「本方案自印发之日起施行」): 50 yuan/day × 2 days (12-13, 12-14) = 100.00
    const d = decide(["employmentDifficulty"], { startDate: "2019-12-11", endDate: "2019-12-14", attendedDays: 4 });
    expect(d.outcome).toBe("granted");
    expect(d.amount).toBe("100.00"); // 50 × 2
    expect(d.lines).toEqual([expect.objectContaining({ rate: "50.00", quantity: 2, unit: "day", amount: "100.00", layer: "zhejiang.jiaxing.jx2019" })]);
    expect(d.reasons.find((r) => r.code === "living_allowance_days")?.facts).toEqual({ rate: ["50.00"], days: 2, unpaidDates: ["2019-12-11", "2019-12-12"] });
  });

  test("a course attended on every day of its span across the plan's end (2022-01-01) is paid for the days up to 2021-12-31 and not after", () => {
    // course 2021-12-30..2022-01-02, attendedDays 4 = the span: 12-30 and 12-31 at 50 (jx2019.living-allowance);
    // from 2022-01-01 the plan no longer applies (jx2019.supersession): 50 × 2 = 100.00
    const d = decide(["employmentDifficulty"], { startDate: "2021-12-30", endDate: "2022-01-02", attendedDays: 4 });
    expect(d.outcome).toBe("granted");
    expect(d.amount).toBe("100.00"); // 50 × 2
    expect(d.reasons.find((r) => r.code === "living_allowance_days")?.facts).toEqual({ rate: ["50.00"], days: 2, unpaidDates: ["2022-01-01", "2022-01-02"] });
    // one day fewer than the span (3 of 4): which days is not known, so the dates are asked for
    const short = decide(["employmentDifficulty"], { startDate: "2021-12-30", endDate: "2022-01-02", attendedDays: 3 });
    expect([short.outcome, short.missingFacts]).toEqual(["undecidable", ["course.attendedDates"]]);
  });

  test("the last day of the three-year action (2021-12-31) is paid; from 2022-01-01 no Jiaxing rate is in force", () => {
    const last = decide(["employmentDifficulty"], { startDate: "2021-12-31", endDate: "2021-12-31", attendedDays: 1 });
    expect(last.amount).toBe("50.00"); // 50 yuan/day × 1 day
    const after = decide(["employmentDifficulty"], { startDate: "2022-01-01", endDate: "2022-01-01", attendedDays: 1 });
    expect(after.outcome).toBe("undecidable");
    expect(after.reasons.map((r) => r.code)).toEqual(["provision_not_in_force"]);
  });

  test("a claim without a course cannot be decided and names the missing field", () => {
    const d = evaluateClaim(jiaxing, input({ claim: claim({ measure: "livingAllowance" }), trainee: trainee({ statuses: ["employmentDifficulty"] }) }));
    expect(d.outcome).toBe("undecidable");
    expect(d.missingFacts).toEqual(["claim.courseId"]);
  });

  test("a granted allowance for a course without a level enters the claim history without one", async () => {
    const { Evaluation } = await import("../../core/decision.js");
    const { livingAllowance } = await import("../../provisions/livingAllowance/livingAllowance.js");
    const unleveled = { ...course(), level: undefined };
    delete (unleveled as { level?: unknown }).level;
    const finding = new Evaluation(jiaxing, "2020-08-01" as never).use(livingAllowance, input({ claim: laClaim, trainee: trainee({ statuses: ["employmentDifficulty"] }), course: unleveled }));
    expect(finding.outcome).toBe("granted");
    expect(finding.basis).toBeDefined();
    expect("level" in (finding.basis ?? {})).toBe(false);
  });

  test("the rule's own finding for a claim without a course pays no line and names no payee", async () => {
    const { Evaluation } = await import("../../core/decision.js");
    const { livingAllowance } = await import("../../provisions/livingAllowance/livingAllowance.js");
    const finding = new Evaluation(jiaxing, "2020-08-01" as never).use(livingAllowance, input({ claim: claim({ measure: "livingAllowance" }), trainee: trainee({ statuses: ["employmentDifficulty"] }) }));
    expect(finding).toMatchObject({ outcome: "undecidable", payee: null, lines: [], missingFacts: ["claim.courseId"] });
  });

  test("another trainee's course is not paid", () => {
    const d = evaluateClaim(jiaxing, input({ claim: laClaim, trainee: trainee({ statuses: ["employmentDifficulty"] }), course: course({ traineeId: "P9" }) }));
    expect(d.outcome).toBe("denied");
    expect(d.reasons.map((r) => r.code)).toEqual(["course_not_of_trainee"]);
  });

  test("the trace names the national group rule and the Jiaxing layer that supplied the rate", () => {
    const d = decide(["zeroEmploymentHousehold"]);
    expect(d.trace.map((s) => [s.rule, s.layer])).toEqual([
      ["livingAllowance", "national.gbf2019"],
      ["livingAllowance.groups", "national.gbf2019"],
    ]);
    expect(d.trace[0]?.parameters[0]).toMatchObject({ parameter: "livingAllowance.dailyRate", value: "50.00", layer: "zhejiang.jiaxing.jx2019", via: [{ layer: "zhejiang.jiaxing.jx2019", kind: "replace" }] });
    expect(d.provenance).toMatchObject({ library: "skills-subsidy", policy: { id: "jiaxing-2019", layers: ["national.gbf2019", "zhejiang.jiaxing.jx2019"] }, judgedOn: "2020-08-01" });
  });
});

describe("「在培训期间」: a living allowance judged during its course (reading living-allowance-during-course)", () => {
  // jx2019 四(三)四 「在培训期间通过就业补助资金按每人每天50元标准给予生活费补贴」: a 就业困难人员 of Nanhu on a ten-day course
  // 2020-06-01 … 06-10, every day attended and listed: 10 × 50 = 500.00 once the course has ended.
  const DAYS = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"].map((d) => `2020-06-${d}`);
  const raw = (claims: Record<string, unknown>[], ledger?: unknown[]) => ({
    trainees: [{ id: "P1", birthDate: "1972-08-05", statuses: ["employmentDifficulty"], hukouRegion: "zhejiang.jiaxing.nanhu" }],
    courses: [{ id: "K", traineeId: "P1", kind: "jobTransfer", occupation: { code: "4-10-01-02", name: "家政服务员" }, level: "junior", region: "zhejiang.jiaxing.nanhu", startDate: "2020-06-01", endDate: "2020-06-10", classHours: 64, attendedDays: 10, attendedDates: DAYS }],
    claims,
    ...(ledger === undefined ? {} : { ledger }),
  });
  const la = (id: string, submittedOn: string) => ({ id, measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, courseId: "K", submittedOn });
  const batch = (doc: Record<string, unknown>, on?: string) => {
    const p = parseClaimsDocument(doc);
    if (!p.ok) throw new Error("unreadable");
    return evaluateBatch(jiaxing, p.value.document, on === undefined ? {} : { on: on as never });
  };
  const brief = (r: ReturnType<typeof batch>) => Object.fromEntries(r.decisions.map((d) => [d.claimId, `${d.outcome}:${d.amount}:${d.reasons.map((x) => x.code).join("+")}`]));

  test("filed on the course's first day, on the day before its last, on its last: held, held, paid 10 × 50 = 500.00", () => {
    expect(brief(batch(raw([la("L", "2020-06-01")])))).toEqual({ L: "undecidable:null:course_not_ended" });
    expect(brief(batch(raw([la("L", "2020-06-09")])))).toEqual({ L: "undecidable:null:course_not_ended" });
    expect(brief(batch(raw([la("L", "2020-06-10")])))["L"]).toMatch(/^granted:500\.00:/);
  });

  test("the hold names the course, its last day and the judging day, and asks for a judging day on or after the last day, in both languages", () => {
    const d = batch(raw([la("L", "2020-06-05")])).decisions[0]!;
    expect(d.reasons[0]?.facts).toEqual({ courseId: "K", endDate: "2020-06-10", on: "2020-06-05" });
    expect(d.missingFacts).toEqual(["on ≥ course.endDate (2020-06-10)"]);
    expect(d.reasons[0]?.message.zh).toContain("仍在培训期间");
    expect(d.reasons[0]?.message.en).toContain("judged once the course has ended");
  });

  test("judged with on the day before the course's first day: nothing has been trained, denied judged_before_basis", () => {
    const d = batch(raw([la("L", "2020-06-05")]), "2020-05-31").decisions[0]!;
    expect([d.outcome, d.amount, d.reasons.map((r) => r.code)]).toEqual(["denied", "0.00", ["judged_before_basis"]]);
    expect(d.reasons[0]?.facts).toEqual({ on: "2020-05-31", basis: "course.startDate", date: "2020-06-01" });
  });

  test("a person in no living-allowance group is refused mid-course as after it: the hold is for claims that can be paid", () => {
    const doc = raw([la("L", "2020-06-05")]);
    (doc.trainees[0] as { statuses: string[] }).statuses = ["unemployed"];
    expect(brief(batch(doc))["L"]).toMatch(/^denied:0\.00:.*not_in_living_allowance_group/);
  });

  test("held mid-course, the claim takes nothing from a claim on the same course filed after it ends (500.00), in either order; judged again with that grant kept, it is refused as paid, never paid twice", () => {
    for (const claims of [[la("L1", "2020-06-05"), la("L2", "2020-06-12")], [la("L2", "2020-06-12"), la("L1", "2020-06-05")]]) {
      const r = batch(raw(claims));
      expect(brief(r)["L1"]).toBe("undecidable:null:course_not_ended");
      expect(brief(r)["L2"]).toMatch(/^granted:500\.00:/);
      // the held claim judged again after the course, the grant of L2 in the ledger: its ten days were paid
      const again = batch(raw([la("L1", "2020-06-05")], JSON.parse(JSON.stringify(r.grants)) as unknown[]), "2020-06-20").decisions[0]!;
      expect([again.outcome, again.amount]).toEqual(["denied", "0.00"]);
    }
  });
});

describe("what a living-allowance decision records", () => {
  test("the paid line names the fund, and the group reason names the groups", () => {
    const d = decide(["povertyRegistered", "employmentDifficulty", "zeroEmploymentHousehold", "nonContinuingGraduate", "rural", "urbanDibaoFamily"]);
    expect(d.lines[0]?.fund).toBe("employmentSubsidyFund");
    expect(d.reasons.find((r) => r.code === "in_living_allowance_group")?.facts).toEqual({
      groups: ["povertyRegistered", "employmentDifficulty", "zeroEmploymentHousehold", "nonContinuingGraduate+rural", "nonContinuingGraduate+urbanDibaoFamily"],
    });
    expect(d.reasons.find((r) => r.code === "living_allowance_days")?.facts).toEqual({ rate: ["50.00"], days: 7 }); // 50 yuan/day × 7 days
  });

  test("denials and undecidables carry the facts that decided", () => {
    const none = evaluateClaim(jiaxing, input({ claim: claim({ id: "X9", measure: "livingAllowance" }), trainee: trainee({ statuses: ["employmentDifficulty"] }) }));
    expect(none.reasons[0]?.facts).toEqual({ field: "claim.courseId", claimId: "X9" });
    expect(none.lines).toEqual([]);
    const other = evaluateClaim(jiaxing, input({ claim: laClaim, trainee: trainee({ statuses: ["employmentDifficulty"] }), course: course({ traineeId: "P9" }) }));
    expect(other.reasons[0]?.facts).toEqual({ courseId: "C1", traineeId: "P1" });
    expect(decide(["employmentDifficulty"], { attendedDays: 0 }).reasons[0]?.facts).toEqual({ courseId: "C1" });
  });

  test("a denied claim does not read the rate: the trace shows the national framework read on the course's first day (in force: a person in no group is refused) and the province's widening of the groups (gbf2019.scope-adjustment), read and empty", () => {
    const d = decide(["veteran"]);
    expect(d.trace.flatMap((s) => s.parameters).map((u) => [u.parameter, u.value])).toEqual([
      ["national.framework", "gbf2019"],
      ["livingAllowance.scopeAdjustment", []],
    ]);
  });

  test("a granted living allowance enters the ledger under the course's last day, occupation and level", async () => {
    const { evaluateBatch, parseClaimsDocument } = await import("../../index.js");
    const parsed = parseClaimsDocument({
      trainees: [{ id: "P1", birthDate: "1995-05-01", statuses: ["employmentDifficulty"] }],
      courses: [{ id: "C1", traineeId: "P1", kind: "employmentSkills", occupation: { code: "4-10-01-01", name: "养老护理员" }, level: "junior", classHours: 56, startDate: "2020-03-02", endDate: "2020-03-08", attendedDays: 7, region: "zhejiang.jiaxing" }],
      claims: [{ id: "L1", measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, courseId: "C1", submittedOn: "2020-03-20" }],
    });
    if (!parsed.ok) throw new Error("fixture invalid");
    expect(evaluateBatch(jiaxing, parsed.value.document).grants).toEqual([
      // 50 yuan/day × 7 days = 350.00, jx2019.living-allowance
      { id: "L1", claimId: "L1", traineeId: "P1", measure: "livingAllowance", provision: "jx2019.living-allowance", payee: { kind: "trainee", id: "P1" }, amount: "350.00", basisDate: "2020-03-08", occupationCode: "4-10-01-01", level: "junior", courseId: "C1",
        // reading pay-once-basis: the course and each of its seven attended days (all days of 2020-03-02..08) are paid once
        basisKeys: ["livingAllowance|P1|course C1", "livingAllowance|P1|day 2020-03-02","livingAllowance|P1|day 2020-03-03","livingAllowance|P1|day 2020-03-04","livingAllowance|P1|day 2020-03-05","livingAllowance|P1|day 2020-03-06","livingAllowance|P1|day 2020-03-07","livingAllowance|P1|day 2020-03-08"] },
    ]);
  });
});

describe("「每人每天」 when the days attended are not known (reading: living-allowance-days-unknown)", () => {
  // Two courses of one 两后生 from a rural family, in Jiaxing; `a` and `b` override each course.
  const person = { id: "P-001", birthDate: "2002-04-18", statuses: ["nonContinuingGraduate", "rural"], hukouRegion: "zhejiang.jiaxing.haining" };
  const courseOf = (id: string, over: Record<string, unknown>) => ({ id, traineeId: "P-001", kind: "employmentSkills", occupation: { code: "4-10-01-01", name: "养老护理员" }, level: "junior", classHours: 56, startDate: "2020-03-02", endDate: "2020-03-08", attendedDays: 7, region: "zhejiang.jiaxing.haining", ...over });
  const claimOf = (id: string, courseId: string) => ({ id, measure: "livingAllowance", traineeId: "P-001", claimant: { kind: "trainee", id: "P-001" }, courseId, submittedOn: "2020-03-20" });
  function batch(a: Record<string, unknown>, b: Record<string, unknown> | null, ledger: unknown[] = []) {
    const parsed = parseClaimsDocument({ trainees: [person], courses: [courseOf("C-A", a), ...(b === null ? [] : [courseOf("C-B", b)])], claims: [claimOf("LA-1", "C-A"), ...(b === null ? [] : [claimOf("LA-2", "C-B")])], ledger });
    if (!parsed.ok || parsed.value.invalid.length > 0) throw new Error("fixture does not parse");
    return Object.fromEntries(evaluateBatch(jiaxing, parsed.value.document).decisions.map((d) => [d.claimId, d]));
  }

  test("the ordinary case: one course attended 6 days of 7, its days not listed, is paid 300.00 (50 × 6)", () => {
    expect(batch({ attendedDays: 6 }, null)["LA-1"]?.amount).toBe("300.00");
  });

  test("a second course over the same week, both attended 6 of 7 days without dates: the first is paid 300.00, the second asks for its dates (it may repeat up to 6 paid days)", () => {
    // before: both paid 300.00 — 12 paid days in a 7-day week, at least 5 of them twice
    const out = batch({ attendedDays: 6 }, { attendedDays: 6 });
    expect(out["LA-1"]?.amount).toBe("300.00"); // 50 × 6
    expect(out["LA-2"]?.outcome).toBe("undecidable");
    expect(out["LA-2"]?.missingFacts).toEqual(["course.attendedDates", "grant LA-1: basisKeys (its days)"]);
  });

  test("the week attended in full first (350.00, every day paid): a second course of 6 days in it is denied, its days must repeat", () => {
    // before: the second was paid 300.00 for 6 days, every one of them already paid
    const out = batch({ attendedDays: 7 }, { attendedDays: 6 });
    expect(out["LA-1"]?.amount).toBe("350.00"); // 50 × 7
    expect(out["LA-2"]?.outcome).toBe("denied");
    expect(out["LA-2"]?.reasons.find((r) => r.code === "basis_already_paid")?.facts).toEqual({ basis: ["day 2020-03-02", "day 2020-03-03", "day 2020-03-04", "day 2020-03-05", "day 2020-03-06", "day 2020-03-07", "day 2020-03-08"], earlierClaims: ["LA-1"] });
  });

  test("at the pigeonhole threshold: 3 of the week's days paid by dates, a second course of 4 days may avoid them, of 5 repeats one but has new days too — both asked for their dates; with all 7 paid, refused", () => {
    const three = { attendedDays: 3, attendedDates: ["2020-03-02", "2020-03-03", "2020-03-04"] };
    expect(batch(three, { attendedDays: 4 })["LA-2"]?.missingFacts).toEqual(["course.attendedDates"]); // 7 − 3 = 4 days free: 4 may fit
    // 5 > 4 free days: one repeats, but at least 1 and up to 4 are new (50.00–200.00), which its dates would pay (review 6)
    expect([batch(three, { attendedDays: 5 })["LA-2"]?.outcome, batch(three, { attendedDays: 5 })["LA-2"]?.missingFacts]).toEqual(["undecidable", ["course.attendedDates"]]);
    // every day of the week paid by dates: any day attended repeats
    expect(batch({ attendedDays: 7 }, { attendedDays: 2 })["LA-2"]?.reasons.map((r) => r.code)).toEqual(["basis_already_paid"]);
  });

  test("with the second course's dates listed, days not paid before are paid: 4 days (200.00); of four days one of which was paid, the other three are (150.00), the paid one named", () => {
    const three = { attendedDays: 3, attendedDates: ["2020-03-02", "2020-03-03", "2020-03-04"] };
    expect(batch(three, { attendedDays: 4, attendedDates: ["2020-03-05", "2020-03-06", "2020-03-07", "2020-03-08"] })["LA-2"]?.amount).toBe("200.00"); // 50 × 4
    // 「每人每天」: 03-04 was paid on LA-1 and is not paid again; 03-05..03-07 are: 50 × 3 = 150.00 (reading living-allowance-days-unknown)
    const overlap = batch(three, { attendedDays: 4, attendedDates: ["2020-03-04", "2020-03-05", "2020-03-06", "2020-03-07"] })["LA-2"];
    expect([overlap?.outcome, overlap?.amount, overlap?.lines[0]?.quantity]).toEqual(["granted", "150.00", 3]);
    expect(overlap?.reasons.find((r) => r.code === "days_already_paid")?.facts).toEqual({ days: ["2020-03-04"], earlierClaims: ["LA-1"], paidDays: 3 });
    // every listed day paid before: refused whole, naming them
    expect(batch(three, { attendedDays: 2, attendedDates: ["2020-03-03", "2020-03-04"] })["LA-2"]?.reasons.map((r) => r.code)).toEqual(["basis_already_paid"]);
  });

  test("a grant kept by another system that names the month it paid (2020-03), not its days, leaves a March course asking, dated or not; a February course is paid", () => {
    const march = { id: "OLD-LA", claimId: "OLD-LA", traineeId: "P-001", measure: "livingAllowance", provision: "jx2019.living-allowance", payee: { kind: "trainee", id: "P-001" }, amount: "150.00", basisDate: "2020-02-20", months: ["2020-03"] };
    // which March days it paid is not said: the week's days may repeat them (reading living-allowance-days-unknown)
    expect(batch({ attendedDays: 6 }, null, [march])["LA-1"]?.missingFacts).toEqual(["course.attendedDates", "grant OLD-LA: basisKeys (its days)"]);
    expect(batch({ attendedDays: 2, attendedDates: ["2020-03-02", "2020-03-03"] }, null, [march])["LA-1"]?.missingFacts).toEqual(["grant OLD-LA: basisKeys (its days)"]);
    // a February week, outside the month named (though before the grant's basis date): 50 × 6 = 300.00
    expect(batch({ attendedDays: 6, startDate: "2020-02-03", endDate: "2020-02-09" }, null, [march])["LA-1"]?.amount).toBe("300.00");
  });

  test("jx2019 四(三)四 「按每人每天50元标准」: a second course attended every day, half of its days already paid by the first, is paid its three new days — 50 × 3 = 150.00 — not refused whole (cold audit 5, 65 %)", () => {
    // C-A every day 03-02..03-08 (7 of 7: 350.00); C-B every day 03-05..03-11 (7 of 7): 03-05..03-08 repeat C-A's days, 03-09..03-11 are new
    const r = batch({ attendedDays: 7 }, { attendedDays: 7, startDate: "2020-03-05", endDate: "2020-03-11" });
    expect([r["LA-1"]?.outcome, r["LA-1"]?.amount]).toEqual(["granted", "350.00"]); // 50 × 7
    expect([r["LA-2"]?.outcome, r["LA-2"]?.amount, r["LA-2"]?.lines[0]?.quantity]).toEqual(["granted", "150.00", 3]); // 50 × 3 (03-09..03-11)
    expect(r["LA-2"]?.reasons.find((x) => x.code === "days_already_paid")?.facts).toEqual({ days: ["2020-03-05", "2020-03-06", "2020-03-07", "2020-03-08"], earlierClaims: ["LA-1"], paidDays: 3 });
    // the grant keys only the days it paid: a third course over 03-09..03-11, every day attended, is refused whole (each of its days paid once, on LA-2)
    const three = parseClaimsDocument({
      trainees: [person],
      courses: [courseOf("C-A", { attendedDays: 7 }), courseOf("C-B", { attendedDays: 7, startDate: "2020-03-05", endDate: "2020-03-11" }), courseOf("C-C", { attendedDays: 3, startDate: "2020-03-09", endDate: "2020-03-11" })],
      claims: [claimOf("LA-1", "C-A"), claimOf("LA-2", "C-B"), claimOf("LA-3", "C-C")],
    });
    if (!three.ok || three.value.invalid.length > 0) throw new Error("fixture does not parse");
    const third = evaluateBatch(jiaxing, three.value.document).decisions.find((d) => d.claimId === "LA-3");
    expect([third?.outcome, third?.reasons.map((x) => x.code)]).toEqual(["denied", ["basis_already_paid"]]);
  });

  test("a course the week after (no day in common) is paid whatever is known of either: 300.00", () => {
    expect(batch({ attendedDays: 6 }, { attendedDays: 6, startDate: "2020-03-09", endDate: "2020-03-15" })["LA-2"]?.amount).toBe("300.00"); // 50 × 6
  });

  test("a course sharing one day (the earlier's last) with an earlier one whose days are not known asks for the earlier grant's days", () => {
    const out = batch({ attendedDays: 6 }, { attendedDays: 7, startDate: "2020-03-08", endDate: "2020-03-14" });
    expect(out["LA-2"]?.missingFacts).toEqual(["grant LA-1: basisKeys (its days)"]);
  });

  test("a prior ledger's grant that names only its course (no days, no span) may have paid any day up to its basis date: a course over those days asks for them", () => {
    // before: paid 350.00 again for the same week
    const grant = { id: "OLD-LA", claimId: "OLD-LA", traineeId: "P-001", measure: "livingAllowance", provision: "jx2019.living-allowance", payee: { kind: "trainee", id: "P-001" }, amount: "350.00", basisDate: "2020-03-08", occupationCode: "4-10-01-01", level: "junior", courseId: "C-OLD" };
    const out = batch({ attendedDays: 7 }, null, [grant]);
    expect(out["LA-1"]?.outcome).toBe("undecidable");
    expect(out["LA-1"]?.missingFacts).toEqual(["grant OLD-LA: basisKeys (its days)"]);
    // a course after its basis date cannot meet it: 350.00 (50 × 7)
    expect(batch({ attendedDays: 7, startDate: "2020-03-09", endDate: "2020-03-15" }, null, [grant])["LA-1"]?.amount).toBe("350.00");
  });

  describe("a prior ledger's grant with keys of its own (another system's, or an older version's)", () => {
    const base = { id: "OLD-LA", claimId: "OLD-LA", traineeId: "P-001", measure: "livingAllowance", provision: "jx2019.living-allowance", payee: { kind: "trainee", id: "P-001" }, amount: "350.00", basisDate: "2020-03-08", occupationCode: "4-10-01-01", level: "junior", courseId: "C-OLD" };
    const keyed = (...keys: string[]) => ({ ...base, basisKeys: ["livingAllowance|P-001|course C-OLD", ...keys] });
    const dated = (...dates: string[]) => ({ attendedDays: dates.length, attendedDates: dates });

    test("a day key and a period key: the period's days are not known, so a course in that period asks (undated: not refused; dated: not paid)", () => {
      const grant = keyed("livingAllowance|P-001|day 2020-02-20", "livingAllowance|P-001|period 2020-03-01..2020-03-08");
      expect(batch({ attendedDays: 3 }, null, [grant])["LA-1"]?.missingFacts).toEqual(["course.attendedDates", "grant OLD-LA: basisKeys (its days)"]);
      expect(batch(dated("2020-03-05", "2020-03-06", "2020-03-07"), null, [grant])["LA-1"]?.missingFacts).toEqual(["grant OLD-LA: basisKeys (its days)"]);
    });

    test("two period keys: a course meeting either asks; one between them is paid (3 × 50 = 150.00)", () => {
      const grant = keyed("livingAllowance|P-001|period 2020-03-02..2020-03-04", "livingAllowance|P-001|period 2020-05-01..2020-05-03");
      expect(batch(dated("2020-03-03", "2020-03-04"), null, [grant])["LA-1"]?.outcome).toBe("undecidable");
      expect(batch({ ...dated("2020-03-10", "2020-03-11", "2020-03-12"), startDate: "2020-03-09", endDate: "2020-03-15" }, null, [grant])["LA-1"]?.amount).toBe("150.00");
    });

    test("a day key that cannot be read (2020-3-5) is no known day: a course up to the grant's basis date asks", () => {
      const grant = keyed("livingAllowance|P-001|day 2020-3-5");
      expect(batch(dated("2020-03-05"), null, [grant])["LA-1"]?.missingFacts).toEqual(["grant OLD-LA: basisKeys (its days)"]);
    });
  });

  test("the same course claimed twice is still refused by the course itself, not asked about", () => {
    const parsed = parseClaimsDocument({ trainees: [person], courses: [courseOf("C-A", { attendedDays: 6 })], claims: [claimOf("LA-1", "C-A"), claimOf("LA-9", "C-A")] });
    if (!parsed.ok) throw new Error("fixture does not parse");
    const d = evaluateBatch(jiaxing, parsed.value.document).decisions;
    expect(d.map((x) => x.outcome)).toEqual(["granted", "denied"]);
    expect(d[1]?.reasons.map((r) => r.code)).toEqual(["basis_already_paid"]);
  });
});

// Reading jiaxing-living-allowance-disabled: 四(三) opens with 「就业困难人员（含残疾人）」 and its item 四是 pays
// 「就业困难人员」 of the same paragraph 「每人每天50元」, so a disabled trainee is one of them in Jiaxing.
describe("jx2019.living-allowance 四(三)四: 就业困难人员 includes disabled persons (就业困难人员（含残疾人）, 四(三))", () => {
  test("a disabled Jiaxing worker in none of the other groups is paid 350.00 yuan for 7 attended days", () => {
    // Jiaxing hukou (南湖区), 7 days attended 2020-03-02..08 of a course in Jiaxing: 50 yuan/day × 7 days = 350.00
    const d = decide(["disabled"]);
    expect(d.outcome).toBe("granted");
    expect(d.amount).toBe("350.00"); // 50 yuan/day × 7 days, jx2019.living-allowance
    expect(d.payee).toEqual({ kind: "trainee", id: "P1" });
    expect(d.lines).toEqual([expect.objectContaining({ rate: "50.00", quantity: 7, unit: "day", amount: "350.00", fund: "employmentSubsidyFund", layer: "zhejiang.jiaxing.jx2019" })]);
  });

  test("the group reason cites Jiaxing's own clause (jx2019.living-allowance 四(三)四), not the national one, and names 就业困难人员（含残疾人）", () => {
    const d = decide(["disabled"]);
    expect(d.reasons.find((r) => r.code === "in_living_allowance_group")).toMatchObject({
      citation: { provision: "jx2019.living-allowance", clause: "四(三)四" },
      facts: { groups: ["employmentDifficulty(disabled)"] },
    });
    // the trace says the Jiaxing layer's exception decided the group rule
    expect(d.trace.find((s) => s.rule === "livingAllowance.groups")).toMatchObject({
      layer: "zhejiang.jiaxing.jx2019",
      override: { kind: "exception", label: { zh: "嘉兴：就业困难人员（含残疾人）给予生活费补贴；对口支援地区建档立卡贫困人员不在其名单内" } },
      citation: { provision: "jx2019.living-allowance", clause: "四(三)四" },
    });
  });

  test("under the national texts alone the same disabled person is in no living-allowance group (gbf2019 §(十一) has no parenthesis) and is denied", () => {
    const d = decide(["disabled"], {}, nationalPolicy());
    expect(d.outcome).toBe("denied");
    expect(d.amount).toBe("0.00");
    expect(d.reasons).toEqual([expect.objectContaining({ code: "not_in_living_allowance_group", citation: expect.objectContaining({ provision: "gbf2019.living-allowance-groups", clause: "§(十一)" }) })]);
  });

  test("a disabled person who is also in a national group is paid under the national group rule, as before", () => {
    const d = decide(["disabled", "employmentDifficulty"]);
    expect(d.amount).toBe("350.00"); // 50 yuan/day × 7 days
    expect(d.reasons.find((r) => r.code === "in_living_allowance_group")).toMatchObject({ citation: { provision: "gbf2019.living-allowance-groups" }, facts: { groups: ["employmentDifficulty"] } });
  });

  test("the disabled trainee is in Jiaxing's list on the plan's days alone: 2019-12-12 refused by the national list, 2019-12-13 and 2021-12-31 50.00 yuan, 2022-01-01 held for a later text", () => {
    const day = (date: string) => decide(["disabled"], { startDate: date, endDate: date, attendedDays: 1 });
    // before 2019-12-13 jx2019 is not in force: the national list (gbf2019 §(十一)) decides, and it does not name 残疾人
    // (reading jiaxing-list-governs-plan-days)
    const before = day("2019-12-12");
    expect([before.outcome, before.amount]).toEqual(["denied", "0.00"]);
    expect(before.reasons.find((r) => r.code === "not_in_living_allowance_group")?.citation.provision).toBe("gbf2019.living-allowance-groups");
    expect(day("2019-12-13").amount).toBe("50.00"); // first day of jx2019: 50 yuan/day × 1 day
    expect(day("2021-12-31").amount).toBe("50.00"); // last day of the three-year action: 50 yuan/day × 1 day
    // a course across the plan's first day is Jiaxing's (a day of it is in the plan): 1 day in force × 50 yuan, the day before unpaid
    expect(decide(["disabled"], { startDate: "2019-12-12", endDate: "2019-12-13", attendedDays: 2 }).amount).toBe("50.00");
    // from 2022-01-01 the plan has ended, and gbf2019's action with it: no list of the policy is in force, so she is held
    // for a later text, as any 就业困难人员 is (cold review 43), not refused by a list that has ended
    const after = day("2022-01-01");
    expect([after.outcome, after.amount]).toEqual(["undecidable", null]);
    expect(after.reasons.map((r) => r.code)).toEqual(["provision_not_in_force"]);
    // a 就业困难人员 is in both lists: held on 2022-01-01 for want of a text in force (reading jiaxing-plan-in-force)
    expect(decide(["employmentDifficulty"], { startDate: "2022-01-01", endDate: "2022-01-01", attendedDays: 1 }).reasons.map((r) => r.code)).toEqual(["provision_not_in_force"]);
  });

  test("the exception widens nothing else: a veteran or a city 两后生 not on dibao is still denied in Jiaxing", () => {
    expect(decide(["veteran"]).outcome).toBe("denied");
    expect(decide(["nonContinuingGraduate"]).outcome).toBe("denied");
  });
});
