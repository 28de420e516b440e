/**
 * The runtime of the generated record validators (issue #16: the claim path without zod's
 * runtime; issue #17: validation near `JSON.parse`). `generated/validators.ts` describes each
 * record schema as plain data — its shape, checks, refinements and transforms, read off the
 * zod schema by `scripts/validators/generate.ts` — and this module turns a description into
 * a validator, once per schema, at its first use. zod stays the one source of truth: the
 * descriptions are generated from it, the refinements are the functions of `checks.ts` that
 * the zod schemas run too, and a test regenerates the descriptions and compares.
 *
 * A validator answers exactly what parsing with zod answered (`schema.safeParse`, then the
 * library's bilingual issues): the same value, or the same issues in the same order with the
 * same codes, paths and messages. It has two paths:
 * - the fast path, for a valid record: no copy (the input object itself, when zod's output
 *   would equal it key for key and in the same order), no issue objects, prototype keys
 *   refused in the same pass; anything it doubts goes to
 * - the full path, a faithful model of zod 4's parse (its order of fields, checks and
 *   issues, which issues abort which checks, what a failed field contributes to the value a
 *   cross-field check sees), which writes the issues. It never imports zod: the messages of
 *   zod's own issue codes are zod's en and zh-CN messages, reproduced in {@link zodMessage}.
 */
import type { Facts, Result, ValidationCode, ValidationIssue } from "../core/issues.js";
import * as zh from "../locales/zh-CN.js";
import * as en from "../locales/en.js";
import type { IssueSink } from "./checks.js";

/** One check of a schema node, in zod's order. `error`: the message zod's `{ error }` gives its issue. */
export type Check =
  | { readonly k: "min_length"; readonly n: number; readonly abort?: boolean; readonly error?: string }
  | { readonly k: "max_length"; readonly n: number; readonly abort?: boolean; readonly error?: string }
  | { readonly k: "regex"; readonly pattern: RegExp; readonly abort?: boolean; readonly error?: string }
  | { readonly k: "greater_than"; readonly value: number; readonly inclusive: boolean; readonly abort?: boolean; readonly error?: string }
  | { readonly k: "less_than"; readonly value: number; readonly inclusive: boolean; readonly abort?: boolean; readonly error?: string }
  | { readonly k: "safeint"; readonly abort?: boolean; readonly error?: string }
  | { readonly k: "refine"; readonly fn: (value: never) => unknown; readonly abort?: boolean; readonly error?: string }
  | { readonly k: "super"; readonly fn: (value: never, ctx: IssueSink) => void };

/** A field of an object: its schema and zod's `optin`/`optout` of it. */
export interface Field {
  readonly node: SchemaNode;
  readonly optin?: "optional" | "defaulted";
  readonly optout?: "optional";
}

/** A schema node, as the generator describes it. */
export type SchemaNode = (
  | { readonly t: "string" }
  | { readonly t: "number" }
  | { readonly t: "boolean" }
  | { readonly t: "unknown" }
  | { readonly t: "enum"; readonly values: readonly string[] }
  | { readonly t: "optional"; readonly inner: SchemaNode }
  | { readonly t: "pipe"; readonly in: SchemaNode; readonly out: SchemaNode }
  | { readonly t: "transform"; readonly fn: (value: never) => unknown }
  | { readonly t: "array"; readonly element: SchemaNode }
  | { readonly t: "object"; readonly shape: Readonly<Record<string, Field>>; readonly strict: boolean }
  | { readonly t: "record"; readonly key: SchemaNode; readonly value: SchemaNode }
) & { readonly checks?: readonly Check[] };

// ── The full path: zod's parse, modelled ────────────────────────────────────────────────

/** An issue as zod raises it, before messages. */
interface RawIssue {
  code: string;
  path?: (string | number)[];
  continue?: boolean;
  message?: string;
  input?: unknown;
  params?: Record<string, unknown>;
  expected?: string;
  origin?: string;
  minimum?: number;
  maximum?: number;
  inclusive?: boolean;
  values?: readonly unknown[];
  keys?: string[];
  format?: string;
  pattern?: string;
}
interface Payload {
  value: unknown;
  issues: RawIssue[];
  aborted?: boolean;
}
type Run = (p: Payload) => Payload;

