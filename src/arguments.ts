import { assert } from "./core/assert.js";
import type { Message, Result } from "./core/issues.js";
import { isCivilDate } from "./core/date.js";

/**
 * The checks the deciding functions make of their arguments before they read them: a JavaScript caller (no compiler to
 * hold the types) who swaps the policy and the document, hands over a document as JSON instead of as
 * `parseClaimsDocument` returns it, or gives `on` a date that does not exist is told so by a `SkillsSubsidyError` of
 * code `invalid_argument` naming the argument and the field — not by a `TypeError` from inside a rule, and not by a
 * decision judged on a date that is not one. The records themselves are not checked again here: that is
 * `parseClaimsDocument`'s work, done once.
 */

/** What a value is, in a message: `null`, `an array`, `a string "…"`, `a number 5`, `an object`. */
function shown(value: unknown): Message {
  if (value === null) return { zh: "null", en: "null" };
  if (Array.isArray(value)) return { zh: "数组", en: "an array" };
  if (value instanceof Map) return { zh: "Map", en: "a Map" };
  const type = typeof value;
  if (type === "string") return { zh: `字符串 ${JSON.stringify(value)}`, en: `the string ${JSON.stringify(value)}` };
  if (type === "number" || type === "boolean" || type === "bigint") return { zh: `${type} ${String(value)}`, en: `the ${type} ${String(value)}` };
  if (type === "undefined") return { zh: "undefined（未给出）", en: "undefined (not given)" };
  return { zh: type === "object" ? "对象" : type, en: type === "object" ? "an object" : `a ${type}` };
}

/**
 * Throws `invalid_argument` naming `field` (e.g. `document.claims`) unless `ok`: `expected` says what it must be, the
 * message says what `value` was, `hint` (starting with its own punctuation) what to do; `facts` are `argument` (the
 * field's first name) and `field`.
 */
