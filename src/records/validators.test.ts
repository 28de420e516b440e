/**
 * The generated validator (generated/validators.ts + validator.ts, issue #16) against zod,
 * the schemas' one source of truth: the generated file is what the generator writes from
 * today's schemas (so a changed schema cannot be forgotten), and over records harvested from
 * the fixtures and mutated at random (wrong types, missing fields, extra keys, prototype keys,
 * bounds at and either side, out-of-range and impossible dates, huge numbers, strings where
 * numbers belong, numbers where amounts belong, reordered keys, the refinements' own codes)
 * the generated validator answers exactly what parsing with zod answered before it: the same
 * value (key for key, in the same order; the input itself where zod's output equals it), or
 * the same issues in the same order with the same codes, paths and zh/en messages.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as z from "zod";
import zodEn from "zod/v4/locales/en.js";
import zodZhCN from "zod/v4/locales/zh-CN.js";
import { generateValidators, SCHEMAS } from "../../scripts/validators/generate.js";
import { valid as hostileValid } from "../../test/hostile/corpus.js";
import type { Facts, ValidationCode, ValidationIssue } from "../core/issues.js";
import { canonicalJson } from "../core/order.js";
import type { InvalidRecord } from "./document.js";
import { parseClaimsDocument } from "./document.js";
import type { CollectionName } from "./parse.js";
import { VALIDATION_CODES } from "../core/issues.js";
import * as en from "../locales/en.js";
import * as zh from "../locales/zh-CN.js";
import { Grant } from "./claim.js";
import { MEASURES, SKILL_LEVELS } from "./common.js";
import { validators } from "./generated/validators.js";
import { COLLECTIONS, forbiddenKeys, issueAt, parseWith } from "./parse.js";
import { TRAINEE_STATUSES, Trainee } from "./trainee.js";
import { CERTIFICATE_KINDS, COURSE_KINDS } from "./training.js";
import { INVALID, validatorOf } from "./validator.js";
import type { SchemaNode } from "./validator.js";

const zodSchemas = SCHEMAS satisfies Record<keyof typeof validators, z.ZodType>;
const schemas: Record<string, z.ZodType> = zodSchemas;

// Today's zod path, kept here as the oracle: zod's issues to the library's, with zod's own zh-CN and en messages.
const zhLocale = zodZhCN().localeError;
const enLocale = zodEn().localeError;
const validationCodes: ReadonlySet<string> = new Set(VALIDATION_CODES);
function localeText(fn: typeof zhLocale, issue: z.core.$ZodIssue): string {
  const out = fn(issue as unknown as Parameters<typeof zhLocale>[0]);
  if (typeof out === "string") return out;
  return out?.message ?? "";
}
function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const params = (issue.code === "custom" ? issue.params : undefined) as Facts | undefined;
    const own = params?.["reason"] ?? (validationCodes.has(issue.message) ? issue.message : undefined);
    if (typeof own === "string" && validationCodes.has(own)) {
      const code = own as ValidationCode;
      return { path, code, message: { zh: zh.validation[code](params ?? {}), en: en.validation[code](params ?? {}) } };
    }
    return { path, code: issue.code, message: { zh: localeText(zhLocale, issue) || zh.validation.invalid_input({}), en: localeText(enLocale, issue) || en.validation.invalid_input({}) } };
  });
}
function toValidationIssuesAt(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[]): ValidationIssue[] {
  return toValidationIssues(issues).map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
}
/** The full path, as `parseWith` ran it with zod: forbidden keys, then zod. */
function fullPath(schema: z.ZodType, input: unknown) {
  const forbidden = forbiddenKeys(input);
  if (forbidden.length > 0) return { ok: false as const, issues: forbidden };
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true as const, value: result.data as unknown };
  return { ok: false as const, issues: toValidationIssues(result.error.issues) };
}

