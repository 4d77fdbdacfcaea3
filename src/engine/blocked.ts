import type { StepResult } from '../model/result.js';

/** Why a step cannot run given its needs' results, or undefined when it can. */
export function blockedBy(needs: StepResult[]): string | undefined {
  const bad = needs.filter((r) => !(r.status === 'passed' || r.allowedFailure));
  if (bad.length === 0) return undefined;
  const what = (r: StepResult): string =>
    r.status === 'failed' ? 'failed' : r.status === 'timed-out' ? 'timed out' : r.status === 'cancelled' ? 'was cancelled' : 'was skipped';
  return `needs ${bad.map((r) => `${r.id}, which ${what(r)}`).join(', and ')}`;
}
