// The trace, for people reading the job summary: its id, a link to it, and a Mermaid Gantt chart
// of the steps with the critical path highlighted (GitHub and GitLab both render Mermaid).
import path from 'node:path';
import { formatDuration } from '../base/duration.js';
import { repoPath } from '../base/repo-path.js';
import type { RunResult, StepResult } from '../model/result.js';
import { stepFailed } from '../model/result.js';
import { criticalPath } from './critical-path.js';
import { TRACE_FILE } from './trace-file.js';

export interface TraceSummaryOptions {
  /** e.g. `https://jaeger.example.com/trace/{traceId}` (resolved: input > file). */
  urlTemplate?: string;
  /** Steps drawn at most; a chart of hundreds of bars helps nobody. Default 100. */
  maxSteps?: number;
  /** Whether trace.jsonl was written (default true), to point at `runlens trace show`. */
  traceFile?: boolean;
}

export function traceUrl(template: string, traceId: string): string {
  return template.replaceAll('{traceId}', traceId);
}

/** Markdown for the job summary; empty when the run was not traced. */
export function traceSummaryMarkdown(run: RunResult, opts: TraceSummaryOptions = {}): string {
  if (!run.traceId) return '';
  const lines: string[] = ['### Trace', ''];
  const id = `\`${run.traceId}\``;
  lines.push(opts.urlTemplate ? `Trace ${id} — [open the trace](${traceUrl(opts.urlTemplate, run.traceId)})` : `Trace ${id}`);
  if (opts.traceFile ?? true) {
    const file = repoPath(run.workspace, path.join(run.outputDir, TRACE_FILE));
    lines.push('', `Every span is in \`${file}\`; \`runlens trace show ${file}\` draws it in a terminal.`);
  }

  const ran = run.steps.filter((s) => s.startedAt && !Number.isNaN(Date.parse(s.startedAt)));
  if (ran.length === 0) return lines.join('\n') + '\n';
  const critical = criticalPath(run.steps);
  const onPath = new Set(critical);
  const pathMs = critical.reduce((sum, id) => sum + (run.steps.find((s) => s.id === id)?.durationMs ?? 0), 0);
  lines.push(
    '',
    `Critical path: ${critical.map((p) => `\`${p}\``).join(' → ')} (${formatDuration(pathMs)} of ${formatDuration(run.durationMs)})`,
  );

  const max = opts.maxSteps ?? 100;
  const byStart = [...ran].sort((a, b) => Date.parse(a.startedAt!) - Date.parse(b.startedAt!));
  const shown = byStart.filter((s) => onPath.has(s.id));
  const longestFirst = byStart.filter((s) => !onPath.has(s.id)).sort((a, b) => b.durationMs - a.durationMs);
  shown.push(...longestFirst.slice(0, Math.max(0, max - shown.length)));
  shown.sort((a, b) => Date.parse(a.startedAt!) - Date.parse(b.startedAt!));

  const hours = run.durationMs >= 3_600_000;
  lines.push(
    '',
    '```mermaid',
    'gantt',
    '  title Steps — critical path highlighted',
    // Epoch milliseconds: exact, and each reader sees their own clock on the axis.
    '  dateFormat x',
    `  axisFormat ${hours ? '%H:%M' : '%H:%M:%S'}`,
    '  section Steps',
    ...shown.map((s, i) => ganttTask(s, i, onPath.has(s.id))),
    '```',
  );
  const hidden = ran.length - shown.length;
  if (hidden > 0)
    lines.push(
      '',
      hidden === 1 ? '1 shorter step off the critical path is not drawn.' : `${hidden} shorter steps off the critical path are not drawn.`,
    );
  return lines.join('\n') + '\n';
}

function ganttTask(step: StepResult, index: number, critical: boolean): string {
  const start = Date.parse(step.startedAt!);
  // Mermaid drops zero-length tasks; a millisecond keeps the step visible.
  const end = start + Math.max(1, Math.round(step.durationMs));
  const mark = stepFailed(step) ? ` ✗ ${step.status}` : step.status === 'cancelled' ? ' (cancelled)' : '';
  const tags = [critical ? 'crit' : undefined, `s${index}`].filter(Boolean).join(', ');
  // Step ids are letters, digits, `_` and `-`; `:` `;` `#` would break the line, so none can appear.
  return `  ${step.id}${mark} :${tags}, ${start}, ${end}`;
}