// Seeds: every object in the fixtures that a schema accepts, the hostile corpus's valid
// records, and records using the rarer optional fields.
function* jsonFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* jsonFiles(path);
    else if (name.endsWith(".json")) yield path;
  }
}
function* objects(value: unknown): Generator<Record<string, unknown>> {
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) yield* objects(item);
    return;
  }
  yield value as Record<string, unknown>;
  for (const item of Object.values(value)) yield* objects(item);
}
const seeds: Record<string, unknown[]> = Object.fromEntries(Object.keys(schemas).map((k) => [k, []]));
for (const file of jsonFiles("fixtures")) {
  for (const o of objects(JSON.parse(readFileSync(file, "utf8")) as unknown)) {
    for (const [name, schema] of Object.entries(schemas)) if (schema.safeParse(o).success && (seeds[name] as unknown[]).length < 40) (seeds[name] as unknown[]).push(o);
  }
}
for (const [name, record] of Object.entries(hostileValid)) (seeds[name] as unknown[]).push(record);
const rare: Record<string, Record<string, unknown>> = {
  trainee: { ...hostileValid.trainee, name: "张三", unemploymentInsuranceMonths: { "zhejiang.jiaxing": 12, "zhejiang.jiaxing.nanhu": 0 }, hasResidencePermit: true, monthlyPensionEntitled: false },
  course: { ...hostileValid.course, attendedDates: ["2020-03-02", "2020-03-03", "2020-03-04", "2020-03-05", "2020-03-06", "2020-03-07", "2020-03-08"], feeCharged: 1200.5, pricing: "market", level: "junior", hireDate: "2020-02-01" },
  claim: { ...hostileValid.claim, months: ["2020-03", "2020-04"], amountClaimed: 50000, trainingPackage: { id: "PK-1", developerKind: "keyEnterprise", commissioned: true } },
  grant: { ...hostileValid.grant, amount: 120, months: ["2020-03"], basisKeys: ["appraisalSubsidy|P1|cert K1"], occupationCode: "X1", level: "senior" },
  apprenticeship: { ...hostileValid.apprenticeship, monthlyInternshipAllowance: 250, annualStandard: "6000" },
  educationFundFigures: { enterpriseId: "E-1", year: 2020, fund: 150000, frontLineSpend: "100000.00", totalWages: "10000000.00" },
};
for (const [name, record] of Object.entries(rare)) (seeds[name] as unknown[]).push(record);
// Seeds that break a cross-field check, so that mutations meet those issues too.
(seeds["trainee"] as unknown[]).push({ ...hostileValid.trainee, statuses: ["veteran", "rural", "veteran"] }, { ...hostileValid.trainee, unemploymentInsuranceMonths: { Zhejiang: 3, "zhejiang.jiaxing": 2 } });
(seeds["certificate"] as unknown[]).push({ ...hostileValid.certificate, kind: "trainingCompletionCertificate", level: "junior" });

// Values a mutation puts somewhere: valid and invalid alike.
const emoji33 = "😀".repeat(33); // 66 UTF-16 units, 33 code points
const pool: unknown[] = [
  "", "x", "P1", "P-1", "K1", "C1", "X1", "E1", "__proto__", "constructor", "prototype", "toString", "bad id!", "x".repeat(64), "x".repeat(65),
  "名".repeat(200), "名".repeat(201), "😀".repeat(150), "😀".repeat(201), emoji33,
  "2020-02-29", "2023-02-29", "2020-03-01", "2020-03-08", "2020-03-20", "1899-12-31", "1900-01-01", "2099-12-31", "2100-01-01", "2020-01-01T00:00:00Z", "2020-1-1",
  "2020-03", "2020-13", "1899-12",
  0, -0, 1, 7, 8, -1, 1.5, 56, 1200.5, 1200.005, 1e21, 1e308, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Number.POSITIVE_INFINITY,
  "0", "40", "120.00", "1200.001", "1e3", "0x1f", " 12",
  true, false, null, undefined, [], {}, ["veteran"], ["veteran", "veteran"], ["2020-03-02"], ["2020-03"], ["2020-03", "2020-03"],
  { code: "X1", name: "电工" }, { code: "X1" }, { kind: "trainee", id: "P1" }, { kind: "bank", id: "P1" },
  { "zhejiang.jiaxing": 3 }, { "Zhejiang": 3 }, { "zhejiang.jiaxing": -3 }, { "zhejiang.jiaxing": 1.5 },
  JSON.parse('{"__proto__":{"polluted":true}}') as unknown, { constructor: 1 }, JSON.parse('{"zhejiang.jiaxing":1,"__proto__":2}') as unknown,
  { id: "PK-1", developerKind: "otherDeveloper", commissioned: false },
  "zhejiang.jiaxing", "zhejiang.jiaxing.haining", "Zhejiang.Jiaxing", "zhejiang.", "jx2019.appraisal-subsidy",
  ...MEASURES, ...SKILL_LEVELS, ...TRAINEE_STATUSES.slice(0, 6), ...CERTIFICATE_KINDS, ...COURSE_KINDS, "trainee", "organizer", "market", "employee", "student", "passed",
];
const keys = ["id", "name", "traineeId", "level", "kind", "statuses", "birthDate", "amount", "occupation", "code", "months", "extra", "__proto__", "constructor", "prototype", "fund", "region", "attendedDays", "attendedDates", "claimant", "submittedOn"];

