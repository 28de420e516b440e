/**
 * The fast path of record validation (issue #17, "validation near `JSON.parse`"): a
 * validator compiled from a zod schema's own definition — its shape, its checks, its
 * refinements and transforms — into plain closures, so the schema stays the one source
 * of truth. It answers one question: would zod accept this value, and if so what would
 * it return? For a valid record it returns that value without a zod call, without a
 * copy (the input object itself, when zod's output would equal it key for key and in
 * the same order) and without a second walk: the prototype keys `__proto__`,
 * `constructor` and `prototype` are refused in the same pass. For anything it doubts it
 * returns {@link INVALID}, and the caller runs today's path (the `__proto__` walk, then
 * zod), which alone writes issues, codes, paths and messages. So the fast path only has
 * to be sound: it never accepts what that path rejects and never returns a different
 * value (the property test in `fast.test.ts` checks both over generated records).
 *
 * What it reads of zod: the schema kinds in `compileNode`, the check kinds in
 * `compileCheck`; refinements and `superRefine`s are zod's own functions, called as zod
 * calls them; a transform and any kind or check not listed runs through zod's own
 * `_zod.run` or `_zod.check`. A kind it cannot model soundly (defaults, catch, lazy,
 * unions, …) makes the schema's node defer to zod as a whole ("an island"); the record
 * schemas have none (`fast.test.ts` pins that).
 */
import * as z from "zod";

/** The answer of a fast validator when it does not accept the value: run the full path. */
export const INVALID: unique symbol = Symbol("skills-subsidy.fast.invalid");
type Fast = (value: unknown) => unknown;

/** The parts of zod's internals the compiler reads (zod v4's `_zod`). */
interface Internals {
  readonly def: Def;
  readonly traits: ReadonlySet<string>;
  readonly optin?: "optional" | "defaulted";
  readonly optout?: "optional";
  readonly values?: ReadonlySet<unknown>;
  check?: (payload: Payload) => unknown;
  run: (payload: Payload, ctx: object) => Payload | Promise<Payload>;
}
interface Def {
  readonly type?: string;
  readonly check?: string;
  readonly checks?: readonly Node[];
  readonly coerce?: boolean;
  readonly shape?: Record<string, Node>;
  readonly catchall?: Node;
  readonly element?: Node;
  readonly keyType?: Node;
  readonly valueType?: Node;
  readonly innerType?: Node;
  readonly in?: Node;
  readonly out?: Node;
  readonly mode?: string;
  readonly partial?: boolean;
  readonly when?: (payload: Payload) => boolean;
  readonly fn?: (value: unknown) => unknown;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly maximum?: number;
  readonly minimum?: number;
}
interface Node {
  readonly _zod: Internals;
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
const isThenable = (v: unknown): boolean => v !== null && (typeof v === "object" || typeof v === "function") && typeof (v as { then?: unknown }).then === "function";

// zod gives every length check a default `when` (run on a value with a length); a check
// whose `when` is that default always runs on the strings and arrays it guards here.
let defaultLengthWhen: unknown;
function lengthWhen(ch: Node): boolean {
  const when = ch._zod.def.when;
  return when === undefined || when === defaultLengthWhen;
}

/** A check zod runs its own way: `when`, then `_zod.check` on a payload of its own. */
function genericCheck(ch: Node): (v: unknown) => unknown {
  const when = ch._zod.def.when;
  return (value) => {
    const payload: Payload = { value, issues: [] };
    if (when !== undefined && !when(payload)) return value;
    const r = ch._zod.check?.(payload);
    if (isThenable(r) || payload.issues.length > 0) return INVALID;
    return payload.value; // an overwrite check (trim, …) changes the value
  };
}

/** One check as a closure: the value (possibly overwritten), or INVALID. */
function compileCheck(ch: Node): (v: unknown) => unknown {
  const d = ch._zod.def;
  const traits = ch._zod.traits;
  switch (d.check) {
    case "max_length": {
      if (!lengthWhen(ch)) break;
      const max = d.maximum as number;
      const exact = genericCheck(ch); // strings count code points past `max` units
      return (v) => ((v as { length: number }).length <= max ? v : exact(v));
    }
    case "min_length": {
      if (!lengthWhen(ch)) break;
      const min = d.minimum as number;
      const exact = genericCheck(ch); // strings count code points below twice `min` units
      return (v) => ((v as { length: number }).length >= 2 * min ? v : exact(v));
    }
    case "string_format": {
      if (!traits.has("$ZodCheckRegex") || d.when !== undefined || d.pattern === undefined) break;
      const pattern = d.pattern;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string) ? v : INVALID;
      };
    }
    case "greater_than": {
      if (d.when !== undefined || typeof d.value !== "number") break;
      const bound = d.value;
      return d.inclusive ? (v) => ((v as number) >= bound ? v : INVALID) : (v) => ((v as number) > bound ? v : INVALID);
    }
    case "less_than": {
      if (d.when !== undefined || typeof d.value !== "number") break;
      const bound = d.value;
      return d.inclusive ? (v) => ((v as number) <= bound ? v : INVALID) : (v) => ((v as number) < bound ? v : INVALID);
    }
    case "number_format": {
      if (d.when !== undefined || d.format !== "safeint") break;
      return (v) => (Number.isSafeInteger(v) ? v : INVALID);
    }
    case "custom": {
      // A refinement (`.refine`): zod calls its function on the value; falsy is an issue.
      if (!traits.has("$ZodCustom") || d.when !== undefined || typeof d.fn !== "function") break;
      const fn = d.fn;
      return (v) => {
        const r = fn(v);
        return r && !isThenable(r) ? v : INVALID;
      };
    }
  }
  // superRefine, and any other check: zod's own `check`.
  return genericCheck(ch);
}

