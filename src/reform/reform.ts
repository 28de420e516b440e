/**
 * Reforms: "what if the living allowance went from 50 to 60 yuan a day from 2021?"
 * (after OpenFisca's reforms, typed and checked).
 *
 * A {@link Patch} is data: a labelled list of parameter changes, each with the date
 * from which it applies (and, optionally, the first day it no longer does). {@link reform}
 * validates a patch against the policy it amends — the parameter must exist in the
 * policy and declare a value shape, the value must have that shape, the changes of one
 * parameter must not overlap, the value must pass the policy's constraints — and
 * returns a new policy: the old chain of layers with one more layer at the `reform`
 * level, `reform.<patch id>`, holding one `replace` override per change. The base
 * policy is not touched; the new policy has its own id (`<base id>+<patch id>`) and
 * content hash. Patches stack: reform a reformed policy again; a later patch applies
 * over an earlier one where both are in force.
 *
 * Because the reform is a layer, every value it sets is named in the decision: the
 * trace's parameter reads and the paid lines carry `layer: "reform.<id>"`, and the
 * lines cite the provision whose value the patch amends (the most specific citation of
 * that parameter in the base chain), so a difference can be attributed to the patch
 * and the provision that caused it (see `compare`).
 *
 * A bad patch is a result with validation issues, never a throw.
 */
import { checkArgument, checkPolicy, isObject } from "../arguments.js";
import * as z from "zod";
import { assert } from "../core/assert.js";
import type { Citation } from "../core/citation.js";
import type { Result, ValidationIssue } from "../core/issues.js";
import type { Layer, ParameterOverride, Policy } from "../core/layer.js";
import { assemblePolicy, defineLayer, replaceParameter } from "../core/layer.js";
import type { Label, Parameter } from "../core/parameter.js";
import type { CivilDate } from "../core/date.js";
import { addDays, civilDate } from "../core/date.js";
import { isResolved, parameterChangePoints, resolveParameterOn } from "../core/decision.js";
import { CivilDateSchema, Id, Text } from "../records/common.js";
import { issueAt } from "../records/parse.js";
import { toValidationIssues } from "../records/zodIssues.js";
import { valueSchemaOf } from "./valueSchema.js";

/**
 * One change of one parameter: its new value from `from` (until the day before `until`, when given) (zod schema).
 * @example ParameterChange.safeParse({ parameter: "livingAllowance.dailyRate", from: "2021-01-01", value: "60.00" }).success // → true
 */
export const ParameterChange = /* @__PURE__ */ (() =>
  z.strictObject({
  /** The parameter id, e.g. `livingAllowance.dailyRate`. */
  parameter: z.string().min(1).max(100).regex(/^[A-Za-z0-9]+(\.[A-Za-z0-9-]+)*$/),
  /** First day the new value applies (by the date the rule reads the parameter on: a training day, an issue date). */
  from: CivilDateSchema,
  /** First day it no longer applies; from then the policy's own value holds again. Omitted: it runs on. */
  until: CivilDateSchema.optional(),
  /** The new value, in the parameter's value shape; `null` ends the parameter from `from`. */
  value: z.unknown(),
  /** Why, in a sentence. */
  note: z.string().min(1).max(1000).optional(),
}))();
/** One change of one parameter, parsed. */
export type ParameterChange = z.output<typeof ParameterChange>;

/**
 * A labelled set of parameter changes: one reform (zod schema; {@link reform} parses it).
 * @example Patch.safeParse({ id: "x", label: { zh: "x", en: "x" }, changes: [] }).success // → false
 */
export const Patch = /* @__PURE__ */ (() =>
  z.strictObject({
  /** The address of this document's JSON Schema, for editors ("$schema"): allowed, read by nothing. */
  $schema: z.string().max(2048).optional(),

  /** Stable id; the reform layer is `reform.<id>`. */
  id: Id,
  /** What the reform does, in Chinese and English. */
  label: z.strictObject({ zh: Text, en: Text }),
  /** Why, and what it rests on. */
  description: z.string().min(1).max(4000).optional(),
  /** The changes, one to a hundred. */
  changes: z.array(ParameterChange).min(1).max(100),
}))();
/** A patch, parsed. */
export type Patch = z.output<typeof Patch>;
/** A patch as written (before parsing). */
export type PatchInput = z.input<typeof Patch>;

/**
 * A change typed against its parameter: the compiler checks the value's shape.
 * @example change(livingAllowanceDailyRate, { from: "2021-01-01", until: "2022-01-01", value: "60.00" }) // → {"parameter":"livingAllowance.dailyRate","from":"2021-01-01","until":"2022-01-01","value":"60.00"}
 */
export function change<T>(parameter: Parameter<T>, c: { readonly from: string; readonly until?: string; readonly value: T | null; readonly note?: string }): z.input<typeof ParameterChange> {
  return { parameter: parameter.id, ...c };
}

