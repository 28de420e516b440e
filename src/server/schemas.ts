/**
 * The web service's contract as zod schemas: what each endpoint accepts and returns.
 * The OpenAPI document (`openapi.ts`) is generated from these, the request bodies are
 * parsed with the library's own record schemas, and the responses are checked against
 * these in the tests — so the document, the types and the behaviour cannot drift apart.
 *
 * The response schemas describe the library's result types (`Decision`, `Comparison`,
 * `ParameterListing`, …), which are TypeScript interfaces; the checks at the end of the
 * file fail to compile when a schema and its type disagree.
 */
import * as z from "zod";
import type { InvalidRecord, ParameterEntry, ReasonCode, RuleEntry, ValidationIssue, WrittenDecision } from "../index.js";
import type { Comparison, ParameterListing } from "../reform/index.js";
import { MAX_RECORDS_PER_COLLECTION, REASON_CODES } from "../index.js";
import { Patch } from "../reform/index.js";
import { Apprenticeship, Certificate, Claim, Course, Enterprise, Grant, Trainee } from "../schemas/index.js";
import { REASON_FACTS } from "./reasonFacts.js";

// ── requests ──────────────────────────────────────────────────────────────────

/** A top-level "$schema" (the address of the document's JSON Schema, for editors) is allowed in every input and read by nothing. */
const SchemaAddress = z.string().max(2048).optional();

const many = <T extends z.ZodType>(record: T) => z.array(record).max(MAX_RECORDS_PER_COLLECTION);

/** A claims document: claims with the records they refer to and the prior ledger (the JSON input of `evaluate`). */
export const ClaimsDocumentBody = z
  .strictObject({
    $schema: SchemaAddress,
    claims: many(Claim),
    trainees: many(Trainee).optional(),
    courses: many(Course).optional(),
    certificates: many(Certificate).optional(),
    enterprises: many(Enterprise).optional(),
    apprenticeships: many(Apprenticeship).optional(),
    ledger: many(Grant).optional(),
  })
  .meta({ description: "Claims with the records they refer to and the prior ledger (grants already paid). A bad record is set aside and reported in `invalid`; the others are decided." });

/** One claim with its records: the shape of the library's `ClaimInput`, the ledger as a list of grants. */
export const ClaimInputBody = z
  .strictObject({
    $schema: SchemaAddress,
    claim: Claim,
    trainee: Trainee,
    course: Course.optional(),
    certificate: Certificate.optional(),
    enterprise: Enterprise.optional(),
    apprenticeship: Apprenticeship.optional(),
    ledger: z.array(Grant).max(MAX_RECORDS_PER_COLLECTION).optional(),
    traineeCertificates: z
      .array(Certificate)
      .max(MAX_RECORDS_PER_COLLECTION)
      .optional()
      .meta({ description: "The trainee's other certificates (the claim's own may be among them, given the same): the history an appraisal subsidy's 「初次」 (first appraisal) is judged against. Without it the claim's certificate is the only one known, as in a claims document that lists no other." }),
  })
  .meta({ description: "One claim with the records it refers to and the grants already paid. Any invalid field is a 400; records that are valid but do not fit together (a course of another trainee, a claim filed before its course began) are a 422." });

/** What `POST /evaluate` and `POST /explain` accept. */
export const EvaluateBody = z.union([ClaimInputBody, ClaimsDocumentBody]).meta({ description: "One claim with its records, or a claims document." });

/** What `POST /diff` accepts: the patches of a reform, in order, and the population to compare on. */
export const DiffBody = z
  .strictObject({
    $schema: SchemaAddress,
    patches: z.array(Patch).min(1).max(100),
    population: ClaimsDocumentBody,
  })
  .meta({ description: "A reform (one or more patches, applied in order) and a population of claims (a claims document)." });

// ── the parts of a decision ───────────────────────────────────────────────────

const Label = z.strictObject({ zh: z.string(), en: z.string() });
export const MessageSchema = z.strictObject({ zh: z.string(), en: z.string() }).meta({ description: "The same text in Chinese (zh-CN) and English." });
export const CitationSchema = z.strictObject({ provision: z.string(), document: z.string(), clause: z.string() }).meta({ description: "A provision of a text: its id in law/provisions.json, the document, the clause in the document's own numbering." });
const Message = MessageSchema;
const Citation = CitationSchema;
const Yuan = z.string().regex(/^-?\d+\.\d{2}$/).meta({ description: "An amount of yuan with two decimals, as a string (exact)." });
const CivilDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: "A calendar date YYYY-MM-DD." });
const Outcome = z.enum(["granted", "denied", "undecidable"]);
const Payee = z.strictObject({ kind: z.enum(["trainee", "organizer", "enterprise"]), id: z.string() });
const OverrideKind = z.enum(["replace", "cap", "topUp", "exception"]);

