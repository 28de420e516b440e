/**
 * Reading place-recorded-wider: a place recorded only as a wider region that holds the place in question is not known to
 * lie outside it — the claim is held, asking for the record, not refused (cold review 96 F1, F3, F4). Amounts come from
 * the ILLUSTRATIVE Jiaxing catalogue (EX-ELEC 初级工 1000.00) and jx2019's own appraisal figure (初级 120 元).
 */
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { catalogueSourceFor, evaluateBatch, nationalPolicy, parseClaimsDocument, withCatalogue } from "../src/index.js";
import { appraisal, cert, course, E1, JX, plain } from "./support/ordinary.js";
import { apprentice, period } from "./support/apprenticeship.js";
import { jiaxingCatalogue } from "./support/world.js";

type O = Record<string, unknown>;
const NANHU = "zhejiang.jiaxing.nanhu";

const decide = (policy: Policy, doc: O, id: string): Decision => {
  const p = parseClaimsDocument(doc);
  if (!p.ok || p.value.invalid.length > 0) throw new Error(JSON.stringify(p.ok ? p.value.invalid : p.issues));
  return evaluateBatch(policy, p.value.document).decisions.find((d) => d.claimId === id) as Decision;
};
const got = (d: Decision) => `${d.outcome}:${d.amount}`;

// ── a trainee's places under Jiaxing (jx2019 五(十一) 「具有当地户籍、当地常住并办有居住证、在当地就业创业或在当地办理失业登记」) ──
/** The ordinary worker of test/support/ordinary.ts (hukou Nanhu), his other places given, claiming the appraisal of C1. */
const apprDoc = (t: O): O => ({ trainees: [{ ...plain, residenceRegion: "sichuan.chengdu", employmentRegion: "sichuan.chengdu", unemploymentRegisteredAt: "sichuan.chengdu", ...t }], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")], claims: [appraisal("A", "C1")] });

describe("reading place-recorded-wider: a trainee's place under Jiaxing", () => {
  it("the ordinary worker, hukou Nanhu (within Jiaxing), is paid the appraisal: 120.00 (jx2019: 初级 120 元)", () => {
    expect(got(decide(JX, apprDoc({ hukouRegion: NANHU }), "A"))).toBe("granted:120.00");
  });
  it("hukou recorded as the city itself, zhejiang.jiaxing, is within it: 120.00", () => {
    expect(got(decide(JX, apprDoc({ hukouRegion: "zhejiang.jiaxing" }), "A"))).toBe("granted:120.00");
  });
  it("a trainee whose hukou is recorded only as the province is held under Jiaxing, asking for it, the wider record named in both languages", () => {
    const d = decide(JX, apprDoc({ hukouRegion: "zhejiang" }), "A");
    expect([d.outcome, d.amount, d.missingFacts]).toEqual(["undecidable", null, ["trainee.hukouRegion"]]);
    const reason = d.reasons.find((r) => r.code === "residency_unknown");
    expect(reason?.facts).toEqual({ region: "zhejiang.jiaxing", scheme: "jiaxing", unknown: ["hukouRegion"], wider: ["hukouRegion"] });
    expect(reason?.message.zh).toContain("户籍地只记录到更大的地区");
    expect(reason?.message.en).toContain("hukou place recorded only as a wider region");
  });
  it("hukou recorded as another province, or another city of Zhejiang, is a place elsewhere: refused no_residency_basis", () => {
    for (const hukouRegion of ["anhui", "zhejiang.hangzhou"]) expect(decide(JX, apprDoc({ hukouRegion }), "A").reasons.map((r) => r.code)).toContain("no_residency_basis");
  });
});

// ── an enterprise's insurance place (jx2019 「按属地原则由失业保险参保地进行管理」) ──────────────────────────────────────
/** E1 claims its employee apprentice P1's 2020 year (the record's ILLUSTRATIVE 6000.00 a year). */
const apDoc = (ui: string): O => ({
  trainees: [apprentice],
  enterprises: [{ id: "E1", name: "嘉兴示例企业", region: NANHU, unemploymentInsuranceRegion: ui }],
  apprenticeships: [period("A1", "2020-01-01", "2020-12-31")],
  claims: [{ id: "X", measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", apprenticeshipId: "A1", submittedOn: "2021-01-15" }],
});

describe("reading place-recorded-wider: an enterprise's insurance place", () => {
  it("insured in Nanhu: paid its apprentice's year, 6000.00 (the record's illustrative standard, 12 of 12 months)", () => {
    expect(got(decide(JX, apDoc(NANHU), "X"))).toBe("granted:6000.00");
  });
  it("an enterprise recorded as insured only in the province is held, asking where", () => {
    const d = decide(JX, apDoc("zhejiang"), "X");
    expect([d.outcome, d.amount, d.missingFacts]).toEqual(["undecidable", null, ["enterprise.unemploymentInsuranceRegion"]]);
    const reason = d.reasons.find((r) => r.code === "enterprise_ui_unknown");
    expect(reason?.facts).toEqual({ enterprise: "E1", uiRegion: "zhejiang", policyRegion: "zhejiang.jiaxing" });
    expect(reason?.message.en).toContain("recorded only as");
  });
  it("insured in Hangzhou is insured elsewhere: refused enterprise_ui_elsewhere", () => {
    expect(decide(JX, apDoc("zhejiang.hangzhou"), "X").reasons.map((r) => r.code)).toContain("enterprise_ui_elsewhere");
  });
});

// ── the national bases, judged where the training took place (gbf2019 §(十二) 「在户籍地、常住地、求职就业地参加培训」) ──────────
const NATIONAL_JX: Policy = withCatalogue(nationalPolicy(), [jiaxingCatalogue], catalogueSourceFor(nationalPolicy()));
/** An unemployed worker (下岗失业人员) trained in Nanhu on EX-ELEC 初级工 (1000.00 ILLUSTRATIVE), his other places in Chengdu. */
const natDoc = (hukouRegion: string): O => ({
  trainees: [{ id: "P1", birthDate: "1990-05-05", statuses: ["unemployed"], hukouRegion, residenceRegion: "sichuan.chengdu", employmentRegion: "sichuan.chengdu", unemploymentRegisteredAt: "sichuan.chengdu" }],
  courses: [{ id: "K1", traineeId: "P1", kind: "employmentSkills", occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", classHours: 80, startDate: "2020-06-01", endDate: "2020-06-10", attendedDays: 10, region: NANHU }],
  certificates: [{ id: "C1", traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", issuedOn: "2020-06-20", courseId: "K1" }],
  claims: [{ id: "X", measure: "trainingSubsidy", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, certificateId: "C1", submittedOn: "2020-07-01" }],
});

describe("reading place-recorded-wider: the national bases", () => {
  it("hukou in Nanhu, where he trained: paid 1000.00 (EX-ELEC 初级工, illustrative)", () => {
    expect(got(decide(NATIONAL_JX, natDoc(NANHU), "X"))).toBe("granted:1000.00");
  });
  it("under the national texts, a worker recorded at the city who trained in one of its districts is held, asking his hukou place", () => {
    const d = decide(NATIONAL_JX, natDoc("zhejiang.jiaxing"), "X");
    expect([d.outcome, d.amount, d.missingFacts]).toEqual(["undecidable", null, ["trainee.hukouRegion"]]);
  });
  it("hukou in another district of the city (Xiuzhou), trained in Nanhu: refused, the bases read at the training's region (the reading leaves the city level open)", () => {
    expect(decide(NATIONAL_JX, natDoc("zhejiang.jiaxing.xiuzhou"), "X").reasons.map((r) => r.code)).toContain("no_residency_basis");
  });
});
