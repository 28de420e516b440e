/**
 * The web service (issue #19): every endpoint with valid, invalid and oversized bodies,
 * each answer checked against the OpenAPI document; the document itself checked by an
 * OpenAPI 3.1 validator; the served command started as a child process (dist/cli.js,
 * which the build makes) and stopped with SIGTERM during a request.
 */
import type { ChildProcess } from "node:child_process";
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ParameterTable, RuleTable, WrittenDecision } from "../src/index.js";
import { evaluateBatch, jiaxingPolicy, parseClaimsDocument, parseSubsidyCatalogue, rebuildDecision } from "../src/index.js";
import { recordSchemas } from "../src/schemas/index.js";
import type { Handler } from "../src/server/index.js";
import { createHandler, openApiDocument, SCHEMA_NAMES, startServer } from "../src/server/index.js";
import { STACK_TRACE } from "./cli-helpers.js";
import type { Policy } from "../src/index.js";
import { nationalFrameworksPolicy } from "../src/index.js";
import { reformAll } from "../src/reform/index.js";
import { regionalPolicy } from "./support/national.js";
import { withIllustrativeLocal } from "./support/ordinary.js";
import { E1, poor, wft } from "./support/workForTraining.js";
import { parsed as parsedDocument } from "./support/world.js";

const WORKED = "fixtures/jiaxing/worked-example.json";
const worked = () => JSON.parse(readFileSync(WORKED, "utf8")) as { trainees: Record<string, unknown>[]; courses: Record<string, unknown>[]; certificates: Record<string, unknown>[]; claims: Record<string, unknown>[] };
const la60 = () => JSON.parse(readFileSync("fixtures/reforms/living-allowance-60.json", "utf8")) as Record<string, unknown>;

// ── the OpenAPI document, and checking answers against it ─────────────────────

type Operation = { responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }> };
const doc = openApiDocument() as unknown as { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };
const BASE = "https://skills-subsidy.invalid/openapi.json";
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false, validateSchema: false });
ajv.addSchema(doc as unknown as Record<string, unknown>, BASE);
const validators = new Map<string, ValidateFunction>();
const errorBody = ajv.compile({ $ref: `${BASE}#/components/schemas/Error` });

/** Checks an answer against the schema the document gives for that path, method and status. */
function conforms(path: string, method: string, status: number, body: unknown): void {
  const response = doc.paths[path]?.[method]?.responses[String(status)];
  expect(response, `${method.toUpperCase()} ${path} documents status ${status}`).toBeDefined();
  const schema = response?.content?.["application/json"]?.schema as Record<string, unknown>;
  const key = `${path} ${method} ${status}`;
  let validate = validators.get(key);
  if (validate === undefined) {
    validate = ajv.compile(typeof schema["$ref"] === "string" ? { $ref: `${BASE}${schema["$ref"]}` } : schema);
    validators.set(key, validate);
  }
  const ok = validate(body);
  expect(ok ? [] : validate.errors?.slice(0, 5), `${key} answer matches the document`).toEqual([]);
}

/** Calls the handler in process and checks the answer against the document. */
async function call(handler: Handler, method: "GET" | "POST" | "PUT" | "DELETE", url: string, body?: unknown, documented = url.split("?")[0] as string) {
  const init: RequestInit = { method };
  if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
  const response = await handler(new Request(`http://localhost${url}`, init));
  const json = (await response.json()) as Record<string, unknown>;
  const path = documented.startsWith("/schemas/") ? "/schemas/{record}" : documented;
  if (doc.paths[path]?.[method.toLowerCase()] !== undefined) conforms(path, method.toLowerCase(), response.status, json);
  else expect(errorBody(json) ? [] : errorBody.errors, `${method} ${url}: an error body`).toEqual([]); // a method no path takes: the 405 is an Error
  return { status: response.status, headers: response.headers, json };
}

