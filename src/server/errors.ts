/**
 * Errors of the web service: a status, a code, the message in Chinese and English, and
 * the issues (field paths) when the input was at fault. Input faults use the library's
 * own validation codes and messages (`not_json`, `input_too_large`, `too_many_records`,
 * `unknown_policy`, `unknown_claim`, the record schemas' codes); the few faults only HTTP
 * has get codes of their own, below. Never a stack trace.
 */
import type { Facts, ValidationCode, ValidationIssue } from "../index.js";
import { validationIssue } from "../index.js";

/** The service's own error codes (faults of HTTP, not of the records), with their messages. */
export const SERVICE_ERRORS = {
  not_found: { zh: () => "没有这个地址", en: () => "no such path" },
  method_not_allowed: { zh: (p: Facts) => `此地址只接受 ${String(p["allow"])} 请求`, en: (p: Facts) => `this path accepts ${String(p["allow"])} only` },
  unsupported_media_type: { zh: () => "请求体应为 JSON（Content-Type: application/json）", en: () => "the request body must be JSON (Content-Type: application/json)" },
  invalid_query: { zh: (p: Facts) => `查询参数 ${String(p["name"])} 无效：${String(p["zh"])}`, en: (p: Facts) => `query parameter ${String(p["name"])} is invalid: ${String(p["en"])}` },
  time_limit_exceeded: {
    zh: (p: Facts) => `处理超过 ${String(p["limit"])} 毫秒，已停止；请把申请分成较小的批次`,
    en: (p: Facts) => `processing took longer than ${String(p["limit"])} ms and was stopped; send the claims in smaller batches`,
  },
  request_timeout: { zh: (p: Facts) => `请求体未能在 ${String(p["limit"])} 毫秒内收完`, en: (p: Facts) => `the request body did not arrive within ${String(p["limit"])} ms` },
  shutting_down: { zh: () => "服务正在停止，不再接受新请求", en: () => "the service is shutting down and takes no new requests" },
  internal_error: { zh: () => "服务内部错误（已记录）", en: () => "internal error (logged)" },
} as const;
/** One of the service's own error codes. */
export type ServiceErrorCode = keyof typeof SERVICE_ERRORS;

/** An error response body. */
export interface ErrorBody {
  readonly status: number;
  readonly code: string;
  readonly message: { readonly zh: string; readonly en: string };
  readonly issues: readonly ValidationIssue[];
}

/** A fault that ends a request with an error response. */
export class HttpError extends Error {
  readonly body: ErrorBody;
  readonly headers: Readonly<Record<string, string>>;
  constructor(body: ErrorBody, headers: Readonly<Record<string, string>> = {}) {
    super(body.message.en);
    this.name = "HttpError";
    this.body = body;
    this.headers = headers;
  }
}

/** An error of the service's own. */
export function serviceError(status: number, code: ServiceErrorCode, facts: Facts = {}, headers: Readonly<Record<string, string>> = {}): HttpError {
  const m = SERVICE_ERRORS[code];
  return new HttpError({ status, code, message: { zh: m.zh(facts), en: m.en(facts) }, issues: [] }, headers);
}

/** An input fault with the library's validation code: its message is the library's, and it is the one issue. */
export function inputError(status: number, code: ValidationCode, facts: Facts = {}, path: readonly (string | number)[] = []): HttpError {
  const issue = validationIssue(path, code, facts);
  return new HttpError({ status, code, message: issue.message, issues: [issue] });
}

/** Issues of a record or document: the first one's code and message head the body; all are listed. */
export function issuesError(status: number, issues: readonly ValidationIssue[]): HttpError {
  const first = issues[0];
  const message = first === undefined ? { zh: "无效输入", en: "invalid input" } : first.message;
  return new HttpError({ status, code: first?.code ?? "invalid_input", message, issues });
}
