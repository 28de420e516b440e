/**
 * jx2019 五(十)一 「纳入我市职业技能培训补贴目录清单，并根据实际需求每年动态更新」: a city publishes its catalogue as yearly editions,
 * and a caller holding the series passes it whole. Jiaxing's catalogue ends with its plan (2022-01-01, reading
 * jiaxing-plan-in-force), so an edition taking effect on or after that day belongs to a later text: it is set aside — the
 * command line says so on standard error — and the editions before it decide (cold audit 11a: the series given whole
 * stopped the run with "dates must be strictly increasing (2022-01-01)", a date in no file the caller gave).
 *
 * Figures are ILLUSTRATIVE: the Jiaxing catalogue of fixtures/jiaxing/catalogue-2020.json (EX-ELEC 初级工 1000.00) and
 * later editions copied from it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CivilDate, Policy, SubsidyCatalogue } from "../src/index.js";
import { catalogueEditionsFor, evaluateBatch, jiaxingPolicy, livingAllowanceDailyRate, parseSubsidyCatalogue, SkillsSubsidyError, withJiaxingCatalogue } from "../src/index.js";
import { change, reform } from "../src/reform/index.js";
import { cli } from "./cli-helpers.js";
import { cert, course, E1, ts, worker } from "./support/ordinary.js";
import { jiaxingCatalogue, parsed } from "./support/world.js";

const dir = mkdtempSync(join(tmpdir(), "catalogue-editions-"));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};
/** The illustrative 2020 edition under another id, from `effectiveFrom`. */
const edition = (effectiveFrom: string): SubsidyCatalogue => ({ ...jiaxingCatalogue, id: `jx-illustrative-${effectiveFrom}`, effectiveFrom: effectiveFrom as CivilDate });
/** The ordinary Nanhu employee's EX-ELEC 初级工 certificate, issued 2021-06-20 on a course of June 2021. */
const doc = { trainees: [worker()], enterprises: [E1], courses: [course("K1", { startDate: "2021-06-01", endDate: "2021-06-10" })], certificates: [cert("C1", { issuedOn: "2021-06-20" })], claims: [ts("A", "C1", { submittedOn: "2021-07-01" })] };

describe("an edition from the day the policy's catalogue ends is set aside", () => {
  it("at the threshold: an edition of 2021-12-31 is kept, one of 2022-01-01 (the plan's end) and one of 2022-03-01 are set aside", () => {
    const { kept, setAside } = catalogueEditionsFor([edition("2020-01-01"), edition("2021-12-31"), edition("2022-01-01"), edition("2022-03-01")], "2022-01-01");
    expect(kept.map((e) => e.effectiveFrom)).toEqual(["2020-01-01", "2021-12-31"]);
    expect(setAside.map((e) => e.effectiveFrom)).toEqual(["2022-01-01", "2022-03-01"]);
  });

  it("the series given whole decides the 2021 certificate by the edition in force on its issue date (1000.00)", () => {
    // the EX-ELEC 初级工 row of the 2020 edition (illustrative): 1000.00
    const d = evaluateBatch(withJiaxingCatalogue([jiaxingCatalogue, edition("2022-03-01")]), parsed(doc)).decisions[0];
    expect([d?.outcome, d?.amount]).toEqual(["granted", "1000.00"]);
  });

  it("a series with no edition before the end is refused with a typed error naming the editions and the end, in Chinese and English", () => {
    let error: unknown;
    try {
      withJiaxingCatalogue([edition("2022-03-01")]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SkillsSubsidyError);
    const messages = (error as SkillsSubsidyError).messages;
    expect(messages.en).toContain("jx-illustrative-2022-03-01 (2022-03-01)");
    expect(messages.en).toContain("2022-01-01");
    expect(messages.zh).toContain("2022-01-01");
  });

  it("the command line decides the run and says on standard error which edition it set aside; --quiet says nothing", async () => {
    const args = ["evaluate", file("doc.json", doc), "--catalogue", file("series.json", [jiaxingCatalogue, edition("2022-03-01")]), "--format", "json", "--no-trace", "--lang", "en"];
    const run = await cli(args);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.out) as { decisions: { amount: string }[] }).decisions.map((d) => d.amount)).toEqual(["1000.00"]);
    expect(run.err).toContain("edition jx-illustrative-2022-03-01 takes effect on 2022-03-01, on or after 2022-01-01");
    expect(run.err).not.toMatch(/strictly increasing/);
    const quiet = await cli([...args, "--quiet"]);
    expect([quiet.code, quiet.err]).toEqual([0, ""]);
  });
});

describe("gf2018 §(十二) 「制定政府补贴培训目录」: every row of an edition can be matched by some certificate it lists (cold audit 11a)", () => {
  const row = (level: string | undefined, certificateKinds: string[]) => ({ occupation: { code: "EX-CARE", name: "养老护理员（示意）" }, ...(level === undefined ? {} : { level }), standard: "600.00", certificateKinds });
  const issues = (entry: unknown) => {
    const r = parseSubsidyCatalogue({ ...JSON.parse(JSON.stringify(jiaxingCatalogue)), entries: [entry] });
    return r.ok ? [] : r.issues.map((i) => `${i.path.join(".")} ${i.code}`);
  };
  it.each([
    ["a row at a level taking a skill-level certificate", row("junior", ["skillLevelCertificate"]), []],
    ["a row at a level taking a skill-level or a special-ability certificate (the first can match)", row("junior", ["skillLevelCertificate", "specialAbilityCertificate"]), []],
    ["a row without a level taking a special-ability certificate", row(undefined, ["specialAbilityCertificate"]), []],
    ["a row without a level taking a certificate of another kind", row(undefined, ["otherCertificate"]), []],
    ["a row without a level taking a skill-level or another kind (the second can match)", row(undefined, ["skillLevelCertificate", "otherCertificate"]), []],
    // a route priced 「按初级工标准」 (jx2019 pre-job and safety training) pays an unleveled certificate at the 初级工 row (review 21)
    ["a row at a level taking only a special-ability certificate, which a route priced at that level can pay", row("junior", ["specialAbilityCertificate"]), []],
    ["a row without a level taking only leveled certificates, which always name one", row(undefined, ["skillLevelCertificate", "qualificationCertificate"]), ["entries.0.level level_required"]],
  ] as const)("%s: %j", (_name, entry, expected) => {
    expect(issues(entry)).toEqual(expected);
  });
});

describe("a layer that only supplies values gives the engine's own refusals no clause of its own (cold audit 11a)", () => {
  it("a claim id filed with two contents cites Jiaxing's scope (jx2019.supersession) with a catalogue layer and under a reform alike", () => {
    const la = (submittedOn: string) => ({ id: "L", measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, courseId: "K1", submittedOn });
    const twice = (policy: Policy) => evaluateBatch(policy, parsed({ trainees: [worker({ statuses: ["employmentDifficulty"] })], enterprises: [E1], courses: [course("K1")], claims: [la("2020-07-01"), la("2020-07-02")] })).decisions.map((d) => [d.reasons[0]?.code, d.reasons[0]?.citation.provision]);
    const patched = reform(jiaxingPolicy(), { id: "la-60", label: { zh: "示意", en: "illustrative" }, changes: [change(livingAllowanceDailyRate, { from: "2021-01-01", value: "60.00" })] });
    if (!patched.ok) throw new Error("reform");
    for (const policy of [jiaxingPolicy(), withJiaxingCatalogue(jiaxingCatalogue), patched.value.policy]) expect(twice(policy)).toEqual([["claim_conflict", "jx2019.supersession"]]);
  });
});
