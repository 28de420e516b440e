/**
 * Cold review 110: the public API given what it does not take — every export of every entry point (skills-subsidy,
 * /jurisdictions, /reform, /reports, /schemas, /node, /server, /server/fetch) called as a plain-JavaScript caller gets it
 * wrong: arguments swapped, null where an object goes, raw JSON where a parsed value goes, a string where a list goes, a
 * date that does not exist, a number where an amount goes, an unknown option key, NaN. Controls are `it`; findings are
 * `it.fails`, asserting what is right (each was run once as `it` and failed at its own assertion).
 *
 * MENDED: F6 (lead: evaluateClaim reads its records with their parsers and checks the ids the claim names, src/arguments.ts).
 * MENDED: F2, F3, F4, F5, F10, F11 (mendB110; F11's quartersOverlapping, in src/reports, by the lead on 2026-12-08)
 *
 * HEAD 3872bf2. Ran: `npm run build`; a throw-away harness calling every exported function and constructor of dist/index.js,
 * dist/node.js, dist/reform.js and dist/schemas.js with 15 bad values at arity 1–3 (reporting any throw that is not a
 * SkillsSubsidyError); by hand the date and money helpers, the ledger, clawback, the catalogue, the education fund,
 * parameters, reforms, reports, trace tables, scenario runners, createHandler's options; `node dist/cli.js <each
 * subcommand>` with bad values (all usage errors, exit 2, bilingual, no stack: the CLI held). Not re-reported: the checks
 * the lead has just added (uncommitted, /tmp/arguments.ts) of evaluateClaim / evaluateBatch / decideBatch / compare's
 * policy, document, options and input shapes.
 *
 * MENDED: F1 (mendA110)
 * MENDED: F8 (mendA110)
 * MENDED: F9 (mendA110)
 * MENDED: F13 (mendA110)
 * MENDED: F14 (mendA110)
 * MENDED: F7 in part (mendA110): the layer's keys, level and region form; the override values too since 2026-12-08 (the lead:
 *   each value read against its parameter's value shape without zod, src/provisions/shapeCheck.ts, at defineParameter and
 *   buildPolicy); region names are still checked by form only
 * MENDED: F12 in part (mendA110): withJiaxingCatalogue/withCatalogue, reformAll, reform, progressReport, parsePeriod, reportHtml, createHandler, explainReason, recordJsonSchema, lazyPolicy, policiesOf (the array mendedA110)
 *
 * Findings — money or decisions moved silently first, then crashes, then messages.
 * F1 (money) withCatalogue / withJiaxingCatalogue take an edition parseSubsidyCatalogue refuses: a "-1000.00" standard
 *    denies WX-1 0.00 (owed 1300.00), a level "Junior" denies it, a standard 1000.005 pays WX-4 1300.01 (owed 1560.00).
 *    createHandler checks each edition with parseSubsidyCatalogue (src/server/handler.ts:423-430); the library function
 *    does not (src/provisions/trainingSubsidy/subsidyCatalogue.ts:219). Mend: the same check in withCatalogue, throwing
 *    invalid_argument naming `catalogue[i].entries[j].standard`.
 * F2 (money) Ledger.from / with / growing keep grants parseGrant refuses (src/core/ledger.ts:463 "already validated
 *    records"): a ledger grant read from JSON with level "Intermediate", measure "appraisal" or traineeId 1 counts for
 *    nothing and the appraisal is paid 120.00 a second time; amount "-1000" makes clawback's total "-1000.00".
 *    Mend: validate each grant as parseGrant does (invalid_argument naming `grants[i].level`).
 * F3 (money) clawback(ledger, "CL-7") — one id where the list goes — recovers nothing: total "0.00", unpaidClaims
 *    ["-","7","C","L"] (a string is iterated by characters); [7] (a number) likewise. src/jurisdictions/clawback.ts:55.
 *    Mend: invalid_argument unless an array of strings.
 * F4 (money) educationFund checks the figures but not the rates (src/provisions/educationFund/educationFund.ts:94): a
 *    deductionLimit of 8 (per cent written for a fraction) makes the deduction limit 1600000.00; "60" for 0.60 requires
 *    600000.00 of front-line spend; "-0.08" a limit of -16000.00. Mend: rates must be fractions 0–1 (invalid_argument).
 * F5 (decisions) resolveParameter, listParameters and educationFundUnder take any date: "2021-02-29", "2020-13-01",
 *    "2020-6-1" get the value in force (50.00) as of a day that does not exist; a Date, 20200601 or null answer "not in
 *    force" (no_values). src/core/decision.ts:460, src/reform/parameters.ts:57. Mend: isCivilDate, invalid_argument.
 * F6 (money) evaluateClaim reads its records as given (the lead's new check takes any object as a record): a course of
 *    7 days with attendedDays 70 pays 3500.00 (parseCourse: attended_days_exceed_span), 7.5 pays 375.00, endDate
 *    "2020-3-8" denies judged_before_basis; a claim naming course C9 is paid on course C1's days. src/engine.ts:227.
 *    Mend: run the record validators on a ClaimInput's records (or refuse records not from the parsers), and check that
 *    the claim's courseId/certificateId are the ids of the records given.
 * F7 (money) A city layer's values are not read against the parameter's value shape, as reform() reads a patch's
 *    (src/core/layer.ts:228-266, 556): replaceParameter "-60.00" or capParameter "-5" or topUpParameter "-500" deny the
 *    living allowance 0.00 nothing_to_pay; "1.005" pays 7.04 for 7 days; defineLayer drops a misspelt
 *    `paramOverrides` (the 60.00 is not applied: 350.00 paid) and takes level "bogus", region "nowhere".
 *    Mend: in defineLayer/buildPolicy, parse each override value with valueSchemaOf(target) and refuse unknown keys,
 *    levels and regions (invalid_parameter naming layer, parameter and values[i]).
 * F8 (report) progressReport takes a hand-made period unchecked: start "2020-7-1" counts 0 trained, spend 0.00 (owed 7,
 *    5603.33); an option `targetSet` (for targetSets) silently drops every target. src/reports/progress.ts:414.
 *    Mend: check period (civil dates, start ≤ end) and refuse unknown option keys.
 * F9 (decisions) createHandler takes `catalogue` (for `catalogues`) silently: WX-1 and WX-4 held (null) instead of
 *    1300.00/1560.00; limits NaN switch maxBodyBytes/maxClaims/timeLimitMs off; `maxClaim` is ignored.
 *    src/server/handler.ts:411-412. Mend: refuse unknown keys and limits that are not whole numbers ≥ 1.
 * F10 (money) toYuan(1.005) → "1.00", toYuan(2.675) → "2.67" (the amount rounds half-up to "1.01"/"2.68"), toYuan(NaN) →
 *    "NaN": a number is rounded by Number#toFixed. src/core/money.ts:416. Mend: toYuan(amount(value)) or a check.
 * F11 (dates) the date helpers take what is no date: addDays(d, NaN) → "0NaN-NaN-NaN", addDays("9999-12-31", 1) →
 *    "10000-01-01"; compareDates(new Date("2020-06-01"), "2020-06-01") → 0 (equal); isWithin of a non-date → false;
 *    yearOf(" 2020-06-01") → 202; quartersOverlapping("2020-6-1", …) → []. src/core/date.ts:111-199, period.ts:98.
 *    Mend: assert integer days/months and a 4-digit result; check dates in compareDates/isWithin/yearOf.
 * F12 (crashes) A TypeError, not a SkillsSubsidyError, from ~70 exports given null or a wrong shape; the ones a caller
 *    meets: toYuan("1.5"), reformAll(policy, onePatch), progressReport(doc, "2020Q3") or (doc, parsePeriod(…)),
 *    withJiaxingCatalogue(policy, catalogue), withCatalogue(policy, catalogue) (no source), Ledger.from(null),
 *    ledger.inYear(id, 2020, ["trainingSubsidy"]), clawback(grants[], ids), clawback(l, ids, null), parsePeriod(x, null),
 *    reportHtml(report, null), createHandler(null), explainReason({ code: "nope" }), listParameters(date, policy),
 *    rulesReading(p, id, null), yearOf(new Date()), writtenDecision(d, {}), provisionCoverage(null),
 *    recordJsonSchema("Trainee") (a zod TypeError), lazyPolicy(null)(), policiesOf({ x: {} }). The building-block checks
 *    (ageCeilingCheck, annualCapCheck, residencyBases, hasStatus, … about 50) do the same given null.
 *    Mend: arguments.ts-style checks at each export a caller is told to use.
 * F13 (crashes) scenarioPaths / runScenarioFiles / scenarioTests("dir") iterate the string: a raw Node ENOENT "stat 'f'";
 *    a path that does not exist is a raw ENOENT (readTextFile says file_unreadable); a folder with no scenario file gives
 *    no tests, silently (a test suite passes having run nothing). src/node/index.ts:141. Mend: check paths is an array,
 *    file_unreadable for a missing path, and refuse a path that yields no scenario.
 * F14 (messages) parseClaimsDocument(JSON text) → path [], "无效输入 / invalid input" (parseTrainee says "expected object,
 *    received string"); the document parseClaimsDocument returned, given back → "trainees: invalid input" ×5;
 *    reformAll(policy, []) → "invalid input"; withJiaxingCatalogue(parseSubsidyCatalogue(raw)) (the Result) → "every
 *    edition, , takes effect on or after 2022-01-01"; explainReason of a reason without its facts writes "（undefined）";
 *    cite("nope", "x") → document "nop". The service answers a body [] / null / 5 / a JSON string with the same bare
 *    "invalid input" (it calls parseClaimsDocument). Mend: name what was expected and what came.
 *
 * Held (controls below, or checked by hand): the command line (each subcommand's bad dates, numbers, enums, files: exit
 * 2, both languages, no stack); the service's query parameters (on, trace, order, lang, policy=__proto__, repeated keys)
 * and bodies of the wrong shape (400, never 500); reform()/reformAll() patches (issues, never a throw); every parse*
 * function (a Result for null, strings, Dates, arrays); amount() ("abc", NaN, Infinity, "0x10", "１００" refused);
 * educationFund's figures; civilDate/addDays/addMonths/daysBetween of a date that does not exist; readTextFile /
 * readDataFile / readPatchFile of a bad path (file_unreadable); rebuildDecision of wrong tables; createHandler's
 * catalogues (parsed, naming the field); share(NaN, …).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Certificate, Claim, Course, SubsidyCatalogue, Trainee } from "../src/index.js";
import {
  addDays,
  amount,
  buildPolicy,
  capParameter,
  catalogueSourceFor,
  cite,
  clawback,
  compareDates,
  defineLayer,
  educationFund,
  educationFundUnder,
  evaluateBatch,
  evaluateClaim,
  explainReason,
  isWithin,
  jiaxingPolicy,
  jiaxingReportReference,
  lazyPolicy,
  Ledger,
  livingAllowanceDailyRate,
  nationalFrameworksPolicy,
  parseCertificate,
  parseClaim,
  parseClaimsDocument,
  parseCourse,
  parseGrant,
  parsePeriod,
  parseProgressDocument,
  parseSubsidyCatalogue,
  parseTrainee,
  policiesOf,
  progressReport,
  quartersOverlapping,
  replaceParameter,
  reportHtml,
  resolveParameter,
  SkillsSubsidyError,
  toYuan,
  topUpParameter,
  withCatalogue,
  withJiaxingCatalogue,
  yearOf,
} from "../src/index.js";
import { runScenarioFiles, scenarioPaths, scenarioTests } from "../src/node/index.js";
import { listParameters, reform, reformAll } from "../src/reform/index.js";
import { recordJsonSchema } from "../src/schemas/index.js";
import { createHandler } from "../src/server/index.js";

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), "utf8"));
function must<T>(r: { ok: true; value: T } | { ok: false; issues: readonly unknown[] }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
/** What `run` does: its value, or the class and code of what it threw. */
function outcome(run: () => unknown): { value?: unknown; threw?: string; code?: string; messages?: { zh: string; en: string } } {
  try {
    return { value: run() };
  } catch (e) {
    const error = e as { constructor: { name: string }; code?: string; messages?: { zh: string; en: string } };
    return { threw: error.constructor.name, ...(error.code === undefined ? {} : { code: error.code }), ...(error.messages === undefined ? {} : { messages: error.messages }) };
  }
}
/** The error `run` throws, which must be a SkillsSubsidyError invalid_argument with both messages. */
function expectInvalidArgument(run: () => unknown): SkillsSubsidyError {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(SkillsSubsidyError);
  const e = error as SkillsSubsidyError;
  expect(e.code).toBe("invalid_argument");
  expect(e.messages.zh).not.toBe("");
  expect(e.messages.en).not.toBe("");
  return e;
}
const any = (v: unknown) => v as never;