type Path = (string | number)[];
/** Every place in a value: object keys and array positions, with the container's path. */
function places(value: unknown, path: Path = [], out: { container: Path; key: string | number }[] = []) {
  if (value === null || typeof value !== "object") return out;
  if (Array.isArray(value)) value.forEach((item, i) => (out.push({ container: path, key: i }), places(item, [...path, i], out)));
  else for (const key of Object.keys(value)) (out.push({ container: path, key }), places((value as Record<string, unknown>)[key], [...path, key], out));
  return out;
}
function containers(value: unknown, path: Path = [], out: Path[] = []) {
  if (value === null || typeof value !== "object") return out;
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => containers(item, [...path, i], out));
  else for (const key of Object.keys(value)) containers((value as Record<string, unknown>)[key], [...path, key], out);
  return out;
}
function at(root: unknown, path: Path): Record<string | number, unknown> {
  let v = root as Record<string | number, unknown>;
  for (const k of path) v = v[k] as Record<string | number, unknown>;
  return v;
}
/** Sets an own data property, even `__proto__` (as JSON.parse makes it). */
function own(target: Record<string | number, unknown>, key: string | number, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
/** A deep copy that keeps `__proto__` own keys, `undefined`, NaN and ±Infinity (structuredClone and spreads lose the first). */
function copy(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(copy);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) own(out, key, copy((value as Record<string, unknown>)[key]));
  return out;
}

type Mutation = { kind: "set"; place: number; value: number } | { kind: "delete"; place: number } | { kind: "add"; container: number; key: number; value: number } | { kind: "reorder"; container: number };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), place: fc.nat(), value: fc.nat() }),
  fc.record({ kind: fc.constant("delete" as const), place: fc.nat() }),
  fc.record({ kind: fc.constant("add" as const), container: fc.nat(), key: fc.nat(), value: fc.nat() }),
  fc.record({ kind: fc.constant("reorder" as const), container: fc.nat() }),
);

function mutate(seed: unknown, mutations: readonly Mutation[]): unknown {
  let root = copy(seed);
  for (const m of mutations) {
    if (m.kind === "set" || m.kind === "delete") {
      const ps = places(root);
      if (ps.length === 0) continue;
      const p = ps[m.place % ps.length] as { container: Path; key: string | number };
      const target = at(root, p.container);
      if (m.kind === "delete") {
        if (!Array.isArray(target)) delete target[p.key];
      } else own(target, p.key, copy(pool[m.value % pool.length]));
    } else if (m.kind === "add") {
      const cs = containers(root).filter((c) => !Array.isArray(at(root, c)));
      if (cs.length === 0) continue;
      own(at(root, cs[m.container % cs.length] as Path), keys[m.key % keys.length] as string, copy(pool[m.value % pool.length]));
    } else if (m.kind === "reorder") {
      const cs = containers(root).filter((c) => !Array.isArray(at(root, c)));
      const c = cs[m.container % cs.length] as Path;
      const target = at(root, c);
      const entries = Object.entries(target).reverse();
      const reordered = {} as Record<string, unknown>;
      for (const [k, v] of entries) own(reordered, k, v);
      if (c.length === 0) root = reordered;
      else own(at(root, c.slice(0, -1)), c[c.length - 1] as string | number, reordered);
    }
  }
  return root;
}


