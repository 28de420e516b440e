/**
 * Every malformed input yields a typed validation error naming the field: no uncaught
 * exception, no hang, Object.prototype untouched. `npm run test:hostile` runs this file
 * again under `node --disable-proto=throw`.
 */
import { afterAll, describe, expect, test } from "vitest";
import type { Result } from "../../src/index.js";
import {
  evaluateBatch,
  jiaxingPolicy,
  parseApprenticeship,
  parseCertificate,
  parseClaim,
  parseClaimsDocument,
  parseCourse,
  parseEnterprise,
  parseGrant,
  parseTrainee,
} from "../../src/index.js";
import type { RecordKind } from "./corpus.js";
import { corpus, valid } from "./corpus.js";

const parsers: Record<RecordKind, (input: unknown) => Result<unknown>> = {
  trainee: parseTrainee,
  course: parseCourse,
  certificate: parseCertificate,
  enterprise: parseEnterprise,
  apprenticeship: parseApprenticeship,
  claim: parseClaim,
  grant: parseGrant,
};
const COLLECTION: Record<RecordKind, string> = {
  trainee: "trainees",
  course: "courses",
  certificate: "certificates",
  enterprise: "enterprises",
  apprenticeship: "apprenticeships",
  claim: "claims",
  grant: "ledger",
};

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
});

const cases = corpus();

describe("the hostile-input corpus", () => {
  test("has at least 150 cases, and the valid records it mutates are valid", () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    for (const kind of Object.keys(valid) as RecordKind[]) expect(parsers[kind](valid[kind]).ok, kind).toBe(true);
  });

  test.each(cases.map((c) => [c.name, c] as const))("%s: a typed issue names the field, in Chinese and English", (_name, c) => {
    const result = parsers[c.record](c.input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.length).toBeGreaterThan(0);
    const first = result.issues[0];
    expect(first?.path.slice(0, c.path.length)).toEqual(c.path);
    for (const issue of result.issues) {
      expect(typeof issue.code).toBe("string");
      expect(issue.message.zh.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
      expect(JSON.stringify(issue).length).toBeLessThan(2000); // issues never echo a huge input
    }
  });

  test.each(cases.filter((c) => c.input !== null && typeof c.input === "object" && !Array.isArray(c.input)).map((c) => [c.name, c] as const))(
    "%s: inside a claims document, the record is reported at its place and the others are still decided",
    (_name, c) => {
      const doc: Record<string, unknown[]> = {
        trainees: [valid.trainee],
        courses: [valid.course],
        claims: [valid.claim],
      };
      const key = COLLECTION[c.record];
      doc[key] = [...(doc[key] ?? []), c.input];
      const parsed = parseClaimsDocument(doc);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.value.invalid.some((r) => r.collection === key)).toBe(true);
      expect(() => evaluateBatch(jiaxingPolicy(), parsed.value.document)).not.toThrow();
    },
  );
});

describe("references that name Object.prototype members", () => {
  test.each(["toString", "constructor", "hasOwnProperty", "valueOf", "isPrototypeOf"])("a claim naming trainee %s that the document lacks is an unknown reference", (id) => {
    const parsed = parseClaimsDocument({ trainees: [valid.trainee], courses: [valid.course], claims: [{ ...valid.claim, traineeId: id, courseId: id }] });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.invalid[0]?.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["claims.0.traineeId", "unknown_reference"],
      ["claims.0.courseId", "unknown_reference"],
    ]);
  });

  test("records whose ids are toString and constructor work like any other", () => {
    const parsed = parseClaimsDocument({
      trainees: [{ ...valid.trainee, id: "toString", statuses: ["employmentDifficulty"] }],
      courses: [{ ...valid.course, id: "constructor", traineeId: "toString" }],
      claims: [{ ...valid.claim, id: "valueOf", traineeId: "toString", courseId: "constructor", claimant: { kind: "trainee", id: "toString" } }],
    });
    expect(parsed.ok && parsed.value.invalid).toEqual([]);
    if (!parsed.ok) return;
    const d = evaluateBatch(jiaxingPolicy(), parsed.value.document).decisions[0];
    expect(d?.amount).toBe("350.00"); // 50 yuan/day × 7 days, jx2019.living-allowance (employment-difficulty)
  });
});

describe("whole documents that are too big", () => {
  test("a claims collection of a million entries is rejected whole, quickly, naming the collection", () => {
    const claims = new Array(1_000_000).fill(valid.claim);
    const parsed = parseClaimsDocument({ claims });
    expect(parsed).toMatchObject({ ok: false, issues: [{ path: ["claims"], code: "too_big" }] });
  });
});
