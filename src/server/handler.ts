/**
 * The web service as one Fetch handler: a standard `Request` in, a `Response` out. The
 * Node server (`node.ts`) feeds it from `node:http`; an integrator can mount the same
 * handler in any runtime or framework that speaks Fetch (Deno.serve, Bun.serve, a Cloudflare
 * or Vercel edge function, Hono, a Next.js route handler…).
 *
 * Edge-ready: this module and everything it imports are browser-safe — no Node built-in,
 * no file read, no process signal (test/server-edge.test.ts bundles it for a neutral
 * platform and fails if one is reached). The provision catalogue (passages and summaries) is
 * compiled in (src/law/provisionTexts.ts); the Node listener, SIGTERM and reading files stay
 * in `node.ts` and the command line.
 *
 * It decides through the library's public API only: `parseClaimsDocument`, `decideBatch`,
 * `reformAll` and `compare`, `listParameters`, the JSON Schemas of the records. Every
 * answer is JSON; every error is a body with a status, a code, the message in Chinese
 * and English and the field paths at fault — never a stack trace.
 */
import type { BatchOptions, CivilDate, ClaimsDocument, Decision, Grant, InvalidRecord, ParameterEntry, ParsedClaimsDocument, Policy, RuleEntry, ValidationIssue, WrittenDecision } from "../index.js";
import type { SubsidyCatalogue } from "../records/catalogue.js";
import { amount, decideBatch, documents, isCivilDate, parseClaimsDocument, parseSubsidyCatalogue, POLICIES, PROVISION_CLAUSES, SkillsSubsidyError, subsidyCatalogue, toYuan, traceTables, validationIssue, VERSION, withCatalogue, writtenDecision } from "../index.js";
import { catalogueSourceFor } from "../jurisdictions/catalogueSource.js";
import { compare, listParameters, patchJsonSchema, policyProvisions, reformAll, scenarioJsonSchema } from "../reform/index.js";
import { claimsDocumentJsonSchema, otherJsonSchema, progressDocumentJsonSchema, recordJsonSchema, recordSchemas } from "../schemas/index.js";
import { PROVISION_TEXTS } from "../law/provisionTexts.js";
import { explainText } from "../text/explain.js";
import { duplicateKey, jsonErrorOffset } from "../text/json.js";
import { notUtf8At } from "../text/utf8.js";
import { canonicalJson } from "../core/layer.js";
import { checkArgument } from "../arguments.js";
import { Certificate } from "../schemas/index.js";
import type { ErrorBody } from "./errors.js";
import { HttpError, inputError, issuesError, serviceError } from "./errors.js";
import { openApiDocument } from "./openapi.js";
import { ClaimInputBody } from "./schemas.js";
import * as z from "zod";

/** The limits of one request. */
export interface ServerLimits {
  /** Bytes of a request body. */
  readonly maxBodyBytes: number;
  /** Claims in one request (a document's `claims`, a diff's population). */
  readonly maxClaims: number;
  /** Milliseconds one request may spend deciding. */
  readonly timeLimitMs: number;
}

/** The default limits: a 16 MiB body (the command line's limit for a JSON document), 10,000 claims, 30 seconds. */
export const SERVER_LIMITS: ServerLimits = { maxBodyBytes: 16 * 1024 * 1024, maxClaims: 10_000, timeLimitMs: 30_000 };

/** One provision of the catalogue (law/provisions.json). */
export interface ProvisionEntry {
  readonly id: string;
  readonly document: string;
  readonly clause: string;
  readonly kind?: string;
  /** The catalogue's English summary: a paraphrase, not the text. */
  readonly summary?: string;
  /** The passage of the text the provision stands for, verbatim (white space removed). */
  readonly passage?: string;
  /** Further passages, where one span does not carry the provision. */
  readonly otherPassages?: readonly string[];
}

/** The catalogue compiled into the library (src/law/provisionTexts.ts, generated from law/provisions.json). */
function builtInProvisions(): ProvisionEntry[] {
  return Object.entries(PROVISION_CLAUSES).map(([id, clause]) => {
    const text = PROVISION_TEXTS[id as keyof typeof PROVISION_TEXTS];
    return {
      id,
      document: id.slice(0, id.indexOf(".")),
      clause,
      kind: text.kind,
      summary: text.summary,
      passage: text.passage,
      ...(text.otherPassages === undefined ? {} : { otherPassages: text.otherPassages }),
    };
  });
}