const aborted = (p: Payload, start = 0): boolean => {
  if (p.aborted === true) return true;
  for (let i = start; i < p.issues.length; i++) if (p.issues[i]?.continue !== true) return true;
  return false;
};
const explicitlyAborted = (p: Payload): boolean => {
  if (p.aborted === true) return true;
  for (const issue of p.issues) if (issue.continue === false) return true;
  return false;
};
const hasLength = (v: unknown): boolean => v !== null && v !== undefined && (v as { length?: unknown }).length !== undefined;
const lengthOrigin = (v: unknown): string => (Array.isArray(v) ? "array" : typeof v === "string" ? "string" : "unknown");
const highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(s: string): number {
  const units = s.length;
  if (!highSurrogate.test(s)) return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}
function prefixed(key: string | number, issues: readonly RawIssue[], into: RawIssue[]): void {
  for (const issue of issues) {
    issue.path = issue.path === undefined ? [key] : [key, ...issue.path];
    into.push(issue);
  }
}
const withError = (issue: RawIssue, error: string | undefined): RawIssue => {
  if (error !== undefined) issue.message = error;
  return issue;
};

/** One check on a payload, as zod's check pushes its issue. */
function checkRun(ch: Check): (p: Payload) => void {
  switch (ch.k) {
    case "min_length":
      return (p) => {
        const input = p.value as { length: number };
        const units = input.length;
        const length = typeof input === "string" && units >= ch.n && units < ch.n * 2 ? codePointLength(input) : units;
        if (length >= ch.n) return;
        p.issues.push(withError({ origin: lengthOrigin(input), code: "too_small", minimum: ch.n, inclusive: true, input, continue: !ch.abort }, ch.error));
      };
    case "max_length":
      return (p) => {
        const input = p.value as { length: number };
        const units = input.length;
        const length = typeof input === "string" && units > ch.n ? codePointLength(input) : units;
        if (length <= ch.n) return;
        p.issues.push(withError({ origin: lengthOrigin(input), code: "too_big", maximum: ch.n, inclusive: true, input, continue: !ch.abort }, ch.error));
      };
    case "regex":
      return (p) => {
        ch.pattern.lastIndex = 0;
        if (ch.pattern.test(p.value as string)) return;
        p.issues.push(withError({ origin: "string", code: "invalid_format", format: "regex", input: p.value, pattern: ch.pattern.toString(), continue: !ch.abort }, ch.error));
      };
    case "greater_than":
      return (p) => {
        const v = p.value as number;
        if (ch.inclusive ? v >= ch.value : v > ch.value) return;
        const origin = typeof v === "number" ? "number" : typeof v === "bigint" ? "bigint" : typeof v === "object" ? "date" : "number";
        p.issues.push(withError({ origin, code: "too_small", minimum: ch.value, input: v, inclusive: ch.inclusive, continue: !ch.abort }, ch.error));
      };
    case "less_than":
      return (p) => {
        const v = p.value as number;
        if (ch.inclusive ? v <= ch.value : v < ch.value) return;
        const origin = typeof v === "number" ? "number" : typeof v === "bigint" ? "bigint" : typeof v === "object" ? "date" : "number";
        p.issues.push(withError({ origin, code: "too_big", maximum: ch.value, input: v, inclusive: ch.inclusive, continue: !ch.abort }, ch.error));
      };
    case "safeint":
      return (p) => {
        const input = p.value as number;
        if (!Number.isInteger(input)) {
          p.issues.push(withError({ expected: "int", format: "safeint", code: "invalid_type", continue: false, input }, ch.error));
          return;
        }
        if (!Number.isSafeInteger(input)) {
          if (input > 0) p.issues.push(withError({ input, code: "too_big", maximum: Number.MAX_SAFE_INTEGER, origin: "int", inclusive: true, continue: !ch.abort }, ch.error));
          else p.issues.push(withError({ input, code: "too_small", minimum: Number.MIN_SAFE_INTEGER, origin: "int", inclusive: true, continue: !ch.abort }, ch.error));
        }
      };
    case "refine": {
      const fn = ch.fn as (value: unknown) => unknown;
      return (p) => {
        const input = p.value;
        if (fn(input)) return;
        p.issues.push(withError({ code: "custom", input, path: [], continue: !ch.abort }, ch.error));
      };
    }
    case "super": {
      const fn = ch.fn as (value: unknown, ctx: IssueSink) => void;
      return (p) => {
        const value = p.value;
        fn(value, {
          addIssue(issue) {
            const raw: RawIssue = { ...issue, path: [...issue.path] };
            if (!("input" in issue)) raw.input = value;
            raw.continue = true;
            p.issues.push(raw);
          },
        });
      };
    }
  }
}

