/**
 * The policy explorer (site/, issue #19) adds nothing to the library: it imports the
 * browser-safe core and nothing that the core does not already depend on, and the core's own
 * browser bundle still carries only its three packages. The claim form's mapping of records to
 * fields and back (site/claim.ts) is tested here in Node, bundled as the site bundles it; the pages
 * themselves are tested in a browser by test/site.browser.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite, lawData } from "../scripts/build-site.mjs";
import type { SiteBuild } from "../scripts/build-site.mjs";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, parseClaimsDocument } from "../src/index.js";
import { detectFormat, readPopulation } from "../site/population.js";
import { fixture, toCsv, toNdjson } from "./cli-helpers.js";
import type { Doc } from "./cli-helpers.js";

/** The npm packages a bundle's inputs come from (`node_modules/<name>/…`, scoped names whole). */
function packagesOf(inputs: readonly string[]): string[] {
  const names = inputs.flatMap((path) => {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
    return m?.[1] === undefined ? [] : [m[1]];
  });
  return [...new Set(names)].sort();
}

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };

describe("the policy explorer adds no dependency to the browser-safe core", () => {
  let site: SiteBuild;
  let outDir: string;
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), "skills-subsidy-site-"));
    site = await buildSite({ outDir, quiet: true });
  }, 120_000);
  afterAll(() => {
    if (outDir !== undefined) rmSync(outDir, { recursive: true, force: true });
  });

  test("the site's sources import the core (src/index.ts and src/reform/index.ts), its locale tables, the command line's CSV cell rules, csv-parse's browser build and each other, nothing else", () => {
    const allowed = [/^\.\/[a-z0-9-]+\.js$/, /^\.\.\/src\/index\.js$/, /^\.\.\/src\/reform\/index\.js$/, /^\.\.\/src\/locales\/[a-zA-Z-]+\.js$/, /^\.\.\/src\/cli\/csv\.js$/, /^site-data:law$/, /^csv-parse\/browser\/esm\/sync$/];
    const offenders: string[] = [];
    for (const f of readdirSync("site").filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))) {
      const text = readFileSync(join("site", f), "utf8");
      for (const m of text.matchAll(/^import\s[^;]*?from\s+"([^"]+)"/gms)) {
        const spec = m[1] ?? "";
        if (!allowed.some((re) => re.test(spec))) offenders.push(`${f}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  test("the command line's CSV cell rules that the site reuses import only the text-format module, which imports nothing (no Node API)", () => {
    const imports = (file: string) => [...readFileSync(file, "utf8").matchAll(/^import\s[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1]);
    expect(imports("src/cli/csv.ts")).toEqual(["../text/format.js"]);
    expect(imports("src/text/format.ts")).toEqual([]);
  });

  test("the explorer's bundle takes its packages from the library's own dependencies only", () => {
    const used = packagesOf(site.inputs);
    expect(used.filter((name) => !(name in pkg.dependencies))).toEqual([]);
    // it reads no file of the server, the Node entry or the command line other than csv.ts
    expect(site.inputs.filter((p) => /(^|\/)src\/(server|node)\//.test(p) || (/(^|\/)src\/cli\//.test(p) && !p.endsWith("src/cli/csv.ts")))).toEqual([]);
  });

  test("the core entry, bundled for a browser, still builds with no Node built-in and carries no package (money and civil dates are the library's own, and the zod schemas are on skills-subsidy/schemas and /reform, since issue #16)", async () => {
    const result = await build({ entryPoints: ["src/index.ts"], bundle: true, write: false, platform: "browser", format: "esm", metafile: true, logLevel: "silent" });
    const inputs = Object.keys(result.metafile.inputs);
    expect(packagesOf(inputs)).toEqual([]);
    expect(inputs.filter((p) => p.startsWith("site/") || p.includes("src/server/"))).toEqual([]);
  });

  test("the build writes one page, one style sheet and one script, and the page asks for nothing else", () => {
    expect(readdirSync(outDir).sort()).toEqual(["explorer.js", "index.html", "style.css"]);
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.sort()).toEqual(["explorer.js", "style.css"]);
    // a classic script, not a module: Chromium refuses module scripts from file://
    expect(html).not.toMatch(/type="module"/);
  });
});

describe("a population pasted into the reform page", () => {
  const doc = fixture();
  const claims = doc["claims"]?.length ?? 0;

  test.each([
    ["json", JSON.stringify(doc, null, 2)],
    ["ndjson", toNdjson(doc)],
    ["csv", toCsv(doc)],
  ] as const)("is read from %s (detected) into the same claims document the library parses", (format, text) => {
    expect(detectFormat(text)).toBe(format);
    const read = readPopulation(text, "auto");
    if (!read.ok) throw new Error(read.message.en);
    const parsed = parseClaimsDocument(read.raw);
    if (!parsed.ok) throw new Error("unparsed");
    expect(parsed.value.invalid).toEqual([]);
    expect(parsed.value.document.claims.length).toBe(claims);
  });

  test("a file's extension decides its format before its contents", () => {
    expect(detectFormat('{"type":"claim"}', "claims.csv")).toBe("csv");
    expect(detectFormat("type,id", "claims.ndjson")).toBe("ndjson");
  });

  test("an unknown CSV column is named, in Chinese and English, and nothing is read", () => {
    const read = readPopulation("type,id,colour\ntrainee,P1,red\n", "csv");
    expect(read).toEqual({ ok: false, message: { zh: expect.stringContaining('"colour"') as unknown, en: expect.stringContaining('"colour"') as unknown } });
  });

  test("a CSV row with a cell too many or too few is named by its row", () => {
    const read = readPopulation("type,id\ntrainee,P1\ntrainee,P2,extra\n", "csv");
    expect(read.ok ? "" : read.message.en).toBe("CSV row 3 has 3 cells, the header has 2");
  });

  test("an NDJSON line that is not JSON, or a record of no known type, is named by its line", () => {
    const bad = readPopulation('{"type":"trainee","id":"P1"}\n{oops\n', "ndjson");
    expect(bad.ok ? "" : bad.message.en).toMatch(/^line 2 is not valid JSON/);
    const unknown = readPopulation('{"type":"trainee","id":"P1"}\n{"type":"person","id":"P2"}\n', "ndjson");
    expect(unknown.ok ? "" : unknown.message.zh).toContain("NDJSON #2");
    expect(unknown.ok ? "" : unknown.message.en).toContain('not "person"');
    // names of Object's own members are unknown types too, never a path into the prototype
    for (const type of ["constructor", "__proto__", "toString"]) {
      const r = readPopulation(`{"type":"${type}","id":"P1"}\n{"type":"trainee","id":"P2"}\n`, "ndjson");
      expect(r.ok ? "" : r.message.en, type).toContain(`not "${type}"`);
    }
  });

  test("text that is not JSON is refused with the parser's message, never read as empty", () => {
    const read = readPopulation("{", "json");
    expect(read.ok).toBe(false);
    expect(read.ok ? "" : read.message.zh).toMatch(/^不是有效的 JSON：/);
  });
});

// ---------------------------------------------------------------------------------------------
// The claim form's mapping (site/claim.ts: valuesOf → documentOf → withContext), bundled as the site build bundles it,
// with the site's own data (scripts/build-site.mjs lawData: the worked example, the illustrative catalogue
// fixtures/jiaxing/catalogue-2020.json, the apprenticeship scenario).
type FormValues = Map<string, string | boolean | string[]>;
interface FormModule {
  valuesOf(doc: Doc, claimId: string): FormValues;
  contextOf(doc: Doc, claimId: string): Doc;
  documentOf(values: ReadonlyMap<string, string | boolean | string[]>): Doc;
  withContext(form: Doc, context: Doc): Doc;
  policyFor(id: string, withCatalogue: boolean): Policy;
  EXAMPLES_DATA: { apprenticeship: Doc };
}
let formModule: Promise<FormModule> | undefined;
function form(): Promise<FormModule> {
  formModule ??= (async () => {
    const source = `${readFileSync("site/claim.ts", "utf8")}\nexport { valuesOf, contextOf };\nexport { policyFor } from "./policy.js";\nexport { default as EXAMPLES_DATA } from "site-data:law";\n`;
    const out = await build({
      stdin: { contents: source, resolveDir: resolve("site"), loader: "ts", sourcefile: "claim.ts" },
      bundle: true, format: "esm", platform: "node", write: false, logLevel: "silent",
      plugins: [{ name: "site-data", setup: (b) => { b.onResolve({ filter: /^site-data:law$/ }, () => ({ path: "law", namespace: "site-data" })); b.onLoad({ filter: /.*/, namespace: "site-data" }, () => ({ contents: JSON.stringify(lawData()), loader: "json" })); } }],
    });
    const dir = mkdtempSync(join(tmpdir(), "skills-subsidy-claim-form-"));
    const path = join(dir, "claim-form.mjs");
    writeFileSync(path, out.outputFiles[0]?.text ?? "");
    return (await import(pathToFileURL(path).href)) as FormModule;
  })();
  return formModule;
}

/** outcome:amount:payee:reasons:missing of a decision. */
const line = (d: Decision | undefined) =>
  d === undefined ? "none" : [d.outcome, d.amount ?? "", d.payee ? `${d.payee.kind}:${d.payee.id}` : "-", d.reasons.map((r) => r.code).join("+"), d.missingFacts.join("+")].join(":");
/** The claim decided from a raw document, with the site's policy (the illustrative catalogue where it takes one). */
async function decideRaw(raw: Doc, claimId: string, policy: string): Promise<Decision | undefined> {
  const m = await form();
  const p = parseClaimsDocument(raw);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  expect(p.value.invalid).toEqual([]);
  return evaluateBatch(m.policyFor(policy, true), p.value.document).decisions.find((d) => d.claimId === claimId);
}
/** A claim of `doc` loaded into the form (its values, edited by `edit`) and decided as the form decides it. */
async function throughForm(doc: Doc, claimId: string, policy = "jiaxing-2019", edit: (v: FormValues) => void = () => {}): Promise<Decision | undefined> {
  const m = await form();
  const values = m.valuesOf(doc, claimId);
  edit(values);
  return decideRaw(m.withContext(m.documentOf(values), m.contextOf(doc, claimId)), claimId, policy);
}

const NANHU = "zhejiang.jiaxing.nanhu";
const HEFEI = "anhui.hefei";
const RESIDENCY_FIELDS = ["hukouRegion", "residenceRegion", "hasResidencePermit", "employmentRegion", "unemploymentRegisteredAt"] as const;
/** One trainee with the given residency facts, trained and certified in Nanhu as an electrician 初级工, claiming the training and the appraisal subsidy. */
function residentDoc(residency: Record<string, unknown>): Doc {
  return {
    trainees: [{ id: "P", birthDate: "1990-05-05", statuses: [], ...residency }],
    courses: [{ id: "K", traineeId: "P", kind: "employmentSkills", occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", classHours: 64, startDate: "2020-06-01", endDate: "2020-06-08", attendedDays: 8, region: NANHU }],
    certificates: [{ id: "C", traineeId: "P", courseId: "K", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", issuedOn: "2020-07-01" }],
    claims: [
      { id: "TS", measure: "trainingSubsidy", traineeId: "P", claimant: { kind: "trainee", id: "P" }, courseId: "K", certificateId: "C", submittedOn: "2020-07-15" },
      { id: "AP", measure: "appraisalSubsidy", traineeId: "P", claimant: { kind: "trainee", id: "P" }, certificateId: "C", submittedOn: "2020-07-15" },
    ],
  };
}

describe("the claim form carries every residency basis a record can hold (jx2019 五(十一); gbf2019 §(十二))", () => {
  // jx2019 五(十一): 「对具有当地户籍、当地常住并办有居住证、在当地就业创业或在当地办理失业登记的城乡劳动者提供普惠同等的培训补贴」;
  // the training subsidy is the catalogue row EX-ELEC 初级工 1000.00 (fixtures/jiaxing/catalogue-2020.json, illustrative) and the
  // appraisal subsidy 「补贴标准为初级工、中级工120元」 → 120.00. Each claimant below is local by one basis only (hukou in Hefei otherwise).
  test.each([
    ["a trainee with a Nanhu hukou and nothing else recorded (具有当地户籍)", { hukouRegion: NANHU }],
    ["a worker from Hefei living in Nanhu with a residence permit (当地常住并办有居住证)", { hukouRegion: HEFEI, residenceRegion: NANHU, hasResidencePermit: true }],
    ["a worker from Hefei employed in Nanhu (在当地就业创业)", { hukouRegion: HEFEI, employmentRegion: NANHU }],
    ["a worker from Hefei registered unemployed in Nanhu (在当地办理失业登记)", { hukouRegion: HEFEI, unemploymentRegisteredAt: NANHU, statuses: ["unemployed"] }],
  ] as const)("Jiaxing: %s is paid the training subsidy 1000.00 and the appraisal subsidy 120.00 through the form, as in JSON", async (_who, residency) => {
    const doc = residentDoc(residency);
    for (const [claim, amount] of [["TS", "1000.00"], ["AP", "120.00"]] as const) {
      const viaForm = await throughForm(doc, claim);
      expect(viaForm?.outcome, claim).toBe("granted");
      expect(viaForm?.amount, claim).toBe(amount);
      expect(line(viaForm), claim).toBe(line(await decideRaw(doc, claim, "jiaxing-2019")));
    }
  });

  test("the residency facts are written to the record as the JSON carries them, and a fact not recorded stays absent", async () => {
    const m = await form();
    const full = { hukouRegion: HEFEI, residenceRegion: NANHU, hasResidencePermit: false, employmentRegion: "zhejiang.hangzhou", unemploymentRegisteredAt: NANHU };
    const pick = (t: Record<string, unknown> | undefined) => Object.fromEntries(RESIDENCY_FIELDS.filter((k) => t?.[k] !== undefined).map((k) => [k, t?.[k]]));
    expect(pick(m.documentOf(m.valuesOf(residentDoc(full), "TS"))["trainees"]?.[0])).toEqual(full);
    expect(pick(m.documentOf(m.valuesOf(residentDoc({ hukouRegion: HEFEI, residenceRegion: NANHU }), "TS"))["trainees"]?.[0])).toEqual({ hukouRegion: HEFEI, residenceRegion: NANHU });
    // the form's own controls: the permit is yes / no / not recorded
    const values = m.valuesOf(residentDoc({ hukouRegion: HEFEI, residenceRegion: NANHU, hasResidencePermit: true }), "TS");
    expect([values.get("trainee.residenceRegion"), values.get("trainee.hasResidencePermit"), values.get("trainee.unemploymentRegisteredAt")]).toEqual([NANHU, "true", ""]);
  });

  // Either side of 「当地常住并办有居住证」 in the form, for a worker whose hukou, employment and unemployment registration are all
  // in Hefei (so the residence is the only basis that can hold): living in Nanhu with the permit recorded yes, no or not at
  // all; living in Hangzhou (outside Jiaxing) with a permit.
  test.each([
    ["living in Nanhu, permit yes: paid 1000.00", NANHU, "true", "granted:1000.00:trainee:P:"],
    ["living in Nanhu, permit no: no basis, refused", NANHU, "false", "denied:0.00:-:no_residency_basis:"],
    ["living in Nanhu, permit not recorded: held, asking for trainee.hasResidencePermit", NANHU, "", "undecidable::-:residency_unknown:trainee.hasResidencePermit"],
    ["living in Hangzhou with a permit: not local, refused", "zhejiang.hangzhou", "true", "denied:0.00:-:no_residency_basis:"],
  ] as const)("Jiaxing, a worker from Hefei typed into the form %s", async (_case, residence, permit, expected) => {
    const d = await throughForm(residentDoc({ hukouRegion: HEFEI, employmentRegion: HEFEI, unemploymentRegisteredAt: HEFEI }), "TS", "jiaxing-2019", (v) => {
      v.set("trainee.residenceRegion", residence);
      v.set("trainee.hasResidencePermit", permit);
    });
    expect(line(d).startsWith(expected), line(d)).toBe(true);
  });

  // gbf2019 §(十二): 「在户籍地、常住地、求职就业地参加培训」 — the national 常住地 needs no permit; registering unemployed is
  // registering to seek work (reading job-seeking-place). Each claimant is a 下岗失业人员 (gbf2019 §(十一)'s plain group), local
  // by one basis only. The form prices no national training subsidy (no catalogue: cold audit 7 F5), so the claim waits for
  // the standard alone (no_local_standard); what the form must get right is the residency check (eligibility.residency),
  // which passes on the one basis typed, and with that field cleared in the form asks for the bases again.
  test.each([
    ["an unemployed trainee with a Nanhu hukou (户籍地)", { hukouRegion: NANHU }, "hukouRegion"],
    ["an unemployed worker from Hefei living in Nanhu, no residence permit (常住地)", { hukouRegion: HEFEI, residenceRegion: NANHU, hasResidencePermit: false }, "residenceRegion"],
    ["an unemployed worker from Hefei who last worked in Nanhu (求职就业地)", { hukouRegion: HEFEI, employmentRegion: NANHU }, "employmentRegion"],
    ["a worker from Hefei registered unemployed in Nanhu (求职就业地, reading job-seeking-place)", { hukouRegion: HEFEI, unemploymentRegisteredAt: NANHU }, "unemploymentRegisteredAt"],
  ] as const)("national: %s is local through the form, as in JSON", async (_who, residency, basis) => {
    const doc = residentDoc({ ...residency, statuses: ["unemployed"] });
    const viaForm = await throughForm(doc, "TS", "national");
    expect(viaForm?.trace?.find((step) => step.rule === "eligibility.residency")?.result).toBe(true);
    expect(line(viaForm)).toBe("undecidable::-:no_local_standard:parameter trainingSubsidy.catalogue");
    expect(line(viaForm)).toBe(line(await decideRaw(doc, "TS", "national")));
    // the field cleared: no basis known (hukou Hefei is outside), the residency check is unknown again, naming the field
    const cleared = await throughForm(doc, "TS", "national", (v) => v.set(`trainee.${basis}`, ""));
    expect(cleared?.reasons.map((r) => r.code)).toEqual(["residency_unknown", "no_local_standard"]);
    expect(cleared?.missingFacts).toContain(`trainee.${basis}`);
  });
});

describe("the claim form carries the student apprentice's monthly internship allowance (jx2019 三(一)二; reading student-apprentice-amount)", () => {
  // 「学生学徒补贴金额一般可按学徒月实习津贴标准确定，每人每年不高于3000元」: one month's allowance for the year, at most 3000.
  // The apprenticeship example (J-1: E-1, insured in Haining, a full year 2020-01-01 .. 2020-12-31) turned into a student
  // apprenticeship in the form: the employee standard cleared, the allowance typed.
  test.each([
    ["2999.99, under the 3000 cap, is paid as the year's amount", "2999.99", "granted:2999.99:enterprise:E-1"],
    ["3000.00, at the cap, is paid in full", "3000.00", "granted:3000.00:enterprise:E-1"],
    ["3000.01, over the cap, is paid 3000.00", "3000.01", "granted:3000.00:enterprise:E-1"],
    ["left blank holds the claim, asking for it", "", "undecidable::-:apprenticeship_standard_unknown:apprenticeship.monthlyInternshipAllowance"],
  ] as const)("a student apprentice's monthly internship allowance typed into the form: %s", async (_case, allowance, expected) => {
    const m = await form();
    const d = await throughForm(m.EXAMPLES_DATA.apprenticeship, "J-1", "jiaxing-2019", (v) => {
      v.set("apprenticeship.kind", "student");
      v.set("apprenticeship.annualStandard", "");
      v.set("apprenticeship.monthlyInternshipAllowance", allowance);
    });
    expect(line(d).startsWith(expected), line(d)).toBe(true);
  });

  test("a student apprenticeship loaded from JSON keeps its allowance: 2750.00 (≤ 3000) paid as the JSON pays it", async () => {
    const m = await form();
    const doc = structuredClone(m.EXAMPLES_DATA.apprenticeship);
    const a = doc["apprenticeships"]?.[0] ?? {};
    a["kind"] = "student";
    delete a["annualStandard"];
    a["monthlyInternshipAllowance"] = "2750.00";
    expect(m.valuesOf(doc, "J-1").get("apprenticeship.monthlyInternshipAllowance")).toBe("2750.00");
    const viaForm = await throughForm(doc, "J-1");
    expect([viaForm?.outcome, viaForm?.amount]).toEqual(["granted", "2750.00"]);
    expect(line(viaForm)).toBe(line(await decideRaw(doc, "J-1", "jiaxing-2019")));
  });
});
