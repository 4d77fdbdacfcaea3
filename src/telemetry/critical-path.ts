// The chain of steps that decided how long the run took: from the step that finished last, back
// through the need that finished last before it started. Shortening any other step would not have
// ended the run sooner.
import type { StepResult } from '../model/result.js';

interface Timed {
  step: StepResult;
  start: number;
  end: number;
}

/** Step ids on the critical path, first to last; empty when no step ran. */
export function criticalPath(steps: StepResult[]): string[] {
  const timed = new Map<string, Timed>();
  for (const step of steps) {
    const start = step.startedAt ? Date.parse(step.startedAt) : NaN;
    if (Number.isNaN(start)) continue;
    timed.set(step.id, { step, start, end: start + step.durationMs });
  }
  let current = latest([...timed.values()]);
  const path: string[] = [];
  const seen = new Set<string>();
  while (current && !seen.has(current.step.id)) {
    seen.add(current.step.id);
    path.push(current.step.id);
    const needs = current.step.needs.map((id) => timed.get(id)).filter((t): t is Timed => t !== undefined);
    current = latest(needs);
  }
  return path.reverse();
}

function latest(items: Timed[]): Timed | undefined {
  let best: Timed | undefined;
  for (const item of items) if (!best || item.end > best.end) best = item;
  return best;
}
