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
import { RECEIVED_WORDS, TYPE_WORDS } from "../locales/typeWords.js";
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

/**
 * The one branch of a failed union whose shape the input has, or `undefined`: a branch that
 * failed with the wrong type at its root (a path where an object was given, an object where a
 * list was) is not the one meant; when exactly one other branch is left, its issues name the
 * field that is wrong (`reforms.0.changes.0.from: invalid_date`, not `reforms.0: invalid_union`).
 */
function meantBranch(issue: RawIssue): readonly RawIssue[] | undefined {
  if (issue.code !== "invalid_union") return undefined;
  const shaped = issue.errors.filter((branch) => branch.length > 0 && !branch.some((i) => i.path.length === 0 && i.code === "invalid_type"));
  return shaped.length === 1 ? shaped[0] : undefined;
}

/** Turns zod's issues into the library's bilingual issues, under `prefix`. */
export function toValidationIssues(issues: readonly RawIssue[], prefix: readonly (string | number)[] = []): ValidationIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    const branch = meantBranch(issue);
    if (branch !== undefined) return toValidationIssues(branch, path);
    const params = (issue.code === "custom" ? issue.params : undefined) as Facts | undefined;
    const own = ownCodeIssue(path, issue.code, params, issue.message);
    if (own !== undefined) return own;
    if (issue.code === "invalid_type") {
      // zod's Chinese names the types in English words: both said in the reader's words (cold review 79 F6)
      const received = /received (\w+)/.exec(localeText(zodLocales().en, issue))?.[1];
      const want = TYPE_WORDS[issue.expected] ?? { zh: issue.expected, en: issue.expected };
      const got = received === undefined ? undefined : (RECEIVED_WORDS[received] ?? { zh: ` ${received}`, en: received });
      return { path, code: issue.code, message: { zh: `应为${want.zh}${got === undefined ? "" : `，不是${got.zh}`}`, en: `should be ${want.en}${got === undefined ? "" : `, not ${got.en}`}` } };
    }
    return {
      path,
      code: issue.code,
      message: { zh: localeText(zodLocales().zh, issue) || zh.validation.invalid_input({}), en: localeText(zodLocales().en, issue) || en.validation.invalid_input({}) },
    };
  });
}
