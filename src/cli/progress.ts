/**
 * Progress of a run on standard error, for people at a terminal: records and claims read,
 * claims decided, the share done and the time left where the size is known (bytes read of
 * the input's size while reading; claims decided of claims read while deciding), at most
 * a few updates a second, and a one-line summary at the end. Silent when standard error
 * is not a terminal or with `--quiet`, so scripts and logs get nothing.
 *
 * The pipeline reports through {@link ProgressEvents} (a few callbacks); the clock and the
 * writer are given, so tests drive it with a fake clock in process.
 */
import type { Lang } from "./format.js";

/** What the pipeline tells progress: each record read (and whether it is a claim), bytes read, each claim decided. */
export interface ProgressEvents {
  /** One record was read; `claim` when it is a claim. */
  readonly read: (claim: boolean) => void;
  /** Bytes of the input read so far (all inputs together). */
  readonly bytes: (total: number) => void;
  /** One claim was decided. */
  readonly decided: () => void;
}

export interface ProgressOptions {
  /** Writes to standard error. */
  readonly write: (text: string) => void;
  /** False: nothing is ever written (not a terminal, or --quiet). */
  readonly enabled: boolean;
  readonly lang: Lang;
  /** Bytes of the input when known (a file's size), for the share read and the time left (or later, {@link Progress.setTotal}). */
  readonly totalBytes: number | null;
  /** Milliseconds, monotonic (default `performance.now`). */
  readonly now?: () => number;
  /** Least time between two updates (default 250 ms: four a second). */
  readonly intervalMs?: number;
}

const fmt = (n: number) => n.toLocaleString("en-US");

/** Seconds as people read them: `8 s`, `2 min 5 s`. */
function duration(seconds: number, zh: boolean): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return zh ? `${s} 秒` : `${s} s`;
  const m = Math.floor(s / 60);
  return zh ? `${m} 分 ${s % 60} 秒` : `${m} min ${s % 60} s`;
}

/** A run's progress line, redrawn in place (`\r` … `ESC[K`) on a terminal. */
export class Progress implements ProgressEvents {
  readonly #o: ProgressOptions;
  readonly #now: () => number;
  readonly #interval: number;
  readonly #start: number;
  #records = 0;
  #claims = 0;
  #bytes = 0;
  #decided = 0;
  #decideStart: number | null = null;
  #total: number | null;
  #last = -Infinity;
  #shown = false;
  constructor(options: ProgressOptions) {
    this.#o = options;
    this.#now = options.now ?? (() => performance.now());
    this.#interval = options.intervalMs ?? 250;
    this.#start = this.#now();
    this.#total = options.totalBytes;
  }
  /** The input's size in bytes, once known (null: standard input). */
  setTotal(bytes: number | null): void {
    this.#total = bytes;
  }
  readonly read = (claim: boolean): void => {
    this.#records += 1;
    if (claim) this.#claims += 1;
    if ((this.#records & 255) === 0) this.#tick();
  };
  readonly bytes = (total: number): void => {
    this.#bytes = total;
  };
  readonly decided = (): void => {
    if (this.#decideStart === null) this.#decideStart = this.#now();
    this.#decided += 1;
    if ((this.#decided & 63) === 0) this.#tick();
  };
  /** The line as it stands now. */
  line(): string {
    const zh = this.#o.lang === "zh";
    const now = this.#now();
    if (this.#decideStart === null) {
      const total = this.#total;
      const head = zh ? `读取 ${fmt(this.#records)} 条记录（${fmt(this.#claims)} 项申请）` : `read ${fmt(this.#records)} records (${fmt(this.#claims)} claims)`;
      if (total === null || total <= 0 || this.#bytes <= 0) return head;
      const share = Math.min(1, this.#bytes / total);
      const left = ((now - this.#start) / 1000) * ((1 - share) / share);
      return `${head} · ${Math.floor(share * 100)} %${share < 1 ? ` · ${zh ? "约剩" : "about"} ${duration(left, zh)}${zh ? "" : " left"}` : ""}`;
    }
    const share = this.#claims === 0 ? 1 : Math.min(1, this.#decided / this.#claims);
    const left = share === 0 ? null : ((now - this.#decideStart) / 1000) * ((1 - share) / share);
    const head = zh ? `已判定 ${fmt(this.#decided)}/${fmt(this.#claims)} 项申请` : `decided ${fmt(this.#decided)} of ${fmt(this.#claims)} claims`;
    return `${head} · ${Math.floor(share * 100)} %${left === null || share >= 1 ? "" : ` · ${zh ? "约剩" : "about"} ${duration(left, zh)}${zh ? "" : " left"}`}`;
  }
  #tick(): void {
    if (!this.#o.enabled) return;
    const now = this.#now();
    if (now - this.#last < this.#interval) return;
    this.#last = now;
    this.#shown = true;
    this.#o.write(`\r${this.line()}\x1b[K`);
  }
  /** Clears the line and writes the one-line summary of the run. */
  finish(summary: { readonly claims: number; readonly granted: number; readonly denied: number; readonly undecidable: number; readonly invalid: number }): void {
    if (!this.#o.enabled) return;
    const zh = this.#o.lang === "zh";
    const took = duration((this.#now() - this.#start) / 1000, zh);
    const s = summary;
    this.#o.write(
      `${this.#shown ? "\r\x1b[K" : ""}${
        zh
          ? `skills-subsidy: 判定 ${fmt(s.claims)} 项申请（给予 ${fmt(s.granted)}，不予 ${fmt(s.denied)}，无法判定 ${fmt(s.undecidable)}${s.invalid > 0 ? `；无效记录 ${fmt(s.invalid)} 条` : ""}），用时 ${took}`
          : `skills-subsidy: ${fmt(s.claims)} claims decided (${fmt(s.granted)} granted, ${fmt(s.denied)} denied, ${fmt(s.undecidable)} undecidable${s.invalid > 0 ? `; ${fmt(s.invalid)} invalid records` : ""}) in ${took}`
      }\n`,
    );
  }
}
