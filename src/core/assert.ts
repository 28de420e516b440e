import type { Facts, Message } from "./issues.js";

/**
 * The one way the library throws: for programming or configuration faults only
 * (a layer that breaks a rule of the policy, a civil date built from a bad literal), and
 * for files `skills-subsidy/node` cannot read. Ineligibility is never thrown; it is a
 * decision. Bad input is never thrown; it is a validation issue (a `Result`).
 * `ERROR_PREFIX` starts the message of every such error.
 * @example new SkillsSubsidyError("invalid_argument", { zh: "参数有误", en: "bad argument" }).message.startsWith(ERROR_PREFIX) // → true
 */
export const ERROR_PREFIX = "[skills-subsidy]";

/**
 * What a {@link SkillsSubsidyError} is about: match on `error.code`, never on the message.
 *
 * | code | thrown when |
 * | --- | --- |
 * | `invalid_civil_date` | a civil date is built from text that is not a date `YYYY-MM-DD` that exists |
 * | `empty_policy` | a policy is built with no layer |
 * | `duplicate_layer` | one layer appears twice in a policy |
 * | `layer_order` | layers are out of order (national → province → prefecture → county), a layer's region is not inside the one before, or a layer `follows` one that is not an earlier text of its level |
 * | `reform_layer_declares` | a reform layer declares parameters, rules, measures or constraints (it may only override parameters) |
 * | `duplicate_declaration` | a parameter or rule is declared, or a measure bound, by two layers |
 * | `override_of_undeclared` | a layer overrides a parameter or rule, or a constraint names a parameter, that no layer above declares |
 * | `double_override` | two layers of one level override the same parameter or rule |
 * | `invalid_override_end` | an override's `until` is not a date after its last value |
 * | `breaks_constraint` | a layer sets a value that breaks a constraint of the policy (`facts.provision` names it) |
 * | `invalid_parameter` | a parameter's definition or data is malformed (dates not increasing, not civil dates, data for another parameter) |
 * | `invalid_argument` | a function is given a value outside what it takes (a share above 100 %, no catalogue edition, a policy without a catalogue slot; a deciding function given something that is not a policy, a parsed document or its options, or a judging date `on` that does not exist: `facts.argument`, `facts.field`) |
 * | `not_a_reform` | a policy is not the base policy with reform layers added |
 * | `invalid_plan_data` | a target set or plan table is malformed (spans, quantities, duplicate ids, rows that do not add up) |
 * | `file_unreadable` | a file cannot be read (`facts.errno`, e.g. `ENOENT`; the file system's error is `cause`) |
 * | `file_too_large` | a file holds more bytes than the limit |
 * | `invalid_file` | a file is not UTF-8 text (`facts.offset`: the byte where it stops being UTF-8), not valid JSON or YAML, or a patch file holding an empty list |
 * | `scenario_failed` | a scenario run as a test fails (`message` is the report) |
 * | `trace_key_collision` | writing decisions out, two different trace entries would share one short key in one output (`facts`: the table, the key, both full hashes) |
 * @example ERROR_CODES.includes("breaks_constraint") // → true
 */
export const ERROR_CODES = [
  "invalid_civil_date",
  "empty_policy",
  "duplicate_layer",
  "layer_order",
  "reform_layer_declares",
  "duplicate_declaration",
  "override_of_undeclared",
  "double_override",
  "invalid_override_end",
  "breaks_constraint",
  "invalid_parameter",
  "invalid_argument",
  "not_a_reform",
  "invalid_plan_data",
  "file_unreadable",
  "file_too_large",
  "invalid_file",
  "scenario_failed",
  "trace_key_collision",
] as const;
/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What a {@link SkillsSubsidyError} may carry beside its code and messages. */
export interface ErrorDetails {
  /** Values that identify the fault (a provision id, a path, an errno), by name. */
  readonly facts?: Facts;
  /** The error that caused this one (the file system's, the JSON or YAML parser's). */
  readonly cause?: unknown;
}

/**
 * Thrown for programming and configuration faults and unreadable files: a `code` from
 * {@link ERROR_CODES} to match on, the message in Chinese and English (`messages`), and
 * `facts` naming what is at fault. `message` is `[skills-subsidy] ` and the English text.
 * @example
 * const error = (() => { try { return civilDate("2023-02-29"); } catch (e) { return e; } })();
 * error instanceof SkillsSubsidyError // → true
 * (error as SkillsSubsidyError).code // → "invalid_civil_date"
 * (error as SkillsSubsidyError).messages.zh // → "不是 YYYY-MM-DD 格式的有效日期：\"2023-02-29\""
 */
export class SkillsSubsidyError extends Error {
  /** Always `SkillsSubsidyError`. */
  override readonly name = "SkillsSubsidyError";
  /** What the fault is: one of {@link ERROR_CODES}. */
  readonly code: ErrorCode;
  /** The message in Chinese and English (`message` is the English one, prefixed). */
  readonly messages: Message;
  /** Values that identify the fault, by name (empty when there are none). */
  readonly facts: Facts;
  /** An error with the given code, messages and details. */
  constructor(code: ErrorCode, messages: Message, details: ErrorDetails = {}) {
    super(`${ERROR_PREFIX} ${messages.en}`, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.messages = messages;
    this.facts = details.facts ?? {};
  }
}

/** Throws a {@link SkillsSubsidyError} with `code` and `messages` unless `condition` holds. */
export function assert(condition: unknown, code: ErrorCode, messages: Message, facts?: Facts): asserts condition {
  if (!condition) throw new SkillsSubsidyError(code, messages, facts === undefined ? {} : { facts });
}
