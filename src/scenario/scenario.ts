/**
 * Scenario files: policy tests as data (after OpenFisca's YAML tests and Catala's test
 * scopes). A scenario has a sentence for a name, the policy (and any reforms) it runs
 * under, the date it is judged on, the records and the prior ledger, what is expected of
 * one or more claims (outcome, amount, payee, reason codes, missing facts, paid lines,
 * trace steps) and the provision ids it exercises.
 *
 * This module is browser-safe: it runs scenarios that are already in memory. Reading
 * files (JSON or YAML, reforms named by path) is the Node entry's job
 * (`skills-subsidy/node`) and the CLI's (`skills-subsidy verify`).
 *
 * A scenario fails when an expectation differs from the decision, and also when it
 * declares a provision that its decisions never cite: a declared provision must be
 * exercised, so that coverage reports are honest.
 */
import * as z from "zod";
import type { Decision, TraceStep } from "../core/decision.js";
import type { Fact, ValidationIssue } from "../core/issues.js";
import { REASON_CODES } from "../core/issues.js";
import type { Layer, Policy } from "../core/layer.js";
import { amount, toYuan } from "../core/money.js";
import { evaluateBatch } from "../engine.js";
import { POLICIES } from "../jurisdictions/policies.js";
import { AmountSchema, CivilDateSchema, Id, Party } from "../records/common.js";
import { Claim, Grant } from "../records/claim.js";
import { parseClaimsDocument } from "../records/document.js";
import { issueAt } from "../records/parse.js";
import { toValidationIssues } from "../records/zodIssues.js";
import { Trainee } from "../records/trainee.js";
import { Apprenticeship, Certificate, Course, Enterprise } from "../records/training.js";
import { Patch, reformAll } from "../reform/reform.js";
import { SubsidyCatalogue } from "../records/catalogue.js";
import { withCatalogue } from "../provisions/trainingSubsidy/withCatalogue.js";
import { catalogueSourceFor } from "../jurisdictions/catalogueSource.js";

/** A provision id of the catalogue, e.g. `jx2019.living-allowance`. */
const ProvisionIdSchema = /* @__PURE__ */ (() =>
  z.string().regex(/^[a-z0-9]+\.[a-z0-9-]+$/, { error: "invalid_input" }))();

/** A value a trace step may be expected to return. */
const FactSchema: z.ZodType<Fact> = /* @__PURE__ */ (() =>
  z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(FactSchema)])))();

/**
 * One expected trace step: the first step of `rule` (or its `occurrence`-th) must match what is given (zod schema).
 * @example ExpectedStep.safeParse({ rule: "livingAllowance", parameters: { "livingAllowance.dailyRate": "50.00" } }).success // → true
 */
export const ExpectedStep = /* @__PURE__ */ (() =>
  z.strictObject({
  /** The rule id, e.g. `livingAllowance.groups`. */
  rule: z.string().min(1).max(200),
  /** 1 for the first step of this rule in the trace (default), 2 for the second, … */
  occurrence: z.int().min(1).max(1000).optional(),
  /** The layer whose rule or override decided. */
  layer: z.string().min(1).max(200).optional(),
  /** What the step returned (`true`, `false`, `"unknown"`, an outcome …). */
  result: FactSchema.optional(),
  /** Parameter reads in this step: parameter id → expected value (`null`: none in force). */
  parameters: z.record(z.string(), z.unknown()).optional(),
}))();
/** One expected trace step, parsed. */
export type ExpectedStep = z.output<typeof ExpectedStep>;

/** One expected paid line. */
export const ExpectedLine = /* @__PURE__ */ (() =>
  z.strictObject({
  rate: AmountSchema,
  quantity: z.number().min(0),
  amount: AmountSchema.optional(),
  /** The layer that set the rate (e.g. `zhejiang.jiaxing.jx2019`, `reform.la-60-2021`). */
  layer: z.string().min(1).max(200).optional(),
  provision: ProvisionIdSchema.optional(),
}))();

/**
 * What is expected of one claim's decision. Only what is given is checked (zod schema).
 * @example ExpectedDecision.safeParse({ outcome: "granted", amount: "350.00", reasons: ["in_living_allowance_group"] }).success // → true
 */