/** Options of {@link createHandler}. */
export interface HandlerOptions {
  /** Limits per request (defaults: {@link SERVER_LIMITS}). */
  readonly limits?: Partial<ServerLimits>;
  /** An origin allowed to call the service from a browser (`*` for any); none by default (no CORS headers). */
  readonly cors?: string;
  /**
   * The subsidy catalogue each policy's training subsidy is priced with, by the id the service
   * knows the policy by (`?policy=`): one edition or several (each in force from its
   * `effectiveFrom`), parsed with `parseSubsidyCatalogue`, put where the command line's
   * `--catalogue` puts it. Without one a policy prices no training subsidy
   * (`no_local_standard`: jx2019 五(十一) and gbf2019 §(十二) leave the standards to the city's
   * catalogue). `skills-subsidy serve --catalogue [<policy>=]<file>` fills it.
   * @throws SkillsSubsidyError (`invalid_argument`, naming `catalogues.<id>` and the field within)
   * from {@link createHandler} for an id the service does not serve, an empty list of editions, an
   * edition `parseSubsidyCatalogue` refuses, or a policy with no catalogue slot.
   */
  readonly catalogues?: Readonly<Record<string, SubsidyCatalogue | readonly SubsidyCatalogue[]>>;
  /** The provision catalogue `GET /provisions` serves; by default the one compiled into the library (law/provisions.json: kinds, summaries, passages). */
  readonly provisions?: readonly ProvisionEntry[];
  /** True once the server is shutting down: `/health` says so. */
  readonly shuttingDown?: () => boolean;
  /** Called with an unexpected error (the response is a 500 without its details). */
  readonly onError?: (error: unknown, request: Request) => void;
}

/** The policy a request that names none (`?policy=`) is decided with. */
export const DEFAULT_POLICY = "jiaxing-2019";

/** A Fetch handler. */
export type Handler = (request: Request) => Promise<Response>;

const JSON_TYPE = "application/json; charset=utf-8";

type Query = URLSearchParams;

/** A route: its methods and what it does. */
interface Route {
  readonly methods: readonly ("GET" | "POST")[];
  readonly run: (request: Request, query: Query, context: Context) => Promise<unknown> | unknown;
}

interface Context {
  readonly limits: ServerLimits;
  readonly deadline: number;
  readonly policy: (query: Query) => Policy;
}

/** A step of the event loop, so a long batch lets other requests, signals and timers in. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Query parameters each path accepts (any other is a 400, so a misspelt one is not silently ignored). */
const QUERY: Readonly<Record<string, readonly string[]>> = {
  "/evaluate": ["policy", "on", "trace", "order"],
  "/explain": ["policy", "on", "claim", "lang"],
  "/diff": ["policy", "on"],
  "/parameters": ["policy", "on"],
};

function queryError(name: string, zh: string, en: string): HttpError {
  const error = serviceError(400, "invalid_query", { name, zh, en });
  return new HttpError({ ...error.body, issues: [{ path: ["query", name], code: "invalid_query", message: error.body.message }] });
}

function checkQuery(path: string, query: Query): void {
  const allowed = QUERY[path] ?? [];
  for (const name of new Set(query.keys())) {
    if (!allowed.includes(name)) throw queryError(name, `不认识此参数（可用：${allowed.join("、") || "无"}）`, `not a parameter of this path (known: ${allowed.join(", ") || "none"})`);
    if (query.getAll(name).length > 1) throw queryError(name, "只能给一次", "given more than once");
  }
}

function dateOf(query: Query): CivilDate | undefined {
  const on = query.get("on");
  if (on === null) return undefined;
  if (!isCivilDate(on)) {
    const issue = validationIssue(["query", "on"], "invalid_date");
    throw new HttpError({ status: 400, code: "invalid_date", message: issue.message, issues: [issue] });
  }
  return on;
}

function flagOf(query: Query, name: string, fallback: boolean): boolean {
  const value = query.get(name);
  if (value === null) return fallback;
  if (value === "true") return true;
  if (value === "false") return false;
  throw queryError(name, "应为 true 或 false", "must be true or false");
}

/** `order=judged|trainee`: the order of the decisions (the library's `BatchOptions.order`). */
function orderOf(query: Query): NonNullable<BatchOptions["order"]> {
  const value = query.get("order");
  if (value === null || value === "judged") return "judged";
  if (value === "trainee") return "trainee";
  throw queryError("order", "应为 judged 或 trainee", "must be judged or trainee");
}

