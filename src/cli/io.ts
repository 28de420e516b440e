/** What a command needs from the outside world, so tests can run commands in process. */
import type { ValidationCode, ValidationIssue } from "../index.js";
import { SkillsSubsidyError, validationIssue } from "../index.js";
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { breathe, onExit } from "./cleanup.js";

export interface Io {
  /** Writes to standard output (text, or bytes of UTF-8 that never split a character); a returned promise means "wait before writing more" (back-pressure). */
  readonly stdout: (chunk: string | Uint8Array) => void | Promise<void>;
  readonly stderr: (text: string) => void;
  /** Standard input as chunks. */
  readonly stdin: () => AsyncIterable<Buffer | string>;
  /** True when standard error is a terminal: progress lines are shown only then. */
  readonly stderrIsTTY?: boolean;
  /** The terminal's width when standard output is one (tables for people fit it; see `terminalWidth`). */
  readonly stdoutColumns?: number;
  /** Where temporary partition files go (default: the system's temp dir). */
  readonly tmpdir?: string;
}

/** A mistake in the command line itself: exit 2 with a bilingual message naming the field (usage.ts). */
export { UsageError } from "./usage.js";

/** Input that cannot be read or is over a whole-input limit: exit 2 with a bilingual message. */
export class InputError extends Error {
  readonly issue: ValidationIssue;
  readonly source: string;
  readonly #code: ValidationCode;
  readonly #params: Record<string, string | number>;
  constructor(source: string, code: ValidationCode, params: Record<string, string | number> = {}, hint?: string) {
    const issue = validationIssue([], code, params);
    super(`${source}: ${issue.message.zh} / ${issue.message.en}${hint === undefined ? "" : ` — ${hint}`}`);
    this.issue = issue;
    this.source = source;
    this.#code = code;
    this.#params = params;
  }
  /** What the error is made of, as data (another thread sends it so: {@link InputError.from}). */
  toData(): { readonly source: string; readonly code: ValidationCode; readonly params: Record<string, string | number> } {
    return { source: this.source, code: this.#code, params: this.#params };
  }
  /** The error {@link InputError.toData} describes. */
  static from(data: ReturnType<InputError["toData"]>): InputError {
    return new InputError(data.source, data.code, data.params);
  }
  /** The same error, the message ending with a hint on what to do. */
  withHint(hint: string): InputError {
    return new InputError(this.source, this.#code, this.#params, hint);
  }
}

/**
 * The output could not be written (a full disk, no permission, a broken pipe that is not
 * a reader stopping early): exit 3 with one line, never a stack trace.
 */
export class OutputError extends Error {
  readonly code: string;
  constructor(target: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | null)?.code ?? "EIO";
    const detail = (cause as Error | null)?.message ?? String(cause);
    super(`无法写入${target === "standard output" ? "标准输出" : ` ${target}`}（${code}），输出不完整 / cannot write ${target} (${detail}); the output is incomplete`);
    this.code = code;
  }
}

/** The input could not be read (missing, a folder, no permission): exit 2 with one line. */
export class ReadError extends Error {
  constructor(source: string, error: unknown) {
    // skills-subsidy/node wraps the file system's error (file_unreadable): read the errno from it
    const cause = error instanceof SkillsSubsidyError && error.code === "file_unreadable" ? error.cause : error;
    const code = (cause as NodeJS.ErrnoException | null)?.code;
    const why =
      code === "ENOENT"
        ? ["没有这个文件", "no such file"]
        : code === "EISDIR" || code === "ENOTFILE"
          ? ["不是普通文件", "not a regular file"]
          : code === "EACCES" || code === "EPERM"
            ? ["没有读取权限", "permission denied"]
            : ["读取失败", (cause as Error | null)?.message ?? String(cause)];
    super(`无法读取 ${source}：${why[0]} / cannot read ${source}: ${why[1]}`);
  }
}

/** A line's text (a payload, a grant, an invalid record) whether it came as text or as bytes. */
export function textOf(line: string | Uint8Array): string {
  return typeof line === "string" ? line : Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString("utf8");
}

/**
 * Bytes gathered into 64 KiB blocks, each handed to `write` when full: a new block each time
 * (`write` may keep it, as a stream does), or with `reuse` the same block again (for a
 * `write` done with it when it returns, as `writeSync` is).
 */
export class ByteWriter {
  readonly #write: (bytes: Buffer) => void;
  readonly #reuse: boolean;
  #block = Buffer.allocUnsafeSlow(1 << 16);
  #used = 0;
  constructor(write: (bytes: Buffer) => void, options: { readonly reuse?: boolean } = {}) {
    this.#write = write;
    this.#reuse = options.reuse === true;
  }
  /** Adds text (as UTF-8) or bytes; a piece is never split between two blocks. */
  add(piece: string | Uint8Array): void {
    const room = this.#block.length - this.#used;
    if (typeof piece === "string") {
      if (piece.length * 3 <= room) {
        this.#used += this.#block.write(piece, this.#used);
        return;
      }
      piece = Buffer.from(piece, "utf8");
    }
    if (piece.length > room) {
      this.flush();
      if (piece.length > this.#block.length) {
        this.#write(Buffer.from(piece));
        return;
      }
    }
    this.#block.set(piece, this.#used);
    this.#used += piece.length;
  }
  /** Bytes waiting in the current block. */
  get pending(): number {
    return this.#used;
  }
  flush(): void {
    if (this.#used === 0) return;
    const full = this.#block.subarray(0, this.#used);
    if (!this.#reuse) this.#block = Buffer.allocUnsafeSlow(1 << 16);
    this.#used = 0;
    this.#write(full);
  }
}

/**
 * Buffers output as bytes (text encoded as it comes, bytes copied) in 64 KiB blocks and
 * honours back-pressure, so a huge output never piles up in memory and is never decoded
 * and encoded again on its way out.
 */
export class OutputBuffer {
  readonly #bytes: ByteWriter;
  /** The last write's "wait before writing more", until honoured. */
  #wait: Promise<void> | undefined;
  /** `reuse`: `write` is done with a block when it returns (a file written with `writeSync`), so one block serves the whole output. */
  constructor(write: Io["stdout"], options: { readonly reuse?: boolean } = {}) {
    this.#bytes = new ByteWriter((block) => {
      const wait = write(block);
      if (wait !== undefined) this.#wait = wait;
    }, options);
  }
  /** Adds text or bytes; resolves when it is safe to add more. */
  async add(piece: string | Uint8Array): Promise<void> {
    this.#bytes.add(piece);
    if (this.#wait !== undefined) await this.#drained();
    // Writing to a file never waits: let signals in now and then.
    const pause = breathe();
    if (pause !== undefined) await pause;
  }
  async flush(): Promise<void> {
    this.#bytes.flush();
    if (this.#wait !== undefined) await this.#drained();
  }
  #drained(): Promise<void> | undefined {
    const wait = this.#wait;
    this.#wait = undefined;
    return wait;
  }
}

/** An output file being written: text goes to a temporary file beside it, renamed into place only by `commit`. */
export interface OutputFile {
  /** Writes now (`writeSync`): done with `chunk` when it returns. */
  readonly write: (chunk: string | Uint8Array) => void;
  /** The output is complete: move it into place. */
  readonly commit: () => void;
  /** The output is not complete: remove the temporary file (also done at exit, however the run ends). */
  readonly abandon: () => void;
}

/**
 * `--out FILE`: writes to `.FILE.<pid>.tmp` in the same folder and renames it to FILE
 * when complete, so FILE is never half-written: a killed or failed run leaves no FILE
 * (and no temporary file) and an earlier FILE stays as it was.
 */
export function openOutputFile(path: string): OutputFile {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, "wx");
  } catch (error) {
    throw new OutputError(path, error);
  }
  let committed = false;
  const discard = onExit(() => {
    if (committed) return;
    try {
      closeSync(fd);
    } catch {
      // closed already
    }
    try {
      unlinkSync(temp);
    } catch {
      // gone already
    }
  });
  return {
    write: (chunk) => {
      try {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      } catch (error) {
        throw new OutputError(path, error);
      }
    },
    commit: () => {
      try {
        closeSync(fd);
        renameSync(temp, path);
        committed = true;
      } catch (error) {
        throw new OutputError(path, error);
      } finally {
        discard();
      }
    },
    abandon: discard,
  };
}