/** A fact: a string, number, boolean, null, or a list of facts. */
export const Fact: z.ZodType<Fact> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(Fact)]));
type Fact = string | number | boolean | null | readonly Fact[];

export const ValidationIssueSchema = z
  .strictObject({
    path: z.array(z.union([z.string(), z.number()])).meta({ description: "Where, from the top of the request body (or the record), e.g. [\"courses\", 2, \"attendedDays\"]." }),
    code: z.string().meta({ description: "One of the library's validation codes (VALIDATION_CODES) or a zod issue code (invalid_type, too_big, …)." }),
    message: Message,
  })
  .meta({ description: "One problem with an input: which field, which code, and the message in both languages." });

const Line = z.strictObject({
  label: Label,
  citation: Citation,
  payee: Payee,
  quantity: z.number(),
  unit: z.string(),
  rate: Yuan,
  amount: Yuan,
  fund: z.string().optional(),
  layer: z.string(),
});

/** A reason of one code: its facts are that code's (REASON_FACTS, checked against the library's ReasonFacts). */
const reasonOf = <C extends ReasonCode>(code: C) => z.strictObject({ code: z.literal(code), citation: Citation, facts: REASON_FACTS[code], message: Message });
const [firstReason, ...otherReasons] = REASON_CODES.map(reasonOf);
export const ReasonSchema = z
  .discriminatedUnion("code", [firstReason as ReturnType<typeof reasonOf>, ...otherReasons])
  .meta({ description: "Why: a reason code (one of REASON_CODES), the provision and clause it applies, the facts of that code, and the reason in words. One schema per code: `code` tells which facts there are." });

const Key = z
  .string()
  .regex(/^[0-9a-f]{16}$/)
  .meta({ description: "The first 16 hex digits of the SHA-256 of an entry's JSON with object keys sorted: the entry's key in the response's `parameters` or `rules` table (no two entries of one response share a key)." });

/** One parameter read, as written out: the entry in force named by its key (the value is in the response's `parameters` table, once). */
const ParameterUse = z
  .strictObject({
    parameter: z.string(),
    on: CivilDate,
    hash: Key,
    missing: z.enum(["no_values", "not_yet", "ended"]).optional(),
  })
  .meta({ description: "A parameter the step read on a date: the key of the entry in force (look it up in the response's `parameters`: its value, first day, citation, layer and overrides), and why none is in force when none is." });

/** A parameter's value entry, as the table of a response holds it under its key. */
export const ParameterEntrySchema = z
  .strictObject({
    value: z.unknown().meta({ description: "The value in force, or null when none is." }),
    inForceFrom: CivilDate.nullable().meta({ description: "The first day of the value in force, or null when none is." }),
    citation: Citation,
    layer: z.string(),
    via: z.array(z.strictObject({ layer: z.string(), kind: OverrideKind })),
  })
  .meta({ description: "A parameter's value entry in force: the value, its first day, where it is written, the layer whose value decided and the overrides that shaped it. Its key is the first 16 hex digits of the SHA-256 of its JSON with object keys sorted." });

/** The parameter entries a response's traces name, by key. */
export const ParameterTableSchema = z
  .record(Key, ParameterEntrySchema)
  .meta({ description: "Each parameter entry the decisions' traces name, once, by key. Empty when the decisions carry no trace." });

/** A rule as a trace step applied it, as the table of a response holds it under its key. */
export const RuleEntrySchema = z
  .strictObject({
    rule: z.string(),
    label: Label,
    citation: Citation,
    layer: z.string(),
    override: z.strictObject({ kind: OverrideKind, label: Label }).optional(),
  })
  .meta({ description: "A rule as a trace step applied it: the rule's id and label, the provision of the rule (or of the override that decided), the layer whose rule or override decided, and the override when one did. Its key is the first 16 hex digits of the SHA-256 of its JSON with object keys sorted." });

/** The rule entries a response's traces name, by key. */
export const RuleTableSchema = z
  .record(Key, RuleEntrySchema)
  .meta({ description: "Each rule entry the decisions' trace steps name, once, by key. Empty when the decisions carry no trace." });

const TraceStep = z
  .strictObject({
    depth: z.number().int(),
    rule: z.string(),
    hash: Key,
    parameters: z.array(ParameterUse),
    result: Fact,
  })
  .meta({ description: "A rule that ran: its nesting depth, its id, the key of its entry in the response's `rules` (label, citation, layer, override), the parameters it read, and what it returned." });

const Provenance = z.strictObject({
  library: z.string(),
  version: z.string(),
  policy: z.strictObject({ id: z.string(), hash: z.string(), layers: z.array(z.string()) }),
  judgedOn: CivilDate,
});

