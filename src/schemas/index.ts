/**
 * skills-subsidy/schemas — the input records as zod schemas, and their JSON Schemas
 * (draft 2020-12). For a program that already uses zod (to compose a record into its own
 * schemas, or to parse with zod itself) and for generic tooling; the library's own parsers
 * (`parseTrainee`, `parseClaimsDocument`, `parseProgressDocument`, … in `skills-subsidy`) do
 * not need them: they run validators generated from these schemas, with the same issues,
 * so `import("skills-subsidy")` loads no zod. The types of these records (`Trainee`,
 * `Claim`, …) are exported by `skills-subsidy` too. The reforms' and scenarios' schemas
 * (`Patch`, `Scenario`, …) are in `skills-subsidy/reform`.
 *
 * ```ts
 * import { Trainee, recordJsonSchema } from "skills-subsidy/schemas";
 * const MyTrainee = Trainee.extend({ caseworker: z.string() });
 * ```
 * @packageDocumentation
 */
export { AmountSchema, CivilDateSchema, Id, Measure, Occupation, Party, PayeeKind, RegionId, SkillLevel } from "../records/common.js";
export { Trainee, TraineeStatus } from "../records/trainee.js";
export { Apprenticeship, Certificate, CertificateKind, Course, CourseKind, CoursePricing, Enterprise } from "../records/training.js";
export { CalendarMonth, Claim, Grant } from "../records/claim.js";
export { CatalogueEntry, SubsidyCatalogue } from "../records/catalogue.js";
export { EducationFundFigures } from "../records/educationFund.js";
export { DepartmentId, Fund, ProgressDocument, ReportGrant, TrainingOutcome, TrainingRecord } from "../records/progress.js";
export { claimsDocumentJsonSchema, otherJsonSchema, otherSchemas, progressDocumentJsonSchema, recordJsonSchema, recordSchemas } from "../records/schemas.js";
