/**
 * Cold review 49: the library as a government system that is NOT TypeScript meets it — through the published JSON
 * Schemas (schemas/*.json, generated from the zod schemas) and the web API (POST /evaluate, /explain, /diff; GET
 * /schemas/{record}, /openapi.json, /health …). Reviewed at HEAD a0c917f.
 *
 * Read: docs/server.md whole; docs/cli.md (`schema`, NDJSON input, "Memory: large inputs"); src/server/handler.ts
 * (readBody, readJson, parseInput, sameCertificate, decide, the routes, corsHeaders, the /schemas/ route), node.ts
 * (readRequest, sendError), openapi.ts, schemas.ts (ClaimInputBody, EvaluateBody); src/records/common.ts (Id,
 * CivilDateSchema, AmountSchema and its `meta`), checks.ts (isAmount, traineeChecks, distinctMonths, courseChecks),
 * schemas.ts (recordJsonSchema, claimsDocumentJsonSchema), parse.ts, document.ts (parseClaimsDocument: `index`,
 * sameJson, impossibleDates); src/cli/input.ts (toItem, ndjsonItem, lineBatches); src/engine.ts (claimContentKey);
 * test/server.test.ts, test/review46.test.ts, test/review48.test.ts, test/cli-helpers.ts.
 *
 * How: (1) Schema against parser. Every record of fixtures/jiaxing/claims.json, showcase.json and ledger-2020.json and
 * the illustrative catalogue, each field (and each optional field absent from it) set in turn to ~110 values — absent,
 * null, "", " ", ids of 64/65 characters, 200/201 emoji, unicode, 0, -0, 0.07, 1250.07, 1e3, 1e12, 1e15,
 * MAX_SAFE_INTEGER, "1000", "1000.00", "1e3", "01000", "+1000", " 1000", dates 2020-02-29, 2021-02-29, 2020-1-5,
 * 2020-01-01T00:00:00Z, …+08:00, 1899-12-31, 2100-01-01, 0000-01-01, 2020-13-01, 2020-04-31, full-width digits,
 * months, booleans, "true", arrays empty, of one, with duplicates, of 28 and 121, enums of other fields, regions — and
 * each object given an extra property, a "$schema" and a null field: about 25,000 records, each validated by ajv
 * (draft 2020-12, with and without ajv-formats) against the generated schema and parsed by parseTrainee … parseGrant,
 * parseSubsidyCatalogue. 103 distinct disagreements, all in one of the classes recorded below; none where the schema
 * refuses what the parser takes save the amounts' `multipleOf` (record 2). The claims document and claim-input
 * shapes, and the NDJSON reader (type first or last, BOM and CRLF, U+2028 inside a string) agreed.
 * (2) The web API against the library. 60 generated worlds (audit14/15/16 generators, 4–8 people, each of the four
 * policies, `on` or not, `order` judged or trainee, the Jiaxing and example catalogues given to the service as
 * `serve --catalogue` gives them) POSTed to /evaluate, decided by evaluateBatch, and by `evaluate - --input ndjson`:
 * 1,283 decisions, identical claim by claim (outcome, amount, payee, reason codes) in all three. About 55 malformed
 * requests (bodies not JSON, not UTF-8, nested 100,000 deep, a BOM, two documents, `__proto__`, null records, unknown
 * policies named like Object.prototype keys, paths with //, a trailing slash, HEAD/OPTIONS/PUT) and the OpenAPI
 * document's paths, parameters and responses; the Node listener for the byte limit with CORS on.
 *
 * Found, money or loss first:
 * 1. (loss) A trainee, course or certificate given twice with the SAME fields in another key order is two
 *    different records to parseClaimsDocument (raw JSON.stringify): both copies `duplicate_id`, and every claim on
 *    them set aside — in the library, the command line's NDJSON and POST /evaluate. JSON objects are unordered; the
 *    library itself compares claims (claimContentKey) and the one-claim body's certificates (sameCertificate) with key
 *    order aside.
 * 2. (money, via the integrator) Amounts as JSON numbers carry `multipleOf: 0.01`, which ajv and Python's jsonschema
 *    test in binary floating point: 11,426 of the 100,000 amounts 0.00 … 999.99 (0.07, 1.13, 1250.07 …) fail the
 *    published schema though the parser takes them. A prior grant so refused upstream never reaches the ledger.
 * 3–5. The schema accepts what the parser refuses, where JSON Schema could say it: number amounts of 1e12 and more and
 *    -0 (no `maximum`, `minimum: 0` takes -0); dates outside 1900–2099 (the months' pattern has the range, the dates'
 *    has not); listed-once statuses and months (`uniqueItems`) and the level and kindName a certificate's kind asks.
 * 6. GET /schemas/ with a malformed %-escape is a 500 internal_error (decodeURIComponent throws), not a 404/400.
 * 7. The OpenAPI document lists no 400 for GET /health, /policies, /provisions, /schemas/{record}, /openapi.json,
 *    which answer 400 to any query (`/health?ts=1`), nor the 408 the Node listener sends on POST.
 * 8. With `--cors`, the Node listener's own 413 (a body over the limit) carries no CORS header: the page sees a
 *    network error, not the JSON.
 * 9. Messages: /explain of a document with no claim says it "holds several claims"; a month listed twice in
 *    `claim.months` is "attended date listed twice".
 *
 * Controls that held are `it(...)`; each defect is an `it.fails(...)` that asserts what is right and fails on the code
 * as it stands (each was run once as `it` and seen failing at its last assertion).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { describe, expect, it, vi } from "vitest";
import type { CivilDate, Policy, SubsidyCatalogue } from "../src/index.js";
import { evaluateBatch, parseCertificate, parseClaim, parseClaimsDocument, parseCourse, parseGrant, parseSubsidyCatalogue, parseTrainee, POLICIES, withCatalogue } from "../src/index.js";
import { catalogueSourceFor } from "../src/jurisdictions/catalogueSource.js";
import { otherJsonSchema, recordJsonSchema } from "../src/schemas/index.js";
import { createHandler, openApiDocument, startServer } from "../src/server/index.js";
import { cli, toNdjson } from "./cli-helpers.js";
import type { Doc } from "./cli-helpers.js";
import { generate as gen14 } from "./support/audit14-gen.js";
import { generate as gen15 } from "./support/audit15-gen.js";
import { generate as gen16 } from "./support/audit16-gen.js";
import { illustrativeCatalogue } from "./support/national.js";
import { mergeDocs } from "./support/mergeDocs.js";
import { rng } from "./support/rng.js";

vi.setConfig({ testTimeout: 60_000 });
type O = Record<string, any>;

const TMP = mkdtempSync(join(tmpdir(), "review49-"));
const JXCAT_FILE = "fixtures/jiaxing/catalogue-2020.json";
const JXCAT = JSON.parse(readFileSync(JXCAT_FILE, "utf8")) as SubsidyCatalogue;
const NFCAT_FILE = join(TMP, "example-catalogue.json");
writeFileSync(NFCAT_FILE, JSON.stringify(illustrativeCatalogue));

// ── the published schemas, as an integrator's validator reads them ──────────────────────────────────────────────────
const addFormats = (createRequire(import.meta.url)("ajv-formats") as { default: (ajv: Ajv2020) => void }).default;
/** ajv as an integrator runs it: draft 2020-12, formats asserted (ajv-formats), nothing else set. */
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const SCHEMA = {
  trainee: ajv.compile(recordJsonSchema("trainee")),
  course: ajv.compile(recordJsonSchema("course")),
  certificate: ajv.compile(recordJsonSchema("certificate")),
  claim: ajv.compile(recordJsonSchema("claim")),
  grant: ajv.compile(recordJsonSchema("grant")),
  subsidyCatalogue: ajv.compile(otherJsonSchema("subsidyCatalogue")),
} satisfies Record<string, ValidateFunction>;
const PARSE = { trainee: parseTrainee, course: parseCourse, certificate: parseCertificate, claim: parseClaim, grant: parseGrant, subsidyCatalogue: parseSubsidyCatalogue };
type Kind = keyof typeof SCHEMA;
/** [the published schema accepts it, the parser accepts it]. */
const sides = (kind: Kind, record: unknown): [boolean, boolean] => [SCHEMA[kind](record) === true, PARSE[kind](record).ok];