const RAW_CATALOGUE = json("fixtures/jiaxing/catalogue-2020.json") as SubsidyCatalogue & { entries: Record<string, unknown>[] };
const CATALOGUE = must(parseSubsidyCatalogue(RAW_CATALOGUE));
const SHOWCASE = must(parseClaimsDocument(json("fixtures/jiaxing/showcase.json"))).document;
const amounts = (catalogue: unknown): Record<string, string | null> =>
  Object.fromEntries(evaluateBatch(withJiaxingCatalogue(any(catalogue)), SHOWCASE).decisions.filter((d) => d.claimId.startsWith("WX-")).map((d) => [d.claimId, d.amount]));
const OWED = { "WX-1": "1300.00", "WX-2": "400.00", "WX-3": "120.00", "WX-4": "1560.00" };

describe("F1 a catalogue edition the parser refuses prices claims", () => {
  it("control: the parsed edition and the same JSON unparsed price the showcase alike (WX-1 1300.00, WX-4 1560.00)", () => {
    expect(amounts(CATALOGUE)).toEqual(OWED);
    expect(amounts(RAW_CATALOGUE)).toEqual(OWED);
  });
  it("control: parseSubsidyCatalogue refuses a negative standard, a level Junior and a standard 1000.005", () => {
    expect(parseSubsidyCatalogue({ ...RAW_CATALOGUE, entries: RAW_CATALOGUE.entries.map((e) => ({ ...e, standard: "-1000.00" })) }).ok).toBe(false);
    expect(parseSubsidyCatalogue({ ...RAW_CATALOGUE, entries: RAW_CATALOGUE.entries.map((e) => ({ ...e, level: e["level"] === "junior" ? "Junior" : e["level"] })) }).ok).toBe(false);
    expect(parseSubsidyCatalogue({ ...RAW_CATALOGUE, entries: RAW_CATALOGUE.entries.map((e) => ({ ...e, standard: 1000.005 })) }).ok).toBe(false);
  });
  it("control: createHandler refuses the negative standard, naming catalogues.jiaxing-2019.entries.0.standard", () => {
    const e = expectInvalidArgument(() => createHandler({ catalogues: { "jiaxing-2019": any({ ...RAW_CATALOGUE, entries: RAW_CATALOGUE.entries.map((x) => ({ ...x, standard: "-1" })) }) } }));
    expect(e.facts["argument"]).toBe("catalogues.jiaxing-2019.entries.0.standard");
  });
  // Mended (mendA110, withCatalogue parses each edition): an edition parseSubsidyCatalogue refuses is invalid_argument naming catalogue[i].entries[j].<field>.
  it("withJiaxingCatalogue refuses a standard of -1000.00 (it denies WX-1 0.00, owed 1300.00)", () => {
    expectInvalidArgument(() => amounts({ ...RAW_CATALOGUE, entries: RAW_CATALOGUE.entries.map((e) => ({ ...e, standard: "-1000.00" })) }));
  });
  // Mended (mendA110, withCatalogue parses each edition): an edition parseSubsidyCatalogue refuses is invalid_argument naming catalogue[i].entries[j].<field>.
  it("withJiaxingCatalogue refuses level \"Junior\" (it denies WX-1 0.00)", () => {
    expectInvalidArgument(() => amounts({ ...RAW_CATALOGUE, entries: RAW_CATALOGUE.entries.map((e) => ({ ...e, level: e["level"] === "junior" ? "Junior" : e["level"] })) }));
  });
  // Mended (mendA110, withCatalogue parses each edition): an edition parseSubsidyCatalogue refuses is invalid_argument naming catalogue[i].entries[j].<field>.
  it("withCatalogue refuses a standard of 1000.005 yuan (it pays WX-4 1300.01, owed 1560.00)", () => {
    const bad = { ...RAW_CATALOGUE, entries: RAW_CATALOGUE.entries.map((e) => ({ ...e, standard: 1000.005 })) };
    expectInvalidArgument(() => withCatalogue(jiaxingPolicy(), any(bad), catalogueSourceFor(jiaxingPolicy())));
  });
});

