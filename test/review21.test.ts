/**
 * Review 21 (2026-12-05, 08:11–09:05 UTC), cold, of c15c98a (a catalogue row no certificate of its kinds can match is
 * refused when the edition is read: catalogueChecks), 11b3900 (the engine's own refusals cite the last layer that makes
 * rules: scopeOf/onlyValues), 934ce4c (review 20a's mends: a basis paid before is refused as paid whatever framework;
 * a count-only course across the end names national.framework; explain, diff and params say which catalogue edition
 * they set aside) and f885960 (review 20b's mends: POVERTY_LABOURER_STATUSES in every gbf2019 group naming the
 * 贫困劳动力; a progress document's certificate of another kind names it).
 *
 * Findings as `it.fails` records (each asserts what is right and fails on the code as it stands, each checked to fail at
 * its own assertion when run as it(...); when one is fixed its record starts failing: turn it into `it(...)`). Controls I
 * hold right are `it(...)`.
 *
 * Tried and found sound (controls): an edition whose every row some certificate of its kinds can match parses (the
 * illustrative Jiaxing edition; a 初级工 row taking a skill-level or a special-ability certificate pays the first 1000.00);
 * an unleveled row taking only leveled kinds is refused at entries.N.level, by parseSubsidyCatalogue and the built
 * command line (exit 2) alike; a claim id filed with two contents cites jx2019.supersession under Jiaxing, with its
 * catalogue and under a reform, gbf2019.local-standards under a prefecture catalogue, a values-only province and the
 * illustrative reform-level standards over them (the loop passes three values-only layers), op2025.targets under the
 * frameworks — in evaluateBatch and decideBatch's two orders; under gbf2019 alone (illustrative 50.00 a day, 500.00 a
 * month) an 以工代训 January 2022 paid before by a grant kept without keys (its months only, to this employer or another)
 * is refused as paid, December 2021 beside it paid 500.00, February 2022 beside it holding the claim for
 * national.framework; a living-allowance course kept as paid (courseId only) is refused as paid wholly after the end,
 * count-only across it and with every day known across it; unpaid, held for the framework / asked its dates naming
 * national.framework; params and diff (built) name the edition set aside, diff --quiet says nothing; the three register
 * statuses are each paid a 2021 living allowance (500.00) under gbf2019 and refused by Jiaxing's closed list; a progress
 * record's certificate of another kind without kindName is refused at trainings.0.certificate.kindName, named it counts
 * as trained, not a new certificate.
 * Found: c15c98a refuses the 初级工 row Jiaxing's safety and pre-job routes pay for an unleveled certificate, making such
 * an edition unreadable (F1, a regression: the claims were paid on c15c98a^); gf2018 §(五)'s group still takes the
 * register's households by povertyRegistered alone (F2, beside f885960); docs/reports.md does not name the certificate's
 * kindName (F3); a course with no day in force, its first days before a city's rate of 2022 and the rest after the
 * framework, is held for "no local standard" (F4).
 * Not recorded (no money, seen in the code only): `serve --catalogue` sets an edition aside without a word, where
 * evaluate, explain, diff and params now say it; a count-only course under Jiaxing across 2022-01-01 still says "the rate
 * changes" (its rate ends with the framework and the rate is read first).
 * Full suite at 08:20–08:23 UTC (after npm run build): 170 files, 3,460 passed, 68 expected fail (4 here), 1 skipped.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { decideBatch, evaluateBatch, jiaxingPolicy, livingAllowanceDailyRate, nationalFrameworksPolicy, nationalPolicy, parseSubsidyCatalogue, POVERTY_LABOURER_STATUSES, withJiaxingCatalogue } from "../src/index.js";
import { parsePeriod, parseProgressDocument, progressReport } from "../src/reports/index.js";
import { change, reform } from "../src/reform/index.js";
import { cite } from "../src/core/citation.js";
import { replaceParameter } from "../src/core/layer.js";
import { scopeAdjustment } from "../src/provisions/trainingSubsidy/trainingSubsidyGroups.js";
import { documentOf, jieyangPackPolicy, certificate as nCert, claim as nClaim, regionalPolicy, trainee as nTrainee, withExampleLayer, withExampleStandard } from "./support/national.js";
import { cert, cityCourse, cityWorker, course, E1 as JX_E1, HERE, JX, kept, TRAINEE, ts, worker, withIllustrativeLocal } from "./support/ordinary.js";
import { jiaxingCatalogue, parsed, withSkillUpgradeStandards } from "./support/world.js";

type O = Record<string, unknown>;
const line = (d: Decision | undefined) => (d === undefined ? "missing" : `${d.outcome}:${d.amount}:${d.outcome === "granted" ? "" : d.reasons.map((r) => r.code).join("+")}`);
/** ILLUSTRATIVE local standards (no shipped national policy sets an amount): 50.00 a day, 500.00 a month, from 2019-05-18. */
const withLocal = withIllustrativeLocal; // test/support/ordinary.ts
/** gbf2019 alone: 「职业技能提升行动方案（2019—2021 年）」 ends on 2021-12-31. */
const NATIONAL = withLocal(nationalPolicy());
const E1 = { id: "E1", name: "示例企业（示意）", region: HERE, unemploymentInsuranceRegion: HERE };
const poor = (o: O = {}) => cityWorker({ statuses: ["povertyRegistered"], ...o });
const LA = (id: string, courseId: string): O => ({ id, measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId, submittedOn: "2028-03-01" });
const WT = (id: string, months: string[]): O => ({ id, measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", months, submittedOn: "2028-03-01" });
const laDoc = (o: O, ledger: readonly unknown[] = [], statuses = ["povertyRegistered"]): O => ({ trainees: [poor({ statuses })], courses: [cityCourse("K1", o)], claims: [LA("LA", "K1")], ...(ledger.length > 0 ? { ledger } : {}) });
const wtDoc = (months: string[], ledger: readonly unknown[] = []): O => ({ trainees: [poor({ employerId: "E1" })], enterprises: [E1], claims: [WT("WT", months)], ...(ledger.length > 0 ? { ledger } : {}) });
const one = (policy: Policy, doc: O) => evaluateBatch(policy, parsed(doc)).decisions[0];
const wtGrant = (months: string[], o: O = {}): O => kept({ measure: "workForTrainingSubsidy", provision: "gbf2019.work-for-training", payee: { kind: "enterprise", id: "E1" }, basisDate: `${months[months.length - 1]}-01`, amount: (500 * months.length).toFixed(2), months, ...o });

/** Jiaxing's illustrative edition with `rows` added (a fresh copy: parseSubsidyCatalogue of the plain JSON). */
const jxEdition = (rows: O[]) => parseSubsidyCatalogue({ ...(JSON.parse(JSON.stringify(jiaxingCatalogue)) as O), entries: [...(JSON.parse(JSON.stringify(jiaxingCatalogue.entries)) as O[]), ...rows] });
const HIGH = { code: "EX-HIGH", name: "高处作业（示意）" };
const NEWH = { code: "EX-NEWH", name: "新录用人员岗前培训（示意）" };

/** Runs the built command line, returning its exit code, standard output and error. */
function run(args: string[], input?: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ["dist/cli.js", ...args], { encoding: "utf8", ...(input === undefined ? {} : { input }) });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const SAFETY = (occupation: O): O => ({ trainees: [worker()], enterprises: [JX_E1], courses: [course("K1", { kind: "safety", occupation, level: undefined })], certificates: [cert("C1", { kind: "specialOperationsCertificate", level: undefined, occupation })], claims: [ts("A", "C1")] });
const PREJOB: O = { trainees: [worker()], enterprises: [JX_E1], courses: [course("K1", { kind: "preJob", occupation: NEWH, level: undefined, hireDate: "2020-05-01", classHours: 40 })], certificates: [cert("C1", { kind: "specialAbilityCertificate", level: undefined, occupation: NEWH })], claims: [ts("A", "C1", { claimant: { kind: "organizer", id: "ORG1" } })] };

describe("controls (held right)", () => {
  it("c15c98a: the illustrative Jiaxing edition parses whole; a row at 初级工 taking a skill-level or a special-ability certificate pays the skill-level certificate (its 1000.00); an unleveled row taking only leveled kinds is refused at its level, alike by parseSubsidyCatalogue and by the built command line", () => {
    const mixed = jxEdition([]);
    expect(mixed.ok).toBe(true);
    const edition = parseSubsidyCatalogue({ ...(JSON.parse(JSON.stringify(jiaxingCatalogue)) as O), entries: [{ occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", standard: "1000.00", certificateKinds: ["skillLevelCertificate", "specialAbilityCertificate"] }] });
    if (!edition.ok) throw new Error(JSON.stringify(edition.issues));
    const doc = { trainees: [worker()], enterprises: [JX_E1], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A", "C1")] };
    // the EX-ELEC 初级工 row: 1000.00
    expect(line(one(withJiaxingCatalogue(edition.value), doc))).toBe("granted:1000.00:");
    const unleveled = jxEdition([{ occupation: { code: "EX-LEVL", name: "示意" }, standard: "100.00", certificateKinds: ["skillLevelCertificate", "qualificationCertificate"] }]);
    expect(unleveled.ok ? [] : unleveled.issues.map((i) => `${i.path.join(".")} ${i.code}`)).toEqual(["entries.13.level level_required"]);
    const dir = mkdtempSync(join(tmpdir(), "review21-cat-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ ...(JSON.parse(JSON.stringify(jiaxingCatalogue)) as O), entries: [...(JSON.parse(JSON.stringify(jiaxingCatalogue.entries)) as O[]), { occupation: { code: "EX-LEVL", name: "示意" }, standard: "100.00", certificateKinds: ["skillLevelCertificate"] }] }));
    const r = run(["evaluate", "-", "--input", "json", "--format", "ndjson", "--catalogue", file, "--lang", "en"], JSON.stringify(doc));
    expect(r.code).toBe(2);
    expect(r.err).toContain("entries.13.level");
  });

  it("11b3900: a claim id filed with two contents cites the last layer that makes rules — jx2019.supersession under Jiaxing with a catalogue and a reform, gbf2019.local-standards under a prefecture catalogue and a values-only province, under the frameworks the one in force on the claim's day (gbf2019.local-standards for 2021) — alike in decideBatch's two orders", () => {
    const la = (submittedOn: string) => ({ id: "L", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn });
    const jxDoc = { trainees: [worker({ statuses: ["employmentDifficulty"] })], enterprises: [JX_E1], courses: [course("K1")], claims: [la("2020-07-01"), la("2020-07-02")] };
    const cityDoc = { trainees: [poor()], courses: [cityCourse("K1", { startDate: "2021-07-01", endDate: "2021-07-10", attendedDays: 10 })], claims: [la("2021-08-01"), la("2021-08-02")] };
    const cited = (policy: Policy, doc: O) => {
      const out = new Set<string>();
      out.add(JSON.stringify(evaluateBatch(policy, parsed(doc)).decisions.map((d) => [d.reasons[0]?.code, d.reasons[0]?.citation.provision])));
      for (const order of ["judged", "trainee"] as const) out.add(JSON.stringify([...decideBatch(policy, parsed(doc), { order })].map((s) => [s.decision.reasons[0]?.code, s.decision.reasons[0]?.citation.provision])));
      return [...out];
    };
    const patched = reform(JX, { id: "la-60", label: { zh: "示意", en: "illustrative" }, changes: [change(livingAllowanceDailyRate, { from: "2021-01-01", value: "60.00" })] });
    if (!patched.ok) throw new Error("reform");
    for (const policy of [jiaxingPolicy(), JX, patched.value.policy]) expect(cited(policy, jxDoc)).toEqual([JSON.stringify([["claim_conflict", "jx2019.supersession"]])]);
    const citation = cite("gbf2019.scope-adjustment", "§(十二)");
    const province = withLocal(withExampleLayer(nationalPolicy(), "province", citation, [replaceParameter(scopeAdjustment, { label: { zh: "示意", en: "illustrative" }, citation, values: [{ from: "2020-01-01", value: { statuses: ["veteran"], withoutMonthlyPension: false } }], lastVerifiedOn: "2026-12-05" })]));
    for (const policy of [NATIONAL, province]) expect(cited(policy, cityDoc)).toEqual([JSON.stringify([["claim_conflict", "gbf2019.local-standards"]])]);
    // Changed 2026-12-07 (cold reviews 89 F5, 100 F2): of the rule-making layers, the last whose text governs the claim's
    // basis day — a course of July 2021 is before plan2021 (2022-01-01) and op2025 (2025-06-20): gbf2019, not op2025
    expect(cited(withLocal(nationalFrameworksPolicy()), cityDoc)).toEqual([JSON.stringify([["claim_conflict", "gbf2019.local-standards"]])]);
  });

  it("934ce4c: an 以工代训 month paid before (a grant kept without keys, its months only) is refused as paid after the framework's end; December 2021 beside it is paid (500.00); a month not paid beside it holds the claim for the framework", () => {
    // 2022-01 paid by OLD-9 (no basisKeys): [2021-12, 2022-01] pays 2021-12 alone, 1 × 500.00
    const d = one(NATIONAL, wtDoc(["2021-12", "2022-01"], [wtGrant(["2022-01"])]));
    expect(line(d)).toBe("granted:500.00:");
    expect(d?.reasons.find((r) => r.code === "work_for_training_months")?.facts["months"]).toEqual(["2021-12"]);
    expect(line(one(NATIONAL, wtDoc(["2022-01"], [wtGrant(["2022-01"])])))).toBe("denied:0.00:work_for_training_months_used");
    expect(one(NATIONAL, wtDoc(["2022-01", "2022-02"], [wtGrant(["2022-01"])]))?.missingFacts).toEqual(["parameter national.framework"]);
    // the same month paid to another employer (E2) is the person's month too (reading work-for-training-per-person)
    expect(line(one(NATIONAL, wtDoc(["2022-01"], [wtGrant(["2022-01"], { payee: { kind: "enterprise", id: "E2" } })])))).toBe("denied:0.00:work_for_training_months_used");
  });

  it("934ce4c: a living-allowance course paid before by a grant kept without keys (its courseId only) is refused as paid, wholly after the end and count-only across it alike; unpaid, the first is held for the framework and the second asks its dates naming national.framework", () => {
    const keptLa = kept({ measure: "livingAllowance", provision: "gbf2019.local-standards", amount: "450.00", courseId: "K1", basisDate: "2022-01-10" });
    const after = { startDate: "2022-01-01", endDate: "2022-01-10", attendedDays: 10 };
    const across = { startDate: "2021-12-23", endDate: "2022-01-01", attendedDays: 8 };
    expect(line(one(NATIONAL, laDoc(after, [keptLa])))).toBe("denied:0.00:basis_already_paid");
    expect(line(one(NATIONAL, laDoc(across, [keptLa])))).toBe("denied:0.00:basis_already_paid");
    expect(one(NATIONAL, laDoc(after))?.missingFacts).toEqual(["parameter national.framework"]);
    const asked = one(NATIONAL, laDoc(across));
    expect([asked?.missingFacts, (asked?.reasons[0]?.facts as Record<string, unknown> | undefined)?.["parameter"]]).toEqual([["course.attendedDates"], "national.framework"]);
    // every day known (10 of 10) across the end, the course kept as paid: refused, not paid its nine days again
    expect(line(one(NATIONAL, laDoc({ ...across, attendedDays: 10 }, [keptLa])))).toBe("denied:0.00:basis_already_paid");
  });

  it("934ce4c: params and diff name the catalogue edition they set aside on standard error (the built command line)", () => {
    const dir = mkdtempSync(join(tmpdir(), "review21-series-"));
    const series = join(dir, "series.json");
    writeFileSync(series, JSON.stringify([jiaxingCatalogue, { ...jiaxingCatalogue, id: "jx-illustrative-2022-03-01", effectiveFrom: "2022-03-01" }]));
    const params = run(["params", "--policy", "jiaxing-2019", "--catalogue", series, "--format", "json", "--lang", "en"]);
    expect([params.code, params.err.includes("jx-illustrative-2022-03-01")]).toEqual([0, true]);
    expect(JSON.parse(params.out).policy).toBeTruthy();
    const docFile = join(dir, "doc.json");
    writeFileSync(docFile, JSON.stringify({ trainees: [worker()], enterprises: [JX_E1], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A", "C1")] }));
    const diff = run(["diff", "--reform", "fixtures/reforms/living-allowance-60.json", docFile, "--catalogue", series, "--lang", "en"]);
    expect([diff.code, diff.err.includes("jx-illustrative-2022-03-01")]).toEqual([0, true]);
    expect(run(["diff", "--reform", "fixtures/reforms/living-allowance-60.json", docFile, "--catalogue", series, "--quiet"]).err).toBe("");
  });

  it("f885960: POVERTY_LABOURER_STATUSES are the register's three statuses; under gbf2019 each is paid the 2021 living allowance (10 × 50.00 = 500.00); Jiaxing's closed list still refuses the 脱贫劳动力 and the paired region's person", () => {
    expect([...POVERTY_LABOURER_STATUSES]).toEqual(["povertyRegistered", "pairedRegionPovertyRegistered", "liftedOutOfPoverty"]);
    for (const s of POVERTY_LABOURER_STATUSES) expect(line(one(NATIONAL, laDoc({ startDate: "2021-07-01", endDate: "2021-07-10", attendedDays: 10 }, [], [s])))).toBe("granted:500.00:");
    const jx = (s: string) => ({ trainees: [worker({ statuses: [s] })], enterprises: [JX_E1], courses: [course("K1")], claims: [{ ...LA("LA", "K1"), submittedOn: "2020-07-01" }] });
    for (const s of ["pairedRegionPovertyRegistered", "liftedOutOfPoverty"]) expect(one(JX, jx(s))?.outcome).toBe("denied");
  });

  it("f885960: a progress document's training record ending in a certificate of another kind must name it (kind_name_required at trainings.0.certificate.kindName), and named it counts as trained, not a new certificate", () => {
    const rec = (certificate: O) => ({ trainings: [{ id: "R1", traineeId: "P1", region: HERE, kind: "employmentSkills", startDate: "2022-07-01", endDate: "2022-07-20", outcome: "passed", certificate }], grants: [] });
    const bare = parseProgressDocument(rec({ kind: "otherCertificate", issuedOn: "2022-08-01" }));
    expect(bare.ok ? [] : bare.issues.map((i) => `${i.path.join(".")} ${i.code}`)).toEqual(["trainings.0.certificate.kindName kind_name_required"]);
    const named = parseProgressDocument(rec({ kind: "otherCertificate", kindName: "特种设备作业人员证", issuedOn: "2022-08-01" }));
    const period = parsePeriod("2022Q3");
    if (!named.ok || !period.ok) throw new Error("parse");
    const report = progressReport(named.value, period.value);
    expect([report.counts.trained, report.newCertificates]).toEqual([1, 0]);
  });
});

describe("findings", () => {
  // F1 (c15c98a). What: a row at 初级工 listing only unleveled kinds is now refused when the edition is read
  //   (level_not_allowed at entries.N.level), on the premise that no certificate of its kinds can match it. But Jiaxing's
  //   two routes pay an unleveled certificate at the occupation's 初级工 row whatever kinds the row lists
  //   (trainingSubsidy.ts: "The route pays the standard of the occupation's row at the route's level, whatever
  //   certificate earned it"): the safety route a 特种作业操作证, the pre-job route a 专项职业能力证书 or 培训合格证书. An
  //   occupation with no skill-level certificate at all (高处作业, say) has its 初级工 standard only in such a row, and the
  //   only kinds true of it are the unleveled ones. On c15c98a^ this edition parsed and paid both claims below (checked:
  //   800.00 and 700.00, each reason list ending training_subsidy_standard); now the edition is unreadable, so
  //   withJiaxingCatalogue cannot take it, `evaluate --catalogue` stops with exit 2 and POST /evaluate answers 400 — every
  //   claim of the edition, not only these two, goes undecided.
  // Why: jx2019 三(一)三 「对经培训取得特种作业操作证，在本市缴纳失业保险1年以上的企业职工按初级工标准给予个人或组织单位补贴」
  //   and 三(一)一 「培训后取得专项职业能力证书（或培训合格证书），按初级工标准给予组织单位补贴」: the 初级工 standard of an
  //   occupation is paid for unleveled certificates; a row carrying it is matched by the route, not by the certificate's level.
  // Fix: in catalogueChecks (src/records/checks.ts) drop the level_not_allowed half (a leveled row listing only unleveled
  //   kinds can be read by a route at its level); keep level_required (no route reads an unleveled row, and no leveled
  //   certificate looks one up). Or admit it only at the levels a route of the policy pays (初级工), which the schema
  //   cannot know.
  // Money: 800.00 (safety, EX-HIGH 初级工, illustrative) + 700.00 (pre-job, EX-NEWH 初级工, illustrative) refused here by
  //   going undecided, and every other claim of an edition written so. Confidence 55 %.
  // mended 2026-12-05 (the lead, after this review): now it(...).
  it("jx2019 三(一)三 「按初级工标准给予个人或组织单位补贴」: an edition whose 初级工 row of a 特种作业 occupation lists only the 特种作业操作证 (and one of a pre-job occupation only the 专项职业能力证书 and 培训合格证书) is read, and the safety and pre-job routes pay that row (800.00; 700.00)", () => {
    const edition = jxEdition([
      { occupation: HIGH, level: "junior", standard: "800.00", certificateKinds: ["specialOperationsCertificate"] },
      { occupation: NEWH, level: "junior", standard: "700.00", certificateKinds: ["specialAbilityCertificate", "trainingCompletionCertificate"] },
    ]);
    expect(edition.ok ? [] : edition.issues.map((i) => `${i.path.join(".")} ${i.code}`)).toEqual([]); // fails here: ["entries.13.level level_not_allowed", "entries.14.level level_not_allowed"]
    if (!edition.ok) return;
    const policy = withJiaxingCatalogue(edition.value);
    // the EX-HIGH 初级工 row: 800.00 to the insured employee (24 months in Nanhu ≥ 12)
    expect(line(one(policy, SAFETY(HIGH)))).toBe("granted:800.00:");
    // the EX-NEWH 初级工 row: 700.00 to the organiser ORG1 (40 class hours, within 12 months of hire)
    expect(line(one(policy, PREJOB))).toBe("granted:700.00:");
  });

  // F2 (f885960, beside it). What: the commit makes every gbf2019 group naming the 贫困劳动力 take the register's three
  //   statuses (POVERTY_LABOURER_STATUSES; reading poverty-labourer-register: "a person on the 建档立卡 register, whatever
  //   the region — a 对口支援地区建档立卡贫困人员 too, and a 脱贫劳动力"), but gf2018 §(五)'s group (gf2018.groups,
  //   employmentSkillsGroups.ts), the 2018 chain's only subsidy group, still matches the register's households by
  //   `povertyRegistered` (and `childOfPoorFamily`) alone: in a pack over the chain (jieyangPackPolicy, the test fixture),
  //   a paired region's register person and a 脱贫 register person are refused not_in_group on a certificate of
  //   2019-03-01 that pays the povertyRegistered person 1000.00.
  // Why: gf2018 §(五) 「面向符合条件的建档立卡贫困家庭」 names the register's households, as gbf2019's
  //   「建档立卡贫困劳动力（以下简称贫困劳动力）」 names its labourers; the reading that defines the latter by the register
  //   (whatever the region, and after leaving poverty) reads the former the same way.
  // Fix: members: [...POVERTY_LABOURER_STATUSES, "childOfPoorFamily", …] in employmentSkillsGroups.ts; add gf2018.groups to
  //   the reading's provisions (or write why the 2018 household differs).
  // Money: none as shipped (the chain binds no measure: measure_not_provided); in a pack, 1000.00 a claim at the example
  //   2018 edition (EX-ELEC 初级工). Confidence 40 %.
  // mended 2026-12-05 (the lead, after this review): now it(...).
  it("gf2018 §(五) 「面向符合条件的建档立卡贫困家庭」: in a pack over the 2018 chain the register's three statuses are in the group, as in gbf2019's (1000.00 each)", () => {
    const lines = POVERTY_LABOURER_STATUSES.map((s) => {
      const doc = documentOf({ trainees: [nTrainee({ statuses: [s], hukouRegion: "guangdong.jieyang" })], certificates: [nCert({ issuedOn: "2019-03-01" as never })], claims: [nClaim({ submittedOn: "2019-04-01" as never })] });
      return line(evaluateBatch(jieyangPackPolicy(), doc).decisions[0]);
    });
    // the example 2018 edition's EX-ELEC 初级工 row: 1000.00
    expect(lines).toEqual(["granted:1000.00:", "granted:1000.00:", "granted:1000.00:"]); // fails here: the second and third denied:0.00:not_in_group
  });

  // F4 (934ce4c's count branch; bb40617's known-days branch alike). What: under gbf2019 alone with a city's daily rate
  //   from 2022-03-01 (illustrative 50.00; the rate set after the action ended), a course 2022-02-20 … 03-10 has no day
  //   in force: the days to 02-28 have no rate yet (left unpaid, as a day with no rate is) and those from 03-01 fall after
  //   the framework. priceAttendedDays returns the first unresolved piece's reason, the rate's: the claim is held
  //   no_local_standard, "no local standard: livingAllowance.dailyRate (set by prefecture-level or higher HR and finance
  //   departments)", asking `parameter livingAllowance.dailyRate` — untrue, the city set one; the question is the later
  //   text (a reform continuing national.framework pays 03-01 … 03-10). So for 15 of 19 days (934ce4c: values.size === 0
  //   now returns that first piece's reason) and for all 19 (the known-days branch).
  // Why: reading national-measures-end-with-framework: a day after the framework is "for a later text"; gbf2019 is
  //   「职业技能提升行动方案（2019—2021 年）」, and 「按规定通过就业补助资金同时给予生活费补贴」 (§(十一)) leaves the rate to the city,
  //   which gave one. Fix: in priceAttendedDays, when no piece is in force, name a piece whose value resolved but whose
  //   `within` did not (the framework), before a piece whose value is not yet in force. Money: none (held either way; the
  //   wrong fact asked, and a caller told to supply a standard it has). Confidence 60 %.
  it.fails("a course whose days are either before the city's rate or after the framework's end is held for the framework, not for a local standard the city has set", () => {
    const city = withExampleStandard(withSkillUpgradeStandards(regionalPolicy(nationalPolicy())), "living-allowance", livingAllowanceDailyRate, { zh: "生活费补贴标准（示意）", en: "living-allowance standard (illustrative)" }, [{ from: "2022-03-01", value: "50.00" }]);
    const asked = [15, 19].map((attendedDays) => one(city, laDoc({ startDate: "2022-02-20", endDate: "2022-03-10", attendedDays }))?.missingFacts);
    expect(asked).toEqual([["parameter national.framework"], ["parameter national.framework"]]); // fails here: both ["parameter livingAllowance.dailyRate"] (no_local_standard)
  });

  // F3 (f885960). What: docs/reports.md, the progress document's reference, still gives a training record's certificate as
  //   `{ kind, level?, issuedOn }`; the commit made `kindName` a field of it and required it for otherCertificate
  //   (kind_name_required), so a document written from the guide with a certificate of another kind is refused whole by
  //   `report`. Why: the guide's table is the door's contract (the claims document's guide names kindName). Fix: the row
  //   `{ kind, kindName?, level?, issuedOn }` with "kindName: required for otherCertificate". Money: none. Confidence 70 %.
  // mended 2026-12-05 (the lead, after this review): now it(...).
  it("docs/reports.md names the certificate's kindName, which a training record ending in a certificate of another kind must give", () => {
    const row = readFileSync("docs/reports.md", "utf8").split("\n").find((l) => l.startsWith("| `certificate` |"));
    expect(row).toContain("kindName"); // fails here: | `certificate` | optional | `{ kind, level?, issuedOn }`; counts on `issuedOn` |
  });
});
