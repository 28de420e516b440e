/**
 * Review 9 (2026-12-04, 22:45–23:35 UTC), cold, of two money changes:
 *
 * A. 3b4c1a1 — the 2018 chain (gf2018 → yf2018 → jf2018) ends its `national.framework` on 2019-05-18 (reading
 *    gf2018-chain-groups): a training-subsidy claim whose certificate is of that day or later is undecidable under a pack
 *    over the chain, where before it was paid without gbf2019 §(十二)
 *    「原则上每人每年可享受不超过3次，但同一职业同一等级不可重复享受」.
 * B. f8beba5 — Jiaxing's uiLocality judges an organiser claimant whose own enterprise record is given (or found by its id
 *    in the document): jx2019 五(十一) 「享受职业技能培训补贴的企业，按属地原则由失业保险参保地进行管理」 (reading
 *    ui-locality-enterprise-elsewhere).
 *
 * The first blocks hold what I tried and holds (`it`); the last holds the findings as `it.fails` records (each fails on
 * the code as it stands; when one is fixed its record starts failing: turn it into `it(...)`). Each finding says what,
 * why, the money at stake and my confidence.
 *
 * Figures: the ILLUSTRATIVE example catalogue (test/support/national.ts: EX-ELEC 初级工 1000.00, 中级工 1500.00; EX-WELD
 * 初级工 1200.00; EX-COOK 初级工 900.00), for the Jieyang pack the same rows from 2018-05-03 (as audit 6 and
 * jieyang2018.test.ts do); the ILLUSTRATIVE Jiaxing catalogue (fixtures/jiaxing/catalogue-2020.json: EX-SEW 初级工 800.00,
 * EX-FORK 初级工 900.00, EX-ECOM project row 500.00). Not official figures.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import {
  evaluateBatch,
  explainReason,
  jieyang2018Policy,
  nationalFrameworksPolicy,
  POLICIES,
  withJiaxingCatalogue,
} from "../src/index.js";
import { evaluate } from "../src/cli/commands/evaluate.js";
import { change, reform } from "../src/reform/index.js";
import { trainingSubsidyGroupIds } from "../src/provisions/trainingSubsidy/trainingSubsidyGroups.js";
import type { Io } from "../src/cli/main.js";
import { Ledger } from "../src/core/ledger.js";
import { evaluateClaim } from "../src/engine.js";
import { Claim } from "../src/records/claim.js";
import { Trainee } from "../src/records/trainee.js";
import { Certificate, Course, Enterprise } from "../src/records/training.js";
import { createHandler } from "../src/server/index.js";
import { cli, evaluateSpilled, STACK_TRACE, toCsv } from "./cli-helpers.js";
import { exampleEdition2018, jieyangPackPolicy, regionalPolicy, withJieyangEdition } from "./support/national.js";
import { ability, employee, enterprises, NANHU, operations, preJob, safety } from "./support/enterpriseRoutes.js";
import { jiaxingCatalogue, parsed } from "./support/world.js";

type O = Record<string, unknown>;
const byId = (ds: readonly Decision[]) => Object.fromEntries(ds.map((d) => [d.claimId, d]));
const codes = (d: Decision | undefined) => d?.reasons.map((r) => r.code) ?? [];
const brief = (d: Decision | undefined) => [d?.outcome, d?.amount, d?.payee ? `${d.payee.kind}:${d.payee.id}` : null];

// ——— A. a Jieyang pack over the 2018 chain (the library's own fixture: jieyang2018.test.ts, audit6.test.ts) ———
const RONGCHENG = "guangdong.jieyang.rongcheng";
const JP: Policy = jieyangPackPolicy();
const jyPerson = { id: "P1", birthDate: "1990-05-05", statuses: ["unemployed"], hukouRegion: RONGCHENG };
const jyCourse = (id: string, start: string, o: O = {}): O => ({ id, traineeId: "P1", kind: "employmentSkills", occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", classHours: 80, startDate: start, endDate: start, attendedDays: 1, region: RONGCHENG, ...o });
const jyCert = (id: string, issuedOn: string, courseId: string, o: O = {}): O => ({ id, traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", issuedOn, courseId, ...o });
const jyClaim = (id: string, certificateId: string, courseId: string, submittedOn: string): O => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, certificateId, courseId, submittedOn });
/** One certificate of `issuedOn` (EX-ELEC 初级工 unless `o` says otherwise), claimed by the trainee. */
const jyOne = (policy: Policy, issuedOn: string, o: O = {}) =>
  evaluateBatch(policy, parsed({ trainees: [jyPerson], courses: [jyCourse("K1", issuedOn, o)], certificates: [jyCert("C1", issuedOn, "K1", o)], claims: [jyClaim("A", "C1", "K1", issuedOn)] }));

