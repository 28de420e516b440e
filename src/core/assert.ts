/**
 * The one way the library throws: for programming or configuration faults only
 * (a layer that breaks a rule of the policy, a civil date built from a bad literal).
 * Ineligibility is never thrown; it is a decision. Bad input is never thrown; it is
 * a validation issue. `ERROR_PREFIX` starts the message of every such error.
 * @example new SkillsSubsidyError("bad layer").message.startsWith(ERROR_PREFIX) // → true
 */
export const ERROR_PREFIX = "[skills-subsidy]";

/**
 * Thrown for programming and configuration faults; `message` starts with `[skills-subsidy]`.
 * @example
 * const error = (() => { try { return civilDate("2023-02-29"); } catch (e) { return e; } })();
 * error instanceof SkillsSubsidyError // → true
 * (error as Error).message // → "[skills-subsidy] not a civil date YYYY-MM-DD: \"2023-02-29\""
 */
export class SkillsSubsidyError extends Error {
  /** Always `SkillsSubsidyError`. */
  override readonly name = "SkillsSubsidyError";
  /** An error whose message is `[skills-subsidy] ` followed by `message`. */
  constructor(message: string) {
    super(`${ERROR_PREFIX} ${message}`);
  }
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new SkillsSubsidyError(message);
}