/** The checks zod runs on a node after its own parse, in zod's order (the node first when it is itself a check). */
function compileChecks(node: Node): ((v: unknown) => unknown)[] {
  const own = node._zod.def.checks ?? [];
  const all = node._zod.traits.has("$ZodCheck") ? [node, ...own] : [...own];
  return all.map(compileCheck);
}

function withChecks(node: Node, parse: Fast): Fast {
  const checks = compileChecks(node);
  if (checks.length === 0) return parse;
  // One, two or three checks (every string and number of the record schemas) as straight calls.
  const [a, b, c] = checks as [(v: unknown) => unknown, (v: unknown) => unknown, (v: unknown) => unknown];
  if (checks.length === 1) {
    return (input) => {
      const v = parse(input);
      return v === INVALID ? v : a(v);
    };
  }
  if (checks.length === 2) {
    return (input) => {
      let v = parse(input);
      if (v !== INVALID) v = a(v);
      return v === INVALID ? v : b(v);
    };
  }
  if (checks.length === 3) {
    return (input) => {
      let v = parse(input);
      if (v !== INVALID) v = a(v);
      if (v !== INVALID) v = b(v);
      return v === INVALID ? v : c(v);
    };
  }
  const n = checks.length;
  return (input) => {
    let v = parse(input);
    for (let i = 0; i < n && v !== INVALID; i++) v = (checks[i] as (v: unknown) => unknown)(v);
    return v;
  };
}

/** Why each node compiled so far became an island (run by zod as a whole): empty for the record schemas (fast.test.ts). */
export const islands: string[] = [];

/** A node run by zod itself: accepted only when zod reports nothing and the input holds no object it did not walk. */
function island(node: Node, why: string): Fast {
  islands.push(why);
  return (value) => {
    if (value !== null && typeof value === "object") return INVALID;
    const r = node._zod.run({ value, issues: [] }, { async: false });
    if (isThenable(r)) return INVALID;
    const p = r as Payload;
    return p.issues.length === 0 ? p.value : INVALID;
  };
}

/** A transform: zod's own run of it (its function, with zod's context). */
function transform(node: Node, trusted: boolean): Fast {
  return (value) => {
    // Its input was walked by the pipe's first schema; a bare transform's was not.
    if (!trusted && value !== null && typeof value === "object") return INVALID;
    const r = node._zod.run({ value, issues: [] }, { async: false });
    if (isThenable(r)) return INVALID;
    const p = r as Payload;
    return p.issues.length === 0 ? p.value : INVALID;
  };
}

function compileNode(node: Node): Fast {
  const d = node._zod.def;
  switch (d.type) {
    case "string":
      if (d.coerce) return island(node, "coerced string");
      return withChecks(node, (v) => (typeof v === "string" ? v : INVALID));
    case "number":
      if (d.coerce) return island(node, "coerced number");
      return withChecks(node, (v) => (typeof v === "number" && Number.isFinite(v) ? v : INVALID));
    case "boolean":
      if (d.coerce) return island(node, "coerced boolean");
      return withChecks(node, (v) => (typeof v === "boolean" ? v : INVALID));
    case "enum":
    case "literal": {
      const values = node._zod.values;
      if (values === undefined) return island(node, "enum without values");
      return withChecks(node, (v) => (values.has(v) ? v : INVALID));
    }
    case "unknown":
    case "any":
      // An object here was not walked for prototype keys: the full path decides.
      return withChecks(node, (v) => (v !== null && typeof v === "object" ? INVALID : v));
    case "optional": {
      const inner = d.innerType as Node;
      if (inner._zod.optin === "defaulted") return island(node, "optional default");
      const fast = compileNode(inner);
      return withChecks(node, (v) => (v === undefined ? undefined : fast(v)));
    }
    case "nullable": {
      const fast = compileNode(d.innerType as Node);
      return withChecks(node, (v) => (v === null ? null : fast(v)));
    }
    case "pipe": {
      const first = compileNode(d.in as Node);
      const out = d.out as Node;
      const second = out._zod.def.type === "transform" && (out._zod.def.checks ?? []).length === 0 ? transform(out, true) : compileNode(out);
      return withChecks(node, (v) => {
        const mid = first(v);
        return mid === INVALID ? INVALID : second(mid);
      });
    }
    case "transform":
      return withChecks(node, transform(node, false));
    case "array":
      return compileArray(node);
    case "object":
      return compileObject(node);
    case "record":
      return compileRecord(node);
    default:
      return island(node, String(d.type));
  }
}