/** The value of a successful {@link reform}: the reformed policy, the parsed patch and the layer it became. */
export interface Reformed {
  /** The base policy with the reform layer added (id `<base id>+<patch id>`). */
  readonly policy: Policy;
  /** The patch, parsed (of the last patch, for {@link reformAll}). */
  readonly patch: Patch;
  /** The layer the patch became, `reform.<patch id>`. */
  readonly layer: Layer;
}

/**
 * The id of the layer a patch becomes.
 * @example reformLayerId("la-60") // → "reform.la-60"
 */
export function reformLayerId(patchId: string): string {
  return `reform.${patchId}`;
}

/**
 * The reform layers of a policy, oldest first.
 * @example
 * const la60 = {
 *   id: "la-60", label: { zh: "生活费补贴提高到每天 60 元", en: "living allowance 60 yuan/day" },
 *   changes: [{ parameter: "livingAllowance.dailyRate", from: "2021-01-01", until: "2022-01-01", value: "60.00" }],
 * };
 * const r = reform(jiaxingPolicy(), la60);
 * r.ok && reformLayers(r.value.policy).map((l) => l.id) // → ["reform.la-60"]
 */
export function reformLayers(policy: Policy): Layer[] {
  return policy.layers.filter((l) => l.level === "reform");
}

/** The citation a change of this parameter amends: the most specific one in the chain. */
function amendedCitation(policy: Policy, parameterId: string): Citation {
  const declared = policy.parameter(parameterId);
  assert(declared !== undefined, "invalid_argument", { zh: `参数 ${parameterId} 不在政策 ${policy.id} 中`, en: `parameter ${parameterId} is not in policy ${policy.id}` }, { parameter: parameterId });
  let citation = declared.parameter.citation;
  for (const change of declared.changes) if (change.level !== "reform") citation = change.citation;
  return citation;
}

/**
 * The entries a value is made of, for the values a patch could give in part: a table's keys (a
 * value keyed by level, tier …: a `record` or `partialRecord` shape), a subsidy catalogue's rows
 * (`code@level`, a project row `project code@`), a list's items; `null` for any other value.
 */
function entriesOf(shape: { readonly kind: string }, value: unknown): string[] | null {
  if (value === null || typeof value !== "object") return null;
  if (shape.kind === "record" || shape.kind === "partialRecord") return Object.keys(value);
  if (shape.kind === "subsidyCatalogue") {
    const entries = (value as { entries?: unknown }).entries;
    if (!Array.isArray(entries)) return null;
    return entries.map((e: { kind?: string; occupation?: { code?: string }; level?: string }) => `${e.kind === "project" ? "project " : ""}${e.occupation?.code ?? ""}@${e.level ?? ""}`);
  }
  if (shape.kind === "list" && Array.isArray(value)) return value.map((item) => (typeof item === "string" ? item : JSON.stringify(item)));
  return null;
}

/**
 * The entries ({@link entriesOf}) the value in force in `policy` gives on some day of the change's
 * span that the new value leaves out, with the first such day; `null` when it leaves none out. A
 * patch replaces the whole value, so an entry left out would no longer apply:
 * `jx2019.appraisal-subsidy`'s table by level patched with one level denies every other level
 * `level_has_no_standard`; a catalogue patched with one row denies every other occupation
 * `not_in_catalogue` (cold audit 8). A list may drop an item in force when the change starts (a
 * group taken out is a reform of its own), but not one that a later layer adds inside the
 * change's span (plan2021's graduation-year students from 2022-01-01 under a patch of the groups
 * from 2021 with no end: cold audit 8). The patch format has no merge: the value is given whole
 * (docs/policy-changes.md).
 */
function keysLeftOut(policy: Policy, parameter: Parameter<unknown>, c: ParameterChange, value: unknown): { keys: string[]; from: CivilDate } | null {
  const shape = parameter.valueSchema;
  if (shape === undefined || "safeParse" in shape) return null;
  const givenEntries = entriesOf(shape, value);
  if (givenEntries === null) return null;
  const given = new Set(givenEntries);
  const last = c.until === undefined ? civilDate("9999-12-31") : addDays(civilDate(c.until), -1);
  let atStart: Set<string> | null = null;
  for (const day of parameterChangePoints(policy, parameter, civilDate(c.from), last)) {
    const inForce = resolveParameterOn(policy, parameter, day);
    if (!isResolved(inForce)) continue;
    const entries = entriesOf(shape, inForce.value);
    if (entries === null) continue;
    // a list's items in force on the change's first day may be dropped on purpose; those a later change adds may not
    if (shape.kind === "list" && atStart === null) {
      atStart = new Set(entries);
      continue;
    }
    const keys = entries.filter((k) => !given.has(k) && !(atStart?.has(k) ?? false));
    if (keys.length > 0) return { keys, from: inForce.from };
  }
  return null;
}