const RAW_GRANT = { id: "G1", claimId: "OLD-1", traineeId: "P1", measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", payee: { kind: "trainee", id: "P1" }, amount: "120.00", basisDate: "2020-05-01", occupationCode: "6-29-01-01", level: "intermediate" };
const T: Trainee = must(parseTrainee({ id: "P1", birthDate: "1995-05-01", statuses: [], hukouRegion: "zhejiang.jiaxing.nanhu" }));
const APPRAISAL: Claim = must(parseClaim({ id: "CL2", measure: "appraisalSubsidy", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, submittedOn: "2020-08-01", certificateId: "K1" }));
const K1: Certificate = must(parseCertificate({ id: "K1", traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "6-29-01-01", name: "电工" }, level: "intermediate", issuedOn: "2020-07-15" }));
const appraisal = (ledger: Ledger) => evaluateClaim(jiaxingPolicy(), { claim: APPRAISAL, trainee: T, certificate: K1, ledger });

describe("F2 a ledger of grants the parser refuses", () => {
  it("control: the earlier appraisal of 电工 intermediate, parsed or as JSON, denies the second (appraisal_already_granted)", () => {
    expect(appraisal(Ledger.empty).amount).toBe("120.00");
    expect(appraisal(Ledger.from([must(parseGrant(RAW_GRANT))])).amount).toBe("0.00");
    expect(appraisal(Ledger.from([RAW_GRANT as never])).reasons.map((r) => r.code)).toContain("appraisal_already_granted");
  });
  it.each([
    ["level", { level: "Intermediate" }],
    ["measure", { measure: "appraisal" }],
    ["traineeId", { traineeId: 1 }],
  ])("control: parseGrant refuses the grant with a bad %s", (_field, over) => {
    expect(parseGrant({ ...RAW_GRANT, ...over }).ok).toBe(false);
  });
  // Mended (mendB110, Ledger.from / with / growing check each grant with parseGrant's validator): invalid_argument naming grants[i].<field>.
  it.each([
    ["level", { level: "Intermediate" }],
    ["measure", { measure: "appraisal" }],
    ["traineeId", { traineeId: 1 }],
  ])("Ledger.from refuses a grant whose %s parseGrant refuses (it is kept, counts for nothing, and the appraisal is paid 120.00 again)", (field, over) => {
    const e = expectInvalidArgument(() => appraisal(Ledger.from([{ ...RAW_GRANT, ...over } as never])));
    expect(JSON.stringify(e.facts)).toContain(field);
  });
  // Mended (mendB110, Ledger.from checks each grant with parseGrant's validator): grants[0].amount invalid_argument.
  it("Ledger.from refuses a grant of -1000 yuan (clawback's total is \"-1000.00\")", () => {
    expectInvalidArgument(() => clawback(Ledger.from([{ ...RAW_GRANT, claimId: "CL-7", amount: "-1000" } as never]), ["CL-7"]));
  });
});

