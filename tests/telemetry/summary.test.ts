import { describe, expect, it } from 'vitest';
import { criticalPath } from '../../src/telemetry/critical-path.js';
import { traceSummaryMarkdown } from '../../src/telemetry/summary.js';
import { run, step } from '../support/run-result.js';

const t0 = Date.parse('2026-11-22T10:00:00.000Z');
const at = (ms: number): string => new Date(t0 + ms).toISOString();

// build 0–4s → test 4–9s (critical) and lint 4–5s; package needs test, 9–10s; docs skipped.
const steps = [
  step({ id: 'build', startedAt: at(0), durationMs: 4000 }),
  step({ id: 'lint', needs: ['build'], startedAt: at(4000), durationMs: 1000, status: 'failed', allowedFailure: true }),
  step({ id: 'test', needs: ['build'], startedAt: at(4000), durationMs: 5000 }),
  step({ id: 'package', needs: ['test', 'lint'], startedAt: at(9000), durationMs: 1000 }),
  step({ id: 'docs', needs: ['lint'], status: 'skipped', startedAt: undefined, durationMs: 0 }),
];
const traced = run({ steps, traceId: '4bf92f3577b34da6a3ce929d0e0e4736', durationMs: 10_200, workspace: '/w', outputDir: '/w/.runlens' });

describe('the trace in the job summary', () => {
  it('follows the needs that finished last back from the last step: the critical path', () => {
    expect(criticalPath(steps)).toEqual(['build', 'test', 'package']);
  });

  it('shows the trace id and a link built from the URL template', () => {
    const md = traceSummaryMarkdown(traced, { urlTemplate: 'https://jaeger.example.com/trace/{traceId}' });
    expect(md).toContain(
      'Trace `4bf92f3577b34da6a3ce929d0e0e4736` — [open the trace](https://jaeger.example.com/trace/4bf92f3577b34da6a3ce929d0e0e4736)',
    );
  });

  it('points at the trace file and the command that draws it', () => {
    expect(traceSummaryMarkdown(traced)).toContain('`runlens trace show .runlens/trace.jsonl`');
  });

  it('draws a Mermaid Gantt chart with the critical path marked crit', () => {
    const md = traceSummaryMarkdown(traced);
    const gantt = md.slice(md.indexOf('```mermaid'), md.lastIndexOf('```'));
    expect(gantt).toContain('gantt\n');
    expect(gantt).toContain('dateFormat x');
    expect(gantt).toContain(`  build :crit, s0, ${t0}, ${t0 + 4000}`);
    expect(gantt).toMatch(/ {2}lint ✗ failed :s\d, /);
    expect(gantt).toMatch(/ {2}test :crit, s\d, /);
    expect(gantt).toMatch(/ {2}package :crit, s\d, /);
  });

  it('names the critical path and its share of the run', () => {
    expect(traceSummaryMarkdown(traced)).toContain('Critical path: `build` → `test` → `package` (10.0s of 10.2s)');
  });

  it('leaves out steps that never ran', () => {
    expect(traceSummaryMarkdown(traced)).not.toContain('docs');
  });

  it('draws at most maxSteps bars, keeping the critical path and the longest others', () => {
    const md = traceSummaryMarkdown(traced, { maxSteps: 3 });
    expect(md).not.toMatch(/^ {2}lint/m);
    expect(md).toContain('1 shorter step off the critical path is not drawn.');
  });

  it('is empty for a run that was not traced', () => {
    expect(traceSummaryMarkdown({ ...traced, traceId: undefined })).toBe('');
  });
});