describe("A. the 2018 chain's framework ends on 2019-05-18: what holds", () => {
  it("gbf2019 §(十二) 「原则上每人每年可享受不超过3次，但同一职业同一等级不可重复享受」, issued 2019-05-18: a Jieyang pack over the 2018 chain pays a 初级工 certificate of 2019-05-17 (1000.00) and holds one of 2019-05-18, 2019-05-19 and 2020-01-01, writing no grant for them", () => {
    // The day before: the chain's gf2018 framework is in force; EX-ELEC 初级工 row 1000.00 (example edition from 2018-05-03).
    const before = jyOne(JP, "2019-05-17");
    expect(brief(before.decisions[0])).toEqual(["granted", "1000.00", "trainee:P1"]);
    expect(before.grants.map((g) => g.amount)).toEqual(["1000.00"]);
    // The day of gbf2019's issue and after: no framework of the chain; undecidable, nothing written to the ledger.
    for (const day of ["2019-05-18", "2019-05-19", "2020-01-01"]) {
      const r = jyOne(JP, day);
      expect([r.decisions[0]?.outcome, r.decisions[0]?.amount, codes(r.decisions[0]), r.decisions[0]?.missingFacts], day).toEqual(["undecidable", null, ["provision_not_in_force"], ["parameter national.framework"]]);
      expect(r.grants, day).toEqual([]);
    }
  });

  it("「但同一职业同一等级不可重复享受」: audit 6's second certificate of one occupation and level is no longer paid — neither copy is (held), so nothing is paid twice; the first of them, of 2019-05-17, is still paid once (1000.00)", () => {
    // C1 of 2019-05-17 (paid 1000.00 under the chain: gbf2019 not yet issued), C2 the same occupation and level of
    // 2019-06-01 (held: before 3b4c1a1 it was paid a second 1000.00).
    const doc = {
      trainees: [jyPerson],
      courses: [jyCourse("K1", "2019-05-17"), jyCourse("K2", "2019-06-01")],
      certificates: [jyCert("C1", "2019-05-17", "K1"), jyCert("C2", "2019-06-01", "K2")],
      claims: [jyClaim("A", "C1", "K1", "2019-05-20"), jyClaim("B", "C2", "K2", "2019-06-05")],
    };
    const r = evaluateBatch(JP, parsed(doc));
    const d = byId(r.decisions);
    expect(brief(d["A"])).toEqual(["granted", "1000.00", "trainee:P1"]); // EX-ELEC 初级工 row of the 2018 example edition: 1000.00
    expect([d["B"]?.outcome, d["B"]?.amount]).toEqual(["undecidable", null]);
    expect(r.grants.map((g) => [g.claimId, g.amount])).toEqual([["A", "1000.00"]]);
  });

  it("gf2018 §(十二) 「制定政府补贴培训目录、培训机构目录、鉴定评价机构目录、职业资格目录」: a claim of 2018 is decided exactly as before 3b4c1a1 — outcome, amount, lines, reasons and the framework the trace reads (gf2018); only the policy's hash moves", () => {
    // Checked by hand against the code before (gf2018.params.ts of 3b4c1a1^): the whole decision of this claim was the
    // same but for provenance.policy.hash. EX-ELEC 初级工 1000.00 of the 2018 example edition.
    const d = jyOne(JP, "2018-12-01").decisions[0];
    expect(brief(d)).toEqual(["granted", "1000.00", "trainee:P1"]);
    // Since 2026-12-05 the chain has a skill ladder (gf2018.skill-level-system, reading skill-ladder-2018): 初级工 is on it, so the
    // pass reason level_on_ladder joins the reasons; outcome, amount and lines are as before.
    expect(codes(d)).toEqual(["course_in_jurisdiction", "residency_basis", "in_group", "level_on_ladder", "catalogue_entry", "training_subsidy_standard"]);
    expect(d?.reasons.find((r) => r.code === "level_on_ladder")?.citation.provision).toBe("gf2018.skill-level-system");
    expect(d?.lines.map((l) => [l.quantity, l.rate.toString(), l.amount.toString(), l.layer])).toEqual([[1, "1000.00", "1000.00", "guangdong.jieyang.example-catalogue"]]);
    expect(d?.reasons.at(-1)?.facts).toMatchObject({ framework: "gf2018", catalogue: "example-2018" });
    // 中级工 of 2019-05-17, the last day: 1500.00 as before
    expect(brief(jyOne(JP, "2019-05-17", { level: "intermediate" }).decisions[0])).toEqual(["granted", "1500.00", "trainee:P1"]);
  });

  it("the shipped policies: jieyang-2018 still binds no measure (every claim undecidable, measure_not_provided, either side of 2019-05-18); the national frameworks pay the 2019-05-18 certificate the chain now holds (1000.00, framework gbf2019)", () => {
    for (const day of ["2018-12-01", "2019-05-17", "2019-05-18", "2020-06-01"]) {
      const d = jyOne(withJieyangEdition(jieyang2018Policy()), day).decisions[0];
      expect([d?.outcome, codes(d)], day).toEqual(["undecidable", ["measure_not_provided"]]);
    }
    expect(Object.keys(POLICIES)).toEqual(["national", "jiaxing-2019", "jieyang-2018", "national-frameworks"]);
    // the national frameworks with the example edition governing example.city: EX-ELEC 初级工 1000.00 from 2019-06-01 (the
    // example edition's first day), so the certificate of the 18th is judged under the 2018-dated rows
    const NF = regionalPolicy(nationalFrameworksPolicy(), [exampleEdition2018]);
    const here = { ...jyPerson, hukouRegion: "example.city" };
    const r = evaluateBatch(NF, parsed({ trainees: [here], courses: [jyCourse("K1", "2019-05-18", { region: "example.city" })], certificates: [jyCert("C1", "2019-05-18", "K1")], claims: [jyClaim("A", "C1", "K1", "2019-05-20")] }));
    expect(brief(r.decisions[0])).toEqual(["granted", "1000.00", "trainee:P1"]);
    expect(r.decisions[0]?.reasons.at(-1)?.facts).toMatchObject({ framework: "gbf2019" });
  });

  it("a reform that patches the chain (gbf2019 §(十一)'s groups from 2019-05-18, audit 6's F3 as a patch) moves no money on a claim from that day: held under the base and under the reform alike; a 2018 claim is paid the same 1000.00 under both", () => {
    // ILLUSTRATIVE reform (not a text): the chain's groups read as gbf2019's from 2019-05-18.
    const r = reform(JP, { id: "gbf2019-groups", label: { zh: "示意", en: "illustrative" }, changes: [change(trainingSubsidyGroupIds, { from: "2019-05-18", value: ["gbf2019.free-training-groups", "gbf2019.subsidy-groups", "gbf2019.living-allowance-groups"] })] });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const employeeOf = (policy: Policy, day: string) => evaluateBatch(policy, parsed({ trainees: [{ ...jyPerson, statuses: ["enterpriseEmployee"] }], courses: [jyCourse("K1", day)], certificates: [jyCert("C1", day, "K1")], claims: [jyClaim("A", "C1", "K1", day)] })).decisions[0];
    for (const policy of [JP, r.value.policy]) expect([employeeOf(policy, "2019-06-01")?.outcome, employeeOf(policy, "2019-06-01")?.amount]).toEqual(["undecidable", null]);
    for (const policy of [JP, r.value.policy]) expect(brief(jyOne(policy, "2018-12-01").decisions[0])).toEqual(["granted", "1000.00", "trainee:P1"]); // EX-ELEC 初级工
  });

  it("the web service serves jieyang-2018 as it decides: a claim either side of 2019-05-18 is undecidable (measure_not_provided), and its parameters show national.framework ending on 2019-05-18", async () => {
    const handler = createHandler();
    for (const day of ["2019-05-17", "2019-05-18"]) {
      const body = { trainees: [jyPerson], courses: [jyCourse("K1", day)], certificates: [jyCert("C1", day, "K1")], claims: [jyClaim("A", "C1", "K1", day)] };
      const res = await handler(new Request("http://localhost/evaluate?policy=jieyang-2018", { method: "POST", body: JSON.stringify(body) }));
      const d = ((await res.json()) as { decisions: Decision[] }).decisions[0];
      expect([d?.outcome, codes(d)], day).toEqual(["undecidable", ["measure_not_provided"]]);
    }
    const params = (await (await handler(new Request("http://localhost/parameters?policy=jieyang-2018"))).json()) as { parameters: { id: string; values: { from: string; until?: string | null; value: unknown }[] }[] };
    const framework = params.parameters.find((p) => p.id === "national.framework");
    expect(framework?.values.map((v) => [v.from, v.value])).toEqual([
      ["2018-05-03", "gf2018"],
      ["2019-05-18", null],
    ]);
  });
});

