/**
 * Final review 5 (2026-12-05, 06:26–07:02 UTC), cold, of the whole of this stop's change, `git diff 9287ba2..HEAD -- src law`:
 * the trade-friction-affected employee as an 企业职工 (isEnterpriseEmployee; the uplift not for one recorded unemployed); the
 * 对口支援地区建档立卡贫困人员 as a 贫困劳动力 (free training, 以工代训, the national living allowance; Jiaxing's allowance still
 * refuses); Jiaxing's project training (返乡农民工, trade-friction employee); a pensioner refused under the national texts (the
 * widening keyed on the 资格); the 2018 ladder; 以工代训 month by month (before gbf2019 and before a city standard); held claims
 * keeping their place (annual cap, no-repeat); gf2018's 建档立卡 household child. My angle: the INTERACTIONS between these
 * changes, and the ordinary claimant of each shipped policy, whom none of them should move.
 *
 * Findings as `it.fails` records (each asserts what is right and fails on the code as it stands; when one is fixed its
 * record starts failing: turn it into `it(...)`). Controls I hold right are `it(...)`. Figures are ILLUSTRATIVE: the Jiaxing
 * catalogue of test/support/world.ts (EX-ELEC 初级工 1000.00, EX-WELD 1200.00, EX-FORK 900.00, EX-SEW 800.00, the project
 * row EX-ECOM 500.00); the example city's catalogue of test/support/national.ts; a work-for-training standard of 500.00 a
 * month and a living-allowance standard of 50.00 a day (as reviews 18c and 19).
 *
 * Tried and found sound (controls below): a document mixing a held trade-friction employee's chain, a trade-friction
 * pensioner, a paired-region living allowance and a trade-friction project trainee decides alike through evaluateBatch,
 * the built command line and `--threads 2`, held and refiled; the uplift is paid on a held claim once answered (1300.00)
 * and the claims it held are decided by its grant; a held 以工代训 claim takes no place of the year's three training
 * subsidies; a trade-friction-affected pensioner is refused on every Jiaxing route and under the national texts; the
 * paired-region trainee's national living allowance (500.00) and its pension refusal; a 65-year-old trade-friction employee
 * silent on the 资格 held, then refused or paid (1300.00, 1560.00) as refiled; the ordinary claimant of
 * jiaxing-2019, national, national-frameworks and a Jieyang pack over jieyang-2018 paid as before.
 * Found (it.fails, none moves money): a month before the city's 以工代训 standard is named as before the SUBSIDY's 施行日期
 * (F5-1, 50 %); the same month claimed alone is held for a standard the city has (F5-2, 35 %); Jiaxing refuses the
 * living allowance under 四(三)四 for the paired-region trainee but under gbf2019 for everyone else (F5-3, 30 %).
 * Not tried for lack of time: the web service; slices; a province widening (none is shipped).
 * Full npx vitest run at 06:32–06:35 UTC: 162 files, 3,363 passed, 52 expected fail (3 here), 1 skipped, none failed.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { civilDate, evaluateBatch, evaluateClaim, livingAllowanceDailyRate, nationalPolicy, workForTrainingMonthlyRate } from "../src/index.js";
import { d, input, jieyangPackPolicy, regionalPolicy, withExampleStandard } from "./support/national.js";
import { cert, cityCert, cityCourse, cityDoc, cityWorker, course, E1, HERE, JX, NF, ordinary, skillUpgrade, ts, TRAINEE, worker } from "./support/ordinary.js";
import { parsed } from "./support/world.js";

type O = Record<string, unknown>;

/** Decides a document under `policy`: each decision by claim id. */
const decide = (policy: Policy, doc: O, on?: string): Record<string, Decision> =>
  Object.fromEntries(evaluateBatch(policy, parsed(doc), on === undefined ? {} : { on: civilDate(on) }).decisions.map((x) => [x.claimId, x]));
/** `outcome:amount:codes` (a grant's codes left out). */
const line = (x: Decision | undefined): string => (x === undefined ? "missing" : `${x.outcome}:${x.amount}:${x.outcome === "granted" ? "" : x.reasons.map((r) => r.code).join("+")}`);
const lines = (ds: Record<string, Decision>): Record<string, string> => Object.fromEntries(Object.entries(ds).map(([k, x]) => [k, line(x)]));

