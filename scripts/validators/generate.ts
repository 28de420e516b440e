/**
 * The validator generator (issue #16): reads the record schemas' zod definitions (`_zod.def`,
 * zod 4) and writes them as plain data for `src/records/validator.ts`, so that parsing a
 * record needs no zod at run time while zod stays the one source of truth. Refinements,
 * cross-field checks and transforms are functions of `src/records/checks.ts`, named in the
 * output; a schema kind, a check or a function this generator does not know is an error,
 * never a silent gap. `node scripts/generate-validators.mjs` writes the output to
 * `src/records/generated/validators.ts`; `validators.test.ts` fails when that file is stale.
 */
import * as z from "zod";
import * as checks from "../../src/records/checks.js";
import { CatalogueEntry } from "../../src/records/catalogue.js";
import { CalendarMonth } from "../../src/records/claim.js";
import * as common from "../../src/records/common.js";
import { ProgressDocument, ReportGrant, TrainingRecord } from "../../src/records/progress.js";
import { REFINEMENTS } from "../../src/records/refined.js";
import { otherSchemas, recordSchemas } from "../../src/records/schemas.js";
import { TraineeStatus } from "../../src/records/trainee.js";
import { CertificateKind, CourseKind, CoursePricing, Sector } from "../../src/records/training.js";

/** The schemas written out, by the name the output exports them under: the records, the other inputs, the progress document. */
export const SCHEMAS = { ...recordSchemas, ...otherSchemas, progressDocument: ProgressDocument } as const;

/** Shared building blocks, written once under their schema's name. */
const NAMED: ReadonlyMap<unknown, string> = new Map<unknown, string>([
  [common.Id, "Id"],
  [common.Text, "Text"],
  [common.CivilDateSchema, "CivilDateSchema"],
  [common.AmountSchema, "AmountSchema"],
  [common.RegionId, "RegionId"],
  [common.SkillLevel, "SkillLevel"],
  [common.Occupation, "Occupation"],
  [common.Measure, "Measure"],
  [common.PayeeKind, "PayeeKind"],
  [common.Party, "Party"],
  [TraineeStatus, "TraineeStatus"],
  [CourseKind, "CourseKind"],
  [CoursePricing, "CoursePricing"],
  [CertificateKind, "CertificateKind"],
  [Sector, "Sector"],
  [CalendarMonth, "CalendarMonth"],
  [CatalogueEntry, "CatalogueEntry"],
  [TrainingRecord, "TrainingRecord"],
  [ReportGrant, "ReportGrant"],
]);

interface Internals {
  readonly def: Record<string, unknown> & { readonly type?: string; readonly check?: string; readonly checks?: readonly Node[] };
  readonly traits: ReadonlySet<string>;
  readonly optin?: string;
  readonly optout?: string;
  readonly values?: ReadonlySet<unknown>;
}
interface Node {
  readonly _zod: Internals;
}

const FUNCTIONS: ReadonlyMap<unknown, string> = new Map(Object.entries(checks).filter(([, v]) => typeof v === "function").map(([k, v]) => [v, `checks.${k}`]));
// zod's default `when` of a length check (run on a value with a length), read off one.
const DEFAULT_WHEN = ((z.string().max(1) as unknown as Node)._zod.def.checks?.[0] as Node)._zod.def["when"];

function fnName(fn: unknown, where: string): string {
  const name = FUNCTIONS.get(fn);
  if (name === undefined) throw new Error(`${where}: a function that is not an export of src/records/checks.ts (move it there so the generated validator can run it)`);
  return name;
}

function errorOf(d: Internals["def"], where: string): string | undefined {
  const error = d["error"];
  if (error === undefined) return undefined;
  const text = typeof error === "function" ? (error as (issue: unknown) => unknown)({}) : error;
  if (typeof text !== "string") throw new Error(`${where}: an error that is not a constant string`);
  return text;
}

const lit = (v: unknown): string => JSON.stringify(v);

function check(ch: Node, where: string): string | null {
  const d = ch._zod.def;
  const traits = ch._zod.traits;
  const abort = d["abort"] === true ? ", abort: true" : "";
  const error = errorOf(d, where);
  const err = error === undefined ? "" : `, error: ${lit(error)}`;
  const when = d["when"];
  switch (d.check) {
    case "min_length":
    case "max_length":
      if (when !== DEFAULT_WHEN) throw new Error(`${where}: a length check with its own \`when\``);
      return `{ k: ${lit(d.check)}, n: ${lit(d.check === "min_length" ? d["minimum"] : d["maximum"])}${abort}${err} }`;
  }
  if (when !== undefined) throw new Error(`${where}: a check with a \`when\``);
  switch (d.check) {
    case "string_format":
      if (!traits.has("$ZodCheckRegex") || !(d["pattern"] instanceof RegExp)) break;
      return `{ k: "regex", pattern: ${(d["pattern"] as RegExp).toString()}${abort}${err} }`;
    case "greater_than":
    case "less_than":
      if (typeof d["value"] !== "number") break;
      return `{ k: ${lit(d.check)}, value: ${lit(d["value"])}, inclusive: ${lit(d["inclusive"] === true)}${abort}${err} }`;
    case "number_format":
      if (d["format"] !== "safeint") break;
      return `{ k: "safeint"${abort}${err} }`;
    case "custom":
      if (traits.has("$ZodCustom")) {
        if (d["params"] !== undefined || d["path"] !== undefined) throw new Error(`${where}: a refinement with params or a path`);
        return `{ k: "refine", fn: ${fnName(d["fn"], where)}${abort}${err} }`;
      }
      if (abort !== "" || err !== "") throw new Error(`${where}: a cross-field check with abort or an error`);
      return `{ k: "super", fn: ${fnName(REFINEMENTS.get(ch), where)} }`;
    case "meta":
    case "describe":
      return null; // no-op checks that only attach metadata
  }
  throw new Error(`${where}: a check the generator does not know (${String(d.check)})`);
}