function langOf(query: Query): "zh" | "en" {
  const value = query.get("lang");
  if (value === null || value === "zh") return "zh";
  if (value === "en") return "en";
  throw queryError("lang", "应为 zh 或 en", "must be zh or en");
}

/** Reads the body as text, held to the byte limit as it arrives. */
async function readBody(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) throw inputError(413, "input_too_large", { limit });
  if (request.body === null) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      reader.releaseLock();
      throw inputError(413, "input_too_large", { limit });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // as the command line says it: the byte where the text stops being UTF-8 (a body saved as GBK, say)
    throw inputError(400, "not_utf8", { offset: Math.max(0, notUtf8At(bytes)) });
  }
}

/** The body as JSON: not JSON, or a key given twice in one object, is a 400 naming where. */
async function readJson(request: Request, limits: ServerLimits): Promise<unknown> {
  const text = await readBody(request, limits.maxBodyBytes);
  if (text.trim() === "") throw inputError(400, "not_json", { detail: "the body is empty" });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const offset = new TextEncoder().encode(text.slice(0, jsonErrorOffset(text))).byteLength;
    throw inputError(400, "not_json", { detail: `at byte ${offset}` });
  }
  const dup = duplicateKey(text, value);
  if (dup !== null) throw inputError(400, "duplicate_key", { key: JSON.stringify(dup.key) }, dup.path);
  return value;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Issues that say records do not fit together (each is valid on its own): a 422, where any other issue is a 400. */
const INCONSISTENT: ReadonlySet<string> = new Set(["unknown_reference", "reference_mismatch", "duplicate_id", "submitted_before_basis", "born_after_basis", "certificate_before_training"]);

/** The collection of a claims document each field of a one-claim body goes to. */
const SINGLE: Readonly<Record<string, string>> = {
  claim: "claims",
  trainee: "trainees",
  course: "courses",
  certificate: "certificates",
  enterprise: "enterprises",
  apprenticeship: "apprenticeships",
  ledger: "ledger",
  traineeCertificates: "certificates",
};
/** True when `a` and `b` are one valid certificate, key order aside. */
function sameCertificate(a: unknown, b: unknown): boolean {
  return b !== undefined && Certificate.safeParse(a).success && Certificate.safeParse(b).success && canonicalJson(a) === canonicalJson(b);
}

/** The fields of a one-claim body that are lists (the others are one record each). */
const LISTS: ReadonlySet<string> = new Set(["ledger", "traineeCertificates"]);

/** A parsed input: the document and the records set aside. */
interface Input {
  readonly single: boolean;
  readonly document: ClaimsDocument;
  readonly invalid: readonly InvalidRecord[];
}

function tooManyClaims(raw: unknown, limit: number, prefix: readonly (string | number)[]): void {
  if (isObject(raw) && Array.isArray(raw["claims"]) && raw["claims"].length > limit) throw inputError(413, "too_many_records", { limit }, [...prefix, "claims"]);
}

/** A claims document, or the 400 naming what is wrong with it as a whole. */
function parseDocument(raw: unknown, limits: ServerLimits, prefix: readonly (string | number)[]): ParsedClaimsDocument {
  tooManyClaims(raw, limits.maxClaims, prefix);
  const parsed = parseClaimsDocument(raw);
  if (!parsed.ok) throw issuesError(400, parsed.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })));
  return parsed.value;
}

/**
 * The input of /evaluate and /explain: one claim with its records (`{ claim, trainee, … }`)
 * or a claims document (`{ claims, … }`). One claim is all or nothing: an invalid field
 * is a 400, records that do not fit together a 422. A document decides what it can and
 * reports the rest in `invalid`, as the library and the command line do.
 */
