// The last lines of a terminal run: where the worst findings are (file:line, never a secret's value),
// the findings gate, one `tests: N passed, N failed` line that CI log readers recognise, and every
// report file written.
import path from 'node:path';
import type { RunResult } from '../model/result.js';
import { SEVERITIES, compareSeverity } from '../model/severity.js';
import type { ReportPaths } from './write-reports.js';
import { formatMinutes, formatMoney } from './cost.js';

/** Findings listed in the log; the rest are counted and left to the reports. */
export const TOP_FINDINGS = 10;

export function closingLines(run: RunResult): string {
  const lines: string[] = [...topFindingLines(run)];
  const counts = SEVERITIES.map((s) => `${run.counts[s]} ${s}`).join(', ');
  lines.push(`findings: ${run.counts.total} (${counts}) — gate ${run.gate.passed ? 'passed' : 'FAILED'}: ${run.gate.reason}`);
  if (run.cost) {
    const c = run.cost;
    lines.push(
      `cost: ${formatMinutes(c.minutes)} billed, ${formatMoney(c.amount, c.currency)} (${c.runner} at ${formatMoney(c.rate, c.currency)}/min)${c.base?.amount !== undefined ? ` — base ${formatMoney(c.base.amount, c.base.currency ?? c.currency)}` : ''}`,
    );
  }
  if (run.budget)
    lines.push(
      `budget ${run.budget.exceeded ? (run.budget.onExceed === 'fail' ? 'EXCEEDED' : 'exceeded (warning)') : 'kept'}: ${run.budget.reason}`,
    );
  const cases = run.steps.flatMap((s) => s.cases);
  if (cases.length > 0) {
    const passed = cases.filter((c) => c.status === 'passed').length;
    const failed = cases.filter((c) => c.status === 'failed' || c.status === 'error').length;
    const skipped = cases.filter((c) => c.status === 'skipped').length;
    lines.push(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * `high  deploy/ci.env:1:15  GitHub personal access token (runlens-secrets github-pat, step secrets)`,
 * worst first. Titles and rule ids only: a secret finding's message or snippet is never printed.
 */
function topFindingLines(run: RunResult): string[] {
  const all = run.steps.flatMap((s) => s.findings).sort((a, b) => compareSeverity(b.severity, a.severity));
  if (all.length === 0) return [];
  const shown = all.slice(0, TOP_FINDINGS);
  const width = Math.max(...shown.map((f) => f.severity.length));
  const lines = [`top findings${all.length > shown.length ? ` (${shown.length} of ${all.length})` : ''}:`];
  for (const f of shown) {
    const loc = f.location
      ? `${f.location.path}${f.location.startLine ? `:${f.location.startLine}${f.location.startColumn ? `:${f.location.startColumn}` : ''}` : ''}`
      : '(no location)';
    lines.push(`  ${f.severity.padEnd(width)}  ${loc}  ${oneLine(f.title)} (${f.tool} ${f.ruleId}, step ${f.stepId})`);
  }
  return lines;
}

/** `Reports: .runlens/summary.md · .runlens/runlens.sarif · …`: every file written, relative to `cwd`. */
export function reportsLine(paths: ReportPaths, cwd: string): string {
  const files = [
    paths.summary,
    paths.sarif,
    paths.runJson,
    paths.junit,
    paths.gitlab?.codeQuality,
    paths.gitlab?.secretDetection,
    paths.gitlab?.sast,
    paths.gitlab?.dependencyScanning,
    paths.gitlab?.dotenv,
  ].filter((f): f is string => f !== undefined);
  return `Reports: ${files.map((f) => path.relative(cwd, f) || f).join(' · ')}\n`;
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}