const lengthCheck = (ch: Check): boolean => ch.k === "min_length" || ch.k === "max_length";

/** zod's `run` of a node: its parse, then its checks (a check with a `when` runs unless explicitly aborted). */
function withChecks(checks: readonly Check[] | undefined, parse: Run): Run {
  if (checks === undefined || checks.length === 0) return parse;
  const runs = checks.map(checkRun);
  const when = checks.map(lengthCheck);
  const n = runs.length;
  return (input) => {
    const p = parse(input);
    let isAborted = aborted(p);
    for (let i = 0; i < n; i++) {
      if (when[i]) {
        if (explicitlyAborted(p) || !hasLength(p.value)) continue;
      } else if (isAborted) continue;
      const before = p.issues.length;
      (runs[i] as (p: Payload) => void)(p);
      if (p.issues.length !== before && !isAborted) isAborted = aborted(p, before);
    }
    return p;
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
function isPlainObject(o: unknown): boolean {
  if (!isObject(o)) return false;
  const ctor: unknown = (o as { constructor?: unknown }).constructor;
  if (ctor === undefined) return true;
  if (typeof ctor !== "function") return true;
  const prot: unknown = (ctor as { prototype?: unknown }).prototype;
  if (!isObject(prot)) return false;
  return Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf");
}
const NUMERIC = /^-?\d+(?:\.\d+)?$/;

function full(node: SchemaNode): Run {
  const checks = node.checks;
  switch (node.t) {
    case "string":
      return withChecks(checks, (p) => {
        if (typeof p.value !== "string") p.issues.push({ expected: "string", code: "invalid_type", input: p.value });
        return p;
      });
    case "number":
      return withChecks(checks, (p) => {
        const v = p.value;
        if (typeof v === "number" && !Number.isNaN(v) && Number.isFinite(v)) return p;
        p.issues.push({ expected: "number", code: "invalid_type", input: v });
        return p;
      });
    case "boolean":
      return withChecks(checks, (p) => {
        if (typeof p.value !== "boolean") p.issues.push({ expected: "boolean", code: "invalid_type", input: p.value });
        return p;
      });
    case "unknown":
      return withChecks(checks, (p) => p);
    case "enum": {
      const values = node.values;
      const set: ReadonlySet<unknown> = new Set(values);
      return withChecks(checks, (p) => {
        if (!set.has(p.value)) p.issues.push({ code: "invalid_value", values, input: p.value });
        return p;
      });
    }
    case "optional": {
      const inner = full(node.inner);
      return withChecks(checks, (p) => (p.value === undefined ? p : inner(p)));
    }
    case "pipe": {
      const left = full(node.in);
      const right = full(node.out);
      return withChecks(checks, (p) => {
        const l = left(p);
        if (l.issues.some((issue) => issue.code !== "unrecognized_keys")) {
          l.aborted = true;
          return l;
        }
        return right({ value: l.value, issues: l.issues });
      });
    }
    case "transform": {
      const fn = node.fn as (value: unknown) => unknown;
      return withChecks(checks, (p) => {
        p.value = fn(p.value);
        return p;
      });
    }
    case "array": {
      const element = full(node.element);
      // zod's size cap: the leading length checks with a maximum, tested before the elements.
      const caps: [number, (p: Payload) => void][] = [];
      for (const ch of checks ?? []) {
        if (!lengthCheck(ch)) break;
        if (ch.k === "max_length") caps.push([ch.n, checkRun(ch)]);
      }
      const cap = caps.length === 0 ? Infinity : Math.min(...caps.map((c) => c[0]));
      const parse: Run = (p) => {
        const input = p.value;
        if (!Array.isArray(input)) {
          p.issues.push({ expected: "array", code: "invalid_type", input });
          return p;
        }
        if (input.length > cap) {
          for (const [max, run] of caps) {
            if (input.length > max) {
              const start = p.issues.length;
              run(p);
              (p.issues[start] as RawIssue).continue = false;
              return p;
            }
          }
        }
        const out = new Array<unknown>(input.length);
        p.value = out;
        for (let i = 0; i < input.length; i++) {
          const r = element({ value: input[i], issues: [] });
          if (r.issues.length > 0) prefixed(i, r.issues, p.issues);
          out[i] = r.value;
        }
        return p;
      };
      return withChecks(checks, parse);
    }
    case "object": {
      const keys = Object.keys(node.shape).filter((k) => k !== "__proto__");
      const keySet: ReadonlySet<string> = new Set(Object.keys(node.shape));
      const fields = keys.map((k) => {
        const f = node.shape[k] as Field;
        return { key: k, run: full(f.node), optin: f.optin, optout: f.optout };
      });
      const strict = node.strict;
      return withChecks(checks, (p) => {
        const input = p.value;
        if (!isObject(input)) {
          p.issues.push({ expected: "object", code: "invalid_type", input });
          return p;
        }
        const out: Record<string, unknown> = {};
        for (const { key, run, optin, optout } of fields) {
          const r = run({ value: input[key], issues: [] });
          const present = key in input;
          if (optin !== undefined && optout === "optional") {
            if (r.issues.length === 0 || present) {
              if (r.issues.length > 0) prefixed(key, r.issues, p.issues);
              if (optin === "optional" ? present : r.value !== undefined || present) out[key] = r.value;
            }
          } else if (optin === undefined) {
            if (r.issues.length > 0) prefixed(key, r.issues, p.issues);
            if (!present && r.issues.length === 0) p.issues.push({ code: "invalid_type", expected: "nonoptional", input: undefined, path: [key] });
            if (present) out[key] = r.value;
          } else {
            if (r.issues.length > 0) prefixed(key, r.issues, p.issues);
            if (optin === "defaulted" || r.value !== undefined || present) out[key] = r.value;
          }
        }
        p.value = out;
        if (strict) {
          const unrecognized: string[] = [];
          for (const key in input) if (!keySet.has(key)) unrecognized.push(key);
          if (unrecognized.length > 0) p.issues.push({ code: "unrecognized_keys", keys: unrecognized, input, continue: true });
        }
        return p;
      });
    }
    case "record": {
      const keyRun = full(node.key);
      const valueRun = full(node.value);
      return withChecks(checks, (p) => {
        const input = p.value;
        if (!isPlainObject(input)) {
          p.issues.push({ expected: "record", code: "invalid_type", input });
          return p;
        }
        const record = input as Record<PropertyKey, unknown>;
        const out: Record<PropertyKey, unknown> = {};
        p.value = out;
        for (const key of Reflect.ownKeys(record)) {
          if (key === "__proto__") continue;
          if (!Object.prototype.propertyIsEnumerable.call(record, key)) continue;
          let k = keyRun({ value: key, issues: [] });
          if (typeof key === "string" && NUMERIC.test(key) && k.issues.length > 0) {
            const retry = keyRun({ value: Number(key), issues: [] });
            if (retry.issues.length === 0) k = retry;
          }
          if (k.issues.length > 0) {
            p.issues.push({ code: "invalid_key", origin: "record", input: key, path: [key as string] });
            continue;
          }
          const outKey = k.value as PropertyKey;
          if (outKey === "__proto__") continue;
          const r = valueRun({ value: record[key], issues: [] });
          if (r.issues.length > 0) prefixed(key as string, r.issues, p.issues);
          out[outKey] = r.value;
        }
        return p;
      });
    }
  }
}

// ── The fast path: a valid record, without a copy or an issue ───────────────────────────

/** The answer of the fast path when it does not accept the value: run the full path. */
const INVALID: unique symbol = Symbol("skills-subsidy.invalid");
type Fast = (value: unknown) => unknown;
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** A check as a closure: the value, or INVALID. */
function fastCheck(ch: Check): (v: unknown) => unknown {
  switch (ch.k) {
    case "max_length": {
      const max = ch.n;
      const exact = checkRun(ch);
      return (v) => {
        if ((v as { length: number }).length <= max) return v;
        const p: Payload = { value: v, issues: [] };
        exact(p);
        return p.issues.length === 0 ? v : INVALID;
      };
    }
    case "min_length": {
      const min = ch.n;
      const exact = checkRun(ch);
      return (v) => {
        if ((v as { length: number }).length >= 2 * min) return v;
        const p: Payload = { value: v, issues: [] };
        exact(p);
        return p.issues.length === 0 ? v : INVALID;
      };
    }
    case "regex": {
      const pattern = ch.pattern;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string) ? v : INVALID;
      };
    }
    case "greater_than": {
      const bound = ch.value;
      return ch.inclusive ? (v) => ((v as number) >= bound ? v : INVALID) : (v) => ((v as number) > bound ? v : INVALID);
    }
    case "less_than": {
      const bound = ch.value;
      return ch.inclusive ? (v) => ((v as number) <= bound ? v : INVALID) : (v) => ((v as number) < bound ? v : INVALID);
    }
    case "safeint":
      return (v) => (Number.isSafeInteger(v) ? v : INVALID);
    case "refine": {
      const fn = ch.fn as (value: unknown) => unknown;
      return (v) => (fn(v) ? v : INVALID);
    }
    case "super": {
      const fn = ch.fn as (value: unknown, ctx: IssueSink) => void;
      let failed = false;
      const sink: IssueSink = {
        addIssue() {
          failed = true;
        },
      };
      return (v) => {
        failed = false;
        fn(v, sink);
        return failed ? INVALID : v;
      };
    }
  }
}