/** `node dist/cli.js evaluate - --format ndjson …` (the built command line; `npm run build` first): each decision as `outcome:amount:codes`. */
function builtCli(doc: O, args: string[]): Record<string, string> {
  const out = execFileSync(process.execPath, ["dist/cli.js", "evaluate", "-", "--input", "json", "--format", "ndjson", "--quiet", ...args], { input: JSON.stringify(doc), encoding: "utf8" });
  const rows = out.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as { type?: string; claimId?: string; outcome?: string; amount?: string | null; reasons?: { code: string }[] });
  return Object.fromEntries(rows.filter((r) => r.type === "decision").map((r) => [r.claimId!, `${r.outcome}:${r.amount}:${r.outcome === "granted" ? "" : r.reasons!.map((x) => x.code).join("+")}`]));
}
const JX_ARGS = ["--policy", "jiaxing-2019", "--catalogue", "fixtures/jiaxing/catalogue-2020.json"];

// ---- A Jiaxing document mixing the changes ----
const WELD = { code: "EX-WELD", name: "焊工（示意）" };
const FORK = { code: "EX-FORK", name: "叉车司机（示意）" };
const SEW = { code: "EX-SEW", name: "缝纫工（示意）" };
const ECOM = { code: "EX-ECOM", name: "农村电商（项目制培训，示意）" };
const bare = (id: string, issuedOn: string, o: O = {}): O => cert(id, { courseId: undefined, issuedOn, ...o });
const ON = { submittedOn: "2020-10-01" };
/**
 * P1 a trade-friction-affected Nanhu employee: X1 on C1 (EX-ELEC 初级工 02-01, course K2) held while it names K1 (`fixed`: it
 * names no course, answered), X1B a second EX-ELEC 初级工 certificate (03-01), X2 EX-WELD (05-01), X3 EX-FORK (07-01), X4
 * EX-SEW (09-01); P2 a trade-friction-affected pensioner (born 1955-03-01, drawing a monthly pension) claiming EX-ELEC 初级工;
 * P3 a 对口支援地区建档立卡贫困人员 claiming the living allowance of a ten-day course; P4 a trade-friction-affected person
 * trained on the rural e-commerce project, claimed by its provider ORG1.
 */
const mixed = (fixed: boolean, p4: O = {}): O => ({
  trainees: [
    worker({ statuses: ["tradeFrictionAffected"] }),
    worker({ id: "P2", statuses: ["tradeFrictionAffected"], birthDate: "1955-03-01", receivesMonthlyPension: true }),
    worker({ id: "P3", statuses: ["pairedRegionPovertyRegistered"] }),
    worker({ id: "P4", statuses: ["tradeFrictionAffected"], employerId: undefined, ...p4 }),
  ],
  enterprises: [E1],
  courses: [course("K1", { startDate: "2020-01-15", endDate: "2020-01-24" }), course("K2", { startDate: "2020-01-05", endDate: "2020-01-14" }), course("K3", { traineeId: "P3" }), course("K4", { traineeId: "P4", kind: "projectBased", occupation: ECOM, level: undefined })],
  certificates: [
    cert("C1", { issuedOn: "2020-02-01", courseId: "K2" }), bare("C1B", "2020-03-01"), bare("C2", "2020-05-01", { occupation: WELD }), bare("C3", "2020-07-01", { occupation: FORK }), bare("C4", "2020-09-01", { occupation: SEW }),
    bare("C5", "2020-06-20", { traineeId: "P2" }),
    cert("C6", { traineeId: "P4", courseId: "K4", kind: "trainingCompletionCertificate", occupation: ECOM, level: undefined }),
  ],
  claims: [
    ts("X4", "C4", ON), ts("X3", "C3", ON), ts("X2", "C2", ON), ts("X1B", "C1B", ON), ts("X1", "C1", fixed ? ON : { courseId: "K1", ...ON }),
    ts("Y", "C5", { traineeId: "P2", claimant: { kind: "trainee", id: "P2" } }),
    { id: "L", measure: "livingAllowance", traineeId: "P3", claimant: { kind: "trainee", id: "P3" }, courseId: "K3", submittedOn: "2020-07-01" },
    ts("Q", "C6", { traineeId: "P4", claimant: { kind: "organizer", id: "ORG1" } }),
  ],
});