export const ExpectedDecision = /* @__PURE__ */ (() =>
  z.strictObject({
  /** The claim id; may be left out when the records hold one claim. */
  claim: Id.optional(),
  /** The outcome. */
  outcome: z.enum(["granted", "denied", "undecidable"]),
  /** Yuan with two decimals; `null` for undecidable. */
  amount: z.union([AmountSchema, z.null()]).optional(),
  /** Who is paid; `null` when nobody is. */
  payee: z.union([Party, z.null()]).optional(),
  /** The decision's reason codes, in any order: exactly these. */
  reasons: z.array(z.enum(REASON_CODES)).max(100).optional(),
  /** For `undecidable`: exactly these missing facts, in any order. */
  missingFacts: z.array(z.string().min(1).max(200)).max(100).optional(),
  /** Exactly these paid lines, in order. */
  lines: z.array(ExpectedLine).max(100).optional(),
  /** Trace steps that must be there (matched by rule and occurrence). */
  trace: z.array(ExpectedStep).max(100).optional(),
}))();
/** What is expected of one claim's decision, parsed. */
export type ExpectedDecision = z.output<typeof ExpectedDecision>;

/** The records a scenario decides: a claims document without its ledger. */
export const ScenarioRecords = /* @__PURE__ */ (() =>
  z.strictObject({
  trainees: z.array(Trainee).max(10_000).optional(),
  courses: z.array(Course).max(10_000).optional(),
  certificates: z.array(Certificate).max(10_000).optional(),
  enterprises: z.array(Enterprise).max(10_000).optional(),
  apprenticeships: z.array(Apprenticeship).max(10_000).optional(),
  claims: z.array(Claim).min(1).max(10_000),
}))();

/**
 * A scenario: a policy (with reforms and a catalogue, if any), the records of some
 * claims, the date they are judged on, what each decision must be, and the provisions
 * it exercises — a policy test written as data (zod schema; run with {@link runScenario}).
 * @example
 * import { readFileSync } from "node:fs";
 * const scenarios = JSON.parse(readFileSync("fixtures/scenarios/jiaxing/living-allowance.json", "utf8")) as unknown[];
 * Scenario.safeParse(scenarios[0]).success // → true
 */
export const Scenario = /* @__PURE__ */ (() =>
  z.strictObject({
  /** The address of this document's JSON Schema, for editors ("$schema"): allowed, read by nothing. */
  $schema: z.string().max(2048).optional(),

  /** A sentence saying what the scenario shows. */
  name: z.string().min(1).max(500),
  /** A policy id (`jiaxing-2019`, `national`, or one passed in `policies`). */
  policy: z.string().min(1).max(100),
  /**
   * Reform patches applied to the policy, in order: patch objects, or (in files read
   * by the Node entry or the CLI) paths relative to the scenario file.
   */
  reforms: z.array(z.union([z.string().min(1).max(1000), Patch])).max(20).optional(),
  /**
   * The subsidy catalogue the policy's catalogue slot is filled with (see
   * `withCatalogue`): one edition or several, inline, or (in files read by the Node entry
   * or the CLI) a path relative to the scenario file. Applied before the reforms.
   */
  catalogue: z.union([z.string().min(1).max(1000), SubsidyCatalogue, z.array(SubsidyCatalogue).min(1).max(50)]).optional(),
  /** The date every claim is judged on. */
  on: CivilDateSchema,
  /** The records: trainees, courses, certificates, enterprises, apprenticeships and the claims. */
  records: ScenarioRecords,
  /** The prior ledger: grants paid before. */
  ledger: z.array(Grant).max(10_000).optional(),
  /** What the decisions must be: one expectation, or one per claim. */
  expect: z.union([ExpectedDecision, z.array(ExpectedDecision).min(1).max(1000)]),
  /** The provision ids the scenario exercises; each must be cited by its decisions. */
  provisions: z.array(ProvisionIdSchema).min(1).max(100),
}))();
/** A scenario, parsed. */
export type Scenario = z.output<typeof Scenario>;
/** A scenario as written (before parsing). */
export type ScenarioInput = z.input<typeof Scenario>;

/**
 * A scenario file: one scenario, or a list of them (zod schema).
 * @example
 * import { readFileSync } from "node:fs";
 * const scenarios = JSON.parse(readFileSync("fixtures/scenarios/jiaxing/living-allowance.json", "utf8")) as unknown[];
 * ScenarioFile.safeParse(scenarios).success // → true
 */