function parseInput(body: unknown, limits: ServerLimits): Input {
  if (isObject(body) && Object.hasOwn(body, "claim") && !Object.hasOwn(body, "claims")) {
    const unknown = Object.keys(body).filter((k) => !Object.hasOwn(SINGLE, k) && !(k === "$schema" && typeof body[k] === "string"));
    if (unknown.length > 0) {
      throw issuesError(
        400,
        unknown.map((k) => ({ path: [k], code: "unrecognized_keys", message: { zh: `不认识的字段 ${JSON.stringify(k)}`, en: `unrecognized field ${JSON.stringify(k)}` } })),
      );
    }
    const issues: ValidationIssue[] = [];
    // Named in both languages (cold review 78 F5: “无效输入” / "invalid input" said neither what nor where).
    if (!Object.hasOwn(body, "trainee")) issues.push({ path: ["trainee"], code: "invalid_type", message: { zh: "缺少必填字段 trainee（申请人的记录）", en: "trainee is required (the claimant's record)" } });
    for (const field of LISTS) if (Object.hasOwn(body, field) && !Array.isArray(body[field])) issues.push({ path: [field], code: "invalid_type", message: { zh: `${field} 应为列表`, en: `${field} must be a list` } });
    if (issues.length > 0) throw issuesError(400, issues);
    // Each collection's records, and where each came from in the body (a field, or a field and an index).
    const raw: Record<string, unknown[]> = {};
    const from: Record<string, (string | number)[][]> = {};
    const put = (collection: string, record: unknown, at: (string | number)[]) => {
      (raw[collection] ??= []).push(record);
      (from[collection] ??= []).push(at);
    };
    for (const [field, collection] of Object.entries(SINGLE)) {
      if (!Object.hasOwn(body, field)) continue;
      if (!LISTS.has(field)) put(collection, body[field], [field]);
      else (body[field] as unknown[]).forEach((record, index) => {
        // The trainee's certificates may hold the claim's own (as ClaimInput.traineeCertificates does): the same
        // record is one record. Compared only once both are valid certificates (no deep value is walked).
        if (field === "traineeCertificates" && sameCertificate(record, body["certificate"])) return;
        put(collection, record, [field, index]);
      });
    }
    raw["claims"] ??= [];
    raw["trainees"] ??= [];
    const parsed = parseClaimsDocument(raw);
    if (!parsed.ok) throw issuesError(400, parsed.issues);
    if (parsed.value.invalid.length > 0) {
      const all = parsed.value.invalid.flatMap((r) => {
        const at = from[r.collection]?.[r.index] ?? [r.collection, r.index];
        return r.issues.map((i) => ({ ...i, path: [...at, ...i.path.slice(i.path[0] === r.collection ? 2 : 0)] }));
      });
      // A field's own fault heads the answer, before what follows from it (a claim naming a trainee set aside for a field is
      // an unknown reference): cold review 78 F4, a null residenceRegion was headlined “找不到所引用的记录 P”.
      const faults = all.filter((i) => !INCONSISTENT.has(i.code));
      throw issuesError(faults.length === 0 ? 422 : 400, faults.length === 0 ? all : [...faults, ...all.filter((i) => INCONSISTENT.has(i.code))]);
    }
    return { single: true, document: parsed.value.document, invalid: [] };
  }
  const parsed = parseDocument(body, limits, []);
  return { single: false, document: parsed.document, invalid: parsed.invalid };
}

/** Decides a batch as the library does, yielding to the event loop now and then and stopping at the deadline; `until` stops after that claim. */
async function decide(policy: Policy, document: ClaimsDocument, options: { on?: CivilDate; trace: boolean; order?: BatchOptions["order"]; until?: string }, context: Context, grants?: Grant[]): Promise<Decision[]> {
  const decisions: Decision[] = [];
  const steps = decideBatch(policy, document, { ...(options.on === undefined ? {} : { on: options.on }), trace: options.trace, order: options.order ?? "judged" });
  let last = performance.now();
  for (const step of { [Symbol.iterator]: () => steps }) {
    decisions.push(step.decision);
    if (grants !== undefined && step.grant !== null) grants.push(step.grant);
    if (options.until !== undefined && step.decision.claimId === options.until) break;
    const now = performance.now();
    if (now > context.deadline) throw serviceError(503, "time_limit_exceeded", { limit: context.limits.timeLimitMs });
    if (now - last > 20) {
      await tick();
      last = performance.now();
    }
  }
  return decisions;
}

/**
 * Decisions as a response writes them (as `evaluate --format json` does): each trace
 * names its rule and parameter entries by key, and the tables hold each entry once.
 */
function writeOut(decisions: readonly Decision[]): { written: WrittenDecision[]; parameters: Record<string, ParameterEntry>; rules: Record<string, RuleEntry> } {
  const tables = traceTables();
  const written = decisions.map((d) => writtenDecision(d, tables));
  return { written, parameters: Object.fromEntries(tables.parameters), rules: Object.fromEntries(tables.rules) };
}

/** The totals `evaluate --format json` writes. */
function summaryOf(decisions: readonly Decision[], invalid: number) {
  let total = amount(0);
  const count = { granted: 0, denied: 0, undecidable: 0 };
  let conflicts = 0;
  for (const d of decisions) {
    count[d.outcome] += 1;
    if (d.outcome === "granted" && d.amount !== null) total = total.plus(amount(d.amount));
    if (d.reasons.some((r) => r.code === "claim_conflict")) conflicts += 1;
  }
  return { claims: decisions.length, ...count, total: toYuan(total), conflicts, invalid };
}