/**
 * Applies a patch to a policy.
 * @example
 * const la60 = {
 *   id: "la-60", label: { zh: "生活费补贴提高到每天 60 元", en: "living allowance 60 yuan/day" },
 *   changes: [{ parameter: "livingAllowance.dailyRate", from: "2021-01-01", until: "2022-01-01", value: "60.00" }],
 * };
 * const r = reform(jiaxingPolicy(), la60);
 * r.ok && [r.value.policy.id, r.value.layer.level] // → ["jiaxing-2019+la-60","reform"]
 * // 60 yuan for each training day in 2021:
 * const c = claim({ courseId: "C1", submittedOn: "2021-03-20" });
 * const lesson = course({ startDate: "2021-03-02", endDate: "2021-03-08" });
 * r.ok && evaluateClaim(r.value.policy, input({ claim: c, trainee: trainee({ statuses: ["employmentDifficulty"] }), course: lesson })).amount // → "420.00"
 * // a bad patch is issues, never a throw:
 * const bad = reform(jiaxingPolicy(), { ...la60, changes: [{ parameter: "livingAllowance.dailyRate", from: "2021-01-01", value: "sixty" }] });
 * bad.ok ? [] : bad.issues.map((i) => i.path.join(".")) // → ["changes.0.value"]
 * @throws SkillsSubsidyError `invalid_argument` when `policy` is not a policy (a bad patch is issues, never a throw).
 */
export function reform(policy: Policy, input: unknown): Result<Reformed> {
  checkPolicy(policy);
  const parsed = Patch.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: toValidationIssues(parsed.error.issues) };
  const patch = parsed.data;
  const issues: ValidationIssue[] = [];
  const layerId = reformLayerId(patch.id);
  if (policy.layers.some((l) => l.id === layerId)) issues.push(issueAt(["id"], "duplicate_id", { id: patch.id }));

  const known = policy.parameters.map((p) => p.id).sort();
  const values: unknown[] = [];
  patch.changes.forEach((c, i) => {
    const chain = policy.parameter(c.parameter);
    if (chain === undefined) {
      issues.push(issueAt(["changes", i, "parameter"], "unknown_parameter", { parameter: c.parameter, known }));
      return;
    }
    if (c.until !== undefined && c.until <= c.from) issues.push(issueAt(["changes", i, "until"], "end_before_start", {}));
    if (c.value === null) {
      values[i] = null;
      return;
    }
    const schema = valueSchemaOf(chain.parameter);
    if (schema === undefined) {
      issues.push(issueAt(["changes", i, "parameter"], "parameter_not_reformable", { parameter: c.parameter }));
      return;
    }
    const value = schema.safeParse(c.value, { reportInput: true });
    if (!value.success) {
      issues.push(...toValidationIssues(value.error.issues, ["changes", i, "value"]));
      return;
    }
    values[i] = value.data;
    const missing = keysLeftOut(policy, chain.parameter, c, value.data);
    if (missing !== null) issues.push(issueAt(["changes", i, "value"], "incomplete_table", { parameter: c.parameter, missing: missing.keys, from: missing.from }));
    for (const layer of policy.layers) {
      for (const constraint of layer.constraints ?? []) {
        if (constraint.parameter.id === c.parameter && !constraint.test(value.data)) {
          issues.push(issueAt(["changes", i, "value"], "breaks_constraint", { provision: constraint.citation.provision, rule: constraint.label.en, ruleZh: constraint.label.zh }));
        }
      }
    }
  });
  // Two changes of one parameter in one patch must not overlap: which would win is not obvious.
  patch.changes.forEach((a, i) => {
    patch.changes.forEach((b, j) => {
      if (j <= i || a.parameter !== b.parameter) return;
      const overlap = (a.until === undefined || b.from < a.until) && (b.until === undefined || a.from < b.until);
      if (overlap) issues.push(issueAt(["changes", j], "overlapping_changes", { parameter: b.parameter, from: a.from > b.from ? a.from : b.from }));
    });
  });
  if (issues.length > 0) return { ok: false, issues };

  const last = policy.layers[policy.layers.length - 1] as Layer;
  const parameterOverrides: ParameterOverride[] = patch.changes.map((c, i) => {
    const chain = policy.parameter(c.parameter);
    assert(chain !== undefined, "invalid_argument", { zh: `参数 ${c.parameter} 不在政策 ${policy.id} 中`, en: `parameter ${c.parameter} is not in policy ${policy.id}` }, { parameter: c.parameter });
    return replaceParameter(chain.parameter, {
      label: patch.label,
      citation: amendedCitation(policy, c.parameter),
      values: [{ from: c.from, value: values[i] }],
      ...(c.until === undefined ? {} : { until: c.until }),
      // A reform is not verified against a text; its values are as of the day they apply.
      lastVerifiedOn: c.from,
    });
  });
  const layer = defineLayer({
    id: layerId,
    level: "reform",
    region: null,
    label: patch.label,
    documents: [],
    scope: last.scope,
    parameterOverrides,
  });
  const label: Label = { zh: `${policy.label.zh} + ${patch.label.zh}`, en: `${policy.label.en} + ${patch.label.en}` };
  const next = assemblePolicy({ id: `${policy.id}+${patch.id}`, label, layers: [...policy.layers, layer] });
  return { ok: true, value: { policy: next, patch, layer } };
}