export const ScenarioFile = /* @__PURE__ */ (() =>
  z.union([Scenario, z.array(Scenario).min(1).max(1000)]))();

/**
 * JSON Schema (draft 2020-12) of a scenario file (`skills-subsidy schema scenario` prints it).
 * @example Object.keys(scenarioJsonSchema()) // → ["$schema","anyOf","$defs"]
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScenarioFile, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}

/** One difference between what a scenario expects and what was decided. */
export interface Mismatch {
  /** The claim id. */
  readonly claim: string;
  /** `outcome`, `amount`, `payee`, `reasons`, `missingFacts`, `lines`, `trace[i]`, `provisions`. */
  readonly field: string;
  /** What the scenario expects. */
  readonly expected: unknown;
  /** What was decided. */
  readonly actual: unknown;
  /** The trace step that differed (for `trace[i]`), or the step that decided the field. */
  readonly step?: TraceStep;
}

/** The result of running one scenario ({@link runScenario}). */
export interface ScenarioResult {
  /** The scenario's name. */
  readonly name: string;
  /** Where the scenario came from (a file path), when known. */
  readonly source?: string;
  /** True when every expectation holds and every declared provision is cited. */
  readonly pass: boolean;
  /** The scenario itself was invalid (bad shape, unknown policy, bad reform, bad records). */
  readonly issues: readonly ValidationIssue[];
  /** The differences between expected and decided. */
  readonly mismatches: readonly Mismatch[];
  /** The decisions. */
  readonly decisions: readonly Decision[];
  /** The provisions the scenario says it exercises. */
  readonly declaredProvisions: readonly string[];
  /** Every provision id the decisions cite: trace steps, parameter reads, reasons, lines. */
  readonly exercisedProvisions: readonly string[];
  /** The policy's id and hash, when the scenario got as far as building it. */
  readonly policy: { readonly id: string; readonly hash: string } | null;
}

/** Options of {@link runScenario}. */
export interface RunScenarioOptions {
  /** Policies by id, in addition to the library's own. */
  readonly policies?: Readonly<Record<string, () => Policy>>;
  /** Where the scenario came from, for reports. */
  readonly source?: string;
}

/**
 * The provision ids a decision cites.
 * @example
 * const d = evaluateClaim(jiaxingPolicy(), input({ claim: claim({ courseId: "C1" }), trainee: trainee({ statuses: ["nonContinuingGraduate", "rural"] }), course: course() }));
 * decisionProvisions(d) // → ["gbf2019.certificate-basis","gbf2019.living-allowance-groups","jx2019.living-allowance","jx2019.supersession"]
 */
export function decisionProvisions(d: Decision): string[] {
  const ids = new Set<string>();
  for (const s of d.trace) {
    ids.add(s.citation.provision);
    for (const p of s.parameters) ids.add(p.citation.provision);
  }
  for (const r of d.reasons) ids.add(r.citation.provision);
  for (const l of d.lines) ids.add(l.citation.provision);
  return [...ids].sort();
}

/**
 * The provision ids a policy's layers cite: its catalogue as the code sees it.
 * @example
 * policyProvisions(jiaxingPolicy()).length // → 37
 * policyProvisions(jiaxingPolicy()).includes("jx2019.living-allowance") // → true
 */
