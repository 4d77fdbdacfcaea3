// The findings gate: does any finding reach the `fail-on` threshold?
import type { FindingCounts, GateResult, StepResult } from '../model/result.js';
import type { Finding } from '../model/finding.js';
import { SEVERITIES, atLeast, type FailOn } from '../model/severity.js';

export function countFindings(findings: Finding[]): FindingCounts {
  const counts: FindingCounts = { critical: 0, high: 0, medium: 0, low: 0, note: 0, total: 0 };
  for (const f of findings) {
    counts[f.severity] += 1;
    counts.total += 1;
  }
  return counts;
}

export function evaluateGate(steps: StepResult[], failOn: FailOn): GateResult {
  const counts = countFindings(steps.flatMap((s) => s.findings));
  if (failOn === 'none') {
    return { failOn, passed: true, reason: `The findings gate is off (fail-on: none); ${plural(counts.total, 'finding')} reported.` };
  }
  const blocking = SEVERITIES.filter((s) => atLeast(s, failOn) && counts[s] > 0);
  if (blocking.length === 0) {
    return {
      failOn,
      passed: true,
      reason: `No findings at or above the ${failOn} threshold (${plural(counts.total, 'finding')} in total).`,
    };
  }
  const parts = blocking.map((s) => `${counts[s]} ${s}`);
  const total = blocking.reduce((n, s) => n + counts[s], 0);
  return {
    failOn,
    passed: false,
    reason: `${joinWords(parts)} ${total === 1 ? 'finding' : 'findings'} at or above the ${failOn} threshold.`,
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function joinWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
