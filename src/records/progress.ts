/**
 * The input of a progress report: training records and the ledger of grants.
 *
 * ```json
 * { "trainings": [TrainingRecord, ...], "grants": [ReportGrant, ...] }
 * ```
 *
 * A training record is one person-time (人次): one trainee in one training. It says
 * where the training took place (`region`), which department organised it
 * (`department`, optional), its kind, its last day, whether it was subsidised, its
 * outcome (passed / failed / pending), whether the trainee was employed or started a
 * business afterwards (when followed up), and the certificate and apprenticeship it
 * led to. A grant is a ledger entry (the `Grant` record) with an optional `fund`.
 */
import * as z from "zod";
import type { Result, ValidationIssue } from "../core/issues.js";
import { trainingRecordChecks } from "./checks.js";
import { Grant } from "./claim.js";
import { refined } from "./refined.js";
import { CivilDateSchema, Id, RegionId, SkillLevel } from "./common.js";
import { validators } from "./generated/validators.js";
import { issueAt, parseWith } from "./parse.js";
import { CertificateKind, CourseKind } from "./training.js";

/**
 * Outcome of a training's assessment: 合格 / 不合格 / not assessed yet.
 * @example TRAINING_OUTCOMES // → ["passed","failed","pending"]
 */
export const TRAINING_OUTCOMES = ["passed", "failed", "pending"] as const;
/**
 * A training outcome, one of {@link TRAINING_OUTCOMES} (zod schema).
 * @example TrainingOutcome.safeParse("passed").success // → true
 */
export const TrainingOutcome = /* @__PURE__ */ (() =>
  z.enum(TRAINING_OUTCOMES))();
/** A training outcome, one of {@link TRAINING_OUTCOMES}. */
export type TrainingOutcome = z.infer<typeof TrainingOutcome>;

/**
 * The funds subsidies are paid from (`plan2021.subsidy-kinds`).
 * @example FUNDS.length // → 3
 */
export const FUNDS = ["employmentSubsidyFund", "unemploymentInsuranceFund", "skillsActionAccount"] as const;
/**
 * A fund, one of {@link FUNDS} (zod schema).
 * @example Fund.safeParse("skillsActionAccount").success // → true
 */
export const Fund = /* @__PURE__ */ (() =>
  z.enum(FUNDS))();
/** A fund, one of {@link FUNDS}. */
export type Fund = z.infer<typeof Fund>;

/**
 * A department id: ASCII, e.g. `jiaxing.emergency-management` (zod schema).
 * @example DepartmentId.safeParse("jiaxing.emergency-management").success // → true
 */
export const DepartmentId = Id;

/**
 * One training of one person, for progress reports: where, by which department, what
 * kind, when, its outcome and what it led to (zod schema).
 * @example TrainingRecord.safeParse({ id: "T-1", traineeId: "P-1", region: "zhejiang.jiaxing.nanhu", kind: "employmentSkills", startDate: "2020-07-01", endDate: "2020-07-10", outcome: "passed" }).success // → true
 */
export const TrainingRecord = /* @__PURE__ */ (() =>
  z
  .strictObject({
    id: Id,
    traineeId: Id,
    /** Where the training took place, a region id (`zhejiang.jiaxing.haining`). */
    region: RegionId,
    /** The department that organised it (附件2 rows), when known. */
    department: DepartmentId.optional(),
    kind: CourseKind,
    startDate: CivilDateSchema,
    /** The training's last day: the record counts in the period that holds this day. */
    endDate: CivilDateSchema,
    /**
     * True when the training was subsidised (补贴性培训), e.g. bought by government.
     * When absent, the record is subsidised if a ledger grant names it as `courseId`.
     */
    subsidised: z.boolean().optional(),
    /** The trainee is a migrant worker (农民工), for plan2021's sub-target. */
    migrantWorker: z.boolean().optional(),
    outcome: TrainingOutcome,
    /** Employed or started a business after the training (就业创业); absent when not followed up. */
    employedAfter: z.boolean().optional(),
    /** The certificate the training led to; counts in the period of its issue date. */
    certificate: z
      .strictObject({ kind: CertificateKind, level: SkillLevel.optional(), issuedOn: CivilDateSchema })
      .optional(),
    /** A new apprentice (新型学徒) starting with this training; counts in the period of `startDate`. */
    newApprentice: z.enum(["employee", "student"]).optional(),
  })
  .check(refined(trainingRecordChecks)))();
/** One training of one person, for progress reports. */
export type TrainingRecord = z.infer<typeof TrainingRecord>;

/**
 * A ledger grant with the fund it was paid from, when known (zod schema).
 * @example ReportGrant.shape.fund.safeParse("employmentSubsidyFund").success // → true
 */
export const ReportGrant = /* @__PURE__ */ (() =>
  Grant.extend({ fund: Fund.optional() }))();
/** A ledger grant with the fund it was paid from. */
export type ReportGrant = z.infer<typeof ReportGrant>;

/**
 * The input of a progress report: training records and grants (zod schema; parse with
 * {@link parseProgressDocument}).
 * @example ProgressDocument.safeParse({ trainings: [], grants: [] }).success // → true
 */
export const ProgressDocument = /* @__PURE__ */ (() =>
  z.strictObject({
  /** The address of this document's JSON Schema, for editors ("$schema"): allowed, read by nothing. */
  $schema: z.string().max(2048).optional(),

  /** Free text naming the source of the data, printed on the report. */
  source: z.string().max(200).optional(),
  /** The training records. */
  trainings: z.array(TrainingRecord).max(100_000),
  /** The grants paid (the ledger, with funds). */
  grants: z.array(ReportGrant).max(100_000),
}))();
/** The input of a progress report, as parsed by {@link parseProgressDocument}. */
export type ProgressDocument = z.infer<typeof ProgressDocument>;

/**
 * Parses a progress document (the report input). Unlike a claims document, a report
 * needs every record: one bad record fails the whole input, with every issue listed
 * (bilingual, with a code and a path, as every parser's).
 * @example
 * import { readFileSync } from "node:fs";
 * const r = parseProgressDocument(JSON.parse(readFileSync("fixtures/jiaxing/ledger-2020.json", "utf8")));
 * r.ok && [r.value.trainings.length, r.value.grants.length] // → [15,10]
 * const bad = parseProgressDocument({ trainings: [{ id: "T-1" }], grants: [] });
 * bad.ok ? [] : bad.issues.slice(0, 2).map((i) => `${i.path.join(".")} ${i.code}`) // → ["trainings.0.traineeId invalid_type","trainings.0.region invalid_type"]
 */
export function parseProgressDocument(raw: unknown): Result<ProgressDocument> {
  const result = parseWith<ProgressDocument>(validators.progressDocument, raw);
  if (!result.ok) return result;
  const duplicates: ValidationIssue[] = [];
  const unique = (name: "trainings" | "grants", records: readonly { id: string }[]) => {
    const ids = new Set<string>();
    records.forEach((r, i) => {
      if (ids.has(r.id)) duplicates.push(issueAt([name, i, "id"], "duplicate_id", { id: r.id }));
      ids.add(r.id);
    });
  };
  unique("trainings", result.value.trainings);
  unique("grants", result.value.grants);
  return duplicates.length === 0 ? result : { ok: false, issues: duplicates };
}

/**
 * JSON Schema (draft 2020-12) of the progress document, the `report` command's input.
 * @example progressDocumentJsonSchema().required // → ["trainings","grants"]
 */
export function progressDocumentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ProgressDocument, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