describe("F3 clawback given one claim id where the list goes", () => {
  const ledger = Ledger.from([must(parseGrant({ ...RAW_GRANT, id: "G7", claimId: "CL-7", amount: "1000.00" }))]);
  it("control: clawback(ledger, [\"CL-7\"]) recovers 1000.00", () => {
    expect(clawback(ledger, ["CL-7"]).total).toBe("1000.00");
  });
  // Mended (mendB110, clawback checks falseClaimIds is an array of strings): invalid_argument naming falseClaimIds.
  it("clawback(ledger, \"CL-7\") is an invalid_argument naming falseClaimIds (it recovers 0.00 and lists the characters as unpaid claims)", () => {
    const e = expectInvalidArgument(() => clawback(ledger, any("CL-7")));
    expect(e.facts["argument"]).toBe("falseClaimIds");
  });
  // Mended (mendB110, clawback checks each id is a string): invalid_argument naming falseClaimIds[0].
  it("clawback(ledger, [7]) is an invalid_argument (a number is not a claim id; it recovers 0.00)", () => {
    expectInvalidArgument(() => clawback(ledger, any([7])));
  });
});

describe("F4 the education-fund rates", () => {
  const figures = { fund: "10000", frontLineSpend: "6000", totalWages: "200000" };
  it("control: the figures are checked: fund \"1e4\" is an invalid_argument naming fund", () => {
    expect(expectInvalidArgument(() => educationFund({ ...figures, fund: "1e4" }, { frontLineShare: "0.60", deductionLimit: "0.08" })).facts["argument"]).toBe("fund");
  });
  it("control: with 0.60 and 0.08 the deduction limit is 16000.00", () => {
    expect(educationFund(figures, { frontLineShare: "0.60", deductionLimit: "0.08" }).deductionLimit).toBe("16000.00");
  });
  // Mended (mendB110, educationFund checks each rate is a share 0–1 as a string, the reform's share rule): invalid_argument naming rates.<rate>.
  it.each([
    ["deductionLimit 8 (per cent written for a fraction: limit 1600000.00)", { frontLineShare: "0.60", deductionLimit: 8 }],
    ["frontLineShare \"60\" (required front-line spend 600000.00)", { frontLineShare: "60", deductionLimit: "0.08" }],
    ["deductionLimit \"-0.08\" (limit -16000.00)", { frontLineShare: "0.60", deductionLimit: "-0.08" }],
  ])("educationFund refuses %s", (_what, rates) => {
    expectInvalidArgument(() => educationFund(figures, any(rates)));
  });
});

describe("F5 a parameter's value on a date that is no date", () => {
  const P = jiaxingPolicy();
  it("control: livingAllowance.dailyRate is 50.00 on 2020-06-01", () => {
    expect(resolveParameter(P, livingAllowanceDailyRate, "2020-06-01" as never)).toMatchObject({ value: "50.00" });
  });
  // Mended (mendB110, resolveParameter checks its date with isCivilDate at the public entry; the engine calls resolveParameterOn): invalid_argument naming date.
  it.each(["2021-02-29", "2020-13-01", "2020-6-1"])("resolveParameter refuses %s (it answers 50.00)", (on) => {
    expectInvalidArgument(() => resolveParameter(P, livingAllowanceDailyRate, any(on)));
  });
  // Mended (mendB110, listParameters checks on with isCivilDate): invalid_argument naming on.
  it.each([["a Date", new Date("2020-06-01")], ["the number 20200601", 20200601], ["null", null]])("listParameters refuses %s as its date (it answers not in force, no_values)", (_what, on) => {
    expectInvalidArgument(() => listParameters(P, any(on)));
  });
  // Mended (mendB110, educationFundUnder checks on with isCivilDate): invalid_argument naming on.
  it("educationFundUnder refuses 2025-13-31 (it answers as on a real day)", () => {
    expectInvalidArgument(() => educationFundUnder(nationalFrameworksPolicy(), any("2025-13-31"), { fund: "10000", frontLineSpend: "6000", totalWages: "200000" }));
  });
});