describe("final review 5: the changes meeting in one Jiaxing document (controls)", () => {
  it("held: 「受经贸摩擦影响的企业职工」's uplift on each claim paid (EX-WELD 1200.00 × 1.3 = 1560.00, EX-FORK 900.00 × 1.3 = 1170.00), X1 held and 「同一职业同一等级不可重复享受」 holding X1B, 「每年可享受不超过3次」 holding X4 (two grants and one place held: X1 and X1B are one place); the pensioner refused, the paired-region trainee's Jiaxing allowance refused, the project provider paid 500.00 × 1.3 = 650.00 — alike through evaluateBatch, the built command line and --threads 2", () => {
    const want = {
      X1: "undecidable:null:course_not_certificate_course",
      X1B: "undecidable:null:earlier_claim_undecided",
      X2: "granted:1560.00:",
      X3: "granted:1170.00:",
      X4: "undecidable:null:earlier_claim_undecided",
      Y: "denied:0.00:monthly_pension_entitled",
      L: "denied:0.00:not_in_living_allowance_group",
      Q: "granted:650.00:",
    };
    const ds = decide(JX, mixed(false));
    expect(lines(ds)).toEqual(want);
    expect(ds["X4"]?.reasons[0]?.facts).toEqual({ heldClaims: ["X1", "X1B"] });
    expect(ds["X4"]?.reasons[0]?.message).toEqual({ zh: "待先前申请 X1、X1B 决定：尚未决定，可能先获补贴", en: "waits for earlier claim X1, X1B: undecided, it may be paid first" });
    expect(builtCli(mixed(false), JX_ARGS)).toEqual(want);
    expect(builtCli(mixed(false), [...JX_ARGS, "--threads", "2"])).toEqual(want);
  }, 60_000);

  it("refiled with X1 answered: X1 paid with the uplift (1000.00 × 1.3 = 1300.00), X1B then refused as a repeat of EX-ELEC 初级工, X4 the fourth of 2020 refused — alike through every door", () => {
    const want = {
      X1: "granted:1300.00:",
      X1B: "denied:0.00:occupation_level_already_subsidised",
      X2: "granted:1560.00:",
      X3: "granted:1170.00:",
      X4: "denied:0.00:annual_cap_reached",
      Y: "denied:0.00:monthly_pension_entitled",
      L: "denied:0.00:not_in_living_allowance_group",
      Q: "granted:650.00:",
    };
    expect(lines(decide(JX, mixed(true)))).toEqual(want);
    expect(builtCli(mixed(true), JX_ARGS)).toEqual(want);
    expect(builtCli(mixed(true), [...JX_ARGS, "--threads", "2"])).toEqual(want);
  }, 60_000);

  it("jx2019 「对超过退休年龄，不具有按月领取养老金资格」: a trade-friction-affected pensioner (65, drawing a pension) is refused on her own claim, on her employer's and on the project route, citing jx2019.over-retirement — no uplift reaches a refusal", () => {
    const pensioner = { birthDate: "1955-03-01", receivesMonthlyPension: true };
    const own = decide(JX, { trainees: [worker({ statuses: ["tradeFrictionAffected"], ...pensioner })], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A", "C1")] })["A"];
    const employer = decide(JX, { trainees: [worker({ statuses: ["tradeFrictionAffected"], ...pensioner })], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A", "C1", { claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1" })] })["A"];
    const project = decide(JX, mixed(false, pensioner))["Q"];
    for (const x of [own, employer, project]) {
      expect(line(x)).toBe("denied:0.00:monthly_pension_entitled");
      expect(x?.reasons[0]?.citation.provision).toBe("jx2019.over-retirement");
    }
  });

  it("jx2019 「对超过退休年龄，不具有按月领取养老金资格，但确有培训需求的人员……可纳入」: a trade-friction-affected employee of 65 silent on the 资格 has both 2020 claims held (trainee.monthlyPensionEntitled); refiled entitled, both are refused; refiled not entitled, both paid with the uplift (1000.00 × 1.3 = 1300.00, 1200.00 × 1.3 = 1560.00)", () => {
    const doc = (t: O): O => ({ trainees: [worker({ birthDate: "1955-03-01", statuses: ["tradeFrictionAffected"], ...t })], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1"), bare("C2", "2020-07-01", { occupation: WELD })], claims: [ts("A", "C1"), ts("B", "C2", { submittedOn: "2020-07-05" })] });
    const silent = decide(JX, doc({ receivesMonthlyPension: false }));
    expect(lines(silent)).toEqual({ A: "undecidable:null:monthly_pension_entitled", B: "undecidable:null:monthly_pension_entitled" });
    expect(silent["B"]?.missingFacts).toEqual(["trainee.monthlyPensionEntitled"]);
    expect(silent["B"]?.reasons[0]?.message.zh).toBe("65 周岁，需说明是否具有按月领取养老金资格");
    expect(lines(decide(JX, doc({ receivesMonthlyPension: true })))).toEqual({ A: "denied:0.00:monthly_pension_entitled", B: "denied:0.00:monthly_pension_entitled" });
    expect(lines(decide(JX, doc({ monthlyPensionEntitled: false })))).toEqual({ A: "granted:1300.00:", B: "granted:1560.00:" });
  });

  it("jx2019 四(三)四's closed list: a trade-friction-affected employee is in none of its groups — her living allowance is refused (not_in_living_allowance_group); the uplift is of the training subsidy's standard only", () => {
    const x = decide(JX, { trainees: [worker({ statuses: ["tradeFrictionAffected"] })], courses: [course("K1")], claims: [{ id: "L", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2020-07-01" }] })["L"];
    expect(line(x)).toBe("denied:0.00:not_in_living_allowance_group");
  });
});

// ---- The national texts in the example city ----
const NAT = regionalPolicy(nationalPolicy());
const EC = { id: "E1", name: "示例企业", region: HERE, unemploymentInsuranceRegion: HERE };
const wft = (id: string, months: string[], submittedOn: string): O => ({ id, measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", months, submittedOn });
const CERTS_2020 = [["C1", "EX-ELEC", "2020-08-01"], ["C2", "EX-WELD", "2020-09-01"], ["C3", "EX-COOK", "2020-10-01"], ["C4", "EX-DRON", "2020-11-01"]] as const;
/** A paired-region trainee of the example city with four 2020 certificates (EX-ELEC 1000.00, EX-WELD 1200.00, EX-COOK 900.00, EX-DRON 1200.00 初级工), claims TC1… and `extra`. */
const cityYear = (policy: Policy, claimed: number, extra: O[] = []) =>
  decide(policy, {
    trainees: [cityWorker({ statuses: ["pairedRegionPovertyRegistered"], employerId: "E1" })],
    enterprises: [EC],
    courses: [cityCourse("K1", { startDate: "2020-07-01", endDate: "2020-07-20" })],
    certificates: CERTS_2020.map(([id, code, on]) => cityCert(id, { courseId: id === "C1" ? "K1" : undefined, occupation: { code, name: code }, issuedOn: on })),
    claims: [...extra, ...CERTS_2020.slice(0, claimed).map(([id]) => ts(`T${id}`, id, { submittedOn: "2020-12-05" }))],
  });

describe("final review 5: held 以工代训 and the year's training subsidies; the paired-region trainee (controls)", () => {
  it("gbf2019 「按规定给予职业培训补贴，原则上每人每年可享受不超过3次」 counts training subsidies: a 以工代训 claim for a paired-region worker held for the city's standard (no_local_standard) takes no place — his three 2020 certificates paid 1000.00, 1200.00, 900.00; a fourth refused annual_cap_reached", () => {
    const held = wft("W", ["2020-03", "2020-04"], "2020-05-05");
    const three = cityYear(NF, 3, [held]);
    expect(lines(three)).toEqual({ W: "undecidable:null:no_local_standard", TC1: "granted:1000.00:", TC2: "granted:1200.00:", TC3: "granted:900.00:" });
    expect(line(cityYear(NF, 4, [held])["TC4"])).toBe("denied:0.00:annual_cap_reached");
  });

  it("「建档立卡贫困劳动力（以下简称贫困劳动力）」 and 「不具有按月领取养老金资格」 meet: the paired-region trainee's national living allowance (50.00 a day, illustrative) pays ten days, 500.00; drawing a monthly pension, the same claim is refused monthly_pension_entitled (gbf2019.scope-adjustment)", () => {
    const LA = withExampleStandard(NAT, "living-allowance", livingAllowanceDailyRate, { zh: "生活费补贴标准（示意）", en: "living-allowance standard (illustrative)" }, [{ from: "2019-05-18", value: "50.00" }]);
    const doc = (t: O): O => ({ trainees: [cityWorker({ statuses: ["pairedRegionPovertyRegistered"], ...t })], courses: [cityCourse("K1", { startDate: "2020-07-01", endDate: "2020-07-10", attendedDays: 10 })], claims: [{ id: "L", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2020-08-01" }] });
    expect(line(decide(LA, doc({}))["L"])).toBe("granted:500.00:");
    const refused = decide(LA, doc({ birthDate: "1957-03-01", receivesMonthlyPension: true }))["L"];
    expect(line(refused)).toBe("denied:0.00:monthly_pension_entitled");
    expect(refused?.reasons[0]?.citation.provision).toBe("gbf2019.scope-adjustment");
  });

  it("gbf2019 §(十二) 「不具有按月领取养老金资格的人员」: a trade-friction-affected worker entitled to a monthly pension is refused under the national texts, whatever her group; the message says so in zh and en", () => {
    const x = decide(NAT, { trainees: [cityWorker({ statuses: ["tradeFrictionAffected"], birthDate: "1958-03-01", receivesMonthlyPension: true })], courses: [cityCourse("K1", { startDate: "2020-07-01", endDate: "2020-07-20" })], certificates: [cityCert("C1", { issuedOn: "2020-08-01" })], claims: [ts("A", "C1", { submittedOn: "2020-08-05" })] })["A"];
    expect(line(x)).toBe("denied:0.00:monthly_pension_entitled");
    expect(x?.reasons[0]?.message).toEqual({ zh: "具有按月领取养老金资格，不纳入政策范围（62 周岁）", en: "entitled to a monthly pension (aged 62): outside the scope" });
  });
});

describe("final review 5: the ordinary claimant of each shipped policy, unmoved (controls)", () => {
  it("jiaxing-2019: the ordinary Nanhu employee's EX-ELEC 初级工 claim is paid the row, 1000.00 (no uplift without the status), through evaluateBatch and the built command line", () => {
    const doc = { ...ordinary, claims: [ts("A", "C1")] };
    expect(line(decide(JX, doc)["A"])).toBe("granted:1000.00:");
    expect(builtCli(doc, JX_ARGS)["A"]).toBe("granted:1000.00:");
  }, 60_000);

  it("national and national-frameworks: the example city's enterprise employee is paid the row of 2020 (1000.00) under gbf2019, and in 2022 the skill-upgrade subsidy (1000.00) or the training subsidy (1000.00), not both", () => {
    const y2020 = decide(NAT, { trainees: [cityWorker()], courses: [cityCourse("K1", { startDate: "2020-07-01", endDate: "2020-07-20" })], certificates: [cityCert("C1", { issuedOn: "2020-08-01" })], claims: [ts("A", "C1", { submittedOn: "2020-08-05" })] })["A"];
    expect(line(y2020)).toBe("granted:1000.00:");
    expect(line(decide(NF, { ...cityDoc, claims: [skillUpgrade("S", "C1")] })["S"])).toBe("granted:1000.00:");
    const both = decide(NF, { ...cityDoc, claims: [skillUpgrade("S", "C1"), ts("T", "C1", { submittedOn: "2022-08-06" })] });
    expect(Object.values(both).filter((x) => x.outcome === "granted").map((x) => x.amount)).toEqual(["1000.00"]);
  });

  it("jieyang-2018 (a Jieyang pack over the 2018 chain): a Rongcheng 下岗失业人员's 2018 初级工 certificate is paid its row (1000.00); a 65-year-old's too (the gf2018 chain asks no pension: gbf2019 §(十二) is not in force)", () => {
    const J = jieyangPackPolicy();
    const jy = (t: O) => evaluateClaim(J, input({ trainee: { hukouRegion: "guangdong.jieyang.rongcheng", statuses: ["unemployed"], ...t }, course: { region: "guangdong.jieyang.rongcheng", startDate: d("2018-12-01"), endDate: d("2018-12-01"), attendedDays: 1 }, certificate: { issuedOn: d("2018-12-01") }, claim: { submittedOn: d("2018-12-01") } }));
    expect([jy({}).outcome, jy({}).amount]).toEqual(["granted", "1000.00"]);
    const old = jy({ birthDate: d("1953-03-01"), receivesMonthlyPension: true });
    expect([old.outcome, old.amount]).toEqual(["granted", "1000.00"]);
  });
});

// ---- 以工代训 month by month with a city standard from 2019-07-01 (illustrative 500.00 a month), a paired-region worker ----
const WF_JULY: Policy = withExampleStandard(NF, "work-for-training", workForTrainingMonthlyRate, { zh: "以工代训补贴标准（示意）", en: "work-for-training standard (illustrative)" }, [{ from: "2019-07-01", value: "500.00" }]);
const wfJuly = (claims: O[]) => decide(WF_JULY, { trainees: [cityWorker({ statuses: ["pairedRegionPovertyRegistered"], employerId: "E1" })], enterprises: [EC], claims });

describe("final review 5: 以工代训 before a city standard (findings)", () => {
  // F5-1 — what (6236985): a month before the city's monthly standard is set aside with the reason before_provision_start,
  // whose message is written for the text's own first day: "2019-06-01 早于该补贴的施行日期 2019-07-01：2019-06 不予补贴" /
  // "2019-06-01 is before the subsidy applies (from 2019-07-01): 2019-06 not paid". The subsidy (以工代训) applies from
  // 2019-05-18 (gbf2019); 2019-07-01 is the first day of the city's STANDARD. A claim of April–October 2019 carries both
  // reasons and so names two different 施行日期 of one subsidy (2019-05-18 and 2019-07-01).
  // Why: gbf2019 §(十二) 「市（地）以上人力资源社会保障部门、财政部门可在规定的原则下结合实际确定职业培训补贴标准」 — the
  // standard is the city's, set under a subsidy already in force; June is unpaid because the city priced no June, not
  // because the subsidy had not begun.
  // Fix: a message for the standard's case (say, facts { standard: "workForTraining.monthlyRate" } or the citation
  // gbf2019.local-standards): "2019-06-01 早于本市以工代训补贴标准的执行日期 2019-07-01：2019-06 不予补贴" / "… before the
  // city's standard applies (from 2019-07-01) …"; or a reason code of its own.
  // Money: none (June is unpaid either way); an employer told the subsidy began on 2019-07-01 may not claim May 18–June
  // months elsewhere priced. Confidence 50 %.
  it.fails("gbf2019 §(十二) 「结合实际确定职业培训补贴标准」: June 2019, before the city's standard (from 2019-07-01), is named as before the standard, not as before the subsidy's 施行日期", () => {
    const w = wfJuly([wft("W", ["2019-06", "2019-07"], "2019-12-05")])["W"];
    expect(line(w)).toBe("granted:500.00:"); // control: July at 500.00
    const june = w?.reasons.find((r) => r.code === "before_provision_start");
    expect(june?.facts).toEqual({ date: "2019-06-01", startsOn: "2019-07-01", months: ["2019-06"] }); // control
    expect(june?.message.zh).not.toContain("早于该补贴的施行日期 2019-07-01"); // today: "2019-06-01 早于该补贴的施行日期 2019-07-01：2019-06 不予补贴"
    expect(june?.message.en).not.toContain("before the subsidy applies (from 2019-07-01)");
  });

  // F5-2 — what (6236985, "held for the standard only when no month can be priced, as before"): the same June 2019, under
  // the same policy, is answered two ways. Claimed with July, June is set aside — "不予补贴", a final answer — and July paid;
  // claimed alone, the claim is held undecidable, no_local_standard, "缺少地方标准：以工代训补贴标准（元/人·月）", missing
  // "parameter workForTraining.monthlyRate": a fact no claimant can supply (5bf4d05 mended this very shape for the months
  // before 「2019年5月18日」), and untrue — the city has a standard; it prices no June. Held, it would also keep a place if
  // held claims ever counted toward the six months.
  // Why: gbf2019 §(十二) 「市（地）以上人力资源社会保障部门、财政部门可在规定的原则下结合实际确定职业培训补贴标准」: a month the
  // city's standard does not reach is not priced, whether claimed alone or with priced months.
  // Fix: when the standard resolves on a later month of the claim's reach (the parameter has a value from a first day after
  // every month claimed) deny the months with the same before_provision_start (startsOn the standard's first day), as in
  // company; hold (no_local_standard) only when the policy has no standard at all.
  // Money: none today (0.00 both ways); a queue of held June claims that no answer can move. Confidence 35 % (the commit
  // chose to hold; a city may yet backdate its standard, which a hold would then pay: 500.00 a month at the illustrative rate).
  it.fails("gbf2019 §(十二) 「结合实际确定职业培训补贴标准」: June 2019 claimed alone, before the city's standard (from 2019-07-01), is refused as in company, not held for a standard the city has", () => {
    const withJuly = wfJuly([wft("W", ["2019-06", "2019-07"], "2019-12-05")])["W"];
    expect(withJuly?.reasons.some((r) => r.code === "before_provision_start" && (r.facts as { readonly months?: readonly string[] }).months?.includes("2019-06"))).toBe(true); // control: June set aside
    const alone = wfJuly([wft("W", ["2019-06"], "2019-12-05")])["W"];
    expect(alone?.outcome).toBe("denied"); // today undecidable
    expect(alone?.reasons.map((r) => r.code)).toContain("before_provision_start"); // today no_local_standard
  });
});

describe("final review 5: Jiaxing's living-allowance refusals (finding)", () => {
  // F5-3 — what (22bee23): under Jiaxing two persons in none of 四(三)四's groups are refused the living allowance under two
  // texts. The 对口支援地区建档立卡贫困人员 is refused by the layer's exception, citing jx2019.living-allowance (四(三)四); a
  // trade-friction-affected employee — or any other person in no group — by the national rule the exception leaves in place,
  // citing gbf2019.living-allowance-groups and listing gbf2019's 「贫困劳动力」 where Jiaxing's list names
  // 「建档立卡低收入农户家庭劳动力」. Before 22bee23 every such refusal under Jiaxing cited gbf2019; now one kind cites Jiaxing.
  // Why: jx2019 四(三)四 「四是对建档立卡低收入农户家庭劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员，
  // 在培训期间通过就业补助资金按每人每天50元标准给予生活费补贴」 is the closed list that decides in Jiaxing (the layer's label says so).
  // Fix: let the Jiaxing exception decide every trainee in none of 四(三)四's groups (applies: jxNamedNationalGroupsOf(t).length
  // === 0), so each refusal cites 四(三)四; or cite gbf2019 for the paired-region refusal too.
  // Money: none (refused either way). Confidence 30 % (the lists coincide save the paired-region register; citing gbf2019 is defensible).
  it.fails("jx2019 四(三)四: a trade-friction-affected employee, in none of its groups, is refused the living allowance under 四(三)四, as the 对口支援地区建档立卡贫困人员 is", () => {
    const refusal = (statuses: string[]) => decide(JX, { trainees: [worker({ statuses })], courses: [course("K1")], claims: [{ id: "L", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2020-07-01" }] })["L"];
    const paired = refusal(["pairedRegionPovertyRegistered"]);
    expect([line(paired), paired?.reasons[0]?.citation.provision]).toEqual(["denied:0.00:not_in_living_allowance_group", "jx2019.living-allowance"]); // control
    const affected = refusal(["tradeFrictionAffected"]);
    expect(line(affected)).toBe("denied:0.00:not_in_living_allowance_group"); // control
    expect(affected?.reasons[0]?.citation.provision).toBe("jx2019.living-allowance"); // today gbf2019.living-allowance-groups
  });
});
