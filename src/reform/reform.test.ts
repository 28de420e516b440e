import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { cite } from "../core/citation.js";
import { civilDate } from "../core/date.js";
import { Evaluation, resolveParameter } from "../core/decision.js";
import { buildPolicy, defineLayer, replaceParameter } from "../core/layer.js";
import { defineParameter } from "../core/parameter.js";
import { evaluateBatch } from "../engine.js";
import { jiaxingPolicy, nationalFrameworksPolicy } from "../jurisdictions/policies.js";
import { appraisalSubsidyStandards } from "../jurisdictions/jiaxing/appraisalSubsidy.js";
import { livingAllowanceDailyRate } from "../provisions/livingAllowance/livingAllowance.js";
import { AmountSchema } from "../records/common.js";
import { parseClaimsDocument } from "../records/document.js";
import { employeeApprenticeTerms } from "../jurisdictions/jiaxing/apprenticeshipSubsidy.js";
import { valueSchemaOf } from "./valueSchema.js";
import { compare } from "./compare.js";
import type { Result } from "../core/issues.js";
import type { Reformed } from "./reform.js";
import { change, reform, reformAll, reformSteps } from "./reform.js";
import { fault } from "../../test/support/fault.js";

const fixture = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), "utf8"));
const LA60 = fixture("reforms/living-allowance-60.json");
const SENIOR200 = fixture("reforms/senior-appraisal-200.json");

function ok(r: Result<Reformed>) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const rate = (policy: ReturnType<typeof jiaxingPolicy>, date: string) => resolveParameter(policy, livingAllowanceDailyRate, civilDate(date));