/** One claim's decision as written out (the library's `WrittenDecision`: rules and parameters in the trace by key; `trace` is empty with `?trace=false`). */
export const DecisionSchema = z
  .strictObject({
    claimId: z.string(),
    measure: z.string(),
    outcome: Outcome,
    payee: Payee.nullable(),
    amount: Yuan.nullable(),
    lines: z.array(Line),
    reasons: z.array(ReasonSchema),
    missingFacts: z.array(z.string()),
    trace: z.array(TraceStep),
    provenance: Provenance,
  })
  .meta({ description: "One claim's decision: outcome, amount, payee, the paid lines, the reasons with their provisions and messages, the facts still missing, the trace of rules and parameters (each rule by the key of its entry in the response's `rules`, each parameter by the key of its entry in the response's `parameters`), and provenance." });

export const InvalidRecordSchema = z
  .strictObject({
    collection: z.enum(["trainees", "courses", "certificates", "enterprises", "apprenticeships", "ledger", "claims"]),
    index: z.number().int(),
    id: z.string().nullable(),
    issues: z.array(ValidationIssueSchema),
  })
  .meta({ description: "A record that could not be used (it was set aside; the others were decided), and why." });

// ── responses ─────────────────────────────────────────────────────────────────

export const Summary = z.strictObject({
  claims: z.number().int(),
  granted: z.number().int(),
  denied: z.number().int(),
  undecidable: z.number().int(),
  total: Yuan,
  conflicts: z.number().int(),
  invalid: z.number().int(),
});

/** `POST /evaluate`: the same object `skills-subsidy evaluate --format json` writes. */
export const EvaluateResponse = z
  .strictObject({
    decisions: z.array(DecisionSchema),
    parameters: ParameterTableSchema,
    rules: RuleTableSchema,
    invalid: z.array(InvalidRecordSchema),
    summary: Summary,
    grants: z.array(Grant).meta({ description: "The grants this request made, in the ledger's format, in the order they were made (what `evaluate --grants-out` writes): send them as the next request's `ledger`, with the grants before them." }),
  })
  .meta({ description: "One decision per distinct claim id, in the order the claims were judged (basis date, then filing date, then claim id); the parameter and rule entries their traces name, once each, by key; the records set aside; totals; the grants made." });

/** `POST /explain`: one claim's decision and the text `skills-subsidy explain` prints. */
export const ExplainResponse = z.strictObject({ decision: DecisionSchema, parameters: ParameterTableSchema, rules: RuleTableSchema, text: z.string().meta({ description: "The decision as text for people, in the language asked for (lang=zh|en)." }) });

const TotalRow = z.strictObject({ key: z.string(), base: Yuan, reformed: Yuan, delta: Yuan, claims: z.number().int(), changed: z.number().int() });
const ClaimSide = z.strictObject({ outcome: Outcome, amount: Yuan.nullable(), payee: Payee.nullable(), reasons: z.array(z.enum(REASON_CODES)) });
const Attribution = z.strictObject({ reform: z.string(), provision: z.string(), delta: Yuan, outcome: z.strictObject({ from: Outcome, to: Outcome }).optional() });
const PolicyRef = z.strictObject({ id: z.string(), hash: z.string() });

/** `POST /diff`: the library's `Comparison`, and the records set aside. */
export const DiffResponse = z
  .strictObject({
    base: PolicyRef,
    reformed: PolicyRef,
    claims: z.array(
      z.strictObject({
        claimId: z.string(),
        measure: z.string(),
        traineeId: z.string(),
        payeeKind: z.enum(["trainee", "organizer", "enterprise"]),
        region: z.string(),
        occupation: z.string(),
        base: ClaimSide,
        reformed: ClaimSide,
        outcomeChanged: z.boolean(),
        delta: Yuan,
        changed: z.boolean(),
        attribution: z.array(Attribution),
      }),
    ),
    totals: z.strictObject({
      all: TotalRow,
      byProvision: z.array(TotalRow),
      byPayeeKind: z.array(TotalRow),
      byRegion: z.array(TotalRow),
      byOccupation: z.array(TotalRow),
      byReform: z.array(z.strictObject({ reform: z.string(), label: Label, provision: z.string(), delta: Yuan, claims: z.number().int() })),
      outcomes: z.array(z.strictObject({ from: Outcome, to: Outcome, claims: z.number().int() })),
    }),
    unread: z
      .array(z.strictObject({ reform: z.string(), parameter: z.string(), message: Label }))
      .meta({ description: "The parameters the patches change that no rule of the policy reads: changing one cannot change a decision (empty when every changed parameter is read)." }),
    invalid: z.array(InvalidRecordSchema),
  })
  .meta({ description: "What the reform changes: per claim and in total by provision, reform, payee kind, region and occupation (exact yuan)." });