/**
 * Applies patches in order (each over the result of the ones before).
 * @example
 * import { readFileSync } from "node:fs";
 * const stacked = JSON.parse(readFileSync("fixtures/reforms/stacked.json", "utf8"));
 * const r = reformAll(jiaxingPolicy(), stacked);
 * r.ok && reformLayers(r.value.policy).map((l) => l.id) // → ["reform.la-60-2021","reform.senior-appraisal-200-2021"]
 * @throws SkillsSubsidyError `invalid_argument` when `policy` is not a policy or `patches` not a list (one patch given
 * alone: put it in a list). An empty list is an issue `too_small`.
 */
export function reformAll(policy: Policy, patches: readonly unknown[]): Result<Reformed> {
  checkPolicy(policy);
  checkArgument(Array.isArray(patches), "patches", { zh: "改革补丁的数组", en: "a list of patches" }, patches, isObject(patches) ? { zh: "（一个补丁也请放进数组：[patch]，或用 reform(policy, patch)）", en: " (put even one patch in a list, [patch], or call reform(policy, patch))" } : undefined);
  // cold review 110 F14: an empty list was a bare "invalid input"
  if (patches.length === 0) return { ok: false, issues: [{ path: [], code: "too_small", message: { zh: "没有给出改革补丁：patches 至少要有一个补丁", en: "no patch given: patches must hold at least one patch" } }] };
  let current: Result<Reformed> | undefined;
  let base = policy;
  for (const [i, patch] of patches.entries()) {
    current = reform(base, patch);
    if (!current.ok) return { ok: false, issues: current.issues.map((issue) => ({ ...issue, path: [i, ...issue.path] })) };
    base = current.value.policy;
  }
  if (current === undefined) return { ok: false, issues: [issueAt([], "invalid_input", {})] };
  return current;
}

/**
 * The policies a stack of reforms went through: the base, then the base with each
 * reform layer added in turn (rebuilt from the layers, so each has the id and hash
 * {@link reform} gave it). `reformed` must be `base` with reform layers appended.
 * @example
 * import { readFileSync } from "node:fs";
 * const r = reformAll(jiaxingPolicy(), JSON.parse(readFileSync("fixtures/reforms/stacked.json", "utf8")));
 * r.ok && reformSteps(jiaxingPolicy(), r.value.policy).map((p) => p.id) // → ["jiaxing-2019","jiaxing-2019+la-60-2021","jiaxing-2019+la-60-2021+senior-appraisal-200-2021"]
 */
export function reformSteps(base: Policy, reformed: Policy): Policy[] {
  const n = base.layers.length;
  const same = reformed.layers.length >= n && base.layers.every((l, i) => reformed.layers[i] === l);
  assert(same, "not_a_reform", { zh: `政策 ${reformed.id} 不是在 ${base.id} 之上加改革层得到的`, en: `policy ${reformed.id} is not ${base.id} with reforms added` }, { base: base.id, reformed: reformed.id });
  const extra = reformed.layers.slice(n);
  assert(
    extra.every((l) => l.level === "reform"),
    "not_a_reform",
    { zh: `政策 ${reformed.id} 在 ${base.id} 之上加了不是改革的层`, en: `policy ${reformed.id} adds layers that are not reforms to ${base.id}` },
    { base: base.id, reformed: reformed.id },
  );
  const steps: Policy[] = [base];
  let id = base.id;
  let label = base.label;
  for (const [i, layer] of extra.entries()) {
    id = `${id}+${layer.id.slice("reform.".length)}`;
    label = { zh: `${label.zh} + ${layer.label.zh}`, en: `${label.en} + ${layer.label.en}` };
    steps.push(i === extra.length - 1 ? reformed : assemblePolicy({ id, label, layers: reformed.layers.slice(0, n + i + 1) }));
  }
  return steps;
}

/**
 * JSON Schema (draft 2020-12) of a patch file: one patch or a list of patches applied in order.
 * @example Object.keys(patchJsonSchema()) // → ["$schema","anyOf"]
 */
export function patchJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(z.union([Patch, z.array(Patch).min(1)]), { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
