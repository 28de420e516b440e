/** What a command needs from the outside world, so tests can run commands in process. */
import type { ValidationCode, ValidationIssue } from "../index.js";
import { validationIssue } from "../index.js";

export interface Io {
  /** Writes to standard output; a returned promise means "wait before writing more" (back-pressure). */
  readonly stdout: (text: string) => void | Promise<void>;
  readonly stderr: (text: string) => void;
  /** Standard input as chunks. */
  readonly stdin: () => AsyncIterable<Buffer | string>;
  /** True when standard error is a terminal: progress lines are shown only then. */
  readonly stderrIsTTY?: boolean;
  /** Where temporary partition files go (default: the system's temp dir). */
  readonly tmpdir?: string;
}

/** A mistake in the command line itself: exit 2 with a message. */
export class UsageError extends Error {}

/** Input that cannot be read or is over a whole-input limit: exit 2 with a bilingual message. */
export class InputError extends Error {
  readonly issue: ValidationIssue;
  readonly source: string;
  constructor(source: string, code: ValidationCode, params: Record<string, string | number> = {}) {
    const issue = validationIssue([], code, params);
    super(`${source}: ${issue.message.zh} / ${issue.message.en}`);
    this.issue = issue;
    this.source = source;
  }
}

/** Buffers output and honours back-pressure, so a huge output never piles up in memory. */
export class OutputBuffer {
  readonly #write: Io["stdout"];
  #parts: string[] = [];
  #size = 0;
  constructor(write: Io["stdout"]) {
    this.#write = write;
  }
  /** Adds text; resolves when it is safe to add more. */
  async add(text: string): Promise<void> {
    this.#parts.push(text);
    this.#size += text.length;
    if (this.#size >= 1 << 16) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.#parts.length === 0) return;
    const text = this.#parts.join("");
    this.#parts = [];
    this.#size = 0;
    await this.#write(text);
  }
}
