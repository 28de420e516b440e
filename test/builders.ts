/**
 * Record builders for tests: each returns a record parsed through the public schema,
 * so a test can never hand the rules a shape the boundary would have rejected.
 */
import { readFileSync } from "node:fs";
import type { Certificate, Claim, ClaimInput, ClaimsDocument, Course, Grant, Policy, Trainee } from "../src/index.js";
import { catalogueSourceFor, Ledger, parseCertificate, parseClaim, parseClaimsDocument, parseCourse, parseGrant, parseSubsidyCatalogue, parseTrainee, withCatalogue } from "../src/index.js";

function must<T>(result: { ok: true; value: T } | { ok: false; issues: readonly unknown[] }): T {
  if (!result.ok) throw new Error(`test record invalid: ${JSON.stringify(result.issues)}`);
  return result.value;
}

export function trainee(over: Record<string, unknown> = {}): Trainee {
  return must(parseTrainee({ id: "P1", birthDate: "1995-05-01", statuses: [], hukouRegion: "zhejiang.jiaxing.nanhu", ...over }));
}

/** A course as it stands in a claims document, before parsing: 7 attended days, 2020-03-02 to 2020-03-08, in 南湖区. */
export function rawCourse(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "C1",
    traineeId: "P1",
    kind: "employmentSkills",
    occupation: { code: "4-10-01-01", name: "养老护理员" },
    classHours: 56,
    startDate: "2020-03-02",
    endDate: "2020-03-08",
    attendedDays: 7,
    region: "zhejiang.jiaxing.nanhu",
    ...over,
  };
}

export function course(over: Record<string, unknown> = {}): Course {
  return must(parseCourse(rawCourse(over)));
}

export function certificate(over: Record<string, unknown> = {}): Certificate {
  return must(
    parseCertificate({
      id: "K1",
      traineeId: "P1",
      kind: "skillLevelCertificate",
      occupation: { code: "6-29-01-01", name: "电工" },
      level: "intermediate",
      issuedOn: "2020-07-15",
      ...over,
    }),
  );
}

export function claim(over: Record<string, unknown> = {}): Claim {
  return must(parseClaim({ id: "CL1", measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, submittedOn: "2020-08-01", ...over }));
}

export function grant(over: Record<string, unknown> = {}): Grant {
  return must(
    parseGrant({
      id: "G1",
      claimId: "OLD-1",
      traineeId: "P1",
      measure: "appraisalSubsidy",
      provision: "jx2019.appraisal-subsidy",
      payee: { kind: "trainee", id: "P1" },
      amount: "120.00",
      basisDate: "2020-05-01",
      occupationCode: "6-29-01-01",
      level: "intermediate",
      ...over,
    }),
  );
}

/** A claim input with an empty ledger unless one is given. */
export function input(parts: Partial<ClaimInput> & { claim: Claim; trainee: Trainee }): ClaimInput {
  return { ledger: Ledger.empty, ...parts };
}

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), "utf8"));

/** The claims document of a fixture file (a path from the repository's root), parsed; a fixture that does not parse fails the test. */
export function documentAt(path: string): ClaimsDocument {
  const r = parseClaimsDocument(json(path));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.document;
}

/** `policy` with the illustrative Jiaxing catalogue (fixtures/jiaxing/catalogue-2020.json) where its catalogue source puts it. */
export function withIllustrativeCatalogue(policy: Policy): Policy {
  const parsed = parseSubsidyCatalogue(json("fixtures/jiaxing/catalogue-2020.json"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return withCatalogue(policy, [parsed.value], catalogueSourceFor(policy));
}