describe("the OpenAPI document", () => {
  test("is a valid OpenAPI 3.1 document (checked by @seriousme/openapi-schema-validator)", async () => {
    const result = await new Validator().validate(doc as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
  });

  test("describes every endpoint and every record", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(["/diff", "/evaluate", "/explain", "/health", "/openapi.json", "/parameters", "/policies", "/provisions", "/schemas/{record}"]);
    const components = Object.keys(doc.components.schemas);
    for (const record of ["Trainee", "Course", "Certificate", "Enterprise", "Apprenticeship", "Claim", "Grant", "ClaimsDocument", "ClaimInput", "Patch", "Decision", "Error"]) expect(components).toContain(record);
    expect(Object.keys(recordSchemas)).toHaveLength(7);
  });

  test("is shipped as schemas/openapi.json, the same document the server gives", () => {
    expect(JSON.parse(readFileSync("schemas/openapi.json", "utf8"))).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  test("accepts the shipped claims documents as request bodies", () => {
    const validate = ajv.compile({ $ref: `${BASE}#/components/schemas/EvaluateRequest` });
    for (const file of [WORKED, "fixtures/jiaxing/claims.json", "fixtures/jiaxing/reform-population.json"]) expect(validate(JSON.parse(readFileSync(file, "utf8"))), file).toBe(true);
    expect(validate({ claims: [], extra: 1 })).toBe(false);
    expect(validate({ $schema: "https://example.invalid/claims-document.json", claims: [] })).toBe(true);
  });

  test("describes the optional facts too: 以工代训 months held in a gap of the standard (`months`), and months counted per employer (`employer`), are decisions the document accepts", () => {
    // Found 2026-12-07: the schemas of no_local_standard, provision_not_in_force, work_for_training_months and
    // work_for_training_months_used lacked facts the library writes (strict objects: such a decision did not validate).
    const validate = ajv.compile({ $ref: `${BASE}#/components/schemas/Decision` });
    const reform = (base: Policy, changes: Record<string, unknown>[]): Policy => {
      const r = reformAll(base, [{ id: "server-facts", label: { zh: "改革", en: "reform" }, changes }] as never);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      return r.value.policy;
    };
    // ILLUSTRATIVE standards: 500.00 a month to December 2020, none in January–February 2021, 600.00 from March 2021
    const gap = reform(regionalPolicy(nationalFrameworksPolicy()), [
      { parameter: "workForTraining.monthlyRate", from: "2020-07-01", until: "2021-01-01", value: "500.00" },
      { parameter: "workForTraining.monthlyRate", from: "2021-03-01", until: "2028-01-01", value: "600.00" },
    ]);
    const perEmployer = reform(withIllustrativeLocal(nationalFrameworksPolicy()), [{ parameter: "workForTraining.maxMonthsPerEmployer", from: "2019-05-18", until: "2028-01-01", value: true }]);
    const doc = (months: string[]) => parsedDocument({ enterprises: [E1], trainees: [poor()], claims: [wft("A", months, "2021-06-01")] });
    const held = evaluateBatch(gap, doc(["2020-12", "2021-01", "2021-02", "2021-03"]), { trace: false }).decisions[0]; // the written form without a trace: the trace is keyed when written
    const perE = evaluateBatch(perEmployer, doc(["2021-01", "2021-02"]), { trace: false }).decisions[0];
    // December pays 500.00 and March 600.00 (1100.00); January and February are held for a standard, named in `months`
    expect(held?.reasons.some((r) => r.code === "no_local_standard" && JSON.stringify(r.facts).includes('"months"'))).toBe(true);
    expect(perE?.reasons.some((r) => r.code === "work_for_training_months" && "employer" in r.facts)).toBe(true);
    for (const d of [held, perE]) expect(validate(JSON.parse(JSON.stringify(d))) ? [] : validate.errors?.slice(0, 3)).toEqual([]);
  });
});

describe("the handler, in process", () => {
  const handler = createHandler();

  test("GET /health, /policies, /provisions, /openapi.json answer as documented", async () => {
    expect((await call(handler, "GET", "/health")).json).toEqual({ status: "ok", version: expect.any(String) });
    const policies = await call(handler, "GET", "/policies");
    expect((policies.json["policies"] as { id: string }[]).map((p) => p.id)).toEqual(["national", "jiaxing-2019", "jieyang-2018", "national-frameworks"]);
    const provisions = await call(handler, "GET", "/provisions");
    const living = (provisions.json["provisions"] as { id: string; clause: string; citedBy: string[] }[]).find((p) => p.id === "jx2019.living-allowance");
    expect(living?.clause).toBe("四(三)四");
    expect(living?.citedBy).toContain("jiaxing-2019");
    expect((await call(handler, "GET", "/openapi.json")).json["openapi"]).toBe("3.1.0");
  });

  test("GET /parameters gives the value in force on a date, with its layer", async () => {
    const { json } = await call(handler, "GET", "/parameters?policy=jiaxing-2019&on=2020-06-01");
    const rate = (json["parameters"] as { id: string; inForce?: { value: unknown; layer: string } }[]).find((p) => p.id === "livingAllowance.dailyRate");
    // jx2019 四(三)四 sets the living allowance at 50 yuan per person per training day (paraphrase), in force from the plan's issue (2019-12-13).
    expect(rate?.inForce).toMatchObject({ inForce: true, value: "50.00", layer: "zhejiang.jiaxing.jx2019" });
    expect((await call(handler, "GET", "/parameters?on=2020-02-30")).status).toBe(400);
    const unknown = await call(handler, "GET", "/parameters?policy=hangzhou");
    expect([unknown.status, unknown.json["code"], (unknown.json["issues"] as { path: unknown[] }[])[0]?.path]).toEqual([400, "unknown_policy", ["query", "policy"]]);
  });

  test.each(SCHEMA_NAMES)("GET /schemas/%s is a JSON Schema that compiles", async (name) => {
    const { status, json } = await call(handler, "GET", `/schemas/${name}`);
    expect(status).toBe(200);
    expect(json["$id"]).toBe(`urn:skills-subsidy:schema:${name}`);
    expect(() => new Ajv2020({ strict: false, validateFormats: false }).compile(json)).not.toThrow();
  });

  test("GET /schemas/lunch is a 404 naming the schemas there are", async () => {
    const { status, json } = await call(handler, "GET", "/schemas/lunch");
    expect(status).toBe(404);
    expect((json["message"] as { en: string }).en).toContain("claim");
  });

  test("POST /evaluate decides a claims document: the worked example's four claims", async () => {
    const { status, json } = await call(handler, "POST", "/evaluate", worked());
    expect(status).toBe(200);
    const decisions = json["decisions"] as { claimId: string; outcome: string; amount: string | null; trace: unknown[] }[];
    // WX-2, living allowance: 8 attended days × 50 yuan (jx2019 四(三)四, paraphrase) = 400.00.
    expect(decisions.find((d) => d.claimId === "WX-2")).toMatchObject({ outcome: "granted", amount: "400.00" });
    expect(decisions.every((d) => d.trace.length > 0)).toBe(true);
    const lean = await call(handler, "POST", "/evaluate?trace=false", worked());
    expect((lean.json["decisions"] as { trace: unknown[] }[]).every((d) => d.trace.length === 0)).toBe(true);
    expect(lean.json["parameters"]).toEqual({});
    expect(lean.json["rules"]).toEqual({});
    expect(lean.json["summary"]).toEqual(json["summary"]);
  });

  test("POST /evaluate names each rule and parameter by key, writes each entry once in `rules` and `parameters`, and the decisions rebuild from the response alone", async () => {
    const { status, json } = await call(handler, "POST", "/evaluate", worked());
    expect(status).toBe(200);
    const decisions = json["decisions"] as WrittenDecision[];
    const table = json["parameters"] as ParameterTable;
    const rules = json["rules"] as RuleTable;
    const steps = decisions.flatMap((d) => d.trace);
    const uses = steps.flatMap((s) => s.parameters);
    expect(uses.length).toBeGreaterThan(Object.keys(table).length);
    expect(steps.length).toBeGreaterThan(Object.keys(rules).length);
    for (const u of uses) expect(u).not.toHaveProperty("value");
    for (const s of steps) expect(s).not.toHaveProperty("citation");
    // Every entry the traces name is there, and nothing else.
    expect(Object.keys(table).sort()).toEqual([...new Set(uses.map((u) => u.hash))].sort());
    expect(Object.keys(rules).sort()).toEqual([...new Set(steps.map((s) => s.hash))].sort());
    const parsed = parseClaimsDocument(worked());
    if (!parsed.ok) throw new Error("the worked example does not parse");
    const decided = evaluateBatch(jiaxingPolicy(), parsed.value.document).decisions;
    expect(decisions.map((d) => rebuildDecision(d, { parameters: table, rules }))).toEqual(JSON.parse(JSON.stringify(decided)));
  });

  test("POST /explain carries the rule and parameter entries of the claim's trace, and rebuilds from the response", async () => {
    const { status, json } = await call(handler, "POST", "/explain?claim=WX-2", worked());
    expect(status).toBe(200);
    const decision = json["decision"] as WrittenDecision;
    const table = json["parameters"] as ParameterTable;
    const rules = json["rules"] as RuleTable;
    expect(Object.keys(table).sort()).toEqual([...new Set(decision.trace.flatMap((s) => s.parameters.map((u) => u.hash)))].sort());
    expect(Object.keys(rules).sort()).toEqual([...new Set(decision.trace.map((s) => s.hash))].sort());
    const rebuilt = rebuildDecision(decision, { parameters: table, rules });
    // WX-2, living allowance: 8 attended days × 50 yuan a day (jx2019 四(三)四, paraphrase) = 400.00; the rate read is 50.00.
    expect(rebuilt.amount).toBe("400.00");
    expect(rebuilt.trace.flatMap((s) => s.parameters).find((u) => u.parameter === "livingAllowance.dailyRate")?.value).toBe("50.00");
  });

  test("POST /evaluate decides one claim given with its records", async () => {
    const w = worked();
    // a "$schema" key, as every input document may carry for editors, is allowed and read by nothing
    const body = { $schema: "https://example.invalid/claim-input.json", claim: w.claims[1], trainee: w.trainees[0], course: w.courses[0] };
    const { status, json } = await call(handler, "POST", "/evaluate", body);
    expect(status).toBe(200);
    // 8 days × 50 yuan = 400.00, as in the document.
    expect((json["decisions"] as { amount: string }[]).map((d) => d.amount)).toEqual(["400.00"]);
  });

  describe("jx2019 五(十一) 「通过初次职业技能鉴定」: one appraisal claim is judged against the trainee's other certificates given as traineeCertificates", () => {
    const w = worked();
    // WX-3: the appraisal subsidy for CT-WX1, a 初级工 certificate in EX-ELEC issued 2021-03-20.
    // The certificates without the courses they name (not given here).
    const [own, other] = w.certificates.map(({ courseId: _, ...c }) => c);
    const single = (traineeCertificates?: unknown) => ({ claim: w.claims[2], trainee: w.trainees[0], certificate: own, ...(traineeCertificates === undefined ? {} : { traineeCertificates }) });
    const earlier = { ...own, id: "CT-OLD", issuedOn: "2020-05-01" };
    const amounts = (json: Record<string, unknown>) => (json["decisions"] as { amount: string; reasons: { code: string }[] }[]).map((d) => [d.amount, d.reasons.map((r) => r.code).at(-1)]);

    test("without them, or with only the claim's own certificate, the first appraisal is paid 120.00", async () => {
      // 初级工 120 元 (jx2019 五(十一)).
      expect(amounts((await call(handler, "POST", "/evaluate", single())).json)).toEqual([["120.00", "appraisal_first_time"]]);
      expect(amounts((await call(handler, "POST", "/evaluate", single([own, other]))).json)).toEqual([["120.00", "appraisal_first_time"]]);
    });

    test("an earlier certificate of the same occupation and level makes it not the first: denied 0.00", async () => {
      const { status, json } = await call(handler, "POST", "/evaluate", single([earlier]));
      expect(status).toBe(200);
      expect(amounts(json)).toEqual([["0.00", "appraisal_not_first"]]);
    });

    test("an invalid field of one of them is a 400 naming it, and the claim's own certificate given twice with other contents a 422", async () => {
      const bad = await call(handler, "POST", "/evaluate", single([earlier, { ...earlier, id: "CT-BAD", issuedOn: "2020-02-30" }]));
      expect(bad.status).toBe(400);
      expect((bad.json["issues"] as { path: unknown[] }[]).map((i) => i.path.join("."))).toContain("traineeCertificates.1.issuedOn");
      const twice = await call(handler, "POST", "/evaluate", single([{ ...own, issuedOn: "2021-03-21" }]));
      expect(twice.status).toBe(422);
      expect(twice.json["issues"]).toEqual(expect.arrayContaining([expect.objectContaining({ code: "duplicate_id", path: ["traineeCertificates", 0, "id"] })]));
      const notList = await call(handler, "POST", "/evaluate", { ...single(), traineeCertificates: earlier });
      expect(notList.status).toBe(400);
      expect((notList.json["issues"] as { path: unknown[]; code: string }[])[0]).toMatchObject({ path: ["traineeCertificates"], code: "invalid_type" });
    });
  });

  test("one claim with an invalid field is a 400 naming the field", async () => {
    const w = worked();
    const { status, json } = await call(handler, "POST", "/evaluate", { claim: w.claims[1], trainee: w.trainees[0], course: { ...w.courses[0], startDate: "2021-02-30" } });
    expect(status).toBe(400);
    const paths = (json["issues"] as { path: unknown[] }[]).map((i) => i.path.join("."));
    expect(paths).toContain("course.startDate");
  });

  test("one claim whose records are valid but belong to another trainee is a 422", async () => {
    const w = worked();
    const { status, json } = await call(handler, "POST", "/evaluate", { claim: w.claims[1], trainee: w.trainees[0], course: { ...w.courses[0], traineeId: "P-OTHER" } });
    expect(status).toBe(422);
    expect((json["issues"] as { code: string }[]).every((i) => ["reference_mismatch", "unknown_reference"].includes(i.code))).toBe(true);
    expect((json["message"] as { zh: string; en: string }).zh.length).toBeGreaterThan(0);
  });

  test("a document with a bad record decides the rest and reports the bad one", async () => {
    const w = worked();
    w.claims.push({ id: "bad id!" });
    const { status, json } = await call(handler, "POST", "/evaluate", w);
    expect(status).toBe(200);
    expect((json["decisions"] as unknown[]).length).toBe(4);
    expect(json["invalid"]).toMatchObject([{ collection: "claims", index: 4 }]);
  });

  test.each([
    ["not JSON", "{not json", "not_json"],
    ["an empty body", "", "not_json"],
    ["a key given twice", '{"claims":[],"claims":[]}', "duplicate_key"],
    ["a list, not a document", "[]", "invalid_input"],
  ])("%s is a 400 with the library's code", async (_name, body, code) => {
    const { status, json } = await call(handler, "POST", "/evaluate", body);
    expect([status, json["code"]]).toEqual([400, code]);
    expect(JSON.stringify(json)).not.toMatch(/\n\s+at /);
  });

  test("a body that is not UTF-8 (a document saved as GBK) is a 400 not_utf8 naming the byte where it stops being UTF-8, in both languages, as the command line says it", async () => {
    // {"claims":[],"source":"示例"} with 示例 in GBK: ca be c0 fd — ca be happen to be a UTF-8 sequence, c0 cannot start one
    const head = new TextEncoder().encode('{"claims":[],"source":"');
    const body = Uint8Array.of(...head, 0xca, 0xbe, 0xc0, 0xfd, 0x22, 0x7d);
    const response = await handler(new Request("http://localhost/evaluate", { method: "POST", body }));
    expect(response.status).toBe(400);
    const error = (await response.json()) as { code: string; message: { zh: string; en: string }; issues: { facts?: unknown }[] };
    conforms("/evaluate", "post", 400, error as unknown as Record<string, unknown>);
    expect(error.code).toBe("not_utf8");
    expect(error.message.en).toContain(`offset ${head.length + 2}`);
    expect(error.message.zh.length).toBeGreaterThan(0);
  });

  test("POST /evaluate?order=trainee makes the same decisions trainee by trainee; any other order is a 400 naming the parameter in both languages", async () => {
    const body = readFileSync(new URL("../fixtures/jiaxing/claims.json", import.meta.url), "utf8");
    const judged = await call(handler, "POST", "/evaluate", body);
    const grouped = await call(handler, "POST", "/evaluate?order=trainee", body);
    expect(grouped.status).toBe(200);
    type D = { claimId: string };
    const ids = (json: Record<string, unknown>) => (json["decisions"] as D[]).map((d) => d.claimId);
    const sorted = (json: Record<string, unknown>) => [...(json["decisions"] as D[])].sort((a, b) => (a.claimId < b.claimId ? -1 : 1));
    expect(sorted(grouped.json)).toEqual(sorted(judged.json));
    expect(grouped.json["summary"]).toEqual(judged.json["summary"]);
    // the fixture's judged order interleaves trainees; trainee by trainee it does not
    const traineeOf = new Map((JSON.parse(body) as { claims: { id: string; traineeId: string }[] }).claims.map((c) => [c.id, c.traineeId]));
    const runs = (list: string[]) => list.map((id) => traineeOf.get(id)).filter((t, i, all) => i === 0 || t !== all[i - 1]).length;
    expect(runs(ids(grouped.json))).toBe(new Set(traineeOf.values()).size);
    expect(runs(ids(judged.json))).toBeGreaterThan(new Set(traineeOf.values()).size);
    expect((await call(handler, "POST", "/evaluate?order=judged", body)).json["decisions"]).toEqual(judged.json["decisions"]);
    const bad = await call(handler, "POST", "/evaluate?order=person", body);
    expect([bad.status, bad.json["code"]]).toEqual([400, "invalid_query"]);
    expect(bad.json["message"]).toEqual({ zh: expect.stringContaining("order") as unknown, en: expect.stringContaining("order") as unknown });
  });

  test("a misspelt query parameter is a 400, not ignored", async () => {
    const { status, json } = await call(handler, "POST", "/evaluate?trace=no", worked());
    expect([status, json["code"]]).toEqual([400, "invalid_query"]);
    expect((await call(handler, "POST", "/evaluate?trcae=false", worked())).status).toBe(400);
  });

  test("POST /explain gives one claim's decision and its text in the language asked", async () => {
    const { status, json } = await call(handler, "POST", "/explain?claim=WX-2&lang=en", worked());
    expect(status).toBe(200);
    expect((json["decision"] as { amount: string }).amount).toBe("400.00");
    expect(json["text"]).toContain("claim WX-2");
    const zh = await call(handler, "POST", "/explain?claim=WX-2", worked());
    expect(zh.json["text"]).toContain("申请 WX-2");
    expect((await call(handler, "POST", "/explain?claim=WX-9", worked())).json["code"]).toBe("unknown_claim");
    expect((await call(handler, "POST", "/explain", worked())).status).toBe(400);
  });

  test("POST /diff compares a reform with the policy on a population", async () => {
    const { status, json } = await call(handler, "POST", "/diff", { patches: [la60()], population: worked() });
    expect(status).toBe(200);
    // WX-2's 8 training days in March 2021: 8 × 60 = 480.00 under the reform, 8 × 50 = 400.00 before: +80.00.
    const wx2 = (json["claims"] as { claimId: string; delta: string }[]).find((c) => c.claimId === "WX-2");
    expect(wx2?.delta).toBe("80.00");
    expect((json["totals"] as { all: { delta: string } }).all.delta).toBe("80.00");
  });

  test("POST /diff with a bad patch is a 400 naming the field", async () => {
    const patch = la60();
    const bad = { ...patch, changes: [{ parameter: "livingAllowance.dailyRate", from: "2021-01-01", value: "sixty" }] };
    const { status, json } = await call(handler, "POST", "/diff", { patches: [bad], population: worked() });
    expect(status).toBe(400);
    expect((json["issues"] as { path: unknown[] }[]).map((i) => i.path.join("."))).toEqual(["patches.0.changes.0.value"]);
    expect((await call(handler, "POST", "/diff", { population: worked() })).status).toBe(400);
    expect((await call(handler, "POST", "/diff", { patches: [patch], population: [] })).status).toBe(400);
  });

  test("an unknown path is a 404 and a wrong method a 405 with Allow", async () => {
    const missing = await call(handler, "GET", "/claims", undefined, "/health");
    expect([missing.status, missing.json["code"]]).toEqual([404, "not_found"]);
    const wrong = await call(handler, "PUT", "/evaluate", "{}", "/evaluate");
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST");
  });

  test("a body over the byte limit and a document over the claim limit are 413", async () => {
    const small = createHandler({ limits: { maxBodyBytes: 1000, maxClaims: 2 } });
    const big = await call(small, "POST", "/evaluate", { claims: [], padding: "x".repeat(1000) });
    expect([big.status, big.json["code"]]).toEqual([413, "input_too_large"]);
    // three claims, one over the limit of two
    const many = await call(small, "POST", "/evaluate", { claims: [{}, {}, {}] });
    expect([many.status, many.json["code"]]).toEqual([413, "too_many_records"]);
    // two claims: at the limit, decided (each invalid here)
    expect((await call(small, "POST", "/evaluate", { claims: [{}, {}] })).status).toBe(200);
  });

  test("a request over the time limit is stopped with a 503", async () => {
    const hasty = createHandler({ limits: { timeLimitMs: 0 } });
    const { status, json } = await call(hasty, "POST", "/evaluate", worked());
    expect([status, json["code"]]).toEqual([503, "time_limit_exceeded"]);
  });

  test("an unexpected fault is a 500 without a stack, reported to onError", async () => {
    const seen: unknown[] = [];
    const throwing = { map: () => { throw new TypeError("boom at provisions"); } };
    const broken = createHandler({ provisions: throwing as unknown as [], onError: (e) => seen.push(e) });
    const { status, json } = await call(broken, "GET", "/provisions");
    expect([status, json["code"]]).toEqual([500, "internal_error"]);
    expect(JSON.stringify(json)).not.toMatch(STACK_TRACE);
    expect(JSON.stringify(json)).not.toContain("TypeError");
    expect(seen).toHaveLength(1);
  });

  test("no CORS headers by default; with an origin, only that origin is allowed", async () => {
    const plain = await handler(new Request("http://localhost/health", { headers: { origin: "https://evil.example" } }));
    expect(plain.headers.get("access-control-allow-origin")).toBeNull();
    const open = createHandler({ cors: "https://gov.example" });
    expect((await open(new Request("http://localhost/health", { headers: { origin: "https://gov.example" } }))).headers.get("access-control-allow-origin")).toBe("https://gov.example");
    expect((await open(new Request("http://localhost/health", { headers: { origin: "https://evil.example" } }))).headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await open(new Request("http://localhost/evaluate", { method: "OPTIONS", headers: { origin: "https://gov.example" } }));
    expect([preflight.status, preflight.headers.get("access-control-allow-methods")]).toEqual([204, "POST"]);
  });
});

// ── over HTTP ────────────────────────────────────────────────────────────────

/** Starts `skills-subsidy serve` as a child process on a free port; resolves with its URL. */
function serveChild(args: readonly string[] = []): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, ["dist/cli.js", "serve", "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stderr?.on("data", (c: Buffer) => (err += c.toString()));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (c: Buffer) => {
      out += c.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url !== undefined) resolve({ child, url, stderr: () => err });
    });
    child.once("exit", (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));

describe("skills-subsidy serve, as a child process", () => {
  let server: Awaited<ReturnType<typeof serveChild>>;
  beforeAll(async () => {
    server = await serveChild(["--max-body", String(64 * 1024)]);
  });
  afterAll(() => {
    server.child.kill("SIGKILL");
  });

  test("curl -d @worked-example.json returns the same decisions as evaluate --format json", async () => {
    // What `curl -s localhost:PORT/evaluate -d @fixtures/jiaxing/worked-example.json` sends: the file, form-encoded by name.
    const response = await fetch(`${server.url}/evaluate`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: readFileSync(WORKED) });
    expect(response.status).toBe(200);
    const served = (await response.json()) as { decisions: unknown[]; parameters: unknown; summary: unknown };
    const cli = JSON.parse(execFileSync(process.execPath, ["dist/cli.js", "evaluate", WORKED, "--format", "json"], { encoding: "utf8" })) as { decisions: unknown[]; parameters: unknown; summary: unknown };
    expect(served.decisions).toEqual(cli.decisions);
    expect(served.parameters).toEqual(cli.parameters);
    expect(served.summary).toEqual(cli.summary);
    expect(served.decisions).toHaveLength(4);
    conforms("/evaluate", "post", 200, served);
  });

  test("GET /provisions carries the shipped catalogue's kinds and summaries", async () => {
    const body = (await (await fetch(`${server.url}/provisions`)).json()) as { provisions: { id: string; kind: string | null; summary: string | null }[] };
    conforms("/provisions", "get", 200, body);
    const living = body.provisions.find((p) => p.id === "jx2019.living-allowance");
    expect(living?.kind).not.toBeNull();
    expect(living?.summary).not.toBeNull();
  });

  test("listens on 127.0.0.1 by default, and sends no CORS header", async () => {
    expect(new URL(server.url).hostname).toBe("127.0.0.1");
    const response = await fetch(`${server.url}/health`, { headers: { origin: "https://evil.example" } });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  test("a body over --max-body is a 413, declared or streamed", async () => {
    const big = Buffer.alloc(64 * 1024 + 1, 0x20);
    const declared = await fetch(`${server.url}/evaluate`, { method: "POST", body: big });
    expect(declared.status).toBe(413);
    conforms("/evaluate", "post", 413, await declared.json());
    // chunked, with no Content-Length: counted as it arrives
    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${server.url}/evaluate`, { method: "POST", headers: { "transfer-encoding": "chunked" } }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      for (let i = 0; i < 5; i++) req.write(Buffer.alloc(16 * 1024, 0x20));
      req.end();
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body)).toMatchObject({ code: "input_too_large" });
  });

  test("SIGTERM during a request: the request finishes, new ones are refused, the process exits 0", async () => {
    const own = await serveChild();
    const body = readFileSync(WORKED);
    const half = Math.floor(body.length / 2);
    // A request in flight: its body half sent when the signal comes.
    const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${own.url}/evaluate`, { method: "POST", headers: { "content-type": "application/json", "content-length": String(body.length) } }, (res) => {
        let text = "";
        res.on("data", (c: Buffer) => (text += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on("error", reject);
      req.write(body.subarray(0, half));
      setTimeout(() => {
        own.child.kill("SIGTERM");
        // wait for the server to stop listening, then try a new request, then finish the first
        setTimeout(() => {
          fetch(`${own.url}/health`)
            .then((r) => ({ refused: false, status: r.status }))
            .catch(() => ({ refused: true, status: 0 }))
            .then((fresh) => {
              newRequest = fresh;
              req.end(body.subarray(half));
            }, reject);
        }, 300);
      }, 200);
    });
    let newRequest: { refused: boolean; status: number } | undefined;
    const finished = await inFlight;
    expect(newRequest?.refused === true || newRequest?.status === 503).toBe(true);
    expect(finished.status).toBe(200);
    expect((JSON.parse(finished.body) as { decisions: unknown[] }).decisions).toHaveLength(4);
    expect(await exited(own.child)).toBe(0);
    expect(own.stderr()).toContain("SIGTERM");
  });
});

describe("shutting down in process", () => {
  test("a request on a connection kept open is answered 503 shutting_down; the close waits for the one in flight", async () => {
    const running = await startServer({ port: 0 });
    expect((await fetch(`${running.url}/health`)).status).toBe(200);
    const body = readFileSync(WORKED);
    let resolveBody: (() => void) | undefined;
    const slow = new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${running.url}/evaluate`, { method: "POST", headers: { "content-length": String(body.length) } }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", reject);
      req.write(body.subarray(0, 10));
      resolveBody = () => req.end(body.subarray(10));
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(running.inFlight()).toBe(1);
    const closed = running.close(5_000);
    resolveBody?.();
    expect(await slow).toBe(200);
    expect(await closed).toBe(true);
  });
});

describe("limits over HTTP, in process", () => {
  test("a body that does not arrive within the time limit is a 408 in JSON", async () => {
    const running = await startServer({ port: 0, limits: { timeLimitMs: 300 } });
    try {
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(`${running.url}/evaluate`, { method: "POST", headers: { "content-length": "1000" } }, (res) => {
          let body = "";
          res.on("data", (c: Buffer) => (body += c.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on("error", reject);
        req.write("{"); // and nothing more
      });
      expect(answer.status).toBe(408);
      expect(JSON.parse(answer.body)).toMatchObject({ code: "request_timeout", message: { zh: expect.stringContaining("300"), en: expect.stringContaining("300") } });
    } finally {
      await running.close(1000);
    }
  });

  test("serve refuses a port out of range and an origin that is not one (exit 2)", () => {
    for (const args of [["--port", "70000"], ["--cors", "example.gov.cn/path"], ["--max-claims", "0"]]) {
      let status = 0;
      try {
        execFileSync(process.execPath, ["dist/cli.js", "serve", ...args], { stdio: "pipe", timeout: 10_000 });
      } catch (error) {
        status = (error as { status: number }).status;
      }
      expect(status, args.join(" ")).toBe(2);
    }
  });
});

describe("the browser-safe core does not reach the server", () => {
  test("a browser bundle of dist/index.js holds none of the server's code", async () => {
    const result = await build({
      stdin: { contents: 'export * from "./dist/index.js";', resolveDir: ".", loader: "js" },
      bundle: true,
      write: false,
      platform: "browser",
      format: "esm",
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((p) => p.includes("server"))).toEqual([]);
    const text = result.outputFiles?.[0]?.text ?? "";
    expect(text).not.toContain("time_limit_exceeded");
    expect(text).not.toContain("node:http");
    expect(text.length).toBeGreaterThan(10_000);
    // the same bundle of the server's entry does carry that code, so the check can fail
    const server = await build({ stdin: { contents: 'export * from "./dist/server.js";', resolveDir: ".", loader: "js" }, bundle: true, write: false, platform: "node", format: "esm", logLevel: "silent" });
    expect(server.outputFiles?.[0]?.text ?? "").toContain("time_limit_exceeded");
  });

  test("the core package has no server dependency", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["csv-parse", "yaml", "zod"]);
  });
});

describe("a subsidy catalogue given to the service (cold audit 7, F1): jx2019 五(十一) 「各地应根据职业技能培训补贴目录清单，按照同一工种、同一等级、同一补贴标准」", () => {
  const CATALOGUE = "fixtures/jiaxing/catalogue-2020.json";
  const edition = () => {
    const parsed = parseSubsidyCatalogue(JSON.parse(readFileSync(CATALOGUE, "utf8")));
    if (!parsed.ok) throw new Error("the illustrative catalogue does not parse");
    return parsed.value;
  };
  const brief = (decisions: readonly { claimId: string; outcome: string; amount: string | null; reasons: readonly { code: string }[] }[], id: string) => {
    const d = decisions.find((x) => x.claimId === id);
    return d === undefined ? "missing" : `${d.outcome}:${d.amount}`;
  };
  const post = (h: Handler, body: unknown, query = "") => h(new Request(`http://localhost/evaluate${query}`, { method: "POST", body: JSON.stringify(body) }));

  test("with the city's catalogue (createHandler({ catalogues })) the service pays the worked example's training subsidies as evaluate --catalogue does: WX-1 1300.00, WX-4 1560.00", async () => {
    // WX-1: EX-ELEC 初级工 1000.00 × 1.3 = 1300.00; WX-4: EX-WELD 初级工 1200.00 × 1.3 = 1560.00 (the trade-friction uplift,
    // 「受经贸摩擦影响的企业职工培训补贴标准参照同类职业（工种）补贴标准上浮30%」; the illustrative catalogue's rows).
    const served = (await (await post(createHandler({ catalogues: { "jiaxing-2019": edition() } }), worked())).json()) as { decisions: WrittenDecision[]; parameters: unknown; rules: unknown; summary: unknown };
    const cli = JSON.parse(execFileSync(process.execPath, ["dist/cli.js", "evaluate", WORKED, "--catalogue", CATALOGUE, "--format", "json"], { encoding: "utf8" })) as typeof served;
    expect([brief(served.decisions, "WX-1"), brief(served.decisions, "WX-4")]).toEqual(["granted:1300.00", "granted:1560.00"]);
    expect(served.decisions).toEqual(cli.decisions);
    expect(served.parameters).toEqual(cli.parameters);
    expect(served.summary).toEqual(cli.summary);
    conforms("/evaluate", "post", 200, served);
  });

  test("without one the same claims are held, no_local_standard (the standard is the city's), never refused or priced at zero", async () => {
    const served = (await (await post(createHandler(), worked(), "?trace=false")).json()) as { decisions: WrittenDecision[] };
    const wx1 = served.decisions.find((d) => d.claimId === "WX-1");
    expect([wx1?.outcome, wx1?.reasons.map((r) => r.code)]).toEqual(["undecidable", expect.arrayContaining(["no_local_standard"])]);
  });

  test("the catalogue prices only the policy it is given for: a request under national-frameworks is not priced with Jiaxing's rows", async () => {
    const h = createHandler({ catalogues: { "jiaxing-2019": edition() } });
    const jx = (await (await h(new Request("http://localhost/parameters?policy=jiaxing-2019&on=2020-06-01"))).json()) as { policy: { hash: string } };
    const plain = (await (await createHandler()(new Request("http://localhost/parameters?policy=jiaxing-2019&on=2020-06-01"))).json()) as { policy: { hash: string } };
    const national = (await (await h(new Request("http://localhost/parameters?policy=national-frameworks&on=2020-06-01"))).json()) as { policy: { hash: string } };
    const nationalPlain = (await (await createHandler()(new Request("http://localhost/parameters?policy=national-frameworks&on=2020-06-01"))).json()) as { policy: { hash: string } };
    expect(jx.policy.hash).not.toBe(plain.policy.hash);
    expect(national.policy.hash).toBe(nationalPlain.policy.hash);
  });

  test("a catalogue for a policy the service does not serve stops the handler being made, naming catalogues.<id> in Chinese and English", () => {
    let error: unknown;
    try {
      createHandler({ catalogues: { "hangzhou-2020": edition() } });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "invalid_argument", facts: { argument: "catalogues.hangzhou-2020" }, messages: { zh: expect.stringContaining("hangzhou-2020"), en: expect.stringContaining("serves no policy hangzhou-2020") } });
  });

  test("an edition that is not a subsidy catalogue (a standard of \"abc\") stops the handler being made, naming the place under catalogues.<id>, never a bare TypeError", () => {
    const bad = { ...edition(), entries: edition().entries.map((e, i) => (i === 0 ? { ...e, standard: "abc" } : e)) };
    let error: unknown;
    try {
      createHandler({ catalogues: { "jiaxing-2019": [edition(), bad as never] } });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "invalid_argument", facts: { argument: expect.stringMatching(/^catalogues\.jiaxing-2019\.1\.entries\.0\.standard/) } });
    expect((error as Error).message).toContain("not a subsidy catalogue");
  });

  test("skills-subsidy serve --catalogue <file> prices the default policy's training subsidy over HTTP; --catalogue jiaxing-2019=<file> says which policy", async () => {
    for (const given of [CATALOGUE, `jiaxing-2019=${CATALOGUE}`]) {
      const server = await serveChild(["--catalogue", given]);
      try {
        const body = (await (await fetch(`${server.url}/evaluate?trace=false`, { method: "POST", body: readFileSync(WORKED) })).json()) as { decisions: WrittenDecision[] };
        expect(brief(body.decisions, "WX-1"), given).toBe("granted:1300.00"); // EX-ELEC 初级工 1000.00 × 1.3
      } finally {
        server.child.kill("SIGKILL");
      }
    }
  });

  test("serve refuses a catalogue it cannot use (exit 2): a file that is not a catalogue, two for one policy, a missing file", () => {
    for (const args of [["--catalogue", WORKED], ["--catalogue", CATALOGUE, "--catalogue", `jiaxing-2019=${CATALOGUE}`], ["--catalogue", "no-such-catalogue.json"]]) {
      let status = 0;
      let stderr = "";
      try {
        execFileSync(process.execPath, ["dist/cli.js", "serve", "--port", "0", ...args], { stdio: "pipe", timeout: 10_000 });
      } catch (error) {
        status = (error as { status: number }).status;
        stderr = String((error as { stderr: Buffer }).stderr);
      }
      expect(status, args.join(" ")).toBe(2);
      expect(stderr, args.join(" ")).toMatch(/--catalogue|no-such-catalogue/);
      expect(stderr).not.toMatch(STACK_TRACE);
    }
  });
});