export const PoliciesResponse = z.strictObject({
  policies: z.array(
    z.strictObject({
      id: z.string(),
      label: Label,
      region: z.string().nullable(),
      hash: z.string().meta({ description: "Content hash of the policy: decisions name it in provenance." }),
      layers: z.array(z.strictObject({ id: z.string(), level: z.string(), region: z.string().nullable(), label: Label, documents: z.array(z.string()) })),
      measures: z.array(z.string()),
    }),
  ),
});

const ParameterValueRow = z.strictObject({
  layer: z.string(),
  kind: z.enum(["declared", "replace", "cap", "topUp", "exception"]),
  from: CivilDate,
  until: CivilDate.nullable(),
  value: z.unknown(),
  citation: Citation,
  passage: z.string().nullable(),
});

const ParameterInForce = z.union([
  z.strictObject({ inForce: z.literal(true), value: z.unknown(), from: CivilDate, layer: z.string(), citation: Citation, passage: z.string().nullable() }),
  z.strictObject({ inForce: z.literal(false), reason: z.enum(["no_values", "not_yet", "ended"]), layer: z.string(), citation: Citation }),
]);

const ParameterListingSchema = z.strictObject({
  id: z.string(),
  label: Label,
  unit: z.string().nullable(),
  declaredBy: z.string(),
  citation: Citation,
  reformable: z.boolean(),
  values: z.array(ParameterValueRow),
  inForce: ParameterInForce.optional(),
  readBy: z.array(z.string()),
});

export const ParametersResponse = z.strictObject({
  policy: PolicyRef,
  on: CivilDate.nullable(),
  parameters: z.array(ParameterListingSchema),
});

export const ProvisionsResponse = z.strictObject({
  provisions: z.array(
    z.strictObject({
      id: z.string(),
      document: z.string(),
      clause: z.string(),
      kind: z.string().nullable(),
      summary: z.string().nullable().meta({ description: "An English paraphrase, not the text (law/provisions.json)." }),
      passage: z
        .string()
        .nullable()
        .meta({ description: "The passage of the text the provision stands for: verbatim from law/sources/<document>.txt, white space removed (null only for a catalogue given without passages)." }),
      otherPassages: z.array(z.string()).optional().meta({ description: "Further passages, verbatim, where one span does not carry the provision (an aggregate, a list spread over a section)." }),
      citedBy: z.array(z.string()).meta({ description: "The policies whose layers cite the provision." }),
    }),
  ),
  documents: z.record(
    z.string(),
    z.strictObject({ title: z.string(), number: z.string().nullable(), issuer: z.string().nullable(), issuedOn: CivilDate.nullable(), file: z.string() }),
  ),
});

export const HealthResponse = z.strictObject({
  status: z.enum(["ok", "shutting_down"]),
  version: z.string(),
});

/** A JSON Schema, as `GET /schemas/{record}` returns it. */
export const JsonSchemaResponse = z.record(z.string(), z.unknown()).meta({ description: "A JSON Schema (draft 2020-12)." });

/** Every error: the HTTP status, a code, the message in both languages, and the issues with their field paths when the input was at fault. */
export const ErrorBody = z
  .strictObject({
    status: z.number().int(),
    code: z.string().meta({ description: "One of the library's validation codes (not_json, input_too_large, too_many_records, unknown_policy, unknown_claim, …) or one of the service's own (not_found, method_not_allowed, unsupported_media_type, time_limit_exceeded, request_timeout, shutting_down, internal_error)." }),
    message: Message,
    issues: z.array(ValidationIssueSchema).meta({ description: "The fields at fault (empty when the fault is not in a field)." }),
  })
  .meta({ description: "An error. Never a stack trace." });

// ── the schemas agree with the library's types ────────────────────────────────

type DeepReadonly<T> = T extends string | number | boolean | null | undefined ? T : T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
/** Compiles only when a library value is a valid response (`A` assignable to the schema's output). */
type Fits<A, S extends z.ZodType> = DeepReadonly<A> extends DeepReadonly<z.output<S>> ? true : never;
const agree: [Fits<WrittenDecision, typeof DecisionSchema>, Fits<ParameterEntry, typeof ParameterEntrySchema>, Fits<RuleEntry, typeof RuleEntrySchema>, Fits<InvalidRecord, typeof InvalidRecordSchema>, Fits<ValidationIssue, typeof ValidationIssueSchema>, Fits<ParameterListing, typeof ParameterListingSchema>, Fits<Comparison, z.ZodObject<Omit<(typeof DiffResponse)["shape"], "invalid">>>] = [true, true, true, true, true, true, true];
void agree;