// ——— B. Jiaxing: an organiser that is an enterprise on record ———
const JX = withJiaxingCatalogue(jiaxingCatalogue);
const subsidy = (id: string, claimant: O, o: O = {}): O => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant, certificateId: "K1", courseId: "C1", submittedOn: "2020-04-25", ...o });
const ORG = { kind: "organizer", id: "E-HZ" };
const entDoc = (o: { claims: O[]; courses?: O[]; certificates?: O[]; enterprises?: O[]; trainees?: O[] }) => ({ trainees: o.trainees ?? [employee], enterprises: o.enterprises ?? enterprises, courses: o.courses ?? [], certificates: o.certificates ?? [], claims: o.claims });
const decide = (policy: Policy, doc: O, order?: "trainee") => byId(evaluateBatch(policy, parsed(doc), order === undefined ? {} : { order }).decisions);
const hzPreJob = entDoc({ claims: [subsidy("A", ORG)], courses: [preJob({ organizerId: "E-HZ" })], certificates: [ability()] });
// a training institution ORG-1 organising an ordinary employment-skills course of an unemployed Jiaxing worker
const unemployed = { id: "P1", birthDate: "1990-05-05", statuses: ["unemployed"], hukouRegion: NANHU };
const skillCourse = (o: O = {}): O => ({ id: "C1", traineeId: "P1", kind: "employmentSkills", occupation: { code: "EX-SEW", name: "缝纫工（示意）" }, level: "junior", classHours: 80, startDate: "2020-04-01", endDate: "2020-04-10", attendedDays: 10, region: NANHU, organizerId: "ORG-1", ...o });
const skillCert: O = { id: "K1", traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "EX-SEW", name: "缝纫工（示意）" }, level: "junior", issuedOn: "2020-04-20", courseId: "C1" };
const school = (o: O = {}): O => ({ id: "ORG-1", name: "培训学校（示意）", region: NANHU, ...o });
const schoolDoc = (records: O[], claims: O[] = [subsidy("A", { kind: "organizer", id: "ORG-1" })]) => entDoc({ trainees: [unemployed], claims, courses: [skillCourse()], certificates: [skillCert], enterprises: records });
// project training (项目制培训) bought from a provider: a 建档立卡 poor worker, the EX-ECOM project row (500.00)
const projectDoc = (records: O[]) =>
  entDoc({
    trainees: [{ ...unemployed, statuses: ["povertyRegistered"] }],
    claims: [subsidy("A", { kind: "organizer", id: "ORG-1" })],
    courses: [skillCourse({ kind: "projectBased", occupation: { code: "EX-ECOM", name: "农村电商（示意）" }, level: undefined })],
    certificates: [{ id: "K1", traineeId: "P1", kind: "trainingCompletionCertificate", occupation: { code: "EX-ECOM", name: "农村电商（示意）" }, issuedOn: "2020-04-20", courseId: "C1" }],
    enterprises: records,
  });