function compileArray(node: Node): Fast {
  const element = compileNode(node._zod.def.element as Node);
  // The array's own length bounds, tested before its elements (a million-entry list is refused at once).
  let maxItems = Infinity;
  for (const ch of node._zod.def.checks ?? []) {
    if (ch._zod.def.check === "max_length" && lengthWhen(ch)) maxItems = Math.min(maxItems, ch._zod.def.maximum as number);
  }
  return withChecks(node, (input) => {
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

function compileObject(node: Node): Fast {
  const d = node._zod.def;
  const shape = d.shape as Record<string, Node>;
  if (Object.getOwnPropertySymbols(shape).length > 0) return island(node, "symbol keys");
  const catchall = d.catchall;
  const strict = catchall !== undefined && catchall._zod.def.type === "never";
  if (catchall !== undefined && !strict) return island(node, "object with a catchall");
  // The fields in the shape's order, as parallel arrays (monomorphic reads in the loops below).
  const keys: string[] = [];
  const fasts: Fast[] = [];
  const required: boolean[] = [];
  const position = new Map<string, number>();
  for (const key of Object.keys(shape)) {
    const el = shape[key] as Node;
    const optin = el._zod.optin;
    const optout = el._zod.optout;
    const optional = optin === "optional" && optout === "optional";
    if (!optional && optin !== undefined) return island(node, `field ${key}`);
    if (PROTOTYPE_KEYS.has(key)) return island(node, `field ${key}`);
    position.set(key, keys.length);
    keys.push(key);
    fasts.push(compileNode(el));
    required.push(!optional);
  }
  const n = keys.length;
  return withChecks(node, (input) => {
    if (input === null || typeof input !== "object" || Array.isArray(input)) return INVALID;
    const proto: unknown = Object.getPrototypeOf(input);
    if (proto !== Object.prototype && proto !== null) return INVALID;
    const record = input as Record<string, unknown>;
    // One pass over the keys: unknown keys (strict), prototype keys (never a field, so
    // never found below), and whether they come in the shape's order. Keys in order are
    // found by looking ahead in the shape (a comparison of interned strings each).
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

function compileRecord(node: Node): Fast {
  const d = node._zod.def;
  const keyType = d.keyType as Node;
  if (keyType._zod.values !== undefined || d.mode === "loose" || d.partial) return island(node, "record of listed keys");
  const keyFast = compileNode(keyType);
  const valueFast = compileNode(d.valueType as Node);
  return withChecks(node, (input) => {
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

const compiled = new WeakMap<object, Fast>();

/**
 * The fast validator of `schema`, compiled at its first use: the value zod would return,
 * or {@link INVALID} when the value is not plainly valid (then run zod for the issues).
 * @example
 * import { Claim } from "./claim.js";
 * fastValidator(Claim)({ id: "JX-1", measure: "livingAllowance", traineeId: "P-1", claimant: { kind: "trainee", id: "P-1" }, courseId: "C-1", submittedOn: "2020-03-20" }) === INVALID // → false
 */
export function fastValidator<S extends z.ZodType>(schema: S): (input: unknown) => z.output<S> | typeof INVALID {
  let fast = compiled.get(schema);
  if (fast === undefined) {
    // zod's default `when` of a length check, read off one: every `.min`/`.max` of a string or array gets it.
    defaultLengthWhen ??= (z.string().max(1) as unknown as Node)._zod.def.checks?.[0]?._zod.def.when ?? null;
    const root = compileNode(schema as unknown as Node);
    fast = (input) => (prototypePolluted() ? INVALID : root(input));
    compiled.set(schema, fast);
  }
  return fast as (input: unknown) => z.output<S> | typeof INVALID;
}
