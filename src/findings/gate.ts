// The findings gate: does any finding reach the `fail-on` threshold?
import type { FindingCounts, GateResult, StepResult } from '../model/result.js';
import type { Finding } from '../model/finding.js';
import { SEVERITIES, atLeast, type FailOn } from '../model/severity.js';
import { countsForGate } from './new-only.js';

export function countFindings(findings: Finding[]): FindingCounts {
  const counts: FindingCounts = { critical: 0, high: 0, medium: 0, low: 0, note: 0, total: 0 };
  for (const f of findings) {
    counts[f.severity] += 1;
    counts.total += 1;
  }
  return counts;
}

/**
 * Only findings that count (new-only marks the others `existing`: src/findings/new-only.ts) can fail the gate;
 * the reason says how many existing ones were left out.
 */
export function evaluateGate(steps: StepResult[], failOn: FailOn): GateResult {
  const all = steps.flatMap((s) => s.findings);
  const counted = all.filter(countsForGate);
  const existing = all.length - counted.length;
  const counts = countFindings(counted);
  const alsoExisting =
    existing > 0 ? `; ${plural(existing, 'existing finding')} outside the change ${existing === 1 ? 'does' : 'do'} not count` : '';
  const withExisting = existing > 0 ? { existing } : {};
  if (failOn === 'none') {
    return {
      failOn,
      passed: true,
      reason: `The findings gate is off (fail-on: none); ${plural(all.length, 'finding')} reported.`,
      ...withExisting,
    };
  }
  const blocking = SEVERITIES.filter((s) => atLeast(s, failOn) && counts[s] > 0);
  if (blocking.length === 0) {
    const what = existing > 0 ? `new findings` : 'findings';
    return {
      failOn,
      passed: true,
      reason: `No ${what} at or above the ${failOn} threshold (${plural(counts.total, existing > 0 ? 'new finding' : 'finding')} in total${alsoExisting}).`,
      ...withExisting,
    };
  }
  const parts = blocking.map((s) => `${counts[s]} ${s}`);
  const total = blocking.reduce((n, s) => n + counts[s], 0);
  const noun = existing > 0 ? (total === 1 ? 'new finding' : 'new findings') : total === 1 ? 'finding' : 'findings';
  return {
    failOn,
    passed: false,
    reason: `${joinWords(parts)} ${noun} at or above the ${failOn} threshold${existing > 0 ? ` (${plural(existing, 'existing finding')} outside the change ${existing === 1 ? 'does' : 'do'} not count)` : ''}.`,
    ...withExisting,
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function joinWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
