// A phase of platform API calls (the PR comment, the SARIF upload) with a deadline: its requests are
// aborted when the time is up, and whatever it was waiting for is abandoned, so a stalled API never holds
// the job back. Reports are written before any phase starts.
import type { ApiCallOptions } from './platform.js';

export class PhaseTimeoutError extends Error {}

/** Runs `phase` with each call bounded by `timeoutMs` and the whole by `phaseMs`. */
export async function withinDeadline<T>(
  what: string,
  bounds: { timeoutMs: number; phaseMs: number },
  phase: (call: ApiCallOptions) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new PhaseTimeoutError(`${what}: gave up after ${Number((bounds.phaseMs / 1000).toFixed(1))}s (api-timeout)`));
    }, bounds.phaseMs);
  });
  try {
    return await Promise.race([phase({ timeoutMs: bounds.timeoutMs, signal: controller.signal }), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