describe("reform(policy, patch)", () => {
  test("returns a new policy with its own id and content hash, and leaves the base as it was", () => {
    const base = jiaxingPolicy();
    const hashBefore = base.hash;
    const { policy, layer } = ok(reform(base, LA60));
    expect(policy.id).toBe("jiaxing-2019+la-60-2021");
    expect(policy.hash).not.toBe(base.hash);
    expect(base.hash).toBe(hashBefore);
    expect(base.layers.map((l) => l.id)).toEqual(["national.gbf2019", "zhejiang.jiaxing.jx2019"]);
    expect(policy.layers.map((l) => l.id)).toEqual(["national.gbf2019", "zhejiang.jiaxing.jx2019", "reform.la-60-2021"]);
    expect(layer.level).toBe("reform");
    // the same patch gives the same hash; a different value a different one
    expect(ok(reform(base, LA60)).policy.hash).toBe(policy.hash);
    const la61 = { ...(LA60 as object), changes: [{ parameter: "livingAllowance.dailyRate", from: "2021-01-01", until: "2022-01-01", value: "61.00" }] };
    expect(ok(reform(base, la61)).policy.hash).not.toBe(policy.hash);
  });

  test("the daily rate is 50 on 2020-12-31 (jx2019) and 60 on 2021-01-01 (the reform), and the reform names itself", () => {
    const { policy } = ok(reform(jiaxingPolicy(), LA60));
    // 50 yuan/day, jx2019.living-allowance 四(三)四, until the reform starts
    expect(rate(policy, "2020-12-31")).toMatchObject({ value: "50.00", layer: "zhejiang.jiaxing.jx2019" });
    // 60 yuan/day from 2021-01-01, set by the reform, citing the provision it amends
    expect(rate(policy, "2021-01-01")).toMatchObject({ value: "60.00", layer: "reform.la-60-2021", citation: { provision: "jx2019.living-allowance" } });
    expect(rate(policy, "2021-01-02")).toMatchObject({ value: "60.00", layer: "reform.la-60-2021" }); // the day after: still 60
    expect(rate(policy, "2021-12-31")).toMatchObject({ value: "60.00", layer: "reform.la-60-2021" });
    // until 2022-01-01: the reform does not extend the plan, which ends then (jx2019.supersession)
    expect(rate(policy, "2022-01-01")).toMatchObject({ reason: "ended", layer: "zhejiang.jiaxing.jx2019" });
  });

  test("a course straddling the reform's end pays 60 for 2021-12-31 and leaves 2022-01-01 unpaid, as the plan has ended", () => {
    const { policy } = ok(reform(jiaxingPolicy(), LA60));
    const doc = parseClaimsDocument({
      trainees: [{ id: "T", birthDate: "1980-03-14", statuses: ["povertyRegistered"], hukouRegion: "zhejiang.jiaxing.tongxiang" }],
      courses: [{ id: "C", traineeId: "T", kind: "employmentSkills", occupation: { code: "5-01-02-01", name: "农作物植保员" }, classHours: 32, startDate: "2021-12-30", endDate: "2022-01-02", attendedDays: 3, attendedDates: ["2021-12-30", "2021-12-31", "2022-01-01"], region: "zhejiang.jiaxing.tongxiang" }],
      claims: [{ id: "X", measure: "livingAllowance", traineeId: "T", claimant: { kind: "trainee", id: "T" }, courseId: "C", submittedOn: "2022-01-05" }],
    });
    if (!doc.ok) throw new Error("records");
    const decision = evaluateBatch(policy, doc.value.document).decisions[0];
    // 60 yuan/day × 2 days (2021-12-30, 2021-12-31), reform + jx2019.living-allowance; 2022-01-01: the plan has ended (jx2019.supersession) and the reform with it
    expect(decision).toMatchObject({ outcome: "granted", amount: "120.00", lines: [{ rate: "60.00", quantity: 2, layer: "reform.la-60-2021" }] });
    expect(decision?.reasons.find((r) => r.code === "living_allowance_days")?.facts).toMatchObject({ days: 2, unpaidDates: ["2022-01-01"] });
  });

  test("without `until` the changed value runs on past the plan's end", () => {
    const open = { id: "la-60-open", label: { zh: "无期限", en: "open-ended" }, changes: [{ parameter: "livingAllowance.dailyRate", from: "2021-01-01", value: "60.00" }] };
    const { policy } = ok(reform(jiaxingPolicy(), open));
    expect(rate(policy, "2022-01-01")).toMatchObject({ value: "60.00", layer: "reform.la-60-open" }); // 60 yuan/day, no end
  });

  test("a trace step that reads a reformed parameter names the reform layer, as does the paid line", () => {
    const { policy } = ok(reform(jiaxingPolicy(), LA60));
    const doc = parseClaimsDocument(fixture("jiaxing/reform-population.json"));
    if (!doc.ok) throw new Error("fixture");
    const decision = evaluateBatch(policy, doc.value.document).decisions.find((d) => d.claimId === "RF-03");
    // RF-03: 10 days in March 2021 × 60 yuan/day = 600, reform + jx2019.living-allowance
    expect(decision?.amount).toBe("600.00");
    expect(decision?.lines).toMatchObject([{ rate: "60.00", quantity: 10, layer: "reform.la-60-2021", citation: { provision: "jx2019.living-allowance" } }]);
    const reads = decision?.trace.flatMap((s) => s.parameters) ?? [];
    expect(reads).toContainEqual(expect.objectContaining({ parameter: "livingAllowance.dailyRate", layer: "reform.la-60-2021", value: "60.00", via: [{ layer: "zhejiang.jiaxing.jx2019", kind: "replace" }, { layer: "reform.la-60-2021", kind: "replace" }] }));
    expect(decision?.provenance.policy).toMatchObject({ id: "jiaxing-2019+la-60-2021", layers: ["national.gbf2019", "zhejiang.jiaxing.jx2019", "reform.la-60-2021"] });
  });

  test("patches stack: a later patch of the same parameter applies over an earlier one where both are in force", () => {
    const seventy = { id: "la-70-h2", label: { zh: "下半年 70 元", en: "70 from July" }, changes: [{ parameter: "livingAllowance.dailyRate", from: "2021-07-01", value: "70.00" }] };
    const { policy } = ok(reformAll(jiaxingPolicy(), [LA60, seventy]));
    expect(rate(policy, "2021-06-30")).toMatchObject({ value: "60.00", layer: "reform.la-60-2021" }); // first patch only
    expect(rate(policy, "2021-07-01")).toMatchObject({ value: "70.00", layer: "reform.la-70-h2" }); // second over first
    expect(rate(policy, "2022-01-01")).toMatchObject({ value: "70.00", layer: "reform.la-70-h2" }); // the second has no end
    expect(reformSteps(jiaxingPolicy(), policy).map((p) => p.id)).toEqual(["jiaxing-2019", "jiaxing-2019+la-60-2021", "jiaxing-2019+la-60-2021+la-70-h2"]);
  });

  test("a typed change is checked by the compiler against its parameter's value", () => {
    const good = change(livingAllowanceDailyRate, { from: "2021-01-01", value: "60.00" });
    // @ts-expect-error the daily rate is a decimal string, not a number
    change(livingAllowanceDailyRate, { from: "2021-01-01", value: 60 });
    // the whole table by level (jx2019.appraisal-subsidy 五(十一)), 高级工 raised to 200
    const table = change(appraisalSubsidyStandards, { from: "2021-01-01", value: { junior: "120.00", intermediate: "120.00", senior: "200.00", technician: "150.00", seniorTechnician: "180.00" } });
    expect(ok(reform(jiaxingPolicy(), { id: "t", label: { zh: "t", en: "t" }, changes: [good, table] })).policy.id).toBe("jiaxing-2019+t");
  });
});