/** The JSON Schemas `GET /schemas/{name}` serves, by name. */
function schemaCatalogue(): Record<string, () => Record<string, unknown>> {
  const out: Record<string, () => Record<string, unknown>> = {};
  for (const name of Object.keys(recordSchemas) as (keyof typeof recordSchemas)[]) out[name] = () => recordJsonSchema(name);
  out["subsidyCatalogue"] = () => otherJsonSchema("subsidyCatalogue");
  out["educationFundFigures"] = () => otherJsonSchema("educationFundFigures");
  out["claims-document"] = () => claimsDocumentJsonSchema();
  out["claim-input"] = () => z.toJSONSchema(ClaimInputBody, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  out["patch"] = () => patchJsonSchema();
  out["scenario"] = () => scenarioJsonSchema();
  out["progress-document"] = () => progressDocumentJsonSchema();
  return out;
}

/** The names `GET /schemas/{name}` knows. */
export const SCHEMA_NAMES: readonly string[] = Object.keys(schemaCatalogue());

/**
 * The CORS headers of an answer to a request from `origin`, under the service's `cors` option (none, `*`, or the one
 * origin allowed): the handler's answers and the Node listener's own (413, 408, 503, 500) carry the same, so a browser
 * page can read every error (review 49).
 * @example corsHeadersFor("https://gov.example", "https://gov.example") // → {"access-control-allow-origin":"https://gov.example","vary":"Origin"}
 * @example corsHeadersFor(undefined, "https://gov.example") // → {}
 */
export function corsHeadersFor(cors: string | undefined, origin: string | null): Record<string, string> {
  if (cors === undefined) return {};
  if (cors === "*") return { "access-control-allow-origin": "*" };
  return origin === cors ? { "access-control-allow-origin": origin, vary: "Origin" } : { vary: "Origin" };
}

const HANDLER_OPTIONS: ReadonlySet<string> = new Set(["limits", "cors", "catalogues", "provisions", "shuttingDown", "onError"] satisfies (keyof HandlerOptions)[]);
const LIMIT_KEYS: ReadonlySet<string> = new Set(Object.keys(SERVER_LIMITS));

/**
 * `createHandler`'s options, checked before the service is made (cold review 110 F9, F12): a misspelt key (`catalogue`
 * for `catalogues`, `maxClaim`) was ignored, and a limit NaN switched the limit off.
 */
function checkHandlerOptions(options: unknown): void {
  checkArgument(isObject(options), "options", { zh: "选项对象或不给出", en: "an options object or absent" }, options);
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) checkArgument(HANDLER_OPTIONS.has(key), `options.${key}`, { zh: `不给出：选项只有 ${[...HANDLER_OPTIONS].join("、")}`, en: `absent: the options are ${[...HANDLER_OPTIONS].join(", ")}` }, o[key]);
  const limits = o["limits"];
  if (limits !== undefined) {
    checkArgument(isObject(limits), "options.limits", { zh: "对象或不给出", en: "an object or absent" }, limits);
    for (const [key, value] of Object.entries(limits as Record<string, unknown>)) {
      checkArgument(LIMIT_KEYS.has(key), `options.limits.${key}`, { zh: `不给出：限额只有 ${[...LIMIT_KEYS].join("、")}`, en: `absent: the limits are ${[...LIMIT_KEYS].join(", ")}` }, value);
      checkArgument(value === undefined || (Number.isSafeInteger(value) && (value as number) >= 0), `options.limits.${key}`, { zh: "非负整数或不给出", en: "a whole number 0 or more, or absent" }, value);
    }
  }
  checkArgument(o["cors"] === undefined || typeof o["cors"] === "string", "options.cors", { zh: "字符串或不给出", en: "a string or absent" }, o["cors"]);
  checkArgument(o["catalogues"] === undefined || isObject(o["catalogues"]), "options.catalogues", { zh: "按政策编号索引的目录（对象）或不给出", en: "the catalogues by policy id (an object) or absent" }, o["catalogues"]);
  for (const key of ["shuttingDown", "onError"] as const) checkArgument(o[key] === undefined || typeof o[key] === "function", `options.${key}`, { zh: "函数或不给出", en: "a function or absent" }, o[key]);
}

