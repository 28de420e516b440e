import { assert } from "./core/assert.js";
import type { Message, Result } from "./core/issues.js";
import { isCivilDate } from "./core/date.js";
import type { SchemaNode } from "./records/validator.js";
import { parseWith } from "./records/parse.js";
import { apprenticeship, certificate, claim, course, enterprise, trainee } from "./records/generated/validators.js";

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
  assert(false, "invalid_argument", { zh: `${field} 应为${expected.zh}，而不是${got.zh}${hint?.zh ?? ""}`, en: `${field} must be ${expected.en}, not ${got.en}${hint?.en ?? ""}` }, { argument: argumentOf(field), field });
}

/** The argument a field path starts with: `catalogue` of `catalogue[1].entries[0].standard`. */
const argumentOf = (field: string): string => field.split(/[.[]/)[0] as string;

/** A field path and an issue's path joined: `catalogue[1]` and `["entries", 0, "standard"]` → `catalogue[1].entries[0].standard`. */
export const fieldPath = (field: string, path: readonly (string | number)[]): string => path.reduce<string>((at, key) => (typeof key === "number" ? `${at}[${key}]` : `${at}.${key}`), field);

/** Whether `value` is a `Result` (`{ ok, value }` or `{ ok, issues }`), handed over where its value goes. */
export const isResult = (value: unknown): boolean => isObject(value) && typeof value["ok"] === "boolean" && ("value" in value || "issues" in value);

/**
 * Throws `invalid_argument` unless `result` (what a parser made of the argument `field`) is ok: the error names the
 * field the parser's first issue names (`field` followed by its path), its code and its message; `expected` says what
 * the argument must be. A `Result` given where its value goes is told so.
 */
export function checkParsed(result: Result<unknown>, field: string, expected: Message, value: unknown): void {
  if (result.ok) return;
  const first = result.issues[0];
  const where = fieldPath(field, first?.path ?? []);
  const hint: Message = isResult(value)
    ? { zh: "（这是解析函数的结果 Result：请在 ok 为 true 时传入其 value）", en: " (this is a parser's Result: pass its value when ok is true)" }
    : { zh: `：${first?.code}——${first?.message.zh}`, en: `: ${first?.code} — ${first?.message.en}` };
  assert(false, "invalid_argument", { zh: `${where}：${field} 应为${expected.zh}${hint.zh}`, en: `${where}: ${field} must be ${expected.en}${hint.en}` }, { argument: argumentOf(field), field: where, ...(first === undefined ? {} : { code: first.code }) });
}

/** Whether `value` is an object that is not null and not an array. */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

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

const OBJECT_OR_ABSENT: Message = { zh: "对象或不给出", en: "an object or absent" };
const SET_FIELDS = ["conflicting", "reportedElsewhere", "paid", "unreadClaimOnly", "grantIds", "claimIds"] as const;
const MAP_FIELDS = ["unread", "unreadTrainees"] as const;

/**
 * Throws `invalid_argument` unless `value` is options the deciding functions take: absent, or an object whose `on` is
 * a civil date `YYYY-MM-DD` that exists and whose `trace` is a boolean. `order` is checked where it is read.
 */
export function checkOptions(value: unknown, field = "options"): void {
  if (value === undefined) return;
  checkArgument(isObject(value), field, OBJECT_OR_ABSENT, value);
  const options = value as Record<string, unknown>;
  checkArgument(options["on"] === undefined || isCivilDate(options["on"]), `${field}.on`, { zh: "存在的日期 YYYY-MM-DD 或不给出", en: "a date YYYY-MM-DD that exists, or absent" }, options["on"]);
  checkArgument(options["trace"] === undefined || typeof options["trace"] === "boolean", `${field}.trace`, { zh: "true、false 或不给出", en: "true, false or absent" }, options["trace"]);
}

/**
 * {@link checkOptions} of a batch's options, whose `elsewhere` also holds Sets and Maps as {@link ClaimsElsewhere} says
 * (a function apart, so that a bundle deciding one claim does not carry it).
 */
export function checkBatchOptions(value: unknown, field = "options"): void {
  checkOptions(value, field);
  const elsewhere = (value as Record<string, unknown> | undefined)?.["elsewhere"];
  if (elsewhere === undefined) return;
  checkArgument(isObject(elsewhere), `${field}.elsewhere`, OBJECT_OR_ABSENT, elsewhere);
  const facts = elsewhere as Record<string, unknown>;
  for (const key of SET_FIELDS) checkArgument(facts[key] === undefined || facts[key] instanceof Set, `${field}.elsewhere.${key}`, { zh: "Set 或不给出", en: "a Set or absent" }, facts[key]);
  for (const key of MAP_FIELDS) checkArgument(facts[key] === undefined || facts[key] instanceof Map, `${field}.elsewhere.${key}`, { zh: "Map 或不给出", en: "a Map or absent" }, facts[key]);
}

const INPUT_RECORDS: readonly (readonly ["claim" | "trainee" | "course" | "certificate" | "enterprise" | "apprenticeship", SchemaNode])[] = [
  ["claim", claim],
  ["trainee", trainee],
  ["course", course],
  ["certificate", certificate],
  ["enterprise", enterprise],
  ["apprenticeship", apprenticeship],
];

/**
 * Throws `invalid_argument` unless a claim's input is one a batch could give: each record valid as its parser reads it
 * (a course's attended days within its span, dates that exist), the trainee the claim's, and the course, certificate and
 * apprenticeship the claim names — {@link evaluateClaim} reads the records as given, so a course of 7 days with 70 attended
 * was paid 70 days, and a claim naming course C9 was paid on the course given (cold review 110 F6). A claim naming no
 * course may be given its certificate's (as a batch gives it: reading certificate-names-its-course).
 */
export function checkClaimRecords(input: Record<string, unknown>, field = "input"): void {
  for (const [key, node] of INPUT_RECORDS) {
    const record = input[key];
    if (record === undefined) continue;
    checkParsed(parseWith(node, record), `${field}.${key}`, { zh: `${key} 记录（其解析函数所接受的）`, en: `a ${key} record its parser accepts` }, record);
  }
  const named = input["claim"] as Record<string, unknown>;
  const sameId = (key: string, claimKey: string) => {
    const record = input[key] as Record<string, unknown> | undefined;
    const id = named[claimKey];
    if (record === undefined || id === undefined || record["id"] === id) return;
    const at = `${field}.${key}.id`;
    assert(false, "invalid_argument", { zh: `${at} 应为申请所指的 ${String(id)}（claim.${claimKey}），而不是 ${String(record["id"])}`, en: `${at} must be ${String(id)}, the record the claim names (claim.${claimKey}), not ${String(record["id"])}` }, { argument: field, field: at });
  };
  sameId("trainee", "traineeId");
  sameId("course", "courseId");
  sameId("certificate", "certificateId");
  sameId("apprenticeship", "apprenticeshipId");
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
