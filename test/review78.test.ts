/**
 * Cold review 78: the web service (`skills-subsidy serve`, src/server/*) as a Java or Python subsidy-application system meets it.
 * Controls are `it`; findings are `it.fails`, asserting what is right (each was run once as `it` and failed at its own assertion).
 *
 * What the ordinary Jiaxing worker is owed (jx2019 五(十一), 「对具有当地户籍、当地常住并办有居住证、在当地就业创业或在当地办理失业登记的城乡劳动者提供普惠同等的培训补贴」;
 * gbf2019 §(十二) the same cap and no-repeat) — one residency basis, no special status, the ILLUSTRATIVE catalogue
 * fixtures/jiaxing/catalogue-2020.json (effective 2020-01-01):
 *
 * | measure              | owed                                                                                         | thresholds tested                          |
 * | -------------------- | -------------------------------------------------------------------------------------------- | ------------------------------------------ |
 * | training subsidy     | the catalogue row of the certificate's occupation+level (EX-ELEC 初级工 1000.00, 中级工 1500.00, | 3rd/4th certificate of 2020; 2021 anew;    |
 * |                      | 高级工 2000.00; EX-WELD 初级工 1200.00, 中级工 1800.00; EX-FORK/EX-CARE 初级工 900.00 …);       | the same occupation+level a 2nd time;      |
 * |                      | 「每人每年可享受不超过3次」, 「同一职业（项目）同一等级不可重复享受」                          | 2019-12-31 (no catalogue yet: held)        |
 * | appraisal subsidy    | first appraisal of an occupation+level: 「初级工、中级工120元，高级工、技师150元，高级技师180元」,   | 2019-12-31 denied / 2020-01-01 paid;       |
 * |                      | 「从2020年1月1日起执行，以证书发放日期为准」; not counted in the cap of 3                       | 2021-12-31 paid / 2022-01-01 held          |
 * | living allowance     | nothing: only 「建档立卡低收入农户家庭劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员」 | denied, not_in_living_allowance_group      |
 * | any, no basis known  | held (residency_unknown), never a zero                                                       | each basis alone pays; none holds          |
 * | after the plan       | certificates from 2022-01-01: held (provision_not_in_force) — the 2019–2021 plan ends          |                                            |
 *
 * Read: law/sources/jx2019.txt, gbf2019.txt (五(十一), §(十二)), docs/server.md, docs/cli.md (--ledger), src/server/handler.ts,
 * errors.ts, src/engine.ts (decideBatch, unreadGrantsOf), scripts/quotations.mjs. Ran: `npm run build` (+ write-schemas),
 * this file (in process through createHandler with the catalogue; every answer checked against schemas/openapi.json with ajv;
 * the library's evaluateBatch and `node dist/cli.js evaluate --catalogue … --format json` on the same documents).
 *
 * Findings
 * F1 (50 %) A prior grant pays "the claim id", whoever it was for. A ledger grant of P with claimId "1" makes Q's claim "1"
 *    (another person, certificate, measure) denied 0.00 duplicate_claim, “申请编号 1 已处理，只支付一次”: wrongly refused 1200.00
 *    (Q's EX-WELD 初级工), 120.00 for P's own appraisal filed under the id of his training-subsidy grant. Systems that number
 *    claims per person or per month send such ids; docs/server.md does not say ids must be unique across trainees and
 *    months. Cause: src/engine.ts:713 `priorClaimIds(document.ledger)` (:673) keys on the claim id alone; :732 denies on it.
 *    Mend: a prior grant makes a claim duplicate_claim only when it names the claim's trainee and measure; otherwise hold
 *    the claim (claim_conflict, undecidable, naming the grant) — and say in docs/server.md that claim ids are global keys.
 *    ALREADY RECORDED for the library and the command line (test/audit7-once.test.ts item 4, 30 %; review75 F3, 55 %;
 *    pinned on purpose by test/cli-partition.test.ts): new here only that the service reaches it and its docs are silent.
 *    MENDED the same morning (0a00b9e, reading claim-id-reused): a grant under the id recording another trainee, measure,
 *    certificate, course, apprenticeship or package makes the claim claim_conflict (denied, flagged), not duplicate_claim;
 *    renumbered, it is paid. F1/F1b below assert that and are tests.
 * F2 (55 %) In a claims document a certificate of the person set aside as invalid (issuedOn "2019-5-1", an unknown field, an
 *    occupation without its name) is read as no certificate: the later certificate of the same occupation+level is paid
 *    120.00 as 「初次」 on a guess (the one-claim form refuses the same records with a 400; a valid earlier certificate
 *    denies). Money: 120/150/180 per claim paid where not owed. Cause: src/engine.ts:634 unreadGrantsOf holds a person's
 *    claims on an unreadable grant (earlier-grant-unreadable) but nothing does so for an unreadable certificate.
 *    Mend: hold (missing_record naming the certificate) the appraisal claims of a trainee one of whose certificates is set
 *    aside (by its traineeId), as unread grants do. ALREADY RECORDED (test/audit18.test.ts, 45 %, a mistyped 2020-06-31):
 *    re-confirmed over HTTP with two more ways to be set aside (an unknown field, an occupation without name).
 * F3 (50 %) The service gives no grants. The library (evaluateBatch().grants) and the command line (--grants-out) give the
 *    grants a run made in the ledger's format; /evaluate answers decisions only, which carry no basisDate, occupationCode,
 *    level or basisKeys — what the pay-once rules read — so the client must rebuild each grant from its own records (a
 *    client that took provenance.judgedOn for basisDate would count a December certificate in January's year).
 *    No money by itself (a client that rebuilds correctly is paid right: control below). Cause: src/server/handler.ts
 *    decide() keeps decisions only; schemas.ts EvaluateResponse has no grants. Mend: add `grants` (Grant[]) to the answer.
 * F4 (60 %) A one-claim 400 headlines the consequence, not the fault: a trainee sent with "residenceRegion": null (Jackson's
 *    default for an absent field) answers code unknown_reference, “找不到所引用的记录 P” / "no record with id P", the field
 *    at fault only in issues[1]; docs/server.md files unknown_reference under 422. No money; a clerk is told the wrong thing.
 *    Cause: src/server/handler.ts:313-320 lists issues by collection (claims first) and errors.ts:61-64 headlines issues[0].
 *    Mend: headline the first issue whose code is not one of INCONSISTENT (or drop references to records given but invalid).
 * F5 (35 %) A body without `trainee` (or with a list field not a list) says only “无效输入” / "invalid input" in both
 *    languages (path ["trainee"], code invalid_type): not that it is required. Cause: handler.ts:290-292 uses
 *    validationIssue(…, "invalid_input"). Mend: a required_field message naming it.
 * Notes under 30 %
 * N1 (25 %) A grant of 0.00 counts toward 「每人每年可享受不超过3次」 and the no-repeat rule (three 0.00 grants refuse the 4th
 *    claim); only a client misusing the ledger for refusals would send them. Refusing amount 0.00 in a grant would close it.
 * N2 Within one document two claims of different people under one id are both denied claim_conflict (summary.conflicts 1):
 *    said, not silent, but the same id-uniqueness assumption as F1.
 * N3 The passages jx2019.equal-standard and jx2019.student-apprentice run over page furniture (— 7 —, — 3 —): verbatim by
 *    the project's rule (scripts/quotations.mjs), checked so here.
 * N4 (20 %) Over the Node listener (startServer), a body sent with Content-Encoding: gzip is 400 not_utf8 telling the
 *    sender to save the file as UTF-8 (a 415 naming the encoding would say what is wrong); a header charset=GBK is ignored
 *    (UTF-8 bytes under it are decided, 200). Chunked bodies split inside a character and Expect: 100-continue are fine.
 * Controls that held: every table amount through /evaluate (document and one claim, each basis alone), the library and the
 * command line agreeing claim by claim; order=trainee/trace=false the same; the library's grants and client-built grants
 * round-tripping as next month's ledger (cap across requests, certificate, occupation+level, claim re-sent, appraisal);
 * typed 400/413 errors for 22 bad inputs and a set-aside record for a 23rd (dates, 3-decimal amounts, unknown measure, nesting 50,000 deep, 10,001 claims,
 * non-UTF-8, query parameters), each fitting the contract, no stack trace; /explain equal to /evaluate for every claim with
 * verbatim passages; /diff of senior-appraisal-200 changing only D1 by 50.00.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import { evaluateBatch, jiaxingPolicy, parseClaimsDocument, parseSubsidyCatalogue, withCatalogue } from "../src/index.js";
import { catalogueSourceFor } from "../src/jurisdictions/catalogueSource.js";
import { createHandler } from "../src/server/index.js";

const CATALOGUE = "fixtures/jiaxing/catalogue-2020.json";
const edition = () => { const p = parseSubsidyCatalogue(JSON.parse(readFileSync(CATALOGUE, "utf8"))); if (!p.ok) throw new Error("catalogue"); return p.value; };
const H = createHandler({ catalogues: { "jiaxing-2019": edition() } });
const POLICY = withCatalogue(jiaxingPolicy(), edition(), catalogueSourceFor(jiaxingPolicy()));

// ── the contract: every answer checked against schemas/openapi.json (as test/server.test.ts does) ──
type Op = { responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }> };
const DOC = JSON.parse(readFileSync("schemas/openapi.json", "utf8")) as { paths: Record<string, Record<string, Op>> };
const BASE = "https://skills-subsidy.invalid/openapi.json";
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false, validateSchema: false });
ajv.addSchema(DOC as unknown as Record<string, unknown>, BASE);
const validators = new Map<string, ValidateFunction>();
function violations(path: string, status: number, body: unknown): unknown[] {
  const response = DOC.paths[path]?.post?.responses[String(status)] ?? DOC.paths[path]?.get?.responses[String(status)];
  if (response === undefined) return [`status ${status} not documented for ${path}`];
  const schema = response.content?.["application/json"]?.schema as Record<string, unknown>;
  const key = `${path} ${status}`;
  let v = validators.get(key);
  if (v === undefined) { v = ajv.compile(typeof schema["$ref"] === "string" ? { $ref: `${BASE}${schema["$ref"]}` } : schema); validators.set(key, v); }
  return v(body) ? [] : (v.errors ?? []).slice(0, 3);
}
type Answer = { status: number; json: any; text: string; violations: unknown[] };
async function post(path: string, body: unknown, query = "", init: RequestInit = {}): Promise<Answer> {
  const payload = typeof body === "string" || body instanceof Uint8Array ? body : JSON.stringify(body);
  const r = await H(new Request(`http://localhost${path}${query}`, { method: "POST", body: payload as string, ...init }));
  const text = await r.text();
  let json: any; try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: r.status, json, text, violations: violations(path, r.status, json) };
}

// ── records of the ordinary Jiaxing worker P ─────────────────────────────────
type O = Record<string, unknown>;
const J = "zhejiang.jiaxing.nanhu";
const BASES: Record<string, O> = {
  hukou: { hukouRegion: J },
  residenceWithPermit: { residenceRegion: J, hasResidencePermit: true },
  employment: { employmentRegion: J },
  unemploymentRegistration: { unemploymentRegisteredAt: J },
};
const person = (basis: O = BASES["hukou"]!, id = "P"): O => ({ id, birthDate: "1990-05-01", statuses: [], ...basis });
const cert = (id: string, occ: string, level: string | undefined, issuedOn: string, traineeId = "P"): O => ({ id, traineeId, kind: "skillLevelCertificate", occupation: { code: occ, name: occ }, ...(level === undefined ? {} : { level }), issuedOn });
const claim = (id: string, measure: string, certificateId: string, submittedOn: string, traineeId = "P"): O => ({ id, measure, traineeId, claimant: { kind: "trainee", id: traineeId }, certificateId, submittedOn });
const ts = (id: string, c: string, on: string, t = "P") => claim(id, "trainingSubsidy", c, on, t);
const ap = (id: string, c: string, on: string, t = "P") => claim(id, "appraisalSubsidy", c, on, t);
/** `claimId outcome amount` per decision, sorted by claim id. */
const paid = (ds: readonly { claimId: string; outcome: string; amount: string | null }[]) => Object.fromEntries(ds.map((d) => [d.claimId, `${d.outcome} ${d.amount}`]));
const codes = (ds: readonly { claimId: string; reasons: readonly { code: string }[] }[], id: string) => ds.find((d) => d.claimId === id)?.reasons.map((r) => r.code) ?? [];
/** The library called directly on the same document. */
function library(doc: O, on?: string) {
  const parsed = parseClaimsDocument(doc);
  if (!parsed.ok) throw new Error("not a claims document");
  return evaluateBatch(POLICY, parsed.value.document, on === undefined ? {} : { on: on as never });
}
const tmp = mkdtempSync(join(tmpdir(), "review78-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
/** The built command on the same document. */
function cli(doc: O, extra: string[] = []): { decisions: any[] } {
  const file = join(tmp, `d${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(doc));
  return JSON.parse(execFileSync(process.execPath, ["dist/cli.js", "evaluate", file, "--catalogue", CATALOGUE, "--format", "json", ...extra], { encoding: "utf8" })) as { decisions: any[] };
}

// P1..P5: one residency basis each (P5 none); certificates and claims at every threshold of the table.
const course = (id: string, traineeId: string): O => ({ id, traineeId, kind: "employmentSkills", occupation: { code: "EX-CARE", name: "EX-CARE" }, classHours: 56, startDate: "2020-03-02", endDate: "2020-03-08", attendedDays: 7, region: J });
const WORLD: O = {
  trainees: [person(BASES["hukou"], "P1"), person(BASES["residenceWithPermit"], "P2"), person(BASES["employment"], "P3"), person(BASES["unemploymentRegistration"], "P4"), person({}, "P5")],
  courses: [course("C1", "P1")],
  certificates: [
    cert("K1", "EX-ELEC", "junior", "2020-03-01", "P1"), cert("K2", "EX-WELD", "junior", "2020-04-01", "P1"), cert("K3", "EX-FORK", "junior", "2020-05-01", "P1"),
    cert("K4", "EX-SEW", "junior", "2020-06-01", "P1"), cert("K5", "EX-CARE", "junior", "2021-01-05", "P1"), cert("K6", "EX-ELEC", "junior", "2021-02-01", "P1"),
    cert("L1", "EX-ELEC", "senior", "2019-12-31", "P2"), cert("L2", "EX-WELD", "intermediate", "2020-01-01", "P2"),
    cert("M1", "EX-ELEC", "senior", "2021-12-31", "P3"), cert("M2", "EX-WELD", "junior", "2022-01-01", "P3"),
    cert("N1", "EX-ELEC", "seniorTechnician", "2020-06-01", "P4"), cert("N2", "EX-FORK", "technician", "2020-06-02", "P4"),
    cert("Q1", "EX-ELEC", "junior", "2020-03-01", "P5"),
  ],
  claims: [
    ts("T1", "K1", "2020-07-01", "P1"), ts("T2", "K2", "2020-07-01", "P1"), ts("T3", "K3", "2020-07-01", "P1"), ts("T4", "K4", "2020-07-01", "P1"),
    ts("T5", "K5", "2021-02-10", "P1"), ts("T6", "K6", "2021-02-10", "P1"), ap("A1", "K1", "2020-07-01", "P1"), ap("A6", "K6", "2021-02-10", "P1"),
    { id: "LA1", measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, courseId: "C1", submittedOn: "2020-03-20" },
    ts("U1", "L1", "2020-01-05", "P2"), ap("B1", "L1", "2020-01-05", "P2"), ts("U2", "L2", "2020-01-05", "P2"), ap("B2", "L2", "2020-01-05", "P2"),
    ts("V1", "M1", "2022-01-10", "P3"), ap("D1", "M1", "2022-01-10", "P3"), ts("V2", "M2", "2022-01-10", "P3"), ap("D2", "M2", "2022-01-10", "P3"),
    ap("E1", "N1", "2020-07-01", "P4"), ap("E2", "N2", "2020-07-01", "P4"),
    ts("W1", "Q1", "2020-07-01", "P5"), ap("W2", "Q1", "2020-07-01", "P5"),
  ],
};
const OWED = {
  T1: "granted 1000.00", // EX-ELEC 初级工 row 1000.00; 2020 第 1 次
  T2: "granted 1200.00", // EX-WELD 初级工 row 1200.00; 2020 第 2 次
  T3: "granted 900.00", // EX-FORK 初级工 row 900.00; 2020 第 3 次
  T4: "denied 0.00", // 2020 第 4 次: 「每人每年可享受不超过3次」
  T5: "granted 900.00", // EX-CARE 初级工 row 900.00; 2021 第 1 次 (a new calendar year)
  T6: "denied 0.00", // EX-ELEC 初级工 again (K1 paid in 2020): 「同一职业（项目）同一等级不可重复享受」, across years
  A1: "granted 120.00", // first EX-ELEC 初级工 appraisal, 2020-03-01 ≥ 2020-01-01: 「初级工、中级工120元」
  A6: "denied 0.00", // EX-ELEC 初级工 a second time: not 「初次」
  LA1: "denied 0.00", // no status of the closed list (「建档立卡低收入农户家庭劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员」)
  U1: "undecidable null", // 2019-12-31: the illustrative catalogue starts 2020-01-01 (no_local_standard), never a zero
  B1: "denied 0.00", // 2019-12-31 < 「从2020年1月1日起执行，以证书发放日期为准」
  U2: "granted 1800.00", // EX-WELD 中级工 row 1800.00
  B2: "granted 120.00", // 2020-01-01, 中级工: 「初级工、中级工120元」
  V1: "granted 2000.00", // 2021-12-31, inside the 2019–2021 plan: EX-ELEC 高级工 row 2000.00
  D1: "granted 150.00", // 2021-12-31, 高级工: 「高级工、技师150元」
  V2: "undecidable null", // 2022-01-01: after the 2019–2021 plan, provision_not_in_force (held, not refused or zero)
  D2: "undecidable null", // likewise
  E1: "granted 180.00", // 高级技师: 「高级技师180元」
  E2: "granted 150.00", // 技师: 「高级工、技师150元」
  W1: "undecidable null", // no residency basis known: residency_unknown
  W2: "undecidable null", // likewise
};

describe("1. the ordinary worker through POST /evaluate, the library and the command line", { timeout: 60_000 }, () => {
  it("a claims document: each claim paid, refused or held as the table says, and the answer fits the contract", async () => {
    const r = await post("/evaluate", WORLD, "?trace=false");
    expect(r.violations).toEqual([]);
    expect(r.status).toBe(200);
    expect(r.json.invalid).toEqual([]);
    expect(paid(r.json.decisions)).toEqual(OWED);
    expect(codes(r.json.decisions, "T4")).toEqual(["annual_cap_reached"]);
    expect(codes(r.json.decisions, "T6")).toEqual(["occupation_level_already_subsidised"]);
    expect(codes(r.json.decisions, "A6")).toEqual(["appraisal_already_granted"]);
    expect(codes(r.json.decisions, "B1")).toEqual(["before_provision_start"]);
    expect(codes(r.json.decisions, "V2")).toEqual(["provision_not_in_force"]);
    expect(codes(r.json.decisions, "W1")).toEqual(["residency_unknown"]);
    expect(codes(r.json.decisions, "LA1")).toEqual(["not_in_living_allowance_group"]);
    // 1000 + 1200 + 900 + 900 + 120 + 1800 + 120 + 2000 + 150 + 180 + 150 = 8520.00
    expect(r.json.summary.total).toBe("8520.00");
  });

  it("the service, the library and `skills-subsidy evaluate` agree claim by claim (outcome, amount, payee, reasons)", async () => {
    const served = (await post("/evaluate", WORLD)).json.decisions as any[];
    const lib = library(WORLD).decisions;
    const cmd = cli(WORLD).decisions;
    const key = (d: any) => JSON.stringify([d.claimId, d.outcome, d.amount, d.payee, d.reasons.map((x: any) => [x.code, x.citation.provision, x.facts])]);
    expect(served.map(key)).toEqual(lib.map(key));
    expect(served.map(key)).toEqual(cmd.map(key));
  });

  it("order=trainee and trace=false give the same decisions as the default order with the trace", async () => {
    const full = (await post("/evaluate", WORLD)).json.decisions as any[];
    const lean = (await post("/evaluate", WORLD, "?trace=false&order=trainee"));
    expect(lean.violations).toEqual([]);
    expect(paid(lean.json.decisions)).toEqual(paid(full));
  });

  it("one claim with its records, each residency basis alone: 「户籍、当地常住并办有居住证、在当地就业创业或在当地办理失业登记」 each pays EX-ELEC 初级工 1000.00 and 120.00", async () => {
    for (const [name, basis] of Object.entries(BASES)) {
      const K = cert("K", "EX-ELEC", "junior", "2020-03-01");
      const t = await post("/evaluate", { claim: ts("T", "K", "2020-04-01"), trainee: person(basis), certificate: K }, "?trace=false");
      const a = await post("/evaluate", { claim: ap("A", "K", "2020-04-01"), trainee: person(basis), certificate: K }, "?trace=false");
      expect([t.violations, a.violations], name).toEqual([[], []]);
      // EX-ELEC 初级工 row 1000.00; 「初级工、中级工120元」
      expect([t.json.decisions[0].amount, a.json.decisions[0].amount], name).toEqual(["1000.00", "120.00"]);
    }
    // none of the four (a residence without a permit is not one): held, residency_unknown — never a zero
    const none = await post("/evaluate", { claim: ts("T", "K", "2020-04-01"), trainee: person({ residenceRegion: J, hasResidencePermit: false }), certificate: cert("K", "EX-ELEC", "junior", "2020-03-01") }, "?trace=false");
    expect(paid(none.json.decisions)).toEqual({ T: "undecidable null" });
  });
});

describe("2. pay once across monthly requests, last month's grants as this month's ledger", { timeout: 60_000 }, () => {
  const CERTS = [
    cert("K1", "EX-ELEC", "junior", "2020-03-01"), cert("K2", "EX-WELD", "junior", "2020-04-01"), cert("K3", "EX-FORK", "junior", "2020-05-01"),
    cert("K4", "EX-SEW", "junior", "2020-06-01"), cert("K5", "EX-CARE", "junior", "2021-01-05"), cert("K6", "EX-ELEC", "junior", "2021-02-01"),
  ];
  const JULY: O = { trainees: [person()], certificates: CERTS, claims: [ts("T1", "K1", "2020-07-01"), ts("T2", "K2", "2020-07-01"), ap("A1", "K1", "2020-07-01")] };
  const AUGUST_CLAIMS = [ts("T3", "K3", "2020-08-01"), ts("T4", "K4", "2020-08-01"), ts("T1x", "K1", "2020-08-01"), ts("T1", "K1", "2020-08-01"), ap("A1x", "K1", "2021-02-10"), ts("T5", "K5", "2021-02-10"), ts("T6", "K6", "2021-02-10"), ap("A6", "K6", "2021-02-10")];
  const AUGUST_OWED = {
    T3: "granted 900.00", // EX-FORK 初级工 900.00: 2020 第 3 次 (T1, T2 in July)
    T4: "denied 0.00", // 2020 第 4 次 across the two requests: 「每人每年可享受不超过3次」
    T1x: "denied 0.00", // K1 again under another claim id: paid in July
    T1: "denied 0.00", // the July claim re-sent: paid in July (duplicate_claim)
    A1x: "denied 0.00", // K1's appraisal again: paid in July
    T5: "granted 900.00", // EX-CARE 初级工 900.00: 2021 第 1 次
    T6: "denied 0.00", // EX-ELEC 初级工 paid in July 2020: 「同一职业（项目）同一等级不可重复享受」
    A6: "denied 0.00", // EX-ELEC 初级工 appraised before (K1): not 「初次」
  };

  it("the library's grants (what `evaluate --grants-out` writes), sent through JSON as the document's ledger: nothing paid twice, nothing wrongly refused", async () => {
    const july = await post("/evaluate", JULY, "?trace=false");
    expect(paid(july.json.decisions)).toEqual({ A1: "granted 120.00", T1: "granted 1000.00", T2: "granted 1200.00" });
    const ledger = JSON.parse(JSON.stringify(library(JULY).grants)) as O[];
    expect(ledger.map((g) => [g["claimId"], g["amount"], g["basisDate"]])).toEqual([["A1", "120.00", "2020-03-01"], ["T1", "1000.00", "2020-03-01"], ["T2", "1200.00", "2020-04-01"]]);
    const august = await post("/evaluate", { trainees: [person()], certificates: CERTS, ledger, claims: AUGUST_CLAIMS }, "?trace=false");
    expect(august.violations).toEqual([]);
    expect(august.json.invalid).toEqual([]);
    expect(paid(august.json.decisions)).toEqual(AUGUST_OWED);
    // the same ledger through the one-claim form: T3 paid, the 2020 cap then reached for T4
    const t3 = await post("/evaluate", { claim: ts("T3", "K3", "2020-08-01"), trainee: person(), certificate: CERTS[2], ledger }, "?trace=false");
    expect(paid(t3.json.decisions)).toEqual({ T3: "granted 900.00" });
  });

  it("a grant the client writes from its own records (certificate id, occupation, level, issue date; no basisKeys) works as well as the library's", async () => {
    const july = (await post("/evaluate", JULY, "?trace=false")).json.decisions as any[];
    const byId = Object.fromEntries(CERTS.map((c) => [c["id"], c])) as Record<string, any>;
    const certOf: Record<string, string> = { T1: "K1", T2: "K2", A1: "K1" };
    const ledger = july.map((d) => {
      const c = byId[certOf[d.claimId]!];
      return { id: `G-${d.claimId}`, claimId: d.claimId, traineeId: "P", measure: d.measure, provision: d.lines[0].citation.provision, payee: d.payee, amount: d.amount, basisDate: c.issuedOn, occupationCode: c.occupation.code, level: c.level, certificateId: c.id };
    });
    const august = await post("/evaluate", { trainees: [person()], certificates: CERTS, ledger, claims: AUGUST_CLAIMS }, "?trace=false");
    expect(paid(august.json.decisions)).toEqual(AUGUST_OWED);
  });

  it("a grant of 0.00 in the ledger is read as a grant (note N1: three of them fill the year's cap)", async () => {
    // Recorded, not asserted as a finding (25 %): the ledger is "grants already paid"; a client that files its refusals there
    // as 0.00 grants misuses it. Still, 「每人每年可享受不超过3次」 counts what was enjoyed, and 0.00 enjoys nothing.
    const g = (id: string, occ: string, basisDate: string) => ({ id, claimId: id, traineeId: "P", measure: "trainingSubsidy", provision: "jx2019.catalogue", payee: { kind: "trainee", id: "P" }, amount: "0.00", basisDate, occupationCode: occ, level: "junior", certificateId: `X-${id}` });
    const r = await post("/evaluate", { trainees: [person()], certificates: [cert("K", "EX-ELEC", "junior", "2020-08-01")], ledger: [g("G1", "EX-WELD", "2020-01-01"), g("G2", "EX-FORK", "2020-02-01"), g("G3", "EX-SEW", "2020-03-01")], claims: [ts("T", "K", "2020-09-01")] }, "?trace=false");
    expect(codes(r.json.decisions, "T")).toEqual(["annual_cap_reached"]);
  });

  // F1 ─ a grant of another person refuses a claim that bears the same claim id
  const G_OF_P = { id: "G1", claimId: "1", traineeId: "P", measure: "trainingSubsidy", provision: "jx2019.catalogue", payee: { kind: "trainee", id: "P" }, amount: "1000.00", basisDate: "2020-03-01", occupationCode: "EX-ELEC", level: "junior", certificateId: "K1" };
  // Mended (0a00b9e, reading claim-id-reused): a grant under the claim's id that records another claim — another trainee,
  // another measure — makes the claim a conflict of ids, flagged, not “already paid”; renumbered, it is paid on its own
  // basis. The finding asked for the claim paid under the reused id (the alternative the reading weighs and does not
  // take: the ledger would hold two payments under one claim id). Run as it was, before the mend: duplicate_claim.
  it("F1: Q's first EX-WELD 初级工 certificate under the claim id \"1\" P's grant bore is not refused as already paid — a conflict of ids, flagged; under its own id paid 1200.00", async () => {
    const doc = { trainees: [person(BASES["hukou"], "Q")], certificates: [cert("KQ", "EX-WELD", "junior", "2020-05-01", "Q")], ledger: [G_OF_P], claims: [ts("1", "KQ", "2020-08-01", "Q")] };
    const r = await post("/evaluate", doc, "?trace=false");
    expect(r.violations).toEqual([]);
    expect(codes(r.json.decisions, "1")).toEqual(["claim_conflict"]); // before the mend: duplicate_claim, “已处理，只支付一次”
    const renumbered = await post("/evaluate", { ...doc, claims: [ts("Q-1", "KQ", "2020-08-01", "Q")] }, "?trace=false");
    expect(paid(renumbered.json.decisions)).toEqual({ "Q-1": "granted 1200.00" }); // EX-WELD 初级工 row 1200.00; Q's 2020 第 1 次
  });
  it("F1b: P's first EX-ELEC 初级工 appraisal under the id his training-subsidy grant bore (another measure, another claim) is a conflict of ids; under its own id paid 120.00", async () => {
    const doc = { trainees: [person()], certificates: [cert("K1", "EX-ELEC", "junior", "2020-03-01")], ledger: [G_OF_P], claims: [ap("1", "K1", "2020-08-01")] };
    const r = await post("/evaluate", doc, "?trace=false");
    expect(codes(r.json.decisions, "1")).toEqual(["claim_conflict"]); // before the mend: duplicate_claim
    const renumbered = await post("/evaluate", { ...doc, claims: [ap("A-1", "K1", "2020-08-01")] }, "?trace=false");
    expect(paid(renumbered.json.decisions)).toEqual({ "A-1": "granted 120.00" }); // 「初级工、中级工120元」, first EX-ELEC 初级工 appraisal
  });

  // F3 ─ the service gives no grants to chain
  // Mended the same morning (the answer carries `grants`); seen failing as `it` before (no grants in the answer).
  it("F3: POST /evaluate answers the grants it made, in the ledger's format (as `evaluate --grants-out` and the library's evaluateBatch do), so next month's request can carry them", async () => {
    const july = await post("/evaluate", JULY, "?trace=false");
    // Today the answer is decisions, parameters, rules, invalid, summary: no basisDate, occupationCode, level or basisKeys —
    // the keys the pay-once rules read — so a Java or Python system has to rebuild each grant from its own records.
    expect(july.json.grants).toEqual(JSON.parse(JSON.stringify(library(JULY).grants)));
    expect(july.violations).toEqual([]); // and the answer, grants and all, fits schemas/openapi.json
    // chained: August carries July's answer's grants as its ledger, and is owed what the library's grants give it
    const august = await post("/evaluate", { trainees: [person()], certificates: CERTS, ledger: july.json.grants, claims: AUGUST_CLAIMS }, "?trace=false");
    expect(paid(august.json.decisions)).toEqual(AUGUST_OWED);
    expect(august.json.grants.map((g: O) => [g["claimId"], g["amount"]])).toEqual([["T3", "900.00"], ["T5", "900.00"]]); // EX-FORK 初级工 900.00; EX-CARE 初级工 900.00
  });
});

// F2 ─ an earlier certificate set aside is read as no certificate
describe("1b. 「初次职业技能鉴定」 when the person's earlier certificate is set aside as invalid", { timeout: 60_000 }, () => {
  const K1 = cert("K1", "EX-ELEC", "junior", "2020-05-01");
  const earlier = cert("K0", "EX-ELEC", "junior", "2019-05-01");
  it("control: an earlier valid EX-ELEC 初级工 certificate makes K1's appraisal not the first (denied), in the document and the one-claim form", async () => {
    const doc = await post("/evaluate", { trainees: [person()], certificates: [earlier, K1], claims: [ap("A", "K1", "2020-06-01")] }, "?trace=false");
    const one = await post("/evaluate", { claim: ap("A", "K1", "2020-06-01"), trainee: person(), certificate: K1, traineeCertificates: [earlier] }, "?trace=false");
    expect([codes(doc.json.decisions, "A"), codes(one.json.decisions, "A")]).toEqual([["appraisal_not_first"], ["appraisal_not_first"]]);
  });
  it("control: the one-claim form refuses the request (400) naming traineeCertificates.0.issuedOn when that certificate's date is 2019-5-1", async () => {
    const one = await post("/evaluate", { claim: ap("A", "K1", "2020-06-01"), trainee: person(), certificate: K1, traineeCertificates: [{ ...earlier, issuedOn: "2019-5-1" }] });
    expect(one.violations).toEqual([]);
    expect([one.status, one.json.issues[0].path]).toEqual([400, ["traineeCertificates", 0, "issuedOn"]]);
  });
  // Mended (reading earlier-certificate-unreadable): the appraisal is held, missing_record asking for certificate K0's record;
  // seen failing as `it` before the mend (granted 120.00).
  it("F2: in a claims document the same person's earlier EX-ELEC 初级工 certificate, set aside for a date written 2019-5-1, does not make K1's appraisal 「初次」: held, never paid 120.00 on a guess", async () => {
    for (const bad of [{ ...earlier, issuedOn: "2019-5-1" }, { ...earlier, grade: "A" }, { ...earlier, occupation: { code: "EX-ELEC" } }]) {
      const r = await post("/evaluate", { trainees: [person()], certificates: [bad, K1], claims: [ap("A", "K1", "2020-06-01")] }, "?trace=false");
      expect(r.json.invalid.map((x: any) => x.id)).toEqual(["K0"]);
      // Before the mend: granted 120.00 with appraisal_first_time. As a set-aside grant holds the person's claims (earlier-grant-unreadable),
      // a set-aside certificate of the person should hold the claims whose 「初次」 it decides.
      expect(paid(r.json.decisions)).toEqual({ A: "undecidable null" });
    }
  });
});

describe("3. the contract: every answer fits schemas/openapi.json; bad input is a typed error naming the field, in Chinese and English", { timeout: 60_000 }, () => {
  const K = cert("K", "EX-ELEC", "junior", "2020-03-01");
  const ONE = { claim: ts("T", "K", "2020-04-01"), trainee: person(), certificate: K };
  const enc = (s: string) => new TextEncoder().encode(s);
  const deep = (open: string, close: string, n: number) => open.repeat(n) + close.repeat(n);
  const G = { id: "G", claimId: "G", traineeId: "P", measure: "trainingSubsidy", provision: "jx2019.catalogue", payee: { kind: "trainee", id: "P" }, amount: "1.00", basisDate: "2020-01-01" };
  const CASES: [string, unknown, string, number, (string | number)[], string][] = [
    // name, body, query, status, path of the first issue, code
    ["2020-02-30", { ...ONE, claim: { ...ONE.claim, submittedOn: "2020-02-30" } }, "", 400, ["claim", "submittedOn"], "invalid_date"],
    ["a 3-decimal amount in the ledger", { ...ONE, ledger: [{ ...G, amount: "1.005" }] }, "", 400, ["ledger", 0, "amount"], "invalid_amount"],
    ["a 3-decimal amountClaimed", { ...ONE, claim: { ...ONE.claim, amountClaimed: "1.234" } }, "", 400, ["claim", "amountClaimed"], "invalid_amount"],
    ["an unknown measure", { ...ONE, claim: { ...ONE.claim, measure: "bonus" } }, "", 400, ["claim", "measure"], "invalid_value"],
    ["a level not on the ladder", { ...ONE, certificate: { ...K, level: "master" } }, "", 400, ["certificate", "level"], "invalid_value"],
    ["a claim id of 100,000 characters", { ...ONE, claim: { ...ONE.claim, id: "x".repeat(100_000) } }, "", 400, ["claim", "id"], "too_big"],
    ["a key given twice", '{"claim":{"id":"T","id":"U"}}', "", 400, ["claim", "id"], "duplicate_key"],
    ["__proto__ as a key", `{"__proto__":{},"claim":${JSON.stringify(ONE.claim)},"trainee":${JSON.stringify(person())}}`, "", 400, ["__proto__"], "unrecognized_keys"],
    ["Latin-1 bytes", new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]), "", 400, [], "not_utf8"],
    ["GBK bytes", new Uint8Array([...enc('{"claim":{"id":"'), 0xd5, 0xc5, ...enc('"}}')]), "", 400, [], "not_utf8"],
    ["NaN", '{"claim": NaN}', "", 400, [], "not_json"],
    ["an empty body", "", "", 400, [], "not_json"],
    ["a form body", "a=b", "", 400, [], "not_json"],
    ["a claim nested 50,000 deep", `{"trainee":${JSON.stringify(person())},"claim":${deep('{"a":', "}", 50_000).replace('{"a":}', '{"a":1}')}}`, "", 400, ["claim", "id"], "invalid_type"],
    ["a claims list nested 50,000 deep (a document: set aside, 200)", `{"claims":${deep("[", "]", 50_000)}}`, "", 200, [], ""],
    ["10,001 claims", { trainees: [person()], certificates: [K], claims: Array.from({ length: 10_001 }, (_, i) => ts(`T${i}`, "K", "2020-04-01")) }, "", 413, ["claims"], "too_many_records"],
    ["on=2020-13-01", ONE, "?on=2020-13-01", 400, ["query", "on"], "invalid_date"],
    ["on=2020-02-30", ONE, "?on=2020-02-30", 400, ["query", "on"], "invalid_date"],
    ["on in full-width digits", ONE, "?on=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%90-04-01", 400, ["query", "on"], "invalid_date"],
    ["order=bogus", ONE, "?order=bogus", 400, ["query", "order"], "invalid_query"],
    ["trace=TRUE", ONE, "?trace=TRUE", 400, ["query", "trace"], "invalid_query"],
    ["policy=__proto__", ONE, "?policy=__proto__", 400, ["query", "policy"], "unknown_policy"],
    ["claim= on /evaluate", ONE, "?claim=T", 400, ["query", "claim"], "invalid_query"],
  ];
  it("each bad input: the status, the field, the code, both languages, no stack trace, and the answer fits the document", async () => {
    for (const [name, body, query, status, path, code] of CASES) {
      const r = await post("/evaluate", body, query);
      expect([r.status, r.violations], name).toEqual([status, []]);
      expect(r.text, name).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/);
      if (status === 200) { expect(r.json.invalid.length, name).toBe(1); continue; }
      expect([r.json.code, r.json.issues[0].path, r.json.issues[0].code], name).toEqual([code, path, code]);
      expect([typeof r.json.message.zh, typeof r.json.message.en], name).toEqual(["string", "string"]);
    }
  });
  it("a JSON body sent as text/plain or with a byte-order mark is read as JSON (what Java and Python clients send), and decided", async () => {
    for (const init of [{ headers: { "content-type": "text/plain" } }, {}]) {
      const r = await post("/evaluate", init.headers === undefined ? `\ufeff${JSON.stringify(ONE)}` : JSON.stringify(ONE), "", init);
      expect([r.status, r.violations, paid(r.json.decisions)]).toEqual([200, [], { T: "granted 1000.00" }]);
    }
  });
  it("in a document, a claim with a bad date is in `invalid` naming claims.0.submittedOn, never dropped silently", async () => {
    const r = await post("/evaluate", { trainees: [person()], certificates: [K], claims: [ts("T", "K", "2020-02-30"), ts("U", "K", "2020-04-01")] });
    expect([r.status, r.violations, paid(r.json.decisions), r.json.invalid[0].issues[0].path]).toEqual([200, [], { U: "granted 1000.00" }, ["claims", 0, "submittedOn"]]);
  });
  // Mended the same morning (src/server/handler.ts parseInput); seen failing as `it` before.
  it("F4: a trainee given with \"residenceRegion\": null (what Jackson writes for an absent field) is a 400 whose code and message name trainee.residenceRegion — not unknown_reference “找不到所引用的记录 P”, a record that was given", async () => {
    const r = await post("/evaluate", { ...ONE, trainee: { ...person(), residenceRegion: null } });
    expect(r.status).toBe(400);
    expect(r.violations).toEqual([]);
    // Today: code "unknown_reference", message “找不到所引用的记录 P” / "no record with id P" (issues[0] is claim.traineeId);
    // trainee.residenceRegion is only issues[1]. The docs put unknown_reference among the 422s (records that do not fit together).
    expect([r.json.code, r.json.issues[0].path]).toEqual(["invalid_type", ["trainee", "residenceRegion"]]);
  });
  // Mended the same morning (src/server/handler.ts parseInput); seen failing as `it` before.
  it("F5: a body without its trainee says in both languages that trainee is required (today only “无效输入” / \"invalid input\")", async () => {
    const r = await post("/evaluate", { claim: ONE.claim, certificate: K });
    expect([r.status, r.json.issues[0].path, r.violations]).toEqual([400, ["trainee"], []]);
    expect(r.json.message.en).not.toBe("invalid input");
  });
});

describe("4. /explain and /diff say true things about the ordinary worker", { timeout: 60_000 }, () => {
  /** A source as quotations are compared with it (scripts/quotations.mjs): page furniture `— 7 —` and white space removed. */
  const LAW = ["jx2019", "gbf2019", "gf2018", "jf2018", "yf2018", "plan2021", "op2025"].map((d) => readFileSync(`law/sources/${d}.txt`, "utf8").replace(/^[ \t\u00a0\u3000]*—\s*\d+\s*—[ \t\u00a0\u3000]*$/gmu, "").replace(/\s+/g, ""));
  const verbatim = (q: string) => q.replace(/\s+/g, "").split("…").filter(Boolean).every((part) => LAW.some((t) => t.includes(part)));
  it("/explain of every claim of the table gives the decision /evaluate gives, and each passage in 「」 is the text verbatim", async () => {
    const evaluated = (await post("/evaluate", WORLD)).json.decisions as any[];
    for (const d of evaluated) {
      for (const lang of ["zh", "en"]) {
        const x = await post("/explain", WORLD, `?claim=${d.claimId}&lang=${lang}`);
        expect([x.status, x.violations], d.claimId).toEqual([200, []]);
        expect(x.json.decision, d.claimId).toEqual(d);
        const quoted = [...String(x.json.text).matchAll(/\u300c([^\u300d]*)\u300d/g)].map((m) => m[1]!);
        expect(quoted.length, d.claimId).toBeGreaterThan(0);
        for (const q of quoted) expect(verbatim(q), `${d.claimId}: ${q}`).toBe(true);
      }
    }
    const t4 = await post("/explain", WORLD, "?claim=T4");
    expect(t4.json.text).toContain("2020 年已享受 3 次职业培训补贴（补贴记录 T1、T2、T3）");
    expect(t4.json.text).toContain("「职业培训补贴原则上每人每年可享受不超过3次，但同一职业（项目）同一等级不可重复享受。」");
    const a1 = await post("/explain", WORLD, "?claim=A1");
    expect(a1.json.text).toContain("职业技能鉴定补贴: 120.00 × 1 certificate = 120.00  [jx2019.appraisal-subsidy 五(十一)");
  });
  it("GET /provisions: the passages of the provisions the ordinary worker's decisions cite are verbatim", async () => {
    const r = await H(new Request("http://localhost/provisions"));
    const body = (await r.json()) as { provisions: { id: string; passage?: string; otherPassages?: string[] }[] };
    const cited = ["jx2019.residency", "jx2019.annual-cap", "jx2019.appraisal-subsidy", "jx2019.catalogue", "jx2019.equal-standard", "jx2019.over-retirement", "jx2019.living-allowance", "gbf2019.certificate-basis"];
    for (const id of cited) {
      const p = body.provisions.find((x) => x.id === id);
      expect(p?.passage, id).toBeDefined();
      for (const q of [p!.passage!, ...(p!.otherPassages ?? [])]) expect(verbatim(q), `${id}: ${q}`).toBe(true);
    }
  });
  it("/diff of the senior-appraisal reform (150 → 200 from 2021-01-01) changes only D1, the 高级工 certificate of 2021-12-31, by 50.00", async () => {
    const patch = JSON.parse(readFileSync("fixtures/reforms/senior-appraisal-200.json", "utf8")) as O;
    const r = await post("/diff", { patches: [patch], population: WORLD });
    expect([r.status, r.violations]).toEqual([200, []]);
    const changed = (r.json.claims as any[]).filter((c) => c.changed).map((c) => [c.claimId, c.base.amount, c.reformed.amount, c.delta, c.attribution[0]?.provision]);
    // D1: 高级工, 2021-12-31: 「高级工、技师150元」 → the reform's 200.00; delta 50.00. E2 (技师, 2020) and V1 (a training subsidy) unchanged.
    expect(changed).toEqual([["D1", "150.00", "200.00", "50.00", "jx2019.appraisal-subsidy"]]);
  });
});
