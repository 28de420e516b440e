import { describe, expect, test } from "vitest";
import { parseCertificate, parseClaimsDocument, parseCourse, parseEducationFundFigures, parseGrant, parseTrainee } from "../index.js";
import { claimsDocumentJsonSchema, recordJsonSchema, recordSchemas } from "../schemas/index.js";
import { valid } from "../../test/hostile/corpus.js";

const course = valid.course;

describe("parsing records at the boundary", () => {
  test("a valid record comes back typed", () => {
    const r = parseTrainee({ id: "P1", birthDate: "1990-05-01", statuses: ["veteran"] });
    expect(r).toEqual({ ok: true, value: { id: "P1", birthDate: "1990-05-01", statuses: ["veteran"] } });
  });

  test("attended days beyond the course's span is an error naming the field, in Chinese and English (reading: living-allowance-days-attended)", () => {
    // 2020-03-02..2020-03-08 is 7 calendar days; 7 is allowed, 8 is not
    expect(parseCourse(course).ok).toBe(true);
    const r = parseCourse({ ...course, attendedDays: 8 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      {
        path: ["attendedDays"],
        code: "attended_days_exceed_span",
        message: { zh: "出勤天数 8 超过培训起止日期内的 7 天", en: "8 attended days exceed the 7 calendar days from start to end" },
      },
    ]);
  });

  test("attended dates must lie in the span, be distinct, and match the count", () => {
    const r = parseCourse({ ...course, attendedDays: 2, attendedDates: ["2020-03-01", "2020-03-03", "2020-03-03"] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["attendedDates.0", "date_outside_course"],
      ["attendedDates.2", "duplicate_date"],
      ["attendedDates", "attended_dates_count_mismatch"],
    ]);
  });

  test("an impossible date, a date-time and a wrong type are each reported at their field", () => {
    const r = parseCourse({ ...course, startDate: "2023-02-29", endDate: "2020-03-08T00:00:00Z", classHours: "56" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["classHours", "invalid_type"],
      ["startDate", "invalid_date"],
      ["endDate", "invalid_date"],
    ]);
    for (const i of r.issues) {
      expect(i.message.zh.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
    }
    // The words are under test: zod's own messages come in Chinese (the zh-CN locale), not English.
    expect(r.issues[0]?.message.zh).toContain("期望");
  });

  test("unknown fields are rejected, not dropped (no data is lost silently)", () => {
    const r = parseTrainee({ id: "P1", birthDate: "1990-05-01", statuses: [], hukou: "x" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ code: "unrecognized_keys", path: [] });
  });

  test("amounts take at most two decimals and are never negative, NaN, infinite, -0 or in exponent form", () => {
    const g = { id: "G1", claimId: "X", traineeId: "P1", measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", payee: { kind: "trainee", id: "P1" }, basisDate: "2020-05-01" };
    expect(parseGrant({ ...g, amount: "120.00" })).toMatchObject({ ok: true, value: { amount: "120.00" } });
    expect(parseGrant({ ...g, amount: 120.5 })).toMatchObject({ ok: true, value: { amount: "120.5" } });
    for (const bad of ["120.001", "-1", "1e3", "0x1f", "", " 1", 1e21, -1, Number.NaN, Number.POSITIVE_INFINITY, -0, 0.001]) {
      const r = parseGrant({ ...g, amount: bad });
      expect(r.ok, String(bad)).toBe(false);
      if (!r.ok) expect(r.issues[0]).toMatchObject({ path: ["amount"], code: "invalid_amount" });
    }
  });

  test("education-fund figures missing the fund or the front-line spend, or with a word for either, are issues at those fields, not a crash", () => {
    // zod runs the front-line ≤ fund comparison even when an amount is bad; it used to call .split on undefined.
    const figures = { enterpriseId: "E-1", year: 2020, fund: "150000.00", frontLineSpend: "100000.00", totalWages: "10000000.00" };
    for (const field of ["fund", "frontLineSpend"] as const) {
      const { [field]: _gone, ...rest } = figures;
      expect(parseEducationFundFigures(rest)).toMatchObject({ ok: false, issues: [{ path: [field], code: "invalid_amount" }] });
      expect(parseEducationFundFigures({ ...figures, [field]: "zhejiang" })).toMatchObject({ ok: false, issues: [{ path: [field], code: "invalid_amount" }] });
    }
  });

  test("qualification and skill-level certificates need a level; the other kinds may not have one", () => {
    const base = { id: "K1", traineeId: "P1", occupation: { code: "X1", name: "电工" }, issuedOn: "2020-01-01" };
    expect(parseCertificate({ ...base, kind: "skillLevelCertificate" })).toMatchObject({ ok: false, issues: [{ path: ["level"], code: "level_required" }] });
    expect(parseCertificate({ ...base, kind: "specialAbilityCertificate", level: "junior" })).toMatchObject({ ok: false, issues: [{ path: ["level"], code: "level_not_allowed" }] });
    expect(parseCertificate({ ...base, kind: "specialAbilityCertificate" }).ok).toBe(true);
  });

  test("ids are short and plain: __proto__, spaces and over-long ids are rejected", () => {
    for (const id of ["__proto__", "a b", "x".repeat(65), ""]) {
      expect(parseTrainee({ id, birthDate: "1990-05-01", statuses: [] }).ok, id).toBe(false);
    }
    expect(parseTrainee({ id: "toString", birthDate: "1990-05-01", statuses: [] }).ok).toBe(true);
  });
});

describe("parsing a claims document", () => {
  const doc = {
    trainees: [{ id: "P1", birthDate: "1990-05-01", statuses: [] }],
    courses: [course],
    claims: [
      { id: "A", measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, courseId: "C1", submittedOn: "2020-03-10" },
      { id: "B", measure: "livingAllowance", traineeId: "P2", claimant: { kind: "trainee", id: "P2" }, courseId: "C1", submittedOn: "2020-03-10" },
      { id: "C", measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, courseId: "C9", submittedOn: "2020-03-10" },
      { id: "D", measure: "bogus", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, submittedOn: "2020-03-10" },
    ],
  };

  test("one bad claim does not stop the others; each is reported with its index, id and field", () => {
    const r = parseClaimsDocument(doc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.document.claims.map((c) => c.id)).toEqual(["A"]);
    expect(r.value.invalid.map((i) => [i.collection, i.index, i.id, i.issues.map((x) => `${x.path.join(".")}:${x.code}`)])).toEqual([
      ["claims", 1, "B", ["claims.1.traineeId:unknown_reference", "claims.1.courseId:reference_mismatch"]],
      ["claims", 2, "C", ["claims.2.courseId:unknown_reference"]],
      ["claims", 3, "D", ["claims.3.measure:invalid_value"]],
    ]);
  });

  test("two different records under one id are both invalid; identical repeats are harmless", () => {
    const same = parseClaimsDocument({ ...doc, claims: [], trainees: [doc.trainees[0], doc.trainees[0]] });
    expect(same.ok && same.value.invalid).toEqual([]);
    const differ = parseClaimsDocument({ ...doc, claims: [], trainees: [doc.trainees[0], { ...doc.trainees[0], statuses: ["veteran"] }] });
    expect(differ.ok && differ.value.invalid.map((i) => [i.index, i.issues[0]?.code])).toEqual([
      [0, "duplicate_id"],
      [1, "duplicate_id"],
    ]);
  });

  test("a document that is not an object, or lacks claims, or has unknown collections is rejected whole", () => {
    expect(parseClaimsDocument([]).ok).toBe(false);
    expect(parseClaimsDocument(null).ok).toBe(false);
    expect(parseClaimsDocument({ trainees: [] })).toMatchObject({ ok: false, issues: [{ path: ["claims"] }] });
    expect(parseClaimsDocument({ claims: [], extra: [] })).toMatchObject({ ok: false, issues: [{ path: ["extra"], code: "unrecognized_keys" }] });
    expect(parseClaimsDocument({ claims: {} })).toMatchObject({ ok: false, issues: [{ path: ["claims"], code: "invalid_type" }] });
  });
});

describe("JSON Schema", () => {
  test("every record has a JSON Schema generated from its zod schema", () => {
    for (const name of Object.keys(recordSchemas) as (keyof typeof recordSchemas)[]) {
      const schema = recordJsonSchema(name);
      expect(schema["type"]).toBe("object");
      expect(schema["additionalProperties"]).toBe(false);
      expect(Array.isArray(schema["required"])).toBe(true);
    }
    expect(recordJsonSchema("course")["required"]).toEqual(expect.arrayContaining(["id", "traineeId", "kind", "startDate", "endDate", "attendedDays"]));
  });

  test("the claims document has a JSON Schema too, requiring claims and allowing the other collections and a \"$schema\" address (issue #18)", () => {
    const schema = claimsDocumentJsonSchema();
    expect(schema["required"]).toEqual(["claims"]);
    expect(Object.keys(schema["properties"] as object).sort()).toEqual(["$schema", "apprenticeships", "certificates", "claims", "courses", "enterprises", "ledger", "trainees"]);
  });

  test('a claims document may name its schema in "$schema" (a string); any other unknown top-level key is refused', () => {
    const named = parseClaimsDocument({ $schema: "schemas/claims-document.json", claims: [] });
    expect(named.ok).toBe(true);
    expect(parseClaimsDocument({ $schema: 1, claims: [] }).ok).toBe(false);
    expect(parseClaimsDocument({ schema: "x", claims: [] }).ok).toBe(false);
  });
});