// ── ordinary records ────────────────────────────────────────────────────────────────────────────────────────────────
const TRAINEE = { id: "P-1", birthDate: "1990-01-01", statuses: ["rural"], hukouRegion: "zhejiang.jiaxing.nanhu" };
const CERT = { id: "K-1", traineeId: "P-1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "电工" }, level: "junior", issuedOn: "2020-06-01" };
const APPRAISAL = { id: "C1", measure: "appraisalSubsidy", traineeId: "P-1", claimant: { kind: "trainee", id: "P-1" }, certificateId: "K-1", submittedOn: "2020-06-10" };
const COURSE = { id: "CO-1", traineeId: "P-1", kind: "skillUpgrade", occupation: { code: "EX-ELEC", name: "电工" }, level: "junior", classHours: 64, startDate: "2020-03-01", endDate: "2020-03-08", attendedDays: 8, region: "zhejiang.jiaxing.nanhu" };
const GRANT = { id: "G-1", claimId: "OLD-1", traineeId: "P-1", measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", payee: { kind: "trainee", id: "P-1" }, amount: "120.00", basisDate: "2020-05-01", occupationCode: "EX-ELEC", level: "junior" };
const WFT = { id: "W1", measure: "workForTrainingSubsidy", traineeId: "P-1", claimant: { kind: "enterprise", id: "E-1" }, enterpriseId: "E-1", submittedOn: "2020-06-10", months: ["2020-03", "2020-04"] };

const post = (handler: (r: Request) => Promise<Response>, path: string, body: unknown) =>
  handler(new Request(`http://localhost${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) }));

/** A decision as compared across doors: claim, outcome, amount, payee, reason codes. */
const key = (d: O) => `${d.claimId} ${d.outcome} ${d.amount} ${d.payee ? `${d.payee.kind}:${d.payee.id}` : "-"} ${(d.reasons as O[]).map((r) => r.code).join(",")}`;

/** A shipped policy priced as the service prices it with `--catalogue`. */
function priced(id: string): Policy {
  const base = (POLICIES[id] as () => Policy)();
  if (id === "jiaxing-2019") return withCatalogue(base, [JXCAT], catalogueSourceFor(base));
  if (id === "national-frameworks") return withCatalogue(base, [illustrativeCatalogue], catalogueSourceFor(base));
  return base;
}
const SERVICE = createHandler({ catalogues: { "jiaxing-2019": JXCAT, "national-frameworks": illustrativeCatalogue } });
const catalogueArgs = (policy: string) => (policy === "jiaxing-2019" ? ["--catalogue", JXCAT_FILE] : policy === "national-frameworks" ? ["--catalogue", NFCAT_FILE] : []);

describe("cold review 49: controls (passing)", () => {
  it("the published schemas and the parsers agree on the everyday variants: number and string amounts, leap days, partial dates, instants, ids, emoji names, null, extra keys", () => {
    const agree: [Kind, O, boolean][] = [
      ["grant", { ...GRANT, amount: "1000" }, true],
      ["grant", { ...GRANT, amount: 1000 }, true],
      ["grant", { ...GRANT, amount: "1000.00" }, true],
      ["grant", { ...GRANT, amount: 1250.5 }, true],
      ["grant", { ...GRANT, amount: "1e3" }, false],
      ["grant", { ...GRANT, amount: "01000" }, true],
      ["grant", { ...GRANT, amount: " 1000" }, false],
      ["grant", { ...GRANT, amount: "-1000" }, false],
      ["grant", { ...GRANT, amount: "1000.001" }, false],
      ["grant", { ...GRANT, amount: null }, false],
      ["grant", { ...GRANT, basisDate: "2020-02-29" }, true],
      ["grant", { ...GRANT, basisDate: "2021-02-29" }, false],
      ["grant", { ...GRANT, basisDate: "2020-1-5" }, false],
      ["grant", { ...GRANT, basisDate: "2020-01-01T00:00:00Z" }, false],
      ["grant", { ...GRANT, basisDate: "2020-01-01T00:00:00+08:00" }, false],
      ["grant", { ...GRANT, basisDate: "２０２０-01-01" }, false],
      ["claim", { ...APPRAISAL, id: "" }, false],
      ["claim", { ...APPRAISAL, id: " C1" }, false],
      ["claim", { ...APPRAISAL, id: "a".repeat(64) }, true],
      ["claim", { ...APPRAISAL, id: "a".repeat(65) }, false],
      ["claim", { ...APPRAISAL, id: "申请1" }, false],
      ["claim", { ...APPRAISAL, courseId: null }, false],
      ["claim", { ...APPRAISAL, extra: 1 }, false],
      ["claim", { ...APPRAISAL, $schema: "x" }, false],
      ["claim", { ...APPRAISAL, amountClaimed: 1e3 }, true],
      ["claim", { ...WFT, months: ["2020-3"] }, false],
      ["claim", { ...WFT, months: [] }, false],
      ["trainee", { ...TRAINEE, name: "😀".repeat(200) }, true],
      ["trainee", { ...TRAINEE, name: "😀".repeat(201) }, false],
      ["trainee", { ...TRAINEE, statuses: [] }, true],
      ["trainee", { ...TRAINEE, statuses: ["Rural"] }, false],
      ["trainee", { ...TRAINEE, hukouRegion: "Zhejiang.jiaxing" }, false],
      ["trainee", { ...TRAINEE, hasResidencePermit: "true" }, false],
      ["course", { ...COURSE, classHours: 64.5 }, false],
      ["course", { ...COURSE, level: "Junior" }, false],
      ["subsidyCatalogue", { ...JXCAT, $schema: "https://example/subsidyCatalogue.json" }, true],
    ];
    for (const [kind, record, ok] of agree) expect([kind, record, sides(kind, record)]).toEqual([kind, record, [ok, ok]]);
  });

  it("60 generated worlds decide the same claim by claim through evaluateBatch, POST /evaluate and `evaluate - --input ndjson` (every policy, `on` or not, `order` judged or trainee, the catalogues)", async () => {
    let claims = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const r = rng(seed * 7);
      const kind = r.pick(["g14", "g15", "g16"]);
      const n = 4 + r.int(5);
      const doc: O = kind === "g14" ? structuredClone(gen14(n, seed).doc) : mergeDocs(structuredClone(kind === "g15" ? gen15(n, seed) : gen16(n, seed)));
      const policy = kind === "g15" ? r.pick(["national-frameworks", "national"]) : r.pick(["jiaxing-2019", "jiaxing-2019", "jieyang-2018"]);
      const on = r.chance(0.3) ? r.pick(["2020-06-30", "2021-03-01", "2022-01-05", "2019-12-20"]) : undefined;
      const order = r.pick(["judged", "trainee"] as const);
      const parsed = parseClaimsDocument(doc);
      if (!parsed.ok) throw new Error(`world ${seed} is not a document`);
      const lib = evaluateBatch(priced(policy), parsed.value.document, { trace: false, order, ...(on === undefined ? {} : { on: on as CivilDate }) }).decisions.map(key);
      const res = await post(SERVICE, `/evaluate?trace=false&policy=${policy}&order=${order}${on === undefined ? "" : `&on=${on}`}`, doc);
      expect(res.status).toBe(200);
      const web = ((await res.json()) as O)["decisions"].map(key);
      const run = await cli(["evaluate", "-", "--input", "ndjson", "--format", "ndjson", "--no-trace", "--policy", policy, "--order", order, ...catalogueArgs(policy), ...(on === undefined ? [] : ["--on", on])], toNdjson(doc as Doc));
      const line = run.out.trim().split("\n").map((l) => JSON.parse(l) as O).filter((l) => l["type"] === "decision").map(key);
      expect([seed, web]).toEqual([seed, lib]);
      expect([seed, line]).toEqual([seed, lib]);
      claims += lib.length;
    }
    expect(claims).toBeGreaterThan(1000);
  });

  it("the fixtures decide the same through POST /evaluate, the library and the command line, again with their own grants as the prior ledger (nothing paid twice), and POST /explain gives each claim the decision /evaluate gave it", async () => {
    for (const file of ["fixtures/jiaxing/claims.json", "fixtures/jiaxing/showcase.json", "fixtures/jiaxing/worked-example.json"]) {
      const first = JSON.parse(readFileSync(file, "utf8")) as O;
      const parsedFirst = parseClaimsDocument(first);
      if (!parsedFirst.ok) throw new Error(file);
      const grants = evaluateBatch(priced("jiaxing-2019"), parsedFirst.value.document, { trace: false }).grants;
      expect(grants.length).toBeGreaterThan(0);
      for (const doc of [first, { ...first, ledger: [...((first["ledger"] as O[] | undefined) ?? []), ...grants] }]) {
        const parsed = parseClaimsDocument(doc);
        if (!parsed.ok) throw new Error(file);
        const result = evaluateBatch(priced("jiaxing-2019"), parsed.value.document, { trace: false });
        const lib = result.decisions.map(key);
        if (doc !== first) expect([file, result.grants]).toEqual([file, []]);
        const web = ((await (await post(SERVICE, "/evaluate?trace=false", doc)).json()) as O)["decisions"] as O[];
        expect(web.map(key)).toEqual(lib);
        const run = await cli(["evaluate", "-", "--input", "ndjson", "--format", "ndjson", "--no-trace", ...catalogueArgs("jiaxing-2019")], toNdjson(doc as Doc));
        expect(run.out.trim().split("\n").map((l) => JSON.parse(l) as O).filter((l) => l["type"] === "decision").map(key)).toEqual(lib);
        for (const d of web.slice(0, 12)) {
          const explained = (await (await post(SERVICE, `/explain?claim=${d["claimId"]}`, doc)).json()) as O;
          expect(key(explained["decision"] as O)).toBe(key(d));
        }
      }
    }
  });

  it("bad requests are typed bilingual errors naming the field or the byte, never a 500 or a stack trace", async () => {
    const h = createHandler();
    const cases: [string, string, string | Uint8Array | undefined, number, string][] = [
      ["POST", "/evaluate", "", 400, "not_json"],
      ["POST", "/evaluate", "{\"claims\":[]} x", 400, "not_json"],
      ["POST", "/evaluate", "{\"claims\":[]}\n{\"claims\":[]}", 400, "not_json"],
      ["POST", "/evaluate", new Uint8Array([0x7b, 0xff, 0x7d]), 400, "not_utf8"],
      ["POST", "/evaluate", "{\"claims\":[],\"claims\":[]}", 400, "duplicate_key"],
      ["POST", "/evaluate", "[".repeat(100_000) + "]".repeat(100_000), 400, "invalid_input"],
      ["POST", "/evaluate", "null", 400, "invalid_input"],
      ["POST", "/evaluate", "{\"claims\":null}", 400, "invalid_type"],
      ["POST", "/evaluate", "{\"claim\":{}}", 400, "invalid_type"],
      ["POST", "/evaluate", "{\"claim\":{},\"trainee\":{},\"ledger\":null}", 400, "invalid_type"],
      ["POST", "/evaluate", "{\"claims\":[],\"claim\":{}}", 400, "unrecognized_keys"],
      ["POST", "/evaluate?policy=hasOwnProperty", "{\"claims\":[]}", 400, "unknown_policy"],
      ["POST", "/evaluate?on=2021-02-29", "{\"claims\":[]}", 400, "invalid_date"],
      ["POST", "/evaluate?trcae=false", "{\"claims\":[]}", 400, "invalid_query"],
      ["POST", "/diff", "{\"patches\":[null],\"population\":{\"claims\":[]}}", 400, "invalid_type"],
      ["GET", "/parameters?policy=__proto__", undefined, 400, "unknown_policy"],
      ["GET", "/schemas/__proto__", undefined, 404, "not_found"],
      ["PUT", "/evaluate", undefined, 405, "method_not_allowed"],
    ];
    for (const [method, path, body, status, code] of cases) {
      const res = await h(new Request(`http://localhost${path}`, { method, ...(body === undefined ? {} : { body }) }));
      const out = (await res.json()) as O;
      expect([path, res.status, out["code"]]).toEqual([path, status, code]);
      expect(typeof out["message"].zh === "string" && typeof out["message"].en === "string").toBe(true);
      expect(JSON.stringify(out)).not.toMatch(/\bat .+:\d+:\d+/);
    }
    // A bad record of a document is set aside with its issues (200), never dropped: `__proto__` named.
    const out = (await (await post(h, "/evaluate", "{\"claims\":[{\"__proto__\":{}}]}")).json()) as O;
    expect(out["invalid"]).toMatchObject([{ collection: "claims", index: 0, issues: [{ path: ["claims", 0, "__proto__"], code: "forbidden_key" }] }]);
  });

  it("in the one-claim body, the claim's certificate repeated in traineeCertificates in another key order is one record (sameCertificate: key order aside) and is paid 120.00", async () => {
    const reordered = { ...CERT, occupation: { name: "电工", code: "EX-ELEC" } };
    const out = (await (await post(SERVICE, "/evaluate?trace=false", { claim: APPRAISAL, trainee: TRAINEE, certificate: CERT, traineeCertificates: [reordered] })).json()) as O;
    // jx2019 五(十一) 「补贴标准为初级工、中级工120元」: K-1 is 初级工, 120.00
    expect(out["decisions"].map(key)).toEqual(["C1 granted 120.00 trainee:P-1 residency_basis,within_retirement_age,appraisal_first_time"]);
  });
});