describe("a bad patch is a typed validation result, not a crash", () => {
  const base = jiaxingPolicy();
  const patch = (changes: unknown[], id = "bad") => ({ id, label: { zh: "坏", en: "bad" }, changes });
  const issues = (r: Result<Reformed>) => (r.ok ? [] : r.issues.map((i) => ({ path: i.path.join("."), code: i.code })));

  test("a parameter the policy does not have is unknown_parameter, naming the ones it has", () => {
    const r = reform(base, patch([{ parameter: "livingAllowance.dailyRates", from: "2021-01-01", value: "60.00" }]));
    expect(issues(r)).toEqual([{ path: "changes.0.parameter", code: "unknown_parameter" }]);
    // The list of known parameters is in the message only (an issue carries no facts): the words are what is tested.
    expect(r.ok ? "" : r.issues[0]?.message.en).toContain("appraisalSubsidy.standards, ");
    expect(r.ok ? "" : r.issues[0]?.message.en).toContain(", livingAllowance.dailyRate, ");
  });

  test("a value of the wrong shape is reported at its path with the parameter's own codes", () => {
    expect(issues(reform(base, patch([{ parameter: "livingAllowance.dailyRate", from: "2021-01-01", value: "sixty" }])))).toEqual([{ path: "changes.0.value", code: "invalid_amount" }]);
    expect(issues(reform(base, patch([{ parameter: "livingAllowance.dailyRate", from: "2021-01-01", value: "60.005" }])))).toEqual([{ path: "changes.0.value", code: "invalid_amount" }]);
    const wrongLevel = reform(base, patch([{ parameter: "appraisalSubsidy.standards", from: "2021-01-01", value: { master: "200.00" } }]));
    expect(issues(wrongLevel)[0]?.path).toMatch(/^changes\.0\.value/);
    expect(issues(reform(base, patch([{ parameter: "appraisalSubsidy.standards", from: "2021-01-01", value: "200.00" }])))[0]).toMatchObject({ path: "changes.0.value", code: "invalid_type" });
  });

  test("a patch with a bad date, an end before its start, or no changes is rejected", () => {
    expect(issues(reform(base, patch([{ parameter: "livingAllowance.dailyRate", from: "2021-02-30", value: "60.00" }])))).toEqual([{ path: "changes.0.from", code: "invalid_date" }]);
    expect(issues(reform(base, patch([{ parameter: "livingAllowance.dailyRate", from: "2021-01-01", until: "2021-01-01", value: "60.00" }])))).toEqual([{ path: "changes.0.until", code: "end_before_start" }]);
    expect(issues(reform(base, patch([])))[0]).toMatchObject({ path: "changes", code: "too_small" });
    expect(issues(reform(base, { id: "x", changes: [] }))[0]?.path).toBe("label");
  });

  test("two changes of one parameter that overlap in one patch are rejected; consecutive ones are fine", () => {
    const overlapping = [
      { parameter: "livingAllowance.dailyRate", from: "2021-01-01", until: "2021-07-01", value: "60.00" },
      { parameter: "livingAllowance.dailyRate", from: "2021-06-30", value: "70.00" },
    ];
    expect(issues(reform(base, patch(overlapping)))).toEqual([{ path: "changes.1", code: "overlapping_changes" }]);
    const consecutive = [overlapping[0], { ...overlapping[1], from: "2021-07-01" }];
    expect(reform(base, patch(consecutive)).ok).toBe(true);
  });

  test("applying the same patch twice is a duplicate id", () => {
    const once = ok(reform(base, LA60)).policy;
    expect(issues(reform(once, LA60))).toEqual([{ path: "id", code: "duplicate_id" }]);
  });

  test("a parameter with no declared value shape cannot be patched, and a value that breaks a constraint is named", () => {
    const C = cite("gbf2019.apprenticeship-floor", "§(十一)");
    const label = { zh: "测试", en: "test" };
    const bare = defineParameter<string>({ id: "t.bare", label, citation: C, values: [{ from: "2020-01-01", value: "1" }], lastVerifiedOn: "2026-11-25" });
    const floor = defineParameter<string>({ ...bare, id: "t.floor", values: [{ from: "2020-01-01", value: "4000" }], valueSchema: AmountSchema });
    const layer = defineLayer({
      id: "national.t",
      level: "national",
      region: null,
      label,
      documents: ["gbf2019"],
      scope: C,
      parameters: [bare, floor],
      constraints: [{ parameter: floor, citation: C, label: { zh: "不低于 4000 元", en: "at least 4000 yuan" }, test: (v) => Number(v) >= 4000 }],
    });
    const policy = buildPolicy({ id: "t", label, layers: [layer] });
    expect(issues(reform(policy, patch([{ parameter: "t.bare", from: "2021-01-01", value: "2" }])))).toEqual([{ path: "changes.0.parameter", code: "parameter_not_reformable" }]);
    // the constraint is a floor of 4000 yuan: 3999.99 is one fen below it, 4000.00 is at it
    const low = reform(policy, patch([{ parameter: "t.floor", from: "2021-01-01", value: "3999.99" }]));
    expect(issues(low)).toEqual([{ path: "changes.0.value", code: "breaks_constraint" }]);
    // The provision broken is named in the message only (an issue carries no facts).
    expect(low.ok ? "" : low.issues[0]?.message.en).toContain("gbf2019.apprenticeship-floor");
    expect(reform(policy, patch([{ parameter: "t.floor", from: "2021-01-01", value: "4000.00" }])).ok).toBe(true);
  });

  test("a reform layer that declares a parameter, or a county layer after a reform, fails when the policy is built", () => {
    const label = { zh: "测试", en: "test" };
    const { policy } = ok(reform(base, LA60));
    const sneaky = defineLayer({ id: "reform.sneaky", level: "reform", region: null, label, documents: [], scope: cite("jx2019.supersession", "closing"), parameters: [{ ...livingAllowanceDailyRate, id: "x.y" }] });
    expect(() => buildPolicy({ id: "p", label, layers: [...base.layers, sneaky] })).toThrow(fault("reform_layer_declares"));
    const county = defineLayer({ id: "c", level: "county", region: "zhejiang.jiaxing.haining", label, documents: [], scope: cite("jx2019.supersession", "closing") });
    expect(() => buildPolicy({ id: "p", label, layers: [...policy.layers, county] })).toThrow(fault("layer_order"));
    const until = replaceParameter(livingAllowanceDailyRate, { label, citation: cite("jx2019.supersession", "closing"), values: [{ from: "2021-01-01", value: "1" }], until: "2020-01-01", lastVerifiedOn: "2026-11-25" });
    const bad = defineLayer({ id: "reform.until", level: "reform", region: null, label, documents: [], scope: cite("jx2019.supersession", "closing"), parameterOverrides: [until] });
    expect(() => buildPolicy({ id: "p", label, layers: [...base.layers, bad] })).toThrow(fault("invalid_override_end"));
  });

  test("the Evaluation reads the reformed value on the date it is asked for", () => {
    const { policy } = ok(reformAll(base, [LA60, SENIOR200]));
    const ev = new Evaluation(policy, civilDate("2021-03-01"));
    // 高级工 200 yuan from 2021-01-01 by issue date (the stacked patch); 150 the day before (jx2019.appraisal-subsidy)
    expect(ev.param(appraisalSubsidyStandards, civilDate("2021-01-01"))).toMatchObject({ value: { senior: "200.00", technician: "150.00" }, layer: "reform.senior-appraisal-200-2021" });
    expect(ev.param(appraisalSubsidyStandards, civilDate("2020-12-31"))).toMatchObject({ value: { senior: "150.00" }, layer: "zhejiang.jiaxing.jx2019" });
    // and 200 the day after, 2021-01-02; the other levels keep jx2019's 120/120/150/180
    expect(ev.param(appraisalSubsidyStandards, civilDate("2021-01-02"))).toMatchObject({ value: { junior: "120.00", senior: "200.00", seniorTechnician: "180.00" }, layer: "reform.senior-appraisal-200-2021" });
  });
});