function fastWithChecks(checks: readonly Check[] | undefined, parse: Fast): Fast {
  const list = (checks ?? []).map(fastCheck);
  if (list.length === 0) return parse;
  const [a, b, c] = list as [Fast, Fast, Fast];
  if (list.length === 1) {
    return (input) => {
      const v = parse(input);
      return v === INVALID ? v : a(v);
    };
  }
  if (list.length === 2) {
    return (input) => {
      let v = parse(input);
      if (v !== INVALID) v = a(v);
      return v === INVALID ? v : b(v);
    };
  }
  if (list.length === 3) {
    return (input) => {
      let v = parse(input);
      if (v !== INVALID) v = a(v);
      if (v !== INVALID) v = b(v);
      return v === INVALID ? v : c(v);
    };
  }
  const n = list.length;
  return (input) => {
    let v = parse(input);
    for (let i = 0; i < n && v !== INVALID; i++) v = (list[i] as Fast)(v);
    return v;
  };
}

function fast(node: SchemaNode): Fast {
  const checks = node.checks;
  switch (node.t) {
    case "string":
      return fastWithChecks(checks, (v) => (typeof v === "string" ? v : INVALID));
    case "number":
      return fastWithChecks(checks, (v) => (typeof v === "number" && Number.isFinite(v) ? v : INVALID));
    case "boolean":
      return fastWithChecks(checks, (v) => (typeof v === "boolean" ? v : INVALID));
    case "enum": {
      const set: ReadonlySet<unknown> = new Set(node.values);
      return fastWithChecks(checks, (v) => (set.has(v) ? v : INVALID));
    }
    case "unknown":
      // An object here was not walked for prototype keys: the full path decides.
      return fastWithChecks(checks, (v) => (v !== null && typeof v === "object" ? INVALID : v));
    case "optional": {
      const inner = fast(node.inner);
      return fastWithChecks(checks, (v) => (v === undefined ? undefined : inner(v)));
    }
    case "pipe": {
      const first = fast(node.in);
      const out = node.out;
      const second: Fast = out.t === "transform" && (out.checks ?? []).length === 0 ? (out.fn as Fast) : fast(out);
      return fastWithChecks(checks, (v) => {
        const mid = first(v);
        return mid === INVALID ? INVALID : second(mid);
      });
    }
    case "transform": {
      const fn = node.fn as Fast;
      // A bare transform's input was not walked for prototype keys.
      return fastWithChecks(checks, (v) => (v !== null && typeof v === "object" ? INVALID : fn(v)));
    }
    case "array":
      return fastArray(node);
    case "object":
      return fastObject(node);
    case "record":
      return fastRecord(node);
  }
}

