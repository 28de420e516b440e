/**
 * The parse boundary: raw JSON in, typed records or typed issues out. Each issue
 * names the field (a path), a code, and a message in Chinese and English. Records
 * are parsed once here; provisions receive typed values and never re-validate.
 */
import type { Facts, RecordValidationCode, Result, ValidationCode, ValidationIssue } from "../core/issues.js";
// The Chinese messages imported before the English (here, the first module of the one-claim bundle to import them, and
// in validator.ts and engine.ts alike): a bundle places the two tables in that order, the larger Chinese one first, and
// then each code's English message lies within gzip's 32 KB window of its Chinese one; with the English first, the last
// codes' lay just beyond it (issue #16: 307 bytes of the one-claim bundle).
import * as zh from "../locales/zh-CN.js";
import * as en from "../locales/en.js";
import type { SubsidyCatalogue } from "./catalogue.js";
import type { Claim, Grant } from "./claim.js";
import { LIMITS } from "./kinds.js";
import type { EducationFundFigures } from "./educationFund.js";
import { apprenticeship, certificate, claim, course, educationFundFigures, enterprise, grant, subsidyCatalogue, trainee } from "./generated/validators.js";
import type { Trainee } from "./trainee.js";
import type { Apprenticeship, Certificate, Course, Enterprise } from "./training.js";
import type { SchemaNode } from "./validator.js";
import { INVALID, validatorOf } from "./validator.js";

/**
 * A validation issue of the library's own, at `path`, with its messages (exported as `validationIssue`).
 * @example validationIssue(["claims", 0, "id"], "id_format").message.en // → "an id is letters, digits and ._:- and starts with a letter or digit"
 */
export function issueAt(path: readonly (string | number)[], code: ValidationCode, params: Facts = {}): ValidationIssue {
  return { path, code, message: { zh: zh.validation[code](params), en: en.validation[code](params) } };
}

/**
 * {@link issueAt} for a code a record raises (its schema, the claims document's checks), with the
 * records' messages alone: a bundle that parses records and decides claims then leaves out the
 * messages of reforms, scenarios and the command line's input (issue #16). The same issue.
 */
export function recordIssueAt(path: readonly (string | number)[], code: RecordValidationCode, params: Facts = {}): ValidationIssue {
  return { path, code, message: { zh: zh.recordValidation[code](params), en: en.recordValidation[code](params) } };
}

const FORBIDDEN_KEY = "__proto__";

/**
 * Paths of `__proto__` keys in a raw value (JSON.parse makes them own keys). zod's
 * records skip such a key silently; the library reports it instead, so no data is
 * dropped without a word. Depth is bounded: deeper values fail the schemas anyway.
 * One walk with one path stack: a path is copied only for a key it reports.
 */
export function forbiddenKeys(value: unknown, prefix: readonly (string | number)[] = [], depth = 0): ValidationIssue[] {
  if (value === null || typeof value !== "object" || depth > 8) return [];
  const found: ValidationIssue[] = [];
  walkForbidden(value, [...prefix], depth, found);
  return found;
}

function walkForbidden(value: object, path: (string | number)[], depth: number, found: ValidationIssue[]): void {
  if (Array.isArray(value)) {
    const n = Math.min(value.length, 64);
    for (let i = 0; i < n; i++) {
      const item: unknown = value[i];
      if (item === null || typeof item !== "object" || depth + 1 > 8) continue;
      path.push(i);
      walkForbidden(item, path, depth + 1, found);
      path.pop();
    }
    return;
  }
  for (const key of Object.keys(value)) {
    if (key === FORBIDDEN_KEY) {
      found.push(recordIssueAt([...path, key], "forbidden_key", { key }));
      continue;
    }
    const item: unknown = (value as Record<string, unknown>)[key];
    if (item === null || typeof item !== "object" || depth + 1 > 8) continue;
    path.push(key);
    walkForbidden(item, path, depth + 1, found);
    path.pop();
  }
}

/**
 * Parses one record with its generated validator (`generated/validators.ts`, from the zod
 * schemas; no zod at run time). A valid record takes the fast path (no copy, prototype keys
 * refused in the same pass); anything else takes the full path, which writes the issues:
 * forbidden keys first, then the schema's, exactly as zod's parse gave them.
 */
export function parseWith<T>(node: SchemaNode, input: unknown, prefix: readonly (string | number)[] = []): Result<T> {
  const validator = validatorOf<T>(node);
  const fast = validator.accept(input);
  if (fast !== INVALID) return { ok: true, value: fast };
  const forbidden = forbiddenKeys(input, prefix);
  if (forbidden.length > 0) return { ok: false, issues: forbidden };
  return validator.check(input, prefix);
}

function parser<T>(node: SchemaNode): (input: unknown) => Result<T> {
  return (input) => parseWith<T>(node, input);
}

/**
 * Parses a trainee record: the typed record, or bilingual issues naming each bad field.
 * @example
 * parseTrainee({ id: "P-1", birthDate: "1990-05-01", statuses: ["rural"] }).ok // → true
 * const bad = parseTrainee({ id: "P-1", birthDate: "1990-02-30", statuses: [] });
 * bad.ok ? [] : bad.issues.map((i) => `${i.path.join(".")} ${i.code}`) // → ["birthDate invalid_date"]
 */