const RECORDS: Record<string, string> = { trainees: "trainee", enterprises: "enterprise", courses: "course", certificates: "certificate", apprenticeships: "apprenticeship", claims: "claim" };
const ndjsonOf = (doc: O) => {
  const lines: O[] = Object.entries(doc as Record<string, O[]>).flatMap(([k, list]) => list.map((r) => ({ type: RECORDS[k], ...r })));
  // other trainees between, so a split puts records in several parts
  for (let i = 0; i < 5; i++) lines.splice(1, 0, { type: "trainee", id: `X${i}`, birthDate: "1985-05-05", statuses: [], hukouRegion: NANHU });
  return lines.map((r) => JSON.stringify(r)).join("\n") + "\n";
};
const CLI_ARGS = ["-", "--input", "ndjson", "--format", "json", "--catalogue", "fixtures/jiaxing/catalogue-2020.json"];
const cliOutcomes = (out: string) => (JSON.parse(out) as { decisions: Decision[] }).decisions.map((d) => [d.claimId, d.outcome, d.amount, codes(d)]);

describe("B. Jiaxing's uiLocality and an organiser on record: what holds", () => {
  it("「享受职业技能培训补贴的企业，按属地原则由失业保险参保地进行管理」: E-HZ, insured in Hangzhou, filing as the pre-job course's organiser naming no record, is refused enterprise_ui_elsewhere by decideBatch in both orders and by evaluateClaim given its record; evaluateClaim given no record judges it as a training institution (paid 800.00, the EX-SEW 初级工 row)", () => {
    for (const order of [undefined, "trainee"] as const) expect([decide(JX, hzPreJob, order)["A"]?.outcome, codes(decide(JX, hzPreJob, order)["A"])], order ?? "judged").toEqual(["denied", ["enterprise_ui_elsewhere"]]);
    const input = (enterprise?: O) => ({
      claim: Claim.parse(subsidy("A", ORG)),
      trainee: Trainee.parse(employee),
      course: Course.parse(preJob({ organizerId: "E-HZ" })),
      certificate: Certificate.parse(ability()),
      ...(enterprise === undefined ? {} : { enterprise: Enterprise.parse(enterprise) }),
      ledger: Ledger.empty,
    });
    const own = evaluateClaim(JX, input(enterprises[2]));
    expect([own.outcome, codes(own)]).toEqual(["denied", ["enterprise_ui_elsewhere"]]);
    // with no record the organiser is, for the library, a training institution: as decideBatch with no record in the document
    const none = evaluateClaim(JX, input());
    expect(brief(none as unknown as Decision)).toEqual(["granted", "800.00", "organizer:E-HZ"]); // EX-SEW 初级工 row 800.00 (「按初级工标准给予组织单位补贴」)
  });

  it("the command line decides E-HZ's organiser claim as decideBatch does: in memory, in 2 parts, on 2 threads, and from CSV — denied enterprise_ui_elsewhere", async () => {
    const text = ndjsonOf(hzPreJob);
    const want = [["A", "denied", "0.00", ["enterprise_ui_elsewhere"]]];
    expect(cliOutcomes((await cli(["evaluate", ...CLI_ARGS], text)).out)).toEqual(want);
    expect(cliOutcomes((await evaluateSpilled(CLI_ARGS, text, 2)).out)).toEqual(want);
    const worker = new URL("../dist/cli-worker.js", import.meta.url);
    if (existsSync(worker)) {
      const sink = { out: "", err: "" };
      const io: Io = { stderrIsTTY: false, stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t), stdin: () => [Buffer.from(text, "utf8")][Symbol.iterator]() as unknown as AsyncIterable<Buffer> };
      let used = 0;
      await evaluate([...CLI_ARGS, "--threads", "2"], io, { spillAfter: 2, parts: 4, workerFile: worker, onThreads: (n) => (used = n) });
      expect(sink.err).not.toMatch(STACK_TRACE);
      expect(used).toBe(2);
      expect(cliOutcomes(sink.out)).toEqual(want);
    }
    const dir = mkdtempSync(join(tmpdir(), "review9-"));
    writeFileSync(join(dir, "a.csv"), toCsv(hzPreJob as unknown as Record<string, Record<string, unknown>[]>));
    expect(cliOutcomes((await cli(["evaluate", join(dir, "a.csv"), "--input", "csv", "--format", "json", "--catalogue", "fixtures/jiaxing/catalogue-2020.json"])).out)).toEqual(want);
  }, 60_000);

  it("the web service decides E-HZ's organiser claim as decideBatch does (no catalogue there: denied enterprise_ui_elsewhere beside the missing standard), the document and the one-claim body alike", async () => {
    const handler = createHandler();
    const post = async (body: unknown) => ((await (await handler(new Request("http://localhost/evaluate?policy=jiaxing-2019", { method: "POST", body: JSON.stringify(body) }))).json()) as { decisions: Decision[] }).decisions[0];
    const asDoc = await post(hzPreJob);
    const single = await post({ claim: subsidy("A", ORG), trainee: employee, course: preJob({ organizerId: "E-HZ" }), certificate: ability(), enterprise: enterprises[2] });
    for (const d of [asDoc, single]) {
      expect(d?.outcome).toBe("denied");
      expect(codes(d)).toContain("enterprise_ui_elsewhere");
    }
    const lib = decide(jiaxingWithout(), hzPreJob)["A"];
    expect([asDoc?.outcome, codes(asDoc)]).toEqual([lib?.outcome, codes(lib)]);
  });

  it("the safety route (三(一)三 「按初级工标准给予个人或组织单位补贴」): E-HZ as the organiser is refused; E1, insured in 南湖区, is paid 900.00 (the EX-FORK 初级工 row) — and a trainee whose organiser was refused is still paid once on the ordinary route, E1 claiming one certificate twice (as organiser and as enterprise) is paid once", () => {
    const hz = decide(JX, entDoc({ claims: [subsidy("A", ORG)], courses: [safety({ organizerId: "E-HZ" })], certificates: [operations] }))["A"];
    expect([hz?.outcome, codes(hz)]).toEqual(["denied", ["enterprise_ui_elsewhere"]]);
    const e1 = decide(JX, entDoc({ claims: [subsidy("A", { kind: "organizer", id: "E1" })], courses: [safety()], certificates: [operations] }))["A"];
    expect(brief(e1)).toEqual(["granted", "900.00", "organizer:E1"]); // 「按初级工标准」: EX-FORK 初级工 900.00
    // ORG-1, a training school on record insured in Hangzhou, organising an ordinary course is a training institution
    // paid for training others, not judged by where it is insured (the lead's mend of this review, narrowing f8beba5 to
    // the pre-job and safety routes' 组织单位): paid 800.00, and the trainee's own claim of the certificate is then not
    // paid again — one grant
    const schoolThenTrainee = evaluateBatch(JX, parsed(schoolDoc([school({ unemploymentInsuranceRegion: "zhejiang.hangzhou" })], [subsidy("A", { kind: "organizer", id: "ORG-1" }), subsidy("B", { kind: "trainee", id: "P1" }, { submittedOn: "2020-04-26" })])));
    expect(schoolThenTrainee.grants.map((g) => [g.claimId, g.amount, g.payee.id])).toEqual([["A", "800.00", "ORG-1"]]); // EX-SEW 初级工 800.00
    // E1 (insured in Jiaxing) claims the pre-job certificate as organiser and again as enterprise: one grant of 800.00
    const twice = evaluateBatch(JX, parsed(entDoc({ claims: [subsidy("A", { kind: "organizer", id: "E1" }), subsidy("B", { kind: "enterprise", id: "E1" }, { submittedOn: "2020-04-26" })], courses: [preJob()], certificates: [ability()] })));
    expect(twice.grants.map((g) => [g.claimId, g.amount])).toEqual([["A", "800.00"]]);
  });

  it("national policies have no such rule: an organiser's training-subsidy claim under the national frameworks is paid the same with or without an enterprise record of its id insured elsewhere (1000.00, EX-ELEC 初级工)", () => {
    const NF = regionalPolicy(nationalFrameworksPolicy());
    const here = { ...unemployed, hukouRegion: "example.city" };
    const doc = (records: O[]) => ({ trainees: [here], enterprises: records, courses: [skillCourse({ occupation: { code: "EX-ELEC", name: "示例电工" }, region: "example.city" })], certificates: [{ ...skillCert, occupation: { code: "EX-ELEC", name: "示例电工" } }], claims: [subsidy("A", { kind: "organizer", id: "ORG-1" })] });
    for (const records of [[], [school({ unemploymentInsuranceRegion: "zhejiang.hangzhou" })], [school()]]) expect(brief(decide(NF, doc(records))["A"])).toEqual(["granted", "1000.00", "organizer:ORG-1"]); // EX-ELEC 初级工 row of the example prefecture catalogue: 1000.00
    // Noted, no money: an organiser's work-for-training claim (「给予企业」 — the payee is an enterprise) under the national
    // texts went from undecidable (asking claim.enterpriseId) to denied payee_not_enterprise once decideBatch reads the
    // organiser's own record; it is refused either way once the record is known.
    const w = decide(NF, { ...doc([school({ unemploymentInsuranceRegion: "zhejiang.hangzhou" })]), claims: [{ id: "W", measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "organizer", id: "ORG-1" }, months: ["2020-04"], submittedOn: "2020-05-01" }] })["W"];
    expect([w?.outcome, w?.amount]).toEqual(["denied", "0.00"]);
  });
});