function fastArray(node: Extract<SchemaNode, { t: "array" }>): Fast {
  const element = fast(node.element);
  // The array's own length bounds, tested before its elements (a million-entry list is refused at once).
  let maxItems = Infinity;
  for (const ch of node.checks ?? []) if (ch.k === "max_length") maxItems = Math.min(maxItems, ch.n);
  return fastWithChecks(node.checks, (input) => {
    if (!Array.isArray(input) || input.length > maxItems) return INVALID;
    const n = input.length;
    let copy: unknown[] | undefined;
    for (let i = 0; i < n; i++) {
      const item: unknown = input[i];
      const out = element(item);
      if (out === INVALID) return INVALID;
      // zod builds a new array: a changed element, or a hole it fills, needs one here too.
      if (copy === undefined && (out !== item || (out === undefined && !(i in input)))) copy = input.slice(0, i);
      if (copy !== undefined) copy.push(out);
    }
    return copy ?? input;
  });
}

function fastObject(node: Extract<SchemaNode, { t: "object" }>): Fast {
  const keys: string[] = [];
  const fasts: Fast[] = [];
  const required: boolean[] = [];
  const position = new Map<string, number>();
  for (const key of Object.keys(node.shape)) {
    const field = node.shape[key] as Field;
    const optional = field.optin === "optional" && field.optout === "optional";
    // Only plain required and plain optional fields (the record schemas have no other; the generator checks).
    if ((!optional && field.optin !== undefined) || PROTOTYPE_KEYS.has(key)) return () => INVALID;
    position.set(key, keys.length);
    keys.push(key);
    fasts.push(fast(field.node));
    required.push(!optional);
  }
  const strict = node.strict;
  const n = keys.length;
  return fastWithChecks(node.checks, (input) => {
    if (input === null || typeof input !== "object" || Array.isArray(input)) return INVALID;
    const proto: unknown = Object.getPrototypeOf(input);
    if (proto !== Object.prototype && proto !== null) return INVALID;
    const record = input as Record<string, unknown>;
    // One pass over the keys: unknown keys (strict), prototype keys (never a field, so never
    // found below), and whether they come in the shape's order.
    let next = 0;
    let reorder = proto === null; // zod's output is a plain object
    let stripped = false;
    for (const key in record) {
      let q = next;
      while (q < n && keys[q] !== key) q++;
      if (q < n) {
        next = q + 1;
        continue;
      }
      if (position.get(key) === undefined) {
        if (strict || PROTOTYPE_KEYS.has(key)) return INVALID;
        stripped = true;
        continue;
      }
      reorder = true; // a field after one that comes later in the shape
    }
    let outs: unknown[] | undefined;
    for (let i = 0; i < n; i++) {
      const key = keys[i] as string;
      const value = record[key];
      if (value === undefined && !(key in record)) {
        if (required[i]) return INVALID;
        continue;
      }
      const out = (fasts[i] as Fast)(value);
      if (out === INVALID) return INVALID;
      if (out !== value) {
        outs ??= new Array<unknown>(n).fill(INVALID);
        outs[i] = out;
      }
    }
    if (outs === undefined && !reorder && !stripped) return input;
    // zod's output: the shape's keys in the shape's order, each present key with its value.
    const copy: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      const key = keys[i] as string;
      if (!(key in record)) continue;
      const changed = outs === undefined ? INVALID : outs[i];
      copy[key] = changed === INVALID ? record[key] : changed;
    }
    return copy;
  });
}