export const parseTrainee = /* @__PURE__ */ parser<Trainee>(trainee);
/**
 * Parses a course (one trainee's enrolment).
 * @example
 * const r = parseCourse({
 *   id: "C-1", traineeId: "P-1", kind: "employmentSkills", occupation: { code: "4-10-01-01", name: "养老护理员" },
 *   classHours: 56, startDate: "2020-03-02", endDate: "2020-03-08", attendedDays: 7, region: "zhejiang.jiaxing.haining",
 * });
 * r.ok && r.value.attendedDays // → 7
 */
export const parseCourse = /* @__PURE__ */ parser<Course>(course);
/**
 * Parses a certificate; skill-level and qualification certificates must name a level.
 * @example
 * const r = parseCertificate({ id: "K-1", traineeId: "P-1", kind: "skillLevelCertificate", occupation: { code: "6-29-01-01", name: "电工" }, issuedOn: "2020-07-15" });
 * r.ok ? [] : r.issues.map((i) => `${i.path.join(".")} ${i.code}`) // → ["level level_required"]
 */
export const parseCertificate = /* @__PURE__ */ parser<Certificate>(certificate);
/**
 * Parses an enterprise.
 * @example parseEnterprise({ id: "E-1", name: "嘉兴示例制造有限公司", unemploymentInsuranceRegion: "zhejiang.jiaxing.nanhu" }).ok // → true
 */
export const parseEnterprise = /* @__PURE__ */ parser<Enterprise>(enterprise);
/**
 * Parses an apprenticeship.
 * @example
 * const r = parseApprenticeship({
 *   id: "A-1", traineeId: "P-1", enterpriseId: "E-1", kind: "employee", occupation: { code: "6-29-01-01", name: "电工" },
 *   level: "intermediate", startDate: "2020-01-01", endDate: "2020-12-31", annualStandard: "6000.00",
 * });
 * r.ok // → true
 */
export const parseApprenticeship = /* @__PURE__ */ parser<Apprenticeship>(apprenticeship);
/**
 * Parses a claim.
 * @example
 * parseClaim({ id: "JX-1", measure: "livingAllowance", traineeId: "P-1", claimant: { kind: "trainee", id: "P-1" }, courseId: "C-1", submittedOn: "2020-03-20" }).ok // → true
 * const r = parseClaim({ id: "JX-1", measure: "lunch", traineeId: "P-1", claimant: { kind: "trainee", id: "P-1" }, submittedOn: "2020-03-20" });
 * r.ok ? [] : r.issues.map((i) => i.path.join(".")) // → ["measure"]
 */
export const parseClaim = /* @__PURE__ */ parser<Claim>(claim);
/**
 * Parses a grant (a ledger entry, `jx2019.ledger`).
 * @example
 * const r = parseGrant({
 *   id: "G-1", claimId: "OLD-1", traineeId: "P-1", measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy",
 *   payee: { kind: "trainee", id: "P-1" }, amount: "120.00", basisDate: "2020-05-01", occupationCode: "6-29-01-01", level: "intermediate",
 * });
 * r.ok && r.value.amount // → "120.00"
 */
export const parseGrant = /* @__PURE__ */ parser<Grant>(grant);

/** The name of a record kind: `trainee`, `course`, `certificate`, `enterprise`, `apprenticeship`, `claim` or `grant`. */
export type RecordName = "trainee" | "course" | "certificate" | "enterprise" | "apprenticeship" | "claim" | "grant";

/**
 * The collections of a claims document and the record each holds.
 * @example COLLECTIONS.ledger // → "grant"
 */
export const COLLECTIONS = {
  trainees: "trainee",
  courses: "course",
  certificates: "certificate",
  enterprises: "enterprise",
  apprenticeships: "apprenticeship",
  ledger: "grant",
  claims: "claim",
} as const satisfies Record<string, RecordName>;
/** A collection of a claims document: a key of {@link COLLECTIONS}. */
export type CollectionName = keyof typeof COLLECTIONS;

export { LIMITS };

/**
 * Parses one edition of a subsidy catalogue (补贴目录清单, `gbf2019.subsidy-catalogue`).
 * @example
 * import { readFileSync } from "node:fs";
 * const r = parseSubsidyCatalogue(JSON.parse(readFileSync("fixtures/jiaxing/catalogue-2020.json", "utf8")));
 * r.ok && [r.value.id, r.value.effectiveFrom] // → ["jiaxing-illustrative-2020","2020-01-01"]
 */
export const parseSubsidyCatalogue = /* @__PURE__ */ parser<SubsidyCatalogue>(subsidyCatalogue);
/**
 * Parses an enterprise's yearly education-fund figures (see {@link educationFund}).
 * @example parseEducationFundFigures({ enterpriseId: "E-1", year: 2020, fund: "150000.00", frontLineSpend: "100000.00", totalWages: "10000000.00" }).ok // → true
 */
export const parseEducationFundFigures = /* @__PURE__ */ parser<EducationFundFigures>(educationFundFigures);