export function checkArgument(ok: boolean, field: string, expected: Message, value: unknown, hint?: Message): void {
  if (ok) return;
  const got = shown(value);
  assert(false, "invalid_argument", { zh: `${field} 应为${expected.zh}，而不是${got.zh}${hint?.zh ?? ""}`, en: `${field} must be ${expected.en}, not ${got.en}${hint?.en ?? ""}` }, { argument: field.split(/[.[]/)[0] as string, field });
}

/** Whether `value` is an object that is not null and not an array. */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** `field` followed by a parser issue's path: `grants[0].level`, `grants[0].payee.id`. */
function pathOf(field: string, path: readonly (string | number)[]): string {
  let out = field;
  for (const step of path) out += typeof step === "number" ? `[${step}]` : `.${step}`;
  return out;
}

/**
 * Throws `invalid_argument` unless `result` (what a parser — `parseGrant`, … — made of `value`) is ok: the field named
 * is `field` followed by the first issue's path (`grants[0].level`), the message the parser's own words and what was
 * there. The parser's rules are the only copy of the rules: this only reports them.
 */
export function checkParsed<T>(result: Result<T>, field: string, value: unknown, parser: string): T {
  if (result.ok) return result.value;
  const issue = result.issues[0];
  const path = issue?.path ?? [];
  let got: unknown = value;
  for (const step of path) got = isObject(got) || Array.isArray(got) ? (got as Record<string | number, unknown>)[step] : undefined;
  checkArgument(false, pathOf(field, path), { zh: `${parser} 所接受的值（${issue?.message.zh ?? ""}）`, en: `what ${parser} accepts (${issue?.message.en ?? ""})` }, got);
  return undefined as never;
}

const POLICY: Message = { zh: "政策（由 jiaxingPolicy、nationalPolicy、buildPolicy 等返回）", en: "a policy (as jiaxingPolicy, nationalPolicy, buildPolicy… return one)" };
const PARSED: Message = { zh: "，请先用 parseClaimsDocument 解析文档，并传入其结果的 value.document", en: "; parse the document with parseClaimsDocument first and pass its result's value.document" };

/** Throws `invalid_argument` unless `value` has what the engine reads of a policy (its layers and chains). */
export function checkPolicy(value: unknown, field = "policy"): void {
  const ok = isObject(value) && Array.isArray(value["layers"]) && value["measures"] instanceof Map && value["ruleChains"] instanceof Map && value["parameterChains"] instanceof Map && value["extensionChains"] instanceof Map;
  // A document given where the policy goes: the two swapped.
  const swapped = isObject(value) && "claims" in value;
  checkArgument(ok, field, POLICY, value, swapped ? { zh: "（这像是申请文档：政策在前，文档在后）", en: " (this looks like a claims document: the policy comes first, then the document)" } : undefined);
}

const RECORD_MAPS = ["trainees", "courses", "certificates", "enterprises", "apprenticeships"] as const;

/**
 * Throws `invalid_argument` unless `value` is shaped as `parseClaimsDocument` returns a document: its records by id in
 * Maps, its claims and prior ledger as arrays of objects, its records set aside as arrays when given.
 */
export function checkDocument(value: unknown, field = "document"): void {
  checkArgument(isObject(value), field, { zh: "解析后的申请文档（对象）", en: "a parsed claims document (an object)" }, value, PARSED);
  const document = value as Record<string, unknown>;
  for (const key of RECORD_MAPS) checkArgument(document[key] instanceof Map, `${field}.${key}`, { zh: "按 id 索引的 Map", en: "a Map by id" }, document[key], PARSED);
  for (const key of ["claims", "ledger"] as const) {
    const list = document[key];
    checkArgument(Array.isArray(list), `${field}.${key}`, { zh: "数组", en: "an array" }, list, PARSED);
    const items = list as readonly unknown[];
    for (let i = 0; i < items.length; i++) if (!isObject(items[i])) checkArgument(false, `${field}.${key}[${i}]`, { zh: "记录（对象）", en: "a record (an object)" }, items[i]);
  }
  for (const key of ["unreadGrants", "unreadCertificates"] as const) checkArgument(document[key] === undefined || Array.isArray(document[key]), `${field}.${key}`, { zh: "数组或不给出", en: "an array or absent" }, document[key]);
}

const SET_FIELDS = ["conflicting", "reportedElsewhere", "paid", "unreadClaimOnly", "grantIds", "claimIds"] as const;
const MAP_FIELDS = ["unread", "unreadTrainees"] as const;

/**
 * Throws `invalid_argument` unless `value` is options the deciding functions take: absent, or an object whose `on` is
 * a civil date `YYYY-MM-DD` that exists, whose `trace` is a boolean, and (a batch's) whose `elsewhere` holds Sets and
 * Maps as {@link ClaimsElsewhere} says. `order` is checked where it is read.
 */
export function checkOptions(value: unknown, batch: boolean, field = "options"): void {
  if (value === undefined) return;
  checkArgument(isObject(value), field, { zh: "对象或不给出", en: "an object or absent" }, value);
  const options = value as Record<string, unknown>;
  checkArgument(options["on"] === undefined || isCivilDate(options["on"]), `${field}.on`, { zh: "存在的日期 YYYY-MM-DD 或不给出", en: "a date YYYY-MM-DD that exists, or absent" }, options["on"]);
  checkArgument(options["trace"] === undefined || typeof options["trace"] === "boolean", `${field}.trace`, { zh: "true、false 或不给出", en: "true, false or absent" }, options["trace"]);
  if (!batch) return;
  const elsewhere = options["elsewhere"];
  if (elsewhere === undefined) return;
  checkArgument(isObject(elsewhere), `${field}.elsewhere`, { zh: "对象或不给出", en: "an object or absent" }, elsewhere);
  const facts = elsewhere as Record<string, unknown>;
  for (const key of SET_FIELDS) checkArgument(facts[key] === undefined || facts[key] instanceof Set, `${field}.elsewhere.${key}`, { zh: "Set 或不给出", en: "a Set or absent" }, facts[key]);
  for (const key of MAP_FIELDS) checkArgument(facts[key] === undefined || facts[key] instanceof Map, `${field}.elsewhere.${key}`, { zh: "Map 或不给出", en: "a Map or absent" }, facts[key]);
}

/** Throws `invalid_argument` unless `value` is a claim's input: an object with the claim and its trainee as objects, and a ledger. */
export function checkClaimInput(value: unknown, field = "input"): void {
  checkArgument(isObject(value), field, { zh: "申请的输入（含 claim 与 trainee 的对象）", en: "a claim's input (an object with claim and trainee)" }, value);
  const input = value as Record<string, unknown>;
  for (const key of ["claim", "trainee"] as const) checkArgument(isObject(input[key]), `${field}.${key}`, { zh: "记录（对象）", en: "a record (an object)" }, input[key]);
  const ledger = input["ledger"];
  checkArgument(isObject(ledger) && typeof ledger["grantsOf"] === "function", `${field}.ledger`, { zh: "账本（无则用 Ledger.empty）", en: "a ledger (Ledger.empty for none)" }, ledger);
  for (const key of ["course", "certificate", "enterprise", "apprenticeship"] as const) checkArgument(input[key] === undefined || isObject(input[key]), `${field}.${key}`, { zh: "记录（对象）或不给出", en: "a record (an object) or absent" }, input[key]);
}