describe("cold review 49: records (each fails on the code as it stands)", () => {
  // Confidence 85%. Loss: the appraisal claim C1 (120.00, jx2019 五(十一)) is set aside as invalid — in the library, POST
  // /evaluate and the command line's NDJSON — because its trainee is listed twice with the same four fields in another
  // key order (as two systems, or one serializer and another, write it). JSON objects are unordered (RFC 8259 §4); the
  // library compares claims (engine.ts claimContentKey) and the one-claim body's certificates (handler.ts
  // sameCertificate) with key order aside, but records in parseClaimsDocument's `index` with raw JSON.stringify
  // (document.ts sameJson). Cause: src/records/document.ts parseClaimsDocument → index → sameJson.
  // Mended 2026-12-06 (the lead): document.ts sameJson compares two copies with key order aside (canonicalJson).
  it("a trainee given twice with the same fields in another key order is one record, and its appraisal claim is paid 120.00 through every door", async () => {
    const reordered = { statuses: ["rural"], id: "P-1", hukouRegion: "zhejiang.jiaxing.nanhu", birthDate: "1990-01-01" };
    const doc = { claims: [APPRAISAL], trainees: [TRAINEE, reordered], certificates: [CERT] };
    const parsed = parseClaimsDocument(doc);
    if (!parsed.ok) throw new Error("not a document");
    const lib = evaluateBatch(priced("jiaxing-2019"), parsed.value.document, { trace: false }).decisions.map(key);
    const web = ((await (await post(SERVICE, "/evaluate?trace=false", doc)).json()) as O)["decisions"].map(key);
    const run = await cli(["evaluate", "-", "--input", "ndjson", "--format", "ndjson", "--no-trace"], toNdjson(doc as Doc));
    const line = run.out.trim().split("\n").map((l) => JSON.parse(l) as O).filter((l) => l["type"] === "decision").map(key);
    // Before the mend: no decision anywhere; trainees 0 and 1 duplicate_id, claim 0 unknown_reference. jx2019 五(十一) 「补贴标准为初级工、中级工120元」: K-1 is 初级工, 120.00.
    expect({ lib, web, line }).toEqual({ lib: ["C1 granted 120.00 trainee:P-1 residency_basis,within_retirement_age,appraisal_first_time"], web: ["C1 granted 120.00 trainee:P-1 residency_basis,within_retirement_age,appraisal_first_time"], line: ["C1 granted 120.00 trainee:P-1 residency_basis,within_retirement_age,appraisal_first_time"] });
  });

  // Confidence 65%. Money, through the integrator: the schema's number branch of every amount is `multipleOf: 0.01`,
  // which ajv (here, default options) and Python's jsonschema compute in binary floating point (1250.07 / 0.01 =
  // 125007.00000000001; Python jsonschema 4.26's Draft202012Validator, tried, refuses 0.07, 1.13 and
  // 1250.07 too): 11,426 of the 100,000 amounts 0.00 … 999.99 fail, though the parser takes them (docs: "a JSON
  // number that prints so"). A prior grant of 1250.07 sent as a number and dropped by the integrator's schema check
  // never reaches the ledger: the claim it paid is paid again (1250.07 twice). Cause: src/records/common.ts AmountSchema
  // `.meta({ anyOf: [..., { type: "number", minimum: 0, multipleOf: 0.01 }] })`.
  // Mended 2026-12-06 (the lead): the number branch has no multipleOf (the library checks the two decimals).
  it("a grant of 1250.07 yuan as a JSON number, which the parser takes, passes the published grant schema under ajv", () => {
    const grant = { ...GRANT, amount: 1250.07 };
    expect(parseGrant(grant).ok).toBe(true);
    let refused = 0;
    for (let fen = 0; fen < 100_000; fen++) if (SCHEMA.grant({ ...GRANT, amount: fen / 100 }) !== true) refused++;
    expect({ schema: SCHEMA.grant(grant), refused }).toEqual({ schema: true, refused: 0 });
  });

  // Confidence 80%; a record refused after the integrator validated it (reported in `invalid`, no money). The string
  // branch stops at 12 integer digits and the parser reads a number as the string it prints (isAmount), so 1e12 and
  // more, and -0, are refused; the number branch has no `maximum` and `minimum: 0` takes -0. Cause: src/records/
  // common.ts AmountSchema's meta (no maximum 999999999999.99, no exclusion of -0).
  // Mended 2026-12-06 (the lead) for 1e12: the number branch has the string branch's maximum, 999999999999.99.
  it("the published schema refuses the number amounts past the parser's: 1000000000000", () => {
    expect(parseGrant({ ...GRANT, amount: 1e12 }).ok).toBe(false);
    expect(parseGrant({ ...GRANT, amount: 999999999999.99 }).ok).toBe(true);
    expect([SCHEMA.grant({ ...GRANT, amount: 1e12 }), SCHEMA.grant({ ...GRANT, amount: 999999999999.99 })]).toEqual([false, true]);
  });
  // Left: JSON Schema compares numbers by value, and -0 is 0 there; no schema can refuse it while taking 0.
  it.fails("the published schema refuses the number amount -0, which the parser refuses", () => {
    expect(parseGrant({ ...GRANT, amount: -0 }).ok).toBe(false);
    expect(SCHEMA.grant({ ...GRANT, amount: -0 })).toBe(false);
  });

  // Confidence 70%; a record refused after validation (reported). Civil dates are 1900-01-01 … 2099-12-31 to the parser
  // (date_out_of_range; 0000-01-01 invalid_date); the schema's pattern is `^\d{4}-\d{2}-\d{2}$` and `format: date` takes
  // any year, while the same schema writes the months' range in their pattern (`^(19|20)\d{2}-…`). Cause:
  // src/records/common.ts CivilDateSchema's meta pattern.
  // Mended 2026-12-06 (the lead): the date pattern carries the years 1900 … 2099.
  it("the published schema refuses the dates the parser refuses: 1899-12-31, 2100-01-01, 0000-01-01", () => {
    for (const date of ["1899-12-31", "2100-01-01", "0000-01-01"]) {
      expect(parseGrant({ ...GRANT, basisDate: date }).ok).toBe(false);
      expect([date, SCHEMA.grant({ ...GRANT, basisDate: date })]).toEqual([date, false]);
    }
  });

  // Confidence 60%; records refused after validation (reported in `invalid`; a claim on such a certificate is set aside
  // with it). Rules the parser enforces that JSON Schema can say (`uniqueItems`; `if`/`then` on `kind`) but the
  // generated schemas do not: a status or month listed twice (duplicate_status, duplicate_date); a skill-level or
  // qualification certificate without a level (level_required), a training-completion one with a level
  // (level_not_allowed), an otherCertificate without kindName. Cause: src/records/checks.ts refinements, invisible to
  // z.toJSONSchema in src/records/schemas.ts recordJsonSchema.
  // Mended 2026-12-06 (the lead): uniqueItems on statuses and months; the certificate kinds' level and kindName as
  // if/then in the certificate schema (from certificateChecks' own list of leveled kinds).
  it("the published schemas refuse what the parser refuses on listed-once statuses and months and on a certificate kind's level and kindName", () => {
    const cases: [Kind, O][] = [
      ["trainee", { ...TRAINEE, statuses: ["rural", "rural"] }],
      ["claim", { ...WFT, months: ["2020-03", "2020-03"] }],
      ["certificate", { id: "K-1", traineeId: "P-1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "电工" }, issuedOn: "2020-06-01" }],
      ["certificate", { ...CERT, kind: "trainingCompletionCertificate" }],
      ["certificate", { id: "K-1", traineeId: "P-1", kind: "otherCertificate", occupation: { code: "EX-ELEC", name: "电工" }, issuedOn: "2020-06-01" }],
    ];
    // Today: the schema takes all five ([true, false] each).
    expect(cases.map(([kind, record]) => sides(kind, record))).toEqual(cases.map(() => [false, false]));
  });

  // Confidence 95%; no money. `decodeURIComponent` of the schema name throws URIError on a malformed escape, caught
  // as an unexpected error: 500 internal_error (and onError called) for a client's typo. Cause: src/server/handler.ts,
  // the `/schemas/` route (`decodeURIComponent(path.slice(...))`).
  // Mended 2026-12-06 (the lead): a name that does not decode names no schema (404).
  it("GET /schemas/claim% (a malformed %-escape) is a 404 or 400 naming the path, not a 500 internal_error", async () => {
    const seen: unknown[] = [];
    const h = createHandler({ onError: (e) => seen.push(e) });
    const res = await h(new Request("http://localhost/schemas/claim%"));
    expect({ status: res.status, logged: seen.length }).toEqual({ status: 404, logged: 0 });
  });

  // Confidence 80%; no money, a generated client's "unexpected status". Every GET path answers any query parameter
  // with 400 invalid_query (a load balancer's `/health?ts=…`), and the Node listener answers a slow body with 408
  // request_timeout (docs/server.md's table has both), but the OpenAPI document's responses for those paths list no 400
  // and those of POST /evaluate no 408. Cause: src/server/openapi.ts (the responses of each path).
  // Mended 2026-12-06 (the lead): QUERY_ERRORS on the paths that take no query, 408 among the input errors.
  it("the OpenAPI document lists the 400 GET /health answers to a query, and the 408 POST /evaluate may get", async () => {
    const res = await createHandler()(new Request("http://localhost/health?ts=1"));
    expect(res.status).toBe(400);
    const paths = openApiDocument()["paths"] as O;
    expect({ health: Object.keys(paths["/health"].get.responses).includes("400"), evaluate: Object.keys(paths["/evaluate"].post.responses).includes("408") }).toEqual({ health: true, evaluate: true });
  });

  // Confidence 75%; no money. With `--cors https://gov.example`, the handler's answers carry the origin, but the 413
  // the Node listener sends itself for a body over --max-body (declared or streamed) has no access-control-allow-origin:
  // the browser page cannot read the JSON error and sees a network failure. Cause: src/server/node.ts readRequest →
  // sendError (no CORS headers).
  // Mended 2026-12-06 (the lead): the listener's own answers carry corsHeadersFor's headers, as the handler's do.
  it("with --cors, the listener's own 413 for a body over the limit carries the allowed origin", async () => {
    const server = await startServer({ port: 0, cors: "https://gov.example", limits: { maxBodyBytes: 100 } });
    try {
      const ok = await fetch(`${server.url}/evaluate`, { method: "POST", body: "{\"claims\":[]}", headers: { origin: "https://gov.example" } });
      expect([ok.status, ok.headers.get("access-control-allow-origin")]).toEqual([200, "https://gov.example"]);
      const big = await fetch(`${server.url}/evaluate`, { method: "POST", body: "x".repeat(200), headers: { origin: "https://gov.example" } });
      expect(((await big.json()) as O)["code"]).toBe("input_too_large");
      expect([big.status, big.headers.get("access-control-allow-origin")]).toEqual([413, "https://gov.example"]);
    } finally {
      await server.close(100);
    }
  });

  // Confidence 90%; no money, a misleading message. /explain of a document that holds no valid claim says it "holds
  // several claims" (handler.ts /explain: the same queryError whether there are none or several); a month listed
  // twice in claim.months is reported "attended date listed twice" (checks.ts distinctMonths raises duplicate_date,
  // whose message is the attended dates').
  // Mended 2026-12-06 (the lead): /explain says no valid claim; duplicate_date's message names dates or months.
  it("the messages say what is wrong: no claim to explain is not “several claims”, a month twice is not an attended date twice", async () => {
    const explained = (await (await post(createHandler(), "/explain", { claims: [] })).json()) as O;
    const month = parseClaim({ ...WFT, months: ["2020-03", "2020-03"] });
    const monthMessage = month.ok ? "" : (month.issues[0]?.message.en ?? "");
    expect({ explain: explained["message"].en as string, month: monthMessage }).toEqual({
      explain: expect.not.stringContaining("several") as unknown as string,
      month: expect.not.stringContaining("attended date") as unknown as string,
    });
  });
});