function fastRecord(node: Extract<SchemaNode, { t: "record" }>): Fast {
  const keyFast = fast(node.key);
  const valueFast = fast(node.value);
  return fastWithChecks(node.checks, (input) => {
    if (input === null || typeof input !== "object" || Array.isArray(input)) return INVALID;
    const proto: unknown = Object.getPrototypeOf(input);
    if (proto !== Object.prototype && proto !== null) return INVALID;
    if (Object.getOwnPropertySymbols(input).length > 0) return INVALID;
    const record = input as Record<string, unknown>;
    let changed = proto === null;
    for (const key in record) {
      if (PROTOTYPE_KEYS.has(key)) return INVALID;
      const k = keyFast(key);
      const value = record[key];
      const out = k === INVALID ? INVALID : valueFast(value);
      if (out === INVALID) return INVALID;
      if (k !== key || out !== value) changed = true;
    }
    if (!changed) return input;
    const copy: Record<string, unknown> = {};
    for (const key in record) copy[keyFast(key) as string] = valueFast(record[key]);
    return copy;
  });
}

/** True when Object.prototype has an enumerable property (then `for…in` would list it on every object): the fast path steps aside. */
function prototypePolluted(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}

// ── Issues: codes, paths and messages ───────────────────────────────────────────────────

/** zod's `util.parsedType`. */
function parsedType(data: unknown): string {
  const t = typeof data;
  if (t === "number") return Number.isNaN(data) ? "nan" : "number";
  if (t === "object") {
    if (data === null) return "null";
    if (Array.isArray(data)) return "array";
    const obj = data as { constructor?: { name?: string } };
    if (Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) return obj.constructor.name as string;
  }
  return t;
}
const stringifyPrimitive = (v: unknown): string => (typeof v === "bigint" ? `${v.toString()}n` : typeof v === "string" ? `"${v}"` : `${String(v)}`);
const joinValues = (values: readonly unknown[], separator = "|"): string => values.map(stringifyPrimitive).join(separator);

