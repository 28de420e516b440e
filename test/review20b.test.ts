/**
 * Review 20b (2026-12-05, 07:49–09:00 UTC), cold, of two of this morning's changes:
 * - change 1, a certificate of a sixth kind (`otherCertificate` + `kindName`; 3f76f42, and the policy explorer's field in
 *   0ee588f; reading certificate-kinds-open): gbf2019 §(十二) 「取得证书（职业资格证书、职业技能等级证书、专项职业能力证书、
 *   特种作业操作证书、培训合格证书等）的，按规定给予职业培训补贴」;
 * - change 4, a 脱贫劳动力 (`liftedOutOfPoverty`) read as gbf2019's 「建档立卡贫困劳动力（以下简称贫困劳动力）」 (2c83471; reading
 *   poverty-labourer-register).
 *
 * Findings as `it.fails` records (each asserts what is right and fails on the code as it stands, each run once as it(...)
 * and seen failing at its own assertion); controls I hold right are `it(...)`.
 *
 * Tried for the sixth kind (controls): one document through every door — evaluateBatch (judged and trainee order),
 * decideBatch's steps, the built command line (JSON and CSV input, --format ndjson) and POST /evaluate — pays the
 * 特种设备作业人员证 the EX-FORK row's 400.00 and refuses it on a row that does not list it; 「同一职业同一等级不可重复享受」 with no
 * level keys on the occupation (a special-operations certificate then a 特种设备作业人员证 of one occupation: the second
 * refused); the annual cap counts other certificates (400 + 300 + 200, the 4th refused); the skill-upgrade subsidy and
 * Jiaxing's appraisal subsidy find no standard (no level); Jiaxing's pre-job and safety courses do not take it as their
 * basis; a reform adding `otherCertificate` to Jiaxing's occupation-row kinds pays it (the reading's alternative moves);
 * the JSON Schemas (record, catalogue, claims document) carry the kind and the name; the policy explorer's claim form
 * (0ee588f, bundled as test/site.test.ts bundles it) carries kindName both ways and asks it when emptied; the progress report's
 * count of new certificates leaves it out as it leaves out every unleveled kind. The training-package grant, the living allowance,
 * 以工代训 and the apprenticeship subsidy read no certificate (not reached).
 * Found (sixth kind): the progress document's certificate takes `otherCertificate` but refuses the `kindName` every
 * other door requires (F5, no money); a catalogue row with a level may list `otherCertificate`, which has no level, so the
 * row can never pay what it says it pays (F6, no money as shipped).
 *
 * Tried for the 脱贫劳动力 (controls): gbf2019 alone in 2020 and on 2021-12-31, the national frameworks on 2022-01-01 and
 * in 2026 pay him the training subsidy, the living allowance and an employer's 以工代训 as a 贫困劳动力; drawing a monthly
 * pension he is refused the training subsidy and the living allowance (reading national-pension-scope; 以工代训, paid to
 * the employer, untouched by that reading); Jiaxing pays his certificate (every worker is in its scope) and refuses his
 * living allowance unless he is in a group its list names; plan2021's list of key groups is a list of targets, not payees.
 * Found (脱贫劳动力): the same defined term 贫困劳动力 elsewhere in gbf2019 — §(十二) 「各地可对贫困劳动力、去产能失业人员、
 * 退役军人等群体开展项目制培训」 and §(五) — still leaves him out (F2); Jiaxing's open project-training list
 * (「……对口支援地区建档立卡贫困人员等相关群体」) refuses him where a paired-region register person is served (F1); gf2018's
 * 「建档立卡贫困家庭」 in Jieyang's 2018 chain leaves him out (F3); Jiaxing's refusal of his living allowance explains itself
 * by the paired-region person and by a 贫困劳动力 group the library now says he is in (F4, no money); op2025 (九)'s group for
 * older migrant workers' projects takes two of the three groups its sentence names, not the 脱贫劳动力 (F7, none as shipped).
 *
 * Full suite (07:57–08:01 UTC, before the explorer's control was added): 3,425 passed, 66 expected fail, 1 skipped, none failed
 * (schemas/ written by `npm run build` at 07:50); rerun 08:02–08:05 UTC with it: 3,426 passed, 66 expected fail (7 here), 1 skipped.
 *
 * Figures are ILLUSTRATIVE: the example city's catalogue below (EX-FORK 400.00, EX-CRANE 500.00, EX-HOIST 300.00, EX-BOIL
 * 200.00, EX-ELEC 初级工 1000.00), test/support/national.ts's (EX-ELEC 初级工 1000.00), fixtures/jiaxing/catalogue-2020.json
 * (EX-ELEC 初级工 1000.00, EX-FORK unleveled 400.00 special-operations only, project row EX-ECOM 500.00), living allowance
 * 50.00 a day and 以工代训 500.00 a month (from 2019-05-18), skill-upgrade 初级工 1000.00.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { lawData } from "../scripts/build-site.mjs";
import { describe, expect, it } from "vitest";
import type { Decision, Policy, SubsidyCatalogue } from "../src/index.js";
import { decideBatch, evaluateBatch, parseClaimsDocument, nationalFrameworksPolicy, nationalPolicy, parseProgressDocument, parseSubsidyCatalogue, progressReport, parsePeriod, withJiaxingCatalogue } from "../src/index.js";
import { cite } from "../src/core/citation.js";
import { replaceParameter } from "../src/core/layer.js";
import { reform } from "../src/reform/index.js";
import { claimsDocumentJsonSchema, otherJsonSchema, progressDocumentJsonSchema, recordJsonSchema } from "../src/schemas/index.js";
import { createHandler } from "../src/server/index.js";
import { livingAllowanceGroups } from "../src/provisions/livingAllowance/livingAllowanceGroups.js";
import { trainingSubsidyGroupIds } from "../src/provisions/trainingSubsidy/trainingSubsidyGroups.js";
import { ageCeiling, olderMigrantProjects } from "../src/provisions/groups/olderMigrants.js";
import { cli, toCsv } from "./cli-helpers.js";
import { parsed, withSkillUpgradeStandards } from "./support/world.js";
import { JX, E1, worker, course, cert, ts, appraisal, cityWorker, cityCourse, cityCert, skillUpgrade, TRAINEE, HERE, withIllustrativeLocal, jxProjectDoc } from "./support/ordinary.js";
import { jieyangPackPolicy, regionalPolicy, withExampleLayer } from "./support/national.js";

type O = Record<string, unknown>;

/** Decides a document under `policy`: each decision by claim id. */
function decide(policy: Policy, doc: O, order?: "judged" | "trainee"): Record<string, Decision> {
  return Object.fromEntries(evaluateBatch(policy, parsed(doc), order === undefined ? {} : { order }).decisions.map((d) => [d.claimId, d]));
}
/** `outcome:amount:codes` (a grant's codes left out). */
const line = (d: { outcome: string; amount: string | null; reasons: readonly { code: string }[] } | undefined): string =>
  d === undefined ? "missing" : `${d.outcome}:${d.amount}:${d.outcome === "granted" ? "" : d.reasons.map((r) => r.code).join("+")}`;