describe("a patch of a table replaces the whole table: one that leaves out a level in force is refused, naming the levels", () => {
  const base = jiaxingPolicy();
  // jx2019.appraisal-subsidy 五(十一): 「补贴标准为初级工、中级工120元，高级工、技师150元，高级技师180元」
  const JX = { junior: "120.00", intermediate: "120.00", senior: "150.00", technician: "150.00", seniorTechnician: "180.00" } as const;
  const standards = (value: unknown, from = "2021-01-01", until: string | null = "2022-01-01") => ({
    id: "st",
    label: { zh: "高级技师鉴定补贴提高到 200 元", en: "senior technician appraisal subsidy 200" },
    changes: [{ parameter: "appraisalSubsidy.standards", from, ...(until === null ? {} : { until }), value }],
  });
  const population = () => {
    const parsed = parseClaimsDocument(fixture("jiaxing/reform-population.json"));
    if (!parsed.ok) throw new Error("unreadable population");
    return parsed.value.document;
  };

  test("a patch of the appraisal standards that names one level only is refused, not read as abolishing the subsidy for the levels it leaves out", () => {
    // Cold audit 4: an analyst raises 高级技师 to 200 and writes only that level. Accepted, every certificate of
    // another level issued in 2021 was denied level_has_no_standard: in the reform population RF-10 (高级工
    // 2021-01-01, 150), RF-11 (中级工 2021-01-02, 120) and RF-12 (技师 2021-06-01, 150) lost 150 + 120 + 150 = 420.00.
    const r = reform(base, standards({ seniorTechnician: "200.00" }));
    if (r.ok) {
      const c = compare(base, r.value.policy, population());
      expect({ delta: c.totals.all.delta, denied: c.totals.outcomes }).toEqual({ delta: "0.00", denied: [] });
    }
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path.join("."), i.code])).toEqual([["changes.0.value", "incomplete_table"]]);
    // the message names the parameter and the four levels left out, in Chinese and English
    for (const text of [r.issues[0]?.message.zh, r.issues[0]?.message.en]) {
      expect(text).toContain("appraisalSubsidy.standards");
      for (const level of ["junior", "intermediate", "senior", "technician"]) expect(text).toContain(level);
      expect(text).not.toContain("seniorTechnician,");
    }
    expect(r.issues[0]?.message.zh).toContain("缺少");
    expect(r.issues[0]?.message.en).toContain("leaves out junior, intermediate, senior, technician");
  });

  test("four levels of five is refused naming the fifth; all five, one of them changed, is accepted and pays 200 at that level", () => {
    const { seniorTechnician: _left, ...four } = JX;
    const r = reform(base, standards({ ...four, senior: "200.00" }));
    expect(r.ok ? [] : r.issues.map((i) => [i.path.join("."), i.code])).toEqual([["changes.0.value", "incomplete_table"]]);
    expect(r.ok ? "" : r.issues[0]?.message.en).toContain("leaves out seniorTechnician");
    const whole = reform(base, standards({ ...JX, senior: "200.00" }));
    expect(whole.ok).toBe(true);
    if (!whole.ok) return;
    const c = compare(base, whole.value.policy, population());
    // RF-10, 高级工 issued 2021-01-01: 200 − 150 = +50; RF-11 (中级工 120) and RF-12 (技师 150) unchanged
    expect(c.totals.all).toMatchObject({ base: "2420.00", reformed: "2470.00", delta: "50.00", changed: 1 });
  });

  test("the levels are those of the table in force on any day of the change's span, not only its first day", () => {
    // from 2021-12-31 to no end: on 2021-12-31 jx2019's table is in force (its five levels); from 2022-01-01 none
    // (jx2019.supersession): the five are still asked for
    const r = reform(base, standards({ seniorTechnician: "200.00" }, "2021-12-31", null));
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["incomplete_table"]);
    // wholly after the plan's end no table is in force: the table given is the whole table
    expect(reform(base, standards({ seniorTechnician: "200.00" }, "2022-01-01", null)).ok).toBe(true);
    // and before the subsidy starts (2020-01-01, 「职业技能鉴定补贴从2020年1月1日起执行」) there is none either
    expect(reform(base, standards({ seniorTechnician: "200.00" }, "2019-01-01", "2020-01-01")).ok).toBe(true);
    // a span ending on 2020-01-01 exclusive reaches no day of the table; one ending 2020-01-02 reaches its first day
    expect(reform(base, standards({ seniorTechnician: "200.00" }, "2019-01-01", "2020-01-02")).ok).toBe(false);
  });
});