const RAW_COURSE = { id: "C1", traineeId: "P1", kind: "employmentSkills", occupation: { code: "4-10-01-01", name: "养老护理员" }, classHours: 56, startDate: "2020-03-02", endDate: "2020-03-08", attendedDays: 7, region: "zhejiang.jiaxing.nanhu" };
const LIVING: Claim = must(parseClaim({ id: "CL1", measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, submittedOn: "2020-08-01", courseId: "C1" }));
const POOR: Trainee = must(parseTrainee({ id: "P1", birthDate: "1995-05-01", statuses: ["employmentDifficulty"], hukouRegion: "zhejiang.jiaxing.nanhu" }));
const living = (course: unknown, claim: Claim = LIVING, policy = jiaxingPolicy()) => evaluateClaim(policy, { claim, trainee: POOR, course: course as Course, ledger: Ledger.empty });

describe("F6 evaluateClaim reads its records as given", () => {
  it("control: 7 attended days at 50.00 pay 350.00", () => {
    expect(living(must(parseCourse(RAW_COURSE))).amount).toBe("350.00");
  });
  it("control: parseCourse refuses attendedDays 70 of a 7-day course, and 7.5", () => {
    expect(parseCourse({ ...RAW_COURSE, attendedDays: 70 }).ok).toBe(false);
    expect(parseCourse({ ...RAW_COURSE, attendedDays: 7.5 }).ok).toBe(false);
  });
  it("control: a course of another trainee is denied (course_not_of_trainee)", () => {
    expect(living({ ...RAW_COURSE, traineeId: "P2" }).reasons.map((r) => r.code)).toContain("course_not_of_trainee");
  });
  // Mended (lead, evaluateClaim reads each record of its input with its parser, src/arguments.ts checkClaimRecords): each is
  // an invalid_argument naming the field (input.course.attendedDays, input.course.endDate).
  it.each([
    ["attendedDays 70 of a 7-day course (pays 3500.00)", { attendedDays: 70 }],
    ["attendedDays 7.5 (pays 375.00)", { attendedDays: 7.5 }],
    ["endDate \"2020-3-8\" (denied judged_before_basis)", { endDate: "2020-3-8" }],
  ])("evaluateClaim refuses a course with %s", (_what, over) => {
    expectInvalidArgument(() => living({ ...RAW_COURSE, ...over }));
  });
  // Mended (lead, checkClaimRecords): input.course.id must be the claim's courseId — an invalid_argument naming input.course.id.
  it("a claim naming course C9 is not paid on course C1's days (it is paid 350.00)", () => {
    const other = must(parseClaim({ id: "CL1", measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, submittedOn: "2020-08-01", courseId: "C9" }));
    const r = outcome(() => living(must(parseCourse(RAW_COURSE)), other));
    expect(r.threw === "SkillsSubsidyError" || (r.value as { amount: string | null }).amount !== "350.00").toBe(true);
  });
});

describe("F7 a city layer's parameter values are not read against the parameter's value shape", () => {
  const P = jiaxingPolicy();
  const top = P.layers.at(-1)!;
  const citation = cite("jx2019.living-allowance", "四(三)四");
  const layer = (override: ReturnType<typeof replaceParameter>, extra: Record<string, unknown> = {}) =>
    defineLayer(any({ id: "my.layer", level: "reform", region: null, scope: top.scope, label: { zh: "我的", en: "mine" }, documents: [], parameterOverrides: [override], ...extra }));
  const replace = (value: unknown) => replaceParameter(livingAllowanceDailyRate, { label: { zh: "x", en: "x" }, citation, values: [{ from: "2020-01-01", value: any(value) }], lastVerifiedOn: "2020-01-01" });
  const paid = (override: ReturnType<typeof replaceParameter>) => living(must(parseCourse(RAW_COURSE)), LIVING, buildPolicy({ id: "x", label: { zh: "x", en: "x" }, layers: [...P.layers, layer(override)] })).amount;
  it("control: a replacement of 60.00 pays 7 days 420.00", () => {
    expect(paid(replace("60.00"))).toBe("420.00");
  });
  it("control: reform() refuses -5.00 for the rate (changes.0.value invalid_amount)", () => {
    const r = reform(P, { id: "neg", label: { zh: "x", en: "x" }, changes: [{ parameter: "livingAllowance.dailyRate", from: "2020-01-01", value: "-5.00" }] });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["invalid_amount"]);
  });
  it("control: a replacement from 2021-02-29 is refused (invalid_parameter)", () => {
    expect(outcome(() => buildPolicy({ id: "x", label: { zh: "x", en: "x" }, layers: [...P.layers, layer(replaceParameter(livingAllowanceDailyRate, { label: { zh: "x", en: "x" }, citation, values: [{ from: "2021-02-29", value: "60.00" }], lastVerifiedOn: "2020-01-01" }))] })).code).toBe("invalid_parameter");
  });
  // Mended 2026-12-08 (the lead: buildPolicy reads each override value against the parameter's value shape, shapeIssue in
  // src/provisions/shapeCheck.ts, invalid_parameter naming the layer, the parameter and values[i].value). Now it.each(...).
  it.each([
    ["replaceParameter \"-60.00\" (denied 0.00 nothing_to_pay)", () => replace("-60.00")],
    ["replaceParameter \"1.005\" (pays 7.04)", () => replace("1.005")],
    ["capParameter \"-5\" (denied 0.00)", () => capParameter(livingAllowanceDailyRate, { label: { zh: "x", en: "x" }, citation, values: [{ from: "2020-01-01", value: "-5" }], lastVerifiedOn: "2020-01-01" })],
    ["topUpParameter \"-500\" (denied 0.00)", () => topUpParameter(livingAllowanceDailyRate, { label: { zh: "x", en: "x" }, citation, values: [{ from: "2020-01-01", value: "-500" }], lastVerifiedOn: "2020-01-01" })],
  ])("a layer with %s is refused when the policy is built", (_what, make) => {
    expect(outcome(() => paid(make())).threw).toBe("SkillsSubsidyError");
  });
  // Mended (mendA110, defineLayer and buildPolicy refuse a key a layer does not have: invalid_argument naming layer my.layer and paramOverrides).
  it("defineLayer refuses the key paramOverrides (for parameterOverrides; the 60.00 is silently not applied: 350.00 paid)", () => {
    // (adjusted: defineLayer itself now refuses the key, so it is called inside outcome too)
    expect(
      outcome(() => {
        const bad = defineLayer(any({ id: "my.layer", level: "reform", region: null, scope: top.scope, label: { zh: "我的", en: "mine" }, documents: [], paramOverrides: [replace("60.00")] }));
        return living(must(parseCourse(RAW_COURSE)), LIVING, buildPolicy({ id: "x", label: { zh: "x", en: "x" }, layers: [...P.layers, bad] })).amount;
      }).threw,
    ).toBe("SkillsSubsidyError");
  });
  // Mended (mendA110, a level not of LEVELS is invalid_argument naming level; a region is checked as a region id (lower-case dotted segments), not against a list of regions — core is city-free, so "nowhere" alone would pass).
  it("defineLayer refuses level \"bogus\" and region \"nowhere\"", () => {
    expect(outcome(() => defineLayer(any({ id: "a", level: "bogus", region: "nowhere", label: { zh: "x", en: "x" }, documents: [] }))).threw).toBe("SkillsSubsidyError");
  });
});