/** A value as text with every key in its order, `undefined` included (JSON.stringify drops it). */
const keyed = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (v === undefined ? "\u0000undefined" : v));

/** The issue codes the property runs met, over every schema (checked at the end: the runs reach each kind of issue). */
const codesSeen = new Set<string>();

describe("the generated validator is zod's answer", () => {
  test("the generated file is what the generator writes from today's zod schemas (run node scripts/generate-validators.mjs after changing one)", () => {
    expect(readFileSync("src/records/generated/validators.ts", "utf8")).toBe(generateValidators());
  });

  test("each schema has seeds to mutate", () => {
    for (const [name, list] of Object.entries(seeds)) expect(list.length, name).toBeGreaterThan(0);
  });

  for (const [name, schema] of Object.entries(schemas)) {
    test(`${name}: over generated valid and mutated records, the same value or the same issues (codes, paths, order, zh/en messages) as zod`, () => {
      const node = validators[name as keyof typeof validators] as SchemaNode;
      const validator = validatorOf(node);
      let accepted = 0;
      let rejected = 0;
      fc.assert(
        fc.property(fc.nat(), fc.array(mutation, { maxLength: 3 }), (seedAt, mutations) => {
          const list = seeds[name] as unknown[];
          const input = mutate(list[seedAt % list.length], mutations);
          const full = fullPath(schema, input);
          const now = parseWith(node, input);
          expect(now).toStrictEqual(full);
          if (full.ok && now.ok) {
            accepted++;
            expect(JSON.stringify(now.value)).toBe(JSON.stringify(full.value)); // same keys in the same order
            // No copy where zod's output equals the input key for key, in the same order (a key present as undefined counts).
            if (keyed(input) === keyed(full.value)) expect(now.value).toBe(input);
          } else {
            rejected++;
            if (!full.ok) for (const issue of full.issues) codesSeen.add(issue.code);
            // The full path alone (without the fast path and the forbidden-key walk) agrees with zod too.
            if (forbiddenKeys(input).length === 0) expect(validator.check(input)).toStrictEqual(full);
            expect(validator.accept(input)).toBe(INVALID);
          }
        }),
        { numRuns: 1000, seed: 17 },
      );
      // Both sides of the property were exercised.
      expect(accepted).toBeGreaterThan(100);
      expect(rejected).toBeGreaterThan(100);
    }, 60_000);
  }

  test("the runs met every kind of issue the schemas raise: zod's own codes and the refinements' and checks' own", () => {
    const expected = ["invalid_type", "invalid_value", "too_small", "too_big", "invalid_format", "unrecognized_keys", "invalid_key", "forbidden_key"];
    const own = ["id_format", "region_format", "invalid_date", "date_out_of_range", "invalid_amount", "invalid_month", "duplicate_status", "end_before_start", "attended_days_exceed_span", "level_required", "level_not_allowed"];
    expect([...expected, ...own].filter((code) => !codesSeen.has(code))).toEqual([]);
  });

  test("a valid record is returned as it is, not copied; a number amount becomes zod's string in a copy", () => {
    const claim = { ...hostileValid.claim };
    expect(parseWith(validators.claim, claim)).toStrictEqual({ ok: true, value: claim });
    expect((parseWith(validators.claim, claim) as { value: unknown }).value).toBe(claim);
    const grant = { ...hostileValid.grant, amount: 120 };
    const out = parseWith(validators.grant, grant);
    expect(out.ok && out.value).not.toBe(grant);
    expect(out).toStrictEqual({ ok: true, value: Grant.parse(grant) });
    expect(out.ok && (out.value as { amount: unknown }).amount).toBe("120");
  });

  test("prototype keys are refused in the same pass; a region id \"constructor\" is decided as zod decides it", () => {
    const withProto = JSON.parse(`{"__proto__":1,${JSON.stringify(hostileValid.trainee).slice(1)}`) as unknown;
    expect(validatorOf(validators.trainee).accept(withProto)).toBe(INVALID);
    expect(parseWith(validators.trainee, withProto)).toStrictEqual(fullPath(Trainee, withProto));
    const ctor = { ...hostileValid.trainee, unemploymentInsuranceMonths: { constructor: 1 } };
    expect(validatorOf(validators.trainee).accept(ctor)).toBe(INVALID);
    expect(parseWith(validators.trainee, ctor)).toStrictEqual(fullPath(Trainee, ctor));
  });

  test("bounds at and either side: an id of 64 and 65 characters, 33 emoji against a minimum counted in code points, a list of 120 and 121 months, a year of 9999 and 10000", () => {
    const months = (n: number) => Array.from({ length: n }, (_, i) => `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
    const cases: [keyof typeof zodSchemas, unknown][] = [
      ["claim", { ...hostileValid.claim, id: "x".repeat(64) }],
      ["claim", { ...hostileValid.claim, id: "x".repeat(65) }],
      ["claim", { ...hostileValid.claim, months: months(120) }],
      ["claim", { ...hostileValid.claim, months: months(121) }],
      ["claim", { ...hostileValid.claim, months: [] }],
      ["claim", { ...hostileValid.claim, months: [...months(3), "2020-13", 5] }],
      ["enterprise", { id: "E-1", name: "😀".repeat(100) }],
      ["enterprise", { id: "E-1", name: "😀".repeat(101) }],
      ["enterprise", { id: ["x"], name: [] }],
      ["educationFundFigures", { enterpriseId: "E-1", year: 9999, fund: "1", frontLineSpend: "2", totalWages: "3" }],
      ["educationFundFigures", { enterpriseId: "E-1", year: 10000, fund: "1", frontLineSpend: "x", totalWages: "3" }],
      ["educationFundFigures", { enterpriseId: "E-1", year: 1899.5, fund: 1e21, frontLineSpend: -0, totalWages: Number.NaN }],
      ["trainee", { ...hostileValid.trainee, unemploymentInsuranceMonths: { Zhejiang: 1, "zhejiang.x": 1201, "zhejiang.y": 2 ** 60 } }],
    ];
    for (const [name, input] of cases) expect(parseWith(validators[name], input), name).toStrictEqual(fullPath(zodSchemas[name], input));
  });
});

// ————————————————————————————————————————————————————————————————————————————————
// The claims document: parseClaimsDocument against its implementation before issue #17 with zod
// (every record through the full path, entries and closures per record), kept here as
// the oracle, over the fixtures' documents with records mutated, repeated and re-pointed.

function fullPathAt(schema: z.ZodType, input: unknown, prefix: readonly (string | number)[]) {
  const forbidden = forbiddenKeys(input, prefix);
  if (forbidden.length > 0) return { ok: false as const, issues: forbidden };
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true as const, value: result.data as unknown };
  return { ok: false as const, issues: toValidationIssuesAt(result.error.issues, prefix) };
}

function readableId(raw: unknown): string | null {
  if (raw === null || typeof raw !== "object" || !Object.hasOwn(raw, "id")) return null;
  const id = (raw as { id: unknown }).id;
  return typeof id === "string" && id.length <= 64 ? id : null;
}

type Rec = Record<string, string | undefined> & { id: string; traineeId: string };
/** parseClaimsDocument's body as it was before issue #17 (the collection checks before it are unchanged). */
function oracle(top: Record<string, unknown>) {
  const invalid: InvalidRecord[] = [];
  const parsed = {} as Record<CollectionName, { index: number; value: unknown; raw: unknown }[]>;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const raw = (top[name] ?? []) as unknown[];
    const schema = zodSchemas[COLLECTIONS[name]];
    const list: { index: number; value: unknown; raw: unknown }[] = [];
    raw.forEach((item, index) => {
      const result = fullPathAt(schema, item, [name, index]);
      if (result.ok) list.push({ index, value: result.value, raw: item });
      else invalid.push({ collection: name, index, id: readableId(item), issues: result.issues });
    });
    parsed[name] = list;
  }
  const index = (name: Exclude<CollectionName, "claims" | "ledger">) => {
    const byId = new Map<string, { index: number; value: unknown; raw: unknown }>();
    const bad = new Set<string>();
    for (const entry of parsed[name]) {
      const id = (entry.value as { id: string }).id;
      const first = byId.get(id);
      if (first === undefined) byId.set(id, entry);
      // key order aside, since review 49 (copies written by two serialisers are one record)
      else if (canonicalJson(first.raw) !== canonicalJson(entry.raw)) {
        if (!bad.has(id)) invalid.push({ collection: name, index: first.index, id, issues: [issueAt([name, first.index, "id"], "duplicate_id", { id })] });
        bad.add(id);
        invalid.push({ collection: name, index: entry.index, id, issues: [issueAt([name, entry.index, "id"], "duplicate_id", { id })] });
      }
    }
    const out = new Map<string, Rec>();
    for (const [id, entry] of byId) if (!bad.has(id)) out.set(id, entry.value as Rec);
    return out;
  };
  const trainees = index("trainees");
  const courses = index("courses");
  const certificates = index("certificates");
  const enterprises = index("enterprises");
  const apprenticeships = index("apprenticeships");
  const claims: unknown[] = [];
  for (const { index: i, value } of parsed.claims) {
    const claim = value as Rec;
    const problems: ValidationIssue[] = [];
    const at = (field: string) => ["claims", i, field];
    if (!trainees.has(claim.traineeId)) problems.push(issueAt(at("traineeId"), "unknown_reference", { id: claim.traineeId }));
    const owned = (field: "courseId" | "certificateId" | "apprenticeshipId", map: ReadonlyMap<string, Rec>) => {
      const id = claim[field];
      if (id === undefined) return;
      const record = map.get(id);
      if (record === undefined) problems.push(issueAt(at(field), "unknown_reference", { id }));
      else if (record.traineeId !== claim.traineeId) problems.push(issueAt(at(field), "reference_mismatch", { id }));
    };
    owned("courseId", courses);
    owned("certificateId", certificates);
    owned("apprenticeshipId", apprenticeships);
    if (claim.enterpriseId !== undefined && !enterprises.has(claim.enterpriseId)) problems.push(issueAt(at("enterpriseId"), "unknown_reference", { id: claim.enterpriseId }));
    if (problems.length === 0) {
      // impossibleDates, as it was
      const course = claim.courseId === undefined ? undefined : courses.get(claim.courseId);
      const certificate = claim.certificateId === undefined ? undefined : certificates.get(claim.certificateId);
      const apprenticeship = claim.apprenticeshipId === undefined ? undefined : apprenticeships.get(claim.apprenticeshipId);
      const submittedOn = claim.submittedOn as string;
      let firstBasis = "claim.submittedOn";
      let firstDate: string = submittedOn;
      let late = false;
      const see = (basis: string, date: string) => {
        if (submittedOn < date) late = true;
        if (date < firstDate || (firstBasis === "claim.submittedOn" && date === firstDate)) {
          firstBasis = basis;
          firstDate = date;
        }
      };
      if (course !== undefined) see("course.startDate", course.startDate as string);
      if (certificate !== undefined) see("certificate.issuedOn", certificate.issuedOn as string);
      if (apprenticeship !== undefined) see("apprenticeship.startDate", apprenticeship.startDate as string);
      const trainee = trainees.get(claim.traineeId);
      const unborn = trainee !== undefined && (trainee.birthDate as string) > firstDate;
      if (late) {
        const bases: { basis: string; date: string }[] = [];
        if (course !== undefined) bases.push({ basis: "course.startDate", date: course.startDate as string });
        if (certificate !== undefined) bases.push({ basis: "certificate.issuedOn", date: certificate.issuedOn as string });
        if (apprenticeship !== undefined) bases.push({ basis: "apprenticeship.startDate", date: apprenticeship.startDate as string });
        for (const b of bases) if (submittedOn < b.date) problems.push(issueAt(at("submittedOn"), "submitted_before_basis", { submittedOn, ...b }));
      }
      if (unborn) problems.push(issueAt(at("traineeId"), "born_after_basis", { birthDate: trainee.birthDate as string, basis: firstBasis, date: firstDate }));
      // the certificate is not issued before the training it is the outcome of began: the course named, else the certificate's own
      const own = certificate?.courseId === undefined ? undefined : courses.get(certificate.courseId as string);
      const training = course ?? (own !== undefined && own.traineeId === certificate?.traineeId ? own : undefined);
      if (claim.measure === "trainingSubsidy" && certificate !== undefined && training !== undefined && (certificate.issuedOn as string) < (training.startDate as string)) problems.unshift(issueAt(at("certificateId"), "certificate_before_training", { issuedOn: certificate.issuedOn as string, courseId: training.id as string, date: training.startDate as string }));
    }
    if (problems.length > 0) invalid.push({ collection: "claims", index: i, id: claim.id, issues: problems });
    else claims.push(claim);
  }
  invalid.sort((a, b) => (a.collection === b.collection ? a.index - b.index : a.collection < b.collection ? -1 : 1));
  return { document: { claims, trainees, courses, certificates, enterprises, apprenticeships, ledger: parsed.ledger.map((e) => e.value) }, invalid };
}

const documents = ["fixtures/jiaxing/claims.json", "fixtures/jiaxing/showcase.json", "fixtures/jiaxing/worked-example.json"].map((f) => JSON.parse(readFileSync(f, "utf8")) as Record<string, unknown[]>);
const collections = Object.keys(COLLECTIONS) as CollectionName[];
type DocumentChange =
  | { kind: "mutate"; collection: number; at: number; mutations: Mutation[] }
  | { kind: "repeat"; collection: number; at: number; mutations: Mutation[] }
  | { kind: "repoint"; at: number; field: number; to: number };
const documentChange: fc.Arbitrary<DocumentChange> = fc.oneof(
  fc.record({ kind: fc.constant("mutate" as const), collection: fc.nat(), at: fc.nat(), mutations: fc.array(mutation, { minLength: 1, maxLength: 2 }) }),
  fc.record({ kind: fc.constant("repeat" as const), collection: fc.nat(), at: fc.nat(), mutations: fc.array(mutation, { maxLength: 1 }) }),
  fc.record({ kind: fc.constant("repoint" as const), at: fc.nat(), field: fc.nat(), to: fc.nat() }),
);
const referenceFields = ["traineeId", "courseId", "certificateId", "apprenticeshipId", "enterpriseId", "submittedOn"];

describe("parseClaimsDocument, with the generated validators, is what it was with zod", () => {
  test("over the fixtures' documents with records mutated, repeated (identical or not) and claims re-pointed, the same claims, records, ledger and invalid records, in the same order", () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(documentChange, { maxLength: 4 }), (which, changes) => {
        const doc = copy(documents[which % documents.length]) as Record<string, unknown[]>;
        for (const c of changes) {
          if (c.kind === "repoint") {
            const claims = doc["claims"] as Record<string, unknown>[];
            const claim = claims[c.at % claims.length] as Record<string, unknown>;
            const field = referenceFields[c.field % referenceFields.length] as string;
            const ids = collections.flatMap((n) => (doc[n] ?? []).map((r) => (r as { id?: unknown }).id));
            claim[field] = field === "submittedOn" ? pool[c.to % pool.length] : ids[c.to % ids.length];
            continue;
          }
          const present = collections.filter((n) => (doc[n] ?? []).length > 0);
          const name = present[c.collection % present.length] as CollectionName;
          const list = doc[name] as unknown[];
          const at = c.at % list.length;
          if (c.kind === "mutate") list[at] = mutate(list[at], c.mutations);
          else list.push(c.mutations.length === 0 ? copy(list[at]) : mutate(list[at], c.mutations));
        }
        const now = parseClaimsDocument(doc);
        expect(now.ok).toBe(true);
        if (!now.ok) return;
        const before = oracle(doc);
        expect(now.value.invalid).toStrictEqual(before.invalid);
        expect(now.value.document.claims).toStrictEqual(before.document.claims);
        expect(now.value.document.ledger).toStrictEqual(before.document.ledger);
        for (const name of ["trainees", "courses", "certificates", "enterprises", "apprenticeships"] as const) {
          expect([...now.value.document[name].entries()]).toStrictEqual([...before.document[name].entries()]);
        }
        expect(JSON.stringify(now.value.document.claims)).toBe(JSON.stringify(before.document.claims));
      }),
      { numRuns: 1000, seed: 17 },
    );
  }, 120_000);
});