const SIZING_EN: Readonly<Record<string, string>> = { string: "characters", file: "bytes", array: "items", set: "items", map: "entries" };
const SIZING_ZH: Readonly<Record<string, string>> = { string: "字符", file: "字节", array: "项", set: "项", map: "项" };
const TYPES_ZH: Readonly<Record<string, string>> = { nan: "NaN", number: "数字", array: "数组", null: "空值(null)" };

/**
 * zod 4's message for an issue of its own code, in English or Chinese: the messages of
 * `zod/v4/locales/en.js` and `zh-CN.js` for the codes the record schemas raise (the property
 * test in `validator.test.ts` compares them with zod's own on every issue it generates).
 */
export function zodMessage(issue: RawIssue, lang: "en" | "zh"): string {
  const en = lang === "en";
  switch (issue.code) {
    case "invalid_type": {
      const expected = issue.expected as string;
      const receivedType = parsedType(issue.input);
      if (en) {
        const received = receivedType === "number" && typeof issue.input === "number" && !Number.isFinite(issue.input) ? String(issue.input) : receivedType === "nan" ? "NaN" : receivedType;
        return `Invalid input: expected ${expected === "nan" ? "NaN" : expected}, received ${received}`;
      }
      const received = TYPES_ZH[receivedType] ?? receivedType;
      if (/^[A-Z]/.test(expected)) return `无效输入：期望 instanceof ${expected}，实际接收 ${received}`;
      return `无效输入：期望 ${TYPES_ZH[expected] ?? expected}，实际接收 ${received}`;
    }
    case "invalid_value": {
      const values = issue.values ?? [];
      if (values.length === 1) return en ? `Invalid input: expected ${stringifyPrimitive(values[0])}` : `无效输入：期望 ${stringifyPrimitive(values[0])}`;
      return en ? `Invalid option: expected one of ${joinValues(values, "|")}` : `无效选项：期望以下之一 ${joinValues(values, "|")}`;
    }
    case "too_big": {
      const adj = issue.inclusive ? "<=" : "<";
      const origin = issue.origin;
      const max = String(issue.maximum);
      if (en) {
        const unit = origin === undefined ? undefined : SIZING_EN[origin];
        return unit !== undefined ? `Too big: expected ${origin ?? "value"} to have ${adj}${max} ${unit}` : `Too big: expected ${origin ?? "value"} to be ${adj}${max}`;
      }
      const unit = origin === undefined ? undefined : SIZING_ZH[origin];
      return unit !== undefined ? `数值过大：期望 ${origin ?? "值"} ${adj}${max} ${unit}` : `数值过大：期望 ${origin ?? "值"} ${adj}${max}`;
    }
    case "too_small": {
      const adj = issue.inclusive ? ">=" : ">";
      const origin = issue.origin;
      const min = String(issue.minimum);
      if (en) {
        const unit = origin === undefined ? undefined : SIZING_EN[origin];
        return unit !== undefined ? `Too small: expected ${origin} to have ${adj}${min} ${unit}` : `Too small: expected ${origin} to be ${adj}${min}`;
      }
      const unit = origin === undefined ? undefined : SIZING_ZH[origin];
      return unit !== undefined ? `数值过小：期望 ${origin} ${adj}${min} ${unit}` : `数值过小：期望 ${origin} ${adj}${min}`;
    }
    case "invalid_format":
      if (issue.format === "regex") return en ? `Invalid string: must match pattern ${issue.pattern}` : `无效字符串：必须满足正则表达式 ${issue.pattern}`;
      return en ? `Invalid ${issue.format}` : `无效${issue.format}`;
    case "unrecognized_keys": {
      const keys = issue.keys ?? [];
      return en ? `Unrecognized key${keys.length > 1 ? "s" : ""}: ${joinValues(keys, ", ")}` : `出现未知的键(key): ${joinValues(keys, ", ")}`;
    }
    case "invalid_key":
      return en ? `Invalid key in ${issue.origin}` : `${issue.origin} 中的键(key)无效`;
    default:
      return en ? "Invalid input" : "无效输入";
  }
}