describe("F8 progressReport given a hand-made period or a misspelt option", () => {
  const doc = must(parseProgressDocument(json("fixtures/jiaxing/ledger-2020.json")));
  const q3 = must(parsePeriod("2020Q3"));
  it("control: 2020Q3 counts 7 trained, 5603.33 spent, 10 targets", () => {
    const r = progressReport(doc, q3, jiaxingReportReference);
    expect([r.counts.trained, r.spend.total, r.targets.length]).toEqual([7, "5603.33", 10]);
  });
  // Mended (mendA110, progressReport checks its period and options): invalid_argument naming period.start / period.end / options.targetSet.
  it("a period starting \"2020-7-1\" is an invalid_argument (it counts 0 trained, 0.00 spent)", () => {
    expectInvalidArgument(() => progressReport(doc, any({ id: "2020Q3", kind: "quarter", start: "2020-7-1", end: "2020-9-30" }), jiaxingReportReference));
  });
  // Mended (mendA110, progressReport checks its period and options): invalid_argument naming period.start / period.end / options.targetSet.
  it("a period ending before it starts is an invalid_argument (it counts 0)", () => {
    expectInvalidArgument(() => progressReport(doc, any({ id: "x", kind: "span", start: "2020-09-30", end: "2020-07-01" })));
  });
  // Mended (mendA110, progressReport checks its period and options): invalid_argument naming period.start / period.end / options.targetSet.
  it("the option targetSet (for targetSets) is refused (every target is silently dropped)", () => {
    expectInvalidArgument(() => progressReport(doc, q3, any({ targetSet: jiaxingReportReference.targetSets })));
  });
});

describe("F9 createHandler's options", () => {
  const body = readFileSync(new URL("../fixtures/jiaxing/showcase.json", import.meta.url), "utf8");
  const wx = async (h: (r: Request) => Promise<Response>) => {
    const r = await h(new Request("http://x/evaluate", { method: "POST", headers: { "content-type": "application/json" }, body }));
    const j = (await r.json()) as { decisions: { claimId: string; amount: string | null }[] };
    return Object.fromEntries(j.decisions.filter((d) => d.claimId.startsWith("WX-")).map((d) => [d.claimId, d.amount]));
  };
  it("control: with catalogues the service pays WX-1 1300.00 and WX-4 1560.00", async () => {
    expect(await wx(createHandler({ catalogues: { "jiaxing-2019": CATALOGUE } }))).toEqual(OWED);
  });
  it("control: maxClaims 0 is a 413", async () => {
    const r = await createHandler({ limits: { maxClaims: 0 } })(new Request("http://x/evaluate", { method: "POST", headers: { "content-type": "application/json" }, body }));
    expect(r.status).toBe(413);
  });
  // Mended (mendA110, createHandler refuses unknown keys): invalid_argument naming options.catalogue.
  it("the option catalogue (for catalogues) is refused (WX-1 and WX-4 are held, null)", () => {
    expectInvalidArgument(() => createHandler(any({ catalogue: { "jiaxing-2019": CATALOGUE } })));
  });
  // Mended (mendA110, createHandler checks its limits): a limit must be a whole number 0 or more (0 stays: the control above).
  it.each(["maxBodyBytes", "maxClaims", "timeLimitMs"])("limits.%s NaN is refused (it switches the limit off)", (key) => {
    expectInvalidArgument(() => createHandler({ limits: { [key]: Number.NaN } }));
  });
});

describe("F10 toYuan given a number", () => {
  it("control: toYuan(amount(\"1.005\")) is 1.01 and toYuan(amount(\"2.675\")) 2.68 (half-up to the fen)", () => {
    expect([toYuan(amount("1.005")), toYuan(amount("2.675"))]).toEqual(["1.01", "2.68"]);
  });
  // Mended (mendB110, toYuan reads a number as amount() does, then rounds half-up to the fen): "1.01".
  it("toYuan(1.005) is 1.01 as the amount is (it is 1.00: Number#toFixed)", () => {
    expect(toYuan(any(1.005))).toBe("1.01");
  });
  // Mended (mendB110, toYuan refuses what amount() cannot read): invalid_argument naming value.
  it("toYuan(NaN) is an invalid_argument (it is \"NaN\")", () => {
    expectInvalidArgument(() => toYuan(any(Number.NaN)));
  });
});