/**
 * Makes the web service's Fetch handler.
 * @example
 * const handler = createHandler();
 * const response = await handler(new Request("http://localhost/health"));
 * response.status // → 200
 * @throws SkillsSubsidyError `invalid_argument` naming the option when `options` is not an object, has a key
 * `HandlerOptions` does not (`catalogue` for `catalogues`), a limit that is not a whole number 0 or more (NaN, -1), or a
 * catalogue the service cannot use (see `HandlerOptions.catalogues`).
 */
export function createHandler(options: HandlerOptions = {}): Handler {
  checkHandlerOptions(options);
  const limits: ServerLimits = { ...SERVER_LIMITS, ...options.limits };
  const policies = new Map<string, Policy>();
  // The policies given a catalogue, made now, so a catalogue that cannot be used stops the service before it serves.
  for (const [id, catalogue] of Object.entries(options.catalogues ?? {})) {
    if (!Object.hasOwn(POLICIES, id)) {
      throw new SkillsSubsidyError("invalid_argument", { zh: `catalogues：服务没有编号为 ${id} 的政策（可用：${Object.keys(POLICIES).join("、")}）`, en: `catalogues: the service serves no policy ${id} (known: ${Object.keys(POLICIES).join(", ")})` }, { facts: { argument: `catalogues.${id}` } });
    }
    const editions = Array.isArray(catalogue) ? (catalogue as readonly SubsidyCatalogue[]) : [catalogue as SubsidyCatalogue];
    if (editions.length === 0) {
      throw new SkillsSubsidyError("invalid_argument", { zh: `catalogues.${id}：没有给出目录版本`, en: `catalogues.${id}: no catalogue edition given` }, { facts: { argument: `catalogues.${id}` } });
    }
    // Each edition checked as the command line checks a --catalogue file: a caller's JavaScript may hand anything over.
    for (const [i, edition] of editions.entries()) {
      const parsed = parseSubsidyCatalogue(edition);
      if (parsed.ok) continue;
      const first = parsed.issues[0];
      const where = [`catalogues.${id}`, ...(Array.isArray(catalogue) ? [String(i)] : []), ...(first?.path ?? []).map(String)].join(".");
      throw new SkillsSubsidyError("invalid_argument", { zh: `${where}：不是补贴目录：${first?.code}——${first?.message.zh}`, en: `${where}: not a subsidy catalogue: ${first?.code} — ${first?.message.en}` }, { facts: { argument: where } });
    }
    const base = (POLICIES[id] as () => Policy)();
    if (base.parameter(subsidyCatalogue.id) === undefined) {
      throw new SkillsSubsidyError("invalid_argument", { zh: `catalogues.${id}：政策 ${id} 没有补贴目录（${subsidyCatalogue.id}），目录对它不适用`, en: `catalogues.${id}: policy ${id} has no subsidy catalogue (${subsidyCatalogue.id}); a catalogue does not apply to it` }, { facts: { argument: `catalogues.${id}` } });
    }
    policies.set(id, withCatalogue(base, editions, catalogueSourceFor(base)));
  }
  const policyOf = (id: string): Policy => {
    let policy = policies.get(id);
    if (policy === undefined) {
      const make = POLICIES[id] as () => Policy;
      policy = make();
      policies.set(id, policy);
    }
    return policy;
  };
  const pickPolicy = (query: Query): Policy => {
    const id = query.get("policy") ?? DEFAULT_POLICY;
    if (!Object.hasOwn(POLICIES, id)) throw inputError(400, "unknown_policy", { policy: id, known: Object.keys(POLICIES).join(", ") }, ["query", "policy"]);
    return policyOf(id);
  };
  const schemas = schemaCatalogue();
  const schemaCache = new Map<string, Record<string, unknown>>();
  let openapi: Record<string, unknown> | undefined;
  let provisions: unknown;

  const routes: Readonly<Record<string, Route>> = {
    "/health": { methods: ["GET"], run: () => ({ status: options.shuttingDown?.() === true ? "shutting_down" : "ok", version: VERSION }) },
    "/openapi.json": { methods: ["GET"], run: () => (openapi ??= openApiDocument()) },
    "/policies": {
      methods: ["GET"],
      run: () => ({
        policies: Object.keys(POLICIES).map((id) => {
          const p = policyOf(id);
          return {
            // the id `?policy=` takes (a policy given a catalogue is served under the shipped policy's id)
            id,
            label: p.label,
            region: p.region,
            hash: p.hash,
            layers: p.layers.map((l) => ({ id: l.id, level: l.level, region: l.region, label: l.label, documents: [...l.documents] })),
            measures: p.layers.flatMap((l) => (l.measures ?? []).map((m) => m.measure)),
          };
        }),
      }),
    },
    "/parameters": {
      methods: ["GET"],
      run: (_request, query, context) => {
        const policy = context.policy(query);
        const on = dateOf(query);
        return { policy: { id: policy.id, hash: policy.hash }, on: on ?? null, parameters: listParameters(policy, on) };
      },
    },
    "/provisions": {
      methods: ["GET"],
      run: () => {
        if (provisions !== undefined) return provisions;
        const citedBy = new Map<string, string[]>();
        for (const id of Object.keys(POLICIES)) for (const provision of policyProvisions(policyOf(id))) citedBy.set(provision, [...(citedBy.get(provision) ?? []), id]);
        const entries: readonly ProvisionEntry[] = options.provisions ?? builtInProvisions();
        provisions = {
          provisions: entries.map((p) => ({
            id: p.id,
            document: p.document,
            clause: p.clause,
            kind: p.kind ?? null,
            summary: p.summary ?? null,
            passage: p.passage ?? null,
            ...(p.otherPassages === undefined ? {} : { otherPassages: p.otherPassages }),
            citedBy: citedBy.get(p.id) ?? [],
          })),
          documents,
        };
        return provisions;
      },
    },
    "/evaluate": {
      methods: ["POST"],
      run: async (request, query, context) => {
        const policy = context.policy(query);
        const on = dateOf(query);
        const trace = flagOf(query, "trace", true);
        const order = orderOf(query);
        const input = parseInput(await readJson(request, context.limits), context.limits);
        // The grants this batch made, in the ledger's format (as the library's `evaluateBatch().grants` and `evaluate --grants-out`
        // give them): next month's request carries them as its `ledger` (cold review 78 F3).
        const grants: Grant[] = [];
        const decisions = await decide(policy, input.document, { ...(on === undefined ? {} : { on }), trace, order }, context, grants);
        const { written, parameters, rules } = writeOut(decisions);
        return { decisions: written, parameters, rules, invalid: input.invalid, summary: summaryOf(decisions, input.invalid.length), grants };
      },
    },
    "/explain": {
      methods: ["POST"],
      run: async (request, query, context) => {
        const policy = context.policy(query);
        const on = dateOf(query);
        const lang = langOf(query);
        const input = parseInput(await readJson(request, context.limits), context.limits);
        const ids = new Set(input.document.claims.map((c) => c.id));
        const claimId = query.get("claim") ?? (ids.size === 1 && input.invalid.every((r) => r.collection !== "claims") ? [...ids][0] : undefined);
        if (claimId === undefined) {
          // No valid claim at all is not "several" (review 49): an invalid one is named with claim= to see its issues.
          if (ids.size === 0) throw queryError("claim", "文件中没有有效的申请可解释（可用 claim= 指明一项无效申请，查看其问题）", "the document holds no valid claim to explain (name an invalid one with claim= to see its issues)");
          throw queryError("claim", "文件中有多项申请：请用 claim= 指明哪一项", "the document holds several claims: name one with claim=");
        }
        if (!ids.has(claimId)) {
          const bad = input.invalid.filter((r) => r.collection === "claims" && r.id === claimId);
          if (bad.length > 0) throw issuesError(422, bad.flatMap((r) => r.issues.map((i) => ({ ...i, path: ["claims", r.index, ...i.path] }))));
          throw inputError(422, "unknown_claim", { id: claimId }, ["query", "claim"]);
        }
        // Judged in order, each claim against the ones before it: the claims after this one cannot change it.
        const decisions = await decide(policy, input.document, { ...(on === undefined ? {} : { on }), trace: true, until: claimId }, context);
        const decision = decisions.find((d) => d.claimId === claimId) as Decision;
        const { written, parameters, rules } = writeOut([decision]);
        return { decision: written[0], parameters, rules, text: explainText(decision, lang) };
      },
    },
    "/diff": {
      methods: ["POST"],
      run: async (request, query, context) => {
        const base = context.policy(query);
        const on = dateOf(query);
        const body = await readJson(request, context.limits);
        if (!isObject(body)) throw issuesError(400, [{ ...validationIssue([], "invalid_input"), code: "invalid_type" }]);
        const unknown = Object.keys(body).filter((k) => k !== "patches" && k !== "population" && !(k === "$schema" && typeof body[k] === "string"));
        const missing = ["patches", "population"].filter((k) => !Object.hasOwn(body, k));
        if (unknown.length > 0 || missing.length > 0) {
          throw issuesError(400, [
            ...missing.map((k) => ({ path: [k], code: "invalid_type", message: { zh: `缺少字段 ${k}`, en: `missing field ${k}` } })),
            ...unknown.map((k) => ({ path: [k], code: "unrecognized_keys", message: { zh: `不认识的字段 ${JSON.stringify(k)}`, en: `unrecognized field ${JSON.stringify(k)}` } })),
          ]);
        }
        const patches = body["patches"];
        if (!Array.isArray(patches) || patches.length === 0 || patches.length > 100) {
          throw issuesError(400, [{ path: ["patches"], code: "invalid_type", message: { zh: "patches 应为 1 至 100 个改革方案的列表", en: "patches must be a list of 1 to 100 patches" } }]);
        }
        const reformed = reformAll(base, patches);
        if (!reformed.ok) throw issuesError(400, reformed.issues.map((i) => ({ ...i, path: ["patches", ...i.path] })));
        const population = parseDocument(body["population"], context.limits, ["population"]);
        await tick();
        const comparison = compare(base, reformed.value.policy, population.document, on === undefined ? {} : { on });
        return { ...comparison, invalid: population.invalid };
      },
    },
  };

  const corsHeaders = (request: Request): Record<string, string> => corsHeadersFor(options.cors, request.headers.get("origin"));

  const json = (status: number, body: unknown, headers: Record<string, string>): Response =>
    new Response(`${JSON.stringify(body)}\n`, { status, headers: { "content-type": JSON_TYPE, "x-content-type-options": "nosniff", "cache-control": "no-store", ...headers } });

  return async (request) => {
    const started = performance.now();
    const cors = corsHeaders(request);
    try {
      const url = new URL(request.url);
      const path = url.pathname;
      let route = Object.hasOwn(routes, path) ? routes[path] : undefined;
      let schemaName: string | undefined;
      if (route === undefined && path.startsWith("/schemas/")) {
        const raw = path.slice("/schemas/".length);
        // A malformed %-escape (`/schemas/claim%`) names no schema: a 404 like any unknown name, not an unexpected error (review 49).
        let decoded: string;
        try {
          decoded = decodeURIComponent(raw);
        } catch {
          decoded = raw;
        }
        schemaName = decoded.replace(/\.json$/, "");
        route = {
          methods: ["GET"],
          run: () => {
            const name = schemaName as string;
            const make = Object.hasOwn(schemas, name) ? schemas[name] : undefined;
            if (make === undefined) {
              const e = serviceError(404, "not_found");
              throw new HttpError({ ...e.body, message: { zh: `没有记录 ${JSON.stringify(name)} 的模式（已有：${SCHEMA_NAMES.join("、")}）`, en: `no schema ${JSON.stringify(name)} (known: ${SCHEMA_NAMES.join(", ")})` } });
            }
            let schema = schemaCache.get(name);
            if (schema === undefined) {
              schema = { $id: `urn:skills-subsidy:schema:${name}`, title: name, ...make() };
              schemaCache.set(name, schema);
            }
            return schema;
          },
        };
      }
      if (route === undefined) throw serviceError(404, "not_found");
      if (request.method === "OPTIONS" && options.cors !== undefined) {
        return new Response(null, {
          status: 204,
          headers: { ...cors, "access-control-allow-methods": route.methods.join(", "), "access-control-allow-headers": "content-type", "access-control-max-age": "600" },
        });
      }
      const method = request.method === "HEAD" ? "GET" : request.method;
      if (!(route.methods as readonly string[]).includes(method)) {
        const allow = route.methods.join(", ");
        throw serviceError(405, "method_not_allowed", { allow }, { allow });
      }
      checkQuery(schemaName === undefined ? path : "/schemas", url.searchParams);
      const context: Context = { limits, deadline: started + limits.timeLimitMs, policy: pickPolicy };
      const body = await route.run(request, url.searchParams, context);
      const response = json(200, body, cors);
      return request.method === "HEAD" ? new Response(null, { status: 200, headers: response.headers }) : response;
    } catch (error) {
      if (error instanceof HttpError) return json(error.body.status, error.body, { ...cors, ...error.headers });
      options.onError?.(error, request);
      const e = serviceError(500, "internal_error");
      return json(500, e.body satisfies ErrorBody, cors);
    }
  };
}