describe("a patch gives a catalogue or a list whole, as a table (cold audit 8)", () => {
  const NF = nationalFrameworksPolicy();
  const groups = (value: readonly string[], from: string, until?: string) => ({
    id: "groups-change",
    label: { zh: "调整职业培训补贴对象", en: "training-subsidy groups changed" },
    changes: [{ parameter: "trainingSubsidy.groups", from, ...(until === undefined ? {} : { until }), value }],
  });
  const THREE = ["gbf2019.free-training-groups", "gbf2019.subsidy-groups", "gbf2019.living-allowance-groups"];

  test("a list may drop an item in force on the change's first day: a group taken out on purpose is a reform of its own", () => {
    expect(reform(NF, groups(THREE.slice(0, 2), "2021-01-01", "2022-01-01")).ok).toBe(true);
  });

  test("a list that leaves out an item a later layer adds inside the change's span is refused, naming the item and the day (plan2021 §(十)'s graduation-year students from 2022-01-01); ended before that day, or listing it, it is accepted", () => {
    const widened = [...THREE, "gbf2019.poverty-support"];
    const r = reform(NF, groups(widened, "2021-01-01"));
    expect(r.ok ? [] : r.issues.map((i) => [i.path.join("."), i.code, i.message.en.includes("plan2021.graduation-year-students"), i.message.en.includes("2022-01-01")])).toEqual([["changes.0.value", "incomplete_table", true, true]]);
    expect(reform(NF, groups(widened, "2021-01-01", "2022-01-01")).ok).toBe(true);
    expect(reform(NF, groups([...widened, "plan2021.graduation-year-students"], "2021-01-01")).ok).toBe(true);
  });
});