describe("F11 the date helpers given what is no date", () => {
  it("control: addDays, daysBetween and civilDate refuse 2021-02-29 (invalid_civil_date)", () => {
    expect(outcome(() => addDays(any("2021-02-29"), 1)).code).toBe("invalid_civil_date");
  });
  // Mended (mendB110, the exported date helpers check their arguments and result, src/core/dateArguments.ts; the rules call date.ts unchecked).
  it("addDays(\"2020-06-01\", NaN) is refused (it is \"0NaN-NaN-NaN\")", () => {
    expect(outcome(() => addDays(any("2020-06-01"), Number.NaN)).threw).toBe("SkillsSubsidyError");
  });
  // Mended (mendB110, the exported date helpers check their arguments and result, src/core/dateArguments.ts; the rules call date.ts unchecked).
  it("addDays(\"9999-12-31\", 1) is refused (it is \"10000-01-01\", no civil date)", () => {
    expect(outcome(() => addDays(any("9999-12-31"), 1)).threw).toBe("SkillsSubsidyError");
  });
  // Mended (mendB110, the exported date helpers check their arguments and result, src/core/dateArguments.ts; the rules call date.ts unchecked).
  it("compareDates(new Date(\"2020-06-01\"), \"2020-06-01\") is refused (it answers 0: equal)", () => {
    expect(outcome(() => compareDates(any(new Date("2020-06-01")), any("2020-06-01"))).threw).toBe("SkillsSubsidyError");
  });
  // Mended (mendB110, the exported date helpers check their arguments and result, src/core/dateArguments.ts; the rules call date.ts unchecked).
  it("isWithin(\"2020-6-1\", …) is refused (it answers false)", () => {
    expect(outcome(() => isWithin(any("2020-6-1"), any("2020-01-01"), any("2020-12-31"))).threw).toBe("SkillsSubsidyError");
  });
  // Mended (mendB110, the exported date helpers check their arguments and result, src/core/dateArguments.ts; the rules call date.ts unchecked).
  it("yearOf(\" 2020-06-01\") is refused (it answers 202)", () => {
    expect(outcome(() => yearOf(any(" 2020-06-01"))).threw).toBe("SkillsSubsidyError");
  });
  // Mended 2026-12-08 (the lead: quartersOverlapping checks both dates, invalid_argument naming start / end). Now it(...).
  it("quartersOverlapping(\"2020-6-1\", \"2020-12-31\") is refused (it answers no quarter)", () => {
    expect(outcome(() => quartersOverlapping(any("2020-6-1"), any("2020-12-31"))).threw).toBe("SkillsSubsidyError");
    expect(expectInvalidArgument(() => quartersOverlapping(any("2020-06-01"), any("2020-12-32"))).facts["argument"]).toBe("end");
    expect(quartersOverlapping(any("2020-06-01"), any("2020-12-31")).map((q) => q.id)).toEqual(["2020Q2", "2020Q3", "2020Q4"]);
  });
});

describe("F12 exports that throw a TypeError from inside", () => {
  const P = jiaxingPolicy();
  const doc = must(parseProgressDocument(json("fixtures/jiaxing/ledger-2020.json")));
  const q3 = must(parsePeriod("2020Q3"));
  const report = progressReport(doc, q3, jiaxingReportReference);
  const ledger = Ledger.from([must(parseGrant(RAW_GRANT))]);
  const la60 = json("fixtures/reforms/living-allowance-60.json");
  const calls: [string, () => unknown][] = [
    ["ledger.inYear(\"P1\", 2020, [\"appraisalSubsidy\"])", () => ledger.inYear("P1", 2020, any(["appraisalSubsidy"]))],
  ];
  // Mended (mendB110, F10): toYuan reads a string as amount() reads it — the review asked for a SkillsSubsidyError rather
  // than a TypeError; a string amount() reads is now no error at all ("1.50"), one amount() refuses is invalid_argument.
  it("toYuan(\"1.5\") is \"1.50\" and toYuan(\"abc\") an invalid_argument, not a TypeError", () => {
    expect(toYuan(any("1.5"))).toBe("1.50");
    expect(expectInvalidArgument(() => toYuan(any("abc"))).facts["argument"]).toBe("value");
  });
  it("control: reform(policy, JSON) and parsePeriod(null) answer issues, never a throw", () => {
    expect(reform(P, { id: 1 }).ok).toBe(false);
    expect(parsePeriod(any(null)).ok).toBe(false);
  });
  it.fails.each(calls)("%s is a SkillsSubsidyError, not a TypeError", (_call, run) => {
    expect(outcome(run).threw).toBe("SkillsSubsidyError");
  });
  // Mended (mendA110): the calls of policy building, configuration, reports, scenarios and messages, each checked at its entry.
  const mendedA110: [string, () => unknown][] = [
    // Mended (mendA110, withCatalogue checks its policy, editions and source): invalid_argument naming catalogue / source.
    ["withJiaxingCatalogue(policy, catalogue)", () => withJiaxingCatalogue(any(P), any(CATALOGUE))],
    ["withCatalogue(policy, catalogue) with no source", () => withCatalogue(P, CATALOGUE, any(undefined))],
    // Mended (mendA110, progressReport / parsePeriod / reportHtml check their arguments): invalid_argument naming document, period, plans, options.
    ["progressReport(doc, \"2020Q3\")", () => progressReport(doc, any("2020Q3"))],
    ["progressReport(doc, parsePeriod(\"2020Q3\"))", () => progressReport(doc, any(parsePeriod("2020Q3")))],
    ["progressReport(parseProgressDocument(json), period)", () => progressReport(any(parseProgressDocument(json("fixtures/jiaxing/ledger-2020.json"))), q3)],
    ["parsePeriod(\"x\", null)", () => parsePeriod("x", any(null))],
    ["reportHtml(report, null)", () => reportHtml(report, any(null))],
    // Mended (mendA110, createHandler checks its options): invalid_argument naming options.
    ["createHandler(null)", () => createHandler(any(null))],
    // Mended (mendA110, reform / reformAll / explainReason / recordJsonSchema / lazyPolicy / policiesOf check their arguments): invalid_argument naming it.
    ["reformAll(policy, onePatch)", () => reformAll(P, any(la60))],
    ["explainReason({ code: \"nope\", facts: {} })", () => explainReason(any({ code: "nope", facts: {} }))],
    ["reform(null, patch)", () => reform(any(null), la60)],
    ["recordJsonSchema(\"Trainee\")", () => recordJsonSchema(any("Trainee"))],
    ["lazyPolicy(null)()", () => lazyPolicy(any(null))()],
    ["policiesOf({ x: {} })", () => policiesOf(any({ x: {} }))],
  ];
  it.each(mendedA110)("%s is a SkillsSubsidyError, not a TypeError", (_call, run) => {
    expect(outcome(run).threw).toBe("SkillsSubsidyError");
  });
  // Mended (mendB110): the calls below, taken out of `calls`, now throw invalid_argument naming the argument.
  const mended: [string, () => unknown][] = [
    ["Ledger.from(null)", () => Ledger.from(any(null))],
    ["clawback(grants[], ids)", () => clawback(any([must(parseGrant(RAW_GRANT))]), ["OLD-1"])],
    ["clawback(ledger, ids, null)", () => clawback(ledger, ["OLD-1"], any(null))],
    ["listParameters(\"2020-06-01\", policy)", () => listParameters(any("2020-06-01"), any(P))],
    ["yearOf(new Date())", () => yearOf(any(new Date("2020-06-01")))],
  ];
  it.each(mended)("%s is a SkillsSubsidyError, not a TypeError", (_call, run) => {
    expect(outcome(run).threw).toBe("SkillsSubsidyError");
  });
});