export function policyProvisions(policy: Policy): string[] {
  const ids = new Set<string>();
  const add = (c: { provision: string } | undefined) => c !== undefined && ids.add(c.provision);
  const visit = (layer: Layer) => {
    add(layer.scope);
    for (const p of layer.parameters ?? []) {
      add(p.citation);
      for (const v of p.values) add(v.citation);
    }
    for (const r of layer.rules ?? []) add(r.citation);
    for (const m of layer.measures ?? []) add(m.rule.citation);
    for (const o of layer.parameterOverrides ?? []) {
      add(o.citation);
      add(o.target.citation);
      for (const v of o.values) add(v.citation);
    }
    for (const o of layer.ruleOverrides ?? []) {
      add(o.citation);
      add(o.target.citation);
    }
    for (const c of layer.constraints ?? []) add(c.citation);
  };
  policy.layers.forEach(visit);
  return [...ids].sort();
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

/** Deep equality for JSON-like values. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object).sort();
  const kb = Object.keys(b as object).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]) && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The step that decided a field: for amounts and lines, the deepest step that read a parameter; else the deepest failing or unknown step; else the top step. */
function decidingStep(d: Decision, field: string): TraceStep | undefined {
  const steps = d.trace;
  if (field === "amount" || field === "lines") {
    const reading = steps.filter((s) => s.parameters.length > 0);
    return reading[reading.length - 1] ?? steps[0];
  }
  const failing = steps.filter((s) => s.depth > 0 && (s.result === false || s.result === "unknown"));
  return failing[failing.length - 1] ?? steps[0];
}

function checkExpectation(e: ExpectedDecision, d: Decision): Mismatch[] {
  const out: Mismatch[] = [];
  const miss = (field: string, expected: unknown, actual: unknown, step?: TraceStep) => {
    const s = step ?? decidingStep(d, field);
    out.push({ claim: d.claimId, field, expected, actual, ...(s === undefined ? {} : { step: s }) });
  };
  if (e.outcome !== d.outcome) miss("outcome", e.outcome, d.outcome);
  if (e.amount !== undefined) {
    const expected = e.amount === null ? null : toYuan(amount(e.amount));
    if (expected !== d.amount) miss("amount", expected, d.amount);
  }
  if (e.payee !== undefined && !same(e.payee, d.payee)) miss("payee", e.payee, d.payee);
  const codes = d.reasons.map((r) => r.code);
  if (e.reasons !== undefined && !sameSet(e.reasons, codes)) miss("reasons", e.reasons, codes);
  if (e.missingFacts !== undefined && !sameSet(e.missingFacts, d.missingFacts)) miss("missingFacts", e.missingFacts, d.missingFacts);
  if (e.lines !== undefined) {
    const actual = d.lines.map((l) => ({ rate: l.rate, quantity: l.quantity, amount: l.amount, layer: l.layer, provision: l.citation.provision }));
    const matches =
      e.lines.length === actual.length &&
      e.lines.every((x, i) => {
        const a = actual[i] as (typeof actual)[number];
        return (
          toYuan(amount(x.rate)) === a.rate &&
          x.quantity === a.quantity &&
          (x.amount === undefined || toYuan(amount(x.amount)) === a.amount) &&
          (x.layer === undefined || x.layer === a.layer) &&
          (x.provision === undefined || x.provision === a.provision)
        );
      });
    if (!matches) miss("lines", e.lines, actual);
  }
  for (const [i, x] of (e.trace ?? []).entries()) {
    const candidates = d.trace.filter((s) => s.rule === x.rule);
    const step = candidates[(x.occurrence ?? 1) - 1];
    const field = `trace[${i}] ${x.rule}`;
    if (step === undefined) {
      miss(field, x, `no step ${x.rule}${x.occurrence === undefined ? "" : ` #${x.occurrence}`} in the trace (rules: ${[...new Set(d.trace.map((s) => s.rule))].join(", ")})`, d.trace[0]);
      continue;
    }
    if (x.layer !== undefined && x.layer !== step.layer) miss(`${field} layer`, x.layer, step.layer, step);
    if (x.result !== undefined && !same(x.result, step.result)) miss(`${field} result`, x.result, step.result, step);
    for (const [parameter, value] of Object.entries(x.parameters ?? {})) {
      const reads = step.parameters.filter((p) => p.parameter === parameter).map((p) => p.value);
      if (!reads.some((r) => same(r, value))) miss(`${field} ${parameter}`, value, reads.length === 0 ? "not read" : reads, step);
    }
  }
  return out;
}

function resultOf(base: { name: string; source?: string | undefined }, rest: Partial<ScenarioResult>): ScenarioResult {
  const issues = rest.issues ?? [];
  const mismatches = rest.mismatches ?? [];
  return {
    name: base.name,
    ...(base.source === undefined ? {} : { source: base.source }),
    pass: issues.length === 0 && mismatches.length === 0,
    issues,
    mismatches,
    decisions: rest.decisions ?? [],
    declaredProvisions: rest.declaredProvisions ?? [],
    exercisedProvisions: rest.exercisedProvisions ?? [],
    policy: rest.policy ?? null,
  };
}

export { catalogueSourceFor };

/**
 * Runs one scenario (already in memory; reforms given as patch objects).
 * @example
 * import { readFileSync } from "node:fs";
 * const scenarios = JSON.parse(readFileSync("fixtures/scenarios/jiaxing/living-allowance.json", "utf8")) as unknown[];
 * const r = runScenario(scenarios[0]);
 * [r.pass, r.decisions[0]?.amount] // → [true,"350.00"]
 * // the same scenario expecting the wrong amount fails, naming the field:
 * const wrong = runScenario({ ...(scenarios[0] as object), expect: { outcome: "granted", amount: "300.00" } });
 * wrong.mismatches.map((m) => [m.field, m.expected, m.actual]) // → [["amount","300.00","350.00"]]
 */
export function runScenario(input: unknown, options: RunScenarioOptions = {}): ScenarioResult {
  const named = { name: typeof (input as { name?: unknown })?.name === "string" ? (input as { name: string }).name : "(unnamed scenario)", source: options.source };
  const parsed = Scenario.safeParse(input, { reportInput: true });
  if (!parsed.success) return resultOf(named, { issues: toValidationIssues(parsed.error.issues) });
  const scenario = parsed.data;
  const policies = { ...POLICIES, ...options.policies };
  const make = Object.hasOwn(policies, scenario.policy) ? policies[scenario.policy] : undefined;
  if (make === undefined) return resultOf(named, { issues: [issueAt(["policy"], "unknown_policy", { policy: scenario.policy, known: Object.keys(policies) })] });
  let policy = make();
  if (scenario.catalogue !== undefined) {
    if (typeof scenario.catalogue === "string") return resultOf(named, { issues: [issueAt(["catalogue"], "invalid_input", {})] });
    policy = withCatalogue(policy, scenario.catalogue, catalogueSourceFor(policy));
  }
  if (scenario.reforms !== undefined && scenario.reforms.length > 0) {
    const paths = scenario.reforms.flatMap((r, i) => (typeof r === "string" ? [i] : []));
    if (paths.length > 0) return resultOf(named, { issues: paths.map((i) => issueAt(["reforms", i], "invalid_input", {})) });
    const reformed = reformAll(policy, scenario.reforms);
    if (!reformed.ok) return resultOf(named, { issues: reformed.issues.map((i) => ({ ...i, path: ["reforms", ...i.path] })) });
    policy = reformed.value.policy;
  }
  const document = parseClaimsDocument({ ...scenario.records, ledger: scenario.ledger ?? [] });
  if (!document.ok) return resultOf(named, { issues: document.issues.map((i) => ({ ...i, path: ["records", ...i.path] })) });
  if (document.value.invalid.length > 0) return resultOf(named, { issues: document.value.invalid.flatMap((r) => r.issues.map((i) => ({ ...i, path: ["records", ...i.path] }))) });

  const result = evaluateBatch(policy, document.value.document, { on: scenario.on });
  const decisions = result.decisions;
  const expectations = Array.isArray(scenario.expect) ? scenario.expect : [scenario.expect];
  const issues: ValidationIssue[] = [];
  const mismatches: Mismatch[] = [];
  const claimIds = [...new Set(scenario.records.claims.map((c) => c.id))];
  expectations.forEach((e, i) => {
    const at = Array.isArray(scenario.expect) ? ["expect", i] : ["expect"];
    const id = e.claim ?? (claimIds.length === 1 ? claimIds[0] : undefined);
    if (id === undefined) {
      issues.push(issueAt(at, "claim_required", {}));
      return;
    }
    const decision = decisions.find((d) => d.claimId === id);
    if (decision === undefined) {
      issues.push(issueAt([...at, "claim"], "unknown_claim", { id }));
      return;
    }
    mismatches.push(...checkExpectation(e, decision));
  });
  const exercised = [...new Set(decisions.flatMap(decisionProvisions))].sort();
  const unexercised = scenario.provisions.filter((p) => !exercised.includes(p));
  if (unexercised.length > 0) {
    mismatches.push({ claim: "(all)", field: "provisions", expected: `cited: ${unexercised.join(", ")}`, actual: `cited: ${exercised.join(", ")}` });
  }
  return resultOf(named, {
    issues,
    mismatches,
    decisions,
    declaredProvisions: scenario.provisions,
    exercisedProvisions: exercised,
    policy: { id: policy.id, hash: policy.hash },
  });
}

/** Provision coverage of a suite: which catalogue ids its scenarios exercise, and which none does. */
export interface Coverage {
  /** Catalogue id → names of the scenarios whose decisions cite it (empty: none does). */
  readonly byProvision: ReadonlyMap<string, readonly string[]>;
  /** Catalogue ids some scenario exercises. */
  readonly exercised: readonly string[];
  /** Catalogue ids no scenario exercises. */
  readonly unexercised: readonly string[];
  /** Ids the scenarios cite that are not in the catalogue given. */
  readonly outsideCatalogue: readonly string[];
}

/**
 * Provision coverage of scenario results against a catalogue of ids (by default the
 * ids the library's own policies cite).
 * @example
 * import { readFileSync } from "node:fs";
 * const scenarios = JSON.parse(readFileSync("fixtures/scenarios/jiaxing/living-allowance.json", "utf8")) as unknown[];
 * const coverage = provisionCoverage(scenarios.map((s) => runScenario(s)), ["jx2019.living-allowance", "jx2019.appraisal-subsidy"]);
 * [coverage.exercised, coverage.unexercised] // → [["jx2019.living-allowance"],["jx2019.appraisal-subsidy"]]
 */
export function provisionCoverage(results: readonly ScenarioResult[], catalogue?: Iterable<string>): Coverage {
  const ids = new Set(catalogue ?? Object.values(POLICIES).flatMap((make) => policyProvisions(make())));
  const byProvision = new Map<string, string[]>([...ids].sort().map((id) => [id, []]));
  const outside = new Set<string>();
  for (const r of results) {
    for (const id of r.exercisedProvisions) {
      const names = byProvision.get(id);
      if (names === undefined) outside.add(id);
      else names.push(r.name);
    }
  }
  return {
    byProvision,
    exercised: [...byProvision].filter(([, n]) => n.length > 0).map(([id]) => id),
    unexercised: [...byProvision].filter(([, n]) => n.length === 0).map(([id]) => id),
    outsideCatalogue: [...outside].sort(),
  };
}

/**
 * A scenario result as readable text: a pass line, or the differences with the trace step that differed.
 * @example
 * import { readFileSync } from "node:fs";
 * const scenarios = JSON.parse(readFileSync("fixtures/scenarios/jiaxing/living-allowance.json", "utf8")) as unknown[];
 * scenarioReport(runScenario(scenarios[0])).split("\n")[0] // → "✓ A rural 两后生 who attends 7 days of training in Jiaxing in March 2020 gets 50 yuan a day, 350 yuan"
 */
export function scenarioReport(r: ScenarioResult, lang: "zh" | "en" = "en"): string {
  const zh = lang === "zh";
  const where = r.source === undefined ? "" : `  (${r.source})`;
  if (r.pass) return `✓ ${r.name}${where}\n`;
  const out = [`✗ ${r.name}${where}`];
  for (const i of r.issues) out.push(`    ${zh ? "无效" : "invalid"} ${i.path.join(".") || "(top)"}: ${i.code} — ${zh ? i.message.zh : i.message.en}`);
  for (const m of r.mismatches) {
    out.push(`    ${zh ? "申请" : "claim"} ${m.claim}: ${m.field}`);
    out.push(`      ${zh ? "预期" : "expected"}: ${JSON.stringify(m.expected)}`);
    out.push(`      ${zh ? "实际" : "actual"}:   ${JSON.stringify(m.actual)}`);
    if (m.step !== undefined) {
      const s = m.step;
      const override = s.override === undefined ? "" : `, ${s.override.kind}`;
      out.push(`      ${zh ? "推理步骤" : "trace step"}: ${s.rule} → ${JSON.stringify(s.result)}  [${s.citation.provision} ${s.citation.clause} · ${s.layer}${override}]`);
      for (const p of s.parameters) {
        out.push(`        ${p.parameter} @ ${p.on} = ${p.value === null ? `none (${p.missing})` : JSON.stringify(p.value)}  [${p.citation.provision} · ${p.layer}]`);
      }
    }
  }
  return `${out.join("\n")}\n`;
}
