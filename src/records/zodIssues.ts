/**
 * zod's issues as the library's bilingual issues, for the inputs still parsed with zod (a
 * reform, a scenario). The records are parsed without zod (`validator.ts`), with the same
 * issues this gives for their schemas.
 */
import type * as z from "zod";
// The two languages the library speaks, one by one: `z.locales` would bring all of zod's ~40.
import zodEn from "zod/v4/locales/en.js";
import zodZhCN from "zod/v4/locales/zh-CN.js";
import type { Facts, ValidationIssue } from "../core/issues.js";
import * as en from "../locales/en.js";
import * as zh from "../locales/zh-CN.js";
import { ownCodeIssue } from "./validator.js";

// zod's messages in the two languages, built on the first issue to write (not when the module loads).
let locales: { readonly zh: ReturnType<typeof zodZhCN>["localeError"]; readonly en: ReturnType<typeof zodEn>["localeError"] } | null = null;
const zodLocales = () => (locales ??= { zh: zodZhCN().localeError, en: zodEn().localeError });

type RawIssue = z.core.$ZodIssue;

function localeText(fn: ReturnType<typeof zodZhCN>["localeError"], issue: RawIssue): string {
  const out = fn(issue as unknown as Parameters<typeof fn>[0]);
  if (typeof out === "string") return out;
  return out?.message ?? "";
}

/** Turns zod's issues into the library's bilingual issues, under `prefix`. */
export function toValidationIssues(issues: readonly RawIssue[], prefix: readonly (string | number)[] = []): ValidationIssue[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    const params = (issue.code === "custom" ? issue.params : undefined) as Facts | undefined;
    const own = ownCodeIssue(path, issue.code, params, issue.message);
    if (own !== undefined) return own;
    return {
      path,
      code: issue.code,
      message: { zh: localeText(zodLocales().zh, issue) || zh.validation.invalid_input({}), en: localeText(zodLocales().en, issue) || en.validation.invalid_input({}) },
    };
  });
}