describe("a range's top below its bottom is refused, naming the field", () => {
  const base = jiaxingPolicy();
  const terms = (value: unknown) => ({
    id: "range-typo",
    label: { zh: "职工学徒补贴区间", en: "employee-apprentice range" },
    changes: [{ parameter: "apprenticeship.employeeTerms", from: "2021-01-01", value }],
  });
  const apprentice = () => {
    const doc = parseClaimsDocument({
      trainees: [{ id: "P-1", birthDate: "1990-01-01", statuses: ["enterpriseEmployee"], hukouRegion: "zhejiang.jiaxing.haining" }],
      enterprises: [{ id: "E-1", name: "示例企业", unemploymentInsuranceRegion: "zhejiang.jiaxing.haining" }],
      apprenticeships: [{ id: "A-1", traineeId: "P-1", enterpriseId: "E-1", kind: "employee", occupation: { code: "EX-WELD", name: "焊工（示意）" }, startDate: "2021-01-01", endDate: "2021-12-31", annualStandard: "6000.00" }],
      claims: [{ id: "J-1", measure: "apprenticeshipSubsidy", traineeId: "P-1", claimant: { kind: "enterprise", id: "E-1" }, submittedOn: "2022-01-20", apprenticeshipId: "A-1", enterpriseId: "E-1" }],
    });
    if (!doc.ok) throw new Error("unreadable");
    return doc.value.document;
  };

  test("a range whose bound is not an amount is that field's typed issue, never a throw (final review, 2026-12-04)", () => {
    const r = reform(base, terms({ min: "abc", max: "10000.00", maxYears: 2 }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path.join("."))).toContain("changes.0.value.min");
    expect(r.issues.map((i) => i.code)).not.toContain("range_top_below_bottom");
  });

  test("an employee-apprentice range whose top is below its bottom is refused, not applied to deny every apprentice", () => {
    // Cold audit 4: a typo, max 3000 for 13000. jx2019.employee-apprentice 三(一)二: 「职工学徒按每人每年4000元至10000元的标准给予企业补贴」 —
    // a range from a bottom to a top; 4000 … 3000 holds no standard at all. Accepted, a first year at the 6000 standard,
    // paid 6000.00 under the plan (within 4000–10000), was denied under the patch with no word about it.
    expect(evaluateBatch(base, apprentice()).decisions[0]?.amount).toBe("6000.00"); // 6000 × 12 ÷ 12
    const r = reform(base, terms({ min: "4000.00", max: "3000.00", maxYears: 2 }));
    if (r.ok) expect(evaluateBatch(r.value.policy, apprentice()).decisions[0]?.outcome).toBe("granted");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path.join("."), i.code])).toEqual([["changes.0.value", "range_top_below_bottom"]]);
    // the message names both fields and both values, in Chinese and English
    expect(r.issues[0]?.message.en).toBe("the top of the range, max 3000.00, is below its bottom, min 4000.00: no value lies in it");
    expect(r.issues[0]?.message.zh).toBe("区间上限 max 3000.00 低于下限 min 4000.00，区间内没有任何取值");
  });

  test("a top one fen below the bottom is refused; a top equal to the bottom is a range of one value and pays it", () => {
    expect(reform(base, terms({ min: "4000.00", max: "3999.99", maxYears: 2 })).ok).toBe(false);
    const one = reform(base, terms({ min: "6000.00", max: "6000.00", maxYears: 2 }));
    expect(one.ok).toBe(true);
    // the 6000 standard lies in 6000–6000: 6000 × 12 ÷ 12 = 6000.00
    if (one.ok) expect(evaluateBatch(one.value.policy, apprentice()).decisions[0]?.amount).toBe("6000.00");
  });

  test("the layer's own range passes the same check: jx2019's 4000–10000 is a range, and so is it written as numbers", () => {
    const schema = valueSchemaOf(employeeApprenticeTerms);
    const declared = resolveParameter(base, employeeApprenticeTerms, civilDate("2021-01-01"));
    expect("value" in declared ? declared.value : null).toEqual({ min: "4000.00", max: "10000.00", maxYears: 2 });
    expect(schema?.safeParse("value" in declared ? declared.value : null).success).toBe(true);
    // amounts compare as amounts, not as text: "10000.00" < "4000.00" as strings, yet 10000 > 4000
    expect(schema?.safeParse({ min: 4000, max: 10000, maxYears: 2 }).success).toBe(true);
    expect(schema?.safeParse({ min: "900", max: "10000", maxYears: 2 }).success).toBe(true);
  });
});