const lines = (r: Record<string, Decision>): Record<string, string> => Object.fromEntries(Object.entries(r).map(([k, d]) => [k, line(d)]));

// ---------------------------------------------------------------------------------------------------------------------
// The sixth kind: an illustrative edition of the example city (not official figures).

const EDITION_RAW = {
  id: "example-open-2019",
  title: "示例补贴目录（数字仅为示意）",
  publishedBy: "example prefecture (illustrative)",
  effectiveFrom: "2019-06-01",
  illustrative: true,
  entries: [
    { occupation: { code: "EX-FORK", name: "叉车司机（示意）" }, standard: "400.00", certificateKinds: ["specialOperationsCertificate", "otherCertificate"] },
    { occupation: { code: "EX-CRANE", name: "起重机司机（示意）" }, standard: "500.00", certificateKinds: ["specialOperationsCertificate"] },
    { occupation: { code: "EX-HOIST", name: "施工升降机司机（示意）" }, standard: "300.00", certificateKinds: ["otherCertificate"] },
    { occupation: { code: "EX-BOIL", name: "锅炉作业（示意）" }, standard: "200.00", certificateKinds: ["otherCertificate"] },
    { occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", standard: "1000.00", certificateKinds: ["skillLevelCertificate", "otherCertificate"] },
  ],
};
function edition(effectiveFrom = "2019-06-01"): SubsidyCatalogue {
  const r = parseSubsidyCatalogue({ ...EDITION_RAW, id: `example-open-${effectiveFrom.slice(0, 4)}`, effectiveFrom });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
/** The national frameworks with the edition as the example city's catalogue and the illustrative skill-upgrade standards. */
const OPEN = withSkillUpgradeStandards(regionalPolicy(nationalFrameworksPolicy(), edition()));

/** A 特种设备作业人员证 (其他证书) of `code`, no level, no course, issued on `issuedOn`. */
const licence = (id: string, code: string, issuedOn: string, o: O = {}): O =>
  cityCert(id, { kind: "otherCertificate", kindName: "特种设备作业人员证", occupation: { code, name: code }, level: undefined, courseId: undefined, issuedOn, ...o });
/** A registered unemployed worker of the example city with the certificates, one training-subsidy claim each (submitted 2022-09-01). */
const unemployedDoc = (certificates: O[]): O => ({
  trainees: [cityWorker({ statuses: ["unemployed"] })],
  certificates,
  claims: certificates.map((c) => ts(`T-${String(c["id"])}`, String(c["id"]), { submittedOn: "2022-09-01" })),
});

describe("controls (held right): a certificate of a sixth kind through every door", () => {
  // C1 EX-FORK (row lists otherCertificate: 400.00), C2 EX-CRANE (row lists special-operations only: refused), each earned on
  // a 20-day course in the city (the command line's catalogue is national: it reads the course's region)
  const onCourse = (id: string, code: string, issuedOn: string): O[] => [cityCourse(`K-${id}`, { occupation: { code, name: code }, level: undefined }), licence(id, code, issuedOn, { courseId: `K-${id}` })];
  const [k1, c1] = onCourse("C1", "EX-FORK", "2022-08-01") as [O, O];
  const [k2, c2] = onCourse("C2", "EX-CRANE", "2022-08-02") as [O, O];
  const doc = { ...unemployedDoc([c1, c2]), courses: [k1, k2] };
  const want = { "T-C1": "granted:400.00:", "T-C2": "denied:0.00:certificate_kind_not_accepted" };

  it("gbf2019 §(十二) 「……培训合格证书等）的，按规定给予职业培训补贴」: evaluateBatch in judged and trainee order and decideBatch's steps pay the 特种设备作业人员证 the EX-FORK row's 400.00 and refuse it on the EX-CRANE row", () => {
    expect(lines(decide(OPEN, doc))).toEqual(want);
    expect(lines(decide(OPEN, doc, "trainee"))).toEqual(want);
    expect(Object.fromEntries([...decideBatch(OPEN, parsed(doc))].map((s) => [s.claim.id, line(s.decision)]))).toEqual(want);
  });

  it("the built command line (JSON and CSV input, --format ndjson, national-frameworks with the edition as --catalogue) and POST /evaluate decide alike", async () => {
    const dir = mkdtempSync(join(tmpdir(), "review20b-"));
    const catFile = join(dir, "catalogue.json");
    writeFileSync(catFile, JSON.stringify(EDITION_RAW));
    const ndjson = (input: string, format: string) =>
      Object.fromEntries(
        execFileSync(process.execPath, ["dist/cli.js", "evaluate", "-", "--input", format, "--format", "ndjson", "--policy", "national-frameworks", "--catalogue", catFile], { input, encoding: "utf8" })
          .split("\n")
          .filter((l) => l.startsWith('{"type":"decision"'))
          .map((l) => JSON.parse(l) as Decision)
          .map((d) => [d.claimId, line(d)]),
      );
    expect(ndjson(JSON.stringify(doc), "json")).toEqual(want);
    // the CSV writer of the tests (every column of src/cli/csv.ts, kindName among them) and the command's CSV reader
    const csv = toCsv(doc as never);
    expect(csv.split("\n")[0]).toContain("kindName");
    expect(ndjson(csv, "csv")).toEqual(want);
    const inProcess = await cli(["evaluate", "-", "--input", "csv", "--format", "json", "--policy", "national-frameworks", "--catalogue", catFile], csv);
    expect(Object.fromEntries((JSON.parse(inProcess.out) as { decisions: Decision[] }).decisions.map((d) => [d.claimId, line(d)]))).toEqual(want);
    const response = await createHandler({ catalogues: { "national-frameworks": edition() } })(new Request("http://localhost/evaluate?policy=national-frameworks&trace=false", { method: "POST", body: JSON.stringify(doc) }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { decisions: Decision[] };
    expect(Object.fromEntries(body.decisions.map((d) => [d.claimId, line(d)]))).toEqual(want);
  });

  it("the JSON Schemas carry the sixth kind: the certificate record names otherCertificate and kindName, a catalogue row may list six kinds, the progress document's certificate takes the kind", () => {
    const certificate = JSON.stringify(recordJsonSchema("certificate"));
    expect(certificate).toContain('"otherCertificate"');
    expect(certificate).toContain('"kindName"');
    const catalogue = otherJsonSchema("subsidyCatalogue") as { properties: { entries: { items: { properties: { certificateKinds: { maxItems: number; items: { enum: string[] } } } } } } };
    expect([catalogue.properties.entries.items.properties.certificateKinds.maxItems, catalogue.properties.entries.items.properties.certificateKinds.items.enum.at(-1)]).toEqual([6, "otherCertificate"]);
    expect(JSON.stringify(claimsDocumentJsonSchema())).toContain('"kindName"');
    expect(JSON.stringify(progressDocumentJsonSchema())).toContain('"otherCertificate"');
  });
});

describe("controls (held right): the policy explorer's claim form (0ee588f)", () => {
  it("the form carries a certificate's kindName both ways (valuesOf → documentOf), and a certificate of another kind loaded into the form is decided as the document is (Jiaxing, the site's catalogue: the EX-FORK row takes special-operations certificates only, refused); emptied, the name is asked (kind_name_required)", async () => {
    // site/claim.ts bundled as test/site.test.ts bundles it, with the site's own data (scripts/build-site.mjs lawData)
    const source = `${readFileSync("site/claim.ts", "utf8")}\nexport { valuesOf, contextOf };\nexport { policyFor } from "./policy.js";\n`;
    const out = await build({
      stdin: { contents: source, resolveDir: resolve("site"), loader: "ts", sourcefile: "claim.ts" },
      bundle: true, format: "esm", platform: "node", write: false, logLevel: "silent",
      plugins: [{ name: "site-data", setup: (b) => { b.onResolve({ filter: /^site-data:law$/ }, () => ({ path: "law", namespace: "site-data" })); b.onLoad({ filter: /.*/, namespace: "site-data" }, () => ({ contents: JSON.stringify(lawData()), loader: "json" })); } }],
    });
    const dir = mkdtempSync(join(tmpdir(), "review20b-form-"));
    writeFileSync(join(dir, "claim-form.mjs"), out.outputFiles[0]?.text ?? "");
    type Values = Map<string, string | boolean | string[]>;
    const m = (await import(pathToFileURL(join(dir, "claim-form.mjs")).href)) as { valuesOf(doc: O, id: string): Values; contextOf(doc: O, id: string): O; documentOf(v: Values): O; withContext(form: O, context: O): O; policyFor(id: string, withCatalogue: boolean): Policy };
    const jc = cert("C1", { kind: "otherCertificate", kindName: "特种设备作业人员证", occupation: { code: "EX-FORK", name: "EX-FORK" }, level: undefined });
    const doc: O = { trainees: [worker()], enterprises: [E1], courses: [course("K1", { occupation: { code: "EX-FORK", name: "EX-FORK" }, level: undefined })], certificates: [jc], claims: [ts("A", "C1")] };
    const values = m.valuesOf(doc, "A");
    expect(values.get("certificate.kindName")).toBe("特种设备作业人员证");
    const back = m.withContext(m.documentOf(values), m.contextOf(doc, "A"));
    expect((back["certificates"] as O[])[0]).toMatchObject({ kind: "otherCertificate", kindName: "特种设备作业人员证" });
    const policy = m.policyFor("jiaxing-2019", true);
    expect(lines(decide(policy, back))).toEqual(lines(decide(policy, doc)));
    expect(lines(decide(policy, back))).toEqual({ A: "denied:0.00:certificate_kind_not_accepted" });
    values.set("certificate.kindName", "");
    const unnamed = parseClaimsDocument(m.withContext(m.documentOf(values), m.contextOf(doc, "A")));
    expect(unnamed.ok && unnamed.value.invalid[0]?.issues.map((i) => i.code)).toEqual(["kind_name_required"]);
  });
});

describe("controls (held right): the sixth kind meets the cap, the no-repeat bar and the measures priced by level", () => {
  it("「同一职业同一等级不可重复享受」: a special-operations certificate of EX-FORK paid (400.00), a 特种设备作业人员证 of EX-FORK after it is refused — neither has a level, so the occupation alone is the key (reading no-repeat-whole-history)", () => {
    const doc = unemployedDoc([licence("C1", "EX-FORK", "2022-03-01", { kind: "specialOperationsCertificate", kindName: undefined }), licence("C2", "EX-FORK", "2022-05-01")]);
    expect(lines(decide(OPEN, doc))).toEqual({ "T-C1": "granted:400.00:", "T-C2": "denied:0.00:occupation_level_already_subsidised" });
  });

  it("「原则上每人每年可享受不超过3次」: three other certificates of 2022 are paid 400.00 + 300.00 + 200.00 = 900.00; a fourth of 2022 (a special-operations certificate of EX-CRANE, 500.00) is refused annual_cap_reached", () => {
    const doc = unemployedDoc([
      licence("C1", "EX-FORK", "2022-03-01"),
      licence("C2", "EX-HOIST", "2022-04-01"),
      licence("C3", "EX-BOIL", "2022-05-01"),
      licence("C4", "EX-CRANE", "2022-06-01", { kind: "specialOperationsCertificate", kindName: undefined }),
    ]);
    expect(lines(decide(OPEN, doc))).toEqual({ "T-C1": "granted:400.00:", "T-C2": "granted:300.00:", "T-C3": "granted:200.00:", "T-C4": "denied:0.00:annual_cap_reached" });
  });

  it("the skill-upgrade subsidy (priced by level) refuses an insured employee's 特种设备作业人员证 while the training subsidy pays it once: 400.00, the skill-upgrade claim refused", () => {
    const doc = { trainees: [cityWorker()], certificates: [licence("C1", "EX-FORK", "2022-03-01")], claims: [ts("T", "C1", { submittedOn: "2022-08-05" }), skillUpgrade("S", "C1")] };
    const out = decide(OPEN, doc);
    expect(line(out["T"])).toBe("granted:400.00:");
    expect(out["S"]?.outcome).toBe("denied");
    expect(out["S"]?.reasons.map((r) => r.code)).toContain("no_skill_upgrade_standard");
  });

  it("Jiaxing: the appraisal subsidy finds no standard (level_has_no_standard); a pre-job or safety course does not take it as its basis (the EX-FORK row takes special-operations certificates only: refused)", () => {
    const jc = cert("C1", { kind: "otherCertificate", kindName: "特种设备作业人员证", occupation: { code: "EX-FORK", name: "EX-FORK" }, level: undefined });
    const fork = (o: O = {}) => course("K1", { occupation: { code: "EX-FORK", name: "EX-FORK" }, level: undefined, ...o });
    const jx = (k: O, claims: O[]) => lines(decide(JX, { trainees: [worker()], enterprises: [E1], courses: [k], certificates: [jc], claims }));
    expect(jx(fork(), [ts("A", "C1"), appraisal("B", "C1")])).toEqual({ A: "denied:0.00:certificate_kind_not_accepted", B: "denied:0.00:level_has_no_standard" });
    const employer = { claimant: { kind: "enterprise", id: "E1" } };
    expect(jx(fork({ kind: "safety" }), [ts("A", "C1", employer)])).toEqual({ A: "denied:0.00:certificate_kind_not_accepted" });
    expect(jx(fork({ kind: "preJob", hireDate: "2020-05-01" }), [ts("A", "C1", employer)])).toEqual({ A: "denied:0.00:certificate_kind_not_accepted" });
  });

  it("a reform that adds otherCertificate to Jiaxing's occupation-row kinds (trainingSubsidy.occupationCertificateKinds, from 2020-01-01) moves the claim: a row listing it pays 400.00, where the unreformed chain refuses certificate_not_basis", () => {
    const JXO = withJiaxingCatalogue(edition("2020-01-01"));
    const jc = cert("C1", { kind: "otherCertificate", kindName: "特种设备作业人员证", occupation: { code: "EX-FORK", name: "EX-FORK" }, level: undefined });
    const doc = { trainees: [worker()], enterprises: [E1], courses: [course("K1", { occupation: { code: "EX-FORK", name: "EX-FORK" }, level: undefined })], certificates: [jc], claims: [ts("A", "C1")] };
    expect(lines(decide(JXO, doc))).toEqual({ A: "denied:0.00:certificate_not_basis" });
    const r = reform(JXO, { id: "jx-other", label: { zh: "示例：其他证书", en: "example: other certificates" }, changes: [{ parameter: "trainingSubsidy.occupationCertificateKinds", from: "2020-01-01", value: ["qualificationCertificate", "skillLevelCertificate", "specialAbilityCertificate", "otherCertificate"] }] });
    if (!r.ok) throw new Error("patch refused");
    expect(lines(decide(r.value.policy, doc))).toEqual({ A: "granted:400.00:" });
  });

  it("the progress report's 新取得证书 count (newCertificates) counts the leveled kinds only: a training record ending in another kind's certificate is trained, not a new certificate", () => {
    const rec = (id: string, kind: string, level?: string) => ({ id, traineeId: "P1", region: HERE, kind: "employmentSkills", startDate: "2022-07-01", endDate: "2022-07-20", outcome: "passed", certificate: { kind, ...(level === undefined ? {} : { level }), ...(kind === "otherCertificate" ? { kindName: "特种设备作业人员证" } : {}), issuedOn: "2022-08-01" } });
    // (the lead, after this review's own record below: a certificate of another kind names its kind here too, as in the claims document)
    const docu = parseProgressDocument({ trainings: [rec("R1", "skillLevelCertificate", "junior"), rec("R2", "otherCertificate")], grants: [] });
    const period = parsePeriod("2022Q3");
    if (!docu.ok || !period.ok) throw new Error(JSON.stringify(docu));
    const report = progressReport(docu.value, period.value);
    expect([report.counts.trained, report.newCertificates]).toEqual([2, 1]);
  });
});

describe("findings: the sixth kind", () => {
  // mended 2026-12-05 (the lead, the commit after this review's): now it(...).
  it("a training record of the progress report ending in a certificate of another kind may name its kind (kindName), as the claims document requires of the same certificate", () => {
    // What: parseProgressDocument takes a training record's certificate of kind otherCertificate without a name, and
    //   refuses one that names it (the nested certificate is a strict object of kind, level, issuedOn), while the claims
    //   document refuses the same certificate without kindName (kind_name_required). A caller exporting one register to
    //   both doors must drop the field for one and add it for the other.
    // Why: the reading (certificate-kinds-open) makes the record a certificate of another kind (其他证书) named by its kind; 3f76f42 widened the kind
    //   everywhere (the progress schema's enum included) but gave the name to the certificate record only.
    // Fix: allow `kindName` (optional, Text) on TrainingRecord.certificate, required for otherCertificate as certificateChecks
    //   does (trainingRecordChecks), so the two doors take the same certificate; regenerate the validators.
    // Money: none (the report counts only leveled certificates).
    // Confidence: 50 % that this is an oversight, not a choice (the report never reads the kind beyond the leveled two).
    const rec = (certificate: O) => ({ trainings: [{ id: "R1", traineeId: "P1", region: HERE, kind: "employmentSkills", startDate: "2022-07-01", endDate: "2022-07-20", outcome: "passed", certificate }], grants: [] });
    expect(parseProgressDocument(rec({ kind: "otherCertificate", kindName: "特种设备作业人员证", issuedOn: "2022-08-01" })).ok).toBe(true); // fails here: unrecognised key kindName
  });

  it.fails("a catalogue row that prices a level cannot list the kind that has no level: the edition is refused (or the row pays), never parsed to refuse every certificate of that kind as not in the catalogue", () => {
    // What: the edition above has an EX-ELEC 初级工 row listing otherCertificate (1000.00). The catalogue parses; a
    //   certificate of another kind cannot carry a level (level_not_allowed), so it looks for an unleveled EX-ELEC row and
    //   is refused not_in_catalogue — the row's own list, which says it takes that kind, is never read.
    // Why: the reading says "a row that lists `otherCertificate` pays other kinds its standard"; gbf2019 §(十二)
    //   「市（地）以上人力资源社会保障部门、财政部门可在规定的原则下结合实际确定职业培训补贴标准」 leaves the row to the city, so the
    //   library should either refuse the row the city wrote (a leveled row listing a kind that has no level) or pay it.
    // Fix: catalogueChecks refuses a row with a level whose certificateKinds name only kinds without one, or names
    //   otherCertificate (a new code, e.g. unleveled_kind_on_leveled_row, zh/en), so the city's mistake is said at load.
    // Money: none as shipped (no shipped edition has such a row); on such an edition 1000.00 per certificate refused
    //   with a reason that points at the certificate, not the row.
    // Confidence: 35 % (the same holds of a leveled row listing a special-ability certificate, before this change).
    const withLeveledOther = parseSubsidyCatalogue({ ...EDITION_RAW, id: "leveled-other" });
    expect(withLeveledOther.ok).toBe(false); // fails here: the edition parses
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// The 脱贫劳动力.

/** The illustrative local standards the national texts leave open: living allowance 50.00 a day, 以工代训 500.00 a month (from 2019-05-18). */
const withLocal = withIllustrativeLocal; // test/support/ordinary.ts
const NAT = withLocal(nationalPolicy());
const NF = withLocal(nationalFrameworksPolicy());

/**
 * The example city's worker with `statuses`, employed by E1: a 20-day EX-ELEC 初级工 course ending the day before `issuedOn`'s
 * month… (courses of 20 days from the 1st of the month before), its certificate on `issuedOn`; claims TS (training
 * subsidy), LA (living allowance) and E1's 以工代训 for two months (WT: `months`).
 */
function cityPoor(policy: Policy, statuses: string[], issuedOn: string, months: [string, string], trainee: O = {}, order?: "trainee"): Record<string, Decision> {
  const m = Number(issuedOn.slice(5, 7));
  const start = m === 1 ? `${Number(issuedOn.slice(0, 4)) - 1}-12-01` : `${issuedOn.slice(0, 4)}-${String(m - 1).padStart(2, "0")}-01`;
  const end = `${start.slice(0, 8)}20`;
  return decide(
    policy,
    {
      trainees: [cityWorker({ statuses, employerId: "E1", ...trainee })],
      enterprises: [{ id: "E1", name: "示例企业（示意）", region: HERE, unemploymentInsuranceRegion: HERE }],
      courses: [cityCourse("K1", { startDate: start, endDate: end })],
      certificates: [cityCert("C1", { issuedOn })],
      claims: [
        ts("TS", "C1", { submittedOn: "2028-02-01" }),
        { id: "LA", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2028-02-01" },
        { id: "WT", measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", months, submittedOn: "2028-02-01" },
      ],
    },
    order,
  );
}

describe("controls (held right): a 脱贫劳动力 as gbf2019's 贫困劳动力", () => {
  it("gbf2019 §(十一) 「对贫困家庭子女、贫困劳动力、……开展免费职业技能培训行动」 and 「对贫困劳动力、……同时给予生活费补贴」: under gbf2019 alone in 2020 and on 2021-12-31, and under the national frameworks on 2022-01-01 and in 2026, he is paid the training subsidy (1000.00), the living allowance (20 × 50.00 = 1000.00) and E1's 以工代训 (2 × 500.00 = 1000.00), as a povertyRegistered person is; in trainee order alike", () => {
    const all = { TS: "granted:1000.00:", LA: "granted:1000.00:", WT: "granted:1000.00:" };
    for (const [policy, issuedOn, months] of [
      [NAT, "2020-08-01", ["2020-03", "2020-04"]],
      [NAT, "2021-12-31", ["2021-11", "2021-12"]],
      [NF, "2022-01-01", ["2022-01", "2022-02"]],
      [NF, "2026-08-01", ["2026-03", "2026-04"]],
    ] as const) {
      expect([issuedOn, lines(cityPoor(policy, ["liftedOutOfPoverty"], issuedOn, [...months] as [string, string]))]).toEqual([issuedOn, all]);
      expect([issuedOn, lines(cityPoor(policy, ["liftedOutOfPoverty"], issuedOn, [...months] as [string, string], {}, "trainee"))]).toEqual([issuedOn, all]);
      expect([issuedOn, lines(cityPoor(policy, ["povertyRegistered"], issuedOn, [...months] as [string, string]))]).toEqual([issuedOn, all]);
    }
  });

  it("gbf2019 §(十二) 「可将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围」 (reading national-pension-scope): drawing a monthly pension he is refused the training subsidy and the living allowance in 2026; E1's 以工代训, paid to the employer, is not touched by the reading (1000.00)", () => {
    const out = lines(cityPoor(NF, ["liftedOutOfPoverty"], "2026-08-01", ["2026-03", "2026-04"], { birthDate: "1960-01-01", receivesMonthlyPension: true }));
    expect(out).toEqual({ TS: "denied:0.00:monthly_pension_entitled", LA: "denied:0.00:monthly_pension_entitled", WT: "granted:1000.00:" });
  });

  it("jx2019 五(十一) 「普惠同等的培训补贴」 pays his EX-ELEC 初级工 certificate 1000.00 in Jiaxing; 四(三)四's closed list 「四是对建档立卡低收入农户家庭劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员」 refuses his living allowance unless he is in a group it names (就业困难人员: 10 days × 50 yuan = 500.00)", () => {
    const jx = (statuses: string[]) =>
      lines(decide(JX, { trainees: [worker({ statuses })], enterprises: [E1], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A", "C1"), { id: "L", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2020-07-01" }] }));
    expect(jx(["liftedOutOfPoverty"])).toEqual({ A: "granted:1000.00:", L: "denied:0.00:not_in_living_allowance_group" });
    expect(jx(["liftedOutOfPoverty", "employmentDifficulty"])).toEqual({ A: "granted:1000.00:", L: "granted:500.00:" });
  });
});

describe("findings: the 脱贫劳动力", () => {
  // Jiaxing project training: a rural e-commerce project course (row EX-ECOM, 500.00) delivered by ORG1, which claims.
  const jxProject = (statuses: string[]): Decision | undefined => decide(JX, jxProjectDoc(statuses))["A"];

  // mended 2026-12-05 (the lead): trainingSubsidy.projectTrainingStatuses lists liftedOutOfPoverty. Now it(...).
  it("jx2019 四(三)三 「三是对建档立卡低收入农户家庭劳动力、退役军人、就业困难人员、对口支援地区建档立卡贫困人员等相关群体以及企业职工，制订项目制……培训补贴目录清单」: the provider of a 脱贫劳动力's project course is paid as a paired region's register person's is (500.00)", () => {
    // What: under Jiaxing, ORG1's claim for a rural e-commerce project course (EX-ECOM, 500.00) is paid for a trainee recorded
    //   pairedRegionPovertyRegistered or povertyRegistered, and refused not_in_project_training_group for one recorded
    //   liftedOutOfPoverty — the same register's person after leaving poverty, whom 2c83471 now reads as a 贫困劳动力.
    // Why: the list ends in 「等相关群体」 (open: reading project-training-open-list) and names two registers, Zhejiang's own
    //   (「建档立卡低收入农户家庭劳动力」) and the paired regions' (「对口支援地区建档立卡贫困人员」); jx2019 itself uses the national
    //   term, 「建档立卡贫困劳动力（以下简称贫困劳动力）」, for whom its training is aimed. Reading poverty-labourer-register now says
    //   a 脱贫劳动力 is on that register and "no text says its people leave the group when they leave poverty"; a person a
    //   list names, once out of poverty, is at least a 相关群体 of it. The living allowance's list is closed (四(三)四, no 等),
    //   so the refusal there stands; this one is not.
    // Fix: add liftedOutOfPoverty to trainingSubsidy.projectTrainingStatuses (jx2019.params.yaml, jx2019.project-training),
    //   named a related group of the two registers; amend readings project-training-open-list and poverty-labourer-register.
    // Money: 500.00 per trainee (EX-ECOM, illustrative) to the provider, Jiaxing 2019-12-13 … 2021-12-31.
    // Confidence: 45 % (a 脱贫劳动力 of a region Jiaxing does not support is outside both registers the list names).
    expect(line(jxProject(["pairedRegionPovertyRegistered"]))).toBe("granted:500.00:"); // holds today
    expect(line(jxProject(["liftedOutOfPoverty"]))).toBe("granted:500.00:"); // fails here: denied:0.00:not_in_project_training_group
  });

  // mended 2026-12-05 (the lead, the commit after this review's): now it(...).
  it("gbf2019 §(十二) 「各地可对贫困劳动力、去产能失业人员、退役军人等群体开展项目制培训」 and §(五) 「为贫困劳动力提供免费职业技能培训」: the groups of these clauses take the 贫困劳动力 that §(十一) takes — a 脱贫劳动力 and a paired region's register person too", () => {
    // What: the library defines 贫困劳动力 three ways inside one text. §(十一)'s groups (gbf2019.free-training-groups,
    //   gbf2019.living-allowance-groups, 以工代训) take povertyRegistered, pairedRegionPovertyRegistered and, since 2c83471,
    //   liftedOutOfPoverty; §(十二)'s project groups (gbf2019.project-training-groups) and §(五)'s (gbf2019.poverty-support)
    //   take povertyRegistered only. A province naming either as its training-subsidy groups (trainingSubsidy.groups, a
    //   value the parameter's schema offers) pays a povertyRegistered person 1000.00 and refuses a 脱贫劳动力 not_in_group.
    // Why: gbf2019 defines the term once, 「建档立卡贫困劳动力（以下简称贫困劳动力）」, and every later 贫困劳动力 in it is that
    //   defined term; reading poverty-labourer-register: "gbf2019 defines 贫困劳动力 once, by the register".
    // Fix: members of projectTrainingGroups and povertySupport: add pairedRegionPovertyRegistered and liftedOutOfPoverty (one
    //   shared list of the 贫困劳动力 statuses, as workForTraining.ts's POOR, used by the four groups); list the two
    //   provisions in the reading.
    // Money: none as shipped (no shipped layer names the two groups); 1000.00 per person (EX-ELEC 初级工, illustrative) in a
    //   province that does.
    // Confidence: 60 % (the same defined term; the groups are unused as shipped, so nothing in the library chose otherwise).
    const c = cite("gbf2019.scope-adjustment", "§(十二)");
    const naming = (group: string): Policy =>
      withLocal(withExampleLayer(nationalPolicy(), "province", c, [replaceParameter(trainingSubsidyGroupIds, { label: { zh: "示例：项目制培训对象", en: "example: project groups" }, citation: c, values: [{ from: "2020-01-01", value: [group] }], lastVerifiedOn: "2026-12-05" })]));
    for (const group of ["gbf2019.project-training-groups", "gbf2019.poverty-support"]) {
      const P = naming(group);
      expect([group, line(cityPoor(P, ["povertyRegistered"], "2020-08-01", ["2020-03", "2020-04"])["TS"])]).toEqual([group, "granted:1000.00:"]); // holds today
      expect([group, line(cityPoor(P, ["liftedOutOfPoverty"], "2020-08-01", ["2020-03", "2020-04"])["TS"])]).toEqual([group, "granted:1000.00:"]); // fails here: denied:0.00:not_in_group
    }
  });

  // mended 2026-12-05 (the lead): gf2018.groups takes POVERTY_LABOURER_STATUSES. Now it(...).
  it("gf2018 §(五)'s 「建档立卡贫困家庭」 in Jieyang's 2018 chain: a 脱贫劳动力, of a household on the register, is matched as a povertyRegistered labourer is (1000.00 in a pack)", () => {
    // What: over the 2018 chain (test/support/national.ts's Jieyang pack, the example 2018 edition) a povertyRegistered
    //   worker's EX-ELEC 初级工 certificate of 2018-08-01 is paid 1000.00; a liftedOutOfPoverty one is refused not_in_group.
    // Why: reading gf2018-chain-groups matches 「建档立卡贫困家庭」 by its members; reading poverty-labourer-register (2c83471)
    //   says a 脱贫劳动力 stays on the register, "whatever the year". A household marked 已脱贫 on the 建档立卡 register is still
    //   a 建档立卡 household; gf2018 names the household, not its poverty.
    // Fix: add liftedOutOfPoverty to employmentSkillsGroups (gf2018.groups) beside povertyRegistered; amend the two readings.
    // Money: none as shipped (the chain binds no measure); 1000.00 per person (illustrative) in a pack, 2018-05-03 …
    //   2019-05-17.
    // Confidence: 40 % (in 2018 the word 脱贫劳动力 was not yet the texts'; a record of 2018 would say povertyRegistered).
    const jy = (statuses: string[]) =>
      decide(jieyangPackPolicy(), {
        trainees: [{ id: "P1", birthDate: "1990-05-05", statuses, hukouRegion: "guangdong.jieyang" }],
        courses: [course("K1", { region: "guangdong.jieyang", startDate: "2018-07-01", endDate: "2018-07-10", organizerId: undefined })],
        certificates: [cert("C1", { issuedOn: "2018-08-01" })],
        claims: [ts("A", "C1", { submittedOn: "2018-09-01" })],
      })["A"];
    expect(line(jy(["povertyRegistered"]))).toBe("granted:1000.00:"); // holds today
    expect(line(jy(["liftedOutOfPoverty"]))).toBe("granted:1000.00:"); // fails here: denied:0.00:not_in_group
  });

  it.fails("jx2019 四(三)四: Jiaxing's refusal of a 脱贫劳动力's living allowance says why truly — the rule's exception names him, and the message does not list 贫困劳动力, a group the library now says he is in", () => {
    // What: the refusal (not_in_living_allowance_group, citing jx2019 四(三)四) says "不属于生活费补贴对象（贫困劳动力、就业困难人员、
    //   零就业家庭成员、……）" — gbf2019's list, whose 贫困劳动力 reading poverty-labourer-register now says he is — and the trace's
    //   exception that decided it is labelled "……对口支援地区建档立卡贫困人员不在其名单内", naming the paired-region person only.
    // Why: Jiaxing's list is 「四是对建档立卡低收入农户家庭劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员」;
    //   the refusal rests on it, not on gbf2019's 贫困劳动力. 2c83471 widened the exception (NOT_IN_JIAXING_LIST) and its
    //   comments but not its label.
    // Fix: the exception's label names the 脱贫劳动力 too ("……对口支援地区建档立卡贫困人员、脱贫劳动力不在其名单内" / "…nor a
    //   person lifted out of poverty"); Jiaxing's refusal gets a message of its own list (建档立卡低收入农户家庭劳动力 …), e.g. a
    //   facts field naming the list, or its own code. The label is in the policy hash: refresh the docs.
    // Money: none (the refusal stands).
    // Confidence: 60 % (the message is gbf2019's for every refusal of the group; final review 5 noted the two texts).
    const out = evaluateBatch(JX, parsed({ trainees: [worker({ statuses: ["liftedOutOfPoverty"], employerId: undefined })], enterprises: [E1], courses: [course("K1")], claims: [{ id: "L", measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId: "K1", submittedOn: "2020-07-01" }] }), { trace: true }).decisions[0];
    expect(out?.reasons[0]?.citation.clause).toBe("四(三)四"); // holds today
    const exception = (out?.trace ?? []).find((s) => s.rule === livingAllowanceGroups.id);
    expect(JSON.stringify(exception?.override?.label)).toContain("脱贫劳动力"); // fails here: names the paired-region person only
    expect(out?.reasons[0]?.message.zh).not.toContain("贫困劳动力");
  });
  it.fails("op2025 (九) 「加强农民工群体职业技能提升培训。以农村转移劳动力、返乡农民工、脱贫劳动力等为重点」 and 「根据大龄、超龄农民工培训就业意愿,开发适合其就业的职业技能培训项目」: a 脱贫劳动力 of 68 in a pack's project for older migrant workers is let past its age ceiling as a 返乡农民工 is (1000.00)", () => {
    // What: a prefecture layer (illustrative) sets an age ceiling of 59 (eligibility.ageCeiling) and names EX-ELEC an
    //   older-migrant project from 2025-06-20. A 返乡农民工 born 1958 (68 on 2026-08-01) is paid 1000.00 (older_migrant_project);
    //   the same man recorded liftedOutOfPoverty is refused over_age_ceiling: op2025.older-migrants' group (migrantWorkers)
    //   takes 「农村转移劳动力、返乡农民工」 from the sentence and leaves out the third group it names, 脱贫劳动力.
    // Why: (九) names the three as the focus of 农民工群体's training, and its projects are for that group's older members;
    //   2c83471 reads the 脱贫劳动力 into gbf2019's lists but not into the one list whose text names him.
    // Fix: add liftedOutOfPoverty to migrantWorkers' members (src/provisions/groups/olderMigrants.ts), its label naming
    //   脱贫劳动力; say so in reading poverty-labourer-register.
    // Money: none as shipped (no shipped layer has a ceiling or projects); 1000.00 per person (EX-ELEC 初级工) in such a pack.
    // Confidence: 35 % (a 脱贫劳动力 who never left his village is not a 农民工; (九) lists him among its focus all the same).
    const c = cite("op2025.older-migrants", "(九)");
    const P = regionalPolicy(
      withExampleLayer(nationalFrameworksPolicy(), "prefecture", cite("gbf2019.local-standards", "§(十二)"), [
        replaceParameter(ageCeiling, { label: { zh: "示例：59 周岁以下（示意）", en: "example: up to 59" }, citation: cite("gbf2019.scope-adjustment", "§(十二)"), values: [{ from: "2020-01-01", value: 59 }], lastVerifiedOn: "2026-12-05" }),
        replaceParameter(olderMigrantProjects, { label: { zh: "示例：大龄农民工项目（示意）", en: "example: older-migrant project" }, citation: c, values: [{ from: "2025-06-20", value: ["EX-ELEC"] }], lastVerifiedOn: "2026-12-05" }),
      ], ["op2025"]),
    );
    const old = (statuses: string[]) => line(cityPoor(P, statuses, "2026-08-01", ["2026-03", "2026-04"], { birthDate: "1958-03-01" })["TS"]);
    expect(old(["returningMigrantWorker"])).toBe("granted:1000.00:"); // holds today
    expect(old(["liftedOutOfPoverty"])).toBe("granted:1000.00:"); // fails here: denied:0.00:over_age_ceiling
  });
});
