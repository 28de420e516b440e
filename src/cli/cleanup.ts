/**
 * What a run must undo however it ends: temporary spill folders, a half-written `--out`
 * file. Each is registered here and run once, on a normal end (by its owner), on
 * `process.exit` (a signal, a closed reader) or on an uncaught error.
 */
const cleanups = new Set<() => void>();
let installed = false;

/** Registers a clean-up to run at exit; returns a function that runs it now and unregisters it. */
export function onExit(cleanup: () => void): () => void {
  if (!installed && typeof process !== "undefined") {
    process.on("exit", runCleanups);
    installed = true;
  }
  cleanups.add(cleanup);
  return () => {
    if (cleanups.delete(cleanup)) cleanup();
  };
}

/** Runs every registered clean-up (each once), ignoring their errors: nothing more can be done then. */
export function runCleanups(): void {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // best effort: the process is ending
    }
  }
}

let last = performance.now();
/**
 * Lets the event loop run (signals are delivered there) when the current stretch of
 * synchronous work has lasted more than 50 ms; otherwise resolves nothing, so a tight
 * loop pays almost nothing. `if (breathe()) await …` keeps the loop synchronous when it can.
 */
export function breathe(): Promise<void> | undefined {
  const now = performance.now();
  if (now - last < 50) return undefined;
  last = now;
  return new Promise((resolve) => setImmediate(resolve));
}
