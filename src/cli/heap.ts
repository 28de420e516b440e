/**
 * The command's heap policy (issue #17, "peak RSS ≤ 200 MB at 1M and 10M claims").
 *
 * After each full garbage collection V8 lets the old generation grow to a multiple of
 * what survived before it collects again; the multiple rises to 4 when collections are
 * cheap, which they are here: a run keeps one part alive (tens of MB) and throws
 * everything else away. So a 1,000,000-claim `evaluate --no-trace` peaked at 297 MB of
 * resident memory while its live set fit in 150 MB (it ran to the end under
 * `--max-old-space-size=150`). V8's `--heap-growing-percent` fixes the multiple at
 * 1 + percent / 100, and it is read at every collection, so the command can set it when
 * it starts: it needs no re-run of itself with flags (issue #18 removed that: a signal to
 * the parent left the child running) and, unlike `--max-old-space-size`, it is no cap: a
 * part that needs more memory gets it, collected more often.
 *
 * Measured (200,000-claim NDJSON `--no-trace`, `/usr/bin/time -v`, 2026-12-03, load 6–8):
 * 220 MB peak with V8's own policy; 148–150 MB at 10, 20 or 30 percent, 146 MB at 40;
 * CPU time within the run-to-run noise. docs/performance.md has the 1M and 10M figures.
 *
 * A user who sets a heap flag of their own (in `NODE_OPTIONS` or node's arguments) keeps
 * it: the command then sets nothing.
 */
import { setFlagsFromString } from "node:v8";

/** The old generation may grow to 1.3 × what survived the last full collection. */
export const HEAP_GROWING_PERCENT = 30;

/** Flags that say the user chose the heap's size or growth themselves. */
const USER_HEAP_FLAG = /(?:^|\s)--(?:heap[-_]growing[-_]percent|max[-_]old[-_]space[-_]size|max[-_]heap[-_]size)(?:[=\s]|$)/;

/**
 * The V8 flag the command sets when it starts, or `null` when the user set a heap flag.
 * @example
 * heapFlag([], undefined) // → "--heap-growing-percent=30"
 * heapFlag([], "--max-old-space-size=512") // → null
 */
export function heapFlag(execArgv: readonly string[], nodeOptions: string | undefined): string | null {
  const given = `${execArgv.join(" ")} ${nodeOptions ?? ""}`;
  return USER_HEAP_FLAG.test(given) ? null : `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;
}

/** Sets the command's heap policy for this process (the command's own process only, never the library's). */
export function boundHeapGrowth(): void {
  const flag = heapFlag(process.execArgv, process.env["NODE_OPTIONS"]);
  if (flag !== null) setFlagsFromString(flag);
}
