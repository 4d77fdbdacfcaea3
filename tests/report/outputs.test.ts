import { describe, expect, it } from 'vitest';
import { actionOutputs, toDotenv } from '../../src/report/outputs.js';
import type { ReportPaths } from '../../src/report/write-reports.js';
import { findings, run, step } from '../support/run-result.js';

const paths: ReportPaths = {
  outputDir: '/w/.runlens',
  runJson: '/w/.runlens/run.json',
  sarif: '/w/.runlens/runlens.sarif',
  summary: '/w/.runlens/summary.md',
  junit: '/w/.runlens/junit.xml',
};

describe('actionOutputs', () => {
  it('gives the result, exit code, counts per severity, failed steps and report paths as strings', () => {
    const r = run({
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      steps: [
        step({ id: 'build' }),
        step({ id: 'test', status: 'failed' }),
        step({ id: 'e2e', status: 'timed-out' }),
        step({ id: 'scan', findings: findings(7) }),
      ],
    });
    expect(actionOutputs(r, paths)).toEqual({
      result: 'failed',
      'exit-code': '1',
      findings: '7',
      critical: '2',
      high: '2',
      medium: '1',
      low: '1',
      note: '1',
      'failed-steps': 'test,e2e',
      sarif: '/w/.runlens/runlens.sarif',
      summary: '/w/.runlens/summary.md',
      'run-json': '/w/.runlens/run.json',
      junit: '/w/.runlens/junit.xml',
      'trace-id': '4bf92f3577b34da6a3ce929d0e0e4736',
    });
  });

  it('leaves out trace-id without a trace and lists no step allowed to fail', () => {
    const out = actionOutputs(run({ steps: [step({ id: 'lint', status: 'failed', allowedFailure: true })] }), paths);
    expect(out['trace-id']).toBeUndefined();
    expect(out['failed-steps']).toBe('');
    expect(out.result).toBe('passed');
  });
});

describe('toDotenv', () => {
  it('writes each output as a RUNLENS_ variable on one line, report paths relative to the project', () => {
    const r = run({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', steps: [step({ id: 'test', status: 'failed' })] });
    const text = toDotenv(actionOutputs(r, paths), '/w');
    const vars = Object.fromEntries(
      text
        .trimEnd()
        .split('\n')
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    expect(vars).toMatchObject({
      RUNLENS_RESULT: 'failed',
      RUNLENS_EXIT_CODE: '1',
      RUNLENS_FAILED_STEPS: 'test',
      RUNLENS_SUMMARY: '.runlens/summary.md',
      RUNLENS_RUN_JSON: '.runlens/run.json',
      RUNLENS_TRACE_ID: '4bf92f3577b34da6a3ce929d0e0e4736',
    });
    for (const name of Object.keys(vars)) expect(name).toMatch(/^RUNLENS_[A-Z0-9_]+$/);
  });
});