/**
 * The library's own issue for a zod-shaped issue whose schema named one of the library's
 * codes (as its `reason` fact or as its message), or `undefined`. Shared by this validator
 * and the zod path of reforms (`zodIssues.ts`), so both read a schema's code the same way.
 */
export function ownCodeIssue(path: readonly (string | number)[], code: string, params: Facts | undefined, message: string): ValidationIssue | undefined {
  return ownIssue(zh.validation, en.validation, path, code, params, message);
}

type Messages = Readonly<Partial<Record<ValidationCode, (p: Facts) => string>>>;

/**
 * {@link ownCodeIssue} with the messages of the codes it knows: every code for a reform's or a
 * scenario's schema, the records' codes alone (`recordValidation`) for a record's schema, which
 * raises no other (issue #16: a bundle that parses records then carries only their messages).
 */
function ownIssue(zhMessages: Messages, enMessages: Messages, path: readonly (string | number)[], code: string, params: Facts | undefined, message: string): ValidationIssue | undefined {
  const own = (code === "custom" ? params?.["reason"] : undefined) ?? (Object.hasOwn(enMessages, message) ? message : undefined);
  if (typeof own !== "string" || !Object.hasOwn(enMessages, own)) return undefined;
  const c = own as ValidationCode;
  return { path, code: c, message: { zh: zhMessages[c]!(params ?? {}), en: enMessages[c]!(params ?? {}) } };
}

/** The library's issue for one of zod's: its own code when the schema gave one, else zod's code and messages. */
function toIssue(issue: RawIssue, prefix: readonly (string | number)[]): ValidationIssue {
  const path = prefix.length === 0 ? (issue.path ?? []) : [...prefix, ...(issue.path ?? [])];
  const params = (issue.code === "custom" ? issue.params : undefined) as Facts | undefined;
  const own = ownIssue(zh.recordValidation, en.recordValidation, path, issue.code, params, issue.message ?? "");
  if (own !== undefined) return own;
  return {
    path,
    code: issue.code,
    // zod's locale message, as the library always gave (a message the schema set is read only as the library's own code).
    message: { zh: zodMessage(issue, "zh") || zh.recordValidation.invalid_input({}), en: zodMessage(issue, "en") || en.recordValidation.invalid_input({}) },
  };
}

// ── Validators ──────────────────────────────────────────────────────────────────────────

/** A compiled validator: the fast path, and the full path that writes issues. */
export interface Validator<T> {
  /** The value zod would return for a plainly valid input (the input itself when that is equal), else {@link INVALID} (then call `check`). */
  readonly accept: (input: unknown) => T | typeof INVALID;
  /** zod's parse, modelled: the value, or the issues (under `prefix`). */
  readonly check: (input: unknown, prefix?: readonly (string | number)[]) => Result<T>;
}

const compiled = new WeakMap<SchemaNode, Validator<unknown>>();

/**
 * The validator of a generated schema description, compiled at its first use.
 * @example
 * import { validators } from "./generated/validators.js";
 * validatorOf(validators.claim).check({ id: "JX-1" }).ok // → false
 */
export function validatorOf<T>(node: SchemaNode): Validator<T> {
  let v = compiled.get(node);
  if (v === undefined) {
    const root = fast(node);
    const run = full(node);
    v = {
      accept: (input) => (prototypePolluted() ? INVALID : root(input)),
      check: (input, prefix = []) => {
        const p = run({ value: input, issues: [] });
        if (p.issues.length === 0) return { ok: true, value: p.value };
        return { ok: false, issues: p.issues.map((issue) => toIssue(issue, prefix)) };
      },
    };
    compiled.set(node, v);
  }
  return v as Validator<T>;
}

export { INVALID };
