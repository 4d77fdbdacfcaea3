// The last lines of a terminal run: the findings gate and, when steps reported tests, one
// `tests: N passed, N failed` line that CI log readers recognise.
import type { RunResult } from '../model/result.js';
import { SEVERITIES } from '../model/severity.js';

export function closingLines(run: RunResult): string {
  const lines: string[] = [];
  const counts = SEVERITIES.map((s) => `${run.counts[s]} ${s}`).join(', ');
  lines.push(`findings: ${run.counts.total} (${counts}) — gate ${run.gate.passed ? 'passed' : 'FAILED'}: ${run.gate.reason}`);
  const cases = run.steps.flatMap((s) => s.cases);
  if (cases.length > 0) {
    const passed = cases.filter((c) => c.status === 'passed').length;
    const failed = cases.filter((c) => c.status === 'failed' || c.status === 'error').length;
    const skipped = cases.filter((c) => c.status === 'skipped').length;
    lines.push(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
  return lines.join('\n') + '\n';
}