class Writer {
  readonly consts: string[] = [];
  private readonly names = new Map<Node, string>();
  private readonly refs = new Map<Node, number>();

  count(node: Node): void {
    const n = (this.refs.get(node) ?? 0) + 1;
    this.refs.set(node, n);
    if (n > 1) return;
    for (const child of children(node)) this.count(child);
  }

  ref(node: Node, where: string): string {
    const named = this.names.get(node);
    if (named !== undefined) return named;
    const body = this.node(node, where);
    const shared = NAMED.get(node) ?? ((this.refs.get(node) ?? 0) > 1 ? `node${this.names.size}` : undefined);
    if (shared === undefined) return body;
    this.consts.push(`const ${shared}: SchemaNode = ${body};`);
    this.names.set(node, shared);
    return shared;
  }

  node(node: Node, where: string): string {
    const d = node._zod.def;
    if (d["coerce"]) throw new Error(`${where}: a coerced schema`);
    if (d["error"] !== undefined && !node._zod.traits.has("$ZodCheck")) throw new Error(`${where}: a schema-level error`);
    const own = node._zod.traits.has("$ZodCheck") ? [node, ...(d.checks ?? [])] : [...(d.checks ?? [])];
    const list = own.map((ch) => check(ch, where)).filter((c): c is string => c !== null);
    const checksPart = list.length === 0 ? "" : `, checks: [${list.join(", ")}]`;
    switch (d.type) {
      case "string":
      case "number":
      case "boolean":
      case "unknown":
        return `{ t: ${lit(d.type)}${checksPart} }`;
      case "enum": {
        const values = [...(node._zod.values ?? [])];
        if (!values.every((v) => typeof v === "string")) throw new Error(`${where}: an enum of other than strings`);
        return `{ t: "enum", values: ${lit(values)}${checksPart} }`;
      }
      case "optional":
        return `{ t: "optional", inner: ${this.ref(d["innerType"] as Node, where)}${checksPart} }`;
      case "pipe":
        return `{ t: "pipe", in: ${this.ref(d["in"] as Node, where)}, out: ${this.ref(d["out"] as Node, where)}${checksPart} }`;
      case "transform":
        return `{ t: "transform", fn: ${fnName(d["transform"], where)}${checksPart} }`;
      case "array":
        return `{ t: "array", element: ${this.ref(d["element"] as Node, `${where}[]`)}${checksPart} }`;
      case "object": {
        const shape = d["shape"] as Record<string, Node>;
        if (Object.getOwnPropertySymbols(shape).length > 0) throw new Error(`${where}: symbol keys`);
        const catchall = d["catchall"] as Node | undefined;
        if (catchall !== undefined && catchall._zod.def.type !== "never") throw new Error(`${where}: an object with a catchall`);
        const fields = Object.keys(shape).map((key) => {
          const el = shape[key] as Node;
          const opt = `${el._zod.optin === undefined ? "" : `, optin: ${lit(el._zod.optin)}`}${el._zod.optout === undefined ? "" : `, optout: ${lit(el._zod.optout)}`}`;
          return `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : lit(key)}: { node: ${this.ref(el, `${where}.${key}`)}${opt} }`;
        });
        return `{ t: "object", strict: ${catchall !== undefined}, shape: { ${fields.join(", ")} }${checksPart} }`;
      }
      case "record": {
        const key = d["keyType"] as Node;
        if (key._zod.values !== undefined || d["mode"] !== undefined || d["partial"]) throw new Error(`${where}: a record of listed keys or a loose record`);
        if (key._zod.def.type !== "string") throw new Error(`${where}: a record whose keys are not strings`);
        return `{ t: "record", key: ${this.ref(key, `${where}{key}`)}, value: ${this.ref(d["valueType"] as Node, `${where}{}`)}${checksPart} }`;
      }
    }
    throw new Error(`${where}: a schema kind the generator does not know (${String(d.type)})`);
  }
}

function children(node: Node): Node[] {
  const d = node._zod.def;
  const out: Node[] = [];
  for (const k of ["innerType", "in", "out", "element", "keyType", "valueType"]) if (d[k] !== undefined) out.push(d[k] as Node);
  if (d.type === "object") out.push(...Object.values(d["shape"] as Record<string, Node>));
  return out;
}

/** The text of `src/records/generated/validators.ts`. */
export function generateValidators(): string {
  const w = new Writer();
  for (const schema of Object.values(SCHEMAS)) w.count(schema as unknown as Node);
  // Each schema under its own export, so a bundle keeps only those its code names (the claim
  // path never names the progress document's), and all of them together as `validators`.
  const roots = Object.entries(SCHEMAS).map(([name, schema]) => `export const ${name}: SchemaNode = ${w.ref(schema as unknown as Node, name)};`);
  return [
    "// Generated by scripts/validators/generate.ts (`node scripts/generate-validators.mjs`) from the zod",
    "// schemas of src/records: do not edit. validators.test.ts fails when this file is stale.",
    "// Each schema as data for src/records/validator.ts; refinements and transforms are src/records/checks.ts.",
    'import * as checks from "../checks.js";',
    'import type { SchemaNode } from "../validator.js";',
    "",
    ...w.consts,
    "",
    ...roots,
    "",
    "/** The record schemas and the other inputs, by name. */",
    `export const validators = { ${Object.keys(SCHEMAS).join(", ")} } as const satisfies Record<string, SchemaNode>;`,
    "",
  ].join("\n");
}
