// One call to a store, bounded: the store's `timeoutMs` and the run's cancel. Shared by the SDK-backed
// stores (aws-sm, azure-kv, gcp-sm), whose SDKs take an AbortSignal but not always everywhere.
import { formatDuration } from '../base/duration.js';

/** A call that ran out of time or was cancelled; its message is for people ("no answer within 5s reading prod/db"). */
export class DeadlineError extends Error {
  override name = 'DeadlineError';
}

/**
 * Runs `work` with a signal that aborts after `timeoutMs` or with `signal`; a call that ignores the signal
 * (STS inside an AWS credential provider takes none) is left behind at that moment.
 */
export async function withDeadline<T>(
  bounds: { signal: AbortSignal; timeoutMs: number },
  what: string,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const timeout = AbortSignal.timeout(bounds.timeoutMs);
  const signal = AbortSignal.any([bounds.signal, timeout]);
  const stopped = (): DeadlineError =>
    new DeadlineError(timeout.aborted ? `no answer within ${formatDuration(bounds.timeoutMs)} ${what}` : `cancelled while ${what}`);
  if (signal.aborted) throw stopped();
  let onAbort: () => void = () => {};
  const abandoned = new Promise<never>((_, reject) => {
    onAbort = () => reject(stopped());
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work(signal), abandoned]);
  } catch (err) {
    if (signal.aborted) throw stopped();
    throw err;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