describe("F13 the scenario runners given a string, a missing path, an empty folder", () => {
  it("control: scenarioTests([\"fixtures/scenarios\"]) makes a test per scenario", () => {
    expect(scenarioTests(["fixtures/scenarios"]).length).toBeGreaterThan(50);
  });
  // Mended (mendA110, scenarioPaths checks paths is a list): invalid_argument naming paths, with the hint to put one path in a list.
  it.each([
    ["scenarioTests(\"fixtures/scenarios\")", () => scenarioTests(any("fixtures/scenarios"))],
    ["scenarioPaths(\"fixtures/scenarios\")", () => scenarioPaths(any("fixtures/scenarios"))],
    ["runScenarioFiles(\"fixtures/scenarios\")", () => runScenarioFiles(any("fixtures/scenarios"))],
  ])("%s is a SkillsSubsidyError (it is a raw ENOENT, stat 'f')", (_call, run) => {
    expect(outcome(run).threw).toBe("SkillsSubsidyError");
  });
  // Mended (mendA110, scenarioPaths): a path that cannot be stat-ed is file_unreadable, its errno in facts and the Node error as cause.
  it("scenarioTests([\"no-such-folder/\"]) is file_unreadable as readTextFile says (it is a raw Node ENOENT)", () => {
    expect(outcome(() => scenarioTests(["no-such-folder/"])).code).toBe("file_unreadable");
  });
  // Mended (mendA110, scenarioPaths): a folder holding no .json/.yaml/.yml is invalid_argument naming paths[0].
  it("scenarioTests([\"src/core\"]) — a folder with no scenario file — is refused (it makes no test: the suite passes having run nothing)", () => {
    expect(outcome(() => scenarioTests(["src/core"])).threw).toBe("SkillsSubsidyError");
  });
});

describe("F14 messages that do not say what was expected", () => {
  it("control: parseTrainee of a JSON text says it expected an object and received a string", () => {
    const r = parseTrainee('{"id":"P1"}');
    expect(r.ok ? "" : r.issues[0]?.message.en).toMatch(/expected object, received string/);
  });
  // Mended (mendA110, the outline's issues are in zod's words: "Invalid input: expected object, received string (this is JSON text: JSON.parse it first)").
  it("parseClaimsDocument of the JSON text says it expected an object (it says only \"invalid input\")", () => {
    const r = parseClaimsDocument(readFileSync(new URL("../fixtures/jiaxing/showcase.json", import.meta.url), "utf8"));
    expect(r.ok ? "" : r.issues[0]?.message.en).not.toBe("invalid input");
  });
  // Mended (mendA110, one issue at trainees: "expected array, received Map: this is a document parseClaimsDocument returned …").
  it("parseClaimsDocument of a document it returned says so (it says \"invalid input\" at trainees, courses, …)", () => {
    const r = parseClaimsDocument(SHOWCASE);
    expect(r.ok ? "" : r.issues[0]?.message.en).not.toBe("invalid input");
  });
  // Mended (mendA110, an issue too_small "no patch given: patches must hold at least one patch").
  it("reformAll(policy, []) says no patch was given (it says \"invalid input\")", () => {
    const r = reformAll(jiaxingPolicy(), []);
    expect(r.ok ? "" : r.issues[0]?.message.en).not.toBe("invalid input");
  });
  // Mended (mendA110, withCatalogue parses each edition): the Result is invalid_argument "catalogue.ok: … (this is a parser's Result: pass its value when ok is true)".
  it("withJiaxingCatalogue(parseSubsidyCatalogue(raw)) — the Result, not its value — says so (it says \"every edition, , takes effect on or after 2022-01-01\")", () => {
    const r = outcome(() => withJiaxingCatalogue(any(parseSubsidyCatalogue(RAW_CATALOGUE))));
    expect(r.messages?.en).not.toMatch(/every edition, ,/);
  });
  // Mended (mendA110, invalid_argument naming reason.facts when the message would read "undefined").
  it("explainReason of a reason without its facts is refused (it writes \"(undefined)\" into both languages)", () => {
    const d = evaluateBatch(jiaxingPolicy(), SHOWCASE).decisions.find((x) => x.reasons.some((y) => y.code === "attendance_dates_needed"));
    const reason = d?.reasons.find((y) => y.code === "attendance_dates_needed");
    expect(reason).toBeDefined();
    const r = outcome(() => explainReason(any({ ...reason, facts: {} })));
    expect(JSON.stringify(r)).not.toMatch(/undefined/);
  });
  // Mended (mendA110, invalid_argument: a provision id is "document.provision").
  it("cite(\"nope\", \"x\") is refused (it makes a citation of a document \"nop\")", () => {
    expect(outcome(() => cite(any("nope"), any("x"))).threw).toBe("SkillsSubsidyError");
  });
});
