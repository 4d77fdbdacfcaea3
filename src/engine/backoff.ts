// Retry delays: exponential backoff with "full jitter" (a uniform draw below the exponential ceiling),
// which spreads retries of many jobs hitting the same flaky service instead of having them retry in step.

/** No retry waits longer than this, however many attempts are configured. */
export const MAX_BACKOFF_MS = 5 * 60_000;

/** The upper bound of the delay before retry number `retry` (1 = the first retry): base, 2·base, 4·base, … capped. */
export function backoffCeiling(retry: number, baseMs: number, capMs = MAX_BACKOFF_MS): number {
  const cap = Math.max(capMs, baseMs);
  return Math.min(cap, baseMs * 2 ** Math.max(0, retry - 1));
}

/** The delay before retry number `retry`: uniform in [0, ceiling). `random` returns [0, 1), like Math.random. */
export function backoffDelay(retry: number, baseMs: number, opts: { capMs?: number; random?: () => number } = {}): number {
  const random = opts.random ?? Math.random;
  return Math.floor(random() * backoffCeiling(retry, baseMs, opts.capMs));
}

/** Resolves after `ms`, or early (with false) when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (completed: boolean) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(completed);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
