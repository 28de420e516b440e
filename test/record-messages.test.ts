/**
 * The records' validation messages are kept apart from the others (issue #16: a bundle that parses
 * claims and decides them carries only these): `recordValidation` in each locale. A record parsed
 * without zod (`src/records/validator.ts`) and the claims document (`parseClaimsDocument`) write
 * their issues from it, so every code a record's schema can raise must be in it, with the very
 * message `validation` (and `validationIssue`) gives.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { VALIDATION_CODES, validationIssue } from "../src/index.js";
import * as en from "../src/locales/en.js";
import * as zh from "../src/locales/zh-CN.js";
import { parseClaimsDocument } from "../src/index.js";
import { validators } from "../src/records/generated/validators.js";

/** Every `error` code a generated schema names, walked through its nodes. */
function schemaCodes(node: unknown, seen = new Set<unknown>(), out = new Set<string>()): Set<string> {
  if (node === null || typeof node !== "object" || seen.has(node)) return out;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const item of node) schemaCodes(item, seen, out);
    return out;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "error" && typeof value === "string") out.add(value);
    else schemaCodes(value, seen, out);
  }
  return out;
}

describe("the records' validation messages (recordValidation)", () => {
  const recordCodes = Object.keys(en.recordValidation);

  test("every code a generated record schema or a record's cross-field check raises has a record message, in both languages", () => {
    const raised = schemaCodes(validators);
    for (const m of readFileSync("src/records/checks.ts", "utf8").matchAll(/reason: "([a-z_]+)"/g)) raised.add(m[1]!);
    // the walk and the scan find codes: the schemas' formats and the checks' cross-field codes
    expect(raised).toContain("id_format");
    expect(raised).toContain("front_line_exceeds_fund");
    expect([...raised].filter((code) => !Object.hasOwn(en.recordValidation, code) || !Object.hasOwn(zh.recordValidation, code))).toEqual([]);
  });

  test("the two languages list the same record codes, each a validation code, each with the message validation gives", () => {
    expect(Object.keys(zh.recordValidation).sort()).toEqual([...recordCodes].sort());
    expect(recordCodes.filter((code) => !(VALIDATION_CODES as readonly string[]).includes(code))).toEqual([]);
    for (const code of recordCodes) {
      const c = code as keyof typeof en.recordValidation;
      expect(en.validation[c], code).toBe(en.recordValidation[c]);
      expect(zh.validation[c], code).toBe(zh.recordValidation[c]);
    }
    // validation still gives every code, the others too (a reform's, the command line's)
    expect(Object.keys(en.validation).sort()).toEqual([...VALIDATION_CODES].sort());
    expect(Object.keys(zh.validation).sort()).toEqual([...VALIDATION_CODES].sort());
  });

  test("the claims document writes the same issue validationIssue gives for its codes", () => {
    const doc = {
      trainees: [{ id: "T-1", birthDate: "1990-01-01", statuses: [] }],
      certificates: [{ id: "C-1", traineeId: "T-1", kind: "trainingCompletionCertificate", occupation: { code: "X", name: "X" }, issuedOn: "2020-13-01" }],
      claims: [{ id: "CL-1", measure: "trainingSubsidy", traineeId: "T-1", claimant: { kind: "trainee", id: "T-1" }, courseId: "K-9", submittedOn: "2020-06-01" }],
    };
    const parsed = parseClaimsDocument(doc);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const issues = parsed.value.invalid.flatMap((i) => i.issues);
    expect(issues).toContainEqual(validationIssue(["claims", 0, "courseId"], "unknown_reference", { id: "K-9" }));
    expect(issues).toContainEqual(validationIssue(["certificates", 0, "issuedOn"], "invalid_date"));
  });
});