/** The Jiaxing policy the web service serves (no catalogue). */
function jiaxingWithout(): Policy {
  return (POLICIES["jiaxing-2019"] as () => Policy)();
}

describe("findings (it.fails: each fails on the code as it stands)", () => {
  // B1 — what: E-HZ (insured in Hangzhou) files as the pre-job course's organiser and names E1's record (insured in 南湖区)
  // as claim.enterpriseId; both records are in the document. decideBatch reads the named record (E1), uiLocality sees a
  // record that is not the organiser's and does not judge it (uiLocality.ts: organiserEnterprise needs
  // input.enterprise.id === claimant.id), so E-HZ is paid 800.00 — the very claim f8beba5 refuses when it names no record,
  // and the bypass review 6 closed for enterprise claimants (an enterprise naming another's record is held,
  // enterprise_ui_unknown). Why: 「享受职业技能培训补贴的企业，按属地原则由失业保险参保地进行管理」 judges the enterprise paid,
  // whatever record it names. Money: 800.00 a claim (900.00 on the safety route). Confidence 65 %.
  // Fix: for an organiser claimant decideBatch (and the CLI's parts) also read the claimant's own record by its id, and
  // uiLocality judges that one; or hold the organiser that names another's record, as an enterprise is held.
  // fixed the same night (the lead's mend of review 9): now it(...).
  it("「享受职业技能培训补贴的企业，按属地原则由失业保险参保地进行管理」: an enterprise insured in Hangzhou is not paid the pre-job route by filing as the course's organiser and naming another enterprise's record (800.00)", () => {
    const d = decide(JX, entDoc({ claims: [subsidy("A", ORG, { enterpriseId: "E1" })], courses: [preJob({ organizerId: "E-HZ" })], certificates: [ability()] }))["A"];
    expect(d?.outcome).not.toBe("granted");
  });

  // B2 — what: a training institution (培训学校 ORG-1) whose record is in the document's enterprises (as any unit that
  // also claims as an employer, or that a data export lists) but without unemploymentInsuranceRegion — an optional
  // field, asked of no organiser before — now has its ordinary organiser claim held (enterprise_ui_unknown, asking
  // enterprise.unemploymentInsuranceRegion); before f8beba5 it was paid 800.00 (EX-SEW 初级工). Why: jx2019 (八)
  // 「政府补贴的职业技能培训项目全部向具备资质的社会职业培训机构开放」 — an institution is paid for the training it gives, not
  // as 「享受职业技能培训补贴的企业」 training its own workers; the library cannot tell an institution from an enterprise by
  // an enterprise record alone (the organiser's kind is not on record). Money: 800.00 held a claim (delayed, not lost).
  // Confidence 50 %. Fix: judge an organiser by uiLocality only when the record says it is an enterprise claiming for
  // its own workers (e.g. the trainee's employerId is the organiser), or add the organiser's kind to the record.
  // fixed the same night (the lead's mend of review 9): now it(...).
  it("「政府补贴的职业技能培训项目全部向具备资质的社会职业培训机构开放」: a training institution whose record gives no unemployment-insurance region is paid its organiser claim, 800.00, as before — not held asking where it is insured", () => {
    const d = decide(JX, schoolDoc([school()]))["A"];
    expect(brief(d)).toEqual(["granted", "800.00", "organizer:ORG-1"]); // EX-SEW 初级工 row 800.00
  });

  // B3 — what: project training (项目制培训) is bought by government from its provider (jx2019 四(三)三
  // 「由符合规定的购买主体通过政府购买服务形式开展培训」, paid 「以培训合格证书、特种作业操作证书为依据」); a provider on record
  // insured outside Jiaxing is now refused enterprise_ui_elsewhere (before: paid 500.00, EX-ECOM project row). Why: the
  // payment for a service bought is not an enterprise's own training subsidy; 五(十一)'s management by the insurance
  // place concerns enterprises training their workers. Money: 500.00 a claim. Confidence 45 %. Fix: as B2 — leave the
  // project provider (PROVIDER_JUDGED) out of uiLocality unless it claims for its own employees.
  // fixed the same night (the lead's mend of review 9): now it(...).
  it("「对项目制培训以培训合格证书、特种作业操作证书为依据进行补贴」: the provider of project training bought by government, on record as insured in Hangzhou, is paid the project row (500.00)", () => {
    const d = decide(JX, projectDoc([school({ unemploymentInsuranceRegion: "zhejiang.hangzhou" })]))["A"];
    expect(brief(d)).toEqual(["granted", "500.00", "organizer:ORG-1"]); // EX-ECOM project row 500.00
  });

  // A1 — what: the claim the 2018 chain now holds (a certificate of 2019-05-18 or later) says
  // provision_not_in_force: "no provision in force on 2019-05-18: national framework in force" (its zh message says the same: the
  // library's words, not a text). That is untrue — gbf2019 is in force from that day — and does not say what the
  // commit and the reading say the official must do: judge it under the national frameworks (gbf2019 → plan2021 →
  // op2025). Why: the reading gf2018-chain-groups holds the claim precisely so that it is judged there; an official
  // told "no provision in force" may refuse or shelve it. Money: the held claim, 1000.00 here (EX-ELEC 初级工), sent
  // nowhere. Confidence 55 %. Fix: a reason of its own (e.g. framework_superseded, facts { framework: "gf2018",
  // until: "2019-05-18", judgeUnder: "national-frameworks" }) whose message names gbf2019 and the national-frameworks policy.
  it.fails("gbf2019 §(十二) 「原则上每人每年可享受不超过3次，但同一职业同一等级不可重复享受」: the claim the 2018 chain holds from 2019-05-18 tells the official to judge it under gbf2019 (the national frameworks), not that no provision is in force", () => {
    const d = jyOne(JP, "2019-05-18").decisions[0];
    const message = d === undefined ? "" : explainReason(d.reasons[0]!).message.en;
    expect(message).toMatch(/gbf2019|national.frameworks/);
    expect(message).not.toMatch(/no provision in force/);
  });
});
