/**
 * The fast path of validation (fast.ts, issue #17) against the full path it stands in
 * front of: over records harvested from the fixtures and mutated at random (wrong types,
 * missing fields, extra keys, prototype keys, out-of-range and impossible dates, huge
 * numbers, strings where numbers belong, numbers where amounts belong, reordered keys),
 * the fast validator accepts exactly what the full path (the `__proto__` walk, then zod)
 * accepts and returns the same value — key for key, in the same order; and `parseWith`
 * returns exactly what the full path returns, issues and messages included.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type * as z from "zod";
import { valid as hostileValid } from "../../test/hostile/corpus.js";
import { SubsidyCatalogue } from "./catalogue.js";
import { Claim, Grant } from "./claim.js";
import { MEASURES, SKILL_LEVELS } from "./common.js";
import { EducationFundFigures } from "./educationFund.js";
import { INVALID, fastValidator, islands } from "./fast.js";
import { forbiddenKeys, parseWith, toValidationIssues } from "./parse.js";
import { ProgressDocument, TrainingRecord } from "./progress.js";
import { TRAINEE_STATUSES, Trainee } from "./trainee.js";
import { Apprenticeship, CERTIFICATE_KINDS, COURSE_KINDS, Certificate, Course, Enterprise } from "./training.js";

const schemas: Record<string, z.ZodType> = {
  trainee: Trainee,
  course: Course,
  certificate: Certificate,
  enterprise: Enterprise,
  apprenticeship: Apprenticeship,
  claim: Claim,
  grant: Grant,
  trainingRecord: TrainingRecord,
  educationFundFigures: EducationFundFigures,
};

/** The full path, as `parseWith` ran it for every record before the fast path: forbidden keys, then zod. */
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

describe("the fast validator is zod's answer, sooner", () => {
  test("every record schema compiles without an island (a part run by zod as a whole)", () => {
    for (const schema of [...Object.values(schemas), SubsidyCatalogue, ProgressDocument]) fastValidator(schema);
    expect(islands).toEqual([]);
  });

  test("each schema has seeds to mutate", () => {
    for (const [name, list] of Object.entries(seeds)) expect(list.length, name).toBeGreaterThan(0);
  });

  for (const [name, schema] of Object.entries(schemas)) {
    test(`${name}: over generated valid and mutated records, the fast validator accepts exactly what the full path accepts, with the same value, and parseWith answers as the full path does`, () => {
      const fast = fastValidator(schema);
      let accepted = 0;
      let rejected = 0;
      fc.assert(
        fc.property(fc.nat(), fc.array(mutation, { maxLength: 3 }), (seedAt, mutations) => {
          const list = seeds[name] as unknown[];
          const input = mutate(list[seedAt % list.length], mutations);
          const full = fullPath(schema, input);
          const quick = fast(input);
          if (full.ok) {
            accepted++;
            expect(quick).not.toBe(INVALID);
            expect(quick).toStrictEqual(full.value);
            expect(JSON.stringify(quick)).toBe(JSON.stringify(full.value)); // same keys in the same order
          } else {
            rejected++;
            expect(quick).toBe(INVALID);
          }
          expect(parseWith(schema, input)).toStrictEqual(full);
        }),
        { numRuns: 1000, seed: 17 },
      );
      // Both sides of the property were exercised.
      expect(accepted).toBeGreaterThan(100);
      expect(rejected).toBeGreaterThan(100);
    });
  }

  test("a valid record is returned as it is, not copied; a number amount becomes zod's string in a copy", () => {
    const claim = { ...hostileValid.claim };
    expect(fastValidator(Claim)(claim)).toBe(claim);
    const grant = { ...hostileValid.grant, amount: 120 };
    const out = fastValidator(Grant)(grant);
    expect(out).not.toBe(grant);
    expect(out).toStrictEqual(Grant.parse(grant));
    expect((out as { amount: unknown }).amount).toBe("120");
  });

  test("prototype keys are refused in the same pass, wherever they are", () => {
    const withProto = JSON.parse(`{"__proto__":1,${JSON.stringify(hostileValid.trainee).slice(1)}`) as unknown;
    expect(fastValidator(Trainee)(withProto)).toBe(INVALID);
    const inRecord = { ...hostileValid.trainee, unemploymentInsuranceMonths: JSON.parse('{"zhejiang.jiaxing":1,"__proto__":2}') as unknown };
    expect(fastValidator(Trainee)(inRecord)).toBe(INVALID);
    // zod itself accepts "constructor" as a region id; the fast path leaves it to the full path, which decides as before
    const ctor = { ...hostileValid.trainee, unemploymentInsuranceMonths: { constructor: 1 } };
    expect(fastValidator(Trainee)(ctor)).toBe(INVALID);
    expect(parseWith(Trainee, ctor)).toStrictEqual(fullPath(Trainee, ctor));
  });

  test("a catalogue of many rows with a __proto__ key beyond the forbidden-key walk's reach is answered as before", () => {
    const catalogue = JSON.parse(readFileSync("fixtures/jiaxing/catalogue-2020.json", "utf8")) as { entries: Record<string, unknown>[] };
    expect(fastValidator(SubsidyCatalogue)(catalogue)).not.toBe(INVALID);
    const text = JSON.stringify(catalogue).replace(/"occupation":\{/g, (m, offset: number) => (offset > JSON.stringify(catalogue).length * 0.9 ? `${m}"__proto__":1,` : m));
    const hostile = JSON.parse(text) as unknown;
    expect(fastValidator(SubsidyCatalogue)(hostile)).toBe(INVALID);
    expect(parseWith(SubsidyCatalogue, hostile)).toStrictEqual(fullPath(SubsidyCatalogue, hostile));
  });
});
